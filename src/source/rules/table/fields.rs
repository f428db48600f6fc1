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
        // "P(X = k) = p": a formula is as short as a value
        let short = |r: usize| {
            g.cell(r, 1).is_some_and(|t| {
                let value = t.split_whitespace().count() <= 5 && !t.contains([';', '?']);
                let value = value && !t.contains(". ") && !t.ends_with('.');
                value || t.contains(['=', '∈', '∼']) && !t.contains(". ")
            })
        };
        // "| Attribute | |": a name over the section's fields
        let unnamed = g.header.len() == 2 && g.header[1].is_empty() && !g.header[0].is_empty();
        let fields = g.header_is(0, FIELDS) || unnamed;
        if g.header.len() != 2 || !fields || !(0..g.rows.len()).all(short) {
            return false;
        }
        let ctx = self.context(None);
        for r in 0..g.rows.len() {
            let (Some(label), Some(t)) = (g.cell(r, 0), g.cell(r, 1)) else {
                continue;
            };
            let q = field_question(&self.lex.lc_label(label));
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

/// "what is the mean?", "what are the parameters?": a field's question;
/// a label capitalised only as the row's first word ("Mean") in lower case.
fn field_question(label: &str) -> String {
    let mut chars = label.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && !label.contains(' ')
        && chars.all(|c| !c.is_uppercase());
    let label = match capitalised {
        true => label.to_lowercase(),
        false => label.to_string(),
    };
    match super::super::super::text::looks_plural(&label) {
        true => format!("what are the {label}?"),
        false => format!("what is the {label}?"),
    }
}
