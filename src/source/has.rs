//! What a thing has, said plainly: "Arteries have thick walls of muscle"
//! → "what do arteries have?" → "Thick walls of muscle"; "Platelets have
//! no nucleus" → "what do platelets lack?" → "Nucleus". Read only where
//! no other statement rule found anything.

use super::facts::Fact;
use super::statements::MAX_SUBJECT_WORDS;
use super::text::{first_word, Lexicon};

/// Longest answer (in words) of a card of what a thing has.
const MAX_ANSWER_WORDS: usize = 14;

/// Subjects that name no thing of the notes ("Some people", "Students").
const NOT_SUBJECTS: &[&str] = &[
    "some",
    "many",
    "most",
    "people",
    "students",
    "everyone",
    "someone",
    "this",
    "these",
    "that",
    "those",
    "one",
    "both",
    "certain",
    "several",
    "few",
    "various",
    "other",
    "therefore",
    "thus",
    "hence",
    "however",
    "also",
    "then",
    "so",
    "yes",
    "no",
];

/// Words that end what a thing has and start another clause.
const CLAUSE_CUTS: &[&str] = &[
    ", which ",
    ", so ",
    " because ",
    ", but ",
    " so that ",
    "; ",
    ", and ",
    " while ",
];

/// "Arteries have thick walls …" → "what do arteries have?".
pub fn has_object(c: &str, lex: &Lexicon) -> Option<Fact> {
    let lower = c.to_lowercase();
    let (at, verb) = [" have ", " has "]
        .iter()
        .filter_map(|v| lower.find(v).map(|at| (at, v.trim())))
        .min()?;
    let subject = c[..at].trim();
    let object = c[at + verb.len() + 2..].trim();
    let words: Vec<String> = subject.split_whitespace().map(str::to_lowercase).collect();
    let first = words.first()?.as_str();
    let plain_subject = words.len() <= MAX_SUBJECT_WORDS.min(4)
        && super::held::plain_subject(subject)
        && !NOT_SUBJECTS.contains(&first)
        && !words.iter().any(|w| w.ends_with("ly"))
        && !subject.contains('.');
    if !plain_subject || !an_object(object) {
        return None;
    }
    let object = CLAUSE_CUTS
        .iter()
        .fold(object, |o, cut| o.split(cut).next().unwrap_or(o));
    // "a giant lattice (no molecules, …": brackets left open
    let object = match object.matches('(').count() > object.matches(')').count() {
        true => object.split(" (").next().unwrap_or(object),
        false => object,
    };
    let n = object.split_whitespace().count();
    let clause = object
        .split_whitespace()
        .any(|w| super::verbs::BE_HAVE.contains(&w) || w == "can" || w == "can't");
    if !(2..=MAX_ANSWER_WORDS).contains(&n) || clause {
        return None;
    }
    let does = if verb == "has" { "does" } else { "do" };
    let named = super::held::as_subject(subject, lex);
    Some(match object.strip_prefix("no ") {
        Some(lacked) => Fact::asked(format!("what {does} {named} lack?"), lacked),
        None => Fact::asked(format!("what {does} {named} have?"), object),
    })
}

/// Whether `object` is what is had, not a tense ("has been", "have
/// shown"), a duty ("have to") or a clause.
fn an_object(object: &str) -> bool {
    const NOT_OPENERS: &[&str] = &[
        "to",
        "been",
        "become",
        "got",
        "had",
        "not",
        "never",
        "always",
        "also",
        "that",
        "shown",
        "taken",
        "given",
        "made",
        "done",
        "seen",
        "gone",
        "begun",
        "grown",
        "known",
        "led",
        "left",
        "only",
        "just",
        "already",
        "still",
        "nothing",
        "something",
        "anything",
        "them",
        "it",
        "him",
        "her",
        "us",
        "me",
        "you",
        "this",
        "these",
        "those",
    ];
    let word = first_word(object);
    let adverb = word.ends_with("ly") && !["family", "supply", "assembly"].contains(&word.as_str());
    !object.is_empty() && !NOT_OPENERS.contains(&word.as_str()) && !word.ends_with("ed") && !adverb
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::parties::Parties;

    fn qa(s: &str) -> Option<(String, String)> {
        let lex = Lexicon::new(s, Parties::default());
        has_object(s, &lex).map(|f| (f.question, f.answer))
    }

    #[test]
    fn what_a_thing_has_or_lacks_is_asked() {
        assert_eq!(
            qa("Stoneware kilns have thick walls of firebrick"),
            Some((
                "what do stoneware kilns have?".into(),
                "Thick walls of firebrick".into()
            ))
        );
        assert_eq!(
            qa("Bone china has no iron, which keeps it white"),
            Some(("what does bone china lack?".into(), "Iron".into()))
        );
    }

    #[test]
    fn a_name_keeps_its_capital() {
        assert_eq!(
            qa("Delft has a guild of potters").map(|(q, _)| q),
            Some("what does Delft have?".into())
        );
    }

    #[test]
    fn tenses_duties_and_vague_subjects_are_left() {
        assert_eq!(qa("The kiln has been fired twice"), None);
        assert_eq!(qa("Potters have to wedge the clay"), None);
        assert_eq!(qa("Some potters have large studios"), None);
        assert_eq!(qa("They have large studios"), None);
        assert_eq!(qa("Glazes have shown cracks"), None);
        assert_eq!(qa("Kilns have heat"), None);
        assert_eq!(qa("Therefore kilns have thick walls"), None);
        assert_eq!(qa("Gas kilns have them in rows"), None);
        assert_eq!(qa("Gas kilns have a flue and the door is sealed"), None);
        assert_eq!(qa("The glaze has only cracked a little"), None);
        assert_eq!(qa("The colour has nothing to do with the clay"), None);
        assert_eq!(qa("No. The guild has residual power"), None);
    }
}
