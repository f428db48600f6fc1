//! A heading written as a sentence ("### Anomie is defined as a state of
//! normlessness."): the statement is a fact of its own, and the section
//! is named by the heading above it; a sentence no rule reads stays its
//! name, without the full stop.

use super::super::clean::clean_text;
use super::super::doc::{Block, Line};
use super::super::plain::heading_text;
use super::super::vocab::ABBREVIATIONS;
use super::Rules;
use crate::error::Result;

impl Rules<'_> {
    /// "#### Units of output: Wear follows the number of pots fired.": a
    /// heading that names a term and says what it is, read as a bold
    /// label's line under the section above; the term alone names the
    /// section. Whether it was one.
    pub(super) fn heading_term(&mut self, blocks: &[Block], i: usize, line: usize) -> Result<bool> {
        let Some(Block::Heading { text, .. }) = blocks.get(i) else {
            return Ok(false);
        };
        let plain = heading_text(text);
        let t = clean_text(&plain);
        let Some((label, def)) = t.split_once(": ") else {
            return Ok(false);
        };
        // a sentence, closed ("Method 1: Measuring gas given off" is a title)
        let named = t.ends_with('.')
            && (1..=6).contains(&label.split_whitespace().count())
            && !super::gloss::clause(label)
            && def.split_whitespace().count() >= 5;
        let on_top = self
            .stack
            .last()
            .is_some_and(|(_, h)| h == without_stop(&plain));
        let Some((level, _)) = self.stack.pop_if(|_| named && on_top) else {
            return Ok(false);
        };
        let l = Line {
            bold: Some(label.to_string()),
            ..Line::new(t.as_str(), line)
        };
        self.para(blocks, i, &[l])?;
        self.stack.push((level, label.to_string()));
        Ok(true)
    }

    /// Reads the heading just put on the stack as prose when it is a
    /// sentence.
    pub(super) fn heading_statement(&mut self, text: &str, line: usize) {
        let plain = heading_text(text);
        let t = clean_text(&plain);
        let t = match (sentence(&t), unstopped_sentence(&t)) {
            (true, _) => t,
            (false, true) => format!("{t}."),
            _ => return,
        };
        // the stack holds it without its stop (`Rules::heading`)
        if self
            .stack
            .last()
            .is_none_or(|(_, h)| h != without_stop(&plain))
        {
            return;
        }
        let Some(top) = self.stack.pop() else {
            return;
        };
        let (before, plain) = (self.out.len(), self.plain.len());
        let l = Line::new(t.as_str(), line);
        self.flush(&mut vec![&l]);
        if self.out.len() == before {
            // still the section's name, no statement to gap
            self.plain.truncate(plain);
            self.stack.push(top);
        }
    }
}

/// Whether a heading is a sentence: four words or more closed by a full
/// stop, asking nothing.
pub(super) fn sentence(t: &str) -> bool {
    t.ends_with('.') && !t.contains('?') && t.split_whitespace().count() >= 4
}

/// "### Raw clay is carried into the kiln room by the stoker": a heading
/// that is a sentence without its stop, written in sentence case (a title
/// in Title Case, "How Kilns Work", a question are names): six words or
/// more, the second or third a verb of being or in the third person.
pub(super) fn unstopped_sentence(t: &str) -> bool {
    use super::super::verbs::known_third_person;
    let words: Vec<&str> = t.split_whitespace().collect();
    let lower = words
        .iter()
        .skip(1)
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    let verb = words.iter().skip(1).take(3).any(|w| {
        let w = w.to_lowercase();
        super::super::verbs::BE_HAVE.contains(&w.as_str()) || known_third_person(&w)
    });
    let opener = super::super::text::first_word(t);
    let asks = super::asked::WH_WORDS.contains(&opener.as_str());
    words.len() >= 6
        && lower * 3 >= (words.len() - 1) * 2
        && verb
        && !asks
        && t.starts_with(char::is_uppercase)
        && !t.ends_with([':', '?', '.'])
        && !super::super::plain::dangles(t)
}

/// "Faraday's Law." → "Faraday's Law": a heading without its full stop,
/// which no section's name has ("etc.", "St.", "A.O.N." and "..." keep
/// theirs).
pub(super) fn without_stop(h: &str) -> &str {
    let Some(rest) = h.strip_suffix('.') else {
        return h;
    };
    let last = rest.split_whitespace().last().unwrap_or("").to_lowercase();
    // "A.O.N.", "Cone 6 vs." keep their stop
    // an initial ("John F.") keeps it, a number ("exam 1.") does not
    let initial = last.chars().count() == 1 && last.chars().all(char::is_alphabetic);
    let abbreviation = ABBREVIATIONS.contains(&last.as_str()) || initial || last.contains('.');
    match !abbreviation && !rest.ends_with('.') {
        true => rest,
        false => h,
    }
}
