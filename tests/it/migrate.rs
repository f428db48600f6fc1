//! A collection written by the build before the single schema file opens,
//! upgrades in one step, and shows exactly what it showed before.

use std::path::Path;

use crate::common::Env;

const NOW: &str = "2026-11-13T09:00:00Z";

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/collections")
        .join(name);
    std::fs::read_to_string(path).expect("fixture")
}

fn stdout(env: &Env, args: &[&str]) -> String {
    let out = env.cmd(NOW).args(args).output().expect("run recall");
    assert!(
        out.status.success(),
        "recall {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn a_version_10_collection_upgrades_losing_nothing() {
    let env = Env::new();
    let v10 = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/collections/v10.sqlite3");
    std::fs::copy(v10, &env.db).unwrap();
    // twice: the upgrade, then the upgraded collection as it stays
    for _ in 0..2 {
        for listing in ["cards", "decks", "stats", "due"] {
            assert_eq!(
                stdout(&env, &["--json", listing]),
                fixture(&format!("v10-{listing}.json")),
                "{listing}"
            );
        }
        assert_eq!(
            stdout(&env, &["export", "--deck", "Capitals", "--with-history"]),
            fixture("v10-capitals-backup.json")
        );
        assert_eq!(stdout(&env, &["config", "new-per-day"]), "15\n");
    }
    // and it goes on: a review answers the due cards of the next day
    let out = env.review(
        "2026-11-14T09:00:00Z",
        &["--limit", "1", "--new", "0"],
        "4\n",
    );
    assert!(out.contains("Session over."), "{out}");
}
