//! The last way to ask a plain statement that names nothing in bold, no
//! figure and no name: what its verb says of the subject, left out
//! ("Atlantic lows nearly always move from West to East" → "Atlantic lows
//! nearly always move from [...]." → "West to East"; "Polar compounds
//! dissolve in polar solvents" → "… dissolve in [...]." → "polar
//! solvents"). The subject, the verb and any preposition stay in the
//! front, so the card asks one thing: what follows the verb, up to the
//! first clause that only explains it.

use super::facts::base_form;
use super::statements::{subject_phrase, PARTICLES, POINTING};
use super::text::{capitalise, looks_plural, Lexicon};
use super::verbs::{is_adverb, known_third_person, known_verb, only_a_verb, participle};

/// Fewest and most words in a sentence asked this way.
const MIN_WORDS: usize = 4;
const MAX_WORDS: usize = 25;
/// Most words in the subject, and in the phrase left out.
const MAX_SUBJECT: usize = 8;
const MAX_GAP: usize = 8;

/// Verbs that carry the verb after them ("can travel", "tend to lose").
const HELPERS: &[&str] = &[
    "can", "cannot", "may", "might", "must", "will", "would", "should", "could", "do", "does",
    "did",
];

/// Words that open the part of the verb's phrase that stays in the front.
const PREPOSITIONS: &[&str] = &[
    "in", "into", "from", "to", "on", "onto", "at", "by", "with", "through", "towards", "toward",
    "over", "under", "between", "across", "along", "around", "about", "against", "of", "for",
    "within", "without", "below", "above", "behind", "beyond", "near", "among", "upon",
];

/// Words that end the phrase asked for: what follows only explains it.
const ENDS: &[&str] = &[
    "which",
    "who",
    "whom",
    "where",
    "because",
    "as",
    "so",
    "when",
    "if",
    "while",
    "but",
    "since",
    "whereas",
    "although",
    "though",
    "unless",
    "until",
    "e.g.",
    "i.e.",
    "such",
    "meaning",
    "thus",
    "therefore",
    "hence",
];

/// Words a sentence worth asking does not open with: it hangs on the one
/// before, or sets a condition the gap would not show.
const OPENERS: &[&str] = &[
    "if",
    "when",
    "because",
    "as",
    "although",
    "though",
    "while",
    "whereas",
    "so",
    "but",
    "and",
    "or",
    "then",
    "also",
    "however",
    "therefore",
    "thus",
    "hence",
    "e.g.",
    "i.e.",
    "for",
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "since",
    "unless",
    "until",
    "once",
    "both",
    "either",
    "neither",
    "such",
    "see",
    "note",
    "e.g",
    "eg",
    "ex",
    "maybe",
    "perhaps",
    "example",
    "examples",
    "to",
    "understanding",
    "further",
];

/// Verbs that join a subject to a state only before an adjective
/// ("looks dull", "grows cold"; "grows crystals" has an object), beside
/// those that always do (`verbs::LINKING_VERBS`).
const STATE_BEFORE_ADJECTIVE: &[&str] = &["look", "feel", "get", "grow", "turn"];

/// Words that say how much of a kind the subject covers ("Most lows …").
const QUANTIFIERS: &[&str] = &["most", "many", "some"];

/// Words that give the reader's own view or point at the page.
const PERSONAL: &[&str] = &[
    "i",
    "we",
    "you",
    "our",
    "us",
    "my",
    "me",
    "your",
    "let's",
    "pupils",
    "students",
    "learners",
    "here",
    "above",
    "below",
    "following",
];

/// One word whose answer anyone could guess from the sentence's tone.
const VAGUE: &[&str] = &[
    "important",
    "good",
    "bad",
    "useful",
    "common",
    "different",
    "possible",
    "necessary",
    "true",
    "false",
    "similar",
    "same",
    "easy",
    "hard",
    "difficult",
    "complex",
    "simple",
    "key",
    "essential",
    "crucial",
    "used",
    "needed",
    "required",
    "everywhere",
    "there",
    "available",
    "one",
    "ones",
    "thing",
    "things",
    "way",
    "ways",
    "part",
    "usual",
    "normal",
    "expected",
    "here",
    "free",
    "enough",
    "well-known",
    "process",
    "form",
    "order",
    "times",
    "minimal",
    "well",
];

/// The sentence with what its verb says left out, and that phrase.
pub fn complement_gap(sentence: &str, lex: &Lexicon) -> Option<(String, String)> {
    gap_of(sentence, lex, false)
}

/// `complement_gap` of a sentence whose verb may be in the past tense
/// ("Peasants formed the [...]"): a statement, not one of a set of
/// events.
pub fn told_gap(sentence: &str, lex: &Lexicon) -> Option<(String, String)> {
    gap_of(sentence, lex, true)
}

fn gap_of(sentence: &str, lex: &Lexicon, told: bool) -> Option<(String, String)> {
    let s = sentence.trim().trim_end_matches(['.', ';', '!']);
    let words: Vec<&str> = s.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if !(MIN_WORDS..=MAX_WORDS).contains(&words.len())
        || !plain_sentence(s)
        || lower.iter().any(|w| PERSONAL.contains(&w.as_str()))
    {
        return None;
    }
    // "In the kiln, glazes …": the place or time stays in the front
    let start = setting(&lower);
    let first = lower.get(start)?.as_str();
    if OPENERS.contains(&first) || POINTING.contains(&first) && !QUANTIFIERS.contains(&first) {
        return None;
    }
    let (subject_end, gap_at) = (start + 1..=(start + MAX_SUBJECT).min(words.len() - 1))
        .find_map(|k| verb_phrase(&lower, (start, k), told).map(|after| (k, after)))?;
    // "Most weather …": a subject led by a quantifier is still one
    let lead = start + usize::from(QUANTIFIERS.contains(&first) && subject_end > start + 1);
    if !plain_subject(&lower[lead..subject_end]) {
        return None;
    }
    subject_phrase(&words[lead..subject_end].join(" "), lex, true)?;
    let gap_at = past_preposition(&lower, gap_at)?;
    let end = gap_end(&lower, gap_at);
    let raw = words[gap_at..end].join(" ");
    let answer = raw.trim_end_matches([',', ';', ':']);
    let stop = &raw[answer.len()..];
    // "Some contracts are [...], some oral": one side of a pair
    let paired = lower.get(end) == Some(&lower[start]);
    // "The glaze remains [...]" → "constant": a state anyone could guess
    // (what it becomes, "a gas", is a thing)
    let verb_at = skip_adverbs(&lower, subject_end);
    let verb = base_form(&lower[verb_at]);
    let thing = gap_at > verb_at + 1 || ["a", "an", "the"].contains(&lower[gap_at].as_str());
    let linking = super::verbs::LINKING_VERBS
        .iter()
        .chain(STATE_BEFORE_ADJECTIVE)
        .any(|v| *v == verb);
    let state = linking && !thing;
    if !worth_asking(&lower[gap_at..end], end - gap_at)
        || one_of_several(&lower, end)
        || paired
        || state
        || stop == "," && !clause_after(&lower[end..])
        || stop.contains(':')
    {
        return None;
    }
    let before = words[..gap_at].join(" ");
    let after = words[end..].join(" ");
    // "The star is not [...]": what a thing is not has no one answer,
    // unless the sentence goes on to say what it is ("…, they evolve")
    let turns = [",", ";"].contains(&stop) || ["—", "but"].contains(&first_of(&after));
    if denied(&lower[..gap_at]) && !turns {
        return None;
    }
    let front = match after.is_empty() {
        true => format!("{before} [...]."),
        false => format!("{before} [...]{stop} {after}."),
    };
    Some((capitalise(&front), answer.to_string()))
}

/// Whether the words before a gap deny what it holds with a verb of
/// being ("is not", "are never", "isn't", "not fully"): "did not expect
/// [...]" still asks one thing.
fn denied(before: &[String]) -> bool {
    const BE: &[&str] = &["is", "are", "was", "were", "be", "been"];
    before.iter().enumerate().any(|(k, w)| {
        let be_before = k > 0 && BE.contains(&before[k - 1].as_str());
        super::verbs::negation(w)
            && (be_before || ["isn't", "aren't", "wasn't", "weren't"].contains(&w.as_str()))
    })
}

fn first_of(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}

/// Where the clause starts after a phrase of place or time set off by a
/// comma ("In a reduction firing, …", "During cooling, …"); 0 when there
/// is none.
fn setting(lower: &[String]) -> usize {
    const SETTINGS: &[&str] = &[
        "in", "during", "after", "before", "at", "on", "within", "under",
    ];
    // "In general, …", "In short, …": no place or time
    const NOT_SETTINGS: &[&str] = &[
        "general,",
        "short,",
        "summary,",
        "addition,",
        "fact,",
        "particular,",
        "conclusion,",
        "practice,",
        "theory,",
        "total,",
        "brief,",
        "other",
    ];
    let said = lower
        .get(1)
        .is_some_and(|w| NOT_SETTINGS.contains(&w.as_str()));
    if !SETTINGS.contains(&lower[0].as_str()) || said {
        return 0;
    }
    lower
        .iter()
        .take(6)
        .position(|w| w.ends_with(','))
        .map_or(0, |c| c + 1)
}

/// A sentence of words, not a formula, a question or a lead-in, its
/// brackets closed.
fn plain_sentence(s: &str) -> bool {
    const SIGNS: &[&str] = &[
        "=", "|", "→", "->", "=>", "~", "<", ">", "+", "?", "\"", "“",
    ];
    !SIGNS.iter().any(|sign| s.contains(sign))
        && !s.ends_with(':')
        && s.matches('(').count() == s.matches(')').count()
        && s.chars().filter(|c| c.is_alphabetic()).count() * 2 > s.len()
}

/// "Glazes", "Most stoneware bodies": a noun phrase that points at
/// nothing, is no verb alone ("Helps keep …") and ends on no comma.
fn plain_subject(words: &[String]) -> bool {
    const NOT_NAMES: &[&str] = &[
        "next",
        "previous",
        "example",
        "following",
        "above",
        "each",
        "everyone",
        "everything",
        "something",
        "someone",
        "nothing",
        "anyone",
    ];
    let last = words.last().map_or("", String::as_str);
    // "The weakest is …": which one, said before
    let which = matches!(words, [the, w] if the == "the" && w.ends_with("est"));
    if which || PREPOSITIONS.contains(&last) || ["the", "a", "an", "and", "or"].contains(&last) {
        return false;
    }
    const NOT_ALONE: &[&str] = &["all", "both", "every", "any", "no", "few", "several"];
    let alone = match words {
        [one] => {
            known_third_person(one)
                || QUANTIFIERS.contains(&one.as_str())
                || NOT_ALONE.contains(&one.as_str())
        }
        _ => false,
    };
    !alone
        && !words.last().is_some_and(|w| w.ends_with(','))
        && !words.iter().any(|w| ["—", "–", "-"].contains(&w.as_str()))
        && !words
            .iter()
            .any(|w| POINTING.contains(&w.as_str()) && !QUANTIFIERS.contains(&w.as_str()))
        && !words.iter().any(|w| NOT_NAMES.contains(&w.as_str()))
}

/// ", which may …", ", meaning …", ", this is where …", ", they create
/// …": after a comma that ends the gap comes a clause of its own, not the
/// next of a run of things ("convince the public, Congress …").
fn clause_after(rest: &[String]) -> bool {
    let Some(first) = rest.first() else {
        return true;
    };
    ENDS.contains(&first.as_str())
        || first.ends_with("ing")
        || POINTING.contains(&first.as_str())
        || rest.iter().take(4).any(|w| {
            ["is", "are", "was", "were", "can", "will"].contains(&w.as_str())
                || known_third_person(w)
        })
}

/// Where the words after the verb start, if the verb opens at `k`
/// (after any adverbs): "is", "move", "moves", "can travel", "can be",
/// "do not conduct", "tend to lose", "is formed by".
fn verb_phrase(lower: &[String], (start, k): (usize, usize), told: bool) -> Option<usize> {
    let mut at = skip_adverbs(lower, k);
    let word = lower.get(at)?.as_str();
    let prev = lower[k - 1].as_str();
    // "can be …" reads as "is …"
    let be_after = HELPERS.contains(&word) && lower.get(at + 1).is_some_and(|w| w == "be");
    if be_after {
        at += 1;
    }
    if be_after || ["is", "are", "was", "were"].contains(&word) {
        at = skip_adverbs(lower, at + 1);
        // "is formed by …": a passive keeps its participle in the front
        // ("are curved lines" is a kind, the participle part of it)
        let passive = lower.get(at).is_some_and(|w| participle(w))
            && lower.get(at + 1).is_none_or(|w| {
                PREPOSITIONS.contains(&w.as_str())
                    || PARTICLES.contains(&w.as_str())
                    || ["as", "and", "or"].contains(&w.as_str())
                    || w.ends_with(',')
            });
        if passive {
            at = skip_particle(lower, at + 1);
        }
        return Some(at);
    }
    if HELPERS.contains(&word) {
        // after "do not", "can" comes a verb, whatever it could be else
        at = skip_adverbs(lower, at + 1);
        return lower
            .get(at)
            .filter(|w| {
                w.chars().all(|c| c.is_ascii_lowercase())
                    && !PREPOSITIONS.contains(&w.as_str())
                    && !["the", "a", "an"].contains(&w.as_str())
            })
            .map(|_| skip_particle(lower, at + 1));
    }
    if ["tend", "tends"].contains(&word) && lower.get(at + 1).is_some_and(|w| w == "to") {
        return Some(at + 2);
    }
    // "Andesite flows are …", "Sporadic changes only affect …": a noun,
    // the verb after it
    let after_adverbs = skip_adverbs(lower, at + 1);
    let next = lower.get(after_adverbs).map_or("", String::as_str);
    let noun = ["is", "are", "was", "were", "has", "have"].contains(&next)
        || HELPERS.contains(&next)
        || after_adverbs > at + 1 && known_verb(next);
    if noun {
        return None;
    }
    // "Rapid changes of wind", "Two-factor checks for …": an adjective
    // and a plural noun, no subject and verb
    let adjective = k == 1 && adjective_like(prev);
    if next == "of" || adjective {
        return None;
    }
    let third = known_third_person(word);
    let plural = looks_plural(prev) && verb_base(word);
    // "Peasants formed the …", "Soviet filmmakers learned …"; one word
    // alone before "-ed" may be a noun ("Transport digested fat")
    let subject_ok = k - start > 1 || looks_plural(prev);
    let past = told && subject_ok && past(word, lower.get(at + 1).map_or("", String::as_str));
    (third || plural || past).then(|| skip_particle(lower, at + 1))
}

/// "enjoyed", "doubled", "began": a verb of the lists in the past tense;
/// "-ed" before a preposition is read as a participle that names a thing
/// ("the data stored in …", "gases released by …").
fn past(word: &str, next: &str) -> bool {
    use super::past::{irregular_past, past_base};
    let known = past_base(word).is_some_and(|b| known_verb(&b) || only_a_verb(&b));
    let named = PREPOSITIONS.contains(&next) || next.is_empty();
    irregular_past(word) || word.ends_with("ed") && known && !named
}

/// "rarely", "travels", "flow": a word that goes on to say more of the
/// subject after "and".
fn said(w: &str) -> bool {
    is_adverb(w)
        || known_third_person(w)
        || verb_base(w)
        || ["therefore", "thus", "then", "also", "so"].contains(&w)
        || HELPERS.contains(&w)
        || [
            "don't", "doesn't", "can't", "won't", "is", "are", "was", "were",
        ]
        .contains(&w)
}

/// "rapid", "two-factor", "magnetic": a word shaped like an adjective.
fn adjective_like(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "id", "ary", "ent", "ant",
    ];
    w.contains('-') || ENDINGS.iter().any(|e| w.ends_with(e))
}

fn verb_base(w: &str) -> bool {
    known_verb(w) || only_a_verb(w) || known_verb(&base_form(w)) && w.ends_with('s')
}

fn skip_adverbs(lower: &[String], mut at: usize) -> usize {
    while lower.get(at).is_some_and(|w| {
        is_adverb(w) || ["not", "therefore", "thus", "also", "still"].contains(&w.as_str())
    }) {
        at += 1;
    }
    at
}

/// "forces warm air upwards": a particle right after the verb goes with
/// it ("use up", "carry out").
fn skip_particle(lower: &[String], at: usize) -> usize {
    match lower.get(at) {
        Some(w) if (PARTICLES.contains(&w.as_str()) || w == "place") && at + 1 < lower.len() => {
            at + 1
        }
        _ => at,
    }
}

/// "move from [...]", "consists of the [...]": a preposition, an article
/// or "that" stays in the front; what follows is asked. `None` when
/// nothing follows.
fn past_preposition(lower: &[String], mut at: usize) -> Option<usize> {
    let opens = |w: &String| PREPOSITIONS.contains(&w.as_str()) || w == "as";
    if lower.get(at).is_some_and(opens) {
        at += 1;
    }
    if lower
        .get(at)
        .is_some_and(|w| ["the", "a", "an", "that"].contains(&w.as_str()))
    {
        at += 1;
    }
    (at < lower.len()).then_some(at)
}

/// Where the phrase asked for ends: at a comma, a bracket, a dash, or a
/// word that opens an explanation ("which", "because", "as").
fn gap_end(lower: &[String], from: usize) -> usize {
    let mut end = from;
    while end < lower.len() {
        let w = lower[end].as_str();
        // "known as", "such as": "as" inside the phrase
        let inside = w == "as" && (participle(&lower[end - 1]) || lower[end - 1] == "such");
        // "are denser and rarely flow …": a second thing said of the subject
        let second = ["and", "or"].contains(&w) && lower.get(end + 1).is_some_and(|n| said(n));
        // "by NAD to form …": the purpose only explains
        // ("able to", "used to" are one phrase)
        const BEFORE_TO: &[&str] = &[
            "able", "unable", "likely", "unlikely", "used", "going", "due",
        ];
        let purpose = w == "to"
            && lower.get(end + 1).is_some_and(|n| verb_base(n))
            && !BEFORE_TO.contains(&lower[end - 1].as_str());
        let ends = ENDS.contains(&w) && !inside || second || purpose;
        if end > from && (ends || w.starts_with('(') || ["-", "–", "—"].contains(&w)) {
            break;
        }
        end += 1;
        if w.ends_with([',', ';', ':', ')']) {
            break;
        }
    }
    end
}

/// "important", "pretty useful", "similar spectrum": an answer whose
/// word of weight anyone could guess, or that points at something
/// else.
fn vague(answer: &[String]) -> bool {
    const INTENSIFIERS: &[&str] = &["very", "pretty", "really", "quite", "fairly", "so", "too"];
    const RELATIVE: &[&str] = &["similar", "same", "other", "different"];
    let last = answer
        .last()
        .map_or("", |w| w.trim_end_matches([',', ';', ':']));
    match answer {
        [_] => VAGUE.contains(&last),
        [first, _] if INTENSIFIERS.contains(&first.as_str()) => VAGUE.contains(&last),
        [first, ..] => RELATIVE.contains(&first.as_str()),
        [] => true,
    }
}

/// "takes [...] and patience and time", "[...], clay and slip": the
/// phrase is one of a run of things, which the rest leaves open.
fn one_of_several(lower: &[String], end: usize) -> bool {
    let comma = end > 0 && lower[end - 1].ends_with(',');
    let next = lower[end..].iter().take(4);
    comma && next.into_iter().any(|w| w == "and" || w == "or")
}

/// A phrase of a few words that a reader could not guess: whole (no
/// word that opens a clause or an aside first, no preposition last), no
/// pronoun in it.
fn worth_asking(answer: &[String], words: usize) -> bool {
    const NOT_FIRST: &[&str] = &["be", "been", "being", "not", "never", "e.g", "eg", "etc"];
    const CLAUSE: &[&str] = &[
        "is", "are", "was", "were", "has", "have", "can", "will", "do", "does", "did",
    ];
    let (Some(first), Some(last)) = (answer.first(), answer.last()) else {
        return false;
    };
    let last = last.trim_end_matches([',', ';', ':']);
    // "the ground it moves over" points back inside the sentence; "this"
    // points outside it
    let pronoun = |w: &String| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        ["this", "these", "those", "itself", "themselves"].contains(&w)
    };
    (1..=MAX_GAP).contains(&words)
        && !ENDS.contains(&first.as_str())
        && !POINTING.contains(&first.as_str())
        && !["and", "or", "them"].contains(&first.as_str())
        && !NOT_FIRST.contains(&first.as_str())
        && !first.starts_with('(')
        && !PREPOSITIONS.contains(&last)
        && !["the", "a", "an", "and", "or"].contains(&last)
        && !answer.iter().any(pronoun)
        && !answer.iter().any(|w| CLAUSE.contains(&w.as_str()))
        && !vague(answer)
        && answer
            .concat()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .count()
            >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gap(s: &str) -> Option<(String, String)> {
        complement_gap(
            s,
            &Lexicon::new("", crate::source::parties::Parties::default()),
        )
    }

    fn asks(s: &str, front: &str, answer: &str) {
        assert_eq!(gap(s), Some((front.to_string(), answer.to_string())), "{s}");
    }

    #[test]
    fn what_the_verb_says_is_left_out() {
        asks(
            "wet clay nearly always shrinks by about a tenth",
            "Wet clay nearly always shrinks by [...].",
            "about a tenth",
        );
        asks(
            "Porous bodies absorb water from the glaze",
            "Porous bodies absorb [...].",
            "water from the glaze",
        );
        asks(
            "Stoneware glazes are glossier and rarely run off the pot",
            "Stoneware glazes are [...] and rarely run off the pot.",
            "glossier",
        );
        asks(
            "Kiln shelves are made of silicon carbide",
            "Kiln shelves are made of [...].",
            "silicon carbide",
        );
    }

    #[test]
    fn a_helper_verb_or_a_negation_stays_in_the_front() {
        asks(
            "Bone-dry clay does not shrink any further, because the water is gone",
            "Bone-dry clay does not shrink [...], because the water is gone.",
            "any further",
        );
        asks(
            "Glaze crystals tend to grow during slow cooling",
            "Glaze crystals tend to [...].",
            "grow during slow cooling",
        );
    }

    #[test]
    fn a_passive_keeps_its_participle_and_a_list_stays_whole() {
        asks(
            "Raw glaze is melted by radiant heat",
            "Raw glaze is melted by [...].",
            "radiant heat",
        );
        asks(
            "Ash glazes can vary in colour and texture",
            "Ash glazes can vary in [...].",
            "colour and texture",
        );
        asks(
            "Kiln posts are tall cylinders",
            "Kiln posts are [...].",
            "tall cylinders",
        );
    }

    #[test]
    fn a_setting_before_a_comma_and_a_purpose_after_stay_in_the_front() {
        asks(
            "In a reduction firing, copper glazes turn into a deep red",
            "In a reduction firing, copper glazes turn into a [...].",
            "deep red",
        );
        asks(
            "Spent slip is taken up by a sponge to keep the wheel clean",
            "Spent slip is taken up by a [...] to keep the wheel clean.",
            "sponge",
        );
        // "In general" sets no place or time; "able to" is one phrase
        assert_eq!(gap("In general, glazes behave according to rules"), None);
        asks(
            "Dry clay is able to absorb water quickly",
            "Dry clay is [...].",
            "able to absorb water quickly",
        );
        assert_eq!(gap("The second firing goes on as usual"), None);
    }

    #[test]
    fn the_explaining_clause_stays_after_the_gap() {
        asks(
            "Most crazing happens in the glaze layer where tension builds",
            "Most crazing happens in the [...] where tension builds.",
            "glaze layer",
        );
    }

    #[test]
    fn sentences_that_hang_on_others_or_guess_themselves_give_nothing() {
        for s in [
            "They shrink by about a tenth",
            "This means that the pot cracks",
            "If the kiln cools fast, glazes craze",
            "We fire the kiln overnight on Fridays",
            "Glaze thickness is important",
            "Shrinkage = wet length - dry length",
            "Throwing a pot takes practice and patience and time and many attempts at the wheel before it works",
            "Kilns",
            // a plural noun after an adjective, no verb
            "Rapid changes in kiln temperature",
            "Two-stage checks for every firing",
            // "All" alone is no subject; a second clause is no gap
            "All kilns vent their fumes outside",
            "All shelves are washed with kiln wash are stacked",
            // the answer would end on a preposition or point outside
            "Glazes take on the colour of the oxide they hold within",
            "Potters apply this coat with care",
            // the subject holds a verb of its own
            "Slow cooling lets matt crystals grow in the glaze",
        ] {
            assert_eq!(gap(s), None, "{s}");
        }
    }

    fn told(s: &str) -> Option<(String, String)> {
        told_gap(
            s,
            &Lexicon::new("", crate::source::parties::Parties::default()),
        )
    }

    #[test]
    fn what_a_thing_is_not_or_a_guessable_state_is_no_gap() {
        assert_eq!(gap("Fired glaze is not soluble in water"), None);
        asks(
            "Glazes are not paints, they melt into glass",
            "Glazes are not [...], they melt into glass.",
            "paints",
        );
        asks(
            "Raku potters do not expect an even colour",
            "Raku potters do not expect an [...].",
            "even colour",
        );
        assert_eq!(gap("Kiln logs are pretty useful"), None);
        assert_eq!(gap("Raku kilns work on a similar principle"), None);
        assert_eq!(gap("Some glazes are matt, some glossy"), None);
        assert_eq!(gap("The glaze remains constant"), None);
        asks(
            "Wet clay turns into a hard body",
            "Wet clay turns into a [...].",
            "hard body",
        );
    }

    #[test]
    fn a_past_tense_is_asked_in_prose_but_a_participle_names_a_thing() {
        assert_eq!(
            gap("Guild potters formed the largest trade in the town"),
            None
        );
        assert_eq!(
            told("Guild potters formed the largest trade in the town"),
            Some((
                "Guild potters formed the [...].".to_string(),
                "largest trade in the town".to_string()
            ))
        );
        assert_eq!(told("Ware stored in the cellar kept its colour"), None);
        // one word before "-ed" may be a noun, not a subject
        assert_eq!(told("Transport needed carts and barges"), None);
    }
}
