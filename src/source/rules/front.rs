//! Checks on a question before its card is made: a front put together
//! from a note's broken grammar ("what is can manage …?") or one that
//! only makes sense beside the notes ("what is the endpoint of our
//! descriptions?", "how are the suffixes above used?") asks nothing a
//! learner can answer.

use super::super::text::first_word;
use super::super::vocab::MODALS;

/// Words that point at the notes themselves, not at what they teach.
const NOTE_POINTERS: &[&str] = &["our", "above", "below", "aforementioned"];

/// Whether no card should ask `question`: one put together from a note's
/// broken grammar, or one that points at the notes. A gap's sentence is
/// the note's own, and not judged.
pub(super) fn unaskable(question: &str) -> bool {
    let asks = !question.contains("[...]") && question.ends_with('?');
    asks && (helpers_clash(question) || points_at_the_notes(question)) || asks_a_caption(question)
}

/// "what is meant by “Image 1”?": a caption's label, no term.
fn asks_a_caption(question: &str) -> bool {
    const CAPTIONS: &[&str] = &[
        "image", "figure", "fig", "fig.", "diagram", "picture", "photo", "chart", "graph",
    ];
    let Some((_, quoted)) = question.split_once('“') else {
        return false;
    };
    let term = quoted.split('”').next().unwrap_or_default().to_lowercase();
    match term.split_whitespace().collect::<Vec<_>>().as_slice() {
        [label, n] => CAPTIONS.contains(label) && n.chars().all(|c| c.is_ascii_digit() || c == '.'),
        _ => false,
    }
}

/// The pronouns a question's subject may be.
const PRONOUNS: &[&str] = &["it", "they", "he", "she", "we", "you"];

/// Whether a question put together from a note's broken grammar has two
/// helpers in a row ("what is can manage …?", "what does can …?"), a
/// helper and "then" ("where is then data mapped?"), a helper and what
/// cannot follow it ("what can after replication genes go?", "what does
/// NOTE AWS guarantee?", "what cannot Some words be …?", "what does Be
/// default do?"), an adverb where the verb should end it ("what can
/// they either?") or an article ("what is the?").
fn helpers_clash(question: &str) -> bool {
    // "what is be careful …?": "be" right after the opening "is"
    let opening_be = |k: usize, a: &str| k == 2 && ["is", "are"].contains(&a);
    const BE: &[&str] = &["is", "are", "was", "were"];
    const DO: &[&str] = &["does", "do", "did"];
    const NEVER_AFTER: &[&str] = &[
        "then",
        "note",
        "nb",
        "tip",
        "important",
        "since",
        "because",
        "although",
        "whereas",
        "even",
        "and",
        "or",
        "but",
    ];
    const HEDGES: &[&str] = &["perhaps", "maybe", "probably"];
    const NOT_AFTER_VERB: &[&str] = &[
        "after", "before", "during", "in", "on", "at", "with", "from", "by", "for",
    ];
    const DETERMINERS: &[&str] = &["Some", "This", "These", "Many", "Most", "All"];
    let words: Vec<&str> = question.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let helper = |w: &str| BE.contains(&w) || DO.contains(&w) || MODALS.contains(&w);
    let clash = (1..words.len()).any(|k| {
        let (a, b) = (lower[k - 1].as_str(), lower[k].as_str());
        // right after the question word, a helper needs its subject
        let opening = k == 2 && (DO.contains(&a) || MODALS.contains(&a));
        helper(a)
            && (helper(b)
                || NEVER_AFTER.contains(&b)
                || DETERMINERS.contains(&words[k])
                || (DO.contains(&a) || opening_be(k, a)) && b == "be"
                || opening && NOT_AFTER_VERB.contains(&b)
                // "what do Still have?": an adverb where the subject goes
                || opening && ["still", "also", "just", "even"].contains(&b)
                // "why are perhaps they correlated?"
                || HEDGES.contains(&b) && lower.get(k + 1).is_some_and(|c| PRONOUNS.contains(&c.as_str())))
    });
    clash || ends_badly(&lower)
}

/// Whether a question's words (lower-cased) lack a verb after their
/// subject ("what does the claim?"), end on an article, an adverb or a
/// verb's "to", or ask what a quality does.
fn ends_badly(lower: &[String]) -> bool {
    const DO: &[&str] = &["does", "do", "did"];
    const ADVERB_ENDS: &[&str] = &["either", "also", "only", "even", "still", "both", "just"];
    // "what does the claim?": a subject and no verb after it
    let no_verb = lower.len() <= 4
        && lower.get(1).is_some_and(|w| DO.contains(&w.as_str()))
        && lower
            .get(2)
            .is_some_and(|w| ["the", "a", "an"].contains(&w.as_str()));
    let last = lower.last().map_or("", |w| w.trim_end_matches('?'));
    // "what is the?": an article with no noun; "what is it started
    // to?": a verb's "to" with no verb
    // ("what is the formula for a?": a symbol)
    let symbol = lower.len() >= 2
        && lower[lower.len() - 2] == "for"
        && lower.contains(&"formula".to_string());
    let article_end = ["the", "a", "an"].contains(&last) && !symbol;
    const BEFORE_A_VERB: &[&str] = &[
        "started",
        "began",
        "tried",
        "wanted",
        "needed",
        "decided",
        "attempted",
        "continued",
        "failed",
        "planned",
        "hoped",
        "refused",
        "agreed",
        "managed",
        "aimed",
        "intended",
    ];
    let before_last = lower.len().checked_sub(2).map_or("", |k| lower[k].as_str());
    let to_end = last == "to" && BEFORE_A_VERB.contains(&before_last);
    // "what does simple to implement do?": a quality, not a thing
    let quality = matches!(lower, [_, d, subject @ .., v] if DO.contains(&d.as_str()) && v == "do?" && quality(subject));
    // "what do they often?": an adverb where the subject's verb goes
    let pronoun = PRONOUNS.contains(&before_last);
    let adverb_for_verb = pronoun && crate::source::vocab::ADVERBS.contains(&last);
    no_verb
        || verbless(lower)
        || ADVERB_ENDS.contains(&last)
        || article_end
        || to_end
        || quality
        || adverb_for_verb
}

/// "Simple to implement", "hard to control": a quality (an adjective and
/// what it is said of), which names no thing that acts or leads.
pub(super) fn quality<S: AsRef<str>>(words: &[S]) -> bool {
    matches!(words, [_, to, _] if to.as_ref().eq_ignore_ascii_case("to"))
}

/// "what does the razor tell?" → "Us that the simplest …": the verb's
/// person goes into the question ("what does the razor tell us?") and
/// the answer starts after it. None when the answer starts otherwise.
pub(super) fn object_moved(question: &str, back: &str) -> Option<(String, String)> {
    // (and "what do decomposers break?" → "Down dead leaves": the verb's
    // particle, "break down")
    const OBJECTS: &[&str] = &["us", "them", "me", "down", "up", "out", "off", "away"];
    let (first, rest) = back.trim().split_once(' ')?;
    let asks_a_verb = question.starts_with(['w', 'W', 'h', 'H']) && question.ends_with('?');
    let object = OBJECTS.contains(&first.to_lowercase().as_str());
    // "Up to 5 kg", "Out of the kiln": a preposition, no particle
    let particle = !["us", "them", "me"].contains(&first.to_lowercase().as_str());
    let preposition = particle && ["to", "of"].contains(&first_word(rest).as_str());
    if !asks_a_verb || !object || preposition || rest.split_whitespace().count() < 2 {
        return None;
    }
    let rest = rest.strip_prefix("that ").unwrap_or(rest);
    let q = question.trim_end_matches('?');
    Some((format!("{q} {}?", first.to_lowercase()), rest.to_string()))
}

/// "what does it take?" → "Place over a long period": a verb asked apart
/// from the noun that makes one idiom with it ("take place", "give
/// rise"), so the answer does not answer.
pub(super) fn idiom_split(question: &str, back: &str) -> bool {
    const IDIOMS: &[(&str, &[&str])] = &[
        ("take", &["place", "part", "effect", "hold", "shape"]),
        ("give", &["rise", "way"]),
        ("make", &["sense", "use"]),
    ];
    let verb = question
        .trim_end_matches('?')
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .to_lowercase();
    let noun = first_word(back);
    IDIOMS.iter().any(|(v, nouns)| {
        super::super::verbs::base_form(&verb) == *v && nouns.contains(&noun.as_str())
    })
}

/// "potter@guild.org": one word that is an e-mail address.
pub(super) fn email_address(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    let Some((user, host)) = t.split_once('@') else {
        return false;
    };
    !user.is_empty() && host.contains('.') && !t.contains(char::is_whitespace)
}

/// "Through this process", "In that way", "By these means": an answer
/// that only points back at what the note said before, no fact.
pub(super) fn points_back(answer: &str) -> bool {
    let words: Vec<String> = answer
        .trim()
        .trim_end_matches('.')
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    (2..=3).contains(&words.len())
        && ["through", "in", "by", "with", "from", "like", "via"].contains(&words[0].as_str())
        && super::gap::POINTING.contains(&words[1].as_str())
}

/// "why does the fusion of two cells?", "what does a believer in
/// ghosts?", "what does each of the two college?": a "does" question
/// whose subject runs on through "of", "in" or "with" with no verb left
/// after it.
fn verbless(lower: &[String]) -> bool {
    use super::super::verbs::{base_form, known_verb, only_a_verb, STATEMENT_VERBS};
    const WH: &[&str] = &["what", "why", "how", "when", "where"];
    const COMMON: &[&str] = &[
        "state", "put", "say", "mean", "show", "set", "let", "hold", "tell", "give", "make",
        "take", "get", "go", "come", "see", "know", "find", "keep", "look", "need", "want", "do",
        "be", "have",
    ];
    let (Some(wh), Some(aux)) = (lower.first(), lower.get(1)) else {
        return false;
    };
    if !WH.contains(&wh.as_str()) || !["does", "do", "did"].contains(&aux.as_str()) {
        return false;
    }
    let rest: Vec<&str> = lower[2..].iter().map(|w| w.trim_end_matches('?')).collect();
    // ("why do pots crack in the kiln?": a bare subject may be a verb's)
    let article = rest
        .first()
        .is_some_and(|w| ["the", "a", "an", "each"].contains(w));
    let joined = article
        && rest
            .iter()
            .skip(1)
            .any(|w| ["of", "in", "with"].contains(w));
    let verb = |w: &&str| {
        let base = base_form(w);
        [*w, base.as_str()].iter().any(|b| {
            known_verb(b) || only_a_verb(b) || STATEMENT_VERBS.contains(b) || COMMON.contains(b)
        })
    };
    joined && !rest.iter().any(verb)
}

/// Whether a question points at the notes: "our descriptions", "the
/// suffixes above".
fn points_at_the_notes(question: &str) -> bool {
    let words: Vec<String> = question
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    // "what if we exceed our quota?": "our" is the reader's
    let reader = words.iter().any(|w| w == "we" || w == "us");
    words
        .iter()
        .any(|w| NOTE_POINTERS.contains(&w.as_str()) && !(reader && w == "our"))
}

/// "What is climate change?" over "what does climate change refer to?":
/// a question heading whose words the question under it says again (half
/// of them or more, and no "it" left to name), so it adds nothing.
pub(super) fn restates(heading: &str, question: &str) -> bool {
    const ASKING: &[&str] = &["what", "which", "when", "where", "does", "how", "why"];
    let words = |t: &str| -> Vec<String> {
        t.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 4 && !ASKING.contains(w))
            .map(str::to_string)
            .collect()
    };
    let (said, asked) = (words(heading), words(question));
    let q = format!(" {} ", question.to_lowercase().trim_end_matches('?'));
    let leans = [" it ", " its ", " they ", " them ", " this ", " these "]
        .iter()
        .any(|w| q.contains(w));
    let shared = said.iter().filter(|w| asked.contains(w)).count();
    !said.is_empty() && 2 * shared >= said.len() && !leans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_heading_said_again_by_its_question_adds_nothing() {
        assert!(restates(
            "What is slip casting?",
            "what does slip casting need?"
        ));
        // a heading the question does not name, or an "it" to name
        assert!(!restates(
            "Which kiln is right for me?",
            "what is meant by “Raku”?"
        ));
        assert!(!restates("What is slip casting?", "what does it need?"));
    }

    #[test]
    fn two_helpers_in_a_row_are_a_garbled_question() {
        assert!(unaskable("what is can manage the kiln from?"));
        assert!(unaskable("where is then the clay stored?"));
        // an article ends no question, but a symbol named "a" may
        assert!(unaskable("what is the?"));
        assert!(!unaskable("what is the formula for a?"));
        assert!(unaskable("what can after firing pots go?"));
        assert!(unaskable("what does NOTE the kiln need?"));
        assert!(unaskable("what cannot Some pots be glazed with?"));
        assert!(unaskable("what does Be default do?"));
        assert!(unaskable("what does Simple to fire do?"));
        assert!(unaskable("what do Still have?"));
        assert!(unaskable("what can they either?"));
        assert!(unaskable("what is the?"));
        assert!(unaskable("what does the claim?"));
        assert!(unaskable("what is meant by “Figure 2”?"));
        assert!(!unaskable("what is meant by “Figure ground”?"));
        assert!(unaskable("why does the fusion of two clays?"));
        assert!(unaskable("what does a believer in kiln spirits?"));
        assert!(!unaskable("what does the law of shrinkage state?"));
        assert!(!unaskable("what does the rate of a firing tell us?"));
        assert!(!unaskable("what does a kiln consist of?"));
        assert!(!unaskable("why do pots crack in the kiln?"));
        assert!(!unaskable("what does a rise in fuel prices do?"));
        assert!(!unaskable("what does the kiln need?"));
        assert!(unaskable("what are since they?"));
        assert!(unaskable("why are or perhaps they cracked?"));
        assert!(unaskable("why are perhaps they cracked?"));
        assert!(!unaskable("what is perhaps the oldest glaze?"));
        assert!(unaskable("what is it started to?"));
        assert!(unaskable("what is it hoped to?"));
        assert!(!unaskable("what is the glaze compared to?"));
        assert!(!unaskable("what is in the kiln?"));
        assert!(!unaskable("what can be fired at cone 6?"));
        assert!(!unaskable("what can we do with a kiln?"));
        assert!(!unaskable("what does The Potter's Guild do?"));
        assert!(!unaskable("what does the kiln do?"));
        // a subject run on through "with" or "each of", and "even if"
        assert!(unaskable("what does a kiln with a flue?"));
        assert!(unaskable("what does each of the two kilns?"));
        assert!(unaskable("where is even if the kiln fired?"));
        assert!(!unaskable("what can a potter glaze?"));
        assert!(!unaskable("which kilns are cheapest, and why?"));
        assert!(!unaskable("The clay is then [...] by hand."));
    }

    #[test]
    fn a_verb_asked_apart_from_its_idiom_is_no_question() {
        assert!(idiom_split(
            "what does it take?",
            "Place over a long period"
        ));
        assert!(idiom_split(
            "what does the fair take?",
            "place every spring"
        ));
        assert!(idiom_split("what do kilns give?", "Rise to soot"));
        assert!(!idiom_split("what does it take?", "Two days of firing"));
        assert!(!idiom_split("what is the place?", "Place of the kiln"));
    }

    #[test]
    fn an_object_at_the_start_of_the_answer_goes_into_the_question() {
        assert_eq!(
            object_moved(
                "what does the rule tell?",
                "us that the hottest kiln fires first"
            ),
            Some((
                "what does the rule tell us?".to_string(),
                "the hottest kiln fires first".to_string()
            ))
        );
        assert_eq!(object_moved("what does it give?", "them heat"), None);
        assert_eq!(
            object_moved("what do worms break?", "down dead leaves and roots"),
            Some((
                "what do worms break down?".to_string(),
                "dead leaves and roots".to_string()
            ))
        );
        assert_eq!(object_moved("what can it lift?", "up to 5 kg"), None);
        assert_eq!(
            object_moved("what does it glaze?", "her jugs and bowls"),
            None
        );
    }

    #[test]
    fn a_question_that_points_at_the_notes_is_no_card() {
        assert!(unaskable("what is the end of our descriptions?"));
        assert!(unaskable("how are the glazes above fired?"));
        assert!(!unaskable("what is above the kiln shelf"));
        assert!(!unaskable("what does a kiln fire?"));
        assert!(!points_at_the_notes(
            "what happens if we overload our kiln?"
        ));
        assert!(!unaskable("The glaze [...] above cone 6."));
        assert!(unaskable("what do they often?"));
        assert!(!unaskable("where do kilns crack most often?"));
    }

    #[test]
    fn an_answer_that_only_points_back_is_no_fact() {
        assert!(points_back("Through this process"));
        assert!(points_back("in that way."));
        assert!(!points_back("Through the kiln's flue"));
        assert!(!points_back("By this process the clay hardens"));
    }
}
