//! Statements with a modal verb or a condition on their subject: "Init
//! functions can contain setup code" → "what can init functions
//! contain?"; "A merge is allowed only if the tree is clean" → "when is a
//! merge allowed?".

use super::facts::Fact;
use super::statements::{
    fact, particle_apart, subject_phrase, MAX_SUBJECT_WORDS, NOT_OBJECT_STARTS, POINTING,
};
use super::text::{first_word, Lexicon};

/// "Init functions can contain setup code" → "what can init functions
/// contain?": a subject, a modal, a verb and its object.
pub(super) fn modal_object(c: &str, lex: &Lexicon) -> Option<Fact> {
    const MODALS: &[&str] = &["can", "may", "must", "should", "cannot"];
    let words: Vec<&str> = c.split_whitespace().collect();
    let at = words
        .iter()
        .take(MAX_SUBJECT_WORDS + 1)
        .position(|w| MODALS.contains(&w.to_lowercase().as_str()))?;
    let modal = words[at].to_lowercase();
    // "may also include …": the adverb stays with the modal
    let held = words
        .get(at + 1)
        .map(|w| w.to_lowercase())
        .filter(|w| HELD_ADVERBS.contains(&w.as_str()));
    let v = at + 1 + usize::from(held.is_some());
    let mut verb = words.get(v)?.to_lowercase();
    // "Shelf posts can be bricks, …", "A shelf can be used for …"
    if verb == "be" && at > 0 && held.is_none() {
        return super::can_be::can_be(&words[..at], &modal, &words[at + 2..], lex);
    }
    let mut object = words.get(v + 1..)?.join(" ");
    // "can take up a lot of memory": the particle belongs to the verb.
    if let Some((particle, rest)) = particle_apart(&object) {
        verb = format!("{verb} {particle}");
        object = rest;
    }
    let first = first_word(&object);
    if at == 0
        || !verb.chars().all(|ch| ch.is_ascii_lowercase() || ch == ' ')
        || [
            "be", "have", "not", "also", "only", "still", "then", "now", "often", "always",
        ]
        .contains(&verb.as_str())
        || verb.ends_with("ly")
        || first.is_empty()
        || NOT_OBJECT_STARTS.contains(&first.as_str())
        || POINTING.contains(&first.as_str())
    {
        return None;
    }
    let subject = subject_phrase(&words[..at].join(" "), lex, true)?;
    let held = held.map(|h| format!(" {h}")).unwrap_or_default();
    // "A pot must dry slowly …", "IO should occur without the
    // processor": how, not what; "… occur during a firing": when
    let wh = match first.as_str() {
        "without" | "via" => "how",
        "before" | "after" | "during" | "within" => "when",
        _ if super::verbs::is_adverb(&first) => "how",
        _ => "what",
    };
    fact(format!("{wh} {modal} {subject}{held} {verb}?"), &object)
}

/// Adverbs between a modal and its verb that the question keeps ("what
/// may the kiln also need?").
const HELD_ADVERBS: &[&str] = &[
    "also",
    "often",
    "usually",
    "typically",
    "sometimes",
    "generally",
];

/// "A merge is allowed only if the tree is clean" → "when is a merge
/// allowed?": the condition a statement puts on its subject.
pub(super) fn only_if(c: &str, lex: &Lexicon) -> Option<Fact> {
    let lower = c.to_ascii_lowercase();
    let (be_at, be) = [" is ", " are "]
        .iter()
        .filter_map(|b| lower.find(b).map(|at| (at, *b)))
        .min()?;
    let rest = &lower[be_at + be.len()..];
    let participle = rest.split_whitespace().next()?;
    let after = rest[participle.len()..].trim_start();
    let conditional = ["only if ", "only when ", "only after "]
        .iter()
        .any(|w| after.starts_with(w));
    if !conditional || !super::verbs::participle(participle) {
        return None;
    }
    let subject = subject_phrase(&c[..be_at], lex, true)?;
    let start = c.len() - after.len();
    let answer = &c[start..];
    fact(
        format!("when {} {subject} {participle}?", be.trim()),
        answer,
    )
}
