//! Where the collection lives by default, and the deck names a shell
//! completion offers: read without creating or changing anything.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

/// The collection's default place: the platform's data directory (e.g.
/// `~/.local/share/recall/collection.sqlite3`), if there is one.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "recall")
        .map(|d| d.data_dir().join("collection.sqlite3"))
}

/// The names of the decks in the collection at `path` and of their `::`
/// parents (what `--deck` takes), in order; none when it is missing or
/// cannot be read. Opened read-only: a shell completing a word must not
/// create a collection.
pub fn deck_names(path: &Path) -> Vec<String> {
    let mut names = Vec::new();
    for name in stored_deck_names(path) {
        let mut parent = name.as_str();
        while let Some((up, _)) = parent.rsplit_once("::") {
            names.push(up.to_string());
            parent = up;
        }
        names.push(name);
    }
    names.sort_by_key(|n| n.to_lowercase());
    names.dedup();
    names
}

fn stored_deck_names(path: &Path) -> Vec<String> {
    let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return Vec::new();
    };
    let names = conn
        .prepare("SELECT name FROM decks ORDER BY name COLLATE NOCASE")
        .and_then(|mut stmt| {
            stmt.query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()
        });
    names.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::store::ImportOptions;

    #[test]
    fn deck_names_are_read_without_creating_anything() {
        let (d, mut s) = temp_store();
        let mut nested = deck(&[("a", "A?", "1")]);
        nested.name = "Languages::French::Verbs".into();
        s.import(
            vec![deck(&[("a", "A?", "1")]).into(), nested.into()],
            0,
            ImportOptions::default(),
        )
        .unwrap();
        assert_eq!(
            deck_names(&d.path().join("c.sqlite3")),
            [
                "D",
                "Languages",
                "Languages::French",
                "Languages::French::Verbs"
            ]
        );
        let missing = d.path().join("none.sqlite3");
        assert!(deck_names(&missing).is_empty());
        assert!(!missing.exists());
    }
}
