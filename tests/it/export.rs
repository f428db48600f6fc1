//! `recall export`: backups that `import` restores, and Anki text.

use predicates::prelude::*;
use serde_json::{json, Value};

use crate::common::{at, Env};

const DAY0: &str = "2026-03-01";

fn sorted_cards(env: &Env) -> Vec<Value> {
    let mut cards: Vec<Value> = env.json(&at(DAY0), &["cards"]).as_array().unwrap().clone();
    for c in &mut cards {
        c.as_object_mut().unwrap().remove("id");
    }
    cards
}

#[test]
fn a_backup_with_history_restores_schedules_and_log() {
    let env = Env::new();
    let deck = json!({"format": "recall-deck/1", "name": "B", "description": "backup test", "cards": [
        {"id": "a", "front": "A?", "back": "1", "explanation": "because", "tags": ["t"]},
        {"id": "b", "front": "B?", "back": "2", "reverse": true},
        {"id": "m", "front": "M?", "choices": ["x", "y"], "answer": 1},
        {"id": "n", "front": "N?", "back": "n"}
    ]});
    let p = env.write("b.json", &deck.to_string());
    env.cmd(&at(DAY0)).arg("import").arg(&p).assert().success();
    env.review(&at(DAY0), &["--new", "4"], "5\n2\n5\n3\n4\n4\n");
    env.review(&at("2026-03-02"), &[], "4\n5\n1\n4\n5\n");
    let id = env.json(&at(DAY0), &["cards"])[0]["id"].as_i64().unwrap();
    env.cmd(&at(DAY0))
        .args(["suspend", &id.to_string()])
        .assert()
        .success();
    let stats_before = env.json(&at("2026-03-02"), &["stats"]);

    let backup = env.dir().join("backup.json");
    env.cmd(&at(DAY0))
        .args(["export", "--with-history", "-o"])
        .arg(&backup)
        .assert()
        .success();
    let text = std::fs::read_to_string(&backup).unwrap();
    assert!(text.contains("\"history\"") && text.contains("\"schedule\""));

    let other = Env::new();
    let v = other.json(&at(DAY0), &["import", backup.to_str().unwrap()]);
    // b:reverse, kept apart from b, is still new: it has nothing to restore
    assert_eq!(v["decks"][0]["restored"], 4, "{v}");
    assert_eq!(sorted_cards(&other), sorted_cards(&env));
    assert_eq!(other.json(&at("2026-03-02"), &["stats"]), stats_before);
    // importing the backup again changes nothing
    let v = other.json(&at(DAY0), &["import", backup.to_str().unwrap()]);
    assert_eq!(
        (
            v["decks"][0]["restored"].clone(),
            v["decks"][0]["unchanged"].clone()
        ),
        (json!(0), json!(5))
    );
    // and the plain export (no history) is a deck that imports as new cards
    let plain = env.cmd(&at(DAY0)).arg("export").output().unwrap();
    let plain: Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert!(plain["cards"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c.get("schedule").is_none()));
    assert_eq!(plain["cards"].as_array().unwrap().len(), 5);
}

#[test]
fn anki_text_export_round_trips() {
    let env = Env::new();
    let deck = json!({"format": "recall-deck/1", "name": "T", "cards": [
        {"id": "a", "front": "Tab\there?", "back": "Line one\nline \"two\"", "explanation": "why", "tags": ["x", "y"]},
        {"id": "b", "front": "Plain?", "back": "yes"}
    ]});
    let p = env.write("t.json", &deck.to_string());
    env.cmd(&at(DAY0)).arg("import").arg(&p).assert().success();
    let out = env
        .cmd(&at(DAY0))
        .args(["export", "--format", "tsv"])
        .output()
        .unwrap();
    let tsv = String::from_utf8(out.stdout).unwrap();
    assert!(
        tsv.starts_with("#separator:tab\n#html:true\n#notetype:Basic\n#guid column:1\n#deck column:2\n#tags column:5\n"),
        "{tsv}"
    );
    let other = Env::new();
    let f = other.write("t.tsv", &tsv);
    other
        .cmd(&at(DAY0))
        .arg("import")
        .arg(&f)
        .assert()
        .success();
    let a = &other.json(&at(DAY0), &["cards"])[0];
    assert_eq!(a["key"], "a");
    assert_eq!(a["front"], "Tab\there?");
    assert_eq!(a["back"], "Line one\nline \"two\"");
    assert_eq!(a["tags"], json!(["x", "y"]));
}

#[test]
fn export_needs_a_deck_when_there_are_several() {
    let env = Env::new();
    env.import_deck(&at(DAY0), "One", &[("a", "A?", "1")]);
    env.import_deck(&at(DAY0), "Two", &[("b", "B?", "2")]);
    env.cmd(&at(DAY0))
        .arg("export")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("choose one with --deck"));
    env.cmd(&at(DAY0))
        .args(["export", "--deck", "two"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"B?\""));
    env.cmd(&at(DAY0))
        .args(["export", "--format", "tsv", "--with-history"])
        .arg("--deck")
        .arg("One")
        .assert()
        .code(2);
}

#[test]
fn a_broken_backup_is_refused_whole() {
    let env = Env::new();
    let deck = json!({"format": "recall-deck/1", "name": "B", "cards": [
        {"id": "a", "front": "A?", "back": "1", "schedule": {"reps": 1, "interval": 1, "ease": 2.5, "lapses": 0, "due": "2026-03-02"}},
        {"id": "b", "front": "B?", "back": "2", "schedule": {"reps": 1, "interval": 1, "ease": 2.5, "lapses": 0},
         "history": [{"at": "yesterday", "day": "2026-03-01", "grade": 4, "kind": "new", "reps_before": 0, "interval_before": 0,
                      "ease_before": 2.5, "lapses_before": 0, "reps_after": 1, "interval_after": 1, "ease_after": 2.5}]}
    ]});
    let p = env.write("b.json", &deck.to_string());
    env.cmd(&at(DAY0))
        .arg("import")
        .arg(&p)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "card 2 (id \"b\"): \"history\"[0].\"at\" 'yesterday' is not an RFC 3339 time",
        ));
    assert_eq!(env.snapshot(), "");
}
