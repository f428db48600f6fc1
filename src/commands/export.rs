//! `recall export`: a deck as a native deck (optionally a full backup with
//! schedules and history) or as Anki's tab-separated text.

use std::collections::HashMap;

use crate::anki;
use crate::cli::{ExportArgs, ExportFormat};
use crate::deck::{self, history, CardSpec, DeckFile, FORMAT};
use crate::error::{Error, Result, QUOTED};
use crate::model::StoredCard;
use crate::render;
use crate::store::{CardFilter, Scope, Store, Tags};

use super::{write_atomically, Context};

pub fn run(ctx: &Context, args: &ExportArgs) -> Result<()> {
    let store = ctx.open()?;
    if args.format == ExportFormat::Apkg {
        return apkg(ctx, &store, args);
    }
    let (deck_id, name, description) = choose_deck(&store, args.deck.as_deref())?;
    let cards = store.cards(&CardFilter {
        scope: Scope::decks(vec![deck_id]),
        query: None,
        tags: Tags::any_of(&args.tags)?,
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
        ExportFormat::Apkg => return apkg(ctx, &store, args),
        ExportFormat::Tsv => {
            if args.with_history {
                return Err(Error::Usage(
                    "--with-history needs --format json: Anki's text format has no place for schedules".into(),
                ));
            }
            anki::tsv::write(&name, &cards)?
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
                    render::excerpt(&name, QUOTED),
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
            let mut names: Vec<String> = decks
                .iter()
                .take(5)
                .map(|d| format!("'{}'", render::excerpt(&d.1, QUOTED)))
                .collect();
            if decks.len() > names.len() {
                names.push(format!("{} more", decks.len() - names.len()));
            }
            return Err(Error::Usage(format!(
                "the collection has {} decks ({}); choose one with --deck",
                decks.len(),
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

/// `--format apkg`: the deck (or every deck) as an Anki package, to `-o
/// FILE` or to standard output when that is not a terminal.
fn apkg(ctx: &Context, store: &Store, args: &ExportArgs) -> Result<()> {
    use std::io::IsTerminal;
    if args.output.is_none() && std::io::stdout().is_terminal() {
        return Err(Error::Usage(
            "an Anki package is a zip file, not text for the terminal — write it with -o FILE.apkg"
                .into(),
        ));
    }
    let decks = export_decks(store, args)?;
    let settings = store.settings()?;
    let options = anki::export::Options {
        with_history: args.with_history,
        now: ctx.clock.start(),
        today: ctx.today(&settings),
        day_start_hour: settings.day_start_hour,
    };
    let mut bytes = std::io::Cursor::new(Vec::new());
    let notes = anki::export::write(&decks, &options, &mut bytes)?;
    let cards: usize = decks.iter().map(|d| d.cards.len()).sum();
    match &args.output {
        Some(path) => {
            write_atomically(path, bytes.get_ref())?;
            render::note(
                &ctx.style,
                &format!(
                    "Wrote {} ({}) of {} to {}.",
                    render::count(cards as u64, "card", "cards"),
                    render::count(notes as u64, "Anki note", "Anki notes"),
                    render::count(decks.len() as u64, "deck", "decks"),
                    path.display()
                ),
            );
            Ok(())
        }
        None => {
            let mut out = std::io::stdout().lock();
            std::io::Write::write_all(&mut out, bytes.get_ref())
                .and_then(|()| std::io::Write::flush(&mut out))
                .map_err(render::write_error)
        }
    }
}

/// The deck of `--deck`, or every deck, with its cards and (with
/// `--with-history`) each card's review log.
fn export_decks(store: &Store, args: &ExportArgs) -> Result<Vec<anki::export::ExportDeck>> {
    let chosen: Vec<(i64, String)> = match args.deck.as_deref() {
        Some(name) => {
            let id = store.deck_id(name)?;
            store
                .decks()?
                .into_iter()
                .filter(|d| d.0 == id)
                .map(|d| (d.0, d.1))
                .collect()
        }
        None => store.decks()?.into_iter().map(|d| (d.0, d.1)).collect(),
    };
    if chosen.is_empty() {
        return Err(Error::Invalid(
            "the collection has no decks to export".into(),
        ));
    }
    let mut decks = Vec::with_capacity(chosen.len());
    for (deck_id, name) in chosen {
        let filter = CardFilter {
            scope: Scope::decks(vec![deck_id]),
            query: None,
            tags: Tags::any_of(&args.tags)?,
        };
        let mut history: HashMap<i64, Vec<crate::model::LoggedReview>> = HashMap::new();
        if args.with_history {
            for (card_id, review) in store.history(deck_id)? {
                history.entry(card_id).or_default().push(review);
            }
        }
        decks.push(anki::export::ExportDeck {
            name,
            cards: store.cards(&filter)?,
            history,
        });
    }
    Ok(decks)
}
