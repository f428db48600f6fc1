//! Anki's cloze deletions (`{{c1::Rome::city}}`, nested ones too) as
//! recall's cloze cards — one per cloze number, its gaps shown as `[...]`
//! (or `[hint]`) on the front and their text on the back — and the way
//! back, from such cards to one cloze text.

/// A cloze text parsed: plain text and gaps, which may hold gaps.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Gap {
        number: u32,
        parts: Vec<Part>,
        hint: Option<String>,
    },
}

/// One card of a cloze text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClozeCard {
    pub number: u32,
    pub front: String,
    pub back: String,
}

/// The cards of a cloze text, by cloze number. A gap that is never closed
/// is kept as plain text, as Anki shows it.
pub fn cards(text: &str) -> Vec<ClozeCard> {
    let parts = parse(text);
    let mut numbers = Vec::new();
    collect_numbers(&parts, &mut numbers);
    numbers.sort_unstable();
    numbers.dedup();
    numbers
        .into_iter()
        .map(|number| {
            let mut front = String::new();
            let mut hidden = Vec::new();
            render(&parts, number, &mut front, &mut hidden);
            ClozeCard {
                number,
                front: front.trim().to_string(),
                back: hidden.join("; "),
            }
        })
        .collect()
}

fn collect_numbers(parts: &[Part], out: &mut Vec<u32>) {
    for p in parts {
        if let Part::Gap { number, parts, .. } = p {
            out.push(*number);
            collect_numbers(parts, out);
        }
    }
}

/// Writes the front of card `number` to `front`, and the text of its gaps
/// to `hidden`.
fn render(parts: &[Part], number: u32, front: &mut String, hidden: &mut Vec<String>) {
    for p in parts {
        match p {
            Part::Text(t) => front.push_str(t),
            Part::Gap {
                number: n,
                parts,
                hint,
            } if *n == number => {
                front.push_str(&format!("[{}]", hint.as_deref().unwrap_or("...")));
                let mut all = String::new();
                render(parts, 0, &mut all, &mut Vec::new());
                hidden.push(all.trim().to_string());
            }
            Part::Gap { parts, .. } => render(parts, number, front, hidden),
        }
    }
}

/// Gaps inside gaps deeper than this are read as plain text: notes nest a
/// few levels at most, and the cards are made from the gaps by recursion,
/// which a field of a hundred thousand nested gaps would overflow.
const MAX_DEPTH: usize = 32;

/// Parses gaps, nested or not; `{{c1::` without its `}}` stays text. The
/// next opener and the next `}}` are each looked for once and kept until
/// the text passes them, so that the parse is linear in the text.
fn parse(text: &str) -> Vec<Part> {
    // Open gaps: their number and the parts read so far.
    let mut stack: Vec<(u32, Vec<Part>, &str)> = Vec::new();
    let mut top: Vec<Part> = Vec::new();
    let mut at = 0;
    let mut next = Next::default();
    loop {
        let open = next.open(text, at);
        let close = if stack.is_empty() {
            None
        } else {
            next.close(text, at)
        };
        let full = stack.len() == MAX_DEPTH;
        let current = stack.last_mut().map_or(&mut top, |s| &mut s.1);
        match (open, close) {
            (Some((i, _, len)), c) if c.is_none_or(|c| i < c) && full => {
                push_text(current, &text[at..i + len]);
                at = i + len;
            }
            (Some((i, number, len)), c) if c.is_none_or(|c| i < c) => {
                push_text(current, &text[at..i]);
                stack.push((number, Vec::new(), &text[i..i + len]));
                at = i + len;
            }
            (_, Some(c)) => {
                push_text(current, &text[at..c]);
                let (number, mut parts, _) = stack.pop().unwrap_or_default();
                let hint = take_hint(&mut parts);
                let gap = Part::Gap {
                    number,
                    parts,
                    hint,
                };
                stack.last_mut().map_or(&mut top, |s| &mut s.1).push(gap);
                at = c + 2;
            }
            _ => {
                push_text(current, &text[at..]);
                break;
            }
        }
    }
    // Gaps never closed: their opening text goes back in as plain text.
    while let Some((_, parts, opening)) = stack.pop() {
        let outer = stack.last_mut().map_or(&mut top, |s| &mut s.1);
        push_text(outer, opening);
        outer.extend(parts);
    }
    top
}

/// An opener found: where, its cloze number, and its length.
type Opener = (usize, u32, usize);

/// Where the next opener and the next `}}` are, each with the place the
/// search started from (`None` found: there is none after it).
#[derive(Default)]
struct Next {
    open: Option<(usize, Option<Opener>)>,
    close: Option<(usize, Option<usize>)>,
}

impl Next {
    fn open(&mut self, text: &str, at: usize) -> Option<Opener> {
        match self.open {
            Some((from, found)) if from <= at && found.is_none_or(|(i, ..)| i >= at) => found,
            _ => {
                let found = opener(&text[at..]).map(|(i, n, len)| (at + i, n, len));
                self.open = Some((at, found));
                found
            }
        }
    }

    fn close(&mut self, text: &str, at: usize) -> Option<usize> {
        match self.close {
            Some((from, found)) if from <= at && found.is_none_or(|i| i >= at) => found,
            _ => {
                let found = text[at..].find("}}").map(|i| at + i);
                self.close = Some((at, found));
                found
            }
        }
    }
}

/// The next `{{cN::` in `s`: where, N, and its length.
fn opener(s: &str) -> Option<Opener> {
    let mut from = 0;
    while let Some(i) = s[from..].find("{{c") {
        let at = from + i;
        let after = &s[at + 3..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && after[digits..].starts_with("::") {
            if let Ok(n) = after[..digits].parse::<u32>() {
                return Some((at, n, 3 + digits + 2));
            }
        }
        from = at + 3;
    }
    None
}

fn push_text(parts: &mut Vec<Part>, s: &str) {
    if s.is_empty() {
        return;
    }
    match parts.last_mut() {
        Some(Part::Text(t)) => t.push_str(s),
        _ => parts.push(Part::Text(s.to_string())),
    }
}

/// A gap's hint: what follows `::` in its own last text.
fn take_hint(parts: &mut [Part]) -> Option<String> {
    let Some(Part::Text(t)) = parts.last_mut() else {
        return None;
    };
    let (text, hint) = t.rsplit_once("::")?;
    let hint = hint.trim().to_string();
    *t = text.to_string();
    Some(hint).filter(|h| !h.is_empty())
}

/// The cloze text of cards made from one text, given each card's number,
/// front and back: the first card's front with every card's gaps put back
/// as `{{cN::…}}`. `None` when the cards do not fit together (edited
/// apart, or gaps inside gaps), so that each must go its own way.
pub fn join(cards: &[(u32, &str, &str)]) -> Option<String> {
    let mut plain: Option<String> = None;
    let mut spans: Vec<(usize, usize, u32, Option<String>)> = Vec::new();
    for &(number, front, back) in cards {
        let (text, gaps) = fill(front, back)?;
        if plain.as_ref().is_some_and(|p| *p != text) {
            return None;
        }
        plain = Some(text);
        spans.extend(gaps.into_iter().map(|(s, e, hint)| (s, e, number, hint)));
    }
    let plain = plain?;
    spans.sort_by_key(|s| s.0);
    if spans.windows(2).any(|w| w[0].1 > w[1].0) {
        return None;
    }
    let mut out = String::new();
    let mut at = 0;
    for (start, end, number, hint) in spans {
        out.push_str(&plain[at..start]);
        let hint = hint.map(|h| format!("::{h}")).unwrap_or_default();
        out.push_str(&format!("{{{{c{number}::{}{hint}}}}}", &plain[start..end]));
        at = end;
    }
    out.push_str(&plain[at..]);
    Some(out)
}

/// Where a gap's text is in a cloze text (start, end), and its hint.
type Span = (usize, usize, Option<String>);

/// A cloze card's front with its gaps filled from its back: the plain
/// text, and where each gap's text is in it (with the gap's hint).
fn fill(front: &str, back: &str) -> Option<(String, Vec<Span>)> {
    let answers: Vec<&str> = back.split("; ").collect();
    let mut text = String::new();
    let mut gaps = Vec::new();
    let mut rest = front;
    for answer in &answers {
        let (i, hint, len) = placeholder(rest)?;
        text.push_str(&rest[..i]);
        gaps.push((text.len(), text.len() + answer.len(), hint));
        text.push_str(answer);
        rest = &rest[i + len..];
    }
    if placeholder(rest).is_some_and(|(_, hint, _)| hint.is_none()) {
        return None;
    }
    text.push_str(rest);
    Some((text, gaps))
}

/// The next gap on a cloze card's front: `[...]`, or a `[hint]` before
/// it (media placeholders such as `[image: x.png]` are text, not gaps).
fn placeholder(s: &str) -> Option<(usize, Option<String>, usize)> {
    let mut from = 0;
    while let Some(i) = s[from..].find('[').map(|i| from + i) {
        let j = s[i..].find(']')?;
        let inner = &s[i + 1..i + j];
        from = i + j;
        if inner.starts_with("image:") || inner.starts_with("sound:") || inner == "image" {
            continue;
        }
        let hint = (inner != "...").then(|| inner.to_string());
        return Some((i, hint, j + 1));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(number: u32, front: &str, back: &str) -> ClozeCard {
        ClozeCard {
            number,
            front: front.into(),
            back: back.into(),
        }
    }

    #[test]
    fn one_card_per_number_like_recall_cloze_cards() {
        assert_eq!(
            cards("The capital of {{c1::Italy}} is {{c2::Rome::city}}."),
            [
                card(1, "The capital of [...] is Rome.", "Italy"),
                card(2, "The capital of Italy is [city].", "Rome"),
            ]
        );
        assert_eq!(
            cards("{{c1::a}} and {{c1::b}}, {{c3::c}}"),
            [
                card(1, "[...] and [...], c", "a; b"),
                card(3, "a and b, [...]", "c")
            ]
        );
    }

    #[test]
    fn nested_and_unclosed_gaps() {
        assert_eq!(
            cards("{{c1::Rome is in {{c2::Italy}}}}."),
            [
                card(1, "[...].", "Rome is in Italy"),
                card(2, "Rome is in [...].", "Italy"),
            ]
        );
        assert_eq!(
            cards("{{c1::open and }} {{c2::never"),
            [card(1, "[...] {{c2::never", "open and")]
        );
        assert!(cards("no gaps }} {{c::x}}").is_empty());
    }

    #[test]
    fn cards_join_back_into_their_text() {
        let text = "The capital of {{c1::Italy}} is {{c2::Rome::city}}.";
        let made: Vec<ClozeCard> = cards(text);
        let parts: Vec<(u32, &str, &str)> = made
            .iter()
            .map(|c| (c.number, c.front.as_str(), c.back.as_str()))
            .collect();
        assert_eq!(join(&parts).as_deref(), Some(text));
        assert_eq!(
            join(&parts[1..]).as_deref(),
            Some("The capital of Italy is {{c2::Rome::city}}.")
        );
        let two = "{{c1::a}} and {{c1::b}}";
        let made = cards(two);
        assert_eq!(
            join(&[(1, &made[0].front, &made[0].back)]).as_deref(),
            Some(two)
        );
        // cards that no longer agree
        assert_eq!(join(&[(1, "A [...] b", "x"), (2, "A x [...]", "c")]), None);
        assert_eq!(join(&[(1, "no gap here", "x")]), None);
    }

    /// Found with a crafted input to the fuzz target of a package's fields
    /// (`fuzz/fuzz_targets/anki_fields.rs`): a field of 100,000 nested gaps
    /// overflowed the stack (the cards are made by recursion, and the
    /// parts dropped by it), and reading it looked for the next `}}` or
    /// opener from every gap: quadratic. Deep gaps are now text, and each
    /// search is made once.
    #[test]
    fn deeply_nested_gaps_neither_overflow_nor_take_quadratic_time() {
        let n = 100_000;
        let text = format!("{}x{}", "{{c1::".repeat(n), "}}".repeat(n));
        let cards = cards(&text);
        assert_eq!(cards.len(), 1);
        assert!(
            cards[0].front.starts_with("[...]"),
            "{}",
            &cards[0].front[..40]
        );
        let nested = format!("{}x{}", "{{c1::".repeat(40), "}}".repeat(40));
        // past 32 levels an opener is text, kept in the gap around it
        assert!(super::cards(&nested)[0].back.contains("{{c1::{{c1::"));
    }
}
