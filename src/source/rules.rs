//! The card rules: blocks (with their heading path) → draft cards. Each rule
//! is one function; `Rules::run` decides which applies to which block.

use super::clean::{
    clean_text, starts_with_pointer, starts_with_right_mark, starts_with_wrong_mark,
};
use super::doc::{join_lines, Block, Item, Line};
use super::plain::{dangles, strip_numbering};
use super::text::{
    capitalise, facts, party_in_question, party_name, party_prefix, sentences, task_third_person,
    third_person, Fact, Lexicon, RESP_VERBS,
};
use crate::error::{Error, Result};

/// A card before ids, tags and de-duplication.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub front: String,
    pub back: Option<String>,
    pub explanation: Option<String>,
    pub choices: Option<Vec<String>>,
    pub answer: Option<usize>,
    pub line: usize,
    /// Headings above the card, the document title left out.
    pub path: Vec<String>,
    /// The question without heading context, for de-duplication.
    pub core: String,
}

/// Headings too general to give a card its context.
const GENERIC_HEADINGS: &[&str] = &[
    "rules of thumb",
    "rule of thumb",
    "key takeaways",
    "takeaways",
    "summary",
    "overview",
    "introduction",
    "intro",
    "conclusion",
    "recap",
    "review",
    "notes",
    "key points",
    "test your knowledge",
    "quiz",
    "questions",
    "practice questions",
    "exam questions",
    "self-test",
    "quick answer",
    "tl;dr",
    "in short",
    "visual way to remember",
    "cheat sheet",
    "the core model",
    "core model",
];

/// Words that make a `Label: text` line a callout.
const CALLOUT_WORDS: &[&str] = &[
    "principle",
    "rule",
    "tip",
    "note",
    "remember",
    "important",
    "takeaway",
    "key point",
    "answer",
    "exam",
    "summary",
    "warning",
    "bottom line",
    "mnemonic",
    "in short",
    "definition",
    "gotcha",
    "trap",
];

/// Longest body (in words) that still makes a good callout card.
const MAX_CALLOUT_WORDS: usize = 35;
/// Longest list item (in words) shown on a list card.
const MAX_LIST_ITEM_WORDS: usize = 12;

pub struct Rules<'a> {
    file: &'a str,
    lex: &'a Lexicon,
    title: Option<String>,
    /// Line of the heading used as the document title (not part of paths).
    title_line: Option<usize>,
    stack: Vec<(u8, String)>,
    out: Vec<Draft>,
}

/// A list item split into term and definition.
struct Entry {
    text: String,
    term: Option<String>,
    def: Option<String>,
    line: usize,
}

impl<'a> Rules<'a> {
    pub fn new(
        file: &'a str,
        lex: &'a Lexicon,
        title: Option<String>,
        title_line: Option<usize>,
    ) -> Self {
        Rules {
            file,
            lex,
            title,
            title_line,
            stack: Vec::new(),
            out: Vec::new(),
        }
    }

    pub fn run(mut self, blocks: &[Block]) -> Result<Vec<Draft>> {
        let mut used = vec![false; blocks.len()];
        for i in 0..blocks.len() {
            if used[i] {
                continue;
            }
            used[i] = true;
            match &blocks[i] {
                Block::Heading { level, text, line } => {
                    let text = clean_text(strip_numbering(text));
                    while self.stack.last().is_some_and(|(l, _)| *l >= *level) {
                        self.stack.pop();
                    }
                    if Some(*line) != self.title_line && !text.is_empty() {
                        self.stack.push((*level, text));
                    }
                }
                Block::Para { lines } => self.para(blocks, i, lines, &mut used)?,
                Block::Quote { lines } => self.text_lines(lines, None),
                Block::List { items, .. } => {
                    let heading_question = match i.checked_sub(1).map(|p| &blocks[p]) {
                        Some(Block::Heading { text, .. }) if is_question(text) => {
                            Some(text.clone())
                        }
                        _ => None,
                    };
                    if let (true, Some(question)) = (
                        items.iter().all(|it| it.checked.is_some()),
                        heading_question,
                    ) {
                        let explanation = self.take_quote(blocks, i + 1, &mut used);
                        self.choice(&question, items, explanation, items[0].line)?;
                    } else {
                        let lead = self.lead_of(blocks, i);
                        // A list that sets up the question below it ("… was
                        // broken into because:" / "Is AWS to blame?") is read
                        // with that question, not on its own.
                        let sets_up_question = matches!(blocks.get(i + 1), Some(Block::Para { lines })
                            if lines.len() >= 2
                                && lines[0].text.trim_end().ends_with('?')
                                && starts_with_pointer(lines[1].text.trim()).is_some());
                        self.list(items, lead.as_deref(), !sets_up_question);
                    }
                }
                Block::Table {
                    header,
                    rows,
                    row_lines,
                    line,
                } => self.table(header, rows, row_lines, *line),
                Block::Choice {
                    question,
                    options,
                    answer,
                    explanation,
                    line,
                } => {
                    let q = clean_text(question);
                    let choices: Vec<String> = options.iter().map(|o| clean_text(o)).collect();
                    if !q.is_empty() && choices.iter().all(|c| !c.is_empty()) {
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
                        });
                    }
                }
                Block::Break => {}
            }
        }
        Ok(self.out)
    }

    // ----- context ---------------------------------------------------------

    fn path(&self) -> Vec<String> {
        self.stack.iter().map(|(_, t)| t.clone()).collect()
    }

    fn is_title(&self, heading: &str) -> bool {
        let norm = |s: &str| {
            super::clean::normalise(s)
                .split(' ')
                .filter(|w| !["the", "a", "an"].contains(w))
                .collect::<Vec<_>>()
                .join(" ")
        };
        self.title
            .as_deref()
            .is_some_and(|t| norm(t) == norm(heading))
    }

    /// The heading that gives a card its context: the nearest one that is
    /// neither generic nor a lead-in, with the parts that would give away
    /// `answer` removed.
    fn context(&self, answer: Option<&str>) -> Option<String> {
        for (_, h) in self.stack.iter().rev() {
            let h = h.trim();
            if h.ends_with(':') || self.is_title(h) || is_generic(h) {
                continue;
            }
            match answer {
                None => return Some(h.to_string()),
                Some(a) => {
                    if let Some(kept) = without_leak(h, a, self.lex) {
                        // A fragment left over ("in short") says nothing.
                        if (kept.split_whitespace().count() >= 2 || kept == h) && !is_generic(&kept)
                        {
                            return Some(kept);
                        }
                    }
                }
            }
        }
        None
    }

    /// Context for a callout: the heading, else the document title.
    fn callout_context(&self) -> Option<String> {
        self.context(None).or_else(|| self.title.clone())
    }

    // ----- output ----------------------------------------------------------

    fn push_raw(&mut self, d: Draft) {
        if d.front.trim().is_empty() {
            return;
        }
        if d.choices.is_none() && blank(d.back.as_deref()) {
            return;
        }
        self.out.push(d);
    }

    /// A question card: `question` starts in lower case; `context` goes in
    /// front of it.
    fn card(
        &mut self,
        context: Option<&str>,
        question: &str,
        back: &str,
        explanation: Option<String>,
        line: usize,
    ) {
        let question = clean_text(question);
        let back = capitalise(&clean_text(back));
        if question.is_empty() || back.is_empty() {
            return;
        }
        let front = match context {
            Some(c) if !c.is_empty() => {
                let c = clean_text(c);
                let sep = if c.contains(": ") { " — " } else { ": " };
                format!("{c}{sep}{}", lower_question_word(&question))
            }
            _ => capitalise(&question),
        };
        let explanation = explanation
            .map(|e| clean_text(&e))
            .filter(|e| !e.is_empty() && *e != back);
        self.push_raw(Draft {
            front,
            back: Some(back),
            explanation,
            choices: None,
            answer: None,
            line,
            path: self.path(),
            core: capitalise(&question),
        });
    }

    fn fact_card(&mut self, f: &Fact, line: usize) {
        let context = if f.prefix.is_some() {
            None
        } else {
            self.context(f.who.then_some(f.answer.as_str()))
        };
        // A definition under a heading that names its subject or its answer
        // ("Inherited Controls: what are inherited controls?") gains nothing
        // from the heading, or is given away by it.
        let context = context
            .filter(|c| f.who || !(covers(c, &f.question, usize::MAX) || covers(c, &f.answer, 2)));
        let question = match &f.prefix {
            Some(p) => format!("{p}{}", f.question),
            None => f.question.clone(),
        };
        self.card(
            context.as_deref(),
            &question,
            &f.answer,
            f.explanation.clone(),
            line,
        );
    }

    // ----- paragraphs ------------------------------------------------------

    fn para(
        &mut self,
        blocks: &[Block],
        i: usize,
        lines: &[Line],
        used: &mut [bool],
    ) -> Result<()> {
        let text = join_lines(lines);
        if text.contains("{{c") {
            return self.cloze(lines);
        }
        // A question followed by `- [ ]` / `- [x]` options.
        // (A checklist under anything else is a to-do list, read as a list.)
        if let Some(Block::List { items, .. }) = blocks.get(i + 1) {
            if !items.is_empty()
                && items.iter().all(|it| it.checked.is_some())
                && is_question(&text)
            {
                used[i + 1] = true;
                let q = strip_q_label(&text);
                let explanation = self.take_quote(blocks, i + 2, used);
                return self.choice(q, items, explanation, lines[0].line);
            }
        }
        if lines.iter().any(|l| q_label(&l.text).is_some()) {
            return self.qa(blocks, i, lines, used);
        }
        // The last line may introduce the list below it; it is read there.
        let lead_in = lines
            .last()
            .is_some_and(|l| l.text.trim_end().ends_with(':'))
            && matches!(blocks.get(i + 1), Some(Block::List { .. }));
        let body = if lead_in {
            &lines[..lines.len() - 1]
        } else {
            lines
        };
        let previous_list = match i.checked_sub(1).map(|p| &blocks[p]) {
            Some(Block::List { items, .. }) => {
                let lead = self.lead_of(blocks, i - 1);
                Some((
                    lead,
                    items
                        .iter()
                        .map(|it| clean_text(&it.text()))
                        .collect::<Vec<_>>(),
                ))
            }
            _ => None,
        };
        let explanation = match blocks.get(i + 1) {
            Some(Block::Quote { .. }) if body.iter().any(|l| l.text.trim_end().ends_with('?')) => {
                self.take_quote(blocks, i + 1, used)
            }
            _ => None,
        };
        self.text_lines_with(body, previous_list, explanation);
        Ok(())
    }

    /// Prose lines: special lines first (myth/fact pairs, `"Q?" → A`,
    /// `Question?` / `➡ Answer`, callouts), the rest mined for facts.
    fn text_lines(&mut self, lines: &[Line], previous_list: Option<(Option<String>, Vec<String>)>) {
        self.text_lines_with(lines, previous_list, None);
    }

    fn text_lines_with(
        &mut self,
        lines: &[Line],
        previous_list: Option<(Option<String>, Vec<String>)>,
        explanation: Option<String>,
    ) {
        let mut prose: Vec<&Line> = Vec::new();
        let mut j = 0;
        while j < lines.len() {
            let l = &lines[j];
            let t = l.text.trim();
            // ❌ "myth" followed by ✅ fact.
            if let (Some(myth), Some(fact)) = (
                starts_with_wrong_mark(t),
                lines
                    .get(j + 1)
                    .and_then(|n| starts_with_right_mark(n.text.trim())),
            ) {
                self.flush(&mut prose);
                let myth = clean_text(myth);
                let myth = myth
                    .trim_matches(['"', '“', '”', '\''])
                    .trim_end_matches('.');
                let ctx = self.context(None);
                self.card(
                    ctx.as_deref(),
                    &format!("true or false: “{myth}”?"),
                    &format!("False — {}", clean_text(fact)),
                    None,
                    l.line,
                );
                j += 2;
                continue;
            }
            if starts_with_wrong_mark(t).is_some() {
                // A "wrong" line on its own must not be learnt as a fact.
                self.flush(&mut prose);
                j += 1;
                continue;
            }
            let quoted = quoted_answers(t);
            if !quoted.is_empty() {
                self.flush(&mut prose);
                for (q, a) in quoted {
                    let a = party_name(&a).map_or(a, str::to_string);
                    self.card(None, &q, &a, None, l.line);
                }
                j += 1;
                continue;
            }
            // "Question?" then "➡ Answer" on the next line.
            if t.ends_with('?') {
                if let Some(answer) = lines.get(j + 1).and_then(|n| {
                    starts_with_pointer(n.text.trim()).or_else(|| strip_answer_label(n.text.trim()))
                }) {
                    self.flush(&mut prose);
                    let mut q = clean_text(t);
                    // A short question about the scenario listed just above
                    // ("EC2 hacked because: …") needs the scenario in front.
                    if j == 0 && q.split_whitespace().count() <= 8 {
                        if let Some((Some(lead), items)) = &previous_list {
                            q = format!("{lead}: {}. {q}", items.join("; "));
                        }
                    }
                    let ctx = self.context(None);
                    let exp = explanation.clone();
                    self.card(ctx.as_deref(), &q, answer, exp, l.line);
                    j += 2;
                    continue;
                }
            }
            if let Some((label, body)) = callout(l) {
                self.flush(&mut prose);
                self.callout_card(&label, &body, l.line);
                j += 1;
                continue;
            }
            prose.push(l);
            j += 1;
        }
        self.flush(&mut prose);
    }

    /// Mines the collected prose lines for facts.
    fn flush(&mut self, prose: &mut Vec<&Line>) {
        if prose.is_empty() {
            return;
        }
        // Join wrapped lines; a line that ends without punctuation and does
        // not dangle ends its sentence (flattened headings, labels).
        let mut text = String::new();
        let mut line_of: Vec<(usize, usize)> = Vec::new();
        for (k, l) in prose.iter().enumerate() {
            let t = clean_text(&l.text);
            if t.is_empty() {
                continue;
            }
            line_of.push((text.len(), l.line));
            text.push_str(&t);
            let last = k + 1 == prose.len();
            if !last && !t.ends_with(['.', '!', '?', ';', ':']) && !dangles(&t) {
                let next_upper = prose[k + 1]
                    .text
                    .trim()
                    .starts_with(|c: char| c.is_uppercase());
                if next_upper {
                    text.push('.');
                }
            }
            text.push(' ');
        }
        prose.clear();
        let mut offset = 0;
        for s in sentences(&text) {
            // Sentences are slices of `text`, found in order.
            let at = text
                .get(offset..)
                .and_then(|t| t.find(&s))
                .map_or(offset, |p| offset + p);
            if text.get(at..).is_some_and(|t| t.starts_with(&s)) {
                offset = at + s.len();
            }
            let line = line_of
                .iter()
                .rev()
                .find(|(o, _)| *o <= at)
                .map_or(0, |(_, l)| *l);
            for f in facts(&s, self.lex) {
                self.fact_card(&f, line);
            }
        }
    }

    fn callout_card(&mut self, label: &str, body: &str, line: usize) {
        let body_clean = clean_text(body);
        let words = body_clean.split_whitespace().count();
        if words == 0 {
            return;
        }
        let label_clean = clean_text(label);
        let is_callout_word = is_callout_label(&label_clean);
        if words <= MAX_CALLOUT_WORDS {
            // "The golden rule: what is the golden rule?" says it twice.
            let ctx = self
                .callout_context()
                .filter(|c| !covers(c, &label_clean, usize::MAX))
                .or_else(|| self.title.clone());
            let lower = label_clean.to_ascii_lowercase();
            let question = if lower == "remember" {
                "what should you remember?".to_string()
            } else if lower == "important" {
                "what is important?".to_string()
            } else if lower == "note" {
                "what should you note?".to_string()
            } else if is_callout_word {
                format!("what is the {lower}?")
            } else {
                format!("what is meant by “{label_clean}”?")
            };
            // A bold term with a body that states facts is read for them.
            let has_facts = sentences(&body_clean)
                .iter()
                .any(|s| !facts(s, self.lex).is_empty());
            if is_callout_word || !has_facts {
                self.card(ctx.as_deref(), &question, &body_clean, None, line);
            }
        }
        let l = Line::new(body, line);
        let mut prose = vec![&l];
        self.flush(&mut prose);
    }

    // ----- explicit questions ---------------------------------------------

    fn qa(&mut self, blocks: &[Block], i: usize, lines: &[Line], used: &mut [bool]) -> Result<()> {
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
            let mut question = q0.to_string();
            j += 1;
            while j < lines.len()
                && a_label(&lines[j].text).is_none()
                && q_label(&lines[j].text).is_none()
            {
                question.push(' ');
                question.push_str(lines[j].text.trim());
                j += 1;
            }
            let mut answer = String::new();
            if let Some(a0) = lines.get(j).and_then(|l| a_label(&l.text)) {
                answer.push_str(a0);
                j += 1;
                while j < lines.len() && q_label(&lines[j].text).is_none() {
                    answer.push(' ');
                    answer.push_str(lines[j].text.trim());
                    j += 1;
                }
            } else if let Some(Block::Para { lines: next }) = blocks.get(i + 1) {
                // The answer in its own paragraph.
                if let Some(a0) = next.first().and_then(|l| a_label(&l.text)) {
                    used[i + 1] = true;
                    answer = std::iter::once(a0.to_string())
                        .chain(next[1..].iter().map(|l| l.text.trim().to_string()))
                        .collect::<Vec<_>>()
                        .join(" ");
                }
            }
            if answer.trim().is_empty() {
                return Err(Error::Invalid(format!(
                    "{}:{qline}: the question “{}” has no answer — write the answer on the next line, starting with `A:`",
                    self.file,
                    clean_text(&question)
                )));
            }
            let last = j >= lines.len();
            let explanation = if last {
                let at = if used.get(i + 1).copied().unwrap_or(false) {
                    i + 2
                } else {
                    i + 1
                };
                self.take_quote(blocks, at, used)
            } else {
                None
            };
            let q = clean_text(&question);
            let a = clean_text(&answer);
            let explanation = explanation.map(|e| clean_text(&e));
            self.push_raw(Draft {
                front: q.clone(),
                back: Some(a),
                explanation,
                choices: None,
                answer: None,
                line: qline,
                path: self.path(),
                core: q,
            });
        }
        self.flush(&mut before);
        Ok(())
    }

    fn take_quote(&self, blocks: &[Block], at: usize, used: &mut [bool]) -> Option<String> {
        match blocks.get(at) {
            Some(Block::Quote { lines }) => {
                used[at] = true;
                let t = clean_text(&join_lines(lines));
                let t = strip_label(&t, &["explanation:", "why:", "because:"])
                    .unwrap_or(&t)
                    .to_string();
                (!t.is_empty()).then_some(t)
            }
            _ => None,
        }
    }

    fn choice(
        &mut self,
        question: &str,
        items: &[Item],
        explanation: Option<String>,
        line: usize,
    ) -> Result<()> {
        let q = clean_text(question);
        let right: Vec<usize> = items
            .iter()
            .enumerate()
            .filter(|(_, it)| it.checked == Some(true))
            .map(|(k, _)| k)
            .collect();
        let shown = if q.chars().count() > 60 {
            format!("{}…", q.chars().take(60).collect::<String>())
        } else {
            q.clone()
        };
        match right.len() {
            0 => {
                return Err(Error::Invalid(format!(
                    "{}:{line}: the multiple-choice question “{shown}” has no right answer — mark the right option `- [x]`",
                    self.file
                )))
            }
            1 => {}
            n => {
                let at: Vec<String> = right.iter().map(|k| items[*k].line.to_string()).collect();
                return Err(Error::Invalid(format!(
                    "{}:{line}: the multiple-choice question “{shown}” has {n} right answers (lines {}) — mark only one option `- [x]`",
                    self.file,
                    at.join(", ")
                )));
            }
        }
        if items.len() < 2 {
            return Err(Error::Invalid(format!(
                "{}:{line}: the multiple-choice question “{shown}” has only one option — add the wrong options as `- [ ]` lines",
                self.file
            )));
        }
        let mut choices = Vec::new();
        for it in items {
            let c = clean_text(&it.text());
            if c.is_empty() {
                return Err(Error::Invalid(format!(
                    "{}:{}: an option of “{shown}” is empty — write the option after `- [ ]`",
                    self.file, it.line
                )));
            }
            choices.push(c);
        }
        if q.is_empty() {
            return Err(Error::Invalid(format!(
                "{}:{line}: the options have an empty question — write the question above them",
                self.file
            )));
        }
        self.push_raw(Draft {
            front: q.clone(),
            back: None,
            explanation,
            choices: Some(choices),
            answer: Some(right[0]),
            line,
            path: self.path(),
            core: q,
        });
        Ok(())
    }

    fn cloze(&mut self, lines: &[Line]) -> Result<()> {
        let line = lines[0].line;
        let text = clean_text(&join_lines(lines));
        let parts = cloze_parts(&text).ok_or_else(|| {
            Error::Invalid(format!(
                "{}:{line}: a cloze `{{{{c1::…` is not closed — end it with `}}}}`",
                self.file
            ))
        })?;
        let mut numbers: Vec<u32> = parts.iter().filter_map(|p| p.number()).collect();
        numbers.sort_unstable();
        numbers.dedup();
        for n in numbers {
            let mut front = String::new();
            let mut back = Vec::new();
            for p in &parts {
                match p {
                    ClozePart::Text(t) => front.push_str(t),
                    ClozePart::Gap { number, text, hint } if *number == n => {
                        front.push_str(&format!("[{}]", hint.as_deref().unwrap_or("...")));
                        back.push(text.clone());
                    }
                    ClozePart::Gap { text, .. } => front.push_str(text),
                }
            }
            let front = clean_text(&front);
            self.push_raw(Draft {
                front: front.clone(),
                back: Some(clean_text(&back.join("; "))),
                explanation: None,
                choices: None,
                answer: None,
                line,
                path: self.path(),
                core: front,
            });
        }
        Ok(())
    }

    // ----- lists -----------------------------------------------------------

    /// The words that introduce a list: a paragraph line ending in `:` right
    /// above it, or the heading right above it.
    fn lead_of(&self, blocks: &[Block], i: usize) -> Option<String> {
        match i.checked_sub(1).map(|p| &blocks[p]) {
            Some(Block::Para { lines }) => {
                let last = lines.last()?;
                let t = clean_text(&last.text);
                let t = t.strip_suffix(':')?;
                // Only the last sentence introduces the list.
                let lead = sentences(t).pop().unwrap_or_default();
                Some(lead.trim().to_string())
            }
            Some(Block::Heading { text, .. }) => {
                let t = clean_text(strip_numbering(text));
                let t = t.trim_end_matches(':').trim().to_string();
                (!t.is_empty()).then_some(t)
            }
            _ => None,
        }
    }

    fn list(&mut self, items: &[Item], lead: Option<&str>, list_card: bool) {
        let entries: Vec<Entry> = items.iter().map(|it| self.entry(it)).collect();
        let party_lead = lead.and_then(party_lead);
        let lead_is_heading = lead.is_some_and(|l| {
            self.stack
                .last()
                .is_some_and(|(_, h)| h.trim_end_matches(':').trim() == l)
        });
        // The list card.
        let shown: Vec<String> = entries
            .iter()
            .map(|e| match (&e.term, &e.def) {
                (Some(t), Some(_)) => t.clone(),
                _ => e.text.clone(),
            })
            .collect();
        let terms_are_parties = entries
            .iter()
            .all(|e| e.term.as_deref().and_then(party_name).is_some());
        let short = shown.iter().all(|s| {
            let n = s.split_whitespace().count();
            n > 0 && n <= MAX_LIST_ITEM_WORDS
        });
        if list_card && (2..=12).contains(&entries.len()) && short && !terms_are_parties {
            let n = entries.len();
            let back = shown.join("; ");
            let line = entries[0].line;
            match (&party_lead, lead) {
                (Some((party, verb, _)), _) => {
                    let ctx = self.context(Some(party));
                    let q = format!(
                        "what {} {} {}? ({n} items)",
                        if party_plural(party) { "do" } else { "does" },
                        party_in_question(party),
                        verb
                    );
                    self.card(ctx.as_deref(), &q, &back, None, line);
                }
                (None, Some(l)) if lead_is_heading => {
                    let ctx = self.list_context(l);
                    self.card(
                        ctx.as_deref(),
                        &format!("list the {n} items."),
                        &back,
                        None,
                        line,
                    );
                }
                (None, Some(l)) if !starts_with_pronoun(l) => {
                    let ctx = self.context(None);
                    self.card(
                        ctx.as_deref(),
                        &format!("{} … ({n} items)", self.lex.lc_first(l)),
                        &back,
                        None,
                        line,
                    );
                }
                _ => {}
            }
        }
        // "AWS manages:" → one "who manages …?" card per item.
        if let Some((party, _, verb3)) = &party_lead {
            let ctx = self.context(Some(party));
            for (e, s) in entries.iter().zip(&shown) {
                if s.split_whitespace().count() <= MAX_LIST_ITEM_WORDS {
                    let q = format!("who {verb3} {}?", self.lex.lc_phrase(s));
                    self.card(ctx.as_deref(), &q, party, None, e.line);
                }
            }
        }
        // Definitions and facts inside the items.
        for (e, item) in entries.iter().zip(items) {
            let source_text = e.def.as_deref().unwrap_or(&e.text);
            let found: Vec<Fact> = sentences(source_text)
                .iter()
                .flat_map(|s| facts(s, self.lex))
                .collect();
            if let (Some(term), Some(def)) = (&e.term, &e.def) {
                if found.iter().all(|f| !f.who)
                    && def.split_whitespace().count() <= 30
                    && party_lead.is_none()
                {
                    match party_name(term) {
                        Some(p) => {
                            let ctx = self.context(Some(p));
                            let q = format!(
                                "what {} {} handle?",
                                if party_plural(p) { "do" } else { "does" },
                                party_in_question(p)
                            );
                            self.card(ctx.as_deref(), &q, def, None, e.line);
                        }
                        None if !is_callout_label(term) && term.to_lowercase() != "example" => {
                            let ctx = self.context(None);
                            self.card(
                                ctx.as_deref(),
                                &format!("what is meant by “{term}”?"),
                                def,
                                None,
                                e.line,
                            );
                        }
                        None => {}
                    }
                }
            }
            for f in &found {
                self.fact_card(f, e.line);
            }
            if !item.sub.is_empty() {
                let sub_lead = e
                    .term
                    .clone()
                    .unwrap_or_else(|| e.text.trim_end_matches(':').to_string());
                self.list(&item.sub, Some(&sub_lead), true);
            }
        }
    }

    /// Context for a list card under a heading: the heading and its parent.
    fn list_context(&self, heading: &str) -> Option<String> {
        let parent = self
            .stack
            .iter()
            .rev()
            .skip(1)
            .map(|(_, h)| h)
            .find(|h| !h.ends_with(':') && !self.is_title(h) && !is_generic(h));
        match parent {
            Some(p) => Some(format!("{heading} ({p})")),
            None => Some(heading.to_string()),
        }
    }

    fn entry(&self, it: &Item) -> Entry {
        let text = clean_text(&it.text());
        let line = it.line;
        // `**Term** — definition` / `**Term**: definition`
        if let Some(bold) = it.lines.first().and_then(|l| l.bold.clone()) {
            let bold = clean_text(&bold);
            let term = bold.trim_end_matches(':').trim().to_string();
            if let Some(rest) = text.strip_prefix(&bold) {
                let def = rest.trim_start_matches([':', '—', '–', '-', ' ']).trim();
                if !def.is_empty() && !term.is_empty() {
                    return Entry {
                        text: text.clone(),
                        term: Some(term),
                        def: Some(def.to_string()),
                        line,
                    };
                }
            }
        }
        // `Term: definition`, `Term — definition`, `Term - definition`, `Term → definition`
        let raw = it.text();
        for sep in [" → ", " -> ", " ➜ ", " => ", ": ", " — ", " – ", " - "] {
            if let Some((t, d)) = raw.split_once(sep) {
                let term = clean_text(t);
                let def = clean_text(d);
                let arrow = sep.contains('→') || sep.contains('>') || sep.contains('➜');
                if !def.is_empty() && (arrow || term_like(&term)) {
                    return Entry {
                        text,
                        term: Some(term),
                        def: Some(def),
                        line,
                    };
                }
            }
        }
        Entry {
            text,
            term: None,
            def: None,
            line,
        }
    }

    // ----- tables ----------------------------------------------------------

    fn table(&mut self, header: &[String], rows: &[Vec<String>], row_lines: &[usize], line: usize) {
        let header: Vec<String> = header.iter().map(|h| clean_text(h)).collect();
        let cell = |row: &Vec<String>, c: usize| -> Option<String> {
            let t = clean_text(row.get(c)?);
            let lower = t.to_ascii_lowercase();
            (!t.is_empty()
                && !["n/a", "na", "-", "—", "–", "none", "n.a.", "?"].contains(&lower.as_str()))
            .then_some(t)
        };
        let parties: Vec<Option<(&'static str, String)>> =
            header.iter().map(|h| party_column(h)).collect();
        let row_line = |r: usize| row_lines.get(r).copied().unwrap_or(line);
        let n = header.len();
        if n == 0 {
            return;
        }
        // "Customer manages | AWS manages": every column is a party.
        if n >= 2 && parties.iter().all(Option::is_some) {
            for (c, p) in parties.iter().enumerate() {
                let Some((party, verb3)) = p else { continue };
                let ctx = self.context(Some(party));
                let mut column = Vec::new();
                for (r, row) in rows.iter().enumerate() {
                    if let Some(t) = cell(row, c) {
                        let q = format!("who {verb3} {}?", self.lex.lc_phrase(&t));
                        self.card(ctx.as_deref(), &q, party, None, row_line(r));
                        column.push(t);
                    }
                }
                if (2..=12).contains(&column.len()) {
                    let base = verb3
                        .strip_suffix("es")
                        .filter(|b| b.ends_with("ch") || b.ends_with("sh"))
                        .map(str::to_string)
                        .unwrap_or_else(|| base_of(verb3));
                    let q = format!(
                        "what {} {} {base}? ({} items)",
                        if party_plural(party) { "do" } else { "does" },
                        party_in_question(party),
                        column.len()
                    );
                    self.card(ctx.as_deref(), &q, &column.join("; "), None, line);
                }
            }
            return;
        }
        let party_cols: Vec<usize> = (1..n).filter(|c| parties[*c].is_some()).collect();
        // Cells that name parties: "Patch the engine | AWS | Customer".
        let cells_are_parties = {
            let (mut total, mut named) = (0, 0);
            for row in rows {
                for c in 1..n {
                    if let Some(t) = cell(row, c) {
                        total += 1;
                        if party_name(&t).is_some()
                            || ["both", "shared"].contains(&t.to_lowercase().as_str())
                        {
                            named += 1;
                        }
                    }
                }
            }
            total > 0 && named * 10 >= total * 8
        };
        for (r, row) in rows.iter().enumerate() {
            let Some(label) = cell(row, 0) else { continue };
            let at = row_line(r);
            if cells_are_parties && party_cols.is_empty() {
                let task = match task_third_person(&label) {
                    Some(t) => t,
                    None => format!("is responsible for {}", self.lex.lc_phrase(&label)),
                };
                let answers: Vec<(usize, String)> = (1..n)
                    .filter_map(|c| {
                        let t = cell(row, c)?;
                        Some((
                            c,
                            party_name(&t).map_or_else(|| capitalise(&t), str::to_string),
                        ))
                    })
                    .collect();
                // The same answer in every column is one fact, not four.
                if answers.len() >= 3 && answers.iter().all(|(_, a)| *a == answers[0].1) {
                    let cols: Vec<&str> =
                        answers.iter().map(|(c, _)| header[*c].as_str()).collect();
                    let (last, init) = cols.split_last().unwrap_or((&"", &[]));
                    let q = format!("who {task} on {} and {last}?", init.join(", "));
                    let a = format!("{} — on all of them", answers[0].1);
                    self.card(None, &q, &a, None, at);
                    continue;
                }
                for (c, answer) in answers {
                    self.card(Some(&header[c]), &format!("who {task}?"), &answer, None, at);
                }
                continue;
            }
            // Short non-party columns describe the row ("IaaS (EC2, EBS)").
            let extra: Vec<String> = (1..n)
                .filter(|c| parties[*c].is_none())
                .filter_map(|c| cell(row, c))
                .filter(|t| t.split_whitespace().count() <= 4)
                .collect();
            let row_label = if extra.is_empty() || party_cols.is_empty() {
                label.clone()
            } else {
                format!("{label} ({})", extra.join("; "))
            };
            if !party_cols.is_empty() {
                let filled: Vec<usize> = party_cols
                    .iter()
                    .copied()
                    .filter(|c| cell(row, *c).is_some())
                    .collect();
                for &c in &filled {
                    let (party, _) = parties[c]
                        .as_ref()
                        .map(|(p, v)| (*p, v.clone()))
                        .unwrap_or(("", String::new()));
                    let what = match header[c].to_lowercase() {
                        h if h.contains("responsib") => {
                            format!("what is {} responsible for?", party_in_question(party))
                        }
                        h if h.contains("manage") => format!(
                            "what {} {} manage?",
                            if party_plural(party) { "do" } else { "does" },
                            party_in_question(party)
                        ),
                        _ => format!(
                            "what {} {} handle?",
                            if party_plural(party) { "do" } else { "does" },
                            party_in_question(party)
                        ),
                    };
                    if let Some(t) = cell(row, c) {
                        self.card(Some(&row_label), &what, &t, None, at);
                    }
                }
                if party_cols.len() >= 2 && filled.len() == 1 {
                    let (party, _) = parties[filled[0]]
                        .as_ref()
                        .map(|(p, v)| (*p, v.clone()))
                        .unwrap_or(("", String::new()));
                    let ctx = self.context(Some(party));
                    let q = format!("who is responsible for {}?", self.lex.lc_phrase(&label));
                    self.card(ctx.as_deref(), &q, party, cell(row, filled[0]), at);
                }
                continue;
            }
            // A plain table: one card per cell, with row and column in front.
            for c in 1..n {
                if let Some(t) = cell(row, c) {
                    let col = header.get(c).map(String::as_str).unwrap_or("");
                    if col.is_empty() {
                        continue;
                    }
                    let q = format!("{}?", self.lex.lc_first(col));
                    self.card(Some(&label), &q, &t, None, at);
                }
            }
        }
    }
}

/// Whether `context` already contains the first `n` significant words of
/// `text` (all of them with `usize::MAX`).
fn covers(context: &str, text: &str, n: usize) -> bool {
    let tokens = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 3)
            .filter(|w| {
                ![
                    "what",
                    "who",
                    "which",
                    "are",
                    "the",
                    "and",
                    "considered",
                    "example",
                    "examples",
                    "for",
                    "with",
                    "that",
                ]
                .contains(w)
            })
            .map(|w| w.trim_end_matches('s').to_string())
            .collect()
    };
    let have = tokens(context);
    let want: Vec<String> = tokens(text).into_iter().take(n).collect();
    !want.is_empty() && want.iter().all(|w| have.contains(w))
}

/// "Who pays?" → "who pays?" after a context; names stay as they are.
fn lower_question_word(q: &str) -> String {
    let first = q.split_whitespace().next().unwrap_or("");
    let words = [
        "Who", "What", "Which", "When", "Where", "Why", "How", "Was", "Is", "Are", "Do", "Does",
        "Can", "Should", "True",
    ];
    if words.contains(&first) {
        let mut c = q.chars();
        let f = c
            .next()
            .map(|f| f.to_lowercase().collect::<String>())
            .unwrap_or_default();
        return f + c.as_str();
    }
    q.to_string()
}

fn base_of(verb3: &str) -> String {
    let (head, tail) = verb3.split_once(' ').map_or((verb3, ""), |(h, t)| (h, t));
    let base = if let Some(b) = head.strip_suffix("ies") {
        format!("{b}y")
    } else if head.ends_with("ches")
        || head.ends_with("shes")
        || head.ends_with("sses")
        || head.ends_with("xes")
    {
        head[..head.len() - 2].to_string()
    } else {
        head.strip_suffix('s').unwrap_or(head).to_string()
    };
    if tail.is_empty() {
        base
    } else {
        format!("{base} {tail}")
    }
}

fn party_plural(answer: &str) -> bool {
    matches!(answer, "You" | "Both" | "Both AWS and the customer")
}

/// A table header naming a party: "AWS", "Customer manages", "AWS
/// Responsibilities" → (party, verb for "who … ?").
fn party_column(h: &str) -> Option<(&'static str, String)> {
    let t = h.trim().trim_end_matches([':', '.']);
    if let Some(p) = party_name(t) {
        return Some((p, "is responsible for".into()));
    }
    let (p, _, rest) = party_prefix(t)?;
    let rest = rest.to_lowercase();
    let verb = match rest.as_str() {
        "manages" | "manage" => "manages",
        "handles" | "handle" => "handles",
        "secures" | "secure" => "secures",
        "responsibilities" | "responsibility" | "is responsible for" | "responsible" => {
            "is responsible for"
        }
        "owns" | "own" => "owns",
        "duty" | "duties" | "tasks" | "task" | "role" => "is responsible for",
        "does" | "do" => "does",
        _ => return None,
    };
    Some((p, verb.into()))
}

/// A lead like "AWS manages" / "You take care of" → (party, base verb, 3rd person verb).
fn party_lead(lead: &str) -> Option<(&'static str, String, String)> {
    let lead = lead.trim().trim_end_matches(':');
    let (p, _, rest) = party_prefix(lead)?;
    let rest_l = rest.to_ascii_lowercase();
    if rest_l == "is responsible for" || rest_l == "are responsible for" {
        return Some((p, "responsible for".into(), "is responsible for".into()));
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 4
        || words
            .iter()
            .any(|w| ["never", "not", "don't", "doesn't"].contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    let verb_words = rest_l.clone();
    for base in RESP_VERBS {
        for form in [third_person(base), base.to_string()] {
            if verb_words == form {
                return Some((p, base.to_string(), third_person(base)));
            }
        }
    }
    None
}

fn is_generic(h: &str) -> bool {
    let l = clean_text(h).to_lowercase();
    let l = l.trim_end_matches(':');
    GENERIC_HEADINGS.contains(&l)
        || [
            "quiz",
            "takeaway",
            "explanation",
            "interview",
            "remember",
            "summary",
            "overview",
            "knowledge",
            "question",
        ]
        .iter()
        .any(|w| l.contains(w))
}

fn is_callout_label(label: &str) -> bool {
    let l = label.to_lowercase();
    CALLOUT_WORDS.iter().any(|w| l.contains(w))
}

/// Removes the parts of a heading that name `answer` ("IaaS (EC2) — Maximum
/// Customer Responsibility" → "IaaS (EC2)" when the answer is the customer).
fn without_leak(heading: &str, answer: &str, lex: &Lexicon) -> Option<String> {
    let keys: Vec<String> = match answer {
        "The customer" | "You" => vec!["customer".into(), "you".into(), "your".into()],
        a => vec![a.to_lowercase()],
    };
    let leaks = |s: &str| {
        let tokens: Vec<&str> = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        // A party word followed by a name is a product ("AWS Lambda").
        let words: Vec<String> = tokens
            .iter()
            .enumerate()
            .filter(|(k, _)| !tokens.get(k + 1).is_some_and(|n| lex.is_name(n)))
            .map(|(_, w)| w.to_lowercase().trim_end_matches('s').to_string())
            .collect();
        keys.iter().any(|k| {
            let k: Vec<&str> = k.split_whitespace().collect();
            k.iter()
                .all(|kw| words.iter().any(|w| w == kw.trim_end_matches('s')))
        })
    };
    if !leaks(heading) {
        return Some(heading.to_string());
    }
    let parts: Vec<&str> = heading
        .split([':', '—', '–'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let kept: Vec<&str> = parts.into_iter().filter(|p| !leaks(p)).collect();
    (!kept.is_empty()).then(|| kept.join(": "))
}

fn starts_with_pronoun(s: &str) -> bool {
    let w = s.split_whitespace().next().unwrap_or("").to_lowercase();
    [
        "this", "that", "it", "these", "those", "they", "here", "there",
    ]
    .contains(&w.as_str())
}

/// Whether the text before a `:` or dash in a list item reads as a term:
/// short, and capitalised like a heading.
fn term_like(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || t.ends_with(['.', '?', '!']) {
        return false;
    }
    let significant: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .filter(|w| !["and", "the", "for", "with"].contains(&w.to_lowercase().as_str()))
        .collect();
    // "Zone security": two words, the first capitalised.
    let short_term = words.len() <= 2
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'));
    short_term
        || !significant.is_empty()
            && significant.iter().all(|w| {
                w.trim_start_matches(|c: char| !c.is_alphanumeric())
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            })
}

/// `Label: body` lines that are callouts: a bold label, or a label made of
/// callout words ("Key principle", "Exam rule of thumb", "Tip").
fn callout(l: &Line) -> Option<(String, String)> {
    let t = l.text.trim();
    if let Some(b) = &l.bold {
        let label = b.trim().trim_end_matches(':').trim();
        if let Some(rest) = t.strip_prefix(b.as_str()) {
            let body = rest.trim_start_matches(':').trim();
            if (b.ends_with(':') || rest.starts_with(':')) && !body.is_empty() && !label.is_empty()
            {
                return Some((label.to_string(), body.to_string()));
            }
        }
    }
    let t = t.trim_start_matches(|c: char| super::clean::is_emoji(c) || c.is_whitespace());
    let (label, body) = t.split_once(": ")?;
    let label = label.trim();
    let words = label.split_whitespace().count();
    if words == 0
        || words > 6
        || body.trim().is_empty()
        || !label.starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    is_callout_label(label).then(|| (label.to_string(), body.trim().to_string()))
}

fn strip_label<'s>(t: &'s str, labels: &[&str]) -> Option<&'s str> {
    let lower = t.to_ascii_lowercase();
    labels
        .iter()
        .find(|l| lower.starts_with(*l))
        .map(|l| t[l.len()..].trim_start())
}

/// Whether text asks something: it ends with `?`, is labelled `Q:`, or
/// starts like an exam prompt ("Choose …", "Which …").
fn is_question(text: &str) -> bool {
    let t = clean_text(text);
    let first = t
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    t.ends_with('?')
        || q_label(&t).is_some()
        || [
            "choose", "pick", "select", "which", "what", "who", "mark", "identify",
        ]
        .contains(&first.as_str())
}

/// `Q: …` / `Question: …` → the question.
fn q_label(t: &str) -> Option<&str> {
    let t = t.trim();
    strip_label(t, &["q:", "question:"]).filter(|r| !r.is_empty())
}

/// `A: …` / `Answer: …` → the answer.
fn a_label(t: &str) -> Option<&str> {
    let t = t.trim();
    strip_label(t, &["a:", "answer:"]).filter(|r| !r.is_empty())
}

fn strip_q_label(t: &str) -> &str {
    q_label(t).unwrap_or(t)
}

fn strip_answer_label(t: &str) -> Option<&str> {
    strip_label(t, &["answer:", "a:"]).filter(|r| !r.is_empty())
}

/// `"Who patches X?" → Customer.` pairs in a line.
fn quoted_answers(t: &str) -> Vec<(String, String)> {
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

fn blank(s: Option<&str>) -> bool {
    s.is_none_or(|s| s.trim().is_empty())
}
