//! Writing what a learner does: an answer (the card's new schedule and its
//! log row in one transaction), its undo, a skip, suspending cards and
//! deleting a deck; and reading a deck's review log back for export.

use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::clock::Day;
use crate::error::{Error, Result};
use crate::model::{LoggedReview, ReviewKind};
use crate::sched::{Grade, Schedule, Sm2State};

use super::{ease, Store};

/// One answer, to be logged and applied in one transaction.
#[derive(Debug, Clone, Copy)]
pub struct Answer {
    pub card_id: i64,
    pub grade: Grade,
    pub kind: ReviewKind,
    pub before: Schedule,
    pub after: Schedule,
    /// Unix milliseconds, UTC.
    pub at_ms: i64,
    pub day: Day,
    pub answer_ms: i64,
}

impl Answer {
    fn logged(&self) -> LoggedReview {
        LoggedReview {
            at_ms: self.at_ms,
            day: self.day,
            grade: self.grade,
            kind: self.kind,
            before: self.before,
            reps_after: self.after.sm2.reps,
            interval_after: self.after.sm2.interval,
            ease_after: self.after.sm2.ease,
            answer_ms: self.answer_ms,
        }
    }
}

impl Store {
    /// Logs an answer and applies its schedule, in one transaction. Returns
    /// the review id, or `None` when the card changed since it was read
    /// (another session answered it): then nothing is written.
    pub fn record(&mut self, a: &Answer) -> Result<Option<i64>> {
        self.write(|tx| record_in(tx, a))
    }

    /// Records like [`Store::record`], waiting at most `wait` (instead of
    /// the usual busy timeout) for another program's write to end.
    pub fn record_within(&mut self, a: &Answer, wait: Duration) -> Result<Option<i64>> {
        self.conn.busy_timeout(wait)?;
        let done = self.record(a);
        self.conn.busy_timeout(super::BUSY_TIMEOUT)?;
        done
    }

    /// Records many answers in one transaction, in order (each answer's
    /// `before` must be the schedule the previous one left); returns how
    /// many were applied. For building histories (the benchmark).
    pub fn record_all(&mut self, answers: &[Answer]) -> Result<u64> {
        self.write(|tx| {
            let mut applied = 0;
            for a in answers {
                applied += u64::from(record_in(tx, a)?.is_some());
            }
            Ok(applied)
        })
    }

    /// Takes back review `review_id`: the card gets exactly the schedule it
    /// had before, and the log row goes. Refused when the card has been
    /// answered since (in another session): that answer would be lost.
    pub fn undo(&mut self, review_id: i64) -> Result<()> {
        self.write(|tx| {
            let logged: Option<(i64, i64, i64)> = tx
                .query_row(
                    "SELECT l.card_id, l.day,
                            (SELECT max(id) FROM reviews r WHERE r.card_id = l.card_id)
                     FROM reviews l WHERE l.id = ?1",
                    [review_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            match logged {
                None => Err(Error::Invalid(
                    "that answer is no longer in the review log, so it cannot be undone".into(),
                )),
                Some((_, _, latest)) if latest != review_id => Err(Error::Invalid(
                    "this card has been answered again since, in another session; that answer stands, so this one cannot be undone".into(),
                )),
                Some((card_id, day, _)) => {
                    tx.execute(
                        "UPDATE cards SET (reps, interval, ease, lapses, due, leech, suspended) =
                             (SELECT reps_before, interval_before, ease_before, lapses_before,
                                     due_before, leech_before, suspended_before
                              FROM reviews WHERE id = ?1)
                         WHERE id = ?2",
                        [review_id, card_id],
                    )?;
                    tx.execute("DELETE FROM reviews WHERE id = ?1", [review_id])?;
                    owe_as_logged(tx, card_id, Day(day))
                }
            }
        })
    }

    /// Hides a card from sessions until `until` (a skip: "not today").
    pub fn bury(&self, card_id: i64, until: Option<Day>) -> Result<()> {
        self.conn.execute(
            "UPDATE cards SET buried_until = ?2 WHERE id = ?1",
            params![card_id, until.map(|d| d.0)],
        )?;
        Ok(())
    }

    /// Suspends or unsuspends cards, all or none: an unknown id changes
    /// nothing and is named in the error.
    pub fn set_suspended(&mut self, ids: &[i64], suspended: bool) -> Result<()> {
        self.write(|tx| {
            let mut stmt = tx.prepare_cached("UPDATE cards SET suspended = ?2 WHERE id = ?1")?;
            let mut missing = Vec::new();
            for &id in ids {
                if stmt.execute(params![id, suspended])? == 0 {
                    missing.push(id.to_string());
                }
            }
            match missing.is_empty() {
                true => Ok(()),
                false => Err(Error::NoSuchCard(missing.join(", "))),
            }
        })
    }

    /// Deletes a deck with its cards and their review history; returns how
    /// many cards went.
    pub fn delete_deck(&mut self, deck_id: i64) -> Result<u64> {
        self.write(|tx| {
            let n = tx.execute("DELETE FROM cards WHERE deck_id = ?1", [deck_id])?;
            tx.execute("DELETE FROM decks WHERE id = ?1", [deck_id])?;
            Ok(n as u64)
        })
    }

    /// Every logged answer of a deck's cards, oldest first, by card id.
    pub fn history(&self, deck_id: i64) -> Result<Vec<(i64, LoggedReview)>> {
        let mut stmt = self.conn.prepare(
            "SELECT card_id, at, day, grade, kind, reps_before, interval_before, ease_before,
                    lapses_before, due_before, leech_before, suspended_before,
                    reps_after, interval_after, ease_after, answer_ms
             FROM reviews WHERE deck_id = ?1 ORDER BY card_id, id",
        )?;
        let rows = stmt.query_map([deck_id], |r| Ok((r.get(0)?, logged_from_row(r)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

pub(super) fn logged_from_row(r: &rusqlite::Row) -> rusqlite::Result<LoggedReview> {
    let kind: String = r.get(4)?;
    Ok(LoggedReview {
        at_ms: r.get(1)?,
        day: Day(r.get(2)?),
        grade: Grade::new(r.get(3)?).unwrap_or(Grade::MIN),
        kind: ReviewKind::parse(&kind).unwrap_or(ReviewKind::Review),
        before: Schedule {
            sm2: Sm2State {
                reps: r.get(5)?,
                interval: r.get(6)?,
                ease: ease(r.get(7)?),
                lapses: r.get(8)?,
            },
            due: r.get::<_, Option<i64>>(9)?.map(Day),
            leech: r.get(10)?,
            suspended: r.get(11)?,
        },
        reps_after: r.get(12)?,
        interval_after: r.get(13)?,
        ease_after: ease(r.get(14)?),
        answer_ms: r.get(15)?,
    })
}

/// Appends one row to the review log of card `card_id`.
pub(super) fn insert_review(tx: &Connection, card_id: i64, r: &LoggedReview) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO reviews (card_id, deck_id, at, day, grade, kind,
             reps_before, interval_before, ease_before, lapses_before, due_before,
             leech_before, suspended_before, reps_after, interval_after, ease_after, answer_ms)
         SELECT ?1, deck_id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16
         FROM cards WHERE id = ?1",
    )?
    .execute(params![
        card_id,
        r.at_ms,
        r.day.0,
        r.grade.value(),
        r.kind.as_str(),
        r.before.sm2.reps,
        r.before.sm2.interval,
        r.before.sm2.ease.hundredths(),
        r.before.sm2.lapses,
        r.before.due.map(|d| d.0),
        r.before.leech,
        r.before.suspended,
        r.reps_after,
        r.interval_after,
        r.ease_after.hundredths(),
        r.answer_ms,
    ])?;
    Ok(tx.last_insert_rowid())
}

/// Applies one answer inside `tx`: the card moves from `before` to `after`
/// only if it still is `before` (another session may have answered it
/// meanwhile), and the log gets its row.
fn record_in(tx: &Transaction, a: &Answer) -> Result<Option<i64>> {
    let (b, n) = (&a.before, &a.after);
    let changed = tx
        .prepare_cached(
            "UPDATE cards SET reps = ?2, interval = ?3, ease = ?4, lapses = ?5, due = ?6,
                              leech = ?7, suspended = ?8
             WHERE id = ?1 AND reps = ?9 AND interval = ?10 AND ease = ?11 AND lapses = ?12
               AND due IS ?13",
        )?
        .execute(params![
            a.card_id,
            n.sm2.reps,
            n.sm2.interval,
            n.sm2.ease.hundredths(),
            n.sm2.lapses,
            n.due.map(|d| d.0),
            n.leech,
            n.suspended,
            b.sm2.reps,
            b.sm2.interval,
            b.sm2.ease.hundredths(),
            b.sm2.lapses,
            b.due.map(|d| d.0),
        ])?;
    if changed == 0 {
        return Ok(None);
    }
    let id = insert_review(tx, a.card_id, &a.logged())?;
    // a cram changes nothing that a later session would owe
    if a.kind != ReviewKind::Cram {
        owe(tx, a.card_id, a.day, a.grade.value() < 4)?;
    }
    Ok(Some(id))
}

/// Records whether card `card_id` is owed a repeat on `day` (SM-2 step 7:
/// its last answer that day was graded below 4), in the transaction of the
/// answer that decides it. Repeats owed on earlier days are let go.
fn owe(tx: &Transaction, card_id: i64, day: Day, owed: bool) -> Result<()> {
    tx.prepare_cached("DELETE FROM owed_repeats WHERE day < ?1")?
        .execute([day.0])?;
    if owed {
        tx.prepare_cached(
            "INSERT INTO owed_repeats (card_id, day) VALUES (?1, ?2)
             ON CONFLICT (card_id) DO UPDATE SET day = excluded.day",
        )?
        .execute([card_id, day.0])?;
    } else {
        tx.prepare_cached("DELETE FROM owed_repeats WHERE card_id = ?1")?
            .execute([card_id])?;
    }
    Ok(())
}

/// After an undo: the card is owed a repeat on `day` exactly when its last
/// answer left in the log that day was graded below 4.
fn owe_as_logged(tx: &Transaction, card_id: i64, day: Day) -> Result<()> {
    let last: Option<i64> = tx
        .query_row(
            "SELECT grade FROM reviews WHERE card_id = ?1 AND day = ?2 AND kind != 'cram'
             ORDER BY id DESC LIMIT 1",
            [card_id, day.0],
            |r| r.get(0),
        )
        .optional()?;
    owe(tx, card_id, day, last.is_some_and(|g| g < 4))
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::store::{CardFilter, ImportOptions, Scope, Tags};

    fn answer(card: &crate::model::StoredCard, grade: u8, day: i64) -> Answer {
        let g = Grade::new(grade).unwrap();
        let before = card.schedule;
        Answer {
            card_id: card.id,
            grade: g,
            kind: ReviewKind::New,
            before,
            after: Schedule {
                sm2: before.sm2.review(g),
                due: Some(Day(day + 1)),
                ..before
            },
            at_ms: 1,
            day: Day(day),
            answer_ms: 5,
        }
    }

    #[test]
    fn an_answer_and_its_undo_restore_exactly() {
        let (_d, mut s) = temp_store();
        s.import(
            vec![deck(&[("a", "A?", "1")]).into()],
            0,
            ImportOptions::default(),
        )
        .unwrap();
        let card = s.cards(&CardFilter::default()).unwrap().remove(0);
        let a = answer(&card, 5, 100);
        let id = s.record(&a).unwrap().unwrap();
        // the same answer again is a conflict: the card moved on
        assert_eq!(s.record(&a).unwrap(), None);
        let moved = s.card(card.id).unwrap().unwrap();
        assert_eq!(moved.schedule.due, Some(Day(101)));
        assert_eq!(s.day_counts(Day(100)).unwrap().new_seen, 1);
        assert_eq!(s.new_count(&Scope::all()).unwrap(), 0);
        s.undo(id).unwrap();
        assert_eq!(s.card(card.id).unwrap().unwrap(), card);
        assert_eq!(s.day_counts(Day(100)).unwrap().new_seen, 0);
        assert_eq!(s.new_count(&Scope::all()).unwrap(), 1);
        assert!(s.undo(id).is_err(), "an answer is undone once");
    }

    #[test]
    fn undo_refuses_to_overwrite_a_later_answer_from_another_session() {
        let (d, mut a) = temp_store();
        a.import(
            vec![deck(&[("x", "X?", "1")]).into()],
            0,
            ImportOptions::default(),
        )
        .unwrap();
        let card = a.cards(&CardFilter::default()).unwrap().remove(0);
        let first = a.record(&answer(&card, 4, 100)).unwrap().unwrap();
        // session B, later, answers the same card as it now is
        let mut b = Store::open(&d.path().join("c.sqlite3")).unwrap();
        let now = b.card(card.id).unwrap().unwrap();
        let mut second = answer(&now, 5, 101);
        second.kind = ReviewKind::Review;
        b.record(&second).unwrap().unwrap();
        let e = a.undo(first).unwrap_err();
        assert_eq!(
            e.to_string(),
            "this card has been answered again since, in another session; that answer stands, so this one cannot be undone"
        );
        assert_eq!(b.card(card.id).unwrap().unwrap().schedule, second.after);
    }

    fn owed(s: &Store, day: i64) -> Vec<String> {
        s.owed_repeats(Day(day), &Scope::all(), &Tags::default())
            .unwrap()
            .into_iter()
            .map(|c| c.key)
            .collect()
    }

    #[test]
    fn a_low_grade_owes_a_repeat_until_graded_four_or_a_new_day() {
        let (_d, mut s) = temp_store();
        s.import(
            vec![deck(&[("a", "A?", "1"), ("b", "B?", "2")]).into()],
            0,
            ImportOptions::default(),
        )
        .unwrap();
        let cards = s.cards(&CardFilter::default()).unwrap();
        s.record(&answer(&cards[0], 2, 100)).unwrap().unwrap();
        let second = s.record(&answer(&cards[1], 3, 100)).unwrap().unwrap();
        assert_eq!(owed(&s, 100), ["a", "b"]);
        // a session of one tag is owed only its own cards
        s.retag(&[cards[1].id], &["exam".into()], &[]).unwrap();
        let exam = Tags::any_of(&["exam".into()]).unwrap();
        let keys: Vec<String> = s
            .owed_repeats(Day(100), &Scope::all(), &exam)
            .unwrap()
            .into_iter()
            .map(|c| c.key)
            .collect();
        assert_eq!(keys, ["b"]);
        // taking the answer back takes the debt back
        s.undo(second).unwrap();
        assert_eq!(owed(&s, 100), ["a"]);
        // a drill graded 2 keeps it owed; its undo too; graded 4 pays it
        let a = s.card(cards[0].id).unwrap().unwrap();
        let drill = |g| Answer {
            kind: ReviewKind::Drill,
            after: a.schedule,
            ..answer(&a, g, 100)
        };
        let again = s.record(&drill(2)).unwrap().unwrap();
        s.undo(again).unwrap();
        assert_eq!(owed(&s, 100), ["a"]);
        let paid = s.record(&drill(4)).unwrap().unwrap();
        assert!(owed(&s, 100).is_empty());
        s.undo(paid).unwrap();
        assert_eq!(owed(&s, 100), ["a"]);
        // the next day owes nothing, and its first answer clears the old rows
        assert!(owed(&s, 101).is_empty());
        let b = s.card(cards[1].id).unwrap().unwrap();
        s.record(&answer(&b, 5, 101)).unwrap().unwrap();
        let rows: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM owed_repeats", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 0);
    }

    #[test]
    fn a_cram_owes_nothing() {
        let (_d, mut s) = temp_store();
        s.import(
            vec![deck(&[("a", "A?", "1")]).into()],
            0,
            ImportOptions::default(),
        )
        .unwrap();
        let a = s.cards(&CardFilter::default()).unwrap().remove(0);
        let cram = Answer {
            kind: ReviewKind::Cram,
            after: a.schedule,
            ..answer(&a, 1, 100)
        };
        let id = s.record(&cram).unwrap().unwrap();
        assert!(owed(&s, 100).is_empty());
        s.undo(id).unwrap();
        assert!(owed(&s, 100).is_empty());
    }

    #[test]
    fn an_answer_held_up_by_another_writer_changes_nothing_until_it_is_recorded() {
        let (d, mut s) = temp_store();
        s.import(
            vec![deck(&[("a", "A?", "1")]).into()],
            0,
            ImportOptions::default(),
        )
        .unwrap();
        let card = s.cards(&CardFilter::default()).unwrap().remove(0);
        let other = rusqlite::Connection::open(d.path().join("c.sqlite3")).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        let a = answer(&card, 4, 100);
        let started = std::time::Instant::now();
        let e = s.record_within(&a, Duration::from_millis(50)).unwrap_err();
        assert!(
            matches!(
                e,
                Error::Database {
                    kind: crate::error::DbFailure::Locked,
                    ..
                }
            ),
            "{e}"
        );
        assert!(started.elapsed() < Duration::from_secs(2));
        assert_eq!(s.card(card.id).unwrap().unwrap(), card);
        other.execute_batch("COMMIT").unwrap();
        assert!(s
            .record_within(&a, Duration::from_millis(50))
            .unwrap()
            .is_some());
        // the usual patience is back
        let ms: i64 = s
            .conn()
            .pragma_query_value(None, "busy_timeout", |r| r.get(0))
            .unwrap();
        assert_eq!(ms, super::super::BUSY_TIMEOUT.as_millis() as i64);
    }

    #[test]
    fn suspending_an_unknown_id_changes_nothing() {
        let (_d, mut s) = temp_store();
        s.import(
            vec![deck(&[("a", "A?", "1")]).into()],
            0,
            ImportOptions::default(),
        )
        .unwrap();
        let id = s.cards(&CardFilter::default()).unwrap()[0].id;
        let e = s.set_suspended(&[id, 999], true).unwrap_err();
        assert_eq!(
            e.to_string(),
            "no card has the id 999; nothing was changed — `recall cards` shows the ids"
        );
        assert!(!s.card(id).unwrap().unwrap().schedule.suspended);
        s.set_suspended(&[id], true).unwrap();
        assert!(s.card(id).unwrap().unwrap().schedule.suspended);
    }
}
