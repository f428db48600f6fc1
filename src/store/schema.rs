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
    // 2: what `stats` reads. `review_days` holds the review log summed per
    // local day and deck, so that retention and activity never scan the log;
    // triggers keep it exact for every insert (an answer) and delete (an
    // undo, a deleted deck); the log refuses updates. The card counts (by
    // state and ease, leeches, the hardest cards, the due load) each read an
    // index alone; every index
    // here is one more page written per answer, so there are as few as that
    // allows.
    "
    CREATE TABLE review_days (
        day            INTEGER NOT NULL,   -- local day number, as reviews.day
        deck_id        INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
        reviews        INTEGER NOT NULL,   -- scheduled answers (kind new or review)
        passed         INTEGER NOT NULL,   -- of those, graded 3 or more
        new_cards      INTEGER NOT NULL,   -- kind new
        young_reviews  INTEGER NOT NULL,   -- learned (reps_before >= 1), interval_before < 21
        young_passed   INTEGER NOT NULL,
        mature_reviews INTEGER NOT NULL,   -- learned, interval_before >= 21
        mature_passed  INTEGER NOT NULL,
        drills         INTEGER NOT NULL,   -- kind drill
        time_ms        INTEGER NOT NULL,   -- sum of answer_ms, drills included
        PRIMARY KEY (day, deck_id)
    ) WITHOUT ROWID;

    INSERT INTO review_days
    SELECT day, deck_id,
           sum(kind != 'drill'),
           sum(kind != 'drill' AND grade >= 3),
           sum(kind = 'new'),
           sum(kind != 'drill' AND reps_before >= 1 AND interval_before < 21),
           sum(kind != 'drill' AND reps_before >= 1 AND interval_before < 21 AND grade >= 3),
           sum(kind != 'drill' AND reps_before >= 1 AND interval_before >= 21),
           sum(kind != 'drill' AND reps_before >= 1 AND interval_before >= 21 AND grade >= 3),
           sum(kind = 'drill'),
           sum(answer_ms)
    FROM reviews GROUP BY day, deck_id;

    CREATE TRIGGER review_days_insert AFTER INSERT ON reviews BEGIN
        INSERT INTO review_days VALUES (
            NEW.day, NEW.deck_id,
            NEW.kind != 'drill',
            NEW.kind != 'drill' AND NEW.grade >= 3,
            NEW.kind = 'new',
            NEW.kind != 'drill' AND NEW.reps_before >= 1 AND NEW.interval_before < 21,
            NEW.kind != 'drill' AND NEW.reps_before >= 1 AND NEW.interval_before < 21 AND NEW.grade >= 3,
            NEW.kind != 'drill' AND NEW.reps_before >= 1 AND NEW.interval_before >= 21,
            NEW.kind != 'drill' AND NEW.reps_before >= 1 AND NEW.interval_before >= 21 AND NEW.grade >= 3,
            NEW.kind = 'drill',
            NEW.answer_ms)
        ON CONFLICT (day, deck_id) DO UPDATE SET
            reviews        = reviews        + excluded.reviews,
            passed         = passed         + excluded.passed,
            new_cards      = new_cards      + excluded.new_cards,
            young_reviews  = young_reviews  + excluded.young_reviews,
            young_passed   = young_passed   + excluded.young_passed,
            mature_reviews = mature_reviews + excluded.mature_reviews,
            mature_passed  = mature_passed  + excluded.mature_passed,
            drills         = drills         + excluded.drills,
            time_ms        = time_ms        + excluded.time_ms;
    END;

    CREATE TRIGGER review_days_delete AFTER DELETE ON reviews BEGIN
        UPDATE review_days SET
            reviews        = reviews        - (OLD.kind != 'drill'),
            passed         = passed         - (OLD.kind != 'drill' AND OLD.grade >= 3),
            new_cards      = new_cards      - (OLD.kind = 'new'),
            young_reviews  = young_reviews  - (OLD.kind != 'drill' AND OLD.reps_before >= 1 AND OLD.interval_before < 21),
            young_passed   = young_passed   - (OLD.kind != 'drill' AND OLD.reps_before >= 1 AND OLD.interval_before < 21 AND OLD.grade >= 3),
            mature_reviews = mature_reviews - (OLD.kind != 'drill' AND OLD.reps_before >= 1 AND OLD.interval_before >= 21),
            mature_passed  = mature_passed  - (OLD.kind != 'drill' AND OLD.reps_before >= 1 AND OLD.interval_before >= 21 AND OLD.grade >= 3),
            drills         = drills         - (OLD.kind = 'drill'),
            time_ms        = time_ms        - OLD.answer_ms
        WHERE day = OLD.day AND deck_id = OLD.deck_id;
        DELETE FROM review_days
        WHERE day = OLD.day AND deck_id = OLD.deck_id AND reviews = 0 AND drills = 0;
    END;

    -- The log is append-only: a row is added by an answer and removed by an
    -- undo or with its card, never changed, so the totals need no update
    -- trigger, and an edit is refused rather than silently unaccounted.
    CREATE TRIGGER reviews_append_only BEFORE UPDATE ON reviews BEGIN
        SELECT RAISE(ABORT, 'the review log is append-only');
    END;

    -- Cards by deck, state and ease. The state is model::CardState numbered
    -- 0 new, 1 learning, 2 young, 3 mature, 4 suspended, 5 suspended while
    -- new (the same expression as in store::stats). The raw columns after it
    -- make the index covering, so counting reads no card text.
    CREATE INDEX cards_state ON cards (
        deck_id,
        (CASE WHEN suspended AND due IS NULL THEN 5 WHEN suspended THEN 4
              WHEN due IS NULL THEN 0 WHEN reps < 2 THEN 1 WHEN interval < 21 THEN 2
              ELSE 3 END),
        ease, suspended, due, reps, interval);
    CREATE INDEX cards_leech ON cards (deck_id, leech) WHERE leech != 0;
    CREATE INDEX cards_hardest ON cards (lapses DESC, ease, deck_id) WHERE lapses > 0;
    -- The due-day index, widened so that the due load of unsuspended cards
    -- per day (and per deck) reads the index alone. Every answer rewrites its
    -- entry anyway, so the width costs no extra page per answer.
    DROP INDEX cards_due;
    CREATE INDEX cards_due ON cards (due, suspended, deck_id) WHERE due IS NOT NULL;
    ",
    // 3: the due index also carries what `recall due` lists, in its order,
    // so the listing reads the index alone instead of one scattered row per
    // card (2,800 due cards: 25 ms of row lookups). New cards are not in it,
    // so imports do not pay for it; an answer rewrites its entry anyway.
    "
    DROP INDEX cards_due;
    CREATE INDEX cards_due ON cards (due, deck_id, ord, suspended, interval, ease, reps, lapses, front)
        WHERE due IS NOT NULL;
    ",
    // 4: new cards leave cards_state, which now holds learned cards only,
    // and cards_new carries the suspended flag (and `due`, always null, which
    // SQLite needs to see the index covers `due IS NULL`), so new cards are
    // counted from it. An import of new cards then maintains one index fewer.
    "
    DROP INDEX cards_state;
    CREATE INDEX cards_state ON cards (
        deck_id,
        (CASE WHEN suspended AND due IS NULL THEN 5 WHEN suspended THEN 4
              WHEN due IS NULL THEN 0 WHEN reps < 2 THEN 1 WHEN interval < 21 THEN 2
              ELSE 3 END),
        ease, suspended, due, reps, interval)
        WHERE due IS NOT NULL;
    DROP INDEX cards_new;
    CREATE INDEX cards_new ON cards (deck_id, ord, suspended, due) WHERE due IS NULL;
    ",
    // 5: what the log's day index served (today's counts) comes from
    // review_days now; dropping it saves every answer a page write.
    "
    DROP INDEX reviews_day;
    ",
    // 6: each card keeps a fingerprint of its content, so that a re-import
    // compares 100,000 cards without reading their text. Filled in for the
    // cards already there by `fill_fingerprints`.
    "
    ALTER TABLE cards ADD COLUMN fingerprint INTEGER NOT NULL DEFAULT 0;
    ",
    // 7: learned cards are counted by deck, state and ease in a small table
    // kept exact by triggers, instead of an index over every learned card:
    // `decks` and `stats` read a few hundred rows rather than 100,000 index
    // entries, and an answer moves a count in a page it has just touched
    // instead of an entry between two index pages. New cards, which imports
    // add by the thousand, stay out of it (they are counted from cards_new).
    // A card is always inserted new (no due day; store::insert is
    // the only INSERT) and gets a due day by an update, so there is no insert
    // trigger: one would cost every imported card 4 µs. States as numbered
    // in store::stats, for cards with a due day: 1 learning, 2 young,
    // 3 mature, 4 suspended.
    "
    CREATE TABLE card_states (
        deck_id INTEGER NOT NULL,
        state   INTEGER NOT NULL,
        ease    INTEGER NOT NULL,   -- hundredths
        cards   INTEGER NOT NULL,   -- may reach 0; read with cards > 0
        PRIMARY KEY (deck_id, state, ease)
    ) WITHOUT ROWID;

    INSERT INTO card_states
    SELECT deck_id,
           CASE WHEN suspended THEN 4 WHEN reps < 2 THEN 1 WHEN interval < 21 THEN 2 ELSE 3 END,
           ease, count(*)
    FROM cards WHERE due IS NOT NULL GROUP BY 1, 2, 3;

    CREATE TRIGGER card_states_delete AFTER DELETE ON cards WHEN OLD.due IS NOT NULL BEGIN
        UPDATE card_states SET cards = cards - 1
        WHERE deck_id = OLD.deck_id AND state = (CASE WHEN OLD.suspended THEN 4 WHEN OLD.reps < 2 THEN 1 WHEN OLD.interval < 21 THEN 2 ELSE 3 END) AND ease = OLD.ease;
    END;

    CREATE TRIGGER card_states_update
    AFTER UPDATE OF deck_id, reps, interval, ease, due, suspended ON cards BEGIN
        UPDATE card_states SET cards = cards - 1
        WHERE OLD.due IS NOT NULL
          AND deck_id = OLD.deck_id AND state = (CASE WHEN OLD.suspended THEN 4 WHEN OLD.reps < 2 THEN 1 WHEN OLD.interval < 21 THEN 2 ELSE 3 END) AND ease = OLD.ease;
        INSERT INTO card_states
        SELECT NEW.deck_id, (CASE WHEN NEW.suspended THEN 4 WHEN NEW.reps < 2 THEN 1 WHEN NEW.interval < 21 THEN 2 ELSE 3 END), NEW.ease, 1 WHERE NEW.due IS NOT NULL
        ON CONFLICT (deck_id, state, ease) DO UPDATE SET cards = cards + 1;
    END;

    DROP INDEX cards_state;
    ",
    // 8: the word index of `recall cards QUERY` (store::search). Built on the
    // first search of a large collection, never by an import: a row of
    // bounds, a row of blobs, and the cards whose text changed since.
    "
    CREATE TABLE search_index (
        id     INTEGER PRIMARY KEY CHECK (id = 1),
        covers INTEGER NOT NULL     -- card ids up to this one are indexed
    );
    CREATE TABLE search_words (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        vocab    TEXT NOT NULL,     -- the words, each ended by a 0 byte
        offsets  BLOB NOT NULL,     -- u32 LE: where each word's cards start
        postings BLOB NOT NULL      -- card ids, ascending, as varint gaps
    );
    CREATE TABLE search_stale (card_id INTEGER PRIMARY KEY);

    CREATE TRIGGER search_stale_update
    AFTER UPDATE OF front, back, explanation, tags, key ON cards
    WHEN (OLD.front IS NOT NEW.front OR OLD.back IS NOT NEW.back
          OR OLD.explanation IS NOT NEW.explanation OR OLD.tags IS NOT NEW.tags
          OR OLD.key IS NOT NEW.key)
     AND EXISTS (SELECT 1 FROM search_index)
    BEGIN
        INSERT OR IGNORE INTO search_stale VALUES (NEW.id);
    END;

    -- SQLite gives a new card the highest id plus one, so ids above the
    -- highest one left may come back with other text: stop covering them.
    CREATE TRIGGER search_covers_delete AFTER DELETE ON cards
    WHEN OLD.id > ifnull((SELECT max(id) FROM cards), 0)
    BEGIN
        UPDATE search_index SET covers = min(covers, ifnull((SELECT max(id) FROM cards), 0));
    END;
    ",
    // 9: the review log loses its index by card, the one page of every answer
    // that landed at random (1,000 answers: 580 -> 463 ms). With it goes the
    // foreign key to cards, whose cascade needed that index: the store
    // deletes a card's reviews itself, once per statement that deletes cards
    // (a scan of the log, for a prune or a deleted deck). SQLite cannot drop
    // a constraint, so the table is copied; `after` swaps it in with its
    // triggers.
    "
    CREATE TABLE reviews_new (
        id              INTEGER PRIMARY KEY,
        card_id         INTEGER NOT NULL,       -- cards.id; deleted with the card by the store
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
    INSERT INTO reviews_new
    SELECT id, card_id, deck_id, at, day, grade, kind, reps_before, interval_before,
           ease_before, lapses_before, due_before, leech_before, suspended_before,
           reps_after, interval_after, ease_after, answer_ms
    FROM reviews;
    ",
    // 10: an answer that leaves a card's deck, state and ease as they were
    // (a 4 on a young or mature card) leaves card_states alone: taking 1 from
    // a count and adding it back still wrote the page, one of the six an
    // answer writes.
    "
    DROP TRIGGER card_states_update;
    CREATE TRIGGER card_states_update
    AFTER UPDATE OF deck_id, reps, interval, ease, due, suspended ON cards
    WHEN OLD.deck_id IS NOT NEW.deck_id OR OLD.ease IS NOT NEW.ease
      OR (OLD.due IS NULL) IS NOT (NEW.due IS NULL)
      OR (CASE WHEN OLD.suspended THEN 4 WHEN OLD.reps < 2 THEN 1 WHEN OLD.interval < 21 THEN 2 ELSE 3 END)
         IS NOT (CASE WHEN NEW.suspended THEN 4 WHEN NEW.reps < 2 THEN 1 WHEN NEW.interval < 21 THEN 2 ELSE 3 END)
    BEGIN
        UPDATE card_states SET cards = cards - 1
        WHERE OLD.due IS NOT NULL
          AND deck_id = OLD.deck_id AND state = (CASE WHEN OLD.suspended THEN 4 WHEN OLD.reps < 2 THEN 1 WHEN OLD.interval < 21 THEN 2 ELSE 3 END) AND ease = OLD.ease;
        INSERT INTO card_states
        SELECT NEW.deck_id, (CASE WHEN NEW.suspended THEN 4 WHEN NEW.reps < 2 THEN 1 WHEN NEW.interval < 21 THEN 2 ELSE 3 END), NEW.ease, 1 WHERE NEW.due IS NOT NULL
        ON CONFLICT (deck_id, state, ease) DO UPDATE SET cards = cards + 1;
    END;
    ",
];

/// Takes migration 8 back, for tests that rebuild an older collection (the
/// review log keeps migration 9's shape, which the migrations copy again).
#[cfg(test)]
pub const UNDO_8: &str = "DROP TRIGGER search_stale_update; DROP TRIGGER search_covers_delete;
    DROP TABLE search_index; DROP TABLE search_words; DROP TABLE search_stale;";

/// Work a migration needs beyond its SQL, run in the same transaction.
fn after(version: i32, tx: &rusqlite::Transaction) -> Result<()> {
    match version {
        6 => fill_fingerprints(tx),
        9 => swap_in_new_reviews(tx),
        _ => Ok(()),
    }
}

/// Migration 9: `reviews_new` replaces `reviews`, keeping its triggers
/// (dropping a table drops them; their text is in the schema).
fn swap_in_new_reviews(tx: &rusqlite::Transaction) -> Result<()> {
    let triggers: Vec<String> = tx
        .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'reviews'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    tx.execute_batch("DROP TABLE reviews; ALTER TABLE reviews_new RENAME TO reviews;")?;
    for sql in triggers {
        tx.execute_batch(&sql)?;
    }
    Ok(())
}

fn fill_fingerprints(tx: &rusqlite::Transaction) -> Result<()> {
    let mut read = tx
        .prepare("SELECT id, front, back, explanation, choices, answer, tags, source FROM cards")?;
    let mut write = tx.prepare("UPDATE cards SET fingerprint = ?2 WHERE id = ?1")?;
    let mut rows = read.query([])?;
    while let Some(r) = rows.next()? {
        let (front, back, tags): (String, String, String) = (r.get(1)?, r.get(2)?, r.get(6)?);
        let (explanation, choices, source): (Option<String>, Option<String>, Option<String>) =
            (r.get(3)?, r.get(4)?, r.get(7)?);
        let text = super::CardText {
            front: &front,
            back: &back,
            explanation: explanation.as_deref(),
            choices: choices.as_deref(),
            answer: r.get(5)?,
            tags: &tags,
            source: source.as_deref(),
        };
        write.execute(rusqlite::params![r.get::<_, i64>(0)?, text.fingerprint()])?;
    }
    Ok(())
}

/// The schema version this build writes.
pub const VERSION: i32 = MIGRATIONS.len() as i32;

/// Brings the schema up to date from `version`.
/// `version` is what [`check`] found.
pub fn migrate(conn: &mut Connection, version: i32) -> Result<()> {
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        let now: i32 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if now > i as i32 {
            continue;
        }
        tx.execute_batch(sql)?;
        after(i as i32 + 1, &tx)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", i as i32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// Reads, without writing anything, whether the file is a recall collection
/// this build can open; returns its schema version (0 for an empty file).
pub fn check(conn: &Connection, path: &str) -> Result<i32> {
    let version: i32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| match e {
            rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase => {
                not_a_collection(path)
            }
            e => Error::from(e),
        })?;
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
        let v = check(&c, "mem").unwrap();
        migrate(&mut c, v).unwrap();
        assert_eq!(check(&c, "mem").unwrap(), VERSION);
        migrate(&mut c, VERSION).unwrap();
        let v: i32 = c
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, VERSION);
    }

    #[test]
    fn refuses_newer_and_foreign_databases() {
        let c = Connection::open_in_memory().unwrap();
        c.pragma_update(None, "user_version", VERSION + 1).unwrap();
        c.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        let e = check(&c, "x.db").unwrap_err().to_string();
        assert!(e.contains("newer recall"), "{e}");

        let c = Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE notes (x)").unwrap();
        let e = check(&c, "x.db").unwrap_err();
        assert!(e.to_string().contains("not a recall collection"));
        assert_eq!(e.exit_code(), 65);
    }
}
