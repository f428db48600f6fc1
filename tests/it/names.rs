//! Finding decks by name (a prefix in any case, `::` children included),
//! completing them in the shell, and help that says the keys and settings.

use crate::common::{at, Env};

const NOW: &str = "2026-03-01T10:00:00Z";

fn three_decks() -> Env {
    let env = Env::new();
    env.import_deck(
        NOW,
        "AWS Shared Responsibility",
        &[("a", "Who patches EC2?", "You")],
    );
    env.import_deck(
        NOW,
        "AWS Well-Architected",
        &[("w", "How many pillars?", "Six")],
    );
    env.import_deck(NOW, "Languages::French", &[("f", "Bonjour?", "Hello")]);
    env.import_deck(NOW, "Languages::German", &[("g", "Hallo?", "Hello")]);
    env
}

fn fronts(env: &Env, deck: &str) -> Vec<String> {
    let cards = env.json(NOW, &["cards", "--deck", deck]);
    let mut fronts: Vec<String> = cards
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["front"].as_str().unwrap().to_string())
        .collect();
    fronts.sort();
    fronts
}

#[test]
fn a_deck_is_found_by_a_prefix_in_any_case_with_the_decks_under_it() {
    let env = three_decks();
    assert_eq!(fronts(&env, "aws s"), ["Who patches EC2?"]);
    assert_eq!(fronts(&env, "LANGUAGES"), ["Bonjour?", "Hallo?"]);
    assert_eq!(fronts(&env, "lang"), ["Bonjour?", "Hallo?"]);
    assert_eq!(fronts(&env, "languages::g"), ["Hallo?"]);
    // the same in every command that takes --deck
    let out = env.review(NOW, &["--deck", "langu"], "5\n5\n");
    assert!(out.contains("2 cards to study"), "{out}");
    let stats = env.json(NOW, &["stats", "--deck", "lang"]);
    assert_eq!(stats["deck"], "Languages");
    assert_eq!(stats["collection"]["cards"], 2);
    let due = env.json(&at("2026-03-02"), &["due", "--deck", "Languages"]);
    assert_eq!(due["due"], 2);
}

#[test]
fn an_ambiguous_prefix_names_the_decks_it_could_be() {
    let env = three_decks();
    let out = env
        .cmd(NOW)
        .args(["due", "--deck", "aws"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(65));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "recall: error: 'aws' could be the deck 'AWS Shared Responsibility', 'AWS Well-Architected'; give more of its name\n"
    );
    let out = env
        .cmd(NOW)
        .args(["cards", "--deck", "xyz"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(65));
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no deck named 'xyz'"));
}

#[test]
fn the_shell_completes_deck_names_for_deck() {
    let env = three_decks();
    let complete = |word: &str| {
        let out = env
            .bare()
            .env("COMPLETE", "bash")
            .env("_CLAP_COMPLETE_INDEX", "3")
            .env("RECALL_DB", &env.db)
            .args(["--", "recall", "stats", "--deck", word])
            .output()
            .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        text.lines().map(String::from).collect::<Vec<_>>()
    };
    assert_eq!(
        complete(""),
        [
            "AWS Shared Responsibility",
            "AWS Well-Architected",
            "Languages",
            "Languages::French",
            "Languages::German"
        ]
    );
    assert_eq!(
        complete("Lang"),
        ["Languages", "Languages::French", "Languages::German"]
    );
    // the rest of the command line completes as before
    let out = env
        .bare()
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "1")
        .args(["--", "recall", "rev"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "review");
}

#[test]
fn help_lists_the_keys_and_the_settings() {
    let env = Env::new();
    let help = |args: &[&str]| {
        let out = env.bare().args(args).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let review = help(&["review", "--help"]);
    for key in ["Space or Enter", "0-5", "u  ", "s  ", "Ctrl-C", "5 perfect"] {
        assert!(review.contains(key), "{key:?} in\n{review}");
    }
    let config = help(&["config", "--help"]);
    for name in recall::settings::KEYS.iter().map(|k| k.name) {
        assert!(
            config.contains(&format!("  {name}\n")),
            "{name} in\n{config}"
        );
    }
    assert!(
        config.contains("spread (evenly across each deck"),
        "{config}"
    );
}
