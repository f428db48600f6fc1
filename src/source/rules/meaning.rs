//! What the meaning of a list item says beyond a meaning: a date on a
//! timeline ("1984: …"), a rule ("If …, …"), the case for choosing the
//! term ("if you need …") or when it is used ("When we want …"), a use
//! ("Useful for …"), a value ("24 hours", "Blue"), a deed and what came
//! of it ("Banned the glaze -> poisoned …"), or how or where the term is
//! measured or kept ("Measured in pages") rather than a meaning.

use super::super::verbs::is_adverb;

/// "Fired the kiln twice -> cracked the glaze": a deed, and what came
/// of it or why, asks "why was the kiln fired twice?" of its object
/// (after "the", "a", "an"), when the meaning opens with a verb.
pub(super) fn why_done(term: &str, def: &str) -> Option<String> {
    use super::super::verbs::{known_verb, looks_third_person};
    let mut words = term.split_whitespace();
    let verb = words.next()?.to_lowercase();
    let object: Vec<&str> = words.collect();
    super::super::past::past_base(&verb)?;
    let pointed = object
        .first()
        .is_some_and(|d| ["the", "a", "an"].contains(&d.to_lowercase().as_str()));
    let first = super::super::text::first_word(def);
    let says_why = first == "because"
        || super::super::past::past_base(&first).is_some()
        || looks_third_person(&first) && known_verb(&super::super::verbs::base_form(&first));
    if !pointed || !says_why || !(2..=9).contains(&object.len()) {
        return None;
    }
    let mut object = object.join(" ");
    let head = super::super::text::head_noun(&object).to_lowercase();
    let be = match super::super::text::looks_plural(&head) {
        true => "were",
        false => "was",
    };
    object[..1].make_ascii_lowercase();
    Some(format!("why {be} {object} {verb}?"))
}

/// "Measured in GB", "Stored in the loft": a meaning that says how or
/// where the term is measured or kept asks "how is the glaze measured?",
/// "where are the pots stored?".
pub(super) fn participle_question(term: &str, def: &str) -> Option<String> {
    const HOW: &[&str] = &[
        "measured",
        "priced",
        "billed",
        "charged",
        "calculated",
        "encrypted",
        "paid",
        "rated",
    ];
    const WHERE: &[&str] = &["stored", "located", "kept", "held", "hosted", "found"];
    let (first, rest) = def.split_once(' ')?;
    let participle = first.to_lowercase();
    let prep = super::super::text::first_word(rest);
    let be = match super::super::text::looks_plural(&term.to_lowercase()) {
        true => "are",
        false => "is",
    };
    let how = HOW.contains(&participle.as_str())
        && ["in", "by", "per", "using", "with", "at"].contains(&prep.as_str());
    let place = WHERE.contains(&participle.as_str())
        && ["in", "on", "at", "inside", "within"].contains(&prep.as_str());
    let short = term.split_whitespace().count() <= 4;
    let term = super::super::text::lower_name(term);
    match (how, place) {
        (true, _) if short => Some(format!("how {be} {term} {participle}?")),
        (_, true) if short => Some(format!("where {be} {term} {participle}?")),
        _ => None,
    }
}

/// "what is the range?", "what are the pros?"
pub(super) fn what_is_the(label: &str) -> String {
    // "Good - 5-30 miles" under "visibility": a grade, what it takes
    const GRADES: &[&str] = &[
        "good",
        "moderate",
        "poor",
        "fair",
        "excellent",
        "high",
        "low",
        "medium",
        "light",
        "heavy",
        "strong",
        "weak",
        "mild",
        "severe",
    ];
    let last = label.split_whitespace().last().unwrap_or("");
    if label.split_whitespace().count() <= 2 && GRADES.contains(&last) {
        return format!("what counts as {label}?");
    }
    // "dispersion in mutual inclinations": the head noun counts
    let plural = super::super::text::looks_plural(super::super::text::head_noun(label));
    format!("what {} the {label}?", if plural { "are" } else { "is" })
}

/// "1984", "1990s", "1914–1918", "Early 1800s", "226 BCE": a year or a
/// span of years.
pub(super) fn year_like(term: &str) -> bool {
    let words: Vec<&str> = term.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    let digits: String = last.chars().filter(char::is_ascii_digit).collect();
    let shape = last
        .chars()
        .all(|c| c.is_ascii_digit() || "s–-".contains(c));
    let lead = words.len() == 1
        || words.len() == 2
            && ["early", "mid", "late", "the"].contains(&words[0].to_lowercase().as_str());
    let modern =
        lead && shape && (digits.len() == 4 || digits.len() == 8) && last.starts_with(['1', '2']);
    // "226 BCE", "264 - 241 BCE", "5th - early 3rd BCE"
    modern || super::dates::is_date(term)
}

/// "If encryption is on, …", "When the queue is full, …": a rule, not
/// a meaning.
pub(super) fn conditional(def: &str) -> bool {
    let lower = def.trim_start().to_lowercase();
    (lower.starts_with("if ") || lower.starts_with("when ")) && lower.contains(", ")
}

/// "if you need to scale out", "when your data fits in memory": the case
/// for choosing the term.
pub(super) fn choose_when(def: &str) -> bool {
    let lower = def.to_lowercase();
    // "…, such as Sharepoint, …": examples, no second clause
    let case = [", such as", ", e.g.", ", like ", ", including"]
        .iter()
        .fold(lower.as_str(), |l, w| l.split(w).next().unwrap_or(l));
    ["if you ", "when you ", "if your ", "when your "]
        .iter()
        .any(|l| lower.starts_with(l))
        && !case.contains(", ")
}

/// "When we fetch data", "Usually used when …": a meaning that says when
/// its term is used.
pub(super) fn used_when(def: &str) -> bool {
    let lower = def.to_lowercase();
    let mut words = lower.split_whitespace().peekable();
    words.next_if(|w| is_adverb(w));
    words.next_if(|w| *w == "used");
    words.next() == Some("when")
}

/// "Reflection", "Erosion", "Resonance": a word for something that
/// happens, which "when energy meets a surface, …" defines rather than
/// telling when it is used.
pub(super) fn names_a_process(term: &str) -> bool {
    let t = term.trim().to_lowercase();
    t.chars().all(char::is_alphabetic)
        && ["tion", "sion", "ance", "ence", "ment", "sis"]
            .iter()
            .any(|e| t.len() >= e.len() + 3 && t.ends_with(e))
}

/// "For firing stoneware - Big Kiln", "For NLP - Amazon Comprehend": a
/// purpose before the dash and the name that serves it after, asked "what
/// is used for firing stoneware?" with the name as its answer.
pub(super) fn purpose_question(term: &str, def: &str) -> Option<String> {
    let purpose = term.trim().strip_prefix("For ")?.trim();
    let name = def.trim().trim_end_matches('.');
    let named = name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    (named && short_value(name) && purpose.split_whitespace().count() <= 6)
        .then(|| format!("what is used for {purpose}?"))
}

/// "**Informational rewards** — which provide feedback": the clause
/// says what the term does, without its "which" ("which API calls …"
/// asks, and has no verb next).
pub(super) fn without_which(def: &str) -> String {
    let clause = ["which ", "Which "]
        .iter()
        .find_map(|w| def.strip_prefix(w))
        .filter(|rest| {
            let verb = super::super::text::first_word(rest);
            super::super::verbs::known_verb(&super::super::facts::base_form(&verb))
        });
    clause.map_or(def.to_string(), super::super::text::capitalise)
}

/// "Mask: 255.0.0.0", "Zone: Blue": labels of values, which are no list to
/// learn.
pub(super) fn short_value(def: &str) -> bool {
    let words: Vec<&str> = def.split_whitespace().collect();
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    words.len() <= 4 && !["a", "an", "the"].contains(&first.as_str()) && !def.contains(',')
}

/// "24 hours", "$600 a month", "60-100 beats": a figure, or a range of
/// two, first ("1-1 relationship" is no range).
pub(super) fn figure_first(def: &str) -> bool {
    let first = def.split_whitespace().next().unwrap_or("");
    let n = first
        .trim_start_matches(['~', '$', '£', '€'])
        .trim_end_matches(['%', ',']);
    let number = |s: &str| {
        s.starts_with(|c: char| c.is_ascii_digit())
            && s.chars().all(|c| c.is_ascii_digit() || ".,".contains(c))
    };
    let value = |s: &str| s.replace(',', "").parse::<f64>().ok();
    match n.split_once(['-', '–']) {
        Some((a, b)) => number(a) && number(b) && value(a) < value(b),
        None => number(n),
    }
}

/// A number, or a bound of one ("< 1", "infinite").
pub(super) fn numeric(def: &str) -> bool {
    let lower = def.to_lowercase();
    let n = ["less than ", "more than ", "at most ", "at least "]
        .iter()
        .find_map(|b| lower.strip_prefix(b))
        .unwrap_or(&lower);
    n.starts_with(|c: char| c.is_ascii_digit()) || UNCOUNTED.contains(&n)
}

/// Values with no digits.
const UNCOUNTED: &[&str] = &["infinite", "infinity", "∞", "zero", "none"];

/// A value rather than a meaning: a number, or a name of one or two words.
pub(super) fn value_like(def: &str) -> bool {
    let words: Vec<&str> = def.split_whitespace().collect();
    def.contains(|c: char| c.is_ascii_digit())
        || UNCOUNTED.contains(&def.to_lowercase().as_str())
        || (words.len() <= 2
            && words
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase())))
}

/// "Used for the first firing" → "the first firing": the use alone, as
/// the answer to "what is it used for?" ("used to …" keeps its "to").
pub(super) fn without_use_lead(def: &str) -> &str {
    const LEADS: &[&str] = &[
        "used mainly for ",
        "mainly used for ",
        "used for ",
        "leveraged mainly for ",
        "leveraged for ",
        "useful for ",
        "useful to ",
        "good for ",
        "best for ",
        "ideal for ",
        "used ",
    ];
    LEADS
        .iter()
        .find(|l| def.is_char_boundary(l.len()) && def[..l.len()].eq_ignore_ascii_case(l))
        .map_or(def, |l| def[l.len()..].trim_start())
}

/// The answer to "where do X originate?" or "what does X weed out?": the
/// meaning without the verb the question asks by ("Originate in the
/// thalamus" → "in the thalamus", "Weeds out unneeded links" → "unneeded
/// links").
pub(super) fn without_asked_verb<'a>(q: &str, def: &'a str) -> &'a str {
    if q.ends_with(" used for?") {
        return without_use_lead(def);
    }
    let Some((first, rest)) = def.split_once(' ') else {
        return def;
    };
    let lower = first.to_lowercase();
    let base = match q.starts_with("what did ") {
        true => super::super::past::past_base(&lower).unwrap_or(lower.clone()),
        false => super::super::facts::base_form(&lower),
    };
    let what = (q.starts_with("what do") || q.starts_with("what did ")) && base != "do";
    // "Weeds out …": the particle is in the question too
    match rest.split_once(' ') {
        Some((p, r)) if what && q.ends_with(&format!(" {base} {p}?")) => r,
        _ if q.starts_with("where ") || what && q.ends_with(&format!(" {base}?")) => rest,
        // "how is SPICE measured?" → "In GB"
        _ if q.starts_with("how ") && q.ends_with(&format!(" {lower}?")) => rest,
        _ => def,
    }
}

/// "This is the idea that …", "Refers to the loss of …": a meaning
/// opened by words that point back to its term, without them ("The idea
/// that …").
pub(super) fn without_pointing_lead(def: &str) -> String {
    // the heading's own pointing leads ("This is "), and those of a term
    const REFERS: &[&str] = &[
        "this refers to ",
        "it refers to ",
        "refers to ",
        "this means ",
    ];
    let mut leads = super::gloss::POINTING_LEADS.iter().chain(REFERS);
    let rest = leads.find_map(|l| {
        let lead = def.get(..l.len()).filter(|d| d.eq_ignore_ascii_case(l))?;
        let rest = &def[lead.len()..];
        let opens = ["the ", "a ", "an "].iter().any(|a| {
            rest.get(..a.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(a))
        });
        (opens || l.contains("refers")).then_some(rest)
    });
    match rest {
        Some(r) => super::super::text::capitalise(r),
        None => def.to_string(),
    }
}

/// The part of a meaning that defines its term: all of it, or, when it
/// is too long to ask whole, its first sentence (the others are read as
/// statements).
pub(super) fn defining_part(def: &str) -> String {
    let def = without_which(def);
    let def = def.as_str();
    let first = super::super::text::sentences(def)
        .into_iter()
        .next()
        .unwrap_or_default();
    let max = super::list::MAX_DEFINITION_WORDS;
    let long = def.split_whitespace().count() > max;
    if !long {
        return def.to_string();
    }
    if first.split_whitespace().count() <= max && first.len() < def.len() {
        return first;
    }
    // "…, contributes to equilibrium; also known as functionalism": the
    // clause before the semicolon
    let clause = first.split("; ").next().unwrap_or(&first);
    if clause.len() < first.len() && (6..=max).contains(&clause.split_whitespace().count()) {
        return clause.to_string();
    }
    without_aside(&first, max).unwrap_or_else(|| def.to_string())
}

/// "A potter who founded the guild's kiln, which fired …" → "A potter who
/// founded the guild's kiln": a sentence too long to ask whole, cut before
/// the last aside (", which …", ", adding …") that leaves at most `max`
/// words.
fn without_aside(sentence: &str, max: usize) -> Option<String> {
    let asides = sentence.match_indices(", ").filter(|(at, _)| {
        let next = super::super::text::first_word(&sentence[at + 2..]);
        next == "which" || next.len() > 5 && next.ends_with("ing")
    });
    asides
        .map(|(at, _)| &sentence[..at])
        .filter(|s| (6..=max).contains(&s.split_whitespace().count()))
        .last()
        .map(str::to_string)
}

/// A term's meaning (its first sentences, up to `super::prose::MAX_CALLOUT_WORDS` and
/// a few), and the text whose facts are asked besides: the sentences the
/// meaning left out, or all of them when it is more than one sentence.
pub(super) fn meaning_and_rest(body: &str) -> (String, String) {
    let all = super::super::text::sentences(body);
    let mut answer = String::new();
    let mut taken = 0;
    for s in &all {
        let n = answer.split_whitespace().count() + s.split_whitespace().count();
        if !answer.is_empty() && n > super::prose::MAX_CALLOUT_WORDS + 10 {
            break;
        }
        answer = format!("{answer} {s}").trim().to_string();
        taken += 1;
    }
    let rest = match taken {
        1 => all[1..].join(" "),
        _ => body.to_string(),
    };
    (answer, rest)
}

/// "Amazon Web Services", "The Beatles": a name, all its main words
/// capitalised.
pub(super) fn named_value(t: &str) -> bool {
    t.split_whitespace()
        .filter(|w| w.len() > 3)
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// "Note", a quiz's label, or "Green glaze - good" (a verdict on the
/// term): no meaning to ask.
pub(super) fn says_nothing(term: &str, def: &str) -> bool {
    crate::source::vocab::EMPTY_LABELS.contains(&def.to_lowercase().as_str())
        || super::list_card::quiz_label(term)
        || verdict(def)
        || chain(&format!("{term} - {def}"))
}

/// "Source - Message - Noise - Receiver": the steps of a flow written
/// with dashes, which the first dash does not split into a term and its
/// meaning.
pub(super) fn chain(line: &str) -> bool {
    let parts: Vec<&str> = line.split(" - ").collect();
    // ("TBC - Toxic benchmark - from step 2", "Max = Rate*(A - B)": a
    // term, a meaning and an aside; a formula)
    parts.len() >= 4
        && !line.contains('=')
        && parts
            .iter()
            .all(|p| (1..=3).contains(&p.split_whitespace().count()))
}

/// "Good", "not too important": a verdict on the term, no meaning.
pub(super) fn verdict(def: &str) -> bool {
    const VERDICTS: &[&str] = &[
        "good",
        "bad",
        "better",
        "worse",
        "best",
        "worst",
        "important",
        "unimportant",
        "ok",
        "okay",
        "fine",
        "great",
        "poor",
        "excellent",
        "useful",
        "useless",
        "key",
        "vital",
        "crucial",
        "essential",
        "harmful",
        "helpful",
        "nice",
    ];
    const DEGREES: &[&str] = &[
        "not", "too", "very", "really", "quite", "so", "less", "more",
    ];
    let lower = def.trim().trim_end_matches(['.', '!']).to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    let Some(last) = words.pop() else {
        return false;
    };
    VERDICTS.contains(&last) && words.iter().all(|w| DEGREES.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flow_written_with_dashes_is_no_meaning() {
        assert!(says_nothing("Clay", "Wedging - Throwing - Firing"));
        assert!(!says_nothing("Clay", "Earth that can be shaped - when wet"));
    }

    #[test]
    fn a_verdict_is_no_meaning() {
        for v in ["good", "Not too important", "very BAD!"] {
            assert!(verdict(v), "{v}");
        }
        for v in ["good conductor", "chronic", "not a glaze", ""] {
            assert!(!verdict(v), "{v}");
        }
    }

    #[test]
    fn a_meaning_too_long_is_cut_before_its_semicolon() {
        let def = "a pot fired once to a low heat so that it hardens but stays porous enough to soak up the glaze evenly; also known as biscuit ware, bisqueware and first-fired ware";
        assert_eq!(
            defining_part(def),
            "a pot fired once to a low heat so that it hardens but stays porous enough to soak up the glaze evenly"
        );
    }

    #[test]
    fn the_case_for_a_term_may_name_examples() {
        assert!(choose_when(
            "When you need a hot kiln, such as for stoneware, porcelain"
        ));
        assert!(choose_when("if you fire at night"));
        assert!(!choose_when("If the kiln is hot, wait an hour"));
    }

    #[test]
    fn a_word_for_what_happens_is_defined_by_its_when() {
        for t in [
            "Reflection",
            "Erosion",
            "Resonance",
            "Settlement",
            "Osmosis",
        ] {
            assert!(names_a_process(t), "{t}");
        }
        for t in ["GET", "Spot", "Cache", "Ion", "Glaze firing"] {
            assert!(!names_a_process(t), "{t}");
        }
    }

    #[test]
    fn a_purpose_before_the_dash_asks_what_serves_it() {
        assert_eq!(
            purpose_question("For firing stoneware", "Big Kiln").as_deref(),
            Some("what is used for firing stoneware?")
        );
        assert_eq!(
            purpose_question("For Raku", "Outdoor kiln.").as_deref(),
            Some("what is used for Raku?")
        );
        // no purpose, a sentence, or a long meaning
        assert!(purpose_question("Forging", "Big Kiln").is_none());
        assert!(purpose_question("For glazes", "fire them twice").is_none());
        assert!(purpose_question("For glazes", "A kiln with a door, fan, and vents").is_none());
    }

    #[test]
    fn a_figure_or_a_range_first_is_a_value() {
        assert!(figure_first("24 hours"));
        assert!(figure_first("$600 a month"));
        assert!(figure_first("60-100 beats per minute"));
        assert!(!figure_first("1-1 relationship with the user"));
        assert!(!figure_first("- can have many"));
        assert!(!figure_first("Number of 1KB blocks"));
    }
}
