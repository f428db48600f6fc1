//! Writes an Anki collection in the legacy schema (11, as
//! `collection.anki21`): the format every Anki from 2.1 on imports, with
//! recall's three note types, its decks and their parents, notes, cards and
//! review log. Plain values in, one SQLite file out.

use std::collections::BTreeSet;
use std::path::Path;

use rusqlite::{params, Connection};
use serde_json::{json, Value};

use super::collection::{Card, Revlog};
use crate::error::{Error, Result};

/// recall's note types: Anki's stock ones with an Explanation field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    Basic,
    Reversed,
    Cloze,
}

impl NoteKind {
    /// Fixed ids, so that Anki finds the note types of an earlier export.
    fn id(self) -> i64 {
        match self {
            NoteKind::Basic => 1_600_000_000_001,
            NoteKind::Reversed => 1_600_000_000_002,
            NoteKind::Cloze => 1_600_000_000_003,
        }
    }
}

/// A note to write, its fields in HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub guid: String,
    pub kind: NoteKind,
    pub deck: String,
    pub fields: Vec<String>,
    pub tags: Vec<String>,
    /// Each card's template (`ord`) and scheduling, and its review log.
    pub cards: Vec<(Card, Vec<Revlog>)>,
}

/// Writes a new collection file at `path`. `created` is its creation time
/// (Unix seconds: review due days count from its day), `now_ms` the time
/// of the export.
pub fn write(path: &Path, notes: &[Note], created: i64, now_ms: i64) -> Result<()> {
    let failed = |e: rusqlite::Error| {
        Error::write(
            Path::new("the package's collection"),
            std::io::Error::other(e.to_string()),
        )
    };
    let mut conn = Connection::open(path).map_err(failed)?;
    let tx = conn.transaction().map_err(failed)?;
    tx.execute_batch(SCHEMA).map_err(failed)?;
    let decks = deck_ids(notes);
    tx.execute(
        "INSERT INTO col VALUES (1, ?1, ?2, ?2, 11, 0, 0, 0, ?3, ?4, ?5, ?6, '{}')",
        params![
            created,
            now_ms,
            CONF,
            models(now_ms / 1000).to_string(),
            decks_json(&decks, now_ms / 1000).to_string(),
            DCONF
        ],
    )
    .map_err(failed)?;
    insert_notes(&tx, notes, &decks, now_ms).map_err(failed)?;
    tx.commit().map_err(failed)
}

fn insert_notes(
    tx: &rusqlite::Transaction,
    notes: &[Note],
    decks: &[(String, i64)],
    now_ms: i64,
) -> rusqlite::Result<()> {
    let mut note_row =
        tx.prepare("INSERT INTO notes VALUES (?1, ?2, ?3, ?4, -1, ?5, ?6, ?7, 0, 0, '')")?;
    let mut card_row = tx.prepare(
        "INSERT INTO cards VALUES (?1, ?2, ?3, ?4, ?5, -1, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 0, 0, 0, '')",
    )?;
    let mut log_row =
        tx.prepare("INSERT OR IGNORE INTO revlog VALUES (?1, ?2, -1, ?3, ?4, ?5, ?6, ?7, ?8)")?;
    let (secs, mut card_id) = (now_ms / 1000, now_ms);
    for (i, note) in notes.iter().enumerate() {
        let note_id = now_ms + i as i64;
        let deck = decks.iter().find(|d| d.0 == note.deck).map_or(1, |d| d.1);
        let tags = if note.tags.is_empty() {
            String::new()
        } else {
            format!(" {} ", note.tags.join(" "))
        };
        let sort = note.fields.first().map_or("", |f| f.as_str());
        note_row.execute(params![
            note_id,
            note.guid,
            note.kind.id(),
            secs,
            tags,
            note.fields.join("\x1f"),
            sort
        ])?;
        for (c, log) in &note.cards {
            card_id += 1;
            card_row.execute(params![
                card_id, note_id, deck, c.ord, secs, c.kind, c.queue, c.due, c.interval, c.factor,
                c.reps, c.lapses, c.left
            ])?;
            for r in log {
                log_row.execute(params![
                    r.id,
                    card_id,
                    r.ease,
                    r.interval,
                    r.last_interval,
                    r.factor,
                    r.time_ms,
                    r.kind
                ])?;
            }
        }
    }
    Ok(())
}

/// Every deck the notes name, with its parents (`A::B` needs `A`), and
/// an id fixed by its name.
fn deck_ids(notes: &[Note]) -> Vec<(String, i64)> {
    let mut names = BTreeSet::new();
    for n in notes {
        let parts: Vec<&str> = n.deck.split("::").collect();
        for end in 1..=parts.len() {
            names.insert(parts[..end].join("::"));
        }
    }
    names
        .into_iter()
        .map(|name| {
            let id = 1_500_000_000_000 + i64::from(crc32fast::hash(name.as_bytes()));
            (name, id)
        })
        .collect()
}

fn decks_json(decks: &[(String, i64)], secs: i64) -> Value {
    let deck = |id: i64, name: &str, modified: i64| {
        json!({
            "id": id, "mod": modified, "name": name, "usn": -1,
            "lrnToday": [0, 0], "revToday": [0, 0], "newToday": [0, 0], "timeToday": [0, 0],
            "collapsed": false, "browserCollapsed": false, "desc": "", "dyn": 0, "conf": 1,
            "extendNew": 0, "extendRev": 0
        })
    };
    let mut all = serde_json::Map::new();
    all.insert("1".into(), deck(1, "Default", 0));
    for (name, id) in decks {
        all.insert(id.to_string(), deck(*id, name, secs));
    }
    Value::Object(all)
}

const CSS: &str = ".card {\n    font-family: arial;\n    font-size: 20px;\n    text-align: center;\n    color: black;\n    background-color: white;\n}\n.cloze {\n    font-weight: bold;\n    color: blue;\n}\n";
const ANSWER: &str = "{{FrontSide}}\n\n<hr id=answer>\n\n";
const EXPLANATION: &str = "{{#Explanation}}<br><br><i>{{Explanation}}</i>{{/Explanation}}";

fn field(name: &str, ord: usize) -> Value {
    json!({"name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Arial", "size": 20,
           "description": "", "plainText": false, "collapsed": false, "excludeFromSearch": false})
}

fn template(name: &str, ord: usize, q: &str, a: &str) -> Value {
    json!({"name": name, "ord": ord, "qfmt": q, "afmt": a, "bqfmt": "", "bafmt": "",
           "did": null, "bfont": "", "bsize": 0})
}

/// A note type as schema 11 keeps it; `stock` is the Anki note type it
/// follows (1 Basic, 2 Basic and reversed, 5 Cloze).
fn model(
    kind: NoteKind,
    name: &str,
    stock: u32,
    fields: Vec<Value>,
    tmpls: Vec<Value>,
    secs: i64,
) -> Value {
    let cloze = kind == NoteKind::Cloze;
    json!({
        "id": kind.id(), "name": name, "type": i32::from(cloze), "mod": secs, "usn": -1,
        "sortf": 0, "did": null, "tmpls": tmpls, "flds": fields, "css": CSS,
        "latexPre": "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
        "latexPost": "\\end{document}", "latexsvg": false,
        "req": [[0, "any", [0]]], "originalStockKind": stock
    })
}

fn models(secs: i64) -> Value {
    let basic_fields = || vec![field("Front", 0), field("Back", 1), field("Explanation", 2)];
    let forward = template(
        "Card 1",
        0,
        "{{Front}}",
        &format!("{ANSWER}{{{{Back}}}}{EXPLANATION}"),
    );
    let backward = template(
        "Card 2",
        1,
        "{{Back}}",
        &format!("{ANSWER}{{{{Front}}}}{EXPLANATION}"),
    );
    let cloze = template(
        "Cloze",
        0,
        "{{cloze:Text}}",
        "{{cloze:Text}}<br>\n{{Back Extra}}",
    );
    let mut all = serde_json::Map::new();
    for m in [
        model(
            NoteKind::Basic,
            "Basic (recall)",
            1,
            basic_fields(),
            vec![forward.clone()],
            secs,
        ),
        model(
            NoteKind::Reversed,
            "Basic and reversed (recall)",
            2,
            basic_fields(),
            vec![forward, backward],
            secs,
        ),
        model(
            NoteKind::Cloze,
            "Cloze (recall)",
            5,
            vec![field("Text", 0), field("Back Extra", 1)],
            vec![cloze],
            secs,
        ),
    ] {
        all.insert(m["id"].to_string(), m);
    }
    Value::Object(all)
}

/// The collection's settings, as Anki 26 writes them.
const CONF: &str = r#"{"addToCur":true,"sched2021":true,"sortBackwards":false,"activeDecks":[1],"timeLim":0,"estTimes":true,"dayLearnFirst":false,"curDeck":1,"nextPos":1,"schedVer":2,"creationOffset":0,"dueCounts":true,"sortType":"noteFld","collapseTime":1200,"newSpread":0}"#;

/// Anki's default deck options.
const DCONF: &str = r#"{"1":{"id":1,"mod":0,"name":"Default","usn":0,"maxTaken":60,"autoplay":true,"timer":0,"replayq":true,"new":{"bury":false,"delays":[1.0,10.0],"initialFactor":2500,"ints":[1,4,0],"order":1,"perDay":20},"rev":{"bury":false,"ease4":1.3,"ivlFct":1.0,"maxIvl":36500,"perDay":200,"hardFactor":1.2},"lapse":{"delays":[10.0],"leechAction":1,"leechFails":8,"minInt":1,"mult":0.0},"dyn":false,"newMix":0,"newPerDayMinimum":0,"interdayLearningMix":0,"reviewOrder":0,"newSortOrder":0,"newGatherPriority":0,"buryInterdayLearning":false}}"#;

/// Anki's schema 11, as its legacy export writes it.
const SCHEMA: &str = "
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL,
  scm integer NOT NULL, ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL,
  ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
  dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL,
  sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL,
  ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL,
  queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL,
  reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
  odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL,
  ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL,
  factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
";
