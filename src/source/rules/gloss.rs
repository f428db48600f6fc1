//! A section that opens by saying what its heading is, in a phrase with
//! no verb of its own: "## Absorption" over "The movement of the drug
//! into the bloodstream after administration. Most …" → "what is meant
//! by “Absorption”?". Or, whatever it is, the first sentence of a
//! paragraph under a term heading that no rule read while the rest gave
//! cards ("#### Crazing" over "Fine cracks across the glaze. First seen
//! in 1120 …").

use super::super::clean::clean_text;
use super::super::doc::{join_lines, Block, Item, Line};
use super::super::plain::heading_text;
use super::super::text::{capitalise, first_word, sentences};
use super::super::verbs::NOUN_OPENERS;
use super::super::verbs::{known_third_person, looks_third_person};
use super::Rules;

/// Words that open what a phrase's head noun is qualified by: a verb
/// after them is not the phrase's own.
const QUALIFIERS: &[&str] = &[
    "which", "that", "who", "whom", "whose", "where", "when", "whereby", "during", "while",
];

/// "This is the belief that …": the words that point to a heading before
/// the phrase that says what it is.
pub(super) const POINTING_LEADS: &[&str] = &["This is ", "It is "];

/// Words that make a clause of the words around them.
pub(super) use super::super::vocab::FINITE;

impl Rules<'_> {
    /// "These are called glaze faults." after the sentence that says what
    /// they are: the name asked, that sentence its answer.
    pub(super) fn pointed_name(&mut self, s: &str, previous: Option<&str>, line: usize) -> bool {
        let Some(name) = super::super::naming::pointed_name(s) else {
            return false;
        };
        let Some(p) = previous.filter(|p| (4..=40).contains(&p.split_whitespace().count())) else {
            return false;
        };
        let plural = super::super::text::looks_plural(super::super::text::head_noun(&name));
        let q = format!("what {} {name}?", if plural { "are" } else { "is" });
        let ctx = self.context(None);
        self.card(ctx.as_deref(), &q, p.trim_end_matches('.'), None, line);
        true
    }

    /// "- Power Distance" over one sub-item, "The gap between the boss
    /// and the staff. …", that gave no card: the name and what it is
    /// ("what is meant by “Power Distance”?").
    pub(super) fn lone_meaning(&mut self, label: &str, sub: &[Item]) {
        let [only] = sub else { return };
        let text = clean_text(&only.text());
        let name = label.trim();
        let short = name.split_whitespace().count() <= 5 && !name.contains(['.', '?', '!', ')']);
        // "Details", "Manages protocols", "Educate women", "Not Russia":
        // no name of a thing
        let first = first_word(name);
        let named = !super::is_generic(name)
            && super::aspect::aspect_question(name).is_none()
            && (!super::super::verbs::known_verb(&first) || super::lead::ordinal(&first))
            && !known_third_person(&first)
            && !["not", "no", "it", "this", "they"].contains(&first.as_str());
        // "First normal form": a name in sentence case, no clause ("frontal
        // lobe" among other lobes, in lower case)
        let plain_name = name.split_whitespace().count() <= 4
            && (name.starts_with(char::is_uppercase) || self.family)
            && name.split_whitespace().all(|w| {
                w.chars().all(|c| c.is_alphanumeric() || c == '-') && !FINITE.contains(&w)
            })
            && !name.split_whitespace().any(known_third_person);
        let term = super::term_like(name) || plain_name && self.family;
        let flow = super::meaning::chain(&text);
        if !only.sub.is_empty() || text.is_empty() || !short || !named || !term || flow {
            return;
        }
        let meaning = super::meaning::defining_part(&text);
        let ctx = self.context(None);
        // "They take over a cell, …": what the thing named does
        let done = ["They ", "It "]
            .iter()
            .find_map(|p| meaning.strip_prefix(p));
        let verb = |d: &&str| {
            let w = first_word(d);
            super::super::verbs::known_verb(&w) || known_third_person(&w)
        };
        let (q, a) = match done.filter(verb) {
            Some(d) => {
                let plural = super::super::text::looks_plural(&name.to_lowercase());
                let does = if plural { "do" } else { "does" };
                (format!("what {does} {name} do?"), capitalise(d))
            }
            None => {
                // "Requires two readings" → "what does it require?" → "Two readings"
                let q = super::labels::meant_by(name, &meaning);
                let a = super::meaning::without_asked_verb(&q, &meaning).to_string();
                (q, a)
            }
        };
        self.card(ctx.as_deref(), &q, &a, None, only.line);
        self.unread.retain(|(_, line, _, _)| *line != only.line);
    }

    /// "**Definition**:" over what the heading is: the sub-items read
    /// with the heading as their topic, its first one what the heading
    /// is. Whether the label was one.
    pub(super) fn definition_label(&mut self, label: &str, sub: &[Item]) -> bool {
        let defines =
            ["definition", "meaning", "defined as"].contains(&label.to_lowercase().as_str());
        let Some((_, heading)) = self.stack.last().cloned().filter(|_| defines) else {
            return false;
        };
        let outer = self.topic.replace(heading);
        self.list(sub, None, false);
        self.topic = outer;
        true
    }

    /// The card of a section's opening phrase, when it glosses the
    /// heading right above it.
    pub(super) fn heading_gloss(&mut self, blocks: &[Block], i: usize, lines: &[Line]) {
        let Some(Block::Heading { text, line, .. }) = i.checked_sub(1).map(|p| &blocks[p]) else {
            return;
        };
        // "Aminoacyl synthetase" over "\t+ …" lines: a list, read as one
        if lines[1..]
            .iter()
            .any(|l| super::super::plain::bullet(&l.text).is_some())
        {
            return;
        }
        let term = heading_text(text);
        let term = term.trim_end_matches(':').trim();
        let body = clean_text(&join_lines(lines));
        let all = sentences(&body);
        let Some(first) = all.first().cloned() else {
            return;
        };
        // "… This is called a reduction firing.": the sentence names
        // what it says, not the heading
        if all
            .get(1)
            .is_some_and(|s| super::super::naming::pointed_name(s).is_some())
        {
            return;
        }
        // ("extinction" in notes whose headings are all in lower case)
        let plain_term = term.split_whitespace().count() <= 4
            && (term.starts_with(|c: char| c.is_uppercase())
                || super::term_line::lower_case_term(term))
            && !super::is_generic(term)
            && !super::is_question(term);
        // "When two kilns share one flue." under "Backdraft": the case it
        // names, with no clause of its own after a comma
        let case = first.starts_with("When ")
            && !first.contains(',')
            && first.split_whitespace().count() >= 6;
        if !plain_term || !(gloss(&first) || case) {
            return;
        }
        // the note's title says what the section is part of
        let ctx = match self.is_title(term) {
            true => None,
            false => self
                .parent_heading()
                .map(str::to_string)
                .or_else(|| self.subject.clone()),
        };
        let at = lines.first().map_or(*line, |l| l.line);
        let answer = first.trim_end_matches('.');
        self.card(ctx.as_deref(), &super::meant(term), answer, None, at);
    }

    /// "#### Crazing" over "Fine cracks across the glaze. First seen in
    /// 1120 …": a paragraph whose other sentences gave cards, but whose
    /// first is what the heading means.
    pub(super) fn first_sentence_defines(&mut self, blocks: &[Block], i: usize, before: usize) {
        let (Some(Block::Heading { text, .. }), Block::Para { lines }) =
            (i.checked_sub(1).map(|p| &blocks[p]), &blocks[i])
        else {
            return;
        };
        let alone = super::asked::alone_in_section(blocks, i);
        // a sentence a card of the block already shows is read
        self.settle_unread(before);
        let para = clean_text(&join_lines(lines));
        let block = self.block;
        let first = self.unread.iter().find(|(b, _, s, _)| {
            *b == block && para.starts_with(clean_text(s).trim_end_matches('.'))
        });
        let Some(sentence) = first.map(|(_, _, s, _)| s.clone()) else {
            return;
        };
        // "Is a small spindle …", which a card already answers
        let clean = clean_text(&sentence).to_lowercase();
        let answered = self.out[before..].iter().any(|d| {
            d.back
                .as_deref()
                .is_some_and(|b| clean.contains(&b.to_lowercase()))
        });
        // "## M: Militarism", a letter of a mnemonic and its word
        let labelled = text.contains(':');
        if alone && !answered && !labelled && !own_clause(&sentence) {
            self.define_heading(blocks, i, text, &sentence);
        }
    }
}

/// "Enzymes may be inhibited by …": a sentence whose own words, before
/// what qualifies them ("Belief that statements are …"), make a clause
/// about something, not a phrase saying what a heading is. "This is …"
/// opens such a phrase, and so does a gerund ("Recalling events as …").
pub(super) fn own_clause(s: &str) -> bool {
    let s = POINTING_LEADS
        .iter()
        .find_map(|l| s.strip_prefix(l))
        .unwrap_or(s);
    // "Recalling past events as …": a gerund leads a phrase; "Stores the
    // records of a domain" is a predicate
    let first = first_word(s);
    if first.ends_with("ing") || known_third_person(&first) {
        return false;
    }
    let own: Vec<&str> = s
        .split_whitespace()
        .take_while(|w| !QUALIFIERS.contains(&w.to_lowercase().as_str()))
        .collect();
    clause(&own.join(" "))
}

/// "The movement of the drug into the bloodstream", "The process by which
/// the drug becomes available …": a phrase of an article and a noun, with
/// no verb but in what qualifies it.
fn gloss(s: &str) -> bool {
    let words = lower_words(s);
    let Some(head) = words.get(1) else {
        return false;
    };
    // "The removal of …", "An expanding shell of …", "The process by which …"
    const NOUN_ENDS: &[&str] = &[
        "ment", "tion", "sion", "ance", "ence", "ity", "ness", "sis", "al", "ure", "age",
    ];
    let headed = words
        .iter()
        .take(5)
        .any(|w| w == "of" || QUALIFIERS.contains(&w.as_str()))
        || NOUN_ENDS.iter().any(|e| head.ends_with(e));
    let verb = |w: &String| finite(w) || super::super::past::past_base(w).is_some();
    // the phrase's own words, then each qualifying clause: a verb in the
    // first makes a sentence, two in one a clause and the main verb
    let mut parts = words[1..].split(|w| QUALIFIERS.contains(&w.as_str()));
    let own = parts.next().unwrap_or_default();
    let qualified = parts.all(|p| {
        let clause_verb = |k: usize| {
            let w = &p[k];
            let joined = k > 0 && ["and", "or"].contains(&p[k - 1].as_str());
            !joined && finite(w)
        };
        (0..p.len()).filter(|&k| clause_verb(k)).count() <= 1
    });
    ["the", "a", "an"].contains(&first_word(s).as_str())
        && (4..=30).contains(&words.len())
        && head.chars().all(|c| c.is_alphabetic())
        && headed
        && !s.trim_end().ends_with(['?', ':'])
        && !own.iter().any(verb)
        && qualified
}

/// "The kiln is loaded the day before": a sentence about something the
/// heading does not name, not what the heading is.
pub(super) fn states(s: &str) -> bool {
    let words = lower_words(s);
    // "The firebox burns the fuel": a noun, a verb and its object
    let object_verb = words.get(2).is_some_and(|w| looks_third_person(w))
        && words
            .get(3)
            .is_some_and(|w| NOUN_OPENERS.contains(&w.as_str()));
    ["the", "a", "an"].contains(&first_word(s).as_str())
        && (object_verb
            || words
                .iter()
                .skip(2)
                .take_while(|w| !QUALIFIERS.contains(&w.as_str()))
                .any(|w| finite(w)))
}

/// "Japan went to war with Korea", "The glaze is fired twice": a
/// statement of five words or more with a verb after its first word (a
/// helper, a listed verb in the third person, a past that is no
/// participle), not a predicate alone ("Gained Taiwan from China") nor a
/// noun phrase ("Custom pages hosted by the guild").
pub(super) fn clause(s: &str) -> bool {
    let words = lower_words(s);
    let verb = |w: &String| finite(w) || super::super::past::irregular_past(w);
    // "Allow all requests …": an option or a step, told by its verb
    let first = words.first().map_or("", String::as_str);
    let imperative = super::super::verbs::known_verb(first) && !looks_third_person(first);
    // "Japan was isolationist": a helper makes a short clause
    let helper = words.iter().skip(1).any(|w| FINITE.contains(&w.as_str()));
    let long = words.len() >= 5 && words.iter().skip(1).any(verb);
    !imperative && (long || words.len() >= 3 && (helper || past_verb(&words)))
}

/// "Japan annexed Korea", "The guild thrived": a past in "-ed" after its
/// subject, with its object or at the end ("Pages hosted by the guild",
/// "Keys stored in the vault" are noun phrases).
fn past_verb(words: &[String]) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "on", "in", "at", "by", "to", "for", "from", "with", "as", "of", "after", "before", "into",
        "under",
    ];
    let after_subject =
        |w: &str| !PREPOSITIONS.contains(&w) && !["the", "a", "an", "and", "or"].contains(&w);
    (1..words.len()).any(|k| {
        let w = &words[k];
        let next_free = words
            .get(k + 1)
            .is_none_or(|n| !PREPOSITIONS.contains(&n.as_str()));
        w.ends_with("ed")
            && super::super::past::past_base(w).is_some()
            && after_subject(&words[k - 1])
            && next_free
    })
}

/// A verb that makes a clause: "is", "can", a listed verb in the third
/// person.
fn finite(w: &str) -> bool {
    FINITE.contains(&w) || known_third_person(w)
}

/// The words of `s` in lower case, without the punctuation around them.
fn lower_words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// "Where the social cost is higher than the private cost", "Occurs when
/// a glaze pulls away from the body": a clause with no subject that says
/// when a named thing is the case, first under its name. "When the kiln
/// cools, the glaze shrinks" is a statement: its main clause follows the
/// comma.
pub(super) fn defining_clause(t: &str) -> bool {
    const OPENERS: &[&str] = &[
        "where ",
        "when ",
        "occurs when ",
        "occurs where ",
        "happens when ",
        "is when ",
        "is where ",
        "refers to ",
    ];
    let lower = t.to_lowercase();
    let first = super::super::text::sentences(&lower)
        .into_iter()
        .next()
        .unwrap_or_default();
    let personal = first
        .split_whitespace()
        .any(|w| ["we", "you", "i", "our", "your"].contains(&w));
    OPENERS.iter().any(|o| lower.starts_with(o))
        && !personal
        && !first.contains(", ")
        && !first.contains('?')
        && first.split_whitespace().count() >= 5
}

#[cfg(test)]
mod tests {
    use super::{clause, gloss, own_clause};

    #[test]
    fn a_phrase_is_told_from_a_clause_by_its_own_words() {
        assert!(!own_clause("Belief that all glazes are food safe."));
        assert!(!own_clause("This is a crack from cooling too fast."));
        assert!(!own_clause("Favoring kilns that fire evenly."));
        assert!(!own_clause("Recalling firings as better than they were."));
        assert!(!own_clause("Stores the glazes and returns the key."));
        assert!(own_clause("Kilns may also be damaged by damp wood."));
        assert!(own_clause("Cracked shelves are ground smooth."));
    }

    #[test]
    fn a_clause_has_a_verb_after_its_subject() {
        assert!(clause("The guild moved its kilns to the river"));
        assert!(clause("The kiln was cold"));
        assert!(clause("The guild went to the fair in June"));
        assert!(clause("Ada annexed the clay pit"));
        assert!(!clause("Gained a second wood kiln"));
        assert!(!clause("Allow all pots except the ones you mark"));
        assert!(!clause("Custom pages hosted by the guild"));
        assert!(!clause("Keys stored in the vault at night"));
    }

    #[test]
    fn a_phrase_with_no_verb_of_its_own_glosses_its_heading() {
        assert!(gloss(
            "The movement of the drug into the bloodstream after administration."
        ));
        assert!(gloss(
            "The process by which the clay becomes hard and can no longer be shaped."
        ));
        assert!(!gloss(
            "The medication enters the body and frees what it carries."
        ));
        assert!(!gloss("The kiln is hot."));
        assert!(!gloss("Clay that is fired becomes hard."));
        assert!(!gloss("The region lagged behind its neighbours in trade."));
        assert!(!gloss("The white kiln draws air from the shed."));
        assert!(!gloss("A potter who sells pots is said to have a trade."));
    }
}
