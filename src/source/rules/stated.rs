//! A heading written as a sentence ("### Anomie is defined as a state of
//! normlessness."): the statement is a fact of its own, and the section
//! is named by the heading above it; a sentence no rule reads stays its
//! name, without the full stop.

use super::super::clean::clean_text;
use super::super::doc::Line;
use super::super::plain::heading_text;
use super::super::vocab::ABBREVIATIONS;
use super::Rules;

impl Rules<'_> {
    /// Reads the heading just put on the stack as prose when it is a
    /// sentence.
    pub(super) fn heading_statement(&mut self, text: &str, line: usize) {
        let plain = heading_text(text);
        let t = clean_text(&plain);
        if !sentence(&t) {
            return;
        }
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
        let before = self.out.len();
        let l = Line::new(t.as_str(), line);
        self.flush(&mut vec![&l]);
        if self.out.len() == before {
            self.stack.push(top);
        }
    }
}

/// Whether a heading is a sentence: four words or more closed by a full
/// stop, asking nothing.
pub(super) fn sentence(t: &str) -> bool {
    t.ends_with('.') && !t.contains('?') && t.split_whitespace().count() >= 4
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
