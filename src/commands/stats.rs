//! `recall stats`: the report of `stats::build`, as tables or JSON.

use crate::cli::StatsArgs;
use crate::error::Result;
use crate::render;
use crate::stats;

use super::Context;

pub fn run(ctx: &Context, args: &StatsArgs) -> Result<()> {
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
