//! `recall review`: the daily session. [`session`] is the queue as pure
//! logic, [`study`] owns the collection and commits each answer before the
//! next card is shown, [`terminal`] talks to the learner (or a script):
//! [`interactive`] one key per action through [`keys`] (raw mode), [`lines`]
//! one command per line on a pipe, laid out by [`screen`].

pub mod interactive;
pub mod keys;
pub mod lines;
pub mod screen;
pub mod session;
pub mod study;
pub mod terminal;

pub use study::{Answered, Choice, Left, Limits, Mode, Study};
