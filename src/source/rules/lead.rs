//! The words that introduce a list: the paragraph line or the heading
//! right above it, without the asides that would break its question; a
//! line above it that names its subject.

use super::super::clean::clean_text;
use super::super::doc::{Block, Item, Line};
use super::super::plain::heading_text;
use super::super::text::sentences;
use super::prose::labelled;
use super::Rules;

impl Rules<'_> {
    /// Reads the list at `i` under its lead; a line above it that names
    /// its subject stands for its heading while it is read.
    pub(super) fn list_named(
        &mut self,
        (blocks, i): (&[Block], usize),
        items: &[Item],
        lead: Option<&str>,
        list_card: bool,
    ) {
        let named = lead
            .is_none()
            .then(|| self.named_above(blocks, i))
            .flatten();
        let level = self.stack.last().map_or(1, |(l, _)| l + 1);
        if let Some(name) = &named {
            self.stack.push((level, name.clone()));
        }
        let before = self.out.len();
        self.list(items, lead, list_card);
        if named.is_some() {
            self.stack.pop();
        }
        let label = lead
            .filter(|l| !self.lead_is_heading(l))
            .and_then(numbered_rule);
        if let Some(label) = label.filter(|_| self.out.len() == before) {
            self.numbered_rule_card(&label, items);
        }
    }

    /// "2nd principle:" over what it says, which no rule could ask: "what
    /// is the 2nd principle?", answered with its items (up to three).
    fn numbered_rule_card(&mut self, label: &str, items: &[Item]) {
        let said: Vec<String> = items
            .iter()
            .map(|it| clean_text(&it.text()).trim_end_matches('.').to_string())
            .collect();
        let words: usize = said.iter().map(|s| s.split_whitespace().count()).sum();
        if said.is_empty() || said.len() > 3 || words > MAX_RULE_WORDS {
            return;
        }
        let ctx = self.context(None);
        let q = format!("what is the {label}?");
        self.card(ctx.as_deref(), &q, &said.join("; "), None, items[0].line);
    }

    /// "Council #14 in 1274 - The Second Council of Lyons feat. Pope
    /// Gregory X …" alone above a list of what it did: a line with no
    /// closing mark that names a thing (capitalised words or a year), the
    /// subject of the list below as a heading would be. Its name, up to
    /// the first aside.
    pub(super) fn named_above(&self, blocks: &[Block], i: usize) -> Option<String> {
        let Some(Block::Para { lines }) = i.checked_sub(1).map(|p| &blocks[p]) else {
            return None;
        };
        let [l] = lines.as_slice() else { return None };
        let t = clean_text(&l.text);
        if t.ends_with(|c: char| c.is_ascii_punctuation()) || !t.starts_with(char::is_uppercase) {
            return None;
        }
        let cut = [" feat", " w/", " (", ", "]
            .iter()
            .filter_map(|c| t.find(c))
            .min();
        let name = cut.map_or(t.as_str(), |k| &t[..k]).trim();
        // "Council #14 in 1274 - The Second Council of Lyons": the name
        // after the dash, when it is one
        let name = match name.split_once(" - ") {
            Some((_, after)) if after.starts_with(char::is_uppercase) => after,
            Some((before, _)) => before,
            None => name,
        };
        let words: Vec<&str> = name.split_whitespace().collect();
        let capitals = words
            .iter()
            .skip(1)
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        let year = words
            .iter()
            .any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
        let named = capitals >= 2 || year;
        ((2..=14).contains(&words.len()) && named).then(|| name.to_string())
    }

    /// The words that introduce a list: a paragraph line ending in `:` (or
    /// a bold label alone) right above it, or the heading right above it.
    pub(super) fn lead_of(&self, blocks: &[Block], i: usize) -> Option<String> {
        match i.checked_sub(1).map(|p| &blocks[p]) {
            Some(Block::Para { lines }) => {
                let title = super::prose::title_line(lines);
                let last = lines.last().filter(|l| title || introduces(l))?;
                if let Some((label, _)) = labelled(last) {
                    return Some(clean_text(&label));
                }
                let t = clean_text(&last.text);
                let t = t
                    .trim_end_matches(':')
                    .trim_end_matches(['.', '…'])
                    .trim_end();
                // Only the last sentence introduces the list; "What
                // causes it? Few things:" asks, and its answer only counts.
                let mut all = sentences(t);
                let lead = without_asides(&all.pop().unwrap_or_default());
                let asked = all
                    .pop()
                    .filter(|q| q.ends_with('?') && lead.split_whitespace().count() <= 3);
                Some(asked.unwrap_or(lead).trim().to_string()).filter(|l| !l.is_empty())
            }
            Some(Block::Heading { text, .. }) => {
                let t = heading_text(text);
                let t = t.trim_end_matches(':').trim().to_string();
                // "### Anomie is defined as normlessness." states a fact
                let stated = super::stated::sentence(&clean_text(&t))
                    && !introduces(&Line::new(t.as_str(), 0));
                (!t.is_empty() && !stated).then_some(t)
            }
            Some(Block::List { items, .. }) => name_item(items),
            _ => None,
        }
    }
}

/// "1. Arteries" alone over a list of its points written at its own
/// level: a one-item list that only names what the next list is about.
fn name_item(items: &[Item]) -> Option<String> {
    let [item] = items else {
        return None;
    };
    let t = clean_text(&item.text());
    let t = t.trim_end_matches(':').trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let verb = words.iter().any(|w| {
        super::gloss::FINITE.contains(&w.to_lowercase().as_str())
            || super::super::verbs::known_third_person(w)
    });
    let named = (1..=3).contains(&words.len())
        && t.starts_with(char::is_uppercase)
        && !t.ends_with(['.', '?', '!'])
        && !verb
        && item.sub.is_empty();
    named.then(|| t.to_string())
}

/// "A kiln, sometimes called an oven, has two (or sometimes three) parts"
/// → "A kiln has three parts": a list's lead without the asides that
/// break its question.
fn without_asides(lead: &str) -> String {
    let mut t = lead.to_string();
    // "two (or sometimes three) features": the larger count stays
    if let Some(open) = t.find(" (or ") {
        if let Some(len) = t[open..].find(')') {
            let inner = &t[open + 2..open + len];
            let count = inner.split_whitespace().last().unwrap_or_default();
            let before = t[..open].rfind(' ').map(|p| p + 1);
            if let Some(from) = before.filter(|_| super::kinds::COUNTS.contains(&count)) {
                let count = count.to_string();
                t.replace_range(from..open + len + 1, &count);
            }
        }
    }
    for aside in [", sometimes called ", ", also called ", ", also known as "] {
        let Some(at) = t.find(aside) else {
            continue;
        };
        if let Some(end) = t[at + aside.len()..].find(", ") {
            t.replace_range(at..at + aside.len() + end + 1, "");
        }
    }
    t
}

/// "The zone model holds that … . This zone:" over a list: the sentences
/// before the one that leads into the list, which state facts of their
/// own (not "What causes it? Few things:", a question the list answers).
pub(super) fn said_before_lead(last: &Line) -> Option<Line> {
    if labelled(last).is_some() {
        return None;
    }
    let mut all = sentences(&last.text);
    all.pop()?;
    let before = all.join(" ");
    (!all.is_empty() && !before.trim_end().ends_with('?')).then(|| Line {
        text: before,
        ..last.clone()
    })
}

/// Most words in the answer of a numbered rule.
const MAX_RULE_WORDS: usize = 60;

/// "2nd principle:", "Principle 3", "First law": a label that numbers a
/// rule of a set, lower-cased ("2nd principle"); `None` for any other.
fn numbered_rule(lead: &str) -> Option<String> {
    const RULES: &[&str] = &[
        "principle",
        "law",
        "rule",
        "amendment",
        "article",
        "condition",
        "requirement",
        "pillar",
        "axiom",
        "postulate",
    ];
    let label = clean_text(lead).trim_end_matches(':').trim().to_lowercase();
    let (a, b) = label.split_once(' ')?;
    let counted = ordinal;
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    let rule = |w: &str| RULES.contains(&w);
    ((counted(a) && rule(b)) || (rule(a) && number(b))).then_some(label)
}

/// "second", "2nd": a word that numbers what follows it (lower case).
pub(super) fn ordinal(w: &str) -> bool {
    const ORDINALS: &[&str] = &[
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ];
    let suffix = w.trim_start_matches(|c: char| c.is_ascii_digit());
    ORDINALS.contains(&w) || suffix.len() < w.len() && ["st", "nd", "rd", "th"].contains(&suffix)
}

/// Whether a line introduces the list below it: it ends with `:`, runs on
/// into it ("… is raised by"), asks what it answers, or is a bold label
/// standing alone ("**PaaS (RDS, Lambda)**").
pub(super) fn introduces(l: &Line) -> bool {
    let t = l.text.trim();
    // "Origin Types ...": a short label trailing off into its list.
    let trailing = (t.ends_with("...") || t.ends_with('…')) && t.split_whitespace().count() <= 8;
    // "… can be increased by" over its ways: the sentence runs on into
    // the list
    let runs_into = ["by", "include", "includes", "including", "such as"]
        .iter()
        .any(|w| t.ends_with(&format!(" {w}")));
    t.ends_with(':')
        || trailing
        || runs_into
        || question_line(t)
        || super::prose::counted_lead(t)
        || l.bold.as_deref().is_some_and(|b| b.trim() == t)
        || labelled(l).is_some()
}

/// "What is a kiln?" alone on its line: one question, which the list
/// below answers as it would a heading that asks.
fn question_line(t: &str) -> bool {
    let t = clean_text(t);
    let one = t.matches(['?', '.', ':', ';']).count() == 1;
    one && t.ends_with('?')
        && t.split_whitespace().count() <= 12
        && super::asked::heading_question(&t).is_some()
}

/// "A pot was ruined because:", "Glaze colour is set by:", "Kilns are":
/// a lead its items finish, so an item alone says only part of it (a
/// label such as "Key facts:" does not).
pub(super) fn runs_on(lead: &str) -> bool {
    const ENDS: &[&str] = &[
        "because",
        "that",
        "when",
        "if",
        "as",
        "are",
        "is",
        "were",
        "was",
        "include",
        "includes",
        "including",
        "like",
        "following",
        "follows",
        "due",
    ];
    let last = lead
        .trim_end_matches([':', ' ', '-', '–', '—'])
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .to_lowercase();
    ENDS.contains(&last.as_str()) || super::super::vocab::FRAGMENT_STARTS.contains(&last.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_that_number_a_rule_are_told() {
        assert_eq!(
            numbered_rule("2nd principle:").as_deref(),
            Some("2nd principle")
        );
        assert_eq!(numbered_rule("Principle 3").as_deref(), Some("principle 3"));
        assert_eq!(numbered_rule("First law:").as_deref(), Some("first law"));
        assert_eq!(numbered_rule("Kiln rules:"), None);
        assert_eq!(numbered_rule("2 principles:"), None);
    }
}
