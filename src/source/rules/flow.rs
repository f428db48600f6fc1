//! A numbered flow: steps written `1. Message is added → **visible**`.
//! Each step asks what its event leads to, with its number ("what does
//! “Message is added” lead to (step 1)?" → "Visible"), not what the event
//! "is"; the order is the point of the list.

use super::super::clean::clean_text;
use super::super::doc::Item;
use super::named::arrow_pair;
use super::Rules;

/// Heading words of a sequence ("Message Flow", "TCP Handshake"); under
/// other headings a numbered `X → Y` list is a list of pairs.
const SEQUENCE_WORDS: &[&str] = &[
    "flow",
    "step",
    "process",
    "lifecycle",
    "life cycle",
    "sequence",
    "workflow",
    "how it works",
    "handshake",
    "pipeline",
    "stages",
    "phases",
    "order of",
];

impl Rules<'_> {
    /// The steps of a numbered list starting at `start`, when most of them
    /// are `event → result`. Whether it was such a flow.
    pub(super) fn numbered_flow(&mut self, items: &[Item], start: u64) -> bool {
        let steps: Vec<Option<(String, String)>> = items
            .iter()
            .map(|it| {
                let raw = it.text();
                let (event, result) = arrow_pair(&raw)?;
                Some((clean_text(event), clean_text(result)))
            })
            .collect();
        let arrows = steps.iter().filter(|s| s.is_some()).count();
        let heading = self.stack.last().map(|(_, h)| h.to_lowercase());
        let sequence = heading.is_some_and(|h| SEQUENCE_WORDS.iter().any(|w| h.contains(w)));
        if items.len() < 2 || arrows * 2 <= items.len() || !sequence {
            return false;
        }
        let ctx = self.context(None);
        for (k, step) in steps.iter().enumerate() {
            let Some((event, result)) = step else {
                continue;
            };
            let n = start + k as u64;
            let event = event.trim_end_matches(['.', ':']);
            let q = format!("what does “{event}” lead to (step {n})?");
            self.card(ctx.as_deref(), &q, result, None, items[k].line);
        }
        true
    }
}
