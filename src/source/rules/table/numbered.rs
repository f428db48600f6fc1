//! A first column that only numbers a table's rows.

use super::Grid;

/// "| # | Fault | Description |" over "| **i** | **Crawling** | Glaze
/// pulls back … |": a first column that only numbers the rows (roman
/// numerals, letters, or numbers beside prose), which the table is read
/// without. Sample data ("| # | title |" over "| 1 | Dune |") keeps it.
pub(super) fn without_index(g: Grid) -> Grid {
    without_numbers(without_index_column(g))
}

/// "| **1. Conformity** |", "| 2. Innovation |": names in the first
/// column, each after its number, read without it.
fn without_numbers(mut g: Grid) -> Grid {
    let number = |t: &str| -> Option<usize> {
        let (n, rest) = t.split_once(". ")?;
        (n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() && !rest.trim().is_empty())
            .then_some(n.len() + 2)
    };
    let cut: Option<Vec<usize>> = g.rows.iter().map(|r| number(r[0].as_deref()?)).collect();
    let Some(_) = cut.filter(|c| c.len() >= 2) else {
        return g;
    };
    for r in &mut g.rows {
        if let Some(t) = r[0].take() {
            let at = number(&t).unwrap_or(0);
            r[0] = Some(t[at..].to_string());
        }
    }
    g
}

fn without_index_column(mut g: Grid) -> Grid {
    const INDEX_HEADERS: &[&str] = &["#", "no", "no.", "sr", "sr.", "s.no", "s. no.", "sl", ""];
    if g.header.len() < 3 {
        return g;
    }
    let index = |t: &str| {
        let t = t.trim().trim_end_matches(['.', ')']);
        let roman = !t.is_empty() && t.chars().all(|c| "ivxlIVXL".contains(c));
        let letter = t.chars().count() == 1 && t.chars().all(|c| c.is_ascii_alphabetic());
        (
            roman || letter,
            t.chars().all(|c| c.is_ascii_digit()) && !t.is_empty(),
        )
    };
    let cells: Vec<(bool, bool)> = g
        .rows
        .iter()
        .map(|r| index(r[0].as_deref().unwrap_or("")))
        .collect();
    let marked = cells.iter().all(|(m, _)| *m);
    let numbered = cells.iter().all(|(m, n)| *m || *n);
    let prose = (1..g.header.len()).any(|c| {
        let words: usize = g
            .rows
            .iter()
            .filter_map(|r| r[c].as_deref())
            .map(|t| t.split_whitespace().count())
            .sum();
        words >= 4 * g.rows.len()
    });
    let header0 = g.header[0].to_lowercase();
    if INDEX_HEADERS.contains(&header0.trim()) && (marked || numbered && prose) {
        g.header.remove(0);
        for r in &mut g.rows {
            r.remove(0);
        }
    }
    g
}
