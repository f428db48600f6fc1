//! The command line, as clap parses it. Doc comments are the help text.

use std::path::PathBuf;

use clap::builder::TypedValueParser;
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

/// Spaced-repetition flashcards for the terminal: exact SM-2, a SQLite
/// collection, and decks made from your study notes.
#[derive(Debug, Parser)]
#[command(name = "recall", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// The collection file [default: the platform data dir, e.g.
    /// ~/.local/share/recall/collection.sqlite3]
    #[arg(long, env = "RECALL_DB", global = true, value_name = "PATH", value_parser = any_path())]
    pub db: Option<PathBuf>,
    /// Fix the clock to this moment (RFC 3339, e.g. 2026-03-01T09:30:00Z)
    #[arg(long, env = "RECALL_NOW", global = true, value_name = "RFC3339")]
    pub now: Option<String>,
    /// Print machine-readable JSON instead of tables
    #[arg(long, global = true)]
    pub json: bool,
    /// When to use colour (NO_COLOR is honoured by auto)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true, value_name = "WHEN")]
    pub color: ColorChoice,
    /// Print less: only results and errors
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add decks to the collection (re-importing updates text and keeps schedules)
    Import(ImportArgs),
    /// Turn study notes (Markdown or plain text) into a native deck
    Generate(GenerateArgs),
    /// The daily review session
    Review(ReviewArgs),
    /// Cards due today (or within N days)
    Due(DueArgs),
    /// Retention, workload and forecast
    Stats(StatsArgs),
    /// One row per deck
    Decks,
    /// Browse and search cards
    Cards(CardsArgs),
    /// One card whole: its text, tags, schedule and review history
    Show(ShowArgs),
    /// Add a card, from the command line or written in $VISUAL / $EDITOR
    Add(AddArgs),
    /// Edit a card in $VISUAL / $EDITOR, keeping its schedule and history
    Edit(EditArgs),
    /// Add and remove tags: recall tag ID... +exam -old
    Tag(TagArgs),
    /// Suspend cards (they leave every session until unsuspended)
    Suspend(IdsArgs),
    /// Bring suspended cards back
    Unsuspend(IdsArgs),
    /// Delete a deck with its cards and their review history
    Delete(DeleteArgs),
    /// Write a deck as a native deck (optionally a full backup with schedules and history), as Anki text or as an Anki package
    Export(ExportArgs),
    /// Show or change the collection's settings
    Config(ConfigArgs),
    /// Print a shell completion script
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// Native recall deck (.json)
    Native,
    /// Study notes, converted as `generate` would (.md, .txt)
    Notes,
    /// Anki's text export: one note per row, with its #header lines (.tsv, .csv, .txt)
    AnkiText,
    /// Anki package: a deck (.apkg) or a whole collection (.colpkg)
    Apkg,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Deck files: .json (native), .md (study notes), .tsv/.csv (Anki text), .txt (either, sniffed), .apkg/.colpkg (Anki package)
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Show what would be added, updated and unchanged, and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Delete the cards of these decks that the files no longer have (with their history)
    #[arg(long)]
    pub prune: bool,
    /// Read every file in this format instead of guessing from its extension
    #[arg(long, value_enum)]
    pub format: Option<ImportFormat>,
    /// Import into this deck (default: the deck the file names, its title, or its file name)
    #[arg(long, value_name = "NAME")]
    pub deck: Option<String>,
    /// From an Anki package, also bring each card's schedule and review log (new cards here only)
    #[arg(long)]
    pub with_schedule: bool,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Study notes: Markdown or plain text
    #[arg(required = true, value_name = "SOURCE")]
    pub sources: Vec<PathBuf>,
    /// Write the deck here instead of to standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Deck name (default: the title of the first file)
    #[arg(long, value_name = "NAME")]
    pub deck: Option<String>,
    /// List every part of the notes that gave no card, with its line and why
    #[arg(long)]
    pub report: bool,
}

/// What `recall review --help` says after the options.
const REVIEW_KEYS: &str = "\
Keys on a terminal (one key each, no Enter):
  Space or Enter   show the answer
  0-5              grade at once (the answer is shown first if it was not)
  a, b, c ...      pick an option of a multiple-choice card; Enter then grades it
                   (4 when right, 1 when wrong), or a digit
  u                undo the last answer
  s                skip the card until tomorrow
  i                show where the card comes from
  ?                the keys and the grades
  q, Ctrl-C, Ctrl-D  quit (every answer is already saved)

Grades (SM-2): 5 perfect, 4 correct after hesitation, 3 correct with serious difficulty,
2 wrong but the answer seemed easy, 1 wrong but the answer remembered, 0 complete blackout.
A card graded below 4 comes back at the end of the session, and in the next session the
same day, until it is graded 4 or 5.

On a pipe, one command per line: a grade, a letter, u, s or q; each line answers the card
shown. The end of the input ends the session.";

#[derive(Debug, Args)]
#[command(after_help = REVIEW_KEYS)]
pub struct ReviewArgs {
    /// Review only this deck (a prefix will do) and the decks under it
    #[arg(long, value_name = "DECK", add = decks())]
    pub deck: Option<String>,
    /// New cards for this session (default: what is left of the daily limit)
    #[arg(long, value_name = "N", value_parser = Whole::new("--new", "new cards", 0_u32, 100_000))]
    pub new: Option<u32>,
    /// Reviews for this session (default: what is left of the daily limit; with --cram or --ahead, no limit)
    #[arg(long, value_name = "N", value_parser = Whole::new("--limit", "reviews", 0_u32, 1_000_000))]
    pub limit: Option<u32>,
    /// Only cards with this tag (repeat it: cards with any of them)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Study the chosen cards whatever their due dates: answers are logged as cram and change no schedule
    #[arg(long, conflicts_with_all = ["ahead", "new"])]
    pub cram: bool,
    /// Review the cards due in the next N days too, scheduled for the days actually elapsed
    #[arg(long, value_name = "N", conflicts_with = "new",
          value_parser = Whole::new("--ahead", "days", 1_u32, 3650))]
    pub ahead: Option<u32>,
}

#[derive(Debug, Args)]
pub struct DueArgs {
    /// Only this deck (a prefix will do) and the decks under it
    #[arg(long, value_name = "DECK", add = decks())]
    pub deck: Option<String>,
    /// Also list cards due within the next N days
    #[arg(long, value_name = "N", default_value_t = 0, value_parser = Whole::new("--days", "days", 0, MAX_INTERVAL))]
    pub days: u32,
    /// Only cards with this tag (repeat it: cards with any of them)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Only this deck (a prefix will do) and the decks under it
    #[arg(long, value_name = "DECK", add = decks())]
    pub deck: Option<String>,
    /// Days of activity and forecast to show
    #[arg(long, value_name = "N", default_value_t = 30, value_parser = Whole::new("--days", "days", 1, crate::stats::MAX_DAYS))]
    pub days: u32,
}

#[derive(Debug, Args)]
pub struct CardsArgs {
    /// Only this deck (a prefix will do) and the decks under it
    #[arg(long, value_name = "DECK", add = decks())]
    pub deck: Option<String>,
    /// Words that must all appear in the card (front, back, explanation, tags)
    #[arg(value_name = "QUERY", num_args = 0..)]
    pub query: Vec<String>,
    /// Only cards with this tag (repeat it: cards with any of them)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The card's id, as `recall cards` shows it
    #[arg(value_name = "ID", value_parser = Whole::at_least("ID", "a card id as `recall cards` shows it", 1_i64))]
    pub id: i64,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The deck to add the card to (made if there is none)
    #[arg(long, value_name = "DECK")]
    pub deck: String,
    /// The question; without it the card is written in $VISUAL or $EDITOR
    #[arg(long, value_name = "TEXT")]
    pub front: Option<String>,
    /// The answer
    #[arg(long, value_name = "TEXT")]
    pub back: Option<String>,
    /// Shown with the answer
    #[arg(long, value_name = "TEXT")]
    pub explanation: Option<String>,
    /// A tag (repeat it for more)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Also add the reverse card (back → front)
    #[arg(long)]
    pub reverse: bool,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The card's id, as `recall cards` shows it
    #[arg(value_name = "ID", value_parser = Whole::at_least("ID", "a card id as `recall cards` shows it", 1_i64))]
    pub id: i64,
}

#[derive(Debug, Args)]
pub struct TagArgs {
    /// Card ids, +TAG to add a tag and -TAG to remove one
    #[arg(required = true, num_args = 1.., allow_hyphen_values = true, value_name = "ID|+TAG|-TAG")]
    pub args: Vec<String>,
}

#[derive(Debug, Args)]
pub struct IdsArgs {
    /// Card ids, as `recall cards` shows them
    #[arg(required = true, value_name = "ID", value_parser = Whole::at_least("ID", "a card id as `recall cards` shows it", 1_i64))]
    pub ids: Vec<i64>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The deck to delete (its whole name)
    #[arg(long, value_name = "DECK", required = true, add = decks())]
    pub deck: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Native recall deck (JSON)
    Json,
    /// Anki's text format, tab-separated, for File › Import in Anki
    Tsv,
    /// An Anki package (.apkg) of the deck, or of every deck without --deck
    Apkg,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The deck to export (may be left out when the collection has one deck)
    #[arg(long, value_name = "DECK", add = decks())]
    pub deck: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
    /// Include each card's schedule and review log: a full backup that `recall import` restores (json, apkg)
    #[arg(long)]
    pub with_history: bool,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only cards with this tag (repeat it: cards with any of them)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
#[command(after_help = crate::settings::help())]
pub struct ConfigArgs {
    /// The setting to show or change (none: show all)
    pub key: Option<String>,
    /// The new value
    pub value: Option<String>,
}

/// Completes `--deck` with the names of the decks in the collection that
/// RECALL_DB names (else the default one): the shell's command line is not
/// parsed, so a `--db` on it is not seen.
fn decks() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        let db = std::env::var_os("RECALL_DB")
            .filter(|p| !p.is_empty())
            .map(PathBuf::from)
            .or_else(crate::store::default_path);
        db.map(|db| crate::store::deck_names(&db))
            .unwrap_or_default()
            .into_iter()
            .map(CompletionCandidate::new)
            .collect::<Vec<_>>()
    })
}

/// A path, the empty one included: an empty `RECALL_DB` is then named in
/// recall's own message, not called a missing `--db` value by clap.
fn any_path() -> impl TypedValueParser<Value = PathBuf> {
    clap::builder::OsStringValueParser::new().map(PathBuf::from)
}

/// The longest interval SM-2 gives here, in days: how far ahead `due
/// --days` can look.
const MAX_INTERVAL: u32 = crate::sched::MAX_INTERVAL;

/// A number argument: a whole number in a range, or a sentence that says
/// so ("--days takes a whole number of days from 1 to 3650, not 'abc'")
/// instead of Rust's "invalid digit found in string".
#[derive(Debug, Clone, Copy)]
struct Whole<T> {
    arg: &'static str,
    /// What the number counts ("days"), or with no `high`, what it is.
    unit: &'static str,
    low: T,
    high: Option<T>,
}

impl<T> Whole<T> {
    const fn new(arg: &'static str, unit: &'static str, low: T, high: T) -> Self {
        Whole {
            arg,
            unit,
            low,
            high: Some(high),
        }
    }

    const fn at_least(arg: &'static str, unit: &'static str, low: T) -> Self {
        Whole {
            arg,
            unit,
            low,
            high: None,
        }
    }
}

impl<T> TypedValueParser for Whole<T>
where
    T: std::str::FromStr + PartialOrd + std::fmt::Display + Copy + Send + Sync + 'static,
{
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        let Whole {
            arg,
            unit,
            low,
            high,
        } = *self;
        let in_range = |n: &T| *n >= low && high.is_none_or(|high| *n <= high);
        text.trim()
            .parse::<T>()
            .ok()
            .filter(in_range)
            .ok_or_else(|| {
                let wanted = match high {
                    Some(high) => format!("a whole number of {unit} from {low} to {high}"),
                    None => format!("{unit}, a whole number from {low}"),
                };
                let message = format!(
                    "{arg} takes {wanted}, not '{}'\n",
                    crate::render::excerpt(&text, 40)
                );
                clap::Error::raw(clap::error::ErrorKind::ValueValidation, message).with_cmd(cmd)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_tree_is_consistent() {
        Cli::command().debug_assert();
    }
}
