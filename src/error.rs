//! The one error type of recall, and the exit code each kind of failure maps to.

use std::fmt;

/// Exit code for bad input data (sysexits `EX_DATAERR`).
pub const EXIT_DATA: i32 = 65;
/// Exit code for an I/O or database failure (sysexits `EX_IOERR`).
pub const EXIT_IO: i32 = 74;
/// Exit code for a usage error, as clap uses it.
pub const EXIT_USAGE: i32 = 2;

/// Everything that can go wrong in recall. Each message is a full sentence that
/// names the file (and line, column or card) and says what to do.
#[derive(Debug)]
pub enum Error {
    /// The input data is wrong: a deck, a note file, a grade.
    Input(String),
    /// A file or the collection could not be read or written.
    Io(String),
    /// The command line was understood by clap but does not make sense.
    Usage(String),
    /// Anything else.
    Other(String),
    /// Standard output was closed (`recall cards | head`): stop quietly.
    BrokenPipe,
}

impl Error {
    pub fn input(msg: impl Into<String>) -> Self {
        Error::Input(msg.into())
    }
    pub fn io(msg: impl Into<String>) -> Self {
        Error::Io(msg.into())
    }
    pub fn usage(msg: impl Into<String>) -> Self {
        Error::Usage(msg.into())
    }

    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Input(_) => EXIT_DATA,
            Error::Io(_) => EXIT_IO,
            Error::Usage(_) => EXIT_USAGE,
            Error::Other(_) => 1,
            Error::BrokenPipe => 0,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Input(m) | Error::Io(m) | Error::Usage(m) | Error::Other(m) => f.write_str(m),
            Error::BrokenPipe => f.write_str("standard output was closed"),
        }
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Io(format!(
            "the collection database failed: {e}. Check that the file is a recall collection and that the disk is writable"
        ))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
