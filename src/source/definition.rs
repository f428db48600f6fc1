//! Definitions: "X is a Y", "Lithosphere is the crust and upper mantle",
//! "Tuples are immutable sequences", "X is an example of Y" → what X is.

use super::facts::{Fact, MAX_DEFINITION_WORDS};
use super::text::{capitalise, first_word, strip_markers, Lexicon};
use super::vocab::PRONOUNS;

/// Whether a noun phrase names something specific (a product, a named
/// control): it has a capital letter beyond its first, or a digit.
fn proper_ish(s: &str) -> bool {
    s.split_whitespace()
        .skip(1)
        .any(|w| w.chars().next().is_some_and(char::is_uppercase))
        || s.chars()
            .skip(1)
            .any(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// "X is a Y", "X is an example of Y", "X are considered Y", "X are Y that
/// …", "A Y is a Z …".
pub fn definition(clause: &str, lex: &Lexicon) -> Option<Fact> {
    let c = strip_markers(clause).trim_end_matches(['.', ';']);
    let lower = c.to_ascii_lowercase();
    let (at, written) = [" is ", " are ", " was ", " were "]
        .iter()
        .filter_map(|b| lower.find(b).map(|at| (at, *b)))
        .min()?;
    // "Romulus was the first king": read as "is", asked in the past
    let (be, past) = match written {
        " was " => (" is ", true),
        " were " => (" are ", true),
        b => (b, false),
    };
    let subject_raw = without_aside(c[..at].trim());
    let pred = c[at + written.len()..].trim();
    // "… is defined as the energy …": the definition itself
    let defined = ["defined as ", "defined to be "]
        .iter()
        .find_map(|d| pred.strip_prefix(d));
    let pred = defined.unwrap_or(pred);
    let (subject, aside) = subject_and_aside(subject_raw);
    let words = subject.split_whitespace().count();
    let first = first_word(&subject);
    let negated = ["not ", "never ", "no "]
        .iter()
        .any(|n| pred.to_ascii_lowercase().starts_with(n));
    if words == 0
        || words > 8
        || negated
        || clause_subject(&subject)
        || PRONOUNS.contains(&first.as_str())
        // "Usually are system processes": an adverb, no subject.
        || (words == 1 && first.ends_with("ly"))
        || lex.parties.prefix(&subject).is_some()
    {
        return None;
    }
    let article = ["a", "an", "the"].contains(&first.as_str());
    let subj_q = lex.lc_phrase(&subject);
    let subj_q = match subj_q.split_once(' ') {
        Some((a, rest)) if article => format!("{} {rest}", a.to_lowercase()),
        _ => subj_q,
    };
    let d = Definition {
        subj_q,
        words,
        be: be.trim(),
        aside,
        // "Linux is a …": one word the notes write capitalised mid-sentence.
        name: words == 1 && lex.is_name(&subject),
    };
    // "Germany was the last, signing …": no thing named before the comma
    let cut_short = pred.split_whitespace().take(3).any(|w| w.ends_with(','));
    if past && cut_short {
        return None;
    }
    // "Crazing is when the glaze cracks as it cools": the case it names
    let when = pred.to_ascii_lowercase().starts_with("when ")
        && !past
        && words <= 5
        && (5..=MAX_DEFINITION_WORDS).contains(&pred.split_whitespace().count());
    if when {
        let q = format!("what {} {}?", d.be, d.subj_q);
        return Some(Fact::asked(q, &capitalise(pred)));
    }
    // "Greenware is defined as clay that …": a definition, whatever its
    // article
    let said = (defined.is_some() && be == " is " && !subject.contains(','))
        .then(|| d.make(format!("what {} {}?", d.be, d.subj_q), pred))
        .flatten();
    let fact = said.or_else(|| d.of(&subject, pred))?;
    Some(if past { in_the_past(fact) } else { fact })
}

/// "the reduction of drive, shown as a lack of interest, making it hard
/// to …": a meaning too long to ask whole, up to a comma before a
/// participle, and the rest as its explanation.
fn participle_cut(answer: &str) -> (&str, Option<String>) {
    if answer.split_whitespace().count() <= MAX_DEFINITION_WORDS {
        return (answer, None);
    }
    let cut = answer.match_indices(", ").find(|(at, _)| {
        let next = first_word(&answer[at + 2..]);
        // "e.g., seeing": an example, no participle's clause
        let example = answer[..*at].ends_with("e.g.") || answer[..*at].ends_with("i.e.");
        !example && (super::verbs::participle(&next) || next.len() > 5 && next.ends_with("ing"))
    });
    match cut {
        Some((at, _)) => (&answer[..at], Some(capitalise(&answer[at + 2..]))),
        None => (answer, None),
    }
}

/// "Cone 6 (mid-fire)" → the subject and its aside; "The OSI (Open
/// Systems Interconnection) model": the name spelt out inside the subject.
fn subject_and_aside(subject_raw: &str) -> (String, Option<String>) {
    match (subject_raw.find(" ("), subject_raw.ends_with(')')) {
        (Some(open), true) => (
            subject_raw[..open].trim().to_string(),
            Some(capitalise(
                subject_raw[open + 2..subject_raw.len() - 1].trim(),
            )),
        ),
        // "The OSI (Open Systems Interconnection) model": the name spelt
        // out inside the subject.
        (Some(open), false) => match subject_raw[open..].find(')') {
            Some(len) if len > 2 => (
                format!("{}{}", &subject_raw[..open], &subject_raw[open + len + 1..]),
                Some(capitalise(subject_raw[open + 2..open + len].trim())),
            ),
            _ => (subject_raw.to_string(), None),
        },
        _ => (subject_raw.to_string(), None),
    }
}

/// "The fact that a molecule is an alcohol takes …": the "is" belongs to
/// a clause inside the subject.
fn clause_subject(subject: &str) -> bool {
    const LEADS: &[&str] = &[
        "the fact that",
        "the idea that",
        "the notion that",
        "the claim that",
    ];
    // "At that time it was …", "During firing the kiln is …": a phrase of
    // time or place opens the sentence, and the subject is further on
    const OPENERS: &[&str] = &[
        "at",
        "in",
        "during",
        "throughout",
        "within",
        "under",
        "after",
        "before",
        "since",
        "by",
        "from",
    ];
    let lower = subject.to_lowercase();
    let opener = lower
        .split_whitespace()
        .next()
        .is_some_and(|w| OPENERS.contains(&w));
    LEADS.iter().any(|l| lower.starts_with(l)) || opener && subject.split_whitespace().count() >= 3
}

/// "Raku, first practised in Kyoto," → "Raku": a subject without the aside
/// set off by commas after it, which opens with a participle ("developed
/// by …", "also known as …").
fn without_aside(subject: &str) -> &str {
    let Some((head, aside)) = subject.strip_suffix(',').and_then(|s| s.split_once(", ")) else {
        return subject;
    };
    match participle_aside(aside) && head.split_whitespace().count() <= 6 {
        true => head,
        false => subject,
    }
}

/// "first practised in Kyoto", "also known as bisque": an aside that
/// opens with a participle (after an adverb, if any).
fn participle_aside(aside: &str) -> bool {
    let mut words = aside.split_whitespace().map(str::to_lowercase);
    let mut first = words.next().unwrap_or_default();
    if first.ends_with("ly") || ["first", "also", "later", "once"].contains(&first.as_str()) {
        first = words.next().unwrap_or_default();
    }
    super::verbs::participle(&first) || ["known", "born", "grown"].contains(&first.as_str())
}

/// ", discussed earlier, is a rational law" → "is a rational law": what
/// follows a subject, past the aside set off by commas after it.
pub fn past_aside(after: &str) -> &str {
    let Some(aside) = after.strip_prefix(", ") else {
        return after;
    };
    let Some(end) = aside.find(", ") else {
        return after;
    };
    match participle_aside(&aside[..end]) {
        true => &aside[end + 2..],
        false => after,
    }
}

/// "Raku, first practised in Kyoto, is a low-firing technique." → "Raku is
/// a low-firing technique." and "Raku was first practised in Kyoto.": the
/// aside on a definition's subject, a statement of its own.
pub fn aside_apart(sentence: &str) -> Option<[String; 2]> {
    let lower = sentence.to_lowercase();
    let (at, be) = [" is ", " are ", " was ", " were "]
        .iter()
        .filter_map(|b| lower.find(b).map(|at| (at, b.trim())))
        .min()?;
    let subject = sentence[..at].trim();
    let head = without_aside(subject);
    let aside = subject.get(head.len() + 2..subject.len() - 1)?.trim();
    let named = ["known ", "also known ", "called ", "also called "]
        .iter()
        .any(|k| aside.starts_with(k));
    // "discussed in earlier lectures" tells nothing to learn: an aside
    // worth its card names someone, somewhere or some time
    let telling = aside.contains(" by ")
        || aside
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    if !named && !telling {
        return None;
    }
    let be = match (named, be) {
        (true, _) => be,
        (false, "are" | "were") => "were",
        (false, _) => "was",
    };
    Some([
        format!("{head}{}", &sentence[at..]),
        format!("{head} {be} {}.", aside.trim_end_matches(['.', ','])),
    ])
}

/// "what is Romulus?" → "what was Romulus?": a definition the notes give
/// in the past tense, asked in it.
fn in_the_past(mut fact: Fact) -> Fact {
    let q = format!(" {}", fact.question);
    let q = match (q.find(" is "), q.find(" are ")) {
        (Some(i), a) if a.is_none_or(|a| i < a) => format!("{} was {}", &q[..i], &q[i + 4..]),
        (_, Some(a)) => format!("{} were {}", &q[..a], &q[a + 5..]),
        _ => q,
    };
    fact.question = q.trim_start().to_string();
    fact
}

/// The subject of a definition as the question names it.
struct Definition<'a> {
    subj_q: String,
    words: usize,
    be: &'a str,
    aside: Option<String>,
    name: bool,
}

impl Definition<'_> {
    fn make(&self, question: String, answer: &str) -> Option<Fact> {
        // "a managed database service, so the line moves up": the reason is
        // not part of what the thing is.
        let answer = [", so ", ", because ", ", which means ", "; "]
            .iter()
            .fold(answer, |a, sep| a.split(sep).next().unwrap_or(a));
        // "a small cog in the machine and feels as if …": a second
        // statement
        let answer = super::any_verb::one_statement(answer);
        // "a 5-tuple (Q, Σ, δ, q₀, F), where" runs on into a list
        let answer = [" where", " such that", " in which", " as follows"]
            .iter()
            .fold(answer.trim().trim_end_matches([',', ':']), |a, w| {
                a.strip_suffix(w).unwrap_or(a)
            });
        let answer = answer.trim().trim_end_matches([',', '.']);
        let (answer, more) = participle_cut(answer);
        let n = answer.split_whitespace().count();
        (1..=MAX_DEFINITION_WORDS).contains(&n).then(|| Fact {
            question,
            prefix: None,
            answer: capitalise(answer),
            explanation: self.aside.clone().or(more),
            who: false,
        })
    }

    /// "X is an example of Y", "X are considered Y": what the lead says
    /// X is; `None` when the predicate has no such lead.
    fn led(&self, pred: &str) -> Option<Option<Fact>> {
        let (be, subj_q) = (self.be, &self.subj_q);
        let pred_lower = pred.to_ascii_lowercase();
        let after = |lead: &str| {
            pred_lower
                .strip_prefix(lead)
                .map(|r| &pred[pred.len() - r.len()..])
        };
        for lead in ["an example of ", "examples of ", "one example of "] {
            if let Some(rest) = after(lead) {
                let noun = if lead.starts_with("examples") {
                    "examples"
                } else {
                    "an example"
                };
                return Some(self.make(format!("what {be} {subj_q} {noun} of?"), rest));
            }
        }
        // "Marginal revenue is equal to the price of the good"; "Ketones
        // are similar to aldehydes" (but "similar to an aldehyde, but the
        // carbonyl is …" says what it is)
        for lead in ["equal to ", "similar to ", "related to ", "opposite to "] {
            let contrast = |r: &&str| r.contains(" but ") && lead != "equal to ";
            if let Some(rest) = after(lead).filter(|r| !subj_q.contains(',') && !contrast(r)) {
                let lead = lead.trim_end();
                return Some(self.make(format!("what {be} {subj_q} {lead}?"), rest));
            }
        }
        for lead in ["considered to be ", "considered "] {
            if let Some(rest) = after(lead) {
                return Some(self.make(format!("what {be} {subj_q} considered?"), rest));
            }
        }
        // "Bisque firing is also known as the first firing"
        for lead in [
            "also known as ",
            "known as ",
            "also called ",
            "sometimes called ",
        ] {
            if let Some(rest) = after(lead) {
                return Some(self.make(format!("what {be} {subj_q} also known as?"), rest));
            }
        }
        // "Sellers who accept the market price are called price takers";
        // a bare singular ("sum of the bytes is called …") is left to the
        // statement rules, which give it its article
        let rest = after("called ").filter(|r| r.split_whitespace().count() <= 4)?;
        let plural_or_article = ["the ", "a ", "an "].iter().any(|a| subj_q.starts_with(a))
            || first_word(subj_q).ends_with('s');
        plural_or_article.then(|| self.make(format!("what {be} {subj_q} called?"), rest))
    }

    /// "Cone 6 is the most common mid-fire temperature": which one.
    fn which_one(&self, subject: &str, pred: &str) -> Option<Fact> {
        let q = format!("what is {}?", pred.trim_end_matches(['.', ',']));
        // "Currently, AWS is the largest …"
        let subject = match subject.split_once(", ") {
            Some((adverb, rest)) if adverb.ends_with("ly") => rest,
            _ => subject,
        };
        self.make(q, subject)
    }

    fn of(&self, subject: &str, pred: &str) -> Option<Fact> {
        if let Some(fact) = self.led(pred) {
            return fact;
        }
        let (be, subj_q) = (self.be, &self.subj_q);
        let pred_lower = pred.to_ascii_lowercase();
        if be == "is" && superlative(&pred_lower) && self.words <= 4 {
            return self.which_one(subject, pred);
        }
        if let Some(fact) = self.kind_defined(subject, &pred_lower, pred) {
            return Some(fact);
        }
        let indefinite = pred_lower.starts_with("a ") || pred_lower.starts_with("an ");
        // "Amazon EC2 is an IaaS offering", "A private subnet is a subnet …".
        // "The translation buffer (TB) is a …": "the" and two words, or a
        // name in brackets, is no word pointing back.
        let the_named = first_word(subject) == "the" && (self.words >= 3 || self.aside.is_some());
        let named = self.name
            || proper_ish(subject)
            || the_named
            || ["a", "an"].contains(&first_word(subject).as_str());
        if be == "is" && indefinite && named {
            if self.words > 5 || pred.split_whitespace().count() < 2 {
                return None;
            }
            return self.make(format!("what is {subj_q}?"), pred);
        }
        // "Lithosphere is the crust and upper mantle": a bare term of one
        // or two words, and the thing it is.
        let article = indefinite || pred_lower.starts_with("the ");
        if be == "is" && article && self.bare_term(subject, &pred_lower) {
            // "Security is a shared responsibility": a slogan, not what it is
            let least = if indefinite { 4 } else { 3 };
            if pred.split_whitespace().count() < least {
                return None;
            }
            return self.make(format!("what is {subj_q}?"), pred);
        }
        if be == "is" && self.the_term(subject) && defining(&pred_lower)
            || self.the_noun(subject) && kind_with_clause(&pred_lower)
        {
            // "The firm's short-run supply curve is the portion of its
            // marginal-cost curve that lies above …"
            return self.make(format!("what is {subj_q}?"), pred);
        }
        if let Some(fact) = self.place_or_time(subject, pred) {
            return Some(fact);
        }
        if let Some(kind) = plural_kind(pred).filter(|_| be == "are" && self.words <= 3) {
            // "Thrust faults are reverse faults with a dip angle of …"
            if kind.split_whitespace().count() <= 3 {
                return self.make(format!("what are {subj_q}?"), pred);
            }
        }
        let relative = [" that ", " which ", " who ", " whose ", " where "]
            .iter()
            .any(|r| pred_lower.contains(r));
        if be == "are" && self.words <= 4 && relative {
            let head = pred_lower.split_whitespace().next().unwrap_or("");
            if ["the", "a", "an", "not", "all", "also", "often"].contains(&head)
                || head.ends_with("ly")
                // "States are required to return …": a passive, no kind
                || head.ends_with("ed")
            {
                return None;
            }
            return self.make(format!("what are {subj_q}?"), pred);
        }
        self.plural_phrase(pred)
    }

    /// "A saggar is the box that shields a pot from flame", "Kiln posts
    /// are the props that hold the shelves apart", "A firing is one in
    /// which …": a term of a few words and the one thing it is, set out
    /// in full.
    fn kind_defined(&self, subject: &str, pred_lower: &str, pred: &str) -> Option<Fact> {
        let first = first_word(subject);
        let one = [
            "one that ",
            "one in which ",
            "one where ",
            "one whose ",
            "one who ",
        ]
        .iter()
        .any(|o| pred_lower.starts_with(o));
        let plain = subject
            .split_whitespace()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'));
        let term = match (self.be, first.as_str()) {
            ("is", "a" | "an") => (2..=4).contains(&self.words),
            ("are", _) => {
                !["the", "a", "an"].contains(&first.as_str())
                    && (1..=3).contains(&self.words)
                    && super::text::looks_plural(&subject.to_lowercase())
            }
            _ => false,
        };
        // "the ones who …" names no kind
        let ones = pred_lower.starts_with("the one ") || pred_lower.starts_with("the ones ");
        let kind = one || defining(pred_lower) && !ones && pred.split_whitespace().count() <= 14;
        (term && plain && kind && !self.subj_q.contains(','))
            .then(|| self.make(format!("what {} {}?", self.be, self.subj_q), pred))
            .flatten()
    }

    /// "The firebox is where the fuel burns": the place or time it is.
    fn place_or_time(&self, subject: &str, pred: &str) -> Option<Fact> {
        let lower = pred.to_lowercase();
        let place = ["where ", "when "].iter().any(|w| lower.starts_with(w));
        let long = pred.split_whitespace().count() >= 5;
        if self.be == "is" && place && long && self.the_noun(subject) {
            return self.make(format!("what is {}?", self.subj_q), pred);
        }
        None
    }

    /// "Tuples are immutable sequences": a plural noun phrase.
    fn plural_phrase(&self, pred: &str) -> Option<Fact> {
        let (be, subj_q) = (self.be, &self.subj_q);
        let pw: Vec<&str> = pred.split_whitespace().collect();
        let head = pw.first().map(|w| w.to_lowercase()).unwrap_or_default();
        let plural_noun = pw.last().is_some_and(|w| super::text::looks_plural(w));
        let describes = !head.ends_with("ed")
            && !head.ends_with("ly")
            && !head.ends_with("ing")
            && ![
                "the", "a", "an", "not", "all", "also", "often", "only", "very", "more", "less",
                "both", "two", "some", "many", "no", "in", "on", "at", "for", "from", "to", "by",
            ]
            .contains(&head.as_str());
        if be == "are" && self.words <= 2 && (2..=5).contains(&pw.len()) && plural_noun && describes
        {
            return self.make(format!("what are {subj_q}?"), pred);
        }
        None
    }
}

/// "the portion of its cost curve that lies above …": a predicate that
/// says which thing of a kind the subject is, at some length.
fn defining(pred: &str) -> bool {
    pred.starts_with("the ")
        && pred.split_whitespace().count() >= 5
        && [
            " of ",
            " that ",
            " which ",
            " where ",
            " in which ",
            " needed ",
            " required ",
        ]
        .iter()
        .any(|l| pred.contains(l))
}

/// "the artery that carries blood to the body", "an oven in which pots
/// are fired": a kind of one or two words, then the clause that sets it
/// apart, six words or more in all.
fn kind_with_clause(pred: &str) -> bool {
    const CLAUSES: &[&str] = &["that", "which", "who", "whose", "where", "in", "used"];
    let words: Vec<&str> = pred.split_whitespace().collect();
    let article = words
        .first()
        .is_some_and(|w| ["the", "a", "an"].contains(w));
    let clause = words.iter().take(4).skip(2).any(|w| CLAUSES.contains(w));
    article && clause && words.len() >= 6 && !pred.starts_with("the same ")
}

impl Definition<'_> {
    /// "The cooling curve", "The kiln's firing schedule": "the" (or a
    /// possessive) and two to five plain words, none of them a word that
    /// names no term ("The main reason").
    fn the_term(&self, subject: &str) -> bool {
        let words: Vec<String> = subject
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .collect();
        (3..=6).contains(&words.len())
            && words[0] == "the"
            && words[1..].iter().all(|w| {
                let w = w.trim_end_matches("'s").trim_end_matches("’s");
                !BARE_NOT_TERMS.contains(&w)
                    && !PRONOUNS.contains(&w)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
            })
    }

    /// "The aorta", "The kiln": "the" and one plain noun that is no word
    /// pointing back ("The reason", "The customer").
    fn the_noun(&self, subject: &str) -> bool {
        const POINTING: &[&str] = &[
            "customer",
            "user",
            "first",
            "last",
            "latter",
            "former",
            "same",
            "other",
            "following",
            "question",
            "issue",
            "case",
            "solution",
            "outcome",
            "effect",
            "cause",
            "process",
        ];
        let lower = subject.to_lowercase();
        let Some(noun) = lower.strip_prefix("the ") else {
            return false;
        };
        self.be == "is"
            && noun.len() > 2
            && noun.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !BARE_NOT_TERMS.contains(&noun)
            && !PRONOUNS.contains(&noun)
            && !POINTING.contains(&noun)
    }

    /// "Lithosphere", "Partial melting": one or two plain words, no
    /// article, no pronoun, no name of the reader.
    fn bare_term(&self, subject: &str, pred: &str) -> bool {
        let first = first_word(subject);
        // "Specific latent heat is the energy needed to …": three words
        // before a meaning set out in full
        let words = if defining(pred) { 1..=3 } else { 1..=2 };
        words.contains(&self.words)
            && !["a", "an", "the"].contains(&first.as_str())
            && !subject.split_whitespace().any(|w| {
                let w = w.to_lowercase();
                BARE_NOT_TERMS.contains(&w.as_str()) || PRONOUNS.contains(&w.as_str())
            })
            && !first.ends_with("ly")
            && subject
                .split_whitespace()
                .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
    }
}

/// First words of a subject that is no term ("Everything is the
/// customer's", "Today is the day").
const BARE_NOT_TERMS: &[&str] = &[
    "everything",
    "nothing",
    "something",
    "anything",
    "today",
    "now",
    "here",
    "there",
    "what",
    "which",
    "who",
    "one",
    "each",
    "all",
    "both",
    "key",
    "main",
    "goal",
    "idea",
    "point",
    "answer",
    "result",
    "reason",
    "problem",
    "difference",
    "rule",
    "trick",
    "tip",
    "focus",
    "aim",
    "purpose",
    "since",
    "because",
    "when",
    "if",
    "as",
    "while",
    "although",
    "so",
    "and",
    "or",
    "but",
    "that",
];

/// "the most common …", "the largest …": one thing picked out of a kind.
fn superlative(pred_lower: &str) -> bool {
    let Some(rest) = pred_lower.strip_prefix("the ") else {
        return false;
    };
    let first = rest.split_whitespace().next().unwrap_or("");
    let words = rest.split_whitespace().count();
    let est = first.len() > 5
        && first.ends_with("est")
        && ![
            "interest", "request", "forest", "contest", "harvest", "digest", "protest",
        ]
        .contains(&first);
    (2..=8).contains(&words)
        && (["most", "least", "best", "worst"].contains(&first) || est)
        && !pred_lower.contains(" of ")
}

/// "reverse faults with a dip angle of …" → "reverse faults": a plural
/// noun phrase of up to three words, then a preposition or a relative
/// that says which ones.
fn plural_kind(pred: &str) -> Option<String> {
    const JOINS: &[&str] = &[
        "with", "that", "which", "who", "of", "in", "where", "whose", "formed", "made", "used",
    ];
    let words: Vec<&str> = pred.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| JOINS.contains(&w.to_lowercase().as_str()))?;
    let head = &words[..at];
    let last = head.last()?.to_lowercase();
    let first = head.first()?.to_lowercase();
    let describes = !first.ends_with("ed")
        && !first.ends_with("ly")
        && !first.ends_with("ing")
        && ![
            "the", "a", "an", "not", "all", "also", "often", "only", "very", "more", "less",
            "both", "two", "some", "many", "no", "used", "able", "usually", "mostly",
        ]
        .contains(&first.as_str());
    let plain = head
        .iter()
        .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'));
    (describes && plain && words.len() > at + 2 && super::text::looks_plural(&last))
        .then(|| head.join(" "))
}

/// "Most constraining kiln = the kiln with the most ware", "kiln washes
/// = coatings that keep glaze off the shelf": a term set equal to the
/// noun phrase that says what it is; "the clay+water mix = slip": the
/// other way round.
pub fn equal_term(lhs: &str, gloss: &str, lex: &Lexicon) -> Option<Fact> {
    let words = |t: &str| t.split_whitespace().count();
    let plain = |t: &str| t.chars().all(|c| c.is_alphanumeric() || " -+".contains(c));
    let mut g = gloss.split_whitespace();
    let determined = ["the", "a", "an"].contains(&g.next().unwrap_or("").to_lowercase().as_str());
    // "enzymes that take …": a plural and what it does
    let kind = super::text::looks_plural(gloss.split_whitespace().next().unwrap_or(""))
        && ["that", "which", "who"].contains(&g.next().unwrap_or(""));
    if (determined || kind) && words(lhs) >= 2 && plain(lhs) && words(gloss) >= 3 {
        let term = lex.lc_phrase(lhs);
        let term = term.strip_prefix("the ").unwrap_or(&term);
        let last = term.rsplit(' ').next().unwrap_or("");
        let q = match super::text::looks_plural(last) {
            true => format!("what are {term}?"),
            false => format!("what is the {term}?"),
        };
        return Some(Fact::asked(q, &capitalise(gloss)));
    }
    let described = lhs.to_lowercase().starts_with("the ") && words(lhs) >= 3 && plain(lhs);
    let named = (1..=3).contains(&words(gloss)) && plain(gloss);
    (described && named).then(|| Fact::asked(format!("what is {gloss}?"), &capitalise(lhs)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::parties::Parties;

    fn qa(s: &str) -> Option<(String, String)> {
        let lex = Lexicon::new(s, Parties::default());
        definition(s, &lex).map(|f| (f.question, f.answer))
    }

    #[test]
    fn the_term_defined_as_the_one_of_a_kind_and_what_it_equals() {
        assert_eq!(
            qa("The kiln's cooling curve is the part of its firing curve that lies below the glaze line."),
            Some((
                "what is the kiln's cooling curve?".into(),
                "The part of its firing curve that lies below the glaze line".into()
            ))
        );
        // a subject that names no term, a short predicate
        assert_eq!(
            qa("The main reason is the cost of the fuel for the kiln."),
            None
        );
        assert_eq!(qa("The cooling curve is the same."), None);
        assert_eq!(
            qa("The flue is the channel that carries smoke out of the kiln."),
            Some((
                "what is the flue?".into(),
                "The channel that carries smoke out of the kiln".into()
            ))
        );
        assert_eq!(qa("The customer is the one who pays for the firing."), None);
        assert_eq!(qa("The flue is the reason the kiln draws."), None);
        assert_eq!(
            qa("Firing cost is equal to the price of the fuel."),
            Some((
                "what is firing cost equal to?".into(),
                "The price of the fuel".into()
            ))
        );
        assert_eq!(
            qa("Stoneware is similar to porcelain."),
            Some(("what is stoneware similar to?".into(), "Porcelain".into()))
        );
        // "similar to …, but …" says what it is; "The fact that …" is no
        // subject
        assert_ne!(
            qa("Stoneware is similar to porcelain but fires grey.").map(|(q, _)| q),
            Some("what is stoneware similar to?".into())
        );
        assert_eq!(
            qa("The fact that a pot is glazed takes precedence over its colour."),
            None
        );
    }

    #[test]
    fn a_place_or_time_it_is_defines_a_term() {
        assert_eq!(
            qa("The firebox is where the fuel burns under the floor."),
            Some((
                "what is the firebox?".into(),
                "Where the fuel burns under the floor".into()
            ))
        );
        assert_eq!(qa("The problem is where we start."), None);
    }

    #[test]
    fn a_definition_in_the_past_is_asked_in_the_past() {
        assert_eq!(
            qa("The Kiln Guild was a council of potters."),
            Some((
                "what was the Kiln Guild?".into(),
                "A council of potters".into()
            ))
        );
        assert_eq!(
            qa("Ball clays were plastic clays with a fine grain."),
            Some((
                "what were ball clays?".into(),
                "Plastic clays with a fine grain".into()
            ))
        );
        // no thing named before the comma
        assert_eq!(qa("The guild was the last, closing in 1900."), None);
    }
}
