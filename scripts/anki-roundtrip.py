#!/usr/bin/env python3
"""Round trip through real Anki: recall export -> Anki import -> Anki export ->
recall import, comparing cards, decks, tags and schedules.

    .venv/bin/python scripts/anki-roundtrip.py [path/to/recall]

Needs Anki's backend as the Python `anki` package (26.9 here) and a built
recall (default: target/debug/recall, built with `cargo build` if missing).
The collection it starts from is the committed fixture
tests/fixtures/anki/latest.apkg (made by Anki) plus a native deck with a
reversed card, a cloze card and a multiple-choice card, studied for two days.
Exits 1 when anything differs that is not a documented loss.
"""

import json
import os
import subprocess
import sys
import tempfile

from anki.collection import (
    Collection,
    ExportAnkiPackageOptions,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOW = "2026-03-01T12:00:00Z"
NEXT = "2026-03-02T12:00:00Z"

DECK = {
    "format": "recall-deck/1",
    "name": "Own::Maths",
    "cards": [
        {"id": "q1", "front": "2 < 3 & 4 > 1?", "back": "yes\nsurely", "explanation": "maths", "tags": ["m"]},
        {"id": "q2", "front": "Capital of France?", "back": "Paris", "reverse": True},
        {"id": "c", "front": "The [...] is the capital of [...].", "back": "Paris; France"},
        {"id": "mc", "front": "Pick one", "choices": ["x", "y"], "answer": 1},
    ],
}


def recall(binary, db, now, *args, stdin=None):
    out = subprocess.run(
        [binary, "--db", db, "--now", now, *args],
        input=stdin, capture_output=True, text=True,
        env={"PATH": os.environ.get("PATH", ""), "TZ": "UTC", "HOME": os.path.dirname(db)},
    )
    if out.returncode != 0:
        sys.exit(f"recall {' '.join(args)} failed ({out.returncode}): {out.stderr}")
    return out


def cards(binary, db):
    out = recall(binary, db, NOW, "--json", "cards").stdout
    return {(c["deck"], c["key"]): c for c in json.loads(out)}


def activity(binary, db):
    """Reviews and passes per day, from recall's own statistics."""
    out = recall(binary, db, NEXT, "--json", "stats", "--days", "90").stdout
    return [(d["date"], d["reviews"], d["passed"]) for d in json.loads(out)["activity"] if d["reviews"]]


def anki_round(package, work):
    """Anki imports recall's package into a new collection, then exports it."""
    col = Collection(os.path.join(work, "anki.anki2"))
    log = col.import_anki_package(ImportAnkiPackageRequest(
        package_path=package,
        options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True),
    )).log
    first = (len(log.new), len(log.updated), len(log.conflicting), len(log.duplicate))
    # the same package again: Anki must find every note by its guid
    log = col.import_anki_package(ImportAnkiPackageRequest(
        package_path=package,
        options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True),
    )).log
    again = (len(log.new), len(log.updated), len(log.conflicting), len(log.duplicate))
    notetypes = sorted({col.get_note(n).note_type()["name"] for n in col.find_notes("")})
    decks = sorted(d.name for d in col.decks.all_names_and_ids() if d.name != "Default")
    summary = {
        "notes": len(col.find_notes("")),
        "cards": len(col.find_cards("")),
        "revlog": col.db.scalar("select count() from revlog"),
        "notetypes": notetypes,
        "decks": decks,
        "first import (new, updated, conflicting, duplicate)": first,
        "second import (new, updated, conflicting, duplicate)": again,
    }
    out = os.path.join(work, "from-anki.apkg")
    col.export_anki_package(
        out_path=out,
        options=ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True, with_media=True, legacy=False),
        limit=None,
    )
    col.close()
    return out, summary


CONTENT = ["front", "back", "tags"]
SCHEDULE = ["state", "due", "interval", "ease", "reps", "lapses"]


def compare(before, after):
    """Differences by card: content and schedule, with the losses the
    README documents (a multiple-choice card comes back as a plain card
    whose front lists the options)."""
    problems, expected = [], []
    for key in sorted(set(before) | set(after)):
        b, a = before.get(key), after.get(key)
        if b is None or a is None:
            problems.append(f"{key}: only {'after' if b is None else 'before'} the round trip")
            continue
        for field in CONTENT + SCHEDULE:
            if b[field] == a[field]:
                continue
            line = f"{key[0]} / {key[1]}: {field} {b[field]!r} -> {a[field]!r}"
            if key[1] == "mc" and field in ("front", "back"):
                expected.append(line + " (multiple choice read back as a plain card)")
            else:
                problems.append(line)
    return problems, expected


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/debug/recall")
    if not os.path.exists(binary):
        subprocess.run(["cargo", "build", "--quiet"], cwd=ROOT, check=True)
    work = tempfile.mkdtemp(prefix="recall-anki-")
    db = os.path.join(work, "recall.sqlite3")
    recall(binary, db, NOW, "import", "--with-schedule", os.path.join(ROOT, "tests/fixtures/anki/latest.apkg"))
    deck = os.path.join(work, "own.json")
    with open(deck, "w") as f:
        json.dump(DECK, f)
    recall(binary, db, NOW, "import", deck)
    recall(binary, db, NOW, "review", "--deck", "Own::Maths", "--new", "5", stdin="5\n4\n1\n4\n5\nb\n")
    recall(binary, db, NEXT, "review", "--deck", "Own::Maths", stdin="4\n5\n4\n5\n")
    before = cards(binary, db)
    log_before = activity(binary, db)

    package = os.path.join(work, "recall.apkg")
    recall(binary, db, NOW, "export", "--format", "apkg", "--with-history", "-o", package)
    from_anki, summary = anki_round(package, work)

    db2 = os.path.join(work, "recall-after.sqlite3")
    recall(binary, db2, NOW, "import", "--with-schedule", from_anki)
    after = cards(binary, db2)
    log_after = activity(binary, db2)
    # and into the collection it came from: nothing added, nothing doubled
    reimport = json.loads(recall(binary, db, NOW, "--json", "import", "--with-schedule", from_anki).stdout)
    added = sum(d["added"] for d in reimport["decks"])

    problems, expected = compare(before, after)
    decks_before = sorted({k[0] for k in before})
    decks_after = sorted({k[0] for k in after})
    print("recall -> Anki -> recall round trip")
    print(f"  recall before: {len(before)} cards in {len(decks_before)} decks")
    print(f"  Anki: {summary['notes']} notes, {summary['cards']} cards, {summary['revlog']} review-log rows")
    print(f"  Anki note types: {', '.join(summary['notetypes'])}")
    print(f"  Anki decks: {', '.join(summary['decks'])}")
    for k in ("first import (new, updated, conflicting, duplicate)", "second import (new, updated, conflicting, duplicate)"):
        print(f"  Anki {k}: {summary[k]}")
    print(f"  recall after: {len(after)} cards in {len(decks_after)} decks; decks equal: {decks_before == decks_after}")
    same = sum(1 for k in before if k in after and all(before[k][f] == after[k][f] for f in CONTENT + SCHEDULE))
    print(f"  cards identical in text, tags and schedule: {same} of {len(before)}")
    print(f"  review log: {sum(r for _, r, _ in log_before)} answers on {len(log_before)} days before, "
          f"{sum(r for _, r, _ in log_after)} on {len(log_after)} days after; per day equal: {log_before == log_after}")
    print(f"  re-imported into the first collection: {added} cards added")
    for line in expected:
        print(f"  expected loss: {line}")
    for line in problems:
        print(f"  DIFFERENCE: {line}")
    ok = not problems and decks_before == decks_after and added == 0 and log_before == log_after and summary[
        "second import (new, updated, conflicting, duplicate)"][0] == 0
    print("round trip: " + ("clean" if ok else "NOT clean"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
