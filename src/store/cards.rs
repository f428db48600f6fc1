//! Reading cards and decks: one card, listings and search, the due cards,
//! the review queue, and the per-deck summary of `recall decks`.

use std::collections::HashMap;

use rusqlite::{params_from_iter, OptionalExtension};

use crate::clock::Day;
use crate::error::{excerpt, Error, Result, QUOTED};
use crate::model::StoredCard;
use crate::sched::Ease;

use super::{card_from_row, ease, Store, Tags, CARD_COLUMNS};

/// The decks a command looks at: all of them, or some.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    decks: Option<Vec<i64>>,
    /// What `--deck` named: a deck, or the parent of decks (`A` of `A::B`).
    name: Option<String>,
}

impl Scope {
    pub fn all() -> Scope {
        Scope::default()
    }

    pub fn decks(ids: Vec<i64>) -> Scope {
        Scope {
            decks: Some(ids),
            name: None,
        }
    }

    pub fn is_all(&self) -> bool {
        self.decks.is_none()
    }

    /// The deck (or parent of decks) this scope was named by.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The SQL condition ` AND <column> IN (…)`, or nothing for all decks.
    /// The ids are integers this code read from the collection.
    pub(super) fn sql(&self, column: &str) -> String {
        match &self.decks {
            None => String::new(),
            Some(ids) => {
                let list: Vec<String> = ids.iter().map(i64::to_string).collect();
                format!(" AND {column} IN ({})", list.join(","))
            }
        }
    }

    pub(super) fn has(&self, deck_id: i64) -> bool {
        self.decks.as_ref().is_none_or(|ids| ids.contains(&deck_id))
    }
}

/// Which cards a listing wants.
#[derive(Debug, Clone, Default)]
pub struct CardFilter {
    pub scope: Scope,
    /// Words that must all appear in the front, back, explanation, tags or key.
    pub query: Option<String>,
    /// Cards with any of these tags.
    pub tags: Tags,
}

/// One row of `recall due`.
#[derive(Debug, Clone, PartialEq)]
pub struct DueCard {
    pub id: i64,
    pub deck: String,
    pub front: String,
    pub due: Day,
    pub interval: u32,
    pub ease: Ease,
    pub reps: u32,
    pub lapses: u32,
}

/// One row of `recall decks`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DeckSummary {
    pub name: String,
    pub cards: u64,
    pub new: u64,
    pub due: u64,
    pub mature: u64,
    pub suspended: u64,
    /// Passed / scheduled reviews of learned cards over the last 30 days.
    pub reviews_30d: u64,
    pub passed_30d: u64,
}

/// What the review log holds for counting a day's work.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayCounts {
    pub new_seen: u32,
    pub reviews: u32,
}

/// The deck `asked` means among `names`: the one of that name (exactly,
/// else in any case); else the one whose name it begins, in any case,
/// counting a deck's `::` children as that deck — so that a prefix of
/// `Languages` means `Languages` even when only `Languages::French` and
/// `Languages::German` exist. Several such decks: an error naming them.
fn resolve_deck(names: &[&str], asked: &str) -> Result<String> {
    let low = asked.to_lowercase();
    let exact = names.iter().find(|n| **n == asked);
    let any_case = || names.iter().find(|n| n.to_lowercase() == low);
    if let Some(name) = exact.or_else(any_case) {
        return Ok(name.to_string());
    }
    let mut roots: Vec<String> = names
        .iter()
        .filter(|_| !low.is_empty())
        .filter_map(|n| begun_by(n, &low))
        .collect();
    roots.sort_by_key(|r| r.to_lowercase());
    roots.dedup_by_key(|r| r.to_lowercase());
    // a parent named in full (`Lang` of `Lang::Fr`) is no prefix of `Language`
    if let Some(i) = roots.iter().position(|r| r.to_lowercase() == low) {
        return Ok(roots.swap_remove(i));
    }
    match roots.len() {
        0 => Err(Error::NoSuchDeck(asked.to_string())),
        1 => Ok(roots.remove(0)),
        n => {
            let shown: Vec<String> = roots
                .iter()
                .take(8)
                .map(|r| format!("'{}'", excerpt(r, QUOTED)))
                .collect();
            let more = if n > 8 {
                format!(" and {} more", n - 8)
            } else {
                String::new()
            };
            Err(Error::Invalid(format!(
                "'{}' could be the deck {}{more}; give more of its name",
                excerpt(asked, QUOTED),
                shown.join(", ")
            )))
        }
    }
}

/// The shortest `::` ancestor of deck `name` (or the name itself) that
/// begins with `low` in any case.
fn begun_by(name: &str, low: &str) -> Option<String> {
    let mut path = String::new();
    for part in name.split("::") {
        if !path.is_empty() {
            path.push_str("::");
        }
        path.push_str(part);
        if path.to_lowercase().starts_with(low) {
            return Some(path);
        }
    }
    None
}

/// `LIKE` patterns for the words of a search, LIKE's own wildcards escaped.
fn like_patterns(query: &str) -> Vec<String> {
    query
        .split_whitespace()
        .map(|w| {
            let escaped = w
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            format!("%{escaped}%")
        })
        .collect()
}

impl Store {
    /// The id of the deck called `name` (case-insensitive), or a clear error.
    pub fn deck_id(&self, name: &str) -> Result<i64> {
        self.conn
            .query_row(
                "SELECT id FROM decks WHERE name = ?1 COLLATE NOCASE ORDER BY name = ?1 DESC LIMIT 1",
                [name],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::NoSuchDeck(name.to_string()))
    }

    /// The decks `--deck NAME` means: every deck when there is no name;
    /// else the deck it names or begins to name, in any case, with the
    /// decks under it (`Languages` is `Languages` and `Languages::French`).
    pub fn scope(&self, deck: Option<&str>) -> Result<Scope> {
        let Some(asked) = deck else {
            return Ok(Scope::all());
        };
        let decks = self.decks()?;
        let names: Vec<&str> = decks.iter().map(|d| d.1.as_str()).collect();
        let root = resolve_deck(&names, asked)?;
        let low = root.to_lowercase();
        let under = format!("{low}::");
        let ids = decks
            .iter()
            .filter(|d| {
                let name = d.1.to_lowercase();
                name == low || name.starts_with(&under)
            })
            .map(|d| d.0)
            .collect();
        Ok(Scope {
            decks: Some(ids),
            name: Some(root),
        })
    }

    /// Ids, names and descriptions of the decks, in name order.
    pub fn decks(&self) -> Result<Vec<(i64, String, Option<String>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, description FROM decks ORDER BY name COLLATE NOCASE, name",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn card(&self, id: i64) -> Result<Option<StoredCard>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {CARD_COLUMNS} FROM cards c JOIN decks d ON d.id = c.deck_id WHERE c.id = ?1"
        ))?;
        Ok(stmt.query_row([id], card_from_row).optional()?)
    }

    /// Cards matching `filter`, in deck and deck-file order.
    pub fn cards(&self, filter: &CardFilter) -> Result<Vec<StoredCard>> {
        let mut cards = Vec::new();
        self.for_each_card(filter, |c| {
            cards.push(c);
            Ok(())
        })?;
        Ok(cards)
    }

    /// Calls `f` with each card matching `filter`, in deck and deck-file
    /// order, without holding them all. A search reads every card of the
    /// scope once and matches its words with `LIKE` (case-insensitive for
    /// ASCII, anywhere in a word).
    pub fn for_each_card(
        &self,
        filter: &CardFilter,
        mut f: impl FnMut(StoredCard) -> Result<()>,
    ) -> Result<()> {
        let mut sql = format!(
            "SELECT {CARD_COLUMNS} FROM cards c JOIN decks d ON d.id = c.deck_id WHERE 1{}{}",
            filter.scope.sql("c.deck_id"),
            filter.tags.sql()
        );
        let patterns = filter
            .query
            .as_deref()
            .map(like_patterns)
            .unwrap_or_default();
        for n in 1..=patterns.len() {
            sql += &format!(
                " AND (c.front LIKE ?{n} ESCAPE '\\' OR c.back LIKE ?{n} ESCAPE '\\' \
                 OR c.explanation LIKE ?{n} ESCAPE '\\' OR c.tags LIKE ?{n} ESCAPE '\\' \
                 OR c.key LIKE ?{n} ESCAPE '\\')"
            );
        }
        // A search keeps few rows: reading the table in row order and sorting
        // the matches beats walking the (deck, key) index and looking up
        // every row (31 against 36 ms for 100,000 cards).
        sql += if patterns.is_empty() {
            " ORDER BY c.deck_id, c.ord"
        } else {
            " ORDER BY +c.deck_id, c.ord"
        };
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(&patterns), card_from_row)?;
        for card in rows {
            f(card?)?;
        }
        Ok(())
    }

    /// Unsuspended cards due on or before `by`, most overdue first, then in
    /// deck order.
    pub fn due_cards(&self, by: Day, scope: &Scope, tags: &Tags) -> Result<Vec<DueCard>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT c.id, d.name, c.front, c.due, c.interval, c.ease, c.reps, c.lapses
             FROM cards c JOIN decks d ON d.id = c.deck_id
             WHERE c.due <= ?1 AND c.suspended = 0{}{}
             ORDER BY c.due, c.deck_id, c.ord",
            scope.sql("+c.deck_id"),
            tags.sql()
        ))?;
        let rows = stmt.query_map([by.0], |r| {
            Ok(DueCard {
                id: r.get(0)?,
                deck: r.get(1)?,
                front: r.get(2)?,
                due: Day(r.get(3)?),
                interval: r.get(4)?,
                ease: ease(r.get(5)?),
                reps: r.get(6)?,
                lapses: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// New cards that are not suspended.
    pub fn new_count(&self, scope: &Scope) -> Result<u64> {
        let n: i64 = self.conn.query_row(
            &format!(
                "SELECT coalesce(sum(cards), 0) FROM card_counts WHERE state = 0{}",
                scope.sql("deck_id")
            ),
            [],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// The first day after `after` on which cards fall due, and how many.
    pub fn next_due(&self, after: Day, scope: &Scope) -> Result<Option<(Day, u64)>> {
        let deck = scope.sql("+deck_id");
        let row: Option<(i64, i64)> = self
            .conn
            .query_row(
                &format!(
                    "SELECT due, count(*) FROM cards
                     WHERE due = (SELECT min(due) FROM cards
                                  WHERE due > ?1 AND suspended = 0{deck})
                       AND suspended = 0{deck}
                     GROUP BY due"
                ),
                [after.0],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(row.map(|(d, n)| (Day(d), n as u64)))
    }

    /// What was done on `day` across the whole collection: new cards seen
    /// and reviews answered (the daily limits are the collection's).
    pub fn day_counts(&self, day: Day) -> Result<DayCounts> {
        let (new_seen, reviews): (i64, i64) = self.conn.query_row(
            "SELECT coalesce(sum(new_cards), 0), coalesce(sum(reviews - new_cards), 0)
             FROM review_days WHERE day = ?1",
            [day.0],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(DayCounts {
            new_seen: new_seen as u32,
            reviews: reviews as u32,
        })
    }

    /// One summary row per deck, in name order: the counts kept on write,
    /// today's due cards and 30 days of retention, each read by deck in
    /// one pass over what they count.
    pub fn deck_summaries(&self, today: Day) -> Result<Vec<DeckSummary>> {
        let due = self.by_deck(
            "SELECT deck_id, count(*), 0 FROM cards WHERE due <= ?1 AND suspended = 0
             GROUP BY +deck_id",
            today,
        )?;
        let retention = self.by_deck(
            "SELECT deck_id, sum(young_reviews + mature_reviews), sum(young_passed + mature_passed)
             FROM review_days WHERE day > ?1 - 30 AND day <= ?1 GROUP BY deck_id",
            today,
        )?;
        let counts = self.card_counts(&Scope::all())?;
        Ok(counts
            .decks
            .into_iter()
            .map(|c| {
                let (due, _) = due.get(&c.deck_id).copied().unwrap_or_default();
                let (reviews, passed) = retention.get(&c.deck_id).copied().unwrap_or_default();
                DeckSummary {
                    cards: c.cards(),
                    new: c.new,
                    due,
                    mature: c.mature,
                    suspended: c.suspended,
                    reviews_30d: reviews,
                    passed_30d: passed,
                    name: c.deck,
                }
            })
            .collect())
    }

    /// Two numbers per deck from `sql` (deck id, then the numbers; ?1 today).
    fn by_deck(&self, sql: &str, today: Day) -> Result<HashMap<i64, (u64, u64)>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map([today.0], |r| {
            Ok((
                r.get(0)?,
                (r.get::<_, i64>(1)? as u64, r.get::<_, i64>(2)? as u64),
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::store::ImportOptions;

    fn keys_found(s: &Store, query: &str) -> Vec<String> {
        let filter = CardFilter {
            scope: Scope::all(),
            query: Some(query.to_string()),
            tags: Tags::default(),
        };
        s.cards(&filter)
            .unwrap()
            .into_iter()
            .map(|c| c.key)
            .collect()
    }

    #[test]
    fn search_matches_every_word_anywhere_in_any_case() {
        let (_d, mut s) = temp_store();
        let d = deck(&[
            ("a", "Alpha one?", "x"),
            ("b", "Beta two?", "s3:GetObject"),
            ("c", "Gamma 100% three?", "y_z"),
            ("zeta-key", "Q?", "A"),
        ]);
        s.import(vec![d.into()], 0, ImportOptions::default())
            .unwrap();
        assert_eq!(keys_found(&s, "ALPHA"), ["a"]);
        assert_eq!(keys_found(&s, "3:getob"), ["b"]);
        assert_eq!(keys_found(&s, "lph ne"), ["a"]);
        assert!(keys_found(&s, "alpha two").is_empty());
        // LIKE's own wildcards are plain characters in a search
        assert_eq!(keys_found(&s, "100%"), ["c"]);
        assert_eq!(keys_found(&s, "y_z"), ["c"]);
        assert!(keys_found(&s, "y%z").is_empty());
        assert_eq!(
            keys_found(&s, "zeta"),
            ["zeta-key"],
            "keys are searched too"
        );
    }

    #[test]
    fn search_results_come_in_deck_and_file_order_not_row_order() {
        let (_d, mut s) = temp_store();
        let import = |s: &mut Store, name: &str, cards: &[(&str, &str, &str)]| {
            let mut d = deck(cards);
            d.name = name.into();
            s.import(vec![d.into()], 0, ImportOptions::default())
                .unwrap();
        };
        import(&mut s, "First", &[("b", "Q b?", "1")]);
        import(&mut s, "Second", &[("x", "Q x?", "2")]);
        // the new card's row comes last, its place in the file first
        import(&mut s, "First", &[("a", "Q a?", "3"), ("b", "Q b?", "1")]);
        assert_eq!(keys_found(&s, "q"), ["a", "b", "x"]);
    }

    #[test]
    fn a_deck_is_named_by_a_prefix_in_any_case_with_its_children() {
        let names = [
            "AWS Shared Responsibility",
            "AWS Well-Architected",
            "Languages::French",
            "Languages::French::Verbs",
            "Languages::German",
            "Spanish",
            "spanish",
        ];
        let r = |asked| resolve_deck(&names, asked);
        assert_eq!(r("aws shared").unwrap(), "AWS Shared Responsibility");
        assert_eq!(r("lang").unwrap(), "Languages");
        assert_eq!(r("LANGUAGES").unwrap(), "Languages");
        assert_eq!(r("languages::f").unwrap(), "Languages::French");
        assert_eq!(r("spanish").unwrap(), "spanish");
        // a giant name is quoted short
        let long = format!("Languages{}", "x".repeat(10_000));
        let names_long = [long.as_str(), "Languages::German"];
        let e = resolve_deck(&names_long, "lang").unwrap_err().to_string();
        assert!(e.len() < 300, "{e}");
        assert_eq!(r("Spanish").unwrap(), "Spanish");
        assert_eq!(
            r("aws").unwrap_err().to_string(),
            "'aws' could be the deck 'AWS Shared Responsibility', 'AWS Well-Architected'; give more of its name"
        );
        assert_eq!(
            r("").unwrap_err().to_string(),
            "there is no deck named ''; `recall decks` lists the decks"
        );
        assert!(matches!(r("French"), Err(Error::NoSuchDeck(_))));
    }

    #[test]
    fn a_parent_scope_holds_its_children_and_no_namesake() {
        let (_d, mut s) = temp_store();
        for name in ["Lang::Fr", "Lang::De", "Language"] {
            let mut d = deck(&[("a", "A?", "1")]);
            d.name = name.into();
            s.import(vec![d.into()], 0, ImportOptions::default())
                .unwrap();
        }
        let id = |n: &str| s.deck_id(n).unwrap();
        let e = s.scope(Some("lan")).unwrap_err();
        assert!(e.to_string().contains("'Lang', 'Language'"), "{e}");
        let scope = s.scope(Some("LANG")).unwrap();
        assert_eq!(scope.name(), Some("Lang"));
        assert!(scope.has(id("Lang::Fr")) && scope.has(id("Lang::De")));
        assert!(!scope.has(id("Language")));
    }

    #[test]
    fn scopes_name_decks_without_case() {
        let (_d, mut s) = temp_store();
        s.import(
            vec![deck(&[("a", "A?", "1")]).into()],
            0,
            ImportOptions::default(),
        )
        .unwrap();
        let id = s.deck_id("d").unwrap();
        let scope = s.scope(Some("d")).unwrap();
        assert!(scope.has(id) && !scope.has(id + 1) && scope.name() == Some("D"));
        assert_eq!(
            s.scope(Some("nope")).unwrap_err().to_string(),
            "there is no deck named 'nope'; `recall decks` lists the decks"
        );
        assert_eq!(s.new_count(&Scope::all()).unwrap(), 1);
        assert_eq!(s.new_count(&Scope::decks(vec![id + 1])).unwrap(), 0);
    }
}
