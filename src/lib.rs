//! recall: spaced-repetition flashcards for the terminal — exact SM-2 over a
//! SQLite collection, and decks made from study notes.
//!
//! `main.rs` parses the command line and calls [`run`]; everything else lives
//! here, one module per concern.

pub mod anki;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod deck;
pub mod error;
pub mod hash;
pub mod model;
pub mod render;
pub mod review;
pub mod sched;
pub mod simulate;
pub mod source;
pub mod stats;
pub mod store;

pub use error::{Error, Result};

/// Runs recall with a parsed command line.
pub fn run(cli: cli::Cli) -> Result<()> {
    commands::run(cli)
}
