//! The arithmetic of `recall stats`, as pure functions of what the store
//! returns and of today's date: windows, series with their empty days filled
//! in, the streak, ease buckets. No I/O and no clock.

use serde::Serialize;

use crate::clock::Day;
use crate::store::{DayTotals, DeckCounts};

/// The retention windows: label and length in days, each ending today.
pub const WINDOWS: [(&str, u32); 4] = [("1d", 1), ("7d", 7), ("30d", 30), ("365d", 365)];

/// Cards by state (`new` … `suspended` partition the cards; `leeches` is
/// a flag that overlaps them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Collection {
    pub new: u64,
    pub learning: u64,
    pub young: u64,
    pub mature: u64,
    pub suspended: u64,
    pub leeches: u64,
    pub cards: u64,
}

impl Collection {
    pub fn of(d: &DeckCounts) -> Collection {
        Collection {
            new: d.new,
            learning: d.learning,
            young: d.young,
            mature: d.mature,
            suspended: d.suspended,
            leeches: d.leeches,
            cards: d.cards(),
        }
    }

    pub fn total<'a>(rows: impl IntoIterator<Item = &'a Collection>) -> Collection {
        rows.into_iter()
            .fold(Collection::default(), |t, c| Collection {
                new: t.new + c.new,
                learning: t.learning + c.learning,
                young: t.young + c.young,
                mature: t.mature + c.mature,
                suspended: t.suspended + c.suspended,
                leeches: t.leeches + c.leeches,
                cards: t.cards + c.cards,
            })
    }
}

/// Passed out of reviewed; `rate` is `None` when nothing was reviewed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Rate {
    pub reviews: u64,
    pub passed: u64,
    pub rate: Option<f64>,
}

impl Rate {
    pub fn new(reviews: u64, passed: u64) -> Rate {
        Rate {
            reviews,
            passed,
            rate: (reviews > 0).then(|| passed as f64 / reviews as f64),
        }
    }
}

/// Retention over one window.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Retention {
    pub window: &'static str,
    pub days: u32,
    pub young: Rate,
    pub mature: Rate,
    pub all: Rate,
}

/// Retention for each of [`WINDOWS`]: window `Nd` is the local days
/// `today - N + 1 ..= today`.
pub fn retention(days: &[DayTotals], today: Day) -> Vec<Retention> {
    WINDOWS
        .iter()
        .map(|&(window, n)| {
            let first = today.plus(1 - i64::from(n));
            let (mut yr, mut yp, mut mr, mut mp) = (0, 0, 0, 0);
            for d in days.iter().filter(|d| d.day >= first && d.day <= today) {
                yr += d.young_reviews;
                yp += d.young_passed;
                mr += d.mature_reviews;
                mp += d.mature_passed;
            }
            Retention {
                window,
                days: n,
                young: Rate::new(yr, yp),
                mature: Rate::new(mr, mp),
                all: Rate::new(yr + mr, yp + mp),
            }
        })
        .collect()
}

/// One day of work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActivityDay {
    pub date: String,
    /// Scheduled answers: new cards and reviews (drills apart).
    pub reviews: u64,
    /// Of those, graded 3 or more.
    pub passed: u64,
    pub new: u64,
    pub drills: u64,
    /// Answers of `review --cram`: never counted as reviews or retention.
    pub crams: u64,
    pub time_ms: u64,
}

/// The last `n` days ending today, oldest first, days without answers
/// included as zeros.
pub fn activity(days: &[DayTotals], today: Day, n: u32) -> Vec<ActivityDay> {
    (0..i64::from(n))
        .rev()
        .map(|back| {
            let day = today.plus(-back);
            let t = days
                .iter()
                .find(|d| d.day == day)
                .copied()
                .unwrap_or_default();
            ActivityDay {
                date: day.to_string(),
                reviews: t.reviews,
                passed: t.passed,
                new: t.new_cards,
                drills: t.drills,
                crams: t.crams,
                time_ms: t.time_ms,
            }
        })
        .collect()
}

/// Counts the streak — consecutive days with answers, ending today, or
/// yesterday while nothing is done yet today — from the days with answers,
/// seen newest first.
#[derive(Debug, Clone, Copy)]
pub struct Streak {
    today: Day,
    next: Option<Day>,
    len: u32,
    over: bool,
}

impl Streak {
    pub fn new(today: Day) -> Streak {
        Streak {
            today,
            next: None,
            len: 0,
            over: false,
        }
    }

    /// Sees the next day with answers (newest first); returns whether the
    /// streak may still go on, so that the caller can stop reading.
    pub fn see(&mut self, day: Day) -> bool {
        if self.over || day > self.today {
            return !self.over;
        }
        let extends = match self.next {
            None => day == self.today || day == self.today.plus(-1),
            Some(next) => day == next,
        };
        if extends {
            self.len += 1;
            self.next = Some(day.plus(-1));
        } else if self.next.is_none_or(|next| day < next) {
            self.over = true;
        }
        !self.over
    }

    pub fn days(&self) -> u32 {
        self.len
    }
}

/// One day of the forecast.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ForecastDay {
    pub date: String,
    pub due: u64,
}

/// Cards due on each of the `n` days from today; today's count includes the
/// overdue cards. `due` holds (day, count) for days that have any.
pub fn forecast(today: Day, n: u32, overdue: u64, due: &[(Day, u64)]) -> Vec<ForecastDay> {
    (0..i64::from(n))
        .map(|ahead| {
            let day = today.plus(ahead);
            let on_day: u64 = due.iter().filter(|(d, _)| *d == day).map(|(_, c)| c).sum();
            ForecastDay {
                date: day.to_string(),
                due: on_day + if ahead == 0 { overdue } else { 0 },
            }
        })
        .collect()
}

/// Cards whose E-Factor is in `min ..= max` (no upper end for the last).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EaseBucket {
    pub min: f64,
    pub max: Option<f64>,
    pub cards: u64,
}

/// Lower ends of the ease buckets, in hundredths: 1.30–1.49, 1.50–1.69, …,
/// 2.70–2.89, and 2.90 or more.
const EASE_STEPS: [u16; 9] = [130, 150, 170, 190, 210, 230, 250, 270, 290];

/// Sorts (E-Factor in hundredths, cards) counts into the ease buckets.
pub fn ease_buckets(counts: &[(u16, u64)]) -> Vec<EaseBucket> {
    EASE_STEPS
        .iter()
        .enumerate()
        .map(|(i, &lo)| {
            let hi = EASE_STEPS.get(i + 1).copied();
            let cards = counts
                .iter()
                // The first bucket also takes anything below the SM-2 floor.
                .filter(|(e, _)| (i == 0 || *e >= lo) && hi.is_none_or(|hi| *e < hi))
                .map(|(_, c)| c)
                .sum();
            EaseBucket {
                min: f64::from(lo) / 100.0,
                max: hi.map(|hi| f64::from(hi - 1) / 100.0),
                cards,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(day: i64, young: (u64, u64), mature: (u64, u64)) -> DayTotals {
        DayTotals {
            day: Day(day),
            reviews: young.0 + mature.0,
            passed: young.1 + mature.1,
            young_reviews: young.0,
            young_passed: young.1,
            mature_reviews: mature.0,
            mature_passed: mature.1,
            ..DayTotals::default()
        }
    }

    #[test]
    fn rate_of_nothing_is_none() {
        assert_eq!(Rate::new(0, 0).rate, None);
        assert_eq!(Rate::new(4, 3).rate, Some(0.75));
        assert_eq!(Rate::new(3, 0).rate, Some(0.0));
    }

    #[test]
    fn windows_end_today_and_count_back_inclusively() {
        let today = 1000;
        let days = [
            day(today, (2, 1), (0, 0)),
            day(today - 1, (0, 0), (4, 4)),
            day(today - 6, (1, 1), (0, 0)),  // last day of 7d
            day(today - 7, (10, 0), (0, 0)), // first day outside 7d
            day(today - 29, (0, 0), (1, 0)),
            day(today - 364, (1, 1), (0, 0)),
            day(today - 365, (100, 0), (0, 0)), // outside every window
            day(today + 1, (100, 0), (0, 0)),   // in the future: ignored
        ];
        let r = retention(&days, Day(today));
        let got: Vec<_> = r
            .iter()
            .map(|w| {
                (
                    w.window,
                    w.young.reviews,
                    w.young.passed,
                    w.mature.reviews,
                    w.mature.passed,
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("1d", 2, 1, 0, 0),
                ("7d", 3, 2, 4, 4),
                ("30d", 13, 2, 5, 4),
                ("365d", 14, 3, 5, 4),
            ]
        );
        assert_eq!(r[0].mature.rate, None);
        assert_eq!(r[0].all, Rate::new(2, 1));
        assert_eq!(r[1].all, Rate::new(7, 6));
    }

    #[test]
    fn a_window_without_reviews_has_no_rate() {
        let r = retention(&[], Day(5));
        assert_eq!(r.len(), 4);
        assert!(r
            .iter()
            .all(|w| w.all == Rate::new(0, 0) && w.all.rate.is_none()));
    }

    #[test]
    fn activity_fills_empty_days() {
        let mut t = day(10, (1, 1), (0, 0));
        t.drills = 2;
        t.crams = 5;
        t.new_cards = 3;
        t.reviews = 4;
        t.time_ms = 900;
        let a = activity(&[t, day(7, (5, 5), (0, 0))], Day(10), 3);
        assert_eq!(a.len(), 3);
        assert_eq!(a[0].date, Day(8).to_string());
        assert_eq!((a[0].reviews, a[1].reviews), (0, 0));
        assert_eq!(
            a[2],
            ActivityDay {
                date: Day(10).to_string(),
                reviews: 4,
                passed: 1,
                new: 3,
                drills: 2,
                crams: 5,
                time_ms: 900
            }
        );
    }

    fn streak(today: i64, days_newest_first: &[i64]) -> u32 {
        let mut s = Streak::new(Day(today));
        for &d in days_newest_first {
            if !s.see(Day(d)) {
                break;
            }
        }
        s.days()
    }

    #[test]
    fn streak_ends_today_or_yesterday() {
        assert_eq!(streak(10, &[]), 0);
        assert_eq!(streak(10, &[10]), 1);
        assert_eq!(streak(10, &[10, 9, 8, 6, 5]), 3);
        // nothing yet today: the streak that ended yesterday still counts
        assert_eq!(streak(10, &[9, 8, 7, 5]), 3);
        // a gap before yesterday: no streak
        assert_eq!(streak(10, &[8, 7]), 0);
        // future days (a clock set back) do not break it
        assert_eq!(streak(10, &[12, 10, 9]), 2);
    }

    #[test]
    fn streak_stops_reading_at_the_gap() {
        let mut s = Streak::new(Day(10));
        assert!(s.see(Day(10)));
        assert!(s.see(Day(9)));
        assert!(!s.see(Day(7)));
        assert!(!s.see(Day(6)));
        assert_eq!(s.days(), 2);
    }

    #[test]
    fn forecast_puts_the_overdue_load_on_today() {
        let f = forecast(
            Day(100),
            4,
            5,
            &[(Day(100), 2), (Day(102), 7), (Day(104), 9)],
        );
        let got: Vec<u64> = f.iter().map(|d| d.due).collect();
        assert_eq!(got, vec![7, 0, 7, 0]);
        assert_eq!(f[0].date, Day(100).to_string());
        assert_eq!(f[3].date, Day(103).to_string());
        assert!(forecast(Day(100), 0, 5, &[]).is_empty());
    }

    #[test]
    fn ease_buckets_cover_every_ease_once() {
        let b = ease_buckets(&[
            (130, 1),
            (149, 2),
            (150, 4),
            (250, 8),
            (289, 16),
            (290, 32),
            (400, 64),
        ]);
        assert_eq!(b.len(), 9);
        let cards: Vec<u64> = b.iter().map(|b| b.cards).collect();
        assert_eq!(cards, vec![3, 4, 0, 0, 0, 0, 8, 16, 96]);
        assert_eq!((b[0].min, b[0].max), (1.3, Some(1.49)));
        assert_eq!((b[8].min, b[8].max), (2.9, None));
        assert_eq!(cards.iter().sum::<u64>(), 127);
    }

    #[test]
    fn collection_totals_add_up() {
        let a = Collection::of(&DeckCounts {
            deck_id: 1,
            deck: "a".into(),
            new: 1,
            learning: 2,
            young: 3,
            mature: 4,
            suspended: 5,
            leeches: 6,
        });
        assert_eq!(a.cards, 15);
        let t = Collection::total([&a, &a]);
        assert_eq!((t.cards, t.leeches, t.new), (30, 12, 2));
    }
}
