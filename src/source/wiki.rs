//! The marks of wiki-style notes (Obsidian, Foam, Logseq): a link to
//! another note, `[[Kiln Wash]]` or `[[kiln-wash|Kiln Wash]]`, reads as
//! its text; an embedded file, `![[kiln.png]]`, and a block's id at the
//! end of a line, `^firing-notes`, are no part of the notes' text.

/// A line without its wiki marks.
pub fn plain(line: &str) -> String {
    let owned = without_highlights(line);
    let line = owned.as_str();
    if !line.contains("[[") && !line.contains('^') {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("[[") {
        let Some(len) = rest[at + 2..].find("]]") else {
            break;
        };
        let inner = &rest[at + 2..at + 2 + len];
        let embed = rest[..at].ends_with('!');
        let before = match embed {
            true => &rest[..at - 1],
            false => &rest[..at],
        };
        out.push_str(before);
        if !embed {
            out.push_str(link_text(inner));
        }
        rest = &rest[at + 2 + len + 2..];
    }
    out.push_str(rest);
    without_block_id(&out).trim_end().to_string()
}

/// "The id :: primal drives" → "The id: primal drives": a field written
/// the wiki way, a name and its value; "1879 :: The Dual Alliance :: DE,
/// A-H" → "1879: The Dual Alliance (DE, A-H)", the value's own aside.
pub fn inline_fields(line: &str) -> String {
    // ":: a value" or "a name ::", a part missing: the words alone
    let line = line.strip_prefix(":: ").unwrap_or(line);
    let line = line.strip_suffix(" ::").unwrap_or(line);
    let Some((name, rest)) = line.split_once(" :: ") else {
        return line.to_string();
    };
    let value = match rest.split_once(" :: ") {
        Some((value, aside)) => format!("{value} ({})", aside.replace(" :: ", "; ")),
        None => rest.to_string(),
    };
    format!("{}: {value}", name.trim_end())
}

/// "note#Heading|shown" → "shown"; "note#Heading" → "note"; "#Heading"
/// → "Heading".
fn link_text(inner: &str) -> &str {
    if let Some((_, shown)) = inner.split_once('|') {
        return shown.trim();
    }
    match inner.split_once('#') {
        Some(("", heading)) => heading.trim(),
        Some((note, _)) => note.trim(),
        None => inner.trim(),
    }
}

/// "Enzymes speed reactions ^enzyme-speed" → "Enzymes speed reactions";
/// "^enzyme-speed" alone on its line → "".
/// "Singapore adheres to ==constitutional supremacy==" → "… to
/// constitutional supremacy": the marks of a highlight, in pairs that
/// open before a word and close after one ("a == b" stays).
pub fn without_highlights(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("==") {
        let inner = &rest[at + 2..];
        let close = inner.find("==").filter(|&end| {
            let marked = &inner[..end];
            !marked.is_empty() && marked.trim() == marked
        });
        out.push_str(&rest[..at]);
        match close {
            Some(end) => {
                out.push_str(&inner[..end]);
                rest = &inner[end + 2..];
            }
            None => {
                out.push_str("==");
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    out
}

fn without_block_id(line: &str) -> &str {
    let t = line.trim_end();
    let (text, id) = t.rsplit_once(' ').unwrap_or(("", t.trim_start()));
    let block_id = id.len() > 1
        && id.starts_with('^')
        && id[1..]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
    match block_id {
        true => text,
        false => line,
    }
}

#[cfg(test)]
mod tests {
    use super::{inline_fields, plain, without_highlights};

    #[test]
    fn highlights_lose_their_marks() {
        assert_eq!(
            plain("Fire to ==cone 6== for ==stoneware=="),
            "Fire to cone 6 for stoneware"
        );
        assert_eq!(without_highlights("if a == b then"), "if a == b then");
        assert_eq!(without_highlights("a == b and c == d"), "a == b and c == d");
        assert_eq!(without_highlights("==open"), "==open");
    }

    #[test]
    fn wiki_links_read_as_their_text_and_embeds_and_ids_go() {
        assert_eq!(plain("Fire in a [[Kiln]] twice"), "Fire in a Kiln twice");
        assert_eq!(
            plain("See [[kiln-wash|Kiln Wash]] and [[Glazes#Celadon]]"),
            "See Kiln Wash and Glazes"
        );
        assert_eq!(plain("![[kiln.png]]"), "");
        assert_eq!(plain("Slow cooling ^cooling-note"), "Slow cooling");
        assert_eq!(plain("^cooling-note"), "");
        // a power or an open bracket is left as it is
        assert_eq!(plain("x^2 and [[open"), "x^2 and [[open");
        assert_eq!(plain("Cone 6 ^ Cone 10"), "Cone 6 ^ Cone 10");
    }

    #[test]
    fn a_wiki_field_is_a_name_and_its_value() {
        assert_eq!(
            inline_fields("The id :: primal drives"),
            "The id: primal drives"
        );
        assert_eq!(
            inline_fields("1879 :: The Dual Alliance :: DE, A-H"),
            "1879: The Dual Alliance (DE, A-H)"
        );
        assert_eq!(inline_fields("std::vec and a::b"), "std::vec and a::b");
        assert_eq!(inline_fields(":: no name here"), "no name here");
        assert_eq!(inline_fields("Glost ::"), "Glost");
    }
}
