//! A table of tick marks: rows of things, columns of properties, an `x`
//! or `✓` where a thing has the property ("Stop | x | | x"). Each row asks
//! which of the columns apply to it; the marks alone are no answers.

use super::super::Rules;
use super::Grid;

/// Cells that mark a property as present.
const TICKS: &[&str] = &["x", "✓", "✔", "✔️", "●", "•", "+", "*", "y", "yes"];

impl Rules<'_> {
    /// The cards of a table of tick marks. Whether it was one.
    pub(super) fn tick_rows(&mut self, g: &Grid) -> bool {
        let cols = g.header.len();
        let ticks = |r: usize| {
            (1..cols)
                .filter(|c| g.cell(r, *c).is_some_and(tick))
                .count()
        };
        let only_ticks = (0..g.rows.len()).all(|r| {
            (1..cols).all(|c| g.cell(r, c).is_none_or(|t| t.trim().is_empty() || tick(t)))
        });
        let named = (0..g.rows.len()).all(|r| g.cell(r, 0).is_some())
            && g.header[1..].iter().all(|h| !h.trim().is_empty());
        let marked = (0..g.rows.len()).filter(|r| ticks(*r) > 0).count();
        if cols < 3 || !only_ticks || !named || marked * 2 < g.rows.len() {
            return false;
        }
        let options = g.header[1..].join(", ");
        let ctx = self.context(None);
        for r in 0..g.rows.len() {
            let (Some(name), true) = (g.cell(r, 0), ticks(r) > 0) else {
                continue;
            };
            let front = match &ctx {
                Some(h) => format!("{h} — {name}"),
                None => name.to_string(),
            };
            let marked: Vec<&str> = (1..cols)
                .filter(|c| g.cell(r, *c).is_some_and(tick))
                .map(|c| g.header[c].as_str())
                .collect();
            let q = format!("which apply: {options}?");
            self.card(Some(&front), &q, &marked.join("; "), None, g.row_line(r));
        }
        true
    }
}

fn tick(t: &str) -> bool {
    TICKS.contains(&t.trim().to_lowercase().as_str())
}
