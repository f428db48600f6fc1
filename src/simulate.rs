//! Synthetic collections for the benchmark and its smoke test: decks of any
//! size, and review histories that follow SM-2 answer by answer, written
//! through the same `Store` methods a review session uses.

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

use crate::clock::{start_of_day, Day};
use crate::deck::{CardSpec, DeckFile, FORMAT};
use crate::error::Result;
use crate::model::ReviewKind;
use crate::sched::{self, Grade, Schedule};
use crate::settings::Settings;
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
    let mut pick = || WORDS[rng.random_range(0..WORDS.len())];
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

/// How long a generated card has been studied, in days: from two months to
/// three years (heavy users with 100,000 cards have studied for years).
const MIN_SPAN_DAYS: i64 = 60;
const MAX_SPAN_DAYS: i64 = 3 * 365;

/// Grades as a learner gives them: mostly passes, about one in eight a fail.
fn grade(rng: &mut StdRng) -> Grade {
    let q = match rng.random_range(0..100) {
        0..=2 => 0,
        3..=6 => 1,
        7..=11 => 2,
        12..=29 => 3,
        30..=69 => 4,
        _ => 5,
    };
    Grade::new(q).expect("0..=5")
}

/// Gives the collection's cards a review history, ending on or before
/// `today`, until about `reviews` answers are written (or every card but a
/// tenth, which stay new, has its history): each card is reviewed on its due
/// days, sometimes a day or two late, with SM-2 applied to each answer.
/// Returns the number of answers written.
pub fn history(store: &mut Store, today: Day, reviews: u64, seed: u64) -> Result<u64> {
    let settings = Settings::default();
    let mut rng = StdRng::seed_from_u64(seed);
    let cards = store.cards(&CardFilter::default())?;
    let learned: Vec<_> = cards
        .iter()
        .filter(|c| c.schedule.due.is_none())
        .enumerate()
        .filter(|(i, _)| i % 10 != 9)
        .map(|(_, c)| c)
        .collect();
    if learned.is_empty() {
        return Ok(0);
    }
    let mut written = 0;
    let mut batch: Vec<Answer> = Vec::with_capacity(60_000);
    for card in learned {
        if written + batch.len() as u64 >= reviews {
            break;
        }
        // Each card has been studied for two months to three years; its
        // answers fall on their due days (or a day or two late), and today
        // cuts the timeline. Cutting by time, a card is caught in each state
        // for as long as SM-2 keeps it there, as with a learner who studies
        // daily: few cards are caught just after a failure.
        let span = rng.random_range(MIN_SPAN_DAYS..=MAX_SPAN_DAYS);
        let answers = card_history(&mut rng, card.schedule, span, &settings);
        let shift = today.0 - span;
        for (day, g, before, after) in answers {
            let day = Day(day + shift);
            let due = after.due.map(|d| Day(d.0 + shift));
            let at = start_of_day(day, settings.day_start_hour).timestamp_millis()
                + rng.random_range(3_600_000..50_000_000);
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
                answer_ms: rng.random_range(1_500..20_000),
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

/// One card's answers over `span` days from day 0: (day, grade, schedule
/// before, schedule after).
fn card_history(
    rng: &mut StdRng,
    mut schedule: Schedule,
    span: i64,
    settings: &Settings,
) -> Vec<(i64, Grade, Schedule, Schedule)> {
    let mut day = 0i64;
    let mut answers = Vec::new();
    while day <= span && answers.len() < 500 {
        let g = grade(rng);
        let outcome = sched::answer(schedule, g, Day(day), settings);
        answers.push((day, g, schedule, outcome.after));
        schedule = outcome.after;
        day += i64::from(schedule.sm2.interval) + rng.random_range(0..3);
    }
    answers
}

/// Writes a batch; every answer must apply, since each one's `before` is
/// what the previous one left.
fn write(store: &mut Store, batch: &[Answer]) -> Result<u64> {
    let applied = store.record_all(batch)?;
    if applied != batch.len() as u64 {
        return Err(crate::error::Error::Invalid(format!(
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
            .import(vec![parsed.into()], 0, ImportOptions::default())
            .unwrap();
        let today = Day(20_000);
        let written = history(&mut store, today, 5_000, 1).unwrap();
        let cards = store.cards(&CardFilter::default()).unwrap();
        assert_eq!(
            cards.iter().filter(|c| c.schedule.due.is_none()).count(),
            20
        );
        // every other card got a history of several answers
        assert!((180 * 4..5_000).contains(&written), "{written}");
        // histories end by today: answers are at most two days late
        assert!(cards
            .iter()
            .filter_map(|c| c.schedule.due)
            .all(|d| d.0 >= today.0 - 2));
        let due = cards
            .iter()
            .filter(|c| c.schedule.due.is_some_and(|d| d <= today))
            .count();
        assert!(
            due < 40,
            "{due} of 180 learned cards due: not a daily learner"
        );
        // no history reaches back more than three years
        let deck_id = store.deck_id("Synthetic").unwrap();
        let oldest = store
            .history(deck_id)
            .unwrap()
            .iter()
            .map(|(_, r)| r.day)
            .min()
            .unwrap();
        assert!(oldest.0 >= today.0 - MAX_SPAN_DAYS, "{oldest}");
        // a smaller target stops early, leaving the other cards new
        let dir2 = tempfile::tempdir().unwrap();
        let mut small = Store::open(&dir2.path().join("c.sqlite3")).unwrap();
        small
            .import(
                vec![deck::validate("s", deck("S", 200, 7)).unwrap().into()],
                0,
                ImportOptions::default(),
            )
            .unwrap();
        let few = history(&mut small, today, 100, 1).unwrap();
        assert!((100..200).contains(&few), "{few}");
        assert_eq!(store.day_counts(today.plus(1)).unwrap().reviews, 0);
    }
}
