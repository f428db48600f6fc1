//! The session at a terminal, one key per action: Space or Enter shows the
//! answer, a digit grades at once (the answer shown first if it was not),
//! a letter picks a multiple-choice option, `u`, `s` and `q` act at once,
//! `?` explains, `i` shows where the card comes from. Text is wrapped at
//! word boundaries to the terminal, at most [`screen::MEASURE`] columns.

use crate::error::Result;
use crate::model::StoredCard;
use crate::sched::Grade;

use super::keys::Key;
use super::screen;
use super::session::{choice_verdict, letter, Item};
use super::study::Study;
use super::terminal::{Cmd, Io, Paint};

/// The first cards of a session show the whole grade legend; after them,
/// a line of keys (`?` brings the legend back).
const FULL_LEGEND_CARDS: usize = 3;

/// The progress line, the front and, for a multiple-choice card, its
/// options in `order`.
pub(super) fn show(io: &mut Io, study: &Study, item: &Item, order: Option<&[usize]>) -> Result<()> {
    let width = io.width();
    let (left, repeats) = study.left();
    let line = screen::progress(&item.card.deck, left, repeats, item.drill, width);
    io.say("")?;
    io.say(&io.style.dim(&line))?;
    let front = screen::wrap(&item.card.front, width, "", "");
    io.say_all(&front, Paint::Bold)?;
    if let (Some(order), Some(choices)) = (order, &item.card.choices) {
        for (i, &c) in order.iter().enumerate() {
            let first = format!("  {}) ", letter(i));
            io.say_all(
                &screen::wrap(&choices[c], width, &first, "     "),
                Paint::Plain,
            )?;
        }
    }
    Ok(())
}

/// Reads keys until the learner grades the card, undoes, skips or quits.
/// `seen` is how many cards this session has shown before this one.
pub(super) fn ask(
    io: &mut Io,
    card: &StoredCard,
    order: Option<&[usize]>,
    seen: usize,
) -> Result<Cmd> {
    let options = order.map_or(0, <[usize]>::len);
    let default = loop {
        io.prompt(&io.style.dim(&screen::front_keys(options)))?;
        let key = io.key()?;
        io.clear_prompt()?;
        match key {
            Key::Space | Key::Enter => {
                reveal(io, card)?;
                break None;
            }
            Key::Char(c) if options > 0 && c.is_ascii_lowercase() && !"usq".contains(c) => {
                let i = usize::from(c as u8 - b'a');
                if let Some(order) = order.filter(|o| i < o.len()) {
                    break Some(picked(io, card, order, i)?);
                }
            }
            Key::Char('?') => io.say_all(&screen::help(io.width()), Paint::Dim)?,
            key => {
                if let Some(cmd) = command(key) {
                    if let Cmd::Grade(_) = cmd {
                        reveal(io, card)?;
                    }
                    return Ok(cmd);
                }
            }
        }
    };
    if seen < FULL_LEGEND_CARDS {
        io.say_all(&screen::legend(io.width()), Paint::Dim)?;
    }
    grade(io, card, default)
}

/// A grade, undo, skip or quit key, whatever the step.
fn command(key: Key) -> Option<Cmd> {
    match key {
        Key::Char(c @ '0'..='5') => Grade::new(c as u8 - b'0').map(Cmd::Grade),
        Key::Char('u') => Some(Cmd::Undo),
        Key::Char('s') => Some(Cmd::Skip),
        Key::Char('q') | Key::Leave => Some(Cmd::Quit),
        _ => None,
    }
}

/// Option `i` (as shown) was picked: right or wrong, then the answer.
/// Returns the grade Enter gives: 4 when right, 1 when wrong.
fn picked(io: &mut Io, card: &StoredCard, order: &[usize], i: usize) -> Result<u8> {
    let (correct, verdict) = choice_verdict(card, order, i);
    let lines = screen::wrap(&verdict, io.width(), "", "  ");
    let paint = if correct { Paint::Green } else { Paint::Red };
    io.say_all(&lines, paint)?;
    reveal(io, card)?;
    Ok(if correct { 4 } else { 1 })
}

/// The back and its explanation; the source waits for `i`.
fn reveal(io: &mut Io, card: &StoredCard) -> Result<()> {
    let width = io.width();
    let back = screen::wrap(&card.back, width, "→ ", "  ");
    io.say_all(&back, Paint::Plain)?;
    if let Some(e) = &card.explanation {
        io.say_all(&screen::wrap(e, width, "  ", "  "), Paint::Plain)?;
    }
    Ok(())
}

fn grade(io: &mut Io, card: &StoredCard, default: Option<u8>) -> Result<Cmd> {
    loop {
        io.prompt(&io.style.dim(&screen::grade_keys(default)))?;
        let key = io.key()?;
        io.clear_prompt()?;
        match key {
            Key::Enter => {
                if let Some(g) = default.and_then(Grade::new) {
                    return Ok(Cmd::Grade(g));
                }
            }
            Key::Char('?') => io.say_all(&screen::help(io.width()), Paint::Dim)?,
            Key::Char('i') => {
                let source = card.source.as_deref().unwrap_or("not recorded");
                let lines = screen::wrap(&format!("source: {source}"), io.width(), "  ", "  ");
                io.say_all(&lines, Paint::Dim)?;
            }
            key => {
                if let Some(cmd) = command(key) {
                    return Ok(cmd);
                }
            }
        }
    }
}
