//! `recall import`: decks from files into the collection, in one transaction.

use std::path::Path;

use crate::cli::{ImportArgs, ImportFormat};
use crate::deck::{self, anki_text, DeckReader};
use crate::error::{Error, Result};
use crate::render::{self, num};
use crate::source::{self, SourceFile};
use crate::store::{ImportCount, ImportDeck, ImportOptions, NewCard, Store};

use super::Context;

/// The decks compiled into the binary, imported on a first `review`.
pub const BUNDLED: &[(&str, &str)] = &[(
    "aws-shared-responsibility.json",
    include_str!("../../decks/aws-shared-responsibility.json"),
)];

pub fn run(ctx: &Context, args: &ImportArgs) -> Result<()> {
    let (packages, reports) = anki_packages(ctx, args)?;
    let texts = args
        .files
        .iter()
        .filter(|path| !is_package(path, args.format))
        .map(|path| {
            Ok((
                path.as_path(),
                path.display().to_string(),
                read_deck_text(path)?,
            ))
        })
        .collect::<Result<Vec<_>>>()?;
    let options = ImportOptions {
        dry_run: args.dry_run,
        prune: args.prune,
    };
    // Every file is read whole and checked as JSON, notes or Anki text before
    // the collection is touched; the cards of a native deck are then parsed
    // on a second thread while the first are stored. A bad card rolls the
    // whole import back.
    std::thread::scope(|scope| {
        let mut decks = Vec::with_capacity(texts.len() + packages.len());
        for (path, shown, text) in &texts {
            decks.extend(load(
                scope,
                path,
                shown,
                text,
                args.format,
                args.deck.as_deref(),
            )?);
        }
        for d in packages {
            decks.push(ImportDeck::from(d));
        }
        let created = !ctx.db.exists();
        let mut store = ctx.open()?;
        let counts = match store.import_stream(decks, ctx.clock.start().timestamp(), options) {
            Ok(counts) => counts,
            Err(e) => {
                // A collection made for this import, which failed, is taken
                // away again rather than left empty.
                if created && store.is_empty()? {
                    drop(store);
                    remove_collection(&ctx.db);
                }
                return Err(e);
            }
        };
        for line in &reports {
            render::note(&ctx.style, &render::sanitize(line, false));
        }
        report(ctx, &counts, args.dry_run, args.prune)
    })
}

/// Whether `path` is read as an Anki package.
fn is_package(path: &Path, format: Option<ImportFormat>) -> bool {
    match format {
        Some(f) => f == ImportFormat::Apkg,
        None => path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("apkg") || e.eq_ignore_ascii_case("colpkg")),
    }
}

/// The decks of the Anki packages among the files (with `--deck` applied),
/// and the report lines of each.
fn anki_packages(ctx: &Context, args: &ImportArgs) -> Result<(Vec<deck::Deck>, Vec<String>)> {
    let paths: Vec<&Path> = args
        .files
        .iter()
        .map(|p| p.as_path())
        .filter(|p| is_package(p, args.format))
        .collect();
    if paths.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let day_start = match ctx.db.exists() {
        true => ctx.open()?.settings()?.day_start_hour,
        false => crate::model::Settings::default().day_start_hour,
    };
    let (mut decks, mut lines) = (Vec::new(), Vec::new());
    for path in paths {
        let (read, report) = crate::anki::import(path, args.with_schedule, day_start)?;
        lines.extend(report.lines(&path.display().to_string()));
        decks.extend(read);
    }
    if let Some(name) = args
        .deck
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        for d in &mut decks {
            d.name = name.to_string();
        }
    }
    Ok((decks, lines))
}

/// Removes a collection file and SQLite's files beside it.
fn remove_collection(db: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(name);
    }
}

/// Imports the bundled decks into `store`; returns what was added.
pub fn import_bundled(ctx: &Context, store: &mut Store) -> Result<Vec<ImportCount>> {
    let decks = BUNDLED
        .iter()
        .map(|(name, text)| deck::parse(name, text))
        .collect::<Result<Vec<_>>>()?;
    store.import(
        &decks,
        ctx.clock.start().timestamp(),
        ImportOptions::default(),
    )
}

fn report(ctx: &Context, counts: &[ImportCount], dry_run: bool, prune: bool) -> Result<()> {
    if ctx.json {
        #[derive(serde::Serialize)]
        struct Out<'a> {
            decks: &'a [ImportCount],
            dry_run: bool,
        }
        return render::json(&Out {
            decks: counts,
            dry_run,
        });
    }
    let mut t = render::table(&["deck", "added", "updated", "unchanged", "not in file"]);
    for c in counts {
        t.add_row(vec![
            comfy_table::Cell::new(render::cell_text(&c.name, None)),
            num(c.added),
            num(c.updated),
            num(c.unchanged),
            num(c.missing),
        ]);
    }
    let mut text = t.to_string();
    text.push('\n');
    let missing: u64 = counts.iter().map(|c| c.missing).sum();
    match (dry_run, prune, missing) {
        (true, ..) => text.push_str("Dry run: nothing was changed.\n"),
        (false, true, 1..) => text.push_str(&format!(
            "Deleted {} that the file no longer has, with their history.\n",
            render::count(missing, "card", "cards")
        )),
        (false, false, 1..) => text.push_str(&format!(
            "{} in the collection no longer in the file: kept with their schedules; `import --prune` deletes them.\n",
            render::count(missing, "card", "cards")
        )),
        _ => {}
    }
    render::out(&text)
}

/// Reads a file as UTF-8, with errors that say where the bad byte is.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| cannot_read(path, &e))?;
    utf8_text(path, bytes)
}

fn utf8_text(path: &Path, bytes: Vec<u8>) -> Result<String> {
    check_utf8(path, &bytes)?;
    Ok(String::from_utf8(bytes).expect("checked"))
}

/// A deck file's text: mapped into memory when it is large, read otherwise.
pub enum DeckText {
    Read(String),
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for DeckText {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            DeckText::Read(s) => s,
            // SAFETY: checked to be UTF-8 when mapped (see read_deck_text).
            DeckText::Mapped(m) => unsafe { std::str::from_utf8_unchecked(m) },
        }
    }
}

/// Reads a deck file as UTF-8. From 1 MB on, the file is mapped instead of
/// copied: a 32 MB deck then costs a few hundred page mappings rather than
/// 8,000 fresh pages of memory filled by a copy (40 ms of a 100,000-card
/// import), and its text is not held twice.
pub fn read_deck_text(path: &Path) -> Result<DeckText> {
    const MAP_FROM: u64 = 1 << 20;
    let file = std::fs::File::open(path).map_err(|e| cannot_read(path, &e))?;
    let len = file.metadata().map_err(|e| cannot_read(path, &e))?.len();
    if len < MAP_FROM {
        let mut bytes = Vec::with_capacity(len as usize);
        std::io::Read::read_to_end(&mut &file, &mut bytes).map_err(|e| cannot_read(path, &e))?;
        return utf8_text(path, bytes).map(DeckText::Read);
    }
    // SAFETY: the mapping is read-only. Like every program that maps the
    // files it reads (ripgrep, for one), recall assumes that a deck is not
    // rewritten by another program during the second or so it is being
    // imported; the text is checked as UTF-8 once, below.
    let map = unsafe { memmap2::Mmap::map(&file) }.map_err(|e| cannot_read(path, &e))?;
    check_utf8(path, &map)?;
    Ok(DeckText::Mapped(map))
}

fn cannot_read(path: &Path, e: &std::io::Error) -> Error {
    let hint = match e.kind() {
        std::io::ErrorKind::NotFound => " — check the path",
        std::io::ErrorKind::PermissionDenied => " — check the file's permissions",
        _ => "",
    };
    Error::io(format!("cannot read {}: {e}{hint}", path.display()))
}

fn check_utf8(path: &Path, bytes: &[u8]) -> Result<()> {
    std::str::from_utf8(bytes).map(|_| ()).map_err(|e| {
        let at = e.valid_up_to();
        let valid = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
        let (line, col) = deck::line_col(valid, valid.len());
        Error::input(format!(
            "{}:{line}:{col}: the file is not UTF-8 text — save it as UTF-8 and try again",
            path.display()
        ))
    })
}

fn guess_format(path: &Path, text: &str) -> Result<ImportFormat> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "json" => Ok(ImportFormat::Native),
        "md" | "markdown" => Ok(ImportFormat::Notes),
        "tsv" | "csv" => Ok(ImportFormat::AnkiText),
        "apkg" | "colpkg" => Ok(ImportFormat::Apkg),
        "txt" | "text" if anki_text::sniff(text) => Ok(ImportFormat::AnkiText),
        "txt" | "text" => Ok(ImportFormat::Notes),
        _ if text.trim_start().starts_with('{') => Ok(ImportFormat::Native),
        _ => Err(Error::usage(format!(
            "{}: cannot tell the deck format from the extension '.{ext}'; recall reads .json decks, .md/.txt notes, .tsv/.csv Anki text and .apkg/.colpkg Anki packages — use --format native|notes|anki-text|apkg",
            path.display()
        ))),
    }
}

/// One file's decks (Anki text may hold several), checked as far as can be
/// without reading every card of a native deck; those are read on a thread
/// of `scope` as the import takes them. `shown` names the file in errors.
fn load<'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    path: &Path,
    shown: &'scope str,
    text: &'scope str,
    format: Option<ImportFormat>,
    deck_name: Option<&str>,
) -> Result<Vec<ImportDeck<'scope>>> {
    let format = match format {
        Some(f) => f,
        None => guess_format(path, text)?,
    };
    let file_name = path
        .file_name()
        .map_or_else(|| shown.to_string(), |n| n.to_string_lossy().into_owned());
    let mut decks = match format {
        ImportFormat::Native => {
            let reader = DeckReader::new(shown, text)?;
            vec![ImportDeck {
                name: reader.name.clone(),
                description: reader.description.clone(),
                expected: reader.len(),
                cards: Box::new(reader.cards_in_background(scope, NewCard::new)),
            }]
        }
        ImportFormat::Notes => {
            let file = SourceFile {
                name: file_name,
                text: text.to_string(),
            };
            vec![deck::validate(shown, source::generate(&[file], deck_name)?)?.into()]
        }
        ImportFormat::AnkiText => {
            let comma = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
            let stem = path
                .file_stem()
                .map_or_else(|| file_name.clone(), |s| s.to_string_lossy().into_owned());
            anki_text::parse(shown, text, if comma { b',' } else { b'\t' }, &stem)?
                .into_iter()
                .map(ImportDeck::from)
                .collect()
        }
        // Packages are read before any text file (see `anki_packages`).
        ImportFormat::Apkg => {
            return Err(Error::Other(format!(
                "{shown}: an Anki package reached the text reader"
            )))
        }
    };
    if let Some(name) = deck_name.map(str::trim).filter(|n| !n.is_empty()) {
        for d in &mut decks {
            d.name = name.to_string();
        }
    }
    Ok(decks)
}
