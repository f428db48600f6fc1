//! The scale benchmark: a collection of 100,000 cards and 1,000,000 reviews
//! (`RECALL_BENCH_CARDS`, `RECALL_BENCH_REVIEWS` change the sizes), built
//! through the real import (the release binary) and the library's `Store`
//! (the writes a review session makes); then every command timed as a whole
//! process of the release binary, median of several runs, with its peak
//! memory. With `RECALL_BENCH_ANKI` naming a Python that has Anki's `anki`
//! package, `benches/anki_backend.py` measures Anki's backend on the same
//! sizes in the same run, and the ratios are printed. Results: tables on
//! stdout, JSON in `target/tmp/scale/results.json`.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use nix::sys::resource::{getrusage, UsageWho};
use recall::clock::{day_of, Day};
use recall::deck;
use recall::simulate;
use recall::store::Store;

const NOW: &str = "2026-06-01T10:00:00Z";

/// Bump when `simulate` changes what it generates.
const GENERATOR: u32 = 6;

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// One timed run: wall time and peak resident memory of the child.
struct Run {
    wall: Duration,
    max_rss_kib: i64,
}

fn wait_rusage(child: &mut Child) -> (std::process::ExitStatus, i64) {
    let status = child.wait().expect("wait for the child");
    // The trampoline has this one child: the peak of its waited-for
    // children is the child's own.
    let usage = getrusage(UsageWho::RUSAGE_CHILDREN).expect("getrusage");
    (status, usage.max_rss())
}

/// Runs `bin args...` as a child of a fresh copy of this benchmark (a small
/// process), which reports the child's own wall time and peak memory. Forking
/// straight from this big process would charge its memory to the child.
fn spawn_measured(bin: &Path, args: &[std::ffi::OsString]) -> Command {
    let mut c = Command::new(std::env::current_exe().expect("own path"));
    c.arg("--spawn").arg(bin).args(args);
    c
}

/// The trampoline: `scale --spawn BIN ARGS...` runs BIN with inherited stdio
/// and prints `RUSAGE <wall ns> <max rss KiB> <exit code>` on stderr.
fn trampoline(args: &[String]) -> ! {
    let start = Instant::now();
    let mut child = Command::new(&args[0])
        .args(&args[1..])
        .spawn()
        .expect("start");
    let (status, rss) = wait_rusage(&mut child);
    eprintln!(
        "RUSAGE {} {} {}",
        start.elapsed().as_nanos(),
        rss,
        status.code().unwrap_or(-1)
    );
    std::process::exit(0)
}

/// Reads the trampoline's report from the end of its stderr.
fn parse_rusage(stderr: &str) -> (Duration, i64, i32) {
    let line = stderr
        .lines()
        .rev()
        .find(|l| l.starts_with("RUSAGE "))
        .unwrap_or_else(|| panic!("no RUSAGE line in {stderr}"));
    let f: Vec<i64> = line[7..].split(' ').map(|x| x.parse().unwrap()).collect();
    (Duration::from_nanos(f[0] as u64), f[1], f[2] as i32)
}

fn run(bin: &Path, db: &Path, args: &[&str]) -> Run {
    run_with_input(bin, db, args, Stdio::null())
}

fn run_with_input(bin: &Path, db: &Path, args: &[&str], input: Stdio) -> Run {
    let mut full: Vec<std::ffi::OsString> =
        vec!["--db".into(), db.into(), "--now".into(), NOW.into()];
    full.extend(args.iter().map(Into::into));
    let out = spawn_measured(bin, &full)
        .env_clear()
        .env("TZ", "UTC")
        .stdin(input)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("start recall");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let (wall, rss, code) = parse_rusage(&stderr);
    assert!(code == 0, "recall {args:?} failed: {stderr}");
    Run {
        wall,
        max_rss_kib: rss,
    }
}

struct Measure {
    name: String,
    runs: usize,
    median_ms: f64,
    min_ms: f64,
    max_ms: f64,
    peak_mib: f64,
}

fn measure(name: &str, runs: usize, mut once: impl FnMut() -> Run) -> Measure {
    let mut times: Vec<f64> = Vec::with_capacity(runs);
    let mut peak = 0;
    for _ in 0..runs {
        let r = once();
        times.push(r.wall.as_secs_f64() * 1000.0);
        peak = peak.max(r.max_rss_kib);
    }
    of_times(name, times, peak as f64 / 1024.0)
}

fn of_times(name: &str, mut times: Vec<f64>, peak_mib: f64) -> Measure {
    times.sort_by(f64::total_cmp);
    let m = Measure {
        name: name.to_string(),
        runs: times.len(),
        median_ms: times[times.len() / 2],
        min_ms: times[0],
        max_ms: times[times.len() - 1],
        peak_mib,
    };
    eprintln!(
        "  {:<46} median {:>9.2} ms   peak {:>6.1} MiB",
        m.name, m.median_ms, m.peak_mib
    );
    m
}

fn remove_db(path: &Path) {
    for ext in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
    }
}

/// The floor for import: the same rows inserted by a bare prepared-statement
/// loop into a new collection of recall's own schema, written as recall
/// writes (WAL, `synchronous=FULL`, the import's page cache, one
/// transaction), from opening to closing. What the import does beyond it is
/// reading, checking and matching the cards.
fn insert_floor(dir: &Path, file: &deck::DeckFile) -> Run {
    let path = dir.join("floor.sqlite3");
    remove_db(&path);
    let start = Instant::now();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    conn.pragma_update(None, "cache_size", -65_536).unwrap();
    conn.execute_batch(recall::store::SCHEMA).unwrap();
    conn.execute_batch("BEGIN; INSERT INTO decks VALUES (1, 'Floor', NULL, 0);")
        .unwrap();
    {
        let mut stmt = conn
            .prepare(
                "INSERT INTO cards (deck_id, key, ord, front, back, explanation, tags, source, created_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, 0)",
            )
            .unwrap();
        for (i, c) in file.cards.iter().enumerate() {
            let tags = c.tags.join(" ");
            stmt.execute(rusqlite::params![
                c.id,
                i as i64,
                c.front,
                c.back,
                c.explanation,
                tags,
                c.source
            ])
            .unwrap();
        }
    }
    conn.execute_batch("COMMIT").unwrap();
    drop(conn);
    Run {
        wall: start.elapsed(),
        max_rss_kib: 0,
    }
}

/// Import, its floor (in turns, so that both see the same machine) and a
/// re-import of the same deck.
fn import_measures(bin: &Path, work: &Path, n_cards: usize) -> Vec<Measure> {
    let big = deck::to_json(&simulate::deck("Import benchmark", n_cards, 1));
    let big_path = work.join("import.json");
    std::fs::write(&big_path, &big).unwrap();
    let file: deck::DeckFile = serde_json::from_str(&big).unwrap();
    drop(big);
    let deck_arg = big_path.to_str().unwrap();
    let (mut floors, mut imports) = (Vec::new(), Vec::new());
    for k in 1..=7 {
        floors.push(insert_floor(work, &file));
        let db = work.join(format!("import-{k}.sqlite3"));
        remove_db(&db);
        imports.push(run(bin, &db, &["import", deck_arg]));
    }
    let (mut floors, mut imports) = (floors.into_iter(), imports.into_iter());
    let name = format!("import {n_cards}-card deck, empty collection");
    vec![
        measure("floor: bare insert loop, same schema", 7, || {
            floors.next().unwrap()
        }),
        measure(&name, 7, || imports.next().unwrap()),
        measure("re-import same deck (all unchanged)", 7, || {
            run(bin, &work.join("import-1.sqlite3"), &["import", deck_arg])
        }),
    ]
}

/// Large fields (issue #12, item 5): each import at two sizes, four times
/// apart, so that a path that is not linear in its input shows as a time
/// that grows sixteenfold instead of fourfold. `RECALL_BENCH_FIELDS=0`
/// leaves the section out.
fn large_field_measures(bin: &Path, work: &Path) -> Vec<Measure> {
    if env_num("RECALL_BENCH_FIELDS", 1) == 0 {
        return Vec::new();
    }
    let native = |name: &str, card: serde_json::Value| {
        serde_json::json!({"format": "recall-deck/1", "name": name, "cards": [card]}).to_string()
    };
    let mut out = Vec::new();
    for mib in [4usize, 16] {
        let n = mib << 20;
        let tags = n / 40;
        let cases = [
            (
                format!("large field: deck name of {mib} MiB"),
                "json",
                native(
                    &"n".repeat(n),
                    serde_json::json!({"front": "Q", "back": "A"}),
                ),
            ),
            (
                format!("large field: card front of {mib} MiB"),
                "json",
                native(
                    "D",
                    serde_json::json!({"front": "word ".repeat(n / 5), "back": "A"}),
                ),
            ),
            (
                format!("large field: {tags} tags on one card"),
                "json",
                native(
                    "D",
                    serde_json::json!({"front": "Q", "back": "A",
                        "tags": (0..tags).map(|i| format!("t{i}")).collect::<Vec<_>>()}),
                ),
            ),
            (
                format!("large field: Anki text field of {mib} MiB of '&'"),
                "txt",
                format!("#html:true\nQ\t{}\n", "&".repeat(n)),
            ),
            (
                format!("large field: Anki text, {} rows each its own deck", n / 160),
                "tsv",
                (0..n / 160)
                    .map(|i| format!("d{i}\tq{i}\ta\n"))
                    .fold(String::from("#deck column:1\n"), |s, row| s + &row),
            ),
        ];
        for (name, ext, text) in cases {
            let file = work.join(format!("field.{ext}"));
            std::fs::write(&file, text).unwrap();
            let db = work.join("field.sqlite3");
            out.push(measure(&name, 3, || {
                remove_db(&db);
                run(bin, &db, &["import", file.to_str().unwrap()])
            }));
        }
    }
    out
}

/// The large collection: decks imported by the binary, then a review
/// history written through the library. Kept between runs, keyed on the
/// sizes, the schema and the generator.
fn collection(bin: &Path, work: &Path, n_cards: usize, n_reviews: u64) -> PathBuf {
    let coll = work.join(format!(
        "collection-{n_cards}-{n_reviews}-schema{}-gen{GENERATOR}.sqlite3",
        recall::store::SCHEMA_VERSION
    ));
    if coll.exists() {
        return coll;
    }
    eprintln!(
        "  building the collection (kept for later runs: {})",
        coll.display()
    );
    let building = work.join("building.sqlite3");
    remove_db(&building);
    let mut files = Vec::new();
    for d in 0..5 {
        let p = work.join(format!("deck-{d}.json"));
        let file = simulate::deck(&format!("Deck {d}"), n_cards / 5, 100 + d as u64);
        std::fs::write(&p, deck::to_json(&file)).unwrap();
        files.push(p.to_str().unwrap().to_string());
    }
    let mut args = vec!["import"];
    args.extend(files.iter().map(String::as_str));
    run(bin, &building, &args);
    let t = Instant::now();
    let mut store = Store::open(&building).unwrap();
    let today: Day = day_of(recall::clock::parse_rfc3339(NOW).unwrap(), 4);
    let written = simulate::history(&mut store, today, n_reviews, 42).unwrap();
    drop(store);
    eprintln!(
        "  wrote {written} reviews in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    std::fs::rename(&building, &coll).unwrap();
    coll
}

fn listing_measures(bin: &Path, db: &Path) -> Vec<Measure> {
    let cases: [(&str, &[&str], usize); 9] = [
        ("due", &["due"], 11),
        ("due --json", &["--json", "due"], 11),
        ("decks", &["decks"], 11),
        ("stats", &["stats"], 11),
        ("stats --json", &["--json", "stats"], 11),
        (
            "cards QUERY (cards hypervisor 123)",
            &["cards", "hypervisor", "123"],
            11,
        ),
        ("cards --json (every card)", &["--json", "cards"], 3),
        // a session that quits at its first card: the queue and the summary
        ("review: queue, first card, summary", &["review"], 11),
        (
            "review --new 1000 --limit 0: 1,000 new cards spread",
            &["review", "--new", "1000", "--limit", "0"],
            11,
        ),
    ];
    cases
        .iter()
        .map(|(name, args, runs)| measure(name, *runs, || run(bin, db, args)))
        .collect()
}

/// Answers `n` cards (due ones first, then new) in one scripted session;
/// returns per-answer latencies (grade written → next card shown) and the
/// session's peak memory.
fn answering(bin: &Path, db: &Path, n: usize) -> (Vec<f64>, i64) {
    let limit = n.to_string();
    let args: Vec<std::ffi::OsString> = ["--db", db.to_str().unwrap(), "--now", NOW, "review"]
        .into_iter()
        .chain(["--new", &limit, "--limit", &limit])
        .map(Into::into)
        .collect();
    let mut child = spawn_measured(bin, &args)
        .env_clear()
        .env("TZ", "UTC")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel::<Instant>();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.starts_with('[') && tx.send(Instant::now()).is_err() {
                break;
            }
        }
    });
    let mut stdin = child.stdin.take().unwrap();
    let mut lat = Vec::with_capacity(n);
    rx.recv_timeout(Duration::from_secs(60))
        .expect("first card");
    for _ in 1..n {
        let sent = Instant::now();
        if stdin
            .write_all(b"4\n")
            .and_then(|()| stdin.flush())
            .is_err()
        {
            break; // the session ended
        }
        match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(shown) => lat.push((shown - sent).as_secs_f64() * 1000.0),
            // a small collection runs out of cards before n
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(e) => panic!("next card: {e}"),
        }
    }
    // the session may have ended already
    let _ = stdin.write_all(b"4\nq\n");
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let (_, rss, code) = parse_rusage(&String::from_utf8_lossy(&out.stderr));
    assert_eq!(code, 0);
    (lat, rss)
}

/// How many answers the review log of `db` holds.
fn reviews_in(db: &Path) -> u32 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("SELECT count(*) FROM reviews", [], |r| r.get(0))
        .unwrap()
}

/// Answering, two ways, each on a fresh copy of the collection: 1,000
/// answers piped in at once (the session's wall time / 1,000), and one at a
/// time, each sent when the card before it is shown (grade → next card).
fn answering_measures(bin: &Path, db: &Path, work: &Path) -> Vec<Measure> {
    let scratch = work.join("answering.sqlite3");
    let fresh_copy = || {
        remove_db(&scratch);
        std::fs::copy(db, &scratch).unwrap();
        // Flush the copy, or the session's first fsync writes it all out.
        std::fs::File::open(&scratch).unwrap().sync_all().unwrap();
    };
    let script = work.join("answers.txt");
    std::fs::write(&script, "4\n".repeat(1000) + "q\n").unwrap();
    let piped = measure("answer: 1,000 piped, session wall / 1,000", 5, || {
        fresh_copy();
        let input = std::fs::File::open(&script).unwrap();
        let args = ["review", "--new", "1000", "--limit", "1000"];
        let before = reviews_in(&scratch);
        let r = run_with_input(bin, &scratch, &args, input.into());
        // fewer than 1,000 when a small collection runs out of cards
        let answered = (reviews_in(&scratch) - before).max(1);
        Run {
            wall: r.wall / answered,
            max_rss_kib: r.max_rss_kib,
        }
    });
    fresh_copy();
    let (lat, rss) = answering(bin, &scratch, 1000);
    let one = of_times(
        "answer: one at a time, grade → next card",
        lat,
        rss as f64 / 1024.0,
    );
    vec![piped, one]
}

/// Anki's backend on the same sizes, when `RECALL_BENCH_ANKI` names a
/// Python with the `anki` package: its measures by name.
fn anki_measures(work: &Path, n_cards: usize, n_reviews: u64) -> Option<serde_json::Value> {
    let python = std::env::var_os("RECALL_BENCH_ANKI")?;
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/anki_backend.py");
    let out = work.join(format!("anki-{n_cards}-{n_reviews}.json"));
    eprintln!("  Anki's backend, same sizes (benches/anki_backend.py)");
    let status = Command::new(python)
        .arg(script)
        .args([
            "--cards",
            &n_cards.to_string(),
            "--reviews",
            &n_reviews.to_string(),
        ])
        .arg("--out")
        .arg(&out)
        .arg("--dir")
        .arg(work.join("anki"))
        .stdout(Stdio::null())
        .status()
        .expect("run benches/anki_backend.py");
    assert!(status.success(), "benches/anki_backend.py failed");
    serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).ok()
}

fn median_of(results: &[Measure], prefix: &str) -> f64 {
    results
        .iter()
        .find(|m| m.name.starts_with(prefix))
        .map_or(f64::NAN, |m| m.median_ms)
}

fn anki_median(anki: &serde_json::Value, prefix: &str) -> f64 {
    anki["measures"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|m| m["name"].as_str().is_some_and(|n| n.starts_with(prefix)))
        .and_then(|m| m["median_ms"].as_f64())
        .unwrap_or(f64::NAN)
}

/// recall against Anki: (what, Anki's measure, recall's, Anki ÷ recall).
fn comparison(results: &[Measure], anki: &serde_json::Value) -> Vec<(String, f64, f64, f64)> {
    let pairs = [
        (
            "import of the deck: Anki's CSV import / recall import",
            "import ",
            "import ",
        ),
        ("Anki's queue build / recall due", "queue build", "due"),
        ("Anki's queue build / recall decks", "queue build", "decks"),
        ("Anki's deck tree / recall decks", "deck list", "decks"),
        (
            "Anki's statistics (1 year) / recall stats",
            "statistics: graphs",
            "stats",
        ),
        (
            "answer, grade → next card",
            "answer: grade",
            "answer: one at a time",
        ),
    ];
    pairs
        .iter()
        .map(|(what, a, r)| {
            let (anki_ms, recall_ms) = (anki_median(anki, a), median_of(results, r));
            (what.to_string(), anki_ms, recall_ms, anki_ms / recall_ms)
        })
        .collect()
}

fn print_results(results: &[Measure], ratio: f64, versus: &[(String, f64, f64, f64)]) {
    let mut table = comfy_table::Table::new();
    table
        .load_style(comfy_table::presets::ASCII_MARKDOWN)
        .set_header(vec![
            "measure",
            "runs",
            "median ms",
            "min ms",
            "max ms",
            "peak MiB",
        ]);
    for m in results {
        table.add_row(vec![
            m.name.clone(),
            m.runs.to_string(),
            format!("{:.2}", m.median_ms),
            format!("{:.2}", m.min_ms),
            format!("{:.2}", m.max_ms),
            format!("{:.1}", m.peak_mib),
        ]);
    }
    println!("{table}");
    println!("\nimport / floor = {ratio:.2}× (bar: ≤ 2.5×)");
    if versus.is_empty() {
        println!("(set RECALL_BENCH_ANKI to a Python with the anki package to compare with Anki)");
        return;
    }
    let mut table = comfy_table::Table::new();
    table
        .load_style(comfy_table::presets::ASCII_MARKDOWN)
        .set_header(vec![
            "against Anki's backend",
            "Anki ms",
            "recall ms",
            "Anki ÷ recall",
        ]);
    for (what, a, r, x) in versus {
        table.add_row(vec![
            what.clone(),
            format!("{a:.2}"),
            format!("{r:.2}"),
            format!("{x:.1}×"),
        ]);
    }
    println!("\n{table}\n(bars: import ≥ 5×; due, decks, stats far below Anki's)");
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".to_string())
}

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    if argv.first().map(String::as_str) == Some("--spawn") {
        trampoline(&argv[1..]);
    }
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_recall"));
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("scale");
    std::fs::create_dir_all(&work).unwrap();
    let n_cards = env_num("RECALL_BENCH_CARDS", 100_000) as usize;
    let n_reviews = env_num("RECALL_BENCH_REVIEWS", 1_000_000);
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpu = cpu_model();
    eprintln!("recall scale benchmark: {n_cards} cards, {n_reviews} reviews; {cores} cores, {cpu}");

    let mut results = vec![measure("start-up (recall --version)", 21, || {
        run(&bin, &work.join("unused.sqlite3"), &["--version"])
    })];
    results.extend(import_measures(&bin, &work, n_cards));
    results.extend(large_field_measures(&bin, &work));
    let db = collection(&bin, &work, n_cards, n_reviews);
    results.extend(listing_measures(&bin, &db));
    results.extend(answering_measures(&bin, &db, &work));
    let ratio = median_of(&results, "import ") / median_of(&results, "floor");
    let anki = anki_measures(&work, n_cards, n_reviews);
    let versus = anki
        .as_ref()
        .map(|a| comparison(&results, a))
        .unwrap_or_default();

    println!(
        "\nrecall scale benchmark — {n_cards} cards, {n_reviews} reviews — {cores} cores, {cpu}\n"
    );
    print_results(&results, ratio, &versus);
    let json = serde_json::json!({
        "machine": {"cores": cores, "cpu": cpu},
        "cards": n_cards,
        "reviews": n_reviews,
        "import_over_floor": ratio,
        "results": results.iter().map(|m| serde_json::json!({
            "measure": m.name, "runs": m.runs, "median_ms": m.median_ms, "min_ms": m.min_ms,
            "max_ms": m.max_ms, "peak_mib": m.peak_mib,
        })).collect::<Vec<_>>(),
        "against_anki": versus.iter().map(|(what, a, r, x)| serde_json::json!({
            "measure": what, "anki_ms": a, "recall_ms": r, "anki_over_recall": x,
        })).collect::<Vec<_>>(),
        "anki": anki,
    });
    let out = work.join(format!("results-{n_cards}.json"));
    std::fs::write(&out, serde_json::to_string_pretty(&json).unwrap() + "\n").unwrap();
    println!("\nJSON: {}", out.display());
}
