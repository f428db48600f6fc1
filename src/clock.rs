//! Time, read in one place: the moment "now" (from `--now` or the system clock)
//! and the local calendar day a moment falls on, with a configurable day start.

use chrono::{DateTime, Datelike, Duration, Local, NaiveDate, Utc};
use std::fmt;

use crate::error::{Error, Result};

/// A local calendar day, counted in days since 1970-01-01.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i64);

impl Day {
    pub fn from_date(d: NaiveDate) -> Self {
        Day((d - epoch()).num_days())
    }
    /// The date of the day; days past chrono's range (which recall never
    /// writes, see [`Day::clamped`]) stop at its ends rather than panic.
    pub fn date(self) -> NaiveDate {
        Duration::try_days(self.0)
            .and_then(|d| epoch().checked_add_signed(d))
            .unwrap_or(if self.0 < 0 {
                NaiveDate::MIN
            } else {
                NaiveDate::MAX
            })
    }
    /// The day brought within the days recall writes (1970 to 9999), for
    /// days read from another program's files.
    pub fn clamped(self) -> Day {
        let last = NaiveDate::from_ymd_opt(9999, 12, 31).expect("a date");
        Day(self.0.clamp(0, Day::from_date(last).0))
    }
    pub fn plus(self, days: i64) -> Day {
        Day(self.0 + days)
    }
}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).expect("1970-01-01 is a date")
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date().format("%Y-%m-%d"))
    }
}

/// The last year recall runs in. A due date 36,500 days (the longest
/// interval) after its last day still falls in 9999, so every date recall
/// writes — in backups, in RFC 3339 times, in Anki packages — has a
/// four-digit year that every reader takes back.
pub const LAST_YEAR: i32 = 9899;

/// The first year recall runs in: Unix time 0, where Anki's clock starts.
pub const FIRST_YEAR: i32 = 1970;

/// Whether `t` is a moment recall can run at (years 1970 to 9899, UTC).
pub fn in_range(t: DateTime<Utc>) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&t.year())
}

/// A moment in milliseconds brought within the years recall runs in, for
/// times read from another program's files.
pub fn clamp_ms(ms: i64) -> i64 {
    let last = NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31)
        .and_then(|d| d.and_hms_milli_opt(23, 59, 59, 999))
        .expect("a moment");
    ms.clamp(0, last.and_utc().timestamp_millis())
}

/// Whether `d` is a day recall can write: years 1970 to 9999.
pub fn day_in_range(d: NaiveDate) -> bool {
    (FIRST_YEAR..=9999).contains(&d.year())
}

/// The moment a command runs, fixed once at start-up.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    start: DateTime<Utc>,
}

impl Clock {
    /// The system clock, or the moment given by `--now` / `RECALL_NOW`.
    pub fn new(fixed_now: Option<&str>) -> Result<Self> {
        let start = match fixed_now {
            Some(s) => parse_rfc3339(s)?,
            None => Utc::now(),
        };
        if !in_range(start) {
            let (what, fix) = match fixed_now {
                Some(s) => (
                    format!("--now '{}'", crate::render::excerpt(s.trim(), 40)),
                    "give a time in those years",
                ),
                None => (
                    "the system clock".to_string(),
                    "set the clock, or give the time with --now",
                ),
            };
            return Err(Error::Usage(format!(
                "{what} is in the year {} (UTC); recall runs from {FIRST_YEAR} to {LAST_YEAR}, so that every due date, up to 100 years later, has a four-digit year — {fix}",
                start.year()
            )));
        }
        Ok(Clock { start })
    }

    /// The moment the command started; it does not advance (a session
    /// adds the time elapsed since).
    pub fn start(&self) -> DateTime<Utc> {
        self.start
    }
}

/// Parses an RFC 3339 moment such as `2026-03-01T09:30:00Z`.
pub fn parse_rfc3339(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            Error::Usage(format!(
                "--now (or RECALL_NOW) '{}' is not an RFC 3339 time ({e}); write it like 2026-03-01T09:30:00Z",
                crate::render::excerpt(s, 40)
            ))
        })
}

/// The local calendar day that `t` belongs to, when days start at
/// `day_start_hour` o'clock local time (a review at 03:59 with the default
/// 4 o'clock start still counts for the day before).
pub fn day_of(t: DateTime<Utc>, day_start_hour: u32) -> Day {
    let local = t.with_timezone(&Local).naive_local();
    let shifted = local - Duration::hours(i64::from(day_start_hour));
    Day::from_date(shifted.date())
}

/// The first moment (UTC) of local day `d`.
pub fn start_of_day(d: Day, day_start_hour: u32) -> DateTime<Utc> {
    let naive = d
        .date()
        .and_hms_opt(day_start_hour.min(23), 0, 0)
        .expect("valid hour");
    match naive.and_local_timezone(Local) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(a, _) => a.with_timezone(&Utc),
        // A skipped hour (DST gap): the day starts an hour later.
        chrono::LocalResult::None => (naive + Duration::hours(1))
            .and_local_timezone(Local)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| naive.and_utc()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_round_trips_through_dates() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(Day::from_date(d).date(), d);
        assert_eq!(Day::from_date(d).to_string(), "2026-11-22");
        assert_eq!(Day(0).to_string(), "1970-01-01");
    }

    #[test]
    fn clocks_run_from_1970_to_9899() {
        for ok in ["1970-01-01T00:00:00Z", "9899-12-31T23:59:59Z"] {
            assert!(Clock::new(Some(ok)).is_ok(), "{ok}");
        }
        for bad in [
            "1969-12-31T23:59:59Z",
            "9900-01-01T00:00:00Z",
            "9899-12-31T23:59:59-00:01",
        ] {
            let e = Clock::new(Some(bad)).unwrap_err();
            assert_eq!(e.exit_code(), 2, "{bad}");
        }
        assert_eq!(Day(i64::MAX).date(), NaiveDate::MAX);
        assert_eq!(Day(i64::MIN).date(), NaiveDate::MIN);
        assert_eq!(Day(-5).clamped(), Day(0));
        assert_eq!(Day(i64::MAX).clamped().to_string(), "9999-12-31");
        assert_eq!(clamp_ms(i64::MAX), 250_246_627_199_999);
    }

    #[test]
    fn bad_now_is_a_usage_error() {
        let e = Clock::new(Some("yesterday")).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("RFC 3339"));
    }
}
