//! The last way to ask a statement no other rule reads: a gap where the
//! notes mark the key words. A phrase the notes set in bold ("Setting a
//! delay on a message **overrides** the queue delay" → "Setting a delay on
//! a message [...] the queue delay." → "overrides"), else a quantity
//! ("[...] of storage" → "400 KB"), else a name in code ("using [...]" →
//! "ChangeMessageVisibility"), else a date or a name (`landmarks`).

use super::super::clean::{clean_text, normalise};
use super::super::complement::{complement_gap, told_gap};
use super::super::doc::Item;
use super::super::facts::Fact;
use super::super::plain::dangles;
use super::super::statements::statements_of;
use super::super::text::{first_word, sentences};
use super::numbers::gapped;
use super::Rules;

/// Fewest and most words in a sentence asked with a gap.
const MIN_WORDS: usize = 5;
const MAX_WORDS: usize = 35;
/// Most words in the phrase left out.
const MAX_GAP_WORDS: usize = 5;

/// First words of a sentence that does not stand alone.
pub(super) const POINTING: &[&str] = &[
    "this", "that", "it", "they", "these", "those", "he", "she", "here", "there", "its", "their",
    "them",
];

/// "Read section 4.5 of the course book and answer …", "Email your
/// answers by Saturday, October 2": what the student is told to do for
/// the course, no fact to learn.
fn coursework(sentence: &str) -> bool {
    const TASKS: &[&str] = &[
        "read", "email", "submit", "complete", "answer", "bring", "watch", "finish", "review",
        "hand", "turn", "upload", "post", "prepare",
    ];
    let first = first_word(sentence);
    let second = sentence
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .to_lowercase();
    let told = TASKS.contains(&first.as_str()) && sentence.starts_with(char::is_uppercase);
    let about = ["section", "chapter", "your", "the", "pages", "all"].contains(&second.as_str());
    told && about
}

impl Rules<'_> {
    /// A card with the key words of `sentence` as a gap: one of `strong`
    /// (its bold phrases), a quantity, one of `codes` (its code spans), or
    /// else a date or a name, unless the sentence sets up a question. A
    /// name of one word is asked only in `prose`: a list item's clipped
    /// words ("Initially, US wants to …") make poor gaps. Whether it made
    /// one.
    pub(super) fn gap_card(
        &mut self,
        sentence: &str,
        strong: &[String],
        codes: &[String],
        line: usize,
        (sets_up_question, prose): (bool, bool),
    ) -> bool {
        // ("**Next →** Let's compare …" under its label too)
        // "The principle states two things...": it leads on to them
        let trails =
            sentence.trim_end().ends_with(['…', ':']) || sentence.trim_end().ends_with("..");
        // "Rather, what they mean is …": only half of a contrast
        let half = ["rather", "instead"].contains(&first_word(sentence).as_str());
        if super::super::facts::leads_on(sentence) || coursework(sentence) || trails || half {
            return false;
        }
        let ctx = self.context(None);
        let fits = |(front, answer): (String, String)| {
            self.gap_fits(ctx.as_deref(), &front, &answer)
                .then_some((front, answer))
        };
        // "It supports … with **Streams**" under a heading: the heading
        // in front says what "it" is.
        let first = first_word(sentence);
        let named = ctx.is_some() && ["it", "they"].contains(&first.as_str());
        // Under "### Describe a bisque firing" the text is the answer of
        // the heading's question, not a figure to blank.
        let answers = self.stack.last().is_some_and(|(_, h)| {
            super::asked::heading_question(&super::heading_text(h)).is_some()
        });
        let found = marked_gap(sentence, strong, named)
            .and_then(fits)
            .or_else(|| gapped(sentence).filter(|_| !answers).and_then(fits));
        if let Some((front, answer)) = found {
            self.card_as_written(ctx.as_deref(), &front, &answer, None, line);
            return true;
        }
        let Some((front, answer)) = marked_gap(sentence, codes, named).and_then(fits) else {
            // Beside or under a question (a scenario), a sentence sets it
            // up: its names are no facts.
            let asked = sets_up_question || ctx.as_deref().is_some_and(|c| c.contains('?'));
            let Some((front, answer)) = super::landmarks::landmark_gaps(sentence, self.lex, prose)
                .into_iter()
                .filter(|_| !asked)
                .find_map(fits)
            else {
                return false;
            };
            self.card_as_written(ctx.as_deref(), &front, &answer, None, line);
            return true;
        };
        // Code is written as it is typed: "println!", not "Println!".
        self.code_card(&front, None, &answer, line);
        true
    }

    /// A list item that no rule read, asked with its key words left out.
    pub(super) fn item_gap(&mut self, item: &Item, text: &str, line: usize) -> bool {
        let (strong, codes) = marks(item);
        let asks = item.text().contains('?');
        let mut made = false;
        for s in sentences(text) {
            let written_out = whole_sentence(&s);
            made |= self.gap_card(&s, &strong, &codes, line, (asks, written_out))
                || !asks && self.complement_card(&s, line);
        }
        made
    }

    /// A plain statement with what its verb says left out
    /// (`complement_gap`), unless the front gives the answer away or the
    /// item sets up a question. Whether it made one.
    fn complement_card(&mut self, sentence: &str, line: usize) -> bool {
        if self.led {
            return false;
        }
        let ctx = self.context(None);
        // "300 pots broke in the first kiln": an event with its figure is
        // one of a set, which the list card recites
        let gap = match sentence.contains(|c: char| c.is_ascii_digit()) {
            true => complement_gap(sentence, self.lex),
            false => told_gap(sentence, self.lex),
        };
        self.complement_in(ctx, sentence, gap, line)
    }

    /// The sentences of prose that gave no card (`plain`), each asked with
    /// a complement gap; none when the heading's definition took the
    /// block (`open` is false then).
    pub(super) fn plain_statements(&mut self, open: bool) {
        let block = self.block;
        for (s, line, ctx) in std::mem::take(&mut self.plain) {
            let gap = told_gap(&s, self.lex);
            if open && self.complement_in(ctx, &s, gap, line) {
                self.unread
                    .retain(|(b, l, u, _)| (*b, *l, u) != (block, line, &s));
            }
        }
    }

    /// `complement_card` under the context `ctx`.
    fn complement_in(
        &mut self,
        ctx: Option<String>,
        sentence: &str,
        gap: Option<(String, String)>,
        line: usize,
    ) -> bool {
        if super::super::facts::leads_on(sentence) || coursework(sentence) {
            return false;
        }
        let Some((front, answer)) = gap else {
            return false;
        };
        let asked = ctx.as_deref().is_some_and(|c| c.contains('?'));
        if asked || !self.gap_fits(ctx.as_deref(), &front, &answer) {
            return false;
        }
        self.card_as_written(ctx.as_deref(), &front, &answer, None, line);
        true
    }

    /// Whether a gap's answer is worth recalling and is not given away by
    /// the front, its context or the note's subject (which leads the card
    /// when the front does not name it).
    fn gap_fits(&self, ctx: Option<&str>, front: &str, answer: &str) -> bool {
        let subject = self.subject.as_deref().unwrap_or_default();
        let shown = format!("{subject} {} {front}", ctx.unwrap_or(""));
        !given_away(&shown, answer) && teaches(answer)
    }

    /// The sentences of an item that gave no card while others did: each
    /// as a statement, else with a gap. `defined` says the first sentence
    /// went into a term's definition.
    pub(super) fn other_sentences(
        &mut self,
        read: &[(String, Vec<Fact>)],
        item: &Item,
        defined: bool,
        line: usize,
    ) {
        let (strong, codes) = marks(item);
        let asks = item.text().contains('?');
        for (s, found) in read.iter().skip(usize::from(defined)) {
            if !found.is_empty() {
                continue;
            }
            let stated = statements_of(s, self.lex);
            for f in &stated {
                self.fact_card(f, line);
            }
            if stated.is_empty() && !self.gap_card(s, &strong, &codes, line, (asks, false)) && !asks
            {
                self.complement_card(s, line);
            }
        }
    }

    /// Forgets the sentences of the block just read that a card of it
    /// shows after all (a definition named by the next sentence, a key
    /// point): only those no card holds stay unread.
    pub(super) fn settle_unread(&mut self, before: usize) {
        let block = self.block;
        if self.unread.last().is_none_or(|(b, _, _, _)| *b != block) {
            return;
        }
        let shown: Vec<String> = self.out[before..]
            .iter()
            .map(|d| normalise(&format!("{} {}", d.front, d.back.as_deref().unwrap_or(""))))
            .collect();
        self.unread.retain(|(b, _, s, _)| {
            let start: String = normalise(s)
                .split(' ')
                .take(5)
                .collect::<Vec<_>>()
                .join(" ");
            *b != block || !shown.iter().any(|t| t.contains(&start))
        });
    }
}

/// "Similar fossils of one reptile turn up on two far coasts.": an item
/// written out as a sentence of prose (a capital, ten words or more, a
/// full stop), not in clipped words, so a one-word name in it is a gap as
/// it would be in a paragraph.
fn whole_sentence(s: &str) -> bool {
    let s = s.trim();
    s.starts_with(char::is_uppercase) && s.ends_with('.') && s.split_whitespace().count() >= 10
}

/// "In this example, `x` goes on the stack": about an example the card
/// would not show.
fn about_an_example(s: &str) -> bool {
    let l = s.to_lowercase();
    [
        "in this example",
        "in the example",
        "in the above",
        "in the code above",
        "as shown",
    ]
    .iter()
    .any(|p| l.starts_with(p))
}

/// The bold phrases and code spans of an item's lines.
fn marks(item: &Item) -> (Vec<String>, Vec<String>) {
    let clean = |v: &[String]| -> Vec<String> { v.iter().map(|s| clean_text(s)).collect() };
    let strong = item.lines.iter().flat_map(|l| clean(&l.strong)).collect();
    let codes = item.lines.iter().flat_map(|l| clean(&l.code)).collect();
    (strong, codes)
}

/// The sentence with the first of `marked` that it holds as `[...]`, and
/// that phrase.
fn marked_gap(sentence: &str, marked: &[String], named: bool) -> Option<(String, String)> {
    let s = sentence.trim();
    let words = s.split_whitespace().count();
    if !(MIN_WORDS..=MAX_WORDS).contains(&words)
        || (POINTING.contains(&first_word(s).as_str()) && !named)
        || about_an_example(s)
        || s.ends_with('?')
        || s.contains(['=', '|', '→'])
        || dangles(s)
    {
        return None;
    }
    marked.iter().find_map(|m| {
        let m = m.trim().trim_end_matches(['.', ',', ':', ';']);
        let n = m.split_whitespace().count();
        let at = s.find(m)?;
        // The phrase stands as whole words, and leaves words to read.
        let before = s[..at].chars().next_back();
        let after = s[at + m.len()..].chars().next();
        let whole =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        let rest = words - n;
        // "Key point: …": a label is no fact; "(`X`, via timers)": an
        // aside is no key word.
        let label = s[at + m.len()..].starts_with(':') || inside_brackets(&s[..at]);
        (whole
            && !label
            && !one_of_several(&s[..at], &s[at + m.len()..])
            && (1..=MAX_GAP_WORDS).contains(&n)
            && rest >= 3
            && n * 2 <= words
            && has_letters(m))
        .then(|| {
            (
                full_stop(format!("{}[...]{}", &s[..at], &s[at + m.len()..])),
                m.to_string(),
            )
        })
    })
}

/// "Capitalist vs [...]", "[...], Intrarenal, Postrenal", "[...] or the
/// Materialistic Interpretation": one of a run of names, which its
/// neighbours give away or leave open.
fn one_of_several(before: &str, after: &str) -> bool {
    let before = before.to_lowercase();
    let after = after.to_lowercase();
    let paired = [" vs ", " vs. ", " versus ", " or "];
    // "[...], including …", "[...], but also …" lead on, not list
    const LEADS_ON: &[&str] = &[
        "including",
        "such",
        "which",
        "but",
        "where",
        "while",
        "so",
        "like",
        "e.g.",
        "especially",
        "or",
        "and",
    ];
    let listed_on = after.strip_prefix(", ").is_some_and(|rest| {
        let next: Vec<&str> = rest.split_whitespace().take(4).collect();
        let leads_on = next.first().is_some_and(|w| LEADS_ON.contains(w));
        !leads_on
            && (next[1..]
                .iter()
                .any(|w| w.ends_with(',') || ["and", "or"].contains(w)))
    });
    let listed_after = [", and ", ", or "].iter().any(|p| before.ends_with(p))
        || before.ends_with(", ")
            && (after.starts_with(',') || after.starts_with(" and ") || after.starts_with(" or "));
    paired
        .iter()
        .any(|p| before.ends_with(p) || after.starts_with(p))
        || listed_after
        || listed_on
}

/// Whether text that ends with `before` is inside brackets: an aside.
pub(super) fn inside_brackets(before: &str) -> bool {
    before.matches('(').count() > before.matches(')').count()
}

/// A sentence ends on its full stop, which a list item may lack.
pub(super) fn full_stop(s: String) -> String {
    // "… das Buch. (I give him the book.)" ends with its aside.
    let aside = s.strip_suffix(')').unwrap_or("");
    if s.ends_with(['.', '!', '?']) || aside.ends_with(['.', '!', '?']) {
        s
    } else {
        s + "."
    }
}

/// Whether `text` names a word of `answer` ("String: A [...] is made
/// of three parts" → "String").
fn given_away(text: &str, answer: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 4)
            .map(|w| w.trim_end_matches('s').to_string())
            .collect()
    };
    let have = words(text);
    // "2 RCUs" under "Read Capacity Units (RCUs)": the number is asked.
    let quantity = answer.chars().any(|c| c.is_ascii_digit());
    let want: Vec<String> = words(answer)
        .into_iter()
        .filter(|w| !quantity || w.chars().any(|c| c.is_ascii_digit()))
        .collect();
    // "market power" after "the market price": one word of two shown
    // leaves the other to recall, unless it is the head ("deep copies"
    // beside "the deep copy")
    let shown = want.iter().filter(|w| have.contains(w)).count();
    let head_shown = want.last().is_some_and(|w| have.contains(w));
    // "fuses with [...] to form phagolysosome" → "lysosome"
    let inside = matches!(&want[..], [w] if w.len() >= 5
        && have.iter().any(|h| h.len() >= w.len() + 3 && h.ends_with(w.as_str())));
    repeats(text, answer)
        || initials_shown(text, answer)
        || shown * 2 > want.len()
        || head_shown
        || inside
}

/// "Sets up the [...] (CIA)" → "Central Intelligence Agency": the
/// answer's initials stand in the text.
fn initials_shown(text: &str, answer: &str) -> bool {
    let initials: String = answer
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    initials.chars().count() >= 2
        && text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == initials)
}

/// Whether the text says the whole answer, however short ("[...] cones:
/// a 6% glaze fires at 6%" → "6%").
pub(super) fn repeats(front: &str, answer: &str) -> bool {
    let front = front.to_lowercase();
    let answer = answer.to_lowercase();
    front.match_indices(&answer).any(|(at, _)| {
        let before = front[..at].chars().next_back();
        let after = front[at + answer.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether a phrase is worth recalling: more than a function word
/// ("before", "not"), and no run of values cut short ("1, …, n").
fn teaches(answer: &str) -> bool {
    if answer.contains("..") || answer.contains('…') {
        return false;
    }
    const FUNCTION_WORDS: &[&str] = &[
        "before", "after", "not", "only", "never", "always", "also", "all", "none", "both", "each",
        "more", "less", "most", "least", "and", "or", "but", "with", "without", "is", "are", "can",
        "cannot", "must", "should", "no", "yes", "some", "of", "many", "few", "any", "the", "a",
    ];
    let lower = answer.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    // "*Some of* this content …": stress on words that name nothing
    let empty = words.iter().all(|w| FUNCTION_WORDS.contains(w));
    !(empty || words.len() == 1 && only_a_verb_form(&lower))
}

/// "listens", "handled", "waiting": a word that can only be a verb.
/// Notes that bold a word on every line stress their verbs, and "Server
/// [...] to client requests" asks for a word the rest of the line all
/// but gives; a name or a noun ("overrides", "deadlock") stays a gap.
fn only_a_verb_form(word: &str) -> bool {
    use super::super::verbs::{base_form, only_a_verb};
    let stems = [
        Some(base_form(word)),
        word.strip_suffix("ed").map(str::to_string),
        word.strip_suffix('d').map(str::to_string),
        word.strip_suffix("ing").map(str::to_string),
        word.strip_suffix("ing").map(|s| format!("{s}e")),
    ];
    word.chars().all(|c| c.is_ascii_lowercase())
        && stems
            .into_iter()
            .flatten()
            .any(|s| s.len() >= 3 && only_a_verb(&s))
}

fn has_letters(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphanumeric()).count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(m: &[&str]) -> Vec<String> {
        m.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_marked_phrase_becomes_the_gap() {
        assert_eq!(
            marked_gap(
                "Setting a delay on a message overrides the queue delay (Standard queues only).",
                &marks(&["overrides"]),
                false
            ),
            Some((
                "Setting a delay on a message [...] the queue delay (Standard queues only).".into(),
                "overrides".into()
            ))
        );
        assert_eq!(
            marked_gap(
                "Can be adjusted per message using ChangeMessageVisibility.",
                &marks(&["ChangeMessageVisibility"]),
                false
            ),
            Some((
                "Can be adjusted per message using [...].".into(),
                "ChangeMessageVisibility".into()
            ))
        );
    }

    #[test]
    fn an_answer_the_front_says_again_is_given_away() {
        assert!(given_away(
            "Sets the stage for [...] (KSG) and the guild hall.",
            "Kiln Safety Group"
        ));
        assert!(repeats(
            "[...] shrinkage: a 12% clay shrinks by 12% in the kiln.",
            "12%"
        ));
        assert!(!repeats(
            "[...] shrinkage: a clay shrinks by 112% in the kiln.",
            "12%"
        ));
        assert!(!repeats("A clay shrinks by [...] in the kiln.", "12%"));
        // one word of two shown leaves the other to recall, unless it is
        // the head of the answer
        assert!(!given_away(
            "A guild that sets the market rate is said to have [...].",
            "market power"
        ));
        assert!(given_away(
            "The kiln must have the [...] as the dryer, not the same read speed.",
            "same write speed"
        ));
        assert!(given_away(
            "The glaze is fired once; the kiln keeps [...] for later.",
            "spare kiln"
        ));
        // the answer is the end of a word the front shows
        assert!(given_away(
            "Soda joins [...] to form sodafeldspar.",
            "feldspar"
        ));
        assert!(!given_away(
            "Soda joins [...] to form a glassy melt.",
            "feldspar"
        ));
    }

    #[test]
    fn no_gap_in_one_of_a_run_of_names() {
        let gap = |s: &str, m: &str| marked_gap(s, &marks(&[m]), false).map(|(_, a)| a);
        assert_eq!(
            gap(
                "Stoneware, earthenware and porcelain all shrink in the kiln.",
                "Stoneware"
            ),
            None
        );
        assert_eq!(
            gap(
                "Bisque, glaze, or raku firings all need a slow start.",
                "raku"
            ),
            None
        );
        assert_eq!(
            gap(
                "The old guild set potter vs merchant in every dispute.",
                "merchant"
            ),
            None
        );
        assert_eq!(
            gap(
                "Potters call it wedging or the kneading of the clay.",
                "wedging"
            ),
            None
        );
        assert_eq!(
            gap(
                "Cone 6 is a common target, including for most studio glazes.",
                "Cone 6"
            ),
            Some("Cone 6".to_string())
        );
        assert_eq!(
            gap(
                "A slow cooling gives crystals in the glaze surface.",
                "crystals"
            ),
            Some("crystals".to_string())
        );
    }

    #[test]
    fn no_gap_in_a_part_of_a_word_a_pointing_sentence_or_the_whole() {
        assert_eq!(
            marked_gap(
                "In this example, rows go to the second server.",
                &marks(&["rows"]),
                false
            ),
            None
        );
        assert_eq!(
            marked_gap(
                "Sharding spreads rows over many servers.",
                &marks(&["row"]),
                false
            ),
            None
        );
        assert_eq!(
            marked_gap(
                "It spreads rows over many servers.",
                &marks(&["rows"]),
                false
            ),
            None
        );
        // under a heading that names what "it" is
        assert_eq!(
            marked_gap(
                "It spreads rows over many servers.",
                &marks(&["rows"]),
                true
            ),
            Some(("It spreads [...] over many servers.".into(), "rows".into()))
        );
        assert_eq!(
            marked_gap(
                "Sharding spreads rows.",
                &marks(&["Sharding spreads rows"]),
                false
            ),
            None
        );
    }
}
