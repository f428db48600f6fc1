//! The collection's schema: `schema.sql` for a new collection, and the
//! migrations that bring an older one up to it, as an ordered list of
//! `(version, function)`, each in one transaction.

use std::path::Path;

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

/// `PRAGMA application_id` of a recall collection ("rcl1"), so that another
/// program's SQLite file is never mistaken for one.
pub const APPLICATION_ID: i64 = 0x7263_6c31;

/// The schema of a new collection.
pub const SCHEMA: &str = include_str!("schema.sql");

/// The schema version this build writes.
pub const VERSION: i64 = 12;

/// The oldest version a migration starts from: the schema of the last
/// build before this one. Earlier versions were development builds.
const OLDEST: i64 = 10;

type Migration = fn(&Transaction) -> Result<()>;

/// Each migration brings the collection from the version before it.
const MIGRATIONS: &[(i64, Migration)] = &[(11, from_10), (12, from_11)];

/// Makes the collection at `path` ready for this build: creates the schema
/// in an empty file, or migrates an older one. Anything that is not a recall
/// collection this build can open is refused before a byte is written.
pub fn prepare(conn: &mut Connection, path: &Path) -> Result<()> {
    let version = check(conn, path)?;
    if version == VERSION {
        return Ok(());
    }
    // Foreign keys are off while tables are rebuilt (it cannot change inside
    // a transaction), and checked before the migration commits.
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let done = upgrade(conn, version);
    conn.pragma_update(None, "foreign_keys", "ON")?;
    done
}

fn upgrade(conn: &mut Connection, from: i64) -> Result<()> {
    if from == 0 {
        return in_transaction(conn, 0, |tx| Ok(tx.execute_batch(SCHEMA)?), VERSION);
    }
    for &(version, migrate) in MIGRATIONS.iter().filter(|(v, _)| *v > from) {
        in_transaction(conn, version - 1, migrate, version)?;
    }
    Ok(())
}

/// Runs `work` in one transaction that ends at version `to`, unless another
/// process moved the collection past `from` while this one waited.
fn in_transaction(conn: &mut Connection, from: i64, work: Migration, to: i64) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let now: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if now != from {
        return Ok(());
    }
    work(&tx)?;
    let broken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM pragma_foreign_key_check)",
        [],
        |r| r.get(0),
    )?;
    if broken {
        return Err(Error::Invalid(format!(
            "the collection's upgrade to schema version {to} found cards or reviews without their deck; nothing was changed"
        )));
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", to)?;
    tx.commit()?;
    Ok(())
}

/// Reads, without writing anything, whether the file is a recall collection
/// this build can open; returns its schema version (0 for an empty file).
pub fn check(conn: &Connection, path: &Path) -> Result<i64> {
    let not_ours = || Error::NotACollection {
        path: path.to_path_buf(),
    };
    let app: i64 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => not_ours(),
            _ => Error::from(e),
        })?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if app == 0 && version == 0 {
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        return if tables == 0 { Ok(0) } else { Err(not_ours()) };
    }
    if app != APPLICATION_ID {
        return Err(not_ours());
    }
    match version {
        v if v > VERSION => Err(Error::NewerCollection {
            path: path.to_path_buf(),
            found: v,
            known: VERSION,
        }),
        v if v < OLDEST => Err(Error::OlderCollection {
            path: path.to_path_buf(),
            found: v,
        }),
        v => Ok(v),
    }
}

/// Version 10 to 11: one schema file. The speed experiments of versions
/// 6–10 go (fingerprints, the word index, the learned-card counts, the log
/// without a foreign key); the tables are rebuilt from `schema.sql` and
/// every row copied; the card counts are counted afresh and the day totals
/// rebuilt by the new triggers from the log itself.
fn from_10(tx: &Transaction) -> Result<()> {
    for trigger in triggers(tx)? {
        tx.execute_batch(&format!("DROP TRIGGER \"{trigger}\""))?;
    }
    tx.execute_batch(
        "DROP TABLE IF EXISTS search_index; DROP TABLE IF EXISTS search_words;
         DROP TABLE IF EXISTS search_stale; DROP TABLE IF EXISTS card_states;
         DROP INDEX IF EXISTS cards_due; DROP INDEX IF EXISTS cards_new;
         DROP INDEX IF EXISTS cards_leech; DROP INDEX IF EXISTS cards_hardest;
         DROP INDEX IF EXISTS cards_state;
         ALTER TABLE config RENAME TO v10_config;
         ALTER TABLE decks RENAME TO v10_decks;
         ALTER TABLE cards RENAME TO v10_cards;
         ALTER TABLE reviews RENAME TO v10_reviews;
         ALTER TABLE review_days RENAME TO v10_review_days;",
    )?;
    tx.execute_batch(SCHEMA)?;
    tx.execute_batch(
        "INSERT INTO config SELECT key, value FROM v10_config;
         INSERT INTO decks (id, name, description, created_at)
             SELECT id, name, description, created_at FROM v10_decks;
         INSERT INTO cards (id, deck_id, key, ord, front, back, explanation, choices, answer,
                            tags, source, reps, interval, ease, lapses, due, suspended, leech,
                            buried_until, created_at)
             SELECT id, deck_id, key, ord, front, back, explanation, choices, answer,
                    tags, source, reps, interval, ease, lapses, due, suspended, leech,
                    buried_until, created_at FROM v10_cards ORDER BY id;
         INSERT INTO card_counts
             SELECT deck_id, state, ease, leech, due IS NOT NULL, count(*)
             FROM cards GROUP BY 1, 2, 3, 4, 5;
         INSERT INTO reviews (id, card_id, deck_id, at, day, grade, kind, reps_before,
                              interval_before, ease_before, lapses_before, due_before,
                              leech_before, suspended_before, reps_after, interval_after,
                              ease_after, answer_ms)
             SELECT id, card_id, deck_id, at, day, grade, kind, reps_before,
                    interval_before, ease_before, lapses_before, due_before,
                    leech_before, suspended_before, reps_after, interval_after,
                    ease_after, answer_ms
             FROM v10_reviews WHERE card_id IN (SELECT id FROM cards) ORDER BY id;
         DROP TABLE v10_reviews; DROP TABLE v10_review_days; DROP TABLE v10_cards;
         DROP TABLE v10_decks; DROP TABLE v10_config;",
    )?;
    Ok(())
}

/// Version 11 to 12: cards added with `recall add` are marked
/// (`cards.added`), a deck file's text of a card edited here is kept
/// (`card_base`), and crams are counted per day (`review_days.crams`, with
/// the triggers that keep it). Nothing is copied: columns are added and the
/// two triggers replaced by the ones in `schema.sql`. Each step is skipped
/// where it is done already, because `from_10` builds today's schema.
fn from_11(tx: &Transaction) -> Result<()> {
    if !has_column(tx, "cards", "added")? {
        tx.execute_batch("ALTER TABLE cards ADD COLUMN added INTEGER NOT NULL DEFAULT 0")?;
    }
    if !has_column(tx, "review_days", "crams")? {
        tx.execute_batch("ALTER TABLE review_days ADD COLUMN crams INTEGER NOT NULL DEFAULT 0")?;
    }
    if !has_column(tx, "card_base", "card_id")? {
        tx.execute_batch(statement("CREATE TABLE card_base ")?)?;
    }
    for trigger in ["review_days_insert", "review_days_delete"] {
        tx.execute_batch(&format!("DROP TRIGGER IF EXISTS {trigger}"))?;
        tx.execute_batch(statement(&format!("CREATE TRIGGER {trigger} "))?)?;
    }
    Ok(())
}

fn has_column(tx: &Transaction, table: &str, column: &str) -> Result<bool> {
    Ok(tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM pragma_table_xinfo(?1) WHERE name = ?2)",
        [table, column],
        |r| r.get(0),
    )?)
}

/// The statement of `schema.sql` that starts with `start`, so that a
/// migration creates exactly what a new collection gets: a trigger up to its
/// `END;`, anything else up to the first `;` that ends a line.
fn statement(start: &str) -> Result<&'static str> {
    let missing = || Error::Invalid(format!("schema.sql has no statement `{start}…`"));
    let from = SCHEMA
        .match_indices(start)
        .map(|(i, _)| i)
        .find(|&i| i == 0 || SCHEMA.as_bytes()[i - 1] == b'\n')
        .ok_or_else(missing)?;
    let rest = &SCHEMA[from..];
    let end = match start.starts_with("CREATE TRIGGER") {
        true => rest.find("\nEND;").map(|i| i + "\nEND;".len()),
        false => rest.find(";\n").map(|i| i + 1),
    };
    Ok(&rest[..end.ok_or_else(missing)?])
}

/// The names of the collection's triggers.
fn triggers(tx: &Transaction) -> Result<Vec<String>> {
    let mut stmt = tx.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> Connection {
        let mut c = Connection::open_in_memory().unwrap();
        prepare(&mut c, Path::new("mem")).unwrap();
        c
    }

    #[test]
    fn an_empty_database_gets_the_schema_once() {
        let mut c = fresh();
        assert_eq!(check(&c, Path::new("mem")).unwrap(), VERSION);
        prepare(&mut c, Path::new("mem")).unwrap();
        let tables: i64 = c
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 8);
    }

    #[test]
    fn newer_older_and_foreign_databases_are_refused() {
        let c = Connection::open_in_memory().unwrap();
        c.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        c.pragma_update(None, "user_version", VERSION + 1).unwrap();
        let e = check(&c, Path::new("x.db")).unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.db is a collection of schema version 13, written by a newer recall (this one knows version 12); upgrade recall to open it"
        );
        c.pragma_update(None, "user_version", 9).unwrap();
        assert!(matches!(
            check(&c, Path::new("x.db")),
            Err(Error::OlderCollection { found: 9, .. })
        ));

        // another program's file, whatever its version, is not ours
        for version in [0, 50] {
            let c = Connection::open_in_memory().unwrap();
            c.execute_batch("CREATE TABLE notes (x)").unwrap();
            c.pragma_update(None, "user_version", version).unwrap();
            let e = check(&c, Path::new("x.db")).unwrap_err();
            assert_eq!(
                e.to_string(),
                "x.db is not a recall collection; it was left untouched — choose another file with --db or RECALL_DB"
            );
            assert_eq!(e.exit_code(), 65);
        }
    }

    /// A collection of version 11, made by that build's `schema.sql`: a
    /// deck, two cards, one answered and drilled.
    fn version_11() -> Connection {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch(include_str!(
            "../../tests/fixtures/collections/v11-schema.sql"
        ))
        .unwrap();
        c.execute_batch(
            "INSERT INTO decks VALUES (1, 'D', NULL, 0);
             INSERT INTO cards (deck_id, key, ord, front, back, tags, created_at)
             VALUES (1, 'a', 0, 'A?', '1', 'x y', 0), (1, 'b', 2, 'B?', '2', '', 0);
             INSERT INTO card_counts VALUES (1, 0, 250, 0, 0, 2);
             UPDATE cards SET reps = 1, interval = 1, ease = 240, due = 101 WHERE key = 'a';
             INSERT INTO reviews (card_id, deck_id, at, day, grade, kind, reps_before,
                 interval_before, ease_before, lapses_before, due_before, leech_before,
                 suspended_before, reps_after, interval_after, ease_after, answer_ms)
             VALUES (1, 1, 0, 100, 3, 'new', 0, 0, 250, 0, NULL, 0, 0, 1, 1, 240, 700),
                    (1, 1, 1, 100, 4, 'drill', 1, 1, 240, 0, 101, 0, 0, 1, 1, 240, 300);",
        )
        .unwrap();
        c.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        c.pragma_update(None, "user_version", 11).unwrap();
        c
    }

    /// Each table's columns, and each index and trigger as written.
    fn shape(c: &Connection) -> Vec<String> {
        let mut stmt = c
            .prepare(
                "SELECT type, name, ifnull(sql, '') FROM sqlite_master
                 WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
            )
            .unwrap();
        let all: Vec<(String, String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        all.into_iter()
            .map(|(kind, name, sql)| match kind.as_str() {
                "table" => format!("table {name}: {}", columns(c, &name)),
                _ => format!("{kind} {name}: {sql}"),
            })
            .collect()
    }

    fn columns(c: &Connection, table: &str) -> String {
        let mut stmt = c
            .prepare(
                "SELECT name, type, \"notnull\", ifnull(dflt_value, ''), pk, hidden
                 FROM pragma_table_xinfo(?1)",
            )
            .unwrap();
        let cols: Vec<String> = stmt
            .query_map([table], |r| {
                Ok(format!(
                    "{} {} {} {} {} {}",
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, i64>(4)?,
                    r.get::<_, i64>(5)?
                ))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        cols.join(", ")
    }

    fn day_row(c: &Connection) -> Vec<i64> {
        c.query_row(
            "SELECT reviews, passed, new_cards, drills, time_ms, crams FROM review_days",
            [],
            |r| (0..6).map(|i| r.get(i)).collect(),
        )
        .unwrap()
    }

    #[test]
    fn a_version_11_collection_becomes_what_a_new_one_is_keeping_its_rows() {
        let mut c = version_11();
        prepare(&mut c, Path::new("mem")).unwrap();
        assert_eq!(check(&c, Path::new("mem")).unwrap(), VERSION);
        assert_eq!(shape(&c), shape(&fresh()));
        let cards: Vec<(String, String, i64, i64)> = c
            .prepare("SELECT key, tags, due IS NOT NULL, added FROM cards ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            cards,
            [
                ("a".into(), "x y".into(), 1, 0),
                ("b".into(), "".into(), 0, 0)
            ]
        );
        assert_eq!(day_row(&c), [1, 1, 1, 1, 1000, 0]);
        // the new triggers count a cram apart, and take it back exactly
        c.execute_batch(
            "INSERT INTO reviews (card_id, deck_id, at, day, grade, kind, reps_before,
                 interval_before, ease_before, lapses_before, due_before, leech_before,
                 suspended_before, reps_after, interval_after, ease_after, answer_ms)
             VALUES (1, 1, 2, 100, 5, 'cram', 1, 1, 240, 0, 101, 0, 0, 1, 1, 240, 50);",
        )
        .unwrap();
        assert_eq!(day_row(&c), [1, 1, 1, 1, 1050, 1]);
        c.execute_batch("DELETE FROM reviews WHERE kind = 'cram'")
            .unwrap();
        assert_eq!(day_row(&c), [1, 1, 1, 1, 1000, 0]);
        // migrating twice changes nothing
        c.pragma_update(None, "user_version", 11).unwrap();
        prepare(&mut c, Path::new("mem")).unwrap();
        assert_eq!(shape(&c), shape(&fresh()));
    }

    #[test]
    fn the_state_of_a_card_and_of_a_logged_answer_follow_one_rule() {
        let c = fresh();
        c.execute_batch(
            "INSERT INTO decks VALUES (1, 'D', NULL, 0);
             CREATE TEMP TABLE cases (reps, interval, due, suspended, expected);
             INSERT INTO temp.cases VALUES
               (0, 0, NULL, 0, 0), (1, 1, 5, 0, 1), (2, 20, 5, 0, 2), (2, 21, 5, 0, 3),
               (9, 400, 5, 0, 3), (0, 0, NULL, 1, 4), (3, 30, 5, 1, 4), (1, 30, 5, 0, 1);",
        )
        .unwrap();
        c.execute_batch(
            "INSERT INTO cards (deck_id, key, ord, front, back, reps, interval, due, suspended, created_at)
             SELECT 1, rowid, rowid, 'f', 'b', reps, interval, due, suspended, 0 FROM temp.cases;
             INSERT INTO reviews (card_id, deck_id, at, day, grade, kind, reps_before, interval_before,
                 ease_before, lapses_before, due_before, leech_before, suspended_before, reps_after,
                 interval_after, ease_after, answer_ms)
             SELECT rowid, 1, 0, 0, 4, 'drill', reps, interval, 250, 0, due, 0, suspended, 0, 0, 250, 0
             FROM temp.cases;",
        )
        .unwrap();
        let wrong: i64 = c
            .query_row(
                "SELECT count(*) FROM temp.cases t JOIN cards c ON c.id = t.rowid
                 JOIN reviews r ON r.card_id = c.id
                 WHERE c.state != t.expected OR r.state_before != t.expected",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(wrong, 0);
    }
}
