//! The session's screen as pure functions: card text wrapped at word
//! boundaries to a readable measure, the progress line, the grade legend
//! and the key hints. No terminal here: `terminal` prints what these make.

use unicode_width::UnicodeWidthStr;

use crate::render::{cell_text, sanitize};

/// The widest a line of card text gets, however wide the terminal: longer
/// lines are hard to read.
pub const MEASURE: usize = 100;

/// The grades as SM-2 defines them, best first.
pub const GRADES: [(u8, &str); 6] = [
    (5, "perfect"),
    (4, "correct after hesitation"),
    (3, "correct with serious difficulty"),
    (2, "wrong, but the answer seemed easy"),
    (1, "wrong, the answer remembered"),
    (0, "complete blackout"),
];

/// The columns card text may take on a terminal `width` columns wide (80
/// when unknown): all of them, up to [`MEASURE`].
pub fn measure(width: Option<usize>) -> usize {
    width.filter(|&w| w >= 20).unwrap_or(80).min(MEASURE)
}

/// Untrusted `text`, sanitised, wrapped at word boundaries to `width`
/// columns: the first line starts with `first`, the others with `rest`.
/// A word longer than a whole line is broken rather than overflowing.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let clean = sanitize(text.trim_end(), true);
    // lines break at spaces only: `Two-factor` stays one word
    let options = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(true);
    textwrap::wrap(&clean, options)
        .into_iter()
        .map(|line| line.trim_end().to_string())
        .collect()
}

/// `items` joined with ` · `, as many on a line as fit in `width`; an item
/// is never split unless it is wider than a line by itself.
pub fn pack(items: &[String], width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for item in items {
        if !line.is_empty() && line.width() + 3 + item.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push_str(" · ");
        }
        line.push_str(item);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
        .into_iter()
        .flat_map(|l| wrap(&l, width, "", ""))
        .collect()
}

/// The whole legend, passing grades first, wrapped between grades.
pub fn legend(width: usize) -> Vec<String> {
    let items: Vec<String> = GRADES.iter().map(|(g, m)| format!("{g} {m}")).collect();
    pack(&items, width)
}

/// The line above each card: its deck, then how many cards are left to
/// answer for the first time today and how many repeats wait. The deck
/// name gives way when the line is too long.
pub fn progress(deck: &str, left: usize, repeats: usize, repeat: bool, width: usize) -> String {
    let mut counts = format!("{left} left");
    if repeats > 0 {
        counts += &format!(" · {repeats} to repeat");
    }
    if repeat {
        counts = format!("repeat · {counts}");
    }
    let room = width.saturating_sub(counts.width() + 3).max(8);
    format!("{} · {counts}", cell_text(deck, Some(room)))
}

/// The keys while a card's front is shown.
pub fn front_keys(options: usize) -> String {
    match options {
        0 => "Space show answer · 0–5 grade · u undo · s skip · q quit · ? help".to_string(),
        n => format!(
            "a–{} answer · Space show answer · u undo · s skip · q quit · ? help",
            super::session::letter(n - 1)
        ),
    }
}

/// The keys once the answer is shown; `default` is what Enter grades.
pub fn grade_keys(default: Option<u8>) -> String {
    let enter = default.map_or(String::new(), |g| format!(", Enter {g}"));
    format!("grade 0–5{enter} · ? legend · i source · u undo · s skip · q quit")
}

/// What `?` shows: every key, then the legend.
pub fn help(width: usize) -> Vec<String> {
    let keys = [
        "Space or Enter shows the answer",
        "0–5 grades at once",
        "a, b, c… picks an option",
        "u undoes the last answer",
        "s skips the card until tomorrow",
        "i shows where the card comes from",
        "q, Ctrl-C or Ctrl-D quits (every answer is already saved)",
    ]
    .map(String::from);
    let mut lines = pack(&keys, width);
    lines.extend(legend(width));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widest(lines: &[String]) -> usize {
        lines.iter().map(|l| l.width()).max().unwrap_or(0)
    }

    #[test]
    fn text_wraps_at_word_boundaries_within_the_width() {
        let text =
            "Who is responsible for patching the guest operating system on an Amazon EC2 instance?";
        let lines = wrap(text, 40, "", "");
        assert_eq!(
            lines,
            [
                "Who is responsible for patching the",
                "guest operating system on an Amazon",
                "EC2 instance?"
            ]
        );
        let lines = wrap("The customer.\nAlways.", 30, "→ ", "  ");
        assert_eq!(lines, ["→ The customer.", "  Always."]);
        // a word longer than the line is broken, never overflowing
        let long = "x".repeat(50);
        assert!(widest(&wrap(&long, 20, "", "")) <= 20);
        // wide characters count as two columns
        assert!(widest(&wrap(&"日本語 ".repeat(20), 21, "", "")) <= 21);
    }

    #[test]
    fn card_text_is_sanitised_before_it_is_wrapped() {
        let lines = wrap("evil\u{1b}[2J\u{7} text", 40, "", "");
        assert_eq!(lines.len(), 1);
        assert!(!lines[0].chars().any(char::is_control), "{lines:?}");
    }

    #[test]
    fn the_measure_is_the_terminal_up_to_a_hundred_columns() {
        assert_eq!(measure(Some(80)), 80);
        assert_eq!(measure(Some(200)), MEASURE);
        assert_eq!(measure(None), 80);
        assert_eq!(measure(Some(0)), 80);
    }

    #[test]
    fn the_legend_breaks_between_grades() {
        let lines = legend(80);
        assert_eq!(
            lines,
            [
                "5 perfect · 4 correct after hesitation · 3 correct with serious difficulty",
                "2 wrong, but the answer seemed easy · 1 wrong, the answer remembered",
                "0 complete blackout"
            ]
        );
        assert_eq!(legend(200).len(), 1);
        for width in [40, 60] {
            let lines = legend(width);
            assert!(widest(&lines) <= width, "{lines:?}");
            assert!(lines.iter().all(|l| l.starts_with(char::is_numeric)));
        }
        // narrower than a grade's words: broken, but never wider
        assert!(widest(&legend(20)) <= 20);
    }

    #[test]
    fn progress_counts_and_gives_the_deck_way() {
        assert_eq!(
            progress("AWS", 12, 3, false, 80),
            "AWS · 12 left · 3 to repeat"
        );
        assert_eq!(progress("AWS", 12, 0, false, 80), "AWS · 12 left");
        assert_eq!(
            progress("AWS", 0, 2, true, 80),
            "AWS · repeat · 0 left · 2 to repeat"
        );
        let long = "A deck with a name far too long to fit on one line of a terminal";
        let line = progress(long, 120, 30, false, 40);
        assert!(line.width() <= 40, "{line}");
        assert!(line.ends_with("… · 120 left · 30 to repeat"), "{line}");
    }

    #[test]
    fn key_hints_fit_eighty_columns() {
        for hint in [
            front_keys(0),
            front_keys(4),
            grade_keys(Some(4)),
            grade_keys(None),
        ] {
            assert!(hint.width() < 80, "{hint}");
        }
        assert!(front_keys(4).starts_with("a–d answer"));
        assert!(widest(&help(80)) <= 80);
    }
}
