//! Study notes (Markdown or plain text) turned into native decks.
//!
//! The pipeline: repair the text (`clean`), read it into blocks (`markdown`
//! or `plain`, then `plain::Refiner` for the plain-text habits both share),
//! turn blocks into draft cards (`rules`, with the sentence rules in
//! `text`), then give every card its source, tags and a
//! stable id, and drop near-duplicates. Nothing here reads the clock or
//! iterates a hash map: the same notes always give the same deck.

mod clean;
mod doc;
mod markdown;
mod plain;
mod rules;
mod text;

use std::collections::{BTreeSet, HashSet};

use crate::deck::{self, CardSpec, DeckFile, FORMAT};
use crate::error::{Error, Result};

use doc::Block;
use rules::Draft;

/// One input file: `name` is the file name used in `source` strings and
/// errors (e.g. "aws-shared-responsibility.md"), `text` its contents.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// Turns notes into a native deck. `deck_name` overrides the name (default:
/// the front matter title or first H1 / title line of the first file, else
/// its file stem).
pub fn generate(files: &[SourceFile], deck_name: Option<&str>) -> Result<DeckFile> {
    if files.is_empty() {
        return Err(Error::Invalid(
            "no notes files given — name at least one Markdown or text file".into(),
        ));
    }
    let mut name: Option<String> = deck_name
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    let mut description: Option<String> = None;
    let mut cards: Vec<CardSpec> = Vec::new();
    let mut seen_fronts: HashSet<String> = HashSet::new();
    // Facts (question without context + answer) of all kept cards, and of
    // the kept cards that have no heading context.
    let mut seen_facts: HashSet<(String, String)> = HashSet::new();
    let mut seen_bare_facts: HashSet<(String, String)> = HashSet::new();
    let mut seen_ids: HashSet<String> = HashSet::new();
    for (k, file) in files.iter().enumerate() {
        let parsed = parse(file)?;
        if k == 0 {
            if name.is_none() {
                name = parsed.title.clone().or_else(|| Some(stem(&file.name)));
            }
            description = parsed.description.clone();
        }
        let stem_slug = clean::slug(&stem(&file.name), 5);
        for d in parsed.drafts {
            let front_key = clean::normalise(&d.front);
            let fact_key = (fact_key(&d.core), fact_key(&answer_text(&d)));
            // Near-identical: the same front, or the same fact where one of
            // the two cards has no context to tell them apart.
            let bare = clean::normalise(&d.front) == clean::normalise(&d.core);
            if seen_fronts.contains(&front_key)
                || seen_bare_facts.contains(&fact_key)
                || (bare && seen_facts.contains(&fact_key))
            {
                continue;
            }
            seen_fronts.insert(front_key.clone());
            if bare {
                seen_bare_facts.insert(fact_key.clone());
            }
            seen_facts.insert(fact_key);
            let id = card_id(&d, &identity(&front_key), &stem_slug, &seen_ids);
            seen_ids.insert(id.clone());
            cards.push(CardSpec {
                id: Some(id),
                front: d.front.clone(),
                back: d.back.clone(),
                explanation: d.explanation.clone(),
                tags: tags(&d.path),
                source: Some(source_of(&file.name, &d)),
                choices: d.choices.clone(),
                answer: d.answer,
                ..CardSpec::default()
            });
        }
    }
    if cards.is_empty() {
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        return Err(Error::Invalid(format!(
            "{}: no cards could be made from these notes — write questions (`Q:` / `A:`), tables, `- [x]` options or statements such as \"X is responsible for Y\" (see \"Writing notes for recall\" in the README)",
            names.join(", ")
        )));
    }
    let deck = DeckFile {
        format: FORMAT.into(),
        name: name.unwrap_or_else(|| "Notes".into()),
        description,
        cards,
    };
    // Belt and braces: what generate writes, import must accept.
    deck::validate(&files[0].name, deck.clone())?;
    Ok(deck)
}

/// One file read and turned into drafts.
struct Parsed {
    title: Option<String>,
    description: Option<String>,
    drafts: Vec<Draft>,
}

fn parse(file: &SourceFile) -> Result<Parsed> {
    let raw = file.text.strip_prefix('\u{feff}').unwrap_or(&file.text);
    let text = clean::repair_mojibake(&raw.replace("\r\n", "\n").replace('\r', "\n"));
    let (meta_title, meta_description, fm_lines) = doc::front_matter(&text);
    let body: String = text
        .lines()
        .enumerate()
        .map(|(i, l)| if i < fm_lines { "" } else { l })
        .collect::<Vec<_>>()
        .join("\n");
    if body.trim().is_empty() {
        return Err(Error::Invalid(format!(
            "{}: the file has no notes in it — write some notes, or leave the file out",
            file.name
        )));
    }
    let markdown = is_markdown(&file.name, &body);
    let blocks = if markdown {
        markdown::read(&body)
    } else {
        plain::read(&body, fm_lines)
    };
    let plainish = !blocks.iter().any(|b| matches!(b, Block::Heading { .. }));
    let vocab: BTreeSet<String> = body
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let refiner = plain::Refiner {
        plainish,
        plain: !markdown,
        vocab: &vocab,
    };
    let mut blocks = refiner.refine(blocks);
    if plainish {
        drop_furniture_headings(&mut blocks);
    }
    let lex = text::Lexicon::new(&body);
    // The title: front matter, else the first level-1 heading.
    let first_h1 = blocks.iter().find_map(|b| match b {
        Block::Heading {
            level: 1,
            text,
            line,
        } => Some((clean::clean_text(plain::strip_numbering(text)), *line)),
        _ => None,
    });
    let title = meta_title
        .map(|t| clean::clean_text(&t))
        .or_else(|| first_h1.as_ref().map(|(t, _)| t.clone()))
        .filter(|t| !t.is_empty());
    // The first H1 is the document's title: it is left out of paths even
    // when the front matter names the deck.
    let title_line = first_h1.map(|(_, l)| l);
    let drafts = rules::Rules::new(&file.name, &lex, title.clone(), title_line).run(&blocks)?;
    Ok(Parsed {
        title,
        description: meta_description
            .map(|d| clean::clean_text(&d))
            .filter(|d| !d.is_empty()),
        drafts,
    })
}

/// `.md` files are Markdown; other files are Markdown when they use its
/// block syntax (headings, tables, fences, task lists, bold), else plain text.
fn is_markdown(name: &str, text: &str) -> bool {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_lowercase())
        .unwrap_or_default();
    if ["md", "markdown", "mdown", "mkd", "mkdn"].contains(&ext.as_str()) {
        return true;
    }
    text.lines().any(|l| {
        let t = l.trim_start();
        let hashes = t.chars().take_while(|c| *c == '#').count();
        (1..=6).contains(&hashes) && t[hashes..].starts_with(' ')
            || t.starts_with("```")
            || t.starts_with("- [ ]")
            || t.starts_with("- [x]")
            || (t.starts_with('|') && t.contains("---"))
            || t.contains("**")
    })
}

/// "Lesson 13", "Chapter 2": page furniture above the real title.
fn drop_furniture_headings(blocks: &mut Vec<Block>) {
    let furniture = |t: &str| {
        let words: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
        words.len() == 2
            && [
                "lesson", "chapter", "module", "unit", "part", "week", "day", "section",
            ]
            .contains(&words[0].as_str())
            && words[1].chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    let had_title = blocks.iter().find_map(|b| match b {
        Block::Heading { level, text, .. } => Some((*level, furniture(text))),
        _ => None,
    });
    blocks.retain(|b| !matches!(b, Block::Heading { text, .. } if furniture(text)));
    // The heading after the furniture becomes the title.
    if let Some((1, true)) = had_title {
        if let Some(Block::Heading { level, .. }) = blocks
            .iter_mut()
            .find(|b| matches!(b, Block::Heading { .. }))
        {
            *level = 1;
        }
    }
}

fn stem(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    match base.rsplit_once('.') {
        Some((s, _)) if !s.is_empty() => s.to_string(),
        _ => base.to_string(),
    }
}

fn answer_text(d: &Draft) -> String {
    match (&d.choices, d.answer) {
        (Some(c), Some(a)) => c.get(a).cloned().unwrap_or_default(),
        _ => d.back.clone().unwrap_or_default(),
    }
}

/// Words that say "responsible for" in different ways; folded together so
/// "Who manages X?" and "Who is responsible for X?" count as one fact.
const RESPONSIBILITY_WORDS: &[&str] = &[
    "is responsible for",
    "takes care of",
    "manages",
    "handles",
    "secures",
    "protects",
    "owns",
];

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
mod tests;
