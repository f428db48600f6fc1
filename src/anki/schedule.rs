//! Anki's scheduling read as SM-2's, and SM-2's written as Anki's: pure
//! functions over plain numbers (days are recall's day numbers, counted
//! from 1970-01-01), no I/O and no clock.
//!
//! Anki card fields: `type` 0 new, 1 learning, 2 review, 3 relearning;
//! `queue` -3/-2 buried, -1 suspended, 0 new, 1 learning (`due` a Unix
//! time), 2 review and 3 learning across days (`due` days since the
//! collection's creation day); `factor` the ease in permille; FSRS keeps
//! its memory state in the card's `data` and leaves `factor` as it was.

use super::collection::{Card, Revlog};

/// SM-2's view of a card, or of a card before or after an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct State {
    /// The repetition number `n`.
    pub reps: u32,
    pub interval: u32,
    /// The E-Factor in hundredths.
    pub ease: u16,
    pub lapses: u32,
    pub due: Option<i64>,
}

/// A card's schedule, read from Anki.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sched {
    pub state: State,
    pub suspended: bool,
    /// Buried in Anki (until its next day): recall does not keep that.
    pub buried: bool,
    /// Inside Anki's learning or relearning steps.
    pub learning: bool,
    /// Scheduled by FSRS: its memory state is dropped.
    pub fsrs: bool,
}

/// What kind of answer a review-log row was, in recall's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    New,
    Review,
    /// A learning step, or a review that moved nothing (Anki's filtered
    /// decks without rescheduling; recall's drills).
    Drill,
}

/// One answer of the review log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    pub at_ms: i64,
    pub day: i64,
    /// SM-2's grade: Again 1, Hard 3, Good 4, Easy 5.
    pub grade: u8,
    pub kind: Kind,
    pub before: State,
    pub after: State,
    pub answer_ms: i64,
}

/// SM-2's initial E-Factor, 2.50.
const INITIAL_EASE: u16 = 250;
/// SM-2's floor, 1.30.
const MIN_EASE: u16 = 130;
/// The cap on intervals recall keeps (100 years).
pub const MAX_INTERVAL: u32 = 36_500;
/// Anki's `due` of a learning card is a Unix time from here on, a day
/// number below (Anki tells them apart the same way).
const TIMESTAMP_FROM: i64 = 1_000_000_000;

/// An Anki ease factor (permille) as an E-Factor in hundredths: floored at
/// 1.30; 0 (not yet set) is the initial 2.50.
pub fn ease_of(factor: i64) -> u16 {
    if factor <= 0 {
        INITIAL_EASE
    } else {
        u16::try_from(factor / 10)
            .unwrap_or(u16::MAX)
            .clamp(MIN_EASE, 10_000)
    }
}

/// Anki's answer button as SM-2's grade: Again 1 (wrong, the answer
/// remembered), Hard 3, Good 4, Easy 5.
pub fn grade_of(ease: i64) -> u8 {
    match ease {
        2 => 3,
        3 => 4,
        e if e >= 4 => 5,
        _ => 1,
    }
}

/// SM-2's grade as Anki's button: failures Again, 3 Hard, 4 Good, 5 Easy.
pub fn button_of(grade: u8) -> i64 {
    match grade {
        0..=2 => 1,
        3 => 2,
        4 => 3,
        _ => 4,
    }
}

/// Whether the answer counts toward SM-2's `n`: a passing review, or the
/// passing step that ends a card's (re)learning (its interval in days).
fn counts(r: &Revlog) -> Option<bool> {
    match r.kind {
        _ if r.ease == 0 => None,
        1 => Some(r.ease >= 2),
        0 | 2 if r.ease == 1 => Some(false),
        0 | 2 if r.interval > 0 => Some(true),
        // learning steps, filtered-deck reviews, manual changes
        _ => None,
    }
}

/// SM-2's `n` from a card's review log (oldest first): the trailing run
/// of passing reviews, counting a graduation from the learning steps as
/// one. `None` when the log has no answer that counts either way.
pub fn repetitions(log: &[Revlog]) -> Option<u32> {
    let mut n = 0;
    let mut any = false;
    for r in log.iter().rev() {
        match counts(r) {
            Some(true) => {
                n += 1;
                any = true;
            }
            Some(false) => return Some(n),
            None => {}
        }
    }
    any.then_some(n)
}

/// The calendar day of an Anki `due` that is a day number or a Unix time.
fn due_day(due: i64, created_day: i64, day_of: &dyn Fn(i64) -> i64) -> i64 {
    if due >= TIMESTAMP_FROM {
        day_of(due)
    } else {
        created_day + due
    }
}

/// A card's schedule. `created_day` is the collection's creation day;
/// `day_of` gives the day of a Unix time.
pub fn sched(card: &Card, log: &[Revlog], created_day: i64, day_of: &dyn Fn(i64) -> i64) -> Sched {
    let fsrs = serde_json::from_str::<serde_json::Value>(&card.data)
        .ok()
        .is_some_and(|d| d.get("s").is_some());
    let due_raw = if card.original_deck != 0 && card.original_due != 0 {
        card.original_due
    } else {
        card.due
    };
    let learning = matches!(card.kind, 1 | 3);
    let reps = match card.kind {
        // A review card whose log is gone counts as learned, so that its
        // next interval grows from the one it has.
        2 => repetitions(log).unwrap_or(2),
        _ => 0,
    };
    let interval = match card.kind {
        0 => 0,
        1 => 1,
        _ => u32::try_from(card.interval)
            .unwrap_or(0)
            .clamp(1, MAX_INTERVAL),
    };
    let state = State {
        reps,
        interval,
        ease: ease_of(card.factor),
        lapses: u32::try_from(card.lapses).unwrap_or(0),
        due: (card.kind != 0).then(|| due_day(due_raw, created_day, day_of)),
    };
    Sched {
        state,
        suspended: card.queue == -1,
        buried: matches!(card.queue, -2 | -3),
        learning,
        fsrs,
    }
}

/// A card's review log as recall's, each answer with SM-2's state before
/// and after it. The ease comes from the log's factor, except for an FSRS
/// card (whose log holds FSRS's difficulty there), which keeps `ease`.
pub fn answers(log: &[Revlog], fsrs_ease: Option<u16>, day_of: &dyn Fn(i64) -> i64) -> Vec<Answer> {
    let mut state = State {
        ease: fsrs_ease.unwrap_or(INITIAL_EASE),
        ..State::default()
    };
    let mut out = Vec::with_capacity(log.len());
    for r in log.iter().filter(|r| r.ease > 0 && matches!(r.kind, 0..=3)) {
        let day = day_of(r.id.div_euclid(1000));
        let counted = counts(r);
        // A learning step that ends the steps (or fails) moves the
        // schedule: a review in recall's terms; the other steps are drills.
        let kind = match (r.kind, counted) {
            (0, _) if out.is_empty() => Kind::New,
            (1, _) | (0 | 2, Some(_)) => Kind::Review,
            _ => Kind::Drill,
        };
        let before = state;
        match counted {
            Some(true) => state.reps += 1,
            Some(false) => {
                if r.kind == 1 && state.reps >= 1 {
                    state.lapses += 1;
                }
                state.reps = 0;
            }
            None => {}
        }
        // A learning step or a drill moves no schedule; an answer that
        // counts sets the interval it was given.
        if counted.is_some() {
            state.interval = u32::try_from(r.interval)
                .unwrap_or(1)
                .clamp(1, MAX_INTERVAL);
            state.due = Some(day + i64::from(state.interval));
            if fsrs_ease.is_none() && r.factor > 0 {
                state.ease = ease_of(r.factor);
            }
        }
        out.push(Answer {
            at_ms: r.id,
            day,
            grade: grade_of(r.ease),
            kind,
            before,
            after: state,
            answer_ms: r.time_ms.clamp(0, 3_600_000),
        });
    }
    out
}

/// SM-2's state as an Anki card's scheduling fields: a new card keeps
/// `position` in the new queue; `n` ≥ 1 is a review card; `n` = 0 after
/// an answer is a card in its (re)learning steps, due on its day (Anki
/// has no such state for SM-2's day-long first interval). `answers` is
/// Anki's count of reviews.
pub fn to_anki(
    s: &State,
    suspended: bool,
    answers: usize,
    created_day: i64,
    position: i64,
) -> Card {
    let mut card = match s.due {
        None => Card {
            due: position,
            ..Card::default()
        },
        Some(day) => {
            let (kind, queue, left) = match (s.reps, s.lapses) {
                (0, 0) => (1, 3, 1001),
                (0, _) => (3, 3, 1001),
                _ => (2, 2, 0),
            };
            Card {
                kind,
                queue,
                due: day - created_day,
                interval: if kind == 1 { 0 } else { i64::from(s.interval) },
                factor: i64::from(s.ease) * 10,
                lapses: i64::from(s.lapses),
                left,
                reps: if answers > 0 {
                    answers as i64
                } else {
                    i64::from(s.reps)
                },
                ..Card::default()
            }
        }
    };
    if suspended {
        card.queue = -1;
    }
    card
}

/// An answer as an Anki review-log row: a drill, which moves no schedule,
/// as Anki's filtered-deck review that does not reschedule (type 3).
pub fn to_revlog(a: &Answer) -> Revlog {
    Revlog {
        id: a.at_ms,
        card: 0,
        ease: button_of(a.grade),
        interval: i64::from(a.after.interval),
        last_interval: i64::from(a.before.interval),
        factor: i64::from(a.after.ease) * 10,
        time_ms: a.answer_ms.clamp(0, 60_000),
        kind: match a.kind {
            Kind::New => 0,
            Kind::Review => 1,
            Kind::Drill => 3,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rev(id: i64, kind: i64, ease: i64, interval: i64, factor: i64) -> Revlog {
        Revlog {
            id,
            card: 1,
            ease,
            interval,
            last_interval: 0,
            factor,
            time_ms: 3000,
            kind,
        }
    }

    fn card(kind: i64, queue: i64, due: i64, interval: i64, factor: i64) -> Card {
        Card {
            kind,
            queue,
            due,
            interval,
            factor,
            lapses: 1,
            data: "{}".into(),
            ..Card::default()
        }
    }

    const DAY_MS: i64 = 86_400_000;

    fn day_of(secs: i64) -> i64 {
        secs.div_euclid(86_400)
    }

    #[test]
    fn ease_is_the_factor_floored_at_1_3() {
        assert_eq!(ease_of(2500), 250);
        assert_eq!(ease_of(2345), 234);
        assert_eq!(ease_of(1100), 130);
        assert_eq!(ease_of(0), 250);
        assert_eq!(
            (grade_of(1), grade_of(2), grade_of(3), grade_of(4)),
            (1, 3, 4, 5)
        );
        // passing grades go to Anki and back unchanged; failures as 1
        let back: Vec<u8> = (0..=5).map(|g| grade_of(button_of(g))).collect();
        assert_eq!(back, [1, 1, 1, 3, 4, 5]);
    }

    #[test]
    fn n_is_the_trailing_run_of_passes_with_a_graduation_counting_once() {
        let log = [
            rev(1, 0, 1, -60, 0),
            rev(2, 0, 3, -600, 0),
            rev(3, 0, 3, 1, 2500),
            rev(4, 1, 3, 3, 2500),
            rev(5, 1, 1, -600, 2300),
            rev(6, 2, 3, 1, 2300),
            rev(7, 4, 0, 0, 0),
            rev(8, 3, 4, 1, 2300),
            rev(9, 1, 2, 5, 2150),
        ];
        // Hard passes; the relearning step that graduates counts; the
        // manual entry and the filtered-deck review count for nothing.
        assert_eq!(repetitions(&log), Some(2));
        assert_eq!(repetitions(&log[..4]), Some(2));
        assert_eq!(repetitions(&log[..5]), Some(0));
        assert_eq!(repetitions(&log[..2]), Some(0));
        assert_eq!(repetitions(&log[1..2]), None);
        assert_eq!(repetitions(&[]), None);
    }

    #[test]
    fn anki_card_states() {
        let created = 20_000;
        // review: due counted from the creation day
        let s = sched(&card(2, 2, 62, 15, 2300), &[], created, &day_of);
        assert_eq!(s.state.due, Some(created + 62));
        assert_eq!((s.state.reps, s.state.interval, s.state.ease), (2, 15, 230));
        // learning: due is a Unix time; n = 0 until it graduates
        let at = (created + 59) * 86_400 + 3600;
        let s = sched(
            &card(1, 1, at, 0, 0),
            &[rev(1, 0, 3, -600, 0)],
            created,
            &day_of,
        );
        assert!(s.learning);
        assert_eq!(
            (s.state.reps, s.state.interval, s.state.due),
            (0, 1, Some(created + 59))
        );
        // relearning across days, suspended, buried
        let s = sched(&card(3, 3, 60, 1, 1300), &[], created, &day_of);
        assert_eq!((s.learning, s.state.due), (true, Some(created + 60)));
        assert!(sched(&card(2, -1, 5, 3, 2500), &[], created, &day_of).suspended);
        assert!(sched(&card(2, -3, 5, 3, 2500), &[], created, &day_of).buried);
        // new: no due, even when suspended
        let s = sched(&card(0, -1, 7, 0, 0), &[], created, &day_of);
        assert_eq!((s.state.due, s.suspended), (None, true));
        // a filtered deck's card keeps its home due
        let filtered = Card {
            original_deck: 5,
            original_due: 70,
            ..card(2, 2, -100_000, 4, 2500)
        };
        assert_eq!(
            sched(&filtered, &[], created, &day_of).state.due,
            Some(created + 70)
        );
    }

    #[test]
    fn fsrs_cards_keep_interval_and_due_and_take_the_factor_or_2_5() {
        let fsrs = |factor| Card {
            data: r#"{"s":20.4,"d":4.8,"dr":0.9}"#.into(),
            ..card(2, 2, 75, 20, factor)
        };
        let s = sched(&fsrs(2500), &[], 0, &day_of);
        assert!(s.fsrs);
        assert_eq!(
            (s.state.interval, s.state.due, s.state.ease),
            (20, Some(75), 250)
        );
        assert_eq!(sched(&fsrs(0), &[], 0, &day_of).state.ease, 250);
        assert_eq!(sched(&fsrs(1900), &[], 0, &day_of).state.ease, 190);
        // the log's factor is FSRS's difficulty: the card's ease is kept
        let log = [rev(DAY_MS, 0, 3, 5, 480), rev(6 * DAY_MS, 1, 3, 20, 470)];
        let a = answers(&log, Some(250), &day_of);
        assert!(a.iter().all(|a| a.after.ease == 250));
    }

    #[test]
    fn the_log_replays_states_and_kinds() {
        let log = [
            rev(DAY_MS, 0, 1, -60, 0),
            rev(DAY_MS + 60_000, 0, 3, 1, 2500),
            rev(2 * DAY_MS, 3, 4, 1, 2500),
            rev(2 * DAY_MS + 1, 1, 3, 3, 2500),
            rev(5 * DAY_MS, 1, 1, -600, 2300),
            rev(5 * DAY_MS + 1, 4, 0, 0, 0),
        ];
        let a = answers(&log, None, &day_of);
        let kinds: Vec<Kind> = a.iter().map(|a| a.kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::New,
                Kind::Review,
                Kind::Drill,
                Kind::Review,
                Kind::Review
            ]
        );
        assert_eq!(
            (a[1].after.reps, a[1].after.interval, a[1].after.due),
            (1, 1, Some(2))
        );
        // the drill moves nothing
        assert_eq!(a[2].before, a[2].after);
        assert_eq!((a[3].after.reps, a[3].after.interval), (2, 3));
        assert_eq!(
            (a[4].after.reps, a[4].after.lapses, a[4].after.ease),
            (0, 1, 230)
        );
        assert_eq!((a[4].grade, a[4].day), (1, 5));
    }
}
