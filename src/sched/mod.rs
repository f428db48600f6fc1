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
pub fn answer(before: Schedule, grade: Grade, today: Day, settings: &Settings) -> Outcome {
    let sm2 = before.sm2.review(grade);
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
