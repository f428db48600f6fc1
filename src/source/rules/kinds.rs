//! A label that names the kind of thing its list holds: "Types of
//! Joins", "Three Ownership Rules", "Schedulers" over their names. Each
//! asks for the items as instances of that kind.

use super::super::doc::Item;
use super::super::text::{first_word, looks_plural, Lexicon};
use super::entry::Entry;

/// Plural nouns a heading ends with when its list gives instances of the
/// kind ("Common Mistakes", "Types of Joins"), not parts or properties of
/// one thing ("Dictionaries", "Data centres").
pub(super) const KINDS: &[&str] = &[
    "types",
    "kinds",
    "categories",
    "classes",
    "mistakes",
    "pitfalls",
    "practices",
    "commands",
    "benefits",
    "advantages",
    "disadvantages",
    "features",
    "principles",
    "steps",
    "methods",
    "rules",
    "models",
    "layers",
    "states",
    "phases",
    "stages",
    "components",
    "services",
    "tools",
    "options",
    "modes",
    "levels",
    "patterns",
    "strategies",
    "techniques",
    "examples",
    "endpoints",
    "protocols",
    "policies",
    "characteristics",
    "sources",
    "factors",
    "cases",
    "uses",
    "applications",
    "requirements",
    "measures",
    "metrics",
    "misconceptions",
    "misinterpretations",
    "violations",
    "elements",
    "tests",
    "milestones",
    "reasons",
    "causes",
    "effects",
    "consequences",
    "outcomes",
    "limitations",
    "drawbacks",
    "challenges",
    "considerations",
    "responsibilities",
    "goals",
    "objectives",
    "symptoms",
    "risks",
    "assumptions",
    "properties",
    "attributes",
    "algorithms",
    "guidelines",
    "threats",
    "attacks",
];

/// Whether the last part of a context names kinds of things ("3 ways to
/// glaze", "Types of clay"): its items are kinds, not qualities of one.
pub(super) fn names_kinds(context: &str) -> bool {
    let last = context.rsplit(" — ").next().unwrap_or(context);
    last.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        KINDS.contains(&w.as_str()) || ["ways", "processes"].contains(&w.as_str())
    })
}

/// Whether a word alone names a kind of thing ("Requirements").
pub(super) fn is_kind(word: &str) -> bool {
    KINDS.contains(&word.trim().to_lowercase().as_str())
}

/// "Categories", "Components:": a label over the members of a whole.
pub(super) fn names_members(lead: &str) -> bool {
    const MEMBERS: &[&str] = &[
        "types",
        "kinds",
        "categories",
        "classes",
        "components",
        "elements",
        "parts",
        "dimensions",
        "quadrants",
    ];
    let lower = lead.trim().trim_end_matches(':').to_lowercase();
    MEMBERS.contains(&lower.as_str())
}

/// Gerunds that do something to the noun after them ("Avoiding
/// Mistakes"), where others name a kind ("Monitoring Tools").
const VERB_GERUNDS: &[&str] = &[
    "avoiding",
    "handling",
    "using",
    "preventing",
    "reducing",
    "choosing",
    "understanding",
    "comparing",
    "fixing",
    "improving",
    "writing",
    "making",
    "creating",
    "building",
    "identifying",
    "applying",
    "following",
    "learning",
    "knowing",
    "getting",
    "managing",
    "finding",
];

/// Kinds whose instances are sentences ("Three Ownership Rules"): their
/// list is recited whole, however long its items.
pub(super) const SENTENCE_KINDS: &[&str] = &[
    "rules",
    "principles",
    "steps",
    "guidelines",
    "laws",
    "conditions",
    "guarantees",
    "characteristics",
    "properties",
    "assumptions",
    "requirements",
    "objectives",
    "goals",
    "purposes",
    "functions",
    "limitations",
    "advantages",
    "disadvantages",
    "benefits",
    "drawbacks",
    "reasons",
    "causes",
    "effects",
    "consequences",
];

/// Counts a heading or a lead may start with ("Three Ownership Rules").
pub(super) const COUNTS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "2", "3", "4", "5", "6", "7", "8",
];

/// "Types of Joins" over four items → "what are the {n} types of
/// joins?": a heading that names a plural kind of thing (`n` items, few
/// enough for one card).
pub(super) fn plural_list_question(heading: &str, n: usize, lex: &Lexicon) -> Option<String> {
    let head = heading.split(" (").next().unwrap_or(heading).trim();
    let noun = kind_noun(head);
    // "Three Ownership Rules" → "the 3 ownership rules".
    let (_, head) = counted(head);
    // "Avoiding Mistakes" does something; "Monitoring Tools" are tools
    let doing = VERB_GERUNDS.contains(&first_word(head).as_str());
    let plain = head
        .chars()
        .all(|c| c.is_alphanumeric() || " -/'".contains(c));
    let fits = n <= super::list::MAX_LIST_CARD_ITEMS && head.split_whitespace().count() <= 6;
    let kind = KINDS.contains(&noun.to_lowercase().as_str());
    (kind && !doing && plain && fits && super::term_like(head)).then(|| {
        // the kind is an ordinary word, however often a note capitalises it
        let words: Vec<String> = lex
            .lc_label(head)
            .split(' ')
            .map(|w| match w.to_lowercase() {
                l if KINDS.contains(&l.as_str()) => l,
                _ => w.to_string(),
            })
            .collect();
        format!("what are the {{n}} {}?", words.join(" "))
    })
}

/// "Rules" over "Managed Rules (…)", "Custom Rules (…)": items named by
/// the label's own noun are kinds of it, "what are the 2 kinds of
/// rules?", not two rules.
pub(super) fn as_kinds(q: String, label: &str, shown: &[String]) -> String {
    let noun = |t: &str| {
        let head = t.split(" (").next().unwrap_or(t);
        let last = head.split_whitespace().last().unwrap_or("").to_lowercase();
        (
            head.split_whitespace().count(),
            last.trim_end_matches('s').to_string(),
        )
    };
    let (_, kind) = noun(label);
    // "Evaluation Modes" over "Proactive mode": modes are kinds already
    // ("classes" reads "classe" once its s is off)
    const KIND_WORDS: &[&str] = &["type", "kind", "mode", "class", "categor", "form", "sort"];
    if KIND_WORDS.iter().any(|k| kind.starts_with(k)) {
        return q;
    }
    let named = shown.iter().all(|s| {
        let (words, last) = noun(s);
        words >= 2 && last == kind
    });
    match named && !kind.is_empty() && !q.contains(" kinds of ") {
        true => q.replacen("what are the {n} ", "what are the {n} kinds of ", 1),
        false => q,
    }
}

/// Plural labels that name no kind of thing ("Notes", "Tips").
pub(super) const VAGUE: &[&str] = &[
    "notes",
    "points",
    "things",
    "details",
    "questions",
    "tips",
    "resources",
    "links",
    "references",
    "readings",
    "exercises",
    "basics",
    "ideas",
    "facts",
    "others",
    "topics",
];

/// "Schedulers" over "Long-term scheduler", "Short-term scheduler": a
/// plural label of a word or three over short names asks for them, "what
/// are the schedulers (3 items)?" (not a label of notes or points, nor names that
/// are instructions).
pub(super) fn plural_of_names(label: &str, shown: &[String], lex: &Lexicon) -> Option<String> {
    let head = label.trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    // "Definition of Hormones" is one definition
    let noun = head.split(" of ").next().unwrap_or(head);
    let last = noun.split_whitespace().last()?.to_lowercase();
    let plain = head
        .chars()
        .all(|c| c.is_alphanumeric() || " -/'".contains(c));
    let name = |s: &String| {
        let n = s.split_whitespace().count();
        let first = first_word(s);
        (1..=5).contains(&n)
            && !s.contains(['.', ';', ':', ','])
            && !super::super::verbs::known_verb(&first)
            && !is_verb_form(&first)
            // "will need a plug": what they do, no name
            && !super::super::vocab::MODALS.contains(&first.as_str())
    };
    let fits = (2..=super::list::MAX_LIST_CARD_ITEMS).contains(&shown.len());
    // "Controlling kiln programs" is a task, not kinds of programs
    let doing = first_word(head).ends_with("ing");
    let named = fits && shown.iter().all(name);
    (words.len() <= 3
        && plain
        && !doing
        && looks_plural(&last)
        && !VAGUE.contains(&last.as_str())
        && named)
        .then(|| format!("what are the {} ({{n}} items)?", lex.lc_label(head)))
}

/// "requires", "used": a word in the form of a verb.
fn is_verb_form(w: &str) -> bool {
    super::super::verbs::looks_third_person(w)
        && super::super::verbs::known_verb(&super::super::facts::base_form(w))
        || super::super::past::past_base(w).is_some()
}

/// The noun that names the kind in a label: the last word before what it
/// is of ("Types of Joins" → "Types", "Steps in a DNS Lookup" → "Steps",
/// "Ways to glaze" → "Ways",
/// "Factors Affecting Power" → "Factors", "Security Features" →
/// "Features").
pub(super) fn kind_noun(label: &str) -> &str {
    let lower = label.to_ascii_lowercase();
    let kind = [" of ", " in ", " for ", " to ", " affecting "]
        .iter()
        .filter_map(|p| lower.find(p))
        .min()
        .map_or(label, |at| &label[..at]);
    kind.split_whitespace().last().unwrap_or("")
}

/// "The 4 Moving Parts" over five items → "what are the 5 moving parts?":
/// a heading that counts what it names (the count the list shows, where
/// the heading's own disagrees).
pub(super) fn counted_list_question(heading: &str, n: usize, lex: &Lexicon) -> Option<String> {
    // "4 Processes of Erosion (coasts & rivers)": the name without its aside
    let head = heading.split(" (").next().unwrap_or(heading);
    let (said, rest) = counted(head.trim());
    // "5 shifters of demand" counts shifters.
    let last = kind_noun(rest).to_lowercase();
    let plain = rest
        .chars()
        .all(|c| c.is_alphanumeric() || " -'".contains(c));
    let fits = n <= super::list::MAX_LIST_CARD_ITEMS && rest.split_whitespace().count() <= 6;
    // "two 4 hour stages" over three items: a count and a measure, which
    // the items do not list when the count is not theirs
    let measured =
        rest.starts_with(|c: char| c.is_ascii_digit()) && said.and_then(count_of) != Some(n);
    (said.is_some() && looks_plural(&last) && plain && fits && !measured)
        .then(|| format!("what are the {{n}} {}?", lex.lc_label(rest)))
}

/// "three" → 3, "5" → 5: a count of `COUNTS` (its words run from
/// "two").
pub(super) fn count_of(word: &str) -> Option<usize> {
    let w = word.to_lowercase();
    let k = COUNTS.iter().position(|c| *c == w)?;
    w.parse().ok().or(Some(k + 2))
}

/// "The 4 Moving Parts" → (Some("4"), "Moving Parts"): the count a
/// heading starts with, if it does, and what it counts; a leading "The"
/// goes either way.
fn counted(heading: &str) -> (Option<&str>, &str) {
    let head = heading.strip_prefix("The ").unwrap_or(heading);
    match head.split_once(' ') {
        Some((count, rest)) if COUNTS.contains(&count.to_lowercase().as_str()) => {
            (Some(count), rest)
        }
        _ => (None, head),
    }
}

/// "22 - SSH, SFTP" under "Classic ports" → "which classic port is SSH,
/// SFTP?": a number named by what it stands for, asked the way round
/// that tests the number.
pub(super) fn numbered_kind_question(
    heading: &str,
    term: &str,
    def: &str,
    lex: &Lexicon,
) -> Option<String> {
    let heading = heading.trim_end_matches(':').trim();
    let last = heading.split_whitespace().last()?;
    let number = (1..=6).contains(&term.len()) && term.chars().all(|c| c.is_ascii_digit());
    let short = (1..=4).contains(&def.split_whitespace().count());
    if !number || !short || !looks_plural(&last.to_lowercase()) {
        return None;
    }
    let kind = lex.lc_label(&heading[..heading.len() - 1]);
    Some(format!("which {kind} is {def}?"))
}

/// "Operating System - Windows, Linux, Mac" under "Selections" → "what
/// are the operating system options?": a choice and what it can be.
fn choice_question(heading: &str, term: &str, def: &str) -> Option<String> {
    const CHOICES: &[&str] = &[
        "selections",
        "choices",
        "options",
        "settings",
        "configuration",
    ];
    let heading = heading.trim_end_matches(':').trim().to_lowercase();
    let listed = def.contains(", ") || def.contains(" / ");
    let words = term.split_whitespace().count();
    (CHOICES.contains(&heading.as_str()) && listed && (1..=3).contains(&words)).then(|| {
        // "Operating System" → "operating system"; "AMI", "EC2" kept
        let named: Vec<String> = term
            .split_whitespace()
            .map(|w| {
                match w.chars().any(|c| c.is_lowercase())
                    && !w.contains(|c: char| c.is_ascii_digit())
                {
                    true => w.to_lowercase(),
                    false => w.to_string(),
                }
            })
            .collect();
        format!("what are the {} options?", named.join(" "))
    })
}

/// "Distance: the shorter, the faster" under "Factors Affecting Gas
/// Exchange" → "how does distance affect gas exchange?".
/// The question a heading of choices or of factors asks of an item, and
/// its answer.
pub(super) fn heading_question(
    heading: &str,
    term: &str,
    def: &str,
    lex: &Lexicon,
) -> Option<(String, String)> {
    choice_question(heading, term, def)
        .map(|q| (q, def.to_string()))
        .or_else(|| factor_question(heading, term, def, lex))
}

/// "Pressure: applicable for gases" says when the factor counts: "when
/// does pressure apply as a factor?" → "For gases".
fn factor_question(
    heading: &str,
    term: &str,
    def: &str,
    lex: &Lexicon,
) -> Option<(String, String)> {
    const LEADS: &[&str] = &[
        "factors affecting ",
        "factors that affect ",
        "factors influencing ",
    ];
    let affected = super::super::text::strip_any(heading.trim_end_matches(':').trim(), LEADS)?;
    let words = term.split_whitespace().count();
    if words > 4 || term.contains(['?', '(']) {
        return None;
    }
    let applies = ["applicable ", "applies ", "only applicable "]
        .iter()
        .find_map(|a| def.to_lowercase().starts_with(a).then(|| &def[a.len()..]));
    Some(match applies {
        Some(when) => (
            format!("when does {} apply as a factor?", lex.lc_label(term)),
            super::super::text::capitalise(when.trim().trim_end_matches('.')),
        ),
        None => (
            format!(
                "how does {} affect {}?",
                lex.lc_label(term),
                lex.lc_label(affected)
            ),
            def.to_string(),
        ),
    })
}

/// "Types: Needs" over "Homologous: Extended homology": a header of two
/// columns, each item a row; the rows' label and the question the second
/// column asks ("what does it need?", "what is its cost?").
pub(super) fn column_header(ctx: &str) -> Option<(String, String)> {
    let (rows, field) = ctx.rsplit_once(": ")?;
    let words: Vec<&str> = field.split_whitespace().collect();
    let label = |t: &str| t.starts_with(char::is_uppercase) && !t.contains(['.', ',', '?']);
    // the rows' label names their kind, plural ("Types", "Kiln kinds")
    let column = rows.rsplit(" — ").next().unwrap_or(rows);
    let kinds = column.split_whitespace().count() <= 3
        && super::super::text::looks_plural(&column.to_lowercase());
    if words.len() != 1 || !label(field) || !kinds {
        return None;
    }
    let lower = field.to_lowercase();
    let q = match words[..] {
        [_] if super::super::verbs::known_third_person(&lower) => {
            format!("what does it {}?", super::super::facts::base_form(&lower))
        }
        _ => format!("what is its {lower}?"),
    };
    Some((rows.to_string(), q))
}

/// "Network ACL & Security Groups: NACL; Security Groups": the lead
/// already gives the answer away ("Choose between EFS or FSx" over
/// "Amazon FSx" too).
pub(super) fn guessable(lead: Option<&str>, shown: &[String]) -> bool {
    let given = lead.map(super::super::clean::normalise).unwrap_or_default();
    shown.iter().all(|s| {
        let s = super::super::clean::normalise(s);
        let bare = ["amazon ", "aws "]
            .iter()
            .fold(s.as_str(), |s, v| s.strip_prefix(v).unwrap_or(s));
        given.contains(bare)
    })
}

/// "Definitions" over short names, most with their meaning below them:
/// the names alone are no list worth learning.
pub(super) fn defined_below(label: Option<&str>, items: &[Item], shown: &[String]) -> bool {
    let with_sub = items.iter().filter(|it| !it.sub.is_empty()).count();
    label.is_some_and(super::is_glossary)
        && with_sub * 2 >= items.len()
        && shown.iter().all(|s| s.split_whitespace().count() <= 5)
}

/// "First normal form", "Second normal form": two or more names of a few
/// words that end in the same noun.
pub(super) fn one_kind(entries: &[Entry]) -> bool {
    let last = |e: &Entry| {
        let words: Vec<&str> = e.text.split_whitespace().collect();
        (2..=4)
            .contains(&words.len())
            .then(|| words[words.len() - 1].to_lowercase())
    };
    // ("Second normal from" among them: one slip of the pen is allowed)
    let ends: Vec<Option<String>> = entries.iter().map(last).collect();
    let most = ends
        .iter()
        .flatten()
        .map(|w| ends.iter().filter(|e| e.as_ref() == Some(w)).count())
        .max()
        .unwrap_or(0);
    most >= 2 && most + 1 >= entries.len().max(3) && ends.iter().all(Option::is_some)
}

/// "psychological" under "Egoism": an adjective that names a kind of
/// the heading's thing, "what is psychological egoism?".
pub(super) fn kind_of_heading(label: &str, heading: &str) -> Option<String> {
    const ENDS: &[&str] = &["al", "ic", "ive", "ous", "ary", "ist", "ian"];
    let adj = label.trim_end_matches(':').to_lowercase();
    let one_noun = !heading.contains(' ') && heading.chars().all(char::is_alphabetic);
    let adjective = adj.len() > 4
        && adj.chars().all(char::is_alphabetic)
        && ENDS.iter().any(|e| adj.ends_with(e));
    (adjective && one_noun).then(|| format!("what is {adj} {}?", heading.to_lowercase()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn items_named_by_the_label_noun_are_its_kinds() {
        let q = "what are the {n} glazes?".to_string();
        let shown = [
            "Ash glazes (wood ash)".to_string(),
            "Salt glazes".to_string(),
        ];
        assert_eq!(
            as_kinds(q.clone(), "Glazes", &shown),
            "what are the {n} kinds of glazes?"
        );
        // names of their own, or a noun that means kinds, stay as they are
        let names = ["Celadon".to_string(), "Tenmoku".to_string()];
        assert_eq!(as_kinds(q.clone(), "Glazes", &names), q);
        let modes = ["Oxidation mode".to_string(), "Reduction mode".to_string()];
        let q = "what are the {n} firing modes?".to_string();
        assert_eq!(as_kinds(q.clone(), "Firing Modes", &modes), q);
        let classes = ["Cone class".to_string(), "Glaze class".to_string()];
        let q = "what are the {n} kiln classes?".to_string();
        assert_eq!(as_kinds(q.clone(), "Kiln Classes", &classes), q);
    }

    use super::*;

    #[test]
    fn a_count_and_a_measure_ask_no_list_the_count_is_not() {
        let lex = Lexicon::default();
        assert_eq!(counted_list_question("two 4 hour stages", 3, &lex), None);
        assert_eq!(
            counted_list_question("three 4 hour stages", 3, &lex).as_deref(),
            Some("what are the {n} 4 hour stages?")
        );
        assert_eq!(
            counted_list_question("The 4 Moving Parts", 5, &lex).as_deref(),
            Some("what are the {n} moving parts?")
        );
    }

    #[test]
    fn a_label_of_a_kind_asks_for_its_instances() {
        let lex = Lexicon::new("", super::super::super::parties::Parties::default());
        assert_eq!(
            plural_list_question("Types of Joins", 4, &lex).as_deref(),
            Some("what are the {n} types of joins?")
        );
        assert_eq!(plural_list_question("Dictionaries", 4, &lex), None);
        assert_eq!(
            plural_list_question("Three Ownership Rules", 3, &lex).as_deref(),
            Some("what are the {n} ownership rules?")
        );
        assert_eq!(plural_list_question("Handling Deadlocks", 3, &lex), None);
        assert_eq!(plural_list_question("Common Mistakes", 9, &lex), None);
        assert_eq!(kind_noun("Steps in a DNS Lookup"), "Steps");
        assert_eq!(kind_noun("Factors Affecting Power"), "Factors");
        assert_eq!(kind_noun("Security Features"), "Features");
        assert_eq!(
            plural_list_question("Monitoring Tools", 3, &lex).as_deref(),
            Some("what are the {n} monitoring tools?")
        );
        assert_eq!(plural_list_question("Avoiding Mistakes", 3, &lex), None);
    }

    #[test]
    fn a_plural_label_over_short_names_asks_for_them() {
        let lex = Lexicon::new("", super::super::super::parties::Parties::default());
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            plural_of_names("Glaze finishes", &names(&["Matte", "Satin sheen"]), &lex).as_deref(),
            Some("what are the glaze finishes ({n} items)?")
        );
        // instructions, tasks and vague labels are no kinds
        assert_eq!(
            plural_of_names(
                "Studio habits",
                &names(&["Wedge the clay", "Clean up"]),
                &lex
            ),
            None
        );
        assert_eq!(
            plural_of_names("Controlling kilns", &names(&["Cone 6", "Cone 10"]), &lex),
            None
        );
        assert_eq!(
            plural_of_names("Key points", &names(&["Matte", "Gloss"]), &lex),
            None
        );
    }
}
