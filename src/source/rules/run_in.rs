//! A paragraph that opens with a bold section label ("**Chapter 7** the
//! chief good is …", "**Lecture 3** - kilns"): the label heads the
//! paragraph as a heading would, and is no part of its first sentence.

use super::super::clean::clean_text;
use super::super::doc::{Block, Line};
use super::super::vocab::PART_WORDS;
use super::Rules;
use crate::error::Result;

impl Rules<'_> {
    /// Reads a paragraph under its run-in section label, if it opens with
    /// one. Whether it did.
    pub(super) fn run_in_section(
        &mut self,
        blocks: &[Block],
        i: usize,
        lines: &[Line],
    ) -> Result<bool> {
        let Some((label, body)) = section_label(lines) else {
            return Ok(false);
        };
        let level = self.stack.last().map_or(1, |(l, _)| l.saturating_add(1));
        self.stack.push((level, label));
        let read = self.para_and_formulas(blocks, i, &body);
        self.stack.pop();
        read.map(|()| true)
    }
}

/// "**Chapter 7** the chief good …" → "Chapter 7" and the paragraph's
/// lines without it.
fn section_label(lines: &[Line]) -> Option<(String, Vec<Line>)> {
    let first = lines.first()?;
    let label = clean_text(first.bold.as_deref()?)
        .trim_end_matches([':', '.', '-', '—', '–', ' '])
        .to_string();
    let words: Vec<&str> = label.split_whitespace().collect();
    let [word, number] = words.as_slice() else {
        return None;
    };
    let numbered = number.chars().all(|c| c.is_ascii_digit())
        || number.chars().all(|c| "IVXivx".contains(c))
        || number.len() == 1 && number.chars().all(|c| c.is_ascii_uppercase());
    if !PART_WORDS.contains(&word.to_lowercase().as_str()) || !numbered {
        return None;
    }
    let text = clean_text(&first.text);
    let rest = text
        .strip_prefix(label.as_str())?
        .trim_start_matches([':', '.', '-', '—', '–', ' ']);
    let mut body: Vec<Line> = Vec::new();
    if !rest.is_empty() {
        body.push(Line {
            text: rest.to_string(),
            bold: None,
            strong: first
                .strong
                .iter()
                .filter(|s| clean_text(s) != label)
                .cloned()
                .collect(),
            ..first.clone()
        });
    }
    body.extend(lines[1..].iter().cloned());
    (!body.is_empty()).then_some((label, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bold_chapter_label_heads_its_paragraph() {
        let mut line = Line::new("Chapter 7 the kiln must cool slowly.", 3);
        line.bold = Some("Chapter 7".into());
        line.strong = vec!["Chapter 7".into()];
        let (label, body) = section_label(&[line]).unwrap();
        assert_eq!(label, "Chapter 7");
        assert_eq!(body[0].text, "the kiln must cool slowly.");
        assert!(body[0].strong.is_empty());
        // a bold name that is the sentence's subject is no label
        let mut line = Line::new("Stoneware kilns fire hot.", 3);
        line.bold = Some("Stoneware kilns".into());
        assert!(section_label(&[line]).is_none());
    }
}
