//! What a note's words look like (`Lexicon`: names, casing, parties) and
//! the word-level helpers the rules share: sentences, first words, openers.

use std::collections::{BTreeMap, BTreeSet};

use super::parties::Parties;
use super::vocab::{ABBREVIATIONS, MARKERS};

/// What the file's words look like, for casing decisions.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Words (lower-cased) seen written in lower case somewhere.
    lower_seen: BTreeSet<String>,
    /// Words (lower-cased) seen capitalised in the middle of a sentence:
    /// names ("Lambda", "Amazon").
    capital_mid: BTreeSet<String>,
    /// How often each word (lower-cased) was seen capitalised anywhere.
    capitals: BTreeMap<String, u32>,
    /// The parties of the note's responsibility model.
    pub parties: Parties,
    /// Words (lower-cased) of the note's title: "the heart" under "# The
    /// Heart" names the note's subject, pointing nowhere.
    title: BTreeSet<String>,
}

impl Lexicon {
    pub fn new(text: &str, parties: Parties) -> Self {
        let mut lex = Lexicon {
            parties,
            ..Lexicon::default()
        };
        for line in text.lines() {
            // "```python" says nothing of how the notes write "Python".
            let t = line.trim_start();
            if t.starts_with('#') || t.starts_with("```") || t.starts_with("~~~") {
                continue;
            }
            // Table cells and bold labels alone on a line ("- **Security
            // Features**") are labels in Title Case, not sentences.
            let cells = line.trim_start().starts_with('|') || bold_label_line(t);
            let mut sentence_start = true;
            for token in line.split_whitespace() {
                let word: String = token
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '-')
                    .collect();
                let mut chars = word.chars();
                if let Some(first) = chars.next() {
                    if first.is_uppercase() {
                        *lex.capitals.entry(word.to_lowercase()).or_default() += 1;
                    }
                    if first.is_lowercase() {
                        lex.lower_seen.insert(word.to_lowercase());
                    } else if first.is_uppercase()
                        && chars.all(|c| !c.is_uppercase())
                        && !sentence_start
                        && !cells
                        && !token.starts_with(['(', '"', '“', '*', '|'])
                    {
                        lex.capital_mid.insert(word.to_lowercase());
                    }
                    sentence_start = false;
                }
                // "_Background:_", "**Note:**": the mark ends the label.
                let bare = token.trim_end_matches(['_', '*']);
                if bare.ends_with(['.', '!', '?', ':', '|', '•']) || token == "-" || token == "•"
                {
                    sentence_start = true;
                }
            }
        }
        lex
    }

    /// Whether the notes write the word in lower case somewhere.
    pub fn seen_lower(&self, word: &str) -> bool {
        self.lower_seen.contains(&word.to_lowercase())
    }

    /// A capitalised word that is an ordinary word, not a name: seen in
    /// lower case, or never capitalised mid-sentence and not written
    /// capitalised again and again. Words with digits ("S3", "EC2") are
    /// names.
    fn ordinary(&self, word: &str) -> bool {
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if !first.is_uppercase()
            || !chars.all(|c| c.is_lowercase() || c == '-')
            || word.chars().count() < 2
        {
            return false;
        }
        let lower = word.to_lowercase();
        if self.lower_seen.contains(&lower) {
            return true;
        }
        // Written capitalised again and again: a name ("Lambda"), unless it
        // has the ending of an ordinary English word ("Classifying").
        let english = [
            "ing", "ed", "ly", "tion", "sion", "ment", "ness", "ity", "ies", "ous", "ive", "al",
        ]
        .iter()
        .any(|e| lower.ends_with(e) || lower.strip_suffix('s').is_some_and(|l| l.ends_with(e)));
        !self.capital_mid.contains(&lower)
            && (english || self.capitals.get(&lower).copied().unwrap_or(0) < 3)
    }

    /// Lower-cases the first word when it is an ordinary word capitalised
    /// only because it started a sentence, heading or cell.
    pub fn lc_first(&self, s: &str) -> String {
        let s = s.trim();
        let end = s
            .find(|c: char| !c.is_alphanumeric() && c != '-')
            .unwrap_or(s.len());
        // "Amazon API Gateway": a word before an acronym starts a name
        // ("With AWS", "Using AWS" do not).
        let next = s[end..].split_whitespace().next().unwrap_or("");
        let acronym = next.len() >= 2 && next.chars().all(|c| c.is_ascii_uppercase());
        // "Amazon Redshift": so does one before a capitalised word
        let capital = next.starts_with(char::is_uppercase) && next.chars().any(char::is_lowercase);
        let named = (acronym || capital) && name_like(&s[..end]);
        // "Germany's navy": an owner, named
        let owner =
            s[end..].starts_with(['\'', '’']) && possessive(s.split(' ').next().unwrap_or(""));
        if self.ordinary(&s[..end]) && !named && !owner {
            let first = s.chars().next().unwrap_or(' ');
            let mut out: String = first.to_lowercase().collect();
            out.push_str(&s[first.len_utf8()..]);
            return out;
        }
        s.to_string()
    }

    /// Lower-cases ordinary words written in Title Case ("Security of the
    /// Cloud" → "security of the cloud"), leaving names alone ("the AWS
    /// Cloud", "Amazon Virtual Private Cloud").
    pub fn lc_phrase(&self, s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut prev_capital = false;
        let tokens: Vec<&str> = s.split(' ').collect();
        for (k, token) in tokens.iter().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            let next_capital = tokens.get(k + 1).is_some_and(|n| {
                let w = n.trim_start_matches(|c: char| !c.is_alphanumeric());
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .skip(1)
                        .any(|c| c.is_lowercase() || c.is_ascii_digit())
            });
            // "Awareness and Training": a name joined by "and" stays whole.
            let joined_name = k >= 2
                && ["and", "&", "or"].contains(&tokens[k - 1])
                && tokens[k - 2].chars().next().is_some_and(char::is_uppercase);
            let lead = token.len()
                - token
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .len();
            let body = &token[lead..];
            let end = body
                .find(|c: char| !c.is_alphanumeric() && c != '-')
                .unwrap_or(body.len());
            let word = &body[..end];
            let starts_upper = word.chars().next().is_some_and(char::is_uppercase);
            if starts_upper
                && !prev_capital
                && !next_capital
                && !joined_name
                && self.ordinary(word)
                && (k == 0 || self.lower_seen.contains(&word.to_lowercase()))
            {
                out.push_str(&token[..lead]);
                out.push_str(&word.to_lowercase());
                out.push_str(&body[end..]);
                prev_capital = false;
            } else {
                out.push_str(token);
                prev_capital =
                    starts_upper || word.chars().next().is_some_and(|c| c.is_ascii_digit());
            }
        }
        out
    }

    /// A table label or header in Title Case as words in a question
    /// ("Default Inbound" → "default inbound"), names kept ("EC2 Instance").
    pub fn lc_label(&self, s: &str) -> String {
        s.split(' ')
            .map(|w| {
                let core = w.trim_matches(|c: char| !c.is_alphanumeric());
                // "Parallel-Plate": each part an ordinary word
                let ordinary = self.ordinary(core)
                    || core.split('-').all(|p| !p.is_empty() && self.ordinary(p));
                // "Bayes' theorem", "Newton's law": a person's
                let owner = core.starts_with(char::is_uppercase) && possessive(w);
                if ordinary && !owner {
                    w.to_lowercase()
                } else {
                    w.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The lexicon knowing the note's title (front matter or first
    /// level-1 heading, as the document reader found it).
    pub fn with_title(mut self, title: Option<&str>) -> Self {
        self.title = title
            .unwrap_or_default()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        self
    }

    /// Whether a word is one of the note's title.
    pub fn in_title(&self, word: &str) -> bool {
        self.title.contains(&word.to_lowercase())
    }

    /// Whether the notes never write `word` in lower case.
    pub fn never_lower(&self, word: &str) -> bool {
        !self.lower_seen.contains(&word.to_lowercase())
    }

    /// A word used as a name: capitalised mid-sentence, never in lower case
    /// ("Lambda" in "AWS Lambda").
    pub fn is_name(&self, word: &str) -> bool {
        let lower = word.to_ascii_lowercase();
        word.chars().next().is_some_and(char::is_uppercase)
            && !self.lower_seen.contains(&lower)
            && (self.capital_mid.contains(&lower)
                || word
                    .chars()
                    .skip(1)
                    .any(|c| c.is_uppercase() || c.is_ascii_digit()))
    }
}

/// Whether a line is only a bold label, perhaps as a list item
/// ("- **Security Features**", "**Tokens:**").
fn bold_label_line(line: &str) -> bool {
    let t = line.trim();
    let t = ["- ", "* ", "+ "]
        .iter()
        .find_map(|b| t.strip_prefix(b))
        .unwrap_or(t)
        .trim_start();
    let t = t.strip_suffix(':').unwrap_or(t);
    t.len() > 4 && t.starts_with("**") && t.ends_with("**") && t.matches("**").count() == 2
}

/// "The object" → "the object", "A sorted index" → "a sorted index": a
/// leading article in lower case, for the middle of a question; names keep
/// their case.
pub fn lower_article(s: &str) -> String {
    match s.split_once(' ') {
        Some((a @ ("The" | "A" | "An" | "Every" | "Each" | "All"), rest)) => {
            format!("{} {rest}", a.to_lowercase())
        }
        _ => s.to_string(),
    }
}

/// Lower-cases the first letter.
pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// "dispersion in mutual inclinations" → "dispersion", "an extension of
/// the road" → "extension": the noun that heads a phrase, the last word
/// before its first preposition.
pub fn head_noun(phrase: &str) -> &str {
    const AFTER_HEAD: &[&str] = &[
        "of", "in", "on", "for", "at", "with", "to", "from", "by", "per",
    ];
    // "cultural goals (wealth)": an aside in brackets is no head
    phrase
        .split_whitespace()
        .take_while(|w| !AFTER_HEAD.contains(&w.to_lowercase().as_str()) && !w.starts_with('('))
        .last()
        .unwrap_or(phrase)
}

/// "Glaze weight" → "glaze weight", but "Ohm's law" and "RSE" keep their
/// capitals.
pub fn lower_name(term: &str) -> String {
    let mut chars = term.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase() && !term.contains('\'') => {
            a.to_lowercase().chain(term.chars().skip(1)).collect()
        }
        _ => term.to_string(),
    }
}

/// A heading in capitals ("INIT CONTAINERS", "FINAL 30-SECOND REVISION")
/// in title case, so that a card's front does not shout; words of three
/// letters or fewer may be acronyms ("AWS", "POD") and stay.
pub fn calm_caps(heading: &str) -> String {
    let long_words = heading
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .count();
    if long_words < 2 || heading.chars().any(char::is_lowercase) {
        return heading.to_string();
    }
    let calm = |w: &str| -> String {
        if w.chars().filter(|c| c.is_alphabetic()).count() < 4 {
            return w.to_string();
        }
        let mut seen = false;
        w.chars()
            .map(|c| match (c.is_alphabetic(), seen) {
                (true, true) => c.to_lowercase().collect::<String>(),
                (true, false) => {
                    seen = true;
                    c.to_string()
                }
                _ => c.to_string(),
            })
            .collect()
    };
    heading.split(' ').map(calm).collect::<Vec<_>>().join(" ")
}

/// Capitalises the first letter, unless the first word is code, a name
/// written in lower case on purpose (`println()`, `queueMicrotask`,
/// `my_var`, `os.path`) or a symbol (`t = …`, `α`).
pub fn capitalise(s: &str) -> String {
    let word = s.split_whitespace().next().unwrap_or("");
    let inner = word.trim_end_matches(['.', ',', ':', ';']);
    let code = inner.contains(['(', '_', '[', '='])
        || inner.trim_start_matches('.').contains('.')
        || (inner.starts_with(|c: char| c.is_lowercase()) && inner.chars().any(char::is_uppercase))
        // "gp2", "st1": a model name in lower case with its number
        || (inner.starts_with(|c: char| c.is_ascii_lowercase())
            && inner.chars().any(|c| c.is_ascii_digit())
            && inner.chars().all(|c| c.is_ascii_alphanumeric()));
    // "t = (x̄ − μ) / s", "α = 0.05", "μ₀": a symbol keeps its case.
    let second = s.split_whitespace().nth(1).unwrap_or("");
    // "a, …, b": a run of symbols
    let run = inner.chars().count() == 1 && (word.contains("..") || word.contains('…'));
    let symbol = run
        || ('α'..='ω').contains(&inner.chars().next().unwrap_or(' '))
        // ("v² = …": one letter with its power or mark)
        || (inner.chars().filter(|c| c.is_alphabetic()).count() == 1
            && inner.chars().count() <= 3
            && second.starts_with(['=', '<', '>', '≤', '≥', '≠', '+', '-', '*', '/', '^']));
    // "ttrr", "tt x TT": letters with no vowel are a genotype's or a
    // symbol's, whose case is their meaning
    let letters = !inner.is_empty() && inner.chars().all(|c| c.is_ascii_alphabetic());
    let vowel = inner
        .chars()
        .any(|c| "aeiouy".contains(c.to_ascii_lowercase()));
    if code || symbol || letters && !vowel {
        return s.to_string();
    }
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// "Redis", "Amazon Kinesis", "Alias": a name that ends like a plural but
/// names one thing.
pub fn singular_name(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    let ends = |e: &[&str]| e.iter().any(|e| last.ends_with(e));
    // "Alias" alone, but "Read Replicas" are many
    last.starts_with(char::is_uppercase)
        && (ends(&["is", "us", "ss", "os"]) || words.len() == 1 && ends(&["as"]))
}

/// "Newton's", "Bayes'", "Snell’s": a word that names an owner.
pub fn possessive(w: &str) -> bool {
    ["'s", "’s", "s'", "s’"].iter().any(|e| w.ends_with(e))
}

/// Whether a word looks like a plural noun: longer than three letters,
/// ending in one `s` ("ports", "pros", not "class", "bus", "osmosis" or
/// "status").
pub fn looks_plural(word: &str) -> bool {
    // ("lens", "bias", "atlas": singulars in "s")
    const SINGULAR: &[&str] = &["lens", "bias", "atlas", "canvas", "chaos", "cosmos"];
    word.len() > 3
        && word.ends_with('s')
        && !["ss", "sis", "us"].iter().any(|e| word.ends_with(e))
        && !SINGULAR.contains(&word.to_lowercase().as_str())
}

/// The text after one of `labels` (matched without case), if it starts
/// so and something follows. The labels are ASCII and matched on ASCII
/// case only, so the rest is cut where the label ends even when a
/// letter of it lower-cases to more or fewer bytes (the Kelvin sign).
pub fn strip_any<'t>(t: &'t str, labels: &[&str]) -> Option<&'t str> {
    labels
        .iter()
        .find(|l| t.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l)))
        .map(|l| t[l.len()..].trim())
        .filter(|r| !r.is_empty())
}

pub fn first_word(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase()
}

pub fn strip_word<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let lower = s.get(..word.len())?.to_ascii_lowercase();
    if lower == word && s[word.len()..].starts_with(|c: char| !c.is_alphanumeric()) {
        Some(s[word.len()..].trim_start())
    } else if lower == word && s.len() == word.len() {
        Some("")
    } else {
        None
    }
}

/// Splits text into sentences, leaving abbreviations and brackets alone.
pub fn sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0i32;
    for i in 0..chars.len() {
        let c = chars[i];
        cur.push(c);
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        // "Er hilft mir. (He helps me.)": an aside in brackets after a
        // sentence belongs to it, and ends it.
        let closes_aside = c == ')' && i > 0 && matches!(chars[i - 1], '.' | '!' | '?');
        if depth > 0 || !(matches!(c, '.' | '!' | '?') || closes_aside) {
            continue;
        }
        let next = chars.get(i + 1);
        let after = chars.get(i + 2);
        let boundary = match next {
            None => true,
            Some(n) if n.is_whitespace() => starts_sentence(after) || lower_case_start(&cur, after),
            Some('"' | '”' | '’' | ')') => false,
            _ => false,
        };
        if !boundary {
            continue;
        }
        let word = cur
            .trim_end_matches(['.', '!', '?'])
            .rsplit(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("");
        let last_word = word.to_lowercase();
        // "J. Smith": an initial; "b. The record …": a letter that numbers
        // a point; but "… up to n. It": a symbol ending a sentence
        let letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
        let before = cur.trim_end_matches(['.', '!', '?']);
        let before = before[..before.len() - word.len()].trim_end();
        let enumerator = before.is_empty() || before.ends_with(['.', ':']);
        let initial = letter && (word.chars().all(char::is_uppercase) || enumerator);
        if c == '.' && (ABBREVIATIONS.contains(&last_word.as_str()) || initial) {
            continue;
        }
        let s = cur.trim().to_string();
        if !s.is_empty() {
            out.push(s);
        }
        cur.clear();
    }
    let s = cur.trim().to_string();
    if !s.is_empty() {
        out.push(s);
    }
    out
}

/// "… a necessary being. something contingent depends …": notes typed
/// in lower case start sentences so too, after a full sentence (four
/// words or more) whose last word is no abbreviation ("p.m.f. of").
fn lower_case_start(so_far: &str, next: Option<&char>) -> bool {
    let words: Vec<&str> = so_far.split_whitespace().collect();
    let last = words.last().map_or("", |w| w.trim_end_matches('.'));
    next.is_some_and(|c| c.is_lowercase())
        && so_far.ends_with('.')
        && !so_far.ends_with("..")
        && words.len() >= 4
        && last.chars().count() >= 2
        && !last.contains('.')
        && last
            .chars()
            .all(|c| c.is_alphanumeric() || "')\"’”%".contains(c))
}

fn starts_sentence(c: Option<&char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\''),
    }
}

/// Openers that only number a point ("First, …"), left off as markers are.
const ORDINAL_MARKERS: &[&str] = &[
    "first,",
    "second,",
    "third,",
    "fourth,",
    "fifth,",
    "firstly,",
    "secondly,",
    "thirdly,",
    "lastly,",
];

/// The text without openers that carry no meaning ("Furthermore, …").
pub fn strip_markers(s: &str) -> &str {
    let mut s = s.trim();
    loop {
        let lower = s.to_ascii_lowercase();
        let Some(m) = MARKERS.iter().chain(ORDINAL_MARKERS).find(|m| {
            lower.starts_with(*m)
                && (m.ends_with([',', ':'])
                    || s.len() == m.len()
                    || s[m.len()..].starts_with([' ', ',']))
        }) else {
            return s;
        };
        // ("Hence, …": a marker listed bare takes its comma too)
        s = s[m.len()..].trim_start_matches(',').trim_start();
    }
}

/// "The translation buffer, TB for short, is …" → "The translation buffer
/// (TB) is …": a name given after a comma, early in the sentence, put in
/// brackets where the sentence rules read it as the subject's other name.
pub fn alias_in_brackets(s: &str) -> String {
    const MARKS: &[(&str, &str)] = &[
        (", also known as ", ","),
        (", also called ", ","),
        (", aka ", ","),
        (", ", " for short,"),
    ];
    for (open, close) in MARKS {
        let Some(at) = s.find(open) else { continue };
        let rest = &s[at + open.len()..];
        let Some(len) = rest.find(close) else {
            continue;
        };
        let name = rest[..len].trim().trim_matches('"');
        let early = s[..at].split_whitespace().count() <= 8;
        let short = (1..=4).contains(&name.split_whitespace().count()) && !name.contains(',');
        if early && short {
            return format!("{} ({name}){}", &s[..at], &rest[len + close.len()..]);
        }
    }
    s.to_string()
}

/// "Amazon", "Apache": a capitalised word that may start a name; not a
/// function word, a verb or an adverb ("With", "Using", "Only").
fn name_like(w: &str) -> bool {
    let l = w.to_lowercase();
    w.starts_with(char::is_uppercase)
        && !super::vocab::NAME_OPENERS.contains(&l.as_str())
        && !super::vocab::PRONOUNS.contains(&l.as_str())
        && !super::verbs::ACTION_VERBS.contains(&super::verbs::base_form(&l).as_str())
        && !["ing", "ed", "ly"].iter().any(|e| l.ends_with(e))
}

/// "E", "p", "t0", "v_rad", "ΔT": a symbol of a formula, which a gloss
/// after "=" says what it stands for.
pub fn symbol(term: &str) -> bool {
    let t = term.trim();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let marked = t.contains(|c: char| c.is_ascii_digit() || "_^′'".contains(c))
        || t.starts_with(['Δ', 'δ', '∆']);
    // one letter ("E", "p"), or a letter or two with a mark ("t0",
    // "v_rad"); "RT" and "Id" are names
    // "E_rest": a letter or two with a word for an index
    let indexed = t.split_once('_').is_some_and(|(head, index)| {
        (1..=2).contains(&head.chars().count())
            && head.chars().all(char::is_alphabetic)
            && (1..=5).contains(&index.chars().count())
            && index.chars().all(char::is_alphanumeric)
    });
    // "S3", "EC2": a name in capitals with its number
    let model = t
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    letters >= 1
        && !t.contains(' ')
        && !(model && t.contains(|c: char| c.is_ascii_digit()))
        && (indexed || t.chars().count() <= 6 && (letters == 1 || marked && letters <= 4))
}

/// "relativistic momentum", "proper time": a gloss of a symbol, a short
/// phrase of words with no figure or operator.
pub fn gloss_of_symbol(def: &str) -> bool {
    let words = def.split_whitespace().count();
    (2..=8).contains(&words)
        && def.starts_with(char::is_alphabetic)
        && !def.contains(|c: char| c.is_ascii_digit() || "=+*/^()²³₀₁₂–ΔΣ".contains(c))
        // "Used for storage" says what it does
        && super::past::past_base(&first_word(def)).is_none()
        && !["used", "for", "to", "when", "if"].contains(&first_word(def).as_str())
        // "Large Gas Kiln" is a name, "mC ΔT" a product of symbols
        && def.split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).count() < 2
        && !def.contains([';', '→'])
        && !def.split_whitespace().any(|w| w.starts_with(char::is_lowercase) && w.chars().any(char::is_uppercase))
        && !def.contains(" - ")
}

/// "Rival", "Durable": one word that says what a thing is like, by its
/// ending; `plainly`, only "-able", "-ible" or negated by "non-" (nouns
/// end in "-al" and "-ive" too).
pub fn property(term: &str, plainly: bool) -> bool {
    let ends: &[&str] = match plainly {
        true => &["able", "ible"],
        false => &["able", "ible", "ive", "ous", "al", "ful", "less"],
    };
    let lower = term.trim().to_lowercase();
    let word = lower.strip_prefix("non-").unwrap_or(&lower);
    let ending = ends
        .iter()
        .any(|e| word.len() > e.len() + 2 && word.ends_with(e));
    !word.is_empty()
        && word.chars().all(char::is_alphabetic)
        && (word.len() < lower.len() || ending)
}

#[cfg(test)]
mod head_tests {
    use super::head_noun;

    #[test]
    fn the_head_noun_is_the_last_word_before_a_preposition() {
        assert_eq!(head_noun("dispersion in mutual inclinations"), "dispersion");
        assert_eq!(head_noun("the lead glazes of the guild"), "glazes");
        assert_eq!(head_noun("kiln shelves"), "shelves");
        assert_eq!(head_noun("guild dues (yearly)"), "dues");
    }
}

#[cfg(test)]
mod alias_tests {
    use super::alias_in_brackets;

    #[test]
    fn a_name_after_a_comma_goes_in_brackets() {
        assert_eq!(
            alias_in_brackets("The translation buffer, TB for short, is a small cache."),
            "The translation buffer (TB) is a small cache."
        );
        assert_eq!(
            alias_in_brackets("A sorting hub, also known as a depot, holds parcels."),
            "A sorting hub (a depot) holds parcels."
        );
        // a list, not a name
        assert_eq!(
            alias_in_brackets("Ports, sockets and pipes, for short, are channels."),
            "Ports, sockets and pipes, for short, are channels."
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{capitalise, looks_plural, sentences};

    #[test]
    fn titles_and_abbreviations_end_no_sentence() {
        assert_eq!(
            sentences("St. Dunstan kept a forge. Fig. 2 shows it."),
            vec!["St. Dunstan kept a forge.", "Fig. 2 shows it."]
        );
    }

    #[test]
    fn plurals_are_told_from_words_that_end_in_s() {
        assert!(looks_plural("queues"));
        assert!(looks_plural("kilns"));
        for one in ["class", "osmosis", "status", "bus", "lens", "Lens"] {
            assert!(!looks_plural(one), "{one}");
        }
    }

    #[test]
    fn capitalise_leaves_code_as_it_is_typed() {
        assert_eq!(capitalise("returns the row"), "Returns the row");
        assert_eq!(capitalise("v² = u² + 2as"), "v² = u² + 2as");
        assert_eq!(
            capitalise("insert/update anomalies"),
            "Insert/update anomalies"
        );
        assert_eq!(
            capitalise("println() = print with newline"),
            "println() = print with newline"
        );
        assert_eq!(
            capitalise("queueMicrotask runs it"),
            "queueMicrotask runs it"
        );
        assert_eq!(capitalise("gp2; gp3"), "gp2; gp3");
        assert_eq!(capitalise("my_var holds it"), "my_var holds it");
        assert_eq!(capitalise("os.path joins paths"), "os.path joins paths");
        assert_eq!(capitalise(""), "");
        // a genotype's letters keep their case
        assert_eq!(capitalise("ttrr x TtRr"), "ttrr x TtRr");
        assert_eq!(capitalise("t stands for short"), "t stands for short");
        // symbols keep their case; an article does not
        assert_eq!(capitalise("t = (x - m) / s"), "t = (x - m) / s");
        assert_eq!(capitalise("α = 0.05"), "α = 0.05");
        assert_eq!(capitalise("μ₀ is the mean"), "μ₀ is the mean");
        assert_eq!(capitalise("a dough rests"), "A dough rests");
    }

    #[test]
    fn a_heading_in_capitals_is_calmed_but_its_acronyms_stay() {
        use super::calm_caps;
        assert_eq!(calm_caps("INIT CONTAINERS:"), "Init Containers:");
        assert_eq!(
            calm_caps("FINAL 30-SECOND REVISION"),
            "Final 30-Second Revision"
        );
        assert_eq!(calm_caps("AWS KILN RULES"), "AWS Kiln Rules");
        assert_eq!(calm_caps("AWS IAM"), "AWS IAM");
        assert_eq!(calm_caps("Kiln RULES"), "Kiln RULES");
    }

    #[test]
    fn a_name_may_end_like_a_plural() {
        assert!(super::singular_name("Amazon Kinesis"));
        assert!(super::singular_name("Alias"));
        assert!(!super::singular_name("Read Replicas"));
        assert!(!super::singular_name("kilns"));
    }

    #[test]
    fn a_capital_before_an_acronym_may_start_a_name() {
        assert!(super::name_like("Amazon"));
        assert!(!super::name_like("With"));
        assert!(!super::name_like("Using"));
        assert!(!super::name_like("amazon"));
    }
}

#[cfg(test)]
mod symbol_tests {
    use super::{gloss_of_symbol, symbol};

    #[test]
    fn a_symbol_and_its_gloss() {
        for s in ["E", "p", "t0", "v_rad", "T′"] {
            assert!(symbol(s), "{s}");
        }
        for s in ["Kiln", "Erest", "cone 6", "Glazing", "RT", "Id", "400"] {
            assert!(!symbol(s), "{s}");
        }
        assert!(gloss_of_symbol("rest mass of the pot"));
        assert!(!gloss_of_symbol("mrelc²"));
        assert!(!gloss_of_symbol("mv / sqrt(1 - v²)"));
    }
}
