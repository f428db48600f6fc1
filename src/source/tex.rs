//! TeX as plain text, for formulas written in notes: "\frac{TR}{Q}
//! \times Q" → "TR/Q × Q", "\ce{Z -> Z+}" → "Z → Z+".

/// A TeX formula as plain text: "\text{Profit} = (\frac{TR}{Q}) \times Q"
/// → "Profit = (TR/Q) × Q".
pub fn plain_math(tex: &str) -> String {
    let mut t = environments(&over(&entities(&unset(&tex.replace('$', "")))));
    for (command, with) in [
        ("^\\circ", "°"),
        ("^{\\circ}", "°"),
        // a space that does not break
        ("~", " "),
        ("\\%", "%"),
        ("->", "→"),
        ("\\dfrac{", "\\frac{"),
        ("\\tfrac{", "\\frac{"),
        ("\\cfrac{", "\\frac{"),
        ("\\frac {", "\\frac{"),
        // sizes of type say nothing
        ("\\displaystyle", ""),
        ("\\Large", ""),
        ("\\large", ""),
        ("\\small", ""),
        ("\\,", " "),
        ("\\;", " "),
        // a box drawn round a result
        ("\\boxed", ""),
        // words set upright, as "\text" sets them
        ("\\mbox{", "\\text{"),
        ("\\textrm{", "\\text{"),
        ("\\textbf{", "\\text{"),
        ("\\textit{", "\\text{"),
    ] {
        t = t.replace(command, with);
    }
    t = spaced_functions(&t);
    t = binomials(&t);
    t = roots(&t);
    t = scripts(&t);
    // after the symbols, so that "\oint\vec{E}" keeps "\oint" a name
    t = commands(&t);
    t = accents(&t);
    t = fractions(&t);
    for wrapper in [
        "\\text",
        "\\ce",
        "\\mathrm",
        "\\mathbf",
        "\\mathcal",
        "\\mathbb",
        "\\boldsymbol",
        "\\operatorname",
    ] {
        t = t.replace(&format!("{wrapper}{{"), "{");
    }
    // "a != b" as typed; "k!=" is a factorial and an equals sign
    let t = t.replace(" !=", " ≠");
    let t: String = t.chars().filter(|c| !"{}\\".contains(*c)).collect();
    // "C=4πε₀R" → "C = 4πε₀R"
    let t = t.replace("<=", "≤").replace(">=", "≥");
    // ("p \qquad q": two formulas side by side, "p, q")
    spaced_equals(&t)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" ,", ",")
        .replace(",,", ",")
}

/// Without what TeX sets but does not say: an equation's number or tag
/// ("\tag*{(neutralisation)}") and the blank space of a phantom.
fn unset(tex: &str) -> String {
    ["\\tag*", "\\tag", "\\hphantom", "\\vphantom", "\\phantom"]
        .iter()
        .fold(tex.to_string(), |t, command| {
            rewrite(&t, command, 1, |_| " ".to_string())
        })
}

/// Greek letters and signs written as HTML entities inside a formula
/// ("&Delta;T", "&Therefore;"), as the characters they name.
fn entities(tex: &str) -> String {
    const GREEK: &[&str] = &[
        "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa",
        "Lambda", "Mu", "Nu", "Xi", "Omicron", "Pi", "Rho", "", "Sigma", "Tau", "Upsilon", "Phi",
        "Chi", "Psi", "Omega",
    ];
    const SIGNS: &[(&str, &str)] = &[
        ("Therefore", "∴"),
        ("there4", "∴"),
        ("Proportional", "∝"),
        ("prop", "∝"),
        ("times", "×"),
        ("minus", "−"),
        ("plusmn", "±"),
        ("le", "≤"),
        ("ge", "≥"),
        ("ne", "≠"),
        ("infin", "∞"),
        ("deg", "°"),
        ("middot", "·"),
        ("rarr", "→"),
        ("asymp", "≈"),
        ("amp", "&"),
        ("lt", "<"),
        ("gt", ">"),
    ];
    if !tex.contains('&') {
        return tex.to_string();
    }
    let mut out = tex.to_string();
    for (k, name) in GREEK.iter().enumerate().filter(|(_, n)| !n.is_empty()) {
        let upper = char::from_u32(0x391 + k as u32).unwrap_or('?');
        let lower = char::from_u32(0x3B1 + k as u32).unwrap_or('?');
        out = out.replace(&format!("&{name};"), &upper.to_string());
        out = out.replace(&format!("&{};", name.to_lowercase()), &lower.to_string());
    }
    for (name, sign) in SIGNS {
        out = out.replace(&format!("&{name};"), sign);
    }
    out
}

/// "{a - b \over c}" → "\frac{a - b}{c}": TeX's older fraction, the
/// group it stands in split at it (the whole formula when in no group).
fn over(tex: &str) -> String {
    let mut t = tex.to_string();
    while let Some(at) = t
        .match_indices("\\over")
        .map(|(at, _)| at)
        .find(|&at| !t[at + 5..].starts_with(char::is_alphabetic))
    {
        let before = t[..at].char_indices().rev();
        let start = unmatched(before, '}', '{');
        let end = unmatched(t[at + 5..].char_indices(), '{', '}').map(|e| e + at + 5);
        let (from, to) = (start.map_or(0, |s| s + 1), end.unwrap_or(t.len()));
        let frac = format!(
            "\\frac{{{}}}{{{}}}",
            t[from..at].trim(),
            t[at + 5..to].trim()
        );
        t = format!("{}{frac}{}", &t[..from], &t[to..]);
    }
    t
}

/// "\frac{RT}{nF}\ln{K}" → "\frac{RT}{nF} ln K": a function's name set
/// apart from what stands before and after it ("\ln(x)" stays "ln(x)").
fn spaced_functions(t: &str) -> String {
    let mut out = t.to_string();
    for name in ["ln", "log", "exp", "sin", "cos", "tan"] {
        let command = format!("\\{name}");
        let mut from = 0;
        while let Some(at) = out[from..].find(&command).map(|a| from + a) {
            let end = at + command.len();
            let next = out[end..].chars().next();
            if next.is_some_and(char::is_alphabetic) {
                from = end;
                continue;
            }
            let before = match out[..at].chars().last() {
                Some(c) if !c.is_whitespace() && !"(=+-".contains(c) => " ",
                _ => "",
            };
            let after = match next {
                Some('{' | '\\') => " ",
                _ => "",
            };
            let spaced = format!("{before}{name}{after}");
            out.replace_range(at..end, &spaced);
            from = at + spaced.len();
        }
    }
    out
}

/// "\begin{align*} N &= N_0 \\ m &= m_0 \end{align*}" → "N = N_0; m = m_0",
/// "\begin{pmatrix} a & b \\ c & d \end{pmatrix}" → "((a, b); (c, d))":
/// environments as lines joined by "; ", a matrix's cells by ", ".
fn environments(tex: &str) -> String {
    let mut t = tex.to_string();
    while let Some(at) = t.find("\\begin{") {
        let open = at + "\\begin{".len();
        let Some(name_len) = t[open..].find('}') else {
            break;
        };
        let name = t[open..open + name_len].to_string();
        let end_tag = format!("\\end{{{name}}}");
        let body_at = open + name_len + 1;
        let Some(body_len) = t[body_at..].find(&end_tag) else {
            break;
        };
        let body = &t[body_at..body_at + body_len];
        let rows: Vec<Vec<&str>> = body
            .split("\\\\")
            .map(|r| r.split('&').map(str::trim).collect::<Vec<_>>())
            .filter(|r| r.iter().any(|c| !c.is_empty()))
            .collect();
        let (left, right) = match name.as_str() {
            "pmatrix" => ("(", ")"),
            "bmatrix" => ("[", "]"),
            "vmatrix" => ("|", "|"),
            "matrix" | "cases" | "array" => ("{", "}"),
            _ => ("", ""),
        };
        let lines: Vec<String> = match left.is_empty() {
            // "N &= N_0": the marks that line up the equals go
            true => rows.iter().map(|r| r.join(" ")).collect(),
            false if rows.len() == 1 => vec![rows[0].join(", ")],
            false => rows.iter().map(|r| format!("({})", r.join(", "))).collect(),
        };
        let written = format!(" {left}{}{right} ", lines.join("; "));
        t.replace_range(at..body_at + body_len + end_tag.len(), &written);
    }
    t
}

/// "C=4πε₀R" → "C = 4πε₀R"; an "=" in brackets stays ("Σ_(i=1)").
fn spaced_equals(t: &str) -> String {
    let mut depth = 0i32;
    let mut out = String::with_capacity(t.len() + 8);
    for c in t.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        match c == '=' && depth == 0 {
            true => out.push_str(" = "),
            false => out.push(c),
        }
    }
    out
}

/// The TeX commands of symbols, and the symbol each writes.
const SYMBOLS: &[(&str, &str)] = &[
    ("times", "×"),
    ("cdot", "·"),
    ("space", " "),
    ("leq", "≤"),
    ("geq", "≥"),
    ("neq", "≠"),
    ("ominus", "⊖"),
    ("circ", "°"),
    ("degree", "°"),
    ("implies", "⇒"),
    ("Rightarrow", "⇒"),
    ("rightarrow", "→"),
    ("longrightarrow", "→"),
    ("longleftarrow", "←"),
    ("Longrightarrow", "⇒"),
    ("leftrightarrow", "↔"),
    ("rightleftharpoons", "⇌"),
    ("leftarrow", "←"),
    ("uparrow", "↑"),
    ("downarrow", "↓"),
    ("to", "→"),
    ("le", "≤"),
    ("ge", "≥"),
    ("ne", "≠"),
    ("propto", "∝"),
    ("div", "÷"),
    ("quad", " "),
    ("qquad", ","),
    ("approx", "≈"),
    ("sqrt", "√"),
    ("triangle", "Δ"),
    ("pm", "±"),
    ("infty", "∞"),
    ("alpha", "α"),
    ("beta", "β"),
    ("gamma", "γ"),
    ("Delta", "Δ"),
    ("delta", "δ"),
    ("epsilon", "ε"),
    ("lambda", "λ"),
    ("mu", "μ"),
    ("pi", "π"),
    ("rho", "ρ"),
    ("Sigma", "Σ"),
    ("sigma", "σ"),
    ("tau", "τ"),
    ("theta", "θ"),
    ("phi", "φ"),
    ("omega", "ω"),
    ("Omega", "Ω"),
    ("varepsilon", "ε"),
    ("kappa", "κ"),
    ("nu", "ν"),
    ("eta", "η"),
    ("psi", "ψ"),
    ("Phi", "Φ"),
    ("Psi", "Ψ"),
    ("Gamma", "Γ"),
    ("Lambda", "Λ"),
    ("hbar", "ħ"),
    ("sim", "~"),
    ("equiv", "≡"),
    ("partial", "∂"),
    ("nabla", "∇"),
    ("int", "∫"),
    ("oint", "∮"),
    ("sum", "Σ"),
    ("ldots", "…"),
    ("dots", "…"),
    ("vert", "|"),
    ("lvert", "|"),
    ("rvert", "|"),
    ("Vert", "‖"),
    ("cdots", "⋯"),
    ("langle", "⟨"),
    ("rangle", "⟩"),
    ("lfloor", "⌊"),
    ("rfloor", "⌋"),
    ("lceil", "⌈"),
    ("rceil", "⌉"),
    ("dagger", "†"),
    ("limits", ""),
    ("because", "∵"),
    ("therefore", "∴"),
    ("gg", "≫"),
    ("ll", "≪"),
    ("left", ""),
    ("right", ""),
    // bracket sizes say nothing
    ("big", ""),
    ("Big", ""),
    ("bigg", ""),
    ("Bigg", ""),
    ("bigl", ""),
    ("bigr", ""),
    ("Bigl", ""),
    ("Bigr", ""),
    ("mid", "|"),
    ("cap", "∩"),
    ("cup", "∪"),
    ("subset", "⊂"),
    ("subseteq", "⊆"),
    ("in", "∈"),
    ("notin", "∉"),
    ("emptyset", "∅"),
    ("forall", "∀"),
    ("exists", "∃"),
    ("neg", "¬"),
    ("land", "∧"),
    ("wedge", "∧"),
    ("vee", "∨"),
    ("lor", "∨"),
    ("prod", "Π"),
];

/// "\vec{E}" → "E⃗", "\dot{x}" → "ẋ": a letter under an accent, written
/// with the accent's combining mark.
fn accents(tex: &str) -> String {
    const MARKS: &[(&str, char)] = &[
        ("\\vec", '\u{20D7}'),
        ("\\dot", '\u{307}'),
        ("\\hat", '\u{302}'),
        ("\\bar", '\u{304}'),
    ];
    MARKS.iter().fold(tex.to_string(), |t, (command, mark)| {
        let t = letter_braced(&t, command);
        rewrite(&t, command, 1, |args| format!("{}{mark}", args[0]))
    })
}

/// "\vec F" → "\vec{F}": a command's one-letter argument, written
/// without its braces.
fn letter_braced(tex: &str, command: &str) -> String {
    let mut out = String::with_capacity(tex.len());
    let mut rest = tex;
    while let Some(at) = rest.find(command) {
        let after = &rest[at + command.len()..];
        let arg = after.trim_start_matches(' ');
        let mut chars = arg.chars();
        // ("\hat \beta" is "\hat β" by now: a Greek letter is one too)
        let letter = chars.next().filter(|c| c.is_alphabetic());
        let alone = !chars.next().is_some_and(char::is_alphabetic);
        let spaced = after.starts_with(' ');
        out.push_str(&rest[..at + command.len()]);
        match letter.filter(|_| spaced && alone) {
            Some(l) => {
                out.push_str(&format!("{{{l}}}"));
                rest = &arg[l.len_utf8()..];
            }
            None => rest = after,
        }
    }
    out.push_str(rest);
    out
}

/// The symbols' TeX commands in a text written as their symbols, a
/// command at a time: "\Delta H" → "Δ H" ("\Deltas" is no command).
pub fn commands(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let name_len = after
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(after.len());
        let mut next = &after[name_len..];
        match SYMBOLS.iter().find(|(name, _)| *name == &after[..name_len]) {
            Some((_, symbol)) => {
                out.push_str(symbol);
                // "\Delta H" → "ΔH": a Greek letter and the one letter
                // it qualifies are one symbol
                let mut chars = next.chars();
                let greek = symbol.chars().all(char::is_alphabetic);
                let one_letter = chars.next() == Some(' ')
                    && chars.next().is_some_and(char::is_alphabetic)
                    && !chars.next().is_some_and(char::is_alphabetic);
                if greek && one_letter {
                    next = &next[1..];
                }
            }
            None => out.push_str(&rest[at..at + 1 + name_len]),
        }
        rest = next;
    }
    out.push_str(rest);
    out
}

/// "\frac{TR}{Q}" → "TR/Q", "\frac{a+b}{2}" → "(a+b)/2", "\frac{1}{2}"
/// → "½".
fn fractions(tex: &str) -> String {
    rewrite(tex, "\\frac", 2, |args| {
        let (top, bottom) = (plain_math(args[0]), plain_math(args[1]));
        const HALVES: &[(&str, &str)] = &[("1/2", "½"), ("1/3", "⅓"), ("1/4", "¼"), ("3/4", "¾")];
        // "a change in quantity / a change in price", "(a/b) / (c/d)"
        let worded = |p: &str| {
            p.split_whitespace()
                .any(|w| w.len() > 3 && w.chars().all(char::is_alphabetic))
        };
        let spaced = [&top, &bottom]
            .iter()
            .any(|p| outside_brackets(p, "/") || worded(p));
        let (top, bottom) = (grouped(&top, OPERATORS), grouped(&bottom, "+-−±=<>,×·/"));
        let plain = match spaced {
            true => format!("{top} / {bottom}"),
            false => format!("{top}/{bottom}"),
        };
        match HALVES.iter().find(|(f, _)| *f == plain) {
            Some((_, glyph)) => glyph.to_string(),
            None => plain,
        }
    })
}

/// "\sqrt{LC}" → "√LC", "\sqrt{a+b}" → "√(a+b)".
fn roots(tex: &str) -> String {
    // "\sqrt[3]{kA}" → "∛(kA)"
    // (a fraction under a root is grouped too: "√(a/b)", not "√a/b")
    let under = |part: &str| grouped(&plain_math(part), &format!("{OPERATORS}/"));
    let tex = rewrite(tex, "\\sqrt[3]", 1, |args| format!("∛{}", under(args[0])));
    rewrite(&tex, "\\sqrt", 1, |args| format!("√{}", under(args[0])))
}

/// "\binom{n}{k}", "{n \choose k}" → "C(n, k)": the number of ways to
/// choose k of n.
fn binomials(tex: &str) -> String {
    let mut t = rewrite(tex, "\\binom", 2, |args| {
        format!("C({}, {})", plain_math(args[0]), plain_math(args[1]))
    });
    while let Some(at) = t.find("\\choose") {
        let open = unmatched(t[..at].char_indices().rev(), '}', '{');
        let close = unmatched(t[at..].char_indices(), '{', '}').map(|c| at + c);
        let (Some(open), Some(close)) = (open, close) else {
            break;
        };
        let n = plain_math(&t[open + 1..at]);
        let k = plain_math(&t[at + "\\choose".len()..close]);
        t.replace_range(open..=close, &format!("C({n}, {k})"));
    }
    t
}

/// Where the first `close` with no `open` of its own stands, going
/// through `chars` (forwards or backwards).
fn unmatched(chars: impl Iterator<Item = (usize, char)>, open: char, close: char) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in chars {
        if c == open {
            depth += 1;
        } else if c == close && depth == 0 {
            return Some(i);
        } else if c == close {
            depth -= 1;
        }
    }
    None
}

/// The operations that would run into what is around a part of a formula.
const OPERATORS: &str = "+-−±=<>,×·";

/// A part of a formula, in brackets if it holds one of `operators`
/// outside its own brackets.
fn grouped(part: &str, operators: &str) -> String {
    match outside_brackets(part, operators) {
        true => format!("({part})"),
        false => part.to_string(),
    }
}

/// Whether one of `chars` stands outside the brackets in `part`.
fn outside_brackets(part: &str, chars: &str) -> bool {
    let mut depth = 0i32;
    part.chars().any(|c| {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        depth == 0 && chars.contains(c)
    })
}

/// Figures raised or lowered: "q^2" → "q²", "\varepsilon_{0}" → "ε₀",
/// "s^{-1}" → "s⁻¹"; an index of letters stays as it is ("E_{rest}").
fn scripts(tex: &str) -> String {
    use super::scripts::{lowered, raised};
    let mut out = String::with_capacity(tex.len());
    let mut rest = tex;
    while let Some(at) = rest.find(['^', '_']) {
        out.push_str(&rest[..at]);
        let mark = &rest[at..at + 1];
        let after = &rest[at + 1..];
        let (inner, next) = match braced(after) {
            Some((inner, next)) => (inner, next),
            None => after.split_at(after.chars().next().map_or(0, char::len_utf8)),
        };
        // "Au^+", "e^-": a charge is raised too (not "\\int^+_-", a bound)
        let command = out
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric() || *c == '\\')
            .any(|c| c == '\\');
        let charge = mark == "^" && ["+", "-"].contains(&inner) && !command;
        let figures = inner.contains(|c: char| c.is_ascii_digit()) || charge;
        let shifted = match mark {
            "^" => raised(inner),
            _ => lowered(inner),
        };
        match shifted.filter(|_| figures) {
            Some(s) => {
                out.push_str(&s);
                rest = next;
            }
            // "\sum_{i=1}": an index with more than a name, in brackets
            // "\lim_{ s \to 0 }": a bound, and words, in brackets too
            None if inner.trim().len() > 1
                && (inner.contains(['=', '+', '-', ',', '<', '>'])
                    || inner.contains("\\to")
                    || inner.contains("\\rightarrow")) =>
            {
                out.push_str(&format!("{mark}({})", inner.trim()));
                rest = next;
            }
            None => {
                out.push_str(mark);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Each `command` with its `count` braced arguments, rewritten by `with`;
/// a command whose arguments are not all there is left as it is, and
/// what follows it too.
fn rewrite(tex: &str, command: &str, count: usize, with: impl Fn(&[&str]) -> String) -> String {
    let opening = format!("{command}{{");
    let mut t = tex.to_string();
    while let Some(at) = t.find(&opening) {
        let mut rest = &t[at + command.len()..];
        let mut args = Vec::with_capacity(count);
        for _ in 0..count {
            let Some((inner, after)) = braced(rest) else {
                return t;
            };
            args.push(inner);
            rest = after;
        }
        let end = t.len() - rest.len();
        let plain = with(&args);
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
    fn entities_and_the_older_fraction_read_as_maths() {
        assert_eq!(plain_math("&Delta;T_b = T_b - T_0"), "ΔT_b = T_b - T₀");
        assert_eq!(plain_math("&Therefore;\\ x = &chi;"), "∴ x = χ");
        assert_eq!(
            plain_math("R = {p_o - p_s\\over p_o}"),
            "R = (p_o - p_s)/p_o"
        );
        assert!(!plain_math("\\overline{x}").contains("frac"));
        assert_eq!(plain_math("\\hat \\beta"), "β\u{302}");
        assert_eq!(plain_math("u(c, l, \\dots)"), "u(c, l, …)");
        assert_eq!(plain_math("\\vert x \\vert"), "| x |");
        assert_eq!(plain_math("\\lfloor x \\rfloor"), "⌊ x ⌋");
        assert_eq!(plain_math("\\frac{1}{k!}=e"), "1/k! = e");
        assert_eq!(plain_math("p \\qquad q"), "p, q");
        assert_eq!(plain_math("0 \\qquad\\qquad D"), "0, D");
        assert_eq!(plain_math("\\Big( h + k \\Big)"), "( h + k )");
        assert_eq!(
            plain_math("\\vec F = m\\vec a"),
            plain_math("\\vec{F} = m\\vec{a}")
        );
        assert!(!plain_math("\\vec F = \\boxed{m \\vec a}").contains("vec"));
        // a tag and a phantom are set, not said
        assert_eq!(
            plain_math("\\tag*{\\scriptsize (fired)}\\ce{clay -> ware}"),
            "clay → ware"
        );
        assert_eq!(plain_math("a \\phantom{+ b} = c"), "a = c");
    }

    #[test]
    fn tex_reads_as_plain_text() {
        // each formula as a card can show it
        for (tex, plain) in [
            (
                r"\text{Profit} = (\frac{TR}{Q} - \frac{TC}{Q}) \times Q",
                "Profit = (TR/Q - TC/Q) × Q",
            ),
            (r"k_{p}=\lim_{ s \to 0 }G(s)", "k_p = lim_(s → 0)G(s)"),
            (r"\ce{Z -> Z+(aq) + e- }", "Z → Z+(aq) + e-"),
            (r"-1.8 \degree", "-1.8 °"),
            (r"1200^\circ", "1200°"),
            (r"23^{\circ}\text{C}, 100~\text{nm}", "23°C, 100 nm"),
            (r"\sqrt{2}", "√2"),
            (r"r = \sqrt[3]{3kA}", "r = ∛3kA"),
            (r"r = \sqrt[3]{\frac{3kA}{4\pi}}", "r = ∛(3kA/4π)"),
            (r"E_k = \mbox{kinetic energy}", "E_k = kinetic energy"),
            (r"T=\dfrac{1}{f}", "T = 1/f"),
            (r"\downarrow", "↓"),
            (r"v \propto \tfrac{1}{d}", "v ∝ 1/d"),
            (r"\Delta T \approx 30 \pm 2", "ΔT ≈ 30 ± 2"),
            (r"\dot{x} = 0", "x\u{307} = 0"),
            (r"\oint \vec{E} \cdot d\vec{A}", "∮ E\u{20D7} · dA\u{20D7}"),
            (r"\mathcal{H} \sim \varepsilon_0", "H ~ ε₀"),
            (r"\varepsilon_0\oint\vec{E}", "ε₀∮E\u{20D7}"),
            (r"\langle H^\dagger \rangle", "⟨ H^† ⟩"),
            (r"\sum\limits_i P_i", "Σ_i P_i"),
            (r"P=\sum\limits_{i=1}^n P_{i}", "P = Σ_(i=1)^n P_i"),
            (r"U=\frac{q^2}{2C} = \frac{1}{2}CV^2", "U = q²/2C = ½CV²"),
            (r"\frac{a+b}{\sqrt{x_{1}+y}}", "(a+b)/√(x₁+y)"),
            (r"\frac{L}{\ln(\frac{b}{a})}", "L/ln(b/a)"),
            (
                r"\frac{\frac{(Q_2 - Q_1)}{(Q_2 + Q_1)/2}}{P}",
                "(Q₂ - Q₁) / ((Q₂ + Q₁)/2) / P",
            ),
            (r"k = 1.4 s^{-1}, E_{rest}", "k = 1.4 s⁻¹, E_rest"),
            (r"Au^+ + e^- \longrightarrow Au", "Au⁺ + e⁻ → Au"),
            (r"\Delta V=\int^+_-E \ ds", "ΔV = ∫^+_-E ds"),
            (
                r"\begin{align*} N &= N_0 \\ m &= m_0 \end{align*}",
                "N = N₀; m = m₀",
            ),
            (
                r"H = \begin{pmatrix} a & b \\ c & d \end{pmatrix}",
                "H = ((a, b); (c, d))",
            ),
            (r"E^0 = \cfrac{RT}{nF}\ln{K}", "E⁰ = RT/nF ln K"),
            (
                r"P(A \mid B) = \frac{P(A \cap B)}{P(B)}",
                "P(A | B) = P(A ∩ B)/P(B)",
            ),
            (r"\boldsymbol{P}(\boldsymbol{A} \cup B)", "P(A ∪ B)"),
            (
                r"{\boldsymbol{n} \choose \boldsymbol{k}} p^{k}",
                "C(n, k) p^k",
            ),
            (r"\binom{n}{k}(1-p)^{n-k}", "C(n, k)(1-p)^(n-k)"),
        ] {
            assert_eq!(plain_math(tex), plain, "{tex}");
        }
        // a command that is no symbol's stays as it is written
        assert_eq!(commands(r"\Deltas and \Delta mass"), r"\Deltas and Δ mass");
        assert_eq!(
            plain_math(r"\text{Shutdown if } P < AVC"),
            "Shutdown if P < AVC"
        );
    }
}
