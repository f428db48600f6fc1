//! Study notes on arbitrary text, as Markdown (`.md`) and as plain text
//! (`.txt`): a deck or an error, never a panic or a stack overflow.

#![no_main]

use libfuzzer_sys::fuzz_target;
use recall::source::{self, SourceFile};

fuzz_target!(|text: &str| {
    for name in ["fuzz.md", "fuzz.txt"] {
        let file = SourceFile {
            name: name.to_string(),
            text: text.to_string(),
        };
        let _ = source::generate(&[file], None);
    }
});
