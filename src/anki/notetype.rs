//! Which of a note's fields make a card's front and back, read from its
//! note type's templates: Basic and "type in the answer" give one card,
//! the reversed types both directions, Cloze one card per cloze number;
//! any other note type reads as first field front, second back.

use super::cloze;
use super::collection::Notetype;

/// How a note type's notes become cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One card: `front` field asked, `back` field answered (Basic, type
    /// in the answer).
    Basic { front: usize, back: usize },
    /// Both directions; the reverse only when field `when` is not empty
    /// (Basic (optional reversed card)).
    Reversed {
        front: usize,
        back: usize,
        when: Option<usize>,
    },
    /// One card per cloze number of field `text`.
    Cloze { text: usize },
    /// Any other note type: first field front, second back, the rest
    /// explanation.
    Other,
}

impl Layout {
    /// The fields a card shows as its front or back, or that decide it.
    pub fn used(self) -> Vec<usize> {
        match self {
            Layout::Basic { front, back } => vec![front, back],
            Layout::Reversed { front, back, when } => [Some(front), Some(back), when]
                .into_iter()
                .flatten()
                .collect(),
            Layout::Cloze { text } => vec![text],
            Layout::Other => vec![0, 1],
        }
    }
}

/// Anki's stock kind for Image Occlusion: a cloze note type whose clozes
/// are shapes on an image, nothing a terminal can ask.
const IMAGE_OCCLUSION: u64 = 6;

/// The layout of a note type.
pub fn layout(nt: &Notetype) -> Layout {
    let field = |name: &str| nt.fields.iter().position(|f| f == name);
    if nt.cloze {
        if nt.stock_kind == IMAGE_OCCLUSION {
            return Layout::Other;
        }
        let text = nt
            .templates
            .first()
            .and_then(|(q, _)| refs(q).into_iter().find(|r| r.filter == "cloze"))
            .and_then(|r| field(r.name));
        return Layout::Cloze {
            text: text.unwrap_or(0),
        };
    }
    let direction = |i: usize| -> Option<(usize, usize, Option<usize>)> {
        let (q, a) = nt.templates.get(i)?;
        let (front, when) = question(&refs(q))?;
        let back = answer(&refs(a), front)?;
        Some((field(front)?, field(back)?, when.and_then(field)))
    };
    match nt.templates.len() {
        1 => match direction(0) {
            Some((front, back, None)) => Layout::Basic { front, back },
            _ => Layout::Other,
        },
        2 => match (direction(0), direction(1)) {
            (Some((f, b, None)), Some((rf, rb, when))) if rf == b && rb == f => Layout::Reversed {
                front: f,
                back: b,
                when: when.filter(|&w| w != b),
            },
            _ => Layout::Other,
        },
        _ => Layout::Other,
    }
}

/// A template's one shown field, and the field its section depends on:
/// `{{Front}}`, or `{{#Add Reverse}}{{Back}}{{/Add Reverse}}`.
fn question<'a>(refs: &[Ref<'a>]) -> Option<(&'a str, Option<&'a str>)> {
    let shown: Vec<&str> = refs
        .iter()
        .filter(|r| r.section.is_none() && r.filter != "type")
        .map(|r| r.name)
        .collect();
    let sections: Vec<&str> = refs
        .iter()
        .filter_map(|r| r.section.map(|_| r.name))
        .collect();
    match (shown.as_slice(), sections.as_slice()) {
        ([front], []) => Some((front, None)),
        ([front], [when, end]) if when == end => Some((front, Some(when))),
        _ => None,
    }
}

/// The first field an answer template adds to the question's (any
/// others, such as notes, become the card's explanation).
fn answer<'a>(refs: &[Ref<'a>], front: &str) -> Option<&'a str> {
    refs.iter()
        .find(|r| r.section.is_none() && r.name != front && r.name != "FrontSide")
        .map(|r| r.name)
}

/// A `{{…}}` reference in a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ref<'a> {
    name: &'a str,
    /// `type`, `cloze`, `text`…: the last filter before the name, or "".
    filter: &'a str,
    /// `#`, `^` or `/` for a section's start or end.
    section: Option<char>,
}

fn refs(template: &str) -> Vec<Ref<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find("{{") {
        let Some(j) = rest[i + 2..].find("}}") else {
            break;
        };
        let inner = rest[i + 2..i + 2 + j].trim();
        rest = &rest[i + 2 + j + 2..];
        let section = inner
            .chars()
            .next()
            .filter(|c| matches!(c, '#' | '^' | '/'));
        let inner = section.map_or(inner, |c| inner[c.len_utf8()..].trim());
        let (filter, name) = match inner.rsplit_once(':') {
            Some((filters, name)) => (filters.rsplit(':').next().unwrap_or(""), name),
            None => ("", inner),
        };
        out.push(Ref {
            name: name.trim(),
            filter: filter.trim(),
            section,
        });
    }
    out
}

/// One card a note makes, before it meets its Anki card and deck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Made {
    /// The template (or cloze number − 1) of the Anki card it stands for.
    pub ord: i64,
    /// Its key's suffix after the note's: none for the first card,
    /// `reverse`, or `c2`, `c3`… (see `guid::card_key`).
    pub suffix: Option<String>,
    pub front: String,
    pub back: String,
    pub explanation: Option<String>,
}

/// The cards of a note whose fields, as plain text, are `texts`.
pub fn cards_of(layout: Layout, texts: &[String]) -> Vec<Made> {
    let text = |i: usize| texts.get(i).map_or("", |t| t.as_str()).to_string();
    let used = layout.used();
    let rest: Vec<&str> = texts
        .iter()
        .enumerate()
        .filter(|(i, t)| !used.contains(i) && !t.is_empty())
        .map(|(_, t)| t.as_str())
        .collect();
    let explanation = (!rest.is_empty()).then(|| rest.join("\n"));
    let made = |ord: i64, suffix: Option<String>, front: String, back: String| Made {
        ord,
        suffix,
        front,
        back,
        explanation: explanation.clone(),
    };
    match layout {
        Layout::Basic { front, back } => vec![made(0, None, text(front), text(back))],
        Layout::Other => vec![made(0, None, text(0), text(1))],
        Layout::Reversed { front, back, when } => {
            let mut cards = vec![made(0, None, text(front), text(back))];
            if when.is_none_or(|w| !text(w).is_empty()) {
                cards.push(made(1, Some("reverse".into()), text(back), text(front)));
            }
            cards
        }
        Layout::Cloze { text: field } => cloze::cards(&text(field))
            .into_iter()
            .map(|c| {
                let suffix = (c.number != 1).then(|| format!("c{}", c.number));
                made(i64::from(c.number) - 1, suffix, c.front, c.back)
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nt(cloze: bool, fields: &[&str], templates: &[(&str, &str)]) -> Notetype {
        Notetype {
            name: "t".into(),
            cloze,
            stock_kind: 0,
            fields: fields.iter().map(|f| f.to_string()).collect(),
            templates: templates
                .iter()
                .map(|(q, a)| (q.to_string(), a.to_string()))
                .collect(),
        }
    }

    const ANSWER: &str = "{{FrontSide}}\n\n<hr id=answer>\n\n";

    #[test]
    fn anki_stock_note_types() {
        let basic = nt(
            false,
            &["Front", "Back"],
            &[("{{Front}}", &format!("{ANSWER}{{{{Back}}}}"))],
        );
        assert_eq!(layout(&basic), Layout::Basic { front: 0, back: 1 });
        let reversed = nt(
            false,
            &["Front", "Back"],
            &[
                ("{{Front}}", &format!("{ANSWER}{{{{Back}}}}")),
                ("{{Back}}", &format!("{ANSWER}{{{{Front}}}}")),
            ],
        );
        assert_eq!(
            layout(&reversed),
            Layout::Reversed {
                front: 0,
                back: 1,
                when: None
            }
        );
        let optional = nt(
            false,
            &["Front", "Back", "Add Reverse"],
            &[
                ("{{Front}}", &format!("{ANSWER}{{{{Back}}}}")),
                (
                    "{{#Add Reverse}}{{Back}}{{/Add Reverse}}",
                    &format!("{ANSWER}{{{{Front}}}}"),
                ),
            ],
        );
        assert_eq!(
            layout(&optional),
            Layout::Reversed {
                front: 0,
                back: 1,
                when: Some(2)
            }
        );
        let typed = nt(
            false,
            &["Front", "Back"],
            &[(
                "{{Front}}\n\n{{type:Back}}",
                "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}",
            )],
        );
        assert_eq!(layout(&typed), Layout::Basic { front: 0, back: 1 });
        let cloze = nt(
            true,
            &["Text", "Back Extra"],
            &[("{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")],
        );
        assert_eq!(layout(&cloze), Layout::Cloze { text: 0 });
        let occlusion = Notetype {
            stock_kind: 6,
            ..cloze
        };
        assert_eq!(layout(&occlusion), Layout::Other);
    }

    #[test]
    fn other_note_types() {
        // two fields on the front
        let vocab = nt(
            false,
            &["Word", "Meaning", "Example"],
            &[("{{Word}}<br>{{Example}}", "{{FrontSide}}<hr>{{Meaning}}")],
        );
        assert_eq!(layout(&vocab), Layout::Other);
        // a field the answer adds, with a renamed front
        let renamed = nt(
            false,
            &["Q", "A"],
            &[("{{text:Q}}", "{{FrontSide}}<hr>{{A}}")],
        );
        assert_eq!(layout(&renamed), Layout::Basic { front: 0, back: 1 });
        assert_eq!(layout(&nt(false, &["A", "B"], &[])), Layout::Other);
        assert_eq!(
            layout(&nt(false, &["A"], &[("{{A}}", "{{A}}")])),
            Layout::Other
        );
    }

    #[test]
    fn notes_become_cards() {
        let texts = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let optional = Layout::Reversed {
            front: 0,
            back: 1,
            when: Some(2),
        };
        let both = cards_of(optional, &texts(&["gato", "cat", "y", "a note"]));
        assert_eq!(both.len(), 2);
        assert_eq!(
            (both[1].front.as_str(), both[1].back.as_str()),
            ("cat", "gato")
        );
        assert_eq!(both[1].suffix.as_deref(), Some("reverse"));
        assert_eq!(both[1].explanation.as_deref(), Some("a note"));
        assert_eq!(cards_of(optional, &texts(&["casa", "house", ""])).len(), 1);
        let cloze = cards_of(
            Layout::Cloze { text: 0 },
            &texts(&["{{c1::Italy}} and {{c2::Rome}}", "Europe"]),
        );
        assert_eq!(cloze[1].ord, 1);
        assert_eq!(cloze[1].suffix.as_deref(), Some("c2"));
        assert_eq!(cloze[1].front, "Italy and [...]");
        assert_eq!(cloze[0].suffix, None);
        assert_eq!(cloze[0].explanation.as_deref(), Some("Europe"));
        let other = cards_of(Layout::Other, &texts(&["fjord", "an inlet", "", "Norway"]));
        assert_eq!(other[0].front, "fjord");
        assert_eq!(other[0].explanation.as_deref(), Some("Norway"));
    }
}
