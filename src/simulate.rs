//! Synthetic collections for the benchmark and its smoke test: decks of any
//! size, and review histories that follow SM-2 answer by answer, written
//! through the same `Store` methods a review session uses.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::clock::{start_of_day, Day};
use crate::deck::{CardSpec, DeckFile, FORMAT};
use crate::error::Result;
use crate::model::{ReviewKind, Schedule, Settings};
use crate::sched::{self, Grade};
use crate::store::{Answer, CardFilter, Store};

const WORDS: &[&str] = &[
    "hypervisor",
    "region",
    "bucket",
    "subnet",
    "policy",
    "engine",
    "volume",
    "gateway",
    "replica",
    "snapshot",
    "firewall",
    "endpoint",
    "cluster",
    "queue",
    "function",
    "table",
    "index",
    "key",
    "certificate",
    "audit",
    "zone",
    "route",
    "instance",
    "image",
];

/// A native deck of `cards` generated cards; the same arguments always give
/// the same deck.
pub fn deck(name: &str, cards: usize, seed: u64) -> DeckFile {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut pick = || WORDS[rng.gen_range(0..WORDS.len())];
    let cards = (0..cards)
        .map(|i| {
            let (a, b, c) = (pick(), pick(), pick());
            CardSpec {
                id: Some(format!("c{i}")),
                front: format!("Card {i}: who manages the {a} of the {b} in setup {i}?"),
                back: Some(format!("The {c} team, as described in section {}.", i % 97)),
                explanation: (i % 3 == 0)
                    .then(|| format!("Because the {a} belongs to the {c} layer.")),
                tags: vec![a.to_string(), format!("group{}", i % 50)],
                source: Some(format!(
                    "synthetic.md › part {} › line {}",
                    i / 1000,
                    i % 1000
                )),
                ..CardSpec::default()
            }
        })
        .collect();
    DeckFile {
        format: FORMAT.to_string(),
        name: name.to_string(),
        description: Some("Generated for benchmarks.".to_string()),
        cards,
    }
}

/// The longest history, in days, that a generated card gets (heavy users
/// with 100,000 cards have studied for years).
const MAX_SPAN_DAYS: i64 = 5 * 365;

/// Grades as a learner gives them: mostly passes, about one in eight a fail.
fn grade(rng: &mut StdRng) -> Grade {
    let q = match rng.gen_range(0..100) {
        0..=2 => 0,
        3..=6 => 1,
        7..=11 => 2,
        12..=29 => 3,
        30..=69 => 4,
        _ => 5,
    };
    Grade::new(q).expect("0..=5")
}

/// Gives the collection's cards a review history of about `reviews` answers
/// in all, ending on or before `today`: a tenth of the cards stay new, the
/// others are reviewed on their due days (sometimes a few days late) with
/// SM-2 applied to each answer. Histories are kept within five years, so a
/// few answers may be left out. Returns the number of answers written.
pub fn history(store: &mut Store, today: Day, reviews: u64, seed: u64) -> Result<u64> {
    let settings = Settings::default();
    let mut rng = StdRng::seed_from_u64(seed);
    let cards = store.cards(&CardFilter::default())?;
    let learned: Vec<_> = cards
        .iter()
        .filter(|c| c.due.is_none())
        .enumerate()
        .filter(|(i, _)| i % 10 != 9)
        .map(|(_, c)| c)
        .collect();
    if learned.is_empty() {
        return Ok(0);
    }
    let per_card = reviews / learned.len() as u64;
    let mut extra = reviews % learned.len() as u64;
    let mut written = 0;
    let mut batch: Vec<Answer> = Vec::with_capacity(60_000);
    for (i, card) in learned.iter().enumerate() {
        // vary the count around the mean; pairs of cards cancel out
        let swing = (i % 5) as i64 - 2;
        let mut count = (per_card as i64 + swing).max(1) as u64;
        if extra > 0 {
            count += 1;
            extra -= 1;
        }
        // simulate from day 0, then shift the history so it ends by today
        let mut schedule = Schedule::of(card);
        let mut day = 0i64;
        let mut answers = Vec::with_capacity(count as usize);
        for n in 0..count {
            // keep every history within five years; what a long run of
            // passes leaves unwritten goes to the next cards
            if day > MAX_SPAN_DAYS {
                extra += count - n;
                break;
            }
            let g = grade(&mut rng);
            let outcome = sched::answer(schedule, g, Day(day), &settings);
            answers.push((day, g, schedule, outcome.after));
            schedule = outcome.after;
            day += i64::from(schedule.sm2.interval) + rng.gen_range(0..3);
        }
        let (last_day, .., last) = answers.last().copied().expect("at least one answer");
        // A learner who studies daily: the last review fell anywhere within
        // the card's interval, so due days spread over the coming weeks;
        // a few cards are overdue by up to ten days (days off).
        let interval = i64::from(last.sm2.interval);
        let late = if rng.gen_range(0..100) < 3 {
            interval + rng.gen_range(1..=10)
        } else {
            rng.gen_range(1..=interval.max(1))
        };
        let shift = today.0 - late - last_day;
        for (day, g, before, after) in answers {
            let day = Day(day + shift);
            let due = after.due.map(|d| Day(d.0 + shift));
            let at = start_of_day(day, settings.day_start_hour).timestamp_millis()
                + rng.gen_range(3_600_000..50_000_000);
            let before = Schedule {
                due: before.due.map(|d| Day(d.0 + shift)),
                ..before
            };
            batch.push(Answer {
                card_id: card.id,
                grade: g,
                kind: if before.due.is_none() {
                    ReviewKind::New
                } else {
                    ReviewKind::Review
                },
                before,
                after: Schedule { due, ..after },
                at_ms: at,
                day,
                answer_ms: rng.gen_range(1_500..20_000),
            });
        }
        if batch.len() >= 50_000 {
            written += write(store, &batch)?;
            batch.clear();
        }
    }
    written += write(store, &batch)?;
    Ok(written)
}

/// Writes a batch; every answer must apply, since each one's `before` is
/// what the previous one left.
fn write(store: &mut Store, batch: &[Answer]) -> Result<u64> {
    let applied = store.record_all(batch)?;
    if applied != batch.len() as u64 {
        return Err(crate::error::Error::Other(format!(
            "the simulated history did not apply: {applied} of {} answers",
            batch.len()
        )));
    }
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck;
    use crate::store::ImportOptions;

    #[test]
    fn small_collection_smoke() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("c.sqlite3")).unwrap();
        let file = deck("Synthetic", 200, 7);
        assert_eq!(file, deck("Synthetic", 200, 7), "deterministic");
        let parsed = deck::validate("synthetic", file).unwrap();
        assert_eq!(parsed.cards.len(), 200);
        store
            .import(&[parsed], 0, ImportOptions::default())
            .unwrap();
        let today = Day(20_000);
        let written = history(&mut store, today, 2_000, 1).unwrap();
        // a few answers are left out when histories reach five years
        assert!((1_800..=2_000).contains(&written), "{written}");
        let cards = store.cards(&CardFilter::default()).unwrap();
        assert_eq!(cards.iter().filter(|c| c.due.is_none()).count(), 20);
        // histories end by today; a few cards are overdue, by ten days at most
        assert!(cards
            .iter()
            .filter_map(|c| c.due)
            .all(|d| d.0 >= today.0 - 10));
        let due = cards
            .iter()
            .filter(|c| c.due.is_some_and(|d| d <= today))
            .count();
        assert!(
            due < 60,
            "{due} of 180 learned cards due: not a daily learner"
        );
        // and no history reaches back more than five years and one interval
        let deck_id = store.deck_id("Synthetic").unwrap();
        let oldest = store
            .history(deck_id)
            .unwrap()
            .iter()
            .map(|(_, r)| r.day)
            .min()
            .unwrap();
        assert!(oldest.0 >= today.0 - MAX_SPAN_DAYS - 36_500, "{oldest}");
        assert!(oldest.0 < today.0 - 100, "histories span months at least");
        assert_eq!(store.day_counts(today.plus(1), None).unwrap().reviews, 0);
    }
}
