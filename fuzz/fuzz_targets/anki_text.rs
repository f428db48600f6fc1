//! Anki's text format on arbitrary text: the file as a `.tsv` and as a
//! `.csv`, the sniffing of a `.txt`, and an HTML field on its own.

#![no_main]

use libfuzzer_sys::fuzz_target;
use recall::deck::anki_text;

fuzz_target!(|text: &str| {
    let _ = anki_text::sniff(text);
    for separator in [b'\t', b','] {
        if let Ok(decks) = anki_text::parse("fuzz.tsv", text, separator, "fuzz") {
            assert!(!decks.is_empty());
        }
    }
    let _ = anki_text::html_to_text(text);
});
