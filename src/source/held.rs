//! What someone held to be true, in their own words reported: "Leach
//! argued that a pot should show its making" → "what did Leach argue?" →
//! "A pot should show its making"; "Potters believe glazes …" → "what do
//! potters believe?". The clause after the verb is the answer, whatever
//! its own verbs ("cannot", "would") are.

use super::facts::Fact;
use super::statements::NOT_IN_SUBJECT;
use super::text::Lexicon;
use super::vocab::PRONOUNS;

/// Verbs of saying and thinking: the base, its past and its third person.
const HOLDING: &[(&str, &str, &str)] = &[
    ("believe", "believed", "believes"),
    ("argue", "argued", "argues"),
    ("claim", "claimed", "claims"),
    ("think", "thought", "thinks"),
    ("hold", "held", "holds"),
    ("maintain", "maintained", "maintains"),
    ("insist", "insisted", "insists"),
    ("fear", "feared", "fears"),
    ("say", "said", "says"),
    ("state", "stated", "states"),
    ("propose", "proposed", "proposes"),
    ("suggest", "suggested", "suggests"),
    ("contend", "contended", "contends"),
    ("assert", "asserted", "asserts"),
    ("conclude", "concluded", "concludes"),
    ("predict", "predicted", "predicts"),
    ("emphasise", "emphasised", "emphasises"),
    ("emphasize", "emphasized", "emphasizes"),
];

/// The base of a verb of holding a view in the third person ("believes"
/// → "believe").
pub fn holding_base(word: &str) -> Option<&'static str> {
    HOLDING.iter().find(|h| h.2 == word).map(|h| h.0)
}

/// Fewest words of a clause worth asking for.
const MIN_CLAUSE_WORDS: usize = 4;
/// Most words of a clause one card can ask for.
const MAX_CLAUSE_WORDS: usize = 25;

/// "Leach argued that …" → "what did Leach argue?".
pub fn held(c: &str, lex: &Lexicon) -> Option<Fact> {
    let words: Vec<&str> = c.split_whitespace().collect();
    // the verb after a subject of one to four words
    // (a longer subject when "that" opens the clause: "The weak form of
    // the rule states that …")
    let (at, (base, past, _), said) = (1..words.len().min(8)).find_map(|k| {
        let w = words[k].to_lowercase();
        HOLDING.iter().find_map(|h| {
            let form = [h.1, h.2].into_iter().find(|f| *f == w)?;
            Some((k, *h, form))
        })
    })?;
    let subject = words[..at].join(" ");
    let plain = plain_subject(&subject);
    let that = words.get(at + 1) == Some(&"that");
    let clause = words[at + 1..]
        .strip_prefix(&["that"])
        .unwrap_or(&words[at + 1..]);
    if at > 4 && !that {
        return None;
    }
    // "states the rule", "held the title": an object, no clause
    const FINITE: &[&str] = &["would", "could", "might", "shall", "did", "does", "do"];
    // "states that a cone bends …": "that" opens a clause
    let finite = that
        || clause.iter().take(6).any(|w| {
            let w = w.to_lowercase();
            super::verbs::BE_HAVE.contains(&w.as_str())
                || super::vocab::MODALS.contains(&w.as_str())
                || FINITE.contains(&w.as_str())
        });
    if !plain || !(MIN_CLAUSE_WORDS..=MAX_CLAUSE_WORDS).contains(&clause.len()) || !finite {
        return None;
    }
    let named = as_subject(&subject, lex);
    let q = match said == past {
        true => format!("what did {named} {base}?"),
        // "thinks" says one thinker, whatever the name ends with
        false => format!("what does {named} {base}?"),
    };
    Some(Fact::asked(q, &clause.join(" ")))
}

/// Whether a sentence opens on a subject a question can name: a capital,
/// no pronoun, no verb, conjunction or negation (`NOT_IN_SUBJECT`), no
/// aside or quote.
pub(super) fn plain_subject(subject: &str) -> bool {
    let lower: Vec<String> = subject.split_whitespace().map(str::to_lowercase).collect();
    subject.starts_with(char::is_uppercase)
        && lower
            .first()
            .is_some_and(|w| !PRONOUNS.contains(&w.as_str()))
        && !lower.iter().any(|w| NOT_IN_SUBJECT.contains(&w.as_str()))
        && !subject.contains([',', '(', ':', '"'])
}

/// A subject as a question writes it: "Leach" (one word never written in
/// lower case, and no plural, is a name) kept, other words in lower case.
pub(super) fn as_subject(subject: &str, lex: &Lexicon) -> String {
    let lower = subject.to_lowercase();
    let one_name =
        !lower.contains(' ') && lex.never_lower(&lower) && !super::text::looks_plural(&lower);
    match one_name {
        true => subject.to_string(),
        false => lex.lc_phrase(subject),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::parties::Parties;

    fn qa(s: &str) -> Option<(String, String)> {
        let lex = Lexicon::new(s, Parties::default());
        held(s, &lex).map(|f| (f.question, f.answer))
    }

    #[test]
    fn what_was_held_is_asked_of_who_held_it() {
        assert_eq!(
            qa("Leach argued that a pot should show its making"),
            Some((
                "what did Leach argue?".into(),
                "A pot should show its making".into()
            ))
        );
        assert_eq!(
            qa("Guild potters believed glazes cannot be rushed in the kiln"),
            Some((
                "what did guild potters believe?".into(),
                "Glazes cannot be rushed in the kiln".into()
            ))
        );
        assert_eq!(
            qa("Leach feared that the guild would close the kilns"),
            Some((
                "what did Leach fear?".into(),
                "The guild would close the kilns".into()
            ))
        );
        assert_eq!(
            qa("Hamada claims that the best pots are made quickly"),
            Some((
                "what does Hamada claim?".into(),
                "The best pots are made quickly".into()
            ))
        );
    }

    #[test]
    fn a_clause_opened_by_that_is_held_whatever_its_verb() {
        assert_eq!(
            qa("The cone rule states that a cone bends at a set heat"),
            Some((
                "what does the cone rule state?".to_string(),
                "A cone bends at a set heat".to_string()
            ))
        );
        // a longer subject, when "that" says where the clause starts
        assert_eq!(
            qa("The weak form of the cone rule states that a cone bends early").map(|(q, _)| q),
            Some("what does the weak form of the cone rule state?".to_string())
        );
        assert_eq!(qa("The weak form of the cone rule states the rules"), None);
    }

    #[test]
    fn an_object_a_pronoun_or_a_short_clause_is_left() {
        assert_eq!(qa("The charter states the rules of the guild"), None);
        assert_eq!(qa("He argued that pots should be plain"), None);
        assert_eq!(qa("Leach said it was so"), None);
        assert_eq!(qa("The guild held a fair in Delft every year"), None);
    }
}
