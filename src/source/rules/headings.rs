//! What a heading says of the cards under it: the subject an overview
//! or a question heading names, and headings that name no section
//! ("Notes", "Week 3", "Vocabulary").

use super::super::clean::clean_text;
use super::super::vocab::{GENERIC_HEADINGS, GENERIC_HEADING_WORDS, GLOSSARY_HEADINGS};

/// "What is Multi-AZ?" as a card's context is its subject, "Multi-AZ";
/// other headings stay as they are.
pub(super) fn subject_of_question(h: &str) -> &str {
    // "EFS Overview", "Overview of EFS": about EFS
    const OVERVIEWS: &[&str] = &["overview", "basics", "summary", "introduction", "intro"];
    // (ASCII case only: the offsets found in `lower` hold in `h`)
    let lower = h.to_ascii_lowercase();
    for w in OVERVIEWS {
        let end = lower.strip_suffix(&format!(" {w}")).map(|r| &h[..r.len()]);
        let start = [format!("{w} of "), format!("{w} to ")]
            .iter()
            .find_map(|p| {
                lower
                    .strip_prefix(p.as_str())
                    .map(|r| &h[h.len() - r.len()..])
            });
        // "In summary", "General overview": nothing named
        const NAMELESS: &[&str] = &[
            "in", "general", "quick", "brief", "short", "final", "course",
        ];
        let named = |r: &&str| {
            let r = r.trim();
            !r.is_empty() && !NAMELESS.contains(&r.to_lowercase().as_str()) && !is_generic(r)
        };
        // "EC2 Instance Types - Overview": the dash goes with the word
        if let Some(rest) = end.or(start).filter(named) {
            return rest.trim().trim_end_matches([' ', '-', '–', '—', ':']);
        }
    }
    let Some(q) = h.strip_suffix('?') else {
        return h;
    };
    let lower = q.to_lowercase();
    [
        "what is a ",
        "what is an ",
        "what is the ",
        "what is ",
        "what are ",
        "what's ",
    ]
    .iter()
    .find(|p| lower.starts_with(*p))
    .map_or(h, |p| q[p.len()..].trim())
}

pub(super) fn is_generic(h: &str) -> bool {
    let l = clean_text(h).to_lowercase();
    let l = l.trim_end_matches(':');
    // "Types" under "Placement Groups" names no section of its own
    const BARE_KINDS: &[&str] = &["types", "kinds", "categories", "classes", "modes"];
    GENERIC_HEADINGS.contains(&l)
        || BARE_KINDS.contains(&l)
        || crate::source::vocab::GREETINGS.contains(&l)
        || is_glossary(h)
        || GENERIC_HEADING_WORDS.iter().any(|w| l.contains(w))
        // "## |chord name | composition | chord symbol|": a table's header
        // written as a heading names no section
        || h.matches('|').count() >= 2
        || session_label(l)
}

/// "1/30/24", "Week 3", "Lecture 12": a heading that says when the notes
/// were taken, not what they are about.
pub(super) fn session_label(l: &str) -> bool {
    const SESSIONS: &[&str] = &["lecture", "week", "day", "class", "session", "lesson"];
    let numbered = match l.split_whitespace().collect::<Vec<_>>().as_slice() {
        [word, n] => SESSIONS.contains(word) && n.chars().all(|c| c.is_ascii_digit()),
        _ => false,
    };
    // "1/30/24", "Lecture 2 - 9/29", "January 13th, 2020"
    numbered || super::super::doc::only_a_date(l)
}

/// "Vocabulary", "Exam Tips": a heading whose cards take the note's title
/// as their subject.
pub(super) fn is_glossary(h: &str) -> bool {
    let l = clean_text(h).to_lowercase();
    GLOSSARY_HEADINGS.contains(&l.trim_end_matches(':'))
}

#[cfg(test)]
mod tests {
    use super::subject_of_question;

    #[test]
    fn an_overview_is_of_what_it_names() {
        assert_eq!(subject_of_question("Kiln Overview"), "Kiln");
        assert_eq!(subject_of_question("Introduction to Glazes"), "Glazes");
        assert_eq!(subject_of_question("What is a kiln?"), "kiln");
        // nothing named
        assert_eq!(subject_of_question("In summary"), "In summary");
        assert_eq!(subject_of_question("General overview"), "General overview");
    }
}
