//! The native deck format (`recall-deck/1`, JSON): parsing with exact error
//! positions, validation, and deterministic writing.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::error::{Error, Result};
use crate::hash::{hash_str as hash_key, Prehashed};

pub mod anki_text;
pub mod guid;
pub mod history;
mod scan;

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

/// A deck file with its cards left unparsed, to be read one by one.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeckHead<'a> {
    format: String,
    name: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(borrow)]
    cards: Vec<&'a RawValue>,
}

/// The same, its fields unchecked, to find the card an error is in.
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
    let mut reader = DeckReader::new(origin, text)?;
    let mut cards = Vec::with_capacity(reader.len());
    while reader.next_batch(&mut cards, usize::MAX)? {}
    Ok(Deck {
        name: reader.name,
        description: reader.description,
        cards,
    })
}

/// A native deck file read as far as its deck: the file is split into its
/// cards and its own fields are checked, but the cards are parsed and
/// validated in batches as they are taken, so that an import can store the
/// first while the rest are read.
pub struct DeckReader<'a> {
    origin: &'a str,
    text: &'a str,
    pub name: String,
    pub description: Option<String>,
    /// Each card's text, a slice of `text`.
    raw: Vec<&'a str>,
    /// The next card of `raw` to read.
    next: usize,
    /// The card keys read so far.
    keys: KeySet,
}

impl<'a> DeckReader<'a> {
    pub fn new(origin: &'a str, text: &'a str) -> Result<DeckReader<'a>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if !text.trim_start().starts_with('{') {
            let (line, col) = line_col(text, text.len() - text.trim_start().len());
            return Err(Error::input(format!(
                "{origin}:{line}:{col}: this is not a recall deck (a JSON object starting with '{{'); study notes go in .md or .txt files, or pass --format notes"
            )));
        }
        let head = read_head(origin, text)?;
        if head.format != FORMAT {
            return Err(Error::input(format!(
                "{origin}: \"format\" is \"{}\", but recall reads \"{FORMAT}\" — set \"format\": \"{FORMAT}\"",
                head.format
            )));
        }
        let keys = KeySet {
            first: HashMap::with_capacity_and_hasher(head.cards.len(), Default::default()),
            collided: HashMap::new(),
        };
        Ok(DeckReader {
            origin,
            text,
            name: deck_name(origin, &head.name)?,
            description: deck_description(head.description),
            raw: head.cards,
            next: 0,
            keys,
        })
    }

    /// How many cards the file has (reverse cards not counted).
    pub fn len(&self) -> usize {
        self.raw.len()
    }

    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }

    /// Parses and validates up to `max` more cards of the file, in order,
    /// appending them (and their reverse cards) to `out`; says whether any
    /// are left. The first error (a bad card, a repeated id) is returned.
    pub fn next_batch(&mut self, out: &mut Vec<Card>, max: usize) -> Result<bool> {
        let end = self.raw.len().min(self.next.saturating_add(max));
        while self.next < end {
            let i = self.next;
            self.next += 1;
            let first = out.len();
            read_card(self.origin, self.text, &self.raw, i, out)?;
            for k in first..out.len() {
                let (origin, text, raw) = (self.origin, self.text, &self.raw);
                let keys_of = |j: usize| {
                    let mut again = Vec::with_capacity(2);
                    match read_card(origin, text, raw, j, &mut again) {
                        Ok(()) => again.into_iter().map(|c| c.key).collect(),
                        Err(_) => Vec::new(),
                    }
                };
                if let Some(j) = self.keys.repeat(&out[k].key, i, keys_of) {
                    let e = duplicate_error(self.origin, &out[k], j);
                    out.truncate(first);
                    return Err(e);
                }
            }
        }
        Ok(self.next < self.raw.len())
    }

    /// The deck's cards, read on a thread of `scope` a batch or more ahead
    /// of the caller, so that reading and storing them share the cores. An
    /// error ends them; dropping the iterator stops the reading.
    ///
    /// Each card goes through `prepare` on that thread too, so that the
    /// caller receives cards ready to store.
    pub fn cards_in_background<'scope, 'env, T: Send + 'scope>(
        mut self,
        scope: &'scope std::thread::Scope<'scope, 'env>,
        prepare: fn(Card) -> T,
    ) -> impl Iterator<Item = Result<T>> + 'scope
    where
        'a: 'scope,
    {
        const BATCH: usize = 1024;
        let (tx, rx) = std::sync::mpsc::sync_channel::<Result<Vec<T>>>(4);
        scope.spawn(move || loop {
            let mut batch = Vec::with_capacity(BATCH + BATCH / 4);
            let read = self.next_batch(&mut batch, BATCH);
            let batch: Vec<T> = batch.into_iter().map(prepare).collect();
            let (more, sent) = match read {
                Ok(more) => (more, tx.send(Ok(batch))),
                // The cards before the bad one, then the error.
                Err(e) => (false, tx.send(Ok(batch)).and_then(|()| tx.send(Err(e)))),
            };
            // A closed channel: the import stopped, so stop reading.
            if !more || sent.is_err() {
                return;
            }
        });
        Batches {
            rx,
            current: Vec::new().into_iter(),
            failed: false,
        }
    }
}

/// Parses and validates card `i` (from 0) of a deck file, whose cards are
/// the slices `raw` of `text`, appending it to `out`.
fn read_card(origin: &str, text: &str, raw: &[&str], i: usize, out: &mut Vec<Card>) -> Result<()> {
    let card = raw[i];
    let spec: CardSpec =
        serde_json::from_str(card).map_err(|e| card_parse_error(origin, text, i, card, &e))?;
    validate_card(origin, i, spec, out)
}

/// Cards arriving in batches from a reading thread.
struct Batches<T> {
    rx: std::sync::mpsc::Receiver<Result<Vec<T>>>,
    current: std::vec::IntoIter<T>,
    failed: bool,
}

impl<T> Iterator for Batches<T> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Result<T>> {
        loop {
            if let Some(card) = self.current.next() {
                return Some(Ok(card));
            }
            if self.failed {
                return None;
            }
            match self.rx.recv().ok()? {
                Ok(batch) => self.current = batch.into_iter(),
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        }
    }
}

/// A deck file's fields, its cards left as text: found by the fast scanner
/// when the file is plain and well-formed, else by serde_json, whose errors
/// say where the file is wrong.
struct Head<'a> {
    format: String,
    name: String,
    description: Option<String>,
    cards: Vec<&'a str>,
}

fn read_head<'a>(origin: &str, text: &'a str) -> Result<Head<'a>> {
    let fast = scan::split(text).and_then(|p| {
        Some(Head {
            format: serde_json::from_str(p.format).ok()?,
            name: serde_json::from_str(p.name).ok()?,
            description: match p.description {
                Some(d) => serde_json::from_str(d).ok()?,
                None => None,
            },
            cards: p.cards,
        })
    });
    if let Some(head) = fast {
        return Ok(head);
    }
    let head: DeckHead = serde_json::from_str(text).map_err(|e| locate_error(origin, text, e))?;
    Ok(Head {
        format: head.format,
        name: head.name,
        description: head.description,
        cards: head.cards.into_iter().map(RawValue::get).collect(),
    })
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
            return card_parse_error(origin, text, i, card.get(), &e);
        }
    }
    at_top()
}

/// The error of card `i` (from 0), a slice of `text`, that did not parse,
/// with its line and column in the file.
fn card_parse_error(
    origin: &str,
    text: &str,
    i: usize,
    card: &str,
    e: &serde_json::Error,
) -> Error {
    let start = card.as_ptr() as usize - text.as_ptr() as usize;
    let inner = line_col(card, offset_of(card, e.line(), e.column()));
    let (l0, c0) = line_col(text, start);
    let (line, col) = if inner.0 == 1 {
        (l0, c0 + inner.1 - 1)
    } else {
        (l0 + inner.0 - 1, inner.1)
    };
    Error::input(format!(
        "{origin}:{line}:{col}: card {} : {} — fix the card and import again",
        i + 1,
        strip_serde_position(&e.to_string())
    ))
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
    let name = deck_name(origin, &file.name)?;
    let mut cards = Vec::with_capacity(file.cards.len() + file.cards.len() / 8);
    let mut keys = KeySet::default();
    for (i, spec) in file.cards.into_iter().enumerate() {
        let first = cards.len();
        validate_card(origin, i, spec, &mut cards)?;
        for card in &cards[first..] {
            let keys_of = |j: usize| {
                cards
                    .iter()
                    .filter(|c| c.origin == j)
                    .map(|c| c.key.clone())
                    .collect()
            };
            if let Some(j) = keys.repeat(&card.key, i, keys_of) {
                return Err(duplicate_error(origin, card, j));
            }
        }
    }
    Ok(Deck {
        name,
        description: deck_description(file.description),
        cards,
    })
}

fn deck_name(origin: &str, name: &str) -> Result<String> {
    let name = clean_line(name);
    if name.is_empty() {
        return Err(Error::input(format!(
            "{origin}: the deck has an empty \"name\" — give the deck a name"
        )));
    }
    Ok(name)
}

fn deck_description(description: Option<String>) -> Option<String> {
    description.map(trimmed).filter(|d| !d.is_empty())
}

/// `str::trim`, at once for the usual text that starts and ends with a
/// visible ASCII character.
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// `s` without surrounding whitespace, reusing its buffer when it has none.
fn trimmed(s: String) -> String {
    if trim(&s).len() == s.len() {
        s
    } else {
        trim(&s).to_string()
    }
}

/// An error in card `i` (from 0) of a deck file.
fn card_error(origin: &str, i: usize, id: Option<&str>, msg: &str) -> Error {
    Error::input(format!(
        "{origin}: card {}{}: {msg}",
        i + 1,
        id.map(|id| format!(" (id \"{id}\")")).unwrap_or_default()
    ))
}

/// Checks card `i` (from 0) of a deck file and appends what it becomes (the
/// card, and its reverse if asked for) to `out`. Repeated ids are the
/// caller's to check, with a `KeySet`.
fn validate_card(origin: &str, i: usize, spec: CardSpec, out: &mut Vec<Card>) -> Result<()> {
    let at = |msg: &str| card_error(origin, i, spec.id.as_deref(), msg);
    if trim(&spec.front).is_empty() {
        return Err(at("the front is empty — write the question in \"front\""));
    }
    let back = match (spec.back, &spec.choices, spec.answer) {
        (back, Some(choices), Some(answer)) => {
            if choices.len() < 2 {
                return Err(at("a multiple-choice card needs at least two \"choices\""));
            }
            if choices.iter().any(|c| trim(c).is_empty()) {
                return Err(at("one of the \"choices\" is empty — remove it or write it"));
            }
            let Some(right) = choices.get(answer) else {
                return Err(at(&format!(
                    "\"answer\" is {answer}, but there are only {} choices (the first is 0) — point \"answer\" at the right choice",
                    choices.len()
                )));
            };
            match back {
                Some(b) if !trim(&b).is_empty() => trimmed(b),
                _ => trim(right).to_string(),
            }
        }
        (_, Some(_), None) => {
            return Err(at("the card has \"choices\" but no \"answer\" — add \"answer\": the index of the right choice (from 0)"))
        }
        (_, None, Some(_)) => {
            return Err(at("the card has an \"answer\" index but no \"choices\" — add the choices or remove \"answer\""))
        }
        (Some(b), None, None) if !trim(&b).is_empty() => trimmed(b),
        _ => return Err(at("the back is empty — write the answer in \"back\"")),
    };
    let restore = match &spec.schedule {
        Some(schedule) => {
            Some(history::restore(schedule, &spec.history).map_err(|m| at(&m))?)
        }
        None if !spec.history.is_empty() => {
            return Err(at("the card has a \"history\" but no \"schedule\" — add the schedule the history led to, or remove the history"))
        }
        None => None,
    };
    if spec.reverse && restore.is_some() {
        return Err(at("a card with a \"schedule\" cannot be \"reverse\" — write the reverse card out with its own schedule"));
    }
    if spec.reverse && spec.choices.is_some() {
        return Err(at(
            "a multiple-choice card cannot be \"reverse\" — remove \"reverse\"",
        ));
    }
    for t in &spec.tags {
        let t = trim(t);
        if t.is_empty() || t.chars().any(char::is_whitespace) {
            return Err(at(&format!(
                "tag \"{t}\" is empty or has spaces — write tags as single words"
            )));
        }
    }
    // Tags are usually clean already: then they are kept as they are.
    let clean = spec
        .tags
        .iter()
        .enumerate()
        .all(|(k, t)| trim(t).len() == t.len() && !spec.tags[..k].contains(t));
    let tags = if clean {
        spec.tags
    } else {
        let mut tags: Vec<String> = Vec::with_capacity(spec.tags.len());
        for t in &spec.tags {
            let t = t.trim();
            if !tags.iter().any(|x| x == t) {
                tags.push(t.to_string());
            }
        }
        tags
    };
    let front = trimmed(spec.front);
    let key = match spec.id {
        Some(id) if trim(&id).is_empty() => {
            return Err(card_error(
                origin,
                i,
                Some(&id),
                "the \"id\" is empty — remove it or give the card an id",
            ))
        }
        Some(id) => trimmed(id),
        None => hashed_key(&front),
    };
    let card = Card {
        key,
        front,
        back,
        explanation: spec.explanation.map(trimmed).filter(|s| !s.is_empty()),
        tags,
        source: spec.source.filter(|s| !trim(s).is_empty()),
        choices: spec.choices,
        answer: spec.answer,
        restore,
        origin: i,
    };
    if spec.reverse {
        let reverse = Card {
            key: format!("{}:reverse", card.key),
            front: card.back.clone(),
            back: card.front.clone(),
            ..card.clone()
        };
        out.push(card);
        out.push(reverse);
    } else {
        out.push(card);
    }
    Ok(())
}

/// The card keys of a deck seen so far, by hash (the keys themselves go on
/// with their cards, which a streamed deck hands over as it reads them).
#[derive(Default)]
struct KeySet {
    /// The card (from 0) each hash was first seen in.
    first: HashMap<u64, usize, Prehashed>,
    /// Keys whose hash an earlier, different key has (rare), kept whole.
    collided: HashMap<String, usize>,
}

impl KeySet {
    /// Notes `key`, of card `i` of the file; if an earlier card has it,
    /// returns that card's number. `keys_of(j)` gives the keys of card `j`
    /// again, for when two keys meet under one hash.
    fn repeat(
        &mut self,
        key: &str,
        i: usize,
        keys_of: impl FnOnce(usize) -> Vec<String>,
    ) -> Option<usize> {
        let h = hash_key(key);
        match self.first.get(&h) {
            None => {
                self.first.insert(h, i);
                None
            }
            // (A card's reverse shares its card number, never its key.)
            Some(&j) if j != i && keys_of(j).iter().any(|k| k == key) => Some(j),
            Some(_) => match self.collided.get(key) {
                Some(&j) => Some(j),
                None => {
                    self.collided.insert(key.to_string(), i);
                    None
                }
            },
        }
    }
}

/// The error of `card`, whose key card `first` (from 0) already has.
fn duplicate_error(origin: &str, card: &Card, first: usize) -> Error {
    card_error(
        origin,
        card.origin,
        None,
        &format!(
            "id \"{}\" is already used by card {} — give each card its own id",
            card.key,
            first + 1
        ),
    )
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
    format!("h{:016x}", crate::hash::fnv1a64(normal.as_bytes()))
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
        .contains("card 2: id \"x\" is already used by card 1"));
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

    fn numbered(n: usize, id: impl Fn(usize) -> String) -> String {
        let cards: Vec<_> = (0..n)
            .map(|i| serde_json::json!({"id": id(i), "front": format!("Q{i}"), "back": "A"}))
            .collect();
        serde_json::json!({"format": FORMAT, "name": "N", "cards": cards}).to_string()
    }

    #[test]
    fn batches_give_every_card_in_order_and_find_late_duplicates() {
        let text = numbered(2500, |i| format!("k{i}"));
        let mut r = DeckReader::new("d.json", &text).unwrap();
        let mut cards = Vec::new();
        let mut batches = 0;
        while r.next_batch(&mut cards, 1000).unwrap() {
            batches += 1;
        }
        assert_eq!(batches, 2);
        assert_eq!(cards.len(), 2500);
        assert!(cards
            .iter()
            .enumerate()
            .all(|(i, c)| c.key == format!("k{i}")));
        // card 2001 repeats card 6's id: found in the third batch
        let text = numbered(2500, |i| {
            if i == 2000 {
                "k5".into()
            } else {
                format!("k{i}")
            }
        });
        let e = parse("d.json", &text).unwrap_err().to_string();
        assert!(
            e.contains("card 2001: id \"k5\" is already used by card 6"),
            "{e}"
        );
        // the same from the background reader
        let got: Vec<Result<String>> = std::thread::scope(|s| {
            DeckReader::new("d.json", &text)
                .unwrap()
                .cards_in_background(s, |c| c.key)
                .collect()
        });
        assert_eq!(got.len(), 2001);
        assert!(got[..2000].iter().all(Result::is_ok));
        // each card went through the preparation, in order
        assert_eq!(got[1999].as_ref().unwrap(), "k1999");
        assert!(got[2000]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("card 2001"));
    }

    #[test]
    fn keys_sharing_a_hash_are_still_told_apart() {
        let text = numbered(4, |i| ["a", "b", "b", "c"][i].to_string());
        let mut r = DeckReader::new("d.json", &text).unwrap();
        // Pretend "b" hashes like "a" (card 0): a different key, so no error,
        // until "b" comes again.
        r.keys.first.insert(hash_key("b"), 0);
        let mut cards = Vec::new();
        r.next_batch(&mut cards, 2).unwrap();
        assert_eq!(cards.len(), 2);
        let e = r.next_batch(&mut cards, 2).unwrap_err().to_string();
        assert!(
            e.contains("card 3: id \"b\" is already used by card 2"),
            "{e}"
        );
        // A card and its own reverse whose keys share a hash are no repeat.
        let text = r#"{"format":"recall-deck/1","name":"N","cards":[{"id":"a","front":"Q","back":"A","reverse":true}]}"#;
        let mut r = DeckReader::new("d.json", text).unwrap();
        r.keys.first.insert(hash_key("a:reverse"), 0);
        let mut cards = Vec::new();
        r.next_batch(&mut cards, 10).unwrap();
        assert_eq!(cards.len(), 2);
    }

    #[test]
    fn quick_trim_is_str_trim() {
        for t in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\u{a0}a",
            "a\u{3000}",
            "\ta b\n",
            "é",
            "ab",
            "a\u{2028}",
        ] {
            assert_eq!(trim(t), t.trim(), "{t:?}");
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
