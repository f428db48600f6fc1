//! Every statement the store runs for the daily commands reads an index,
//! never a whole table of cards or reviews: checked on SQLite's own plans
//! for the statements traced while the commands' store calls run. And a
//! statement run for every card is planned once, not once per card.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use rusqlite::trace::{TraceEvent, TraceEventCodes};
use rusqlite::StatementStatus;

use super::testing::{deck, temp_store};
use super::*;
use crate::model::ReviewKind;
use crate::sched::Grade;
use crate::settings::NewCardOrder;

/// The statements `work` runs, as prepared (parameters not bound), each
/// with the number of times SQLite had to prepare it anew while it ran.
fn traced(store: &mut Store, work: impl FnOnce(&mut Store)) -> BTreeMap<String, i32> {
    let seen = Arc::new(Mutex::new(BTreeMap::new()));
    let sink = Arc::clone(&seen);
    store
        .conn
        .trace_v2(
            TraceEventCodes::SQLITE_TRACE_PROFILE,
            Some(move |e: TraceEvent<'_>| {
                if let TraceEvent::Profile(stmt, _) = e {
                    let n = stmt.get_status(StatementStatus::RePrepare);
                    let mut all = sink.lock().unwrap();
                    let most = all.entry(stmt.sql().to_string()).or_insert(0);
                    *most = n.max(*most);
                }
            }),
        )
        .unwrap();
    work(store);
    store
        .conn
        .trace_v2(TraceEventCodes::empty(), None::<fn(TraceEvent<'_>)>)
        .unwrap();
    let all = seen.lock().unwrap().clone();
    all
}

/// Statements of an import that read the cards of the deck imported.
const IMPORT_READS_THE_DECK: &[&str] = &["SELECT id FROM cards WHERE deck_id = ?1"];

/// The lines of SQLite's plan for `sql` that read a whole table (or the
/// whole of a deck).
fn scans(store: &Store, sql: &str) -> Vec<String> {
    let mut stmt = store
        .conn
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .unwrap();
    // the plan does not depend on the values: parameters stay unbound
    let mut rows = stmt.raw_query();
    let mut found = Vec::new();
    while let Some(row) = rows.next().unwrap() {
        let detail: String = row.get(3).unwrap();
        // small tables (repeats owed are a day's failed cards at most); and
        // new cards read in deck order up to a LIMIT
        let fine = [
            "card_counts",
            "decks",
            "config",
            "owed_repeats",
            "CONSTANT ROW",
            "USING INDEX cards_new",
        ];
        // a search on the deck alone walks every card of the deck, which
        // only an import, matching the deck's cards, may do (and EXISTS,
        // which stops at the first)
        let per_deck = sql.contains("EXISTS (SELECT 1 FROM cards WHERE deck_id")
            || IMPORT_READS_THE_DECK.iter().any(|s| sql.contains(s));
        let whole_deck =
            detail.starts_with("SEARCH") && detail.ends_with("(deck_id=?)") && !per_deck;
        if (detail.starts_with("SCAN") || whole_deck) && !fine.iter().any(|t| detail.contains(t)) {
            found.push(detail);
        }
    }
    found
}

/// What `review`, `due` and `review --ahead` read, with `--tag` or not.
fn read_tagged(s: &Store, today: Day, scope: &Scope, tags: &Tags) {
    s.due_cards(today, scope, tags).unwrap();
    for order in [
        NewCardOrder::File,
        NewCardOrder::Spread,
        NewCardOrder::Random,
    ] {
        let new = NewCards {
            limit: 10,
            order,
            seed: 1,
        };
        s.queue(today, (scope, tags), Some(10), new).unwrap();
    }
    s.ahead(today, today.plus(3), scope, tags, Some(10))
        .unwrap();
    s.new_count_tagged(scope, tags).unwrap();
    s.owed_repeats(today, scope, tags).unwrap();
}

/// What `show` reads of one card, and the burying of its siblings.
fn read_one(s: &Store, id: i64, today: Day) {
    s.card(id).unwrap();
    s.card_origin(id).unwrap();
    s.card_log(id).unwrap();
    s.bury_siblings(id, today.plus(1)).unwrap();
}

#[test]
fn the_daily_commands_read_indexes_only() {
    let (_d, mut s) = temp_store();
    s.import(
        vec![deck(&[("a", "A?", "1"), ("b", "B?", "2")]).into()],
        0,
        Default::default(),
    )
    .unwrap();
    let today = Day(100);
    let one = Scope::decks(vec![s.deck_id("D").unwrap()]);
    let exam = Tags::any_of(&["exam".into(), "leech".into()]).unwrap();
    let statements = traced(&mut s, |s| {
        for scope in [Scope::all(), one.clone()] {
            for tags in [Tags::default(), exam.clone()] {
                read_tagged(s, today, &scope, &tags);
            }
            s.next_due(today, &scope).unwrap();
            s.new_count(&scope).unwrap();
            s.card_counts(&scope).unwrap();
            s.day_totals(today.plus(-365), today, &scope).unwrap();
            s.due_load(today, today.plus(30), &scope).unwrap();
            s.hardest(&scope, 10).unwrap();
            s.first_active_day(&scope).unwrap();
            s.active_days(today, &scope, |_| true).unwrap();
        }
        s.deck_summaries(today).unwrap();
        s.day_counts(today).unwrap();
        let card = s
            .queue(
                today,
                (&Scope::all(), &Tags::default()),
                None,
                NewCards::in_file_order(1),
            )
            .unwrap()
            .remove(0);
        read_one(s, card.id, today);
        let g = Grade::new(2).unwrap();
        let after = Schedule {
            sm2: card.schedule.sm2.review(g),
            due: Some(today.plus(1)),
            ..card.schedule
        };
        let answer = Answer {
            card_id: card.id,
            grade: g,
            kind: ReviewKind::New,
            before: card.schedule,
            after,
            at_ms: 0,
            day: today,
            answer_ms: 1,
        };
        let id = s.record(&answer).unwrap().unwrap();
        s.undo(id).unwrap();
        s.bury(card.id, Some(today.plus(1))).unwrap();
        // a re-import matches every card by key
        s.import(
            vec![deck(&[("a", "A?", "one"), ("b", "B?", "2")]).into()],
            0,
            Default::default(),
        )
        .unwrap();
    });
    assert!(statements.len() > 20, "{statements:#?}");
    for sql in statements.keys() {
        assert!(scans(&s, sql).is_empty(), "{sql}\n{:?}", scans(&s, sql));
    }
}

#[test]
fn a_re_import_prepares_each_statement_once() {
    let (_d, mut s) = temp_store();
    let keys: Vec<String> = (0..200).map(|i| format!("k{i}")).collect();
    let cards = |back: &'static str| -> Vec<(&str, &str, &str)> {
        keys.iter().map(|k| (k.as_str(), "Q?", back)).collect()
    };
    s.import(vec![deck(&cards("old")).into()], 0, Default::default())
        .unwrap();
    // an edited card is matched with its text as imported, too
    let mine = crate::deck::Card::basic("k0", "Q?", "mine", 0);
    s.edit_card(1, &mine).unwrap();
    let runs = traced(&mut s, |s| {
        s.import(vec![deck(&cards("new")).into()], 0, Default::default())
            .unwrap();
    });
    assert!(runs.len() > 3, "{runs:#?}");
    for (sql, n) in &runs {
        // once is SQLite noticing the schema; every card is a plan redone
        assert!(*n <= 1, "prepared {n} more times: {sql}");
    }
}
