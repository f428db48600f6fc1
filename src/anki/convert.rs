//! An Anki collection as recall decks: the one place on the import side
//! that builds recall's own types (`Deck`, `Card`, `Restore`, `Schedule`,
//! `LoggedReview`) from what the pure modules work out.

use std::collections::{HashMap, HashSet};

use chrono::DateTime;

use super::collection::{Card as AnkiCard, Collection, Note, Revlog};
use super::notetype::{self, Layout, Made};
use super::schedule::{self, Answer, Kind, Sched, State};
use super::Report;
use crate::clock::{self, Day};
use crate::deck::anki_text::{field_text, Media};
use crate::deck::guid;
use crate::deck::{Card, Deck};
use crate::model::{LoggedReview, Restore, ReviewKind};
use crate::sched::Schedule;
use crate::sched::{Ease, Grade, Sm2State};

/// How an import reads a collection.
pub struct Options {
    /// Keep each card's schedule and review log.
    pub with_schedule: bool,
    /// The collection's day start, for the day of an Anki time.
    pub day_start_hour: u32,
}

/// The decks of an Anki collection, with what the import did counted in
/// `report`.
pub fn decks(col: &Collection, opts: &Options, report: &mut Report) -> Vec<Deck> {
    let reader = Reader::new(col, opts);
    let mut out = DeckSet::default();
    for note in &col.notes {
        let Some(nt) = col.notetypes.get(&note.notetype) else {
            report.skipped_empty += 1;
            continue;
        };
        let layout = notetype::layout(nt);
        report.count_note(layout, &nt.name);
        let mut media = Media::default();
        let texts: Vec<String> = note
            .fields
            .iter()
            .map(|f| field_text(f, &mut media))
            .collect();
        report.images += media.images;
        report.sounds += media.sounds;
        for made in notetype::cards_of(layout, &texts) {
            if made.front.is_empty() || made.back.is_empty() {
                report.skipped_empty += 1;
                continue;
            }
            let anki = reader.anki_card(note.id, &made, layout);
            let deck = reader.deck_of(note.id, anki);
            let card = reader.card(note, made, anki, out.len(), report);
            if out.push(&deck, card) {
                report.cards += 1;
            } else {
                report.skipped_empty += 1;
            }
        }
    }
    out.decks
}

/// A collection indexed for the conversion.
struct Reader<'a> {
    col: &'a Collection,
    opts: &'a Options,
    cards: HashMap<i64, Vec<&'a AnkiCard>>,
    revlog: HashMap<i64, &'a [Revlog]>,
    created_day: i64,
}

impl<'a> Reader<'a> {
    fn new(col: &'a Collection, opts: &'a Options) -> Self {
        let mut cards: HashMap<i64, Vec<&AnkiCard>> = HashMap::new();
        for c in &col.cards {
            cards.entry(c.note).or_default().push(c);
        }
        let mut revlog = HashMap::new();
        for run in col.revlog.chunk_by(|a, b| a.card == b.card) {
            revlog.insert(run[0].card, run);
        }
        Reader {
            col,
            opts,
            cards,
            revlog,
            created_day: created_day(col, opts.day_start_hour),
        }
    }

    /// The day of a Unix time, under the collection's day start.
    fn day_of(&self, secs: i64) -> i64 {
        let t = DateTime::from_timestamp(secs, 0).unwrap_or_default();
        clock::day_of(t, self.opts.day_start_hour).0
    }

    /// The Anki card a made card stands for: the one of its template (or
    /// cloze number); for another note type, the note's first card.
    fn anki_card(&self, note: i64, made: &Made, layout: Layout) -> Option<&'a AnkiCard> {
        let cards = self.cards.get(&note)?;
        match layout {
            Layout::Other => cards.first().copied(),
            _ => cards.iter().copied().find(|c| c.ord == made.ord),
        }
    }

    /// A card's deck: its Anki card's home deck, else the note's first
    /// card's, else Anki's "Default".
    fn deck_of(&self, note: i64, anki: Option<&AnkiCard>) -> String {
        let card = anki.or_else(|| self.cards.get(&note)?.first().copied());
        card.map(|c| {
            if c.original_deck != 0 {
                c.original_deck
            } else {
                c.deck
            }
        })
        .and_then(|id| self.col.decks.get(&id))
        .map(|name| name.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "Default".to_string())
    }

    fn card(
        &self,
        note: &Note,
        made: Made,
        anki: Option<&AnkiCard>,
        origin: usize,
        report: &mut Report,
    ) -> Card {
        let base = guid::key_of(&note.guid);
        let leech = note.tags.iter().any(|t| t.eq_ignore_ascii_case("leech"));
        let studied = anki.filter(|c| c.kind != 0 || c.queue == -1);
        if studied.is_some() && !self.opts.with_schedule {
            report.unscheduled += 1;
        }
        let restore = studied
            .filter(|_| self.opts.with_schedule)
            .and_then(|c| self.restore(c, leech, report));
        Card {
            key: guid::card_key(base, made.suffix.as_deref()),
            front: made.front,
            back: made.back,
            explanation: made.explanation,
            tags: note.tags.clone(),
            source: guid::source_of("", &note.guid),
            choices: None,
            answer: None,
            restore,
            origin,
        }
    }

    /// The schedule and log of an Anki card that has been studied (or is
    /// suspended); a new card has none to restore.
    fn restore(&self, card: &AnkiCard, leech: bool, report: &mut Report) -> Option<Restore> {
        let log = self.revlog.get(&card.id).copied().unwrap_or_default();
        let day_of = |secs: i64| self.day_of(secs);
        let s: Sched = schedule::sched(card, log, self.created_day, &day_of);
        if s.state.due.is_none() && !s.suspended {
            return None;
        }
        report.count_schedule(&s);
        let history = if s.state.due.is_some() {
            schedule::answers(log, s.fsrs.then_some(s.state.ease), &day_of)
        } else {
            Vec::new()
        };
        Some(Restore {
            schedule: Schedule {
                sm2: sm2(&s.state),
                due: s.state.due.map(|d| Day(d).clamped()),
                leech,
                suspended: s.suspended,
            },
            history: history.iter().map(logged).collect(),
        })
    }
}

/// The day the collection was made: review due days count from it.
fn created_day(col: &Collection, day_start_hour: u32) -> i64 {
    match col.created_offset {
        Some(minutes_west) => {
            let local = DateTime::from_timestamp(col.created - minutes_west * 60, 0);
            Day::from_date(local.unwrap_or_default().date_naive()).0
        }
        None => {
            let t = DateTime::from_timestamp(col.created, 0).unwrap_or_default();
            clock::day_of(t, day_start_hour.min(4)).0
        }
    }
}

fn sm2(s: &State) -> Sm2State {
    Sm2State {
        reps: s.reps,
        interval: s.interval,
        ease: Ease::from_hundredths(s.ease),
        lapses: s.lapses,
    }
}

fn logged(a: &Answer) -> LoggedReview {
    LoggedReview {
        at_ms: clock::clamp_ms(a.at_ms),
        day: Day(a.day).clamped(),
        grade: Grade::new(a.grade).unwrap_or(Grade::new(1).expect("1 is a grade")),
        kind: match a.kind {
            Kind::New => ReviewKind::New,
            Kind::Review => ReviewKind::Review,
            Kind::Drill => ReviewKind::Drill,
        },
        before: Schedule {
            sm2: sm2(&a.before),
            due: a.before.due.map(|d| Day(d).clamped()),
            leech: false,
            suspended: false,
        },
        reps_after: a.after.reps,
        interval_after: a.after.interval,
        ease_after: Ease::from_hundredths(a.after.ease),
        answer_ms: a.answer_ms,
    }
}

/// Decks by name in the order they first appear, each card key once.
#[derive(Default)]
struct DeckSet {
    decks: Vec<Deck>,
    at: HashMap<String, (usize, HashSet<String>)>,
    cards: usize,
}

impl DeckSet {
    fn len(&self) -> usize {
        self.cards
    }

    /// Adds `card` to deck `name`; false when the deck has its key already.
    fn push(&mut self, name: &str, card: Card) -> bool {
        let (i, keys) = self.at.entry(name.to_string()).or_insert_with(|| {
            self.decks.push(Deck {
                name: name.to_string(),
                description: None,
                cards: Vec::new(),
            });
            (self.decks.len() - 1, HashSet::new())
        });
        if !keys.insert(card.key.clone()) {
            return false;
        }
        self.decks[*i].cards.push(card);
        self.cards += 1;
        true
    }
}
