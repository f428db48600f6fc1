//! What a note says a thing can be, or can have done to it: "Shelf posts
//! can be bricks, cones or steel tubes" → "what can shelf posts be?",
//! "One shelf can be used for several firings" → "what can one shelf be
//! used for?", "Repairs can be done with kiln wash" → "how can repairs
//! be done?".

use super::facts::Fact;
use super::statements::{fact, subject_phrase, MAX_SUBJECT_WORDS};
use super::text::Lexicon;
use super::verbs::participle;

/// The fact of a statement "X can be …", "X must be …".
pub fn can_be(c: &str, lex: &Lexicon) -> Option<Fact> {
    const MODALS: &[&str] = &["can", "may", "must", "should"];
    let words: Vec<&str> = c.split_whitespace().collect();
    let at = words
        .iter()
        .take(MAX_SUBJECT_WORDS + 1)
        .position(|w| MODALS.contains(&w.to_lowercase().as_str()))?;
    if at == 0 || words.get(at + 1).map(|w| w.to_lowercase()).as_deref() != Some("be") {
        return None;
    }
    let modal = words[at].to_lowercase();
    let rest = &words[at + 2..];
    let subject = subject_phrase(&words[..at].join(" "), lex, true)?;
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
        can_be(s, &lex).map(|f| (f.question, f.answer))
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
        // a quality, a purpose, or no subject, is no such fact
        assert_eq!(asked("Full kilns can be slow to cool"), None);
        assert_eq!(asked("Vents must be opened to let steam out"), None);
        assert_eq!(asked("Lids must be carefully closed, not slammed"), None);
        assert_eq!(asked("Can be fired in a garage"), None);
    }
}
