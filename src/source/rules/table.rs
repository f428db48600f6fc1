//! Rules for tables. Which rule reads a table depends on its shape:
//! columns headed by parties ("AWS manages | Customer manages"), a column
//! of party cells ("Task | Who? | Details": one card per row, the details
//! as explanation), a matrix of party cells (tasks × services), a column
//! of answers ("Scenario | Answer"), myths beside their reality, and
//! otherwise a table of records or a comparison, one card per cell worth
//! asking. Detail and example columns explain; sample data gives no card.

use super::super::clean::{clean_text, normalise};
use super::super::facts::task_third_person;
use super::super::parties::in_question;
use super::super::text::capitalise;
use super::super::vocab::{
    ANSWER_COLUMNS, COMPARISON_HEADERS, DETAIL_COLUMNS, EMPTY_LABELS, EXAMPLE_COLUMNS,
    VALUE_HEADERS,
};
use super::Rules;

mod fields;
mod keys;
mod myth;
mod numbered;
mod parallel;
pub(super) mod roles;
mod sample;
mod sideways;
mod steps;
mod ticks;
mod values;
mod yes_no;
use sample::is_sample_data;
use yes_no::{yes_no_column, yes_no_row};

/// A table with its cells cleaned; empty and "N/A" cells are `None`.
struct Grid {
    header: Vec<String>,
    rows: Vec<Vec<Option<String>>>,
    lines: Vec<usize>,
    line: usize,
}

impl Grid {
    fn new(header: &[String], rows: &[Vec<String>], row_lines: &[usize], line: usize) -> Self {
        let clean_cell = |t: &String| {
            let t = cell_text(t);
            let lower = t.to_lowercase();
            (!t.is_empty() && !EMPTY_LABELS.contains(&lower.as_str())).then_some(t)
        };
        Grid {
            header: header.iter().map(|h| clean_text(h)).collect(),
            rows: rows
                .iter()
                .map(|r| {
                    (0..header.len())
                        .map(|c| r.get(c).and_then(clean_cell))
                        .collect()
                })
                .collect(),
            lines: row_lines.to_vec(),
            line,
        }
    }

    fn cell(&self, r: usize, c: usize) -> Option<&str> {
        self.rows.get(r)?.get(c)?.as_deref()
    }

    fn row_line(&self, r: usize) -> usize {
        self.lines.get(r).copied().unwrap_or(self.line)
    }

    fn header_is(&self, c: usize, words: &[&str]) -> bool {
        let h = self
            .header
            .get(c)
            .map(|h| h.to_lowercase())
            .unwrap_or_default();
        words.contains(&h.trim_end_matches(['?', ':']).trim())
    }
}

/// A cell's text, clean, without the mark that points to a footnote
/// ("Search*"); a cell that is only a check mark or a cross says "yes"
/// or "no" (clean text would drop the mark, and the cell with it).
pub(super) fn cell_text(raw: &str) -> String {
    // "❌ (not for REST)": the mark is the answer, the brackets its aside.
    let says = |rest: Option<&str>| {
        rest.map(str::trim)
            .filter(|r| r.is_empty() || r.starts_with('('))
            .map(clean_text)
    };
    let marked = |word: &str, aside: String| format!("{word} {aside}").trim_end().to_string();
    if let Some(aside) = says(super::super::clean::starts_with_right_mark(raw)) {
        return marked("yes", aside);
    }
    if let Some(aside) = says(super::super::clean::starts_with_wrong_mark(raw)) {
        return marked("no", aside);
    }
    let t = clean_text(raw);
    match t.strip_suffix('*') {
        Some(u) if !u.ends_with('*') => u.trim_end().to_string(),
        _ => t,
    }
}

/// What a column of a table is.
#[derive(Debug, Clone, PartialEq)]
enum Column {
    /// Headed by a party ("AWS", "Customer manages"): the party and the
    /// verb of its duties.
    Party(String, String),
    /// Its cells name parties.
    PartyCells,
    Details,
    Examples,
    Answers,
    /// Bare command-line flags with no meanings (`-g -G -n`): not asked.
    Flags,
    Plain,
}

impl Rules<'_> {
    pub(super) fn table(
        &mut self,
        header: &[String],
        rows: &[Vec<String>],
        row_lines: &[usize],
        (line, lead): (usize, Option<&str>),
    ) {
        let g = numbered::without_index(Grid::new(header, rows, row_lines, line));
        if g.header.len() < 2 || g.rows.is_empty() {
            return self.leave("a table with one column or no rows");
        }
        if is_sample_data(&g) {
            return self.leave("a table of sample data");
        }
        // ("| Attribute | |": a column with no name to ask by)
        let unnamed = g.header[1..].iter().all(String::is_empty);
        if self.headless_rows(&g)
            || unnamed && self.field_rows(&g)
            || self.step_rows(&g, lead)
            || self.transposed(&g)
            || self.cue_rows(&g)
            || self.tick_rows(&g)
        {
            return;
        }
        let cols: Vec<Column> = (0..g.header.len()).map(|c| self.column(&g, c)).collect();
        let party_headed = cols[1..]
            .iter()
            .filter(|c| matches!(c, Column::Party(..)))
            .count();
        let party_cells: Vec<usize> = (1..cols.len())
            .filter(|c| cols[*c] == Column::PartyCells)
            .collect();
        if matches!(cols[0], Column::Party(..)) && party_headed == cols.len() - 1 {
            self.party_columns(&g, &cols);
        } else if party_headed > 0 {
            self.party_headers(&g, &cols);
        } else if party_cells.len() >= 2 {
            self.party_matrix(&g, &party_cells);
        } else if let Some(&c) = party_cells.first() {
            self.who_rows(&g, &cols, c);
        } else if let Some(c) = cols.iter().position(|c| *c == Column::Answers) {
            self.answer_rows(&g, &cols, c);
        } else if !self.myth_rows(&g) && !self.parallel_rows(&g) {
            self.record_rows(&g, &cols);
        }
    }

    fn column(&self, g: &Grid, c: usize) -> Column {
        if let Some((p, verb)) = self.party_column(&g.header[c]) {
            return Column::Party(p, verb);
        }
        if c == 0 {
            return Column::Plain;
        }
        let cells: Vec<&str> = (0..g.rows.len()).filter_map(|r| g.cell(r, c)).collect();
        let named = cells
            .iter()
            .filter(|t| {
                self.lex.parties.name(t).is_some()
                    || ["both", "shared"].contains(&t.to_lowercase().as_str())
            })
            .count();
        if !cells.is_empty() && named * 10 >= cells.len() * 8 {
            Column::PartyCells
        } else if !cells.is_empty()
            && cells.iter().all(|t| bare_flags(t))
            && !g.header_is(c, &["ending", "endings", "suffix", "suffixes"])
        {
            Column::Flags
        } else if g.header_is(c, DETAIL_COLUMNS) {
            Column::Details
        } else if g.header_is(c, EXAMPLE_COLUMNS) {
            Column::Examples
        } else if g.header_is(c, ANSWER_COLUMNS) {
            Column::Answers
        } else {
            Column::Plain
        }
    }

    /// A table header naming a party: "AWS", "Customer manages", "AWS
    /// Responsibilities" → (party, verb for "who … ?").
    fn party_column(&self, h: &str) -> Option<(String, String)> {
        self.lex.parties.heading(h)
    }

    /// "Customer manages | AWS manages": every column is a party; each cell
    /// is a duty of its column's party.
    fn party_columns(&mut self, g: &Grid, cols: &[Column]) {
        for (c, col) in cols.iter().enumerate() {
            let Column::Party(party, verb3) = col else {
                continue;
            };
            let ctx = self.context(Some(party));
            let mut column = Vec::new();
            for r in 0..g.rows.len() {
                let Some(t) = g.cell(r, c) else { continue };
                let q = format!("who {verb3} {}?", self.lex.lc_phrase(t));
                self.card(ctx.as_deref(), &q, party, None, g.row_line(r));
                column.push(t.to_string());
            }
            if (2..=7).contains(&column.len()) {
                let does = if self.lex.parties.plural(party) {
                    "do"
                } else {
                    "does"
                };
                let q = format!(
                    "what {does} {} {}? ({} items)",
                    in_question(party),
                    base_of(verb3),
                    column.len()
                );
                self.card(ctx.as_deref(), &q, &column.join("; "), None, g.line);
            }
        }
    }

    /// "Layer | AWS | Customer": what each party does for the row, and who
    /// is responsible when only one party has a duty there.
    fn party_headers(&mut self, g: &Grid, cols: &[Column]) {
        let party_cols: Vec<usize> = (1..cols.len())
            .filter(|c| matches!(cols[*c], Column::Party(..)))
            .collect();
        for r in 0..g.rows.len() {
            let Some(label) = g.cell(r, 0) else { continue };
            let at = g.row_line(r);
            // Short other columns describe the row ("IaaS (EC2, EBS)").
            let extra: Vec<&str> = (1..cols.len())
                .filter(|c| !matches!(cols[*c], Column::Party(..)))
                .filter_map(|c| g.cell(r, c))
                .filter(|t| t.split_whitespace().count() <= 4)
                .collect();
            let row_label = if extra.is_empty() {
                label.to_string()
            } else {
                format!("{label} ({})", extra.join("; "))
            };
            let filled: Vec<usize> = party_cols
                .iter()
                .copied()
                .filter(|c| g.cell(r, *c).is_some())
                .collect();
            for &c in &filled {
                let Column::Party(party, _) = &cols[c] else {
                    continue;
                };
                let verb = match g.header[c].to_lowercase() {
                    h if h.contains("responsib") => "is {p} responsible for",
                    h if h.contains("manage") => "{does} {p} manage",
                    _ => "{does} {p} handle",
                };
                let does = if self.lex.parties.plural(party) {
                    "do"
                } else {
                    "does"
                };
                let verb = verb
                    .replace("{does}", does)
                    .replace("{p}", &in_question(party));
                let q = format!("what {verb}?");
                self.card(
                    Some(&row_label),
                    &q,
                    g.cell(r, c).unwrap_or_default(),
                    None,
                    at,
                );
            }
            if party_cols.len() >= 2 && filled.len() == 1 {
                let Column::Party(party, _) = &cols[filled[0]] else {
                    continue;
                };
                let ctx = self.context(Some(party));
                let q = format!("who is responsible for {}?", self.lex.lc_phrase(label));
                let why = g.cell(r, filled[0]).map(str::to_string);
                self.card(ctx.as_deref(), &q, party, why, at);
            }
        }
    }

    /// "Task | EC2 | RDS | S3" with party cells: who does the task on each.
    fn party_matrix(&mut self, g: &Grid, party_cols: &[usize]) {
        for r in 0..g.rows.len() {
            let Some(label) = g.cell(r, 0) else { continue };
            let at = g.row_line(r);
            let task = self.task(label);
            let answers: Vec<(usize, String)> = party_cols
                .iter()
                .filter_map(|&c| Some((c, self.party_answer(g.cell(r, c)?))))
                .collect();
            // The same answer in every column is one fact, not four.
            if answers.len() >= 3 && answers.iter().all(|(_, a)| *a == answers[0].1) {
                let cols: Vec<&str> = answers.iter().map(|(c, _)| g.header[*c].as_str()).collect();
                let (last, init) = cols.split_last().unwrap_or((&"", &[]));
                let q = format!("who {task} on {} and {last}?", init.join(", "));
                let a = format!("{} — on all of them", answers[0].1);
                self.card(None, &q, &a, None, at);
                continue;
            }
            for (c, answer) in answers {
                self.card(
                    Some(&g.header[c]),
                    &format!("who {task}?"),
                    &answer,
                    None,
                    at,
                );
            }
        }
    }

    /// "Layer | Who?" or "Task | Responsibility | Details": one card per
    /// row, the other columns as its explanation.
    fn who_rows(&mut self, g: &Grid, cols: &[Column], c: usize) {
        let asked = g.header[c].trim().trim_end_matches('?');
        let full_question =
            g.header[c].trim().ends_with('?') && asked.split_whitespace().count() >= 3;
        for r in 0..g.rows.len() {
            let (Some(label), Some(cell)) = (g.cell(r, 0), g.cell(r, c)) else {
                continue;
            };
            let answer = self.party_answer(cell);
            let why = self.row_details(g, cols, r, &[0, c]);
            let more = self.lex.parties.name(cell).is_none() && cell != answer;
            let why = match (why, more) {
                (Some(w), true) => Some(format!("{cell}. {w}")),
                (None, true) => Some(cell.to_string()),
                (w, false) => w,
            };
            let at = g.row_line(r);
            if full_question {
                let q = format!(
                    "{label}: {}?",
                    super::super::text::capitalise(asked).to_lowercase()
                );
                self.card(None, &q, &answer, why, at);
            } else {
                let q = format!("who {}?", self.task(label));
                let ctx = self.context(Some(&answer));
                self.card(ctx.as_deref(), &q, &answer, why, at);
            }
        }
    }

    /// "Scenario | Answer": the row asks, the answer column answers.
    fn answer_rows(&mut self, g: &Grid, cols: &[Column], c: usize) {
        let h = g.header[c].to_lowercase();
        let ask = match h.trim_end_matches('?') {
            "service" => "which service",
            "use" => "what to use",
            "result" => "what is the result",
            "verdict" => "what is the verdict",
            _ => "which one",
        };
        let ctx = self.context(None);
        // "Endpoint Type | Use" over "Cluster endpoint | Points to the
        // writer": what each thing is for, not a choice to make.
        let kind = kind_phrase(&g.header[0]);
        let described = h == "use"
            && (kind.ends_with("type") || kind.ends_with("kind"))
            && (0..g.rows.len()).all(|r| {
                g.cell(r, c)
                    .is_some_and(|t| t.split_whitespace().count() >= 3)
            });
        // "Question | Answer": each row is a card as the note wrote it
        let asked = ["question", "questions", "q", "prompt", "front"].contains(&kind.as_str());
        for r in 0..g.rows.len() {
            let (Some(label), Some(answer)) = (g.cell(r, 0), g.cell(r, c)) else {
                continue;
            };
            let why = self.row_details(g, cols, r, &[0, c]);
            let q = match (described, asked) {
                (true, _) => format!("what is the {kind} “{label}” used for?"),
                // "Location" under "Question": a label, its aspect asked
                (_, true) if label.split_whitespace().count() <= 2 => {
                    format!("what is the {}?", label.to_lowercase())
                }
                (_, true) => label.to_string(),
                _ => format!("{} — {ask}?", label.trim_end_matches(['.', '?'])),
            };
            self.card(ctx.as_deref(), &q, answer, why, g.row_line(r));
        }
    }

    /// "Name | Symbol | Definition": the symbol asks what it stands for,
    /// answered by the row's name ("what does ΔH_f stand for?" →
    /// "Formation Enthalpy"); "what is the symbol?" would give it away.
    fn symbol_card(&mut self, g: &Grid, r: usize, c: usize) -> bool {
        let (Some(name), Some(symbol)) = (g.cell(r, 0), g.cell(r, c)) else {
            return false;
        };
        if !g.header_is(c, &["symbol", "notation", "abbreviation", "abbr."]) {
            return false;
        }
        let ctx = self.context(None);
        let q = format!("what does {symbol} stand for?");
        self.card(ctx.as_deref(), &q, name, None, g.row_line(r));
        true
    }

    /// A table of records, or a comparison: one card per cell worth asking.
    fn record_rows(&mut self, g: &Grid, cols: &[Column]) {
        let asked: Vec<usize> = (1..cols.len())
            .filter(|c| cols[*c] == Column::Plain)
            .collect();
        if asked.is_empty() {
            return self.described_rows(g, cols);
        }
        let comparison = is_comparison(g, &asked);
        // One table of a set, a section each ("Access | O(1)" under
        // "Arrays", under "Stack"): each row names its section.
        let repeated = (0..g.rows.len()).any(|r| {
            g.cell(r, 0)
                .is_some_and(|l| self.shared_rows.contains(&super::record::field_key(l)))
        });
        let kind = kind_phrase(&g.header[0]);
        // "Thin rod | Centre | …" and "Thin rod | End | …": the second
        // column tells the rows apart, so it names them
        let keyed = !comparison && asked.len() >= 2 && asked[0] == 1 && keys::repeated_labels(g);
        let contrast = g.header.len() == 2 && self.heading_names(&g.header);
        let asked: Vec<usize> = asked
            .into_iter()
            .filter(|&c| comparison || !self.yes_no_group(g, c))
            .filter(|&c| !keyed || c != 1)
            .collect();
        if asked.is_empty() {
            return self.examples_only(g, cols);
        }
        for r in 0..g.rows.len() {
            let Some(label) = g.cell(r, 0) else { continue };
            let why = self.row_details(g, cols, r, &[]);
            let name = self.row_name(g, r, label, keyed, repeated);
            for &c in &asked {
                let Some(t) = g.cell(r, c) else { continue };
                if self.symbol_card(g, r, c) {
                    continue;
                }
                let col = g.header[c].trim_end_matches('?');
                // "SJF (Preemptive) | Preemptive? | Yes": the row's name
                // gives the answer away.
                let named = yes_no_column(g, c) && names_column(label, col);
                // "Electric Kiln: what is the fuel?" → "Electric": the
                // thing compared gives the answer away.
                let given = comparison && super::gap::repeats(col, t);
                if col.is_empty() || named || given {
                    continue;
                }
                let q = if contrast {
                    self.contrast_question(g, label, col)
                } else if g.header_is(c, &["meaning", "definition"]) {
                    format!("what does “{label}” mean?")
                } else if g.header_is(c, VALUE_HEADERS) && asked.len() == 1 {
                    // "Field | Value": each row names what is asked.
                    format!("what is the {}?", self.lex.lc_label(label))
                } else if comparison {
                    let row = self.lex.lc_label(label);
                    roles::comparison_question(&row, col, yes_no_row(g, r)).unwrap_or_else(|| {
                        format!(
                            "{col}: {}",
                            roles::column_question(row.trim_end_matches('?'))
                        )
                    })
                } else if yes_no_column(g, c) {
                    format!("{name}: {}?", self.lex.lc_label(col))
                } else if let Some(q) = roles::does_row(&kind, col, label, t) {
                    q
                } else {
                    format!(
                        "{name}: {}",
                        roles::column_question(&self.lex.lc_label(col))
                    )
                };
                let ctx = (q.starts_with("what does") || q.starts_with("what is the "))
                    .then(|| self.context(None))
                    .flatten();
                self.card(ctx.as_deref(), &q, t, why.clone(), g.row_line(r));
            }
            self.description_card(g, r);
        }
    }

    /// Every plain column was asked whole: the rows' examples are left,
    /// each asked of its row.
    fn examples_only(&mut self, g: &Grid, cols: &[Column]) {
        let examples: Vec<Column> = cols
            .iter()
            .map(|c| match c {
                Column::Examples => Column::Examples,
                _ => Column::Flags,
            })
            .collect();
        self.described_rows(g, &examples);
    }

    /// "Term | Description" or "Type | Examples": what the row's term means
    /// or what its examples are.
    fn described_rows(&mut self, g: &Grid, cols: &[Column]) {
        if self.field_rows(g) {
            return;
        }
        let kind = self.lex.lc_phrase(&g.header[0]);
        for r in 0..g.rows.len() {
            let Some(label) = g.cell(r, 0) else { continue };
            for (c, col) in cols.iter().enumerate().skip(1) {
                let Some(t) = g.cell(r, c).filter(|_| *col != Column::Flags) else {
                    continue;
                };
                // "Usage | Creates a new table": what the row's name does.
                let does = g.header_is(c, &["usage", "use"])
                    && super::code::starts_with_verb(&clean_text(t));
                let (ctx, q) = match col {
                    Column::Examples if does && !kind.is_empty() => {
                        (None, format!("what does the {kind} “{label}” do?"))
                    }
                    Column::Examples if !kind.is_empty() => {
                        (None, format!("what are examples of the {kind} “{label}”?"))
                    }
                    Column::Examples => {
                        (self.context(None), format!("what are examples of {label}?"))
                    }
                    _ if g.header_is(0, COMMAND_HEADERS) => {
                        (self.context(None), format!("what does {label} do?"))
                    }
                    _ => (
                        self.context(None),
                        super::labels::does_question(label, &clean_text(t))
                            .filter(|_| !super::open_ended(label))
                            .unwrap_or_else(|| super::meant(label)),
                    ),
                };
                self.card(ctx.as_deref(), &q, t, None, g.row_line(r));
            }
        }
    }

    /// The cells of a row's detail and example columns (and of any column
    /// not in `skip` that is not asked about), as one explanation.
    fn row_details(&self, g: &Grid, cols: &[Column], r: usize, skip: &[usize]) -> Option<String> {
        let parts: Vec<String> = cols
            .iter()
            .enumerate()
            .filter(|(c, col)| {
                !skip.contains(c)
                    && (matches!(col, Column::Details | Column::Examples)
                        || (!skip.is_empty() && *c != 0 && **col == Column::Plain))
            })
            .filter_map(|(c, _)| {
                let t = g.cell(r, c)?;
                Some(if g.header_is(c, DETAIL_COLUMNS) {
                    t.to_string()
                } else {
                    format!("{}: {t}", g.header[c])
                })
            })
            .collect();
        (!parts.is_empty()).then(|| parts.join(". "))
    }

    /// A row's label as the subject of its questions, with what the rows
    /// are when the first column names it: "Basic" under "Plan", in a
    /// section "Support Plans Compared" → "Basic support plan".
    fn row_subject(&self, header0: &str, label: &str) -> String {
        let name = record_name(header0, label);
        let kind = header0.trim().to_lowercase();
        // "Linear | Rotational": a header that says what a row is like
        let like = [
            "al", "ar", "ive", "ous", "ic", "ful", "less", "able", "ible",
        ]
        .iter()
        .any(|e| kind.len() > 5 && kind.ends_with(e));
        let one_word = !kind.is_empty() && kind.chars().all(char::is_alphabetic) && !like;
        if name != label
            || !one_word
            || ROW_KINDS_UNSAID.contains(&kind.as_str())
            || label.to_lowercase().contains(&kind)
        {
            return name;
        }
        let heading = self
            .stack
            .last()
            .map(|(_, h)| h.to_lowercase())
            .unwrap_or_default();
        let words: Vec<&str> = heading
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .collect();
        let plural = format!("{kind}s");
        let qualifier = words
            .iter()
            .position(|w| *w == kind || *w == plural)
            .and_then(|i| i.checked_sub(1))
            .map(|i| words[i])
            .filter(|w| {
                w.len() > 2 && w.chars().all(char::is_alphabetic) && !NOT_QUALIFIERS.contains(w)
            });
        match qualifier {
            Some(q) => format!("{label} {q} {kind}"),
            None => format!("{label} {kind}"),
        }
    }

    /// A row label as the verb phrase of a "who … ?" question.
    fn task(&self, label: &str) -> String {
        task_third_person(label)
            .unwrap_or_else(|| format!("is responsible for {}", self.lex.lc_phrase(label)))
    }

    /// A party cell as an answer ("Customer" → "The customer").
    fn party_answer(&self, cell: &str) -> String {
        self.lex
            .parties
            .name(cell)
            .map_or_else(|| capitalise(cell), str::to_string)
    }
}

/// A record's name in a question: its label, with the column name in
/// front when the label is a bare number or code ("Port 22") or a
/// condition on what the column measures ("e > 1").
fn record_name(header0: &str, label: &str) -> String {
    let bare = label
        .chars()
        .all(|c| c.is_ascii_digit() || " –-.,/".contains(c))
        || label.chars().count() <= 2
        // "e > 1", "0 < e < 1": a condition on the column's measure
        || (label.contains(['<', '>', '=', '≤', '≥', '≠'])
            && label.chars().filter(|c| c.is_alphabetic()).count() <= 3);
    if bare && !header0.is_empty() {
        format!("{header0} {label}")
    } else {
        label.to_string()
    }
}

/// Headers of a column that explains the first: never a party's name.
const MEANING_HEADERS: &[&str] = &[
    "meaning",
    "definition",
    "description",
    "explanation",
    "purpose",
    "what it does",
];

/// First-column headers of things that act: each row is asked what it
/// does.
const COMMAND_HEADERS: &[&str] = &["command", "commands", "cmd", "instruction", "function"];

/// First-column headers that say nothing about what the rows are.
const ROW_KINDS_UNSAID: &[&str] = &[
    "name",
    "term",
    "item",
    "key",
    "field",
    "feature",
    "aspect",
    "concept",
    "type",
    "category",
    "option",
    "value",
    "setting",
    "property",
    "word",
    "keyword",
    "symbol",
    "label",
    "title",
    "topic",
    "question",
    "scenario",
    "case",
    "step",
    "stage",
    "thing",
    "example",
    "part",
    "component",
    "element",
    "entity",
    "object",
    "resource",
    "kind",
    "sort",
    "variant",
];

/// Heading words that praise rather than name a kind ("Key Instructions").
const NOT_QUALIFIERS: &[&str] = &[
    "key",
    "main",
    "important",
    "common",
    "basic",
    "useful",
    "essential",
    "core",
    "top",
    "other",
    "all",
    "some",
    "more",
    "different",
    "various",
    "popular",
    "major",
    "primary",
];

/// Whether a cell holds only command-line flags (`-g -G`, `--home`), not
/// a word's ending (`-é`, `-aron`: a letter beyond ASCII, or none).
fn bare_flags(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let flags = words
        .iter()
        .filter(|w| w.starts_with('-') && w.is_ascii())
        .count();
    !words.is_empty() && flags * 10 >= words.len() * 8 && words.iter().all(|w| w.len() <= 12)
}

/// "Integration Type" → "integration type": the kind of a table's rows
/// as an ordinary phrase; an acronym ("API") keeps its case.
fn kind_phrase(header: &str) -> String {
    let words: Vec<String> = header
        .split_whitespace()
        .map(|w| match w.chars().any(char::is_lowercase) {
            true => w.to_lowercase(),
            false => w.to_string(),
        })
        .collect();
    words.join(" ")
}

/// Whether a row's name holds a yes/no column's word, whole or cut short
/// ("Priority (Preempt)" under "Preemptive?").
fn names_column(label: &str, col: &str) -> bool {
    let (label, col) = (normalise(label), normalise(col));
    let single = !col.is_empty() && !col.contains(' ');
    let cut_short = |w: &str| w.len() >= 5 && w.len() * 10 >= col.len() * 6 && col.starts_with(w);
    !col.is_empty() && label.contains(&col) || single && label.split_whitespace().any(cut_short)
}

/// The base form of a third-person verb phrase ("manages" → "manage").
fn base_of(verb3: &str) -> String {
    let (head, tail) = verb3.split_once(' ').map_or((verb3, ""), |(h, t)| (h, t));
    let base = if let Some(b) = head.strip_suffix("ies") {
        format!("{b}y")
    } else if ["ches", "shes", "sses", "xes"]
        .iter()
        .any(|s| head.ends_with(s))
    {
        head[..head.len() - 2].to_string()
    } else {
        head.strip_suffix('s').unwrap_or(head).to_string()
    };
    if tail.is_empty() {
        base
    } else {
        format!("{base} {tail}")
    }
}

/// Whether a table sets two things or more side by side ("Feature/Need"
/// names what the rows are as "Feature" does).
fn is_comparison(g: &Grid, asked: &[usize]) -> bool {
    let first = g.header[0].to_lowercase();
    let compares = first
        .split('/')
        .any(|p| COMPARISON_HEADERS.contains(&p.trim()));
    asked.len() >= 2 && !values::value_columns(g, asked) && (compares || first.contains(" vs"))
}
