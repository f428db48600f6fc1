//! The rule for code blocks: a tree diagram drawn with `├──` / `└──` gives
//! a list card for every branch that has branches, and, when its root
//! names a party ("AWS RESPONSIBILITY"), a "who is responsible for …?" card
//! for each first branch. Other code blocks give no card.

use super::super::clean::{clean_text, find_arrow};
use super::Rules;

/// Deepest answer a decision tree is asked to (the questions on the way
/// make its front; deeper ones would not read as one question).
const MAX_DECISION_DEPTH: usize = 8;

/// One branch of a tree: its text, depth (the root is 0) and parent.
struct Node {
    text: String,
    depth: usize,
    parent: Option<usize>,
    line: usize,
    /// The branch's answer and where it leads, when drawn `Yes → Standard`.
    arrow: Option<(String, String)>,
}

impl Rules<'_> {
    pub(super) fn code(&mut self, text: &str, line: usize) {
        let nodes = parse_tree(text, line);
        if nodes.len() < 3 {
            return self.leave("a code block");
        }
        if self.decision_tree(&nodes) {
            return;
        }
        let root = title_case(&nodes[0].text);
        let party = self.root_party(&root);
        // Each node's branches, found in one pass.
        let mut branches: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
        for (k, n) in nodes.iter().enumerate() {
            if let Some(p) = n.parent {
                branches[p].push(k);
            }
        }
        for (k, node) in nodes.iter().enumerate() {
            let children: Vec<&Node> = branches[k].iter().map(|&c| &nodes[c]).collect();
            // A branch is asked when it has two branches; the root even with one.
            if children.is_empty() || (children.len() < 2 && k != 0) {
                continue;
            }
            let names: Vec<&str> = children.iter().map(|n| n.text.as_str()).collect();
            let ctx = if k == 0 {
                root.clone()
            } else {
                format!("{root} — {}", node.text)
            };
            let q = format!("list the {} items.", names.len());
            self.card(Some(&ctx), &q, &names.join("; "), None, node.line);
        }
        let Some(party) = party else { return };
        for (k, node) in nodes.iter().enumerate().filter(|(_, n)| n.depth == 1) {
            let under: Vec<&str> = branches[k]
                .iter()
                .map(|&c| nodes[c].text.as_str())
                .collect();
            let why = (!under.is_empty()).then(|| under.join("; "));
            let q = format!("who is responsible for {}?", self.lex.lc_phrase(&node.text));
            self.card(None, &q, &party, why, node.line);
        }
    }

    /// A decision tree: questions whose branches are answers leading on
    /// (`Yes → Standard`, `No → How often?`). Each answer at the end of a
    /// path is asked with the questions and answers on the way to it
    /// ("Big? No. How often? Monthly — what then?"). Whether it was one.
    fn decision_tree(&mut self, nodes: &[Node]) -> bool {
        let arrows = nodes.iter().filter(|n| n.arrow.is_some()).count();
        let asks = nodes.iter().any(|n| n.text.ends_with('?'));
        if arrows < 2 || !asks {
            return false;
        }
        let mut has_children = vec![false; nodes.len()];
        for n in nodes {
            if let Some(p) = n.parent {
                has_children[p] = true;
            }
        }
        let ctx = self.context(None);
        for (k, leaf) in nodes.iter().enumerate() {
            let Some((answer, outcome)) = leaf.arrow.as_ref().filter(|_| !has_children[k]) else {
                continue;
            };
            // The questions and answers from the root down to the leaf;
            // depth is bounded by the tree's own nodes.
            let mut steps = vec![answer.clone()];
            let mut at = leaf.parent;
            if leaf.depth > MAX_DECISION_DEPTH {
                continue;
            }
            while let Some(p) = at {
                steps.push(match &nodes[p].arrow {
                    Some((a, next)) => format!("{a}. {next}"),
                    None => nodes[p].text.clone(),
                });
                at = nodes[p].parent;
            }
            steps.reverse();
            let q = format!("{} — what then?", steps.join(" "));
            self.card(ctx.as_deref(), &q, outcome, None, leaf.line);
        }
        true
    }

    /// The party a tree's root names ("AWS responsibility", "Your
    /// responsibility").
    fn root_party(&self, root: &str) -> Option<String> {
        let lower = root.to_lowercase();
        let rest = lower.strip_prefix("your ").map(|r| ("you", r));
        let (who, rest) = match rest {
            Some(x) => x,
            None => {
                let (p, _, r) = self.lex.parties.prefix(root)?;
                return r
                    .to_lowercase()
                    .starts_with("responsib")
                    .then(|| p.to_string());
            }
        };
        rest.starts_with("responsib")
            .then(|| self.lex.parties.name(who).map(str::to_string))
            .flatten()
    }
}

/// Reads a tree diagram: the root line, then one node per branch line.
/// Fewer than three nodes means it is no tree.
fn parse_tree(text: &str, first_line: usize) -> Vec<Node> {
    // Boxes and arrows drawn with corners are pictures, not trees.
    // "+-----+   +-----+" is the edge of a box drawn in ASCII, and
    // "|------->|" a message between two lifelines
    let ascii_box = text.lines().map(str::trim).any(|l| {
        l.len() > 2
            && l.starts_with('+')
            && l.ends_with('+')
            && l.chars().all(|c| "+-= ".contains(c))
    }) || text
        .lines()
        .map(str::trim)
        .filter(|l| l.len() > 2 && l.starts_with('|') && l.ends_with('|'))
        .count()
        >= 2;
    if ascii_box || text.contains(['┌', '┐', '┘', '┤', '┬', '┴', '┼', '▼', '►']) {
        return Vec::new();
    }
    let mut nodes: Vec<Node> = Vec::new();
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for (k, raw) in text.lines().enumerate() {
        let line = first_line + 1 + k;
        let Some((col, rest)) = branch(raw) else {
            if nodes.is_empty() && !raw.trim().is_empty() && !raw.contains(['│', '|']) {
                nodes.push(Node {
                    text: clean_text(raw),
                    depth: 0,
                    parent: None,
                    line,
                    arrow: None,
                });
                stack.push((0, 0));
            }
            continue;
        };
        if nodes.is_empty() {
            return Vec::new();
        }
        // A branch hangs from the nearest branch drawn left of it, however
        // wide the notes indent (two, three or four columns).
        let col = col + 1;
        while stack.len() > 1 && stack.last().is_some_and(|(c, _)| *c >= col) {
            stack.pop();
        }
        let text = clean_text(rest);
        if text.is_empty() {
            continue;
        }
        nodes.push(Node {
            text,
            depth: stack.len(),
            parent: stack.last().map(|(_, i)| *i),
            line,
            arrow: split_arrow(rest),
        });
        stack.push((col, nodes.len() - 1));
    }
    nodes
}

/// A branch line (`│   ├── text`, `│  └─ text`): the column of its branch mark and the
/// text after it.
fn branch(raw: &str) -> Option<(usize, &str)> {
    for mark in ["├─", "└─", "|--", "`--", "+--"] {
        if let Some(at) = raw.find(mark) {
            let col = raw[..at].chars().count();
            let rest = raw[at + mark.len()..].trim_start_matches(['─', '-', ' ']);
            return Some((col, rest));
        }
    }
    None
}

/// "Yes → Standard": the answer and where it leads, both cleaned.
fn split_arrow(raw: &str) -> Option<(String, String)> {
    let (at, len) = find_arrow(raw)?;
    let (a, b) = (clean_text(&raw[..at]), clean_text(&raw[at + len..]));
    (!a.is_empty() && !b.is_empty()).then_some((a, b))
}

/// "AWS RESPONSIBILITY" → "AWS Responsibility": shouting words of more
/// than three letters are written as titles; short ones stay (acronyms).
fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters > 3 && w.chars().all(|c| !c.is_lowercase()) {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_string() + &c.as_str().to_lowercase())
                    .unwrap_or_default()
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_tree_diagram() {
        let nodes = parse_tree(
            "SHOP DUTIES\n├── Stock\n│   ├── Counting\n│   └── Ordering\n└── Till\n    └── Cash\n",
            10,
        );
        let shape: Vec<(&str, usize, Option<usize>)> = nodes
            .iter()
            .map(|n| (n.text.as_str(), n.depth, n.parent))
            .collect();
        assert_eq!(
            shape,
            [
                ("SHOP DUTIES", 0, None),
                ("Stock", 1, Some(0)),
                ("Counting", 2, Some(1)),
                ("Ordering", 2, Some(1)),
                ("Till", 1, Some(0)),
                ("Cash", 2, Some(4)),
            ]
        );
        assert_eq!(nodes[1].line, 12);
        assert!(parse_tree("fn main() {}\n", 1).len() < 3);
        assert_eq!(title_case("AWS RESPONSIBILITY"), "AWS Responsibility");
        // One dash to a branch, three columns to a level.
        let nodes = parse_tree(
            "Pick one?\n├─ Fast?\n│  └─ Yes\n└─ Cheap\n   ├─ Disk\n   └─ Tape\n",
            1,
        );
        let parents: Vec<Option<usize>> = nodes.iter().map(|n| n.parent).collect();
        assert_eq!(parents, [None, Some(0), Some(1), Some(0), Some(3), Some(3)]);
    }
}
