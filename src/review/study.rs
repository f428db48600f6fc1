//! A study session with its collection: it owns the store, the settings,
//! today and the queue, and turns the learner's actions (a grade, an undo,
//! a skip) into committed writes. No terminal here: `terminal` asks, this
//! does, and says what happened.

use std::time::Duration;

use crate::clock::Day;
use crate::error::{DbFailure, Error, Result};
use crate::model::ReviewKind;
use crate::sched::{self, Grade, Schedule};
use crate::settings::{NewCardOrder, Settings};
use crate::store::{Answer, NewCards, Scope, Store, Tags};

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

/// What the day's limits still allow after today's answers: reviews (no
/// limit: `None`) and new cards.
fn left_of_day(store: &Store, settings: &Settings, today: Day) -> Result<(Option<u32>, u32)> {
    let done = store.day_counts(today)?;
    let reviews = settings
        .reviews_per_day
        .map(|n| n.saturating_sub(done.reviews));
    Ok((reviews, settings.new_per_day.saturating_sub(done.new_seen)))
}

/// Today's queue within the day's limits (the whole collection's, whatever
/// the scope), with room for new cards' siblings, which stay out; and how
/// many new cards the session takes.
fn today_cards(
    store: &Store,
    settings: &Settings,
    today: Day,
    (scope, tags): (&Scope, &Tags),
    limits: Limits,
) -> Result<(Vec<crate::model::StoredCard>, u32)> {
    let (day_reviews, day_new) = left_of_day(store, settings, today)?;
    let new = limits.new.unwrap_or(day_new);
    let reviews = limits.reviews.or(day_reviews);
    // In file order a card's reverse comes right after it, and siblings
    // stay out: ask for twice as many. Spread and random picks are rarely
    // siblings, and truncating twice as many would undo the spread.
    let room = match settings.new_card_order {
        NewCardOrder::File => 2,
        _ => 1,
    };
    let new_cards = NewCards {
        limit: new.saturating_mul(room),
        order: settings.new_card_order,
        seed: rand::random(),
    };
    Ok((store.queue(today, (scope, tags), reviews, new_cards)?, new))
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

/// What is left to do today once a session ends.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Left {
    /// Due cards, within what is left of the day's review limit.
    pub due: u64,
    /// New cards, within what is left of the day's new-card limit.
    pub new: u64,
    /// Repeats owed (cards graded below 4 today, not yet graded 4 or 5).
    pub repeats: u64,
}

impl Left {
    pub fn total(&self) -> u64 {
        self.due + self.new + self.repeats
    }
}

/// How long a retried answer waits for another program's write before
/// the session looks at the keyboard again.
pub const RETRY_WAIT: Duration = Duration::from_millis(500);

/// Whether `e` means that another program holds the collection's write
/// lock: the answer is kept and tried again.
pub fn is_busy(e: &Error) -> bool {
    matches!(
        e,
        Error::Database {
            kind: DbFailure::Locked,
            ..
        }
    )
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
        let (cards, owed) = match mode {
            Mode::Today => {
                let (cards, new) = today_cards(&store, &settings, today, (&scope, &tags), limits)?;
                (
                    apart(cards, Some(new)),
                    store.owed_repeats(today, &scope, &tags)?,
                )
            }
            Mode::Ahead { days } => {
                let by = today.plus(i64::from(days));
                let cards = store.ahead(today, by, &scope, &tags, limits.reviews)?;
                (apart(cards, None), Vec::new())
            }
            Mode::Cram => {
                let cards = store.cram(&scope, &tags, limits.reviews)?;
                (apart(cards, None), Vec::new())
            }
        };
        Ok(Study {
            store,
            settings,
            today,
            scope,
            mode,
            session: Session::new(cards, owed),
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

    /// (cards left to answer for the first time today, repeats waiting).
    pub fn left(&self) -> (usize, usize) {
        self.session.left()
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
    /// for a drill; committed before this returns. When another program
    /// holds the collection for longer than the store waits, the error says
    /// so ([`is_busy`]) and nothing changed: the same answer may be given
    /// again, with `retry` set to wait only [`RETRY_WAIT`].
    pub fn answer(
        &mut self,
        grade: Grade,
        at_ms: i64,
        answer_ms: i64,
        retry: bool,
    ) -> Result<Answered> {
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
        let recorded = match retry {
            true => self.store.record_within(&answer, RETRY_WAIT)?,
            false => self.store.record(&answer)?,
        };
        let Some(review_id) = recorded else {
            self.session.drop_current();
            return Ok(Answered::Conflict);
        };
        if kind != ReviewKind::Cram && !item.drill {
            // its siblings wait until tomorrow
            self.store.bury_siblings(item.card.id, self.today.plus(1))?;
        }
        let mut card = item.card;
        card.schedule = after;
        self.session
            .answered(review_id, grade, card, answer_ms.max(0) as u64);
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
        match (item.drill, self.mode) {
            // a repeat skipped is a repeat forgone: tomorrow owes none
            (true, _) => self.store.forgo_repeat(item.card.id)?,
            // a cram touches no schedule: its skip is for this session only
            (false, Mode::Cram) => {}
            (false, _) => self.store.bury(item.card.id, Some(self.today.plus(1)))?,
        }
        self.session.skip();
        Ok(true)
    }

    /// The next day after today with cards due, and how many.
    pub fn next_due(&self) -> Result<Option<(Day, u64)>> {
        self.store.next_due(self.today, &self.scope)
    }

    /// What a new session today would still offer, within the day's limits.
    pub fn left_today(&self) -> Result<Left> {
        let (reviews, new) = left_of_day(&self.store, &self.settings, self.today)?;
        let (due, new) = self
            .store
            .left_today(self.today, &self.scope, reviews, new)?;
        // like the due and new cards: what a plain session would offer
        let all = Tags::default();
        let repeats = self
            .store
            .owed_repeats(self.today, &self.scope, &all)?
            .len() as u64;
        Ok(Left { due, new, repeats })
    }
}
