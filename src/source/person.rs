//! "She descended into madness" under "## Lady Macbeth": a sentence whose
//! subject is the person the heading names, by a pronoun that a card
//! alone would not explain. The pronoun becomes the name before the rules
//! read the section, so its cards say who ("Lady Macbeth descended into
//! madness"). Only the pronoun the section uses most is named: under
//! "Lady Macbeth", "He's no longer under her control" is about someone
//! else.

use super::doc::{Block, Item, Line};
use super::text::Lexicon;

/// Words that open a person's name without being one ("Lady Macbeth",
/// "King Duncan").
const TITLES: &[&str] = &[
    "king",
    "queen",
    "lady",
    "lord",
    "sir",
    "saint",
    "st",
    "dr",
    "president",
    "emperor",
    "empress",
    "general",
    "prince",
    "princess",
    "pope",
    "mr",
    "mrs",
    "ms",
];

/// Last words of a capitalised heading that name no person ("Truman
/// Doctrine", "Marshall Plan").
const NOT_PEOPLE: &[&str] = &[
    "act",
    "age",
    "battle",
    "bill",
    "case",
    "conference",
    "crisis",
    "deal",
    "doctrine",
    "dynasty",
    "effect",
    "empire",
    "era",
    "kingdom",
    "law",
    "league",
    "model",
    "movement",
    "pact",
    "party",
    "period",
    "plan",
    "republic",
    "revolution",
    "scene",
    "state",
    "theory",
    "treaty",
    "trial",
    "union",
    "war",
];

/// Names the person of each section where its sentences open with "he"
/// or "she" for them.
pub fn name_pronouns(blocks: &mut [Block], lex: &Lexicon) {
    let mut start = 0;
    while start < blocks.len() {
        let end = (start + 1..blocks.len())
            .find(|&k| matches!(blocks[k], Block::Heading { .. }))
            .unwrap_or(blocks.len());
        if let Block::Heading { text, .. } = &blocks[start] {
            if let Some(name) = person(text, lex) {
                name_in_section(&mut blocks[start + 1..end], &name);
            }
        }
        start = end;
    }
}

/// The person a heading names: one to four capitalised words never
/// written in lower case, one a name in the notes, the last no title
/// ("Lady") or common noun.
fn person(heading: &str, lex: &Lexicon) -> Option<String> {
    let name = heading.split(" (").next().unwrap_or(heading).trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last()?.to_lowercase();
    let capitalised = words.iter().all(|w| {
        let title = TITLES.contains(&w.trim_end_matches('.').to_lowercase().as_str());
        let word = w.chars().all(|c| c.is_alphabetic() || "'’-.".contains(c));
        word && w.starts_with(char::is_uppercase) && (title || lex.never_lower(w))
    });
    let named = words.iter().any(|w| lex.is_name(w));
    let common = TITLES.contains(&last.as_str()) || NOT_PEOPLE.contains(&last.as_str());
    (capitalised && named && words.len() <= 4 && !common).then(|| name.to_string())
}

/// Replaces the section's most used pronoun ("she" or "he") where it
/// opens a sentence.
fn name_in_section(section: &mut [Block], name: &str) {
    let mut count = [0usize; 2];
    for b in section.iter_mut() {
        each_line(b, &mut |l| {
            for (k, p) in ["she", "he"].iter().enumerate() {
                count[k] += opening_pronouns(&l.text, p).len();
            }
        });
    }
    let pronoun = match count {
        [0, 0] => return,
        [she, he] if she >= he => "she",
        _ => "he",
    };
    for b in section.iter_mut() {
        each_line(b, &mut |l| l.text = named(&l.text, pronoun, name));
    }
}

/// Calls `f` on every line of a paragraph or list (sub-items too).
fn each_line(block: &mut Block, f: &mut dyn FnMut(&mut Line)) {
    fn items(list: &mut [Item], f: &mut dyn FnMut(&mut Line)) {
        for it in list {
            it.lines.iter_mut().for_each(&mut *f);
            items(&mut it.sub, f);
        }
    }
    match block {
        Block::Para { lines } => lines.iter_mut().for_each(f),
        Block::List { items: list, .. } => items(list, f),
        _ => {}
    }
}

/// Where `pronoun` opens a sentence of `text`: the byte offset and the
/// length of the word ("She" or "She's"), and whether it is contracted.
fn opening_pronouns(text: &str, pronoun: &str) -> Vec<(usize, usize, bool)> {
    let mut at = Vec::new();
    let mut pos = 0;
    let mut opens = true;
    for word in text.split(' ') {
        let lower = word.to_lowercase().replace('’', "'");
        let contracted = lower == format!("{pronoun}'s");
        if opens && (lower == pronoun || contracted) {
            at.push((pos, word.len(), contracted));
        }
        if !word.is_empty() {
            opens = word.ends_with(['.', '!', '?', ';']);
        }
        pos += word.len() + 1;
    }
    at
}

/// `text` with `pronoun` opening a sentence replaced by `name` ("She's"
/// → "Lady Macbeth is").
fn named(text: &str, pronoun: &str, name: &str) -> String {
    let mut out = text.to_string();
    for (at, len, contracted) in opening_pronouns(text, pronoun).into_iter().rev() {
        let is = if contracted { " is" } else { "" };
        out.replace_range(at..at + len, &format!("{name}{is}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(text: &str) -> Lexicon {
        Lexicon::new(text, Default::default())
    }

    #[test]
    fn a_pronoun_opening_a_sentence_becomes_the_name() {
        assert_eq!(
            named(
                "She glazed the jar. Then she fired it",
                "she",
                "Maria Ortiz"
            ),
            "Maria Ortiz glazed the jar. Then she fired it"
        );
        assert_eq!(
            named("He kept notes. He's a potter", "he", "Tomas"),
            "Tomas kept notes. Tomas is a potter"
        );
        assert_eq!(named("Her kiln failed", "he", "Tomas"), "Her kiln failed");
        assert_eq!(
            named("Shell glazes crack", "she", "Ana"),
            "Shell glazes crack"
        );
    }

    #[test]
    fn only_the_pronoun_the_section_uses_most_is_named() {
        let mut section = vec![Block::Para {
            lines: vec![
                Line::new("She glazed the jar.", 1),
                Line::new("She fired it twice.", 2),
                Line::new("He's her apprentice.", 3),
            ],
        }];
        name_in_section(&mut section, "Maria Ortiz");
        let Block::Para { lines } = &section[0] else {
            unreachable!()
        };
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Maria Ortiz glazed the jar.",
                "Maria Ortiz fired it twice.",
                "He's her apprentice."
            ]
        );
    }

    #[test]
    fn a_heading_of_names_is_a_person_and_a_doctrine_is_not() {
        let l = lex("The potter Maria Ortiz met Tomas and the Kiln Doctrine.");
        assert_eq!(person("Maria Ortiz", &l).as_deref(), Some("Maria Ortiz"));
        assert_eq!(person("Lady Tomas", &l).as_deref(), Some("Lady Tomas"));
        assert_eq!(person("Kiln Doctrine", &l), None);
        assert_eq!(person("Glazes", &l), None);
        assert_eq!(person("Lady", &l), None);
    }
}
