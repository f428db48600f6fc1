//! Tables written in HTML (`<table>` … `<tr><td>` … `</table>`), as some
//! note sites export them, rewritten as Markdown pipe tables before the
//! notes are parsed, so the table rules read them like any other table.
//! The rewritten text keeps every line number after the table.

use std::borrow::Cow;

/// The text with each HTML table outside code fences written as a pipe
/// table on the table's first line, the rest of its lines left blank (a
/// table written on fewer lines than it has rows, plus one, stays).
pub fn as_pipe_tables(text: &str) -> Cow<'_, str> {
    if !text.contains("<table") {
        return text.into();
    }
    let opens = |l: &str| l.trim_start().starts_with("<table");
    let closes = |l: &str| l.contains("</table>");
    rewrite_blocks(text, opens, closes, |lines| {
        let table = pipe_table(&lines.concat())?;
        // a blank line after it ends the table
        let n = table.lines().count();
        (n < lines.len()).then(|| format!("{table}{}", "\n".repeat(lines.len() - n)))
    })
}

/// The text with each block outside code fences that runs from a line
/// that `opens` to the next that `closes` replaced by what `rewrite`
/// makes of its lines (on as many lines), or left as it is when that is
/// None. Shared by the HTML rewrites, which keep line numbers.
pub(super) fn rewrite_blocks(
    text: &str,
    opens: impl Fn(&str) -> bool,
    closes: impl Fn(&str) -> bool,
    rewrite: impl Fn(&[&str]) -> Option<String>,
) -> Cow<'_, str> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len());
    let mut fenced = false;
    let mut i = 0;
    while i < lines.len() {
        if super::plain::fence(lines[i].trim_start()) {
            fenced = !fenced;
        }
        let end = (!fenced && opens(lines[i]))
            .then(|| (i..lines.len()).find(|&k| closes(lines[k])))
            .flatten();
        let Some(end) = end else {
            out.push_str(lines[i]);
            i += 1;
            continue;
        };
        let block = &lines[i..=end];
        match rewrite(block) {
            Some(text) => out.push_str(&text),
            None => out.push_str(&block.concat()),
        }
        i = end + 1;
    }
    out.into()
}

/// The rows of an HTML table as Markdown lines (header, rule, body), or
/// None when it is no plain grid (a table inside a table, fewer than two
/// rows).
fn pipe_table(html: &str) -> Option<String> {
    let rows = rows(html)?;
    let width = rows.iter().map(Vec::len).max()?;
    if rows.len() < 2 || width == 0 {
        return None;
    }
    let line = |cells: &[String]| {
        let mut cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
        cells.resize(width, String::new());
        format!("| {} |\n", cells.join(" | "))
    };
    let mut out = line(&rows[0]);
    out.push_str(&format!("|{}\n", "---|".repeat(width)));
    for r in &rows[1..] {
        out.push_str(&line(r));
    }
    Some(out)
}

/// Each row's cells, their text with tags and entities read.
pub fn rows(html: &str) -> Option<Vec<Vec<String>>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut cell: Option<String> = None;
    let mut rest = html;
    let mut tables = 0;
    while let Some(open) = rest.find('<') {
        if let Some(c) = cell.as_mut() {
            c.push_str(&rest[..open]);
        }
        let close = rest[open..].find('>').map_or(rest.len(), |c| open + c + 1);
        let tag = rest[open + 1..close.saturating_sub(1).max(open + 1)].to_lowercase();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '/')
            .collect();
        match name.as_str() {
            "table" => tables += 1,
            "tr" => rows.push(Vec::new()),
            "td" | "th" => cell = Some(String::new()),
            "/td" | "/th" => {
                let text = cell.take().map(|c| tidy(&c)).unwrap_or_default();
                rows.last_mut()?.push(text);
            }
            "br" | "/p" | "/li" => {
                if let Some(c) = cell.as_mut() {
                    c.push(' ');
                }
            }
            _ => {}
        }
        rest = &rest[close..];
    }
    (tables == 1).then(|| rows.into_iter().filter(|r| !r.is_empty()).collect())
}

/// A cell's text on one line, its entities read.
fn tidy(cell: &str) -> String {
    let text = cell
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_html_table_becomes_a_pipe_table_on_as_many_lines() {
        let html = "Intro.\n\n<table class=\"t\">\n  <tr><th>Glaze</th><th>Cone</th></tr>\n  <tr>\n    <td>\n\nShino\n    </td>\n    <td>10 &amp; up</td>\n  </tr>\n  <tr><td>Raku | low</td><td>06</td></tr>\n</table>\nAfter.\n";
        let out = as_pipe_tables(html);
        assert_eq!(
            out,
            "Intro.\n\n| Glaze | Cone |\n|---|---|\n| Shino | 10 & up |\n| Raku \\| low | 06 |\n\n\n\n\n\n\n\nAfter.\n"
        );
        assert_eq!(out.lines().count(), html.lines().count());
    }

    #[test]
    fn a_table_in_a_fence_or_a_table_in_a_table_stays() {
        let fenced = "```\n<table><tr><td>a</td></tr><tr><td>b</td></tr></table>\n```\n";
        assert_eq!(as_pipe_tables(fenced), fenced);
        let nested = "<table><tr><td><table><tr><td>a</td></tr></table></td></tr>\n<tr><td>b</td></tr></table>\n";
        assert_eq!(as_pipe_tables(nested), nested);
    }
}
