//! Answers that are no answers: a placeholder holding a section's place
//! until its notes are written ("Nothing to see here!"), or a pointer to a
//! picture the card cannot show ("see figure").

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
}
