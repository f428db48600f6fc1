//! The session on a terminal or a script: shows each card, reads what the
//! learner types, and tells the [`Study`] what to do. On a pipe it reads one
//! command per line, each answering the card shown.

use std::io::{self, BufRead, Write};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use comfy_table::Cell;

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::model::StoredCard;
use crate::render::{self, num, sanitize, Style};
use crate::sched::Grade;

use super::session::{choice_order, letter, Item};
use super::study::{Answered, Study};

/// The legend, as SM-2 defines the grades: passing grades on the first
/// line, failing ones on the second, so it fits a terminal.
const LEGEND: &str = "5 perfect · 4 correct after hesitation · 3 correct with serious difficulty\n2 wrong, but the answer seemed easy · 1 wrong, the answer remembered · 0 complete blackout";

/// Held while an answer or an undo is being written, so that Ctrl-C waits
/// for the write to finish before the process leaves.
static WRITING: Mutex<()> = Mutex::new(());

fn writing() -> MutexGuard<'static, ()> {
    WRITING.lock().unwrap_or_else(|e| e.into_inner())
}

/// Ctrl-C ends the session at once, but never in the middle of a write.
pub fn leave_on_interrupt() {
    // Failing to install the handler only means Ctrl-C ends the process the
    // default way, which loses nothing either: every answer is committed.
    let _ = ctrlc::set_handler(|| {
        let _guard = writing();
        eprintln!("\nInterrupted: every answer so far is saved.");
        std::process::exit(130);
    });
}

/// What the learner typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cmd {
    Grade(Grade),
    Letter(usize),
    Undo,
    Skip,
    Quit,
    Empty,
    Other,
}

fn parse_cmd(line: &str) -> Cmd {
    let t = line.trim().to_lowercase();
    match t.as_str() {
        "" => Cmd::Empty,
        "u" | "undo" => Cmd::Undo,
        "s" | "skip" => Cmd::Skip,
        "q" | "quit" | "exit" => Cmd::Quit,
        _ => {
            let mut chars = t.chars();
            match (chars.next(), chars.next()) {
                (Some(c @ '0'..='9'), None) => c
                    .to_digit(10)
                    .and_then(|d| Grade::new(d as u8))
                    .map_or(Cmd::Other, Cmd::Grade),
                (Some(c @ 'a'..='z'), None) => Cmd::Letter(usize::from(c as u8 - b'a')),
                _ => Cmd::Other,
            }
        }
    }
}

/// The terminal (or script) the session talks to.
pub struct Io<'a> {
    input: Box<dyn BufRead + 'a>,
    /// Buffered: a card and its prompt reach the terminal in one write,
    /// flushed before each answer is read.
    out: io::BufWriter<Box<dyn Write + 'a>>,
    interactive: bool,
    style: Style,
}

impl<'a> Io<'a> {
    pub fn new(
        input: Box<dyn BufRead + 'a>,
        out: Box<dyn Write + 'a>,
        interactive: bool,
        style: Style,
    ) -> Io<'a> {
        Io {
            input,
            out: io::BufWriter::new(out),
            interactive,
            style,
        }
    }

    pub fn say(&mut self, text: &str) -> Result<()> {
        writeln!(self.out, "{text}").map_err(render::write_error)
    }

    pub fn flush(&mut self) -> Result<()> {
        self.out.flush().map_err(render::write_error)
    }

    /// Prompts and reads one line; end of input reads as `q`.
    fn ask(&mut self, prompt: &str) -> Result<Cmd> {
        write!(self.out, "{prompt} ").map_err(render::write_error)?;
        self.flush()?;
        let mut line = String::new();
        let n = self
            .input
            .read_line(&mut line)
            .map_err(|e| Error::read(std::path::Path::new("standard input"), e))?;
        if n == 0 {
            writeln!(self.out).map_err(render::write_error)?;
            return Ok(Cmd::Quit);
        }
        if !self.interactive {
            // echo scripted answers so a transcript reads like a session
            writeln!(self.out, "{}", sanitize(line.trim(), false)).map_err(render::write_error)?;
        }
        Ok(parse_cmd(&line))
    }
}

/// Runs the session until its queue is empty or the learner quits, then
/// prints the summary.
pub fn run(study: &mut Study, io: &mut Io, clock: &Clock) -> Result<()> {
    let started = Instant::now();
    let seed = clock.start().timestamp() as u64;
    while let Some(item) = study.current().cloned() {
        show(io, study, &item)?;
        let shown = Instant::now();
        let step = match &item.card.choices {
            Some(choices) => ask_choice(io, &item.card, choices, seed)?,
            None => ask_plain(io, &item.card)?,
        };
        let answer_ms = shown.elapsed().as_millis() as i64;
        let at_ms = clock.start().timestamp_millis() + started.elapsed().as_millis() as i64;
        if !act(io, study, step, at_ms, answer_ms)? {
            break;
        }
    }
    summary(io, study, started)?;
    io.flush()
}

fn show(io: &mut Io, study: &Study, item: &Item) -> Result<()> {
    let (pos, total) = study.progress();
    let again = if item.drill { " · again" } else { "" };
    let header = format!(
        "[{pos}/{total}] {}{again}",
        sanitize(&item.card.deck, false)
    );
    io.say("")?;
    io.say(&io.style.dim(&header))?;
    io.say(&io.style.bold(&sanitize(&item.card.front, true)))
}

/// Does what the learner asked; false when the session ends.
fn act(io: &mut Io, study: &mut Study, step: Cmd, at_ms: i64, answer_ms: i64) -> Result<bool> {
    match step {
        Cmd::Grade(grade) => {
            let done = {
                let _guard = writing();
                study.answer(grade, at_ms, answer_ms)?
            };
            report(io, done)?;
        }
        Cmd::Undo => {
            let undone = {
                let _guard = writing();
                study.undo()
            };
            match undone {
                Ok(true) => io.say(&io.style.yellow("Undone: the last answer is taken back."))?,
                Ok(false) => io.say("Nothing to undo yet.")?,
                Err(Error::Invalid(why)) => {
                    io.say(&io.style.yellow(&format!("Not undone: {why}.")))?
                }
                Err(e) => return Err(e),
            }
        }
        Cmd::Skip => {
            if study.skip()? {
                io.say("Skipped until tomorrow.")?;
            }
        }
        _ => return Ok(false),
    }
    Ok(true)
}

fn report(io: &mut Io, done: Answered) -> Result<()> {
    let Answered::Recorded {
        after,
        drill,
        again,
        became_leech,
    } = done
    else {
        return io.say("This card was answered in another session meanwhile; moving on.");
    };
    if !drill {
        let next = after.due.map(|d| d.to_string()).unwrap_or_default();
        io.say(&io.style.dim(&format!(
            "  next in {}, on {next} · ease {}",
            render::count(after.sm2.interval, "day", "days"),
            after.sm2.ease
        )))?;
    }
    if again {
        io.say(&io.style.dim("  It comes back at the end of this session."))?;
    }
    if became_leech {
        let extra = if after.suspended {
            " and suspended"
        } else {
            ""
        };
        io.say(&io.style.yellow(&format!(
            "  This card is a leech ({} lapses): tagged leech{extra}. Consider rewriting it.",
            after.sm2.lapses
        )))?;
    }
    Ok(())
}

/// A plain card: front, reveal, back, grade.
fn ask_plain(io: &mut Io, card: &StoredCard) -> Result<Cmd> {
    if io.interactive {
        let prompt = io
            .style
            .dim("[Enter] show answer · u undo · s skip · q quit >");
        let cmd = io.ask(&prompt)?;
        if matches!(cmd, Cmd::Undo | Cmd::Skip | Cmd::Quit) {
            return Ok(cmd);
        }
    }
    reveal(io, card, None)?;
    ask_grade(io, None)
}

/// A multiple-choice card: lettered options, right/wrong, then a grade.
fn ask_choice(io: &mut Io, card: &StoredCard, choices: &[String], seed: u64) -> Result<Cmd> {
    let order = choice_order(choices.len(), card.id, seed);
    for (i, &c) in order.iter().enumerate() {
        io.say(&format!(
            "  {}) {}",
            letter(i),
            sanitize(&choices[c], false)
        ))?;
    }
    let right = card.answer.unwrap_or(0);
    let last = letter(order.len() - 1);
    loop {
        let prompt = io
            .style
            .dim(&format!("answer a–{last} · u undo · s skip · q quit >"));
        match io.ask(&prompt)? {
            Cmd::Letter(i) if i < order.len() => {
                let correct = order[i] == right;
                let shown_right = order.iter().position(|&c| c == right).unwrap_or(0);
                let verdict = if correct {
                    io.style.green("✓ Right.")
                } else {
                    io.style.red(&format!(
                        "✗ Wrong — the answer is {}) {}.",
                        letter(shown_right),
                        sanitize(&choices[right], false)
                    ))
                };
                reveal(io, card, Some(&verdict))?;
                let default = Grade::new(if correct { 4 } else { 1 }).expect("a grade");
                if !io.interactive {
                    return Ok(Cmd::Grade(default));
                }
                return ask_grade(io, Some(default));
            }
            Cmd::Grade(g) => {
                reveal(io, card, None)?;
                return Ok(Cmd::Grade(g));
            }
            cmd @ (Cmd::Undo | Cmd::Skip | Cmd::Quit) => return Ok(cmd),
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

fn ask_grade(io: &mut Io, default: Option<Grade>) -> Result<Cmd> {
    if io.interactive {
        io.say(&io.style.dim(LEGEND))?;
    }
    let prompt = match default {
        Some(g) => format!(
            "grade 0–5 [Enter = {}] · u undo · s skip · q quit >",
            g.value()
        ),
        None => "grade 0–5 · u undo · s skip · q quit >".to_string(),
    };
    loop {
        match io.ask(&io.style.dim(&prompt))? {
            Cmd::Empty if default.is_some() => return Ok(Cmd::Grade(default.expect("checked"))),
            cmd @ (Cmd::Grade(_) | Cmd::Undo | Cmd::Skip | Cmd::Quit) => return Ok(cmd),
            _ => io.say("Type a grade from 0 to 5, u to undo, s to skip or q to quit.")?,
        }
    }
}

fn summary(io: &mut Io, study: &Study, started: Instant) -> Result<()> {
    let t = study.tally();
    let secs = started.elapsed().as_secs();
    let next = match study.next_due()? {
        Some((day, n)) => format!("{day} ({})", render::count(n, "card", "cards")),
        None => "–".to_string(),
    };
    let mut table = render::table(&[
        "reviewed", "new", "passed", "drills", "skipped", "time", "next due",
    ]);
    table.add_row(vec![
        num(t.reviewed),
        num(t.new),
        num(render::percent(t.passed as u64, t.reviewed as u64)),
        num(t.drills),
        num(t.skipped),
        num(format!("{}:{:02}", secs / 60, secs % 60)),
        Cell::new(next),
    ]);
    io.say("")?;
    io.say(&format!("Session over.\n{table}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_parse() {
        assert_eq!(parse_cmd("4\n"), Cmd::Grade(Grade::new(4).unwrap()));
        assert_eq!(parse_cmd(" b "), Cmd::Letter(1));
        assert_eq!(parse_cmd("U"), Cmd::Undo);
        assert_eq!(parse_cmd("s"), Cmd::Skip);
        assert_eq!(parse_cmd("q"), Cmd::Quit);
        assert_eq!(parse_cmd(""), Cmd::Empty);
        assert_eq!(parse_cmd("7"), Cmd::Other);
        assert_eq!(parse_cmd("ab"), Cmd::Other);
    }
}
