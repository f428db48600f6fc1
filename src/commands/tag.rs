//! `recall tag ID… +exam -old`: tags added to and removed from cards, all or
//! nothing.

use crate::cli::TagArgs;
use crate::error::{Error, Result};
use crate::render;

use super::Context;

/// Tags as the user typed them must be single words.
pub fn check_tags(tags: &[String]) -> Result<()> {
    match tags.iter().find(|t| {
        t.is_empty()
            || t.starts_with(['+', '-'])
            || t.chars().any(|c| c.is_whitespace() || c.is_control())
    }) {
        Some(t) => Err(Error::Usage(format!(
            "'{}' is not a tag: tags are single words",
            render::excerpt(t, 40)
        ))),
        None => Ok(()),
    }
}

/// What `recall tag` was asked: the cards, the tags to add, to remove.
#[derive(Debug, Default, PartialEq, Eq)]
struct Retag {
    ids: Vec<i64>,
    add: Vec<String>,
    remove: Vec<String>,
}

fn parse(args: &[String]) -> Result<Retag> {
    let mut r = Retag::default();
    for arg in args.iter().filter(|a| *a != "--") {
        if let Some(tag) = arg.strip_prefix('+') {
            r.add.push(tag.to_string());
        } else if let Some(tag) = arg.strip_prefix('-') {
            r.remove.push(tag.to_string());
        } else if let Ok(id) = arg.parse::<i64>() {
            r.ids.push(id);
        } else {
            return Err(Error::Usage(format!(
                "'{}' is neither a card id nor a tag: write +TAG to add a tag and -TAG to remove one",
                render::excerpt(arg, 40)
            )));
        }
    }
    check_tags(&r.add)?;
    check_tags(&r.remove)?;
    if r.ids.is_empty() {
        return Err(Error::Usage(
            "give the ids of the cards to tag, as `recall cards` shows them: recall tag 12 +exam"
                .into(),
        ));
    }
    if r.add.is_empty() && r.remove.is_empty() {
        return Err(Error::Usage(
            "say what to change: +TAG adds a tag, -TAG removes one".into(),
        ));
    }
    if let Some(both) = r.add.iter().find(|t| r.remove.contains(t)) {
        return Err(Error::Usage(format!(
            "the tag '{both}' is both added and removed; keep one"
        )));
    }
    Ok(r)
}

pub fn run(ctx: &Context, args: &TagArgs) -> Result<()> {
    let r = parse(&args.args)?;
    let mut store = ctx.open()?;
    let changed = store.retag(&r.ids, &r.add, &r.remove)?;
    let what: Vec<String> = r
        .add
        .iter()
        .map(|t| format!("+{t}"))
        .chain(r.remove.iter().map(|t| format!("-{t}")))
        .collect();
    let cards = render::count(r.ids.len() as u64, "card", "cards");
    render::note(
        &ctx.style,
        &match changed as usize == r.ids.len() {
            true => format!("Tagged {cards}: {}.", what.join(" ")),
            false => format!(
                "Tagged {cards}: {} ({changed} changed; the others had these tags already).",
                what.join(" ")
            ),
        },
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn ids_and_signed_tags_are_told_apart() {
        let r = parse(&args(&["12", "+exam", "7", "-old"])).unwrap();
        assert_eq!(
            r,
            Retag {
                ids: vec![12, 7],
                add: args(&["exam"]),
                remove: args(&["old"]),
            }
        );
        let message = |a: &[&str]| parse(&args(a)).unwrap_err().to_string();
        assert!(message(&["12", "exam"]).starts_with("'exam' is neither a card id nor a tag"));
        assert!(message(&["+exam"]).starts_with("give the ids"));
        assert!(message(&["12"]).starts_with("say what to change"));
        assert!(message(&["12", "+a", "-a"]).contains("both added and removed"));
        assert!(message(&["12", "+"]).contains("is not a tag"));
        assert!(message(&["12", "+-x"]).contains("is not a tag"));
        // `-q` here is a tag to remove, and `--` says nothing
        let r = parse(&args(&["12", "--", "-q"])).unwrap();
        assert_eq!((r.ids, r.remove), (vec![12], args(&["q"])));
    }
}
