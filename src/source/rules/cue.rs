//! Exam cues written as one line under a callout label: "Exam trick: If
//! seeing “remove unnecessary fields” → OutputPath", "Exam trap: If you
//! see “retry on throttling”, that's a Retry policy", "Exam trap: If you
//! need to rescue a failure → use Catch". The cue is a situation, the
//! answer what it calls for.

use super::super::clean::clean_text;
use super::super::text::strip_word;
use super::{is_callout_label, Rules};

/// Openers of a cue that say "when you meet this" ("If seeing …").
const CUE_OPENERS: &[&str] = &[
    "if seeing",
    "if you see",
    "when you see",
    "when seeing",
    "if the question says",
    "if",
    "when",
];

impl Rules<'_> {
    /// The card of a callout line that pairs a cue with its answer.
    /// Whether it made one.
    pub(super) fn cue_item(&mut self, text: &str, line: usize) -> bool {
        let Some((q, a)) = cue(&clean_text(text)) else {
            return false;
        };
        let ctx = self.context(None);
        self.card(ctx.as_deref(), &q, &a, None, line);
        true
    }
}

/// Whether a list item is such a cue, or asks and answers itself (it is
/// no item to recite).
pub(super) fn is_cue(text: &str) -> bool {
    let text = clean_text(text);
    cue(&text).is_some() || super::answered::asked_and_answered(&text).is_some()
}

/// The question and answer of `Label: cue → answer` or `Label: If you
/// see X, that's Y`.
fn cue(text: &str) -> Option<(String, String)> {
    let (label, rest) = text.split_once(':')?;
    if !is_callout_label(label.trim()) {
        return None;
    }
    let quoted = rest.trim().starts_with(['"', '“']);
    let rest = rest.trim().trim_matches(['"', '“', '”']).trim();
    let (situation, answer) = split_cue(rest)?;
    let answer = answer
        .trim()
        .trim_end_matches(['.', '"', '”'])
        .trim_start_matches(['"', '“']);
    let answer = strip_word(answer, "use").unwrap_or(answer);
    if answer.is_empty() || answer.split_whitespace().count() > 8 {
        return None;
    }
    // "If you need to rescue a failure" → "what do you use to rescue a
    // failure?"
    if let Some(goal) = strip_word(situation, "if you need to") {
        return Some((format!("what do you use to {goal}?"), answer.to_string()));
    }
    let cue = CUE_OPENERS
        .iter()
        .find_map(|o| strip_word(situation, o))
        .unwrap_or(situation);
    // "RDS — a managed database" is a note, not a cue: a cue is quoted
    // or opens with "if" or "when"
    let marked = cue.len() < situation.len() || quoted;
    let cue = cue.trim().trim_matches(['"', '“', '”', ',']).trim();
    if cue.is_empty() || !marked {
        return None;
    }
    Some((format!("which one fits “{cue}”?"), answer.to_string()))
}

/// The situation and answer of a cue: around its arrow, or around ",
/// that's".
fn split_cue(rest: &str) -> Option<(&str, &str)> {
    for arrow in [" — ", " → ", " -> "] {
        if let Some((s, a)) = rest.split_once(arrow) {
            return Some((s.trim(), a));
        }
    }
    for that in [", that’s ", ", that's ", ", that is "] {
        if let Some((s, a)) = rest.split_once(that) {
            return Some((s.trim(), a));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn qa(t: &str) -> Option<(String, String)> {
        cue(t)
    }

    #[test]
    fn cues_ask_what_they_call_for() {
        assert_eq!(
            qa("Exam trick: If seeing “runs off the pot” → Too thick"),
            Some((
                "which one fits “runs off the pot”?".into(),
                "Too thick".into()
            ))
        );
        assert_eq!(
            qa("Exam trap: If you see “crawling”, that’s a dusty bisque."),
            Some(("which one fits “crawling”?".into(), "a dusty bisque".into()))
        );
        assert_eq!(
            qa("Exam trap: \"If you need to stop crazing → use a tighter clay body.\""),
            Some((
                "what do you use to stop crazing?".into(),
                "a tighter clay body".into()
            ))
        );
        assert_eq!(
            qa("Exam key: “Needs food safety” → Liner glaze."),
            Some((
                "which one fits “Needs food safety”?".into(),
                "Liner glaze".into()
            ))
        );
        // no callout label, or no answer
        assert_eq!(qa("Glaze: runs → thick"), None);
        assert_eq!(qa("Exam tip: glaze thinly"), None);
        assert_eq!(qa("Exam tip: Raku — a fast firing"), None);
        // a letter that grows when lower-cased ("İ") cuts nothing short
        assert_eq!(
            qa("Exam trap: If İİİİ marks → Quartz body"),
            Some(("which one fits “İİİİ marks”?".into(), "Quartz body".into()))
        );
    }
}
