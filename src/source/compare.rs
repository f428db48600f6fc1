//! Comparisons stated in prose: "Microtasks have higher priority than
//! macrotasks" → "which have higher priority, macrotasks or microtasks?"
//! → "Microtasks", and orders: "Microtasks run before the next macrotask"
//! → "which run first, microtasks or the next macrotask?". The two sides
//! are offered in alphabetical order, so the question does not give the
//! answer away by where it puts it.

use super::facts::Fact;
use super::statements::subject_phrase;
use super::text::Lexicon;

/// Verbs a comparison is made with.
const VERBS: &[&str] = &[
    "is", "are", "has", "have", "runs", "run", "uses", "use", "needs", "need", "costs", "cost",
    "takes", "take", "gives", "give", "offers", "offer",
];

/// Words ending in "er" that compare nothing ("rather than", "other than").
const NOT_COMPARATIVE: &[&str] = &[
    "rather", "other", "either", "neither", "whether", "never", "ever", "over", "under", "after",
    "later", "number", "order", "user", "layer", "server", "water", "paper", "power", "register",
];

/// Words that end the second side: what follows is a reason or an aside.
const SIDE_ENDS: &[&str] = &[
    " because ",
    " since ",
    " as ",
    " when ",
    " if ",
    " which ",
    " so ",
];

/// Longest comparative phrase and second side, in words.
const MAX_PHRASE_WORDS: usize = 4;
const MAX_SIDE_WORDS: usize = 6;

/// Which of two things a clause sets side by side, if it does.
pub fn which(clause: &str, lex: &Lexicon) -> Option<Fact> {
    compare(clause, lex).or_else(|| order(clause, lex))
}

/// Prepositions between a verb and its comparative ("melts at higher
/// temperatures").
const LEADS_TO_COMPARATIVE: &[&str] = &["at", "in", "on", "with", "for", "by"];

/// "A is faster than B", "A has more memory than B": which of the two.
fn compare(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = clause.trim().trim_end_matches(['.', ';', '!']);
    let (left, right) = c.split_once(" than ")?;
    let words: Vec<&str> = left.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| VERBS.contains(&w.to_lowercase().as_str()))
        .or_else(|| verb_before_comparative(&words))?;
    let verb = words[at].to_lowercase();
    let phrase = &words[at + 1..];
    let led = phrase.len() > 1
        && LEADS_TO_COMPARATIVE.contains(&phrase[0].to_lowercase().as_str())
        && comparative(&phrase[1..]);
    if phrase.is_empty() || phrase.len() > MAX_PHRASE_WORDS || !(comparative(phrase) || led) {
        return None;
    }
    let a = side_subject(&words[..at].join(" "), lex)?;
    let b = second_side(right)?;
    // "Atmospheric pressure is greater than in the lungs": the pressure
    // in the lungs
    let b = match super::text::first_word(&b).as_str() {
        "in" | "at" | "on" | "inside" | "within" => {
            format!("{} {b}", a.split_whitespace().last().unwrap_or(""))
        }
        _ => b,
    };
    if a.eq_ignore_ascii_case(&b) {
        return None;
    }
    let (first, second) = alphabetical(&a, &b);
    let phrase = phrase.join(" ").to_lowercase();
    let mut f = Fact::asked(format!("which {verb} {phrase}, {first} or {second}?"), &a);
    f.explanation = Some(format!(
        "{} {verb} {phrase} than {b}.",
        super::text::capitalise(&a)
    ));
    Some(f)
}

/// Verbs an order is stated with.
const ORDER_VERBS: &[&str] = &[
    "run", "execute", "happen", "come", "start", "finish", "load", "occur", "fire", "complete",
    "resolve", "return", "apply", "match",
];

/// "A runs before B", "A is checked after B", "A always comes before B":
/// which of the two comes first.
fn order(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = clause.trim().trim_end_matches(['.', ';', '!']);
    let (left, right, after) = match (c.split_once(" before "), c.split_once(" after ")) {
        (Some((l, r)), None) => (l, r, false),
        (None, Some((l, r))) => (l, r, true),
        _ => return None,
    };
    // The verb, read from its end: "comes", or "is checked" (a
    // participle needs its "is"); adverbs before it are skipped.
    let mut words: Vec<&str> = left.split_whitespace().collect();
    let mut verb: Vec<&str> = Vec::new();
    let mut passive = false;
    while let Some(w) = words.pop() {
        let lower = w.to_lowercase();
        let base = lower.strip_suffix('s').unwrap_or(&lower);
        if verb.is_empty() && ORDER_VERBS.contains(&base) {
            verb.push(w);
        } else if verb.is_empty() && super::verbs::participle(&lower) {
            verb.push(w);
            passive = true;
        } else if passive && ["is", "are"].contains(&lower.as_str()) {
            verb.insert(0, w);
            break;
        } else if !super::verbs::is_adverb(&lower) {
            words.push(w);
            break;
        }
    }
    if verb.is_empty() || passive && verb.len() < 2 {
        return None;
    }
    let subject = words.join(" ");
    // "Don’t confuse X—delay …": an aside, not a subject.
    if subject.contains(['—', '–', '’']) {
        return None;
    }
    let a = side_subject(&subject, lex)?;
    let b = second_side(right)?;
    let (first, second) = alphabetical(&a, &b);
    let verb = verb.join(" ").to_lowercase();
    let answer = if after { &b } else { &a };
    let mut f = Fact::asked(format!("which {verb} first, {first} or {second}?"), answer);
    f.explanation = Some(super::text::capitalise(c) + ".");
    Some(f)
}

/// The first side: a subject a question can name. "The levain" names its
/// thing here, set against the other side, not one named before.
fn side_subject(s: &str, lex: &Lexicon) -> Option<String> {
    subject_phrase(s, lex, false).or_else(|| match s.split_whitespace().collect::<Vec<_>>()[..] {
        [the, noun] if the.eq_ignore_ascii_case("the") && noun.chars().all(char::is_lowercase) => {
            Some(format!("the {noun}"))
        }
        _ => None,
    })
}

fn alphabetical<'s>(a: &'s str, b: &'s str) -> (&'s str, &'s str) {
    if a.to_lowercase() <= b.to_lowercase() {
        (a, b)
    } else {
        (b, a)
    }
}

/// "Porcelain melts at higher temperatures": the verb right before the
/// comparative, or before the preposition that leads to it.
fn verb_before_comparative(words: &[&str]) -> Option<usize> {
    let j = (1..words.len()).find(|&j| comparative(&words[j..]))?;
    let mut v = j - 1;
    if LEADS_TO_COMPARATIVE.contains(&words[v].to_lowercase().as_str()) {
        v = v.checked_sub(1)?;
    }
    let verb = words[v].to_lowercase();
    let base = super::verbs::base_form(&verb);
    let verb_like = verb.chars().all(|c| c.is_ascii_lowercase())
        && super::verbs::ACTION_VERBS.contains(&base.as_str())
        || ["melt", "grow", "move", "burn", "cool"].contains(&base.as_str());
    (v >= 1 && verb_like).then_some(v)
}

/// Whether the words before "than" compare: "faster", "more memory",
/// "higher priority", "less".
fn comparative(phrase: &[&str]) -> bool {
    let first = phrase[0].to_lowercase();
    let er = first.len() > 4
        && first.ends_with("er")
        && first.chars().all(char::is_alphabetic)
        && !NOT_COMPARATIVE.contains(&first.as_str());
    let more = ["more", "less", "fewer", "better", "worse"].contains(&first.as_str());
    er || more
}

/// The second side: up to a reason or a comma; a name or a short noun
/// phrase, not a number ("more than 5 items" compares nothing).
fn second_side(right: &str) -> Option<String> {
    let mut side = right.split([',', ';', '(']).next()?.trim();
    for end in SIDE_ENDS {
        if let Some(at) = side.find(end) {
            side = &side[..at];
        }
    }
    let side = side.trim();
    let n = side.split_whitespace().count();
    let number = side.starts_with(|c: char| c.is_ascii_digit());
    // "after the connection has been established": a clause, not a side.
    const AUXILIARIES: &[&str] = &[
        "is", "are", "was", "were", "has", "have", "had", "been", "be", "do", "does", "did", "can",
    ];
    let clause = side
        .split_whitespace()
        .any(|w| AUXILIARIES.contains(&w.to_lowercase().as_str()));
    let pronoun = [
        "it", "they", "that", "this", "those", "before", "ever", "usual",
    ]
    .contains(&super::text::first_word(side).as_str());
    ((1..=MAX_SIDE_WORDS).contains(&n) && !number && !pronoun && !clause).then(|| side.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::parties::Parties;

    fn ask(s: &str) -> Option<(String, String)> {
        let lex = Lexicon::new(s, Parties::default());
        compare(s, &lex).map(|f| (f.question, f.answer))
    }

    #[test]
    fn a_comparison_asks_which_of_the_two() {
        assert_eq!(
            ask("Microtasks have higher priority than macrotasks."),
            Some((
                "which have higher priority, macrotasks or microtasks?".into(),
                "Microtasks".into()
            ))
        );
        assert_eq!(
            ask("UDP is faster than TCP because it skips the handshake."),
            Some(("which is faster, TCP or UDP?".into(), "UDP".into()))
        );
        assert_eq!(
            ask("Kiln heat is greater than in the drying room."),
            Some((
                "which is greater, heat in the drying room or kiln heat?".into(),
                "Kiln heat".into()
            ))
        );
    }

    #[test]
    fn an_order_asks_which_comes_first() {
        let lex = Lexicon::new("", Parties::default());
        let asked = |s: &str| order(s, &lex).map(|f| (f.question, f.answer));
        assert_eq!(
            asked("Microtasks always run before the next macrotask."),
            Some((
                "which run first, microtasks or the next macrotask?".into(),
                "Microtasks".into()
            ))
        );
        assert_eq!(
            asked("The page table is checked after the TLB."),
            Some((
                "which is checked first, the page table or the TLB?".into(),
                "The TLB".into()
            ))
        );
        assert_eq!(asked("Wash your hands before you eat."), None);
        assert_eq!(asked("It runs before the loop."), None);
        assert_eq!(
            asked("The header comes after the connection is made."),
            None
        );
    }

    #[test]
    fn what_compares_nothing_is_no_comparison() {
        assert_eq!(ask("A bucket has more than 5 objects."), None);
        assert_eq!(ask("Use a queue rather than a topic."), None);
        assert_eq!(ask("It is faster than before."), None);
        assert_eq!(ask("The lock is held longer than usual."), None);
    }
}
