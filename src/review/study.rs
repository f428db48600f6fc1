//! A study session with its collection: it owns the store, the settings,
//! today and the queue, and turns the learner's actions (a grade, an undo,
//! a skip) into committed writes. No terminal here: `terminal` asks, this
//! does, and says what happened.

use crate::clock::Day;
use crate::error::Result;
use crate::model::ReviewKind;
use crate::sched::{self, Grade, Schedule};
use crate::settings::Settings;
use crate::store::{Answer, Scope, Store, Tags};

use super::session::{apart, Item, Session, Tally};

/// Which cards a session studies, and what its answers do.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Mode {
    /// Today's due cards, then new ones, within the day's limits.
    #[default]
    Today,
    /// The cards due in the next `days` days too (no new cards), each
    /// scheduled for the days actually elapsed since its last review.
    Ahead { days: u32 },
    /// The chosen cards whatever their due days: answers are logged as
    /// cram and leave every schedule as it was.
    Cram,
}

/// The cards a session is over: the decks, the tags, and the mode.
#[derive(Debug, Clone, Default)]
pub struct Choice {
    pub scope: Scope,
    pub tags: Tags,
    pub mode: Mode,
}

/// How many cards a session may take, beyond what is due.
#[derive(Debug, Clone, Copy, Default)]
pub struct Limits {
    /// New cards for this session (default: what is left of the day's).
    pub new: Option<u32>,
    /// Reviews for this session (default: what is left of the day's).
    pub reviews: Option<u32>,
}

/// What an answer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    /// Recorded; the card's new schedule (unchanged for a drill).
    Recorded {
        after: Schedule,
        /// The schedule did not move: a drill, or a cram.
        drill: bool,
        /// The card comes back at the end of the session (grade below 4).
        again: bool,
        became_leech: bool,
    },
    /// Another session answered the card meanwhile; it was left alone.
    Conflict,
}

pub struct Study {
    store: Store,
    settings: Settings,
    today: Day,
    scope: Scope,
    mode: Mode,
    session: Session,
}

impl Study {
    /// Today's session over `scope`: due cards, then new ones, within the
    /// day's limits (which are the whole collection's, whatever the scope).
    pub fn start(store: Store, today: Day, scope: Scope, limits: Limits) -> Result<Study> {
        let choice = Choice {
            scope,
            ..Choice::default()
        };
        Study::start_with(store, today, choice, limits)
    }

    /// A session over the cards `choice` names. A card and its siblings are
    /// never in one session: the first stays, the others wait.
    pub fn start_with(store: Store, today: Day, choice: Choice, limits: Limits) -> Result<Study> {
        let settings = store.settings()?;
        let Choice { scope, tags, mode } = choice;
        let cards = match mode {
            Mode::Today => {
                let done = store.day_counts(today)?;
                let new = limits
                    .new
                    .unwrap_or_else(|| settings.new_per_day.saturating_sub(done.new_seen));
                let reviews = limits.reviews.or_else(|| {
                    settings
                        .reviews_per_day
                        .map(|n| n.saturating_sub(done.reviews))
                });
                // room for the new cards' siblings, which stay out
                let cards = store.queue(today, &scope, &tags, reviews, new.saturating_mul(2))?;
                apart(cards, Some(new))
            }
            Mode::Ahead { days } => {
                let by = today.plus(i64::from(days));
                apart(store.ahead(today, by, &scope, &tags, limits.reviews)?, None)
            }
            Mode::Cram => apart(store.cram(&scope, &tags, limits.reviews)?, None),
        };
        Ok(Study {
            store,
            settings,
            today,
            scope,
            mode,
            session: Session::new(cards),
        })
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn current(&self) -> Option<&Item> {
        self.session.current()
    }

    /// (position of the current card, cards in the session so far).
    pub fn progress(&self) -> (usize, usize) {
        self.session.progress()
    }

    /// How many cards of the queue are due reviews (the rest are new).
    pub fn due_in_queue(&self) -> usize {
        self.session.due_in_queue()
    }

    pub fn tally(&self) -> Tally {
        self.session.tally()
    }

    pub fn today(&self) -> Day {
        self.today
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn scope(&self) -> &Scope {
        &self.scope
    }

    /// Whether the day's new cards are all used up while new cards wait.
    pub fn new_cards_done_for_today(&self) -> Result<bool> {
        let seen = self.store.day_counts(self.today)?.new_seen;
        Ok(seen >= self.settings.new_per_day && self.store.new_count(&self.scope)? > 0)
    }

    /// Grades the current card: SM-2 for a scheduled answer, a log row only
    /// for a drill; committed before this returns.
    pub fn answer(&mut self, grade: Grade, at_ms: i64, answer_ms: i64) -> Result<Answered> {
        let Some(item) = self.session.current().cloned() else {
            return Ok(Answered::Conflict);
        };
        let before = item.card.schedule;
        let (kind, after, became_leech) = if self.mode == Mode::Cram {
            (ReviewKind::Cram, before, false)
        } else if item.drill {
            (ReviewKind::Drill, before, false)
        } else {
            let o = sched::answer(before, grade, self.today, &self.settings);
            let kind = match before.due {
                None => ReviewKind::New,
                Some(_) => ReviewKind::Review,
            };
            (kind, o.after, o.became_leech)
        };
        let answer = Answer {
            card_id: item.card.id,
            grade,
            kind,
            before,
            after,
            at_ms,
            day: self.today,
            answer_ms,
        };
        let Some(review_id) = self.store.record(&answer)? else {
            self.session.drop_current();
            return Ok(Answered::Conflict);
        };
        if kind != ReviewKind::Cram && !item.drill {
            // its siblings wait until tomorrow
            self.store.bury_siblings(item.card.id, self.today.plus(1))?;
        }
        let mut card = item.card;
        card.schedule = after;
        self.session.answered(review_id, grade, card);
        Ok(Answered::Recorded {
            after,
            drill: item.drill || kind == ReviewKind::Cram,
            again: grade.value() < 4,
            became_leech,
        })
    }

    /// Takes back the last answer; false when there is none.
    pub fn undo(&mut self) -> Result<bool> {
        let Some(review_id) = self.session.last_answer() else {
            return Ok(false);
        };
        self.store.undo(review_id)?;
        self.session.undo();
        Ok(true)
    }

    /// Skips the current card until tomorrow; false when there is none.
    pub fn skip(&mut self) -> Result<bool> {
        let Some(item) = self.session.current() else {
            return Ok(false);
        };
        // a cram touches no schedule: its skip is for this session only
        if !item.drill && self.mode != Mode::Cram {
            self.store.bury(item.card.id, Some(self.today.plus(1)))?;
        }
        self.session.skip();
        Ok(true)
    }

    /// The next day after today with cards due, and how many.
    pub fn next_due(&self) -> Result<Option<(Day, u64)>> {
        self.store.next_due(self.today, &self.scope)
    }
}
