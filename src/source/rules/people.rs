//! People named as terms: "Bernard Leach: proposed that …" asks what
//! they did, "Shoji Hamada: potter, …" who they were.

/// "Shoji Hamada: potter, …": callings that say who a person was.
const CALLINGS: &[&str] = &[
    "scientist",
    "physician",
    "bacteriologist",
    "biologist",
    "chemist",
    "physicist",
    "geneticist",
    "mathematician",
    "philosopher",
    "historian",
    "economist",
    "psychologist",
    "sociologist",
    "potter",
    "painter",
    "writer",
    "poet",
    "author",
    "inventor",
    "explorer",
    "politician",
    "king",
    "queen",
    "emperor",
    "general",
    "president",
    "professor",
    "surgeon",
    "journalist",
    "leader",
    "lawyer",
    "priest",
    "revolutionary",
    "statesman",
    "composer",
];

/// "Bernard Leach: proposed that pots be made by hand" → "what did
/// Bernard Leach propose?": a name of two to four capitalised words, and
/// a deed in the past.
pub(super) fn did_what(term: &str, def: &str) -> Option<String> {
    let name = personal_name(term);
    // deeds of people ("Improved recovery times" says what a thing is)
    const DEEDS: &[&str] = &[
        "proposed",
        "discovered",
        "founded",
        "invented",
        "developed",
        "described",
        "introduced",
        "argued",
        "suggested",
        "showed",
        "proved",
        "studied",
        "established",
        "designed",
        "published",
        "identified",
        "coined",
        "formulated",
        "wrote",
        "led",
        "ruled",
    ];
    let first = super::super::text::first_word(def);
    // "King of France whose …", "Radical journalist whose …"
    let calling = def
        .split_whitespace()
        .take(2)
        .any(|w| CALLINGS.contains(&w.to_lowercase().trim_end_matches(',')));
    if name && (calling || office(def)) {
        return Some(format!("who was {term}?"));
    }
    // "Edited the Globe": a deed of the lists, or any deed done to a
    // named or pointed-at thing ("Improved recovery times" is a trait)
    let second = def.split_whitespace().nth(1).unwrap_or("");
    let done_to = ["the", "a", "an", "his", "her", "their"].contains(&second)
        || second.starts_with(|c: char| c.is_uppercase());
    let base = super::super::past::past_base(&first)
        .filter(|_| DEEDS.contains(&first.as_str()) || done_to)?;
    (name && def.split_whitespace().count() >= 3).then(|| format!("what did {term} {base}?"))
}

/// "Ada B. Leach", "Bernard Leach": two to four capitalised words, each a
/// name or an initial.
fn personal_name(term: &str) -> bool {
    let words: Vec<&str> = term.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || c == '.')
        })
}

/// "Secretary of state", "Attorney general, treasurer and chief
/// justice": the office a person held, which no thing holds.
fn office(def: &str) -> bool {
    const OFFICES: &[&str] = &[
        "secretary",
        "attorney",
        "minister",
        "governor",
        "senator",
        "ambassador",
        "chancellor",
        "judge",
        "justice",
        "adviser",
        "advisor",
        "editor",
        "treasurer",
        "consul",
        "mayor",
        "bishop",
        "chairman",
        "founder",
        "vice",
    ];
    let first = super::super::text::first_word(def);
    OFFICES.contains(&first.as_str()) && def.split_whitespace().count() <= 8
}
