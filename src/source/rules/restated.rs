//! A meaning that opens with its term said again ("**Crawling**:
//! Crawling is the pulling back …"): what follows the term is the
//! meaning, and a "what is crawling?" the sentence gave already asks it.

use super::super::facts::Fact;

/// The meaning after its term said again ("Shivering is when …" keeps
/// its term: "when" alone would read as a time of use).
pub(super) fn after_term<'d>(term: &str, defining: &'d str) -> &'d str {
    let said = format!("{} is ", term.to_lowercase());
    let rest = defining
        .get(..said.len())
        .filter(|head| head.to_lowercase() == said)
        .and_then(|_| defining.get(said.len()..));
    let case = |r: &str| {
        ["when ", "where "]
            .iter()
            .any(|w| r.to_lowercase().starts_with(w))
    };
    match rest {
        Some(r) if !case(r) => r.trim_start(),
        _ => defining,
    }
}

/// Whether the item's sentence already asked what `term` is, its
/// meaning opening with the term said again.
pub(super) fn asked_already(def: &str, term: &str, found: &[Fact]) -> bool {
    restated(def, term) && found.iter().any(|f| defines(&f.question, term))
}

/// Whether a meaning opens with its term said again ("Crawling is …",
/// "An oxymoron is …").
fn restated(def: &str, term: &str) -> bool {
    let lower = def.to_lowercase();
    let bare = ["a ", "an ", "the "]
        .iter()
        .find_map(|a| lower.strip_prefix(a))
        .unwrap_or(&lower);
    bare.starts_with(&format!("{} ", term.to_lowercase()))
}

/// Whether a question asks what `term` is ("what is crawling?").
fn defines(question: &str, term: &str) -> bool {
    let q = question.to_lowercase();
    let asked = ["what is ", "what are "]
        .iter()
        .find_map(|w| q.strip_prefix(w))
        .map(|r| r.trim_end_matches('?'));
    let asked = asked.map(|r| {
        ["a ", "an ", "the "]
            .iter()
            .find_map(|a| r.strip_prefix(a))
            .unwrap_or(r)
    });
    asked == Some(term.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_term_said_again_is_left_out_of_its_meaning() {
        assert_eq!(after_term("Slip", "Slip is clay thinned"), "clay thinned");
        assert_eq!(
            after_term("Slip", "Slip is when clay is thinned"),
            "Slip is when clay is thinned"
        );
        assert_eq!(after_term("n₁", "n₁ sin i"), "n₁ sin i");
        assert!(restated("An oxymoron is a pair", "oxymoron"));
        assert!(defines("what is an oxymoron?", "Oxymoron"));
        assert!(!defines("what is a kiln for?", "kiln"));
    }
}
