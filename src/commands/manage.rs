//! `recall suspend`, `unsuspend`, `delete` and `config`.

use crate::error::Result;
use crate::render::{self, num};
use crate::settings::KEYS;

use super::Context;

pub fn suspend(ctx: &Context, ids: &[i64], suspended: bool) -> Result<()> {
    let mut store = ctx.open()?;
    store.set_suspended(ids, suspended)?;
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
            render::excerpt(deck, crate::error::QUOTED),
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
            settings.set(key, value)?;
            let stored = settings.get(key)?;
            store.save_setting(key, &stored)?;
            render::note(&ctx.style, &format!("{key} = {stored}"));
            Ok(())
        }
        (Some(key), None) => render::out(&format!("{}\n", settings.get(key)?)),
        _ => {
            if ctx.json {
                let map: serde_json::Map<String, serde_json::Value> = KEYS
                    .iter()
                    .map(|k| {
                        (
                            k.name.to_string(),
                            settings.get(k.name).unwrap_or_default().into(),
                        )
                    })
                    .collect();
                return render::json(&map);
            }
            let mut t = render::table(&["setting", "value", "meaning"]);
            for k in KEYS {
                t.add_row(vec![
                    comfy_table::Cell::new(k.name),
                    num(settings.get(k.name).unwrap_or_default()),
                    comfy_table::Cell::new(k.meaning),
                ]);
            }
            render::out(&format!("{t}\n"))
        }
    }
}
