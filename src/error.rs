//! The one error type of recall, and the exit code each kind of failure maps
//! to. Every message is one sentence that names the file (and line, column
//! or card) and says what to do; `main` prints it once, sanitised.

use std::io;
use std::path::{Path, PathBuf};

/// Exit code for bad input data (sysexits `EX_DATAERR`).
pub const EXIT_DATA: i32 = 65;
/// Exit code for an I/O or database failure (sysexits `EX_IOERR`).
pub const EXIT_IO: i32 = 74;
/// Exit code for a usage error, as clap uses it.
pub const EXIT_USAGE: i32 = 2;

/// Everything that can go wrong in recall.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line was understood by clap but does not make sense.
    #[error("{0}")]
    Usage(String),
    /// A file's content is wrong at a place (`line`, `column` from 1, when known).
    #[error("{}", at(path, *line, *column, message))]
    Input {
        path: String,
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
    /// Card `index` (from 1) of a deck file is wrong.
    #[error("{path}: card {index}{}: {message}", id_part(id))]
    Card {
        path: String,
        index: usize,
        id: Option<String>,
        message: String,
    },
    /// Bad input that belongs to no file: a grade, a setting, an argument's value.
    #[error("{0}")]
    Invalid(String),
    #[error("there is no deck named '{}'; `recall decks` lists the decks", excerpt(.0, QUOTED))]
    NoSuchDeck(String),
    #[error("no card has the id {}; nothing was changed — `recall cards` shows the ids", excerpt(.0, QUOTED))]
    NoSuchCard(String),
    #[error("cannot read {}: {}", path.display(), reason(source))]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// An input that is a directory, a pipe, a device or a socket.
    #[error("cannot read {}: it is {kind}, not a file — {}", path.display(), file_hint(kind))]
    NotAFile { path: PathBuf, kind: &'static str },
    /// An input larger than recall reads of its kind.
    #[error("{} is {}; recall reads {what} of up to {} — {fix}", path.display(), size_text(*size), size_text(*limit))]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
        what: &'static str,
        fix: &'static str,
    },
    #[error("cannot write {}: {}", path.display(), reason(source))]
    Write {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{} is not a recall collection; it was left untouched — choose another file with --db or RECALL_DB", path.display())]
    NotACollection { path: PathBuf },
    #[error("{} is a collection of schema version {found}, written by a newer recall (this one knows version {known}); upgrade recall to open it", path.display())]
    NewerCollection {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{} is a collection of schema version {found}, from a development build before the first release; export its decks with that build (`recall export --with-history`) and import them here", path.display())]
    OlderCollection { path: PathBuf, found: i64 },
    /// SQLite failed; `kind` says how, in words a user can act on.
    #[error("{}", database(path.as_deref(), *kind, source))]
    Database {
        path: Option<PathBuf>,
        kind: DbFailure,
        #[source]
        source: rusqlite::Error,
    },
    /// Standard output was closed (`recall cards | head`): stop quietly.
    #[error("standard output was closed")]
    BrokenPipe,
}

/// What kind of database failure happened, told apart by SQLite's code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbFailure {
    /// Another process holds the collection for longer than we wait.
    Locked,
    ReadOnly,
    DiskFull,
    Corrupt,
    Other,
}

impl DbFailure {
    fn of(e: &rusqlite::Error) -> DbFailure {
        use rusqlite::ErrorCode as C;
        match e.sqlite_error_code() {
            Some(C::DatabaseBusy | C::DatabaseLocked) => DbFailure::Locked,
            Some(C::ReadOnly) => DbFailure::ReadOnly,
            Some(C::DiskFull) => DbFailure::DiskFull,
            Some(C::DatabaseCorrupt | C::NotADatabase) => DbFailure::Corrupt,
            _ => DbFailure::Other,
        }
    }
}

impl Error {
    /// Bad input in `path`, at no particular place.
    pub fn input(path: impl Into<String>, message: impl Into<String>) -> Error {
        Error::Input {
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// Bad input in `path` at `line` (from 1), any column.
    pub fn at_line(path: impl Into<String>, line: usize, message: impl Into<String>) -> Error {
        Error::Input {
            path: path.into(),
            line: Some(line),
            column: None,
            message: message.into(),
        }
    }

    pub fn read(path: &Path, source: io::Error) -> Error {
        Error::Read {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn write(path: &Path, source: io::Error) -> Error {
        Error::Write {
            path: path.to_path_buf(),
            source,
        }
    }

    /// Names the collection in a database error that does not name it yet.
    pub fn in_collection(self, db: &Path) -> Error {
        match self {
            Error::Database {
                path: None,
                kind,
                source,
            } => Error::Database {
                path: Some(db.to_path_buf()),
                kind,
                source,
            },
            e => e,
        }
    }

    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => EXIT_USAGE,
            Error::Input { .. }
            | Error::Card { .. }
            | Error::Invalid(_)
            | Error::NoSuchDeck(_)
            | Error::NoSuchCard(_)
            | Error::TooLarge { .. }
            | Error::NotACollection { .. } => EXIT_DATA,
            Error::Read { .. }
            | Error::NotAFile { .. }
            | Error::Write { .. }
            | Error::NewerCollection { .. }
            | Error::OlderCollection { .. } => EXIT_IO,
            Error::Database { kind, .. } => match kind {
                DbFailure::Corrupt => EXIT_DATA,
                _ => EXIT_IO,
            },
            Error::BrokenPipe => 0,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(source: rusqlite::Error) -> Self {
        Error::Database {
            path: None,
            kind: DbFailure::of(&source),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What a file system entry that is not a regular file is ("a pipe"), or
/// `None` for a regular file.
pub fn not_a_file(meta: &std::fs::Metadata) -> Option<&'static str> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a pipe");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
    }
    Some("a special file")
}

/// What to do instead of reading what is not a file.
fn file_hint(kind: &str) -> &'static str {
    match kind {
        "a pipe" => "save what the pipe gives to a file and give the path of that file",
        _ => "give the path of a file",
    }
}

/// A size in the largest binary unit that keeps it above 1 ("16 MiB",
/// "1.5 GiB").
fn size_text(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    let text = format!("{value:.1}");
    let text = text.strip_suffix(".0").unwrap_or(&text);
    format!("{text} {}", UNITS[unit])
}

fn at(path: &str, line: Option<usize>, column: Option<usize>, message: &str) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!("{path}:{l}:{c}: {message}"),
        (Some(l), None) => format!("{path}:{l}: {message}"),
        _ => format!("{path}: {message}"),
    }
}

fn id_part(id: &Option<String>) -> String {
    id.as_ref()
        .map(|id| format!(" (id \"{}\")", excerpt(id, QUOTED)))
        .unwrap_or_default()
}

/// How many characters of a name, id or value from the input a message
/// quotes: enough to find it, never the whole of a giant one.
pub const QUOTED: usize = 60;

/// At most `max` characters of `text`, with `…` where it was cut: what a
/// message quotes of its input.
pub fn excerpt(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// An I/O error in plain words, without Rust's "(os error 2)".
fn reason(e: &io::Error) -> String {
    use io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "there is no such file".to_string(),
        K::PermissionDenied => "permission denied".to_string(),
        K::IsADirectory => "it is a directory, not a file".to_string(),
        K::AlreadyExists => "it already exists".to_string(),
        K::StorageFull => "the disk is full".to_string(),
        K::ReadOnlyFilesystem => "the file system is read-only".to_string(),
        K::InvalidData => "it is not valid text".to_string(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_lowercase(),
                None => text,
            }
        }
    }
}

fn database(path: Option<&Path>, kind: DbFailure, source: &rusqlite::Error) -> String {
    let name = path.map_or_else(
        || "the collection".to_string(),
        |p| format!("the collection {}", p.display()),
    );
    match kind {
        DbFailure::Locked => format!(
            "{name} is busy: another recall has been writing to it for too long; try again when it is done"
        ),
        DbFailure::ReadOnly => format!(
            "{name} is read-only, so this command cannot change it; commands that only read it still work"
        ),
        DbFailure::DiskFull => format!("the disk holding {name} is full; free some space and try again"),
        DbFailure::Corrupt => format!(
            "{name} is damaged ({source}); restore it from a backup made with `recall export --with-history`"
        ),
        DbFailure::Other => format!("{name} failed: {source}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sqlite(code: i32) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None)
    }

    #[test]
    fn database_failures_are_told_apart_and_name_the_collection() {
        let db = Path::new("/data/c.sqlite3");
        let cases = [
            (rusqlite::ffi::SQLITE_BUSY, "the collection /data/c.sqlite3 is busy: another recall has been writing to it for too long; try again when it is done", 74),
            (rusqlite::ffi::SQLITE_READONLY, "the collection /data/c.sqlite3 is read-only, so this command cannot change it; commands that only read it still work", 74),
            (rusqlite::ffi::SQLITE_FULL, "the disk holding the collection /data/c.sqlite3 is full; free some space and try again", 74),
        ];
        for (code, message, exit) in cases {
            let e = Error::from(sqlite(code)).in_collection(db);
            assert_eq!(e.to_string(), message);
            assert_eq!(e.exit_code(), exit);
        }
        let e = Error::from(sqlite(rusqlite::ffi::SQLITE_CORRUPT));
        assert!(
            e.to_string().starts_with("the collection is damaged ("),
            "{e}"
        );
        assert_eq!(e.exit_code(), 65);
    }

    #[test]
    fn sizes_and_excerpts_stay_short() {
        let sizes: Vec<String> = [1000, 1024, 1536, 16 << 20, (4 << 30) + 1]
            .into_iter()
            .map(size_text)
            .collect();
        assert_eq!(sizes, ["1000 bytes", "1 KiB", "1.5 KiB", "16 MiB", "4 GiB"]);
        assert_eq!(excerpt("abcdef", 3), "abc…");
        assert_eq!(excerpt("abc", 3), "abc");
        let e = Error::NoSuchDeck("d".repeat(1000));
        assert_eq!(
            e.to_string(),
            format!(
                "there is no deck named '{}…'; `recall decks` lists the decks",
                "d".repeat(QUOTED)
            )
        );
    }

    #[test]
    fn messages_read_as_sentences() {
        let e = Error::read(
            Path::new("deck.json"),
            io::Error::from(io::ErrorKind::NotFound),
        );
        assert_eq!(
            e.to_string(),
            "cannot read deck.json: there is no such file"
        );
        assert_eq!(e.exit_code(), 74);
        let e = Error::Input {
            path: "d.json".into(),
            line: Some(3),
            column: Some(7),
            message: "expected a string".into(),
        };
        assert_eq!(e.to_string(), "d.json:3:7: expected a string");
        let e = Error::Card {
            path: "d.json".into(),
            index: 2,
            id: Some("x".into()),
            message: "the front is empty".into(),
        };
        assert_eq!(
            e.to_string(),
            "d.json: card 2 (id \"x\"): the front is empty"
        );
        assert_eq!(e.exit_code(), 65);
        assert_eq!(
            Error::at_line("n.md", 4, "a bad line").to_string(),
            "n.md:4: a bad line"
        );
    }
}
