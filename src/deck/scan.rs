//! A fast way through a well-formed deck file: the text of its top-level
//! fields and of each card, found without building any value. Strings are
//! skipped eight bytes at a time, which makes this quicker than letting
//! serde_json check the whole file (300 M instructions for 100,000 cards).
//!
//! It only finds boundaries. Anything it does not expect gives `None`, and
//! the caller parses the file with serde_json instead, which says what is
//! wrong and where. What it returns is parsed by serde_json afterwards, so
//! a slice that is not exactly one JSON value is still an error.

/// The parts of a deck file, as slices of its text.
#[derive(Debug, PartialEq)]
pub struct Parts<'a> {
    pub format: &'a str,
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub cards: Vec<&'a str>,
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Scanner<'a> {
    fn ws(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> Option<()> {
        (self.peek()? == c).then(|| self.i += 1)
    }

    /// Skips a string, at its opening quote.
    fn string(&mut self) -> Option<()> {
        self.eat(b'"')?;
        loop {
            self.i = quote_or_backslash(self.b, self.i)?;
            if self.b[self.i] == b'"' {
                self.i += 1;
                return Some(());
            }
            // a backslash and the character it escapes
            self.i += 2;
        }
    }

    /// A key without escapes (any other is not one of ours).
    fn key(&mut self) -> Option<&'a [u8]> {
        self.eat(b'"')?;
        let start = self.i;
        self.i = quote_or_backslash(self.b, start)?;
        let key = &self.b[start..self.i];
        self.eat(b'"')?;
        Some(key)
    }

    /// Skips one value: a string, an object or array (to its matching
    /// close), or a number or literal.
    fn value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string(),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => self.string()?,
                        b'{' | b'[' => {
                            depth += 1;
                            self.i += 1;
                        }
                        b'}' | b']' => {
                            depth -= 1;
                            self.i += 1;
                            if depth == 0 {
                                return Some(());
                            }
                        }
                        _ => self.i += 1,
                    }
                }
            }
            _ => {
                let start = self.i;
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.i += 1;
                }
                (self.i > start).then_some(())
            }
        }
    }
}

/// Where the first `"` or `\\` at or after `from` is. Eight bytes at a
/// time: strings in a deck are mostly short, where `memchr`'s set-up costs
/// more than it saves.
fn quote_or_backslash(b: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // A byte of `q` or `s` is zero where `w` has the byte looked for;
        // the lowest flagged byte is always a true match.
        let (q, s) = (w ^ (ONES * u64::from(b'"')), w ^ (ONES * u64::from(b'\\')));
        let found = (q.wrapping_sub(ONES) & !q | s.wrapping_sub(ONES) & !s) & HIGH;
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    (i..b.len()).find(|&k| matches!(b[k], b'"' | b'\\'))
}

/// The parts of `text`, a deck file, or `None` if it is not the plain,
/// well-formed file this expects.
pub fn split(text: &str) -> Option<Parts<'_>> {
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
    };
    let (mut format, mut name, mut description, mut cards) = (None, None, None, None);
    s.ws();
    s.eat(b'{')?;
    loop {
        s.ws();
        let key = s.key()?;
        s.ws();
        s.eat(b':')?;
        s.ws();
        let start = s.i;
        let slot = match key {
            b"format" => &mut format,
            b"name" => &mut name,
            b"description" => &mut description,
            b"cards" => {
                if cards.is_some() {
                    return None;
                }
                cards = Some(card_slices(&mut s, text)?);
                s.ws();
                if s.eat(b',').is_none() {
                    s.eat(b'}')?;
                    break;
                }
                continue;
            }
            _ => return None,
        };
        s.value()?;
        if slot.replace(&text[start..s.i]).is_some() {
            return None;
        }
        s.ws();
        if s.eat(b',').is_none() {
            s.eat(b'}')?;
            break;
        }
    }
    s.ws();
    if s.i != text.len() {
        return None;
    }
    Some(Parts {
        format: format?,
        name: name?,
        description,
        cards: cards?,
    })
}

/// The text of each element of the array at the scanner.
fn card_slices<'a>(s: &mut Scanner<'_>, text: &'a str) -> Option<Vec<&'a str>> {
    s.eat(b'[')?;
    s.ws();
    let mut cards = Vec::new();
    if s.eat(b']').is_some() {
        return Some(cards);
    }
    loop {
        let start = s.i;
        s.value()?;
        cards.push(&text[start..s.i]);
        s.ws();
        if s.eat(b',').is_none() {
            s.eat(b']')?;
            return Some(cards);
        }
        s.ws();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn finds_the_fields_and_each_card() {
        let text = " {\"format\": \"f\", \"cards\": [ {\"front\": \"a \\\" } ] {\", \"tags\": [\"x\"]} ,\n{}],\r\n \"name\":\"n\"} \n";
        let parts = split(text).unwrap();
        assert_eq!(parts.format, "\"f\"");
        assert_eq!(parts.name, "\"n\"");
        assert_eq!(parts.description, None);
        assert_eq!(
            parts.cards,
            vec!["{\"front\": \"a \\\" } ] {\", \"tags\": [\"x\"]}", "{}"]
        );
        assert_eq!(
            split("{\"format\":1,\"name\":null,\"cards\":[]}")
                .unwrap()
                .cards
                .len(),
            0
        );
    }

    #[test]
    fn finds_quotes_and_backslashes_anywhere_in_a_word() {
        for len in 0..20 {
            for at in 0..len {
                for c in [b'"', b'\\'] {
                    let mut b = vec![b'a'; len];
                    b[at] = c;
                    // a later match must not hide the first
                    if at + 1 < len {
                        b[len - 1] = b'"';
                    }
                    assert_eq!(quote_or_backslash(&b, 0), Some(at));
                    assert_eq!(quote_or_backslash(&b, at), Some(at));
                }
            }
            assert_eq!(quote_or_backslash(&vec![0x22 ^ 0x80; len], 0), None);
            assert_eq!(quote_or_backslash(&vec![b'!'; len], 0), None);
        }
    }

    #[test]
    fn leaves_anything_unexpected_to_serde() {
        for bad in [
            "",
            "[]",
            "{\"format\":\"f\",\"name\":\"n\"}", // no cards
            "{\"format\":\"f\",\"name\":\"n\",\"cards\":[{}]} x", // trailing text
            "{\"format\":\"f\",\"name\":\"n\",\"cards\":[{} {}]}", // no comma
            "{\"format\":\"f\",\"name\":\"n\",\"cards\":[{},]}", // trailing comma
            "{\"format\":\"f\",\"name\":\"n\",\"cards\":[{\"a\":\"b}]}", // open string
            "{\"format\":\"f\",\"name\":\"n\",\"name\":\"m\",\"cards\":[]}", // twice
            "{\"format\":\"f\",\"name\":\"n\",\"hint\":1,\"cards\":[]}", // unknown
            "{\"form\\u0061t\":\"f\",\"name\":\"n\",\"cards\":[]}", // escaped key
            "{\"format\":\"f\",\"name\":\"n\",\"cards\":[{\"a\":[1,2}", // cut short
        ] {
            assert_eq!(split(bad), None, "{bad}");
        }
    }

    /// Text with the characters that matter to a scanner: quotes,
    /// backslashes, brackets, commas, non-ASCII.
    fn tricky() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("\"".to_string()),
                Just("\\".to_string()),
                Just("{".to_string()),
                Just("]".to_string()),
                Just(",".to_string()),
                Just("é".to_string()),
                Just("\n".to_string()),
                "[a-z ]{0,6}",
            ],
            0..8,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        /// For any deck serde_json writes, the slices are exactly the
        /// values serde_json reads.
        #[test]
        fn agrees_with_serde_json(
            name in tricky(),
            description in proptest::option::of(tricky()),
            cards in proptest::collection::vec((tricky(), tricky(), proptest::collection::vec(tricky(), 0..3)), 0..6),
            pretty in any::<bool>(),
        ) {
            let mut deck = serde_json::json!({
                "format": "recall-deck/1",
                "name": name,
                "cards": cards.iter().map(|(f, b, t)| serde_json::json!({"front": f, "back": b, "tags": t})).collect::<Vec<_>>(),
            });
            if let Some(d) = &description {
                deck["description"] = serde_json::json!(d);
            }
            let text = if pretty { serde_json::to_string_pretty(&deck).unwrap() } else { deck.to_string() };
            let parts = split(&text).expect("well-formed");
            prop_assert_eq!(serde_json::from_str::<String>(parts.name).unwrap(), name);
            prop_assert_eq!(parts.description.map(|d| serde_json::from_str::<String>(d).unwrap()), description);
            prop_assert_eq!(parts.cards.len(), cards.len());
            for (slice, value) in parts.cards.iter().zip(deck["cards"].as_array().unwrap()) {
                prop_assert_eq!(&serde_json::from_str::<serde_json::Value>(slice).unwrap(), value);
            }
        }
    }
}
