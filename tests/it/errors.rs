//! Every message that quotes the user's input, word for word: one table of
//! command lines, each with the exact standard error and exit code it
//! gives. It covers each kind of error in `src/error.rs` that a command
//! line can reach (a full disk is tested in `error.rs` itself, a busy
//! collection and a read-only one in `safety.rs`), and clap's
//! own errors, which must read like recall's.

use crate::common::{deck_json, Env};

const NOW: &str = "2026-03-01T10:00:00Z";

/// A command line, with environment variables set for it.
struct Case {
    env: &'static [(&'static str, &'static str)],
    args: &'static [&'static str],
    stderr: &'static str,
    code: i32,
}

const fn case(args: &'static [&'static str], stderr: &'static str, code: i32) -> Case {
    Case {
        env: &[],
        args,
        stderr,
        code,
    }
}

const CASES: &[Case] = &[
    // Usage: clap's errors, in recall's words and form
    case(&["frobnicate"], "recall: error: unrecognized subcommand 'frobnicate'\n\nUsage: recall [OPTIONS] <COMMAND>\n\nFor more information, try '--help'.\n", 2),
    case(&["cards", "--deck"], "recall: error: a value is required for '--deck <DECK>' but none was supplied\n\nFor more information, try '--help'.\n", 2),
    case(&["stats", "--days", "abc"], "recall: error: --days takes a whole number of days from 1 to 3650, not 'abc'\n", 2),
    case(&["stats", "--days", "0"], "recall: error: --days takes a whole number of days from 1 to 3650, not '0'\n", 2),
    case(&["due", "--days", "36501"], "recall: error: --days takes a whole number of days from 0 to 36500, not '36501'\n", 2),
    case(&["review", "--new", "many"], "recall: error: --new takes a whole number of new cards from 0 to 100000, not 'many'\n", 2),
    case(&["review", "--limit", "1.5"], "recall: error: --limit takes a whole number of reviews from 0 to 1000000, not '1.5'\n", 2),
    case(&["suspend", "x"], "recall: error: ID takes a card id as `recall cards` shows it, a whole number from 1, not 'x'\n", 2),
    case(&["unsuspend", "0"], "recall: error: ID takes a card id as `recall cards` shows it, a whole number from 1, not '0'\n", 2),
    case(&["show", "abc"], "recall: error: ID takes a card id as `recall cards` shows it, a whole number from 1, not 'abc'\n", 2),
    case(&["edit", "0"], "recall: error: ID takes a card id as `recall cards` shows it, a whole number from 1, not '0'\n", 2),
    // Usage: recall's own
    Case {
        env: &[("RECALL_DB", "")],
        args: &["decks"],
        stderr: "recall: error: the collection path is empty (from --db or RECALL_DB); give the path of a collection file\n",
        code: 2,
    },
    Case {
        env: &[("RECALL_NOW", "")],
        args: &["decks"],
        stderr: "recall: error: --now (or RECALL_NOW) '' is not an RFC 3339 time (premature end of input); write it like 2026-03-01T09:30:00Z\n",
        code: 2,
    },
    case(&["--now", "yesterday", "decks"], "recall: error: --now (or RECALL_NOW) 'yesterday' is not an RFC 3339 time (premature end of input); write it like 2026-03-01T09:30:00Z\n", 2),
    case(&["--now", "1969-12-31T23:00:00Z", "decks"], "recall: error: --now '1969-12-31T23:00:00Z' is in the year 1969 (UTC); recall runs from 1970 to 9899, so that every due date, up to 100 years later, has a four-digit year — give a time in those years\n", 2),
    case(&["--db", "adir", "decks"], "recall: error: adir is a directory; --db needs the path of a collection file\n", 2),
    case(&["import", "deck.xyz"], "recall: error: deck.xyz: cannot tell the deck format from the extension '.xyz'; recall reads .json decks, .md/.txt notes, .tsv/.csv Anki text and .apkg/.colpkg Anki packages — use --format native|notes|anki-text|apkg\n", 2),
    case(&["export"], "recall: error: the collection has 2 decks ('One', 'Two'); choose one with --deck\n", 2),
    case(&["export", "--format", "tsv", "--deck", "One", "--with-history"], "recall: error: --with-history needs --format json: Anki's text format has no place for schedules\n", 2),
    case(&["config", "nope"], "recall: error: there is no setting 'nope'; the settings are: day-start, new-per-day, reviews-per-day, leech-lapses, suspend-leeches, new-card-order\n", 2),
    case(&["config", "new-per-day", "lots"], "recall: error: new-per-day takes a whole number from 0 to 100000, not 'lots'\n", 2),
    case(&["config", "suspend-leeches", "maybe"], "recall: error: suspend-leeches takes true or false, not 'maybe'\n", 2),
    // Input: a file wrong at a place
    case(&["import", "syntax.json"], "recall: error: syntax.json:3:15: expected `,` or `}` — fix the deck file and import again\n", 65),
    case(&["import", "field.json"], "recall: error: field.json: unknown field `colour`; a deck has format, name, description and cards — fix the deck file and import again\n", 65),
    case(&["import", "format.json"], "recall: error: format.json: \"format\" is \"anki\", but recall reads \"recall-deck/1\" — set \"format\": \"recall-deck/1\"\n", 65),
    case(&["import", "--format", "native", "notes.txt"], "recall: error: notes.txt: this is not a recall deck (a JSON object starting with '{'); study notes go in .md or .txt files, or pass --format notes\n", 65),
    case(&["import", "latin1.md"], "recall: error: latin1.md:2:4: the file is not UTF-8 text — save it as UTF-8 and try again\n", 65),
    // Card: card N of a deck file
    case(&["import", "empty-front.json"], "recall: error: empty-front.json: card 1: the front is empty — write the question in \"front\"\n", 65),
    case(&["import", "repeated.json"], "recall: error: repeated.json: card 2: id \"x\" is already used by card 1 — give each card its own id\n", 65),
    case(&["import", "tag.json"], "recall: error: tag.json: card 1 (id \"t\"): tag \"two words\" is empty or has spaces — write tags as single words\n", 65),
    case(&["import", "history.json"], "recall: error: history.json: card 1 (id \"h\"): \"history\"[0].\"kind\" is 'later'; it is new, review, drill or cram\n", 65),
    // Invalid: Anki text, packages, an empty collection
    case(&["import", "rows.tsv"], "recall: error: rows.tsv:3: the row has only one field; recall needs a front and a back separated by a tab — set '#separator:' or check the file\n", 65),
    case(&["import", "separator.tsv"], "recall: error: separator.tsv:1:12: '#separator:weird' is not a separator recall knows — use tab, comma, semicolon, space, pipe or colon\n", 65),
    case(&["import", "column.tsv"], "recall: error: column.tsv:1: '#deck column:' takes a column number from 1, not 'first'\n", 65),
    case(&["import", "notes.apkg"], "recall: error: notes.apkg is not a complete Anki package (invalid Zip archive: Could not find EOCD) — export it from Anki again\n", 65),
    case(&["--db", "empty.sqlite3", "export"], "recall: error: the collection has no decks to export\n", 65),
    // NoSuchDeck, NoSuchCard
    case(&["cards", "--deck", "Nope"], "recall: error: there is no deck named 'Nope'; `recall decks` lists the decks\n", 65),
    case(&["delete", "--deck", "Nope"], "recall: error: there is no deck named 'Nope'; `recall decks` lists the decks\n", 65),
    case(&["suspend", "99", "98"], "recall: error: no card has the id 99, 98; nothing was changed — `recall cards` shows the ids\n", 65),
    // Read, NotAFile, TooLarge
    case(&["import", "missing.json"], "recall: error: cannot read missing.json: there is no such file\n", 74),
    case(&["generate", "missing.md"], "recall: error: cannot read missing.md: there is no such file\n", 74),
    case(&["import", "adir"], "recall: error: cannot read adir: it is a directory, not a file — give the path of a file\n", 74),
    case(&["import", "/dev/null"], "recall: error: cannot read /dev/null: it is a device, not a file — give the path of a file\n", 74),
    case(&["import", "big.md"], "recall: error: big.md is 16 MiB; recall reads notes files of up to 16 MiB — split the notes into several files\n", 65),
    // Write
    case(&["generate", "notes.md", "-o", "no/such/dir/x.json"], "recall: error: cannot write no/such/dir/x.json: there is no such file\n", 74),
    case(&["generate", "notes.md", "-o", "adir"], "recall: error: cannot write adir: it is a directory, not a file\n", 74),
    // The collection: not one, newer, older, damaged
    case(&["--db", "notes.txt", "decks"], "recall: error: notes.txt is not a recall collection; it was left untouched — choose another file with --db or RECALL_DB\n", 65),
    case(&["--db", "newer.sqlite3", "decks"], "recall: error: newer.sqlite3 is a collection of schema version 99, written by a newer recall (this one knows version 12); upgrade recall to open it\n", 74),
    case(&["--db", "older.sqlite3", "decks"], "recall: error: older.sqlite3 is a collection of schema version 5, from a development build before the first release; export its decks with that build (`recall export --with-history`) and import them here\n", 74),
    case(&["--db", "damaged.sqlite3", "cards"], "recall: error: the collection damaged.sqlite3 is damaged (database disk image is malformed); restore it from a backup made with `recall export --with-history`\n", 65),
];

/// The files the table's command lines name, in a fresh directory, with
/// the collection `c.sqlite3` holding decks One and Two.
fn setup() -> Env {
    let env = Env::new();
    let deck = |name: &str, cards: &str| {
        format!("{{\"format\":\"recall-deck/1\",\"name\":\"{name}\",\"cards\":[{cards}]}}")
    };
    env.write("one.json", &deck_json("One", &[("a", "Q?", "A")]));
    env.write("two.json", &deck_json("Two", &[("a", "Q?", "A")]));
    env.write(
        "syntax.json",
        "{\n  \"format\": \"recall-deck/1\",\n  \"name\": \"T\" \"cards\": []\n}\n",
    );
    env.write(
        "field.json",
        &deck("T", "").replace("\"cards\"", "\"colour\":1,\"cards\""),
    );
    env.write(
        "format.json",
        &deck("T", "").replace("recall-deck/1", "anki"),
    );
    env.write(
        "empty-front.json",
        &deck("T", r#"{"front":" ","back":"b"}"#),
    );
    env.write(
        "repeated.json",
        &deck(
            "T",
            r#"{"id":"x","front":"f","back":"b"},{"id":"x","front":"g","back":"b"}"#,
        ),
    );
    env.write(
        "tag.json",
        &deck(
            "T",
            r#"{"id":"t","front":"f","back":"b","tags":["two words"]}"#,
        ),
    );
    env.write("history.json", &deck("T", r#"{"id":"h","front":"f","back":"b","schedule":{"reps":1,"interval":1,"ease":2.5,"lapses":0,"due":"2026-03-02"},"history":[{"at":"2026-03-01T10:00:00Z","day":"2026-03-01","grade":4,"kind":"later","reps_before":0,"interval_before":0,"ease_before":2.5,"lapses_before":0,"reps_after":1,"interval_after":1,"ease_after":2.5}]}"#));
    env.write("rows.tsv", "#deck:D\na\tb\nonly one field\n");
    env.write("separator.tsv", "#separator:weird\na\tb\n");
    env.write("column.tsv", "#deck column:first\na\tb\n");
    env.write("notes.apkg", "PK\u{3}\u{4}broken");
    env.write("notes.txt", "my precious notes\n");
    env.write("notes.md", "# N\n\nQ: What?\nA: That.\n");
    env.write("deck.xyz", "hello");
    std::fs::write(env.dir().join("latin1.md"), b"# Notes\nCaf\xe9 au lait\n").unwrap();
    std::fs::create_dir(env.dir().join("adir")).unwrap();
    let big = std::fs::File::create(env.dir().join("big.md")).unwrap();
    big.set_len((16 << 20) + 1).unwrap();
    env.bare()
        .args([
            "--db",
            "c.sqlite3",
            "--now",
            NOW,
            "import",
            "one.json",
            "two.json",
        ])
        .assert()
        .success();
    for (name, version) in [("newer.sqlite3", 99), ("older.sqlite3", 5)] {
        std::fs::copy(env.dir().join("c.sqlite3"), env.dir().join(name)).unwrap();
        let conn = rusqlite::Connection::open(env.dir().join(name)).unwrap();
        conn.pragma_update(None, "user_version", version).unwrap();
    }
    let damaged = env.dir().join("damaged.sqlite3");
    std::fs::copy(env.dir().join("c.sqlite3"), &damaged).unwrap();
    let mut bytes = std::fs::read(&damaged).unwrap();
    bytes[2 * 4096..8 * 4096].fill(0xff);
    std::fs::write(&damaged, bytes).unwrap();
    env
}

#[test]
fn every_message_word_for_word() {
    let env = setup();
    let mut wrong = Vec::new();
    for case in CASES {
        let mut cmd = env.bare();
        cmd.env("RECALL_DB", "c.sqlite3").env("RECALL_NOW", NOW);
        for (key, value) in case.env {
            cmd.env(key, value);
        }
        let out = cmd.args(case.args).output().expect("run recall");
        let stderr = String::from_utf8_lossy(&out.stderr);
        if stderr != case.stderr || out.status.code() != Some(case.code) {
            wrong.push(format!(
                "{:?}\n  got  {:?} {stderr:?}\n  want {} {:?}",
                case.args,
                out.status.code(),
                case.code,
                case.stderr
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
