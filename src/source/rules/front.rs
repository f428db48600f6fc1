//! Checks on a question before its card is made: a front that only makes
//! sense beside the notes ("what is the endpoint of our descriptions?",
//! "how are the suffixes above used?") asks nothing a learner can answer.

/// Words that point at the notes themselves, not at what they teach.
const NOTE_POINTERS: &[&str] = &["our", "above", "below", "aforementioned"];

/// Whether a question (not a gap's sentence, which is the note's own)
/// points at the notes: "our descriptions", "the suffixes above".
pub(super) fn points_at_the_notes(question: &str) -> bool {
    let words: Vec<String> = question
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    // "what if we exceed our quota?": "our" is the reader's
    let reader = words.iter().any(|w| w == "we" || w == "us");
    !question.contains("[...]")
        && question.ends_with('?')
        && words
            .iter()
            .any(|w| NOTE_POINTERS.contains(&w.as_str()) && !(reader && w == "our"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_that_points_at_the_notes_is_no_card() {
        assert!(points_at_the_notes("what is the end of our descriptions?"));
        assert!(points_at_the_notes("how are the glazes above fired?"));
        assert!(!points_at_the_notes("what is above the kiln shelf"));
        assert!(!points_at_the_notes("what does a kiln fire?"));
        assert!(!points_at_the_notes(
            "what happens if we overload our kiln?"
        ));
        assert!(!points_at_the_notes("The glaze [...] above cone 6."));
    }
}
