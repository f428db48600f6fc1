//! The domain types shared by the store, the session and the reports.

use serde::Serialize;

use crate::clock::Day;
use crate::sched::Sm2State;

/// A card's place in its life, as `cards --json` names it.
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

/// Interval (days) from which a card counts as mature.
pub const MATURE_DAYS: u32 = 21;

impl CardState {
    pub fn of(state: &Sm2State, due: Option<Day>, suspended: bool) -> CardState {
        if suspended {
            CardState::Suspended
        } else if due.is_none() {
            CardState::New
        } else if state.reps < 2 {
            CardState::Learning
        } else if state.interval < MATURE_DAYS {
            CardState::Young
        } else {
            CardState::Mature
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
    pub sm2: Sm2State,
    /// `None` while the card is new.
    pub due: Option<Day>,
    pub suspended: bool,
    pub leech: bool,
}

impl StoredCard {
    pub fn state(&self) -> CardState {
        CardState::of(&self.sm2, self.due, self.suspended)
    }

    /// The card's tags, with `leech` added when it is one.
    pub fn all_tags(&self) -> Vec<String> {
        let mut tags = self.tags.clone();
        if self.leech && !tags.iter().any(|t| t == "leech") {
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
}

impl ReviewKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewKind::New => "new",
            ReviewKind::Review => "review",
            ReviewKind::Drill => "drill",
        }
    }
}

/// Settings kept in the collection (`recall config`).
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Local hour at which a new day starts (0–23).
    pub day_start_hour: u32,
    /// New cards introduced per day.
    pub new_per_day: u32,
    /// Reviews per day; `None` is unlimited.
    pub reviews_per_day: Option<u32>,
    /// Lapses at which a card becomes a leech.
    pub leech_lapses: u32,
    /// Suspend a card when it becomes a leech.
    pub suspend_leeches: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            day_start_hour: 4,
            new_per_day: 20,
            reviews_per_day: None,
            leech_lapses: 8,
            suspend_leeches: false,
        }
    }
}

/// The keys `recall config` knows, with what they mean.
pub const SETTING_KEYS: &[(&str, &str)] = &[
    (
        "day-start",
        "local hour (0-23) at which a new day starts; default 4",
    ),
    ("new-per-day", "new cards introduced per day; default 20"),
    (
        "reviews-per-day",
        "reviews per day, or 'none' for no limit; default none",
    ),
    (
        "leech-lapses",
        "lapses at which a card is tagged leech; default 8",
    ),
    (
        "suspend-leeches",
        "suspend leeches automatically: true or false; default false",
    ),
];

impl Settings {
    pub fn get(&self, key: &str) -> Option<String> {
        Some(match key {
            "day-start" => self.day_start_hour.to_string(),
            "new-per-day" => self.new_per_day.to_string(),
            "reviews-per-day" => self
                .reviews_per_day
                .map_or_else(|| "none".to_string(), |n| n.to_string()),
            "leech-lapses" => self.leech_lapses.to_string(),
            "suspend-leeches" => self.suspend_leeches.to_string(),
            _ => return None,
        })
    }

    /// Sets `key` from text, checking the value. The error says what is allowed.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        let v = value.trim();
        let num = |max: u32| -> Result<u32, String> {
            v.parse::<u32>()
                .ok()
                .filter(|n| *n <= max)
                .ok_or_else(|| format!("{key} takes a whole number from 0 to {max}, not '{v}'"))
        };
        match key {
            "day-start" => self.day_start_hour = num(23)?,
            "new-per-day" => self.new_per_day = num(100_000)?,
            "reviews-per-day" => {
                self.reviews_per_day = if v == "none" || v == "unlimited" {
                    None
                } else {
                    Some(num(1_000_000)?)
                }
            }
            "leech-lapses" => self.leech_lapses = num(1000)?.max(1),
            "suspend-leeches" => {
                self.suspend_leeches = match v {
                    "true" | "yes" | "on" | "1" => true,
                    "false" | "no" | "off" | "0" => false,
                    _ => return Err(format!("suspend-leeches takes true or false, not '{v}'")),
                }
            }
            _ => {
                return Err(format!(
                    "there is no setting '{key}'; the settings are: {}",
                    SETTING_KEYS
                        .iter()
                        .map(|(k, _)| *k)
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            }
        }
        Ok(())
    }
}

/// The schedule fields an answer changes, before or after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub sm2: Sm2State,
    pub due: Option<Day>,
    pub leech: bool,
    pub suspended: bool,
}

impl Schedule {
    pub fn of(card: &StoredCard) -> Schedule {
        Schedule {
            sm2: card.sm2,
            due: card.due,
            leech: card.leech,
            suspended: card.suspended,
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
    pub grade: crate::sched::Grade,
    pub kind: ReviewKind,
    /// The schedule before the answer (leech and suspended flags included).
    pub before: Schedule,
    /// Repetitions, interval and ease after the answer.
    pub reps_after: u32,
    pub interval_after: u32,
    pub ease_after: crate::sched::Ease,
    pub answer_ms: i64,
}

/// A card's schedule and history carried by a backup, restored on import
/// into a card that has no history yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Restore {
    pub schedule: Schedule,
    pub history: Vec<LoggedReview>,
}

impl ReviewKind {
    pub fn parse(s: &str) -> Option<ReviewKind> {
        match s {
            "new" => Some(ReviewKind::New),
            "review" => Some(ReviewKind::Review),
            "drill" => Some(ReviewKind::Drill),
            _ => None,
        }
    }
}
