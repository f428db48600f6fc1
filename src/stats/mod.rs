//! `recall stats`: collection, retention, activity, forecast, ease and the
//! hardest cards. The store sums (mostly in SQL, from `review_days` and
//! covering indexes), [`aggregate`] does the arithmetic as pure functions,
//! and [`text`] draws the tables; `--json` prints the same [`Report`].

pub mod aggregate;
pub mod chart;
mod text;

use serde::Serialize;

use crate::clock::Day;
use crate::error::Result;
use crate::model::StoredCard;
use crate::store::{Scope, Store};

pub use text::render;

pub use aggregate::{ActivityDay, Collection, EaseBucket, ForecastDay, Rate, Retention, Streak};

/// Most days `--days` may ask for (ten years).
pub const MAX_DAYS: u32 = 3650;
/// How many of the hardest cards are shown.
pub const HARDEST: u32 = 10;

/// Everything `recall stats` shows. Field names are the `--json` contract:
/// add fields freely, never rename.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub today: String,
    /// The deck the report is limited to, if any.
    pub deck: Option<String>,
    /// Days of activity and of forecast.
    pub days: u32,
    pub collection: Collection,
    /// The collection per deck.
    pub decks: Vec<DeckRow>,
    pub retention: Vec<Retention>,
    /// Cards due per day from today; today includes the overdue cards.
    pub forecast: Vec<ForecastDay>,
    pub overdue: u64,
    pub activity: Vec<ActivityDay>,
    /// Consecutive days with answers, ending today (or yesterday).
    pub streak: u32,
    /// Time spent answering over the activity days.
    pub time_ms: u64,
    /// E-Factor distribution of the cards that are not new.
    pub ease: Vec<EaseBucket>,
    pub hardest: Vec<HardCard>,
    /// The first day anything was answered (in scope), if ever.
    #[serde(skip)]
    pub first_day: Option<Day>,
    /// Answers (drills and crams included) per day of the last year, days with any.
    #[serde(skip)]
    pub year: Vec<(Day, u64)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeckRow {
    pub name: String,
    #[serde(flatten)]
    pub counts: Collection,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HardCard {
    pub id: i64,
    pub deck: String,
    pub front: String,
    pub state: &'static str,
    pub lapses: u32,
    pub ease: f64,
    pub interval: u32,
    pub reps: u32,
    pub due: Option<String>,
    pub leech: bool,
}

impl HardCard {
    fn of(c: StoredCard) -> HardCard {
        let s = c.schedule;
        HardCard {
            id: c.id,
            state: c.state.name(),
            lapses: s.sm2.lapses,
            ease: s.sm2.ease.as_f64(),
            interval: s.sm2.interval,
            reps: s.sm2.reps,
            due: s.due.map(|d| d.to_string()),
            leech: s.leech,
            deck: c.deck,
            front: c.front,
        }
    }
}

impl Report {
    /// Whether there is nothing at all to report on.
    pub fn is_empty(&self) -> bool {
        self.collection.cards == 0
            && self.streak == 0
            && self.retention.iter().all(|w| w.all.reviews == 0)
    }
}

/// Reads what the report needs from the collection and computes it, for
/// `today` and `days` days of activity and forecast.
pub fn build(store: &Store, today: Day, scope: &Scope, days: u32) -> Result<Report> {
    let counts = store.card_counts(scope)?;
    let decks: Vec<DeckRow> = counts
        .decks
        .iter()
        .map(|d| DeckRow {
            name: d.deck.clone(),
            counts: Collection::of(d),
        })
        .collect();
    let collection = Collection::total(decks.iter().map(|d| &d.counts));

    let longest = days.max(aggregate::WINDOWS[aggregate::WINDOWS.len() - 1].1);
    let history = store.day_totals(today.plus(1 - i64::from(longest)), today, scope)?;
    let activity = aggregate::activity(&history, today, days);
    let time_ms = activity.iter().map(|d| d.time_ms).sum();

    let mut streak = Streak::new(today);
    store.active_days(today, scope, |d| streak.see(d))?;

    let (overdue, due) = store.due_load(today, today.plus(i64::from(days) - 1), scope)?;

    Ok(Report {
        today: today.to_string(),
        deck: scope.name().map(String::from),
        days,
        collection,
        decks,
        retention: aggregate::retention(&history, today),
        forecast: aggregate::forecast(today, days, overdue, &due),
        overdue,
        activity,
        streak: streak.days(),
        time_ms,
        ease: aggregate::ease_buckets(&counts.ease),
        hardest: store
            .hardest(scope, HARDEST)?
            .into_iter()
            .map(HardCard::of)
            .collect(),
        first_day: store.first_active_day(scope)?,
        year: history
            .iter()
            .filter(|d| d.day > today.plus(-365))
            .map(|d| (d.day, d.reviews + d.drills + d.crams))
            .collect(),
    })
}
