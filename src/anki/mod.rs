//! Anki's own formats: `.apkg` and `.colpkg` packages read and written, and
//! the tab-separated text export with Anki's header lines.

pub mod guid;
