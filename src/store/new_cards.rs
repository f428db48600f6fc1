//! The new cards of an import: inserted [`BATCH`] to a statement, and
//! counted as new cards in `card_counts` (an insert trigger would cost an
//! import a third of its time, so the import counts what it inserts; every
//! card starts new, with the default ease, which is what it adds to).

use std::sync::LazyLock;

use rusqlite::{params, params_from_iter, ToSql, Transaction};

use crate::deck::Card;
use crate::error::Result;

use super::import::{repeated, File, Stored};

/// New cards per INSERT statement.
pub(super) const BATCH: usize = 64;

/// A new card waiting to be inserted at position `ord` of its deck.
pub(super) struct Waiting {
    pub card: Card,
    pub stored: Stored,
    pub ord: i64,
}

const COLUMNS: &str =
    "deck_id, key, ord, front, back, explanation, choices, answer, tags, source, created_at";
const ONE_ROW: &str = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

static INSERT_ONE: LazyLock<String> =
    LazyLock::new(|| format!("INSERT INTO cards ({COLUMNS}) VALUES {ONE_ROW}"));
static INSERT_BATCH: LazyLock<String> = LazyLock::new(|| {
    let rows = vec![ONE_ROW; BATCH].join(", ");
    format!("INSERT INTO cards ({COLUMNS}) VALUES {rows}")
});

/// Adds `card` to the waiting cards, inserting them when a batch is full.
pub(super) fn wait(
    tx: &Transaction,
    deck_id: i64,
    waiting: &mut Vec<Waiting>,
    card: Waiting,
    file: &File,
) -> Result<()> {
    waiting.push(card);
    if waiting.len() == BATCH {
        flush(tx, deck_id, waiting, file)?;
    }
    Ok(())
}

/// Inserts `card` at once (after the cards waiting before it); its id.
pub(super) fn insert_now(
    tx: &Transaction,
    deck_id: i64,
    waiting: &mut Vec<Waiting>,
    card: &Waiting,
    file: &File,
) -> Result<i64> {
    flush(tx, deck_id, waiting, file)?;
    let id = insert_one(tx, deck_id, card, file)?;
    count_new(tx, deck_id, 1)?;
    Ok(id)
}

/// Inserts a card added with `recall add` at position `ord` of its deck,
/// counted as every new card is, and marks it the collection's own. Its key
/// is `+ID` from its own id, or for the reverse of card `first` (given),
/// `+FIRST:reverse`: keys no deck file gives.
pub(super) fn insert_added(
    tx: &Transaction,
    deck_id: i64,
    mut card: Card,
    ord: i64,
    first: Option<i64>,
    now_secs: i64,
) -> Result<i64> {
    let suffix = card.key.split_once(':').map(|(_, s)| s.to_string());
    card.key = String::from("+");
    let file = File {
        path: "recall add",
        start: ord,
        now_secs,
    };
    let stored = Stored::of(&card);
    let id = insert_now(
        tx,
        deck_id,
        &mut Vec::new(),
        &Waiting { card, stored, ord },
        &file,
    )?;
    let key = match (first, suffix) {
        (Some(first), Some(suffix)) => format!("+{first}:{suffix}"),
        _ => format!("+{id}"),
    };
    tx.prepare_cached("UPDATE cards SET key = ?2, added = 1 WHERE id = ?1")?
        .execute(params![id, key])?;
    Ok(id)
}

/// Inserts every waiting card. A repeated id fails the batch; the cards are
/// then inserted one by one, so the error names the card.
pub(super) fn flush(
    tx: &Transaction,
    deck_id: i64,
    waiting: &mut Vec<Waiting>,
    file: &File,
) -> Result<()> {
    if waiting.is_empty() {
        return Ok(());
    }
    let batch_done = waiting.len() == BATCH && insert_batch(tx, deck_id, waiting, file)?;
    if !batch_done {
        for card in waiting.iter() {
            insert_one(tx, deck_id, card, file)?;
        }
    }
    count_new(tx, deck_id, waiting.len())?;
    waiting.clear();
    Ok(())
}

/// The values of one row, in `COLUMNS` order.
fn row<'a>(deck_id: &'a i64, w: &'a Waiting, now: &'a i64) -> [&'a dyn ToSql; 11] {
    let c = &w.card;
    [
        deck_id,
        &c.key,
        &w.ord,
        &c.front,
        &c.back,
        &c.explanation,
        &w.stored.choices,
        &w.stored.answer,
        &w.stored.tags,
        &c.source,
        now,
    ]
}

/// Inserts a full batch in one statement; false when a repeated id failed it.
fn insert_batch(tx: &Transaction, deck_id: i64, waiting: &[Waiting], file: &File) -> Result<bool> {
    let values: Vec<&dyn ToSql> = waiting
        .iter()
        .flat_map(|w| row(&deck_id, w, &file.now_secs))
        .collect();
    let done = tx
        .prepare_cached(&INSERT_BATCH)?
        .execute(params_from_iter(values));
    match done {
        Ok(_) => Ok(true),
        Err(e) if is_constraint(&e) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

fn insert_one(tx: &Transaction, deck_id: i64, w: &Waiting, file: &File) -> Result<i64> {
    let done = tx
        .prepare_cached(&INSERT_ONE)?
        .execute(&row(&deck_id, w, &file.now_secs)[..]);
    match done {
        Ok(_) => Ok(tx.last_insert_rowid()),
        Err(e) if is_constraint(&e) => {
            let first: i64 = tx
                .prepare_cached("SELECT ord FROM cards WHERE deck_id = ?1 AND key = ?2")?
                .query_row(params![deck_id, w.card.key], |r| r.get(0))?;
            Err(repeated(file, &w.card, first))
        }
        Err(e) => Err(e.into()),
    }
}

fn is_constraint(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation)
}

/// Counts `n` inserted cards as new cards of the deck.
fn count_new(tx: &Transaction, deck_id: i64, n: usize) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO card_counts (deck_id, state, ease, leech, answered, cards)
         VALUES (?1, 0, 250, 0, 0, ?2)
         ON CONFLICT DO UPDATE SET cards = cards + excluded.cards",
    )?
    .execute(params![deck_id, n as i64])?;
    Ok(())
}
