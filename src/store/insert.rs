//! New cards into the `cards` table, 64 to a statement, their text bound
//! without a copy.
//!
//! rusqlite binds every string with `SQLITE_TRANSIENT`: SQLite copies it into
//! memory of its own, and frees the copy when the bindings are cleared. For
//! an import of 100,000 cards (32 MB of text) that was about a quarter of
//! the storing thread's instructions (callgrind), the thread every import
//! waits on. The strings of a batch outlive the one step that inserts it, so
//! here they are bound with `SQLITE_STATIC` through SQLite's C API, and the
//! bindings are cleared before the batch is handed back.

use std::ffi::{c_char, c_int};
use std::marker::PhantomData;
use std::ptr::NonNull;

use rusqlite::{ffi, Connection};

use super::NewCard;
use crate::error::Result;

/// Cards inserted to a statement: SQLite then opens the table and its
/// indexes once per batch instead of once per card.
pub const BATCH: usize = 64;

/// The values bound for each card.
const COLUMNS: usize = 12;

/// The statement inserting `rows` cards.
fn insert_sql(rows: usize) -> String {
    let one = format!("({})", ["?"; COLUMNS].join(","));
    format!(
        "INSERT INTO cards (deck_id, key, ord, front, back, explanation, choices, answer, tags, source, fingerprint, created_at) VALUES {}",
        vec![one; rows].join(",")
    )
}

/// Inserts new cards, `BATCH` to a statement, for as long as it lives.
///
/// Cards are always inserted new, without a due day (a backup's schedule is
/// put in by an update): the learned-card counts (`card_states`) rely on it.
pub struct CardInserter<'c> {
    conn: &'c Connection,
    full: Insert<'c>,
}

impl<'c> CardInserter<'c> {
    pub fn new(conn: &'c Connection) -> Result<CardInserter<'c>> {
        Ok(CardInserter {
            conn,
            full: Insert::prepare(conn, BATCH)?,
        })
    }

    /// Inserts `rows` into deck `deck_id`.
    pub fn insert(&mut self, deck_id: i64, now_secs: i64, rows: &[NewCard]) -> Result<()> {
        for chunk in rows.chunks(BATCH) {
            if chunk.len() == BATCH {
                self.full.run(deck_id, now_secs, chunk)?;
            } else {
                // a last, shorter batch gets a statement of its own
                Insert::prepare(self.conn, chunk.len())?.run(deck_id, now_secs, chunk)?;
            }
        }
        Ok(())
    }
}

/// A prepared INSERT of a fixed number of cards.
struct Insert<'c> {
    db: *mut ffi::sqlite3,
    stmt: NonNull<ffi::sqlite3_stmt>,
    rows: usize,
    /// The statement must not outlive its connection.
    _conn: PhantomData<&'c Connection>,
}

impl<'c> Insert<'c> {
    fn prepare(conn: &'c Connection, rows: usize) -> Result<Insert<'c>> {
        let sql = insert_sql(rows);
        // SAFETY: the handle is used only while `conn` is borrowed (the
        // statement's lifetime), on this thread, as rusqlite itself uses it.
        let db = unsafe { conn.handle() };
        let mut stmt = std::ptr::null_mut();
        // SAFETY: `sql` is valid for its length; `stmt` receives the statement.
        let rc = unsafe {
            ffi::sqlite3_prepare_v3(
                db,
                sql.as_ptr().cast::<c_char>(),
                c_int::try_from(sql.len()).expect("a short statement"),
                ffi::SQLITE_PREPARE_PERSISTENT,
                &mut stmt,
                std::ptr::null_mut(),
            )
        };
        check(db, rc)?;
        let stmt = NonNull::new(stmt).expect("a statement for non-empty SQL");
        Ok(Insert {
            db,
            stmt,
            rows,
            _conn: PhantomData,
        })
    }

    /// Binds `rows` (exactly as many as the statement takes), runs the
    /// statement once, and clears it again.
    fn run(&mut self, deck_id: i64, now_secs: i64, rows: &[NewCard]) -> Result<()> {
        assert_eq!(rows.len(), self.rows, "a batch of the statement's size");
        let stmt = self.stmt.as_ptr();
        let mut bound = Ok(());
        for (i, r) in rows.iter().enumerate() {
            let at = (i * COLUMNS) as c_int;
            let values = [
                Value::Int(Some(deck_id)),
                Value::Text(Some(&r.card.key)),
                Value::Int(Some(r.ord)),
                Value::Text(Some(&r.card.front)),
                Value::Text(Some(&r.card.back)),
                Value::Text(r.card.explanation.as_deref()),
                Value::Text(r.choices.as_deref()),
                Value::Int(r.card.answer.map(|a| a as i64)),
                Value::Text(Some(&r.tags)),
                Value::Text(r.card.source.as_deref()),
                Value::Int(Some(r.fingerprint)),
                Value::Int(Some(now_secs)),
            ];
            for (k, v) in values.into_iter().enumerate() {
                // SAFETY: `stmt` is a live statement; a text binding points
                // into `rows`, which outlives this call, and every binding is
                // cleared below before the call returns.
                let rc = unsafe { v.bind(stmt, at + k as c_int + 1) };
                bound = bound.and_then(|()| check(self.db, rc));
            }
        }
        let stepped = bound.and_then(|()| {
            // SAFETY: a live statement with every parameter bound.
            match unsafe { ffi::sqlite3_step(stmt) } {
                ffi::SQLITE_DONE => Ok(()),
                rc => check(self.db, rc),
            }
        });
        // SAFETY: a live statement; afterwards it holds no pointer into `rows`.
        unsafe {
            ffi::sqlite3_reset(stmt);
            ffi::sqlite3_clear_bindings(stmt);
        }
        stepped
    }
}

impl Drop for Insert<'_> {
    fn drop(&mut self) {
        // SAFETY: the statement is live and finalized only here.
        unsafe {
            ffi::sqlite3_finalize(self.stmt.as_ptr());
        }
    }
}

/// One value to bind: text borrowed, not copied.
enum Value<'a> {
    Int(Option<i64>),
    Text(Option<&'a str>),
}

impl Value<'_> {
    /// # Safety
    /// `stmt` must be a live statement, and a text value must stay alive
    /// and unmoved until the binding is cleared.
    unsafe fn bind(&self, stmt: *mut ffi::sqlite3_stmt, index: c_int) -> c_int {
        match *self {
            Value::Int(Some(n)) => ffi::sqlite3_bind_int64(stmt, index, n),
            Value::Text(Some(s)) => ffi::sqlite3_bind_text64(
                stmt,
                index,
                s.as_ptr().cast::<c_char>(),
                s.len() as u64,
                ffi::SQLITE_STATIC(),
                ffi::SQLITE_UTF8 as u8,
            ),
            Value::Int(None) | Value::Text(None) => ffi::sqlite3_bind_null(stmt, index),
        }
    }
}

/// SQLite's result code as an error, with its message.
fn check(db: *mut ffi::sqlite3, rc: c_int) -> Result<()> {
    if rc == ffi::SQLITE_OK {
        return Ok(());
    }
    // SAFETY: `db` is the live connection the failing call was made on.
    let message = unsafe { std::ffi::CStr::from_ptr(ffi::sqlite3_errmsg(db)) }
        .to_string_lossy()
        .into_owned();
    Err(rusqlite::Error::SqliteFailure(ffi::Error::new(rc), Some(message)).into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Card;

    fn card(key: &str, explanation: Option<&str>) -> NewCard {
        NewCard::new(Card {
            key: key.to_string(),
            front: format!("{key}?"),
            back: format!("{key}!"),
            explanation: explanation.map(str::to_string),
            tags: vec!["t1".into(), "t2".into()],
            source: None,
            choices: None,
            answer: None,
            restore: None,
            origin: 0,
        })
    }

    #[test]
    fn batches_and_a_short_rest_are_stored_as_bound() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE cards (id INTEGER PRIMARY KEY, deck_id, key UNIQUE, ord, front, back,
             explanation, choices, answer, tags, source, fingerprint, created_at)",
        )
        .unwrap();
        let mut rows: Vec<NewCard> = (0..BATCH * 2 + 3)
            .map(|i| card(&format!("k{i}"), (i % 2 == 0).then_some("why")))
            .collect();
        for (i, r) in rows.iter_mut().enumerate() {
            r.ord = i as i64;
        }
        let mut ins = CardInserter::new(&conn).unwrap();
        ins.insert(7, 1_000, &rows).unwrap();
        type Row = (
            i64,
            String,
            i64,
            String,
            String,
            Option<String>,
            String,
            i64,
        );
        let stored: Vec<Row> = conn
            .prepare(
                "SELECT deck_id, key, ord, front, back, explanation, tags, fingerprint
                 FROM cards ORDER BY id",
            )
            .unwrap()
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(stored.len(), rows.len());
        for (s, r) in stored.iter().zip(&rows) {
            assert_eq!(
                s,
                &(
                    7,
                    r.card.key.clone(),
                    r.ord,
                    r.card.front.clone(),
                    r.card.back.clone(),
                    r.card.explanation.clone(),
                    "t1 t2".to_string(),
                    r.fingerprint
                )
            );
        }
        // a failing batch reports SQLite's error and leaves the statement
        // usable
        let e = ins.insert(7, 1_000, &rows[..BATCH]).unwrap_err();
        assert!(e.to_string().contains("UNIQUE"), "{e}");
        let more: Vec<NewCard> = (0..BATCH).map(|i| card(&format!("m{i}"), None)).collect();
        ins.insert(7, 1_000, &more).unwrap();
    }
}
