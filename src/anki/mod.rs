//! Anki's own formats: `.apkg` and `.colpkg` packages read (every version
//! Anki writes) and written, and the tab-separated text export with Anki's
//! header lines.
//!
//! Reading goes package (zip, limits) → collection (SQLite) → the pure
//! modules (note types, clozes, schedules) → `convert`, the one place that
//! builds recall's decks and cards.

pub mod cloze;
pub mod collection;
pub mod convert;
pub mod export;
pub mod legacy;
pub mod notetype;
pub mod package;
pub mod proto;
pub mod schedule;
pub mod tsv;

use std::collections::BTreeMap;
use std::path::Path;

use crate::deck::Deck;
use crate::error::Result;
use notetype::Layout;

/// What an import of a package read, and what it could not keep.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    pub notes: u64,
    pub cards: u64,
    pub basic: u64,
    pub reversed: u64,
    pub cloze: u64,
    /// Notes of other note types, read as first field front, second back:
    /// how many of each note type.
    pub other: BTreeMap<String, u64>,
    /// Images and sounds shown as placeholders in the cards' text.
    pub images: u64,
    pub sounds: u64,
    /// Media files in the package, none of which recall keeps.
    pub media_files: u64,
    /// Cards left out: an empty front or back, or a key met twice.
    pub skipped_empty: u64,
    /// Cards whose schedule came with them (`--with-schedule`).
    pub scheduled: u64,
    pub learning: u64,
    pub suspended: u64,
    /// Buried in Anki: recall does not bury, so they come in unburied.
    pub unburied: u64,
    /// Scheduled by FSRS: interval and due kept, memory state dropped.
    pub fsrs: u64,
    /// Studied in Anki, but imported as new (no `--with-schedule`).
    pub unscheduled: u64,
}

impl Report {
    fn count_note(&mut self, layout: Layout, notetype: &str) {
        self.notes += 1;
        match layout {
            Layout::Basic { .. } => self.basic += 1,
            Layout::Reversed { .. } => self.reversed += 1,
            Layout::Cloze { .. } => self.cloze += 1,
            Layout::Other => *self.other.entry(notetype.to_string()).or_default() += 1,
        }
    }

    fn count_schedule(&mut self, s: &schedule::Sched) {
        self.scheduled += 1;
        self.learning += u64::from(s.learning);
        self.suspended += u64::from(s.suspended);
        self.unburied += u64::from(s.buried);
        self.fsrs += u64::from(s.fsrs);
    }

    /// The report as sentences for the terminal.
    pub fn lines(&self, file: &str) -> Vec<String> {
        let n = |v: u64, one: &str, many: &str| crate::render::count(v, one, many);
        let mut lines = vec![format!(
            "{file}: {} made {} ({} Basic, {} reversed, {} cloze, {} of other note types).",
            n(self.notes, "note", "notes"),
            n(self.cards, "card", "cards"),
            self.basic,
            self.reversed,
            self.cloze,
            self.other.values().sum::<u64>()
        )];
        for (name, count) in &self.other {
            lines.push(format!(
                "  {} of note type '{}' read as first field front, second field back, the rest explanation.",
                n(*count, "note", "notes"),
                crate::error::excerpt(name, crate::error::QUOTED)
            ));
        }
        if self.images + self.sounds + self.media_files > 0 {
            lines.push(format!(
                "  {} and {} shown as placeholders such as [image: map.png]; the package's {} not imported.",
                n(self.images, "image", "images"),
                n(self.sounds, "sound", "sounds"),
                n(self.media_files, "media file was", "media files were")
            ));
        }
        if self.skipped_empty > 0 {
            lines.push(format!(
                "  {} left out: an empty front or back, or a card key met twice in one deck.",
                n(self.skipped_empty, "card", "cards")
            ));
        }
        lines.extend(self.schedule_lines());
        lines
    }

    fn schedule_lines(&self) -> Vec<String> {
        let n = |v: u64, one: &str, many: &str| crate::render::count(v, one, many);
        let mut lines = Vec::new();
        if self.unscheduled > 0 {
            lines.push(format!(
                "  {} studied in Anki came in as new; import again with --with-schedule to bring their schedules (cards not yet studied here take them).",
                n(self.unscheduled, "card", "cards")
            ));
        }
        if self.scheduled > 0 {
            lines.push(format!(
                "  Schedules and review logs kept for {} ({} learning, {} suspended).",
                n(self.scheduled, "card", "cards"),
                self.learning,
                self.suspended
            ));
        }
        if self.unburied > 0 {
            lines.push(format!(
                "  {} buried in Anki came in unburied.",
                n(self.unburied, "card", "cards")
            ));
        }
        if self.fsrs > 0 {
            lines.push(format!(
                "  {} scheduled by FSRS: interval and due kept, ease from Anki's factor (2.5 without one); recall goes on with SM-2.",
                n(self.fsrs, "card", "cards")
            ));
        }
        lines
    }
}

/// Reads the package at `path` (`.apkg` or `.colpkg`) as recall decks.
/// With `with_schedule`, each studied card brings its schedule and review
/// log; `day_start_hour` is the collection's day start.
pub fn import(
    path: &Path,
    with_schedule: bool,
    day_start_hour: u32,
) -> Result<(Vec<Deck>, Report)> {
    let shown = path.display().to_string();
    let unpacked = package::unpack(path)?;
    let col = collection::read(&shown, unpacked.collection.path())?;
    let options = convert::Options {
        with_schedule,
        day_start_hour,
    };
    let mut report = Report {
        media_files: unpacked.media_files,
        ..Report::default()
    };
    let decks = convert::decks(&col, &options, &mut report);
    if decks.is_empty() {
        return Err(crate::error::Error::Invalid(format!(
            "{shown}: the package has no cards recall can read — check that it is the deck you meant"
        )));
    }
    Ok((decks, report))
}
