//! The domain types shared by the store, the session and the reports.

use serde::Serialize;

use crate::clock::Day;
use crate::sched::{Ease, Grade, Schedule};

/// A card's place in its life, as `cards --json` names it. The rule that
/// decides it (learning while `n < 2`, mature from an interval of 21 days)
/// lives in the collection's schema, as the `state` column of `cards`;
/// here the stored number is only named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum CardState {
    New,
    /// Reviewed, but the repetition number is below 2.
    Learning,
    /// Interval below 21 days.
    Young,
    Mature,
    Suspended,
}

impl CardState {
    /// The state stored as `cards.state`.
    pub fn from_number(n: i64) -> CardState {
        match n {
            0 => CardState::New,
            1 => CardState::Learning,
            2 => CardState::Young,
            3 => CardState::Mature,
            _ => CardState::Suspended,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            CardState::New => "new",
            CardState::Learning => "learning",
            CardState::Young => "young",
            CardState::Mature => "mature",
            CardState::Suspended => "suspended",
        }
    }
}

/// A card as the collection holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredCard {
    pub id: i64,
    pub deck: String,
    pub key: String,
    pub front: String,
    pub back: String,
    pub explanation: Option<String>,
    pub choices: Option<Vec<String>>,
    pub answer: Option<usize>,
    pub tags: Vec<String>,
    pub source: Option<String>,
    pub schedule: Schedule,
    /// The state as stored with the schedule above.
    pub state: CardState,
}

impl StoredCard {
    /// The card's tags, with `leech` added when it is one.
    pub fn all_tags(&self) -> Vec<String> {
        let mut tags = self.tags.clone();
        if self.schedule.leech && !tags.iter().any(|t| t == "leech") {
            tags.push("leech".to_string());
        }
        tags
    }
}

/// What kind of answer a review-log row records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewKind {
    /// The first answer to a new card.
    New,
    /// A scheduled review of a card seen before.
    Review,
    /// SM-2 step 7: a repeat within a session; it does not move the schedule.
    Drill,
    /// An answer in `review --cram`: outside the schedule, which it leaves
    /// alone; never counted as a review or in retention.
    Cram,
}

impl ReviewKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewKind::New => "new",
            ReviewKind::Review => "review",
            ReviewKind::Drill => "drill",
            ReviewKind::Cram => "cram",
        }
    }

    pub fn parse(s: &str) -> Option<ReviewKind> {
        match s {
            "new" => Some(ReviewKind::New),
            "review" => Some(ReviewKind::Review),
            "drill" => Some(ReviewKind::Drill),
            "cram" => Some(ReviewKind::Cram),
            _ => None,
        }
    }
}

/// One row of the review log, as `export --with-history` writes it and
/// `import` restores it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedReview {
    /// Unix milliseconds, UTC.
    pub at_ms: i64,
    pub day: Day,
    pub grade: Grade,
    pub kind: ReviewKind,
    /// The schedule before the answer (leech and suspended flags included).
    pub before: Schedule,
    /// Repetitions, interval and ease after the answer.
    pub reps_after: u32,
    pub interval_after: u32,
    pub ease_after: Ease,
    pub answer_ms: i64,
}

/// A card's schedule and history carried by a backup, restored on import
/// into a card that has no history yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Restore {
    pub schedule: Schedule,
    pub history: Vec<LoggedReview>,
}
