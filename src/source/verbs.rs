//! Verbs: their base and third-person forms, and the base forms that
//! tell an instruction or a statement of what a thing does from a name.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::text::strip_word;
use super::vocab::ADVERBS;

/// "forwards" → "forward", "reaches" → "reach", "carries" → "carry".
pub fn base_form(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    // "organizes", "analyzes": the verb ends in "e"
    if w.ends_with("izes") || w.ends_with("yzes") {
        return w[..w.len() - 1].to_string();
    }
    for end in ["ches", "shes", "sses", "xes", "zes", "oes"] {
        if w.ends_with(end) {
            return w[..w.len() - 2].to_string();
        }
    }
    w.trim_end_matches('s').to_string()
}

/// Third person singular of a base verb (`patch` → `patches`).
pub fn third_person(base: &str) -> String {
    let (head, tail) = base.split_once(' ').map_or((base, ""), |(h, t)| (h, t));
    let h = if head.ends_with("ch")
        || head.ends_with("sh")
        || head.ends_with('s')
        || head.ends_with('x')
        || head.ends_with('o')
    {
        format!("{head}es")
    } else if head.ends_with('y')
        && !head.ends_with("ay")
        && !head.ends_with("ey")
        && !head.ends_with("oy")
    {
        format!("{}ies", &head[..head.len() - 1])
    } else {
        format!("{head}s")
    };
    if tail.is_empty() {
        h
    } else {
        format!("{h} {tail}")
    }
}

/// "usually", "directly": a known adverb, or a word that ends like one.
pub fn is_adverb(w: &str) -> bool {
    let w = w.to_lowercase();
    super::vocab::ADVERBS.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ly"))
}

/// "Memory always holds garbage" → "Memory holds garbage": the clause
/// without an adverb between its subject and a verb in the third person,
/// if it has one ("only", "never" and the like change what it says and
/// stay).
pub fn without_adverb(clause: &str) -> Option<String> {
    const KEEP: &[&str] = &[
        "only", "solely", "never", "not", "hardly", "rarely", "barely",
    ];
    let words: Vec<&str> = clause.split_whitespace().collect();
    let at = (1..words.len().saturating_sub(1).min(7)).find(|&i| {
        let next = words[i + 1];
        // "Plants mainly lose …": a plural subject's verb in its base form
        let plural_verb =
            super::text::looks_plural(&words[i - 1].to_lowercase()) && known_verb(next);
        is_adverb(words[i])
            && !KEEP.contains(&words[i].to_lowercase().as_str())
            && (looks_third_person(next) || plural_verb)
    })?;
    let mut kept = words;
    kept.remove(at);
    Some(kept.join(" "))
}

/// The text after any adverbs it starts with ("always", "usually").
pub fn skip_adverbs(s: &str) -> &str {
    let mut s = s.trim_start();
    while let Some(a) = ADVERBS.iter().find_map(|a| strip_word(s, a)) {
        s = a;
    }
    s
}

/// The adverbs a text starts with, and the text after them.
pub fn adverbs_of(s: &str) -> (String, &str) {
    let mut s = s.trim_start();
    let mut adv = Vec::new();
    while let Some((a, rest)) = ADVERBS
        .iter()
        .find_map(|a| strip_word(s, a).map(|r| (*a, r)))
    {
        adv.push(a);
        s = rest;
    }
    (adv.join(" "), s)
}

/// "forms", "holds": a lower-case word shaped like a verb in the third
/// person (the shape of a plural noun too; the caller knows which).
pub fn looks_third_person(w: &str) -> bool {
    // "savings", "findings": nouns made of a verb, save a few short verbs
    const ING_VERBS: &[&str] = &[
        "brings", "sings", "rings", "springs", "stings", "swings", "clings", "flings", "slings",
        "wrings",
    ];
    let noun_of_verb = w.ends_with("ings") && !ING_VERBS.contains(&w);
    w.chars().all(|c| c.is_ascii_lowercase()) && super::text::looks_plural(w) && !noun_of_verb
}

/// The forms of "be" and "have" that make a clause ("… and the workers
/// are called …", "if is set to zero" lacks its subject).
pub const BE_HAVE: &[&str] = &["is", "are", "was", "were", "has", "have"];

/// Words that open a noun phrase ("to your application" is a place, "and
/// the workers are …" a clause).
pub const NOUN_OPENERS: &[&str] = &[
    "the", "a", "an", "your", "its", "their", "our", "his", "her", "my",
];

/// "burns", "replicates": a verb of the lists in the third person.
pub fn known_third_person(w: &str) -> bool {
    looks_third_person(w) && known_verb(&base_form(w))
}

/// "calculated", "written", "split": the participle of a passive (not an
/// adverb that ends like one, "often").
pub fn participle(w: &str) -> bool {
    let w = w.to_lowercase();
    let regular = w.len() > 4
        && w.chars().all(|c| c.is_ascii_lowercase())
        && (w.ends_with("ed") || w.ends_with("en"))
        && !is_adverb(&w);
    regular || IRREGULAR_PARTICIPLES.contains(&w.as_str())
}

/// "made by one potter …" after a noun: the words say what the noun
/// underwent and who did it, so the noun before them is no verb.
pub fn done_to(after: &str) -> bool {
    let mut words = after.split_whitespace().map(str::to_lowercase);
    words.next().is_some_and(|w| participle(&w)) && words.next().is_some_and(|w| w == "by")
}

/// Participles that do not end in "-ed" or "-en".
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "split", "sent", "kept", "built", "held", "made", "spread", "cut", "drawn", "shown", "done",
    "seen", "found", "paid", "used", "lost", "left", "brought", "struck", "told", "stood", "meant",
    "sold", "taught", "thought", "caught", "bought", "sought", "met", "won",
];

/// Verbs (base form) that say what a thing does in the world, not what a
/// reader is told to do: "Chlorophyll absorbs red light", "Volcanoes
/// form where …". Read only after a subject, never as an instruction.
pub const PLAIN_VERBS: &[&str] = &[
    "abolish",
    "absorb",
    "accelerate",
    "accumulate",
    "achieve",
    "activate",
    "adapt",
    "advocate",
    "affect",
    "alter",
    "amplify",
    "annex",
    "appear",
    "arise",
    "attract",
    "become",
    "begin",
    "bend",
    "bind",
    "boil",
    "borrow",
    "break",
    "bring",
    "buy",
    "carry",
    "catalyse",
    "catalyze",
    "cause",
    "circulate",
    "colonise",
    "colonize",
    "come",
    "communicate",
    "compete",
    "condense",
    "conquer",
    "consist",
    "consume",
    "contribute",
    "coordinate",
    "cover",
    "cross",
    "damage",
    "deactivate",
    "declare",
    "decompose",
    "defeat",
    "defend",
    "depend",
    "destroy",
    "develop",
    "differ",
    "diffuse",
    "digest",
    "dilute",
    "dissolve",
    "drive",
    "earn",
    "elect",
    "emit",
    "emphasise",
    "emphasize",
    "employ",
    "encode",
    "end",
    "enter",
    "erode",
    "evaporate",
    "evolve",
    "exceed",
    "excrete",
    "exist",
    "expand",
    "fall",
    "favor",
    "favour",
    "feed",
    "feel",
    "fertilise",
    "fertilize",
    "flow",
    "focus",
    "follow",
    "freeze",
    "fuse",
    "go",
    "govern",
    "grow",
    "happen",
    "help",
    "hire",
    "hydrolyse",
    "hydrolyze",
    "immobilise",
    "immobilize",
    "induce",
    "infect",
    "inherit",
    "inhibit",
    "insulate",
    "invade",
    "invest",
    "involve",
    "ionise",
    "ionize",
    "lay",
    "lead",
    "leave",
    "lend",
    "lie",
    "live",
    "lose",
    "lower",
    "maintain",
    "maximise",
    "maximize",
    "mean",
    "melt",
    "minimise",
    "minimize",
    "mutate",
    "need",
    "neutralise",
    "neutralize",
    "obtain",
    "occur",
    "oppose",
    "originate",
    "oscillate",
    "overthrow",
    "oxidise",
    "oxidize",
    "pass",
    "photosynthesise",
    "photosynthesize",
    "play",
    "pollinate",
    "precede",
    "predict",
    "produce",
    "promote",
    "pump",
    "purify",
    "radiate",
    "raise",
    "ratify",
    "reach",
    "react",
    "recover",
    "reflect",
    "refract",
    "refute",
    "regulate",
    "reinforce",
    "rely",
    "remain",
    "repel",
    "reproduce",
    "require",
    "resign",
    "resist",
    "respire",
    "respond",
    "result",
    "reveal",
    "rise",
    "rotate",
    "secrete",
    "seek",
    "seem",
    "sell",
    "shrink",
    "sink",
    "slow",
    "specialise",
    "specialize",
    "spend",
    "stabilise",
    "stabilize",
    "stimulate",
    "strengthen",
    "stress",
    "supply",
    "suppress",
    "surround",
    "survive",
    "synthesise",
    "synthesize",
    "take",
    "tend",
    "transcribe",
    "transmit",
    "trap",
    "travel",
    "undermine",
    "unify",
    "unite",
    "vary",
    "vibrate",
    "weaken",
    "weed",
    "win",
];

/// Plain verbs that take no object, or none worth asking: never asked
/// as "what does X …?".
pub const NO_OBJECT_VERBS: &[&str] = &[
    "appear",
    "arise",
    "begin",
    "depend",
    "differ",
    "end",
    "exist",
    "fall",
    "flow",
    "go",
    "grow",
    "happen",
    "lie",
    "live",
    "mean",
    "occur",
    "remain",
    "rise",
    "sink",
    "tend",
    "travel",
    "vary",
    "evolve",
    "shrink",
    "melt",
    "freeze",
    "boil",
    "vibrate",
    "oscillate",
    "respire",
    "reproduce",
    "compete",
    "resign",
    "evaporate",
    "condense",
];

/// A verb a subject may take, of either list.
pub fn known_verb(base: &str) -> bool {
    ACTION_VERBS.contains(&base) || PLAIN_VERBS.contains(&base)
}

/// Whether WordNet knows `base` as a verb and as nothing else ("harden",
/// "unload", "adhere"), so its form alone makes it one; see
/// `data/verbs.txt`.
pub fn only_a_verb(base: &str) -> bool {
    static VERBS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    VERBS
        .get_or_init(|| {
            include_str!("data/verbs.txt")
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .collect()
        })
        .contains(base)
}

/// Verbs of making that take a bare verb after their object ("lets
/// crystals grow", "makes the glaze run"): a subject that holds one is
/// a clause.
const MAKING_VERBS: &[&str] = &["let", "make", "cause", "allow", "help", "force", "enable"];

/// "lets", "causes": a verb of making in the third person.
pub fn makes_act(w: &str) -> bool {
    let w = w.to_lowercase();
    MAKING_VERBS.iter().any(|b| third_person(b) == w)
}

/// Verbs whose "to" says what is wanted or tried, not why ("prefers to
/// receive dollars").
pub const WANTING: &[&str] = &[
    "prefer", "want", "wish", "hope", "plan", "decide", "agree", "refuse", "attempt", "try",
    "choose", "tend", "intend", "expect", "aim", "seek", "fail", "manage", "like", "love",
];

/// Verbs that take a person and what they are to do ("convinced
/// Macbeth to kill …"): the "to" says what, not why.
pub const PERSUADING: &[&str] = &[
    "convince",
    "persuade",
    "urge",
    "ask",
    "tell",
    "force",
    "allow",
    "encourage",
    "order",
    "expect",
    "invite",
    "advise",
    "remind",
    "warn",
    "pressure",
    "inspire",
    "forbid",
    "beg",
    "instruct",
    "command",
    "compel",
    "oblige",
    "doom",
];

/// "not", "never", "isn't", "don’t": a word that denies.
pub fn negation(w: &str) -> bool {
    ["not", "never"].contains(&w) || w.ends_with("n't") || w.ends_with("n’t")
}

/// Verbs (base form) whose object says what their subject is
/// ("describes the mixing of gases"), not what it does.
pub const DEFINING_VERBS: &[&str] = &["describe", "define", "represent", "indicate"];

/// Verbs that link a subject to a state ("becomes suspicious", "seems
/// calm"): what follows is no object to ask for.
pub const LINKING_VERBS: &[&str] = &["become", "seem", "remain", "stay", "come", "appear"];

/// Verbs (base form) that start an instruction or say what a thing does.
pub const ACTION_VERBS: &[&str] = &[
    "accept",
    "access",
    "add",
    "adjust",
    "allocate",
    "allow",
    "apply",
    "offer",
    "understand",
    "assign",
    "attach",
    "avoid",
    "block",
    "build",
    "calculate",
    "call",
    "cancel",
    "capture",
    "change",
    "check",
    "choose",
    "clean",
    "clear",
    "close",
    "collect",
    "combine",
    "compare",
    "compile",
    "configure",
    "connect",
    "contain",
    "control",
    "convert",
    "copy",
    "count",
    "create",
    "decrypt",
    "define",
    "delete",
    "deliver",
    "deploy",
    "describe",
    "detect",
    "determine",
    "disable",
    "display",
    "distribute",
    "divide",
    "download",
    "drop",
    "edit",
    "enable",
    "encrypt",
    "ensure",
    "establish",
    "execute",
    "expose",
    "extend",
    "extract",
    "fetch",
    "filter",
    "find",
    "fix",
    "form",
    "format",
    "generate",
    "get",
    "give",
    "grant",
    "group",
    "handle",
    "hide",
    "hold",
    "identify",
    "import",
    "improve",
    "include",
    "increase",
    "indicate",
    "insert",
    "inspect",
    "install",
    "integrate",
    "isolate",
    "join",
    "keep",
    "kill",
    "launch",
    "lift",
    "limit",
    "link",
    "list",
    "load",
    "lock",
    "log",
    "make",
    "manage",
    "map",
    "mark",
    "match",
    "measure",
    "merge",
    "migrate",
    "modify",
    "monitor",
    "mount",
    "move",
    "open",
    "organise",
    "organize",
    "perform",
    "prevent",
    "print",
    "process",
    "protect",
    "provide",
    "publish",
    "pull",
    "push",
    "read",
    "receive",
    "record",
    "reduce",
    "register",
    "reject",
    "release",
    "remove",
    "rename",
    "replace",
    "replicate",
    "represent",
    "request",
    "reset",
    "resolve",
    "restart",
    "restore",
    "restrict",
    "retrieve",
    "return",
    "reverse",
    "review",
    "revoke",
    "route",
    "run",
    "save",
    "scale",
    "scan",
    "schedule",
    "search",
    "secure",
    "select",
    "send",
    "separate",
    "serve",
    "set",
    "share",
    "show",
    "shut",
    "signal",
    "sort",
    "specify",
    "split",
    "start",
    "stop",
    "store",
    "stream",
    "submit",
    "support",
    "switch",
    "sync",
    "tag",
    "terminate",
    "test",
    "track",
    "transfer",
    "transform",
    "translate",
    "trigger",
    "turn",
    "undo",
    "update",
    "upgrade",
    "upload",
    "use",
    "validate",
    "verify",
    "view",
    "wait",
    "watch",
    "write",
    "invoke",
    "forward",
];

/// Verbs (base form, with their particle) of a plain statement whose
/// object a card can ask for ("Leaf nodes store rows" → "What do leaf
/// nodes store?").
pub const STATEMENT_VERBS: &[&str] = &[
    "consist of",
    "operate as",
    "act as",
    "function as",
    "rely on",
    "integrate with",
    "communicate with",
    "interact with",
    "respond to",
    "lead to",
    "result in",
    "focus on",
    "correspond to",
    "react with",
    "connect to",
    "run on",
    "point to",
    "belong to",
    "depend on",
    "serve as",
    "refer to",
    "contain",
    "hold",
    "store",
    "create",
    "define",
    "reference",
    "enforce",
    "determine",
    "identify",
    "return",
    "track",
    "require",
    "prevent",
    "allow",
    "support",
    "provide",
    "include",
    "represent",
    "mean",
    "replace",
    "produce",
    "generate",
    "accept",
    "protect",
    "encrypt",
    "compile",
    "guarantee",
    "ensure",
    "trigger",
    "translate",
    "convert",
    "describe",
    "specify",
    "measure",
    "indicate",
    "control",
    "connect",
    "map",
    "use",
    "toggle",
    "limit",
    "list",
    "lock",
    "copy",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_made_of_verbs_are_no_third_person() {
        assert!(super::looks_third_person("fires"));
        assert!(super::looks_third_person("brings"));
        assert!(!super::looks_third_person("savings"));
        assert!(!super::looks_third_person("findings"));
    }

    #[test]
    fn third_persons_lose_their_ending() {
        assert_eq!(base_form("organizes"), "organize");
        assert_eq!(base_form("analyzes"), "analyze");
        assert_eq!(base_form("buzzes"), "buzz");
        assert_eq!(base_form("patches"), "patch");
        assert_eq!(base_form("carries"), "carry");
        assert_eq!(base_form("fires"), "fire");
    }

    #[test]
    fn an_adverb_before_the_verb_is_left_out_but_not_one_that_changes_it() {
        assert_eq!(
            without_adverb("Potters mainly buy clay from the pit").as_deref(),
            Some("Potters buy clay from the pit")
        );
        assert_eq!(
            without_adverb("Memory always holds garbage").as_deref(),
            Some("Memory holds garbage")
        );
        assert_eq!(without_adverb("Memory only holds garbage"), None);
        assert_eq!(without_adverb("Memory never holds garbage"), None);
        assert_eq!(without_adverb("Always check the logs"), None);
    }
}
