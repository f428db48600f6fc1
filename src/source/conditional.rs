//! Conditions stated in prose: "If no namespace is given, the default one
//! is used." → "what happens if no namespace is given?"; "If a port is
//! closed, open it in the firewall." → "what should you do if a port is
//! closed?".

use super::facts::Fact;
use super::text::{capitalise, first_word};

/// Fewest words in a condition, and in what follows from it.
const MIN_CONDITION_WORDS: usize = 2;
const MIN_RESULT_WORDS: usize = 3;

/// Most words in a condition, and in what follows from it.
const MAX_CONDITION_WORDS: usize = 10;
const MAX_RESULT_WORDS: usize = 16;

/// Words a condition a card can stand on has not: it would not say what
/// "it" is.
const VAGUE_WORDS: &[&str] = &["it", "this", "that", "these", "those", "they", "them", "so"];

/// The fact a conditional clause states, if it is one.
pub fn conditional(clause: &str) -> Option<Fact> {
    let c = clause.trim().trim_end_matches(['.', '!', ';']);
    let (word, rest) = c.split_once(' ')?;
    let opener = match word {
        "If" => "if",
        "When" | "Whenever" => "when",
        _ => return None,
    };
    let (condition, result) = rest.split_once(", ")?;
    let result = result.strip_prefix("then ").unwrap_or(result).trim();
    let condition = condition.trim();
    let enough = condition.split_whitespace().count() >= MIN_CONDITION_WORDS
        && result.split_whitespace().count() >= MIN_RESULT_WORDS;
    // "If you can touch it, …": a condition that points elsewhere.
    let vague = condition
        .split_whitespace()
        .any(|w| VAGUE_WORDS.contains(&w.to_lowercase().as_str()));
    let short = condition.split_whitespace().count() <= MAX_CONDITION_WORDS
        && result.split_whitespace().count() <= MAX_RESULT_WORDS;
    // "If in doubt, …, and …": one condition and one result only.
    if !enough || !short || vague || result.contains(", ") || condition.contains(['(', '"']) {
        return None;
    }
    let instruction = super::verbs::ACTION_VERBS.contains(&first_word(result).as_str())
        && result.starts_with(char::is_lowercase);
    let question = if instruction {
        format!("what should you do {opener} {condition}?")
    } else {
        format!("what happens {opener} {condition}?")
    };
    Some(Fact {
        question,
        prefix: None,
        answer: capitalise(result),
        explanation: None,
        who: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn qa(s: &str) -> Option<(String, String)> {
        conditional(s).map(|f| (f.question, f.answer))
    }

    #[test]
    fn conditions_become_what_happens_questions() {
        assert_eq!(
            qa("If no namespace is given, the default namespace is used."),
            Some((
                "what happens if no namespace is given?".into(),
                "The default namespace is used".into()
            ))
        );
        assert_eq!(
            qa("When a pod dies, then the replica set starts another."),
            Some((
                "what happens when a pod dies?".into(),
                "The replica set starts another".into()
            ))
        );
        assert_eq!(
            qa("If a port is closed, open it in the firewall."),
            Some((
                "what should you do if a port is closed?".into(),
                "Open it in the firewall".into()
            ))
        );
        assert_eq!(qa("If it fails, the job stops at once."), None);
        assert_eq!(qa("If you can touch it, you own it."), None);
        assert_eq!(qa("If needed, retry."), None);
        assert_eq!(qa("If a, b, c and d hold, the set is closed."), None);
        assert_eq!(qa("Pods run containers."), None);
    }
}
