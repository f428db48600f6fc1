//! Tables of values: "Property | Min value | Max value | Default value |
//! Description" sets each row's values side by side, not things to
//! compare; its description says what the row is.

use super::super::super::clean::clean_text;
use super::super::Rules;
use super::Grid;

/// Words of a column header that name a value, not a thing.
const VALUE_WORDS: &[&str] = &[
    "value", "values", "min", "max", "minimum", "maximum", "default", "limit", "limits", "range",
    "unit", "units", "size",
];

/// Whether every asked column holds values ("Min value", "Default").
pub(super) fn value_columns(g: &Grid, asked: &[usize]) -> bool {
    asked.iter().all(|&c| {
        g.header[c]
            .to_lowercase()
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| VALUE_WORDS.contains(&w))
    })
}

impl Rules<'_> {
    /// "What is DelaySeconds?" from the row's "Description" cell.
    pub(super) fn description_card(&mut self, g: &Grid, r: usize) {
        let Some(c) = (1..g.header.len()).find(|&c| g.header_is(c, &["description"])) else {
            return;
        };
        let (Some(label), Some(t)) = (g.cell(r, 0), g.cell(r, c)) else {
            return;
        };
        // "0 – 1023" names a range, not a thing with a meaning.
        if !label.chars().any(char::is_alphabetic) {
            return;
        }
        let q = super::super::labels::does_question(label, &clean_text(t))
            .unwrap_or_else(|| super::super::meant(label));
        let ctx = self.context(None);
        self.card(ctx.as_deref(), &q, t, None, g.row_line(r));
    }
}

/// The word every header ends with, when each names one kind of the same
/// thing ("Pod Level | Container Level" → "level"): columns that list
/// names, each of its own kind.
pub(super) fn shared_kind(header: &[String]) -> Option<String> {
    let lasts: Vec<String> = header
        .iter()
        .map(|h| {
            let words: Vec<&str> = h.split_whitespace().collect();
            match words.as_slice() {
                [_, .., last] => last.to_lowercase(),
                _ => String::new(),
            }
        })
        .collect();
    let first = lasts.first()?;
    let shared = header.len() >= 2
        && !first.is_empty()
        && first.chars().all(char::is_alphabetic)
        && lasts.iter().all(|l| l == first);
    shared.then(|| first.clone())
}

#[cfg(test)]
mod tests {
    use super::shared_kind;

    #[test]
    fn headers_that_name_kinds_of_one_thing_share_their_last_word() {
        let h = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            shared_kind(&h(&["Kiln Level", "Shelf Level"])).as_deref(),
            Some("level")
        );
        assert_eq!(shared_kind(&h(&["Kiln", "Shelf"])), None);
        assert_eq!(shared_kind(&h(&["Kiln Level", "Shelf Size"])), None);
        assert_eq!(shared_kind(&h(&["Level"])), None);
    }
}
