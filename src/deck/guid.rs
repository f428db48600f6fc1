//! Anki note guids for recall's cards, and recall card keys for Anki's
//! guids: the identity that lets either side update a note it has seen
//! instead of adding it again.
//!
//! A card imported from Anki keeps its note's guid as its key (with a
//! suffix for the note's other cards, see [`card_key`]) and names the guid
//! in its source; exported, it gets that guid back. Any other card gets a
//! guid made from its deck and key, `recall:<crc32 of the deck>:<key>`,
//! from which an import takes the key back.

/// The prefix of the guids recall makes.
const PREFIX: &str = "recall:";

/// How a card's source names the Anki note it came from.
const NOTE: &str = "Anki note ";

/// The recall key a note guid stands for: the key inside a guid recall
/// made, else the guid itself.
pub fn key_of(guid: &str) -> &str {
    made_key(guid).unwrap_or(guid)
}

/// The key inside a guid recall made, if it is one.
fn made_key(guid: &str) -> Option<&str> {
    let rest = guid.strip_prefix(PREFIX)?;
    let (hash, key) = rest.split_once(':')?;
    let hex = hash.len() == 8 && hash.bytes().all(|b| b.is_ascii_hexdigit());
    (hex && !key.is_empty()).then_some(key)
}

/// The source of a card read at `place` (empty for a package, whose
/// file name may change from one export to the next) from the note with
/// `guid`: the place, naming the note when the guid is Anki's own.
pub fn source_of(place: &str, guid: &str) -> Option<String> {
    match (made_key(guid).is_some(), place.is_empty()) {
        (true, true) => None,
        (true, false) => Some(place.to_string()),
        (false, true) => Some(format!("{NOTE}{guid}")),
        (false, false) => Some(format!("{place} › {NOTE}{guid}")),
    }
}

/// The Anki guid a card's source names, if any.
fn named_guid(source: &str) -> Option<&str> {
    source
        .strip_prefix(NOTE)
        .or_else(|| source.rsplit_once(" › Anki note ").map(|(_, g)| g))
}

/// The key of card `suffix` of the note whose first card has key `base`:
/// `base` itself for the first card (Basic, the first direction, cloze 1),
/// `base:reverse` for the reverse direction, `base:c2`… for cloze 2 on.
pub fn card_key(base: &str, suffix: Option<&str>) -> String {
    match suffix {
        Some(s) => format!("{base}:{s}"),
        None => base.to_string(),
    }
}

/// The guid of the note whose first card is the card with key `base` in
/// `deck`, whose source is `source`.
pub fn guid_for(deck: &str, base: &str, source: Option<&str>) -> String {
    let kept = source.and_then(named_guid).filter(|guid| *guid == base);
    match kept {
        Some(guid) => guid.to_string(),
        None => format!("{PREFIX}{:08x}:{base}", crc32fast::hash(deck.as_bytes())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_guids_give_their_key_back() {
        let guid = guid_for("Languages::French", "bonjour:x", None);
        assert!(
            guid.starts_with("recall:") && guid.ends_with(":bonjour:x"),
            "{guid}"
        );
        assert_eq!(key_of(&guid), "bonjour:x");
        assert_ne!(guid, guid_for("Languages", "bonjour:x", None));
        assert_eq!(
            source_of("f.tsv › line 2", &guid).as_deref(),
            Some("f.tsv › line 2")
        );
        assert_eq!(source_of("", &guid), None);
    }

    #[test]
    fn anki_guids_are_kept() {
        assert_eq!(key_of("wKLX!|?DVF"), "wKLX!|?DVF");
        assert_eq!(key_of("recall:nothex00:k"), "recall:nothex00:k");
        let source = source_of("c.txt › line 3", "wKLX!|?DVF").unwrap();
        assert_eq!(source, "c.txt › line 3 › Anki note wKLX!|?DVF");
        assert_eq!(guid_for("D", "wKLX!|?DVF", Some(&source)), "wKLX!|?DVF");
        let source = source_of("", "wKLX!|?DVF").unwrap();
        assert_eq!(source, "Anki note wKLX!|?DVF");
        assert_eq!(guid_for("D", "wKLX!|?DVF", Some(&source)), "wKLX!|?DVF");
        // a card whose key is not the note's guid gets a guid of its own
        assert!(guid_for("D", "other", Some(&source)).starts_with("recall:"));
        assert_eq!(card_key("g", Some("c2")), "g:c2");
        assert_eq!(card_key("g", None), "g");
    }
}
