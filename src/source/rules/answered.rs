//! A list item that asks and answers itself, the answer after the
//! question mark: "Why do pots crack in the kiln? Trapped steam", "The
//! kiln holds 40 bowls. If 12 crack, how many are left? 28 bowls". The
//! question (with the lines that set it up) is the front.

use super::super::clean::clean_text;
use super::Rules;

/// Words that ask, wherever they stand ("If she keeps 41, how many …").
const WH: &[&str] = &[
    "what", "why", "how", "who", "whom", "whose", "when", "where", "which",
];

/// Words that ask when they open a question ("Is the kiln …?").
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "would", "will",
    "has", "have",
];

/// Most words of an answer written after its question.
const MAX_ANSWER_WORDS: usize = 20;

impl Rules<'_> {
    /// The card of an item that asks and answers itself. Whether it made
    /// one.
    pub(super) fn answered_item(&mut self, text: &str, line: usize) -> bool {
        let Some((q, a)) = asked_and_answered(&clean_text(text)) else {
            return false;
        };
        let ctx = self.context(None);
        self.card(ctx.as_deref(), &q, &a, None, line);
        true
    }
}

/// The question and answer of an item that asks and answers itself.
pub(super) fn asked_and_answered(text: &str) -> Option<(String, String)> {
    let (question, answer) = text.split_once("? ")?;
    let answer = answer.trim().trim_end_matches('.');
    let words = answer.split_whitespace().count();
    let last = question
        .rsplit(". ")
        .next()
        .unwrap_or(question)
        .to_lowercase();
    let first = last.split_whitespace().next().unwrap_or("");
    // "If Mike wants 18, what is …": a condition, then the question
    let opens = |w: &str| WH.contains(&w) || AUXILIARIES.contains(&w);
    let asks = opens(first)
        || ["if", "when", "after"].contains(&first)
            && last.split_whitespace().skip(2).any(|w| WH.contains(&w));
    let answer_asks = opens(&answer.split_whitespace().next()?.to_lowercase());
    let plain = !answer.contains(['?', ':']) && !answer.starts_with(['(', '[']);
    (asks && plain && !answer_asks && (1..=MAX_ANSWER_WORDS).contains(&words))
        .then(|| (format!("{question}?"), answer.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn qa(q: &str, a: &str) -> Option<(String, String)> {
        Some((q.to_string(), a.to_string()))
    }

    #[test]
    fn an_item_answered_after_its_question_mark_is_a_card() {
        assert_eq!(
            asked_and_answered("Why do pots crack in the kiln? Trapped steam"),
            qa("Why do pots crack in the kiln?", "Trapped steam")
        );
        assert_eq!(
            asked_and_answered(
                "The kiln holds 40 bowls. If 12 crack, how many are left? 28 bowls."
            ),
            qa(
                "The kiln holds 40 bowls. If 12 crack, how many are left?",
                "28 bowls"
            )
        );
        // two questions; a question with no answer; a statement
        assert_eq!(asked_and_answered("Why? How?"), None);
        assert_eq!(asked_and_answered("Why do pots crack?"), None);
        assert_eq!(asked_and_answered("Pots crack? Sometimes"), None);
        // a point value is no answer
        assert_eq!(asked_and_answered("Why do pots crack? (2 points)"), None);
    }
}
