//! Rules for prose: paragraphs and quotes. Special lines first (myth/fact
//! pairs, `"Q?" → A`, `Question?` / `➡ Answer`, `👉` statements,
//! callouts), then the rest is read sentence by sentence for facts and for
//! terms the notes set in bold ("A **port** is …").

use super::super::apart::called_apart;
use super::super::clean::{
    clean_text, starts_with_pointer, starts_with_right_mark, starts_with_wrong_mark,
};
use super::super::doc::{join_lines, Block, Item, Line};
use super::super::facts::{role, Fact};
use super::super::means::facts_or_reason;
use super::super::plain::{dangles, title_case};
use super::super::pronoun;
use super::super::statements::{code_led_fact, contrast_parts, statement};
use super::super::text::{capitalise, sentences, strip_word};
use super::super::vocab::{CLAUSE_STARTS, FRAGMENT_STARTS, NOT_TERMS};
use super::callout::{callout, NAMELESS_CALLOUTS};
use super::lead::introduces;
use super::term_line::{dash_term, lower_case_term, term_line};
use super::{a_label, covers, is_callout_label, q_label, Rules};
use crate::error::Result;

/// Longest body (in words) that still makes a good callout card.
pub(super) const MAX_CALLOUT_WORDS: usize = 35;

/// Words that make a sentence give a reason.
const REASON_WORDS: &[&str] = &[
    "because",
    "since",
    "so that",
    "which means",
    "therefore",
    "as a result",
];

/// The list just above a paragraph: its lead, its items and its block.
pub(super) type PreviousList = Option<(Option<String>, Vec<String>, usize)>;

impl Rules<'_> {
    pub(super) fn para(&mut self, blocks: &[Block], i: usize, lines: &[Line]) -> Result<()> {
        let text = join_lines(lines);
        if text.contains("{{c") {
            return self.cloze(lines);
        }
        if self.inline_list(blocks, i, lines) {
            return Ok(());
        }
        if self.reading_list(blocks, i) {
            return Ok(());
        }
        if self.question_with_options(blocks, i, &text, lines[0].line)? {
            return Ok(());
        }
        if lines.iter().any(|l| q_label(&l.text).is_some()) {
            return self.qa(blocks, i, lines);
        }
        if super::callout::proof_label(&lines[0].text) {
            self.leave("a proof, which shows a result and is no fact to learn");
            return Ok(());
        }
        if let Some(why) = super::labels::no_prose(lines, &text) {
            self.leave(why);
            return Ok(());
        }
        if self.quoted_answer(blocks, i, lines)
            || self.bold_question(lines)
            || self.worked_question(lines)
        {
            return Ok(());
        }
        if a_label(&lines[0].text).is_some() {
            self.leave("an answer with no question before it — write the question as a `Q:` line");
            return Ok(());
        }
        if self.answered_below(blocks, i, &text) {
            return Ok(());
        }
        // The last line may introduce the list below it; it is read there.
        let lead_in = matches!(blocks.get(i + 1), Some(Block::List { .. }))
            && (lines.last().is_some_and(introduces) || title_line(lines));
        let kept;
        let body = if lead_in {
            let last = &lines[lines.len() - 1];
            let said = super::lead::said_before_lead(last);
            match labelled(last) {
                // "**public**: access modifier" above its bullets: a card of
                // its own, and the lead of the list.
                Some((label, def)) => self.callout_card(&label, &def, last.line),
                None if lines.len() == 1 && said.is_none() => self.joined[i] = Some(i + 1),
                None => {}
            }
            kept = [&lines[..lines.len() - 1], said.as_slice()].concat();
            kept.as_slice()
        } else {
            lines
        };
        let explanation = match blocks.get(i + 1) {
            Some(Block::Quote { .. }) if body.iter().any(|l| l.text.trim_end().ends_with('?')) => {
                self.take_quote(blocks, i + 1)
            }
            _ => None,
        };
        if self.shaped_lines(body) {
            return Ok(());
        }
        if !lead_in && self.lead_alone(blocks, i, lines) {
            return Ok(());
        }
        self.headless_definition(blocks, i, body);
        self.law_statement(blocks, i, body);
        let previous = self.previous_list(blocks, i);
        self.text_lines(body, previous, explanation);
        Ok(())
    }

    /// Lines of one shape read whole: an example, a flow of arrows, causes
    /// and effects, terms and their meanings. "**Misconception: …**" over
    /// "Correction: …" is none of them, but a myth. Whether they were.
    fn shaped_lines(&mut self, body: &[Line]) -> bool {
        let myth = body
            .first()
            .is_some_and(|l| starts_with_wrong_mark(l.text.trim()).is_some());
        !myth
            && (self.example_line(body)
                || self.arrow_flow(body)
                || self.effect_lines(body)
                || self.marked_term_paragraph(body)
                || self.term_paragraph(body))
    }

    /// A line alone that introduces the block below, read with it
    /// ("Bayes' theorem:" over its formula names it), or a label with
    /// nothing under it ("**Bisque** is one of the two firings." with no
    /// list below is a sentence, no lead). Whether it was one.
    fn lead_alone(&mut self, blocks: &[Block], i: usize, lines: &[Line]) -> bool {
        let [line] = lines else { return false };
        let sentence = line.text.trim_end().ends_with('.');
        // "Chunking is … in STM. For instance, try these letters:": the
        // sentences before the lead state facts of their own
        let stated = sentences(&line.text).len() > 1;
        if !introduces(line) || labelled(line).is_some() || sentence || stated {
            return false;
        }
        let below = match blocks.get(i + 1) {
            Some(Block::Table { .. } | Block::Code { .. } | Block::Quote { .. }) => true,
            Some(Block::Para { lines }) => super::formula::opens_with_formula(lines),
            _ => false,
        };
        self.joined[i] = below.then_some(i + 1);
        self.leave(match below {
            true => "the lead of the block below, which gave no card",
            false => "a label with nothing under it",
        });
        true
    }

    /// "Principles:" then `- item` lines inside one paragraph (a list the
    /// notes indent, which Markdown joins to the line above): the lines
    /// before it as prose, then the list under its lead. Whether it was one.
    fn inline_list(&mut self, blocks: &[Block], i: usize, lines: &[Line]) -> bool {
        let marked = |l: &Line| super::super::plain::bullet(&l.text).map(str::to_string);
        // ("Aminoacyl synthetase" then "\t+ matches …": a name alone over them)
        let leads = |k: usize| {
            let t = lines[k - 1].text.trim_end();
            t.ends_with([':', '=']) || k == 1 && title_line(&lines[..1]) && !t.ends_with(['.', '?'])
        };
        let Some(k) = (1..lines.len()).find(|&k| marked(&lines[k]).is_some() && leads(k)) else {
            return false;
        };
        let mut items: Vec<Item> = Vec::new();
        for l in &lines[k..] {
            match (marked(l), items.last_mut()) {
                (Some(rest), _) => items.push(Item {
                    lines: vec![Line::new(rest, l.line)],
                    line: l.line,
                    ..Item::default()
                }),
                (None, Some(last)) => last.lines.push(l.clone()),
                (None, None) => {}
            }
        }
        let before = self.out.len();
        self.text_lines(&lines[..k - 1], None, None);
        let prose = clean_text(&join_lines(&lines[..k - 1]));
        let heading = match i.checked_sub(1).map(|p| &blocks[p]) {
            Some(Block::Heading { text, .. }) => Some(clean_text(text)),
            _ => None,
        };
        // A section that opens with one line of what it is about.
        if let Some(h) = heading.filter(|h| super::term_like(h) && !super::is_generic(h)) {
            let words = prose.split_whitespace().count();
            if self.out.len() == before && (2..=MAX_CALLOUT_WORDS).contains(&words) {
                let q = super::meant(&h);
                let line = lines[0].line;
                self.card(None, &q, prose.trim_end_matches('.'), None, line);
            }
        }
        let lead = clean_text(
            lines[k - 1]
                .text
                .trim()
                .trim_end_matches([':', '='])
                .trim_end(),
        );
        self.list(&items, Some(&lead), true);
        true
    }

    /// "Inner join: returns the rows that match in both tables. …" — a
    /// paragraph that defines the term it starts with: what the term means
    /// (the first sentences, up to `MAX_CALLOUT_WORDS` words), and the
    /// facts its text states.
    /// `*GET*` alone on a line, and what it is on the lines below: a term
    /// and its meaning. Whether it made a card.
    fn marked_term_paragraph(&mut self, lines: &[Line]) -> bool {
        let [first, rest @ ..] = lines else {
            return false;
        };
        let text = clean_text(&first.text);
        let marked = [first.em.as_deref(), first.bold.as_deref()]
            .into_iter()
            .flatten()
            .chain(first.code.iter().map(String::as_str))
            .any(|m| clean_text(m).trim_end_matches(':') == text.trim_end_matches(':'));
        let words = text.split_whitespace().count();
        if rest.is_empty() || !marked || !(1..=4).contains(&words) || text.ends_with('?') {
            return false;
        }
        let meaning = clean_text(&join_lines(rest));
        let defining = sentences(&meaning).into_iter().next().unwrap_or_default();
        let before = self.out.len();
        self.term_card(text.trim_end_matches(':'), &defining, false, first.line);
        self.out.len() > before
    }

    fn term_paragraph(&mut self, lines: &[Line]) -> bool {
        let Some(first) = lines.first() else {
            return false;
        };
        if first.bold.is_some() || callout(first).is_some() {
            return false;
        }
        // Several "Term: meaning" lines are read one by one.
        if lines
            .iter()
            .filter(|l| dash_term(l.text.trim()).is_some())
            .count()
            >= 2
        {
            return false;
        }
        let text = clean_text(&join_lines(lines));
        // "quantity demanded: the amount …": a term in lower case too
        let termish = |t: &str| {
            super::term_like(t) || text.starts_with(&format!("{t}: ")) && lower_case_term(t)
        };
        let Some((term, body)) = [": ", " – ", " — ", " - "]
            .iter()
            .find_map(|sep| text.split_once(sep))
            .filter(|(t, b)| !b.is_empty() && (termish(t) || command_does(t, b)))
        else {
            return false;
        };
        if !termish(term) {
            self.command_card(term, body, first);
            return true;
        }
        // "Transit Rules - Isolated Routing": a title line, no meaning
        let title = lines.len() == 1 && !text.contains(": ") && title_case(body);
        if title && !super::labels::stands_for(term, body) {
            return false;
        }
        let first_word = super::super::text::first_word(term);
        if is_callout_label(term)
            || self.lex.parties.name(term).is_some()
            || FRAGMENT_STARTS.contains(&first_word.as_str())
            || NOT_TERMS.contains(&term.to_lowercase().as_str())
        {
            return false;
        }
        let l = Line::new(body, first.line);
        // "_Background:_ …": a label that names nothing; its sentences are
        // the facts.
        if NAMELESS_CALLOUTS.contains(&term.to_lowercase().as_str()) {
            self.flush(&mut vec![&l]);
            return true;
        }
        let body = super::strip_label(body, &["is ", "are "]).unwrap_or(body);
        let (answer, rest) = super::meaning::meaning_and_rest(body);
        let ctx = self.context(None).filter(|c| !covers(c, term, usize::MAX));
        // "**Issue**: …" under the problem it names: what the issue is.
        let q = super::aspect::aspect_question(term)
            .or_else(|| super::formula_label::symbol_or_formula(term, &answer))
            .unwrap_or_else(|| super::meant(term));
        self.card(
            ctx.as_deref(),
            &q,
            answer.trim_end_matches('.'),
            None,
            first.line,
        );
        if !rest.is_empty() {
            self.flush(&mut vec![&Line::new(rest, first.line)]);
        }
        true
    }

    /// "tool sub: shows …": what the command does (its first sentence).
    fn command_card(&mut self, term: &str, body: &str, first: &Line) {
        let line = clean_text(&first.text);
        let what = line.split_once(": ").map_or(body, |(_, b)| b);
        let what = what.split(". ").next().unwrap_or(what).to_string();
        let q = format!("what does {term} do?");
        let ctx = self.context(None);
        let answer = what.trim_end_matches('.');
        self.card(ctx.as_deref(), &q, answer, None, first.line);
    }

    /// The list right above block `i`, with its lead.
    fn previous_list(&self, blocks: &[Block], i: usize) -> PreviousList {
        let p = i.checked_sub(1)?;
        let Block::List { items, .. } = &blocks[p] else {
            return None;
        };
        let lead = self.lead_of(blocks, p);
        Some((
            lead,
            items.iter().map(|it| clean_text(&it.text())).collect(),
            p,
        ))
    }

    /// A block followed by an `Answer: …` paragraph is that answer's
    /// question ("**Scenario 2**" / "> Reports slow the database down." /
    /// "**Answer:** Read replicas" / "**Why:** …").
    pub(super) fn answered_below(&mut self, blocks: &[Block], i: usize, text: &str) -> bool {
        let Some(Block::Para { lines }) = blocks.get(i + 1) else {
            return false;
        };
        let Some(answer) = a_label(&lines[0].text) else {
            return false;
        };
        self.join(i + 1);
        let title = match i.checked_sub(1).map(|p| &blocks[p]) {
            Some(Block::Para { lines: t }) if t.len() == 1 && t[0].bold.is_some() => {
                // The title was read with its question.
                self.left[i - 1] = None;
                self.joined[i - 1] = Some(self.block);
                Some(clean_text(&t[0].text))
            }
            _ => None,
        };
        let mut question = clean_text(text);
        if let Some(q) = super::asked::numbered_q(&question).filter(|q| !q.is_empty()) {
            question = q.to_string();
        }
        if !question.ends_with('?') {
            question = format!("{} — what is the answer?", question.trim_end_matches('.'));
        }
        if let Some(t) = title {
            question = format!("{}: {question}", t.trim_end_matches(':'));
        }
        let why: Vec<String> = lines[1..]
            .iter()
            .map(|l| clean_text(&l.text))
            .map(|t| {
                super::strip_label(&t, &["why:", "explanation:", "because:"])
                    .unwrap_or(&t)
                    .to_string()
            })
            .collect();
        let why = (!why.is_empty()).then(|| why.join(" "));
        let line = lines[0].line;
        self.card(None, &question, answer, why, line);
        true
    }

    /// Prose lines: special lines first, the rest mined for facts.
    pub(super) fn text_lines(
        &mut self,
        lines: &[Line],
        previous: PreviousList,
        explanation: Option<String>,
    ) {
        let mut prose: Vec<&Line> = Vec::new();
        // "Term - meaning" lines one under another: a list written as lines
        // of a paragraph
        let term_run = lines
            .iter()
            .filter(|l| dash_term(l.text.trim()).is_some())
            .count()
            >= 2;
        let mut j = 0;
        while j < lines.len() {
            match self.special_line((lines, j), &previous, &explanation, term_run) {
                Some(n) => {
                    self.flush(&mut prose);
                    j += n;
                }
                None => {
                    prose.push(&lines[j]);
                    j += 1;
                }
            }
        }
        self.flush(&mut prose);
    }

    /// Reads the special line at `j` (and the one after it, for pairs):
    /// how many lines it used, or `None` for ordinary prose.
    /// `term_run`: the paragraph holds two "Term - meaning" lines or more.
    fn special_line(
        &mut self,
        (lines, j): (&[Line], usize),
        previous: &PreviousList,
        explanation: &Option<String>,
        term_run: bool,
    ) -> Option<usize> {
        let l = &lines[j];
        let t = l.text.trim();
        let next = lines.get(j + 1).map(|n| n.text.trim());
        if let (Some(myth), Some(fact)) = (
            starts_with_wrong_mark(t),
            next.and_then(starts_with_right_mark),
        ) {
            self.myth_card(myth, fact, l.line);
            return Some(2);
        }
        if starts_with_wrong_mark(t).is_some() {
            // A "wrong" line on its own must not be learnt as a fact.
            return Some(1);
        }
        if self.quoted_answers(t, l.line) {
            return Some(1);
        }
        if t.ends_with('?') {
            let answer = next.and_then(|n| starts_with_pointer(n).or_else(|| a_label(n)));
            if let Some(answer) = answer {
                self.pointed_answer(t, answer, j == 0, previous, explanation, l.line);
                return Some(2);
            }
        }
        if let Some(statement) = starts_with_pointer(t) {
            self.key_statement(statement, l.line);
            return Some(1);
        }
        // a label line ("Rock types") may stand among them, and a term be
        // in sentence case ("Temperate deciduous forest")
        let term = term_line(t, true);
        if let Some((term, def)) = term.filter(|_| term_run) {
            self.term_card(&term, &def, false, l.line);
            return Some(1);
        }
        let (label, body) = callout(l)?;
        self.callout_card(&label, &body, l.line);
        Some(1)
    }

    /// ❌ "myth" followed by ✅ fact.
    pub(super) fn myth_card(&mut self, myth: &str, fact: &str, line: usize) {
        let myth = clean_text(myth);
        let myth = myth
            .trim_matches(['"', '“', '”', '\''])
            .trim_end_matches('.');
        let ctx = self.context(None);
        // a long correction: its first sentence answers, the rest explains
        let fact = clean_text(fact);
        let said = sentences(&fact);
        let (answer, more) = match &said[..] {
            [first, rest @ ..] if !rest.is_empty() && fact.split_whitespace().count() > 30 => {
                (first.clone(), Some(rest.join(" ")))
            }
            _ => (fact.clone(), None),
        };
        self.card(
            ctx.as_deref(),
            &format!("true or false: “{myth}”?"),
            &format!("False — {answer}"),
            more,
            line,
        );
    }

    /// "Question?" then "➡ Answer" on the next line.
    fn pointed_answer(
        &mut self,
        question: &str,
        answer: &str,
        first: bool,
        previous: &PreviousList,
        explanation: &Option<String>,
        line: usize,
    ) {
        let mut q = clean_text(question);
        // A short question about the scenario listed just above ("EC2
        // hacked because: …") needs the scenario in front.
        if first && q.split_whitespace().count() <= 8 {
            if let Some((Some(lead), items, at)) = previous {
                q = format!("{lead}: {}. {q}", items.join("; "));
                // The list and its lead were read as this question.
                self.joined[*at] = Some(self.block);
                if let Some(lead_at) = at.checked_sub(1) {
                    self.joined[lead_at] = Some(self.block);
                }
            }
        }
        let ctx = self.context(None);
        self.card(ctx.as_deref(), &q, answer, explanation.clone(), line);
    }

    /// "👉 statement": its facts, else the statement as the section's key
    /// point.
    fn key_statement(&mut self, statement: &str, line: usize) {
        let (before, plain) = (self.out.len(), self.plain.len());
        let l = Line::new(statement, line);
        self.flush(&mut vec![&l]);
        if self.out.len() == before {
            self.plain.truncate(plain);
            self.callout_card(super::callout::KEY_POINT, statement, line);
        }
    }

    /// Mines the collected prose lines for facts.
    pub(super) fn flush(&mut self, prose: &mut Vec<&Line>) {
        if prose.is_empty() {
            return;
        }
        let (text, line_of) = super::super::plain::join_prose(prose);
        let strong: Vec<String> = prose
            .iter()
            .flat_map(|l| l.strong.iter().map(|s| clean_text(s)))
            .collect();
        let codes: Vec<String> = prose
            .iter()
            .flat_map(|l| l.code.iter().map(|c| clean_text(c)))
            .filter(|c| !c.is_empty())
            .collect();
        prose.clear();
        self.code_spans.clone_from(&codes);
        let mut offset = 0;
        let mut previous: Option<String> = None;
        // "… hosted on an Auto Scaling group. Which service …?": a
        // paragraph that asks sets its question up.
        let asks = text.contains('?');
        let split = |s: String| called_apart(s, self.lex);
        // "It" under the note's title, before any sentence names a
        // subject, is what the note is about.
        let mut subject = self.subject.clone().filter(|_| self.stack.is_empty());
        // "Stores metadata. Communicates with clients.": a paragraph that
        // opens with its verbs has the heading as their subject, up to
        // the first sentence that names its own (one sentence alone under
        // its heading is the heading's definition); under the title, the
        // note's subject is
        let many = sentences(&text).len() > 1;
        let topic = self.heading_subject();
        let mut heading = topic.clone().or_else(|| subject.clone()).filter(|_| many);
        for s in sentences(&text).into_iter().flat_map(split) {
            let line = super::super::plain::line_of_sentence(&text, &s, &mut offset, &line_of);
            self.note_reason(&s);
            let (s, name) = pronoun::resolve(s, subject.take(), &mut heading, topic.as_deref());
            subject = pronoun::subject_of(&s, self.lex);
            let keep = |f: &Fact| {
                name.as_deref()
                    .is_none_or(|n| pronoun::keeps(&f.question, &f.answer, n))
            };
            let before = self.out.len();
            let found: Vec<Fact> =
                match code_led_fact(&codes, &s).or_else(|| super::named::counted_and_listed(&s)) {
                    Some(f) => vec![f],
                    None => facts_or_reason(&s, previous.as_deref(), self.lex),
                };
            for f in found.iter().filter(|f| keep(f)) {
                self.fact_card(f, line);
            }
            if found.is_empty() && !self.bold_term(&s, &strong, previous.as_deref(), line) {
                // "While X does A, Y does B": each side is a statement.
                for part in contrast_parts(&s) {
                    let f = role(&part, self.lex).or_else(|| statement(&part, self.lex));
                    if let Some(f) = f.filter(keep) {
                        self.fact_card(&f, line);
                    }
                }
            }
            if self.out.len() == before && !self.gap_card(&s, &strong, &codes, line, (asks, true)) {
                if !asks && !self.led {
                    self.plain.push((s.clone(), line, self.context(None)));
                }
                self.unread.push((self.block, line, s.clone(), false));
            }
            previous = Some(s);
        }
        self.code_spans.clear();
    }

    /// Keeps a sentence that gives a reason, for the section's party-only
    /// answers.
    fn note_reason(&mut self, s: &str) {
        let lower = s.to_lowercase();
        let gives_reason = REASON_WORDS
            .iter()
            .any(|w| lower.starts_with(w) || lower.contains(&format!(" {w} ")));
        if self.reason.is_none() && gives_reason && s.split_whitespace().count() <= 40 {
            self.reason = Some(s.to_string());
        }
    }

    /// A term the notes set in bold, defined by its sentence: "A **port**
    /// is a logical endpoint …" → "What is a port?"; "This exchange is
    /// called the **three-way handshake**." → "What is the three-way
    /// handshake?", answered by the sentence before.
    fn bold_term(
        &mut self,
        s: &str,
        strong: &[String],
        previous: Option<&str>,
        line: usize,
    ) -> bool {
        let Some(term) = strong
            .iter()
            .find(|t| !t.is_empty() && s.contains(t.as_str()))
        else {
            return self.pointed_name(s, previous, line);
        };
        let lower = s.to_lowercase();
        let t = term.to_lowercase();
        for called in [
            "is called",
            "are called",
            "is known as",
            "are known as",
            "is referred to as",
        ] {
            let Some(at) = lower.find(called) else {
                continue;
            };
            if lower[at..].contains(&t) {
                if let Some(p) = previous.filter(|p| p.split_whitespace().count() <= 40) {
                    let article = if lower[at..].contains(&format!("the {t}")) {
                        "the "
                    } else {
                        ""
                    };
                    let q = format!("what is {article}{term}?");
                    let ctx = self.context(None).filter(|c| !covers(c, term, usize::MAX));
                    self.card(ctx.as_deref(), &q, p.trim_end_matches('.'), None, line);
                    return true;
                }
                return false;
            }
        }
        self.bold_definition(s, term, line)
    }

    /// "A **port** is a logical endpoint …", "**Subnets** are …".
    fn bold_definition(&mut self, s: &str, term: &str, line: usize) -> bool {
        let Some(at) = s.find(term) else { return false };
        let before = s[..at].trim().to_lowercase();
        if !["", "a", "an", "the"].contains(&before.as_str()) {
            return false;
        }
        let after = super::super::definition::past_aside(&s[at + term.len()..]).trim_start();
        let Some((be, def)) = ["is ", "are "]
            .iter()
            .find_map(|b| after.strip_prefix(b).map(|d| (*b, d)))
        else {
            return false;
        };
        let cut = def.find(';').unwrap_or(def.len());
        // "**Duty** is identified as a purely rational law": a passive, not
        // what the term is; "… as Y" says what it is taken for
        let first = super::super::text::first_word(def);
        if super::super::verbs::participle(&first) {
            return self.bold_passive(&def[..cut], term, &before, be, line);
        }
        // "similar to an aldehyde, but the carbonyl group is …": the
        // difference is the definition's point, so the "but" stays
        let cut = match def[..cut].find(',') {
            Some(c) if !def[c..].starts_with(", but ") => c,
            _ => cut,
        };
        let def = def[..cut].trim().trim_end_matches('.');
        let words = def.split_whitespace().count();
        if !(2..=25).contains(&words) || def.starts_with("not ") {
            return false;
        }
        let article = if before.is_empty() {
            String::new()
        } else {
            format!("{before} ")
        };
        let q = format!("what {}{article}{term}?", be);
        let ctx = self.context(None).filter(|c| !covers(c, term, usize::MAX));
        self.card(ctx.as_deref(), &q, &capitalise(def), None, line);
        true
    }
}

impl Rules<'_> {
    /// "**Duty** is identified as a rational law" → "what is Duty
    /// identified as?" → "A rational law". Whether the sentence was read so.
    fn bold_passive(
        &mut self,
        def: &str,
        term: &str,
        article: &str,
        be: &str,
        line: usize,
    ) -> bool {
        let Some((participle, rest)) = def.split_once(' ') else {
            return false;
        };
        let Some(what) = rest.strip_prefix("as ") else {
            return false;
        };
        let what = what.trim().trim_end_matches('.');
        if !(2..=25).contains(&what.split_whitespace().count()) {
            return false;
        }
        let article = match article {
            "" => String::new(),
            a => format!("{a} "),
        };
        let q = format!("what {be}{article}{term} {} as?", participle.to_lowercase());
        let ctx = self.context(None).filter(|c| !covers(c, term, usize::MAX));
        self.card(ctx.as_deref(), &q, &capitalise(what), None, line);
        true
    }
}

/// "5 shifters of demand", "Coefficient of Elasticity" alone above a
/// list: a paragraph of one short line with no verb and no full stop,
/// the list's title.
pub(super) fn title_line(lines: &[Line]) -> bool {
    let [l] = lines else { return false };
    title_words(&clean_text(&l.text))
}

/// "5 shifters of demand", "Reson for downward slope": a short label
/// with no verb that makes it a statement, nor a clause's opening word.
pub(super) fn title_words(t: &str) -> bool {
    let first = super::super::text::first_word(t);
    let words: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
    t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !t.ends_with(|c: char| c.is_ascii_punctuation())
        && (1..=6).contains(&words.len())
        && !words.iter().any(|w| TITLE_VERBS.contains(&w.as_str()))
        && !CLAUSE_STARTS.contains(&first.as_str())
        && !dangles(t)
        && t.chars()
            .all(|c| c.is_alphanumeric() || " &-'()".contains(c))
}

/// Verbs that make a short line a statement, not a title.
const TITLE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "has", "have", "had", "can", "could", "will", "would",
    "should", "must", "may", "might", "does", "do", "did",
];

/// "There are four components of memory.": a count of what follows.
pub(super) fn counted_lead(t: &str) -> bool {
    strip_word(t, "there").is_some() && super::named::are_lead_question(t).is_some()
        || super::named::counted_sentence_question(t).is_some()
}

/// "**public**: access modifier": the bold label and what follows it.
pub(super) fn labelled(l: &Line) -> Option<(String, String)> {
    let b = l.bold.as_deref()?;
    let rest = l.text.trim().strip_prefix(b)?;
    let body = rest
        .trim_start()
        .strip_prefix(':')
        .or_else(|| b.ends_with(':').then_some(rest))
        .or_else(|| equals_meaning(rest))?;
    let label = b.trim().trim_end_matches(':').trim();
    (!label.is_empty() && !body.trim().is_empty())
        .then(|| (label.to_string(), body.trim().to_string()))
}

/// "= Genetic make up of …" after a bold term: a meaning in words (two
/// words of three letters or more), not a formula's value.
pub(super) fn equals_meaning(rest: &str) -> Option<&str> {
    let r = rest.trim_start().strip_prefix("= ")?;
    let worded = r.split_whitespace().filter(|w| w.len() >= 3).count() >= 2;
    worded.then_some(r)
}

/// "tool sub --flag: shows …": a command of a few words (no sentence)
/// whose text says what it does.
fn command_does(term: &str, body: &str) -> bool {
    let words: Vec<&str> = term.split_whitespace().collect();
    let first = body.split_whitespace().next().unwrap_or("");
    (2..=4).contains(&words.len())
        && words[0].chars().all(|c| c.is_ascii_lowercase())
        && !FRAGMENT_STARTS.contains(&words[0])
        && first.ends_with('s')
        && super::labels::does_question(term, body).is_some()
}
