//! Study notes (Markdown or plain text) turned into native decks.
//!
//! The pipeline: repair the text (`clean`), read it into blocks (`markdown`
//! or `plain`, then `refine` for the plain-text habits both share and
//! `quiz` for quizzes), turn blocks into draft cards (`rules`, with the
//! sentence rules in `facts`, `statements` and `conditional`, verb forms in
//! `verbs` and the vocabulary in `vocab`), then give
//! every card its source, tags and a stable id, and drop near-duplicates
//! (`assemble`). What gave no card is counted in a `Report`. Nothing here
//! reads the clock or iterates a hash map: the same notes always give the
//! same deck.

mod any_verb;
mod apart;
mod aside;
mod assemble;
mod boxes;
mod can_be;
mod clean;
mod compare;
mod complement;
mod conditional;
mod consequence;
mod correlative;
mod counted;
mod definition;
mod deflist;
mod doc;
mod facts;
mod has;
mod held;
mod html_deflist;
mod html_table;
mod markdown;
mod md_inline;
mod means;
mod modal;
mod naming;
mod outline;
mod parties;
mod past;
mod person;
mod plain;
mod practice;
mod pronoun;
mod quiz;
mod refine;
mod report;
mod rules;
mod scripts;
mod statements;
mod tex;
mod text;
mod unique_subject;
mod verbs;
mod vocab;
mod which;
mod wiki;
mod you_can;

use std::collections::BTreeSet;

use crate::deck::DeckFile;
use crate::error::{Error, Result};

use doc::Block;
use parties::Parties;
use rules::Draft;

pub use report::{LeftOut, Report};

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
    generate_with_report(files, deck_name).map(|(deck, _)| deck)
}

/// `generate`, and what it left out of the notes.
pub fn generate_with_report(
    files: &[SourceFile],
    deck_name: Option<&str>,
) -> Result<(DeckFile, Report)> {
    if files.is_empty() {
        return Err(Error::Invalid(
            "no notes files given — name at least one Markdown or text file".into(),
        ));
    }
    let mut builder = assemble::Builder::default();
    let mut report = Report::default();
    let mut first: Option<(Option<String>, Option<String>)> = None;
    for file in files {
        let parsed = parse(file)?;
        first.get_or_insert((parsed.title.clone(), parsed.description.clone()));
        let made = count_by_block(&parsed.drafts, parsed.blocks.len());
        let mut kept = builder.add_file(&file.name, parsed.drafts, parsed.blocks.len());
        for (i, j) in parsed.joined.iter().enumerate() {
            if let Some(j) = j {
                kept[i] = kept.get(*j).copied().unwrap_or(0);
            }
        }
        report.add_file(&file.name, &parsed.blocks, &kept, &made, &parsed.left);
        report.add_sentences(&file.name, &parsed.unread, &kept);
    }
    let (title, description) = first.unwrap_or_default();
    let name = deck_name
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .or(title)
        .unwrap_or_else(|| stem(&files[0].name));
    let deck = builder
        .finish(files, name, description)
        .map_err(|e| with_left_out(e, &report))?;
    report.cards = deck.cards.len();
    Ok((deck, report))
}

/// "No cards" errors name the first blocks left out, and why.
fn with_left_out(e: Error, report: &Report) -> Error {
    if report.left_out.is_empty() || e.exit_code() != crate::error::EXIT_DATA {
        return e;
    }
    let first: Vec<String> = report
        .left_out
        .iter()
        .take(5)
        .map(|l| format!("line {}: {}", l.line, l.why))
        .collect();
    let more = report.left_out.len().saturating_sub(first.len());
    let more = if more > 0 {
        format!("; and {more} more")
    } else {
        String::new()
    };
    Error::Invalid(format!("{e}. Left out: {}{more}", first.join("; ")))
}

fn count_by_block(drafts: &[Draft], n: usize) -> Vec<usize> {
    let mut made = vec![0; n];
    for d in drafts {
        if let Some(m) = made.get_mut(d.block) {
            *m += 1;
        }
    }
    made
}

/// One file read and turned into drafts.
struct Parsed {
    title: Option<String>,
    description: Option<String>,
    blocks: Vec<Block>,
    drafts: Vec<Draft>,
    left: Vec<Option<String>>,
    unread: Vec<(usize, usize, bool)>,
    joined: Vec<Option<usize>>,
}

fn parse(file: &SourceFile) -> Result<Parsed> {
    let raw = file.text.strip_prefix('\u{feff}').unwrap_or(&file.text);
    let text = clean::repair_mojibake(&raw.replace("\r\n", "\n").replace('\r', "\n"));
    let text = clean::without_ligatures(&text);
    let fm = doc::front_matter(&text);
    let body = doc::body_lines(&text, fm.lines);
    if body.trim().is_empty() {
        return Err(Error::input(
            &file.name,
            "the file has no notes in it — write some notes, or leave the file out",
        ));
    }
    let vocab: BTreeSet<String> = body
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let blocks = read_blocks(file, &body, fm.lines, &vocab)?;
    let parties = parties_of(&fm, &vocab);
    // The title: front matter, else the first level-1 heading.
    let first_h1 = blocks.iter().find_map(|b| match b {
        Block::Heading {
            level: 1,
            text,
            line,
        } => Some((plain::heading_text(text), *line)),
        _ => None,
    });
    // A first H1 after much text is one of the notes' sections.
    let first_h1 = first_h1.filter(|_| !text_before_first_h1(&blocks));
    let title = fm
        .title
        .map(|t| plain::heading_text(&t))
        .or_else(|| first_h1.as_ref().map(|(t, _)| t.clone()))
        .filter(|t| !t.is_empty() && !doc::only_a_date(t));
    let lex = text::Lexicon::new(&body, parties).with_title(title.as_deref());
    let mut blocks = blocks;
    person::name_pronouns(&mut blocks, &lex);
    // The first H1 is the document's title: it is left out of paths even
    // when the front matter names the deck. Where the notes have several,
    // each is a section ("# Tuple", "# List") and stays in context.
    let h1s = blocks
        .iter()
        .filter(|b| matches!(b, Block::Heading { level: 1, .. }))
        .count();
    let (context_title, title_line) = match h1s {
        0 | 1 => (title.clone(), first_h1.map(|(_, l)| l)),
        _ => (None, None),
    };
    let named_by_file = context_title
        .is_none()
        .then(|| rules::subject_of_file_name(&file.name, &body))
        .flatten();
    let outcome = rules::Rules::new(&file.name, &lex, context_title, title_line)
        .or_subject(named_by_file)
        .run(&blocks)?;
    Ok(Parsed {
        title,
        description: fm
            .description
            .map(|d| clean::clean_text(&d))
            .filter(|d| !d.is_empty()),
        blocks,
        drafts: outcome.drafts,
        left: outcome.left,
        unread: outcome.unread,
        joined: outcome.joined,
    })
}

/// The blocks of a file's notes, as the rules read them.
fn read_blocks(
    file: &SourceFile,
    body: &str,
    skip: usize,
    vocab: &BTreeSet<String>,
) -> Result<Vec<Block>> {
    let markdown = is_markdown(&file.name, body);
    let blocks = if markdown {
        quiz::markdown(practice::paired(markdown::read(&file.name, body)?))
    } else {
        plain::read(body, skip)
    };
    let plainish = !blocks.iter().any(|b| matches!(b, Block::Heading { .. }));
    let refiner = refine::Refiner {
        plainish,
        plain: !markdown,
        vocab,
    };
    let mut blocks = refiner.refine(blocks);
    if plainish {
        drop_furniture_headings(&mut blocks);
    }
    Ok(blocks)
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

/// Whether the notes say much (forty words or more) before their first
/// level-1 heading, which is then one of their sections, not their title:
/// "enzymes.md" opens with its paragraphs and then has "# Regulation".
fn text_before_first_h1(blocks: &[Block]) -> bool {
    let words = |t: &str| t.split_whitespace().count();
    let said: usize = blocks
        .iter()
        .take_while(|b| !matches!(b, Block::Heading { level: 1, .. }))
        .map(|b| match b {
            Block::Para { lines } | Block::Quote { lines } => lines
                .iter()
                .filter(|l| !l.links_only)
                .map(|l| words(&l.text))
                .sum(),
            Block::List { items, .. } => items.iter().map(|it| words(&it.text())).sum(),
            Block::Table { header, rows, .. } => header.len() * rows.len(),
            _ => 0,
        })
        .sum();
    said >= 40
}

/// "Lesson 13", "Chapter 2": page furniture above the real title.
fn drop_furniture_headings(blocks: &mut Vec<Block>) {
    let furniture = |t: &str| {
        let words: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
        words.len() == 2
            && vocab::FURNITURE_WORDS.contains(&words[0].as_str())
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

/// The parties a note's sentences can name. In notes about a provider and
/// its customers, "you" is the customer; in notes that say nothing of who
/// is responsible for what, "you" is whoever reads them, and no party.
fn parties_of(fm: &doc::FrontMatter, vocab: &BTreeSet<String>) -> Parties {
    let cloud = ["customer", "customers", "aws", "provider"]
        .iter()
        .any(|w| vocab.contains(*w));
    let parties = Parties::new(&fm.parties, fm.reader.as_deref(), cloud);
    let model = fm.reader.is_some()
        || !fm.parties.is_empty()
        || ["responsible", "responsibility", "responsibilities"]
            .iter()
            .any(|w| vocab.contains(*w));
    if model {
        parties
    } else {
        parties.without_reader()
    }
}

#[cfg(test)]
mod tests;
