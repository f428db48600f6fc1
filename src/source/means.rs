//! How and why, stated in prose: the means a clause names ("Modes are
//! worked out by adding …" → "how are modes worked out?") and the reason
//! it gives ("Paging can become slow, since …" → "why can paging become
//! slow?"). Both ask the clause's own subject, so it must name something.

use super::facts::{base_form, Fact};
use super::statements::{NOT_IN_SUBJECT, POINTING};
use super::text::{first_word, strip_markers, Lexicon};
use super::verbs::{is_adverb, participle};

/// Longest subject (in words) a question can name.
const MAX_SUBJECT_WORDS: usize = 5;
/// Fewest and most words in an answer.
const MIN_ANSWER_WORDS: usize = 3;
const MAX_ANSWER_WORDS: usize = 20;

/// Words that put a question's subject before its verb.
const AUXILIARIES: &[&str] = &[
    "is", "are", "can", "may", "must", "should", "will", "could", "cannot",
];

/// Words that open a reason.
const REASONS: &[&str] = &[", since ", ", because ", " because "];

/// "Modes are worked out by adding the digits" → "how are modes worked
/// out?" → "By adding the digits"; "You can undo a commit by resetting
/// the branch" → "how can you undo a commit?".
pub fn means(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = without_lead_in(clause);
    let at = c.match_indices(" by ").map(|(at, _)| at).find(|&at| {
        let mut after = c[at + 4..].split_whitespace();
        let next = after.find(|w| !is_adverb(w)).unwrap_or("");
        next.len() > 5 && next.ends_with("ing") && !next.ends_with("thing")
    })?;
    let (aux, subject, rest) = inverted(&c[..at], lex, true)?;
    // "is a tool by …": a passive or a modal verb, not a name.
    let verb = rest
        .split_whitespace()
        .find(|w| !is_adverb(w))
        .unwrap_or("");
    if ["is", "are"].contains(&aux.as_str()) && !participle(verb) {
        return None;
    }
    answer(format!("how {aux} {subject} {rest}?"), &c[at + 1..])
}

/// "Paging can become slow, since every access takes two" → "why can
/// paging become slow?" → "Every access takes two".
pub fn reason(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = without_lead_in(clause);
    let lower = c.to_ascii_lowercase();
    let (at, len) = REASONS
        .iter()
        .filter_map(|r| lower.find(r).map(|at| (at, r.len())))
        .min()?;
    let because = &c[at + len..];
    // "because of that": a cause with no clause of its own.
    if first_word(because) == "of" {
        return None;
    }
    let (aux, subject, rest) = inverted(&c[..at], lex, false)?;
    answer(format!("why {aux} {subject} {rest}?"), because)
}

/// The clause without its lead-in ("Remember that …") and end mark.
fn without_lead_in(clause: &str) -> &str {
    strip_markers(clause).trim_end_matches(['.', '!', ';'])
}

/// "Paging can become slow" → ("can", "paging", "become slow"): the
/// clause's auxiliary, its subject as a question names it, and the rest;
/// "Paging needs two reads" → ("does", "paging", "need two reads").
/// `you`: whether the reader may be the subject.
fn inverted(head: &str, lex: &Lexicon, you: bool) -> Option<(String, String, String)> {
    let words: Vec<&str> = head.split_whitespace().collect();
    let at = (1..words.len().min(MAX_SUBJECT_WORDS + 1)).find(|&k| {
        let w = words[k].to_lowercase();
        AUXILIARIES.contains(&w.as_str()) || action_verb(words[k])
    })?;
    let subject = &words[..at];
    let first = subject[0].to_lowercase();
    let reader = subject.len() == 1 && first == "you";
    // "reduces the load by …": a meaning with no subject of its own.
    let verb_first = subject[0].starts_with(char::is_lowercase)
        && first.ends_with('s')
        && action_verb(subject[0]);
    let plain = subject.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphanumeric() || ['-', '/', '`', '_', '.'].contains(&c))
    });
    if (reader && !you)
        || verb_first
        || !plain
        || (POINTING.contains(&first.as_str()) && !reader)
        || subject.iter().any(|w| is_adverb(w))
        || subject[1..]
            .iter()
            .chain(subject.first().filter(|_| !reader))
            .any(|w| NOT_IN_SUBJECT.contains(&w.to_lowercase().as_str()))
        || words.len() <= at + 1
    {
        return None;
    }
    let subject = if reader {
        "you".to_string()
    } else {
        super::text::lower_article(&lex.lc_phrase(&subject.join(" ")))
    };
    let verb = words[at].to_lowercase();
    let rest = words[at + 1..].join(" ");
    if AUXILIARIES.contains(&verb.as_str()) {
        return Some((verb, subject, rest));
    }
    let plural = reader || super::text::looks_plural(&first_word(words[at - 1]));
    let does = if plural { "do" } else { "does" };
    Some((does.into(), subject, format!("{} {rest}", base_form(&verb))))
}

/// A verb of the clause that is neither an auxiliary nor ambiguous: a
/// known action in the third person ("divides"), or after the reader.
fn action_verb(w: &str) -> bool {
    let lower = w.to_lowercase();
    lower.chars().all(|c| c.is_ascii_lowercase())
        && super::verbs::ACTION_VERBS.contains(&base_form(&lower).as_str())
        && (lower.ends_with('s') || lower == base_form(&lower))
}

fn answer(question: String, answer: &str) -> Option<Fact> {
    let answer = answer.trim().trim_end_matches([',', ';']);
    let n = answer.split_whitespace().count();
    let pointing = POINTING.contains(&first_word(answer).as_str()) && n < 5;
    ((MIN_ANSWER_WORDS..=MAX_ANSWER_WORDS).contains(&n)
        && !pointing
        && !question.contains(['(', ':']))
    .then(|| Fact::asked(question, answer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::parties::Parties;

    fn qa(f: fn(&str, &Lexicon) -> Option<Fact>, s: &str) -> Option<(String, String)> {
        let lex = Lexicon::new(s, Parties::default());
        f(s, &lex).map(|f| (f.question, f.answer))
    }

    #[test]
    fn a_means_is_asked_how() {
        assert_eq!(
            qa(
                means,
                "Modes are always worked out by adding the digits of each class."
            ),
            Some((
                "how are modes always worked out?".into(),
                "By adding the digits of each class".into()
            ))
        );
        assert_eq!(
            qa(
                means,
                "You can undo a commit by simply resetting the branch to its parent."
            ),
            Some((
                "how can you undo a commit?".into(),
                "By simply resetting the branch to its parent".into()
            ))
        );
        assert_eq!(
            qa(means, "A hash index finds a row by hashing its key."),
            Some((
                "how does a hash index find a row?".into(),
                "By hashing its key".into()
            ))
        );
        // a name, no passive; a pointing subject; an agent, not a means
        assert_eq!(
            qa(means, "Git is a tool by using which teams merge work."),
            None
        );
        assert_eq!(qa(means, "It is found by hashing the key."), None);
        assert_eq!(qa(means, "The row is read by the engine."), None);
    }

    #[test]
    fn a_reason_is_asked_why() {
        assert_eq!(
            qa(
                reason,
                "Remember that paging can become slow, since every access needs a second read."
            ),
            Some((
                "why can paging become slow?".into(),
                "Every access needs a second read".into()
            ))
        );
        assert_eq!(
            qa(
                reason,
                "The cache is flushed because the address space changed."
            ),
            Some((
                "why is the cache flushed?".into(),
                "The address space changed".into()
            ))
        );
        assert_eq!(qa(reason, "This is slow because it reads twice."), None);
        assert_eq!(
            qa(reason, "You should index it because scans are slow."),
            None
        );
        assert_eq!(qa(reason, "Paging is slow because of that."), None);
        assert_eq!(
            qa(
                reason,
                "If a user logs in, you are at fault because MFA was off."
            ),
            None
        );
    }
}
