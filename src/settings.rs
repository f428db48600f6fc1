//! The settings kept in the collection (`recall config`): what each means,
//! its range, and how it is read from and written as text.

use crate::error::{excerpt, Error, Result, QUOTED};

/// Settings kept in the collection.
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
    /// The order in which a session takes new cards.
    pub new_card_order: NewCardOrder,
}

/// The order in which a session takes new cards (`config new-card-order`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum NewCardOrder {
    /// Evenly across each deck file, so that every section (and every kind
    /// of card) comes up in the first days; decks take turns.
    #[default]
    Spread,
    /// Each deck from the top of its file, deck after deck.
    File,
    /// At random.
    Random,
}

impl NewCardOrder {
    /// Every order.
    pub const ALL: [NewCardOrder; 3] = [
        NewCardOrder::Spread,
        NewCardOrder::File,
        NewCardOrder::Random,
    ];

    /// The order as `config` names it.
    pub fn name(self) -> &'static str {
        match self {
            NewCardOrder::Spread => "spread",
            NewCardOrder::File => "file",
            NewCardOrder::Random => "random",
        }
    }

    fn parse(word: &str) -> Option<NewCardOrder> {
        Self::ALL
            .into_iter()
            .find(|o| o.name().eq_ignore_ascii_case(word))
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            day_start_hour: 4,
            new_per_day: 20,
            reviews_per_day: None,
            leech_lapses: 8,
            suspend_leeches: false,
            new_card_order: NewCardOrder::Spread,
        }
    }
}

/// One setting: its name, what it means, and the whole numbers it takes
/// (`None` for a yes/no setting).
pub struct Key {
    pub name: &'static str,
    pub meaning: &'static str,
    pub range: Option<(u32, u32)>,
}

/// The settings `recall config` knows, in the order it lists them.
pub const KEYS: &[Key] = &[
    Key {
        name: "day-start",
        meaning: "local hour (0-23) at which a new day starts; default 4",
        range: Some((0, 23)),
    },
    Key {
        name: "new-per-day",
        meaning: "new cards introduced per day (0-100000); default 20",
        range: Some((0, 100_000)),
    },
    Key {
        name: "reviews-per-day",
        meaning: "reviews per day (0-1000000), or 'none' for no limit; default none",
        range: Some((0, 1_000_000)),
    },
    Key {
        name: "leech-lapses",
        meaning: "lapses (1-1000) at which a card is tagged leech; default 8",
        range: Some((1, 1000)),
    },
    Key {
        name: "suspend-leeches",
        meaning: "suspend leeches automatically: true or false; default false",
        range: None,
    },
    Key {
        name: "new-card-order",
        meaning: "order of new cards: spread (evenly across each deck, every section early), file (each deck from its top) or random; default spread",
        range: None,
    },
];

/// The settings as `recall config --help` lists them.
pub fn help() -> String {
    let mut out = String::from("Settings (recall config NAME VALUE):\n");
    let wrap = textwrap::Options::new(96)
        .initial_indent("      ")
        .subsequent_indent("      ");
    for k in KEYS {
        out += &format!("  {}\n", k.name);
        for line in textwrap::wrap(k.meaning, &wrap) {
            out += &format!("{line}\n");
        }
    }
    out
}

fn key(name: &str) -> Result<&'static Key> {
    KEYS.iter().find(|k| k.name == name).ok_or_else(|| {
        let names: Vec<&str> = KEYS.iter().map(|k| k.name).collect();
        Error::Usage(format!(
            "there is no setting '{}'; the settings are: {}",
            excerpt(name, QUOTED),
            names.join(", ")
        ))
    })
}

impl Settings {
    /// The value of setting `name` as text.
    pub fn get(&self, name: &str) -> Result<String> {
        Ok(match key(name)?.name {
            "day-start" => self.day_start_hour.to_string(),
            "new-per-day" => self.new_per_day.to_string(),
            "reviews-per-day" => self
                .reviews_per_day
                .map_or_else(|| "none".to_string(), |n| n.to_string()),
            "leech-lapses" => self.leech_lapses.to_string(),
            "new-card-order" => self.new_card_order.name().to_string(),
            _ => self.suspend_leeches.to_string(),
        })
    }

    /// Sets `name` from text, checking the value; the error says what is allowed.
    pub fn set(&mut self, name: &str, value: &str) -> Result<()> {
        let key = key(name)?;
        let v = value.trim();
        let number = || -> Result<u32> {
            let (low, high) = key.range.unwrap_or((0, 0));
            v.parse::<u32>()
                .ok()
                .filter(|n| (low..=high).contains(n))
                .ok_or_else(|| {
                    Error::Usage(format!(
                        "{name} takes a whole number from {low} to {high}, not '{}'",
                        excerpt(v, QUOTED)
                    ))
                })
        };
        match key.name {
            "day-start" => self.day_start_hour = number()?,
            "new-per-day" => self.new_per_day = number()?,
            "reviews-per-day" if v == "none" || v == "unlimited" => self.reviews_per_day = None,
            "reviews-per-day" => self.reviews_per_day = Some(number()?),
            "leech-lapses" => self.leech_lapses = number()?,
            "new-card-order" => {
                self.new_card_order = NewCardOrder::parse(v).ok_or_else(|| {
                    let names = NewCardOrder::ALL.map(NewCardOrder::name);
                    Error::Usage(format!(
                        "new-card-order takes {}, not '{}'",
                        names.join(", "),
                        excerpt(v, QUOTED)
                    ))
                })?
            }
            _ => {
                self.suspend_leeches = match v {
                    "true" | "yes" | "on" | "1" => true,
                    "false" | "no" | "off" | "0" => false,
                    _ => {
                        return Err(Error::Usage(format!(
                            "suspend-leeches takes true or false, not '{}'",
                            excerpt(v, QUOTED)
                        )))
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_range_holds_at_both_ends() {
        for key in KEYS {
            let Some((low, high)) = key.range else {
                continue;
            };
            let mut s = Settings::default();
            for ok in [low, high] {
                s.set(key.name, &ok.to_string()).unwrap();
                assert_eq!(s.get(key.name).unwrap(), ok.to_string(), "{}", key.name);
            }
            let below = low.checked_sub(1).map(|n| n.to_string());
            for bad in [Some((high + 1).to_string()), below, Some("abc".into())]
                .into_iter()
                .flatten()
            {
                let e = s.set(key.name, &bad).unwrap_err().to_string();
                assert_eq!(
                    e,
                    format!(
                        "{} takes a whole number from {low} to {high}, not '{bad}'",
                        key.name
                    )
                );
            }
        }
    }

    #[test]
    fn leech_lapses_zero_is_refused_not_changed() {
        let mut s = Settings::default();
        assert!(s.set("leech-lapses", "0").is_err());
        assert_eq!(s.leech_lapses, 8);
    }

    #[test]
    fn words_and_unknown_keys() {
        let mut s = Settings::default();
        s.set("reviews-per-day", "none").unwrap();
        assert_eq!(s.reviews_per_day, None);
        s.set("suspend-leeches", "yes").unwrap();
        assert!(s.suspend_leeches);
        assert_eq!(
            s.set("suspend-leeches", "maybe").unwrap_err().to_string(),
            "suspend-leeches takes true or false, not 'maybe'"
        );
        assert_eq!(
            s.get("colour").unwrap_err().to_string(),
            "there is no setting 'colour'; the settings are: day-start, new-per-day, reviews-per-day, leech-lapses, suspend-leeches, new-card-order"
        );
    }

    #[test]
    fn new_card_order_takes_its_words_and_no_other() {
        let mut s = Settings::default();
        assert_eq!(s.get("new-card-order").unwrap(), "spread");
        for (order, name) in NewCardOrder::ALL
            .into_iter()
            .zip(["spread", "file", "random"])
        {
            s.set("new-card-order", &name.to_uppercase()).unwrap();
            assert_eq!(s.get("new-card-order").unwrap(), name);
            assert_eq!(s.new_card_order, order);
        }
        let long = "x".repeat(1000);
        let e = s.set("new-card-order", &long).unwrap_err().to_string();
        assert!(e.len() < 200, "a long value is quoted short: {e}");
        assert_eq!(
            s.set("new-card-order", "shuffled").unwrap_err().to_string(),
            "new-card-order takes spread, file, random, not 'shuffled'"
        );
        assert_eq!(s.new_card_order, NewCardOrder::Random);
    }
}
