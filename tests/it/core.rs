//! The core: import, re-import, malformed decks, listings, the collection file.

use predicates::prelude::*;
use serde_json::{json, Value};

use crate::common::{at, deck_json, Env};

const NOW: &str = "2026-03-01T10:00:00Z";

fn import_counts(v: &Value) -> (u64, u64, u64) {
    let d = &v["decks"][0];
    (
        d["added"].as_u64().unwrap(),
        d["updated"].as_u64().unwrap(),
        d["unchanged"].as_u64().unwrap(),
    )
}

#[test]
fn import_due_reimport_edit() {
    let env = Env::new();
    let cards = [
        ("a", "Capital of France?", "Paris"),
        ("b", "2 + 2?", "4"),
        ("c", "H2O is?", "Water"),
    ];
    let path = env.write("geo.json", &deck_json("Geo", &cards));
    let path = path.to_str().unwrap();

    let v = env.json(NOW, &["import", path]);
    assert_eq!(v["decks"][0]["name"], "Geo");
    assert_eq!(import_counts(&v), (3, 0, 0));

    // New cards are not due yet; they are available.
    let due = env.json(NOW, &["due"]);
    assert_eq!(due["today"], "2026-03-01");
    assert_eq!(due["due"], 0);
    assert_eq!(due["new_available"], 3);

    // Learn all three: a=5, b=4, c=3 -> all interval 1, due tomorrow.
    env.review(NOW, &[], "5\n4\n3\n4\n");
    let due = env.json(&at("2026-03-02"), &["due"]);
    assert_eq!(due["due"], 3);
    assert_eq!(due["overdue"], 0);
    let fronts: Vec<&str> = due["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["front"].as_str().unwrap())
        .collect();
    assert_eq!(fronts, ["Capital of France?", "2 + 2?", "H2O is?"]);
    let first = &due["cards"][0];
    assert_eq!(first["due"], "2026-03-02");
    assert_eq!(first["interval"], 1);
    assert_eq!(first["ease"], 2.6);
    assert_eq!(first["reps"], 1);
    assert_eq!(first["lapses"], 0);
    assert!(first["id"].is_i64() && first["deck"] == "Geo");

    // Re-import: nothing duplicated, schedules kept.
    let before = env.json(NOW, &["cards"]);
    let v = env.json(NOW, &["import", path]);
    assert_eq!(import_counts(&v), (0, 0, 3));
    assert_eq!(env.json(NOW, &["cards"]), before);

    // Edited deck: one back changed, one new card -> updated 1, added 1.
    let edited = [
        ("a", "Capital of France?", "Paris (on the Seine)"),
        ("b", "2 + 2?", "4"),
        ("c", "H2O is?", "Water"),
        ("d", "Largest planet?", "Jupiter"),
    ];
    let path2 = env.write("geo.json", &deck_json("Geo", &edited));
    let dry = env.json(NOW, &["import", "--dry-run", path2.to_str().unwrap()]);
    assert_eq!(import_counts(&dry), (1, 1, 2));
    assert_eq!(
        env.json(NOW, &["cards"]),
        before,
        "a dry run changes nothing"
    );
    let v = env.json(NOW, &["import", path2.to_str().unwrap()]);
    assert_eq!(import_counts(&v), (1, 1, 2));
    let cards = env.json(NOW, &["cards"]);
    let a = &cards[0];
    assert_eq!(a["back"], "Paris (on the Seine)");
    assert_eq!(a["ease"], 2.6, "the edit kept the schedule");
    assert_eq!(a["due"], "2026-03-02");
    assert_eq!(cards.as_array().unwrap().len(), 4);
    assert_eq!(cards[3]["state"], "new");
    assert_eq!(cards[3]["due"], Value::Null);
}

#[test]
fn import_table_output() {
    let env = Env::new();
    let path = env.write("d.json", &deck_json("Deck One", &[("x", "q", "a")]));
    env.cmd(NOW)
        .arg("import")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("Deck One").and(predicate::str::contains("added")));
}

/// Each malformed deck is refused with exit 65, a message naming the file and
/// the place, and the collection is left exactly as it was.
#[test]
fn malformed_decks_are_refused_and_change_nothing() {
    let env = Env::new();
    env.import_deck(NOW, "Base", &[("a", "A?", "1")]);
    env.review(NOW, &[], "4\n");
    let snapshot = env.snapshot();
    let good = deck_json("Good", &[("g", "G?", "g")]);
    let cases: &[(&str, &str, &str)] = &[
        ("syntax.json", "{\n \"format\": \"recall-deck/1\",\n \"name\": \"X\",\n \"cards\": [ {\"front\": \"a\" \"back\": \"b\"} ]\n}", "syntax.json:4:"),
        ("unknown.json", "{\"format\":\"recall-deck/1\",\"name\":\"X\",\"cards\":[\n{\"front\":\"a\",\"back\":\"b\"},\n{\"front\":\"c\",\"back\":\"d\",\"hint\":\"h\"}]}", "card 2"),
        ("empty-front.json", r#"{"format":"recall-deck/1","name":"X","cards":[{"front":"","back":"b"}]}"#, "card 1: the front is empty"),
        ("dup.json", r#"{"format":"recall-deck/1","name":"X","cards":[{"id":"k","front":"a","back":"b"},{"id":"k","front":"c","back":"d"}]}"#, "already used by card 1"),
        ("answer.json", r#"{"format":"recall-deck/1","name":"X","cards":[{"front":"a","choices":["x","y"],"answer":5}]}"#, "\"answer\" is 5"),
        ("format.json", r#"{"format":"recall-deck/9","name":"X","cards":[]}"#, "\"format\" is \"recall-deck/9\""),
        ("not-json.json", "front,back\nq,a\n", "not-json.json: this is not a recall deck"),
    ];
    for (name, text, expect) in cases {
        let bad = env.write(name, text);
        let ok = env.write("good.json", &good);
        // A good file next to a bad one: nothing at all is imported.
        env.cmd(NOW)
            .arg("import")
            .arg(&ok)
            .arg(&bad)
            .assert()
            .code(65)
            .stderr(
                predicate::str::starts_with(format!("recall: error: {}", bad.display()))
                    .and(predicate::str::contains(*expect)),
            );
        assert_eq!(env.snapshot(), snapshot, "{name} changed the collection");
    }
}

/// A deck of `n` numbered cards, card `bad` (from 0) replaced by `card`.
fn large_deck_with(n: usize, bad: usize, card: Value) -> String {
    let cards: Vec<Value> = (0..n)
        .map(|i| {
            if i == bad {
                card.clone()
            } else {
                json!({"id": format!("k{i}"), "front": format!("Q{i}?"), "back": "A"})
            }
        })
        .collect();
    json!({"format": "recall-deck/1", "name": "Big", "cards": cards}).to_string()
}

#[test]
fn a_bad_card_deep_in_a_large_deck_changes_nothing() {
    // Large decks are stored while their later cards are still being read
    // (and, past 10,000 new cards, written with a rollback journal): a bad
    // card near the end must still undo everything.
    let env = Env::new();
    let cases = [
        (
            json!({"id": "x", "front": " ", "back": "b"}),
            "card 11001 (id \"x\"): the front is empty",
        ),
        (
            json!({"id": "k7", "front": "Q?", "back": "b"}),
            "card 11001: id \"k7\" is already used by card 8",
        ),
        (
            json!({"id": "x", "front": "Q?", "back": "b", "hint": 1}),
            "card 11001: unknown field `hint`",
        ),
    ];
    for (i, (card, expect)) in cases.into_iter().enumerate() {
        let bad = env.write(
            &format!("big-{i}.json"),
            &large_deck_with(12_000, 11_000, card),
        );
        let refused = || {
            env.cmd(NOW)
                .arg("import")
                .arg(&bad)
                .assert()
                .code(65)
                .stderr(predicate::str::contains(expect));
        };
        // into a new collection: no file is left behind
        refused();
        assert!(!env.db.exists(), "a failed import left a collection");
        // into a collection in use: it is left as it was
        env.import_deck(NOW, "Base", &[("a", "A?", "1")]);
        env.review(NOW, &[], "4\n");
        let snapshot = env.snapshot();
        refused();
        assert_eq!(env.snapshot(), snapshot);
        std::fs::remove_file(&env.db).unwrap();
    }
    // and the same deck without the bad card imports whole
    let good = env.write(
        "big.json",
        &large_deck_with(
            12_000,
            11_000,
            json!({"id": "x", "front": "X?", "back": "b"}),
        ),
    );
    let v = env.json(NOW, &["import", good.to_str().unwrap()]);
    assert_eq!(import_counts(&v), (12_000, 0, 0));
    let v = env.json(NOW, &["import", good.to_str().unwrap()]);
    assert_eq!(import_counts(&v), (0, 0, 12_000));
}

#[test]
fn unknown_field_error_has_line_and_column() {
    let env = Env::new();
    let bad = env.write("u.json", "{\"format\":\"recall-deck/1\",\"name\":\"X\",\"cards\":[\n  {\"front\":\"a\",\"back\":\"b\"},\n  {\"front\":\"c\", \"bak\":\"d\"}]}");
    env.cmd(NOW)
        .arg("import")
        .arg(&bad)
        .assert()
        .code(65)
        .stderr(
            predicate::str::contains("u.json:3:")
                .and(predicate::str::contains("card 2: unknown field `bak`")),
        );
}

#[test]
fn unreadable_and_non_utf8_files() {
    let env = Env::new();
    env.cmd(NOW)
        .args(["import", "missing.json"])
        .assert()
        .code(74)
        .stderr(predicate::str::contains("cannot read missing.json"));
    let p = env.dir().join("latin1.json");
    std::fs::write(
        &p,
        b"{\"format\":\"recall-deck/1\",\n\"name\":\"Caf\xe9\",\"cards\":[]}",
    )
    .unwrap();
    env.cmd(NOW)
        .arg("import")
        .arg(&p)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "latin1.json:2:12: the file is not UTF-8",
        ));
    assert!(!env.db.exists() || env.json(NOW, &["decks"]) == json!([]));
}

#[test]
fn a_deck_file_past_a_megabyte_is_read_the_same_way() {
    // Large deck files are streamed; they must import, and fail, exactly as
    // small ones do.
    let env = Env::new();
    let cards: Vec<Value> = (0..12_000)
        .map(|i| json!({"id": format!("k{i}"), "front": format!("Q{i}?"), "back": "b".repeat(80)}))
        .collect();
    let text = json!({"format": "recall-deck/1", "name": "Big", "cards": cards}).to_string();
    assert!(text.len() > 1 << 20);
    let good = env.write("big.json", &text);
    let v = env.json(NOW, &["import", good.to_str().unwrap()]);
    assert_eq!(import_counts(&v), (12_000, 0, 0));
    // a Latin-1 byte in the last card's front: the file is refused whole
    let mut bytes = text.into_bytes();
    let at = bytes.len() - 300;
    let at = at + bytes[at..].iter().position(|&b| b == b'Q').unwrap();
    bytes[at] = 0xe9;
    let bad = env.dir().join("bad.json");
    std::fs::write(&bad, &bytes).unwrap();
    env.cmd(NOW)
        .arg("import")
        .arg(&bad)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(format!(
            "bad.json:1:{}: card 11999: the file is not UTF-8 text here — save it as UTF-8",
            at + 1
        )));
    let v = env.json(NOW, &["cards", "--deck", "Big"]);
    assert_eq!(v.as_array().unwrap().len(), 12_000);
}

#[test]
fn reverse_cards_and_multiple_choice_import() {
    let env = Env::new();
    let deck = json!({"format": "recall-deck/1", "name": "R", "cards": [
        {"id": "cap", "front": "Capital of Peru?", "back": "Lima", "reverse": true, "tags": ["geo"]},
        {"id": "mc", "front": "Pick the even number", "choices": ["3", "4", "5"], "answer": 1, "explanation": "4 = 2 × 2"}
    ]});
    let p = env.write("r.json", &deck.to_string());
    let v = env.json(NOW, &["import", p.to_str().unwrap()]);
    assert_eq!(import_counts(&v), (3, 0, 0));
    let cards = env.json(NOW, &["cards"]);
    assert_eq!(cards[1]["front"], "Lima");
    assert_eq!(cards[1]["back"], "Capital of Peru?");
    assert_eq!(cards[1]["tags"], json!(["geo"]));
    assert_eq!(cards[2]["back"], "4");
}

#[test]
fn listings_filter_and_search() {
    let env = Env::new();
    env.import_deck(
        NOW,
        "Alpha",
        &[
            ("1", "Who patches the guest OS on EC2?", "The customer"),
            ("2", "Who secures the hypervisor?", "AWS"),
        ],
    );
    env.import_deck(NOW, "Beta", &[("1", "What is S3?", "Object storage")]);
    let all = env.json(NOW, &["cards"]);
    assert_eq!(all.as_array().unwrap().len(), 3);
    let hits = env.json(NOW, &["cards", "customer"]);
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert_eq!(hits[0]["front"], "Who patches the guest OS on EC2?");
    let hits = env.json(NOW, &["cards", "WHO", "secures"]);
    assert_eq!(hits.as_array().unwrap().len(), 1);
    let beta = env.json(NOW, &["cards", "--deck", "beta"]);
    assert_eq!(beta.as_array().unwrap().len(), 1);
    for c in all.as_array().unwrap() {
        for field in [
            "id", "deck", "front", "back", "state", "due", "interval", "ease", "reps", "lapses",
            "tags",
        ] {
            assert!(c.get(field).is_some(), "cards --json lacks {field}");
        }
    }
    let decks = env.json(NOW, &["decks"]);
    assert_eq!(
        decks[0],
        json!({"name": "Alpha", "cards": 2, "new": 2, "due": 0, "mature": 0, "suspended": 0, "reviews_30d": 0, "retention_30d": null})
    );
    env.cmd(NOW)
        .args(["due", "--deck", "Gamma"])
        .assert()
        .code(65)
        .stderr(predicate::str::contains("there is no deck named 'Gamma'"));
}

#[test]
fn suspend_unsuspend_and_delete() {
    let env = Env::new();
    env.import_deck(NOW, "D", &[("a", "A?", "1"), ("b", "B?", "2")]);
    let id = env.json(NOW, &["cards"])[0]["id"].as_i64().unwrap();
    env.cmd(NOW)
        .args(["suspend", &id.to_string()])
        .assert()
        .success();
    assert_eq!(env.json(NOW, &["cards"])[0]["state"], "suspended");
    assert_eq!(env.json(NOW, &["decks"])[0]["suspended"], 1);
    env.cmd(NOW)
        .args(["unsuspend", &id.to_string()])
        .assert()
        .success();
    assert_eq!(env.json(NOW, &["cards"])[0]["state"], "new");
    env.cmd(NOW)
        .args(["suspend", "99999"])
        .assert()
        .code(65)
        .stderr(predicate::str::contains("no card has the id 99999"));
    env.cmd(NOW)
        .args(["delete", "--deck", "D"])
        .assert()
        .success();
    assert_eq!(env.json(NOW, &["decks"]), json!([]));
}

#[test]
fn card_text_cannot_reach_the_terminal_as_escapes() {
    let env = Env::new();
    let evil = "Evil\u{1b}[2J\u{1b}]0;pwned\u{7}front\u{9b}31m";
    env.import_deck(NOW, "E\u{1b}[31mvil", &[("x", evil, "back\u{1b}[?1049h")]);
    env.review(NOW, &[], "4\n");
    for args in [&["cards"][..], &["due", "--days", "3"], &["decks"]] {
        let out = env.cmd(&at("2026-03-02")).args(args).output().unwrap();
        assert!(out.status.success());
        assert!(!out.stdout.contains(&0x1b), "{args:?} printed an escape");
        assert!(!String::from_utf8_lossy(&out.stdout).contains('\u{9b}'));
    }
    let out = env
        .cmd(&at("2026-03-02"))
        .arg("review")
        .write_stdin("4\n")
        .output()
        .unwrap();
    assert!(!out.stdout.contains(&0x1b), "review printed an escape");
}

#[test]
fn fronts_are_cut_to_the_terminal_width() {
    let env = Env::new();
    let long = "word ".repeat(60);
    env.import_deck(NOW, "W", &[("x", long.trim(), "b")]);
    let out = env
        .cmd(NOW)
        .env("COLUMNS", "80")
        .arg("cards")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains('…'));
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
}

#[test]
fn a_file_that_is_not_a_collection_is_left_untouched() {
    let env = Env::new();
    let p = env.write("notes.txt", "my precious notes\n");
    env.bare()
        .arg("--db")
        .arg(&p)
        .arg("decks")
        .assert()
        .code(65)
        .stderr(predicate::str::contains("is not a recall collection"));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "my precious notes\n");

    let other = env.dir().join("other.sqlite3");
    let conn = rusqlite::Connection::open(&other).unwrap();
    conn.execute_batch("CREATE TABLE photos (id INTEGER)")
        .unwrap();
    drop(conn);
    let bytes = std::fs::read(&other).unwrap();
    env.bare()
        .arg("--db")
        .arg(&other)
        .arg("decks")
        .assert()
        .code(65);
    assert!(
        std::fs::read(&other).unwrap() == bytes,
        "the foreign database was modified"
    );
}

#[test]
fn a_collection_from_a_newer_recall_is_refused() {
    let env = Env::new();
    env.import_deck(NOW, "D", &[("a", "A?", "1")]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    env.cmd(NOW)
        .arg("decks")
        .assert()
        .code(74)
        .stderr(predicate::str::contains("written by a newer recall"));
}

#[test]
fn the_collection_directory_is_created() {
    let env = Env::new();
    let nested = env.dir().join("a/b/c.sqlite3");
    let path = env.write("d.json", &deck_json("D", &[("a", "A?", "1")]));
    env.bare()
        .arg("--db")
        .arg(&nested)
        .arg("import")
        .arg(&path)
        .assert()
        .success();
    assert!(nested.exists());
    // RECALL_DB works as --db does
    let out = env
        .bare()
        .env("RECALL_DB", &nested)
        .env("RECALL_NOW", NOW)
        .args(["--json", "decks"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["cards"], 1);
}

#[test]
fn usage_errors() {
    let env = Env::new();
    env.cmd("yesterday")
        .arg("decks")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("RFC 3339"));
    env.cmd(NOW).arg("frobnicate").assert().code(2);
    env.cmd(NOW)
        .args(["config", "new-per-day", "lots"])
        .assert()
        .code(2);
    let p = env.write("deck.xyz", "hello");
    env.cmd(NOW)
        .arg("import")
        .arg(&p)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--format"));
}

#[test]
fn settings_are_kept_in_the_collection() {
    let env = Env::new();
    env.cmd(NOW)
        .args(["config", "new-per-day", "5"])
        .assert()
        .success();
    env.cmd(NOW)
        .args(["config", "new-per-day"])
        .assert()
        .success()
        .stdout("5\n");
    let all = env.json(NOW, &["config"]);
    assert_eq!(all["new-per-day"], "5");
    assert_eq!(all["day-start"], "4");
}

#[test]
fn anki_text_import() {
    let env = Env::new();
    let tsv = env.write(
        "spanish.txt",
        "#separator:tab\n#html:true\n#deck:Spanish\n#columns:Front\tBack\tTags\nhola\thello<br>hi\tgreeting\nadiós\tgoodbye\t\n",
    );
    let v = env.json(NOW, &["import", tsv.to_str().unwrap()]);
    assert_eq!(v["decks"][0]["name"], "Spanish");
    assert_eq!(import_counts(&v), (2, 0, 0));
    let cards = env.json(NOW, &["cards", "--deck", "Spanish"]);
    assert_eq!(cards[0]["back"], "hello\nhi");
    assert_eq!(cards[0]["tags"], json!(["greeting"]));
    // re-import after an edit in Anki: updated, not duplicated
    let tsv = env.write("spanish.txt", "#separator:tab\n#html:true\n#deck:Spanish\n#columns:Front\tBack\tTags\nhola\thello\tgreeting\nadiós\tgoodbye\t\n");
    assert_eq!(
        import_counts(&env.json(NOW, &["import", tsv.to_str().unwrap()])),
        (0, 1, 1)
    );
    // a CSV file without headers: comma-separated, deck named after the file
    let csv = env.write("capitals.csv", "France,Paris\n\"Peru, capital\",Lima\n");
    let v = env.json(NOW, &["import", csv.to_str().unwrap()]);
    assert_eq!(v["decks"][0]["name"], "capitals");
    assert_eq!(import_counts(&v), (2, 0, 0));
    // a bad row: exit 65 with file and line, nothing imported
    let before = env.snapshot();
    let bad = env.write("bad.tsv", "a\tb\njust one field\n");
    env.cmd(NOW)
        .arg("import")
        .arg(&bad)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "bad.tsv:2: the row has only one field",
        ));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn decks_show_thirty_day_retention_of_learned_cards() {
    let env = Env::new();
    env.import_deck(NOW, "D", &[("a", "A?", "1")]);
    env.review(NOW, &[], "4\n"); // a new card: not retention
    env.review(&at("2026-03-02"), &[], "4\n"); // passed, interval 6
    env.review(&at("2026-03-08"), &[], "1\n4\n"); // failed (the drill is not counted)
    let d = &env.json(&at("2026-03-08"), &["decks"])[0];
    assert_eq!(d["reviews_30d"], 2);
    assert_eq!(d["retention_30d"], 0.5);
    assert_eq!(d["due"], 0);
    // thirty days later the window is empty again
    let d = &env.json(&at("2026-04-07"), &["decks"])[0];
    assert_eq!(d["reviews_30d"], 0);
    assert_eq!(d["retention_30d"], Value::Null);
    assert_eq!(d["due"], 1);
}

#[test]
fn completions_and_unknown_settings() {
    let env = Env::new();
    env.cmd(NOW)
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("_clap_complete_recall()")
                .and(predicate::str::contains("COMPLETE=\"bash\"")),
        );
    env.cmd(NOW)
        .args(["config", "colour", "blue"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "there is no setting 'colour'; the settings are: day-start",
        ));
    env.cmd(NOW)
        .args(["config", "day-start", "25"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "day-start takes a whole number from 0 to 23",
        ));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let env = Env::new();
    env.import_numbered(NOW, "Big", 3000, |i| format!("Front {i}?"));
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("recall"))
        .env_clear()
        .arg("--db")
        .arg(&env.db)
        .arg("cards")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // read one line, then close the pipe, as `recall cards | head -1` does
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(&mut out, &mut first).unwrap();
    drop(out);
    let result = child.wait_with_output().unwrap();
    assert!(result.status.success(), "{:?}", result.status);
    assert!(
        result.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
}

#[test]
fn a_large_collection_is_searched_exactly() {
    // Searches find exactly the cards that have every word, before and
    // after the cards change.
    let env = Env::new();
    let card = |i: usize, topic: &str| json!({"id": format!("k{i}"), "front": format!("Q{i}: about {topic}{}?", i % 7), "back": format!("A-{}", i % 11)});
    let deck = |cards: Vec<Value>| {
        json!({"format": "recall-deck/1", "name": "Big", "cards": cards}).to_string()
    };
    let mut cards: Vec<Value> = (0..6_000).map(|i| card(i, "Topic")).collect();
    let path = env.write("big.json", &deck(cards.clone()));
    env.json(NOW, &["import", path.to_str().unwrap()]);
    let expected = |cards: &[Value], words: &[&str]| -> usize {
        cards
            .iter()
            .filter(|c| {
                words.iter().all(|w| {
                    ["id", "front", "back"].iter().any(|f| {
                        c[f].as_str()
                            .unwrap()
                            .to_ascii_lowercase()
                            .contains(&w.to_ascii_lowercase())
                    })
                })
            })
            .count()
    };
    let found = |words: &[&str]| -> usize {
        let mut args = vec!["cards"];
        args.extend(words);
        env.json(NOW, &args).as_array().unwrap().len()
    };
    for words in [&["topic3", "12"][..], &["TOPIC"], &["a-10", "q1"], &["?"]] {
        assert_eq!(found(words), expected(&cards, words), "{words:?}");
    }
    // a changed card and an added one
    cards[5] = card(5, "Zebra");
    cards.push(card(6_000, "Yak"));
    let path = env.write("big.json", &deck(cards.clone()));
    env.json(NOW, &["import", path.to_str().unwrap()]);
    for words in [&["zebra"][..], &["yak"], &["topic5"], &["topic3", "12"]] {
        assert_eq!(found(words), expected(&cards, words), "{words:?}");
    }
    assert_eq!(found(&["zebra"]), 1);
}
