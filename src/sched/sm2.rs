//! SM-2 exactly as published: a pure function from (state, grade) to state.
//! No I/O, no clock. The E-Factor is kept in integer hundredths so that
//! `ceil(I × EF)` can never gain a day from floating-point error.

use std::fmt;

/// SM-2 has no maximum interval; recall caps it at 100 years so dates stay
/// representable.
pub const MAX_INTERVAL: u32 = 36_500;

/// An answer quality `q` in 0..=5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Grade(u8);

impl Grade {
    /// 0: complete blackout.
    pub const MIN: Grade = Grade(0);

    pub fn new(q: u8) -> Option<Grade> {
        (q <= 5).then_some(Grade(q))
    }
    pub fn value(self) -> u8 {
        self.0
    }
    /// `q >= 3`: the answer counts as recalled.
    pub fn passed(self) -> bool {
        self.0 >= 3
    }
}

/// The E-Factor, in hundredths (250 = 2.50).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ease(u16);

impl Ease {
    pub const INITIAL: Ease = Ease(250);
    pub const MIN: Ease = Ease(130);

    /// From hundredths; values below the floor are raised to 1.30.
    pub fn from_hundredths(h: u16) -> Ease {
        Ease(h.max(Self::MIN.0))
    }
    pub fn hundredths(self) -> u16 {
        self.0
    }
    pub fn as_f64(self) -> f64 {
        f64::from(self.0) / 100.0
    }

    /// SM-2 step 3: `EF + (0.1 - (5-q) * (0.08 + (5-q) * 0.02))`, floored at 1.3.
    /// In hundredths the change is `10 - d * (8 + 2d)` with `d = 5 - q`.
    pub fn after(self, q: Grade) -> Ease {
        let d = i32::from(5 - q.value());
        let change = 10 - d * (8 + 2 * d);
        let next = (i32::from(self.0) + change).max(i32::from(Self::MIN.0));
        Ease(u16::try_from(next).unwrap_or(u16::MAX))
    }
}

impl fmt::Display for Ease {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

/// What SM-2 knows about a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sm2State {
    /// The repetition number `n`: successful reviews in a row.
    pub reps: u32,
    /// The inter-repetition interval `I`, in days (0 for a card never reviewed).
    pub interval: u32,
    pub ease: Ease,
    /// Failures of a card that had been learned (`n >= 1`).
    pub lapses: u32,
}

impl Default for Sm2State {
    fn default() -> Self {
        Sm2State::NEW
    }
}

impl Sm2State {
    pub const NEW: Sm2State = Sm2State {
        reps: 0,
        interval: 0,
        ease: Ease::INITIAL,
        lapses: 0,
    };

    /// One scheduled review with grade `q`. The interval is computed with the
    /// E-Factor the card had before this answer; then the E-Factor moves.
    pub fn review(self, q: Grade) -> Sm2State {
        let (reps, interval, lapses) = if q.passed() {
            let interval = match self.reps {
                0 => 1,
                1 => 6,
                _ => {
                    let exact = u64::from(self.interval) * u64::from(self.ease.0);
                    let days = exact.div_ceil(100);
                    u32::try_from(days.min(u64::from(MAX_INTERVAL))).unwrap_or(MAX_INTERVAL)
                }
            };
            (self.reps + 1, interval.clamp(1, MAX_INTERVAL), self.lapses)
        } else {
            let lapses = if self.reps >= 1 {
                self.lapses + 1
            } else {
                self.lapses
            };
            (0, 1, lapses)
        };
        Sm2State {
            reps,
            interval,
            ease: self.ease.after(q),
            lapses,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn run(grades: &[u8]) -> Vec<Sm2State> {
        let mut s = Sm2State::NEW;
        grades
            .iter()
            .map(|&q| {
                s = s.review(Grade::new(q).unwrap());
                s
            })
            .collect()
    }

    fn intervals(grades: &[u8]) -> Vec<u32> {
        run(grades).iter().map(|s| s.interval).collect()
    }

    fn eases(grades: &[u8]) -> Vec<u16> {
        run(grades).iter().map(|s| s.ease.hundredths()).collect()
    }

    #[test]
    fn brief_worked_examples() {
        assert_eq!(intervals(&[5, 5, 5, 5, 5]), [1, 6, 17, 48, 140]);
        assert_eq!(eases(&[5, 5, 5, 5, 5]), [260, 270, 280, 290, 300]);
        assert_eq!(intervals(&[4, 4, 4, 4]), [1, 6, 15, 38]);
        assert_eq!(eases(&[4, 4, 4, 4]), [250, 250, 250, 250]);
        assert_eq!(intervals(&[3, 3, 3, 3, 3]), [1, 6, 14, 30, 59]);
        assert_eq!(eases(&[3, 3, 3, 3, 3]), [236, 222, 208, 194, 180]);
        assert_eq!(intervals(&[5, 5, 5, 2, 4, 4, 4]), [1, 6, 17, 1, 1, 6, 15]);
        assert_eq!(eases(&[5, 5, 5, 2, 4, 4, 4]).last(), Some(&248));
    }

    #[test]
    fn float_regression_zero_zero_five_five_four() {
        // 6 × 1.5 is exactly 9; f64 arithmetic (1.5000000000000002) gives 10.
        let states = run(&[0, 0, 5, 5, 4]);
        assert_eq!(
            states
                .iter()
                .map(|s| s.ease.hundredths())
                .collect::<Vec<_>>(),
            [170, 130, 140, 150, 150]
        );
        assert_eq!(states.last().unwrap().interval, 9);
    }

    #[test]
    fn ease_change_per_grade() {
        let changes: Vec<i32> = (0..=5)
            .map(|q| i32::from(Ease(300).after(Grade::new(q).unwrap()).hundredths()) - 300)
            .collect();
        assert_eq!(changes, [-80, -54, -32, -14, 0, 10]);
    }

    #[test]
    fn hand_computed_sequences() {
        // q=4 then repeated 5s from a low ease: 1, 6, ceil(6*2.6)=16, ceil(16*2.7)=44
        assert_eq!(intervals(&[4, 5, 5, 5]), [1, 6, 16, 44]);
        // A failure on a new card is not a lapse; one on a learned card is.
        let s = run(&[1, 4, 0, 4]);
        assert_eq!(s[0].lapses, 0);
        assert_eq!(s[2].lapses, 1);
        assert_eq!(
            s.iter().map(|x| x.interval).collect::<Vec<_>>(),
            [1, 1, 1, 1]
        );
        assert_eq!(s.iter().map(|x| x.reps).collect::<Vec<_>>(), [0, 1, 0, 1]);
        // EF 2.5 -0.54 =1.96, +0 =1.96, -0.80 =1.16 -> floor 1.30, +0 = 1.30
        assert_eq!(
            s.iter().map(|x| x.ease.hundredths()).collect::<Vec<_>>(),
            [196, 196, 130, 130]
        );
        // Recovery after a lapse uses the lowered EF: 3,3 then fail then 5,5,5
        // EF: 236, 222, 190 (q=2), 200, 210, 220; third success: ceil(6*2.10)=13
        let s = run(&[3, 3, 2, 5, 5, 5]);
        assert_eq!(
            s.iter().map(|x| x.interval).collect::<Vec<_>>(),
            [1, 6, 1, 1, 6, 13]
        );
        assert_eq!(s.last().unwrap().ease.hundredths(), 220);
        assert_eq!(s.last().unwrap().lapses, 1);
    }

    #[test]
    fn ease_never_below_floor_and_zero_grades_stay_there() {
        let s = run(&[0; 10]);
        assert_eq!(s[0].ease.hundredths(), 170);
        assert!(s[1..].iter().all(|x| x.ease == Ease::MIN));
        assert!(s
            .iter()
            .all(|x| x.interval == 1 && x.reps == 0 && x.lapses == 0));
        // At the floor a q=3 still subtracts, and is floored again.
        assert_eq!(run(&[0, 0, 3])[2].ease, Ease::MIN);
    }

    #[test]
    fn interval_is_capped() {
        let s = Sm2State {
            reps: 9,
            interval: 30_000,
            ease: Ease(300),
            lapses: 0,
        };
        assert_eq!(s.review(Grade::new(5).unwrap()).interval, MAX_INTERVAL);
    }

    #[test]
    fn grade_rejects_out_of_range() {
        assert!(Grade::new(6).is_none());
        assert_eq!(Grade::new(0).unwrap().value(), 0);
        assert_eq!(Ease(248).to_string(), "2.48");
        assert_eq!(Ease(130).to_string(), "1.30");
    }

    proptest! {
        #[test]
        fn invariants(grades in proptest::collection::vec(0u8..=5, 1..60)) {
            let mut s = Sm2State::NEW;
            for q in grades {
                let g = Grade::new(q).unwrap();
                let next = s.review(g);
                prop_assert!(next.ease >= Ease::MIN);
                prop_assert!(next.interval >= 1 && next.interval <= MAX_INTERVAL);
                if q < 3 {
                    prop_assert_eq!(next.interval, 1);
                    prop_assert_eq!(next.reps, 0);
                    prop_assert_eq!(next.lapses, s.lapses + u32::from(s.reps >= 1));
                } else {
                    prop_assert_eq!(next.reps, s.reps + 1);
                    prop_assert_eq!(next.lapses, s.lapses);
                    if s.reps >= 2 {
                        // ceil(I × EF) with the EF before the answer
                        let exact = f64::from(s.interval) * s.ease.as_f64();
                        prop_assert!(f64::from(next.interval) >= exact - 1e-6 || next.interval == MAX_INTERVAL);
                        prop_assert!(f64::from(next.interval) < exact + 1.0);
                    }
                }
                s = next;
            }
        }
    }
}
