//! The collection: a SQLite file opened with durable settings. This is the
//! only module that talks to rusqlite; everything else calls its methods.

mod insert;
mod keys;
mod schema;
mod search;
mod stats;

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;
use std::time::Duration;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Row, TransactionBehavior};

use crate::clock::Day;
use crate::deck::{Card, Deck};
use crate::error::{Error, Result};
use crate::model::{LoggedReview, Restore, ReviewKind, Schedule, Settings, StoredCard};
use crate::sched::{Ease, Grade, Sm2State};
use keys::{Stored, StoredLookup};

pub use schema::{APPLICATION_ID, VERSION as SCHEMA_VERSION};
pub use stats::{CardCounts, DayTotals, DeckCounts};

/// How long to wait for another process's write to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open collection.
pub struct Store {
    conn: Connection,
}

/// What an import did (or would do) to one deck.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportCount {
    pub name: String,
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// Cards of the deck in the collection that the file no longer has
    /// (deleted when pruning).
    pub missing: u64,
    /// Cards whose schedule and history came from the file (a backup).
    pub restored: u64,
}

/// How an import treats the collection.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions {
    /// Roll back at the end: report only.
    pub dry_run: bool,
    /// Delete the deck's cards that the file no longer has.
    pub prune: bool,
}

/// Copies a review session's write-ahead log back into the database, from
/// a connection of its own, every [`LogCopier::EVERY`] writes, at a moment
/// the session chooses (while the learner reads the next card).
///
/// Why: with the copy put off to the end, the log grows by about 29 KB an
/// answer, and an fsync that also extends the file costs this machine's
/// disk 0.5 ms where one that overwrites costs 0.3 ms. Copied in time, the
/// log starts again from its beginning and later answers overwrite it.
pub struct LogCopier {
    conn: Connection,
    written: u32,
}

impl LogCopier {
    /// Writes between copies: about 450 pages of log, under 2 MB.
    pub const EVERY: u32 = 64;

    /// Notes one committed write (an answer, an undo, a skip).
    pub fn wrote(&mut self) {
        self.written += 1;
    }

    /// Copies the log into the database if enough writes wait in it; says
    /// whether it did. Passive: it never waits for, or blocks, another
    /// connection.
    pub fn copy_if_due(&mut self) -> Result<bool> {
        if self.written < Self::EVERY {
            return Ok(false);
        }
        self.conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        self.written = 0;
        Ok(true)
    }
}

/// Frees the cards an import is done with on a thread of its own: the
/// storing thread is the one every import waits on, and freeing a card's
/// strings (allocated by the reading thread) cost it 6% of its work.
struct Disposal {
    to: Option<std::sync::mpsc::Sender<Vec<NewCard>>>,
    held: Vec<NewCard>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Disposal {
    const BATCH: usize = 1024;

    fn new() -> Disposal {
        let (to, from) = std::sync::mpsc::channel::<Vec<NewCard>>();
        let thread = std::thread::spawn(move || from.into_iter().for_each(drop));
        Disposal {
            to: Some(to),
            held: Vec::with_capacity(Self::BATCH),
            thread: Some(thread),
        }
    }

    fn put(&mut self, card: NewCard) {
        self.held.push(card);
        if self.held.len() >= Self::BATCH {
            self.send();
        }
    }

    /// Takes every card out of `cards`.
    fn put_all(&mut self, cards: &mut Vec<NewCard>) {
        self.held.append(cards);
        if self.held.len() >= Self::BATCH {
            self.send();
        }
    }

    fn send(&mut self) {
        let full = std::mem::replace(&mut self.held, Vec::with_capacity(Self::BATCH));
        if let Some(to) = &self.to {
            // A closed channel only means the thread is gone: drop here.
            let _ = to.send(full);
        }
    }
}

impl Drop for Disposal {
    fn drop(&mut self) {
        self.send();
        self.to = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The cards of one deck that have a review log. The log has no index by
/// card, so it is read once, for the first stored card of the deck that a
/// backup would restore.
struct Logged {
    deck_id: i64,
    cards: Option<HashSet<i64>>,
}

impl Logged {
    fn new(deck_id: i64) -> Logged {
        Logged {
            deck_id,
            cards: None,
        }
    }

    /// Whether stored card `id` has no history of its own yet: no schedule
    /// and no review in the log.
    fn fresh(&mut self, tx: &rusqlite::Transaction, id: i64) -> Result<bool> {
        let new: bool = tx
            .prepare_cached("SELECT due IS NULL FROM cards WHERE id = ?1")?
            .query_row([id], |row| row.get(0))?;
        if !new {
            return Ok(false);
        }
        if self.cards.is_none() {
            let mut stmt =
                tx.prepare_cached("SELECT DISTINCT card_id FROM reviews WHERE deck_id = ?1")?;
            let ids = stmt.query_map([self.deck_id], |r| r.get(0))?;
            self.cards = Some(ids.collect::<rusqlite::Result<_>>()?);
        }
        Ok(!self.cards.as_ref().is_some_and(|c| c.contains(&id)))
    }

    fn restored(&mut self, id: i64) {
        if let Some(cards) = &mut self.cards {
            cards.insert(id);
        }
    }
}

/// Deletes the review log of the cards in `ids` (just deleted), in one pass
/// over the log.
fn delete_reviews_of(tx: &rusqlite::Transaction, ids: &[i64]) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    tx.execute_batch("CREATE TEMP TABLE IF NOT EXISTS gone (id INTEGER PRIMARY KEY)")?;
    {
        let mut add = tx.prepare_cached("INSERT OR IGNORE INTO temp.gone VALUES (?1)")?;
        for id in ids {
            add.execute([id])?;
        }
    }
    tx.execute_batch(
        "DELETE FROM reviews WHERE card_id IN (SELECT id FROM temp.gone);
         DELETE FROM temp.gone;",
    )?;
    Ok(())
}

/// Gives card `id` the schedule and history of a backup. The caller checks
/// that the card has no history of its own yet (so importing a backup twice
/// changes nothing).
fn restore_into(tx: &rusqlite::Transaction, id: i64, r: &Restore) -> Result<()> {
    let s = &r.schedule;
    tx.prepare_cached(
        "UPDATE cards SET reps = ?2, interval = ?3, ease = ?4, lapses = ?5, due = ?6,
             suspended = ?7, leech = ?8 WHERE id = ?1",
    )?
    .execute(params![
        id,
        s.sm2.reps,
        s.sm2.interval,
        s.sm2.ease.hundredths(),
        s.sm2.lapses,
        s.due.map(|d| d.0),
        s.suspended,
        s.leech
    ])?;
    for h in &r.history {
        insert_review(tx, id, h)?;
    }
    Ok(())
}

impl Store {
    /// Every logged answer of a deck's cards, oldest first, by card id.
    pub fn history(&self, deck_id: i64) -> Result<Vec<(i64, LoggedReview)>> {
        let mut stmt = self.conn.prepare(
            "SELECT card_id, at, day, grade, kind, reps_before, interval_before, ease_before,
                    lapses_before, due_before, leech_before, suspended_before,
                    reps_after, interval_after, ease_after, answer_ms
             FROM reviews WHERE deck_id = ?1 ORDER BY card_id, id",
        )?;
        let rows = stmt.query_map([deck_id], |r| {
            let ease = |i: usize| -> rusqlite::Result<Ease> {
                Ok(Ease::from_hundredths(
                    u16::try_from(r.get::<_, i64>(i)?).unwrap_or(u16::MAX),
                ))
            };
            let kind: String = r.get(4)?;
            Ok((
                r.get(0)?,
                LoggedReview {
                    at_ms: r.get(1)?,
                    day: Day(r.get(2)?),
                    grade: Grade::new(r.get(3)?).unwrap_or(Grade::new(0).expect("0 is a grade")),
                    kind: ReviewKind::parse(&kind).unwrap_or(ReviewKind::Review),
                    before: Schedule {
                        sm2: Sm2State {
                            reps: r.get(5)?,
                            interval: r.get(6)?,
                            ease: ease(7)?,
                            lapses: r.get(8)?,
                        },
                        due: r.get::<_, Option<i64>>(9)?.map(Day),
                        leech: r.get(10)?,
                        suspended: r.get(11)?,
                    },
                    reps_after: r.get(12)?,
                    interval_after: r.get(13)?,
                    ease_after: ease(14)?,
                    answer_ms: r.get(15)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// A deck to import. Its cards may still be being read (and checked) while
/// the first are stored; an error among them rolls the import back.
pub struct ImportDeck<'a> {
    pub name: String,
    pub description: Option<String>,
    /// How many cards to expect: chooses how a large import is written.
    pub expected: usize,
    pub cards: Box<dyn Iterator<Item = Result<NewCard>> + 'a>,
}

impl From<Deck> for ImportDeck<'static> {
    fn from(deck: Deck) -> ImportDeck<'static> {
        ImportDeck {
            name: deck.name,
            description: deck.description,
            expected: deck.cards.len(),
            cards: Box::new(deck.cards.into_iter().map(|c| Ok(NewCard::new(c)))),
        }
    }
}

/// Decks named alike (one deck spread over several files) become one; where
/// two files have the same card, the later one wins. Left as they are (and
/// still streaming) when every name is different, which is the usual case.
fn merge_by_name(decks: Vec<ImportDeck<'_>>) -> Result<Vec<ImportDeck<'_>>> {
    let distinct = decks
        .iter()
        .enumerate()
        .all(|(i, d)| decks[..i].iter().all(|e| e.name != d.name));
    if distinct {
        return Ok(decks);
    }
    let mut merged: Vec<Deck> = Vec::with_capacity(decks.len());
    for deck in decks {
        let cards = deck
            .cards
            .map(|c| c.map(NewCard::into_card))
            .collect::<Result<Vec<Card>>>()?;
        match merged.iter_mut().find(|d| d.name == deck.name) {
            None => merged.push(Deck {
                name: deck.name,
                description: deck.description,
                cards,
            }),
            Some(into) => {
                if deck.description.is_some() {
                    into.description = deck.description;
                }
                let mut at: HashMap<String, usize> = into
                    .cards
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (c.key.clone(), i))
                    .collect();
                for card in cards {
                    match at.get(&card.key) {
                        Some(&i) => into.cards[i] = card,
                        None => {
                            at.insert(card.key.clone(), into.cards.len());
                            into.cards.push(card);
                        }
                    }
                }
            }
        }
    }
    Ok(merged.into_iter().map(ImportDeck::from).collect())
}

/// An import expected to add at least this many cards writes them with a
/// rollback journal instead of the write-ahead log, when no other process
/// has the collection open: each page is then written once, not to the log
/// and again at the checkpoint. Just as durable; much faster for 100,000
/// cards.
const BULK_CARDS: usize = 10_000;

/// A card's content in the form it is stored in, borrowed from the deck.
pub(crate) struct CardText<'a> {
    pub front: &'a str,
    pub back: &'a str,
    pub explanation: Option<&'a str>,
    /// JSON array, multiple choice only.
    pub choices: Option<&'a str>,
    pub answer: Option<i64>,
    /// Space-separated.
    pub tags: &'a str,
    pub source: Option<&'a str>,
}

impl CardText<'_> {
    /// A stable 64-bit hash of the content, kept in `cards.fingerprint` so
    /// that a re-import compares cards without reading their text. Fields
    /// are length-prefixed, so moving text from one field to the next
    /// changes it.
    pub(crate) fn fingerprint(&self) -> i64 {
        let mut h = crate::hash::Hash64::new();
        let mut field = |f: Option<&[u8]>| match f {
            None => h.write(&[0]),
            Some(t) => {
                h.write(&[1]);
                h.write(&(t.len() as u64).to_le_bytes());
                h.write(t);
            }
        };
        field(Some(self.front.as_bytes()));
        field(Some(self.back.as_bytes()));
        field(self.explanation.map(str::as_bytes));
        field(self.choices.map(str::as_bytes));
        field(self.answer.map(i64::to_le_bytes).as_ref().map(|a| &a[..]));
        field(Some(self.tags.as_bytes()));
        field(self.source.map(str::as_bytes));
        // SQLite integers are signed; the bits are what count.
        h.finish() as i64
    }
}

/// A card of a deck being imported, in the form it is stored in: built on
/// the thread that reads the deck, so that the storing thread only stores.
pub struct NewCard {
    card: Card,
    /// Its place in the deck, set by the import.
    ord: i64,
    tags: String,
    choices: Option<String>,
    fingerprint: i64,
}

impl NewCard {
    pub fn new(card: Card) -> NewCard {
        let tags = card.tags.join(" ");
        let choices = card
            .choices
            .as_ref()
            .map(|c| serde_json::to_string(c).expect("strings serialise"));
        let fingerprint = CardText {
            front: &card.front,
            back: &card.back,
            explanation: card.explanation.as_deref(),
            choices: choices.as_deref(),
            answer: card.answer.map(|a| a as i64),
            tags: &tags,
            source: card.source.as_deref(),
        }
        .fingerprint();
        NewCard {
            card,
            ord: 0,
            tags,
            choices,
            fingerprint,
        }
    }

    pub fn into_card(self) -> Card {
        self.card
    }

    fn restore(&self) -> &Restore {
        self.card.restore.as_ref().expect("a card from a backup")
    }
}

/// Which cards a listing wants.
#[derive(Debug, Clone, Default)]
pub struct CardFilter {
    pub deck_id: Option<i64>,
    /// Words that must all appear in the front, back, tags or explanation.
    pub query: Option<String>,
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

/// What the review log holds for counting today's work.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayCounts {
    pub new_seen: u32,
    pub reviews: u32,
}

const CARD_COLUMNS: &str =
    "c.id, d.name, c.key, c.front, c.back, c.explanation, c.choices, c.answer, \
     c.tags, c.source, c.reps, c.interval, c.ease, c.lapses, c.due, c.suspended, c.leech";

fn card_from_row(r: &Row) -> rusqlite::Result<StoredCard> {
    let choices: Option<String> = r.get(6)?;
    let tags: String = r.get(8)?;
    let ease: i64 = r.get(12)?;
    Ok(StoredCard {
        id: r.get(0)?,
        deck: r.get(1)?,
        key: r.get(2)?,
        front: r.get(3)?,
        back: r.get(4)?,
        explanation: r.get(5)?,
        choices: choices.and_then(|c| serde_json::from_str(&c).ok()),
        answer: r.get::<_, Option<i64>>(7)?.map(|a| a as usize),
        tags: tags.split_whitespace().map(String::from).collect(),
        source: r.get(9)?,
        sm2: Sm2State {
            reps: r.get(10)?,
            interval: r.get(11)?,
            ease: Ease::from_hundredths(u16::try_from(ease).unwrap_or(u16::MAX)),
            lapses: r.get(13)?,
        },
        due: r.get::<_, Option<i64>>(14)?.map(Day),
        suspended: r.get(15)?,
        leech: r.get(16)?,
    })
}

impl Store {
    /// Opens (creating if needed) the collection at `path`. A file that is not
    /// a recall collection is refused and left untouched.
    pub fn open(path: &Path) -> Result<Store> {
        let shown = path.display().to_string();
        if path.is_dir() {
            return Err(Error::io(format!(
                "{shown} is a directory; --db needs the path of a collection file"
            )));
        }
        if path.exists() {
            check_sqlite_header(path, &shown)?;
        } else if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::io(format!(
                    "cannot create the directory {}: {e}",
                    dir.display()
                ))
            })?;
        }
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| Error::io(format!("cannot open the collection {shown}: {e}")))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // An answer picks one of several statements by what it changes.
        conn.set_prepared_statement_cache_capacity(64);
        // Check what the file is before changing anything in it.
        let version = schema::check(&conn, &shown)?;
        use_wal(&conn)?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        schema::migrate(&mut conn, version)?;
        Ok(Store { conn })
    }

    // ---- settings ---------------------------------------------------------

    pub fn settings(&self) -> Result<Settings> {
        let mut s = Settings::default();
        let mut stmt = self.conn.prepare_cached("SELECT key, value FROM config")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (k, v) = row?;
            // A value this build does not understand keeps the default.
            let _ = s.set(&k, &v);
        }
        Ok(s)
    }

    pub fn save_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO config (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    // ---- decks and import -------------------------------------------------

    pub fn is_empty(&self) -> Result<bool> {
        // EXISTS stops at the first card; count(*) would read them all.
        let any: bool = self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM cards)", [], |r| r.get(0))?;
        Ok(!any)
    }

    /// The id of the deck called `name` (case-insensitive), or a clear error.
    pub fn deck_id(&self, name: &str) -> Result<i64> {
        let id: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM decks WHERE name = ?1 COLLATE NOCASE ORDER BY name = ?1 DESC LIMIT 1",
                [name],
                |r| r.get(0),
            )
            .optional()?;
        id.ok_or_else(|| {
            Error::input(format!(
                "there is no deck named '{name}'; `recall decks` lists the decks"
            ))
        })
    }

    /// Adds or updates decks, all in one transaction. Cards are matched by
    /// (deck, key): changed text is updated and the schedule kept. Cards of
    /// the deck that the file no longer has are counted as `missing`, and
    /// deleted with their history when `prune` is set. With `dry_run` the
    /// transaction is rolled back and nothing changes.
    pub fn import(
        &mut self,
        decks: &[Deck],
        now_secs: i64,
        options: ImportOptions,
    ) -> Result<Vec<ImportCount>> {
        let decks = decks.iter().cloned().map(ImportDeck::from).collect();
        self.import_stream(decks, now_secs, options)
    }

    /// [`Store::import`] of decks whose cards may still be being read.
    pub fn import_stream(
        &mut self,
        decks: Vec<ImportDeck<'_>>,
        now_secs: i64,
        options: ImportOptions,
    ) -> Result<Vec<ImportCount>> {
        let decks = merge_by_name(decks)?;
        // A large import touches many index pages; with SQLite's default 2 MB
        // cache they would be spilled to the log and written again and again.
        self.conn.pragma_update(None, "cache_size", -32_768)?;
        let bulk =
            !options.dry_run && self.expected_new(&decks)? >= BULK_CARDS && self.leave_wal()?;
        let counts = self.import_in_transaction(decks, now_secs, options);
        if bulk {
            self.enter_wal();
        }
        counts
    }

    /// How many of the decks' cards are not in the collection yet, roughly.
    fn expected_new(&self, decks: &[ImportDeck<'_>]) -> Result<usize> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT count(*) FROM cards WHERE deck_id = (SELECT id FROM decks WHERE name = ?1)",
        )?;
        let mut new = 0;
        for d in decks {
            let have: i64 = stmt.query_row([&d.name], |r| r.get(0))?;
            new += d.expected.saturating_sub(have as usize);
        }
        Ok(new)
    }

    /// Switches to a rollback journal if no other connection has the
    /// collection open (it would need to wait for us); says whether it did.
    fn leave_wal(&self) -> Result<bool> {
        self.conn.busy_timeout(Duration::ZERO)?;
        let mode = self
            .conn
            .pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get::<_, String>(0));
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        match mode {
            Ok(m) => Ok(m.eq_ignore_ascii_case("delete")),
            Err(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::DatabaseBusy =>
            {
                Ok(false)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Back to the write-ahead log after a bulk import. If another process
    /// holds the file now, it stays in rollback mode until the next open,
    /// which always asks for the log: no data depends on it.
    fn enter_wal(&self) {
        let _ = use_wal(&self.conn);
    }

    fn import_in_transaction(
        &mut self,
        decks: Vec<ImportDeck<'_>>,
        now_secs: i64,
        options: ImportOptions,
    ) -> Result<Vec<ImportCount>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut counts: Vec<ImportCount> = Vec::new();
        {
            let mut find_deck = tx.prepare_cached("SELECT id FROM decks WHERE name = ?1")?;
            let mut add_deck = tx.prepare_cached(
                "INSERT INTO decks (name, description, created_at) VALUES (?1, ?2, ?3)",
            )?;
            let mut set_description = tx.prepare_cached(
                "UPDATE decks SET description = ?2 WHERE id = ?1 AND ?2 IS NOT NULL",
            )?;
            // A deck's stored cards (see StoredLookup): through the
            // (deck_id, key) index, a row lookup each, or, when the file has
            // about as many cards as the whole collection, by reading the
            // table in storage order (no lookups). Both stop at the highest
            // id before the import, so its own cards are never taken for
            // stored ones (a card is only added after a key was not found,
            // which reads the rows to their end anyway).
            let mut by_key = tx.prepare_cached(
                "SELECT key, id, ord, fingerprint FROM cards WHERE deck_id = ?1 AND id <= ?2",
            )?;
            let mut in_order = tx.prepare_cached(
                "SELECT key, id, ord, fingerprint FROM cards WHERE +deck_id = ?1 AND id <= ?2",
            )?;
            let max_id: i64 =
                tx.query_row("SELECT ifnull(max(id), 0) FROM cards", [], |r| r.get(0))?;
            let mut update = tx.prepare_cached(
                "UPDATE cards SET ord = ?2, front = ?3, back = ?4, explanation = ?5, choices = ?6,
                 answer = ?7, tags = ?8, source = ?9, fingerprint = ?10 WHERE id = ?1",
            )?;
            let mut delete = tx.prepare_cached("DELETE FROM cards WHERE id = ?1")?;
            let mut inserter = insert::CardInserter::new(&tx)?;
            let mut done = Disposal::new();
            for deck in decks {
                let (deck_id, new_deck): (i64, bool) =
                    match find_deck.query_row([&deck.name], |r| r.get(0)).optional()? {
                        Some(id) => {
                            set_description.execute(params![id, deck.description])?;
                            (id, false)
                        }
                        None => {
                            add_deck.execute(params![deck.name, deck.description, now_secs])?;
                            (tx.last_insert_rowid(), true)
                        }
                    };
                // The stored cards by key: id, position and content fingerprint.
                let query = if !new_deck && deck.expected as i64 * 3 > max_id {
                    &mut in_order
                } else {
                    &mut by_key
                };
                let mut have = StoredLookup::new(query.query([deck_id, max_id])?);
                let mut count = ImportCount {
                    name: deck.name.clone(),
                    added: 0,
                    updated: 0,
                    unchanged: 0,
                    missing: 0,
                    restored: 0,
                };
                let mut logged = Logged::new(deck_id);
                let mut pending: Vec<NewCard> = Vec::with_capacity(insert::BATCH);
                for (ord, card) in deck.cards.enumerate() {
                    let mut row = card?;
                    row.ord = ord as i64;
                    let Some(Stored {
                        id,
                        ord: old_ord,
                        fingerprint: old,
                    }) = have.take(&row.card.key)?
                    else {
                        count.added += 1;
                        if row.card.restore.is_none() {
                            pending.push(row);
                            if pending.len() == insert::BATCH {
                                inserter.insert(deck_id, now_secs, &pending)?;
                                done.put_all(&mut pending);
                            }
                            continue;
                        }
                        // A card from a backup needs its id at once; being
                        // new, it has no history of its own.
                        inserter.insert(deck_id, now_secs, std::slice::from_ref(&row))?;
                        restore_into(&tx, tx.last_insert_rowid(), row.restore())?;
                        count.restored += 1;
                        continue;
                    };
                    let same = old == row.fingerprint;
                    if !same || old_ord != row.ord {
                        update.execute(params![
                            id,
                            row.ord,
                            row.card.front,
                            row.card.back,
                            row.card.explanation,
                            row.choices,
                            row.card.answer.map(|a| a as i64),
                            row.tags,
                            row.card.source,
                            row.fingerprint
                        ])?;
                    }
                    // A card that only moved inside the deck is not news.
                    if same {
                        count.unchanged += 1;
                    } else {
                        count.updated += 1;
                    }
                    if row.card.restore.is_some() && logged.fresh(&tx, id)? {
                        restore_into(&tx, id, row.restore())?;
                        logged.restored(id);
                        count.restored += 1;
                    }
                    done.put(row);
                }
                inserter.insert(deck_id, now_secs, &pending)?;
                let not_taken = have.not_taken()?;
                count.missing = not_taken.left() as u64;
                if options.prune {
                    let gone: Vec<i64> = not_taken.remaining().map(|stored| stored.id).collect();
                    for &id in &gone {
                        delete.execute([id])?;
                    }
                    // before a later deck's new cards can be given these ids
                    delete_reviews_of(&tx, &gone)?;
                }
                counts.push(count);
            }
        }
        if options.dry_run {
            tx.rollback()?;
        } else {
            tx.commit()?;
        }
        Ok(counts)
    }

    // ---- listings ---------------------------------------------------------

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
    /// order, without holding them all (a listing of 100,000 cards).
    pub fn for_each_card(
        &self,
        filter: &CardFilter,
        mut f: impl FnMut(StoredCard) -> Result<()>,
    ) -> Result<()> {
        let mut sql =
            format!("SELECT {CARD_COLUMNS} FROM cards c JOIN decks d ON d.id = c.deck_id WHERE 1");
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(id) = filter.deck_id {
            args.push(id.into());
            sql += &format!(" AND c.deck_id = ?{}", args.len());
        }
        if let Some(q) = &filter.query {
            if let Some(ids) = search::candidates(&self.conn, q)? {
                // Integers this code produced: safe to write into the SQL.
                let list: Vec<String> = ids.iter().map(i64::to_string).collect();
                sql += &format!(" AND c.id IN ({})", list.join(","));
            }
            for word in q.split_whitespace() {
                let escaped = word
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_");
                args.push(format!("%{escaped}%").into());
                let n = args.len();
                sql += &format!(
                    " AND (c.front LIKE ?{n} ESCAPE '\\' OR c.back LIKE ?{n} ESCAPE '\\' \
                     OR c.tags LIKE ?{n} ESCAPE '\\' OR c.explanation LIKE ?{n} ESCAPE '\\' \
                     OR c.key LIKE ?{n} ESCAPE '\\')"
                );
            }
        }
        // `+c.deck_id`: a search scans the table in storage order and sorts
        // the few hits; walking an index in deck order would fetch every row
        // out of order (three times slower on 100,000 cards).
        sql += " ORDER BY +c.deck_id, c.ord";
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), card_from_row)?;
        for card in rows {
            f(card?)?;
        }
        Ok(())
    }

    /// Unsuspended cards due on or before `by`, most overdue first, then in
    /// deck order — read from the covering index `cards_due` alone.
    pub fn due_cards(&self, by: Day, deck_id: Option<i64>) -> Result<Vec<DueCard>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, d.name, c.front, c.due, c.interval, c.ease, c.reps, c.lapses
             FROM cards c INDEXED BY cards_due JOIN decks d ON d.id = c.deck_id
             WHERE c.due <= ?1 AND c.suspended = 0 AND (?2 IS NULL OR c.deck_id = ?2)
             ORDER BY c.due, c.deck_id, c.ord",
        )?;
        let rows = stmt.query_map(params![by.0, deck_id], |r| {
            Ok(DueCard {
                id: r.get(0)?,
                deck: r.get(1)?,
                front: r.get(2)?,
                due: Day(r.get(3)?),
                interval: r.get(4)?,
                ease: Ease::from_hundredths(u16::try_from(r.get::<_, i64>(5)?).unwrap_or(u16::MAX)),
                reps: r.get(6)?,
                lapses: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn card(&self, id: i64) -> Result<Option<StoredCard>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {CARD_COLUMNS} FROM cards c JOIN decks d ON d.id = c.deck_id WHERE c.id = ?1"
        ))?;
        Ok(stmt.query_row([id], card_from_row).optional()?)
    }

    /// New cards that are not suspended, optionally in one deck.
    pub fn new_count(&self, deck_id: Option<i64>) -> Result<u64> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM cards WHERE due IS NULL AND suspended = 0
             AND (?1 IS NULL OR deck_id = ?1)",
            [deck_id],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// One summary row per deck.
    pub fn deck_summaries(&self, today: Day) -> Result<Vec<DeckSummary>> {
        // The card states are what `stats` counts; today's due load comes
        // from cards_due and retention from the per-day summary, never the
        // review log.
        let names: HashMap<i64, String> = self
            .decks()?
            .into_iter()
            .map(|(id, name, _)| (id, name))
            .collect();
        let mut due: HashMap<&str, u64> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT deck_id, count(*) FROM cards INDEXED BY cards_due
             WHERE due <= ?1 AND suspended = 0 GROUP BY deck_id",
        )?;
        let mut rows = stmt.query([today.0])?;
        while let Some(r) = rows.next()? {
            if let Some(name) = names.get(&r.get::<_, i64>(0)?) {
                due.insert(name, r.get::<_, i64>(1)? as u64);
            }
        }
        let mut retention: HashMap<&str, (u64, u64)> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT deck_id, sum(young_reviews + mature_reviews), sum(young_passed + mature_passed)
             FROM review_days WHERE day > ?1 - 30 AND day <= ?1 GROUP BY deck_id",
        )?;
        let mut rows = stmt.query([today.0])?;
        while let Some(r) = rows.next()? {
            if let Some(name) = names.get(&r.get::<_, i64>(0)?) {
                let (n, passed): (i64, i64) = (r.get(1)?, r.get(2)?);
                retention.insert(name, (n as u64, passed as u64));
            }
        }
        Ok(self
            .card_counts(None)?
            .decks
            .into_iter()
            .map(|c| {
                let (reviews_30d, passed_30d) =
                    retention.get(c.deck.as_str()).copied().unwrap_or_default();
                DeckSummary {
                    cards: c.cards(),
                    new: c.new,
                    due: due.get(c.deck.as_str()).copied().unwrap_or(0),
                    mature: c.mature,
                    suspended: c.suspended,
                    reviews_30d,
                    passed_30d,
                    name: c.deck,
                }
            })
            .collect())
    }

    /// The first day after `after` on which cards fall due, and how many.
    pub fn next_due(&self, after: Day, deck_id: Option<i64>) -> Result<Option<(Day, u64)>> {
        let row: Option<(i64, i64)> = self
            .conn
            .query_row(
                "SELECT due, count(*) FROM cards
                 WHERE due = (SELECT min(due) FROM cards WHERE due > ?1 AND suspended = 0
                              AND (?2 IS NULL OR deck_id = ?2))
                   AND suspended = 0 AND (?2 IS NULL OR deck_id = ?2)
                 GROUP BY due",
                params![after.0, deck_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(row.map(|(d, n)| (Day(d), n as u64)))
    }

    // ---- the review session -----------------------------------------------

    /// What was done on `day`: new cards seen and reviews answered.
    pub fn day_counts(&self, day: Day, deck_id: Option<i64>) -> Result<DayCounts> {
        // From the per-day summary: `reviews` there counts new and review
        // answers together.
        let (new_seen, reviews): (i64, i64) = self.conn.query_row(
            "SELECT coalesce(sum(new_cards), 0), coalesce(sum(reviews - new_cards), 0)
             FROM review_days WHERE day = ?1 AND (?2 IS NULL OR deck_id = ?2)",
            params![day.0, deck_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(DayCounts {
            new_seen: new_seen as u32,
            reviews: reviews as u32,
        })
    }

    /// Today's queue: due cards (most overdue first) up to `review_limit`,
    /// then new cards in deck order up to `new_limit`. Skipped cards wait.
    pub fn queue(
        &self,
        today: Day,
        deck_id: Option<i64>,
        review_limit: Option<u32>,
        new_limit: u32,
    ) -> Result<Vec<StoredCard>> {
        let mut due = self.conn.prepare_cached(&format!(
            "SELECT {CARD_COLUMNS} FROM cards c JOIN decks d ON d.id = c.deck_id
             WHERE c.due <= ?1 AND c.suspended = 0
               AND (c.buried_until IS NULL OR c.buried_until <= ?1)
               AND (?2 IS NULL OR c.deck_id = ?2)
             ORDER BY c.due, c.deck_id, c.ord LIMIT ?3"
        ))?;
        let limit = review_limit.map_or(-1, i64::from);
        let mut cards: Vec<StoredCard> = due
            .query_map(params![today.0, deck_id, limit], card_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        let mut new = self.conn.prepare_cached(&format!(
            "SELECT {CARD_COLUMNS} FROM cards c JOIN decks d ON d.id = c.deck_id
             WHERE c.due IS NULL AND c.suspended = 0
               AND (c.buried_until IS NULL OR c.buried_until <= ?1)
               AND (?2 IS NULL OR c.deck_id = ?2)
             ORDER BY c.deck_id, c.ord LIMIT ?3"
        ))?;
        let fresh = new.query_map(
            params![today.0, deck_id, i64::from(new_limit)],
            card_from_row,
        )?;
        for card in fresh {
            cards.push(card?);
        }
        Ok(cards)
    }

    /// Logs an answer and applies its schedule, in one transaction. Returns the
    /// review id, or `None` when the card changed since it was read (another
    /// session answered it): then nothing is written.
    pub fn record(&mut self, a: &Answer) -> Result<Option<i64>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let id = record_in(&tx, a)?;
        if id.is_some() {
            tx.commit()?;
        }
        Ok(id)
    }

    /// Records many answers in one transaction, in order (each answer's
    /// `before` must be the schedule the previous one left). Returns how many
    /// were applied; answers whose card had moved on are left out.
    pub fn record_all(&mut self, answers: &[Answer]) -> Result<u64> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut applied = 0;
        for a in answers {
            applied += u64::from(record_in(&tx, a)?.is_some());
        }
        tx.commit()?;
        Ok(applied)
    }

    /// Takes back review `review_id`: the card gets exactly the schedule it had
    /// before, and the log row is removed.
    pub fn undo(&mut self, review_id: i64) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE cards SET (reps, interval, ease, lapses, due, leech, suspended) =
                 (SELECT reps_before, interval_before, ease_before, lapses_before, due_before,
                         leech_before, suspended_before FROM reviews WHERE id = ?1)
             WHERE id = (SELECT card_id FROM reviews WHERE id = ?1)",
            [review_id],
        )?;
        if n != 1 {
            return Err(Error::Other(format!(
                "review {review_id} is no longer in the log, so it cannot be undone"
            )));
        }
        tx.execute("DELETE FROM reviews WHERE id = ?1", [review_id])?;
        tx.commit()?;
        Ok(())
    }

    /// During a review session, copying the write-ahead log back into the
    /// database is taken off the answers' path (answers stay durable in the
    /// log): SQLite no longer does it inside a commit, and the returned
    /// [`LogCopier`] does it while the learner reads a card.
    pub fn defer_checkpoints(&self) -> Result<LogCopier> {
        self.conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        let path = self
            .conn
            .path()
            .filter(|p| !p.is_empty())
            .ok_or_else(|| Error::io("the collection has no file to copy its log into"))?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        Ok(LogCopier { conn, written: 0 })
    }

    /// Copies the write-ahead log into the database, as far as readers allow.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Hides a card from sessions until `until` (skip: "not today").
    pub fn bury(&self, card_id: i64, until: Option<Day>) -> Result<()> {
        self.conn.execute(
            "UPDATE cards SET buried_until = ?2 WHERE id = ?1",
            params![card_id, until.map(|d| d.0)],
        )?;
        Ok(())
    }

    // ---- card and deck management -----------------------------------------

    /// Suspends or unsuspends cards; returns the ids that do not exist.
    pub fn set_suspended(&mut self, ids: &[i64], suspended: bool) -> Result<Vec<i64>> {
        let tx = self.conn.transaction()?;
        let mut missing = Vec::new();
        {
            let mut stmt = tx.prepare_cached("UPDATE cards SET suspended = ?2 WHERE id = ?1")?;
            for &id in ids {
                if stmt.execute(params![id, suspended])? == 0 {
                    missing.push(id);
                }
            }
        }
        if missing.is_empty() {
            tx.commit()?;
        }
        Ok(missing)
    }

    /// Deletes a deck with its cards and their review history; returns how
    /// many cards went.
    pub fn delete_deck(&mut self, deck_id: i64) -> Result<u64> {
        let tx = self.conn.transaction()?;
        // The log's rows carry their deck: one pass over it.
        tx.execute("DELETE FROM reviews WHERE deck_id = ?1", [deck_id])?;
        let n = tx.execute("DELETE FROM cards WHERE deck_id = ?1", [deck_id])?;
        tx.execute("DELETE FROM decks WHERE id = ?1", [deck_id])?;
        tx.commit()?;
        Ok(n as u64)
    }

    /// Names and descriptions of decks, in name order.
    pub fn decks(&self) -> Result<Vec<(i64, String, Option<String>)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, name, description FROM decks ORDER BY name COLLATE NOCASE")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Direct access for the statistics queries in `store::stats`.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// Appends one row to the review log of card `card_id` (in its deck).
fn insert_review(tx: &rusqlite::Transaction, card_id: i64, r: &LoggedReview) -> Result<()> {
    let mut log = tx.prepare_cached(
        "INSERT INTO reviews (card_id, deck_id, at, day, grade, kind,
             reps_before, interval_before, ease_before, lapses_before, due_before,
             leech_before, suspended_before, reps_after, interval_after, ease_after, answer_ms)
         SELECT ?1, deck_id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16
         FROM cards WHERE id = ?1",
    )?;
    log.execute(params![
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
    Ok(())
}

/// Applies one answer inside `tx`: the card's schedule moves from `before` to
/// `after` (only if it still is `before`) and the log gets its row.
///
/// Only the columns the answer changes are set: SQLite rewrites an index
/// entry whenever its columns are assigned, even to the same value, so a 4
/// (which keeps the ease) would otherwise also write a page of the index of
/// lapsed cards, and a drill (which changes nothing) a page of each index.
fn record_in(tx: &rusqlite::Transaction, a: &Answer) -> Result<Option<i64>> {
    let (b, n) = (&a.before, &a.after);
    let set: Vec<&str> = [
        (n.sm2.reps != b.sm2.reps, "reps = ?2"),
        (n.sm2.interval != b.sm2.interval, "interval = ?3"),
        (n.sm2.ease != b.sm2.ease, "ease = ?4"),
        (n.sm2.lapses != b.sm2.lapses, "lapses = ?5"),
        (n.due != b.due, "due = ?6"),
        (n.leech != b.leech, "leech = ?7"),
        (n.suspended != b.suspended, "suspended = ?8"),
    ]
    .into_iter()
    .filter_map(|(changes, sql)| changes.then_some(sql))
    .collect();
    // The card must still be as the answer found it (another session may
    // have answered it meanwhile).
    const STILL: &str = "id = ?1 AND reps = ?9 AND interval = ?10 AND ease = ?11 \
                         AND lapses = ?12 AND due IS ?13";
    let args = params![
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
    ];
    let changed: usize = if set.is_empty() {
        let n: i64 = tx
            .prepare_cached(&format!("SELECT count(*) FROM cards WHERE {STILL}"))?
            .query_row(args, |r| r.get(0))?;
        n as usize
    } else {
        tx.prepare_cached(&format!(
            "UPDATE cards SET {} WHERE {STILL}",
            set.join(", ")
        ))?
        .execute(args)?
    };
    if changed == 0 {
        return Ok(None);
    }
    insert_review(
        tx,
        a.card_id,
        &LoggedReview {
            at_ms: a.at_ms,
            day: a.day,
            grade: a.grade,
            kind: a.kind,
            before: a.before,
            reps_after: a.after.sm2.reps,
            interval_after: a.after.sm2.interval,
            ease_after: a.after.sm2.ease,
            answer_ms: a.answer_ms,
        },
    )?;
    Ok(Some(tx.last_insert_rowid()))
}

/// Puts the collection in WAL mode. While a large import holds it in
/// rollback-journal mode (see `Store::leave_wal`) the switch cannot be
/// made; this connection then works in that mode (readers wait out the
/// import's commit, writers the import), and the import turns WAL back on
/// when it ends.
fn use_wal(conn: &Connection) -> Result<()> {
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
    if mode.eq_ignore_ascii_case("wal") {
        return Ok(());
    }
    match conn.pragma_update(None, "journal_mode", "WAL") {
        Err(rusqlite::Error::SqliteFailure(f, _))
            if matches!(
                f.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            ) =>
        {
            Ok(())
        }
        other => Ok(other?),
    }
}

fn check_sqlite_header(path: &Path, shown: &str) -> Result<()> {
    let mut head = [0u8; 16];
    let mut f = std::fs::File::open(path)
        .map_err(|e| Error::io(format!("cannot read the collection {shown}: {e}")))?;
    let n = f
        .read(&mut head)
        .map_err(|e| Error::io(format!("cannot read the collection {shown}: {e}")))?;
    if n == 0 {
        return Ok(()); // an empty file becomes a new collection
    }
    if n < 16 || &head != b"SQLite format 3\0" {
        return Err(schema::not_a_collection(shown));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck;

    fn deck(cards: &[(&str, &str, &str)]) -> Deck {
        let json = serde_json::json!({
            "format": "recall-deck/1",
            "name": "D",
            "cards": cards.iter().map(|(id, f, b)| serde_json::json!({"id": id, "front": f, "back": b})).collect::<Vec<_>>(),
        });
        deck::parse("d.json", &json.to_string()).unwrap()
    }

    fn temp_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("c.sqlite3")).unwrap();
        (dir, store)
    }

    #[test]
    fn import_is_idempotent_and_counts_changes() {
        let (_d, mut s) = temp_store();
        let c = s
            .import(
                &[deck(&[("a", "A?", "1"), ("b", "B?", "2")])],
                0,
                ImportOptions::default(),
            )
            .unwrap();
        assert_eq!((c[0].added, c[0].updated, c[0].unchanged), (2, 0, 0));
        let c = s
            .import(
                &[deck(&[("a", "A?", "1"), ("b", "B?", "2")])],
                0,
                ImportOptions::default(),
            )
            .unwrap();
        assert_eq!((c[0].added, c[0].updated, c[0].unchanged), (0, 0, 2));
        let c = s
            .import(
                &[deck(&[
                    ("a", "A?", "one"),
                    ("b", "B?", "2"),
                    ("c", "C?", "3"),
                ])],
                0,
                ImportOptions {
                    dry_run: true,
                    prune: false,
                },
            )
            .unwrap();
        assert_eq!((c[0].added, c[0].updated, c[0].unchanged), (1, 1, 1));
        // the dry run changed nothing
        assert_eq!(s.cards(&CardFilter::default()).unwrap().len(), 2);
        // a card dropped from the file is reported, and deleted only when pruning
        let c = s
            .import(&[deck(&[("a", "A?", "1")])], 0, ImportOptions::default())
            .unwrap();
        assert_eq!(c[0].missing, 1);
        assert_eq!(s.cards(&CardFilter::default()).unwrap().len(), 2);
        let prune = ImportOptions {
            dry_run: false,
            prune: true,
        };
        let c = s.import(&[deck(&[("a", "A?", "1")])], 0, prune).unwrap();
        assert_eq!(c[0].missing, 1);
        assert_eq!(s.cards(&CardFilter::default()).unwrap().len(), 1);
    }

    fn keys_found(s: &Store, query: &str) -> Vec<String> {
        let filter = CardFilter {
            deck_id: None,
            query: Some(query.to_string()),
        };
        s.cards(&filter)
            .unwrap()
            .into_iter()
            .map(|c| c.key)
            .collect()
    }

    #[test]
    fn search_index_follows_added_changed_and_deleted_cards() {
        let (_d, mut s) = temp_store();
        let opts = ImportOptions::default();
        let prune = ImportOptions {
            dry_run: false,
            prune: true,
        };
        // the deck, with card a's front as given
        let abc = |front_a: &str| {
            deck(&[
                ("a", front_a, "x"),
                ("b", "Beta two?", "s3:GetObject"),
                ("c", "Gamma three?", "y"),
            ])
        };
        s.import(&[abc("Alpha one?")], 0, opts).unwrap();
        assert_eq!(keys_found(&s, "ALPHA"), ["a"]);
        let covers = |s: &Store| -> i64 {
            s.conn
                .query_row("SELECT covers FROM search_index", [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(covers(&s), 3, "the first search built the index");
        // a word with punctuation, and part of a word
        assert_eq!(keys_found(&s, "3:getob"), ["b"]);
        assert_eq!(keys_found(&s, "lph ne"), ["a"]);
        assert_eq!(keys_found(&s, "alpha two"), Vec::<String>::new());
        // changed text: found by its new words only
        s.import(&[abc("Delta one?")], 0, opts).unwrap();
        assert_eq!(keys_found(&s, "delta"), ["a"]);
        assert_eq!(keys_found(&s, "alpha"), Vec::<String>::new());
        // a card added after the index was built
        s.import(&[deck(&[("d", "Alpha four?", "z")])], 0, opts)
            .unwrap();
        assert_eq!(keys_found(&s, "alpha"), ["d"]);
        // the highest id deleted and given again to a new card
        s.import(&[deck(&[("a", "Delta one?", "x")])], 0, prune)
            .unwrap();
        assert_eq!(covers(&s), 1, "deleting the top ids lowers what is covered");
        s.import(
            &[deck(&[("a", "Delta one?", "x"), ("e", "Epsilon?", "w")])],
            0,
            opts,
        )
        .unwrap();
        assert_eq!(keys_found(&s, "epsilon"), ["e"]);
        assert_eq!(keys_found(&s, "gamma"), Vec::<String>::new());
        // words with nothing to look up still match by reading the cards
        assert_eq!(keys_found(&s, "?"), ["a", "e"]);
    }

    /// What a search must find: every word in a field, ASCII case folded.
    fn reference(cards: &[(String, String, String)], query: &str) -> Vec<String> {
        cards
            .iter()
            .filter(|(key, front, back)| {
                query.split_whitespace().all(|w| {
                    let w = w.to_ascii_lowercase();
                    [key, front, back]
                        .iter()
                        .any(|f| f.to_ascii_lowercase().contains(&w))
                })
            })
            .map(|(key, _, _)| key.clone())
            .collect()
    }

    /// Card text as stored (trimmed), with case, punctuation, a non-ASCII
    /// letter and LIKE's own wildcards.
    const TEXT: &str = "[aAbB1é:_%-]([aAbB1é:_% -]{0,10}[aAbB1é:_%-])?";

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]
        #[test]
        fn search_through_the_index_finds_what_reading_finds(
            texts in proptest::collection::vec((TEXT, TEXT), 1..12),
            picks in proptest::collection::vec((0usize..12, 0usize..12, 1usize..4), 1..3),
            extra in "[aAbB1é:_%]{1,3}",
        ) {
            let cards: Vec<(String, String, String)> = texts
                .iter()
                .enumerate()
                .map(|(i, (f, b))| (format!("k{i}"), f.clone(), b.clone()))
                .collect();
            let (_d, mut s) = temp_store();
            let d = deck(&cards.iter().map(|(k, f, b)| (k.as_str(), f.as_str(), b.as_str())).collect::<Vec<_>>());
            s.import(&[d], 0, ImportOptions::default()).unwrap();
            // query words cut out of the cards' own text, and one made up
            let mut words: Vec<String> = picks
                .iter()
                .filter_map(|&(card, at, len)| {
                    let text: Vec<char> = cards[card % cards.len()].1.chars().collect();
                    let at = at % text.len();
                    let w: String = text[at..(at + len).min(text.len())].iter().collect();
                    Some(w.trim().to_string()).filter(|w| !w.is_empty() && !w.contains(' '))
                })
                .collect();
            words.push(extra);
            for w in &words {
                proptest::prop_assert_eq!(keys_found(&s, w), reference(&cards, w), "query {:?}", w);
            }
            let all = words.join(" ");
            proptest::prop_assert_eq!(keys_found(&s, &all), reference(&cards, &all), "query {:?}", all);
        }
    }

    #[test]
    fn a_session_log_is_copied_back_and_then_overwritten_not_grown() {
        let (dir, mut s) = temp_store();
        s.import(&[deck(&[("a", "A?", "1")])], 0, ImportOptions::default())
            .unwrap();
        let id = s.cards(&CardFilter::default()).unwrap()[0].id;
        let wal = dir.path().join("c.sqlite3-wal");
        let wal_len = || std::fs::metadata(&wal).map_or(0, |m| m.len());
        let page: i64 = s
            .conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .unwrap();
        let page = page as u64;
        // a log of n frames: its header, then each page with its frame header
        let log_of = |frames: u32| 32 + u64::from(frames) * (24 + page);
        s.checkpoint().unwrap();
        let before = wal_len();
        let mut copier = s.defer_checkpoints().unwrap();
        let rounds = 4 * LogCopier::EVERY;
        let mut copies = 0;
        for k in 0..rounds {
            // one page changed per write: one frame of log each
            s.bury(id, Some(Day(i64::from(k)))).unwrap();
            copier.wrote();
            if copier.copy_if_due().unwrap() {
                copies += 1;
            }
        }
        assert_eq!(copies, 4);
        // the log went back to its start after each copy: the file holds
        // one round at most, not every write
        assert!(wal_len() <= before.max(log_of(LogCopier::EVERY)));
        // without the copier the same writes grow the log all along
        for k in 0..rounds {
            s.bury(id, Some(Day(i64::from(k)))).unwrap();
        }
        assert!(wal_len() >= log_of(rounds));
        // and the database holds what was written
        drop(copier);
        s.checkpoint().unwrap();
        let buried: i64 = s
            .conn
            .query_row("SELECT buried_until FROM cards WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(buried, i64::from(rounds) - 1);
    }

    #[test]
    fn every_field_and_its_place_changes_the_fingerprint() {
        let base = CardText {
            front: "front",
            back: "back",
            explanation: None,
            choices: None,
            answer: None,
            tags: "t1 t2",
            source: None,
        };
        let variants = [
            CardText {
                front: "front!",
                ..base
            },
            CardText {
                back: "back!",
                ..base
            },
            CardText {
                explanation: Some(""),
                ..base
            },
            CardText {
                choices: Some("[\"a\",\"b\"]"),
                ..base
            },
            CardText {
                answer: Some(0),
                ..base
            },
            CardText { tags: "t1", ..base },
            CardText {
                source: Some("notes.md"),
                ..base
            },
            // the same text moved from one field to the next
            CardText {
                front: "frontback",
                back: "",
                ..base
            },
            CardText {
                front: "fron",
                back: "tback",
                ..base
            },
        ];
        let mut seen = vec![base.fingerprint()];
        for v in &variants {
            let f = v.fingerprint();
            assert!(!seen.contains(&f), "{f:x} repeated");
            seen.push(f);
        }
        // and it is pinned: collections keep it, so it must never change
        assert_eq!(base.fingerprint() as u64, 0x436b_8f4b_08a5_1017_u64);
    }

    #[test]
    fn migration_6_fingerprints_the_cards_already_there() {
        let (d, mut s) = temp_store();
        let cards = [("a", "A?", "1"), ("b", "B?", "2")];
        s.import(&[deck(&cards)], 0, ImportOptions::default())
            .unwrap();
        // Make it a version-5 collection again: no fingerprints.
        s.conn().execute_batch(schema::UNDO_8).unwrap();
        s.conn()
            .execute_batch(
                "ALTER TABLE cards DROP COLUMN fingerprint;
                 DROP TRIGGER card_states_delete;
                 DROP TRIGGER card_states_update; DROP TABLE card_states;
                 CREATE INDEX cards_state ON cards (deck_id,
                     (CASE WHEN suspended AND due IS NULL THEN 5 WHEN suspended THEN 4
                           WHEN due IS NULL THEN 0 WHEN reps < 2 THEN 1 WHEN interval < 21 THEN 2
                           ELSE 3 END),
                     ease, suspended, due, reps, interval) WHERE due IS NOT NULL;
                 PRAGMA user_version = 5;",
            )
            .unwrap();
        drop(s);
        let mut s = Store::open(&d.path().join("c.sqlite3")).unwrap();
        let c = s
            .import(&[deck(&cards)], 0, ImportOptions::default())
            .unwrap();
        assert_eq!((c[0].added, c[0].updated, c[0].unchanged), (0, 0, 2));
        let c = s
            .import(
                &[deck(&[("a", "A?", "1"), ("b", "B?", "two")])],
                0,
                ImportOptions::default(),
            )
            .unwrap();
        assert_eq!((c[0].added, c[0].updated, c[0].unchanged), (0, 1, 1));
    }

    fn numbered(n: usize) -> Deck {
        let cards: Vec<(String, String, String)> = (0..n)
            .map(|i| (format!("k{i}"), format!("Q{i}?"), format!("A{i}")))
            .collect();
        let refs: Vec<(&str, &str, &str)> = cards
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
            .collect();
        deck(&refs)
    }

    #[test]
    fn stored_cards_are_matched_whether_read_at_once_or_in_order() {
        // A deck that is most of the collection is matched by reading the
        // table in storage order; a small one beside a large one through the
        // key index. Both must count and prune alike, in or out of order.
        let (_d, mut s) = temp_store();
        let mut big = numbered(200);
        big.name = "Big".into();
        s.import(
            &[big.clone(), deck(&[("a", "A?", "1"), ("b", "B?", "2")])],
            0,
            ImportOptions::default(),
        )
        .unwrap();
        let prune = ImportOptions {
            dry_run: false,
            prune: true,
        };
        // the large deck again: shuffled, one changed, one gone, one new
        let mut cards = big.cards.clone();
        cards.reverse();
        cards.swap(3, 150);
        cards[10].back = "changed".into();
        let gone = cards.remove(20).key;
        let mut extra = numbered(201).cards.pop().unwrap();
        extra.key = "new".into();
        cards.push(extra);
        let c = s.import(&[Deck { cards, ..big }], 0, prune).unwrap();
        assert_eq!(
            (c[0].added, c[0].updated, c[0].unchanged, c[0].missing),
            (1, 1, 198, 1)
        );
        // in storage order, with more new cards in the middle than make a
        // batch: the first new one has the rest of the table read at once,
        // and the stored cards after them are still found
        let stored_order: Vec<Card> = {
            let id = s.deck_id("Big").unwrap();
            let mut stored = s
                .cards(&CardFilter {
                    deck_id: Some(id),
                    query: None,
                })
                .unwrap();
            stored.sort_by_key(|c| c.id);
            stored
                .into_iter()
                .map(|c| {
                    let mut d = numbered(1).cards.pop().unwrap();
                    d.key = c.key;
                    d.front = c.front;
                    d.back = c.back;
                    d
                })
                .collect()
        };
        let mut middle: Vec<Card> = stored_order.clone();
        let fresh: Vec<Card> = (0..70)
            .map(|i| {
                let mut d = numbered(1).cards.pop().unwrap();
                d.key = format!("mid{i}");
                d
            })
            .collect();
        middle.splice(100..100, fresh);
        let c = s
            .import(
                &[Deck {
                    name: "Big".into(),
                    description: None,
                    cards: middle,
                }],
                0,
                prune,
            )
            .unwrap();
        assert_eq!(
            (c[0].added, c[0].unchanged, c[0].missing),
            (70, 200, 0),
            "{c:?}"
        );
        // the small deck: the same kinds of change
        let c = s
            .import(&[deck(&[("c", "C?", "3"), ("a", "A?", "one")])], 0, prune)
            .unwrap();
        assert_eq!(
            (c[0].added, c[0].updated, c[0].unchanged, c[0].missing),
            (1, 1, 0, 1)
        );
        let keys = |deck: &str| -> Vec<String> {
            let id = s.deck_id(deck).unwrap();
            let mut k: Vec<String> = s
                .cards(&CardFilter {
                    deck_id: Some(id),
                    query: None,
                })
                .unwrap()
                .into_iter()
                .map(|c| c.key)
                .collect();
            k.sort();
            k
        };
        assert_eq!(keys("D"), ["a", "c"]);
        let big_keys = keys("Big");
        assert_eq!(big_keys.len(), 270);
        assert!(big_keys.contains(&"new".to_string()));
        assert!(!big_keys.contains(&gone));
        // and nothing changes when both come again as they now are
        let again = s
            .import(
                &[deck(&[("c", "C?", "3"), ("a", "A?", "one")])],
                0,
                ImportOptions::default(),
            )
            .unwrap();
        assert_eq!(
            (again[0].added, again[0].updated, again[0].unchanged),
            (0, 0, 2)
        );
    }

    fn journal_mode(s: &Store) -> String {
        s.conn()
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn a_bulk_import_is_whole_and_leaves_the_log_on() {
        let (d, mut s) = temp_store();
        let big = numbered(BULK_CARDS + 10);
        // This deck takes the bulk path, and alone here it may leave the log.
        let expected = s.expected_new(&[ImportDeck::from(big.clone())]).unwrap();
        assert_eq!(expected, BULK_CARDS + 10);
        assert!(s.leave_wal().unwrap());
        assert_eq!(journal_mode(&s), "delete");
        s.enter_wal();
        assert_eq!(journal_mode(&s), "wal");
        let c = s.import(&[big], 0, ImportOptions::default()).unwrap();
        assert_eq!(c[0].added as usize, BULK_CARDS + 10);
        assert_eq!(journal_mode(&s), "wal");
        let cards = s.cards(&CardFilter::default()).unwrap();
        assert_eq!(cards.len(), BULK_CARDS + 10);
        // in file order, with their text
        assert_eq!(
            (cards[7].key.as_str(), cards[7].front.as_str()),
            ("k7", "Q7?")
        );
        let ok: String = s
            .conn()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
        // With another connection open the log stays on, and it still works.
        let other = Store::open(&d.path().join("c.sqlite3")).unwrap();
        assert_eq!(
            other.cards(&CardFilter::default()).unwrap().len(),
            BULK_CARDS + 10
        );
        assert!(!s.leave_wal().unwrap());
        assert_eq!(journal_mode(&s), "wal");
        let mut more = numbered(2 * BULK_CARDS + 10);
        more.name = "E".into();
        let c = s.import(&[more], 0, ImportOptions::default()).unwrap();
        assert_eq!(c[0].added as usize, 2 * BULK_CARDS + 10);
        assert_eq!(journal_mode(&s), "wal");
        assert_eq!(
            other.cards(&CardFilter::default()).unwrap().len(),
            3 * BULK_CARDS + 20
        );
    }

    #[test]
    fn a_collection_opens_while_a_bulk_import_holds_it() {
        let (d, mut s) = temp_store();
        s.import(&[deck(&[("a", "A?", "1")])], 0, ImportOptions::default())
            .unwrap();
        drop(s);
        // Another process in the middle of a bulk import: rollback journal,
        // its write transaction open.
        let path = d.path().join("c.sqlite3");
        let other = Connection::open(&path).unwrap();
        other.pragma_update(None, "journal_mode", "DELETE").unwrap();
        other
            .execute_batch("BEGIN IMMEDIATE; UPDATE cards SET back = 'changed'")
            .unwrap();
        let s = Store::open(&path).unwrap();
        let cards = s.cards(&CardFilter::default()).unwrap();
        assert_eq!(cards[0].back, "1");
        drop(s);
        other.execute_batch("COMMIT").unwrap();
        drop(other);
        // and the next open turns the log on again
        let s = Store::open(&path).unwrap();
        assert_eq!(journal_mode(&s), "wal");
        assert_eq!(s.cards(&CardFilter::default()).unwrap()[0].back, "changed");
    }

    #[test]
    fn a_bad_card_late_in_a_stream_rolls_the_import_back() {
        let (_d, mut s) = temp_store();
        s.import(&[deck(&[("a", "A?", "1")])], 0, ImportOptions::default())
            .unwrap();
        let good = numbered(3 * insert::BATCH + 5);
        let cards = good
            .cards
            .into_iter()
            .map(|c| Ok(NewCard::new(c)))
            .chain(std::iter::once(Err(Error::input(
                "card 999: bad".to_string(),
            ))));
        let stream = ImportDeck {
            name: "D".into(),
            description: None,
            expected: 3 * insert::BATCH + 6,
            cards: Box::new(cards),
        };
        let e = s
            .import_stream(vec![stream], 0, ImportOptions::default())
            .unwrap_err();
        assert!(e.to_string().contains("card 999"), "{e}");
        let cards = s.cards(&CardFilter::default()).unwrap();
        assert_eq!(cards.len(), 1);
        assert_eq!(cards[0].back, "1");
    }

    #[test]
    fn one_deck_in_two_files_is_one_deck() {
        let (_d, mut s) = temp_store();
        let prune = ImportOptions {
            dry_run: false,
            prune: true,
        };
        let c = s
            .import(
                &[
                    deck(&[("a", "A?", "1")]),
                    deck(&[("b", "B?", "2"), ("a", "A?", "one")]),
                ],
                0,
                prune,
            )
            .unwrap();
        assert_eq!(c.len(), 1);
        assert_eq!((c[0].added, c[0].updated, c[0].missing), (2, 0, 0));
        let cards = s.cards(&CardFilter::default()).unwrap();
        assert_eq!(cards.len(), 2);
        assert_eq!(cards[0].back, "one", "the later file wins");
    }

    #[test]
    fn answer_and_undo_restore_exactly() {
        let (_d, mut s) = temp_store();
        s.import(&[deck(&[("a", "A?", "1")])], 0, ImportOptions::default())
            .unwrap();
        let card = s.cards(&CardFilter::default()).unwrap().remove(0);
        let before = Schedule::of(&card);
        let g = Grade::new(5).unwrap();
        let after = Schedule {
            sm2: card.sm2.review(g),
            due: Some(Day(101)),
            ..before
        };
        let a = Answer {
            card_id: card.id,
            grade: g,
            kind: ReviewKind::New,
            before,
            after,
            at_ms: 1,
            day: Day(100),
            answer_ms: 5,
        };
        let id = s.record(&a).unwrap().unwrap();
        // the same answer again is a conflict: the card moved on
        assert_eq!(s.record(&a).unwrap(), None);
        let moved = s.card(card.id).unwrap().unwrap();
        assert_eq!(moved.due, Some(Day(101)));
        assert_eq!(s.day_counts(Day(100), None).unwrap().new_seen, 1);
        // A drill changes nothing but is logged, if the card is as it saw it.
        let drill = Answer {
            kind: ReviewKind::Drill,
            before: after,
            after,
            ..a
        };
        assert!(s.record(&drill).unwrap().is_some());
        assert_eq!(s.card(card.id).unwrap().unwrap(), moved);
        let stale = Answer {
            kind: ReviewKind::Drill,
            before,
            after: before,
            ..a
        };
        assert_eq!(s.record(&stale).unwrap(), None);
        let logged: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM reviews", [], |r| r.get(0))
            .unwrap();
        assert_eq!(logged, 2);
        // Each of the other columns an answer can change is written.
        let leech = Answer {
            before: after,
            after: Schedule {
                leech: true,
                suspended: true,
                ..after
            },
            ..a
        };
        s.record(&leech).unwrap().unwrap();
        let flagged = s.card(card.id).unwrap().unwrap();
        assert!(flagged.leech && flagged.suspended);
        s.undo(id + 2).unwrap();
        s.undo(id + 1).unwrap();
        s.undo(id).unwrap();
        assert_eq!(s.card(card.id).unwrap().unwrap(), card);
        assert_eq!(s.day_counts(Day(100), None).unwrap().new_seen, 0);
    }

    #[test]
    fn refuses_a_file_that_is_not_sqlite() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("notes.txt");
        std::fs::write(&p, "hello, this is not a database at all").unwrap();
        let e = Store::open(&p).err().unwrap();
        assert!(e.to_string().contains("not a recall collection"));
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "hello, this is not a database at all"
        );
    }
}
