//! Whether the names of a list's items teach anything alone: labels of
//! what is below them, numbers, citations, counted labels ("Query 1"),
//! bold labels under a label that names no kind of them.

use super::super::doc::Item;
use super::entry::Entry;

/// "**Outcomes:**" over "**Mitosis:** …", "**Meiosis:** …": bold labels
/// under a label (or over their own details) that names no kind of them,
/// each asked with its meaning.
pub(super) fn unnamed_bold_labels(items: &[Item], lead: Option<&str>) -> bool {
    let bold = items
        .iter()
        .all(|it| it.lines.first().is_some_and(|l| l.bold.is_some()));
    // "**Undetectable Errors**" over "**Error of reversal**": named by
    // the lead's own noun, they are its kinds
    let noun = lead
        .and_then(|l| l.split_whitespace().last())
        .map(|n| n.to_lowercase().trim_end_matches('s').to_string())
        .unwrap_or_default();
    let kinds = noun.len() > 2
        && items.iter().all(|it| {
            let label = it
                .lines
                .first()
                .and_then(|l| l.bold.as_deref())
                .unwrap_or("");
            label
                .to_lowercase()
                .split_whitespace()
                .any(|w| w.trim_end_matches('s') == noun)
        });
    bold && !kinds && lead.is_none_or(super::term_like)
}

/// "psychological", "ethical", each over its sub-list: labels of what is
/// below them, which a question of "the N items" does not name; right
/// under a heading, longer ones too ("Two Kinds of Morphology": an
/// outline's topics).
pub(super) fn only_labels(items: &[Item], outline: bool) -> bool {
    let most = if outline { 5 } else { 2 };
    items.iter().all(|it| {
        let t = it.text();
        !it.sub.is_empty() && t.split_whitespace().count() <= most && !t.trim_end().ends_with('.')
    })
}
/// "Key factors", "Four Conditions": each item names a group (its last
/// word plural), which its own sub-list holds; under a heading that names
/// their kind, "Epithelial; connective; …" are the kinds themselves.
pub(super) fn groups(items: &[Item]) -> bool {
    items.iter().all(|it| {
        let last = it
            .text()
            .split_whitespace()
            .last()
            .unwrap_or_default()
            .to_lowercase();
        super::super::text::looks_plural(&last)
    })
}

/// "s10, cpc; s11, cpc" (the sections a list explains), "Query 1; Query
/// 2", "22; 21; 80": numbers that teach nothing without their meanings.
pub(super) fn numbers_only(entries: &[Entry]) -> bool {
    let term = |e: &Entry, f: &dyn Fn(&str) -> bool| e.term.as_deref().is_some_and(f);
    entries.iter().all(|e| term(e, &citation))
        || counted_labels(entries)
        || entries
            .iter()
            .all(|e| term(e, &|t| t.chars().all(|c| c.is_ascii_digit())))
}

/// "Query 1", "Query 2": one word counted from 1, which names no item
/// ("RAID 0", "RAID 5" do).
fn counted_labels(entries: &[Entry]) -> bool {
    let mut word = None;
    entries.iter().enumerate().all(|(k, e)| {
        let Some((w, n)) = e.term.as_deref().and_then(|t| t.split_once(' ')) else {
            return false;
        };
        let same = *word.get_or_insert(w.to_string()) == w;
        same && n.parse::<usize>().ok() == Some(k + 1)
    })
}

/// "Query 1", "Question 2": a word and a number, a label that names
/// nothing.
pub(super) fn numbered_label(term: &str) -> bool {
    term.split_once(' ')
        .is_some_and(|(w, n)| w.chars().all(char::is_alphabetic) && n.parse::<usize>().is_ok())
}

/// "s10, cpc", "Article 35(8)": a reference to a numbered section of a
/// code or a law, not a name ("m5", "RAID 1").
fn citation(term: &str) -> bool {
    term.contains(|c: char| c.is_ascii_digit()) && term.contains([',', '('])
}
