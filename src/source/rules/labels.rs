//! Labels and lines whose shape says what they are: an aspect of the
//! item above ("Pros:", "Issue:"), or only an address; an item that says
//! what its heading is done by ("Managed by the kernel"); a lead that is a
//! callout; a meaning that spells out its term.

use super::super::clean::clean_text;
use super::super::doc::Item;
use super::super::facts::Fact;
use super::super::verbs::ACTION_VERBS;
use super::entry::Entry;

/// "Scenario; Solution; Exam tip": labels that give a list its structure
/// (callouts, aspects, parts of a worked case), not facts to recite.
pub(super) fn structural_label(term: &str) -> bool {
    const PARTS: &[&str] = &[
        "scenario",
        "challenge",
        "challenges",
        "explanation",
        "requirement",
        "requirements",
        "use case",
        "example",
    ];
    let lower = term.trim().trim_end_matches(':').to_lowercase();
    PARTS.contains(&lower.as_str())
        || super::is_callout_label(&lower)
        || super::aspect::aspect_question(&lower).is_some()
}

/// Whether the entries are a glossary: at least two terms that are
/// names, and one label at most that is also a subject's term
/// ("Solution" among kinds of erosion, "Effect" in a policy), which is
/// then one more term.
pub(super) fn glossary(entries: &[Entry]) -> bool {
    const ALSO_TERMS: &[&str] = &["solution", "effect"];
    let labels: Vec<&str> = entries.iter().filter_map(|e| e.term.as_deref()).collect();
    let (callouts, names): (Vec<&str>, Vec<&str>) =
        labels.iter().partition(|t| structural_label(t));
    let also_terms = callouts
        .iter()
        .all(|t| ALSO_TERMS.contains(&t.to_lowercase().as_str()));
    names.len() >= 2 && callouts.len() == 1 && also_terms && labels.len() == entries.len()
}

/// A line that is an address, alone or after a short title ("Supply and
/// Demand - https://example.org/v/1"): a link, not a fact.
pub(super) fn link_line(t: &str) -> bool {
    let t = t.trim();
    let Some((title, last)) = t.rsplit_once(char::is_whitespace) else {
        return bare_url(t);
    };
    let title = title.trim().trim_end_matches(['-', '–', '—', ':']).trim();
    bare_url(last) && title.split_whitespace().count() <= 10
}

/// A line that is only an address (`https://example.org/page`).
pub(super) fn bare_url(t: &str) -> bool {
    let t = t.trim().trim_start_matches('<').trim_end_matches('>');
    let lower = t.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www."))
        && !t.contains(char::is_whitespace)
}

/// What code does, in the third person ("`pop()` removes …").
const COMMAND_VERBS: &[&str] = &[
    "adds", "appends", "applies", "builds", "calls", "changes", "checks", "clears", "closes",
    "compiles", "converts", "copies", "counts", "creates", "declares", "deletes", "displays",
    "executes", "exits", "finds", "gets", "inserts", "joins", "lists", "loads", "merges", "moves",
    "opens", "prints", "pulls", "pushes", "reads", "removes", "replaces", "returns", "runs",
    "saves", "searches", "sends", "sets", "shows", "sorts", "splits", "starts", "stops", "updates",
    "waits", "writes",
];

/// Whether a word says, in the third person, what a command does.
pub(super) fn is_command_verb(w: &str) -> bool {
    COMMAND_VERBS.contains(&w)
}

/// "Managed by the kernel" under "Kernel threads" → "what are kernel
/// threads managed by?": a participle and "by" with no subject of its own.
pub(super) fn done_by(label: &str, text: &str) -> Option<Fact> {
    let (participle, rest) = text.trim().split_once(' ')?;
    let agent = rest.strip_prefix("by ")?.trim().trim_end_matches('.');
    let participle = participle.to_lowercase();
    let subject = label.trim_end_matches(':').trim();
    // "sleep stages - stage 1 (N1)": the part after the dash is the thing
    let subject = subject.rsplit(" - ").next().unwrap_or(subject).trim();
    let last = subject
        .trim_end_matches(|c: char| c == ')' || c.is_uppercase())
        .trim_end_matches(" (")
        .to_lowercase();
    if !participle.ends_with("ed") || agent.is_empty() || subject.split_whitespace().count() > 6 {
        return None;
    }
    let be = if super::super::text::looks_plural(&last) {
        "are"
    } else {
        "is"
    };
    Some(Fact::asked(
        format!("what {be} {subject} {participle} by?"),
        agent,
    ))
}

/// A lead that is a callout ("Memory hook:", "Exam tip:"): its list is a
/// reminder, not a set of items to learn by heart.
pub(super) fn is_callout_lead(lead: &str) -> bool {
    const HEADS: &[&str] = &[
        "tip",
        "tips",
        "hook",
        "trick",
        "tricks",
        "mnemonics",
        "hooks",
        "note",
        "notes",
        "rule",
        "principle",
        "takeaway",
        "takeaways",
        "reminder",
        "mnemonic",
        "gotcha",
        "trap",
        "warning",
        "insight",
        "analogy",
    ];
    let words: Vec<String> = lead.split_whitespace().map(str::to_lowercase).collect();
    let last = words.last().map(|w| w.trim_end_matches(':')).unwrap_or("");
    words.len() <= 4 && HEADS.contains(&last)
}

/// "VPC: Virtual Private Cloud": the definition spells out the term.
pub(super) fn stands_for(term: &str, def: &str) -> bool {
    let letters: String = term.chars().filter(char::is_ascii_uppercase).collect();
    let initials: String = def
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_uppercase)
        .collect();
    // "WASO -> wakefulness after sleep onset": every word's initial
    let initials_of = |skip: &[&str]| -> String {
        def.split_whitespace()
            .filter(|w| !skip.contains(&w.to_lowercase().as_str()))
            .filter_map(|w| w.chars().next())
            .map(|c| c.to_ascii_uppercase())
            .collect()
    };
    // ("CFM -> cubic feet per minute": the small words left out)
    let small = [
        "of", "per", "and", "the", "for", "to", "in", "a", "an", "on",
    ];
    let every = [initials_of(&[]), initials_of(&small)];
    letters.len() >= 2 && (letters == initials || every.contains(&letters)) && term.len() <= 8
}

/// "Security group — controls traffic", "VPC Endpoints: provide private
/// access": a meaning that starts with a verb says what the term does
/// ("Inherited controls — controls AWS runs" names the term's own noun, and
/// "List of actions" is a noun).
pub(super) fn does_question(term: &str, def: &str) -> Option<String> {
    // "TXT | Leveraged mainly for email checks": a use, not a meaning.
    let lower = def.to_lowercase();
    let use_leads = [
        "used for ",
        "used to ",
        "used mainly ",
        "mainly used ",
        "leveraged ",
        "for ",
    ];
    if use_leads.iter().any(|l| lower.starts_with(l)) {
        let last = term.split_whitespace().last().unwrap_or("").to_lowercase();
        let are = super::super::text::looks_plural(&last) && !last.contains('/');
        return Some(format!(
            "what {} {term} used for?",
            if are { "are" } else { "is" }
        ));
    }
    // "Compute: Billed per second": how it is billed, not what it means.
    let mut lead = lower.split_whitespace();
    let (participle, prep) = (lead.next().unwrap_or(""), lead.next().unwrap_or(""));
    let how = ["billed", "charged", "priced", "metered", "paid"].contains(&participle)
        && ["per", "by", "for", "on", "at"].contains(&prep);
    if how && term.split_whitespace().count() <= 4 {
        return Some(format!("how is {term} {participle}?"));
    }
    let first = super::super::text::first_word(def);
    let own_noun = super::super::clean::normalise(term)
        .split(' ')
        .any(|w| w == first || w.trim_end_matches('s') == first.trim_end_matches('s'));
    let mut words = def.split_whitespace();
    let (w1, w2) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    if own_noun || w2 == "of" || !w1.chars().all(char::is_alphabetic) {
        return None;
    }
    // "Using functools.wraps" is an activity: one thing, asked in lower case.
    let gerund = term.split_whitespace().count() >= 2
        && term.split_whitespace().next().is_some_and(|w| {
            w.len() >= 5 && w.ends_with("ing") && w.starts_with(char::is_uppercase)
        });
    // "dirty bit" names one thing of a kind: "the dirty bit".
    let common = term.split_whitespace().count() >= 2
        && term
            .split_whitespace()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase()));
    let term = if gerund {
        super::super::text::lower_first(term)
    } else if common {
        format!("the {term}")
    } else {
        term.to_string()
    };
    let last = term.split_whitespace().last().unwrap_or("").to_lowercase();
    let plural = super::super::text::looks_plural(&last) && !last.contains('/') && !gerund;
    let third = super::super::vocab::ROLE_VERBS.contains(&first.as_str())
        || super::super::statements::is_statement_verb(&first)
        || is_command_verb(&first)
        || (first.ends_with('s')
            && !first.ends_with("ss")
            // "Processes wait …": a plural subject, then its verb.
            && !ACTION_VERBS.contains(&w2.to_lowercase().as_str())
            && ACTION_VERBS.contains(&super::super::facts::base_form(&first).as_str()));
    // "diffusion: describes the mixing of gases" → "what does diffusion
    // describe?": the verb that says what the term is stays in the question
    let base = super::super::facts::base_form(&first);
    if first.ends_with('s') && super::super::verbs::DEFINING_VERBS.contains(&base.as_str()) {
        let does = if plural { "do" } else { "does" };
        return Some(format!("what {does} {term} {base}?"));
    }
    if first == "refers" && w2 == "to" {
        return Some(format!("what does {term} refer to?"));
    }
    (third || role_base(&first) && agrees_with_base(&term)).then(|| {
        when_label(&term)
            .unwrap_or_else(|| format!("what {} {term} do?", if plural { "do" } else { "does" }))
    })
}

/// "When queried: translates hostnames": what the thing above does then,
/// "what does it do when queried?".
fn when_label(term: &str) -> Option<String> {
    let when = ["when", "if", "once", "after", "before", "while"]
        .contains(&super::super::text::first_word(term).as_str());
    when.then(|| format!("what does it do {}?", term.to_lowercase()))
}

/// Whether a word is the base form of a verb that says what something does
/// ("provide", "connect", "give").
fn role_base(word: &str) -> bool {
    let w = word.to_lowercase();
    super::super::vocab::ROLE_VERBS
        .iter()
        .any(|v| super::super::facts::third_person(&w) == *v)
        || super::super::verbs::STATEMENT_VERBS
            .iter()
            .any(|b| b.split(' ').next() == Some(w.as_str()))
        || ["give", "manage", "access", "let"].contains(&w.as_str())
        || ACTION_VERBS.contains(&w.as_str())
}

/// "On-premises: must use a customer gateway" → ("what must on-premises
/// use?", "A customer gateway").
pub(super) fn modal_definition(
    term: &str,
    def: &str,
    r: &super::Rules<'_>,
) -> Option<(String, String)> {
    let mut words = def.split_whitespace();
    let modal = words.next()?.to_lowercase();
    if !["must", "can", "should", "cannot"].contains(&modal.as_str()) {
        return None;
    }
    let verb = words.next()?.to_lowercase();
    let rest: Vec<&str> = words.collect();
    // "Fixed: cannot be changed …" is a passive, asked by no "what"
    let passive = ["be", "not", "also", "only"].contains(&verb.as_str());
    if rest.is_empty() || passive || !verb.chars().all(char::is_alphabetic) {
        return None;
    }
    let who = r
        .lex
        .parties
        .name(term)
        .map_or_else(|| r.lex.lc_phrase(term), super::super::parties::in_question);
    let q = format!("what {modal} {who} {verb}?");
    Some((q, super::super::text::capitalise(&rest.join(" "))))
}

/// The question of a term and what the notes say of it: "what is meant by
/// “X”?", or, where they list its traits ("Full-featured, API keys, no
/// OAuth, expensive"), "what characterises X?".
pub(super) fn meant_by(term: &str, def: &str) -> String {
    if let Some(q) = super::formula_label::symbol_or_formula(term, def) {
        return q;
    }
    // "Durable: Survives daily use" says what "durable" means
    if super::super::text::property(term, true) {
        return meant(term);
    }
    if traits(def) && term.split_whitespace().count() <= 4 {
        return format!("what characterises {term}?");
    }
    // "HTTP - Useful for rate limiting": what it is used for
    let use_lead = super::meaning::without_use_lead(def).len() < def.len()
        && !def.to_lowercase().starts_with("used ")
        && !def.to_lowercase().starts_with("used to");
    if use_lead && term.split_whitespace().count() <= 4 {
        let be = match super::super::text::looks_plural(&term.to_lowercase()) {
            true => "are",
            false => "is",
        };
        return format!("what {be} {term} used for?");
    }
    super::people::did_what(term, def)
        .or_else(|| super::meaning::why_done(term, def))
        .or_else(|| super::meaning::participle_question(term, def))
        .or_else(|| does_what(term, def))
        .unwrap_or_else(|| meant(term))
}

/// "UPDATE: Updates data in a table", "TLR 5" over "Bind to flagellin":
/// a meaning that says what the term does, by a verb of the lists in the
/// third person (or a plain verb in its base form, which is no
/// instruction), asks "what does UPDATE do?".
pub(super) fn does_what(term: &str, def: &str) -> Option<String> {
    use super::super::verbs::{known_verb, looks_third_person, NO_OBJECT_VERBS, PLAIN_VERBS};
    let first = super::super::text::first_word(def);
    let base = super::super::facts::base_form(&first);
    // "Inherited controls: Controls AWS carries out": the term's own noun
    let echoes = term.to_lowercase().split_whitespace().any(|w| w == first);
    // "Hose vs can": two things side by side, told apart by `meant`
    let lower = format!(" {} ", term.to_lowercase());
    let versus = crate::source::vocab::VERSUS
        .iter()
        .any(|v| lower.contains(v));
    // "Changes made by one potter …": a noun and what it underwent
    let described = def
        .split_once(' ')
        .is_some_and(|(_, rest)| super::super::verbs::done_to(rest));
    // "Honesty. Sell each pot for what it is": a base form after a
    // singular name is an instruction ("TLR 5", "Receptors" agree)
    let agrees = looks_third_person(&first)
        || PLAIN_VERBS.contains(&first.as_str()) && agrees_with_base(term);
    let does = known_verb(&base)
        && !described
        && !NO_OBJECT_VERBS.contains(&base.as_str())
        && agrees
        && !echoes
        && !versus
        && term.split_whitespace().count() <= 4;
    let last = term
        .split_whitespace()
        .last()
        .unwrap_or(term)
        .to_lowercase();
    let plural = super::super::text::looks_plural(&last);
    let (do_, where_) = (if plural { "do" } else { "does" }, placed(&base, def));
    let own = term.to_lowercase().split_whitespace().any(|w| w == base);
    does.then(|| {
        when_label(term).unwrap_or_else(|| match (where_, verb_object(def)) {
            (true, _) => format!("where {do_} {term} {base}?"),
            // "Weeds out unneeded links" → "what does stage 3 weed out?"
            (_, Some(verb)) if !own => format!("what {do_} {term} {verb}?"),
            _ => format!("what {do_} {term} do?"),
        })
    })
}

/// Whether a verb in its base form can follow `term` as its predicate:
/// a plural ("Receptors bind …") or a code name ("TLR 5", "MHC"), which
/// notes write as they would a plural; a singular word ("Honesty") takes
/// "sells", so "Sell …" after it is an instruction.
fn agrees_with_base(term: &str) -> bool {
    let last = term.split_whitespace().last().unwrap_or(term);
    let code = term.split_whitespace().any(|w| {
        w.chars().any(|c| c.is_ascii_digit())
            || w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
    });
    code || super::super::text::looks_plural(&last.to_lowercase())
}

/// "Weeds out unneeded links" → "weed out": the verb of a meaning (with
/// its particle) when an object of two words or more follows it.
pub(super) fn verb_object(def: &str) -> Option<String> {
    const NO_OBJECT: &[&str] = &[
        "to", "that", "if", "when", "and", "or", "of", "in", "on", "at", "by", "for", "with",
        "from", "into", "as",
    ];
    let words: Vec<String> = def.split_whitespace().map(str::to_lowercase).collect();
    let base = super::super::facts::base_form(words.first()?);
    let particle = words
        .get(1)
        .filter(|w| super::super::statements::PARTICLES.contains(&w.as_str()));
    let (verb, rest) = match particle {
        Some(p) => (format!("{base} {p}"), &words[2..]),
        None => (base, &words[1..]),
    };
    let opens = rest.first()?.trim_end_matches(',');
    (rest.len() >= 2 && !NO_OBJECT.contains(&opens) && !opens.ends_with("ly")).then_some(verb)
}

/// "Originate (widely) in the thalamus": a meaning that says where.
fn placed(base: &str, def: &str) -> bool {
    const WHERE_VERBS: &[&str] = &["originate", "occur", "arise", "live", "reside", "form"];
    let mut words = def.split_whitespace().skip(1).map(str::to_lowercase);
    let next = words.next().unwrap_or_default();
    let prep = if next.ends_with("ly") {
        words.next().unwrap_or_default()
    } else {
        next
    };
    WHERE_VERBS.contains(&base) && ["in", "from", "at", "within"].contains(&prep.as_str())
}

/// Why a paragraph holds no prose to read: a list of links, or the
/// caption of an image.
pub(super) fn no_prose(lines: &[super::super::doc::Line], text: &str) -> Option<&'static str> {
    if lines.iter().all(|l| l.links_only || link_line(&l.text)) {
        Some("a list of links")
    } else if caption(text) {
        Some("an image's caption")
    } else if lines.len() == 1 && bookkeeping(text) {
        Some("the notes' own details (status, dates, references, tags)")
    } else if lines.len() >= 2 && details(lines) {
        Some("the notes' own details (author, date, contact)")
    } else {
        None
    }
}

/// Lines of the notes' own details, with a stamp of when they were made
/// ("202305021250") among them.
fn details(lines: &[super::super::doc::Line]) -> bool {
    let stamp = |t: &str| {
        let t = t.trim();
        t.len() >= 6 && t.chars().all(|c| c.is_ascii_digit() || "-: ".contains(c))
    };
    let fields = lines.iter().filter(|l| note_field_line(&l.text)).count();
    fields >= 2
        && lines
            .iter()
            .all(|l| note_field_line(&l.text) || stamp(&l.text))
}

/// "Teacher: [[Ann Lee]]", "Tags: #": a line that gives one of the
/// notes' own details, its value empty or not.
fn note_field_line(text: &str) -> bool {
    let t = super::super::clean::clean_text(text);
    t.split_once(':')
        .is_some_and(|(label, _)| note_field(label))
}

/// "Status: DRAFT", "Ref: [[slides.pdf]]", "Tags: …": a line of the
/// notes' own bookkeeping, left out even alone.
fn bookkeeping(text: &str) -> bool {
    let t = super::super::clean::clean_text(text).to_lowercase();
    let (label, value) = t.split_once(':').unwrap_or((&t, ""));
    let label = label.trim();
    // "Created: 2023-01-23": when the notes were written
    const DATED: &[&str] = &["created", "updated", "last updated", "modified", "date"];
    let date = value.chars().filter(char::is_ascii_digit).count() >= 4
        && value.split_whitespace().count() <= 4;
    t.contains(':')
        && (["status", "ref", "refs", "tags"].contains(&label) || DATED.contains(&label) && date)
}

/// "*Caption (below): a kiln seen from above.*", "Figure 2: …": the words
/// under a picture, which say again what the notes say.
pub(super) fn caption(text: &str) -> bool {
    let t = super::super::clean::clean_text(text).to_lowercase();
    let Some((label, rest)) = t.split_once(':') else {
        return false;
    };
    let name = label.split(['(', ' ']).next().unwrap_or("");
    ["caption", "figure", "fig.", "image"].contains(&name)
        && label.split_whitespace().count() <= 3
        && !rest.trim().is_empty()
}

/// "Full-featured, resource policies, API keys, expensive": three or more
/// short traits side by side, with no verb to define a thing.
fn traits(def: &str) -> bool {
    let mut depth = 0i32;
    let bare: String = def
        .chars()
        .filter(|c| {
            depth += i32::from(*c == '(') - i32::from(*c == ')');
            depth == 0 && *c != ')'
        })
        .collect();
    let parts: Vec<&str> = bare.split(", ").map(str::trim).collect();
    let lower = bare.to_lowercase();
    let verb = [" is ", " are ", " was ", " were ", " means "]
        .iter()
        .any(|v| lower.contains(v));
    // "expensive", "stateless", "subnet-wide": a trait of one word; a
    // list of names ("EC2, Lambda, SQS") is none.
    let adjective = |p: &&str| {
        !p.contains(' ')
            && p.chars().all(|c| c.is_lowercase() || c == '-' || c == '.')
            && !p.trim_end_matches('.').ends_with('s')
    };
    let names = parts
        .iter()
        .filter(|p| p.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .count();
    parts.len() >= 3
        && !verb
        && !["a ", "an ", "the "].iter().any(|a| lower.starts_with(a))
        && parts
            .iter()
            .all(|p| (1..=4).contains(&p.split_whitespace().count()))
        && parts[1..].iter().any(adjective)
        && names * 2 < parts.len()
}

/// "Author: …", "Date: …", "Contact: …": the notes' own details, which
/// teach nothing about their subject.
pub(super) fn about_the_notes(entries: &[Entry]) -> bool {
    entries.len() >= 2
        && entries
            .iter()
            .all(|e| e.term.as_deref().is_some_and(note_field))
}

/// A label of the notes' own details ("Author", "Lecturer", "Class");
/// only a block of two or more of them is left out.
fn note_field(label: &str) -> bool {
    const FIELDS: &[&str] = &[
        "author",
        "authors",
        "date",
        "contact",
        "email",
        "e-mail",
        "lecturer",
        "professor",
        "instructor",
        "teacher",
        "tutor",
        "semester",
        "class",
        "course",
        "module",
        "subject",
        "last updated",
        "updated",
        "created",
        "version",
        "written by",
        "type",
        "tags",
        "tag",
        "status",
        "week",
        "standards",
        "aliases",
        "modified",
        "last modified",
        "reviewed",
        "keywords",
        "category",
        "categories",
        "due",
    ];
    FIELDS.contains(&label.trim().to_lowercase().as_str())
}

/// "Two settings", "3 kinds": a count of the items under it, which says
/// nothing of what they are about.
pub(super) fn a_count(h: &str) -> bool {
    let words: Vec<String> = h
        .trim_end_matches(':')
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    words.len() == 2 && super::kinds::COUNTS.contains(&words[0].as_str())
}

/// "The cell body has a nucleus. It also holds …": a sentence over its
/// sub-items, too long to stand in front of their cards as context.
pub(super) fn a_statement(h: &str) -> bool {
    let words = h.split_whitespace().count();
    let sentences = h.trim_end_matches('.').contains(". ");
    // "Instead, it uses a shared volume": a sentence that points back
    let lower = h.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    let points_back = words >= 4
        && (super::gap::POINTING.contains(&first)
            || super::super::vocab::MARKERS
                .iter()
                .any(|m| lower.starts_with(m)));
    // "A compute node is partitioned into slices.": an item over its
    // details is a sentence, no name for them
    let full_stop = words >= 5 && h.ends_with('.') && !h.ends_with("..");
    words > 12 && (h.ends_with('.') || sentences) || points_back || full_stop || predicate(h)
}

/// "emphasized finding ways to work faster, assumed that …": what the
/// heading above did or does, its subject left out; not a name.
fn predicate(h: &str) -> bool {
    let words: Vec<&str> = h.split_whitespace().collect();
    let Some(first) = words.first().filter(|w| w.starts_with(char::is_lowercase)) else {
        return false;
    };
    let past = super::super::past::past_base(first).is_some() && first.ends_with("ed");
    let verb = past || super::super::verbs::known_third_person(first);
    words.len() >= 6 && verb
}

/// Whether a question asks of a pronoun ("what is it attached to?",
/// "what do they store?") that only its section could explain.
pub(super) fn points_away(question: &str) -> bool {
    // a gap's sentence, or a question that names its own subject
    // ("DynamoDB: what does it support?"), says what "it" is
    !question.contains("[...]")
        && !question.contains(": ")
        && question
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| ["it", "they", "them"].contains(&w.to_lowercase().as_str()))
}

/// Words that open an answer which only points elsewhere in the notes
/// ("The above conclusion").
const POINTING_ANSWERS: &[&str] = &["the above", "above", "below", "the following", "as follows"];

/// Words that end a sentence leading into a list or formula the card
/// does not show.
const LIST_LEADS: &[&str] = &[
    "as follows",
    "the following",
    "following ways",
    "following",
    "the form",
    "given by",
];

/// `back` as a card can show it: a last sentence that leads into a list
/// ("… can be found as follows:") is left off; `None` when nothing else
/// is left, or when the answer only points elsewhere ("The above
/// conclusion").
pub(super) fn answer_shown(back: &str) -> Option<String> {
    let back = &super::stubs::without_loose_asides(back);
    let lower = back.to_lowercase();
    if POINTING_ANSWERS
        .iter()
        .any(|p| lower.starts_with(&format!("{p} ")) || lower == *p)
    {
        return None;
    }
    let bare = lower.trim_end_matches([':', '.', ' ']);
    if only_a_count(bare) || super::stubs::placeholder(bare) || super::stubs::only_a_figure(bare) {
        return None;
    }
    let colon = back.trim_end().ends_with(':');
    let leads = LIST_LEADS.iter().any(|l| bare.ends_with(l)) || left_open(bare);
    if !leads && !colon {
        return Some(back.to_string());
    }
    let cut = back.trim_end().trim_end_matches(':');
    // the last sentence, not the last stop ("the p.m.f. of X is:")
    let mut said = super::super::text::sentences(cut);
    said.pop();
    match said.is_empty() {
        false => Some(said.join(" ")),
        // "A third party with 3 main objectives:" says something alone
        true if !leads => Some(cut.trim().to_string()),
        true => None,
    }
}

/// "Two things", "three main ways": how many points follow, which says
/// none of them.
fn only_a_count(lower: &str) -> bool {
    const NOUNS: &[&str] = &[
        "things", "points", "ways", "reasons", "parts", "steps", "types", "kinds", "factors",
    ];
    let words: Vec<&str> = lower.split_whitespace().collect();
    let counted = words.first().is_some_and(|w| {
        super::super::counted::NUMBER_WORDS.contains(w) || w.chars().all(|c| c.is_ascii_digit())
    });
    let noun = words.last().is_some_and(|w| NOUNS.contains(w));
    (2..=3).contains(&words.len()) && counted && noun
}

/// "… Valid shelf kinds are": a sentence left open for the items below
/// it ("… as it is" is closed).
fn left_open(lower: &str) -> bool {
    const OPEN: &[&str] = &[
        "are", "is", "were", "include", "includes", "contain", "contains",
    ];
    const CLOSING: &[&str] = &[
        "it", "they", "he", "she", "this", "that", "there", "what", "which",
    ];
    let mut words = lower.split_whitespace().rev();
    let (last, before) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    OPEN.contains(&last) && !CLOSING.contains(&before)
}

/// The question for what a term means: "what is meant by “X”?", and for
/// two terms set side by side ("X vs Y") what tells them apart.
pub(super) fn meant(term: &str) -> String {
    let lower = term.to_lowercase();
    for sep in crate::source::vocab::VERSUS {
        if let Some(at) = lower.find(sep) {
            let (a, b) = (term[..at].trim(), term[at + sep.len()..].trim());
            if !a.is_empty() && !b.is_empty() && !b.contains(sep.trim()) {
                return format!("what is the difference between {a} and {b}?");
            }
        }
    }
    if open_ended(term) {
        return format!("{term} [...]");
    }
    // "HTTP is Stateless": a claim, not a name.
    let words = lower.split_whitespace().count();
    if (3..=6).contains(&words) && [" is ", " are "].iter().any(|b| lower.contains(b)) {
        let first = lower.split_whitespace().next().unwrap_or("");
        let claim = if ["every", "everything", "all", "each", "nothing", "no"].contains(&first) {
            format!("{first} {}", term.split_once(' ').map_or("", |(_, r)| r))
        } else {
            term.to_string()
        };
        return format!("what does it mean that {claim}?");
    }
    // "Two main components": a count names the things, which it asks for
    let first = lower.split_whitespace().next().unwrap_or("");
    if super::kinds::COUNTS.contains(&first) && (2..=4).contains(&words) {
        return format!("what are the {lower}?");
    }
    format!("what is meant by “{term}”?")
}

/// "Filtering happens at: Rule level": a label that is the start of a
/// sentence, which its value ends.
pub(super) fn open_ended(term: &str) -> bool {
    const OPEN_ENDS: &[&str] = &[
        "at", "on", "in", "by", "for", "to", "from", "of", "with", "into", "uses", "includes",
        "requires", "supports", "means", "is", "are",
    ];
    let lower = term.to_lowercase();
    let words = lower.split_whitespace().count();
    let last = lower.split_whitespace().last().unwrap_or("");
    (2..=6).contains(&words) && OPEN_ENDS.contains(&last)
}

/// Whether a list is a study checklist: every item (all but one of four
/// or more) a goal, in its text, its label ("**Focus on Functions:**") or
/// what follows the label ("Know the function of each layer").
pub(super) fn checklist(items: &[Item], entries: &[Entry]) -> bool {
    let goals = items
        .iter()
        .zip(entries)
        .filter(|(it, e)| {
            study_goal(&it.text())
                || e.term.as_deref().is_some_and(study_goal)
                || e.def.as_deref().is_some_and(study_goal)
        })
        .count();
    items.len() >= 2 && goals + usize::from(items.len() >= 4) >= items.len()
}

/// "Understand the difference between …", "Know how … is calculated": a
/// goal for the learner, which states no fact.
fn study_goal(text: &str) -> bool {
    const GOALS: &[&str] = &[
        "understand",
        "focus on",
        "think of",
        "relate",
        "draw",
        "know",
        "learn",
        "review",
        "study",
        "practice",
        "practise",
        "revise",
        "memorize",
        "memorise",
        "be able to",
        "be aware",
        "be familiar",
        "familiarize",
        "get familiar",
    ];
    let t = clean_text(text).to_lowercase();
    let t = t.trim_start_matches(|c: char| !c.is_alphabetic());
    GOALS.iter().any(|g| t.starts_with(&format!("{g} ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_participle_by_its_agent_asks_of_the_label() {
        let f = done_by("glaze faults - crawling", "Caused by dust on the bisque").unwrap();
        assert_eq!(f.question, "what is crawling caused by?");
        assert_eq!(f.answer, "Dust on the bisque");
    }

    #[test]
    fn a_price_asks_how_it_is_billed() {
        assert_eq!(
            does_question("Kiln time", "Billed per firing (one-hour minimum)").as_deref(),
            Some("how is Kiln time billed?")
        );
        assert_eq!(does_question("Kiln time", "Billed monthly"), None);
    }

    #[test]
    fn a_count_or_a_sentence_is_no_context() {
        assert!(a_count("Two settings:"));
        assert!(a_count("3 kinds"));
        assert!(!a_count("Three Ownership Rules"));
        assert!(!a_count("Kiln settings"));
        assert!(a_statement(
            "The firebox is lined with soft brick like most small kilns. It holds heat well."
        ));
        assert!(!a_statement("Firebox lining"));
        assert!(a_statement("Instead, it uses a shared firebox"));
        assert!(a_statement("This keeps the heat in"));
        assert!(a_statement(
            "emphasized firing slowly to spare the pots, assumed that clay is dry"
        ));
        assert!(a_statement("holds the heat of the firing in its walls"));
        assert!(!a_statement("fired clay ground into grit"));
    }

    #[test]
    fn a_meaning_that_says_what_the_term_does_asks_so() {
        assert_eq!(
            meant_by("kiln stop", "Stops the firing at once"),
            "what does kiln stop do?"
        );
        // a base form after a singular name is an instruction; after a
        // code name, the name's deed
        assert_eq!(does_what("Honesty", "Sell each pot for what it is"), None);
        assert_eq!(
            does_what("TLR 5", "Bind to flagellin"),
            Some("what does TLR 5 do?".into())
        );
        // a noun and what it underwent says no deed
        assert_eq!(
            does_what("Shared kilns", "Changes made by one potter spoil a firing"),
            None
        );
        assert_eq!(
            meant_by("Glaze bubbles", "Originate mostly in the clay body"),
            "where do Glaze bubbles originate?"
        );
        // asked by its own verb and particle, and answered without them
        let q = meant_by("Bisque firing", "Drives out the water in the clay");
        assert_eq!(q, "what does Bisque firing drive out?");
        assert_eq!(
            super::super::meaning::without_asked_verb(&q, "Drives out the water in the clay"),
            "the water in the clay"
        );
        assert_eq!(
            super::super::meaning::without_asked_verb(
                "what does it mean that all is set?",
                "Now all is set"
            ),
            "Now all is set"
        );
        // a label that says when: what the thing above does then
        assert_eq!(
            meant_by("When opened", "Releases a burst of steam"),
            "what does it do when opened?"
        );
        assert_eq!(
            does_question("When opened", "Releases a burst of steam").as_deref(),
            Some("what does it do when opened?")
        );
        assert_eq!(
            meant_by("Vent plugs", "Release steam early in the firing"),
            "what is meant by “Vent plugs”?",
            "a base form may be an instruction"
        );
        assert_eq!(
            meant_by("Kiln controls", "Controls the potter sets by hand"),
            "what is meant by “Kiln controls”?",
            "the term's own noun"
        );
        assert_eq!(
            meant_by("Cone 6", "Bind the glaze to the body"),
            "what does Cone 6 bind?",
            "a plain verb in its base form is no instruction"
        );
        assert_eq!(
            meant_by("Kiln vs oven", "Bind clay at different heats"),
            "what is the difference between Kiln and oven?"
        );
        assert_eq!(
            meant_by("Crazing", "Happens when the glaze shrinks"),
            "what is meant by “Crazing”?",
            "no object to ask"
        );
    }

    #[test]
    fn a_list_of_traits_asks_what_characterises_the_term() {
        assert_eq!(
            meant_by("Raku", "Fast firing, dramatic crackle, porous, fragile"),
            "what characterises Raku?"
        );
        // names side by side, or a sentence, are no traits
        assert_eq!(
            meant_by("Glazes", "Celadon, Tenmoku, Shino, Ash"),
            "what is meant by “Glazes”?"
        );
        assert_eq!(
            meant_by("Raku", "A firing that is fast, dramatic, porous"),
            "what is meant by “Raku”?"
        );
    }

    #[test]
    fn an_answer_that_leads_elsewhere_is_cut_or_left_out() {
        assert_eq!(
            answer_shown("Glazes melt in the kiln. All of them are listed as follows:").as_deref(),
            Some("Glazes melt in the kiln.")
        );
        // a sentence left open for the items that follow it
        assert_eq!(
            answer_shown("Shelves hold the pots. Valid shelf kinds are").as_deref(),
            Some("Shelves hold the pots.")
        );
        assert_eq!(
            answer_shown("Kilns that changed in the following ways"),
            None
        );
        assert_eq!(answer_shown("The above conclusion"), None);
        assert!(points_away("What happens after it's fired?"));
        assert!(!points_away("Kilns: what does it hold?"));
        assert!(!points_away("It holds [...] shelves."));
        assert!(!points_away("What does the kiln hold?"));
        assert_eq!(
            answer_shown("A third party with 3 main aims:").as_deref(),
            Some("A third party with 3 main aims")
        );
        assert_eq!(answer_shown("Cone 6").as_deref(), Some("Cone 6"));
    }
}
