//! Importing decks: every file of one import in one transaction, each card
//! matched by (deck, key) as [`plan`](super::plan) decides — new text
//! updated, schedules kept, nothing duplicated — and backups restored.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension, Transaction};

use crate::deck::{Card, Deck};
use crate::error::{Error, Result};
use crate::model::Restore;

use super::answers::insert_review;
use super::new_cards::{self, Waiting};
use super::plan::{Content, Decision, Found, Merged, Plan};
use super::Store;

/// The page cache of an import, in KiB: the pages a 100,000-card deck
/// changes (26 MB), with room to spare.
const IMPORT_CACHE_KIB: i64 = 32 << 10;

/// A deck to import. Its cards may still be being read (and checked) on
/// another thread while the first are stored; an error among them rolls
/// the whole import back.
pub struct ImportDeck<'a> {
    pub name: String,
    pub description: Option<String>,
    /// The file, for errors.
    pub path: String,
    pub cards: Box<dyn Iterator<Item = Result<Card>> + 'a>,
}

impl From<Deck> for ImportDeck<'static> {
    fn from(deck: Deck) -> ImportDeck<'static> {
        ImportDeck {
            path: deck.name.clone(),
            name: deck.name,
            description: deck.description,
            cards: Box::new(deck.cards.into_iter().map(Ok)),
        }
    }
}

/// How an import treats the collection.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions {
    /// Roll back at the end: report only.
    pub dry_run: bool,
    /// Delete the deck's cards that the files no longer have.
    pub prune: bool,
}

/// What an import did (or would do) to one deck.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportCount {
    pub name: String,
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// Cards of the deck in the collection that the files no longer have
    /// (deleted when pruning).
    pub missing: u64,
    /// Cards whose schedule and history came from the file (a backup).
    pub restored: u64,
    /// Cards edited here whose edits still stand after the import.
    pub edited: u64,
    /// Edits made here that the file's new text replaced (or, pruning,
    /// deleted): each said, so that none is lost without a word.
    pub conflicts: Vec<Conflict>,
}

/// A field of a card that was edited here and changed in its file since
/// the last import: the file's text won over `yours`. `field` is `card`
/// when the file no longer has the card and `--prune` deleted it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Conflict {
    pub id: i64,
    pub key: String,
    pub field: &'static str,
    pub yours: String,
    pub file: Option<String>,
}

/// One deck being imported: where its cards go and what was decided.
struct Target {
    deck_id: i64,
    plan: Plan,
    /// Whether the deck had cards before the import.
    had_cards: bool,
    /// Whether stored cards must be looked up: not for the first file of a
    /// deck that had no cards (a repeated id then fails the insert).
    lookup: bool,
    /// New cards not inserted yet.
    waiting: Vec<Waiting>,
    /// The position of the next file's first card in the deck. A card's
    /// position (`ord`) is twice its number in the deck's files, plus one
    /// for the reverse of a card, which follows it.
    next_ord: i64,
    count: ImportCount,
}

/// A card's tags and choices as they are stored.
pub(super) struct Stored {
    pub tags: String,
    pub choices: Option<String>,
    pub answer: Option<i64>,
}

impl Stored {
    pub(super) fn of(card: &Card) -> Stored {
        Stored {
            tags: card.tags.join(" "),
            choices: card
                .choices
                .as_ref()
                .map(|c| serde_json::to_string(c).expect("strings serialise")),
            answer: card.answer.map(|a| a as i64),
        }
    }

    pub(super) fn content<'a>(&'a self, card: &'a Card) -> Content<'a> {
        Content {
            front: &card.front,
            back: &card.back,
            explanation: card.explanation.as_deref(),
            choices: self.choices.as_deref(),
            answer: self.answer,
            tags: &self.tags,
            source: card.source.as_deref(),
        }
    }
}

impl Store {
    /// Adds or updates decks, all in one transaction. Cards are matched by
    /// (deck, key): changed text is updated and the schedule kept. Cards of
    /// a deck that no file has any more are counted as `missing`, and
    /// deleted with their history when `prune` is set. Several files of one
    /// deck are one deck; where two have the same card, the later one wins.
    /// With `dry_run` the transaction is rolled back.
    pub fn import(
        &mut self,
        decks: Vec<ImportDeck<'_>>,
        now_secs: i64,
        options: ImportOptions,
    ) -> Result<Vec<ImportCount>> {
        // A large import's changed pages stay in memory until the commit
        // writes each once; with SQLite's default 2 MB cache they would be
        // written to the log, read back and written again.
        self.conn
            .pragma_update(None, "cache_size", -IMPORT_CACHE_KIB)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut targets: Vec<Target> = Vec::new();
        // Found by name, not by a search of the decks before: a file may
        // spread its rows over a hundred thousand decks.
        let mut by_name: HashMap<String, usize> = HashMap::new();
        for deck in decks {
            let i = match by_name.get(&deck.name) {
                Some(&i) => i,
                None => {
                    targets.push(target(&tx, &deck, now_secs)?);
                    by_name.insert(deck.name.clone(), targets.len() - 1);
                    targets.len() - 1
                }
            };
            import_file(&tx, &mut targets[i], deck, now_secs)?;
            targets[i].lookup = true;
        }
        for t in &mut targets {
            finish(&tx, t, options.prune)?;
        }
        if options.dry_run {
            tx.rollback()?;
        } else {
            tx.commit()?;
        }
        Ok(targets.into_iter().map(|t| t.count).collect())
    }
}

/// The deck a file goes to, created if new, its description updated.
fn target(tx: &Transaction, deck: &ImportDeck, now_secs: i64) -> Result<Target> {
    let found: Option<i64> = tx
        .prepare_cached("SELECT id FROM decks WHERE name = ?1")?
        .query_row([&deck.name], |r| r.get(0))
        .optional()?;
    let deck_id = match found {
        Some(id) => {
            tx.prepare_cached(
                "UPDATE decks SET description = ?2 WHERE id = ?1 AND ?2 IS NOT NULL",
            )?
            .execute(params![id, deck.description])?;
            id
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO decks (name, description, created_at) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![deck.name, deck.description, now_secs])?;
            tx.last_insert_rowid()
        }
    };
    let before: i64 = tx.query_row("SELECT ifnull(max(id), 0) FROM cards", [], |r| r.get(0))?;
    let has_cards: bool = tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM cards WHERE deck_id = ?1)")?
        .query_row([deck_id], |r| r.get(0))?;
    Ok(Target {
        deck_id,
        plan: Plan::new(before),
        had_cards: has_cards,
        lookup: has_cards,
        waiting: Vec::new(),
        next_ord: 0,
        count: ImportCount {
            name: deck.name.clone(),
            ..ImportCount::default()
        },
    })
}

/// Where a file's cards come from, for new rows and for errors.
pub(super) struct File<'a> {
    pub path: &'a str,
    /// The position in the deck of the file's first card.
    pub start: i64,
    pub now_secs: i64,
}

fn import_file(tx: &Transaction, t: &mut Target, deck: ImportDeck, now_secs: i64) -> Result<()> {
    t.plan.start_file(t.next_ord);
    let file = File {
        path: &deck.path,
        start: t.next_ord,
        now_secs,
    };
    let mut last: Option<usize> = None;
    for card in deck.cards {
        let card = card?;
        let reverse = last == Some(card.origin);
        let ord = file.start + 2 * card.origin as i64 + i64::from(reverse);
        last = Some(card.origin);
        take(tx, t, card, ord, &file)?;
    }
    // The next file of the deck must find this one's cards.
    new_cards::flush(tx, t.deck_id, &mut t.waiting, &file)?;
    t.next_ord = file.start + 2 * last.map_or(0, |l| l as i64 + 1);
    Ok(())
}

/// Stores one incoming card, at position `ord`, as the plan decides, and
/// counts it.
fn take(tx: &Transaction, t: &mut Target, card: Card, ord: i64, file: &File) -> Result<()> {
    let stored = Stored::of(&card);
    let incoming = stored.content(&card);
    let decision = match t.lookup {
        true => decide(tx, t, &card.key, &incoming, ord)?,
        false => Decision::Add,
    };
    let (id, counted) = match decision {
        Decision::Add => {
            t.count.added += 1;
            let waiting = Waiting { card, stored, ord };
            if waiting.card.restore.is_none() {
                return new_cards::wait(tx, t.deck_id, &mut t.waiting, waiting, file);
            }
            // A backup's card needs its id at once; being new, it has no
            // history of its own.
            let id = new_cards::insert_now(tx, t.deck_id, &mut t.waiting, &waiting, file)?;
            return restore_counted(tx, t, id, &waiting.card);
        }
        Decision::Update { id, counted } => {
            update(tx, id, &incoming, ord)?;
            t.count.updated += u64::from(counted);
            (id, counted)
        }
        Decision::Keep { id, moved, counted } => {
            if moved {
                update(tx, id, &incoming, ord)?;
            }
            t.count.unchanged += u64::from(counted);
            (id, counted)
        }
        Decision::Merge {
            id,
            counted,
            merged,
        } => {
            merge(tx, t, id, &card.key, &merged, &incoming, ord)?;
            t.count.updated += u64::from(counted && merged.changed);
            t.count.unchanged += u64::from(counted && !merged.changed);
            (id, counted)
        }
        Decision::Repeated { first } => {
            return Err(repeated(file, &card, file.start + first as i64))
        }
    };
    // A backup's schedule goes to a card that has none of its own yet.
    if counted && card.restore.is_some() && fresh(tx, id)? {
        restore_counted(tx, t, id, &card)?;
    }
    Ok(())
}

/// Writes the merge of a card edited here with its file's new text; the
/// file's text becomes the card's base while an edit still stands.
fn merge(
    tx: &Transaction,
    t: &mut Target,
    id: i64,
    key: &str,
    merged: &Merged,
    file: &Content,
    ord: i64,
) -> Result<()> {
    update(tx, id, &merged.content(), ord)?;
    if merged.edited {
        t.count.edited += 1;
        tx.prepare_cached(
            "UPDATE card_base SET front = ?2, back = ?3, explanation = ?4, choices = ?5,
                                  answer = ?6, tags = ?7
             WHERE card_id = ?1",
        )?
        .execute(params![
            id,
            file.front,
            file.back,
            file.explanation,
            file.choices,
            file.answer,
            file.tags
        ])?;
    } else {
        tx.prepare_cached("DELETE FROM card_base WHERE card_id = ?1")?
            .execute([id])?;
    }
    t.count
        .conflicts
        .extend(merged.clashes.iter().map(|c| Conflict {
            id,
            key: key.to_string(),
            field: c.field,
            yours: c.yours.clone(),
            file: Some(c.file.clone()),
        }));
    Ok(())
}

fn restore_counted(tx: &Transaction, t: &mut Target, id: i64, card: &Card) -> Result<()> {
    if let Some(r) = &card.restore {
        restore(tx, id, r)?;
        t.count.restored += 1;
    }
    Ok(())
}

/// Looks the card's key up in the deck and lets the plan decide.
fn decide(
    tx: &Transaction,
    t: &mut Target,
    key: &str,
    incoming: &Content,
    ord: i64,
) -> Result<Decision> {
    // One table per statement: SQLite (built with STAT4) prepared a join
    // with `card_base` anew for every card it was run for.
    let mut stmt = tx.prepare_cached(
        "SELECT id, ord, front, back, explanation, choices, answer, tags, source,
                EXISTS (SELECT 1 FROM card_base WHERE card_id = cards.id)
         FROM cards WHERE deck_id = ?1 AND key = ?2",
    )?;
    let mut rows = stmt.query(params![t.deck_id, key])?;
    let Some(row) = rows.next()? else {
        return Ok(t.plan.decide(None, incoming, ord));
    };
    let mut base_stmt;
    let mut base_rows;
    let base_row = match row.get::<_, bool>(9)? {
        false => None,
        true => {
            base_stmt = tx.prepare_cached(
                "SELECT 0, 0, front, back, explanation, choices, answer, tags
                 FROM card_base WHERE card_id = ?1",
            )?;
            base_rows = base_stmt.query([row.get::<_, i64>(0)?])?;
            base_rows.next()?
        }
    };
    let source = row.get_ref(8)?.as_str_or_null().ok().flatten();
    let found = Found {
        id: row.get(0)?,
        ord: row.get(1)?,
        content: content(row, source)?,
        base: base_row.map(|b| content(b, source)).transpose()?,
    };
    Ok(t.plan.decide(Some(found), incoming, ord))
}

/// A card's text from columns 2 to 7 of `row` (front to tags); the source
/// is never edited here, so it is the card's own.
fn content<'r>(row: &'r rusqlite::Row, source: Option<&'r str>) -> rusqlite::Result<Content<'r>> {
    let text = |i: usize| row.get_ref(i).map(|v| v.as_str_or_null().ok().flatten());
    Ok(Content {
        front: text(2)?.unwrap_or(""),
        back: text(3)?.unwrap_or(""),
        explanation: text(4)?,
        choices: text(5)?,
        answer: row.get(6)?,
        tags: text(7)?.unwrap_or(""),
        source,
    })
}

fn update(tx: &Transaction, id: i64, c: &Content, ord: i64) -> Result<()> {
    tx.prepare_cached(
        "UPDATE cards SET ord = ?2, front = ?3, back = ?4, explanation = ?5, choices = ?6,
                          answer = ?7, tags = ?8, source = ?9
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        ord,
        c.front,
        c.back,
        c.explanation,
        c.choices,
        c.answer,
        c.tags,
        c.source
    ])?;
    Ok(())
}

/// The error of `card`, whose key the card at deck position `first` of the
/// same file already has (positions count each card twice: see `next_ord`).
pub(super) fn repeated(file: &File, card: &Card, first: i64) -> Error {
    crate::deck::repeated_id(
        file.path,
        card.origin + 1,
        &card.key,
        usize::try_from((first - file.start) / 2 + 1).unwrap_or(0),
    )
}

/// Counts what the files left out of the deck, and deletes it when pruning
/// (its review log goes with it).
fn finish(tx: &Transaction, t: &mut Target, prune: bool) -> Result<()> {
    if !t.had_cards {
        return Ok(());
    }
    // Cards added with `recall add` belong to no file: never missing.
    let stored: Vec<i64> = tx
        .prepare_cached("SELECT id FROM cards WHERE deck_id = ?1 AND added = 0")?
        .query_map([t.deck_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let missing = t.plan.missing(stored);
    t.count.missing = missing.len() as u64;
    if prune {
        let mut edited = tx.prepare_cached(
            "SELECT c.key, c.front FROM cards c JOIN card_base b ON b.card_id = c.id
             WHERE c.id = ?1",
        )?;
        let mut delete = tx.prepare_cached("DELETE FROM cards WHERE id = ?1")?;
        for id in missing {
            let found = edited
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            if let Some((key, front)) = found {
                t.count.conflicts.push(Conflict {
                    id,
                    key,
                    field: "card",
                    yours: front,
                    file: None,
                });
            }
            delete.execute([id])?;
        }
    }
    Ok(())
}

/// Whether stored card `id` has no history of its own yet: never answered
/// and nothing in the log.
fn fresh(tx: &Transaction, id: i64) -> Result<bool> {
    Ok(tx
        .prepare_cached(
            "SELECT due IS NULL AND NOT EXISTS (SELECT 1 FROM reviews WHERE card_id = ?1)
             FROM cards WHERE id = ?1",
        )?
        .query_row([id], |r| r.get(0))?)
}

/// Gives card `id` the schedule and history of a backup.
fn restore(tx: &Transaction, id: i64, r: &Restore) -> Result<()> {
    for review in &r.history {
        insert_review(tx, id, review)?;
    }
    let s = &r.schedule;
    tx.prepare_cached(
        "UPDATE cards SET reps = ?2, interval = ?3, ease = ?4, lapses = ?5, due = ?6,
                          suspended = ?7, leech = ?8
         WHERE id = ?1",
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
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::store::{CardFilter, Scope};

    fn counts(c: &ImportCount) -> (u64, u64, u64, u64) {
        (c.added, c.updated, c.unchanged, c.missing)
    }

    fn import(s: &mut Store, decks: Vec<Deck>, options: ImportOptions) -> Result<Vec<ImportCount>> {
        s.import(
            decks.into_iter().map(ImportDeck::from).collect(),
            0,
            options,
        )
    }

    const PRUNE: ImportOptions = ImportOptions {
        dry_run: false,
        prune: true,
    };

    #[test]
    fn import_is_idempotent_counts_changes_and_prunes_on_request() {
        let (_d, mut s) = temp_store();
        let ab = || deck(&[("a", "A?", "1"), ("b", "B?", "2")]);
        let c = import(&mut s, vec![ab()], ImportOptions::default()).unwrap();
        assert_eq!(counts(&c[0]), (2, 0, 0, 0));
        let c = import(&mut s, vec![ab()], ImportOptions::default()).unwrap();
        assert_eq!(counts(&c[0]), (0, 0, 2, 0));
        let dry = ImportOptions {
            dry_run: true,
            prune: false,
        };
        let changed = deck(&[("a", "A?", "one"), ("b", "B?", "2"), ("c", "C?", "3")]);
        let c = import(&mut s, vec![changed], dry).unwrap();
        assert_eq!(counts(&c[0]), (1, 1, 1, 0));
        assert_eq!(
            s.cards(&CardFilter::default()).unwrap().len(),
            2,
            "a dry run"
        );
        let c = import(
            &mut s,
            vec![deck(&[("a", "A?", "1")])],
            ImportOptions::default(),
        )
        .unwrap();
        assert_eq!(counts(&c[0]), (0, 0, 1, 1));
        assert_eq!(s.cards(&CardFilter::default()).unwrap().len(), 2);
        let c = import(&mut s, vec![deck(&[("a", "A?", "1")])], PRUNE).unwrap();
        assert_eq!(c[0].missing, 1);
        assert_eq!(s.cards(&CardFilter::default()).unwrap().len(), 1);
    }

    #[test]
    fn a_repeated_id_is_refused_whether_the_deck_is_new_or_not() {
        let (_d, mut s) = temp_store();
        let twice = || deck(&[("a", "A?", "1"), ("b", "B?", "2"), ("a", "A2?", "3")]);
        let e = import(&mut s, vec![twice()], ImportOptions::default()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "D: card 3: id \"a\" is already used by card 1 — give each card its own id"
        );
        assert!(s.is_empty().unwrap(), "nothing was imported");
        import(
            &mut s,
            vec![deck(&[("a", "A?", "1")])],
            ImportOptions::default(),
        )
        .unwrap();
        let e = import(&mut s, vec![twice()], ImportOptions::default()).unwrap_err();
        assert!(
            e.to_string()
                .contains("card 3: id \"a\" is already used by card 1"),
            "{e}"
        );
    }

    #[test]
    fn one_deck_in_two_files_is_one_deck_and_the_later_file_wins() {
        let (_d, mut s) = temp_store();
        let files = vec![
            deck(&[("a", "A?", "1")]),
            deck(&[("b", "B?", "2"), ("a", "A?", "one")]),
        ];
        let c = import(&mut s, files, PRUNE).unwrap();
        assert_eq!(c.len(), 1);
        assert_eq!(counts(&c[0]), (2, 0, 0, 0));
        let cards = s.cards(&CardFilter::default()).unwrap();
        assert_eq!(cards.len(), 2);
        assert_eq!(cards.iter().find(|c| c.key == "a").unwrap().back, "one");
    }

    #[test]
    fn a_bad_card_late_in_a_stream_rolls_everything_back() {
        let (_d, mut s) = temp_store();
        import(
            &mut s,
            vec![deck(&[("a", "A?", "1")])],
            ImportOptions::default(),
        )
        .unwrap();
        let good = (0..3000).map(|i| Ok(Card::basic(&format!("k{i}"), "Q?", "A", i)));
        let bad = std::iter::once(Err(Error::Invalid("card 3001: bad".into())));
        let stream = ImportDeck {
            name: "D".into(),
            description: None,
            path: "d.json".into(),
            cards: Box::new(good.chain(bad)),
        };
        let e = s
            .import(vec![stream], 0, ImportOptions::default())
            .unwrap_err();
        assert_eq!(e.to_string(), "card 3001: bad");
        let cards = s.cards(&CardFilter::default()).unwrap();
        assert_eq!(cards.len(), 1);
        assert_eq!(
            s.new_count(&Scope::all()).unwrap(),
            1,
            "the counts rolled back too"
        );
    }
}
