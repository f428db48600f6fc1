//! An Anki package on arbitrary bytes: the zip, its collection and what is
//! read from it. A package is read from a file, so each input is written
//! to one first.

#![no_main]

use std::io::Write;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut file = tempfile::Builder::new()
        .suffix(".apkg")
        .tempfile()
        .expect("a temporary file");
    file.write_all(data).expect("written");
    for with_schedule in [false, true] {
        let _ = recall::anki::import(file.path(), with_schedule, 4);
    }
});
