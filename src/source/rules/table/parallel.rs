//! Tables that set things side by side, cell by cell: "Security group |
//! Network ACL" with a statement in each cell, or "Pod Level | Container
//! Level" over the names each level holds. Each cell asks which column it
//! is in, the other columns as the wrong choices.

use super::super::super::text::capitalise;
use super::super::Rules;
use super::{Grid, COMPARISON_HEADERS, MEANING_HEADERS};

/// "Words that indicate preterite tense | Words that indicate imperfect
/// tense": headers alike but for one word, which names what each column
/// is.
fn one_word_apart(header: &[String]) -> bool {
    let words: Vec<Vec<&str>> = header
        .iter()
        .map(|h| h.split_whitespace().collect())
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    header.len() >= 2
        && first.len() >= 2
        && words.iter().skip(1).all(|w| {
            w.len() == first.len() && w.iter().zip(first).filter(|(a, b)| a != b).count() == 1
        })
}

/// "Pros | Cons", "increase in behavior | decrease in behavior": two
/// headers that are opposites, each over a list of its own (a row pairs
/// nothing).
fn opposed(header: &[String]) -> bool {
    const PAIRS: &[(&str, &str)] = &[
        ("pros", "cons"),
        ("advantages", "disadvantages"),
        ("strengths", "weaknesses"),
        ("benefits", "drawbacks"),
        ("benefits", "risks"),
        ("for", "against"),
        ("dos", "don'ts"),
        ("do", "don't"),
        ("increase", "decrease"),
        ("increases", "decreases"),
        ("raises", "lowers"),
        ("positive", "negative"),
        ("helps", "hinders"),
    ];
    let [a, b] = header else { return false };
    let words = |h: &str| -> Vec<String> {
        h.to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let differ: Vec<(&String, &String)> = a.iter().zip(&b).filter(|(x, y)| x != y).collect();
    let [(x, y)] = differ.as_slice() else {
        return false;
    };
    a.len() == b.len()
        && PAIRS.iter().any(|(p, q)| {
            (x.as_str(), y.as_str()) == (*p, *q) || (x.as_str(), y.as_str()) == (*q, *p)
        })
}

impl Rules<'_> {
    /// "Security group | Network ACL" with a statement in each cell: which
    /// of the two each statement is about, the other columns as the wrong
    /// choices.
    pub(super) fn parallel_rows(&mut self, g: &Grid) -> bool {
        let n = g.header.len();
        let cells: Vec<&str> = g
            .rows
            .iter()
            .flatten()
            .flatten()
            .map(String::as_str)
            .collect();
        let long = cells.iter().filter(|t| statement_like(t)).count();
        let apart = one_word_apart(&g.header);
        let opposite = opposed(&g.header);
        let named = g.header.iter().all(|h| {
            // "Small Particle Size (Powdered Solid)": the aside is no part
            let name = h.split(" (").next().unwrap_or(h);
            (h.starts_with(char::is_uppercase) || opposite)
                && (name.split_whitespace().count() <= 4 || apart)
        });
        let generic = (0..n).any(|c| g.header_is(c, MEANING_HEADERS));
        // "Pod Level | Container Level" over names: each column lists the
        // names of one level, and a row pairs nothing.
        let kind = super::values::shared_kind(&g.header).filter(|_| long == 0);
        // "Ionic | Covalent | Metallic" over "High melting point | Low
        // melting point | High melting point": a first cell that comes
        // back in another column of its row is a value, so the first
        // column is one of the things compared, not the rows' labels.
        let compared_first = (0..g.rows.len()).any(|r| {
            g.cell(r, 0)
                .is_some_and(|t| (1..n).any(|c| g.cell(r, c) == Some(t)))
        }) && long * 2 >= cells.len();
        if n > 4
            || !named
            || generic
            || g.header_is(0, COMPARISON_HEADERS)
            || (long * 10 < cells.len() * 8
                && kind.is_none()
                && !compared_first
                && !apart
                && !opposite)
        {
            return false;
        }
        let ctx = self.context(None);
        for r in 0..g.rows.len() {
            for c in 0..n {
                let Some(t) = g.cell(r, c) else { continue };
                // a name listed under two kinds has no one answer;
                // "Multiple containers per instance" under "Multi" gives
                // its column away
                if (0..n).any(|o| o != c && in_column(g, o, t)) || names_own_column(g, c, t) {
                    continue;
                }
                // "Fewer collisions …" beside "More collisions …": one card
                // asks the row; its mirror would ask it again
                if c == 0 && n == 2 && g.cell(r, 1).is_some_and(|o| mirrored(t, o)) {
                    continue;
                }
                let q = match &kind {
                    Some(k) => format!("which {k} is “{}”?", t.trim_end_matches('.')),
                    None => format!("which one: “{}”?", t.trim_end_matches('.')),
                };
                self.column_card(g, ctx.as_deref(), &q, (r, c));
            }
        }
        true
    }

    /// The card that asks `q` of the cell at (`r`, `c`), the headers its
    /// choices.
    fn column_card(&mut self, g: &Grid, ctx: Option<&str>, q: &str, (r, c): (usize, usize)) {
        let front = match ctx {
            Some(ctx) => format!("{ctx}: {q}"),
            None => capitalise(q),
        };
        let led = self.led(ctx.unwrap_or_default(), q, &front);
        self.push_raw(super::super::Draft {
            front: front.clone(),
            back: None,
            explanation: None,
            choices: Some(g.header.clone()),
            answer: Some(c),
            line: g.row_line(r),
            path: self.path(),
            core: front,
            block: self.block,
            led,
        });
    }
}

/// "Fewer particles per unit volume" and "More particles per unit
/// volume": two cells that say the same but for a few words.
fn mirrored(a: &str, b: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let shared = a.iter().filter(|w| b.contains(w)).count();
    a.len() >= 3 && shared * 2 >= a.len().max(b.len()) && shared < a.len().max(b.len())
}

/// Whether a cell reads as a statement: three words or more ("e > 1" or
/// "0 < e < 1" is a value).
fn statement_like(t: &str) -> bool {
    t.split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
        >= 3
}

/// Whether a cell names its own column's header and no other's: a word
/// of the cell starts with a word of the header ("Multiple …" under
/// "Multi", "In a single container …" under "Single").
fn names_own_column(g: &Grid, c: usize, t: &str) -> bool {
    let names = |h: &str| {
        let cell = t.to_lowercase();
        h.to_lowercase()
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| w.len() >= 4)
            .any(|w| {
                cell.split(|ch: char| !ch.is_alphanumeric())
                    .any(|x| x.starts_with(w))
            })
    };
    names(&g.header[c]) && (0..g.header.len()).all(|o| o == c || !names(&g.header[o]))
        || says_own_name(g, c, t)
}

/// "… Amazon EFS is a cloud-native file system …" under "EFS": the cell
/// writes a name only its own column's header has ("EFS", "Lustre").
fn says_own_name(g: &Grid, c: usize, t: &str) -> bool {
    let words = |h: &str| -> Vec<String> {
        h.split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
            .map(str::to_string)
            .collect()
    };
    let others: Vec<String> = (0..g.header.len())
        .filter(|&o| o != c)
        .flat_map(|o| words(&g.header[o]))
        .collect();
    let cell: Vec<&str> = t.split(|ch: char| !ch.is_alphanumeric()).collect();
    words(&g.header[c])
        .iter()
        .any(|w| !others.contains(w) && cell.contains(&w.as_str()))
}

/// Whether column `c` of `g` holds the cell text `t`.
fn in_column(g: &Grid, c: usize, t: &str) -> bool {
    (0..g.rows.len()).any(|r| g.cell(r, c) == Some(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_differ_in_a_few_words_mirror_each_other() {
        assert!(mirrored("Fewer pots per firing", "More pots per firing"));
        assert!(!mirrored("Fires hot and fast", "Fires slow for days"));
        assert!(!mirrored("Same text here", "Same text here"));
    }

    #[test]
    fn opposite_headers_set_two_lists_side_by_side() {
        let h = |a: &str, b: &str| [a.to_string(), b.to_string()];
        assert!(opposed(&h("Pros", "Cons")));
        assert!(opposed(&h(
            "increase in shrinkage",
            "decrease in shrinkage"
        )));
        assert!(!opposed(&h("Glaze", "Cone")));
        assert!(!opposed(&h("Pros", "Cost")));
    }
}
