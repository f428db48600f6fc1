//! From drafts to the deck's cards: each card gets its source, tags and a
//! stable id, near-duplicates are dropped, and two cards that ask the same
//! front with different answers are told apart (the front qualified by its
//! section) or merged.

use std::collections::{HashMap, HashSet};

use super::clean;
use super::rules::Draft;
use super::vocab::RESPONSIBILITY_WORDS;
use super::SourceFile;
use crate::deck::{self, CardSpec, DeckFile, FORMAT};
use crate::error::{Error, Result};

/// The deck being built, file by file.
#[derive(Default)]
pub struct Builder {
    cards: Vec<CardSpec>,
    /// Normalised front → the card that has it.
    fronts: HashMap<String, usize>,
    /// Facts (question without context + answer) of all kept cards, and of
    /// the kept cards that have no heading context.
    facts: HashSet<(String, String)>,
    bare_facts: HashSet<(String, String)>,
    /// (context, answer) of kept cards whose answer names something.
    answered: HashSet<(String, String)>,
    /// (context, question) of kept cards: a summary table that asks "RAID
    /// 0 level: what is the performance?" again after the RAID 0 section
    /// asked it, asks one fact twice.
    asked: HashSet<(String, String)>,
    /// The answers of each definition asked ("what is a force?"), to tell
    /// one that only cuts another short ("A push or a pull").
    defined: HashMap<String, Vec<String>>,
    ids: HashSet<String>,
}

impl Builder {
    /// Adds a file's drafts; returns how many cards each block kept.
    pub fn add_file(&mut self, file: &str, drafts: Vec<Draft>, blocks: usize) -> Vec<usize> {
        let mut kept = vec![0; blocks];
        let stem_slug = clean::slug(&super::stem(file), 5);
        for d in drafts {
            let block = d.block;
            if self.add(file, d, &stem_slug) {
                if let Some(k) = kept.get_mut(block) {
                    *k += 1;
                }
            }
        }
        kept
    }

    /// "what is a force? => A push or a pull" after "… => A push or a
    /// pull exerted on one object by another": the same meaning, cut
    /// short (or the other way round).
    fn cut_short(&self, d: &Draft, (core, answer): &(String, String)) -> bool {
        const TERM_QUESTIONS: &[&str] = &[
            "what is a ",
            "what is an ",
            "what is meant by ",
            "what does ",
        ];
        let asked = clean::normalise(&d.core);
        let names_term = TERM_QUESTIONS.iter().any(|q| asked.starts_with(q));
        let cut = |a: &String| a.starts_with(answer.as_str()) || answer.starts_with(a.as_str());
        names_term && self.defined.get(core).is_some_and(|a| a.iter().any(cut))
    }

    /// Adds one draft unless it repeats a card: whether it was kept (or
    /// merged into the card it repeats).
    fn add(&mut self, file: &str, mut d: Draft, stem_slug: &str) -> bool {
        let fact = (fact_key(&d.core), fact_key(&answer_text(&d)));
        // Near-identical: the same fact where one of the two cards has no
        // context to tell them apart.
        let bare = clean::normalise(&d.front) == clean::normalise(&d.core);
        // What a term means does not depend on the section it is asked in.
        let definition = !d.core.to_lowercase().starts_with("who ") && d.choices.is_none();
        if self.bare_facts.contains(&fact) || ((bare || definition) && self.facts.contains(&fact)) {
            return false;
        }
        if definition && self.cut_short(&d, &fact) {
            return false;
        }
        // an FAQ at the end asking again what the notes said before ("what
        // do they carry?" asks of what its section names, each its own)
        let pointing = fact.0.split(' ').any(|w| ["they", "it"].contains(&w));
        let said = self.defined.get(&fact.0).filter(|_| !pointing);
        let listed = |t: &str| t.contains(';') || t.matches(',').count() > 2;
        let plain = d.choices.is_none() && !listed(&answer_text(&d));
        if plain && said.is_some_and(|a| a.iter().any(|a| restated(a, &fact.1))) {
            return false;
        }
        // "Delay Queue: what is the max duration?" after "Delay Queue:
        // what is the maximum delay?", both "15 minutes", ask one fact;
        // "Push (Stack)" and "Push (Linked List)", both O(1), ask two.
        let answered = context_of(&d).map(|c| (c, fact.1.clone()));
        let specific = d.choices.is_none() && specific_answer(&fact.1);
        if let Some(a) = answered.as_ref().filter(|_| specific) {
            if !self.answered.insert(a.clone()) {
                return false;
            }
        }
        // "SJF (Preemptive)" is not "SJF – Non-Preemptive": brackets stay.
        let asked = context_of(&d)
            .filter(|_| d.choices.is_none() && attribute_question(&d))
            .map(|c| (c, identity(&fact_key(question_of(&d.front)))));
        if asked.as_ref().is_some_and(|a| self.asked.contains(a)) {
            return false;
        }
        if let Some(&at) = self.fronts.get(&clean::normalise(&d.front)) {
            if fact_key(&answer_text(&d)) == fact_key(&card_answer(&self.cards[at])) {
                return false;
            }
            match qualified(&d).filter(|q| !self.fronts.contains_key(&clean::normalise(q))) {
                Some(q) => {
                    // the section now tells the two apart
                    d.front = q;
                    d.led = None;
                }
                None => return self.merge(at, &d),
            }
        }
        let front_key = clean::normalise(&d.front);
        self.fronts.insert(front_key.clone(), self.cards.len());
        self.asked.extend(asked);
        if bare {
            self.bare_facts.insert(fact.clone());
        }
        // the meaning of a kept card, which a shorter one would cut
        let (core, answer) = fact.clone();
        self.defined.entry(core).or_default().push(answer);
        self.facts.insert(fact);
        let id = card_id(&d, &identity(&front_key), stem_slug, &self.ids);
        self.ids.insert(id.clone());
        let front = d.led.take().unwrap_or_else(|| d.front.clone());
        self.cards.push(CardSpec {
            id: Some(id),
            tags: tags(&d.path),
            source: Some(source_of(file, &d)),
            front,
            back: d.back,
            explanation: d.explanation,
            choices: d.choices,
            answer: d.answer,
            ..CardSpec::default()
        });
        true
    }

    /// Two answers to one front that no section tells apart: one card
    /// with both answers.
    fn merge(&mut self, at: usize, d: &Draft) -> bool {
        let card = &mut self.cards[at];
        match (&mut card.back, &d.back, &card.choices) {
            (Some(old), Some(new), None) if !old.contains(new.as_str()) => {
                // "Maps a host to an address.; Used for reverse lookups" has
                // a stray full stop.
                let kept = old.trim_end_matches('.');
                *old = format!("{kept}; {new}");
                true
            }
            _ => false,
        }
    }

    pub fn finish(
        self,
        files: &[SourceFile],
        name: String,
        description: Option<String>,
    ) -> Result<DeckFile> {
        if self.cards.is_empty() {
            let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
            return Err(Error::Invalid(format!(
                "{}: no cards could be made from these notes — write questions (`Q:` / `A:`), tables, `- [x]` options or statements such as \"X is responsible for Y\" (see \"Writing notes for recall\" in the README); run `recall generate --report` to see what was left out and why",
                names.join(", ")
            )));
        }
        let fronts: Vec<String> = self.cards.iter().map(|c| c.front.to_lowercase()).collect();
        let cards = self
            .cards
            .into_iter()
            .filter(|c| !count_listed(c, &fronts))
            .collect();
        let deck = DeckFile {
            format: FORMAT.into(),
            name,
            description,
            cards,
        };
        // Belt and braces: what generate writes, import must accept.
        deck::validate(&files[0].name, deck.clone())?;
        Ok(deck)
    }
}

/// "how many parts does a firing have? → Three" where another card asks
/// "what are the three parts of a firing?": the count is given there.
fn count_listed(c: &CardSpec, fronts: &[String]) -> bool {
    let front = c.front.to_lowercase();
    let Some(asked) = front.split("how many ").nth(1) else {
        return false;
    };
    let Some((noun, subject)) = asked
        .split_once(" does ")
        .or_else(|| asked.split_once(" do "))
    else {
        return false;
    };
    let subject = subject.trim_end_matches('?').trim_end_matches(" have");
    let count = card_answer(c).to_lowercase();
    let listed = format!(
        "what are the {} {noun} of {subject}?",
        count.trim_end_matches('.')
    );
    fronts.iter().any(|f| f.ends_with(&listed))
}

/// The front with the card's nearest section that it does not name
/// already in front of it.
fn qualified(d: &Draft) -> Option<String> {
    let front = clean::normalise(&d.front);
    // "Key features: Favoured by [...]" under two sections: the nearest
    // one the front does not name yet
    let h = d
        .path
        .iter()
        .rev()
        .find(|h| !front.contains(&clean::normalise(h)))?;
    let word = d.front.split_whitespace().next()?;
    let asks = [
        "Who", "What", "Which", "When", "Where", "Why", "How", "Is", "Are", "Do", "Does", "Can",
        "True",
    ];
    let front = if asks.contains(&word) {
        let mut c = d.front.chars();
        c.next()
            .map(|f| f.to_lowercase().collect::<String>() + c.as_str())?
    } else {
        d.front.clone()
    };
    let sep = if h.contains(": ") || d.front.contains(": ") {
        " — "
    } else {
        ": "
    };
    Some(format!("{h}{sep}{front}"))
}

/// The subject of the context a card's front puts before its question,
/// normalised: "RAID 0 – Striping" and "RAID 0 level" are both "raid 0";
/// a bracket stays, so "Push (Stack)" and "Push (Linked List)" are two.
fn context_of(d: &Draft) -> Option<String> {
    let front = clean::normalise(&d.front);
    let core = clean::normalise(&d.core);
    let ctx = match front.strip_suffix(core.as_str()).map(str::trim) {
        Some(ctx) if !ctx.is_empty() => d.front.get(..d.front.len().checked_sub(d.core.len())?),
        // "Delay Queue: what is …" written as one question
        _ => d
            .front
            .split_once(": ")
            .map(|(c, _)| c)
            .filter(|c| (1..=MAX_CONTEXT_WORDS).contains(&c.split_whitespace().count())),
    }?;
    let name = [" – ", " - ", " — ", ": "]
        .iter()
        .filter_map(|sep| ctx.find(*sep))
        .min()
        .map_or(ctx, |at| &ctx[..at]);
    let mut words: Vec<String> = clean::normalise(name)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    while words.len() > 1 && KINDS.contains(&words[words.len() - 1].as_str()) {
        words.pop();
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// "RAID 0 level: what is the performance?": a question for one attribute
/// of a subject named by one heading (not "Parent — Child: …").
fn attribute_question(d: &Draft) -> bool {
    let front = d.front.to_lowercase();
    let core = question_of(&front);
    let context = &front[..front.len() - core.len()];
    let attribute = ["what is the ", "what are the "]
        .iter()
        .any(|w| core.starts_with(w))
        && !core.contains(" items");
    attribute && !context.contains(" — ")
}

/// The question after a front's context: "what is the performance?".
fn question_of(front: &str) -> &str {
    front.rsplit_once(": ").map_or(front, |(_, q)| q)
}

/// Longest context before a question's ": " read as its subject's name
/// ("RAID 5 – Striping with Distributed Parity").
const MAX_CONTEXT_WORDS: usize = 8;

/// Words that say what kind of thing a subject is ("RAID 0 level").
const KINDS: &[&str] = &["level", "layer", "type", "tier", "class", "mode", "plan"];

/// An answer that is a quantity ("15 minutes"): two questions on one
/// subject with the same quantity ask one fact. ("Allow all" may answer
/// both "default inbound" and "default outbound".)
fn specific_answer(key: &str) -> bool {
    key.chars().any(|c| c.is_ascii_digit()) && key.split_whitespace().count() <= 4
}

/// "Long-term changes in global temperatures and weather patterns" and
/// "long-term changes in temperature and weather patterns, mostly …":
/// two answers to one question that say the same thing — most words of
/// the shorter (four or more, four in five of them) are in the longer.
/// (Lists of the same things, "Europe; Japan; India", are not asked so.)
fn restated(a: &str, b: &str) -> bool {
    let words = |t: &str| -> HashSet<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(|w| w.to_lowercase().trim_end_matches('s').to_string())
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let (small, big) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let shared = small.iter().filter(|w| big.contains(*w)).count();
    small.len() >= 4 && shared * 10 >= small.len() * 8
}

fn card_answer(c: &CardSpec) -> String {
    match (&c.choices, c.answer) {
        (Some(ch), Some(a)) => ch.get(a).cloned().unwrap_or_default(),
        _ => c.back.clone().unwrap_or_default(),
    }
}

fn answer_text(d: &Draft) -> String {
    match (&d.choices, d.answer) {
        (Some(c), Some(a)) => c.get(a).cloned().unwrap_or_default(),
        _ => d.back.clone().unwrap_or_default(),
    }
}

fn fact_key(s: &str) -> String {
    let mut n = format!(" {} ", clean::normalise(s));
    // In notes, "you" is the customer.
    if n == " you " {
        n = " the customer ".into();
    }
    for w in RESPONSIBILITY_WORDS {
        n = n.replace(&format!(" {w} "), " resp ");
    }
    for w in ["the", "a", "an", "always"] {
        n = n.replace(&format!(" {w} "), " ");
    }
    n.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A stable id: the slug of the card's nearest heading (else of the file)
/// and a hash of its front. Line numbers play no part, so editing other
/// parts of the notes keeps every other card's id.
fn card_id(d: &Draft, front_key: &str, stem_slug: &str, taken: &HashSet<String>) -> String {
    let place = d
        .path
        .last()
        .map(|h| clean::slug(h, 5))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| stem_slug.to_string());
    let place = if place.is_empty() {
        "card".to_string()
    } else {
        place
    };
    let hash = crate::deck::fnv1a64(front_key.as_bytes());
    let id = format!("{place}-{:08x}", hash >> 32);
    if !taken.contains(&id) {
        return id;
    }
    format!("{place}-{hash:016x}")
}

/// The part of a normalised front that names the card: item counts are left
/// out, so adding an item to a list keeps the list card (and its schedule).
fn identity(front_key: &str) -> String {
    let words: Vec<&str> = front_key.split(' ').collect();
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let count = words[i].trim_start_matches('(');
        let next = words
            .get(i + 1)
            .map(|w| w.trim_end_matches([')', '.', '?']));
        if !count.is_empty() && count.chars().all(|c| c.is_ascii_digit()) && next == Some("items") {
            i += 2;
            continue;
        }
        out.push(words[i]);
        i += 1;
    }
    out.join(" ")
}

/// Tags: slugs of the headings above the card (the title left out).
fn tags(path: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for h in path {
        let s = clean::slug(h, 3);
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
        if out.len() == 3 {
            break;
        }
    }
    out
}

fn source_of(file: &str, d: &Draft) -> String {
    let mut parts = vec![file.to_string()];
    parts.extend(d.path.iter().cloned());
    parts.push(format!("line {}", d.line));
    parts.join(" › ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_counts_are_not_part_of_a_cards_identity() {
        assert_eq!(identity("parts list the 2 items"), "parts list the");
        assert_eq!(identity("list the 1 7 of 14 items"), "list the 1 7 of");
    }

    #[test]
    fn an_answer_said_again_in_other_words_is_a_restatement() {
        assert!(restated(
            "long-term changes in kiln temperatures and firing patterns",
            "long-term changes in kiln temperature and firing patterns, mostly from the potters"
        ));
        // one word in four apart, or too few words to tell
        assert!(!restated(
            "low cones, open kilns, dry ware",
            "high cones, closed kilns, glazed ware"
        ));
        assert!(!restated("open kilns", "open kilns"));
    }
}
