//! The native deck reader on arbitrary bytes: streamed (`deck::read`, as an
//! import reads a file) and from memory (`deck::parse`, as the bundled
//! decks are read). Either gives cards or an error; neither may panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use recall::deck::{self, Item};

fuzz_target!(|data: &[u8]| {
    let mut cards = 0usize;
    let _ = deck::read("fuzz.json", data, &mut |item| {
        if let Item::Card(card) = item {
            assert!(!card.front.trim().is_empty());
            cards += 1;
        }
        Ok(())
    });
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(d) = deck::parse("fuzz.json", text) {
            assert!(!d.name.is_empty());
            assert_eq!(d.cards.len(), cards);
        }
    }
});
