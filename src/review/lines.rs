//! The session on a pipe: one command per line, each answering the card
//! shown (no reveal step), every line echoed so that a transcript reads
//! like a session. Scripts and tests depend on this exact form.

use crate::error::Result;
use crate::model::StoredCard;
use crate::render::sanitize;
use crate::sched::Grade;

use super::session::{choice_verdict, letter, Item};
use super::study::Study;
use super::terminal::{Cmd, Io};

/// What a line says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Line {
    Cmd(Cmd),
    Letter(usize),
    Empty,
    Other,
}

fn parse(line: &str) -> Line {
    let t = line.trim().to_lowercase();
    match t.as_str() {
        "" => Line::Empty,
        "u" | "undo" => Line::Cmd(Cmd::Undo),
        "s" | "skip" => Line::Cmd(Cmd::Skip),
        "q" | "quit" | "exit" => Line::Cmd(Cmd::Quit),
        _ => {
            let mut chars = t.chars();
            match (chars.next(), chars.next()) {
                (Some(c @ '0'..='9'), None) => c
                    .to_digit(10)
                    .and_then(|d| Grade::new(d as u8))
                    .map_or(Line::Other, |g| Line::Cmd(Cmd::Grade(g))),
                (Some(c @ 'a'..='z'), None) => Line::Letter(usize::from(c as u8 - b'a')),
                _ => Line::Other,
            }
        }
    }
}

/// Prompts and reads one line, echoed; the end of input reads as `q`.
fn ask_line(io: &mut Io, prompt: &str) -> Result<Line> {
    io.prompt(prompt)?;
    let Some(line) = io.read_line()? else {
        io.say("")?;
        return Ok(Line::Cmd(Cmd::Quit));
    };
    io.say(&sanitize(line.trim(), false))?;
    Ok(parse(&line))
}

/// The card's header (`[position/cards so far] deck`), front and options.
pub(super) fn show(io: &mut Io, study: &Study, item: &Item, order: Option<&[usize]>) -> Result<()> {
    let (pos, total) = study.progress();
    let again = if item.drill { " · again" } else { "" };
    let header = format!(
        "[{pos}/{total}] {}{again}",
        sanitize(&item.card.deck, false)
    );
    io.say("")?;
    io.say(&io.style.dim(&header))?;
    io.say(&io.style.bold(&sanitize(&item.card.front, true)))?;
    if let (Some(order), Some(choices)) = (order, &item.card.choices) {
        for (i, &c) in order.iter().enumerate() {
            io.say(&format!(
                "  {}) {}",
                letter(i),
                sanitize(&choices[c], false)
            ))?;
        }
    }
    Ok(())
}

/// Reads what to do with the card shown.
pub(super) fn ask(io: &mut Io, card: &StoredCard, order: Option<&[usize]>) -> Result<Cmd> {
    match (order, &card.choices) {
        (Some(order), Some(_)) => ask_choice(io, card, order),
        _ => {
            reveal(io, card, None)?;
            ask_grade(io)
        }
    }
}

/// A multiple-choice card: a letter is graded (right 4, wrong 1), a
/// digit is a grade.
fn ask_choice(io: &mut Io, card: &StoredCard, order: &[usize]) -> Result<Cmd> {
    let last = letter(order.len() - 1);
    loop {
        let prompt = io
            .style
            .dim(&format!("answer a–{last} · u undo · s skip · q quit >"));
        match ask_line(io, &prompt)? {
            Line::Letter(i) if i < order.len() => {
                let (correct, verdict) = choice_verdict(card, order, i);
                let verdict = sanitize(&verdict, false);
                let verdict = match correct {
                    true => io.style.green(&verdict),
                    false => io.style.red(&verdict),
                };
                reveal(io, card, Some(&verdict))?;
                let grade = Grade::new(if correct { 4 } else { 1 }).expect("a grade");
                return Ok(Cmd::Grade(grade));
            }
            Line::Cmd(cmd @ Cmd::Grade(_)) => {
                reveal(io, card, None)?;
                return Ok(cmd);
            }
            Line::Cmd(cmd) => return Ok(cmd),
            _ => io.say(&format!(
                "Type a letter from a to {last}, or a grade 0–5, u to undo, s to skip, q to quit."
            ))?,
        }
    }
}

fn reveal(io: &mut Io, card: &StoredCard, verdict: Option<&str>) -> Result<()> {
    if let Some(v) = verdict {
        io.say(v)?;
    }
    io.say(&format!(
        "{} {}",
        io.style.dim("→"),
        sanitize(&card.back, true)
    ))?;
    if let Some(e) = &card.explanation {
        io.say(&format!("  {}", sanitize(e, true)))?;
    }
    if let Some(s) = &card.source {
        io.say(&io.style.dim(&format!("  source: {}", sanitize(s, false))))?;
    }
    Ok(())
}

fn ask_grade(io: &mut Io) -> Result<Cmd> {
    let prompt = io.style.dim("grade 0–5 · u undo · s skip · q quit >");
    loop {
        match ask_line(io, &prompt)? {
            Line::Cmd(cmd) => return Ok(cmd),
            _ => io.say("Type a grade from 0 to 5, u to undo, s to skip or q to quit.")?,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_parse() {
        assert_eq!(parse("4\n"), Line::Cmd(Cmd::Grade(Grade::new(4).unwrap())));
        assert_eq!(parse(" b "), Line::Letter(1));
        assert_eq!(parse("U"), Line::Cmd(Cmd::Undo));
        assert_eq!(parse("s"), Line::Cmd(Cmd::Skip));
        assert_eq!(parse("q"), Line::Cmd(Cmd::Quit));
        assert_eq!(parse(""), Line::Empty);
        assert_eq!(parse("7"), Line::Other);
        assert_eq!(parse("ab"), Line::Other);
    }
}
