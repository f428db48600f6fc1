//! How, why, when and where, stated in prose: the means a clause names
//! ("Modes are worked out by adding …" → "how are modes worked out?"),
//! the reason it gives ("Paging can become slow, since …" → "why can
//! paging become slow?"), its purpose ("… declared war to protect
//! Austria" → "why did …?"), its time or place ("An oxbow lake forms
//! when …", "Earthquakes occur along fault lines"). All ask the clause's
//! own subject, so it must name something.

use super::facts::{base_form, Fact};
use super::statements::{DETERMINERS, NOT_IN_SUBJECT, POINTING};
use super::text::{first_word, strip_markers, Lexicon};
use super::verbs::{is_adverb, participle};

/// Longest subject (in words) a question can name.
const MAX_SUBJECT_WORDS: usize = 6;
/// Fewest and most words in an answer.
const MIN_ANSWER_WORDS: usize = 3;
const MAX_ANSWER_WORDS: usize = 20;

/// Words that put a question's subject before its verb.
const AUXILIARIES: &[&str] = &[
    "is", "are", "can", "may", "must", "should", "will", "could", "cannot",
];

/// Words that open a reason.
const REASONS: &[&str] = &[", since ", ", because ", " because "];

/// Words that open the time or the place of what a clause says, and the
/// question each asks.
const CIRCUMSTANCES: &[(&str, &str)] = &[
    (" when ", "when"),
    (" whenever ", "when"),
    (" where ", "where"),
    (" wherever ", "where"),
];

/// Words after the verb that leave a noun for "when" or "where" to belong
/// to ("form in areas where …"), or open a clause of their own.
const NOUN_LEADS: &[&str] = &[
    "in", "on", "at", "during", "to", "from", "of", "into", "for", "with", "a", "an", "the", "any",
    "one", "and", "or", "only", "even", "just", "that", "which",
];

/// "Modes are worked out by adding the digits" → "how are modes worked
/// out?" → "By adding the digits"; "You can undo a commit by resetting
/// the branch" → "how can you undo a commit?".
pub fn means(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = without_lead_in(clause);
    let at = c.match_indices(" by ").map(|(at, _)| at).find(|&at| {
        let mut after = c[at + 4..].split_whitespace();
        let next = after.find(|w| !is_adverb(w)).unwrap_or("");
        next.len() > 5 && next.ends_with("ing") && !next.ends_with("thing")
    })?;
    // "… in a file or by choosing an option": one of two ways, which the
    // question would cut in half
    if [" or", " and"].iter().any(|w| c[..at].ends_with(w)) {
        return None;
    }
    let (aux, subject, rest) = inverted(&c[..at], lex, true)?;
    // "A daemon launched by forking … must …": a past form before "by"
    // describes the subject; the clause's verb comes later.
    if aux == "did" {
        return None;
    }
    // "is a tool by …": a passive or a modal verb, not a name.
    let verb = rest
        .split_whitespace()
        .find(|w| !is_adverb(w))
        .unwrap_or("");
    if ["is", "are"].contains(&aux.as_str()) && !participle(verb) {
        return None;
    }
    answer(format!("how {aux} {subject} {rest}?"), &c[at + 1..])
}

/// "Paging can become slow, since every access takes two" → "why can
/// paging become slow?" → "Every access takes two".
pub fn reason(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = without_lead_in(clause);
    let lower = c.to_ascii_lowercase();
    let (at, len) = REASONS
        .iter()
        .filter_map(|r| lower.find(r).map(|at| (at, r.len())))
        .min()?;
    let because = &c[at + len..];
    // "because of that": a cause with no clause of its own.
    if first_word(because) == "of" {
        return None;
    }
    let (aux, subject, rest) = inverted(&c[..at], lex, false)?;
    answer(format!("why {aux} {subject} {rest}?"), because)
}

/// "An oxbow lake forms when a meander's neck is cut through" → "when
/// does an oxbow lake form?" → "When a meander's neck is cut through";
/// "Waterfalls form where hard rock lies over soft" → "where do
/// waterfalls form?". Only when nothing after the verb could be the noun
/// the time or place belongs to ("a stage when …").
pub fn circumstance(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = without_lead_in(clause);
    let lower = c.to_ascii_lowercase();
    // "when it comes to numbering" says what about, not when
    if lower.contains(" when it comes to ") {
        return None;
    }
    let (at, len, wh) = CIRCUMSTANCES
        .iter()
        .filter_map(|(w, q)| lower.find(w).map(|at| (at, w.len(), *q)))
        .min()?;
    let (aux, subject, rest) = inverted(&c[..at], lex, false)?;
    let mut after_verb = rest.split_whitespace().skip(1);
    let noun_lead = |w: &str| NOUN_LEADS.contains(&w.to_lowercase().as_str());
    // "is high when …", "is eroded where …": after "is" one word, an
    // adjective or a participle, not "is triggering Lambda functions".
    let linked = ["is", "are", "was", "were"].contains(&aux.as_str());
    let state = rest.split_whitespace().count() == 1 && !rest.ends_with("ing");
    // "does git reset command can be …": a second verb in the rest says
    // the subject was cut short.
    let second_verb = rest
        .split_whitespace()
        .any(|w| NOT_IN_SUBJECT.contains(&w.to_lowercase().as_str()));
    if after_verb.any(noun_lead) || linked && !state || second_verb || rest.contains(',') {
        return None;
    }
    // The answer keeps its "when" or "where"; the words after it are
    // what must name something.
    let when = &c[at + 1..];
    answer(format!("{wh} {aux} {subject} {rest}?"), &when[len - 1..])
        .map(|f| Fact::asked(f.question, when))
}

/// Verbs that say where or when a thing is or happens, and the words
/// that go with them ("take place").
const PLACE_VERBS: &[&str] = &[
    "occur",
    "happen",
    "take place",
    "live",
    "lie",
    "form",
    "grow",
    "exist",
    "begin",
    "start",
    "end",
    "develop",
    "arise",
    "sit",
    "collect",
    "originate",
    "breed",
    "settle",
];

/// Prepositions that open the place or the time.
pub(super) const PLACES: &[&str] = &[
    "in",
    "at",
    "on",
    "along",
    "beneath",
    "below",
    "under",
    "inside",
    "within",
    "near",
    "around",
    "between",
    "across",
    "through",
    "throughout",
];

/// Words after the preposition, besides the months, that make it a time
/// ("in spring").
const SEASONS: &[&str] = &["spring", "summer", "autumn", "winter", "the year"];

/// Fewest and most words in a place or a time.
const MIN_PLACE_WORDS: usize = 2;
const MAX_PLACE_WORDS: usize = 12;

/// "Earthquakes occur along fault lines" → "where do earthquakes
/// occur?"; "The light reactions take place in the thylakoids" → "where
/// do the light reactions take place?"; a date makes it "when".
pub fn place(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = without_lead_in(clause);
    let words: Vec<&str> = c.split_whitespace().collect();
    let (at, verb) = (1..words.len().min(MAX_SUBJECT_WORDS + 1)).find_map(|k| {
        super::statements::verb_of(&words[k..], PLACE_VERBS).map(|(_, _, len)| (k, len))
    })?;
    let prep = words.get(at + verb)?.to_lowercase();
    let said = &words[at + verb..];
    // "Slow cooling lets crystals grow in …": the place is of the thing
    // made to act, not of the subject
    if words[1..at].iter().any(|w| super::verbs::makes_act(w)) {
        return None;
    }
    // "grows in size", "rose in number": how much, not where
    const MEASURES: &[&str] = &[
        "size",
        "number",
        "numbers",
        "length",
        "value",
        "strength",
        "height",
        "weight",
        "mass",
        "volume",
        "width",
        "depth",
        "intensity",
        "popularity",
        "importance",
        "frequency",
    ];
    let measure = said
        .get(1)
        .map(|w| w.trim_end_matches([',', '.']).to_lowercase());
    if !PLACES.contains(&prep.as_str())
        || measure.is_some_and(|m| MEASURES.contains(&m.as_str()))
        || !(MIN_PLACE_WORDS..=MAX_PLACE_WORDS).contains(&said.len())
        || POINTING.contains(&said[1].to_lowercase().as_str())
        || said
            .iter()
            .zip(said.iter().skip(1))
            // "at the connection level, not at …": a contrast, kept whole
            .any(|(w, next)| w.ends_with(',') && *next != "not")
        || said.last().is_some_and(|w| w.ends_with(','))
    {
        return None;
    }
    let (aux, subject, rest) = inverted(&words[..=at].join(" "), lex, false)?;
    let joined = words[at + 1..at + verb].join(" ");
    let rest = format!("{rest} {joined}");
    let after = said[1..].join(" ").to_lowercase();
    let time = after.starts_with(|c: char| c.is_ascii_digit())
        || SEASONS
            .iter()
            .chain(super::vocab::MONTHS)
            .any(|t| after.starts_with(t));
    // "The war ended in stalemate": how it ended, not where
    let outcome = prep == "in" && ["end", "finish"].contains(&past_or_base(words[at]).as_str());
    let wh = match (outcome, time) {
        (true, _) => "how",
        (_, true) => "when",
        _ => "where",
    };
    Some(Fact::asked(
        format!("{wh} {aux} {subject} {}?", rest.trim_end()),
        &said.join(" "),
    ))
}

/// The base form of a verb in the past or in the third person.
fn past_or_base(w: &str) -> String {
    super::past::past_base(w).unwrap_or_else(|| base_form(w))
}

/// Words before "to" that make it no purpose ("used to", "able to",
/// "due to").
const NOT_PURPOSE: &[&str] = &[
    "on",
    "used",
    "able",
    "unable",
    "going",
    "due",
    "have",
    "has",
    "had",
    "need",
    "needs",
    "needed",
    "want",
    "wants",
    "tend",
    "tends",
    "try",
    "tries",
    "tried",
    "likely",
    "according",
    "close",
    "next",
    "up",
    "similar",
    "equal",
    "prior",
    "relative",
    "thanks",
    "ought",
    "seem",
    "seems",
    "seemed",
    "appear",
    "appears",
    "appeared",
    "attempted",
    "decided",
    "began",
    "begin",
    "begins",
    "started",
    "continued",
    "allowed",
    "required",
    "expected",
    "supposed",
    "set",
];

/// Words that, after "to" and a verb, show it is one ("to defend its ally").
const OBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "it", "them", "all", "more",
];

/// "Germany declared war on Russia to protect Austria" → "why did
/// Germany declare war on Russia?" → "To protect Austria"; "Kiln wash is
/// applied to protect the shelves" → "why is kiln wash applied?".
pub fn purpose(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = without_lead_in(clause);
    let words: Vec<&str> = c.split_whitespace().collect();
    // "ask servers how to route": what is asked, not a purpose
    let wh = |k: usize| {
        ["how", "what", "where", "when", "which", "whether", "who"]
            .contains(&words[k - 1].to_lowercase().as_str())
    };
    let at = (2..words.len().saturating_sub(1))
        .find(|&k| words[k] == "to" && !wh(k) && purpose_verb(&words[k + 1..]))?;
    let head_end = match &words[..at] {
        [.., "in", "order"] => at - 2,
        _ => at,
    };
    // "In order to glaze …" opens the clause: no subject before it
    if head_end < 2 || NOT_PURPOSE.contains(&words[head_end - 1].to_lowercase().as_str()) {
        return None;
    }
    // a verb of the lists, or in the past, not one told by its place
    // alone ("IAM policies to regulate …" has none)
    // ("A kiln sacrifices speed …": after an article, a verb by its form)
    let article = ["a", "an", "the"].contains(&words[0].to_lowercase().as_str());
    let verb_known = words[1..head_end].iter().any(|w| {
        AUXILIARIES.contains(&w.to_lowercase().as_str())
            || action_verb(w)
            || super::past::past_base(w).is_some()
            || article && super::verbs::looks_third_person(w)
    });
    if !names_a_subject(&words[..head_end]) || !verb_known {
        return None;
    }
    let (aux, subject, rest) = inverted(&words[..head_end].join(" "), lex, false)?;
    // A subject opened by an article or a name, or a plural before its
    // verb ("Germany declared …", "Farmers dug …"), not an instruction
    // ("Implement security controls to …").
    let verb_at = head_end - rest.split_whitespace().count();
    let det = DETERMINERS.contains(&words[0].to_lowercase().as_str());
    let plural = super::text::looks_plural(&words[verb_at - 1].to_lowercase())
        && !super::verbs::looks_third_person(words[verb_at]);
    let auxiliary = AUXILIARIES.contains(&aux.as_str());
    // "then it issues …": a subject that points elsewhere ("their coins",
    // after the verb, is no subject); "The cell needs specialized
    // receptors to …": a verb ("needs") inside the subject, so
    // "specialized" is no verb
    let in_subject = |list: &[&str]| {
        words[..verb_at]
            .iter()
            .any(|w| list.contains(&w.to_lowercase().as_str()))
    };
    let pointing = in_subject(POINTING);
    let needs = in_subject(NOT_PURPOSE);
    if !det && !lex.is_name(words[0]) && !plural && !auxiliary || pointing || needs {
        return None;
    }
    let rest_words: Vec<&str> = rest.split_whitespace().collect();
    let linked = ["is", "are", "was", "were"].contains(&aux.as_str());
    let done = linked && rest_words.len() == 1 && participle(rest_words[0]);
    let whole = (1..=MAX_PURPOSE_HEAD_WORDS).contains(&rest_words.len())
        && !linked
        && !rest_words
            .iter()
            .any(|w| NOT_IN_SUBJECT.contains(&w.to_lowercase().as_str()) || *w == "and");
    if !(done || whole) || rest.contains(',') {
        return None;
    }
    // "She convinced Macbeth to kill the king", "Apprentices are forced
    // to sweep": what they are made to do, no reason
    let verb = past_or_base(&rest_words[0].to_lowercase());
    // "prefers to receive dollars": what it prefers to do, no reason
    let wants = rest_words.len() == 1 && super::verbs::WANTING.contains(&verb.as_str());
    let made = (done || rest_words.len() >= 2) && super::verbs::PERSUADING.contains(&verb.as_str());
    if wants || made {
        let done = purpose_said(&words[at + 1..]);
        return answer(format!("what {aux} {subject} {rest} to do?"), &done);
    }
    answer(
        format!("why {aux} {subject} {rest}?"),
        &purpose_said(&words[at..]),
    )
}

/// The purpose from its "to" up to where a second verb ("… and can't be
/// …"), a "which" or a comma starts.
fn purpose_said(words: &[&str]) -> String {
    let end = (1..words.len())
        .find(|&k| {
            let verb = NOT_IN_SUBJECT.contains(&words[k].to_lowercase().as_str())
                || words[k].ends_with("n't")
                || words[k].ends_with("n’t");
            words[k - 1] == "and" && verb
                || words[k] == "which"
                || words[k - 1].ends_with([',', ';'])
        })
        .map_or(
            words.len(),
            |k| if words[k - 1] == "and" { k - 1 } else { k },
        );
    words[..end]
        .join(" ")
        .trim_end_matches([',', ';'])
        .to_string()
}

/// Most words from the verb to "to" in a purpose's question.
const MAX_PURPOSE_HEAD_WORDS: usize = 8;

/// Whether the words before the verb can be a subject: not an
/// instruction ("Implement change …") or a phrase of place or time ("in
/// some versions …").
fn names_a_subject(head: &[&str]) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "to", "in", "on", "at", "for", "with", "by", "then", "also", "so", "and", "or", "but",
        "after", "before", "during", "once",
    ];
    let first = head[0].to_lowercase();
    let verb_first = super::verbs::known_verb(&first) || super::past::past_base(&first).is_some();
    !verb_first && !FUNCTION_WORDS.contains(&first.as_str())
}

/// Whether the words after "to" open a verb: a known one, or any word
/// followed by its object ("defend its ally").
fn purpose_verb(after: &[&str]) -> bool {
    let Some(w) = after.first() else {
        return false;
    };
    // "shares it to all its ports": a quantifier opens a place, no verb
    const QUANTIFIERS: &[&str] = &["all", "each", "every", "both", "any", "many", "most", "one"];
    let plain =
        w.chars().all(|c| c.is_ascii_lowercase()) && !w.ends_with('s') && !QUANTIFIERS.contains(w);
    let object = after
        .get(1)
        .map(|n| n.trim_end_matches([',', ';', '.']).to_lowercase())
        .is_some_and(|n| OBJECT_OPENERS.contains(&n.as_str()));
    plain && (super::verbs::known_verb(w) || object)
}

/// The clause without its lead-in ("Remember that …") and end mark.
fn without_lead_in(clause: &str) -> &str {
    strip_markers(clause).trim_end_matches(['.', '!', ';'])
}

/// Whether `words[k]` is a verb in the past tense: not after an article
/// ("the stored value"), nor a participle that describes the noun before
/// the verb ("the amount of a good produced has …").
fn past_verb(words: &[&str], k: usize) -> bool {
    let det = ["the", "a", "an", "this", "that", "its", "their"];
    let finite = ["has", "have", "had", "does", "did", "was", "were", "would"];
    let verb_next = words.get(k + 1).is_some_and(|w| {
        let w = w.to_lowercase();
        AUXILIARIES.contains(&w.as_str()) || finite.contains(&w.as_str())
    });
    super::past::past_base(words[k]).is_some()
        && !det.contains(&words[k - 1].to_lowercase().as_str())
        && !verb_next
}

/// Whether the clause's verb is the word at `k`.
fn verb_at(words: &[&str], k: usize) -> bool {
    let w = words[k].to_lowercase();
    // "The firing range of a glaze is …": a noun before "of"
    let noun = words.get(k + 1).is_some_and(|n| *n == "of");
    AUXILIARIES.contains(&w.as_str())
        || action_verb(words[k]) && !noun
        || past_verb(words, k)
        || plural_and_verb(words, k)
}

/// "Paging can become slow" → ("can", "paging", "become slow"): the
/// clause's auxiliary, its subject as a question names it, and the rest;
/// "Paging needs two reads" → ("does", "paging", "need two reads").
/// `you`: whether the reader may be the subject.
pub(super) fn inverted(head: &str, lex: &Lexicon, you: bool) -> Option<(String, String, String)> {
    let words: Vec<&str> = head.split_whitespace().collect();
    // "Cost push occurs …": a noun that could be a verb, before the verb
    let noun_first = |k: usize| {
        base_form(words[k]) == words[k]
            && words
                .get(k + 1)
                .is_some_and(|n| super::verbs::known_third_person(n) && n.ends_with('s'))
    };
    let at = (1..words.len().min(MAX_SUBJECT_WORDS + 1))
        .find(|&k| verb_at(&words, k) && !noun_first(k))
        .or_else(|| last_verb(&words))
        .or_else(|| article_verb(&words))?;
    let subject = &words[..at];
    let first = subject[0].to_lowercase();
    let reader = subject.len() == 1 && first == "you";
    // "reduces the load by …": a meaning with no subject of its own.
    // "Allows for health checks …", "Helps decide when …": a verb first
    let second = subject.get(1).map(|w| w.to_lowercase()).unwrap_or_default();
    let chain = subject.len() == 1
        && first.ends_with('s')
        && super::verbs::known_verb(&base_form(&first))
        && !AUXILIARIES.contains(&words[at].to_lowercase().as_str())
        && words[at].chars().all(|c| c.is_ascii_lowercase());
    let verb_first = first.ends_with('s')
        && (subject[0].starts_with(char::is_lowercase) && action_verb(subject[0])
            || super::verbs::known_verb(&base_form(&first))
                && [
                    "for", "to", "the", "a", "an", "with", "on", "in", "your", "its",
                ]
                .contains(&second.as_str()));
    let plain = subject.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphanumeric() || ['-', '/', '`', '_', '.'].contains(&c))
    });
    if (reader && !you)
        || verb_first
        || chain
        || !plain
        || (POINTING.contains(&first.as_str()) && !reader)
        || subject.iter().any(|w| is_adverb(w))
        || subject[1..]
            .iter()
            .chain(subject.first().filter(|_| !reader))
            .any(|w| NOT_IN_SUBJECT.contains(&w.to_lowercase().as_str()))
        || words.len() <= at + 1 && AUXILIARIES.contains(&words[at].to_lowercase().as_str())
        || super::plain::leaves_off(&subject.join(" "))
    {
        return None;
    }
    let subject = if reader {
        "you".to_string()
    } else {
        super::text::lower_article(&lex.lc_phrase(&subject.join(" ")))
    };
    let verb = words[at].to_lowercase();
    let rest = words[at + 1..].join(" ");
    if AUXILIARIES.contains(&verb.as_str()) {
        return Some((verb, subject, rest));
    }
    let past = super::past::past_base(words[at]).filter(|_| past_verb(&words, at));
    if let Some(base) = past.filter(|_| !action_verb(words[at])) {
        return Some((
            "did".into(),
            subject,
            format!("{base} {rest}").trim_end().into(),
        ));
    }
    let plural = reader
        || super::text::looks_plural(&first_word(words[at - 1]))
            && !super::verbs::looks_third_person(&verb);
    // "Implement change incrementally": a verb in its base form after one
    // word that is no plural is an instruction, not a subject and verb.
    if !plural && !super::verbs::looks_third_person(&verb) {
        return None;
    }
    let does = if plural { "do" } else { "does" };
    let rest = format!("{} {rest}", base_form(&verb));
    Some((does.into(), subject, rest.trim_end().to_string()))
}

/// "Cells carry drugs …": a known verb in its base form after a plural.
fn plural_and_verb(words: &[&str], k: usize) -> bool {
    let w = words[k];
    w.chars().all(|c| c.is_ascii_lowercase())
        && super::verbs::PLAIN_VERBS.contains(&w)
        && super::text::looks_plural(&words[k - 1].to_lowercase())
}

/// "Vertical erosion dominates", "Waterfalls form": a clause of a noun
/// phrase and one verb not known to the lists, at its end, told by its
/// form: "-s" after a singular noun, or the base form after a plural.
fn last_verb(words: &[&str]) -> Option<usize> {
    let at = words
        .len()
        .checked_sub(1)
        .filter(|&at| (1..=MAX_SUBJECT_WORDS).contains(&at))?;
    let verb = words[at];
    let noun = words[at - 1].to_lowercase();
    let plural_noun = super::text::looks_plural(&noun) && !is_adverb(&noun);
    let word = verb.len() >= 3
        && verb.chars().all(|c| c.is_ascii_lowercase())
        && !NOT_IN_SUBJECT.contains(&verb)
        && !POINTING.contains(&verb)
        && !is_adverb(verb)
        && !verb.ends_with("ed")
        && !verb.ends_with("ing")
        && !comparative(verb);
    let agrees = if super::verbs::looks_third_person(verb) {
        !plural_noun
    } else {
        plural_noun
    };
    (word && agrees).then_some(at)
}

/// "faster", "longer": a comparative, which a verb the lists know
/// ("filter", "differ") is not.
fn comparative(w: &str) -> bool {
    let lower = w.to_lowercase();
    lower.ends_with("er") && !super::verbs::known_verb(&lower) && !super::verbs::only_a_verb(&lower)
}

/// "A kiln sacrifices speed": after an article and a noun or two, a verb
/// no list knows, told by its "-s".
fn article_verb(words: &[&str]) -> Option<usize> {
    let article = ["a", "an", "the"].contains(&words.first()?.to_lowercase().as_str());
    let at = (2..words.len().min(4)).find(|&k| {
        let w = words[k];
        super::verbs::looks_third_person(w)
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !NOT_IN_SUBJECT.contains(&w)
            && !["of", "and", "or"].contains(&words[k - 1].to_lowercase().as_str())
    })?;
    article.then_some(at)
}

/// A verb of the clause that is neither an auxiliary nor ambiguous: a
/// known action in the third person ("divides"), or after the reader.
fn action_verb(w: &str) -> bool {
    let lower = w.to_lowercase();
    lower.chars().all(|c| c.is_ascii_lowercase())
        && super::verbs::ACTION_VERBS.contains(&base_form(&lower).as_str())
        && (lower.ends_with('s') || lower == base_form(&lower))
}

/// "A kiln has thick walls." then "This is to keep the heat in." → "why
/// does a kiln have thick walls?" → "To keep the heat in": a sentence
/// that only gives the reason of the one before it.
pub fn reason_of(previous: &str, s: &str, lex: &Lexicon) -> Option<Fact> {
    const LEADS: &[(&str, &str)] = &[
        ("this is to ", "To "),
        ("this is in order to ", "To "),
        ("this is done to ", "To "),
        ("this is so that ", "So that "),
        ("this is because ", "Because "),
    ];
    let lower = s.to_lowercase();
    let (lead, opener) = LEADS.iter().find(|(l, _)| lower.starts_with(l))?;
    let head = without_lead_in(previous.trim().trim_end_matches(['.', '!']));
    // "A dendron has many branches (dendrites)": the aside left out
    let head = match head.split_once(" (") {
        Some((h, aside)) if aside.ends_with(')') && !aside.contains('(') => h,
        _ => head,
    };
    if head.split_whitespace().count() > 16 || head.contains(['?', ';', ':', '(']) {
        return None;
    }
    let (aux, subject, rest) = inverted(head, lex, false).or_else(|| having(head, lex))?;
    let why = s[lead.len()..].trim().trim_end_matches('.');
    answer(
        format!("why {aux} {subject} {rest}?"),
        &format!("{opener}{why}"),
    )
}

/// The facts of sentence `s`, else the reason it gives of the sentence
/// before it ("This is to …").
pub fn facts_or_reason(s: &str, previous: Option<&str>, lex: &Lexicon) -> Vec<Fact> {
    let found = super::facts::facts(s, lex);
    match (found.is_empty(), previous) {
        (true, Some(p)) => reason_of(p, s, lex).into_iter().collect(),
        _ => found,
    }
}

/// "A dendron has many branches" → ("does", "a dendron", "have many
/// branches"): a clause whose verb is "has" or "have".
fn having(head: &str, lex: &Lexicon) -> Option<(String, String, String)> {
    let words: Vec<&str> = head.split_whitespace().collect();
    let at = (1..words.len().min(MAX_SUBJECT_WORDS + 1))
        .find(|&k| ["has", "have"].contains(&words[k]))?;
    let first = words[0].to_lowercase();
    if POINTING.contains(&first.as_str()) || words.len() <= at + 1 {
        return None;
    }
    let does = if words[at] == "has" { "does" } else { "do" };
    let subject = super::text::lower_article(&lex.lc_phrase(&words[..at].join(" ")));
    let rest = format!("have {}", words[at + 1..].join(" "));
    Some((does.to_string(), subject, rest))
}

fn answer(question: String, answer: &str) -> Option<Fact> {
    let answer = answer.trim().trim_end_matches([',', ';']);
    let n = answer.split_whitespace().count();
    let pointing = POINTING.contains(&first_word(answer).as_str()) && n < 5;
    ((MIN_ANSWER_WORDS..=MAX_ANSWER_WORDS).contains(&n)
        && !pointing
        && !question.contains(['(', ':']))
    .then(|| Fact::asked(question, answer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::parties::Parties;

    fn qa(f: fn(&str, &Lexicon) -> Option<Fact>, s: &str) -> Option<(String, String)> {
        let lex = Lexicon::new(s, Parties::default());
        f(s, &lex).map(|f| (f.question, f.answer))
    }

    fn first_fact(s: &str, lex: &Lexicon) -> Option<Fact> {
        super::super::facts::facts(s, lex).into_iter().next()
    }

    #[test]
    fn a_means_is_asked_how() {
        assert_eq!(
            qa(
                means,
                "Modes are always worked out by adding the digits of each class."
            ),
            Some((
                "how are modes always worked out?".into(),
                "By adding the digits of each class".into()
            ))
        );
        assert_eq!(
            qa(
                means,
                "You can undo a commit by simply resetting the branch to its parent."
            ),
            Some((
                "how can you undo a commit?".into(),
                "By simply resetting the branch to its parent".into()
            ))
        );
        assert_eq!(
            qa(means, "A hash index finds a row by hashing its key."),
            Some((
                "how does a hash index find a row?".into(),
                "By hashing its key".into()
            ))
        );
        // "range of": a noun before "of", not the verb
        assert_eq!(
            qa(
                means,
                "The firing range of a glaze is found by subtracting one cone from another."
            ),
            Some((
                "how is the firing range of a glaze found?".into(),
                "By subtracting one cone from another".into()
            ))
        );
        // a name, no passive; a pointing subject; an agent, not a means
        assert_eq!(
            qa(means, "Git is a tool by using which teams merge work."),
            None
        );
        assert_eq!(qa(means, "It is found by hashing the key."), None);
        assert_eq!(qa(means, "The row is read by the engine."), None);
    }

    #[test]
    fn a_reason_is_asked_why() {
        assert_eq!(
            qa(
                reason,
                "Remember that paging can become slow, since every access needs a second read."
            ),
            Some((
                "why can paging become slow?".into(),
                "Every access needs a second read".into()
            ))
        );
        assert_eq!(
            qa(
                reason,
                "The cache is flushed because the address space changed."
            ),
            Some((
                "why is the cache flushed?".into(),
                "The address space changed".into()
            ))
        );
        assert_eq!(qa(reason, "This is slow because it reads twice."), None);
        assert_eq!(
            qa(reason, "You should index it because scans are slow."),
            None
        );
        assert_eq!(qa(reason, "Paging is slow because of that."), None);
        assert_eq!(
            qa(
                reason,
                "If a user logs in, you are at fault because MFA was off."
            ),
            None
        );
    }

    #[test]
    fn a_time_a_place_or_a_purpose_is_asked() {
        assert_eq!(
            qa(
                place,
                "Shrinkage happens at the drying stage, not at the firing stage."
            ),
            Some((
                "where does shrinkage happen?".into(),
                "At the drying stage, not at the firing stage".into()
            ))
        );
        assert_eq!(
            qa(place, "The Kiln War ends in stalemate."),
            Some(("how does the Kiln War end?".into(), "In stalemate".into())),
            "an ending is how, not where"
        );
        assert_eq!(
            qa(
                purpose,
                "The labour needed to fire a kiln is its real cost."
            ),
            None,
            "'needed to' is no purpose"
        );
        assert_eq!(
            qa(purpose, "Apprentices often ask potters how to centre clay."),
            None,
            "'how to' says what is asked"
        );
        assert_eq!(
            qa(
                purpose,
                "Each guild sends its price list to all its members."
            ),
            None,
            "'to all its' is a place"
        );
        // a verb no list knows, after an article, by its "-s"
        assert_eq!(
            qa(purpose, "A kiln sacrifices speed to achieve even heat."),
            Some((
                "why does a kiln sacrifice speed?".into(),
                "To achieve even heat".into()
            ))
        );
        assert_eq!(
            qa(
                first_fact,
                "The guild puts strict rules in place to protect its members."
            ),
            Some((
                "why does the guild put strict rules in place?".into(),
                "To protect its members".into()
            )),
            "a purpose is asked before the object it follows"
        );
        assert_eq!(
            qa(
                circumstance,
                "Waterfalls form where a band of hard rock lies over softer rock."
            ),
            Some((
                "where do waterfalls form?".into(),
                "Where a band of hard rock lies over softer rock".into()
            ))
        );
        assert_eq!(
            qa(place, "Kiln fires occur along the back wall."),
            Some((
                "where do kiln fires occur?".into(),
                "Along the back wall".into()
            ))
        );
        assert_eq!(
            qa(place, "The glaze reactions take place in the hottest zone."),
            Some((
                "where do the glaze reactions take place?".into(),
                "In the hottest zone".into()
            ))
        );
        assert_eq!(
            qa(place, "The guild first met in May 1789."),
            None,
            "an adverb before the verb"
        );
        assert_eq!(
            qa(place, "The guild met in May 1789."),
            None,
            "'meet' says no place"
        );
        assert_eq!(
            qa(place, "Crazing happens in June and July."),
            Some((
                "when does crazing happen?".into(),
                "In June and July".into()
            ))
        );
        assert_eq!(qa(place, "Cracks form in it."), None);
        // the place is of what the subject makes act
        assert_eq!(
            qa(place, "Slow cooling lets matt crystals grow in the glaze."),
            None
        );
        // a relative clause, a verb after "is", a subject cut short
        assert_eq!(
            qa(
                circumstance,
                "Glazes melt in the zone where the flame is hottest."
            ),
            None
        );
        assert_eq!(
            qa(
                circumstance,
                "A common use is firing pots when the kiln is free."
            ),
            None
        );
        assert_eq!(
            qa(
                circumstance,
                "The kiln door can be dangerous, mostly when it is hot."
            ),
            None
        );
        // "when it comes to" says what about
        assert_eq!(
            qa(
                circumstance,
                "Stoneware beats earthenware when it comes to strength."
            ),
            None
        );
        // a subject cut after "all": no verb after it
        assert_eq!(
            qa(
                circumstance,
                "Suitable in all workshops where multiple potters are required"
            ),
            None
        );
        assert_eq!(
            qa(circumstance, "Pots crack when the kiln cools too fast."),
            Some((
                "when do pots crack?".into(),
                "When the kiln cools too fast".into()
            ))
        );
        assert_eq!(
            qa(
                purpose,
                "Potters glazed the bowls to seal them, which took a day."
            ),
            Some((
                "why did potters glaze the bowls?".into(),
                "To seal them".into()
            ))
        );
        assert_eq!(
            qa(
                purpose,
                "The studio runs kilns at night to save power and can't run by day."
            ),
            Some((
                "why does the studio run kilns at night?".into(),
                "To save power".into()
            ))
        );
        assert_eq!(
            qa(
                purpose,
                "The potter convinced her apprentice to glaze the bowls."
            ),
            Some((
                "what did the potter convince her apprentice to do?".into(),
                "Glaze the bowls".into()
            ))
        );
        // what is wanted, not why
        assert_eq!(
            qa(purpose, "The guild potter prefers to sell bowls in Delft."),
            Some((
                "what does the guild potter prefer to do?".into(),
                "Sell bowls in Delft".into()
            ))
        );
        assert_eq!(
            qa(purpose, "The kiln needs specialized shelves to hold them."),
            None
        );
        assert_eq!(
            qa(purpose, "Kiln wash is applied to protect the shelves."),
            Some((
                "why is kiln wash applied?".into(),
                "To protect the shelves".into()
            ))
        );
        // an instruction, a habit, a pointer, a fragment with no verb
        assert_eq!(
            qa(purpose, "The potters glazed their bowls to seal the clay."),
            Some((
                "why did the potters glaze their bowls?".into(),
                "To seal the clay".into()
            )),
            "a pointer after the verb is no subject"
        );
        assert_eq!(
            qa(purpose, "Implement glaze tests to protect the kiln."),
            None
        );
        assert_eq!(qa(purpose, "The potters used to fire wood kilns."), None);
        assert_eq!(
            qa(purpose, "Then it sends the pots to dry the glaze."),
            None
        );
        assert_eq!(qa(purpose, "Glaze recipes to protect the shelves."), None);
        assert_eq!(
            qa(purpose, "In order to glaze the pots, the kiln is heated."),
            None
        );
        assert_eq!(qa(purpose, "Kilns in order to fire the pots."), None);
        assert_eq!(
            qa(
                circumstance,
                "Cost-push inflation occurs when production costs rise."
            ),
            Some((
                "when does cost-push inflation occur?".into(),
                "When production costs rise".into()
            ))
        );
    }
}
