//! What an Anki package's fields hold, on arbitrary input: cloze text
//! (nested gaps too) turned into cards and joined back, the protobuf
//! fields of a current package, and Anki guids as card keys.

#![no_main]

use libfuzzer_sys::fuzz_target;
use recall::anki::{cloze, proto};
use recall::deck::guid;

fuzz_target!(|data: &[u8]| {
    let _ = proto::fields(data);
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let cards = cloze::cards(text);
    let parts: Vec<(u32, &str, &str)> = cards
        .iter()
        .map(|c| (c.number, c.front.as_str(), c.back.as_str()))
        .collect();
    let _ = cloze::join(&parts);
    let _ = guid::key_of(text);
    let _ = guid::source_of("fuzz.apkg › note 1", text);
});
