//! What a phrase under a topic says of it: what the topic is ("A query
//! inside another query"), what it does ("Returns one row"), when or what
//! it is used for — or nothing, when the phrase is a sentence of its own
//! ("Joins are slow") or no definition at all ("Example: …").

use super::super::facts::base_form;
use super::super::text::{capitalise, first_word, looks_plural};
use super::super::verbs::ACTION_VERBS;

/// Longest phrase (in words) read as what a topic is.
const MAX_TOPIC_WORDS: usize = 30;

/// First words of a phrase that is no definition of anything.
const NOT_DEFINING: &[&str] = &[
    "e",
    "eg",
    "example",
    "examples",
    "note",
    "see",
    "only",
    "not",
    "also",
    "it",
    "this",
    "that",
    "these",
    "those",
    "there",
    "they",
    "if",
    "for",
    "with",
    "in",
    "on",
    "by",
    "to",
    "and",
    "or",
    "but",
    "so",
    "then",
    "i",
    "we",
    "you",
    "your",
    "my",
    "initially",
    "originally",
    "eventually",
    "later",
    "soon",
    "largely",
    "finally",
    "first",
    "like",
    "unlike",
];

/// What a phrase under a topic says of it.
#[derive(Debug, PartialEq)]
pub(super) enum Says {
    /// "A query inside another query."
    IsA,
    /// "Combine data from several tables."
    Does,
    /// "Use when a table relates to itself." → "When a table …"
    When(String),
    /// "Used for caching." → "Caching"
    UsedFor(String),
}

/// What a phrase says of the topic over it, if it is a plain phrase.
pub(super) fn says(text: &str) -> Option<Says> {
    let t = text.trim();
    let words = t.split_whitespace().count();
    if !(3..=MAX_TOPIC_WORDS).contains(&words) || t.ends_with([':', '?']) || t.contains(": ") {
        return None;
    }
    let first = first_word(t);
    // "… they modelled memory as" over its sub-items: a phrase left open
    let last = t.rsplit(' ').next().unwrap_or("").to_lowercase();
    let open = [
        "as", "of", "to", "the", "a", "an", "and", "or", "by", "with",
    ]
    .contains(&last.as_str());
    if NOT_DEFINING.contains(&first.as_str()) || !t.starts_with(char::is_uppercase) || open {
        return None;
    }
    if a_sentence(t, &first) {
        return None;
    }
    let rest = || t.split_once(' ').map_or("", |(_, r)| r);
    if matches!(first.as_str(), "use" | "used") {
        let r = rest();
        if let Some(w) = r.strip_prefix("when ") {
            return Some(Says::When(capitalise(&format!("when {w}"))));
        }
        if first == "used" {
            let w = r.strip_prefix("for ").or_else(|| r.strip_prefix("to "))?;
            return Some(Says::UsedFor(capitalise(w)));
        }
    }
    // "Good for batch processing": what it is used for
    const FITS: &[&str] = &[
        "good for ",
        "best for ",
        "ideal for ",
        "suitable for ",
        "great for ",
    ];
    if let Some(w) = super::super::text::strip_any(t, FITS) {
        return Some(Says::UsedFor(capitalise(w)));
    }
    // "Establish a link …": a verb before its object's article.
    let second = t.split_whitespace().nth(1).unwrap_or("").to_lowercase();
    let object = [
        "a", "an", "the", "your", "its", "their", "all", "each", "every", "multiple",
    ]
    .contains(&second.as_str())
        && !["a", "an", "the"].contains(&first.as_str());
    if ACTION_VERBS.contains(&first.as_str()) || object {
        return Some(Says::Does);
    }
    let third = first.ends_with('s').then(|| base_form(&first));
    if third.is_some_and(|b| super::super::verbs::known_verb(&b)) && !first.ends_with("ss") {
        return Some(Says::Does);
    }
    Some(Says::IsA)
}

/// Whether a phrase is a sentence of its own ("Joins are slow", "Truman
/// views the world …"), and so no definition; "are" right after "that"
/// qualifies the phrase's noun ("Glazes that are matte").
fn a_sentence(t: &str, first: &str) -> bool {
    let lower: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
    let clause = lower.iter().enumerate().any(|(k, w)| {
        let relative = k >= 1 && ["that", "which", "who"].contains(&lower[k - 1].as_str())
            // "a claim whose truth is known": the verb of the relative
            || k >= 2 && lower[k - 2] == "whose";
        // "A pot must be dry": a modal of the phrase's own, not one under
        // "when" or "so that"
        const SUBORDINATE: &[&str] = &["when", "if", "where", "because", "until", "so", "that"];
        let own = !lower[..k].iter().any(|p| SUBORDINATE.contains(&p.as_str()));
        let modal = ["must", "should", "will"].contains(&w.as_str()) && own;
        ["is", "are", "was", "were", "has", "have"].contains(&w.as_str()) && !relative || modal
    });
    // "Truman views the world …", "FBI starts keeping files": a subject
    // and its verb
    let verb_first =
        ACTION_VERBS.contains(&first) || ACTION_VERBS.contains(&base_form(first).as_str());
    let words: Vec<&str> = t.split_whitespace().collect();
    let verb = !verb_first
        && (1..words.len().min(4)).any(|k| {
            let w = words[k];
            let third = super::super::verbs::looks_third_person(w)
                && super::super::verbs::known_verb(&base_form(w));
            // "Twelve potters meet …": a plural noun and its verb
            let plural = looks_plural(words[k - 1]) && ACTION_VERBS.contains(&w);
            third || plural
        });
    // "Langston Hughes, concerns about …": a name and what it did
    let named = words
        .iter()
        .take(3)
        .any(|w| w.ends_with(',') && w.starts_with(char::is_uppercase));
    clause || verb || named
}
