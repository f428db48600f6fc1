//! Formulas written in TeX between `$$` marks: "$$ Q = I \times t $$" →
//! "what is the formula for Q?" → "Q = I × t"; "$$ \text{Shutdown if }
//! P < AVC $$" → "Shutdown if [...]" → "P < AVC". A chemical equation
//! (`\ce{Z -> Z+ + e-}`) is taken out of the prose around it, where its
//! markup would garble a card, and is not asked.

use super::super::clean::clean_text;
use super::super::doc::{Block, Line};
use super::super::tex::plain_math;
use super::Rules;
use crate::error::Result;

/// Most words on the left of a formula's `=` that name what it gives.
const MAX_NAME_WORDS: usize = 3;

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
        for (tex, line) in formulas {
            match chemical_equation(&tex) {
                true => self.equation_card(&plain_math(&tex), line),
                false => self.formula_card(&plain_math(&tex), line),
            }
        }
        for run in runs {
            self.para(blocks, i, &run)?;
        }
        Ok(())
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
        let q = format!("what is the equation for {the}{what}?");
        let ctx = self.parent_heading().map(str::to_string);
        // the arrow is the equation's, no separator to clean away
        let sides: Vec<String> = formula.split('→').map(clean_text).collect();
        self.card_shown(ctx.as_deref(), &q, sides.join(" → "), None, line);
    }

    fn formula_card(&mut self, formula: &str, line: usize) {
        let ctx = self.context(None);
        if let Some((name, value)) = formula.split_once(" = ") {
            let words = name.split_whitespace().count();
            if (1..=MAX_NAME_WORDS).contains(&words) && !name.contains(['(', '→']) {
                // "F = 96500 C mol^-1": a constant's value
                let (q, back) = match value.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
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

/// The TeX of each formula in `lines` (a line `$$ … $$`), with its line,
/// and the runs of other lines between them.
fn split_formulas(lines: &[Line]) -> (Vec<(String, usize)>, Vec<Vec<Line>>) {
    let mut formulas = Vec::new();
    let mut runs: Vec<Vec<Line>> = vec![Vec::new()];
    for l in lines {
        let t = l.text.trim();
        if t.len() > 4 && t.starts_with("$$") && t.ends_with("$$") {
            formulas.push((t[2..t.len() - 2].to_string(), l.line));
            runs.push(Vec::new());
        } else if chemical_equation(t) {
            formulas.push((t.to_string(), l.line));
            runs.push(Vec::new());
        } else if let Some(run) = runs.last_mut() {
            run.push(l.clone());
        }
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
        assert_eq!(formulas, vec![(r" H = m \times c ".to_string(), 2)]);
        let runs: Vec<Vec<&str>> = runs
            .iter()
            .map(|r| r.iter().map(|l| l.text.as_str()).collect())
            .collect();
        assert_eq!(
            runs,
            [["The heat is found with:"], ["Then the load is weighed."]]
        );
    }
}
