//! Anki's text format (`.txt`, `.tsv`, `.csv`): one note per row, with the
//! `#separator:`, `#html:`, `#columns:`, `#deck:`, `#tags:` and
//! `#… column:` header lines Anki writes and reads. Also the conversion of
//! an Anki field's HTML to plain text, shared with the package reader.

use std::collections::HashMap;

use crate::deck::{self, CardSpec, Deck, DeckFile, FORMAT};
use crate::error::{Error, Result};
use crate::render::excerpt;

/// True when `text` looks like Anki text: header lines or tab-separated rows.
pub fn sniff(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    const HEADERS: &[&str] = &[
        "#separator:",
        "#html:",
        "#columns:",
        "#deck:",
        "#tags:",
        "#notetype:",
    ];
    HEADERS.iter().any(|h| first.to_lowercase().starts_with(h)) || first.contains('\t')
}

#[derive(Debug, Default)]
struct Header {
    separator: Option<u8>,
    html: bool,
    columns: Vec<String>,
    deck: Option<String>,
    tags: Vec<String>,
    deck_column: Option<usize>,
    tags_column: Option<usize>,
    guid_column: Option<usize>,
    notetype_column: Option<usize>,
}

fn separator(origin: &str, line: usize, value: &str) -> Result<u8> {
    let v = value.trim_end_matches(['\r', '\n']);
    let sep = match v.to_lowercase().as_str() {
        "tab" | "\t" => b'\t',
        "comma" | "," => b',',
        "semicolon" | ";" => b';',
        "space" | " " => b' ',
        "pipe" | "|" => b'|',
        "colon" | ":" => b':',
        other if other.len() == 1 && other.is_ascii() => other.as_bytes()[0],
        _ => {
            return Err(Error::Invalid(format!(
                "{origin}:{line}:12: '#separator:{}' is not a separator recall knows — use tab, comma, semicolon, space, pipe or colon",
                excerpt(v, 20)
            )))
        }
    };
    Ok(sep)
}

/// A `#… column:` value: a column number from 1, returned from 0.
fn column(origin: &str, line: usize, key: &str, v: &str) -> Result<usize> {
    v.trim()
        .parse::<usize>()
        .ok()
        .filter(|n| *n >= 1)
        .map(|n| n - 1)
        .ok_or_else(|| {
            Error::Invalid(format!(
                "{origin}:{line}: '#{key}:' takes a column number from 1, not '{}'",
                excerpt(v.trim(), 20)
            ))
        })
}

/// The most text a `#tags:` line may hold: it is copied to every row, so
/// a long one would make a file's cards grow with rows × tags.
const MAX_HEADER_TAGS: usize = 1024;

/// The most rows recall reads from one file: the file is read whole, and
/// a million notes is far more than any real deck.
const MAX_ROWS: usize = 1_000_000;

/// The tags of a `#tags:` line.
fn header_tags(origin: &str, line: usize, value: &str) -> Result<Vec<String>> {
    if value.len() > MAX_HEADER_TAGS {
        return Err(Error::Invalid(format!(
            "{origin}:{line}: the '#tags:' line is {} bytes long; it gives its tags to every row, and recall takes at most {MAX_HEADER_TAGS} bytes of them — put the tags in a tags column instead",
            value.len()
        )));
    }
    Ok(value.split_whitespace().map(String::from).collect())
}

/// Reads the header lines; returns them with the number of lines and bytes
/// they took.
fn header(origin: &str, text: &str) -> Result<(Header, usize, usize)> {
    let mut h = Header::default();
    let mut lines = 0;
    let mut bytes = 0;
    let mut columns_raw = None;
    for line in text.split_inclusive('\n') {
        let Some(rest) = line.strip_prefix('#') else {
            break;
        };
        lines += 1;
        bytes += line.len();
        let Some((key, value)) = rest.split_once(':') else {
            continue;
        };
        let value = value.trim_end_matches(['\r', '\n']);
        let key = key.trim().to_lowercase();
        let col = |v: &str| column(origin, lines, &key, v);
        match key.as_str() {
            "separator" => h.separator = Some(separator(origin, lines, value)?),
            "html" => h.html = value.trim().eq_ignore_ascii_case("true"),
            "columns" => columns_raw = Some(value.to_string()),
            "deck" => h.deck = Some(value.trim().to_string()).filter(|d| !d.is_empty()),
            "tags" => h.tags = header_tags(origin, lines, value)?,
            "deck column" => h.deck_column = Some(col(value)?),
            "tags column" => h.tags_column = Some(col(value)?),
            "guid column" => h.guid_column = Some(col(value)?),
            "notetype column" => h.notetype_column = Some(col(value)?),
            _ => {}
        }
    }
    if let Some(raw) = columns_raw {
        let sep = char::from(h.separator.unwrap_or(b'\t'));
        h.columns = raw.split(sep).map(|c| c.trim().to_string()).collect();
    }
    Ok((h, lines, bytes))
}

/// The media an Anki field held, each now a visible placeholder in its text
/// (`[image: map.png]`, `[sound: hello.mp3]`): a terminal shows neither.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Media {
    pub images: u64,
    pub sounds: u64,
}

/// Turns Anki's HTML field text into plain text.
pub fn html_to_text(s: &str) -> String {
    field_text(s, &mut Media::default())
}

/// Turns an Anki field (HTML, with Anki's `[sound:…]` tags) into plain
/// text: line-breaking tags become newlines, entities are decoded, other
/// tags are dropped, and images and sounds become placeholders, counted in
/// `media`.
pub fn field_text(s: &str, media: &mut Media) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    // Every slice below starts or ends at an ASCII byte ('<', '>', '&',
    // ';'), so it always falls on a character boundary.
    while let Some(i) = rest.find(['<', '&']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        rest = if rest.starts_with('<') {
            tag(rest, &mut out, media)
        } else if let Some((c, len)) = entity(rest) {
            out.push(c);
            &rest[len..]
        } else {
            out.push('&');
            &rest[1..]
        };
    }
    out.push_str(rest);
    sounds(out.trim(), media)
}

/// Renders the tag that `rest` starts with; returns the text after it.
fn tag<'a>(rest: &'a str, out: &mut String, media: &mut Media) -> &'a str {
    let (inner, after) = match rest[1..].find('>') {
        Some(j) => (&rest[1..1 + j], &rest[j + 2..]),
        None => (&rest[1..], ""),
    };
    let lower = inner.trim().to_ascii_lowercase();
    let name = lower
        .trim_start_matches('/')
        .split(|c: char| c == '/' || c.is_ascii_whitespace())
        .next()
        .unwrap_or("");
    match name {
        "br" | "div" | "p" | "li" | "tr" | "hr" if !out.is_empty() && !out.ends_with('\n') => {
            out.push('\n');
        }
        "img" => {
            media.images += 1;
            match attribute(inner, "src").map(html_to_text) {
                Some(src) if !src.is_empty() => out.push_str(&format!("[image: {src}]")),
                _ => out.push_str("[image]"),
            }
        }
        _ => {}
    }
    after
}

/// The value of attribute `name` (lower case) in the inside of a tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    // ASCII lower-casing keeps every byte where it was.
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        let starts_word = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let after = lower[from..].trim_start();
        if !starts_word || !after.starts_with('=') {
            continue;
        }
        let value = tag[tag.len() - after.len() + 1..].trim_start();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
            _ => value.split(char::is_whitespace).next().unwrap_or(""),
        });
    }
    None
}

/// The entity that `rest` starts with (`&amp;`, `&#233;`, `&#xE9;`): the
/// character, and the bytes it took.
fn entity(rest: &str) -> Option<(char, usize)> {
    // Looked for in the next few bytes only: a search to the end of the
    // text at every '&' would be quadratic.
    let end = rest.as_bytes()[1..]
        .iter()
        .take(11)
        .position(|&b| b == b';')?;
    let name = &rest[1..1 + end];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "middot" => '·',
        "times" => '×',
        "deg" => '°',
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((c, end + 2))
}

/// Anki's `[sound:x.mp3]` tags as `[sound: x.mp3]`, counted.
fn sounds(text: &str, media: &mut Media) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("[sound:") {
        let Some(j) = rest[i..].find(']') else {
            break;
        };
        out.push_str(&rest[..i]);
        out.push_str(&format!("[sound: {}]", rest[i + 7..i + j].trim()));
        media.sounds += 1;
        rest = &rest[i + j + 1..];
    }
    out.push_str(rest);
    out
}

/// Parses Anki text. `default_separator` comes from the extension (tab for
/// `.tsv`/`.txt`, comma for `.csv`); `default_deck` names the deck when the
/// file does not. A `#deck column:` can spread the rows over several decks.
pub fn parse(
    origin: &str,
    text: &str,
    default_separator: u8,
    default_deck: &str,
) -> Result<Vec<Deck>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (header, header_lines, header_bytes) = header(origin, text)?;
    let rows = Rows::new(origin, &header, default_separator, default_deck);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(rows.separator)
        .has_headers(false)
        .flexible(true)
        .quoting(true)
        .from_reader(&text.as_bytes()[header_bytes..]);
    let mut decks = Decks::default();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize) + header_lines;
            Error::Invalid(format!(
                "{origin}:{line}: {e} — check the quoting of this row"
            ))
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize) + header_lines;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if decks.cards == MAX_ROWS {
            return Err(Error::Invalid(format!(
                "{origin}:{line}: the file has more than {MAX_ROWS} rows, the most recall reads from one file — split it into several files"
            )));
        }
        decks.add(origin, line, rows.row(&record, line)?)?;
    }
    decks.finish(origin)
}

/// How the rows of one file are read: its header, and which columns hold
/// what.
struct Rows<'a> {
    origin: &'a str,
    header: &'a Header,
    separator: u8,
    default_deck: &'a str,
    tags_column: Option<usize>,
    /// Columns that are not card text: deck, tags, guid, note type.
    special: Vec<usize>,
    /// The columns that `#columns:` names Front and Back.
    front: Option<usize>,
    back: Option<usize>,
}

/// One row read: its deck and its card.
struct Row {
    deck: String,
    card: CardSpec,
    /// The card's key is the row's guid (else a hash of its front).
    by_guid: bool,
}

impl<'a> Rows<'a> {
    fn new(origin: &'a str, header: &'a Header, separator: u8, default_deck: &'a str) -> Self {
        let find = |name: &str| {
            header
                .columns
                .iter()
                .position(|c| c.eq_ignore_ascii_case(name))
        };
        let tags_column = header.tags_column.or_else(|| find("tags"));
        let special = [
            header.deck_column,
            tags_column,
            header.guid_column,
            header.notetype_column,
        ];
        Rows {
            origin,
            header,
            separator: header.separator.unwrap_or(separator),
            default_deck,
            tags_column,
            special: special.into_iter().flatten().collect(),
            front: find("front"),
            back: find("back"),
        }
    }

    /// Field `i` of a record as card text.
    fn field(&self, record: &csv::StringRecord, i: usize) -> String {
        let raw = record.get(i).unwrap_or("");
        if self.header.html {
            html_to_text(raw)
        } else {
            raw.trim().to_string()
        }
    }

    /// A record's front, back and the rest of its text fields.
    fn texts(
        &self,
        record: &csv::StringRecord,
        line: usize,
    ) -> Result<(String, String, Vec<String>)> {
        let origin = self.origin;
        let text_cols: Vec<usize> = (0..record.len())
            .filter(|i| !self.special.contains(i))
            .collect();
        let front_col = self.front.or_else(|| text_cols.first().copied());
        let back_col = self
            .back
            .or_else(|| text_cols.iter().copied().find(|&c| Some(c) != front_col));
        let (Some(front_col), Some(back_col)) = (front_col, back_col) else {
            return Err(Error::Invalid(format!(
                "{origin}:{line}: the row has only one field; recall needs a front and a back separated by {} — set '#separator:' or check the file",
                describe(self.separator)
            )));
        };
        let (front, back) = (self.field(record, front_col), self.field(record, back_col));
        if front.is_empty() || back.is_empty() {
            let which = if front.is_empty() {
                "front (first field)"
            } else {
                "back (second field)"
            };
            return Err(Error::Invalid(format!(
                "{origin}:{line}: the {which} is empty — fill it in or remove the row"
            )));
        }
        let extra = text_cols
            .iter()
            .filter(|&&c| c != front_col && c != back_col)
            .map(|&c| self.field(record, c))
            .filter(|f| !f.is_empty())
            .collect();
        Ok((front, back, extra))
    }

    /// A record as a card of its deck.
    fn row(&self, record: &csv::StringRecord, line: usize) -> Result<Row> {
        let (front, back, extra) = self.texts(record, line)?;
        let h = self.header;
        let cell = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        let mut tags = h.tags.clone();
        tags.extend(
            cell(self.tags_column)
                .into_iter()
                .flat_map(|t| t.split_whitespace().map(String::from)),
        );
        let deck = cell(h.deck_column)
            .map(String::from)
            .or_else(|| h.deck.clone())
            .unwrap_or_else(|| self.default_deck.to_string());
        let place = format!("{} › line {line}", self.origin);
        let guid = cell(h.guid_column);
        let (key, source) = match guid {
            Some(g) => (
                crate::deck::guid::key_of(g).to_string(),
                crate::deck::guid::source_of(&place, g).unwrap_or(place),
            ),
            None => (deck::hashed_key(&front), place),
        };
        let card = CardSpec {
            id: Some(key),
            front,
            back: Some(back),
            explanation: (!extra.is_empty()).then(|| extra.join("\n")),
            tags,
            source: Some(source),
            ..CardSpec::default()
        };
        Ok(Row {
            deck,
            card,
            by_guid: guid.is_some(),
        })
    }
}

/// The decks of a file as its rows fill them (in the order they first
/// appear, found by name), each with the line of every card key seen.
#[derive(Default)]
struct Decks {
    decks: Vec<(String, Vec<CardSpec>, HashMap<String, usize>)>,
    by_name: HashMap<String, usize>,
    cards: usize,
}

impl Decks {
    fn add(&mut self, origin: &str, line: usize, row: Row) -> Result<()> {
        let at = match self.by_name.get(&row.deck) {
            Some(&i) => i,
            None => {
                self.by_name.insert(row.deck.clone(), self.decks.len());
                self.decks.push((row.deck, Vec::new(), HashMap::new()));
                self.decks.len() - 1
            }
        };
        self.cards += 1;
        let (_, cards, seen) = &mut self.decks[at];
        let key = row.card.id.clone().unwrap_or_default();
        if let Some(first) = seen.insert(key, line) {
            return Err(Error::Invalid(format!(
                "{origin}:{line}: this row has the same {} as line {first}; recall knows each card by it — merge the rows{}",
                if row.by_guid { "guid" } else { "front" },
                if row.by_guid { "" } else { " or add a '#guid column:'" }
            )));
        }
        cards.push(row.card);
        Ok(())
    }

    fn finish(self, origin: &str) -> Result<Vec<Deck>> {
        if self.decks.is_empty() {
            return Err(Error::Invalid(format!(
                "{origin}: the file has no cards — each row needs a front and a back"
            )));
        }
        self.decks
            .into_iter()
            .map(|(name, cards, _)| {
                let file = DeckFile {
                    format: FORMAT.to_string(),
                    name,
                    description: None,
                    cards,
                };
                deck::validate(origin, file)
            })
            .collect()
    }
}

fn describe(sep: u8) -> String {
    match sep {
        b'\t' => "a tab".to_string(),
        b',' => "a comma".to_string(),
        b';' => "a semicolon".to_string(),
        b' ' => "a space".to_string(),
        other => format!("'{}'", char::from(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_rows_with_headers() {
        let text = "#separator:tab\n#html:true\n#deck:Geo\n#tags:world\n#columns:Front\tBack\tTags\nCapital of <b>France</b>?\tParis<br>on the Seine\teurope\n\"Multi\nline\"\tyes\t\n";
        let decks = parse("g.txt", text, b'\t', "g").unwrap();
        assert_eq!(decks.len(), 1);
        let d = &decks[0];
        assert_eq!(d.name, "Geo");
        assert_eq!(d.cards[0].front, "Capital of France?");
        assert_eq!(d.cards[0].back, "Paris\non the Seine");
        assert_eq!(d.cards[0].tags, ["world", "europe"]);
        assert_eq!(d.cards[0].source.as_deref(), Some("g.txt › line 6"));
        assert_eq!(d.cards[1].front, "Multi\nline");
        assert_eq!(d.cards[1].source.as_deref(), Some("g.txt › line 7"));
    }

    #[test]
    fn csv_with_guid_and_deck_columns() {
        let text = "#separator:comma\n#guid column:1\n#deck column:2\nabc,Spanish,hola,hello\ndef,French,bonjour,hello\nghi,Spanish,adiós,goodbye,said when leaving\n";
        let decks = parse("w.csv", text, b',', "w").unwrap();
        let names: Vec<&str> = decks.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["Spanish", "French"]);
        assert_eq!(decks[0].cards[0].key, "abc");
        assert_eq!(
            decks[0].cards[1].explanation.as_deref(),
            Some("said when leaving")
        );
        assert_eq!(decks[1].cards[0].back, "hello");
    }

    #[test]
    fn default_deck_and_separator() {
        let decks = parse(
            "my-words.csv",
            "a,b\n\"c, d\",\"e \"\"quoted\"\"\"\n",
            b',',
            "my-words",
        )
        .unwrap();
        assert_eq!(decks[0].name, "my-words");
        assert_eq!(decks[0].cards[1].front, "c, d");
        assert_eq!(decks[0].cards[1].back, "e \"quoted\"");
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse("x.tsv", "#deck:D\na\tb\nonly one field\n", b'\t', "x")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("x.tsv:3: the row has only one field"), "{e}");
        let e = parse("x.tsv", "a\tb\n\tb\n", b'\t', "x")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("x.tsv:2: the front (first field) is empty"),
            "{e}"
        );
        let e = parse("x.tsv", "a\tb\nA\tc\n", b'\t', "x")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("x.tsv:2: this row has the same front as line 1"),
            "{e}"
        );
        let e = parse("x.tsv", "#separator:weird\na\tb\n", b'\t', "x")
            .unwrap_err()
            .to_string();
        assert!(e.contains("is not a separator recall knows"), "{e}");
        let e = parse("x.tsv", "#deck:D\n\n", b'\t', "x")
            .unwrap_err()
            .to_string();
        assert!(e.contains("has no cards"), "{e}");
    }

    #[test]
    fn sniffing() {
        assert!(sniff("#separator:comma\na,b\n"));
        assert!(sniff("front\tback\n"));
        assert!(!sniff("# My notes\n\nSome prose.\n"));
    }

    #[test]
    fn html_entities_and_tags() {
        assert_eq!(
            html_to_text("a &amp; b &lt;c&gt; &#233;&#x41;<div>next</div>"),
            "a & b <c> éA\nnext"
        );
        assert_eq!(html_to_text("AT&T"), "AT&T");
    }

    /// Issue #12, item 1: slicing at a byte that is not a character
    /// boundary panicked ("end byte index … is not a char boundary").
    #[test]
    fn multi_byte_characters_next_to_entities_and_tags_do_not_panic() {
        let text = "#html:true\nx &lsaquo; café\tback\nun <é\tbout <b\n";
        let decks = parse("m.txt", text, b'\t', "m").unwrap();
        assert_eq!(decks[0].cards[0].front, "x ‹ café");
        assert_eq!(decks[0].cards[1].front, "un");
        for s in [
            "<é",
            "&é;",
            "&#é;",
            "&lsaquo;é",
            "é&",
            "<img src=é",
            "&#x1F600;é",
        ] {
            html_to_text(s);
        }
    }

    #[test]
    fn images_and_sounds_become_placeholders() {
        let mut media = Media::default();
        let text = field_text(
            "Where?<br><IMG class=x SRC='map&amp;1.png'> [sound:here.mp3]<img>",
            &mut media,
        );
        assert_eq!(text, "Where?\n[image: map&1.png] [sound: here.mp3][image]");
        assert_eq!(
            media,
            Media {
                images: 2,
                sounds: 1
            }
        );
    }

    /// Issue #12, item 5: each '&' looked for its ';' to the end of the
    /// text, and each row looked for its deck among all the decks before:
    /// both quadratic. A million of each now takes a moment.
    #[test]
    fn entities_and_decks_are_found_in_linear_time() {
        let ampersands = "&".repeat(1_000_000);
        assert_eq!(html_to_text(&ampersands).len(), 1_000_000);
        let mut text = String::from("#html:true\n#deck column:1\n");
        for i in 0..100_000 {
            text.push_str(&format!("d{i}\tq&{i}\ta\n"));
        }
        let decks = parse("d.txt", &text, b'\t', "d").unwrap();
        assert_eq!(decks.len(), 100_000);
        assert_eq!(decks[99_999].cards[0].front, "q&99999");
    }

    /// A `#tags:` line is given to every row, so its length is bounded.
    #[test]
    fn a_long_tags_header_is_refused() {
        let text = format!("#tags:{}\na\tb\n", "t ".repeat(600));
        let e = parse("t.txt", &text, b'\t', "t").unwrap_err().to_string();
        assert_eq!(
            e,
            "t.txt:1: the '#tags:' line is 1200 bytes long; it gives its tags to every row, and recall takes at most 1024 bytes of them — put the tags in a tags column instead"
        );
    }

    proptest::proptest! {
        #[test]
        fn html_to_text_never_panics(s in "[<>&#;a-zé ‹/=\"'x0-9]{0,40}") {
            html_to_text(&s);
        }
    }
}
