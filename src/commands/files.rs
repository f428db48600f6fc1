//! Reading input files — regular files only, each kind within its size
//! limit — and writing output files whole.

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

use crate::error::{self, Error, Result};

/// A kind of input file and the most of it recall reads. The limits are
/// far above any real file; they keep a wrong path (a disk image, a log)
/// from filling the memory or running for hours.
#[derive(Debug, Clone, Copy)]
pub struct Input {
    what: &'static str,
    limit: u64,
    fix: &'static str,
}

/// Study notes, read whole and parsed in memory: 16 MiB.
pub const NOTES: Input = Input {
    what: "notes files",
    limit: 16 << 20,
    fix: "split the notes into several files",
};

/// Anki's text export, read whole: 128 MiB.
pub const ANKI_TEXT: Input = Input {
    what: "Anki text files",
    limit: 128 << 20,
    fix: "export the deck from Anki in parts",
};

/// A native deck, streamed card by card: 4 GiB, room for millions of cards
/// with their history. The limit bounds the time an import takes, not
/// its memory.
pub const DECK: Input = Input {
    what: "deck files",
    limit: 4 << 30,
    fix: "split the deck into several files",
};

/// An Anki package: its reader unpacks within limits of its own
/// (`anki::package`), so any size of file is read.
pub const PACKAGE: Input = Input {
    what: "Anki packages",
    limit: u64::MAX,
    fix: "",
};

impl Input {
    /// The most recall reads of this kind of file, in bytes.
    pub fn limit(self) -> u64 {
        self.limit
    }
}

/// Opens an input file of `kind`: a regular file no larger than its limit.
/// What is not a regular file is refused before it is opened: opening a
/// pipe would wait for a writer, and a device never ends.
pub fn open_input(path: &Path, kind: Input) -> Result<File> {
    let meta = std::fs::metadata(path).map_err(|e| Error::read(path, e))?;
    check(path, &meta, kind)?;
    let file = File::open(path).map_err(|e| Error::read(path, e))?;
    check(
        path,
        &file.metadata().map_err(|e| Error::read(path, e))?,
        kind,
    )?;
    Ok(file)
}

fn check(path: &Path, meta: &std::fs::Metadata, kind: Input) -> Result<()> {
    if let Some(what) = error::not_a_file(meta) {
        return Err(Error::NotAFile {
            path: path.to_path_buf(),
            kind: what,
        });
    }
    if meta.len() > kind.limit {
        return Err(too_large(path, meta.len(), kind));
    }
    Ok(())
}

fn too_large(path: &Path, size: u64, kind: Input) -> Error {
    Error::TooLarge {
        path: path.to_path_buf(),
        size,
        limit: kind.limit,
        what: kind.what,
        fix: kind.fix,
    }
}

/// An input file of `kind`, whole, as bytes (at most its limit, even if
/// it grows while it is read).
pub fn read_bytes(path: &Path, kind: Input) -> Result<Vec<u8>> {
    let file = open_input(path, kind)?;
    let mut bytes = Vec::new();
    file.take(kind.limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::read(path, e))?;
    if bytes.len() as u64 > kind.limit {
        return Err(too_large(path, bytes.len() as u64, kind));
    }
    Ok(bytes)
}

/// The first `n` bytes of an input file of `kind`, to tell its format.
pub fn head(path: &Path, kind: Input, n: u64) -> Result<Vec<u8>> {
    let file = open_input(path, kind)?;
    let mut bytes = Vec::new();
    file.take(n)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::read(path, e))?;
    Ok(bytes)
}

/// Reads an input file of `kind` as UTF-8, with an error that says where a
/// bad byte is.
pub fn read_text(path: &Path, kind: Input) -> Result<String> {
    let bytes = read_bytes(path, kind)?;
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let valid = &bytes[..e.utf8_error().valid_up_to()];
        let before = std::str::from_utf8(valid).unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Error::Input {
            path: path.display().to_string(),
            line: Some(line),
            column: Some(column),
            message: "the file is not UTF-8 text — save it as UTF-8 and try again".into(),
        }
    })
}

/// Writes `text` to `path` through a temporary file beside it, flushed to
/// the disk and then renamed over `path`: a reader sees the old file or the
/// new one, never half of one, even if the power fails.
///
/// A path that is a device or a pipe (`-o /dev/stdout`) is written to as it
/// is: renaming a file over it would replace the device itself.
pub fn write_atomically(path: &Path, content: impl AsRef<[u8]>) -> Result<()> {
    if let Some(kind) = std::fs::metadata(path)
        .ok()
        .and_then(|m| error::not_a_file(&m))
    {
        if kind == "a directory" {
            return Err(Error::write(
                path,
                std::io::Error::from(std::io::ErrorKind::IsADirectory),
            ));
        }
        return std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .and_then(|mut f| f.write_all(content.as_ref()))
            .map_err(|e| Error::write(path, e));
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::write(path, e))?;
    file.write_all(content.as_ref())
        .and_then(|()| file.as_file().sync_all())
        .map_err(|e| Error::write(path, e))?;
    file.persist(path)
        .map_err(|e| Error::write(path, e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_byte_is_named_by_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("n.md");
        std::fs::write(&p, b"# Notes\nCaf\xe9 au lait\n").unwrap();
        let e = read_text(&p, NOTES).unwrap_err().to_string();
        assert_eq!(
            e,
            format!(
                "{}:2:4: the file is not UTF-8 text — save it as UTF-8 and try again",
                p.display()
            )
        );
    }

    #[test]
    fn inputs_are_files_within_their_limit() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("n.md");
        std::fs::write(&p, "0123456789a").unwrap();
        let small = Input {
            what: "test files",
            limit: 10,
            fix: "make it smaller",
        };
        let e = read_text(&p, small).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "{} is 11 bytes; recall reads test files of up to 10 bytes — make it smaller",
                p.display()
            )
        );
        assert_eq!(e.exit_code(), 65);
        assert_eq!(read_text(&p, NOTES).unwrap(), "0123456789a");
        assert_eq!(head(&p, NOTES, 4).unwrap(), b"0123");
        let e = read_text(dir.path(), NOTES).unwrap_err();
        assert!(
            e.to_string()
                .ends_with("it is a directory, not a file — give the path of a file"),
            "{e}"
        );
        assert_eq!(e.exit_code(), 74);
    }

    #[test]
    fn an_atomic_write_replaces_the_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("deck.json");
        std::fs::write(&p, "old").unwrap();
        write_atomically(&p, "new text").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new text");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
        let e = write_atomically(&dir.path().join("no/such/dir/x.json"), "x").unwrap_err();
        assert!(e.to_string().starts_with("cannot write"), "{e}");
    }
}
