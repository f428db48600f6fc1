//! Rules for lists: a list card under its heading or lead ("AWS manages:"
//! → "what does AWS manage?" and one "who manages …?" card per item),
//! `Term — definition` items, facts inside items, and items with sub-items
//! (the item's label stays in the context of its sub-items). Tables of
//! contents, lists of links and label-only items give no card.

use super::super::clean::{clean_text, starts_with_pointer};
use super::super::doc::{Block, Item, Line};
use super::super::facts::{base_form, role, third_person, Fact};
use super::super::means::facts_or_reason;
use super::super::parties::in_question;
use super::super::plain::{dangles, heading_text};
use super::super::statements::statements_of;
use super::super::text::sentences;
use super::super::vocab::{
    ABOUT_THE_NOTES, CONTENTS_HEADINGS, FRAGMENT_STARTS, RESP_VERBS, VERSUS,
};
use super::entry::{lower_case_terms, Entry};
use super::meaning::{
    choose_when, conditional, figure_first, names_a_process, numeric, short_value, used_when,
    value_like, year_like,
};
use super::names::numbered_label;
use super::{is_callout_label, is_question, Rules};
use crate::error::Result;

/// Longest list item (in words) shown on a list card.
pub(in crate::source) const MAX_LIST_ITEM_WORDS: usize = 12;
/// Most items on one list card; longer lists are asked in parts.
pub(super) const MAX_LIST_CARD_ITEMS: usize = 7;
/// Longest definition (in words) asked as one.
pub(super) const MAX_DEFINITION_WORDS: usize = 30;

/// A party lead ("AWS manages:"): the party, the base verb and its third
/// person.
pub(super) type PartyLead = (String, String, String);

impl Rules<'_> {
    pub(super) fn list_block(&mut self, blocks: &[Block], i: usize, items: &[Item]) -> Result<()> {
        let heading_question = match i.checked_sub(1).map(|p| &blocks[p]) {
            Some(Block::Heading { text, .. }) if is_question(text) => Some(text.clone()),
            _ => None,
        };
        if let (true, Some(q)) = (
            items.iter().all(|it| it.checked.is_some()),
            heading_question,
        ) {
            let explanation = self.take_quote(blocks, i + 1);
            return self.choice(&q, items, explanation, items[0].line);
        }
        // an empty item ("2. " left unfinished) takes nothing away
        let blank = |l: &Line| l.text.trim().is_empty();
        let lines = || items.iter().flat_map(|it| it.lines.iter());
        // "# 📑 Table of Contents" over the headings' names, linked or not
        let under_contents = match i.checked_sub(1).map(|p| &blocks[p]) {
            Some(Block::Heading { text, .. }) => {
                let heading = heading_text(text).to_lowercase();
                CONTENTS_HEADINGS.contains(&heading.trim_end_matches(':'))
            }
            _ => false,
        };
        let linked = lines().all(|l| l.links_only || super::labels::link_line(&l.text) || blank(l));
        if lines().any(|l| !blank(l)) && (linked || under_contents) {
            let contents = under_contents || items.iter().any(|it| !it.sub.is_empty());
            self.leave(if contents {
                "a table of contents"
            } else {
                "a list of links"
            });
            return Ok(());
        }
        let lead = self.lead_of(blocks, i);
        let about = lead.as_deref().map(str::to_lowercase).unwrap_or_default();
        // "References" alone is a reading list; "References and Borrowing"
        // is a subject.
        let about = about.trim().trim_end_matches(':').to_string();
        let whole = |w: &str| about == w || about == format!("{w}s");
        if ABOUT_THE_NOTES.iter().any(|w| {
            if w.contains(' ') {
                about.contains(w)
            } else {
                whole(w)
            }
        }) {
            self.leave("what the notes are about, not a fact to learn");
            return Ok(());
        }
        // A list that sets up the question below it ("… was broken into
        // because:" / "Is AWS to blame?") is read with that question.
        let sets_up_question = matches!(blocks.get(i + 1), Some(Block::Para { lines })
            if lines.len() >= 2
                && lines[0].text.trim_end().ends_with('?')
                && starts_with_pointer(lines[1].text.trim()).is_some());
        if !self.misconceptions(lead.as_deref(), items) {
            self.list_named((blocks, i), items, lead.as_deref(), !sets_up_question);
        }
        Ok(())
    }

    pub(super) fn list(&mut self, items: &[Item], lead: Option<&str>, list_card: bool) {
        let kept = super::no_facts::kept_items(items);
        let items = kept.as_slice();
        if self.acrostic(items) {
            return;
        }
        let start = self.numbered.take();
        let numbered = start.is_some();
        if items
            .iter()
            .all(|it| it.text().trim().is_empty() && it.sub.is_empty())
        {
            return self.leave("an empty list");
        }
        let mut entries: Vec<Entry> = items.iter().map(|it| self.entry(it)).collect();
        // "1. Write out the two half reactions": steps without labels
        let label_lead = lead.filter(|l| self.stack.last().is_none_or(|(_, h)| h != l));
        let unlabelled =
            start.is_some() && super::steps::plain_steps(&mut entries, items, label_lead);
        lower_case_terms(&mut entries, items);
        super::entry::comma_terms(&mut entries, items);
        super::entry::examples_of_statements(&mut entries);
        self.glossary = super::labels::glossary(&entries);
        if self.left_out(&entries, items) {
            return;
        }
        let pairs: Option<Vec<(&str, &str, usize)>> = entries
            .iter()
            .map(|e| Some((e.term.as_deref()?, e.def.as_deref()?, e.line)))
            .collect();
        if pairs.is_some_and(|p| self.record_of(&p, lead)) {
            return;
        }
        if self.case_list(&entries, items, lead) {
            return;
        }
        let party = lead.and_then(|l| self.party_lead(l));
        // "Inbound → Free": the names alone, without what they lead to,
        // are no list worth learning.
        let arrows = items
            .iter()
            .all(|it| super::named::arrow_pair(&it.text()).is_some());
        let label = lead.filter(|l| party.is_none() && self.labels_items(l));
        // the label, when the items are its predicates, is their subject;
        // "Why it helps:" over what it does asks for them all the same
        let recitable = lead.is_some_and(super::aspect::asks_how_or_why)
            || match label {
                Some(l) => self.under(l, |r| r.recitable_list(&entries, items)),
                None => self.recitable_list(&entries, items),
            };
        let before = self.out.len();
        let outline = super::list_card::outline(&entries, items, lead, self.lex);
        let mut lumps = false;
        if let Some(first) = start.filter(|_| unlabelled || self.labelled_steps(&entries)) {
            self.steps_in_order(&entries, lead, first);
        } else if list_card && !(arrows && party.is_none()) && recitable && !outline {
            self.code_spans = codes_of(items);
            lumps = self.list_card((&entries, items), lead, party.as_ref(), numbered);
            self.code_spans.clear();
        }
        let carded = self.out.len();
        // A short list card shows each item whole.
        let listed = carded > before && items.len() <= SHORT_LIST_ITEMS;
        if let Some(p) = &party {
            self.party_items(&entries, p);
        }
        let led = lead.is_some_and(|l| !self.lead_is_heading(l) && super::lead::runs_on(l));
        let outer = std::mem::replace(&mut self.led, led);
        match label {
            Some(l) => self.under(l, |r| r.item_cards(&entries, items, party.as_ref(), listed)),
            None => self.item_cards(&entries, items, party.as_ref(), listed),
        }
        self.led = outer;
        self.steps = None;
        self.drop_recited_sentences(&entries, before..carded, lumps);
    }

    /// Whether the items make a list worth reciting: not tasks without
    /// their code ("Create tables: `CREATE TABLE …`"), sections, bare
    /// years, or predicates of the heading.
    fn recitable_list(&self, entries: &[Entry], items: &[Item]) -> bool {
        let code = items
            .iter()
            .zip(entries)
            .filter(|(it, e)| e.def.as_deref().is_some_and(|d| starts_with_code(it, d)))
            .count();
        let cues = items
            .iter()
            .filter(|it| super::cue::is_cue(&it.text()))
            .count();
        (code + cues) * 2 < entries.len()
            && !super::list_card::sections(entries, items)
            && !entries
                .iter()
                .all(|e| e.term.as_deref().is_some_and(year_like))
            && !self.mostly_predicates(entries)
    }

    /// Whether a lead stays in the context of the items' own cards: a
    /// short one that is neither a heading nor a sentence (nor a party).
    pub(super) fn labels_items(&self, l: &str) -> bool {
        let last = l.split_whitespace().last().unwrap_or("").to_lowercase();
        let sentence = dangles(l)
            || [
                "include", "includes", "are", "is", "contains", "covers", "were",
            ]
            .contains(&last.as_str());
        !sentence
            && super::named::are_lead_question(l).is_none()
            && super::named::modal_lead_question(l).is_none()
            && !self.lead_is_heading(l)
            && l.split_whitespace().count() <= 6
    }

    pub(super) fn lead_is_heading(&self, lead: &str) -> bool {
        self.stack
            .last()
            .is_some_and(|(_, h)| h.trim_end_matches(':').trim() == lead)
    }

    /// "AWS manages:" → one "who manages …?" card per item.
    fn party_items(&mut self, entries: &[Entry], (party, _, verb3): &PartyLead) {
        let ctx = self.context(Some(party));
        for e in entries {
            let shown = e
                .term
                .as_deref()
                .filter(|_| e.def.is_some())
                .unwrap_or(&e.text);
            if shown.ends_with(':') || shown.split_whitespace().count() > MAX_LIST_ITEM_WORDS {
                continue;
            }
            let q = format!("who {verb3} {}?", self.lex.lc_phrase(shown));
            let why = e.def.clone().filter(|_| e.term.is_some());
            self.card(ctx.as_deref(), &q, party, why, e.line);
        }
    }

    /// Definitions and facts inside the items, and their sub-items.
    fn item_cards(
        &mut self,
        entries: &[Entry],
        items: &[Item],
        party: Option<&PartyLead>,
        listed: bool,
    ) {
        let outer = std::mem::replace(&mut self.family, super::kinds::one_kind(entries));
        for (k, (e, item)) in entries.iter().zip(items).enumerate() {
            let start = self.out.len();
            self.item_cards_of(k, e, item, party, listed);
            // an item no card holds; a list card that shows it settles it
            if self.out.len() == start && !e.text.trim().is_empty() && item.sub.is_empty() {
                self.unread.push((self.block, e.line, e.text.clone(), true));
            }
        }
        self.family = outer;
    }

    /// The cards of one item (`k` its place in the list).
    fn item_cards_of(
        &mut self,
        k: usize,
        e: &Entry,
        item: &Item,
        party: Option<&PartyLead>,
        listed: bool,
    ) {
        // `Merton: "…"`: who said it, and the quote no statement of facts
        let quoted = e
            .term
            .as_deref()
            .is_some_and(|t| self.quote_card(t, &item.text(), e.line));
        if quoted
            || item.sub.is_empty() && self.bracket_field_cards(&item.text(), e.line)
            || self.exam_item(item)
            || self.cue_item(&item.text(), e.line)
            || item.sub.is_empty() && self.answered_item(&item.text(), e.line)
        {
            return;
        }
        if let (Some(t), Some(d)) = (&e.term, &e.def) {
            let level = self.stack.last().map_or(0, |(l, _)| *l);
            if t.to_lowercase().starts_with("given ") && value_like(d) {
                // The example's input names its cards; it is no fact.
                self.given = Some((level, d.clone()));
                return;
            }
        }
        let (per_sentence, found) = self.item_sentences(e);
        let before = self.out.len();
        if found.is_empty() && e.term.is_none() && k == 0 && !self.topic_card(&e.text, e.line) {
            self.heading_kind(&e.text, e.line);
        }
        // "**IAM Policies** for access control" on a short list card:
        // the gap would blank the name the card already shows.
        let named = item.lines.first().is_some_and(|l| l.bold.is_some());
        let quantity = e.text.contains(|c: char| c.is_ascii_digit());
        // "**First Confrontations in Iran**" over its sub-items: a label
        let label = !item.sub.is_empty() && super::list_card::whole_bold(item);
        let shown = listed && named && !quantity || label;
        if found.is_empty() && e.term.is_none() && self.out.len() == before && !shown {
            self.item_gap(item, &e.text, e.line);
        }
        let read = self.code_meaning(e, item);
        if let (Some(term), Some(def), false) = (&e.term, &e.def, read) {
            match party {
                Some((p, verb, _)) => self.party_term(term, def, p, verb, e.line),
                None if self.steps.is_some() => self.step_card(k, e),
                None if self.arrow_card(term, def, &item.text(), e.line) => {}
                // "Default Encryption: If …, then …": the rule's own
                // card asks it; "what is meant by" would ask it again.
                None if !found.is_empty() && conditional(def) => {}
                // "Query 1: Why did she not sue?": a question, no answer
                None if def.ends_with('?') && numbered_label(term) => {}
                // "Crawling: Crawling is …" already asked "what is crawling?"
                None if super::restated::asked_already(def, term, &found) => {}
                None if found.iter().all(|f| !f.who) => self.term_card(term, def, e.means, e.line),
                None => {}
            }
        }
        self.term_facts(e, &found, item);
        // The item's other sentences, which gave nothing yet (a card
        // from the whole item, by its role, read every sentence).
        if per_sentence.iter().any(|(_, f)| !f.is_empty()) || e.term.is_some() {
            self.other_sentences(&per_sentence, item, e.term.is_some(), e.line);
        }
        self.sub_items(e, item);
    }

    /// The facts of each sentence of an item (of its meaning, when it has
    /// a term), and all of them; read whole, or as plain statements, when
    /// its sentences give none.
    fn item_sentences(&self, e: &Entry) -> (Vec<(String, Vec<Fact>)>, Vec<Fact>) {
        let source_text = e.def.as_deref().unwrap_or(&e.text);
        let read = |f: &mut dyn FnMut(&str) -> Vec<Fact>| -> Vec<(String, Vec<Fact>)> {
            sentences(source_text)
                .into_iter()
                .map(|s| {
                    let found = f(&sentence_case(&s));
                    (s, found)
                })
                .collect()
        };
        // "This is to keep the heat in.": the reason of the sentence before
        // (or of the bold statement that heads the item)
        let mut before = e.term.clone().filter(|t| t.ends_with('.'));
        let mut per_sentence = read(&mut |s| {
            let found = facts_or_reason(s, before.as_deref(), self.lex);
            before = Some(s.to_string());
            found
        });
        let mut found: Vec<Fact> = per_sentence.iter().flat_map(|(_, f)| f.clone()).collect();
        if found.is_empty() && e.term.is_none() {
            found = self.whole_item_facts(&e.text);
        }
        // Each sentence as a plain statement, last (also after a numbered
        // label, "**Rule 1:** A buyer cannot …", which names no term).
        let numbered = e.term.as_deref().is_some_and(super::names::numbered_label);
        if found.is_empty() && (e.term.is_none() || numbered) {
            per_sentence = read(&mut |s| statements_of(s, self.lex));
            found = per_sentence.iter().flat_map(|(_, f)| f.clone()).collect();
        }
        (per_sentence, found)
    }

    /// The facts of an item with no term whose sentences gave none, read
    /// whole: by its role, as a predicate of the heading, or as "managed
    /// by …" under its label.
    fn whole_item_facts(&self, text: &str) -> Vec<Fact> {
        let found: Vec<Fact> = role(text, self.lex).into_iter().collect();
        if !found.is_empty() {
            return found;
        }
        // "What is AWS Lambda?" → "AWS Lambda"; "Key points" names no
        // party that does anything
        let label = self
            .stack
            .last()
            .map(|(_, h)| super::subject_of_question(h))
            .filter(|l| !super::aspect::aspect_heading(l));
        if let Some(f) = label.and_then(|l| super::labels::done_by(l, text)) {
            return vec![f];
        }
        self.heading_predicate(text).into_iter().collect()
    }

    /// The aspect the heading names ("features") when a meaning is a short
    /// list of them ("Multi-AZ, backups and restores").
    fn aspect_of(&self, def: &str) -> Option<String> {
        let (_, heading) = self.stack.last()?;
        let heading = heading.trim_end_matches(':').trim();
        let parts: Vec<&str> = def
            .split(", ")
            .flat_map(|p| p.split(" and "))
            .map(str::trim)
            .collect();
        let listed = parts.len() >= 2
            && parts
                .iter()
                .all(|p| (1..=3).contains(&p.split_whitespace().count()));
        (listed && super::aspect::aspect_word(heading)).then(|| heading.to_lowercase())
    }

    /// "Infrastructure: hardware and buildings" under "AWS
    /// responsibilities" → "Infrastructure: what is AWS responsible for?".
    fn party_term(&mut self, term: &str, def: &str, party: &str, verb: &str, line: usize) {
        let q = self.party_question(party, verb);
        let ctx = format!("{term} ({})", self.context(Some(party)).unwrap_or_default());
        let ctx = ctx.trim_end_matches(" ()").to_string();
        self.card(Some(&ctx), &q, def, None, line);
    }

    /// "what is AWS responsible for?", "what does the customer manage?"
    pub(super) fn party_question(&self, party: &str, verb: &str) -> String {
        let plural = self.lex.parties.plural(party);
        if verb == "responsible for" {
            let is = if plural { "are" } else { "is" };
            format!("what {is} {} responsible for?", in_question(party))
        } else {
            let does = if plural { "do" } else { "does" };
            format!("what {does} {} {verb}?", in_question(party))
        }
    }

    /// `Term — definition`: what the term means, what it does (a role), or
    /// nothing when the text is no definition (a fragment, an arrow chain).
    pub(super) fn term_card(&mut self, term: &str, def: &str, means: bool, line: usize) {
        if self.aspect_first(term, def, means, line) {
            return;
        }
        // "Manages access:" — a colon left at the end says nothing.
        let def = def.trim_end_matches(':').trim_end();
        let defining = super::meaning::defining_part(def);
        let def = super::restated::after_term(term, &defining);
        let first = super::super::text::first_word(def);
        let empty = super::meaning::says_nothing(term, def);
        // "From the SA node, the impulse travels …": an opening phrase and
        // the sentence it sets, no fragment
        let opener = def.split_once(", ").is_some_and(|(o, rest)| {
            o.split_whitespace().count() <= 5 && rest.split_whitespace().count() >= 4
        });
        let no_definition = FRAGMENT_STARTS.contains(&first.as_str()) && !opener
            || def.contains(['→', '⇒', '➜']) && !super::super::clean::keeps_arrows(def)
            || term.to_lowercase() == "example";
        let command = super::named::command_definition(term, def);
        let too_long = def.split_whitespace().count() > MAX_DEFINITION_WORDS && command.is_none();
        // "**Definition**: …" under what it defines is asked all the same
        let callout = is_callout_label(term) && super::aspect::aspect_question(term).is_none();
        if too_long || empty || callout && !self.glossary {
            return;
        }
        if self.advice_card(term, def, line) {
            return;
        }
        // "void: what does “void” mean?" says the term twice.
        let ctx = self.context(None).filter(|c| !c.eq_ignore_ascii_case(term));
        if let Some((q, a)) = command {
            return self.card(ctx.as_deref(), &q, &a, None, line);
        }
        // "22 - SSH" under "Classic ports": "which classic port is SSH?"
        let heading = self.stack.last().map_or(String::new(), |(_, h)| h.clone());
        if let Some(q) = super::kinds::numbered_kind_question(&heading, term, def, self.lex) {
            let ctx = self.parent_heading().map(str::to_string);
            return self.card(ctx.as_deref(), &q, term, None, line);
        }
        if self.field_card(term, def, ctx.as_deref(), line) {
            return;
        }
        if let Some((q, a)) = super::labels::modal_definition(term, def, self) {
            return self.card(ctx.as_deref(), &q, &a, None, line);
        }
        if let Some((q, a)) = super::dates::date_card(term, def) {
            return self.card(ctx.as_deref(), &q, &a, None, line);
        }
        if let Some((q, a)) = super::kinds::heading_question(&heading, term, def, self.lex) {
            let ctx = self.parent_heading().map(str::to_string);
            return self.card(ctx.as_deref(), &q, &a, None, line);
        }
        let kinds = ctx.as_deref().is_some_and(super::kinds::names_kinds);
        let quality = ctx.is_some() && !no_definition && !kinds;
        if let Some((q, a)) = super::topic::how_question(term, def, quality) {
            return self.card(ctx.as_deref(), &q, &a, None, line);
        }
        if let Some(p) = self.lex.parties.name(term) {
            let p = p.to_string();
            let does = if self.lex.parties.plural(&p) {
                "do"
            } else {
                "does"
            };
            let q = format!("what {does} {} handle?", in_question(&p));
            let ctx = self.context(Some(&p));
            return self.card(ctx.as_deref(), &q, def, None, line);
        }
        if no_definition {
            return;
        }
        let q = self.term_question(term, def, means, ctx.is_some());
        // "what are the features of Redis?" says its heading already
        let ctx = ctx.filter(|c| !q.contains(&format!(" {} ", c.to_lowercase())));
        let back = term_back(term, def, means, &q);
        let (back, more) = what_it_does(&q, &back);
        self.card(self.with_note_subject(ctx).as_deref(), &q, back, more, line);
    }

    /// The question of a term's card, by what its meaning says.
    fn term_question(&self, term: &str, def: &str, means: bool, in_context: bool) -> String {
        // "Security group — controls traffic": a role; "Inherited controls —
        // controls AWS runs": the term's own noun, a definition.
        if term.trim_end().ends_with('?') {
            term.to_string()
        } else if super::asked::asks(term) {
            // "`What does net force mean`: A force is …": the label asks
            format!("{}?", term.trim_end())
        } else if let Some(q) = super::meaning::purpose_question(term, def) {
            q
        } else if let Some(q) = super::dates::when_question(term) {
            // "1984: The first root servers …", a timeline's entry; "From
            // 4th c. BCE: …", "~end of 5th c. BCE: …"
            q
        } else if let Some(q) = super::dates::date_of(term, def) {
            q
        } else if let Some(q) = super::aspect::aspect_question(term).filter(|_| !self.glossary) {
            q
        } else if let Some(q) = super::formula_label::question(term, def, means) {
            q
        } else if let Some(q) = super::aspect::measure_question(term).filter(|_| in_context) {
            q
        } else if let Some(q) = super::callout::wh_label(term) {
            q
        } else if super::named::command_line(term) {
            format!("what does {term} do?")
        } else if let Some(q) = super::labels::does_question(term, def)
            .or_else(|| super::example_line::named_example(term, def))
        {
            q
        } else if choose_when(def) {
            // "Memcached : if you need to scale horizontally"
            format!("when should you use {term}?")
        } else if used_when(def) && !term.contains(' ') && !names_a_process(term) {
            // "GET: When we want to fetch data": when the term is used.
            format!("when is {term} used?")
        } else if super::labels::stands_for(term, def) {
            format!("what does {term} stand for?")
        } else if means && numeric(def) && short_value(def) && in_context {
            // "Unit elastic = 1" under "Coefficient of Elasticity": the
            // value, not a meaning.
            format!("what is the value for “{term}”?")
        } else if figure_first(def) && in_context && super::aspect::value_label(term) {
            // "Default TTL: 24 hours (set per behaviour)": its value
            super::meaning::what_is_the(&self.lex.lc_label(term))
        } else if let Some(n) = super::named::names_listed(def).filter(|_| !term.contains(':')) {
            // "Social sign-in (Google, Apple)": the kinds it names
            match super::named::plural_label_of_names(term, def) {
                true => format!("what are the {}?", self.lex.lc_label(term)),
                false => format!("what are the {n} kinds of {}?", self.lex.lc_label(term)),
            }
        } else if means {
            format!("what does “{term}” mean?")
        } else if short_value(def) && in_context && value_like(def) {
            // "Subnet Mask: 255.255.255.0", "Storage: Standard": a value,
            // not a meaning.
            super::meaning::what_is_the(&self.lex.lc_label(term))
        } else if let Some(aspect) = self.aspect_of(def) {
            // "Redis : Multi-AZ, backups and restores" under "Features"
            format!("what are the {aspect} of {term}?")
        } else if super::named::plural_label_of_names(term, def) {
            // "Services: EC2, Lambda": which ones, not what "Services" means.
            format!("what are the {}?", self.lex.lc_label(term))
        } else {
            super::labels::meant_by(term, def)
        }
    }

    /// "Function: Provides error detection" under "Data Link Layer" →
    /// "Data Link Layer: what is its function?"; "Data Link Layer: Frame"
    /// under the label "PDU Names" → "Data Link Layer: what is the PDU
    /// name?". Whether it made a card.
    fn field_card(&mut self, term: &str, def: &str, ctx: Option<&str>, line: usize) -> bool {
        if let Some((rows, q)) = ctx.and_then(super::kinds::column_header) {
            self.card(Some(&format!("{rows} — {term}")), &q, def, None, line);
            return true;
        }
        let lower = term.to_lowercase();
        if let Some(c) = ctx.filter(|_| FIELDS.contains(&lower.as_str())) {
            self.card(Some(c), &format!("what is its {lower}?"), def, None, line);
            return true;
        }
        if let Some(c) = ctx.filter(|_| FITS.contains(&lower.as_str())) {
            self.card(Some(c), &format!("what is it {lower}?"), def, None, line);
            return true;
        }
        // A label naming values ("PDU Names", "Default Ports") over them:
        // each item names what has its value.
        const VALUES: &[&str] = &["names", "values", "ports", "sizes", "defaults", "codes"];
        let topic = self.topic.as_deref().unwrap_or_default();
        let last = topic.split_whitespace().last().unwrap_or("").to_lowercase();
        let words = topic.split_whitespace().count();
        if !VALUES.contains(&last.as_str()) || !value_like(def) || !short_value(def) || words > 3 {
            return false;
        }
        let head = topic.rsplit_once(' ').map_or("", |(h, _)| h);
        let field = format!("{head} {}", &last[..last.len() - 1]);
        let q = super::meaning::what_is_the(&self.lex.lc_phrase(field.trim()));
        self.card(Some(term), &q, def, None, line);
        true
    }

    /// The cards of an item's facts; an answer that is one of the item's
    /// code spans keeps its case.
    pub(super) fn item_facts(&mut self, found: &[Fact], item: &Item, line: usize) {
        self.code_spans = codes_of(std::slice::from_ref(item));
        for f in found {
            self.fact_card(f, line);
        }
        self.code_spans.clear();
    }

    /// "CloudWatch Alarms" under "Monitoring Tools" under "AWS Kinesis Data
    /// Streams", the heading over the whole untitled note: a term means
    /// what it does in the note's subject, which the context then names.
    fn with_note_subject(&self, ctx: Option<String>) -> Option<String> {
        let top = self.stack.first().map(|(_, h)| h.as_str());
        // "TCP vs UDP" sets two subjects side by side: it names neither.
        let versus = |p: &str| VERSUS.iter().any(|v| p.contains(v));
        let subject = self.parent_heading().filter(|p| {
            self.title.is_none() && top == Some(*p) && super::topic::names_subject(p) && !versus(p)
        });
        match (ctx, subject) {
            (Some(c), Some(p)) if self.labels == 0 && !super::covers(&c, p, usize::MAX) => {
                Some(self.list_context(&c).unwrap_or(c))
            }
            (c, _) => c,
        }
    }

    /// Context for a list card under a heading: the heading and its parent.
    pub(super) fn list_context(&self, heading: &str) -> Option<String> {
        match self.parent_heading() {
            Some(p) if heading.contains('(') => Some(format!("{p} — {heading}")),
            Some(p) => Some(format!("{heading} ({p})")),
            None => Some(heading.to_string()),
        }
    }

    /// A lead like "AWS manages" / "You take care of" / "Customer
    /// responsibilities".
    fn party_lead(&self, lead: &str) -> Option<PartyLead> {
        if let Some((p, verb3)) = self.lex.parties.heading(lead) {
            let base = if verb3 == "is responsible for" {
                "responsible for".to_string()
            } else {
                base_verb(&verb3)
            };
            return Some((p, base, verb3));
        }
        let lead = lead.trim().trim_end_matches(':');
        let (p, _, rest) = self.lex.parties.prefix(lead)?;
        let rest_l = rest.to_ascii_lowercase();
        let words: Vec<&str> = rest.split_whitespace().collect();
        if words.is_empty()
            || words.len() > 4
            || words
                .iter()
                .any(|w| ["never", "not", "don't", "doesn't"].contains(&w.to_lowercase().as_str()))
        {
            return None;
        }
        RESP_VERBS.iter().find_map(|base| {
            (rest_l == third_person(base) || rest_l == *base)
                .then(|| (p.to_string(), base.to_string(), third_person(base)))
        })
    }
}

/// "the instance is out of service": an item written in lower case reads
/// as the sentence it is when it opens with a word a clause opens with.
fn sentence_case(s: &str) -> String {
    const OPENERS: &[&str] = &[
        "the", "a", "an", "this", "these", "each", "every", "all", "most", "some", "many", "it",
        "its", "their", "there", "if", "in", "for", "with", "after", "before", "during", "once",
    ];
    let lower = s.starts_with(|c: char| c.is_lowercase());
    match lower && OPENERS.contains(&super::super::text::first_word(s).as_str()) {
        true => super::super::text::capitalise(s),
        false => s.to_string(),
    }
}

/// "manages" → "manage", "does" → "do".
fn base_verb(verb3: &str) -> String {
    match verb3 {
        "does" => "do".into(),
        v => RESP_VERBS
            .iter()
            .find(|b| third_person(b) == v)
            .map_or_else(|| base_form(v), |b| b.to_string()),
    }
}

/// Items short enough to recite as a list: not whole sentences ("TCP
/// opens with a handshake.", asked one by one), none over the word limit.
pub(super) fn recitable(shown: &[String]) -> bool {
    // Mostly full sentences: statements to learn one by one.
    let sentences = shown
        .iter()
        .filter(|s| s.ends_with('.') && s.split_whitespace().count() >= 5)
        .count();
    sentences * 2 <= shown.len()
        && shown.iter().all(|s| {
            let n = s.split_whitespace().count();
            n > 0 && n <= MAX_LIST_ITEM_WORDS
        })
}

/// Labels that name a field of the thing above them: its "Function", what
/// it is "Best for".
const FIELDS: &[&str] = &["function", "purpose", "role", "goal", "job"];
const FITS: &[&str] = &[
    "best for",
    "ideal for",
    "good for",
    "used for",
    "suited for",
];

/// Most items of a list whose card a learner reads item by item.
const SHORT_LIST_ITEMS: usize = 4;

/// The back of a term's card: "what is X used for?" → "the first
/// firing", not "Used for …"; "PE = mgh" the whole formula.
/// "what does a converging lens cause?" → "Parallel rays to converge",
/// with ", image is located beyond F" as its explanation: what the term
/// does, up to a comma that opens a statement of its own.
fn what_it_does<'b>(q: &str, back: &'b str) -> (&'b str, Option<String>) {
    let does = q.starts_with("what does ") || q.starts_with("what do ");
    // "image is located …": a subject and its verb right after the comma
    let stated = |rest: &str| {
        let words: Vec<String> = rest.split_whitespace().map(str::to_lowercase).collect();
        let verb = |w: &String| ["is", "are", "was", "were"].contains(&w.as_str());
        words.len() >= 3 && (verb(&words[1]) || verb(&words[2]))
    };
    match back.split_once(", ") {
        Some((done, rest)) if does && stated(rest) => {
            (done, Some(super::super::text::capitalise(rest)))
        }
        _ => (back, None),
    }
}

fn term_back(term: &str, def: &str, means: bool, q: &str) -> String {
    if q.ends_with(" used for?") {
        super::meaning::without_use_lead(def).to_string()
    } else if means && q.starts_with("what is the formula for ") {
        // the item as written: "U(x) = ½kx²"
        format!("{term} = {def}")
    } else if q.starts_with("what is meant by ") {
        super::meaning::without_pointing_lead(def)
    } else {
        super::meaning::without_asked_verb(q, def).to_string()
    }
}

/// Whether a label names a field of the thing above it.
pub(super) fn field_label(term: &str) -> bool {
    let lower = term.trim().trim_end_matches(':').to_lowercase();
    FIELDS.contains(&lower.as_str()) || FITS.contains(&lower.as_str())
}

/// Whether a meaning starts with one of the item's code spans, and that
/// span is code (`a + b`, `list.sort()`), not a value (`10.0.0.0/16`).
pub(super) fn starts_with_code(item: &Item, def: &str) -> bool {
    let code_like = |c: &str| {
        let chars: Vec<char> = c.chars().collect();
        c.contains(['(', ')', '[', ']', '{', '}', '=', '+', '<', '>', ';'])
            || chars
                .windows(3)
                .any(|w| w[0].is_alphabetic() && w[1] == '.' && w[2].is_alphabetic())
    };
    // "Descending: `ORDER BY c DESC`": a meaning that is all code.
    let whole = |c: &str| c.contains(' ') && def.trim_end_matches(['.', ';']) == c;
    item.lines.first().is_some_and(|l| {
        l.code.iter().any(|c| {
            let c = clean_text(c);
            !c.is_empty() && def.starts_with(&c) && (code_like(&c) || whole(&c))
        })
    })
}

/// The code spans of the items' lines.
fn codes_of(items: &[Item]) -> Vec<String> {
    items
        .iter()
        .flat_map(|it| it.lines.iter().flat_map(|l| l.code.iter()))
        .map(|c| clean_text(c))
        .collect()
}
