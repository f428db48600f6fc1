//! The session with a person or a script. [`Io`] is what it talks through:
//! single keys on a terminal ([`super::interactive`], raw mode from
//! [`super::keys`]), one command per line on a pipe ([`super::lines`]).
//! [`run`] is the loop: show a card, get a command, have the [`Study`] do
//! it, say what happened; then the summary.

use std::collections::HashMap;
use std::io::{self, BufRead, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use comfy_table::Cell;
use crossterm::cursor::MoveToColumn;
use crossterm::terminal::{Clear, ClearType};

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::model::StoredCard;
use crate::render::{self, num, Style};
use crate::sched::Grade;

use super::keys::{self, Key, Keys};
use super::session::{choice_order, fresh_order};
use super::study::{is_busy, Answered, Study};
use super::{interactive, lines, screen};

/// The longest time one answer is logged as taking: a learner who walks
/// away from a card has not been studying it (Anki caps it the same way).
const MAX_ANSWER_MS: u128 = 60_000;

/// Held while an answer or an undo is being written, so that Ctrl-C waits
/// for the write to finish before the process leaves.
static WRITING: Mutex<()> = Mutex::new(());

/// Set while an answer waits for another program's write: an interrupt
/// then loses it, and says so.
static WAITING: AtomicBool = AtomicBool::new(false);

fn writing() -> MutexGuard<'static, ()> {
    WRITING.lock().unwrap_or_else(|e| e.into_inner())
}

/// A signal (Ctrl-C on a pipe, SIGTERM, SIGHUP) ends the session at once,
/// but never in the middle of a write, and gives the terminal back.
pub fn leave_on_interrupt() {
    // Failing to install the handler only means a signal ends the process
    // the default way, which loses nothing either: every answer is committed.
    let _ = ctrlc::set_handler(|| {
        let _guard = writing();
        keys::restore();
        let message = match WAITING.load(Ordering::SeqCst) {
            true => "\nInterrupted: the answer waiting to be saved was not saved; every answer before it is.",
            false => "\nInterrupted: every answer so far is saved.",
        };
        // Not eprintln!: with the terminal gone (a hang-up) it would panic
        // this thread and leave the process running.
        let _ = writeln!(io::stderr(), "{message}");
        std::process::exit(130);
    });
}

/// What the learner asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cmd {
    Grade(Grade),
    Undo,
    Skip,
    Quit,
}

/// How [`Io::say_all`] paints its lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Paint {
    Plain,
    Bold,
    Dim,
    Green,
    Red,
}

/// The terminal (or script) the session talks to.
pub struct Io<'a> {
    input: Input<'a>,
    /// Buffered: a card and its prompt reach the terminal in one write,
    /// flushed before each answer is read.
    out: io::BufWriter<Box<dyn Write + 'a>>,
    pub(super) style: Style,
}

enum Input<'a> {
    Lines(Box<dyn BufRead + 'a>),
    /// Single keys, in raw mode.
    Keys(Keys),
}

impl<'a> Io<'a> {
    /// A scripted session: one command per line from `input`.
    pub fn lines(input: Box<dyn BufRead + 'a>, out: Box<dyn Write + 'a>, style: Style) -> Io<'a> {
        Io {
            input: Input::Lines(input),
            out: io::BufWriter::new(out),
            style,
        }
    }

    /// A learner at a terminal: one key per action. The terminal is in raw
    /// mode from here until this is dropped, so that a key pressed while
    /// the session starts waits for it rather than for a line end.
    pub fn keys(out: Box<dyn Write + 'a>, style: Style) -> Result<Io<'a>> {
        Ok(Io {
            input: Input::Keys(Keys::open()?),
            out: io::BufWriter::new(out),
            style,
        })
    }

    pub(super) fn is_keys(&self) -> bool {
        matches!(self.input, Input::Keys(_))
    }

    /// Prints `text` and a line end (in raw mode, a carriage return too).
    pub fn say(&mut self, text: &str) -> Result<()> {
        let eol = match self.input {
            Input::Keys(_) => "\r\n",
            Input::Lines(_) => "\n",
        };
        for line in text.split('\n') {
            write!(self.out, "{line}{eol}").map_err(render::write_error)?;
        }
        Ok(())
    }

    /// Prints a message: on a terminal wrapped at word boundaries, on a
    /// pipe as one line.
    pub fn tell(&mut self, text: &str) -> Result<()> {
        if !self.is_keys() {
            return self.say(text);
        }
        let lines = screen::wrap(text, self.width(), "", "");
        self.say_all(&lines, Paint::Plain)
    }

    /// Prints each of `lines` in `paint`.
    pub(super) fn say_all(&mut self, lines: &[String], paint: Paint) -> Result<()> {
        for line in lines {
            let text = match paint {
                Paint::Plain => line.clone(),
                Paint::Bold => self.style.bold(line),
                Paint::Dim => self.style.dim(line),
                Paint::Green => self.style.green(line),
                Paint::Red => self.style.red(line),
            };
            self.say(&text)?;
        }
        Ok(())
    }

    pub fn flush(&mut self) -> Result<()> {
        self.out.flush().map_err(render::write_error)
    }

    /// The columns card text may take.
    pub(super) fn width(&self) -> usize {
        let terminal = match self.input {
            Input::Keys(_) => keys::width(),
            Input::Lines(_) => None,
        };
        screen::measure(terminal.or(self.style.width))
    }

    /// Prints `text` without ending the line, and waits for what follows.
    pub(super) fn prompt(&mut self, text: &str) -> Result<()> {
        write!(self.out, "{text} ").map_err(render::write_error)?;
        self.flush()
    }

    /// Removes the prompt on the last line, on a terminal.
    pub(super) fn clear_prompt(&mut self) -> Result<()> {
        if self.is_keys() {
            crossterm::queue!(self.out, MoveToColumn(0), Clear(ClearType::CurrentLine))
                .map_err(render::write_error)?;
        }
        Ok(())
    }

    /// One line of a script; `None` at its end.
    pub(super) fn read_line(&mut self) -> Result<Option<String>> {
        let Input::Lines(input) = &mut self.input else {
            return Ok(None);
        };
        let mut line = String::new();
        let n = input
            .read_line(&mut line)
            .map_err(|e| Error::read(std::path::Path::new("standard input"), e))?;
        Ok((n > 0).then_some(line))
    }

    /// The next key (on a pipe, there is none: leave).
    pub(super) fn key(&mut self) -> Result<Key> {
        self.flush()?;
        match &mut self.input {
            Input::Keys(keys) => keys.read(),
            Input::Lines(_) => Ok(Key::Leave),
        }
    }

    /// Whether the learner asked to stop waiting (q, Ctrl-C or Ctrl-D),
    /// looking for `wait` at most. A script never does.
    fn gave_up(&mut self, wait: Duration) -> Result<bool> {
        self.flush()?;
        let Input::Keys(keys) = &mut self.input else {
            return Ok(false);
        };
        Ok(matches!(
            keys.poll(wait)?,
            Some(Key::Leave | Key::Char('q'))
        ))
    }
}

/// The order in which each multiple-choice card shows its options.
struct Orders {
    /// On a pipe: the same order for the same card and `--now`, so that a
    /// script can know which letter is right.
    seed: Option<u64>,
    last: HashMap<i64, Vec<usize>>,
    rng: rand::rngs::ThreadRng,
}

impl Orders {
    fn next(&mut self, card: &StoredCard) -> Option<Vec<usize>> {
        let len = card.choices.as_ref()?.len();
        let order = match self.seed {
            Some(seed) => choice_order(len, card.id, seed),
            None => fresh_order(
                len,
                self.last.get(&card.id).map(Vec::as_slice),
                &mut self.rng,
            ),
        };
        self.last.insert(card.id, order.clone());
        Some(order)
    }
}

/// Runs the session until its queue is empty or the learner quits, then
/// prints the summary.
pub fn run(study: &mut Study, io: &mut Io, clock: &Clock) -> Result<()> {
    let started = Instant::now();
    let mut orders = Orders {
        seed: (!io.is_keys()).then(|| clock.start().timestamp() as u64),
        last: HashMap::new(),
        rng: rand::rng(),
    };
    let mut cards = 0;
    while let Some(item) = study.current().cloned() {
        let order = orders.next(&item.card);
        let shown = Instant::now();
        let cmd = if io.is_keys() {
            interactive::show(io, study, &item, order.as_deref())?;
            interactive::ask(io, &item.card, order.as_deref(), cards)?
        } else {
            lines::show(io, study, &item, order.as_deref())?;
            lines::ask(io, &item.card, order.as_deref())?
        };
        cards += 1;
        let answer_ms = shown.elapsed().as_millis().min(MAX_ANSWER_MS) as i64;
        let at_ms = clock.start().timestamp_millis() + started.elapsed().as_millis() as i64;
        if !act(io, study, cmd, at_ms, answer_ms)? {
            break;
        }
    }
    summary(io, study)?;
    io.flush()
}

/// Does what the learner asked; false when the session ends.
fn act(io: &mut Io, study: &mut Study, cmd: Cmd, at_ms: i64, answer_ms: i64) -> Result<bool> {
    match cmd {
        Cmd::Grade(grade) => match commit(io, study, grade, at_ms, answer_ms)? {
            Some(done) => report(io, grade, done)?,
            None => return Ok(false),
        },
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
                Err(e) if is_busy(&e) => io.say(&io.style.yellow(
                    "Not undone: another program is writing to the collection; try again in a moment.",
                ))?,
                Err(e) => return Err(e),
            }
        }
        Cmd::Skip => match study.skip() {
            Ok(true) => io.say("Skipped until tomorrow.")?,
            Ok(false) => {}
            Err(e) if is_busy(&e) => io.say(&io.style.yellow(
                "Not skipped: another program is writing to the collection; try again in a moment.",
            ))?,
            Err(e) => return Err(e),
        },
        Cmd::Quit => return Ok(false),
    }
    Ok(true)
}

/// How long a piped session waits to save an answer.
const PIPE_PATIENCE: Duration = Duration::from_secs(20);

const NOT_SAVED: &str =
    "Not saved: the collection stayed busy, so this answer was not recorded; the card is still due.";

/// Records a grade. While another program holds the collection, the
/// answer is kept and tried again on a terminal, and the session says so;
/// `None` when the learner stopped waiting, the answer unsaved (also said).
/// On a pipe, where nobody can stop the wait, it lasts [`PIPE_PATIENCE`]:
/// then the error.
fn commit(
    io: &mut Io,
    study: &mut Study,
    grade: Grade,
    at_ms: i64,
    answer_ms: i64,
) -> Result<Option<Answered>> {
    let mut retry = false;
    let started = Instant::now();
    loop {
        let done = {
            let _guard = writing();
            study.answer(grade, at_ms, answer_ms, retry)
        };
        match done {
            // On a pipe nobody can press q: the wait has a bound, and
            // the error ends the session non-zero.
            Err(e) if is_busy(&e) && !io.is_keys() && started.elapsed() >= PIPE_PATIENCE => {
                WAITING.store(false, Ordering::SeqCst);
                io.say(&io.style.yellow(NOT_SAVED))?;
                return Err(e);
            }
            Err(e) if is_busy(&e) => {
                if !retry {
                    WAITING.store(true, Ordering::SeqCst);
                    let give_up = if io.is_keys() { " — q gives up" } else { "" };
                    io.say(&io.style.yellow(&format!(
                        "Another program is writing to the collection: waiting to save this answer{give_up}…"
                    )))?;
                }
                retry = true;
                if io.gave_up(Duration::ZERO)? {
                    WAITING.store(false, Ordering::SeqCst);
                    io.say(&io.style.yellow(NOT_SAVED))?;
                    return Ok(None);
                }
            }
            done => {
                WAITING.store(false, Ordering::SeqCst);
                if retry && done.is_ok() {
                    io.say("Saved.")?;
                }
                return done.map(Some);
            }
        }
    }
}

fn report(io: &mut Io, grade: Grade, done: Answered) -> Result<()> {
    let Answered::Recorded {
        after,
        drill,
        again,
        became_leech,
    } = done
    else {
        return io.say("This card was answered in another session meanwhile; moving on.");
    };
    // on a terminal the grade was one key, not echoed: say it
    let graded = match io.is_keys() {
        true => format!("graded {} · ", grade.value()),
        false => String::new(),
    };
    if !drill {
        let next = after.due.map(|d| d.to_string()).unwrap_or_default();
        io.say(&io.style.dim(&format!(
            "  {graded}next in {}, on {next} · ease {}",
            render::count(after.sm2.interval, "day", "days"),
            after.sm2.ease
        )))?;
    } else if io.is_keys() {
        let done = if again {
            ""
        } else {
            "repeated: done for today"
        };
        io.say(
            &io.style
                .dim(format!("  {graded}{done}").trim_end_matches([' ', '·'])),
        )?;
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

/// The summary: what was done (times as logged, as `stats` counts them),
/// then what is still to do today, or when the next cards fall due.
fn summary(io: &mut Io, study: &Study) -> Result<()> {
    let t = study.tally();
    let mut table = render::table(&["reviewed", "new", "passed", "drills", "skipped", "time"]);
    table.add_row(vec![
        num(t.reviewed),
        num(t.new),
        num(render::percent(t.passed as u64, t.reviewed as u64)),
        num(t.drills),
        num(t.skipped),
        Cell::new(render::duration(t.time_ms)),
    ]);
    io.say("")?;
    io.say(&format!(
        "Session over.\n{}",
        render::trim_lines(&table.to_string())
    ))?;
    let left = study.left_today()?;
    let next = if left.total() > 0 {
        let mut parts = Vec::new();
        for (n, what) in [(left.due, "due"), (left.new, "new")] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        if left.repeats > 0 {
            parts.push(render::count(left.repeats, "repeat", "repeats"));
        }
        format!(
            "Still to do today: {} — `recall review` carries on.",
            parts.join(", ")
        )
    } else {
        match study.next_due()? {
            Some((day, n)) => format!(
                "Done for today. Next due: {day} ({}).",
                render::count(n, "card", "cards")
            ),
            None => "Done for today; nothing else is scheduled.".to_string(),
        }
    };
    io.tell(&next)
}
