//! Issue #12: what an attacker or an unlucky user gives recall — devices,
//! pipes, giant files, giant fields, hostile text, a read-only collection,
//! the year 9999 — ends in a clear message or a correct result, never a
//! hang, a crash or an escape sequence on the terminal.

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use serde_json::{json, Value};

use crate::common::{deck_json, Env};

const NOW: &str = "2026-03-01T10:00:00Z";

/// Long enough for any of these commands on a loaded machine; a command
/// that reads a device or waits for a pipe never ends.
const PATIENCE: Duration = Duration::from_secs(30);

fn run(env: &Env, args: &[&str]) -> Output {
    env.cmd(NOW)
        .args(args)
        .timeout(PATIENCE)
        .output()
        .expect("run recall")
}

/// Standard error of a run that failed with `code`.
fn failure(out: &Output, code: i32) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(code), "{err}");
    err
}

fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo");
    assert!(made.success());
}

/// Issue #12, item 3: a device or a pipe where a file is needed was read
/// until memory ran out, or waited forever.
#[test]
fn devices_and_pipes_are_refused_at_once() {
    let env = Env::new();
    let fifo = env.dir().join("deck.json");
    mkfifo(&fifo);
    let cases: &[(&[&str], &str)] = &[
        (&["import", "/dev/zero"], "cannot read /dev/zero: it is a device, not a file — give the path of a file"),
        (&["import", "--format", "native", "/dev/zero"], "cannot read /dev/zero: it is a device, not a file"),
        (&["import", "--format", "notes", "/dev/urandom"], "cannot read /dev/urandom: it is a device, not a file"),
        (&["import", "--format", "anki-text", "/dev/zero"], "cannot read /dev/zero: it is a device, not a file"),
        (&["import", "--format", "apkg", "/dev/zero"], "cannot read /dev/zero: it is a device, not a file"),
        (&["generate", "/dev/urandom"], "cannot read /dev/urandom: it is a device, not a file"),
        (&["import", "deck.json"], "cannot read deck.json: it is a pipe, not a file — save what the pipe gives to a file and give the path of that file"),
    ];
    for (args, message) in cases {
        let err = failure(&run(&env, args), 74);
        assert!(
            err.starts_with(&format!("recall: error: {message}")) && err.lines().count() == 1,
            "{args:?}: {err}"
        );
    }
    let out = env
        .bare()
        .arg("--db")
        .arg(&fifo)
        .arg("decks")
        .timeout(PATIENCE)
        .output()
        .unwrap();
    assert_eq!(
        failure(&out, 2),
        format!(
            "recall: error: {} is a pipe; --db needs the path of a collection file\n",
            fifo.display()
        )
    );
}

/// Issue #12, item 3: every input has a size limit, checked before it is
/// read (sparse files: no disk is used).
#[test]
fn inputs_past_their_limit_are_refused() {
    let env = Env::new();
    let cases = [
        ("notes.md", 16u64 << 20, "notes.md is 16 MiB; recall reads notes files of up to 16 MiB — split the notes into several files"),
        ("rows.tsv", 128 << 20, "rows.tsv is 128 MiB; recall reads Anki text files of up to 128 MiB — export the deck from Anki in parts"),
        ("deck.json", 4 << 30, "deck.json is 4 GiB; recall reads deck files of up to 4 GiB — split the deck into several files"),
    ];
    for (name, limit, message) in cases {
        let path = env.dir().join(name);
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(limit + 1).unwrap();
        let err = failure(&run(&env, &["import", name]), 65);
        assert_eq!(err, format!("recall: error: {message}\n"));
    }
    assert!(!env.db.exists(), "no collection is made for a refused file");
}

/// Issue #12, item 3, for output: `-o /dev/stdout` or a
/// pipe is written to, never replaced by a renamed file.
#[test]
fn output_to_a_pipe_is_written_into_it() {
    use std::io::Read;
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    let env = Env::new();
    let notes = env.write("n.md", "# N\n\nQ: What?\nA: That.\n");
    let fifo = env.dir().join("out.json");
    mkfifo(&fifo);
    let mut reader = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(nix::fcntl::OFlag::O_NONBLOCK.bits())
        .open(&fifo)
        .unwrap();
    let out = env
        .cmd(NOW)
        .arg("generate")
        .arg(&notes)
        .arg("-o")
        .arg(&fifo)
        .timeout(PATIENCE)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let kind = std::fs::metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the pipe was replaced by a file");
    let mut text = String::new();
    reader.read_to_string(&mut text).unwrap();
    assert!(
        text.starts_with("{\n  \"format\": \"recall-deck/1\""),
        "{text}"
    );
}

/// Issue #12, item 4: a deck cut short while it is imported ends in a clean
/// error or a complete import, never a crash (a memory map gave SIGBUS).
#[test]
fn a_deck_truncated_while_it_is_imported_fails_cleanly() {
    let env = Env::new();
    let cards: Vec<Value> = (0..40_000)
        .map(|i| json!({"id": format!("k{i}"), "front": format!("Question {i}?"), "back": "b".repeat(200)}))
        .collect();
    let text = json!({"format": "recall-deck/1", "name": "Big", "cards": cards}).to_string();
    let path = env.write("big.json", &text);
    for delay in [0, 5, 50] {
        std::fs::write(&path, &text).unwrap();
        let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("recall"))
            .env_clear()
            .env("TZ", "UTC")
            .arg("--db")
            .arg(&env.db)
            .arg("--now")
            .arg(NOW)
            .arg("import")
            .arg(&path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        std::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .unwrap()
            .set_len(text.len() as u64 / 3)
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        match out.status.code() {
            Some(0) => {}
            Some(65 | 74) => assert!(err.starts_with("recall: error: "), "{err}"),
            other => panic!("the import ended with {other:?}: {err}"),
        }
        if env.db.exists() {
            let decks = env.json(NOW, &["decks"]);
            let cards = decks[0]["cards"].as_u64().unwrap_or(0);
            assert!(cards == 0 || cards == 40_000, "half an import: {cards}");
        }
    }
}

/// Issue #12, item 5: a deck name of megabytes made the import report take
/// minutes (comfy-table's layout); the report is now linear. The limit is
/// a guard against a hang, far above the time the import takes.
#[test]
fn a_huge_deck_name_is_reported_in_linear_time() {
    let env = Env::new();
    let name = "n".repeat(12 << 20);
    let path = env.write("d.json", &deck_json(&name, &[("a", "Q?", "A")]));
    let out = run(&env, &["import", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.lines().nth(2).unwrap().starts_with(" nnnn"),
        "{}",
        &text[..200]
    );
}

/// Issue #12, item 6: a message quotes a short excerpt of its input, however
/// long the field.
#[test]
fn giant_fields_give_short_messages() {
    let env = Env::new();
    let huge = "x".repeat(4 << 20);
    let unknown =
        format!("{{\"format\":\"recall-deck/1\",\"name\":\"D\",\"cards\":[],\"{huge}\":1}}");
    env.write("field.json", &unknown);
    let tag = deck_card(json!({"front": "Q", "back": "A", "tags": [format!("a {huge}")]}));
    env.write("tag.json", &tag);
    let dup = deck_cards(json!([
        {"id": huge, "front": "Q", "back": "A"},
        {"id": huge, "front": "R", "back": "B"}
    ]));
    env.write("dup.json", &dup);
    let big = "y".repeat(100_000);
    let cases: Vec<Vec<&str>> = vec![
        vec!["import", "field.json"],
        vec!["import", "tag.json"],
        vec!["import", "dup.json"],
        vec!["cards", "--deck", &big],
        vec!["config", &big],
        vec!["config", "new-per-day", &big],
        vec!["stats", "--days", &big],
    ];
    for args in cases {
        let out = run(&env, &args);
        assert!(!out.status.success());
        assert!(
            out.stderr.len() < 400,
            "{:?}: a message of {} bytes: {}…",
            &args[..1],
            out.stderr.len(),
            String::from_utf8_lossy(&out.stderr[..300])
        );
    }
    let err = failure(&run(&env, &["import", "field.json"]), 65);
    assert_eq!(
        err,
        format!(
            "recall: error: field.json: unknown field `{}…`; a deck has format, name, description and cards — fix the deck file and import again\n",
            "x".repeat(40)
        )
    );
}

fn deck_card(card: Value) -> String {
    deck_cards(json!([card]))
}

fn deck_cards(cards: Value) -> String {
    json!({"format": "recall-deck/1", "name": "D", "cards": cards}).to_string()
}

/// What must never reach a terminal from input: ESC (and with it OSC 52,
/// which writes the clipboard), BEL, a C1 CSI and the right-to-left
/// override.
const HOSTILE: &str = "\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[31m\u{9b}2J\u{202e}";

fn assert_clean(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    assert!(
        !text.contains(['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}']),
        "{what} printed raw control characters: {text:?}"
    );
}

/// Issue #12, item 9: every message that quotes input — a card id, a deck
/// name, a field name, a tag, a header value, a file name, `--deck`,
/// `--now`, a setting, clap's own errors, status notes — is sanitised.
#[test]
fn hostile_text_in_messages_never_reaches_the_terminal() {
    let env = Env::new();
    let h = HOSTILE;
    env.write(
        "ids.json",
        &deck_cards(json!([
            {"id": h, "front": "Q", "back": "A"},
            {"id": h, "front": "R", "back": "B"}
        ])),
    );
    env.write(
        "field.json",
        &format!(
            "{{\"format\":\"recall-deck/1\",\"name\":\"D\",\"cards\":[],\"{}\":1}}",
            json_escape(h)
        ),
    );
    env.write(
        "tag.json",
        &deck_card(json!({"front": "Q", "back": "A", "tags": [format!("a {h}")]})),
    );
    env.write(
        "format.json",
        &json!({"format": h, "name": "D", "cards": []}).to_string(),
    );
    env.write("sep.tsv", &format!("#separator:{h}\na\tb\n"));
    env.write("col.tsv", &format!("#deck column:{h}\na\tb\n"));
    env.write("deck.tsv", &format!("#deck:{h}\na\tb\n"));
    env.write(&format!("{h}.json"), "{");
    env.write("n.md", "# N\n\nQ: What?\nA: That.\n");
    let named = format!("{h}.json");
    let out_file = format!("out{h}.json");
    let cases: Vec<Vec<&str>> = vec![
        vec!["import", "ids.json"],
        vec!["import", "field.json"],
        vec!["import", "tag.json"],
        vec!["import", "format.json"],
        vec!["import", "sep.tsv"],
        vec!["import", "col.tsv"],
        vec!["import", &named],
        vec!["import", "missing\u{1b}[2J.json"],
        vec!["cards", "--deck", h],
        vec!["delete", "--deck", h],
        vec!["--now", h, "decks"],
        vec!["config", h],
        vec!["config", "new-per-day", h],
        vec!["config", "suspend-leeches", h],
        vec!["stats", "--days", h],
        vec![h],
        vec!["cards", h, "--frobnicate"],
        vec!["generate", "n.md", "-o", &out_file],
        vec!["import", "deck.tsv"],
        vec!["delete", "--deck", h],
    ];
    for args in &cases {
        let out = run(&env, args);
        assert_clean(&format!("{:?}", &args[..1]), &out.stderr);
        assert_clean(&format!("{:?}", &args[..1]), &out.stdout);
    }
}

/// The text of `s` inside a JSON string.
fn json_escape(s: &str) -> String {
    let quoted = serde_json::to_string(s).unwrap();
    quoted[1..quoted.len() - 1].to_string()
}

/// Issue #12, item 10: JSON output (`--json`, `generate`, `export`) escapes
/// C0, DEL, C1 and bidi controls as `\uXXXX`; the data read back is the
/// same. TSV export escapes them as character references.
#[test]
fn machine_readable_output_escapes_controls() {
    let env = Env::new();
    let front = "del\u{7f} c1\u{85} rlo\u{202e} lri\u{2066} esc\u{1b} bel\u{7}";
    env.import_deck(NOW, "D", &[("a", front, "b")]);
    let out = run(&env, &["--json", "cards"]);
    assert!(out.status.success());
    assert_clean("cards --json", &out.stdout);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains(['\u{7f}', '\u{85}', '\u{2066}']), "{text}");
    for escape in [
        "\\u007f", "\\u0085", "\\u202e", "\\u2066", "\\u001b", "\\u0007",
    ] {
        assert!(text.contains(escape), "{escape} missing: {text}");
    }
    let cards: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(cards[0]["front"], front);

    let out = run(&env, &["export"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.contains(['\u{7f}', '\u{85}', '\u{202e}', '\u{1b}']),
        "{text}"
    );
    let deck: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(deck["cards"][0]["front"], front);

    let out = run(&env, &["export", "--format", "tsv"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.contains(['\u{7f}', '\u{85}', '\u{202e}', '\u{1b}', '\u{7}']),
        "{text}"
    );
    assert!(text.contains("del&#x7F; c1&#x85; rlo&#x202E;"), "{text}");

    env.write(
        "bidi.md",
        "# Bidi\u{202e}\n\nQ: Who\u{202e} is it?\nA: Me\u{2067}.\n",
    );
    let out = run(&env, &["generate", "bidi.md"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains(['\u{202e}', '\u{2067}']), "{text}");
    assert!(text.contains("\\u202e"), "{text}");
}

/// A collection another program keeps writing to: a write waits SQLite's
/// busy timeout (5 s), then says so and changes nothing; reading goes on.
#[test]
fn a_collection_busy_for_too_long_is_left_as_it_was() {
    let env = Env::new();
    env.import_deck(NOW, "D", &[("a", "A?", "1")]);
    let deck = env.write(
        "d.json",
        &deck_json("D", &[("a", "A?", "1"), ("b", "B?", "2")]),
    );
    let before = env.snapshot();
    let other = rusqlite::Connection::open(&env.db).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let out = run(&env, &["import", deck.to_str().unwrap()]);
    assert_eq!(
        failure(&out, 74),
        format!(
            "recall: error: the collection {} is busy: another recall has been writing to it for too long; try again when it is done\n",
            env.db.display()
        )
    );
    assert!(run(&env, &["decks"]).status.success(), "reading goes on");
    other.execute_batch("ROLLBACK").unwrap();
    assert_eq!(env.snapshot(), before);
}

/// A piped review cannot be told to stop waiting: when the collection
/// stays busy for 20 seconds, the answer is said to be unsaved and
/// the session ends non-zero instead of waiting for ever.
#[test]
fn a_piped_review_of_a_busy_collection_ends_with_the_answer_unsaved() {
    let env = Env::new();
    env.import_deck(NOW, "D", &[("a", "A?", "1"), ("b", "B?", "2")]);
    let before = env.snapshot();
    let other = rusqlite::Connection::open(&env.db).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let out = env
        .cmd(NOW)
        .arg("review")
        .write_stdin("5\n5\n")
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    let err = failure(&out, 74);
    assert!(err.contains("is busy"), "{err}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("A?"), "{text}");
    assert!(
        text.contains("Not saved: the collection stayed busy, so this answer was not recorded"),
        "{text}"
    );
    assert!(
        !text.contains("B?"),
        "no second card after the lost answer: {text}"
    );
    other.execute_batch("ROLLBACK").unwrap();
    assert_eq!(env.snapshot(), before);
}

/// Issue #12, item 12: a collection that cannot be written (a read-only
/// file in a read-only directory, as on a read-only mount) can still be
/// read; a command that would change it says it is read-only.
#[test]
fn a_read_only_collection_is_read_and_not_changed() {
    let env = Env::new();
    let dir = env.dir().join("ro");
    std::fs::create_dir(&dir).unwrap();
    let db = dir.join("c.sqlite3");
    let deck = env.write(
        "d.json",
        &deck_json("D", &[("a", "Q?", "A"), ("b", "R?", "B")]),
    );
    let mut import = env.bare();
    import
        .arg("--db")
        .arg(&db)
        .arg("--now")
        .arg(NOW)
        .arg("import")
        .arg(&deck);
    import.assert().success();
    let before = std::fs::read(&db).unwrap();
    set_mode(env.dir(), 0o755);
    set_mode(&db, 0o444);
    set_mode(&dir, 0o555);
    let recall = |args: &[&str]| as_another_user(&db, args);
    for args in [
        &["due"][..],
        &["decks"],
        &["cards"],
        &["show", "1"],
        &["stats"],
        &["export"],
        &["config"],
        &["config", "day-start"],
    ] {
        let out = recall(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let cards: Value = serde_json::from_slice(&recall(&["--json", "cards"]).stdout).unwrap();
    assert_eq!(cards.as_array().unwrap().len(), 2);
    let read_only = format!(
        "recall: error: the collection {} is read-only, so this command cannot change it; commands that only read it still work\n",
        db.display()
    );
    for args in [
        &["suspend", "1"][..],
        &["config", "day-start", "5"],
        &["delete", "--deck", "D"],
        &["review"],
        &["review", "--cram"],
        &["import", deck.to_str().unwrap()],
        &["add", "--deck", "D", "--front", "F?", "--back", "B"],
        &["tag", "1", "+exam"],
    ] {
        let out = recall(args);
        assert_eq!(failure(&out, 74), read_only, "{args:?}");
    }
    set_mode(&dir, 0o755);
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the collection changed"
    );
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// recall on `db` as a user for whom the modes above hold: the user
/// "nobody" when the tests run as root, who may write anything.
fn as_another_user(db: &Path, args: &[&str]) -> Output {
    use std::os::unix::process::CommandExt;
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("recall"));
    cmd.env_clear()
        .env("TZ", "UTC")
        .arg("--db")
        .arg(db)
        .arg("--now")
        .arg(NOW)
        .args(args)
        .stdin(std::process::Stdio::null());
    if nix::unistd::geteuid().is_root() {
        cmd.uid(65534).gid(65534);
    }
    cmd.output().expect("run recall")
}

/// Issue #12, item 14: a review in the year 10000 wrote a backup that
/// import refused. Clocks past 9899 are refused; a review on the last day
/// allowed, even at the longest interval, writes a backup that restores.
#[test]
fn clocks_past_what_the_formats_write_are_refused() {
    let env = Env::new();
    let out = env
        .cmd("9999-12-31T23:59:59-12:00")
        .arg("decks")
        .output()
        .unwrap();
    assert_eq!(
        failure(&out, 2),
        "recall: error: --now '9999-12-31T23:59:59-12:00' is in the year 10000 (UTC); recall runs from 1970 to 9899, so that every due date, up to 100 years later, has a four-digit year — give a time in those years\n"
    );
    let last = "9899-12-31T23:59:59Z";
    let backup = json!({"format": "recall-deck/1", "name": "D", "cards": [
        {"id": "a", "front": "Q?", "back": "A",
         "schedule": {"reps": 5, "interval": 30000, "ease": 2.5, "lapses": 0, "due": "9899-12-31"}},
        {"id": "b", "front": "R?", "back": "B"}
    ]});
    let path = env.write("b.json", &backup.to_string());
    env.cmd(last).arg("import").arg(&path).assert().success();
    env.review(last, &[], "5\n5\n");
    let out = env
        .cmd(last)
        .args(["export", "--with-history"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let deck: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(deck["cards"][0]["schedule"]["due"], "9999-12-07");
    let again = Env::new();
    let path = again.write("backup.json", &text);
    again.cmd(NOW).arg("import").arg(&path).assert().success();
    let cards = again.json(NOW, &["cards"]);
    assert_eq!(cards[0]["due"], "9999-12-07");
    // a backup's review log from past 9899 is refused by name
    let late = json!({"format": "recall-deck/1", "name": "D", "cards": [
        {"id": "a", "front": "Q?", "back": "A",
         "schedule": {"reps": 1, "interval": 1, "ease": 2.6, "lapses": 0, "due": "9999-01-02"},
         "history": [{"at": "9999-12-31T23:59:59-12:00", "day": "9999-12-31", "grade": 5, "kind": "new",
                      "reps_before": 0, "interval_before": 0, "ease_before": 2.5, "lapses_before": 0,
                      "reps_after": 1, "interval_after": 1, "ease_after": 2.6}]}
    ]});
    let path = again.write("late.json", &late.to_string());
    let out = again.cmd(NOW).arg("import").arg(&path).output().unwrap();
    assert!(
        failure(&out, 65).ends_with("card 1 (id \"a\"): \"history\"[0].\"at\" '9999-12-31T23:59:59-12:00' is not an RFC 3339 time from 1970 to 9899\n"),
    );
}
