//! The gaps of a narrative sentence that no other rule reads: a date ("The
//! armistice was signed on [...]." → "11 November 1918") or a name ("The
//! dam was designed by [...]." → "Ada Brennan"). History and biology
//! notes are told in such sentences, with no bold words or units to ask.

use super::super::text::{first_word, Lexicon};
use super::super::vocab::MONTHS;
use super::super::vocab::NAME_OPENERS;
use super::gap::{full_stop, inside_brackets, POINTING};
use super::numbers::{gap_words, MAX_WORDS, MIN_WORDS};

/// Most words in a name asked as a gap.
const MAX_NAME_WORDS: usize = 4;

/// Words that join the parts of one name ("Treaty of Versailles").
const NAME_JOINS: &[&str] = &["of", "the", "de", "von", "van", "da", "del", "la"];

/// The gaps a sentence could be asked with, best first: its first date,
/// its first name of two words or more, then (with `one_word`) each name
/// of one word the notes use as a name ("[...] founds the empire." →
/// "Cyrus").
pub(super) fn landmark_gaps(
    sentence: &str,
    lex: &Lexicon,
    one_word: bool,
) -> Vec<(String, String)> {
    let s = sentence.trim();
    let words: Vec<&str> = s.split_whitespace().collect();
    // Only in Latin script: a name in a sentence of another script carries
    // that script's endings ("ElastiCache를").
    let letters = s.chars().filter(|c| c.is_alphabetic());
    if !letters.clone().all(latin)
        || letters.count() == 0
        || !(MIN_WORDS..=MAX_WORDS).contains(&words.len())
        || POINTING.contains(&first_word(s).as_str())
        || s.ends_with(['?', ':'])
        || s.contains(['=', '|', '→', '[', ']'])
        || s.contains(" - ")
    {
        return Vec::new();
    }
    // "(18 December 1863 – …)": an aside is no key fact.
    let aside = |k: usize| words[k].starts_with('(') || inside_brackets(&words[..k].join(" "));
    let date = (0..words.len()).find_map(|k| date_at(&words, k).map(|n| (k, n)));
    let names = match one_word {
        true => one_word_names(&words, lex),
        false => Vec::new(),
    };
    let names = names.into_iter().map(|k| (k, 1));
    let mut found: Vec<(String, String)> = Vec::new();
    for (at, len) in date.into_iter().chain(name_at(&words)).chain(names) {
        let (front, answer) = gap_words(&words, at, len);
        if !aside(at) && !found.iter().any(|(_, a)| *a == answer) {
            found.push((full_stop(front), with_acronym(&answer)));
        }
    }
    found
}

/// Where the sentence names someone or something in one word the notes
/// always write as a name ("Darius"), standing alone: not beside another
/// capitalised word, nor one of a list ("Thrace and Macedonia"), nor
/// after an article ("the Palatine"), nor a people's adjective ("Roman
/// culture"), nor an English word capitalised ("Murdered").
fn one_word_names(words: &[&str], lex: &Lexicon) -> Vec<usize> {
    let cap = |w: &str| w.starts_with(char::is_uppercase);
    let joins =
        |w: &str| ["and", "or", "&", "nor", "/", "the", "a", "an"].contains(&bare(w).as_str());
    (0..words.len())
        .filter(|&k| {
            let w = words[k].trim_end_matches([',', '.', ';', ':', '!']);
            let before = k.checked_sub(1).map(|p| words[p]);
            let after = words
                .get(k + 1)
                .copied()
                .filter(|_| w.len() == words[k].len());
            w.chars().count() >= 3
                && w.chars().all(char::is_alphabetic)
                && w.chars().skip(1).all(char::is_lowercase)
                && lex.is_name(w)
                && !month(w)
                && !english(w)
                && !before.is_some_and(|b| cap(b) || joins(b) || b.ends_with('/'))
                && !after.is_some_and(|a| cap(a) || joins(a) || a.starts_with('/'))
                && !after.is_some_and(|a| modifies(w, a))
                && !(words[k].ends_with(',') && words.get(k + 1).is_some_and(|a| cap(a)))
        })
        .collect()
}

/// Whether `word` ends like an English word, not a name: "Murdered",
/// "Unreserved", "Balancing".
fn english(word: &str) -> bool {
    ["ed", "ing", "ly", "tion", "ment", "ness", "ity"]
        .iter()
        .any(|e| word.ends_with(e))
}

/// Whether a capitalised word stands before `next` as its adjective: a
/// people's name before a noun ("Japanese corporations", "Roman state"),
/// or any name before a word that is no verb nor a joining word
/// ("Truman admin").
fn modifies(word: &str, next: &str) -> bool {
    const JOINING: &[&str] = &[
        "is", "was", "were", "are", "has", "had", "have", "would", "will", "can", "could", "may",
        "might", "did", "does", "of", "in", "on", "at", "to", "from", "by", "with", "for", "as",
        "who", "which", "that", "whose", "after", "before", "during", "into", "against", "but",
        "then", "also", "himself", "herself", "never", "later", "again",
    ];
    let n = next.trim_end_matches([',', '.', ';', ':']);
    if !n.starts_with(char::is_lowercase) {
        return false;
    }
    let people = ["an", "ese", "ish", "ic", "ean"]
        .iter()
        .any(|e| word.ends_with(e));
    people || !(JOINING.contains(&n) || n.ends_with('s') || n.ends_with("ed"))
}

/// "Variance Inflation Factor(VIF" as cut from its word: the name with its
/// acronym set apart and closed ("Variance Inflation Factor (VIF)").
fn with_acronym(answer: &str) -> String {
    match answer.split_once('(') {
        Some((name, short)) if !short.contains(')') => {
            format!("{} ({short})", name.trim_end())
        }
        _ => answer.to_string(),
    }
}

/// "Factor(VIF)": the last word of a name, with the name's acronym.
fn ends_with_acronym(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.', ';', ':']);
    let Some((word, short)) = w.strip_suffix(')').and_then(|w| w.split_once('(')) else {
        return false;
    };
    word.starts_with(char::is_uppercase)
        && short.len() >= 2
        && short.chars().all(|c| c.is_ascii_uppercase())
}

fn latin(c: char) -> bool {
    c <= '\u{24F}' || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

fn bare(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

fn month(w: &str) -> bool {
    MONTHS.contains(&bare(w).as_str())
}

fn year(w: &str) -> bool {
    let b = bare(w);
    b.len() == 4 && b.parse::<u32>().is_ok_and(|y| (1000..=2100).contains(&y))
}

fn day(w: &str) -> bool {
    let b = bare(w);
    let digits = b.trim_end_matches(|c: char| c.is_alphabetic());
    digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
        && ["", "st", "nd", "rd", "th"].contains(&&b[digits.len()..])
}

/// How many words from `k` make a date: "28 July 1914", "November 11,
/// 1918", "July 1914", "28 June", or a year alone after "in" or "from".
fn date_at(words: &[&str], k: usize) -> Option<usize> {
    let at = |i: usize| words.get(k + i).copied().unwrap_or("");
    // "May" is a month only beside a day or a year.
    if day(at(0)) && month(at(1)) {
        return Some(if year(at(2)) { 3 } else { 2 });
    }
    if month(at(0)) && day(at(1)) {
        return Some(if year(at(2)) { 3 } else { 2 });
    }
    if month(at(0)) && year(at(1)) && at(0).starts_with(char::is_uppercase) {
        return Some(2);
    }
    let before = k.checked_sub(1).map(|p| bare(words[p])).unwrap_or_default();
    const YEAR_LEADS: &[&str] = &["in", "from", "since", "until", "by", "during", "of"];
    // "in 488," or "in 490 BC": a year of three digits only where nothing
    // but an era or the end of a clause follows it ("in 560 consults").
    let era = ["bc", "bce", "ad", "ce"].contains(&bare(at(1)).as_str()) && !ends_clause(at(0));
    let short = bare(at(0)).len() == 3
        && bare(at(0)).parse::<u32>().is_ok_and(|y| y >= 100)
        && (era || ends_clause(at(0)));
    let len = if era { 2 } else { 1 };
    ((year(at(0)) || short) && YEAR_LEADS.contains(&before.as_str())).then_some(len)
}

/// The first name of two capitalised words or more past the sentence's
/// first word ("Gavrilo Princip", "Treaty of Versailles"), not one of a
/// list of names ("France, Russia and Italy").
fn name_at(words: &[&str]) -> Option<(usize, usize)> {
    let cap = |w: &str| {
        let b = w.trim_end_matches([',', '.', ';', ':']);
        b.chars().count() >= 2
            && !b.contains(['(', ')', '"', '“', '”'])
            && b.starts_with(char::is_uppercase)
            && b.chars().any(char::is_lowercase)
            && !month(b)
    };
    // "The Guild of …": a capital only for the sentence's start. A name
    // that opens the sentence is not asked: title-case notes open with
    // capitalised phrases ("Origin Fetch, stored on …").
    let opener = NAME_OPENERS.contains(&bare(words.first()?).as_str());
    let mut k = 1;
    while k < words.len() {
        // a word after a capitalised one goes on the name before it
        let after_cap = cap(words[k - 1]) && !(k == 1 && opener);
        if !cap(words[k]) || after_cap {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end < words.len() && !ends_clause(words[end - 1]) {
            let join = NAME_JOINS.contains(&bare(words[end]).as_str())
                && words.get(end + 1).is_some_and(|w| cap(w));
            if cap(words[end]) {
                end += 1;
            } else if ends_with_acronym(words[end]) {
                // "Variance Inflation Factor(VIF)": the acronym ends it.
                end += 1;
                break;
            } else if join {
                end += 2;
            } else {
                break;
            }
        }
        let listed = ends_clause(words[end - 1]) && words.get(end).is_some_and(|w| cap(w))
            || ["and", "or"].contains(&bare(words[k - 1]).as_str())
            || k >= 2 && bare(words[k - 1]) == "the" && bare(words[k - 2]) == "and"
            || words
                .get(end)
                .is_some_and(|w| ["and", "or", "&"].contains(w))
                && words.get(end + 1).is_some_and(|w| cap(w) || *w == "the");
        if (2..=MAX_NAME_WORDS).contains(&(end - k)) && !listed {
            return Some((k, end - k));
        }
        k = end;
    }
    None
}

/// A word that ends a clause or an item of a list: "Serbia," "war."
fn ends_clause(w: &str) -> bool {
    w.ends_with([',', '.', ';', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gap(s: &str) -> Option<(String, String)> {
        landmark_gaps(s, &Lexicon::default(), true)
            .into_iter()
            .next()
    }

    #[test]
    fn a_date_is_the_gap_first() {
        assert_eq!(
            gap("The last kiln of the old works was fired on 11 November 1918 by the night crew."),
            Some((
                "The last kiln of the old works was fired on [...] by the night crew.".into(),
                "11 November 1918".into()
            ))
        );
        assert_eq!(
            gap("Germany was the last, signing its armistice on November 11, 1918."),
            Some((
                "Germany was the last, signing its armistice on [...].".into(),
                "November 11, 1918".into()
            ))
        );
        assert_eq!(
            gap("The guild launched a mostly failed strike in 1915 across the valley."),
            Some((
                "The guild launched a mostly failed strike in [...] across the valley.".into(),
                "1915".into()
            ))
        );
    }

    #[test]
    fn a_name_takes_its_acronym_with_it() {
        assert_eq!(
            gap("To grade a glaze, read its Thermal Expansion Index(TEI) off the chart."),
            Some((
                "To grade a glaze, read its [...] off the chart.".into(),
                "Thermal Expansion Index (TEI)".into()
            ))
        );
    }

    #[test]
    fn a_name_of_two_words_or_more_is_the_gap_else() {
        assert_eq!(
            gap("The dam on the lower river was designed by Ada Brennan in her first year."),
            Some((
                "The dam on the lower river was designed by [...] in her first year.".into(),
                "Ada Brennan".into()
            ))
        );
        assert_eq!(
            gap("The quarrel ended under the Treaty of Lowmoor, which split the valley."),
            Some((
                "The quarrel ended under the [...], which split the valley.".into(),
                "Treaty of Lowmoor".into()
            ))
        );
    }

    /// The gaps of the last sentence of `notes`, read with their words.
    fn gaps_in(notes: &str) -> Vec<(String, String)> {
        let lex = Lexicon::new(notes, crate::source::parties::Parties::default());
        let last = notes.lines().last().unwrap_or_default();
        landmark_gaps(last, &lex, true)
    }

    #[test]
    fn a_name_of_one_word_the_notes_write_as_a_name_is_a_gap() {
        let notes = "The potters of the valley followed Orla.\n\
                     Orla founds the guild of the river towns with her brother.";
        assert_eq!(
            gaps_in(notes),
            vec![(
                "[...] founds the guild of the river towns with her brother.".into(),
                "Orla".into()
            )]
        );
        // after the date, in case the date is given away
        let notes = "The kilns were built by Orla.\n\
                     The first kiln was lit by Orla in 488, after the flood.";
        let answers: Vec<String> = gaps_in(notes).into_iter().map(|(_, a)| a).collect();
        assert_eq!(answers, ["488", "Orla"]);
    }

    #[test]
    fn no_gap_for_a_peoples_adjective_a_list_or_a_name_after_an_article() {
        let notes = "The Brenish came late; Orla and Tam met them.\n\
                     The potters fear Brenish raids on the river towns every year.";
        assert_eq!(gaps_in(notes), vec![]);
        let notes = "Orla met Tam at the ford; the Ford was old.\n\
                     The river towns sent clay to Orla and Tam every year.";
        assert_eq!(gaps_in(notes), vec![]);
        let notes = "They built the Ford in spring; Orla crossed it.\n\
                     The first carts crossed the Ford every spring after the thaw.";
        assert_eq!(gaps_in(notes), vec![]);
        // a word capitalised in the notes, but an English one
        let notes = "The kiln was Restored twice.\n\
                     The old kiln was Restored by the guild after the flood.";
        assert_eq!(gaps_in(notes), vec![]);
    }

    #[test]
    fn a_year_of_three_digits_only_with_its_era_or_at_a_clause_end() {
        assert_eq!(
            gap("The guild of the river towns was founded in 488 BC by the potters."),
            Some((
                "The guild of the river towns was founded in [...] by the potters.".into(),
                "488 BC".into()
            ))
        );
        assert_eq!(
            gap("The guild of the river towns lost its charter in 488, after the flood."),
            Some((
                "The guild of the river towns lost its charter in [...], after the flood.".into(),
                "488".into()
            ))
        );
        assert_eq!(
            gap("The guild of the river towns fired in 488 kilns across the valley."),
            None
        );
    }

    #[test]
    fn no_gap_in_a_list_of_names_a_pointing_sentence_or_a_short_one() {
        assert_eq!(
            gap("The river towns were Upper Mill, Lower Mill and Stone Cross at the time."),
            None
        );
        assert_eq!(
            gap("It was designed by Ada Brennan in her first year."),
            None
        );
        assert_eq!(gap("Designed by Ada Brennan."), None);
        // a sentence in another script
        assert_eq!(
            gap("Redis 및 Memcached와 같은 In memory Key Value Store를 사용합니다 오늘."),
            None
        );
        // "May" alone is no month; a number is no year
        assert_eq!(
            gap("The crews may rest for an hour after each firing of the kiln."),
            None
        );
    }
}
