//! `recall import`: decks from files into the collection, in one transaction.

use std::path::Path;

use crate::cli::{ImportArgs, ImportFormat};
use crate::deck::{self, Deck};
use crate::error::{Error, Result};
use crate::render::{self, num};
use crate::source::{self, SourceFile};
use crate::store::{ImportCount, Store};

use super::Context;

/// The decks compiled into the binary, imported on a first `review`.
pub const BUNDLED: &[(&str, &str)] = &[(
    "aws-shared-responsibility.json",
    include_str!("../../decks/aws-shared-responsibility.json"),
)];

pub fn run(ctx: &Context, args: &ImportArgs) -> Result<()> {
    // Read and check every file before the collection is touched.
    let mut decks = Vec::with_capacity(args.files.len());
    for path in &args.files {
        decks.push(load(path, args.format, args.deck.as_deref())?);
    }
    let mut store = ctx.open()?;
    let counts = store.import(&decks, ctx.clock.start().timestamp(), args.dry_run)?;
    report(ctx, &counts, args.dry_run)
}

/// Imports the bundled decks into `store`; returns what was added.
pub fn import_bundled(ctx: &Context, store: &mut Store) -> Result<Vec<ImportCount>> {
    let decks = BUNDLED
        .iter()
        .map(|(name, text)| deck::parse(name, text))
        .collect::<Result<Vec<_>>>()?;
    store.import(&decks, ctx.clock.start().timestamp(), false)
}

fn report(ctx: &Context, counts: &[ImportCount], dry_run: bool) -> Result<()> {
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
    let mut t = render::table(&["deck", "added", "updated", "unchanged"]);
    for c in counts {
        t.add_row(vec![
            comfy_table::Cell::new(render::cell_text(&c.name, None)),
            num(c.added),
            num(c.updated),
            num(c.unchanged),
        ]);
    }
    let mut text = t.to_string();
    text.push('\n');
    if dry_run {
        text.push_str("Dry run: nothing was changed.\n");
    }
    render::out(&text)
}

/// Reads a file as UTF-8, with errors that say where the bad byte is.
pub fn read_text(path: &Path) -> Result<String> {
    let shown = path.display();
    let bytes = std::fs::read(path).map_err(|e| {
        let hint = match e.kind() {
            std::io::ErrorKind::NotFound => " — check the path",
            std::io::ErrorKind::PermissionDenied => " — check the file's permissions",
            _ => "",
        };
        Error::io(format!("cannot read {shown}: {e}{hint}"))
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let valid = std::str::from_utf8(&e.as_bytes()[..at]).unwrap_or_default();
        let (line, col) = deck::line_col(valid, valid.len());
        Error::input(format!(
            "{shown}:{line}:{col}: the file is not UTF-8 text — save it as UTF-8 and try again"
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
        "md" | "markdown" | "txt" | "text" => Ok(ImportFormat::Notes),
        _ if text.trim_start().starts_with('{') => Ok(ImportFormat::Native),
        _ => Err(Error::usage(format!(
            "{}: cannot tell the deck format from the extension '.{ext}'; recall reads .json decks and .md/.txt notes — use --format native|notes",
            path.display()
        ))),
    }
}

/// One file as a validated deck.
pub fn load(path: &Path, format: Option<ImportFormat>, deck_name: Option<&str>) -> Result<Deck> {
    let text = read_text(path)?;
    let shown = path.display().to_string();
    let format = match format {
        Some(f) => f,
        None => guess_format(path, &text)?,
    };
    match format {
        ImportFormat::Native => {
            let mut deck = deck::parse(&shown, &text)?;
            if let Some(name) = deck_name {
                deck.name = name.trim().to_string();
            }
            Ok(deck)
        }
        ImportFormat::Notes => {
            let file = SourceFile {
                name: path
                    .file_name()
                    .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned()),
                text,
            };
            let generated = source::generate(&[file], deck_name)?;
            deck::validate(&shown, generated)
        }
    }
}
