//! A list of misconceptions ("## Common Misconceptions" over "- A glaze
//! is a kind of paint (it melts into glass in the kiln)"): each item
//! states what is wrong, and its aside in brackets what is right. Asked
//! as the myth it is ("true or false: …?" → "False — …"), never as a
//! fact; the correction may stand in its sub-items instead. An item
//! with no correction gives no card.

use super::super::clean::clean_text;
use super::super::doc::Item;
use super::Rules;

impl Rules<'_> {
    /// Reads the list as misconceptions when its lead or its heading names
    /// them. Whether it did.
    pub(super) fn misconceptions(&mut self, lead: Option<&str>, items: &[Item]) -> bool {
        let heading = self.stack.last().map(|(_, h)| h.as_str());
        if !lead.into_iter().chain(heading).any(names_myths) {
            return false;
        }
        for it in items {
            let text = clean_text(&it.text());
            // "- Glazes are paint" over "  - They melt into glass": the
            // correction as a sub-item
            let below: Vec<String> = it.sub.iter().map(|s| clean_text(&s.text())).collect();
            match corrected(&text) {
                Some((myth, fact)) => self.myth_card(myth, fact, it.line),
                // "- A warm kiln room does not dry pots faster": the truth,
                // the myth only its opposite
                None if negated(&text) => self.unread.push((self.block, it.line, text, true)),
                None if !below.is_empty() => self.myth_card(&text, &below.join("; "), it.line),
                None => self.unread.push((self.block, it.line, text, true)),
            }
        }
        true
    }
}

/// "Common Misconceptions", "Myths about glazes" ("Common mistakes" are
/// things to avoid, told as such; "mythical" names no myth).
fn names_myths(label: &str) -> bool {
    const WORDS: &[&str] = &[
        "misconception",
        "misconceptions",
        "myth",
        "myths",
        "misunderstanding",
        "misunderstandings",
        "fallacy",
        "fallacies",
    ];
    let lower = label.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| WORDS.contains(&w))
}

/// An item that says what is not so ("… does not …", "… never …",
/// "… isn't …"): with no correction in brackets, a myth already denied.
fn negated(text: &str) -> bool {
    let lower = text.to_lowercase();
    let myth = lower.split('(').next().unwrap_or_default();
    myth.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|w| w == "no" || super::super::verbs::negation(w))
}

/// "A glaze is paint (it melts into glass)" → the myth and its correction,
/// each of two words or more.
fn corrected(text: &str) -> Option<(&str, &str)> {
    let body = text.trim_end_matches('.').strip_suffix(')')?;
    let open = body.rfind('(')?;
    let (myth, fact) = (body[..open].trim(), body[open + 1..].trim());
    let words = |s: &str| s.split_whitespace().count();
    (words(myth) >= 3 && words(fact) >= 2 && !fact.contains('(')).then_some((myth, fact))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_myth_and_its_correction_in_brackets() {
        assert_eq!(
            corrected("A glaze is a kind of paint (it melts into glass in the kiln)"),
            Some((
                "A glaze is a kind of paint",
                "it melts into glass in the kiln"
            ))
        );
        assert_eq!(corrected("Glazes are paint"), None);
        assert_eq!(corrected("Kilns are ovens (wrong)"), None);
        assert!(negated("A warm room does not dry glaze faster"));
        assert!(negated("Kilns don't need a chimney (most do)"));
        assert!(!negated(
            "Bisque ware is waterproof (it stays porous: not yet glazed)"
        ));
        assert!(names_myths("Common Misconceptions"));
        assert!(names_myths("Myths about raku"));
        assert!(!names_myths("Glaze recipes"));
        assert!(!names_myths("Slaying the mythical kiln"));
    }
}
