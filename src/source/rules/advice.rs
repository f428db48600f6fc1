//! Labelled items that give advice rather than a meaning: under a heading
//! that names mistakes ("Common pitfalls") the text after the label says
//! what to do or why it is a mistake; under one that names tips ("Best
//! practices") it is the tip; and an item whose text starts with "always",
//! "never" or "avoid" says what to do wherever it stands.

use super::super::clean::normalise;
use super::super::text::first_word;
use super::Rules;

/// What a heading says its items are.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Advice {
    Mistakes,
    Tips,
}

/// Heading words that name mistakes to avoid ("Gotchas" name surprising
/// facts and limits: "Max timeout: why is it a mistake?" was wrong).
const MISTAKE_WORDS: &[&str] = &[
    "mistake",
    "mistakes",
    "pitfall",
    "pitfalls",
    "antipattern",
    "antipatterns",
    "don'ts",
    "donts",
];

/// Heading words that name advice to follow.
const TIP_WORDS: &[&str] = &[
    "tip",
    "tips",
    "practice",
    "practices",
    "recommendation",
    "recommendations",
    "advice",
    "guidelines",
    "hints",
    "dos",
];

/// Words that start an instruction wherever it stands.
const ALWAYS_IMPERATIVE: &[&str] = &["always", "never", "avoid", "ensure", "don"];

/// Verbs that start an instruction under a heading of mistakes.
const IMPERATIVE_VERBS: &[&str] = &[
    "add", "apply", "block", "check", "choose", "create", "delete", "disable", "do", "enable",
    "encrypt", "follow", "keep", "limit", "make", "monitor", "prefer", "remove", "restrict",
    "review", "rotate", "run", "set", "start", "stop", "test", "turn", "use",
];

/// The kind of advice a heading names, if any.
pub(super) fn advice_heading(heading: &str) -> Option<Advice> {
    let lower = heading.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let anti = normalise(heading).contains("anti pattern");
    // "Common errors" are mistakes; "Steady-state Errors", "Type I
    // errors" are things the notes teach
    let errors = words.contains(&"errors")
        && words
            .iter()
            .any(|w| ["common", "typical", "frequent", "avoid", "beginner"].contains(w));
    if anti || errors || words.iter().any(|w| MISTAKE_WORDS.contains(w)) {
        Some(Advice::Mistakes)
    } else if words.iter().any(|w| TIP_WORDS.contains(w)) {
        Some(Advice::Tips)
    } else {
        None
    }
}

/// Whether a text is an instruction: it starts with "always", "never",
/// "avoid", "don't" — or, where `verbs` says so, with a verb such as "use".
fn imperative(text: &str, verbs: bool) -> bool {
    let first = first_word(text);
    let second = text.split_whitespace().nth(1).unwrap_or("").to_lowercase();
    ALWAYS_IMPERATIVE.contains(&first.as_str())
        || (verbs && IMPERATIVE_VERBS.contains(&first.as_str()) && second != "of")
}

impl Rules<'_> {
    /// `Label: advice` asked as advice: "Mistakes — Open port: what should
    /// you do?", "Tips — Start small: what does the tip say?". Whether it
    /// made the card.
    pub(super) fn advice_card(&mut self, term: &str, def: &str, line: usize) -> bool {
        // "Default: 24 hours" under tips is a measure, not a tip.
        if super::aspect::measure_question(term).is_some() {
            return false;
        }
        let heading = self.stack.last().map(|(_, h)| h.clone());
        // "Error of reversal" under "Undetectable Errors": a kind of
        // error, defined, not a mistake to avoid
        let first = first_word(term);
        let named_kind = [first.clone(), format!("{first}s")]
            .iter()
            .any(|w| MISTAKE_WORDS.contains(&w.as_str()));
        let kind = heading
            .as_deref()
            .and_then(advice_heading)
            .filter(|_| !named_kind);
        let question = match kind {
            Some(Advice::Mistakes) if imperative(def, true) => "what should you do?",
            Some(Advice::Mistakes) => "why is it a mistake?",
            Some(Advice::Tips) => "what does the tip say?",
            None if imperative(def, false) => "what should you do?",
            None => return false,
        };
        let ctx = match self.context(None) {
            Some(c) => format!("{c} — {term}"),
            None => term.to_string(),
        };
        self.card(Some(&ctx), question, def, None, line);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_name_mistakes_or_tips() {
        assert_eq!(advice_heading("Common Mistakes"), Some(Advice::Mistakes));
        assert_eq!(advice_heading("Pitfalls to avoid"), Some(Advice::Mistakes));
        assert_eq!(advice_heading("Anti-patterns"), Some(Advice::Mistakes));
        assert_eq!(advice_heading("Pro Tips"), Some(Advice::Tips));
        // a gotcha is a surprising fact, often no mistake at all
        assert_eq!(advice_heading("Gotchas & Limits"), None);
        assert_eq!(advice_heading("Best practices"), Some(Advice::Tips));
        assert_eq!(advice_heading("Storage classes"), None);
        assert_eq!(
            advice_heading("Common glazing errors"),
            Some(Advice::Mistakes)
        );
        assert_eq!(advice_heading("Steady-state Errors"), None);
        assert!(imperative("Always close the port", false));
        assert!(imperative("Don't share keys", false));
        assert!(!imperative("Use of keys", true));
        assert!(imperative("Use short keys", true));
        assert!(!imperative("Use short keys", false));
    }
}
