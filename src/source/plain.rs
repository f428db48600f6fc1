//! Plain-text notes: paragraphs, and the kinds of line that plain text
//! (and Markdown written like it) uses for structure — title-like lines,
//! `•` bullets, numbered lines, page furniture.

use super::clean::{is_arrow, is_emoji};
use super::doc::{Block, Item, Line};
use super::quiz;
use super::vocab::{DANGLING, JUNK_STARTS};

/// Reads a plain-text file into paragraphs (and quiz questions). Lines
/// before `skip` (front matter) are ignored.
pub fn read(text: &str, skip: usize) -> Vec<Block> {
    let mut lines: Vec<Option<(usize, String)>> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i >= skip).then(|| (i + 1, l.trim().to_string())))
        .collect();
    let mut blocks = quiz::plain(&mut lines);
    let mut para: Vec<Line> = Vec::new();
    let mut out = Vec::new();
    for l in lines {
        match l {
            Some((n, t)) if !t.is_empty() => para.push(Line::new(t, n)),
            _ => {
                if !para.is_empty() {
                    out.push(Block::Para {
                        lines: std::mem::take(&mut para),
                    });
                }
            }
        }
    }
    if !para.is_empty() {
        out.push(Block::Para { lines: para });
    }
    // Quiz blocks go where their question was.
    out.append(&mut blocks);
    out.sort_by_key(|b| b.line().unwrap_or(0));
    out
}

/// Lines that carry no knowledge: page furniture, progress bars, copyright.
pub fn is_junk(text: &str) -> bool {
    let t = text
        .trim_start_matches(|c: char| is_emoji(c) || is_arrow(c) || c.is_whitespace() || c == '*')
        .trim();
    let lower = t.to_ascii_lowercase();
    if t.is_empty() || (t.chars().all(|c| !c.is_alphanumeric()) && !t.contains('|')) {
        return true;
    }
    // A lone option letter ("A", "B)") left from a quiz widget; a bare
    // "A:" labels the answer below it.
    if t.chars().count() <= 2
        && t.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && t != "A:"
    {
        return true;
    }
    t.contains('©') || JUNK_STARTS.iter().any(|p| lower.starts_with(p))
}

/// Whether a line ends mid-sentence (`AWS is responsible for`).
pub fn dangles(text: &str) -> bool {
    let t = text.trim_end();
    if t.ends_with([',', '—', '–', '-', '(']) {
        return true;
    }
    let last = t
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase();
    DANGLING.contains(&last.as_str())
}

/// "… and are therefore", "Suitable in all": words that stop where they
/// must go on (`dangles`, or a last word such as "all", "were" or
/// "which" that leads to more), so no cause or subject ends there.
pub fn leaves_off(text: &str) -> bool {
    const LEADS_ON: &[&str] = &["all", "each", "every", "was", "were", "been", "which"];
    let last = text.split_whitespace().last().unwrap_or("").to_lowercase();
    dangles(text) || LEADS_ON.contains(&last.as_str())
}

/// A short title-like line: a heading in notes that have lost their Markdown.
pub fn heading_like(text: &str) -> bool {
    let t = text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 || t.chars().count() > 90 || t.chars().count() < 3 {
        return false;
    }
    if t.ends_with(['.', ',', ';', '!', '?', ':', '"', '”']) || dangles(t) || is_junk(t) {
        return false;
    }
    let first = t.chars().next().unwrap_or(' ');
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    let significant: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    if significant.is_empty() {
        return words.len() <= 3;
    }
    let capital = significant
        .iter()
        .filter(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .count();
    capital * 10 >= significant.len() * 6 || words.len() <= 3
}

/// A bullet line in text (`• item`, `- item`, `* item`): the item text.
pub fn bullet(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let c = t.chars().next()?;
    if matches!(
        c,
        '•' | '·' | '▪' | '◦' | '‣' | '●' | '○' | '■' | '□' | '–' | '-' | '*' | '+'
    ) {
        let rest = &t[c.len_utf8()..];
        if rest.starts_with(' ') && !rest.trim().is_empty() {
            return Some(rest.trim());
        }
    }
    None
}

/// Whether a line opens a Markdown list item: "- ", "* ", "+ " or a
/// number ("2. ", "3) ").
pub fn markdown_item(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with(['-', '*', '+']) && t[1..].starts_with(' ') || numbered(t).is_some()
}

/// A numbered line (`2. text`, `3) text`): the number and the text.
pub fn numbered(text: &str) -> Option<(u32, &str)> {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = text[digits..].strip_prefix(['.', ')'])?;
    rest.starts_with(' ')
        .then(|| (text[..digits].parse().unwrap_or(0), rest.trim()))
}

/// "Isolated Routing", "Safety Checks": a short phrase of capitalised
/// words, a title's.
pub fn title_case(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// "- I. Helped fight a war" / "- II. Won independence": items numbered in
/// roman numerals, one after another, lose their numbers (the list is
/// the order).
pub fn strip_roman_numbers(items: &mut [Item]) {
    const ROMAN: &[&str] = &[
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ];
    let numbered = |k: usize, it: &Item| {
        let t = it.lines.first().map_or("", |l| l.text.trim_start());
        let (n, rest) = t.split_once(['.', ')'])?;
        let lower = n.to_lowercase();
        let same_case = n == lower || n == n.to_uppercase();
        (ROMAN.get(k) == Some(&lower.as_str()) && same_case && rest.starts_with(' '))
            .then(|| t.len() - rest.trim_start().len())
    };
    let cuts: Option<Vec<usize>> = items
        .iter()
        .enumerate()
        .map(|(k, it)| numbered(k, it))
        .collect();
    let Some(cuts) = cuts.filter(|_| items.len() >= 2) else {
        return;
    };
    for (it, cut) in items.iter_mut().zip(cuts) {
        let line = &mut it.lines[0];
        line.text = line.text.trim_start()[cut..].to_string();
    }
}

/// Removes a section number from a heading (`1.7 Title`, `2. Title`,
/// a keycap emoji `1️⃣ Title`).
pub fn strip_numbering(text: &str) -> &str {
    let t = text.trim();
    // "### - The Carry Flag": a bullet typed into the heading
    let t = ["- ", "* ", "+ "]
        .iter()
        .find_map(|b| t.strip_prefix(b))
        .map_or(t, str::trim_start);
    if let Some(rest) = keycap_rest(t).or_else(|| figure_rest(t)) {
        return rest;
    }
    // "A. Aurora Backtrack", "B) Fast Clone": a letter numbers the section
    let mut chars = t.chars();
    if let (Some(l), Some('.' | ')'), Some(' ')) = (chars.next(), chars.next(), chars.next()) {
        let rest = t[3..].trim_start();
        // "W. D. Ross", "J. S. Mill": initials of a name
        let initials = rest.get(1..3) == Some(". ");
        if l.is_ascii_uppercase() && rest.starts_with(char::is_uppercase) && !initials {
            return rest;
        }
        // "C. 2. Kiln hours": a letter and a number
        let numbered = rest.split_once(['.', ')']).is_some_and(|(n, r)| {
            !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && r.starts_with(' ')
        });
        if l.is_ascii_uppercase() && numbered {
            return strip_numbering(rest);
        }
    }
    // "ii. Present Bias", "iv) Loss Aversion": a roman numeral
    if let Some((numeral, rest)) = t.split_once(['.', ')']) {
        let roman =
            !numeral.is_empty() && numeral.len() <= 4 && numeral.chars().all(|c| "ivx".contains(c));
        let rest = rest.trim_start();
        if roman && rest.starts_with(char::is_uppercase) {
            return rest;
        }
    }
    // "3:17:1 Skinner's Experiments": a colon between numbers numbers too
    let bytes = t.as_bytes();
    let n = (0..bytes.len())
        .take_while(|&k| {
            let b = bytes[k];
            let numbered_colon = b == b':' && bytes.get(k + 1).is_some_and(u8::is_ascii_digit);
            b.is_ascii_digit() || b == b'.' || numbered_colon
        })
        .count();
    // "1914 Outbreak of war", "218 - 201 BCE: …": a year, not a number
    let year = n >= 3 && !t[..n].contains(['.', ':']);
    if n > 0
        && !year
        && t[n..].starts_with([' ', ')', ':'])
        && t.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        // "02: Supply and Demand"
        let rest = t[n..].trim_start_matches([')', ':']).trim();
        // "12 .3 Counting": a number typed with a space in it
        if rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            return strip_numbering(&rest[1..]);
        }
        // "04 – Phonology": a dash after the number
        return after_dash(rest).map_or(rest, str::trim);
    }
    t
}

/// "Chart 14: Risk Levels", "Table 2 – Glazes": the title after the
/// number of a chart, table or figure.
fn figure_rest(t: &str) -> Option<&str> {
    const FIGURES: &[&str] = &[
        "chart", "table", "figure", "fig.", "diagram", "graph", "exhibit",
    ];
    let (word, rest) = t.split_once(' ')?;
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    let tail = &rest[digits..];
    // the number is set off by ":", "." or a dash ("Table 2 Glazes" is
    // a name)
    let after = match tail.strip_prefix([':', '.']) {
        Some(a) => a.trim_start(),
        None => after_dash(tail.trim_start())?,
    };
    (FIGURES.contains(&word.to_lowercase().as_str())
        && digits > 0
        && after.starts_with(char::is_uppercase))
    .then_some(after)
}

/// The text after a dash that opens it ("– Phonology").
fn after_dash(s: &str) -> Option<&str> {
    ["– ", "— ", "- "].iter().find_map(|d| s.strip_prefix(d))
}

/// A heading as its cards show it: no section number, no emphasis aside,
/// clean text.
pub fn heading_text(text: &str) -> String {
    super::clean::clean_text(without_emphasis(strip_numbering(text)))
}

/// A heading without its trailing emphasis aside ("Step Types (Must
/// Know)" → "Step Types", "(Exam loves this)", "(Important!)"): it says
/// how much a section matters, not what it is about.
pub fn without_emphasis(text: &str) -> &str {
    const EMPHASIS: &[&str] = &[
        "important",
        "must know",
        "must-know",
        "exam",
        "critical",
        "remember",
        "high yield",
        "high-yield",
        "key",
        "essential",
    ];
    let t = text.trim();
    let Some(open) = t.strip_suffix(')').and_then(|b| b.rfind('(')) else {
        return t;
    };
    let aside = t[open + 1..t.len() - 1].to_lowercase();
    let short = aside.split_whitespace().count() <= 4;
    let emphatic = aside.contains('!') || EMPHASIS.iter().any(|e| aside.contains(e));
    let before = t[..open].trim_end();
    match short && emphatic && !before.is_empty() {
        true => before,
        false => t,
    }
}

/// The text after a leading keycap emoji ("1️⃣ Compute" → "Compute").
fn keycap_rest(t: &str) -> Option<&str> {
    let head: Vec<char> = t.chars().take(3).collect();
    let n = super::clean::keycap_len(&head)?;
    let bytes: usize = head[..n].iter().map(|c| c.len_utf8()).sum();
    Some(t[bytes..].trim())
}

/// Joins wrapped prose lines; a line that ends without punctuation and does
/// not dangle ends its sentence (flattened headings, labels). Returns the
/// text and where each line starts in it.
pub fn join_prose(prose: &[&Line]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut line_of: Vec<(usize, usize)> = Vec::new();
    // "the clay dries" / "the kiln is loaded": one statement a line
    let texts: Vec<&str> = prose.iter().map(|l| l.text.as_str()).collect();
    let apart = super::doc::one_per_line(&texts);
    for (k, l) in prose.iter().enumerate() {
        let mut t = super::clean::clean_text(&l.text);
        if t.is_empty() {
            continue;
        }
        if apart {
            t = super::text::capitalise(&t);
        }
        line_of.push((text.len(), l.line));
        text.push_str(&t);
        let last = k + 1 == prose.len();
        if !last && !t.ends_with(['.', '!', '?', ';', ':']) && !dangles(&t) {
            let next_upper = prose[k + 1]
                .text
                .trim()
                .starts_with(|c: char| c.is_uppercase());
            if next_upper || apart {
                text.push('.');
            }
        }
        text.push(' ');
    }
    (text, line_of)
}

/// The line a sentence of `join_prose`'s text starts on. Sentences are
/// slices of the text, found in order from `offset`, which moves past
/// each one found.
pub fn line_of_sentence(
    text: &str,
    sentence: &str,
    offset: &mut usize,
    line_of: &[(usize, usize)],
) -> usize {
    let at = text
        .get(*offset..)
        .and_then(|t| t.find(sentence))
        .map_or(*offset, |p| *offset + p);
    if text.get(at..).is_some_and(|t| t.starts_with(sentence)) {
        *offset = at + sentence.len();
    }
    line_of
        .iter()
        .rev()
        .find(|(o, _)| *o <= at)
        .map_or(0, |(_, l)| *l)
}

/// A line that opens or closes a fenced code block (```` ``` ````, `~~~`).
pub fn fence(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("```") || t.starts_with("~~~")
}

/// "##Overview" with no space after its marks is a heading all the same;
/// "1. ###Transport" is an item's label, its marks dropped. A line in a
/// fenced block, and "#tag" (one mark), stay as they are.
pub fn spaced_hashes(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.lines().any(|l| bare_hashes(l).is_some()) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut fenced = false;
    for line in text.split_inclusive('\n') {
        let body = line.trim_start();
        if fence(body) {
            fenced = !fenced;
        }
        match bare_hashes(line).filter(|_| !fenced) {
            Some((before, marks, rest)) if before.trim().is_empty() => {
                out.push_str(&format!("{before}{marks} {rest}"))
            }
            Some((before, _, rest)) => out.push_str(&format!("{before}{rest}")),
            None => out.push_str(line),
        }
    }
    out.into()
}

/// A line's "##" (two to six marks) written right against a word: what
/// stands before the marks (indent, an item's marker), the marks, and the
/// rest.
fn bare_hashes(line: &str) -> Option<(&str, &str, &str)> {
    let body = line.trim_start();
    let indent = line.len() - body.len();
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let marker = match body.as_bytes() {
        [b'-' | b'*' | b'+', b' ', ..] => 2,
        _ if digits > 0 && body[digits..].starts_with(['.', ')']) => digits + 1,
        _ => 0,
    };
    let after = body[marker..].trim_start();
    let start = line.len() - after.len();
    let marks = after.bytes().take_while(|b| *b == b'#').count();
    let word = after[marks..].starts_with(|c: char| c.is_alphabetic());
    ((2..=6).contains(&marks) && word && indent < 4)
        .then(|| (&line[..start], &after[..marks], &after[marks..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numbers_of_items_in_order_are_dropped() {
        let item = |t: &str| Item {
            lines: vec![Line::new(t, 1)],
            ..Item::default()
        };
        let mut items = vec![
            item("I. Fire the kiln"),
            item("II. Cool it"),
            item("III. Open it"),
        ];
        strip_roman_numbers(&mut items);
        let texts: Vec<String> = items.iter().map(Item::text).collect();
        assert_eq!(texts, ["Fire the kiln", "Cool it", "Open it"]);
        // out of order, or a single item: left as written
        let mut items = vec![item("I. Fire the kiln"), item("III. Open it")];
        strip_roman_numbers(&mut items);
        assert_eq!(items[0].text(), "I. Fire the kiln");
    }

    #[test]
    fn headings_lose_their_emphasis_asides() {
        assert_eq!(heading_text("Glaze Types (Must Know)"), "Glaze Types");
        assert_eq!(heading_text("2. Kilns (Important!)"), "Kilns");
        assert_eq!(heading_text("Cones (Exam loves this)"), "Cones");
        // an aside that says what the section holds stays
        assert_eq!(heading_text("Clays (Preferred)"), "Clays (Preferred)");
        assert_eq!(heading_text("(Important)"), "(Important)");
        assert_eq!(heading_text("04 – Glazes"), "Glazes");
    }

    #[test]
    fn recognises_line_kinds() {
        assert!(heading_like("Physical Infrastructure"));
        assert!(heading_like(
            "Infrastructure as a Service (IaaS): Amazon EC2"
        ));
        assert!(!heading_like("AWS is responsible for"));
        assert!(!heading_like("This is a sentence."));
        assert!(!heading_like("Your duties include:"));
        assert_eq!(bullet("  • Two-factor access"), Some("Two-factor access"));
        assert_eq!(numbered("2. Shared Controls"), Some((2, "Shared Controls")));
        assert_eq!(
            strip_numbering("3\u{FE0F}\u{20E3} Harbour fees"),
            "Harbour fees"
        );
        assert_eq!(strip_numbering("4\u{20E3} Tolls"), "Tolls");
        assert_eq!(strip_numbering("1.7 The Model"), "The Model");
        assert_eq!(strip_numbering("12 .3 Kiln Loads"), "Kiln Loads");
        assert_eq!(strip_numbering("3:17:1 Kiln Trials"), "Kiln Trials");
        assert_eq!(strip_numbering("A. Kiln Repairs"), "Kiln Repairs");
        assert_eq!(strip_numbering("B. H. Leach"), "B. H. Leach");
        assert_eq!(strip_numbering("Chart 14: Risk Levels"), "Risk Levels");
        assert_eq!(strip_numbering("Table 2 – Glaze Faults"), "Glaze Faults");
        assert_eq!(strip_numbering("Table 2 Glazes"), "Table 2 Glazes");
        assert_eq!(strip_numbering("Chart of Cones"), "Chart of Cones");
        assert_eq!(strip_numbering("B) Shelf Wash"), "Shelf Wash");
        assert_eq!(strip_numbering("A guide to kilns"), "A guide to kilns");
        // a year or a span of years is no section number
        assert_eq!(
            strip_numbering("218 - 201 BCE: Second War"),
            "218 - 201 BCE: Second War"
        );
        assert_eq!(strip_numbering("1914 Outbreak"), "1914 Outbreak");
        assert_eq!(strip_numbering("04 – Phonology"), "Phonology");
        assert!(is_junk("Last updated: May 2025"));
        assert!(is_junk("B"));
        assert!(dangles("AWS is responsible for"));
    }

    #[test]
    fn plain_quiz_with_answer_key() {
        let text = "Quiz\n\n1. Who patches EC2 guests?\nA) AWS\nB) The customer\n\n2. Who shreds old disks?\na. AWS\nb. The customer\nAnswer: A — it owns the hardware\n\n3. Unanswerable?\nA) x\nB) y\n\nAnswers: 1-B\n";
        let blocks = read(text, 0);
        let choices: Vec<_> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Choice {
                    question,
                    answer,
                    explanation,
                    ..
                } => Some((question.clone(), *answer, explanation.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(
            choices,
            vec![
                ("Who patches EC2 guests?".to_string(), 1, None),
                (
                    "Who shreds old disks?".to_string(),
                    0,
                    Some("it owns the hardware".to_string())
                ),
            ]
        );
        // Nothing of the unanswered question or the key is left as text.
        assert!(!blocks.iter().any(|b| matches!(b, Block::Para { lines } if lines.iter().any(|l| l.text.contains('?') || l.text.contains("Answers")))));
    }
}
