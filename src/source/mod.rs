//! Study notes (Markdown or plain text) turned into native decks.
