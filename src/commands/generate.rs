//! `recall generate`: study notes to a native deck, on stdout or in a file.

use crate::cli::GenerateArgs;
use crate::deck;
use crate::error::{Error, Result};
use crate::render;
use crate::source::{self, SourceFile};

use super::{read_text, write_atomically, Context, NOTES};

pub fn run(ctx: &Context, args: &GenerateArgs) -> Result<()> {
    if args.deck.as_deref().is_some_and(|d| d.trim().is_empty()) {
        return Err(Error::Usage(
            "--deck needs a name; leave it out to name the deck after the notes' title".into(),
        ));
    }
    let mut files = Vec::with_capacity(args.sources.len());
    for path in &args.sources {
        files.push(SourceFile {
            name: path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            text: read_text(path, NOTES)?,
        });
    }
    let (deck, report) = source::generate_with_report(&files, args.deck.as_deref())?;
    let json = deck::to_json(&deck);
    match &args.output {
        Some(path) => write_atomically(path, &json)?,
        None => render::out(&json)?,
    }
    // What was left out goes to stderr, so that stdout stays the deck; and
    // only once the deck is written.
    if args.report {
        eprint!("{}", render::sanitize(&report.details(), true));
    }
    render::note(&ctx.style, &render::sanitize(&report.summary(), false));
    if let Some(path) = &args.output {
        render::note(
            &ctx.style,
            &format!(
                "Wrote {} cards of deck '{}' to {}.",
                deck.cards.len(),
                render::excerpt(&deck.name, crate::error::QUOTED),
                path.display()
            ),
        );
    }
    Ok(())
}
