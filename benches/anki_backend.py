#!/usr/bin/env python3
"""Anki's backend, measured the way `benches/scale.rs` measures recall.

How to run (from the repository root; Anki's `anki` package, 26.09.x, must be
installed in the Python that runs this, e.g. a virtual environment made with
`python3 -m venv .venv && .venv/bin/pip install anki`):

    .venv/bin/python benches/anki_backend.py                 # 100,000 cards, 1,000,000 reviews
    .venv/bin/python benches/anki_backend.py --cards 2000 --reviews 20000   # a quick check
    options: --dir DIR (default target/tmp/anki-bench), --out FILE (JSON results),
             --runs K (repetitions of each measure, default 7), --answers N (default 1000),
             --no-strace (skip the fsync count)

What it does:

1. Builds (once; kept in DIR and reused while N, M and GENERATOR match) an
   Anki collection like recall's benchmark collection: N Basic notes in five
   decks (`Bench::Deck 0` … `Bench::Deck 4`, imported through Anki's own CSV
   import), with the text recall's `simulate::deck` generates, then a review
   history written with SQL through `col.db`: the same simulated daily
   learner as recall's `simulate::history` (each learned card studied for two
   months to three years, answered on its due days or a day or two late,
   SM-2 applied answer by answer, until about M reviews are written; every
   tenth card and all cards past the M-th review stay new — about a third of
   the cards). `col.fix_integrity()` (Tools › Check Database) then runs over
   the result. Building is not timed.
2. Times, in-process (the Python process that loaded `anki`; Python's start-up
   and `import anki` are NOT included, except in the one whole-process
   start-up measure), each measure K times: median, min, max. Every read
   measure runs on a freshly opened collection (opening not timed), so it
   builds its state as a new recall process must; the second, warm call in
   the same process is given in the note.
3. Prints a table and writes JSON:
   {"anki_version", "cards", "reviews", "journal_mode", "synchronous",
    "measures": [{"name", "median_ms", "min_ms", "max_ms", "runs", "note"}], ...}

Durability: whatever Anki's backend sets when it opens a collection, read
back with PRAGMA and reported (26.09.3: WAL, synchronous=FULL, exclusive
locking). Every answer is its own backend operation and transaction, committed
before `answer_card` returns; the script checks that it survives a killed
process and counts the fsyncs per answer with strace when strace exists.

Anki's clock cannot be fixed as recall's `--now` can: "today" is the real
day. A collection reused on a later day is moved forward (its creation time
and its review log shifted by whole days), so the due cards stay the same.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from anki.collection import Collection, ImportCsvRequest  # first: anki's import order
from anki.buildinfo import version as ANKI_VERSION
from anki.cards import Card
from anki.scheduler.v3 import CardAnswer

# Bump when the collection this script builds changes (text, history, settings).
GENERATOR = 2

DECKS = 5
PARENT = "Bench"

# --- the deck text: recall's src/simulate.rs `deck()` ------------------------

WORDS = [
    "hypervisor", "region", "bucket", "subnet", "policy", "engine", "volume",
    "gateway", "replica", "snapshot", "firewall", "endpoint", "cluster", "queue",
    "function", "table", "index", "key", "certificate", "audit", "zone", "route",
    "instance", "image",
]


def deck_rows(cards: int, seed: int) -> list[tuple[str, str, str]]:
    """(Front, Back, tags) for `cards` cards with the text recall's generator
    writes: the front, the back, an explanation on every third card and the
    source line. Anki's Basic note has two fields, so the explanation and the
    source go into Back (as HTML lines), keeping the bytes per card the same
    as recall imports; recall's two tags become Anki tags."""
    rng = random.Random(seed)
    rows = []
    for i in range(cards):
        a, b, c = (WORDS[rng.randrange(len(WORDS))] for _ in range(3))
        front = f"Card {i}: who manages the {a} of the {b} in setup {i}?"
        back = f"The {c} team, as described in section {i % 97}."
        if i % 3 == 0:
            back += f"<br>Because the {a} belongs to the {c} layer."
        back += f"<br>synthetic.md › part {i // 1000} › line {i % 1000}"
        rows.append((front, back, f"{a} group{i % 50}"))
    return rows


def write_csv(path: Path, header: list[str], rows) -> None:
    """An Anki text file with the `#` headers File › Export writes."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write("\n".join(header) + "\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerows(rows)


# --- the review history: recall's src/simulate.rs `history()` ----------------

MIN_SPAN_DAYS = 60
MAX_SPAN_DAYS = 3 * 365
MAX_INTERVAL = 36_500


def grade(rng: random.Random) -> int:
    """Grades as recall's simulated learner gives them: about one in eight a fail."""
    r = rng.randrange(100)
    if r <= 2:
        return 0
    if r <= 6:
        return 1
    if r <= 11:
        return 2
    if r <= 29:
        return 3
    if r <= 69:
        return 4
    return 5


def sm2(reps: int, ivl: int, ease: int, lapses: int, q: int):
    """recall's SM-2 (src/sched/sm2.rs): ease in hundredths, ceil(I × EF)."""
    if q >= 3:
        if reps == 0:
            new_ivl = 1
        elif reps == 1:
            new_ivl = 6
        else:
            new_ivl = min(-(-ivl * ease // 100), MAX_INTERVAL)
        reps, ivl = reps + 1, max(1, min(new_ivl, MAX_INTERVAL))
    else:
        if reps >= 1:
            lapses += 1
        reps, ivl = 0, 1
    d = 5 - q
    ease = max(ease + 10 - d * (8 + 2 * d), 130)
    return reps, ivl, ease, lapses


# recall's grades 0–5 as Anki's four buttons
BUTTON = {0: 1, 1: 1, 2: 1, 3: 2, 4: 3, 5: 4}


def simulate_history(card_ids: list[int], reviews: int, today_start_ms: int,
                     now_ms: int, seed: int = 42):
    """Yields batches of (revlog rows, card updates). Day 0 is today;
    `today_start_ms` is when Anki's today began (its day roll-over)."""
    rng = random.Random(seed)
    learned = [cid for i, cid in enumerate(card_ids) if i % 10 != 9]
    used_ids: set[int] = set()
    written = 0
    revlog, updates = [], []
    for cid in learned:
        if written + len(revlog) >= reviews:
            break
        span = rng.randint(MIN_SPAN_DAYS, MAX_SPAN_DAYS)
        reps, ivl, ease, lapses = 0, 0, 250, 0
        day, answers = 0, []
        while day <= span and len(answers) < 500:
            q = grade(rng)
            before = (reps, ivl)
            reps, ivl, ease, lapses = sm2(reps, ivl, ease, lapses, q)
            answers.append((day, q, before, ivl, ease))
            day += ivl + rng.randint(0, 2)
        due_day = answers[-1][0] + answers[-1][3] - span
        at = 0
        for n, (d, q, (_, last_ivl), new_ivl, new_ease) in enumerate(answers):
            rel = d - span
            at = today_start_ms + rel * 86_400_000 + rng.randint(3_600_000, 50_000_000)
            if at >= now_ms:  # an answer "today" cannot be later than now
                at = max(today_start_ms, now_ms - rng.randint(1_000, 3_600_000))
            while at in used_ids:
                at += 1
            used_ids.add(at)
            # revlog: id, cid, usn, ease (button), ivl, lastIvl, factor, time, type
            revlog.append((at, cid, -1, BUTTON[q], new_ivl, last_ivl, new_ease * 10,
                           rng.randint(1_500, 19_999), 0 if n == 0 else 1))
        # a review card (type 2, queue 2) due `due_day` days from today; its
        # data holds the time of its last review, as Anki keeps it
        updates.append((due_day, ivl, ease * 10, len(answers), lapses,
                        json.dumps({"lrt": at // 1000}, separators=(",", ":")), cid))
        if len(revlog) >= 50_000:
            written += len(revlog)
            yield revlog, updates
            revlog, updates = [], []
    yield revlog, updates


# --- building the collection ---------------------------------------------------

def open_col(path: Path) -> Collection:
    return Collection(str(path))


def build(dirpath: Path, n: int, m: int) -> dict:
    """Builds the benchmark collection in `dirpath` (collection.anki2)."""
    dirpath.mkdir(parents=True)
    path = dirpath / "collection.anki2"
    col = open_col(path)
    # The history reaches back three years: move the collection's creation
    # four years back so that every day has a non-negative day number.
    col.db.execute("update col set crt = crt - ?", 4 * 365 * 86_400)
    col.close()

    col = open_col(path)
    per = n // DECKS
    rows = []
    for d in range(DECKS):
        count = per if d < DECKS - 1 else n - per * (DECKS - 1)
        rows += [(f, b, f"{PARENT}::Deck {d}", t) for f, b, t in deck_rows(count, 100 + d)]
    src = dirpath / "decks.csv"
    write_csv(src, ["#separator:Tab", "#html:true", "#notetype:Basic",
                    "#deck column:3", "#tags column:4",
                    "#columns:Front\tBack\tDeck\tTags"], rows)
    md = col.get_csv_metadata(str(src), None)
    col.import_csv(ImportCsvRequest(path=str(src), metadata=md))
    src.unlink()
    assert col.card_count() == n, col.card_count()

    # recall's default settings: 20 new cards a day, no limit on reviews
    # (Anki's default is 200 a day; 9999 lets the queue hold every due card,
    # as recall's session and `recall due` do). Study the parent deck, so that
    # the queue covers the five decks as recall's session does.
    conf = col.decks.get_config(1)
    conf["new"]["perDay"] = 20
    conf["rev"]["perDay"] = 9999
    col.decks.update_config(conf)
    col.decks.select(col.decks.id_for_name(PARENT))
    col.close()

    col = open_col(path)
    today = col.sched.today
    cutoff_ms = col.sched.day_cutoff * 1000
    now_ms = int(time.time() * 1000)
    card_ids = col.db.list("select id from cards order by due, ord")  # import order
    written = 0
    t = time.perf_counter()
    for revlog, updates in simulate_history(card_ids, m, cutoff_ms - 86_400_000, now_ms):

        def write(revlog=revlog, updates=updates):
            col.db.executemany("insert into revlog values (?,?,?,?,?,?,?,?,?)", revlog)
            col.db.executemany(
                "update cards set type = 2, queue = 2, due = ? + %d, ivl = ?, factor = ?,"
                " reps = ?, lapses = ?, left = 0, data = ?, mod = %d, usn = -1 where id = ?"
                % (today, now_ms // 1000), updates)

        col.db.transact(write)
        written += len(revlog)
    print(f"  wrote {written} reviews in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    problems, ok = col.fix_integrity()
    info = {
        "generator": GENERATOR,
        "cards": n,
        "reviews_written": written,
        "built_today": today,
        "check_database_ok": ok,
        "check_database": problems,
    }
    col.close()
    return info


def shift_days(path: Path, delta: int) -> None:
    """Moves a collection `delta` days forward: its creation time, its review
    log and its cards' last-review times, so that its today is what it was."""
    col = open_col(path)

    def move():
        col.db.execute("update col set crt = crt + ?", delta * 86_400)
        # two steps, so no id collides with one not yet moved
        col.db.execute("update revlog set id = -id")
        col.db.execute("update revlog set id = -id + ?", delta * 86_400_000)
        col.db.execute("update cards set data = json_set(data, '$.lrt', "
                       "json_extract(data, '$.lrt') + ?) where type = 2", delta * 86_400)

    col.db.transact(move)
    col.close()


def ensure_collection(root: Path, n: int, m: int) -> tuple[Path, dict]:
    key = root / f"collection-{n}-{m}-gen{GENERATOR}"
    meta_path = key / "meta.json"
    if not meta_path.exists():
        shutil.rmtree(key, ignore_errors=True)
        building = root / "building"
        shutil.rmtree(building, ignore_errors=True)
        print(f"  building the collection (kept for later runs: {key})", file=sys.stderr)
        t = time.perf_counter()
        meta = build(building, n, m)
        (building / "meta.json").write_text(json.dumps(meta, indent=1))
        building.rename(key)
        print(f"  built in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    meta = json.loads(meta_path.read_text())
    path = key / "collection.anki2"
    col = open_col(path)
    today = col.sched.today
    col.close()
    if today != meta["built_today"]:
        print(f"  moving the collection {today - meta['built_today']} day(s) forward",
              file=sys.stderr)
        shift_days(path, today - meta["built_today"])
    return path, meta


# --- measuring ------------------------------------------------------------------

class Results:
    def __init__(self) -> None:
        self.measures: list[dict] = []

    def add(self, name: str, times_ms: list[float], note: str = "") -> dict:
        s = sorted(times_ms)
        m = {
            "name": name,
            "median_ms": statistics.median(s),
            "min_ms": s[0],
            "max_ms": s[-1],
            "runs": len(s),
            "note": note,
        }
        self.measures.append(m)
        print(f"  {name:<52} median {m['median_ms']:>10.3f} ms  (min {m['min_ms']:.3f}, "
              f"max {m['max_ms']:.3f}, {m['runs']} runs)", file=sys.stderr)
        return m


def ms_since(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def cold_and_warm(path: Path, runs: int, call) -> tuple[list[float], list[float]]:
    """Each run: open the collection (not timed), time `call` once (cold: the
    first call in a new process, as each recall command is) and once more
    (warm), close."""
    cold, warm = [], []
    for _ in range(runs):
        col = open_col(path)
        t = time.perf_counter()
        call(col)
        cold.append(ms_since(t))
        t = time.perf_counter()
        call(col)
        warm.append(ms_since(t))
        col.close()
    return cold, warm


def remove_collection(path: Path) -> None:
    for ext in ["", "-wal", "-shm", "-journal"]:
        Path(f"{path}{ext}").unlink(missing_ok=True)
    base = str(path)[: -len(".anki2")]
    shutil.rmtree(base + ".media", ignore_errors=True)
    Path(base + ".media.db2").unlink(missing_ok=True)


def insert_floor(path: Path, rows) -> float:
    """The context for import: a bare executemany of the same rows into a
    plain table, one transaction, at Anki's durability (WAL, synchronous=FULL).
    recall's own floor (benches/scale.rs) is a Rust prepared-insert loop."""
    remove_collection(path)
    t = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("pragma journal_mode = wal")
    conn.execute("pragma synchronous = full")
    conn.execute("create table notes (id integer primary key, front text, back text, tags text)")
    conn.execute("begin")
    conn.executemany("insert into notes (front, back, tags) values (?, ?, ?)", rows)
    conn.execute("commit")
    conn.close()
    return ms_since(t)


def import_once(path: Path, csv_path: Path) -> tuple[float, float, float]:
    """Anki's File › Import of a CSV into a new, empty collection: the backend
    reads the file's metadata (get_csv_metadata, what the import dialog shows)
    and imports it (import_csv), in one transaction it commits. Returns
    (metadata + import ms, of which metadata ms, close ms)."""
    remove_collection(path)
    col = open_col(path)
    t = time.perf_counter()
    md = col.get_csv_metadata(str(csv_path), None)
    t_md = ms_since(t)
    out = col.import_csv(ImportCsvRequest(path=str(csv_path), metadata=md))
    total = ms_since(t)
    assert len(out.log.new) > 0
    t = time.perf_counter()
    col.close()
    return total, t_md, ms_since(t)


def fsync_floor(path: Path, runs: int = 200) -> list[float]:
    """The cost of one durable write on this disk: 4 KiB appended and fsynced."""
    times = []
    with open(path, "wb") as f:
        for _ in range(runs):
            t = time.perf_counter()
            f.write(os.urandom(4096))
            f.flush()
            os.fsync(f.fileno())
            times.append(ms_since(t))
    path.unlink()
    return times


def fresh_copy(src: Path, dst: Path) -> None:
    remove_collection(dst)
    shutil.copyfile(src, dst)
    # flush the copy, so its first commit does not write it all out
    with open(dst, "rb+") as f:
        os.fsync(f.fileno())


def set_new_limit(col: Collection, per_day: int, after_reviews: bool = False) -> None:
    conf = col.decks.get_config(1)
    conf["new"]["perDay"] = per_day
    if after_reviews:
        conf["newMix"] = 1  # New/review order: show new cards after reviews
    col.decks.update_config(conf)


def next_card(col: Collection):
    """What Anki's reviewer does to show the next card (v3): the queue's head,
    loaded as a Card, its timer started and its question rendered."""
    queued = col.sched.get_queued_cards().cards
    if not queued:
        return None, None
    qc = queued[0]
    card = Card(col, backend_card=qc.card)
    card.start_timer()
    card.question()
    return card, qc.states


def answering(path: Path, answers: int) -> tuple[list[float], list[float], dict]:
    """Answers `answers` cards one at a time with Good, as Anki's reviewer
    does: build_answer + answer_card (one backend operation, committed before
    it returns), then the next card fetched and rendered. Returns per-answer
    times of the answer alone and of answer → next card shown."""
    col = open_col(path)
    # as recall's benchmark session (--new 1000 --limit 1000): due cards
    # first, then new ones, up to 1,000 (Anki's default would mix new cards
    # in among the reviews)
    set_new_limit(col, answers, after_reviews=True)
    kinds = {"review": 0, "new": 0, "learning": 0}
    card, states = next_card(col)
    t_answer, t_cycle = [], []
    for _ in range(answers):
        if card is None:
            break
        kinds[{0: "new", 2: "review"}.get(card.type, "learning")] += 1
        t = time.perf_counter()
        ans = col.sched.build_answer(card=card, states=states, rating=CardAnswer.GOOD)
        col.sched.answer_card(ans)
        t_answer.append(ms_since(t))
        card, states = next_card(col)
        t_cycle.append(ms_since(t))
    col.close()
    return t_answer, t_cycle, kinds


# --- durability probes -------------------------------------------------------------

PROBE_CHILD = r"""
import os, sys
from anki.collection import Collection
from anki.cards import Card
from anki.scheduler.v3 import CardAnswer
col = Collection(sys.argv[1])
k = int(sys.argv[2])
for _ in range(k):
    qc = col.sched.get_queued_cards().cards[0]
    card = Card(col, backend_card=qc.card)
    card.start_timer()
    col.sched.answer_card(col.sched.build_answer(card=card, states=qc.states, rating=CardAnswer.GOOD))
sys.stdout.flush()
os._exit(0)  # no close: as if the process were killed
"""


def durability_probes(root: Path, use_strace: bool) -> dict:
    """On a small collection: does an answer survive a process that dies
    right after answer_card returns, and how many fsyncs does one answer cost?"""
    probe = root / "probe"
    shutil.rmtree(probe, ignore_errors=True)
    probe.mkdir(parents=True)
    base = probe / "base.anki2"
    src = probe / "probe.csv"
    write_csv(src, ["#separator:Tab", "#html:true", "#notetype:Basic", "#deck:Probe",
                    "#tags column:3", "#columns:Front\tBack\tTags"], deck_rows(200, 9))
    col = open_col(base)
    col.import_csv(ImportCsvRequest(path=str(src), metadata=col.get_csv_metadata(str(src), None)))
    set_new_limit(col, 1000)
    col.decks.select(col.decks.id_for_name("Probe"))
    col.close()
    out: dict = {}

    work = probe / "c.anki2"
    fresh_copy(base, work)
    subprocess.run([sys.executable, "-c", PROBE_CHILD, str(work), "1"], check=True)
    col = open_col(work)
    out["answer_survives_killed_process"] = col.db.scalar("select count() from revlog") == 1
    col.close()

    if use_strace and shutil.which("strace"):
        def fsyncs(k: int) -> int:
            fresh_copy(base, work)
            log = probe / "strace.txt"
            subprocess.run(["strace", "-f", "-qq", "-e", "trace=fsync,fdatasync,sync_file_range",
                            "-o", str(log), sys.executable, "-c", PROBE_CHILD, str(work), str(k)],
                           check=True)
            return sum(1 for line in log.read_text().splitlines() if "sync" in line)

        k = 50
        base_count, with_k = fsyncs(0), fsyncs(k)
        out["fsyncs_per_answer"] = (with_k - base_count) / k
        out["fsync_probe"] = (f"strace: {with_k} fsync/fdatasync calls for open + {k} answers, "
                              f"{base_count} for open alone")
    shutil.rmtree(probe, ignore_errors=True)
    return out


# --- main ---------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cards", type=int, default=100_000)
    ap.add_argument("--reviews", type=int, default=1_000_000)
    ap.add_argument("--out", default=None, help="JSON results (default DIR/results.json)")
    ap.add_argument("--dir", default="target/tmp/anki-bench")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--answers", type=int, default=1000)
    ap.add_argument("--no-strace", action="store_true")
    args = ap.parse_args()
    root = Path(args.dir).resolve()
    root.mkdir(parents=True, exist_ok=True)
    n, m, runs = args.cards, args.reviews, args.runs
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    print(f"Anki backend benchmark: anki {ANKI_VERSION}, {n} cards, {m} reviews; "
          f"{os.cpu_count()} cores, {cpu}", file=sys.stderr)
    res = Results()

    # The durability Anki's backend opens a collection with.
    path, meta = ensure_collection(root, n, m)
    col = open_col(path)
    pragmas = {p: col.db.scalar(f"pragma {p}") for p in
               ["journal_mode", "synchronous", "locking_mode", "wal_autocheckpoint",
                "cache_size", "page_size"]}
    sync_name = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}.get(pragmas["synchronous"])
    counts = col.sched.counts()
    due_today = len(col.find_cards("is:due"))
    total_cards = col.card_count()
    new_cards = col.db.scalar("select count() from cards where type = 0")
    revlog_rows = col.db.scalar("select count() from revlog")
    col.close()
    print(f"  collection: {total_cards} cards, {new_cards} new, {revlog_rows} reviews, "
          f"{due_today} due today; queue counts (new, learning, review) = {counts}; "
          f"check database ok: {meta['check_database_ok']}", file=sys.stderr)
    if not meta["check_database_ok"]:
        print(f"  check database found: {meta['check_database']!r}", file=sys.stderr)
    print(f"  durability: journal_mode={pragmas['journal_mode']}, synchronous={sync_name}, "
          f"locking_mode={pragmas['locking_mode']}", file=sys.stderr)

    # start-up: Collection(path) for the big collection, in-process; and a
    # whole process (python, import anki, open, close) as context for
    # recall's whole-process times.
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        col = open_col(path)
        times.append(ms_since(t))
        col.close()
    res.add("start-up: Collection(path), in-process", times,
            "opening the built collection; recall: part of every whole-process time")
    code = "import sys; from anki.collection import Collection; Collection(sys.argv[1]).close()"
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, str(path)], check=True)
        times.append(ms_since(t))
    res.add("start-up: whole process (python, import anki, open, close)", times,
            "context only: recall's times are whole processes")

    # import, and the bare insert floor, taking turns as benches/scale.rs does
    rows = deck_rows(n, 1)
    csv_path = root / "import.csv"
    write_csv(csv_path, ["#separator:Tab", "#html:true", "#notetype:Basic",
                         "#deck:Import benchmark", "#tags column:3",
                         "#columns:Front\tBack\tTags"], rows)
    floor, imports, mds, closes = [], [], [], []
    for _ in range(runs):
        floor.append(insert_floor(root / "floor.sqlite3", rows))
        total, md, close = import_once(root / "import.anki2", csv_path)
        imports.append(total)
        mds.append(md)
        closes.append(close)
    remove_collection(root / "import.anki2")
    remove_collection(root / "floor.sqlite3")
    csv_path.unlink()
    res.add("floor: bare executemany insert, one transaction", floor,
            "Python sqlite3, plain table (front, back, tags), WAL + synchronous=FULL, "
            "connect to commit; recall: its floor in benches/scale.rs")
    res.add(f"import {n}-row CSV, empty collection", imports,
            f"get_csv_metadata (median {statistics.median(mds):.1f} ms) + import_csv, into a new "
            f"collection each run, committed on return; closing afterwards (not included) "
            f"median {statistics.median(closes):.1f} ms; recall: import of the same deck")

    # reads on the big collection, each on a freshly opened collection
    cold, warm = cold_and_warm(path, runs, lambda c: c.sched.get_queued_cards())
    res.add("queue build: sched.get_queued_cards()", cold,
            f"v3 queue for the parent of the five decks (all due + 20 new); warm second call "
            f"median {statistics.median(warm):.3f} ms (cached queue); recall: the queue a "
            f"review session builds")
    cold, warm = cold_and_warm(path, runs, lambda c: c.sched.counts())
    res.add("queue counts: sched.counts()", cold,
            f"builds the same queue; warm median {statistics.median(warm):.3f} ms; recall: "
            f"the counts `due` and `decks` print")
    cold, warm = cold_and_warm(path, runs, lambda c: c.find_cards("is:due"))
    res.add("due list: find_cards('is:due')", cold,
            f"card ids only, unsorted, no text; warm median {statistics.median(warm):.3f} ms; "
            f"recall: `recall due` (which also prints each card)")
    cold, warm = cold_and_warm(path, runs, lambda c: c.sched.deck_due_tree())
    res.add("deck list: sched.deck_due_tree()", cold,
            f"the deck browser's tree with new/learning/review counts; warm median "
            f"{statistics.median(warm):.3f} ms; recall: `recall decks`")
    cold, warm = cold_and_warm(path, runs, lambda c: c._backend.graphs(search="", days=365))
    res.add("statistics: graphs(search='', days=365)", cold,
            f"the Stats screen's data (backend `graphs`, range Collection, 1 year), before "
            f"the page's own JavaScript binning; warm median {statistics.median(warm):.3f} ms; "
            f"recall: `recall stats`")
    cold, warm = cold_and_warm(path, runs, lambda c: c._backend.graphs(search="", days=0))
    res.add("statistics, all history: graphs(search='', days=0)", cold,
            f"range Collection, all history; warm median {statistics.median(warm):.3f} ms")

    # answering, on a fresh copy each run
    scratch = root / "answering.anki2"
    all_answer, all_cycle, kinds = [], [], {}
    for _ in range(max(1, runs // 2)):
        fresh_copy(path, scratch)
        t_answer, t_cycle, kinds = answering(scratch, args.answers)
        all_answer.append(t_answer)
        all_cycle.append(t_cycle)
    k = len(all_answer[0])
    kinds_s = ", ".join(f"{v} {name}" for name, v in kinds.items())
    res.add("answer: build_answer + answer_card, per answer",
            [x for r in all_answer for x in r],
            f"{len(all_answer)} session(s) × {k} answers ({kinds_s}), Good each; each answer one "
            f"backend operation and transaction, committed (WAL fsync) before it returns; "
            f"session medians {', '.join(f'{statistics.median(r):.3f}' for r in all_answer)} ms; "
            f"recall: one answer, committed and fsynced")
    res.add("answer: grade → next card shown, per answer",
            [x for r in all_cycle for x in r],
            "answer_card + get_queued_cards + the next card's question rendered (no GUI); "
            "recall: `answer: one at a time, grade → next card`")
    remove_collection(scratch)
    res.add("floor: write 4 KiB + fsync", fsync_floor(root / "fsync.bin"),
            "context for answering: one durable write on this disk")

    probes = durability_probes(root, not args.no_strace)
    print(f"  durability probes: {probes}", file=sys.stderr)

    # the table
    print(f"\nAnki backend {ANKI_VERSION} — {n} cards, {revlog_rows} reviews — {os.cpu_count()} "
          f"cores, {cpu}; in-process times\n")
    print(f"journal_mode={pragmas['journal_mode']}  synchronous={sync_name}  "
          f"locking_mode={pragmas['locking_mode']}  "
          f"answer survives a killed process: {probes.get('answer_survives_killed_process')}  "
          f"fsyncs per answer: {probes.get('fsyncs_per_answer', 'not measured')}\n")
    print("| measure | runs | median ms | min ms | max ms |")
    print("|---|---:|---:|---:|---:|")
    for mm in res.measures:
        print(f"| {mm['name']} | {mm['runs']} | {mm['median_ms']:.3f} | {mm['min_ms']:.3f} | "
              f"{mm['max_ms']:.3f} |")
    result = {
        "anki_version": ANKI_VERSION,
        "cards": n,
        "reviews": revlog_rows,
        "reviews_requested": m,
        "journal_mode": pragmas["journal_mode"],
        "synchronous": sync_name,
        "pragmas": pragmas,
        "durability": probes,
        "collection": {"cards": total_cards, "new": new_cards, "due_today": due_today,
                       "queue_counts_new_learning_review": list(counts),
                       "check_database_ok": meta["check_database_ok"],
                       "check_database": meta["check_database"],
                       "generator": GENERATOR},
        "machine": {"cores": os.cpu_count(), "cpu": cpu},
        "timing": "in-process (Python, after `import anki`), time.perf_counter",
        "measures": res.measures,
    }
    out = Path(args.out) if args.out else root / "results.json"
    out.write_text(json.dumps(result, indent=1) + "\n")
    print(f"\nJSON: {out}")


if __name__ == "__main__":
    main()
