//! Decks: the native format (`recall-deck/1`, JSON) as written on disk, the
//! validated cards an import stores, and the other formats read into them.

use std::hash::Hasher;

use serde::{Deserialize, Serialize};

pub mod anki_text;
pub mod guid;
pub mod history;
pub mod native;
pub mod template;
mod validate;

pub use native::{parse, read, Item};
pub use validate::{repeated_id, validate, validate_card};

pub const FORMAT: &str = "recall-deck/1";

/// A deck file as written on disk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeckFile {
    pub format: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub cards: Vec<CardSpec>,
}

/// One card as written in a deck file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub front: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choices: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<usize>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub reverse: bool,
    /// The card's schedule, in a backup (`export --with-history`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<history::ScheduleSpec>,
    /// The card's review log, in a backup.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<history::ReviewSpec>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A validated deck, ready to import: reverse cards expanded, every card keyed.
#[derive(Debug, Clone, PartialEq)]
pub struct Deck {
    pub name: String,
    pub description: Option<String>,
    pub cards: Vec<Card>,
}

/// A validated card. `key` is its identity inside the deck.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub key: String,
    pub front: String,
    pub back: String,
    pub explanation: Option<String>,
    pub tags: Vec<String>,
    pub source: Option<String>,
    pub choices: Option<Vec<String>>,
    pub answer: Option<usize>,
    /// Schedule and history to restore, from a backup.
    pub restore: Option<crate::model::Restore>,
    /// Which card of its file (from 0) this card came from, for errors.
    pub origin: usize,
}

impl Card {
    /// A plain question and answer.
    pub fn basic(key: &str, front: &str, back: &str, origin: usize) -> Card {
        Card {
            key: key.to_string(),
            front: front.to_string(),
            back: back.to_string(),
            explanation: None,
            tags: Vec::new(),
            source: None,
            choices: None,
            answer: None,
            restore: None,
            origin,
        }
    }
}

/// FNV-1a, 64 bits: the stable hash behind card ids made from text.
/// Collections and deck files keep what it gives, so it never changes.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = fnv::FnvHasher::default();
    h.write(bytes);
    h.finish()
}

/// The key of a card without an `id`: a hash of its normalised front.
pub fn hashed_key(front: &str) -> String {
    let normal = front
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    format!("h{:016x}", fnv1a64(normal.as_bytes()))
}

/// The key that a card shares with its siblings — the other cards made from
/// the same note: `x` for `x` and its reverse `x:reverse`, `guid` for an
/// Anki note's cards `guid`, `guid:reverse`, `guid:c2`… Any other key is
/// its own.
pub fn sibling_base(key: &str) -> &str {
    match key.rsplit_once(':') {
        Some((base, "reverse")) if !base.is_empty() => base,
        Some((base, n))
            if !base.is_empty()
                && n.len() > 1
                && n.starts_with('c')
                && n[1..].bytes().all(|b| b.is_ascii_digit()) =>
        {
            base
        }
        _ => key,
    }
}

/// Writes a deck file as pretty JSON with a final newline, controls and
/// bidi marks escaped (`render::SafeJson`). Field order is fixed by the
/// struct, so the same deck always gives the same bytes.
pub fn to_json(deck: &DeckFile) -> String {
    let mut s = crate::render::json_string(deck).expect("a deck always serialises");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_keys_are_what_collections_hold() {
        assert_eq!(hashed_key("What  is X?"), hashed_key("what is x?"));
        assert_ne!(hashed_key("a"), hashed_key("b"));
        // FNV-1a of "" and of "a": the published test vectors. Collections
        // and deck files keep these keys, so they must never change.
        assert_eq!(hashed_key(""), "hcbf29ce484222325");
        assert_eq!(hashed_key("a"), "haf63dc4c8601ec8c");
    }

    #[test]
    fn siblings_share_the_key_before_their_suffix() {
        for (key, base) in [
            ("x", "x"),
            ("x:reverse", "x"),
            ("g:c2", "g"),
            ("g:c12", "g"),
            ("+12:reverse", "+12"),
            ("bonjour:x", "bonjour:x"),
            ("g:c", "g:c"),
            (":reverse", ":reverse"),
            ("a:b:reverse", "a:b"),
        ] {
            assert_eq!(sibling_base(key), base, "{key}");
        }
    }

    #[test]
    fn writing_round_trips() {
        let file = DeckFile {
            format: FORMAT.into(),
            name: "N".into(),
            description: None,
            cards: vec![CardSpec {
                id: Some("x".into()),
                front: "f".into(),
                back: Some("b".into()),
                tags: vec!["t".into()],
                ..CardSpec::default()
            }],
        };
        let json = to_json(&file);
        assert_eq!(to_json(&serde_json::from_str(&json).unwrap()), json);
        assert!(json.ends_with("}\n"));
    }
}
