//! One file per command: each reads what it needs, computes, and hands the
//! result to `render`. The checked context (clock, style, collection path)
//! is built once from the command line, before any work starts.

mod add;
mod edit;
mod editor;
mod export;
mod files;
mod generate;
mod import;
mod listing;
mod manage;
mod review;
mod show;
mod stats;
mod tag;

use std::path::PathBuf;

use crate::cli::{Cli, ColorChoice, Command};
use crate::clock::{self, Clock, Day};
use crate::error::{Error, Result};
use crate::render::Style;
use crate::settings::Settings;
use crate::store::Store;

pub use files::{read_text, write_atomically, ANKI_TEXT, DECK, NOTES};
pub use import::BUNDLED;

/// Everything a command needs from the command line, checked.
pub struct Context {
    pub clock: Clock,
    pub style: Style,
    pub json: bool,
    pub db: PathBuf,
    /// The command only reads the collection, so a read-only one will do.
    pub reads_only: bool,
}

impl Context {
    pub fn from_cli(cli: &Cli) -> Result<Context> {
        let clock = Clock::new(cli.global.now.as_deref())?;
        let db = match &cli.global.db {
            Some(p) if p.as_os_str().is_empty() => {
                return Err(Error::Usage(
                    "the collection path is empty (from --db or RECALL_DB); give the path of a collection file".into(),
                ))
            }
            Some(p) => p.clone(),
            None => default_db()?,
        };
        let color = match cli.global.color {
            ColorChoice::Auto => None,
            ColorChoice::Always => Some(true),
            ColorChoice::Never => Some(false),
        };
        Ok(Context {
            clock,
            style: Style::detect(color, cli.global.quiet),
            json: cli.global.json,
            db,
            reads_only: reads_only(&cli.command),
        })
    }

    /// The collection, opened for what the command does with it.
    pub fn open(&self) -> Result<Store> {
        if self.reads_only {
            Store::open_to_read(&self.db)
        } else {
            Store::open(&self.db)
        }
    }

    /// Today's local day under the collection's day start.
    pub fn today(&self, settings: &Settings) -> Day {
        clock::day_of(self.clock.start(), settings.day_start_hour)
    }
}

/// Whether `command` only reads the collection.
fn reads_only(command: &Command) -> bool {
    match command {
        Command::Due(_)
        | Command::Stats(_)
        | Command::Decks
        | Command::Cards(_)
        | Command::Show(_)
        | Command::Export(_) => true,
        Command::Config(args) => args.value.is_none(),
        _ => false,
    }
}

fn default_db() -> Result<PathBuf> {
    crate::store::default_path().ok_or_else(|| {
            Error::Usage(
                "cannot find a data directory for the collection (is HOME set?); give one with --db or RECALL_DB".into(),
            )
        })
}

/// Runs one parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    if let Command::Completions { shell } = &cli.command {
        return completions(*shell);
    }
    let ctx = Context::from_cli(&cli)?;
    dispatch(&ctx, cli.command).map_err(|e| e.in_collection(&ctx.db))
}

/// The variable that asks the binary for completions (`COMPLETE=bash`).
pub const COMPLETE: &str = "COMPLETE";

/// Prints the script that makes `shell` complete recall's command lines
/// by asking recall itself (clap_complete's dynamic completion), so that
/// `--deck` is completed with the collection's deck names.
fn completions(shell: clap_complete::Shell) -> Result<()> {
    let shells = clap_complete::env::Shells::builtins();
    let mut buf = Vec::new();
    if let Some(completer) = shells.completer(&shell.to_string()) {
        completer
            .write_registration(COMPLETE, "recall", "recall", "recall", &mut buf)
            .map_err(crate::render::write_error)?;
    }
    crate::render::out(&String::from_utf8_lossy(&buf))
}

fn dispatch(ctx: &Context, command: Command) -> Result<()> {
    match command {
        Command::Import(args) => import::run(ctx, &args),
        Command::Generate(args) => generate::run(ctx, &args),
        Command::Review(args) => review::run(ctx, &args),
        Command::Due(args) => listing::due(ctx, &args),
        Command::Stats(args) => stats::run(ctx, &args),
        Command::Decks => listing::decks(ctx),
        Command::Cards(args) => listing::cards(ctx, &args),
        Command::Show(args) => show::run(ctx, &args),
        Command::Add(args) => add::run(ctx, &args),
        Command::Edit(args) => edit::run(ctx, &args),
        Command::Tag(args) => tag::run(ctx, &args),
        Command::Suspend(args) => manage::suspend(ctx, &args.ids, true),
        Command::Unsuspend(args) => manage::suspend(ctx, &args.ids, false),
        Command::Delete(args) => manage::delete(ctx, &args.deck),
        Command::Export(args) => export::run(ctx, &args),
        Command::Config(args) => manage::config(ctx, args.key.as_deref(), args.value.as_deref()),
        Command::Completions { .. } => Ok(()),
    }
}
