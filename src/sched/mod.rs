//! Scheduling: the SM-2 algorithm and the small types it works on.

pub mod sm2;

pub use sm2::{Ease, Grade, Sm2State, MAX_INTERVAL};
