//! recall: spaced-repetition flashcards for the terminal — exact SM-2 over a
//! SQLite collection, and decks made from study notes.
//!
//! `main.rs` parses the command line and calls [`run`]; everything else lives
//! here, one module per concern: `cli` (the command line), `commands` (one
//! file per command), `store` (the collection, the only module that touches
//! SQLite), `sched` (SM-2), `deck` (deck formats), `source` (notes to
//! cards), `review` (the session), `stats` (the report), `render` (output).

#![forbid(unsafe_code)]

pub mod anki;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod deck;
pub mod error;
pub mod model;
pub mod render;
pub mod review;
pub mod sched;
pub mod settings;
pub mod simulate;
pub mod source;
pub mod stats;
pub mod store;

pub use error::{Error, Result};

/// Answers a shell asking for completions (`COMPLETE=bash recall -- …`,
/// as the script of `recall completions SHELL` does) and exits; does
/// nothing otherwise. Called before the command line is parsed.
pub fn complete_if_asked() {
    use clap::CommandFactory;
    clap_complete::CompleteEnv::with_factory(cli::Cli::command)
        .var(commands::COMPLETE)
        .complete();
}

/// Runs recall with a parsed command line.
pub fn run(cli: cli::Cli) -> Result<()> {
    commands::run(cli)
}
