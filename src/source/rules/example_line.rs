//! "Eg: Wood kilns" written on a line of its own under a heading: an
//! example of what the section is about, asked as one ("Slow Cooling:
//! what is an example?"), never a term called "Eg".

use super::super::clean::clean_text;
use super::super::doc::Line;
use super::Rules;

/// Abbreviations that give examples ("E.g. crocks, jugs"), in items too.
pub(super) const EXAMPLE_ABBREVIATIONS: &[&str] = &["e.g.", "e.g", "eg.", "eg", "ex."];

/// Words besides them that say the text after them is an example.
const EXAMPLE_WORDS: &[&str] = &["ex", "example", "examples", "for example", "for instance"];

/// The most words an example line may have to be asked as one: a longer
/// one is a sentence of its own, read for its facts.
const MAX_EXAMPLE_WORDS: usize = 8;

/// Whether `label` says the text after it is an example ("Eg", "E.g.",
/// "Examples").
pub(super) fn example_label(label: &str) -> bool {
    let label = label.trim().to_lowercase();
    EXAMPLE_ABBREVIATIONS.contains(&label.as_str()) || EXAMPLE_WORDS.contains(&label.as_str())
}

/// "Eg: Wood kilns", "E.g. Raku, pit firing": the example a line gives
/// after its label.
fn example_of(line: &str) -> Option<&str> {
    let line = line.trim();
    if let Some((label, body)) = line.split_once(':') {
        return example_label(label).then_some(body.trim());
    }
    let (label, body) = line.split_once(' ')?;
    (label.ends_with('.') && example_label(label)).then_some(body.trim())
}

impl Rules<'_> {
    /// "Eg: Dieting, gym membership" on a line of its own under a section:
    /// "what are examples?" with the section as context. Whether it gave
    /// a card.
    pub(super) fn example_line(&mut self, lines: &[Line]) -> bool {
        let [only] = lines else { return false };
        let line = clean_text(&only.text);
        let Some(body) = example_of(&line) else {
            return false;
        };
        let body = body.trim_end_matches('.');
        let words = body.split_whitespace().count();
        if words == 0 || words > MAX_EXAMPLE_WORDS || body.contains(". ") {
            return false;
        }
        let Some(ctx) = self.context(None) else {
            return false;
        };
        let several = body.contains(", ") || body.contains("; ");
        let q = if several {
            "what are examples?"
        } else {
            "what is an example?"
        };
        self.card(Some(&ctx), q, body, None, only.line);
        true
    }
}

/// "Delay product differentiation: United Colors of Benetton": a name
/// under a concept written in sentence case, an example of it, not its
/// meaning → "what is an example of delay product differentiation?".
pub(super) fn named_example(term: &str, def: &str) -> Option<String> {
    const SMALL: &[&str] = &["of", "the", "and", "&", "de"];
    const UNIQUE: &[&str] = &[
        "main",
        "chief",
        "principal",
        "capital",
        "head",
        "only",
        "first",
    ];
    let def = def.trim().trim_end_matches('.');
    let named = |w: &&str| w.starts_with(|c: char| c.is_uppercase()) || SMALL.contains(w);
    let name = (1..=5).contains(&def.split_whitespace().count())
        && def.split_whitespace().all(|w| named(&w))
        && !def.contains([',', ';', ':']);
    let words: Vec<&str> = term.split_whitespace().collect();
    let concept = words.len() >= 2
        && words[1..]
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        // "Main road: Decumanus", "Largest city: …": the one, no example
        && !words[0].to_lowercase().ends_with("est")
        && !UNIQUE.contains(&words[0].to_lowercase().as_str());
    (name && concept).then(|| format!("what is an example of {}?", term.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::{example_label, example_of};

    #[test]
    fn example_labels_are_known_in_any_case() {
        assert!(example_label("Eg"));
        assert!(example_label("E.g."));
        assert!(example_label("For instance"));
        assert!(!example_label("Egress"));
        assert!(!example_label("Exhibit"));
        assert_eq!(
            example_of("E.g. Raku, pit firing"),
            Some("Raku, pit firing")
        );
        assert_eq!(example_of("Eg: Wood kilns"), Some("Wood kilns"));
        assert_eq!(example_of("Eg Wood kilns"), None);
        assert_eq!(example_of("Glaze: a glassy coat"), None);
    }
}
