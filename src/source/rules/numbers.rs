//! A sentence that states a quantity and that no other rule reads ("The
//! maximum message size is 256 KB, a hard limit.") is asked with the
//! quantity as a gap: "the maximum message size is [...], a hard limit."
//! → "256 KB" (in a worked example, the last quantity: its result).
//! Limits, sizes and durations are what notes for exams are full of.

use super::super::text::first_word;

/// Fewest and most words in a sentence asked with a gap.
pub(super) const MIN_WORDS: usize = 6;
pub(super) const MAX_WORDS: usize = 35;

/// Units a number is followed by, or written with ("256KB", "5%").
const UNITS: &[&str] = &[
    "b",
    "kb",
    "mb",
    "gb",
    "tb",
    "pb",
    "kib",
    "mib",
    "gib",
    "tib",
    "bytes",
    "bits",
    "ms",
    "millisecond",
    "milliseconds",
    "s",
    "sec",
    "second",
    "seconds",
    "min",
    "minute",
    "minutes",
    "h",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "%",
    "percent",
    "times",
    "x",
    "requests",
    "transactions",
    "messages",
    "items",
    "rows",
    "records",
    "connections",
    "regions",
    "zones",
    "copies",
    "retries",
    "attempts",
    "characters",
    "tps",
    "rps",
    "iops",
    "mbps",
    "gbps",
    "rcu",
    "rcus",
    "wcu",
    "wcus",
    "units",
    "vcpus",
    "cores",
    "nodes",
    "shards",
    "partitions",
    // measures of the sciences and of history
    "°c",
    "°f",
    "°",
    "degrees",
    "kelvin",
    "mm",
    "cm",
    "m",
    "km",
    "metres",
    "meters",
    "miles",
    "feet",
    "mg",
    "g",
    "kg",
    "tonnes",
    "ml",
    "l",
    "litres",
    "liters",
    "j",
    "kj",
    "n",
    "w",
    "kw",
    "v",
    "hz",
    "pa",
    "kpa",
    "atm",
    "mol",
    "decades",
    "centuries",
    "thousand",
    "million",
    "billion",
];

/// First words of a sentence that does not stand alone.
const POINTING: &[&str] = &[
    "this", "that", "it", "they", "these", "those", "he", "she", "here", "rather", "instead",
];

/// First words of a sentence that makes a case up ("Maybe prices rise
/// 9% …", "ex. if the index rose 5% …"): its figures are no facts.
const SUPPOSING: &[&str] = &[
    "maybe", "perhaps", "suppose", "imagine", "say", "ex", "ex.", "eg",
];

/// The sentence with its first quantity as `[...]`, and the quantity.
pub(super) fn gapped(sentence: &str) -> Option<(String, String)> {
    let s = sentence.trim();
    let s = ["For example, ", "For instance, ", "E.g. ", "Example: "]
        .iter()
        .find_map(|l| s.strip_prefix(l))
        .unwrap_or(s);
    let words: Vec<&str> = s.split_whitespace().collect();
    if !(MIN_WORDS..=MAX_WORDS).contains(&words.len())
        || POINTING.contains(&first_word(s).as_str())
        || SUPPOSING.contains(&words[0].to_lowercase().trim_end_matches(','))
        || s.ends_with('?')
        || s.contains(['=', '>', '<', '|'])
    {
        return None;
    }
    // "An 8 KB item would require 2 RCUs": a worked example asks for its
    // result, the last quantity.
    // "To say that \"it is at 5% this year\" is wrong": a figure in
    // quotation marks is what someone says, not a fact
    let quoted = |k: usize| {
        let before: String = words[..k].join(" ");
        before.matches(['"', '“', '”']).count() % 2 == 1
    };
    let found: Vec<(usize, usize)> = (0..words.len())
        .filter(|&k| !quoted(k))
        .filter_map(|k| quantity(&words, k).map(|n| (k, n)))
        .collect();
    let lower = s.to_lowercase();
    let result = [" require", " would ", " needs ", " results in ", " gives "]
        .iter()
        .any(|w| lower.contains(w));
    let (at, len) = if result {
        *found.last()?
    } else {
        *found.first()?
    };
    Some(gap_words(&words, at, len))
}

/// The words with `len` of them from `at` as `[...]` (the punctuation
/// after them kept), and those words.
pub(super) fn gap_words(words: &[&str], at: usize, len: usize) -> (String, String) {
    let answer = words[at..at + len]
        .join(" ")
        .trim_matches(|c: char| ",.;:()\"'‘’".contains(c))
        .to_string();
    let mut gapped: Vec<&str> = words[..at].to_vec();
    let tail = trailing_punctuation(words[at + len - 1]);
    let gap = format!("[...]{tail}");
    gapped.push(&gap);
    gapped.extend(&words[at + len..]);
    (gapped.join(" "), answer)
}

/// How many words from `k` make a quantity: a number written with its unit
/// ("256KB", "5%"), or a number and the unit after it ("14 days").
fn quantity(words: &[&str], k: usize) -> Option<usize> {
    let w = words[k].trim_start_matches(['(', '~', '$']);
    let digits: String = w
        .chars()
        .take_while(|c| c.is_ascii_digit() || ".,".contains(*c))
        .collect();
    if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // "16 000 IOPS": thousands set apart by spaces are one number
    let group = |w: &str| w.len() == 3 && w.chars().all(|c| c.is_ascii_digit());
    let lead = |w: &str| (1..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit());
    if group(w) && k > 0 && lead(words[k - 1]) {
        return None;
    }
    if lead(w) {
        let groups = words[k + 1..].iter().take_while(|g| group(g)).count();
        if groups > 0 {
            let unit = words
                .get(k + groups + 1)?
                .trim_end_matches([',', '.', ';', ':', ')']);
            return is_unit(&unit.to_lowercase()).then_some(groups + 2);
        }
    }
    let unit = w[digits.len()..]
        .trim_end_matches([',', '.', ';', ':', ')'])
        .to_lowercase();
    if !unit.is_empty() {
        return is_unit(&unit).then_some(1);
    }
    let next = words
        .get(k + 1)?
        .trim_end_matches([',', '.', ';', ':', ')'])
        .to_lowercase();
    // "65 mm Hg": a pressure, its unit in two words
    let mercury = next == "mm" && words.get(k + 2).is_some_and(|w| w.starts_with("Hg"));
    if mercury {
        return Some(3);
    }
    is_unit(&next).then_some(2)
}

/// A unit, or a rate of two ("MB/s", "IOPS/GiB"), squared or cubed
/// ("m/s²", "cm³").
fn is_unit(u: &str) -> bool {
    let u = u.trim_end_matches(['²', '³']);
    UNITS.contains(&u)
        || u.split_once('/')
            .is_some_and(|(a, b)| is_unit(a) && is_unit(b))
}

fn trailing_punctuation(w: &str) -> &str {
    let kept = w.trim_end_matches([',', '.', ';', ':']);
    &w[kept.len()..]
}

/// "Before glazing: 60", "χ² = 6.5" under "### Example": a figure of a
/// worked example (numbers and at most one word), no fact to learn.
pub(super) fn example_figure(path: &[String], back: Option<&str>) -> bool {
    // "Example", "Example 2", "Example: Goodness of fit", not "Example
    // host" (a thing of that name)
    let example = path.iter().any(|h| {
        let h = h.to_lowercase();
        let rest = h.strip_prefix("worked ").unwrap_or(&h);
        let rest = rest
            .strip_prefix("examples")
            .or_else(|| rest.strip_prefix("example"));
        rest.is_some_and(|r| {
            r.is_empty() || r.starts_with(':') || r.trim().starts_with(char::is_numeric)
        })
    });
    let Some(back) = back.filter(|_| example) else {
        return false;
    };
    let tokens: Vec<&str> = back.split_whitespace().collect();
    let words = tokens
        .iter()
        .filter(|t| t.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .count();
    tokens
        .iter()
        .any(|t| t.contains(|c: char| c.is_ascii_digit()))
        && words <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_become_gaps() {
        assert_eq!(
            gapped("The maximum message size is 256KB, a hard limit."),
            Some((
                "The maximum message size is [...], a hard limit.".into(),
                "256KB".into()
            ))
        );
        assert_eq!(
            gapped("Messages are kept for 14 days unless you change the setting."),
            Some((
                "Messages are kept for [...] unless you change the setting.".into(),
                "14 days".into()
            ))
        );
        // thousands set apart by a space
        assert_eq!(
            gapped("The kiln log keeps up to 16 000 records per shelf."),
            Some((
                "The kiln log keeps up to [...] per shelf.".into(),
                "16 000 records".into()
            ))
        );
        // a number that is part of a name, and a sentence that points back
        assert_eq!(
            gapped("Route 53 answers queries from every edge location."),
            None
        );
        assert_eq!(gapped("It keeps messages for 14 days by default."), None);
        // a rate of two units
        assert_eq!(
            gapped("Max throughput is 500 MB/s per volume."),
            Some((
                "Max throughput is [...] per volume.".into(),
                "500 MB/s".into()
            ))
        );
        // a worked example asks for its result
        assert_eq!(
            gapped("For example, reading an 8 KB item strongly would require 2 RCUs."),
            Some((
                "reading an 8 KB item strongly would require [...].".into(),
                "2 RCUs".into()
            ))
        );
    }

    #[test]
    fn a_figure_someone_is_quoted_on_or_a_made_up_case_is_no_gap() {
        assert_eq!(
            gapped("To say that \"the kiln is at 90% this week\" is loose talk."),
            None
        );
        assert_eq!(
            gapped("For instance, maybe clay prices rise 9%, but glaze only 4%."),
            None
        );
        assert_eq!(
            gapped("Ex. if a shelf holds 12 pots, the kiln holds 48."),
            None
        );
        assert_eq!(gapped("Rather, the shelf holds 12 pots in the kiln."), None);
        // a figure after the quotation is one
        assert_eq!(
            gapped("The \"safe\" heat of this clay body is 1280 °C at most."),
            Some((
                "The \"safe\" heat of this clay body is [...] at most.".into(),
                "1280 °C".into()
            ))
        );
    }

    #[test]
    fn measures_of_the_sciences_are_quantities() {
        let gap = |s: &str| gapped(s).map(|(_, answer)| answer);
        assert_eq!(
            gap("Stoneware is fired above 1200 °C in most kilns.").as_deref(),
            Some("1200 °C")
        );
        assert_eq!(
            gap("A glaze bucket falls at 9.8 m/s² when dropped.").as_deref(),
            Some("9.8 m/s²")
        );
        assert_eq!(
            gap("The guild had about 2 million members by then.").as_deref(),
            Some("2 million")
        );
        assert_eq!(
            gap("The kiln vent holds 65 mm Hg or more when shut.").as_deref(),
            Some("65 mm Hg")
        );
        // a count with no unit is no quantity
        assert_eq!(gap("The guild had 40 potters and 3 kilns then."), None);
    }
}
