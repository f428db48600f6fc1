//! What a thing is called ("A kiln that burns wood is called an
//! anagama") and the one thing a complement names ("Cone 6 is the only
//! cone the studio uses"): statements that name, asked by their name.

use super::facts::Fact;
use super::statements::{
    fact, named, subject_phrase, MAX_SUBJECT_WORDS, NOT_OBJECT_STARTS, POINTING,
};
use super::text::{first_word, Lexicon};

/// "A short variable declaration is called …" → "what is a short … called?"
/// (so "known as", "referred to as", "termed")
pub(super) fn called(c: &str, lex: &Lexicon) -> Option<Fact> {
    let lower = c.to_ascii_lowercase();
    for (be, lead) in [
        ("is", " is called "),
        ("are", " are called "),
        ("is", " is known as "),
        ("are", " are known as "),
        ("is", " is referred to as "),
        ("are", " are referred to as "),
        ("is", " is termed "),
        ("are", " are termed "),
    ] {
        let Some(at) = lower.find(lead) else { continue };
        let answer = super::any_verb::one_statement(c[at + lead.len()..].trim());
        let Some(subject) = subject_phrase(&c[..at], lex, true) else {
            return named_for(&c[..at], &answer);
        };
        let name = lead.trim().split_once(' ').map_or("called", |(_, n)| n);
        return fact(format!("what {be} {subject} {name}?"), &answer);
    }
    None
}

/// "A group of firms that agree to fix prices is called a cartel": a
/// description too long to ask by, which is what the short name means.
fn named_for(description: &str, name: &str) -> Option<Fact> {
    let d = description.trim();
    let name = name.trim().trim_end_matches(['.', ';', '!']);
    let opens = ["A ", "An ", "The ", "Any "]
        .iter()
        .any(|a| d.starts_with(a));
    let words = name.split_whitespace().count();
    let plain =
        !name.contains([',', '(', ':']) && !d.contains([':', ';']) && listed_after_relative(d);
    if !opens || !plain || !(1..=4).contains(&words) || d.split_whitespace().count() < 4 {
        return None;
    }
    let last = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
    let be = if super::text::looks_plural(&last) {
        "are"
    } else {
        "is"
    };
    fact(format!("what {be} {name}?"), d)
}

/// A description with no comma, or whose commas only list what a
/// relative clause says ("The processes that we use to sort, store and
/// change information"), not an opening phrase ("In 1990, the …").
fn listed_after_relative(d: &str) -> bool {
    let Some(comma) = d.find(',') else {
        return true;
    };
    let before = d[..comma].to_lowercase();
    before
        .split_whitespace()
        .any(|w| ["that", "which", "who", "whose"].contains(&w))
        && d.split_whitespace().count() <= 30
}

/// Words that make a complement name one thing of its kind ("the only
/// loop", "the default type"), so the card asks which thing it is.
const UNIQUE: &[&str] = &[
    "only",
    "default",
    "first",
    "last",
    "main",
    "primary",
    "largest",
    "smallest",
    "oldest",
    "earliest",
    "most common",
];

/// "For loops are the only loop in Go" → "what is the only loop in Go?";
/// "EVEN is the default distribution type" → "what is the default
/// distribution type?": the subject is the one thing the complement
/// names.
pub(super) fn unique(c: &str) -> Option<Fact> {
    let c = c.trim().trim_end_matches(['.', ';', '!']);
    let lower = c.to_ascii_lowercase();
    let Some((at, be, word)) = UNIQUE.iter().find_map(|w| {
        ["is", "are"].iter().find_map(|be| {
            let lead = format!(" {be} the {w} ");
            lower.find(&lead).map(|at| (at, lead, *w))
        })
    }) else {
        return super::unique_subject::unique_subject(c);
    };
    let subject = c[..at].trim();
    let first = first_word(subject);
    if subject.split_whitespace().count() > MAX_SUBJECT_WORDS
        || !named(subject)
        || POINTING.contains(&first.as_str())
        || subject.contains([',', ':', '('])
    {
        return None;
    }
    // "the only valid philosophy, capable of …": the kind, not its gloss
    let rest = c[at + be.len()..]
        .split(", ")
        .next()
        .unwrap_or_default()
        .trim();
    // "the only loop in Go" is one loop: the question's verb agrees with
    // the complement's noun, not the subject
    let head = rest
        .split_whitespace()
        .take_while(|w| !NOT_OBJECT_STARTS.contains(&w.to_lowercase().as_str()))
        .last()?;
    let be = if super::text::looks_plural(&head.to_lowercase()) {
        "are"
    } else {
        "is"
    };
    fact(format!("what {be} the {word} {rest}?"), subject)
}

/// "These are called glaze faults.", "We call this a reduction firing."
/// → "glaze faults", "a reduction firing": a name given to what the
/// sentence before says, if `s` only gives one.
pub fn pointed_name(s: &str) -> Option<String> {
    const LEADS: &[&str] = &[
        "this is called ",
        "these are called ",
        "this is known as ",
        "these are known as ",
        "this is referred to as ",
        "these are referred to as ",
        "we call this ",
        "we call these ",
        "we call them ",
    ];
    let t = s.trim().trim_end_matches('.');
    let lower = t.to_ascii_lowercase();
    let lead = LEADS.iter().find(|l| lower.starts_with(*l))?;
    let name = t[lead.len()..]
        .trim()
        .trim_matches(['"', '\'', '“', '”', '*', '_']);
    let words = name.split_whitespace().count();
    let plain = name
        .chars()
        .all(|c| c.is_alphanumeric() || " -'".contains(c));
    ((1..=6).contains(&words) && plain).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_given_to_what_was_said_is_found() {
        assert_eq!(
            pointed_name("These are called glaze faults.").as_deref(),
            Some("glaze faults")
        );
        assert_eq!(
            pointed_name("We call this a reduction firing").as_deref(),
            Some("a reduction firing")
        );
        assert_eq!(
            pointed_name("This is called when the kiln cools, and then more"),
            None
        );
        assert_eq!(pointed_name("Kilns are called ovens"), None);
    }
}
