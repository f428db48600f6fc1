//! The session's queue as pure logic: what comes next, what an answer or an
//! undo does to the queue, and the tally — no terminal, no database.

use std::collections::VecDeque;

use rand::seq::SliceRandom;
use rand::SeedableRng;

use crate::deck::sibling_base;
use crate::model::StoredCard;
use crate::sched::Grade;

/// A card waiting in the session.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub card: StoredCard,
    /// A repeat of a card graded below 4 (SM-2 step 7).
    pub drill: bool,
}

#[derive(Debug, Clone)]
struct Done {
    review_id: i64,
    item: Item,
    grade: Grade,
    requeued: bool,
    answer_ms: u64,
}

/// The queue and history of one session.
#[derive(Debug, Default)]
pub struct Session {
    queue: VecDeque<Item>,
    history: Vec<Done>,
    skipped: usize,
}

/// The counts the summary shows, derived from the history.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Scheduled answers (new cards and reviews).
    pub reviewed: usize,
    /// Scheduled answers graded 3 or more.
    pub passed: usize,
    pub new: usize,
    pub drills: usize,
    pub skipped: usize,
    /// Time spent answering, as logged (drills included).
    pub time_ms: u64,
}

impl Session {
    /// A session over `cards`, in the order given (due first, then new),
    /// then the repeats still `owed` from earlier today.
    pub fn new(cards: Vec<StoredCard>, owed: Vec<StoredCard>) -> Session {
        let fresh = cards.into_iter().map(|card| Item { card, drill: false });
        let owed = owed.into_iter().map(|card| Item { card, drill: true });
        Session {
            queue: fresh.chain(owed).collect(),
            history: Vec::new(),
            skipped: 0,
        }
    }

    pub fn current(&self) -> Option<&Item> {
        self.queue.front()
    }

    /// (position of the current card, cards in the session so far).
    pub fn progress(&self) -> (usize, usize) {
        let done = self.history.len() + self.skipped;
        (done + 1, done + self.queue.len())
    }

    /// (cards left to answer for the first time today, repeats waiting):
    /// the first only ever goes down, except on an undo.
    pub fn left(&self) -> (usize, usize) {
        let repeats = self.queue.iter().filter(|i| i.drill).count();
        (self.queue.len() - repeats, repeats)
    }

    /// Records that the current card was answered (logged as `review_id`).
    /// A grade below 4 sends the card to the end of the session as a drill.
    /// `card_after` is the card with its new schedule.
    pub fn answered(
        &mut self,
        review_id: i64,
        grade: Grade,
        card_after: StoredCard,
        answer_ms: u64,
    ) {
        let Some(item) = self.queue.pop_front() else {
            return;
        };
        let requeued = grade.value() < 4;
        if requeued {
            self.queue.push_back(Item {
                card: card_after,
                drill: true,
            });
        }
        self.history.push(Done {
            review_id,
            item,
            grade,
            requeued,
            answer_ms,
        });
    }

    /// Cards waiting that were due (not new) when the session began.
    pub fn due_in_queue(&self) -> usize {
        self.queue
            .iter()
            .filter(|i| !i.drill && i.card.schedule.due.is_some())
            .count()
    }

    /// The review id of the last answer, which an undo would take back.
    pub fn last_answer(&self) -> Option<i64> {
        self.history.last().map(|d| d.review_id)
    }

    /// Takes back the last answer: its card is current again, as it was.
    /// Returns the review id to remove from the log.
    pub fn undo(&mut self) -> Option<i64> {
        let done = self.history.pop()?;
        if done.requeued {
            self.queue.pop_back();
        }
        self.queue.push_front(done.item);
        Some(done.review_id)
    }

    /// Drops the current card from this session.
    pub fn skip(&mut self) -> Option<Item> {
        let item = self.queue.pop_front()?;
        self.skipped += 1;
        Some(item)
    }

    /// Drops the current card without counting it (it changed elsewhere).
    pub fn drop_current(&mut self) {
        self.queue.pop_front();
    }

    pub fn tally(&self) -> Tally {
        let mut t = Tally {
            skipped: self.skipped,
            ..Tally::default()
        };
        for d in &self.history {
            t.time_ms += d.answer_ms;
            if d.item.drill {
                t.drills += 1;
            } else {
                t.reviewed += 1;
                t.passed += usize::from(d.grade.passed());
                t.new += usize::from(d.item.card.schedule.due.is_none());
            }
        }
        t
    }
}

/// The cards of a queue with siblings apart: of the cards that share a deck
/// and a sibling key (a card and its reverse, the cards of one Anki note),
/// only the first stays; and at most `new` new cards, when limited.
pub fn apart(cards: Vec<StoredCard>, new: Option<u32>) -> Vec<StoredCard> {
    let mut seen = std::collections::HashSet::new();
    let mut new_left = new.map(|n| n as usize);
    let mut kept = Vec::with_capacity(cards.len());
    for card in cards {
        if !seen.insert((card.deck.clone(), sibling_base(&card.key).to_string())) {
            continue;
        }
        if card.schedule.due.is_none() {
            match &mut new_left {
                Some(0) => continue,
                Some(n) => *n -= 1,
                None => {}
            }
        }
        kept.push(card);
    }
    kept
}

/// The order in which a multiple-choice card's options are shown: a shuffle
/// that is the same for the same card and seed, so a scripted session can
/// know it. Returns indexes into `choices`.
pub fn choice_order(len: usize, card_id: i64, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut rng = rand::rngs::StdRng::seed_from_u64(
        seed ^ (card_id as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15),
    );
    order.shuffle(&mut rng);
    order
}

/// A new order for a multiple-choice card's options, shuffled afresh and
/// never the order it had when last shown (when it has two options or
/// more), so that a card seen again cannot be answered by position.
pub fn fresh_order(len: usize, last: Option<&[usize]>, rng: &mut impl rand::Rng) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    loop {
        order.shuffle(rng);
        if len < 2 || last != Some(order.as_slice()) {
            return order;
        }
    }
}

/// The verdict on option `i` (as shown, in `order`) of a multiple-choice
/// card: whether it is right, and the line that says so — naming the right
/// option by its shown letter when it is wrong. Card text is not yet
/// sanitised.
pub fn choice_verdict(card: &StoredCard, order: &[usize], i: usize) -> (bool, String) {
    let right = card.answer.unwrap_or(0);
    if order[i] == right {
        return (true, "✓ Right.".into());
    }
    let shown = order.iter().position(|&c| c == right).unwrap_or(0);
    let choices = card.choices.as_deref().unwrap_or_default();
    let text = choices.get(right).map_or("", String::as_str);
    (
        false,
        format!("✗ Wrong — the answer is {}) {text}.", letter(shown)),
    )
}

/// The letter shown for option `i`.
pub fn letter(i: usize) -> char {
    char::from(b'a' + (i % 26) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_pick_names_the_right_option_by_its_shown_letter() {
        let mut card = card(1);
        card.choices = Some(vec!["A".into(), "B".into(), "C".into()]);
        card.answer = Some(1);
        // shown as a) B, b) C, c) A
        let order = [1, 2, 0];
        assert_eq!(choice_verdict(&card, &order, 0), (true, "✓ Right.".into()));
        assert_eq!(
            choice_verdict(&card, &order, 2),
            (false, "✗ Wrong — the answer is a) B.".into())
        );
    }
    use crate::model::CardState;
    use crate::sched::{Schedule, Sm2State};

    fn card(id: i64) -> StoredCard {
        StoredCard {
            id,
            deck: "D".into(),
            key: id.to_string(),
            front: format!("f{id}"),
            back: "b".into(),
            explanation: None,
            choices: None,
            answer: None,
            tags: vec![],
            source: None,
            schedule: Schedule {
                sm2: Sm2State::NEW,
                due: None,
                suspended: false,
                leech: false,
            },
            state: CardState::New,
        }
    }

    fn g(q: u8) -> Grade {
        Grade::new(q).unwrap()
    }

    #[test]
    fn low_grades_come_back_until_four() {
        let mut s = Session::new(vec![card(1), card(2)], vec![]);
        s.answered(10, g(3), card(1), 1000);
        assert_eq!(s.current().unwrap().card.id, 2);
        s.answered(11, g(5), card(2), 2000);
        let again = s.current().unwrap();
        assert!(again.drill && again.card.id == 1);
        s.answered(12, g(2), card(1), 500);
        assert!(s.current().unwrap().drill);
        s.answered(13, g(4), card(1), 500);
        assert!(s.current().is_none());
        let t = s.tally();
        assert_eq!((t.reviewed, t.passed, t.drills, t.new), (2, 2, 2, 2));
        assert_eq!(t.time_ms, 4000);
    }

    #[test]
    fn progress_left_only_goes_down_and_owed_repeats_come_last() {
        let mut s = Session::new(vec![card(1), card(2)], vec![card(3)]);
        assert_eq!(s.left(), (2, 1));
        s.answered(10, g(2), card(1), 0);
        assert_eq!(s.left(), (1, 2));
        s.answered(11, g(5), card(2), 0);
        assert_eq!(s.left(), (0, 2));
        let owed = s.current().unwrap();
        assert!(owed.drill && owed.card.id == 3);
        s.answered(12, g(4), card(3), 0);
        assert_eq!(s.left(), (0, 1));
        let t = s.tally();
        assert_eq!((t.reviewed, t.drills), (2, 1));
    }

    #[test]
    fn undo_restores_queue_and_tally() {
        let mut s = Session::new(vec![card(1), card(2)], vec![]);
        s.answered(10, g(1), card(1), 0);
        assert_eq!(s.progress(), (2, 3));
        assert_eq!(s.undo(), Some(10));
        assert_eq!(
            s.current().unwrap(),
            &Item {
                card: card(1),
                drill: false
            }
        );
        assert_eq!(s.progress(), (1, 2));
        assert_eq!(s.tally(), Tally::default());
        assert_eq!(s.undo(), None);
    }

    #[test]
    fn skip_moves_on() {
        let mut s = Session::new(vec![card(1), card(2)], vec![]);
        assert_eq!(s.skip().unwrap().card.id, 1);
        assert_eq!(s.current().unwrap().card.id, 2);
        assert_eq!(s.progress(), (2, 2));
        assert_eq!(s.tally().skipped, 1);
    }

    #[test]
    fn siblings_stay_apart_and_new_cards_keep_their_limit() {
        let keyed = |id: i64, key: &str| StoredCard {
            key: key.into(),
            ..card(id)
        };
        let mut due = keyed(1, "y:reverse");
        due.schedule.due = Some(crate::clock::Day(3));
        let cards = vec![
            due,
            keyed(2, "x"),
            keyed(3, "x:reverse"),
            keyed(4, "y"),
            keyed(5, "z"),
            keyed(6, "w"),
        ];
        let ids = |cards: Vec<StoredCard>| cards.iter().map(|c| c.id).collect::<Vec<_>>();
        assert_eq!(ids(apart(cards.clone(), Some(2))), [1, 2, 5]);
        assert_eq!(ids(apart(cards.clone(), None)), [1, 2, 5, 6]);
        let mut other_deck = keyed(7, "x:reverse");
        other_deck.deck = "E".into();
        assert_eq!(ids(apart(vec![keyed(2, "x"), other_deck], None)), [2, 7]);
    }

    #[test]
    fn a_fresh_order_never_repeats_the_last_one() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let mut last = fresh_order(3, None, &mut rng);
        let mut seen = std::collections::HashSet::new();
        for _ in 0..200 {
            let next = fresh_order(3, Some(&last), &mut rng);
            assert_ne!(next, last);
            let mut sorted = next.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, [0, 1, 2]);
            seen.insert(next.clone());
            last = next;
        }
        assert_eq!(seen.len(), 6, "every order comes up");
        assert_eq!(fresh_order(1, Some(&[0]), &mut rng), [0]);
    }

    #[test]
    fn choice_order_is_a_stable_permutation() {
        let a = choice_order(4, 7, 99);
        assert_eq!(a, choice_order(4, 7, 99));
        let mut sorted = a.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, [0, 1, 2, 3]);
    }
}
