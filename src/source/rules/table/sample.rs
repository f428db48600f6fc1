//! Tables of data rather than facts: records with identifiers ("id |
//! title | author") and a worked example's figures.

use super::super::super::vocab::SAMPLE_DATA_HEADERS;
use super::Grid;

/// Rows of records ("id | title | author"): every cell is data, not a fact.
pub(super) fn is_sample_data(g: &Grid) -> bool {
    if g.header_is(0, SAMPLE_DATA_HEADERS) || worked_example(g) {
        return true;
    }
    let identifiers = g.header.iter().all(|h| {
        !h.is_empty()
            && h.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    });
    identifiers
        && g.header
            .iter()
            .any(|h| h.contains('_') || h.ends_with("id"))
}

/// "Glaze Cost Example | |" over a kiln's figures, or "Year | Opening |
/// Closing" over rows of sums: a worked example's numbers, which teach
/// how a method runs, not facts to recall one by one.
fn worked_example(g: &Grid) -> bool {
    let first = g.header[0].to_lowercase();
    let example = first.ends_with(" example") || first.starts_with("worked example");
    let figure = |t: &str| {
        let t = t.trim_matches(|c: char| "$£€%".contains(c) || c.is_whitespace());
        !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || ",.-".contains(c))
    };
    let counted = |t: &str| {
        let last = t.split_whitespace().last().unwrap_or_default();
        t.split_whitespace().count() <= 2 && last.chars().all(|c| c.is_ascii_digit())
    };
    let schedule = g.rows.len() >= 3
        && g.header.len() >= 3
        && (0..g.rows.len()).all(|r| {
            g.cell(r, 0).is_some_and(counted)
                && (1..g.header.len()).all(|c| g.cell(r, c).is_none_or(figure))
        });
    example || schedule
}
