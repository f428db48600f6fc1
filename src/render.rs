//! Output: tables, JSON, colour, and the neutralising of untrusted card text
//! before it reaches the terminal. All printing goes through here.

use std::io::{self, IsTerminal, Write};

use comfy_table::{Cell, CellAlignment, ContentArrangement, LineStyle, Table, TableStyle};
use serde::Serialize;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::error::{Error, Result};

/// How output should look: decided once, from the flags and the environment.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    /// Terminal width, when known; fronts are cut to fit it.
    pub width: Option<usize>,
    pub quiet: bool,
}

impl Style {
    /// Colour when asked (`Some`), or by default on a terminal unless
    /// `NO_COLOR` is set or the terminal is dumb; the width from `COLUMNS`
    /// or the terminal.
    pub fn detect(color: Option<bool>, quiet: bool) -> Style {
        let tty = io::stdout().is_terminal();
        let color = color.unwrap_or_else(|| {
            tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
        });
        let columns = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
        let width = columns.or_else(|| {
            terminal_size::terminal_size()
                .filter(|_| tty)
                .map(|(w, _)| usize::from(w.0))
        });
        Style {
            color,
            width,
            quiet,
        }
    }

    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    pub fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    pub fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    pub fn green(&self, s: &str) -> String {
        self.paint("32", s)
    }
    pub fn red(&self, s: &str) -> String {
        self.paint("31", s)
    }
    pub fn yellow(&self, s: &str) -> String {
        self.paint("33", s)
    }
}

/// Makes untrusted text safe for a terminal: control characters (C0, C1,
/// DEL) and the invisible bidirectional overrides become visible `\u{…}`-free
/// replacements, so card text can never move the cursor, change colours, set
/// the window title or reorder what is shown. Newlines are kept when
/// `multiline`, otherwise they become spaces.
pub fn sanitize(text: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' if multiline => out.push('\n'),
            '\n' | '\r' | '\t' => out.push(' '),
            c if unsafe_char(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Whether `c` must never reach a terminal as it is: a control character
/// (C0, DEL, C1) or an invisible bidirectional mark, embedding, override or
/// isolate, which can reorder what the reader sees.
pub fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// clap's message about a command line it refused, in recall's words: it
/// starts `recall: error:` as recall's own errors do, and the arguments it
/// quotes are sanitised like any other input. clap's usage lines follow.
pub fn clap_error(e: &clap::Error) -> String {
    // `render` gives the text without clap's colours. A value it quotes
    // may be huge: each line is cut to a readable length.
    let text: String = e
        .render()
        .to_string()
        .lines()
        .map(|line| format!("{}\n", excerpt(line, 200)))
        .collect();
    match text.strip_prefix("error: ") {
        Some(message) => format!("recall: error: {}", sanitize(message, true)),
        None => sanitize(&text, true),
    }
}

pub use crate::error::excerpt;

/// One line of card text for a table cell, cut to `max` terminal columns.
pub fn cell_text(text: &str, max: Option<usize>) -> String {
    let one = sanitize(text, false);
    let one = one.split_whitespace().collect::<Vec<_>>().join(" ");
    match max {
        Some(max) if one.width() > max => cut_to(&one, max),
        _ => one,
    }
}

/// Display width of text that may hold recall's own colour codes.
fn visible_width(s: &str) -> usize {
    if !s.contains('\x1b') {
        return s.width();
    }
    let mut w = 0;
    let mut rest = s;
    while let Some(i) = rest.find('\x1b') {
        w += rest[..i].width();
        rest = rest[i..].find('m').map_or("", |j| &rest[i + j + 1..]);
    }
    w + rest.width()
}

/// One step by which a [`Listing`] too wide for the terminal gives way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Give {
    /// Cut column `.0` (its cells end in `…`), down to `.1` columns at most.
    Cut(usize, usize),
    /// The same, cutting the middle out (`start…end`): texts that begin
    /// alike stay told apart by how they end.
    CutMiddle(usize, usize),
    /// Leave column `.0` out.
    Drop(usize),
    /// Leave column `.0` out when every row has the same in it (one deck).
    DropUniform(usize),
}

/// A plain, fast table for listings that may run to 100,000 rows (`due`,
/// `cards`), drawn in the same look as [`table`]: comfy-table's per-cell
/// layout work is too slow at that size. Given a width, it fits: the
/// steps of [`Listing::fit`] are taken in order until no line is wider.
pub struct Listing {
    header: Vec<&'static str>,
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
    width: Option<usize>,
    steps: Vec<Give>,
}

impl Listing {
    /// Columns as (header, right-aligned).
    pub fn new(columns: &[(&'static str, bool)]) -> Listing {
        Listing {
            header: columns.iter().map(|c| c.0).collect(),
            right: columns.iter().map(|c| c.1).collect(),
            rows: Vec::new(),
            width: None,
            steps: Vec::new(),
        }
    }

    /// Fits the table in `width` columns (none: no limit) by `steps`.
    pub fn fit(mut self, width: Option<usize>, steps: &[Give]) -> Listing {
        self.width = width;
        self.steps = steps.to_vec();
        self
    }

    pub fn row(&mut self, cells: Vec<String>) {
        debug_assert_eq!(cells.len(), self.header.len());
        self.rows.push(cells);
    }

    /// Column widths, `None` for a column left out: each as wide as its
    /// widest cell, then narrowed by the steps while the table is too wide.
    fn widths(&self, cell_widths: &[usize]) -> Vec<Option<usize>> {
        let columns = self.header.len();
        let mut widths: Vec<Option<usize>> = self.header.iter().map(|h| Some(h.width())).collect();
        for row in cell_widths.chunks(columns.max(1)) {
            for (w, &cell) in widths.iter_mut().zip(row) {
                *w = w.map(|w| w.max(cell));
            }
        }
        let Some(limit) = self.width else {
            return widths;
        };
        let natural = widths.clone();
        let total = |ws: &[Option<usize>]| {
            ws.iter()
                .flatten()
                .map(|w| w + 3)
                .sum::<usize>()
                .saturating_sub(1)
        };
        for step in &self.steps {
            let over = total(&widths).saturating_sub(limit);
            if over == 0 {
                break;
            }
            match *step {
                Give::Cut(i, narrowest) | Give::CutMiddle(i, narrowest) => {
                    let floor = narrowest.max(self.header[i].width());
                    if let Some(w) = widths[i].as_mut() {
                        *w -= over.min(w.saturating_sub(floor));
                    }
                }
                Give::Drop(i) => widths[i] = None,
                Give::DropUniform(i) => {
                    let first = self.rows.first().map(|r| &r[i]);
                    if self.rows.iter().all(|r| Some(&r[i]) == first) {
                        widths[i] = None;
                    }
                }
            }
        }
        // a column left out may free more than was needed: the room goes
        // back to the columns cut last (the front, in recall's listings)
        for step in self.steps.iter().rev() {
            let spare = limit.saturating_sub(total(&widths));
            if let Give::Cut(i, _) | Give::CutMiddle(i, _) = *step {
                if let (Some(w), Some(natural)) = (widths[i].as_mut(), natural[i]) {
                    *w += spare.min(natural - *w);
                }
            }
        }
        widths
    }

    pub fn render(&self) -> String {
        let columns = self.header.len();
        let mut cell_widths = Vec::with_capacity(self.rows.len() * columns);
        for row in &self.rows {
            cell_widths.extend(row.iter().map(|c| visible_width(c)));
        }
        let widths = self.widths(&cell_widths);
        let total: usize = widths
            .iter()
            .flatten()
            .map(|w| w + 3)
            .sum::<usize>()
            .saturating_sub(1);
        let mut out = String::with_capacity((total + 8) * (self.rows.len() + 2));
        self.line(
            &mut out,
            &widths,
            self.header.iter().map(|h| (*h, h.width())),
        );
        out.push_str(&"─".repeat(total));
        out.push('\n');
        for (row, ws) in self.rows.iter().zip(cell_widths.chunks(columns.max(1))) {
            self.line(
                &mut out,
                &widths,
                row.iter().map(String::as_str).zip(ws.iter().copied()),
            );
        }
        out
    }

    fn line<'a>(
        &self,
        out: &mut String,
        widths: &[Option<usize>],
        cells: impl Iterator<Item = (&'a str, usize)>,
    ) {
        for (i, (cell, w)) in cells.enumerate() {
            let Some(width) = widths[i] else {
                continue;
            };
            let cut;
            let (cell, w) = if w > width {
                let middle = self
                    .steps
                    .iter()
                    .any(|s| matches!(s, Give::CutMiddle(c, _) if *c == i));
                cut = if middle {
                    cut_middle(cell, width)
                } else {
                    cut_to(cell, width)
                };
                (cut.as_str(), cut.width())
            } else {
                (cell, w)
            };
            let pad = width - w;
            out.push(' ');
            if self.right[i] {
                out.extend(std::iter::repeat_n(' ', pad));
                out.push_str(cell);
            } else {
                out.push_str(cell);
                out.extend(std::iter::repeat_n(' ', pad));
            }
            out.push_str("  ");
        }
        out.truncate(out.trim_end_matches(' ').len());
        out.push('\n');
    }
}

/// Plain text cut to `max` columns by leaving out its middle: the start,
/// `…`, and the end from a word's start, so that texts which begin alike
/// stay told apart by how they end.
fn cut_middle(text: &str, max: usize) -> String {
    if max < 12 {
        return cut_to(text, max);
    }
    let room = max / 2 - 1;
    let mut start = text.len();
    let mut used = 0;
    for (i, c) in text.char_indices().rev() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        start = i;
    }
    let mut tail = &text[start..];
    if start > 0 && !text[..start].ends_with(' ') {
        if let Some(space) = tail.find(' ') {
            tail = &tail[space + 1..];
        }
    }
    cut_to(text, max - tail.width()) + tail
}

/// Plain text cut to `max` columns, `…` where it was cut.
fn cut_to(text: &str, max: usize) -> String {
    let mut s = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        used += w;
        s.push(c);
    }
    s.truncate(s.trim_end().len());
    s.push('…');
    s
}

/// No borders; a single rule under the header.
const HEADER_RULE_ONLY: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction('─'));

/// A table in recall's look: no outer border, header underlined.
pub fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(HEADER_RULE_ONLY)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header.iter().map(Cell::new).collect::<Vec<_>>());
    t
}

/// A right-aligned cell, for numbers.
pub fn num(v: impl ToString) -> Cell {
    Cell::new(v.to_string()).set_alignment(CellAlignment::Right)
}

/// Writes to standard output; a closed pipe (`recall cards | head`) ends
/// quietly.
pub fn out(text: &str) -> Result<()> {
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(write_error)
}

pub fn write_error(e: io::Error) -> Error {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Error::BrokenPipe
    } else {
        Error::write(std::path::Path::new("standard output"), e)
    }
}

/// A failed JSON write: a closed pipe ends quietly.
fn json_error(e: serde_json::Error) -> Error {
    match e.io_error_kind() {
        Some(kind) => write_error(io::Error::from(kind)),
        None => Error::write(
            std::path::Path::new("standard output"),
            io::Error::other(e.to_string()),
        ),
    }
}

/// Prints `value` as pretty JSON followed by a newline. Streamed, so that
/// listing 100,000 cards never holds the whole text.
pub fn json<T: Serialize>(value: &T) -> Result<()> {
    let mut w = io::BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    value
        .serialize(&mut json_serializer(&mut w))
        .map_err(json_error)?;
    w.write_all(b"\n")
        .and_then(|()| w.flush())
        .map_err(write_error)
}

/// Prints a JSON array whose elements `fill` hands over one at a time, as
/// pretty as [`json`] prints a whole vector.
pub fn json_seq<T: Serialize>(
    fill: impl FnOnce(&mut dyn FnMut(&T) -> Result<()>) -> Result<()>,
) -> Result<()> {
    use serde::ser::{SerializeSeq, Serializer};
    let mut w = io::BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    {
        let mut ser = json_serializer(&mut w);
        let mut seq = ser.serialize_seq(None).map_err(json_error)?;
        fill(&mut |item| seq.serialize_element(item).map_err(json_error))?;
        seq.end().map_err(json_error)?;
    }
    w.write_all(b"\n")
        .and_then(|()| w.flush())
        .map_err(write_error)
}

/// Pretty JSON as recall writes it everywhere: serde_json's own escapes,
/// and DEL, C1 and bidi controls escaped too (see [`SafeJson`]).
pub fn json_serializer<W: io::Write>(w: W) -> serde_json::Serializer<W, SafeJson> {
    serde_json::Serializer::with_formatter(w, SafeJson::default())
}

/// `value` as pretty JSON text, written as [`json`] writes it.
pub fn json_string<T: Serialize>(value: &T) -> serde_json::Result<String> {
    let mut bytes = Vec::with_capacity(4096);
    value.serialize(&mut json_serializer(&mut bytes))?;
    // serde_json writes only UTF-8, and SafeJson only ASCII escapes.
    Ok(String::from_utf8(bytes).expect("JSON is UTF-8"))
}

/// serde_json's pretty formatter, which escapes the C0 controls, made to
/// escape DEL, the C1 controls and the bidi marks, embeddings, overrides
/// and isolates as `\uXXXX` as well: JSON that a terminal prints can never
/// carry an escape sequence or reorder text, and any JSON reader gets the
/// same strings back. Other text is written as serde_json writes it.
#[derive(Default)]
pub struct SafeJson(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for SafeJson {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if unsafe_char(c) {
                w.write_all(&fragment.as_bytes()[start..i])?;
                write!(w, "\\u{:04x}", u32::from(c))?;
                start = i + c.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// A status line on standard error (suppressed by `-q`), sanitised: it may
/// name a file or a deck.
pub fn note(style: &Style, text: &str) {
    if !style.quiet {
        eprintln!("{}", sanitize(text, true));
    }
}

/// "1 card", "2 cards".
pub fn count(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "45 s", "12 min", "2 h 05 min".
pub fn duration(ms: u64) -> String {
    let secs = (ms + 500) / 1000;
    let mins = (secs + 30) / 60;
    if secs < 60 {
        format!("{secs} s")
    } else if mins < 60 {
        format!("{mins} min")
    } else {
        format!("{} h {:02} min", mins / 60, mins % 60)
    }
}

/// `text` without the spaces a table leaves at the end of its lines.
pub fn trim_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.pop();
    out
}

/// Retention as a percentage, or a dash when there were no reviews.
pub fn percent(passed: u64, total: u64) -> String {
    if total == 0 {
        "–".to_string()
    } else {
        format!("{:.0}%", passed as f64 * 100.0 / total as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_neutralised() {
        let evil = "a\x1b[2J\x1b]0;title\x07b\u{9b}31mc\u{202e}d\re";
        let s = sanitize(evil, true);
        assert!(!s.chars().any(|c| c.is_control() && c != '\n'), "{s:?}");
        assert!(!s.contains('\u{202e}'));
        assert!(s.starts_with('a') && s.ends_with('e'));
        assert_eq!(sanitize("x\ny", true), "x\ny");
        assert_eq!(sanitize("x\ny", false), "x y");
    }

    /// Issue #12, item 10: `--json` printed DEL and U+202E raw.
    #[test]
    fn json_escapes_every_control_and_bidi_mark_and_keeps_the_data() {
        let text = "a\u{7f}b\u{85}c\u{202e}d\u{2066}e\u{1b}f\u{61c}g\n\"h\u{e9}";
        let json = json_string(&serde_json::json!({ "t": text })).unwrap();
        assert_eq!(
            json,
            "{\n  \"t\": \"a\\u007fb\\u0085c\\u202ed\\u2066e\\u001bf\\u061cg\\n\\\"h\u{e9}\"\n}"
        );
        assert!(!json.chars().any(|c| unsafe_char(c) && c != '\n'));
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["t"], text);
        // Text without such characters is written exactly as serde_json
        // writes it: the shipped decks stay byte for byte the same.
        let plain = serde_json::json!({"a": [1, {"b": "café – \t ok"}], "c": null, "d": []});
        assert_eq!(
            json_string(&plain).unwrap(),
            serde_json::to_string_pretty(&plain).unwrap()
        );
    }

    #[test]
    fn cells_are_cut_with_an_ellipsis() {
        assert_eq!(cell_text("abcdef", Some(4)), "abc…");
        assert_eq!(cell_text("ab  \n cd", None), "ab cd");
        assert_eq!(cell_text("abcd", Some(4)), "abcd");
    }

    #[test]
    fn listing_aligns_columns_and_ignores_colour_codes() {
        let mut l = Listing::new(&[("id", true), ("front", false)]);
        l.row(vec!["7".into(), "\x1b[31mred\x1b[0m".into()]);
        l.row(vec!["10".into(), "日本".into()]);
        let text = l.render();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], " id   front");
        assert_eq!(lines[1], "─".repeat(12));
        assert_eq!(lines[2], "  7   \x1b[31mred\x1b[0m");
        assert_eq!(lines[3], " 10   日本");
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(0), "0 s");
        assert_eq!(duration(44_600), "45 s");
        assert_eq!(duration(12 * 60_000), "12 min");
        assert_eq!(duration(2 * 3_600_000 + 5 * 60_000), "2 h 05 min");
        assert_eq!(duration(3_590_000), "1 h 00 min");
    }

    #[test]
    fn table_lines_lose_their_trailing_spaces() {
        assert_eq!(trim_lines(" a   \n b \n"), " a\n b");
    }

    #[test]
    fn a_listing_gives_way_step_by_step_until_it_fits() {
        let listing = |width| {
            let mut l =
                Listing::new(&[("id", true), ("deck", false), ("front", false), ("n", true)])
                    .fit(width, &[Give::Cut(1, 6), Give::Drop(3), Give::Cut(2, 8)]);
            l.row(vec![
                "1".into(),
                "A long deck name".into(),
                "A front of some length".into(),
                "7".into(),
            ]);
            l.render()
        };
        let wide = listing(None);
        assert_eq!(
            wide.lines().nth(2).unwrap(),
            "  1   A long deck name   A front of some length   7"
        );
        // the deck gives way first, then the last column goes, then the front
        let at = |w| listing(Some(w)).lines().nth(2).unwrap().to_string();
        assert_eq!(at(45), "  1   A long d…   A front of some length   7");
        assert_eq!(at(40), "  1   A long…    A front of some length");
        assert_eq!(at(30), "  1   A lon…   A front of so…");
        for w in [30, 40, 45, 60] {
            assert!(listing(Some(w)).lines().all(|l| l.width() <= w), "{w}");
        }
        // a column that says the same on every row goes when room is short
        let mut l = Listing::new(&[("deck", false), ("front", false)])
            .fit(Some(20), &[Give::DropUniform(0), Give::Cut(1, 5)]);
        l.row(vec!["Deck".into(), "One front".into()]);
        l.row(vec!["Deck".into(), "Another front".into()]);
        assert_eq!(
            l.render(),
            " front\n───────────────\n One front\n Another front\n"
        );
    }

    #[test]
    fn a_middle_cut_keeps_both_ends() {
        let a = "The golden rule: who is responsible for security of the cloud?";
        let b = "The golden rule: who is responsible for security in the cloud?";
        assert_eq!(cut_middle(a, 33), "The golden rule: wh…of the cloud?");
        assert_ne!(cut_middle(a, 33), cut_middle(b, 33));
        for max in 1..70 {
            assert!(cut_middle(a, max).width() <= max, "{max}");
        }
    }

    #[test]
    fn percent_of_nothing_is_a_dash() {
        assert_eq!(percent(0, 0), "–");
        assert_eq!(percent(2, 3), "67%");
    }
}
