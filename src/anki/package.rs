//! An Anki package (`.apkg`, `.colpkg`: a zip archive) opened within
//! limits: its collection unpacked to a temporary file, and the number of
//! media files it carries; and a package written.

use std::fs::File;
use std::io::{self, BufReader, Read, Seek, Write};
use std::path::Path;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::proto;
use crate::error::{Error, Result};

/// The most recall unpacks from a package's collection: 1 GiB.
pub const MAX_UNPACKED: u64 = 1 << 30;
/// The most bytes unpacked for each byte packed, past the first mebibyte
/// (a zip bomb packs gigabytes of nothing into kilobytes).
pub const MAX_RATIO: u64 = 200;
/// The most recall reads of a package's list of media files: 16 MiB.
const MAX_MEDIA_LIST: u64 = 16 << 20;

/// Which collection a package holds, newest first: Anki reads the newest
/// one present, and a current package also carries an old-format
/// collection.anki2 that only tells old versions to upgrade.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `collection.anki21b`: schema 18, zstd-compressed (Anki 2.1.50 on).
    Latest,
    /// `collection.anki21`: schema 11 (Anki 2.1).
    Legacy2,
    /// `collection.anki2`: schema 11 (Anki 2.0).
    Legacy1,
}

impl Format {
    const ALL: [Format; 3] = [Format::Latest, Format::Legacy2, Format::Legacy1];

    pub fn entry(self) -> &'static str {
        match self {
            Format::Latest => "collection.anki21b",
            Format::Legacy2 => "collection.anki21",
            Format::Legacy1 => "collection.anki2",
        }
    }
}

/// A package opened: its collection as a temporary SQLite file.
pub struct Unpacked {
    pub collection: tempfile::NamedTempFile,
    pub format: Format,
    /// The media files the package carries (recall keeps none of them).
    pub media_files: u64,
}

/// Opens the package at `path`, checks every entry's name, and unpacks its
/// collection. Every failure is a clear error; nothing is left behind.
pub fn unpack(path: &Path) -> Result<Unpacked> {
    let shown = path.display();
    let file = File::open(path).map_err(|e| Error::read(path, e))?;
    let meta = file.metadata().map_err(|e| Error::read(path, e))?;
    if !meta.is_file() {
        return Err(Error::Invalid(format!(
            "{shown} is not a regular file — give the path of an .apkg or .colpkg file"
        )));
    }
    let mut zip = ZipArchive::new(BufReader::new(file)).map_err(|e| {
        Error::Invalid(format!(
            "{shown} is not a complete Anki package ({e}) — export it from Anki again"
        ))
    })?;
    check_names(&shown.to_string(), &zip)?;
    let format = Format::ALL
        .into_iter()
        .find(|f| zip.index_for_name(f.entry()).is_some())
        .ok_or_else(|| {
            Error::Invalid(format!(
                "{shown} holds no Anki collection (collection.anki21b, .anki21 or .anki2) — export the deck from Anki as an .apkg"
            ))
        })?;
    let collection = extract(&shown.to_string(), &mut zip, format)?;
    let media_files = media_count(&shown.to_string(), &mut zip, format)?;
    Ok(Unpacked {
        collection,
        format,
        media_files,
    })
}

/// Refuses a package with an entry whose name could point outside it
/// (`../x`, `/etc/x`, `C:\x`), as a careless unzip would follow it.
fn check_names<R: Read + Seek>(shown: &str, zip: &ZipArchive<R>) -> Result<()> {
    for i in 0..zip.len() {
        let name = match zip.name_for_index(i) {
            Some(Ok(name)) => name,
            _ => {
                return Err(Error::Invalid(format!(
                "{shown}: entry {} of the package has no readable name — export it from Anki again",
                i + 1
            )))
            }
        };
        if !safe_name(&name) {
            let shown_name: String = name.chars().take(80).collect();
            return Err(Error::Invalid(format!(
                "{shown}: the package holds an entry named '{}' that points outside it; recall refuses such packages — export it from Anki again",
                crate::render::sanitize(&shown_name, false)
            )));
        }
    }
    Ok(())
}

/// A relative name with no `..` part, no drive and no NUL.
pub fn safe_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    let drive = bytes.len() >= 2 && bytes[1] == b':' && bytes[0].is_ascii_alphabetic();
    !name.is_empty()
        && !name.starts_with(['/', '\\'])
        && !drive
        && !name.contains('\0')
        && !name.split(['/', '\\']).any(|part| part == "..")
}

/// Unpacks the collection entry (through zstd for the latest format) into
/// a temporary file, within the limits.
fn extract<R: Read + Seek>(
    shown: &str,
    zip: &mut ZipArchive<R>,
    format: Format,
) -> Result<tempfile::NamedTempFile> {
    let damaged = |e: &dyn std::fmt::Display| {
        Error::Invalid(format!(
            "{shown}: the package's {} is damaged ({e}) — export it from Anki again",
            format.entry()
        ))
    };
    let entry = zip.by_name(format.entry()).map_err(|e| damaged(&e))?;
    let limit = limit_for(entry.compressed_size());
    let mut out =
        tempfile::NamedTempFile::new().map_err(|e| Error::write(&std::env::temp_dir(), e))?;
    let copied = match format {
        Format::Latest => {
            let decoder = zstd::stream::read::Decoder::new(entry).map_err(|e| damaged(&e))?;
            copy_within(decoder, out.as_file_mut(), limit)
        }
        Format::Legacy2 | Format::Legacy1 => copy_within(entry, out.as_file_mut(), limit),
    };
    match copied {
        Ok(Some(_)) => Ok(out),
        Ok(None) => Err(too_large(shown, format.entry(), limit)),
        Err(Copy::Read(e)) => Err(damaged(&e)),
        Err(Copy::Write(e)) => Err(Error::write(&std::env::temp_dir(), e)),
    }
}

/// The most an entry of `packed` bytes may unpack to.
pub fn limit_for(packed: u64) -> u64 {
    packed
        .saturating_mul(MAX_RATIO)
        .clamp(1 << 20, MAX_UNPACKED)
}

fn too_large(shown: &str, entry: &str, limit: u64) -> Error {
    Error::Invalid(format!(
        "{shown}: the package's {entry} unpacks to more than {} MiB (recall unpacks at most 1 GiB, and at most {MAX_RATIO} bytes for each byte packed); it looks like a zip bomb, so nothing was imported",
        limit >> 20
    ))
}

enum Copy {
    Read(io::Error),
    Write(io::Error),
}

/// Copies at most `limit` bytes; `None` when there were more.
fn copy_within(mut from: impl Read, to: &mut impl Write, limit: u64) -> Result<Option<u64>, Copy> {
    let mut buf = vec![0u8; 64 * 1024];
    let mut total = 0u64;
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) => return Ok(Some(total)),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Copy::Read(e)),
        };
        total += n as u64;
        if total > limit {
            return Ok(None);
        }
        to.write_all(&buf[..n]).map_err(Copy::Write)?;
    }
}

/// How many media files the package's list names: a JSON object in the
/// legacy formats, a zstd-compressed protobuf list in the latest.
fn media_count<R: Read + Seek>(
    shown: &str,
    zip: &mut ZipArchive<R>,
    format: Format,
) -> Result<u64> {
    let damaged = || {
        Error::Invalid(format!(
            "{shown}: the package's list of media files is damaged — export it from Anki again"
        ))
    };
    let Ok(entry) = zip.by_name("media") else {
        return Ok(0);
    };
    let mut bytes = Vec::new();
    let copied = match format {
        Format::Latest => {
            let decoder = zstd::stream::read::Decoder::new(entry).map_err(|_| damaged())?;
            copy_within(decoder, &mut bytes, MAX_MEDIA_LIST)
        }
        Format::Legacy2 | Format::Legacy1 => copy_within(entry, &mut bytes, MAX_MEDIA_LIST),
    };
    match copied {
        Ok(Some(_)) => {}
        Ok(None) => return Err(too_large(shown, "media list", MAX_MEDIA_LIST)),
        Err(_) => return Err(damaged()),
    }
    let count = match format {
        Format::Latest => proto::fields(&bytes).map(|f| f.len()),
        Format::Legacy2 | Format::Legacy1 => {
            serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&bytes)
                .ok()
                .map(|m| m.len())
        }
    };
    count.map(|n| n as u64).ok_or_else(damaged)
}

/// Writes a legacy package: the collection file as `collection.anki21`
/// (schema 11, which every Anki from 2.1 on imports) and an empty media
/// list, to `out`.
pub fn write(collection: &Path, out: impl Write + Seek) -> Result<()> {
    let failed = |e: &dyn std::fmt::Display| {
        Error::write(
            Path::new("the package"),
            std::io::Error::other(e.to_string()),
        )
    };
    let mut zip = ZipWriter::new(out);
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    zip.start_file(Format::Legacy2.entry(), options)
        .map_err(|e| failed(&e))?;
    let mut file = File::open(collection).map_err(|e| failed(&e))?;
    io::copy(&mut file, &mut zip).map_err(|e| failed(&e))?;
    zip.start_file("media", options).map_err(|e| failed(&e))?;
    zip.write_all(b"{}").map_err(|e| failed(&e))?;
    zip.finish().map_err(|e| failed(&e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_leave_the_package_are_refused() {
        for bad in [
            "../x",
            "a/../../x",
            "/etc/passwd",
            "\\x",
            "C:\\x",
            "c:x",
            "a\0b",
            "",
            "..\\x",
        ] {
            assert!(!safe_name(bad), "{bad:?}");
        }
        for good in ["collection.anki21b", "media", "0", "a/b", "a..b", "...x"] {
            assert!(safe_name(good), "{good:?}");
        }
    }

    #[test]
    fn the_limit_grows_with_the_packed_size_up_to_the_cap() {
        assert_eq!(limit_for(0), 1 << 20);
        assert_eq!(limit_for(1 << 20), 200 << 20);
        assert_eq!(limit_for(1 << 40), MAX_UNPACKED);
    }

    #[test]
    fn copying_stops_past_the_limit() {
        let mut out = Vec::new();
        assert!(matches!(
            copy_within(&[0u8; 10][..], &mut out, 10),
            Ok(Some(10))
        ));
        assert!(matches!(
            copy_within(&[0u8; 11][..], &mut Vec::new(), 10),
            Ok(None)
        ));
    }
}
