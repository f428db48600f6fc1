//! What a note says the reader can, cannot or must do: "You can take a
//! final snapshot when you delete a DB" → "what can you take when you
//! delete a DB?" → "A final snapshot". Study notes give many of their
//! rules and exam traps in this shape; the heading over the line says
//! what it is about.

use super::facts::Fact;
use super::statements::{PARTICLES, POINTING};
use super::text::first_word;

/// Longest object (in words) a card asks for.
const MAX_OBJECT_WORDS: usize = 14;
/// Longest tail (in words) the question keeps; a longer one goes into
/// the answer.
const MAX_TAIL_WORDS: usize = 10;
/// Longest lead ("For an additional charge") before "you".
const MAX_LEAD_WORDS: usize = 6;

/// Words that open what follows the object: a time, a condition, a place,
/// a purpose or a means ("when you delete a DB", "to S3").
const TAILS: &[&str] = &[
    "when", "if", "after", "before", "once", "while", "unless", "until", "from", "to", "for", "in",
    "on", "at", "with", "without", "using", "via", "by", "into", "across", "per", "between",
    "within", "through",
];

/// Words a lead may open with: a condition or a setting, not a subject.
const LEADS: &[&str] = &[
    "for", "when", "if", "after", "before", "once", "with", "in", "on", "by", "using", "from",
    "within", "at", "also", "now", "then", "here",
];

/// The fact of a clause in which "you" can, cannot or must do something.
pub fn you_can(c: &str) -> Option<Fact> {
    let words: Vec<&str> = c.split_whitespace().collect();
    let at = words
        .iter()
        .take(MAX_LEAD_WORDS + 1)
        .position(|w| w.eq_ignore_ascii_case("you"))?;
    let lead = lead_of(&words[..at])?;
    let (modal, used) = modal_at(&words[at + 1..])?;
    let mut rest: Vec<&str> = words[at + 1 + used..].to_vec();
    // "you can just make a list": an adverb that leaves the fact alone
    const SOFT: &[&str] = &[
        "also", "now", "just", "simply", "easily", "quickly", "actually",
    ];
    if rest.first().is_some_and(|w| SOFT.contains(w)) {
        rest.remove(0);
    }
    let (verb, mut rest) = rest.split_first()?;
    if ["be", "do", "see", "get"].contains(verb) || !verb.chars().all(|ch| ch.is_ascii_lowercase())
    {
        return None;
    }
    let mut verb = verb.to_string();
    // "set up rules": the particle belongs to the verb
    if let Some((p, after)) = rest.split_first().filter(|(p, _)| PARTICLES.contains(*p)) {
        verb = format!("{verb} {p}");
        rest = after;
    }
    let (object, tail) = split_tail(rest);
    // "…, but first you need to …": another clause, asked apart
    let tail = tail.split(", but ").next().unwrap_or("").to_string();
    let first = first_word(&object);
    // ("snapshots" names a thing; "data", "files" hardly do)
    const VAGUE_OBJECTS: &[&str] = &["data", "information", "things", "items", "stuff", "files"];
    let bare = !object.contains(' ')
        && object.chars().all(|ch| ch.is_lowercase())
        && (object.len() <= 4 || VAGUE_OBJECTS.contains(&object.as_str()));
    // "retrieve data from …": one plain word says little on its own, and
    // a long tail would make the question hard to read
    let (object, tail) =
        match !tail.is_empty() && (bare || tail.split(' ').count() > MAX_TAIL_WORDS) {
            true => (format!("{object} {tail}"), String::new()),
            false => (object, tail),
        };
    let n = object.split_whitespace().count();
    // "have" and "use" say little with no setting ("what can you have?")
    let vague = ["have", "use"].contains(&verb.as_str()) && tail.is_empty() && lead.is_empty();
    if n == 0
        || n > MAX_OBJECT_WORDS
        || vague
        || object.contains(", ")
        || object.contains(" but ")
        || POINTING.contains(&first.as_str())
        || ["a", "an", "the"].contains(&object.as_str())
    {
        return None;
    }
    let q = [format!("what {modal} {verb}"), tail, lead]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let answer = object.trim_end_matches([',', '.', ';']);
    Some(Fact::asked(format!("{q}?"), answer))
}

/// The words before "you", said at the end of the question ("for an
/// additional charge"); none, or a setting of a few words.
fn lead_of(words: &[&str]) -> Option<String> {
    let Some(first) = words.first() else {
        return Some(String::new());
    };
    let first = first.to_ascii_lowercase();
    if words.len() > MAX_LEAD_WORDS || !LEADS.contains(&first.as_str()) {
        return None;
    }
    let lead = words.join(" ");
    let lead = lead.trim_end_matches(',');
    if lead.contains(['(', '"', ':', '?']) || lead.contains(", ") {
        return None;
    }
    if ["also", "now", "then", "here"].contains(&first.as_str()) {
        return Some(String::new());
    }
    Some(format!("{first}{}", &lead[first.len()..]))
}

/// "can", "cannot", "can not", "can't", "must", "must not", "should":
/// the question's modal and how many words it took.
fn modal_at(words: &[&str]) -> Option<(&'static str, usize)> {
    let w = |k: usize| words.get(k).map(|w| w.to_lowercase()).unwrap_or_default();
    Some(match (w(0).as_str(), w(1).as_str()) {
        ("can", "not") => ("can you not", 2),
        ("can", "only") => ("can you only", 2),
        ("can", _) => ("can you", 1),
        ("cannot" | "can't" | "can’t", _) => ("can you not", 1),
        ("must", "not") => ("must you not", 2),
        ("must", _) => ("must you", 1),
        ("should", "not") => ("should you not", 2),
        ("should", _) => ("should you", 1),
        _ => return None,
    })
}

/// The object of the verb, and what follows it from the first tail word
/// on; a relative clause ("the queries that …") keeps the object whole.
fn split_tail(rest: &[&str]) -> (String, String) {
    let relative = |w: &str| ["that", "which", "who", "whose"].contains(&w);
    let tail = |k: usize| {
        let w = |k: usize| rest.get(k).map(|w| w.to_lowercase()).unwrap_or_default();
        // "only after …", "even if …"
        let adverb = ["only", "even", "just"].contains(&w(k).as_str());
        TAILS.contains(&w(k).as_str()) || adverb && TAILS.contains(&w(k + 1).as_str())
    };
    let at = (1..rest.len())
        .take_while(|k| !relative(rest[*k]))
        .find(|k| tail(*k));
    if rest.iter().any(|w| relative(w)) && at.is_none() {
        return (rest.join(" "), String::new());
    }
    match at {
        // "to time-sensitive tasks, such as …": the aside after a comma
        Some(k) => (rest[..k].join(" "), aside_cut(&rest[k..].join(" "))),
        None => (rest.join(" "), String::new()),
    }
}

/// The tail up to its first comma or bracket: an aside.
fn aside_cut(tail: &str) -> String {
    let cut = tail.split(", ").next().unwrap_or(tail);
    cut.split(" (").next().unwrap_or(cut).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(c: &str) -> Option<(String, String)> {
        you_can(c).map(|f| (f.question, f.answer))
    }

    #[test]
    fn asks_what_you_can_do_and_when() {
        let (q, a) = asked("You can glaze a pot only after its bisque firing").unwrap();
        assert_eq!(q, "what can you glaze only after its bisque firing?");
        assert_eq!(a, "A pot");
        let (q, a) = asked("You cannot fire wet clay in a kiln").unwrap();
        assert_eq!(q, "what can you not fire in a kiln?");
        assert_eq!(
            asked("For a small kiln, you can just use a kiln sitter."),
            Some((
                "what can you use for a small kiln?".to_string(),
                "A kiln sitter".to_string()
            ))
        );
        assert_eq!(a, "Wet clay");
        let (q, a) = asked("For a small fee you can rent a wheel by the hour").unwrap();
        assert_eq!(q, "what can you rent by the hour for a small fee?");
        assert_eq!(a, "A wheel");
        let (q, a) = asked("You must wedge the clay before throwing").unwrap();
        assert_eq!(q, "what must you wedge before throwing?");
        assert_eq!(a, "The clay");
    }

    #[test]
    fn keeps_a_relative_clause_and_a_plain_word_with_the_object() {
        let (q, a) = asked("You can view the pots that cracked in the last firing").unwrap();
        assert_eq!(q, "what can you view?");
        assert_eq!(a, "The pots that cracked in the last firing");
        let (q, a) = asked("You can recover clay from a failed pot even after it dried").unwrap();
        assert_eq!(q, "what can you recover?");
        assert_eq!(a, "Clay from a failed pot even after it dried");
        // a plural names a thing; a clause after ", but" is another fact
        let (q, a) = asked(
            "You can share glazes between studios as well as between guilds, but first you must label them",
        )
        .unwrap();
        assert_eq!(
            q,
            "what can you share between studios as well as between guilds?"
        );
        assert_eq!(a, "Glazes");
    }

    #[test]
    fn leaves_passives_pronouns_and_subjects_before_you() {
        assert!(asked("You can be charged for the kiln").is_none());
        assert!(asked("You can use it to trim feet").is_none());
        assert!(asked("Potters say you can fire twice").is_none());
        assert!(asked("You should know the glaze").is_some());
        assert!(asked("You will need a wheel").is_none());
    }
}
