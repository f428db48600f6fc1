//! recall: spaced-repetition flashcards for the terminal.

pub mod clock;
pub mod deck;
pub mod error;
pub mod sched;
pub mod source;
