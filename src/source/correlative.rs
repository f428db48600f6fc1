//! Two things that change together ("The faster a kiln cools, the more
//! the glaze crazes"): the first change given, the second asked.

use super::facts::Fact;

/// The comparatives such sentences are made of ("-er" alone would take
/// "the order of a group" and "the number of …" for one).
const COMPARATIVES: &[&str] = &[
    "more", "less", "fewer", "lesser", "greater", "higher", "lower", "larger", "smaller", "bigger",
    "longer", "shorter", "faster", "slower", "stronger", "weaker", "harder", "softer", "hotter",
    "colder", "warmer", "cooler", "older", "younger", "earlier", "later", "deeper", "wider",
    "narrower", "thicker", "thinner", "heavier", "lighter", "closer", "further", "farther",
    "easier", "better", "worse", "smoother", "rougher", "steeper", "darker", "brighter", "louder",
    "quieter", "richer", "poorer", "cheaper", "sooner",
];

/// "The longer the soak, the smoother the glaze" → "The longer the soak,
/// [...]." → "the smoother the glaze": what follows from the change.
pub fn correlative(sentence: &str) -> Option<Fact> {
    let s = sentence.trim().trim_end_matches(['.', ';', '!']);
    let (cause, effect) = s.split_once(", the ")?;
    let effect = format!("the {effect}");
    // "The lower part is called X, the higher part is called Y": two
    // statements side by side; "…, the less you manage — but …": more
    // than the change, which other rules ask
    let named = [" is ", " are ", " called "]
        .iter()
        .any(|w| cause.to_lowercase().contains(w));
    if !changes(cause) || !changes(&effect) || named || effect.contains([',', ';', '—']) {
        return None;
    }
    let words = |t: &str| t.split_whitespace().count();
    if words(&effect) < 3 || words(cause) < 3 || effect.contains(['(', ':']) {
        return None;
    }
    let cause = super::text::capitalise(cause);
    Some(Fact::asked(format!("{cause}, [...]."), &effect))
}

/// "the faster a kiln cools", "the more water": "the" and a comparative.
fn changes(part: &str) -> bool {
    let mut words = part.split_whitespace().map(str::to_lowercase);
    let (Some(the), Some(than)) = (words.next(), words.next()) else {
        return false;
    };
    the == "the" && COMPARATIVES.contains(&than.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_changes_together_ask_for_the_second() {
        let f = correlative("The faster a kiln cools, the more the glaze crazes.").unwrap();
        assert_eq!(f.question, "The faster a kiln cools, [...].");
        assert_eq!(f.answer, "The more the glaze crazes");
        let f = correlative("the bigger the gap between firing and glazing, the weaker the bond")
            .unwrap();
        assert_eq!(
            f.question,
            "The bigger the gap between firing and glazing, [...]."
        );
        // "the other" is no change; nor is a plain list after a comma
        assert!(correlative("The kiln is hot, the other is cold.").is_none());
        assert!(correlative("The water, the clay and the glaze.").is_none());
        assert!(correlative("The paper, the longer one.").is_none());
        assert!(
            correlative("The order of a group is its size, the number of its members.").is_none()
        );
        assert!(correlative(
            "The lower part is called the foot, the higher part is called the lip."
        )
        .is_none());
        assert!(
            correlative("The hotter the kiln, the less it costs — but it wears faster.").is_none()
        );
    }
}
