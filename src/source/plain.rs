//! Plain-text notes, and the plain-text habits found inside Markdown: short
//! title lines used as headings, `•` bullets, numbered quiz questions with
//! lettered options and an answer key, and tables flattened to one line per
//! row (tab-separated, or with the cells glued together: `IaaSEC2, EBS`).

use std::collections::BTreeSet;

use super::clean::{is_arrow, is_emoji};
use super::doc::{Block, Item, Line};

/// Reads a plain-text file into paragraphs (and quiz questions). Lines
/// before `skip` (front matter) are ignored.
pub fn read(text: &str, skip: usize) -> Vec<Block> {
    let mut lines: Vec<Option<(usize, String)>> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i >= skip).then(|| (i + 1, l.trim().to_string())))
        .collect();
    let mut blocks = quiz(&mut lines);
    let mut para: Vec<Line> = Vec::new();
    let mut out = Vec::new();
    for l in lines {
        match l {
            Some((n, t)) if !t.is_empty() => para.push(Line::new(t, n)),
            _ => {
                if !para.is_empty() {
                    out.push(Block::Para {
                        lines: std::mem::take(&mut para),
                    });
                }
            }
        }
    }
    if !para.is_empty() {
        out.push(Block::Para { lines: para });
    }
    // Quiz blocks go where their question was.
    out.append(&mut blocks);
    out.sort_by_key(|b| b.line().unwrap_or(0));
    out
}

/// A numbered question (`3. Who …?`).
fn numbered_question(s: &str) -> Option<(u32, String)> {
    let s = s
        .strip_prefix("Q")
        .map_or(s, |r| r.trim_start_matches(['.', ' ']));
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let rest = s[digits.len()..].strip_prefix(['.', ')', ':'])?;
    let q = rest.trim();
    (q.ends_with('?') && q.len() > 3).then(|| (digits.parse().unwrap_or(0), q.to_string()))
}

/// A lettered option (`B) text`, `(b) text`, `B. text`): its index and text.
fn option_line(s: &str) -> Option<(usize, String)> {
    let s = s.trim_start_matches('(');
    let mut chars = s.chars();
    let letter = chars.next()?;
    let sep = chars.next()?;
    if !letter.is_ascii_alphabetic() || !matches!(sep, ')' | '.' | ':') {
        return None;
    }
    let idx = (letter.to_ascii_lowercase() as u8).checked_sub(b'a')? as usize;
    let text = chars.as_str().trim();
    (idx < 8 && !text.is_empty()).then(|| (idx, text.to_string()))
}

/// `Answer: B`, `Correct answer - (b)`: the index.
fn answer_line(s: &str) -> Option<(usize, Option<String>)> {
    let lower = s.to_ascii_lowercase();
    let rest = ["correct answer", "answer"]
        .iter()
        .find_map(|p| lower.strip_prefix(p).map(|r| &s[s.len() - r.len()..]))?;
    let rest = rest.trim_start_matches([':', '-', ' ', '(']);
    let mut chars = rest.chars();
    let letter = chars.next()?;
    let after = chars.as_str();
    if !letter.is_ascii_alphabetic() || after.starts_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    let idx = (letter.to_ascii_lowercase() as u8).checked_sub(b'a')? as usize;
    let why = after
        .trim_start_matches([')', '.', ' ', '—', '-', ':', '–'])
        .trim();
    Some((idx, (!why.is_empty()).then(|| why.to_string())))
}

/// Whether an option is marked right in place: `B) text (correct)`, `*B) text`.
fn marked_right(text: &str) -> Option<String> {
    let t = text.trim();
    for suffix in ["(correct)", "[correct]", "✓", "✅", "✔", "*"] {
        if let Some(rest) = t.strip_suffix(suffix) {
            return Some(rest.trim().to_string());
        }
    }
    None
}

/// Pulls numbered questions with lettered options out of plain text. The
/// right option comes from an `Answer: B` line after the options, a mark on
/// the option, or an answer key (`Answers: 1-B, 2-C`) anywhere in the file.
/// Questions whose answer cannot be found are dropped with their options: a
/// card without a known right answer would teach nothing.
fn quiz(lines: &mut [Option<(usize, String)>]) -> Vec<Block> {
    let key = answer_key(lines);
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some((line, text)) = lines[i].clone() else {
            i += 1;
            continue;
        };
        let Some((number, question)) = numbered_question(&text) else {
            i += 1;
            continue;
        };
        let mut options: Vec<String> = Vec::new();
        let mut right: Option<usize> = None;
        let mut explanation = None;
        let mut used = vec![i];
        let mut j = i + 1;
        while j < lines.len() {
            let Some((_, t)) = &lines[j] else {
                j += 1;
                continue;
            };
            if t.is_empty() {
                j += 1;
                continue;
            }
            if let Some((idx, opt)) = option_line(t) {
                if idx != options.len() {
                    break;
                }
                let opt = match marked_right(&opt) {
                    Some(o) => {
                        right = Some(idx);
                        o
                    }
                    None => opt,
                };
                options.push(opt);
                used.push(j);
                j += 1;
                continue;
            }
            if let Some((idx, why)) = answer_line(t) {
                right = Some(idx);
                explanation = why;
                used.push(j);
                j += 1;
                if let Some(Some((_, t))) = lines.get(j) {
                    if let Some(why) = t
                        .strip_prefix("Explanation:")
                        .or_else(|| t.strip_prefix("Why:"))
                    {
                        explanation = Some(why.trim().to_string());
                        used.push(j);
                    }
                }
                break;
            }
            break;
        }
        let right = right.or_else(|| key.iter().find(|(n, _)| *n == number).map(|(_, a)| *a));
        if options.len() >= 2 {
            if let Some(answer) = right.filter(|a| *a < options.len()) {
                out.push(Block::Choice {
                    question,
                    options,
                    answer,
                    explanation,
                    line,
                });
            }
            for u in used {
                lines[u] = None;
            }
        } else {
            // A question with no options: nothing to learn from it alone.
            lines[i] = None;
        }
        i = j.max(i + 1);
    }
    out
}

/// `Answers: 1-B, 2-C` / `Answer key: 1. b 2. a` (possibly over several lines).
fn answer_key(lines: &mut [Option<(usize, String)>]) -> Vec<(u32, usize)> {
    let mut key = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some((_, t)) = &lines[i] else {
            i += 1;
            continue;
        };
        let lower = t.to_ascii_lowercase();
        if !(lower.starts_with("answer key") || lower.starts_with("answers")) {
            i += 1;
            continue;
        }
        let mut text = t
            .split_once(':')
            .map_or(String::new(), |(_, r)| r.to_string());
        let mut j = i + 1;
        while let Some(Some((_, t))) = lines.get(j) {
            if t.is_empty() {
                break;
            }
            text.push(' ');
            text.push_str(t);
            j += 1;
        }
        let pairs = key_pairs(&text);
        if !pairs.is_empty() {
            key.extend(pairs);
            for l in lines.iter_mut().take(j).skip(i) {
                *l = None;
            }
        }
        i = j;
    }
    key
}

fn key_pairs(text: &str) -> Vec<(u32, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_alphanumeric()) {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let n: u32 = chars[start..i]
                .iter()
                .collect::<String>()
                .parse()
                .unwrap_or(0);
            while i < chars.len() && matches!(chars[i], ' ' | '-' | '.' | ')' | ':' | '=' | '(') {
                i += 1;
            }
            if i < chars.len()
                && chars[i].is_ascii_alphabetic()
                && !chars.get(i + 1).is_some_and(|c| c.is_alphabetic())
            {
                let idx = (chars[i].to_ascii_lowercase() as u8 - b'a') as usize;
                if idx < 8 {
                    out.push((n, idx));
                }
            }
        }
        i += 1;
    }
    out
}

/// Lines that carry no knowledge: page furniture, progress bars, copyright.
pub fn is_junk(text: &str) -> bool {
    let t = text
        .trim_start_matches(|c: char| is_emoji(c) || is_arrow(c) || c.is_whitespace() || c == '*')
        .trim();
    let lower = t.to_ascii_lowercase();
    if t.is_empty() || (t.chars().all(|c| !c.is_alphanumeric()) && !t.contains('|')) {
        return true;
    }
    // A lone option letter ("A", "B)") left from a quiz widget.
    if t.chars().count() <= 2 && t.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
        return true;
    }
    t.contains('©')
        || [
            "last updated",
            "updated:",
            "progress:",
            "copyright",
            "primary source:",
            "source:",
            "next:",
            "previous:",
            "credits",
            "all rights reserved",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// Words that leave a line unfinished when they end it.
const DANGLING: &[&str] = &[
    "a", "an", "the", "of", "for", "to", "and", "or", "by", "with", "in", "on", "is", "are",
    "that", "from", "as", "at", "into", "than", "but", "be", "its", "their", "your",
];

/// Whether a line ends mid-sentence (`AWS is responsible for`).
pub fn dangles(text: &str) -> bool {
    let t = text.trim_end();
    if t.ends_with([',', '—', '–', '-', '(']) {
        return true;
    }
    let last = t
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase();
    DANGLING.contains(&last.as_str())
}

/// A short title-like line: a heading in notes that have lost their Markdown.
pub fn heading_like(text: &str) -> bool {
    let t = text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 || t.chars().count() > 90 || t.chars().count() < 3 {
        return false;
    }
    if t.ends_with(['.', ',', ';', '!', '?', ':', '"', '”']) || dangles(t) || is_junk(t) {
        return false;
    }
    let first = t.chars().next().unwrap_or(' ');
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    let significant: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    if significant.is_empty() {
        return words.len() <= 3;
    }
    let capital = significant
        .iter()
        .filter(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .count();
    capital * 10 >= significant.len() * 6 || words.len() <= 3
}

/// A bullet line in text (`• item`, `- item`, `* item`): the item text.
pub fn bullet(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let c = t.chars().next()?;
    if matches!(
        c,
        '•' | '·' | '▪' | '◦' | '‣' | '●' | '○' | '■' | '□' | '–' | '-' | '*' | '+'
    ) {
        let rest = &t[c.len_utf8()..];
        if rest.starts_with(' ') && !rest.trim().is_empty() {
            return Some(rest.trim());
        }
    }
    None
}

/// A numbered line (`2. text`, `3) text`): the number and the text.
pub fn numbered(text: &str) -> Option<(u32, &str)> {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = text[digits..].strip_prefix(['.', ')'])?;
    rest.starts_with(' ')
        .then(|| (text[..digits].parse().unwrap_or(0), rest.trim()))
}

/// Removes a section number from a heading (`1.7 Title`, `2. Title`).
pub fn strip_numbering(text: &str) -> &str {
    let t = text.trim();
    let n = t
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .count();
    if n > 0
        && t[n..].starts_with([' ', ')'])
        && t.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        return t[n..].trim_start_matches(')').trim();
    }
    t
}

/// How notes are turned into blocks after parsing.
pub struct Refiner<'a> {
    /// No Markdown headings anywhere: title-like lines are headings.
    pub plainish: bool,
    /// The file is plain text (not Markdown): `-`/`*`/numbered lines are lists.
    pub plain: bool,
    /// Lower-cased words of the whole file, to tell glued table cells apart.
    pub vocab: &'a BTreeSet<String>,
}

enum Piece {
    Text(Line),
    Bullet(Line),
    Numbered(Line),
    Heading(Line),
    Table(Block),
}

impl Refiner<'_> {
    /// Splits paragraphs into the structure their lines show, and gives
    /// headings found in plain text their levels.
    pub fn refine(&self, blocks: Vec<Block>) -> Vec<Block> {
        let mut out = Vec::new();
        for b in blocks {
            match b {
                Block::Para { lines } => out.extend(self.para(lines)),
                Block::List { ordered, items } => out.extend(self.list(ordered, items)),
                Block::Quote { lines } => {
                    let lines: Vec<Line> =
                        lines.into_iter().filter(|l| !is_junk(&l.text)).collect();
                    if !lines.is_empty() {
                        out.push(Block::Quote { lines });
                    }
                }
                other => out.push(other),
            }
        }
        if self.plainish {
            assign_levels(&mut out);
        }
        out
    }

    fn para(&self, lines: Vec<Line>) -> Vec<Block> {
        let lines: Vec<Line> = lines.into_iter().filter(|l| !is_junk(&l.text)).collect();
        let mut pieces: Vec<Piece> = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            if let Some((table, used)) = self.table_at(&lines[i..]) {
                pieces.push(Piece::Table(table));
                i += used;
                continue;
            }
            let l = &lines[i];
            let t = l.text.trim();
            let prev_dangles = matches!(pieces.last(), Some(Piece::Text(p)) if dangles(&p.text));
            if let Some(item) = bullet(t).filter(|_| self.plain || !t.starts_with(['-', '*', '+']))
            {
                pieces.push(Piece::Bullet(Line::new(item, l.line)));
            } else if let (true, Some((_, text))) = (self.plain, numbered(t)) {
                if !text.ends_with('?') {
                    pieces.push(Piece::Numbered(Line::new(text, l.line)));
                }
            } else if self.plainish && !prev_dangles && heading_like(t) {
                pieces.push(Piece::Heading(l.clone()));
            } else if let (Some(Piece::Bullet(prev)), true) = (
                pieces.last_mut(),
                self.plain && t.starts_with(|c: char| c.is_lowercase()),
            ) {
                // A wrapped bullet.
                prev.text.push(' ');
                prev.text.push_str(t);
            } else {
                pieces.push(Piece::Text(l.clone()));
            }
            i += 1;
        }
        let mut out: Vec<Block> = Vec::new();
        for p in pieces {
            match p {
                Piece::Text(l) => match out.last_mut() {
                    Some(Block::Para { lines }) => lines.push(l),
                    _ => out.push(Block::Para { lines: vec![l] }),
                },
                Piece::Bullet(l) | Piece::Numbered(l) => {
                    let ordered = false;
                    let item = Item {
                        line: l.line,
                        lines: vec![l],
                        ..Item::default()
                    };
                    match out.last_mut() {
                        Some(Block::List { items, .. }) => items.push(item),
                        _ => out.push(Block::List {
                            ordered,
                            items: vec![item],
                        }),
                    }
                }
                Piece::Heading(l) => out.push(Block::Heading {
                    level: 0,
                    text: l.text,
                    line: l.line,
                }),
                Piece::Table(t) => out.push(t),
            }
        }
        out
    }

    /// In notes without Markdown headings, list items swallow the heading
    /// and paragraph that follow them (lazy continuation), and numbered
    /// section titles parse as ordered lists: undo both.
    fn list(&self, ordered: bool, items: Vec<Item>) -> Vec<Block> {
        if !self.plainish {
            return vec![Block::List { ordered, items }];
        }
        let mut out = Vec::new();
        let mut kept: Vec<Item> = Vec::new();
        let sections = ordered
            && items.iter().all(|it| {
                it.lines
                    .first()
                    .is_some_and(|l| heading_like(&l.text) && !l.text.trim_end().ends_with('?'))
            });
        for mut item in items {
            if sections {
                let first = item.lines.remove(0);
                out.push(Block::Heading {
                    level: 0,
                    text: first.text,
                    line: first.line,
                });
                let rest: Vec<Line> = std::mem::take(&mut item.lines);
                if !rest.is_empty() {
                    out.extend(self.para(rest));
                }
                if !item.sub.is_empty() {
                    out.push(Block::List {
                        ordered: false,
                        items: item.sub,
                    });
                }
                continue;
            }
            let cut = item
                .lines
                .iter()
                .skip(1)
                .position(|l| {
                    heading_like(&l.text)
                        || is_junk(&l.text)
                        || l.text.trim_start().starts_with('|')
                })
                .map(|p| p + 1);
            match cut {
                Some(at) => {
                    let tail = item.lines.split_off(at);
                    kept.push(item);
                    out.push(Block::List {
                        ordered,
                        items: std::mem::take(&mut kept),
                    });
                    out.extend(self.para(tail));
                }
                None => kept.push(item),
            }
        }
        if !kept.is_empty() {
            out.push(Block::List {
                ordered,
                items: kept,
            });
        }
        out
    }

    /// A table flattened into lines at the start of `lines`: Markdown pipe
    /// rows that the parser left in a paragraph, tab-separated rows, or rows
    /// whose cells were glued together. Returns the table and the lines used.
    fn table_at(&self, lines: &[Line]) -> Option<(Block, usize)> {
        pipe_table(lines)
            .or_else(|| tab_table(lines))
            .or_else(|| self.glued_table(lines))
    }

    fn glued_table(&self, lines: &[Line]) -> Option<(Block, usize)> {
        let head = lines.first()?;
        let h = head.text.trim();
        if h.split_whitespace().count() > 10 || h.ends_with(['.', ':', '?', '!']) {
            return None;
        }
        let splits = pick_splits(&split_candidates(h, self.vocab), usize::MAX);
        if splits.is_empty() {
            return None;
        }
        let k = splits.len();
        let header = cut(h, &splits);
        let mut rows = Vec::new();
        let mut row_lines = Vec::new();
        for l in &lines[1..] {
            let t = l.text.trim();
            let s = pick_splits(&split_candidates(t, self.vocab), k);
            if s.len() != k {
                break;
            }
            rows.push(cut(t, &s));
            row_lines.push(l.line);
        }
        table_of(header, rows, row_lines, head.line)
    }
}

/// A table from a header line and the rows read under it, with how many
/// lines it took; two rows at least, or it is no table.
fn table_of(
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    row_lines: Vec<usize>,
    line: usize,
) -> Option<(Block, usize)> {
    (rows.len() >= 2).then(|| {
        let used = rows.len() + 1;
        (
            Block::Table {
                header,
                rows,
                row_lines,
                line,
            },
            used,
        )
    })
}

fn pipe_table(lines: &[Line]) -> Option<(Block, usize)> {
    let is_row = |t: &str| t.trim().starts_with('|');
    let cells = |t: &str| -> Vec<String> {
        let t = t.trim().trim_start_matches('|');
        let t = t.strip_suffix('|').unwrap_or(t);
        t.split('|').map(|c| c.trim().to_string()).collect()
    };
    let head = lines.first()?;
    let delim = lines.get(1)?;
    let d = delim.text.trim();
    if !is_row(&head.text)
        || !d.contains('-')
        || !d.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
    {
        return None;
    }
    let header = cells(&head.text);
    let mut rows = Vec::new();
    let mut row_lines = Vec::new();
    for l in &lines[2..] {
        if !is_row(&l.text) {
            break;
        }
        rows.push(cells(&l.text));
        row_lines.push(l.line);
    }
    let used = rows.len() + 2;
    Some((
        Block::Table {
            header,
            rows,
            row_lines,
            line: head.line,
        },
        used,
    ))
}

fn tab_table(lines: &[Line]) -> Option<(Block, usize)> {
    let cells = |t: &str| -> Vec<String> { t.split('\t').map(|c| c.trim().to_string()).collect() };
    let head = lines.first()?;
    if !head.text.contains('\t') {
        return None;
    }
    let header = cells(&head.text);
    let n = header.len();
    let mut rows = Vec::new();
    let mut row_lines = Vec::new();
    for l in &lines[1..] {
        let c = cells(&l.text);
        if !l.text.contains('\t') || c.len() > n {
            break;
        }
        rows.push(c);
        row_lines.push(l.line);
    }
    table_of(header, rows, row_lines, head.line)
}

/// Places in a line where two table cells may have been glued together
/// (`AreaCustomer`, `VPCGuest`, `IaaSEC2`), each with a score: how much the
/// case change and the words on both sides (seen elsewhere in the file) say
/// it is a cell boundary.
fn split_candidates(line: &str, vocab: &BTreeSet<String>) -> Vec<(usize, i32)> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let known = |w: &str| w.chars().count() >= 2 && vocab.contains(&w.to_lowercase());
    let mut out = Vec::new();
    for i in 1..chars.len() {
        let (at, c) = chars[i];
        let prev = chars[i - 1].1;
        if !c.is_uppercase() || !prev.is_alphanumeric() {
            continue;
        }
        let next = chars.get(i + 1).map(|x| x.1);
        let lower_to_upper = prev.is_lowercase();
        let acronym_end = prev.is_uppercase() && next.is_some_and(char::is_lowercase);
        // The word on the left: the camel-case word, and the whole run.
        let mut s = i;
        if prev.is_uppercase() {
            while s > 0 && (chars[s - 1].1.is_uppercase() || chars[s - 1].1.is_ascii_digit()) {
                s -= 1;
            }
        } else {
            while s > 0 && (chars[s - 1].1.is_lowercase() || chars[s - 1].1.is_ascii_digit()) {
                s -= 1;
            }
            if s > 0 && chars[s - 1].1.is_uppercase() {
                s -= 1;
            }
        }
        let mut run = i;
        while run > 0 && chars[run - 1].1.is_alphanumeric() {
            run -= 1;
        }
        let left_camel: String = chars[s..i].iter().map(|x| x.1).collect();
        let left_run: String = chars[run..i].iter().map(|x| x.1).collect();
        // The word on the right.
        let mut e = i + 1;
        while e < chars.len() && chars[e].1.is_alphanumeric() {
            e += 1;
        }
        let right_run: String = chars[i..e].iter().map(|x| x.1).collect();
        let mut ce = i + 1;
        if next.is_some_and(char::is_lowercase) {
            while ce < chars.len() && chars[ce].1.is_lowercase() {
                ce += 1;
            }
        } else {
            while ce < chars.len()
                && (chars[ce].1.is_uppercase() || chars[ce].1.is_ascii_digit())
                && !chars.get(ce + 1).is_some_and(|x| x.1.is_lowercase())
            {
                ce += 1;
            }
        }
        let right_camel: String = chars[i..ce].iter().map(|x| x.1).collect();
        let capital_word = next.is_some_and(char::is_lowercase)
            && chars.get(i + 2).is_some_and(|x| x.1.is_lowercase());
        let acronym = right_camel.chars().count() >= 2
            && right_camel
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit());
        let left_known = known(&left_camel) || known(&left_run);
        let right_known = known(&right_camel) || known(&right_run);
        let mut score = 0;
        if capital_word {
            score += 2;
        }
        if acronym {
            score += 1;
        }
        if left_known {
            score += 2;
        }
        if right_known {
            score += 2;
        }
        let ok = if lower_to_upper || acronym_end {
            score >= 2
        } else {
            left_known && right_known
        };
        if ok {
            out.push((at, score));
        }
    }
    out
}

/// The `want` best non-adjacent split points, in order of position.
fn pick_splits(cands: &[(usize, i32)], want: usize) -> Vec<usize> {
    let mut sorted: Vec<(usize, i32)> = cands.to_vec();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut picked: Vec<usize> = Vec::new();
    for (at, _) in sorted {
        if picked.len() == want {
            break;
        }
        if picked.iter().all(|p| p.abs_diff(at) > 2) {
            picked.push(at);
        }
    }
    picked.sort_unstable();
    picked
}

fn cut(line: &str, at: &[usize]) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    for &a in at {
        out.push(line[start..a].trim().to_string());
        start = a;
    }
    out.push(line[start..].trim().to_string());
    out
}

/// Gives plain-text headings a level: the first is the title (1); a short
/// heading right above a list or table is a sub-heading (3); others are 2.
fn assign_levels(blocks: &mut [Block]) {
    let mut seen_content = false;
    for i in 0..blocks.len() {
        let next_is_list = matches!(
            blocks.get(i + 1),
            Some(Block::List { .. } | Block::Table { .. })
        );
        match &mut blocks[i] {
            Block::Heading { level, text, .. } if *level == 0 => {
                let words = text.split_whitespace().count();
                *level = if !seen_content {
                    seen_content = true;
                    1
                } else if next_is_list && words <= 8 {
                    3
                } else {
                    2
                };
            }
            Block::Heading { .. } => seen_content = true,
            Block::Break => {}
            _ => seen_content = true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(text: &str) -> BTreeSet<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    #[test]
    fn splits_glued_cells() {
        let v = vocab("EC2 (IaaS) and Lambda (PaaS) manages the network, its data and OS");
        let pick = |s: &str, k| {
            let at = pick_splits(&split_candidates(s, &v), k);
            cut(s, &at)
        };
        assert_eq!(
            pick("TypeServicesCustomer ManagesAWS Manages", usize::MAX),
            ["Type", "Services", "Customer Manages", "AWS Manages"]
        );
        assert_eq!(
            pick("IaaSEC2, EBSGuest OS, appsPhysical hosts", 3),
            ["IaaS", "EC2, EBS", "Guest OS, apps", "Physical hosts"]
        );
        assert_eq!(
            pick("PaaSLambda, RDSCode and dataOS patching", 3),
            ["PaaS", "Lambda, RDS", "Code and data", "OS patching"]
        );
        assert_eq!(
            pick("NetworkVPC settings, NACLs", 1),
            ["Network", "VPC settings, NACLs"]
        );
    }

    #[test]
    fn recognises_line_kinds() {
        assert!(heading_like("Physical Infrastructure"));
        assert!(heading_like(
            "Infrastructure as a Service (IaaS): Amazon EC2"
        ));
        assert!(!heading_like("AWS is responsible for"));
        assert!(!heading_like("This is a sentence."));
        assert!(!heading_like("Your duties include:"));
        assert_eq!(bullet("  • Two-factor access"), Some("Two-factor access"));
        assert_eq!(numbered("2. Shared Controls"), Some((2, "Shared Controls")));
        assert_eq!(strip_numbering("1.7 The Model"), "The Model");
        assert!(is_junk("Last updated: May 2025"));
        assert!(is_junk("B"));
        assert!(dangles("AWS is responsible for"));
    }

    #[test]
    fn plain_quiz_with_answer_key() {
        let text = "Quiz\n\n1. Who patches EC2 guests?\nA) AWS\nB) The customer\n\n2. Who shreds old disks?\na. AWS\nb. The customer\nAnswer: A — it owns the hardware\n\n3. Unanswerable?\nA) x\nB) y\n\nAnswers: 1-B\n";
        let blocks = read(text, 0);
        let choices: Vec<_> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Choice {
                    question,
                    answer,
                    explanation,
                    ..
                } => Some((question.clone(), *answer, explanation.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(
            choices,
            vec![
                ("Who patches EC2 guests?".to_string(), 1, None),
                (
                    "Who shreds old disks?".to_string(),
                    0,
                    Some("it owns the hardware".to_string())
                ),
            ]
        );
        // Nothing of the unanswered question or the key is left as text.
        assert!(!blocks.iter().any(|b| matches!(b, Block::Para { lines } if lines.iter().any(|l| l.text.contains('?') || l.text.contains("Answers")))));
    }
}
