//! Markdown notes → blocks, with pulldown-cmark events and their offsets
//! (for line numbers). Inline syntax (emphasis, links, code) is reduced to
//! its text here; a bold label at the start of a line is kept aside, and
//! so is whether a line is only link text. HTML blocks give their text
//! (`<summary>Answer</summary>` reads as "Answer"); code blocks are kept
//! whole for the tree-diagram rule.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::doc::{join_lines, Block, Item, Line, LineIndex};
use super::md_inline::Inline;
use super::vocab::DANGLING;
use crate::error::{Error, Result};

/// How deep lists and quotes may nest. Notes never need more; deeper input
/// would take the reader (and whatever walks its blocks) that many frames
/// down.
pub const MAX_DEPTH: usize = 64;

/// Reads Markdown. Front matter must already be blanked out (line numbers
/// stay right because it is replaced by empty lines).
pub fn read(file: &str, text: &str) -> Result<Vec<Block>> {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_MATH;
    let outlined = super::outline::as_lists(text);
    let html_defined = super::html_deflist::as_definitions(outlined.as_ref());
    let defined = super::deflist::as_items(html_defined.as_ref());
    let tabled = super::html_table::as_pipe_tables(defined.as_ref());
    let directed = super::boxes::directives(tabled.as_ref());
    let boxed = super::boxes::containers(directed.as_ref());
    let boxed = super::boxes::admonitions(boxed.as_ref());
    let spaced = super::plain::spaced_hashes(boxed.as_ref());
    let text = spaced.as_ref();
    let events: Vec<(Event<'_>, Range<usize>)> =
        Parser::new_ext(text, opts).into_offset_iter().collect();
    let mut r = Reader {
        ev: events,
        pos: 0,
        idx: LineIndex::new(text),
        src: text,
        too_deep: None,
        after_list: Vec::new(),
        level: 1,
    };
    let blocks = r.blocks_until(None, 0);
    match r.too_deep {
        Some(line) => Err(Error::at_line(file, line, format!(
            "lists and quotes nest more than {MAX_DEPTH} levels deep here — flatten this part of the notes"
        ))),
        None => Ok(blocks),
    }
}

struct Reader<'a> {
    ev: Vec<(Event<'a>, Range<usize>)>,
    pos: usize,
    idx: LineIndex,
    src: &'a str,
    /// The line where nesting first went past `MAX_DEPTH`.
    too_deep: Option<usize>,
    /// Code blocks met inside list items, and paragraphs run on into
    /// them, read after their list.
    after_list: Vec<Block>,
    /// The level of the last heading read, which a titled quote's heading
    /// goes one below.
    level: u8,
}

impl<'a> Reader<'a> {
    fn line_at(&self, pos: usize) -> usize {
        // An item indented by a tab starts, for the parser, at the end of
        // the line before: its line is the one after that newline.
        self.ev.get(pos).map_or(1, |(_, r)| {
            let newline = self.src.as_bytes().get(r.start) == Some(&b'\n') && r.len() > 1;
            self.idx.line(r.start + usize::from(newline))
        })
    }

    /// Whether an element opened at `depth` may be read; if not, it is
    /// skipped and the first such line remembered.
    fn enter(&mut self, depth: usize, line: usize) -> bool {
        if depth < MAX_DEPTH {
            return true;
        }
        self.too_deep.get_or_insert(line);
        self.skip();
        false
    }

    fn blocks_until(&mut self, end: Option<TagEnd>, depth: usize) -> Vec<Block> {
        let mut out = Vec::new();
        while self.pos < self.ev.len() {
            let line = self.line_at(self.pos);
            match &self.ev[self.pos].0 {
                Event::End(t) if Some(*t) == end => {
                    self.pos += 1;
                    return out;
                }
                Event::Start(_) => out.extend(self.block(line, depth)),
                Event::Rule => {
                    self.pos += 1;
                    out.push(Block::Break);
                }
                Event::Html(_) => out.extend(self.html(line)),
                _ => self.pos += 1,
            }
        }
        out
    }

    /// One block element starting at the current event.
    fn block(&mut self, line: usize, depth: usize) -> Vec<Block> {
        let Event::Start(tag) = self.ev[self.pos].0.clone() else {
            self.pos += 1;
            return Vec::new();
        };
        match tag {
            Tag::Heading { level, .. } => {
                self.pos += 1;
                self.level = level as u8;
                let lines = self.inline_until(|e| matches!(e, TagEnd::Heading(_)));
                vec![Block::Heading {
                    level: level as u8,
                    text: join_lines(&lines),
                    line,
                }]
            }
            Tag::Paragraph => {
                self.pos += 1;
                let lines = self.para_lines();
                if lines.is_empty() {
                    return Vec::new();
                }
                vec![Block::Para { lines }]
            }
            Tag::List(start) if self.enter(depth, line) => {
                self.pos += 1;
                let mut items = self.list_items(depth + 1);
                super::plain::strip_roman_numbers(&mut items);
                let mut out = self.split_list(start, items);
                out.append(&mut self.after_list);
                out
            }
            Tag::Table(_) => {
                self.pos += 1;
                self.table(line)
            }
            Tag::BlockQuote(kind) if self.enter(depth, line) => {
                self.pos += 1;
                let section = self.level;
                let inner = self.blocks_until(Some(TagEnd::BlockQuote(kind)), depth + 1);
                self.level = section;
                super::boxes::quote_blocks(inner, section)
            }
            Tag::CodeBlock(kind) => {
                let block = self.code(line, code_lang(&kind));
                match list_as_code(&kind, &block) {
                    Some(blocks) => blocks,
                    None => vec![block],
                }
            }
            Tag::HtmlBlock => {
                self.pos += 1;
                self.html(line)
            }
            // A footnote's text is read as the notes' own paragraphs; its
            // mark ("erosion[^2]") is dropped where it stands.
            Tag::FootnoteDefinition(_) => {
                self.pos += 1;
                Vec::new()
            }
            Tag::List(_) | Tag::BlockQuote(_) => Vec::new(),
            _ => {
                self.skip();
                Vec::new()
            }
        }
    }

    /// Skips a whole element (footnote, metadata…).
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

    fn code(&mut self, line: usize, lang: String) -> Block {
        self.pos += 1;
        let mut text = String::new();
        while self.pos < self.ev.len() {
            let (event, _) = &self.ev[self.pos];
            self.pos += 1;
            match event {
                Event::End(TagEnd::CodeBlock) => break,
                Event::Text(t) => text.push_str(t),
                _ => {}
            }
        }
        // "```math" over "V = IR": a formula on lines of its own, each
        // line one formula (the fence's own line is the block's)
        // (an empty one is an empty code block)
        let math = ["math", "latex", "tex", "katex"].contains(&lang.as_str());
        if math && !text.trim().is_empty() {
            let lines = text
                .lines()
                .enumerate()
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(k, t)| Line::new(format!("$$ {} $$", t.trim()), line + 1 + k))
                .collect();
            return Block::Para { lines };
        }
        Block::Code {
            text,
            lang,
            line,
            caption: None,
        }
    }

    /// HTML: the text between the tags, line by line, as a paragraph; a
    /// heading tag (`<h2>Mailbox rule</h2>`) as a heading.
    fn html(&mut self, first: usize) -> Vec<Block> {
        let start = self.pos;
        let mut blocks = Vec::new();
        let mut lines: Vec<Line> = Vec::new();
        // the closing tag of a page's style, script or menu being skipped
        let mut hidden: Option<&str> = None;
        while self.pos < self.ev.len() {
            let at = self.line_at(self.pos);
            let (event, _) = &self.ev[self.pos];
            if let Event::Html(h) | Event::InlineHtml(h) | Event::Text(h) = event {
                let closing = hidden.or_else(|| page_furniture(h));
                if let Some(close) = closing {
                    if hidden.is_none() {
                        blocks.push(Block::Left {
                            line: at.max(first),
                            why: "the web page's style, script or menu, not notes".to_string(),
                        });
                    }
                    self.pos += 1;
                    hidden = (!h.to_lowercase().contains(close)).then_some(close);
                    continue;
                }
            }
            match event {
                Event::Html(h) | Event::InlineHtml(h) if html_heading(h).is_some() => {
                    self.pos += 1;
                    let (level, text) = html_heading(h).unwrap_or_default();
                    if !lines.is_empty() {
                        blocks.push(Block::Para {
                            lines: std::mem::take(&mut lines),
                        });
                    }
                    let line = at.max(first);
                    blocks.push(Block::Heading { level, text, line });
                }
                Event::Html(h) | Event::InlineHtml(h) => {
                    self.pos += 1;
                    let text = strip_tags(&summary_label(h));
                    if !text.trim().is_empty() {
                        lines.push(Line::new(text.trim(), at.max(first)));
                    }
                }
                Event::End(TagEnd::HtmlBlock) => {
                    self.pos += 1;
                    break;
                }
                Event::Text(t) => {
                    self.pos += 1;
                    if !t.trim().is_empty() {
                        lines.push(Line::new(t.trim(), at));
                    }
                }
                _ => break,
            }
        }
        // a table on too few lines to be rewritten as a pipe table
        if let Some(table) = self.html_table(start, first) {
            return vec![table];
        }
        if !lines.is_empty() {
            blocks.push(Block::Para { lines });
        }
        blocks
    }

    /// The HTML block read from event `start` as a table, when it is one
    /// (`<table>…</table>` written on one line, as note sites export it).
    fn html_table(&self, start: usize, line: usize) -> Option<Block> {
        let raw: String = self.ev[start..self.pos]
            .iter()
            .filter_map(|(e, _)| match e {
                Event::Html(h) | Event::InlineHtml(h) | Event::Text(h) => Some(h.as_ref()),
                _ => None,
            })
            .collect();
        if !raw.trim_start().starts_with("<table") {
            return None;
        }
        let mut rows = super::html_table::rows(&raw)?;
        if rows.len() < 2 {
            return None;
        }
        let header = rows.remove(0);
        Some(Block::Table {
            header,
            row_lines: vec![line; rows.len()],
            rows,
            line,
        })
    }

    /// A paragraph's lines, a formula opening a line set out on its own.
    fn para_lines(&mut self) -> Vec<Line> {
        self.inline_into(Inline::paragraph(), |e| *e == TagEnd::Paragraph)
    }

    fn inline_until(&mut self, is_end: impl Fn(&TagEnd) -> bool) -> Vec<Line> {
        self.inline_into(Inline::default(), is_end)
    }

    fn inline_into(&mut self, mut acc: Inline, is_end: impl Fn(&TagEnd) -> bool) -> Vec<Line> {
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

    fn list_items(&mut self, depth: usize) -> Vec<Item> {
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
                    let item = self.item(line, depth);
                    // "- ~~India~~": an item struck out whole is gone
                    let struck = self.idx.text(self.src, line).contains("~~");
                    if !(struck && item.text().trim().is_empty() && item.sub.is_empty()) {
                        items.push(item);
                    }
                }
                _ => self.pos += 1,
            }
        }
        items
    }

    fn item(&mut self, line: usize, depth: usize) -> Item {
        let mut item = Item {
            line,
            ..Item::default()
        };
        let mut quoted_at = Vec::new();
        let mut acc = Inline::default();
        while self.pos < self.ev.len() {
            let at = self.line_at(self.pos);
            match self.ev[self.pos].0.clone() {
                Event::End(TagEnd::Item) => {
                    self.pos += 1;
                    break;
                }
                Event::TaskListMarker(done) => {
                    item.checked = Some(done);
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
                    if self.enter(depth, at) {
                        self.pos += 1;
                        item.sub.extend(self.list_items(depth + 1));
                    }
                }
                Event::Start(Tag::BlockQuote(kind)) => {
                    item.lines.extend(std::mem::take(&mut acc).finish());
                    if self.enter(depth, at) {
                        self.pos += 1;
                        let inner = self.blocks_until(Some(TagEnd::BlockQuote(kind)), depth + 1);
                        let mut quoted = super::boxes::flatten(&inner);
                        // "Projection - criticizing another …" over "> having
                        // a bad time at a party": an aside to the item, in
                        // brackets, not the next words of its meaning
                        if !item.lines.is_empty() {
                            in_brackets(&mut quoted);
                        }
                        quoted_at.extend(quoted.iter().map(|l| l.line));
                        item.lines.extend(quoted);
                    }
                }
                Event::Start(Tag::CodeBlock(kind)) => {
                    item.lines.extend(std::mem::take(&mut acc).finish());
                    self.code_in_item(&mut item, &kind, at);
                }
                // a table under an item is read after the list
                Event::Start(Tag::Table(_)) => {
                    item.lines.extend(std::mem::take(&mut acc).finish());
                    self.pos += 1;
                    let table = self.table(at);
                    self.after_list.extend(table);
                }
                Event::Start(_) if !acc.inline_start(&self.ev[self.pos].0) => {
                    // HTML, tables and headings inside an item.
                    item.lines.extend(std::mem::take(&mut acc).finish());
                    self.skip();
                }
                event => {
                    acc.event(&event, at);
                    self.pos += 1;
                }
            }
        }
        item.lines.extend(acc.finish());
        self.formulas_apart(&mut item, &quoted_at);
        if item.lines.is_empty() {
            item.lines.push(Line::new("", line));
        }
        item
    }

    /// "$$ pV = nRT $$" on its own line in an item's text (not in a quote
    /// under it): a formula of the section, read after the list.
    fn formulas_apart(&mut self, item: &mut Item, quoted_at: &[usize]) {
        // on a line of its own: no other text of the item on that line
        let alone = |l: &Line| item.lines.iter().filter(|o| o.line == l.line).count() == 1;
        let apart: Vec<bool> = item
            .lines
            .iter()
            .map(|l| {
                let t = l.text.trim();
                let own = !quoted_at.contains(&l.line) && alone(l);
                own && t.len() > 4 && t.starts_with("$$") && t.ends_with("$$")
            })
            .collect();
        let mut formulas = Vec::new();
        for (l, a) in std::mem::take(&mut item.lines).into_iter().zip(apart) {
            match a {
                true => formulas.push(l),
                false => item.lines.push(l),
            }
        }
        match (formulas.is_empty(), item.lines.is_empty()) {
            (false, false) => self.after_list.push(Block::Para { lines: formulas }),
            _ => item.lines.extend(formulas),
        }
    }

    /// A program under its item ("2. Stacking" over the code): read after
    /// the list, as a block of its own. A list indented as far as code
    /// ("\t    * Aims …") is the item's sub-items.
    fn code_in_item(
        &mut self,
        item: &mut Item,
        kind: &pulldown_cmark::CodeBlockKind<'_>,
        at: usize,
    ) {
        let mut block = self.code(at, code_lang(kind));
        if let Some([Block::List { items, .. }]) = list_as_code(kind, &block).as_deref() {
            item.sub.extend(items.iter().cloned());
            return;
        }
        if let Block::Code { caption, .. } = &mut block {
            *caption = item
                .lines
                .last()
                .map(|l| l.text.trim().to_string())
                .filter(|t| t.ends_with(':'));
        }
        self.after_list.push(block);
    }

    /// A list whose items run on into paragraphs (see `lazy_tail`): the
    /// list up to each, the paragraph, then the rest of the list. A list
    /// whose items are apart only here and there (a blank line between
    /// the periods and the facts after them) is as many lists.
    fn split_list(&self, start: Option<u64>, items: Vec<Item>) -> Vec<Block> {
        let blank_before = |it: &Item| {
            let above = self.idx.text(self.src, it.line.saturating_sub(1));
            above.trim().is_empty()
        };
        // only between items with nothing under them
        let gaps: Vec<bool> = (0..items.len())
            .map(|k| {
                let leaves = k > 0 && items[k].sub.is_empty() && items[k - 1].sub.is_empty();
                leaves && blank_before(&items[k])
            })
            .collect();
        let groups = gaps.contains(&true) && items.iter().skip(1).any(|it| !blank_before(it));
        let mut out = Vec::new();
        let mut cur = Vec::new();
        let mut done = 0;
        let mut flush = |cur: &mut Vec<Item>, out: &mut Vec<Block>| {
            if !cur.is_empty() {
                let start = start.map(|s| s + done);
                done += cur.len() as u64;
                let items = std::mem::take(cur);
                out.push(Block::List { start, items });
            }
        };
        for (k, mut it) in items.into_iter().enumerate() {
            if groups && gaps[k] {
                flush(&mut cur, &mut out);
            }
            let tail = self.cut_lazy_tail(&mut it);
            cur.push(it);
            if let Some(lines) = tail {
                flush(&mut cur, &mut out);
                out.push(Block::Para { lines });
            }
        }
        flush(&mut cur, &mut out);
        out
    }

    /// The lines of `item`, or of its last sub-item, that run on into a
    /// paragraph, taken out of it.
    fn cut_lazy_tail(&self, item: &mut Item) -> Option<Vec<Line>> {
        if let Some(last) = item.sub.last_mut() {
            return self.cut_lazy_tail(last);
        }
        let k = self.lazy_tail(item)?;
        Some(item.lines.split_off(k))
    }

    /// "* Superego - internalise social rules" then "Personality is set
    /// by …" flush left: a sentence the parser ran into the item, which
    /// the notes meant as a paragraph after the list. Its first line
    /// starts no further right than the item's marker, with a capital,
    /// after a line that does not leave off in mid-phrase, nor in a
    /// hard break ("Zona X␣␣" over what it does: the writer broke the
    /// item's line on purpose).
    fn lazy_tail(&self, item: &Item) -> Option<usize> {
        let indent = |n: usize| {
            let t = self.idx.text(self.src, n);
            t.len() - t.trim_start().len()
        };
        let marker = indent(item.line);
        (1..item.lines.len()).find(|&k| {
            let (before, l) = (&item.lines[k - 1], &item.lines[k]);
            let last = before.text.split_whitespace().last().unwrap_or("");
            let broken = self.idx.text(self.src, before.line).trim_end_matches('\r');
            let open = before.text.trim_end().ends_with([',', ';', ':', '-'])
                || DANGLING.contains(&last.to_lowercase().as_str())
                || broken.ends_with("  ")
                || broken.ends_with('\\');
            // ("**Disadvantages**" flush left: a bold label as well)
            let source = self.idx.text(self.src, l.line).trim_start();
            let source = source.trim_start_matches(['*', '_']);
            let capital = l.text.starts_with(|c: char| c.is_uppercase())
                && source.starts_with(|c: char| c.is_uppercase());
            // "4 methods of transport:" over the list that goes on below
            let counted_lead = l.text.starts_with(|c: char| c.is_ascii_digit())
                && l.text.trim_end().ends_with(':');
            l.line > before.line && indent(l.line) <= marker && !open && (capital || counted_lead)
        })
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
                        self.skip_row();
                        continue;
                    }
                    row_lines.push(at);
                    row.clear();
                }
                Event::Start(Tag::TableCell) => {
                    let lines = self.inline_until(|e| *e == TagEnd::TableCell);
                    row.push(super::doc::join_cell(&lines));
                }
                Event::End(TagEnd::TableHead) => header = std::mem::take(&mut row),
                Event::End(TagEnd::TableRow) => rows.push(std::mem::take(&mut row)),
                _ => {}
            }
        }
        super::doc::stack_header(&mut header, &mut rows, &mut row_lines);
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

    fn skip_row(&mut self) {
        while self.pos < self.ev.len()
            && !matches!(self.ev[self.pos].0, Event::End(TagEnd::TableRow))
        {
            self.pos += 1;
        }
        self.pos += 1;
    }
}

/// The first word of a fence's info string (`python`), lower-cased; empty
/// for an indented block.
fn code_lang(kind: &pulldown_cmark::CodeBlockKind<'_>) -> String {
    match kind {
        pulldown_cmark::CodeBlockKind::Fenced(info) => {
            info.split_whitespace().next().unwrap_or("").to_lowercase()
        }
        pulldown_cmark::CodeBlockKind::Indented => String::new(),
    }
}

/// The text of an HTML fragment without its tags and entities' markup.
/// `<details><summary>Answer</summary>Cone 6 …` on one line: the
/// summary is the label of the text after it ("Answer: Cone 6 …"), as
/// the notes would write it without the tags.
fn summary_label(h: &str) -> String {
    let (Some(open), Some(close)) = (h.find("<summary>"), h.find("</summary>")) else {
        return h.to_string();
    };
    let label = strip_tags(h.get(open + 9..close).unwrap_or(""));
    let rest = &h[close + 10..];
    let short = (1..=3).contains(&label.split_whitespace().count()) && !label.ends_with(':');
    if open > close || !short || strip_tags(rest).is_empty() {
        return h.to_string();
    }
    format!("{}{label}: {rest}", &h[..open])
}

/// `<h2>Mailbox rule</h2>` → (2, "Mailbox rule"): a heading written as
/// HTML on a line of its own.
/// `<style>`, `<script>`, `<nav>` or `<div class="floating-nav">`: the
/// web page around the notes, its closing tag what ends it.
fn page_furniture(h: &str) -> Option<&'static str> {
    let t = h.trim_start().to_lowercase();
    let tag =
        |name: &str| t.starts_with(&format!("<{name}>")) || t.starts_with(&format!("<{name} "));
    if tag("style") {
        Some("</style>")
    } else if tag("script") {
        Some("</script>")
    } else if tag("nav") {
        Some("</nav>")
    } else if tag("div") {
        let class = t
            .split_once("class=")
            .map(|(_, c)| c.split('>').next().unwrap_or(c));
        class
            .is_some_and(|c| c.contains("nav") || c.contains("menu"))
            .then_some("</div>")
    } else {
        None
    }
}

fn html_heading(h: &str) -> Option<(u8, String)> {
    let t = h.trim();
    let lower = t.to_ascii_lowercase();
    let level = lower.strip_prefix("<h")?.chars().next()?.to_digit(10)?;
    let opens = lower[3..].starts_with(['>', ' ']);
    let closes = lower.ends_with(&format!("</h{level}>"));
    let text = strip_tags(t);
    ((1..=6).contains(&level) && opens && closes && !text.is_empty()).then_some((level as u8, text))
}

fn strip_tags(h: &str) -> String {
    let mut out = String::with_capacity(h.len());
    let mut in_tag = false;
    for c in h.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&nbsp;", " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// "\t* Schlieffen plan" after a paragraph: a list indented as far as
/// code, each line a bullet, which the notes meant as a list. Its blocks,
/// read on the lines they stand on.
fn list_as_code(kind: &pulldown_cmark::CodeBlockKind<'_>, block: &Block) -> Option<Vec<Block>> {
    let Block::Code { text, line, .. } = block else {
        return None;
    };
    let marked = super::plain::markdown_item;
    let indented = matches!(kind, pulldown_cmark::CodeBlockKind::Indented);
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    // a line that is no item runs on from the item above it, indented
    // further ("- What is a kiln?" over "    A furnace for pots.")
    let depth = |l: &str| l.len() - l.trim_start().len();
    let mut item_depth = None;
    let items_only = lines.iter().all(|l| match marked(l) {
        true => {
            item_depth = Some(depth(l));
            true
        }
        false => item_depth.is_some_and(|d| depth(l) > d),
    });
    if !indented || lines.is_empty() || !items_only {
        return None;
    }
    let padded = format!("{}{text}", "\n".repeat(line.saturating_sub(1)));
    read("", &padded).ok()
}

/// Lines quoted under an item's text, set in brackets as an aside; a
/// labelled quote ("Note: …") stays as it is.
fn in_brackets(lines: &mut [Line]) {
    let labelled = lines.first().is_some_and(|l| {
        l.text
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with(':'))
    });
    if labelled || lines.is_empty() {
        return;
    }
    if let Some(first) = lines.first_mut() {
        first.text = format!("({}", first.text.trim_start());
    }
    if let Some(last) = lines.last_mut() {
        let t = last.text.trim_end().trim_end_matches('.');
        last.text = format!("{t})");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(md: &str) -> Vec<Block> {
        read("t.md", md).unwrap()
    }

    /// The first line of each paragraph.
    fn first_lines(md: &str) -> Vec<String> {
        blocks(md)
            .iter()
            .filter_map(|b| match b {
                Block::Para { lines } => Some(lines[0].text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_line_after_a_hard_break_stays_in_its_item() {
        let md = "* Kilns\n    * Anagama  \n    Fired with wood for days.\n* Glazes  \nFused to the clay.\n";
        let blocks = blocks(md);
        assert_eq!(blocks.len(), 1, "{blocks:?}");
        let Block::List { items, .. } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(items.len(), 2);
        let texts = |it: &Item| it.lines.iter().map(|l| l.text.clone()).collect::<Vec<_>>();
        assert_eq!(
            texts(&items[0].sub[0]),
            ["Anagama", "Fired with wood for days."]
        );
        assert_eq!(texts(&items[1]), ["Glazes", "Fused to the clay."]);
    }

    #[test]
    fn an_item_indented_by_a_tab_keeps_its_line() {
        let md = "* Kiln parts:\n\t1. Firebox\n\t2. Flue\n";
        let Block::List { items, .. } = &blocks(md)[0] else {
            panic!()
        };
        let lines: Vec<usize> = items[0].sub.iter().map(|i| i.line).collect();
        assert_eq!(lines, [2, 3]);
    }

    #[test]
    fn a_table_under_an_item_is_read_after_its_list() {
        let md = "1. Clays:\n\n    | Clay | Fires at |\n    |---|---|\n    | Earthenware | cone 04 |\n2. Glazes\n";
        let got = blocks(md);
        assert!(matches!(&got[0], Block::List { items, .. } if items.len() == 2));
        let Block::Table { rows, line, .. } = &got[1] else {
            panic!("{got:?}")
        };
        assert_eq!((rows[0][0].as_str(), *line), ("Earthenware", 3));
    }

    #[test]
    fn a_display_formula_run_into_an_item_is_read_after_its_list() {
        let md = "- it joins the laws above\n$$ pV = nRT $$\n- k is the gas constant\n";
        let got = blocks(md);
        let Block::List { items, .. } = &got[0] else {
            panic!("{got:?}")
        };
        assert_eq!(items[0].text(), "it joins the laws above");
        assert!(
            matches!(&got[1], Block::Para { lines } if lines[0].line == 2),
            "{got:?}"
        );
    }

    #[test]
    fn a_markdown_footnote_is_read_as_a_paragraph_without_its_mark() {
        let md = "Kilns glow[^1] when hot.\n\n[^1]: Only above 600 degrees.\n";
        assert_eq!(
            first_lines(md),
            ["Kilns glow when hot.", "Only above 600 degrees."]
        );
    }

    #[test]
    fn a_footnote_mark_goes_and_a_power_is_raised() {
        let md = "A glaze<sup>1</sup> seals the pot.\n\nIts R<sup>2</sup> is 0.9 per cm<sup>3</sup>, x<sup>n</sup>.\n\n<sup>1</sup>Glass on clay.\n";
        let texts = first_lines(md);
        assert_eq!(
            texts,
            [
                "A glaze seals the pot.",
                "Its R² is 0.9 per cm³, x^(n).",
                "Glass on clay."
            ]
        );
        // a <sup> left open raises its own text, not the rest of the notes
        let md = "Cone 6<sup>th</sup> glazes.\n\nA glaze<sup>1 seals *the* pot.\n";
        let texts = first_lines(md);
        assert_eq!(texts, ["Cone 6th glazes.", "A glaze^(1 seals) the pot."]);
    }

    #[test]
    fn reads_blocks_with_lines() {
        let md = "# Title\n\nSome **bold** text\nwrapped.\n\n- [x] right\n- [ ] wrong\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n> quoted\n";
        let blocks = blocks(md);
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
        let blocks = blocks("**Tip:** read it twice.\n\n- **Term** — meaning\n");
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

    #[test]
    fn leaves_out_a_pages_style_script_and_menu() {
        let md = "<style>\n.nav {\n  top: 0; /* pinned */\n}\n</style>\n<div class=\"floating-nav\">\n  <a href=\"/kilns/\">Kilns</a>\n  <a href=\"/glazes/\">Glazes</a>\n</div>\n\n<div style=\"border: 1px\">\nA kiln fires clay.\n</div>\n\n# Kilns\n";
        let blocks = blocks(md);
        let left: Vec<usize> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Left { line, .. } => Some(*line),
                _ => None,
            })
            .collect();
        assert_eq!(left, [1, 6], "{blocks:?}");
        let texts: Vec<String> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Para { lines } => Some(lines.iter().map(|l| l.text.clone()).collect()),
                _ => None,
            })
            .collect();
        // a box the notes are written in stays
        assert_eq!(texts, ["A kiln fires clay."], "{blocks:?}");
    }

    #[test]
    fn marks_lines_of_links_and_keeps_code_and_html_text() {
        let md = "- [Intro](#intro)\n- [Setup](setup.md) and more\n\n```\ntree\n```\n\n<details><summary>Answer</summary>\nB) yes\n</details>\n";
        let blocks = blocks(md);
        let Block::List { items, .. } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert!(items[0].lines[0].links_only);
        assert!(!items[1].lines[0].links_only);
        assert_eq!(
            blocks[1],
            Block::Code {
                text: "tree\n".into(),
                lang: String::new(),
                line: 4,
                caption: None,
            }
        );
        let Block::Para { lines } = &blocks[2] else {
            panic!("{blocks:?}")
        };
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Answer", "B) yes"]);
    }

    /// Regression: notes nested 10,000 levels deep overflowed the stack.
    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let md = "> - ".repeat(10_000) + "x\n";
        let e = read("deep.md", &md).unwrap_err();
        assert_eq!(e.exit_code(), 65);
        assert!(
            e.to_string()
                .starts_with("deep.md:1: lists and quotes nest more than 64"),
            "{e}"
        );
        let ok = "- a\n".to_string() + &"  ".repeat(3) + "- b\n";
        assert!(read("ok.md", &ok).is_ok());
    }
}
