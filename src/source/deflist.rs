//! Definition lists, as Pandoc and Markdown Extra write them: a term on
//! its own line, its definition on the next after a colon ("Attrition" /
//! ":   Pebbles knock together …"). Markdown reads them as paragraphs, so
//! before parsing a term with one definition becomes a bold label item
//! ("- **Attrition**: Pebbles knock together …"); a term with several
//! stays the lead of a list of them ("+ …", a bullet notes seldom use, so
//! that a "-" list after the definitions is a list of its own). Line
//! numbers stay.

use std::borrow::Cow;

/// The text with every definition list written as a list of labels.
pub fn as_items(text: &str) -> Cow<'_, str> {
    if !text.contains("\n:") {
        return text.into();
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len() + 256);
    let mut fenced = false;
    let mut i = 0;
    while i < lines.len() {
        if super::plain::fence(lines[i].trim_start()) {
            fenced = !fenced;
        }
        let defs = match fenced || !term_line(lines[i]) {
            true => 0,
            false => definitions(&lines[i + 1..]),
        };
        if defs == 0 {
            out.push_str(&as_bullet(lines[i], fenced));
            i += 1;
            continue;
        }
        out.push_str(&as_item(lines[i], &lines[i + 1..i + 1 + defs]));
        i += 1 + defs;
    }
    out.into()
}

/// A line that may be a term: flush left, short, no block syntax, no
/// sentence.
fn term_line(l: &str) -> bool {
    let t = l.trim_end();
    let words = t.split_whitespace().count();
    let marked = super::plain::markdown_item(t) || t.starts_with(['#', '>', '|', '<', ':', '!']);
    !t.is_empty() && !l.starts_with([' ', '\t']) && !marked && words <= 10 && !t.ends_with('.')
}

/// How many lines after a term are its definitions: a line opened by a
/// colon (one blank line may come before it), the lines indented under
/// it, and more definitions after a blank line.
fn definitions(rest: &[&str]) -> usize {
    let opens = |l: &str| l.starts_with(": ") || l.starts_with(":\t");
    let blank = |l: &str| l.trim().is_empty();
    let mut n = 0;
    loop {
        let skip = usize::from(rest.get(n).is_some_and(|l| blank(l)));
        if !rest.get(n + skip).is_some_and(|l| opens(l)) {
            return n;
        }
        n += skip + 1;
        while rest.get(n).is_some_and(|l| !blank(l)) && (indented(rest[n]) || lazy(rest, n)) {
            n += 1;
        }
    }
}

fn indented(l: &str) -> bool {
    l.starts_with([' ', '\t'])
}

/// "delivery of services to vendors abroad." under ": Migration of …": a
/// definition wrapped at its margin, flush left, that is neither a new
/// block nor the next term (a line with a definition under it).
fn lazy(rest: &[&str], n: usize) -> bool {
    let opens = |i: usize| rest.get(i).is_some_and(|l| l.starts_with(':'));
    let blank = |i: usize| rest.get(i).is_none_or(|l| l.trim().is_empty());
    let t = rest[n].trim_end();
    let marked = super::plain::markdown_item(t) || t.starts_with(['#', '>', '|', '<', ':', '!']);
    let term = opens(n + 1) || blank(n + 1) && opens(n + 2);
    !marked && !term
}

/// A term with one definition as a label item, the definition on the
/// term's line (its own lines left blank); with several, the term over
/// them as a list.
fn as_item(term: &str, lines: &[&str]) -> String {
    if lines.iter().filter(|l| l.starts_with(':')).count() > 1 {
        let defs: String = lines.iter().map(|l| as_bullet(l, false)).collect();
        return format!("{term}{defs}");
    }
    let term = term.trim().trim_end_matches(':').trim_end();
    let term = strip_bold(term).unwrap_or(term);
    let words: Vec<&str> = lines
        .iter()
        .map(|l| l.trim().trim_start_matches(':').trim())
        .filter(|l| !l.is_empty())
        .collect();
    format!(
        "- **{term}**: {}\n{}",
        words.join(" "),
        "\n".repeat(lines.len())
    )
}

/// ": meaning" as an item "+ meaning" (in code, as it stands).
fn as_bullet(line: &str, fenced: bool) -> String {
    match line
        .strip_prefix(':')
        .filter(|r| r.starts_with([' ', '\t']))
    {
        Some(rest) if !fenced && !rest.trim().is_empty() => {
            format!("+ {}\n", rest.trim_start().trim_end_matches('\n'))
        }
        _ => line.to_string(),
    }
}

/// "**Grog**" → "Grog".
fn strip_bold(t: &str) -> Option<&str> {
    t.strip_prefix("**")?.strip_suffix("**")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_term_and_its_definition_become_a_label_item_on_the_same_lines() {
        let text = "## Methods\n\nSlaking:\n:   Dry clay falls apart in water.\n    It takes a night.\n\nWedging\n\n:   Kneading out the air.\n";
        let out = as_items(text);
        assert_eq!(
            out,
            "## Methods\n\n- **Slaking**: Dry clay falls apart in water. It takes a night.\n\n\n\n- **Wedging**: Kneading out the air.\n\n\n"
        );
        assert_eq!(out.lines().count(), text.lines().count());
    }

    #[test]
    fn a_definition_wrapped_flush_left_runs_on_to_the_next_term() {
        let text = "**Slip**\n: Clay thinned with water until it\npours like cream.\n**Grog**\n: Fired clay, ground.\n";
        assert_eq!(
            as_items(text),
            "- **Slip**: Clay thinned with water until it pours like cream.\n\n\n- **Grog**: Fired clay, ground.\n\n"
        );
    }

    #[test]
    fn several_definitions_are_sub_items_and_code_stays() {
        let text = "**Grog**\n: Fired clay, ground.\n: A body's tooth.\n\n```\nKey\n: value\n```\n";
        assert_eq!(
            as_items(text),
            "**Grog**\n+ Fired clay, ground.\n+ A body's tooth.\n\n```\nKey\n: value\n```\n"
        );
        let text = "**Grog**  \n: Fired clay, ground.\n";
        assert_eq!(as_items(text), "- **Grog**: Fired clay, ground.\n\n");
    }
}
