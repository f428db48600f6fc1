//! What `generate` says about the notes it read: how many cards came from
//! how many blocks, and for each block that gave no card, where it is and
//! why — so the learner knows what to write as `Q:` / `A:` lines.

use super::doc::Block;

/// One block of notes that gave no card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub file: String,
    pub line: usize,
    pub why: String,
}

/// The totals and the blocks left out, in file and line order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub cards: usize,
    /// Blocks of notes read (headings and rules not counted).
    pub blocks: usize,
    pub left_out: Vec<LeftOut>,
}

impl Report {
    /// One line for stderr: "58 cards from 41 blocks; 6 blocks left out"
    /// (and ", 3 sentences of others" when some are).
    pub fn summary(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let count = |why: &str| self.left_out.iter().filter(|l| l.why == why).count();
        let others: String = [
            (count(UNREAD), "sentence", "sentences"),
            (count(UNREAD_ITEM), "item", "items"),
        ]
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, one, many)| format!(", {} of others", plural(*n, one, many)))
        .collect();
        format!(
            "{} from {}; {} left out{others}",
            plural(self.cards, "card", "cards"),
            plural(self.blocks, "block", "blocks"),
            plural(
                self.left_out.len() - count(UNREAD) - count(UNREAD_ITEM),
                "block",
                "blocks"
            ),
        )
    }

    /// The sentences of prose that gave no card, in blocks that gave
    /// others (a block that gave none is left out whole), in line order
    /// with the file's other lines.
    pub fn add_sentences(&mut self, file: &str, unread: &[(usize, usize, bool)], kept: &[usize]) {
        let from = self
            .left_out
            .iter()
            .position(|l| l.file == file)
            .unwrap_or(self.left_out.len());
        for &(block, line, item) in unread {
            if kept.get(block).copied().unwrap_or(0) > 0 {
                self.left_out.push(LeftOut {
                    file: file.to_string(),
                    line,
                    why: if item { UNREAD_ITEM } else { UNREAD }.to_string(),
                });
            }
        }
        self.left_out[from..].sort_by_key(|l| l.line);
    }

    /// Every block left out, one per line: `notes.md:12: a code block`.
    pub fn details(&self) -> String {
        self.left_out
            .iter()
            .map(|l| format!("{}:{}: {}\n", l.file, l.line, l.why))
            .collect()
    }

    /// Counts one file's blocks; `kept[i]` is how many cards block `i`
    /// gave, `said[i]` the reason a rule gave for leaving it out.
    pub fn add_file(
        &mut self,
        file: &str,
        blocks: &[Block],
        kept: &[usize],
        made: &[usize],
        said: &[Option<String>],
    ) {
        for (i, b) in blocks.iter().enumerate() {
            if matches!(b, Block::Heading { .. } | Block::Break) {
                continue;
            }
            self.blocks += 1;
            if kept.get(i).copied().unwrap_or(0) > 0 {
                continue;
            }
            let why = match said.get(i).cloned().flatten() {
                Some(w) => w,
                None if made.get(i).copied().unwrap_or(0) > 0 => {
                    "only cards already made from earlier notes".to_string()
                }
                None => default_reason(b).to_string(),
            };
            self.left_out.push(LeftOut {
                file: file.to_string(),
                line: b.line().unwrap_or(0),
                why,
            });
        }
    }
}

/// Why a sentence is listed: its block gave cards, it gave none.
const UNREAD: &str =
    "a sentence that no rule could ask about (the rest of its paragraph gave cards)";

/// Why a list item is listed: its list gave cards, it gave none.
const UNREAD_ITEM: &str = "an item that no rule could ask about (the rest of its list gave cards)";

/// Why a block of this kind gave no card, when no rule said more.
fn default_reason(b: &Block) -> &'static str {
    match b {
        Block::Para { .. } => "prose with no statement recall can ask about",
        Block::Quote { .. } => "a quote with no statement recall can ask about",
        Block::List { items, .. } if items.len() == 1 => {
            "a list of one item, with no definition or statement in it"
        }
        Block::List { items, .. } if items.iter().any(|it| it.text().split_whitespace().count() > super::rules::MAX_LIST_ITEM_WORDS) => {
            "a list with nothing to ask: items too long for a list card, and no definitions or statements in them"
        }
        Block::List { .. } => "a list with nothing to ask: its items hold no definitions or statements, and their names alone make no list card",
        Block::Table { .. } => "a table with nothing to ask",
        Block::Code { .. } => "a code block",
        Block::Choice { .. } => "a quiz question that repeats an earlier one",
        Block::Left { .. } | Block::Heading { .. } | Block::Break => "nothing to ask",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_names_what_is_left_out() {
        let blocks = vec![
            Block::Heading {
                level: 1,
                text: "T".into(),
                line: 1,
            },
            Block::Code {
                text: "x".into(),
                lang: String::new(),
                line: 3,
                caption: None,
            },
            Block::Left {
                line: 7,
                why: "question 2 has no answer".into(),
            },
        ];
        let mut r = Report::default();
        r.add_file(
            "n.md",
            &blocks,
            &[0, 0, 0],
            &[0, 0, 0],
            &[None, None, Some("question 2 has no answer".into())],
        );
        r.cards = 1;
        assert_eq!(r.summary(), "1 card from 2 blocks; 2 blocks left out");
        assert_eq!(
            r.details(),
            "n.md:3: a code block\nn.md:7: question 2 has no answer\n"
        );
    }
}
