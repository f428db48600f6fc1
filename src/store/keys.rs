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
