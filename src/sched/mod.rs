//! Scheduling: the SM-2 algorithm, and what one answer does to a card's
//! schedule (due day, leech flag) — pure functions, no I/O.

pub mod sm2;

pub use sm2::{Ease, Grade, Sm2State, MAX_INTERVAL};

use crate::clock::Day;
use crate::settings::Settings;

/// The schedule fields an answer changes, before or after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub sm2: Sm2State,
    /// `None` while the card is new.
    pub due: Option<Day>,
    pub leech: bool,
    pub suspended: bool,
}

/// The result of a scheduled answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub after: Schedule,
    /// The card became a leech with this answer.
    pub became_leech: bool,
}

/// A scheduled review on `today`: SM-2, then `due := today + I`; a card that
/// reaches the leech threshold is flagged (and suspended, if so configured).
/// A card answered before its due day (`review --ahead`) is scheduled by
/// [`early`].
pub fn answer(before: Schedule, grade: Grade, today: Day, settings: &Settings) -> Outcome {
    let sm2 = match before.due {
        Some(due) if due > today => early(before.sm2, grade, due, today),
        _ => before.sm2.review(grade),
    };
    let became_leech = !before.leech && sm2.lapses >= settings.leech_lapses;
    Outcome {
        after: Schedule {
            sm2,
            due: Some(today.plus(i64::from(sm2.interval))),
            leech: before.leech || became_leech,
            suspended: before.suspended || (became_leech && settings.suspend_leeches),
        },
        became_leech,
    }
}

/// SM-2 for a card answered `due - today` days early: its last review was
/// `I` days before `due`, so the interval actually elapsed is `I` less the
/// days left, and SM-2 goes on from that interval (`ceil(elapsed × EF)`
/// from the second repetition on; 1 and 6 days before, as always). A pass
/// never brings the card nearer than it was already due; a failure is a
/// failure, however early.
pub fn early(sm2: Sm2State, grade: Grade, due: Day, today: Day) -> Sm2State {
    let left = u32::try_from(due.0 - today.0).unwrap_or(u32::MAX);
    let elapsed = sm2.interval.saturating_sub(left);
    let next = Sm2State {
        interval: elapsed,
        ..sm2
    }
    .review(grade);
    if !grade.passed() {
        return next;
    }
    Sm2State {
        interval: next.interval.max(left.min(MAX_INTERVAL)),
        ..next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sched(lapses: u32, reps: u32) -> Schedule {
        Schedule {
            sm2: Sm2State {
                reps,
                interval: 10,
                ease: Ease::INITIAL,
                lapses,
            },
            due: Some(Day(100)),
            leech: false,
            suspended: false,
        }
    }

    #[test]
    fn due_is_today_plus_interval() {
        let o = answer(
            sched(0, 2),
            Grade::new(4).unwrap(),
            Day(105),
            &Settings::default(),
        );
        assert_eq!(o.after.sm2.interval, 25);
        assert_eq!(o.after.due, Some(Day(130)));
        assert!(!o.became_leech);
    }

    #[test]
    fn an_early_answer_counts_the_days_actually_elapsed() {
        let g = |q| Grade::new(q).unwrap();
        let card = |interval, due| Schedule {
            sm2: Sm2State {
                reps: 3,
                interval,
                ease: Ease::INITIAL,
                lapses: 0,
            },
            due: Some(Day(due)),
            leech: false,
            suspended: false,
        };
        let s = Settings::default();
        // I = 10, due in 5 days: 5 days elapsed, ceil(5 × 2.5) = 13
        let o = answer(card(10, 105), g(4), Day(100), &s);
        assert_eq!((o.after.sm2.interval, o.after.due), (13, Some(Day(113))));
        assert_eq!(o.after.sm2.reps, 4);
        // I = 20, due in 19 days: ceil(1 × 2.5) = 3, but never sooner than due
        let o = answer(card(20, 119), g(5), Day(100), &s);
        assert_eq!((o.after.sm2.interval, o.after.due), (19, Some(Day(119))));
        assert_eq!(o.after.sm2.ease.hundredths(), 260);
        // a failure ahead is a failure: a lapse, back tomorrow
        let o = answer(card(20, 119), g(2), Day(100), &s);
        let a = o.after.sm2;
        assert_eq!((a.reps, a.interval, a.lapses), (0, 1, 1));
        assert_eq!(o.after.due, Some(Day(101)));
        // on or after the due day, plain SM-2: ceil(10 × 2.5) = 25
        let o = answer(card(10, 100), g(4), Day(100), &s);
        assert_eq!(o.after.sm2.interval, 25);
        assert_eq!(
            early(card(10, 100).sm2, g(4), Day(100), Day(100)).interval,
            25
        );
    }

    #[test]
    fn eighth_lapse_makes_a_leech_and_suspends_when_asked() {
        let fail = Grade::new(1).unwrap();
        let o = answer(sched(7, 3), fail, Day(1), &Settings::default());
        assert!(o.became_leech && o.after.leech && !o.after.suspended);
        let strict = Settings {
            suspend_leeches: true,
            ..Settings::default()
        };
        let o = answer(sched(7, 3), fail, Day(1), &strict);
        assert!(o.after.suspended);
        // a seventh lapse is not yet a leech; a failure of an unlearned card is no lapse
        assert!(!answer(sched(6, 3), fail, Day(1), &strict).became_leech);
        assert!(!answer(sched(7, 0), fail, Day(1), &strict).became_leech);
    }
}
