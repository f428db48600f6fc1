//! The card template that `recall add` and `recall edit` open in the
//! user's editor: a few `## Heading` sections (front, back, explanation,
//! options, tags), multiple-choice options as `- [ ]` / `- [x]` lines as in
//! notes, and `# ` comment lines. Pure text in, text out: the command runs
//! the editor.

use std::fmt;

use super::CardSpec;

/// A card as the template holds it. Empty text is an absent field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub front: String,
    pub back: String,
    pub explanation: String,
    /// The options of a multiple-choice card, each with whether it is right.
    pub options: Vec<(String, bool)>,
    pub tags: Vec<String>,
}

/// What is wrong with a saved template, at a line (from 1) when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: Option<usize>,
    pub message: String,
}

impl Problem {
    fn at(line: usize, message: String) -> Problem {
        Problem {
            line: Some(line),
            message,
        }
    }

    fn card(message: &str) -> Problem {
        Problem {
            line: None,
            message: message.to_string(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "line {l}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Front,
    Back,
    Explanation,
    Options,
    Tags,
}

const SECTIONS: [(Section, &str); 5] = [
    (Section::Front, "Front"),
    (Section::Back, "Back"),
    (Section::Explanation, "Explanation"),
    (Section::Options, "Options"),
    (Section::Tags, "Tags"),
];

/// How the message about a problem starts, at the top of the file.
const PROBLEM: &str = "# error: ";

const HELP: &str = "\
# Write under each heading, save and quit. Lines starting with \"# \" are
# ignored. A multiple-choice card lists its options under ## Options as
# \"- [x] right\" and \"- [ ] wrong\" lines (its back may then stay empty).
# Tags are words. Empty the whole file to change nothing.
";

/// The template of `draft`, with `about` (what the card is) as comments.
pub fn write(draft: &Draft, about: &[String]) -> String {
    let mut out = String::new();
    for line in about {
        out.push_str(&format!("# {}\n", one_line(line)));
    }
    out.push_str(HELP);
    for (section, name) in SECTIONS {
        out.push_str(&format!("\n## {name}\n"));
        let body = match section {
            Section::Front => draft.front.clone(),
            Section::Back => draft.back.clone(),
            Section::Explanation => draft.explanation.clone(),
            Section::Options => draft
                .options
                .iter()
                .map(|(text, right)| format!("- [{}] {}", if *right { 'x' } else { ' ' }, text))
                .collect::<Vec<_>>()
                .join("\n"),
            Section::Tags => draft.tags.join(" "),
        };
        if !body.is_empty() {
            out.push_str(&body);
            out.push('\n');
        }
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The saved `text` with `problem` said at its top, in place of the
/// message of an earlier round.
pub fn with_problem(text: &str, problem: &Problem) -> String {
    let rest: Vec<&str> = text
        .lines()
        .skip_while(|l| l.starts_with(PROBLEM))
        .collect();
    format!(
        "{PROBLEM}{} — fix it and save, or empty the file to change nothing\n{}\n",
        one_line(&problem.to_string()),
        rest.join("\n")
    )
}

fn is_comment(line: &str) -> bool {
    let t = line.trim_start();
    t == "#" || t.starts_with("# ")
}

/// The section a `## Name` line opens; an error for an unknown name.
fn heading(line: &str, n: usize) -> Result<Option<Section>, Problem> {
    let Some(name) = line.trim().strip_prefix("##") else {
        return Ok(None);
    };
    if name.starts_with('#') {
        return Ok(None);
    }
    let name = name.trim();
    SECTIONS
        .iter()
        .find(|(_, known)| known.eq_ignore_ascii_case(name))
        .map(|(s, _)| Some(*s))
        .ok_or_else(|| {
            Problem::at(
                n,
                format!("unknown heading \"## {name}\" — the headings are ## Front, ## Back, ## Explanation, ## Options and ## Tags"),
            )
        })
}

/// Reads a saved template: `None` when nothing is written under any heading.
pub fn read(text: &str) -> Result<Option<Draft>, Problem> {
    let mut bodies: Vec<(Section, usize, Vec<&str>)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if is_comment(line) {
            continue;
        }
        if let Some(section) = heading(line, n)? {
            if bodies.iter().any(|(s, ..)| *s == section) {
                return Err(Problem::at(
                    n,
                    format!("\"{}\" is here twice — keep one", line.trim()),
                ));
            }
            bodies.push((section, n + 1, Vec::new()));
            continue;
        }
        match bodies.last_mut() {
            Some((.., lines)) => lines.push(line),
            None if line.trim().is_empty() => {}
            None => {
                return Err(Problem::at(
                    n,
                    "text before the first heading — write it under ## Front, ## Back or another heading".into(),
                ))
            }
        }
    }
    let mut draft = Draft::default();
    for (section, first, lines) in bodies {
        let body = lines.join("\n").trim().to_string();
        match section {
            Section::Front => draft.front = body,
            Section::Back => draft.back = body,
            Section::Explanation => draft.explanation = body,
            Section::Options => draft.options = options(&lines, first)?,
            Section::Tags => {
                for tag in body.split(|c: char| c.is_whitespace() || c == ',') {
                    if !tag.is_empty() && !draft.tags.iter().any(|t| t == tag) {
                        draft.tags.push(tag.to_string());
                    }
                }
            }
        }
    }
    Ok((draft != Draft::default()).then_some(draft))
}

/// The `- [ ]` / `- [x]` lines of the options section, which starts at line
/// `first`.
fn options(lines: &[&str], first: usize) -> Result<Vec<(String, bool)>, Problem> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let mark = t
            .strip_prefix("- [")
            .or_else(|| t.strip_prefix("* ["))
            .and_then(|r| r.split_once(']'));
        let bad = || {
            Problem::at(
                first + i,
                format!(
                    "\"{}\" is not an option — write options as \"- [x] right\" or \"- [ ] wrong\"",
                    one_line(t)
                ),
            )
        };
        let (right, text) = match mark {
            Some((" " | "", text)) => (false, text),
            Some(("x" | "X", text)) => (true, text),
            _ => return Err(bad()),
        };
        if text.trim().is_empty() {
            return Err(bad());
        }
        out.push((text.trim().to_string(), right));
    }
    Ok(out)
}

impl Draft {
    /// The card the draft describes, as a deck file would give it, or what
    /// is missing in words of the template.
    pub fn spec(&self) -> Result<CardSpec, Problem> {
        if self.front.is_empty() {
            return Err(Problem::card(
                "the front is empty — write the question under ## Front",
            ));
        }
        let mut spec = CardSpec {
            front: self.front.clone(),
            back: (!self.back.is_empty()).then(|| self.back.clone()),
            explanation: (!self.explanation.is_empty()).then(|| self.explanation.clone()),
            tags: self.tags.clone(),
            ..CardSpec::default()
        };
        if self.options.is_empty() {
            if self.back.is_empty() {
                return Err(Problem::card("the back is empty — write the answer under ## Back (or list options under ## Options)"));
            }
            return Ok(spec);
        }
        let right: Vec<usize> = (0..self.options.len())
            .filter(|&i| self.options[i].1)
            .collect();
        match (self.options.len(), right.as_slice()) {
            (0..=1, _) => Err(Problem::card(
                "a multiple-choice card needs at least two options under ## Options",
            )),
            (_, [answer]) => {
                spec.choices = Some(self.options.iter().map(|o| o.0.clone()).collect());
                spec.answer = Some(*answer);
                Ok(spec)
            }
            (_, []) => Err(Problem::card(
                "no option is marked right — mark the right one \"- [x]\"",
            )),
            (_, _) => Err(Problem::card(
                "more than one option is marked right — mark only one \"- [x]\"",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> Draft {
        Draft {
            front: "Who patches\nthe guest OS?".into(),
            back: "The customer.".into(),
            explanation: "EC2 is IaaS.".into(),
            options: vec![("AWS".into(), false), ("The customer".into(), true)],
            tags: vec!["iaas".into(), "ec2".into()],
        }
    }

    #[test]
    fn a_written_template_reads_back_as_it_was() {
        let text = write(&full(), &["card 12 of deck \"D\"\nwith a newline".into()]);
        assert!(
            text.starts_with("# card 12 of deck \"D\" with a newline\n"),
            "{text}"
        );
        assert_eq!(read(&text).unwrap(), Some(full()));
        let plain = Draft {
            options: vec![],
            ..full()
        };
        assert_eq!(read(&write(&plain, &[])).unwrap(), Some(plain));
    }

    #[test]
    fn an_empty_template_is_nothing_and_comments_are_ignored() {
        assert_eq!(read(&write(&Draft::default(), &[])).unwrap(), None);
        assert_eq!(read("").unwrap(), None);
        let text = "# a comment\n## front\n# not this\nQ?\n#include is kept\n## BACK\nA\n## tags\na, b a\n";
        let d = read(text).unwrap().unwrap();
        assert_eq!(d.front, "Q?\n#include is kept");
        assert_eq!(d.back, "A");
        assert_eq!(d.tags, ["a", "b"]);
    }

    #[test]
    fn problems_name_their_line() {
        let e = read("## Front\nQ\n## Fornt\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 3: unknown heading \"## Fornt\" — the headings are ## Front, ## Back, ## Explanation, ## Options and ## Tags"
        );
        let e = read("stray\n## Front\nQ\n").unwrap_err();
        assert_eq!(e.line, Some(1));
        let e = read("## Front\nQ\n## Options\n- [x] a\nb\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 5: \"b\" is not an option — write options as \"- [x] right\" or \"- [ ] wrong\""
        );
        let e = read("## Front\nQ\n## Front\nR\n").unwrap_err();
        assert_eq!(e.line, Some(3));
    }

    #[test]
    fn a_draft_becomes_a_card_or_says_what_is_missing() {
        let spec = full().spec().unwrap();
        assert_eq!(spec.choices.unwrap(), ["AWS", "The customer"]);
        assert_eq!(spec.answer, Some(1));
        let message = |d: Draft| d.spec().unwrap_err().to_string();
        assert_eq!(
            message(Draft {
                front: String::new(),
                ..full()
            }),
            "the front is empty — write the question under ## Front"
        );
        let plain = Draft {
            options: vec![],
            back: String::new(),
            ..full()
        };
        assert!(message(plain).starts_with("the back is empty"));
        let none_right = Draft {
            options: vec![("a".into(), false), ("b".into(), false)],
            ..full()
        };
        assert!(message(none_right).starts_with("no option is marked right"));
        let two_right = Draft {
            options: vec![("a".into(), true), ("b".into(), true)],
            ..full()
        };
        assert!(message(two_right).starts_with("more than one option"));
    }

    #[test]
    fn the_problem_goes_to_the_top_once() {
        let p = Problem::card("the front is empty");
        let once = with_problem("## Front\n\n## Back\nA\n", &p);
        assert!(
            once.starts_with("# error: the front is empty — fix it"),
            "{once}"
        );
        let twice = with_problem(&once, &p);
        assert_eq!(twice, once);
        assert_eq!(twice.matches("# error:").count(), 1);
    }
}
