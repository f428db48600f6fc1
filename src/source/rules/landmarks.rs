//! The gaps of a narrative sentence that no other rule reads: a date ("The
//! armistice was signed on [...]." → "11 November 1918") or a name ("The
//! dam was designed by [...]." → "Ada Brennan"). History and biology
//! notes are told in such sentences, with no bold words or units to ask.

use super::super::text::first_word;
use super::super::vocab::NAME_OPENERS;
use super::gap::{full_stop, inside_brackets, POINTING};
use super::numbers::{gap_words, MAX_WORDS, MIN_WORDS};

pub(in crate::source) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Most words in a name asked as a gap.
const MAX_NAME_WORDS: usize = 4;

/// Words that join the parts of one name ("Treaty of Versailles").
const NAME_JOINS: &[&str] = &["of", "the", "de", "von", "van", "da", "del", "la"];

/// The sentence with its first date as `[...]`, and the date; else with
/// its first name of two words or more.
pub(super) fn landmark_gap(sentence: &str) -> Option<(String, String)> {
    let s = sentence.trim();
    let words: Vec<&str> = s.split_whitespace().collect();
    // Only in Latin script: a name in a sentence of another script carries
    // that script's endings ("ElastiCache를").
    let letters = s.chars().filter(|c| c.is_alphabetic());
    if !letters.clone().all(latin) || letters.count() == 0 {
        return None;
    }
    if !(MIN_WORDS..=MAX_WORDS).contains(&words.len())
        || POINTING.contains(&first_word(s).as_str())
        || s.ends_with(['?', ':'])
        || s.contains(['=', '|', '→', '[', ']'])
        || s.contains(" - ")
    {
        return None;
    }
    // "(18 December 1863 – …)": an aside is no key fact.
    let aside = |k: usize| words[k].starts_with('(') || inside_brackets(&words[..k].join(" "));
    let (at, len) = (0..words.len())
        .find_map(|k| date_at(&words, k).map(|n| (k, n)))
        .or_else(|| name_at(&words))
        .filter(|(k, _)| !aside(*k))?;
    let (front, answer) = gap_words(&words, at, len);
    Some((full_stop(front), with_acronym(&answer)))
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
    (year(at(0)) && YEAR_LEADS.contains(&before.as_str())).then_some(1)
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
        landmark_gap(s)
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
