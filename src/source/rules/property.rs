//! Items that say what the heading over them is like, with no verb of
//! their own or a verb that other rules leave alone: under "Stoneware",
//! "Weakly porous" → "how porous is it?", "Lightly glazed" → "how is it
//! glazed?", "Part of the clay family" → "what is it part of?", "Does
//! not crack in the kiln" → "what does it not …?" and "Can only be fired
//! by a master" → "what can it only be fired by?".

use super::super::facts::Fact;
use super::super::verbs::{is_adverb, participle};

/// Adverbs of degree that do not end in "-ly".
const DEGREES: &[&str] = &["very", "not", "fairly", "quite"];

/// Endings of the adjectives a degree adverb grades.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ing", "ive", "ent", "ant", "ic", "al", "ous", "ble", "ar", "ful", "less", "ile",
];

/// Prepositions a passive after "can be" may name its doer or place with.
const PASSIVE_PREPOSITIONS: &[&str] = &[
    "by", "with", "in", "on", "at", "via", "through", "from", "to", "into",
];

/// The fact of a property item under a heading asked as `it` (`they`
/// when plural).
pub(super) fn property(text: &str, it: &str, they: bool) -> Option<Fact> {
    let (is, does) = if they { ("are", "do") } else { ("is", "does") };
    let words: Vec<&str> = text.split_whitespace().collect();
    if let Some(adjective) = graded(&words) {
        let q = match participle(adjective) {
            true => format!("how {is} {it} {}?", adjective.to_lowercase()),
            false => format!("how {} {is} {it}?", adjective.to_lowercase()),
        };
        return Some(Fact::asked(q, text));
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    match lower.as_slice() {
        ["part" | "parts", "of", _, ..] => {
            let whole = words[2..].join(" ");
            Some(Fact::asked(format!("what {is} {it} part of?"), &whole))
        }
        ["does" | "do", "not", verb, _, ..] if known_object_verb(verb) => {
            let object = words[3..].join(" ");
            let q = format!("what {does} {it} not {verb}?");
            Some(Fact::asked(q, &object))
        }
        ["can", "only", "be", done, prep, _, ..] => passive(it, "only ", done, prep, &words[5..]),
        ["can", "be", done, prep, _, ..] => passive(it, "", done, prep, &words[4..]),
        _ => None,
    }
}

/// "Weakly penetrating", "Positively or negatively charged": degree
/// adverbs and the adjective they grade, which is returned.
fn graded<'a>(words: &[&'a str]) -> Option<&'a str> {
    let (adjective, adverbs) = words.split_last()?;
    let degree = |w: &&str| {
        let w = w.to_lowercase();
        let timed = [
            "only", "early", "daily", "weekly", "monthly", "yearly", "hourly",
        ];
        (is_adverb(&w) && w.ends_with("ly") && !timed.contains(&w.as_str()))
            || DEGREES.contains(&w.as_str())
    };
    let adverbs_ok = match adverbs {
        [a] => degree(a),
        [a, "or" | "and", b] => degree(a) && degree(b),
        _ => false,
    };
    let lower = adjective.to_lowercase();
    let plain = lower.len() >= 4 && adjective.chars().all(|c| c.is_ascii_lowercase());
    let adjective_like = participle(&lower) || ADJECTIVE_ENDINGS.iter().any(|e| lower.ends_with(e));
    (adverbs_ok && plain && adjective_like).then_some(adjective)
}

/// "Does not change the number" takes an object; "does not melt" does
/// not, and "does not always …" is no verb.
fn known_object_verb(verb: &str) -> bool {
    let verbs = super::super::verbs::known_verb(verb);
    verbs && !super::super::verbs::NO_OBJECT_VERBS.contains(&verb) && !is_adverb(verb)
}

/// "can only be emitted by heavy nuclei" → "what can it only be emitted
/// by?": the doer or place of a passive, up to where the item goes on
/// with another verb.
fn passive(it: &str, only: &str, done: &str, prep: &str, object: &[&str]) -> Option<Fact> {
    if !participle(done) || !PASSIVE_PREPOSITIONS.contains(&prep) {
        return None;
    }
    let object = object.join(" ");
    let object = [" and can ", " and is ", " and are ", "; ", " but "]
        .iter()
        .fold(object.as_str(), |o, cut| o.split(cut).next().unwrap_or(o))
        .trim_end_matches(['.', ',', ';']);
    if object.split_whitespace().count() > 14 {
        return None;
    }
    let q = format!("what can {it} {only}be {} {prep}?", done.to_lowercase());
    Some(Fact::asked(q, object))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(text: &str) -> Option<(String, String)> {
        property(text, "it", false).map(|f| (f.question, f.answer))
    }

    #[test]
    fn a_graded_adjective_asks_how_much() {
        let (q, a) = asked("Weakly porous").unwrap();
        assert_eq!(
            (q.as_str(), a.as_str()),
            ("how porous is it?", "Weakly porous")
        );
        let (q, a) = asked("Positively or negatively charged").unwrap();
        assert_eq!(q, "how is it charged?");
        assert_eq!(a, "Positively or negatively charged");
        let q = property("Highly decorative", "they", true)
            .unwrap()
            .question;
        assert_eq!(q, "how decorative are they?");
    }

    #[test]
    fn words_that_grade_nothing_are_left() {
        assert_eq!(asked("Only glazed"), None);
        assert_eq!(asked("Weekly firings"), None);
        assert_eq!(asked("Fully managed service"), None);
        assert_eq!(asked("Early Ming"), None);
    }

    #[test]
    fn a_part_a_negation_and_a_passive_are_asked() {
        let (q, a) = asked("Part of the clay family").unwrap();
        assert_eq!(
            (q.as_str(), a.as_str()),
            ("what is it part of?", "The clay family")
        );
        let (q, a) = asked("Does not change the colour of the slip").unwrap();
        assert_eq!(q, "what does it not change?");
        assert_eq!(a, "The colour of the slip");
        let (q, a) = asked("Can only be fired by a master of the guild").unwrap();
        assert_eq!(q, "what can it only be fired by?");
        assert_eq!(a, "A master of the guild");
        let (q, a) = asked("Can be logged in the firing book").unwrap();
        assert_eq!(
            (q.as_str(), a.as_str()),
            ("what can it be logged in?", "The firing book")
        );
        let (q, a) = asked("Can be cut with wire, a knife and can dry overnight").unwrap();
        assert_eq!(q, "what can it be cut with?");
        assert_eq!(a, "Wire, a knife");
    }

    #[test]
    fn a_negation_without_an_object_is_left() {
        assert_eq!(asked("Does not always crack"), None);
        assert_eq!(asked("Can be fired"), None);
    }
}
