//! Blocks as read → blocks as meant: paragraphs split into the structure
//! their lines show (bullets, title-like lines, tables flattened into
//! lines), and levels for headings found in plain text.

use std::collections::BTreeSet;

use super::doc::{Block, Item, Line};
use super::plain::{bullet, dangles, heading_like, is_junk, numbered};
use super::text::calm_caps;

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
                Block::List { start, items } => out.extend(self.list(start, items)),
                // "INIT CONTAINERS" reads as "Init Containers" wherever a
                // rule quotes its heading
                // "#### {.c2}": a slide's attributes alone, no heading; the
                // section before goes on
                Block::Heading { text, .. }
                    if !text.trim().is_empty() && without_attributes(&text).is_empty() => {}
                Block::Heading { level, text, line } => out.push(Block::Heading {
                    level,
                    text: calm_caps(without_open_verb(without_attributes(&text))),
                    line,
                }),
                Block::Quote { lines } => {
                    let lines: Vec<Line> = without_callout_marker(lines)
                        .into_iter()
                        .filter(|l| !is_junk(&l.text) && !l.text.trim().is_empty())
                        .collect();
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
                    let item = Item {
                        line: l.line,
                        lines: vec![l],
                        ..Item::default()
                    };
                    match out.last_mut() {
                        Some(Block::List { items, .. }) => items.push(item),
                        _ => out.push(Block::List {
                            start: None,
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
    fn list(&self, start: Option<u64>, items: Vec<Item>) -> Vec<Block> {
        let items = without_link_items(items);
        if !self.plainish {
            return vec![Block::List { start, items }];
        }
        let mut out = Vec::new();
        let mut kept: Vec<Item> = Vec::new();
        let sections = start.is_some()
            && items.iter().all(|it| {
                it.lines
                    .first()
                    .is_some_and(|l| heading_like(&l.text) && !l.text.trim_end().ends_with('?'))
            });
        for mut item in items {
            if sections {
                let first = item.lines.remove(0);
                // "1. Cultural Relativism", "2. Egoism": sections side by
                // side, the first no title over the others.
                out.push(Block::Heading {
                    level: 2,
                    text: first.text,
                    line: first.line,
                });
                let rest: Vec<Line> = std::mem::take(&mut item.lines);
                if !rest.is_empty() {
                    out.extend(self.para(rest));
                }
                if !item.sub.is_empty() {
                    out.push(Block::List {
                        start: None,
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
                        start,
                        items: std::mem::take(&mut kept),
                    });
                    out.extend(self.para(tail));
                }
                None => kept.push(item),
            }
        }
        if !kept.is_empty() {
            out.push(Block::List { start, items: kept });
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
/// `> [!NOTE]`, `> [!def]+ Covalent bond`: the marker of a GitHub or
/// Obsidian callout says how to draw the quote, not what it says; a title
/// after it, over more lines, labels them ("Covalent bond: …").
/// A list without the items that only send the reader to a link ("See
/// this link for more: […]"), at every depth, unless all of them do (a
/// list of links, left out as one).
fn without_link_items(items: Vec<Item>) -> Vec<Item> {
    let link = |it: &Item| {
        it.sub.is_empty() && !it.lines.is_empty() && it.lines.iter().all(|l| l.links_only)
    };
    if items.iter().all(link) {
        return items;
    }
    items
        .into_iter()
        .filter(|it| !link(it))
        .map(|mut it| {
            it.sub = without_link_items(std::mem::take(&mut it.sub));
            it
        })
        .collect()
}

/// "Energy Is", "Glazes are:": a heading that opens the sentence its items
/// end names its subject.
/// "Shield {.c2}", "Setup {#setup}": a heading without the attributes a
/// converter wrote after it (a class or an id for the page).
fn without_attributes(heading: &str) -> &str {
    let t = heading.trim();
    let open = t
        .rfind(" {")
        .map(|k| k + 1)
        .or_else(|| t.starts_with('{').then_some(0));
    let Some(open) = open.filter(|_| t.ends_with('}')) else {
        return heading;
    };
    let inside = &t[open + 1..t.len() - 1];
    let attributes = !inside.is_empty()
        && inside
            .split_whitespace()
            .all(|a| (a.starts_with('.') || a.starts_with('#') || a.contains('=')) && a.len() > 1);
    match attributes {
        true => t[..open].trim_end(),
        false => heading,
    }
}

fn without_open_verb(heading: &str) -> &str {
    let t = heading.trim().trim_end_matches(':').trim_end();
    let Some((subject, verb)) = t.rsplit_once(' ') else {
        return heading;
    };
    // "Memo Tables: What They Are" asks its own question
    let asks = subject.contains(':')
        || subject.split_whitespace().any(|w| {
            ["what", "how", "why", "who", "which", "where", "when"]
                .contains(&w.to_lowercase().as_str())
        });
    match !asks && ["is", "are"].contains(&verb.to_lowercase().as_str()) {
        true => subject.trim_end(),
        false => heading,
    }
}

fn without_callout_marker(mut lines: Vec<Line>) -> Vec<Line> {
    let more = lines.len() > 1;
    let Some(first) = lines.first_mut() else {
        return lines;
    };
    let title = first
        .text
        .trim_start()
        .strip_prefix("[!")
        .and_then(|r| r.split_once(']'))
        .filter(|(kind, _)| {
            !kind.is_empty() && kind.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        .map(|(_, rest)| rest.trim_start_matches(['+', '-']).trim().to_string());
    if let Some(title) = title {
        let label = more && !title.is_empty() && !title.ends_with(['.', ':', '?', '!']);
        first.text = if label { format!("{title}:") } else { title };
    }
    lines
}

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
    // a tab that indents a line ("\t+ an item") parts no cells
    let tabbed = |l: &Line| l.text.trim().contains('\t');
    let head = lines.first()?;
    if !tabbed(head) {
        return None;
    }
    let header = cells(head.text.trim());
    let n = header.len();
    let mut rows = Vec::new();
    let mut row_lines = Vec::new();
    for l in &lines[1..] {
        let c = cells(l.text.trim());
        if !tabbed(l) || c.len() > n {
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
        let (left_camel, left_run) = left_words(&chars, i);
        // "tRNA", "mRNA": a lone letter before capitals is part of the name
        if left_run.chars().count() == 1 {
            continue;
        }
        let (right_camel, right_run) = right_words(&chars, i);
        let capital_word = next.is_some_and(char::is_lowercase)
            && chars.get(i + 2).is_some_and(|x| x.1.is_lowercase());
        let acronym = right_camel.chars().count() >= 2
            && right_camel
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit());
        let left_known = known(&left_camel) || known(&left_run);
        let right_known = known(&right_camel) || known(&right_run);
        let score = 2 * i32::from(capital_word)
            + i32::from(acronym)
            + 2 * i32::from(left_known)
            + 2 * i32::from(right_known);
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

/// The word left of position `i`: as a camel-case word, and the whole run
/// of letters and digits.
fn left_words(chars: &[(usize, char)], i: usize) -> (String, String) {
    let prev = chars[i - 1].1;
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
    let text = |from: usize| chars[from..i].iter().map(|x| x.1).collect();
    (text(s), text(run))
}

/// The word right of position `i` (which starts it): as a camel-case word,
/// and the whole run.
fn right_words(chars: &[(usize, char)], i: usize) -> (String, String) {
    let next = chars.get(i + 1).map(|x| x.1);
    let mut e = i + 1;
    while e < chars.len() && chars[e].1.is_alphanumeric() {
        e += 1;
    }
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
    let text = |to: usize| chars[i..to].iter().map(|x| x.1).collect();
    (text(ce), text(e))
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
/// When three or more short headings each stand over their list, the
/// first is one of them, not the title ("SageMaker Model Registry" over
/// its points, then "Data Capture" over its own).
fn assign_levels(blocks: &mut [Block]) {
    let over: Vec<bool> = (0..blocks.len())
        .map(|i| {
            matches!(
                blocks.get(i + 1),
                Some(Block::List { .. } | Block::Table { .. })
            )
        })
        .collect();
    let peers = (0..blocks.len())
        .filter(|&i| matches!(&blocks[i], Block::Heading { level: 0, .. }) && over[i])
        .count();
    let mut seen_content = false;
    for i in 0..blocks.len() {
        let next_is_list = over[i];
        let peer = peers >= 3 && next_is_list;
        match &mut blocks[i] {
            Block::Heading { level, text, .. } if *level == 0 => {
                let words = text.split_whitespace().count();
                *level = if !seen_content && !peer {
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
    fn a_headings_attributes_are_left_off() {
        assert_eq!(without_attributes("Stoneware {.c2}"), "Stoneware");
        assert_eq!(without_attributes("Setup {#setup .wide}"), "Setup");
        assert_eq!(without_attributes("Sets {a, b}"), "Sets {a, b}");
        assert_eq!(without_attributes("{.c2}"), "");
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
}
