//! A statement and what it leads to, joined by a participle: "Potters
//! leaving the guild cut its income, leading to fewer firings" → "Potters
//! leaving the guild cut its income — what does this lead to?" → "Fewer
//! firings". The first part is a clause of its own, too long to name a
//! cause in a question, so it is shown and what follows is asked; so
//! with "therefore". What a statement is "due to" is asked why.

use super::facts::Fact;
use super::past::irregular_past;
use super::statements::POINTING;
use super::text::{capitalise, Lexicon};
use super::verbs::known_third_person;
use super::vocab::FINITE;

/// The words that join a statement to what it leads to, the question
/// each asks, and whether no comma comes before (then what follows must
/// be a thing, not a clause: "bacteria causing cholera live in water").
const LINKS: &[(&str, &str, bool)] = &[
    (", leading to ", "what does this lead to?", false),
    (", causing ", "what does this cause?", false),
    (", resulting in ", "what does this result in?", false),
    (" which leads to ", "what does this lead to?", false),
    (" which causes ", "what does this cause?", false),
    (", therefore ", "what does this lead to?", false),
    (" therefore ", "what does this lead to?", false),
    (" leading to ", "what does this lead to?", true),
    (" causing ", "what does this cause?", true),
    (" resulting in ", "what does this result in?", true),
];

/// Fewest words in the statement shown; most in what is asked.
const MIN_CAUSE_WORDS: usize = 4;
const MAX_EFFECT_WORDS: usize = 16;
const MAX_CAUSE_WORDS: usize = 20;
/// Most words of a clause asked why.
const MAX_ASKED_WORDS: usize = 12;

/// The card of a statement joined to its consequence, if `sentence` is one.
pub fn consequence(sentence: &str) -> Option<Fact> {
    let s = sentence.trim().trim_end_matches('.');
    // (ASCII case only: the offsets found in `lower` hold in `s`)
    let lower = s.to_ascii_lowercase();
    let mut found: Vec<(usize, &str, &str, bool)> = LINKS
        .iter()
        .filter_map(|(l, q, bare)| lower.find(l).map(|at| (at, *l, *q, *bare)))
        .collect();
    found.sort_by_key(|f| f.0);
    found
        .into_iter()
        .find_map(|(at, link, q, bare)| joined(&s[..at], &s[at + link.len()..], q, bare))
}

/// The card of `cause` and `effect`, if both are fit to show and ask.
fn joined(cause: &str, effect: &str, q: &str, bare: bool) -> Option<Fact> {
    // "Hence, more lending, leading to …": the marker links to before
    let cause = super::text::strip_markers(cause.trim());
    let effect = effect.trim();
    let balanced = |t: &str| t.matches('(').count() == t.matches(')').count();
    let n = effect.split_whitespace().count();
    // "…, causing it to …": a pronoun points back, no thing is caused
    let first = effect.split_whitespace().next()?.to_lowercase();
    let pointing = ["it", "them", "this", "that", "him", "her"].contains(&first.as_str());
    if cause.split_whitespace().count() < MIN_CAUSE_WORDS
        || cut_short(cause)
        || !(1..=MAX_EFFECT_WORDS).contains(&n)
        || pointing
        || cause.ends_with(['?', ':'])
        || !balanced(cause)
        || !balanced(effect)
        || defines(cause)
        || opens_with_verb(effect)
        || bare && (has_verb(effect) || commands(cause))
    {
        return None;
    }
    let question = format!("{} — {q}", capitalise(cause));
    Some(Fact::asked(question, effect))
}

/// "… therefore won't trade": the subject left out, so the answer would
/// be half a clause.
fn opens_with_verb(effect: &str) -> bool {
    let first = effect
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    first.contains(['\'', '’']) || FINITE.contains(&first.as_str()) || known_third_person(&first)
}

/// "… and are therefore", "… due to their negligence in causing", "This
/// makes …": a cause cut inside its clause, or one that points back.
fn cut_short(cause: &str) -> bool {
    let words: Vec<String> = cause.split_whitespace().map(str::to_lowercase).collect();
    words.is_empty()
        || words.len() > MAX_CAUSE_WORDS
        || cause.contains(" = ")
        || points_back(&words)
        || super::plain::leaves_off(cause)
}

/// "Check for signals causing division": a step to take, whose noun
/// the participle belongs to.
fn commands(cause: &str) -> bool {
    let first = super::text::first_word(cause);
    super::verbs::known_verb(&first) && !super::text::looks_plural(&first)
}

/// "This makes …", "It means …": the cause is said before.
fn points_back(words: &[String]) -> bool {
    match words {
        [first, ..] if ["it", "they"].contains(&first.as_str()) => true,
        [first, second, ..] => {
            ["this", "that", "these", "those"].contains(&first.as_str()) && has_verb(second)
        }
        _ => false,
    }
}

/// Whether `words` hold a verb of their own ("the disease spreads fast").
fn has_verb(words: &str) -> bool {
    words.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        FINITE.contains(&w) || known_third_person(w) || irregular_past(w)
    })
}

/// "Wood prices rise due to a shortage of oak" → "why do wood prices
/// rise?"; "Crazing is mostly due to fast cooling" → "what is crazing
/// mostly due to?". The answer is what the note names as the cause.
pub fn due_to(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = clause.trim().trim_end_matches('.');
    let at = c.to_ascii_lowercase().find(" due to ")?;
    let cause = c[at + " due to ".len()..].trim();
    let n = cause.split_whitespace().count();
    let pointing = POINTING.contains(&super::text::first_word(cause).as_str());
    if pointing || !(2..=MAX_EFFECT_WORDS).contains(&n) || cause.contains(['(', ')']) {
        return None;
    }
    let head = c[..at].trim_end_matches(',');
    // "… allow variations that were due to …", "… called for reform,
    // to little result due to …": the cause of a part of the clause
    let part = [" that ", " which ", " who ", ","]
        .iter()
        .any(|w| head.contains(w));
    if part || head.split_whitespace().count() > MAX_ASKED_WORDS {
        return None;
    }
    let (aux, subject, rest) = super::means::inverted(head, lex, false)?;
    // "Frequent fires due to …": an adjective and a noun read as a clause
    // ("Kilns crack due to …", a plural and its verb, is one)
    let is_be = ["is", "are", "was", "were"].contains(&aux.as_str());
    let words = subject.split_whitespace().count() + rest.split_whitespace().count();
    if aux == "does" && words < 3 {
        return None;
    }
    let question = match rest.split_whitespace().all(super::verbs::is_adverb) {
        true if is_be => format!("what {aux} {subject} {rest} due to?"),
        true => return None,
        false => format!("why {aux} {subject} {rest}?"),
    };
    let question = question.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(Fact::asked(question, cause))
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
    fn a_link_without_a_comma_needs_a_thing_after_it() {
        let f = consequence("Glazes run off the pot causing drips on the shelf").unwrap();
        assert_eq!(f.question, "Glazes run off the pot — what does this cause?");
        assert_eq!(f.answer, "Drips on the shelf");
        let f = consequence("Longer firings darken the glaze therefore buyers pay more").unwrap();
        assert_eq!(f.answer, "Buyers pay more");
        // a participle inside the subject: what follows is a clause
        assert_eq!(
            consequence("The soot of the wood causing the stains is hard to clean"),
            None
        );
        // a cause cut inside its clause, or one that points back
        for cut in [
            "Glazes that hold iron turn dark and are therefore prized",
            "She sued the kiln owner for loss due to his negligence in causing the fire",
            "This makes the kiln hotter than the room causing a draft",
        ] {
            assert_eq!(consequence(cut), None, "{cut}");
        }
        assert_eq!(consequence("Check the flue for soot causing smoke"), None);
        // "therefore won't …" lacks its subject; the later link is asked
        let f = consequence(
            "Guilds do not trust the new master therefore won't trade causing shortages",
        )
        .unwrap();
        assert_eq!(
            f.question,
            "Guilds do not trust the new master therefore won't trade — what does this cause?"
        );
    }

    #[test]
    fn what_a_thing_is_due_to_is_asked() {
        let lex = Lexicon::new("", crate::source::parties::Parties::default());
        let ask = |s: &str| due_to(s, &lex).map(|f| (f.question, f.answer));
        assert_eq!(
            ask("Wood prices rise due to heavy demand from the guild."),
            Some((
                "why do wood prices rise?".into(),
                "Heavy demand from the guild".into()
            ))
        );
        assert_eq!(
            ask("Crazing is mostly due to fast cooling"),
            Some((
                "what is crazing mostly due to?".into(),
                "Fast cooling".into()
            ))
        );
        // the cause of a part of the clause, or of something said before
        assert_eq!(
            ask("Firing lets you tell faults that were due to the clay"),
            None
        );
        assert_eq!(
            ask("Potters raised prices, to little effect due to the tax"),
            None
        );
        assert_eq!(ask("Kilns cracked due to this"), None);
        assert_eq!(ask("Frequent fires due to wooden sheds"), None);
        assert_eq!(
            ask("Kilns crack due to sudden cooling"),
            Some(("why do kilns crack?".into(), "Sudden cooling".into()))
        );
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
