//! Charts drawn in Unicode blocks, readable without colour: a year of
//! activity as a calendar heatmap, and a sparkline for the forecast. Pure
//! functions of the numbers; `text` puts them on the screen.

use crate::clock::Day;

/// The heatmap's marks: a day with nothing, then four levels of activity
/// (each a quarter of the busiest day).
const LEVELS: [char; 5] = ['·', '░', '▒', '▓', '█'];

/// A sparkline's marks, lowest first; a zero is `·`.
const SPARKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Monday 0 … Sunday 6 (day 0, 1970-01-01, was a Thursday).
fn weekday(d: Day) -> i64 {
    (d.0 + 3).rem_euclid(7)
}

/// The level of `n` answers when the busiest day had `most`.
fn level(n: u64, most: u64) -> char {
    if n == 0 || most == 0 {
        return LEVELS[0];
    }
    let quarter = (u128::from(n) * 4).div_ceil(u128::from(most)).clamp(1, 4);
    LEVELS[quarter as usize]
}

/// A calendar of the days from `first` (the first answer, at most a year
/// back) to `today`: a column per week, Monday at the top, month names
/// above, a legend below. `answers` holds (day, answers) for days with
/// any; days outside the range are blank.
pub fn heatmap(answers: &[(Day, u64)], first: Day, today: Day) -> Vec<String> {
    let first = first.max(today.plus(-364)).min(today);
    let start = first.plus(-weekday(first));
    let weeks = ((today.0 - start.0) / 7 + 1) as usize;
    let most = answers.iter().map(|a| a.1).max().unwrap_or(0);
    let on = |d: Day| answers.iter().find(|a| a.0 == d).map_or(0, |a| a.1);
    let mut lines = vec![month_line(start, weeks)];
    for (row, name) in ["Mon", "", "Wed", "", "Fri", "", "Sun"].iter().enumerate() {
        let mut line = format!("{name:<4}");
        for week in 0..weeks {
            let d = start.plus(week as i64 * 7 + row as i64);
            line.push(match d < first || d > today {
                true => ' ',
                false => level(on(d), most),
            });
        }
        lines.push(line.trim_end().to_string());
    }
    lines.push(format!(
        "    {} none  {} {} {} {} most ({most} a day)",
        LEVELS[0], LEVELS[1], LEVELS[2], LEVELS[3], LEVELS[4]
    ));
    lines
}

/// Month names over the weeks in which a month begins.
fn month_line(start: Day, weeks: usize) -> String {
    let mut line = " ".repeat(4 + weeks + 3);
    let mut free = 0; // the first column a name may start at
    let mut last_month = None;
    for week in 0..weeks {
        let month = start
            .plus(week as i64 * 7 + 6)
            .date()
            .format("%m")
            .to_string();
        let m: usize = month.parse().unwrap_or(1);
        if last_month != Some(m) && week >= free {
            let at = 4 + week;
            line.replace_range(at..at + 3, MONTHS[m - 1]);
            free = week + 4;
        }
        last_month = Some(m);
    }
    line.trim_end().to_string()
}

/// `values` as one mark each, scaled to the largest; `·` for a zero.
pub fn sparkline(values: &[u64]) -> String {
    let most = values.iter().copied().max().unwrap_or(0);
    values
        .iter()
        .map(|&v| match v {
            0 => '·',
            v => {
                let i = (u128::from(v) * 8).div_ceil(u128::from(most)).clamp(1, 8);
                SPARKS[i as usize - 1]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(s: &str) -> Day {
        Day::from_date(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn weekdays_count_from_monday() {
        assert_eq!(weekday(day("2026-03-02")), 0); // a Monday
        assert_eq!(weekday(day("2026-03-08")), 6);
        assert_eq!(weekday(day("1969-12-29")), 0);
    }

    #[test]
    fn a_heatmap_starts_at_the_first_answer() {
        // first answer on Wednesday 2026-03-04; today Sunday 2026-03-15
        let answers = [
            (day("2026-03-04"), 40),
            (day("2026-03-05"), 10),
            (day("2026-03-13"), 20),
        ];
        let lines = heatmap(&answers, day("2026-03-04"), day("2026-03-15"));
        assert_eq!(
            lines,
            [
                "    Mar",
                "Mon  ·",
                "     ·",
                "Wed █·",
                "    ░·",
                "Fri ·▒",
                "    ··",
                "Sun ··",
                "    · none  ░ ▒ ▓ █ most (40 a day)",
            ]
        );
    }

    #[test]
    fn a_year_of_heatmap_fits_eighty_columns() {
        let today = day("2026-12-31");
        let answers: Vec<(Day, u64)> = (0..400).map(|i| (today.plus(-i), i as u64 % 7)).collect();
        let lines = heatmap(&answers, today.plus(-1000), today);
        assert_eq!(lines.len(), 9);
        assert!(
            lines.iter().all(|l| l.chars().count() <= 4 + 53 + 3),
            "{lines:#?}"
        );
        for m in ["Jan", "Jun", "Dec"] {
            assert!(lines[0].contains(m), "{}", lines[0]);
        }
    }

    #[test]
    fn sparklines_scale_to_the_largest_value() {
        assert_eq!(sparkline(&[0, 1, 4, 8]), "·▁▄█");
        assert_eq!(sparkline(&[0, 0]), "··");
        assert_eq!(sparkline(&[1, 1_000_000]), "▁█");
        assert_eq!(sparkline(&[]), "");
    }
}
