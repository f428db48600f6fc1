//! `recall export`: a deck as a native deck (optionally a full backup with
//! schedules and history) or as Anki's tab-separated text.

use std::collections::HashMap;

use crate::cli::{ExportArgs, ExportFormat};
use crate::deck::{self, history, CardSpec, DeckFile, FORMAT};
use crate::error::{Error, Result};
use crate::model::StoredCard;
use crate::render;
use crate::store::{CardFilter, Scope, Store};

use super::{write_atomically, Context};

pub fn run(ctx: &Context, args: &ExportArgs) -> Result<()> {
    let store = ctx.open()?;
    let (deck_id, name, description) = choose_deck(&store, args.deck.as_deref())?;
    let cards = store.cards(&CardFilter {
        scope: Scope::decks(vec![deck_id]),
        query: None,
    })?;
    let text = match args.format {
        ExportFormat::Json => {
            let mut log: HashMap<i64, Vec<history::ReviewSpec>> = HashMap::new();
            if args.with_history {
                for (card_id, review) in store.history(deck_id)? {
                    log.entry(card_id)
                        .or_default()
                        .push(history::review_spec(&review));
                }
            }
            let file = DeckFile {
                format: FORMAT.to_string(),
                name: name.clone(),
                description,
                cards: cards
                    .iter()
                    .map(|c| spec(c, args.with_history, log.remove(&c.id).unwrap_or_default()))
                    .collect(),
            };
            deck::to_json(&file)
        }
        ExportFormat::Tsv => {
            if args.with_history {
                return Err(Error::Usage(
                    "--with-history needs --format json: Anki's text format has no place for schedules".into(),
                ));
            }
            tsv(&name, &cards)
        }
    };
    match &args.output {
        Some(path) => {
            write_atomically(path, &text)?;
            render::note(
                &ctx.style,
                &format!(
                    "Wrote {} of deck '{}' to {}.",
                    render::count(cards.len() as u64, "card", "cards"),
                    render::cell_text(&name, None),
                    path.display()
                ),
            );
            Ok(())
        }
        None => render::out(&text),
    }
}

fn choose_deck(store: &Store, deck: Option<&str>) -> Result<(i64, String, Option<String>)> {
    let decks = store.decks()?;
    let found = match deck {
        Some(name) => {
            let id = store.deck_id(name)?;
            decks.into_iter().find(|d| d.0 == id)
        }
        None if decks.len() == 1 => decks.into_iter().next(),
        None if decks.is_empty() => {
            return Err(Error::Invalid(
                "the collection has no decks to export".into(),
            ));
        }
        None => {
            let names: Vec<String> = decks.into_iter().map(|d| format!("'{}'", d.1)).collect();
            return Err(Error::Usage(format!(
                "the collection has {} decks ({}); choose one with --deck",
                names.len(),
                names.join(", ")
            )));
        }
    };
    found.ok_or_else(|| Error::NoSuchDeck(deck.unwrap_or_default().to_string()))
}

fn spec(c: &StoredCard, with_history: bool, history: Vec<history::ReviewSpec>) -> CardSpec {
    let s = &c.schedule;
    let schedule = (with_history && (s.due.is_some() || s.suspended || !history.is_empty()))
        .then(|| history::schedule_spec(s));
    CardSpec {
        id: Some(c.key.clone()),
        front: c.front.clone(),
        back: Some(c.back.clone()),
        explanation: c.explanation.clone(),
        tags: c.tags.clone(),
        source: c.source.clone(),
        choices: c.choices.clone(),
        answer: c.answer,
        reverse: false,
        schedule,
        history,
    }
}

/// One field of Anki text: quoted when it holds a tab, a newline or a quote.
fn field(s: &str) -> String {
    if s.contains(['\t', '\n', '\r', '"']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn tsv(name: &str, cards: &[StoredCard]) -> String {
    let mut out = format!(
        "#separator:tab\n#html:false\n#deck:{}\n#guid column:1\n#tags column:4\n#columns:Guid\tFront\tBack\tTags\tExplanation\n",
        name.replace(['\n', '\r'], " ")
    );
    for c in cards {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            field(&c.key),
            field(&c.front),
            field(&c.back),
            field(&c.all_tags().join(" ")),
            field(c.explanation.as_deref().unwrap_or(""))
        ));
    }
    out
}
