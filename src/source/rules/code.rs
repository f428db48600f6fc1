//! Rules for code blocks, which give a card only where the notes say what
//! the code does: a block followed by its output ("**Output**:" and a
//! block, or an output block right after a program), commands under a
//! comment that says what they do (`# Show listening ports`), rows of
//! `name → meaning`, and a flow drawn with `↓` between its steps. Tree
//! diagrams are read in `tree`; any other code block is left out.

use super::super::clean::{clean_text, find_arrow, is_arrow};
use super::super::doc::{Block, Item, Line};
use super::super::text::capitalise;
use super::{Draft, Rules};

/// Longest program (in lines) asked about whole on a card's front.
const MAX_CODE_LINES: usize = 15;
/// Longest output (in lines) that still makes an answer.
const MAX_OUTPUT_LINES: usize = 12;

/// Fence languages of output rather than code.
const OUTPUT_LANGS: &[&str] = &["", "text", "txt", "output", "console", "plaintext", "out"];
/// Fence languages of a shell.
const SHELL_LANGS: &[&str] = &["bash", "sh", "shell", "zsh", "console", "powershell", "cmd"];

impl Rules<'_> {
    /// A code block, with the blocks that may say what it does.
    pub(super) fn code_block(&mut self, blocks: &[Block], i: usize, text: &str, line: usize) {
        if let Some(items) = drawn_list(text, line) {
            // A list drawn in a code block ("✅ Automated backups") is a list.
            let lead = self.lead_of(blocks, i);
            return self.list(&items, lead.as_deref(), true);
        }
        if self.formula_code(blocks, i, text)
            || self.code_output(blocks, i, text, line)
            || self.commented_commands(blocks, i, text, line)
            || self.arrow_rows(blocks, i, text, line)
            || self.key_rows(blocks, i, text, line)
            || self.flow(text, line)
            || self.told_command(blocks, i, text, line)
            || self.commented_output(text, line)
            || self.commented_lines(blocks, i, text)
            || self.captioned(blocks, i, text, line)
        {
            return;
        }
        self.code(text, line);
    }

    /// A program inside a list item, under the task its item sets:
    /// "Example: Find each manager:" → "how do you find each manager?".
    fn captioned(&mut self, blocks: &[Block], i: usize, text: &str, line: usize) -> bool {
        let Some(Block::Code {
            caption: Some(caption),
            ..
        }) = blocks.get(i)
        else {
            return false;
        };
        let code = text.trim_end();
        let Some(task) = caption_task(caption) else {
            return false;
        };
        if code.is_empty() || code.lines().count() > MAX_CODE_LINES {
            return false;
        }
        self.code_card(&format!("{task}?"), None, code, line);
        true
    }

    /// A program and its output: what does this code print? An error
    /// shown the same way: what error does it give?
    fn code_output(&mut self, blocks: &[Block], i: usize, text: &str, line: usize) -> bool {
        let Some(Block::Code { lang, .. }) = blocks.get(i) else {
            return false;
        };
        let Some(shown) = output_of(blocks, i) else {
            return false;
        };
        let code = text.trim_end();
        let out = without_prompt_marks(shown.output);
        if code.is_empty() || out.is_empty() {
            return false;
        }
        for at in shown.label_at.into_iter().chain([shown.out_at]) {
            self.join(at);
            if let Some(slot) = self.left.get_mut(at) {
                *slot = Some("the output of the code block above".into());
            }
        }
        if code.lines().count() > MAX_CODE_LINES || out.lines().count() > MAX_OUTPUT_LINES {
            self.leave("a code block and its output, too long for a card");
            return true;
        }
        // `print("Hi")` → Hi: the answer is written in the question.
        let written = out
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .all(|l| l.chars().count() >= 3 && code.contains(l));
        if written {
            self.leave("a code block whose output is written in the code");
            return true;
        }
        let what = if SHELL_LANGS.contains(&lang.as_str()) {
            "command"
        } else {
            "code"
        };
        let question = if shown.error {
            format!("what error does this {what} give?")
        } else {
            format!("what does this {what} print?")
        };
        self.code_card(&question, Some(code), &out, line);
        true
    }

    /// `# Show listening ports` over `ss -tlnp`: how do you show listening
    /// ports?
    fn commented_commands(&mut self, blocks: &[Block], i: usize, text: &str, line: usize) -> bool {
        let Some(Block::Code { lang, .. }) = blocks.get(i) else {
            return false;
        };
        if !is_shell(lang, text) {
            return false;
        }
        let before = self.out.len();
        for (comment, command, at) in commands(text, line) {
            // The comment starts with a verb ("Start services"), never a name.
            let task = match comment.split_once(' ') {
                Some((verb, rest)) if verb.chars().skip(1).all(char::is_lowercase) => {
                    format!("{} {rest}", verb.to_lowercase())
                }
                _ => self.lex.lc_first(&comment),
            };
            // "(Can scale it later)": the task, not the modal
            let task = task.strip_prefix("can ").unwrap_or(&task);
            let question = format!("how do you {}?", task.trim_end_matches(['.', ':']));
            self.code_card(&question, None, &command, at);
        }
        self.out.len() > before
    }

    /// "`public`  →  Accessible from anywhere" on every line: what each
    /// name means, under the lead or heading above the block.
    fn arrow_rows(&mut self, blocks: &[Block], i: usize, text: &str, line: usize) -> bool {
        let rows: Vec<(&str, &str, usize)> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(k, l)| arrow_row(l).map(|(a, b)| (a, b, line + 1 + k)))
            .collect::<Option<_>>()
            .unwrap_or_default();
        if rows.len() < 2 {
            return false;
        }
        let lead = i.checked_sub(1).and_then(|p| match &blocks[p] {
            Block::Para { lines } if lines.len() == 1 && lines[0].text.trim().ends_with(':') => {
                Some((p, clean_text(lines[0].text.trim().trim_end_matches(':'))))
            }
            _ => None,
        });
        let ctx = match &lead {
            Some((p, lead)) => {
                // The lead was read as this block's.
                self.left[*p] = None;
                self.joined[*p] = Some(self.block);
                Some(match self.context(None) {
                    Some(h) => format!("{h} — {lead}"),
                    None => lead.clone(),
                })
            }
            None => self.context(None),
        };
        for (name, meaning, at) in rows {
            let q = format!("what is “{name}”?");
            self.card(ctx.as_deref(), &q, meaning, None, at);
        }
        true
    }

    /// `Standard:   $0.02` on every line of a plain block: a table of two
    /// columns drawn as text, each row asked under the heading
    /// ("Prices: Standard?").
    fn key_rows(&mut self, blocks: &[Block], i: usize, text: &str, line: usize) -> bool {
        let plain = matches!(blocks.get(i), Some(Block::Code { lang, .. })
            if OUTPUT_LANGS.contains(&lang.as_str()));
        let rows: Vec<(&str, &str, usize)> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(k, l)| key_row(l).map(|(a, b)| (a, b, line + 1 + k)))
            .collect::<Option<_>>()
            .unwrap_or_default();
        let Some(ctx) = self.context(None).filter(|_| plain && rows.len() >= 2) else {
            return false;
        };
        for (key, value, at) in rows {
            self.card(Some(&ctx), &format!("{key}?"), value, None, at);
        }
        true
    }

    /// Steps drawn one under the other with `↓` between them: the steps in
    /// order.
    fn flow(&mut self, text: &str, line: usize) -> bool {
        let mut steps: Vec<String> = Vec::new();
        let mut arrows = 0;
        for l in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if l.chars()
                .all(|c| c == '↓' || c == '⬇' || c == '▼' || c == '|')
            {
                arrows += 1;
            } else if steps.len() > arrows {
                return false;
            } else {
                steps.push(clean_text(l));
            }
        }
        if steps.len() < 3 || arrows + 1 != steps.len() || steps.iter().any(|s| s.is_empty()) {
            return false;
        }
        let ctx = self.context(None);
        let q = format!("what are the {} steps, in order?", steps.len());
        self.card(ctx.as_deref(), &q, &steps.join(" → "), None, line);
        true
    }

    /// One command in a shell block, with the prose that tells what it is
    /// for: a lead above it ("To undo a change, run:") → "how do you undo
    /// a change?"; a caption below it that starts with a verb ("Clears the
    /// cache.") → "what does <command> do?". Whether it made a card.
    fn told_command(&mut self, blocks: &[Block], i: usize, text: &str, line: usize) -> bool {
        let Some(Block::Code { lang, .. }) = blocks.get(i) else {
            return false;
        };
        let mut lines = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        let (Some(command), None) = (lines.next(), lines.next()) else {
            return false;
        };
        let command = command.strip_prefix("$ ").unwrap_or(command);
        if !is_shell(lang, text) {
            return false;
        }
        let before = self.out.len();
        let lead = i.checked_sub(1).and_then(|p| match &blocks[p] {
            Block::Para { lines } if lines.len() == 1 => Some((p, lines[0].text.as_str())),
            _ => None,
        });
        if let Some((p, task)) = lead.and_then(|(p, l)| Some((p, lead_task(l)?))) {
            self.code_card(&format!("{task}?"), None, command, line);
            if self.out.len() > before {
                self.left[p] = None;
            }
        }
        if let Some(Block::Para { lines }) = blocks.get(i + 1) {
            let caption = super::super::text::sentences(&lines[0].text);
            if let Some(first) = caption.first().filter(|s| starts_with_verb(s)) {
                let q = format!("what does {command} do?");
                self.code_card(&q, None, first.trim_end_matches('.'), lines[0].line);
                if lines.len() == 1 && caption.len() == 1 {
                    self.join(i + 1);
                }
            }
        }
        self.out.len() > before
    }

    /// A card whose front ends with a program and whose answer is code or
    /// output: both keep their lines and case.
    pub(super) fn code_card(
        &mut self,
        question: &str,
        code: Option<&str>,
        answer: &str,
        line: usize,
    ) {
        let ctx = self.context(None);
        let question = clean_text(question);
        let mut front = match ctx {
            Some(c) => format!("{}: {question}", clean_text(&c)),
            None => capitalise(&question),
        };
        if let Some(code) = code {
            front = format!("{front}\n\n{code}");
        }
        self.push_raw(Draft {
            core: front.clone(),
            front,
            back: Some(answer.trim().to_string()),
            explanation: None,
            choices: None,
            answer: None,
            line,
            path: self.path(),
            block: self.block,
            led: None,
        });
    }
}

/// The output shown for the program in block `i`, and the blocks that
/// show it.
struct Shown<'b> {
    output: &'b str,
    label_at: Option<usize>,
    out_at: usize,
    error: bool,
}

/// "**Output**:" and a block right after a program, or an output block
/// (no language, `text`, `console`) right after a program in a language.
fn output_of(blocks: &[Block], i: usize) -> Option<Shown<'_>> {
    let Some(Block::Code { lang, .. }) = blocks.get(i) else {
        return None;
    };
    match (blocks.get(i + 1), blocks.get(i + 2)) {
        (Some(Block::Para { lines }), Some(Block::Code { text, .. })) if lines.len() == 1 => {
            let label = output_label(&lines[0].text)?;
            Some(Shown {
                output: text,
                label_at: Some(i + 1),
                out_at: i + 2,
                error: label == Label::Error,
            })
        }
        // "Output: [0, 1, 4]" on one line under the program.
        (Some(Block::Para { lines }), _) if lines.len() == 1 => {
            let (label, value) = lines[0].text.split_once(':')?;
            let label = output_label(label)?;
            Some(Shown {
                output: value.trim(),
                label_at: None,
                out_at: i + 1,
                error: label == Label::Error,
            })
            .filter(|s| !s.output.is_empty())
        }
        (Some(Block::Code { text, lang: l2, .. }), _)
            if !OUTPUT_LANGS.contains(&lang.as_str())
                && OUTPUT_LANGS.contains(&l2.as_str())
                && !SHELL_LANGS.contains(&lang.as_str()) =>
        {
            Some(Shown {
                output: text,
                label_at: None,
                out_at: i + 1,
                error: false,
            })
        }
        _ => None,
    }
}

#[derive(Debug, PartialEq)]
enum Label {
    Output,
    Error,
}

/// "**Output**:", "Output", "Prints:", "Error:" alone on a line.
fn output_label(t: &str) -> Option<Label> {
    let l = clean_text(t).to_lowercase();
    let l = l.trim().trim_end_matches(':').trim();
    match l {
        "output" | "prints" | "result" | "expected output" | "this prints" | "it prints" => {
            Some(Label::Output)
        }
        "error" | "compiler error" | "error message" => Some(Label::Error),
        _ => None,
    }
}

/// Output lines without the marks a notebook puts before each (`## 0`,
/// `#> 0`), when every line has the same one.
fn without_prompt_marks(out: &str) -> String {
    let out = out.trim_end();
    for mark in ["## ", "#> "] {
        let all = out
            .lines()
            .filter(|l| !l.trim().is_empty())
            .all(|l| l.starts_with(mark) || l.trim() == mark.trim());
        if all && !out.trim().is_empty() {
            return out
                .lines()
                .map(|l| l.strip_prefix(mark).unwrap_or(l.trim_start_matches('#')))
                .collect::<Vec<_>>()
                .join("\n");
        }
    }
    out.to_string()
}

/// The task a lead line sets for the command below it, as a question:
/// "To redo the last step, use the `-r` option:" → "how do you redo the
/// last step"; "If it broke, you can roll back using `undo`:" → "how can
/// you roll back".
fn lead_task(lead: &str) -> Option<String> {
    let t = clean_text(lead);
    let t = t.trim_end();
    // A caption with no colon ("Create pod with yaml") is a task only when
    // it is short and starts with a verb or "To".
    let verb = super::super::text::first_word(t);
    let caption = t.split_whitespace().count() <= 12
        && !t.ends_with(['.', '?', '!'])
        && (verb == "to" || super::super::verbs::ACTION_VERBS.contains(&verb.as_str()));
    let t = match t.strip_suffix(':') {
        Some(t) => t,
        None if caption => t,
        None => return None,
    };
    if caption && t == lead.trim() && !t.starts_with("To ") {
        return Some(format!("how do you {}", super::super::text::lower_first(t)));
    }
    let cut = |s: &str| -> String {
        let end = [
            ",",
            " using ",
            " with ",
            " by running",
            " by typing",
            " via ",
        ]
        .iter()
        .filter_map(|w| s.find(w))
        .min()
        .unwrap_or(s.len());
        s[..end].trim().to_string()
    };
    let task = if let Some(rest) = t.strip_prefix("To ") {
        format!("how do you {}", cut(rest))
    } else if let Some((_, rest)) = t.split_once("you can ") {
        format!("how can you {}", cut(rest))
    } else {
        return None;
    };
    (task.split_whitespace().count() >= 5).then_some(task)
}

/// The task a list item's caption sets for the code under it: "Example:
/// Find employees and their managers:" → "how do you find employees and
/// their managers"; "To undo it, run:" as a lead.
fn caption_task(caption: &str) -> Option<String> {
    let t = clean_text(caption);
    let t = t.trim().trim_end_matches(':').trim_end();
    let t = ["Example:", "Examples:", "E.g.", "e.g."]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(t)
        .trim();
    // "Retrieve data across the tables using:": the code is the means.
    let t = [" using", " with", " by", " via"]
        .iter()
        .find_map(|w| t.strip_suffix(w))
        .unwrap_or(t);
    lead_task(t)
}

/// Whether a caption starts with a verb in the third person ("Removes
/// the file …"), as a line that says what a command does.
pub(super) fn starts_with_verb(s: &str) -> bool {
    let first = s.split_whitespace().next().unwrap_or("");
    let lower = first.to_lowercase();
    first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().all(char::is_alphabetic)
        && lower.len() >= 4
        && lower.ends_with('s')
        && !["ss", "us", "is", "ous"].iter().any(|e| lower.ends_with(e))
        && !["this", "these", "those", "its", "yes", "was", "has", "does"].contains(&lower.as_str())
        && s.split_whitespace().count() >= 2
}

/// (comment, command, line) pairs: a `# comment` of two words or more, and
/// the command lines right under it (joined where they end with `\`).
fn commands(text: &str, first: usize) -> Vec<(String, String, usize)> {
    let mut out = Vec::new();
    let mut inline = Vec::new();
    let mut comment: Option<(String, usize)> = None;
    let mut command: Vec<&str> = Vec::new();
    let mut flush = |comment: &mut Option<(String, usize)>, command: &mut Vec<&str>| {
        if let Some((c, at)) = comment.take() {
            if !command.is_empty() {
                out.push((c, command.join("\n"), at));
            }
        }
        command.clear();
    };
    for (k, l) in text.lines().enumerate() {
        let t = l.trim();
        if let Some(c) = t.strip_prefix('#').filter(|_| !t.starts_with("#!")) {
            flush(&mut comment, &mut command);
            let c = c.trim();
            // "<paths> refers to files" describes, it sets no task.
            let second = c.split_whitespace().nth(1).unwrap_or("");
            let task = c.starts_with(char::is_alphabetic)
                && !["is", "are", "refers", "means"].contains(&second);
            if c.split_whitespace().count() >= 2 && !c.contains(':') && task {
                comment = Some((c.to_string(), first + 1 + k));
            }
        } else if t.is_empty() {
            flush(&mut comment, &mut command);
        } else if let Some((cmd, c)) = trailing_comment(t)
            .or_else(|| trailing_gloss(t))
            .filter(|_| comment.is_none())
        {
            // `make test   # Run the tests` on one line.
            inline.push((c.to_string(), cmd.to_string(), first + 1 + k));
        } else if comment.is_some() {
            command.push(l.trim_end());
        }
    }
    flush(&mut comment, &mut command);
    out.extend(inline);
    out.sort_by_key(|(_, _, at)| *at);
    out
}

/// `cmd args   # Says what it does`: the command and its comment, when
/// the comment is set apart by two spaces and says something.
fn trailing_comment(t: &str) -> Option<(&str, &str)> {
    let at = t.find("  #")?;
    let (cmd, c) = (
        t[..at].trim(),
        t[at..].trim().trim_start_matches('#').trim(),
    );
    (!cmd.is_empty() && c.split_whitespace().count() >= 2 && !c.contains(':')).then_some((cmd, c))
}

/// A shell block: fenced as one, or with no language and every line a
/// `$ command`.
fn is_shell(lang: &str, text: &str) -> bool {
    let prompts = || {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .all(|l| l.trim_start().starts_with("$ "))
    };
    SHELL_LANGS.contains(&lang) || (lang.is_empty() && prompts())
}

/// `$ cmd args (Says what it does)`: a prompt line with what it does in
/// brackets at its end.
fn trailing_gloss(t: &str) -> Option<(&str, &str)> {
    let line = t.strip_prefix("$ ")?.strip_suffix(')')?;
    let at = line.rfind(" (")?;
    let (cmd, c) = (line[..at].trim(), line[at + 2..].trim());
    let words = c.split_whitespace().count() >= 2;
    (!cmd.is_empty() && words && !c.contains(['(', ':'])).then_some((cmd, c))
}

/// The items of a list drawn in a code block: every line starts with a
/// bullet or a check mark (a line indented under one continues it).
pub(super) fn drawn_list(text: &str, first: usize) -> Option<Vec<Item>> {
    const MARKS: &[&str] = &["✅", "✔", "☑", "•", "- ", "* ", "+ "];
    let mut items: Vec<Item> = Vec::new();
    let mut indent = 0;
    for (k, l) in text.lines().enumerate() {
        let t = l.trim();
        if t.is_empty() {
            continue;
        }
        let at = l.len() - l.trim_start().len();
        match MARKS.iter().find_map(|m| t.strip_prefix(m)) {
            Some(rest) if items.is_empty() || at <= indent => {
                indent = at;
                let line = first + 1 + k;
                items.push(Item {
                    lines: vec![Line::new(rest.trim(), line)],
                    line,
                    ..Item::default()
                });
            }
            _ => {
                // A continuation, indented under the item before.
                let last = items.last_mut().filter(|_| at > indent)?;
                last.lines.push(Line::new(t, first + 1 + k));
            }
        }
    }
    (!items.is_empty()).then_some(items)
}

/// "name → meaning": the two sides of the one arrow on a line.
fn arrow_row(line: &str) -> Option<(&str, &str)> {
    let t = line.trim();
    let (at, len) = find_arrow(t)?;
    let (left, right) = (t[..at].trim(), t[at + len..].trim());
    let arrows_in_right = right.chars().any(is_arrow) || right.contains("->");
    let words = |s: &str| s.split_whitespace().count();
    (!left.is_empty() && words(left) <= 4 && (1..=12).contains(&words(right)) && !arrows_in_right)
        .then_some((left, right))
}

/// "Key:   value": a short name, a colon and a value of a few words.
fn key_row(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.trim().split_once(": ")?;
    let (key, value) = (key.trim(), value.trim());
    let words = |s: &str| s.split_whitespace().count();
    let name = key.starts_with(|c: char| c.is_alphanumeric())
        && !key.contains(['(', ')', '{', '}', '[', ']', '=', ';', '"', '\'', '/', '<'])
        && (1..=4).contains(&words(key));
    (name && (1..=10).contains(&words(value)) && !value.ends_with([',', '{', '[']))
        .then_some((key, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_shapes_of_code_blocks() {
        assert_eq!(output_label("**Output**:"), Some(Label::Output));
        assert_eq!(output_label("Error:"), Some(Label::Error));
        assert_eq!(output_label("Output is long"), None);
        assert_eq!(without_prompt_marks("## 1\n## 2\n"), "1\n2");
        assert_eq!(without_prompt_marks("1\n## 2"), "1\n## 2");
        let cmds = commands("# List open sockets\nss -t \\\n  -n\n\n# x\nls\nrm a\n", 10);
        assert_eq!(
            cmds,
            [(
                "List open sockets".to_string(),
                "ss -t \\\n  -n".to_string(),
                11
            )]
        );
        assert_eq!(
            arrow_row("static  →  Owned by the type"),
            Some(("static", "Owned by the type"))
        );
        assert_eq!(arrow_row("a -> b -> c"), None);
        assert_eq!(arrow_row("no arrow here"), None);
        let items = drawn_list("✅ Backups\n✅ Patching\n   of the engine\n", 4).unwrap();
        let texts: Vec<String> = items.iter().map(Item::text).collect();
        assert_eq!(texts, ["Backups", "Patching of the engine"]);
        assert_eq!(items[1].line, 6);
        assert!(drawn_list("x = 1\n- y\n", 1).is_none());
    }
}
