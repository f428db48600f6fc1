//! Tables whose columns are roles rather than things: a cue and what to
//! answer to it ("Scenario | Likely Answer", "Trap / Gotcha | Reminder"),
//! and the cells of a comparison asked as questions of the thing compared
//! ("does SQS have fan-out?", "is SNS push or pull?").

use super::super::super::clean::clean_text;
use super::super::super::text::{first_word, looks_plural, singular_name};
use super::super::super::verbs::{
    base_form, is_adverb, known_verb, looks_third_person, only_a_verb, ACTION_VERBS,
};
use super::super::super::vocab::MODALS;
use super::super::Rules;
use super::Grid;

/// Headers of a column of cues, and the question a cue asks.
const CUES: &[(&str, &str)] = &[
    ("scenario", "what is the solution?"),
    ("situation", "what is the solution?"),
    ("use case", "what is the solution?"),
    ("requirement", "what is the solution?"),
    ("need", "what is the solution?"),
    ("problem", "what is the solution?"),
    ("symptom", "what is the fix?"),
    ("question", "what is the answer?"),
    ("trap", "what should you remember?"),
    ("gotcha", "what should you remember?"),
    ("pitfall", "what should you remember?"),
    ("mistake", "what should you do instead?"),
    ("cue", "what does it point to?"),
    ("keyword", "what does it point to?"),
    ("feature", "which {r} is used?"),
    ("task", "which {r} is used?"),
    ("goal", "which {r} is used?"),
];

/// Verbs a comparison row starts with when it asks what a thing can do
/// ("Block specific IP"); rarely nouns, unlike "read" or "log".
const CAN_VERBS: &[&str] = &[
    "allow",
    "block",
    "deny",
    "support",
    "filter",
    "encrypt",
    "scale",
    "replicate",
    "route",
    "connect",
    "span",
    "attach",
    "detect",
    "prevent",
    "restore",
    "resize",
    "invoke",
    "trigger",
];

/// Headers of a column that answers the cue.
const RESPONSES: &[&str] = &[
    "answer",
    "solution",
    "reminder",
    "remember",
    "fix",
    "action",
    "what to do",
    "do instead",
    "service",
    "use",
    "choose",
    "pick",
    "response",
    "tip",
    "correct",
    "instead",
    "option",
    "tool",
    "choice",
];

/// The words of a header: "Likely Answer" → ["likely answer", "likely",
/// "answer"]; "Trap / Gotcha" → ["trap", "gotcha"].
fn header_words(h: &str) -> Vec<String> {
    let l = clean_text(h).to_lowercase();
    let l = l.trim_end_matches(['?', ':']);
    let mut out = Vec::new();
    for part in l.split('/').map(str::trim) {
        out.push(part.to_string());
        out.extend(part.split_whitespace().map(str::to_string));
    }
    out
}

impl Rules<'_> {
    /// One card per row of a cue table: the cue and the question its
    /// header asks, the answer cell as the answer. Whether it was one.
    pub(super) fn cue_rows(&mut self, g: &Grid) -> bool {
        if g.header.len() != 2 {
            return false;
        }
        let cue = header_words(&g.header[0]);
        let Some(ask) = CUES
            .iter()
            .find(|(w, _)| cue.iter().any(|c| c == w || c == &format!("{w}s")))
            .map(|(_, q)| *q)
        else {
            return false;
        };
        // "Need | Use" is a column of answers, asked "what to use?".
        let response = header_words(&g.header[1]);
        let answers = g.header_is(1, super::ANSWER_COLUMNS);
        if answers || !response.iter().any(|w| RESPONSES.contains(&w.as_str())) {
            return false;
        }
        // "Feature | Tool/Service": "which tool/service is used?"
        let ask = ask.replace("{r}", &clean_text(&g.header[1]).to_lowercase());
        let ctx = self.context(None);
        for r in 0..g.rows.len() {
            let (Some(c), Some(a)) = (g.cell(r, 0), g.cell(r, 1)) else {
                continue;
            };
            let c = clean_text(c);
            let q = format!("{} — {ask}", c.trim_end_matches(['.', '?']));
            self.card(ctx.as_deref(), &q, a, None, g.row_line(r));
        }
        true
    }
}

/// The question a comparison asks of one cell, where it has one of its
/// own: "does SQS have fan-out?" for a yes or no, "is SNS push or pull?"
/// for an "X vs Y" row.
pub(super) fn comparison_question(row: &str, thing: &str, yes_no: bool) -> Option<String> {
    let row = row.trim_end_matches('?').trim();
    let lower = row.to_lowercase();
    let row = super::super::super::text::lower_first(row);
    let row = row.as_str();
    if let Some((a, b)) = lower.split_once(" vs ") {
        let b = b.trim().trim_end_matches('.');
        return Some(format!("is {thing} {} or {b}?", a.trim()));
    }
    let last = thing
        .split_whitespace()
        .last()
        .unwrap_or(thing)
        .to_lowercase();
    let plural = looks_plural(&last) && !singular_name(thing);
    let does = if plural { "do" } else { "does" };
    if !yes_no {
        return field_of(row, thing, does);
    }
    // "Transferable?", "Registration needed?": a state, asked with "is"
    if let Some(q) = state_question(row, thing, plural) {
        return Some(q);
    }
    // "Can use zone apex", "Supports TTL": the row is already a verb;
    // "Block specific IP" is something a thing can do, "Fan-out"
    // something it has.
    let first = first_word(row);
    let rest = row[first.len()..].trim();
    let base = base_form(&first);
    Some(if MODALS.contains(&first.as_str()) && !rest.is_empty() {
        format!("{first} {thing} {rest}?")
    } else if looks_third_person(&first)
        && ACTION_VERBS.contains(&base.as_str())
        && !rest.is_empty()
    {
        format!("{does} {thing} {base} {rest}?")
    } else if CAN_VERBS.contains(&first.as_str()) {
        format!("can {thing} {row}?")
    } else if a_thing_to_have(row) {
        format!("{does} {thing} have {row}?")
    } else {
        // "Set deadlines optimally", "Deadlines help": a clause of its own
        format!("{thing}: {row}?")
    })
}

/// Whether a comparison row names something a thing may have ("Fan-out",
/// "Encryption at rest"), not a clause about it ("Set deadlines
/// optimally", "Deadlines help", "No surprises of future bias", "Person
/// aware of the reversal").
fn a_thing_to_have(row: &str) -> bool {
    let words: Vec<String> = row
        .split_whitespace()
        .map(|w| {
            w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        })
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    let verb = |w: &String| known_verb(w) || only_a_verb(w);
    let clause = match words.as_slice() {
        [_] => false,
        [w0, w1] => verb(w0) || looks_plural(w0) && verb(w1),
        _ => verb(first),
    };
    words.len() <= 3
        && !clause
        && !["no", "not", "person", "people"].contains(&first.as_str())
        && !words[1..].iter().any(|w| is_adverb(w))
}

/// A row of a comparison that is no yes/no: "Protects" asks "what does
/// a patent protect?", "After death" asks "what happens to moral rights
/// after death?"; other labels are left to the plain "what is the …?".
fn field_of(row: &str, thing: &str, does: &str) -> Option<String> {
    let first = first_word(row);
    let rest = row[first.len()..].trim();
    let base = base_form(&first);
    let words = row.split_whitespace().count();
    if looks_third_person(&first) && ACTION_VERBS.contains(&base.as_str()) && words <= 3 {
        let rest = if rest.is_empty() {
            String::new()
        } else {
            format!(" {rest}")
        };
        return Some(format!("what {does} {thing} {base}{rest}?"));
    }
    let time = ["after", "before", "during", "on", "upon"].contains(&first.as_str());
    (time && (2..=4).contains(&words)).then(|| format!("what happens to {thing} {row}?"))
}

/// "Transferable?" → "are moral rights transferable?"; "Registration
/// needed?" → "is registration needed for a patent?": a row that names a
/// state, not a thing to have.
fn state_question(row: &str, thing: &str, plural: bool) -> Option<String> {
    const STATE_ENDINGS: &[&str] = &["able", "ible", "ed", "ive"];
    let words: Vec<&str> = row.split_whitespace().collect();
    let last = words.last()?.to_lowercase();
    // "Can be rebutted?" has its verb already
    let verb_first = MODALS.contains(&first_word(row).as_str())
        || ["is", "are", "be", "has", "have"].contains(&first_word(row).as_str());
    if !STATE_ENDINGS.iter().any(|e| last.ends_with(e)) || last.len() < 5 || verb_first {
        return None;
    }
    match words.len() {
        1 => Some(format!(
            "{} {thing} {last}?",
            if plural { "are" } else { "is" }
        )),
        2 | 3 => {
            let head = words[..words.len() - 1].join(" ");
            let be = if looks_plural(&head.to_lowercase()) {
                "are"
            } else {
                "is"
            };
            Some(format!("{be} {head} {last} for {thing}?"))
        }
        _ => None,
    }
}

/// A column header as the question asked of each row: "what is the
/// purpose?", "what are the benefits?", "what is it best for?".
pub(in super::super) fn column_question(col: &str) -> String {
    if let Some(q) = super::super::callout::wh_label(col) {
        return q;
    }
    // "Use Case / Exam Tip": the first name says what the cells are.
    if let Some((first, _)) = col.split_once(" / ") {
        return column_question(first.trim());
    }
    let lower = col.to_lowercase();
    // "Think Of": the header tells the learner what to do.
    const ADVICE: &[&str] = &["think", "choose", "pick", "consider", "remember", "prefer"];
    if ADVICE.contains(&lower.split_whitespace().next().unwrap_or("")) && lower.contains(' ') {
        return format!("what should you {lower}?");
    }
    if let Some(rest) = lower.strip_prefix("best for") {
        return format!("what is it best for{rest}?");
    }
    match lower.as_str() {
        "use when" | "when to use" | "use it when" => return "when is it used?".into(),
        "example" => return "what is an example?".into(),
        "examples" => return "what are examples?".into(),
        "how it works" => return "how does it work?".into(),
        _ => {}
    }
    // "Configurable" → "how is it configurable?"; "FIFO support" → "what
    // FIFO support does it have?"
    let adjective = !lower.contains(' ')
        && lower.len() >= 8
        && (lower.ends_with("able") || lower.ends_with("ible"))
        && !["variable", "disable", "executable"].contains(&lower.as_str());
    if adjective {
        return format!("how is it {lower}?");
    }
    // "Acidic | Neutral | Alkaline" over an indicator's colours: a
    // condition, not a thing it has
    const CONDITIONS: &[&str] = &[
        "acidic", "neutral", "alkaline", "basic", "dry", "wet", "hot", "cold", "warm", "moist",
    ];
    if CONDITIONS.contains(&lower.as_str()) {
        return format!("what is it when {lower}?");
    }
    if lower.ends_with(" support") && lower.split_whitespace().count() <= 3 {
        return format!("what {col} does it have?");
    }
    // "Guild dues (yearly)": the head noun, not the aside, counts
    let plural = looks_plural(super::super::super::text::head_noun(&lower));
    format!("what {} the {col}?", if plural { "are" } else { "is" })
}

/// "Integration Type | Description" over "Lambda | Invoke the function":
/// what the row's thing does, "what does the integration type “Lambda”
/// do?", not "what is the description?".
pub(in super::super) fn does_row(kind: &str, col: &str, label: &str, cell: &str) -> Option<String> {
    let first = col.split(" / ").next()?.trim().to_lowercase();
    let describes = ["description", "what it does", "does"].contains(&first.as_str());
    let cell = clean_text(cell);
    let acts = super::super::code::starts_with_verb(&cell)
        || ACTION_VERBS.contains(&first_word(&cell).as_str());
    (describes && acts && !kind.is_empty()).then(|| format!("what does the {kind} “{label}” do?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_condition_column_asks_what_the_row_is_then() {
        assert_eq!(column_question("Acidic"), "what is it when acidic?");
        assert_eq!(column_question("purpose"), "what is the purpose?");
        assert_eq!(
            column_question("Guild dues (yearly)"),
            "what are the Guild dues (yearly)?"
        );
    }

    #[test]
    fn comparison_cells_are_asked_of_the_thing() {
        let q = |r, t, y| comparison_question(r, t, y);
        assert_eq!(
            q("Fan-out", "SQS", true).as_deref(),
            Some("does SQS have fan-out?")
        );
        assert_eq!(
            q("Fan-out", "Read Replicas", true).as_deref(),
            Some("do Read Replicas have fan-out?")
        );
        assert_eq!(
            q("Block specific IP", "NACL", true).as_deref(),
            Some("can NACL block specific IP?")
        );
        assert_eq!(
            q("Set deadlines optimally", "Naive kiln", true).as_deref(),
            Some("Naive kiln: set deadlines optimally?")
        );
        assert_eq!(
            q("Deadlines help", "Naive kiln", true).as_deref(),
            Some("Naive kiln: deadlines help?")
        );
        assert_eq!(
            q("Potter aware of the crack", "Raku", true).as_deref(),
            Some("Raku: potter aware of the crack?")
        );
        assert_eq!(
            q("Encryption at rest", "Kiln log", true).as_deref(),
            Some("does Kiln log have encryption at rest?")
        );
        assert_eq!(
            q("Push vs Pull", "SNS", false).as_deref(),
            Some("is SNS push or pull?")
        );
        assert_eq!(q("Order guarantee", "SQS", false), None);
        assert_eq!(
            q("Can use zone apex", "Kiln record", true).as_deref(),
            Some("can Kiln record use zone apex?")
        );
        assert_eq!(
            q("Supports TTL", "Kiln record", true).as_deref(),
            Some("does Kiln record support TTL?")
        );
        assert_eq!(column_question("think of"), "what should you think of?");
        assert_eq!(
            does_row(
                "kiln type",
                "Description / Example",
                "Pit",
                "Store heat in a hole"
            )
            .as_deref(),
            Some("what does the kiln type “Pit” do?")
        );
        assert_eq!(
            does_row("kiln type", "Description", "Pit", "A hole in the ground"),
            None
        );
        assert_eq!(
            column_question("use case / firing tip"),
            "what is the use case?"
        );
        assert_eq!(
            header_words("Trap / Gotcha"),
            ["trap", "trap", "gotcha", "gotcha"]
        );
    }
}
