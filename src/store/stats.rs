//! The queries behind `recall stats` and `recall decks`. Card counts come
//! from `card_counts` and the review history from `review_days` (both kept
//! by triggers), so they cost what they show, not what the collection
//! holds; the due load reads `cards_due` for the days asked for.

use std::collections::BTreeMap;

use rusqlite::params;

use crate::clock::Day;
use crate::error::Result;
use crate::model::{CardState, StoredCard};

use super::{card_from_row, Scope, Store, CARD_COLUMNS};

/// Cards of one deck by state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeckCounts {
    pub deck_id: i64,
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

    fn add(&mut self, state: CardState, n: u64) {
        match state {
            CardState::New => self.new += n,
            CardState::Learning => self.learning += n,
            CardState::Young => self.young += n,
            CardState::Mature => self.mature += n,
            CardState::Suspended => self.suspended += n,
        }
    }
}

/// The cards of the decks in scope, counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardCounts {
    /// One row per deck, in name order, decks without cards included.
    pub decks: Vec<DeckCounts>,
    /// How many cards that are not new have each E-Factor (in hundredths),
    /// suspended cards included; lowest first.
    pub ease: Vec<(u16, u64)>,
}

/// The review log of one local day, summed over the decks in scope.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayTotals {
    pub day: Day,
    /// Scheduled answers: first answers to new cards and reviews (no drills).
    pub reviews: u64,
    /// Scheduled answers graded 3 or more.
    pub passed: u64,
    pub new_cards: u64,
    /// Scheduled reviews of learned cards (`n >= 1` before) that were
    /// learning or young before the review, and how many passed.
    pub young_reviews: u64,
    pub young_passed: u64,
    /// The same for cards that were mature.
    pub mature_reviews: u64,
    pub mature_passed: u64,
    pub drills: u64,
    pub time_ms: u64,
    /// Answers of `review --cram`: outside the schedule, never retention.
    pub crams: u64,
}

fn count(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

impl Store {
    /// Cards by state per deck, and by E-Factor.
    pub fn card_counts(&self, scope: &Scope) -> Result<CardCounts> {
        let mut decks: Vec<DeckCounts> = self
            .decks()?
            .into_iter()
            .filter(|(id, _, _)| scope.has(*id))
            .map(|(deck_id, deck, _)| DeckCounts {
                deck_id,
                deck,
                ..DeckCounts::default()
            })
            .collect();
        let mut ease = BTreeMap::new();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT deck_id, state, ease, leech, answered, cards FROM card_counts WHERE cards > 0{}",
            scope.sql("deck_id")
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let deck_id: i64 = r.get(0)?;
            let Some(d) = decks.iter_mut().find(|d| d.deck_id == deck_id) else {
                continue;
            };
            let (state, n) = (CardState::from_number(r.get(1)?), count(r.get(5)?));
            d.add(state, n);
            if r.get::<_, bool>(3)? {
                d.leeches += n;
            }
            if r.get::<_, bool>(4)? {
                let e = u16::try_from(r.get::<_, i64>(2)?).unwrap_or(u16::MAX);
                *ease.entry(e).or_insert(0) += n;
            }
        }
        Ok(CardCounts {
            decks,
            ease: ease.into_iter().collect(),
        })
    }

    /// The review log summed per day for the days `from..=to` that have
    /// answers, oldest first.
    pub fn day_totals(&self, from: Day, to: Day, scope: &Scope) -> Result<Vec<DayTotals>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT day, sum(reviews), sum(passed), sum(new_cards), sum(young_reviews),
                    sum(young_passed), sum(mature_reviews), sum(mature_passed), sum(drills),
                    sum(time_ms), sum(crams)
             FROM review_days WHERE day >= ?1 AND day <= ?2{}
             GROUP BY day ORDER BY day",
            scope.sql("deck_id")
        ))?;
        let rows = stmt.query_map(params![from.0, to.0], |r| {
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
                crams: count(r.get(10)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The days up to `to` on which anything was answered, newest first,
    /// read only as far as `keep` wants (a streak stops at its first gap).
    pub fn active_days(
        &self,
        to: Day,
        scope: &Scope,
        mut keep: impl FnMut(Day) -> bool,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT DISTINCT day FROM review_days WHERE day <= ?1{} ORDER BY day DESC",
            scope.sql("deck_id")
        ))?;
        let mut rows = stmt.query([to.0])?;
        while let Some(row) = rows.next()? {
            if !keep(Day(row.get(0)?)) {
                break;
            }
        }
        Ok(())
    }

    /// The first day anything was answered, if ever.
    pub fn first_active_day(&self, scope: &Scope) -> Result<Option<Day>> {
        let day: Option<i64> = self.conn.query_row(
            &format!(
                "SELECT min(day) FROM review_days WHERE 1{}",
                scope.sql("deck_id")
            ),
            [],
            |r| r.get(0),
        )?;
        Ok(day.map(Day))
    }

    /// Unsuspended cards due before `today` (overdue), and the unsuspended
    /// cards due on each day of `today..=last` that has any, in day order.
    pub fn due_load(&self, today: Day, last: Day, scope: &Scope) -> Result<(u64, Vec<(Day, u64)>)> {
        // by due day, even for one deck: its cards due soon are fewer than its cards
        let deck = scope.sql("+deck_id");
        let overdue: i64 = self
            .conn
            .prepare_cached(&format!(
                "SELECT count(*) FROM cards WHERE due < ?1 AND suspended = 0{deck}"
            ))?
            .query_row([today.0], |r| r.get(0))?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT due, count(*) FROM cards
             WHERE due >= ?1 AND due <= ?2 AND suspended = 0{deck}
             GROUP BY due ORDER BY due"
        ))?;
        let rows = stmt.query_map(params![today.0, last.0], |r| {
            Ok((Day(r.get(0)?), count(r.get(1)?)))
        })?;
        Ok((count(overdue), rows.collect::<rusqlite::Result<_>>()?))
    }

    /// The cards that have given the most trouble: the lapsed cards, most
    /// lapses first, then lowest E-Factor.
    pub fn hardest(&self, scope: &Scope, limit: u32) -> Result<Vec<StoredCard>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {CARD_COLUMNS} FROM cards c JOIN decks d ON d.id = c.deck_id
             WHERE c.lapses > 0{}
             ORDER BY c.lapses DESC, c.ease, c.deck_id, c.id LIMIT ?1",
            scope.sql("+c.deck_id")
        ))?;
        let rows = stmt.query_map([limit], card_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::model::ReviewKind;
    use crate::sched::{Grade, Schedule};
    use crate::store::{Answer, CardFilter, ImportOptions};

    fn store(keys: &[&str]) -> (tempfile::TempDir, Store) {
        let (d, mut s) = temp_store();
        let cards: Vec<(&str, &str, &str)> = keys.iter().map(|k| (*k, *k, "x")).collect();
        s.import(vec![deck(&cards).into()], 0, ImportOptions::default())
            .unwrap();
        (d, s)
    }

    /// Answers card `key` with `q` on `day`: a scheduled answer, or a drill.
    fn answer(s: &mut Store, key: &str, q: u8, day: i64, drill: bool) -> i64 {
        let all = s.cards(&CardFilter::default()).unwrap();
        let c = all.into_iter().find(|c| c.key == key).unwrap();
        let before = c.schedule;
        let g = Grade::new(q).unwrap();
        let sm2 = before.sm2.review(g);
        let (kind, after) = match (drill, before.due) {
            (true, _) => (ReviewKind::Drill, before),
            (false, due) => (
                if due.is_none() {
                    ReviewKind::New
                } else {
                    ReviewKind::Review
                },
                Schedule {
                    sm2,
                    due: Some(Day(day + i64::from(sm2.interval))),
                    ..before
                },
            ),
        };
        let a = Answer {
            card_id: c.id,
            grade: g,
            kind,
            before,
            after,
            at_ms: day * 86_400_000,
            day: Day(day),
            answer_ms: 1000,
        };
        s.record(&a).unwrap().unwrap()
    }

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

    /// The aggregates the triggers keep, against the same numbers computed
    /// afresh from the cards and the log.
    fn check_aggregates(s: &Store) {
        let day_totals = rows(s, "SELECT * FROM review_days ORDER BY day, deck_id");
        let recomputed = rows(
            s,
            "SELECT day, deck_id, sum(kind IN ('new','review')),
                sum(kind IN ('new','review') AND grade >= 3), sum(kind = 'new'),
                sum(kind IN ('new','review') AND reps_before >= 1 AND state_before IN (1, 2)),
                sum(kind IN ('new','review') AND reps_before >= 1 AND state_before IN (1, 2) AND grade >= 3),
                sum(kind IN ('new','review') AND reps_before >= 1 AND state_before = 3),
                sum(kind IN ('new','review') AND reps_before >= 1 AND state_before = 3 AND grade >= 3),
                sum(kind = 'drill'), sum(answer_ms), sum(kind = 'cram')
             FROM reviews GROUP BY day, deck_id ORDER BY day, deck_id",
        );
        assert_eq!(day_totals, recomputed);
        let counts = rows(
            s,
            "SELECT deck_id, state, ease, leech, answered, cards FROM card_counts
             WHERE cards > 0 ORDER BY 1, 2, 3, 4, 5",
        );
        let recounted = rows(
            s,
            "SELECT deck_id, state, ease, leech, due IS NOT NULL, count(*) FROM cards
             GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5",
        );
        assert_eq!(counts, recounted);
    }

    #[test]
    fn the_aggregates_follow_answers_undos_suspensions_and_deletions() {
        let (_d, mut s) = store(&["a", "b", "c"]);
        check_aggregates(&s);
        let first = answer(&mut s, "a", 5, 100, false);
        answer(&mut s, "b", 2, 100, false);
        answer(&mut s, "b", 4, 100, true);
        for (i, day) in [101, 107, 124, 170].into_iter().enumerate() {
            answer(&mut s, "a", if i == 2 { 1 } else { 4 }, day, false);
            check_aggregates(&s);
        }
        let last = answer(&mut s, "c", 3, 170, false);
        s.undo(last).unwrap();
        check_aggregates(&s);
        let id = s.deck_id("D").unwrap();
        let a = s.cards(&CardFilter::default()).unwrap()[0].id;
        s.set_suspended(&[a], true).unwrap();
        check_aggregates(&s);
        assert!(s.undo(first).is_err(), "a has been answered since");
        s.delete_deck(id).unwrap();
        check_aggregates(&s);
        assert!(rows(&s, "SELECT * FROM review_days").is_empty());
    }

    #[test]
    fn counts_due_load_and_hardest_cards() {
        let (_d, mut s) = store(&["a", "b", "c", "d"]);
        answer(&mut s, "a", 5, 10, false); // due 11
        answer(&mut s, "b", 4, 10, false); // due 11
        answer(&mut s, "c", 1, 10, false); // due 11
        answer(&mut s, "c", 5, 11, false); // due 12
        answer(&mut s, "c", 0, 12, false); // lapse, due 13
        let counts = s.card_counts(&Scope::all()).unwrap();
        let d = &counts.decks[0];
        assert_eq!((d.new, d.learning, d.young, d.mature), (1, 3, 0, 0));
        assert_eq!(counts.ease.iter().map(|e| e.1).sum::<u64>(), 3);
        let (overdue, due) = s.due_load(Day(12), Day(14), &Scope::all()).unwrap();
        assert_eq!(overdue, 2);
        assert_eq!(due, [(Day(13), 1)]);
        let hard = s.hardest(&Scope::all(), 10).unwrap();
        assert_eq!(hard.len(), 1);
        assert_eq!(hard[0].key, "c");
        assert_eq!(s.first_active_day(&Scope::all()).unwrap(), Some(Day(10)));
    }
}
