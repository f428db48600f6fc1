//! Definition lists written in HTML (`<dl>`, a `<dt>` term and a `<dd>`
//! meaning each on their own lines), rewritten as Markdown definition
//! lists ("Term" / ": meaning") before `deflist` reads them. Each line
//! stays a line, so line numbers hold; a list written any other way
//! stays as it is.

use std::borrow::Cow;

/// The text with each `<dl>` list outside code fences written as a
/// Markdown definition list.
pub fn as_definitions(text: &str) -> Cow<'_, str> {
    if !text.contains("<dl>") {
        return text.into();
    }
    let opens = |l: &str| l.trim() == "<dl>";
    let closes = |l: &str| l.trim() == "</dl>";
    super::html_table::rewrite_blocks(text, opens, closes, rewritten)
}

/// The lines of one `<dl>` … `</dl>` as a definition list, or None when
/// a term or a meaning does not open its own line.
fn rewritten(lines: &[&str]) -> Option<String> {
    let mut out = String::new();
    for (k, line) in lines.iter().enumerate() {
        let t = line.trim();
        let edge = k == 0 || k == lines.len() - 1;
        let text = if edge {
            String::new()
        } else if let Some(term) = t.strip_prefix("<dt>") {
            term.strip_suffix("</dt>")?.trim().to_string()
        } else if let Some(meaning) = t.strip_prefix("<dd>") {
            format!(": {}", meaning.trim_end_matches("</dd>").trim())
        } else if t.contains("<dt>") || t.contains("<dd>") {
            return None;
        } else {
            t.trim_end_matches("</dd>").trim().to_string()
        };
        out.push_str(&text);
        out.push('\n');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_html_definition_list_becomes_a_markdown_one_on_the_same_lines() {
        let text = "<dl>\n  <dt>Slip</dt>\n  <dd>Clay thinned with\n  water.</dd>\n</dl>\nafter\n";
        assert_eq!(
            as_definitions(text),
            "\nSlip\n: Clay thinned with\nwater.\n\nafter\n"
        );
        let mixed = "<dl>\n<dt>Slip</dt><dd>Clay</dd>\n</dl>\n";
        assert_eq!(as_definitions(mixed), mixed);
    }
}
