//! The optional `schedule` and `history` of a card in a native deck: what
//! `export --with-history` writes, so that a deck file is a full backup that
//! `import` restores.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::clock::{self, Day};
use crate::model::{LoggedReview, Restore, ReviewKind};
use crate::render::excerpt;
use crate::sched::{Ease, Grade, Schedule, Sm2State};

/// A card's current schedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduleSpec {
    pub reps: u32,
    pub interval: u32,
    pub ease: f64,
    pub lapses: u32,
    /// `YYYY-MM-DD`; absent while the card is new.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub suspended: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub leech: bool,
}

/// One answer of the review log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewSpec {
    /// RFC 3339, UTC.
    pub at: String,
    /// The local day the answer counted for, `YYYY-MM-DD`.
    pub day: String,
    pub grade: u8,
    /// `new`, `review` or `drill`.
    pub kind: String,
    pub reps_before: u32,
    pub interval_before: u32,
    pub ease_before: f64,
    pub lapses_before: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_before: Option<String>,
    pub reps_after: u32,
    pub interval_after: u32,
    pub ease_after: f64,
    #[serde(default)]
    pub answer_ms: i64,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn ease_from(v: f64, what: &str) -> Result<Ease, String> {
    let h = (v * 100.0).round();
    if !(130.0..=10_000.0).contains(&h) {
        return Err(format!("{what} is {v}, but an ease is at least 1.3"));
    }
    Ok(Ease::from_hundredths(h as u16))
}

fn day_from(s: &str, what: &str) -> Result<Day, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|d| clock::day_in_range(*d))
        .map(Day::from_date)
        .ok_or_else(|| {
            format!(
                "{what} '{}' is not a date like 2026-03-01 from 1970 to 9999",
                excerpt(s, 40)
            )
        })
}

/// Checks a card's schedule and history; the error says which field is wrong.
pub fn restore(schedule: &ScheduleSpec, history: &[ReviewSpec]) -> Result<Restore, String> {
    let due = schedule
        .due
        .as_deref()
        .map(|d| day_from(d, "\"schedule\".\"due\""))
        .transpose()?;
    let schedule = Schedule {
        sm2: Sm2State {
            reps: schedule.reps,
            interval: schedule.interval,
            ease: ease_from(schedule.ease, "\"schedule\".\"ease\"")?,
            lapses: schedule.lapses,
        },
        due,
        leech: schedule.leech,
        suspended: schedule.suspended,
    };
    let history = history
        .iter()
        .enumerate()
        .map(|(i, r)| logged(i, r))
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Restore { schedule, history })
}

/// Answer `i` of a card's history, checked.
fn logged(i: usize, r: &ReviewSpec) -> Result<LoggedReview, String> {
    let what = |field: &str| format!("\"history\"[{i}].\"{field}\"");
    let at = DateTime::parse_from_rfc3339(&r.at)
        .map(|t| t.with_timezone(&Utc))
        .ok()
        .filter(|t| clock::in_range(*t))
        .ok_or_else(|| {
            format!(
                "{} '{}' is not an RFC 3339 time from {} to {}",
                what("at"),
                excerpt(&r.at, 40),
                clock::FIRST_YEAR,
                clock::LAST_YEAR
            )
        })?;
    let kind = ReviewKind::parse(&r.kind).ok_or_else(|| {
        format!(
            "{} is '{}'; it is new, review, drill or cram",
            what("kind"),
            excerpt(&r.kind, 40)
        )
    })?;
    let grade = Grade::new(r.grade)
        .ok_or_else(|| format!("{} is {}; grades go from 0 to 5", what("grade"), r.grade))?;
    Ok(LoggedReview {
        at_ms: at.timestamp_millis(),
        day: day_from(&r.day, &what("day"))?,
        grade,
        kind,
        before: Schedule {
            sm2: Sm2State {
                reps: r.reps_before,
                interval: r.interval_before,
                ease: ease_from(r.ease_before, &what("ease_before"))?,
                lapses: r.lapses_before,
            },
            due: r
                .due_before
                .as_deref()
                .map(|d| day_from(d, &what("due_before")))
                .transpose()?,
            leech: false,
            suspended: false,
        },
        reps_after: r.reps_after,
        interval_after: r.interval_after,
        ease_after: ease_from(r.ease_after, &what("ease_after"))?,
        answer_ms: r.answer_ms.max(0),
    })
}

/// The schedule of a stored card, for export.
pub fn schedule_spec(s: &Schedule) -> ScheduleSpec {
    ScheduleSpec {
        reps: s.sm2.reps,
        interval: s.sm2.interval,
        ease: s.sm2.ease.as_f64(),
        lapses: s.sm2.lapses,
        due: s.due.map(|d| d.to_string()),
        suspended: s.suspended,
        leech: s.leech,
    }
}

/// A logged answer, for export.
pub fn review_spec(r: &LoggedReview) -> ReviewSpec {
    let at = DateTime::<Utc>::from_timestamp_millis(r.at_ms).unwrap_or_default();
    ReviewSpec {
        at: at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        day: r.day.to_string(),
        grade: r.grade.value(),
        kind: r.kind.as_str().to_string(),
        reps_before: r.before.sm2.reps,
        interval_before: r.before.sm2.interval,
        ease_before: r.before.sm2.ease.as_f64(),
        lapses_before: r.before.sm2.lapses,
        due_before: r.before.due.map(|d| d.to_string()),
        reps_after: r.reps_after,
        interval_after: r.interval_after,
        ease_after: r.ease_after.as_f64(),
        answer_ms: r.answer_ms,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_checks() {
        let spec = ScheduleSpec {
            reps: 2,
            interval: 6,
            ease: 2.36,
            lapses: 0,
            due: Some("2026-03-08".into()),
            suspended: false,
            leech: false,
        };
        let review = ReviewSpec {
            at: "2026-03-02T09:00:00.000Z".into(),
            day: "2026-03-02".into(),
            grade: 3,
            kind: "review".into(),
            reps_before: 1,
            interval_before: 1,
            ease_before: 2.5,
            lapses_before: 0,
            due_before: Some("2026-03-02".into()),
            reps_after: 2,
            interval_after: 6,
            ease_after: 2.36,
            answer_ms: 1200,
        };
        let r = restore(&spec, std::slice::from_ref(&review)).unwrap();
        assert_eq!(r.schedule.sm2.ease.hundredths(), 236);
        assert_eq!(schedule_spec(&r.schedule), spec);
        assert_eq!(review_spec(&r.history[0]), review);
        let bad = ReviewSpec {
            grade: 7,
            ..review.clone()
        };
        assert!(restore(&spec, &[bad])
            .unwrap_err()
            .contains("\"history\"[0].\"grade\" is 7"));
        let low = ScheduleSpec {
            ease: 1.1,
            ..spec.clone()
        };
        assert!(restore(&low, &[]).unwrap_err().contains("at least 1.3"));
    }
}
