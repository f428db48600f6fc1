//! Text clean-up for generated cards: mojibake repair, emoji and arrow
//! removal, Markdown leftovers, whitespace, and the keys used for ids and
//! de-duplication.

use super::vocab::{POINTERS, SLUG_STOP};

/// Repairs UTF-8 text that was once decoded as Windows-1252 (or its Turkish
/// sibling, Windows-1254, which turns emoji into `ğŸ‘‰`) and saved again:
/// `â€™` → `’`, `â€”` → `—`, `ğŸ‘‰` → `👉`. Bytes those code pages cannot
/// show were usually dropped on the way; a sequence missing one byte is
/// completed when exactly that makes it a plausible character. Text without
/// mojibake comes back unchanged; doubly broken text is repaired twice.
pub fn repair_mojibake(text: &str) -> String {
    let mut out = text.to_string();
    for _ in 0..3 {
        let next = repair_once(&out);
        if next == out {
            break;
        }
        out = next;
    }
    out
}

/// Text copied from a PDF keeps its typeset ligatures: "ﬁght", "suﬃcient"
/// are written out as "fight", "sufficient", so that they read, match
/// and are typed as the learner would.
pub fn without_ligatures(text: &str) -> String {
    const LIGATURES: &[(char, &str)] = &[
        ('ﬀ', "ff"),
        ('ﬁ', "fi"),
        ('ﬂ', "fl"),
        ('ﬃ', "ffi"),
        ('ﬄ', "ffl"),
        ('ﬅ', "st"),
        ('ﬆ', "st"),
    ];
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match LIGATURES.iter().find(|(l, _)| *l == c) {
            Some((_, letters)) => out.push_str(letters),
            None => out.push(c),
        }
    }
    out
}

fn repair_once(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some((c, used)) = decode_at(&chars[i..]) {
            out.push(c);
            i += used;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Bytes that Windows-1252 or Windows-1254 leave undefined: the ones most
/// likely lost, most common first (0x9D ends `”` and starts `❌`).
const LOST_BYTES: [u8; 7] = [0x9D, 0x9E, 0x8F, 0x8D, 0x81, 0x90, 0x8E];

/// Tries to read one mis-decoded UTF-8 character at the start of `chars`.
/// Returns the character and how many chars it consumed.
fn decode_at(chars: &[char]) -> Option<(char, usize)> {
    let lead = cp_byte(chars[0])?;
    let need = match lead {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut bytes = vec![lead];
    let mut used = 1;
    while bytes.len() <= need {
        match chars.get(used).copied().and_then(cp_byte) {
            Some(b @ 0x80..=0xBF) => {
                bytes.push(b);
                used += 1;
            }
            _ => break,
        }
    }
    if bytes.len() == need + 1 {
        let c = std::str::from_utf8(&bytes).ok()?.chars().next()?;
        // A two-byte decode must land in Latin (`Ã©` → `é`); anything else is
        // more likely real text such as `ß“`.
        let plausible = match need {
            1 => ('\u{80}'..='\u{2FF}').contains(&c),
            _ => true,
        };
        return plausible.then_some((c, used));
    }
    // One byte missing: try the lost bytes at each position, keep the most
    // plausible result.
    if need >= 2 && bytes.len() == need {
        let mut best: Option<(u8, char)> = None;
        for (rank_byte, &lost) in LOST_BYTES.iter().enumerate() {
            for pos in 1..=bytes.len() {
                let mut b = bytes.clone();
                b.insert(pos, lost);
                let Some(c) = std::str::from_utf8(&b).ok().and_then(|s| s.chars().next()) else {
                    continue;
                };
                let Some(rank) = gap_rank(c) else { continue };
                let score = rank * 16 + rank_byte as u8;
                if best.is_none_or(|(s, _)| score < s) {
                    best = Some((score, c));
                }
            }
        }
        return best.map(|(_, c)| (c, used));
    }
    None
}

/// How plausible a character is as the repair of a damaged sequence: common
/// punctuation first, then emoji and dingbats, then variation selectors and
/// other symbols.
fn gap_rank(c: char) -> Option<u8> {
    match c {
        '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{203A}' => Some(0),
        '➡' | '❌' | '❗' | '❓' | '❤' | '✔' | '✅' | '✨' | '❎' | '✖' => Some(0),
        '\u{2700}'..='\u{27BF}' | '\u{1F000}'..='\u{1FAFF}' => Some(1),
        '\u{FE00}'..='\u{FE0F}' => Some(2),
        '\u{2190}'..='\u{2BFF}' => Some(3),
        _ => None,
    }
}

/// The byte a character stands for in Windows-1252, its Turkish sibling
/// Windows-1254 (which turns emoji into `ğŸ‘‰`), or Latin-1 (the code
/// points those code pages leave undefined).
fn cp_byte(c: char) -> Option<u8> {
    if c.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 4];
    let s: &str = c.encode_utf8(&mut buf);
    for enc in [encoding_rs::WINDOWS_1252, encoding_rs::WINDOWS_1254] {
        let (bytes, _, unmappable) = enc.encode(s);
        if !unmappable && bytes.len() == 1 {
            return Some(bytes[0]);
        }
    }
    u8::try_from(u32::from(c)).ok()
}

/// Emoji, pictographs and the invisible characters that glue them together.
pub fn is_emoji(c: char) -> bool {
    matches!(c,
        // not the floor and ceiling brackets ⌈ ⌉ ⌊ ⌋ of maths
        '\u{2300}'..='\u{2307}'
        | '\u{230C}'..='\u{23FF}'
        | '\u{25A0}'..='\u{25FF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{1F000}'..='\u{1FAFF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{200D}'
        | '\u{20E3}'
        | '\u{E0020}'..='\u{E007F}')
}

/// Where the first arrow of `s` is and how many bytes it takes: an arrow
/// character (`→`, `⇒`, `➜` …), else `->` or `=>`.
pub fn find_arrow(s: &str) -> Option<(usize, usize)> {
    s.char_indices()
        .find(|(_, c)| is_arrow(*c))
        .map(|(k, c)| (k, c.len_utf8()))
        .or_else(|| ["->", "=>"].iter().find_map(|a| s.find(a).map(|k| (k, 2))))
}

/// Arrows used as separators or pointers (`→`, `⇒`, `➜`, `➡`, `⟶`).
pub fn is_arrow(c: char) -> bool {
    // "⇌" is a reaction that runs both ways, "↑ permeability" a rise and
    // "A ↔ B" a binding: words of their own, no separators
    !['⇌', '↑', '↓', '↔', '⇑', '⇓', '⇔'].contains(&c)
        && matches!(c,
        '\u{2190}'..='\u{21FF}'
        | '\u{27F0}'..='\u{27FF}'
        | '\u{2900}'..='\u{297F}'
        | '\u{2794}'..='\u{27BF}'
        | '\u{2B05}'..='\u{2B07}'
        | '\u{1F800}'..='\u{1F8FF}')
}

/// Marks that say "wrong" or "no".
const WRONG_MARKS: &[char] = &['❌', '✗', '✘', '❎', '🚫', '⛔'];

/// Markers that say "wrong" at the start of a line (before emoji are dropped).
pub fn starts_with_wrong_mark(s: &str) -> Option<&str> {
    strip_mark(
        s,
        WRONG_MARKS,
        &["myth:", "wrong:", "false:", "misconception:"],
    )
}

/// Markers that say "right" at the start of a line.
pub fn starts_with_right_mark(s: &str) -> Option<&str> {
    strip_mark(
        s,
        &['✅', '✓', '✔', '☑', '🟢'],
        &[
            "fact:",
            "right:",
            "true:",
            "correct:",
            "reality:",
            "correction:",
            "truth:",
        ],
    )
}

fn strip_mark<'a>(s: &'a str, marks: &[char], words: &[&str]) -> Option<&'a str> {
    let t = s.trim_start();
    if let Some(c) = t.chars().next() {
        if marks.contains(&c) {
            return Some(
                t[c.len_utf8()..].trim_start_matches(|c: char| is_emoji(c) || c.is_whitespace()),
            );
        }
    }
    let lower = t.to_ascii_lowercase();
    for w in words {
        if lower.starts_with(w) && t.is_char_boundary(w.len()) {
            return Some(t[w.len()..].trim_start());
        }
    }
    None
}

/// Whether a line starts with an arrow or pointing emoji (an answer marker in
/// "Question?\n➡️ Answer" notes).
pub fn starts_with_pointer(s: &str) -> Option<&str> {
    let t = s.trim_start();
    let c = t.chars().next()?;
    if is_arrow(c) || matches!(c, '👉' | '➡' | '☞' | '⇨') {
        return Some(
            t[c.len_utf8()..].trim_start_matches(|c: char| is_emoji(c) || c.is_whitespace()),
        );
    }
    for a in POINTERS {
        if let Some(rest) = t.strip_prefix(a) {
            return Some(rest.trim_start());
        }
    }
    None
}

/// How many chars a keycap emoji takes at the start of `chars` ("1", an
/// optional variation selector, U+20E3), if one starts there.
pub fn keycap_len(chars: &[char]) -> Option<usize> {
    let first = chars.first()?;
    if !first.is_ascii_digit() && !['#', '*'].contains(first) {
        return None;
    }
    match chars.get(1..3) {
        Some(['\u{FE0F}', '\u{20E3}']) => Some(3),
        _ => (chars.get(1) == Some(&'\u{20E3}')).then_some(2),
    }
}

/// Card text as shown to the learner: no emoji, arrows only as separators,
/// no Markdown markers, no control characters, single spaces.
/// "Genoese navigator (p. 84)" → "Genoese navigator": a page of the
/// course book in brackets tells where the note came from, not what is
/// so.
pub fn without_page_refs(s: &str) -> String {
    let mut out = s.to_string();
    while let Some((start, end)) = page_ref(&out) {
        let start = if out[..start].ends_with(' ') {
            start - 1
        } else {
            start
        };
        out.replace_range(start..end, "");
    }
    out
}

/// Where "(p. 84)", "(pp. 12–14)" or "(page 3)" stands in `s`.
fn page_ref(s: &str) -> Option<(usize, usize)> {
    s.match_indices('(').find_map(|(at, _)| {
        let rest = &s[at + 1..];
        let close = rest.find(')')?;
        let inner = rest[..close].trim().to_lowercase();
        let number = ["pp.", "p.", "pages", "page"]
            .iter()
            .find_map(|l| inner.strip_prefix(l))?
            .trim();
        let figures = !number.is_empty()
            && number
                .chars()
                .all(|c| c.is_ascii_digit() || "–-, ".contains(c))
            && number.starts_with(|c: char| c.is_ascii_digit());
        figures.then_some((at, at + 1 + close + 1))
    })
}

pub fn clean_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    // a reaction's arrows stay arrows, and so do a chain's
    let reacts = keeps_arrows(s);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let ascii_arrow = matches!((c, chars.get(i + 1)), ('-' | '=', Some('>')))
            && (i == 0 || chars[i - 1] == ' ' || chars[i - 1] == '-');
        if is_arrow(c) || ascii_arrow {
            i = arrow_as_dash(&mut out, &chars, i, (ascii_arrow, reacts));
            continue;
        }
        if is_emoji(c) {
            // "…, ❌ API keys, …": a cross inside a list of features
            // denies the next one.
            if crossed_out(&out, &chars[i..]) {
                out.push_str(" no");
            }
            i += 1;
            continue;
        }
        // "1️⃣": a keycap is a numbering emoji, its digit with it
        if let Some(n) = keycap_len(&chars[i..]) {
            i += n;
            continue;
        }
        if c.is_control()
            || matches!(
                c,
                '\u{200B}' | '\u{200C}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
            )
        {
            out.push(' ');
            i += 1;
            continue;
        }
        if c == '_' && chars.get(i + 1) == Some(&'_') {
            // "__init__", "__code__.co_freevars": a name, not emphasis.
            let word: String = chars[i..]
                .iter()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '_' | '.'))
                .collect();
            let inner = word.trim_end_matches('.').trim_matches('_');
            if word.len() > 4
                && word.contains("__")
                && word[2..].contains("__")
                && !inner.is_empty()
            {
                out.push_str(&word);
                i += word.chars().count();
                continue;
            }
        }
        if matches!(c, '*' | '_') && chars.get(i + 1) == Some(&c) {
            // `**bold**` or `__bold__` left over in plain text.
            i += 2;
            continue;
        }
        if c == '`' || formula_subscript(&out, chars.get(i + 1).copied(), c) {
            i += 1;
            continue;
        }
        if c == '\u{A0}' {
            out.push(' ');
        } else {
            out.push(c);
        }
        i += 1;
    }
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    tidy_spacing(&collapsed)
}

/// "CO_2", "H_2O": the mark of a subscript in a formula, left out.
fn formula_subscript(before: &str, next: Option<char>, c: char) -> bool {
    let token = before.rsplit(' ').next().unwrap_or("");
    c == '_'
        && next.is_some_and(|n| n.is_ascii_digit())
        && token.starts_with(|t: char| t.is_ascii_uppercase())
        && token.chars().all(|t| t.is_ascii_alphanumeric())
}

/// An arrow at `i` between two words reads as a dash, or stays an arrow
/// when the text `reacts` ("R–X → R⁺ + X⁻"); elsewhere it is
/// decoration. Where the text goes on after it.
fn arrow_as_dash(
    out: &mut String,
    chars: &[char],
    i: usize,
    (ascii, reacts): (bool, bool),
) -> usize {
    let before = out.trim_end();
    let rest_has_text = chars[i + 1..].iter().any(|c| c.is_alphanumeric());
    if !before.is_empty() && rest_has_text && !before.ends_with('—') {
        let after: String = chars[i + 1..].iter().collect();
        let mark = match reacts || ends_marked(before, after.trim_start_matches('>')) {
            true => " → ",
            false => " — ",
        };
        out.truncate(before.len());
        out.push_str(mark);
    }
    let mut i = i + if ascii { 2 } else { 1 };
    while i < chars.len() && chars[i] == '>' {
        i += 1;
    }
    i
}

/// "5′ → 3′", "3'->5'": an arrow between two ends of a strand or two
/// numbers says which way, so it stays an arrow.
pub fn ends_marked(before: &str, after: &str) -> bool {
    let marked = |w: &str| {
        (1..=3).contains(&w.chars().count())
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '′' | '\'' | '’'))
    };
    let last = before.split_whitespace().last().unwrap_or("");
    let next = after.split_whitespace().next().unwrap_or("");
    marked(last) && marked(next.trim_end_matches([',', '.', ';', ')']))
}

/// A reaction or a chain, whose arrows stay arrows.
pub fn keeps_arrows(s: &str) -> bool {
    // "lim_(s → 0)": the arrow of a limit
    reaction(s) || arrow_chain(s) || s.contains("lim_(")
}

/// "aristocracy → timocracy → oligarchy": three steps or more, those
/// between the ends a few words each, whose arrows give the order.
fn arrow_chain(s: &str) -> bool {
    let steps: Vec<&str> = s.split(['→', '⟶']).collect();
    let short = |p: &&str| (1..=4).contains(&p.split_whitespace().count());
    steps.len() >= 3 && steps[1..steps.len() - 1].iter().all(short)
}

/// "Nu⁻ + R–X → Nu–R + X⁻", "CO₂ + H₂O → …": a text with the charges,
/// subscripts or plus signs of a reaction, whose arrows say what
/// becomes what.
pub fn reaction(text: &str) -> bool {
    text.contains(" + ")
        || text
            .chars()
            .any(|c| matches!(c, '⁺' | '⁻' | '\u{2080}'..='\u{2089}'))
}

/// Whether a cross at the start of `rest` denies the feature after it,
/// in the middle of a list (`before` ends with a comma).
fn crossed_out(before: &str, rest: &[char]) -> bool {
    let after: String = rest[1..]
        .iter()
        .skip_while(|c| c.is_whitespace() || **c == '\u{FE0F}')
        .take_while(|c| c.is_alphanumeric() || **c == '\'')
        .collect::<String>()
        .to_lowercase();
    let denied = [
        "no", "not", "non", "never", "cannot", "can't", "don't", "doesn't",
    ];
    WRONG_MARKS.contains(&rest[0])
        && before.trim_end().ends_with([',', ';'])
        && !after.is_empty()
        && !denied.contains(&after.as_str())
}

/// Removes spaces before punctuation and inside brackets that clean-up
/// left, keeping the space before a dot that starts a name (".NET", ".zip"),
/// and drops a quote mark that has no partner.
fn tidy_spacing(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let next = chars.get(i + 1).copied();
            let after = chars.get(i + 2).copied();
            let prev = out.chars().last();
            let punct = matches!(next, Some(',' | '.' | ';' | ':' | '!' | '?' | ')'))
                && !after.is_some_and(char::is_alphanumeric);
            if punct || matches!(prev, Some('(')) {
                continue;
            }
        }
        out.push(c);
    }
    let out = balance_quotes(&out);
    let t = out.trim_matches(|c: char| c.is_whitespace() || c == '—' || c == '–');
    t.trim_start_matches(['•', '·', '▪', '◦', '‣'])
        .trim()
        .to_string()
}

/// Text whose straight double quotes do not pair up loses the odd one at
/// either end (`Allow all"` → `Allow all`); a text wholly in quotes loses
/// them (`"Block an IP"` → `Block an IP`).
fn balance_quotes(s: &str) -> String {
    let t = s.trim();
    for (open, close) in [('"', '"'), ('“', '”')] {
        if let Some(inner) = t.strip_prefix(open).and_then(|r| r.strip_suffix(close)) {
            if !inner.contains([open, close]) && !inner.is_empty() {
                return inner.trim().to_string();
            }
        }
    }
    let straight = t.matches('"').count();
    let curly_open = t.matches('“').count();
    let curly_close = t.matches('”').count();
    let mut out = t.to_string();
    if straight % 2 == 1 {
        out = strip_one(&out, '"');
    }
    if curly_open != curly_close {
        out = strip_one(&strip_one(&out, '“'), '”');
    }
    out
}

/// Removes `q` at the start or the end of `s`, if it is there.
fn strip_one(s: &str, q: char) -> String {
    if let Some(r) = s.strip_prefix(q) {
        r.trim_start().to_string()
    } else if let Some(r) = s.strip_suffix(q) {
        r.trim_end().to_string()
    } else {
        s.to_string()
    }
}

/// The key used to compare fronts: lower case, letters and digits only.
pub fn normalise(s: &str) -> String {
    let mut words = Vec::new();
    for w in s
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words.push(w.to_string());
    }
    words.join(" ")
}

/// `{: style="width:400px"}`, `{:.wide}`: a kramdown attribute list,
/// which styles the block and says nothing.
pub fn without_attributes(line: &str) -> String {
    // `{: …}`, `{:.wide}`, `{:#id}`, not a format string's `{:?}` or `{:.2}`
    let attribute = |rest: &str| {
        let mut c = rest.chars().skip(2);
        match (c.next(), c.next()) {
            (Some(' ' | '#'), _) => true,
            (Some('.'), Some(n)) => n.is_alphabetic(),
            _ => false,
        }
    };
    let mut out = line.to_string();
    let mut from = 0;
    while let Some(at) = out[from..].find("{:").map(|k| from + k) {
        let Some(len) = out[at..].find('}').filter(|_| attribute(&out[at..])) else {
            from = at + 2;
            continue;
        };
        out.replace_range(at..at + len + 1, "");
        from = at;
    }
    match out.len() == line.len() {
        true => out,
        false => out.trim_end().to_string(),
    }
}

/// "Russo - Japanese war" → "Russo-Japanese war": the first part of a
/// compound name written apart with a spaced dash, which would read as a
/// term and its meaning.
pub fn joined_compounds(line: &str) -> String {
    const FIRST_PARTS: &[&str] = &[
        "Russo", "Austro", "Anglo", "Franco", "Sino", "Greco", "Graeco", "Indo", "Afro", "Euro",
        "Italo", "Judeo", "Hispano", "Serbo", "Czecho", "Turco", "Perso",
    ];
    let mut out = line.to_string();
    for part in FIRST_PARTS {
        for dash in [" - ", " – "] {
            let apart = format!("{part}{dash}");
            let mut from = 0;
            while let Some(at) = out[from..].find(&apart).map(|k| from + k) {
                let rest = &out[at + apart.len()..];
                let whole = at == 0 || !out[..at].ends_with(char::is_alphanumeric);
                from = at + part.len();
                if whole && rest.starts_with(char::is_uppercase) {
                    out = format!("{}{part}-{rest}", &out[..at]);
                }
            }
        }
    }
    out
}

/// A lower-case ASCII slug of at most `max_words` significant words.
pub fn slug(s: &str, max_words: usize) -> String {
    let words: Vec<String> = s
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !SLUG_STOP.contains(w))
        .take(max_words)
        .map(str::to_string)
        .collect();
    words.join("-")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_page_of_the_course_book_is_no_part_of_a_fact() {
        assert_eq!(
            without_page_refs("Genoese navigator (p. 84)"),
            "Genoese navigator"
        );
        assert_eq!(
            without_page_refs("A storm (pp. 85–86) over the treaty"),
            "A storm over the treaty"
        );
        assert_eq!(without_page_refs("Cone 6 (page 3)."), "Cone 6.");
        assert_eq!(
            without_page_refs("Clay (plastic) body"),
            "Clay (plastic) body"
        );
        assert_eq!(without_page_refs("Pots (p. a)"), "Pots (p. a)");
    }

    use super::*;

    #[test]
    fn kramdown_attributes_are_no_text() {
        assert_eq!(
            super::without_attributes("![kiln](kiln.png){: style=\"width:400px\"}"),
            "![kiln](kiln.png)"
        );
        assert_eq!(super::without_attributes("{:.wide}"), "");
        assert_eq!(super::without_attributes("a {: b"), "a {: b");
        // a format string stays
        assert_eq!(
            super::without_attributes("println!(\"{:?} {:.2}\", x, y)"),
            "println!(\"{:?} {:.2}\", x, y)"
        );
    }

    #[test]
    fn compound_names_written_apart_are_joined() {
        assert_eq!(
            super::joined_compounds("- Russo - Japanese war, 1904"),
            "- Russo-Japanese war, 1904"
        );
        assert_eq!(
            super::joined_compounds("Anglo – Dutch wars and Sino - Soviet split"),
            "Anglo-Dutch wars and Sino-Soviet split"
        );
        assert_eq!(
            super::joined_compounds("Euro - a currency"),
            "Euro - a currency"
        );
        // one left apart does not stop the next
        assert_eq!(
            super::joined_compounds("Indo - european, Indo - Pacific"),
            "Indo - european, Indo-Pacific"
        );
    }

    #[test]
    fn typeset_ligatures_are_written_out() {
        assert_eq!(
            without_ligatures("the ﬁrst kiln was self-suﬃcient"),
            "the first kiln was self-sufficient"
        );
        assert_eq!(without_ligatures("plain text"), "plain text");
    }

    #[test]
    fn repairs_windows_1252_mojibake() {
        assert_eq!(
            repair_mojibake("Itâ€™s AWSâ€™s job â€” really"),
            "It’s AWS’s job — really"
        );
        assert_eq!(repair_mojibake("cafÃ©"), "café");
        assert_eq!(repair_mojibake("ğŸ‘‰ look"), "👉 look");
        assert_eq!(repair_mojibake("ğŸ“Œ pin"), "📌 pin");
        // A lost 0x9D: the closing quote and the cross mark.
        assert_eq!(repair_mojibake("â€œquotedâ€ "), "“quoted” ");
        assert_eq!(repair_mojibake("âŒ no"), "❌ no");
        assert_eq!(repair_mojibake("âœ… yes"), "✅ yes");
        assert_eq!(repair_mojibake("â†’ next"), "→ next");
    }

    #[test]
    fn leaves_real_text_alone() {
        for s in [
            "café, naïve, Straße“",
            "It’s — fine • ok © 2024",
            "“quoted”",
            "plain ascii",
        ] {
            assert_eq!(repair_mojibake(s), s);
        }
    }

    #[test]
    fn a_formula_loses_its_subscript_marks() {
        assert_eq!(
            clean_text("CO_2 and H_2O in glazes"),
            "CO2 and H2O in glazes"
        );
        assert_eq!(clean_text("my_var_2 stays"), "my_var_2 stays");
    }

    #[test]
    fn cleans_card_text() {
        assert_eq!(
            clean_text("👉 You **never**  worry\tabout ✅"),
            "You never worry about"
        );
        assert_eq!(clean_text("AWS → hardware"), "AWS — hardware");
        assert_eq!(clean_text("AWS -> hardware"), "AWS — hardware");
        assert_eq!(clean_text("R–X → R⁺ + X⁻"), "R–X → R⁺ + X⁻");
        assert_eq!(clean_text("CO₂ -> sugar"), "CO₂ → sugar");
        assert_eq!(
            clean_text("Sustained ↑ heat / ↓ draft"),
            "Sustained ↑ heat / ↓ draft"
        );
        assert_eq!(clean_text("➡️ No."), "No.");
        // a keycap numbers an item: its digit goes with it
        assert_eq!(clean_text("1\u{FE0F}\u{20E3} Stoneware"), "Stoneware");
        assert_eq!(
            clean_text("2\u{20E3} Porcelain, cone 10"),
            "Porcelain, cone 10"
        );
        assert_eq!(clean_text("a `code` ( x )"), "a code (x)");
    }

    #[test]
    fn a_cross_in_a_list_of_features_denies_one() {
        assert_eq!(
            clean_text("Gas kiln → even heat, ✅ reduction, ❌ timers, 💸 cheap"),
            "Gas kiln — even heat, reduction, no timers, cheap"
        );
        // a cross that says no already, or that opens the line, stays a mark
        assert_eq!(clean_text("Pit kiln, ❌ no glaze"), "Pit kiln, no glaze");
        assert_eq!(clean_text("❌ Glazing a pit kiln"), "Glazing a pit kiln");
    }

    #[test]
    fn slugs_and_keys() {
        assert_eq!(
            slug("By Service Type: EC2 (IaaS)", 4),
            "service-type-ec2-iaas"
        );
        assert_eq!(normalise("Who  patches the OS?"), "who patches the os");
    }
}
