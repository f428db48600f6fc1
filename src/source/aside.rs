//! A subject's aside set off by commas: "The damper, often made of brick,
//! slows the draught" reads "The damper slows the draught" once the
//! aside, which only describes the subject, is left out.

use super::text::{first_word, looks_plural};
use super::verbs::{is_adverb, known_third_person, known_verb};

/// Most words in the subject before the aside.
const MAX_SUBJECT_WORDS: usize = 5;
/// Most words in the aside.
const MAX_ASIDE_WORDS: usize = 15;

/// `clause` without the aside after its subject, when its subject opens
/// with "the", "a" or "an" and a verb that agrees with it follows the
/// aside ("The control rods, made of boron, regulate …"; "The shell, a
/// thick brick wall, surrounds …").
pub fn without_aside(clause: &str) -> Option<String> {
    let (subject, rest) = clause.split_once(", ")?;
    let n = subject.split_whitespace().count();
    let determined = ["the", "a", "an"].contains(&first_word(subject).as_str());
    if !(2..=MAX_SUBJECT_WORDS).contains(&n) || !determined || subject.contains('(') {
        return None;
    }
    let plural = looks_plural(&subject.split_whitespace().last()?.to_lowercase());
    // the first ", " after which a verb agreeing with the subject follows
    let at = rest.match_indices(", ").map(|(i, _)| i).find(|&i| {
        let words: Vec<&str> = rest[i + 2..].split_whitespace().collect();
        let verb = words.iter().find(|w| !is_adverb(w)).copied().unwrap_or("");
        agrees(verb, plural)
    })?;
    let aside = &rest[..at];
    let opens_clause = ["and", "or", "but", "so"].contains(&first_word(aside).as_str());
    if aside.split_whitespace().count() > MAX_ASIDE_WORDS || opens_clause {
        return None;
    }
    Some(format!("{subject} {}", rest[at + 2..].trim_start()))
}

/// "slows" after a singular subject, "regulate" after a plural one.
fn agrees(verb: &str, plural: bool) -> bool {
    match plural {
        false => known_third_person(verb),
        true => verb.chars().all(|c| c.is_ascii_lowercase()) && known_verb(verb),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_aside_after_the_subject_is_left_out() {
        assert_eq!(
            without_aside("The damper, often made of brick, steel, or clay, slows the draught")
                .as_deref(),
            Some("The damper slows the draught")
        );
        assert_eq!(
            without_aside("The shell, a thick brick wall, surrounds the chamber").as_deref(),
            Some("The shell surrounds the chamber")
        );
        assert_eq!(
            without_aside("The spy holes, set in the door, show the cones").as_deref(),
            Some("The spy holes show the cones")
        );
    }

    #[test]
    fn lists_and_clauses_are_no_asides() {
        // a list of subjects names no verb after its commas
        assert_eq!(
            without_aside("The damper, the flue, and the chimney draw air"),
            None
        );
        assert_eq!(without_aside("Kilns, glazes and clays cost money"), None);
        // a second clause, not an aside
        assert_eq!(
            without_aside("The kiln cooled, and the potter opens it"),
            None
        );
    }
}
