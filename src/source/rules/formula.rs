//! Formulas written in TeX between `$$` marks: "$$ Q = I \times t $$" →
//! "what is the formula for Q?" → "Q = I × t"; "$$ \text{Shutdown if }
//! P < AVC $$" → "Shutdown if [...]" → "P < AVC". A chemical equation
//! (`\ce{Z -> Z+ + e-}`) is taken out of the prose around it, where its
//! markup would garble a card, and is not asked.

use super::super::clean::clean_text;
use super::super::doc::{Block, Item, Line};
use super::super::pronoun::subject_of;
use super::super::tex::plain_math;
use super::super::text::{capitalise, lower_name, sentences};
use super::{formula_lead, Rules};
use crate::error::Result;

/// Most words on the left of a formula's `=` that name what it gives.
pub(super) const MAX_NAME_WORDS: usize = 6;

impl Rules<'_> {
    /// A paragraph: each formula in it asked, and the prose between them
    /// read run by run.
    pub(super) fn para_and_formulas(
        &mut self,
        blocks: &[Block],
        i: usize,
        lines: &[Line],
    ) -> Result<()> {
        self.heading_gloss(blocks, i, lines);
        let (formulas, runs) = split_formulas(lines);
        if formulas.is_empty() {
            return self.para(blocks, i, lines);
        }
        let before = i.checked_sub(1).map(|p| &blocks[p]);
        for (k, f) in formulas.into_iter().enumerate() {
            let formula = plain_math(&f.tex);
            // "\ce{acid + alkali -> salt + water}": set as chemistry
            let reaction = f.tex.contains("\\ce{") && formula.contains('→');
            if chemical_equation(&f.tex) || reaction {
                self.equation_card(&formula, f.line);
                continue;
            }
            let before = before.filter(|_| k == 0);
            let question = self.formula_question(f.lead.as_deref(), before, i, &formula);
            self.formula_card(&formula, f.line, question);
        }
        for run in runs {
            self.para(blocks, i, &run)?;
        }
        Ok(())
    }

    /// A code block without a language whose lines are all formulas
    /// ("    f = 1 / T", set out by indenting): each asked as a formula,
    /// the first with the lead above it. Whether it was one.
    pub(super) fn formula_code(&mut self, blocks: &[Block], i: usize, text: &str) -> bool {
        let Some(Block::Code { lang, line, .. }) = blocks.get(i) else {
            return false;
        };
        let lines: Vec<(usize, &str)> = text
            .lines()
            .enumerate()
            .map(|(k, l)| (line + k, l.trim()))
            .filter(|(_, l)| !l.is_empty())
            .collect();
        let formulas = lines
            .iter()
            .all(|(_, l)| plain_formula(l) || word_formula(l));
        if !lang.is_empty() || lines.is_empty() || !formulas {
            return false;
        }
        let before = i.checked_sub(1).map(|p| &blocks[p]);
        for (k, (at, l)) in lines.into_iter().enumerate() {
            let formula = plain_math(l);
            let question = self.formula_question(None, before.filter(|_| k == 0), i, &formula);
            self.formula_card(&formula, at, question);
        }
        true
    }

    /// The question what stands around a formula asks of it: its own
    /// lead, or (for a paragraph's first formula) the block before it.
    fn formula_question(
        &self,
        lead: Option<&str>,
        before: Option<&Block>,
        i: usize,
        formula: &str,
    ) -> Option<String> {
        let lex = self.lex;
        let ask = |l: &str| formula_lead::lead_question(&clean_text(l), formula, lex);
        if let Some(l) = lead {
            return ask(l);
        }
        match before? {
            // "Bayes' theorem:" ending the paragraph above
            // "Bayes' theorem:", "… For any p, the mass function is given
            // by:" ending the paragraph above: its last sentence; else "…
            // according to Snell's law." in the paragraph before
            Block::Para { lines } => {
                let last = &lines.last()?.text;
                let leads = self.joined[i - 1] == Some(i) || last.trim_end().ends_with(':');
                let lead = sentences(last).pop().filter(|_| leads);
                lead.and_then(|l| ask(&l))
                    .or_else(|| formula_lead::named_before(lines, formula, lex))
            }
            // "### Ohm's law" right over it
            Block::Heading { text, .. } => ask(&formula_lead::owned_law(
                super::super::plain::heading_text(text),
            )?),
            _ => None,
        }
    }

    /// The cards of the formulas written inside a block's lines: "what is
    /// C for a parallel-plate capacitor?", or the sentence with a gap.
    pub(super) fn inline_formulas(&mut self, found: &[Inline]) {
        let mut symbols = Vec::new();
        for f in found {
            let ctx = self.context(None);
            let mut said = None;
            let named = formula_lead::names_its_formula(&f.lead, self.lex);
            if let (true, Some(q)) = (f.gap, named) {
                let tail = Some(capitalise(&f.tail)).filter(|t| !t.is_empty());
                self.card_as_written(ctx.as_deref(), &q, &f.formula, tail, f.line);
                continue;
            }
            let front = match f.gap {
                true => match (f.said.strip_prefix("Its "), subject_of(&f.prior, self.lex)) {
                    (Some(rest), Some(s)) => format!("{}'s {rest}", capitalise(&s)),
                    _ => f.said.clone(),
                },
                false if !said_clause(&f.said) => {
                    named_question(&self.lex.lc_label(&f.said), &f.formula)
                }
                // "It calculates the force between two charges $$F = …$$":
                // a sentence, no name; the law it names, or its symbol
                false => match law_in(&f.said) {
                    Some(law) => format!("what is {law}?"),
                    None => {
                        let Some(symbol) = formula_symbol(&f.formula, &mut symbols) else {
                            continue;
                        };
                        said = Some(capitalise(said_alone(&f.said)));
                        format!("what is the formula for {symbol}?")
                    }
                },
            };
            self.card_as_written(ctx.as_deref(), &front, &f.formula, said, f.line);
        }
    }

    /// "6CO₂ + 6H₂O → C₆H₁₂O₆ + 6O₂" under "Photosynthesis": the
    /// equation of what the heading names.
    fn equation_card(&mut self, formula: &str, line: usize) {
        let Some((_, heading)) = self.stack.last() else {
            return;
        };
        let what = self.lex.lc_label(heading);
        // "the light stage", but "photosynthesis"
        let steps = ["stage", "step", "phase", "reaction", "cycle", "process"];
        let last = what.rsplit(' ').next().unwrap_or_default();
        let the = match what.contains(' ') && steps.contains(&last) && !what.starts_with("the ") {
            true => "the ",
            false => "",
        };
        // "Ionic equation of neutralisation" names the equation itself
        let q = match what.split_whitespace().any(|w| w.starts_with("equation")) {
            true => format!("what is the {}?", what.trim_start_matches("the ")),
            false => format!("what is the equation for {the}{what}?"),
        };
        let ctx = self.parent_heading().map(str::to_string);
        // the arrow is the equation's, no separator to clean away
        let sides: Vec<String> = formula.split('→').map(clean_text).collect();
        self.card_shown(ctx.as_deref(), &q, sides.join(" → "), None, line);
    }

    fn formula_card(&mut self, formula: &str, line: usize, question: Option<String>) {
        // "### Formula" under "## Z-Test": the test's formula
        let aside = self.stack.last().is_some_and(|(_, h)| {
            ["formula", "formulas", "equation", "equations"].contains(&h.to_lowercase().as_str())
        });
        let ctx = match aside {
            true => self.parent_heading().map(str::to_string),
            false => self.context(None),
        };
        // "∴ t½ = ln2/k": the result of a derivation; "∵ …" its premise
        if formula.starts_with('∵') {
            return;
        }
        let formula = formula.trim_start_matches('∴').trim();
        // "aA + bB = cC + dD" is a reaction, whatever its lead says
        let reaction = formula
            .split_once(" = ")
            .is_some_and(|(name, _)| name.contains(['+', '→']));
        if let Some(q) = question.filter(|_| !reaction) {
            return self.card_as_written(ctx.as_deref(), &q, formula, None, line);
        }
        if let Some((name, value)) = formula.split_once(" = ") {
            // "where, Π = Osmotic Pressure": what a symbol stands for
            if let Some(symbol) = glossed_symbol(name, value) {
                let q = format!("what does {symbol} stand for?");
                return self.card_as_written(
                    ctx.as_deref(),
                    &q,
                    &capitalise(value.trim()),
                    None,
                    line,
                );
            }
            let words = name.split_whitespace().count();
            // "aA + bB = cC + dD" is a reaction
            if (1..=MAX_NAME_WORDS).contains(&words)
                && !name.contains(['→', '+'])
                && (!name.contains('(') || function_of(name.trim()))
            {
                // "F = 96500 C mol^-1": a constant's value
                // "Average Speed", but "Δx"
                let name = match name.trim().chars().count() > 2 {
                    true => self.lex.lc_label(name.trim()),
                    false => name.trim().to_string(),
                };
                let first = value.split_whitespace().next().unwrap_or_default();
                let constant = first.replace(',', "").parse::<f64>().is_ok()
                    && !value.contains(['/', '(', '+', '×', '*']);
                // "θ = arcsin(1/1.333)": a worked example's sum, no formula
                if !constant && worked_sum(value) {
                    return;
                }
                let (q, back) = match constant {
                    true => (format!("what is the value of {name}?"), value.trim()),
                    false => (format!("what is the formula for {name}?"), formula),
                };
                self.card_as_written(ctx.as_deref(), &q, back, None, line);
            }
            return;
        }
        // "Shutdown if P < AVC": the condition is the gap
        if let Some((what, condition)) = formula.split_once(" if ") {
            let compares = condition.contains(['<', '>', '≤', '≥']);
            if compares && !what.trim().is_empty() {
                let front = format!("{} if [...]", what.trim());
                self.card_as_written(ctx.as_deref(), &front, condition.trim(), None, line);
            }
        }
    }
}

/// The functions a formula written out may apply ("sqrt(…)", "sin θ").
const FUNCTIONS: &[&str] = &[
    "sin", "cos", "tan", "arcsin", "arccos", "arctan", "log", "ln", "exp", "sqrt",
];

/// "PE = mgh", "Δt = Δt₀ / sqrt(1 - v²/c²)": a line that is a formula
/// written in plain text: a symbol, "=", and symbols and operations, no
/// words.
fn plain_formula(t: &str) -> bool {
    let Some((name, value)) = t.split_once('=') else {
        return false;
    };
    let name = name.trim();
    let symbol = (1..=6).contains(&name.chars().count())
        && name.split_whitespace().count() == 1
        && name.chars().any(char::is_alphabetic);
    let no_words = value
        .split(|c: char| !c.is_alphabetic())
        .all(|w| w.chars().count() < 4 || FUNCTIONS.contains(&w));
    // "F = ma": letters multiplied; "score = 80" is a worked example's
    let product =
        !value.contains(|c: char| c.is_ascii_digit()) && value.contains(char::is_alphabetic);
    let worked = value.chars().any(|c| "+-−/*×·^²³√(".contains(c)) || product;
    symbol && no_words && worked && !value.trim().is_empty() && t.chars().count() <= 80
}

/// "MPC = Δ Consumer spending / Δ Disposable income", "profit = total
/// revenue - total cost": a line that is a formula written in words: a
/// name of a few words, "=", and names joined by operations; no money or
/// percentages (a worked example's figures), no sentence.
fn word_formula(t: &str) -> bool {
    let t = t.trim().trim_end_matches('.');
    let Some((name, value)) = t.split_once(" = ") else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = (1..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.trim_start_matches('Δ')
                .chars()
                .all(|c| c.is_alphabetic() || c == '-')
        })
        // ("d = after - before" under "### Formula": a symbol, read there)
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    let operated = value.contains(['+', '/', '*', '×', '÷']) || value.contains(" - ");
    let figures = value.contains(['$', '%', '€', '£', '=', ',', ';', ':']);
    let short = value.split_whitespace().count() <= 14;
    named && operated && !figures && short && value.contains(char::is_alphabetic)
}

/// "arcsin(1.333/1)", "2 × 9.8": numbers and functions of them only.
fn worked_sum(value: &str) -> bool {
    let names = value
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| FUNCTIONS.contains(&w));
    names && value.contains(char::is_numeric)
}

/// "P(A | B)", "f(x)", "Var(X)": a name applied to what it is of, all
/// of it (not "(a + b)(a - b)", a product).
fn function_of(name: &str) -> bool {
    let Some((head, args)) = name.split_once('(') else {
        return false;
    };
    let head_ok = (1..=3).contains(&head.chars().count()) && head.chars().all(char::is_alphabetic);
    head_ok && args.ends_with(')') && !args[..args.len() - 1].contains(['(', ')'])
}

/// A formula written inside a line of text, and what the text says it is.
#[derive(Debug, PartialEq)]
pub(super) struct Inline {
    pub line: usize,
    /// "Parallel-plate capacitor" (what the formula gives), or the
    /// sentence with a gap where the formula was ("… in a vacuum is [...]").
    pub said: String,
    pub gap: bool,
    /// The words that led into a gapped formula, and the rest of its
    /// sentence after it ("where A is a constant").
    pub lead: String,
    pub tail: String,
    /// The sentence before, for an "Its" the card must name.
    pub prior: String,
    /// The formula as plain text.
    pub formula: String,
}

/// Each block with the formulas written inside its lines taken out
/// ("Parallel-Plate Capacitor $$ C = … $$"), and the formulas of each
/// block; a block left with nothing else becomes a break.
pub(super) fn take_inline(blocks: &[Block]) -> (Vec<Block>, Vec<Vec<Inline>>) {
    let mut found = Vec::with_capacity(blocks.len());
    let taken = blocks
        .iter()
        .map(|b| {
            let mut inline = Vec::new();
            let block = match b {
                Block::Para { lines } => {
                    let lines = take_from_lines(lines, &mut inline);
                    match lines.is_empty() {
                        true => Block::Break,
                        false => Block::Para { lines },
                    }
                }
                Block::List { start, items } => {
                    let items = take_from_items(items, &mut inline);
                    match items.is_empty() {
                        true => Block::Break,
                        false => Block::List {
                            start: *start,
                            items,
                        },
                    }
                }
                other => other.clone(),
            };
            found.push(inline);
            block
        })
        .collect();
    (taken, found)
}

fn take_from_items(items: &[Item], found: &mut Vec<Inline>) -> Vec<Item> {
    items
        .iter()
        .map(|it| Item {
            lines: take_from_lines(&it.lines, found),
            sub: take_from_items(&it.sub, found),
            ..it.clone()
        })
        .filter(|it| !it.lines.is_empty() || !it.sub.is_empty())
        .collect()
}

/// The lines with each formula that follows text on its source line
/// taken out; a formula on a line of its own stays.
fn take_from_lines(lines: &[Line], found: &mut Vec<Inline>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut k = 0;
    while k < lines.len() {
        let l = &lines[k];
        k += 1;
        let follows_text = out
            .last()
            .is_some_and(|p| p.line == l.line && display(&p.text).is_none());
        let (Some(tex), true) = (display(&l.text), follows_text) else {
            out.push(l.clone());
            continue;
        };
        let after = lines
            .get(k)
            .filter(|n| n.line == l.line && display(&n.text).is_none());
        k += usize::from(after.is_some());
        let mut before = out.pop().unwrap_or_else(|| l.clone());
        let mut head = sentences(&before.text);
        let mut said = head.pop().unwrap_or_default();
        // "… in a field of mag. E is $$ … $$": too short to be a sentence
        while said.split_whitespace().count() < 4 {
            let Some(s) = head.pop() else { break };
            said = format!("{s} {said}");
        }
        let rest = after.map_or("", |a| a.text.trim());
        let (text, mut inline) = inline(said.trim(), rest, plain_math(tex), l.line);
        inline.prior = head.last().cloned().unwrap_or_default();
        found.push(inline);
        before.text = head
            .iter()
            .map(String::as_str)
            .chain([text.as_str()])
            .collect::<Vec<_>>()
            .join(" ")
            .trim()
            .to_string();
        if !before.text.is_empty() {
            out.push(before);
        }
    }
    out
}

/// The formula after `said` (and before `rest`) as a card, and the text
/// left to read: "The energy U of a charged kiln $$ U = … $$ is the
/// work done" reads "The energy U of a charged kiln is the work done".
fn inline(said: &str, rest: &str, formula: String, line: usize) -> (String, Inline) {
    // "Remember that $$ … $$ is the chance that …": the sentence is of
    // the formula
    let said = super::super::text::strip_markers(said).trim();
    let of_formula = said.is_empty() && (rest.starts_with("is ") || rest.starts_with("are "));
    let last = said.rsplit(' ').next().unwrap_or_default().to_lowercase();
    let links = [
        "is", "are", "=", "by", "as", "to", "becomes", "equals", "gives", "be",
    ];
    if said.ends_with(':') || links.contains(&last.as_str()) || of_formula {
        // "… in a vacuum is $$ u = … $$ where u is …": a gap, with the
        // rest of its sentence
        let mut rest_sentences = sentences(rest).into_iter();
        let tail = rest_sentences.next().unwrap_or_default();
        let lead = said.trim_end_matches(':').trim().to_string();
        let said = format!("{lead} [...] {tail}").trim().to_string();
        let inline = Inline {
            line,
            said,
            gap: true,
            lead,
            tail,
            prior: String::new(),
            formula,
        };
        return (rest_sentences.collect::<Vec<_>>().join(" "), inline);
    }
    let text = match rest.starts_with(|c: char| c.is_lowercase()) {
        true => format!("{said} {rest}"),
        false => rest.trim_start_matches(['.', ',', ';']).trim().to_string(),
    };
    let said = said.trim_end_matches([',', '.']).to_string();
    let inline = Inline {
        line,
        said,
        gap: false,
        lead: String::new(),
        tail: String::new(),
        prior: String::new(),
        formula,
    };
    (text, inline)
}

/// "where, Π" over "Osmotic Pressure", "C" over "concentration of
/// solution": a symbol (after "where", if any) set equal to words, which
/// say what it stands for; none when the value is maths.
fn glossed_symbol<'a>(name: &'a str, value: &str) -> Option<&'a str> {
    let name = name.trim();
    let symbol = ["where, ", "where ", "here, ", "and "]
        .iter()
        .find_map(|w| name.strip_prefix(w))
        .unwrap_or(name)
        .trim();
    let short = (1..=4).contains(&symbol.chars().count()) && !symbol.contains(' ');
    let words: Vec<&str> = value.split_whitespace().collect();
    // "mcΔT", "-nFE": symbols run together, no words
    let word = |w: &&str| {
        w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
            && !w.starts_with('-')
            && !w.chars().skip(1).any(char::is_uppercase)
            && w.chars().all(|c| c.is_ascii() || "'’".contains(c))
    };
    let plain = words.iter().all(word);
    let named = words.iter().any(|w| w.chars().count() >= 4);
    (short && plain && named && !words.is_empty()).then_some(symbol)
}

/// Whether the words before a formula are a sentence rather than its
/// name: set off by a comma, opened by a pronoun or a link ("From …, we
/// have"), or a clause.
fn said_clause(said: &str) -> bool {
    const MORE_LINKS: &[&str] = &["that", "which", "since", "also"];
    let words: Vec<String> = said.split_whitespace().map(str::to_lowercase).collect();
    let first = words.first().map_or("", String::as_str);
    let link = super::formula_lead::LINKS.contains(&first) || MORE_LINKS.contains(&first);
    said.contains(',') || link || super::gloss::clause(said)
}

/// "Voltage is the unit of potential, which" → "Voltage is the unit of
/// potential": the sentence without the words that led into the formula.
fn said_alone(said: &str) -> &str {
    const LEADS: &[&str] = &[" which", " we have", " we get", " so", " is", " as"];
    let mut s = said.trim().trim_end_matches([',', ':']);
    while let Some(rest) = LEADS.iter().find_map(|l| s.strip_suffix(l)) {
        s = rest.trim_end().trim_end_matches([',', ':']);
    }
    s
}

/// "looks like the law of gravity" → "the law of gravity": a law the
/// sentence names.
fn law_in(said: &str) -> Option<String> {
    let words: Vec<&str> = said.split_whitespace().collect();
    let at = words.iter().position(|w| w.eq_ignore_ascii_case("law"))?;
    let the = at
        .checked_sub(1)
        .filter(|&k| words[k].eq_ignore_ascii_case("the"))?;
    let of = words.get(at + 1).filter(|w| **w == "of")?;
    // "the law of conservation of energy states …": up to the verb
    const ENDS: &[&str] = &[
        "is", "states", "says", "gives", "which", "that", "and", "where",
    ];
    let mut what = Vec::new();
    for w in words.iter().skip(at + 2).take(4) {
        if ENDS.contains(w) {
            break;
        }
        what.push(w.trim_end_matches(['.', ',', ';', ':']));
        if w.ends_with(['.', ',', ';', ':']) {
            break;
        }
    }
    (!what.is_empty()).then(|| format!("{} law {of} {}", words[the].to_lowercase(), what.join(" ")))
}

/// The symbol a formula gives ("F" of "F = …"), the first time it is
/// asked among `asked`; after that, with what it is worked out from ("V
/// in terms of k, Q and r").
fn formula_symbol(formula: &str, asked: &mut Vec<String>) -> Option<String> {
    let (symbol, value) = formula.split_once('=')?;
    let symbol = symbol.trim();
    let short = !symbol.is_empty() && symbol.chars().count() <= 6 && !symbol.contains(' ');
    if !short {
        return None;
    }
    let named = match asked.iter().any(|s| s == symbol) {
        false => symbol.to_string(),
        true => format!("{symbol} in terms of {}", in_terms_of(value)?),
    };
    (!asked.contains(&named)).then(|| {
        asked.push(named.clone());
        asked.push(symbol.to_string());
        named
    })
}

/// "kQ/r" → "k, Q and r": the symbols a formula's value is worked out
/// from, a letter with its subscript each ("m₁", "U_E"); none when it has
/// more than five or a function's name.
fn in_terms_of(value: &str) -> Option<String> {
    let mut symbols: Vec<String> = Vec::new();
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_alphabetic() {
            continue;
        }
        let mut s = c.to_string();
        while let Some(&n) = chars.peek() {
            let sub = "₀₁₂₃₄₅₆₇₈₉ₐₑₒₓ".contains(n) || n == '_' || s.ends_with('_');
            if !sub {
                break;
            }
            s.push(n);
            chars.next();
        }
        if !symbols.contains(&s) {
            symbols.push(s);
        }
    }
    let words = value.split(|c: char| !c.is_alphabetic());
    let function = words.into_iter().any(|w| FUNCTIONS.contains(&w));
    if symbols.is_empty() || symbols.len() > 5 || function {
        return None;
    }
    let last = symbols.pop()?;
    Some(match symbols.is_empty() {
        true => last,
        false => format!("{} and {last}", symbols.join(", ")),
    })
}

/// "what is C for a parallel-plate capacitor?" (C = …), "what is the
/// formula for the energy U of a kiln?" (U = …, U named already).
pub(super) fn named_question(name: &str, formula: &str) -> String {
    let name = lower_name(name);
    let symbol = name_side(formula).filter(|s| {
        let short = s.split_whitespace().count() <= 2 || function_of(s);
        !s.is_empty() && short && s.chars().count() <= 12
    });
    let named = |s: &str| {
        name.split(|c: char| !c.is_alphanumeric() && c != '_')
            .any(|w| w == s)
    };
    let first = name.split(' ').next().unwrap_or_default();
    let article = match first {
        "a" | "an" | "the" => "",
        _ if first.ends_with('s') && !first.ends_with("ss") => "",
        _ if super::super::text::looks_plural(name.rsplit(' ').next().unwrap_or_default()) => "",
        _ if first.starts_with(['a', 'e', 'i', 'o', 'u']) => "an ",
        _ => "a ",
    };
    // "Speed of wave:" over "v = λ f" names the quantity itself, not a
    // case the formula is for ("Dependent events")
    const QUANTITIES: &[&str] = &[
        "speed",
        "velocity",
        "acceleration",
        "momentum",
        "force",
        "energy",
        "power",
        "pressure",
        "density",
        "frequency",
        "period",
        "wavelength",
        "current",
        "voltage",
        "resistance",
        "charge",
        "work",
        "mass",
        "volume",
        "area",
        "rate",
        "cost",
        "revenue",
        "profit",
    ];
    match symbol {
        _ if QUANTITIES.contains(&first) => format!("what is the formula for the {name}?"),
        Some(s) if !named(s) => format!("what is {s} for {article}{name}?"),
        _ => format!("what is the formula for {name}?"),
    }
}

/// "P(X = k)" of "P(X = k) = p": what a formula gives, left of its
/// first `=` outside brackets.
fn name_side(formula: &str) -> Option<&str> {
    let mut depth = 0i32;
    for (k, c) in formula.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            '=' if depth == 0 => return Some(formula[..k].trim()),
            _ => {}
        }
    }
    None
}

/// A paragraph whose first line is a formula set out.
pub(super) fn opens_with_formula(lines: &[Line]) -> bool {
    lines.first().is_some_and(|l| display(&l.text).is_some())
}

/// The TeX of a line that is a formula between `$$` marks.
fn display(t: &str) -> Option<&str> {
    let t = t.trim();
    (t.len() > 4 && t.starts_with("$$") && t.ends_with("$$")).then(|| &t[2..t.len() - 2])
}

/// A formula set out on a line of its own.
#[derive(Debug, PartialEq)]
struct Formula {
    tex: String,
    line: usize,
    /// The line right above it that ends in `:` ("Bayes' theorem:").
    lead: Option<String>,
}

/// Each formula in `lines` (a line `$$ … $$`, or an equation), and the
/// runs of other lines between them; a line ending in `:` right above a
/// formula is its lead, not a run's.
fn split_formulas(lines: &[Line]) -> (Vec<Formula>, Vec<Vec<Line>>) {
    let mut formulas = Vec::new();
    let mut runs: Vec<Vec<Line>> = vec![Vec::new()];
    for l in lines {
        let t = l.text.trim();
        let tex = match display(t) {
            Some(tex) => tex,
            None if chemical_equation(t) || plain_formula(t) || word_formula(t) => t,
            None => {
                runs.last_mut().into_iter().for_each(|r| r.push(l.clone()));
                continue;
            }
        };
        let run = runs.last_mut().expect("one run at least");
        let lead = match run.last() {
            Some(p) if p.text.trim_end().ends_with(':') || formula_lead::short_name(&p.text) => {
                run.pop().map(|p| p.text)
            }
            _ => None,
        };
        formulas.push(Formula {
            tex: tex.to_string(),
            line: l.line,
            lead,
        });
        runs.push(Vec::new());
    }
    runs.retain(|r| !r.is_empty());
    (formulas, runs)
}

/// "6CO₂ + 6H₂O -> C₆H₁₂O₆ + 6O₂", "2H₂O → 2H₂ + O₂": a line that is a
/// chemical equation written out, formulas on both sides of an arrow.
fn chemical_equation(t: &str) -> bool {
    let Some((left, right)) = t.split_once("->").or_else(|| t.split_once('→')) else {
        return false;
    };
    let formula = |w: &str| {
        let w = ["(g)", "(l)", "(s)", "(aq)"]
            .iter()
            .fold(w, |w, s| w.strip_suffix(s).unwrap_or(w));
        let chars: Vec<char> = w.chars().collect();
        let word = chars
            .windows(2)
            .any(|p| p[0].is_lowercase() && p[1].is_lowercase());
        w == "+" || w.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase()) && !word
    };
    let side = |s: &str| !s.trim().is_empty() && s.split_whitespace().all(formula);
    side(left) && side(right)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_formula_may_be_written_in_words() {
        assert!(word_formula("KU = Δ kiln output / Δ fuel burnt"));
        assert!(word_formula("firing cost = fuel cost + labour cost"));
        assert!(word_formula("glaze factor = 1/(1 - shrinkage)"));
        // a worked example's figures, a sentence, a plain value
        assert!(!word_formula("first-round cost = KU * $100"));
        assert!(!word_formula("the cost = fuel, labour and time"));
        assert!(!word_formula("cone = 6"));
        assert!(!word_formula("kilns fire hot when the vents = shut / open"));
    }

    #[test]
    fn a_symbol_set_equal_to_words_is_glossed() {
        assert_eq!(glossed_symbol("where, Π", "Osmotic Pressure"), Some("Π"));
        assert_eq!(glossed_symbol("C", "concentration of solution"), Some("C"));
        assert_eq!(glossed_symbol("PE", "mgh"), None);
        assert_eq!(glossed_symbol("Density", "mass per volume"), None);
        assert_eq!(glossed_symbol("v", "d / t"), None);
        assert_eq!(glossed_symbol("Q", "mcΔT"), None);
        assert_eq!(glossed_symbol("ΔG", "-nFE"), None);
    }

    #[test]
    fn a_law_named_in_a_sentence_is_read_up_to_its_verb() {
        assert_eq!(
            law_in("looks like the law of cooling").as_deref(),
            Some("the law of cooling")
        );
        assert_eq!(
            law_in("so the law of conservation of energy states").as_deref(),
            Some("the law of conservation of energy")
        );
        assert_eq!(law_in("a law of the guild").as_deref(), None);
        assert_eq!(in_terms_of("kq₁q₂/r²").as_deref(), Some("k, q₁, q₂ and r"));
        assert_eq!(in_terms_of("sin(θ)"), None);
    }

    #[test]
    fn formulas_are_taken_out_of_their_paragraph() {
        let texts = [
            "The heat is found with:",
            r"$$ H = m \times c $$",
            "Then the load is weighed.",
        ];
        let lines: Vec<Line> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Line::new(*t, i + 1))
            .collect();
        let (formulas, runs) = split_formulas(&lines);
        let lead = Some("The heat is found with:".to_string());
        let tex = r" H = m \times c ".to_string();
        assert_eq!(formulas, vec![Formula { tex, line: 2, lead }]);
        let runs: Vec<Vec<&str>> = runs
            .iter()
            .map(|r| r.iter().map(|l| l.text.as_str()).collect())
            .collect();
        assert_eq!(runs, [["Then the load is weighed."]]);
    }
}
