//! A date written as a term ("**226 BCE**: Romans and Carthaginians
//! agree …", "**264 - 241 BCE**: First Punic War"): history notes label
//! events by their dates. The card asks what happened then, or when the
//! named event was; "what is meant by “226 BCE”?" asked a date as a word.

/// Era words that make a number a date.
const ERAS: &[&str] = &["bce", "bc", "ce", "ad"];

/// The question and answer of a date and what the notes say of it.
pub(super) fn date_card(term: &str, def: &str) -> Option<(String, String)> {
    let term = term.trim();
    if !is_date(term) || def.trim().is_empty() {
        return None;
    }
    let def = def.trim();
    let name = def.trim_end_matches('.');
    if names_event(name) {
        let the = if name.starts_with("The ") { "" } else { "the " };
        return Some((format!("when was {the}{name}?"), term.to_string()));
    }
    // "in the 1990s", "in the 5th c. BCE", but "in 226 BCE"
    let first = term.split_whitespace().next().unwrap_or("");
    let the = if first.ends_with(|c: char| c.is_ascii_alphabetic()) {
        "the "
    } else {
        ""
    };
    Some((
        format!("what happened in {the}{term}?"),
        super::super::text::capitalise(def),
    ))
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
    fn a_date_asks_what_happened_or_when_the_named_event_was() {
        assert_eq!(
            date_card(
                "226 BCE",
                "Romans and Carthaginians agree not to cross the Ebro"
            ),
            Some((
                "what happened in 226 BCE?".to_string(),
                "Romans and Carthaginians agree not to cross the Ebro".to_string()
            ))
        );
        assert_eq!(
            date_card("264 - 241 BCE", "First Punic War"),
            Some((
                "when was the First Punic War?".to_string(),
                "264 - 241 BCE".to_string()
            ))
        );
        assert_eq!(
            date_card("1990s", "DNSSEC is drafted").map(|(q, _)| q),
            Some("what happened in the 1990s?".to_string())
        );
        assert_eq!(date_card("443", "HTTPS port"), None);
    }
}
