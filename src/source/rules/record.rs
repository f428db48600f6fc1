//! Records: lists whose bold labels come back in other lists of the same
//! notes ("**Storage:** …", "**Backup:** …" under each of several
//! headings). The labels are fields and the text after them their values
//! for that heading: "Web shop: what is the storage?", never "what is meant
//! by “Storage”?", and no list card of the field names.

use std::collections::{HashMap, HashSet};

use super::super::clean::clean_text;
use super::super::doc::Block;
use super::Rules;

/// Labels that a record's items may have: the bold labels found in at
/// least two lists of the notes.
pub(super) fn repeated_labels(blocks: &[Block]) -> HashSet<String> {
    in_two_or_more(blocks.iter().filter_map(|b| {
        match b {
            Block::List { items, .. } => Some(
                items
                    .iter()
                    .filter_map(|it| it.lines.first()?.bold.as_deref())
                    .map(field_key)
                    .collect(),
            ),
            _ => None,
        }
    }))
}

/// The labels in the first column of two tables or more (a footnote mark
/// left off, as the table rules read the cell).
pub(super) fn shared_rows(blocks: &[Block]) -> HashSet<String> {
    in_two_or_more(blocks.iter().filter_map(|b| {
        match b {
            Block::Table { rows, .. } => Some(
                rows.iter()
                    .filter_map(|r| r.first())
                    .map(|c| field_key(&super::table::cell_text(c)))
                    .collect(),
            ),
            _ => None,
        }
    }))
}

/// The headings the note writes twice or more ("-AR endings" under
/// "Preterite" and under "Imperfect").
pub(super) fn repeated_headings(blocks: &[Block]) -> HashSet<String> {
    in_two_or_more(blocks.iter().filter_map(|b| match b {
        Block::Heading { text, .. } => Some(HashSet::from([heading_key(text)])),
        _ => None,
    }))
}

/// How headings are compared: their words, in lower case
/// (`"-ER/IR" endings` is `"-ER"/"-IR" endings`).
pub(super) fn heading_key(text: &str) -> String {
    super::super::clean::normalise(&super::super::plain::heading_text(text))
}

/// The keys, other than the empty one, that two groups or more hold.
fn in_two_or_more(groups: impl Iterator<Item = HashSet<String>>) -> HashSet<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for k in groups.flatten() {
        *seen.entry(k).or_default() += 1;
    }
    seen.into_iter()
        .filter(|(k, n)| *n >= 2 && !k.is_empty())
        .map(|(k, _)| k)
        .collect()
}

/// How a label is compared: clean, lower case, no colon.
pub(super) fn field_key(label: &str) -> String {
    clean_text(label)
        .trim()
        .trim_end_matches(':')
        .trim()
        .to_lowercase()
}

/// A field name as a question names it: lower case, unless an acronym.
fn field_name(label: &str) -> String {
    if label.chars().filter(|c| c.is_uppercase()).count() >= 2 {
        label.to_string()
    } else {
        label.to_lowercase()
    }
}

impl Rules<'_> {
    /// A label that names a field, not a party ("AWS:"), a question ("How
    /// it works:") or a callout ("Key point:"), which other rules ask.
    fn plain_field(&self, label: &str) -> bool {
        self.lex.parties.name(label).is_none()
            && super::callout::wh_label(label).is_none()
            && !super::is_callout_label(label)
    }

    /// A record under its lead, when the lead names what the record is of
    /// ("**Caparo v Dickman**" over "Context: …", "Holding: …").
    pub(super) fn record_of(&mut self, pairs: &[(&str, &str, usize)], lead: Option<&str>) -> bool {
        match lead.filter(|l| self.labels_items(l) || case_name(l)) {
            Some(l) => self.under(l, |r| r.record(pairs)),
            None => self.record(pairs),
        }
    }

    /// Asks each `(label, value, line)` of a record as the value of its
    /// field under the current heading, when every label is a field of the
    /// notes; whether it did.
    pub(super) fn record(&mut self, pairs: &[(&str, &str, usize)]) -> bool {
        let fields = pairs.len() >= 2
            && pairs
                .iter()
                .all(|(t, _, _)| self.fields.contains(&field_key(t)) && self.plain_field(t));
        let ctx = self.context(None);
        if !fields || ctx.is_none() {
            return false;
        }
        for (term, value, line) in pairs {
            let q = format!("what is the {}?", field_name(term.trim()));
            self.card(ctx.as_deref(), &q, value, None, *line);
            // The value belongs to its heading: the same value under
            // another heading is another fact.
            if let Some(d) = self.out.last_mut() {
                d.core = d.front.clone();
            }
        }
        true
    }
}

/// "Man Mohan Singh v Zurich Insurance (2008)": the name of a law case,
/// two parties' names either side of "v".
pub(super) fn case_name(l: &str) -> bool {
    let words: Vec<&str> = l.split_whitespace().collect();
    let capital = |w: Option<&&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
    words.len() <= 12
        && !l.ends_with(':')
        && (1..words.len()).any(|k| {
            ["v", "v.", "vs", "vs."].contains(&words[k])
                && capital(words.get(k - 1))
                && capital(words.get(k + 1))
        })
}

impl Rules<'_> {
    /// "Bubble Sort (Best: O(n), Average: O(n^2))": each field in the
    /// brackets a card of the name ("Bubble Sort: what is the best?" →
    /// "O(n)"). Whether the item was one.
    pub(super) fn bracket_field_cards(&mut self, text: &str, line: usize) -> bool {
        let Some((name, fields)) = bracket_fields(&clean_text(text)) else {
            return false;
        };
        // the item's name first: another item's fields may be the same
        let ctx = match self.context(None) {
            Some(c) => format!("{name} ({c})"),
            None => name.clone(),
        };
        // fields of one value are asked together ("what are the average
        // and worst?"), as one answer is one card
        let mut asked: Vec<(Vec<String>, String)> = Vec::new();
        for (label, value) in fields {
            let label = match label.chars().filter(char::is_ascii_lowercase).count() {
                0 => label,
                _ => label.to_lowercase(),
            };
            match asked.iter_mut().find(|(_, v)| *v == value) {
                Some((labels, _)) => labels.push(label),
                None => asked.push((vec![label], value)),
            }
        }
        for (labels, value) in asked {
            let q = match labels.as_slice() {
                [one] => super::meaning::what_is_the(one),
                [rest @ .., last] => format!("what are the {} and {last}?", rest.join(", ")),
                [] => continue,
            };
            // named again in the question: a card that asks the same as
            // another item's is taken for a repeat
            let q = format!("{} of {name}?", q.trim_end_matches('?'));
            self.card(Some(&ctx), &q, &value, None, line);
        }
        true
    }
}

/// "Bubble Sort (Best: O(n), Average: O(n^2), Worst: O(n^2))" → the name
/// and its fields: two or more "Label: value" pairs, split at the commas
/// outside brackets.
fn bracket_fields(text: &str) -> Option<(String, Vec<(String, String)>)> {
    let t = text.trim().trim_end_matches('.');
    let open = t.find(" (")?;
    let inner = t[open + 2..].strip_suffix(')')?;
    // "Radix Sort: (Best: …)"
    let name = t[..open].trim().trim_end_matches(':');
    let mut parts = vec![String::new()];
    let mut depth = 0i32;
    for c in inner.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(p) = parts.last_mut() {
            p.push(c);
        }
    }
    let fields = parts
        .iter()
        .map(|p| {
            let (label, value) = p.split_once(": ")?;
            let (label, value) = (label.trim(), value.trim());
            let short = (1..=3).contains(&label.split_whitespace().count());
            (short && !value.is_empty()).then(|| (label.to_string(), value.to_string()))
        })
        .collect::<Option<Vec<_>>>()?;
    let named = fields.len() >= 2 && (1..=5).contains(&name.split_whitespace().count());
    // "Best: -": no value to ask
    let fields: Vec<(String, String)> = fields
        .into_iter()
        .filter(|(_, v)| !["-", "–", "—", "n/a", "none"].contains(&v.to_lowercase().as_str()))
        .collect();
    named.then(|| (name.to_string(), fields))
}
