//! An Anki collection file (SQLite, schema 11 or 18) read into plain
//! values: note types, decks, notes, cards and the review log. Opened read
//! only; a file that is not SQLite, or fails SQLite's own check, is refused.

use std::collections::HashMap;
use std::io::Read as _;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use serde_json::Value;

use super::proto;
use crate::error::{Error, Result};

/// A note type: its fields and card templates.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Notetype {
    pub name: String,
    pub cloze: bool,
    /// Anki's `originalStockKind`: which stock note type this one began as
    /// (6 is Image Occlusion); 0 when unknown.
    pub stock_kind: u64,
    pub fields: Vec<String>,
    /// Each template's question and answer format.
    pub templates: Vec<(String, String)>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Note {
    pub id: i64,
    pub guid: String,
    pub notetype: i64,
    pub tags: Vec<String>,
    pub fields: Vec<String>,
}

/// A card's scheduling as Anki stores it (see `schedule.rs` for what the
/// numbers mean).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Card {
    pub id: i64,
    pub note: i64,
    pub deck: i64,
    pub ord: i64,
    pub kind: i64,
    pub queue: i64,
    pub due: i64,
    pub interval: i64,
    pub factor: i64,
    pub lapses: i64,
    /// The home deck and due of a card in a filtered deck (0: none).
    pub original_deck: i64,
    pub original_due: i64,
    /// JSON: FSRS's memory state (`s`, `d`) lives here.
    pub data: String,
    /// Learning steps left.
    pub left: i64,
    /// How many times the card was answered.
    pub reps: i64,
}

/// One review-log row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Revlog {
    /// The answer's time, Unix milliseconds.
    pub id: i64,
    pub card: i64,
    /// The button: 1 Again, 2 Hard, 3 Good, 4 Easy (0 for a manual entry).
    pub ease: i64,
    /// Days; negative: a learning step in seconds.
    pub interval: i64,
    pub last_interval: i64,
    pub factor: i64,
    pub time_ms: i64,
    /// 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled.
    pub kind: i64,
}

/// What recall reads of a collection.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Collection {
    /// Creation time (Unix seconds): review due days count from its day.
    pub created: i64,
    /// Minutes west of UTC where the collection was made, when known.
    pub created_offset: Option<i64>,
    pub notetypes: HashMap<i64, Notetype>,
    /// Deck names, the levels joined by `::`.
    pub decks: HashMap<i64, String>,
    /// By id: the order notes were added in.
    pub notes: Vec<Note>,
    /// By note, then template.
    pub cards: Vec<Card>,
    /// By card, then time.
    pub revlog: Vec<Revlog>,
}

/// Reads the collection file at `path`; `shown` names the package in errors.
pub fn read(shown: &str, path: &Path) -> Result<Collection> {
    let not_sqlite = || {
        Error::Invalid(format!(
            "{shown}: the collection inside the package is not an SQLite database — export it from Anki again"
        ))
    };
    let mut magic = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .map_err(|_| not_sqlite())?;
    if &magic != b"SQLite format 3\0" {
        return Err(not_sqlite());
    }
    let damaged = |e: rusqlite::Error| {
        Error::Invalid(format!(
            "{shown}: the collection inside the package is damaged ({e}) — export it from Anki again"
        ))
    };
    let conn = open(path).map_err(damaged)?;
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(damaged)?;
    if check != "ok" {
        return Err(Error::Invalid(format!(
            "{shown}: the collection inside the package is damaged (SQLite reports: {}) — export it from Anki again",
            check.chars().take(200).collect::<String>()
        )));
    }
    read_tables(&conn).map_err(|e| match e {
        Failure::Sql(e) => damaged(e),
        Failure::Json(what) => Error::Invalid(format!(
            "{shown}: the collection's {what} cannot be read — export it from Anki again"
        )),
    })
}

/// Opens a collection read only, with the `unicase` collation Anki's
/// schema 18 names (SQLite needs it to check those indexes).
fn open(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.create_collation("unicase", |a, b| a.to_lowercase().cmp(&b.to_lowercase()))?;
    Ok(conn)
}

/// Why a table could not be read.
enum Failure {
    Sql(rusqlite::Error),
    /// A JSON or protobuf value that does not parse; says which.
    Json(&'static str),
}

impl From<rusqlite::Error> for Failure {
    fn from(e: rusqlite::Error) -> Self {
        Failure::Sql(e)
    }
}

fn read_tables(conn: &Connection) -> Result<Collection, Failure> {
    let (created, conf, models, decks): (i64, String, String, String) =
        conn.query_row("SELECT crt, conf, models, decks FROM col", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
    let schema18 = conn
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'notetypes'")?
        .exists([])?;
    let (notetypes, decks, created_offset) = if schema18 {
        (notetypes18(conn)?, decks18(conn)?, offset18(conn)?)
    } else {
        let conf: Value = serde_json::from_str(&conf).map_err(|_| Failure::Json("settings"))?;
        (
            notetypes11(&models)?,
            decks11(&decks)?,
            conf.get("creationOffset").and_then(Value::as_i64),
        )
    };
    Ok(Collection {
        created,
        created_offset,
        notetypes,
        decks,
        notes: notes(conn)?,
        cards: cards(conn)?,
        revlog: revlog(conn)?,
    })
}

fn notes(conn: &Connection) -> rusqlite::Result<Vec<Note>> {
    let mut stmt = conn.prepare("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        let tags: String = r.get(3)?;
        let fields: String = r.get(4)?;
        Ok(Note {
            id: r.get(0)?,
            guid: r.get(1)?,
            notetype: r.get(2)?,
            tags: tags.split_whitespace().map(String::from).collect(),
            fields: fields.split('\x1f').map(String::from).collect(),
        })
    })?;
    rows.collect()
}

fn cards(conn: &Connection) -> rusqlite::Result<Vec<Card>> {
    let mut stmt = conn.prepare(
        "SELECT id, nid, did, ord, type, queue, due, ivl, factor, lapses, odid, odue, data, left, reps
         FROM cards ORDER BY nid, ord",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Card {
            id: r.get(0)?,
            note: r.get(1)?,
            deck: r.get(2)?,
            ord: r.get(3)?,
            kind: r.get(4)?,
            queue: r.get(5)?,
            due: r.get(6)?,
            interval: r.get(7)?,
            factor: r.get(8)?,
            lapses: r.get(9)?,
            original_deck: r.get(10)?,
            original_due: r.get(11)?,
            data: r.get(12)?,
            left: r.get(13)?,
            reps: r.get(14)?,
        })
    })?;
    rows.collect()
}

fn revlog(conn: &Connection) -> rusqlite::Result<Vec<Revlog>> {
    let mut stmt = conn.prepare(
        "SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY cid, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Revlog {
            id: r.get(0)?,
            card: r.get(1)?,
            ease: r.get(2)?,
            interval: r.get(3)?,
            last_interval: r.get(4)?,
            factor: r.get(5)?,
            time_ms: r.get(6)?,
            kind: r.get(7)?,
        })
    })?;
    rows.collect()
}

/// Schema 11 keeps the note types as one JSON object in `col.models`.
fn notetypes11(models: &str) -> Result<HashMap<i64, Notetype>, Failure> {
    let bad = || Failure::Json("note types");
    let models: HashMap<String, Value> = serde_json::from_str(models).map_err(|_| bad())?;
    let mut out = HashMap::new();
    for (id, m) in models {
        let id: i64 = id.parse().map_err(|_| bad())?;
        let by_ord = |key: &str| -> Vec<Value> {
            let mut items = m
                .get(key)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            items.sort_by_key(|v| v.get("ord").and_then(Value::as_i64).unwrap_or(0));
            items
        };
        let text =
            |v: &Value, key: &str| v.get(key).and_then(Value::as_str).unwrap_or("").to_string();
        out.insert(
            id,
            Notetype {
                name: text(&m, "name"),
                cloze: m.get("type").and_then(Value::as_i64) == Some(1),
                stock_kind: m
                    .get("originalStockKind")
                    .and_then(Value::as_u64)
                    .unwrap_or(0),
                fields: by_ord("flds").iter().map(|f| text(f, "name")).collect(),
                templates: by_ord("tmpls")
                    .iter()
                    .map(|t| (text(t, "qfmt"), text(t, "afmt")))
                    .collect(),
            },
        );
    }
    Ok(out)
}

fn decks11(decks: &str) -> Result<HashMap<i64, String>, Failure> {
    let bad = || Failure::Json("decks");
    let decks: HashMap<String, Value> = serde_json::from_str(decks).map_err(|_| bad())?;
    decks
        .into_iter()
        .map(|(id, d)| {
            let id: i64 = id.parse().map_err(|_| bad())?;
            let name = d.get("name").and_then(Value::as_str).ok_or_else(bad)?;
            Ok((id, name.to_string()))
        })
        .collect()
}

/// Schema 18 keeps note types in tables, their settings as protobuf.
fn notetypes18(conn: &Connection) -> Result<HashMap<i64, Notetype>, Failure> {
    let mut out = HashMap::new();
    let mut stmt = conn.prepare("SELECT id, name, config FROM notetypes")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let config: Vec<u8> = r.get(2)?;
        let fields = proto::fields(&config).ok_or(Failure::Json("note types"))?;
        let notetype = Notetype {
            name: r.get(1)?,
            cloze: proto::varint_field(&fields, 1) == 1,
            stock_kind: proto::varint_field(&fields, 9),
            ..Notetype::default()
        };
        out.insert(r.get::<_, i64>(0)?, notetype);
    }
    let mut stmt = conn.prepare("SELECT ntid, name FROM fields ORDER BY ntid, ord")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(nt) = out.get_mut(&r.get::<_, i64>(0)?) {
            nt.fields.push(r.get(1)?);
        }
    }
    let mut stmt = conn.prepare("SELECT ntid, config FROM templates ORDER BY ntid, ord")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let config: Vec<u8> = r.get(1)?;
        let f = proto::fields(&config).ok_or(Failure::Json("card templates"))?;
        if let Some(nt) = out.get_mut(&r.get::<_, i64>(0)?) {
            let (q, a) = (proto::string_field(&f, 1), proto::string_field(&f, 2));
            nt.templates.push((q.to_string(), a.to_string()));
        }
    }
    Ok(out)
}

/// Schema 18 deck names separate their levels with U+001F.
fn decks18(conn: &Connection) -> rusqlite::Result<HashMap<i64, String>> {
    let mut stmt = conn.prepare("SELECT id, name FROM decks")?;
    let rows = stmt.query_map([], |r| {
        let name: String = r.get(1)?;
        Ok((r.get(0)?, name.replace('\x1f', "::")))
    })?;
    rows.collect()
}

fn offset18(conn: &Connection) -> Result<Option<i64>, Failure> {
    let value: Option<Vec<u8>> = conn
        .prepare("SELECT val FROM config WHERE KEY = 'creationOffset'")?
        .query_row([], |r| r.get(0))
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })?;
    Ok(value.and_then(|v| serde_json::from_slice::<Value>(&v).ok()?.as_i64()))
}
