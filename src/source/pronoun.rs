//! "It" and "they" that open a sentence, read as the subject of the
//! sentence before: "The thermocouple measures heat. It sends a reading
//! every second." → "The thermocouple sends a reading every second." A
//! card shows one sentence, so the pronoun must be named.

use super::statements::{subject_phrase, MAX_SUBJECT_WORDS};
use super::text::{capitalise, first_word, strip_markers, Lexicon};
use super::verbs::{known_third_person, known_verb, BE_HAVE};
use super::vocab::MODALS;

/// A helper that follows a subject as its verb does ("It can …").
fn helper(w: &str) -> bool {
    MODALS.contains(&w) || w == "does"
}

/// The subject of a sentence that opens "subject verb …": a short noun
/// phrase the question can name, with the words before its verb.
pub fn subject_of(sentence: &str, lex: &Lexicon) -> Option<String> {
    let words: Vec<&str> = strip_markers(sentence).split_whitespace().collect();
    let at = (1..words.len().min(MAX_SUBJECT_WORDS + 1)).find(|&k| {
        // "Kinesis Data Streams (KDS) is …": a capital is part of a name
        if words[k].starts_with(char::is_uppercase) {
            return false;
        }
        let w = words[k].to_lowercase();
        let plural_noun = super::text::looks_plural(&words[k - 1].to_lowercase());
        known_third_person(&w)
            || super::statements::is_statement_verb(&w)
            || BE_HAVE.contains(&w.as_str())
            || helper(&w)
            || plural_noun && known_verb(&w)
    })?;
    let phrase = words[..at].join(" ");
    // "Kiln Wash Streams (KWS)": the name without its short form
    let phrase = match phrase.split_once(" (") {
        Some((name, short)) if short.ends_with(')') => name.to_string(),
        _ => phrase,
    };
    subject_phrase(&phrase, lex, false)
}

/// The sentence with its opening "It" or "They" named as `subject`, when
/// the number agrees and the pronoun stands for a thing (not "It is
/// important to …").
pub fn named(sentence: &str, subject: &str) -> Option<String> {
    let (pronoun, rest) = sentence.split_once(' ')?;
    let plural = super::text::looks_plural(&subject.split_whitespace().last()?.to_lowercase());
    let agrees = match pronoun {
        "It" => !plural,
        "They" => plural,
        _ => false,
    };
    if !agrees || dummy(rest) {
        return None;
    }
    Some(format!("{} {rest}", capitalise(subject)))
}

/// A sentence with its opening "It" or "They" named as the subject of the
/// sentence before, or with `heading` put before the verb it opens with
/// (`heading` is taken by the first sentence that opens otherwise); the
/// name put in, if any.
pub fn resolve(
    sentence: String,
    before: Option<String>,
    heading: &mut Option<String>,
    topic: Option<&str>,
) -> (String, Option<String>) {
    // "This occurs when …" in the section on what it names: the heading,
    // while no sentence has named another subject
    // (an event is named without an article: "reduction occurs when …")
    let topic = topic.map(|t| t.strip_prefix("the ").unwrap_or(t));
    let on_topic = match (&before, topic) {
        (Some(b), Some(t)) => b.strip_prefix("the ").unwrap_or(b).eq_ignore_ascii_case(t),
        _ => true,
    };
    if let Some(t) = topic.filter(|_| on_topic) {
        if let Some(s) = event(&sentence, t) {
            return (s, Some(t.to_string()));
        }
    }
    if let Some((s, n)) = before.and_then(|n| Some((named(&sentence, &n)?, n))) {
        return (s, Some(n));
    }
    let Some(h) = heading.take() else {
        return (sentence, None);
    };
    match verb_first(&sentence, &h) {
        Some(s) => {
            *heading = Some(h.clone());
            (s, Some(h))
        }
        None => (sentence, None),
    }
}

/// "This happens when …", "It occurs if …": a sentence about when an
/// event comes about, with `subject`, the event, named for its pronoun.
pub fn event(sentence: &str, subject: &str) -> Option<String> {
    let (pronoun, rest) = sentence.split_once(' ')?;
    let (verb, tail) = rest.split_once(' ')?;
    let event = ["occurs", "happens", "arises"].contains(&verb)
        && ["when", "if", "because", "during", "after", "in", "as"]
            .contains(&first_word(tail).as_str());
    let singular = !super::text::looks_plural(&subject.split_whitespace().last()?.to_lowercase());
    (["This", "It"].contains(&pronoun) && event && singular)
        .then(|| format!("{} {rest}", capitalise(subject)))
}

/// A sentence that opens with its verb ("Stores metadata about the
/// cluster." under "Leader node") with `subject` put before it: "The
/// leader node stores metadata about the cluster."
pub fn verb_first(sentence: &str, subject: &str) -> Option<String> {
    let (verb, rest) = sentence.split_once(' ')?;
    let lower = verb.to_lowercase();
    // "Stores are …": a noun, its verb after it
    let next = first_word(rest);
    // "Updates propagate lazily": a plural noun and its verb
    // "Changes made by one developer …": a noun and what it underwent
    let noun = BE_HAVE.contains(&next.as_str())
        || helper(&next)
        || known_verb(&next)
        || super::verbs::done_to(rest);
    let known = known_third_person(&lower) || super::statements::is_statement_verb(&lower);
    let opens = verb.starts_with(char::is_uppercase) && known;
    // "caused by …" in lower case: a fragment, the same state
    let fragment = verb.starts_with(char::is_lowercase) && next == "by";
    if (verb.starts_with(char::is_uppercase) || fragment) && !noun && state_first(&lower, &next) {
        // "Available as a slab", "Supported by Skutt": the subject is so
        let last = subject.rsplit(' ').next().unwrap_or(subject);
        let be = if super::text::looks_plural(last) {
            "are"
        } else {
            "is"
        };
        return Some(format!("{} {be} {lower} {rest}", capitalise(subject)));
    }
    (opens && !noun && !dummy(rest)).then(|| format!("{} {lower} {rest}", capitalise(subject)))
}

/// "Available as …", "Supported by …", "Designed for …": a sentence
/// that opens with the state of its unnamed subject.
fn state_first(word: &str, next: &str) -> bool {
    const STATES: &[&str] = &["available", "responsible", "ideal", "useful", "suitable"];
    let by = ["by", "for", "as", "in", "on", "to", "with"].contains(&next);
    by && (STATES.contains(&word) || super::verbs::participle(word))
}

/// Whether a fact read from a sentence whose pronoun was named kept the
/// name whole: a rule that split it ("what does the ancient resource?")
/// misread the sentence.
pub fn keeps(question: &str, answer: &str, subject: &str) -> bool {
    let subject = subject.to_lowercase();
    [question, answer]
        .iter()
        .any(|t| t.to_lowercase().contains(&subject))
}

/// "is important to …", "was clear that …", "takes time", "is the gene
/// that …": the pronoun stands for nothing named.
fn dummy(rest: &str) -> bool {
    let lower = rest.to_lowercase();
    // "is the gene that …", "was later found by Avery that …"; "is a
    // kiln that …" says what it is
    let head: Vec<&str> = lower.split_whitespace().take(12).collect();
    let cleft = head.len() > 2
        && ["is", "was"].contains(&head[0])
        && !["a", "an", "used"].contains(&head[1])
        && head[2..].iter().any(|w| ["that", "who"].contains(w));
    if cleft {
        return true;
    }
    let words: Vec<String> = rest
        .split_whitespace()
        .take(3)
        .map(str::to_lowercase)
        .collect();
    let be = |w: &str| BE_HAVE.contains(&w);
    match &words[..] {
        [verb, ..] if ["seems", "seem", "takes", "turns", "appears"].contains(&verb.as_str()) => {
            true
        }
        [verb, _, next, ..] => be(verb) && ["to", "that", "for"].contains(&next.as_str()),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        Lexicon::default()
    }

    #[test]
    fn a_sentence_names_its_subject_before_its_verb() {
        let lex = lex();
        let subject = |s: &str| subject_of(s, &lex);
        assert_eq!(
            subject("The thermocouple measures the chamber heat."),
            Some("the thermocouple".to_string())
        );
        assert_eq!(
            subject("Kiln wash is a coat of alumina."),
            Some("kiln wash".to_string())
        );
        assert_eq!(
            subject("Cone packs contain three cones."),
            Some("cone packs".to_string())
        );
        assert_eq!(subject("It sends a reading every second."), None);
        assert_eq!(subject("Stores the firing plan."), None);
        assert_eq!(
            subject("Kiln Wash Streams (KWS) is a coat."),
            Some("Kiln Wash Streams".to_string())
        );
    }

    #[test]
    fn a_noun_and_what_it_underwent_opens_no_predicate() {
        assert_eq!(
            verb_first("Changes made by one potter can spoil a firing.", "glazes"),
            None
        );
        assert_eq!(
            verb_first("Stores the firing plan.", "the controller"),
            Some("The controller stores the firing plan.".to_string())
        );
    }

    #[test]
    fn a_cleft_it_stands_for_nothing() {
        assert_eq!(
            named(
                "It is the mix of the clay body and the glaze recipe that decides the colour.",
                "the kiln"
            ),
            None
        );
        assert_eq!(
            named("It is a kiln that burns wood.", "the anagama"),
            Some("The anagama is a kiln that burns wood.".to_string())
        );
    }

    #[test]
    fn an_event_pronoun_is_named_as_the_section_it_is_in() {
        assert_eq!(
            event("This occurs when the bung is left out.", "kiln push"),
            Some("Kiln push occurs when the bung is left out.".to_string())
        );
        assert_eq!(
            event("It happens if the pot cools fast.", "dunting"),
            Some("Dunting happens if the pot cools fast.".to_string())
        );
        // "This means …" is no event; "cracks" is no event of its own
        assert_eq!(event("This means the kiln is cold.", "dunting"), None);
        assert_eq!(event("This occurs when pots cool.", "cracks"), None);
        // after a sentence about something else, "This" is that
        let mut heading = None;
        let (s, _) = resolve(
            "This occurs when the lid sticks.".into(),
            Some("the kiln".into()),
            &mut heading,
            Some("the bloating"),
        );
        assert_eq!(s, "This occurs when the lid sticks.");
    }

    #[test]
    fn it_and_they_are_named_when_the_number_agrees() {
        assert_eq!(
            named("It sends a reading every second.", "the thermocouple"),
            Some("The thermocouple sends a reading every second.".to_string())
        );
        assert_eq!(
            named("They melt at set heats.", "cone packs"),
            Some("Cone packs melt at set heats.".to_string())
        );
        assert_eq!(named("They melt at set heats.", "the kiln"), None);
        assert_eq!(named("It sends a reading.", "cone packs"), None);
        assert_eq!(named("The kiln sends a reading.", "the kiln"), None);
        assert_eq!(
            named("It is a kiln that fires twice.", "the old kiln"),
            Some("The old kiln is a kiln that fires twice.".to_string())
        );
    }

    #[test]
    fn a_sentence_that_opens_with_its_verb_takes_the_heading() {
        assert_eq!(
            verb_first("Stores the firing plan for the studio.", "the lead kiln"),
            Some("The lead kiln stores the firing plan for the studio.".to_string())
        );
        assert_eq!(
            verb_first("Stores are shut on Sundays.", "the lead kiln"),
            None
        );
        assert_eq!(verb_first("Updates spread slowly.", "the lead kiln"), None);
        assert_eq!(
            verb_first("Available as a slab.", "the kiln shelf").as_deref(),
            Some("The kiln shelf is available as a slab.")
        );
        assert_eq!(
            verb_first("Supported by Skutt.", "kiln props").as_deref(),
            Some("Kiln props are supported by Skutt.")
        );
        assert_eq!(verb_first("Available shelves are few.", "the kiln"), None);
        assert_eq!(verb_first("The kiln stores heat.", "the lead kiln"), None);
        assert_eq!(verb_first("stores heat.", "the lead kiln"), None);
    }

    #[test]
    fn a_fact_keeps_the_named_subject_whole() {
        let subject = "the ancient kilns";
        assert!(keeps("what do the ancient kilns fire?", "Pots", subject));
        assert!(keeps(
            "what is the oldest kiln?",
            "The ancient kilns",
            subject
        ));
        assert!(!keeps("what does the ancient kiln?", "Fire pots", subject));
    }

    #[test]
    fn an_it_that_stands_for_nothing_is_left() {
        for s in [
            "It is important to vent the kiln.",
            "It was clear that the glaze had run.",
            "It takes a day to cool.",
            "It seems hot.",
            "It is the glaze (not the clay) that holds the colour.",
            "It was later shown by a potter that the glaze runs.",
        ] {
            assert_eq!(named(s, "the kiln"), None, "{s}");
        }
    }
}
