//! Time, read in one place: the moment "now" (from `--now` or the system clock)
//! and the local calendar day a moment falls on, with a configurable day start.

use chrono::{DateTime, Duration, Local, NaiveDate, Utc};
use std::fmt;

use crate::error::{Error, Result};

/// A local calendar day, counted in days since 1970-01-01.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i64);

impl Day {
    pub fn from_date(d: NaiveDate) -> Self {
        Day((d - epoch()).num_days())
    }
    pub fn date(self) -> NaiveDate {
        epoch() + Duration::days(self.0)
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
                "--now '{s}' is not an RFC 3339 time ({e}); write it like 2026-03-01T09:30:00Z"
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
    fn bad_now_is_a_usage_error() {
        let e = Clock::new(Some("yesterday")).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("RFC 3339"));
    }
}
