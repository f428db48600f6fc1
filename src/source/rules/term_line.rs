//! "Term - meaning" and "Term: meaning" written as lines of a paragraph:
//! which side is a term, and which is what it means.

use super::super::clean::clean_text;
use super::super::vocab::{FRAGMENT_STARTS, NOT_TERMS, PRONOUNS};
use super::callout::is_callout_label;

/// "Data pages - as many rows as fit": a short term, a dash and its
/// meaning, on one line of a paragraph.
pub(super) fn dash_term(t: &str) -> Option<(String, String)> {
    term_line(t, false)
}

/// "Term - meaning", "Term: meaning": a term and its meaning, the
/// meaning's own dashes read as parts ("Tundra - above 60N - no trees" →
/// "above 60N; no trees"); `loose`: a name in sentence case before " - "
/// ("Temperate deciduous forest - mid-latitudes") is a term too.
pub(super) fn term_line(t: &str, loose: bool) -> Option<(String, String)> {
    let (sep, (term, def)) = [" - ", " – ", " — ", ": "]
        .iter()
        .find_map(|sep| Some((*sep, t.split_once(sep)?)))?;
    let (term, def) = (clean_text(term), clean_text(def));
    let not_term = NOT_TERMS.contains(&term.to_lowercase().as_str())
        || is_callout_label(&term)
        || term.contains("http");
    let named = term_like(&term)
        || loose && sep == " - " && sentence_case_name(&term)
        || sep == ": " && lower_case_term(&term);
    let def = def.replace(" - ", "; ");
    (named && !def.is_empty() && !not_term).then_some((term, def))
}

/// "quantity demanded", "glaze fit": a term of one to four plain words
/// written in lower case before its colon (no pronoun, no verb).
pub(super) fn lower_case_term(term: &str) -> bool {
    // "marginal propensity to consume (MPC)": with its abbreviation
    let term = match term.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
        Some((t, short)) if short.len() >= 2 && short.chars().all(|c| c.is_ascii_uppercase()) => t,
        _ => term,
    };
    let words: Vec<&str> = term.split_whitespace().collect();
    let first = words.first().copied().unwrap_or_default();
    // ("mixer knead --slow" is a command, its flag no word)
    let plain = |w: &&str| {
        !w.starts_with('-')
            && w.chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c == '\'')
    };
    let clause = |w: &&str| PRONOUNS.contains(w) || ["is", "are", "was", "were"].contains(w);
    (1..=5).contains(&words.len())
        && words.iter().all(plain)
        && !words.iter().any(clause)
        && !FRAGMENT_STARTS.contains(&first)
        && !["the", "a", "an", "this", "these", "note", "tip"].contains(&first)
}

/// "Temperate deciduous forest": a name of two to four words in sentence
/// case, no fragment of a sentence.
fn sentence_case_name(term: &str) -> bool {
    let words: Vec<&str> = term.split_whitespace().collect();
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    (2..=4).contains(&words.len())
        && term.starts_with(char::is_uppercase)
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
        && !FRAGMENT_STARTS.contains(&first.as_str())
        && !NOT_TERMS.contains(&first.as_str())
}

/// Whether the text before a `:` or dash in a list item reads as a term:
/// short, and capitalised like a heading.
pub(crate) fn term_like(t: &str) -> bool {
    // "Neutral stimulus (NS)": a term and its abbreviation
    let t = match t
        .trim_end()
        .strip_suffix(')')
        .and_then(|b| b.rsplit_once(" ("))
    {
        Some((term, short))
            if !short.is_empty() && short.chars().all(|c| c.is_ascii_uppercase()) =>
        {
            term
        }
        _ => t,
    };
    let words: Vec<&str> = t.split_whitespace().collect();
    // "It includes", "This means": a clause, not a name.
    const POINTING: &[&str] = &["it", "this", "that", "these", "those", "they", "there"];
    let pointing = words
        .first()
        .is_some_and(|w| POINTING.contains(&w.to_lowercase().as_str()));
    if words.is_empty() || words.len() > 6 || t.ends_with(['.', '?', '!']) || pointing {
        return false;
    }
    let significant: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .filter(|w| !["and", "the", "for", "with"].contains(&w.to_lowercase().as_str()))
        .collect();
    // "Zone security": two words, the first capitalised.
    let short_term = words.len() <= 2
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'));
    // "/etc/hosts", "~/.profile": a path names a file.
    let path = words.len() == 1
        && t.starts_with(['/', '~'])
        && t.chars().filter(|c| c.is_alphanumeric()).count() >= 2;
    short_term
        || path
        || !significant.is_empty()
            && significant.iter().all(|w| {
                w.trim_start_matches(|c: char| !c.is_alphanumeric())
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            })
}
