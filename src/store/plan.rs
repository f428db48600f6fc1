//! The import's decision, as pure functions over what the collection holds
//! and what the files bring: for each incoming card, add it, update it, keep
//! it, merge it with an edit made here, or refuse its repeated id; at the
//! end, which stored cards the deck no longer has. The store does the
//! reading and writing around it.

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
    /// The file's text of the card at its last import, when the card has
    /// been edited here since (its source is never edited here).
    pub base: Option<Content<'a>>,
}

/// What to do with one incoming card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Not in the deck yet.
    Add,
    /// Stored with other text: write the new text, keep the schedule.
    Update { id: i64, counted: bool },
    /// Stored with the same text; `moved` when its position changed.
    Keep { id: i64, moved: bool, counted: bool },
    /// Edited here since the file's last import: the edit and the file's
    /// text merged, field by field.
    Merge {
        id: i64,
        counted: bool,
        merged: Merged,
    },
    /// The same file already had this id, at card `first` (from 0).
    Repeated { first: usize },
}

/// A card edited here and brought again by its file: each field is the
/// file's where the file changed it since its last import, the edit's where
/// the file did not; tags take the file's additions and removals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub front: String,
    pub back: String,
    pub explanation: Option<String>,
    pub choices: Option<String>,
    pub answer: Option<i64>,
    pub tags: String,
    pub source: Option<String>,
    /// The merged text differs from the stored one: write it.
    pub changed: bool,
    /// An edit made here still stands (the text is not the file's): keep
    /// the file's text as the card's new base.
    pub edited: bool,
    /// Fields both the file and the edit here changed: the file's text won.
    pub clashes: Vec<Clash>,
}

impl Merged {
    pub fn content(&self) -> Content<'_> {
        Content {
            front: &self.front,
            back: &self.back,
            explanation: self.explanation.as_deref(),
            choices: self.choices.as_deref(),
            answer: self.answer,
            tags: &self.tags,
            source: self.source.as_deref(),
        }
    }
}

/// A field changed both in the file and by an edit here: the file's text
/// replaced `yours`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    pub field: &'static str,
    pub yours: String,
    pub file: String,
}

/// One field of a three-way merge: the file's value where it changed since
/// `base`, else the stored one; whether both changed it differently.
fn pick<T: PartialEq + Copy>(base: T, yours: T, file: T) -> (T, bool) {
    match (file == base, yours == base || yours == file) {
        (true, _) => (yours, false),
        (false, agreed) => (file, !agreed),
    }
}

/// Tags merged as sets: the stored tags, less those the file dropped since
/// `base`, plus those it added; in the stored order, additions last.
fn merge_tags(base: &str, yours: &str, file: &str) -> String {
    let had = |list: &str, t: &str| list.split_whitespace().any(|x| x == t);
    let mut out: Vec<&str> = yours
        .split_whitespace()
        .filter(|t| had(file, t) || !had(base, t))
        .collect();
    for t in file.split_whitespace() {
        if !had(base, t) && !out.contains(&t) {
            out.push(t);
        }
    }
    out.join(" ")
}

/// A multiple-choice card's options with its answer: one field to merge.
fn options<'a>(c: &Content<'a>) -> (Option<&'a str>, Option<i64>) {
    (c.choices, c.answer)
}

/// Merges an edited card's stored text with the text its file brings now,
/// against the file's text at the last import.
pub fn merge(base: &Content, yours: &Content, file: &Content) -> Merged {
    let mut clashes = Vec::new();
    let mut clash = |field: &'static str, yours: &str, file: &str| {
        clashes.push(Clash {
            field,
            yours: yours.to_string(),
            file: file.to_string(),
        })
    };
    let (front, c) = pick(base.front, yours.front, file.front);
    if c {
        clash("front", yours.front, file.front);
    }
    let (back, c) = pick(base.back, yours.back, file.back);
    if c {
        clash("back", yours.back, file.back);
    }
    let (explanation, c) = pick(base.explanation, yours.explanation, file.explanation);
    if c {
        let text = |e: Option<&str>| e.unwrap_or("").to_string();
        clash(
            "explanation",
            &text(yours.explanation),
            &text(file.explanation),
        );
    }
    let ((choices, answer), c) = pick(options(base), options(yours), options(file));
    if c {
        let text = |c: Option<&str>| c.unwrap_or("").to_string();
        clash("options", &text(yours.choices), &text(file.choices));
    }
    let tags = merge_tags(base.tags, yours.tags, file.tags);
    let mut merged = Merged {
        front: front.to_string(),
        back: back.to_string(),
        explanation: explanation.map(String::from),
        choices: choices.map(String::from),
        answer,
        tags,
        source: file.source.map(String::from),
        changed: false,
        edited: false,
        clashes,
    };
    merged.changed = merged.content() != *yours;
    merged.edited = merged.content() != *file;
    merged
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
        if let Some(base) = &found.base {
            return Decision::Merge {
                id: found.id,
                counted,
                merged: merge(base, &found.content, incoming),
            };
        }
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
                base: None,
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
            base: None,
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
            base: None,
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
            base: None,
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

    fn card<'a>(front: &'a str, back: &'a str, tags: &'a str) -> Content<'a> {
        Content {
            front,
            back,
            tags,
            ..text("")
        }
    }

    #[test]
    fn an_edit_stays_where_the_file_did_not_change_and_the_file_wins_a_clash() {
        let base = card("Q?", "old", "a b");
        // edited here: the back and a tag; the file changed nothing
        let yours = card("Q?", "mine", "a b exam");
        let m = merge(&base, &yours, &base);
        assert_eq!((m.back.as_str(), m.tags.as_str()), ("mine", "a b exam"));
        assert!(!m.changed && m.edited && m.clashes.is_empty());
        // the file changed the front and dropped tag b, added c: both kept
        let file = card("Q, again?", "old", "a c");
        let m = merge(&base, &yours, &file);
        assert_eq!(
            (m.front.as_str(), m.back.as_str(), m.tags.as_str()),
            ("Q, again?", "mine", "a exam c")
        );
        assert!(m.changed && m.edited && m.clashes.is_empty());
        // both changed the back: the file wins, and says what it replaced
        let file = card("Q?", "theirs", "a b");
        let m = merge(&base, &yours, &file);
        assert_eq!(m.back, "theirs");
        assert_eq!(
            m.clashes,
            [Clash {
                field: "back",
                yours: "mine".into(),
                file: "theirs".into()
            }]
        );
        // the same change on both sides is no clash, and leaves no edit
        let both = card("Q?", "mine", "a b exam");
        let m = merge(&base, &yours, &both);
        assert!(m.clashes.is_empty() && !m.changed && !m.edited);
    }

    #[test]
    fn an_edited_card_is_merged_and_a_plain_one_is_not() {
        let base = card("Q?", "old", "");
        let yours = card("Q?", "mine", "");
        let stored = Found {
            id: 2,
            ord: 0,
            content: yours,
            base: Some(base),
        };
        let mut plan = Plan::new(3);
        let Decision::Merge {
            id: 2,
            counted: true,
            merged,
        } = plan.decide(Some(stored), &card("Q?", "old", ""), 0)
        else {
            panic!("not merged")
        };
        assert_eq!(merged.back, "mine");
        assert!(!merged.changed);
        let plain = Found {
            base: None,
            ..stored
        };
        let mut plan = Plan::new(3);
        assert_eq!(
            plan.decide(Some(plain), &card("Q?", "old", ""), 0),
            Decision::Update {
                id: 2,
                counted: true
            }
        );
    }

    #[test]
    fn options_merge_with_their_answer() {
        let mc = |choices: &'static str, answer: i64| Content {
            choices: Some(choices),
            answer: Some(answer),
            ..card("Pick", "x", "")
        };
        let base = mc(r#"["x","y"]"#, 0);
        let yours = mc(r#"["x","y","z"]"#, 0);
        let file = mc(r#"["x","y"]"#, 1);
        let m = merge(&base, &yours, &file);
        assert_eq!(
            (m.choices.as_deref(), m.answer),
            (Some(r#"["x","y"]"#), Some(1))
        );
        assert_eq!(m.clashes[0].field, "options");
    }

    #[test]
    fn seen_marks_reach_the_highest_stored_id() {
        let mut plan = Plan::new(128);
        for id in [64, 127, 128] {
            let f = Found {
                id,
                ord: 0,
                content: text("x"),
                base: None,
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
            base: None,
        };
        plan.decide(Some(f), &text("x"), 0);
        assert_eq!(plan.missing([5, 6]), [5]);
        assert!(plan.seen.len() == 1);
    }
}
