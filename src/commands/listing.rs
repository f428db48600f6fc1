//! `recall due`, `recall decks`, `recall cards`: what is in the collection.

use serde::Serialize;

use crate::cli::{CardsArgs, DueArgs};
use crate::clock::Day;
use crate::error::Result;
use crate::model::StoredCard;
use crate::render::{self, cell_text, percent, Give, Listing};
use crate::store::{CardFilter, DueCard, Tags};

use super::Context;

#[derive(Serialize)]
struct DueRow<'a> {
    id: i64,
    deck: &'a str,
    front: &'a str,
    due: String,
    interval: u32,
    ease: f64,
    reps: u32,
    lapses: u32,
}

#[derive(Serialize)]
struct DueReport<'a> {
    today: String,
    due: u64,
    overdue: u64,
    new_available: u64,
    cards: Vec<DueRow<'a>>,
}

pub fn due(ctx: &Context, args: &DueArgs) -> Result<()> {
    let store = ctx.open()?;
    let settings = store.settings()?;
    let today = ctx.today(&settings);
    let scope = store.scope(args.deck.as_deref())?;
    let tags = Tags::any_of(&args.tags)?;
    let cards = store.due_cards(today.plus(i64::from(args.days)), &scope, &tags)?;
    let seen = store.day_counts(today)?.new_seen;
    let report = DueReport {
        today: today.to_string(),
        due: cards.iter().filter(|c| c.due <= today).count() as u64,
        overdue: cards.iter().filter(|c| c.due < today).count() as u64,
        new_available: store
            .new_count_tagged(&scope, &tags)?
            .min(u64::from(settings.new_per_day.saturating_sub(seen))),
        cards: cards.iter().map(DueRow::of).collect(),
    };
    if ctx.json {
        return render::json(&report);
    }
    let mut text = match args.days {
        0 => format!(
            "{} — due {}, overdue {}, new available {}\n",
            report.today, report.due, report.overdue, report.new_available
        ),
        n => format!(
            "{} — due by {}: {} ({} today, {} overdue), new available {}\n",
            report.today,
            today.plus(i64::from(n)),
            cards.len(),
            report.due,
            report.overdue,
            report.new_available
        ),
    };
    if cards.is_empty() {
        text.push_str(&match store.next_due(today, &scope)? {
            Some((day, n)) => format!(
                "Nothing is due. Next: {} on {day}.\n",
                render::count(n, "card", "cards")
            ),
            None if report.new_available > 0 => {
                "Nothing is due. Run `recall review` to learn new cards.\n".to_string()
            }
            None => "Nothing is due.\n".to_string(),
        });
        return render::out(&text);
    }
    text.push_str(&due_table(ctx, &cards, today));
    render::out(&text)
}

impl<'a> DueRow<'a> {
    fn of(c: &'a DueCard) -> DueRow<'a> {
        DueRow {
            id: c.id,
            deck: &c.deck,
            front: &c.front,
            due: c.due.to_string(),
            interval: c.interval,
            ease: c.ease.as_f64(),
            reps: c.reps,
            lapses: c.lapses,
        }
    }
}

/// How a listing of cards (column 1 the deck, 2 the front) gives way on
/// a narrow terminal: a front past 90 columns is cut (in the middle, so
/// that fronts which begin alike stay apart), the deck column goes when
/// every row is of one deck, else it is cut down to 12,
/// the front down to 40, then the `optional` columns go, then deck and
/// front give what they must.
fn give_way(optional: &[usize]) -> Vec<Give> {
    let mut steps = vec![
        Give::CutMiddle(2, 90),
        Give::DropUniform(1),
        Give::Cut(1, 12),
        Give::CutMiddle(2, 40),
    ];
    steps.extend(optional.iter().map(|&c| Give::Drop(c)));
    steps.extend([Give::Cut(1, 6), Give::CutMiddle(2, 8)]);
    steps
}

fn due_table(ctx: &Context, cards: &[DueCard], today: Day) -> String {
    let mut t = Listing::new(&[
        ("id", true),
        ("deck", false),
        ("front", false),
        ("due", false),
        ("interval", true),
        ("ease", true),
        ("reps", true),
        ("lapses", true),
    ])
    .fit(ctx.style.width, &give_way(&[7, 6, 5]));
    for c in cards {
        let due = c.due.to_string();
        let due = if c.due < today {
            ctx.style.red(&due)
        } else {
            due
        };
        t.row(vec![
            c.id.to_string(),
            cell_text(&c.deck, None),
            cell_text(&c.front, None),
            due,
            format!("{}d", c.interval),
            c.ease.to_string(),
            c.reps.to_string(),
            c.lapses.to_string(),
        ]);
    }
    t.render()
}

#[derive(Serialize)]
struct DeckRow<'a> {
    name: &'a str,
    cards: u64,
    new: u64,
    due: u64,
    mature: u64,
    suspended: u64,
    reviews_30d: u64,
    retention_30d: Option<f64>,
}

pub fn decks(ctx: &Context) -> Result<()> {
    let store = ctx.open()?;
    let today = ctx.today(&store.settings()?);
    let rows = store.deck_summaries(today)?;
    if ctx.json {
        return render::json(
            &rows
                .iter()
                .map(|d| DeckRow {
                    name: &d.name,
                    cards: d.cards,
                    new: d.new,
                    due: d.due,
                    mature: d.mature,
                    suspended: d.suspended,
                    reviews_30d: d.reviews_30d,
                    retention_30d: (d.reviews_30d > 0)
                        .then(|| d.passed_30d as f64 / d.reviews_30d as f64),
                })
                .collect::<Vec<_>>(),
        );
    }
    if rows.is_empty() {
        return render::out(
            "The collection has no decks yet. Add one with `recall import FILE`, or run `recall review` to start with the bundled decks.\n",
        );
    }
    let mut t = Listing::new(&[
        ("deck", false),
        ("cards", true),
        ("new", true),
        ("due", true),
        ("mature", true),
        ("suspended", true),
        ("retention 30d", true),
    ])
    .fit(ctx.style.width, &[Give::Cut(0, 12)]);
    for d in &rows {
        t.row(vec![
            cell_text(&d.name, None),
            d.cards.to_string(),
            d.new.to_string(),
            d.due.to_string(),
            d.mature.to_string(),
            d.suspended.to_string(),
            percent(d.passed_30d, d.reviews_30d),
        ]);
    }
    render::out(&t.render())
}

#[derive(Serialize)]
struct CardRow {
    id: i64,
    deck: String,
    key: String,
    front: String,
    back: String,
    state: &'static str,
    due: Option<String>,
    interval: u32,
    ease: f64,
    reps: u32,
    lapses: u32,
    tags: Vec<String>,
}

fn card_row(c: StoredCard) -> CardRow {
    let s = c.schedule;
    CardRow {
        state: c.state.name(),
        due: s.due.map(|d| d.to_string()),
        interval: s.sm2.interval,
        ease: s.sm2.ease.as_f64(),
        reps: s.sm2.reps,
        lapses: s.sm2.lapses,
        tags: c.all_tags(),
        id: c.id,
        deck: c.deck,
        key: c.key,
        front: c.front,
        back: c.back,
    }
}

pub fn cards(ctx: &Context, args: &CardsArgs) -> Result<()> {
    let store = ctx.open()?;
    let scope = store.scope(args.deck.as_deref())?;
    let query = (!args.query.is_empty()).then(|| args.query.join(" "));
    let tags = Tags::any_of(&args.tags)?;
    let filter = CardFilter { scope, query, tags };
    // Both forms stream the cards: a collection of 100,000 is never held
    // in memory as cards, only as what is printed.
    if ctx.json {
        return render::json_seq(|seq| store.for_each_card(&filter, |c| seq(&card_row(c))));
    }
    let mut t = Listing::new(&[
        ("id", true),
        ("deck", false),
        ("front", false),
        ("state", false),
        ("due", false),
        ("interval", true),
        ("ease", true),
    ])
    .fit(ctx.style.width, &give_way(&[6, 5]));
    let mut n: u64 = 0;
    store.for_each_card(&filter, |c| {
        n += 1;
        // a new card has no schedule yet: a dash, not 0d and 2.50
        let s = c.schedule;
        let (due, interval, ease) = match s.due {
            Some(due) => (
                due.to_string(),
                format!("{}d", s.sm2.interval),
                s.sm2.ease.to_string(),
            ),
            None => ("–".into(), "–".into(), "–".into()),
        };
        t.row(vec![
            c.id.to_string(),
            cell_text(&c.deck, None),
            cell_text(&c.front, None),
            c.state.name().to_string(),
            due,
            interval,
            ease,
        ]);
        Ok(())
    })?;
    if n == 0 {
        return render::out("No cards match.\n");
    }
    let mut text = t.render();
    text.push_str(&render::count(n, "card", "cards"));
    text.push('\n');
    render::out(&text)
}
