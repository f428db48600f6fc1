//! Today's review queue: due cards (most overdue first) up to the review
//! limit, then new cards in the configured order up to the new-card limit;
//! and the repeats still owed today (SM-2 step 7), kept in `owed_repeats`.
//! Each part costs what it returns, however many cards the collection
//! holds: due cards are read from `cards_due` in order, new ones are found
//! by a few seeks into `cards_new` (never a sort of every new card).

use std::collections::HashSet;

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{RngExt, SeedableRng};
use rusqlite::{params, OptionalExtension};

use crate::clock::Day;
use crate::error::Result;
use crate::model::StoredCard;
use crate::settings::NewCardOrder;

use super::{card_from_row, Scope, Store, Tags, CARD_COLUMNS};

/// Not skipped, or skipped before today.
const VISIBLE: &str = "(c.buried_until IS NULL OR c.buried_until <= ?1)";

/// How the day's new cards are chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewCards {
    pub limit: u32,
    pub order: NewCardOrder,
    /// Seeds the random order (and nothing else).
    pub seed: u64,
}

impl NewCards {
    /// Up to `limit` new cards in deck and file order.
    pub fn in_file_order(limit: u32) -> NewCards {
        NewCards {
            limit,
            order: NewCardOrder::File,
            seed: 0,
        }
    }
}

impl Store {
    /// Today's queue: due cards (most overdue first, then in deck order) up
    /// to `review_limit`, then new cards as `new` asks, all with any of
    /// `tags`. Skipped cards wait.
    pub fn queue(
        &self,
        today: Day,
        (scope, tags): (&Scope, &Tags),
        review_limit: Option<u32>,
        new: NewCards,
    ) -> Result<Vec<StoredCard>> {
        let sql = format!(
            "SELECT {CARD_COLUMNS} FROM cards c JOIN decks d ON d.id = c.deck_id
             WHERE c.due <= ?1 AND c.suspended = 0 AND {VISIBLE}{}{}
             ORDER BY c.due, c.deck_id, c.ord LIMIT ?2",
            scope.sql("+c.deck_id"),
            tags.sql()
        );
        let limit = review_limit.map_or(-1, i64::from);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut cards = stmt
            .query_map(params![today.0, limit], card_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        cards.extend(self.new_queue(today, (scope, tags), new)?);
        Ok(cards)
    }

    /// The new cards a session takes today.
    fn new_queue(
        &self,
        today: Day,
        (scope, tags): (&Scope, &Tags),
        new: NewCards,
    ) -> Result<Vec<StoredCard>> {
        let limit = new.limit as usize;
        if limit == 0 {
            return Ok(Vec::new());
        }
        if new.order == NewCardOrder::File {
            return self.new_in_file_order(today, (scope, tags), limit, &HashSet::new());
        }
        let decks = self.new_cards_by_deck(scope)?;
        let counts: Vec<u64> = decks.iter().map(|d| d.1).collect();
        let mut rng = StdRng::seed_from_u64(new.seed);
        let mut picks = Vec::with_capacity(decks.len());
        for ((deck_id, _), share) in decks.iter().zip(shares(&counts, limit)) {
            picks.push(self.pick_new(today, (*deck_id, tags), share, new.order, &mut rng)?);
        }
        let mut cards = interleave(picks);
        if cards.len() < limit {
            // skipped cards and repeated picks leave gaps: fill them in order
            let taken: HashSet<i64> = cards.iter().map(|c| c.id).collect();
            let more = self.new_in_file_order(today, (scope, tags), limit - cards.len(), &taken)?;
            cards.extend(more);
        }
        if new.order == NewCardOrder::Random {
            cards.shuffle(&mut rng);
        }
        Ok(cards)
    }

    /// Up to `limit` new cards in deck and file order, leaving out `taken`.
    fn new_in_file_order(
        &self,
        today: Day,
        (scope, tags): (&Scope, &Tags),
        limit: usize,
        taken: &HashSet<i64>,
    ) -> Result<Vec<StoredCard>> {
        let sql = format!(
            "SELECT {CARD_COLUMNS} FROM cards c JOIN decks d ON d.id = c.deck_id
             WHERE c.due IS NULL AND c.suspended = 0 AND {VISIBLE}{}{}
             ORDER BY c.deck_id, c.ord LIMIT ?2",
            scope.sql("c.deck_id"),
            tags.sql()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![today.0, (limit + taken.len()) as i64],
            card_from_row,
        )?;
        let mut cards = Vec::with_capacity(limit);
        for card in rows {
            let card = card?;
            if !taken.contains(&card.id) && cards.len() < limit {
                cards.push(card);
            }
        }
        Ok(cards)
    }

    /// The decks in scope that have new cards, with how many (skipped ones
    /// included), in deck order.
    fn new_cards_by_deck(&self, scope: &Scope) -> Result<Vec<(i64, u64)>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT deck_id, sum(cards) FROM card_counts WHERE state = 0 AND cards > 0{}
             GROUP BY deck_id ORDER BY deck_id",
            scope.sql("deck_id")
        ))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// `share` new cards of one deck: for `Spread`, the first new card at or
    /// after each of `share` evenly spaced places in the deck file; for
    /// `Random`, at random places. One index seek per card.
    fn pick_new(
        &self,
        today: Day,
        (deck_id, tags): (i64, &Tags),
        share: usize,
        order: NewCardOrder,
        rng: &mut StdRng,
    ) -> Result<Vec<StoredCard>> {
        let Some((first, last)) = self.new_ord_bounds(deck_id)? else {
            return Ok(Vec::new());
        };
        let span = last - first + 1;
        let mut picked = Vec::with_capacity(share);
        let mut ids = HashSet::new();
        let mut next = first;
        // random places may land on the same card: a few more tries
        let tries = if order == NewCardOrder::Random {
            3 * share
        } else {
            share
        };
        for i in 0..tries {
            if picked.len() == share {
                break;
            }
            let place = match order {
                NewCardOrder::Random => rng.random_range(first..=last),
                _ => (first + span * i as i64 / share as i64).max(next),
            };
            let Some((card, ord)) = self.new_card_from(today, (deck_id, tags), place)? else {
                if order == NewCardOrder::Random {
                    continue;
                }
                break;
            };
            next = ord + 1;
            if ids.insert(card.id) {
                picked.push(card);
            }
        }
        Ok(picked)
    }

    /// The first and last place in the deck file of a deck's new cards.
    fn new_ord_bounds(&self, deck_id: i64) -> Result<Option<(i64, i64)>> {
        // one query each: SQLite reads min() and max() from the index only
        // when a query asks for one of them
        let end = |f: &str| -> Result<Option<i64>> {
            let sql = format!(
                "SELECT {f}(ord) FROM cards WHERE deck_id = ?1 AND due IS NULL AND suspended = 0"
            );
            Ok(self
                .conn
                .prepare_cached(&sql)?
                .query_row([deck_id], |r| r.get(0))?)
        };
        Ok(end("min")?.zip(end("max")?))
    }

    /// The first new, visible card of a deck (with any of the tags) at or
    /// after place `ord`.
    fn new_card_from(
        &self,
        today: Day,
        (deck_id, tags): (i64, &Tags),
        ord: i64,
    ) -> Result<Option<(StoredCard, i64)>> {
        let sql = format!(
            "SELECT {CARD_COLUMNS}, c.ord FROM cards c JOIN decks d ON d.id = c.deck_id
             WHERE c.deck_id = ?2 AND c.due IS NULL AND c.suspended = 0 AND c.ord >= ?3
               AND {VISIBLE}{}
             ORDER BY c.ord LIMIT 1",
            tags.sql()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        Ok(stmt
            .query_row(params![today.0, deck_id, ord], |r| {
                Ok((card_from_row(r)?, r.get(18)?))
            })
            .optional()?)
    }

    /// The cards of `scope` with any of `tags` owed a repeat today (graded
    /// below 4 today and not yet graded 4 or 5 since), in the order they
    /// were failed. Rows of earlier days are ignored: a new day owes nothing.
    pub fn owed_repeats(&self, today: Day, scope: &Scope, tags: &Tags) -> Result<Vec<StoredCard>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {CARD_COLUMNS} FROM owed_repeats
             JOIN cards c ON c.id = owed_repeats.card_id JOIN decks d ON d.id = c.deck_id
             WHERE owed_repeats.day = ?1 AND c.suspended = 0{}{}
             ORDER BY (SELECT max(r.id) FROM reviews r WHERE r.card_id = owed_repeats.card_id)",
            // from the day's few owed rows, not through every card of a deck
            scope.sql("+c.deck_id"),
            tags.sql()
        ))?;
        let rows = stmt.query_map([today.0], card_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Drops a card's owed repeat (it was skipped until tomorrow).
    pub fn forgo_repeat(&self, card_id: i64) -> Result<()> {
        self.conn
            .execute("DELETE FROM owed_repeats WHERE card_id = ?1", [card_id])?;
        Ok(())
    }

    /// What a new session today would still offer beyond its repeats: due
    /// cards (not skipped) and new cards, each counted up to its limit.
    pub fn left_today(
        &self,
        today: Day,
        scope: &Scope,
        review_limit: Option<u32>,
        new_limit: u32,
    ) -> Result<(u64, u64)> {
        let count = |cond: &str, limit: i64| -> Result<u64> {
            let sql = format!(
                "SELECT count(*) FROM (SELECT 1 FROM cards c
                 WHERE {cond} AND c.suspended = 0 AND {VISIBLE}{} LIMIT ?2)",
                scope.sql("+c.deck_id")
            );
            let n: i64 = self
                .conn
                .prepare_cached(&sql)?
                .query_row(params![today.0, limit], |r| r.get(0))?;
            Ok(n as u64)
        };
        let due = count("c.due <= ?1", review_limit.map_or(-1, i64::from))?;
        let new = count("c.due IS NULL", i64::from(new_limit))?;
        Ok((due, new))
    }
}

/// `limit` shared among decks with `counts` new cards: equal shares, a
/// deck with fewer cards than its share giving the rest to the others.
fn shares(counts: &[u64], limit: usize) -> Vec<usize> {
    let mut shares = vec![0usize; counts.len()];
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by_key(|&i| counts[i]);
    let mut left = limit;
    for (k, &i) in order.iter().enumerate() {
        let fair = left.div_ceil(counts.len() - k);
        shares[i] = fair.min(usize::try_from(counts[i]).unwrap_or(usize::MAX));
        left -= shares[i];
    }
    shares
}

/// One card from each deck's picks in turn, so that decks alternate.
fn interleave(picks: Vec<Vec<StoredCard>>) -> Vec<StoredCard> {
    let mut iters: Vec<_> = picks.into_iter().map(Vec::into_iter).collect();
    let mut out = Vec::new();
    loop {
        let before = out.len();
        out.extend(iters.iter_mut().filter_map(Iterator::next));
        if out.len() == before {
            return out;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::store::ImportOptions;

    #[test]
    fn shares_are_equal_and_leftovers_move_on() {
        assert_eq!(shares(&[100, 100], 20), [10, 10]);
        assert_eq!(shares(&[3, 100], 20), [3, 17]);
        assert_eq!(shares(&[100, 100, 100], 20), [7, 7, 6]);
        assert_eq!(shares(&[2, 1], 20), [2, 1]);
        assert_eq!(shares(&[], 20), Vec::<usize>::new());
    }

    fn keys(cards: &[StoredCard]) -> Vec<&str> {
        cards.iter().map(|c| c.key.as_str()).collect()
    }

    fn numbered(n: usize) -> (tempfile::TempDir, Store) {
        let (d, mut s) = temp_store();
        let names: Vec<(String, String)> =
            (0..n).map(|i| (i.to_string(), format!("F{i}?"))).collect();
        let cards: Vec<(&str, &str, &str)> = names
            .iter()
            .map(|(k, f)| (k.as_str(), f.as_str(), "b"))
            .collect();
        s.import(vec![deck(&cards).into()], 0, ImportOptions::default())
            .unwrap();
        (d, s)
    }

    fn new_cards(s: &Store, limit: u32, order: NewCardOrder, seed: u64) -> Vec<StoredCard> {
        let new = NewCards { limit, order, seed };
        s.queue(Day(0), (&Scope::all(), &Tags::default()), None, new)
            .unwrap()
    }

    #[test]
    fn spread_takes_cards_evenly_across_the_file() {
        let (_d, s) = numbered(20);
        assert_eq!(
            keys(&new_cards(&s, 4, NewCardOrder::Spread, 0)),
            ["0", "5", "10", "15"]
        );
        assert_eq!(
            keys(&new_cards(&s, 4, NewCardOrder::File, 0)),
            ["0", "1", "2", "3"]
        );
        // more than there are: every card, once
        assert_eq!(new_cards(&s, 50, NewCardOrder::Spread, 0).len(), 20);
        // skipped cards are passed over and the gap is filled
        let c5 = s.cards(&Default::default()).unwrap()[5].id;
        s.bury(c5, Some(Day(1))).unwrap();
        assert_eq!(
            keys(&new_cards(&s, 4, NewCardOrder::Spread, 0)),
            ["0", "6", "10", "15"]
        );
    }

    #[test]
    fn random_order_is_a_sample_without_repeats() {
        let (_d, s) = numbered(50);
        let a = new_cards(&s, 10, NewCardOrder::Random, 1);
        let mut ids: Vec<i64> = a.iter().map(|c| c.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 10);
        assert_ne!(keys(&a), keys(&new_cards(&s, 10, NewCardOrder::File, 0)));
        assert_eq!(keys(&a), keys(&new_cards(&s, 10, NewCardOrder::Random, 1)));
    }
}
