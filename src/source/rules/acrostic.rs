//! A mnemonic spelt by the bold first letters of its items ("**S**lake
//! the scraps", "**W**edge the clay", …): the card asks what the word
//! the letters make stands for.

use super::super::doc::Item;
use super::Rules;

impl Rules<'_> {
    /// "**S**lake", "**W**edge", "**T**hrow" → "what does the mnemonic
    /// “SWT” stand for?"; false when the items spell nothing. A card made
    /// just before of the word alone ("Remember "[...]" for …") goes: this
    /// one says what the word means.
    pub(super) fn acrostic(&mut self, items: &[Item]) -> bool {
        let letters: Option<String> = items.iter().map(initial).collect();
        let Some(word) = letters.filter(|w| w.chars().count() >= 3) else {
            return false;
        };
        let first = items[0].line;
        self.out.retain(|d| {
            let just_before = d.line < first && d.line + 3 >= first;
            !(just_before && d.back.as_deref() == Some(word.as_str()))
        });
        let meaning: Vec<String> = items.iter().map(|it| it.text()).collect();
        let q = format!("what does the mnemonic “{word}” stand for?");
        let ctx = self.context(None);
        self.card(ctx.as_deref(), &q, &meaning.join("; "), None, first);
        true
    }
}

/// The bold capital an item starts its first word with ("**S**pontaneous
/// …" → 'S').
fn initial(it: &Item) -> Option<char> {
    let line = it.lines.first()?;
    let mut bold = line.bold.as_deref()?.chars();
    let c = bold.next().filter(char::is_ascii_uppercase)?;
    let text = line.text.trim_start();
    let word_goes_on = text
        .strip_prefix(c)
        .is_some_and(|rest| rest.starts_with(char::is_alphabetic));
    (bold.next().is_none() && word_goes_on).then_some(c)
}
