//! A relative clause on a thing the sentence names as it goes: "At the
//! top is a waxy glaze, which seals the pores" → "At the top is a waxy
//! glaze." and "The waxy glaze seals the pores.", each a statement of
//! its own.

use super::verbs::{looks_third_person, BE_HAVE};

/// Words that open the noun phrase a relative clause is of.
const ARTICLES: &[&str] = &["the", "a", "an"];

/// Most words of that noun phrase after its article.
const MAX_NOUN_WORDS: usize = 4;

/// The sentence, and the clause its ", which …" states of the noun before
/// it, apart; the sentence alone when it has none, or when it says what
/// its subject is ("Flux is a powder, which lowers …": the clause is part
/// of what the powder is).
pub fn which_apart(sentence: String) -> Vec<String> {
    let Some(at) = sentence.find(", which ") else {
        return vec![sentence];
    };
    let (head, tail) = (&sentence[..at], &sentence[at + ", which ".len()..]);
    let tail = tail.trim().trim_end_matches(['.', ';', '!']);
    let verb = tail.split_whitespace().next().unwrap_or_default();
    let states = looks_third_person(verb)
        || BE_HAVE.contains(&verb)
        || ["can", "will", "may", "must"].contains(&verb);
    let words: Vec<&str> = head.split_whitespace().collect();
    let Some(det) = (words.len().saturating_sub(MAX_NOUN_WORDS + 1)..words.len())
        .rev()
        .find(|&k| ARTICLES.contains(&words[k].to_lowercase().as_str()))
    else {
        return vec![sentence];
    };
    let noun = &words[det + 1..];
    // "The core ejects ultraviolet light": a verb inside is no noun phrase
    let (_, inner) = noun.split_last().unwrap_or((&"", &[]));
    let plain = !noun.is_empty()
        && !inner.iter().any(|w| looks_third_person(w))
        && noun.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '\'')
        });
    if !states || !plain || defines_subject(&words[..det]) || tail.contains(", which ") {
        return vec![sentence];
    }
    vec![
        format!("{head}."),
        format!("The {} {tail}.", noun.join(" ")),
    ]
}

/// "Flux is", "Kilns are": a head whose subject the noun phrase is said
/// to be (not "At the top is", a place before its verb).
fn defines_subject(before: &[&str]) -> bool {
    const PLACES: &[&str] = &[
        "at", "in", "on", "under", "below", "above", "inside", "behind",
    ];
    let be = before
        .iter()
        .any(|w| ["is", "are", "was", "were"].contains(&w.to_lowercase().as_str()));
    let placed = before
        .first()
        .is_some_and(|w| PLACES.contains(&w.to_lowercase().as_str()));
    be && !placed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relative_clause_on_a_named_thing_is_a_statement_of_its_own() {
        assert_eq!(
            which_apart("At the top is a waxy glaze, which seals the pores.".into()),
            [
                "At the top is a waxy glaze.",
                "The waxy glaze seals the pores."
            ]
        );
        assert_eq!(
            which_apart("The potter fires the green pot, which hardens the clay.".into()),
            [
                "The potter fires the green pot.",
                "The green pot hardens the clay."
            ]
        );
        // what the subject is keeps its clause; a clause of no verb stays
        let kept = [
            "Flux is a powder, which lowers the melting point.",
            "The kiln holds the pots, which in turn cool slowly.",
            "Glaze, which melts, coats the pot.",
            "The kiln ejects hot air, which dries the shelf.",
        ];
        for s in kept {
            assert_eq!(which_apart(s.into()), [s]);
        }
    }
}
