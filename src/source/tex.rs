//! TeX as plain text, for formulas written in notes: "\frac{TR}{Q}
//! \times Q" → "TR/Q × Q", "\ce{Z -> Z+}" → "Z → Z+".

/// A TeX formula as plain text: "\text{Profit} = (\frac{TR}{Q}) \times Q"
/// → "Profit = (TR/Q) × Q".
pub fn plain_math(tex: &str) -> String {
    let mut t = tex.replace('$', "");
    for (command, with) in [
        ("\\times", "×"),
        ("\\cdot", "·"),
        ("\\space", " "),
        ("\\leq", "≤"),
        ("\\geq", "≥"),
        ("\\neq", "≠"),
        ("\\ominus", "⊖"),
        ("^\\circ", "°"),
        ("\\circ", "°"),
        ("\\degree", "°"),
        ("\\implies", "⇒"),
        ("\\Rightarrow", "⇒"),
        ("\\rightarrow", "→"),
        ("\\approx", "≈"),
        ("\\sqrt", "√"),
        ("\\triangle", "Δ"),
        ("\\pm", "±"),
        ("\\infty", "∞"),
        ("\\alpha", "α"),
        ("\\beta", "β"),
        ("\\gamma", "γ"),
        ("\\Delta", "Δ"),
        ("\\delta", "δ"),
        ("\\lambda", "λ"),
        ("\\mu", "μ"),
        ("\\sigma", "σ"),
        ("\\theta", "θ"),
        ("\\%", "%"),
        ("->", "→"),
    ] {
        t = t.replace(command, with);
    }
    t = fractions(&t);
    for wrapper in ["\\text", "\\ce", "\\mathrm", "\\mathbf"] {
        t = t.replace(&format!("{wrapper}{{"), "{");
    }
    let t: String = t.chars().filter(|c| !"{}\\".contains(*c)).collect();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "\frac{TR}{Q}" → "TR/Q".
fn fractions(tex: &str) -> String {
    let mut t = tex.to_string();
    while let Some(at) = t.find("\\frac{") {
        let Some((top, after_top)) = braced(&t[at + 5..]) else {
            break;
        };
        let Some((bottom, after)) = braced(after_top) else {
            break;
        };
        let end = t.len() - after.len();
        let plain = format!("{top}/{bottom}");
        t.replace_range(at..end, &plain);
    }
    t
}

/// The text inside the `{…}` that `s` opens with, and what follows it.
fn braced(s: &str) -> Option<(&str, &str)> {
    let inner = s.strip_prefix('{')?;
    let mut depth = 1;
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return Some((&inner[..i], &inner[i + 1..]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tex_reads_as_plain_text() {
        assert_eq!(
            plain_math(r"\text{Profit} = (\frac{TR}{Q} - \frac{TC}{Q}) \times Q"),
            "Profit = (TR/Q - TC/Q) × Q"
        );
        assert_eq!(plain_math(r"\ce{Z -> Z+(aq) + e- }"), "Z → Z+(aq) + e-");
        assert_eq!(plain_math(r"-1.8 \degree"), "-1.8 °");
        assert_eq!(plain_math(r"1200^\circ"), "1200°");
        assert_eq!(plain_math(r"\sqrt{2}"), "√2");
        assert_eq!(plain_math(r"\Delta T \approx 30 \pm 2"), "Δ T ≈ 30 ± 2");
        assert_eq!(
            plain_math(r"\text{Shutdown if } P < AVC"),
            "Shutdown if P < AVC"
        );
    }
}
