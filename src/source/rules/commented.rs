//! Lines of a program that say what they are in a comment at their end
//! (`int *p; /* A pointer to an integer */`, `x = y  // copies y`): each
//! such line is asked with its comment as the answer. A shell block's
//! `# comments` are read as commands' tasks first
//! (`code::commented_commands`); here `#` marks a comment only in the
//! languages listed.

use super::super::clean::clean_text;
use super::super::doc::Block;
use super::super::text::capitalise;
use super::Rules;

/// Fence languages whose comments start with `#`.
const HASH_LANGS: &[&str] = &[
    "python", "py", "ruby", "rb", "r", "perl", "yaml", "yml", "toml",
];
/// Fence languages whose comments start with `--`.
const DASH_LANGS: &[&str] = &[
    "sql",
    "haskell",
    "hs",
    "lua",
    "plsql",
    "postgresql",
    "mysql",
];

/// Most words a comment may have to be an answer.
const MAX_COMMENT_WORDS: usize = 15;

impl Rules<'_> {
    /// Cards for the commented lines of code block `i`: whether it made any.
    pub(super) fn commented_lines(&mut self, blocks: &[Block], i: usize, text: &str) -> bool {
        let Some(Block::Code { lang, line, .. }) = blocks.get(i) else {
            return false;
        };
        let lang = lang.to_lowercase();
        let before = self.out.len();
        for (k, l) in text.lines().enumerate() {
            if let Some((code, comment)) = line_comment(l, &lang) {
                self.code_card(
                    "what does this line mean?",
                    Some(code),
                    &comment,
                    line + 1 + k,
                );
            }
        }
        self.out.len() > before
    }
}

/// The code and its comment, when a line ends in a comment that says
/// something (two words or more, not a note to the writer).
fn line_comment<'l>(l: &'l str, lang: &str) -> Option<(&'l str, String)> {
    let t = l.trim();
    let (code, comment) = if let Some(body) = t.strip_suffix("*/") {
        let at = body.rfind("/*")?;
        (&t[..at], &body[at + 2..])
    } else {
        let mark = if HASH_LANGS.contains(&lang) {
            " # "
        } else if DASH_LANGS.contains(&lang) {
            " -- "
        } else {
            " // "
        };
        let at = t.find(mark)?;
        (&t[..at], &t[at + mark.len()..])
    };
    let code = code.trim();
    let comment = clean_text(comment.trim().trim_start_matches(['*', '/', '#', '-']));
    let words = comment.split_whitespace().count();
    let says = comment.chars().filter(|c| c.is_alphabetic()).count() >= 6;
    let note = [
        "todo", "fixme", "xxx", "output", "=>", "prints", "returns", "error", "warning",
    ]
    .iter()
    .any(|w| comment.to_lowercase().starts_with(w));
    // A mark inside a string is no comment.
    let quoted = code.matches('"').count() % 2 == 1 || code.matches('\'').count() % 2 == 1;
    // "}  // end class" holds no code to ask about.
    let only_comment = code.chars().filter(|c| c.is_alphanumeric()).count() < 2
        || code.starts_with(['#', '/', '-']);
    if !(2..=MAX_COMMENT_WORDS).contains(&words) || !says || note || quoted || only_comment {
        return None;
    }
    let comment = comment.trim_end_matches('.');
    // "f is a function …": a name from the code keeps its case.
    let first = comment.split_whitespace().next().unwrap_or("");
    let named = code
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .any(|tok| tok == first);
    Some((
        code,
        if named {
            comment.to_string()
        } else {
            capitalise(comment)
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_with_a_comment_gives_the_code_and_what_it_is() {
        assert_eq!(
            line_comment("char **q; /* A pointer to a pointer to a character */", "c"),
            Some(("char **q;", "A pointer to a pointer to a character".into()))
        );
        assert_eq!(
            line_comment("x = y  // copies y into x", "js"),
            Some(("x = y", "Copies y into x".into()))
        );
        assert_eq!(
            line_comment("total = a + b  # the sum of both", "python"),
            Some(("total = a + b", "The sum of both".into()))
        );
    }

    #[test]
    fn what_is_no_comment_is_left() {
        assert_eq!(line_comment("url = \"http://a // b\"", "js"), None);
        assert_eq!(line_comment("x = 1 // TODO fix this later", "js"), None);
        assert_eq!(line_comment("print(x) # => 5", "python"), None);
        assert_eq!(line_comment("/* a whole line of comment */", "c"), None);
        assert_eq!(line_comment("x = 1 # shell style in C", "c"), None);
        assert_eq!(line_comment("}  // end of the class", "java"), None);
        assert_eq!(
            line_comment("int (*f)(int); /* f takes an int */", "c"),
            Some(("int (*f)(int);", "f takes an int".into()))
        );
    }
}
