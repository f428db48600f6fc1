//! One function per command: read what it needs, compute, hand the result to
//! `render`. The checked context (clock, style, collection path) is built once.

mod export;
mod generate;
mod import;
mod listing;
mod manage;

use std::path::{Path, PathBuf};

use crate::cli::{Cli, Command};
use crate::clock::{self, Clock, Day};
use crate::error::{Error, Result};
use crate::model::Settings;
use crate::render::Style;
use crate::store::Store;

pub use import::{import_bundled, read_text};

/// Everything a command needs from the command line, checked.
pub struct Context {
    pub clock: Clock,
    pub style: Style,
    pub json: bool,
    pub db: PathBuf,
}

impl Context {
    pub fn from_cli(cli: &Cli) -> Result<Context> {
        let clock = Clock::new(cli.global.now.as_deref())?;
        let db = match &cli.global.db {
            Some(p) if p.as_os_str().is_empty() => {
                return Err(Error::usage(
                    "--db is empty; give the path of a collection file",
                ))
            }
            Some(p) => p.clone(),
            None => default_db()?,
        };
        Ok(Context {
            clock,
            style: Style::detect(cli.global.color, cli.global.quiet),
            json: cli.global.json,
            db,
        })
    }

    pub fn open(&self) -> Result<Store> {
        Store::open(&self.db)
    }

    /// Today's local day under the collection's day start.
    pub fn today(&self, settings: &Settings) -> Day {
        clock::day_of(self.clock.start(), settings.day_start_hour)
    }
}

fn default_db() -> Result<PathBuf> {
    directories::ProjectDirs::from("", "", "recall")
        .map(|d| d.data_dir().join("collection.sqlite3"))
        .ok_or_else(|| {
            Error::io("cannot find a data directory for the collection (is HOME set?); give one with --db or RECALL_DB")
        })
}

/// Runs one parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    if let Command::Completions { shell } = &cli.command {
        let mut cmd = <Cli as clap::CommandFactory>::command();
        let mut buf = Vec::new();
        clap_complete::generate(*shell, &mut cmd, "recall", &mut buf);
        return crate::render::out(&String::from_utf8_lossy(&buf));
    }
    let ctx = Context::from_cli(&cli)?;
    match cli.command {
        Command::Import(args) => import::run(&ctx, &args),
        Command::Generate(args) => generate::run(&ctx, &args),
        Command::Review(args) => crate::review::run(&ctx, &args),
        Command::Due(args) => listing::due(&ctx, &args),
        Command::Stats(args) => crate::stats::run(&ctx, &args),
        Command::Decks => listing::decks(&ctx),
        Command::Cards(args) => listing::cards(&ctx, &args),
        Command::Suspend(args) => manage::suspend(&ctx, &args.ids, true),
        Command::Unsuspend(args) => manage::suspend(&ctx, &args.ids, false),
        Command::Delete(args) => manage::delete(&ctx, &args.deck),
        Command::Export(args) => export::run(&ctx, &args),
        Command::Config(args) => manage::config(&ctx, args.key.as_deref(), args.value.as_deref()),
        Command::Completions { .. } => unreachable!("handled above"),
    }
}

/// Writes `text` to `path` through a temporary file and a rename, so a
/// reader never sees half a file.
pub fn write_atomically(path: &Path, text: &str) -> Result<()> {
    let shown = path.display();
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| Error::usage(format!("{shown} is not a file name")))?;
    let tmp = dir.join(format!(
        ".{}.tmp{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    std::fs::write(&tmp, text)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::io(format!("cannot write {shown}: {e}"))
        })
}

/// Resolves `--deck NAME` to a deck id.
pub fn deck_filter(store: &Store, deck: Option<&str>) -> Result<Option<i64>> {
    deck.map(|d| store.deck_id(d)).transpose()
}
