//! Integration tests: the real `recall` binary on a temporary collection,
//! with a cleaned environment and the clock fixed by `--now`.

mod anki;
mod cards;
mod common;
mod core;
mod errors;
mod export;
mod generate;
mod keys;
mod listings;
mod migrate;
mod names;
mod review;
mod safety;
mod session;
mod stats;
