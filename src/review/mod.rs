//! `recall review`: the daily session. [`session`] is the queue as pure
//! logic, [`study`] owns the collection and commits each answer before the
//! next card is shown, [`terminal`] talks to the learner (or a script).

pub mod session;
pub mod study;
pub mod terminal;

pub use study::{Answered, Choice, Limits, Mode, Study};
