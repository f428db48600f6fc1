//! Answers that are no answers: a placeholder holding a section's place
//! until its notes are written ("Nothing to see here!"), or a pointer to a
//! picture the card cannot show ("see figure"); and the asides an answer
//! cannot keep: a pointer to a picture, a bracket its cut left open.

/// "See figure", "(see diagram)": an answer that only sends the reader
/// to a picture the card cannot show.
pub(super) fn only_a_figure(lower: &str) -> bool {
    let t = lower.trim_matches(['(', ')', '.', ' ']);
    let Some(rest) = t.strip_prefix("see ") else {
        return false;
    };
    let rest = rest.trim_start_matches("the ").trim_start_matches("a ");
    let first = rest.split_whitespace().next().unwrap_or("");
    [
        "figure", "fig", "fig.", "diagram", "image", "picture", "graph", "photo", "slide", "video",
    ]
    .contains(&first)
        && rest.split_whitespace().count() <= 3
}

/// "Boiling point (see figure)" → "Boiling point"; "… the market. (e.g.
/// the main exchange is" (an aside the answer was cut inside) → "… the
/// market."; "(One vote, one value" → "One vote, one value".
pub(super) fn without_loose_asides(back: &str) -> String {
    let back = without_figures(back);
    // "∈ (0, 1]": an interval closes what it opens with either bracket
    let mut open = Vec::new();
    for (i, c) in back.char_indices() {
        match c {
            '(' | '[' => open.push((i, c)),
            ')' | ']' => {
                open.pop();
            }
            _ => {}
        }
    }
    let Some(&(at, '(')) = open.first() else {
        return back;
    };
    let before = back[..at].trim_end().trim_end_matches([',', ';', ':', ' ']);
    match before.split_whitespace().count() >= 2 {
        true => before.to_string(),
        false => format!("{}{}", &back[..at], &back[at + 1..]),
    }
}

/// "The cone pack shows how hot the ware got (see figure)." → "… got.":
/// text without the pointers to a picture the card cannot show.
pub(super) fn without_figures(text: &str) -> String {
    let mut text = text.to_string();
    while let Some((open, close)) = figure_aside(&text) {
        let after = text[close + 1..].to_string();
        text = format!("{}{after}", text[..open].trim_end());
    }
    text
}

/// Where "(see figure 2)" opens and closes in `back`.
fn figure_aside(back: &str) -> Option<(usize, usize)> {
    back.match_indices('(').find_map(|(open, _)| {
        let close = open + back[open..].find(')')?;
        only_a_figure(&back[open + 1..close].to_lowercase()).then_some((open, close))
    })
}

/// "Nothing to see here!", "TBD", "Coming soon": text that holds a
/// section's place until its notes are written.
pub(super) fn placeholder(lower: &str) -> bool {
    const PLACEHOLDERS: &[&str] = &[
        "nothing to see here",
        "nothing here",
        "nothing here yet",
        "nothing yet",
        "coming soon",
        "to be added",
        "to be continued",
        "to be written",
        "todo",
        "to do",
        "tbd",
        "tba",
        "wip",
        "work in progress",
        "placeholder",
        "no notes",
        "no notes yet",
    ];
    PLACEHOLDERS.contains(&lower.trim_end_matches(['!', '.', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_and_pointers_to_pictures_are_told() {
        assert!(placeholder("nothing to see here!"));
        assert!(placeholder("tbd"));
        assert!(!placeholder("nothing melts below cone 6"));
        assert!(only_a_figure("see figure"));
        assert!(only_a_figure("(see diagram 2)"));
        assert!(!only_a_figure("see the kiln log for each firing's cone"));
    }

    #[test]
    fn asides_an_answer_cannot_keep_are_left_off() {
        assert_eq!(without_loose_asides("Cone 6 (see figure)"), "Cone 6");
        assert_eq!(
            without_loose_asides("A hotter kiln (see diagram 2) glazes faster"),
            "A hotter kiln glazes faster"
        );
        assert_eq!(
            without_loose_asides("The hotter the kiln, the glossier the glaze. (e.g. stoneware is"),
            "The hotter the kiln, the glossier the glaze."
        );
        assert_eq!(
            without_loose_asides("(One kiln, one firing"),
            "One kiln, one firing"
        );
        assert_eq!(
            without_loose_asides("Usually in (0, 1]"),
            "Usually in (0, 1]"
        );
        assert_eq!(
            without_loose_asides("Stoneware (fired hot) lasts"),
            "Stoneware (fired hot) lasts"
        );
    }
}
