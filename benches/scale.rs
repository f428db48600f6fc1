//! The scale benchmark: a collection of 100,000 cards and 1,000,000 reviews,
//! built through the real import path (the release binary) and the library's
//! own `Store` (the same writes a review session makes), then every command
//! timed as a whole process of the release binary, median of several runs,
//! with peak memory. Run with `cargo bench`; `RECALL_BENCH_CARDS` and
//! `RECALL_BENCH_REVIEWS` make it smaller. Results: a table on stdout and
//! JSON in `target/tmp/scale/results.json`.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use std::sync::mpsc;
use std::time::{Duration, Instant};

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
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: plain wait4 on our own child; the struct is zeroed and owned here.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4 failed");
    (std::process::ExitStatus::from_raw(status), usage.ru_maxrss)
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
    target_ms: f64,
}

fn measure(name: &str, target_ms: f64, runs: usize, mut once: impl FnMut() -> Run) -> Measure {
    let mut times: Vec<f64> = Vec::with_capacity(runs);
    let mut peak = 0;
    for _ in 0..runs {
        let r = once();
        times.push(r.wall.as_secs_f64() * 1000.0);
        peak = peak.max(r.max_rss_kib);
    }
    times.sort_by(f64::total_cmp);
    let m = Measure {
        name: name.to_string(),
        runs,
        median_ms: times[times.len() / 2],
        min_ms: times[0],
        max_ms: times[times.len() - 1],
        peak_mib: peak as f64 / 1024.0,
        target_ms,
    };
    eprintln!(
        "  {:<44} median {:>9.2} ms   peak {:>6.1} MiB",
        m.name, m.median_ms, m.peak_mib
    );
    m
}

/// The floor for import: a bare prepared-statement insert loop of the same
/// rows in one transaction, written as the import writes a large deck
/// (a rollback journal, `synchronous=FULL`, a 32 MiB page cache, then the
/// log switched on).
fn insert_floor(dir: &Path, file: &deck::DeckFile) -> Run {
    let path = dir.join("floor.sqlite3");
    for ext in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
    }
    let start = Instant::now();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    conn.pragma_update(None, "cache_size", -32_768).unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    conn.execute_batch(
        "CREATE TABLE cards (id INTEGER PRIMARY KEY, deck_id INTEGER, key TEXT, ord INTEGER, front TEXT,
         back TEXT, explanation TEXT, tags TEXT, source TEXT, UNIQUE (deck_id, key))",
    )
    .unwrap();
    conn.execute_batch("BEGIN").unwrap();
    {
        let mut stmt = conn
            .prepare("INSERT INTO cards (deck_id, key, ord, front, back, explanation, tags, source) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .unwrap();
        for (i, c) in file.cards.iter().enumerate() {
            stmt.execute(rusqlite::params![
                c.id,
                i as i64,
                c.front,
                c.back,
                c.explanation,
                c.tags.join(" "),
                c.source
            ])
            .unwrap();
        }
    }
    conn.execute_batch("COMMIT").unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    drop(conn);
    Run {
        wall: start.elapsed(),
        max_rss_kib: 0,
    }
}

/// Answers `n` cards (due ones first, then new) in one scripted session; returns per-answer
/// latencies (grade written → next card shown) and the session's wall time.
fn answering(bin: &Path, db: &Path, n: usize) -> (Vec<f64>, Duration, i64) {
    let limit = n.to_string();
    let args: Vec<std::ffi::OsString> = vec![
        "--db".into(),
        db.into(),
        "--now".into(),
        NOW.into(),
        "review".into(),
        "--new".into(),
        limit.clone().into(),
        "--limit".into(),
        limit.into(),
    ];
    let mut child = spawn_measured(bin, &args)
        .env_clear()
        .env("TZ", "UTC")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel::<(Instant, String)>();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.starts_with('[') && tx.send((Instant::now(), line)).is_err() {
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
        stdin.write_all(b"4\n").unwrap();
        stdin.flush().unwrap();
        let (shown, _) = rx.recv_timeout(Duration::from_secs(60)).expect("next card");
        lat.push((shown - sent).as_secs_f64() * 1000.0);
    }
    // the last answer, then leave (the session may hold more cards)
    stdin.write_all(b"4\nq\n").unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let (wall, rss, code) = parse_rusage(&String::from_utf8_lossy(&out.stderr));
    assert_eq!(code, 0);
    (lat, wall, rss)
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
    let n_decks = 5;
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpu = cpu_model();
    eprintln!("recall scale benchmark: {n_cards} cards, {n_reviews} reviews; {cores} cores, {cpu}");

    // The 100k-card deck for the import measurements.
    let big = deck::to_json(&simulate::deck("Import benchmark", n_cards, 1));
    let big_path = work.join("import.json");
    std::fs::write(&big_path, &big).unwrap();
    let big_file: deck::DeckFile = serde_json::from_str(&big).unwrap();

    let mut results = Vec::new();
    results.push(measure("start-up (recall --version)", 5.0, 21, || {
        run(&bin, &work.join("unused.sqlite3"), &["--version"])
    }));
    // The floor and the import take turns, so that both see the same
    // machine (this one is shared and its speed drifts).
    let (mut floor_runs, mut import_runs) = (Vec::new(), Vec::new());
    for k in 1..=7 {
        floor_runs.push(insert_floor(&work, &big_file));
        let db = work.join(format!("import-{k}.sqlite3"));
        for ext in ["", "-wal", "-shm", "-journal"] {
            let _ = std::fs::remove_file(format!("{}{ext}", db.display()));
        }
        import_runs.push(run(&bin, &db, &["import", big_path.to_str().unwrap()]));
    }
    let mut floor_runs = floor_runs.into_iter();
    results.push(measure(
        "floor: bare insert loop, one transaction",
        f64::NAN,
        7,
        || floor_runs.next().expect("a run"),
    ));
    let mut import_runs = import_runs.into_iter();
    results.push(measure(
        "import 100k-card deck, empty collection",
        500.0,
        7,
        || import_runs.next().expect("a run"),
    ));
    results.push(measure(
        "re-import same deck (all unchanged)",
        300.0,
        7,
        || {
            run(
                &bin,
                &work.join("import-1.sqlite3"),
                &["import", big_path.to_str().unwrap()],
            )
        },
    ));

    // The large collection: several decks imported by the binary, then a
    // review history written through the library. Kept between runs.
    // Keyed on the schema and the generator, so a changed schema is never
    // measured on an old collection.
    let coll = work.join(format!(
        "collection-{n_cards}-{n_reviews}-schema{}-gen{GENERATOR}.sqlite3",
        recall::store::SCHEMA_VERSION
    ));
    if !coll.exists() {
        eprintln!(
            "  building the collection (kept for later runs: {})",
            coll.display()
        );
        let building = work.join("building.sqlite3");
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", building.display()));
        }
        let mut files = Vec::new();
        for d in 0..n_decks {
            let p = work.join(format!("deck-{d}.json"));
            let file = simulate::deck(&format!("Deck {d}"), n_cards / n_decks, 100 + d as u64);
            std::fs::write(&p, deck::to_json(&file)).unwrap();
            files.push(p.to_str().unwrap().to_string());
        }
        let mut args = vec!["import"];
        args.extend(files.iter().map(String::as_str));
        run(&bin, &building, &args);
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
    }
    let db = coll.as_path();
    results.push(measure("due", 20.0, 11, || run(&bin, db, &["due"])));
    results.push(measure("due --json", 20.0, 11, || {
        run(&bin, db, &["--json", "due"])
    }));
    results.push(measure("decks", 20.0, 11, || run(&bin, db, &["decks"])));
    // The first search of a collection builds its word index; later ones
    // use it. Shown apart: it happens once after a large import.
    rusqlite::Connection::open(db)
        .unwrap()
        .execute_batch(
            "DELETE FROM search_index; DELETE FROM search_words; DELETE FROM search_stale;",
        )
        .unwrap();
    results.push(measure(
        "cards QUERY, first search (builds the index)",
        f64::NAN,
        1,
        || run(&bin, db, &["cards", "hypervisor", "123"]),
    ));
    results.push(measure(
        "cards QUERY (cards hypervisor 123)",
        20.0,
        11,
        || run(&bin, db, &["cards", "hypervisor", "123"]),
    ));
    results.push(measure("stats", 50.0, 11, || run(&bin, db, &["stats"])));
    results.push(measure("stats --json", 50.0, 11, || {
        run(&bin, db, &["--json", "stats"])
    }));

    // Answering, two ways, each on a fresh copy of the collection:
    // - a script of 1,000 answers piped in at once, as a script (or a quick
    //   learner) gives them: the session's wall time / 1,000;
    // - one answer at a time, each sent when the card before it is shown:
    //   the latency from a grade to the next card. The wall time of that
    //   session also holds this benchmark's own round trips (a thread
    //   wake-up on each side), so it is shown for information.
    let scratch = work.join("answering.sqlite3");
    let fresh_copy = || {
        for ext in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", scratch.display()));
        }
        std::fs::copy(db, &scratch).unwrap();
        // Flush the copy: otherwise the session's first fsync writes out
        // all of its 100 MB and is charged to an answer.
        std::fs::File::open(&scratch).unwrap().sync_all().unwrap();
    };
    let script = work.join("answers.txt");
    std::fs::write(&script, "4\n".repeat(1000) + "q\n").unwrap();
    results.push(measure(
        "answer: 1,000 piped, session wall / 1,000",
        0.5,
        5,
        || {
            fresh_copy();
            let input = std::fs::File::open(&script).unwrap();
            let r = run_with_input(
                &bin,
                &scratch,
                &["review", "--new", "1000", "--limit", "1000"],
                input.into(),
            );
            Run {
                wall: r.wall / 1000,
                max_rss_kib: r.max_rss_kib,
            }
        },
    ));
    fresh_copy();
    let (mut lat, wall, rss) = answering(&bin, &scratch, 1000);
    lat.sort_by(f64::total_cmp);
    let per_answer = wall.as_secs_f64() * 1000.0 / 1000.0;
    eprintln!(
        "  answering one at a time: grade→next card median {:.3} ms, worst {:.3} ms; session wall / 1000 {per_answer:.3} ms",
        lat[lat.len() / 2],
        lat[lat.len() - 1]
    );
    results.push(Measure {
        name: "answer: one at a time, grade → next card".into(),
        runs: lat.len(),
        median_ms: lat[lat.len() / 2],
        min_ms: lat[0],
        max_ms: lat[lat.len() - 1],
        peak_mib: rss as f64 / 1024.0,
        target_ms: 0.5,
    });
    results.push(Measure {
        name: "answer: one at a time, session wall / 1,000".into(),
        runs: 1,
        median_ms: per_answer,
        min_ms: per_answer,
        max_ms: per_answer,
        peak_mib: rss as f64 / 1024.0,
        target_ms: f64::NAN,
    });

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
            "target ms",
            "ok",
        ]);
    for m in &results {
        let ok = if m.target_ms.is_nan() {
            "".to_string()
        } else if m.median_ms <= m.target_ms && m.peak_mib <= 100.0 {
            "yes".to_string()
        } else {
            "NO".to_string()
        };
        table.add_row(vec![
            m.name.clone(),
            m.runs.to_string(),
            format!("{:.2}", m.median_ms),
            format!("{:.2}", m.min_ms),
            format!("{:.2}", m.max_ms),
            format!("{:.1}", m.peak_mib),
            if m.target_ms.is_nan() {
                "–".into()
            } else {
                format!("{}", m.target_ms)
            },
            ok,
        ]);
    }
    println!(
        "\nrecall scale benchmark — {n_cards} cards, {n_reviews} reviews — {cores} cores, {cpu}\n"
    );
    println!("{table}");
    let floor = results
        .iter()
        .find(|m| m.name.starts_with("floor"))
        .map(|m| m.median_ms);
    let import = results
        .iter()
        .find(|m| m.name.starts_with("import"))
        .map(|m| m.median_ms);
    let ratio = floor.zip(import).map(|(f, i)| i / f);
    if let Some(r) = ratio {
        println!("\nimport / bare insert floor = {r:.2}× (target ≤ 2×)");
    }
    let json = serde_json::json!({
        "machine": {"cores": cores, "cpu": cpu},
        "cards": n_cards,
        "reviews": n_reviews,
        "import_over_floor": ratio,
        "results": results.iter().map(|m| serde_json::json!({
            "measure": m.name, "runs": m.runs, "median_ms": m.median_ms, "min_ms": m.min_ms,
            "max_ms": m.max_ms, "peak_mib": m.peak_mib,
            "target_ms": if m.target_ms.is_nan() { serde_json::Value::Null } else { m.target_ms.into() },
        })).collect::<Vec<_>>(),
    });
    let out = work.join("results.json");
    std::fs::write(&out, serde_json::to_string_pretty(&json).unwrap() + "\n").unwrap();
    println!("\nJSON: {}", out.display());
}
