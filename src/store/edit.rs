//! One card at a time: cards added by hand (the collection's own), a card's
//! text edited and its tags changed with its schedule and history kept, and
//! one card read whole with its review log.
//!
//! A card from a deck file that is edited here keeps the file's text as it
//! was last imported (`card_base`), so that the file's next import can
//! merge instead of overwriting (`plan::merge`).

use rusqlite::{params, OptionalExtension, Transaction};

use crate::clock::Day;
use crate::deck::Card;
use crate::error::{Error, Result};
use crate::model::LoggedReview;

use super::answers::logged_from_row;
use super::import::Stored;
use super::new_cards;
use super::Store;

/// What `add_cards` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    /// The deck's name as the collection has it.
    pub deck: String,
    /// The deck was made for these cards.
    pub new_deck: bool,
    /// The new cards' ids, in the order given.
    pub ids: Vec<i64>,
}

/// Where a card comes from, beyond its text and schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    /// Added with `recall add`: no deck file has it.
    pub added: bool,
    /// From a deck file, and edited here since its last import.
    pub edited: bool,
    /// Skipped or buried: hidden from sessions before this day.
    pub buried_until: Option<Day>,
}

/// The tags of `old` less `remove`, plus `add`, each once, in order.
pub fn retagged(old: &str, add: &[String], remove: &[String]) -> String {
    let mut tags: Vec<&str> = Vec::new();
    let kept = old
        .split_whitespace()
        .filter(|t| !remove.iter().any(|r| r == t));
    for t in kept.chain(add.iter().map(String::as_str)) {
        if !tags.contains(&t) {
            tags.push(t);
        }
    }
    tags.join(" ")
}

impl Store {
    /// Adds `cards` (a card, and its reverse when there is one) to the deck
    /// called `deck` (made if there is none), after the deck's last card.
    /// They are the collection's own: no import counts them missing.
    pub fn add_cards(&mut self, deck: &str, cards: Vec<Card>, now_secs: i64) -> Result<Added> {
        let found = self.deck_id(deck).ok();
        self.write(|tx| {
            let deck_id = match found {
                Some(id) => id,
                None => {
                    tx.execute(
                        "INSERT INTO decks (name, created_at) VALUES (?1, ?2)",
                        params![deck, now_secs],
                    )?;
                    tx.last_insert_rowid()
                }
            };
            let last: Option<i64> = tx.query_row(
                "SELECT max(ord) FROM cards WHERE deck_id = ?1",
                [deck_id],
                |r| r.get(0),
            )?;
            let ord = last.map_or(0, |o| (o.div_euclid(2) + 1) * 2);
            let mut ids: Vec<i64> = Vec::with_capacity(cards.len());
            for (i, card) in cards.into_iter().enumerate() {
                let first = ids.first().copied();
                let id =
                    new_cards::insert_added(tx, deck_id, card, ord + i as i64, first, now_secs)?;
                ids.push(id);
            }
            let name: String =
                tx.query_row("SELECT name FROM decks WHERE id = ?1", [deck_id], |r| {
                    r.get(0)
                })?;
            Ok(Added {
                deck: name,
                new_deck: found.is_none(),
                ids,
            })
        })
    }

    /// Gives card `id` the text of `card` (front, back, explanation,
    /// options, tags); its schedule, history, key and source stay.
    pub fn edit_card(&mut self, id: i64, card: &Card) -> Result<()> {
        let stored = Stored::of(card);
        self.write(|tx| {
            exists(tx, id)?;
            keep_base(tx, id)?;
            tx.execute(
                "UPDATE cards SET front = ?2, back = ?3, explanation = ?4, choices = ?5,
                                  answer = ?6, tags = ?7
                 WHERE id = ?1",
                params![
                    id,
                    card.front,
                    card.back,
                    card.explanation,
                    stored.choices,
                    stored.answer,
                    stored.tags
                ],
            )?;
            settle_base(tx, id)
        })
    }

    /// Adds the tags `add` to the cards `ids` and removes `remove` (removing
    /// `leech` also clears the leech flag); all or nothing: an unknown id
    /// changes nothing. Returns how many cards changed.
    pub fn retag(&mut self, ids: &[i64], add: &[String], remove: &[String]) -> Result<u64> {
        self.write(|tx| {
            let mut missing = Vec::new();
            let mut changed = 0;
            for &id in ids {
                let found: Option<(String, bool)> = tx
                    .prepare_cached("SELECT tags, leech FROM cards WHERE id = ?1")?
                    .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()?;
                let Some((old, leech)) = found else {
                    missing.push(id.to_string());
                    continue;
                };
                let tags = retagged(&old, add, remove);
                let unleech = leech && remove.iter().any(|t| t == "leech");
                if tags != old {
                    keep_base(tx, id)?;
                    tx.prepare_cached("UPDATE cards SET tags = ?2 WHERE id = ?1")?
                        .execute(params![id, tags])?;
                    settle_base(tx, id)?;
                }
                if unleech {
                    tx.prepare_cached("UPDATE cards SET leech = 0 WHERE id = ?1")?
                        .execute([id])?;
                }
                changed += u64::from(tags != old || unleech);
            }
            match missing.is_empty() {
                true => Ok(changed),
                false => Err(Error::NoSuchCard(missing.join(", "))),
            }
        })
    }

    /// Whether card `id` was added here or edited since its file's import.
    pub fn card_origin(&self, id: i64) -> Result<Option<Origin>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT added, EXISTS (SELECT 1 FROM card_base WHERE card_id = ?1), buried_until
             FROM cards WHERE id = ?1",
        )?;
        Ok(stmt
            .query_row([id], |r| {
                Ok(Origin {
                    added: r.get(0)?,
                    edited: r.get(1)?,
                    buried_until: r.get::<_, Option<i64>>(2)?.map(Day),
                })
            })
            .optional()?)
    }

    /// Every logged answer of card `id`, oldest first.
    pub fn card_log(&self, id: i64) -> Result<Vec<LoggedReview>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT card_id, at, day, grade, kind, reps_before, interval_before, ease_before,
                    lapses_before, due_before, leech_before, suspended_before,
                    reps_after, interval_after, ease_after, answer_ms
             FROM reviews WHERE card_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([id], logged_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn exists(tx: &Transaction, id: i64) -> Result<()> {
    let found: bool = tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM cards WHERE id = ?1)")?
        .query_row([id], |r| r.get(0))?;
    match found {
        true => Ok(()),
        false => Err(Error::NoSuchCard(id.to_string())),
    }
}

/// Before the first edit of a card from a deck file, keeps its text as
/// the file last gave it.
fn keep_base(tx: &Transaction, id: i64) -> Result<()> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO card_base (card_id, front, back, explanation, choices, answer, tags)
         SELECT id, front, back, explanation, choices, answer, tags
         FROM cards WHERE id = ?1 AND added = 0",
    )?
    .execute([id])?;
    Ok(())
}

/// After an edit: a card whose text is its file's again is no longer edited.
fn settle_base(tx: &Transaction, id: i64) -> Result<()> {
    tx.prepare_cached(
        "DELETE FROM card_base
         WHERE card_id = ?1
           AND (front, back, explanation, choices, answer, tags) IS
               (SELECT front, back, explanation, choices, answer, tags FROM cards WHERE id = ?1)",
    )?
    .execute([id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::store::{CardFilter, ImportOptions, Scope};

    fn import(
        s: &mut Store,
        cards: &[(&str, &str, &str)],
        prune: bool,
    ) -> super::super::ImportCount {
        let options = ImportOptions {
            dry_run: false,
            prune,
        };
        s.import(vec![deck(cards).into()], 0, options)
            .unwrap()
            .remove(0)
    }

    fn by_key(s: &Store, key: &str) -> crate::model::StoredCard {
        let all = s.cards(&CardFilter::default()).unwrap();
        all.into_iter().find(|c| c.key == key).unwrap()
    }

    #[test]
    fn added_cards_are_counted_keyed_and_never_pruned() {
        let (_d, mut s) = temp_store();
        import(&mut s, &[("a", "A?", "1")], false);
        let mut card = Card::basic("x", "Mine?", "Yes", 0);
        card.tags = vec!["own".into()];
        let reverse = Card {
            key: "x:reverse".into(),
            front: "Yes".into(),
            back: "Mine?".into(),
            ..card.clone()
        };
        let added = s.add_cards("d", vec![card, reverse], 5).unwrap();
        assert_eq!((added.deck.as_str(), added.new_deck), ("D", false));
        let [first, second] = added.ids[..] else {
            panic!()
        };
        assert_eq!(by_key(&s, &format!("+{first}")).front, "Mine?");
        assert_eq!(by_key(&s, &format!("+{first}:reverse")).id, second);
        assert_eq!(
            s.new_count(&Scope::all()).unwrap(),
            3,
            "counted as new cards"
        );
        let c = import(&mut s, &[("a", "A?", "1")], true);
        assert_eq!(c.missing, 0);
        assert_eq!(s.cards(&CardFilter::default()).unwrap().len(), 3);
        let origin = s.card_origin(first).unwrap().unwrap();
        assert!(origin.added && !origin.edited);
        let fresh = s
            .add_cards("Elsewhere", vec![Card::basic("y", "Q", "A", 0)], 5)
            .unwrap();
        assert!(fresh.new_deck);
    }

    #[test]
    fn an_edit_survives_an_unchanged_file_and_meets_a_changed_one() {
        let (_d, mut s) = temp_store();
        import(&mut s, &[("a", "A?", "1"), ("b", "B?", "2")], false);
        let a = by_key(&s, "a");
        let mut edited = Card::basic("a", "A?", "one", 0);
        edited.tags = vec!["mine".into()];
        s.edit_card(a.id, &edited).unwrap();
        assert!(s.card_origin(a.id).unwrap().unwrap().edited);
        // the file has not changed: the edit stays
        let c = import(&mut s, &[("a", "A?", "1"), ("b", "B?", "2")], false);
        assert_eq!((c.updated, c.unchanged, c.edited), (0, 2, 1));
        assert_eq!(by_key(&s, "a").back, "one");
        // the file changes the back too: the file wins, and says so; the tag stays
        let c = import(&mut s, &[("a", "A?", "uno"), ("b", "B?", "2")], false);
        assert_eq!((c.updated, c.edited), (1, 1));
        assert_eq!(c.conflicts.len(), 1);
        assert_eq!(
            (c.conflicts[0].field, c.conflicts[0].yours.as_str()),
            ("back", "one")
        );
        let now = by_key(&s, "a");
        assert_eq!(
            (now.back.as_str(), now.tags.clone()),
            ("uno", vec!["mine".to_string()])
        );
        // untagging makes it the file's card again
        s.retag(&[a.id], &[], &["mine".into()]).unwrap();
        assert!(!s.card_origin(a.id).unwrap().unwrap().edited);
        // pruning an edited card says so
        s.edit_card(a.id, &Card::basic("a", "A?", "mine", 0))
            .unwrap();
        let c = import(&mut s, &[("b", "B?", "2")], true);
        assert_eq!(c.conflicts[0].field, "card");
        assert_eq!(c.conflicts[0].id, a.id);
    }

    #[test]
    fn retag_is_all_or_nothing_and_unleeches() {
        let (_d, mut s) = temp_store();
        import(&mut s, &[("a", "A?", "1")], false);
        let a = by_key(&s, "a");
        let e = s.retag(&[a.id, 99], &["x".into()], &[]).unwrap_err();
        assert!(matches!(e, Error::NoSuchCard(ref ids) if ids == "99"));
        assert!(by_key(&s, "a").tags.is_empty());
        assert_eq!(s.retag(&[a.id], &["x".into(), "y".into()], &[]).unwrap(), 1);
        assert_eq!(s.retag(&[a.id], &["x".into()], &[]).unwrap(), 0);
        s.conn().execute("UPDATE cards SET leech = 1", []).unwrap();
        assert_eq!(
            s.retag(&[a.id], &[], &["leech".into(), "x".into()])
                .unwrap(),
            1
        );
        let now = by_key(&s, "a");
        assert_eq!(
            (now.tags, now.schedule.leech),
            (vec!["y".to_string()], false)
        );
        assert_eq!(
            retagged("a b c", &["d".into(), "a".into()], &["b".into()]),
            "a c d"
        );
    }
}
