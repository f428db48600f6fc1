//! Output and errors written as comments in a program: `print(a)  # [1, 2]`
//! → "what does this code print?" with the program (its output comments
//! left out) on the front; `let t = s; // error: s was moved` → "which line
//! does not compile, and why?".

use super::Rules;

/// Longest program (in lines) asked about whole on a card's front.
const MAX_PROGRAM_LINES: usize = 15;
/// Most words in a comment read as output; longer ones explain.
const MAX_OUTPUT_WORDS: usize = 8;

/// Calls that print what follows them.
const PRINTS: &[&str] = &[
    "print(",
    "println!(",
    "print!(",
    "console.log(",
    "System.out.println(",
    "System.out.print(",
    "fmt.Println(",
    "fmt.Printf(",
    "printf(",
    "puts ",
    "echo ",
    "cout <<",
    "std::cout <<",
];

/// What the comments of a program say it does.
#[derive(Debug, PartialEq)]
enum Says {
    /// The printed lines.
    Prints(Vec<String>),
    /// The line that fails, and the comment's reason.
    Fails(String, String),
}

impl Rules<'_> {
    /// A program whose comments give its output or its error. Whether it
    /// made a card.
    pub(super) fn commented_output(&mut self, text: &str, line: usize) -> bool {
        if text.lines().count() > MAX_PROGRAM_LINES {
            return false;
        }
        let Some(says) = read(text) else {
            return false;
        };
        let program = without_output_comments(text);
        match says {
            Says::Prints(out) => self.code_card(
                "what does this code print?",
                Some(&program),
                &out.join("\n"),
                line,
            ),
            Says::Fails(failing, why) => {
                let answer = if why.is_empty() {
                    failing
                } else {
                    format!("{failing}\n({why})")
                };
                let q = "which line does not compile, and why?";
                self.code_card(q, Some(&program), &answer, line)
            }
        }
        true
    }
}

/// The comment of a code line (`#` or `//`), and the code before it.
fn split_comment(l: &str) -> Option<(&str, &str)> {
    let at = [" // ", " # ", "\t// ", "\t# "]
        .iter()
        .filter_map(|m| l.find(m))
        .min()?;
    let (code, rest) = l.split_at(at);
    let comment = rest.trim_start().trim_start_matches(['/', '#']).trim();
    Some((code.trim_end(), comment))
}

/// What a comment says about its line: output (after a print), or an
/// error.
fn read(text: &str) -> Option<Says> {
    let mut printed = Vec::new();
    for l in text.lines() {
        let Some((code, comment)) = split_comment(l) else {
            continue;
        };
        let lower = comment.to_lowercase();
        for err in [
            "error:",
            "error -",
            "error!",
            "compile error",
            "won't compile",
            "does not compile",
        ] {
            if lower.starts_with(err) || lower == "error" {
                let why = comment[err.len().min(comment.len())..]
                    .trim_start_matches([':', '-', '!', ' '])
                    .trim();
                return Some(Says::Fails(code.trim().to_string(), why.to_string()));
            }
        }
        let prints = PRINTS.iter().any(|p| code.trim_start().starts_with(p));
        let out = output_of(comment).filter(|o| agrees(code, o));
        if let (true, Some(out)) = (prints, out) {
            printed.push(out);
        }
    }
    (!printed.is_empty()).then_some(Says::Prints(printed))
}

/// The output a comment gives: `[1, 2]`, `Output: 5`, `prints 5`, `=> 5`;
/// none where the comment explains in words.
fn output_of(comment: &str) -> Option<String> {
    let c = comment.trim();
    let lower = c.to_ascii_lowercase();
    let c = ["output:", "outputs", "prints", "=>", "->", "→"]
        .iter()
        .find_map(|p| lower.starts_with(p).then(|| c[p.len()..].trim()))
        .unwrap_or(c);
    let words = c.split_whitespace().count();
    (words > 0 && words <= MAX_OUTPUT_WORDS).then(|| c.to_string())
}

/// Whether an output can come from the line: a plain string literal
/// printed must share a word with it (`println("Hi"); // Statement` is a
/// label, not output).
fn agrees(code: &str, out: &str) -> bool {
    let Some(literal) = code.split('"').nth(1) else {
        return true;
    };
    let templated = literal.contains(['{', '%', '$']) || code.contains('+');
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let said = words(literal);
    templated || said.is_empty() || words(out).iter().any(|w| said.contains(w))
}

/// The program with the output and error comments taken off its lines
/// (other comments stay: they are part of what is shown).
fn without_output_comments(text: &str) -> String {
    text.lines()
        .map(|l| match split_comment(l) {
            Some((code, _)) if read(l).is_some() => code,
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_give_output_or_errors() {
        let prog = "a = [1, 2]\nb = a\nb.append(3)\nprint(a)  # [1, 2, 3]";
        assert_eq!(read(prog), Some(Says::Prints(vec!["[1, 2, 3]".into()])));
        assert_eq!(
            without_output_comments(prog),
            "a = [1, 2]\nb = a\nb.append(3)\nprint(a)"
        );
        let fails = "let s = String::new();\nlet t = s;\nprintln!(\"{s}\"); // error: s was moved";
        assert_eq!(
            read(fails),
            Some(Says::Fails(
                "println!(\"{s}\");".into(),
                "s was moved".into()
            ))
        );
        // a comment that explains is no output
        let told = "print(x)  # this shows the value of x after the loop has run";
        assert_eq!(read(told), None);
        assert_eq!(read("x = 1  # one"), None);
        assert_eq!(
            read("System.out.println(\"Hi there\");  // Statement"),
            None
        );
        assert_eq!(
            read("System.out.println(\"Hi there\");  // Hi there"),
            Some(Says::Prints(vec!["Hi there".into()]))
        );
        assert_eq!(output_of("Output: 5"), Some("5".into()));
    }
}
