//! Reading a native deck file as a stream: its fields and then each card,
//! parsed and validated one at a time and handed on as it is read, so that
//! an import of a million cards never holds them all. Errors give the line
//! and column, and the card.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::io::{BufRead, BufReader, Read};

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::validate::{deck_description, deck_name, repeated_id, validate_card};
use super::{Card, CardSpec, Deck, FORMAT};
use crate::error::{Error, Result};

/// What a deck file yields, in order: its header, then its cards.
#[derive(Debug)]
pub enum Item {
    Header {
        name: String,
        description: Option<String>,
    },
    Card(Box<Card>),
}

/// Parses and validates a native deck held in memory (the bundled decks,
/// tests), refusing repeated ids.
pub fn parse(origin: &str, text: &str) -> Result<Deck> {
    let mut deck = Deck {
        name: String::new(),
        description: None,
        cards: Vec::new(),
    };
    let mut first: HashMap<String, usize> = HashMap::new();
    read(
        origin,
        text.as_bytes(),
        Some(text.len() as u64),
        &mut |item| {
            match item {
                Item::Header { name, description } => {
                    (deck.name, deck.description) = (name, description)
                }
                Item::Card(card) => {
                    if let Some(&j) = first.get(&card.key) {
                        return Err(repeated_id(origin, card.origin + 1, &card.key, j + 1));
                    }
                    first.insert(card.key.clone(), card.origin);
                    deck.cards.push(*card);
                }
            }
            Ok(())
        },
    )?;
    Ok(deck)
}

/// Deck files up to this size are read whole and parsed from memory, which
/// is several times faster; larger ones are parsed as they are read, so
/// that an import's memory stays bounded however large the deck.
const IN_MEMORY: u64 = 32 << 20;

/// Reads a native deck from `reader`, handing `sink` the header and then
/// each card as it is read. `size`, when known, says whether to read it
/// whole or as a stream. An error from `sink` stops the reading and is
/// returned as it is.
pub fn read(
    origin: &str,
    reader: impl Read,
    size: Option<u64>,
    sink: &mut dyn FnMut(Item) -> Result<()>,
) -> Result<()> {
    read_in_memory_up_to(origin, reader, size, sink, IN_MEMORY)
}

fn read_in_memory_up_to(
    origin: &str,
    mut reader: impl Read,
    size: Option<u64>,
    sink: &mut dyn FnMut(Item) -> Result<()>,
    in_memory: u64,
) -> Result<()> {
    let failed = |e| Error::read(std::path::Path::new(origin), e);
    // What is known to be too large is not read into memory at all.
    let limit = match size {
        Some(n) if n >= in_memory => 0,
        _ => in_memory,
    };
    let mut head = Vec::new();
    (&mut reader)
        .take(limit)
        .read_to_end(&mut head)
        .map_err(failed)?;
    let state = RefCell::new(State::default());
    let top = DeckVisitor {
        origin,
        sink,
        state: &state,
    };
    let done = if (head.len() as u64) < limit {
        starts_like_a_deck(origin, &head)?;
        parse_with(&mut serde_json::Deserializer::from_slice(&head), top)
    } else {
        let mut rest = BufReader::with_capacity(1 << 16, std::io::Cursor::new(head).chain(reader));
        starts_like_a_deck(origin, rest.fill_buf().map_err(failed)?)?;
        parse_with(&mut serde_json::Deserializer::from_reader(rest), top)
    };
    let mut state = state.into_inner();
    match done {
        Ok(()) => Ok(()),
        Err(e) => Err(state
            .error
            .take()
            .unwrap_or_else(|| json_error(origin, &e, state.card))),
    }
}

fn parse_with<'de, R: serde_json::de::Read<'de>>(
    de: &mut serde_json::Deserializer<R>,
    top: DeckVisitor,
) -> serde_json::Result<()> {
    de.deserialize_map(top).and_then(|()| de.end())
}

/// Refuses at once a file that is not a JSON object, with a hint.
fn starts_like_a_deck(origin: &str, head: &[u8]) -> Result<()> {
    let head = head.strip_prefix("\u{feff}".as_bytes()).unwrap_or(head);
    match head.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') | None => Ok(()),
        _ => Err(Error::input(
            origin,
            "this is not a recall deck (a JSON object starting with '{'); study notes go in .md or .txt files, or pass --format notes",
        )),
    }
}

/// A serde error as recall says it: line, column, the card, what to do.
fn json_error(origin: &str, e: &serde_json::Error, card: Option<usize>) -> Error {
    let text = e.to_string();
    let text = match text.rfind(" at line ") {
        Some(i) => &text[..i],
        None => &text,
    };
    let (what, fix) = if text.starts_with("invalid unicode code point") {
        (
            "the file is not UTF-8 text here".to_string(),
            "save it as UTF-8",
        )
    } else {
        (crate::render::excerpt(text, 200), "fix the deck file")
    };
    let message = match card {
        Some(i) => format!("card {}: {what} — {fix} and import again", i + 1),
        None => format!("{what} — {fix} and import again"),
    };
    Error::Input {
        path: origin.to_string(),
        line: Some(e.line()),
        column: Some(e.column()),
        message,
    }
}

#[derive(Default)]
struct State {
    /// Our own error, which stopped the parse (serde then only says "stop").
    error: Option<Error>,
    /// The card being read (from 0), while inside `cards`.
    card: Option<usize>,
    name: Option<String>,
    description: Option<String>,
    header_sent: bool,
    /// Cards read before the deck's name (rare): handed on after it.
    waiting: Vec<Card>,
}

struct DeckVisitor<'a> {
    origin: &'a str,
    sink: &'a mut dyn FnMut(Item) -> Result<()>,
    state: &'a RefCell<State>,
}

impl DeckVisitor<'_> {
    /// Stops the parse with our own error.
    fn fail<E: de::Error>(&self, e: Error) -> E {
        self.state.borrow_mut().error = Some(e);
        E::custom("stopped")
    }

    /// Sends the header once the name is known, then any waiting cards.
    fn send_header(&mut self) -> Result<()> {
        let mut state = self.state.borrow_mut();
        if state.header_sent {
            return Ok(());
        }
        let Some(name) = state.name.take() else {
            return Ok(());
        };
        state.header_sent = true;
        let (description, waiting) = (state.description.take(), std::mem::take(&mut state.waiting));
        drop(state);
        (self.sink)(Item::Header { name, description })?;
        waiting
            .into_iter()
            .try_for_each(|c| (self.sink)(Item::Card(Box::new(c))))
    }

    /// Validates card `i` and hands it on (or keeps it until the header).
    fn card(&mut self, i: usize, spec: CardSpec) -> Result<()> {
        let mut cards = Vec::with_capacity(2);
        validate_card(self.origin, i, spec, &mut cards)?;
        for card in cards {
            if self.state.borrow().header_sent {
                (self.sink)(Item::Card(Box::new(card)))?;
            } else {
                self.state.borrow_mut().waiting.push(card);
            }
        }
        Ok(())
    }

    fn field<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<(), A::Error> {
        match key {
            "format" => {
                let format: String = map.next_value()?;
                if format != FORMAT {
                    return Err(self.fail(Error::input(self.origin, format!(
                        "\"format\" is \"{}\", but recall reads \"{FORMAT}\" — set \"format\": \"{FORMAT}\"",
                        crate::render::excerpt(&format, 40)
                    ))));
                }
            }
            "name" => {
                let name: String = map.next_value()?;
                let name = deck_name(self.origin, &name).map_err(|e| self.fail(e))?;
                self.state.borrow_mut().name = Some(name);
            }
            "description" => {
                let d: Option<String> = map.next_value()?;
                self.state.borrow_mut().description = deck_description(d);
            }
            "cards" => {
                self.send_header().map_err(|e| self.fail(e))?;
                map.next_value_seed(Cards(self))?;
                self.state.borrow_mut().card = None;
            }
            other => {
                map.next_value::<IgnoredAny>()?;
                return Err(self.fail(Error::input(self.origin, format!(
                    "unknown field `{}`; a deck has format, name, description and cards — fix the deck file and import again",
                    crate::render::excerpt(other, 40)
                ))));
            }
        }
        Ok(())
    }
}

impl<'de> Visitor<'de> for DeckVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a recall deck: an object with format, name and cards")
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        let mut seen = [false; 2];
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => seen[0] = true,
                "cards" => seen[1] = true,
                _ => {}
            }
            self.field(&key, &mut map)?;
        }
        for (present, field) in seen.into_iter().zip(["format", "cards"]) {
            if !present {
                return Err(self.fail(Error::input(
                    self.origin,
                    format!("the deck has no \"{field}\" — a deck has format, name and cards"),
                )));
            }
        }
        if self.state.borrow().name.is_none() && !self.state.borrow().header_sent {
            return Err(self.fail(Error::input(
                self.origin,
                "the deck has no \"name\" — give the deck a name",
            )));
        }
        self.send_header().map_err(|e| self.fail(e))
    }
}

/// The `cards` array, read one card at a time.
struct Cards<'v, 'a>(&'v mut DeckVisitor<'a>);

impl<'de> DeserializeSeed<'de> for Cards<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Cards<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of cards")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let visitor = self.0;
        for i in 0.. {
            visitor.state.borrow_mut().card = Some(i);
            let Some(spec) = seq.next_element::<CardSpec>()? else {
                break;
            };
            visitor.card(i, spec).map_err(|e| visitor.fail(e))?;
        }
        Ok(())
    }
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

    fn err(text: &str) -> String {
        let e = parse("d.json", text).unwrap_err();
        assert_eq!(e.exit_code(), 65);
        e.to_string()
    }

    fn deck(cards: &str) -> String {
        format!("{{\"format\":\"recall-deck/1\",\"name\":\"T\",\"cards\":[{cards}]}}")
    }

    #[test]
    fn parses_and_expands_reverse() {
        let d = parse("t.json", GOOD).unwrap();
        assert_eq!(d.name, "Test");
        let keys: Vec<_> = d.cards.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys[0], "a");
        assert!(keys[1].starts_with('h'));
        assert_eq!(keys[2], format!("{}:reverse", keys[1]));
        assert_eq!(
            (d.cards[2].front.as_str(), d.cards[2].back.as_str()),
            ("A2", "Q2?")
        );
        assert_eq!(d.cards[3].back, "y");
    }

    #[test]
    fn errors_give_line_column_and_card() {
        assert_eq!(
            err("{\"format\":\"recall-deck/1\",\"name\":\"T\",\"cards\":[\n {\"front\":\"a\",\"back\":\"b\"},\n {\"front\":\"a2\",\"bakc\":\"b\"}]}"),
            "d.json:3:21: card 2: unknown field `bakc`, expected one of `id`, `front`, `back`, `explanation`, `tags`, `source`, `choices`, `answer`, `reverse`, `schedule`, `history` — fix the deck file and import again"
        );
        assert_eq!(
            err("{\n  \"format\": \"recall-deck/1\",\n  \"name\": \"T\" \"cards\": []\n}"),
            "d.json:3:15: expected `,` or `}` — fix the deck file and import again"
        );
        assert_eq!(
            err(&deck(r#"{"front":" ","back":"b"}"#)),
            "d.json: card 1: the front is empty — write the question in \"front\""
        );
        assert_eq!(
            err(&deck(
                r#"{"id":"x","front":"f","back":"b"},{"id":"x","front":"g","back":"b"}"#
            )),
            "d.json: card 2: id \"x\" is already used by card 1 — give each card its own id"
        );
        assert_eq!(
            err(r#"{"format":"anki","name":"T","cards":[]}"#),
            "d.json: \"format\" is \"anki\", but recall reads \"recall-deck/1\" — set \"format\": \"recall-deck/1\""
        );
        assert_eq!(
            err(r#"{"format":"recall-deck/1","name":" ","cards":[]}"#),
            "d.json: the deck has an empty \"name\" — give the deck a name"
        );
        assert_eq!(
            err("front,back\nQ,A\n"),
            "d.json: this is not a recall deck (a JSON object starting with '{'); study notes go in .md or .txt files, or pass --format notes"
        );
        assert_eq!(
            err(r#"{"format":"recall-deck/1","name":"T","cards":[],"colour":1}"#),
            "d.json: unknown field `colour`; a deck has format, name, description and cards — fix the deck file and import again"
        );
        assert_eq!(
            err(r#"{"format":"recall-deck/1","cards":[]}"#),
            "d.json: the deck has no \"name\" — give the deck a name"
        );
    }

    #[test]
    fn a_latin1_byte_is_named_with_its_place() {
        let mut bytes = deck(r#"{"front":"caf?","back":"b"}"#).into_bytes();
        let at = bytes.iter().position(|&b| b == b'?').unwrap();
        bytes[at] = 0xe9;
        let mut got = Vec::new();
        let e = read("d.json", &bytes[..], None, &mut |i| {
            got.push(format!("{i:?}"));
            Ok(())
        })
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("d.json:1:{}: card 1: the file is not UTF-8 text here — save it as UTF-8 and import again", at + 1)
        );
    }

    #[test]
    fn a_deck_read_as_a_stream_gives_the_same_cards_and_errors() {
        let text = deck(
            r#"{"id":"a","front":"Q","back":"A"},{"id":"b","front":"R","back":"B","reverse":true}"#,
        );
        // streamed: unknown size past the limit, or a size known to be past it
        let keys = |size: Option<u64>, limit: u64| {
            let mut keys = Vec::new();
            read_in_memory_up_to(
                "d.json",
                text.as_bytes(),
                size,
                &mut |i| {
                    if let Item::Card(c) = i {
                        keys.push(c.key);
                    }
                    Ok(())
                },
                limit,
            )
            .unwrap();
            keys
        };
        let whole = keys(None, IN_MEMORY);
        assert_eq!(whole, ["a", "b", "b:reverse"]);
        assert_eq!(keys(None, 16), whole);
        assert_eq!(keys(Some(text.len() as u64), 16), whole);
        let bad = "{\"format\":\"recall-deck/1\",\"name\":\"T\",\"cards\":[\n {\"front\":\"a2\",\"bakc\":\"b\"}]}";
        let e =
            read_in_memory_up_to("d.json", bad.as_bytes(), None, &mut |_| Ok(()), 16).unwrap_err();
        assert!(e.to_string().starts_with("d.json:2:"), "{e}");
        assert!(
            e.to_string().contains("card 1: unknown field `bakc`"),
            "{e}"
        );
    }

    #[test]
    fn the_header_comes_first_even_when_the_name_comes_last() {
        let text = r#"{"cards":[{"front":"Q","back":"A"}],"description":"d","format":"recall-deck/1","name":"Late"}"#;
        let mut items = Vec::new();
        read("d.json", text.as_bytes(), None, &mut |i| {
            items.push(i);
            Ok(())
        })
        .unwrap();
        assert!(
            matches!(&items[0], Item::Header { name, description } if name == "Late" && description.as_deref() == Some("d"))
        );
        assert!(matches!(&items[1], Item::Card(c) if c.front == "Q"));
    }

    #[test]
    fn a_sink_error_stops_the_reading() {
        let text = deck(&[r#"{"front":"Q","back":"A"}"#; 10].join(","));
        let mut cards = 0;
        let e = read("d.json", text.as_bytes(), None, &mut |i| {
            if matches!(i, Item::Card(_)) {
                cards += 1;
                if cards == 3 {
                    return Err(Error::Invalid("enough".into()));
                }
            }
            Ok(())
        })
        .unwrap_err();
        assert_eq!(e.to_string(), "enough");
        assert_eq!(cards, 3);
    }
}
