//! Practice questions with their answers further on: a numbered list of
//! questions ("1. Why does a glaze craze?"), and, under an "Answers"
//! heading or callout after it, a numbered list of as many answers. Each
//! pair is read as a `Q:` / `A:` pair; the answer list is used up.

use super::doc::{Block, Line};

/// The blocks with each practice-question list paired with its answers.
pub fn paired(mut blocks: Vec<Block>) -> Vec<Block> {
    let mut i = 0;
    while i < blocks.len() {
        if let Some(n) = questions(&blocks[i]) {
            if let Some(j) = answers_after(&blocks, i + 1, n) {
                let answers = blocks.remove(j);
                blocks[i] = as_pairs(&blocks[i], &answers);
            }
        }
        i += 1;
    }
    blocks
}

/// How many questions a list of practice questions asks: two or more
/// items, each a question, none with options under it.
fn questions(b: &Block) -> Option<usize> {
    let Block::List { items, .. } = b else {
        return None;
    };
    let asked = items
        .iter()
        .all(|it| it.sub.is_empty() && it.checked.is_none() && it.text().contains('?'));
    (items.len() >= 2 && asked).then_some(items.len())
}

/// The list of `n` answers under the first answer heading after block
/// `from` (before any other section of the same or a higher level).
fn answers_after(blocks: &[Block], from: usize, n: usize) -> Option<usize> {
    let (at, level) = blocks[from..]
        .iter()
        .enumerate()
        .find_map(|(k, b)| match b {
            Block::Heading { level, text, .. } if super::quiz::is_answer_heading(text) => {
                Some((from + k, *level))
            }
            _ => None,
        })?;
    for (k, b) in blocks.iter().enumerate().skip(at + 1) {
        match b {
            Block::List { items, .. } if items.len() == n => return Some(k),
            Block::Heading { level: l, text, .. } if *l <= level && !text.is_empty() => {
                return None
            }
            _ => {}
        }
    }
    None
}

/// The questions and their answers as `Q:` / `A:` lines, on the lines the
/// questions and answers stand on.
fn as_pairs(questions: &Block, answers: &Block) -> Block {
    let (Block::List { items: qs, .. }, Block::List { items: ans, .. }) = (questions, answers)
    else {
        return questions.clone();
    };
    let mut lines = Vec::with_capacity(qs.len() * 2);
    for (q, a) in qs.iter().zip(ans) {
        let mut answer = a.text();
        for sub in &a.sub {
            answer.push_str(&format!("; {}", sub.text()));
        }
        lines.push(Line::new(format!("Q: {}", q.text()), q.line));
        lines.push(Line::new(format!("A: {answer}"), a.line));
    }
    Block::Para { lines }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(md: &str) -> Vec<Block> {
        paired(super::super::markdown::read("t.md", md).unwrap())
    }

    #[test]
    fn questions_are_paired_with_the_answers_in_a_callout_below() {
        let md = "## Practice\n\n1. Why does a glaze craze?\n2. What cone is mid-fire?\n\n> [!question]- Answers\n> 1. It shrinks more than the body\n> 2. Cone 6\n\nAfter.\n";
        let blocks = read(md);
        let Block::Para { lines } = &blocks[1] else {
            panic!("{blocks:?}")
        };
        let texts: Vec<(&str, usize)> = lines.iter().map(|l| (l.text.as_str(), l.line)).collect();
        assert_eq!(
            texts,
            [
                ("Q: Why does a glaze craze?", 3),
                ("A: It shrinks more than the body", 7),
                ("Q: What cone is mid-fire?", 4),
                ("A: Cone 6", 8),
            ]
        );
        // the answers are used up
        assert!(!blocks.iter().any(|b| matches!(b, Block::List { .. })));
    }

    #[test]
    fn a_count_that_differs_or_no_answer_heading_pairs_nothing() {
        let short = "1. Why does a glaze craze?\n2. What cone is mid-fire?\n\n## Answers\n\n1. It shrinks\n";
        assert!(matches!(read(short)[0], Block::List { .. }));
        let unheaded = "1. Why does a glaze craze?\n2. What cone is mid-fire?\n\n## Glazes\n\n1. Shino\n2. Celadon\n";
        assert!(matches!(read(unheaded)[0], Block::List { .. }));
    }
}
