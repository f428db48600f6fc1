//! Outlines written with tabs and no bullets ("conservative force" over
//! "\twork depends only on the endpoints"), as outliners export them:
//! Markdown reads such lines as one paragraph, so before parsing each line
//! of the outline becomes an item at its depth. Line numbers stay.

use std::borrow::Cow;

/// The text with every tab outline written as a nested list.
pub fn as_lists(text: &str) -> Cow<'_, str> {
    if !text.contains("\n\t") {
        return text.into();
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len() + 256);
    let mut fenced = false;
    let mut i = 0;
    while i < lines.len() {
        let body = lines[i].trim_start();
        if super::plain::fence(body) {
            fenced = !fenced;
        }
        // a run of lines that are neither blank nor headings
        let run = if fenced {
            0
        } else {
            lines[i..].iter().take_while(|l| plain_line(l)).count()
        };
        match run > 0 && outline(&lines[i..i + run]) {
            true => {
                for l in &lines[i..i + run] {
                    out.push_str(&as_item(l));
                }
                i += run;
            }
            false => {
                out.push_str(lines[i]);
                i += 1;
            }
        }
    }
    out.into()
}

/// A line that may belong to an outline: not blank, no heading, no
/// fence, table row, quote or HTML.
fn plain_line(l: &str) -> bool {
    let t = l.trim();
    !t.is_empty() && !t.starts_with(['#', '|', '>', '<']) && !super::plain::fence(t)
}

/// Lines that are an outline: the first flush left, two or more indented
/// by tabs alone, and no line a list item already.
fn outline(run: &[&str]) -> bool {
    let tabbed = run.iter().filter(|l| l.starts_with('\t')).count();
    let indent_ok = run.iter().all(|l| {
        let lead = &l[..l.len() - l.trim_start().len()];
        lead.chars().all(|c| c == '\t')
    });
    let marked = run.iter().any(|l| super::plain::markdown_item(l));
    !run[0].starts_with('\t') && tabbed >= 2 && indent_ok && !marked
}

/// "\t\twork depends on the path" → "        - work depends on the path".
fn as_item(l: &str) -> String {
    let depth = l.len() - l.trim_start_matches('\t').len();
    format!("{}- {}", "    ".repeat(depth), l.trim_start_matches('\t'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tab_outline_becomes_a_nested_list_on_the_same_lines() {
        let text = "## Forces\nconservative force\n\twork depends only on endpoints\n\t\tgravity, elastic force\nfriction\n\twork depends on the path\n\nAfter.\n";
        let out = as_lists(text);
        assert_eq!(
            out,
            "## Forces\n- conservative force\n    - work depends only on endpoints\n        - gravity, elastic force\n- friction\n    - work depends on the path\n\nAfter.\n"
        );
    }

    #[test]
    fn lists_code_and_a_single_tabbed_line_stay() {
        for text in [
            "Intro\n\t- a\n\t- b\n",
            "```\nx\n\ty\n\tz\n```\n",
            "A line\n\twrapped once\n",
            "\tcode\n\tcode\n",
            "<details>\n\t<summary>Answers</summary>\n\t<p>Cone 6</p>\n",
        ] {
            assert_eq!(as_lists(text), text);
        }
    }
}
