//! `recall review`: the daily session. Terminal and scripted (line) input,
//! every answer committed before the next card is shown.

pub mod session;

use std::io::{self, BufRead, IsTerminal, Write};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use chrono::Duration;
use comfy_table::Cell;

use crate::cli::ReviewArgs;
use crate::commands::{deck_filter, import_bundled, Context};
use crate::error::Result;
use crate::model::{ReviewKind, Schedule, Settings, StoredCard};
use crate::render::{self, num, sanitize, Style};
use crate::sched::{self, Grade};
use crate::store::{Answer, LogCopier, Store};

use session::{choice_order, letter, Item, Session};

/// Held while an answer or an undo is being written, so that Ctrl-C waits
/// for the write to finish before the process leaves.
static WRITING: Mutex<()> = Mutex::new(());

fn writing() -> MutexGuard<'static, ()> {
    WRITING.lock().unwrap_or_else(|e| e.into_inner())
}

/// Ctrl-C ends the session at once, but never in the middle of a write.
fn leave_on_interrupt() {
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
struct Io<'a> {
    input: Box<dyn BufRead + 'a>,
    /// Buffered: a card and its prompt reach the terminal in one write,
    /// flushed before each answer is read.
    out: io::BufWriter<io::StdoutLock<'a>>,
    interactive: bool,
    style: Style,
    /// Copies the session's log into the database while the learner reads.
    copier: Option<LogCopier>,
    /// Time spent copying, kept out of the answer times.
    copying: std::time::Duration,
}

impl Io<'_> {
    fn say(&mut self, text: &str) -> Result<()> {
        writeln!(self.out, "{text}").map_err(render::write_error)
    }

    /// Notes a committed write, for the log copier.
    fn wrote(&mut self) {
        if let Some(copier) = &mut self.copier {
            copier.wrote();
        }
    }

    /// Prompts and reads one line; end of input reads as `q`.
    fn ask(&mut self, prompt: &str) -> Result<Cmd> {
        write!(self.out, "{prompt} ").map_err(render::write_error)?;
        self.out.flush().map_err(render::write_error)?;
        // The card is on screen: a moment no answer is waiting on.
        if let Some(copier) = &mut self.copier {
            let start = Instant::now();
            match copier.copy_if_due() {
                Ok(copied) => {
                    if copied {
                        self.copying += start.elapsed();
                    }
                }
                // Housekeeping only: every answer is already in the log,
                // which SQLite copies back when the session closes.
                Err(_) => self.copier = None,
            }
        }
        let mut line = String::new();
        let n = self
            .input
            .read_line(&mut line)
            .map_err(|e| crate::error::Error::io(format!("cannot read the answer: {e}")))?;
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

pub fn run(ctx: &Context, args: &ReviewArgs) -> Result<()> {
    let mut store = ctx.open()?;
    leave_on_interrupt();
    let stdin = io::stdin();
    let interactive = stdin.is_terminal();
    let mut io = Io {
        input: Box::new(stdin.lock()),
        out: io::BufWriter::new(io::stdout().lock()),
        interactive,
        style: ctx.style,
        copier: None,
        copying: std::time::Duration::ZERO,
    };
    if store.is_empty()? {
        let added = import_bundled(ctx, &mut store)?;
        for d in &added {
            io.say(&format!(
                "Your collection was empty, so recall imported the bundled deck '{}' ({}).",
                d.name,
                render::count(d.added, "card", "cards")
            ))?;
        }
    }
    let settings = store.settings()?;
    let today = ctx.today(&settings);
    let deck_id = deck_filter(&store, args.deck.as_deref())?;
    // The daily limits are the collection's, whichever deck is studied.
    let done = store.day_counts(today, None)?;
    let new_limit = args
        .new
        .unwrap_or_else(|| settings.new_per_day.saturating_sub(done.new_seen));
    let review_limit = args.limit.or_else(|| {
        settings
            .reviews_per_day
            .map(|n| n.saturating_sub(done.reviews))
    });
    let cards = store.queue(today, deck_id, review_limit, new_limit)?;
    if cards.is_empty() {
        let next = store.next_due(today, deck_id)?;
        let mut msg = "Nothing to review now.".to_string();
        if let Some((day, n)) = next {
            msg += &format!(" Next: {} due on {day}.", render::count(n, "card", "cards"));
        }
        if store.new_count(deck_id)? > 0 && new_limit == 0 {
            msg += " Today's new cards are done; `recall review --new N` learns more.";
        }
        return io.say(&msg);
    }
    let due_n = cards.iter().filter(|c| c.due.is_some()).count();
    io.say(&format!(
        "{} to study: {due_n} due, {} new.",
        render::count(cards.len() as u64, "card", "cards"),
        cards.len() - due_n,
    ))?;
    let started = Instant::now();
    io.copier = Some(store.defer_checkpoints()?);
    let mut session = Session::new(cards);
    let seed = ctx.clock.start().timestamp() as u64;
    while let Some(item) = session.current().cloned() {
        let (pos, total) = session.progress();
        let card = &item.card;
        let drill = if item.drill { " · again" } else { "" };
        io.say("")?;
        let header = format!("[{pos}/{total}] {}{drill}", sanitize(&card.deck, false));
        io.say(&ctx.style.dim(&header))?;
        io.say(&ctx.style.bold(&sanitize(&card.front, true)))?;
        let shown = Instant::now();
        let copying = io.copying;
        let step = match &card.choices {
            Some(choices) => ask_choice(&mut io, card, choices, seed)?,
            None => ask_plain(&mut io, card)?,
        };
        let thinking = shown.elapsed().saturating_sub(io.copying - copying);
        match step {
            Cmd::Grade(grade) => {
                let answer_ms = thinking.as_millis() as i64;
                let at = ctx.clock.start()
                    + Duration::milliseconds(started.elapsed().as_millis() as i64);
                apply(
                    &mut io,
                    &mut store,
                    &mut session,
                    &item,
                    grade,
                    today,
                    &settings,
                    at.timestamp_millis(),
                    answer_ms,
                )?;
                io.wrote();
            }
            Cmd::Undo => match session.undo() {
                Some(review_id) => {
                    let _guard = writing();
                    store.undo(review_id)?;
                    io.wrote();
                    io.say(&ctx.style.yellow("Undone: the last answer is taken back."))?;
                }
                None => io.say("Nothing to undo yet.")?,
            },
            Cmd::Skip => {
                if let Some(skipped) = session.skip() {
                    if !skipped.drill {
                        store.bury(skipped.card.id, Some(today.plus(1)))?;
                        io.wrote();
                    }
                    io.say("Skipped until tomorrow.")?;
                }
            }
            _ => break,
        }
    }
    summary(&mut io, &store, &session, started, today, deck_id)?;
    io.out.flush().map_err(render::write_error)?;
    store.checkpoint()
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
        let cmd = io.ask(
            &io.style
                .dim(&format!("answer a–{last} · u undo · s skip · q quit >")),
        )?;
        match cmd {
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
                let default = Grade::new(if correct { 4 } else { 1 }).expect("valid grade");
                if !io.interactive {
                    return Ok(Cmd::Grade(default));
                }
                return ask_grade(io, Some(default));
            }
            Cmd::Grade(g) => {
                reveal(io, card, None)?;
                return Ok(Cmd::Grade(g));
            }
            Cmd::Undo | Cmd::Skip | Cmd::Quit => return Ok(cmd),
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
        io.say(&io.style.dim(Grade::LEGEND))?;
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

#[allow(clippy::too_many_arguments)]
fn apply(
    io: &mut Io,
    store: &mut Store,
    session: &mut Session,
    item: &Item,
    grade: Grade,
    today: crate::clock::Day,
    settings: &Settings,
    at_ms: i64,
    answer_ms: i64,
) -> Result<()> {
    let card = &item.card;
    let before = Schedule::of(card);
    let (kind, after, became_leech) = if item.drill {
        (ReviewKind::Drill, before, false)
    } else {
        let o = sched::answer(before, grade, today, settings);
        let kind = if card.due.is_none() {
            ReviewKind::New
        } else {
            ReviewKind::Review
        };
        (kind, o.after, o.became_leech)
    };
    let answer = Answer {
        card_id: card.id,
        grade,
        kind,
        before,
        after,
        at_ms,
        day: today,
        answer_ms,
    };
    let recorded = {
        let _guard = writing();
        store.record(&answer)?
    };
    match recorded {
        Some(review_id) => {
            let mut card_after = card.clone();
            card_after.sm2 = after.sm2;
            card_after.due = after.due;
            card_after.leech = after.leech;
            card_after.suspended = after.suspended;
            if !item.drill {
                let next = after.due.map(|d| d.to_string()).unwrap_or_default();
                io.say(&io.style.dim(&format!(
                    "  next in {}, on {next} · ease {}",
                    render::count(after.sm2.interval, "day", "days"),
                    after.sm2.ease
                )))?;
            }
            if grade.value() < 4 {
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
            session.answered(review_id, grade, card_after);
        }
        None => {
            io.say("This card was answered in another session meanwhile; moving on.")?;
            session.drop_current();
        }
    }
    Ok(())
}

fn summary(
    io: &mut Io,
    store: &Store,
    session: &Session,
    started: Instant,
    today: crate::clock::Day,
    deck_id: Option<i64>,
) -> Result<()> {
    let t = session.tally();
    let secs = started.elapsed().as_secs();
    let next = match store.next_due(today, deck_id)? {
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
