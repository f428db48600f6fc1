//! `recall import`: decks from files into the collection, in one
//! transaction. A native deck is read on a thread of its own while the
//! cards before are stored, so reading and storing share the cores and an
//! import's memory does not grow with the deck.

use std::path::Path;
use std::sync::mpsc;
use std::thread::Scope;

use crate::anki;
use crate::cli::{ImportArgs, ImportFormat};
use crate::deck::{self, anki_text, Item};
use crate::error::{Error, Result};
use crate::render::{self, sanitize};
use crate::settings::Settings;
use crate::source::{self, SourceFile};
use crate::store::{ImportCount, ImportDeck, ImportOptions, Store};

use super::files::{self, head, open_input};
use super::{read_text, Context, ANKI_TEXT, DECK, NOTES};

/// The decks compiled into the binary, imported on a first `review`.
pub const BUNDLED: &[(&str, &str)] = &[(
    "aws-shared-responsibility.json",
    include_str!("../../decks/aws-shared-responsibility.json"),
)];

/// Cards a reading thread hands over at a time, and batches it may be ahead.
const BATCH: usize = 1024;
const AHEAD: usize = 4;

/// How the files of one import are read.
struct Reading<'a> {
    format: Option<ImportFormat>,
    /// `--deck`: every deck read goes there.
    deck_name: Option<&'a str>,
    /// For Anki packages: bring their schedules, with days that start at
    /// this hour.
    with_schedule: bool,
    day_start: u32,
}

pub fn run(ctx: &Context, args: &ImportArgs) -> Result<()> {
    let options = ImportOptions {
        dry_run: args.dry_run,
        prune: args.prune,
    };
    let reading = Reading {
        format: args.format,
        deck_name: args
            .deck
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty()),
        with_schedule: args.with_schedule,
        day_start: match ctx.db.exists() {
            true => ctx.open()?.settings()?.day_start_hour,
            false => Settings::default().day_start_hour,
        },
    };
    let mut notes = Vec::new();
    std::thread::scope(|scope| {
        let mut decks = Vec::with_capacity(args.files.len());
        for path in &args.files {
            decks.extend(load(scope, path, &reading, &mut notes)?);
        }
        let created = !ctx.db.exists();
        let mut store = ctx.open()?;
        let counts = match store.import(decks, ctx.clock.start().timestamp(), options) {
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
        for line in &notes {
            render::note(&ctx.style, line);
        }
        report(ctx, &counts, args.dry_run, args.prune)
    })
}

/// Imports the bundled decks into `store`; returns what was added.
pub fn import_bundled(ctx: &Context, store: &mut Store) -> Result<Vec<ImportCount>> {
    let decks = BUNDLED
        .iter()
        .map(|(name, text)| deck::parse(name, text).map(ImportDeck::from))
        .collect::<Result<Vec<_>>>()?;
    store.import(
        decks,
        ctx.clock.start().timestamp(),
        ImportOptions::default(),
    )
}

/// Removes a collection file and SQLite's files beside it.
fn remove_collection(db: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(name);
    }
}

/// One file's decks (Anki text and packages may hold several), renamed to
/// `--deck` when it is given. What a package's report says goes to `notes`.
fn load<'s>(
    scope: &'s Scope<'s, '_>,
    path: &'s Path,
    reading: &Reading,
    notes: &mut Vec<String>,
) -> Result<Vec<ImportDeck<'s>>> {
    let shown = path.display().to_string();
    let deck_name = reading.deck_name;
    let format = match reading.format {
        Some(f) => f,
        None => guess_format(path)?,
    };
    let mut decks = match format {
        ImportFormat::Native => vec![native(scope, path, shown.clone())?],
        ImportFormat::Notes => {
            let file = SourceFile {
                name: file_name(path),
                text: read_text(path, NOTES)?,
            };
            let generated = source::generate(&[file], deck_name)?;
            vec![deck::validate(&shown, generated)?.into()]
        }
        ImportFormat::AnkiText => {
            let comma = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
            let stem = path
                .file_stem()
                .map_or_else(|| file_name(path), |s| s.to_string_lossy().into_owned());
            let text = read_text(path, ANKI_TEXT)?;
            anki_text::parse(&shown, &text, if comma { b',' } else { b'\t' }, &stem)?
                .into_iter()
                .map(ImportDeck::from)
                .collect()
        }
        ImportFormat::Apkg => {
            // A package is opened only once it is known to be a file; its
            // reader has limits of its own.
            open_input(path, files::PACKAGE)?;
            let (decks, report) = anki::import(path, reading.with_schedule, reading.day_start)?;
            notes.extend(report.lines(&shown));
            decks.into_iter().map(ImportDeck::from).collect()
        }
    };
    for d in &mut decks {
        d.path = shown.clone();
        if let Some(name) = deck_name {
            d.name = name.to_string();
        }
    }
    Ok(decks)
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The format of a file, from its extension, or for `.txt` and unknown
/// extensions from its first bytes.
fn guess_format(path: &Path) -> Result<ImportFormat> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "json" => Ok(ImportFormat::Native),
        "md" | "markdown" => Ok(ImportFormat::Notes),
        "tsv" | "csv" => Ok(ImportFormat::AnkiText),
        "apkg" | "colpkg" => Ok(ImportFormat::Apkg),
        "txt" | "text" if anki_text::sniff(&String::from_utf8_lossy(&head(path, ANKI_TEXT, 1 << 16)?)) => {
            Ok(ImportFormat::AnkiText)
        }
        "txt" | "text" => Ok(ImportFormat::Notes),
        _ if starts_with_brace(path)? => Ok(ImportFormat::Native),
        _ => Err(Error::Usage(format!(
            "{}: cannot tell the deck format from the extension '.{}'; recall reads .json decks, .md/.txt notes, .tsv/.csv Anki text and .apkg/.colpkg Anki packages — use --format native|notes|anki-text|apkg",
            path.display(),
            render::excerpt(&ext, 20)
        ))),
    }
}

fn starts_with_brace(path: &Path) -> Result<bool> {
    let head = head(path, DECK, 256)?;
    Ok(head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'))
}

/// A native deck read on a thread of `scope`: its header at once, its cards
/// as the import takes them. Dropping the deck stops the reading.
fn native<'s>(scope: &'s Scope<'s, '_>, path: &'s Path, shown: String) -> Result<ImportDeck<'s>> {
    let file = open_input(path, DECK)?;
    let size = file.metadata().ok().map(|m| m.len());
    // Past the limit the deck ends: a file that grows while it is read
    // cannot keep an import going.
    let file = std::io::Read::take(file, DECK.limit());
    let (to, from) = mpsc::sync_channel::<Result<Vec<Item>>>(AHEAD);
    let origin = shown.clone();
    scope.spawn(move || {
        let mut batch = Vec::with_capacity(BATCH);
        let read = deck::read(&origin, file, size, &mut |item| {
            batch.push(item);
            if batch.len() == BATCH {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                // A closed channel: the import stopped, so stop reading.
                to.send(Ok(full))
                    .map_err(|_| Error::Invalid("the import stopped".into()))?;
            }
            Ok(())
        });
        let _ = to.send(Ok(batch));
        if let Err(e) = read {
            let _ = to.send(Err(e));
        }
    });
    let mut items = Items {
        from,
        current: Vec::new().into_iter(),
        failed: false,
    };
    let (name, description) = match items.next() {
        Some(Ok(Item::Header { name, description })) => (name, description),
        Some(Err(e)) => return Err(e),
        _ => {
            return Err(Error::input(
                &shown,
                "the deck has no \"name\" — give the deck a name",
            ))
        }
    };
    let cards = items.filter_map(|item| match item {
        Ok(Item::Card(card)) => Some(Ok(*card)),
        Ok(Item::Header { .. }) => None,
        Err(e) => Some(Err(e)),
    });
    Ok(ImportDeck {
        name,
        description,
        path: shown,
        cards: Box::new(cards),
    })
}

/// Items arriving in batches from a reading thread; an error ends them.
struct Items {
    from: mpsc::Receiver<Result<Vec<Item>>>,
    current: std::vec::IntoIter<Item>,
    failed: bool,
}

impl Iterator for Items {
    type Item = Result<Item>;

    fn next(&mut self) -> Option<Result<Item>> {
        loop {
            if let Some(item) = self.current.next() {
                return Some(Ok(item));
            }
            if self.failed {
                return None;
            }
            match self.from.recv().ok()? {
                Ok(batch) => self.current = batch.into_iter(),
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        }
    }
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
    // A plain listing, linear in its text: comfy-table's layout takes
    // seconds over a deck name of a few megabytes.
    let mut t = render::Listing::new(&[
        ("deck", false),
        ("added", true),
        ("updated", true),
        ("unchanged", true),
        ("not in file", true),
    ]);
    for c in counts {
        t.row(vec![
            render::cell_text(&c.name, None),
            c.added.to_string(),
            c.updated.to_string(),
            c.unchanged.to_string(),
            c.missing.to_string(),
        ]);
    }
    let mut text = t.render();
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
    text.push_str(&edits(counts, dry_run));
    render::out(&text)
}

/// What the import did with the edits made here: kept, or replaced by the
/// file's new text — each replaced edit quoted, so that none is lost
/// without a word.
fn edits(counts: &[ImportCount], dry_run: bool) -> String {
    let mut text = String::new();
    let edited: u64 = counts.iter().map(|c| c.edited).sum();
    if edited > 0 {
        text.push_str(&format!(
            "{} the edits made here to {}, where the file did not change the same field.\n",
            if dry_run { "Would keep" } else { "Kept" },
            render::count(edited, "card", "cards"),
        ));
    }
    let replaced = if dry_run { "would replace" } else { "replaced" };
    for c in counts.iter().flat_map(|c| &c.conflicts) {
        let yours = sanitize(&c.yours, false);
        text.push_str(&match c.file {
            None => format!(
                "Card {} was edited here and the file no longer has it: --prune {} it (its front: \"{yours}\").\n",
                c.id,
                if dry_run { "would delete" } else { "deleted" }
            ),
            Some(_) => format!(
                "Card {}: its {} was edited here and changed in the file; the file's text {replaced} yours, which was: \"{yours}\"\n",
                c.id, c.field
            ),
        });
    }
    text
}
