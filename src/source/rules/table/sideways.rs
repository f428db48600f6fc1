//! A table drawn on its side: no header, a label in the first cell of
//! every row ("Mask | 255.0.0.0 | 255.255.0.0"), a column per thing
//! described.

use super::super::Rules;
use super::Grid;

impl Rules<'_> {
    /// A table drawn on its side: no header, a label in the first cell
    /// of every row, one column per thing described. Each column is asked
    /// by its first row ("Hosts 64: what is the mask?"); of two columns,
    /// every row is a field of the section's one thing. Whether it was one.
    pub(super) fn transposed(&mut self, g: &Grid) -> bool {
        let headless = g.header.iter().all(|h| h.is_empty());
        let labelled = (0..g.rows.len()).all(|r| g.cell(r, 0).is_some());
        if !headless || !labelled || g.rows.len() < 2 {
            return false;
        }
        let ctx = self.context(None);
        if g.header.len() == 2 {
            // "Atoms | Me + Nm", "Connection | Strong": one thing, the
            // section's, and a field in every row
            for r in 0..g.rows.len() {
                if let (Some(field), Some(cell)) = (g.cell(r, 0), g.cell(r, 1)) {
                    let q = super::super::meaning::what_is_the(&self.lex.lc_label(field));
                    self.card(ctx.as_deref(), &q, cell, None, g.lines[r]);
                }
            }
            return true;
        }
        for c in 1..g.header.len() {
            let (Some(key), Some(value)) = (g.cell(0, 0), g.cell(0, c)) else {
                continue;
            };
            let name = match &ctx {
                Some(h) => format!("{h} — {key} {value}"),
                None => format!("{key} {value}"),
            };
            for r in 1..g.rows.len() {
                let (Some(field), Some(cell)) = (g.cell(r, 0), g.cell(r, c)) else {
                    continue;
                };
                let q = format!("what is the {}?", self.lex.lc_label(field));
                self.card(Some(&name), &q, cell, None, g.lines[r]);
            }
        }
        true
    }
}
