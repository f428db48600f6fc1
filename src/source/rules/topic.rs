//! Topic items: a labelled item whose first sub-item says what the label is
//! or does ("**Subqueries:**" over "A query inside another query." →
//! "Subqueries: what are they?"), and `Label: code` items that say how a
//! thing is written ("Rename columns: `AS alias`" → "how do you rename
//! columns?").

use super::super::clean::clean_text;
use super::super::doc::{Block, Item, Line};
use super::super::plain::heading_text;
use super::super::text::sentences;
use super::super::text::Lexicon;
use super::super::text::{capitalise, first_word, looks_plural, lower_first};
use super::super::verbs::ACTION_VERBS;
use super::super::vocab::{MODALS, NOTE_KIND_WORDS};
use super::aspect::asks_how_or_why;
use super::entry::Entry;
use super::kinds::{
    counted_list_question, kind_noun, plural_list_question, plural_of_names, SENTENCE_KINDS,
};
use super::list::MAX_LIST_CARD_ITEMS;
use super::list_card::KEY_FACTS;
use super::says::{says, Says};
use super::Rules;

/// Words a label ends with that say nothing of the topic ("Joins
/// Overview").
const TOPIC_FILLERS: &[&str] = &["overview", "basics", "introduction", "intro", "summary"];

impl Rules<'_> {
    /// A meaning that is code, or ends with code: "Concatenate: `a + b`"
    /// is asked as syntax, or left out and reported; "Match rows: `JOIN`"
    /// gives what the term does and its syntax. Whether the meaning was
    /// read here.
    pub(super) fn code_meaning(&mut self, e: &Entry, item: &Item) -> bool {
        let (Some(term), Some(def)) = (&e.term, &e.def) else {
            return false;
        };
        if super::list::starts_with_code(item, def) {
            if !self.syntax_card(term, def, e.line) {
                self.leave("code as the meaning of a list item — write it as a `Q:` / `A:` pair");
            }
            return true;
        }
        let Some((text, code)) = trailing_code(item, def) else {
            return false;
        };
        self.term_card(term, &text, e.means, e.line);
        self.syntax_card(term, &code, e.line);
        true
    }

    /// "## SQS Fan Out" over "Is a mechanism that glues SNS to SQS. …": a
    /// section whose first sentence leaves out its subject, the heading,
    /// says what the heading is.
    pub(super) fn headless_definition(&mut self, blocks: &[Block], i: usize, body: &[Line]) {
        let heading = match i.checked_sub(1).map(|p| &blocks[p]) {
            Some(Block::Heading { text, .. }) => heading_text(text),
            _ => return,
        };
        let Some(first) = body.first().map(|l| sentences(&clean_text(&l.text))) else {
            return;
        };
        let Some(sentence) = first.first() else {
            return;
        };
        // "Basic unit of speech sound, what we hear." under "Phones": a
        // noun phrase with no verb says what the heading is
        let phrase = heading.split_whitespace().count() <= 4
            && says(sentence).is_some()
            && super::predicate::defining_kind(sentence);
        let rest = ["Is ", "Are "]
            .iter()
            .find_map(|b| sentence.strip_prefix(b))
            .filter(|r| ["a ", "an ", "the "].iter().any(|a| r.starts_with(a)))
            .or(phrase.then_some(sentence.as_str()));
        let Some(rest) =
            rest.filter(|_| super::term_like(&heading) && !super::is_generic(&heading))
        else {
            return;
        };
        let q = super::meant(&heading);
        let a = rest.trim_end_matches('.');
        self.card(None, &q, a, None, body[0].line);
    }

    /// The context and question of a list right under its heading (or a
    /// label that stands as one): what a named thing includes, what the
    /// kinds a plural heading names are, else the items under the heading.
    pub(super) fn heading_list_question(
        &self,
        l: &str,
        shown: &[String],
    ) -> (Option<String>, String) {
        let heading = self.labels == 0;
        let named = self
            .parent_heading()
            .and_then(|p| super::named::label_list_question(l, p))
            .or_else(|| heading.then(|| super::named::named_list_question(l, shown))?);
        if let Some(q) = named {
            return (None, q);
        }
        let kinds = plural_list_question(l, shown.len(), self.lex)
            .or_else(|| counted_list_question(l, shown.len(), self.lex));
        // "Schedulers" over their names: the note's subject leads it
        if let Some(q) = plural_of_names(l, shown, self.lex).filter(|_| kinds.is_none()) {
            return (self.parent_heading().map(str::to_string), q);
        }
        if let Some(q) = kinds {
            // "How does DNS work?" over "Steps in a DNS Lookup" asks a
            // question of its own: the title names the subject instead
            let ctx = self
                .parent_heading()
                .filter(|p| !p.ends_with('?'))
                .map(str::to_string);
            // "Event Loop — Core Mental Model" is about the event loop.
            let title = self
                .title
                .as_deref()
                .map(super::subject_of_question)
                .map(|t| {
                    t.split([':', '—', '–'])
                        .next()
                        .unwrap_or(t)
                        .trim()
                        .to_string()
                })
                .filter(|t| names_subject(t));
            return (ctx.or(title), q);
        }
        // "Pros" (or "Pro") over points: the pros of the section above
        if let Some(q) = super::aspect::aspect_question(pros_of(l)) {
            let q = q.replace('?', " ({n} items)?");
            return (self.parent_heading().map(str::to_string), q);
        }
        // "There are different estimates for …" over its items
        if let Some((_, q)) = super::named::are_lead_question(l) {
            return (self.parent_heading().map(str::to_string), q);
        }
        // "Managing Docker Volumes" over `docker volume ls`, …
        let commands = shown.iter().all(|s| self.code_spans.contains(s));
        let doing = first_word(l).ends_with("ing") && l.split_whitespace().count() >= 2;
        if commands && doing && !l.contains(['(', ':']) {
            let task = self.lex.lc_label(&lower_first(l));
            let q = format!("what are the {{n}} commands for {task}?");
            return (self.parent_heading().map(str::to_string), q);
        }
        // "Shelves crack due to:", "Signs of overfiring" over their items
        let open = super::open_lead::open_lead_question(l, shown, self.lex)
            .or_else(|| super::open_lead::plural_lead_question(l, shown, self.lex));
        if let Some(q) = open {
            return (self.parent_heading().map(str::to_string), q);
        }
        if let Some(q) = self.key_facts_question(l, shown) {
            return q;
        }
        if let Some(q) = super::list_card::noun_lead_question(l) {
            return (self.parent_heading().map(str::to_string), q);
        }
        (
            self.list_context(l),
            super::list_card::LIST_ITEMS.to_string(),
        )
    }

    /// "gp2: General purpose SSD" over its points: "what are the 3 key
    /// facts about gp2?", when the label names one thing and its items
    /// are points about it (not steps, names, or more of a heading's
    /// kind).
    fn key_facts_question(&self, l: &str, shown: &[String]) -> Option<(Option<String>, String)> {
        let steps = shown
            .iter()
            .filter(|s| ACTION_VERBS.contains(&first_word(s).as_str()))
            .count();
        let points = shown
            .iter()
            .filter(|s| s.split_whitespace().count() >= 3)
            .count();
        if let Some(q) = super::open_lead::has_lead_question(l, self.lex) {
            return Some((self.parent_heading().map(str::to_string), q));
        }
        // ("EFS Overview" is about EFS)
        let about = super::subject_of_question(l);
        // "target cell" under "Points of regulation": its items are more
        // of the points, not facts about the label
        const PARTS_OF: &[&str] = &[
            "points", "factors", "ways", "methods", "causes", "effects", "reasons", "signs",
            "symptoms", "sources", "levels", "stages", "sites", "areas",
        ];
        let parent = self.parent_heading();
        // ("What AWS secures" over "Data centres": more of what AWS secures)
        let parts = parent.is_some_and(|p| {
            PARTS_OF.contains(&first_word(p).as_str())
                || super::heads_an_answer(p)
                || self.lex.parties.heading(p).is_some()
        });
        if named_label(about) && !parts && steps * 2 < shown.len() && points * 2 >= shown.len() {
            let q = format!("{KEY_FACTS}{}?", as_named(about, self.lex));
            return Some((parent.map(str::to_string), q));
        }
        None
    }

    /// "Event Source → Event Bus → Rule → Target" alone on a line: the
    /// steps of a flow, in order. Whether the paragraph was one.
    pub(super) fn arrow_flow(&mut self, body: &[Line]) -> bool {
        let [line] = body else { return false };
        let text = line.text.replace("->", "→").replace('➜', "→");
        let steps: Vec<String> = text.split('→').map(clean_text).collect();
        let short = steps
            .iter()
            .all(|s| (1..=5).contains(&s.split_whitespace().count()) && !s.ends_with(['.', ':']));
        if steps.len() < 3 || !short {
            return false;
        }
        let ctx = self.context(None);
        let q = format!("what are the {} steps, in order?", steps.len());
        self.card(ctx.as_deref(), &q, &steps.join(", then "), None, line.line);
        true
    }

    /// The items a list card shows, and whether they can be recited:
    /// short items; names with notes in brackets, by their names; or the
    /// sentences of rules that their heading counts.
    pub(super) fn recital(&self, shown: Vec<String>, lead: Option<&str>) -> (Vec<String>, bool) {
        // Items too long to recite may be names with a note in brackets.
        let names: Vec<String> = shown.iter().map(|s| name_of(s).to_string()).collect();
        let shown = if super::list::recitable(&shown) {
            shown
        } else {
            names
        };
        // "Three Ownership Rules" over three sentences, or "A market has
        // three characteristics:" over them: rules are recited whole.
        let rules = lead.is_some_and(|l| {
            let last = kind_noun(l).to_lowercase();
            let words: Vec<String> = l.split_whitespace().map(str::to_lowercase).collect();
            // "Three Ownership Rules", "There are three reasons to log …":
            // a count right before the kind
            let at = words
                .iter()
                .position(|w| w.trim_end_matches([':', '.']) == last);
            // ("three main reasons")
            let counted = at.is_some_and(|k| {
                words[k.saturating_sub(2)..k]
                    .iter()
                    .any(|w| super::kinds::COUNTS.contains(&w.as_str()))
            });
            let named = if self.lead_is_heading(l) {
                plural_list_question(l, shown.len(), self.lex).is_some()
            } else {
                counted
            };
            SENTENCE_KINDS.contains(&last.as_str()) && named
        }) && shown.iter().all(|s| s.split_whitespace().count() <= 20);
        // "To encrypt volumes:" over its steps, "The signs used to judge a
        // firing:" over its signs: each item is recited whole
        let steps = lead.is_some_and(|l| {
            super::list_card::how_to_question(l)
                .or_else(|| super::list_card::noun_lead_question(l))
                .is_some()
        }) && shown.len() <= MAX_LIST_CARD_ITEMS
            && shown.iter().all(|s| s.split_whitespace().count() <= 20);
        // "What were the causes …?" over two sentences: the notes' own
        // answer to their question
        // ("Why it helps:" asks as a question does)
        let asked = lead.is_some_and(|l| l.trim_end().ends_with('?') || asks_how_or_why(l))
            && (2..=4).contains(&shown.len())
            && shown.iter().all(|s| s.split_whitespace().count() <= 40);
        let short = super::list::recitable(&shown) || (rules && shown.len() <= 5) || steps || asked;
        (shown, short)
    }

    /// The sub-items of an item, read under its label; a label with
    /// nothing after it is their topic.
    pub(super) fn sub_items(&mut self, e: &Entry, item: &Item) {
        if item.sub.is_empty() {
            return;
        }
        let label = e
            .term
            .clone()
            .unwrap_or_else(|| e.text.trim_end_matches(':').to_string());
        // "What were the causes? Think about …": the question is the label
        let label = match label.split_once("? ") {
            Some((q, _)) if e.term.is_none() => format!("{q}?"),
            _ => label,
        };
        if e.def.is_none() && !tells_use(&item.sub) && self.single_value(&label, &item.sub) {
            return;
        }
        if e.def.is_none() && self.question_over_answer(&label, &item.sub) {
            return;
        }
        // "Every state can define:" is a sentence that leads its items,
        // no name for them to be read under
        if super::named::modal_lead_question(&label).is_some() {
            return self.list(&item.sub, Some(&label), true);
        }
        // "Can be set:" says what the section's subject can be: its items
        // stay under that subject
        let first = first_word(&label);
        let says_what = MODALS.contains(&first.as_str()) || ["is", "are"].contains(&first.as_str());
        if e.def.is_none() && says_what {
            return self.list(&item.sub, None, false);
        }
        if e.def.is_none() && self.definition_label(&label, &item.sub) {
            return;
        }
        let topic = e.def.is_none().then(|| label.clone());
        let outer = std::mem::replace(&mut self.topic, topic);
        let before = self.out.len();
        self.under(&label, |r| r.list(&item.sub, Some(&label), true));
        self.topic = outer;
        if self.out.len() == before && e.def.is_none() {
            self.lone_meaning(&label, &item.sub);
        }
    }

    /// "- Why did kilns move to the coast?" over one item that answers
    /// it: the question and its answer, as the notes wrote them (the
    /// answer's own statement would be asked without its question).
    /// Whether it was one.
    fn question_over_answer(&mut self, label: &str, sub: &[Item]) -> bool {
        let [answer] = sub else {
            return false;
        };
        let text = clean_text(&answer.text());
        let asks = label.trim_end().ends_with('?') && super::is_question(label);
        if !asks || !answer.sub.is_empty() || text.split_whitespace().count() < 2 {
            return false;
        }
        let ctx = self.context(None);
        self.card(ctx.as_deref(), label.trim(), &text, None, answer.line);
        true
    }

    /// The first sub-item of a labelled item, when it is a plain phrase
    /// saying what the label is, does or is used for. Whether it made a
    /// card.
    pub(super) fn topic_card(&mut self, text: &str, line: usize) -> bool {
        let Some(label) = self.topic.as_deref().map(topic_of) else {
            return false;
        };
        // "Use On-Demand mode:" is an instruction, "Configurable at:" the
        // start of a sentence; neither is a topic.
        const OPEN_ENDS: &[&str] = &[
            "at", "by", "for", "in", "on", "to", "with", "from", "of", "via",
        ];
        let last = label.split_whitespace().last().unwrap_or("").to_lowercase();
        let named = super::term_like(&label) || super::term_line::lower_case_term(&label);
        if ACTION_VERBS.contains(&first_word(&label).as_str())
            || !named
            || OPEN_ENDS.contains(&last.as_str())
        {
            return false;
        }
        // "glazes that scatter light" under "Matte glazes": a phrase in
        // lower case that opens with an article or the label's noun
        let opener = first_word(text);
        let noun = label.split_whitespace().last().unwrap_or("").to_lowercase();
        let text = &match text.starts_with(char::is_lowercase)
            && (["a", "an", "the"].contains(&opener.as_str()) || opener == noun)
        {
            true => capitalise(text),
            false => text.to_string(),
        };
        let generic = super::aspect::aspect_heading(&label);
        // "Queue level (DelaySeconds)": a short name is an item of a list,
        // not what the topic is.
        let short = text.split_whitespace().count() < 5;
        let Some(says) =
            says(text).filter(|s| !(generic || label.is_empty() || short && *s == Says::IsA))
        else {
            return false;
        };
        let plural = is_plural(&label);
        let (q, a): (String, String) = match says {
            Says::IsA => (
                match (plural, who_is(text)) {
                    (true, _) => "what are they?".into(),
                    (false, Some(who)) => who,
                    (false, None) => "what is it?".into(),
                },
                text.to_string(),
            ),
            Says::Does if first_word(text) == "use" || first_word(&label).ends_with("ing") => {
                ("how is it done?".into(), text.to_string())
            }
            Says::Does => match verb_question(text, plural) {
                Some((q, a)) => (q, a),
                None if plural => ("what do they do?".into(), text.to_string()),
                None => ("what does it do?".into(), text.to_string()),
            },
            Says::When(w) if plural => ("when are they used?".into(), w),
            Says::When(w) => ("when is it used?".into(), w),
            Says::UsedFor(w) if plural => ("what are they used for?".into(), w),
            Says::UsedFor(w) => ("what is it used for?".into(), w),
        };
        self.card(Some(&label), &q, &a, None, line);
        true
    }

    /// `Label: code`: "Rename columns: `AS alias`" → "how do you rename
    /// columns?"; "Descending: `ORDER BY c DESC`" → "what is the syntax for
    /// descending?". Whether it made a card.
    pub(super) fn syntax_card(&mut self, term: &str, code: &str, line: usize) -> bool {
        let words = term.split_whitespace().count();
        // "Joined: `a + b`" names no task and no thing.
        let participle = words == 1 && term.to_lowercase().ends_with("ed");
        if words == 0 || words > 6 || term.contains(['?', '(']) || participle {
            return false;
        }
        let verb = first_word(term);
        let q = if let Some(q) = super::aspect::aspect_question(term) {
            // "Formula: `UR = …`" under "Unemployment Rate"
            q
        } else if super::formula_label::maths(code) {
            // "Angular velocity: `ω = dθ/dt`": a formula, no syntax
            format!("what is the formula for {}?", self.lex.lc_label(term))
        } else if ACTION_VERBS.contains(&verb.as_str()) {
            format!("how do you {}?", self.lex.lc_label(&lower_first(term)))
        } else if ["syntax", "usage", "signature"].contains(&term.to_lowercase().as_str()) {
            // "Syntax: `spin(fibre)` …" → "what is the syntax?"
            format!("what is the {}?", term.to_lowercase())
        } else if ["in", "on", "with", "from", "via", "inside", "using"].contains(&verb.as_str()) {
            // "In Dockerfile: `ENV PORT 80`" → "what is the syntax in
            // Dockerfile?"
            format!("what is the syntax {}?", lower_first(term))
        } else {
            format!("what is the syntax for {term}?")
        };
        let code = code.trim_end_matches('.').trim_end();
        self.code_card(&q, None, code, line);
        true
    }
}

/// "Start a row: `loom row --start`": a task written as code, whatever
/// the case of the task's words.
pub(super) fn task_with_code(it: &Item, term: &str, def: &str) -> bool {
    let words = term.split_whitespace().count();
    let verb = first_word(term);
    let code = it.lines.first().is_some_and(|l| {
        l.code
            .iter()
            .any(|c| def.trim_end_matches(['.', ';']) == clean_text(c))
    });
    code && (2..=6).contains(&words) && ACTION_VERBS.contains(&verb.as_str())
}

/// A `Term: meaning` asked as how, not what: what a thing uses, or how
/// the thing above handles a quality ("Security: integrates with WAF"
/// under "CloudFront" → "how does it handle security?", where `quality`
/// says such a question may be asked).
pub(super) fn how_question(term: &str, def: &str, quality: bool) -> Option<(String, String)> {
    let handles = quality && super::aspect::quality_label(term) && super::aspect::tells_how(def);
    uses(term, def)
        .or_else(|| represented(term, def))
        .or_else(|| {
            handles.then(|| {
                let q = format!("how does it handle {}?", term.to_lowercase());
                (q, def.to_string())
            })
        })
}

/// "Sticky Bit: Represented by a leading 1 …" → "how is Sticky Bit
/// represented?" → "By a leading 1 …": a meaning that says how the term is
/// written, not what it is.
pub(super) fn represented(term: &str, def: &str) -> Option<(String, String)> {
    const HOW: &[&str] = &[
        "represented",
        "denoted",
        "written",
        "shown",
        "marked",
        "indicated",
    ];
    let (word, rest) = def.split_once(' ')?;
    let participle = word.to_lowercase();
    let by = rest
        .strip_prefix("by ")
        .or_else(|| rest.strip_prefix("as "))?;
    (HOW.contains(&participle.as_str()) && !by.is_empty()).then(|| {
        let joiner = if rest.starts_with("by ") { "By" } else { "As" };
        (
            format!("how is {term} {participle}?"),
            format!("{joiner} {by}"),
        )
    })
}

/// "Multiple-row subqueries: Use `ANY`, `ALL`" → "what do multiple-row
/// subqueries use?" → "ANY, ALL": a thing (not a task) and what it uses.
fn uses(term: &str, def: &str) -> Option<(String, String)> {
    let rest = def
        .strip_prefix("Use ")
        .or_else(|| def.strip_prefix("Uses "))?;
    let verb = first_word(term);
    let asked = term.trim_end().ends_with('?');
    if ACTION_VERBS.contains(&verb.as_str())
        || verb.ends_with("ing")
        || rest.contains(" to ")
        || asked
    {
        return None;
    }
    let does = if is_plural(term) { "do" } else { "does" };
    Some((format!("what {does} {term} use?"), capitalise(rest)))
}

/// Whether the sub-items of a label say when or how it is used ("Use when
/// …", "Example: …"): they are read one by one, not as its value.
fn tells_use(sub: &[Item]) -> bool {
    sub.iter().any(|it| {
        let t = clean_text(&it.text());
        t.to_lowercase().starts_with("example")
            || matches!(
                says(&t),
                Some(Says::When(_) | Says::UsedFor(_) | Says::Does)
            )
    })
}

/// "Match rows in both tables: `SELECT … JOIN …`": what the term does,
/// then its code, split at the last colon.
fn trailing_code(item: &Item, def: &str) -> Option<(String, String)> {
    let code = clean_text(item.lines.last()?.code.last()?);
    let (text, tail) = def.rsplit_once(": ")?;
    let tail = tail.trim_end_matches('.').trim_end();
    let words = text.split_whitespace().count();
    (tail == code && code.contains(' ') && (2..=15).contains(&words))
        .then(|| (format!("{}.", text.trim_end_matches('.')), code))
}

/// "Standard (available in all regions)" → "Standard": an item that is a
/// name and a note on it in brackets, named on a list card by the name.
pub(super) fn name_of(text: &str) -> &str {
    let t = text.trim().trim_end_matches('.');
    // "The kiln was fired too fast [Firing fault]": a long item that
    // ends on its own name in square brackets
    let bracketed = t
        .strip_suffix(']')
        .and_then(|r| r.rsplit_once(" ["))
        .map(|(_, name)| name.trim())
        .filter(|name| (1..=6).contains(&name.split_whitespace().count()));
    if let Some(name) = bracketed {
        return name;
    }
    match t.split_once(" (") {
        Some((name, _))
            if t.ends_with(')') && (1..=4).contains(&name.split_whitespace().count()) =>
        {
            name.trim()
        }
        _ => text,
    }
}

/// Whether a document title names its subject ("Shared Responsibility
/// Model"), rather than saying what kind of notes these are ("AWS S3
/// Quick Reference", "Exam Preparation Notes").
pub(super) fn names_subject(title: &str) -> bool {
    let words: Vec<String> = title.split_whitespace().map(str::to_lowercase).collect();
    (1..=4).contains(&words.len()) && !words.iter().any(|w| NOTE_KIND_WORDS.contains(&w.as_str()))
}

/// The label as a topic: its filler words ("Overview") left out.
fn topic_of(label: &str) -> String {
    let label = clean_text(label.trim_end_matches(':'));
    // "A priori (a way we know a claim is true)": an aside of three words
    // or more is no part of the name
    let label = match label.split_once(" (") {
        Some((name, aside)) if aside.ends_with(')') && aside.split_whitespace().count() >= 3 => {
            name.to_string()
        }
        _ => label,
    };
    let mut words: Vec<&str> = label.split_whitespace().collect();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| TOPIC_FILLERS.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    words.join(" ")
}

/// Whether a topic names several things ("Group Functions", "Self-Joins"):
/// its last word before any brackets looks plural.
fn is_plural(label: &str) -> bool {
    let head = label.split('(').next().unwrap_or(label);
    let last = head.split_whitespace().last().unwrap_or("");
    let last = last.rsplit('-').next().unwrap_or(last).to_lowercase();
    looks_plural(&last)
}

/// "Lays out the principles of policy" → "what does it lay out?" → "The
/// principles of policy": what the topic does, asked by its own verb
/// (with its particle).
fn verb_question(text: &str, plural: bool) -> Option<(String, String)> {
    let text = text.trim_end_matches('.');
    let verb = super::labels::verb_object(text)?;
    if !super::super::verbs::known_verb(verb.split(' ').next()?) {
        return None;
    }
    let does = if plural { "do they" } else { "does it" };
    let q = format!("what {does} {verb}?");
    let answer = super::meaning::without_asked_verb(&q, text).to_string();
    Some((q, answer))
}

/// "defined by exclusion", "Defined by exclusion": a participle that
/// opens a clause ("Dedicated Hosts" is a name).
fn participle_clause(label: &str) -> bool {
    let mut words = label.split_whitespace();
    let first = words.next().unwrap_or("");
    let next = words.next().unwrap_or("").to_lowercase();
    let preposition = ["by", "in", "as", "for", "to", "with", "from", "on", "at"];
    super::super::verbs::participle(first)
        && (first.starts_with(char::is_lowercase) || preposition.contains(&next.as_str()))
}

/// A label as a question names it: its ordinary words in lower case
/// ("economic reconstruction"), but a name kept whole ("Spot Instances",
/// not "spot Instances").
fn as_named(label: &str, lex: &Lexicon) -> String {
    let lc = lex.lc_label(label);
    let second_upper = lc
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    match lc != label && second_upper && first_word(label) != "the" {
        true => label.to_string(),
        false => lc,
    }
}

/// "gp2", "Oxytocin", "theta waves": a label of one to four plain words
/// that names a thing, no aspect, no task.
fn named_label(l: &str) -> bool {
    // "Security", "Statistics", "Algorithm": a part of something, no thing
    const PARTS: &[&str] = &[
        "security",
        "statistics",
        "basics",
        "algorithm",
        "features",
        "benefits",
        "details",
        "properties",
        "characteristics",
        "notes",
        "general",
        "key points",
        "facts",
    ];
    let base = l.split(" (").next().unwrap_or(l);
    let words: Vec<&str> = base.split_whitespace().collect();
    let first = first_word(base);
    // "Reading from a stream", "Defined by exclusion", "we want to support"
    let clause = first.ends_with("ing")
        || participle_clause(base)
        || super::super::vocab::PRONOUNS.contains(&first.as_str())
        || ["no", "not", "only", "all", "some", "many", "more", "most"].contains(&first.as_str())
        || words
            .iter()
            .any(|w| super::super::verbs::known_verb(&w.to_lowercase()) && w.len() > 2);
    (1..=4).contains(&words.len())
        && base
            .chars()
            .all(|c| c.is_alphanumeric() || " -/.'’".contains(c))
        && !base.contains(" - ")
        && !clause
        && !PARTS.contains(&base.to_lowercase().as_str())
        // (an aspect heading is a generic one too)
        && !super::aspect::aspect_heading(base)
        && !super::super::verbs::known_verb(&first_word(base))
}

/// "Journalist and politician. He was a defender of …": the question a
/// person's label asks ("who was he?"), told by the pronoun its sentences
/// take up.
fn who_is(text: &str) -> Option<String> {
    let pronoun = sentences(text).iter().find_map(|s| {
        let first = s.split_whitespace().next()?.to_lowercase();
        let first = first.trim_end_matches("'s").trim_end_matches("’s");
        ["he", "she"].contains(&first).then(|| first.to_string())
    })?;
    let lower = format!(" {} ", text.to_lowercase());
    let past = [" was ", " were ", " had ", " died "]
        .iter()
        .any(|w| lower.contains(w));
    let be = if past { "was" } else { "is" };
    Some(format!("who {be} {pronoun}?"))
}

/// "Pro", "Con": a heading of one side, named the way the aspect is.
fn pros_of(heading: &str) -> &str {
    match heading.trim().trim_end_matches(':').to_lowercase().as_str() {
        "pro" => "pros",
        "con" => "cons",
        _ => heading,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_say_what_a_topic_is_or_does() {
        assert_eq!(says("A query inside another query."), Some(Says::IsA));
        assert_eq!(
            says("Tools to define and control databases."),
            Some(Says::IsA)
        );
        assert_eq!(says("Combine rows from two tables."), Some(Says::Does));
        assert_eq!(says("Returns one row."), Some(Says::Does));
        assert_eq!(says("Lays out the rules of the guild."), Some(Says::Does));
        // a subject and a verb of the world: a sentence, no meaning
        assert_eq!(says("The guild comes to be feared by potters."), None);
        assert_eq!(
            says("A claim whose truth is known before any firing"),
            Some(Says::IsA)
        );
        assert_eq!(says("Like the guild, they modelled the kiln as"), None);
        assert_eq!(says("A glaze that is fired on top of"), None);
        assert_eq!(
            verb_question("Lays out the rules of the guild.", false),
            Some((
                "what does it lay out?".into(),
                "the rules of the guild".into()
            ))
        );
        assert_eq!(
            verb_question("Control most kilns in the valley", true),
            Some((
                "what do they control?".into(),
                "most kilns in the valley".into()
            ))
        );
        assert_eq!(verb_question("Returns one.", false), None);
        assert_eq!(says("Establish a private link to AWS."), Some(Says::Does));
        assert_eq!(
            says("Use when a table relates to itself."),
            Some(Says::When("When a table relates to itself.".into()))
        );
        assert_eq!(
            says("Used for caching hot keys."),
            Some(Says::UsedFor("Caching hot keys.".into()))
        );
        assert_eq!(says("Joins are slow on big tables."), None);
        assert_eq!(says("Example: find managers"), None);
        assert_eq!(says("Examples:"), None);
        assert_eq!(says("Fast"), None);
        assert_eq!(says("only for small tables"), None);
    }

    #[test]
    fn topics_lose_their_fillers_and_know_their_number() {
        assert_eq!(topic_of("Joins Overview:"), "Joins");
        assert_eq!(topic_of("Overview"), "Overview");
        assert!(is_plural("Self-Joins"));
        assert!(is_plural("Group Functions"));
        assert!(!is_plural("Database Management System (DBMS)"));
        assert!(!is_plural("Class"));
        assert_eq!(
            represented("Sticky Bit", "Represented by a leading 1."),
            Some((
                "how is Sticky Bit represented?".into(),
                "By a leading 1.".into()
            ))
        );
        assert_eq!(represented("Umask", "A configuration value."), None);
        assert!(names_subject("Shared Responsibility Model"));
        assert!(!names_subject("AWS S3 Quick Reference"));
        assert!(!names_subject("Notes"));
        assert_eq!(name_of("Standard (available in all regions)"), "Standard");
        assert_eq!(name_of("FIFO (in four (4) regions)."), "FIFO");
        assert_eq!(
            name_of("Keep it short (see below) always"),
            "Keep it short (see below) always"
        );
    }
}
