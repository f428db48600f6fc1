//! A session's day: repeats owed across sessions, the summary's account of
//! what is left, the order of new cards, and waiting for another writer.

use std::collections::BTreeSet;
use std::io::Write;
use std::time::Duration;

use crate::common::{at, Env};
use crate::review::{day, review_log, spawn_session, wait_for, DAY0};

#[test]
fn repeats_owed_today_survive_a_quit_but_not_the_day() {
    let env = Env::new();
    env.import_deck(
        &at(DAY0),
        "D",
        &[("a", "A?", "1"), ("b", "B?", "2"), ("c", "C?", "3")],
    );
    // A failed, B passed, then quit with C untouched and A owed
    let out = env.review(&at(DAY0), &[], "2\n5\nq\n");
    assert!(
        out.contains("Still to do today: 1 new, 1 repeat — `recall review` carries on."),
        "{out}"
    );
    // the same day: C, then A again as the repeat it is owed
    let out = env.review(&at(DAY0), &[], "5\n2\n4\n");
    assert!(
        out.contains("2 cards to study: 0 due, 1 new, 1 repeat."),
        "{out}"
    );
    assert!(out.find("C?") < out.find("A?"), "{out}");
    assert!(out.contains("[2/2] D · again"), "{out}");
    assert!(
        out.contains("Done for today. Next due: 2026-03-02 (3 cards)."),
        "{out}"
    );
    let kinds: Vec<String> = review_log(&env)
        .into_iter()
        .map(|r| format!("{}{}", r.1, r.2))
        .collect();
    assert_eq!(kinds, ["new2", "new5", "new5", "drill2", "drill4"]);
    // paid: nothing more today
    let out = env.review(&at(DAY0), &[], "4\n");
    assert!(out.contains("Nothing to review now"), "{out}");

    // a repeat left owed at the end of a day is not owed the next day
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("a", "A?", "1")]);
    env.review(&at(DAY0), &[], "1\nq\n");
    let out = env.review(&at(&day(1)), &[], "5\n");
    assert_eq!(out.matches("A?").count(), 1, "{out}");
    assert!(!out.contains("again"), "{out}");
    assert!(out.contains("1 card to study: 1 due, 0 new."), "{out}");
}

#[test]
fn an_undone_failure_owes_nothing_and_a_skipped_repeat_is_let_go() {
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("a", "A?", "1"), ("b", "B?", "2")]);
    // A failed then taken back and passed: no repeat
    let out = env.review(&at(DAY0), &[], "1\nu\n5\n5\n");
    assert!(!out.contains("again"), "{out}");
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("a", "A?", "1")]);
    // A failed; its repeat skipped: not owed any more today
    let out = env.review(&at(DAY0), &[], "1\ns\n");
    assert!(out.contains("Skipped until tomorrow."), "{out}");
    assert!(
        out.contains("Done for today. Next due: 2026-03-02 (1 card)."),
        "{out}"
    );
    let out = env.review(&at(DAY0), &[], "4\n");
    assert!(out.contains("Nothing to review now"), "{out}");
}

#[test]
fn the_summary_says_what_is_still_due_after_a_missed_day() {
    let env = Env::new();
    env.import_numbered(&at(DAY0), "D", 5, |i| format!("Card {i}?"));
    env.review(&at(DAY0), &[], &"4\n".repeat(5));
    // day 5: all five overdue; answer two and quit
    let out = env.review(&at(&day(5)), &[], "4\n4\nq\n");
    assert!(
        out.contains("Still to do today: 3 due — `recall review` carries on."),
        "{out}"
    );
    let out = env.review(&at(&day(5)), &[], &"4\n".repeat(3));
    assert!(
        out.contains("Done for today. Next due: 2026-03-12 (5 cards)."),
        "{out}"
    );
}

/// The top-level sections of the bundled deck that the first `days`
/// sessions of 20 new cards meet, and whether a multiple-choice card came.
fn sections_met(order: Option<&str>, days: i64) -> (BTreeSet<String>, bool) {
    let env = Env::new();
    env.review(&at(DAY0), &[], "q\n");
    if let Some(order) = order {
        env.cmd(&at(DAY0))
            .args(["config", "new-card-order", order])
            .assert()
            .success();
    }
    let mut sections = BTreeSet::new();
    let mut choice = false;
    for d in 0..days {
        let out = env.review(&at(&day(d)), &[], &"5\n".repeat(60));
        for line in out.lines() {
            if let Some(source) = line.trim().strip_prefix("source: ") {
                sections.insert(source.split(" › ").nth(1).unwrap_or("").to_string());
            }
        }
        choice |= out.contains("  a) ");
    }
    (sections, choice)
}

#[test]
fn new_cards_are_spread_across_the_deck_by_default() {
    // the bundled deck has nine top-level sections, its multiple-choice
    // questions last
    let (first_day, choice) = sections_met(None, 1);
    assert!(
        first_day.len() >= 8 && choice,
        "{first_day:?}, choice {choice}"
    );
    assert_eq!(sections_met(None, 2).0.len(), 9);
    // in file order, the first day stays in the first sections
    let (in_order, choice) = sections_met(Some("file"), 1);
    assert!(in_order.len() <= 3 && !choice, "{in_order:?}");
    // at random, beyond them (20 cards all among the first 20: never)
    let (random, _) = sections_met(Some("random"), 1);
    assert!(!random.is_subset(&in_order), "{random:?}");
}

#[test]
fn an_answer_waits_while_another_program_writes() {
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("a", "A?", "1"), ("b", "B?", "2")]);
    let (mut child, rx) = spawn_session(&env, &at(DAY0));
    wait_for(&rx, "[1/2]");
    // another program takes the write lock for longer than the busy timeout
    let other = rusqlite::Connection::open(&env.db).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"4\n").unwrap();
    stdin.flush().unwrap();
    wait_for(&rx, "waiting to save this answer");
    std::thread::sleep(Duration::from_secs(2));
    let logged: i64 = other
        .query_row("SELECT count(*) FROM reviews", [], |r| r.get(0))
        .unwrap();
    assert_eq!(logged, 0);
    other.execute_batch("COMMIT").unwrap();
    wait_for(&rx, "Saved.");
    wait_for(&rx, "[2/2]");
    stdin.write_all(b"4\n").unwrap();
    drop(stdin);
    assert!(child.wait().unwrap().success());
    assert_eq!(review_log(&env).len(), 2);
}
