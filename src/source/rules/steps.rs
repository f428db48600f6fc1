//! A numbered list of labelled steps, each an instruction in bold and
//! how to carry it out ("1. **Weigh the Dry Glaze:** Use a scale …"):
//! one card asks for the steps in order, and one per step asks which step
//! it is ("what is step 3?" → "Sieve the slop", the how as the
//! explanation). "What does Weigh the Dry Glaze do?" would only say the
//! instruction again.

use super::super::doc::Item;
use super::super::text::Lexicon;
use super::entry::Entry;
use super::Rules;

/// Fewest steps read as a procedure.
const MIN_STEPS: usize = 3;

/// Verbs of procedures (a recipe, a lab, a worked problem) that the
/// lists of verbs do not hold.
const PROCEDURE_VERBS: &[&str] = &[
    "analyse",
    "balance",
    "click",
    "cool",
    "draw",
    "dry",
    "estimate",
    "evaluate",
    "fill",
    "fire",
    "gather",
    "heat",
    "interpret",
    "label",
    "mix",
    "multiply",
    "observe",
    "place",
    "plot",
    "pour",
    "preheat",
    "prepare",
    "press",
    "repeat",
    "rinse",
    "sieve",
    "simplify",
    "sketch",
    "solve",
    "stir",
    "substitute",
    "subtract",
    "wash",
    "weigh",
];

/// Labelled steps being read: the context their cards name, and the
/// number of the first.
#[derive(Clone)]
pub(super) struct Steps {
    context: Option<String>,
    first: u64,
}

impl Rules<'_> {
    /// Whether the items of a numbered list are labelled steps: every one
    /// a label that opens with a verb, as an instruction does, and a text
    /// after it.
    pub(super) fn labelled_steps(&self, entries: &[Entry]) -> bool {
        entries.len() >= MIN_STEPS
            && entries.iter().all(|e| {
                e.def.as_deref().is_some_and(|d| !d.trim().is_empty())
                    && e.term.as_deref().is_some_and(instruction)
            })
    }

    /// The card of the steps in order, named by the section or by a short
    /// lead ("To glaze a pot:").
    /// `first`: the number of the first step ("4." after an interruption).
    pub(super) fn steps_in_order(&mut self, entries: &[Entry], lead: Option<&str>, first: u64) {
        let labels: Vec<String> = entries.iter().map(|e| self.step_label(e)).collect();
        let lines: Vec<usize> = entries.iter().map(|e| e.line).collect();
        let ctx = self.steps_context(lead);
        // "what are steps 1–4 of 8, in order?"
        let question = match entries.len() > super::list::MAX_LIST_CARD_ITEMS {
            true => "what are steps {n}, in order?",
            false => "what are the {n} steps, in order?",
        };
        self.list_parts(ctx.as_deref(), question, &labels, &lines);
        // the items, read next, ask which step each is
        self.steps = Some(Steps {
            context: ctx,
            first,
        });
    }

    /// "what is step 3?" → the step's label; how to carry it out explains.
    pub(super) fn step_card(&mut self, k: usize, e: &Entry) {
        let Some(Steps { context, first }) = self.steps.clone() else {
            return;
        };
        let how = e.def.as_deref().unwrap_or("").trim();
        let label = self.step_label(e);
        let question = format!("what is step {}?", first + k as u64);
        let explanation = Some(how.to_string()).filter(|h| !h.is_empty());
        self.card(context.as_deref(), &question, &label, explanation, e.line);
    }

    fn steps_context(&self, lead: Option<&str>) -> Option<String> {
        let short = |l: &&str| l.split_whitespace().count() <= 6 && !l.contains(['.', ',']);
        match lead
            .map(|l| l.trim().trim_end_matches(':').trim())
            .filter(short)
        {
            Some(l) if !l.is_empty() => Some(l.to_string()),
            _ => self.context(None),
        }
    }

    /// The step's label in sentence case: "Convert the Known Quantity
    /// to Moles" → "Convert the known quantity to moles"; names stay.
    fn step_label(&self, e: &Entry) -> String {
        let label = e.term.as_deref().unwrap_or("").trim().trim_end_matches(':');
        sentence_case(label, self.lex)
    }
}

/// "1. Balance O with water [check the charge here]": a numbered list
/// whose every item is an instruction, read as labelled steps, the
/// instruction the label and its aside (in brackets, or after a full
/// stop or a colon) how to carry it out. Whether they were (then
/// `entries` holds them so).
pub(super) fn plain_steps(entries: &mut Vec<Entry>, items: &[Item], lead: Option<&str>) -> bool {
    // "1. **Rotate Keys**:" over its points: practices, not steps
    let plain = |it: &Item| it.sub.is_empty() && it.lines.iter().all(|l| l.bold.is_none());
    // under a label, "**Cooling Down**", the list card asks its steps
    let labelled = lead.is_some_and(|l| l.split_whitespace().count() <= 6 && !l.contains('.'));
    if entries.len() < MIN_STEPS
        || labelled
        || entries.iter().any(|e| e.term.is_some()) && !method(entries)
        || !items.iter().all(plain)
    {
        return false;
    }
    let steps: Option<Vec<Entry>> = entries
        .iter()
        .map(|e| {
            if e.term.is_some() {
                return Some(e.clone());
            }
            let text = e.text.trim();
            let at = [" [", " (", ". ", ": ", " - "]
                .iter()
                .filter_map(|s| text.find(s))
                .min()
                .unwrap_or(text.len());
            let label = text[..at].trim_end_matches('.');
            let how = text[at..].trim_start_matches([' ', '.', ':', '-']);
            let how = how
                .strip_prefix('[')
                .and_then(|h| h.strip_suffix(']'))
                .unwrap_or(how);
            let short = label.split_whitespace().count() <= super::list::MAX_LIST_ITEM_WORDS;
            (short && instruction(label)).then(|| Entry {
                text: e.text.clone(),
                term: Some(label.to_string()),
                def: Some(super::super::text::capitalise(how.trim())),
                line: e.line,
                means: false,
            })
        })
        .collect();
    steps.map(|s| *entries = s).is_some()
}

/// "1. Wedging - knead out the air", "2. Rest the clay overnight": a
/// method whose named stages say what to do, among steps that only say
/// it; the names are not terms to define.
fn method(entries: &[Entry]) -> bool {
    let told = |e: &Entry| {
        e.def
            .as_deref()
            .is_some_and(|d| instruction(&super::super::text::capitalise(d)))
    };
    entries.iter().any(|e| e.term.is_none())
        && entries.iter().filter(|e| e.term.is_some()).all(told)
}

/// "Weigh the Dry Glaze", "Check for Cracks": a label that opens with a
/// verb in its base form, as an instruction does; not "Use of glazes",
/// which names a use.
fn instruction(term: &str) -> bool {
    let mut words = term.split_whitespace();
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    let lower = first.to_lowercase();
    first.starts_with(char::is_uppercase)
        && (super::super::verbs::known_verb(&lower) || PROCEDURE_VERBS.contains(&lower.as_str()))
        && second
            .is_some_and(|w| !["of", "and", "&", "vs", "vs."].contains(&w.to_lowercase().as_str()))
        && !term.ends_with('?')
}

/// The words after the first in lower case, where the label capitalises
/// every word and the notes write each of them in lower case elsewhere
/// (or it is a little word such as "the"); short forms stay ("AWS").
/// Else as written: a name may be among them.
fn sentence_case(label: &str, lex: &Lexicon) -> String {
    const LITTLE: &[&str] = &[
        "a", "an", "the", "to", "of", "for", "in", "on", "at", "by", "and", "or", "with", "from",
        "into", "it", "them", "its", "your",
    ];
    let words: Vec<&str> = label.split_whitespace().collect();
    let acronym = |w: &str| w.chars().filter(|c| c.is_uppercase()).count() > 1;
    let capitals: Vec<&str> = words
        .iter()
        .skip(1)
        .copied()
        .filter(|w| w.starts_with(char::is_uppercase) && !acronym(w))
        .collect();
    let ordinary = |w: &&str| LITTLE.contains(&w.to_lowercase().as_str()) || lex.seen_lower(w);
    if capitals.is_empty() || !capitals.iter().all(ordinary) {
        return label.to_string();
    }
    let lowered: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(k, w)| match k == 0 || acronym(w) {
            true => w.to_string(),
            false => w.to_lowercase(),
        })
        .collect();
    lowered.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_instruction_opens_with_a_verb() {
        assert!(instruction("Weigh the Dry Glaze"));
        assert!(instruction("Check for Cracks"));
        assert!(!instruction("Use of glazes"));
        assert!(!instruction("Glaze Recipes"));
        assert!(!instruction("Weigh"));
        assert!(!instruction("weigh the glaze"));
    }

    #[test]
    fn a_titled_label_is_read_in_sentence_case() {
        let lex = Lexicon::new(
            "convert the known quantity to moles; check the bill",
            Default::default(),
        );
        assert_eq!(
            sentence_case("Convert the Known Quantity to Moles", &lex),
            "Convert the known quantity to moles"
        );
        assert_eq!(
            sentence_case("Check the AWS Bill", &lex),
            "Check the AWS bill"
        );
        assert_eq!(
            sentence_case("Sieve the slop twice", &lex),
            "Sieve the slop twice"
        );
        // "Python" is never written in lower case: it may be a name
        assert_eq!(
            sentence_case("Install Python on the Kiln", &lex),
            "Install Python on the Kiln"
        );
    }
}
