//! Labels that name an aspect of the item above them ("Pros:",
//! "Issue:", "Description:"), a measure of it ("Range:", "Limit:") or a
//! quality of it ("Security:"), not a thing of their own.

/// Labels that name an aspect of the item above them: "Pros: fast" →
/// "what are the pros?".
const ASPECTS: &[&str] = &[
    "pros",
    "cons",
    "advantage",
    "advantages",
    "disadvantage",
    "disadvantages",
    "benefit",
    "benefits",
    "drawback",
    "drawbacks",
    "issue",
    "issues",
    "risk",
    "risks",
    "limitation",
    "limitations",
    "downside",
    "upside",
    "trade-off",
    "tradeoff",
    "flaw",
    "flaws",
    "strength",
    "strengths",
    "weakness",
    "weaknesses",
    "criticism",
    "criticisms",
    "examples",
    "problem",
    "solution",
    "fix",
    "workaround",
    "decision",
    "result",
    "outcome",
    "conclusion",
    "interpretation",
    "goal",
    "cause",
    "impact",
    "assumption",
    "assumptions",
    "use case",
    "use cases",
    "symptoms",
    "treatment",
    "effect",
    "effects",
    "consequences",
    "significance",
    "key idea",
    "main idea",
    "complexity",
    "time complexity",
    "space complexity",
    "running time",
    "strategy",
    "property",
    "key property",
    "biological use case",
    "key point",
    "takeaway",
    "key takeaway",
    "bottom line",
    "implication",
    "implications",
    "finding",
    "findings",
    "key finding",
    "key findings",
    "consequence",
    "purpose",
    "importance",
    "lesson",
    "moral",
    "formula",
    "equation",
    "features",
    "characteristics",
    "properties",
    "uses",
    "causes",
    "functions",
    "components",
    "stages",
    "types",
    "core idea",
    "central idea",
    "big idea",
    "main argument",
    "basic premise",
    "premise",
    "key concepts",
    "key terms",
];

/// Labels that name how a thing is built or where it is ("Structure:
/// crown, neck and root" under "Teeth" → "what is the structure?"). As a
/// heading they leave the thing above the subject of its items ("Located
/// in the upper abdomen" under "Stomach" › "Structure").
const MAKE_UP: &[&str] = &[
    "structure",
    "main component",
    "main components",
    "regions",
    "parts",
    "location",
    "origin",
];

/// "Pros: fast", "Issue: slow start": a label that names an aspect of the
/// item above it → "what are the pros?", "what is the issue?".
pub(super) fn aspect_question(term: &str) -> Option<String> {
    let lower = term.trim().to_lowercase();
    // "Lots of criticisms", "Several drawbacks": how many says nothing
    let lower = super::super::counted::SOME_OF
        .iter()
        .find_map(|q| lower.strip_prefix(q))
        .filter(|rest| super::super::text::looks_plural(rest))
        .unwrap_or(&lower);
    // "*Description*: …", "*Explanation*: …" under the thing described
    match lower {
        "description" | "definition" | "concept" | "meaning" => {
            return Some("what is it?".to_string())
        }
        "implementation" => return Some("how is it implemented?".to_string()),
        "explanation" => return Some("what explains it?".to_string()),
        "what it is" | "what is it" => return Some("what is it?".to_string()),
        _ => {}
    }
    if let Some(q) = how_or_why(lower) {
        return Some(q);
    }
    // "Key Thinkers: Shaw and McKay": who they are
    const PEOPLE: &[&str] = &[
        "key thinkers",
        "key thinker",
        "key figures",
        "theorists",
        "founders",
    ];
    if PEOPLE.contains(&lower) {
        return Some(format!("who are the {lower}?"));
    }
    if lower == "in simple terms" {
        return Some("what is it, in simple terms?".to_string());
    }
    (ASPECTS.contains(&lower) || MAKE_UP.contains(&lower))
        .then(|| super::meaning::what_is_the(lower))
}

/// "Core Idea", "Key Thinkers", "How it works": a label of a
/// facet of the thing above, asked with its own card, not a part of it
/// to recite.
pub(super) fn facet_label(label: &str) -> bool {
    const FACETS: &[&str] = &[
        "core idea",
        "central idea",
        "big idea",
        "key idea",
        "main idea",
        "main argument",
        "basic premise",
        "premise",
        "key thinkers",
        "key thinker",
        "key figures",
        "theorists",
        "founders",
        "in simple terms",
        "impact",
        "key point",
        "takeaway",
        "key takeaway",
        "bottom line",
    ];
    let lower = label.trim().trim_end_matches(':').to_lowercase();
    FACETS.contains(&lower.as_str()) || super::callout::wh_label(label).is_some()
}

/// "Why it helps", "How to practise": a label whose items answer how or
/// why, each recited whole.
pub(super) fn asks_how_or_why(label: &str) -> bool {
    how_or_why(&label.trim().trim_end_matches(':').to_lowercase()).is_some()
}

/// "Why it helps" → "why does it help?", "How it works" → "how does it
/// work?", "How to practise" → "how do you practise it?": a label that
/// asks of the thing above it.
fn how_or_why(lower: &str) -> Option<String> {
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        [wh @ ("why" | "how"), "it", verb] if verb.ends_with('s') => Some(format!(
            "{wh} does it {}?",
            super::super::verbs::base_form(verb)
        )),
        ["how", "to", verb] => Some(format!("how do you {verb} it?")),
        _ => None,
    }
}

/// "Significance: A symbolic act. A mob stormed the fort.": a meaning that
/// opens with an aspect of its term (one of its sentences, set off by a
/// label), the aspect's name, what it says, and the rest of the meaning.
pub(super) fn leading_aspect(def: &str) -> Option<(String, String, String)> {
    let (label, rest) = def.split_once(": ")?;
    let label = label.trim().to_lowercase();
    let single = [
        "significance",
        "importance",
        "impact",
        "role",
        "legacy",
        "purpose",
    ];
    if !single.contains(&label.as_str()) {
        return None;
    }
    let mut said = super::super::text::sentences(rest).into_iter();
    let first = said.next()?;
    Some((label, first, said.collect::<Vec<_>>().join(" ")))
}

/// "Range: 0 to 12 hours", "Limit: ~120,000" under the thing they measure
/// → "what is the range?": a label that names a measure, not a term.
pub(super) fn measure_question(term: &str) -> Option<String> {
    const MEASURES: &[&str] = &[
        "default",
        "syntax",
        "usage",
        "signature",
        "range",
        "limit",
        "limits",
        "size",
        "maximum",
        "minimum",
        "max",
        "min",
        "duration",
        "timeout",
        "cost",
        "price",
        "pricing",
        "retention",
        "capacity",
        "throughput",
        "latency",
        "quota",
        "quotas",
        "frequency",
        "interval",
        "period",
        "port",
        "protocol",
        "format",
        "scope",
        "length",
        "units",
        "unit",
        "granularity",
        "precision",
        "lifetime",
        "expiry",
        "volume",
        "weight",
        "diameter",
        "width",
        "height",
        "depth",
        "temperature",
    ];
    let lower = term.trim().to_lowercase();
    MEASURES
        .contains(&lower.as_str())
        .then(|| super::meaning::what_is_the(&lower))
}

/// "Default TTL", "Longer expiration": a short label with no figure of
/// its own, which a number after it is the value of.
pub(super) fn value_label(term: &str) -> bool {
    let words = term.split_whitespace().count();
    (1..=3).contains(&words) && !term.contains(|c: char| c.is_ascii_digit() || c == '=')
}

/// "Security: integrates with WAF" under "CloudFront": a label that names
/// a quality or a function of the thing above, not a thing of its own.
pub(super) fn quality_label(term: &str) -> bool {
    const QUALITIES: &[&str] = &[
        "security",
        "cost",
        "costs",
        "price",
        "pricing",
        "audit",
        "access",
        "support",
        "latency",
        "throughput",
        "capacity",
        "backup",
        "backups",
        "recovery",
        "durability",
        "resilience",
        "storage",
        "speed",
        "safety",
        "privacy",
        "control",
        "billing",
        "failover",
    ];
    const ENDINGS: &[&str] = &["ity", "ing", "ance", "ence", "ency", "tion", "sion", "ment"];
    let words: Vec<&str> = term.split_whitespace().collect();
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    let acronym = words
        .iter()
        .any(|w| w.len() > 1 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()));
    (1..=3).contains(&words.len())
        && !acronym
        && aspect_question(term).is_none()
        && (QUALITIES.contains(&last.as_str())
            || ENDINGS
                .iter()
                .any(|e| last.ends_with(e) && last.len() > e.len() + 3))
}

/// Whether a meaning says how something is done rather than what a word
/// means: it starts with a verb ("Integrates with WAF") or is a clause of
/// its own ("Requests are served from the edge").
pub(super) fn tells_how(def: &str) -> bool {
    let first = super::super::text::first_word(def);
    let base = super::super::facts::base_form(&first);
    // "Describes the mixing of gases" says what the term is
    let defining = super::super::verbs::DEFINING_VERBS.contains(&base.as_str());
    let verb = first.len() > 3
        && first.ends_with('s')
        && !first.ends_with("ss")
        && !defining
        && super::super::verbs::ACTION_VERBS.contains(&base.as_str());
    // "are served", "is encrypted": the passive says how.
    let words: Vec<String> = def.split_whitespace().map(str::to_lowercase).collect();
    let passive = words
        .windows(2)
        .any(|w| ["is", "are", "gets", "get"].contains(&w[0].as_str()) && w[1].ends_with("ed"));
    verb || passive
}

impl super::Rules<'_> {
    /// "**Storming of the fort:** *Significance: A symbolic act.* A mob
    /// stormed it.": "what is the significance of …?", then the rest as
    /// the term's meaning. Whether the meaning opened so.
    pub(super) fn aspect_first(&mut self, term: &str, def: &str, means: bool, line: usize) -> bool {
        let Some((aspect, said, rest)) = leading_aspect(def) else {
            return false;
        };
        let ctx = self.context(None);
        let q = format!("what is the {aspect} of {term}?");
        self.card(ctx.as_deref(), &q, &said, None, line);
        if !rest.is_empty() {
            self.term_card(term, &rest, means, line);
        }
        true
    }
}

/// "Benefits", "Features", "Exam tips": a heading that names an aspect of
/// something, not the thing.
pub(super) fn aspect_heading(heading: &str) -> bool {
    // "Structure" over "Located in the upper abdomen": of the thing above
    if MAKE_UP.contains(&heading.trim().to_lowercase().as_str()) {
        return false;
    }
    // "CloudWatch vs CloudTrail": two subjects, so "it" would be neither
    let two = super::super::vocab::VERSUS
        .iter()
        .any(|v| format!(" {} ", heading.to_lowercase()).contains(v));
    // "Effects of the Freedom Train", "Causes of …": an aspect of it
    let head = heading
        .split_once(' ')
        .is_some_and(|(h, _)| ASPECT_HEADS.contains(&h.to_lowercase().as_str()));
    two || head
        || super::is_generic(heading)
        || aspect_word(heading)
        || super::is_callout_label(heading)
        || super::labels::structural_label(heading)
        || aspect_question(heading).is_some()
        || super::heads_an_answer(heading)
}

/// First words of a label that names an aspect of its subject ("Effects
/// of the Freedom Train", "Causes of Containment"): the label is no thing
/// a phrase could say what it is.
const ASPECT_HEADS: &[&str] = &[
    "effects",
    "effect",
    "causes",
    "cause",
    "controversy",
    "success",
    "impact",
    "origins",
    "reasons",
    "results",
    "significance",
    "consequences",
    "criticism",
    "legacy",
    "role",
    "rise",
    "fall",
    "end",
    "spread",
    "response",
    "responses",
    "reaction",
    "outcome",
    "founding",
    "decline",
    "growth",
    "beginning",
    "collapse",
    "course",
];

/// "Benefits", "Pros", "Limitations": an aspect named by one word.
pub(super) fn aspect_word(heading: &str) -> bool {
    const ASPECTS: &[&str] = &[
        "benefits",
        "advantages",
        "disadvantages",
        "features",
        "pros",
        "cons",
        "uses",
        "limits",
        "limitations",
        "drawbacks",
        "characteristics",
        "properties",
    ];
    ASPECTS.contains(&heading.trim().to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_of_an_algorithm_asks_for_itself() {
        let q = |t: &str| aspect_question(t);
        assert_eq!(q("Concept").as_deref(), Some("what is it?"));
        assert_eq!(
            q("Implementation").as_deref(),
            Some("how is it implemented?")
        );
        assert_eq!(
            q("Time Complexity").as_deref(),
            Some("what is the time complexity?")
        );
        assert_eq!(q("Property").as_deref(), Some("what is the property?"));
        assert_eq!(q("Kiln Shelf"), None);
    }

    #[test]
    fn qualities_are_told_from_things() {
        assert!(quality_label("Security"));
        assert!(quality_label("High Availability"));
        assert!(quality_label("Routing"));
        assert!(quality_label("Encryption"));
        assert!(!quality_label("Edge Locations"));
        assert!(!quality_label("Gateway Endpoints"));
        assert!(!quality_label("IAM Policy"));
        assert!(!quality_label("Ring"));
        assert!(tells_how("Integrates with WAF and Shield"));
        assert!(tells_how("Requests are served from the nearest edge"));
        assert!(!tells_how("Instructions are being executed"));
        assert!(!tells_how("All or nothing"));
    }
}
