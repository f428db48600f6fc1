//! Single keys from a terminal, through crossterm's raw mode, and the
//! promise that the terminal is given back as it was: on quitting, on an
//! error (the guard's `Drop`), on a panic (a hook) and on a signal
//! (`terminal::leave_on_interrupt` calls [`restore`]).

use std::sync::Once;
use std::time::Duration;

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::terminal;

use crate::error::{Error, Result};

/// A key the session understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A printable character, lower-cased.
    Char(char),
    Enter,
    Space,
    /// Ctrl-C or Ctrl-D: leave.
    Leave,
    /// Anything else (arrows, function keys, a resize).
    Other,
}

/// The terminal in raw mode while this lives.
pub struct Keys {
    _private: (),
}

impl Keys {
    /// Puts the terminal in raw mode (one key at a time, no echo).
    pub fn open() -> Result<Keys> {
        restore_on_panic();
        terminal::enable_raw_mode().map_err(key_error)?;
        Ok(Keys { _private: () })
    }

    /// Waits for the next key. A terminal that has gone away (closed
    /// without a hang-up signal) reads as a key to leave: crossterm then
    /// never returns from a read, so it is asked in rounds, and the
    /// terminal is looked at between them.
    pub fn read(&mut self) -> Result<Key> {
        loop {
            if let Some(key) = self.poll(Duration::from_millis(500))? {
                return Ok(key);
            }
            if terminal::size().is_err() {
                return Ok(Key::Leave);
            }
        }
    }

    /// The next key if one comes within `wait`.
    pub fn poll(&mut self, wait: Duration) -> Result<Option<Key>> {
        while event::poll(wait).map_err(key_error)? {
            if let Some(key) = decode(event::read().map_err(key_error)?) {
                return Ok(Some(key));
            }
        }
        Ok(None)
    }
}

impl Drop for Keys {
    fn drop(&mut self) {
        restore();
    }
}

/// Gives the terminal back its usual mode; harmless when it is not raw.
pub fn restore() {
    let _ = terminal::disable_raw_mode();
}

/// The terminal's width in columns, when it says.
pub fn width() -> Option<usize> {
    terminal::size()
        .ok()
        .map(|(w, _)| usize::from(w))
        .filter(|&w| w > 0)
}

/// A panic restores the terminal before its message is printed.
fn restore_on_panic() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}

fn key_error(e: std::io::Error) -> Error {
    Error::read(std::path::Path::new("the terminal"), e)
}

fn decode(event: Event) -> Option<Key> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release => Some(key(k)),
        Event::Key(_) => None,
        _ => Some(Key::Other),
    }
}

fn key(k: KeyEvent) -> Key {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    match k.code {
        KeyCode::Char('c' | 'd') if ctrl => Key::Leave,
        KeyCode::Char(_) if ctrl => Key::Other,
        KeyCode::Char(' ') => Key::Space,
        KeyCode::Char(c) => Key::Char(c.to_ascii_lowercase()),
        KeyCode::Enter => Key::Enter,
        _ => Key::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Option<Key> {
        decode(Event::Key(KeyEvent::new(code, modifiers)))
    }

    #[test]
    fn keys_decode_to_what_the_session_needs() {
        let none = KeyModifiers::NONE;
        assert_eq!(press(KeyCode::Char('4'), none), Some(Key::Char('4')));
        assert_eq!(
            press(KeyCode::Char('Q'), KeyModifiers::SHIFT),
            Some(Key::Char('q'))
        );
        assert_eq!(press(KeyCode::Char(' '), none), Some(Key::Space));
        assert_eq!(press(KeyCode::Enter, none), Some(Key::Enter));
        assert_eq!(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Key::Leave)
        );
        assert_eq!(
            press(KeyCode::Char('d'), KeyModifiers::CONTROL),
            Some(Key::Leave)
        );
        assert_eq!(
            press(KeyCode::Char('z'), KeyModifiers::CONTROL),
            Some(Key::Other)
        );
        assert_eq!(press(KeyCode::Up, none), Some(Key::Other));
        let mut release = KeyEvent::new(KeyCode::Char('4'), none);
        release.kind = KeyEventKind::Release;
        assert_eq!(decode(Event::Key(release)), None);
    }
}
