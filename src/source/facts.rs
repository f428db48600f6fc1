//! Sentence-level rules: who is responsible for what ("X is responsible for
//! Y", "X manages Y", "Y is the customer's responsibility"), and short
//! definitions ("X is a Y", "X is an example of Y").

use super::text::{capitalise, first_word, lower_article, strip_markers, strip_word, Lexicon};
use super::verbs::{adverbs_of, skip_adverbs};
use super::vocab::{CONTEXT_OPENERS, PRONOUNS, RESP_VERBS, ROLE_VERBS, TASK_VERBS};

/// Longest sentence (in words) read for facts: a card cannot ask more, and
/// longer ones would cost more than their length to read.
const MAX_SENTENCE_WORDS: usize = 80;

/// Longest definition (in words) a card answers.
pub const MAX_DEFINITION_WORDS: usize = 25;

/// A fact found in a sentence, ready to become a card.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// The question, starting in lower case ("who manages …?"), without
    /// heading context; `prefix` is its own context with its separator
    /// ("When using EC2, ").
    pub question: String,
    pub prefix: Option<String>,
    pub answer: String,
    pub explanation: Option<String>,
    /// The answer is a party (a "who" question).
    pub who: bool,
}

impl Fact {
    /// A plain question and its answer (capitalised): no prefix of its
    /// own, no explanation, no party.
    pub fn asked(question: String, answer: &str) -> Fact {
        Fact {
            question,
            prefix: None,
            answer: capitalise(answer),
            explanation: None,
            who: false,
        }
    }
}

pub use super::definition::definition;
pub use super::verbs::{base_form, third_person};

/// A responsibility verb at the start of `s` (base or third person form):
/// (base, rest).
fn resp_verb(s: &str) -> Option<(String, &str)> {
    let lower = s.to_ascii_lowercase();
    for base in RESP_VERBS {
        for form in [third_person(base), base.to_string()] {
            if !lower.starts_with(&form) {
                continue;
            }
            let rest = &s[form.len()..];
            if rest.starts_with(' ') {
                return Some((base.to_string(), rest.trim_start()));
            }
            // "operates, manages, and controls the components"
            if let Some(more) = rest.strip_prefix(", ") {
                let mut verbs = vec![third_person(base)];
                let mut r = more;
                loop {
                    let r2 = strip_word(r, "and").unwrap_or(r);
                    let word_end = r2.find([' ', ',']).unwrap_or(r2.len());
                    let word = &r2[..word_end];
                    if !word.ends_with('s') || word.len() < 4 {
                        break;
                    }
                    verbs.push(word.to_string());
                    let after = &r2[word_end..];
                    if let Some(a) = after.strip_prefix(", ") {
                        r = a;
                    } else if r2.len() != r.len() || after.starts_with(' ') {
                        // The last verb, after "and".
                        if r2.len() != r.len() {
                            let n = verbs.len();
                            let list =
                                format!("{}, and {}", verbs[..n - 1].join(", "), verbs[n - 1]);
                            return Some((format!("@{list}"), after.trim_start()));
                        }
                        break;
                    } else {
                        break;
                    }
                }
            }
        }
    }
    None
}

/// The verb as it reads after "who": a base verb in third person, or an
/// already conjugated list (marked with `@`).
fn who_verb(verb: &str) -> String {
    match verb.strip_prefix('@') {
        Some(list) => list.to_string(),
        None => third_person(verb),
    }
}

fn task_verb(s: &str) -> Option<(&'static str, &str)> {
    let lower = s.to_ascii_lowercase();
    RESP_VERBS
        .iter()
        .chain(TASK_VERBS.iter())
        .filter(|base| lower.starts_with(**base) && s[base.len()..].starts_with(' '))
        .max_by_key(|base| base.len())
        .map(|base| (*base, s[base.len()..].trim_start()))
}

/// A task written with a base verb, in the third person: "Classify and
/// encrypt the data" → "classifies and encrypts the data".
pub fn task_third_person(s: &str) -> Option<String> {
    let (verb, rest) = task_verb(s)?;
    let mut out = third_person(verb);
    let mut rest = rest;
    if let Some(after_and) = strip_word(rest, "and") {
        if let Some((verb2, rest2)) = task_verb(after_and) {
            out.push_str(" and ");
            out.push_str(&third_person(verb2));
            rest = rest2;
        }
    }
    Some(format!("{out} {rest}"))
}

/// "Let's take the kiln as an example", "In the next class, we will
/// learn …": the writer leads the reader on, and states nothing ("Lets
/// you fire …" is a verb, and says what a thing does).
pub fn lets(s: &str) -> bool {
    let lower = s.trim_start().to_lowercase();
    let ahead = [
        "we will learn",
        "we will look at",
        "we will take a look",
        "we'll learn",
        "in the next class",
        "in the next lesson",
        "in the next lecture",
        "in the next chapter",
    ];
    ["let's ", "let’s ", "let us "]
        .iter()
        .any(|l| lower.starts_with(l))
        || ahead.iter().any(|a| lower.contains(a))
}

/// `lets`, of a sentence or of what follows its label ("Next — Let's
/// compare …").
pub fn leads_on(s: &str) -> bool {
    s.split(" — ").any(lets)
}

/// All the facts a sentence states.
pub fn facts(sentence: &str, lex: &Lexicon) -> Vec<Fact> {
    let s = super::text::alias_in_brackets(sentence.trim());
    let s = s.as_str();
    if s.ends_with('?') || s.split_whitespace().nth(MAX_SENTENCE_WORDS).is_some() || lets(s) {
        return Vec::new();
    }
    // "People leaving cut the harvest, leading to shortages"
    if let Some(f) = super::consequence::consequence(s) {
        return vec![f];
    }
    // "The faster a kiln cools, the more the glaze crazes"
    if let Some(f) = super::correlative::correlative(s) {
        return vec![f];
    }
    // "RDS (PaaS) = AWS handles database patching, customer handles data."
    if let Some((lhs, rhs)) = s.split_once(" = ") {
        let lhs = lhs.trim();
        if lhs.split_whitespace().count() <= 6 && !lhs.is_empty() {
            // "p = relativistic momentum": what the symbol stands for
            let gloss = rhs.trim().trim_end_matches('.');
            if super::text::symbol(lhs) && super::text::gloss_of_symbol(gloss) {
                let q = format!("what does {lhs} stand for?");
                return vec![Fact::asked(q, gloss)];
            }
            let mut out = Vec::new();
            for clause in clauses(rhs, lex) {
                if let Some(mut f) = clause_fact(&clause, lex) {
                    if f.prefix.is_none() {
                        f.prefix = Some(format!("{lhs}: "));
                    }
                    out.push(f);
                }
            }
            if out.is_empty() {
                return super::definition::equal_term(lhs, gloss, lex)
                    .into_iter()
                    .collect();
            }
            return out;
        }
    }
    let mut out = Vec::new();
    // "X includes A, whereas Y are B": each side a clause
    let parts = clauses(s, lex).into_iter().flat_map(|c| {
        let mut parts = super::statements::contrast_parts(&c);
        parts.iter_mut().skip(1).for_each(|p| *p = capitalise(p));
        parts
    });
    for clause in parts {
        let clause = strip_markers(&clause).to_string();
        // "Allocated memory always holds garbage": read without the adverb
        // when no rule reads it with.
        let plain = || super::verbs::without_adverb(&clause).and_then(|c| one_fact(&c, lex));
        out.extend(scoped(&clause, lex).or_else(|| one_fact(&clause, lex).or_else(plain)));
    }
    out
}

/// Words that open the scope a clause holds in ("In a capitalist
/// society, …").
const SCOPES: &[&str] = &[
    "in", "for", "at", "on", "under", "during", "within", "among", "with", "after", "before",
];

/// "For competitive firms, marginal revenue is equal to the price" →
/// "for competitive firms, what is marginal revenue equal to?": a clause
/// that opens with the scope it holds in, read without it and asked with
/// it. Not a scope that points back ("Under these conditions").
fn scoped(clause: &str, lex: &Lexicon) -> Option<Fact> {
    const POINTING: &[&str] = &[
        "this",
        "these",
        "that",
        "those",
        "such",
        "it",
        "them",
        "which",
        "above",
        "below",
        "previous",
        "following",
    ];
    let (scope, rest) = clause
        .split_once(", ")
        .or_else(|| scope_without_comma(clause))?;
    let words: Vec<String> = scope
        .split_whitespace()
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let first = words.first()?;
    if !SCOPES.contains(&first.as_str())
        || !(2..=6).contains(&words.len())
        || words.iter().any(|w| POINTING.contains(&w.as_str()))
        || rest.split_whitespace().count() < 4
    {
        return None;
    }
    let mut fact = one_fact(rest, lex)?;
    if fact.prefix.is_some() || fact.who {
        return None;
    }
    let scope = super::text::lower_first(scope);
    fact.question = format!("{scope}, {}", fact.question);
    Some(fact)
}

/// "In a capitalist society the dominant class is called …": a scope
/// written without its comma ends where a second article opens the
/// clause's subject.
pub(super) fn scope_without_comma(clause: &str) -> Option<(&str, &str)> {
    const OPENERS: &[&str] = &["the", "a", "an", "its", "their", "each", "every", "most"];
    let mut words = clause.match_indices(' ').map(|(at, _)| at);
    let first = first_word(clause);
    let set_phrase = [
        "for example",
        "for instance",
        "on the other",
        "in other",
        "in the end",
    ]
    .iter()
    .any(|p| clause.to_ascii_lowercase().starts_with(p));
    if !SCOPES.contains(&first.as_str()) || set_phrase {
        return None;
    }
    words.nth(1)?;
    let (scope, rest) = words.take(5).find_map(|at| {
        let rest = &clause[at + 1..];
        OPENERS
            .contains(&first_word(rest).as_str())
            .then(|| (&clause[..at], rest))
    })?;
    // "In August of 480 he attacks the pass": a clause, not a scope
    let verb = |w: &str| {
        let w = w.to_lowercase();
        PRONOUNS.contains(&w.as_str())
            || super::verbs::known_third_person(&w)
            || super::past::past_base(&w).is_some()
    };
    let plain = !scope.contains([',', ';', '(']) && !scope.split_whitespace().skip(1).any(verb);
    plain.then_some((scope, rest))
}

/// The fact one clause states, by the first rule that reads it.
fn one_fact(clause: &str, lex: &Lexicon) -> Option<Fact> {
    super::compare::which(clause, lex)
        .or_else(|| super::means::purpose(clause, lex))
        .or_else(|| super::conditional::condition_after(clause, lex))
        .or_else(|| clause_fact(clause, lex))
        .or_else(|| super::naming::unique(clause))
        .or_else(|| definition(clause, lex))
        .or_else(|| super::conditional::conditional(clause))
        .or_else(|| super::means::means(clause, lex))
        .or_else(|| super::means::reason(clause, lex))
        .or_else(|| super::consequence::due_to(clause, lex))
        .or_else(|| super::means::circumstance(clause, lex))
        .or_else(|| super::means::place(clause, lex))
        .or_else(|| super::conditional::passive(clause, lex))
        .or_else(|| super::conditional::by_person(clause, lex))
        .or_else(|| super::counted::has_count(clause, lex))
        .map(super::statements::to_do_kept)
}

/// Splits a sentence into clauses that can each state a fact.
fn clauses(s: &str, lex: &Lexicon) -> Vec<String> {
    let s = s.trim().trim_end_matches(['.', '!', ';']);
    let mut parts: Vec<String> = vec![s.to_string()];
    for sep in [
        "; ",
        " — but ",
        " – but ",
        " - but ",
        ", while ",
        ", whereas ",
        ", but ",
    ] {
        parts = parts
            .into_iter()
            .flat_map(|p| match sep == ", but " && p.contains(" similar to ") {
                // "similar to an aldehyde, but the carbonyl is …": one
                // statement of how they differ
                true => vec![p],
                false => p.split(sep).map(str::to_string).collect::<Vec<_>>(),
            })
            .collect();
    }
    // ", and the customer is …" / ": the customer retains …" split only
    // where a party starts the next clause.
    let mut out = Vec::new();
    for p in parts {
        let mut rest = p.as_str();
        loop {
            // "When using EC2, the customer …": the opener is the clause's
            // own context, not a clause.
            let opener = CONTEXT_OPENERS.contains(&first_word(rest).as_str());
            let cut = [", and ", ": ", ", "].iter().find_map(|sep| {
                rest.match_indices(sep).find_map(|(at, _)| {
                    let after = &rest[at + sep.len()..];
                    if opener && *sep == ", " && !rest[..at].contains(", ") {
                        return None;
                    }
                    lex.parties
                        .prefix(after)
                        .filter(|(_, _, r)| starts_predicate(r))
                        .map(|_| (at, sep.len()))
                })
            });
            match cut {
                Some((at, len)) if at > 0 => {
                    out.push(rest[..at].to_string());
                    rest = &rest[at + len..];
                }
                _ => {
                    out.push(rest.to_string());
                    break;
                }
            }
        }
    }
    out.retain(|c| !c.trim().is_empty());
    out
}

/// Whether `s` (what follows a party) reads as a responsibility predicate.
fn starts_predicate(s: &str) -> bool {
    let s = skip_adverbs(s);
    resp_verb(s).is_some()
        || [
            "is responsible",
            "are responsible",
            "is in charge",
            "are in charge",
        ]
        .iter()
        .any(|p| s.to_ascii_lowercase().starts_with(p))
        || ["can ", "must ", "should ", "may "].iter().any(|m| {
            s.to_ascii_lowercase().starts_with(m)
                && resp_verb(skip_adverbs(&s[m.len()..])).is_some()
        })
}

/// Splits "Y (a, b, c)" into "Y" and the bracketed list when it is a list of
/// examples (three or more items): the examples go to the explanation.
fn split_examples(y: &str) -> (String, Option<String>) {
    let y = y.trim();
    if y.ends_with(')') {
        if let Some(open) = y.rfind('(') {
            let inner = &y[open + 1..y.len() - 1];
            if inner.matches(',').count() >= 2 && !y[..open].trim().is_empty() {
                return (y[..open].trim().to_string(), Some(capitalise(inner.trim())));
            }
        }
    }
    (y.to_string(), None)
}

fn tidy_object(y: &str) -> Option<String> {
    let y = y.trim().trim_end_matches(['.', ',', ';', ':', '!']).trim();
    let words = y.split_whitespace().count();
    if words == 0 || words > 35 || PRONOUNS.contains(&y.to_lowercase().as_str()) {
        return None;
    }
    Some(y.to_string())
}

/// One clause → a "who" fact, with or without an opening context.
fn clause_fact(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = strip_markers(clause);
    if let Some(f) = core_fact(c, lex) {
        return Some(f);
    }
    // "When using Amazon EC2, the customer is responsible for …"
    for (at, _) in c.match_indices(", ") {
        let (head, rest) = (&c[..at], &c[at + 2..]);
        if let Some(mut f) = core_fact(strip_markers(rest), lex) {
            if CONTEXT_OPENERS.contains(&first_word(head).as_str())
                && head.split_whitespace().count() <= 14
            {
                f.prefix = Some(format!("{}, ", head.trim()));
            }
            return Some(f);
        }
    }
    opener_fact(c, lex)
}

/// "On PaaS you only manage the data": an opener without its comma, then
/// a party.
fn opener_fact(c: &str, lex: &Lexicon) -> Option<Fact> {
    if !CONTEXT_OPENERS.contains(&first_word(c).as_str()) {
        return None;
    }
    let words: Vec<(usize, &str)> = c
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    words.iter().skip(2).take(5).find_map(|&(at, _)| {
        let rest = &c[at..];
        lex.parties.prefix(rest)?;
        let mut f = forward_fact(rest, lex)?;
        f.prefix = Some(format!("{}, ", c[..at].trim()));
        Some(f)
    })
}

fn core_fact(c: &str, lex: &Lexicon) -> Option<Fact> {
    forward_fact(c, lex).or_else(|| inverse_fact(c, lex))
}

/// "P is responsible for Y", "P manages Y", "P can choose Y".
fn forward_fact(c: &str, lex: &Lexicon) -> Option<Fact> {
    let (answer, _plural, rest) = lex.parties.prefix(c)?;
    let (adv, rest) = adverbs_of(rest);
    let adv_sp = if adv.is_empty() {
        String::new()
    } else {
        format!("{adv} ")
    };
    let lower = rest.to_ascii_lowercase();
    let make = |question: String, y: &str| -> Option<Fact> {
        // "… its content — who may reach it, …": the part after the dash
        // explains; it is not part of the question.
        let (y, aside) = match y.split_once(" — ").or_else(|| y.split_once(" – ")) {
            Some((head, tail)) => (head, Some(capitalise(tail.trim()))),
            None => (y, None),
        };
        let (y, examples) = split_examples(y);
        let examples = examples.or(aside);
        let y = lex.lc_phrase(&tidy_object(&y)?);
        Some(Fact {
            question: format!("{question} {y}?"),
            prefix: None,
            answer: answer.to_string(),
            explanation: examples,
            who: true,
        })
    };
    for (pat, q) in [
        ("is responsible for ", "is {adv}responsible for"),
        ("are responsible for ", "is {adv}responsible for"),
        ("is in charge of ", "is {adv}in charge of"),
        ("are in charge of ", "is {adv}in charge of"),
    ] {
        if lower.starts_with(pat) {
            let (adv2, y) = adverbs_of(&rest[pat.len()..]);
            let _ = adv2;
            return make(format!("who {}", q.replace("{adv}", &adv_sp)), y);
        }
    }
    for modal in ["can", "must", "should", "may"] {
        if let Some(after) = strip_word(rest, modal) {
            let (adv2, after) = adverbs_of(after);
            if let Some((verb, y)) = resp_verb(after).or_else(|| {
                ["select", "determine", "decide"]
                    .iter()
                    .find_map(|v| strip_word(after, v).map(|r| (v.to_string(), r)))
            }) {
                let adv2 = if adv2.is_empty() {
                    String::new()
                } else {
                    format!("{adv2} ")
                };
                let verb = verb.trim_start_matches('@');
                return make(format!("who {modal} {adv_sp}{adv2}{verb}"), y);
            }
            return None;
        }
    }
    let (verb, y) = resp_verb(rest)?;
    make(format!("who {adv_sp}{}", who_verb(&verb)), y)
}

/// "Y is the customer's responsibility", "Y is AWS-managed", "Y is managed
/// by AWS", "Y is always yours".
fn inverse_fact(c: &str, lex: &Lexicon) -> Option<Fact> {
    let lower = c.to_ascii_lowercase();
    let (at, be) = [" is ", " are "]
        .iter()
        .filter_map(|b| lower.find(b).map(|at| (at, *b)))
        .min()?;
    let mut subject = c[..at].trim();
    // "Whatever the service type, encrypting the data is …": the opening
    // phrase is not part of the subject (a list such as "Regions, zones and
    // edge locations" is).
    if let Some((_, tail)) = subject.rsplit_once(", ") {
        if !tail.starts_with("and ")
            && !tail.starts_with("or ")
            && tail.split_whitespace().count() >= 2
        {
            subject = tail.trim();
        }
    }
    let words = subject.split_whitespace().count();
    let last = subject.rsplit(' ').next().unwrap_or("").to_lowercase();
    if words == 0
        || words > 12
        || ["it", "them", "this", "that", "these", "those"].contains(&last.as_str())
        || PRONOUNS.contains(&first_word(subject).as_str())
        || lex.parties.prefix(subject).is_some()
    {
        return None;
    }
    let (subject, examples) = split_examples(subject);
    let (adv, pred) = adverbs_of(&c[at + be.len()..]);
    let inverse = Inverse {
        subject: lex.lc_phrase(&subject),
        adv: if adv.is_empty() {
            String::new()
        } else {
            format!("{} ", adv.to_lowercase())
        },
        examples,
    };
    inverse
        .possessed(pred, lex)
        .or_else(|| inverse.passive(pred, lex))
}

/// The subject of an inverse statement, the adverbs before its predicate,
/// and examples given in brackets after it.
struct Inverse {
    subject: String,
    adv: String,
    examples: Option<String>,
}

impl Inverse {
    fn fact(&self, question: String, answer: &str, tail: &str) -> Option<Fact> {
        let t = tail
            .trim()
            .trim_start_matches([',', ';', '—', '–', '-'])
            .trim()
            .trim_end_matches('.');
        let tail = (!t.is_empty()).then(|| capitalise(t) + ".");
        let explanation = match (self.examples.clone(), tail) {
            (Some(e), Some(t)) => Some(format!("{e}. {t}")),
            (e, t) => e.or(t),
        };
        Some(Fact {
            question,
            prefix: None,
            answer: answer.to_string(),
            explanation,
            who: true,
        })
    }

    fn responsible(&self) -> String {
        format!("who is {}responsible for {}?", self.adv, self.subject)
    }

    /// "… is yours", "… is the customer's (responsibility)", "… is
    /// AWS-managed", "… is the responsibility of AWS".
    fn possessed(&self, pred: &str, lex: &Lexicon) -> Option<Fact> {
        if let Some(rest) = strip_word(pred, "yours") {
            let reader = lex.parties.name("you").unwrap_or("You");
            return self.fact(self.responsible(), reader, rest);
        }
        let pred_no_the = strip_word(pred, "the").unwrap_or(pred);
        if let Some((answer, r)) = lex.parties.possessive(pred_no_the) {
            for noun in ["responsibility", "job", "duty", "task"] {
                if let Some(t) = strip_word(r, noun) {
                    return self.fact(self.responsible(), answer, t);
                }
            }
            if r.is_empty() || r.starts_with([',', '.', ';']) {
                return self.fact(self.responsible(), answer, r);
            }
        }
        let managed = strip_word(pred_no_the, "all").unwrap_or(pred_no_the);
        if let Some((answer, t)) = lex.parties.managed(managed) {
            return self.fact(format!("who manages {}?", self.subject), answer, t);
        }
        let pred_lower = pred.to_ascii_lowercase();
        ["the responsibility of ", "a responsibility of "]
            .iter()
            .filter(|lead| pred_lower.starts_with(*lead))
            .find_map(|lead| {
                let (answer, _, rest) = lex.parties.prefix(&pred[lead.len()..])?;
                self.fact(self.responsible(), answer, rest)
            })
    }

    /// "… is managed by AWS".
    fn passive(&self, pred: &str, lex: &Lexicon) -> Option<Fact> {
        let (participle, rest) = pred.split_once(' ')?;
        let by = strip_word(rest, "by")?;
        let p = participle.to_lowercase();
        let base = RESP_VERBS.iter().find(|v| {
            let v1 = v.split(' ').next().unwrap_or(v);
            p == format!("{v1}d")
                || p == format!("{v1}ed")
                || (v1.ends_with('y') && p == format!("{}ied", &v1[..v1.len() - 1]))
                || (v1 == "run" && p == "run")
                || (v1.ends_with('n') && p == format!("{v1}ned"))
        })?;
        let (answer, _, rest) = lex.parties.prefix(by)?;
        let q = format!("who {}{} {}?", self.adv, third_person(base), self.subject);
        self.fact(q, answer, rest)
    }
}

/// Words that cannot stand in the subject of a role sentence (it would be
/// no plain noun phrase: "Rules only include …", "A firewall which …").
const NOT_IN_SUBJECT: &[&str] = &[
    "have", "has", "is", "are", "was", "were", "be", "been", "to", "can", "must", "will", "only",
    "never", "always", "don't", "do", "does", "doesn't", "can't", "cannot", "won't", "which",
    "that", "who", "also", "not", "we", "you", "because", "since", "when", "if", "while",
    "although", "as", "so", "and", "or", "but",
];

/// Words an object may start with ("helps our instances", "allows you
/// to"), unlike more nouns ("updates and patches").
const OBJECT_STARTS: &[&str] = &[
    "the",
    "a",
    "an",
    "you",
    "your",
    "our",
    "their",
    "its",
    "it",
    "them",
    "us",
    "all",
    "any",
    "each",
    "every",
    "one",
    "two",
    "multiple",
    "many",
    "access",
    "traffic",
    "data",
    "information",
    "users",
    "requests",
    "connections",
];

/// "Subnets allow you to partition your network", "Internet Gateways
/// helps instances reach the internet": what the subject does.
pub fn role(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = strip_markers(clause).trim_end_matches(['.', ';']);
    if lets(c) {
        return None;
    }
    let words: Vec<&str> = c.split_whitespace().collect();
    let at = words.iter().take(9).position(|w| {
        let w = w.to_lowercase();
        ROLE_VERBS.contains(&w.as_str()) || ROLE_VERBS.contains(&format!("{w}s").as_str())
    })?;
    // "SQS doesn't provide a priority mechanism" → "what does SQS not
    // provide?"
    let before = |k: usize| at.checked_sub(k).map(|i| words[i].to_lowercase());
    let short = before(1).is_some_and(|w| ["doesn't", "don't"].contains(&w.as_str()));
    let long = before(1).as_deref() == Some("not")
        && before(2).is_some_and(|w| ["does", "do"].contains(&w.as_str()));
    let negated = short || long;
    let end = at - usize::from(short) - 2 * usize::from(long);
    if !plain_subject(&words[..end], lex) || words.len() < at + 3 {
        return None;
    }
    let verb = words[at];
    if negated {
        return super::conditional::negated(&words[..end], verb, &words[at + 1..], lex);
    }
    let object = words
        .get(at + 1)
        .is_some_and(|w| OBJECT_STARTS.contains(&w.to_lowercase().as_str()));
    if !object || verb.chars().any(char::is_uppercase) {
        return None;
    }
    let does = if ROLE_VERBS.contains(&verb) {
        "does"
    } else {
        "do"
    };
    // "A sorted index" → "a sorted index" after "what does".
    let subject = lower_article(&lex.lc_phrase(&words[..at].join(" ")));
    // "The guild provides a pricing language": what it provides; "Subnets
    // allow you to …": what they do
    const ENABLING: &[&str] = &[
        "allows", "helps", "lets", "enables", "gives", "keeps", "makes",
    ];
    let third = if does == "does" {
        verb.to_string()
    } else {
        format!("{verb}s")
    };
    if !ENABLING.contains(&third.as_str()) && words[at + 1].to_lowercase() != "you" {
        let base = base_form(&verb.to_lowercase());
        let object = super::any_verb::first_predicate(&words[at + 1..].join(" "));
        // "…, whereas user-defined ones are …": the other side of a contrast
        let object = super::statements::contrast_parts(&object).swap_remove(0);
        return Some(Fact::asked(
            format!("what {does} {subject} {base}?"),
            &object,
        ));
    }
    let question = format!("what {does} {subject} do?");
    Some(Fact::asked(question, &words[at..].join(" ")))
}

/// Whether words read as a plain noun phrase that names something: not
/// empty or only an article, capitalised, no verbs or pronouns in it, no
/// party.
fn plain_subject(words: &[&str], lex: &Lexicon) -> bool {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let subject = words.join(" ");
    let capital = subject
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase);
    !words.is_empty()
        && capital
        && !lower
            .iter()
            .all(|w| ["a", "an", "the"].contains(&w.as_str()))
        && !lower
            .iter()
            .any(|w| NOT_IN_SUBJECT.contains(&w.as_str()) || w.ends_with("ly"))
        && !PRONOUNS.contains(&lower[0].as_str())
        && !subject.contains(',')
        // "Er erzählt uns eine Geschichte. (He": two sentences, no subject
        && !subject.contains(". ")
        && subject.matches('(').count() == subject.matches(')').count()
        && lex.parties.prefix(&subject).is_none()
}

#[cfg(test)]
mod tests {
    use super::super::parties::Parties;
    use super::super::text::sentences;
    use super::*;

    fn lex() -> Lexicon {
        Lexicon::new(
            "encryption of data, physical hosts, inherited controls, zone security",
            Parties::new(&[], None, false),
        )
    }

    fn front(f: &Fact) -> String {
        match &f.prefix {
            Some(p) => format!("{p}{}", f.question),
            None => capitalise(&f.question),
        }
    }

    fn q(s: &str) -> Vec<(String, String)> {
        facts(s, &lex())
            .into_iter()
            .map(|f| (front(&f), f.answer))
            .collect()
    }

    #[test]
    fn the_writer_leading_the_reader_on_is_no_fact() {
        assert!(lets("Let's take the kiln as an example."));
        assert!(lets("In the next class, we will learn the cones."));
        // a verb that says what a thing does
        assert!(!lets("Lets you fire taller pots"));
    }

    #[test]
    fn a_clause_is_asked_with_the_scope_it_opens_with() {
        assert_eq!(
            q("For gas kilns, firing cost is equal to the price of the fuel."),
            [(
                "For gas kilns, what is firing cost equal to?".to_string(),
                "The price of the fuel".to_string()
            )]
        );
        // a scope that points back is no scope to ask with
        assert!(
            q("Under these conditions, firing cost is equal to the price of the fuel.")
                .iter()
                .all(|(f, _)| !f.starts_with("Under these"))
        );
    }

    #[test]
    fn a_participle_after_a_noun_is_not_the_verb() {
        let found = q("The amount of a pot produced has no effect on the price that it is sold, since all potters must adhere to the guild rate.");
        assert!(
            found.iter().all(|(f, _)| !f.contains("did the amount")),
            "{found:?}"
        );
    }

    #[test]
    fn responsibility_statements() {
        assert_eq!(
            q("AWS is responsible for the physical hosts."),
            [(
                "Who is responsible for the physical hosts?".to_string(),
                "AWS".to_string()
            )]
        );
        assert_eq!(
            q("When using Amazon EC2, the customer is responsible for patching the guest OS."),
            [(
                "When using Amazon EC2, who is responsible for patching the guest OS?".to_string(),
                "The customer".to_string()
            )]
        );
        assert_eq!(
            q("AWS trains its own staff, while customers are responsible for training their staff."),
            [("Who is responsible for training their staff?".to_string(), "The customer".to_string())]
        );
        assert_eq!(q("Encryption of data is ALWAYS the customer's responsibility, regardless of service."), [(
            "Who is always responsible for encryption of data?".to_string(),
            "The customer".to_string()
        )]);
        assert_eq!(
            q("Regions and edge locations are all AWS-managed."),
            [(
                "Who manages regions and edge locations?".to_string(),
                "AWS".to_string()
            )]
        );
        assert_eq!(
            q("The customer can choose which Region stores the data."),
            [(
                "Who can choose which Region stores the data?".to_string(),
                "The customer".to_string()
            )]
        );
        assert_eq!(
            q("Backups are handled by AWS."),
            [("Who handles backups?".to_string(), "AWS".to_string())]
        );
        assert_eq!(
            q("Furthermore, you manage the firewall rules."),
            [(
                "Who manages the firewall rules?".to_string(),
                "You".to_string()
            )]
        );
        assert_eq!(
            q("Key rotation and data classification are always yours."),
            [(
                "Who is always responsible for key rotation and data classification?".to_string(),
                "You".to_string()
            )]
        );
        assert!(q("AWS will not move your data.").is_empty());
        assert!(q("It is responsible for nothing.").is_empty());
        assert!(q("Who is responsible for patching?").is_empty());
    }

    #[test]
    fn coordinated_parties() {
        let f = q("AWS patches the hypervisor; the customer patches the guest OS.");
        assert_eq!(f.len(), 2);
        assert_eq!(f[1].0, "Who patches the guest OS?");
        let f = q("EC2 (IaaS) = customer handles OS patching, AWS handles the hosts.");
        assert_eq!(f[0].0, "EC2 (IaaS): who handles OS patching?");
        assert_eq!(f[1].1, "AWS");
    }

    #[test]
    fn definitions() {
        assert_eq!(
            q("Amazon EC2 is an Infrastructure as a Service offering."),
            [(
                "What is Amazon EC2?".to_string(),
                "An Infrastructure as a Service offering".to_string()
            )]
        );
        assert_eq!(
            q("Zone security (isolating tiers) is an example of a customer-specific control."),
            [(
                "What is zone security an example of?".to_string(),
                "A customer-specific control".to_string()
            )]
        );
        assert_eq!(
            q("Inherited controls are controls that the customer takes over from AWS."),
            [(
                "What are inherited controls?".to_string(),
                "Controls that the customer takes over from AWS".to_string()
            )]
        );
        assert!(q("Security is a shared responsibility.").is_empty());
        assert_eq!(
            q("Ferries are slow crossings."),
            [(
                "What are ferries?".to_string(),
                "Slow crossings".to_string()
            )]
        );
        // a place, not what ferries are
        assert_eq!(
            q("Ferries are stored in docks."),
            [(
                "Where are ferries stored?".to_string(),
                "In docks".to_string()
            )]
        );
        assert!(q("Ferries are slow.").is_empty());
    }

    #[test]
    fn splits_sentences() {
        assert_eq!(
            sentences("One e.g. two. Three (a. b). Four? Yes"),
            ["One e.g. two.", "Three (a. b).", "Four?", "Yes"]
        );
        // an aside in brackets stays with the sentence before it
        assert_eq!(
            sentences("Er hilft. (He helps.) Sie geht."),
            ["Er hilft. (He helps.)", "Sie geht."]
        );
    }

    #[test]
    fn verb_forms() {
        assert_eq!(third_person("patch"), "patches");
        assert_eq!(third_person("classify"), "classifies");
        assert_eq!(third_person("take care of"), "takes care of");
    }
}
