//! The collection: a SQLite file opened with durable settings. This is the
//! only module that talks to rusqlite; everything else calls its methods,
//! which are grouped by concern in the files below.

mod answers;
mod cards;
mod edit;
mod import;
mod new_cards;
mod place;
pub mod plan;
#[cfg(test)]
mod plans;
mod queue;
mod read_only;
mod schema;
mod select;
mod settings;
mod stats;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Row, Transaction, TransactionBehavior};

use crate::clock::Day;
use crate::error::{DbFailure, Error, Result};
use crate::model::{CardState, StoredCard};
use crate::sched::{Ease, Schedule, Sm2State};

pub use answers::Answer;
pub use cards::{CardFilter, DayCounts, DeckSummary, DueCard, Scope};
pub use edit::{retagged, Added, Origin};
pub use import::{Conflict, ImportCount, ImportDeck, ImportOptions};
pub use place::{deck_names, default_path};
pub use queue::NewCards;
pub use schema::{APPLICATION_ID, SCHEMA, VERSION as SCHEMA_VERSION};
pub use select::Tags;
pub use stats::{CardCounts, DayTotals, DeckCounts};

/// Statements kept prepared per connection.
const STATEMENTS: usize = 64;

/// How long to wait for another process's write to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open collection.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the collection at `path`. A file that is not
    /// a recall collection is refused and left untouched.
    pub fn open(path: &Path) -> Result<Store> {
        // Not even opened when it is not a file: a pipe would wait for a
        // writer forever.
        if let Some(kind) = std::fs::metadata(path)
            .ok()
            .and_then(|m| crate::error::not_a_file(&m))
        {
            return Err(Error::Usage(format!(
                "{} is {kind}; --db needs the path of a collection file",
                path.display()
            )));
        }
        if path.exists() {
            check_sqlite_header(path)?;
        } else if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Room for every statement an import or a session runs again and
        // again: past the cache, each run parses its SQL (and the triggers'
        // SQL) anew.
        conn.set_prepared_statement_cache_capacity(STATEMENTS);
        // Checked before anything is written to the file.
        schema::check(&conn, path)?;
        // SQLite opens a file it may not write read-only without a word;
        // say so now, before a command starts work it could not keep.
        if conn.is_readonly(rusqlite::MAIN_DB)? {
            return Err(read_only(path));
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        schema::prepare(&mut conn, path)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Opens the collection at `path` for a command that only reads it: as
    /// [`Store::open`] does, or read-only when the file, its directory or
    /// its file system cannot be written.
    pub fn open_to_read(path: &Path) -> Result<Store> {
        match Store::open(path) {
            Err(e) if path.is_file() && cannot_write(&e) => read_only::open(path),
            opened => opened,
        }
    }

    /// Where the collection is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the collection has no cards at all.
    pub fn is_empty(&self) -> Result<bool> {
        let any: bool = self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM cards)", [], |r| r.get(0))?;
        Ok(!any)
    }

    /// Runs `work` in one write transaction, committed when it succeeds.
    fn write<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let done = work(&tx)?;
        tx.commit()?;
        Ok(done)
    }

    #[cfg(test)]
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// The columns [`card_from_row`] reads, from `cards c JOIN decks d`.
const CARD_COLUMNS: &str = "c.id, d.name, c.key, c.front, c.back, c.explanation, c.choices, \
     c.answer, c.tags, c.source, c.reps, c.interval, c.ease, c.lapses, c.due, c.suspended, \
     c.leech, c.state";

fn card_from_row(r: &Row) -> rusqlite::Result<StoredCard> {
    let choices: Option<String> = r.get(6)?;
    let tags: String = r.get(8)?;
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
        schedule: Schedule {
            sm2: Sm2State {
                reps: r.get(10)?,
                interval: r.get(11)?,
                ease: ease(r.get(12)?),
                lapses: r.get(13)?,
            },
            due: r.get::<_, Option<i64>>(14)?.map(Day),
            suspended: r.get(15)?,
            leech: r.get(16)?,
        },
        state: CardState::from_number(r.get(17)?),
    })
}

/// An E-Factor as stored (hundredths).
fn ease(hundredths: i64) -> Ease {
    Ease::from_hundredths(u16::try_from(hundredths).unwrap_or(u16::MAX))
}

/// The error of a write to a collection that cannot be written.
fn read_only(path: &Path) -> Error {
    Error::Database {
        path: Some(path.to_path_buf()),
        kind: DbFailure::ReadOnly,
        source: rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY),
            None,
        ),
    }
}

/// Whether opening the collection failed because it cannot be written:
/// the file is read-only, or SQLite cannot make its `-wal` and `-shm`
/// files beside it.
fn cannot_write(e: &Error) -> bool {
    match e {
        Error::Database { kind, source, .. } => {
            *kind == DbFailure::ReadOnly
                || source.sqlite_error_code() == Some(rusqlite::ErrorCode::CannotOpen)
        }
        Error::Write { .. } => true,
        _ => false,
    }
}

/// Refuses a file that has bytes but is not a SQLite database, before
/// SQLite sees it (an empty file becomes a new collection).
fn check_sqlite_header(path: &Path) -> Result<()> {
    let mut head = [0u8; 16];
    let mut file = std::fs::File::open(path).map_err(|e| Error::read(path, e))?;
    let n = file.read(&mut head).map_err(|e| Error::read(path, e))?;
    if n > 0 && (n < 16 || &head != b"SQLite format 3\0") {
        return Err(Error::NotACollection {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::deck::{Card, Deck};

    pub fn temp_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("c.sqlite3")).unwrap();
        (dir, store)
    }

    /// A deck named `D` of (key, front, back) cards.
    pub fn deck(cards: &[(&str, &str, &str)]) -> Deck {
        Deck {
            name: "D".into(),
            description: None,
            cards: cards
                .iter()
                .enumerate()
                .map(|(i, (key, front, back))| Card::basic(key, front, back, i))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;

    #[test]
    fn refuses_a_file_that_is_not_sqlite_and_leaves_it_alone() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("notes.txt");
        std::fs::write(&p, "hello, this is not a database at all").unwrap();
        let e = Store::open(&p).err().unwrap();
        assert!(matches!(e, Error::NotACollection { .. }), "{e}");
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "hello, this is not a database at all"
        );
    }

    #[test]
    fn a_new_collection_is_durable_and_current() {
        let (_d, s) = temp_store();
        let mode: String = s
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        let sync: i64 = s
            .conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap();
        let fk: i64 = s
            .conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert_eq!((mode.as_str(), sync, fk), ("wal", 2, 1));
        assert!(s.is_empty().unwrap());
        let _ = deck(&[]);
    }
}
