//! Raised and lowered text: powers and indices written with HTML tags
//! ("R<sup>2</sup>", "t<sub>0</sub>") or the Pandoc way ("mv^2^",
//! "H~2~O"), as the characters a card can show ("R²", "t₀", "mv²", "H₂O").

/// "2" → "²", "-1" → "⁻¹": figures and signs raised; `None` when `t`
/// holds anything else.
pub fn raised(t: &str) -> Option<String> {
    shifted(t, "⁰¹²³⁴⁵⁶⁷⁸⁹", ('⁻', '⁺'))
}

/// "2" → "₂": figures and signs lowered, as `raised` raises them.
pub fn lowered(t: &str) -> Option<String> {
    shifted(t, "₀₁₂₃₄₅₆₇₈₉", ('₋', '₊'))
}

fn shifted(t: &str, digits: &str, (minus, plus): (char, char)) -> Option<String> {
    t.chars()
        .map(|c| match c {
            '0'..='9' => digits.chars().nth(c as usize - '0' as usize),
            '-' => Some(minus),
            '+' => Some(plus),
            _ => None,
        })
        .collect()
}

/// The text of a `<sup>` after `before`: a number after a word is the
/// mark of a footnote, dropped ("gland<sup>1</sup>"); after a symbol of one
/// or two letters, a power ("R<sup>2</sup>" → "R²", "cm<sup>3</sup>").
pub fn superscript(before: &str, t: &str) -> String {
    let word = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .count();
    let number = !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
    // "MPC<sup>2</sup>" in "… = (1 + MPC + MPC<sup>2</sup> …)": a power of
    // a symbol in a formula, no footnote mark
    let in_formula = before.contains(['=', '+', '*', '×']);
    if number && (word == 0 || word > 2 && !in_formula) {
        return String::new();
    }
    // "25^o^ C": a degree
    if t == "o" {
        return "°".to_string();
    }
    // "6<sup>th</sup>": an ordinal's ending
    let ordinal =
        ["st", "nd", "rd", "th"].contains(&t) && before.ends_with(|c: char| c.is_ascii_digit());
    if ordinal {
        return t.to_string();
    }
    raised(t).unwrap_or_else(|| {
        let end = if t.ends_with(' ') { " " } else { "" };
        format!("^({}){end}", t.trim())
    })
}

/// The text of a `<sub>`: a symbol's index, its figures lowered
/// ("t<sub>0</sub>" → "t₀", "H~2(g)~" → "H₂(g)"), else after "_"
/// ("E<sub>rest</sub>" → "E_rest").
pub fn subscript(t: &str) -> String {
    const DIGITS: &str = "₀₁₂₃₄₅₆₇₈₉";
    let t = t.trim();
    // "O~(l)~": a state, in its brackets
    if t.starts_with('(') {
        return t.to_string();
    }
    if t.starts_with(|c: char| c.is_alphabetic()) {
        return format!("_{t}");
    }
    t.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => DIGITS.chars().nth(d as usize).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// "Biological catalysts^[catalysts: substances that …]" → "Biological
/// catalysts": a Pandoc footnote written inline is no part of the
/// sentence (brackets inside it are matched).
fn without_inline_notes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("^[") {
        out.push_str(&rest[..at]);
        let mut depth = 0;
        let end = rest[at + 1..].char_indices().find_map(|(k, c)| {
            depth += match c {
                '[' => 1,
                ']' => -1,
                _ => 0,
            };
            (depth == 0).then_some(at + 1 + k + 1)
        });
        let Some(end) = end else {
            // an open note: kept as written
            out.push_str(&rest[at..]);
            return out;
        };
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// "mv^2^" → "mv²", "H~2~O" → "H₂O", "25^o^C" → "25°C": the Pandoc
/// marks around a short run with no space, right after a letter, figure
/// or bracket.
pub fn pandoc(line: &str) -> String {
    let owned = without_inline_notes(line);
    let line = owned.as_str();
    if !line.contains(['^', '~']) {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find(['^', '~']) {
        let mark = rest[at..].chars().next().unwrap_or('^');
        let after = &rest[at + 1..];
        out.push_str(&rest[..at]);
        let attached = out.ends_with(|c: char| c.is_alphanumeric() || ")]°".contains(c));
        let inner = after.find(mark).map(|end| &after[..end]);
        let short = |i: &&str| {
            (1..=8).contains(&i.chars().count())
                && i.chars()
                    .all(|c| c.is_alphanumeric() || "+-()°".contains(c))
        };
        match inner.filter(|i| attached && short(i)) {
            Some(inner) => {
                let raised = match mark {
                    '^' => superscript(&out, inner),
                    _ => subscript(inner),
                };
                out.push_str(&raised);
                rest = &after[inner.len() + 1..];
            }
            None => {
                out.push(mark);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    // "GP^2/4pi^2": carets of powers left open, not marks in pairs
    match out.contains('^') {
        true => line.to_string(),
        false => out,
    }
}

#[cfg(test)]
mod tests {
    use super::{pandoc, subscript, superscript};

    #[test]
    fn pandoc_marks_raise_and_lower_short_runs() {
        assert_eq!(pandoc("W = 1/2 mv^2^"), "W = 1/2 mv²");
        assert_eq!(pandoc("fire at 1200^o^C"), "fire at 1200°C");
        assert_eq!(pandoc("H~2~O(g) and Fe~2~O~3~"), "H₂O(g) and Fe₂O₃");
        assert_eq!(pandoc("Al~2~O~3(s)~ and H~2~O~(l)~"), "Al₂O₃(s) and H₂O(l)");
        assert_eq!(pandoc("w~wet~ - w~dry~"), "w_wet - w_dry");
        // marks with no run right after a word, and open carets, stay
        assert_eq!(pandoc("about ~5 min to ~10 min"), "about ~5 min to ~10 min");
        assert_eq!(pandoc("k = (GP^2/4pi^2M)^1/3"), "k = (GP^2/4pi^2M)^1/3");
    }

    #[test]
    fn inline_footnotes_are_left_out() {
        assert_eq!(
            pandoc("Kiln wash^[a coat of [alumina] and water] guards shelves"),
            "Kiln wash guards shelves"
        );
        assert_eq!(pandoc("an open ^[note"), "an open ^[note");
    }

    #[test]
    fn tags_raise_powers_and_lower_indices() {
        assert_eq!(superscript("R", "2"), "²");
        assert_eq!(superscript("glaze", "1"), "");
        // a power of a symbol of more letters in a formula
        assert_eq!(superscript("cost = (1 + FEE", "2"), "²");
        assert_eq!(subscript("0"), "₀");
        assert_eq!(subscript("rest"), "_rest");
        assert_eq!(subscript("½"), "½");
    }
}
