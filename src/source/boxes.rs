//! Boxes drawn around part of a section: `:::` containers, and quotes
//! that hold notes ("> [!tip] Glaze faults" over a list, a quote with a
//! heading of its own). Each is read as the section's own blocks, its
//! title a heading one level below the section, closed where the box ends.

use super::doc::{Block, Line};

/// "```{note}" … "```" (a MyST directive that draws a box, or sets text
/// in the margin) as a `:::`
/// container, which `containers` reads; other fenced code stays code.
/// Lines keep their numbers.
pub fn directives(text: &str) -> std::borrow::Cow<'_, str> {
    const BOXES: &[&str] = &[
        "note",
        "tip",
        "important",
        "warning",
        "hint",
        "attention",
        "caution",
        "danger",
        "seealso",
        "admonition",
        "dropdown",
        "margin",
        "sidebar",
        "topic",
        "prf:definition",
        "prf:theorem",
        "prf:lemma",
        "prf:axiom",
        "prf:corollary",
    ];
    if !text.contains("```{") {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut in_box = false;
    let mut in_code = false;
    for line in text.split_inclusive('\n') {
        let body = line.trim();
        let name = body
            .strip_prefix("```{")
            .and_then(|r| r.split_once('}'))
            .filter(|(n, _)| BOXES.contains(n));
        match name {
            Some((n, title)) if !in_box && !in_code => {
                in_box = true;
                out.push_str(&format!(":::{n} {}\n", title.trim()));
            }
            None if in_box && body == "```" => {
                in_box = false;
                out.push_str(":::\n");
            }
            _ => {
                in_code ^= !in_box && super::plain::fence(body);
                out.push_str(line);
            }
        }
    }
    out.into()
}

/// A container of the kind some note sites draw as a box ("::: tip
/// Multiplication rule", "::: theorem Bayes' theorem" … ":::"): its title
/// a heading one level below the section it stands in, its fences gone.
/// Lines keep their numbers.
pub fn containers(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.lines().any(|l| l.trim_start().starts_with(":::")) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut fenced = false;
    let mut level = 1;
    // whether each open box made a heading
    let mut open: Vec<bool> = Vec::new();
    for line in text.split_inclusive('\n') {
        let body = line.trim();
        if super::plain::fence(body) {
            fenced = !fenced;
        }
        if let Some(l) = heading_level(body).filter(|_| !fenced) {
            level = l;
        }
        let Some(rest) = body.strip_prefix(":::").filter(|_| !fenced) else {
            out.push_str(line);
            continue;
        };
        let rest = rest.trim_start_matches(':').trim();
        let marks = "#".repeat((level + 1).min(6));
        // ":::" closes the box: an empty heading at its level ends the
        // section its title opened
        if rest.is_empty() {
            let titled = open.pop().unwrap_or(false);
            out.push_str(&format!("{}\n", if titled { marks.as_str() } else { "" }));
            continue;
        }
        // "::: tip Title", ":::note[Title]"
        let (_kind, title) = rest.split_once([' ', '[']).unwrap_or((rest, ""));
        let title = title.trim().trim_end_matches(']').trim();
        let titled = box_names_a_thing(title);
        open.push(titled);
        match titled {
            true => out.push_str(&format!("{marks} {title}\n")),
            false => out.push('\n'),
        }
    }
    out.into()
}

/// Admonitions as MkDocs writes them ("!!! tip "Firing Schedule"" or
/// "??? note", over lines indented four spaces): read as the section's
/// own lines, the title a heading one level below the section when it
/// names a thing (closed on the first blank line after the box), the
/// indent gone. Lines keep their numbers.
pub fn admonitions(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("!!!") && !text.contains("???") {
        return text.into();
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len() + 16);
    let (mut fenced, mut level, mut i) = (false, 1, 0);
    while i < lines.len() {
        let body = lines[i].trim();
        fenced ^= super::plain::fence(body);
        if let Some(l) = heading_level(body).filter(|_| !fenced) {
            level = l;
        }
        let Some(title) = admonition_title(body).filter(|_| !fenced) else {
            out.push_str(lines[i]);
            i += 1;
            continue;
        };
        let indent = indent_of(lines[i]) + 4;
        let inside = |l: &&&str| l.trim().is_empty() || indent_of(l) >= indent;
        let end = i + 1 + lines[i + 1..].iter().take_while(inside).count();
        let blanks = lines[i + 1..end]
            .iter()
            .rev()
            .take_while(|l| l.trim().is_empty())
            .count();
        let last = end - blanks;
        let marks = "#".repeat((level + 1).min(6));
        let titled = box_names_a_thing(&title);
        out.push_str(&if titled {
            format!("{marks} {title}\n")
        } else {
            "\n".into()
        });
        for l in &lines[i + 1..last] {
            out.push_str(
                l.get(indent..)
                    .filter(|_| indent_of(l) >= indent)
                    .unwrap_or("\n"),
            );
        }
        for (k, l) in lines[last..end].iter().enumerate() {
            out.push_str(if titled && k == 0 {
                &marks
            } else {
                l.trim_end_matches('\n')
            });
            out.push('\n');
        }
        i = end;
    }
    out.into()
}

/// The level of a heading line ("### Kilns" → 3), which a box inside
/// its section goes one below.
fn heading_level(body: &str) -> Option<usize> {
    let hashes = body.bytes().take_while(|b| *b == b'#').count();
    ((1..=6).contains(&hashes) && body[hashes..].starts_with(' ')).then_some(hashes)
}

/// `!!! tip "Firing Schedule"` → "Firing Schedule" (empty with no title).
fn admonition_title(body: &str) -> Option<String> {
    let rest = ["!!!", "???+", "???"]
        .iter()
        .find_map(|m| body.strip_prefix(m))?;
    let rest = rest.strip_prefix(' ')?.trim();
    let (kind, title) = rest.split_once(' ').unwrap_or((rest, ""));
    if kind.is_empty() || !kind.chars().all(|c| c.is_alphanumeric() || c == '-') {
        return None;
    }
    let title = title.trim().trim_matches('"');
    // "Key Points 📌": the picture is no part of the name
    let words: Vec<&str> = title
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    Some(words.join(" "))
}

/// The width of a line's indent, a tab counted as four spaces.
fn indent_of(line: &str) -> usize {
    line.chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// A box's title that names what it holds ("Bayes' theorem", "Bernoulli
/// trials"), not the kind of box it is ("Standard definition", "Clinical
/// note") nor a question or an aside ("WHY? — …", "Signs (Celsus)").
fn box_names_a_thing(title: &str) -> bool {
    const BOX_WORDS: &[&str] = &[
        "definition",
        "example",
        "examples",
        "note",
        "notes",
        "tip",
        "tips",
        "warning",
        "info",
        "important",
        "caution",
        "danger",
        "hint",
        "correlation",
        "summary",
        "remark",
        "point",
        "points",
        "statement",
        "outcome",
        "takeaway",
        "takeaways",
        "reminder",
        "success",
        "question",
        "abstract",
        "quote",
        "insight",
    ];
    let words: Vec<String> = title.split_whitespace().map(str::to_lowercase).collect();
    let last = words.last().map_or("", String::as_str);
    !title.is_empty()
        && words.len() <= 6
        && !title.contains(['?', '(', '—', ':'])
        && !title.contains(" - ")
        && !BOX_WORDS.contains(&last)
}

/// The blocks a quote stands for. A quote of notes — titled (by a
/// "[!kind] Title" line, or by a one-line quote inside it) over a list,
/// table or code, or holding a heading or a formula set out — is read as
/// the notes it holds, under a heading made of its title and closed by an
/// empty heading, so that what follows the quote is back in the section
/// (`level` is the section's). Any other quote stays a quote of its
/// lines, a title inside it set as a "Title:" label.
pub fn quote_blocks(inner: Vec<Block>, level: u8) -> Vec<Block> {
    let (title, rest) = split_title(inner);
    let headed = rest.iter().any(|b| matches!(b, Block::Heading { .. }));
    let structured = rest.iter().any(|b| {
        matches!(
            b,
            Block::List { .. } | Block::Table { .. } | Block::Code { .. }
        )
    });
    // "> Faraday's law states …" over "> $$m = A · Q$$": a law and its
    // formula, read as the notes' own lines
    let formula = rest.iter().any(|b| match b {
        Block::Para { lines } => lines.iter().any(|l| l.text.trim_start().starts_with("$$")),
        _ => false,
    });
    if headed || formula || title.is_some() && structured {
        return opened(title, rest, level);
    }
    let more = !rest.is_empty();
    let mut lines: Vec<Line> = title.map(|t| t.into_line(more)).into_iter().collect();
    lines.extend(flatten(&rest));
    match lines.is_empty() {
        true => Vec::new(),
        false => vec![Block::Quote { lines }],
    }
}

/// A box's title: the line it was read from, its words, and whether it
/// was a quote inside the quote (not a "[!kind]" marker).
struct Title {
    line: Line,
    text: String,
    nested: bool,
}

impl Title {
    /// The title as a line of a quote kept whole: a marker line as written
    /// (read later as the callout's label), a nested title as "Title:".
    fn into_line(self, more: bool) -> Line {
        let label = self.nested && more && !self.text.ends_with(['.', ':', '?', '!']);
        match label {
            true => Line::new(format!("{}:", self.text), self.line.line),
            false => self.line,
        }
    }
}

/// The quote's title, and its blocks without it (lines run on after the
/// title stay, as a paragraph).
fn split_title(mut inner: Vec<Block>) -> (Option<Title>, Vec<Block>) {
    let (lines, nested) = match inner.first() {
        Some(Block::Quote { lines }) => (lines, true),
        Some(Block::Para { lines }) => (lines, false),
        _ => return (None, inner),
    };
    let first = &lines[0];
    let text = match nested {
        true => Some(first.text.trim().to_string()).filter(|t| title_like(t)),
        false => marker_title(&first.text),
    };
    let Some(text) = text else {
        return (None, inner);
    };
    let title = Title {
        line: first.clone(),
        text,
        nested,
    };
    let after: Vec<Line> = lines[1..].to_vec();
    inner.remove(0);
    if !after.is_empty() {
        inner.insert(0, Block::Para { lines: after });
    }
    (Some(title), inner)
}

/// "[!tip] Glaze faults" → "Glaze faults"; "[!note]" → "".
fn marker_title(text: &str) -> Option<String> {
    let (kind, rest) = text.trim_start().strip_prefix("[!")?.split_once(']')?;
    let kind_ok = !kind.is_empty() && kind.chars().all(|c| c.is_alphanumeric() || c == '-');
    kind_ok.then(|| rest.trim_start_matches(['+', '-']).trim().to_string())
}

/// "Overview", "Glaze faults": a short line that ends no sentence.
fn title_like(text: &str) -> bool {
    (1..=8).contains(&text.split_whitespace().count()) && !text.ends_with(['.', '?', '!', ','])
}

/// A quote of notes as the section's blocks: its title a heading one level
/// below `level` (when it names a thing), then its blocks, then an empty
/// heading at the box's highest level, which ends the box's sections.
fn opened(title: Option<Title>, rest: Vec<Block>, level: u8) -> Vec<Block> {
    let mut out = Vec::with_capacity(rest.len() + 2);
    if let Some(t) = title.filter(|t| box_names_a_thing(&t.text)) {
        out.push(Block::Heading {
            level: (level.max(1) + 1).min(6),
            text: t.text,
            line: t.line.line,
        });
    }
    out.extend(rest);
    let top = out
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, .. } => Some(*level),
            _ => None,
        })
        .min();
    let holds_more = out.iter().any(|b| !matches!(b, Block::Heading { .. }));
    if let (Some(top), true) = (top, holds_more) {
        let line = out.last().and_then(Block::line).unwrap_or(0);
        out.push(Block::Heading {
            level: top,
            text: String::new(),
            line,
        });
    }
    out
}

/// The lines of the blocks inside a quote or list item.
pub fn flatten(blocks: &[Block]) -> Vec<Line> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn read(md: &str) -> Vec<Block> {
        super::super::markdown::read("t.md", md).unwrap()
    }

    #[test]
    fn a_titled_quote_over_a_list_is_a_section_closed_where_it_ends() {
        let blocks = read("## Glazes\n\n> [!tip] Faults\n> - Crazing\n> - Crawling\n\nAfter.\n");
        let heading = |b: &Block| match b {
            Block::Heading { level, text, .. } => Some((*level, text.clone())),
            _ => None,
        };
        let headings: Vec<(u8, String)> = blocks.iter().filter_map(heading).collect();
        assert_eq!(
            headings,
            [
                (2, "Glazes".into()),
                (3, "Faults".into()),
                (3, String::new())
            ]
        );
        assert!(matches!(blocks[2], Block::List { .. }));
        assert!(matches!(blocks.last(), Some(Block::Para { .. })));
    }

    #[test]
    fn a_quote_of_text_stays_a_quote_its_nested_title_a_label() {
        let blocks =
            read("> > Overview\n> Raku is a low firing.\n\n> [!note] Cones\n> Cones bend.\n");
        let lines = |b: &Block| match b {
            Block::Quote { lines } => lines.iter().map(|l| l.text.clone()).collect(),
            _ => Vec::new(),
        };
        assert_eq!(lines(&blocks[0]), ["Overview:", "Raku is a low firing."]);
        // a marker stays for the callout reader
        assert_eq!(lines(&blocks[1]), ["[!note] Cones", "Cones bend."]);
    }

    #[test]
    fn a_box_is_a_heading_below_its_section_and_keeps_every_line() {
        let text = "## Glazes\n\n::: theorem Cone rule\nc = t\n:::\n\n:::note[Remember]\nStir.\n:::\n::: tip\n";
        let boxed = containers(text);
        assert_eq!(
            boxed,
            "## Glazes\n\n### Cone rule\nc = t\n###\n\n### Remember\nStir.\n###\n\n"
        );
        assert_eq!(boxed.lines().count(), text.lines().count());
        // a box named by its kind or by a question makes no heading
        assert_eq!(containers("::: why Why? — it cracks\n"), "\n");
        assert_eq!(containers("::: definition Standard definition\n"), "\n");
    }
}
