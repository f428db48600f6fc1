//! Exam questions written as list items: a scenario that ends in a
//! question, answered by the first item under it (`**A) Use a cache**`,
//! `Answer: …`, or a short item alone under it) or by the options on its
//! own lines that are in bold. The
//! items after the answer explain it, and give cards of their own under
//! the heading, not under the scenario.

use super::super::clean::clean_text;
use super::super::doc::{join_lines, Item, Line};
use super::Rules;

/// The labels an answer line may start with.
const ANSWER_LABELS: &[&str] = &["correct answer", "answer", "ans", "a"];

impl Rules<'_> {
    /// An item that asks an exam question, with its answer. Whether it
    /// was read so.
    pub(super) fn exam_item(&mut self, item: &Item) -> bool {
        let (asking, options): (Vec<Line>, Vec<Line>) = item
            .lines
            .iter()
            .cloned()
            .partition(|l| option_text(&l.text).is_none());
        let Some(question) = exam_question(&join_lines(&asking)) else {
            return false;
        };
        let sub_options: Vec<Line> = item
            .sub
            .iter()
            .filter_map(|s| s.lines.first().cloned())
            .filter(|l| option_text(&l.text).is_some())
            .collect();
        let (answer, used) = if sub_options.len() >= 2 {
            match bold_options(&sub_options) {
                Some(a) => (a, sub_options.len()),
                None => return false,
            }
        } else if options.is_empty() {
            match item
                .sub
                .first()
                .and_then(answer_item)
                .or_else(|| sole_answer(&item.sub))
            {
                Some(a) => (a, 1),
                None => return false,
            }
        } else {
            match bold_options(&options) {
                Some(a) => (a, 0),
                None => return false,
            }
        };
        let rest = &item.sub[used..];
        let why = rest.first().and_then(explanation);
        self.asked_card(&question, &answer, why, item.line);
        if !rest.is_empty() {
            self.list(rest, None, false);
        }
        true
    }
}

/// The question of an item's text: the text ends with it, or with only a
/// bracket after it ("… data? (Select TWO.)").
fn exam_question(text: &str) -> Option<String> {
    let t = clean_text(text);
    let at = t.rfind('?')?;
    let tail = t[at + 1..].trim();
    let bracket = tail.starts_with('(') && tail.ends_with(')');
    let long = t.split_whitespace().count() >= 4;
    (long && (tail.is_empty() || bracket)).then_some(t)
}

/// "B. DynamoDB", "C) Amazon S3" → the option without its letter.
fn option_text(t: &str) -> Option<&str> {
    let t = t.trim();
    match t.as_bytes() {
        [b'A'..=b'F', b'.' | b')', b' ', ..] => Some(t[3..].trim()).filter(|o| !o.is_empty()),
        _ => None,
    }
}

/// The right options, in bold among the others ("**B. DynamoDB**").
fn bold_options(options: &[Line]) -> Option<String> {
    let right: Vec<&str> = options
        .iter()
        .filter(|l| wholly_bold(l))
        .filter_map(|l| option_text(&l.text))
        .collect();
    (options.len() >= 2 && !right.is_empty() && right.len() < options.len())
        .then(|| right.join("; "))
}

fn wholly_bold(l: &Line) -> bool {
    l.bold
        .as_deref()
        .is_some_and(|b| !b.trim().is_empty() && b.trim() == l.text.trim())
}

/// The answer an item gives: `Answer: …`, or the item in bold (its
/// option letter left off).
fn answer_item(item: &Item) -> Option<String> {
    let text = clean_text(&item.text());
    for label in ANSWER_LABELS {
        let n = label.len();
        if !text.is_char_boundary(n) || !text[..n].eq_ignore_ascii_case(label) {
            continue;
        }
        if let Some(after) = text[n..].trim_start().strip_prefix([':', ')', '-']) {
            let answer = after.trim();
            return (!answer.is_empty()).then(|| answer.to_string());
        }
    }
    let [line] = item.lines.as_slice() else {
        return None;
    };
    let answer = option_text(&text).unwrap_or(&text);
    (wholly_bold(line) && !answer.is_empty()).then(|| answer.to_string())
}

/// "- Which block is replaced on a miss?" over "- LRU" alone: a short
/// item, the only one under the question, is its answer.
fn sole_answer(sub: &[Item]) -> Option<String> {
    let [only] = sub else {
        return None;
    };
    let text = clean_text(&only.text());
    let short = (1..=12).contains(&text.split_whitespace().count());
    (short && only.sub.is_empty() && !text.ends_with('?')).then_some(text)
}

/// The first item after the answer, when it is a plain sentence: it says
/// why the answer is right.
fn explanation(item: &Item) -> Option<String> {
    let first = item.lines.first()?;
    let text = clean_text(&item.text());
    let plain = first.bold.is_none() && !text.contains(" : ");
    (plain && text.split_whitespace().count() >= 5).then_some(text)
}
