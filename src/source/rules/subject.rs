//! The note's subject, read from its title ("Amazon SNS: The Pub/Sub
//! Service (Learning Guide)" is about "Amazon SNS"), and whether a card
//! already names it. A card under "Encryption At-rest" of a note on SNS
//! does not stand alone without it: "what is the mechanism?" of what?

use std::collections::BTreeMap;

use super::topic::names_subject;
use super::Rules;
use crate::source::clean::clean_text;
use crate::source::vocab::{NOTE_KIND_WORDS, VERSUS};

/// Words that name who makes a product, not what the note is about:
/// "AWS Service Integration" does not name "AWS Lambda".
const VENDORS: &[&str] = &["aws", "amazon", "azure", "microsoft", "google", "gcp"];

/// Words that join a name's words without naming anything.
const JOINERS: &[&str] = &["the", "a", "an", "of", "and", "in", "to", "for", "on", "&"];

/// Words of a file's name that say what kind of file it is, not what it
/// is about ("week-3-notes.md").
const FILE_WORDS: &[&str] = &[
    "notes",
    "note",
    "lecture",
    "lectures",
    "week",
    "chapter",
    "ch",
    "part",
    "lesson",
    "unit",
    "module",
    "summary",
    "cheatsheet",
    "cheat",
    "sheet",
    "study",
    "guide",
    "draft",
    "final",
    "my",
    "todo",
    "misc",
    "md",
    "txt",
    "markdown",
];

/// The subject a file's name gives notes that have no one title
/// ("sap-c02/iam.md" → "IAM"): its words, as the notes write them, when
/// every one of them is in the notes.
pub(in crate::source) fn of_file_name(name: &str, body: &str) -> Option<String> {
    let stem = name.rsplit(['/', '\\']).next()?;
    let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
    let words: Vec<String> = stem
        .split(['-', '_', ' ', '.'])
        .filter(|w| !w.is_empty() && !FILE_WORDS.contains(&w.to_lowercase().as_str()))
        .map(|w| as_written(w, body))
        .collect::<Option<_>>()?;
    if !(1..=4).contains(&words.len()) {
        return None;
    }
    // it leads a card's front, so it starts with a capital ("Law …")
    of_title(&crate::source::text::capitalise(&words.join(" ")))
}

/// `word` as the notes write it, if they do: in capitals when they often
/// do ("HTTPS", though links say "https"), else as most often.
fn as_written(word: &str, body: &str) -> Option<String> {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let words = body
        .split_whitespace()
        .filter(|t| !t.contains("://") && !t.starts_with("```"))
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()));
    for w in words {
        if w.len() >= 2 && w.eq_ignore_ascii_case(word) {
            *seen.entry(w).or_default() += 1;
        }
    }
    let most = seen.values().copied().max()?;
    seen.into_iter()
        .filter(|(_, n)| n * 3 >= most)
        .max_by_key(|(w, n)| (w.chars().filter(|c| c.is_uppercase()).count(), *n))
        .map(|(w, _)| w.to_string())
}

/// "Riverside School of Pottery", "Department of Ceramics": who gives the
/// course, not what it is about.
fn institution(part: &str) -> bool {
    const PLACES: &[&str] = &[
        "school",
        "university",
        "college",
        "academy",
        "institute",
        "department",
        "faculty",
    ];
    part.split_whitespace()
        .any(|w| PLACES.contains(&w.to_lowercase().as_str()))
        && part.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase) || JOINERS.contains(&w.to_lowercase().as_str())
        })
}

/// The subject a title names, short enough to go in front of a card: its
/// part before a colon or dash, without "Notes" or "Guide", at most four
/// words, and not two things side by side ("TCP vs UDP").
pub(super) fn of_title(title: &str) -> Option<String> {
    let title = super::subject_of_question(title.trim());
    let mut parts = title.split([':', '—', '–', '|']).map(str::trim);
    let mut head = parts.next()?;
    // "Week 3: Paging" is about paging, "Notes on: Kilns" about kilns.
    if is_numbered_part(head) || only_kind(head) {
        head = parts.next()?;
    }
    // "Chapter 6 - Memory Processes" is about memory processes, "Book
    // Notes - The Swerve" about the Swerve
    let mut dashed = head.split(" - ");
    let kind_only = |part: &str| part.split_whitespace().last().is_some_and(is_about);
    let head = match dashed.next().unwrap_or(head) {
        // "LING 105 - Spring '23 - Lee": a course, its term and teacher
        part if is_numbered_part(part) && dashed.clone().next().is_some_and(semester) => {
            return None
        }
        part if is_numbered_part(part) => dashed.next().unwrap_or(part),
        // "Riverside School of Pottery - Glazes - Workbook": who teaches
        part if institution(part) => dashed.next().unwrap_or(part),
        part if kind_only(part) => dashed
            .next()
            .filter(|p| !is_numbered_part(p))
            .unwrap_or(part),
        part => part,
    };
    let head = clean_text(&short_name(head));
    let mut words: Vec<&str> = head.split_whitespace().collect();
    if words.len() > 1 && JOINERS[..3].contains(&words[0].to_lowercase().as_str()) {
        words.remove(0);
    }
    let kinds = words.len();
    while words.len() > 1 && is_about(words[words.len() - 1]) {
        words.pop();
    }
    // "Quick Reference", "Complete Guide": what kind of guide it is.
    const KIND_QUALIFIERS: &[&str] = &["quick", "complete", "ultimate", "short", "full"];
    while words.len() > 1
        && words.len() < kinds
        && KIND_QUALIFIERS.contains(&words[words.len() - 1].to_lowercase().as_str())
    {
        words.pop();
    }
    // "Notes on DNS", "Introduction to Docker".
    if let Some(at) = words.iter().position(|w| ["on", "to", "about"].contains(w)) {
        let lead = &words[..at];
        if !lead.is_empty() && lead.iter().all(|w| is_about(w) || is_intro(w)) {
            words.drain(..=at);
        }
    }
    // "Kant's Groundwork of the Metaphysics of Morals": a work too long
    // to name on every card, named by its author
    if words.len() > 4 && words[0].len() > 3 && words[0].ends_with("'s") {
        words = vec![words[0].trim_end_matches("'s")];
    }
    let subject = words.join(" ");
    if crate::source::vocab::GREETINGS.contains(&subject.to_lowercase().as_str()) {
        return None;
    }
    let named = keys(&subject).next().is_some();
    let versus = VERSUS.iter().any(|v| format!(" {subject} ").contains(v));
    (named && !versus && names_subject(&subject)).then_some(subject)
}

/// A name without what its brackets say, or, for a long name, the
/// acronym in them: "AWS Virtual Private Cloud (VPC)" is "AWS VPC".
fn short_name(head: &str) -> String {
    // "Elastic Block Storage (EBS) and Elastic File System (EFS)"
    if let Some((a, b)) = head.split_once(") and ") {
        let (a, b) = (short_name(&format!("{a})")), short_name(b));
        if a.split_whitespace().count() + b.split_whitespace().count() < 5 {
            return format!("{a} and {b}");
        }
    }
    let (name, rest) = head.split_once('(').unwrap_or((head, ""));
    let inner = rest.split(')').next().unwrap_or("").trim();
    let acronym = (2..=6).contains(&inner.len())
        && inner
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let words: Vec<&str> = name.split_whitespace().collect();
    if !acronym || words.len() < 3 {
        return name.to_string();
    }
    let vendors = words
        .iter()
        .take_while(|w| VENDORS.contains(&w.to_lowercase().as_str()));
    vendors
        .chain([&inner])
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_about(w: &str) -> bool {
    NOTE_KIND_WORDS.contains(&w.to_lowercase().as_str())
}

/// "Notes on", "Study notes", "Introduction to": words that say what kind
/// of notes follow, and nothing of what they are about.
fn only_kind(head: &str) -> bool {
    const OTHERS: &[&str] = &[
        "on", "to", "about", "for", "study", "my", "raw", "lecture", "class",
    ];
    let words: Vec<&str> = head.split_whitespace().collect();
    let other = |w: &&str| OTHERS.contains(&w.to_lowercase().as_str());
    (1..=3).contains(&words.len())
        && words.iter().all(|w| is_about(w) || is_intro(w) || other(w))
        && words.iter().any(|w| is_about(w) || is_intro(w))
}

fn is_intro(w: &str) -> bool {
    ["introduction", "intro", "primer"].contains(&w.to_lowercase().as_str())
}

/// "Week 3", "Lecture 5", "Chapter 2", "Day 4".
/// "Spring '23", "Fall 2024": the term a course was taken in.
fn semester(s: &str) -> bool {
    const TERMS: &[&str] = &["spring", "summer", "fall", "autumn", "winter"];
    let words: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
    matches!(words.as_slice(), [t, y] if TERMS.contains(&t.as_str())
        && y.trim_start_matches(['\'', '’']).chars().all(|c| c.is_ascii_digit()))
}

fn is_numbered_part(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    matches!(words.as_slice(), [_, n] if n.chars().all(|c| c.is_ascii_digit()))
}

/// The words of `subject` that name it.
fn keys(subject: &str) -> impl Iterator<Item = String> + '_ {
    subject
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !VENDORS.contains(&w.as_str()))
        // "Plato's Republic": the possessive's "s" names nothing
        .filter(|w| !JOINERS.contains(&w.as_str()) && w != "s")
}

/// Whether `text` names `subject`: one of its words, or a word of the
/// same stem ("scheduler" names "CPU Scheduling"), and its number if it
/// has one ("the war" does not name "World War I", nor "Python" "Python
/// 3").
pub(super) fn named_in(subject: &str, text: &str) -> bool {
    let has = has_word(text);
    let numbers_named = keys(subject).filter(|k| numeral(k)).all(|k| has(&k));
    numbers_named && keys(subject).any(|k| has(&k))
}

/// Whether `text` has a word of the same stem as a key (lower-cased).
fn has_word(text: &str) -> impl Fn(&str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    move |k| words.iter().any(|w| same_word(k, w))
}

/// Whether `text` names every word of `section` ("Kiln Firing" is not
/// named by "glaze firing").
pub(super) fn wholly_named_in(section: &str, text: &str) -> bool {
    let has = has_word(text);
    keys(section).all(|k| has(&k))
}

/// "3", "ii", "iv": a number that tells one of a series from another.
fn numeral(k: &str) -> bool {
    k.chars().all(|c| c.is_ascii_digit())
        || ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"].contains(&k)
}

/// Whether `text` names a product by its maker: "Amazon EC2", "AWS
/// Lambda".
pub(super) fn names_product(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).any(|w| {
        VENDORS.contains(&w[0].to_lowercase().as_str())
            && w[0].starts_with(char::is_uppercase)
            && w[1].starts_with(char::is_uppercase)
    })
}

impl Rules<'_> {
    /// "**Temporal Locality**: If a location is referenced, …": the rule
    /// a term's meaning states is the term's, asked under its name.
    pub(super) fn term_facts(
        &mut self,
        e: &super::entry::Entry,
        found: &[crate::source::facts::Fact],
        item: &crate::source::doc::Item,
    ) {
        let own = e.def.as_deref().is_some_and(super::meaning::conditional);
        match e.term.clone().filter(|_| own) {
            Some(t) => self.under(&t, |r| r.item_facts(found, item, e.line)),
            None => self.item_facts(found, item, e.line),
        }
    }
    /// The innermost heading as the subject of a sentence that opens with
    /// its verb ("Stores metadata …" under "Leader node"), when it names
    /// one thing.
    pub(super) fn heading_subject(&self) -> Option<String> {
        let (_, heading) = self.stack.last()?;
        let heading = super::super::plain::heading_text(heading);
        let plain = super::term_like(&heading)
            && !super::is_generic(&heading)
            && !super::is_question(&heading);
        // "Leader node" → "the leader node"; "Cone 6" is a name
        let name = heading.contains(|c: char| c.is_ascii_digit());
        let heading = if name {
            heading
        } else {
            self.lex.lc_phrase(&heading)
        };
        plain
            .then(|| super::super::statements::subject_phrase(&heading, self.lex, true))
            .flatten()
    }

    /// `front` (made of `context` and `question`) led by the note's
    /// subject, when neither names it: "Encryption At-rest: what is the
    /// mechanism?" of what? "What is Amazon EC2?" stands alone, and so does
    /// a card that asks of a party ("what does AWS handle?", "who patches
    /// the guest OS?").
    pub(super) fn led(&self, context: &str, question: &str, front: &str) -> Option<String> {
        let section = self.labels_section(context, question);
        let part = self.part_subject();
        let subject = self.subject.as_deref().or(part.as_deref()).filter(|s| {
            !(named_in(s, context)
                || named_in(s, question)
                || section.as_deref().is_some_and(|h| named_in(s, h))
                || (context.is_empty() && names_product(question)))
        });
        let party = question
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("who"))
            || std::iter::once(0)
                .chain(question.match_indices(' ').map(|(i, _)| i + 1))
                .any(|i| self.lex.parties.prefix(&question[i..]).is_some());
        let s = match (subject, section) {
            _ if party => return None,
            (Some(s), Some(h)) => format!("{s} — {h}"),
            (None, Some(h)) => h,
            (Some(s), None) => s.to_string(),
            (None, None) => return None,
        };
        // a question that names its own row ("Encryption At-rest: what is
        // the mechanism?") takes the dash, as a context does
        Some(if context.is_empty() && !question.contains(": ") {
            format!("{s}: {}", super::lower_question_word(question))
        } else {
            format!("{s} — {front}")
        })
    }

    /// In notes of several parts, each under a top heading ("# Fascism",
    /// "# Nazism"), the subject of the part a card is in, when it is
    /// deeper than that heading.
    fn part_subject(&self) -> Option<String> {
        let [(1, top), _, ..] = self.stack.as_slice() else {
            return None;
        };
        // "# 1/30/24" is a day, "# Characters" a kind of part, not a
        // subject
        let kind =
            |s: &str| !s.contains(' ') && super::super::text::looks_plural(&s.to_lowercase());
        of_title(top).filter(|s| {
            s.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !kind(s)
                && !super::is_generic(s)
        })
    }

    /// The section of a list label's cards: the heading over the labels,
    /// and the labels between it and the innermost one, as far as
    /// `context` and `question` do not name them ("Elastic Beanstalk —
    /// Deployment Modes" for "Immutable: what is removed?").
    pub(super) fn labels_section(&self, context: &str, question: &str) -> Option<String> {
        let first = self.stack.len().checked_sub(self.labels)?;
        if self.labels == 0 || context.is_empty() {
            return None;
        }
        let heading = self.heading_above(first).map(str::to_string);
        let labels = self.stack[first..self.stack.len() - 1]
            .iter()
            .map(|(_, l)| super::subject_of_question(l).to_string());
        let parts: Vec<String> = heading
            .into_iter()
            .chain(labels)
            .filter(|p| {
                short_section(p)
                    && !super::is_generic(p)
                    && !wholly_named_in(p, context)
                    && !wholly_named_in(p, question)
            })
            .collect();
        // "EC2" over "EC2 Instance Launch Types" says it once
        let kept: Vec<&str> = parts
            .iter()
            .enumerate()
            .filter(|(i, p)| !parts[i + 1..].iter().any(|later| wholly_named_in(p, later)))
            .map(|(_, p)| p.as_str())
            .collect();
        (!kept.is_empty()).then(|| kept.join(" — "))
    }

    /// The nearest heading over the innermost one that names something.
    pub(super) fn parent_heading(&self) -> Option<&str> {
        self.heading_above(self.stack.len().saturating_sub(1))
    }

    /// The nearest heading over stack entry `at` that names something.
    pub(super) fn heading_above(&self, at: usize) -> Option<&str> {
        self.above(at).map(|(_, h)| h)
    }

    /// The heading above the one at `at` on the stack that names a thing,
    /// with its level.
    fn above(&self, at: usize) -> Option<(u8, &str)> {
        self.stack[..at]
            .iter()
            .rev()
            .find(|(_, h)| !h.ends_with(':') && !self.is_title(h) && !super::is_generic(h))
            // "What is Visibility Timeout?" names "Visibility Timeout".
            .map(|(l, h)| (*l, super::subject_of_question(h)))
    }

    /// Heading `h`, at `at` on the stack, in its section when the note
    /// writes it more than once: "-AR endings" under "Preterite endings"
    /// and under "Imperfect endings" says nothing alone.
    pub(super) fn in_its_section(&self, at: usize, h: &str) -> String {
        let repeated = self
            .repeated_headings
            .contains(&super::record::heading_key(h));
        // "Kinesis Data Firehose — Features": a side of the thing above
        let level = self.stack[at].0;
        let side = |(l, p): &(u8, &str)| side_of(h, p, *l < level) || facet(h);
        match self.above(at).filter(|p| repeated || side(p)) {
            Some((_, p)) => format!("{p} — {h}"),
            None => h.to_string(),
        }
    }

    /// The section a table's rows stand in: a heading of one short word
    /// ("Ir" under "Irregular verbs in the imperfect") goes with the
    /// heading over it.
    pub(super) fn table_context(&self) -> Option<String> {
        let ctx = self.context(None)?;
        let short = !ctx.contains(' ') && ctx.chars().count() <= 3;
        let at = self
            .stack
            .iter()
            .rposition(|(_, h)| super::subject_of_question(h.trim()) == ctx)
            .filter(|_| short);
        match at.and_then(|at| self.heading_above(at)) {
            Some(p) => Some(format!("{p} — {ctx}")),
            None => Some(ctx),
        }
    }
}

/// A table row named by one plain word ("Basic", "Developer"), or by a
/// label that rows of other tables of the note have too ("Access" under
/// "Arrays" and under "Stack"), says nothing alone: the section it stands
/// in goes after it ("Basic (Support Plans)", brackets that keep two rows
/// two subjects when cards are compared). A name ("SJF", "Round Robin")
/// stands alone.
pub(super) fn in_section(name: String, repeated: bool, section: Option<String>) -> String {
    let plain = repeated
        || !name.contains(' ')
            && name.chars().all(char::is_alphabetic)
            && name.chars().skip(1).all(char::is_lowercase);
    match section {
        Some(h) if plain && !super::covers(&h, &name, usize::MAX) => format!("{name} ({h})"),
        _ => name,
    }
}

fn same_word(a: &str, b: &str) -> bool {
    let stem = |w: &str| w.chars().take(6).collect::<String>();
    let (m, n) = (a.chars().count(), b.chars().count());
    // "Config" is not named by "configuration": a short word is a stem
    // only of words a few letters longer ("stream", "streaming")
    let near = m.min(n) >= 7 || m.abs_diff(n) <= 4;
    a == b
        || a.trim_end_matches('s') == b.trim_end_matches('s')
        || (m >= 6 && n >= 6 && near && stem(a) == stem(b))
}

/// Whether `context` already contains the first `n` significant words of
/// `text` (all of them with `usize::MAX`).
pub(super) fn covers(context: &str, text: &str, n: usize) -> bool {
    const SKIP: &[&str] = &[
        "what",
        "who",
        "which",
        "are",
        "the",
        "and",
        "considered",
        "example",
        "examples",
        "for",
        "with",
        "that",
    ];
    let tokens = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 3 && !SKIP.contains(w))
            .map(|w| w.trim_end_matches('s').to_string())
            .collect()
    };
    let have = tokens(context);
    let want: Vec<String> = tokens(text).into_iter().take(n).collect();
    !want.is_empty() && want.iter().all(|w| have.contains(w))
}

/// A heading or label short enough to lead a card, that names a part of
/// the notes ("Deployment Modes"), not a sentence ("When editing …, you
/// can …") nor a place in a course ("Section 2", "Introduction").
fn short_section(p: &str) -> bool {
    const PLACES: &[&str] = &[
        "section",
        "chapter",
        "part",
        "lecture",
        "week",
        "unit",
        "module",
        "introduction",
        "lesson",
    ];
    let first = p
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    p.split_whitespace().count() <= 5
        && !p.contains([',', '(', ')', '（', ':'])
        && !PLACES.contains(&first.trim_end_matches(':'))
}

/// "Housing", "Transport" under "Dharavi": one facet of a place or a
/// case the heading above names, which says nothing alone.
fn facet(h: &str) -> bool {
    const FACETS: &[&str] = &[
        "economy",
        "population",
        "transport",
        "environment",
        "housing",
        "health",
        "education",
        "employment",
        "sanitation",
        "climate",
        "culture",
        "location",
        "opportunities",
        "challenges",
        "impacts",
    ];
    FACETS.contains(&h.trim().to_lowercase().as_str())
}

/// "### Features" right after "### Kinesis Data Firehose", at its level:
/// a heading for one side of the thing the heading before names (its
/// features, use case, pricing), which stays that thing's section.
pub(super) fn side_of(heading: &str, before: &str, parent: bool) -> bool {
    const SIDES: &[&str] = &[
        "use case",
        "use cases",
        "pricing",
        "exam scenarios",
        "exam tips",
        "purpose",
        "formula",
        "meaning",
        "function",
        "functions",
        "structure",
        "anatomy",
        "regulation",
    ];
    // "Key Characteristics", "Other Hallmarks": a side all the same
    const QUALIFIERS: &[&str] = &["key ", "main ", "other ", "additional ", "important "];
    let side = |h: &str| {
        let lower = h.trim().to_lowercase();
        let bare = QUALIFIERS
            .iter()
            .find_map(|q| lower.strip_prefix(q))
            .unwrap_or(&lower);
        // ("Key Achievements": a qualifier makes a side of anything)
        // ("Chemical Problem Example": a side, no thing of its own)
        let example = bare.starts_with("example") || bare.ends_with(" example");
        // "Wall Structure" under "Small Intestine": a side of a part of it
        let last = bare.rsplit(' ').next().unwrap_or(bare);
        let part = parent && bare.split_whitespace().count() <= 3;
        super::aspect::aspect_word(bare)
            || SIDES.contains(&bare)
            || (part && ["structure", "functions"].contains(&last))
            || bare.len() < lower.len()
            || example
    };
    // "Kinesis Data Firehose": a name of two or three words, no comparison
    // (an aside in brackets, "Sensory Stage (0-2 years)", aside)
    let name = before.split(" (").next().unwrap_or(before);
    // ("Stomach", "Bourry box" over it name a thing too; a heading
    // before it at its own level may be a sibling)
    let words = name.split_whitespace().count();
    let titled = words >= 2 && crate::source::plain::title_case(name);
    let short = words <= 3
        && name.starts_with(char::is_uppercase)
        && !name.contains(|c: char| c.is_ascii_digit());
    let named = (titled || parent && short) && !before.contains(" vs");
    side(heading) && named && !side(before)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_section_leads_a_card_when_short_and_no_sentence_nor_course_place() {
        assert!(short_section("Deployment Modes"));
        assert!(!short_section(
            "When editing the setup, you can set retries"
        ));
        assert!(!short_section("Section 2"));
        assert!(!short_section("Memo Tables: What They Are"));
        assert!(!short_section("Music Alphabet C D E F G"));
    }

    use super::*;

    #[test]
    fn a_file_name_names_notes_with_no_one_title() {
        let body = "# Firing\nThe KILN log keeps cones. See https://kiln.example and ```kiln\nKILN stacks glaze.";
        assert_eq!(
            of_file_name("pottery/kiln-notes.md", body).as_deref(),
            Some("KILN")
        );
        assert_eq!(
            of_file_name("week-3-glaze.md", "Glaze melts.").as_deref(),
            None,
            "a word the notes never write"
        );
        assert_eq!(of_file_name("notes.md", "Glaze melts.").as_deref(), None);
        assert_eq!(
            of_file_name("glaze.md", "Glaze melts. A glaze fits.").as_deref(),
            Some("Glaze")
        );
    }

    #[test]
    fn a_course_code_over_its_term_names_no_subject() {
        assert_eq!(of_title("CERA 105 - Spring '23 - Lee"), None);
        assert_eq!(of_title("CERA 105 - Fall 2024"), None);
        assert_eq!(
            of_title("CERA 105 - Glaze Chemistry").as_deref(),
            Some("Glaze Chemistry")
        );
        // the school that gives the course is not its subject
        assert_eq!(
            of_title("Riverside School of Pottery - Glazes - Workbook").as_deref(),
            Some("Glazes")
        );
    }

    #[test]
    fn a_title_gives_the_name_before_its_colon_without_the_kind_of_note() {
        let cases = [
            (
                "📣 Amazon SNS: The Pub/Sub Service (Learning Guide)",
                Some("Amazon SNS"),
            ),
            ("Bread Baking Notes", Some("Bread Baking")),
            ("Kiln Firing Quick Reference", Some("Kiln Firing")),
            ("Quick Bread", Some("Quick Bread")),
            ("Notes on Sourdough", Some("Sourdough")),
            (
                "Notes on: Leach's Potter's Book",
                Some("Leach's Potter's Book"),
            ),
            ("Study notes: Raku", Some("Raku")),
            (
                "Notes on: Leach's Book of the Potter's Craft",
                Some("Leach"),
            ),
            ("Introduction to Kiln Firing", Some("Kiln Firing")),
            ("Week 3: Crop Rotation", Some("Crop Rotation")),
            ("Chapter 6 - Glaze Chemistry", Some("Glaze Chemistry")),
            (
                "Book Notes - The Potter's Hand: A Life (Chapters 6-9)",
                Some("Potter's Hand"),
            ),
            ("Glaze Notes - Week 3", Some("Glaze")),
            (
                "Amazon Elastic Kiln Service (EKS) – Guide",
                Some("Amazon EKS"),
            ),
            ("Wood Fired Kilns (Anagama)", Some("Wood Fired Kilns")),
            (
                "Electric Kiln Shelves (EKS) and Gas Kiln Burners (GKB)",
                Some("EKS and GKB"),
            ),
            ("What is a Kiln?", Some("Kiln")),
            ("Clay vs Stoneware", None),
            (
                "Everything you need to know before your first pottery class",
                None,
            ),
            ("Notes", None),
            ("AWS", None),
        ];
        for (title, want) in cases {
            assert_eq!(of_title(title).as_deref(), want, "{title}");
        }
    }

    #[test]
    fn a_subject_is_named_by_its_words_or_their_stem_not_by_its_vendor() {
        assert!(named_in("Amazon SNS", "SNS Topic: what is it?"));
        assert!(named_in("Kiln Firing", "What does a kiln do?"));
        assert!(named_in("Crop Scheduling", "Who runs the scheduler?"));
        assert!(named_in("Kiln Stream", "streaming the kiln log"));
        // a short name is no stem of a much longer word
        assert!(!named_in("Kiln Config", "the configuration timeline"));
        assert!(!named_in("Great Kiln War II", "Start of the War"));
        assert!(named_in("Great Kiln War II", "War II: the start"));
        assert!(!named_in(
            "Amazon SNS",
            "AWS Service Integration: what does SQS do?"
        ));
        assert!(!named_in("Kiln Firing", "Glazes: what is the mechanism?"));
        assert!(names_product("What is Amazon EC2?"));
        assert!(!names_product("What does AWS handle?"));
    }

    #[test]
    fn a_row_named_by_one_plain_word_is_named_with_its_section() {
        let plans = || Some("Support Plans".to_string());
        assert_eq!(
            in_section("Basic".into(), false, plans()),
            "Basic (Support Plans)"
        );
        assert_eq!(in_section("SJF".into(), false, plans()), "SJF");
        assert_eq!(
            in_section("Round Robin".into(), false, plans()),
            "Round Robin"
        );
        assert_eq!(in_section("Plans".into(), false, plans()), "Plans");
        assert_eq!(in_section("Basic".into(), false, None), "Basic");
        let arrays = || Some("Arrays".to_string());
        assert_eq!(
            in_section("Access operation".into(), true, arrays()),
            "Access operation (Arrays)"
        );
        assert_eq!(
            in_section("Access operation".into(), false, arrays()),
            "Access operation"
        );
    }
}
