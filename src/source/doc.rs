//! The shape both readers (Markdown and plain text) turn notes into: a flat
//! list of blocks with their line numbers, which the card rules then walk.

/// One line of text inside a paragraph, list item or quote.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    /// The text with Markdown syntax already removed (emoji still present:
    /// some rules read them as markers).
    pub text: String,
    /// 1-based line number in the source file.
    pub line: usize,
    /// The bold text the line starts with (`**Label**: …`), if any.
    pub bold: Option<String>,
    /// Every bold phrase in the line (`A **port** is …`).
    pub strong: Vec<String>,
    /// The italic text the line starts with (`*Groups* contain users`).
    pub em: Option<String>,
    /// The inline code spans of the line (`` `list.sort()` ``).
    pub code: Vec<String>,
    /// All the line's words are link text (a table of contents, a list of
    /// links).
    pub links_only: bool,
}

impl Line {
    pub fn new(text: impl Into<String>, line: usize) -> Self {
        Line {
            text: text.into(),
            line,
            ..Line::default()
        }
    }
}

/// A list item. `checked` is `Some` for task-list items (`- [x]`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    pub lines: Vec<Line>,
    pub checked: Option<bool>,
    pub sub: Vec<Item>,
    pub line: usize,
}

impl Item {
    /// The item's text on one line.
    pub fn text(&self) -> String {
        join_lines(&self.lines)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading {
        level: u8,
        text: String,
        line: usize,
    },
    Para {
        lines: Vec<Line>,
    },
    List {
        /// The number of the first item, for a numbered list.
        start: Option<u64>,
        items: Vec<Item>,
    },
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        /// The line of each body row.
        row_lines: Vec<usize>,
        line: usize,
    },
    Quote {
        lines: Vec<Line>,
    },
    /// A thematic break (`---`): ends a lead-in, nothing else.
    Break,
    /// A fenced or indented code block (a tree diagram gives cards).
    Code {
        text: String,
        /// The first word of a fence's info string (`python`), else empty.
        lang: String,
        line: usize,
        /// The line of the list item a block inside an item ends
        /// ("Example: Find each manager:"), when it ends with a colon.
        caption: Option<String>,
    },
    /// A block the reader already knows gives no card, and why (an
    /// unanswered quiz question).
    Left {
        line: usize,
        why: String,
    },
    /// A multiple-choice question found in plain text (numbered question,
    /// lettered options, an answer key).
    Choice {
        question: String,
        options: Vec<String>,
        answer: usize,
        explanation: Option<String>,
        line: usize,
    },
}

impl Block {
    /// The first line number of the block, if it has one.
    pub fn line(&self) -> Option<usize> {
        match self {
            Block::Heading { line, .. }
            | Block::Table { line, .. }
            | Block::Choice { line, .. }
            | Block::Code { line, .. }
            | Block::Left { line, .. } => Some(*line),
            Block::Para { lines } | Block::Quote { lines } => lines.first().map(|l| l.line),
            Block::List { items, .. } => items.first().map(|i| i.line),
            Block::Break => None,
        }
    }
}

/// Joins lines into one, the way a reader would read a wrapped paragraph.
pub fn join_lines(lines: &[Line]) -> String {
    let mut out = String::new();
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    let apart = one_per_line(&texts);
    for l in lines {
        let t = l.text.trim();
        if t.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str(if apart {
                "; "
            } else if unstopped(&out, t) {
                ". "
            } else if titled(&out, t) {
                " — "
            } else {
                " "
            });
        }
        out.push_str(t);
    }
    out
}

/// Whether the text so far ends a sentence its writer did not stop
/// ("caused by a shortage of air" over "This happens when …"): the next
/// line opens with a word that only opens a sentence when written with a
/// capital, after a line of three words or more that does not leave off
/// in mid-phrase.
fn unstopped(before: &str, next: &str) -> bool {
    const OPENERS: &[&str] = &[
        "This", "These", "Those", "It", "Its", "They", "Their", "There", "However", "Such",
    ];
    let first = next.split_whitespace().next().unwrap_or("");
    let last = before.split_whitespace().last().unwrap_or("");
    OPENERS.contains(&first)
        && before.split_whitespace().count() >= 3
        && before.ends_with(|c: char| c.is_alphanumeric() || c == ')')
        && !super::vocab::DANGLING.contains(&last.to_lowercase().as_str())
        && !JOINS.contains(&last.to_lowercase().as_str())
}

/// Words that join the clause after them to the one before.
const JOINS: &[&str] = &[
    "because", "when", "so", "if", "while", "since", "where", "whereas", "although", "though",
    "unless", "until", "after", "before", "then", "which", "who", "whom", "whose", "why", "how",
    "what", "said", "says", "say",
];

/// A table cell's lines, each set by a `<br>`: the writer parts them, so
/// they stay apart ("δ^t" / "δ ∈ [0, 1]", "Constant rate" / "1. Short
/// run") unless the next line goes on with the one before (an aside in
/// brackets, a word in lower case after words).
pub fn join_cell(lines: &[Line]) -> String {
    let mut texts: Vec<&str> = lines
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    // "- Cheap<br>- Slow": items drawn as a list, their dashes no text
    let listed = texts.len() >= 2 && texts.iter().all(|t| t.starts_with("- "));
    if listed {
        texts = texts.iter().map(|t| t[2..].trim_start()).collect();
    }
    if texts.len() < 2 || listed || one_per_line(&texts) {
        return texts.join("; ");
    }
    let formula = |t: &str| t.contains(['=', '^', '_', '∈', '≤', '≥', '<', '>']);
    let mut out = texts[0].to_string();
    for pair in texts.windows(2) {
        let (before, t) = (pair[0], pair[1]);
        let goes_on = t.starts_with('(')
            || t.starts_with(|c: char| c.is_ascii_lowercase()) && !formula(before)
            || before.ends_with([',', '-', '–', '—', '(', ':'])
            || super::vocab::DANGLING.contains(&last_word(before).as_str());
        // "Overcommitment/" / "Self-control problem": one name
        let sep = if before.ends_with('/') {
            ""
        } else if out == before && titled(before, t) {
            " — "
        } else if goes_on {
            " "
        } else {
            "; "
        };
        // "… the CPU needs.; They …": the stop gives way to the semicolon
        if sep == "; " && out.ends_with('.') && !out.ends_with("..") {
            out.pop();
        }
        out.push_str(sep);
        out.push_str(t);
    }
    out
}

fn last_word(t: &str) -> String {
    t.split_whitespace().last().unwrap_or("").to_lowercase()
}

/// Whether lines are statements written one to a line with no stop
/// between them ("the clay dries in the shed" / "the kiln is loaded at
/// dawn" / "the glaze melts"), not one wrapped sentence: three or more
/// lines, none closed by a mark, none with a sentence break or an open
/// bracket inside, none a glossary line ("clay - wet earth"), and none
/// ending or starting on a word that joins it to its neighbour.
pub fn one_per_line(lines: &[&str]) -> bool {
    // words that join a line to the next one, or to the one before
    const GOES_ON: &[&str] = &[
        "and", "or", "nor", "but", "of", "to", "that", "which", "than",
    ];
    let word = |w: Option<&str>, list: &[&str]| {
        w.is_none_or(|w| list.contains(&w.to_lowercase().as_str()))
    };
    let texts: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|t| !t.is_empty())
        .collect();
    // "Starch amylase" / "Protein protease" / …: pairs of words, when no
    // line is long enough to be part of a wrapped sentence
    let short = texts.iter().all(|t| t.split_whitespace().count() <= 5);
    let least = if short { 2 } else { 3 };
    // "32% is recycled" / "67% is burnt" / "1% is sent to landfill.":
    // figures, one a line, the last closed
    let figures = texts
        .iter()
        .all(|t| t.starts_with(|c: char| c.is_ascii_digit()));
    let n = texts.len();
    texts.len() >= 3
        && texts.iter().enumerate().all(|(k, t)| {
            let t = match figures && k + 1 == n {
                true => t.strip_suffix('.').unwrap_or(t),
                false => t,
            };
            !t.ends_with(['.', ',', ';', ':', '!', '?', '—', '-', '–', '(', '='])
                && !t.contains(". ")
                && !t.contains(['|', '`', '{', '}', '→'])
                && ![" - ", " – ", "->", "=>"].iter().any(|d| t.contains(d))
                && (t.starts_with(char::is_alphabetic) || figures)
                && t.matches('(').count() == t.matches(')').count()
                && t.split_whitespace().count() >= least
                && !word(t.split_whitespace().last(), super::vocab::DANGLING)
                && !word(t.split_whitespace().next(), GOES_ON)
        })
}

/// Whether the text so far, a line of a few words with no closing mark
/// (only a first line is that short), is a title over the sentence on the
/// next line (`**Atrial Conduction**` / "From the SA node …"): the two
/// are set apart, not read as one sentence.
fn titled(before: &str, next: &str) -> bool {
    let short = before.split_whitespace().count() <= 4 && !before.contains(['=', '|', '`']);
    let open = !before.ends_with(['.', ',', ';', ':', '!', '?', '—', '-', '(', '–']);
    // a word, not code in capitals ("UPDATE t" / "SET c = 1")
    let word = |t: &str| {
        let w = t.split_whitespace().next().unwrap_or("");
        w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase)
    };
    short && open && word(next) && before.chars().any(char::is_lowercase)
}

/// A table whose header runs over more rows, closed by a row of dashes
/// in its body ("|  | Time to transfer |  |" over "|  | 100 Mbps | 1Gbps
/// |" over "| --- | --- | --- |"): the row above the dashes is the
/// header, each of its cells led by the one title that spans them all;
/// a row of dashes anywhere else is no row.
pub fn stack_header(header: &mut Vec<String>, rows: &mut Vec<Vec<String>>, lines: &mut Vec<usize>) {
    let dashes = |r: &Vec<String>| {
        r.iter().any(|c| c.contains('-'))
            && r.iter()
                .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | '=' | ' ')))
    };
    spanned_header(header, rows, lines);
    let Some(k) = rows.iter().position(dashes) else {
        return;
    };
    if (1..=2).contains(&k) {
        let titles: Vec<&String> = header.iter().filter(|h| !h.is_empty()).collect();
        let title = match titles.as_slice() {
            [one] => Some(one.to_string()),
            _ => None,
        };
        let mut below = rows[k - 1].clone();
        if let Some(t) = title {
            for cell in below.iter_mut().skip(1).filter(|c| !c.is_empty()) {
                *cell = format!("{t} ({cell})");
            }
        }
        *header = below;
        rows.drain(..k);
        lines.drain(..k);
    }
    let kept: Vec<(Vec<String>, usize)> = std::mem::take(rows)
        .into_iter()
        .zip(std::mem::take(lines))
        .filter(|(r, _)| !dashes(r))
        .collect();
    (*rows, *lines) = kept.into_iter().unzip();
}

/// "| Donor | {colspan=4} Recipient | {merged} | …" over "| | A | B | …":
/// a title spanning the columns of the row under it, whose first cell is
/// blank. The row is the header, each cell led by the title ("Recipient
/// (A)").
fn spanned_header(header: &mut [String], rows: &mut Vec<Vec<String>>, lines: &mut Vec<usize>) {
    for cell in header.iter_mut() {
        let bare = cell
            .trim_start_matches(|c| c != '}')
            .trim_start_matches('}');
        *cell = match cell.starts_with('{') {
            true => bare.trim().to_string(),
            false => cell.trim().to_string(),
        };
    }
    let titles: Vec<&String> = header.iter().skip(1).filter(|h| !h.is_empty()).collect();
    let (Some(first), [title]) = (rows.first(), titles.as_slice()) else {
        return;
    };
    let spans = header.get(1) == Some(*title) && first.len() == header.len();
    if !spans || !first[0].is_empty() || first[1..].iter().any(String::is_empty) {
        return;
    }
    let title = title.to_string();
    for (h, below) in header.iter_mut().zip(first).skip(1) {
        *h = format!("{title} ({below})");
    }
    rows.remove(0);
    lines.remove(0);
}

/// Maps byte offsets to 1-based line numbers.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The text of 1-based line `line` of `src`, without its newline.
    pub fn text<'a>(&self, src: &'a str, line: usize) -> &'a str {
        let start = self
            .starts
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or(src.len());
        let end = self.starts.get(line).map_or(src.len(), |e| e - 1);
        src.get(start..end.max(start)).unwrap_or("")
    }

    pub fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// What YAML front matter (`---` … `---` at the very top) says about the
/// notes.
#[derive(Debug, Default, PartialEq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub description: Option<String>,
    /// Parties of the responsibility model beyond the built-in ones
    /// (`parties: Microsoft, the tenant`).
    pub parties: Vec<String>,
    /// How to name "you" in answers (`you: the developer`).
    pub reader: Option<String>,
    /// How many lines it spans.
    pub lines: usize,
}

/// Reads front matter; none (all fields empty) when the file has none.
pub fn front_matter(text: &str) -> FrontMatter {
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some("---") {
        return FrontMatter::default();
    }
    let mut fm = FrontMatter::default();
    for (i, line) in lines.enumerate() {
        let t = line.trim_end();
        if t == "---" || t == "..." {
            fm.lines = i + 2;
            fm.title = subject_title(fm.title, fm.description.as_deref());
            return fm;
        }
        let Some((key, value)) = t.split_once(':') else {
            continue;
        };
        let value = unquote(value);
        if value.is_empty() {
            continue;
        }
        match key.trim() {
            "title" => fm.title = Some(value.to_string()),
            "description" => fm.description = Some(value.to_string()),
            "you" | "reader" => fm.reader = Some(value.to_string()),
            "parties" => {
                let list = value.trim_start_matches('[').trim_end_matches(']');
                fm.parties = list.split(',').map(|p| unquote(p).to_string()).collect();
            }
            _ => {}
        }
    }
    // No closing fence: not front matter after all.
    FrontMatter::default()
}

/// "title: October 6 Lecture" over "description: Plato's Republic": a
/// title that only dates the session gives way to a description that
/// names what the notes are about.
fn subject_title(title: Option<String>, description: Option<&str>) -> Option<String> {
    // "Encryption | Computer Science": the page's title, then its site's
    let title = title.map(|t| match t.split_once(" | ") {
        Some((page, _)) if !page.trim().is_empty() => page.trim().to_string(),
        _ => t,
    });
    let named = description.filter(|d| d.split_whitespace().count() <= 6 && !d.ends_with('.'));
    match (title, named) {
        (Some(t), Some(d)) if dated(&t) => Some(d.to_string()),
        (t, _) => t,
    }
}

/// "October 6 …", "2022-10-06 …", "Lecture 5 …", "Week 3": a title that
/// opens on a date or a session's number.
fn dated(title: &str) -> bool {
    let words: Vec<String> = title.split_whitespace().map(str::to_lowercase).collect();
    let number =
        |w: Option<&String>| w.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let Some(first) = words.first() else {
        return false;
    };
    // "Oct", "Sept.", "October"
    let month = super::vocab::MONTHS
        .iter()
        .any(|m| first.starts_with(&m[..3]) && first.len() <= 9);
    let date = first.contains(|c: char| c.is_ascii_digit())
        && first
            .chars()
            .all(|c| c.is_ascii_digit() || "-/.".contains(c));
    date || (month || super::vocab::PART_WORDS.contains(&first.as_str())) && number(words.get(1))
}

/// "11/10/2023", "Lecture 4 - Oct 3, 2016": a title that says when the
/// notes were taken and nothing of what they are about.
pub fn only_a_date(title: &str) -> bool {
    let lower = title.to_lowercase();
    let words: Vec<&str> = lower
        .split([' ', ','])
        .filter(|w| !w.is_empty() && !["-", "–", "—", ":"].contains(w))
        .collect();
    // "Lecture 4": the session's number before the date
    let numbered = words.len() > 2 && super::vocab::PART_WORDS.contains(&words[0]);
    let rest = if numbered { &words[2..] } else { &words[..] };
    let month = |w: &str| {
        let w = w.trim_end_matches('.');
        w.len() >= 3 && super::vocab::MONTHS.iter().any(|m| m.starts_with(w))
    };
    let number = |w: &str| {
        let w = w.trim_end_matches(['.', ':']);
        let w = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| w.strip_suffix(s))
            .unwrap_or(w);
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || "-/.".contains(c))
    };
    // a day ("3", "13th", "9/29"): "February 1917" is an event, not a date
    // the notes were taken on
    let day = rest.iter().any(|w| {
        let w = w.trim_end_matches(['.', ':']);
        let digits = w.chars().take_while(char::is_ascii_digit).count();
        w.contains(['/', '-', '.']) || number(w) && (1..=2).contains(&digits)
    });
    // "20:06", "11:03", "am": the time of day the notes were begun
    let time = |w: &str| {
        let clock = w.split_once(':').is_some_and(|(h, m)| {
            !h.is_empty()
                && h.len() <= 2
                && m.len() == 2
                && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
        });
        clock || ["am", "pm", "a.m.", "p.m."].contains(&w)
    };
    !rest.is_empty() && day && rest.iter().all(|w| month(w) || number(w) || time(w))
}

/// The notes with front matter and site-generator tags (`{% hint %}`,
/// `{{< note >}}` alone on a line, outside code) blanked out: what they
/// wrap is read as notes; line numbers stay right.
pub fn body_lines(text: &str, front_matter_lines: usize) -> String {
    let mut fence: Option<&str> = None;
    let mut out: Vec<String> = Vec::new();
    // Obsidian's `%% … %%` comments, when they pair up
    let comments = text.contains("%%") && text.matches("%%").count().is_multiple_of(2);
    let mut in_comment = false;
    let wrapper = wrapping_fence(text, front_matter_lines);
    let highlighted = struck_as_highlights(text);
    for (i, line) in text.lines().enumerate() {
        if wrapper.is_some_and(|(open, close)| i == open || i == close) {
            out.push(String::new());
            continue;
        }
        let uncommented;
        let line = if comments && fence.is_none() {
            uncommented = without_comments(line, &mut in_comment);
            uncommented.as_str()
        } else {
            line
        };
        let t = line.trim();
        let marker = ["```", "~~~"].into_iter().find(|m| t.starts_with(*m));
        match (fence, marker) {
            (None, Some(m)) => fence = Some(m),
            (Some(f), Some(m)) if f == m => fence = None,
            _ => {}
        }
        let tag = fence.is_none() && marker.is_none() && template_tag(t);
        out.push(if i < front_matter_lines {
            String::new()
        } else if tag {
            // `{{< admonition title="Man Mohan Singh v Zurich (2008)" >}}`
            // names what it wraps, as a bold label would
            tag_title(t)
                .map(|title| format!("**{title}**"))
                .unwrap_or_default()
        } else if fence.is_none() && marker.is_none() && bookkeeping(t) {
            String::new()
        } else if fence.is_none() && marker.is_none() {
            let unstruck;
            let line = match highlighted {
                true => {
                    unstruck = line.replace("~~", "");
                    unstruck.as_str()
                }
                false => line,
            };
            let line = spaced_math(line);
            let prev = out.last().map_or("", String::as_str);
            glued_bullet(&line, prev).unwrap_or_else(|| as_meant(&line))
        } else {
            line.to_string()
        });
    }
    out.join("\n")
}

/// An outliner's property line ("collapsed:: true", "id:: 63c3…"), a
/// line with a block reference, or a line of tags ("Tags: #History"):
/// the notes' bookkeeping, no text to read.
fn bookkeeping(t: &str) -> bool {
    let property = t
        .split_once(":: ")
        .or_else(|| t.strip_suffix("::").map(|k| (k, "")));
    let key = |k: &str| {
        !k.is_empty()
            && k.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    let tags = t.get(..5).is_some_and(|h| h.eq_ignore_ascii_case("tags:"))
        && t[5..]
            .split_whitespace()
            .all(|w| w.starts_with('#') && w.len() >= 2)
        && t[5..].contains('#');
    property.is_some_and(|(k, _)| key(k)) || tags || block_ref(t)
}

/// Whether the notes strike words through to mark them, not to take
/// them back: four struck spans or more ("The process of ~~exchanging
/// air~~ between the ~~lungs~~"), where one or two are a writer's
/// second thoughts. Their words then stay.
fn struck_as_highlights(text: &str) -> bool {
    let spans: usize = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("~~~"))
        .map(|l| l.matches("~~").count() / 2)
        .sum();
    spans >= 4
}

/// Whether a line holds an outliner's block reference ("((63b2624c-…))"),
/// which stands for text kept elsewhere: what the line says is not all
/// there.
fn block_ref(line: &str) -> bool {
    line.split("((").skip(1).any(|rest| {
        rest.split_once("))").is_some_and(|(inner, _)| {
            inner.len() >= 32 && inner.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
        })
    })
}

/// The lines of a fence that wraps the whole of the notes (a first line
/// "```markdown", a last line "```"): notes pasted as a Markdown code
/// sample are still notes.
fn wrapping_fence(text: &str, front_matter_lines: usize) -> Option<(usize, usize)> {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .skip(front_matter_lines)
        .map(|(i, l)| (i, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let (&(open, first), &(close, last)) = (lines.first()?, lines.last()?);
    let marker = ["```", "~~~"].into_iter().find(|m| first.starts_with(m))?;
    let lang = first.trim_start_matches(marker.chars().next()?).trim();
    let markdown = ["markdown", "md"].contains(&lang.to_lowercase().as_str());
    (markdown && close > open && last == marker).then_some((open, close))
}

/// A line without the parts inside `%% … %%` comments, which may span
/// lines (`open` says a comment runs on from the line before).
fn without_comments(line: &str, open: &mut bool) -> String {
    let mut out = String::new();
    for (k, part) in line.split("%%").enumerate() {
        if k > 0 {
            *open = !*open;
        }
        if !*open {
            out.push_str(part);
        }
    }
    out
}

/// "Backorder $ (R, Q) $ policy": maths typed with spaces inside its
/// dollar signs, which Markdown leaves as text; the spaces go (a sum of
/// money, "$5 and $10", and "$$" stay).
fn spaced_math(line: &str) -> String {
    let parts: Vec<&str> = line.split('$').collect();
    if !line.contains("$ ") || parts.len() < 3 || parts.len().is_multiple_of(2) {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    for (k, part) in parts.iter().enumerate() {
        if k > 0 {
            out.push('$');
        }
        let inner = part.trim();
        let maths = !inner.is_empty() && !inner.starts_with(|c: char| c.is_ascii_digit());
        match k % 2 {
            1 if !maths => return line.to_string(),
            1 => out.push_str(inner),
            _ => out.push_str(part),
        }
    }
    out
}

/// "-suffered a decline" under "- worth £7 billion": a bullet typed
/// without its space, among bullets, is one of them.
fn glued_bullet(line: &str, prev: &str) -> Option<String> {
    let indent = line.len() - line.trim_start().len();
    let rest = line.trim_start().strip_prefix('-')?;
    let p = prev.trim_start();
    let among = p.starts_with("- ") || p.starts_with("* ") || p.starts_with("+ ");
    let same_indent = prev.len() - p.len() == indent;
    (among && same_indent && rest.starts_with(char::is_alphabetic))
        .then(|| format!("{}- {rest}", &line[..indent]))
}

/// A line as its writer meant it: "##Heading" is a heading (two hashes
/// or more; "#tag" stays a tag). (Definition lists are read by
/// `deflist`.)
fn as_meant(line: &str) -> String {
    let hashes = glued_hashes(line);
    if hashes > 0 {
        return format!("{} {}", &line[..hashes], &line[hashes..]);
    }
    // "1. ###Overview": a list item its writer meant as a heading, read
    // as the label of what is under it
    let indent = line.len() - line.trim_start().len();
    let rest = &line[indent..];
    // "\t\t|- material cause": a branch drawn with a bar under an item,
    // one level under it however far it is indented
    let branch = rest
        .strip_prefix("|-")
        .map(|b| b.trim_start_matches('-').trim_start())
        .filter(|b| indent > 0 && !b.contains('|') && b.starts_with(char::is_alphanumeric));
    if let Some(branch) = branch {
        return format!("    - {branch}");
    }
    let marker = rest
        .find(". ")
        .filter(|&at| at > 0 && rest[..at].chars().all(|c| c.is_ascii_digit()))
        .map(|at| at + 2)
        .or_else(|| {
            ["- ", "* ", "+ "]
                .iter()
                .find(|m| rest.starts_with(**m))
                .map(|_| 2)
        });
    if let Some(at) = marker {
        let hashes = glued_hashes(&rest[at..]);
        if hashes > 0 {
            return format!("{}{}", &line[..indent + at], &rest[at + hashes..]);
        }
    }
    line.to_string()
}

/// How many hashes open `text` glued to a word ("##Heading"): two or
/// more ("#tag" stays a tag), else none.
fn glued_hashes(text: &str) -> usize {
    let hashes = text.chars().take_while(|c| *c == '#').count();
    let after = text[hashes..].chars().next();
    match (2..=6).contains(&hashes) && after.is_some_and(char::is_alphanumeric) {
        true => hashes,
        false => 0,
    }
}

/// `{% endhint %}`, `{{< /note >}}`, `{{% tab %}}`: a line that is one tag
/// of a site generator.
fn template_tag(t: &str) -> bool {
    let pairs = [("{%", "%}"), ("{{<", ">}}"), ("{{%", "%}}")];
    pairs.iter().any(|(open, close)| {
        t.starts_with(open)
            && t.ends_with(close)
            && t[open.len()..].find(close) == Some(t.len() - open.len() - close.len())
    })
}

/// The `title="…"` a template tag gives what it wraps, if any.
fn tag_title(tag: &str) -> Option<&str> {
    let at = tag.find(" title=")? + " title=".len();
    let rest = &tag[at..];
    let quote = rest.chars().next().filter(|c| ['"', '\''].contains(c))?;
    let title = rest[1..].split(quote).next()?.trim();
    (!title.is_empty()).then_some(title)
}

fn unquote(v: &str) -> &str {
    v.trim().trim_matches(|c| c == '"' || c == '\'').trim()
}

#[cfg(test)]
mod tests {

    #[test]
    fn notes_wrapped_in_a_markdown_fence_are_unwrapped() {
        let text = "```markdown\n# Kilns\n\n- **Bisque**: first firing\n```\n";
        assert_eq!(
            body_lines(text, 0),
            "\n# Kilns\n\n- **Bisque**: first firing\n"
        );
        let code = "```python\nprint(1)\n```\n";
        assert_eq!(body_lines(code, 0), "```python\nprint(1)\n```");
    }

    #[test]
    fn a_heading_glued_to_its_hashes_is_read_as_meant() {
        assert_eq!(as_meant("###Kilns"), "### Kilns");
        assert_eq!(as_meant("    1. ####Structure"), "    1. Structure");
        assert_eq!(as_meant("- ##Glazes"), "- Glazes");
        assert_eq!(as_meant("- #tag"), "- #tag");
        assert_eq!(as_meant("12. Kilns"), "12. Kilns");
        assert_eq!(
            as_meant("\t\t|- a rise: heat climbs"),
            "    - a rise: heat climbs"
        );
        assert_eq!(as_meant("|- a rise"), "|- a rise");
        assert_eq!(as_meant("    |----|:---|"), "    |----|:---|");
    }

    #[test]
    fn a_title_spanning_the_row_under_it_leads_its_cells() {
        let cells = |r: &[&str]| r.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        let mut header = cells(&["Kiln", "{colspan=2} Fires at", "{merged}"]);
        let mut rows = vec![cells(&["", "Cone", "Hours"]), cells(&["Gas", "10", "12"])];
        let mut lines = vec![3, 4];
        stack_header(&mut header, &mut rows, &mut lines);
        assert_eq!(header, ["Kiln", "Fires at (Cone)", "Fires at (Hours)"]);
        assert_eq!((rows.len(), lines), (1, vec![4]));
    }

    #[test]
    fn an_outliners_properties_tags_and_block_references_are_no_text() {
        let text = "- kilns\n  collapsed:: true\n\t- fire clay ((63b2624c-2f4a-4c6e-9a1b-0c1d2e3f4a5b))\n\t  id:: 63c33173-3b84-43b2-abe4-e38481d8a6ab\nTags: #Pottery #Kilns\nRatio: 3:1 (a::b)\n";
        let body = body_lines(text, 0);
        let lines: Vec<&str> = body.lines().collect();
        assert_eq!(lines, ["- kilns", "", "", "", "", "Ratio: 3:1 (a::b)"]);
        assert_eq!(body_lines("Tags: # \n", 0), "Tags: # ");
    }

    #[test]
    fn words_struck_through_often_are_marked_not_taken_back() {
        let marked =
            "The ~~firebox~~ burns ~~wood~~.\nThe ~~flue~~ takes the ~~smoke~~.\n~~~\ncode\n~~~\n";
        assert_eq!(
            body_lines(marked, 0),
            "The firebox burns wood.\nThe flue takes the smoke.\n~~~\ncode\n~~~"
        );
        let second_thought = "Fire to cone ~~5~~ 6.\n";
        assert_eq!(body_lines(second_thought, 0), "Fire to cone ~~5~~ 6.");
    }

    #[test]
    fn a_title_that_is_only_a_date_is_told() {
        assert!(only_a_date("11/10/2023"));
        assert!(only_a_date("01/15/2024 20:06"));
        assert!(only_a_date("October 7, 2019 11:03 am"));
        assert!(!only_a_date("Kiln at 11:03"));
        assert!(!only_a_date("Cone 6 at 20:06"));
        assert!(only_a_date("Lecture 4 - Oct 3, 2016"));
        assert!(only_a_date("March 3rd, 1999"));
        assert!(!only_a_date("Lecture 4 - Kilns"));
        assert!(!only_a_date("May the glaze run"));
        assert!(!only_a_date("1848 revolutions"));
        assert!(!only_a_date("Lecture 4"));
        assert!(!only_a_date("February 1917"));
    }

    use super::*;

    #[test]
    fn line_index() {
        let idx = LineIndex::new("a\nbc\n\nd");
        assert_eq!(idx.line(0), 1);
        assert_eq!(idx.line(2), 2);
        assert_eq!(idx.line(3), 2);
        assert_eq!(idx.line(5), 3);
        assert_eq!(idx.line(6), 4);
    }

    #[test]
    fn site_generator_tags_are_blanked_outside_code() {
        let text = "{% hint style=\"info\" %}\nUse `*` twice.\n{% endhint %}\n```\n{% raw %}\n```\n{{< note >}}";
        assert_eq!(
            body_lines(text, 0),
            "\nUse `*` twice.\n\n```\n{% raw %}\n```\n"
        );
        let titled = "{{<admonition type=\"case\" title=\"Potter v Kiln (1990)\">}}\n- Held: no duty\n{{</admonition >}}";
        assert_eq!(
            body_lines(titled, 0),
            "**Potter v Kiln (1990)**\n- Held: no duty\n"
        );
        assert_eq!(body_lines("---\ntitle: T\n---\n# H", 3), "\n\n\n# H");
        // Obsidian comments, over lines or within one
        assert_eq!(
            body_lines(
                "Kilns %%to check%% glow.\n%% | a | b |\n| c | d | %%\nEnd",
                0
            ),
            "Kilns  glow.\n\n\nEnd"
        );
        assert_eq!(body_lines("Rate: 50%% off", 0), "Rate: 50%% off");
        // Two tags on one line wrap text: they stay.
        assert!(!template_tag("{% a %} text {% b %}"));
    }

    #[test]
    fn a_header_over_two_rows_is_the_row_above_the_dashes() {
        let row = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let mut header = row(&["", "Firing time", ""]);
        let mut rows = vec![
            row(&["", "Cone 6", "Cone 10"]),
            row(&["---", "---", "---"]),
            row(&["Small kiln", "8 hours", "11 hours"]),
        ];
        let mut lines = vec![3, 4, 5];
        stack_header(&mut header, &mut rows, &mut lines);
        assert_eq!(
            header,
            ["", "Firing time (Cone 6)", "Firing time (Cone 10)"]
        );
        assert_eq!(rows, [row(&["Small kiln", "8 hours", "11 hours"])]);
        assert_eq!(lines, [5]);
        // a table without dashes in its body is left as it is
        let mut rows = vec![row(&["Small kiln", "8 hours", "11 hours"])];
        stack_header(&mut header, &mut rows, &mut lines);
        assert_eq!(rows.len(), 1);
    }

    #[test]
    fn a_sentence_left_unstopped_ends_where_the_next_one_opens() {
        let lines = |ts: &[&str]| -> Vec<Line> {
            ts.iter()
                .enumerate()
                .map(|(k, t)| Line::new(*t, k + 1))
                .collect()
        };
        assert_eq!(
            join_lines(&lines(&[
                "caused by a draught in the flue",
                "This occurs when it is windy."
            ])),
            "caused by a draught in the flue. This occurs when it is windy."
        );
        // a line that leaves off in mid-phrase goes on
        assert_eq!(
            join_lines(&lines(&[
                "the kiln cools slowly because",
                "It is well lagged."
            ])),
            "the kiln cools slowly because It is well lagged."
        );
        assert_eq!(
            join_lines(&lines(&[
                "the glaze runs down the pot when",
                "The kiln is too hot."
            ])),
            "the glaze runs down the pot when The kiln is too hot."
        );
    }

    #[test]
    fn statements_one_to_a_line_are_set_apart() {
        let lines = |t: &str| -> Vec<Line> { t.lines().map(|l| Line::new(l, 1)).collect() };
        let steps =
            lines("the clay dries in the shed\nthe kiln is loaded at dawn\nthe glaze melts");
        assert_eq!(
            join_lines(&steps),
            "the clay dries in the shed; the kiln is loaded at dawn; the glaze melts"
        );
        // a wrapped sentence reads on
        let wrapped = lines("the clay dries in the\nshed while the kiln\nis loaded at dawn");
        assert_eq!(
            join_lines(&wrapped),
            "the clay dries in the shed while the kiln is loaded at dawn"
        );
        // glossary lines, two lines, and lines with stops are not steps
        for t in [
            "clay - wet earth\nglaze - glass coat\nkiln - hot oven",
            "the clay dries in the shed\nthe kiln is loaded at dawn",
            "The clay dries.\nThe kiln is loaded.\nThe glaze melts.",
        ] {
            let texts: Vec<&str> = t.lines().collect();
            assert!(!one_per_line(&texts), "{t}");
        }
    }

    #[test]
    fn a_title_leaves_out_the_site_it_is_published_on() {
        let fm = front_matter("---\ntitle: Glazes | Pottery Notes\n---\n# Glazes\n");
        assert_eq!(fm.title.as_deref(), Some("Glazes"));
    }

    #[test]
    fn a_dated_title_gives_way_to_the_description() {
        let fm = front_matter("---\ndescription: Kiln Safety\ntitle: October 6 Lecture\n---\nx\n");
        assert_eq!(fm.title.as_deref(), Some("Kiln Safety"));
        let fm = front_matter("---\ndescription: Kiln Safety\ntitle: Week 3 Glazes\n---\nx\n");
        assert_eq!(fm.title.as_deref(), Some("Kiln Safety"));
        // a title that names its subject stays, whatever the description
        let fm = front_matter("---\ndescription: Kiln Safety\ntitle: Mayan Pottery\n---\nx\n");
        assert_eq!(fm.title.as_deref(), Some("Mayan Pottery"));
        let fm = front_matter("---\ntitle: October 6 Lecture\n---\nx\n");
        assert_eq!(fm.title.as_deref(), Some("October 6 Lecture"));
    }

    #[test]
    fn reads_front_matter() {
        let fm = front_matter(
            "---\ntitle: \"Deck\"\norder: 3\ndescription: About it\nparties: [Microsoft, 'the tenant']\nyou: the developer\n---\n# H\n",
        );
        assert_eq!(fm.title.as_deref(), Some("Deck"));
        assert_eq!(fm.description.as_deref(), Some("About it"));
        assert_eq!(fm.parties, ["Microsoft", "the tenant"]);
        assert_eq!(fm.reader.as_deref(), Some("the developer"));
        assert_eq!(fm.lines, 7);
        assert_eq!(front_matter("--- \nno end\n").lines, 0);
    }
}
