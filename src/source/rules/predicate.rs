//! Items that are only a predicate of the heading over them: under
//! "Electric Kiln", "- supports cone 10 firings" → "Electric Kiln: what
//! does it support?", "- cannot reach reduction" → "what can it not
//! reach?". The heading is the items' subject.

use super::super::facts::Fact;
use super::super::text::{first_word, looks_plural};
use super::super::verbs::{base_form, is_adverb, looks_third_person, participle, ACTION_VERBS};
use super::aspect::aspect_heading;
use super::entry::Entry;
use super::kinds::{is_kind, kind_noun};
use super::{is_generic, term_like, Rules};

/// Prepositions a participle item may go on with ("caused by …").
const PREPOSITIONS: &[&str] = &["by", "of", "for", "from", "with", "in", "on", "to", "as"];

impl Rules<'_> {
    /// Whether most items are predicates of the heading ("supports …",
    /// "can …"): such a list is no list of things to recite.
    pub(super) fn mostly_predicates(&self, entries: &[Entry]) -> bool {
        let n = entries
            .iter()
            .filter(|e| {
                e.term.is_none()
                    && (self.heading_predicate(&e.text).is_some() || self.heading_first(&e.text))
            })
            .count();
        // the first item saying what the heading is counts as one
        let defines = entries
            .first()
            .is_some_and(|e| e.term.is_none() && defining_kind(&e.text));
        let n = n + usize::from(defines);
        n * 2 > entries.len() || defines && n * 2 >= entries.len()
    }

    /// "Lady Macbeth descended into madness" under "Lady Macbeth": a
    /// sentence about the heading, its name the subject.
    fn heading_first(&self, text: &str) -> bool {
        let Some((_, heading)) = self.stack.last() else {
            return false;
        };
        let name = heading.trim_end_matches(':').trim();
        let Some(rest) = text.strip_prefix(name).and_then(|r| r.strip_prefix(' ')) else {
            return false;
        };
        !name.is_empty()
            && rest.split_whitespace().count() >= 2
            && rest.starts_with(char::is_lowercase)
            && !["and", "or", "of", "vs"].contains(&first_word(rest).as_str())
    }

    /// "the study of how a whole economy works" as the first item under
    /// "Macroeconomics": a noun phrase of a defining kind, which says what
    /// the heading is. Whether it made a card.
    pub(super) fn heading_kind(&mut self, text: &str, line: usize) -> bool {
        // right under the title ("# CodeDeploy" over "- an automated
        // deployment service …"), the title is the heading
        let top = self
            .stack
            .is_empty()
            .then_some(self.title.as_ref())
            .flatten();
        let Some(heading) = self.stack.last().map(|(_, h)| h).or(top) else {
            return false;
        };
        // "What is Optics?" over "Study of light …": the item answers it
        let heading = super::subject_of_question(heading.trim_end_matches(':').trim()).to_string();
        let t = text.trim().trim_end_matches('.');
        let kind = defining_kind(t) || super::gloss::defining_clause(t);
        let words = t.split_whitespace().count();
        // "polar orbit:" as a label in lower case names its subject too
        let named = term_like(&heading) || super::term_line::lower_case_term(&heading);
        // "Guidelines" over its first rule names a kind of list, no thing
        // "Worked Example" over what the example is
        let example = heading.to_lowercase().contains("example");
        let plural_word = example
            || !heading.contains(' ')
                && looks_plural(&heading.to_lowercase())
                && !heading.ends_with("ics");
        if !kind || !(4..=30).contains(&words) || !named || aspect_heading(&heading) || plural_word
        {
            return false;
        }
        let subject = super::subject::of_title(&heading).unwrap_or(heading.clone());
        let q = format!(
            "what is {}?",
            with_article(&self.lex.lc_phrase(&subject), t)
        );
        let ctx = self.context(None).filter(|c| *c != heading);
        self.card(ctx.as_deref(), &q, t, None, line);
        true
    }

    /// The fact of an item that starts with its verb, its subject the
    /// heading right over it.
    pub(super) fn heading_predicate(&self, text: &str) -> Option<Fact> {
        let (_, heading) = self.stack.last()?;
        let asked = heading.trim_end_matches(':').trim();
        let heading = super::subject_of_question(asked);
        let person = person_asked(asked);
        if !subject_heading(heading) {
            return None;
        }
        let (aside, text) = match text.split_once(", ") {
            Some((a, rest)) if a.to_lowercase().starts_with("like ") => (Some(a), rest),
            _ => (None, text),
        };
        let text = bare_predicate(text.trim().trim_end_matches(['.', ';']));
        let text = text.as_str();
        let last = heading.split_whitespace().last()?;
        // "Synapses filter out …" under "Synapses": the heading said again
        // as the subject, the verb right after it.
        if let Some(f) = restated(text, last) {
            return Some(f);
        }
        let (first, rest) = text.split_once(' ').filter(|(f, r)| !subject_first(f, r))?;
        let first = first.to_lowercase();
        let (it, they, doer) = pronouns(heading, person);
        if let Some(f) = fixed_form(&first, rest, it, they) {
            return Some(f);
        }
        if let Some(f) = super::property::property(text, it, they) {
            return Some(f);
        }
        if let Some(f) = super::views::view(&first, rest, text, (it, does(they))) {
            return Some(f);
        }
        // "It's a managed service that …"
        if let ("it's" | "it" | "they" | "they're", Some(kind)) = (first.as_str(), kind_of(rest)) {
            return Some(Fact::asked(format!("what {} {it}?", is(they)), kind));
        }
        let (q, answer) = match first.as_str() {
            "can" | "cannot" | "can't" => ability(&first, rest, it)?,
            "has" | "have" => (format!("what {} {it} have?", does(they)), rest),
            // "Ended in a victory" → "what did it end in?": a past that
            // takes no object, no passive
            _ if done_alone(&first) => return done_alone_fact(&first, rest, it),
            // "located 25 miles from the coast" → "where is it located?"
            "located" | "situated" | "based"
                if !["on", "upon"].contains(&first_word(rest).as_str()) =>
            {
                (format!("where {} {it} {first}?", is(they)), rest)
            }
            _ if participle(&first) && PREPOSITIONS.contains(&first_word(rest).as_str()) => {
                done_with(&first, rest, it, they)?
            }
            // "Condemned the lead glazes" under a council → "what did it
            // condemn?": a past with its object
            _ if participle(&first) || is_adverb(&first) => deed(&first, rest, doer)?,
            _ if verb_then_preposition(&first, rest) => {
                let (prep, object) = rest.split_once(' ')?;
                let base = base_form(&first);
                (format!("what {} {it} {base} {prep}?", does(they)), object)
            }
            _ if looks_third_person(&first) && object_verb(&base_form(&first)) => {
                let base = base_form(&first);
                (format!("what {} {it} {base}?", does(they)), rest)
            }
            _ => return None,
        };
        let answer = answer.trim();
        if !an_object(&first, answer) {
            return None;
        }
        let (q, answer) = with_particle(q, answer);
        let mut fact = Fact::asked(q, answer);
        fact.explanation = aside.map(|a| format!("{}{}.", a[..1].to_uppercase(), &a[1..]));
        Some(fact)
    }
}

/// "Suffers from ash build-up", "relies on wood": a verb and the
/// preposition it takes, which the question keeps ("what does it suffer
/// from?"). Fewer prepositions than `PREPOSITIONS`: "seeks to", "tends
/// to" lead a verb, and "causes of" a noun.
fn verb_then_preposition(first: &str, rest: &str) -> bool {
    let base = base_form(first);
    let verb = super::super::verbs::known_verb(&base) || super::super::verbs::only_a_verb(&base);
    looks_third_person(first)
        && verb
        && ["from", "on", "upon", "in", "with"].contains(&first_word(rest).as_str())
}

/// "can exist at any height" → "what can it exist at?", "cannot melt
/// silica" → "what can it not melt?"; a passive ("can be scaled") asks
/// nothing.
fn ability<'a>(first: &str, rest: &'a str, it: &str) -> Option<(String, &'a str)> {
    let (verb, object) = rest.split_once(' ')?;
    if ["be", "not", "also", "only"].contains(&verb) {
        return None;
    }
    let not = if first == "can" { "" } else { " not" };
    // the verb's preposition asks
    Some(match object.split_once(' ') {
        Some((prep, rest)) if PREPOSITIONS.contains(&prep) || prep == "at" => {
            (format!("what can {it}{not} {verb} {prep}?"), rest)
        }
        _ => (format!("what can {it}{not} {verb}?"), object),
    })
}

/// How the items' questions name the heading: "it", "they" or the
/// person a "Who is …" heading asks about; and who did what the items
/// say ("Niels Bohr" over what he did is named, not "it").
fn pronouns<'a>(heading: &'a str, person: Option<&'a str>) -> (&'a str, bool, &'a str) {
    let name = super::super::text::singular_name(heading);
    // "Inflation & Deflation": two things; "The Council of Lyons": one
    let pair = heading.contains(" & ") || heading.contains(" and ");
    let head = heading.split(" of ").next().unwrap_or(heading);
    let head_last = head.split_whitespace().last().unwrap_or("");
    // ("Keynesian economics", "Physics": one field)
    let field = head_last.to_lowercase().ends_with("ics");
    let they = pair || !name && !field && looks_plural(&head_last.to_lowercase());
    let it = match (person, they) {
        (Some(name), _) => name,
        (None, true) => "they",
        (None, false) => "it",
    };
    let named = super::people::personal_name(heading) && !heading.starts_with("The ");
    (it, they, if named { heading } else { it })
}

/// "Condemned the lead glazes" → "what did it condemn?"; "Temporarily
/// banned Raku" → "what did it temporarily ban?": a past and its object,
/// an adverb before it kept in the question.
fn deed<'a>(first: &str, rest: &'a str, doer: &str) -> Option<(String, &'a str)> {
    if !is_adverb(first) {
        return past_done(first, rest, doer);
    }
    let (verb, object) = rest.split_once(' ')?;
    if !participle(verb) {
        return None;
    }
    let (q, object) = past_done(&verb.to_lowercase(), object, doer)?;
    let did = format!("did {doer} ");
    Some((q.replacen(&did, &format!("{did}{first} "), 1), object))
}

/// "Condemned the lead glazes" → "what did it condemn?"; "Excommunicated
/// and deposed the warden" → "what did it excommunicate and depose?": a
/// past and its object.
fn past_done<'a>(first: &str, rest: &'a str, it: &str) -> Option<(String, &'a str)> {
    let past_base = super::super::past::past_base;
    let base = past_base(first)?;
    if !an_object_opens(rest) {
        return None;
    }
    let second = rest
        .strip_prefix("and ")
        .and_then(|r| r.split_once(' '))
        .filter(|(verb, _)| participle(verb))
        .and_then(|(verb, object)| Some((past_base(verb)?, object)));
    Some(match second {
        Some((verb, object)) => (format!("what did {it} {base} and {verb}?"), object),
        None => (format!("what did {it} {base}?"), rest),
    })
}

/// Whether `rest` opens as the object of a past ("the lead glazes",
/// "Master Piet", "2/3 of the masters", "teaching throwers", "and
/// deposed …"): "Automated database patching", "Fully managed service"
/// and "DB patching" are a participle before its noun, and "Security
/// Assessments" a title, no deed.
fn an_object_opens(rest: &str) -> bool {
    const OPENERS: &[&str] = &[
        "his", "her", "its", "their", "all", "some", "many", "several", "new", "and",
    ];
    let word = first_word(rest);
    let counted = super::super::counted::NUMBER_WORDS.contains(&word.as_str());
    let raw = rest.split_whitespace().next().unwrap_or("");
    let acronym = raw.chars().filter(char::is_ascii_uppercase).count() >= 2;
    let titled = rest
        .split_whitespace()
        .all(|w| !w.starts_with(char::is_lowercase));
    let named = rest.starts_with(char::is_uppercase) && !acronym && !titled;
    let gerund = word.len() > 4 && word.ends_with("ing") && word != "using";
    OPENERS.contains(&word.as_str())
        || super::super::statements::DETERMINERS.contains(&word.as_str())
        || counted
        || named
        || rest.starts_with(|c: char| c.is_ascii_digit())
        || gerund
}

/// "## Who is Hamada" over "- Lived in Mashiko": the person the heading
/// asks about, named in the items' questions.
fn person_asked(heading: &str) -> Option<&str> {
    ["who is ", "who was "]
        .iter()
        .find_map(|w| heading.get(..w.len()).filter(|h| h.eq_ignore_ascii_case(w)))
        .map(|h| heading[h.len()..].trim_end_matches('?').trim())
}

/// "Synapses filter out low level stimuli" under "Synapses" → "what do
/// they filter out?": an item whose subject is the heading's plural noun,
/// its verb any plain word after it.
fn restated(text: &str, noun: &str) -> Option<Fact> {
    const NOT_VERBS: &[&str] = &[
        "are", "were", "is", "have", "has", "can", "may", "must", "will", "should", "only", "and",
        "or", "of", "in", "with", "that", "which", "like", "such", "also", "not", "you", "your",
        "they", "their", "its", "for", "from", "per", "the", "this",
    ];
    const PARTICLES: &[&str] = &["out", "up", "off", "down", "away", "back"];
    let noun = noun.to_lowercase();
    let mut words = text.split_whitespace();
    let subject = words.next()?.to_lowercase();
    let verb = words.next()?.to_lowercase();
    let plain = verb.len() >= 3
        && verb.chars().all(|c| c.is_ascii_lowercase())
        && !NOT_VERBS.contains(&verb.as_str())
        && !["s", "ed", "ing", "ly"].iter().any(|e| verb.ends_with(e));
    if subject != noun || noun.len() < 4 || !looks_plural(&noun) || !plain {
        return None;
    }
    let rest: Vec<&str> = words.collect();
    let (q, answer) = match rest.split_first() {
        Some((p, tail)) if PARTICLES.contains(p) => (format!("what do they {verb} {p}?"), tail),
        _ => (format!("what do they {verb}?"), &rest[..]),
    };
    // "happen automatically", "happen during …": no object to ask for
    const NOT_OBJECTS: &[&str] = &[
        "during", "in", "at", "on", "by", "to", "after", "before", "when", "if", "through",
        "within", "until", "as",
    ];
    let object = answer
        .first()
        .is_some_and(|w| !w.ends_with("ly") && !NOT_OBJECTS.contains(&w.to_lowercase().as_str()));
    (answer.len() >= 2 && object).then(|| Fact::asked(q, &answer.join(" ")))
}

/// "waits for a message" → "what does it wait for?", "lays out …" →
/// "what does it lay out?": the particle goes to the question.
fn with_particle(q: String, answer: &str) -> (String, &str) {
    const KEPT: &[&str] = &[
        "for", "on", "with", "from", "about", "out", "off", "up", "down",
    ];
    match answer.split_once(' ') {
        // "up to 15 replicas" is a bound, no particle
        Some(("up", rest)) if rest.starts_with("to ") => (q, answer),
        Some((p, rest)) if KEPT.contains(&p) => (q.replace('?', &format!(" {p}?")), rest),
        _ => (q, answer),
    }
}

/// Verbs whose past tells what a thing did alone ("ended", "spread"),
/// never what was done to it.
const INTRANSITIVE: &[&str] = &[
    "end",
    "start",
    "begin",
    "last",
    "happen",
    "occur",
    "result",
    "rise",
    "fall",
    "die",
    "spread",
    "burn",
    "grow",
    "emerge",
    "arrive",
    "collapse",
    "continue",
    "fail",
    "succeed",
    "expand",
    "decline",
    "live",
    "stay",
    "settle",
    "travel",
    "reign",
    "flourish",
    "retire",
    "suffer",
    "benefit",
    "depend",
    "rely",
    "consist",
    "belong",
    "participate",
    "compete",
    "respond",
];

/// Whether `first` is the past of a verb that takes no object.
fn done_alone(first: &str) -> bool {
    super::super::past::past_base(first).is_some_and(|b| INTRANSITIVE.contains(&b.as_str()))
}

/// "Ended in a victory" → "what did it end in?"; "Burned for two days"
/// → "how long did it burn?"; "Started to spread" asks nothing.
fn done_alone_fact(first: &str, rest: &str, it: &str) -> Option<Fact> {
    let base = super::super::past::past_base(first)?;
    let (prep, object) = rest.split_once(' ')?;
    if !PREPOSITIONS.contains(&prep) || prep == "to" {
        return None;
    }
    let counted = object
        .split_whitespace()
        .next()
        .is_some_and(|w| super::super::counted::count(&w.to_lowercase()));
    let q = match prep == "for" && counted {
        true => format!("how long did {it} {base}?"),
        false => format!("what did {it} {base} {prep}?"),
    };
    Some(Fact::asked(q, first_part(object)))
}

/// Whether `answer` is what the item's verb `first` acts on: not empty,
/// no clause ("to …", "that …"), and not a verb, as in "logs go to
/// CloudWatch", where the item's first word was a noun ("allows load
/// balancing": "allows" is never that noun).
fn an_object(first: &str, answer: &str) -> bool {
    const NEVER_NOUNS: &[&str] = &[
        "allows", "enables", "lets", "provides", "requires", "ensures",
    ];
    let Some(word) = answer.split_whitespace().next() else {
        return false;
    };
    // "helps decide when …": help and a bare verb
    let helps = ["helps", "help"].contains(&first)
        && ![
            "a", "an", "the", "you", "your", "us", "them", "its", "their", "to",
        ]
        .contains(&word);
    let verb_next =
        (ACTION_VERBS.contains(&word) || word == "go" || helps) && !NEVER_NOUNS.contains(&first);
    // "runs without stopping": how, no object
    let manner = ["without", "until", "unless", "because"].contains(&word);
    !verb_next && !manner && !["to", "that", "if", "when", "of", "and", "or"].contains(&word)
}

/// A verb that takes an object: one of the lists, but not one that links
/// its subject to a state ("becomes President", "seems calm").
fn object_verb(base: &str) -> bool {
    // "grows automatically": under a heading, growing is a state too
    let linking = super::super::verbs::LINKING_VERBS.contains(&base) || base == "grow";
    super::super::verbs::known_verb(base)
        && !linking
        && !super::super::verbs::NO_OBJECT_VERBS.contains(&base)
}

/// "It can seamlessly handle failures" under its heading → "can handle
/// failures": the pronoun is the heading, and the adverb no part of what
/// is asked.
fn bare_predicate(text: &str) -> String {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    let lower = |w: Option<&&str>| w.map(|w| w.to_lowercase()).unwrap_or_default();
    let modal = |w: Option<&&str>| ["can", "cannot"].contains(&lower(w).as_str());
    if ["it", "they"].contains(&lower(words.first()).as_str()) && modal(words.get(1)) {
        words.remove(0);
    }
    if modal(words.first()) && words.len() > 2 && words[1].ends_with("ly") && words[1] != "only" {
        words.remove(1);
    }
    words.join(" ")
}

/// "is a managed service that …" after "it": the kind of thing the
/// heading is.
fn kind_of(rest: &str) -> Option<&str> {
    let rest = rest
        .strip_prefix("is ")
        .or_else(|| rest.strip_prefix("are "))
        .unwrap_or(rest);
    let article = ["a ", "an "].iter().any(|a| rest.starts_with(a));
    (article && rest.split_whitespace().count() >= 3).then_some(rest)
}

/// The fixed forms an item under a name takes: its use ("Used to obtain
/// new tokens" → "what is it used for?"), its time ("Expires after 1
/// hour" → "when does it expire?"), what it stands for, where it works or
/// can be set.
fn fixed_form(first: &str, rest: &str, it: &str, they: bool) -> Option<Fact> {
    // "allows you to fire many pots" → "what does it allow you to do?"
    if let Some(deed) = rest
        .strip_prefix("you to ")
        .filter(|_| looks_third_person(first))
    {
        let q = format!("what {} {it} {} you to do?", does(they), base_form(first));
        return Some(Fact::asked(q, deed.trim()));
    }
    // "receives queries, parses them, and develops plans": a run of deeds,
    // asked whole
    let deed = super::super::verbs::known_third_person;
    let more = rest.split(", ").skip(1).any(|part| {
        let w = part.strip_prefix("and ").unwrap_or(part);
        deed(&first_word(w))
    });
    if deed(first) && more {
        let q = format!("what {} {it} do?", does(they));
        return Some(Fact::asked(q, &format!("{first} {rest}")));
    }
    // "Stands for Application Load Balancer" under "ALB"
    if let ("stands" | "stand", Some(name)) = (first, rest.strip_prefix("for ")) {
        return Some(Fact::asked(
            format!("what {} {it} stand for?", does(they)),
            name,
        ));
    }
    // "Works in layer 7", "Operates at layer 3", "Acts as a proxy"
    const PLACED: &[&str] = &[
        "work", "operate", "run", "sit", "live", "act", "occur", "happen", "form",
    ];
    let (prep, object) = rest.split_once(' ').unwrap_or((rest, ""));
    if looks_third_person(first)
        && PLACED.contains(&base_form(first).as_str())
        && ["in", "at", "on", "as"].contains(&prep)
        && !object.is_empty()
    {
        let base = base_form(first);
        let object = super::super::text::sentences(object).into_iter().next()?;
        let object = object.trim_end_matches('.');
        // "Occurs on smooth, shiny surfaces": where it happens
        if ["occur", "happen", "form"].contains(&base.as_str()) && prep != "as" {
            let q = format!("where {} {it} {base}?", does(they));
            return Some(Fact::asked(q, &format!("{prep} {object}")));
        }
        let object = first_part(object);
        let q = format!("what {} {it} {base} {prep}?", does(they));
        return Some(Fact::asked(q, object));
    }
    if first == "used" && (rest.starts_with("to ") || rest.starts_with("for ")) {
        let object = rest.strip_prefix("for ").unwrap_or(rest);
        return Some(Fact::asked(
            format!("what {} {it} used for?", is(they)),
            first_part(object),
        ));
    }
    let timed = ["after", "within"].contains(&first_word(rest).as_str());
    (looks_third_person(first) && timed).then(|| {
        let q = format!("when {} {it} {}?", does(they), base_form(first));
        Fact::asked(q, first_part(rest))
    })
}

/// "the study of …", "a set of …", "basic unit of speech sound": a noun
/// phrase that says what kind of thing its subject is (one word may
/// describe the kind).
pub(super) fn defining_kind(t: &str) -> bool {
    const KINDS: &[&str] = &[
        "study of ",
        "process of ",
        "type of ",
        "kind of ",
        "method of ",
        "method for ",
        "way of ",
        "way to ",
        "set of ",
        "form of ",
        "measure of ",
        "branch of ",
        "practice of ",
        "ability to ",
        "science of ",
        "collection of ",
        "unit of ",
        "units of ",
        "group of ",
        "groups of ",
        "class of ",
    ];
    let lower = t.to_lowercase();
    let bare = ["the ", "a ", "an "]
        .iter()
        .find_map(|a| lower.strip_prefix(a))
        .unwrap_or(&lower);
    let described = bare.split_once(' ').map(|(_, rest)| rest);
    KINDS
        .iter()
        .any(|k| bare.starts_with(k) || described.is_some_and(|r| r.starts_with(k)))
        || qualified_noun(&lower)
        || bare == lower && named_act(bare)
}

/// "bending of light at a boundary", "starving of the flame": a noun
/// made from a verb, then what it acts on, which names a process.
fn named_act(lower: &str) -> bool {
    const ENDINGS: &[&str] = &["ing", "tion", "sion", "ment"];
    let mut words = lower.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    // ("Reporting of a crime", a step of four words, names no process)
    let long = lower.split_whitespace().count() >= 5;
    second == "of" && long && first.len() >= 6 && ENDINGS.iter().any(|e| first.ends_with(e))
}

/// "test kiln" defined as "a tiny electric kiln where …": a name in lower
/// case whose definition names its noun with "a", asked with one ("what
/// is a test kiln?").
fn with_article(subject: &str, definition: &str) -> String {
    let lower = definition.to_lowercase();
    let Some(rest) = lower
        .strip_prefix("a ")
        .or_else(|| lower.strip_prefix("an "))
    else {
        return subject.to_string();
    };
    let noun = subject.rsplit(' ').next().unwrap_or_default();
    let names_it = rest.split_whitespace().take(5).any(|w| w == noun);
    if !names_it || !subject.starts_with(|c: char| c.is_ascii_lowercase()) {
        return subject.to_string();
    }
    let article = match subject.starts_with(['a', 'e', 'i', 'o', 'u']) {
        true => "an",
        false => "a",
    };
    format!("{article} {subject}")
}

/// "an automated deployment service which lets you …", "an oven used
/// for firing pots": a noun of up to four words, then what qualifies it.
fn qualified_noun(lower: &str) -> bool {
    const QUALIFIERS: &[&str] = &[
        "which", "that", "used", "designed", "built", "made", "where", "whose", "who", "whereby",
        "with", "for",
    ];
    let Some(rest) = lower
        .strip_prefix("a ")
        .or_else(|| lower.strip_prefix("an "))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let Some(at) = words.iter().position(|w| QUALIFIERS.contains(w)) else {
        return false;
    };
    let noun = &words[..at];
    (1..=4).contains(&at)
        && noun
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
        && !noun
            .iter()
            .any(|w| super::super::verbs::BE_HAVE.contains(w))
}

/// "measured with price indices" → "what is it measured with?";
/// "thought to be older than stoneware" → "what is it thought to be?",
/// while "said to crack" leaves the verb it reports unasked.
fn done_with<'a>(first: &str, rest: &'a str, it: &str, they: bool) -> Option<(String, &'a str)> {
    let (prep, object) = rest.split_once(' ')?;
    if REPORTED.contains(&first) && prep == "to" {
        let said = object.strip_prefix("be ")?;
        return Some((format!("what {} {it} {first} to be?", is(they)), said));
    }
    let q = format!("what {} {it} {first} {prep}?", is(they));
    Some((q, first_part(object)))
}

/// Participles that report what is said of a thing ("thought to be
/// older"): the verb after their "to" is what they say.
const REPORTED: &[&str] = &[
    "thought",
    "said",
    "believed",
    "known",
    "considered",
    "reported",
    "expected",
    "supposed",
    "hypothesized",
    "hypothesised",
    "estimated",
    "claimed",
    "alleged",
];

/// "a distribution and applied to all edges, takes time" → "a
/// distribution": the object up to a comma or the next participle.
fn first_part(object: &str) -> &str {
    // "silica, flux and alumina": a list, kept whole
    // "to deploy, scale and manage tools": one word before the comma
    // starts a list too
    let listed = object.split_once(", ").is_some_and(|(head, rest)| {
        let short = rest.split_whitespace().count() <= 4
            || head.trim_start_matches("to ").split_whitespace().count() == 1;
        short && (rest.contains(" and ") || rest.contains(" or "))
    });
    let object = match listed {
        true => object,
        false => object.split(", ").next().unwrap_or(object),
    };
    let next_participle = object
        .match_indices(" and ")
        .find(|(at, _)| participle(object[at + 5..].split_whitespace().next().unwrap_or("")));
    match next_participle {
        Some((at, _)) => &object[..at],
        None => object,
    }
}

fn is(plural: bool) -> &'static str {
    if plural {
        "are"
    } else {
        "is"
    }
}

fn does(plural: bool) -> &'static str {
    if plural {
        "do"
    } else {
        "does"
    }
}

/// "Leaves have a large surface": a subject, its verb after it, where
/// "Can have …" and "Stores are …" ("Stores" a verb) open with the verb.
fn subject_first(first: &str, rest: &str) -> bool {
    const HELPERS: &[&str] = &["have", "are", "is", "can", "were", "was", "must"];
    let lower = first.to_lowercase();
    let helper = |w: &str| HELPERS.contains(&w) || super::super::vocab::MODALS.contains(&w);
    helper(&first_word(rest)) && !helper(&lower) && lower != "does" && lower != "do"
}

/// Whether a heading can be the subject of the items under it: a name,
/// not an aspect, a question or a kind of thing ("Objectives of a Trial
/// Balance" over "Summarizes the ledger": the items are objectives).
fn subject_heading(h: &str) -> bool {
    (term_like(h) || super::term_line::lower_case_term(h))
        && !aspect_heading(h)
        && !h.ends_with('?')
        && !is_kind(kind_noun(h))
        && !is_generic(h)
        && !numbered_part(h)
}

/// "Chapter 4", "Unit 2": a part of the notes by its number, which does
/// nothing its items could say.
fn numbered_part(h: &str) -> bool {
    const PARTS: &[&str] = &["chapter", "unit", "module", "part", "section", "topic"];
    match h.split_whitespace().collect::<Vec<_>>().as_slice() {
        [part, n] => {
            PARTS.contains(&part.to_lowercase().as_str()) && n.chars().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plural_heading_said_again_is_the_subject() {
        let f = restated("Kilns trap heat in their walls", "Kilns").unwrap();
        assert_eq!(f.question, "what do they trap?");
        assert_eq!(f.answer, "Heat in their walls");
        let f = restated("Kilns give off fumes when firing", "Kilns").unwrap();
        assert_eq!(f.question, "what do they give off?");
        // no object, a word that is no verb, or another subject
        assert!(restated("Kilns cool during the night", "Kilns").is_none());
        assert!(restated("Kilns only fire once a day", "Kilns").is_none());
        assert!(restated("Glazes trap heat", "Kilns").is_none());
    }
}
