//! recall's decks as an Anki package: cards grouped into notes (Basic,
//! Basic and reversed, Cloze), each note's guid, and with `--with-history`
//! each card's schedule and review log. With `convert.rs`, the one place
//! that reads recall's own types (`StoredCard`, `LoggedReview`).

use std::collections::HashMap;
use std::io::{Seek, Write};

use super::collection::Revlog;
use super::legacy::{self, Note, NoteKind};
use super::schedule::{self, Answer, Kind, State};
use super::{cloze, package};
use crate::clock::{self, Day};
use crate::deck::guid;
use crate::error::{Error, Result};
use crate::model::{LoggedReview, ReviewKind, StoredCard};

/// One deck to export: its cards in order, and each card's review log by
/// card id (empty without `--with-history`).
pub struct ExportDeck {
    pub name: String,
    pub cards: Vec<StoredCard>,
    pub history: HashMap<i64, Vec<LoggedReview>>,
}

/// What an export needs to know of the collection and the clock.
pub struct Options {
    pub with_history: bool,
    pub now: chrono::DateTime<chrono::Utc>,
    pub today: Day,
    pub day_start_hour: u32,
}

/// Writes `decks` as an Anki package (schema 11 `collection.anki21`) to
/// `out`; returns how many notes it holds.
pub fn write(decks: &[ExportDeck], opts: &Options, out: impl Write + Seek) -> Result<usize> {
    let created_day = first_day(decks, opts);
    let created = clock::start_of_day(Day(created_day), opts.day_start_hour).timestamp();
    let mut notes = Vec::new();
    for deck in decks {
        notes.extend(deck_notes(deck, opts.with_history, created_day));
    }
    unique_log_ids(&mut notes);
    let file =
        tempfile::NamedTempFile::new().map_err(|e| Error::write(&std::env::temp_dir(), e))?;
    legacy::write(file.path(), &notes, created, opts.now.timestamp_millis())?;
    package::write(file.path(), out)?;
    Ok(notes.len())
}

/// The day the exported collection begins: today, or the first day a card
/// was due or answered, so that no due day comes before it.
fn first_day(decks: &[ExportDeck], opts: &Options) -> i64 {
    let mut first = opts.today.0;
    for deck in decks.iter().filter(|_| opts.with_history) {
        for card in &deck.cards {
            first = first.min(card.schedule.due.map_or(first, |d| d.0));
        }
        for log in deck.history.values() {
            first = first.min(log.first().map_or(first, |r| r.day.0));
        }
    }
    first
}

/// The notes of one deck: each card once, a card and its reverse as one
/// note, the cards of one cloze text as one note.
fn deck_notes(deck: &ExportDeck, with_history: bool, created_day: i64) -> Vec<Note> {
    let by_key: HashMap<&str, usize> = deck
        .cards
        .iter()
        .enumerate()
        .map(|(i, c)| (c.key.as_str(), i))
        .collect();
    let mut done = vec![false; deck.cards.len()];
    let mut notes = Vec::new();
    for (i, card) in deck.cards.iter().enumerate() {
        if done[i] {
            continue;
        }
        let (kind, fields, members) = note_of(deck, card, &by_key, &done);
        for &(j, _) in &members {
            done[j] = true;
        }
        let cards = members
            .iter()
            .map(|&(j, ord)| {
                let c = &deck.cards[j];
                let log = deck.history.get(&c.id).map_or(&[][..], |l| l.as_slice());
                anki_card(
                    c,
                    ord,
                    if with_history { Some(log) } else { None },
                    created_day,
                    notes.len() as i64,
                )
            })
            .collect();
        notes.push(Note {
            guid: guid::guid_for(&deck.name, &card.key, card.source.as_deref()),
            kind,
            deck: deck.name.clone(),
            fields,
            tags: card.all_tags(),
            cards,
        });
    }
    notes
}

/// The note a card begins: its kind, its fields, and its cards (by index
/// in the deck) with their template numbers.
fn note_of(
    deck: &ExportDeck,
    card: &StoredCard,
    by_key: &HashMap<&str, usize>,
    done: &[bool],
) -> (NoteKind, Vec<String>, Vec<(usize, i64)>) {
    let this = by_key[card.key.as_str()];
    let explanation = html(card.explanation.as_deref().unwrap_or(""));
    if card.choices.is_some() {
        let (front, back) = multiple_choice(card, html);
        return (
            NoteKind::Basic,
            vec![front, back, explanation],
            vec![(this, 0)],
        );
    }
    let reverse = by_key
        .get(format!("{}:reverse", card.key).as_str())
        .copied()
        .filter(|&j| !done[j])
        .filter(|&j| deck.cards[j].front == card.back && deck.cards[j].back == card.front);
    if let Some(j) = reverse {
        let fields = vec![html(&card.front), html(&card.back), explanation];
        return (NoteKind::Reversed, fields, vec![(this, 0), (j, 1)]);
    }
    if let Some((text, members)) = cloze_note(deck, card, by_key, done) {
        return (NoteKind::Cloze, vec![html(&text), explanation], members);
    }
    (
        NoteKind::Basic,
        vec![html(&card.front), html(&card.back), explanation],
        vec![(this, 0)],
    )
}

/// A card with gaps (`[...]`) and the cards of the same text (`key:c2`…)
/// as one cloze text, when they fit together.
fn cloze_note(
    deck: &ExportDeck,
    card: &StoredCard,
    by_key: &HashMap<&str, usize>,
    done: &[bool],
) -> Option<(String, Vec<(usize, i64)>)> {
    let mut members = vec![(by_key[card.key.as_str()], 1u32)];
    for n in 2..=50u32 {
        if let Some(&j) = by_key.get(format!("{}:c{n}", card.key).as_str()) {
            if !done[j] && deck.cards[j].choices.is_none() {
                members.push((j, n));
            }
        }
    }
    // A lone card is a cloze card only with a `[...]` gap: other brackets
    // may be its own text.
    if members.len() == 1 && !card.front.contains("[...]") {
        return None;
    }
    let parts = |m: &[(usize, u32)]| -> Vec<(u32, &str, &str)> {
        m.iter()
            .map(|&(j, n)| (n, deck.cards[j].front.as_str(), deck.cards[j].back.as_str()))
            .collect()
    };
    let (text, members) = match cloze::join(&parts(&members)) {
        Some(text) => (text, members),
        None => (cloze::join(&parts(&members[..1]))?, members[..1].to_vec()),
    };
    Some((
        text,
        members
            .into_iter()
            .map(|(j, n)| (j, i64::from(n) - 1))
            .collect(),
    ))
}

/// A multiple-choice card's front (the question and its lettered options)
/// and back (the right one), each text made a field by `field`.
pub fn multiple_choice(card: &StoredCard, field: fn(&str) -> String) -> (String, String) {
    let choices = card.choices.as_deref().unwrap_or_default();
    let letter = |i: usize| char::from(b'A' + (i % 26) as u8);
    let options: Vec<String> = choices
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{}. {}", letter(i), field(c)))
        .collect();
    let front = format!("{}<br><br>{}", field(&card.front), options.join("<br>"));
    let back = match card.answer.filter(|&a| a < choices.len()) {
        Some(a) if card.back.trim() == choices[a].trim() => {
            format!("{}. {}", letter(a), field(&choices[a]))
        }
        _ => field(&card.back),
    };
    (front, back)
}

/// Plain text as Anki field HTML.
pub fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\n', "<br>")
}

/// A card's Anki scheduling and log; new when `log` is `None` (no history
/// exported).
fn anki_card(
    c: &StoredCard,
    ord: i64,
    log: Option<&[LoggedReview]>,
    created_day: i64,
    position: i64,
) -> (super::collection::Card, Vec<Revlog>) {
    let Some(log) = log else {
        let card = schedule::to_anki(&State::default(), false, 0, created_day, position);
        return (super::collection::Card { ord, ..card }, Vec::new());
    };
    let state = State {
        reps: c.schedule.sm2.reps,
        interval: c.schedule.sm2.interval,
        ease: c.schedule.sm2.ease.hundredths(),
        lapses: c.schedule.sm2.lapses,
        due: c.schedule.due.map(|d| d.0),
    };
    let card = schedule::to_anki(
        &state,
        c.schedule.suspended,
        log.len(),
        created_day,
        position,
    );
    let revlog = log
        .iter()
        .map(|r| schedule::to_revlog(&answer(r)))
        .collect();
    (super::collection::Card { ord, ..card }, revlog)
}

fn answer(r: &LoggedReview) -> Answer {
    let before = State {
        reps: r.before.sm2.reps,
        interval: r.before.sm2.interval,
        ease: r.before.sm2.ease.hundredths(),
        lapses: r.before.sm2.lapses,
        due: r.before.due.map(|d| d.0),
    };
    Answer {
        at_ms: r.at_ms,
        day: r.day.0,
        grade: r.grade.value(),
        kind: match r.kind {
            ReviewKind::New => Kind::New,
            ReviewKind::Review => Kind::Review,
            ReviewKind::Drill | ReviewKind::Cram => Kind::Drill,
        },
        before,
        after: State {
            reps: r.reps_after,
            interval: r.interval_after,
            ease: r.ease_after.hundredths(),
            ..before
        },
        answer_ms: r.answer_ms,
    }
}

/// Anki keys its review log by time in milliseconds: two answers in the
/// same millisecond move apart by one.
fn unique_log_ids(notes: &mut [Note]) {
    let mut seen = std::collections::HashSet::new();
    for note in notes {
        for (_, log) in &mut note.cards {
            for r in log {
                while !seen.insert(r.id) {
                    r.id += 1;
                }
            }
        }
    }
}
