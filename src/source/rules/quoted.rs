//! A quotation with its source on the line below (`> "No matter how
//! large the stimulus …"` / `> - The all or nothing law`): a law is
//! asked for what it states, a person for what they said.

use super::super::clean::clean_text;
use super::super::doc::Line;

/// Most words in the line that names a quotation's source.
const MAX_SOURCE_WORDS: usize = 10;

/// Words that make a source a law, not a person.
const LAWS: &[&str] = &["law", "principle", "rule", "theorem", "maxim", "effect"];

/// The question and answer of a quotation and its source, if `lines`
/// are one.
pub(super) fn attributed(lines: &[Line]) -> Option<(String, String)> {
    let [said, by] = lines else {
        return None;
    };
    let quote = said
        .text
        .trim()
        .strip_prefix(['"', '“'])?
        .strip_suffix(['"', '”'])?;
    let quote = clean_text(quote);
    let quote = quote.as_str();
    let by = clean_text(&by.text);
    let by = by.trim_start_matches(['-', '—', '–', '~', ' ']).trim();
    let words = by.split_whitespace().count();
    if quote.split_whitespace().count() < 4 || !(1..=MAX_SOURCE_WORDS).contains(&words) {
        return None;
    }
    let lower = by.to_lowercase();
    let law = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| LAWS.contains(&w));
    Some(match law {
        true => {
            let name = by.strip_prefix("The ").unwrap_or(by);
            (format!("what does the {name} state?"), quote.to_string())
        }
        false => (format!("who said “{quote}”?"), by.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(a: &str, b: &str) -> Vec<Line> {
        vec![Line::new(a.to_string(), 1), Line::new(b.to_string(), 2)]
    }

    #[test]
    fn a_law_states_its_quote_and_a_person_said_it() {
        assert_eq!(
            attributed(&lines(
                "\"Clay shrinks by the water it loses.\"",
                "- The law of drying"
            )),
            Some((
                "what does the law of drying state?".into(),
                "Clay shrinks by the water it loses.".into()
            ))
        );
        assert_eq!(
            attributed(&lines(
                "“Centre the clay before you open it.”",
                "— Ada Brennan"
            )),
            Some((
                "who said “Centre the clay before you open it.”?".into(),
                "Ada Brennan".into()
            ))
        );
        assert_eq!(
            attributed(&lines("Clay shrinks as it dries.", "- note")),
            None
        );
    }
}
