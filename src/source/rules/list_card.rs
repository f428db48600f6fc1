//! The card that asks for a whole list: under its heading ("Security
//! tips: list the 4 items."), its lead ("AWS manages:" → "what does AWS
//! manage?"), in parts when it is long; none when the items alone teach
//! nothing (labels, values, a glossary's bare names, full sentences).

use super::super::doc::Item;
use super::super::text::Lexicon;
use super::super::verbs::looks_third_person;
use super::super::vocab::{GENERIC_HEADINGS, TIME_OPENERS};
use super::entry::Entry;
use super::list::{PartyLead, MAX_LIST_CARD_ITEMS};
use super::meaning::{short_value, value_like};
use super::names::{groups, numbers_only, only_labels, unnamed_bold_labels};
use super::{is_callout_label, Rules};

/// The question of a list card whose lead names no kind of item.
pub(super) const LIST_ITEMS: &str = "list the {n} items.";
/// The start of a list card's question over points about one named
/// thing ("… gp2?").
pub(super) const KEY_FACTS: &str = "what are the {n} key facts about ";

impl Rules<'_> {
    /// The card that asks for the whole list (in parts when it is long).
    pub(super) fn list_card(
        &mut self,
        (entries, items): (&[Entry], &[Item]),
        lead: Option<&str>,
        party: Option<&PartyLead>,
        numbered: bool,
    ) -> bool {
        // "Describe the beliefs of the guilds:" over "Northern Guild:
        // wood firing only": the names alone describe nothing
        let describes = lead.is_some_and(asks_to_describe);
        let shown: Vec<String> = entries
            .iter()
            .zip(items)
            .filter(|(e, it)| !heads_its_items(e, it) && recited_item(e, self.glossary, lead))
            .map(|(e, _)| match (&e.term, &e.def) {
                (Some(t), Some(d)) if describes => format!("{t}: {d}"),
                (Some(t), Some(_)) => t.clone(),
                _ => e.text.clone(),
            })
            .collect();
        let (shown, short) = self.recital(shown, lead);
        let all_terms = entries.iter().all(|e| e.term.is_some() && e.def.is_some());
        let numbers = all_terms && numbers_only(entries);
        let heading = self.stack.last().map(|(_, h)| h.as_str());
        if shown.len() < 2
            || super::kinds::defined_below(lead.or(heading), items, &shown)
            || super::kinds::guessable(lead, &shown)
            || !short
            || numbers
            || shown.iter().any(|s| trails_off(s))
            || shown
                .iter()
                .all(|s| super::super::quiz::option_line(s).is_some())
            || self.names_teach_nothing(entries, lead)
            || (all_terms && shown.len() > MAX_LIST_CARD_ITEMS)
            || entries.iter().any(|e| {
                e.def.is_some() && e.term.as_deref().is_some_and(super::aspect::facet_label)
            })
        {
            return false;
        }
        let Some((mut ctx, mut question)) = self.list_question(lead, party, &shown) else {
            return false;
        };
        let outline = self.labels == 0 && lead.is_none_or(|l| self.lead_is_heading(l));
        // "Key factors; Four Conditions": labels of the sub-lists below
        let of_items = question == LIST_ITEMS || question.ends_with(" items)?") && groups(items);
        if of_items && only_labels(items, outline) {
            return false;
        }
        // "list the 5 items" of statements: a list card that names no
        // kind of item lumps unlike facts
        let generic = question == LIST_ITEMS
            || question.starts_with(KEY_FACTS)
            || question.starts_with("what does") && question.ends_with(" include?");
        let unnamed = generic || question.ends_with(" items)?");
        let nested = self.labels > 0 || items.iter().any(|it| !it.sub.is_empty());
        if unnamed && all_terms && nested && unnamed_bold_labels(items, lead) {
            return false;
        }
        let clauses = || shown.iter().filter(|s| super::gloss::clause(s)).count();
        let lumps = generic && clauses() * 3 >= shown.len() * 2;
        if lumps && !numbered && unlike_points(&shown) {
            return false;
        }
        let n = shown.len();
        if numbered && n <= MAX_LIST_CARD_ITEMS && steps(lead, &shown) {
            (ctx, question) = self.as_steps(ctx, question, lead);
        }
        let lines: Vec<usize> = entries.iter().map(|e| e.line).collect();
        self.list_parts(ctx.as_deref(), &question, &shown, &lines);
        lumps
    }

    /// The list card, in parts of at most `MAX_LIST_CARD_ITEMS` items
    /// when the list is longer, each part's question saying which items
    /// it asks for ("3–4 of 8"); `lines`: the source line of each item.
    pub(super) fn list_parts(
        &mut self,
        ctx: Option<&str>,
        question: &str,
        shown: &[String],
        lines: &[usize],
    ) {
        let n = shown.len();
        let parts = n.div_ceil(MAX_LIST_CARD_ITEMS);
        let size = n.div_ceil(parts);
        for (k, chunk) in shown.chunks(size).enumerate() {
            let from = k * size + 1;
            let part = format!("{}–{} of {n}", from, from + chunk.len() - 1);
            let q = match (parts, question.contains("{n}")) {
                (1, _) => question.replace("{n}", &n.to_string()),
                (_, true) => question.replace("{n}", &part),
                // "what does S3 Intelligent-Tiering include (1–4 of 8)?"
                (_, false) => format!("{} ({part})?", question.trim_end_matches('?')),
            };
            let line = lines[k * size];
            self.card(ctx, &q, &recited(chunk), None, line);
        }
    }

    /// "**Anonymous Access**" over "1. Get credentials", "2. …": a list
    /// card that names nothing asks for the steps of what the label
    /// names, in order.
    fn as_steps(
        &self,
        ctx: Option<String>,
        question: String,
        lead: Option<&str>,
    ) -> (Option<String>, String) {
        let facts = question.starts_with(KEY_FACTS);
        if question != LIST_ITEMS && !facts {
            return (ctx, question);
        }
        // the label goes back into the context
        let ctx = match facts {
            true => lead.and_then(|l| self.list_context(l)),
            false => ctx,
        };
        (ctx, "what are the {n} steps, in order?".to_string())
    }

    /// The list card of `cards`, when its items are sentences that each
    /// gave a card of their own: reciting them asks the same again.
    pub(super) fn drop_recited_sentences(
        &mut self,
        entries: &[Entry],
        cards: std::ops::Range<usize>,
        lumps: bool,
    ) {
        let sentences = entries
            .iter()
            .all(|e| e.def.is_none() && e.text.split_whitespace().count() >= 6);
        let asked = |e: &&Entry| self.out[cards.end..].iter().any(|d| d.line == e.line);
        let n = entries.iter().filter(asked).count();
        // a card that lumps statements goes when most are asked alone
        let enough = match lumps {
            true => n * 2 >= entries.len(),
            false => sentences && n == entries.len(),
        };
        if !cards.is_empty() && enough {
            self.out.drain(cards);
        }
    }

    /// Whether the items' names alone would teach nothing: parties,
    /// values or measures, labels of structure, terms among sentences, a
    /// glossary, or a callout's items.
    fn names_teach_nothing(&self, entries: &[Entry], lead: Option<&str>) -> bool {
        use super::super::text::{gloss_of_symbol, symbol};
        let all_terms = entries.iter().all(|e| e.term.is_some() && e.def.is_some());
        let terms_are_parties = entries.iter().all(|e| {
            e.term
                .as_deref()
                .and_then(|t| self.lex.parties.name(t))
                .is_some()
        });
        // "Default: 30 s; Range: …; Limit: …", "Function: …; Best for: …":
        // measures and fields, each its own card.
        // "Resting rate: 60-100 beats" is a figure, asked alone too
        let figure = |e: &Entry| {
            e.def.as_deref().is_some_and(super::meaning::figure_first)
                && e.term.as_deref().is_some_and(super::aspect::value_label)
        };
        let measures = entries.iter().all(|e| {
            e.def.is_some()
                && e.term.as_deref().is_some_and(|t| {
                    super::aspect::measure_question(t).is_some()
                        || super::aspect::aspect_question(t).is_some()
                        || super::list::field_label(t)
                })
                || figure(e)
        });
        let structural = entries.iter().all(|e| {
            let label = e.term.as_deref().unwrap_or(&e.text);
            super::labels::structural_label(label)
        });
        // "KE = 1/2 mv²; PE = mgh": formulas, each asked alone
        let formulas = entries
            .iter()
            .all(|e| match (e.term.as_deref(), e.def.as_deref()) {
                (Some(t), Some(d)) => {
                    symbol(t) && gloss_of_symbol(d) || super::formula_label::expression(d)
                }
                // "m = mass"
                _ => e.text.split_once(" = ").is_some_and(|(lhs, rhs)| {
                    symbol(lhs)
                        && rhs
                            .split_whitespace()
                            .all(|w| w.chars().all(char::is_alphabetic))
                }),
            });
        // "W_mg; conservative force; Q + W_ext = …": a formula among the
        // labels is no name to list
        // (shown by its label, a symbol; a formula shown whole is a fact)
        let a_formula = entries.iter().any(|e| {
            let symbol_term = e.term.as_deref().is_some_and(|t| {
                super::formula_label::formula_name(t)
                    || t.contains(['+', '/', '*', '^'])
                    || t.contains(" - ")
            });
            let formula = e
                .def
                .as_deref()
                .is_some_and(super::formula_label::expression);
            symbol_term && formula
        });
        let quizzed = entries
            .iter()
            .any(|e| e.term.as_deref().is_some_and(quiz_label));
        terms_are_parties
            || super::entry::relation_cases(entries)
            || measures
            || formulas
            || a_formula
            || quizzed
            || structural
            || only_values(entries)
            || terms_among_sentences(entries)
            || lead.is_some_and(|l| super::labels::is_callout_lead(l) || super::bare_callout(l))
            // A glossary's names alone are no list worth learning.
            || (all_terms && lead.is_some_and(super::is_glossary))
    }

    /// The context and question of a list card; `{n}` stands for the count.
    fn list_question(
        &self,
        lead: Option<&str>,
        party: Option<&PartyLead>,
        shown: &[String],
    ) -> Option<(Option<String>, String)> {
        if let Some((p, verb, _)) = party {
            let q = format!("{} ({{n}} items)", self.party_question(p, verb));
            return Some((self.context(Some(p)), q));
        }
        let l = lead?;
        if let Some(q) = super::open_lead::has_lead_question(l, self.lex) {
            return Some((self.context(None), q));
        }
        if let Some(q) = purpose_question(&self.lex.lc_first(l)) {
            // the question names its subject: a heading adds nothing
            return Some((None, q));
        }
        if let Some(q) = how_to_question(l) {
            let ctx = match self.lead_is_heading(l) {
                true => self.parent_heading().map(str::to_string),
                false => self.context(None),
            };
            return Some((ctx, as_ways(q, shown)));
        }
        if self.lead_is_heading(l) {
            return Some(self.heading_lead_question(l, shown));
        }
        if let Some(q) = asked_lead(l) {
            return Some((self.context(None), q));
        }
        // "A process moves through the following states:" — a sentence
        // about the list says no more than the heading over it.
        let lower = format!(" {} ", l.to_lowercase());
        let points_down = [" following ", " these ", " below "]
            .iter()
            .any(|w| lower.contains(w));
        if let Some(q) = which_question(l).filter(|_| points_down) {
            return Some((self.context(None), q));
        }
        if points_down && l.split_whitespace().count() > 6 && self.stack.last().is_some() {
            let heading = self
                .stack
                .last()
                .map(|(_, h)| h.clone())
                .unwrap_or_default();
            return Some((self.list_context(&heading), LIST_ITEMS.to_string()));
        }
        if examples_lead(l) {
            return None;
        }
        if let Some((subject, q)) = super::named::having_lead_question(l)
            .or_else(|| super::named::are_lead_question(l))
            .or_else(|| super::named::counted_sentence_question(l))
            .or_else(|| super::named::modal_lead_question(l))
            .or_else(|| super::named::past_lead_question(l))
        {
            let ctx = self.context(None).filter(|c| {
                !super::covers(c, &subject, usize::MAX) && !super::covers(&subject, c, usize::MAX)
            });
            return Some((ctx, q));
        }
        const POINTING: &[&str] = &[
            "this", "that", "it", "these", "those", "they", "here", "there",
        ];
        if POINTING.contains(&super::super::text::first_word(l).as_str()) {
            return self.pointing_lead(l, shown);
        }
        if let Some(q) = when_lead(l, shown) {
            return Some((self.context(None), q));
        }
        if let Some(q) = super::aspect::aspect_question(l) {
            return Some((self.context(None), q.replace('?', " ({n} items)?")));
        }
        // "Origin Types ...": a label, which names the list as a heading would.
        self.label_lead_question(l, shown)
    }

    /// The question of a list card under a heading (or a label that
    /// heads its items).
    fn heading_lead_question(&self, l: &str, shown: &[String]) -> (Option<String>, String) {
        // "### Why does a glaze crawl" over its reasons: the heading asks.
        if let Some(q) = super::asked::heading_question(l) {
            let (q, stop) = q.split_at(q.len() - 1);
            let q = format!("{q} ({{n}} points){stop}");
            let ctx = self.parent_heading().filter(|c| !self.is_title(c));
            return (ctx.map(str::to_string), q);
        }
        // "every firing has three stages" over them, as a label
        let counted = super::named::counted_sentence_question(l)
            .filter(|(_, q)| q.starts_with("what are the "))
            .or_else(|| super::named::past_lead_question(l));
        if let Some((_, q)) = counted {
            return (self.parent_heading().map(str::to_string), q);
        }
        self.heading_list_question(l, shown)
    }

    /// A list card led by a label ("Origin Types ...", "5 shifters of
    /// demand") or by a sentence that names no kind of item.
    fn label_lead_question(&self, l: &str, shown: &[String]) -> Option<(Option<String>, String)> {
        // "5 shifters of demand": a title in sentence case, which says
        // what the items are.
        let title = !super::term_like(l) && super::prose::title_words(l);
        // "With common goods" under "Common Resources and Public Goods"
        // narrows the heading, which does not say it
        let narrows = ["with", "without", "for", "in", "under", "on"]
            .contains(&super::super::text::first_word(l).as_str());
        let front = || match self.context(None) {
            Some(c) if super::covers(&c, l, usize::MAX) && !narrows => c,
            Some(c) => format!("{c} — {l}"),
            None => l.to_string(),
        };
        // "Private Goods" over "Rival: …", "Excludable: …"
        if properties(shown) && super::term_like(l) {
            return Some((Some(front()), "what are its {n} properties?".to_string()));
        }
        let kinds = super::kinds::plural_list_question(l, shown.len(), self.lex)
            .or_else(|| super::kinds::counted_list_question(l, shown.len(), self.lex))
            .or_else(|| super::kinds::plural_of_names(l, shown, self.lex));
        if let Some(q) = kinds.filter(|_| title || super::term_like(l)) {
            return Some((self.context(None), super::kinds::as_kinds(q, l, shown)));
        }
        // "Kinds: Cost" heads two columns: the rows are the kinds
        if let Some((rows, _)) = super::kinds::column_header(l) {
            let q = format!("what are the {{n}} {}?", self.lex.lc_label(&rows));
            return Some((self.context(None), q));
        }
        let open = super::open_lead::open_lead_question(l, shown, self.lex)
            .or_else(|| super::open_lead::plural_lead_question(l, shown, self.lex));
        if let Some(q) = open {
            return Some((self.context(None), q));
        }
        let case = super::record::case_name(l);
        if (super::term_like(l) || title) && l.split_whitespace().count() <= 5 || case {
            return Some((Some(front()), LIST_ITEMS.to_string()));
        }
        let q = noun_lead_question(l)
            .unwrap_or_else(|| format!("{}: list the {{n}} items.", self.lex.lc_first(l)));
        Some((self.context(None), q))
    }

    /// "It includes:" under "Event Loop": the heading is what "it" is, so
    /// the card asks "Event Loop: what does it include (3 items)?".
    /// "It runs:" over "After synchronous code", "Before any macrotask":
    /// the items say when, so the card asks "when does it run?".
    fn pointing_lead(&self, l: &str, shown: &[String]) -> Option<(Option<String>, String)> {
        let words: Vec<&str> = l.split_whitespace().collect();
        let [it, verb] = words.as_slice() else {
            return None;
        };
        let ctx = self.context(None)?;
        let singular = ["it", "this", "that"].contains(&it.to_lowercase().as_str());
        let verb = verb.to_lowercase();
        if !singular || !looks_third_person(&verb) {
            return None;
        }
        let base = super::super::facts::base_form(&verb);
        let wh = if say_when(shown) { "when" } else { "what" };
        Some((Some(ctx), format!("{wh} does it {base} ({{n}} items)?")))
    }
}

/// "The different signs that can be used to judge a firing:" → "what are
/// the different signs that can be used to judge a firing?": a lead that
/// names the items, plural, with no verb of its own.
pub(super) fn noun_lead_question(l: &str) -> Option<String> {
    let l = l.trim().trim_end_matches(':').trim();
    let mut words: Vec<&str> = l.split_whitespace().collect();
    // "The three ways to deploy a kiln are:"
    if words.len() > 3 && ["is", "are"].contains(words.last()?) {
        words.pop();
    }
    let the = words.first()?.eq_ignore_ascii_case("the");
    let clause = words.iter().enumerate().skip(1).any(|(k, w)| {
        super::super::verbs::BE_HAVE.contains(w)
            && !["that", "which", "who"].contains(&words[k - 1])
    });
    let head_end = words
        .iter()
        .position(|w| ["that", "which", "who", "used", "for", "of", "to"].contains(w))
        .unwrap_or(words.len());
    let head = &words[1..head_end.max(1)];
    let plural = head
        .last()
        .is_some_and(|w| super::super::text::looks_plural(&w.to_lowercase()));
    let verb = head.iter().any(|w| {
        let w = w.to_lowercase();
        super::super::verbs::BE_HAVE.contains(&w.as_str())
            || super::super::verbs::known_third_person(&w)
    });
    (the && plural && !verb && !clause && (2..=4).contains(&head.len()))
        .then(|| format!("what are the {} ({{n}} items)?", words[1..].join(" ")))
}

/// "Examination of continuity and change on these topics:" → "…
/// change on which {n} topics?": a sentence that points down to its
/// items by their kind asks for them in its own words.
fn which_question(l: &str) -> Option<String> {
    let t = l.trim().trim_end_matches([':', '.']).trim_end();
    let lower = t.to_ascii_lowercase();
    let (at, len) = [" these ", " the following "]
        .iter()
        .find_map(|p| lower.rfind(p).map(|at| (at, p.len())))?;
    let rest = &t[at + len..];
    let kind = rest.split_whitespace().collect::<Vec<_>>();
    let plain = t[..at]
        .chars()
        .all(|c| c.is_alphanumeric() || " ,'-/".contains(c));
    let [noun] = kind.as_slice() else { return None };
    let words = t[..at].split_whitespace().count();
    let plural = super::super::text::looks_plural(&noun.to_lowercase());
    (plural && plain && (3..=14).contains(&words))
        .then(|| format!("{} which {{n}} {}?", &t[..at], noun.to_lowercase()))
}

/// "True or False: a raku kiln fires to cone 10": a quiz statement,
/// which may be false, so no meaning of a term nor a name to list.
pub(super) fn quiz_label(term: &str) -> bool {
    ["true or false", "true/false", "t/f"].contains(&term.trim().to_lowercase().as_str())
}

/// "Favoured by", "Used for": a label that ends on a preposition, which
/// names no item of the list but leads into what the item says.
fn trails_off(name: &str) -> bool {
    use crate::source::vocab::FRAGMENT_STARTS;
    let last = name.split_whitespace().last().unwrap_or("").to_lowercase();
    (2..=3).contains(&name.split_whitespace().count()) && FRAGMENT_STARTS.contains(&last.as_str())
}

/// "The other bits hold flags such as:": examples of something the
/// sentence names, which a question could not name as well.
fn examples_lead(l: &str) -> bool {
    let examples = [" such as", " like", " including", " e.g.", " for example"]
        .iter()
        .any(|w| l.trim_end_matches(':').to_lowercase().ends_with(w));
    examples && l.split_whitespace().count() > 4
}

/// "What makes a glaze crawl? A few things:" over the causes: the lead
/// asks, with its count ("these" pointed back to the list before).
fn asked_lead(l: &str) -> Option<String> {
    let q = super::asked::heading_question(l).filter(|q| q.ends_with('?'))?;
    let q = q.replace(" these ", " ").replace(" those ", " ");
    Some(format!("{} ({{n}} points)?", q.trim_end_matches('?')))
}

/// "Describe the beliefs of …", "Explain why …": a lead that asks for
/// what each item says, not for the items' names.
fn asks_to_describe(lead: &str) -> bool {
    let first = super::super::text::first_word(lead);
    [
        "describe",
        "explain",
        "outline",
        "summarise",
        "summarize",
        "discuss",
    ]
    .contains(&first.as_str())
}

/// "list the 3 items" over statements of five words and more: unlike
/// points, which no one recites as a set (but figures are: "300 pots
/// broke; 40 shelves cracked").
fn unlike_points(shown: &[String]) -> bool {
    let words: usize = shown.iter().map(|s| s.split_whitespace().count()).sum();
    let figures = shown
        .iter()
        .all(|s| s.contains(|c: char| c.is_ascii_digit()));
    !figures && words > 4 * shown.len()
}

/// Whether a list card recites the item: not a bare label, nor one that
/// has a card of its own ("Examples: pots, tiles", "Description: …", a
/// callout, "Exam trap: If … → …").
fn recited_item(e: &Entry, glossary: bool, lead: Option<&str>) -> bool {
    // "Categories:" over "Strengths: …; Threats: …": each label names a
    // member, not an aspect of the thing above
    let glossary = glossary || lead.is_some_and(super::kinds::names_members);
    let term = e.term.as_deref();
    let own_card = term.is_some_and(|t| {
        let label = super::aspect::aspect_question(t).is_some() || is_callout_label(t);
        super::named::examples_label(t) || label && !glossary
    });
    (!e.text.ends_with(':') || e.def.is_some())
        && !super::named::examples_label(&e.text)
        && !own_card
        && !super::cue::is_cue(&e.text)
}

/// "Requirements" (a kind of thing) or "how to migrate the RDS out" over
/// sub-items: a label for the list below it, which has a card of its
/// own, not an item ("Environment" over its details is one).
fn heads_its_items(e: &Entry, it: &Item) -> bool {
    let kind = super::kinds::is_kind(e.text.trim_end_matches(':'));
    !it.sub.is_empty() && e.def.is_none() && (kind || how_to_question(&e.text).is_some())
}

/// "To migrate load balancers:", "how to migrate the RDS out" over its
/// steps → "how do you migrate load balancers ({n} steps)?".
pub(super) fn how_to_question(lead: &str) -> Option<String> {
    let l = lead.trim().trim_end_matches(':').trim();
    let lower = l.to_ascii_lowercase();
    let rest = ["how to ", "to "]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map(|p| &l[p.len()..])?;
    let verb = super::super::text::first_word(rest);
    let words = rest.split_whitespace().count();
    // "To the customer:", "To be sure:" set no task
    const NOT_TASKS: &[&str] = &[
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "be",
        "me",
        "you",
        "us",
        "them",
        "its",
        "their",
        "our",
        "your",
        "my",
        "sum",
        "summarize",
        "summarise",
        "conclude",
    ];
    let task = !NOT_TASKS.contains(&verb.as_str()) && verb.chars().all(|c| c.is_alphabetic());
    ((2..=8).contains(&words) && task && !l.contains(['?', '.'])).then(|| {
        format!(
            "how do you {} ({{n}} steps)?",
            super::super::text::lower_first(rest)
        )
    })
}

/// "how do you test a glaze (2 steps)?" over "Test tiles; Line blends":
/// items that are no actions are ways, not steps.
fn as_ways(q: String, shown: &[String]) -> String {
    // "Dip the tile", "Fire it": a verb and what it acts on
    const OBJECTS: &[&str] = &[
        "the", "a", "an", "it", "its", "your", "all", "each", "every", "them", "this", "that",
        "these", "those", "any", "some",
    ];
    let action = |s: &&String| {
        let second = s
            .split_whitespace()
            .nth(1)
            .unwrap_or_default()
            .to_lowercase();
        OBJECTS.contains(&second.as_str())
    };
    let actions = shown.iter().filter(action).count();
    match actions * 2 < shown.len() {
        true => q.replace(" steps)?", " ways)?"),
        false => q,
    }
}

/// "Rival", "Non-excludable": words that say what a thing is like, not
/// what it is called (adjectives by their endings), one of them plainly
/// so.
fn properties(terms: &[String]) -> bool {
    use super::super::text::property;
    terms.iter().all(|t| property(t, false)) && terms.iter().any(|t| property(t, true))
}

/// "Amazon API Gateway is a fully managed service to:" → "what is
/// Amazon API Gateway, a fully managed service, used to do ({n}
/// things)?": a lead that says what a thing is for, its items the uses.
fn purpose_question(lead: &str) -> Option<String> {
    let l = lead.trim().trim_end_matches(':').strip_suffix(" to")?;
    let (subject, kind) = l.split_once(" is ")?;
    if !(kind.starts_with("a ") || kind.starts_with("an ")) {
        return None;
    }
    let words = subject.split_whitespace().count();
    ((1..=5).contains(&words) && kind.split_whitespace().count() <= 6 && !l.contains(['.', '?']))
        .then(|| format!("what is {subject}, {kind}, used to do ({{n}} things)?"))
}

/// Whether a numbered list is steps: items of a few words at least,
/// under a label that names one thing ("Anonymous Access"), not several
/// ("Three Gains of a Gas Kiln").
fn steps(lead: Option<&str>, shown: &[String]) -> bool {
    let last = lead.map_or("", super::kinds::kind_noun).to_lowercase();
    // "First normal form", "Second normal form": names that count
    let counted = |s: &String| {
        let first = s.split_whitespace().next().unwrap_or("").to_lowercase();
        super::lead::ordinal(&first)
    };
    !super::super::text::looks_plural(&last)
        && shown.iter().all(|s| s.split_whitespace().count() >= 3)
        && !shown.iter().all(counted)
}

/// Whether every item says when ("After the oven spring").
fn say_when(shown: &[String]) -> bool {
    !shown.is_empty()
        && shown
            .iter()
            .all(|s| TIME_OPENERS.contains(&super::super::text::first_word(s).as_str()))
}

/// "The crust forms:" over "Before the crumb sets", "After the oven
/// spring" → "when does the crust form ({n} items)?".
fn when_lead(l: &str, shown: &[String]) -> Option<String> {
    let (subject, verb) = l.trim().trim_end_matches(':').rsplit_once(' ')?;
    let words = subject.split_whitespace().count();
    if !say_when(shown)
        || !looks_third_person(verb)
        || !(1..=4).contains(&words)
        || !super::term_like(subject)
    {
        return None;
    }
    let base = super::super::facts::base_form(verb);
    let subject = super::super::text::lower_article(subject);
    Some(format!("when does {subject} {base} ({{n}} items)?"))
}

fn only_values(entries: &[Entry]) -> bool {
    entries.iter().all(|e| {
        e.def
            .as_deref()
            .is_some_and(|d| short_value(d) && value_like(d))
    })
}

/// A value rather than a definition ("S3 & DynamoDB", "The rest"): a few
/// words, no verb, no article.
/// Terms among sentences, or labels that stand for questions ("How it
/// works"): the terms alone would not say what the list is of.
fn terms_among_sentences(entries: &[Entry]) -> bool {
    entries.iter().any(|e| e.term.is_some())
        && entries
            .iter()
            .any(|e| e.term.is_none() && e.text.split_whitespace().count() > 4)
        || entries.iter().any(|e| {
            e.term
                .as_deref()
                .and_then(super::callout::wh_label)
                .is_some()
        })
}

/// Whether a full stop after `t` ends an abbreviation ("etc.", "e.g.",
/// "U.S.") rather than a sentence.
fn abbreviated(t: &str) -> bool {
    let last = t.rsplit(' ').next().unwrap_or(t).to_lowercase();
    const SHORT: &[&str] = &[
        "etc", "e.g", "i.e", "vs", "inc", "ltd", "co", "no", "approx",
    ];
    SHORT.contains(&last.as_str())
        || last.len() == 1
        || last.split('.').count() > 1 && last.split('.').all(|p| p.chars().count() <= 1)
}

/// "1. **Definition**", "2. **How It Works**", each over its own items:
/// the labels of sections, whose names teach nothing.
pub(super) fn sections(entries: &[Entry], items: &[Item]) -> bool {
    let structural = |e: &Entry| {
        let label = e.term.as_deref().unwrap_or(&e.text).trim_end_matches(':');
        let lower = label.to_lowercase();
        GENERIC_HEADINGS.contains(&lower.as_str())
            || ["syntax", "basic syntax", "example", "use cases"].contains(&lower.as_str())
            || super::heads_an_answer(label)
    };
    items.len() >= 2
        && items.iter().all(|it| !it.sub.is_empty())
        && entries.iter().all(|e| e.def.is_none())
        && entries.iter().any(structural)
}

/// "**Causes of Containment**", "**Truman's Speech**", … each over its
/// own sub-items, under a heading that names no kind of thing: an outline
/// of sub-topics, whose labels are no list to recite.
pub(super) fn outline(
    entries: &[Entry],
    items: &[Item],
    lead: Option<&str>,
    lex: &Lexicon,
) -> bool {
    let labels = items.iter().all(|it| !it.sub.is_empty() && whole_bold(it));
    let kinds = lead.is_some_and(|l| {
        super::kinds::plural_list_question(l, items.len(), lex).is_some()
            || super::kinds::counted_list_question(l, items.len(), lex).is_some()
    });
    items.len() >= 2 && labels && entries.iter().all(|e| e.def.is_none()) && !kinds
}

/// Whether an item is bold from end to end ("**Causes of Containment**").
pub(super) fn whole_bold(it: &Item) -> bool {
    let bold = it.lines.first().and_then(|l| l.bold.as_deref());
    bold.is_some_and(|b| b.trim() == it.text().trim().trim_end_matches(':'))
}
/// The items of a list card on one line. "One owner at a time.; …": an
/// item loses its full stop inside the list; "9 million deaths, and" /
/// "13 million …": one sentence over two items loses its joint; an item's
/// own "; " becomes ", ", so the count stays true to what is shown.
fn recited(chunk: &[String]) -> String {
    let items: Vec<String> = chunk
        .iter()
        .map(|c| {
            c.strip_suffix(", and")
                .or_else(|| c.strip_suffix("; and"))
                .or_else(|| c.strip_suffix(','))
                .or_else(|| c.strip_suffix(';'))
                .unwrap_or(c)
        })
        .map(|c| match c.strip_suffix('.') {
            Some(t) if !abbreviated(t) => t,
            _ => c,
        })
        .map(|c| c.replace("; ", ", "))
        .collect();
    items.join("; ")
}

/// "Need to know this for the exam!", "Know this!", "No calculation
/// questions in the test": a note to oneself about the item above or the
/// test, with nothing of its own to learn.
pub(super) fn exam_flag(text: &str) -> bool {
    let t = super::super::clean::clean_text(text).to_lowercase();
    let t = t.trim_end_matches(['!', '.', ' ']);
    let words = t.split_whitespace().count();
    let flags = [
        "for the exam",
        "know this",
        "remember this",
        "on the exam",
        "exam question",
    ];
    // what the test will ask, however long
    let asked = [
        "questions in the test",
        "questions in the exam",
        "questions on the test",
        "questions that will be asked",
    ];
    (1..=8).contains(&words) && flags.iter().any(|f| t.contains(f))
        || (1..=25).contains(&words) && asked.iter().any(|f| t.contains(f))
}
