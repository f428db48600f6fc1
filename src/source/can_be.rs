//! What a note says a thing can be, or can have done to it: "Shelf posts
//! can be bricks, cones or steel tubes" → "what can shelf posts be?",
//! "A shelf can be used for several firings" → "what can a shelf be used
//! for?", "Repairs can be done with kiln wash" → "how can repairs
//! be done?".

use super::facts::Fact;
use super::statements::{fact, subject_phrase};
use super::text::Lexicon;
use super::verbs::participle;

/// Words before "to" or "for" that make no quality ("up to 2 GB", "able
/// to send").
const NOT_QUALITIES: &[&str] = &[
    "up", "able", "unable", "due", "likely", "unlikely", "similar", "equal", "close", "next",
    "prior", "used",
];

/// The fact of a statement "X can be …", "X must be …": the words of
/// its `subject`, its `modal`, and the words `rest` after "be".
pub fn can_be(subject: &[&str], modal: &str, rest: &[&str], lex: &Lexicon) -> Option<Fact> {
    // "cannot be": what a thing is not is no answer to recall
    if modal == "cannot" {
        return None;
    }
    let subject = subject_phrase(&subject.join(" "), lex, true)?;
    match rest {
        [done, prep, object @ ..] if participle(done) && !object.is_empty() => {
            let object = object.join(" ");
            match *prep {
                "with" | "via" | "by" | "through" | "using" => fact(
                    format!("how {modal} {subject} be {done}?"),
                    &format!("{prep} {object}"),
                ),
                "for" | "in" | "on" | "at" | "from" => {
                    fact(format!("what {modal} {subject} be {done} {prep}?"), &object)
                }
                _ => None,
            }
        }
        // "important for the developing brain": what it is important for
        [quality, prep, object @ ..]
            if ["for", "to", "in"].contains(prep)
                && !NOT_QUALITIES.contains(quality)
                && !participle(quality)
                && quality.chars().all(|c| c.is_ascii_lowercase())
                && object.len() >= 2 =>
        {
            fact(
                format!("what {modal} {subject} be {quality} {prep}?"),
                &object.join(" "),
            )
        }
        // "bricks, cones or steel tubes": the things it may be, not a
        // quality ("can be slow")
        [first, _, ..] if !participle(first) && !first.ends_with("ly") => {
            let options = rest.join(" ");
            (options.contains(", ") || options.contains(" or "))
                .then(|| fact(format!("what {modal} {subject} be?"), &options))?
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::parties::Parties;
    use super::*;

    fn asked(s: &str) -> Option<(String, String)> {
        let lex = Lexicon::new("", Parties::new(&[], None, false));
        super::super::statements::statement(s, &lex).map(|f| (f.question, f.answer))
    }

    #[test]
    fn what_a_thing_can_be_or_have_done_to_it() {
        let q = |q: &str, a: &str| Some((q.to_string(), a.to_string()));
        assert_eq!(
            asked("Shelf posts can be bricks, cones or steel tubes"),
            q("what can shelf posts be?", "Bricks, cones or steel tubes")
        );
        assert_eq!(
            asked("A shelf can be used for several firings"),
            q("what can a shelf be used for?", "Several firings")
        );
        assert_eq!(
            asked("Repairs can be done with kiln wash or grinding"),
            q("how can repairs be done?", "With kiln wash or grinding")
        );
        assert_eq!(
            asked("A damp cupboard may be vital for slow drying, especially in summer"),
            q(
                "what may a damp cupboard be vital for?",
                "Slow drying, especially in summer"
            )
        );
        assert_eq!(asked("Glaze batches can be up to 5 kg in weight"), None);
        // a quality, a purpose, or no subject, is no such fact
        assert_eq!(asked("Full kilns can be slow to cool"), None);
        assert_eq!(asked("Vents must be opened to let steam out"), None);
        assert_eq!(asked("Lids must be carefully closed, not slammed"), None);
        assert_eq!(asked("Can be fired in a garage"), None);
        assert_eq!(asked("Shelf posts cannot be bricks, cones or tubes"), None);
    }
}
