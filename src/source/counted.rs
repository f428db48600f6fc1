//! How many of a thing something has: "An electric kiln has 3 heating
//! elements and a vent" → "how many heating elements does an electric
//! kiln have?" → "3". A count of parts is what a learner is asked for.

use super::facts::Fact;
use super::statements::{fact, subject_phrase};
use super::text::{looks_plural, Lexicon};

/// Numbers written as words that a count may be.
pub const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/// Words that say there are some of a thing and not how many ("several
/// ", "a lot of "), each with the space after it.
pub const SOME_OF: &[&str] = &[
    "several ",
    "multiple ",
    "various ",
    "numerous ",
    "many ",
    "some ",
    "a few ",
    "a number of ",
    "a range of ",
    "a variety of ",
    "a lot of ",
    "lots of ",
];

/// "what do reactors have?" → "Several advantages"; "what are they
/// equipped with?" → "Multiple safety features to prevent harm": an
/// answer to what a thing has or is made of that says there are some and
/// names none. "Several centimetres of lead", "Multiple words in one bus
/// cycle" and "what can a shelf be used for?" → "Several firings" say more.
pub fn uncounted(question: &str, answer: &str) -> bool {
    const HAVING: &[&str] = &[
        "have",
        "has",
        "consist of",
        "contain",
        "include",
        "comprise",
        "involve",
        "carry",
        "take",
        "equipped with",
        "offer",
        "provide",
        "made up of",
        "hold",
    ];
    let q = question.trim_end_matches('?');
    if !HAVING.iter().any(|h| q.ends_with(&format!(" {h}"))) {
        return false;
    }
    let lower = answer.to_lowercase();
    let Some(rest) = SOME_OF.iter().find_map(|s| lower.strip_prefix(s)) else {
        return false;
    };
    const LEADS_ON: &[&str] = &["that", "which", "who", "to", "for"];
    let named: Vec<&str> = rest
        .split_whitespace()
        .take_while(|w| !LEADS_ON.contains(w))
        .collect();
    named.len() <= 3
        && !named
            .iter()
            .any(|w| *w == "of" || w.ends_with(',') || w.contains(char::is_numeric))
}

/// Words that end the name of what is counted.
const ENDS: &[&str] = &[
    "and", "or", "that", "which", "with", "in", "on", "at", "for", "to", "of", "each", "per",
    "called", "known",
];

/// Nouns that count a kind of thing, named after "of".
const KINDS: &[&str] = &[
    "sets", "kinds", "types", "pairs", "groups", "sorts", "classes",
];

/// Most words in the name of what is counted.
const MAX_NOUN_WORDS: usize = 4;

/// "S has N things …" → "how many things does S have?" → "N".
pub fn has_count(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let at = words.iter().position(|w| *w == "has" || *w == "have")?;
    let number = words.get(at + 1)?;
    if at == 0 || !count(number) {
        return None;
    }
    let rest = &words[at + 2..];
    let mut noun: Vec<&str> = Vec::new();
    for w in rest.iter().take(MAX_NOUN_WORDS + 1) {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        // "3 sets of IPs": the sets are of something
        let of_what = bare == "of" && noun.last().is_some_and(|n| KINDS.contains(n));
        if !of_what && ENDS.contains(&bare.to_lowercase().as_str()) || bare.starts_with('(') {
            break;
        }
        noun.push(bare);
        if bare.len() != w.len() {
            break;
        }
    }
    // what is counted: "sets" in "sets of IPs"
    let of = noun.iter().position(|w| *w == "of").unwrap_or(noun.len());
    let counted = noun.get(of.checked_sub(1)?)?.to_lowercase();
    if noun.len() > MAX_NOUN_WORDS || !looks_plural(&counted) || !noun.iter().all(|w| plain(w)) {
        return None;
    }
    let subject = subject_phrase(&words[..at].join(" "), lex, false)?;
    let does = if words[at] == "has" { "does" } else { "do" };
    let used = at + 2 + noun.len();
    let noun = lex.lc_phrase(&noun.join(" "));
    // "… two transport tissues: xylem and phloem": the names are the fact
    if let Some(names) = named_after_colon(&words[at + 2..used], &words[used..]) {
        let number = number.to_lowercase();
        return fact(
            format!("which {number} {noun} {does} {subject} have?"),
            &names,
        );
    }
    fact(format!("how many {noun} {does} {subject} have?"), number)
}

/// The names a count's colon leads to ("tissues: xylem and phloem"), if
/// they are few words, not a sentence of their own.
fn named_after_colon(noun: &[&str], rest: &[&str]) -> Option<String> {
    let names = rest.join(" ");
    let names = names.trim().trim_end_matches(['.', ';']);
    let words = names.split_whitespace().count();
    let led = noun.last().is_some_and(|w| w.ends_with(':'));
    (led && (1..=MAX_NAMES_WORDS).contains(&words)).then(|| names.to_string())
}

/// Most words in the names a count leads to.
const MAX_NAMES_WORDS: usize = 15;

/// "7", "20-25", "three": a count.
pub fn count(w: &str) -> bool {
    let digits = w
        .chars()
        .all(|c| c.is_ascii_digit() || c == '-' || c == '–');
    (digits && w.starts_with(|c: char| c.is_ascii_digit())) || NUMBER_WORDS.contains(&w)
}

/// A word of a name: letters, digits and hyphens only.
fn plain(w: &str) -> bool {
    w.chars().all(|c| c.is_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::source::parties::Parties;

    fn asked(clause: &str) -> Option<(String, String)> {
        let lex = Lexicon::new(clause, Parties::default());
        has_count(clause, &lex).map(|f| (f.question, f.answer))
    }

    #[test]
    fn a_count_of_parts_is_asked_how_many() {
        assert_eq!(
            asked("An electric kiln has 3 heating elements and a vent"),
            Some((
                "how many heating elements does an electric kiln have?".into(),
                "3".into()
            ))
        );
        assert_eq!(
            asked("Potter's wheels have two speeds, slow and fast"),
            Some((
                "how many speeds do potter's wheels have?".into(),
                "Two".into()
            ))
        );
        assert_eq!(
            asked("Every guild has 3 kinds of members: masters, journeymen and apprentices"),
            Some((
                "which 3 kinds of members does every guild have?".into(),
                "Masters, journeymen and apprentices".into()
            ))
        );
        assert_eq!(
            asked("Each glaze has 20-25 ingredients in its recipe"),
            Some((
                "how many ingredients does each glaze have?".into(),
                "20-25".into()
            ))
        );
    }

    #[test]
    fn the_notes_own_subject_is_no_pointer() {
        let s = "The kiln has 3 heating elements";
        let titled = Lexicon::new(s, Parties::default()).with_title(Some("The Kiln"));
        assert_eq!(
            has_count(s, &titled).map(|f| f.question),
            Some("how many heating elements does the kiln have?".into())
        );
        // "the combination" points back to a sentence before
        let s = "The combination has 3 heating elements";
        let other = Lexicon::new(s, Parties::default()).with_title(Some("Glazes"));
        assert_eq!(has_count(s, &other), None);
    }

    #[test]
    fn no_count_without_a_number_a_plural_or_a_subject() {
        assert_eq!(asked("An electric kiln has a vent and 3 elements"), None);
        assert_eq!(asked("A kiln has 1 door"), None);
        assert_eq!(asked("It has 3 heating elements"), None);
        assert_eq!(asked("Has 3 heating elements"), None);
    }

    #[test]
    fn some_of_a_thing_is_no_answer() {
        let has = |a| uncounted("what does a kiln have?", a);
        assert!(has("Several advantages"));
        assert!(has("Multiple safety features to keep the kiln safe"));
        assert!(has("A lot of useful information"));
        assert!(!has("Several centimetres of brick"));
        assert!(!has("Multiple glazes in one firing, each at its own cone"));
        assert!(!has("Many potters, beginning with the guild's founders"));
        assert!(!has("Three firings"));
        assert!(!uncounted(
            "what can a shelf be used for?",
            "Several firings"
        ));
    }
}
