//! Questions whose answer is the block right below them: a question on its
//! own line ("**Q3: Who enforces the rules?**", "What is MVCC?") answered
//! by the quote under it, and a question heading ("### Q: How do you …?")
//! answered by an `A:` paragraph, with the list under a bare `A:` as the
//! answer's items.

use super::super::clean::clean_text;
use super::super::doc::{join_lines, Block, Line};
use super::super::text::{capitalise, looks_plural, strip_any};
use super::{a_label, Draft, Rules};

impl Rules<'_> {
    /// A paragraph that is only a question, with its answer right below
    /// it: a quote, or (under a bold question) a paragraph, with the list
    /// it introduces. Whether block `i` was read so.
    pub(super) fn quoted_answer(&mut self, blocks: &[Block], i: usize, lines: &[Line]) -> bool {
        let [line] = lines else { return false };
        let Some(question) = asked(&line.text) else {
            return false;
        };
        let bold = line
            .bold
            .as_deref()
            .is_some_and(|b| b.trim() == line.text.trim());
        let mut used = vec![i + 1];
        let answer = match blocks.get(i + 1) {
            Some(Block::Quote { lines: quote }) => answer_text(quote),
            Some(Block::Para { lines: para })
                if bold
                    && para
                        .iter()
                        .all(|l| asked(&l.text).is_none() && l.bold.is_none()) =>
            {
                let mut parts: Vec<String> = para.iter().map(|l| clean_text(&l.text)).collect();
                if let (true, Some(Block::List { items, .. })) = (
                    parts.last().is_some_and(|p| p.ends_with(':')),
                    blocks.get(i + 2),
                ) {
                    parts.extend(items.iter().map(|it| clean_text(&it.text())));
                    used.push(i + 2);
                }
                answer_join(&parts)
            }
            _ => return false,
        };
        // "Answer: …" (or a revealed `<summary>Answer</summary>`)
        let answer = bare_a_label(&answer).unwrap_or(&answer).to_string();
        if answer.is_empty() {
            return false;
        }
        for at in used {
            self.join(at);
        }
        self.asked_card(&question, &answer, None, line.line);
        true
    }

    /// `**3. What is a levain?**` and, on the lines below it in the same
    /// paragraph, the answer. Whether it was read so.
    pub(super) fn bold_question(&mut self, lines: &[Line]) -> bool {
        let [first, rest @ ..] = lines else {
            return false;
        };
        let whole = first
            .bold
            .as_deref()
            .is_some_and(|b| clean_text(b) == clean_text(&first.text));
        let Some(question) = asked(&first.text).filter(|_| whole && !rest.is_empty()) else {
            return false;
        };
        if rest.iter().any(|l| asked(&l.text).is_some()) {
            return false;
        }
        let answer = answer_text(rest);
        let answer = bare_a_label(&answer).unwrap_or(&answer).to_string();
        if answer.is_empty() {
            return false;
        }
        self.asked_card(&question, &answer, None, first.line);
        true
    }

    /// "**Example**: A message is 200 KB; how many requests are billed?"
    /// with "Solution: …" on the next line: a worked question and its
    /// answer. Whether it was read so.
    pub(super) fn worked_question(&mut self, lines: &[Line]) -> bool {
        const ASKING: &[&str] = &[
            "example:",
            "exercise:",
            "problem:",
            "question:",
            "scenario:",
        ];
        const ANSWERING: &[&str] = &["solution:", "answer:", "ans:", "a:"];
        let [first, second, rest @ ..] = lines else {
            return false;
        };
        let q = clean_text(&first.text);
        let q = strip_any(&q, ASKING).unwrap_or(&q);
        let a = clean_text(&second.text);
        let (Some(a), true) = (strip_any(&a, ANSWERING), q.ends_with('?')) else {
            return false;
        };
        let mut parts = vec![a.to_string()];
        parts.extend(rest.iter().map(|l| clean_text(&l.text)));
        self.asked_card(q, &answer_join(&parts), None, first.line);
        true
    }

    /// A heading that asks a question, answered by the `A:` paragraph below
    /// it (and the list under a bare `A:`). Whether it was read so.
    pub(super) fn heading_answer(&mut self, blocks: &[Block], i: usize, text: &str) -> bool {
        let Some(question) = asked(text) else {
            return false;
        };
        let Some(Block::Para { lines }) = blocks.get(i + 1) else {
            return false;
        };
        let Some(first) = lines.first() else {
            return false;
        };
        let label = clean_text(&first.text);
        let Some(rest) = bare_a_label(&label) else {
            return false;
        };
        let mut parts = vec![rest.to_string()];
        parts.extend(lines[1..].iter().map(|l| clean_text(&l.text)));
        let mut answer = answer_join(&parts);
        let mut why = None;
        if let Some(Block::List { items, .. }) = blocks.get(i + 2) {
            let texts: Vec<String> = items.iter().map(|it| clean_text(&it.text())).collect();
            if answer.is_empty() || answer.ends_with(':') {
                answer = format!("{} {}", answer, answer_join(&texts));
                self.join(i + 2);
            } else if let [t] = texts.as_slice() {
                // "- **Explanation:** …" under the answer.
                why =
                    super::strip_label(t, &["explanation:", "why:", "reason:"]).map(str::to_string);
                if why.is_some() {
                    self.join(i + 2);
                }
            }
        }
        let answer = answer.trim().trim_end_matches(':').trim().to_string();
        if answer.is_empty() {
            return false;
        }
        self.join(i + 1);
        // The heading was a question, not a section.
        let own = super::super::plain::heading_text(text);
        if self.stack.last().is_some_and(|(_, h)| *h == own) {
            self.stack.pop();
        }
        self.asked_card(&question, &answer, why, first.line);
        true
    }

    /// "## Referential integrity" over one short paragraph or list that
    /// gave no card of its own, and nothing else in its section: the
    /// paragraph says what the heading means.
    pub(super) fn heading_definition(&mut self, blocks: &[Block], i: usize) {
        let Some(Block::Heading { text, .. }) = i.checked_sub(1).map(|p| &blocks[p]) else {
            return;
        };
        let alone = alone_in_section(blocks, i);
        let body = match &blocks[i] {
            // "## M: Militarism" stays whole, as a mnemonic's letter
            Block::Para { lines } if text.contains(':') => join_lines(lines),
            Block::Para { lines } => opening_phrase(&worked_apart(&join_lines(lines))),
            Block::List { items, .. } if items.iter().all(|it| it.sub.is_empty()) => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|it| clean_text(&it.text()))
                    .filter(|t| !super::list_card::exam_flag(t))
                    .collect();
                answer_join(&parts)
            }
            Block::Code { text, line, .. } => match super::code::drawn_list(text, *line) {
                Some(items) => {
                    let parts: Vec<String> =
                        items.iter().map(|it| clean_text(&it.text())).collect();
                    answer_join(&parts)
                }
                None => return,
            },
            _ => return,
        };
        // "Occurs when …" first under its heading says what it is, even
        // with more below
        let opens =
            matches!(&blocks[i], Block::Para { .. }) && super::gloss::defining_clause(&body);
        if alone || opens {
            self.define_heading(blocks, i, text, &body);
        }
    }

    /// The card of what heading `text` means, `body` being what is under it.
    pub(super) fn define_heading(&mut self, blocks: &[Block], i: usize, text: &str, body: &str) {
        let term = super::super::plain::heading_text(text);
        let term = term.trim_end_matches(':').trim();
        let words = body.split_whitespace().count();
        let line = blocks[i].line().unwrap_or(0);
        // A block a rule already said why it left out stays out.
        if self.left[i].is_some()
            || self.joined[i].is_some()
            || !(2..=super::prose::MAX_CALLOUT_WORDS).contains(&words)
        {
            return;
        }
        let answer = clean_text(body);
        // "This is the belief that …": what the heading is
        let lead = super::gloss::POINTING_LEADS
            .iter()
            .find(|l| answer.starts_with(*l));
        let answer = lead.map_or(answer.clone(), |l| capitalise(&answer[l.len()..]));
        let answer = answer.trim_end_matches('.');
        // "### What is an acid" over "Proton donor": the heading asks.
        // The heading is the question; the one over it is its section, as
        // for a list under a question heading.
        if let Some(q) = heading_question(term) {
            let ctx = self.parent_heading().filter(|c| !self.is_title(c));
            let ctx = ctx.map(str::to_string);
            return self.card(ctx.as_deref(), &q, answer, None, line);
        }
        // "## Characters" over names or points: a list no list card
        // recited says what is under the heading, not what it means
        let tips = super::advice::advice_heading(term).is_some();
        let listed = matches!(&blocks[i], Block::List { items, .. } if items.len() > 1) && !tips;
        // "When the fuel runs out, …": a statement, not what the heading is
        let opener = super::super::text::first_word(answer);
        // "Since each atom …", "These new machines …": about what came before
        let clause = super::super::conditional::CLAUSE_WORDS.contains(&opener.as_str())
            && !super::gloss::defining_clause(answer)
            || ["since", "these", "those", "they"].contains(&opener.as_str());
        if clause
            || listed
            || super::callout::says_its_label(answer, term)
            || super::gloss::states(answer)
            || !names_a_term(term)
            || self.is_title(term)
        {
            return;
        }
        let ctx = self.stack.iter().rev().nth(1).map(|(_, h)| h.clone());
        let ctx = ctx.filter(|c| !self.is_title(c) && !super::is_generic(c));
        if tips {
            return self.tips_card(&blocks[i], term, ctx, body);
        }
        // "### Use Case" under "### Electric Kiln": one side of that thing
        let side = ctx
            .as_deref()
            .filter(|c| super::subject::side_of(term, c, false))
            .map(|_| {
                let lower = term.to_lowercase();
                let be = if looks_plural(&lower) { "are" } else { "is" };
                format!("what {be} its {lower}?")
            });
        // "#### Reduction" over "caused by a shortage of air": its cause
        let first = super::super::text::sentences(answer).into_iter().next();
        let cause = first
            .and_then(|s| super::labels::done_by(&self.lex.lc_phrase(term), &s))
            .filter(|f| term.split_whitespace().count() <= 4 && f.answer.contains(' '));
        if let Some(f) = cause {
            return self.card(ctx.as_deref(), &f.question, &f.answer, None, line);
        }
        // "## Cone 6" over "Melts stoneware glazes …": what it does
        let q = side
            .or_else(|| of_question(term))
            .or_else(|| super::labels::does_what(term, answer))
            .unwrap_or_else(|| super::meant(term));
        let answer = super::meaning::without_asked_verb(&q, answer);
        self.card(ctx.as_deref(), &q, answer, None, line);
    }

    /// "Security tips" over its list: the tips, not what the words mean.
    fn tips_card(&mut self, block: &Block, term: &str, ctx: Option<String>, body: &str) {
        let Block::List { items, .. } = block else {
            return;
        };
        let ctx = ctx.map_or_else(|| term.to_string(), |c| format!("{c} — {term}"));
        let q = format!("list the {} items.", items.len());
        let answer = clean_text(body);
        let line = block.line().unwrap_or(0);
        self.card(Some(&ctx), &q, answer.trim_end_matches('.'), None, line);
    }

    /// A multiple-choice block found by the quiz reader.
    pub(super) fn choice_block(&mut self, b: &Block) {
        let Block::Choice {
            question,
            options,
            answer,
            explanation,
            line,
        } = b
        else {
            return;
        };
        let q = clean_text(question);
        let choices: Vec<String> = options.iter().map(|o| clean_text(o)).collect();
        if q.is_empty() || choices.iter().any(|c| c.is_empty()) {
            return self.leave("a quiz question with an empty option");
        }
        self.push_raw(Draft {
            front: q.clone(),
            back: None,
            explanation: explanation
                .as_deref()
                .map(clean_text)
                .filter(|e| !e.is_empty()),
            choices: Some(choices),
            answer: Some(*answer),
            line: *line,
            path: self.path(),
            core: q,
            block: self.block,
            led: None,
        });
    }

    /// A question the notes ask, as they wrote it, after its section when
    /// the question does not name the section's subject.
    pub(super) fn asked_card(
        &mut self,
        question: &str,
        answer: &str,
        why: Option<String>,
        line: usize,
    ) {
        // "2. Which …?": the number orders the notes, not the question.
        let question = super::strip_numbering(question);
        // "B. Bread flour": the option's letter is not part of the answer.
        let answer = match answer.as_bytes() {
            [b'A'..=b'E', b'.' | b')', b' ', ..] => &answer[3..],
            _ => answer,
        };
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() >= 3)
                .map(str::to_lowercase)
                .collect()
        };
        let asked = words(question);
        let ctx = self
            .context(None)
            .filter(|c| !words(c).iter().any(|w| asked.contains(w)));
        self.card(ctx.as_deref(), question, answer, why, line);
    }
}

/// The question a line asks, without its `Q3:` label: a labelled line (even
/// an order: "Q8: Explain …"), or a line that ends with `?`.
pub(super) fn asked(text: &str) -> Option<String> {
    let t = clean_text(text);
    if let Some(q) = numbered_q(&t) {
        return (!q.is_empty()).then(|| q.to_string());
    }
    (t.ends_with('?') && t.split_whitespace().count() >= 2).then_some(t)
}

/// Whether block `i` is the last of its section: a heading, a break or
/// the end follows it.
pub(super) fn alone_in_section(blocks: &[Block], i: usize) -> bool {
    matches!(
        blocks.get(i + 1),
        None | Some(Block::Heading { .. } | Block::Break)
    )
}

/// "The need to hold the clay steady — to keep the wall even. It takes
/// weeks …": of a paragraph too long to ask whole, or whose later
/// sentences state things, the first when it is a phrase saying what
/// the heading is; else the paragraph.
fn opening_phrase(text: &str) -> String {
    let clean = clean_text(text);
    let first = super::super::text::sentences(&clean)
        .into_iter()
        .next()
        .unwrap_or_default();
    let too_long = clean.split_whitespace().count() > super::prose::MAX_CALLOUT_WORDS;
    let phrase = first.len() < clean.len()
        && !super::gloss::own_clause(&first)
        && !super::gloss::states(&first);
    match (too_long || super::gloss::states(&clean)) && phrase {
        true => first,
        false => text.to_string(),
    }
}

/// A heading that asks, as the question: "What is an acid" → "What is an
/// acid?", "Why is flux added?", "Describe how a kiln is loaded.".
pub(super) fn heading_question(heading: &str) -> Option<String> {
    const ASKING: &[&str] = &["what", "why", "how", "which", "who", "when", "where"];
    const ORDERS: &[&str] = &["describe", "explain", "define", "name", "state", "outline"];
    let t = clean_text(heading);
    let t = t.trim_end_matches(['.', ':']);
    let words: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
    let first = words.first()?.as_str();
    // "What the cache does", "How it works", "When to use": a section's
    // label that names what it tells, not a question
    let label = ASKING.contains(&first)
        && ["the", "a", "an", "it", "its", "we", "you", "they", "this"]
            .contains(&words.get(1).map_or("", String::as_str));
    if label || words.len() < 3 || super::callout::wh_label(t).is_some() {
        return None;
    }
    if t.ends_with('?') {
        Some(t.to_string())
    } else if ASKING.contains(&first) {
        Some(format!("{t}?"))
    } else if ORDERS.contains(&first) {
        Some(format!("{t}."))
    } else {
        None
    }
}

/// "Chemical name of rust" → "what is the chemical name of rust?": a
/// heading that names a property of a plain thing asks for it.
fn of_question(heading: &str) -> Option<String> {
    let (head, of) = heading.split_once(" of ")?;
    let words: Vec<&str> = heading.split_whitespace().collect();
    let plain = |w: &&str| !w.chars().any(char::is_uppercase);
    if !(3..=6).contains(&words.len()) || !words[1..].iter().all(plain) || of.is_empty() {
        return None;
    }
    let noun = head.split_whitespace().last()?;
    let be = if looks_plural(noun) { "are" } else { "is" };
    Some(format!("what {be} the {}?", heading.to_lowercase()))
}

/// "Q3: …", "Q 3. …", "Question 3: …", "Q: …" → the question.
pub(super) fn numbered_q(t: &str) -> Option<&str> {
    let lower = t.to_ascii_lowercase();
    let rest_at = if lower.starts_with("question") {
        "question".len()
    } else if lower.starts_with('q') {
        1
    } else {
        return None;
    };
    let rest = t[rest_at..].trim_start();
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = rest.strip_prefix([':', '.', ')'])?;
    // "Q.E.D." or "Quick: …" are not labels.
    (rest.starts_with(' ') || rest.is_empty()).then(|| rest.trim())
}

/// `A: text`, `Answer: text`, and a bare `A:`.
fn bare_a_label(t: &str) -> Option<&str> {
    let lower = t.to_ascii_lowercase();
    if lower == "a:" || lower == "answer:" {
        return Some("");
    }
    a_label(t)
}

/// A quote's lines as one answer: lines that end a sentence run on, the
/// others (the items of a list) are separated by `;`.
fn answer_text(lines: &[Line]) -> String {
    let parts: Vec<String> = lines
        .iter()
        .map(|l| clean_text(&l.text))
        .filter(|t| !t.is_empty())
        .collect();
    if parts.len() <= 1 {
        return clean_text(&join_lines(lines));
    }
    answer_join(&parts)
}

fn answer_join(parts: &[String]) -> String {
    let mut out = String::new();
    for p in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            let ends = out.ends_with(['.', '!', '?', ';', ':']);
            out.push_str(if ends { " " } else { "; " });
        }
        out.push_str(p);
    }
    out
}

/// "Golden Rule", "Key Principle": a heading that labels a statement
/// rather than naming a term.
fn rule_label(heading: &str) -> bool {
    const RULES: &[&str] = &["rule", "principle", "tip", "takeaway", "reminder"];
    let last = heading.split_whitespace().last().unwrap_or("");
    RULES.contains(&last.to_lowercase().as_str())
}

/// Whether a heading names a term its text could define: a short name,
/// not a generic label, an aspect, a rule, a question, or two things side
/// by side ("WSL & Bind Mounts").
fn names_a_term(term: &str) -> bool {
    term.split_whitespace().count() <= 4
        && (super::term_like(term)
            || term.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && !super::is_generic(term)
        && !super::aspect::aspect_word(term)
        && !rule_label(term)
        && !super::is_question(term)
        && super::callout::wh_label(term).is_none()
        && !term.to_lowercase().starts_with("why ")
        && ![" & ", " and ", " + "].iter().any(|j| term.contains(j))
}

/// "Sort the values and pick the middle one. Median of 10, 12, 14 = 12.":
/// the meaning without the worked examples after it (sentences that
/// work out a value with "=").
fn worked_apart(text: &str) -> String {
    let all = super::super::text::sentences(text);
    let worked = |s: &String| s.contains('=') && s.contains(|c: char| c.is_ascii_digit());
    match all.split_first() {
        Some((first, rest)) if !rest.is_empty() && rest.iter().all(worked) && !worked(first) => {
            first.clone()
        }
        _ => text.to_string(),
    }
}

/// The words that open a question.
pub(super) const WH_WORDS: &[&str] = &["what", "how", "why", "when", "where", "who", "which"];

/// "What does net force mean", "How is mass measured": a question
/// written without its question mark.
pub(super) fn asks(term: &str) -> bool {
    const HELPERS: &[&str] = &["does", "do", "did", "is", "are", "was", "were", "can"];
    let words: Vec<String> = term.split_whitespace().map(str::to_lowercase).collect();
    words.len() >= 3
        && WH_WORDS.contains(&words[0].as_str())
        && HELPERS.contains(&words[1].as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_labels() {
        assert_eq!(numbered_q("Q3: Who pays?"), Some("Who pays?"));
        assert_eq!(
            numbered_q("Question 12. Explain locks."),
            Some("Explain locks.")
        );
        assert_eq!(numbered_q("Q: Why?"), Some("Why?"));
        assert_eq!(numbered_q("Quick: tip"), None);
        assert_eq!(numbered_q("QUIC is fast"), None);
        assert_eq!(asked("Is it so?").as_deref(), Some("Is it so?"));
        assert_eq!(asked("Plain statement."), None);
    }

    #[test]
    fn answers_join_items() {
        let lines = vec![Line::new("Redo: apply", 1), Line::new("Undo: roll back", 2)];
        assert_eq!(answer_text(&lines), "Redo: apply; Undo: roll back");
        let lines = vec![Line::new("It wraps.", 1), Line::new("Then ends", 2)];
        assert_eq!(answer_text(&lines), "It wraps. Then ends");
    }
}
