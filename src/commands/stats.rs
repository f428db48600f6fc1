//! `recall stats`: the report of `stats::build`, as tables or JSON.

use crate::cli::StatsArgs;
use crate::error::{Error, Result};
use crate::render;
use crate::stats::{self, MAX_DAYS};

use super::Context;

pub fn run(ctx: &Context, args: &StatsArgs) -> Result<()> {
    if args.days == 0 || args.days > MAX_DAYS {
        return Err(Error::Usage(format!(
            "--days {} is out of range; give a number of days from 1 to {MAX_DAYS}",
            args.days
        )));
    }
    let store = ctx.open()?;
    let today = ctx.today(&store.settings()?);
    let scope = store.scope(args.deck.as_deref())?;
    let report = stats::build(&store, today, &scope, args.days)?;
    if ctx.json {
        render::json(&report)
    } else {
        render::out(&stats::render(&report, &ctx.style))
    }
}
