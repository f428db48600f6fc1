//! A sentence read as two statements, each with its subject: "Sellers
//! must accept the market price and are called price takers", "Ketones
//! are similar to aldehydes, but are bonded to a carbon group", a subject
//! with an aside, a relative clause on a thing named as it goes.

use super::text::{capitalise, first_word, Lexicon};

/// "Sellers must accept the market price and are called price takers":
/// two clauses, the second with the subject of the first ("Sellers are
/// called price takers").
pub fn called_apart(sentence: String, lex: &Lexicon) -> Vec<String> {
    // the words that end the subject: a modal, or an adverb before the verb
    const VERB_LEADS: &[&str] = &["must", "can", "should", "will", "may", "cannot", "often"];
    for (sep, be) in [(" and are called ", "are"), (" and is called ", "is")] {
        let Some(at) = sentence.find(sep) else {
            continue;
        };
        let (head, name) = (&sentence[..at], &sentence[at + sep.len()..]);
        let words: Vec<&str> = head.split_whitespace().collect();
        let subject = match words.iter().position(|w| VERB_LEADS.contains(w)) {
            Some(k) if (1..=8).contains(&k) => Some(words[..k].join(" ")),
            _ => super::means::inverted(head, lex, false).map(|(_, s, _)| s),
        };
        if let Some(subject) = subject {
            let named = format!("{} {be} called {name}", capitalise(&subject));
            return vec![format!("{head}."), named];
        }
    }
    if let Some(parts) = but_apart(&sentence) {
        return parts.into();
    }
    match super::definition::aside_apart(&sentence) {
        Some(parts) => parts.into(),
        None => super::which::which_apart(sentence),
    }
}

/// "Ketones are similar to aldehydes, but are bonded to a carbon group":
/// two sentences, the second with the subject of the first ("Ketones are
/// bonded to a carbon group").
fn but_apart(sentence: &str) -> Option<[String; 2]> {
    const VERBS: &[&str] = &["is", "are", "has", "have", "can", "must", "was", "were"];
    let at = sentence.find(", but ")?;
    let (head, after) = (&sentence[..at], &sentence[at + 6..]);
    if !VERBS.contains(&first_word(after).as_str()) {
        return None;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let k = words.iter().position(|w| VERBS.contains(w))?;
    if !(1..=6).contains(&k) || words[..k].iter().any(|w| w.ends_with(',')) {
        return None;
    }
    let subject = words[..k].join(" ");
    Some([format!("{head}."), format!("{subject} {after}")])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_predicate_after_but_takes_the_subject() {
        assert_eq!(
            but_apart("Ketones are similar to aldehydes, but are bonded to a carbon group."),
            Some([
                "Ketones are similar to aldehydes.".to_string(),
                "Ketones are bonded to a carbon group.".to_string()
            ])
        );
        // a clause with its own subject
        assert_eq!(
            but_apart("Ketones are similar to aldehydes, but the carbonyl sits inside."),
            None
        );
    }
}
