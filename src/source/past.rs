//! The base form of a verb in the past tense, as history notes write
//! them: "declared" → "declare", "stopped" → "stop", "fought" → "fight".
//! Regular forms are told by their ending; the spelling rules of English
//! decide whether the base keeps an "e".

use super::verbs::known_verb;

/// Irregular past forms and their base.
const IRREGULAR: &[(&str, &str)] = &[
    ("fought", "fight"),
    ("began", "begin"),
    ("broke", "break"),
    ("led", "lead"),
    ("took", "take"),
    ("made", "make"),
    ("gave", "give"),
    ("won", "win"),
    ("lost", "lose"),
    ("sent", "send"),
    ("built", "build"),
    ("held", "hold"),
    ("brought", "bring"),
    ("left", "leave"),
    ("fell", "fall"),
    ("rose", "rise"),
    ("grew", "grow"),
    ("became", "become"),
    ("came", "come"),
    ("went", "go"),
    ("saw", "see"),
    ("found", "find"),
    ("struck", "strike"),
    ("kept", "keep"),
    ("told", "tell"),
    ("wrote", "write"),
    ("drove", "drive"),
    ("threw", "throw"),
    ("ran", "run"),
    ("stood", "stand"),
    ("meant", "mean"),
    ("paid", "pay"),
    ("sold", "sell"),
    ("taught", "teach"),
    ("thought", "think"),
    ("caught", "catch"),
    ("bought", "buy"),
    ("chose", "choose"),
    ("spoke", "speak"),
    ("sought", "seek"),
    ("overthrew", "overthrow"),
    ("swore", "swear"),
    ("forbade", "forbid"),
    ("froze", "freeze"),
    ("met", "meet"),
    ("drank", "drink"),
    ("ate", "eat"),
    ("wore", "wear"),
];

/// "went", "began", "became": a past tense that is no participle too
/// ("made", "held" and "lost" may be adjectives).
pub fn irregular_past(w: &str) -> bool {
    IRREGULAR.iter().any(|(p, _)| *p == w) && !super::verbs::participle(w)
}

/// The base form of `w` when it reads as a verb in the past tense
/// (lower case, "-ed" or irregular); `None` for any other word.
pub fn past_base(w: &str) -> Option<String> {
    if !w.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    if let Some((_, base)) = IRREGULAR.iter().find(|(p, _)| *p == w) {
        return Some((*base).to_string());
    }
    if w.len() < 5 || !w.ends_with("ed") || w.ends_with("eed") && w.len() < 6 {
        return None;
    }
    if let Some(stem) = w.strip_suffix("ied") {
        return Some(format!("{stem}y"));
    }
    if let Some(stem) = w.strip_suffix('d').filter(|s| s.ends_with("ee")) {
        return Some(stem.to_string());
    }
    let stem = &w[..w.len() - 2];
    // "persuaded" → "persuade": a verb of the lists, or one that takes a
    // person and what they are to do
    let known = |b: &str| {
        known_verb(b) || super::verbs::PERSUADING.contains(&b) || super::verbs::only_a_verb(b)
    };
    if known(stem) {
        return Some(stem.to_string());
    }
    let with_e = format!("{stem}e");
    if known(&with_e) {
        return Some(with_e);
    }
    let b = stem.as_bytes();
    let n = b.len();
    // "stopped" → "stop", but "passed" keeps its "ss"; "expelled" →
    // "expel", but "smelled" keeps its "ll"
    let doubled_l = n >= 6 && stem.ends_with("ell");
    if n >= 3 && b[n - 1] == b[n - 2] && (!b"sflz".contains(&b[n - 1]) || doubled_l) {
        return Some(stem[..n - 1].to_string());
    }
    Some(if takes_e(stem) {
        with_e
    } else {
        stem.to_string()
    })
}

/// Whether a stem left by "-ed" lost an "e": "declar", "invad", "creat",
/// "produc", "solv", "chang", "defin" do; "enter", "visit", "gain",
/// "belong", "attack" do not.
fn takes_e(stem: &str) -> bool {
    let vowel = |c: char| "aeiou".contains(c);
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    let last = chars[n - 1];
    let before = chars[n - 2];
    // one vowel before the last letter, not two ("gain", "appear")
    let single = vowel(before) && (n < 3 || !vowel(chars[n - 3]));
    match last {
        'v' | 'z' | 'c' => true,
        's' => before != 's' && stem != "focus",
        'g' => matches!(before, 'r' | 'd' | 'a') || stem.ends_with("ang"),
        'r' => single && before != 'e',
        'd' | 'k' | 'm' | 'p' => single && before != 'e',
        't' => single && before != 'i' && before != 'e' || stem.ends_with("ete"),
        'n' => single && before == 'i',
        // "doubl", "settl", "handl", "cycl": a consonant before "le"
        'l' => single && matches!(before, 'i' | 'o' | 'u') || "bcdfgkptz".contains(before),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_forms_give_their_base() {
        let cases = [
            ("declared", "declare"),
            ("persuaded", "persuade"),
            ("invaded", "invade"),
            ("prepared", "prepare"),
            ("protected", "protect"),
            ("launched", "launch"),
            ("signed", "sign"),
            ("stopped", "stop"),
            ("doubled", "double"),
            ("settled", "settle"),
            ("curled", "curl"),
            ("expelled", "expel"),
            ("smelled", "smell"),
            ("filled", "fill"),
            ("passed", "pass"),
            ("created", "create"),
            ("visited", "visit"),
            ("entered", "enter"),
            ("gained", "gain"),
            ("belonged", "belong"),
            ("changed", "change"),
            ("produced", "produce"),
            ("carried", "carry"),
            ("agreed", "agree"),
            ("defined", "define"),
            ("fought", "fight"),
            ("attacked", "attack"),
            ("appeared", "appear"),
            ("named", "name"),
            ("caused", "cause"),
            ("ruled", "rule"),
        ];
        for (past, base) in cases {
            assert_eq!(past_base(past).as_deref(), Some(base), "{past}");
        }
        assert_eq!(past_base("Declared"), None);
        assert_eq!(past_base("red"), None);
        assert_eq!(past_base("speed"), None);
        assert_eq!(past_base("acquired").as_deref(), Some("acquire"));
        assert_eq!(past_base("kiln"), None);
    }
}
