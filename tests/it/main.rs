//! Integration tests: the real `recall` binary on a temporary collection,
//! with a cleaned environment and the clock fixed by `--now`.

mod anki;
mod common;
mod core;
mod errors;
mod export;
mod generate;
mod migrate;
mod review;
mod safety;
mod stats;
