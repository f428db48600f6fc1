//! One card at a time, through the binary: `add`, `edit` (with scripts as
//! the editor), `show`, `tag` and `--tag`; what the next import does with
//! cards added and edited here; cram, study ahead, and siblings apart.

#![cfg(unix)]

use std::path::PathBuf;

use assert_cmd::assert::Assert;
use predicates::prelude::*;
use serde_json::{json, Value};

use crate::common::{at, deck_json, Env};

const DAY0: &str = "2026-03-01";

fn now() -> String {
    at(DAY0)
}

/// A shell script in the test's directory, to run as the editor.
fn script(env: &Env, name: &str, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = env.write(name, &format!("#!/bin/sh\n{body}\n"));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

/// An editor that replaces `from` with `to` on the lines of the file.
fn sed(env: &Env, from: &str, to: &str) -> PathBuf {
    script(
        env,
        "sed-editor.sh",
        &format!("sed 's/{from}/{to}/' \"$1\" > \"$1.new\" && mv \"$1.new\" \"$1\""),
    )
}

/// Runs recall `args` with `editor` as the EDITOR.
fn with_editor(env: &Env, editor: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> Assert {
    env.cmd(&now()).env("EDITOR", editor).args(args).assert()
}

fn card(env: &Env, id: i64) -> Value {
    env.json(&now(), &["show", &id.to_string()])
}

/// The ids of the cards, by key.
fn id_of(env: &Env, key: &str) -> i64 {
    let cards = env.json(&now(), &["cards"]);
    let found = cards.as_array().unwrap().iter().find(|c| c["key"] == key);
    found.unwrap_or_else(|| panic!("no card {key}"))["id"]
        .as_i64()
        .unwrap()
}

fn import(env: &Env, deck: &Value, args: &[&str]) -> Value {
    let path = env.write("deck.json", &deck.to_string());
    let mut all = vec!["import", path.to_str().unwrap()];
    all.extend(args);
    env.json(&now(), &all)
}

fn geo() -> Value {
    json!({"format": "recall-deck/1", "name": "Geo", "cards": [
        {"id": "fr", "front": "Capital of France?", "back": "Paris", "explanation": "Since 508."},
        {"id": "de", "front": "Capital of Germany?", "back": "Berlin"},
    ]})
}

#[test]
fn added_cards_have_their_own_keys_and_outlive_a_pruning_import() {
    let env = Env::new();
    import(&env, &geo(), &[]);
    let out = env
        .cmd(&now())
        .args(["add", "--deck", "geo", "--front", "Capital of Italy?"])
        .args(["--back", "Rome", "--tag", "eu", "--reverse"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8(out.stdout).unwrap();
    let italy = id_of(&env, &format!("+{}", 3));
    assert_eq!(
        said,
        format!(
            "Added card {italy} and its reverse, card {}, to the deck 'Geo'.\n",
            italy + 1
        )
    );
    let reverse = card(&env, italy + 1);
    assert_eq!(reverse["key"], format!("+{italy}:reverse"));
    assert_eq!(
        (reverse["front"].clone(), reverse["back"].clone()),
        (json!("Rome"), json!("Capital of Italy?"))
    );
    assert_eq!(reverse["tags"], json!(["eu"]));
    assert_eq!(reverse["added"], true);
    // the deck file, pruned to one card: the added cards are not its to delete
    let one = json!({"format": "recall-deck/1", "name": "Geo", "cards": [geo()["cards"][0]]});
    let v = import(&env, &one, &["--prune"]);
    assert_eq!(v["decks"][0]["missing"], 1, "only the file's own card");
    let keys: Vec<String> = env
        .json(&now(), &["cards"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["key"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        keys,
        [
            "fr",
            format!("+{italy}").as_str(),
            format!("+{italy}:reverse").as_str()
        ]
    );
    // added cards count as new cards, in decks and stats
    assert_eq!(env.json(&now(), &["decks"])[0]["new"], 3);
    // a card without its back is refused, and nothing is added
    env.cmd(&now())
        .args(["add", "--deck", "Geo", "--front", "Capital of Spain?"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--back is missing"));
    assert_eq!(env.json(&now(), &["cards"]).as_array().unwrap().len(), 3);
}

#[test]
fn add_writes_a_card_in_the_editor_or_nothing_when_left_empty() {
    let env = Env::new();
    let editor = script(
        &env,
        "mc.sh",
        "awk '{print} /^## Front$/ {print \"Which port does SSH use?\"} \
         /^## Options$/ {print \"- [ ] 80\"; print \"- [x] 22\"}' \"$1\" > \"$1.new\" && mv \"$1.new\" \"$1\"",
    );
    let out = env
        .cmd(&now())
        .env("EDITOR", &editor)
        .args(["--json", "add", "--deck", "Net", "--tag", "ports"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let added: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(added["new_deck"], true);
    let c = card(&env, added["ids"][0].as_i64().unwrap());
    assert_eq!(c["front"], "Which port does SSH use?");
    assert_eq!(
        (c["choices"].clone(), c["answer"].clone()),
        (json!(["80", "22"]), json!(1))
    );
    assert_eq!(
        (c["back"].clone(), c["tags"].clone()),
        (json!("22"), json!(["ports"]))
    );
    // VISUAL comes before EDITOR; an editor that leaves the template as it was adds nothing
    let before = env.snapshot();
    env.cmd(&now())
        .env("VISUAL", "true")
        .env("EDITOR", &editor)
        .args(["add", "--deck", "Net"])
        .assert()
        .success()
        .stderr("No card was added: the card was left empty.\n");
    // an emptied file adds nothing either
    let empty = script(&env, "empty.sh", ": > \"$1\"");
    with_editor(&env, &empty, &["add", "--deck", "Net", "--back", "x"]).success();
    assert_eq!(env.snapshot(), before);
    // no editor at all: a usage error that says what to do
    env.cmd(&now())
        .args(["add", "--deck", "Net"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("set VISUAL or EDITOR"));
}

#[test]
fn edit_changes_the_text_and_keeps_the_schedule_and_history() {
    let env = Env::new();
    import(&env, &geo(), &[]);
    env.review(&now(), &[], "5\n4\n");
    let fr = id_of(&env, "fr");
    let before = card(&env, fr);
    let editor = sed(&env, "^Paris$", "Paris, on the Seine");
    with_editor(&env, &editor, &["edit", &fr.to_string()])
        .success()
        .stderr(format!(
            "Saved card {fr}; its schedule and history are kept.\n"
        ));
    let after = card(&env, fr);
    assert_eq!(after["back"], "Paris, on the Seine");
    assert_eq!(after["explanation"], "Since 508.");
    for field in ["due", "interval", "ease", "reps", "lapses", "history"] {
        assert_eq!(after[field], before[field], "{field}");
    }
    assert_eq!(after["history"].as_array().unwrap().len(), 1);
    assert_eq!(after["edited"], true);
    // saved unchanged: nothing to do
    with_editor(&env, "true", &["edit", &fr.to_string()])
        .success()
        .stderr(format!("Card {fr} is unchanged.\n"));
    with_editor(&env, "true", &["edit", "999"])
        .code(65)
        .stderr(predicate::str::contains("no card has the id 999"));
}

#[test]
fn a_broken_template_comes_back_with_its_problem_and_changes_nothing_left_broken() {
    let env = Env::new();
    import(&env, &geo(), &[]);
    let fr = id_of(&env, "fr").to_string();
    let before = env.snapshot();
    // keeps a copy of every file it is shown, and empties the front
    let seen = env.dir().join("seen");
    std::fs::create_dir(&seen).unwrap();
    let breaks = script(
        &env,
        "breaks.sh",
        &format!(
            "n=$(ls {dir} | wc -l); cp \"$1\" {dir}/$n.md\n\
             sed '/^Capital of France?$/d' \"$1\" > \"$1.new\" && mv \"$1.new\" \"$1\"",
            dir = seen.display()
        ),
    );
    with_editor(&env, &breaks, &["edit", &fr])
        .code(65)
        .stderr("recall: error: the card was not saved: the front is empty — write the question under ## Front; nothing was changed\n");
    let second = std::fs::read_to_string(seen.join("1.md")).unwrap();
    assert!(
        second.starts_with("# error: the front is empty — write the question under ## Front — fix it and save, or empty the file to change nothing\n"),
        "{second}"
    );
    assert!(
        !second.contains("Capital of France?"),
        "the file as the user left it"
    );
    assert!(
        !seen.join("2.md").exists(),
        "left unchanged: the editor is not opened again"
    );
    assert_eq!(env.snapshot(), before);
    // emptied after the problem: nothing changes, quietly
    let counter = env.dir().join("rounds");
    let gives_up = script(
        &env,
        "gives-up.sh",
        &format!(
            "if [ -e {c} ]; then : > \"$1\"; else touch {c}; echo '## Fornt' >> \"$1\"; fi",
            c = counter.display()
        ),
    );
    with_editor(&env, &gives_up, &["edit", &fr])
        .success()
        .stderr(format!("Card {fr} was not changed.\n"));
    assert_eq!(env.snapshot(), before);
    // fixed on the second round: saved
    std::fs::remove_file(&counter).unwrap();
    let fixes = script(
        &env,
        "fixes.sh",
        &format!(
            "if [ -e {c} ]; then sed 's/^## Fornt$/Berlin?/' \"$1\" > \"$1.new\" && mv \"$1.new\" \"$1\"; \
             else touch {c}; echo '## Fornt' >> \"$1\"; fi",
            c = counter.display()
        ),
    );
    with_editor(&env, &fixes, &["edit", &fr]).success();
    assert_eq!(card(&env, fr.parse().unwrap())["tags"], json!(["Berlin?"]));
}

#[test]
fn the_next_import_keeps_an_edit_and_says_when_the_file_replaced_one() {
    let env = Env::new();
    import(&env, &geo(), &[]);
    let fr = id_of(&env, "fr");
    let editor = sed(&env, "^Paris$", "Paris (mine)");
    with_editor(&env, &editor, &["edit", &fr.to_string()]).success();
    env.cmd(&now())
        .args(["tag", &fr.to_string(), "+exam"])
        .assert()
        .success();
    // the file has not changed: the edit stays
    let v = import(&env, &geo(), &[]);
    assert_eq!(
        (
            v["decks"][0]["unchanged"].clone(),
            v["decks"][0]["edited"].clone()
        ),
        (json!(2), json!(1))
    );
    assert_eq!(card(&env, fr)["back"], "Paris (mine)");
    // the file changes another field: both changes stand
    let mut changed = geo();
    changed["cards"][0]["explanation"] = json!("Since 508 AD.");
    import(&env, &changed, &[]);
    let c = card(&env, fr);
    assert_eq!(
        (c["back"].clone(), c["explanation"].clone()),
        (json!("Paris (mine)"), json!("Since 508 AD."))
    );
    // the file changes the same field: its text wins, and the import says what it replaced
    changed["cards"][0]["back"] = json!("Paris, France");
    let path = env.write("deck.json", &changed.to_string());
    env.cmd(&now())
        .args(["import", path.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "Card {fr}: its back was edited here and changed in the file; the file's text replaced yours, which was: \"Paris (mine)\""
        )));
    let c = card(&env, fr);
    assert_eq!(
        (c["back"].clone(), c["tags"].clone()),
        (json!("Paris, France"), json!(["exam"]))
    );
    assert_eq!(c["edited"], true, "the tag is still an edit");
}

#[test]
fn show_prints_one_card_whole_with_its_log() {
    let env = Env::new();
    import(&env, &geo(), &[]);
    // fr failed, de passed, fr drilled until 4
    env.review(&now(), &[], "2\n5\n4\n");
    let fr = id_of(&env, "fr");
    let out = env
        .cmd(&at("2026-03-02"))
        .args(["show", &fr.to_string()])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for line in [
        &format!("Card {fr} · Geo · key fr"),
        "front        Capital of France?",
        "back         Paris",
        "explanation  Since 508.",
        "origin       a deck file",
        "schedule     learning · due 2026-03-02 · interval 1 day · ease 2.18 · reps 0 · lapses 0",
        "2 answers",
    ] {
        assert!(text.contains(line), "{line:?} in\n{text}");
    }
    let rows: Vec<&str> = text.lines().filter(|l| l.contains("2026-03-01")).collect();
    assert_eq!(rows.len(), 2, "{text}");
    assert!(
        rows[0].contains(" new ") && rows[0].contains("2.50 → 2.18"),
        "{}",
        rows[0]
    );
    assert!(rows[1].contains(" drill "), "{}", rows[1]);
    let v = card(&env, fr);
    let kinds: Vec<&str> = v["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["new", "drill"]);
    assert_eq!(v["history"][0]["at"], "2026-03-01T10:00:00Z");
    env.cmd(&now()).args(["show", "999"]).assert().code(65);
    // a card never answered shows no SM-2 starting values
    let added = env.json(
        &now(),
        &[
            "add", "--deck", "Geo", "--front", "Italy?", "--back", "Rome",
        ],
    );
    let it = &added["ids"][0];
    let out = env
        .cmd(&now())
        .args(["show", &it.to_string()])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("schedule     new · never answered\n"),
        "{text}"
    );
}

#[test]
fn tags_are_added_removed_and_filter_every_listing() {
    let env = Env::new();
    let path = env.write(
        "d.json",
        &deck_json("D", &[("a", "A?", "1"), ("b", "B?", "2"), ("c", "C?", "3")]),
    );
    env.cmd(&now()).arg("import").arg(&path).assert().success();
    let (a, b) = (id_of(&env, "a"), id_of(&env, "b"));
    env.cmd(&now())
        .args(["tag", &a.to_string(), &b.to_string(), "+exam", "+old"])
        .assert()
        .success()
        .stderr("Tagged 2 cards: +exam +old.\n");
    env.cmd(&now())
        .args(["tag", &b.to_string(), "-old"])
        .assert()
        .success();
    let before = env.snapshot();
    env.cmd(&now())
        .args(["tag", &a.to_string(), "999", "+x"])
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "no card has the id 999; nothing was changed",
        ));
    assert_eq!(env.snapshot(), before, "all or nothing");
    let keys = |args: &[&str]| -> Vec<String> {
        env.json(&now(), args)
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["key"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(keys(&["cards", "--tag", "exam"]), ["a", "b"]);
    assert_eq!(keys(&["cards", "--tag", "old"]), ["a"]);
    assert_eq!(keys(&["cards", "--tag", "old", "--tag", "nope"]), ["a"]);
    assert_eq!(card(&env, a)["tags"], json!(["exam", "old"]));
    // review, due and export take the tag too
    let out = env.review(&now(), &["--tag", "old"], "5\n");
    assert!(
        out.contains("1 card to study") && out.contains("A?"),
        "{out}"
    );
    let due = env.json(&at("2026-03-02"), &["due", "--tag", "exam"]);
    assert_eq!(
        (due["due"].clone(), due["new_available"].clone()),
        (json!(1), json!(1))
    );
    let exported = env.json(&now(), &["export", "--tag", "exam"]);
    let ids: Vec<&str> = exported["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn cram_logs_answers_apart_and_moves_no_schedule() {
    let env = Env::new();
    let path = env.write(
        "d.json",
        &deck_json("D", &[("a", "A?", "1"), ("b", "B?", "2")]),
    );
    env.cmd(&now()).arg("import").arg(&path).assert().success();
    env.review(&now(), &[], "5\n4\n");
    let day1 = at("2026-03-02");
    env.review(&day1, &[], "3\n4\n4\n");
    let cards = env.json(&day1, &["cards"]);
    let stats = env.json(&day1, &["stats"]);
    // two days later nothing is due; a cram takes both, a failed one comes back
    let day2 = at("2026-03-03");
    let out = env.review(&day2, &["--cram"], "1\n5\n4\n");
    assert!(out.contains("2 cards to cram"), "{out}");
    assert_eq!(
        out.matches("[").count() - out.matches("[Enter").count(),
        3,
        "{out}"
    );
    assert!(!out.contains("next in"), "a cram schedules nothing: {out}");
    assert_eq!(
        env.json(&day1, &["cards"]),
        cards,
        "the schedules are as they were"
    );
    assert_eq!(
        env.json(&day1, &["stats"])["retention"],
        stats["retention"],
        "cram is not retention"
    );
    let a = id_of(&env, "a");
    let kinds: Vec<String> = card(&env, a)["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["kind"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(kinds, ["new", "review", "drill", "cram", "cram"]);
    let today = &env.json(&day2, &["stats"])["activity"];
    let last = today.as_array().unwrap().last().unwrap();
    assert_eq!(
        (
            last["reviews"].clone(),
            last["drills"].clone(),
            last["crams"].clone()
        ),
        (json!(0), json!(0), json!(3)),
        "crams are counted apart"
    );
    let text = env.cmd(&day2).arg("stats").output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains(" drill, 3 crams, "), "{text}");
    // and its skip hides nothing from tomorrow's session
    env.review(&day2, &["--cram", "--tag", "x"], "");
    env.review(&day2, &["--cram"], "s\n");
    let out = env.review(&at("2026-03-08"), &[], "4\n4\n");
    assert!(out.contains("2 cards to study"), "{out}");
}

#[test]
fn ahead_reviews_soon_due_cards_for_the_days_actually_elapsed() {
    let env = Env::new();
    let path = env.write("d.json", &deck_json("D", &[("a", "A?", "1")]));
    env.cmd(&now()).arg("import").arg(&path).assert().success();
    // 5, 5, 4: intervals 1, 6, 17 (EF 2.6, 2.7, 2.7): due on day 24
    env.review(&now(), &[], "5\n");
    env.review(&at("2026-03-02"), &[], "5\n");
    env.review(&at("2026-03-08"), &[], "4\n");
    assert_eq!(env.json(&now(), &["cards"])[0]["due"], "2026-03-25");
    let day14 = at("2026-03-15");
    assert!(env
        .review(&day14, &[], "4\n")
        .contains("Nothing to review now"));
    assert!(env
        .review(&day14, &["--ahead", "9"], "4\n")
        .contains("Nothing to review now"));
    // 7 of its 17 days have passed: ceil(7 × 2.7) = 19 days from today
    let out = env.review(&day14, &["--ahead", "10"], "4\n");
    assert!(
        out.contains("1 card due by 2026-03-25 to study ahead"),
        "{out}"
    );
    let c = &env.json(&now(), &["cards"])[0];
    assert_eq!(
        (c["interval"].clone(), c["due"].clone(), c["reps"].clone()),
        (json!(19), json!("2026-04-03"), json!(4))
    );
    // answered today, it is not offered again ahead, however far
    let again = env.review(&day14, &["--ahead", "30"], "4\n");
    assert!(again.contains("Nothing to review now"), "{again}");
    env.cmd(&now())
        .args(["review", "--ahead", "3", "--cram"])
        .assert()
        .code(2);
}

#[test]
fn a_card_and_its_reverse_are_never_in_one_session() {
    let env = Env::new();
    let deck = json!({"format": "recall-deck/1", "name": "Words", "cards": [
        {"id": "un", "front": "un", "back": "one", "reverse": true},
        {"id": "deux", "front": "deux", "back": "two", "reverse": true},
    ]});
    let path = env.write("w.json", &deck.to_string());
    env.cmd(&now()).arg("import").arg(&path).assert().success();
    // the keys whose cards have been answered
    let answered = || -> Vec<String> {
        let cards = env.json(&now(), &["cards"]);
        let all = cards.as_array().unwrap().iter();
        all.filter(|c| c["state"] != "new")
            .map(|c| c["key"].as_str().unwrap().to_string())
            .collect()
    };
    let out = env.review(&now(), &["--new", "2"], "4\n4\n4\n");
    assert!(out.contains("2 cards to study"), "{out}");
    assert_eq!(answered(), ["un", "deux"]);
    // the reverses wait for tomorrow, whatever the new-card limit
    let again = env.review(&now(), &["--new", "5"], "4\n");
    assert!(again.contains("Nothing to review now"), "{again}");
    // tomorrow the cards are due, so their reverses wait again
    let out = env.review(&at("2026-03-02"), &[], "4\n4\n4\n");
    assert!(out.contains("2 cards to study: 2 due, 0 new"), "{out}");
    assert_eq!(answered(), ["un", "deux"]);
    env.review(&at("2026-03-03"), &[], "4\n4\n");
    assert_eq!(answered(), ["un", "un:reverse", "deux", "deux:reverse"]);
}

#[test]
fn help_lists_the_card_commands_after_cards() {
    let env = Env::new();
    let out = env.bare().arg("--help").output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    let at = |c: &str| {
        help.find(&format!("\n  {c} "))
            .unwrap_or_else(|| panic!("{c}"))
    };
    let order = ["cards", "show", "add", "edit", "tag", "suspend"].map(at);
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{help}");
}
