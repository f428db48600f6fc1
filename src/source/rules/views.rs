//! What the heading over a list holds or does, said by items that open
//! with its verb: "believes that plain pots show the hand" → "what does
//! it believe?"; "relies on a slow rise in heat" → "what does it rely
//! on?".

use super::super::facts::Fact;
use super::super::text::first_word;
use super::super::verbs::{base_form, known_verb, looks_third_person};

/// Prepositions a verb may take before what it is about ("to" and "of"
/// mostly start an infinitive or a noun's tail).
const PREPOSITIONS: &[&str] = &["by", "for", "from", "with", "in", "on", "as"];

/// The fact of an item that opens with the heading's verb (`first`, in
/// lower case) and `rest`; `it` names the heading, `does` agrees with it.
pub(super) fn view(first: &str, rest: &str, text: &str, (it, does): (&str, &str)) -> Option<Fact> {
    // (the verbs of holding a view are `held`'s)
    if let Some(base) =
        super::super::held::holding_base(first).filter(|_| first_word(rest) == "that")
    {
        let clause = rest.split_once(' ').map_or(rest, |(_, c)| c);
        return Some(Fact::asked(format!("what {does} {it} {base}?"), clause));
    }
    let base = base_form(first);
    let prep = first_word(rest);
    let takes = looks_third_person(first)
        && text.starts_with(char::is_lowercase)
        && known_verb(&base)
        && PREPOSITIONS.contains(&prep.as_str());
    let (prep, object) = rest.split_once(' ').filter(|_| takes)?;
    Some(Fact::asked(
        format!("what {does} {it} {base} {prep}?"),
        object,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_or_a_verb_with_its_preposition_is_asked_of_the_heading() {
        let ask = |t: &str| {
            let (first, rest) = t.split_once(' ').unwrap();
            view(first, rest, t, ("it", "does")).map(|f| f.question)
        };
        assert_eq!(
            ask("believes that pots show the hand").as_deref(),
            Some("what does it believe?")
        );
        assert_eq!(
            ask("relies on a slow rise in heat").as_deref(),
            Some("what does it rely on?")
        );
        // a noun and its clause; an infinitive
        assert_eq!(ask("categories that cannot be defined"), None);
        assert_eq!(ask("seeks to expand its reach"), None);
    }
}
