//! Anki's text format (`.txt`, `.tsv`, `.csv`): one note per row, with the
//! `#separator:`, `#html:`, `#columns:`, `#deck:`, `#tags:` and
//! `#… column:` header lines Anki writes and reads.

use std::collections::HashMap;

use crate::deck::{self, CardSpec, Deck, DeckFile, FORMAT};
use crate::error::{Error, Result};

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
                "{origin}:{line}:12: '#separator:{v}' is not a separator recall knows — use tab, comma, semicolon, space, pipe or colon"
            )))
        }
    };
    Ok(sep)
}

/// Reads the header lines; returns them with the number of lines they took.
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
        let column = |v: &str| -> Result<usize> {
            v.trim()
                .parse::<usize>()
                .ok()
                .filter(|n| *n >= 1)
                .map(|n| n - 1)
                .ok_or_else(|| {
                    Error::Invalid(format!(
                        "{origin}:{lines}: '#{key}:' takes a column number from 1, not '{v}'"
                    ))
                })
        };
        match key.trim().to_lowercase().as_str() {
            "separator" => h.separator = Some(separator(origin, lines, value)?),
            "html" => h.html = value.trim().eq_ignore_ascii_case("true"),
            "columns" => columns_raw = Some(value.to_string()),
            "deck" => h.deck = Some(value.trim().to_string()).filter(|d| !d.is_empty()),
            "tags" => h.tags = value.split_whitespace().map(String::from).collect(),
            "deck column" => h.deck_column = Some(column(value)?),
            "tags column" => h.tags_column = Some(column(value)?),
            "guid column" => h.guid_column = Some(column(value)?),
            "notetype column" => h.notetype_column = Some(column(value)?),
            _ => {}
        }
    }
    if let Some(raw) = columns_raw {
        let sep = char::from(h.separator.unwrap_or(b'\t'));
        h.columns = raw.split(sep).map(|c| c.trim().to_string()).collect();
    }
    Ok((h, lines, bytes))
}

/// Turns Anki's HTML field text into plain text.
fn html_to_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(['<', '&']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            let end = rest.find('>').map_or(rest.len(), |j| j + 1);
            let tag = rest[1..end.saturating_sub(1).max(1)].trim().to_lowercase();
            let name = tag
                .trim_start_matches('/')
                .split([' ', '/'])
                .next()
                .unwrap_or("");
            if matches!(name, "br" | "div" | "p" | "li") && !out.ends_with('\n') && !out.is_empty()
            {
                out.push('\n');
            }
            rest = &rest[end..];
        } else {
            let end = rest.find(';').filter(|&j| j <= 10);
            let entity = end.map(|j| &rest[1..j]);
            let decoded = match entity {
                Some("amp") => Some('&'),
                Some("lt") => Some('<'),
                Some("gt") => Some('>'),
                Some("quot") => Some('"'),
                Some("apos") | Some("#39") => Some('\''),
                Some("nbsp") => Some(' '),
                Some(e) if e.starts_with("#x") || e.starts_with("#X") => {
                    u32::from_str_radix(&e[2..], 16)
                        .ok()
                        .and_then(char::from_u32)
                }
                Some(e) if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            match (decoded, end) {
                (Some(c), Some(j)) => {
                    out.push(c);
                    rest = &rest[j + 1..];
                }
                _ => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
        }
    }
    out.push_str(rest);
    out.trim().to_string()
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
    let (h, header_lines, header_bytes) = header(origin, text)?;
    let sep = h.separator.unwrap_or(default_separator);
    let body = &text[header_bytes..];
    let find = |name: &str| h.columns.iter().position(|c| c.eq_ignore_ascii_case(name));
    let tags_col = h.tags_column.or_else(|| find("tags"));
    let special: Vec<usize> = [h.deck_column, tags_col, h.guid_column, h.notetype_column]
        .into_iter()
        .flatten()
        .collect();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .quoting(true)
        .from_reader(body.as_bytes());
    let mut decks: Vec<(String, Vec<CardSpec>, HashMap<String, usize>)> = Vec::new();
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
        let field = |i: usize| -> String {
            let raw = record.get(i).unwrap_or("");
            if h.html {
                html_to_text(raw)
            } else {
                raw.trim().to_string()
            }
        };
        let text_cols: Vec<usize> = (0..record.len()).filter(|i| !special.contains(i)).collect();
        let front_col = find("front").or_else(|| text_cols.first().copied());
        let back_col =
            find("back").or_else(|| text_cols.iter().copied().find(|&c| Some(c) != front_col));
        let (Some(front_col), Some(back_col)) = (front_col, back_col) else {
            return Err(Error::Invalid(format!(
                "{origin}:{line}: the row has only one field; recall needs a front and a back separated by {} — set '#separator:' or check the file",
                describe(sep)
            )));
        };
        let front = field(front_col);
        let back = field(back_col);
        if front.is_empty() || back.is_empty() {
            return Err(Error::Invalid(format!(
                "{origin}:{line}: the {} is empty — fill it in or remove the row",
                if front.is_empty() {
                    "front (first field)"
                } else {
                    "back (second field)"
                }
            )));
        }
        let extra: Vec<String> = text_cols
            .iter()
            .filter(|&&c| c != front_col && c != back_col)
            .map(|&c| field(c))
            .filter(|f| !f.is_empty())
            .collect();
        let mut tags = h.tags.clone();
        if let Some(c) = tags_col {
            tags.extend(
                record
                    .get(c)
                    .unwrap_or("")
                    .split_whitespace()
                    .map(String::from),
            );
        }
        let deck_name = h
            .deck_column
            .and_then(|c| record.get(c))
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(String::from)
            .or_else(|| h.deck.clone())
            .unwrap_or_else(|| default_deck.to_string());
        let id = h
            .guid_column
            .and_then(|c| record.get(c))
            .map(str::trim)
            .filter(|g| !g.is_empty());
        let key = id.map_or_else(|| deck::hashed_key(&front), String::from);
        let at = match decks.iter().position(|d| d.0 == deck_name) {
            Some(i) => i,
            None => {
                decks.push((deck_name, Vec::new(), HashMap::new()));
                decks.len() - 1
            }
        };
        let (_, cards, seen) = &mut decks[at];
        if let Some(first) = seen.insert(key.clone(), line) {
            return Err(Error::Invalid(format!(
                "{origin}:{line}: this row has the same {} as line {first}; recall knows each card by it — merge the rows{}",
                if id.is_some() { "guid" } else { "front" },
                if id.is_some() { "" } else { " or add a '#guid column:'" }
            )));
        }
        cards.push(CardSpec {
            id: Some(key),
            front,
            back: Some(back),
            explanation: (!extra.is_empty()).then(|| extra.join("\n")),
            tags,
            source: Some(format!("{origin} › line {line}")),
            ..CardSpec::default()
        });
    }
    if decks.is_empty() {
        return Err(Error::Invalid(format!(
            "{origin}: the file has no cards — each row needs a front and a back"
        )));
    }
    decks
        .into_iter()
        .map(|(name, cards, _)| {
            deck::validate(
                origin,
                DeckFile {
                    format: FORMAT.to_string(),
                    name,
                    description: None,
                    cards,
                },
            )
        })
        .collect()
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
}
