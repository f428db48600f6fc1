//! Callouts: `**Label**: body` lines and quotes. A label that names a
//! thing ("Golden rule", "Memory hook") is asked for ("what is the golden
//! rule?"); a label that names nothing ("Important", "Note") gives way to
//! the statement after it; "**Always AWS**: hardware, …" gives a card per
//! item.

use super::super::clean::{clean_text, normalise};
use super::super::doc::{join_lines, Block, Line};
use super::super::facts::facts;
use super::super::text::sentences;
use super::super::vocab::{CALLOUT_WORDS, NOT_TERMS};
use super::prose::MAX_CALLOUT_WORDS;
use super::{covers, Rules};

/// Callout labels that name no thing of their own ("Important: …"): the
/// statement after them is the fact, not the label.
pub(super) const NAMELESS_CALLOUTS: &[&str] = &[
    "background",
    "discussion",
    "observation",
    "aside",
    "comment",
    "important",
    "note",
    "notes",
    "nb",
    "key point",
    "tip",
    "exam tip",
    "remember",
    "warning",
    "caution",
    "also",
];

/// Callout labels that only mark a remark ("Note", "NB", "Important"):
/// alone they ask nothing of what follows them.
const NOTE_LABELS: &[&str] = &[
    "note",
    "notes",
    "nb",
    "n.b.",
    "n.b",
    "important",
    "also",
    "aside",
    "comment",
];

/// The label of a statement that names nothing ("=> rate", a quote with
/// no heading, "Think: …"): asked "what is the key point?".
pub(super) const KEY_POINT: &str = "Key point";

/// "Describe the control and functions of …": what a learner should be
/// able to do, not a fact.
fn objective(body: &str) -> bool {
    const ASKS: &[&str] = &[
        "describe",
        "explain",
        "outline",
        "discuss",
        "compare",
        "define",
        "identify",
        "evaluate",
        "analyse",
        "analyze",
        "summarise",
        "summarize",
        "list",
    ];
    ASKS.contains(&super::super::text::first_word(body).as_str())
}

impl Rules<'_> {
    pub(super) fn callout_card(&mut self, label: &str, body: &str, line: usize) {
        let body_clean = clean_text(body);
        let words = body_clean.split_whitespace().count();
        let label_clean = clean_text(label);
        // "**Next →** Let's compare …": the writer leads on
        let leads_on = super::super::facts::leads_on(&body_clean);
        // "what is the key point?" → "Period", or a worked figure: asks
        // nothing a learner could answer
        // (a learning objective, "Describe the control of …", or a title
        // set in a quote, are no point to recall)
        let title = self.block == 0 && !super::gloss::clause(&body_clean);
        let vague = label_clean == KEY_POINT
            && (words <= 3 || body_clean.contains('=') || objective(&body_clean) || title);
        if words == 0
            || label_clean.is_empty()
            || says_its_label(&body_clean, &label_clean)
            || leads_on
            || vague
        {
            return;
        }
        if self.party_callout(&label_clean, &body_clean, line) {
            return;
        }
        // "**Leach:** "A pot in a kiln is …"": who said it
        // (the quote marks kept: the cleaned text drops those around it)
        if let Some(q) = super::people::who_said(&label_clean, body.trim()) {
            let ctx = self.context(None);
            return self.card(ctx.as_deref(), &q, &label_clean, None, line);
        }
        // "Think: …", "But: …" — no term, a statement.
        let label_clean = if NOT_TERMS.contains(&label_clean.to_lowercase().as_str()) {
            KEY_POINT.to_string()
        } else {
            label_clean
        };
        let is_callout_word = is_callout_label(&label_clean);
        // A bold term with a body that states facts is read for them.
        let has_facts = sentences(&body_clean)
            .iter()
            .any(|s| !facts(s, self.lex).is_empty());
        // "Important: FIFO queues do not support timers" is asked as the
        // statement it makes, which hides no question in the back.
        let l = Line::new(body, line);
        let (before, plain) = (self.out.len(), self.plain.len());
        // "Corollary 2: …" numbers a result: its statement is the fact
        let result = numbered_result(&label_clean);
        let names_nothing =
            NAMELESS_CALLOUTS.contains(&label_clean.to_lowercase().as_str()) || result;
        if names_nothing {
            self.flush(&mut vec![&l]);
        }
        let stated = self.out.len() > before;
        // "Note: …" that states nothing a rule reads: "what should you
        // note?" would ask nothing
        let bare = NOTE_LABELS.contains(&label_clean.to_lowercase().as_str()) || result;
        let carded = words <= MAX_CALLOUT_WORDS && (is_callout_word || !has_facts) && !stated;
        if carded && !bare {
            self.plain.truncate(plain);
            // "The golden rule: what is the golden rule?" says it twice.
            let ctx = self
                .callout_context()
                .filter(|c| {
                    !(covers(c, &label_clean, usize::MAX) && covers(&label_clean, c, usize::MAX))
                })
                .or_else(|| self.title.clone());
            let question = self.label_question(&label_clean, &body_clean, is_callout_word);
            self.card(ctx.as_deref(), &question, &body_clean, None, line);
        }
        // a body with no statement, asked whole, gives no gap of its own
        // ("[...] in a stoneware firing" beside "what is the top
        // temperature?")
        let asked_whole = carded && !bare && !has_facts && !is_callout_word;
        if !(names_nothing || asked_whole) {
            self.flush(&mut vec![&l]);
        }
    }

    /// The question of a bold label's card: "**Speed:** ~330 m/s in air"
    /// asks the value of what it names; others by `callout_question`.
    fn label_question(&self, label: &str, body: &str, is_callout_word: bool) -> String {
        let value = !is_callout_word
            && super::meaning::figure_first(body)
            && super::aspect::value_label(label);
        match value {
            true => super::meaning::what_is_the(&self.lex.lc_label(label)),
            false => callout_question(label, is_callout_word),
        }
    }

    /// A quote: its statements; a short one with none is the key point of
    /// its section (named by the heading right above it, if any).
    pub(super) fn quote(&mut self, blocks: &[Block], i: usize, lines: &[Line]) {
        if self.answered_below(blocks, i, &join_lines(lines)) {
            return;
        }
        if let Some(why) = super::labels::no_prose(lines, &join_lines(lines)) {
            return self.leave(why);
        }
        if let Some((q, a)) = super::quoted::attributed(lines) {
            let ctx = self.context(None);
            self.card(ctx.as_deref(), &q, &a, None, lines[0].line);
            return;
        }
        if self.titled_quote(lines) || self.led_quote(blocks, i, lines) {
            return;
        }
        let before = self.out.len();
        self.text_lines(lines, None, None);
        let text = join_lines(lines);
        if self.out.len() == before && text.split_whitespace().count() <= MAX_CALLOUT_WORDS {
            let label = match i.checked_sub(1).map(|p| &blocks[p]) {
                // "# Lecture 1 - 9/27" names no thing the quote says
                Some(Block::Heading { text, line, .. })
                    if Some(*line) != self.title_line
                        && !super::session_label(&clean_text(text).to_lowercase()) =>
                {
                    clean_text(text)
                }
                _ => KEY_POINT.to_string(),
            };
            self.callout_card(&label, &text, lines[0].line);
        }
    }

    /// "The first rule of glazing, therefore, is:" over a quote: the quote
    /// is what the lead names ("what is the first rule of glazing?"; "X
    /// states:" → "what does X state?"). Whether the quote was so led.
    fn led_quote(&mut self, blocks: &[Block], i: usize, lines: &[Line]) -> bool {
        let Some(Block::Para { lines: lead }) = i.checked_sub(1).map(|p| &blocks[p]) else {
            return false;
        };
        let text = join_lines(lines);
        let Some(question) = lead_question(&clean_text(&join_lines(lead)), self.lex) else {
            return false;
        };
        if lead.len() != 1 || text.split_whitespace().count() > MAX_CALLOUT_WORDS {
            return false;
        }
        let ctx = self.context(None);
        self.card(
            ctx.as_deref(),
            &question,
            &clean_text(&text),
            None,
            lines[0].line,
        );
        true
    }

    /// "> [!INFO] Drug Half-Life" over its text: a quote with a title,
    /// read as a section under it (the title is the cards' context), or,
    /// when its text states nothing a rule reads, asked for by its title.
    /// Whether it was such a quote.
    pub(super) fn titled_quote(&mut self, lines: &[Line]) -> bool {
        let [first, body @ ..] = lines else {
            return false;
        };
        let title = first.text.trim();
        let words = title.split_whitespace().count();
        let Some(title) = title.strip_suffix(':').filter(|t| {
            !body.is_empty() && (1..=8).contains(&words) && !t.contains(['.', '?', ':'])
        }) else {
            return false;
        };
        let title = clean_text(title);
        let before = self.out.len();
        self.stack.push((u8::MAX, title.clone()));
        self.text_lines(body, None, None);
        self.stack.pop();
        let text = join_lines(body);
        if self.out.len() == before && text.split_whitespace().count() <= MAX_CALLOUT_WORDS {
            self.callout_card(&title, &text, body[0].line);
        }
        true
    }

    /// "**Always AWS**: hardware, hypervisor" → who-cards for each item.
    fn party_callout(&mut self, label: &str, body: &str, line: usize) -> bool {
        let lower = label.to_lowercase();
        let (adverb, rest) = match lower.strip_prefix("always ") {
            Some(r) => ("always ", r),
            None => ("", lower.as_str()),
        };
        let Some(party) = self.lex.parties.name(rest) else {
            return false;
        };
        let party = party.to_string();
        for item in body
            .split([',', ';'])
            .map(str::trim)
            .filter(|i| !i.is_empty())
        {
            let q = format!(
                "who is {adverb}responsible for {}?",
                self.lex.lc_phrase(item)
            );
            self.card(None, &q, &party, Some(format!("{label}: {body}")), line);
        }
        true
    }
}

/// "## Quotes" over "> quote", "## Class notes" over "class notes": a
/// section left empty, its text only its label again.
pub(super) fn says_its_label(body: &str, label: &str) -> bool {
    let singular = |t: &str| normalise(t).trim_end_matches('s').to_string();
    singular(body) == singular(label)
}

fn callout_question(label: &str, is_callout_word: bool) -> String {
    if let Some(q) = wh_label(label)
        .or_else(|| super::aspect::aspect_question(label))
        .or_else(|| super::dates::when_question(label))
    {
        return q;
    }
    let lower = label.to_lowercase();
    match lower.as_str() {
        "remember" => "what should you remember?".to_string(),
        "important" => "what is important?".to_string(),
        "note" | "nb" | "n.b." | "n.b" => "what should you note?".to_string(),
        _ if is_callout_word => format!("what is the {lower}?"),
        _ => super::meant(label),
    }
}

/// `Label: body` lines that are callouts: a bold label, or a label made of
/// callout words ("Key principle", "Exam rule of thumb", "Tip").
pub(super) fn callout(l: &Line) -> Option<(String, String)> {
    let t = l.text.trim();
    if let Some(b) = &l.bold {
        let label = b.trim().trim_end_matches(':').trim();
        if let Some(rest) = t.strip_prefix(b.as_str()) {
            // "**Glaze fit** = Match of …": a meaning in words after "="
            let equals = super::prose::equals_meaning(rest);
            let body = equals
                .unwrap_or(rest)
                .trim_start_matches([':', ' ', '-', '–', '—'])
                .trim();
            // "**Celadon** - a green glaze": a dash after the bold label.
            let dash = [" - ", " – ", " — "].iter().any(|d| rest.starts_with(d));
            if (b.ends_with(':') || rest.starts_with(':') || dash || equals.is_some())
                && !body.is_empty()
                && !label.is_empty()
            {
                return Some((label.to_string(), body.to_string()));
            }
        }
    }
    let t = t.trim_start_matches(|c: char| super::super::clean::is_emoji(c) || c.is_whitespace());
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

/// "Theorem 7.1", "Corollary 2", "Lemma", "Proposition (Lagrange)": a
/// label that numbers a result of the notes, no term; the statement
/// after it is the fact.
pub(super) fn numbered_result(label: &str) -> bool {
    const RESULTS: &[&str] = &[
        "theorem",
        "corollary",
        "lemma",
        "proposition",
        "claim",
        "definition",
        "remark",
        "property",
        "law",
        "axiom",
        "postulate",
    ];
    let lower = label.trim().trim_end_matches([':', '.']).to_lowercase();
    let mut words = lower.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let rest: Vec<&str> = words.collect();
    let numbered = match rest.as_slice() {
        // "Definition:" alone may name what follows
        [] => ["theorem", "corollary", "lemma", "proposition"].contains(&first),
        [n] => n
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-'),
        _ => lower.contains('(') && lower.ends_with(')'),
    };
    RESULTS.contains(&first) && numbered
}

/// "Proof", "Proof of Theorem 7.1", "Proof sketch": how a result is shown,
/// not a fact to learn.
pub(super) fn proof_label(text: &str) -> bool {
    let t = clean_text(text).to_lowercase();
    let t = t.trim_start_matches(['*', '_', ' ']);
    let Some(head) = t.split([':', '.']).next().filter(|h| h.len() < t.len()) else {
        return false;
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    matches!(words.first(), Some(&"proof")) && words.len() <= 4
}

/// "Gotchas", "Notes", "Tips": a label over callouts that names no
/// subject, so no context for their cards.
pub(super) fn bare_callout(h: &str) -> bool {
    const BARE: &[&str] = &[
        "gotcha",
        "gotchas",
        "trap",
        "traps",
        "note",
        "notes",
        "tip",
        "tips",
        "important",
        "warning",
        "warnings",
        "remember",
        "caution",
    ];
    BARE.contains(&normalise(h).as_str())
}

/// Whether a label is made of callout words ("Exam tip", "Key principle"),
/// as whole words ("Examples" is not "exam").
pub(super) fn is_callout_label(label: &str) -> bool {
    let l = format!(" {} ", normalise(label));
    // "Benefit from economies of scale" is an item, not a callout, nor is
    // "Error of reversal" (a kind of error)
    let word = |w: &str| l.contains(&format!(" {w} ")) && !l.contains(&format!(" {w} of "));
    l.split_whitespace().count() <= 4
        && CALLOUT_WORDS
            .iter()
            .any(|w| word(w) || word(&format!("{w}s")))
}
/// The question a lead over a quote asks: "The first rule, therefore,
/// is:" → "what is the first rule?"; "The guild's charter states:" →
/// "what does the guild's charter state?".
fn lead_question(lead: &str, lex: &super::super::text::Lexicon) -> Option<String> {
    let lead = lead.strip_suffix(':')?.trim();
    let lead = [", therefore,", ", thus,", " therefore", " thus"]
        .iter()
        .fold(lead.to_string(), |l, w| l.replace(w, ""));
    let (subject, verb) = lead.rsplit_once(' ')?;
    let subject = super::super::statements::subject_phrase(subject, lex, true)?;
    match verb {
        "is" | "was" | "are" | "were" => Some(format!("what {verb} {subject}?")),
        "states" | "says" | "reads" => Some(format!(
            "what does {subject} {}?",
            verb.trim_end_matches('s')
        )),
        _ => None,
    }
}
/// A label that is a question without its verb ("How it works", "Why it
/// exists", "When to use") as the question: "how does it work?".
pub(super) fn wh_label(label: &str) -> Option<String> {
    let lower = label.to_lowercase();
    let lower = lower.trim().trim_end_matches(['?', ':']);
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        [wh @ ("how" | "why" | "what" | "when" | "where"), "it", verb, rest @ ..]
            if verb.len() > 3 && verb.ends_with('s') =>
        {
            let base = super::super::facts::base_form(verb);
            let rest = if rest.is_empty() {
                String::new()
            } else {
                format!(" {}", rest.join(" "))
            };
            Some(format!("{wh} does it {base}{rest}?"))
        }
        [wh @ ("how" | "why" | "when" | "where"), "to", verb, rest @ ..] => {
            let rest: String = rest.iter().map(|w| format!(" {w}")).collect();
            let it = if rest.is_empty() { " it" } else { "" };
            Some(format!("{wh} do you {verb}{rest}{it}?"))
        }
        // "What's included" over each row's parts: "what is included?"
        [wh @ ("what's" | "what’s" | "who's" | "who’s"), rest @ ..] if !rest.is_empty() => {
            let wh = wh.trim_end_matches(['\'', '’', 's']);
            Some(format!("{wh} is {}?", rest.join(" ")))
        }
        _ => None,
    }
}
