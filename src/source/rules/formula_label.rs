//! Labels whose meaning is a formula or what a symbol stands for: "PE =
//! mgh" asks "what is the formula for PE?", "Glaze weight: w = m /
//! sqrt(a)" the formula for glaze weight, "E_rest - rest energy" what
//! E_rest stands for.

use super::super::text::lower_name;

/// The question of a label whose meaning is a formula or a symbol's
/// gloss; `means`: the label is set off by "=".
pub(super) fn question(term: &str, def: &str, means: bool) -> Option<String> {
    // "I_B = A k", "F = A e^k": a symbol worked out from symbols
    let symbols = means && super::super::text::symbol(term) && symbolic(def);
    if let Some(q) = symbol_or_formula(term, def).filter(|_| !symbols) {
        return Some(q);
    }
    // "PE = mgh", "KE = 1/2 mv²", "RSE = sqrt(RSS / n-1-p)"; "Q = mcΔT
    // for a material of specific heat c": the formula, then what it is for
    let head = [" for ", " where ", " (", " when ", " if "]
        .iter()
        .filter_map(|w| def.find(w))
        .min()
        .map_or(def, |at| &def[..at]);
    let worked_out =
        formula_name(term) && expression(head) || formula(def) || symbols || in_words(term, def);
    (means && worked_out).then(|| format!("what is the formula for {}?", lower_name(term)))
}

/// "Energy = Power × Time", "Work = force × distance": a quantity
/// worked out from others, in words.
fn in_words(term: &str, def: &str) -> bool {
    let sign = def.contains(['×', '·', '*']) || def.contains(" + ") || def.contains(" / ");
    let words = def.split_whitespace().count();
    term.split_whitespace().count() <= 3
        && sign
        && words <= 8
        && !def.contains([',', ';', '.', '('])
}

/// Names of functions a formula of symbols may use.
const FUNCTIONS: &[&str] = &[
    "lim", "ln", "log", "sin", "cos", "tan", "exp", "max", "min", "det", "sqrt",
];

/// "A k", "A e^(-k m)", "2πr": symbols and signs only, no word.
fn symbolic(def: &str) -> bool {
    let tokens: Vec<&str> = def.split_whitespace().collect();
    // "T = constant", "0⁻": a value, not worked out
    !tokens.is_empty()
        && !def.contains('=')
        && def.chars().any(char::is_alphabetic)
        && tokens.iter().all(|t| {
            t.split(|c: char| !c.is_alphabetic())
                .all(|w| w.chars().count() <= 2 || FUNCTIONS.contains(&w))
        })
}

/// Whether a meaning is worked out rather than said: operators between
/// names ("sqrt(RSS / n-1-p)", "(TSS-RSS) / TSS").
fn formula(def: &str) -> bool {
    let ops = def.matches(['/', '*', '^', '+']).count() + def.matches(" - ").count();
    let words = def
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_ascii_lowercase()).count() >= 4)
        .count();
    ops >= 1 && def.contains('(') && words <= 3
}

/// "E_rest - rest energy": what a symbol stands for; "Glaze weight: w =
/// m / sqrt(a)": the formula for the term.
pub(super) fn symbol_or_formula(term: &str, def: &str) -> Option<String> {
    use super::super::text::{gloss_of_symbol, symbol};
    if symbol(term) && gloss_of_symbol(def) {
        return Some(format!("what does {term} stand for?"));
    }
    (equation(def) && formula(def))
        .then(|| format!("what is the formula for {}?", lower_name(term)))
}

/// "p = mv / sqrt(1 - v²)": a meaning that is an equation for a symbol.
fn equation(def: &str) -> bool {
    def.split_once('=')
        .is_some_and(|(lhs, _)| super::super::text::symbol(lhs))
}

/// "1/2 mv²", "F_final - H_initial", "q + w = heat + work", "mgh": a
/// meaning worked out of symbols, with two plain words at most.
pub(super) fn expression(def: &str) -> bool {
    let plain_words = def
        .split_whitespace()
        .map(|w| w.split('_').next().unwrap_or(w))
        .filter(|w| w.chars().filter(char::is_ascii_lowercase).count() >= 4 && *w != "sqrt")
        .count();
    // "-ΣW_int", "± mL", "-∇U": a sum, a sign, a gradient
    let operator = def.contains([
        '=', '+', '/', '*', '×', '·', '√', '²', '³', 'Σ', '∫', '∇', '∂', '±',
    ]) || def.contains(" - ")
        || def.starts_with('-');
    let product = !def.contains(' ') && (2..=4).contains(&def.chars().count());
    let letters = def.chars().any(char::is_alphabetic);
    letters && plain_words <= 2 && (operator || product) && !def.ends_with('.')
}

/// "KE", "ΔH", "W", "v_rad": the name of a formula's result, a short
/// symbol rather than a word.
pub(super) fn formula_name(term: &str) -> bool {
    // "Δ PE" is "ΔPE"; "U_grav(y)" is the symbol "U_grav" of y
    let term = term.replace("Δ ", "Δ");
    let term = match term.split_once('(') {
        Some((name, arg)) if arg.ends_with(')') && !name.is_empty() => name,
        _ => term.as_str(),
    };
    let short = !term.contains(' ') && term.chars().count() <= 3;
    // "dKE/dt": a ratio of two short names
    let ratio = term.split_once('/').is_some_and(|(a, b)| {
        [a, b]
            .iter()
            .all(|p| (1..=4).contains(&p.chars().count()) && p.chars().all(char::is_alphanumeric))
    });
    super::super::text::symbol(term) || ratio || short && term.chars().any(char::is_uppercase)
}

/// "ω = dθ/dt", "I = I_cm + Md²": code that is a formula, a short symbol
/// set equal to maths (a Greek letter, a power or a product sign).
pub(super) fn maths(code: &str) -> bool {
    let Some((symbol, value)) = code.split_once(" = ") else {
        return false;
    };
    let greek = |c: char| ('α'..='ω').contains(&c) || ('Α'..='Ω').contains(&c);
    let signs = |c: char| "²³½×·√∑∫".contains(c) || greek(c);
    symbol.chars().count() <= 6
        && !symbol.contains(['.', '(', ' '])
        && !value.contains(['"', '\'', ';', '{'])
        && code.chars().any(signs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_symbol_worked_out_from_symbols_is_a_formula() {
        let q = |t: &str, d: &str| question(t, d, true);
        // symbols, and a quantity worked out from others in words
        for (term, worked, asked) in [
            ("I_B", "A k", "I_B"),
            ("F", "A e^k", "F"),
            ("I_B", "A e^(-k m)", "I_B"),
            ("Heat", "Power × Time", "heat"),
            ("k_p", "lim_(s → 0)G(s)", "k_p"),
        ] {
            let want = format!("what is the formula for {asked}?");
            assert_eq!(q(term, worked), Some(want), "{term} = {worked}");
        }
        // a value is no formula of symbols
        assert_eq!(q("t", "0⁻"), None);
        // a gloss of words is what the symbol stands for
        assert_eq!(
            q("m", "mass of the pot").as_deref(),
            Some("what does m stand for?")
        );
    }
}
