//! The word index behind `recall cards QUERY`.
//!
//! A search keeps its meaning: every word of the query must appear, in any
//! case of ASCII letters, somewhere in a card's front, back, tags,
//! explanation or id (SQL `LIKE '%word%'`). Reading all 100,000 cards to
//! check that takes 50 ms, and merely stepping through their rows 30 ms, so
//! the index only narrows the cards down; the same `LIKE` then checks the
//! few that are left.
//!
//! The index maps each word of the cards' text (a run of letters and
//! digits, lowercased) to the ids of the cards that have it. A query word
//! such as `s3:GetObject` is cut into its runs (`s3`, `getobject`); a card
//! that contains the word has, for each run, a word of its own that contains
//! the run. So the cards left are those with, for every run of every query
//! word, some indexed word containing it: found by one substring search
//! through the vocabulary, then the union of those words' cards.
//!
//! It is built on the first search of a large collection (a quarter of a
//! second for 100,000 cards), never during an import. Afterwards:
//! - it covers the card ids up to `search_index.covers`; cards added later
//!   get higher ids, and are checked directly until there are many of them
//!   (then it is rebuilt);
//! - a card whose text changes is listed in `search_stale` by a trigger and
//!   checked directly;
//! - a deleted card is simply not found when its id is looked up; deleting
//!   the highest ids lowers `covers` (a trigger), since SQLite may give
//!   those ids again.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use crate::error::Result;

/// Collections whose highest card id is below this are searched by reading
/// every card (a few milliseconds); no index is kept for them. (The unit
/// tests index every collection, so that every search test goes through it.)
pub const INDEX_FROM: i64 = if cfg!(test) { 1 } else { 5_000 };

/// Above this many cards left to check, they are all read instead.
const MAX_LISTED: usize = 20_000;

/// The cards a search must check, or `None` to check them all.
pub fn candidates(conn: &Connection, query: &str) -> Result<Option<Vec<i64>>> {
    let words: Vec<Vec<String>> = query.split_whitespace().map(runs).collect();
    if words.iter().all(Vec::is_empty) {
        return Ok(None); // nothing to look up: "?" or "--" match by reading
    }
    let max_id: Option<i64> = conn.query_row("SELECT max(id) FROM cards", [], |r| r.get(0))?;
    let Some(max_id) = max_id else {
        return Ok(Some(Vec::new()));
    };
    if max_id < INDEX_FROM {
        return Ok(None);
    }
    let index = match load(conn)? {
        Some(index) if !needs_rebuild(conn, &index, max_id)? => index,
        // Another process writing, or a read-only file: read every card.
        _ => match rebuild(conn) {
            Ok(index) => index,
            Err(_) => return Ok(None),
        },
    };
    let mut found: Option<Vec<i64>> = None;
    for run in words.iter().flatten() {
        let ids = index.cards_with(run);
        found = Some(match found {
            None => ids,
            Some(prev) => intersect(&prev, &ids),
        });
    }
    let mut ids = found.unwrap_or_default();
    // What the index does not cover: later cards, and changed ones.
    let mut unindexed = conn.prepare_cached(
        "SELECT id FROM cards WHERE id > ?1 UNION SELECT card_id FROM search_stale",
    )?;
    for id in unindexed.query_map([index.covers], |r| r.get(0))? {
        ids.push(id?);
    }
    ids.sort_unstable();
    ids.dedup();
    // Most of the collection: reading every card is as quick as a list.
    if ids.len() > MAX_LISTED {
        return Ok(None);
    }
    Ok(Some(ids))
}

/// Whether so much is unindexed that reading it directly costs more than a
/// rebuild saves: a twentieth of the cards, and at least a thousand.
fn needs_rebuild(conn: &Connection, index: &Index, max_id: i64) -> Result<bool> {
    let stale: i64 = conn.query_row("SELECT count(*) FROM search_stale", [], |r| r.get(0))?;
    let unindexed = (max_id - index.covers).max(0) + stale;
    Ok(unindexed > 1_000 && unindexed * 20 > max_id)
}

/// The runs of letters and digits in `text`, lowercased, in order.
pub fn runs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_run(text, |r| out.push(r.to_string()));
    out
}

/// Calls `f` with each run of letters and digits in `text`, lowercased
/// (ASCII as SQL's `LIKE` folds it, other letters by Unicode, which only
/// makes the index find more, never fewer, cards).
fn each_run(text: &str, mut f: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut lower = String::new();
    let mut i = 0;
    while i < bytes.len() {
        // skip to the next letter or digit
        let (c, len) = char_at(text, i);
        if !c.is_alphanumeric() {
            i += len;
            continue;
        }
        let start = i;
        let mut ascii = true;
        while i < bytes.len() {
            let (c, len) = char_at(text, i);
            if !c.is_alphanumeric() {
                break;
            }
            ascii &= len == 1;
            i += len;
        }
        let run = &text[start..i];
        lower.clear();
        if ascii {
            lower.push_str(run);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(run.chars().flat_map(char::to_lowercase));
        }
        f(&lower);
    }
}

/// The character at byte `i` of `text` (a character boundary) and its length.
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        return (char::from(b), 1);
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    (c, c.len_utf8())
}

/// The loaded index.
struct Index {
    /// The highest card id it covers.
    covers: i64,
    /// Every word, each followed by a 0 byte, the first preceded by one.
    vocab: String,
    /// Where each word starts in `vocab`.
    starts: Vec<u32>,
    /// Where each word's cards start in `postings` (one more entry at the end).
    offsets: Vec<u32>,
    /// Each word's card ids, ascending, as varint gaps.
    postings: Vec<u8>,
}

impl Index {
    /// The ids of the cards with a word containing `run`, ascending.
    fn cards_with(&self, run: &str) -> Vec<i64> {
        let mut words: Vec<usize> = Vec::new();
        for (at, _) in self.vocab.match_indices(run) {
            let word = self.starts.partition_point(|&s| s as usize <= at) - 1;
            if words.last() != Some(&word) {
                words.push(word);
            }
        }
        let mut ids = Vec::new();
        for w in words {
            let list = &self.postings[self.offsets[w] as usize..self.offsets[w + 1] as usize];
            decode(list, &mut ids);
        }
        if ids.len() > 1 {
            ids.sort_unstable();
            ids.dedup();
        }
        ids
    }
}

fn load(conn: &Connection) -> Result<Option<Index>> {
    let row = conn
        .query_row(
            "SELECT covers, vocab, offsets, postings FROM search_index, search_words",
            [],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                    r.get::<_, Vec<u8>>(3)?,
                ))
            },
        )
        .optional()?;
    let Some((covers, vocab, offsets, postings)) = row else {
        return Ok(None);
    };
    let offsets: Vec<u32> = offsets
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect();
    let mut starts: Vec<u32> = vocab
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == 0)
        .map(|(i, _)| i as u32 + 1)
        .collect();
    starts.pop(); // the last 0 ends the last word
    let consistent = offsets.len() == starts.len() + 1
        && offsets.windows(2).all(|w| w[0] <= w[1])
        && offsets
            .last()
            .is_some_and(|&end| end as usize == postings.len());
    if !consistent {
        return Ok(None); // rebuilt by the caller
    }
    Ok(Some(Index {
        covers,
        vocab,
        starts,
        offsets,
        postings,
    }))
}

/// Builds the index from every card and stores it, in one transaction.
fn rebuild(conn: &Connection) -> Result<Index> {
    let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    // word -> (last card id, varint gaps)
    let mut lists: HashMap<Box<str>, (i64, Vec<u8>)> = HashMap::new();
    let mut covers = 0;
    {
        let mut stmt = tx.prepare(
            "SELECT id, front, back, ifnull(explanation, ''), tags, key FROM cards ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            covers = id;
            for col in 1..=5 {
                let field = r.get_ref(col)?.as_str().map_err(rusqlite::Error::from)?;
                each_run(field, |w| {
                    let (last, list) = match lists.get_mut(w) {
                        Some(entry) => entry,
                        None => lists.entry(w.into()).or_insert((0, Vec::new())),
                    };
                    // ids come in ascending order: a word seen twice in a
                    // card is listed once
                    if *last != id {
                        encode((id - *last) as u64, list);
                        *last = id;
                    }
                });
            }
        }
    }
    let mut vocab = String::from("\0");
    let mut starts = Vec::with_capacity(lists.len());
    let mut offsets = Vec::with_capacity(lists.len() + 1);
    let mut postings = Vec::new();
    for (word, (_, list)) in &lists {
        starts.push(vocab.len() as u32);
        vocab.push_str(word);
        vocab.push('\0');
        offsets.push(postings.len() as u32);
        postings.extend_from_slice(list);
    }
    offsets.push(postings.len() as u32);
    let offset_bytes: Vec<u8> = offsets.iter().flat_map(|o| o.to_le_bytes()).collect();
    tx.execute(
        "INSERT OR REPLACE INTO search_words (id, vocab, offsets, postings) VALUES (1, ?1, ?2, ?3)",
        rusqlite::params![vocab, offset_bytes, postings],
    )?;
    tx.execute(
        "INSERT OR REPLACE INTO search_index (id, covers) VALUES (1, ?1)",
        [covers],
    )?;
    tx.execute("DELETE FROM search_stale", [])?;
    tx.commit()?;
    Ok(Index {
        covers,
        vocab,
        starts,
        offsets,
        postings,
    })
}

fn encode(mut n: u64, out: &mut Vec<u8>) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Appends the ids of one varint-gap list to `ids`.
fn decode(list: &[u8], ids: &mut Vec<i64>) {
    let (mut id, mut n, mut shift) = (0i64, 0u64, 0);
    for &b in list {
        n |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            id += n as i64;
            ids.push(id);
            n = 0;
            shift = 0;
        } else {
            shift += 7;
        }
    }
}

/// Both ascending lists' common ids.
fn intersect(a: &[i64], b: &[i64]) -> Vec<i64> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_letters_and_digits_lowercased() {
        assert_eq!(runs("s3:GetObject"), ["s3", "getobject"]);
        assert_eq!(runs("  Über-Straße 12 "), ["über", "straße", "12"]);
        assert_eq!(runs("?? --"), Vec::<String>::new());
        assert_eq!(runs("IAM"), ["iam"]);
    }

    #[test]
    fn varint_gaps_round_trip() {
        let ids = [1i64, 2, 130, 20_000, 5_000_000_000];
        let mut list = Vec::new();
        let mut last = 0;
        for id in ids {
            encode((id - last) as u64, &mut list);
            last = id;
        }
        let mut back = Vec::new();
        decode(&list, &mut back);
        assert_eq!(back, ids);
    }

    #[test]
    fn intersection_keeps_common_ids() {
        assert_eq!(intersect(&[1, 3, 5, 7], &[2, 3, 7, 9]), [3, 7]);
        assert_eq!(intersect(&[], &[1]), Vec::<i64>::new());
    }
}
