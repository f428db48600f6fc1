//! A card written in the user's editor (`$VISUAL`, then `$EDITOR`): the
//! template in a temporary file, opened again with the problem at its top
//! until it reads as a card, or until the user empties it or saves it
//! unchanged after a problem — which changes nothing.

use std::io::IsTerminal;
use std::path::Path;
use std::process::Command;

use crate::deck::template::{self, Draft, Problem};
use crate::deck::{validate_card, Card};
use crate::error::{Error, Result};

/// How often the editor opens again on a problem before recall gives up
/// (an editor run by a script may never fix it).
const ROUNDS: usize = 20;

/// What the user did with the template.
pub enum Written {
    /// Saved a card: the template read, and the cards it makes (a card,
    /// and its reverse when asked for).
    Card(Draft, Vec<Card>),
    /// Emptied the file, or left the first template as it was.
    Nothing,
}

/// Opens `draft` (with `about` as comments) in the editor until it makes a
/// card; `reverse` adds the reverse card.
pub fn write_card(draft: &Draft, about: &[String], reverse: bool) -> Result<Written> {
    let editor = editor()?;
    let dir = tempfile::Builder::new()
        .prefix("recall-")
        .tempdir()
        .map_err(|e| Error::write(&std::env::temp_dir(), e))?;
    let path = dir.path().join("card.md");
    let mut shown = template::write(draft, about);
    for round in 0..ROUNDS {
        std::fs::write(&path, &shown).map_err(|e| Error::write(&path, e))?;
        run(&editor, &path)?;
        let saved = std::fs::read_to_string(&path).map_err(|e| Error::read(&path, e))?;
        let problem = match template::read(&saved) {
            Ok(None) => return Ok(Written::Nothing),
            Ok(Some(draft)) => match cards(&draft, reverse) {
                Ok(cards) => return Ok(Written::Card(draft, cards)),
                Err(problem) => problem,
            },
            Err(problem) => problem,
        };
        if saved == shown {
            if round == 0 {
                return Ok(Written::Nothing);
            }
            return Err(Error::Invalid(format!(
                "the card was not saved: {problem}; nothing was changed"
            )));
        }
        shown = template::with_problem(&saved, &problem);
    }
    Err(Error::Invalid(format!(
        "the card still had a problem after {ROUNDS} rounds in the editor; nothing was changed"
    )))
}

/// The cards a draft makes, checked as a deck file's card is.
fn cards(draft: &Draft, reverse: bool) -> Result<Vec<Card>, Problem> {
    let mut spec = draft.spec()?;
    spec.reverse = reverse && spec.choices.is_none();
    spec.id = Some("card".into());
    let mut out = Vec::new();
    validate_card("the card", 0, spec, &mut out).map_err(|e| Problem {
        line: None,
        message: match e {
            Error::Card { message, .. } => message,
            e => e.to_string(),
        },
    })?;
    Ok(out)
}

/// The editor command: `$VISUAL`, else `$EDITOR`, else `vi` on a terminal.
fn editor() -> Result<String> {
    for var in ["VISUAL", "EDITOR"] {
        if let Some(cmd) = std::env::var(var).ok().filter(|c| !c.trim().is_empty()) {
            return Ok(cmd);
        }
    }
    if std::io::stdin().is_terminal() {
        return Ok("vi".to_string());
    }
    Err(Error::Usage(
        "no editor to write the card in: set VISUAL or EDITOR (for example EDITOR=nano), or give the card with --front and --back".into(),
    ))
}

/// Runs the editor command on `path`, through the shell as git does, so
/// that `EDITOR="code --wait"` works.
fn run(editor: &str, path: &Path) -> Result<()> {
    let mut command = if cfg!(windows) {
        let mut words = editor.split_whitespace();
        let mut c = Command::new(words.next().unwrap_or("notepad"));
        c.args(words);
        c
    } else {
        let mut c = Command::new("sh");
        c.arg("-c").arg(format!("{editor} \"$@\"")).arg(editor);
        c
    };
    let status = command.arg(path).status().map_err(|e| {
        Error::Invalid(format!(
            "cannot run the editor '{editor}': {e}; nothing was changed"
        ))
    })?;
    match status.success() {
        true => Ok(()),
        false => Err(Error::Invalid(format!(
            "the editor '{editor}' failed ({status}); nothing was changed"
        ))),
    }
}
