//! Reading input files as text and writing output files whole.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Reads a file as UTF-8, with an error that says where a bad byte is.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::read(path, e))?;
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
pub fn write_atomically(path: &Path, content: impl AsRef<[u8]>) -> Result<()> {
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
        let e = read_text(&p).unwrap_err().to_string();
        assert_eq!(
            e,
            format!(
                "{}:2:4: the file is not UTF-8 text — save it as UTF-8 and try again",
                p.display()
            )
        );
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
