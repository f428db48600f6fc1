//! The collection's schema and its migrations, one transaction each.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result};

/// `PRAGMA application_id` of a recall collection ("rcl1"), so that another
/// program's SQLite file is never mistaken for one.
pub const APPLICATION_ID: i32 = 0x7263_6c31;

/// The migrations, in order: after migration `i` the schema version is `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: the first schema.
    "
    CREATE TABLE config (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE decks (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        description TEXT,
        created_at  INTEGER NOT NULL            -- unix seconds, UTC
    );

    CREATE TABLE cards (
        id          INTEGER PRIMARY KEY,
        deck_id     INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
        key         TEXT NOT NULL,              -- the card's id inside its deck
        ord         INTEGER NOT NULL,           -- position in the deck file
        front       TEXT NOT NULL,
        back        TEXT NOT NULL,
        explanation TEXT,
        choices     TEXT,                       -- JSON array, multiple choice only
        answer      INTEGER,
        tags        TEXT NOT NULL DEFAULT '',   -- space-separated
        source      TEXT,
        reps        INTEGER NOT NULL DEFAULT 0, -- SM-2 n
        interval    INTEGER NOT NULL DEFAULT 0, -- SM-2 I, days
        ease        INTEGER NOT NULL DEFAULT 250, -- SM-2 EF, hundredths
        lapses      INTEGER NOT NULL DEFAULT 0,
        due         INTEGER,                    -- local day number; NULL while new
        suspended   INTEGER NOT NULL DEFAULT 0,
        leech       INTEGER NOT NULL DEFAULT 0,
        buried_until INTEGER,                   -- skipped: hidden before this day
        created_at  INTEGER NOT NULL,
        UNIQUE (deck_id, key)
    );
    CREATE INDEX cards_due ON cards (due) WHERE due IS NOT NULL;
    CREATE INDEX cards_new ON cards (deck_id, ord) WHERE due IS NULL;

    CREATE TABLE reviews (
        id              INTEGER PRIMARY KEY,
        card_id         INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
        deck_id         INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
        at              INTEGER NOT NULL,       -- unix milliseconds, UTC
        day             INTEGER NOT NULL,       -- local day number of `at`
        grade           INTEGER NOT NULL,
        kind            TEXT NOT NULL,          -- new | review | drill
        reps_before     INTEGER NOT NULL,
        interval_before INTEGER NOT NULL,
        ease_before     INTEGER NOT NULL,
        lapses_before   INTEGER NOT NULL,
        due_before      INTEGER,
        leech_before    INTEGER NOT NULL,
        suspended_before INTEGER NOT NULL,
        reps_after      INTEGER NOT NULL,
        interval_after  INTEGER NOT NULL,
        ease_after      INTEGER NOT NULL,
        answer_ms       INTEGER NOT NULL
    );
    CREATE INDEX reviews_card ON reviews (card_id);
    CREATE INDEX reviews_day ON reviews (day, deck_id);
    ",
];

/// The schema version this build writes.
pub const VERSION: i32 = MIGRATIONS.len() as i32;

/// Brings the schema up to date, refusing files that are not recall
/// collections and collections written by a newer recall.
pub fn migrate(conn: &mut Connection, path: &str) -> Result<()> {
    let version = check(conn, path)?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        let now: i32 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if now > i as i32 {
            continue;
        }
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", i as i32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// Reads, without writing anything, whether the file is a recall collection
/// this build can open; returns its schema version (0 for an empty file).
pub fn check(conn: &Connection, path: &str) -> Result<i32> {
    let version: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    if version > VERSION {
        return Err(Error::io(format!(
            "{path} is a collection of schema version {version}, written by a newer recall (this one knows version {VERSION}); upgrade recall to open it"
        )));
    }
    if version == 0 {
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        if tables > 0 || (app != 0 && app != APPLICATION_ID) {
            return Err(not_a_collection(path));
        }
    } else if app != APPLICATION_ID {
        return Err(not_a_collection(path));
    }
    Ok(version)
}

pub fn not_a_collection(path: &str) -> Error {
    Error::input(format!(
        "{path} is not a recall collection; it was left untouched — choose another file with --db or RECALL_DB"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_an_empty_database_once() {
        let mut c = Connection::open_in_memory().unwrap();
        migrate(&mut c, "mem").unwrap();
        migrate(&mut c, "mem").unwrap();
        let v: i32 = c
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, VERSION);
    }

    #[test]
    fn refuses_newer_and_foreign_databases() {
        let mut c = Connection::open_in_memory().unwrap();
        c.pragma_update(None, "user_version", VERSION + 1).unwrap();
        c.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        let e = migrate(&mut c, "x.db").unwrap_err().to_string();
        assert!(e.contains("newer recall"), "{e}");

        let mut c = Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE notes (x)").unwrap();
        let e = migrate(&mut c, "x.db").unwrap_err();
        assert!(e.to_string().contains("not a recall collection"));
        assert_eq!(e.exit_code(), 65);
    }
}
