//! `recall stats` (being written).

use crate::cli::StatsArgs;
use crate::commands::Context;
use crate::error::{Error, Result};

pub fn run(_ctx: &Context, _args: &StatsArgs) -> Result<()> {
    Err(Error::Other("stats: not yet".into()))
}
