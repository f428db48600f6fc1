//! A table of tick marks: rows of things, columns of properties, an `x`
//! or `✓` where a thing has the property ("Stop | x | | x"). Each row asks
//! which of the columns apply to it; the marks alone are no answers.

use super::super::Rules;
use super::Grid;

/// Cells that mark a property as present (a check mark reads "yes").
const TICKS: &[&str] = &["x", "yes", "y", "+", "•", "●"];

impl Rules<'_> {
    /// The cards of a table of tick marks. Whether it was one.
    pub(super) fn tick_rows(&mut self, g: &Grid) -> bool {
        let cols = g.header.len();
        // the ticked columns of each row; a table with crosses ("no") is
        // one of yes and no, which the comparison rules ask
        let ticked: Vec<Vec<usize>> = (0..g.rows.len())
            .map(|r| {
                (1..cols)
                    .filter(|c| g.cell(r, *c).is_some_and(tick))
                    .collect()
            })
            .collect();
        // "Y" and "N" mark it as well: an "N" is an empty cell (a check
        // mark and a cross, "yes" and "no", are asked as a comparison)
        let only_ticks = (0..g.rows.len())
            .all(|r| (1..cols).all(|c| g.cell(r, c).is_none_or(|t| tick(t) || cross(t))));
        let named = (0..g.rows.len()).all(|r| g.cell(r, 0).is_some())
            && g.header[1..].iter().all(|h| !h.trim().is_empty());
        let marked = ticked.iter().filter(|t| !t.is_empty()).count();
        if cols < 3 || !only_ticks || !named || marked * 2 < g.rows.len() {
            return false;
        }
        let options = g.header[1..].join(", ");
        let ctx = self.context(None);
        for (r, cols) in ticked.iter().enumerate() {
            let (Some(name), false) = (g.cell(r, 0), cols.is_empty()) else {
                continue;
            };
            let front = match &ctx {
                Some(h) => format!("{h} — {name}"),
                None => name.to_string(),
            };
            let answer: Vec<&str> = cols.iter().map(|c| g.header[*c].as_str()).collect();
            let q = format!("which apply: {options}?");
            self.card(Some(&front), &q, &answer.join("; "), None, g.row_line(r));
        }
        true
    }
}

fn cross(t: &str) -> bool {
    t.trim().eq_ignore_ascii_case("n")
}

fn tick(t: &str) -> bool {
    TICKS.contains(&t.trim().to_lowercase().as_str())
}
