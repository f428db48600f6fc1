//! A table whose rows are numbered steps ("Step | Action" over "1 |
//! Insert the card", "2 | …"): with one column beside the numbers, the
//! steps in order; with more, a worked example traced step by step,
//! whose rows are no facts to learn alone.

use super::super::Rules;
use super::Grid;

impl Rules<'_> {
    /// The card of a table of numbered steps. Whether it was one.
    /// `lead`: the line that introduces the table, which names the steps.
    pub(super) fn step_rows(&mut self, g: &Grid, lead: Option<&str>) -> bool {
        let numbered = (0..g.rows.len()).all(|r| {
            g.cell(r, 0)
                .map(|t| t.trim_start_matches("Step ").trim_end_matches('.'))
                .and_then(|t| t.parse::<usize>().ok())
                == Some(r + 1)
        });
        let head = g.header[0].trim().to_lowercase();
        let steps_column = ["step", "steps", "stage", "phase"].contains(&head.as_str());
        if !numbered || !steps_column || g.rows.len() < 2 {
            return false;
        }
        if g.header.len() > 2 {
            self.leave("a worked example traced step by step: its rows are no facts to learn");
            return true;
        }
        let steps: Vec<String> = (0..g.rows.len())
            .filter_map(|r| g.cell(r, 1).map(str::to_string))
            .collect();
        if steps.len() < g.rows.len() {
            return false;
        }
        // "ATM Example – Transaction Steps": the steps of what it names
        let ctx = match lead.map(|l| l.trim_end_matches(':').trim()) {
            Some(l) if !l.is_empty() => Some(l.to_string()),
            _ => self.context(None),
        };
        self.list_parts(
            ctx.as_deref(),
            "what are the {n} steps, in order?",
            &steps,
            &g.lines,
        );
        true
    }
}
