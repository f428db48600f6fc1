//! `recall edit ID`: the card in the editor, in the template `add` uses;
//! saving changes its text and tags and keeps its schedule and history.

use crate::cli::EditArgs;
use crate::deck::template::Draft;
use crate::error::{Error, Result};
use crate::model::StoredCard;
use crate::render;

use super::editor::{self, Written};
use super::Context;

/// The template of a stored card.
pub fn draft(card: &StoredCard) -> Draft {
    let right = card.answer.unwrap_or(usize::MAX);
    Draft {
        front: card.front.clone(),
        back: card.back.clone(),
        explanation: card.explanation.clone().unwrap_or_default(),
        options: card
            .choices
            .iter()
            .flatten()
            .enumerate()
            .map(|(i, c)| (c.clone(), i == right))
            .collect(),
        tags: card.tags.clone(),
    }
}

pub fn run(ctx: &Context, args: &EditArgs) -> Result<()> {
    let mut store = ctx.open()?;
    let id = args.id;
    let card = store
        .card(id)?
        .ok_or_else(|| Error::NoSuchCard(id.to_string()))?;
    let origin = store
        .card_origin(id)?
        .ok_or_else(|| Error::NoSuchCard(id.to_string()))?;
    let mut about = vec![format!(
        "Card {id} of the deck \"{}\" (key {}). Its schedule and history stay as they are.",
        card.deck, card.key
    )];
    if let Some(source) = &card.source {
        about.push(format!("Source: {source}"));
    }
    about.push(match origin.added {
        true => "Added with `recall add`: no deck file has it.".to_string(),
        false => "From a deck file: its next import keeps this edit, except in a field the file changes too (then the file's text wins, and the import says so).".to_string(),
    });
    let before = draft(&card);
    let (after, cards) = match editor::write_card(&before, &about, false)? {
        Written::Card(after, cards) => (after, cards),
        Written::Nothing => {
            render::note(&ctx.style, &format!("Card {id} was not changed."));
            return Ok(());
        }
    };
    if after == before {
        render::note(&ctx.style, &format!("Card {id} is unchanged."));
        return Ok(());
    }
    store.edit_card(id, &cards[0])?;
    render::note(
        &ctx.style,
        &format!("Saved card {id}; its schedule and history are kept."),
    );
    Ok(())
}
