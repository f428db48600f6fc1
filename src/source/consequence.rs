//! A statement and what it leads to, joined by a participle: "Potters
//! leaving the guild cut its income, leading to fewer firings" → "Potters
//! leaving the guild cut its income — what does this lead to?" → "Fewer
//! firings". The first part is a clause of its own, too long to name a
//! cause in a question, so it is shown and what follows is asked.

use super::facts::Fact;
use super::text::capitalise;

/// The participles that join a statement to what it leads to, and the
/// question each asks.
const LINKS: &[(&str, &str)] = &[
    (", leading to ", "what does this lead to?"),
    (", causing ", "what does this cause?"),
    (", resulting in ", "what does this result in?"),
    (" which leads to ", "what does this lead to?"),
    (" which causes ", "what does this cause?"),
];

/// Fewest words in the statement shown; most in what is asked.
const MIN_CAUSE_WORDS: usize = 4;
const MAX_EFFECT_WORDS: usize = 16;

/// The card of a statement joined to its consequence, if `sentence` is one.
pub fn consequence(sentence: &str) -> Option<Fact> {
    let s = sentence.trim().trim_end_matches('.');
    // (ASCII case only: the offsets found in `lower` hold in `s`)
    let lower = s.to_ascii_lowercase();
    let (at, link, q) = LINKS
        .iter()
        .filter_map(|(l, q)| lower.find(l).map(|at| (at, *l, *q)))
        .min_by_key(|(at, _, _)| *at)?;
    // "Hence, more lending, leading to …": the marker links to before
    let cause = super::text::strip_markers(s[..at].trim());
    let effect = s[at + link.len()..].trim();
    let balanced = |t: &str| t.matches('(').count() == t.matches(')').count();
    let n = effect.split_whitespace().count();
    // "…, causing it to …": a pronoun points back, no thing is caused
    let pointing = ["it", "them", "this", "that"].contains(&effect.split_whitespace().next()?);
    if cause.split_whitespace().count() < MIN_CAUSE_WORDS
        || !(1..=MAX_EFFECT_WORDS).contains(&n)
        || pointing
        || cause.ends_with(['?', ':'])
        || !balanced(cause)
        || !balanced(effect)
        || defines(cause)
    {
        return None;
    }
    let question = format!("{} — {q}", capitalise(cause));
    Some(Fact::asked(question, effect))
}

/// "Clustering is a situation where …": a definition, asked as one.
fn defines(cause: &str) -> bool {
    let words: Vec<String> = cause.split_whitespace().map(str::to_lowercase).collect();
    words.windows(2).take(5).any(|w| {
        ["is", "are"].contains(&w[0].as_str()) && ["a", "an", "the"].contains(&w[1].as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statement_and_what_it_leads_to_are_asked() {
        let f = consequence("Potters leaving the guild cut its income, leading to fewer firings")
            .unwrap();
        assert_eq!(
            f.question,
            "Potters leaving the guild cut its income — what does this lead to?"
        );
        assert_eq!(f.answer, "Fewer firings");
        let f = consequence("damaged kilns stop work, causing lost orders.").unwrap();
        assert_eq!(
            f.question,
            "Damaged kilns stop work — what does this cause?"
        );
        assert_eq!(f.answer, "Lost orders");
    }

    #[test]
    fn short_causes_and_pointing_effects_are_not() {
        assert_eq!(consequence("Heat rises, causing drafts"), None);
        assert_eq!(
            consequence("The kiln cooled too fast, causing it to crack"),
            None
        );
        assert_eq!(
            consequence("Crazing is a fault where the glaze shrinks, causing cracks"),
            None
        );
        assert_eq!(
            consequence("Potters fire twice (to harden the clay, causing less breakage)"),
            None
        );
        assert_eq!(
            consequence("Hence, more clay in the wheel room, leading to more pots")
                .map(|f| f.question),
            Some("More clay in the wheel room — what does this lead to?".into())
        );
    }
}
