//! The marks of wiki-style notes (Obsidian, Foam, Logseq): a link to
//! another note, `[[Kiln Wash]]` or `[[kiln-wash|Kiln Wash]]`, reads as
//! its text; an embedded file, `![[kiln.png]]`, and a block's id at the
//! end of a line, `^firing-notes`, are no part of the notes' text.

/// A line without its wiki marks.
pub fn plain(line: &str) -> String {
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
    use super::plain;

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
}
