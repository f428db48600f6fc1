//! `recall add`: a card of the collection's own — from `--front` and
//! `--back`, or written in the editor — added to a deck after its last card.
//! No deck file has it, so no import counts it missing or prunes it.

use serde::Serialize;

use crate::cli::AddArgs;
use crate::deck::template::Draft;
use crate::deck::{validate_card, Card, CardSpec};
use crate::error::{Error, Result};
use crate::render;

use super::editor::{self, Written};
use super::tag::check_tags;
use super::Context;

#[derive(Serialize)]
struct AddedJson<'a> {
    deck: &'a str,
    new_deck: bool,
    ids: &'a [i64],
}

pub fn run(ctx: &Context, args: &AddArgs) -> Result<()> {
    let deck = args.deck.split_whitespace().collect::<Vec<_>>().join(" ");
    if deck.is_empty() {
        return Err(Error::Usage(
            "--deck is empty; name the deck to add the card to".into(),
        ));
    }
    check_tags(&args.tags)?;
    let cards = match &args.front {
        Some(front) => from_flags(front, args)?,
        None => {
            let draft = Draft {
                back: args.back.clone().unwrap_or_default(),
                explanation: args.explanation.clone().unwrap_or_default(),
                tags: args.tags.clone(),
                ..Draft::default()
            };
            let about = [format!("A new card for the deck \"{deck}\".")];
            match editor::write_card(&draft, &about, args.reverse)? {
                Written::Card(_, cards) => cards,
                Written::Nothing => {
                    render::note(&ctx.style, "No card was added: the card was left empty.");
                    return Ok(());
                }
            }
        }
    };
    let mut store = ctx.open()?;
    let added = store.add_cards(&deck, cards, ctx.clock.start().timestamp())?;
    if ctx.json {
        return render::json(&AddedJson {
            deck: &added.deck,
            new_deck: added.new_deck,
            ids: &added.ids,
        });
    }
    let name = render::cell_text(&added.deck, None);
    let mut text = match added.ids[..] {
        [card, reverse] => {
            format!("Added card {card} and its reverse, card {reverse}, to the deck '{name}'")
        }
        _ => format!("Added card {} to the deck '{name}'", added.ids[0]),
    };
    if added.new_deck {
        text.push_str(", a new deck");
    }
    render::out(&format!("{text}.\n"))
}

/// The card (and its reverse) of `--front`, `--back` and the rest.
fn from_flags(front: &str, args: &AddArgs) -> Result<Vec<Card>> {
    if args.back.is_none() {
        return Err(Error::Usage(
            "--back is missing: give the answer with --back, or leave out --front to write the card in your editor".into(),
        ));
    }
    let spec = CardSpec {
        id: Some("card".into()),
        front: front.to_string(),
        back: args.back.clone(),
        explanation: args.explanation.clone(),
        tags: args.tags.clone(),
        reverse: args.reverse,
        ..CardSpec::default()
    };
    let mut cards = Vec::new();
    validate_card("the card", 0, spec, &mut cards).map_err(|e| match e {
        Error::Card { message, .. } => {
            let message = message
                .replace("in \"front\"", "with --front")
                .replace("in \"back\"", "with --back");
            Error::Invalid(format!("the card was not added: {message}"))
        }
        e => e,
    })?;
    Ok(cards)
}
