//! A deck's cards already in the collection, by key, for an import to match
//! its cards against. One string holds every key, so that 100,000 stored
//! cards cost a few allocations rather than 100,000.

use std::collections::HashMap;

use crate::hash::{hash_str, Prehashed};

/// What an import needs of a stored card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stored {
    pub id: i64,
    pub ord: i64,
    pub fingerprint: i64,
}

struct Entry {
    stored: Stored,
    /// The key, as a range of `StoredKeys::keys`.
    start: usize,
    end: usize,
    /// The next entry whose key has the same hash.
    next: Option<usize>,
    taken: bool,
}

/// Stored cards by key; each is taken at most once.
#[derive(Default)]
pub struct StoredKeys {
    keys: String,
    entries: Vec<Entry>,
    /// The first entry for each key hash.
    first: HashMap<u64, usize, Prehashed>,
    left: usize,
}

impl StoredKeys {
    /// Adds a card; keys are unique within a deck.
    pub fn insert(&mut self, key: &str, stored: Stored) {
        self.insert_hashed(key, hash_str(key), stored);
    }

    /// The stored card with `key`, unless there is none or it was taken.
    pub fn take(&mut self, key: &str) -> Option<Stored> {
        self.take_hashed(key, hash_str(key))
    }

    fn insert_hashed(&mut self, key: &str, hash: u64, stored: Stored) {
        let start = self.keys.len();
        self.keys.push_str(key);
        let at = self.entries.len();
        let next = self.first.insert(hash, at);
        self.entries.push(Entry {
            stored,
            start,
            end: self.keys.len(),
            next,
            taken: false,
        });
        self.left += 1;
    }

    fn take_hashed(&mut self, key: &str, hash: u64) -> Option<Stored> {
        let mut at = self.first.get(&hash).copied();
        while let Some(i) = at {
            let e = &mut self.entries[i];
            if &self.keys[e.start..e.end] == key {
                if e.taken {
                    return None;
                }
                e.taken = true;
                self.left -= 1;
                return Some(e.stored);
            }
            at = e.next;
        }
        None
    }

    /// How many stored cards were not taken.
    pub fn left(&self) -> usize {
        self.left
    }

    /// The stored cards not taken.
    pub fn remaining(&self) -> impl Iterator<Item = &Stored> {
        self.entries.iter().filter(|e| !e.taken).map(|e| &e.stored)
    }
}

/// A deck's stored cards for an import to take by key, read from a query
/// (key, id, ord, fingerprint) as the import asks for them. Read from the
/// table in storage order, a deck imported again is usually in the order
/// it was stored in, so each card is the next row, and reading the stored
/// cards becomes part of the import's loop (which waits on the thread
/// parsing the file) instead of 100 ms before it. A card asked for out of
/// order reads on to it, keeping the rows it passes for later; one that is
/// not there reads every row.
pub struct StoredLookup<'s> {
    /// The rows not read yet.
    rows: Option<rusqlite::Rows<'s>>,
    /// The rows read and not taken yet.
    read: StoredKeys,
}

/// One row of the query: the key and the stored card.
fn stored<'r>(r: &'r rusqlite::Row<'_>) -> rusqlite::Result<(&'r str, Stored)> {
    Ok((
        r.get_ref(0)?.as_str()?,
        Stored {
            id: r.get(1)?,
            ord: r.get(2)?,
            fingerprint: r.get(3)?,
        },
    ))
}

impl<'s> StoredLookup<'s> {
    pub fn new(rows: rusqlite::Rows<'s>) -> StoredLookup<'s> {
        StoredLookup {
            rows: Some(rows),
            read: StoredKeys::default(),
        }
    }

    /// The stored card with `key`, unless there is none or it was taken.
    pub fn take(&mut self, key: &str) -> rusqlite::Result<Option<Stored>> {
        if let Some(found) = self.read.take(key) {
            return Ok(Some(found));
        }
        let Some(rows) = &mut self.rows else {
            return Ok(None);
        };
        while let Some(r) = rows.next()? {
            let (row_key, card) = stored(r)?;
            if row_key == key {
                return Ok(Some(card));
            }
            self.read.insert(row_key, card);
        }
        self.rows = None;
        Ok(None)
    }

    /// The stored cards not taken, once every row is read.
    pub fn not_taken(&mut self) -> rusqlite::Result<&StoredKeys> {
        if let Some(rows) = &mut self.rows {
            while let Some(r) = rows.next()? {
                let (key, card) = stored(r)?;
                self.read.insert(key, card);
            }
            self.rows = None;
        }
        Ok(&self.read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(id: i64) -> Stored {
        Stored {
            id,
            ord: id * 10,
            fingerprint: -id,
        }
    }

    #[test]
    fn each_key_is_taken_once() {
        let mut k = StoredKeys::default();
        for (i, key) in ["a", "b", "c", "ab", ""].iter().enumerate() {
            k.insert(key, card(i as i64));
        }
        assert_eq!(k.take("b"), Some(card(1)));
        assert_eq!(k.take("b"), None);
        assert_eq!(k.take("x"), None);
        assert_eq!(k.take(""), Some(card(4)));
        assert_eq!(k.left(), 3);
        let ids: Vec<i64> = k.remaining().map(|s| s.id).collect();
        assert_eq!(ids, vec![0, 2, 3]);
    }

    /// Cards `keys` (id 1, 2, ... in that order) in a table, read in order.
    fn lookup_over(conn: &rusqlite::Connection, keys: &[&str]) {
        conn.execute_batch(
            "CREATE TABLE cards (id INTEGER PRIMARY KEY, key TEXT, ord INTEGER, fingerprint INTEGER)",
        )
        .unwrap();
        for (i, k) in keys.iter().enumerate() {
            let i = i as i64 + 1;
            conn.execute(
                "INSERT INTO cards VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![i, k, i * 10, -i],
            )
            .unwrap();
        }
    }

    #[test]
    fn stored_cards_read_in_order_are_found_in_any_order() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        lookup_over(&conn, &["a", "b", "c", "d", "e"]);
        let mut stmt = conn
            .prepare("SELECT key, id, ord, fingerprint FROM cards ORDER BY id")
            .unwrap();
        let mut look = StoredLookup::new(stmt.query([]).unwrap());
        // in order, then out of order, then a key the table does not have
        assert_eq!(look.take("a").unwrap(), Some(card(1)));
        assert_eq!(look.take("d").unwrap(), Some(card(4)));
        assert_eq!(look.take("b").unwrap(), Some(card(2)));
        assert_eq!(look.take("new").unwrap(), None);
        assert_eq!(look.take("b").unwrap(), None);
        // what was never asked for is left, whether read already or not
        let left: Vec<i64> = look
            .not_taken()
            .unwrap()
            .remaining()
            .map(|s| s.id)
            .collect();
        assert_eq!(left, vec![3, 5]);
        assert_eq!(look.not_taken().unwrap().left(), 2);
    }

    #[test]
    fn stored_cards_read_in_either_order_agree() {
        // in key order (as through the (deck_id, key) index) or in storage
        // order (as by reading the table)
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        lookup_over(&conn, &["d", "b", "a", "c"]);
        let mut by_key = conn
            .prepare("SELECT key, id, ord, fingerprint FROM cards ORDER BY key")
            .unwrap();
        let mut by_id = conn
            .prepare("SELECT key, id, ord, fingerprint FROM cards ORDER BY id")
            .unwrap();
        let mut a = StoredLookup::new(by_key.query([]).unwrap());
        let mut b = StoredLookup::new(by_id.query([]).unwrap());
        for k in ["c", "x", "d", "a"] {
            let found = a.take(k).unwrap();
            assert_eq!(found, b.take(k).unwrap(), "{k}");
            assert_eq!(found.is_some(), k != "x", "{k}");
        }
        let left = |l: &mut StoredLookup| -> Vec<i64> {
            l.not_taken().unwrap().remaining().map(|s| s.id).collect()
        };
        assert_eq!(left(&mut a), vec![2]);
        assert_eq!(left(&mut b), vec![2]);
    }

    #[test]
    fn keys_sharing_a_hash_are_told_apart() {
        let mut k = StoredKeys::default();
        for (i, key) in ["a", "b", "c"].iter().enumerate() {
            k.insert_hashed(key, 7, card(i as i64));
        }
        assert_eq!(k.take_hashed("d", 7), None);
        assert_eq!(k.take_hashed("b", 7), Some(card(1)));
        assert_eq!(k.take_hashed("b", 7), None);
        assert_eq!(k.take_hashed("a", 7), Some(card(0)));
        assert_eq!(k.take_hashed("c", 7), Some(card(2)));
        assert_eq!(k.left(), 0);
    }
}
