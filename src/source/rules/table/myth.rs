//! A table of mistakes and what is true instead ("Misconception |
//! Reality", "Trap / Mistake | Clarification"): a true-or-false card a
//! row.

use super::super::Rules;
use super::Grid;

/// Headers of the column of mistakes, and of what is true instead.
const MYTH: &[&str] = &[
    "misconception",
    "myth",
    "mistake",
    "false belief",
    "wrong",
    "trap",
];
const FACT: &[&str] = &[
    "reality",
    "fact",
    "truth",
    "correct",
    "right",
    "clarification",
    "correction",
];

impl Rules<'_> {
    /// "Misconception | Reality": true-or-false cards; "Confusing A vs
    /// B" asks how the two differ. Whether the table was one.
    pub(super) fn myth_rows(&mut self, g: &Grid) -> bool {
        let Some(fact) = (1..g.header.len()).find(|c| g.header_is(*c, FACT)) else {
            return false;
        };
        if !myth_header(&g.header[0]) {
            return false;
        }
        let ctx = self.context(None);
        for r in 0..g.rows.len() {
            let (Some(myth), Some(truth)) = (g.cell(r, 0), g.cell(r, fact)) else {
                continue;
            };
            let myth = myth.trim_end_matches('.');
            let (q, a) = match confused(myth) {
                Some(pair) => (format!("how do {pair} differ?"), truth.to_string()),
                None => (
                    format!("true or false: “{}”?", believed(myth)),
                    format!("False — {truth}"),
                ),
            };
            self.card(ctx.as_deref(), &q, &a, None, g.row_line(r));
        }
        true
    }
}

/// "Misconception", "Trap / Mistake": a header that names mistakes.
fn myth_header(h: &str) -> bool {
    let h = h.to_lowercase();
    h.trim_end_matches(['?', ':'])
        .split('/')
        .any(|p| MYTH.contains(&p.trim()))
}

/// "Assuming Firehose stores data" → "Firehose stores data": the belief
/// without the word for holding it.
fn believed(myth: &str) -> String {
    const HOLDING: &[&str] = &["assuming ", "thinking ", "believing ", "expecting "];
    let lower = myth.to_lowercase();
    match HOLDING.iter().find(|h| lower.starts_with(*h)) {
        Some(h) => super::super::super::text::capitalise(&myth[h.len()..]),
        None => myth.to_string(),
    }
}

/// "Confusing Kinesis Firehose vs Streams" → "Kinesis Firehose and
/// Streams": two things a learner mixes up.
fn confused(myth: &str) -> Option<String> {
    let rest = myth.strip_prefix("Confusing ")?;
    let (a, b) = crate::source::vocab::VERSUS
        .iter()
        .chain(&[" with "])
        .find_map(|v| rest.split_once(v))?;
    let a = a.trim().trim_end_matches('.');
    Some(format!("{a} and {}", b.trim().trim_end_matches('.')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mistake_is_the_belief_or_the_pair_mixed_up() {
        assert!(myth_header("Trap / Mistake"));
        assert!(myth_header("Misconception"));
        assert!(!myth_header("Feature"));
        assert_eq!(believed("Assuming kilns cool fast"), "Kilns cool fast");
        assert_eq!(believed("Glazes are food safe"), "Glazes are food safe");
        assert_eq!(
            confused("Confusing bisque vs glaze firing").as_deref(),
            Some("bisque and glaze firing")
        );
        assert_eq!(
            confused("Confusing cones versus bars").as_deref(),
            Some("cones and bars")
        );
        assert!(confused("Assuming cones melt").is_none());
    }
}
