//! A statement of a known verb after a subject whose start leaves no
//! doubt where it ends: "A router forwards packets" → "what does a router
//! forward?"; "Chlorophyll absorbs red light" → "what does chlorophyll
//! absorb?".

use super::facts::{base_form, Fact};
use super::means::PLACES;
use super::statements::{
    fact, subject_phrase, DETERMINERS, MAX_SUBJECT_WORDS, NOT_IN_SUBJECT, NOT_OBJECT_STARTS,
    POINTING,
};
use super::text::{first_word, Lexicon};
use super::verbs::{BE_HAVE, NOUN_OPENERS};

/// "A router forwards packets between networks" → "what does a router
/// forward?": a verb after a subject whose start leaves no doubt where it
/// ends: "a", "an", "the", "each" or an acronym ("DNS root nameservers
/// route queries …" → "what do DNS root nameservers route?"). A name in
/// brackets stays with its subject ("The Domain Name System (or DNS)").
pub(super) fn any_verb(c: &str, lex: &Lexicon) -> Option<Fact> {
    let (c, alias) = without_alias(c);
    let words: Vec<&str> = c.split_whitespace().collect();
    let det = words.first()?.to_lowercase();
    let acronym = words[0].chars().filter(char::is_ascii_uppercase).count() >= 2
        && words[0]
            .chars()
            .all(|ch| ch.is_ascii_uppercase() || ch == '/');
    // "Swapping moves idle pages …": a gerund names an activity.
    let gerund = det.len() > 5 && det.ends_with("ing") && !det.ends_with("thing");
    // "Chlorophyll absorbs …": one capitalised noun that is no verb, no
    // pronoun and no preposition.
    let plain = plain_noun(words[0]);
    // A subject opened by a name or an activity, not by an article.
    let named = acronym || gerund || plain;
    if !DETERMINERS.contains(&det.as_str()) && !named {
        return None;
    }
    // "A limit of 300 transactions": a plural after "of" or a number.
    // "the denomination of the coins": no verb right after an article
    const ARTICLES: &[&str] = &["of", "the", "a", "an", "its", "their", "this", "these"];
    let noun_before = |w: &str| {
        ARTICLES.contains(&w.to_lowercase().as_str())
            || w.chars().all(|c| c.is_ascii_digit() || c == ',')
    };
    let plural_verb = |k: usize| {
        named
            && (k >= 2 || plain)
            && plural_noun(&words[k - 1].to_lowercase())
            && verb_by_form(&words[k].to_lowercase())
    };
    let from = if named { 1 } else { 2 };
    // After a name or a gerund only a known verb: "SYN floods exploit …"
    // is a noun.
    // So after "the" and one plain word: "The outer layers collapse" is
    // an adjective and a noun.
    let the_word = the_plain_word(words.get(..2).unwrap_or_default());
    let known = |k: usize| !(named || the_word && k == 2) || verb_by_form(&words[k].to_lowercase());
    let at = (from..words.len().min(MAX_SUBJECT_WORDS + 1)).find(|&k| {
        (third_person_verb(words[k]) && !noun_after(&words, k) && known(k) || plural_verb(k))
            && !noun_before(words[k - 1])
            // "Kinesis Data Streams enables …": a capital mid-sentence is a name
            && words[k].starts_with(char::is_lowercase)
    })?;
    if breaks(&words[..at]) {
        return None;
    }
    let object = first_predicate(&without_examples(&words.get(at + 1..)?.join(" ")));
    // "… imply |E(T₁)| = |V(T₁)| - 1": a formula is no object to ask for
    if participle_object(words[at], &object) || object.contains('=') {
        return None;
    }
    let base = base_form(&words[at].to_lowercase());
    let (base, object) = with_particle(base, object, words[at]);
    let verb = base.split(' ').next().unwrap_or(&base);
    let how = by_manner(&object);
    if !how && !askable(verb, &object) {
        return None;
    }
    let subject = subject_phrase(&words[..at].join(" "), lex, false)?;
    let does = if plural_verb(at) { "do" } else { "does" };
    let wh = if how { "how" } else { "what" };
    let verb = format!("{base}{}", doing(&base, &object));
    fact(format!("{wh} {does} {subject}{alias} {verb}?"), &object)
}

/// "Minority groups pressing for independence": an object that opens with
/// a participle and its preposition says `verb` was a plural noun, unless
/// the verb takes a gerund ("keeps turning for …", "works according to").
fn participle_object(verb: &str, object: &str) -> bool {
    const GERUND_VERBS: &[&str] = &[
        "keep", "stop", "start", "begin", "continue", "finish", "avoid", "enjoy", "risk",
        "involve", "require", "need", "resume", "prevent",
    ];
    let mut next = object.split_whitespace();
    let (first, second) = (next.next().unwrap_or(""), next.next().unwrap_or(""));
    let takes = GERUND_VERBS.contains(&base_form(&verb.to_lowercase()).as_str());
    let participle = first.len() > 4 && first.ends_with("ing") && first != "according";
    let preposition = PLACES
        .iter()
        .chain(&["for", "to", "with", "against"])
        .any(|p| *p == second);
    participle && !takes && preposition
}

/// A verb of the lists, or one that is a verb and nothing else ("unloads",
/// "harden"); "shelves" is the plural of "shelf", not "shelve".
fn verb_by_form(word: &str) -> bool {
    const F_PLURALS: &[&str] = &[
        "shelves", "halves", "calves", "wolves", "loaves", "thieves", "selves", "scarves",
        "hooves", "wharves", "sheaves",
    ];
    let base = base_form(word);
    super::verbs::known_verb(&base)
        || super::verbs::only_a_verb(&base) && !F_PLURALS.contains(&word)
}

/// "nameservers route", "logs data can go": the word at `k` is a plural
/// noun, the clause's verb after it; so is "changes produced by the
/// current", a noun and what made it.
fn noun_after(words: &[&str], k: usize) -> bool {
    const VERB_AHEAD: &[&str] = &[
        "can", "will", "may", "must", "should", "is", "are", "was", "were", "has", "have",
    ];
    let next = words.get(k + 1);
    let made_by =
        next.is_some_and(|w| super::verbs::participle(w)) && words.get(k + 2) == Some(&"by");
    made_by
        || next.is_some_and(|w| super::verbs::known_verb(w))
        || words[k + 1..]
            .iter()
            .take(2)
            .any(|w| VERB_AHEAD.contains(&w.to_lowercase().as_str()))
}

/// "enzymes", "mitochondria", "fungi": a noun in the plural, one in "-s"
/// or one of the Latin and Greek plurals notes name often.
fn plural_noun(w: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "bacteria",
        "mitochondria",
        "criteria",
        "phenomena",
        "fungi",
        "nuclei",
        "stimuli",
        "alveoli",
        "bronchi",
        "cilia",
        "flagella",
        "algae",
        "larvae",
        "vertebrae",
        "people",
        "children",
        "men",
        "women",
        "mice",
        "teeth",
        "feet",
        "cattle",
    ];
    super::text::looks_plural(w) || IRREGULAR.contains(&w)
}

/// " doing" after a verb of aspect before a gerund: "keeps turning for a
/// minute" → "what does it keep doing?".
fn doing(base: &str, object: &str) -> &'static str {
    const ASPECTS: &[&str] = &[
        "keep", "stop", "start", "continue", "avoid", "begin", "finish",
    ];
    match ASPECTS.contains(&base) && first_word(object).ends_with("ing") {
        true => " doing",
        false => "",
    }
}

/// "The outer", "the threads": "the" and one plain word, which a past
/// form or a word in -s after them describes more often than it is the
/// verb.
fn the_plain_word(words: &[&str]) -> bool {
    matches!(words, [the, word] if the.eq_ignore_ascii_case("the") && word.chars().all(char::is_lowercase))
}

/// "according to its own interest": an object that says how, not what.
fn by_manner(object: &str) -> bool {
    ["according to ", "in accordance with "]
        .iter()
        .any(|p| object.starts_with(p))
}

/// Whether the words before a verb are no subject: a possessive inside
/// them, or an adverb not right before the verb, says the verb came
/// earlier, unrecognised ("The potters then moved their kilns"; "The
/// client then queries" is one subject); a comma ends them ("Good for
/// test tiles, holds …").
fn breaks(subject: &[&str]) -> bool {
    const POSSESSIVES: &[&str] = &["their", "its", "his", "her", "our", "your", "my", "them"];
    const ADVERBS: &[&str] = &["then", "also", "now", "later", "finally", "still", "soon"];
    let at = subject.len();
    let inside = subject[1..].iter().enumerate().any(|(i, w)| {
        let w = w.to_lowercase();
        POSSESSIVES.contains(&w.as_str()) || ADVERBS.contains(&w.as_str()) && i + 2 < at
    });
    inside || subject.last().is_some_and(|w| w.ends_with(','))
}

/// "blocks off travel": the particle belongs to the verb ("block off"),
/// not to its object.
fn with_particle(base: String, object: String, verb: &str) -> (String, String) {
    match object.split_once(' ') {
        Some((p, rest))
            if super::statements::PARTICLES.contains(&p)
                && p != "over"
                && super::verbs::looks_third_person(verb) =>
        {
            (format!("{base} {p}"), rest.to_string())
        }
        _ => (base, object),
    }
}

/// Whether the object of `verb` is worth asking for: two words or more,
/// no negation, no adverb or preposition first, no idiom ("takes
/// place", "plays a role").
fn askable(verb: &str, object: &str) -> bool {
    let first = first_word(object);
    let words: Vec<String> = object.split_whitespace().map(str::to_lowercase).collect();
    let negated = words
        .iter()
        .any(|w| ["no", "not", "never", "nothing"].contains(&w.as_str()));
    let idiom = match verb {
        "take" => ["care", "place", "part", "over"].contains(&first.as_str()),
        "play" => words.iter().any(|w| ["role", "part"].contains(&w.as_str())),
        _ => false,
    };
    // "synthesise proteins", "produce ATP": one word may name a thing,
    // after a verb of the lists
    let one_thing = words.len() == 1
        && super::verbs::known_verb(verb)
        && (super::text::looks_plural(&words[0])
            || object.chars().filter(char::is_ascii_uppercase).count() >= 2
            || one_noun(object));
    // "buy less when …": how much, not what
    let amount = ["less", "more", "fewer"].contains(&first.as_str())
        && words
            .get(1)
            .is_none_or(|w| ["when", "if", "than", "because", "as"].contains(&w.as_str()));
    (words.len() >= 2 || one_thing)
        && !super::statements::bare_particle(object)
        && !negated
        && !amount
        && !idiom
        && !first.ends_with("ly")
        && !NOT_OBJECT_STARTS.contains(&first.as_str())
        // "suspended their campaigns": a possessive names the object
        && (!POINTING.contains(&first.as_str()) || ["their", "its", "his"].contains(&first.as_str()))
        && !opener(&first)
        && !object.starts_with('(')
        && !super::verbs::NO_OBJECT_VERBS.contains(&verb)
        // "becomes suspicious": a state, no object
        && !super::verbs::LINKING_VERBS.contains(&verb)
}

/// "stimulates hunger", "regulates mood": one lower-case word that reads
/// as a noun (no adjective's ending, no word that points elsewhere).
fn one_noun(object: &str) -> bool {
    const NOT_NOUNS: &[&str] = &[
        "it",
        "them",
        "this",
        "that",
        "these",
        "those",
        "everything",
        "something",
        "anything",
        "nothing",
        "all",
        "both",
        "each",
        "others",
        "more",
        "less",
        "well",
        "much",
        "many",
        "few",
        "again",
        "too",
        "here",
        "there",
        "now",
        "then",
        "together",
        "apart",
        "away",
        "back",
        "down",
        "up",
        "out",
        "off",
        "on",
        "in",
        "first",
        "last",
        "alone",
        "instead",
        "later",
        "earlier",
        "constant",
        "high",
        "low",
        "fast",
        "slow",
        "hard",
        "soft",
        "open",
        "closed",
        "free",
    ];
    let word = object.trim_end_matches(['.', ',', ';', '!']);
    word.len() >= 3
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !NOT_NOUNS.contains(&word)
        && !super::text::property(word, false)
        && !word.ends_with("ed")
        && !word.ends_with("ing")
        // "different", "relevant", "basic", "necessary" are no things; a
        // "-ment" is one ("movement")
        && (word.ends_with("ment") || !["ent", "ant", "ic", "ary"].iter().any(|e| word.ends_with(e)))
}

/// "Ascanius founded Alba Longa" → "what did Ascanius found?"; "The
/// Romans built roads" → "what did the Romans build?": a verb in the past
/// tense after a name (every word of it one) or a subject opened by an
/// article.
pub(super) fn past_object(c: &str, lex: &Lexicon) -> Option<Fact> {
    let words: Vec<&str> = c.split_whitespace().collect();
    let det = ["the", "a", "an"].contains(&words.first()?.to_lowercase().as_str());
    // "launched by …": a participle before its agent, not the verb
    let (at, base) = (1..words.len().min(MAX_PAST_SUBJECT_WORDS + 1)).find_map(|k| {
        let w = words[k];
        let agent = super::verbs::participle(w) && words.get(k + 1) == Some(&"by");
        super::past::past_base(w).filter(|_| !agent).map(|b| (k, b))
    })?;
    let subject = &words[..at];
    let name = subject.iter().all(|w| {
        lex.is_name(w.trim_end_matches(['\'', '’'])) || w.chars().all(|c| c.is_ascii_uppercase())
    });
    // "The nested function", "the presence of imported pottery": a past
    // form right after the article, or after "of", describes a noun.
    let last = subject[subject.len() - 1].to_lowercase();
    let det_phrase = det
        && subject.len() >= 2
        // "A very sophisticated robot": a past form after "very" is an adjective
        && !["of", "and", "or", "with", "very", "most", "more", "less", "so", "too", "quite", "highly"]
            .contains(&last.as_str())
        && subject[1..]
            .iter()
            .all(|w| w.chars().all(char::is_alphanumeric));
    // "The threads held tight …": after "the" alone, a plain noun and a
    // past form describe it more often than they tell what it did, unless
    // an object opens after it ("The unions resisted the employment …")
    let after = words
        .get(at + 1)
        .map_or(String::new(), |w| w.to_lowercase());
    let object_next = NOUN_OPENERS.contains(&after.as_str());
    if !(name || det_phrase) || the_plain_word(subject) && !object_next {
        return None;
    }
    let object = first_predicate(&without_examples(&words[at + 1..].join(" ")));
    // "sent is SIGTERM", "broke out in …": no object after the verb
    let first = first_word(&object);
    // "A glaze applied too thickly": a participle and how, no object
    let how = first.ends_with("ly") || ["too", "very", "so", "well"].contains(&first.as_str());
    if !askable(&base, &object)
        || how
        || NOT_IN_SUBJECT.contains(&first.as_str())
        || super::statements::PARTICLES.contains(&first.as_str())
    {
        return None;
    }
    let subject = subject_phrase(&subject.join(" "), lex, false)?;
    fact(format!("what did {subject} {base}?"), &object)
}

/// Longest subject (in words) before a verb in the past tense.
const MAX_PAST_SUBJECT_WORDS: usize = 4;

/// "Chlorophyll", "Earthquakes": a capitalised word that can open a
/// subject on its own (no verb, pronoun, preposition or adverb).
fn plain_noun(w: &str) -> bool {
    let lower = w.to_lowercase();
    let mut chars = w.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && lower.len() >= 4
        && chars.all(|c| c.is_ascii_lowercase() || c == '-')
        && !super::verbs::known_verb(&base_form(&lower))
        && !super::verbs::known_verb(&lower)
        && !super::verbs::is_adverb(&lower)
        && !POINTING.contains(&lower.as_str())
        && !NOT_IN_SUBJECT.contains(&lower.as_str())
        && !opener(&lower)
        && !lower.ends_with("ing")
}

/// Words that open a phrase or a clause, not a subject ("During the
/// war", "Although …"), besides the places (`means::PLACES`).
const OPENERS: &[&str] = &[
    "over",
    "above",
    "after",
    "before",
    "during",
    "until",
    "from",
    "into",
    "onto",
    "towards",
    "behind",
    "beyond",
    "among",
    "upon",
    "without",
    "despite",
    "unlike",
    "like",
    "although",
    "though",
    "once",
    "whether",
    "every",
    "each",
    "some",
    "many",
    "most",
    "other",
    "another",
    "both",
    "either",
    "neither",
    "then",
    "also",
    "here",
    "there",
    "today",
    "now",
    "however",
    "therefore",
    "instead",
    "again",
];

/// A word that opens a place, a time or a clause.
fn opener(w: &str) -> bool {
    PLACES.contains(&w) || OPENERS.contains(&w)
}

/// "red and blue light and reflects green" → "red and blue light": the
/// object of the first verb, without a second verb joined by "and".
pub(super) fn first_predicate(object: &str) -> String {
    let words: Vec<&str> = object.split_whitespace().collect();
    // "interest rates to slow it down": a purpose that points back is
    // left out.
    // ("clients to your application": a place, not a purpose)
    let purpose = (1..words.len()).find(|&k| {
        words[k] == "to"
            && words
                .get(k + 1)
                .is_some_and(|w| !NOUN_OPENERS.contains(&w.to_lowercase().as_str()))
            && words[k + 1..]
                .iter()
                .any(|w| ["it", "them", "this", "that"].contains(w))
    });
    // "reactions in metabolic pathways which may be catabolic …": a long
    // object's relative clause says more of it than the card asks
    // ("a template on which …" keeps its clause: the noun needs it)
    let relative = (3..words.len())
        .find(|&k| ["which", "who", "whom"].contains(&words[k]))
        .filter(|&k| words.len() > MAX_OBJECT_WORDS && !PREPOSITIONS.contains(&words[k - 1]));
    match second_statement(&words)
        .or(purpose.map(|k| k + 1))
        .or(relative.map(|k| k + 1))
    {
        Some(k) => words[..k - 1].join(" "),
        None => object.to_string(),
    }
}

/// Words that take a relative pronoun into their phrase ("under which").
const PREPOSITIONS: &[&str] = &[
    "on", "in", "under", "by", "to", "for", "with", "from", "at", "of", "into", "through", "over",
    "during", "within", "upon", "beneath", "behind", "onto", "about", "between", "among",
];

/// Most words of an object kept with its relative clause.
const MAX_OBJECT_WORDS: usize = 12;

/// "a small cog in the machine and feels as if …" → "a small cog in the
/// machine": the text up to a second statement joined by "and".
pub(super) fn one_statement(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    // "… objects and lists": a last word is a noun of the list
    match second_statement(&words).filter(|&k| k + 1 < words.len()) {
        Some(k) => words[..k - 1].join(" "),
        None => text.to_string(),
    }
}

/// Where a second statement starts after an "and": a verb ("… and runs",
/// "… and also drank some"; "calm and collected" is none), a consequence
/// ("… and consequently have …") or a clause ("… and the workers are
/// called …").
fn second_statement(words: &[&str]) -> Option<usize> {
    // "… and withstands high pressures": a verb of the lists, or one that
    // is a verb and nothing else
    let verb = |w: &str| {
        super::verbs::known_third_person(w)
            || super::verbs::looks_third_person(w) && super::verbs::only_a_verb(&base_form(w))
    };
    const CONSEQUENCES: &[&str] = &["consequently", "therefore", "thus"];
    let clause = |k: usize| {
        NOUN_OPENERS.contains(&words[k])
            && words[k + 1..]
                .iter()
                .take(4)
                .skip(1)
                .take_while(|w| !w.ends_with(','))
                .any(|w| BE_HAVE.contains(w) || verb(w))
    };
    // "…, and contain a filter": a plural's second verb after a comma
    let base_after_comma =
        |k: usize| k >= 2 && words[k - 2].ends_with(',') && super::verbs::known_verb(words[k]);
    // "…, and QUIC builds …": a name and its own verb
    let named_clause = |k: usize| {
        k >= 2
            && words[k - 2].ends_with(',')
            && words[k].starts_with(char::is_uppercase)
            && words.get(k + 1).is_some_and(|w| verb(w))
    };
    // ", or can reenter …": a second modal statement
    const MODALS: &[&str] = &["can", "could", "will", "may", "might", "must"];
    (1..words.len()).find(|&k| {
        let word = words[k].trim_matches(['"', '“', '”']);
        words[k - 1] == "or" && MODALS.contains(&word)
            || words[k - 1] == "and"
                && (verb(word)
                // "… and are accumulated"
                || BE_HAVE.contains(&words[k])
                || base_after_comma(k)
                || named_clause(k)
                || clause(k)
                || CONSEQUENCES.contains(&words[k])
                || ["also", "then"].contains(&words[k])
                    && words
                        .get(k + 1)
                        .is_some_and(|w| verb(w) || super::past::past_base(w).is_some()))
    })
}

/// "The Domain Name System (or DNS) translates …" → the clause without
/// the name in brackets, and " (DNS)".
pub(super) fn without_alias(c: &str) -> (String, String) {
    let Some(open) = c.find(" (") else {
        return (c.to_string(), String::new());
    };
    let Some(len) = c[open..].find(')') else {
        return (c.to_string(), String::new());
    };
    let inner = &c[open + 2..open + len];
    let name = inner.strip_prefix("or ").unwrap_or(inner).trim();
    // "Speech poverty ('alogia')": a name in quotes
    const QUOTES: &[char] = &['\'', '"', '‘', '’', '“', '”'];
    let quoted = name.starts_with(QUOTES) && name.ends_with(QUOTES);
    let name = name.trim_matches(QUOTES);
    let early = c[..open].split_whitespace().count() <= MAX_SUBJECT_WORDS;
    // "(DNS)", or a symbol: "(T½)", "(C6)"
    let symbol = name.chars().count() <= 5
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().any(|c| !c.is_ascii_alphabetic());
    let is_name = !name.contains(' ')
        && (name.chars().filter(char::is_ascii_uppercase).count() >= 2 || symbol || quoted);
    if !(early && is_name) {
        return (c.to_string(), String::new());
    }
    (
        format!("{}{}", &c[..open], &c[open + len + 1..]),
        format!(" ({name})"),
    )
}

/// An answer without the examples the notes give in brackets
/// ("names (for example, www.example.com)" → "names").
fn without_examples(s: &str) -> String {
    let mut out = s.to_string();
    for lead in ["(for example", "(e.g.", "(eg.", "(such as", "(i.e."] {
        while let Some(at) = out.find(lead) {
            let Some(len) = out[at..].find(')') else {
                break;
            };
            out.replace_range(at..at + len + 1, "");
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "forwards", "reaches": a lower-case word that reads as a verb in the
/// third person (not "is", "has", a plural after "of", or an adverb).
fn third_person_verb(w: &str) -> bool {
    const NOT: &[&str] = &[
        "is",
        "has",
        "was",
        "does",
        "its",
        "this",
        "thus",
        "always",
        "sometimes",
        "perhaps",
        "plus",
        "minus",
        "versus",
        "across",
        "towards",
        "besides",
        "unless",
        "less",
        "bytes",
        "bits",
        "times",
        "ones",
        "others",
        "yes",
        "us",
        "as",
        "status",
        "focus",
        "bus",
        "gas",
        "class",
        "access",
        "process",
        "address",
        "series",
        "species",
        "news",
    ];
    let lower = w.to_lowercase();
    w.chars().all(|c| c.is_ascii_lowercase())
        && lower.len() >= 4
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("ous")
        && !NOT.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::parties::Parties;

    fn qa(s: &str) -> Option<(String, String)> {
        let lex = Lexicon::new(s, Parties::default());
        any_verb(s.trim_end_matches('.'), &lex).map(|f| (f.question, f.answer))
    }

    #[test]
    fn a_latin_plural_a_one_word_thing_and_a_long_object_are_read() {
        let asked = |q: &str, a: &str| Some((q.to_string(), a.to_string()));
        assert_eq!(
            qa("Ribosomes synthesise proteins."),
            asked("what do ribosomes synthesise?", "Proteins")
        );
        assert_eq!(
            qa("Fungi secrete enzymes onto their food."),
            asked("what do fungi secrete?", "Enzymes onto their food")
        );
        assert_eq!(
            qa("Kilns produce hard pots in brick chambers which may be round, square, tall, low or long."),
            asked("what do kilns produce?", "Hard pots in brick chambers")
        );
        // how much is no thing; one word after a verb not of the lists is none
        assert_eq!(qa("Potters buy less when clay is dear."), None);
        assert_eq!(qa("GLAZE based pots."), None);
    }

    #[test]
    fn a_plain_noun_subject_is_asked_about_its_object() {
        assert_eq!(
            qa("Glaze absorbs heat from the flame and reflects light."),
            Some((
                "what does glaze absorb?".into(),
                "Heat from the flame".into()
            ))
        );
        assert_eq!(
            qa("Kilns raise the clay's temperature to harden it."),
            Some((
                "what do kilns raise?".into(),
                "The clay's temperature".into()
            ))
        );
        assert_eq!(
            qa("Every potter works according to the studio's firing plan."),
            Some((
                "how does every potter work?".into(),
                "According to the studio's firing plan".into()
            ))
        );
        assert_eq!(
            one_statement("a glazed pot, or can stand bare on the shelf"),
            "a glazed pot,"
        );
        assert_eq!(
            one_statement("the kiln and \"stores\" the pots it holds"),
            "the kiln"
        );
        assert_eq!(
            one_statement("glaze to the pot, and Raku builds a fast glow"),
            "glaze to the pot,"
        );
        assert_eq!(
            qa("The kick wheel keeps turning for a minute after each kick."),
            Some((
                "what does the kick wheel keep doing?".into(),
                "Turning for a minute after each kick".into()
            ))
        );
        // a formula is no object
        assert_eq!(
            qa("The glaze law implies |A| = |B| - 1 for every pot."),
            None
        );
        // "The outer rings crack": no known verb after "the" and one word
        assert_eq!(qa("The outer layers collapse onto the core."), None);
        assert_eq!(
            qa("The thermocouple measures the chamber heat."),
            Some((
                "what does the thermocouple measure?".into(),
                "The chamber heat".into()
            ))
        );
        // an instruction, an idiom, a verb with no object, a place
        assert_eq!(qa("Apply glaze with a wide brush."), None);
        assert_eq!(qa("Firing takes place in the back room."), None);
        assert_eq!(qa("Glazing plays a key role in the look."), None);
        assert_eq!(qa("Crazing happens rarely in stoneware."), None);
        assert_eq!(qa("Cracks appear along the rim."), None);
        // a noun after an article is no verb ("the coins")
        assert_eq!(
            qa("The size of the kilns limits the firing."),
            Some((
                "what does the size of the kilns limit?".into(),
                "The firing".into()
            ))
        );
        // a particle belongs to its verb
        assert_eq!(
            qa("The Potters Guild blocks off entry to the kiln yard."),
            Some((
                "what does the Potters Guild block off?".into(),
                "Entry to the kiln yard".into()
            ))
        );
    }

    #[test]
    fn a_past_verb_after_a_name_or_an_article_is_asked() {
        let past = |s: &str| {
            let lex = Lexicon::new(s, Parties::default());
            past_object(s.trim_end_matches('.'), &lex).map(|f| (f.question, f.answer))
        };
        assert_eq!(
            past("The Potters built kilns across Italy."),
            Some((
                "what did the Potters build?".into(),
                "Kilns across Italy".into()
            ))
        );
        // an adjective after the article, after "of", no object, a particle
        assert_eq!(
            past("The Etruscans poured half the glaze over the bowl and also drank some tea."),
            Some((
                "what did the Etruscans pour?".into(),
                "Half the glaze over the bowl".into()
            ))
        );
        assert_eq!(past("The glazed pots sold well in Rome."), None);
        // "the" and a noun: a verb if an object opens after it
        assert_eq!(past("The threads held tight along the loom."), None);
        assert_eq!(
            past("The guilds resisted the hiring of new potters."),
            Some((
                "what did the guilds resist?".into(),
                "The hiring of new potters".into()
            ))
        );
        assert_eq!(past("The use of fired clay spread fast."), None);
        assert_eq!(past("The default cone used is cone 6."), None);
        assert_eq!(past("A series of kilns broke down last year."), None);
    }

    #[test]
    fn a_duration_taken_is_asked() {
        assert_eq!(
            qa("A bisque firing takes about eight hours."),
            Some((
                "what does a bisque firing take?".into(),
                "About eight hours".into()
            ))
        );
    }
}
