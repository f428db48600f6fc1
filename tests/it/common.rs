//! The shared test environment: a temporary directory holding the
//! collection, and a `recall` command that cannot see the developer's setup.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub struct Env {
    dir: TempDir,
    pub db: PathBuf,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("collection.sqlite3");
        Env { dir, db }
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// `recall --db <temp> --now <now>` with a clean environment (UTC).
    pub fn cmd(&self, now: &str) -> Command {
        let mut c = self.bare();
        c.arg("--db").arg(&self.db).arg("--now").arg(now);
        c
    }

    /// `recall` with a clean environment (UTC, HOME in the temp dir) and no
    /// arguments yet.
    pub fn bare(&self) -> Command {
        let mut c = Command::cargo_bin("recall").expect("binary");
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("TZ", "UTC")
            .current_dir(self.dir.path());
        c
    }

    /// Writes a file into the temp directory and returns its path.
    pub fn write(&self, name: &str, content: &str) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, content).expect("write fixture");
        p
    }

    /// Runs a command that must succeed, and parses its JSON output.
    pub fn json(&self, now: &str, args: &[&str]) -> Value {
        let out = self
            .cmd(now)
            .arg("--json")
            .args(args)
            .output()
            .expect("run recall");
        assert!(
            out.status.success(),
            "recall {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("JSON output")
    }

    /// A scripted review session: `input` is one command per line.
    pub fn review(&self, now: &str, args: &[&str], input: &str) -> String {
        let out = self
            .cmd(now)
            .arg("review")
            .args(args)
            .write_stdin(input)
            .output()
            .expect("run recall");
        assert!(
            out.status.success(),
            "review failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    /// Imports a native deck built from (id, front, back) triples.
    pub fn import_deck(&self, now: &str, name: &str, cards: &[(&str, &str, &str)]) {
        let path = self.write(&format!("{name}.json"), &deck_json(name, cards));
        self.cmd(now).arg("import").arg(path).assert().success();
    }

    /// Imports a deck of `n` cards with ids `c0`, `c1`, … and the fronts
    /// `front(i)`; the back of card i is `i`.
    pub fn import_numbered(
        &self,
        now: &str,
        name: &str,
        n: usize,
        front: impl Fn(usize) -> String,
    ) {
        let cards: Vec<(String, String, String)> = (0..n)
            .map(|i| (format!("c{i}"), front(i), i.to_string()))
            .collect();
        let refs: Vec<(&str, &str, &str)> = cards
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
            .collect();
        self.import_deck(now, name, &refs);
    }

    /// A snapshot of everything in the collection, to prove nothing changed.
    pub fn snapshot(&self) -> String {
        if !self.db.exists() {
            return String::new();
        }
        dump(&self.db)
    }
}

/// A native deck as JSON text.
pub fn deck_json(name: &str, cards: &[(&str, &str, &str)]) -> String {
    let cards: Vec<Value> = cards
        .iter()
        .map(|(id, f, b)| serde_json::json!({"id": id, "front": f, "back": b}))
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "format": "recall-deck/1",
        "name": name,
        "cards": cards,
    }))
    .unwrap()
}

/// The collection as `cards --json` and `decks --json` see it, through the
/// binary itself (tests do not open the database behind its back).
fn dump(db: &Path) -> String {
    let run = |args: &[&str]| {
        let out = Command::cargo_bin("recall")
            .unwrap()
            .env_clear()
            .env("TZ", "UTC")
            .arg("--db")
            .arg(db)
            .arg("--now")
            .arg("2030-01-01T12:00:00Z")
            .arg("--json")
            .args(args)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    format!("{}{}", run(&["cards"]), run(&["decks"]))
}

/// The day after `day` (YYYY-MM-DD) as an RFC 3339 moment at 10:00 UTC.
pub fn at(day: &str) -> String {
    format!("{day}T10:00:00Z")
}
