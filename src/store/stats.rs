//! The queries behind `recall stats`. Review history is read from
//! `review_days` (the log summed per day and deck, kept exact by triggers),
//! never from the log itself; card counts come from covering indexes, so no
//! card text is read except for the few hardest cards.

use std::collections::{BTreeMap, HashMap};

use rusqlite::params_from_iter;
use rusqlite::types::Value;

use crate::clock::Day;
use crate::error::Result;
use crate::model::StoredCard;

use super::{card_from_row, Store, CARD_COLUMNS};

/// Cards of one deck by state, as `model::CardState` defines the states.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeckCounts {
    pub deck: String,
    pub new: u64,
    pub learning: u64,
    pub young: u64,
    pub mature: u64,
    pub suspended: u64,
    /// Cards flagged leech, whatever their state.
    pub leeches: u64,
}

impl DeckCounts {
    /// All the deck's cards: the states partition them.
    pub fn cards(&self) -> u64 {
        self.new + self.learning + self.young + self.mature + self.suspended
    }
}

/// The cards of a collection (or of one deck), counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardCounts {
    /// One row per deck, in name order.
    pub decks: Vec<DeckCounts>,
    /// How many cards that are not new have each E-Factor (in hundredths),
    /// suspended cards included; lowest first.
    pub ease: Vec<(u16, u64)>,
}

/// The review log of one local day, summed over the decks asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayTotals {
    pub day: Day,
    /// Scheduled answers: first answers to new cards and reviews (no drills).
    pub reviews: u64,
    /// Scheduled answers graded 3 or more.
    pub passed: u64,
    pub new_cards: u64,
    /// Scheduled reviews of learned cards (`n >= 1` before) with an interval
    /// below 21 days before the review, and how many were graded 3 or more.
    pub young_reviews: u64,
    pub young_passed: u64,
    /// The same for intervals of 21 days or more.
    pub mature_reviews: u64,
    pub mature_passed: u64,
    pub drills: u64,
    pub time_ms: u64,
}

impl Default for DayTotals {
    /// A day without answers (on day 0, until a day is set).
    fn default() -> Self {
        DayTotals {
            day: Day(0),
            reviews: 0,
            passed: 0,
            new_cards: 0,
            young_reviews: 0,
            young_passed: 0,
            mature_reviews: 0,
            mature_passed: 0,
            drills: 0,
            time_ms: 0,
        }
    }
}

// Card states are numbered as `model::CardState`: 0 new, 1 learning,
// 2 young, 3 mature, 4 suspended, 5 suspended while new. Learned cards are
// counted by state in `card_states` (schema migration 7, whose triggers
// hold the expression), new ones read from `cards_new`.

/// The statements, each with its deck condition (`deck` is `""` or
/// `" AND deck_id = ?n"`, `n` the statement's last parameter). Kept apart so
/// that a test can check the plan of every one.
mod sql {
    pub fn decks(deck: &str) -> String {
        format!("SELECT id, name FROM decks WHERE 1{deck} ORDER BY name COLLATE NOCASE, name")
    }
    /// Learned cards, from the counts the triggers keep (schema 7): a few
    /// hundred rows however many cards there are.
    pub fn states(deck: &str) -> String {
        format!("SELECT deck_id, state, ease, cards FROM card_states WHERE cards > 0{deck}")
    }
    /// New cards (in `cards_new`, not `card_states`): all, and suspended.
    pub fn new_cards(deck: &str) -> String {
        format!(
            "SELECT deck_id, count(*), sum(suspended) FROM cards
             WHERE due IS NULL{deck} GROUP BY deck_id"
        )
    }
    pub fn leeches(deck: &str) -> String {
        format!("SELECT deck_id, count(*) FROM cards WHERE leech != 0{deck} GROUP BY deck_id")
    }
    /// ?1 first day, ?2 last day.
    pub fn day_totals(deck: &str) -> String {
        format!(
            "SELECT day, sum(reviews), sum(passed), sum(new_cards), sum(young_reviews),
                    sum(young_passed), sum(mature_reviews), sum(mature_passed), sum(drills),
                    sum(time_ms)
             FROM review_days WHERE day >= ?1 AND day <= ?2{deck}
             GROUP BY day ORDER BY day"
        )
    }
    /// ?1 last day.
    pub fn active_days(deck: &str) -> String {
        format!("SELECT DISTINCT day FROM review_days WHERE day <= ?1{deck} ORDER BY day DESC")
    }
    /// ?1 today. Read by due day even for one deck: a deck's cards due soon
    /// are fewer than its cards.
    pub fn overdue(deck: &str) -> String {
        format!(
            "SELECT count(*) FROM cards INDEXED BY cards_due
             WHERE due < ?1 AND suspended = 0{deck}"
        )
    }
    /// ?1 today, ?2 last day.
    pub fn due_days(deck: &str) -> String {
        format!(
            "SELECT due, count(*) FROM cards INDEXED BY cards_due
             WHERE due >= ?1 AND due <= ?2 AND suspended = 0{deck}
             GROUP BY due ORDER BY due"
        )
    }
    /// ?1 how many. The ranking reads only `cards_hardest`, which holds just
    /// the cards that have lapsed; card text is fetched for the winners alone.
    pub fn hardest(deck: &str) -> String {
        format!(
            "WITH top AS (
                 SELECT id, lapses, ease, deck_id FROM cards INDEXED BY cards_hardest
                 WHERE lapses > 0{deck}
                 ORDER BY lapses DESC, ease, deck_id, id LIMIT ?1)
             SELECT {columns} FROM top
             JOIN cards c ON c.id = top.id JOIN decks d ON d.id = c.deck_id
             ORDER BY top.lapses DESC, top.ease, top.deck_id, top.id",
            columns = super::CARD_COLUMNS
        )
    }
}

/// `args` with the deck id appended, and the condition that names it.
fn with_deck(mut args: Vec<Value>, deck_id: Option<i64>) -> (Vec<Value>, String) {
    match deck_id {
        Some(id) => {
            args.push(id.into());
            let n = args.len();
            (args, format!(" AND deck_id = ?{n}"))
        }
        None => (args, String::new()),
    }
}

fn count(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

impl Store {
    /// Cards by state per deck (every deck, or the one asked for; decks
    /// without cards included) and by E-Factor: learned cards from
    /// `card_states`, new ones from `cards_new`.
    pub fn card_counts(&self, deck_id: Option<i64>) -> Result<CardCounts> {
        let (args, deck) = with_deck(Vec::new(), deck_id);
        let mut stmt = self
            .conn()
            .prepare_cached(&sql::decks(&deck.replace("deck_id", "id")))?;
        let names = stmt.query_map(params_from_iter(&args), |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut decks = Vec::new();
        let mut index = HashMap::new();
        for row in names {
            let (id, name) = row?;
            index.insert(id, decks.len());
            decks.push(DeckCounts {
                deck: name,
                ..DeckCounts::default()
            });
        }

        let mut ease = BTreeMap::new();
        let mut stmt = self.conn().prepare_cached(&sql::states(&deck))?;
        let mut rows = stmt.query(params_from_iter(&args))?;
        while let Some(r) = rows.next()? {
            let Some(&i) = index.get(&r.get::<_, i64>(0)?) else {
                continue;
            };
            let state: i64 = r.get(1)?;
            let n = count(r.get(3)?);
            let d = &mut decks[i];
            match state {
                0 => d.new += n,
                1 => d.learning += n,
                2 => d.young += n,
                3 => d.mature += n,
                _ => d.suspended += n,
            }
            if (1..=4).contains(&state) {
                let e = u16::try_from(r.get::<_, i64>(2)?).unwrap_or(u16::MAX);
                *ease.entry(e).or_insert(0) += n;
            }
        }

        let mut stmt = self.conn().prepare_cached(&sql::new_cards(&deck))?;
        let mut rows = stmt.query(params_from_iter(&args))?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
                let (all, suspended) = (count(r.get(1)?), count(r.get(2)?));
                decks[i].new += all - suspended;
                decks[i].suspended += suspended;
            }
        }

        let mut stmt = self.conn().prepare_cached(&sql::leeches(&deck))?;
        let mut rows = stmt.query(params_from_iter(&args))?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
                decks[i].leeches = count(r.get(1)?);
            }
        }
        Ok(CardCounts {
            decks,
            ease: ease.into_iter().collect(),
        })
    }

    /// The review log summed per day for the days `from..=to` that have
    /// answers, oldest first.
    pub fn day_totals(&self, from: Day, to: Day, deck_id: Option<i64>) -> Result<Vec<DayTotals>> {
        let (args, deck) = with_deck(vec![from.0.into(), to.0.into()], deck_id);
        let mut stmt = self.conn().prepare_cached(&sql::day_totals(&deck))?;
        let rows = stmt.query_map(params_from_iter(args), |r| {
            Ok(DayTotals {
                day: Day(r.get(0)?),
                reviews: count(r.get(1)?),
                passed: count(r.get(2)?),
                new_cards: count(r.get(3)?),
                young_reviews: count(r.get(4)?),
                young_passed: count(r.get(5)?),
                mature_reviews: count(r.get(6)?),
                mature_passed: count(r.get(7)?),
                drills: count(r.get(8)?),
                time_ms: count(r.get(9)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The days up to `to` on which anything was answered, newest first,
    /// read only as far as `keep` wants: it sees each day and says whether
    /// to go on (a streak stops at its first gap).
    pub fn active_days(
        &self,
        to: Day,
        deck_id: Option<i64>,
        mut keep: impl FnMut(Day) -> bool,
    ) -> Result<()> {
        let (args, deck) = with_deck(vec![to.0.into()], deck_id);
        let mut stmt = self.conn().prepare_cached(&sql::active_days(&deck))?;
        let mut rows = stmt.query(params_from_iter(args))?;
        while let Some(row) = rows.next()? {
            if !keep(Day(row.get(0)?)) {
                break;
            }
        }
        Ok(())
    }

    /// Unsuspended cards due before `today` (overdue), and the unsuspended
    /// cards due on each day of `today..=last` that has any, in day order.
    pub fn due_load(
        &self,
        today: Day,
        last: Day,
        deck_id: Option<i64>,
    ) -> Result<(u64, Vec<(Day, u64)>)> {
        let (args, deck) = with_deck(vec![today.0.into()], deck_id);
        let overdue: i64 = self
            .conn()
            .prepare_cached(&sql::overdue(&deck))?
            .query_row(params_from_iter(args), |r| r.get(0))?;
        let (args, deck) = with_deck(vec![today.0.into(), last.0.into()], deck_id);
        let mut stmt = self.conn().prepare_cached(&sql::due_days(&deck))?;
        let rows = stmt.query_map(params_from_iter(args), |r| {
            Ok((Day(r.get(0)?), count(r.get(1)?)))
        })?;
        Ok((count(overdue), rows.collect::<rusqlite::Result<_>>()?))
    }

    /// The cards that have given the most trouble: the lapsed cards, most
    /// lapses first, then lowest E-Factor.
    pub fn hardest(&self, deck_id: Option<i64>, limit: u32) -> Result<Vec<StoredCard>> {
        let (args, deck) = with_deck(vec![i64::from(limit).into()], deck_id);
        let mut stmt = self.conn().prepare_cached(&sql::hardest(&deck))?;
        let rows = stmt.query_map(params_from_iter(args), card_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck;
    use crate::model::{ReviewKind, Schedule};
    use crate::sched::{Ease, Grade, Sm2State};
    use crate::store::{Answer, CardFilter, ImportOptions};

    fn temp_store(cards: &[&str]) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("c.sqlite3")).unwrap();
        let json = serde_json::json!({
            "format": "recall-deck/1",
            "name": "D",
            "cards": cards.iter().map(|id| serde_json::json!({"id": id, "front": format!("{id}?"), "back": "x"})).collect::<Vec<_>>(),
        });
        let d = deck::parse("d.json", &json.to_string()).unwrap();
        store.import(&[d], 0, ImportOptions::default()).unwrap();
        (dir, store)
    }

    /// Answers card `card` with `q` on `day` (a scheduled answer, or a drill).
    fn answer(s: &mut Store, card: &str, q: u8, day: i64, drill: bool) -> i64 {
        let c = s
            .cards(&CardFilter::default())
            .unwrap()
            .into_iter()
            .find(|c| c.key == card)
            .unwrap();
        let before = Schedule::of(&c);
        let g = Grade::new(q).unwrap();
        let (kind, after) = if drill {
            (ReviewKind::Drill, before)
        } else {
            let sm2 = c.sm2.review(g);
            let kind = if c.due.is_none() {
                ReviewKind::New
            } else {
                ReviewKind::Review
            };
            (
                kind,
                Schedule {
                    sm2,
                    due: Some(Day(day + i64::from(sm2.interval))),
                    ..before
                },
            )
        };
        s.record(&Answer {
            card_id: c.id,
            grade: g,
            kind,
            before,
            after,
            at_ms: day * 86_400_000,
            day: Day(day),
            answer_ms: 1000,
        })
        .unwrap()
        .unwrap()
    }

    /// `review_days` recomputed from the log: what the triggers must match.
    /// The rows of a query of eleven integer columns.
    fn rows(s: &Store, sql: &str) -> Vec<Vec<i64>> {
        let mut stmt = s.conn().prepare(sql).unwrap();
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                (0..columns)
                    .map(|i| r.get(i))
                    .collect::<rusqlite::Result<Vec<i64>>>()
            })
            .unwrap();
        rows.map(Result::unwrap).collect()
    }

    /// The daily totals computed afresh from the log.
    fn recomputed(s: &Store) -> Vec<Vec<i64>> {
        rows(
            s,
            "SELECT day, deck_id, sum(kind != 'drill'), sum(kind != 'drill' AND grade >= 3),
                sum(kind = 'new'),
                sum(kind != 'drill' AND reps_before >= 1 AND interval_before < 21),
                sum(kind != 'drill' AND reps_before >= 1 AND interval_before < 21 AND grade >= 3),
                sum(kind != 'drill' AND reps_before >= 1 AND interval_before >= 21),
                sum(kind != 'drill' AND reps_before >= 1 AND interval_before >= 21 AND grade >= 3),
                sum(kind = 'drill'), sum(answer_ms)
             FROM reviews GROUP BY day, deck_id ORDER BY day, deck_id",
        )
    }

    /// The daily totals the triggers kept.
    fn aggregate(s: &Store) -> Vec<Vec<i64>> {
        rows(s, "SELECT * FROM review_days ORDER BY day, deck_id")
    }

    /// Every statement reads the index it was written for, without sorting
    /// (on a collection of 100,000 cards a scan of the table, or a sort,
    /// costs more than the whole of `recall stats` should).
    #[test]
    fn every_query_reads_its_index() {
        let (_d, s) = temp_store(&["a"]);
        let plan = |q: &str| -> String {
            let mut stmt = s
                .conn()
                .prepare(&format!("EXPLAIN QUERY PLAN {q}"))
                .unwrap();
            let nulls = vec![Value::Null; stmt.parameter_count()];
            let rows = stmt
                .query_map(params_from_iter(nulls), |r| r.get::<_, String>(3))
                .unwrap();
            rows.map(Result::unwrap).collect::<Vec<_>>().join(" / ")
        };
        type Query = fn(&str) -> String;
        let cases: [(&str, Query, &str); 8] = [
            ("states", sql::states, "card_states"),
            ("new_cards", sql::new_cards, "COVERING INDEX cards_new"),
            ("leeches", sql::leeches, "COVERING INDEX cards_leech"),
            (
                "day_totals",
                sql::day_totals,
                "review_days USING PRIMARY KEY",
            ),
            (
                "active_days",
                sql::active_days,
                "review_days USING PRIMARY KEY",
            ),
            ("overdue", sql::overdue, "COVERING INDEX cards_due"),
            ("due_days", sql::due_days, "COVERING INDEX cards_due"),
            ("hardest", sql::hardest, "COVERING INDEX cards_hardest"),
        ];
        for (name, query, index) in cases {
            for deck in ["", " AND deck_id = ?9"] {
                let p = plan(&query(deck));
                assert!(p.contains(index), "{name}{deck}: {p}");
                // The hardest few are put in order at the end (and ties by id
                // within a (lapses, ease) run); nothing else sorts.
                let sorts = p.matches("TEMP B-TREE FOR ORDER BY").count()
                    + p.matches("TEMP B-TREE FOR GROUP BY").count()
                    + p.matches("TEMP B-TREE FOR DISTINCT").count();
                assert!(sorts <= usize::from(name == "hardest"), "{name}{deck}: {p}");
            }
        }
    }

    #[test]
    fn triggers_keep_the_daily_totals_exact() {
        let (_d, mut s) = temp_store(&["a", "b"]);
        answer(&mut s, "a", 5, 100, false);
        answer(&mut s, "b", 2, 100, false);
        answer(&mut s, "b", 4, 100, true);
        answer(&mut s, "a", 5, 101, false);
        let undone = answer(&mut s, "b", 5, 101, false);
        assert_eq!(aggregate(&s), recomputed(&s));
        assert_eq!(
            aggregate(&s),
            vec![
                vec![100, 1, 2, 1, 2, 0, 0, 0, 0, 1, 3000],
                vec![101, 1, 2, 2, 0, 1, 1, 0, 0, 0, 2000],
            ]
        );
        s.undo(undone).unwrap();
        assert_eq!(aggregate(&s), recomputed(&s));
        // undoing the last answer of a day leaves no empty row behind
        let only = answer(&mut s, "b", 5, 102, false);
        s.undo(only).unwrap();
        assert_eq!(aggregate(&s), recomputed(&s));
        assert_eq!(aggregate(&s).len(), 2);
        // the log is append-only: an edit is refused and the totals stand
        let before = aggregate(&s);
        let e = s
            .conn()
            .execute(
                "UPDATE reviews SET day = 103, grade = 1 WHERE day = 101",
                [],
            )
            .unwrap_err();
        assert!(e.to_string().contains("append-only"), "{e}");
        assert_eq!(aggregate(&s), before);
        assert_eq!(aggregate(&s), recomputed(&s));
        // a deleted deck takes its totals with it
        let id = s.deck_id("D").unwrap();
        s.delete_deck(id).unwrap();
        assert!(aggregate(&s).is_empty());
    }

    /// Learned cards by (deck, state, ease), counted from the cards.
    fn states_recomputed(s: &Store) -> Vec<Vec<i64>> {
        rows(
            s,
            "SELECT deck_id,
                CASE WHEN suspended THEN 4 WHEN reps < 2 THEN 1 WHEN interval < 21 THEN 2 ELSE 3 END,
                ease, count(*)
             FROM cards WHERE due IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
        )
    }

    /// The same, as the triggers kept them.
    fn states_kept(s: &Store) -> Vec<Vec<i64>> {
        rows(
            s,
            "SELECT deck_id, state, ease, cards FROM card_states WHERE cards > 0 ORDER BY 1, 2, 3",
        )
    }

    #[test]
    fn triggers_keep_the_state_counts_exact() {
        let (_d, mut s) = temp_store(&["a", "b", "c", "d"]);
        answer(&mut s, "a", 5, 100, false);
        answer(&mut s, "b", 1, 100, false);
        answer(&mut s, "b", 3, 100, true); // a drill changes nothing
        answer(&mut s, "c", 4, 100, false);
        answer(&mut s, "a", 5, 101, false); // learning -> young
        assert_eq!(states_kept(&s), states_recomputed(&s));
        assert_eq!(states_kept(&s).len(), 3); // (1, 170) (1, 250) (2, 270)
        let last = answer(&mut s, "c", 2, 101, false); // ease falls
        assert_eq!(states_kept(&s), states_recomputed(&s));
        s.undo(last).unwrap();
        assert_eq!(states_kept(&s), states_recomputed(&s));
        // suspending and unsuspending, learned and new cards alike
        let ids: Vec<i64> = s
            .cards(&CardFilter::default())
            .unwrap()
            .iter()
            .map(|c| c.id)
            .collect();
        s.set_suspended(&ids[..3], true).unwrap();
        assert_eq!(states_kept(&s), states_recomputed(&s));
        s.set_suspended(&ids[..1], false).unwrap();
        assert_eq!(states_kept(&s), states_recomputed(&s));
        // a card answered back to new by undo leaves the counts
        let first = answer(&mut s, "d", 5, 102, false);
        s.undo(first).unwrap();
        assert_eq!(states_kept(&s), states_recomputed(&s));
        // a backup's schedules, restored on import
        let backup = serde_json::json!({"format": "recall-deck/1", "name": "R", "cards": [
            {"id": "r", "front": "R?", "back": "x",
             "schedule": {"reps": 3, "interval": 30, "ease": 2.2, "lapses": 1, "due": "2026-03-02"}}
        ]});
        let backup = deck::parse("b.json", &backup.to_string()).unwrap();
        let c = s.import(&[backup], 0, ImportOptions::default()).unwrap();
        assert_eq!(c[0].restored, 1);
        assert_eq!(states_kept(&s), states_recomputed(&s));
        assert!(
            states_kept(&s).iter().any(|r| r[1..] == [3, 220, 1]),
            "{:?}",
            states_kept(&s)
        );
        // a deck's deletion takes its counts with it
        let id = s.deck_id("D").unwrap();
        s.delete_deck(id).unwrap();
        let r = s.deck_id("R").unwrap();
        assert_eq!(states_kept(&s), vec![vec![r, 3, 220, 1]]);
    }

    #[test]
    fn pruned_cards_take_their_log_and_leave_their_ids_clean() {
        let (_d, mut s) = temp_store(&["a", "b", "c"]);
        answer(&mut s, "b", 4, 100, false);
        answer(&mut s, "c", 5, 100, false);
        answer(&mut s, "c", 3, 101, false);
        let c_id = s
            .conn()
            .query_row("SELECT id FROM cards WHERE key = 'c'", [], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap();
        let file = |ids: &[&str]| {
            let json = serde_json::json!({
                "format": "recall-deck/1",
                "name": "D",
                "cards": ids.iter().map(|id| serde_json::json!({"id": id, "front": format!("{id}?"), "back": "x"})).collect::<Vec<_>>(),
            });
            deck::parse("d.json", &json.to_string()).unwrap()
        };
        let prune = ImportOptions {
            dry_run: false,
            prune: true,
        };
        s.import(&[file(&["a", "b"])], 0, prune).unwrap();
        let logged = |s: &Store| rows(s, "SELECT card_id, count(*) FROM reviews GROUP BY card_id");
        let b_id = s
            .conn()
            .query_row("SELECT id FROM cards WHERE key = 'b'", [], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap();
        assert_eq!(logged(&s), vec![vec![b_id, 1]]);
        assert_eq!(aggregate(&s), recomputed(&s));
        assert_eq!(states_kept(&s), states_recomputed(&s));
        // SQLite gives the next card c's old id: it starts with no history
        s.import(&[file(&["a", "b", "d"])], 0, ImportOptions::default())
            .unwrap();
        let d_id = s
            .conn()
            .query_row("SELECT id FROM cards WHERE key = 'd'", [], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap();
        assert_eq!(d_id, c_id);
        assert_eq!(logged(&s), vec![vec![b_id, 1]]);
    }

    #[test]
    fn migration_9_drops_the_logs_card_index_and_keeps_its_rows_and_triggers() {
        let (d, mut s) = temp_store(&["a", "b"]);
        answer(&mut s, "a", 5, 100, false);
        answer(&mut s, "b", 2, 100, false);
        // Make it a version-8 collection again: the log as migration 1 made it.
        let triggers: Vec<String> = {
            let mut stmt = s
                .conn()
                .prepare(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'reviews'",
                )
                .unwrap();
            let rows = stmt.query_map([], |r| r.get(0)).unwrap();
            rows.map(Result::unwrap).collect()
        };
        assert_eq!(triggers.len(), 3);
        s.conn()
            .execute_batch(
                "CREATE TABLE old (
                    id INTEGER PRIMARY KEY,
                    card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
                    deck_id INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
                    at INTEGER NOT NULL, day INTEGER NOT NULL, grade INTEGER NOT NULL,
                    kind TEXT NOT NULL, reps_before INTEGER NOT NULL,
                    interval_before INTEGER NOT NULL, ease_before INTEGER NOT NULL,
                    lapses_before INTEGER NOT NULL, due_before INTEGER,
                    leech_before INTEGER NOT NULL, suspended_before INTEGER NOT NULL,
                    reps_after INTEGER NOT NULL, interval_after INTEGER NOT NULL,
                    ease_after INTEGER NOT NULL, answer_ms INTEGER NOT NULL);
                 INSERT INTO old SELECT * FROM reviews;
                 DROP TABLE reviews;
                 ALTER TABLE old RENAME TO reviews;
                 CREATE INDEX reviews_card ON reviews (card_id);",
            )
            .unwrap();
        for t in &triggers {
            s.conn().execute_batch(t).unwrap();
        }
        s.conn().execute_batch("PRAGMA user_version = 8").unwrap();
        const LOG: &str = "SELECT id, card_id, deck_id, at, day, grade, kind = 'new', reps_before,
            interval_before, ease_before, ifnull(due_before, -1), reps_after, interval_after, ease_after
            FROM reviews ORDER BY id";
        let log = rows(&s, LOG);
        let totals = aggregate(&s);
        drop(s);
        let mut s = Store::open(&d.path().join("c.sqlite3")).unwrap();
        assert_eq!(rows(&s, LOG), log);
        let objects = rows(
            &s,
            "SELECT count(*) FROM sqlite_master WHERE name = 'reviews_card' OR name = 'reviews_new'",
        );
        assert_eq!(objects, vec![vec![0]]);
        let to_cards: i64 = s
            .conn()
            .query_row(
                "SELECT count(*) FROM pragma_foreign_key_list('reviews') WHERE \"table\" = 'cards'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(to_cards, 0);
        // the triggers came along: totals kept, edits refused
        assert_eq!(aggregate(&s), totals);
        answer(&mut s, "a", 4, 106, false);
        assert_eq!(aggregate(&s), recomputed(&s));
        assert!(s
            .conn()
            .execute("UPDATE reviews SET grade = 0", [])
            .is_err());
    }

    #[test]
    fn the_migration_fills_the_totals_from_an_existing_log() {
        let (d, mut s) = temp_store(&["a", "b"]);
        answer(&mut s, "a", 5, 100, false);
        answer(&mut s, "b", 1, 100, false);
        answer(&mut s, "b", 5, 100, true);
        answer(&mut s, "a", 3, 101, false);
        let expected = aggregate(&s);
        // Make it a version-1 collection again, log kept, totals gone.
        s.conn()
            .execute_batch(crate::store::schema::UNDO_8)
            .unwrap();
        s.conn()
            .execute_batch(
                "DROP TRIGGER review_days_insert; DROP TRIGGER review_days_delete;
                 DROP TRIGGER reviews_append_only; DROP TABLE review_days;
                 DROP TRIGGER card_states_delete;
                 DROP TRIGGER card_states_update; DROP TABLE card_states;
                 DROP INDEX cards_leech; DROP INDEX cards_hardest;
                 DROP INDEX cards_due;
                 CREATE INDEX cards_due ON cards (due) WHERE due IS NOT NULL;
                 CREATE INDEX reviews_day ON reviews (day, deck_id);
                 ALTER TABLE cards DROP COLUMN fingerprint;
                 PRAGMA user_version = 1;",
            )
            .unwrap();
        drop(s);
        let s = Store::open(&d.path().join("c.sqlite3")).unwrap();
        assert_eq!(aggregate(&s), expected);
        assert_eq!(aggregate(&s), recomputed(&s));
        // and the state counts, from the cards
        assert_eq!(states_kept(&s), states_recomputed(&s));
        assert!(!states_kept(&s).is_empty());
    }

    #[test]
    fn queries_count_what_the_cards_hold() {
        let (_d, mut s) = temp_store(&["a", "b", "c", "d", "e"]);
        answer(&mut s, "a", 5, 100, false); // learning, ease 2.60, due 101
        answer(&mut s, "b", 5, 100, false);
        answer(&mut s, "b", 5, 101, false); // young, ease 2.70, due 107
        answer(&mut s, "c", 5, 100, false);
        answer(&mut s, "c", 1, 101, false); // a lapse: ease 2.06, due 102
        s.conn()
            .execute_batch(
                "UPDATE cards SET suspended = 1, leech = 1 WHERE key = 'c';
                 UPDATE cards SET suspended = 1 WHERE key = 'e';",
            )
            .unwrap();
        let counts = s.card_counts(None).unwrap();
        assert_eq!(
            counts.decks,
            vec![DeckCounts {
                deck: "D".into(),
                new: 1,
                learning: 1,
                young: 1,
                mature: 0,
                suspended: 2,
                leeches: 1
            }]
        );
        // suspended cards count by ease too, unless they are new
        assert_eq!(counts.ease, vec![(206, 1), (260, 1), (270, 1)]);
        let id = s.deck_id("D").unwrap();
        assert_eq!(s.card_counts(Some(id)).unwrap(), counts);
        assert_eq!(
            s.due_load(Day(102), Day(110), None).unwrap(),
            (1, vec![(Day(107), 1)])
        );
        assert_eq!(
            s.due_load(Day(102), Day(110), Some(id + 1)).unwrap(),
            (0, vec![])
        );
        let hardest = s.hardest(None, 10).unwrap();
        assert_eq!(hardest.len(), 1);
        assert_eq!(hardest[0].key, "c");
        assert_eq!(
            hardest[0].sm2,
            Sm2State {
                reps: 0,
                interval: 1,
                ease: Ease::from_hundredths(206),
                lapses: 1
            }
        );
        let mut days = Vec::new();
        s.active_days(Day(101), None, |d| {
            days.push(d);
            true
        })
        .unwrap();
        assert_eq!(days, vec![Day(101), Day(100)]);
    }
}
