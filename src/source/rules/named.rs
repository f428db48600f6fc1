//! Lists whose question comes from what stands over them: a heading that
//! names one thing ("Starter Plan", "Cost Explorer") over a list of what
//! it includes or lets you do, and a one-word label inside a list ("View:",
//! "Charged by:") over a sub-list.

use super::super::doc::Item;
use super::super::facts::Fact;
use super::super::text::{first_word, looks_plural, strip_word};
use super::super::vocab::{DANGLING, GENERIC_HEADINGS};
use super::meaning::value_like;
use super::Rules;

/// Most words in a value asked as a label's value.
const MAX_VALUE_WORDS: usize = 12;

/// Verbs that start an item saying what something lets you do, and
/// labels over what you can do with it ("View:", "Set:").
const DOING_VERBS: &[&str] = &[
    "add",
    "analyse",
    "analyze",
    "automate",
    "book",
    "borrow",
    "browse",
    "build",
    "buy",
    "cancel",
    "check",
    "choose",
    "compare",
    "configure",
    "create",
    "delete",
    "deploy",
    "download",
    "edit",
    "estimate",
    "find",
    "forecast",
    "get",
    "identify",
    "install",
    "launch",
    "manage",
    "monitor",
    "order",
    "pay",
    "plan",
    "reduce",
    "return",
    "run",
    "scale",
    "schedule",
    "search",
    "send",
    "set",
    "share",
    "store",
    "track",
    "upload",
    "view",
    "visualise",
    "visualize",
];

/// Heading words that say what kind of section it is, not what it names.
const SECTION_WORDS: &[&str] = &[
    "overview",
    "summary",
    "basics",
    "introduction",
    "example",
    "definition",
    "notes",
    "syntax",
    "usage",
    "setup",
    "recap",
    "review",
    "include",
    "includes",
    "comparison",
];

/// Prepositions that end a label over the values it takes ("Charged by").
const LABEL_PREPOSITIONS: &[&str] = &["by", "for", "with", "on", "in", "per"];

/// Whether a heading names one thing: two to five capitalised words (a
/// part in brackets aside), the last not a plural, none a section word.
fn names_a_thing(heading: &str) -> bool {
    let base = heading.split('(').next().unwrap_or("").trim();
    let words: Vec<&str> = base.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) || base.contains([':', '?', '—']) {
        return false;
    }
    let capitalised = words.iter().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
    });
    let last = words[words.len() - 1].to_lowercase();
    // "Factors Affecting Glaze Colour" names factors
    let kind = super::kinds::kind_noun(base).to_lowercase();
    let plural = [last, kind]
        .iter()
        .any(|w| super::super::text::looks_plural(w));
    let sectional = words
        .iter()
        .any(|w| SECTION_WORDS.contains(&w.to_lowercase().as_str()));
    const NOT_NAMES: &[&str] = &[
        "what", "how", "why", "when", "which", "must", "should", "nice", "do", "don't", "never",
        "always", "can",
    ];
    let asks = NOT_NAMES.contains(&first_word(base).as_str());
    capitalised && !plural && !sectional && !asks
}

/// The question of a list right under a heading that names one thing:
/// "what can you do with X?" when most items start with a verb, else
/// "what does X include?".
pub(super) fn named_list_question(heading: &str, shown: &[String]) -> Option<String> {
    if !names_a_thing(heading) {
        return None;
    }
    let doing = shown
        .iter()
        .filter(|s| DOING_VERBS.contains(&first_word(s).as_str()))
        .count();
    // "Converts speech to text", "Automatically organizes files": what
    // it does
    let does = shown.iter().filter(|s| says_what_it_does(s)).count();
    Some(if doing * 3 >= shown.len() * 2 {
        format!("what can you do with {heading}?")
    } else if does * 2 > shown.len() {
        format!("what does {heading} do?")
    } else {
        format!("what does {heading} include?")
    })
}

/// "Converts speech to text", "Automatically organizes files": an item
/// that opens with a verb in the third person.
fn says_what_it_does(item: &str) -> bool {
    let mut words = item.split_whitespace().map(str::to_lowercase);
    let first = words.next().unwrap_or_default();
    let verb = match super::super::verbs::is_adverb(&first) {
        true => words.next().unwrap_or_default(),
        false => first,
    };
    super::super::verbs::known_third_person(&verb)
}

/// "Amazon CloudFront includes:" → "what does Amazon CloudFront
/// include?": a lead that is a subject and a verb of having.
pub(super) fn having_lead_question(lead: &str) -> Option<(String, String)> {
    const HAVING: &[(&str, &str)] = &[
        ("includes", "include"),
        ("include", "include"),
        ("provides", "provide"),
        ("provide", "provide"),
        ("offers", "offer"),
        ("offer", "offer"),
        ("supports", "support"),
        ("support", "support"),
        ("contains", "contain"),
        ("contain", "contain"),
        ("has", "have"),
        ("have", "have"),
    ];
    let (subject, verb) = lead.trim().trim_end_matches(':').rsplit_once(' ')?;
    let (_, base) = HAVING.iter().find(|(v, _)| *v == verb)?;
    let words = subject.split_whitespace().count();
    let pronoun = [
        "it", "this", "that", "these", "they", "which", "who", "each",
    ]
    .contains(&first_word(subject).as_str());
    if words == 0 || words > 5 || pronoun || !super::term_like(subject) {
        return None;
    }
    let subject = super::super::text::lower_article(subject);
    let does = if *base == verb { "do" } else { "does" };
    Some((
        subject.to_string(),
        format!("what {does} {subject} {base}?"),
    ))
}

/// "Every state can define:" → "what can every state define?"; "Each
/// step can:" → "what can each step do?": a lead of a subject, a modal
/// and what it does, the items being its objects. The subject and the
/// question.
pub(super) fn modal_lead_question(lead: &str) -> Option<(String, String)> {
    let l = lead.trim().trim_end_matches(':').trim_end();
    let words: Vec<&str> = l.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| super::super::vocab::MODALS.contains(w))?;
    let (subject, rest) = (&words[..at], &words[at + 1..]);
    let first = subject.first()?.to_lowercase();
    let determiner = ["every", "each", "all", "a", "an", "the"].contains(&first.as_str());
    let named = determiner && subject.len() >= 2 || super::term_like(&subject.join(" "));
    if subject.len() > 5 || rest.len() > 4 || !named || l.contains([',', ';', '.', '?']) {
        return None;
    }
    let subject = super::super::text::lower_article(&subject.join(" "));
    let does = match rest.is_empty() {
        true => "do".to_string(),
        false => rest.join(" "),
    };
    let q = format!("what {} {subject} {does}?", words[at]);
    Some((subject, q))
}

/// "Japan gained…", "The guild bought:" → "what did Japan gain?": a
/// lead of a subject and the verb in the past whose objects the items
/// are. The subject and the question.
pub(super) fn past_lead_question(lead: &str) -> Option<(String, String)> {
    let l = lead.trim().trim_end_matches([':', '…', '.']).trim_end();
    let (subject, verb) = l.rsplit_once(' ')?;
    let past = verb.ends_with("ed") || super::super::past::irregular_past(verb);
    let base = super::super::past::past_base(verb).filter(|_| past)?;
    let words = subject.split_whitespace().count();
    let named = subject.starts_with(char::is_uppercase) && super::term_like(subject);
    if words > 4 || !named || subject.contains([',', ';', '(']) {
        return None;
    }
    let subject = super::super::text::lower_article(subject);
    Some((subject.clone(), format!("what did {subject} {base}?")))
}

/// "Earth has three main layers" → "what are the three main layers of
/// Earth?"; "A craton can be divided into two parts" → "… two parts: what
/// are they?": a short sentence that ends on a count and the plural noun
/// of what the items are. The subject and the question.
pub(super) fn counted_sentence_question(lead: &str) -> Option<(String, String)> {
    let l = lead.trim().trim_end_matches([':', '.']).trim_end();
    let words: Vec<&str> = l.split_whitespace().collect();
    let last = words.last()?;
    let at = words
        .iter()
        .rposition(|w| super::kinds::COUNTS.contains(&w.to_lowercase().as_str()))?;
    let plain = words
        .iter()
        .all(|w| w.chars().all(|c| c.is_alphanumeric() || "-'".contains(c)));
    if let Some(q) = counted_kinds_of(&words, at).filter(|_| plain) {
        return Some(q);
    }
    if at < 2
        || words.len() > 10
        || words.len() - at > 4
        || !plain
        || !super::super::text::looks_plural(&last.to_lowercase())
        || ["there", "these", "they", "it", "this"].contains(&first_word(l).as_str())
    {
        return None;
    }
    let kinds = words[at..].join(" ").to_lowercase();
    let head = &words[..at];
    let subject = match head.split_last() {
        Some((v, s)) if ["has", "have"].contains(v) && s.len() <= 4 => s.join(" "),
        _ => return Some((head[0].to_string(), format!("{l}: what are they?"))),
    };
    let subject = super::super::text::lower_article(&subject);
    Some((
        subject.to_string(),
        format!("what are the {kinds} of {subject}?"),
    ))
}

/// "Will cover four main periods of human development" → "what are the
/// four main periods of human development?": the count, its kind and
/// what they are of, at the end of a sentence, name the items.
fn counted_kinds_of(words: &[&str], at: usize) -> Option<(String, String)> {
    let of = at + words[at..].iter().position(|w| *w == "of")?;
    let kind = words[of - 1].to_lowercase();
    let whole = (2..=4).contains(&(of - at))
        && (1..=4).contains(&(words.len() - of - 1))
        && words.len() <= 12
        && super::super::text::looks_plural(&kind)
        && !DANGLING.contains(&words[words.len() - 1].to_lowercase().as_str());
    if !whole || at == 0 {
        return None;
    }
    let kinds = words[at..of].join(" ").to_lowercase();
    let object = words[of + 1..].join(" ");
    Some((object.clone(), format!("what are the {kinds} of {object}?")))
}

/// "There are three kinds of kiln: (1) the wood kiln, (2) the gas kiln,
/// and (3) the electric kiln." → "what are the three kinds of kiln?" →
/// "The wood kiln; the gas kiln; the electric kiln": a counted lead and
/// its items in one sentence.
pub(super) fn counted_and_listed(sentence: &str) -> Option<Fact> {
    let (lead, items) = sentence.trim().trim_end_matches('.').split_once(": ")?;
    let (_, q) = are_lead_question(lead)?;
    let parts: Vec<String> = items
        .split(", ")
        .flat_map(|p| p.split(" and "))
        .map(|p| {
            let p = p.trim().trim_start_matches("and ").trim();
            // "(1) the wood kiln"
            let p = match p.split_once(") ") {
                Some((n, rest)) if n.trim_start_matches('(').parse::<u8>().is_ok() => rest,
                _ => p,
            };
            p.trim().to_string()
        })
        .filter(|p| !p.is_empty())
        .collect();
    let count = lead.split_whitespace().find_map(super::kinds::count_of);
    let short = parts.iter().all(|p| p.split_whitespace().count() <= 6);
    (count == Some(parts.len()) && short).then(|| {
        let q = q.replace("{n}", &parts.len().to_string());
        Fact::asked(q, &super::super::text::capitalise(&parts.join("; ")))
    })
}

/// "Some potential problems with the heap are:" → "what are the potential
/// problems with the heap?", "There are four components of memory." →
/// "what are the four components of memory?": a lead that names what the
/// items are.
pub(super) fn are_lead_question(lead: &str) -> Option<(String, String)> {
    let l = lead.trim().trim_end_matches([':', '.']);
    let (subject, count) = match l.strip_suffix(" are") {
        Some(s) => (s, None),
        None => {
            let rest = strip_word(strip_word(l, "there")?, "are")?;
            let (n, noun) = rest.split_once(' ')?;
            let n = n.to_lowercase();
            // "There are different estimates for X based on …": what
            // the sentence adds after the kind is no part of its name
            const SOME: &[&str] = &["different", "several", "many", "various", "multiple"];
            if SOME.contains(&n.as_str()) {
                let end = [" based on", " depending on", " that ", " which ", " to "]
                    .iter()
                    .filter_map(|w| noun.find(w))
                    .min()
                    .unwrap_or(noun.len());
                (&noun[..end], Some(()))
            } else {
                let number = super::kinds::COUNTS.contains(&n.as_str());
                (noun, number.then_some(())?.into())
            }
        }
    };
    let words: Vec<&str> = subject.split_whitespace().collect();
    let pointing = [
        "these",
        "they",
        "those",
        "which",
        "there",
        "here",
        "following",
    ]
    .contains(&first_word(subject).as_str());
    if words.is_empty() || words.len() > 8 || pointing || subject.contains([',', ';', '.']) {
        return None;
    }
    // "Among other colourants used are": some of them, not all
    let among = ["among other ", "among the other ", "among the ", "among "]
        .iter()
        .find_map(|a| {
            let cut = subject.get(..a.len())?;
            cut.eq_ignore_ascii_case(a).then(|| &subject[a.len()..])
        });
    let noun = match (among, first_word(subject).as_str()) {
        (Some(rest), _) => rest.to_string(),
        (None, "some" | "the") => words[1..].join(" "),
        _ => subject.to_string(),
    };
    let noun = super::super::text::lower_article(&noun);
    // The count the list shows: "four" where five items follow would
    // contradict the answer.
    let q = match count {
        _ if among.is_some() => format!("what are some of the {noun} ({{n}} items)?"),
        Some(()) => format!("what are the {{n}} {noun}?"),
        None => format!("what are the {noun} ({{n}} items)?"),
    };
    (!noun.is_empty()).then(|| (noun.to_string(), q))
}

/// The question of a sub-list under a label inside a list, `parent`
/// being what the list is about: "View" → "what can you view in X?",
/// "Charged by" → "what is X charged by?".
pub(super) fn label_list_question(label: &str, parent: &str) -> Option<String> {
    // "What is Visibility Timeout?" over "Used for:" → "Visibility Timeout".
    let parent = super::subject_of_question(parent.trim());
    let label = label.trim_end_matches(':').trim();
    let words: Vec<&str> = label.split_whitespace().collect();
    let lower = label.to_lowercase();
    match words.as_slice() {
        [_] if DOING_VERBS.contains(&lower.as_str()) => {
            Some(format!("what can you {lower} in {parent}?"))
        }
        [_, prep] if LABEL_PREPOSITIONS.contains(&prep.to_lowercase().as_str()) => {
            Some(format!("what is {parent} {lower}?"))
        }
        _ => None,
    }
}

impl Rules<'_> {
    /// A label over one plain value ("Response:" / "< 1 day"), or up to
    /// three: the label asked of the heading. Whether it made the card.
    pub(super) fn single_value(&mut self, label: &str, sub: &[Item]) -> bool {
        // One value, or a few plain ones ("< 1 day; < 3 days").
        // "Explanation:" names nothing: what is under it is read as it is.
        let nameless = GENERIC_HEADINGS.contains(&label.trim().to_lowercase().as_str());
        if nameless || sub.is_empty() || sub.len() > 3 || sub.iter().any(|c| !c.sub.is_empty()) {
            return false;
        }
        let values: Vec<_> = sub.iter().map(|c| self.entry(c)).collect();
        // "Definition" over "A wrapper is a function that …": a sentence
        // is read as one, not as the label's value.
        let sentence = |t: &str| {
            t.split_whitespace().count() > MAX_VALUE_WORDS
                || super::super::text::sentences(t).len() > 1
        };
        if values
            .iter()
            .any(|v| v.term.is_some() || v.text.is_empty() || sentence(&v.text))
        {
            return false;
        }
        // "Types" names nothing: the heading above it does
        let heading = match self.stack.last() {
            Some((_, h)) if super::is_generic(h) => self.parent_heading().map(str::to_string),
            last => last.map(|(_, h)| h.clone()),
        };
        let Some(heading) = heading.filter(|h| !self.is_title(h)) else {
            return false;
        };
        // "Amines" › "e.g." › "epinephrine", "thyroid hormone"
        if examples_label(label) {
            let q = format!("what are examples of {}?", self.lex.lc_label(&heading));
            let texts: Vec<&str> = values.iter().map(|v| v.text.as_str()).collect();
            self.card(None, &q, &texts.join("; "), None, values[0].line);
            return true;
        }
        // "Great Fire of Stoke" over "1666 AD" alone: the date of it
        if let Some(q) = super::dates::date_of(label, &values[0].text).filter(|_| sub.len() == 1) {
            self.card(
                None,
                &format!("{heading}: {q}"),
                &values[0].text,
                None,
                values[0].line,
            );
            return true;
        }
        let one_word = !label.trim().contains(' ');
        let kind_of = one_word
            .then(|| super::kinds::kind_of_heading(label.trim(), &heading))
            .flatten();
        // "Honesty" over "Give credit where it is due" alone: a phrase of
        // three words or more, no figure nor name, says what it means
        let phrase = |t: &str| {
            t.split_whitespace().count() >= 3 && !value_like(t) && !super::meaning::named_value(t)
        };
        if kind_of.is_none() && sub.len() == 1 && phrase(&values[0].text) {
            return false;
        }
        let Some(q) = kind_of
            .or_else(|| label_list_question(label, &heading))
            .or_else(|| {
                one_word.then(|| {
                    let q = super::table::roles::column_question(&self.lex.lc_label(label));
                    format!("{heading}: {q}")
                })
            })
        else {
            return false;
        };
        let texts: Vec<&str> = values.iter().map(|v| v.text.as_str()).collect();
        self.card(None, &q, &texts.join("; "), None, values[0].line);
        true
    }
}

/// "`tool run`: starts the tool": a term written as code.
pub(super) fn code_term(it: &Item, term: &str, sep: &str) -> bool {
    sep.trim() == ":"
        && it.lines.first().is_some_and(|l| {
            l.code
                .first()
                .is_some_and(|c| term.starts_with(&super::super::clean::clean_text(c)))
        })
}

/// "sudo - The sudo command runs …": a one-word command before a dash.
pub(super) fn command_term(term: &str, def: &str, sep: &str) -> bool {
    // "chmod: The command used to …": after a colon, only a description
    // that opens like one.
    let described = sep != ": "
        || ["the ", "a ", "an ", "used "]
            .iter()
            .any(|w| def.to_lowercase().starts_with(w));
    [" - ", " — ", " – ", ": "].contains(&sep)
        && described
        && !term.contains(' ')
        && term.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && def.split_whitespace().count() >= 4
}

/// "tool run --fast", "count(item)": a command line with a flag, or a
/// call, as a term.
pub(super) fn command_line(term: &str) -> bool {
    let flag = term.split_whitespace().skip(1).any(|w| w.starts_with('-'));
    let call = !term.contains(' ') && term.contains('(') && term.ends_with(')');
    term.starts_with(|c: char| c.is_ascii_lowercase()) && (flag || call)
}

/// "glaze - The glaze command coats every pot. …" → ("what does glaze
/// do?", "Coats every pot"): the first sentence, cut at a comma when long.
pub(super) fn command_definition(term: &str, def: &str) -> Option<(String, String)> {
    let lower = def.to_lowercase();
    let t = term.to_lowercase();
    let lead = [
        format!("the {t} command "),
        format!("{t} command "),
        format!("{t} "),
        "the command ".to_string(),
        "a command ".to_string(),
    ]
    .into_iter()
    .find(|l| lower.starts_with(l.as_str()))?;
    let mut rest = def[lead.len()..].trim();
    for used in [
        "is used to ",
        "is used for ",
        "used to ",
        "used specifically to ",
        "that ",
        "lets you ",
        "allows you to ",
    ] {
        if rest.to_lowercase().starts_with(used) {
            rest = &rest[used.len()..];
            break;
        }
    }
    // "Crawling is the pulling back …": the term and what it is, no command
    let lower_rest = rest.to_lowercase();
    if ["is ", "are ", "was ", "were "]
        .iter()
        .any(|b| lower_rest.starts_with(b))
    {
        return None;
    }
    let first = super::super::text::sentences(rest).into_iter().next()?;
    let first = first.trim_end_matches('.');
    let cut = match first.find(", ") {
        Some(at) if first.split_whitespace().count() > 20 => &first[..at],
        _ => first,
    };
    (cut.split_whitespace().count() >= 2).then(|| {
        (
            format!("what does {term} do?"),
            super::super::text::capitalise(cut.trim()),
        )
    })
}

/// "Services: EC2, Lambda, ECS", "Scalar Types: String, Number": a
/// plural label of one or two words over a comma list of short names.
pub(super) fn plural_label_of_names(term: &str, def: &str) -> bool {
    let t = term.to_lowercase();
    // "Services", "Scalar Types": a plural that names a kind
    let plural = super::super::text::looks_plural(&t) && t.split_whitespace().count() <= 2;
    plural && names_listed(def).is_some()
}

/// "Google, Apple, Amazon": a comma list of two or more short names, and
/// how many.
pub(super) fn names_listed(def: &str) -> Option<usize> {
    let names: Vec<&str> = def
        .trim_end_matches('.')
        .split(',')
        .map(str::trim)
        .collect();
    let all_names = names.iter().all(|n| {
        let words = n.split_whitespace().count();
        (1..=3).contains(&words) && n.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    });
    (names.len() >= 2 && all_names).then_some(names.len())
}

/// Arrows that join a name to what it leads to.
const ARROWS: &[&str] = &[" → ", " -> ", " ➜ ", " => "];

/// "Bisque - first firing -> porous": a term named by a dash before an
/// arrow, which is then inside its meaning.
pub(super) fn dash_before_arrow(left: &str) -> bool {
    [" - ", " – ", " — "].iter().any(|d| left.contains(d))
}

/// "Inbound → Free": the two sides of a one-arrow item.
pub(super) fn arrow_pair(raw: &str) -> Option<(&str, &str)> {
    let (at, arrow) = ARROWS
        .iter()
        .filter_map(|a| Some((raw.find(a)?, *a)))
        .min()?;
    let (left, right) = (&raw[..at], &raw[at + arrow.len()..]);
    let chained = ARROWS.iter().any(|a| right.contains(a.trim()));
    // "Boule = round loaf -> baked", "Bisque - first firing -> porous":
    // the arrow is inside a meaning;
    // "Lacks keys -> slow": a statement leads to another, not a name.
    let inside = left.contains(" = ") || left.contains(": ") || dash_before_arrow(left);
    let statement = super::code::starts_with_verb(left.trim());
    let named = !chained && !inside && !statement && !left.trim().is_empty();
    (named && !right.trim().is_empty()).then_some((left, right))
}

impl Rules<'_> {
    /// A `name → value` item, which says what the name leads to, costs or
    /// is an example of, not what it means: "what is X an example of?"
    /// under "Examples", else "Heading — X: what is it?". Whether it
    /// made the card.
    /// "what do heavy metals lead to?": the question of a noun phrase
    /// over an arrow (not of a clause, "Solubilises metals → …").
    fn leads_to(&self, term: &str) -> Option<String> {
        let words: Vec<&str> = term.split_whitespace().collect();
        let verb = words.iter().any(|w| {
            let w = w.to_lowercase();
            super::super::verbs::known_third_person(&w)
                || super::super::verbs::BE_HAVE.contains(&w.as_str())
        });
        // "Add soap → …": a step; "p → q": logic (a short form spelt
        // out, "WASO → wakefulness after …", the caller leaves alone)
        let step = words
            .first()
            .is_some_and(|w| super::super::verbs::known_verb(&w.to_lowercase()));
        let symbol = super::super::text::symbol(term)
            || words.iter().any(|w| w.len() == 1 && *w != "a" && *w != "A");
        // "Not clock-based → …", "Hard to control → …": a property, no
        // thing that leads; it is shown, and where it leads asked
        if super::front::quality(&words)
            || words.first().is_some_and(|w| w.eq_ignore_ascii_case("not"))
        {
            let shown = super::super::text::capitalise(term);
            return Some(format!("{shown} — what does this lead to?"));
        }
        if words.is_empty()
            || words.len() > 5
            || verb
            || step
            || symbol
            || term.contains([',', ':', '(', '=', '+'])
        {
            return None;
        }
        let name = self.lex.lc_label(term);
        let last = words[words.len() - 1].to_lowercase();
        let does = if looks_plural(&last) { "do" } else { "does" };
        Some(format!("what {does} {name} lead to?"))
    }

    pub(super) fn arrow_card(&mut self, term: &str, def: &str, raw: &str, line: usize) -> bool {
        let party = self.lex.parties.name(term).is_some();
        if arrow_pair(raw).is_none() || term.ends_with('?') || party {
            return false;
        }
        // under tips or mistakes, "Situation → what to pick" is a tip
        let heading = self.stack.last().map(|(_, h)| h.as_str());
        if heading.and_then(super::advice::advice_heading).is_some() {
            return false;
        }
        let label = self.stack.last().map(|(_, h)| h.to_lowercase());
        let examples = label.is_some_and(|l| examples_label(&l));
        let ctx = self.context(None);
        // under an "Exam trick:" label, the heading over it says what the
        // items are about
        let ctx = match ctx.as_deref().is_some_and(super::is_callout_label) {
            true => self.parent_heading().map(str::to_string).or(ctx),
            false => ctx,
        };
        if examples {
            let q = format!("what is {term} an example of?");
            self.card(ctx.as_deref(), &q, def, None, line);
        } else if picks_one(term, def) {
            // "“Millions of events per second” → Express": a situation
            // and the one of the section's things it calls for
            let q = format!("which one fits “{}”?", term.trim_matches(['"', '“', '”']));
            self.card(ctx.as_deref(), &q, def, None, line);
        } else if let Some(next) = strip_word(def, "then") {
            // "Use Retry → then Catch": a sequence
            let q = format!("what comes after “{term}”?");
            self.card(ctx.as_deref(), &q, next, None, line);
        } else if let Some(q) =
            super::people::did_what(term, def).or_else(|| super::meaning::why_done(term, def))
        {
            // "Ada Leach → secretary of the guild": who the person was
            let back = super::meaning::without_asked_verb(&q, def);
            self.card(ctx.as_deref(), &q, back, None, line);
        } else if let Some(q) = effect_question(term, def) {
            // "increase in price of substitute -> increases demand"
            self.card(ctx.as_deref(), &q, def, None, line);
        } else if def.split_whitespace().count() > 3 {
            // "InputPath → what part of the input to read": a meaning;
            // "Heavy metals → poison the fish that eat them": where the
            // arrow leads
            let q = super::labels::meant_by(term, def);
            // ("\"Reduction\" → …": a word in quotes, defined)
            let quoted = raw.trim_start().starts_with(['"', '“', '\'']);
            let short_form = super::labels::stands_for(term, def) || quoted;
            let q = match q.starts_with("what is meant by") && !says_what(def) && !short_form {
                true => self.leads_to(term).unwrap_or(q),
                false => q,
            };
            let back = super::meaning::without_asked_verb(&q, def);
            self.card(ctx.as_deref(), &q, back, None, line);
        } else {
            // "Small → Free": a value the name leads to
            let ctx = ctx.map_or_else(|| term.to_string(), |c| format!("{c} — {term}"));
            self.card(Some(&ctx), "what is it?", def, None, line);
        }
        true
    }
}

/// "a scheduler that …", "what part of the input to read": a meaning
/// that says what its term is, not where the arrow leads.
fn says_what(def: &str) -> bool {
    const OPENERS: &[&str] = &[
        "a", "an", "the", "what", "which", "who", "how", "one", "any", "used", "when", "where",
    ];
    OPENERS.contains(&first_word(def).as_str())
}

/// "increase in input prices → decreases supply": a change and what it
/// does, asked "what does an increase in input prices do?".
fn effect_question(term: &str, def: &str) -> Option<String> {
    const EFFECTS: &[&str] = &[
        "increases",
        "decreases",
        "raises",
        "lowers",
        "reduces",
        "shifts",
        "causes",
        "leads",
        "boosts",
        "cuts",
        "slows",
        "speeds",
    ];
    const CHANGES: &[&str] = &[
        "increase", "decrease", "rise", "fall", "drop", "change", "cut",
    ];
    let effect = EFFECTS.contains(&first_word(def).as_str());
    let first = first_word(term);
    let words = term.split_whitespace().count();
    if !effect || !(2..=8).contains(&words) || !term.starts_with(char::is_lowercase) {
        return None;
    }
    let article = match first.starts_with(['a', 'e', 'i', 'o', 'u']) {
        true => "an",
        false => "a",
    };
    CHANGES
        .contains(&first.as_str())
        .then(|| format!("what does {article} {term} do?"))
}

/// Whether an arrow leads from a situation (three words or more, or
/// quoted) to a short name ("Express", "Standard Queue").
fn picks_one(term: &str, def: &str) -> bool {
    let quoted = term.starts_with(['"', '“']);
    // ("EC2, Lambda, ECS → roles" names things, no situation)
    let situation = quoted || term.split_whitespace().count() >= 3 && !term.contains(',');
    let name = def.split_whitespace().count() <= 3
        && def.starts_with(char::is_uppercase)
        && !def.trim_end().ends_with('.');
    situation && name
}

/// "e.g.", "Examples:", "For example": a label over examples of what
/// the label above it names.
pub(super) fn examples_label(label: &str) -> bool {
    let l = label.trim().trim_end_matches(':').trim().to_lowercase();
    [
        "e.g.",
        "e.g",
        "eg",
        "eg.",
        "ex",
        "ex.",
        "example",
        "examples",
        "for example",
        "such as",
    ]
    .contains(&l.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_counted_lead_and_its_items_in_one_sentence() {
        let f = counted_and_listed("There are two kinds of glaze: matte and gloss.").unwrap();
        assert_eq!(f.question, "what are the 2 kinds of glaze?");
        assert_eq!(f.answer, "Matte; gloss");
        // the count must match the items
        assert!(counted_and_listed("There are three kinds of glaze: matte and gloss.").is_none());
        assert!(counted_and_listed("The kiln is hot: it glows.").is_none());
    }

    #[test]
    fn names_and_labels_give_questions() {
        let items = vec!["Two shelves".to_string(), "A padlock".to_string()];
        assert_eq!(
            named_list_question("Starter Plan (Cheap)", &items).as_deref(),
            Some("what does Starter Plan (Cheap) include?")
        );
        assert_eq!(named_list_question("Garden Tools", &items), None);
        let modal = |l: &str| modal_lead_question(l).map(|(_, q)| q);
        assert_eq!(
            modal("Every kiln can reach:").as_deref(),
            Some("what can every kiln reach?")
        );
        assert_eq!(
            modal("Each potter can:").as_deref(),
            Some("what can each potter do?")
        );
        assert_eq!(modal("It can:"), None);
        assert_eq!(named_list_question("Compost", &items), None);
        assert_eq!(named_list_question("Must Bring", &items), None);
        let doing = vec!["Book a bench".to_string(), "Return tools".to_string()];
        assert_eq!(
            named_list_question("Tool Desk", &doing).as_deref(),
            Some("what can you do with Tool Desk?")
        );
        let does = vec![
            "Automatically organizes pots by size".to_string(),
            "Converts clay to stoneware".to_string(),
            "Fully managed firing".to_string(),
        ];
        assert_eq!(
            named_list_question("Amazon Kiln", &does).as_deref(),
            Some("what does Amazon Kiln do?")
        );
        assert_eq!(
            label_list_question("Browse:", "Booking Portal").as_deref(),
            Some("what can you browse in Booking Portal?")
        );
        assert_eq!(
            label_list_question("Billed by", "Ground Hire").as_deref(),
            Some("what is Ground Hire billed by?")
        );
        assert_eq!(label_list_question("Colours", "Ground Hire"), None);
    }
}
