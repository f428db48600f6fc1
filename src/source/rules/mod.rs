//! The card rules: blocks (with their heading path) → draft cards. Each
//! rule is one function, in the file of the kind of block it reads
//! (`prose`, `explicit`, `list`, `table`, `tree`, `code`) or of the shape
//! it knows (`topic` for labelled topics and syntax items, `output` for
//! output written as comments, `case` for worked cases, …); `Rules::run`
//! decides which applies to which block, and remembers why a block gave
//! no card.

mod acrostic;
mod advice;
mod answered;
mod asked;
mod aspect;
mod callout;
use callout::{bare_callout, is_callout_label};
mod case;
mod code;
mod commented;
mod cue;
mod dates;
mod effect;
mod entry;
mod exam;
mod example_line;
mod explicit;
mod flow;
mod formula;
mod formula_label;
mod formula_lead;
mod front;
mod gap;
mod gloss;
mod headings;
mod kinds;
mod labels;
mod landmarks;
mod lead;
mod list;
mod list_card;
mod meaning;
mod myths;
mod named;
mod names;
mod no_facts;
mod numbers;
mod open_lead;
mod output;
mod people;
mod predicate;
mod property;
mod prose;
mod quoted;
mod record;
mod restated;
mod run_in;
mod says;
mod stated;
mod steps;
mod stubs;
mod subject;
use subject::covers;
mod table;
mod term_line;
pub(super) use term_line::term_like;
mod topic;
mod tree;
mod views;

use headings::{is_generic, is_glossary, session_label, subject_of_question};
use labels::{meant, open_ended};
pub(super) use list::MAX_LIST_ITEM_WORDS;
pub(super) use subject::of_file_name as subject_of_file_name;

use super::clean::{clean_text, normalise};
use super::doc::Block;
use super::plain::{heading_text, strip_numbering, without_emphasis};
use super::text::{capitalise, Lexicon};
use crate::error::Result;

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
    /// The block (index into the blocks read) the card comes from.
    pub block: usize,
    /// The front with the note's subject in it, when nothing else in the
    /// front names it: the card's front once duplicates are sorted out
    /// (they, and the card's id, go by `front`).
    pub led: Option<String>,
}

/// What the rules made of a file's blocks: the drafts, and for each block
/// the reason it gave no card, where a rule said why.
pub struct Outcome {
    pub drafts: Vec<Draft>,
    pub left: Vec<Option<String>>,
    /// Sentences of prose (or list items, `true`) that gave no card:
    /// (block, line, item).
    pub unread: Vec<(usize, usize, bool)>,
    /// Blocks read as part of another one (an answer paragraph, the lead
    /// of a list): the block whose cards they gave.
    pub joined: Vec<Option<usize>>,
}

pub struct Rules<'a> {
    file: &'a str,
    lex: &'a Lexicon,
    title: Option<String>,
    /// What the title says the note is about ("Amazon SNS"): named in
    /// a card's context when nothing else in the card names it.
    subject: Option<String>,
    /// Line of the heading used as the document title (not part of paths).
    title_line: Option<usize>,
    stack: Vec<(u8, String)>,
    out: Vec<Draft>,
    /// The block being read.
    block: usize,
    /// Blocks already read as part of another one.
    used: Vec<bool>,
    left: Vec<Option<String>>,
    /// Sentences of prose (or list items) that gave no card: block, line,
    /// text and whether it is an item.
    unread: Vec<(usize, usize, String, bool)>,
    joined: Vec<Option<usize>>,
    /// A sentence of the current section that gives a reason ("Because AWS
    /// runs the platform, …"): the explanation of its party-only answers.
    reason: Option<String>,
    /// Bold labels that come back in several lists: the fields of records.
    fields: std::collections::HashSet<String>,
    /// Row labels that rows of two tables or more have ("Access" in the
    /// table of each data structure).
    shared_rows: std::collections::HashSet<String>,
    /// Headings the note writes twice or more.
    repeated_headings: std::collections::HashSet<String>,
    /// The input of a worked example ("**Given IP**: 10.0.0.0/8") and the
    /// level of the heading it stands under: the cards of that section
    /// name it.
    given: Option<(u8, String)>,
    /// How many list labels `under` has put on the stack.
    labels: usize,
    /// The label of the item whose sub-items are being read, when the
    /// item is a topic (a label with nothing after it).
    topic: Option<String>,
    /// The code spans of the prose being read: an answer that is one of
    /// them keeps its case ("kiln stop <id>", not "Kiln stop <id>").
    code_spans: Vec<String>,
    /// The number the list about to be read starts at, when it is
    /// numbered: its items are steps in order. `list` takes it, so lists
    /// inside it are not.
    numbered: Option<u64>,
    /// The labelled steps being read, when they are: each item asks
    /// which step it is.
    steps: Option<steps::Steps>,
    /// Whether the list being read is a glossary: its items' terms are
    /// names, so that "Solution - rock dissolving" among them is a term,
    /// not a callout.
    glossary: bool,
    /// Whether the items of the list being read name things of one kind
    /// ("First normal form", "Second normal form"), so that one over a
    /// single phrase is a term and its meaning.
    family: bool,
    /// Whether the notes are a diary: its headings such as "Objective"
    /// or "Reflection" hold no facts to learn.
    diary: bool,
    /// Whether the list being read hangs on a line above it ("A server
    /// was broken into because:"), so an item alone says only part of it.
    led: bool,
    /// Sentences of the prose just read that gave no card, with their
    /// line and context: asked with a complement gap once the block is
    /// read, unless the heading's definition takes the paragraph.
    plain: Vec<(String, usize, Option<String>)>,
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
            subject: title.as_deref().and_then(subject::of_title),
            title,
            title_line,
            stack: Vec::new(),
            out: Vec::new(),
            block: 0,
            used: Vec::new(),
            left: Vec::new(),
            unread: Vec::new(),
            joined: Vec::new(),
            reason: None,
            fields: std::collections::HashSet::new(),
            shared_rows: std::collections::HashSet::new(),
            repeated_headings: std::collections::HashSet::new(),
            given: None,
            labels: 0,
            topic: None,
            code_spans: Vec::new(),
            numbered: None,
            steps: None,
            glossary: false,
            family: false,
            diary: false,
            led: false,
            plain: Vec::new(),
        }
    }

    /// Notes with no one title take their subject from elsewhere (the
    /// file's name).
    pub fn or_subject(mut self, subject: Option<String>) -> Self {
        if self.subject.is_none() {
            self.subject = subject;
        }
        self
    }

    pub fn run(mut self, blocks: &[Block]) -> Result<Outcome> {
        let (blocks, inline_formulas) = formula::take_inline(blocks);
        let blocks = &blocks[..];
        self.used = vec![false; blocks.len()];
        self.left = vec![None; blocks.len()];
        self.joined = vec![None; blocks.len()];
        self.fields = record::repeated_labels(blocks);
        self.shared_rows = record::shared_rows(blocks);
        self.repeated_headings = record::repeated_headings(blocks);
        self.diary = no_facts::keeps_a_diary(blocks);
        for i in 0..blocks.len() {
            if self.used[i] {
                continue;
            }
            self.used[i] = true;
            self.block = i;
            let before = self.out.len();
            if let Some(why) = self.not_facts() {
                if matches!(blocks[i], Block::Para { .. } | Block::List { .. }) {
                    self.leave(why);
                    continue;
                }
            }
            self.inline_formulas(&inline_formulas[i]);
            match &blocks[i] {
                Block::Heading { level, text, line } => {
                    self.heading(*level, text, *line);
                    if !self.heading_answer(blocks, i, text)
                        && !self.heading_term(blocks, i, *line)?
                    {
                        self.heading_statement(text, *line);
                    }
                }
                Block::Para { lines } => {
                    if !self.run_in_section(blocks, i, lines)? {
                        self.para_and_formulas(blocks, i, lines)?;
                    }
                }
                Block::Quote { lines } => self.quote(blocks, i, lines),
                Block::List {
                    items,
                    start: Some(n),
                } if self.numbered_flow(items, *n) => {}
                Block::List { items, start } => {
                    self.numbered = *start;
                    self.list_block(blocks, i, items)?;
                    self.numbered = None;
                }
                Block::Table {
                    header,
                    rows,
                    row_lines,
                    line,
                } => {
                    let lead = self.lead_of(blocks, i);
                    self.table(header, rows, row_lines, (*line, lead.as_deref()))
                }
                Block::Choice { .. } => self.choice_block(&blocks[i]),
                Block::Code { text, line, .. } => self.code_block(blocks, i, text, *line),
                Block::Left { why, .. } => self.leave(why),
                Block::Break => {}
            }
            self.after_block(blocks, i, before);
        }
        Ok(Outcome {
            drafts: self.out,
            left: self.left,
            unread: self
                .unread
                .iter()
                .map(|(b, l, _, i)| (*b, *l, *i))
                .collect(),
            joined: self.joined,
        })
    }

    /// Once block `i` is read (its cards from `before` on): what the
    /// heading over it means, the gaps of its plain statements, and the
    /// sentences that stay unread.
    fn after_block(&mut self, blocks: &[Block], i: usize, before: usize) {
        let read = self.out.len();
        match (self.out.len() == before, self.not_facts().is_none()) {
            (true, true) => self.heading_definition(blocks, i),
            (false, true) => self.first_sentence_defines(blocks, i, before),
            _ => {}
        }
        self.plain_statements(self.out.len() == read);
        self.settle_unread(before);
    }

    fn heading(&mut self, level: u8, text: &str, line: usize) {
        let text = stated::without_stop(&heading_text(text)).to_string();
        // "#### Transport:": a name, its colon a habit; "### A reflex
        // arc consists of:" stays a lead
        let text = match text.strip_suffix(':') {
            Some(name) if heading_name(name) => name.trim_end().to_string(),
            _ => text,
        };
        // "# References" over its sources: the headings after it are the
        // notes' own sections, not parts of it
        self.stack.pop_if(|(_, h)| no_facts::reading_heading(h));
        // "### Features" under "### Kinesis Data Firehose" (and the
        // sides after it) stays in that thing's section
        while self
            .stack
            .last()
            .is_some_and(|(l, h)| *l > level || *l == level && !subject::side_of(&text, h, false))
        {
            self.stack.pop();
        }
        if self.given.as_ref().is_some_and(|(l, _)| *l >= level) {
            self.given = None;
        }
        if Some(line) != self.title_line && !text.is_empty() {
            self.stack.push((level, text));
        }
        self.reason = None;
    }

    /// Marks block `j` as read with the current one.
    fn join(&mut self, j: usize) {
        if let Some(u) = self.used.get_mut(j) {
            *u = true;
            self.joined[j] = Some(self.block);
        }
    }

    /// Says why the current block gives no card (the first reason stays).
    fn leave(&mut self, why: &str) {
        if let Some(slot) = self.left.get_mut(self.block) {
            slot.get_or_insert_with(|| why.to_string());
        }
    }

    // ----- context ---------------------------------------------------------

    fn path(&self) -> Vec<String> {
        self.stack.iter().map(|(_, t)| t.clone()).collect()
    }

    fn is_title(&self, heading: &str) -> bool {
        let norm = |s: &str| {
            normalise(s)
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
        let mut generic = false;
        for (at, (_, h)) in self.stack.iter().enumerate().rev() {
            let h = subject_of_question(h.trim());
            generic |= is_glossary(h);
            // "A reflex arc consists of...": a lead, not a name
            if h.ends_with([':', '…'])
                || h.ends_with("...")
                || self.is_title(h)
                || is_generic(h)
                || bare_callout(h)
                || labels::a_statement(h)
                || labels::a_count(h)
                // "What is it?" over its answer names nothing
                || gap::POINTING.contains(&h.to_lowercase().as_str())
            {
                continue;
            }
            match answer {
                None => return Some(self.in_its_section(at, h)),
                Some(a) => {
                    if let Some(kept) = without_leak(h, a, self.lex) {
                        // A fragment left over ("in short") says nothing; a
                        // name ("EC2") does.
                        let named = kept.chars().any(|c| c.is_ascii_digit())
                            || kept.chars().filter(|c| c.is_uppercase()).count() >= 2;
                        if (kept.split_whitespace().count() >= 2 || kept == h || named)
                            && !is_generic(&kept)
                        {
                            return Some(kept);
                        }
                    }
                }
            }
        }
        // "Vocabulary" says nothing of what the terms are about: the
        // note's title does.
        self.title
            .clone()
            .filter(|t| generic && t.split_whitespace().count() <= 8)
    }

    /// Context for a callout: the heading, else the document title.
    fn callout_context(&self) -> Option<String> {
        self.context(None).or_else(|| self.title.clone())
    }

    /// Runs `f` with `label` as the innermost context (a bold item label
    /// over its sub-items), so their cards keep it.
    fn under<T>(&mut self, label: &str, f: impl FnOnce(&mut Self) -> T) -> T {
        let level = self.stack.last().map_or(7, |(l, _)| l.saturating_add(1));
        let label = clean_text(without_emphasis(label.trim_end_matches(':')));
        // "the socratic method had" over its parts names the method
        let label = [" has", " have", " had"]
            .iter()
            .find_map(|v| label.strip_suffix(v))
            .map_or(label.clone(), str::to_string);
        let pushed = !label.is_empty() && !self.stack.iter().any(|(_, h)| *h == label);
        if pushed {
            self.stack.push((level, label));
            self.labels += 1;
        }
        let out = f(self);
        if pushed {
            self.stack.pop();
            self.labels -= 1;
        }
        out
    }

    // ----- output ----------------------------------------------------------

    fn push_raw(&mut self, mut d: Draft) {
        if d.front.trim().is_empty() {
            return;
        }
        if d.choices.is_none() && blank(d.back.as_deref()) {
            return;
        }
        // a formula's TeX no rule wrote out; a worked example's figure
        let example = numbers::example_figure(&d.path, d.back.as_deref());
        if d.front.contains("$$") || d.back.as_deref().is_some_and(|b| b.contains("$$")) || example
        {
            return;
        }
        d.block = self.block;
        self.out.push(d);
    }

    /// A question card: `question` starts in lower case; `context` goes in
    /// front of it; the answer starts with a capital.
    fn card(
        &mut self,
        context: Option<&str>,
        question: &str,
        back: &str,
        explanation: Option<String>,
        line: usize,
    ) {
        let back = super::clean::without_page_refs(&clean_text(back));
        // "Professor email: …": an address to write to, no fact
        if front::idiom_split(question, &back)
            || front::email_address(&back)
            || front::points_back(&back)
        {
            return;
        }
        if let Some((q, b)) = front::object_moved(question, &back) {
            return self.card(context, &q, &b, explanation, line);
        }
        // An answer that is one of the code spans, or that starts with one
        // ("gp2; gp3; io1"), keeps its case.
        let starts_with_code = self.code_spans.iter().any(|c| {
            back.strip_prefix(c.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([';', ',', ' ']))
        });
        let back = match self
            .code_spans
            .iter()
            .find(|c| c.eq_ignore_ascii_case(&back))
        {
            Some(code) => code.clone(),
            None if starts_with_code => back,
            None => capitalise(&back),
        };
        self.card_as_written(context, question, &back, explanation, line);
    }

    /// A question card whose answer keeps the case the notes give it: the
    /// words that fill a gap ("Die Farbe [...] ist rot." → "des Autos").
    fn card_as_written(
        &mut self,
        context: Option<&str>,
        question: &str,
        back: &str,
        explanation: Option<String>,
        line: usize,
    ) {
        let Some(back) = labels::answer_shown(&clean_text(back)) else {
            return;
        };
        self.card_shown(context, question, back, explanation, line);
    }

    /// A question card whose answer is already as the learner sees it
    /// (cleaned, or kept whole as an equation's arrow is).
    fn card_shown(
        &mut self,
        context: Option<&str>,
        question: &str,
        back: String,
        explanation: Option<String>,
        line: usize,
    ) {
        let question = stubs::without_figures(&clean_text(question));
        // "What is it attached to?" with no heading or subject to say
        // what "it" is
        let bare = context.is_none_or(str::is_empty) && self.subject.is_none();
        let clash = front::unaskable(&question);
        // "Rival: Does one party's use leave less for another?": a test
        // the notes pose, which no card answers with a question
        let asks_back = back.ends_with('?') && !question.contains("question");
        if question.is_empty()
            || back.is_empty()
            || clash
            || asks_back
            || bare && labels::points_away(&question)
        {
            return;
        }
        // "What is climate change?: what does climate change refer to?":
        // a question heading over a question that names its own subject
        let own = |c: &str| c.ends_with('?') && front::restates(c, &question);
        let front = match context {
            Some(c) if !c.is_empty() && !own(c) => {
                // "#### **Classifications:**" reads "Classifications"
                let c = self.with_given(clean_text(c).trim_end_matches(':'), &back);
                let sep = if c.contains(": ") { " — " } else { ": " };
                format!("{c}{sep}{}", lower_question_word(&question))
            }
            _ => capitalise(&question),
        };
        // A party-only answer teaches more with the reason the notes give.
        let explanation = explanation
            .or_else(|| self.lex.parties.name(&back).and(self.reason.clone()))
            .map(|e| clean_text(&e))
            .filter(|e| !e.is_empty() && *e != back);
        self.push_raw(Draft {
            back: Some(back),
            explanation,
            choices: None,
            answer: None,
            line,
            path: self.path(),
            led: self.led(context.unwrap_or_default(), &question, &front),
            core: capitalise(&question),
            block: self.block,
            front,
        });
    }

    /// A context in a worked example, with the example's input named
    /// ("Subnet (10.0.0.0/8)"), unless the card asks for that input.
    fn with_given(&self, context: &str, back: &str) -> String {
        match &self.given {
            Some((_, g)) if !context.contains(g.as_str()) && !back.contains(g.as_str()) => {
                format!("{context} ({g})")
            }
            _ => context.to_string(),
        }
    }

    fn fact_card(&mut self, f: &super::facts::Fact, line: usize) {
        let context = if f.prefix.is_some() {
            None
        } else {
            self.context(f.who.then_some(f.answer.as_str()))
        };
        // A definition under a heading that names its subject or its answer
        // ("Inherited Controls: what are inherited controls?") gains nothing
        // from the heading, or is given away by it.
        let context = context.filter(|c| {
            f.who
                || !(covers(c, &f.question, usize::MAX)
                    || covers(c, &f.answer, 2)
                    || covers(&f.question, c, usize::MAX))
        });
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
}

/// "How Wrappers Work": a label that heads an answer, not a thing.
fn heads_an_answer(label: &str) -> bool {
    let first = super::text::first_word(label);
    ["how", "why", "what", "when", "where"].contains(&first.as_str())
}

/// "Who pays?" → "who pays?" after a context; names stay as they are.
fn lower_question_word(q: &str) -> String {
    let first = q.split_whitespace().next().unwrap_or("");
    let words = [
        "Who", "What", "Which", "When", "Where", "Why", "How", "Was", "Is", "Are", "Do", "Does",
        "Can", "Should", "True", "List", "Name", "Explain", "Describe",
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
            k.split_whitespace()
                .all(|kw| words.iter().any(|w| w == kw.trim_end_matches('s')))
        })
    };
    if !leaks(heading) {
        return Some(heading.to_string());
    }
    let heading = heading.replace(" - ", " — ");
    let kept: Vec<&str> = heading
        .split([':', '—', '–', '(', ')'])
        .map(|p| p.trim().trim_start_matches('-').trim())
        .filter(|p| !p.is_empty() && !leaks(p))
        .collect();
    (!kept.is_empty()).then(|| kept.join(": "))
}

fn strip_label<'s>(t: &'s str, labels: &[&str]) -> Option<&'s str> {
    let lower = t.get(..20.min(t.len())).map(str::to_ascii_lowercase);
    let lower = lower.unwrap_or_else(|| t.to_ascii_lowercase());
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
    strip_label(t.trim(), &["q:", "question:"]).filter(|r| !r.is_empty())
}

/// `A: …` / `Answer: …` → the answer; an exam's "Looking for: …" or
/// "Model answer: …" too.
fn a_label(t: &str) -> Option<&str> {
    const LABELS: &[&str] = &[
        "a:",
        "answer:",
        "looking for:",
        "model answer:",
        "expected answer:",
        "suggested answer:",
        "correct answer:",
        "mark scheme:",
    ];
    strip_label(t.trim(), LABELS).filter(|r| !r.is_empty())
}

fn blank(s: Option<&str>) -> bool {
    s.is_none_or(|s| s.trim().is_empty())
}

/// "Transport" of "#### Transport:": a name, not a lead ("You take care
/// of:", "A reflex arc consists of:").
fn heading_name(name: &str) -> bool {
    let last = name
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_lowercase();
    let open = super::vocab::FRAGMENT_STARTS.contains(&last.as_str());
    !gloss::clause(name) && !open && name.split_whitespace().count() <= 4
}

#[cfg(test)]
mod tests {
    use super::term_like;

    #[test]
    fn a_term_names_something_and_a_clause_is_no_term() {
        assert!(term_like("Origin Types"));
        assert!(term_like("Zone security"));
        // its abbreviation in brackets is no word of the term
        assert!(term_like("Glaze firing (GF)"));
        assert!(!term_like("glaze firing (GF)"));
        assert!(term_like("/etc/hosts"));
        // a pointing word and its verb are the start of a sentence
        assert!(!term_like("It includes"));
        assert!(!term_like("This means"));
        assert!(!term_like("the app then"));
    }
}
