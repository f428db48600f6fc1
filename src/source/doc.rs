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
}

impl Line {
    pub fn new(text: impl Into<String>, line: usize) -> Self {
        Line {
            text: text.into(),
            line,
            bold: None,
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
        ordered: bool,
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
            | Block::Choice { line, .. } => Some(*line),
            Block::Para { lines } | Block::Quote { lines } => lines.first().map(|l| l.line),
            Block::List { items, .. } => items.first().map(|i| i.line),
            Block::Break => None,
        }
    }
}

/// Joins lines into one, the way a reader would read a wrapped paragraph.
pub fn join_lines(lines: &[Line]) -> String {
    let mut out = String::new();
    for l in lines {
        let t = l.text.trim();
        if t.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
    }
    out
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

    pub fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// Reads YAML front matter (`---` … `---` at the very top): returns its
/// `title` and `description`, and the number of lines it spans.
pub fn front_matter(text: &str) -> (Option<String>, Option<String>, usize) {
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some("---") {
        return (None, None, 0);
    }
    let mut title = None;
    let mut description = None;
    for (i, line) in lines.enumerate() {
        let t = line.trim_end();
        if t == "---" || t == "..." {
            return (title, description, i + 2);
        }
        if let Some((key, value)) = t.split_once(':') {
            let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
            match key.trim() {
                "title" if !value.is_empty() => title = Some(value.to_string()),
                "description" if !value.is_empty() => description = Some(value.to_string()),
                _ => {}
            }
        }
    }
    // No closing fence: not front matter after all.
    (None, None, 0)
}

#[cfg(test)]
mod tests {
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
    fn reads_front_matter() {
        let (t, d, n) =
            front_matter("---\ntitle: \"Deck\"\norder: 3\ndescription: About it\n---\n# H\n");
        assert_eq!(t.as_deref(), Some("Deck"));
        assert_eq!(d.as_deref(), Some("About it"));
        assert_eq!(n, 5);
        assert_eq!(front_matter("--- \nno end\n").2, 0);
    }
}
