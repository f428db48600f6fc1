//! `recall show ID`: one card whole — its text, options, source, tags,
//! where it comes from, its schedule, and its review log as a table.

use serde::Serialize;

use crate::cli::ShowArgs;
use crate::clock::Day;
use crate::error::{Error, Result};
use crate::model::{LoggedReview, StoredCard};
use crate::render::{self, num, sanitize};
use crate::store::Origin;

use super::Context;

#[derive(Serialize)]
struct Shown<'a> {
    id: i64,
    deck: &'a str,
    key: &'a str,
    front: &'a str,
    back: &'a str,
    explanation: Option<&'a str>,
    choices: Option<&'a [String]>,
    answer: Option<usize>,
    source: Option<&'a str>,
    tags: Vec<String>,
    /// Added with `recall add`.
    added: bool,
    /// From a deck file, edited here since its last import.
    edited: bool,
    state: &'static str,
    due: Option<String>,
    interval: u32,
    ease: f64,
    reps: u32,
    lapses: u32,
    suspended: bool,
    leech: bool,
    buried_until: Option<String>,
    history: Vec<Answered>,
}

#[derive(Serialize)]
struct Answered {
    /// RFC 3339, UTC.
    at: String,
    date: String,
    kind: &'static str,
    grade: u8,
    interval_before: u32,
    interval: u32,
    ease_before: f64,
    ease: f64,
    answer_ms: i64,
}

fn answered(r: &LoggedReview) -> Answered {
    let at = chrono::DateTime::from_timestamp_millis(r.at_ms)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default();
    Answered {
        at,
        date: r.day.to_string(),
        kind: r.kind.as_str(),
        grade: r.grade.value(),
        interval_before: r.before.sm2.interval,
        interval: r.interval_after,
        ease_before: r.before.sm2.ease.as_f64(),
        ease: r.ease_after.as_f64(),
        answer_ms: r.answer_ms,
    }
}

fn shown<'a>(c: &'a StoredCard, origin: Origin, log: &[LoggedReview]) -> Shown<'a> {
    let s = &c.schedule;
    Shown {
        id: c.id,
        deck: &c.deck,
        key: &c.key,
        front: &c.front,
        back: &c.back,
        explanation: c.explanation.as_deref(),
        choices: c.choices.as_deref(),
        answer: c.answer,
        source: c.source.as_deref(),
        tags: c.all_tags(),
        added: origin.added,
        edited: origin.edited,
        state: c.state.name(),
        due: s.due.map(|d| d.to_string()),
        interval: s.sm2.interval,
        ease: s.sm2.ease.as_f64(),
        reps: s.sm2.reps,
        lapses: s.sm2.lapses,
        suspended: s.suspended,
        leech: s.leech,
        buried_until: origin.buried_until.map(|d: Day| d.to_string()),
        history: log.iter().map(answered).collect(),
    }
}

pub fn run(ctx: &Context, args: &ShowArgs) -> Result<()> {
    let store = ctx.open()?;
    let missing = || Error::NoSuchCard(args.id.to_string());
    let card = store.card(args.id)?.ok_or_else(missing)?;
    let origin = store.card_origin(args.id)?.ok_or_else(missing)?;
    let log = store.card_log(args.id)?;
    let s = shown(&card, origin, &log);
    if ctx.json {
        return render::json(&s);
    }
    let mut text = format!(
        "{}\n",
        ctx.style.bold(&format!(
            "Card {} · {} · key {}",
            s.id,
            sanitize(s.deck, false),
            sanitize(s.key, false)
        ))
    );
    field(&mut text, "front", s.front);
    field(&mut text, "back", s.back);
    if let Some(e) = s.explanation {
        field(&mut text, "explanation", e);
    }
    if let Some(choices) = s.choices {
        let lines: Vec<String> = choices
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let right = if Some(i) == s.answer { "  ✓" } else { "" };
                format!("{}) {c}{right}", crate::review::session::letter(i))
            })
            .collect();
        field(&mut text, "options", &lines.join("\n"));
    }
    if let Some(source) = s.source {
        field(&mut text, "source", source);
    }
    if !s.tags.is_empty() {
        field(&mut text, "tags", &s.tags.join(" "));
    }
    field(&mut text, "origin", origin_text(&s));
    field(&mut text, "schedule", &schedule_text(&s));
    text.push_str(&history_text(&s.history));
    render::out(&text)
}

/// One labelled field; the lines of a long text under each other.
fn field(text: &mut String, label: &str, value: &str) {
    let value = sanitize(value, true);
    let mut lines = value.lines();
    text.push_str(&format!("{label:<12} {}\n", lines.next().unwrap_or("")));
    for line in lines {
        text.push_str(&format!("{:<12} {line}\n", ""));
    }
}

fn origin_text(s: &Shown) -> &'static str {
    match (s.added, s.edited) {
        (true, _) => "added with `recall add` (no deck file has it)",
        (false, true) => "a deck file, edited here since its last import",
        (false, false) => "a deck file",
    }
}

fn schedule_text(s: &Shown) -> String {
    let mut parts = vec![s.state.to_string()];
    if let Some(due) = &s.due {
        parts.push(format!("due {due}"));
    }
    if s.state == "new" {
        // nothing to show but SM-2's starting values
        parts.push("never answered".into());
    } else {
        parts.push(format!(
            "interval {}",
            render::count(s.interval, "day", "days")
        ));
        parts.push(format!("ease {:.2}", s.ease));
        parts.push(format!("reps {}", s.reps));
        parts.push(format!("lapses {}", s.lapses));
    }
    if s.suspended {
        parts.push("suspended".into());
    }
    if s.leech {
        parts.push("leech".into());
    }
    if let Some(day) = &s.buried_until {
        parts.push(format!("hidden until {day}"));
    }
    parts.join(" · ")
}

fn history_text(history: &[Answered]) -> String {
    if history.is_empty() {
        return "\nNo answers yet.\n".to_string();
    }
    let mut t = render::table(&["date", "kind", "grade", "interval", "ease", "time"]);
    for a in history {
        t.add_row(vec![
            comfy_table::Cell::new(&a.date),
            comfy_table::Cell::new(a.kind),
            num(a.grade),
            num(format!("{} → {}", a.interval_before, a.interval)),
            num(format!("{:.2} → {:.2}", a.ease_before, a.ease)),
            num(format!("{:.1}s", a.answer_ms as f64 / 1000.0)),
        ]);
    }
    format!(
        "\n{}\n{t}\n",
        render::count(history.len() as u64, "answer", "answers")
    )
}
