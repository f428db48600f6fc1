//! `recall review`: opens the collection (importing the bundled decks into
//! an empty one), starts today's session and hands it to the terminal.

use std::io::{self, IsTerminal};

use crate::cli::ReviewArgs;
use crate::error::Result;
use crate::render;
use crate::review::terminal::{self, Io};
use crate::review::{Choice, Limits, Mode, Study};
use crate::store::Tags;

use super::import::import_bundled;
use super::Context;

pub fn run(ctx: &Context, args: &ReviewArgs) -> Result<()> {
    let mut store = ctx.open()?;
    terminal::leave_on_interrupt();
    let stdin = io::stdin();
    let out = Box::new(io::stdout().lock());
    // On a terminal, one key per action; on a pipe, one command per line.
    let mut io = match stdin.is_terminal() {
        true => Io::keys(out, ctx.style)?,
        false => Io::lines(Box::new(stdin.lock()), out, ctx.style),
    };
    if store.is_empty()? {
        for d in import_bundled(ctx, &mut store)? {
            io.tell(&format!(
                "Your collection was empty, so recall imported the bundled deck '{}' ({}).",
                d.name,
                render::count(d.added, "card", "cards")
            ))?;
        }
    }
    let today = ctx.today(&store.settings()?);
    let choice = Choice {
        scope: store.scope(args.deck.as_deref())?,
        tags: Tags::any_of(&args.tags)?,
        mode: match (args.cram, args.ahead) {
            (true, _) => Mode::Cram,
            (false, Some(days)) => Mode::Ahead { days },
            (false, None) => Mode::Today,
        },
    };
    let limits = Limits {
        new: args.new,
        reviews: args.limit,
    };
    let mut study = Study::start_with(store, today, choice, limits)?;
    if study.current().is_none() {
        return nothing_to_do(&mut io, &study);
    }
    let (fresh, repeats) = study.left();
    let due = study.due_in_queue();
    let owed = match repeats {
        0 => String::new(),
        n => format!(", {}", render::count(n as u64, "repeat", "repeats")),
    };
    let cards = render::count((fresh + repeats) as u64, "card", "cards");
    io.tell(&match study.mode() {
        Mode::Today => format!("{cards} to study: {due} due, {} new{owed}.", fresh - due),
        Mode::Ahead { days } => format!(
            "{cards} due by {} to study ahead: each is scheduled for the days since its last review.",
            today.plus(i64::from(days))
        ),
        Mode::Cram => {
            format!("{cards} to cram: answers are logged as cram and change no schedule.")
        }
    })?;
    terminal::run(&mut study, &mut io, &ctx.clock)
}

fn nothing_to_do(io: &mut Io, study: &Study) -> Result<()> {
    if study.mode() == Mode::Cram {
        io.say(
            "No cards to cram: none of the chosen decks and tags has a card that is not suspended.",
        )?;
        return io.flush();
    }
    let mut msg = "Nothing to review now.".to_string();
    if let Some((day, n)) = study.next_due()? {
        msg += &format!(" Next: {} due on {day}.", render::count(n, "card", "cards"));
    }
    if study.new_cards_done_for_today()? {
        msg += " Today's new cards are done; `recall review --new N` learns more.";
    }
    io.tell(&msg)?;
    io.flush()
}
