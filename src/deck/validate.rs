//! Checking a deck file's cards and turning them into the cards an import
//! stores: text trimmed, the back of a multiple-choice card filled in, tags
//! made single words, reverse cards expanded, backups' schedules read.

use std::collections::{HashMap, HashSet};

use super::{hashed_key, history, Card, CardSpec, Deck, DeckFile};
use crate::error::{excerpt, Error, Result, QUOTED};
use crate::model::Restore;

/// A card's problem, said once the card is known.
type Problem = String;

/// Checks a whole deck file (read into memory) and turns it into cards,
/// refusing repeated ids.
pub fn validate(origin: &str, file: DeckFile) -> Result<Deck> {
    let name = deck_name(origin, &file.name)?;
    let mut cards = Vec::with_capacity(file.cards.len());
    let mut first: HashMap<String, usize> = HashMap::with_capacity(file.cards.len());
    for (i, spec) in file.cards.into_iter().enumerate() {
        let start = cards.len();
        validate_card(origin, i, spec, &mut cards)?;
        for card in &cards[start..] {
            if let Some(&j) = first.get(&card.key) {
                return Err(repeated(origin, card, j));
            }
            first.insert(card.key.clone(), i);
        }
    }
    Ok(Deck {
        name,
        description: deck_description(file.description),
        cards,
    })
}

/// The error of `card`, whose key card `first` (from 0) already has.
fn repeated(origin: &str, card: &Card, first: usize) -> Error {
    repeated_id(origin, card.origin + 1, &card.key, first + 1)
}

/// The error of card `index` (from 1) of `path`, whose id `key` card
/// `first` (from 1) already has.
pub fn repeated_id(path: &str, index: usize, key: &str, first: usize) -> Error {
    Error::Card {
        path: path.to_string(),
        index,
        id: None,
        message: format!(
            "id \"{}\" is already used by card {first} — give each card its own id",
            excerpt(key, QUOTED)
        ),
    }
}

/// A deck's name on one line, or an error if it has none.
pub(super) fn deck_name(origin: &str, name: &str) -> Result<String> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(Error::input(
            origin,
            "the deck has an empty \"name\" — give the deck a name",
        ));
    }
    Ok(name)
}

pub(super) fn deck_description(description: Option<String>) -> Option<String> {
    description.map(trimmed).filter(|d| !d.is_empty())
}

/// Checks card `i` (from 0) of a deck file and appends what it becomes (the
/// card, and its reverse if asked for) to `out`. Repeated ids are the
/// caller's to find.
pub fn validate_card(origin: &str, i: usize, spec: CardSpec, out: &mut Vec<Card>) -> Result<()> {
    let id = spec.id.clone();
    let card = card(spec, i).map_err(|message| Error::Card {
        path: origin.to_string(),
        index: i + 1,
        id,
        message,
    })?;
    out.extend(card);
    Ok(())
}

/// The card (and its reverse) a spec describes, or what is wrong with it.
fn card(spec: CardSpec, i: usize) -> Result<Vec<Card>, Problem> {
    if spec.front.trim().is_empty() {
        return Err("the front is empty — write the question in \"front\"".into());
    }
    let restore = restore(&spec)?;
    let back = back(spec.back, spec.choices.as_deref(), spec.answer)?;
    if spec.reverse && restore.is_some() {
        return Err("a card with a \"schedule\" cannot be \"reverse\" — write the reverse card out with its own schedule".into());
    }
    if spec.reverse && spec.choices.is_some() {
        return Err("a multiple-choice card cannot be \"reverse\" — remove \"reverse\"".into());
    }
    let front = trimmed(spec.front);
    let card = Card {
        key: key(spec.id, &front)?,
        front,
        back,
        explanation: spec.explanation.map(trimmed).filter(|e| !e.is_empty()),
        tags: tags(spec.tags)?,
        source: spec.source.filter(|s| !s.trim().is_empty()),
        choices: spec.choices,
        answer: spec.answer,
        restore,
        origin: i,
    };
    if !spec.reverse {
        return Ok(vec![card]);
    }
    let reverse = Card {
        key: format!("{}:reverse", card.key),
        front: card.back.clone(),
        back: card.front.clone(),
        ..card.clone()
    };
    Ok(vec![card, reverse])
}

/// The back: as written, or for a multiple-choice card its right choice.
fn back(
    back: Option<String>,
    choices: Option<&[String]>,
    answer: Option<usize>,
) -> Result<String, Problem> {
    let written = back.map(trimmed).filter(|b| !b.is_empty());
    match (choices, answer) {
        (Some(choices), Some(answer)) => {
            if choices.len() < 2 {
                return Err("a multiple-choice card needs at least two \"choices\"".into());
            }
            if choices.iter().any(|c| c.trim().is_empty()) {
                return Err("one of the \"choices\" is empty — remove it or write it".into());
            }
            let right = choices.get(answer).ok_or_else(|| {
                format!(
                    "\"answer\" is {answer}, but there are only {} choices (the first is 0) — point \"answer\" at the right choice",
                    choices.len()
                )
            })?;
            Ok(written.unwrap_or_else(|| right.trim().to_string()))
        }
        (Some(_), None) => Err("the card has \"choices\" but no \"answer\" — add \"answer\": the index of the right choice (from 0)".into()),
        (None, Some(_)) => Err("the card has an \"answer\" index but no \"choices\" — add the choices or remove \"answer\"".into()),
        (None, None) => written.ok_or_else(|| "the back is empty — write the answer in \"back\"".into()),
    }
}

/// The schedule and history of a backup, checked.
fn restore(spec: &CardSpec) -> Result<Option<Restore>, Problem> {
    match &spec.schedule {
        Some(schedule) => history::restore(schedule, &spec.history).map(Some),
        None if !spec.history.is_empty() => Err("the card has a \"history\" but no \"schedule\" — add the schedule the history led to, or remove the history".into()),
        None => Ok(None),
    }
}

/// Tags as single words, each once, in the order given.
fn tags(tags: Vec<String>) -> Result<Vec<String>, Problem> {
    let mut seen = HashSet::with_capacity(tags.len());
    let mut out = Vec::with_capacity(tags.len());
    for tag in tags {
        let t = tag.trim();
        if t.is_empty() || t.chars().any(char::is_whitespace) {
            return Err(format!(
                "tag \"{}\" is empty or has spaces — write tags as single words",
                excerpt(t, QUOTED)
            ));
        }
        if seen.insert(t.to_string()) {
            out.push(t.to_string());
        }
    }
    Ok(out)
}

/// `s` without surrounding whitespace, keeping its buffer when it has none
/// (the usual case: no copy of every card's text).
fn trimmed(s: String) -> String {
    match s.trim().len() == s.len() {
        true => s,
        false => s.trim().to_string(),
    }
}

/// The card's key: its id, or a hash of its front.
fn key(id: Option<String>, front: &str) -> Result<String, Problem> {
    match id {
        Some(id) if id.trim().is_empty() => {
            Err("the \"id\" is empty — remove it or give the card an id".into())
        }
        Some(id) => Ok(trimmed(id)),
        None => Ok(hashed_key(front)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(front: &str, back: Option<&str>) -> CardSpec {
        CardSpec {
            front: front.into(),
            back: back.map(String::from),
            ..CardSpec::default()
        }
    }

    fn problem(s: CardSpec) -> String {
        let mut out = Vec::new();
        validate_card("d.json", 0, s, &mut out)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn each_problem_is_one_sentence_naming_the_card() {
        assert_eq!(
            problem(spec(" ", Some("b"))),
            "d.json: card 1: the front is empty — write the question in \"front\""
        );
        assert_eq!(
            problem(spec("f", None)),
            "d.json: card 1: the back is empty — write the answer in \"back\""
        );
        let mc = |choices: &[&str], answer: Option<usize>| CardSpec {
            id: Some("m".into()),
            choices: Some(choices.iter().map(|c| c.to_string()).collect()),
            answer,
            ..spec("f", None)
        };
        assert_eq!(
            problem(mc(&["a", "b"], Some(2))),
            "d.json: card 1 (id \"m\"): \"answer\" is 2, but there are only 2 choices (the first is 0) — point \"answer\" at the right choice"
        );
        assert!(problem(mc(&["a", "b"], None)).contains("no \"answer\""));
        assert!(problem(mc(&["a"], Some(0))).contains("at least two"));
        let tagged = CardSpec {
            tags: vec!["two words".into()],
            ..spec("f", Some("b"))
        };
        assert!(problem(tagged).contains("tag \"two words\" is empty or has spaces"));
    }

    #[test]
    fn reverse_cards_and_multiple_choice_backs() {
        let mut out = Vec::new();
        let reverse = CardSpec {
            id: Some("r".into()),
            reverse: true,
            ..spec(" Q ", Some(" A "))
        };
        validate_card("d.json", 0, reverse, &mut out).unwrap();
        let mc = CardSpec {
            choices: Some(vec!["x".into(), " y ".into()]),
            answer: Some(1),
            ..spec("Pick", None)
        };
        validate_card("d.json", 1, mc, &mut out).unwrap();
        let got: Vec<(&str, &str, &str)> = out
            .iter()
            .map(|c| (c.key.as_str(), c.front.as_str(), c.back.as_str()))
            .collect();
        assert_eq!(got[..2], [("r", "Q", "A"), ("r:reverse", "A", "Q")]);
        assert_eq!((got[2].1, got[2].2), ("Pick", "y"));
        assert!(got[2].0.starts_with('h'));
    }

    #[test]
    fn repeated_tags_are_kept_once_in_order() {
        let few: Vec<String> = ["b", "a", " b ", "c"].map(String::from).to_vec();
        assert_eq!(super::tags(few).unwrap(), ["b", "a", "c"]);
        let mut many: Vec<String> = (0..20).map(|i| format!("t{i}")).collect();
        many.push("t19".into());
        many.push("t0".into());
        assert_eq!(super::tags(many).unwrap().len(), 20);
    }

    #[test]
    fn many_tags_are_deduplicated_in_linear_time() {
        let mut tags: Vec<String> = (0..100_000).map(|i| format!("t{i}")).collect();
        tags.push("t5".into());
        let kept = super::tags(tags).unwrap();
        assert_eq!(kept.len(), 100_000);
    }

    #[test]
    fn a_whole_deck_refuses_repeated_ids() {
        let file = DeckFile {
            format: super::super::FORMAT.into(),
            name: " My   deck ".into(),
            description: Some("  ".into()),
            cards: vec![
                CardSpec {
                    id: Some("x".into()),
                    ..spec("f", Some("b"))
                },
                CardSpec {
                    id: Some("x".into()),
                    ..spec("g", Some("b"))
                },
            ],
        };
        let e = validate("d.json", file.clone()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "d.json: card 2: id \"x\" is already used by card 1 — give each card its own id"
        );
        let mut ok = file;
        ok.cards.pop();
        let d = validate("d.json", ok).unwrap();
        assert_eq!((d.name.as_str(), d.description), ("My deck", None));
    }
}
