//! A worked case written as labelled items under one heading —
//! `Scenario: …` (or Problem, Challenge, Requirement) and `Solution: …` —
//! is one fact: the situation and what solves it. It is asked as
//! "Heading: <situation> — what is the solution?".

use super::super::clean::clean_text;
use super::super::doc::Item;
use super::entry::Entry;
use super::Rules;

/// Labels of the situation of a case.
const SITUATIONS: &[&str] = &[
    "scenario",
    "situation",
    "problem",
    "challenge",
    "challenges",
    "requirement",
    "requirements",
    "use case",
];

/// Labels of what solves it.
const SOLUTIONS: &[&str] = &["solution", "solutions", "approach", "fix"];

/// The item labelled with one of `labels`, if any.
fn labelled(entries: &[Entry], labels: &[&str]) -> Option<usize> {
    entries.iter().position(|e| {
        // "Solution:" over a list of its own has no term, only its label
        let label = e.term.as_deref().unwrap_or(&e.text);
        let label = label.trim().trim_end_matches(':').to_lowercase();
        labels.contains(&label.as_str())
    })
}

/// "Problem: …", "Exam tip: …": a labelled line that says more about the
/// case, on its item's line.
fn about_the_case(e: &Entry) -> bool {
    let Some(term) = e.term.as_deref() else {
        return false;
    };
    let label = term.trim().trim_end_matches(':').to_lowercase();
    e.def.as_deref().is_some_and(|d| !d.trim().is_empty())
        && (SITUATIONS.contains(&label.as_str()) || super::is_callout_label(&label))
}

/// The items under `item`, on one line.
fn sub_items(item: &Item) -> String {
    item.sub
        .iter()
        .map(|s| clean_text(&s.text()).trim_end_matches('.').to_string())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// A solution given on its item's line, or as the items under it; and
/// what the items under a solution on its line say about it.
fn solution(entry: &Entry, item: &Item) -> Option<(String, String)> {
    let (text, more) = match entry.def.as_deref() {
        Some(d) if !d.trim().is_empty() => (d.trim().to_string(), sub_items(item)),
        _ => (sub_items(item), String::new()),
    };
    (!text.is_empty()).then_some((text, more))
}

/// Under a label that names a scenario ("Example Scenario (exam-style):"),
/// the item before the solution tells the situation, with the items under
/// it: its position and the whole situation.
fn told_case(items: &[Item], solution: usize, lead: Option<&str>) -> Option<(usize, String)> {
    let lead = clean_text(lead?).to_lowercase();
    let scenario = ["scenario", "case study", "worked example"]
        .iter()
        .any(|w| lead.contains(w));
    if !scenario || solution == 0 {
        return None;
    }
    let s = solution - 1;
    let told = clean_text(&items[s].text());
    let told = told.trim_end_matches(['.', ':']);
    let more = sub_items(&items[s]);
    let situation = match more.is_empty() {
        true => told.to_string(),
        false => format!("{told}: {more}"),
    };
    (!told.is_empty()).then_some((s, situation))
}

impl Rules<'_> {
    /// A list that sets out a worked case: its card, and the rest of its
    /// items read on their own. Whether it was one.
    pub(super) fn case_list(
        &mut self,
        entries: &[Entry],
        items: &[Item],
        lead: Option<&str>,
    ) -> bool {
        let Some(done) = self.case_card(entries, items, lead) else {
            return false;
        };
        let rest: Vec<Item> = (0..items.len())
            .filter(|i| !done.contains(i))
            .map(|i| items[i].clone())
            .collect();
        if !rest.is_empty() {
            self.list(&rest, lead, false);
        }
        true
    }

    /// The card of a worked case among `entries`; the positions of the
    /// items it used, which give no card of their own. More about the
    /// situation ("Problem: …") and the case's callouts ("Exam tip: …")
    /// are its explanation.
    pub(super) fn case_card(
        &mut self,
        entries: &[Entry],
        items: &[Item],
        lead: Option<&str>,
    ) -> Option<Vec<usize>> {
        let a = labelled(entries, SOLUTIONS)?;
        let (s, situation) = match labelled(entries, SITUATIONS) {
            Some(s) => (s, entries[s].def.clone()?),
            None => told_case(items, a, lead)?,
        };
        let situation = situation.trim();
        let (answer, more) = solution(&entries[a], &items[a])?;
        if situation.is_empty() {
            return None;
        }
        let extra: Vec<usize> = (0..entries.len())
            .filter(|&i| i != s && i != a && about_the_case(&entries[i]))
            .collect();
        // about_the_case: each has a term and a meaning
        let explanation = extra
            .iter()
            .map(|&i| {
                let e = &entries[i];
                let def = e.def.as_deref().unwrap_or_default().trim();
                let def = def.trim_end_matches('.');
                format!("{}: {def}.", e.term.as_deref().unwrap_or_default())
            })
            .collect::<Vec<_>>();
        let more = (!more.is_empty()).then(|| format!("{more}."));
        let explanation = more.into_iter().chain(explanation).collect::<Vec<_>>();
        let explanation = (!explanation.is_empty()).then(|| explanation.join(" "));
        let situation = situation.trim_end_matches(['.', ';']);
        let q = format!("{situation} — what is the solution?");
        let ctx = self.context(None);
        self.card(ctx.as_deref(), &q, &answer, explanation, entries[s].line);
        Some([s, a].into_iter().chain(extra).collect())
    }
}
