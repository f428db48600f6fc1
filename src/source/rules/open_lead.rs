//! A list's lead that a question can finish: a sentence left open for
//! its items ("Kiln shelves crack over time due to:"), or a plural noun
//! that names them ("Key signs of an overfired pot:").

use super::super::text::{first_word, looks_plural, Lexicon};
use super::super::verbs::{known_third_person, known_verb, looks_third_person, BE_HAVE};

/// Words that point back or go on from a sentence before ("It
/// includes:", "So Mill accepts:"), which a question cannot stand on.
const POINTING: &[&str] = &["it", "this", "that", "they", "these", "you", "we"];
const LINKING: &[&str] = &["so", "thus", "then", "and", "but", "hence", "also", "now"];

/// "Kiln wash", "Cone 6 glazes": a short name, no statement.
fn name_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let first = first_word(s);
    (1..=6).contains(&words.len())
        && !s.contains([';', ':', '.', '='])
        && !order_verb(&first)
        && !super::super::vocab::MODALS.contains(&first.as_str())
        && !words.iter().any(|w| {
            let w = w.to_lowercase();
            BE_HAVE.contains(&w.as_str()) || known_third_person(&w)
        })
}

/// "Use", "grind": a verb's plain form, which opens an order.
fn order_verb(w: &str) -> bool {
    known_verb(w) && !looks_third_person(w)
}

/// The words a sentence can stop on to let its list finish it.
const OPEN_ENDS: &[&str] = &[
    "of",
    "by",
    "to",
    "for",
    "into",
    "in",
    "with",
    "from",
    "on",
    "about",
    "including",
    "between",
    "against",
    "through",
    "via",
    "are",
    "is",
    "were",
    "was",
    "be",
    "include",
    "includes",
    "contain",
    "contains",
    "involve",
    "involves",
    "because",
];

/// "Kiln shelves crack over time due to:" → "kiln shelves crack over
/// time due to what (2 items)?"; "For potters, the signs of overfiring
/// are:" → "for potters, what are the signs of overfiring (2 items)?":
/// a sentence left open asks for what finishes it.
pub(super) fn open_lead_question(l: &str, shown: &[String], lex: &Lexicon) -> Option<String> {
    let t = l.trim().trim_end_matches(':').trim_end();
    let words: Vec<&str> = t.split_whitespace().collect();
    let last = words.last()?.to_lowercase();
    let one_sentence = !t.contains(". ") && !t.contains(['?', ':', ';', '=', '(']);
    let first = first_word(t);
    let pointing = POINTING.contains(&first.as_str()) || LINKING.contains(&first.as_str());
    // "The lighter a gas is, the faster …": a comparison, not a list
    let second = t.split_whitespace().nth(1).unwrap_or("").to_lowercase();
    let compares = first == "the"
        && (second.ends_with("er") || ["more", "less", "fewer"].contains(&second.as_str()));
    if !OPEN_ENDS.contains(&last.as_str())
        || !(3..=18).contains(&words.len())
        || !one_sentence
        || pointing
        || compares
    {
        return None;
    }
    let t = lex.lc_first(t);
    if let Some(q) = what_is_question(&t) {
        return Some(q);
    }
    // "Glazes are applied to:" over "Protect the clay": what they do
    let doing = shown.iter().all(|s| order_verb(&first_word(s)));
    // "Use kiln wash on:" → "what should you use kiln wash on?"
    if order_verb(&first) {
        let act = if last == "to" && doing { " do" } else { "" };
        return Some(format!("what should you {t}{act} ({{n}} items)?"));
    }
    let wh = match last.as_str() {
        "because" => "of what",
        "to" if doing => "do what",
        _ => "what",
    };
    Some(format!("{t} {wh} ({{n}} items)?"))
}

/// "for potters, the key signs of an overfired pot are" → "for
/// potters, what are the key signs of an overfired pot (…)?": a noun
/// phrase and its verb of being, turned round.
fn what_is_question(t: &str) -> Option<String> {
    let (rest, be) = t.rsplit_once(' ')?;
    if !["is", "are", "were", "was"].contains(&be) {
        return None;
    }
    let (front, subject) = match rest.rsplit_once(", ") {
        Some((f, s)) => (format!("{f}, "), s),
        None => (String::new(), rest),
    };
    let words: Vec<&str> = subject.split_whitespace().collect();
    let verb = words.iter().any(|w| {
        let w = w.to_lowercase();
        BE_HAVE.contains(&w.as_str()) || known_third_person(&w)
    });
    let the =
        ["the", "its", "their", "his", "her"].contains(&words.first()?.to_lowercase().as_str());
    (the && !verb && words.len() >= 2).then(|| format!("{front}what {be} {subject} ({{n}} items)?"))
}

/// "Key elements of a firing log:" → "what are the key elements of a
/// firing log (3 items)?": a plural noun, with what it belongs to,
/// names the items it leads.
pub(super) fn plural_lead_question(l: &str, shown: &[String], lex: &Lexicon) -> Option<String> {
    let t = l.trim().trim_end_matches(':').trim_end();
    let plain = t
        .chars()
        .all(|c| c.is_alphanumeric() || " -/'&".contains(c));
    let words: Vec<&str> = t.split_whitespace().collect();
    const LINKS: &[&str] = &[
        "of",
        "in",
        "for",
        "to",
        "on",
        "that",
        "which",
        "used",
        "affecting",
        "through",
        "with",
        "from",
        "by",
        "between",
        "among",
        "within",
        "under",
        "across",
        "during",
        "at",
        "about",
    ];
    let end = words
        .iter()
        .position(|w| LINKS.contains(&w.to_lowercase().as_str()))
        .unwrap_or(words.len());
    let head = &words[..end];
    let noun = head.last()?.to_lowercase();
    // "Dedicated kilns" over points is one thing's key facts; "Parts of
    // a kiln", "Firing stages" name members
    let kind = super::kinds::KINDS.contains(&noun.as_str());
    let first = first_word(t);
    // "Protect kiln shelves", "Glaze drips ruin shelves": an order or a
    // clause, no name
    let verb = known_verb(&first) && first != "use"
        || words[..end.saturating_sub(1)]
            .iter()
            .any(|w| known_third_person(&w.to_lowercase()))
        || words.iter().any(|w| BE_HAVE.contains(&w.to_lowercase().as_str()))
        // "Social interaction occurs in places"
        || head.len() >= 2
            && known_third_person(&noun)
            && !kind;
    let named = end < words.len() || kind;
    let fits = plain && (2..=8).contains(&words.len()) && (1..=4).contains(&head.len());
    let vague = super::kinds::VAGUE.contains(&noun.as_str())
        || super::super::vocab::GENERIC_HEADINGS.contains(&t.to_lowercase().as_str());
    // "So Mill accepts:" goes on a sentence before
    let opens = first.ends_with("ing")
        || first.starts_with(|c: char| c.is_ascii_digit())
        || LINKING.contains(&first.as_str())
        || POINTING.contains(&first.as_str());
    // "Dedicated instances" over what they do: points about them, no members
    let names = shown.iter().all(|s| name_like(s));
    if !fits || !named || !looks_plural(&noun) || vague || verb || opens || !names {
        return None;
    }
    let phrase = lex.lc_label(t);
    let phrase = match first.as_str() {
        "the" => phrase,
        "some" | "several" | "many" | "few" => phrase,
        _ => format!("the {phrase}"),
    };
    Some(format!("what are {phrase} ({{n}} items)?"))
}

/// "A firing has:" over its parts → "what does a firing have?".
pub(super) fn has_lead_question(l: &str, lex: &super::super::text::Lexicon) -> Option<String> {
    let l = l.trim_end_matches(':').trim();
    let (thing, does) = [(" has", "does"), (" have", "do"), (" had", "did")]
        .iter()
        .find_map(|(v, d)| Some((l.strip_suffix(v)?, d)))?;
    let n = thing.split_whitespace().count();
    ((1..=4).contains(&n) && !thing.contains([',', '(']))
        .then(|| format!("what {does} {} have ({{n}} items)?", lex.lc_phrase(thing)))
}
