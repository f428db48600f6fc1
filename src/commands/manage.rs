//! `recall suspend`, `unsuspend`, `delete` and `config`.

use crate::error::{Error, Result};
use crate::model::SETTING_KEYS;
use crate::render::{self, num};

use super::Context;

pub fn suspend(ctx: &Context, ids: &[i64], suspended: bool) -> Result<()> {
    let mut store = ctx.open()?;
    let missing = store.set_suspended(ids, suspended)?;
    if !missing.is_empty() {
        let list: Vec<String> = missing.iter().map(i64::to_string).collect();
        return Err(Error::input(format!(
            "no card has the id {}; nothing was changed — `recall cards` shows the ids",
            list.join(", ")
        )));
    }
    let verb = if suspended {
        "Suspended"
    } else {
        "Unsuspended"
    };
    render::note(
        &ctx.style,
        &format!(
            "{verb} {}.",
            render::count(ids.len() as u64, "card", "cards")
        ),
    );
    Ok(())
}

pub fn delete(ctx: &Context, deck: &str) -> Result<()> {
    let mut store = ctx.open()?;
    let id = store.deck_id(deck)?;
    let n = store.delete_deck(id)?;
    render::note(
        &ctx.style,
        &format!(
            "Deleted the deck '{}' and its {}.",
            render::cell_text(deck, None),
            render::count(n, "card", "cards")
        ),
    );
    Ok(())
}

pub fn config(ctx: &Context, key: Option<&str>, value: Option<&str>) -> Result<()> {
    let store = ctx.open()?;
    let mut settings = store.settings()?;
    match (key, value) {
        (Some(key), Some(value)) => {
            settings.set(key, value).map_err(Error::usage)?;
            let stored = settings.get(key).expect("a key that was just set");
            store.save_setting(key, &stored)?;
            render::note(&ctx.style, &format!("{key} = {stored}"));
            Ok(())
        }
        (Some(key), None) => match settings.get(key) {
            Some(v) => render::out(&format!("{v}\n")),
            None => Err(Error::usage(settings.set(key, "").unwrap_err())),
        },
        _ => {
            if ctx.json {
                let map: serde_json::Map<String, serde_json::Value> = SETTING_KEYS
                    .iter()
                    .map(|(k, _)| ((*k).to_string(), settings.get(k).unwrap_or_default().into()))
                    .collect();
                return render::json(&map);
            }
            let mut t = render::table(&["setting", "value", "meaning"]);
            for (k, meaning) in SETTING_KEYS {
                t.add_row(vec![
                    comfy_table::Cell::new(k),
                    num(settings.get(k).unwrap_or_default()),
                    comfy_table::Cell::new(meaning),
                ]);
            }
            render::out(&format!("{t}\n"))
        }
    }
}
