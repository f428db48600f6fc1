//! Choosing cards beyond the deck: by tag (`--tag`), for sessions other
//! than today's (studying ahead, cramming), and a card's siblings, which a
//! session keeps apart.

use rusqlite::{params, OptionalExtension};

use crate::clock::Day;
use crate::deck::sibling_base;
use crate::error::{Error, Result};
use crate::model::StoredCard;

use super::{card_from_row, Scope, Store, CARD_COLUMNS};

/// Cards with any of these tags; no tags: every card. The tag `leech` also
/// finds the cards flagged leech.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tags(Vec<String>);

impl Tags {
    /// Tags as given on the command line: each one word.
    pub fn any_of(tags: &[String]) -> Result<Tags> {
        for t in tags {
            if t.is_empty() || t.chars().any(|c| c.is_whitespace() || c.is_control()) {
                return Err(Error::Usage(format!(
                    "--tag '{}' is not a tag: tags are single words",
                    crate::render::excerpt(t, 40)
                )));
            }
        }
        Ok(Tags(tags.to_vec()))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The SQL condition ` AND (…)` on the cards table aliased `c`, or
    /// nothing. The tags are written as SQL strings, quotes doubled.
    pub(super) fn sql(&self) -> String {
        if self.0.is_empty() {
            return String::new();
        }
        let terms: Vec<String> = self
            .0
            .iter()
            .map(|t| {
                let has = format!(
                    "instr(' ' || c.tags || ' ', ' {} ') > 0",
                    t.replace('\'', "''")
                );
                match t.as_str() {
                    "leech" => format!("c.leech = 1 OR {has}"),
                    _ => has,
                }
            })
            .collect();
        format!(" AND ({})", terms.join(" OR "))
    }
}

impl Store {
    /// New cards that are not suspended, with any of `tags`.
    pub fn new_count_tagged(&self, scope: &Scope, tags: &Tags) -> Result<u64> {
        if tags.is_empty() {
            return self.new_count(scope);
        }
        let n: i64 = self.conn.query_row(
            &format!(
                "SELECT count(*) FROM cards c WHERE c.due IS NULL AND c.suspended = 0{}{}",
                scope.sql("c.deck_id"),
                tags.sql()
            ),
            [],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// Studying ahead: unsuspended cards due by `by`, most overdue first,
    /// up to `limit`. Skipped cards wait, and so do cards answered today
    /// (their last review, `due - interval`, is today): no days have passed
    /// for SM-2 to go on from.
    pub fn ahead(
        &self,
        today: Day,
        by: Day,
        scope: &Scope,
        tags: &Tags,
        limit: Option<u32>,
    ) -> Result<Vec<StoredCard>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {CARD_COLUMNS} FROM cards c JOIN decks d ON d.id = c.deck_id
             WHERE c.due <= ?2 AND c.suspended = 0 AND c.due - c.interval < ?1
               AND (c.buried_until IS NULL OR c.buried_until <= ?1){}{}
             ORDER BY c.due, c.deck_id, c.ord LIMIT ?3",
            scope.sql("+c.deck_id"),
            tags.sql()
        ))?;
        let limit = limit.map_or(-1, i64::from);
        let rows = stmt.query_map(params![today.0, by.0, limit], card_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Cramming: every unsuspended card of the scope whatever its due day —
    /// the soonest due first, then new cards in deck order — up to `limit`.
    pub fn cram(&self, scope: &Scope, tags: &Tags, limit: Option<u32>) -> Result<Vec<StoredCard>> {
        let mut left = limit.map_or(-1, i64::from);
        let mut cards = Vec::new();
        for (condition, order) in [
            ("c.due IS NOT NULL", "c.due, c.deck_id, c.ord"),
            ("c.due IS NULL", "c.deck_id, c.ord"),
        ] {
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT {CARD_COLUMNS} FROM cards c JOIN decks d ON d.id = c.deck_id
                 WHERE {condition} AND c.suspended = 0{}{}
                 ORDER BY {order} LIMIT ?1",
                scope.sql("c.deck_id"),
                tags.sql()
            ))?;
            for card in stmt.query_map([left], card_from_row)? {
                cards.push(card?);
                left -= 1;
            }
        }
        Ok(cards)
    }

    /// Hides the siblings of card `id` (its reverse, the other cards of its
    /// note: see [`sibling_base`]) from sessions until `until`.
    pub fn bury_siblings(&self, id: i64, until: Day) -> Result<()> {
        let found: Option<(i64, String)> = self
            .conn
            .prepare_cached("SELECT deck_id, key FROM cards WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((deck_id, key)) = found else {
            return Ok(());
        };
        let base = sibling_base(&key);
        // the base's key, and the keys that start with it and a colon: two
        // seeks in the (deck, key) index (as one OR, SQLite walked the
        // whole deck: 2.5 ms an answer at 20,000 cards)
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, key FROM cards WHERE deck_id = ?1 AND key = ?2 AND id != ?3
             UNION ALL
             SELECT id, key FROM cards
             WHERE deck_id = ?1 AND key > ?2 || ':' AND key < ?2 || ';' AND id != ?3",
        )?;
        let near: Vec<(i64, String)> = stmt
            .query_map(params![deck_id, base, id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (sibling, key) in near {
            if sibling_base(&key) == base {
                self.bury(sibling, Some(until))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::store::{CardFilter, ImportOptions, NewCards};

    #[test]
    fn tags_find_cards_with_any_of_them_and_quotes_stay_text() {
        let (_d, mut s) = temp_store();
        s.import(
            vec![deck(&[("a", "A?", "1"), ("b", "B?", "2"), ("c", "C?", "3")]).into()],
            0,
            ImportOptions::default(),
        )
        .unwrap();
        let ids: Vec<i64> = s
            .cards(&CardFilter::default())
            .unwrap()
            .iter()
            .map(|c| c.id)
            .collect();
        s.retag(&[ids[0]], &["exam".into(), "it's".into()], &[])
            .unwrap();
        s.retag(&[ids[1]], &["exam-2".into()], &[]).unwrap();
        s.conn()
            .execute("UPDATE cards SET leech = 1 WHERE key = 'c'", [])
            .unwrap();
        let found = |tags: &[&str]| -> Vec<String> {
            let tags: Vec<String> = tags.iter().map(|t| t.to_string()).collect();
            let filter = CardFilter {
                tags: Tags::any_of(&tags).unwrap(),
                ..CardFilter::default()
            };
            s.cards(&filter)
                .unwrap()
                .into_iter()
                .map(|c| c.key)
                .collect()
        };
        assert_eq!(found(&["exam"]), ["a"], "a whole tag, not a part");
        assert_eq!(found(&["exam", "exam-2"]), ["a", "b"]);
        assert_eq!(found(&["it's"]), ["a"]);
        assert_eq!(found(&["leech"]), ["c"]);
        assert_eq!(found(&[]).len(), 3);
        assert!(Tags::any_of(&["two words".into()]).is_err());
        let exam = Tags::any_of(&["exam".into()]).unwrap();
        assert_eq!(s.new_count_tagged(&Scope::all(), &exam).unwrap(), 1);
        assert_eq!(s.cram(&Scope::all(), &exam, None).unwrap().len(), 1);
        assert_eq!(
            s.cram(&Scope::all(), &Tags::default(), Some(2))
                .unwrap()
                .len(),
            2
        );
    }

    #[test]
    fn a_card_buries_its_siblings_only() {
        let (_d, mut s) = temp_store();
        let keys = ["x", "x:reverse", "x:c2", "x:note", "xy", "y:reverse"];
        let cards: Vec<(&str, &str, &str)> = keys.iter().map(|k| (*k, *k, "b")).collect();
        s.import(vec![deck(&cards).into()], 0, ImportOptions::default())
            .unwrap();
        let all = s.cards(&CardFilter::default()).unwrap();
        s.bury_siblings(all[1].id, Day(11)).unwrap();
        let buried: Vec<String> = s
            .queue(
                Day(10),
                (&Scope::all(), &Tags::default()),
                None,
                NewCards::in_file_order(10),
            )
            .unwrap()
            .into_iter()
            .map(|c| c.key)
            .collect();
        assert_eq!(buried, ["x:reverse", "x:note", "xy", "y:reverse"]);
        assert_eq!(
            s.queue(
                Day(11),
                (&Scope::all(), &Tags::default()),
                None,
                NewCards::in_file_order(10)
            )
            .unwrap()
            .len(),
            6
        );
    }
}
