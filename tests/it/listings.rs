//! Listings that fit the terminal: at 80 columns no row wraps, the front
//! keeps the room, new cards show no schedule, headers count what is listed.

use unicode_width::UnicodeWidthStr;

use crate::common::{at, Env};

const DAY0: &str = "2026-03-01";

/// The bundled deck, a deck with a long `::` name, and a week of study.
fn studied() -> Env {
    let env = Env::new();
    env.review(&at(DAY0), &[], "q\n");
    let fronts = |i: usize| format!("What is the capital of country number {i} in the long list?");
    env.import_numbered(
        &at(DAY0),
        "Languages::French::Vocabulary and idioms",
        8,
        fronts,
    );
    for d in ["2026-03-01", "2026-03-02", "2026-03-04"] {
        env.review(&at(d), &[], &"4\n".repeat(40));
    }
    env
}

fn listing(env: &Env, columns: usize, args: &[&str]) -> String {
    let out = env
        .cmd(&at("2026-03-05"))
        .env("COLUMNS", columns.to_string())
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// Every line within `columns`, none ending in a space.
fn fits(text: &str, columns: usize) {
    for line in text.lines() {
        assert!(
            line.width() <= columns,
            "{} > {columns}: {line:?}",
            line.width()
        );
        assert!(!line.ends_with(' '), "trailing space: {line:?}");
    }
}

#[test]
fn listings_fit_eighty_columns_and_keep_fronts_apart() {
    let env = studied();
    for args in [
        &["cards"][..],
        &["due"],
        &["due", "--days", "7"],
        &["decks"],
    ] {
        for columns in [80, 200] {
            fits(&listing(&env, columns, args), columns);
        }
    }
    // two fronts that differ only at their end stay told apart
    let cards = listing(&env, 80, &["cards"]);
    let golden: Vec<&str> = cards
        .lines()
        .filter(|l| l.contains("The golden rule"))
        .map(|l| {
            let front = &l[l.find("The golden rule").unwrap()..];
            front.split("   ").next().unwrap()
        })
        .collect();
    let mut distinct = golden.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), golden.len(), "{golden:?}");
}

#[test]
fn a_new_card_has_no_interval_or_ease_yet() {
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("a", "Never seen?", "x")]);
    let cards = listing(&env, 200, &["cards"]);
    let row = cards.lines().find(|l| l.contains("Never seen?")).unwrap();
    let last: Vec<&str> = row.split_whitespace().rev().take(4).collect();
    assert_eq!(last, ["–", "–", "–", "new"], "{row:?}");
}

#[test]
fn the_header_of_due_counts_what_it_lists() {
    let env = Env::new();
    env.import_numbered(&at(DAY0), "D", 3, |i| format!("Card {i}?"));
    env.review(&at(DAY0), &[], &"4\n".repeat(3));
    // all three due on day 1; on day 0 with --days 7 they are listed
    let text = listing(&env, 80, &["due", "--days", "7"]);
    let header = text.lines().next().unwrap();
    assert_eq!(
        header,
        "2026-03-05 — due by 2026-03-12: 3 (3 today, 3 overdue), new available 0"
    );
    assert_eq!(text.lines().filter(|l| l.contains("Card ")).count(), 3);
}

#[test]
fn stats_fit_and_start_at_the_first_answer() {
    let env = studied();
    for columns in [80, 200] {
        let text = listing(&env, columns, &["stats"]);
        fits(&text, columns);
        // the calendar begins with the week of the first answer
        assert!(text.contains("Activity — since 2026-03-01:"), "{text}");
        assert!(text.contains("    Mar\n"), "{text}");
    }
}

#[test]
fn stats_of_a_collection_never_studied_are_short() {
    let env = Env::new();
    env.import_numbered(&at(DAY0), "D", 30, |i| format!("Card {i}?"));
    let text = listing(&env, 80, &["stats"]);
    fits(&text, 80);
    assert!(
        text.contains("No answers yet: `recall review` starts"),
        "{text}"
    );
    assert!(text.lines().count() <= 10, "{text}");
}

#[test]
fn the_session_and_stats_agree_on_the_time_spent() {
    use crate::review::{spawn_session, wait_for};
    use std::io::Write;
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("a", "A?", "1"), ("b", "B?", "2")]);
    let (mut child, rx) = spawn_session(&env, &at(DAY0));
    let mut stdin = child.stdin.take().unwrap();
    for n in 1..=2 {
        wait_for(&rx, &format!("[{n}/2]"));
        std::thread::sleep(std::time::Duration::from_millis(1600));
        stdin.write_all(b"5\n").unwrap();
        stdin.flush().unwrap();
    }
    drop(stdin);
    let mut summary = String::new();
    while let Ok(line) = rx.recv_timeout(std::time::Duration::from_secs(20)) {
        summary += &line;
        summary += "\n";
    }
    child.wait().unwrap();
    let row = summary
        .lines()
        .skip_while(|l| !l.starts_with('─'))
        .nth(1)
        .unwrap();
    let session_time = row.split("   ").last().unwrap().trim().to_string();
    assert!(
        session_time.ends_with(" s") && session_time != "0 s",
        "{summary}"
    );
    let stats = listing(&env, 80, &["stats"]);
    assert!(
        stats.contains(&format!("(100% passed), 0 drills, {session_time}")),
        "{session_time} in\n{stats}"
    );
}
