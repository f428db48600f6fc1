//! The session at a terminal, driven through a pseudo-terminal as a person
//! would drive it: single keys, no Enter, and the terminal given back as it
//! was (`stty -g` before and after) however the session ends.

use std::process::Command;

use rexpect::session::{spawn_with_options, Options, PtySession};

use crate::common::{at, Env};
use crate::review::{review_log, DAY0};

/// `recall review` in a shell on a fresh pseudo-terminal of `cols`
/// columns; the shell prints the terminal's settings before and after.
fn session(env: &Env, cols: usize) -> PtySession {
    let recall = assert_cmd::cargo::cargo_bin("recall");
    // the inner shell says its pid, then becomes recall (same pid)
    let script = format!(
        "stty cols {cols} rows 40; echo \"before $(stty -g)\"; \
         sh -c 'echo \"pid $$\"; exec \"$0\" \"$@\"' '{}' --db '{}' --now '{}' review; \
         echo \"exit $?\"; echo \"after $(stty -g)\"",
        recall.display(),
        env.db.display(),
        at(DAY0)
    );
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(script)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TZ", "UTC")
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    let options = Options::new()
        .timeout_ms(Some(20_000))
        .strip_ansi_escape_codes(true);
    spawn_with_options(cmd, options).expect("a pseudo-terminal")
}

/// `text` as the pseudo-terminal reader hands it over: one char per byte.
fn bytes(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// Types `keys` (no Enter unless they say so).
fn press(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// Waits for `text` on the screen.
fn expect(p: &mut PtySession, text: &str) {
    p.exp_string(&bytes(text)).unwrap();
}

/// The terminal settings the shell printed after `label`.
fn settings(p: &mut PtySession, label: &str) -> String {
    expect(p, &format!("{label} "));
    p.read_line().unwrap().trim().to_string()
}

/// Ends the session's shell, checking that recall exited with `code` and
/// left the terminal as it found it.
fn finish(p: &mut PtySession, before: &str, code: i32) {
    expect(p, &format!("exit {code}"));
    let after = settings(p, "after");
    assert_eq!(after, before, "the terminal was not restored");
    p.exp_eof().unwrap();
}

fn kinds(env: &Env) -> Vec<String> {
    review_log(env)
        .into_iter()
        .map(|r| format!("{}{}", r.1, r.2))
        .collect()
}

#[test]
fn one_key_reveals_one_key_grades_and_q_quits() {
    let env = Env::new();
    env.import_deck(
        &at(DAY0),
        "D",
        &[
            ("a", "First?", "One"),
            ("b", "Second?", "Two"),
            ("c", "Third?", "Three"),
        ],
    );
    let mut p = session(&env, 80);
    let before = settings(&mut p, "before");
    expect(&mut p, "D · 3 left");
    expect(&mut p, "First?");
    expect(&mut p, "Space show answer");
    press(&mut p, " ");
    expect(&mut p, "→ One");
    // the whole legend for the first cards, then the grade keys
    expect(&mut p, "0 complete blackout");
    expect(&mut p, "grade 0–5");
    press(&mut p, "4");
    expect(&mut p, "next in 1 day");
    // a digit at the front grades at once, the answer shown all the same
    expect(&mut p, "D · 2 left");
    expect(&mut p, "Second?");
    press(&mut p, "2");
    expect(&mut p, "→ Two");
    expect(&mut p, "It comes back at the end of this session.");
    expect(&mut p, "D · 1 left · 1 to repeat");
    expect(&mut p, "Third?");
    // u takes the last answer back at once: Second is shown again
    press(&mut p, "u");
    expect(&mut p, "Undone");
    expect(&mut p, "D · 2 left");
    expect(&mut p, "Second?");
    press(&mut p, "5");
    expect(&mut p, "Third?");
    press(&mut p, "q");
    expect(&mut p, "Session over.");
    expect(&mut p, "Still to do today: 1 new");
    finish(&mut p, &before, 0);
    assert_eq!(kinds(&env), ["new4", "new5"]);
}

/// A session of two cards, the first graded 5 and the second's answer
/// shown; with the terminal's settings before it and recall's pid.
fn second_answer_shown(env: &Env) -> (PtySession, String, String) {
    env.import_deck(&at(DAY0), "D", &[("a", "A?", "1"), ("b", "B?", "2")]);
    let mut p = session(env, 80);
    let before = settings(&mut p, "before");
    let pid = settings(&mut p, "pid");
    expect(&mut p, "A?");
    press(&mut p, "5");
    expect(&mut p, "B?");
    press(&mut p, " ");
    expect(&mut p, "grade 0–5");
    (p, before, pid)
}

#[test]
fn ctrl_c_and_ctrl_d_quit_and_give_the_terminal_back() {
    for control in ['c', 'd'] {
        let env = Env::new();
        let (mut p, before, _) = second_answer_shown(&env);
        p.send_control(control).unwrap();
        expect(&mut p, "Session over.");
        finish(&mut p, &before, 0);
        assert_eq!(kinds(&env), ["new5"], "Ctrl-{control}");
    }
}

#[test]
fn a_multiple_choice_card_takes_a_letter_then_enter() {
    let env = Env::new();
    let deck = serde_json::json!({"format": "recall-deck/1", "name": "MC", "cards": [
        {"id": "m", "front": "Which is a prime?", "choices": ["4", "6", "7", "9"], "answer": 2}
    ]});
    let path = env.write("mc.json", &deck.to_string());
    env.cmd(&at(DAY0))
        .arg("import")
        .arg(path)
        .assert()
        .success();
    let mut p = session(&env, 80);
    let before = settings(&mut p, "before");
    expect(&mut p, "Which is a prime?");
    expect(&mut p, "a–d answer");
    press(&mut p, "a");
    let (_, verdict) = p
        .exp_regex(&format!("{}|{}", bytes("✓ Right"), bytes("✗ Wrong")))
        .unwrap();
    expect(&mut p, "grade 0–5, Enter");
    press(&mut p, "\r");
    let right = verdict == bytes("✓ Right");
    if !right {
        // graded 1: the card comes back, and is passed with a 5
        expect(&mut p, "Which is a prime?");
        press(&mut p, "5");
    }
    expect(&mut p, "Session over.");
    finish(&mut p, &before, 0);
    let expected: &[&str] = if right {
        &["new4"]
    } else {
        &["new1", "drill5"]
    };
    assert_eq!(kinds(&env), expected);
}

#[test]
fn card_text_is_wrapped_to_the_terminal() {
    let env = Env::new();
    let front = "Which party is responsible for configuring the security groups, the network access control lists and the operating system firewall of an Amazon EC2 instance?";
    env.import_deck(&at(DAY0), "D", &[("a", front, "The customer.")]);
    for cols in [80, 200] {
        let mut p = session(&env, cols);
        let before = settings(&mut p, "before");
        let width = cols.min(100);
        for line in recall::review::screen::wrap(front, width, "", "") {
            assert!(line.chars().count() <= width);
            expect(&mut p, &format!("{line}\r\n"));
        }
        press(&mut p, "q");
        finish(&mut p, &before, 0);
    }
}

#[test]
fn q_stops_waiting_for_a_busy_collection_and_says_the_answer_is_not_saved() {
    let env = Env::new();
    env.import_deck(&at(DAY0), "D", &[("a", "A?", "1"), ("b", "B?", "2")]);
    let mut p = session(&env, 80);
    let before = settings(&mut p, "before");
    expect(&mut p, "A?");
    let other = rusqlite::Connection::open(&env.db).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    press(&mut p, "5");
    expect(&mut p, "waiting to save this answer — q gives up");
    press(&mut p, "q");
    expect(
        &mut p,
        "Not saved: the collection stayed busy, so this answer was not recorded",
    );
    expect(&mut p, "Session over.");
    finish(&mut p, &before, 0);
    other.execute_batch("COMMIT").unwrap();
    assert!(kinds(&env).is_empty());
}

#[test]
fn a_termination_or_hang_up_signal_saves_what_was_answered_and_restores_the_terminal() {
    for signal in ["TERM", "HUP"] {
        let env = Env::new();
        let (mut p, before, pid) = second_answer_shown(&env);
        let sent = Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .unwrap();
        assert!(sent.success());
        expect(&mut p, "Interrupted: every answer so far is saved.");
        finish(&mut p, &before, 130);
        assert_eq!(kinds(&env), ["new5"], "SIG{signal}");
    }
}
