//! recall's cards as Anki's text format, with the header lines Anki reads
//! (`#separator:tab`, `#html:true`, `#notetype:Basic`, `#deck column:`,
//! `#tags column:`, `#guid column:`), written through the `csv` crate: a
//! file that lands in Anki's Basic note type whatever note type the
//! collection used last, and that recall imports back with the same keys.

use super::export::{html, multiple_choice};
use crate::deck::guid;
use crate::error::{Error, Result};
use crate::model::StoredCard;

/// The header: the columns are guid, deck, Front, Back, tags, Explanation.
const HEADER: &str = "#separator:tab\n#html:true\n#notetype:Basic\n#guid column:1\n#deck column:2\n#tags column:5\n#columns:Guid\tDeck\tFront\tBack\tTags\tExplanation\n";

/// The cards of deck `deck` as Anki text.
pub fn write(deck: &str, cards: &[StoredCard]) -> Result<String> {
    let failed = |e: &dyn std::fmt::Display| Error::Invalid(format!("cannot write Anki text: {e}"));
    let mut out = csv::WriterBuilder::new()
        .delimiter(b'\t')
        .has_headers(false)
        .from_writer(HEADER.as_bytes().to_vec());
    for c in cards {
        let (front, back) = match &c.choices {
            Some(_) => multiple_choice(c, field),
            None => (field(&c.front), field(&c.back)),
        };
        out.write_record([
            raw(&guid::guid_for(deck, &c.key, c.source.as_deref())),
            raw(deck),
            front,
            back,
            raw(&c.all_tags().join(" ")),
            field(c.explanation.as_deref().unwrap_or("")),
        ])
        .map_err(|e| failed(&e))?;
    }
    let bytes = out.into_inner().map_err(|e| failed(&e))?;
    String::from_utf8(bytes).map_err(|e| failed(&e))
}

/// Whether `c` is a control character or a bidirectional override, which
/// must not reach a terminal that prints the file (line breaks and tabs
/// are the format's own).
fn unsafe_char(c: char) -> bool {
    c != '\n' && c != '\t' && crate::render::unsafe_char(c)
}

/// Card text as an HTML field (`#html:true`): `&`, `<` and `>` escaped,
/// newlines as `<br>`. Control characters (ESC, BEL, C1…) and bidi
/// overrides are ESCAPED as character references (`&#x1B;`): no raw byte
/// reaches a terminal, and Anki and recall decode them back, so the card
/// text is unchanged.
fn field(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut out = String::with_capacity(text.len());
    for c in html(&text).chars() {
        if unsafe_char(c) {
            out.push_str(&format!("&#x{:X};", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// A deck, tags or guid column, which Anki reads as it is: control
/// characters and bidi overrides are DROPPED there (an entity would be
/// taken literally), and line breaks become spaces.
fn raw(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .filter(|&c| !unsafe_char(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::anki_text;
    use crate::model::CardState;
    use crate::sched::{Schedule, Sm2State};

    fn card(key: &str, front: &str, back: &str) -> StoredCard {
        StoredCard {
            id: 1,
            deck: "D".into(),
            key: key.into(),
            front: front.into(),
            back: back.into(),
            explanation: None,
            choices: None,
            answer: None,
            tags: vec!["t1".into()],
            source: None,
            schedule: Schedule {
                sm2: Sm2State::default(),
                due: None,
                suspended: false,
                leech: false,
            },
            state: CardState::New,
        }
    }

    #[test]
    fn headers_and_escaped_text_read_back_the_same() {
        let mut a = card(
            "a",
            "Is 1 < 2 & \"x\"?\nyes\ttab",
            "esc\u{1b}[31m bel\u{7} rtl\u{202e}",
        );
        a.explanation = Some("why".into());
        let mc = StoredCard {
            choices: Some(vec!["x".into(), "y".into()]),
            answer: Some(1),
            back: "y".into(),
            ..card("mc", "Pick", "y")
        };
        let text = write("Lang::Fr\u{1b}", &[a, mc]).unwrap();
        assert!(text.starts_with(HEADER), "{text}");
        assert!(
            !text
                .chars()
                .any(|c| c == '\u{1b}' || c == '\u{7}' || c == '\u{202e}'),
            "{text}"
        );
        assert!(
            text.contains("&#x1B;[31m") && text.contains("\tLang::Fr\t"),
            "{text}"
        );
        let decks = anki_text::parse("t.tsv", &text, b'\t', "t").unwrap();
        let d = &decks[0];
        assert_eq!(d.name, "Lang::Fr");
        assert_eq!(d.cards[0].key, "a");
        assert_eq!(d.cards[0].front, "Is 1 < 2 & \"x\"?\nyes\ttab");
        assert_eq!(d.cards[0].back, "esc\u{1b}[31m bel\u{7} rtl\u{202e}");
        assert_eq!(d.cards[0].explanation.as_deref(), Some("why"));
        assert_eq!(d.cards[0].tags, ["t1"]);
        assert_eq!(d.cards[1].key, "mc");
        assert_eq!(d.cards[1].front, "Pick\nA. x\nB. y");
        assert_eq!(d.cards[1].back, "B. y");
    }
}
