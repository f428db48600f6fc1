//! The review session, scripted through stdin over simulated days.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command as StdCommand, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use chrono::{Duration as Days, NaiveDate};
use serde_json::{json, Value};

use crate::common::{at, Env};

pub const DAY0: &str = "2026-03-01";

pub fn day(offset: i64) -> String {
    let d = NaiveDate::parse_from_str(DAY0, "%Y-%m-%d").unwrap() + Days::days(offset);
    d.format("%Y-%m-%d").to_string()
}

fn card(env: &Env, idx: usize) -> Value {
    env.json(&at(DAY0), &["cards"])[idx].clone()
}

/// Reviews one card on the days its schedule asks for, with `grades`, and
/// checks interval, ease, reps, lapses and due after every answer against
/// `expected` (interval, ease in hundredths, reps, lapses) computed by hand.
fn follow(grades: &[u8], expected: &[(u64, u64, u64, u64)]) {
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("x", "Q?", "A")]);
    let mut today = 0i64;
    for (i, (&q, &(interval, ease, reps, lapses))) in grades.iter().zip(expected).enumerate() {
        // grades below 4 come back as drills in the same session: pass them
        let input = if q < 4 {
            format!("{q}\n5\n")
        } else {
            format!("{q}\n")
        };
        let out = env.review(&at(&day(today)), &[], &input);
        assert!(
            out.contains("[1/1]"),
            "answer {i}: the card was not due on {}:\n{out}",
            day(today)
        );
        let c = card(&env, 0);
        let got = (
            c["interval"].as_u64().unwrap(),
            (c["ease"].as_f64().unwrap() * 100.0).round() as u64,
            c["reps"].as_u64().unwrap(),
            c["lapses"].as_u64().unwrap(),
        );
        assert_eq!(
            got,
            (interval, ease, reps, lapses),
            "after answer {i} (grade {q}) of {grades:?}"
        );
        today += interval as i64;
        assert_eq!(c["due"], day(today), "due after answer {i}");
        // the day before it is due, nothing is offered
        let early = env.review(&at(&day(today - 1)), &[], "5\n");
        assert!(early.contains("Nothing to review now"), "{early}");
    }
}

#[test]
fn sm2_perfect_answers() {
    follow(
        &[5, 5, 5, 5, 5],
        &[
            (1, 260, 1, 0),
            (6, 270, 2, 0),
            (17, 280, 3, 0),
            (48, 290, 4, 0),
            (140, 300, 5, 0),
        ],
    );
}

#[test]
fn sm2_hesitant_and_difficult_answers() {
    follow(
        &[4, 4, 4, 4],
        &[
            (1, 250, 1, 0),
            (6, 250, 2, 0),
            (15, 250, 3, 0),
            (38, 250, 4, 0),
        ],
    );
    follow(
        &[3, 3, 3, 3, 3],
        &[
            (1, 236, 1, 0),
            (6, 222, 2, 0),
            (14, 208, 3, 0),
            (30, 194, 4, 0),
            (59, 180, 5, 0),
        ],
    );
}

#[test]
fn sm2_failure_and_recovery() {
    // a lapse at the fourth answer: interval back to 1, EF lowered, not reset
    follow(
        &[5, 5, 5, 2, 4, 4, 4],
        &[
            (1, 260, 1, 0),
            (6, 270, 2, 0),
            (17, 280, 3, 0),
            (1, 248, 0, 1),
            (1, 248, 1, 1),
            (6, 248, 2, 1),
            (15, 248, 3, 1),
        ],
    );
    // grades 1 and 0 on a learned card; the EF floor of 1.30
    follow(
        &[4, 1, 0, 4, 5],
        &[
            (1, 250, 1, 0),
            (1, 196, 0, 1),
            (1, 130, 0, 1),
            (1, 130, 1, 1),
            (6, 140, 2, 1),
        ],
    );
}

#[test]
fn sm2_exact_hundredths_regression() {
    // 6 × 1.50 = 9 exactly; floating point would give 10
    follow(
        &[0, 0, 5, 5, 4],
        &[
            (1, 170, 0, 0),
            (1, 130, 0, 0),
            (1, 140, 1, 0),
            (6, 150, 2, 0),
            (9, 150, 3, 0),
        ],
    );
}

pub fn review_log(env: &Env) -> Vec<(i64, String, i64)> {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let mut stmt = conn
        .prepare("SELECT card_id, kind, grade FROM reviews ORDER BY id")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    rows.map(Result::unwrap).collect()
}

#[test]
fn drills_come_back_and_do_not_move_the_schedule() {
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("a", "A?", "1"), ("b", "B?", "2")]);
    let out = env.review(&at(DAY0), &[], "2\n5\n3\n4\n");
    assert_eq!(out.matches("· again").count(), 2, "{out}");
    let a = card(&env, 0);
    // only the scheduled answer (grade 2) counts: EF 2.5 - 0.32
    assert_eq!(
        (a["interval"].clone(), a["ease"].clone(), a["reps"].clone()),
        (json!(1), json!(2.18), json!(0))
    );
    let ids: Vec<i64> = [0, 1]
        .iter()
        .map(|&i| card(&env, i)["id"].as_i64().unwrap())
        .collect();
    assert_eq!(
        review_log(&env),
        [
            (ids[0], "new".into(), 2),
            (ids[1], "new".into(), 5),
            (ids[0], "drill".into(), 3),
            (ids[0], "drill".into(), 4)
        ]
    );
    // the summary counts them
    assert!(out.contains("Session over."), "{out}");
}

#[test]
fn undo_restores_schedule_and_log_exactly() {
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("a", "A?", "1"), ("b", "B?", "2")]);
    env.review(&at(DAY0), &[], "4\n4\n");
    let before = env.json(&at(DAY0), &["cards"]);
    // next due day: answer 5, take it back, quit
    let out = env.review(&at(&day(1)), &[], "5\nu\nq\n");
    assert!(out.contains("Undone"), "{out}");
    assert_eq!(env.json(&at(DAY0), &["cards"]), before);
    assert_eq!(review_log(&env).len(), 2);
    // undo shows the same card again; answering it then is as if the first never happened
    let out = env.review(&at(&day(1)), &[], "1\nu\n3\n5\n5\n");
    assert_eq!(out.matches("A?").count(), 3, "{out}");
    let a = card(&env, 0);
    assert_eq!(
        (a["interval"].clone(), a["ease"].clone(), a["reps"].clone()),
        (json!(6), json!(2.36), json!(2))
    );
    // undoing a drill answer brings the drill back
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("a", "A?", "1")]);
    let out = env.review(&at(DAY0), &[], "3\n2\nu\n4\n");
    assert_eq!(out.matches("· again").count(), 3, "{out}");
    let kinds: Vec<String> = review_log(&env)
        .into_iter()
        .map(|r| format!("{}{}", r.1, r.2))
        .collect();
    assert_eq!(kinds, ["new3", "drill4"]);
    // nothing to undo at the start
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("a", "A?", "1")]);
    let out = env.review(&at(DAY0), &[], "u\n5\n");
    assert!(out.contains("Nothing to undo"), "{out}");
}

/// New cards in deck-file order (the default spreads them).
fn file_order(env: &Env) {
    env.cmd(&at(DAY0))
        .args(["config", "new-card-order", "file"])
        .assert()
        .success();
}

#[test]
fn order_is_most_overdue_first_then_new_in_deck_order() {
    let env = Env::new();
    env.import_numbered(&at(DAY0), "D", 6, |i| format!("Front {i}?"));
    file_order(&env);
    // day 0: learn Front 0 (due day 1)
    env.review(&at(DAY0), &["--new", "1"], "4\n");
    // day 2: Front 0 is overdue and shown first; skip it, learn Front 1 (due day 3)
    let out = env.review(&at(&day(2)), &["--new", "1"], "s\n4\n");
    assert!(out.find("Front 0?") < out.find("Front 1?"), "{out}");
    // day 4: Front 0 (due day 1) before Front 1 (due day 3), then new cards in order
    let out = env.review(&at(&day(4)), &["--new", "2"], "5\n5\n5\n5\n");
    let pos = |s: &str| {
        out.find(s)
            .unwrap_or_else(|| panic!("{s} missing in {out}"))
    };
    assert!(pos("Front 0?") < pos("Front 1?"), "{out}");
    assert!(pos("Front 1?") < pos("Front 2?"), "{out}");
    assert!(pos("Front 2?") < pos("Front 3?"), "{out}");
    assert!(!out.contains("Front 4?"));
}

#[test]
fn daily_limits_hold_and_can_be_overridden() {
    let env = Env::new();
    env.import_numbered(&at(DAY0), "D", 30, |i| format!("Card {i:02}?"));
    file_order(&env);
    let out = env.review(&at(DAY0), &[], &"4\n".repeat(40));
    assert!(out.contains("20 cards to study: 0 due, 20 new"), "{out}");
    assert!(out.contains("[20/20]") && !out.contains("Card 20?"));
    // the same day: the new-card limit is used up
    let out = env.review(&at(DAY0), &[], "4\n");
    assert!(
        out.contains("Nothing to review now") && out.contains("--new N"),
        "{out}"
    );
    // one session may ask for more
    let out = env.review(&at(DAY0), &["--new", "3"], &"4\n".repeat(3));
    assert!(
        out.contains("3 cards to study") && out.contains("Card 22?"),
        "{out}"
    );
    // settings: 2 new per day, 5 reviews per day
    env.cmd(&at(DAY0))
        .args(["config", "new-per-day", "2"])
        .assert()
        .success();
    env.cmd(&at(DAY0))
        .args(["config", "reviews-per-day", "5"])
        .assert()
        .success();
    let out = env.review(&at(&day(1)), &[], &"4\n".repeat(10));
    assert!(out.contains("7 cards to study: 5 due, 2 new"), "{out}");
    // the limit counts what was done earlier the same day
    let out = env.review(&at(&day(1)), &[], &"4\n".repeat(10));
    assert!(out.contains("Nothing to review now"), "{out}");
    let out = env.review(&at(&day(1)), &["--limit", "4"], &"4\n".repeat(10));
    assert!(out.contains("4 cards to study: 4 due, 0 new"), "{out}");
    // --deck limits the session to one deck; the day's new cards are the
    // collection's, so another deck has none left today
    env.import_deck(&at(DAY0), "Other", &[("o", "Other card?", "o")]);
    let out = env.review(&at(&day(1)), &["--deck", "Other"], "4\n");
    assert!(out.contains("Nothing to review now"), "{out}");
    let out = env.review(&at(&day(1)), &["--deck", "Other", "--new", "5"], "4\n");
    assert!(
        out.contains("1 card to study") && out.contains("Other card?"),
        "{out}"
    );
}

#[test]
fn skip_hides_a_card_until_tomorrow() {
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("a", "A?", "1"), ("b", "B?", "2")]);
    let out = env.review(&at(DAY0), &[], "s\n4\n");
    assert!(out.contains("Skipped until tomorrow"), "{out}");
    assert_eq!(card(&env, 0)["state"], "new");
    let out = env.review(&at(DAY0), &["--new", "5"], "4\n");
    assert!(!out.contains("A?"), "{out}");
    let out = env.review(&at(&day(1)), &[], "4\n4\n");
    assert!(out.contains("A?"), "{out}");
}

#[test]
fn multiple_choice_letters_are_graded() {
    let env = Env::new();
    let deck = json!({"format": "recall-deck/1", "name": "MC", "cards": [
        {"id": "m1", "front": "Which is a prime?", "choices": ["4", "6", "7", "9"], "answer": 2, "explanation": "7 has no divisors but 1 and itself."},
        {"id": "m2", "front": "Which is even?", "choices": ["3", "8", "5"], "answer": 1}
    ]});
    let p = env.write("mc.json", &deck.to_string());
    env.cmd(&at(DAY0)).arg("import").arg(&p).assert().success();
    let now = chrono::DateTime::parse_from_rfc3339(&at(DAY0))
        .unwrap()
        .timestamp() as u64;
    let ids: Vec<i64> = (0..2)
        .map(|i| card(&env, i)["id"].as_i64().unwrap())
        .collect();
    let letter_of = |id: i64, len: usize, right: usize| {
        let order = recall::review::session::choice_order(len, id, now);
        recall::review::session::letter(order.iter().position(|&c| c == right).unwrap())
    };
    let right = letter_of(ids[0], 4, 2);
    let wrong = if letter_of(ids[1], 3, 1) == 'a' {
        'b'
    } else {
        'a'
    };
    // right letter: graded 4; wrong: graded 1, then a drill answered right
    let drill_right = letter_of(ids[1], 3, 1);
    let out = env.review(
        &at(DAY0),
        &[],
        &format!("{right}\n{wrong}\n{drill_right}\n"),
    );
    assert!(out.contains("✓ Right."), "{out}");
    assert!(out.contains("✗ Wrong — the answer is"), "{out}");
    assert!(out.contains("7 has no divisors"), "{out}");
    assert!(out.contains("a) ") && out.contains("d) "));
    let m1 = card(&env, 0);
    let m2 = card(&env, 1);
    assert_eq!(
        (m1["ease"].clone(), m1["reps"].clone()),
        (json!(2.5), json!(1))
    );
    assert_eq!(
        (m2["ease"].clone(), m2["reps"].clone()),
        (json!(1.96), json!(0))
    );
    // a grade digit works on a multiple-choice card too
    let out = env.review(&at(&day(1)), &[], "5\n5\n");
    assert!(out.contains("[2/2]"), "{out}");
    assert_eq!(card(&env, 0)["ease"], json!(2.6));
}

#[test]
fn leeches_are_tagged_and_optionally_suspended() {
    for suspend in [false, true] {
        let env = Env::new();
        env.import_deck(&at(DAY0), "D", &[("a", "Hard?", "1")]);
        env.cmd(&at(DAY0))
            .args(["config", "suspend-leeches", &suspend.to_string()])
            .assert()
            .success();
        let mut last = String::new();
        for i in 0..16 {
            // learn (4), then fail (1): each failure of a learned card is a lapse
            let input = if i % 2 == 0 { "4\n" } else { "1\n4\n" };
            last = env.review(&at(&day(i)), &[], input);
        }
        assert!(last.contains("This card is a leech (8 lapses)"), "{last}");
        let c = card(&env, 0);
        assert_eq!(c["lapses"], 8);
        assert_eq!(c["tags"], json!(["leech"]));
        assert_eq!(c["state"], if suspend { "suspended" } else { "learning" });
    }
}

#[test]
fn first_run_imports_the_bundled_decks() {
    let env = Env::new();
    let out = env.review(&at(DAY0), &[], "q\n");
    assert!(
        out.contains("Your collection was empty, so recall imported the bundled deck"),
        "{out}"
    );
    // exactly the deck shipped in decks/, compiled into the binary
    let shipped: Value =
        serde_json::from_str(include_str!("../../decks/aws-shared-responsibility.json")).unwrap();
    let decks = env.json(&at(DAY0), &["decks"]);
    assert_eq!(decks.as_array().unwrap().len(), 1);
    assert_eq!(decks[0]["name"], shipped["name"]);
    assert_eq!(
        decks[0]["cards"].as_u64().unwrap() as usize,
        shipped["cards"].as_array().unwrap().len()
    );
    assert!(out.contains(&format!(
        "({} cards)",
        shipped["cards"].as_array().unwrap().len()
    )));
    // the second time, nothing is imported again
    let out = env.review(&at(DAY0), &[], "q\n");
    assert!(!out.contains("imported"), "{out}");
}

#[test]
fn end_of_input_ends_cleanly_with_a_summary() {
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("a", "A?", "1"), ("b", "B?", "2")]);
    let out = env.review(&at(DAY0), &[], "5\n");
    assert!(out.contains("Session over."), "{out}");
    assert!(
        out.contains("Still to do today: 1 new — `recall review` carries on."),
        "{out}"
    );
    assert_eq!(review_log(&env).len(), 1);
    // invalid input is explained, not fatal
    let out = env.review(&at(DAY0), &[], "banana\n9\n4\n");
    assert!(out.contains("Type a grade from 0 to 5"), "{out}");
    assert_eq!(review_log(&env).len(), 2);
}

/// Starts `recall review` with a pipe for stdin; lines of stdout arrive on
/// the returned channel.
pub fn spawn_session(env: &Env, now: &str) -> (std::process::Child, mpsc::Receiver<String>) {
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("recall"))
        .env_clear()
        .env("TZ", "UTC")
        .arg("--db")
        .arg(&env.db)
        .arg("--now")
        .arg(now)
        .arg("review")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (child, rx)
}

/// Waits until a line containing `needle` arrives.
pub fn wait_for(rx: &mpsc::Receiver<String>, needle: &str) {
    loop {
        let line = rx
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("no line with {needle:?}"));
        if line.contains(needle) {
            return;
        }
    }
}

#[test]
fn a_killed_session_keeps_every_answer() {
    let env = Env::new();
    env.import_numbered(&at(DAY0), "D", 10, |i| format!("Card {i}?"));
    let (mut child, rx) = spawn_session(&env, &at(DAY0));
    let mut stdin = child.stdin.take().unwrap();
    for n in 1..=3 {
        wait_for(&rx, &format!("[{n}/10]"));
        stdin.write_all(b"5\n").unwrap();
        stdin.flush().unwrap();
    }
    // the fourth card is on screen: the third answer was committed before it
    wait_for(&rx, "[4/10]");
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert_eq!(review_log(&env).len(), 3);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let learned: i64 = conn
        .query_row(
            "SELECT count(*) FROM cards WHERE reps = 1 AND due IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(learned, 3);
}

#[test]
fn two_sessions_at_once_do_not_double_count() {
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("a", "A?", "1"), ("b", "B?", "2")]);
    let (mut first, rx) = spawn_session(&env, &at(DAY0));
    wait_for(&rx, "[1/2]");
    // meanwhile another session answers the first card
    env.review(&at(DAY0), &[], "5\nq\n");
    let mut stdin = first.stdin.take().unwrap();
    stdin.write_all(b"4\n4\n").unwrap();
    drop(stdin);
    let mut rest = Vec::new();
    while let Ok(line) = rx.recv_timeout(Duration::from_secs(20)) {
        rest.push(line);
    }
    first.wait().unwrap();
    let text = rest.join("\n");
    assert!(text.contains("answered in another session"), "{text}");
    let log = review_log(&env);
    assert_eq!(log.len(), 2, "{log:?}");
    assert_ne!(log[0].0, log[1].0, "each card answered once");
    assert_eq!(
        card(&env, 0)["ease"],
        json!(2.6),
        "the first session's answer stands"
    );
}
