//! `recall stats`: every number of `--json` checked against a review history
//! built with scripted sessions over simulated days and worked out by hand.

use serde_json::{json, Value};

use crate::common::{at, Env};

fn stats(env: &Env, now: &str, args: &[&str]) -> Value {
    let mut all = vec!["stats"];
    all.extend_from_slice(args);
    env.json(now, &all)
}

/// The id of the card with deck-file id `key`.
fn card_id(env: &Env, key: &str) -> i64 {
    let cards = env.json(&at("2026-01-01"), &["cards"]);
    cards
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["key"] == key)
        .unwrap_or_else(|| panic!("no card {key}"))["id"]
        .as_i64()
        .unwrap()
}

fn suspend(env: &Env, now: &str, key: &str) {
    let id = card_id(env, key).to_string();
    env.cmd(now).args(["suspend", &id]).assert().success();
}

/// `{"reviews", "passed", "rate"}` for `passed` out of `reviews`.
fn rate(reviews: u64, passed: u64) -> Value {
    let r = if reviews == 0 {
        Value::Null
    } else {
        json!(passed as f64 / reviews as f64)
    };
    json!({"reviews": reviews, "passed": passed, "rate": r})
}

/// Retention windows 1d, 7d, 30d, 365d from (young, mature) (reviews, passed).
fn retention(windows: [((u64, u64), (u64, u64)); 4]) -> Value {
    let names = [("1d", 1), ("7d", 7), ("30d", 30), ("365d", 365)];
    Value::Array(
        names
            .iter()
            .zip(windows)
            .map(|(&(window, days), (y, m))| {
                json!({
                    "window": window,
                    "days": days,
                    "young": rate(y.0, y.1),
                    "mature": rate(m.0, m.1),
                    "all": rate(y.0 + m.0, y.1 + m.1),
                })
            })
            .collect(),
    )
}

/// The local date `offset` days after `day`.
fn date(day: &str, offset: i64) -> String {
    let d = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
    (d + chrono::Duration::days(offset))
        .format("%Y-%m-%d")
        .to_string()
}

/// A forecast of `n` days from `today`: zero except on the given days.
fn forecast(today: &str, n: i64, due: &[(i64, u64)]) -> Value {
    Value::Array(
        (0..n)
            .map(|i| {
                let d = due.iter().find(|(o, _)| *o == i).map_or(0, |(_, c)| *c);
                json!({"date": date(today, i), "due": d})
            })
            .collect(),
    )
}

/// An activity series of `n` days ending `today`, zero except on the given
/// dates: (date, reviews, passed, new, drills). Answer times vary from run
/// to run, so they are compared apart.
fn activity(today: &str, n: i64, days: &[(&str, u64, u64, u64, u64)]) -> Value {
    Value::Array(
        (0..n)
            .rev()
            .map(|back| {
                let d = date(today, -back);
                let (r, p, new, dr) = days
                    .iter()
                    .find(|x| x.0 == d)
                    .map_or((0, 0, 0, 0), |x| (x.1, x.2, x.3, x.4));
                json!({"date": d, "reviews": r, "passed": p, "new": new, "drills": dr, "crams": 0})
            })
            .collect(),
    )
}

/// Floats written to nine places: the JSON reader in the tests may be an
/// ulp away from what recall wrote, and the rates are checked, not the last
/// bit of their printing.
fn rounded(v: Value) -> Value {
    match v {
        Value::Number(n) if n.is_f64() => Value::String(format!("{:.9}", n.as_f64().unwrap())),
        Value::Array(a) => Value::Array(a.into_iter().map(rounded).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, rounded(v))).collect()),
        v => v,
    }
}

/// Takes the answer times out of a report (they depend on how fast the
/// machine is) after checking that they add up.
fn without_times(mut v: Value) -> Value {
    let days = v["activity"].as_array_mut().unwrap();
    let mut sum = 0;
    for d in days.iter_mut() {
        sum += d["time_ms"].as_u64().unwrap();
        d.as_object_mut().unwrap().remove("time_ms");
    }
    assert_eq!(
        v["time_ms"].as_u64().unwrap(),
        sum,
        "time_ms is the sum of the days"
    );
    v.as_object_mut().unwrap().remove("time_ms");
    rounded(v)
}

fn collection(
    new: u64,
    learning: u64,
    young: u64,
    mature: u64,
    suspended: u64,
    leeches: u64,
) -> Value {
    json!({
        "new": new, "learning": learning, "young": young, "mature": mature,
        "suspended": suspended, "leeches": leeches,
        "cards": new + learning + young + mature + suspended,
    })
}

fn deck_row(name: &str, c: Value) -> Value {
    let mut row = json!({"name": name});
    row.as_object_mut()
        .unwrap()
        .extend(c.as_object().unwrap().clone());
    row
}

/// E-Factor buckets 1.30–1.49 … ≥ 2.90 with these counts.
fn ease(cards: [u64; 9]) -> Value {
    let mins = [1.3, 1.5, 1.7, 1.9, 2.1, 2.3, 2.5, 2.7, 2.9];
    let maxs = [
        json!(1.49),
        json!(1.69),
        json!(1.89),
        json!(2.09),
        json!(2.29),
        json!(2.49),
        json!(2.69),
        json!(2.89),
        Value::Null,
    ];
    Value::Array(
        (0..9)
            .map(|i| json!({"min": mins[i], "max": maxs[i], "cards": cards[i]}))
            .collect(),
    )
}

/// The story: three decks, cards on different paths, over ten weeks.
///
/// - a1 (Alpha) is graded 5 on each due day: intervals 1, 6, 17, 48, 140 —
///   reviewed Jan 1 (new), Jan 2, 8, 25 (young) and Mar 14 (mature).
/// - a2 (Alpha) passes and fails on alternate days from Jan 1 to Jan 16:
///   eight lapses (Jan 2, 4, …, 16, each a young review failed, then a
///   drill), so it becomes a leech; then it is suspended. Its passes come
///   after a lapse (n = 0 before), so they are not reviews of learned cards.
/// - a3 (Alpha) is suspended before it is ever seen.
/// - b1 (Beta) is graded 4, 4, 4 (Jan 1, 2, 8: intervals 1, 6, 15), 3 on
///   Jan 23 (interval 38, EF 2.36, a drill), fails its first mature review on
///   Mar 2 (EF 2.04, a drill), is relearned late on Mar 9 (n = 0 before) and
///   passes a young review on Mar 10 (interval 6, EF 2.14, due Mar 16).
/// - b2 (Beta) stays new.
/// - g1 (Gamma) is learned on Mar 1 (due Mar 2) and never reviewed again.
fn story() -> Env {
    let env = Env::new();
    let day0 = at("2026-01-01");
    env.import_deck(
        &day0,
        "Alpha",
        &[
            ("a1", "Alpha one?", "1"),
            ("a2", "Alpha two?", "2"),
            ("a3", "Alpha three?", "3"),
        ],
    );
    env.import_deck(
        &day0,
        "Beta",
        &[("b1", "Beta one?", "1"), ("b2", "Beta two?", "2")],
    );
    env.import_deck(&day0, "Gamma", &[("g1", "Gamma one?", "1")]);
    suspend(&env, &day0, "a3");
    env.review(&day0, &["--deck", "Alpha", "--new", "2"], "5\n5\n");
    env.review(&day0, &["--deck", "Beta", "--new", "1"], "4\n");
    let session = |day: &str, deck: &str, input: &str| {
        let out = env.review(&at(day), &["--deck", deck, "--new", "0"], input);
        assert!(out.contains("Session over"), "{day} {deck}: {out}");
    };
    session("2026-01-02", "Alpha", "5\n1\n4\n");
    session("2026-01-02", "Beta", "4\n");
    for day in 3..=16 {
        let date = format!("2026-01-{day:02}");
        if day == 8 {
            session(&date, "Alpha", "5\n1\n4\n");
            session(&date, "Beta", "4\n");
        } else if day % 2 == 1 {
            session(&date, "Alpha", "5\n");
        } else {
            session(&date, "Alpha", "1\n4\n");
        }
    }
    env
}

fn finish_story(env: &Env) {
    let session = |day: &str, deck: &str, input: &str| {
        let out = env.review(&at(day), &["--deck", deck, "--new", "0"], input);
        assert!(out.contains("Session over"), "{day} {deck}: {out}");
        out
    };
    suspend(env, &at("2026-01-16"), "a2");
    session("2026-01-23", "Beta", "3\n4\n");
    session("2026-01-25", "Alpha", "5\n");
    env.review(&at("2026-03-01"), &["--deck", "Gamma", "--new", "1"], "5\n");
    session("2026-03-02", "Beta", "2\n4\n");
    session("2026-03-09", "Beta", "5\n");
    session("2026-03-10", "Beta", "4\n");
    let out = session("2026-03-14", "Alpha", "5\n");
    assert!(out.contains("next in 140 days, on 2026-08-01"), "{out}");
}

#[test]
fn every_number_of_a_ten_week_history() {
    let env = story();

    // Jan 16, after the session: a2 has just become a leech.
    let today = "2026-01-16";
    let r = without_times(stats(&env, &at(today), &[]));
    let expected = json!({
        "today": today,
        "deck": null,
        "days": 30,
        // a1, b1 young; a2 learning (n = 0) and a leech; a3 suspended; b2, g1 new
        "collection": collection(2, 1, 2, 0, 1, 1),
        "decks": [
            deck_row("Alpha", collection(0, 1, 1, 0, 1, 1)),
            deck_row("Beta", collection(1, 0, 1, 0, 0, 0)),
            deck_row("Gamma", collection(1, 0, 0, 0, 0, 0)),
        ],
        // 1d: a2 failed; 7d (Jan 10–16): a2 failed four times; 30d and 365d:
        // a1 Jan 2, 8 and b1 Jan 2, 8 passed, a2 failed eight times
        "retention": retention([((1, 0), (0, 0)), ((4, 0), (0, 0)), ((12, 4), (0, 0)), ((12, 4), (0, 0))]),
        // a2 due tomorrow, b1 on Jan 23, a1 on Jan 25
        "forecast": forecast(today, 30, &[(1, 1), (7, 1), (9, 1)]),
        "overdue": 0,
        "activity": activity(today, 30, &[
            ("2026-01-01", 3, 3, 3, 0),
            ("2026-01-02", 3, 2, 0, 1),
            ("2026-01-03", 1, 1, 0, 0),
            ("2026-01-04", 1, 0, 0, 1),
            ("2026-01-05", 1, 1, 0, 0),
            ("2026-01-06", 1, 0, 0, 1),
            ("2026-01-07", 1, 1, 0, 0),
            ("2026-01-08", 3, 2, 0, 1),
            ("2026-01-09", 1, 1, 0, 0),
            ("2026-01-10", 1, 0, 0, 1),
            ("2026-01-11", 1, 1, 0, 0),
            ("2026-01-12", 1, 0, 0, 1),
            ("2026-01-13", 1, 1, 0, 0),
            ("2026-01-14", 1, 0, 0, 1),
            ("2026-01-15", 1, 1, 0, 0),
            ("2026-01-16", 1, 0, 0, 1),
        ]),
        "streak": 16,
        // a2 1.30; b1 2.50; a1 2.80
        "ease": ease([1, 0, 0, 0, 0, 0, 1, 1, 0]),
        "hardest": [
            {"id": card_id(&env, "a2"), "deck": "Alpha", "front": "Alpha two?", "state": "learning",
             "lapses": 8, "ease": 1.3, "interval": 1, "reps": 0, "due": "2026-01-17", "leech": true},
        ],
    });
    assert_eq!(r, rounded(expected));

    finish_story(&env);

    // Mar 15: nothing answered yet today.
    let today = "2026-03-15";
    let r = without_times(stats(&env, &at(today), &[]));
    let expected = json!({
        "today": today,
        "deck": null,
        "days": 30,
        // b2 new; g1 learning; b1 young; a1 mature; a2, a3 suspended; a2 a leech
        "collection": collection(1, 1, 1, 1, 2, 1),
        "decks": [
            deck_row("Alpha", collection(0, 0, 0, 1, 2, 1)),
            deck_row("Beta", collection(1, 0, 1, 0, 0, 0)),
            deck_row("Gamma", collection(0, 1, 0, 0, 0, 0)),
        ],
        "retention": retention([
            // 1d: nothing today
            ((0, 0), (0, 0)),
            // 7d (Mar 9–15): b1 Mar 10 passed (Mar 9 was n = 0); a1 Mar 14 passed
            ((1, 1), (1, 1)),
            // 30d (Feb 14 – Mar 15): and b1 failed its mature review on Mar 2
            ((1, 1), (2, 1)),
            // 365d: young a1 ×3 passed, a2 ×8 failed, b1 ×4 passed; mature as 30d
            ((15, 7), (2, 1)),
        ]),
        // g1 overdue since Mar 2 (counted today), b1 due Mar 16
        "forecast": forecast(today, 30, &[(0, 1), (1, 1)]),
        "overdue": 1,
        "activity": activity(today, 30, &[
            ("2026-03-01", 1, 1, 1, 0),
            ("2026-03-02", 1, 0, 0, 1),
            ("2026-03-09", 1, 1, 0, 0),
            ("2026-03-10", 1, 1, 0, 0),
            ("2026-03-14", 1, 1, 0, 0),
        ]),
        // Mar 14, and nothing yet today
        "streak": 1,
        // a2 1.30; b1 2.14; g1 2.60; a1 3.00
        "ease": ease([1, 0, 0, 0, 1, 0, 1, 0, 1]),
        "hardest": [
            {"id": card_id(&env, "a2"), "deck": "Alpha", "front": "Alpha two?", "state": "suspended",
             "lapses": 8, "ease": 1.3, "interval": 1, "reps": 0, "due": "2026-01-17", "leech": true},
            {"id": card_id(&env, "b1"), "deck": "Beta", "front": "Beta one?", "state": "young",
             "lapses": 1, "ease": 2.14, "interval": 6, "reps": 2, "due": "2026-03-16", "leech": false},
        ],
    });
    assert_eq!(r, rounded(expected));

    // --deck (any case) limits every part to that deck.
    let r = without_times(stats(&env, &at(today), &["--deck", "beta", "--days", "7"]));
    let expected = json!({
        "today": today,
        "deck": "Beta",
        "days": 7,
        "collection": collection(1, 0, 1, 0, 0, 0),
        "decks": [deck_row("Beta", collection(1, 0, 1, 0, 0, 0))],
        "retention": retention([
            ((0, 0), (0, 0)),
            ((1, 1), (0, 0)),
            ((1, 1), (1, 0)),
            ((4, 4), (1, 0)),
        ]),
        "forecast": forecast(today, 7, &[(1, 1)]),
        "overdue": 0,
        "activity": activity(today, 7, &[("2026-03-09", 1, 1, 0, 0), ("2026-03-10", 1, 1, 0, 0)]),
        "streak": 0,
        "ease": ease([0, 0, 0, 0, 1, 0, 0, 0, 0]),
        "hardest": [
            {"id": card_id(&env, "b1"), "deck": "Beta", "front": "Beta one?", "state": "young",
             "lapses": 1, "ease": 2.14, "interval": 6, "reps": 2, "due": "2026-03-16", "leech": false},
        ],
    });
    assert_eq!(r, rounded(expected));

    // The tables say the same.
    let out = env.cmd(&at(today)).arg("stats").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for want in [
        "Statistics · all decks · today 2026-03-15",
        "6 cards",
        "47% (7/15)",
        "streak 1 day",
        "1 overdue",
        "busiest: 2026-03-15 with 1 card",
        "Sun ▒░·░····░··",
        "Alpha two?",
        "suspended, leech",
        "█",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
    let today_row = text
        .lines()
        .find(|l| l.trim_start().starts_with("today"))
        .unwrap();
    assert_eq!(today_row.matches("no reviews").count(), 3, "{today_row}");
}

#[test]
fn the_day_starts_at_four_in_the_morning() {
    let env = Env::new();
    env.import_deck(
        &at("2026-01-01"),
        "D",
        &[("x", "X?", "x"), ("y", "Y?", "y")],
    );
    env.review(&at("2026-01-01"), &[], "5\n5\n");
    // 03:59 on Jan 3 is still Jan 2: x, due Jan 2, is answered on Jan 2 ...
    env.review("2026-01-03T03:59:00Z", &[], "5\nq\n");
    // ... and at 04:00 Jan 3 has begun: y is answered a day late.
    env.review("2026-01-03T04:00:00Z", &[], "5\n");

    let r = stats(&env, "2026-01-03T10:00:00Z", &["--days", "3"]);
    assert_eq!(r["today"], "2026-01-03");
    assert_eq!(r["retention"][0]["all"], rate(1, 1));
    assert_eq!(r["retention"][1]["all"], rate(2, 2));
    assert_eq!(r["retention"][2]["all"], rate(2, 2));
    let days: Vec<(String, u64)> = r["activity"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["date"].as_str().unwrap().to_string(),
                d["reviews"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        days,
        vec![
            ("2026-01-01".into(), 2),
            ("2026-01-02".into(), 1),
            ("2026-01-03".into(), 1)
        ]
    );
    assert_eq!(r["streak"], 3);

    // At 03:59 "today" is still Jan 2, and Jan 3's answer is not in it yet.
    let r = stats(&env, "2026-01-03T03:59:30Z", &["--days", "2"]);
    assert_eq!(r["today"], "2026-01-02");
    assert_eq!(r["retention"][0]["all"], rate(1, 1));
    assert_eq!(r["activity"][1]["date"], "2026-01-02");
    assert_eq!(r["streak"], 2);
}

#[test]
fn an_undone_answer_leaves_no_trace() {
    let cards = [("a", "A?", "a"), ("b", "B?", "b"), ("c", "C?", "c")];
    let with_undo = Env::new();
    let without = Env::new();
    for env in [&with_undo, &without] {
        env.import_deck(&at("2026-01-01"), "D", &cards);
        env.review(&at("2026-01-01"), &["--new", "2"], "5\n5\n");
    }
    // a: 5, taken back, then 3 (a drill); b: 4; the drill: 4.
    with_undo.review(&at("2026-01-02"), &["--new", "0"], "5\nu\n3\n4\n4\n");
    without.review(&at("2026-01-02"), &["--new", "0"], "3\n4\n4\n");
    // the only answer of Jan 3 taken back: as if the day had no session
    with_undo.review(&at("2026-01-03"), &["--new", "1"], "3\nu\nq\n");

    let now = at("2026-01-03");
    let a = without_times(stats(&with_undo, &now, &[]));
    let b = without_times(stats(&without, &now, &[]));
    assert_eq!(a, b);
    assert_eq!(a["collection"], collection(1, 0, 2, 0, 0, 0));
    assert_eq!(a["retention"][3]["young"], rounded(rate(2, 2)));
    assert_eq!(a["streak"], 2);
    assert_eq!(
        a["activity"][29],
        json!({"date": "2026-01-03", "reviews": 0, "passed": 0, "new": 0, "drills": 0, "crams": 0})
    );
    assert_eq!(
        a["activity"][28],
        json!({"date": "2026-01-02", "reviews": 2, "passed": 2, "new": 0, "drills": 1, "crams": 0})
    );
}

#[test]
fn an_empty_collection_says_how_to_start() {
    let env = Env::new();
    let out = env.cmd(&at("2026-01-01")).arg("stats").output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "No cards yet — `recall import FILE` or `recall review` to start.\n"
    );

    let r = without_times(stats(&env, &at("2026-01-01"), &["--days", "3"]));
    assert_eq!(
        r,
        rounded(json!({
            "today": "2026-01-01",
            "deck": null,
            "days": 3,
            "collection": collection(0, 0, 0, 0, 0, 0),
            "decks": [],
            "retention": retention([((0, 0), (0, 0)); 4]),
            "forecast": forecast("2026-01-01", 3, &[]),
            "overdue": 0,
            "activity": activity("2026-01-01", 3, &[]),
            "streak": 0,
            "ease": ease([0; 9]),
            "hardest": [],
        }))
    );
}

#[test]
fn an_unknown_deck_or_a_bad_day_count_is_refused() {
    let env = Env::new();
    env.import_deck(&at("2026-01-01"), "D", &[("a", "A?", "a")]);
    let out = env
        .cmd(&at("2026-01-01"))
        .args(["stats", "--deck", "Nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(65));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("there is no deck named 'Nope'"), "{err}");

    let out = env
        .cmd(&at("2026-01-01"))
        .args(["stats", "--days", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("--days takes a whole number of days from 1 to 3650, not '0'"),
        "{err}"
    );
}

#[test]
fn card_text_is_neutralised_in_the_tables() {
    let env = Env::new();
    env.import_deck(
        &at("2026-01-01"),
        "D",
        &[("a", "evil\u{1b}[2J\u{1b}]0;x\u{7} front", "a")],
    );
    env.review(&at("2026-01-01"), &[], "5\n");
    env.review(&at("2026-01-02"), &[], "1\n4\n");
    let out = env.cmd(&at("2026-01-03")).arg("stats").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("evil"), "{text}");
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
}
