//! Rules for questions the notes ask outright: `Q:` / `A:` lines, a
//! question with `- [ ]` / `- [x]` options and a `>` explanation, cloze
//! gaps `{{c1::…}}`, and quoted exam questions (`"Who patches it?" ->
//! Customer`).

use super::super::clean::{clean_text, starts_with_pointer};
use super::super::doc::{join_lines, Block, Item, Line};
use super::{a_label, is_question, q_label, strip_label, Draft, Rules};
use crate::error::{Error, Result};

/// Most cloze numbers read from one paragraph: each gives a card that
/// repeats the whole paragraph.
const MAX_CLOZES: usize = 20;

impl Rules<'_> {
    /// A question (paragraph or heading) followed by `- [ ]` / `- [x]`
    /// options. A checklist under anything else is a to-do list, read as a
    /// list. Whether block `i` was read so.
    pub(super) fn question_with_options(
        &mut self,
        blocks: &[Block],
        i: usize,
        text: &str,
        line: usize,
    ) -> Result<bool> {
        let Some(Block::List { items, .. }) = blocks.get(i + 1) else {
            return Ok(false);
        };
        if items.is_empty() || items.iter().any(|it| it.checked.is_none()) || !is_question(text) {
            return Ok(false);
        }
        self.join(i + 1);
        let q = q_label(text).unwrap_or(text);
        let explanation = self.take_quote(blocks, i + 2);
        self.choice(q, items, explanation, line)?;
        Ok(true)
    }

    /// `Q:` / `A:` lines (the answer may be in the next paragraph).
    pub(super) fn qa(&mut self, blocks: &[Block], i: usize, lines: &[Line]) -> Result<()> {
        let mut j = 0;
        let mut before: Vec<&Line> = Vec::new();
        while j < lines.len() {
            let Some(q0) = q_label(&lines[j].text) else {
                before.push(&lines[j]);
                j += 1;
                continue;
            };
            self.flush(&mut before);
            let qline = lines[j].line;
            // `Q:` is written for recall, and its answer was forgotten;
            // "Question:" in notes may be a prompt left to the reader
            let written = strip_label(lines[j].text.trim(), &["q:"]).is_some();
            let (question, next) = continued(q0, lines, j + 1, |t| {
                a_label(t).is_some() || q_label(t).is_some()
            });
            j = next;
            let mut question = question;
            let mut answer = String::new();
            if let Some(a0) = lines.get(j).and_then(|l| a_label(&l.text)) {
                let (a, next) = continued(a0, lines, j + 1, |t| q_label(t).is_some());
                answer = a;
                j = next;
            } else if let Some(a) = self.answer_below(blocks, i) {
                answer = a;
            } else if let Some((q, a)) = answered_after(&question) {
                // "Question: Why …? Because …": the answer follows the
                // question mark.
                (question, answer) = (q, a);
            }
            if answer.trim().is_empty() && written {
                return Err(Error::at_line(self.file, qline, format!(
                    "the question “{}” has no answer — write the answer on the next line, starting with `A:`",
                    clean_text(&question)
                )));
            }
            if answer.trim().is_empty() {
                self.leave("a question with no answer");
                continue;
            }
            let explanation = if j >= lines.len() {
                let at = if self.used.get(i + 1).copied().unwrap_or(false) {
                    i + 2
                } else {
                    i + 1
                };
                self.take_quote(blocks, at)
            } else {
                None
            };
            self.qa_card(&question, &answer, explanation, qline);
        }
        self.flush(&mut before);
        Ok(())
    }

    /// The answer in its own paragraph right below a `Q:` paragraph.
    fn answer_below(&mut self, blocks: &[Block], i: usize) -> Option<String> {
        let Some(Block::Para { lines: next }) = blocks.get(i + 1) else {
            return None;
        };
        let a0 = next.first().and_then(|l| a_label(&l.text))?;
        self.join(i + 1);
        let rest = next[1..].iter().map(|l| l.text.trim().to_string());
        Some(
            std::iter::once(a0.to_string())
                .chain(rest)
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    fn qa_card(&mut self, question: &str, answer: &str, explanation: Option<String>, line: usize) {
        let q = clean_text(question);
        self.push_raw(Draft {
            front: q.clone(),
            back: Some(clean_text(answer)),
            explanation: explanation.map(|e| clean_text(&e)),
            choices: None,
            answer: None,
            line,
            path: self.path(),
            core: q,
            block: self.block,
            led: None,
        });
    }

    /// The quote at `at`, read as an explanation (and marked used).
    pub(super) fn take_quote(&mut self, blocks: &[Block], at: usize) -> Option<String> {
        let Some(Block::Quote { lines }) = blocks.get(at) else {
            return None;
        };
        self.join(at);
        let t = clean_text(&join_lines(lines));
        let t = strip_label(&t, &["explanation:", "why:", "because:"])
            .unwrap_or(&t)
            .to_string();
        (!t.is_empty()).then_some(t)
    }

    pub(super) fn choice(
        &mut self,
        question: &str,
        items: &[Item],
        explanation: Option<String>,
        line: usize,
    ) -> Result<()> {
        let q = clean_text(question);
        let shown = if q.chars().count() > 60 {
            format!("{}…", q.chars().take(60).collect::<String>())
        } else {
            q.clone()
        };
        let right = self.right_option(items, &shown, line)?;
        let mut choices = Vec::new();
        for it in items {
            let c = clean_text(&it.text());
            if c.is_empty() {
                return Err(Error::at_line(
                    self.file,
                    it.line,
                    format!("an option of “{shown}” is empty — write the option after `- [ ]`"),
                ));
            }
            choices.push(c);
        }
        if q.is_empty() {
            return Err(Error::at_line(
                self.file,
                line,
                "the options have an empty question — write the question above them",
            ));
        }
        self.push_raw(Draft {
            front: q.clone(),
            back: None,
            explanation,
            choices: Some(choices),
            answer: Some(right),
            line,
            path: self.path(),
            core: q,
            block: self.block,
            led: None,
        });
        Ok(())
    }

    /// The one option marked `- [x]`, or an error that says what is wrong.
    fn right_option(&self, items: &[Item], shown: &str, line: usize) -> Result<usize> {
        let right: Vec<usize> = items
            .iter()
            .enumerate()
            .filter(|(_, it)| it.checked == Some(true))
            .map(|(k, _)| k)
            .collect();
        match right.len() {
            0 => Err(Error::at_line(self.file, line, format!(
                "the multiple-choice question “{shown}” has no right answer — mark the right option `- [x]`"
            ))),
            1 if items.len() < 2 => Err(Error::at_line(self.file, line, format!(
                "the multiple-choice question “{shown}” has only one option — add the wrong options as `- [ ]` lines"
            ))),
            1 => Ok(right[0]),
            n => {
                let at: Vec<String> = right.iter().map(|k| items[*k].line.to_string()).collect();
                Err(Error::at_line(self.file, line, format!(
                    "the multiple-choice question “{shown}” has {n} right answers (lines {}) — mark only one option `- [x]`",
                    at.join(", ")
                )))
            }
        }
    }

    pub(super) fn cloze(&mut self, lines: &[Line]) -> Result<()> {
        let line = lines[0].line;
        let text = clean_text(&join_lines(lines));
        let parts = cloze_parts(&text).ok_or_else(|| {
            Error::at_line(
                self.file,
                line,
                "a cloze `{{c1::…` is not closed — end it with `}}`",
            )
        })?;
        let mut numbers: Vec<u32> = parts.iter().filter_map(ClozePart::number).collect();
        numbers.sort_unstable();
        numbers.dedup();
        if numbers.len() > MAX_CLOZES {
            self.leave("a cloze paragraph with more than 20 gap numbers — split it up");
            return Ok(());
        }
        for n in numbers {
            let (front, back) = cloze_card(&parts, n);
            let front = clean_text(&front);
            self.qa_card(&front, &back.join("; "), None, line);
        }
        Ok(())
    }

    /// `"Who patches X?" → Customer.` pairs in a line: whether it had any.
    pub(super) fn quoted_answers(&mut self, t: &str, line: usize) -> bool {
        let pairs = quoted_pairs(t);
        for (q, a) in &pairs {
            let a = self.lex.parties.name(a).map_or(a.clone(), str::to_string);
            self.card(None, q, &a, None, line);
        }
        !pairs.is_empty()
    }
}

/// The text that starts with `first` and runs on over the following lines
/// until `stop` says a line starts something else; and where it stopped.
fn continued(
    first: &str,
    lines: &[Line],
    from: usize,
    stop: impl Fn(&str) -> bool,
) -> (String, usize) {
    let mut text = first.to_string();
    let mut j = from;
    while j < lines.len() && !stop(&lines[j].text) {
        text.push(' ');
        text.push_str(lines[j].text.trim());
        j += 1;
    }
    (text, j)
}

/// `"Who patches X?" → Customer.` pairs in a line.
fn quoted_pairs(t: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = t.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (start, c) = chars[k];
        if c != '"' && c != '“' {
            k += 1;
            continue;
        }
        let close = if c == '"' { '"' } else { '”' };
        let Some(end_k) = (k + 1..chars.len()).find(|&m| chars[m].1 == close) else {
            break;
        };
        let inner = &t[start + c.len_utf8()..chars[end_k].0];
        let after = t[chars[end_k].0 + close.len_utf8()..].trim_start();
        if inner.trim_end().ends_with('?') {
            if let Some(ans) = starts_with_pointer(after) {
                let stop = ans.find(['.', '"', '“']).unwrap_or(ans.len());
                let a = ans[..stop].trim();
                if !a.is_empty() {
                    out.push((inner.trim().to_string(), a.to_string()));
                }
            }
        }
        k = end_k + 1;
    }
    out
}

enum ClozePart {
    Text(String),
    Gap {
        number: u32,
        text: String,
        hint: Option<String>,
    },
}

impl ClozePart {
    fn number(&self) -> Option<u32> {
        match self {
            ClozePart::Gap { number, .. } => Some(*number),
            ClozePart::Text(_) => None,
        }
    }
}

/// The front (gap `n` hidden, the others shown) and the hidden texts.
fn cloze_card(parts: &[ClozePart], n: u32) -> (String, Vec<String>) {
    let mut front = String::new();
    let mut back = Vec::new();
    for p in parts {
        match p {
            ClozePart::Text(t) => front.push_str(t),
            ClozePart::Gap { number, text, hint } if *number == n => {
                front.push_str(&format!("[{}]", hint.as_deref().unwrap_or("...")));
                back.push(text.clone());
            }
            ClozePart::Gap { text, .. } => front.push_str(text),
        }
    }
    (front, back)
}

/// Splits `a {{c1::b::hint}} c` into parts; `None` if a gap is not closed.
fn cloze_parts(text: &str) -> Option<Vec<ClozePart>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find("{{c") {
        let after = &rest[open + 3..];
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        let Some(inner_start) = after[digits.len()..].strip_prefix("::") else {
            out.push(ClozePart::Text(rest[..open + 3].to_string()));
            rest = after;
            continue;
        };
        let close = inner_start.find("}}")?;
        let inner = &inner_start[..close];
        let (gap, hint) = match inner.split_once("::") {
            Some((g, h)) => (g, Some(h.trim().to_string())),
            None => (inner, None),
        };
        out.push(ClozePart::Text(rest[..open].to_string()));
        out.push(ClozePart::Gap {
            number: digits.parse().unwrap_or(1),
            text: gap.trim().to_string(),
            hint,
        });
        rest = &inner_start[close + 2..];
    }
    out.push(ClozePart::Text(rest.to_string()));
    Some(out)
}

/// "Why do pots crack? Because they cool too fast." → the question and
/// the answer that follows its mark in the same paragraph.
fn answered_after(question: &str) -> Option<(String, String)> {
    let at = question.find("? ")?;
    let answer = question[at + 2..].trim();
    (!answer.is_empty()).then(|| (question[..=at].to_string(), answer.to_string()))
}
