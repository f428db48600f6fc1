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
    "psychiatrist",
    "psychoanalyst",
    "anthropologist",
    "linguist",
    "engineer",
    "architect",
    "artist",
    "sculptor",
    "novelist",
    "playwright",
    "astronomer",
    "botanist",
    "naturalist",
    "theorist",
    "statistician",
    "researcher",
    "educator",
    "activist",
    "reformer",
    "theologian",
    "diplomat",
    "admiral",
    "commander",
    "pharaoh",
    "sultan",
    "tsar",
    "prince",
    "princess",
    "musician",
    "physiologist",
    "geologist",
    "geographer",
    "pioneer",
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
    if name && (calling(term, def) || office(def)) {
        return Some(format!("who was {term}?"));
    }
    // "Known for his experiments with monkeys, …"
    let known = ["known for ", "best known for ", "famous for "]
        .iter()
        .any(|k| def.to_lowercase().starts_with(k));
    if name && known {
        return Some(format!("what is {term} known for?"));
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

impl super::Rules<'_> {
    /// `Leach: "A pot in a kiln is …"` as an item: who said it. Whether
    /// the item was one.
    pub(super) fn quote_card(&mut self, term: &str, raw: &str, line: usize) -> bool {
        let clean = super::super::clean::clean_text(raw);
        let Some((_, quote)) = clean.split_once(": ") else {
            return false;
        };
        let Some(q) = who_said(term, quote) else {
            return false;
        };
        let ctx = self.context(None);
        self.card(ctx.as_deref(), &q, term, None, line);
        true
    }
}

/// `Leach: "A pot in a kiln is a prayer in a fire"` → "who said “A pot in
/// a kiln is a prayer in a fire”?": a quotation after a person's name (or
/// a surname alone) asks who said it; the answer is the name.
pub(super) fn who_said(term: &str, def: &str) -> Option<String> {
    let quote = def.trim().trim_end_matches(['.', ',']);
    let inner = quote
        .strip_prefix(['"', '“'])?
        .trim_end_matches(['"', '”'])
        .trim()
        .trim_end_matches(['.', ',']);
    let closed = quote.ends_with(['"', '”']);
    let words = inner.split_whitespace().count();
    // a surname alone says a sentence, not a gloss ("Glaze: “a thin
    // coat of glass”")
    let name = personal_name(term)
        || term.split_whitespace().count() == 1
            && term.starts_with(char::is_uppercase)
            && term.chars().all(|c| c.is_alphabetic() || c == '.')
            && super::gloss::clause(inner);
    let open_inside = inner.contains(['"', '“', '”']);
    // "EXAM TIP: “…”" is a callout, no one who said it
    let callout = super::is_callout_label(term) || !term.chars().any(char::is_lowercase);
    (name && closed && !open_inside && !callout && (3..=30).contains(&words))
        .then(|| format!("who said “{inner}”?"))
}

/// "King of France whose …", "An English studio potter who …", "Often
/// called the father of studio pottery, Leach was a potter who …": a
/// calling in the meaning's first noun phrase, or one the person's own
/// name is said to be.
fn calling(term: &str, def: &str) -> bool {
    let words: Vec<String> = def
        .split_whitespace()
        .map(|w| {
            w.to_lowercase()
                .trim_end_matches([',', ';', '.'])
                .to_string()
        })
        .collect();
    let is_calling = |w: &String| CALLINGS.contains(&w.as_str());
    const ENDS: &[&str] = &["who", "whose", "that", "which", "known", "of", "from", "in"];
    let phrase = words
        .iter()
        .take(6)
        .take_while(|w| !ENDS.contains(&w.as_str()));
    if phrase.clone().any(is_calling) {
        return true;
    }
    // "… , Leach was a potter who …"
    let names: Vec<String> = term.split_whitespace().map(str::to_lowercase).collect();
    words.windows(3).enumerate().any(|(i, w)| {
        names.contains(&w[0])
            && ["was", "is"].contains(&w[1].as_str())
            && ["a", "an", "the"].contains(&w[2].as_str())
            && words[i + 3..].iter().take(4).any(is_calling)
    })
}

/// "Ada B. Leach", "Bernard Leach": two to four capitalised words, each a
/// name or an initial.
pub(super) fn personal_name(term: &str) -> bool {
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
