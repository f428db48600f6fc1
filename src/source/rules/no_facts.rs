//! Sections and lists that hold no facts to learn: a diary's personal
//! sections, what to study next, a course's admin, a recap of what the
//! notes said above; labels with nothing under them, a study checklist,
//! the notes' own details, flags and remarks among a list's items, and
//! the pages reading notes cite, and a reading list under its heading.

use super::super::doc::{Block, Item};
use super::super::vocab::{
    ADMIN_HEADINGS, EMPTY_LABELS, NEXT_HEADINGS, RECAP_FILLERS, RECAP_WORDS,
};
use super::entry::Entry;
use super::Rules;

/// Headings of a learning diary's personal sections: what gets written
/// under them is about the writer's day, not the subject.
const DIARY_HEADINGS: &[&str] = &[
    "objective",
    "objectives",
    "goal",
    "goals",
    "today's goal",
    "todays goal",
    "challenges",
    "challenges faced",
    "what i built",
    "what i practiced",
    "what i practised",
    "what i built / practiced",
    "what i built/practiced",
    "reflection",
    "reflections",
    "plan for tomorrow",
    "tomorrow",
];

impl Rules<'_> {
    /// Whether the list is left out whole, with the reason: labels with
    /// nothing under them, a study checklist, the notes' own details.
    pub(super) fn left_out(&mut self, entries: &[Entry], items: &[Item]) -> bool {
        let reason = if entries.iter().all(|e| is_label_only(e, items)) {
            "a list of labels with nothing under them"
        } else if super::labels::checklist(items, entries) {
            "a study checklist: what to learn, not what is so"
        } else if super::labels::about_the_notes(entries) {
            "the notes' own details (author, date, contact)"
        } else {
            return false;
        };
        self.leave(reason);
        true
    }

    /// "## References" over "Power and Kam": sources, no facts. Whether
    /// the paragraph was one (and was left out).
    pub(super) fn reading_list(&mut self, blocks: &[Block], i: usize) -> bool {
        let Some(Block::Heading { text, .. }) = i.checked_sub(1).map(|p| &blocks[p]) else {
            return false;
        };
        if !reading_heading(text) {
            return false;
        }
        self.leave("a reading list, not a fact to learn");
        true
    }

    /// Why the innermost heading holds no facts, if it does not: a diary's
    /// personal section ("Objective", "Challenges Faced"), what to study
    /// next ("Next Steps") or, once the notes gave cards, a recap of them
    /// ("Summary").
    pub(super) fn not_facts(&self) -> Option<&'static str> {
        let (_, h) = self.stack.last()?;
        let h = key(h);
        let h = h.as_str();
        if self.diary && DIARY_HEADINGS.contains(&h) {
            Some("a diary entry, not a fact to learn")
        } else if NEXT_HEADINGS.contains(&h) {
            Some("what to study next, not a fact to learn")
        } else if ADMIN_HEADINGS.contains(&h) {
            Some("the course's admin, not a fact to learn")
        } else if reading_heading(h) {
            // every paragraph of "References", not only the first
            Some("a reading list, not a fact to learn")
        } else if !self.out.is_empty() && is_recap(h) {
            // a table in it still gives its cards: it sets facts side by side
            Some("a recap of what the notes said above")
        } else {
            None
        }
    }
}

/// "References", "Further reading": a heading over sources, which holds
/// no section of the notes under it.
pub(super) fn reading_heading(text: &str) -> bool {
    const READING: &[&str] = &[
        "references",
        "resources",
        "further reading",
        "bibliography",
        "sources",
        "required readings",
        "reading list",
        "works cited",
        "citations",
        "attributions",
        "image attributions",
        "image credits",
        "credits",
        "see also",
        "related notes",
        "related topics",
        "connections",
    ];
    // "Key Sources and Further Reading", "### Academic Sources" under it
    const READING_PHRASES: &[&str] = &[
        "further reading",
        "recommended reading",
        "suggested reading",
        "academic sources",
        "professional sources",
    ];
    let heading = super::heading_text(text).to_lowercase();
    READING.contains(&heading.trim_end_matches(':'))
        || READING_PHRASES.iter().any(|p| heading.contains(p))
}

/// Whether the notes are a diary: two of their headings are a diary's
/// ("Objective", "Challenges Faced"), or one is and the text under it
/// speaks in the first person ("My aim this week …"). A "Reflection"
/// heading in notes on waves is a subject, not a diary's.
pub(super) fn keeps_a_diary(blocks: &[Block]) -> bool {
    let diary = |t: &str| {
        let h = key(&super::heading_text(t));
        DIARY_HEADINGS.contains(&h.as_str()) || NEXT_HEADINGS.contains(&h.as_str())
    };
    let first_person = |b: &Block| {
        let text = match b {
            Block::Para { lines } | Block::Quote { lines } => super::super::doc::join_lines(lines),
            Block::List { items, .. } => {
                items.iter().map(|i| i.text()).collect::<Vec<_>>().join(" ")
            }
            _ => String::new(),
        };
        text.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| {
                w == "I"
                    || w.starts_with("I'")
                    || ["my", "me", "we", "our"].contains(&w.to_lowercase().as_str())
            })
    };
    let mut found = 0;
    for (i, b) in blocks.iter().enumerate() {
        if let Block::Heading { text, .. } = b {
            if diary(text) {
                found += 1;
                if blocks.get(i + 1).is_some_and(first_person) {
                    return true;
                }
            }
        }
    }
    found >= 2
}

/// A heading as the word lists hold it: lower case, without its colon.
fn key(heading: &str) -> String {
    heading
        .to_lowercase()
        .trim_end_matches(':')
        .trim()
        .to_string()
}

/// "Summary", "FINAL 30-SECOND REVISION" (lower-cased): a recap.
fn is_recap(h: &str) -> bool {
    let words: Vec<&str> = h
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && !RECAP_FILLERS.contains(w))
        .collect();
    !words.is_empty() && words.iter().all(|w| RECAP_WORDS.contains(w))
}

/// An item that is only a label ("You manage:", "Note") with nothing
/// under it.
fn is_label_only(e: &Entry, items: &[Item]) -> bool {
    let sub = items
        .iter()
        .find(|it| it.line == e.line)
        .is_some_and(|it| !it.sub.is_empty());
    let t = e.text.trim();
    !sub && e.def.is_none()
        && (t.ends_with(':') || EMPTY_LABELS.contains(&t.to_lowercase().as_str()))
}

/// An item that holds no fact: where to read ("Pages E-Text: 2-33",
/// "pp. 40–52") or a remark to oneself ("lol why", "idk").
pub(super) fn remark_item(text: &str) -> bool {
    const REMARKS: &[&str] = &["lol", "idk", "tbh", "haha", "omg", "ugh", "hmm"];
    let t = super::super::clean::clean_text(text).to_lowercase();
    let first = t.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if REMARKS.contains(&first) {
        return true;
    }
    let Some((label, value)) = t.split_once(':') else {
        return false;
    };
    let pages = ["page", "pages", "pp", "pp.", "p."].contains(&first)
        && label.split_whitespace().count() <= 3;
    pages && page_numbers(value.trim())
}

/// The items without flags ("*Need to know this for the exam!*") and
/// remarks, which are no items to learn.
pub(super) fn kept_items(items: &[Item]) -> Vec<Item> {
    let mut kept: Vec<Item> = items
        .iter()
        .filter(|it| {
            let text = it.text();
            !super::list_card::exam_flag(&text) && !remark_item(&text)
        })
        .cloned()
        .collect();
    // "hired four million (65)", "Civil Works Administration (65)": most
    // items end on the page they were read on, no part of the fact
    let cited = kept
        .iter()
        .filter(|it| page_ref(&it.text()).is_some())
        .count();
    if cited * 2 > kept.len() && kept.len() >= 3 {
        for line in kept.iter_mut().filter_map(|it| it.lines.last_mut()) {
            if let Some(at) = page_ref(&line.text) {
                line.text.truncate(at);
            }
        }
    }
    kept
}

/// Where a page number in brackets at the end of a line starts ("… of
/// GDP (65)", "(112-14)").
fn page_ref(t: &str) -> Option<usize> {
    let t = t.trim_end();
    let open = t.strip_suffix(')')?.rfind(" (")?;
    let inner = &t[open + 2..t.len() - 1];
    // "Treaty of Versailles (1919)": a year is a fact
    let digits = inner.bytes().all(|b| b.is_ascii_digit());
    let year = digits && inner.len() == 4 && (inner.starts_with('1') || inner.starts_with("20"));
    let page = !year
        && inner.len() <= 9
        && inner.starts_with(|c: char| c.is_ascii_digit())
        && page_numbers(inner);
    page.then_some(open)
}

/// "2-33", "40–52", "12, 14": pages, one or a range or several.
fn page_numbers(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || "-–, ".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn where_to_read_and_remarks_are_no_facts() {
        assert!(remark_item("Pages E-Text: 2-33"));
        assert!(remark_item("pp.: 40–52"));
        assert!(remark_item("lol why"));
        assert!(!remark_item("Pages: hold rows of the table"));
        assert!(!remark_item("Pagination: 20 rows"));
        assert!(!remark_item("Kilns: 2-3 per studio"));
    }

    #[test]
    fn a_heading_over_links_to_other_notes_is_a_reading_list() {
        for h in [
            "See also",
            "Connections",
            "Related notes",
            "Further Reading",
        ] {
            assert!(reading_heading(h), "{h}");
        }
        assert!(!reading_heading("Kiln connections and flues"));
        assert!(!reading_heading("Glaze links"));
    }
}
