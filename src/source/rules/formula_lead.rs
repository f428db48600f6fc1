//! The name a formula's surroundings give it: its lead ("Bayes'
//! theorem:", "The events A and B are independent when:"), the heading
//! over it ("### Bayes' theorem"), or the paragraph before it, which
//! names the law it states ("… bends according to Snell's law.") or the
//! symbol it gives ("the index of refraction n").

use super::super::clean::clean_text;
use super::super::doc::Line;
use super::super::statements::subject_phrase;
use super::super::text::{possessive, Lexicon};
use super::formula::{named_question, MAX_NAME_WORDS};

/// Words that open a phrase linking to a formula ("For example", "we
/// have", "from …"), never its name.
pub(super) const LINKS: &[&str] = &[
    "by", "with", "for", "from", "in", "on", "at", "to", "using", "where", "then", "so", "thus",
    "hence", "and", "or", "but", "if", "when", "as", "we", "this", "it",
];

/// "Dependent events" on the line above a formula: a name of a few
/// words, no sentence.
pub(super) fn short_name(t: &str) -> bool {
    let t = t.trim();
    let words = t.split_whitespace().count();
    // "For example", "Note": a marker, no name
    let first = super::super::text::first_word(t);
    let marker = super::super::text::strip_markers(t).len() < t.len()
        || t.to_lowercase().contains("example")
        || LINKS.contains(&first.as_str());
    (1..=4).contains(&words)
        && !marker
        && t.starts_with(char::is_uppercase)
        && !t.ends_with(['.', '?', '!', ',', ';'])
        && !super::gloss::clause(t)
}

/// Words that end the name of a formula's law ("Bayes' theorem").
const LAWS: &[&str] = &[
    "theorem",
    "law",
    "rule",
    "formula",
    "equation",
    "principle",
    "identity",
    "inequality",
    "lemma",
    "relation",
    "relationship",
];

/// The question a formula's lead asks: "Bayes' theorem:" → "what is
/// Bayes' theorem?"; "The law of total probability states that …:" →
/// "what does the law of total probability state?"; "The events A and B
/// are independent when:" → "when are the events A and B independent?".
pub(super) fn lead_question(lead: &str, formula: &str, lex: &Lexicon) -> Option<String> {
    let t = lead.trim().trim_end_matches(':').trim();
    if let Some((subject, _)) = t.split_once(" states that ") {
        let subject = subject_phrase(subject, lex, true)?;
        return Some(format!("what does {subject} state?"));
    }
    if let Some(q) = names_its_formula(t, lex) {
        return Some(q);
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if let Some(("when" | "if", said)) = words.split_last().map(|(l, s)| (*l, s)) {
        let be = said.iter().position(|w| ["is", "are"].contains(w))?;
        let subject = subject_phrase(&said[..be].join(" "), lex, true)?;
        let what = said[be + 1..].join(" ");
        return (!what.is_empty()).then(|| format!("when {} {subject} {what}?", said[be]));
    }
    let name = (1..=MAX_NAME_WORDS).contains(&words.len()) && !super::gloss::clause(t);
    let last = words.last()?.to_lowercase();
    match name && !t.contains([',', '(']) {
        true if LAWS.contains(&last.as_str()) => Some(format!("what is {}?", law_name(t, lex))),
        // "Dependent events": what the formula is for
        true if short_name(t) => Some(named_question(&lex.lc_label(t), formula)),
        _ => None,
    }
}

/// "Division hashing has the following formula:" → "what is the
/// formula for division hashing?"; "Linear probing uses the following
/// hash function:" → "what hash function does linear probing use?";
/// "The load factor is given by:" → "what is the formula for the load
/// factor?".
pub(super) fn names_its_formula(t: &str, lex: &Lexicon) -> Option<String> {
    const GIVEN: &[&str] = &[
        " is given by",
        " is calculated as",
        " is calculated by",
        " is defined as",
        " has the form",
        " is of the form",
    ];
    if let Some(subject) = GIVEN.iter().find_map(|g| t.strip_suffix(g)) {
        let subject = formula_subject(subject, lex)?;
        return Some(format!("what is the formula for {subject}?"));
    }
    let (subject, kind) = [
        " has the following ",
        " has following ",
        " uses the following ",
    ]
    .iter()
    .find_map(|v| t.split_once(v).map(|(s, k)| (s, (v.trim(), k))))?;
    let what = kind.1.trim();
    let subject = formula_subject(subject, lex)?;
    let one = (1..=3).contains(&what.split_whitespace().count()) && !what.contains([',', ':']);
    match kind.0 {
        _ if !one => None,
        "uses the following" => Some(format!("what {what} does {subject} use?")),
        _ => Some(format!("what is the {what} for {subject}?")),
    }
}

/// "For any p, the mass function of a kiln with a flue" → "the mass
/// function of a kiln": what a formula's lead says it gives, after any
/// clause before it, and without a last qualifier when that is too long.
fn formula_subject(said: &str, lex: &Lexicon) -> Option<String> {
    let said = said.rsplit(", ").next()?.trim();
    // "X is uniform if the mass function of X has the form:"
    let said = [" if ", " when "]
        .iter()
        .find_map(|w| said.rsplit_once(w).map(|(_, s)| s))
        .unwrap_or(said);
    let said = ["if ", "then ", "that "]
        .iter()
        .find_map(|w| said.strip_prefix(w))
        .unwrap_or(said);
    subject_phrase(said, lex, true).or_else(|| {
        let (kept, _) = said.rsplit_once(" with ")?;
        subject_phrase(kept, lex, true)
    })
}

/// "Ohm's law", "Bayes' theorem": a law named by its owner, which a
/// heading right over a formula gives it.
pub(super) fn owned_law(heading: String) -> Option<String> {
    let last = heading.rsplit(' ').next()?.to_lowercase();
    let owned = possessive(heading.split(' ').next()?);
    (owned && LAWS.contains(&last.as_str())).then_some(heading)
}

/// A law as a question names it: "Bayes' theorem" as written, "the rate
/// law" (an article of its own), "the Arrhenius equation" (a name that
/// may be a person's).
fn law_name(t: &str, lex: &Lexicon) -> String {
    let first = t.split_whitespace().next().unwrap_or_default();
    let owned = possessive(first);
    match first.to_lowercase().as_str() {
        _ if owned => t.to_string(),
        "the" | "a" | "an" => lex.lc_label(t),
        _ => format!("the {t}"),
    }
}

/// The question the paragraph before a formula gives it: the law its
/// last sentence names by its owner ("… bends according to Snell's law")
/// → "what is Snell's law?"; or the name it gives the formula's symbol
/// ("a quantity called the index of refraction n, which …") → "what is
/// the formula for the index of refraction n?".
pub(super) fn named_before(lines: &[Line], formula: &str, lex: &Lexicon) -> Option<String> {
    let text = lines
        .iter()
        .map(|l| clean_text(&l.text))
        .collect::<Vec<_>>()
        .join(" ");
    let words: Vec<&str> = text.split_whitespace().collect();
    // "Snell's law", "Newton's second law": one law named, by its owner
    let laws: Vec<String> = (1..words.len())
        .filter(|&k| LAWS.contains(&bare(words[k]).to_lowercase().as_str()))
        .filter_map(|k| {
            let owner = (k.saturating_sub(2)..k).find(|&o| {
                let w = words[o];
                w.starts_with(char::is_uppercase) && possessive(w)
            })?;
            // "derived from … and Ohm's law": a law used, not stated
            const USED: &[&str] = &["from", "and", "using", "with", "of", "derived", "use"];
            let before = &words[owner.saturating_sub(2)..owner];
            if before
                .iter()
                .any(|w| USED.contains(&w.to_lowercase().as_str()))
            {
                return None;
            }
            Some(
                words[owner..=k]
                    .iter()
                    .map(|w| bare(w))
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        })
        .collect();
    if let [law] = laws.as_slice() {
        return Some(format!("what is {law}?"));
    }
    let symbol = formula.split_once(" = ")?.0.trim();
    let at = (2..words.len()).find(|&k| bare(words[k]) == symbol && symbol.chars().count() <= 2)?;
    let the = (at.saturating_sub(5)..at)
        .rev()
        .find(|&k| ["the", "a", "an"].contains(&words[k].to_lowercase().as_str()))?;
    let name = words[the..at].join(" ");
    let plain = !name.contains([',', ':', '(']) && subject_phrase(&name, lex, false).is_some();
    plain.then(|| format!("what is the formula for {} {symbol}?", lex.lc_phrase(&name)))
}

/// A word without the marks around it ("law.", "*Snell's*").
fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '_')
}
/// Words of a heading that names a law the sentence under it states.
const STATED: &[&str] = &["law", "principle", "theorem", "rule", "postulate"];

impl super::Rules<'_> {
    /// "## Faraday's first law" over "The mass deposited is proportional
    /// to the charge passed.": the law the heading names, asked "what does
    /// Faraday's first law state?" and answered by the first sentence
    /// under it.
    /// So is "Pascal's principle:" on a line of its own over it
    /// (after "Formally," if the notes lead in so).
    pub(super) fn law_statement(&mut self, blocks: &[super::Block], i: usize, body: &[Line]) {
        let (heading, body) = match law_label(body) {
            Some((name, rest)) => (name, rest),
            None => match i.checked_sub(1).map(|p| &blocks[p]) {
                Some(super::Block::Heading { text, .. }) => {
                    (super::super::plain::heading_text(text), body)
                }
                _ => return,
            },
        };
        let words: Vec<String> = heading.split_whitespace().map(str::to_lowercase).collect();
        // not "III. Goodwill and Moral Law" (a section about a law) nor
        // "First Law - Inertia" (a name and its gist)
        let names_law = words.len() <= MAX_NAME_WORDS + 2
            && words.iter().any(|w| STATED.contains(&w.as_str()))
            && !words
                .iter()
                .any(|w| w == "and" || w == "-" || w.ends_with('.'))
            && !heading.contains(['?', ':', '–', '—']);
        let text = body
            .iter()
            .map(|l| clean_text(&l.text))
            .collect::<Vec<_>>()
            .join(" ");
        let text = text
            .trim_matches(['"', '“', '”', ' '])
            .replace(['“', '”'], "");
        let Some(first) = super::super::text::sentences(&text).into_iter().next() else {
            return;
        };
        let n = first.split_whitespace().count();
        // "**Golden rule**: …", "Key principle: …": a label's own card
        let labelled = body[0].bold.is_some() || first.contains(':') || first.starts_with('[');
        // a line alone may state it without a stop
        let closed = first.ends_with('.') || body.len() == 1 && !first.ends_with([':', '?']);
        let stated = closed && super::gloss::clause(&first);
        if !names_law || labelled || !(6..=45).contains(&n) || !stated {
            return;
        }
        let q = format!("what does {} state?", law_name(&heading, self.lex));
        self.card(None, &q, first.trim_end_matches('.'), None, body[0].line);
    }
}

/// "Pascal's principle:" (after a lead-in such as "Formally,") on a line
/// of its own over what it states: the law's name and the lines after.
fn law_label(body: &[Line]) -> Option<(String, &[Line])> {
    let lead_in = body.first()?.text.trim().ends_with(',');
    let from = usize::from(lead_in && body.len() > 2);
    let label = body.get(from)?.text.trim().strip_suffix(':')?;
    let named = label.split_whitespace().count() <= MAX_NAME_WORDS + 2
        && label
            .split_whitespace()
            .any(|w| STATED.contains(&w.to_lowercase().as_str()));
    (named && body.len() > from + 1).then(|| (label.to_string(), &body[from + 1..]))
}
