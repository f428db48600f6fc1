//! `recall stats` as tables for the terminal: the one place a [`Report`] is
//! turned into text. Card fronts and deck names are sanitised here.

use comfy_table::Cell;

use crate::render::{self, cell_text, duration, num, percent, Style};

use super::{Rate, Report};

/// Cells a full bar takes.
const BAR_WIDTH: usize = 30;

/// A bar for `value` on a scale where `max` fills `width` cells, drawn to an
/// eighth of a cell; anything above zero shows at least a sliver.
pub fn bar(value: u64, max: u64, width: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    if value == 0 || max == 0 {
        return String::new();
    }
    let full = width as u128 * 8;
    let eighths = ((u128::from(value) * full + u128::from(max) / 2) / u128::from(max))
        .clamp(1, full) as usize;
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(PARTS[eighths % 8]);
    }
    s
}

/// "75% (3/4)", or "no reviews". (No colour inside table cells: the table
/// would count the escape codes as text.)
fn rate(r: &Rate) -> String {
    if r.reviews == 0 {
        "no reviews".to_string()
    } else {
        format!(
            "{} ({}/{})",
            percent(r.passed, r.reviews),
            r.passed,
            r.reviews
        )
    }
}

fn window_name(days: u32) -> String {
    match days {
        1 => "today".to_string(),
        n => format!("{n} days"),
    }
}

fn heading(style: &Style, title: &str, detail: &str) -> String {
    format!("{} — {detail}\n", style.bold(title))
}

/// The whole report as text.
pub fn render(r: &Report, style: &Style) -> String {
    if r.is_empty() {
        return match &r.deck {
            Some(d) => format!(
                "The deck '{}' has no cards yet — `recall import FILE` adds some.\n",
                cell_text(d, None)
            ),
            None => {
                "No cards yet — `recall import FILE` or `recall review` to start.\n".to_string()
            }
        };
    }
    let scope = match &r.deck {
        Some(d) => format!("deck '{}'", cell_text(d, None)),
        None => "all decks".to_string(),
    };
    let mut out = format!(
        "{} · {scope} · today {}\n\n",
        style.bold("Statistics"),
        r.today
    );
    out += &collection(r, style);
    out += &retention(r, style);
    out += &activity(r, style);
    out += &forecast(r, style);
    out += &ease(r, style);
    out += &hardest(r, style);
    out
}

fn collection(r: &Report, style: &Style) -> String {
    let c = &r.collection;
    let mut out = heading(
        style,
        "Collection",
        &format!(
            "{}, {} mature",
            render::count(c.cards, "card", "cards"),
            percent(c.mature, c.cards)
        ),
    );
    let mut t = render::table(&[
        "deck",
        "cards",
        "new",
        "learning",
        "young",
        "mature",
        "suspended",
        "leeches",
    ]);
    let row = |name: String, c: &super::Collection| {
        vec![
            Cell::new(name),
            num(c.cards),
            num(c.new),
            num(c.learning),
            num(c.young),
            num(c.mature),
            num(c.suspended),
            num(c.leeches),
        ]
    };
    for d in &r.decks {
        t.add_row(row(cell_text(&d.name, Some(40)), &d.counts));
    }
    if r.decks.len() > 1 {
        t.add_row(row("total".to_string(), c));
    }
    out += &format!("{t}\n\n");
    out
}

fn retention(r: &Report, style: &Style) -> String {
    let mut out = heading(
        style,
        "Retention",
        "scheduled reviews of learned cards graded 3 or more (young: interval < 21 d)",
    );
    let mut t = render::table(&["window", "young", "mature", "all"]);
    for w in &r.retention {
        t.add_row(vec![
            Cell::new(window_name(w.days)),
            num(rate(&w.young)),
            num(rate(&w.mature)),
            num(rate(&w.all)),
        ]);
    }
    out += &format!("{t}\n\n");
    out
}

fn activity(r: &Report, style: &Style) -> String {
    let reviews: u64 = r.activity.iter().map(|d| d.reviews).sum();
    let passed: u64 = r.activity.iter().map(|d| d.passed).sum();
    let drills: u64 = r.activity.iter().map(|d| d.drills).sum();
    let mut out = heading(
        style,
        "Activity",
        &format!(
            "last {}: {} ({} passed), {}, {}; streak {}",
            render::count(r.days, "day", "days"),
            render::count(reviews, "review", "reviews"),
            percent(passed, reviews),
            render::count(drills, "drill", "drills"),
            duration(r.time_ms),
            render::count(r.streak, "day", "days"),
        ),
    );
    let most = r.activity.iter().map(|d| d.reviews).max().unwrap_or(0);
    let mut t = render::table(&["date", "reviews", "passed", "new", "drills", "time", ""]);
    for d in &r.activity {
        let quiet = d.reviews == 0 && d.drills == 0;
        let passed = match d.reviews {
            0 => String::new(),
            n => percent(d.passed, n),
        };
        let time = if quiet {
            String::new()
        } else {
            duration(d.time_ms)
        };
        t.add_row(vec![
            Cell::new(&d.date),
            num(d.reviews),
            num(passed),
            num(d.new),
            num(d.drills),
            num(time),
            Cell::new(bar(d.reviews, most, BAR_WIDTH)),
        ]);
    }
    out += &format!("{t}\n\n");
    out
}

fn forecast(r: &Report, style: &Style) -> String {
    let total: u64 = r.forecast.iter().map(|d| d.due).sum();
    let overdue = if r.overdue > 0 {
        format!(", of which {} overdue (counted today)", r.overdue)
    } else {
        String::new()
    };
    let mut out = heading(
        style,
        "Forecast",
        &format!(
            "next {}: {} due{overdue}",
            render::count(r.days, "day", "days"),
            render::count(total, "card", "cards")
        ),
    );
    let most = r.forecast.iter().map(|d| d.due).max().unwrap_or(0);
    let mut t = render::table(&["date", "due", ""]);
    for (i, d) in r.forecast.iter().enumerate() {
        let date = if i == 0 {
            format!("{} today", d.date)
        } else {
            d.date.clone()
        };
        t.add_row(vec![
            Cell::new(date),
            num(d.due),
            Cell::new(bar(d.due, most, BAR_WIDTH)),
        ]);
    }
    out += &format!("{t}\n\n");
    out
}

fn ease(r: &Report, style: &Style) -> String {
    let studied: u64 = r.ease.iter().map(|b| b.cards).sum();
    let mut out = heading(
        style,
        "Ease",
        &format!(
            "E-Factor of the {} that are not new",
            render::count(studied, "card", "cards")
        ),
    );
    let most = r.ease.iter().map(|b| b.cards).max().unwrap_or(0);
    let mut t = render::table(&["ease", "cards", ""]);
    for b in &r.ease {
        let range = match b.max {
            Some(max) => format!("{:.2}–{max:.2}", b.min),
            None => format!("≥ {:.2}", b.min),
        };
        t.add_row(vec![
            Cell::new(range),
            num(b.cards),
            Cell::new(bar(b.cards, most, BAR_WIDTH)),
        ]);
    }
    out += &format!("{t}\n\n");
    out
}

fn hardest(r: &Report, style: &Style) -> String {
    if r.hardest.is_empty() {
        return heading(style, "Hardest cards", "none: no card has lapsed yet");
    }
    let mut out = heading(style, "Hardest cards", "most lapses, then lowest ease");
    // The deck is worth a column only when there is more than one.
    let show_deck = r.decks.len() > 1;
    let states: Vec<String> = r
        .hardest
        .iter()
        .map(|c| match c.leech {
            true => format!("{}, leech", c.state),
            false => c.state.to_string(),
        })
        .collect();
    let width = |it: &mut dyn Iterator<Item = usize>| it.max().unwrap_or(0);
    let deck_w = width(&mut r.hardest.iter().map(|c| c.deck.chars().count())).min(24);
    let id_w = width(&mut r.hardest.iter().map(|c| c.id.to_string().len()));
    let state_w = width(&mut states.iter().map(|s| s.chars().count()));
    let mut header = vec!["id", "deck", "front", "lapses", "ease", "interval", "state"];
    // every column takes its width and three characters of padding
    let mut others = id_w + 6 + 4 + 8 + state_w.max(5) + 6 * 3 + 3 + 1;
    if show_deck {
        others += deck_w.max(4) + 3;
    } else {
        header.remove(1);
    }
    let front_w = style.width.map_or(60, |w| w.saturating_sub(others).max(16));
    let mut t = render::table(&header);
    for (c, state) in r.hardest.iter().zip(states) {
        let mut row = vec![
            num(c.id),
            Cell::new(cell_text(&c.front, Some(front_w))),
            num(c.lapses),
            num(format!("{:.2}", c.ease)),
            num(format!("{}d", c.interval)),
            Cell::new(state),
        ];
        if show_deck {
            row.insert(1, Cell::new(cell_text(&c.deck, Some(deck_w))));
        }
        t.add_row(row);
    }
    out += &format!("{t}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_value() {
        assert_eq!(bar(10, 10, 5), "█████");
        assert_eq!(bar(5, 10, 5), "██▌");
        assert_eq!(bar(0, 10, 5), "");
        assert_eq!(bar(0, 0, 5), "");
        // a tiny value still shows; nothing overflows the width
        assert_eq!(bar(1, 1_000_000, 5), "▏");
        assert_eq!(bar(u64::MAX, u64::MAX, 3), "███");
        assert_eq!(bar(20, 10, 3), "███");
        for v in 0..=40 {
            let b = bar(v, 40, 10);
            assert!(b.chars().count() <= 10, "{v}: {b}");
        }
    }

    #[test]
    fn a_window_without_reviews_says_so() {
        assert_eq!(rate(&Rate::new(0, 0)), "no reviews");
        assert_eq!(rate(&Rate::new(4, 3)), "75% (3/4)");
    }
}
