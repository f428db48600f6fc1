//! The import's decision, as pure functions over what the collection holds
//! and what the files bring: for each incoming card, add it, update it, keep
//! it, or refuse its repeated id; at the end, which stored cards the deck no
//! longer has. The store does the reading and writing around it.

/// A card's text in the form it is stored and compared in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Content<'a> {
    pub front: &'a str,
    pub back: &'a str,
    pub explanation: Option<&'a str>,
    /// The choices as a JSON array, multiple choice only.
    pub choices: Option<&'a str>,
    pub answer: Option<i64>,
    /// Space-separated.
    pub tags: &'a str,
    pub source: Option<&'a str>,
}

/// The stored card under an incoming card's key.
#[derive(Debug, Clone, Copy)]
pub struct Found<'a> {
    pub id: i64,
    /// Its position in the deck, as last imported.
    pub ord: i64,
    pub content: Content<'a>,
}

/// What to do with one incoming card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Not in the deck yet.
    Add,
    /// Stored with other text: write the new text, keep the schedule.
    Update { id: i64, counted: bool },
    /// Stored with the same text; `moved` when its position changed.
    Keep { id: i64, moved: bool, counted: bool },
    /// The same file already had this id, at card `first` (from 0).
    Repeated { first: usize },
}

/// The decisions of one deck's import. `counted` in a decision is false for
/// a card that an earlier file of the same import already brought: the
/// later file's text wins, and the card is counted once.
#[derive(Debug)]
pub struct Plan {
    /// The highest card id before the import: ids above it are this import's.
    before: i64,
    /// The position of the current file's first card in the deck.
    file_start: i64,
    /// The stored cards (ids up to `before`) matched so far, as bits.
    seen: Vec<u64>,
}

impl Plan {
    /// The marks grow as stored cards are matched: a new deck, which has
    /// none, takes no memory for them (an import of many small decks into
    /// a large collection would otherwise take decks × cards).
    pub fn new(before: i64) -> Plan {
        Plan {
            before,
            file_start: 0,
            seen: Vec::new(),
        }
    }

    /// The next file of the deck starts at position `ord`.
    pub fn start_file(&mut self, ord: i64) {
        self.file_start = ord;
    }

    fn bit(id: i64) -> (usize, u64) {
        ((id / 64) as usize, 1 << (id % 64))
    }

    fn seen(&self, id: i64) -> bool {
        let (word, bit) = Plan::bit(id);
        id <= self.before && self.seen.get(word).is_some_and(|w| w & bit != 0)
    }

    /// Decides what to do with the incoming card at position `ord` of the
    /// deck, given the stored card under its key, if any.
    pub fn decide(&mut self, found: Option<Found>, incoming: &Content, ord: i64) -> Decision {
        let Some(found) = found else {
            return Decision::Add;
        };
        let this_import = found.id > self.before || self.seen(found.id);
        if this_import && found.ord >= self.file_start {
            return Decision::Repeated {
                first: (found.ord - self.file_start) as usize,
            };
        }
        if found.id <= self.before {
            let (word, bit) = Plan::bit(found.id);
            if self.seen.len() <= word {
                self.seen.resize(word + 1, 0);
            }
            self.seen[word] |= bit;
        }
        let counted = !this_import;
        if found.content != *incoming {
            Decision::Update {
                id: found.id,
                counted,
            }
        } else {
            Decision::Keep {
                id: found.id,
                moved: found.ord != ord,
                counted,
            }
        }
    }

    /// Of the deck's cards stored before the import, those no file had.
    pub fn missing(&self, stored: impl IntoIterator<Item = i64>) -> Vec<i64> {
        stored
            .into_iter()
            .filter(|&id| id <= self.before && !self.seen(id))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn text(back: &str) -> Content<'_> {
        Content {
            front: "Q?",
            back,
            explanation: None,
            choices: None,
            answer: None,
            tags: "",
            source: None,
        }
    }

    /// A collection in miniature: key -> (id, ord, back).
    struct Stored(HashMap<&'static str, (i64, i64, &'static str)>);

    impl Stored {
        fn find(&self, key: &str) -> Option<Found<'static>> {
            self.0.get(key).map(|&(id, ord, back)| Found {
                id,
                ord,
                content: text(back),
            })
        }
    }

    #[test]
    fn a_reimport_adds_updates_keeps_and_finds_what_is_missing() {
        let stored = Stored(HashMap::from([
            ("a", (1, 0, "one")),
            ("b", (2, 1, "two")),
            ("c", (3, 2, "three")),
        ]));
        let mut plan = Plan::new(3);
        let file = [("b", "two"), ("a", "ONE"), ("d", "four")];
        let decisions: Vec<Decision> = file
            .iter()
            .enumerate()
            .map(|(ord, (key, back))| plan.decide(stored.find(key), &text(back), ord as i64))
            .collect();
        assert_eq!(
            decisions,
            [
                Decision::Keep {
                    id: 2,
                    moved: true,
                    counted: true
                },
                Decision::Update {
                    id: 1,
                    counted: true
                },
                Decision::Add,
            ]
        );
        assert_eq!(plan.missing([1, 2, 3]), [3]);
    }

    #[test]
    fn a_repeated_id_in_one_file_names_its_first_card() {
        // card 0 added as id 4 (above `before`), then its key again
        let mut plan = Plan::new(3);
        let added = Found {
            id: 4,
            ord: 0,
            content: text("x"),
        };
        assert_eq!(
            plan.decide(Some(added), &text("y"), 5),
            Decision::Repeated { first: 0 }
        );
        // a stored card matched twice in one file
        let stored = Found {
            id: 2,
            ord: 7,
            content: text("x"),
        };
        assert!(matches!(
            plan.decide(Some(stored), &text("x"), 1),
            Decision::Keep { counted: true, .. }
        ));
        let again = Found { ord: 1, ..stored };
        assert_eq!(
            plan.decide(Some(again), &text("x"), 3),
            Decision::Repeated { first: 1 }
        );
    }

    #[test]
    fn a_later_file_of_the_same_deck_wins_and_counts_nothing_twice() {
        let mut plan = Plan::new(0);
        // the first file added the card as id 1 at position 0
        plan.start_file(2);
        let first = Found {
            id: 1,
            ord: 0,
            content: text("old"),
        };
        assert_eq!(
            plan.decide(Some(first), &text("new"), 2),
            Decision::Update {
                id: 1,
                counted: false
            }
        );
        assert!(plan.missing([]).is_empty());
    }

    #[test]
    fn seen_marks_reach_the_highest_stored_id() {
        let mut plan = Plan::new(128);
        for id in [64, 127, 128] {
            let f = Found {
                id,
                ord: 0,
                content: text("x"),
            };
            plan.decide(Some(f), &text("x"), 0);
        }
        assert_eq!(plan.missing(1..=128).len(), 125);
        assert!(!plan.missing(1..=128).contains(&128));
    }

    /// A plan was made for each deck of an import with marks for every
    /// card of the collection: 100,000 small decks took decks × cards.
    /// Marks now cost only what is matched.
    #[test]
    fn a_plan_takes_memory_only_for_the_cards_it_matches() {
        let mut plan = Plan::new(1 << 40);
        assert!(plan.missing([5, 6]).len() == 2);
        let f = Found {
            id: 6,
            ord: 0,
            content: text("x"),
        };
        plan.decide(Some(f), &text("x"), 0);
        assert_eq!(plan.missing([5, 6]), [5]);
        assert!(plan.seen.len() == 1);
    }
}
