//! Anki packages: the fixtures Anki itself made (tests/fixtures/anki) import
//! with their cards, decks, tags and schedules; bad packages are refused
//! whole; recall's own packages and TSV carry what Anki needs.

use std::io::Write;
use std::path::{Path, PathBuf};

use predicates::prelude::*;
use serde_json::Value;

use crate::common::{at, Env};

const DAY0: &str = "2026-03-01";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/anki")
        .join(name)
}

const PACKAGES: &[&str] = &[
    "latest.apkg",
    "legacy2.apkg",
    "legacy1.apkg",
    "collection.colpkg",
    "collection-legacy.colpkg",
];

/// Each card of `cards --json` as one line: deck, key, front, back, tags.
fn content(cards: &Value) -> Vec<String> {
    cards
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} | {} | {} | {} | {}",
                c["deck"].as_str().unwrap(),
                c["key"].as_str().unwrap(),
                c["front"].as_str().unwrap(),
                c["back"].as_str().unwrap(),
                c["tags"]
            )
        })
        .collect()
}

/// Each card's schedule as one line: key, state, due, interval, ease, reps, lapses.
fn schedules(cards: &Value) -> Vec<String> {
    cards
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {} {} {} {}",
                c["key"].as_str().unwrap(),
                c["state"].as_str().unwrap(),
                c["due"],
                c["interval"],
                c["ease"],
                c["reps"],
                c["lapses"]
            )
        })
        .collect()
}

const CONTENT: &[&str] = &[
    r#"Languages::French | Fq7#bonj0r | bonjour | hello | ["fr","greet"]"#,
    r#"Languages::French | Fq7#chat04 | chat | cat | ["fr"]"#,
    r#"Languages::French | Fq7#merci8 | merci | thank you | ["fr"]"#,
    "Languages::French | Fq7#html09 | x ‹ café | line one\nline two | [\"fr\",\"html\"]",
    r#"Languages::Spanish | Es:perro01 | perro | dog | ["animal","es"]"#,
    r#"Languages::Spanish | Es:perro01:reverse | dog | perro | ["animal","es"]"#,
    r#"Languages::Spanish | Es|gato002 | gato | cat | ["es"]"#,
    r#"Languages::Spanish | Es|gato002:reverse | cat | gato | ["es"]"#,
    r#"Languages::Spanish | Es|casa003 | casa | house | ["es"]"#,
    r#"Geography | Geo:rome05 | The capital of [...] is Rome. | Italy | ["geo"]"#,
    r#"Geography | Geo:rome05:c2 | The capital of Italy is [city]. | Rome | ["geo"]"#,
    "Geography | Geo:map006 | Which country is this? [image: map.png] | France\n[sound: fr.mp3] | [\"geo\",\"media\"]",
    r#"Geography | Geo:fjord7 | fjord | a long, narrow sea inlet | ["geo","vocab"]"#,
];

const SCHEDULES: &[&str] = &[
    r#"Fq7#bonj0r young "2026-03-04" 15 2.3 4 1"#,
    r#"Fq7#chat04 mature "2026-03-10" 30 2.65 3 0"#,
    r#"Fq7#merci8 young "2026-03-17" 20 2.5 2 0"#,
    "Fq7#html09 new null 0 2.5 0 0",
    r#"Es:perro01 young "2026-03-01" 4 2.5 2 0"#,
    "Es:perro01:reverse new null 0 2.5 0 0",
    "Es|gato002 new null 0 2.5 0 0",
    "Es|gato002:reverse new null 0 2.5 0 0",
    "Es|casa003 new null 0 2.5 0 0",
    r#"Geo:rome05 learning "2026-03-01" 1 2.5 0 0"#,
    r#"Geo:rome05:c2 suspended "2026-03-05" 10 2.5 2 0"#,
    "Geo:map006 new null 0 2.5 0 0",
    r#"Geo:fjord7 learning "2026-03-02" 1 1.3 0 3"#,
];

#[test]
fn every_format_anki_writes_imports_with_its_schedules() {
    for name in PACKAGES {
        let env = Env::new();
        let out = env
            .cmd(&at(DAY0))
            .args(["import", "--with-schedule"])
            .arg(fixture(name))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let report = String::from_utf8(out.stderr).unwrap();
        for line in [
            "10 notes made 13 cards (5 Basic, 3 reversed, 1 cloze, 1 of other note types).",
            "1 note of note type 'Vocabulary' read as first field front, second field back",
            "1 image and 1 sound shown as placeholders such as [image: map.png]; the package's 2 media files were not imported.",
            "Schedules and review logs kept for 7 cards (2 learning, 1 suspended).",
            "1 card buried in Anki came in unburied.",
            "1 card scheduled by FSRS: interval and due kept",
        ] {
            assert!(report.contains(line), "{name}: {line}\n{report}");
        }
        let cards = env.json(&at(DAY0), &["cards"]);
        assert_eq!(content(&cards), CONTENT, "{name}");
        assert_eq!(schedules(&cards), SCHEDULES, "{name}");
        let decks: Vec<Value> = env.json(&at(DAY0), &["decks"]).as_array().unwrap().clone();
        let names: Vec<&str> = decks.iter().map(|d| d["name"].as_str().unwrap()).collect();
        assert_eq!(
            names,
            ["Geography", "Languages::French", "Languages::Spanish"],
            "{name}"
        );
    }
}

#[test]
fn the_review_log_comes_with_the_schedule() {
    let env = Env::new();
    env.cmd(&at(DAY0))
        .args(["import", "--with-schedule"])
        .arg(fixture("latest.apkg"))
        .assert()
        .success();
    let stats = env.json(&at(DAY0), &["stats", "--days", "60"]);
    let activity = stats["activity"].as_array().unwrap();
    let reviews: u64 = activity
        .iter()
        .map(|d| d["reviews"].as_u64().unwrap())
        .sum();
    // the answers of the last 60 days (the fixture's log starts on 3 January)
    assert!(reviews >= 15, "{stats}");
    let feb17 = activity.iter().find(|d| d["date"] == "2026-02-17").unwrap();
    assert_eq!(feb17["reviews"], 1, "{stats}");
}

#[test]
fn without_with_schedule_every_card_is_new_and_reimporting_changes_nothing() {
    let env = Env::new();
    let out = env
        .cmd(&at(DAY0))
        .args(["--json", "import"])
        .arg(fixture("latest.apkg"))
        .output()
        .unwrap();
    let report = String::from_utf8(out.stderr).unwrap();
    assert!(
        report
            .contains("7 cards studied in Anki came in as new; import again with --with-schedule"),
        "{report}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["decks"].as_array().unwrap().len(), 3);
    let cards = env.json(&at(DAY0), &["cards"]);
    assert!(cards
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["state"] == "new"));
    assert_eq!(content(&cards), CONTENT);
    // the same notes from another format: the guids match, nothing is added
    let v = env.json(
        &at(DAY0),
        &[
            "import",
            "--with-schedule",
            fixture("legacy1.apkg").to_str().unwrap(),
        ],
    );
    for d in v["decks"].as_array().unwrap() {
        assert_eq!(
            (d["added"].as_u64(), d["updated"].as_u64()),
            (Some(0), Some(0)),
            "{v}"
        );
    }
    assert_eq!(
        env.json(&at(DAY0), &["cards"]).as_array().unwrap().len(),
        13
    );
    // a card that has no history yet takes the package's schedule
    let restored: u64 = v["decks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["restored"].as_u64().unwrap())
        .sum();
    assert_eq!(restored, 7, "{v}");
}

#[test]
fn format_apkg_and_deck_override() {
    let env = Env::new();
    let copy = env.dir().join("anki-export.bin");
    std::fs::copy(fixture("latest.apkg"), &copy).unwrap();
    env.cmd(&at(DAY0))
        .args(["import", "--format", "apkg", "--deck", "From Anki"])
        .arg(&copy)
        .assert()
        .success();
    let decks = env.json(&at(DAY0), &["decks"]);
    assert_eq!(decks[0]["name"], "From Anki");
    assert_eq!(decks[0]["cards"], 13);
}

/// A zip of `entries` (name, bytes), deflated.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

/// The collection inside the legacy fixture, as bytes.
fn legacy_collection() -> Vec<u8> {
    let file = std::fs::File::open(fixture("legacy2.apkg")).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut entry = zip.by_name("collection.anki21").unwrap();
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
    bytes
}

#[test]
fn bad_packages_are_refused_and_nothing_is_imported() {
    let good = std::fs::read(fixture("latest.apkg")).unwrap();
    let mut corrupt = legacy_collection();
    // Every page after the first two: b-tree pages no longer b-trees.
    for b in corrupt.iter_mut().skip(8192).step_by(7) {
        *b = 0xA5;
    }
    let zeros = vec![0u8; 20 << 20];
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated.apkg",
            good[..good.len() / 2].to_vec(),
            "is not a complete Anki package",
        ),
        ("empty.apkg", Vec::new(), "is not a complete Anki package"),
        (
            "bomb.apkg",
            zip_of(&[("collection.anki21", &zeros)]),
            "looks like a zip bomb",
        ),
        (
            "escape.apkg",
            zip_of(&[
                ("collection.anki21", &legacy_collection()),
                ("../evil", b"x"),
            ]),
            "named '../evil' that points outside it",
        ),
        (
            "absolute.apkg",
            zip_of(&[("/etc/evil", b"x")]),
            "named '/etc/evil' that points outside it",
        ),
        (
            "text.apkg",
            zip_of(&[("collection.anki21", b"hello, I am not SQLite")]),
            "is not an SQLite database",
        ),
        (
            "corrupt.apkg",
            zip_of(&[("collection.anki21", &corrupt)]),
            "is damaged",
        ),
        (
            "nothing.apkg",
            zip_of(&[("media", b"{}")]),
            "holds no Anki collection",
        ),
        (
            "badzstd.apkg",
            zip_of(&[("collection.anki21b", b"not zstd at all")]),
            "is damaged",
        ),
    ];
    let env = Env::new();
    for (name, bytes, message) in cases {
        let path = env.dir().join(name);
        std::fs::write(&path, bytes).unwrap();
        env.cmd(&at(DAY0))
            .args(["import", "--with-schedule"])
            .arg(&path)
            .assert()
            .code(65)
            .stderr(predicate::str::contains(message).and(predicate::str::contains(name)));
        assert_eq!(env.snapshot(), "", "{name}");
    }
    // one bad package among good ones: nothing at all is imported
    let bad = env.dir().join("truncated.apkg");
    env.cmd(&at(DAY0))
        .arg("import")
        .arg(fixture("legacy2.apkg"))
        .arg(&bad)
        .assert()
        .code(65);
    assert_eq!(env.snapshot(), "");
}

#[test]
fn an_exported_package_imports_back_with_the_same_cards_and_schedules() {
    let env = Env::new();
    env.cmd(&at(DAY0))
        .args(["import", "--with-schedule"])
        .arg(fixture("latest.apkg"))
        .assert()
        .success();
    let deck = serde_json::json!({"format": "recall-deck/1", "name": "Own", "cards": [
        {"id": "q1", "front": "2 < 3 & 4 > 1?", "back": "yes\nsurely", "explanation": "maths", "tags": ["m"]},
        {"id": "q2", "front": "Capital of France?", "back": "Paris", "reverse": true},
        {"id": "c", "front": "The [...] is the capital of [...].", "back": "Paris; France"},
        {"id": "mc", "front": "Pick one", "choices": ["x", "y"], "answer": 1}
    ]});
    let p = env.write("own.json", &deck.to_string());
    env.cmd(&at(DAY0)).arg("import").arg(&p).assert().success();
    env.review(
        &at(DAY0),
        &["--deck", "Own", "--new", "5"],
        "5\n4\n1\n4\n5\nb\n",
    );
    let before = env.json(&at(DAY0), &["cards"]);

    let package = env.dir().join("out.apkg");
    env.cmd(&at(DAY0))
        .args(["export", "--format", "apkg", "--with-history", "-o"])
        .arg(&package)
        .assert()
        .success()
        .stderr(predicate::str::contains("of 4 decks to"));
    let file = std::fs::File::open(&package).unwrap();
    let names: Vec<String> = zip::ZipArchive::new(file)
        .unwrap()
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .collect();
    assert_eq!(names, ["collection.anki21", "media"]);

    let other = Env::new();
    other
        .cmd(&at(DAY0))
        .args(["import", "--with-schedule"])
        .arg(&package)
        .assert()
        .success();
    let after = other.json(&at(DAY0), &["cards"]);
    // a multiple-choice card comes back as a plain card with its options
    let mc = |cards: &Value| -> Vec<String> {
        let mut lines = content(cards);
        lines.sort();
        lines
    };
    let expected: Vec<String> = mc(&before)
        .into_iter()
        .map(|l| {
            l.replace(
                "Own | mc | Pick one | y |",
                "Own | mc | Pick one\nA. x\nB. y | B. y |",
            )
        })
        .collect();
    assert_eq!(mc(&after), expected);
    let mut s_before = schedules(&before);
    let mut s_after = schedules(&after);
    s_before.sort();
    s_after.sort();
    assert_eq!(s_after, s_before);
    // a second export of the same collection gives the same guids
    let again = env.dir().join("again.apkg");
    env.cmd(&at(DAY0))
        .args(["export", "--format", "apkg", "-o"])
        .arg(&again)
        .assert()
        .success();
    let v = other.json(&at(DAY0), &["import", again.to_str().unwrap()]);
    for d in v["decks"].as_array().unwrap() {
        assert_eq!(d["added"], 0, "{v}");
    }
}
