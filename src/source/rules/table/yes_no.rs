//! Cells of yes and no: whether a column or a row holds them, and a
//! column of bare yes and no ("Supports Lambda | ✅ | ✅ | ❌"). Asked row
//! by row, each of its cells is a coin flip; the column is asked once,
//! "which of …?", and the rows that say yes are the answer.

use super::super::super::clean::clean_text;
use super::super::Rules;
use super::Grid;

/// Fewest rows for a column asked as one card.
const MIN_ROWS: usize = 3;

impl Rules<'_> {
    /// The card of column `c` if it is one of bare yes and no. Whether it
    /// was.
    pub(super) fn yes_no_group(&mut self, g: &Grid, c: usize) -> bool {
        let rows: Option<Vec<(&str, Said)>> = (0..g.rows.len())
            .map(|r| Some((g.cell(r, 0)?, said(g.cell(r, c)?)?)))
            .collect();
        let Some(rows) = rows.filter(|r| r.len() >= MIN_ROWS) else {
            return false;
        };
        let yes: Vec<&str> = rows
            .iter()
            .filter(|(_, s)| s.yes)
            .map(|(n, _)| *n)
            .collect();
        if yes.is_empty() {
            return false;
        }
        let names: Vec<&str> = rows.iter().map(|(n, _)| *n).collect();
        let col = g.header[c].trim_end_matches(['?', ':']).trim();
        let front = match self.context(None) {
            Some(h) => format!("{h} — {col}"),
            None => col.to_string(),
        };
        // "Donor" over the names: "which donor: A, B or O?"
        let kind = g.header[0].trim().to_lowercase();
        let q = match (kind.split_whitespace().count(), names.split_last()) {
            (1..=2, Some((last, rest))) => format!("which {kind}: {} or {last}?", rest.join(", ")),
            _ => format!("which of {}?", names.join(", ")),
        };
        // "WebSocket: no (not for REST)": what a cell adds to its mark
        let asides: Vec<String> = rows
            .iter()
            .filter(|(_, s)| !s.aside.is_empty())
            .map(|(n, s)| format!("{n}: {} {}.", s.word(), s.aside))
            .collect();
        let why = (!asides.is_empty()).then(|| asides.join(" "));
        // "Accepts | Rejects" cells: which rows accept what the column names
        if rows.iter().all(|(_, s)| s.accepts) {
            let (last, rest) = names.split_last().unwrap_or((&"", &[]));
            let q = format!(
                "which of {} or {last} accept {}?",
                rest.join(", "),
                self.lex.lc_label(col)
            );
            let ctx = self.context(None);
            self.card(ctx.as_deref(), &q, &yes.join("; "), why, g.row_line(0));
            return true;
        }
        self.card(Some(&front), &q, &yes.join("; "), why, g.row_line(0));
        true
    }
}

/// What a cell of yes or no says: which, an aside in brackets, and
/// whether it says so as "accepts" or "rejects".
struct Said {
    yes: bool,
    aside: String,
    accepts: bool,
}

impl Said {
    /// The cell's answer as the notes put it: "yes", "rejects".
    fn word(&self) -> &'static str {
        match (self.accepts, self.yes) {
            (true, true) => "accepts",
            (true, false) => "rejects",
            (false, true) => "yes",
            (false, false) => "no",
        }
    }
}

/// "Yes", "no (not for REST)": a bare yes or no, with at most an aside.
fn said(cell: &str) -> Option<Said> {
    let t = cell.trim();
    let cut = t.find(|c: char| !c.is_alphabetic()).unwrap_or(t.len());
    let (word, rest) = t.split_at(cut);
    let lower = word.to_lowercase();
    let accepts = ["accepts", "accept", "rejects", "reject"].contains(&lower.as_str());
    let yes = match lower.as_str() {
        "yes" | "true" | "accepts" | "accept" => true,
        "no" | "false" | "rejects" | "reject" => false,
        _ => return None,
    };
    let rest = rest.trim();
    // "Rejects/Replaces": a second word after a slash, an aside
    let other = accepts && rest.starts_with('/');
    let aside = match other {
        true => format!("(or {})", rest[1..].trim().to_lowercase()),
        false => rest.to_string(),
    };
    (rest.is_empty() || rest.starts_with('(') && rest.ends_with(')') || other).then_some(Said {
        yes,
        aside,
        accepts,
    })
}

/// Whether a cell of column `c` says yes or no (the column is a
/// question of yes or no).
pub(super) fn yes_no_column(g: &Grid, c: usize) -> bool {
    (0..g.rows.len()).any(|r| g.cell(r, c).is_some_and(yes_no))
}

/// Whether a cell of row `r` after its label says yes or no.
pub(super) fn yes_no_row(g: &Grid, r: usize) -> bool {
    (1..g.header.len()).any(|c| g.cell(r, c).is_some_and(yes_no))
}

fn yes_no(t: &str) -> bool {
    let l = clean_text(t).to_lowercase();
    let first = l.split([' ', ',', '(']).next().unwrap_or("");
    [
        "yes",
        "no",
        "true",
        "false",
        "supported",
        "n/a",
        "optional",
        "required",
        "can",
        "cannot",
        "can't",
    ]
    .contains(&first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_says_yes_or_no_with_at_most_an_aside() {
        let s = said("No (bisque only)").unwrap();
        assert!(!s.yes);
        assert_eq!(s.aside, "(bisque only)");
        assert!(said("yes").unwrap().yes);
        assert!(said("Yes, up to cone 10").is_none());
        assert!(said("Cone 10").is_none());
    }
}
