//! Opening a collection that cannot be written, for the commands that only
//! read it (`due`, `cards`, `decks`, `stats`, `export`, `config`).
//!
//! A collection is in WAL mode, and SQLite reads a WAL database through
//! its `-shm` index, which it must be able to create or open beside the
//! file. When the directory or the file system is read-only and no `-shm`
//! is there, the file is opened `immutable`: SQLite then takes no locks and
//! reads the file alone — what a read-only file system guarantees anyway.
//! A `-wal` left beside it by a writer that stopped is read, not ignored:
//! `immutable` is used only when the plain read-only open fails.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::{schema, Store, BUSY_TIMEOUT};
use crate::error::{Error, Result};

pub fn open(path: &Path) -> Result<Store> {
    use rusqlite::ErrorCode::{CannotOpen, ReadOnly};
    let conn = match connect(path, false) {
        // SQLite says CANTOPEN or READONLY_CANTINIT / _DIRECTORY when it
        // cannot make the `-shm` index.
        Err(e) if matches!(e.sqlite_error_code(), Some(CannotOpen | ReadOnly)) => {
            connect(path, true)?
        }
        opened => opened?,
    };
    let version = schema::check(&conn, path)?;
    if version != schema::VERSION {
        return Err(Error::Invalid(format!(
            "{} is a collection of schema version {version}, which this recall upgrades before reading it, but it is read-only; run recall once where the collection can be written",
            path.display()
        )));
    }
    Ok(Store {
        conn,
        path: path.to_path_buf(),
    })
}

/// A read-only connection to `path` that has read the schema version.
fn connect(path: &Path, immutable: bool) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut uri = format!("file:{}?mode=ro", encode(path));
    if immutable {
        uri.push_str("&immutable=1");
    }
    let conn = Connection::open_with_flags(uri, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // The first read is where a missing `-shm` shows.
    conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))?;
    Ok(conn)
}

/// A path as the path of a `file:` URI: every byte but the unreserved ones
/// and `/` percent-encoded, so that `?`, `#` and `%` in a name stay a name.
fn encode(path: &Path) -> String {
    let mut out = String::new();
    for &b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_uri_characters_are_encoded() {
        assert_eq!(
            encode(Path::new("/a b/c?d#e%f.sqlite3")),
            "/a%20b/c%3Fd%23e%25f.sqlite3"
        );
    }
}
