//! The generator's vocabulary, in one place: the parties a responsibility
//! can belong to, the verbs that assign one, the words that mark callouts,
//! headings too general to give context, and the other word lists the rules
//! read notes with. Rules look words up here; none keeps a list of its own.

/// Parties a responsibility can belong to, longest phrase first: how the
/// party is written in notes, how a card names it, and whether its verb is
/// plural. "You" is resolved to the note's own reader party (see
/// `Parties::reader`). A note's front matter may add parties.
pub const PARTIES: &[(&str, &str, bool)] = &[
    (
        "both aws and the customer",
        "Both AWS and the customer",
        true,
    ),
    ("amazon web services", "AWS", false),
    ("the aws customer", "The customer", false),
    ("aws customers", "The customer", true),
    ("the customers", "The customer", true),
    ("the customer", "The customer", false),
    ("customers", "The customer", true),
    ("customer", "The customer", false),
    ("the cloud provider", "The cloud provider", false),
    ("the provider", "The provider", false),
    ("cloud provider", "The cloud provider", false),
    ("provider", "The provider", false),
    ("both parties", "Both", true),
    ("amazon", "AWS", false),
    ("aws", "AWS", false),
    ("you", "You", true),
];

/// Words that may follow a party at the start of a table header or lead
/// ("AWS manages", "Customer responsibilities"), so that "AWS Lambda" is a
/// product but "AWS Manages" a party.
pub const PARTY_FOLLOWERS: &[&str] = &[
    "manages",
    "manage",
    "responsibilities",
    "responsibility",
    "responsible",
    "is",
    "are",
    "handles",
    "handle",
    "secures",
    "secure",
    "owns",
    "own",
    "duty",
    "duties",
    "tasks",
    "task",
    "role",
    "side",
    "provides",
    "does",
    "do",
    "takes",
    "runs",
    "controls",
    "must",
    "can",
    "should",
    "may",
    "also",
    "always",
];

/// Verbs that assign a responsibility, in base form.
pub const RESP_VERBS: &[&str] = &[
    "manage",
    "secure",
    "protect",
    "handle",
    "operate",
    "control",
    "maintain",
    "patch",
    "own",
    "retain",
    "run",
    "configure",
    "provide",
    "encrypt",
    "update",
    "monitor",
    "take care of",
    "perform",
    "decide",
    "choose",
    "govern",
    "implement",
    "keep",
    "look after",
    "classify",
    "apply",
    "rotate",
    "back up",
    "dispose of",
    "destroy",
];

/// Verbs that start a task in a table row ("Patch the database engine").
pub const TASK_VERBS: &[&str] = &[
    "install", "enable", "create", "define", "set up", "set", "replace", "store", "choose",
    "restrict", "audit", "train", "write", "review", "grant", "scale", "harden", "isolate",
];

/// Verbs (third person) that make a `Term — text` item a role ("Internet
/// Gateway — allows traffic in") rather than a definition.
pub const ROLE_VERBS: &[&str] = &[
    "allows",
    "helps",
    "provides",
    "connects",
    "controls",
    "creates",
    "stores",
    "lets",
    "gives",
    "enables",
    "manages",
    "handles",
    "protects",
    "runs",
    "returns",
    "removes",
    "adds",
    "keeps",
    "captures",
    "establishes",
    "operates",
    "supports",
    "applies",
    "monitors",
    "prevents",
    "blocks",
    "filters",
    "routes",
    "translates",
    "encrypts",
    "sends",
    "receives",
    "checks",
    "converts",
    "defines",
    "represents",
    "contains",
    "uses",
    "works",
    "makes",
    "marks",
    "ends",
    "starts",
    "prints",
    "reads",
    "writes",
    "holds",
    "shows",
    "tells",
    "finds",
    "loads",
    "executes",
    "compiles",
    "declares",
    "closes",
    "opens",
    "belongs",
    "accepts",
    "identifies",
    "assigns",
    "distributes",
    "caches",
    "serves",
    "scales",
    "replicates",
    "offloads",
    "rewinds",
    "combines",
    "organizes",
    "organises",
    "retrieves",
    "guarantees",
    "ensures",
    "detects",
    "splits",
    "lists",
    "selects",
    "counts",
    "joins",
    "groups",
    "sorts",
    "deletes",
    "inserts",
    "updates",
    "resolves",
    "requires",
    "covers",
    "includes",
    "describes",
];

/// Adverbs skipped between a party and its verb.
pub const ADVERBS: &[&str] = &[
    "also",
    "solely",
    "fully",
    "always",
    "still",
    "only",
    "entirely",
    "ultimately",
    "generally",
    "typically",
    "usually",
    "often",
    "directly",
    "alone",
    "completely",
    "wholly",
];

/// Words that cannot be the subject of a fact on their own.
pub const PRONOUNS: &[&str] = &[
    "this", "that", "it", "these", "those", "they", "which", "what", "there", "here", "he", "she",
    "we", "i", "its", "such", "both", "each", "all", "some", "most", "many", "one", "your", "our",
    "their", "my", "his", "her", "who", "how", "why", "when", "where", "if",
];

/// Openers that carry no meaning for a card.
pub const MARKERS: &[&str] = &[
    "furthermore,",
    "as mentioned above,",
    "as mentioned before,",
    "as mentioned earlier,",
    "as noted above,",
    "conversely,",
    "however,",
    "specifically,",
    "also,",
    "moreover,",
    "in addition,",
    "additionally,",
    "instead,",
    "therefore,",
    "thus,",
    "thus",
    "hence",
    "consequently",
    "finally,",
    "in short,",
    "in other words,",
    "again,",
    "so,",
    "meanwhile,",
    "remember that",
    "keep in mind that",
    "recall that",
    "remember:",
    "note that",
    "note:",
    "in contrast,",
    "by contrast,",
    "on the other hand,",
    "similarly,",
    "likewise,",
    "for example,",
    "for instance,",
    "but",
    "and",
];

/// Openers that make a useful context for the question ("When using Amazon
/// EC2, …", "Under the shared patch control, …").
pub const CONTEXT_OPENERS: &[&str] = &[
    "when",
    "for",
    "in",
    "under",
    "with",
    "if",
    "on",
    "within",
    "during",
    "after",
    "once",
    "unlike",
    "like",
    "regardless",
];

/// Headings too general to give a card its context.
pub const GENERIC_HEADINGS: &[&str] = &[
    "rules of thumb",
    "rule of thumb",
    "key takeaways",
    "takeaways",
    "summary",
    "overview",
    "introduction",
    "intro",
    "conclusion",
    "recap",
    "review",
    "notes",
    "raw notes",
    "rough notes",
    "my notes",
    "study notes",
    "lecture notes",
    "class notes",
    "key points",
    "test your knowledge",
    "quiz",
    "tests",
    "scenario",
    "practice",
    "questions",
    "practice questions",
    "exam questions",
    "self-test",
    "quick answer",
    "tl;dr",
    "in short",
    "visual way to remember",
    "cheat sheet",
    "the core model",
    "core model",
    "examples",
    "activity",
    "answers",
    "definition",
    "explanation",
    "description",
    "details",
    "history",
    "background",
    "context",
];

/// Headings over a list of terms, which say nothing of what the terms
/// are about ("Vocabulary"): the note's title does.
pub const GLOSSARY_HEADINGS: &[&str] = &[
    "key concepts",
    "concepts",
    "core concepts",
    "vocabulary",
    "vocabulary list",
    "glossary",
    "key terms",
    "terms",
    "terminology",
    "definitions",
    "def",
    "defs",
    "exam tips",
    "notes & exam tips",
    "exam notes",
];

/// Parts of heading words that make a heading too general ("Exam Practice
/// Questions", "Memory Summary").
pub const GENERIC_HEADING_WORDS: &[&str] = &[
    "quiz",
    "scenario",
    "practice",
    "takeaway",
    "explanation",
    "interview",
    "remember",
    "summary",
    "overview",
    "knowledge",
    "question",
    "memory aid",
    "memory trick",
    "memory hook",
    "memory anchor",
    "mnemonic",
    "what's next",
    "objectives",
];

/// Words that open a time ("After the oven spring", "Before any task").
pub const TIME_OPENERS: &[&str] = &[
    "after", "before", "when", "once", "until", "during", "while",
];

/// Separators that set two things side by side ("TCP vs UDP").
pub const VERSUS: &[&str] = &[" vs. ", " vs ", " versus "];

/// Words that make a `Label: text` line a callout.
pub const CALLOUT_WORDS: &[&str] = &[
    "principle",
    "rule",
    "tip",
    "note",
    "nb",
    "remember",
    "important",
    "takeaway",
    "key point",
    "answer",
    "exam",
    "summary",
    "warning",
    "bottom line",
    "mnemonic",
    "in short",
    "definition",
    "gotcha",
    "trap",
    "hook",
    "trick",
    "analogy",
    "insight",
    "fix",
    "error",
    "problem",
    "solution",
    "cause",
    "result",
    "output",
    "symptom",
    "purpose",
    "benefit",
    "drawback",
    "reason",
];

/// Words that are no term when an item or line starts with them ("But: …",
/// "Think: …"): the text after them is a statement.
pub const NOT_TERMS: &[&str] = &[
    "but",
    "and",
    "or",
    "so",
    "however",
    "also",
    "then",
    "think",
    "think about it",
    "see",
    "e.g",
    "e.g.",
    "i.e",
    "i.e.",
    "example",
    "for example",
    "because",
    "why",
    "basically",
    "essentially",
    "in short",
    "in other words",
    "simply put",
    "put simply",
];

/// Headings of a course's admin (quizzes, dates, rooms): no facts.
pub const ADMIN_HEADINGS: &[&str] = &[
    "admin",
    "administration",
    "administrative",
    "announcements",
    "housekeeping",
    "logistics",
    "reminders",
    "contact",
    "contacts",
    "contact information",
    "contact details",
    "office hours",
    "grading",
    "grading scheme",
    "grade breakdown",
    "marking scheme",
    "course information",
    "course info",
    "course details",
];

/// Headings of what to study next, not facts.
pub const NEXT_HEADINGS: &[&str] = &["next step", "next steps", "what's next"];

/// Words that say what kind of document notes are, not what they are
/// about ("AWS Lambda Exam Prep", "Git Cheat Sheet").
pub const NOTE_KIND_WORDS: &[&str] = &[
    "notes",
    "note",
    "reference",
    "guide",
    "cheat",
    "cheatsheet",
    "sheet",
    "exam",
    "prep",
    "preparation",
    "summary",
    "overview",
    "basics",
    "course",
    "lecture",
    "lectures",
    "tutorial",
    "study",
];

/// A heading over a recap of what the notes said above ("Summary", "Final
/// 30-second revision", "TL;DR", "Key takeaways"): one of these words, with
/// only the fillers beside it ("Summary Statistics" is a subject).
pub const RECAP_WORDS: &[&str] = &[
    "summary",
    "recap",
    "revision",
    "tl",
    "dr",
    "tldr",
    "takeaway",
    "takeaways",
];
pub const RECAP_FILLERS: &[&str] = &[
    "quick", "final", "key", "the", "in", "a", "short", "last", "minute", "second", "notes",
];

/// Headings and leads of lists that are about the notes, not their
/// subject ("Learning objectives", "By the end of this lesson …").
pub const ABOUT_THE_NOTES: &[&str] = &[
    "objective",
    "what you will learn",
    "what you'll learn",
    "you'll understand",
    "you will understand",
    "by the end of",
    "prerequisite",
    "what's next",
    "next steps",
    "further reading",
    "topics covered",
    "covered topics",
    "what this covers",
    "references",
    "resources",
    "required reading",
    "suggested reading",
    "reading list",
];

/// Headings whose list is a table of contents.
pub const CONTENTS_HEADINGS: &[&str] = &["table of contents", "contents", "toc", "index"];

/// Headings under which a quiz's answers are written.
pub const ANSWER_HEADINGS: &[&str] = &["answers", "answer key", "solutions", "quiz answers"];

/// Table cells and list labels that say nothing on their own.
pub const EMPTY_LABELS: &[&str] = &[
    "note",
    "notes",
    "everything else",
    "other",
    "others",
    "misc",
    "etc",
    "etc.",
    "all other",
    "the rest",
    "rest",
    "n/a",
    "na",
    "-",
    "—",
    "–",
    "none",
    "n.a.",
    "?",
    "tbd",
];

/// Table headers that name the column of answers: the row is the question.
pub const ANSWER_COLUMNS: &[&str] = &[
    "answer",
    "choose",
    "choice",
    "use",
    "solution",
    "service",
    "pick",
    "best choice",
    "option",
    "result",
    "verdict",
];

/// Table headers of a column that explains the row rather than asking
/// about it: its cells go into the explanation of the row's cards.
pub const DETAIL_COLUMNS: &[&str] = &[
    "details",
    "detail",
    "description",
    "notes",
    "note",
    "explanation",
    "why",
    "reason",
    "comment",
    "comments",
    "implications",
    "remarks",
];

/// Table headers of a column of examples: given as explanation when the
/// table has other columns to ask about.
pub const EXAMPLE_COLUMNS: &[&str] = &["example", "examples", "syntax", "usage", "code", "sample"];

/// First table headers that make a table a comparison (rows are the
/// features, columns the things compared).
pub const COMPARISON_HEADERS: &[&str] = &[
    "",
    "feature",
    "features",
    "aspect",
    "concept",
    "criteria",
    "criterion",
    "property",
    "characteristic",
    "attribute",
    "dimension",
    "metric",
    "action",
    "factor",
];

/// Headers of a column of values whose rows name what each value is
/// ("Field | Value").
pub const VALUE_HEADERS: &[&str] = &["value", "values", "setting", "result"];

/// First table headers of a table of sample data (rows of records).
pub const SAMPLE_DATA_HEADERS: &[&str] = &["id", "#", "no", "no.", "row", "rownum"];

/// Words that leave a line unfinished when they end it.
pub const DANGLING: &[&str] = &[
    "a", "an", "the", "of", "for", "to", "and", "or", "by", "with", "in", "on", "is", "are",
    "that", "from", "as", "at", "into", "than", "but", "be", "its", "their", "your", "using",
    "via",
];

/// Words a clause starts with, which a term or a title does not ("The
/// customer provides: …" is a lead, not a term).
pub const CLAUSE_STARTS: &[&str] = &[
    "the", "a", "an", "it", "this", "that", "these", "those", "they", "you", "we", "i",
];

/// Words a definition cannot start with: the text is a fragment
/// ("Physical security — of data centres").
pub const FRAGMENT_STARTS: &[&str] = &[
    "of", "for", "at", "in", "with", "to", "by", "on", "from", "into", "than", "and", "or", "but",
];

/// Abbreviations that do not end a sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "st", "prof", "jr", "sr", "approx", "incl",
    "no", "u.s", "cf", "fig", "ca", "vol", "sir", "gen", "lt", "col", "capt", "rev", "c", "v", "p",
    "spp", "sp", "esp", "ed", "eds", "al",
];

/// Words left out of ids, tags and slugs.
pub const SLUG_STOP: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "for", "in", "on", "to", "by", "as", "with", "vs", "at",
    "is", "are",
];

/// Lines that carry no knowledge: page furniture, progress bars, copyright.
pub const JUNK_STARTS: &[&str] = &[
    "last updated",
    "updated:",
    "progress:",
    "copyright",
    "primary source:",
    "source:",
    "next:",
    "previous:",
    "credits",
    "all rights reserved",
    "back to",
    "congratulations",
];

/// "Lesson 13", "Chapter 2": page furniture above a plain-text title.
pub const FURNITURE_WORDS: &[&str] = &[
    "lesson", "chapter", "module", "unit", "part", "week", "day", "section",
];

/// Words that say "responsible for" in different ways; folded together so
/// "Who manages X?" and "Who is responsible for X?" count as one fact.
pub const RESPONSIBILITY_WORDS: &[&str] = &[
    "is responsible for",
    "takes care of",
    "manages",
    "handles",
    "secures",
    "protects",
    "owns",
];

/// The words that make a line a pointer to an answer (`👉`, `->`).
pub const POINTERS: &[&str] = &["-->", "->", "=>"];

/// Words a sentence opens with that are no part of a name ("The
/// Guild of …", "With AWS …").
pub const NAME_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "by",
    "during",
    "after",
    "before",
    "when",
    "from",
    "for",
    "with",
    "then",
    "later",
    "meanwhile",
    "soon",
    "while",
    "as",
    "since",
    "until",
    "although",
    "but",
    "and",
    "so",
    "if",
    "once",
    "under",
    "over",
    "of",
    "to",
    "without",
    "or",
    "every",
    "no",
    "not",
    "either",
    "neither",
    "via",
    "per",
    "also",
    "unlike",
    "like",
    "between",
    "about",
    "into",
];

/// A page's greeting ("Welcome", "Home"): no subject, no section.
pub const GREETINGS: &[&str] = &["welcome", "hello", "home", "index", "readme", "untitled"];

/// Modal verbs that open a clause of what a thing can or must do.
pub const MODALS: &[&str] = &["can", "cannot", "may", "must", "should", "will"];

/// The months, written out.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words that number a part of a work or a course ("Chapter 7", "Week 3",
/// "Lecture 5").
pub const PART_WORDS: &[&str] = &[
    "chapter", "section", "part", "book", "lecture", "lec", "lesson", "class", "session", "unit",
    "week", "day", "article", "act", "scene", "canto",
];

/// Words that make a clause of the words around them.
pub const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "can", "will", "may", "must", "does", "do",
    "did", "should", "could", "would", "might", "shall",
];
