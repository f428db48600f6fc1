//! A table that sets out one thing's fields ("Element | Description"
//! over "Reinforcer | Food pellet"), not terms and their meanings.

use super::super::super::clean::clean_text;
use super::super::Rules;
use super::Grid;

impl Rules<'_> {
    /// "Element | Description" over "Reinforcer | Food pellet": the
    /// fields of the one thing the section is about, each asked "what is
    /// the reinforcer?" (short values, no sentences to mean a term).
    pub(super) fn field_rows(&mut self, g: &Grid) -> bool {
        const FIELDS: &[&str] = &[
            "element",
            "field",
            "attribute",
            "parameter",
            "aspect",
            "item",
        ];
        let short = |r: usize| {
            g.cell(r, 1)
                .is_some_and(|t| t.split_whitespace().count() <= 5 && !t.contains(['.', ';']))
        };
        if g.header.len() != 2 || !g.header_is(0, FIELDS) || !(0..g.rows.len()).all(short) {
            return false;
        }
        let ctx = self.context(None);
        for r in 0..g.rows.len() {
            let (Some(label), Some(t)) = (g.cell(r, 0), g.cell(r, 1)) else {
                continue;
            };
            let q = format!("what is the {}?", self.lex.lc_label(label));
            self.card(ctx.as_deref(), &q, t, None, g.row_line(r));
        }
        true
    }

    /// A two-column table with no header ("| | |" over "Wood | Leaves
    /// ash …"): each row a term and what it is or does. Whether it was one.
    pub(super) fn headless_rows(&mut self, g: &Grid) -> bool {
        // ("| Cone | 6 to 10 |": short values are the section's fields)
        let short = |r: usize| {
            g.cell(r, 1)
                .is_none_or(|t| t.split_whitespace().count() <= 5 && !t.contains(['.', ';']))
        };
        let headless = g.header.len() == 2 && g.header.iter().all(String::is_empty);
        if !headless || (0..g.rows.len()).all(short) {
            return false;
        }
        let ctx = self.context(None);
        for r in 0..g.rows.len() {
            let (Some(label), Some(t)) = (g.cell(r, 0), g.cell(r, 1)) else {
                continue;
            };
            let q = super::super::labels::does_question(label, &clean_text(t))
                .unwrap_or_else(|| super::super::meant(label));
            self.card(ctx.as_deref(), &q, t, None, g.row_line(r));
        }
        true
    }
}
