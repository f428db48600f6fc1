//! How a list item reads as a term and its meaning: `**Term**: …`,
//! `*Term* …`, `` `code` does … ``, `Term = …`, `Term: …` and its other
//! separators, a name over the lines that say what it is, and terms in
//! lower case where every item of the list has one.

use super::super::clean::clean_text;
use super::super::doc::Item;
use super::super::statements::is_statement_verb;
use super::super::text::first_word;
use super::super::vocab::{CLAUSE_STARTS, FRAGMENT_STARTS, NOT_TERMS, TIME_OPENERS};
use super::meaning::short_value;
use super::{term_like, Rules};

/// Besides the time openers, words a step starts with, not a term ("If
/// full → …", "Then → …").
const STEP_STARTS: &[&str] = &["then", "if", "next", "finally"];

/// A list item split into term and definition.
#[derive(Clone)]
pub(super) struct Entry {
    pub(super) text: String,
    pub(super) term: Option<String>,
    pub(super) def: Option<String>,
    pub(super) line: usize,
    /// Written `Term = meaning`.
    pub(super) means: bool,
}

impl Rules<'_> {
    /// The term and meaning of a list item, if it has them.
    pub(super) fn entry(&self, it: &Item) -> Entry {
        let text = clean_text(&it.text());
        let line = it.line;
        if let Some(e) = bold_term(it, &text) {
            return e;
        }
        if let Some(e) = italic_term(it, &text) {
            return e;
        }
        if let Some(e) = code_subject(it, &text).or_else(|| expansion_entry(it, &text)) {
            return e;
        }
        // `Term: definition`, `Term — definition`, `Term - definition`, `Term → definition`
        let raw = glued_dash(&it.text());
        if let Some(e) = equals_term(&raw, line).or_else(|| examples_entry(it, &raw)) {
            return e;
        }
        for sep in [
            " → ", " -> ", " ➜ ", " => ", ": ", " = ", " — ", " – ", " - ", ":",
        ] {
            if let Some((t, d)) = split_outside_code(it, &raw, sep) {
                // "the 3:1 ratio", "at 10:30": a ratio or a time, no term
                let figure = t.ends_with(|c: char| c.is_ascii_digit())
                    && d.starts_with(|c: char| c.is_ascii_digit());
                if sep == ":" && figure {
                    continue;
                }
                let term = clean_text(t);
                let def = clean_text(d);
                let arrow = sep.contains('→') || sep.contains('>') || sep.contains('➜');
                // "Calcining: CaCO₃ → CaO + CO₂": the arrow is the reaction's
                // "5′ → 3′" says which way
                let which_way = arrow && super::super::clean::ends_marked(t, d);
                if arrow && super::super::clean::reaction(&raw) || which_way {
                    continue;
                }
                // "A → B → C" is a chain, not a term and its meaning.
                let chain = arrow && d.contains(['→', '➜']) || d.contains("->");
                // "After that macrotask → empty the queue": a step, not a term.
                let first = first_word(&term);
                let step = arrow
                    && (STEP_STARTS.contains(&first.as_str())
                        || TIME_OPENERS.contains(&first.as_str()));
                if chain || step {
                    break;
                }
                // "Sensory - carries impulses from the organ -> CNS": the
                // dash names the term, the arrow is inside its meaning.
                if arrow && super::named::dash_before_arrow(&term) {
                    continue;
                }
                let not_term = NOT_TERMS.contains(&term.to_lowercase().as_str());
                if !def.is_empty() && !not_term && (arrow || split_term(it, &term, &def, sep)) {
                    return Entry {
                        text,
                        term: Some(term),
                        def: Some(def),
                        line,
                        means: sep == " = ",
                    };
                }
            }
        }
        // "Technology - " left unfinished: the name alone.
        let unfinished = [" -", " –", " —"].iter().any(|d| text.ends_with(d));
        let text = match unfinished {
            true => text
                .trim_end_matches(['-', '–', '—'])
                .trim_end()
                .to_string(),
            false => text,
        };
        named_entry(it, &text).unwrap_or(Entry {
            text,
            term: None,
            def: None,
            line,
            means: false,
        })
    }
}

/// "manumission--the granting of freedom": a dash typed as two hyphens
/// between words, written as the dash it stands for ("--force", code,
/// keeps them).
fn glued_dash(text: &str) -> String {
    let Some(at) = text.find("--") else {
        return text.to_string();
    };
    let before = text[..at].chars().next_back();
    let after = text[at + 2..].chars().next();
    match (before, after) {
        // ("Satisfactory--Promotable": one name of two parts)
        (Some(b), Some(a)) if b.is_alphabetic() && a.is_lowercase() => {
            format!("{} — {}", &text[..at], &text[at + 2..])
        }
        _ => text.to_string(),
    }
}

/// Whether `term`, before `sep`, is a term of the item: a name, a command
/// or code, a label with a measured value, or a purpose.
fn split_term(it: &Item, term: &str, def: &str, sep: &str) -> bool {
    let command = super::named::code_term(it, term, sep)
        || super::named::command_term(term, def, sep)
        || super::topic::task_with_code(it, term, def);
    // "Maximum pickup window: 72 hours": a label and its value.
    let measured = sep == ": "
        && term.split_whitespace().count() <= 4
        && short_value(def)
        && def.contains(|c: char| c.is_ascii_digit());
    // "For firing stoneware - Big Kiln": what serves a purpose
    let purpose = super::meaning::purpose_question(term, def).is_some();
    command || measured || purpose || term_like(term)
}

/// `text` split at the first `sep` that is not inside one of the item's
/// code spans ("Add `:ro` flag" has no term) or inside brackets.
fn split_outside_code<'t>(it: &Item, text: &'t str, sep: &str) -> Option<(&'t str, &'t str)> {
    let spans: Vec<(usize, usize)> = it
        .lines
        .iter()
        .flat_map(|l| &l.code)
        .filter(|c| c.contains(sep.trim()))
        .flat_map(|c| {
            text.match_indices(c.as_str())
                .map(|(at, m)| (at, at + m.len()))
        })
        .collect();
    // "Fever (IL-1 → prostaglandins)": a separator inside brackets
    let bracketed = |at: usize| text[..at].matches('(').count() > text[..at].matches(')').count();
    let (at, _) = text.match_indices(sep).find(|(at, _)| {
        !spans.iter().any(|(from, to)| (*from..*to).contains(at)) && !bracketed(*at)
    })?;
    Some((&text[..at], &text[at + sep.len()..]))
}

/// "dirty bit: set when the page was written", "Use after free: you use
/// data after freeing it", "Price of related goods - substitutes and
/// complements": terms in lower case or in sentence case, read as terms
/// when every item of the list has one or is a bare name ("Taste &
/// Preference"), or most items have one; alone, "the app then: reads …"
/// would be a sentence, and "Use after free" an order.
pub(super) fn lower_case_terms(entries: &mut [Entry], items: &[Item]) {
    let plain: Vec<Option<Entry>> = items.iter().map(lower_case_term).collect();
    let all = entries
        .iter()
        .zip(&plain)
        .zip(items)
        .all(|((e, p), it)| e.term.is_some() || p.is_some() || bare_name(&e.text, it));
    // "Refers to …, for example:" over "Delusion of control: …" items: a
    // sentence or two among most items that have a term
    let found = plain.iter().filter(|p| p.is_some()).count();
    let most = found * 2 > items.len();
    if items.len() < 2 || found < 2 || !(all || most) {
        return;
    }
    for (e, p) in entries.iter_mut().zip(plain) {
        if let (None, Some(p)) = (&e.term, p) {
            *e = p;
        }
    }
}

/// "Shield, exposed craton, oldest part" / "Platform, covered craton": a
/// name before the first comma of every item, and what it is after it.
/// A list of enumerations ("Apples, pears and plums") is no such list.
pub(super) fn comma_terms(entries: &mut [Entry], items: &[Item]) {
    let split: Option<Vec<Entry>> = items.iter().map(comma_term).collect();
    let Some(split) = split.filter(|_| items.len() >= 2) else {
        return;
    };
    let mut names: Vec<String> = split.iter().filter_map(|e| e.term.clone()).collect();
    names.sort();
    names.dedup();
    if names.len() < items.len() || entries.iter().any(|e| e.term.is_some()) {
        return;
    }
    for (e, s) in entries.iter_mut().zip(split) {
        *e = s;
    }
}

/// "Initially, …", "Instead, …": a word that links a statement to the
/// one before, no term.
fn connective(word: &str) -> bool {
    const LINKS: &[&str] = &[
        "instead",
        "however",
        "later",
        "then",
        "meanwhile",
        "afterwards",
        "soon",
        "also",
        "still",
        "thus",
        "hence",
        "therefore",
        "overall",
        "today",
        "now",
        // "First, …", "Second, …": the order of points, no names
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "next",
        "last",
        "finally",
    ];
    LINKS.contains(&word) || word.len() > 4 && word.ends_with("ly")
}

fn comma_term(it: &Item) -> Option<Entry> {
    let text = clean_text(&it.text());
    let (name, rest) = text.split_once(", ")?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    let plain = words
        .iter()
        .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'));
    // "pears and plums": every part one word, an enumeration
    let enumeration = rest
        .split([','])
        .flat_map(|p| p.split(" and ").flat_map(|p| p.split(" or ")))
        .all(|p| p.split_whitespace().count() <= 1);
    if !(1..=2).contains(&words.len())
        || !plain
        || !name.starts_with(char::is_uppercase)
        || !it.sub.is_empty()
        || enumeration
        || CLAUSE_STARTS.contains(&first.as_str())
        || NOT_TERMS.contains(&first.as_str())
        || FRAGMENT_STARTS.contains(&first.as_str())
        || connective(&first)
    {
        return None;
    }
    Some(Entry {
        text: text.clone(),
        term: Some(name.to_string()),
        def: Some(rest.trim().to_string()),
        line: it.line,
        means: false,
    })
}

/// "wedging (kneading clay to push out the air)": a term of up to three
/// plain words, in any case, and what it is in brackets after it — not an
/// order ("run the tests (this takes …)") nor examples ("(eg …)").
fn glossed(name: &str, inner: &str) -> bool {
    const NOT_GLOSSES: &[&str] = &[
        "eg", "e.g", "e.g.", "see", "like", "such", "i.e.", "ie", "optional", "default",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    let gloss_first = first_word(inner);
    (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
        && !CLAUSE_STARTS.contains(&first.as_str())
        && !FRAGMENT_STARTS.contains(&first.as_str())
        && !NOT_TERMS.contains(&first.as_str())
        && !super::super::verbs::ACTION_VERBS.contains(&first.as_str())
        && inner
            .split_whitespace()
            .filter(|w| w.chars().all(char::is_alphabetic))
            .count()
            >= 4
        && !inner.contains([':', '+', '=', '/'])
        // "gathered from an agent": how it is done, not what it is
        && !(gloss_first.ends_with("ed") || gloss_first.ends_with("en"))
        && !NOT_GLOSSES.contains(&gloss_first.as_str())
        && !super::super::vocab::PRONOUNS.contains(&gloss_first.as_str())
}

/// "Taste & Preference", "Technology - " left unfinished: a name alone.
fn bare_name(text: &str, it: &Item) -> bool {
    let n = text.split_whitespace().count();
    it.sub.is_empty()
        && (1..=4).contains(&n)
        && !text.contains(": ")
        && !text.contains(" - ")
        && !text.ends_with(['.', '?', '!'])
}

/// `term: definition` with a term of one to three plain words (or
/// `term - definition` with up to four), not a clause's start ("The
/// customer provides: …" is a lead, not a term).
fn lower_case_term(it: &Item) -> Option<Entry> {
    let raw = it.text();
    let (t, d, most) = match raw.split_once(": ") {
        Some((t, d)) => (t, d, 3),
        None => {
            let (t, d) = raw.split_once(" - ")?;
            (t, d, 4)
        }
    };
    let term = clean_text(t);
    let def = clean_text(d);
    let words: Vec<&str> = term.split_whitespace().collect();
    let plain = words
        .iter()
        .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'));
    let first = words.first()?.to_lowercase();
    if words.len() > most
        || !plain
        || CLAUSE_STARTS.contains(&first.as_str())
        || def.is_empty()
        || NOT_TERMS.contains(&first.as_str())
        || FRAGMENT_STARTS.contains(&first.as_str())
        || connective(&first)
    {
        return None;
    }
    Some(Entry {
        text: clean_text(&raw),
        term: Some(term),
        def: Some(def),
        line: it.line,
        means: false,
    })
}

/// A name on the item's first line and what it is on the lines under it
/// ("Cookies" / "If the server sent a cookie, …"), or in brackets after
/// it ("Set-Cookie (used to send small pieces of data)").
fn named_entry(it: &Item, text: &str) -> Option<Entry> {
    let first = clean_text(&it.lines.first()?.text);
    let short_name = |t: &str| {
        let n = t.split_whitespace().count();
        (1..=4).contains(&n) && !t.ends_with(['.', '?', '!', ',', ';']) && term_like(t)
    };
    let (term, def) = if it.lines.len() >= 2 && short_name(first.trim_end_matches(':')) {
        (
            first.trim_end_matches(':').to_string(),
            clean_text(&super::super::doc::join_lines(&it.lines[1..])),
        )
    } else {
        let (name, inner) = text.strip_suffix(')')?.split_once(" (")?;
        // "Reduction (a way we starve the kiln)" over what it is: the
        // brackets are an aside, the meaning is below
        if defined_below(it) {
            return None;
        }
        let used = ["used ", "e.g. "].iter().any(|u| inner.starts_with(u));
        if !(short_name(name) && used || glossed(name, inner)) || inner.contains(['(', ')']) {
            return None;
        }
        (name.to_string(), inner.to_string())
    };
    (def.split_whitespace().count() >= 3).then(|| Entry {
        text: text.to_string(),
        term: Some(term),
        def: Some(def),
        line: it.line,
        means: false,
    })
}

/// "A priori (a way we know …)" over one sub-item "a claim whose truth
/// …": the item's meaning is the phrase below it.
fn defined_below(it: &Item) -> bool {
    let [sub] = it.sub.as_slice() else {
        return false;
    };
    let text = sub.text();
    let lower = text.trim_start().to_lowercase();
    sub.sub.is_empty()
        && ["a ", "an ", "the "].iter().any(|a| lower.starts_with(a))
        && text.split_whitespace().count() >= 4
}

/// An item that opens with a marked term (`marked`, its bold or italic
/// text): the term, the text after it, and the meaning past the separator.
fn marked_term<'t>(marked: &str, text: &'t str) -> Option<(String, &'t str, &'t str)> {
    let marked = clean_text(marked);
    let term = marked.trim_end_matches([':', '.']).trim().to_string();
    let rest = text.strip_prefix(&marked)?;
    // "**Justice**. Be fair …": the full stop after the mark ends the label
    let rest_after_stop = rest.strip_prefix(". ").unwrap_or(rest);
    let def = rest_after_stop
        .trim_start_matches([':', '—', '–', '-', '=', ' '])
        .trim();
    Some((term, rest, def))
}

/// `**Term** — definition` / `**Term**: definition`
fn bold_term(it: &Item, text: &str) -> Option<Entry> {
    let bold = it.lines.first()?.bold.as_deref()?;
    let (term, rest, def) = marked_term(bold, text)?;
    let bold = clean_text(bold);
    let separated = rest.trim_start().starts_with([':', '—', '–', '-', '=']) || bold.ends_with(':');
    let labelled_run_in = run_in_label(&bold, rest);
    let not_term = NOT_TERMS.contains(&term.to_lowercase().as_str());
    let labelled = separated || labelled_run_in || titled_label(&term, def);
    (!def.is_empty() && !term.is_empty() && labelled && !not_term).then(|| Entry {
        text: text.to_string(),
        term: Some(term),
        means: rest.trim_start().starts_with('='),
        def: Some(def.to_string()),
        line: it.line,
    })
}

/// "**Fidelity.** Keep promises", "**Justice**. Be fair": a short bold
/// name closed by a full stop, the way a run-in heading is set, before a
/// sentence of its own ("**Always cool slowly.** Glazes …" is advice).
fn run_in_label(bold: &str, rest: &str) -> bool {
    let name = bold
        .strip_suffix('.')
        .or_else(|| rest.starts_with(". ").then_some(bold));
    name.is_some_and(|n| {
        let words: Vec<String> = n.split_whitespace().map(str::to_lowercase).collect();
        // "**Always cool slowly.**", "**Sieve twice.**": advice, no name
        let verb = words.iter().any(|w| {
            super::gloss::FINITE.contains(&w.as_str()) || super::super::verbs::known_verb(w)
        }) || words
            .first()
            .is_some_and(|w| super::super::verbs::is_adverb(w));
        (1..=4).contains(&words.len())
            && n.starts_with(char::is_uppercase)
            && !verb
            && !NOT_TERMS.contains(&n.to_lowercase().as_str())
    }) && rest
        .trim_start_matches(['.', ' '])
        .starts_with(char::is_uppercase)
}

/// "**Penetrating Power** stopped by paper": a bold label in title case
/// with its colon left out, before a predicate in lower case ("**Groups**
/// contain users" is a sentence).
fn titled_label(term: &str, def: &str) -> bool {
    use super::super::verbs::{known_verb, looks_third_person};
    let words: Vec<&str> = term.split_whitespace().collect();
    let titled =
        (2..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase));
    const JOINS: &[&str] = &[
        "and", "or", "of", "for", "with", "in", "on", "at", "to", "from", "by",
    ];
    let first = super::super::text::first_word(def);
    // "**Kiln Shelves** are stacked …", "**Kiln Shelves** hold …",
    // "**Kiln Shelves** for the glaze firing": a sentence or a name
    let sentence = def
        .split_whitespace()
        .take(4)
        .any(|w| super::gloss::FINITE.contains(&w.to_lowercase().as_str()))
        || looks_third_person(&first)
        || known_verb(&first)
        || JOINS.contains(&first.as_str());
    titled && def.starts_with(char::is_lowercase) && !sentence
}

/// `*Term* meaning` (an italic term, with or without a separator), unless
/// the item is a sentence about the term ("*Groups* contain users", "*Roles*
/// are …"), which the sentence rules read.
fn italic_term(it: &Item, text: &str) -> Option<Entry> {
    let (term, rest, def) = marked_term(it.lines.first()?.em.as_deref()?, text)?;
    // "_George Kennan_, American diplomat": the comma only separates;
    // "_George Marshall_ (State) presents …" is a sentence about him
    let def = def.trim_start_matches([',', ' ']);
    // "_On Demand_ Instances": one word after the mark, no separator, is
    // the rest of the name
    let joined = !rest
        .trim_start()
        .starts_with([':', '-', '—', '–', '=', '→', ',', '(']);
    // "*Matte* glazes - dull to the touch": the term runs to the dash
    let (term, def) = match joined.then(|| name_to_dash(def)).flatten() {
        Some((more, meaning)) => (format!("{term} {more}"), meaning),
        None => (term, def),
    };
    if def.starts_with('(') || joined && !def.contains(' ') {
        return None;
    }
    let first = super::super::text::first_word(def);
    let sentence = [
        "is", "are", "can", "must", "should", "will", "do", "does", "have", "has",
    ]
    .contains(&first.as_str())
        || (super::super::verbs::STATEMENT_VERBS.contains(&first.as_str()) && term.ends_with('s'));
    let words = term.split_whitespace().count();
    // "_six_ techniques": a count stressed, no term
    let count = super::kinds::COUNTS.contains(&term.to_lowercase().as_str())
        || term.chars().all(|c| c.is_ascii_digit());
    let not_term = NOT_TERMS.contains(&term.to_lowercase().as_str()) || count;
    (!def.is_empty() && (1..=5).contains(&words) && !sentence && !not_term).then(|| Entry {
        text: text.to_string(),
        term: Some(term),
        def: Some(def.to_string()),
        line: it.line,
        means: rest.trim_start().starts_with('='),
    })
}

/// "glazes - dull to the touch" after an italic "*Matte*": the rest of
/// the name (a word or two, no verb) and the meaning after the dash.
fn name_to_dash(def: &str) -> Option<(&str, &str)> {
    let (more, meaning) = [" - ", " – ", " — "]
        .iter()
        .find_map(|d| def.split_once(d))?;
    let words: Vec<&str> = more.split_whitespace().collect();
    let verb = words
        .iter()
        .any(|w| super::gloss::FINITE.contains(&w.to_lowercase().as_str()));
    ((1..=2).contains(&words.len()) && !verb && !meaning.trim().is_empty())
        .then(|| (more.trim(), meaning.trim()))
}

/// "`pop()` removes the last item": a code span and a verb in the third
/// person — the code is the term, what it does its meaning.
fn code_subject(it: &Item, text: &str) -> Option<Entry> {
    let code = clean_text(it.lines.first()?.code.first()?);
    let rest = text.strip_prefix(code.as_str())?.trim_start();
    let verb = rest.split_whitespace().next()?;
    let means = verb == "means";
    let def = if means {
        rest["means".len()..].trim()
    } else {
        rest
    };
    let third = means || super::labels::is_command_verb(verb) || is_statement_verb(verb);
    (third && def.split_whitespace().count() >= 2).then(|| Entry {
        text: text.to_string(),
        term: Some(code.clone()),
        def: Some(def.to_string()),
        line: it.line,
        means,
    })
}

/// "`st1` (Throughput Optimized HDD)", "`gp3`: (General Purpose SSD) ->
/// 20% cheaper": a name and, in brackets, the name it stands for; what
/// follows the brackets goes with it.
fn expansion_entry(it: &Item, text: &str) -> Option<Entry> {
    let open = text.find('(')?;
    let close = open + text[open..].find(')')?;
    let name = text[..open].trim().trim_end_matches(':').trim();
    let inner = text[open + 1..close].trim();
    let after = text[close + 1..].trim_start();
    // "HTTP (HyperText …) is the protocol …": a sentence, not a gloss.
    if !after.is_empty() && !after.starts_with(['-', '→', '>', '—', ':']) {
        return None;
    }
    let rest = after
        .trim_start_matches(|c: char| c.is_whitespace() || "-→>—:".contains(c))
        .trim();
    let code = it.lines.first()?.code.first().map(|c| clean_text(c));
    let named =
        code.as_deref() == Some(name) || name.split_whitespace().count() <= 3 && term_like(name);
    let n = inner.split_whitespace().count();
    let expansion = (2..=6).contains(&n)
        && term_like(inner)
        && inner.starts_with(char::is_uppercase)
        && !inner.contains(['(', ')']);
    (named && expansion).then(|| Entry {
        text: text.to_string(),
        term: Some(name.to_string()),
        def: Some(match rest {
            "" => inner.to_string(),
            _ => format!("{inner}; {rest}"),
        }),
        line: it.line,
        means: true,
    })
}

/// "E.g. Crocks, jugs, mugs": the examples of what the list is about,
/// read as if written "Examples: Crocks, jugs, mugs".
fn examples_entry(it: &Item, raw: &str) -> Option<Entry> {
    // "E.g. Tokyo" over its own points is a case, not a list of examples
    if !it.sub.is_empty() {
        return None;
    }
    let rest = example_given(raw)?;
    let def = clean_text(rest.trim_start_matches([',', ':']));
    // "Ex. if prices rose 5% …": a worked case, not a list of examples,
    // and so is a reaction
    let case = ["if", "when", "suppose", "say", "imagine"]
        .contains(&super::super::text::first_word(&def).as_str())
        || super::gloss::clause(&def)
        // "e.g. HNO₃ → H⁺ + NO₃⁻": an equation worked through
        || super::super::clean::reaction(&def);
    (!def.is_empty() && !case).then(|| Entry {
        text: clean_text(raw),
        term: Some("Examples".to_string()),
        def: Some(def),
        line: it.line,
        means: false,
    })
}

/// "E.g. Crocks, jugs" → "Crocks, jugs": the text after an abbreviation
/// that gives examples.
fn example_given(text: &str) -> Option<&str> {
    let (lead, rest) = text.trim().split_once(' ')?;
    let lead = lead.trim_end_matches([',', ':']).to_lowercase();
    super::example_line::EXAMPLE_ABBREVIATIONS
        .contains(&lead.as_str())
        .then_some(rest)
}

/// "Enforce limits" / "E.g. Fishing quotas": examples after a statement
/// are the statement's, not the list's; they stay part of the list.
pub(super) fn examples_of_statements(entries: &mut [Entry]) {
    for k in 1..entries.len() {
        if example_given(&entries[k].text).is_some()
            && entries[k - 1].term.is_none()
            && entries[k].term.as_deref() == Some("Examples")
        {
            entries[k].term = None;
            entries[k].def = None;
        }
    }
}

/// "Vertical = split by columns -> …": a short term before the first
/// `=`, whatever arrows its meaning has.
fn equals_term(raw: &str, line: usize) -> Option<Entry> {
    if let Some(e) = relation_term(raw, line) {
        return Some(e);
    }
    let (t, d) = match raw.split_once(" = ") {
        Some(pair) => pair,
        None => return bound_term(raw, line),
    };
    let (term, def) = (clean_text(t), clean_text(d));
    // "I_B = A e^(-k m)": a symbol over its formula names it too (not
    // over a value, "t = 0⁻", nor in a run of equations, "n = T = k")
    let worked = def.chars().any(char::is_alphabetic)
        && !def.contains('=')
        && !def.starts_with(|c: char| c.is_ascii_digit());
    let short = term.split_whitespace().count() <= 3
        && (term_like(&term) || super::super::text::symbol(&term) && worked);
    let not_term = NOT_TERMS.contains(&term.to_lowercase().as_str());
    (short && !def.is_empty() && !not_term && !t.contains(['→', '>', ':'])).then(|| Entry {
        text: clean_text(raw),
        term: Some(term),
        def: Some(def),
        line,
        means: true,
    })
}

/// "Q = K: the glaze is at equilibrium", "Q < K: it shifts right": a
/// relation named by what follows its colon, said in words as a bound is
/// ("Q less than K"), so that "Q < K" and "Q > K" differ wherever cards
/// are told apart by their words.
fn relation_term(raw: &str, line: usize) -> Option<Entry> {
    let (t, d) = raw.split_once(": ")?;
    let relation = t.contains(" = ") || BOUNDS.iter().any(|(sign, _)| t.contains(sign));
    let said = BOUNDS.iter().fold(t.to_string(), |s, (sign, words)| {
        s.replace(sign, &format!(" {words} "))
    });
    let (term, def) = (clean_text(&said), clean_text(d));
    let short = (3..=6).contains(&term.split_whitespace().count());
    (relation && short && !def.is_empty()).then(|| Entry {
        text: clean_text(raw),
        term: Some(term),
        def: Some(def),
        line,
        means: true,
    })
}

/// "Q = K; Q less than K; Q more than K": cases of a relation, each asked
/// alone, no names to list.
pub(super) fn relation_cases(entries: &[Entry]) -> bool {
    entries.iter().all(|e| {
        e.term.as_deref().is_some_and(|t| {
            t.contains(" = ")
                || BOUNDS
                    .iter()
                    .any(|(_, words)| t.contains(&format!(" {words} ")))
        })
    })
}

/// The signs of a bound and how they are said ("<=" before "<").
const BOUNDS: &[(&str, &str)] = &[
    (" <= ", "at most"),
    (" >= ", "at least"),
    (" ≤ ", "at most"),
    (" ≥ ", "at least"),
    (" < ", "less than"),
    (" > ", "more than"),
];

/// "Inelastic < 1", "Elastic ≥ 1": a short term and the bound of its
/// value, the relation said in words with the number ("less than 1").
fn bound_term(raw: &str, line: usize) -> Option<Entry> {
    let (t, rel, d) = BOUNDS
        .iter()
        .find_map(|(sign, rel)| raw.split_once(sign).map(|(t, d)| (t, *rel, d)))?;
    let (term, value) = (clean_text(t), clean_text(d));
    let short = term.split_whitespace().count() <= 3 && term_like(&term);
    let number = value.split_whitespace().count() <= 2 && super::meaning::value_like(&value);
    (short && number && !t.contains(['→', '>', '<', ':'])).then(|| Entry {
        text: clean_text(raw),
        term: Some(term),
        def: Some(format!("{rel} {value}")),
        line,
        means: true,
    })
}
