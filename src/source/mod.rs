//! Study notes (Markdown or plain text) turned into native decks.
//! (placeholder API while the generator is being written)

use crate::deck::DeckFile;
use crate::error::{Error, Result};

/// One input file.
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// Turns notes into a native deck.
pub fn generate(files: &[SourceFile], _deck_name: Option<&str>) -> Result<DeckFile> {
    Err(Error::input(format!("{}: not yet", files.len())))
}
