//! `recall generate` and `recall import` of study notes, through the binary.

use predicates::prelude::*;
use serde_json::Value;

use crate::common::Env;

const NOW: &str = "2026-03-01T10:00:00Z";

const NOTES: &str = "# Cloud basics

## Rented servers

**The provider manages:**

- Disks and power
- The hypervisor

The customer is responsible for patching the guest system.

Which side writes the firewall rules?

- [ ] The provider
- [x] The customer

> Firewall rules are configuration inside the customer's account.
";

#[test]
fn generate_is_deterministic_and_writes_a_valid_deck() {
    let env = Env::new();
    let notes = env.write("notes.md", NOTES);
    let first = env.cmd(NOW).arg("generate").arg(&notes).output().unwrap();
    let second = env
        .cmd("2030-01-01T00:00:00Z")
        .arg("generate")
        .arg(&notes)
        .output()
        .unwrap();
    assert!(first.status.success());
    assert_eq!(first.stdout, second.stdout, "same input, same bytes");
    let deck: Value = serde_json::from_slice(&first.stdout).unwrap();
    assert_eq!(deck["format"], "recall-deck/1");
    assert_eq!(deck["name"], "Cloud basics");
    let cards = deck["cards"].as_array().unwrap();
    assert!(cards.iter().any(
        |c| c["front"] == "Rented servers: who manages the hypervisor?"
            && c["back"] == "The provider"
    ));
    let mc = cards
        .iter()
        .find(|c| c.get("choices").is_some())
        .expect("a multiple-choice card");
    assert_eq!(
        mc["choices"][mc["answer"].as_u64().unwrap() as usize],
        "The customer"
    );
    assert!(cards
        .iter()
        .all(|c| c["source"].as_str().unwrap().starts_with("notes.md › ")));

    // -o writes the same bytes to a file, and import reads it back
    let out = env.dir().join("deck.json");
    env.cmd(NOW)
        .arg("generate")
        .arg(&notes)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "cards of deck 'Cloud basics' to {}",
            out.display()
        )));
    assert_eq!(std::fs::read(&out).unwrap(), first.stdout);
    env.cmd(NOW).arg("import").arg(&out).assert().success();
}

#[test]
fn notes_import_directly_and_update_on_edit() {
    let env = Env::new();
    let notes = env.write("notes.md", NOTES);
    let v = env.json(NOW, &["import", notes.to_str().unwrap()]);
    let added = v["decks"][0]["added"].as_u64().unwrap();
    assert!(added >= 5, "{v}");
    env.review(NOW, &["--new", "1"], "5\n");
    let learned = env.json(NOW, &["cards"])[0].clone();
    // edit an unrelated line and add a fact: nothing duplicated, the schedule kept
    let edited = NOTES.replace("- The hypervisor\n", "- The hypervisor\n- Cooling\n");
    let notes = env.write("notes.md", &edited);
    let v = env.json(NOW, &["import", notes.to_str().unwrap()]);
    assert!(v["decks"][0]["added"].as_u64().unwrap() >= 1, "{v}");
    assert_eq!(
        v["decks"][0]["unchanged"].as_u64().unwrap() + v["decks"][0]["updated"].as_u64().unwrap(),
        added
    );
    let cards = env.json(NOW, &["cards"]);
    let same = cards
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["key"] == learned["key"])
        .unwrap();
    assert_eq!(same["due"], learned["due"]);
    assert_eq!(same["reps"], 1);

    // drop the multiple-choice question from the notes: reported, kept, then pruned
    let cut = edited.split("Which side").next().unwrap().to_string();
    let notes = env.write("notes.md", &cut);
    let v = env.json(NOW, &["import", notes.to_str().unwrap()]);
    assert_eq!(v["decks"][0]["missing"], 1, "{v}");
    let total = env.json(NOW, &["cards"]).as_array().unwrap().len();
    env.cmd(NOW)
        .arg("import")
        .arg(&notes)
        .arg("--prune")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Deleted 1 card that the file no longer has",
        ));
    assert_eq!(
        env.json(NOW, &["cards"]).as_array().unwrap().len(),
        total - 1
    );
}

#[test]
fn generate_errors() {
    let env = Env::new();
    let bad = env.write("bad.md", "# T\n\nWhich one?\n\n- [ ] a\n- [ ] b\n");
    env.cmd(NOW)
        .arg("generate")
        .arg(&bad)
        .assert()
        .code(65)
        .stderr(predicate::str::contains("bad.md:").and(predicate::str::contains("- [x]")));
    env.cmd(NOW)
        .args(["generate", "nowhere.md"])
        .assert()
        .code(74)
        .stderr(predicate::str::contains("cannot read nowhere.md"));
    // an empty deck name is refused, not replaced by the title
    let good = env.write("good.md", "# T\n\n- **Bisque**: the first, low firing\n");
    env.cmd(NOW)
        .arg("generate")
        .arg(&good)
        .args(["--deck", " "])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--deck needs a name"));
    // importing bad notes changes nothing
    env.cmd(NOW).arg("import").arg(&bad).assert().code(65);
    assert_eq!(env.snapshot(), "");
}

#[test]
fn the_shipped_deck_is_what_generate_makes() {
    let env = Env::new();
    let root = env!("CARGO_MANIFEST_DIR");
    let out = env
        .cmd(NOW)
        .arg("generate")
        .arg(format!("{root}/decks/sources/aws-shared-responsibility.md"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let shipped = std::fs::read(format!("{root}/decks/aws-shared-responsibility.json")).unwrap();
    assert!(
        out.stdout == shipped,
        "decks/aws-shared-responsibility.json is stale: run `cargo run -- generate decks/sources/aws-shared-responsibility.md -o decks/aws-shared-responsibility.json`"
    );
}

#[test]
fn generate_says_what_it_left_out() {
    let env = Env::new();
    let notes = env.write(
        "mixed.md",
        "# Mixed\n\n## Parts\n\n- [Intro](#intro)\n- [Setup](#setup)\n\nThe customer manages the keys.\n\n```\nlet x = 1;\n```\n\n1. **Which port does SSH use?**\n   - 22\n   - 80\n",
    );
    // A short summary on stderr; stdout stays the deck.
    let out = env.cmd(NOW).arg("generate").arg(&notes).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr, "1 card from 4 blocks; 3 blocks left out\n");
    let deck: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(deck["cards"].as_array().unwrap().len(), 1);
    // --report names each block left out, with its line and why.
    env.cmd(NOW)
        .arg("generate")
        .arg(&notes)
        .arg("--report")
        .assert()
        .success()
        .stderr(
            "mixed.md:5: a list of links\nmixed.md:10: a code block\nmixed.md:14: question 1 has no answer (give it as `Answer: B` after the options, or in an answer key)\n1 card from 4 blocks; 3 blocks left out\n",
        );
    // -q keeps the summary quiet, but --report still lists.
    env.cmd(NOW)
        .args(["-q", "generate"])
        .arg(&notes)
        .assert()
        .success()
        .stderr("");
    env.cmd(NOW)
        .args(["-q", "generate", "--report"])
        .arg(&notes)
        .assert()
        .success()
        .stderr(predicate::str::starts_with("mixed.md:5: a list of links\n"));
}
