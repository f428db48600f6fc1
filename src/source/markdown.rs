//! Markdown notes → blocks, with pulldown-cmark events and their offsets
//! (for line numbers). Inline syntax (emphasis, links, code) is reduced to
//! its text here; a bold label at the start of a line is kept aside.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::doc::{join_lines, Block, Item, Line, LineIndex};

/// Reads Markdown. Front matter must already be blanked out (line numbers
/// stay right because it is replaced by empty lines).
pub fn read(text: &str) -> Vec<Block> {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS | Options::ENABLE_STRIKETHROUGH;
    let events: Vec<(Event<'_>, Range<usize>)> =
        Parser::new_ext(text, opts).into_offset_iter().collect();
    let mut r = Reader {
        ev: events,
        pos: 0,
        idx: LineIndex::new(text),
        src: text,
    };
    r.blocks_until(None)
}

struct Reader<'a> {
    ev: Vec<(Event<'a>, Range<usize>)>,
    pos: usize,
    idx: LineIndex,
    src: &'a str,
}

impl<'a> Reader<'a> {
    fn line_at(&self, pos: usize) -> usize {
        self.ev.get(pos).map_or(1, |(_, r)| self.idx.line(r.start))
    }

    fn blocks_until(&mut self, end: Option<TagEnd>) -> Vec<Block> {
        let mut out = Vec::new();
        while self.pos < self.ev.len() {
            let line = self.line_at(self.pos);
            let (event, _) = &self.ev[self.pos];
            match event {
                Event::End(t) if Some(*t) == end => {
                    self.pos += 1;
                    return out;
                }
                Event::Start(Tag::Heading { level, .. }) => {
                    let level = *level as u8;
                    self.pos += 1;
                    let lines = self.inline_until(|e| matches!(e, TagEnd::Heading(_)));
                    out.push(Block::Heading {
                        level,
                        text: join_lines(&lines),
                        line,
                    });
                }
                Event::Start(Tag::Paragraph) => {
                    self.pos += 1;
                    let lines = self.inline_until(|e| *e == TagEnd::Paragraph);
                    if !lines.is_empty() {
                        out.push(Block::Para { lines });
                    }
                }
                Event::Start(Tag::List(start)) => {
                    let ordered = start.is_some();
                    self.pos += 1;
                    let items = self.list_items();
                    out.push(Block::List { ordered, items });
                }
                Event::Start(Tag::Table(_)) => {
                    self.pos += 1;
                    out.extend(self.table(line));
                }
                Event::Start(Tag::BlockQuote(kind)) => {
                    let end = TagEnd::BlockQuote(*kind);
                    self.pos += 1;
                    let inner = self.blocks_until(Some(end));
                    let lines = flatten(&inner);
                    if !lines.is_empty() {
                        out.push(Block::Quote { lines });
                    }
                }
                Event::Rule => {
                    self.pos += 1;
                    out.push(Block::Break);
                }
                Event::Start(_) => self.skip(),
                _ => self.pos += 1,
            }
        }
        out
    }

    /// Skips a whole element (code block, HTML block, footnote…).
    fn skip(&mut self) {
        let mut depth = 0usize;
        while self.pos < self.ev.len() {
            match &self.ev[self.pos].0 {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth = depth.saturating_sub(1),
                _ => {}
            }
            self.pos += 1;
            if depth == 0 {
                return;
            }
        }
    }

    fn inline_until(&mut self, is_end: impl Fn(&TagEnd) -> bool) -> Vec<Line> {
        let mut acc = Inline::default();
        while self.pos < self.ev.len() {
            let line = self.line_at(self.pos);
            let (event, _) = &self.ev[self.pos];
            self.pos += 1;
            if let Event::End(t) = event {
                if is_end(t) {
                    break;
                }
            }
            acc.event(event, line);
        }
        acc.finish()
    }

    fn list_items(&mut self) -> Vec<Item> {
        let mut items = Vec::new();
        while self.pos < self.ev.len() {
            let line = self.line_at(self.pos);
            match &self.ev[self.pos].0 {
                Event::End(TagEnd::List(_)) => {
                    self.pos += 1;
                    break;
                }
                Event::Start(Tag::Item) => {
                    self.pos += 1;
                    items.push(self.item(line));
                }
                _ => self.pos += 1,
            }
        }
        items
    }

    fn item(&mut self, line: usize) -> Item {
        let mut item = Item {
            line,
            ..Item::default()
        };
        let mut acc = Inline::default();
        while self.pos < self.ev.len() {
            let line = self.line_at(self.pos);
            let (event, _) = &self.ev[self.pos];
            match event {
                Event::End(TagEnd::Item) => {
                    self.pos += 1;
                    break;
                }
                Event::TaskListMarker(done) => {
                    item.checked = Some(*done);
                    self.pos += 1;
                }
                Event::Start(Tag::Paragraph) => {
                    item.lines.extend(std::mem::take(&mut acc).finish());
                    self.pos += 1;
                    item.lines
                        .extend(self.inline_until(|e| *e == TagEnd::Paragraph));
                }
                Event::Start(Tag::List(_)) => {
                    item.lines.extend(std::mem::take(&mut acc).finish());
                    self.pos += 1;
                    item.sub.extend(self.list_items());
                }
                Event::Start(Tag::BlockQuote(kind)) => {
                    item.lines.extend(std::mem::take(&mut acc).finish());
                    let end = TagEnd::BlockQuote(*kind);
                    self.pos += 1;
                    let inner = self.blocks_until(Some(end));
                    item.lines.extend(flatten(&inner));
                }
                Event::Start(
                    Tag::CodeBlock(_)
                    | Tag::HtmlBlock
                    | Tag::Table(_)
                    | Tag::Heading { .. }
                    | Tag::MetadataBlock(_),
                ) => {
                    item.lines.extend(std::mem::take(&mut acc).finish());
                    self.skip();
                }
                _ => {
                    acc.event(event, line);
                    self.pos += 1;
                }
            }
        }
        item.lines.extend(acc.finish());
        if item.lines.is_empty() {
            item.lines.push(Line::new("", line));
        }
        item
    }

    /// A table. GFM lets a table run on until a blank line, so a line
    /// without a `|` right after it (a heading in flattened notes) becomes
    /// a row: such rows, and the rest, are given back as a paragraph.
    fn table(&mut self, line: usize) -> Vec<Block> {
        let mut header = Vec::new();
        let mut rows = Vec::new();
        let mut row_lines = Vec::new();
        let mut row: Vec<String> = Vec::new();
        let mut spill: Vec<Line> = Vec::new();
        while self.pos < self.ev.len() {
            let at = self.line_at(self.pos);
            let (event, range) = &self.ev[self.pos];
            let start = range.start;
            self.pos += 1;
            match event {
                Event::End(TagEnd::Table) => break,
                Event::Start(Tag::TableRow) => {
                    let text = self.src[start..].lines().next().unwrap_or("");
                    if !spill.is_empty() || !text.contains('|') {
                        spill.push(Line::new(text.trim(), at));
                        // Skip the row's cells.
                        while self.pos < self.ev.len()
                            && !matches!(self.ev[self.pos].0, Event::End(TagEnd::TableRow))
                        {
                            self.pos += 1;
                        }
                        self.pos += 1;
                        continue;
                    }
                    row_lines.push(at);
                    row.clear();
                }
                Event::Start(Tag::TableCell) => {
                    let lines = self.inline_until(|e| *e == TagEnd::TableCell);
                    row.push(join_lines(&lines));
                }
                Event::End(TagEnd::TableHead) => header = std::mem::take(&mut row),
                Event::End(TagEnd::TableRow) => rows.push(std::mem::take(&mut row)),
                _ => {}
            }
        }
        let mut out = vec![Block::Table {
            header,
            rows,
            row_lines,
            line,
        }];
        if !spill.is_empty() {
            out.push(Block::Para { lines: spill });
        }
        out
    }
}

/// The lines of the blocks inside a quote or list item.
fn flatten(blocks: &[Block]) -> Vec<Line> {
    let mut lines = Vec::new();
    for b in blocks {
        match b {
            Block::Para { lines: l } | Block::Quote { lines: l } => lines.extend(l.iter().cloned()),
            Block::Heading { text, line, .. } => lines.push(Line::new(text.clone(), *line)),
            Block::List { items, .. } => {
                for it in items {
                    lines.push(Line::new(it.text(), it.line));
                }
            }
            _ => {}
        }
    }
    lines
}

/// Collects inline events into lines.
#[derive(Default)]
struct Inline {
    lines: Vec<Line>,
    cur: String,
    cur_line: usize,
    cur_bold: Option<String>,
    bold_depth: usize,
    bold_at_start: bool,
    bold_buf: String,
    image: usize,
}

impl Inline {
    fn text(&mut self, t: &str, line: usize) {
        if self.image > 0 {
            return;
        }
        if self.cur.is_empty() {
            self.cur_line = line;
        }
        self.cur.push_str(t);
        if self.bold_depth > 0 && self.bold_at_start {
            self.bold_buf.push_str(t);
        }
    }

    fn newline(&mut self) {
        let text = std::mem::take(&mut self.cur);
        let bold = self.cur_bold.take();
        if !text.trim().is_empty() {
            self.lines.push(Line {
                text,
                line: self.cur_line,
                bold,
            });
        }
        self.bold_at_start = false;
        self.bold_buf.clear();
    }

    fn event(&mut self, event: &Event<'_>, line: usize) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) => self.text(t, line),
            Event::SoftBreak | Event::HardBreak => self.newline(),
            Event::InlineHtml(h) if h.to_ascii_lowercase().starts_with("<br") => self.newline(),
            Event::Start(Tag::Strong) => {
                if self.bold_depth == 0 && self.cur.trim().is_empty() && self.cur_bold.is_none() {
                    self.bold_at_start = true;
                    self.bold_buf.clear();
                }
                self.bold_depth += 1;
            }
            Event::End(TagEnd::Strong) => {
                self.bold_depth = self.bold_depth.saturating_sub(1);
                if self.bold_depth == 0 && self.bold_at_start {
                    self.bold_at_start = false;
                    let b = std::mem::take(&mut self.bold_buf);
                    if !b.trim().is_empty() {
                        self.cur_bold = Some(b.trim().to_string());
                    }
                }
            }
            Event::Start(Tag::Image { .. }) => self.image += 1,
            Event::End(TagEnd::Image) => self.image = self.image.saturating_sub(1),
            _ => {}
        }
    }

    fn finish(mut self) -> Vec<Line> {
        self.newline();
        self.lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_blocks_with_lines() {
        let md = "# Title\n\nSome **bold** text\nwrapped.\n\n- [x] right\n- [ ] wrong\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n> quoted\n";
        let blocks = read(md);
        assert_eq!(
            blocks[0],
            Block::Heading {
                level: 1,
                text: "Title".into(),
                line: 1
            }
        );
        let Block::Para { lines } = &blocks[1] else {
            panic!("{blocks:?}")
        };
        assert_eq!(lines[0].text, "Some bold text");
        assert_eq!(lines[1].line, 4);
        let Block::List { items, .. } = &blocks[2] else {
            panic!()
        };
        assert_eq!(items[0].checked, Some(true));
        assert_eq!(items[1].text(), "wrong");
        let Block::Table {
            header,
            rows,
            row_lines,
            ..
        } = &blocks[3]
        else {
            panic!()
        };
        assert_eq!(header, &["A", "B"]);
        assert_eq!(rows[0], ["1", "2"]);
        assert_eq!(row_lines, &[11]);
        assert!(matches!(&blocks[4], Block::Quote { lines } if lines[0].text == "quoted"));
    }

    #[test]
    fn keeps_leading_bold_label() {
        let blocks = read("**Tip:** read it twice.\n\n- **Term** — meaning\n");
        let Block::Para { lines } = &blocks[0] else {
            panic!()
        };
        assert_eq!(lines[0].bold.as_deref(), Some("Tip:"));
        assert_eq!(lines[0].text, "Tip: read it twice.");
        let Block::List { items, .. } = &blocks[1] else {
            panic!()
        };
        assert_eq!(items[0].lines[0].bold.as_deref(), Some("Term"));
    }
}
