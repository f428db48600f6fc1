//! `recall stats` as text for the terminal: the one place a [`Report`] is
//! turned into text. Nothing is shown from before the first answer; a
//! collection never studied gets a short screen. Card fronts and deck names
//! are sanitised here; no line is wider than the terminal.

use comfy_table::Cell;

use crate::clock::Day;
use crate::render::{self, cell_text, duration, num, percent, Give, Listing, Style};

use super::chart::{heatmap, sparkline};
use super::{Rate, Report};

/// Cells a full bar takes.
const BAR_WIDTH: usize = 30;

/// The most marks a forecast's sparkline takes; longer forecasts put
/// several days in one mark.
const SPARK_MARKS: usize = 60;

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

/// A section's title and what it shows, on one line when it fits the
/// terminal, else the detail wrapped below the title.
fn heading(style: &Style, title: &str, detail: &str) -> String {
    let width = style.width.unwrap_or(80).max(40);
    let line = format!("{title} — {detail}");
    if line.chars().count() <= width {
        return format!("{} — {detail}\n", style.bold(title));
    }
    let mut out = format!("{}\n", style.bold(title));
    for l in textwrap::wrap(
        detail,
        textwrap::Options::new(width)
            .initial_indent("  ")
            .subsequent_indent("  "),
    ) {
        out += &format!("{l}\n");
    }
    out
}

/// A comfy table without the spaces it leaves at the end of lines.
fn table_text(t: &comfy_table::Table) -> String {
    render::trim_lines(&t.to_string()) + "\n"
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
    let Some(first) = r.first_day else {
        let note = "No answers yet: `recall review` starts the first session, and this screen fills in as you study.";
        out += "\n";
        for line in textwrap::wrap(note, style.width.unwrap_or(80).max(40)) {
            out += &format!("{line}\n");
        }
        return out;
    };
    for section in [
        retention(r, style),
        activity(r, style, first),
        forecast(r, style),
        ease(r, style),
        hardest(r, style),
    ] {
        out += "\n";
        out += &section;
    }
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
    let mut t = Listing::new(&[
        ("deck", false),
        ("cards", true),
        ("new", true),
        ("learning", true),
        ("young", true),
        ("mature", true),
        ("suspended", true),
        ("leeches", true),
    ])
    .fit(style.width, &[Give::DropUniform(0), Give::Cut(0, 10)]);
    let row = |name: String, c: &super::Collection| {
        let counts = [
            c.cards,
            c.new,
            c.learning,
            c.young,
            c.mature,
            c.suspended,
            c.leeches,
        ];
        let mut cells = vec![name];
        cells.extend(counts.iter().map(u64::to_string));
        cells
    };
    for d in &r.decks {
        t.row(row(cell_text(&d.name, None), &d.counts));
    }
    if r.decks.len() > 1 {
        t.row(row("total".to_string(), c));
    }
    out += &t.render();
    out
}

fn retention(r: &Report, style: &Style) -> String {
    let mut out = heading(
        style,
        "Retention",
        "reviews of learned cards graded 3 or more (young: interval < 21 d)",
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
    out += &table_text(&t);
    out
}

/// The activity of the report's days (from the first answer, if later),
/// then the year as a calendar.
fn activity(r: &Report, style: &Style, first: Day) -> String {
    let shown: Vec<_> = r
        .activity
        .iter()
        .filter(|d| d.date >= first.to_string())
        .collect();
    let reviews: u64 = shown.iter().map(|d| d.reviews).sum();
    let passed: u64 = shown.iter().map(|d| d.passed).sum();
    let drills: u64 = shown.iter().map(|d| d.drills).sum();
    let crams: u64 = shown.iter().map(|d| d.crams).sum();
    let crams = match crams {
        0 => String::new(),
        n => format!(", {}", render::count(n, "cram", "crams")),
    };
    let window = match shown.len() < r.activity.len() {
        true => format!("since {first}"),
        false => format!("last {}", render::count(r.days, "day", "days")),
    };
    let mut out = heading(
        style,
        "Activity",
        &format!(
            "{window}: {} ({} passed), {}{crams}, {}",
            render::count(reviews, "review", "reviews"),
            percent(passed, reviews),
            render::count(drills, "drill", "drills"),
            duration(r.time_ms),
        ),
    );
    let today = parse_day(&r.today).unwrap_or(first);
    for line in heatmap(&r.year, first, today) {
        out += &format!("{line}\n");
    }
    out.pop();
    out += &format!(" · streak {}\n", render::count(r.streak, "day", "days"));
    out
}

fn parse_day(date: &str) -> Option<Day> {
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .ok()
        .map(Day::from_date)
}

/// The cards due each day as a sparkline (a mark for several days when
/// the forecast is long), then its busiest day.
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
    let per = r.forecast.len().div_ceil(SPARK_MARKS).max(1);
    let marks: Vec<u64> = r
        .forecast
        .chunks(per)
        .map(|c| c.iter().map(|d| d.due).sum())
        .collect();
    let line = sparkline(&marks);
    out += &format!("  {line}\n");
    let last = r.forecast.last().map_or("", |d| d.date.as_str());
    let marks = line.chars().count();
    let unit = match per {
        1 => "a mark a day".to_string(),
        n => format!("a mark for {n} days"),
    };
    out += &format!(
        "  today{last:>width$}  ({unit})\n",
        width = marks.saturating_sub(5).max(11)
    );
    let busiest = r
        .forecast
        .iter()
        .fold(None, |b: Option<&super::ForecastDay>, d| match b {
            Some(b) if b.due >= d.due => Some(b),
            _ if d.due > 0 => Some(d),
            b => b,
        });
    if let Some(busiest) = busiest {
        out += &format!(
            "  busiest: {} with {}\n",
            busiest.date,
            render::count(busiest.due, "card", "cards")
        );
    }
    out
}

/// The E-Factors from the lowest bucket that has cards to the highest.
fn ease(r: &Report, style: &Style) -> String {
    let studied: u64 = r.ease.iter().map(|b| b.cards).sum();
    let mut out = heading(
        style,
        "Ease",
        &format!(
            "E-Factor of the {} not new",
            render::count(studied, "card", "cards")
        ),
    );
    let most = r.ease.iter().map(|b| b.cards).max().unwrap_or(0);
    let lowest = r.ease.iter().position(|b| b.cards > 0).unwrap_or(0);
    let highest = r.ease.iter().rposition(|b| b.cards > 0).unwrap_or(0);
    let mut t = render::table(&["ease", "cards", ""]);
    for b in r.ease.iter().take(highest + 1).skip(lowest) {
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
    out += &table_text(&t);
    out
}

fn hardest(r: &Report, style: &Style) -> String {
    if r.hardest.is_empty() {
        return heading(style, "Hardest cards", "none: no card has lapsed yet");
    }
    let mut out = heading(style, "Hardest cards", "most lapses, then lowest ease");
    // The deck is worth a column only when there is more than one.
    let mut t = Listing::new(&[
        ("id", true),
        ("deck", false),
        ("front", false),
        ("lapses", true),
        ("ease", true),
        ("interval", true),
        ("state", false),
    ]);
    let mut steps = vec![
        Give::CutMiddle(2, 60),
        Give::Cut(1, 12),
        Give::CutMiddle(2, 8),
    ];
    if r.decks.len() <= 1 {
        steps.insert(0, Give::Drop(1));
    }
    t = t.fit(Some(style.width.unwrap_or(100)), &steps);
    for c in &r.hardest {
        let state = match c.leech {
            true => format!("{}, leech", c.state),
            false => c.state.to_string(),
        };
        t.row(vec![
            c.id.to_string(),
            cell_text(&c.deck, None),
            cell_text(&c.front, None),
            c.lapses.to_string(),
            format!("{:.2}", c.ease),
            format!("{}d", c.interval),
            state,
        ]);
    }
    out += &t.render();
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

    #[test]
    fn a_long_heading_wraps_its_detail_under_the_title() {
        let style = Style {
            color: false,
            width: Some(40),
            quiet: false,
        };
        assert_eq!(heading(&style, "Ease", "short"), "Ease — short\n");
        let long = heading(
            &style,
            "Activity",
            "last 30 days: 43 reviews (100% passed), 0 drills",
        );
        assert_eq!(
            long,
            "Activity\n  last 30 days: 43 reviews (100%\n  passed), 0 drills\n"
        );
    }
}
