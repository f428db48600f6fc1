//! Dates before the common era and centuries written as terms ("**226
//! BCE**: Romans and Carthaginians agree …", "**264 - 241 BCE**: First
//! Punic War", "**5th - early 3rd BCE**: …"): history notes label events
//! by their dates. `meaning::year_like` takes them for years, so they ask
//! what happened then; a date over an event's name asks when it was.

/// Era words that make a number a date.
const ERAS: &[&str] = &["bce", "bc", "ce", "ad"];

/// "**264 - 241 BCE**: First Punic War" → ("when was the First Punic
/// War?", "264 - 241 BCE"): a date over the name of an event asks when
/// it was. A date over what happened is asked by `term_question`, as
/// any year (`meaning::year_like`).
pub(super) fn date_card(term: &str, def: &str) -> Option<(String, String)> {
    let term = term.trim();
    let name = def.trim().trim_end_matches('.');
    if !is_date(term) || !names_event(name) {
        return None;
    }
    let the = if name.starts_with("The ") { "" } else { "the " };
    Some((format!("when was {the}{name}?"), term.to_string()))
}

/// "226 BCE", "264 - 241 BCE", "5th - early 3rd BCE", "1914–1918",
/// "1960s": a year, a century or a span of them.
pub(super) fn is_date(term: &str) -> bool {
    let t = term.trim_start_matches('~').trim();
    let lower = t.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let era = words
        .last()
        .is_some_and(|w| ERAS.contains(&w.trim_end_matches('.')));
    let body = if era {
        words[..words.len() - 1].join(" ")
    } else {
        lower.clone()
    };
    let sides: Vec<&str> = body.split(['-', '–']).map(str::trim).collect();
    match sides.as_slice() {
        [one] => point(one) && (era || decade(one)),
        [a, b] => point(a) && point(b) && (era || (year(a) && year(b))),
        _ => false,
    }
}

/// "1984", "5th - early 3rd BCE", "From 4th c. BCE", "~end of 5th c. BCE" →
/// "what happened in the 5th - early 3rd BCE?", "… from the 4th c.
/// BCE?", "… at the end of the 5th c. BCE?": a date (with the word that
/// places it) over what happened then.
/// "March 3, 1710", "3 March 1710", "August 21, 1521": a day, its month
/// named, and a year.
pub(super) fn full_date(t: &str) -> bool {
    let words: Vec<String> = t
        .split_whitespace()
        .map(|w| w.trim_end_matches(',').to_lowercase())
        .collect();
    let number = |w: &String, n: std::ops::RangeInclusive<usize>| {
        n.contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit())
    };
    let month = |w: &String| crate::source::vocab::MONTHS.contains(&w.as_str());
    match words.as_slice() {
        [a, b, y] => {
            (month(a) && number(b, 1..=2) || number(a, 1..=2) && month(b)) && number(y, 3..=4)
        }
        _ => false,
    }
}

/// "Great Fire of Stoke: 1666 AD" → "what is the date of “Great Fire of
/// Stoke”?": a meaning that is only a date dates what the term names
/// ("Period: 1870–1880" names the time itself).
pub(super) fn date_of(term: &str, def: &str) -> Option<String> {
    const TIME_NAMES: &[&str] = &[
        "period", "date", "dates", "year", "years", "time", "era", "century",
    ];
    let dated = super::meaning::year_like(def) || full_date(def);
    (dated && !TIME_NAMES.contains(&term.trim().to_lowercase().as_str()))
        .then(|| format!("what is the date of “{term}”?"))
}

pub(super) fn when_question(term: &str) -> Option<String> {
    if let Some(q) = period_question(term).or_else(|| time_word_question(term)) {
        return Some(q);
    }
    // "March 3, 1710: Kiln riot in Stoke"
    if full_date(term) {
        return Some(format!("what happened on {}?", term.trim()));
    }
    const PREPOSITIONS: &[&str] = &["from", "by", "after", "before", "until", "since", "around"];
    const PARTS: &[&str] = &["end", "start", "beginning", "middle"];
    let t = term.trim().trim_start_matches('~').trim();
    let (first, rest) = t.split_once(' ').unwrap_or((t, ""));
    let first = first.to_lowercase();
    let (prep, t) = match PREPOSITIONS.contains(&first.as_str()) {
        true => (first, rest),
        false => ("in".to_string(), t),
    };
    let (part, date) = match t.split_once(" of ") {
        Some((p, d)) if PARTS.contains(&p.to_lowercase().as_str()) => (Some(p.to_lowercase()), d),
        _ => (None, t),
    };
    if !super::meaning::year_like(date) {
        return None;
    }
    // "in 226 BCE", "in 1984", but "in the 5th c. BCE", "in the 1990s"
    let first = date.split_whitespace().next().unwrap_or("");
    let the = match first.ends_with(|c: char| c.is_ascii_lowercase()) {
        true => "the ",
        false => "",
    };
    Some(match part {
        Some(p) => format!("what happened at the {p} of {the}{date}?"),
        None => format!("what happened {prep} {the}{date}?"),
    })
}

/// "Early Harappan (3300-2600 BCE)": a period, a name dated by a span in
/// brackets ("(2013)" dates a case or an event, no period).
fn period_question(term: &str) -> Option<String> {
    let (name, dates) = term.trim().strip_suffix(')')?.split_once(" (")?;
    let named = name.split_whitespace().count() <= 4 && name.starts_with(char::is_uppercase);
    (named && dates.contains(['-', '–']) && super::meaning::year_like(dates))
        .then(|| format!("what happened during the {name} ({dates})?"))
}

/// "TODAY: …", "Historically: …": a label that says when, beside a
/// dated one, asks what holds then.
fn time_word_question(term: &str) -> Option<String> {
    const NOW: &[&str] = &["today", "now", "nowadays", "currently", "at present"];
    const THEN: &[&str] = &[
        "historically",
        "in the past",
        "previously",
        "formerly",
        "traditionally",
    ];
    let t = term.trim().trim_end_matches(':').to_lowercase();
    if NOW.contains(&t.as_str()) {
        Some(format!("what is the case {t}?"))
    } else if THEN.contains(&t.as_str()) {
        Some(format!("what was the case {t}?"))
    } else {
        None
    }
}

/// One point in time: "226", "5th", "early 3rd", "4th c.", "1960s".
fn point(s: &str) -> bool {
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| !["early", "mid", "late", "c.", "c", "century"].contains(w))
        .collect();
    let [w] = words.as_slice() else { return false };
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    (1..=4).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
        && ["", "s", "st", "nd", "rd", "th"].contains(&suffix)
}

/// A year of four digits ("1914").
fn year(s: &str) -> bool {
    s.len() == 4 && s.chars().all(|c| c.is_ascii_digit())
}

/// A decade ("1960s").
fn decade(s: &str) -> bool {
    s.len() == 5 && s.ends_with("0s") && s[..4].chars().all(|c| c.is_ascii_digit())
}

/// Whether the text names an event rather than telling it: a few words,
/// each capitalised or a small joining word ("First Punic War", "Battle
/// of Zama").
fn names_event(def: &str) -> bool {
    let words: Vec<&str> = def.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || ["of", "the", "and", "at", "in", "on"].contains(w)
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_label_that_says_when_asks_what_holds_then() {
        assert_eq!(
            when_question("TODAY").as_deref(),
            Some("what is the case today?")
        );
        assert_eq!(
            when_question("Historically:").as_deref(),
            Some("what was the case historically?")
        );
        assert_eq!(when_question("Tomorrow's kiln"), None);
        assert_eq!(
            when_question("Early Glaze Age (3300-2600 BCE)").as_deref(),
            Some("what happened during the Early Glaze Age (3300-2600 BCE)?")
        );
        assert_eq!(when_question("Kiln (small)"), None);
        assert_eq!(when_question("Potter v. Guild (2013)"), None);
    }

    #[test]
    fn a_date_and_the_word_that_places_it_ask_what_happened() {
        let q = |t: &str| when_question(t);
        assert_eq!(
            q("5th - early 3rd BCE").as_deref(),
            Some("what happened in the 5th - early 3rd BCE?")
        );
        assert_eq!(q("226 BCE").as_deref(), Some("what happened in 226 BCE?"));
        assert_eq!(q("1984").as_deref(), Some("what happened in 1984?"));
        assert_eq!(q("1990s").as_deref(), Some("what happened in the 1990s?"));
        assert_eq!(
            q("From 4th c. BCE").as_deref(),
            Some("what happened from the 4th c. BCE?")
        );
        assert_eq!(
            q("~end of 5th c. BCE").as_deref(),
            Some("what happened at the end of the 5th c. BCE?")
        );
        assert_eq!(q("From the kiln"), None);
    }

    use super::*;

    #[test]
    fn dates_are_years_centuries_and_spans() {
        for d in [
            "226 BCE",
            "264 - 241 BCE",
            "5th - early 3rd BCE",
            "~end of 5th c. BCE",
            "1914–1918",
            "1960s",
            "AD 79",
        ] {
            let expected = !d.contains("end of") && d != "AD 79";
            assert_eq!(is_date(d), expected, "{d}");
        }
        for d in ["443", "8080", "1433", "Phase 0", "3 - 5", "v2"] {
            assert!(!is_date(d), "{d}");
        }
    }

    #[test]
    fn a_date_over_an_event_asks_when_it_was() {
        assert_eq!(
            date_card("264 - 241 BCE", "First Punic War"),
            Some((
                "when was the First Punic War?".to_string(),
                "264 - 241 BCE".to_string()
            ))
        );
        // what happened is asked by term_question
        assert_eq!(
            date_card(
                "226 BCE",
                "Romans and Carthaginians agree not to cross the Ebro"
            ),
            None
        );
        assert_eq!(date_card("443", "HTTPS Port"), None);
    }
}
