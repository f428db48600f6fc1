//! The native deck format (`recall-deck/1`, JSON): parsing with exact error
//! positions, validation, and deterministic writing.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::error::{Error, Result};

pub mod anki_text;
pub mod history;

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
}

/// A deck with its cards left unparsed, to find the card an error is in.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeck<'a> {
    #[serde(rename = "format")]
    _format: serde::de::IgnoredAny,
    #[serde(rename = "name")]
    _name: serde::de::IgnoredAny,
    #[serde(default, rename = "description")]
    _description: serde::de::IgnoredAny,
    #[serde(borrow)]
    cards: Vec<&'a RawValue>,
}

/// Line and column (1-based) of byte offset `at` in `text`.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Parses and validates a native deck. `origin` names the file in errors.
pub fn parse(origin: &str, text: &str) -> Result<Deck> {
    validate(origin, read(origin, text)?)
}

/// Parses a native deck file without validating its cards, so that a caller
/// holding a large file can free its text before validation.
pub fn read(origin: &str, text: &str) -> Result<DeckFile> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.trim_start().starts_with('{') {
        let (line, col) = line_col(text, text.len() - text.trim_start().len());
        return Err(Error::input(format!(
            "{origin}:{line}:{col}: this is not a recall deck (a JSON object starting with '{{'); study notes go in .md or .txt files, or pass --format notes"
        )));
    }
    // One pass straight into the deck; only when that fails is the file read
    // again card by card, to say which card is wrong.
    let file: DeckFile = match serde_json::from_str(text) {
        Ok(file) => file,
        Err(e) => return Err(locate_error(origin, text, e)),
    };
    if file.format != FORMAT {
        return Err(Error::input(format!(
            "{origin}: \"format\" is \"{}\", but recall reads \"{FORMAT}\" — set \"format\": \"{FORMAT}\"",
            file.format
        )));
    }
    Ok(file)
}

/// The error of a deck that did not parse, with its line, column and, when
/// it is inside a card, the card's number.
fn locate_error(origin: &str, text: &str, whole: serde_json::Error) -> Error {
    let at_top = || {
        Error::input(format!(
            "{origin}:{}:{}: {} — fix the deck file and import again",
            whole.line(),
            whole.column(),
            strip_serde_position(&whole.to_string())
        ))
    };
    let Ok(raw) = serde_json::from_str::<RawDeck>(text) else {
        return at_top();
    };
    for (i, card) in raw.cards.iter().enumerate() {
        if let Err(e) = serde_json::from_str::<CardSpec>(card.get()) {
            // The raw card is a slice of `text`: find where it starts.
            let start = card.get().as_ptr() as usize - text.as_ptr() as usize;
            let inner = line_col(card.get(), offset_of(card.get(), e.line(), e.column()));
            let (l0, c0) = line_col(text, start);
            let (line, col) = if inner.0 == 1 {
                (l0, c0 + inner.1 - 1)
            } else {
                (l0 + inner.0 - 1, inner.1)
            };
            return Error::input(format!(
                "{origin}:{line}:{col}: card {} : {} — fix the card and import again",
                i + 1,
                strip_serde_position(&e.to_string())
            ));
        }
    }
    at_top()
}

fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            let col_bytes: usize = l
                .chars()
                .take(col.saturating_sub(1))
                .map(char::len_utf8)
                .sum();
            return offset + col_bytes;
        }
        offset += l.len();
    }
    text.len()
}

fn strip_serde_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// Checks a deck file and turns it into importable cards.
pub fn validate(origin: &str, file: DeckFile) -> Result<Deck> {
    let name = clean_line(&file.name);
    if name.is_empty() {
        return Err(Error::input(format!(
            "{origin}: the deck has an empty \"name\" — give the deck a name"
        )));
    }
    let mut cards = Vec::with_capacity(file.cards.len() * 2);
    let mut seen = std::collections::HashMap::with_capacity(file.cards.len() * 2);
    for (i, spec) in file.cards.into_iter().enumerate() {
        let at = |msg: String| {
            Error::input(format!(
                "{origin}: card {}{}: {msg}",
                i + 1,
                spec.id
                    .as_deref()
                    .map(|id| format!(" (id \"{id}\")"))
                    .unwrap_or_default()
            ))
        };
        let front = spec.front.trim().to_string();
        if front.is_empty() {
            return Err(at(
                "the front is empty — write the question in \"front\"".into()
            ));
        }
        let back = match (&spec.back, &spec.choices, spec.answer) {
            (_, Some(choices), Some(answer)) => {
                if choices.len() < 2 {
                    return Err(at("a multiple-choice card needs at least two \"choices\"".into()));
                }
                if choices.iter().any(|c| c.trim().is_empty()) {
                    return Err(at("one of the \"choices\" is empty — remove it or write it".into()));
                }
                let Some(right) = choices.get(answer) else {
                    return Err(at(format!(
                        "\"answer\" is {answer}, but there are only {} choices (the first is 0) — point \"answer\" at the right choice",
                        choices.len()
                    )));
                };
                spec.back
                    .as_deref()
                    .map(str::trim)
                    .filter(|b| !b.is_empty())
                    .unwrap_or(right.trim())
                    .to_string()
            }
            (_, Some(_), None) => {
                return Err(at("the card has \"choices\" but no \"answer\" — add \"answer\": the index of the right choice (from 0)".into()))
            }
            (_, None, Some(_)) => {
                return Err(at("the card has an \"answer\" index but no \"choices\" — add the choices or remove \"answer\"".into()))
            }
            (Some(b), None, None) if !b.trim().is_empty() => b.trim().to_string(),
            _ => return Err(at("the back is empty — write the answer in \"back\"".into())),
        };
        let restore = match &spec.schedule {
            Some(schedule) => Some(history::restore(schedule, &spec.history).map_err(&at)?),
            None if !spec.history.is_empty() => {
                return Err(at("the card has a \"history\" but no \"schedule\" — add the schedule the history led to, or remove the history".into()))
            }
            None => None,
        };
        if spec.reverse && restore.is_some() {
            return Err(at("a card with a \"schedule\" cannot be \"reverse\" — write the reverse card out with its own schedule".into()));
        }
        if spec.reverse && spec.choices.is_some() {
            return Err(at(
                "a multiple-choice card cannot be \"reverse\" — remove \"reverse\"".into(),
            ));
        }
        let key = match &spec.id {
            Some(id) if id.trim().is_empty() => {
                return Err(at(
                    "the \"id\" is empty — remove it or give the card an id".into()
                ))
            }
            Some(id) => id.trim().to_string(),
            None => hashed_key(&front),
        };
        let mut tags: Vec<String> = Vec::new();
        for t in &spec.tags {
            let t = t.trim();
            if t.is_empty() || t.chars().any(char::is_whitespace) {
                return Err(at(format!(
                    "tag \"{t}\" is empty or has spaces — write tags as single words"
                )));
            }
            if !tags.iter().any(|x| x == t) {
                tags.push(t.to_string());
            }
        }
        let card = Card {
            key: key.clone(),
            front: front.clone(),
            back: back.clone(),
            explanation: spec
                .explanation
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from),
            tags: tags.clone(),
            source: spec.source.clone().filter(|s| !s.trim().is_empty()),
            choices: spec.choices.clone(),
            answer: spec.answer,
            restore,
        };
        let mut push = |card: Card| -> Result<()> {
            if let Some(first) = seen.insert(card.key.clone(), i + 1) {
                return Err(at(format!(
                    "id \"{}\" is already used by card {first} — give each card its own id",
                    card.key
                )));
            }
            cards.push(card);
            Ok(())
        };
        if spec.reverse {
            let reverse = Card {
                key: format!("{key}:reverse"),
                front: back,
                back: front,
                ..card.clone()
            };
            push(card)?;
            push(reverse)?;
        } else {
            push(card)?;
        }
    }
    Ok(Deck {
        name,
        description: file
            .description
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty()),
        cards,
    })
}

fn clean_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The key of a card without an `id`: a hash of its normalised front.
pub fn hashed_key(front: &str) -> String {
    let normal: String = front
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    format!("h{:016x}", fnv1a64(normal.as_bytes()))
}

/// FNV-1a, 64 bits: a stable hash (unlike `DefaultHasher`, which may change
/// between Rust releases) for ids that must survive upgrades.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Writes a deck file as pretty JSON with a final newline. Field order is
/// fixed by the struct, so the same deck always gives the same bytes.
pub fn to_json(deck: &DeckFile) -> String {
    let mut s = serde_json::to_string_pretty(deck).expect("a deck always serialises");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{
  "format": "recall-deck/1",
  "name": "Test",
  "cards": [
    { "id": "a", "front": "Q1?", "back": "A1" },
    { "front": "Q2?", "back": "A2", "reverse": true },
    { "id": "mc", "front": "Pick", "choices": ["x", "y"], "answer": 1 }
  ]
}"#;

    #[test]
    fn parses_and_expands_reverse() {
        let d = parse("t.json", GOOD).unwrap();
        assert_eq!(d.name, "Test");
        let keys: Vec<_> = d.cards.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys[0], "a");
        assert!(keys[1].starts_with('h'));
        assert_eq!(keys[2], format!("{}:reverse", keys[1]));
        assert_eq!(d.cards[2].front, "A2");
        assert_eq!(d.cards[2].back, "Q2?");
        assert_eq!(d.cards[3].back, "y");
    }

    #[test]
    fn hashed_key_ignores_case_and_spacing() {
        assert_eq!(hashed_key("What  is X?"), hashed_key("what is x?"));
        assert_ne!(hashed_key("a"), hashed_key("b"));
    }

    fn err(text: &str) -> String {
        let e = parse("d.json", text).unwrap_err();
        assert_eq!(e.exit_code(), 65);
        e.to_string()
    }

    #[test]
    fn unknown_card_field_names_card_and_position() {
        let e = err(
            "{\"format\":\"recall-deck/1\",\"name\":\"T\",\"cards\":[\n {\"front\":\"a\",\"back\":\"b\"},\n {\"front\":\"a2\",\"bakc\":\"b\"}]}",
        );
        assert!(e.starts_with("d.json:3:"), "{e}");
        assert!(e.contains("card 2"), "{e}");
        assert!(e.contains("unknown field `bakc`"), "{e}");
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let e = err("{\n  \"format\": \"recall-deck/1\",\n  \"name\": \"T\" \"cards\": []\n}");
        assert!(e.starts_with("d.json:3:"), "{e}");
    }

    #[test]
    fn validation_errors() {
        let deck = |cards: &str| {
            format!("{{\"format\":\"recall-deck/1\",\"name\":\"T\",\"cards\":[{cards}]}}")
        };
        assert!(err(&deck(r#"{"front":" ","back":"b"}"#)).contains("card 1: the front is empty"));
        assert!(err(&deck(r#"{"front":"f"}"#)).contains("the back is empty"));
        assert!(err(&deck(
            r#"{"id":"x","front":"f","back":"b"},{"id":"x","front":"g","back":"b"}"#
        ))
        .contains("card 2 (id \"x\"): id \"x\" is already used by card 1"));
        assert!(
            err(&deck(r#"{"front":"f","choices":["a","b"],"answer":2}"#))
                .contains("\"answer\" is 2, but there are only 2 choices")
        );
        assert!(err(&deck(r#"{"front":"f","choices":["a","b"]}"#)).contains("no \"answer\""));
        assert!(
            err(r#"{"format":"anki","name":"T","cards":[]}"#).contains("\"format\" is \"anki\"")
        );
        assert!(
            err(r#"{"format":"recall-deck/1","name":" ","cards":[]}"#).contains("empty \"name\"")
        );
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
