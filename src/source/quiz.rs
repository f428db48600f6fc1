//! Quizzes: numbered questions with lettered options, and where their
//! answers are — an `Answer: B` line after the options, a mark on the
//! option, an answer key (`Answers: 1-B, 2-C`) anywhere in the notes, a
//! later "Answers" section, or a revealed `<details>` answer. Questions are
//! turned into multiple-choice blocks; one whose answer cannot be found is
//! left out, and said so.

use super::doc::{Block, Item, Line};
use super::vocab::ANSWER_HEADINGS;

/// A numbered question (`3. Who …?`).
fn numbered_question(s: &str) -> Option<(u32, String)> {
    let s = s
        .strip_prefix("Q")
        .map_or(s, |r| r.trim_start_matches(['.', ' ']));
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let rest = s[digits.len()..].strip_prefix(['.', ')', ':'])?;
    // "1.1 Can kilns be …?": a section's number, no question's
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let q = rest.trim();
    (q.ends_with('?') && q.len() > 3).then(|| (digits.parse().unwrap_or(0), q.to_string()))
}

/// A lettered option (`B) text`, `(b) text`, `B. text`): its index and text.
pub(super) fn option_line(s: &str) -> Option<(usize, String)> {
    let s = s.trim_start_matches('(');
    let mut chars = s.chars();
    let letter = chars.next()?;
    let sep = chars.next()?;
    if !letter.is_ascii_alphabetic() || !matches!(sep, ')' | '.' | ':') {
        return None;
    }
    let idx = (letter.to_ascii_lowercase() as u8).checked_sub(b'a')? as usize;
    let text = chars.as_str().trim();
    (idx < 8 && !text.is_empty()).then(|| (idx, text.to_string()))
}

/// `Answer: B`, `Correct answer - (b)`, `**Answer:** B) text`: the index,
/// and what follows as the explanation.
fn answer_line(s: &str) -> Option<(usize, Option<String>)> {
    let s = &s.replace("**", "");
    let s = s.trim();
    let lower = s.to_ascii_lowercase();
    let rest = ["correct answer", "answer"]
        .iter()
        .find_map(|p| lower.strip_prefix(p).map(|r| &s[s.len() - r.len()..]))?;
    let rest = rest.trim_start_matches([':', '-', ' ', '(']);
    let mut chars = rest.chars();
    let letter = chars.next()?;
    let after = chars.as_str();
    if !letter.is_ascii_alphabetic() || after.starts_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    let idx = (letter.to_ascii_lowercase() as u8).checked_sub(b'a')? as usize;
    let why = after
        .trim_start_matches([')', '.', ' ', '—', '-', ':', '–'])
        .trim();
    Some((idx, (!why.is_empty()).then(|| why.to_string())))
}

/// Whether an option is marked right in place: `B) text (correct)`, `*B) text`.
fn marked_right(text: &str) -> Option<String> {
    let t = text.trim();
    // "Cobalt *[CORRECT]*", "Cobalt **(Correct)**": the word, set off
    // by emphasis, in any case
    let bare = t.trim_end_matches(['*', '_']).trim_end();
    for word in ["(correct)", "[correct]", "← correct", "<- correct"] {
        let at = bare.len().checked_sub(word.len());
        let found =
            at.filter(|&a| bare.is_char_boundary(a) && bare[a..].eq_ignore_ascii_case(word));
        if let Some(a) = found {
            return Some(bare[..a].trim_end_matches(['*', '_', ' ']).to_string());
        }
    }
    for suffix in [
        "(correct)",
        "[correct]",
        "(✓)",
        "(✔)",
        "(✅)",
        "✓",
        "✅",
        "✔",
        "*",
    ] {
        if let Some(rest) = t.strip_suffix(suffix) {
            return Some(rest.trim().to_string());
        }
    }
    None
}

/// Pulls numbered questions with lettered options out of plain text. The
/// right option comes from an `Answer: B` line after the options, a mark on
/// the option, or an answer key (`Answers: 1-B, 2-C`) anywhere in the file.
/// A question whose answer cannot be found is left out, and said so: a
/// card without a known right answer would teach nothing.
pub fn plain(lines: &mut [Option<(usize, String)>]) -> Vec<Block> {
    let key = answer_key(lines);
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some((line, text)) = lines[i].clone() else {
            i += 1;
            continue;
        };
        let Some((number, question)) = numbered_question(&text) else {
            i += 1;
            continue;
        };
        let mut found = Found {
            number,
            question,
            line,
            ..Found::default()
        };
        let (used, next) = plain_options(lines, i + 1, &mut found);
        if found.options.len() >= 2 {
            out.push(found.finish(&key));
            for u in used {
                lines[u] = None;
            }
            lines[i] = None;
        }
        i = next.max(i + 1);
    }
    out
}

/// Reads the options (and an `Answer:` line) after a plain-text question:
/// the lines used, and where reading stopped.
fn plain_options(
    lines: &[Option<(usize, String)>],
    from: usize,
    found: &mut Found,
) -> (Vec<usize>, usize) {
    let mut used = Vec::new();
    let mut j = from;
    while j < lines.len() {
        let Some((_, t)) = &lines[j] else {
            j += 1;
            continue;
        };
        if t.is_empty() {
            j += 1;
            continue;
        }
        if found.option(t) {
            used.push(j);
            j += 1;
            continue;
        }
        if found.answer(t) {
            used.push(j);
            j += 1;
            if let Some(why) = lines
                .get(j)
                .and_then(|l| l.as_ref())
                .and_then(|(_, t)| why_line(t))
            {
                found.why = Some(why.to_string());
                used.push(j);
                j += 1;
            }
        }
        break;
    }
    (used, j)
}

/// The right option as the notes give it.
#[derive(Debug, Clone, PartialEq)]
enum Pick {
    Letter(usize),
    Text(String),
}

/// A question being read: its options and, once found, its answer.
#[derive(Debug, Default)]
struct Found {
    number: u32,
    question: String,
    options: Vec<String>,
    right: Option<Pick>,
    why: Option<String>,
    line: usize,
    /// The question shows code (or a diagram) that a card would not show.
    shows_code: bool,
}

impl Found {
    /// Takes a lettered option line (the next letter only), noting an
    /// option marked right in place.
    fn option(&mut self, t: &str) -> bool {
        let Some((idx, opt)) = option_line(t) else {
            return false;
        };
        if idx != self.options.len() {
            return false;
        }
        let opt = match marked_right(&opt) {
            Some(o) => {
                self.right = Some(Pick::Letter(idx));
                o
            }
            None => opt,
        };
        self.options.push(opt);
        true
    }

    /// Takes an `Answer: B` / `Answer: the text` line.
    fn answer(&mut self, t: &str) -> bool {
        if let Some((idx, why)) = answer_line(t) {
            self.right = Some(Pick::Letter(idx));
            self.why = why;
            return true;
        }
        match answer_text(t) {
            Some(a) => {
                self.right = Some(Pick::Text(a.to_string()));
                true
            }
            None => false,
        }
    }

    /// The multiple-choice block, or why the question gives no card.
    fn finish(self, key: &[(u32, usize)]) -> Block {
        if self.shows_code {
            return Block::Left {
                line: self.line,
                why: format!(
                    "question {} refers to a code block that a card cannot show",
                    self.number
                ),
            };
        }
        let right = self.right.clone().or_else(|| {
            key.iter()
                .find(|(n, _)| *n == self.number)
                .map(|(_, a)| Pick::Letter(*a))
        });
        let answer = match right {
            Some(Pick::Letter(a)) => Some(a).filter(|a| *a < self.options.len()),
            Some(Pick::Text(t)) => self.options.iter().position(|o| same_text(o, &t)),
            None => None,
        };
        match answer {
            Some(answer) => Block::Choice {
                question: self.question,
                options: self.options,
                answer,
                explanation: self.why,
                line: self.line,
            },
            None => Block::Left {
                line: self.line,
                why: format!(
                    "question {} has no answer (give it as `Answer: B` after the options, or in an answer key)",
                    self.number
                ),
            },
        }
    }
}

fn same_text(a: &str, b: &str) -> bool {
    let norm = |s: &str| super::clean::normalise(&super::clean::clean_text(s));
    norm(a) == norm(b)
}

/// `Answer: some text` (not a letter): the text.
fn answer_text(t: &str) -> Option<&str> {
    let c = t.trim().trim_start_matches('*');
    let lower = c.to_ascii_lowercase();
    let rest = ["correct answer:", "answer:"]
        .iter()
        .find_map(|p| lower.strip_prefix(p).map(|r| &c[c.len() - r.len()..]))?;
    let rest = rest.trim_start_matches('*').trim();
    (!rest.is_empty()).then_some(rest)
}

/// `Explanation: …` / `Why: …`: the explanation.
fn why_line(t: &str) -> Option<&str> {
    let c = t.trim().trim_start_matches('*');
    let lower = c.to_ascii_lowercase();
    ["explanation:", "why:", "reason:"].iter().find_map(|p| {
        lower
            .strip_prefix(p)
            .map(|r| c[c.len() - r.len()..].trim_start_matches('*').trim())
            .filter(|r| !r.is_empty())
    })
}

/// `Answers: 1-B, 2-C` / `Answer key: 1. b 2. a` (possibly over several lines).
fn answer_key(lines: &mut [Option<(usize, String)>]) -> Vec<(u32, usize)> {
    let mut key = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some((_, t)) = &lines[i] else {
            i += 1;
            continue;
        };
        let lower = t.to_ascii_lowercase();
        if !(lower.starts_with("answer key") || lower.starts_with("answers")) {
            i += 1;
            continue;
        }
        let mut text = t
            .split_once(':')
            .map_or(String::new(), |(_, r)| r.to_string());
        let mut j = i + 1;
        while let Some(Some((_, t))) = lines.get(j) {
            if t.is_empty() {
                break;
            }
            text.push(' ');
            text.push_str(t);
            j += 1;
        }
        let pairs = key_pairs(&text);
        if !pairs.is_empty() {
            key.extend(pairs);
            for l in lines.iter_mut().take(j).skip(i) {
                *l = None;
            }
        }
        i = j;
    }
    key
}

fn key_pairs(text: &str) -> Vec<(u32, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_alphanumeric()) {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let n: u32 = chars[start..i]
                .iter()
                .collect::<String>()
                .parse()
                .unwrap_or(0);
            while i < chars.len() && matches!(chars[i], ' ' | '-' | '.' | ')' | ':' | '=' | '(') {
                i += 1;
            }
            if i < chars.len()
                && chars[i].is_ascii_alphabetic()
                && !chars.get(i + 1).is_some_and(|c| c.is_alphabetic())
            {
                let idx = (chars[i].to_ascii_lowercase() as u8 - b'a') as usize;
                if idx < 8 {
                    out.push((n, idx));
                }
            }
        }
        i += 1;
    }
    out
}

// ----- Markdown -----------------------------------------------------------------

/// Turns the quizzes among Markdown blocks into multiple-choice blocks (or
/// `Left` blocks for questions without an answer). Answer keys and answer
/// sections are used up.
pub fn markdown(blocks: Vec<Block>) -> Vec<Block> {
    let (blocks, key) = take_keys(blocks);
    let mut out = Vec::with_capacity(blocks.len());
    let mut i = 0;
    while i < blocks.len() {
        match question_at(&blocks, i) {
            Some((found, used)) => {
                out.extend(found.into_iter().map(|f| f.finish(&key)));
                i += used;
            }
            None => {
                out.push(blocks[i].clone());
                i += 1;
            }
        }
    }
    out
}

/// Removes answer keys (`Answers: 1-B, 2-C`) and "Answers" sections
/// (`1. B`, `2. **Answer:** c) text`) from the blocks: the key they give.
fn take_keys(blocks: Vec<Block>) -> (Vec<Block>, Vec<(u32, usize)>) {
    let mut key = Vec::new();
    let mut out = Vec::with_capacity(blocks.len());
    let mut section: Option<u8> = None;
    for b in blocks {
        if let Block::Heading { level, text, .. } = &b {
            match section {
                Some(l) if *level > l => {}
                _ => section = is_answer_heading(text).then_some(*level),
            }
            if section.is_some() {
                continue;
            }
        }
        let pairs = match (&b, section) {
            (Block::Para { lines }, None) => para_key(lines),
            (Block::Para { lines }, Some(_)) => lines
                .iter()
                .filter_map(|l| numbered_answer(&l.text))
                .collect(),
            (
                Block::List {
                    start: Some(n),
                    items,
                },
                Some(_),
            ) => list_key(*n, items),
            _ => Vec::new(),
        };
        if pairs.is_empty() {
            out.push(b);
        } else {
            key.extend(pairs);
        }
    }
    (out, key)
}

/// "Answers", "Answer key", "Solutions to part 2": a heading over answers.
pub fn is_answer_heading(text: &str) -> bool {
    let t = super::clean::normalise(text);
    ANSWER_HEADINGS
        .iter()
        .any(|h| t == *h || t.starts_with(&format!("{h} ")))
}

/// A paragraph that is an answer key: its pairs.
fn para_key(lines: &[Line]) -> Vec<(u32, usize)> {
    let text: Vec<String> = lines
        .iter()
        .map(|l| l.text.replace(['*', '_', '(', ')'], ""))
        .collect();
    let text = text.join(" ");
    let lower = text.trim().to_ascii_lowercase();
    if !(lower.starts_with("answer key") || lower.starts_with("answers")) {
        return Vec::new();
    }
    text.split_once(':')
        .map_or(Vec::new(), |(_, r)| key_pairs(r))
}

/// `3. B`, `3. **Answer:** b) text`, `3 - c`: the question and the letter.
fn numbered_answer(t: &str) -> Option<(u32, usize)> {
    let t = t.replace("**", "");
    let t = t.trim();
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    let n: u32 = digits.parse().ok()?;
    let rest = t[digits.len()..].trim_start_matches(['.', ')', ':', '-', ' ']);
    list_answer(n, rest)
}

fn list_answer(n: u32, rest: &str) -> Option<(u32, usize)> {
    let rest = rest.replace("**", "");
    if let Some((idx, _)) = answer_line(&rest) {
        return Some((n, idx));
    }
    let mut chars = rest.trim().chars();
    let letter = chars.next()?;
    let after = chars.as_str();
    let alone = after.is_empty() || after.starts_with([')', '.', ' ', ':']);
    (letter.is_ascii_alphabetic() && alone)
        .then(|| (letter.to_ascii_lowercase() as u8 - b'a') as usize)
        .filter(|i| *i < 8)
        .map(|i| (n, i))
}

fn list_key(start: u64, items: &[Item]) -> Vec<(u32, usize)> {
    items
        .iter()
        .enumerate()
        .filter_map(|(k, it)| {
            let n = u32::try_from(start)
                .ok()?
                .checked_add(u32::try_from(k).ok()?)?;
            list_answer(n, &it.text())
        })
        .collect()
}

/// The question(s) that start at block `i`, and how many blocks they use.
fn question_at(blocks: &[Block], i: usize) -> Option<(Vec<Found>, usize)> {
    match &blocks[i] {
        Block::List {
            start: Some(n),
            items,
        } => list_questions(*n, items).map(|f| (f, 1)),
        Block::Heading { text, line, .. } => {
            let (number, q) = heading_question(text)?;
            let mut found = Found {
                number,
                question: q.unwrap_or_default(),
                line: *line,
                ..Found::default()
            };
            let used = read_after(blocks, i + 1, &mut found);
            (found.options.len() >= 2 && !found.question.is_empty())
                .then(|| (vec![found], used + 1))
        }
        Block::Para { lines } => {
            let (number, question) = numbered_question(&lines[0].text.replace("**", ""))?;
            let mut found = Found {
                number,
                question,
                line: lines[0].line,
                ..Found::default()
            };
            let rest = Block::Para {
                lines: lines[1..].to_vec(),
            };
            let mut after = vec![rest];
            after.extend(blocks[i + 1..].iter().take(6).cloned());
            let used = read_after(&after, 0, &mut found);
            (found.options.len() >= 2).then(|| (vec![found], used.max(1)))
        }
        _ => None,
    }
}

/// "Question 3", "Q3", "3. Which …?", "Question 3: Which …?": the number
/// and the question when the heading carries it.
fn heading_question(text: &str) -> Option<(u32, Option<String>)> {
    let t = text.replace("**", "");
    let t = t.trim();
    if let Some((n, q)) = numbered_question(t) {
        return Some((n, Some(q)));
    }
    let lower = t.to_ascii_lowercase();
    let rest = ["question", "q"]
        .iter()
        .find_map(|p| lower.strip_prefix(p).map(|r| &t[t.len() - r.len()..]))?
        .trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let n: u32 = digits.parse().ok()?;
    let q = rest[digits.len()..]
        .trim_start_matches([':', '.', ')', ' '])
        .trim();
    Some((n, (!q.is_empty()).then(|| q.to_string())))
}

/// Reads the question text (if still missing), options and answer from the
/// blocks from `from` on; returns how many blocks were used.
fn read_after(blocks: &[Block], from: usize, found: &mut Found) -> usize {
    let mut used = 0;
    let mut revealed = false;
    for b in blocks.iter().skip(from).take(6) {
        let took = match b {
            Block::Para { lines } => read_lines(lines, found, &mut revealed),
            Block::List { items, .. } if found.options.is_empty() => option_items(items, found),
            Block::Code { .. } => {
                found.shows_code = true;
                true
            }
            Block::Break => true,
            _ => false,
        };
        if !took {
            break;
        }
        used += 1;
        if found.right.is_some() {
            break;
        }
    }
    used
}

/// Lines of a paragraph after a question: its text, options, the answer
/// (`Answer: B`, or `B) …` after a "Show answer" line). Whether any was used.
fn read_lines(lines: &[Line], found: &mut Found, revealed: &mut bool) -> bool {
    let mut took = false;
    for l in lines {
        let t = l.text.replace("**", "");
        let t = t.trim();
        if found.option(t) || found.answer(t) {
            took = true;
        } else if let Some(w) = why_line(t) {
            found.why = Some(w.to_string());
            took = true;
        } else if is_reveal(t) {
            *revealed = true;
            took = true;
        } else if *revealed && found.right.is_none() {
            let Some((idx, why)) = option_line(t) else {
                return took;
            };
            let option = found.options.get(idx).map(String::as_str).unwrap_or("");
            found.right = Some(Pick::Letter(idx));
            found.why = why_after_option(&why, option);
            took = true;
        } else if found.question.is_empty() && found.options.is_empty() {
            found.question = t.to_string();
            took = true;
        } else if found.right.is_some() && found.why.is_none() {
            found.why = Some(t.to_string());
            took = true;
        } else {
            return took;
        }
    }
    took
}

/// "Answer", "Show Answer", "Solution": the summary line of a revealed
/// answer.
fn is_reveal(t: &str) -> bool {
    let l = t.trim().trim_end_matches(':').to_ascii_lowercase();
    [
        "answer",
        "show answer",
        "show the answer",
        "solution",
        "reveal answer",
        "click to reveal",
    ]
    .contains(&l.as_str())
}

/// `B) Security groups are stateful - This is why …` after a "Show
/// answer" line: what follows the repeated option text explains.
fn why_after_option(rest: &str, option: &str) -> Option<String> {
    let norm = |s: &str| super::clean::normalise(s);
    let why = match rest.split_once(" - ").or_else(|| rest.split_once(" — ")) {
        Some((head, tail)) if norm(head) == norm(option) => tail,
        _ if norm(rest) == norm(option) => "",
        _ => rest,
    };
    let why = why.trim();
    (!why.is_empty()).then(|| why.to_string())
}

/// A list of options under a question: lettered items, or short plain ones.
fn option_items(items: &[Item], found: &mut Found) -> bool {
    if items.len() < 2 || items.iter().any(|it| it.checked.is_some()) {
        return false;
    }
    let texts: Vec<String> = items.iter().map(Item::text).collect();
    if texts.iter().all(|t| option_line(t).is_some()) {
        // "c) **New crops led to growth.**": the option set in bold is right
        let bold = |it: &Item| {
            option_line(&it.text()).is_some_and(|(_, text)| {
                let plain = text.replace("**", "");
                let plain = plain.trim().trim_end_matches('.');
                let said = |s: &String| s.trim().trim_end_matches('.') == plain;
                it.lines.first().is_some_and(|l| l.strong.iter().any(said))
            })
        };
        let marked: Vec<usize> = (0..items.len()).filter(|&k| bold(&items[k])).collect();
        if let [k] = marked.as_slice() {
            found.right = Some(Pick::Letter(*k));
        }
        return texts.iter().all(|t| found.option(&t.replace("**", "")));
    }
    if texts.iter().any(|t| t.split_whitespace().count() > 16) {
        return false;
    }
    found.options = texts;
    true
}

/// A numbered list whose items are questions with options under them.
fn list_questions(start: u64, items: &[Item]) -> Option<Vec<Found>> {
    let mut out = Vec::new();
    for (k, it) in items.iter().enumerate() {
        let first = it.lines.first()?;
        let question = first.text.replace("**", "").trim().to_string();
        // "… are called:" over lettered options asks as well
        let lettered = || {
            let sub = it.sub.iter().map(Item::text);
            let lines = it.lines[1..].iter().map(|l| l.text.clone());
            let options = sub
                .chain(lines)
                .filter(|t| option_line(&t.replace("**", "")).is_some());
            options.count() >= 2
        };
        if !(question.ends_with('?') || question.ends_with(':') && lettered()) {
            return None;
        }
        let mut found = Found {
            number: u32::try_from(start + k as u64).unwrap_or(0),
            question,
            line: it.line,
            ..Found::default()
        };
        let mut revealed = false;
        read_lines(&it.lines[1..], &mut found, &mut revealed);
        if found.options.is_empty() {
            option_items(&it.sub, &mut found);
        }
        if found.options.len() < 2 {
            return None;
        }
        out.push(found);
    }
    (!out.is_empty()).then_some(out)
}
