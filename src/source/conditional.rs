//! Conditions, passives and negations stated in prose: "If no namespace is given, the default one
//! is used." → "what happens if no namespace is given?"; "If a port is
//! closed, open it in the firewall." → "what should you do if a port is
//! closed?"; and the time or agent of a passive: "Defaults are evaluated
//! once, when the function is defined." → "when are defaults evaluated?".

use super::facts::Fact;
use super::text::{first_word, Lexicon};

/// Fewest words in a condition, and in what follows from it.
const MIN_CONDITION_WORDS: usize = 2;
const MIN_RESULT_WORDS: usize = 3;

/// Most words in a condition, and in what follows from it.
const MAX_CONDITION_WORDS: usize = 14;
const MAX_RESULT_WORDS: usize = 16;

/// First words that make a passive's subject a clause, not a noun phrase
/// (as "that" or "which" anywhere in it does), or a paragraph a statement,
/// not what its heading means.
pub(super) const CLAUSE_WORDS: &[&str] = &[
    "when", "if", "before", "after", "once", "because", "while", "as", "until", "unless", "since",
    "although", "though", "whereas",
];

/// Words a condition a card can stand on has not: it would not say what
/// "it" is.
const VAGUE_WORDS: &[&str] = &["it", "this", "that", "these", "those", "they", "them", "so"];

/// Most words in a condition that follows what it is the condition of.
const MAX_TRAILING_CONDITION_WORDS: usize = 20;

/// "A firm exits a market if its revenue is less than its cost" → "when
/// does a firm exit a market?" → "If its revenue is less than its cost".
pub fn condition_after(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = clause.trim().trim_end_matches(['.', '!', ';']);
    let at = c.to_ascii_lowercase().find(" if ")?;
    let (head, condition) = (&c[..at], c[at + 1..].trim());
    let n = condition.split_whitespace().count();
    // "to see if …" asks whether; "even if" concedes; "as if" compares;
    // "if so", "if needed" set no condition to learn
    const WHETHER: &[&str] = &[
        "see",
        "check",
        "checks",
        "know",
        "ask",
        "asks",
        "determine",
        "determines",
        "test",
        "tests",
        "decide",
        "tell",
        "verify",
        "even",
        "only",
        "as",
    ];
    let before = head
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_lowercase();
    let pointing = condition
        .split_whitespace()
        .any(|w| ["this", "these", "those"].contains(&w.to_lowercase().as_str()));
    if !(4..=MAX_TRAILING_CONDITION_WORDS).contains(&n)
        || WHETHER.contains(&before.as_str())
        || pointing
        || head.contains([',', '–', '—', ':'])
        || head.contains(" - ")
        || [" that ", " which ", " who "]
            .iter()
            .any(|w| head.contains(w))
        || condition.contains([',', '(', '"'])
        || head.split_whitespace().count() < 3
    {
        return None;
    }
    let (aux, subject, rest) = super::means::inverted(head, lex, false)?;
    (!rest.trim().is_empty())
        .then(|| Fact::asked(format!("when {aux} {subject} {rest}?"), condition))
}

/// The fact a conditional clause states, if it is one.
pub fn conditional(clause: &str) -> Option<Fact> {
    let c = clause.trim().trim_end_matches(['.', '!', ';']);
    let (word, rest) = c.split_once(' ')?;
    let opener = match word {
        "If" => "if",
        "When" | "Whenever" => "when",
        // "After a task ends, the queue is drained": what follows it.
        "After" => "after",
        "Once" => "once",
        "Before" => "before",
        _ => return None,
    };
    let (condition, result) = rest.split_once(", ").or_else(|| pronoun_split(rest))?;
    let result = result.strip_prefix("then ").unwrap_or(result).trim();
    let condition = condition.trim();
    let enough = condition.split_whitespace().count() >= MIN_CONDITION_WORDS
        && result.split_whitespace().count() >= MIN_RESULT_WORDS;
    // "If you can touch it, …": a condition that points elsewhere.
    let vague = condition
        .split_whitespace()
        .any(|w| VAGUE_WORDS.contains(&w.to_lowercase().as_str()));
    let short = condition.split_whitespace().count() <= MAX_CONDITION_WORDS
        && result.split_whitespace().count() <= MAX_RESULT_WORDS;
    // "if is set to zero": a condition whose subject the notes left out
    let subjectless = super::verbs::BE_HAVE.contains(&first_word(condition).as_str());
    // "If we went the other way, we do the same steps": what the writer
    // does next, no fact
    let ours = ["we", "i"].contains(&first_word(result).as_str());
    // "If in doubt, …, and …": one condition and one result only.
    if !enough
        || !short
        || vague
        || subjectless
        || ours
        || result.contains(", ")
        || condition.contains(['(', '"'])
    {
        return None;
    }
    let instruction = super::verbs::ACTION_VERBS.contains(&first_word(result).as_str())
        && result.starts_with(char::is_lowercase);
    let question = if instruction {
        format!("what should you do {opener} {condition}?")
    } else {
        format!("what happens {opener} {condition}?")
    };
    Some(Fact::asked(question, result))
}

/// "When clay dries too fast it cracks": no comma, the result opened by
/// a pronoun that takes up the condition's subject.
fn pronoun_split(rest: &str) -> Option<(&str, &str)> {
    [" it ", " they "]
        .iter()
        .filter_map(|p| rest.find(p))
        .min()
        .map(|at| (&rest[..at], &rest[at + 1..]))
}

/// Words that start the time of a passive ("evaluated once, when …").
const TIME_WORDS: &[&str] = &[
    "once", "only", "when", "whenever", "before", "after", "during", "every", "each", "until",
];

/// One word after a passive that says how long ("kept indefinitely").
const LASTING: &[&str] = &["indefinitely", "forever", "permanently", "temporarily"];

/// Participles whose "in …" is no place ("written in Rust", "measured in
/// grams").
const NOT_PLACES: &[&str] = &[
    "written",
    "measured",
    "expressed",
    "given",
    "priced",
    "billed",
    "defined",
    "described",
    "explained",
    "included",
    "involved",
    "interested",
    "implemented",
    "coded",
    "charged",
    "counted",
    "shown",
    "listed",
    "specified",
    "set",
];

/// Words that make "in …" a manner, not a place.
const MANNERS: &[&str] = &["fashion", "order", "way", "manner", "form", "sequence"];

/// Participles that with "as" say what a thing is taken for ("is regarded
/// as the first firing"), not how it is done.
const TAKEN_AS: &[&str] = &[
    "regarded",
    "considered",
    "seen",
    "viewed",
    "identified",
    "described",
    "defined",
    "classified",
    "classed",
    "treated",
    "recognised",
    "recognized",
];

/// Words after a passive that say how it is done.
const HOW_WORDS: &[&str] = &["as", "into", "across", "via", "using", "through"];

/// "Default arguments are evaluated once, when …" → "when are default
/// arguments evaluated?"; "The object is freed by the collector" → "what
/// is the object freed by?"; "The rest is sent as a batch" → "how is the
/// rest sent?".
pub fn passive(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = clause.trim().trim_end_matches(['.', '!', ';']);
    let words: Vec<&str> = c.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| ["is", "are", "was", "were"].contains(&w.to_lowercase().as_str()))?;
    let (subject, rest) = (&words[..at], &words[at + 1..]);
    // "are generally provided by": the adverb stays with its verb.
    let (adverb, rest) = match rest.split_first() {
        Some((a, r)) if a.len() > 4 && a.ends_with("ly") => (format!("{} ", a.to_lowercase()), r),
        _ => (String::new(), rest),
    };
    let (participle, after) = rest.split_first()?;
    let plain_subject = plain_subject(subject);
    let participle_ok = super::verbs::participle(participle);
    let lead = after
        .first()
        .map(|w| w.trim_end_matches(',').to_lowercase());
    // "Logs are kept indefinitely": how long, in one word
    let lasting = after.len() == 1 && LASTING.contains(&lead.as_deref().unwrap_or(""));
    if !plain_subject || !participle_ok || after.len() > MAX_RESULT_WORDS {
        return None;
    }
    if after.len() < 2 && !lasting {
        return None;
    }
    let be = words[at].to_lowercase();
    let past = ["was", "were"].contains(&be.as_str());
    if past && !past_asked(subject, &adverb, participle, lead.as_deref()) {
        return None;
    }
    let subject = super::text::lower_article(&lex.lc_first(&subject.join(" ")));
    let asked = format!("{be} {subject} {adverb}{participle}");
    let lead = lead.unwrap_or_default();
    // "Logs are disabled by default — …": no agent, a default to ask of
    let default = lead == "by" && after.get(1).is_some_and(|w| w.starts_with("default"));
    let (question, answer) = match lead.as_str() {
        _ if default => {
            let rest = after[2..].join(" ");
            let rest = rest.trim_start_matches([',', ';', '—', '-', ' ']);
            let answer = match rest.is_empty() {
                true => "Yes".to_string(),
                false => format!("Yes — {rest}"),
            };
            (format!("{asked} by default?"), answer)
        }
        "by" => (format!("what {asked} by?"), after[1..].join(" ")),
        w if TIME_WORDS.contains(&w) => (format!("when {asked}?"), after.join(" ")),
        // "is scheduled as a microtask", "is written identically to all
        // disks", "is split into blocks": how it is done.
        w if LASTING.contains(&w) || w == "for" && after[1].starts_with(char::is_numeric) => {
            (format!("how long {asked}?"), after.join(" "))
        }
        // "released into the blood": what into, not how
        "into" if moved_into(participle) => (format!("what {asked} into?"), after[1..].join(" ")),
        // "is regarded as the first firing": what it is taken for
        "as" if TAKEN_AS.contains(participle) => {
            (format!("what {asked} as?"), after[1..].join(" "))
        }
        w if HOW_WORDS.contains(&w) || super::verbs::is_adverb(w) => {
            (format!("how {asked}?"), after.join(" "))
        }
        _ => placed(&asked, participle, after)?,
    };
    // "… the blood and are carried to the organs": a second verb
    let answer = match answer.find(" and ") {
        Some(at) if AUXILIARY.contains(&first_word(&answer[at + 5..]).as_str()) => &answer[..at],
        _ => answer.as_str(),
    };
    // "… or an ARN, and contain a filter"
    let answer = super::any_verb::one_statement(answer);
    Some(Fact::asked(question, answer.trim_end_matches(',')))
}

/// "Raku was developed by Chojiro in Kyoto" → "who developed raku?" →
/// "Chojiro": a deed in the past done by the person the passive names
/// (one to four capitalised words after "by"); what follows the name is
/// the card's explanation.
pub fn by_person(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = clause.trim().trim_end_matches(['.', '!', ';']);
    let words: Vec<&str> = c.split_whitespace().collect();
    let at = words.iter().position(|w| ["was", "were"].contains(w))?;
    let (subject, rest) = (&words[..at], &words[at + 1..]);
    let adverb =
        |w: &&&str| w.len() > 4 && w.ends_with("ly") || ["first", "originally"].contains(w);
    let adverbs = rest.iter().take_while(adverb).count();
    let (participle, after) = rest[adverbs..].split_first()?;
    // "developed primarily by"
    let late = after.iter().take_while(adverb).count();
    let (late, after) = after.split_at(late);
    let past = match *participle {
        "written" => "wrote",
        "drawn" => "drew",
        "made" | "built" | "found" => participle,
        p if p.len() > 4 && p.ends_with("ed") && p.chars().all(|c| c.is_ascii_lowercase()) => p,
        _ => return None,
    };
    let agent: Vec<&str> = match after.split_first() {
        Some((&"by", names)) => names
            .iter()
            .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
            .copied()
            .collect(),
        _ => return None,
    };
    // "by Ada Leach and her brother": the answer is both
    let with_others = after.get(agent.len() + 1) == Some(&"and")
        && after.get(agent.len() + 2).is_some_and(|w| {
            let w = w.to_lowercase();
            ["his", "her", "their", "the", "a", "an", "other"].contains(&w.as_str())
        });
    let possessive = ["their", "his", "her", "its", "our"].contains(
        &subject
            .first()
            .map(|w| w.to_lowercase())
            .unwrap_or_default()
            .as_str(),
    );
    let named = (1..=4).contains(&agent.len())
        && agent.iter().all(|w| {
            w.trim_end_matches(',')
                .chars()
                .all(|c| c.is_alphabetic() || ".-'’".contains(c))
        });
    if !plain_subject(subject) || !named || with_others || possessive {
        return None;
    }
    let adverb: Vec<&str> = rest[..adverbs].iter().chain(late).copied().collect();
    let subject = super::text::lower_article(&lex.lc_first(&subject.join(" ")));
    let lead = match adverb.is_empty() {
        true => String::new(),
        false => format!("{} ", adverb.join(" ")),
    };
    let question = format!("who {lead}{past} {subject}?");
    let mut fact = Fact::asked(question, agent.join(" ").trim_end_matches(','));
    let more = after.len() > agent.len() + 1;
    fact.explanation = more.then(|| format!("{c}."));
    Some(fact)
}

/// Whether the words before "is"/"are" can be a passive's subject: a
/// short phrase of plain words, not the notes themselves, an adverb or
/// the start of a clause.
fn plain_subject(subject: &[&str]) -> bool {
    let first = subject
        .first()
        .map(|w| w.to_lowercase())
        .unwrap_or_default();
    // "These notes are grouped by …" is about the notes, not a fact.
    const ABOUT: &[&str] = &[
        "notes", "note", "guide", "document", "section", "page", "rather",
    ];
    (1..=5).contains(&subject.len())
        && subject.iter().all(|w| {
            // "Stacking - major ranges": a dash alone joins a term to its meaning
            // ("Germany's navy")
            (w.chars().all(|c| c.is_alphanumeric() || c == '-')
                || super::text::possessive(w)
                    && w.chars().filter(|c| !c.is_alphanumeric()).count() == 1)
                && w.chars().any(char::is_alphanumeric)
                && !ABOUT.contains(&w.to_lowercase().as_str())
        })
        && !VAGUE_WORDS.contains(&first.as_str())
        // "Also is found in blood": an adverb, the subject left out
        && !(subject.len() == 1
            && (super::verbs::is_adverb(&first) || ["then", "sometimes"].contains(&first.as_str())))
        // "By default all jobs …", "usually price changes …": no subject
        && !subject.iter().any(|w| w.len() > 4 && w.ends_with("ly"))
        && !super::vocab::FRAGMENT_STARTS.contains(&first.as_str())
        && !["there", "here", "what", "which", "who"].contains(&first.as_str())
        // "Summarizes what is contained": a clause, its verb first
        && !subject.iter().any(|w| ["what", "which", "who"].contains(&w.to_lowercase().as_str()))
        // "before a response is …", "pieces that are …": a clause
        && !CLAUSE_WORDS.contains(&first.as_str())
        && !subject.iter().any(|w| ["that", "which", "who"].contains(&w.to_lowercase().as_str()))
        // "At that time it was considered …": the subject is "it", after
        // an opening phrase
        && !subject[1..].iter().any(|w| ["it", "they"].contains(&w.to_lowercase().as_str()))
}

/// Verbs that open a second clause after "and".
const AUXILIARY: &[&str] = &["is", "are", "was", "were", "can", "will", "may"];

/// "released", "secreted", "pumped": a participle that moves what it
/// names somewhere ("into the blood"), where "split into blocks" says how.
fn moved_into(participle: &str) -> bool {
    const MOVED: &[&str] = &[
        "released", "secreted", "pumped", "injected", "poured", "moved", "loaded", "inserted",
        "put", "placed", "sent", "absorbed", "taken", "carried", "drawn", "fed", "written",
    ];
    MOVED.contains(&participle.to_lowercase().as_str())
}

/// "in a file": a place of no particular kind.
fn vague_place(after: &[&str]) -> bool {
    after.len() == 3 && ["a", "an"].contains(&after[1])
}

/// "are stored in the studio book" → "where …?", "are made of silicon
/// carbide" → "what … of?", "is based on the chart" → "what … based
/// on?": the question and the answer, up to a comma.
fn placed(asked: &str, participle: &str, after: &[&str]) -> Option<(String, String)> {
    let lead = after.first()?.to_lowercase();
    let participle = participle.to_lowercase();
    // "in ascending order" is no place, nor "in a file" a particular one
    let place = ["in", "on", "at", "inside", "within"].contains(&lead.as_str())
        && !NOT_PLACES.contains(&participle.as_str())
        && !after.iter().any(|w| MANNERS.contains(w))
        && !vague_place(after);
    let (question, answer) = if lead == "on" && participle == "based" {
        (format!("what {asked} on?"), after[1..].join(" "))
    } else if place {
        (format!("where {asked}?"), after.join(" "))
    } else if ["of", "from"].contains(&lead.as_str()) && !after.contains(&"to")
        // "optimised for large data sets", "attached to one VPC" (not
        // "designed to scale", a purpose)
        || ["for", "with"].contains(&lead.as_str())
        || lead == "to" && names_a_thing(&after[1..])
        // "limited to cone 6", "given to the guild": to whom or how far
        || lead == "to" && TO_WHAT.contains(&participle.as_str())
    {
        // ("pushed from sender to server" is a route, asked as neither)
        (format!("what {asked} {lead}?"), after[1..].join(" "))
    } else {
        return None;
    };
    // "from the standby, will not stop …": the answer ends at a comma
    let answer = answer.split(", ").next().unwrap_or(&answer);
    // "exiled to Geneva where he preached": the place, not what it saw
    let answer = [" where ", " which ", " who "]
        .iter()
        .fold(answer, |a, w| a.split(w).next().unwrap_or(a));
    Some((question, answer.to_string()))
}

/// Whether a passive in the past is asked: only what a thing was
/// brought to or taken as. "Raku was developed by Chojiro" is a deed,
/// asked of its doer; "in" or "on" after it as often says when as where;
/// "Its army was limited to …" does not say whose (a story's sentence
/// before does).
fn past_asked(subject: &[&str], adverb: &str, participle: &str, lead: Option<&str>) -> bool {
    let to_or_as = match lead {
        Some("to") => true,
        Some("as") => TAKEN_AS.contains(&participle),
        _ => false,
    };
    let pointing = subject
        .first()
        .is_some_and(|w| ["its", "their", "his", "her"].contains(&w.to_lowercase().as_str()));
    to_or_as && adverb.is_empty() && !pointing
}

/// Participles whose "to" says to what or whom, never for what purpose.
const TO_WHAT: &[&str] = &[
    "limited",
    "reduced",
    "restricted",
    "capped",
    "raised",
    "lowered",
    "increased",
    "decreased",
    "cut",
    "given",
    "restored",
    "returned",
    "transferred",
    "ceded",
    "handed",
    "granted",
    "awarded",
    "sold",
    "lent",
    "applied",
    "attached",
    "connected",
    "linked",
    "added",
    "converted",
    "exposed",
    "subjected",
    "assigned",
    "confined",
];

/// Whether the words after "to" start a noun phrase ("to one VPC", "to
/// the server", "to S3", "to only six shelves"), not a verb ("to scale",
/// "to only allow").
fn names_a_thing(words: &[&str]) -> bool {
    const DETERMINERS: &[&str] = &[
        "a", "an", "the", "one", "each", "every", "all", "its", "their",
    ];
    const BEFORE_A_COUNT: &[&str] = &["only", "just", "about", "around", "under", "over"];
    let thing = |w: &str| {
        let lower = w.to_lowercase();
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || DETERMINERS.contains(&lower.as_str())
            || super::counted::NUMBER_WORDS.contains(&lower.as_str())
    };
    match words {
        [w, next, ..] if BEFORE_A_COUNT.contains(&w.to_lowercase().as_str()) => thing(next),
        [w, ..] => thing(w),
        [] => false,
    }
}

/// "SQS doesn't provide a priority mechanism, so …" → "what does SQS not
/// provide?" → "A priority mechanism": `subject` and `verb` around the
/// "doesn't" or "don't", and the words after the verb.
pub fn negated(subject: &[&str], verb: &str, after: &[&str], lex: &Lexicon) -> Option<Fact> {
    let last = subject.last().map(|w| w.to_lowercase()).unwrap_or_default();
    let plural = subject.len() <= 3 && super::text::looks_plural(&last);
    let does = if plural { "do" } else { "does" };
    let base = super::facts::base_form(&verb.to_lowercase());
    let subject = super::text::lower_article(&lex.lc_phrase(&subject.join(" ")));
    let object = after.join(" ");
    let object = object.split(", so ").next().unwrap_or(&object);
    // "does not compile on unused imports": no object, a circumstance.
    const PREPOSITIONS: &[&str] = &[
        "on", "in", "at", "to", "from", "by", "with", "for", "if", "when",
    ];
    if PREPOSITIONS.contains(&super::text::first_word(object).as_str()) {
        return None;
    }
    Some(Fact::asked(
        format!("what {does} {subject} not {base}?"),
        object,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn qa(s: &str) -> Option<(String, String)> {
        conditional(s).map(|f| (f.question, f.answer))
    }

    fn after(s: &str) -> Option<(String, String)> {
        let lex = Lexicon::new(s, crate::source::parties::Parties::default());
        condition_after(s, &lex).map(|f| (f.question, f.answer))
    }

    #[test]
    fn a_condition_after_what_it_conditions_asks_when() {
        assert_eq!(
            after("A potter closes the kiln if the cone bends past its mark."),
            Some((
                "when does a potter close the kiln?".into(),
                "If the cone bends past its mark".into()
            ))
        );
        // "if" as "whether", a concession, a condition that points away
        assert_eq!(
            after("The guild checks each pot to see if the glaze has run."),
            None
        );
        assert_eq!(
            after("The kiln stays shut even if the power fails at night."),
            None
        );
        assert_eq!(
            after("The kiln cools slowly if you follow this schedule exactly."),
            None
        );
    }

    #[test]
    fn conditions_become_what_happens_questions() {
        assert_eq!(
            qa("If no namespace is given, the default namespace is used."),
            Some((
                "what happens if no namespace is given?".into(),
                "The default namespace is used".into()
            ))
        );
        assert_eq!(
            qa("When a pod dies, then the replica set starts another."),
            Some((
                "what happens when a pod dies?".into(),
                "The replica set starts another".into()
            ))
        );
        assert_eq!(
            qa("If a port is closed, open it in the firewall."),
            Some((
                "what should you do if a port is closed?".into(),
                "Open it in the firewall".into()
            ))
        );
        assert_eq!(qa("If it fails, the job stops at once."), None);
        assert_eq!(qa("If you can touch it, you own it."), None);
        assert_eq!(qa("If needed, retry."), None);
        assert_eq!(qa("If a, b, c and d hold, the set is closed."), None);
        assert_eq!(qa("Pods run containers."), None);
    }

    #[test]
    fn passives_give_their_time_or_agent() {
        let lex = Lexicon::new("", crate::source::parties::Parties::default());
        let qa = |s: &str| passive(s, &lex).map(|f| (f.question, f.answer));
        // a term and its meaning joined by a dash are no subject
        assert_eq!(
            qa("Raku - pots are pulled from the kiln while glowing."),
            None
        );
        // in the past: what a thing was brought to, whoever's it was
        assert_eq!(
            qa("The guild's kilns were limited to only six firings a year."),
            Some((
                "what were the guild's kilns limited to?".into(),
                "Only six firings a year".into()
            ))
        );
        assert_eq!(
            qa("The master potter was exiled to Arita where he built a kiln."),
            Some((
                "what was the master potter exiled to?".into(),
                "Arita".into()
            ))
        );
        // a deed, its time or place, or whose it was: not asked so
        for s in [
            "Raku was developed by Chojiro.",
            "The kiln was built in one day.",
            "Its chimney was limited to ten metres.",
            "The kiln was designed to cool slowly.",
        ] {
            assert_eq!(qa(s), None, "{s}");
        }
        assert_eq!(
            qa("Glazes are poured into the bucket and are stirred daily."),
            Some(("what are glazes poured into?".into(), "The bucket".into()))
        );
        // an adverb where the subject was left out
        assert_eq!(qa("Also is found in every glaze bucket."), None);
        assert_eq!(
            qa("Default arguments are evaluated once, when the function is defined."),
            Some((
                "when are default arguments evaluated?".into(),
                "Once, when the function is defined".into()
            ))
        );
        assert_eq!(
            qa("Kiln logs are disabled by default — turn them on per firing."),
            Some((
                "are kiln logs disabled by default?".into(),
                "Yes — turn them on per firing".into()
            ))
        );
        assert_eq!(
            qa("The object is freed by the garbage collector."),
            Some((
                "what is the object freed by?".into(),
                "The garbage collector".into()
            ))
        );
        assert_eq!(qa("It is freed by the collector."), None);
        assert_eq!(qa("Lists are mutable, so they change."), None);
        assert_eq!(qa("The table is stored in a file."), None);
        assert_eq!(
            qa("The kiln shelf is rated for cone 10 firings."),
            Some((
                "what is the kiln shelf rated for?".into(),
                "Cone 10 firings".into()
            ))
        );
        assert_eq!(
            qa("Each glaze batch is limited to 5 litres."),
            Some((
                "what is each glaze batch limited to?".into(),
                "5 litres".into()
            ))
        );
        // "designed to" says a purpose, no thing
        assert_eq!(qa("The kiln is designed to cool slowly."), None);
    }
}
