//! Plain statements that name no party and define nothing, asked about
//! their object: "Leaf nodes store rows of data" → "What do leaf nodes
//! store?"; "X is called Y" → "What is X called?"; "X is the only Y" →
//! "What is the only Y?"; "X is used to Y" → "What is X used for?". Read
//! only where no other sentence rule found anything.

use super::facts::{base_form, third_person, Fact};
use super::text::{capitalise, first_word, strip_markers, Lexicon};
use super::verbs::STATEMENT_VERBS;

/// Longest subject (in words) a question can name.
pub(super) const MAX_SUBJECT_WORDS: usize = 6;
/// Longest answer (in words) of a statement card.
const MAX_ANSWER_WORDS: usize = 20;

/// Words that cannot be part of a subject: verbs, modals, conjunctions
/// and negations (the sentence is not "subject verb object").
pub(super) const NOT_IN_SUBJECT: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "can",
    "cannot",
    "must",
    "will",
    "would",
    "should",
    "may",
    "might",
    "could",
    "does",
    "do",
    "did",
    "not",
    "no",
    "never",
    "if",
    "when",
    "while",
    "because",
    "since",
    "although",
    "though",
    "whereas",
    "unless",
    "whether",
    "but",
    "so",
    "we",
    "you",
    "i",
    "there",
    "only",
    "which",
    "that",
    "who",
    "whose",
    "where",
    "what",
    "as",
    "always",
    "often",
    "sometimes",
    "usually",
];

/// Words an object may not start with: a preposition means the verb's own
/// object is missing ("translates to machine code").
pub(super) const NOT_OBJECT_STARTS: &[&str] = &[
    "to",
    "into",
    "from",
    "with",
    "by",
    "for",
    "on",
    "in",
    "at",
    "of",
    "(",
    "and",
    "or",
    "but",
    "as",
    "itself",
    "themselves",
    "himself",
    "herself",
];

/// Words that make a subject point elsewhere ("It stores …").
pub(super) const POINTING: &[&str] = &[
    "this", "that", "it", "these", "those", "they", "which", "what", "there", "here", "he", "she",
    "we", "i", "you", "such", "who", "how", "why", "when", "where", "if", "its", "their", "your",
    "our", "my", "his", "her", "some", "most", "many", "one", "not",
];

/// Words that open a subject and leave no doubt it is one ("A router
/// forwards …", "Each potter glazes …").
pub(super) const DETERMINERS: &[&str] = &["a", "an", "the", "each", "every"];

/// Particles that make a phrasal verb ("take up", "carry out").
pub(super) const PARTICLES: &[&str] = &["up", "out", "off", "down", "over", "away", "back"];

/// "up a lot of memory" → ("up", "a lot of memory"): a particle that
/// opens an object belongs to the verb before it.
pub(super) fn particle_apart(object: &str) -> Option<(&'static str, String)> {
    let (first, rest) = object.split_once(' ')?;
    let particle = PARTICLES.iter().find(|p| **p == first)?;
    Some((particle, rest.to_string()))
}

/// "down, and the spindle forms" after "breaks": a phrasal verb that
/// takes no object, its particle alone before a comma or the end.
pub(super) fn bare_particle(object: &str) -> bool {
    let first = object.split_whitespace().next().unwrap_or("");
    let word = first.trim_end_matches([',', ';', '.']).to_lowercase();
    let alone = first.len() > word.len() || !object.trim().contains(' ');
    PARTICLES.contains(&word.as_str()) && alone
}

/// Trailing words that belong in the question ("creates an index by
/// default" → "What does it create by default?").
const QUESTION_TAILS: &[&str] = &["by default", "automatically"];

/// The statement a clause makes, as a question about its object.
pub fn statement(clause: &str, lex: &Lexicon) -> Option<Fact> {
    // "In a capitalist society the dominant class is called …": asked
    // of the subject, in its scope
    if let Some((scope, rest)) = super::facts::scope_without_comma(strip_markers(clause)) {
        if let Some(mut f) = statement(rest, lex) {
            f.question = format!("{}, {}", super::text::lower_first(scope), f.question);
            return Some(f);
        }
    }
    // "The pointer always marks …": read without the adverb when no rule
    // reads it with.
    statement_as_written(clause, lex)
        .or_else(|| {
            let plain = super::verbs::without_adverb(clause)?;
            statement_as_written(&plain, lex)
        })
        .or_else(|| {
            let plain = super::aside::without_aside(strip_markers(clause))?;
            statement_as_written(&plain, lex)
        })
        .map(idiom_kept)
        .map(to_do_kept)
        .filter(|f| !super::counted::uncounted(&f.question, &f.answer))
}

/// "Sugar causes the glaze to run" asked "what does sugar cause?" → "The
/// glaze to run": the thing made to act goes to the question, "what does
/// sugar cause the glaze to do?" → "Run".
pub(super) fn to_do_kept(mut f: Fact) -> Fact {
    const MAKING: &[&str] = &[
        "cause",
        "allow",
        "enable",
        "force",
        "help",
        "encourage",
        "require",
        "persuade",
        "lead",
    ];
    let Some(q) = f.question.strip_suffix('?') else {
        return f;
    };
    let verb = q.rsplit(' ').next().unwrap_or("");
    let words: Vec<&str> = f.answer.split_whitespace().collect();
    let to = words.iter().take(5).position(|w| *w == "to");
    let (Some(at), true) = (to, MAKING.contains(&verb)) else {
        return f;
    };
    let verb_next = words
        .get(at + 1)
        .is_some_and(|w| super::verbs::known_verb(w));
    if at == 0 || !verb_next || words.len() < at + 2 {
        return f;
    }
    // "Firms to enter …": a common noun in lower case, a name kept
    let who = words[..at].join(" ");
    let who = match who
        .chars()
        .skip(1)
        .take_while(|c| c.is_alphabetic())
        .all(char::is_lowercase)
    {
        true => super::text::lower_first(&who),
        false => who,
    };
    f.question = format!("{q} {who} to do?");
    f.answer = capitalise(&words[at + 1..].join(" "));
    f
}

/// "can take advantage of versioning" asked "what can files take?" →
/// "Advantage of versioning": a verb and the noun it makes one verb
/// with stay together in the question.
fn idiom_kept(mut f: Fact) -> Fact {
    const IDIOMS: &[(&str, &str)] = &[
        ("take", "advantage of"),
        ("take", "care of"),
        ("take", "account of"),
        ("take", "part in"),
        ("make", "use of"),
        ("make", "sense of"),
        ("keep", "track of"),
        ("lose", "track of"),
        ("get", "rid of"),
    ];
    let q = f.question.trim_end_matches('?').to_string();
    let lower = f.answer.to_lowercase();
    let found = IDIOMS.iter().find(|(verb, noun)| {
        q.ends_with(&format!(" {verb}")) && lower.starts_with(&format!("{noun} "))
    });
    if let Some((_, noun)) = found {
        let rest = f.answer[noun.len()..].trim_start();
        f.question = format!("{q} {noun}?");
        f.answer = super::text::capitalise(rest);
    }
    f
}

fn statement_as_written(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = strip_markers(clause)
        .trim()
        .trim_end_matches(['.', ';', '!']);
    // "Every state can manipulate JSON using:" leads a list; it says
    // nothing alone
    if c.ends_with(['?', ':']) || c.is_empty() {
        return None;
    }
    use_for(c)
        .or_else(|| super::held::held(c, lex))
        .or_else(|| super::naming::called(c, lex))
        .or_else(|| super::naming::unique(c))
        .or_else(|| used_for(c, lex))
        .or_else(|| the_of(c))
        .or_else(|| verb_object(c, lex))
        .or_else(|| super::any_verb::any_verb(c, lex))
        .or_else(|| super::any_verb::past_object(c, lex))
        .or_else(|| super::modal::only_if(c, lex))
        .or_else(|| super::modal::modal_object(c, lex))
        .or_else(|| super::you_can::you_can(c))
        .or_else(|| super::has::has_object(c, lex))
}

/// "Use short keys to save memory" → "what should you use to save
/// memory?", "Always use X with Y" → "what should you always use with
/// Y?": advice that names its tool and its purpose.
fn use_for(c: &str) -> Option<Fact> {
    if let Some(f) = to_use(c) {
        return Some(f);
    }
    // "Always use X with Y", "It is best to use X instead of Y".
    const LEADS: &[(&str, &str)] = &[
        ("Use ", ""),
        ("use ", ""),
        ("Run ", ""),
        ("run ", ""),
        ("Always use ", "always "),
        ("It is best to use ", ""),
        ("You should use ", ""),
    ];
    let (adverb, rest) = LEADS
        .iter()
        .find_map(|(lead, adverb)| Some((*adverb, c.strip_prefix(lead)?)))?;
    let lower = rest.to_ascii_lowercase();
    let (at, sep) = [" to ", " for ", " with ", " instead of ", " rather than "]
        .iter()
        .filter_map(|s| lower.find(s).map(|at| (at, *s)))
        .min()?;
    let tool = rest[..at].trim();
    let purpose = rest[at + sep.len()..].trim();
    let n = tool.split_whitespace().count();
    // "instead of su": a single word names the other choice.
    let min_words = if matches!(sep, " instead of " | " rather than ") {
        1
    } else {
        2
    };
    if !(1..=6).contains(&n)
        || purpose.split_whitespace().count() < min_words
        || tool.contains([',', ';', '('])
        || purpose.contains([',', ';'])
        || POINTING.contains(&first_word(tool).as_str())
    {
        return None;
    }
    fact(format!("what should you {adverb}use{sep}{purpose}?"), tool)
}

/// "To stop a firing, use `kiln stop`." → "what should you use to stop a
/// firing?": the purpose first, then the tool.
fn to_use(c: &str) -> Option<Fact> {
    let rest = c.strip_prefix("To ")?;
    let (purpose, tool) = rest.split_once(", ")?;
    let tool = ["use ", "run ", "type "]
        .iter()
        .find_map(|v| tool.strip_prefix(v))?
        .trim_end_matches('.');
    let n = tool.split_whitespace().count();
    let p = purpose.split_whitespace().count();
    if !(1..=6).contains(&n) || !(2..=10).contains(&p) || tool.contains([',', ';']) {
        return None;
    }
    fact(format!("what should you use to {purpose}?"), tool)
}

/// "The default size of a page is 8 KB" → "what is the default size of a
/// page?": a subject that names what it is of (or for).
fn the_of(c: &str) -> Option<Fact> {
    let lower = c.to_ascii_lowercase();
    let at = lower.find(" is ")?;
    let subject = c[..at].trim();
    let words: Vec<String> = subject.split_whitespace().map(str::to_lowercase).collect();
    // "The unit for molar mass is …": what it is for, as of
    let of = words.iter().position(|w| w == "of" || w == "for")?;
    let answer = c[at + 4..].trim();
    let first = first_word(answer);
    // "An important aspect of care for … is …": one of several
    const ONE_OF: &[&str] = &["important", "key", "main", "major", "common", "essential"];
    let one = ["a", "an", "one"].contains(&words[0].as_str())
        && words.get(1).is_some_and(|w| ONE_OF.contains(&w.as_str()));
    if words.first().map(String::as_str) != Some("the") && !one
        || !(2..=3).contains(&of)
        || of + 1 == words.len()
        || words.len() > MAX_SUBJECT_WORDS + if one { 4 } else { 2 }
        || words.iter().any(|w| NOT_IN_SUBJECT.contains(&w.as_str()))
        || subject.contains([',', ':', '(', '?'])
        || ["not", "never", "no", "also", "only", "usually", "often"].contains(&first.as_str())
        || answer.split_whitespace().count() < 2
    {
        return None;
    }
    let subject = super::text::lower_first(subject);
    // "…, which may cause toxicity": what follows from it explains
    let (answer, why) = match answer.split_once(", which ") {
        Some((head, rest)) => (head, Some(format!("This {rest}"))),
        None => (answer, None),
    };
    let mut f = fact(format!("what is {subject}?"), answer)?;
    f.explanation = why.map(|w| w.trim_end_matches('.').to_string());
    Some(f)
}

/// The statements of a sentence, each side of a contrast ("While …, …")
/// read on its own.
pub fn statements_of(sentence: &str, lex: &Lexicon) -> Vec<Fact> {
    contrast_parts(sentence)
        .iter()
        .filter_map(|p| statement(p, lex))
        .collect()
}

/// The sides of a contrast, each a statement of its own: "While X does
/// A, Y does B" and "X does A, whereas Y does B" → ["X does A", "Y does
/// B"]; any other sentence whole.
pub fn contrast_parts(s: &str) -> Vec<String> {
    let lower = s.to_ascii_lowercase();
    for lead in ["while ", "whereas ", "although "] {
        if lower.starts_with(lead) {
            if let Some(at) = s.find(", ") {
                return vec![s[lead.len()..at].to_string(), s[at + 2..].to_string()];
            }
        }
    }
    for mid in [", while ", ", whereas ", " while ", " whereas "] {
        if let Some(at) = lower.find(mid) {
            return vec![s[..at].to_string(), s[at + mid.len()..].to_string()];
        }
    }
    vec![s.to_string()]
}

/// "Groups are used to apply permissions" → "what are groups used for?"
fn used_for(c: &str, lex: &Lexicon) -> Option<Fact> {
    let lower = c.to_ascii_lowercase();
    for (be, lead) in [("is", " is used "), ("are", " are used ")] {
        let Some(at) = lower.find(lead) else { continue };
        let rest = c[at + lead.len()..].trim();
        let rest_l = rest.to_ascii_lowercase();
        if !(rest_l.starts_with("to ") || rest_l.starts_with("for ")) {
            return None;
        }
        let subject = subject_phrase(&c[..at], lex, false)?;
        let answer = rest.strip_prefix("for ").unwrap_or(rest);
        return fact(format!("what {be} {subject} used for?"), answer);
    }
    None
}

/// "Leaf nodes store rows of data" → "what do leaf nodes store?"
fn verb_object(c: &str, lex: &Lexicon) -> Option<Fact> {
    // "Speech poverty ('alogia') refers to …": the name in brackets goes
    // with the subject, when it follows it
    let (plain, alias) = super::any_verb::without_alias(c);
    let named_at = c
        .find(" (")
        .map(|open| c[..open].split_whitespace().count());
    named_at
        .filter(|_| !alias.is_empty())
        .and_then(|n| verb_object_of(&plain, &alias, n, lex))
        .or_else(|| verb_object_of(c, "", MAX_SUBJECT_WORDS, lex))
}

/// `verb_object` of a clause whose subject, of at most `most` words,
/// has the name `alias` (then it is of `most` words, the name after it).
fn verb_object_of(c: &str, alias: &str, most: usize, lex: &Lexicon) -> Option<Fact> {
    let words: Vec<&str> = c.split_whitespace().collect();
    let least = if alias.is_empty() { 1 } else { most.max(1) };
    for at in least..words.len().min(MAX_SUBJECT_WORDS + 1).min(most + 1) {
        let Some((base, plural, len)) = verb_at(&words[at..]) else {
            continue;
        };
        // "Go run compiles …": a verb in the plural follows a plural noun.
        let last = words[at - 1].to_lowercase();
        let plural_noun = super::text::looks_plural(&last);
        // "Great for ad-hoc querying, integrates with …": a comma before
        // the verb ends no subject
        if plural && !plural_noun || last.ends_with(',') {
            continue;
        }
        let subject = subject_phrase(&words[..at].join(" "), lex, false)? + alias;
        let mut object = words[at + len..].join(" ");
        // "… and consequently have long lives": a second statement, not
        // part of the object
        object = super::any_verb::first_predicate(&object);
        // "use up their fuel": the particle belongs to the verb
        let mut base = base;
        if let Some((particle, rest)) = particle_apart(&object).filter(|(p, _)| *p != "over") {
            base = format!("{base} {particle}");
            object = rest;
        }
        let mut tail = String::new();
        for t in QUESTION_TAILS {
            if let Some(o) = object.strip_suffix(&format!(" {t}")) {
                tail = format!(" {t}");
                object = o.to_string();
            }
        }
        let does = if plural { "do" } else { "does" };
        // "allows you to join tables" → "what does it allow you to do?"
        let lower = object.to_ascii_lowercase();
        for who in ["you", "us", "users", "programs", "applications"] {
            if let Some(rest) = lower.strip_prefix(&format!("{who} to ")) {
                let rest = &object[object.len() - rest.len()..];
                return fact(format!("what {does} {subject} {base} {who} to do?"), rest);
            }
        }
        let first = first_word(&object);
        if bare_particle(&object) {
            return None;
        }
        // "The harbour lights go out": a plural noun read as the verb, the
        // real verb and its particle after it
        let second = object.split_whitespace().nth(1).unwrap_or("");
        let verb_next = super::verbs::known_verb(&first)
            && (PARTICLES.contains(&second) || NOT_OBJECT_STARTS.contains(&second));
        // "locks automatically once …": an adverb, no object.
        if first.is_empty()
            || verb_next
            || first.ends_with("ly")
            || NOT_OBJECT_STARTS.contains(&first.as_str())
            || object.starts_with('(')
        {
            return None;
        }
        return fact(format!("what {does} {subject} {base}{tail}?"), &object);
    }
    None
}

/// A statement verb at the start of `words`: (base form with its
/// particle, whether the subject is plural, words used).
fn verb_at(words: &[&str]) -> Option<(String, bool, usize)> {
    verb_of(words, STATEMENT_VERBS)
}

/// One of `verbs` (base forms, a particle or noun after some: "take
/// place") at the start of `words`, in the third person or the base
/// form: (the verb as listed, whether the subject is plural, words used).
pub(super) fn verb_of(words: &[&str], verbs: &[&str]) -> Option<(String, bool, usize)> {
    let lower: Vec<String> = words.iter().take(3).map(|w| w.to_lowercase()).collect();
    for base in verbs {
        let parts: Vec<&str> = base.split(' ').collect();
        let third = third_person(parts[0]);
        let first = lower.first()?;
        let plural = if *first == third {
            false
        } else if first == parts[0] {
            true
        } else {
            continue;
        };
        if parts[1..]
            .iter()
            .enumerate()
            .all(|(k, p)| lower.get(k + 1).is_some_and(|w| w == p))
        {
            return Some((base.to_string(), plural, parts.len()));
        }
    }
    None
}

/// The subject as a question names it: a short noun phrase, no pronoun,
/// verb or clause in it; "the" put before a bare lower-case noun when
/// `article` says the question needs one.
pub(super) fn subject_phrase(s: &str, lex: &Lexicon, article: bool) -> Option<String> {
    // A name given to something may need a longer description of it.
    let max = if article {
        MAX_SUBJECT_WORDS + 2
    } else {
        MAX_SUBJECT_WORDS
    };
    let s = s.trim().trim_end_matches(',');
    let words: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
    let first = first_word(s);
    if words.is_empty()
        || words.len() > max
        || POINTING.contains(&first.as_str())
        || words.iter().any(|w| NOT_IN_SUBJECT.contains(&w.as_str()))
        || s.contains([',', ':', '(', '"'])
        // "A 'Reader Endpoint' also exists - provides …": a clause
        || s.contains(" - ")
        || s.ends_with(" -")
        || words
            .iter()
            .any(|w| w.ends_with("ly") || is_statement_verb(w))
        // "Slow cooling lets crystals …": a clause, its verb inside
        || words.iter().any(|w| super::verbs::makes_act(w))
        || anaphoric(s) && !names_title(s, lex)
        || verb_after_noun(&words)
        || lex.parties.prefix(s).is_some()
        || !named(s)
    {
        return None;
    }
    let phrase = lex.lc_phrase(s);
    let determiner = ["a", "an", "the", "every", "each", "all", "any"].contains(&first.as_str());
    let bare_noun = s.starts_with(|c: char| c.is_lowercase());
    Some(if article && bare_noun && !determiner {
        format!("the {phrase}")
    } else if determiner {
        let (d, rest) = phrase.split_once(' ').unwrap_or((&phrase, ""));
        format!("{} {rest}", d.to_lowercase())
    } else {
        phrase
    })
}

/// "means", "stores": a statement verb in the third person.
pub fn is_statement_verb(w: &str) -> bool {
    STATEMENT_VERBS
        .iter()
        .any(|b| third_person(b.split(' ').next().unwrap_or(b)) == w)
}

/// "the kiln employs strong safety": a verb after the subject's noun, so
/// the phrase is a clause, not a subject (a later verb was taken for its).
fn verb_after_noun(words: &[String]) -> bool {
    matches!(words, [det, _, verb, _, ..]
        if ["the", "a", "an", "this", "each", "every"].contains(&det.as_str())
            && super::verbs::looks_third_person(verb))
}

/// Nouns that, after "the" alone, point back to what the sentence before
/// named ("The combination", "the result"), where "the thermocouple"
/// names a thing.
const VAGUE_NOUNS: &[&str] = &[
    "combination",
    "value",
    "values",
    "result",
    "results",
    "process",
    "method",
    "approach",
    "idea",
    "effect",
    "change",
    "difference",
    "problem",
    "solution",
    "thing",
    "things",
    "way",
    "step",
    "case",
    "situation",
    "reason",
    "outcome",
    "option",
    "feature",
    "output",
    "input",
    "number",
    "amount",
    "list",
    "item",
    "items",
    "other",
    "others",
    "former",
    "latter",
    "same",
    "rest",
    "following",
    "answer",
    "goal",
    "aim",
    "purpose",
    "issue",
    "point",
    "fact",
    "concept",
    "term",
    "type",
    "part",
    "example",
    "one",
    "ones",
    "pair",
    "two",
    "three",
    "both",
    "many",
    "few",
    "several",
    "whole",
    "first",
    "second",
    "last",
];

/// "The combination", "the value": a vague noun that points back to the
/// sentence before, which the card would not show ("The Romans" and "the
/// thermocouple" name things).
fn anaphoric(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    matches!(words[..], [the, noun] if the.eq_ignore_ascii_case("the") && VAGUE_NOUNS.contains(&noun))
}

/// "The heart" under "# The Heart": the note's own subject.
fn names_title(phrase: &str, lex: &Lexicon) -> bool {
    phrase
        .split_whitespace()
        .last()
        .is_some_and(|noun| lex.in_title(noun))
}

/// Whether a phrase has a word that names something (not only articles
/// and short words).
pub(super) fn named(s: &str) -> bool {
    s.split_whitespace()
        .any(|w| w.chars().filter(|c| c.is_alphanumeric()).count() >= 2)
}

pub(super) fn fact(question: String, answer: &str) -> Option<Fact> {
    let answer = answer.trim().trim_end_matches([',', '.', ';']);
    let n = answer.split_whitespace().count();
    (1..=MAX_ANSWER_WORDS)
        .contains(&n)
        .then(|| Fact::asked(question, answer))
}

/// A sentence that starts with one of the line's code spans `codes`:
/// the fact it states about that command.
pub fn code_led_fact(codes: &[String], s: &str) -> Option<Fact> {
    let s = ["Note that ", "Note: ", "Remember that "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s);
    codes.iter().find_map(|c| {
        let after = s.strip_prefix(c.as_str())?.strip_prefix(' ')?;
        // "`git reset` directly manipulates …"
        code_subject_fact(c, after).or_else(|| {
            let plain = super::verbs::without_adverb(&format!("{c} {after}"))?;
            code_subject_fact(c, plain.strip_prefix(c.as_str())?.trim_start())
        })
    })
}

/// A sentence whose subject is a command in backticks (`code`, then the
/// words `after` it): "`tool run -q` prints nothing" → "what does tool
/// run -q do?"; "`tool` is the default way …" → "what is tool?".
fn code_subject_fact(code: &str, after: &str) -> Option<Fact> {
    let code = code.trim();
    let after = after.trim().trim_end_matches(['.', '!', ';']);
    let (verb, rest) = after.split_once(' ')?;
    if code.is_empty() || code.split_whitespace().count() > 8 || rest.trim().is_empty() {
        return None;
    }
    let third = verb.len() >= 4
        && verb.chars().all(|c| c.is_ascii_lowercase())
        && verb.ends_with('s')
        && !["ss", "us", "is"].iter().any(|e| verb.ends_with(e));
    // "`EFS` uses POSIX permissions" → "what does EFS use?": a verb
    // whose object is what there is to learn
    const OBJECT_VERBS: &[&str] = &[
        "use", "support", "store", "require", "accept", "contain", "include", "return",
    ];
    let object_verb = third && OBJECT_VERBS.contains(&base_form(verb).as_str());
    let question = match verb {
        "is" if ["the ", "a ", "an "].iter().any(|a| rest.starts_with(a)) => {
            format!("what is {code}?")
        }
        _ if object_verb => format!("what does {code} {}?", base_form(verb)),
        _ if third => format!("what does {code} do?"),
        _ => return None,
    };
    let answer = if third && !object_verb { after } else { rest };
    Some(Fact {
        question,
        prefix: None,
        answer: capitalise(answer.trim()),
        explanation: None,
        who: false,
    })
}

#[cfg(test)]
mod tests {
    use super::super::parties::Parties;
    use super::*;

    fn ask(s: &str) -> Option<(String, String)> {
        let lex = Lexicon::new(s, Parties::new(&[], None, false));
        statement(s, &lex).map(|f| (f.question, f.answer))
    }

    #[test]
    fn a_verb_and_its_noun_stay_together_in_the_question() {
        let lex = Lexicon::default();
        let f = statement(
            "Shelves fired hot can take advantage of the lower chamber.",
            &lex,
        )
        .unwrap();
        assert_eq!(f.question, "what can shelves fired hot take advantage of?");
        assert_eq!(f.answer, "The lower chamber");
    }

    #[test]
    fn a_sentence_led_by_code_asks_what_the_code_does_or_uses() {
        let asked =
            |s: &str| code_led_fact(&["kiln-ctl".to_string()], s).map(|f| (f.question, f.answer));
        let q = |q: &str, a: &str| Some((q.to_string(), a.to_string()));
        assert_eq!(
            asked("kiln-ctl uses the cone 6 schedule."),
            q("what does kiln-ctl use?", "The cone 6 schedule")
        );
        assert_eq!(
            asked("kiln-ctl prints nothing when idle."),
            q("what does kiln-ctl do?", "Prints nothing when idle")
        );
        assert_eq!(
            asked("kiln-ctl is the tool that fires a kiln."),
            q("what is kiln-ctl?", "The tool that fires a kiln")
        );
    }

    #[test]
    fn statements_are_asked_about_their_object() {
        let q = |q: &str, a: &str| Some((q.to_string(), a.to_string()));
        assert_eq!(
            ask("Leaf pages store rows of the table."),
            q("what do leaf pages store?", "Rows of the table")
        );
        assert_eq!(
            ask("A UNIQUE constraint creates an index by default"),
            q(
                "what does a UNIQUE constraint create by default?",
                "An index"
            )
        );
        assert_eq!(
            ask("count of one bits in a word is called its weight"),
            q(
                "what is the count of one bits in a word called?",
                "Its weight"
            )
        );
        // a description too long to ask by: the name is asked instead
        assert_eq!(
            ask("A group of potters who agree to share one kiln and its fuel is called a guild."),
            q(
                "what is a guild?",
                "A group of potters who agree to share one kiln and its fuel"
            )
        );
        assert_eq!(
            ask("The fired pots that crack on cooling in the open air are called dunted pots."),
            q(
                "what are dunted pots?",
                "The fired pots that crack on cooling in the open air"
            )
        );
        assert_eq!(
            ask("In the old kiln, with its long flue and chamber, the box is called the mouth."),
            None
        );
        assert_eq!(
            ask("While is the only loop keyword in Lua"),
            q("what is the only loop keyword in Lua?", "While")
        );
        assert_eq!(
            ask("Coil kilns are the only kiln in the old studio"),
            q("what is the only kiln in the old studio?", "Coil kilns")
        );
        assert_eq!(
            ask("Oxidation is the default atmosphere of an electric kiln."),
            q(
                "what is the default atmosphere of an electric kiln?",
                "Oxidation"
            )
        );
        assert_eq!(
            ask("Raku and pit firing are the oldest methods of firing"),
            q(
                "what are the oldest methods of firing?",
                "Raku and pit firing"
            )
        );
        assert_eq!(ask("It is the default atmosphere"), None);
        assert_eq!(
            ask("A kiln shelf operates as a heat sink"),
            q("what does a kiln shelf operate as?", "A heat sink")
        );
        assert_eq!(
            ask("Bisque is the first firing, done slowly"),
            q("what is the first firing?", "Bisque")
        );
        assert_eq!(ask("Good for test tiles, holds a small load"), None);
        assert_eq!(
            ask("Roles are used to lend permissions for a while"),
            q(
                "what are roles used for?",
                "To lend permissions for a while"
            )
        );
        assert_eq!(
            ask("Each module serves as a namespace for its names"),
            q(
                "what does each module serve as?",
                "A namespace for its names"
            )
        );
        assert_eq!(
            ask("A join operation allows you to read two tables at once"),
            q(
                "what does a join operation allow you to do?",
                "Read two tables at once"
            )
        );
        assert_eq!(ask("A compiler translates to machine code"), None);
        assert_eq!(ask("A filter which stores rows"), None);
        assert_eq!(ask("The pair uniquely identifies a link"), None);
        assert_eq!(
            ask("The thermocouple measures the heat"),
            q("what does the thermocouple measure?", "The heat")
        );
        assert_eq!(ask("Keep a list as lists are read"), None);
        assert_eq!(ask("It stores rows."), None);
        assert_eq!(
            contrast_parts("While a host has an address, a port names a service"),
            ["a host has an address", "a port names a service"]
        );
        assert_eq!(
            contrast_parts("`:=` declares while `=` assigns"),
            ["`:=` declares", "`=` assigns"]
        );
        assert_eq!(ask("Not every page stores rows."), None);
        assert_eq!(ask("Pages are small."), None);
        assert_eq!(ask("Is it stored?"), None);
        assert_eq!(
            ask("The boiling point of water is 100 degrees at sea level"),
            q(
                "what is the boiling point of water?",
                "100 degrees at sea level"
            )
        );
        assert_eq!(ask("The point of it is not clear"), None);
        // an adverb between the modal and its verb stays in the question
        assert_eq!(
            ask("The kiln log may also include the cone that bent."),
            q("what may the kiln log also include?", "The cone that bent")
        );
        // "For example," leads in; the example is a statement of its own
        assert_eq!(
            ask("For example, a bisque kiln can hold forty bowls."),
            q("what can a bisque kiln hold?", "Forty bowls")
        );
        assert_eq!(
            ask("The unit for heat work is the pyrometric cone."),
            q("what is the unit for heat work?", "The pyrometric cone")
        );
        assert_eq!(
            ask("Hook scripts can reject a push before it lands"),
            q("what can hook scripts reject?", "A push before it lands")
        );
        assert_eq!(
            ask("config file must list every mirror"),
            q("what must the config file list?", "Every mirror")
        );
        assert_eq!(ask("Hooks can be slow"), None);
        assert_eq!(
            ask("Use shallow clones to speed up the build"),
            q(
                "what should you use to speed up the build?",
                "Shallow clones"
            )
        );
        assert_eq!(
            ask("Use tags for named releases"),
            q("what should you use for named releases?", "Tags")
        );
        assert_eq!(ask("Use it to build"), None);
        assert_eq!(
            ask("To stop a firing, use kiln stop."),
            q("what should you use to stop a firing?", "Kiln stop")
        );
        assert_eq!(
            ask("Run kiln cool to open the vents"),
            q("what should you use to open the vents?", "Kiln cool")
        );
        assert_eq!(ask("To be fair, use judgement, tact and care."), None);
        assert_eq!(
            ask("A lighthouse marks the harbour entrance."),
            q("what does a lighthouse mark?", "The harbour entrance")
        );
        assert_eq!(
            ask("Each ferry carries cars across the bay."),
            q("what does each ferry carry?", "Cars across the bay")
        );
        assert_eq!(ask("The harbour lights go out at dawn."), None);
        assert_eq!(ask("A lighthouse warns of rocks."), None);
        assert_eq!(
            ask("A fast-forward merge is possible only if no commits diverged"),
            None
        );
        assert_eq!(
            ask("A rebase is allowed only if the tree is clean"),
            q("when is a rebase allowed?", "Only if the tree is clean")
        );
        assert_eq!(ask("It can reject a push"), None);
        assert_eq!(ask("Hooks can run to completion"), None);
    }
}
