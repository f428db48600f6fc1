//! A change and what it leads to, written with an arrow on a line of
//! its own ("higher fuel prices -> fewer firings"): asked "what do
//! higher fuel prices lead to?" → "Fewer firings".

use super::super::clean::{clean_text, find_arrow};
use super::super::doc::Line;
use super::super::text::{capitalise, looks_plural};
use super::Rules;

/// Most words on either side of the arrow.
const MAX_SIDE_WORDS: usize = 8;

impl Rules<'_> {
    /// Each line of `body` that is a cause, an arrow and its effect.
    /// Whether every line was one (and gave its card).
    pub(super) fn effect_lines(&mut self, body: &[Line]) -> bool {
        let pairs: Option<Vec<(String, String, usize)>> = body
            .iter()
            .map(|l| effect(&l.text).map(|(a, b)| (a, b, l.line)))
            .collect();
        let Some(pairs) = pairs.filter(|p| !p.is_empty()) else {
            return false;
        };
        let ctx = self.context(None);
        for (cause, result, line) in pairs {
            let last = cause.split_whitespace().last().unwrap_or_default();
            let does = if looks_plural(&last.to_lowercase()) {
                "do"
            } else {
                "does"
            };
            let q = format!("what {does} {} lead to?", self.lex.lc_phrase(&cause));
            self.card(ctx.as_deref(), &q, &capitalise(&result), None, line);
        }
        true
    }
}

/// "higher interest rates -> lower investment" → the cause and the
/// effect: two short phrases, one arrow, no sentence around them.
fn effect(line: &str) -> Option<(String, String)> {
    let (at, len) = find_arrow(line)?;
    let (cause, result) = (&line[..at], &line[at + len..]);
    // "clay -> bisque -> glaze": a chain, not a cause and its effect
    if find_arrow(result).is_some() {
        return None;
    }
    let (cause, result) = (clean_text(cause), clean_text(result));
    let (cause, result) = (cause.trim(), result.trim().trim_end_matches('.'));
    // "GIGO → Garbage in, garbage out": what letters stand for
    let letters = cause.len() >= 2 && cause.chars().all(|c| c.is_ascii_uppercase());
    let short = |s: &str| (1..=MAX_SIDE_WORDS).contains(&s.split_whitespace().count());
    // words on both sides, no logic or diagram ("P → Q ≡ ¬P ∨ Q")
    let plain = |s: &str| {
        !s.contains([
            '→', ':', '.', ';', '?', '=', '(', '≡', '∨', '∧', '¬', '<', '>', '/', '|',
        ]) && s
            .split_whitespace()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
    };
    // ("5′ → 3′ along the spiral": a way, from a figure to a figure)
    let phrase = cause.starts_with(|c: char| c.is_alphabetic())
        && cause.ends_with(|c: char| c.is_alphabetic())
        && result.starts_with(|c: char| c.is_alphabetic());
    (short(cause) && short(result) && plain(cause) && plain(result) && phrase && !letters)
        .then(|| (cause.to_string(), result.to_string()))
}

#[cfg(test)]
mod tests {
    use super::effect;

    #[test]
    fn a_cause_and_its_effect_are_read_apart() {
        assert_eq!(
            effect("dearer fuel -> fewer firings"),
            Some(("dearer fuel".into(), "fewer firings".into()))
        );
        assert_eq!(
            effect("Wet clay ⟹ Cracks in the kiln."),
            Some(("Wet clay".into(), "Cracks in the kiln".into()))
        );
        // a chain, a sentence, a formula
        assert_eq!(effect("clay -> bisque -> glaze"), None);
        assert_eq!(
            effect("When the kiln is hot, the glaze melts -> it runs. It drips."),
            None
        );
        assert_eq!(effect("x = 2 -> y = 4"), None);
        assert_eq!(effect("GIGO -> Garbage in, garbage out"), None);
        assert_eq!(effect("P -> Q ≡ ¬P ∨ Q"), None);
        assert_eq!(effect("potters <-- clay // glaze -> kilns"), None);
    }
}
