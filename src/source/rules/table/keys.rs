//! How a table's rows are named when their first cells do not tell them
//! apart ("Thin rod | Centre" and "Thin rod | End"), and tables that set
//! two kinds against each other row by row ("Fritted | Raw" under
//! "Fritted vs Raw").

use super::super::super::text::capitalise;
use super::super::Rules;
use super::Grid;

/// Whether two rows share the label of the first column.
pub(super) fn repeated_labels(g: &Grid) -> bool {
    let labels: Vec<&str> = (0..g.rows.len()).filter_map(|r| g.cell(r, 0)).collect();
    (1..labels.len()).any(|k| labels[..k].contains(&labels[k]))
}

impl Rules<'_> {
    /// Whether the heading over a table names each of its headers
    /// ("Thermoplastic vs Thermosetting").
    pub(super) fn heading_names(&self, headers: &[String]) -> bool {
        let heading = self.stack.last().map(|(_, h)| h.to_lowercase());
        heading.is_some_and(|h| {
            headers
                .iter()
                .all(|x| !x.trim().is_empty() && h.contains(&x.trim().to_lowercase()))
        })
    }

    /// "Fritted: safe to handle; raw?": a row of a contrast, the first
    /// column's kind and cell, then the other kind.
    pub(super) fn contrast_question(&self, g: &Grid, label: &str, col: &str) -> String {
        let (a, b) = (self.lex.lc_label(&g.header[0]), self.lex.lc_label(col));
        format!("{}: {}; {b}?", capitalise(&a), self.lex.lc_label(label))
    }

    /// A row's name in its cards: its subject, the second cell after it
    /// when `keyed` ("Thin rod (End axis)"), in its section when the
    /// table is one of a set (`repeated`) or the name is a plain word in
    /// capitals ("UNACCEPTABLE").
    pub(super) fn row_name(
        &self,
        g: &Grid,
        r: usize,
        label: &str,
        keyed: bool,
        repeated: bool,
    ) -> String {
        let name = self.row_subject(&g.header[0], label);
        let name = match g.cell(r, 1).filter(|_| keyed) {
            Some(key) => format!("{name} ({key} {})", g.header[1].to_lowercase()),
            None => name,
        };
        let shouted =
            name.len() > 3 && name.chars().all(char::is_uppercase) && self.lex.seen_lower(&name);
        super::super::subject::in_section(name, repeated || shouted, self.table_context())
    }
}
