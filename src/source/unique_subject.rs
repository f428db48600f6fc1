//! A subject that names the one thing of its kind, and its complement:
//! "The most common glaze for a beginner was a clear one" → "what was the
//! most common glaze for a beginner?" → "A clear one"; "The hottest part
//! of the kiln is the top shelf" → "what is the hottest part of the
//! kiln?".

use super::facts::Fact;
use super::statements::fact;
use super::text::lower_first;
use super::verbs::NOUN_OPENERS;

/// Words after "the" that make a subject one thing of its kind.
const ONE_OF_A_KIND: &[&str] = &[
    "only",
    "main",
    "primary",
    "first",
    "last",
    "largest",
    "smallest",
    "oldest",
    "earliest",
    "latest",
    "most",
    "least",
    "best",
    "worst",
    "biggest",
    "highest",
    "lowest",
    "greatest",
    "fastest",
    "slowest",
    "strongest",
    "weakest",
    "longest",
    "shortest",
    "hottest",
    "coldest",
    "heaviest",
    "lightest",
    "richest",
    "poorest",
    "deepest",
    "nearest",
    "commonest",
];

/// Most words in such a subject.
const MAX_SUBJECT_WORDS: usize = 10;

/// Most words in the complement it is asked for.
const MAX_ANSWER_WORDS: usize = 16;

/// "The most common employment for a woman was as a domestic servant" →
/// "what was the most common employment for a woman?" → "A domestic
/// servant".
pub(super) fn unique_subject(c: &str) -> Option<Fact> {
    let words: Vec<&str> = c.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if lower.first().map(String::as_str) != Some("the")
        || !ONE_OF_A_KIND.contains(&lower.get(1)?.as_str())
    {
        return None;
    }
    let be = (3..words.len().min(MAX_SUBJECT_WORDS + 1))
        .find(|&k| ["is", "are", "was", "were"].contains(&lower[k].as_str()))?;
    let subject = words[..be].join(" ");
    let mut rest = &words[be + 1..];
    // "was as a domestic servant": the role is the answer
    if rest.first() == Some(&"as") {
        rest = &rest[1..];
    }
    let answer = rest.join(" ");
    // "…, which oozed pus": the thing named, not what is said of it
    let answer = [", which ", ", where ", ", while ", "; "]
        .iter()
        .fold(answer.as_str(), |a, sep| a.split(sep).next().unwrap_or(a));
    let n = answer.split_whitespace().count();
    // "the skin", "Rome", "1066": a thing named, not "denoted by …" nor
    // "dead and …"
    let first = rest.first().copied().unwrap_or_default();
    let named = NOUN_OPENERS.contains(&first.to_lowercase().as_str())
        || first.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let plain = named && !subject.contains([',', '(', ':']);
    (plain && (1..=MAX_ANSWER_WORDS).contains(&n))
        .then(|| {
            fact(
                format!("what {} {}?", lower[be], lower_first(&subject)),
                answer,
            )
        })
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(s: &str) -> Option<(String, String)> {
        unique_subject(s).map(|f| (f.question, f.answer))
    }

    #[test]
    fn the_one_thing_of_its_kind_is_asked_for() {
        assert_eq!(
            asked("The most common glaze for a beginner was as a clear one"),
            Some((
                "what was the most common glaze for a beginner?".into(),
                "A clear one".into()
            ))
        );
        assert_eq!(
            asked("The hottest part of the kiln is the top shelf, which glows"),
            Some((
                "what is the hottest part of the kiln?".into(),
                "The top shelf".into()
            ))
        );
        assert_eq!(asked("The first step is to wedge the clay"), None);
        assert_eq!(asked("The main key is marked by a line"), None);
        assert_eq!(asked("The most outer cells are dead and dry"), None);
        assert_eq!(asked("The kiln is the hottest part"), None);
        assert_eq!(asked("The best glazes are"), None);
    }
}
