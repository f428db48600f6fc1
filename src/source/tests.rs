//! Tests of the whole notes → deck pipeline, one per rule, on the fixtures
//! in `tests/fixtures/notes/`, and the check that the shipped deck is what
//! `generate` makes from its notes today.

use super::*;
use crate::deck::{self, CardSpec};

mod boxes;
mod cells;
mod charts;
mod deflists;
mod leads;
mod lines;
mod maths;
mod nested;
mod procedures;
mod quizzes;
mod shapes;
mod statements;
mod study_aids;
mod terms;

fn root() -> &'static str {
    env!("CARGO_MANIFEST_DIR")
}

fn fixture(name: &str) -> SourceFile {
    let path = format!("{}/tests/fixtures/notes/{name}", root());
    SourceFile {
        name: name.to_string(),
        text: std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
    }
}

fn notes(name: &str, text: &str) -> SourceFile {
    SourceFile {
        name: name.to_string(),
        text: text.to_string(),
    }
}

/// Generates and checks what every deck must satisfy: it validates, and
/// no card text keeps Markdown syntax, emoji or control characters.
fn gen(files: &[SourceFile]) -> DeckFile {
    let deck = generate(files, None).unwrap_or_else(|e| panic!("{e}"));
    deck::validate("test", deck.clone()).unwrap_or_else(|e| panic!("{e}"));
    for c in &deck.cards {
        let mut texts = vec![c.front.as_str()];
        texts.extend(c.back.as_deref());
        texts.extend(c.explanation.as_deref());
        texts.extend(c.choices.iter().flatten().map(String::as_str));
        for t in texts {
            assert!(
                !t.contains("**") && !t.contains('`'),
                "Markdown left in {t:?}"
            );
            // A code card shows its code under the question, on lines of
            // its own.
            let code_front = t == c.front && t.contains("\n\n");
            assert!(
                !t.chars()
                    .any(|ch| ch.is_control() && !(code_front && ch == '\n') || clean::is_emoji(ch)),
                "{t:?}"
            );
            assert!(
                !t.contains("â€") && !t.contains("ğŸ"),
                "mojibake left in {t:?}"
            );
            assert_eq!(t, t.trim(), "untrimmed {t:?}");
            // Code on a card keeps its indentation.
            assert!(
                t.contains('\n') || !t.contains("  "),
                "double space in {t:?}"
            );
        }
        let source = c.source.as_deref().unwrap_or_default();
        assert!(source.contains(" › line "), "{source}");
        for tag in &c.tags {
            assert!(
                !tag.is_empty()
                    && tag
                        .chars()
                        .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
                "{tag}"
            );
        }
    }
    deck
}

fn fronts(deck: &DeckFile) -> Vec<&str> {
    deck.cards.iter().map(|c| c.front.as_str()).collect()
}

fn card<'a>(deck: &'a DeckFile, front: &str) -> &'a CardSpec {
    deck.cards
        .iter()
        .find(|c| c.front == front)
        .unwrap_or_else(|| panic!("no card {front:?} in\n{:#?}", fronts(deck)))
}

fn back<'a>(deck: &'a DeckFile, front: &str) -> &'a str {
    card(deck, front).back.as_deref().unwrap_or_default()
}

/// Each block left out: its line and why.
fn lines_and_reasons(report: &Report) -> Vec<(usize, &str)> {
    report
        .left_out
        .iter()
        .map(|l| (l.line, l.why.as_str()))
        .collect()
}

fn err(files: &[SourceFile]) -> String {
    let e = generate(files, None).expect_err("should fail");
    assert_eq!(e.exit_code(), 65);
    e.to_string()
}

// ----- tables ---------------------------------------------------------------

#[test]
fn table_cells_carry_row_and_column() {
    let d = gen(&[fixture("tables.md")]);
    assert_eq!(
        back(&d, "Rented server: who patches the operating system?"),
        "The customer"
    );
    assert_eq!(
        back(&d, "Managed database: who patches the operating system?"),
        "The provider"
    );
    assert_eq!(
        back(&d, "Managed database: who backs up the data?"),
        "The customer"
    );
    // A meaning column is asked as a definition; an example column explains.
    // "Glossary" names no subject: the note's title does.
    let c = card(&d, "Hosting duties: what does “Tenant isolation” mean?");
    assert_eq!(
        c.back.as_deref(),
        Some("Keeping one customer's data away from another's")
    );
    assert_eq!(
        c.explanation.as_deref(),
        Some("Example: Separate encryption keys")
    );
}

#[test]
fn party_tables_give_who_cards_and_column_lists() {
    let d = gen(&[fixture("tables.md")]);
    assert_eq!(
        back(&d, "Managed database: who manages engine upgrades?"),
        "The provider"
    );
    assert_eq!(
        back(
            &d,
            "Managed database: who manages which tables hold personal data?"
        ),
        "The customer"
    );
    assert_eq!(
        back(
            &d,
            "Managed database: what does the provider manage? (3 items)"
        ),
        "Engine upgrades; Storage hardware; Failover between sites"
    );
}

#[test]
fn empty_and_na_cells_make_no_cards() {
    let d = gen(&[fixture("tables.md")]);
    for term in ["Blast radius", "Hot standby"] {
        let c = card(&d, &format!("Hosting duties: what does “{term}” mean?"));
        assert_eq!(c.explanation, None, "{term}");
    }
    assert!(!fronts(&d).iter().any(|f| f.contains("N/A")));
}

// ----- lists ----------------------------------------------------------------

#[test]
fn heading_and_list_give_a_list_card() {
    let d = gen(&[fixture("lists.md")]);
    assert_eq!(
        back(
            &d,
            "Hosting duties — What the provider looks after: list the 3 items."
        ),
        "Buildings, power and cooling; Racks, servers and disks; The network between sites"
    );
    assert_eq!(
        back(&d, "Hosting duties: what are the 3 control types?"),
        "Inherited control; Shared control; Customer-only control"
    );
}

#[test]
fn term_definitions_give_one_card_each() {
    let d = gen(&[fixture("lists.md")]);
    assert_eq!(
        back(
            &d,
            "Hosting duties — Control types: what is meant by “Inherited control”?"
        ),
        "A control the customer takes over from the provider as it is"
    );
    assert_eq!(
        back(
            &d,
            "Hosting duties — Control types: what is meant by “Shared control”?"
        ),
        "A control both sides carry out, each on its own layer"
    );
    assert_eq!(
        back(
            &d,
            "Hosting duties — Control types: what is meant by “Customer-only control”?"
        ),
        "A control that exists only because of what the customer builds"
    );
}

#[test]
fn party_lead_lists_give_who_cards() {
    let d = gen(&[fixture("lists.md")]);
    assert_eq!(
        back(
            &d,
            "Managed database: what does the provider manage? (2 items)"
        ),
        "Engine upgrades; Storage hardware"
    );
    assert_eq!(
        back(&d, "Managed database: who manages query performance?"),
        "The customer"
    );
    assert_eq!(
        back(&d, "Managed database: who manages engine upgrades?"),
        "The provider"
    );
}

// ----- explicit questions ----------------------------------------------------

#[test]
fn q_and_a_with_explanation() {
    let d = gen(&[fixture("questions.md")]);
    let c = card(&d, "Who replaces a failed disk in a rented server?");
    assert_eq!(c.back.as_deref(), Some("The provider."));
    assert_eq!(
        c.explanation.as_deref(),
        Some("Disks are hardware, and hardware is the provider's side.")
    );
    assert_eq!(
        back(&d, "Who decides which country the data lives in?"),
        "The customer, by choosing the region."
    );
}

#[test]
fn multiple_choice_with_explanation() {
    let d = gen(&[fixture("questions.md")]);
    let c = card(
        &d,
        "Which side patches the operating system of a rented server?",
    );
    assert_eq!(
        c.choices.as_deref(),
        Some(
            &[
                "The provider".to_string(),
                "The customer".into(),
                "Both, taking turns".into()
            ][..]
        )
    );
    assert_eq!(c.answer, Some(1));
    assert_eq!(c.back, None);
    assert!(c
        .explanation
        .as_deref()
        .unwrap()
        .starts_with("The provider stops at the hypervisor"));
}

#[test]
fn cloze_gives_one_card_per_number() {
    let d = gen(&[fixture("questions.md")]);
    assert_eq!(
        back(
            &d,
            "The provider keeps the hypervisor up to date, while the customer is responsible for [...] and its firewall rules."
        ),
        "the guest operating system"
    );
    assert_eq!(
        back(
            &d,
            "The provider keeps the hypervisor up to date, while the customer is responsible for the guest operating system and [...]."
        ),
        "its firewall rules"
    );
    let d = gen(&[notes(
        "c.md",
        "{{c1::Paris::city}} is the capital of {{c1::France}}.\n",
    )]);
    assert_eq!(back(&d, "[city] is the capital of [...]."), "Paris; France");
}

#[test]
fn callouts_become_questions() {
    let d = gen(&[fixture("questions.md")]);
    assert_eq!(
        back(&d, "Hosting quiz: what is the key principle?"),
        "The more a service does for you, the less you configure."
    );
    assert_eq!(
        back(&d, "Hosting quiz: what should you remember?"),
        "Encryption settings stay with the customer on every kind of service."
    );
    let d = gen(&[notes(
        "n.md",
        "# Topic\n\n## Backups\n\n**Exam tip**: restores are tested, not assumed.\n",
    )]);
    assert_eq!(
        back(&d, "Topic — Backups: what is the exam tip?"),
        "Restores are tested, not assumed."
    );
}

#[test]
fn responsibility_statements_become_who_cards() {
    let d = gen(&[fixture("questions.md")]);
    assert_eq!(
        back(
            &d,
            "Who is responsible for the physical security of its data centres?"
        ),
        "The provider"
    );
    assert_eq!(
        back(
            &d,
            "Who is responsible for firewall rules on a rented server?"
        ),
        "The customer"
    );
    assert_eq!(back(&d, "Who manages storage hardware?"), "The provider");
    assert_eq!(
        back(&d, "Who can choose which region holds the backups?"),
        "The customer"
    );
}

#[test]
fn a_checklist_that_is_not_a_question_is_a_list() {
    let d = gen(&[notes(
        "todo.md",
        "# Prep\n\n## Before the exam\n\n- [x] Read the notes\n- [ ] Take the mock test\n",
    )]);
    assert_eq!(
        back(&d, "Before the exam: list the 2 items."),
        "Read the notes; Take the mock test"
    );
    let d = gen(&[notes(
        "q.md",
        "## Which port does SSH use?\n\n- [x] 22\n- [ ] 80\n",
    )]);
    assert_eq!(card(&d, "Which port does SSH use?").answer, Some(0));
}

// ----- plain text -------------------------------------------------------------

#[test]
fn plain_text_lesson() {
    let d = gen(&[fixture("lesson.txt")]);
    assert_eq!(d.name, "Hosting Duties");
    // Statements split over two lines, under a heading found by its shape.
    assert_eq!(
        back(
            &d,
            "Provider Side: who is responsible for the buildings and the hardware?"
        ),
        "The provider"
    );
    // `•` bullets under a title-like line.
    assert_eq!(
        back(&d, "Hosting Duties: what does Building Security include?"),
        "Guards at every entrance; Badge readers on every door; Cameras in the halls"
    );
    // A tab-separated table and a table whose cells were glued together.
    assert_eq!(
        back(&d, "Managed database: what does the provider manage?"),
        "Engine, backups"
    );
    assert_eq!(
        back(
            &d,
            "Server (Rented machine, bare metal): what does the customer handle?"
        ),
        "Guest system patching"
    );
    assert_eq!(
        back(&d, "Duties by Offer: what is the tip?"),
        "Check the offer before you plan patch work."
    );
    // The quiz: options and an answer key; the unanswerable question is left out.
    let q1 = card(&d, "Who patches the guest system of a rented server?");
    assert_eq!(q1.choices.as_ref().map(Vec::len), Some(3));
    assert_eq!(q1.answer, Some(1));
    assert_eq!(card(&d, "Who replaces a broken disk?").answer, Some(0));
    let all = fronts(&d).join("\n");
    for absent in ["colour", "Unit 4", "2031", "Answers"] {
        assert!(!all.contains(absent), "{absent} in\n{all}");
    }
}

// ----- clean-up ---------------------------------------------------------------

#[test]
fn mojibake_is_repaired() {
    let d = gen(&[fixture("mojibake.md")]);
    let c = card(
        &d,
        "What the customer does — in short: true or false: “The provider fixes everything”?",
    );
    assert_eq!(
        c.back.as_deref(),
        Some("False — The provider fixes only its own layer")
    );
    assert!(card(
        &d,
        "What the customer does — in short: who pays for a lost laptop?"
    )
    .back
    .as_deref()
    .unwrap()
    .ends_with("outside the provider’s reach."));
}

#[test]
fn emoji_and_arrows_are_dropped() {
    let d = gen(&[fixture("mojibake.md")]);
    assert_eq!(
        back(&d, "Who is responsible for access rules?"),
        "The customer"
    );
    // `Provider → buildings, …`: the arrow separates a party from its duties.
    assert_eq!(
        back(
            &d,
            "What the customer does — in short: what does the provider handle?"
        ),
        "Buildings, disks, network"
    );
    assert_eq!(
        back(
            &d,
            "What the customer does — in short: who pays for a lost laptop?"
        ),
        "The customer. Devices at home are outside the provider’s reach."
    );
}

#[test]
fn near_duplicates_across_files_are_dropped() {
    let a = notes(
        "a.md",
        "# A\n\nThe provider is responsible for the disks.\n",
    );
    let b = notes(
        "b.md",
        "# B\n\n## Hardware\n\nThe Provider is responsible for the disks!\nDisks are provider-managed.\nThe customer manages the keys.\n",
    );
    let d = gen(&[a, b]);
    assert_eq!(
        fronts(&d),
        [
            "Who is responsible for the disks?",
            "Hardware: who manages the keys?"
        ]
    );
    assert!(d.cards[0].source.as_deref().unwrap().starts_with("a.md › "));
    assert!(d.cards[1]
        .source
        .as_deref()
        .unwrap()
        .starts_with("b.md › Hardware › line 7"));
}

#[test]
fn front_matter_is_ignored_and_names_the_deck() {
    let d = gen(&[fixture("questions.md")]);
    assert_eq!(d.name, "Hosting quiz");
    assert_eq!(
        d.description.as_deref(),
        Some("Questions about who runs what.")
    );
    let all = format!("{:?}", d.cards);
    assert!(
        !all.contains("sidebar") && !all.contains("Ignored because"),
        "{all}"
    );
    assert_eq!(
        card(&d, "Who replaces a failed disk in a rented server?")
            .source
            .as_deref(),
        Some("questions.md › Basics › line 11")
    );
}

#[test]
fn deck_name_comes_from_override_title_or_file_stem() {
    let file = notes("my-notes.md", "The customer manages the keys.\n");
    assert_eq!(gen(std::slice::from_ref(&file)).name, "my-notes");
    assert_eq!(generate(&[file], Some("Keys")).unwrap().name, "Keys");
    assert_eq!(gen(&[fixture("tables.md")]).name, "Hosting duties");
}

#[test]
fn tags_and_ids_come_from_headings() {
    let d = gen(&[fixture("tables.md")]);
    let c = card(&d, "Rented server: who patches the operating system?");
    assert_eq!(c.tags, ["who-does-what"]);
    assert!(
        c.id.as_deref().unwrap().starts_with("who-does-what-offer-"),
        "{:?}",
        c.id
    );
    assert_eq!(
        c.source.as_deref(),
        Some("tables.md › Who does what, by offer › line 7")
    );
}

// ----- determinism ------------------------------------------------------------

#[test]
fn same_notes_give_the_same_bytes() {
    let files: Vec<SourceFile> = [
        "tables.md",
        "lists.md",
        "questions.md",
        "lesson.txt",
        "mojibake.md",
    ]
    .iter()
    .map(|n| fixture(n))
    .collect();
    let one = deck::to_json(&generate(&files, None).unwrap());
    let two = deck::to_json(&generate(&files, None).unwrap());
    assert_eq!(one, two);
}

#[test]
fn unrelated_edits_keep_ids() {
    let before = gen(&[fixture("questions.md")]);
    let mut edited = fixture("questions.md");
    // New lines at the top shift every line number; another card's answer changes.
    edited.text = edited
        .text
        .replace(
            "## Basics\n",
            "## Basics\n\nA new paragraph.\n\nAnother one.\n\n",
        )
        .replace("A: The provider.", "A: The provider, always.");
    let after = gen(&[edited]);
    let ids = |d: &DeckFile| -> Vec<(String, String)> {
        d.cards
            .iter()
            .map(|c| (c.front.clone(), c.id.clone().unwrap_or_default()))
            .collect()
    };
    assert_eq!(ids(&before), ids(&after));
    assert_ne!(before.cards[0].source, after.cards[0].source);
    assert_eq!(
        after.cards[0].back.as_deref(),
        Some("The provider, always.")
    );
}

// ----- errors -----------------------------------------------------------------

#[test]
fn multiple_choice_without_a_right_answer_is_an_error() {
    let e = err(&[notes(
        "q.md",
        "# T\n\nWho patches it?\n\n- [ ] AWS\n- [ ] Nobody\n",
    )]);
    assert_eq!(
        e,
        "q.md:3: the multiple-choice question “Who patches it?” has no right answer — mark the right option `- [x]`"
    );
}

#[test]
fn multiple_choice_with_two_right_answers_is_an_error() {
    let e = err(&[notes(
        "q.md",
        "Who patches it?\n\n- [x] AWS\n- [ ] Nobody\n- [x] You\n",
    )]);
    assert!(e.starts_with("q.md:1: "), "{e}");
    assert!(
        e.contains("has 2 right answers (lines 3, 5) — mark only one option `- [x]`"),
        "{e}"
    );
}

#[test]
fn other_input_errors_name_file_and_line() {
    assert_eq!(
        err(&[notes("q.md", "# T\n\nQ: Who patches it?\n")]),
        "q.md:3: the question “Who patches it?” has no answer — write the answer on the next line, starting with `A:`"
    );
    // a label that names nothing gives way to its sentences
    let d = gen(&[notes(
        "b.md",
        "# Kilns\n\n## Types\n\n_Background:_ Glazes can be matte, glossy or satin. Cone 6 is the most common mid-fire temperature.\n",
    )]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Background")),
        "{:?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Kilns: what can glazes be?"),
        "Matte, glossy or satin"
    );
    // several level-1 headings and no title: the file's name says what
    // the notes are about
    let d = gen(&[notes(
        "kiln.md",
        "# Shelves\n\nKiln shelves sag when they are overloaded.\n\n# Cones\n\n- Cone 6 - a mid-fire temperature\n",
    )]);
    assert!(
        fronts(&d).iter().all(|f| f.starts_with("Kiln")),
        "{:?}",
        fronts(&d)
    );
    // the notes' own details in a quote; a count as a label
    let d = gen(&[notes(
        "k.md",
        "# Kilns\n\n> **Class:** *Ceramics 101*\n> **Lecturer:** *A. Potter*\n\n- **Two main kinds**: electric kilns and gas kilns\n",
    )]);
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("Lecturer") && !f.contains("class")),
        "{:?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Kilns: what are the two main kinds?"),
        "Electric kilns and gas kilns"
    );
    // a heading over a sentence that says what it does
    let d = gen(&[notes(
        "c.md",
        "# Kilns\n\n## Firing\n\n### Cone 6\n\nProduces a hard, glassy stoneware glaze.\n",
    )]);
    assert_eq!(
        back(&d, "Kilns — Firing: what does Cone 6 produce?"),
        "A hard, glassy stoneware glaze"
    );
    // a list of section numbers, each with its meaning: no list card
    let d = gen(&[notes(
        "s.md",
        "# Kiln code\n\n## Limits\n\n- `s10, kc`: Firing needs a permit\n- `s11(2), kc`: Kilns must be vented\n",
    )]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("list the")),
        "{:?}",
        fronts(&d)
    );
    // each number's own card stays
    assert_eq!(
        back(&d, "Kiln code — Limits: what is meant by “s10, kc”?"),
        "Firing needs a permit"
    );
    // a "History" section is read for its facts, not defined
    let d = gen(&[notes(
        "h.md",
        "# Kilns\n\n## History\n\nThe Romans fired their pots to harden the clay.\n",
    )]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("History")),
        "{:?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Kilns: why did the Romans fire their pots?"),
        "To harden the clay"
    );
    // a plural label of two words over names
    let d = gen(&[notes(
        "g.md",
        "# Glazes\n\n## Kinds\n\n- **Matte Glazes**: Vellum, Satin, Stone\n- **Gloss Glazes**: Clear, Celadon\n",
    )]);
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.to_lowercase().ends_with("what are the matte glazes?")),
        "{:?}",
        fronts(&d)
    );
    // an answer after the question mark, in the same paragraph
    let d = gen(&[notes(
        "q.md",
        "# T\n\n_Question:_ Why do pots crack? They cool too fast.\n",
    )]);
    assert_eq!(back(&d, "Why do pots crack?"), "They cool too fast.");
    assert!(err(&[notes("c.md", "The {{c1::answer is open.\n")]).starts_with("c.md:1: a cloze"));
    assert!(err(&[notes("e.md", " \n\n")]).starts_with("e.md: the file has no notes in it"));
    assert!(err(&[notes("e.md", "---\ntitle: x\n---\n")])
        .starts_with("e.md: the file has no notes in it"));
    assert!(err(&[notes("n.md", "Just a thought.\n")]).starts_with("n.md: no cards could be made"));
    assert!(err(&[]).contains("no notes files"));
    assert!(
        err(&[notes("o.md", "## Which one?\n\n- [ ] this\n- [ ] that\n")])
            .starts_with("o.md:3: the multiple-choice question “Which one?” has no right answer")
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
    /// No input crashes the generator, and whatever it makes validates.
    #[test]
    fn never_panics(text in "(#{1,3} |- |- \\[[ x]\\] |\\| |Q: |A: |> |\\{\\{c1::|\\}\\}|1\\. |B\\) |Answer: |AWS |is responsible for |the customer |manages |Key principle: |â€™|ğŸ‘‰|→|İ|ß“|\\*\\*|[a-zA-Z ]{1,12}|[.:?|\\n]|```\\n|├── |└── |│ |<details>|<summary>Answer</summary>|Answers: 1-B|## Answers\\n|\\| Who\\? \\||Question 2\\n|\\[l\\]\\(#a\\)| = | is called |is a |Q1: |```python\\n|```bash\\n|# Show |Output:\\n|✅ |\\*[a-z]{1,6}\\* | while |While | is used to | stores | is the only |How it works: |    ){0,60}") {
        if let Ok(d) = generate(&[SourceFile { name: "p.md".into(), text: text.clone() }], None) {
            deck::validate("p", d).unwrap();
        }
        if let Ok(d) = generate(&[SourceFile { name: "p.txt".into(), text }], None) {
            deck::validate("p", d).unwrap();
        }
    }
}

// ----- the shipped deck ---------------------------------------------------------

const SHIPPED_NOTES: &str = "decks/sources/aws-shared-responsibility.md";
const SHIPPED_DECK: &str = "decks/aws-shared-responsibility.json";
const SHIPPED_NAME: &str = "AWS Shared Responsibility Model";

fn shipped_json() -> String {
    let path = format!("{}/{SHIPPED_NOTES}", root());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let file = SourceFile {
        name: "aws-shared-responsibility.md".into(),
        text,
    };
    let deck = generate(&[file], Some(SHIPPED_NAME)).unwrap_or_else(|e| panic!("{e}"));
    deck::validate(SHIPPED_DECK, deck.clone()).unwrap_or_else(|e| panic!("{e}"));
    deck::to_json(&deck)
}

#[test]
fn shipped_deck_is_what_generate_makes() {
    let path = format!("{}/{SHIPPED_DECK}", root());
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let today = shipped_json();
    assert!(
        committed == today,
        "{SHIPPED_DECK} is not what `generate` makes from {SHIPPED_NOTES} today. Regenerate it with\n  \
         cargo test --lib source::tests::regenerate_shipped_deck -- --ignored\n\
         (or `recall generate {SHIPPED_NOTES} --deck \"{SHIPPED_NAME}\" -o {SHIPPED_DECK}`), read the diff, and commit both files."
    );
}

#[test]
fn shipped_deck_has_every_kind_of_card() {
    let deck = crate::deck::parse(SHIPPED_DECK, &shipped_json()).unwrap();
    assert_eq!(deck.name, SHIPPED_NAME);
    assert!(deck.description.is_some());
    let mc = deck.cards.iter().filter(|c| c.choices.is_some()).count();
    assert!(mc >= 9, "{mc} multiple-choice cards");
    assert!(deck.cards.len() >= 80, "{} cards", deck.cards.len());
}

/// Writes the shipped deck from its notes: run with `--ignored` after
/// editing the notes or the rules.
#[test]
#[ignore]
fn regenerate_shipped_deck() {
    let path = format!("{}/{SHIPPED_DECK}", root());
    std::fs::write(&path, shipped_json()).unwrap();
}

#[test]
fn adding_a_list_item_keeps_the_list_card_id() {
    let before = "# T\n\n## Parts\n\n- Wheels\n- Doors\n";
    let after = "# T\n\n## Parts\n\n- Wheels\n- Doors\n- Seats\n";
    let id = |text: &str| {
        let deck = generate(
            &[SourceFile {
                name: "n.md".into(),
                text: text.into(),
            }],
            None,
        )
        .unwrap();
        let card = deck
            .cards
            .iter()
            .find(|c| c.front.contains("parts"))
            .cloned()
            .unwrap();
        (card.id.unwrap(), card.front)
    };
    let (a, front_a) = id(before);
    let (b, front_b) = id(after);
    assert_ne!(front_a, front_b);
    assert_eq!(a, b);
}

// ----- shapes of notes nobody here wrote (issue 13) ------------------------------

fn choice_of(d: &DeckFile, front: &str) -> (Vec<String>, usize) {
    let c = card(d, front);
    (
        c.choices.clone().unwrap_or_default(),
        c.answer.unwrap_or(99),
    )
}

#[test]
fn a_question_as_column_header_keeps_the_section_and_not_the_header() {
    let d = gen(&[fixture("shapes-tables.md")]);
    // "Who?" is the question; the sub-heading says which offer, with the
    // part that would give the answer away left out.
    assert_eq!(
        back(
            &d,
            "Rented server: IaaS — who is responsible for guest system patches?"
        ),
        "The customer"
    );
    assert_eq!(
        back(
            &d,
            "Managed database (PaaS - provider does more): who is responsible for guest system patches?"
        ),
        "The provider"
    );
    // A header that is a whole question is asked of each row.
    assert_eq!(
        back(&d, "A flood in the server hall: who is responsible?"),
        "The provider"
    );
    for f in fronts(&d) {
        assert!(
            !f.contains("Who?") && !f.to_lowercase().contains("everything else"),
            "{f}"
        );
    }
}

#[test]
fn responsibility_and_details_give_one_card_per_row_with_the_reason() {
    let d = gen(&[fixture("shapes-tables.md")]);
    let c = card(&d, "Duties with reasons: who destroys retired disks?");
    assert_eq!(c.back.as_deref(), Some("The provider"));
    assert_eq!(
        c.explanation.as_deref(),
        Some("The disks never leave the provider's halls")
    );
    assert!(!fronts(&d).iter().any(|f| f.contains("details")));
}

#[test]
fn answer_columns_myths_comparisons_and_examples() {
    let d = gen(&[fixture("shapes-tables.md")]);
    assert_eq!(
        back(
            &d,
            "Hosting shapes — Pick the tool: Block one address — which one?"
        ),
        "Network list (it can deny)"
    );
    assert_eq!(
        back(
            &d,
            "Hosting shapes — Exam traps: true or false: “The standby copy serves reads”?"
        ),
        "False — It only takes over when the main copy fails."
    );
    assert_eq!(
        back(
            &d,
            "Hosting shapes — Network list: what is the default inbound?"
        ),
        "Allow all"
    );
    assert_eq!(
        back(
            &d,
            "Hosting shapes: what are examples of the service kind “Rented machines”?"
        ),
        "Virtual servers, block disks"
    );
}

#[test]
fn parallel_statements_become_which_one_cards_with_the_columns_as_choices() {
    let d = gen(&[fixture("shapes-tables.md")]);
    let (choices, answer) = choice_of(
        &d,
        "Hosting shapes — Side by side: which one: “Needs a rule for each direction”?",
    );
    assert_eq!(choices, ["Machine firewall", "Network list"]);
    assert_eq!(answer, 1);
}

#[test]
fn sample_data_gives_no_card_and_is_reported() {
    let (d, report) = generate_with_report(&[fixture("shapes-tables.md")], None).unwrap();
    assert!(!fronts(&d)
        .iter()
        .any(|f| f.contains("Blue Fields") || f.contains("title")));
    assert!(report
        .left_out
        .iter()
        .any(|l| l.line == 68 && l.why == "a table of sample data"));
}

#[test]
fn quizzes_in_every_common_shape() {
    let (d, report) = generate_with_report(&[fixture("shapes-quizzes.md")], None).unwrap();
    // A numbered list of questions and an answer key in a .md file.
    assert_eq!(
        choice_of(&d, "Which layer carries IP addresses?"),
        (vec!["Link".into(), "Network".into(), "Session".into()], 1)
    );
    // A revealed answer that repeats the option, then explains.
    let c = card(&d, "Which port does a web server use for plain HTTP?");
    assert_eq!(c.answer, Some(1));
    assert_eq!(
        c.explanation.as_deref(),
        Some("Plain HTTP listens there unless told otherwise.")
    );
    // `**Answer:** B` after the options, with an explanation.
    assert_eq!(
        card(&d, "How many bits does an IPv4 address have?").answer,
        Some(1)
    );
    // The answer under a later "Answers" heading.
    assert_eq!(
        card(&d, "Which command lists open sockets?").answer,
        Some(0)
    );
    // No answer anywhere: left out, and said so.
    assert!(!fronts(&d).iter().any(|f| f.contains("traces the route")));
    assert_eq!(report.left_out.len(), 1, "{report:?}");
    assert!(report.left_out[0]
        .why
        .starts_with("question 5 has no answer"));
    for f in fronts(&d) {
        assert!(!f.to_lowercase().contains("answer"), "{f}");
    }
}

#[test]
fn party_leads_labels_and_sub_items() {
    let d = gen(&[fixture("shapes-prose.md")]);
    // The front matter names the parties and says who "you" is.
    assert_eq!(
        back(&d, "Who does what: who manages the boiler?"),
        "The landlord"
    );
    assert_eq!(
        back(&d, "Who does what: who manages indoor repairs?"),
        "The tenant"
    );
    assert_eq!(
        back(&d, "Who does what: who maintains the smoke alarms?"),
        "The tenant"
    );
    // The bold item label stays the context of its sub-items.
    assert_eq!(
        back(
            &d,
            "Flat duties — Who does what: what are the indoor repairs (2 items)?"
        ),
        "Dripping taps; Loose door handles"
    );
    // A label with nothing under it gives no card.
    assert!(!fronts(&d).iter().any(|f| f.contains("You manage")));
    for c in &d.cards {
        assert_ne!(c.back.as_deref(), Some("You"), "{}", c.front);
    }
}

#[test]
fn prose_pointer_quote_and_bold_terms() {
    let d = gen(&[fixture("shapes-prose.md")]);
    assert_eq!(
        back(&d, "Flat duties — Who does what: what is the key point?"),
        "The tenant reports damage within a week."
    );
    assert_eq!(
        back(&d, "Flat duties — Who does what: what is a deposit?"),
        "Money held back against damage to the flat"
    );
    assert_eq!(
        back(&d, "Flat duties — Who does what: what is the key handover?"),
        "Old tenants hand in three copies of each key"
    );
    // A quoted exam question is that question, not a term.
    assert_eq!(back(&d, "Who pays for a broken window?"), "The tenant");
}

#[test]
fn definitions_roles_fragments_and_chains() {
    let d = gen(&[fixture("shapes-prose.md")]);
    assert_eq!(
        back(&d, "Parts of a flat: what does Front door do?"),
        "Lets people into the flat"
    );
    for f in fronts(&d) {
        assert!(!f.contains("Hallway") && !f.contains("“Kitchen”"), "{f}");
    }
}

#[test]
fn trees_long_lists_contents_and_links() {
    let (d, report) = generate_with_report(&[fixture("shapes-prose.md")], None).unwrap();
    assert_eq!(back(&d, "Flat — Kitchen: list the 2 items."), "Oven; Sink");
    assert_eq!(back(&d, "Flat: list the 2 items."), "Kitchen; Bathroom");
    assert_eq!(
        back(
            &d,
            "Flat duties: what are the rooms to check (8–13 of 13 items)?"
        ),
        "Garage; Garden; Shed; Porch; Attic; Balcony"
    );
    let why = lines_and_reasons(&report);
    assert_eq!(
        why,
        [
            (11, "a table of contents"),
            (20, "a label with nothing under it"),
            // a fragment and an arrow chain, which give no card
            (
                41,
                "an item that no rule could ask about (the rest of its list gave cards)"
            ),
            (
                42,
                "an item that no rule could ask about (the rest of its list gave cards)"
            ),
            (74, "a list of links")
        ]
    );
    assert_eq!(report.cards, d.cards.len());
    assert_eq!(report.blocks, 16);
}

#[test]
fn names_keep_their_case_and_dots_keep_their_space() {
    let d = gen(&[fixture("shapes-prose.md")]);
    assert_eq!(
        back(
            &d,
            "Versions: who keeps backups of .zip files and .NET apps in the S3 bucket?"
        ),
        "The tenant"
    );
}

#[test]
fn same_front_with_another_answer_is_qualified_or_merged() {
    let text = "# T\n\n## Rented\n\n- Who patches it? → The customer\n\n## Managed\n\n- Who patches it? → The provider\n\n## Managed\n\n- Who patches it? → Nobody\n";
    let d = gen(&[notes("q.md", text)]);
    assert_eq!(back(&d, "Rented: who patches it?"), "The customer");
    assert_eq!(back(&d, "Managed: who patches it?"), "The provider; Nobody");
    let mut seen = std::collections::HashSet::new();
    for f in fronts(&d) {
        assert!(seen.insert(f.to_lowercase()), "two cards ask {f}");
    }
}

#[test]
fn party_only_answers_carry_the_reason_the_notes_give() {
    let text = "# T\n\n## Managed database\n\nBecause the provider runs the engine, the line moves up.\n\n**The provider manages:**\n\n- Engine patches\n- Disk hardware\n";
    let d = gen(&[notes("r.md", text)]);
    let c = card(&d, "Managed database: who manages engine patches?");
    assert_eq!(c.back.as_deref(), Some("The provider"));
    assert_eq!(
        c.explanation.as_deref(),
        Some("Because the provider runs the engine, the line moves up.")
    );
}

#[test]
fn deep_nesting_names_the_file_and_line() {
    let text = format!("# T\n\n{}x\n", "> - ".repeat(10_000));
    let e = err(&[notes("deep.md", &text)]);
    assert!(
        e.starts_with("deep.md:3: lists and quotes nest more than 64 levels deep"),
        "{e}"
    );
}

#[test]
fn no_cards_says_what_was_left_out() {
    let e = err(&[notes("c.md", "# T\n\n```\nlet x = 1;\n```\n")]);
    assert!(e.ends_with("Left out: line 3: a code block"), "{e}");
}

#[test]
fn questions_answered_by_the_quote_or_a_label_below() {
    let d = gen(&[fixture("shapes-asked.md")]);
    assert_eq!(
        back(&d, "Transactions in short: what does atomicity promise?"),
        "Every step of a transaction happens, or none does."
    );
    assert_eq!(
        back(
            &d,
            "Transactions in short — Atomicity: list the two phases of two-phase locking."
        ),
        "Growing: locks are taken; Shrinking: locks are given back"
    );
    assert_eq!(
        back(
            &d,
            "Transactions in short — Atomicity: what does a rollback undo?"
        ),
        "The changes of the transaction that has not committed."
    );
    assert_eq!(
        back(
            &d,
            "Transactions in short — Isolation: which level is the strictest?"
        ),
        "Serializable — and the slowest."
    );
    assert_eq!(
        back(
            &d,
            "Transactions in short — Isolation: how do you avoid dirty reads?"
        ),
        "Use Read Committed or stricter; Keep transactions short"
    );
    // A bold question answered by the paragraph and list below it.
    assert_eq!(
        back(&d, "Isolation: why keep transactions short?"),
        "Long ones hold their locks: Other sessions wait; Deadlocks grow likely"
    );
    // A heading that asks, answered by the paragraph under it.
    assert_eq!(
        back(
            &d,
            "Transactions in short — Isolation: why do levels exist?"
        ),
        "They trade safety for speed"
    );
    assert_eq!(d.cards.len(), 7, "{:#?}", fronts(&d));
}

#[test]
fn code_gives_cards_only_where_the_notes_say_what_it_does() {
    let (d, report) = generate_with_report(&[fixture("shapes-code.md")], None).unwrap();
    assert_eq!(
        back(
            &d,
            "Counting: what does this code print?\n\nfor k in range(3):\n    print(k * 2)"
        ),
        "0\n2\n4"
    );
    assert_eq!(
        back(
            &d,
            "Greeting: what does this code print?\n\nname = \"Ada\"\nprint(\"Hi \" + name)"
        ),
        "Hi Ada"
    );
    assert_eq!(
        back(&d, "A typo: what error does this code give?\n\nprnt(\"x\")"),
        "NameError: name 'prnt' is not defined"
    );
    assert_eq!(
        back(&d, "Files: how do you list every file with its size?"),
        "ls -la"
    );
    assert_eq!(
        back(&d, "Files: how do you copy a folder and all it holds?"),
        "cp -r src/ backup/"
    );
    assert_eq!(
        back(
            &d,
            "Shell and Python — Flags — What each flag means: what is “-f”?"
        ),
        "Never ask before overwriting"
    );
    assert_eq!(
        back(
            &d,
            "Shell and Python — The build: what are the 4 steps, in order?"
        ),
        "Source files → Compiler → Object files → Linker"
    );
    // A list drawn in a code block is a list.
    assert_eq!(
        back(
            &d,
            "Shell and Python — What the cache does: list the 2 items."
        ),
        "Keeps hot pages in memory; Writes dirty pages back in batches"
    );
    // `$ command (what it does)` lines, in a block with no language
    assert_eq!(
        back(&d, "The garden robot: how do you sow seeds along a row?"),
        "bot plant --row 3"
    );
    assert_eq!(
        back(&d, "The garden robot: how do you water every bed?"),
        "bot water --all"
    );
    assert_eq!(
        back(&d, "The garden robot: how do you trim the hedges too?"),
        "bot prune --hedge"
    );
    assert_eq!(d.cards.len(), 12, "{:#?}", fronts(&d));
    // Two programs with no output between them say nothing to ask.
    let lines: Vec<usize> = report.left_out.iter().map(|l| l.line).collect();
    assert_eq!(lines, [41, 45, 84, 88], "{:#?}", report.left_out);
    assert_eq!(
        report.left_out[2].why,
        "a code block whose output is written in the code"
    );
}

#[test]
fn plain_statements_and_italic_terms() {
    let d = gen(&[fixture("shapes-statements.md")]);
    assert_eq!(
        back(&d, "Storage engines: what are overflow pages used for?"),
        "To hold values too long for one page"
    );
    assert_eq!(
        back(
            &d,
            "Storage engines: what is the sum of the free bytes on a page called?"
        ),
        "Its slack"
    );
    assert_eq!(
        back(&d, "Pages: what is the only index kind in this engine?"),
        "The B-tree"
    );
    assert_eq!(
        back(&d, "Storage engines — Pages: what does a sorted index do?"),
        "Allows you to read rows in key order"
    );
    assert_eq!(
        back(&d, "Storage engines — Locks: what is meant by “Latch”?"),
        "A short lock held while a page is read"
    );
    // An italic word that starts a sentence is its subject, not a term.
    assert_eq!(
        back(&d, "Storage engines — Locks: what do waits contain?"),
        "The sessions that sleep on a lock"
    );
    // "keeps rows in no order" is no question of what it keeps: the
    // order is the point, so the gap holds it
    assert!(!fronts(&d)
        .iter()
        .any(|f| f.contains("does a heap file keep")));
    assert_eq!(
        back(&d, "Storage engines — Pages: A heap file keeps [...]."),
        "rows in no order"
    );
    // Code as a meaning gives no definition card, and says why.
    assert!(
        !fronts(&d).iter().any(|f| f.contains("Joined")),
        "{:#?}",
        fronts(&d)
    );
    let (_, report) = generate_with_report(&[fixture("shapes-statements.md")], None).unwrap();
    assert!(
        report
            .left_out
            .iter()
            .any(|l| l.line == 21 && l.why.starts_with("code as the meaning")),
        "{report:?}"
    );
}

#[test]
fn fronts_ask_a_question_not_a_column_name() {
    let d = gen(&[fixture("shapes-fronts.md")]);
    assert_eq!(
        back(&d, "Page cache: what is the purpose?"),
        "Keep file pages in memory"
    );
    assert_eq!(back(&d, "Query cache: what is it best for?"), "Dashboards");
    // Yes/no columns keep the short form.
    assert_eq!(back(&d, "Query cache: shared?"), "No");
    // A one-letter row label is named with its column.
    assert_eq!(back(&d, "Caches — Level B: what is the latency?"), "4 ns");
    assert_eq!(
        back(&d, "Caches — Write-back: how does it work?"),
        "Writes land in the cache and reach the disk later"
    );
    assert_eq!(
        back(&d, "Caches — Write-back: when do you use it?"),
        "Many writes to the same blocks"
    );
    // A meaning that starts with a verb says what the term does.
    assert_eq!(
        back(&d, "Caches — Write-back: what do Edge Nodes do?"),
        "Serve cached pages near the reader"
    );
    // "Field | Value" rows, and values written as code or as a name.
    assert_eq!(
        back(&d, "Caches — Example host: what is the gateway?"),
        "10.0.0.1"
    );
    assert_eq!(
        back(&d, "Caches — Example host: what is the mask?"),
        "255.255.0.0"
    );
    assert_eq!(back(&d, "Caches — Example host: what is the zone?"), "Blue");
    // A description that starts with a verb says what the row does.
    assert_eq!(
        back(&d, "Tools: what does Cache CLI do?"),
        "Manage caches from a terminal"
    );
    assert_eq!(
        back(&d, "Tools: what do Cache Agents do?"),
        "Tracks hit rates"
    );
    assert!(
        !fronts(&d).iter().any(|f| f.contains("list the 5")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn leads_and_empty_lists_are_reported_for_what_they_are() {
    let text = "# Build\n\n## Setup\n\nRun this first:\n\n```bash\nmake\n```\n\n- \n- \n\nObject files contain machine code.\n";
    let (_, report) = generate_with_report(&[notes("n.md", text)], None).unwrap();
    let why = lines_and_reasons(&report);
    assert_eq!(
        why,
        [
            (5, "the lead of the block below, which gave no card"),
            (7, "a code block"),
            (11, "an empty list")
        ]
    );
}

#[test]
fn several_top_headings_are_sections_not_a_title() {
    let text = "# Sets\n\n- Unordered: items keep no position\n\n# Maps\n\n- Keyed: items are found by key\n";
    let d = gen(&[notes("n.md", text)]);
    assert_eq!(d.name, "Sets");
    assert_eq!(
        back(&d, "Sets: what is meant by “Unordered”?"),
        "Items keep no position"
    );
    assert_eq!(
        back(&d, "Maps: what is meant by “Keyed”?"),
        "Items are found by key"
    );
}

#[test]
fn a_heading_over_one_short_block_is_what_it_defines() {
    let text = "# Storage\n\n## Write-ahead log\n\nEvery change is written here before the table.\n\n## Checkpoint\n\n    - Flushes dirty pages\n      to the table files\n\n## Why it matters\n\nCrashes lose nothing.\n";
    let d = gen(&[notes("n.md", text)]);
    assert_eq!(
        back(&d, "Storage: what is meant by “Write-ahead log”?"),
        "Every change is written here before the table"
    );
    // A list the notes indent under a heading is still a list.
    assert_eq!(
        back(&d, "Storage: what is meant by “Checkpoint”?"),
        "Flushes dirty pages to the table files"
    );
    assert_eq!(d.cards.len(), 2, "{:#?}", fronts(&d));
}

#[test]
fn labelled_advice_is_asked_as_advice() {
    let d = gen(&[fixture("shapes-advice.md")]);
    assert_eq!(
        back(&d, "Frequent errors — Midday watering: what should you do?"),
        "Set a timer for dawn instead"
    );
    assert_eq!(
        back(
            &d,
            "Garden Watering — Frequent errors — Wet leaves: why is it a mistake?"
        ),
        "Fungus spreads on damp foliage"
    );
    assert_eq!(
        back(
            &d,
            "Garden Watering — Handy tips — Mulch early: what does the tip say?"
        ),
        "Keeps the soil cool through summer"
    );
    assert_eq!(
        back(&d, "Garden Watering — Hoses — Kinks: what should you do?"),
        "Never leave a hose coiled in the sun"
    );
    assert!(
        !fronts(&d).iter().any(|f| f.contains("what is meant by")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn labels_that_come_back_in_several_lists_are_fields() {
    let d = gen(&[fixture("shapes-advice.md")]);
    assert_eq!(
        back(&d, "Garden Watering — Vegetable bed: what is the schedule?"),
        "Daily"
    );
    assert_eq!(back(&d, "Rock garden: what is the schedule?"), "Weekly");
    // The same value under another heading is another card.
    assert_eq!(
        back(
            &d,
            "Garden Watering — Vegetable bed: what is the fertiliser?"
        ),
        "Compost in spring"
    );
    assert_eq!(
        back(&d, "Rock garden: what is the fertiliser?"),
        "Compost in spring"
    );
    assert!(
        !fronts(&d).iter().any(|f| f.contains("list the 3 items")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn key_value_rows_in_a_plain_block_are_a_table() {
    let d = gen(&[fixture("shapes-rows.md")]);
    assert_eq!(back(&d, "Bakery — Oven temperatures: Bread?"), "230 C");
    assert_eq!(back(&d, "Bakery — Oven temperatures: Meringue?"), "100 C");
    // Configuration in a language is code, not a table.
    assert!(
        !fronts(&d).iter().any(|f| f.starts_with("Config")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_decision_tree_asks_its_questions() {
    let d = gen(&[fixture("shapes-rows.md")]);
    assert_eq!(
        back(
            &d,
            "Bakery — Choosing a flour: Baking today? Needs to rise? Yes — what then?"
        ),
        "Bread flour"
    );
    assert_eq!(
        back(
            &d,
            "Bakery — Choosing a flour: Baking today? Needs to rise? No. Crumbly or chewy? Chewy — what then?"
        ),
        "Plain flour"
    );
    assert_eq!(
        back(
            &d,
            "Bakery — Choosing a flour: Baking today? Gluten free? Yes — what then?"
        ),
        "Rice flour"
    );
    assert!(
        !fronts(&d)
            .iter()
            .any(|f| f.starts_with("Choosing") && f.contains("list the")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn term_lines_in_a_paragraph_and_equals_items_are_terms() {
    let d = gen(&[fixture("shapes-rows.md")]);
    assert_eq!(
        back(&d, "Bakery — Dough: what is meant by “Levain”?"),
        "A starter kept alive with daily feeds"
    );
    assert_eq!(
        back(&d, "Bakery — Dough: what is meant by “Autolyse”?"),
        "A rest before the salt goes in"
    );
    assert_eq!(
        back(&d, "Bakery — Shaping: what does “Boule” mean?"),
        "Round loaf — baked in a pot"
    );
    assert_eq!(
        back(&d, "Bakery — Shaping: list the 2 items."),
        "Boule; Batard"
    );
}

#[test]
fn a_list_indented_inside_a_paragraph_is_a_list() {
    let d = gen(&[fixture("shapes-rows.md")]);
    assert_eq!(
        back(&d, "Bakery: what is meant by “Proofing”?"),
        "A slow rise that builds flavour"
    );
    assert_eq!(
        back(
            &d,
            "Bakery — Proofing: signs it is ready: list the 2 items."
        ),
        "The dough doubles in size; a poke springs back slowly"
    );
}

#[test]
fn a_list_of_bare_addresses_is_left_out_as_links() {
    let (d, report) = generate_with_report(&[fixture("shapes-rows.md")], None).unwrap();
    assert!(
        !fronts(&d).iter().any(|f| f.contains("Bakery sites")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        lines_and_reasons(&report)
            .iter()
            .any(|(_, why)| *why == "a list of links"),
        "{report:?}"
    );
}

#[test]
fn a_worked_example_names_its_input_and_a_table_on_its_side_is_read_by_column() {
    let d = gen(&[fixture("shapes-rows.md")]);
    assert_eq!(
        back(&d, "Bakery — Worked recipe (500 g): what is the hydration?"),
        "70 %"
    );
    assert_eq!(
        back(&d, "Bakery — Results (500 g): what is the water?"),
        "350 g"
    );
    assert!(
        !fronts(&d).iter().any(|f| f.contains("given flour")),
        "{:#?}",
        fronts(&d)
    );
    // The labels of values are no list to learn.
    assert!(
        !fronts(&d)
            .iter()
            .any(|f| f.starts_with("Worked recipe: list")),
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Bakery — Loaf sizes — Flour 500 g: what is the tin?"),
        "Medium"
    );
    assert_eq!(
        back(&d, "Bakery — Loaf sizes — Flour 1 kg: what is the bake?"),
        "50 min"
    );
}

#[test]
fn tips_are_listed_and_two_terms_side_by_side_are_told_apart() {
    let d = gen(&[fixture("shapes-advice.md")]);
    assert_eq!(
        back(&d, "Garden Watering — Oven tips: list the 2 items."),
        "Preheat for twenty minutes; Rotate trays halfway through the bake"
    );
    assert_eq!(
        back(
            &d,
            "Garden Watering — Tools: what is the difference between Hose and can?"
        ),
        "Reach against precision"
    );
    assert_eq!(
        back(
            &d,
            "Garden Watering — Tools: what should you use to measure what fell?"
        ),
        "A rain gauge"
    );
    assert!(
        !fronts(&d).iter().any(|f| f.contains("“Oven tips”")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_command_and_what_it_does_in_a_paragraph() {
    let d = gen(&[fixture("shapes-rows.md")]);
    assert_eq!(
        back(&d, "Bakery — Machines: what does mixer knead --slow do?"),
        "Removes air pockets from the dough"
    );
}

#[test]
fn aspect_labels_and_leads_that_point_at_their_list() {
    let d = gen(&[fixture("shapes-rows.md")]);
    assert_eq!(
        back(&d, "Bakery — Ovens: list the 2 items."),
        "Deck oven; Rack oven"
    );
    assert_eq!(
        back(&d, "Bakery — Deck oven: what are the pros?"),
        "Crisp crust"
    );
    assert_eq!(
        back(&d, "Bakery — Deck oven: what is the issue?"),
        "Slow to heat"
    );
    assert_eq!(
        back(&d, "Bakery: what is Deck oven heated by?"),
        "Gas burners"
    );
}

#[test]
fn bold_questions_answered_on_the_lines_below() {
    let d = gen(&[fixture("shapes-answers.md")]);
    assert_eq!(
        back(&d, "Kiln quiz — Basics: what is bisque?"),
        "Bisque is clay fired once without glaze."
    );
    assert_eq!(
        back(&d, "Basics: why vent a kiln?"),
        "So fumes from burning binders leave the room."
    );
    // The number and the option letter are left out; the explanation
    // under the answer goes with it.
    assert_eq!(
        back(&d, "Kiln quiz — Basics: which cone is hottest?"),
        "Cone 10"
    );
    let card = d
        .cards
        .iter()
        .find(|c| c.front == "Kiln quiz — Basics: which cone is hottest?")
        .unwrap();
    assert_eq!(
        card.explanation.as_deref(),
        Some("Higher cone numbers melt at higher heat.")
    );
    assert!(
        !fronts(&d).iter().any(|f| f.contains("Explanation")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn colon_lines_and_bold_dash_paragraphs_are_terms() {
    let d = gen(&[fixture("shapes-rows.md")]);
    assert_eq!(
        back(&d, "Bakery — Tins: what is meant by “Loaf tin”?"),
        "A deep oblong pan for sandwich bread"
    );
    assert_eq!(
        back(&d, "Bakery — Tins: what is meant by “Banneton”?"),
        "A cane basket that holds the shape while the dough rises"
    );
    assert_eq!(
        back(&d, "Bakery — Tins: what is meant by “Couche”?"),
        "A floured linen cloth that keeps baguettes apart."
    );
    // An instruction has no subject to ask about.
    assert!(
        !fronts(&d).iter().any(|f| f.contains("Never")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn sentences_in_a_list_are_asked_one_by_one() {
    let d = gen(&[fixture("shapes-statements.md")]);
    assert_eq!(
        back(
            &d,
            "Storage engines — Harbour: what does a pilot boat guide?"
        ),
        "Large ships into port"
    );
    assert_eq!(
        back(
            &d,
            "Storage engines — Harbour: what does a breakwater shield?"
        ),
        "The inner basin"
    );
    assert!(
        !fronts(&d).iter().any(|f| f.starts_with("Harbour: list")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_code_span_and_what_it_does() {
    let d = gen(&[fixture("shapes-rows.md")]);
    assert_eq!(
        back(&d, "Bakery — Timer commands: what does reset() do?"),
        "Clears the countdown"
    );
    assert_eq!(
        back(&d, "Bakery — Timer commands: what does “hold” mean?"),
        "The oven keeps its heat"
    );
}

#[test]
fn commands_with_their_comment_on_the_same_line() {
    let d = gen(&[fixture("shapes-rows.md")]);
    assert_eq!(
        back(&d, "Oven script: how do you warm the oven up?"),
        "oven start --preheat"
    );
    assert_eq!(
        back(&d, "Oven script: how do you turn everything off?"),
        "oven stop"
    );
}

#[test]
fn term_and_meaning_tables_give_one_card_per_row() {
    let d = gen(&[fixture("shapes-garden.md")]);
    assert_eq!(
        back(
            &d,
            "Garden log — Three watering rules: what does “Water at dawn” mean?"
        ),
        "Less water is lost to the sun"
    );
    assert!(
        !fronts(&d).iter().any(|f| f.contains("which one")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn comparison_rows_keep_what_the_rows_are() {
    let d = gen(&[fixture("shapes-garden.md")]);
    assert_eq!(
        back(&d, "Hoe garden tool: what is it best for?"),
        "Weeding rows"
    );
    assert_eq!(
        back(&d, "Trowel garden tool: what is the blade?"),
        "Scooped"
    );
}

#[test]
fn command_tables_ask_what_each_command_does_and_skip_bare_flags() {
    let d = gen(&[fixture("shapes-garden.md")]);
    assert_eq!(
        back(&d, "Garden log — Shed commands: what does prune do?"),
        "Cuts back a dead branch"
    );
    assert_eq!(
        back(&d, "Garden log — Shed commands: what does sowseed do?"),
        "Used to sow a whole row"
    );
    let all = format!("{:?}", d.cards);
    assert!(!all.contains("--deep") && !all.contains("Prune"), "{all}");
}

#[test]
fn keycap_numbers_and_diary_sections_give_no_stray_text() {
    let d = gen(&[fixture("shapes-garden.md")]);
    assert!(
        fronts(&d).iter().any(|f| f.contains("“Compost”")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        !fronts(&d)
            .iter()
            .any(|f| f.contains('2') || f.contains("Objective") || f.contains("Challenges")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn lists_under_a_name_or_a_label_ask_what_the_list_is() {
    let d = gen(&[fixture("shapes-shed.md")]);
    assert_eq!(
        back(&d, "What does Starter Shed Plan (Cheap) include?"),
        "Two shelves; A padlock; Weekend access"
    );
    assert_eq!(
        back(&d, "Shed rental: what can you do with Tool Library Desk?"),
        "Borrow a drill; Return tools online; Book a bench"
    );
    assert_eq!(
        back(&d, "Shed rental: what can you browse in Booking Portal?"),
        "Free sheds; Prices"
    );
    assert_eq!(
        back(&d, "Shed rental: what is Ground Hire billed by?"),
        "Square metres; Months"
    );
    assert_eq!(
        back(&d, "Shed rental — Keeper Plan: what is the response?"),
        "< 2 days for repairs"
    );
    assert_eq!(
        back(&d, "Shed rental — Keeper Plus Plan: what is the response?"),
        "< 1 day for leaks; < 3 days for paint"
    );
}

#[test]
fn grouped_paths_are_terms_each_with_its_group() {
    let d = gen(&[fixture("shapes-shed.md")]);
    assert_eq!(
        back(&d, "Shed Files — Locks: what does /shed/keys do?"),
        "Lists who holds each key"
    );
    assert_eq!(
        back(&d, "Shed Files — Lighting: what does /shed/lamps do?"),
        "Records which lamps need bulbs"
    );
}

#[test]
fn one_command_blocks_are_asked_by_their_lead_and_caption() {
    let d = gen(&[fixture("shapes-kiln.md")]);
    assert_eq!(
        back(&d, "Firing: how do you start a slow firing of the kiln?"),
        "kiln fire --slow"
    );
    assert_eq!(
        back(&d, "Firing: what does kiln fire --slow do?"),
        "Heats the chamber a little at a time"
    );
    assert_eq!(
        back(&d, "Firing: how can you stop the firing at once?"),
        "kiln halt <pot>"
    );
    assert_eq!(
        back(&d, "Firing: what does kiln vent do?"),
        "Opens the top vent"
    );
    // A comment that describes a placeholder is no task.
    assert!(
        !fronts(&d).iter().any(|f| f.contains("names the shelf")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn sentences_about_a_command_in_backticks_are_asked() {
    let d = gen(&[fixture("shapes-kiln.md")]);
    assert_eq!(
        back(&d, "Cooling: what does kiln cool --fast do?"),
        "Opens every vent and stops the fan"
    );
    assert_eq!(
        back(&d, "Cooling: what is kiln cool?"),
        "The default way to end a firing"
    );
    // "Note that" is no part of the subject.
    assert_eq!(back(&d, "What is kiln vent?"), "The opposite of kiln seal");
}

#[test]
fn arrow_items_ask_what_the_name_leads_to() {
    let d = gen(&[fixture("shapes-shed.md")]);
    assert_eq!(
        back(&d, "Shed rental — Parcel Sizes — Small: what is it?"),
        "Free"
    );
    // a worked case's labels are its structure, not a list to recite
    assert!(
        d.cards.iter().all(|c| !c
            .back
            .as_deref()
            .unwrap_or("")
            .contains("Scenario; Solution")),
        "{:#?}",
        fronts(&d)
    );
    // under a heading of tips, an arrow item is a tip
    assert_eq!(
        back(
            &d,
            "Shed rental — Packing Tips — Fragile pots: what does the tip say?"
        ),
        "Bubble wrap"
    );
    assert_eq!(
        back(
            &d,
            "Shed rental — Parcel Sizes: what is Wheelbarrow an example of?"
        ),
        "Bulky"
    );
    assert!(
        !fronts(&d)
            .iter()
            .any(|f| f.contains("meant by “Small”") || f.starts_with("Parcel Sizes: list")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn command_dash_paragraphs_labels_of_names_and_advice_are_asked() {
    let d = gen(&[fixture("shapes-kiln.md")]);
    assert_eq!(
        back(&d, "Kiln commands compared: what does glaze do?"),
        "Coats every pot on the shelf"
    );
    assert_eq!(
        back(&d, "Kiln tool — Firing costs: what are the fuels?"),
        "Gas, Wood, Power"
    );
    assert_eq!(
        back(&d, "Habits: what should you always use with the kiln door?"),
        "Gloves"
    );
    assert_eq!(
        back(&d, "Habits: what should you use instead of kiln fire?"),
        "kiln fire --slow"
    );
    assert!(
        !fronts(&d).iter().any(|f| f.contains("do always")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_statement_ending_on_bold_is_asked_with_a_gap() {
    let d = gen(&[fixture("shapes-shed.md")]);
    assert_eq!(
        back(&d, "Shed rental — Shared Keys: where are spare keys kept?"),
        "At the front desk"
    );
}

#[test]
fn code_terms_in_a_list_say_what_the_command_does() {
    let d = gen(&[fixture("shapes-kiln.md")]);
    assert_eq!(
        back(&d, "Modes in short: what does kiln fire --slow do?"),
        "Raise the heat by ten degrees an hour"
    );
}

#[test]
fn a_diary_section_is_reported_not_asked() {
    let text = "# Week 3\n\n## Objective\n\nMy aim this week is finishing the fence\n\n## Posts\n\nA fence post is a pole that holds the rails up.\n";
    let (deck, report) = generate_with_report(&[notes("n.md", text)], None).unwrap();
    assert!(
        !deck.cards.iter().any(|c| c.front.contains("Objective")),
        "{:#?}",
        fronts(&deck)
    );
    let why = lines_and_reasons(&report);
    assert_eq!(why, [(5, "a diary entry, not a fact to learn")]);
}

#[test]
fn a_one_word_name_can_be_defined() {
    let d = gen(&[fixture("shapes-kiln.md")]);
    assert_eq!(
        back(&d, "Kiln tool — Clay: what is Stoneware?"),
        "A dense clay"
    );
}

#[test]
fn a_worked_case_asks_for_its_solution() {
    let d = gen(&[fixture("shapes-shed.md")]);
    assert_eq!(
        back(
            &d,
            "Shed rental — Flooded Floor: Rain runs under the door each spring — what is the solution?"
        ),
        "Fit a raised sill and a drain channel"
    );
    let hinges = card(
        &d,
        "Shed rental — Rusty Hinges: A door squeaks. It sticks in damp weather — what is the solution?",
    );
    assert_eq!(
        hinges.back.as_deref(),
        Some("Oil the pins every month; Swap in brass hinges when they wear"),
        "a solution given as a list under its label"
    );
    assert_eq!(
        hinges.explanation.as_deref(),
        Some("Problem: Rust builds up on the pins. Exam Tip: Squeaks in the damp — oil first."),
    );
    // the case's labels are asked nowhere on their own
    assert!(
        fronts(&d).iter().all(|f| !f.contains("“Scenario”")
            && !f.contains("“Problem”")
            && !f.contains("Solution (")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn topic_items_are_asked_by_their_first_sub_item_and_code() {
    let d = gen(&[fixture("shapes-topics.md")]);
    assert_eq!(
        back(&d, "Loom — Weaving — Warp Threads: what are they?"),
        "The threads held tight along the length of the loom."
    );
    // "Overview" says nothing of the topic
    assert_eq!(
        back(&d, "Loom — Weaving — Heddle Frames: what do they lift?"),
        "Groups of warp threads to open a path for the shuttle"
    );
    assert_eq!(
        back(&d, "Shuttle Commands: how do you start a row?"),
        "loom row --start"
    );
    assert_eq!(
        back(&d, "Shuttle Commands: what is the syntax for Backwards?"),
        "loom row --back 2"
    );
    // what it does and how it is written, apart
    assert_eq!(
        back(
            &d,
            "Loom — Weaving — Shuttle Commands: what is meant by “Tie Off”?"
        ),
        "Finish the edge so it holds."
    );
    assert_eq!(
        back(&d, "Shuttle Commands: what is the syntax for Tie Off?"),
        "loom knot --edge left"
    );
    assert_eq!(
        back(
            &d,
            "Loom — Weaving — Shuttle Commands: what does Pattern Mode use?"
        ),
        "Twill, plain."
    );
    assert_eq!(
        back(&d, "Loom — Weaving — Tabby Weave: when is it used?"),
        "When the cloth must be strong and even."
    );
    assert_eq!(
        back(&d, "Loom — Weaving — Removing Knots: how is it done?"),
        "Use loom snip on each knot."
    );
    assert_eq!(
        back(&d, "Weaving: how do you set up the warp?"),
        "loom warp --length 3m"
    );
    // an instruction is no topic; an example is no value of its label
    assert!(fronts(&d)
        .iter()
        .all(|f| !f.starts_with("Use the Foot Pedal") && !f.contains("Tabby Weave: what")));
}

#[test]
fn features_of_a_thing_and_conditions_are_asked_as_such() {
    let d = gen(&[fixture("shapes-topics.md")]);
    assert_eq!(
        back(&d, "Loom: what does the Spinning Wheel include?"),
        "Speed; Safety; Bobbin"
    );
    assert_eq!(
        back(&d, "Loom — Spinning Wheel: how does it handle speed?"),
        "Changes with the size of the whorl."
    );
    assert_eq!(
        back(&d, "Loom — Spinning Wheel: how does it handle safety?"),
        "Is guarded by a cover over the wheel."
    );
    assert_eq!(
        back(&d, "Loom — Spinning Wheel: what is meant by “Bobbin”?"),
        "The spool that stores the spun yarn."
    );
    assert_eq!(
        back(
            &d,
            "Loom — Spinning Wheel: what happens if the drive band slips?"
        ),
        "The yarn takes too little twist"
    );
}

#[test]
fn output_and_errors_written_as_comments_are_asked() {
    let text = "# Loom scripts\n\n## Counting rows\n\n```python\nrows = [1, 2]\nrows.append(3)\nprint(len(rows))  # 3\n```\n\n```rust\nlet a = Loom::new();\nlet b = a;\nb.weave(a); // error: a was moved into b\n```\n\nWarp threads are counted once, before the first row is woven.\n";
    // code keeps its lines, so not `gen`, which forbids line breaks
    let d = generate(&[notes("scripts.md", text)], None).unwrap();
    assert_eq!(
        back(
            &d,
            "Counting rows: what does this code print?\n\nrows = [1, 2]\nrows.append(3)\nprint(len(rows))"
        ),
        "3"
    );
    assert_eq!(
        back(
            &d,
            "Counting rows: which line does not compile, and why?\n\nlet a = Loom::new();\nlet b = a;\nb.weave(a);"
        ),
        "b.weave(a);\n(a was moved into b)"
    );
    assert_eq!(
        back(
            &d,
            "Loom scripts — Counting rows: when are warp threads counted?"
        ),
        "Once, before the first row is woven"
    );
}

#[test]
fn headless_definitions_negations_worked_questions_and_value_tables() {
    let d = gen(&[fixture("shapes-topics.md")]);
    assert_eq!(
        back(&d, "Loom: what is meant by “Bobbin Winder”?"),
        "A small spindle that fills bobbins from the cone"
    );
    assert_eq!(
        back(
            &d,
            "Loom — Bobbin Winder: what does the winder not provide?"
        ),
        "A counter"
    );
    assert_eq!(
        back(
            &d,
            "Loom — Settings: A scarf has 120 warp threads at 4 threads per cm. How wide is it?"
        ),
        "120 / 4 = 30 cm."
    );
    // value columns are asked of each row, not compared as things
    assert_eq!(back(&d, "Loom — BeatForce: what is the max value?"), "10");
    assert_eq!(
        back(&d, "Loom — ShedHeight: what is the default value?"),
        "4 cm"
    );
    assert_eq!(
        back(&d, "Loom — Settings: what is meant by “ShedHeight”?"),
        "The gap the shuttle passes through"
    );
}

#[test]
fn cue_tables_flows_and_comparison_cells_are_asked_as_questions() {
    let d = gen(&[fixture("shapes-topics.md")]);
    assert_eq!(
        back(
            &d,
            "Loom Traps: The reed is loose by default — what should you remember?"
        ),
        "Tighten it before the first row"
    );
    assert_eq!(
        back(&d, "Loom — Order of Work: what are the 4 steps, in order?"),
        "Warp, then Heddles, then Shuttle, then Reed"
    );
    assert_eq!(back(&d, "Does Floor Loom have foot pedals?"), "Yes");
    assert_eq!(back(&d, "Can Table Loom block the shed?"), "No");
    assert_eq!(back(&d, "Floor Loom: what is the width?"), "Up to 2 m");
}

#[test]
fn a_quantity_no_rule_reads_is_asked_as_a_gap() {
    let d = gen(&[fixture("shapes-topics.md")]);
    assert_eq!(
        back(
            &d,
            "Loom — Bobbin Winder: On a warm day the sizing on the warp sets within [...] of brushing."
        ),
        "30 seconds"
    );
}

#[test]
fn rules_under_a_heading_that_counts_them_are_recited_whole() {
    let text = "# Loom\n\n## Three Safety Rules\n- Keep both hands clear of the reed while the beater swings.\n- Only one weaver works a loom at a time.\n- When the brake slips, the warp must be slackened first.\n\n## References\n- Loom book, chapter 2\n";
    let d = gen(&[notes("loom.md", text)]);
    assert_eq!(
        back(&d, "Loom: what are the 3 safety rules?"),
        "Keep both hands clear of the reed while the beater swings; Only one weaver works a loom \
         at a time; When the brake slips, the warp must be slackened first"
    );
}

#[test]
fn a_long_meaning_is_defined_by_its_first_sentence() {
    let text = "# Loom\n\n## Parts\n\n- **Reed:** A comb of thin metal strips that spaces the warp threads evenly across the loom. It is pushed against each new row to pack the weft, and it sets how many threads fit in every centimetre of the finished cloth, which weavers call the sett.\n- **Lease Stick:** Marked by a red band at each end so it is never confused with the shuttle.\n";
    let d = gen(&[notes("loom.md", text)]);
    assert_eq!(
        back(&d, "Loom — Parts: what is meant by “Reed”?"),
        "A comb of thin metal strips that spaces the warp threads evenly across the loom."
    );
    assert_eq!(
        back(&d, "Loom — Parts: how is Lease Stick marked?"),
        "By a red band at each end so it is never confused with the shuttle."
    );
}

#[test]
fn a_question_heading_gives_its_subject_to_a_label_below() {
    let text = "# Loom\n\n## Topics Covered\n\n- Heddles\n- Reeds\n\n### What is a Heddle Frame?\n\n- Used for:\n  - Lifting warp threads\n  - Opening the shed\n- Fitted at:\n  - Frame level (front)\n  - Treadle level\n\n#### Parts\n\n- Top bar\n- Bottom bar\n";
    let d = gen(&[notes("loom.md", text)]);
    assert_eq!(
        back(&d, "Loom: what is Heddle Frame used for?"),
        "Lifting warp threads; Opening the shed"
    );
    // what the notes cover is no fact to learn
    assert!(fronts(&d).iter().all(|f| !f.contains("Topics Covered")));
    // the question heading above gives its subject as context
    assert_eq!(
        back(&d, "Loom — Heddle Frame: what are the parts (2 items)?"),
        "Top bar; Bottom bar"
    );
    // a label that opens a sentence is no topic of its first item
    assert!(fronts(&d).iter().all(|f| !f.starts_with("Fitted at: what")));
}

#[test]
fn a_glossary_gives_its_terms_under_the_notes_title() {
    let text = "Loom Parts and Tools\n====\n\nVocabulary List\n----\n\n*   shuttle: The tool used to carry the weft thread across the warp.\n    \n*   reed: A comb of thin metal strips that spaces the warp threads evenly.\n\n## Exam Tips\n\n- Heddles **do not touch** the weft.\n";
    let d = gen(&[notes("loom.md", text)]);
    // "the tool used to …" after a colon describes a one-word name
    assert_eq!(
        back(&d, "Loom Parts and Tools: what is meant by “reed”?"),
        "A comb of thin metal strips that spaces the warp threads evenly."
    );
    // "Exam Tips" says no more of the subject than "Vocabulary"
    assert_eq!(
        back(&d, "Loom Parts and Tools: Heddles [...] the weft."),
        "do not touch"
    );
    assert_eq!(d.cards.len(), 3, "{:#?}", fronts(&d));
    // no "Vocabulary List: list the 2 items." card of bare names
    assert!(fronts(&d).iter().all(|f| !f.contains("Vocabulary")));
}

#[test]
fn a_command_described_after_a_colon_says_what_it_does() {
    let text = "# Shell\n\n## Commands\n\n- chgrp: The command used specifically to change the group owner of a file.\n- chmod: The command used to change the access mode of a file.\n";
    let d = gen(&[notes("shell.md", text)]);
    assert_eq!(
        back(&d, "Shell — Commands: what does chgrp do?"),
        "Change the group owner of a file"
    );
    assert_eq!(
        back(&d, "Shell — Commands: what does chmod do?"),
        "Change the access mode of a file"
    );
}

#[test]
fn sentences_no_rule_reads_are_asked_with_their_key_words_left_out() {
    let d = gen(&[fixture("shapes-gaps.md")]);
    // a bold phrase in the middle of a sentence
    // a verb known only as a verb is asked as a statement
    assert_eq!(
        back(&d, "Glaze Kiln: what does loading the kiln cold shorten?"),
        "The life of the shelves"
    );
    assert_eq!(
        back(
            &d,
            "Glaze Kiln: The kiln door [...] once the chamber passes 200 degrees."
        ),
        "locks automatically"
    );
    // a statement rule still comes first
    assert_eq!(
        back(&d, "Glaze Kiln: what does a glaze firing take?"),
        "About 9 hours from start to finish"
    );
    // a name in code is kept as it is written
    assert_eq!(
        back(
            &d,
            "Glaze Kiln: Vent plugs can be pulled early using [...] on the lid."
        ),
        "venttool"
    );
    // "it" under a heading that names it, with a marked phrase
    assert_eq!(
        back(&d, "Glaze Kiln: It holds up to [...] when fully loaded."),
        "twelve shelves"
    );
    // with nothing marked, a sentence that points back gives no card
    assert!(fronts(&d).iter().all(|f| !f.contains("cools")));
    // the second sentence of an item that gave a card is read too
    assert_eq!(
        back(&d, "Shelves: Apply it with a [...] before each firing."),
        "wide brush"
    );
}

#[test]
fn measures_callouts_uses_and_plain_statements_are_asked_as_they_read() {
    let d = gen(&[fixture("shapes-statements2.md")]);
    // "Range:" and "Limit:" name a measure of the heading's subject
    assert_eq!(
        back(&d, "Sorting Bins: what is the range?"),
        "10 to 80 letters per bin"
    );
    assert_eq!(
        back(&d, "Sorting Bins: what is the limit?"),
        "About 2,000 parcels a day (main hall)"
    );
    // measures alone are no list worth learning
    assert!(fronts(&d).iter().all(|f| !f.contains("list the")));
    // "Important:" names nothing; its statement is the card
    assert_eq!(
        back(&d, "Sorting Bins: what do night shifts not handle?"),
        "Registered post"
    );
    assert!(fronts(&d).iter().all(|f| !f.contains("important")));
    // a description that gives a use asks what the row is used for
    assert_eq!(
        back(&d, "Mail Sorting Office — Bin Codes: what is PX used for?"),
        "Used mainly for parcels that need a signature."
    );
    assert_eq!(
        back(
            &d,
            "Mail Sorting Office — Bin Codes: what is meant by “RX”?"
        ),
        "A bin for returned letters."
    );
    // a name in brackets stays with its subject; examples leave the answer
    assert_eq!(
        back(
            &d,
            "Routing: what does the Central Sorting Engine (CSE) read?"
        ),
        "Postcodes from each envelope"
    );
    // the adverb of a passive stays with its verb
    assert_eq!(
        back(
            &d,
            "Mail Sorting Office — Routing: what are spare sacks usually provided by?"
        ),
        "The depot"
    );
    // an acronym starts a subject; a plural subject takes the base verb
    assert_eq!(
        back(
            &d,
            "Mail Sorting Office — Routing: what do OCR scanners read?"
        ),
        "Handwritten postcodes at the first belt"
    );
    // under tips, a measure is still a measure; "A" is lowered in a question
    assert_eq!(
        back(&d, "Mail Sorting Office: what is the default?"),
        "3 delivery attempts"
    );
    assert_eq!(
        back(&d, "Mail Sorting Office: what does a night van not handle?"),
        "Registered post"
    );
    // "X, Y for short, is a …" defines X, with its other name
    let c = card(
        &d,
        "Mail Sorting Office — Storage: what is the overflow shelf?",
    );
    assert_eq!(
        c.back.as_deref(),
        Some("A rack that takes parcels the bins cannot hold")
    );
    assert_eq!(c.explanation.as_deref(), Some("OS"));
    // a particle stays with its verb; a gerund is a subject
    assert_eq!(
        back(
            &d,
            "Mail Sorting Office — Storage: what can loose parcels take up?"
        ),
        "A whole belt when the shelf is full"
    );
    assert_eq!(
        back(
            &d,
            "Mail Sorting Office — Storage: what does weighing check?"
        ),
        "Each parcel against the stamp it carries"
    );
}

#[test]
fn comparison_cells_read_as_questions_and_a_quantity_is_asked_once() {
    let d = gen(&[fixture("shapes-compare.md")]);
    // an adjective row asks how; "X support" asks which
    assert_eq!(
        back(&d, "Street Locker: how is it refillable?"),
        "By courier and by shop staff"
    );
    assert_eq!(
        back(&d, "Shop Locker: what card support does it have?"),
        "Chip and contactless"
    );
    // a need and the option that meets it
    assert_eq!(
        back(
            &d,
            "Choosing a Locker: Late-night pickup — what is the solution?"
        ),
        "Street Locker"
    );
    // "72 hours" for the street locker is asked once, the other row kept
    assert_eq!(
        back(&d, "Shop Locker: what is the pickup window?"),
        "5 days"
    );
    let seventy_two: Vec<&str> = d
        .cards
        .iter()
        .filter(|c| c.back.as_deref() == Some("72 hours"))
        .map(|c| c.front.as_str())
        .collect();
    assert_eq!(
        seventy_two,
        ["Street Locker: what is the maximum pickup window?"]
    );
}

#[test]
fn checklists_dunder_names_syntax_and_gerund_labels() {
    let text = "# Spinning\n\n## Wheel Code\n\n- Spindle speed is stored in `__ratio__.value` of the wheel object.\n- **Syntax:** `spin(fibre)` winds one length onto the bobbin.\n- **Using the brake band:** keeps the spindle turning while the wheel slows.\n\n## Checklist\n\n- Understand how the drive band turns the flyer\n- Know the ratios of the three whorls\n- Be aware of the largest bobbin (90 g)\n";
    let (d, report) = generate_with_report(&[notes("spin.md", text)], None).unwrap();
    // a name with double underscores keeps them
    assert_eq!(
        back(&d, "Spinning — Wheel Code: where is spindle speed stored?"),
        "In __ratio__.value of the wheel object"
    );
    assert_eq!(
        back(&d, "Wheel Code: what is the syntax?"),
        "spin(fibre) winds one length onto the bobbin"
    );
    assert_eq!(
        back(
            &d,
            "Spinning — Wheel Code: what does using the brake band do?"
        ),
        "Keeps the spindle turning while the wheel slows."
    );
    // what the learner means to study is no fact
    assert!(fronts(&d).iter().all(|f| !f.contains("Checklist")));
    assert!(lines_and_reasons(&report)
        .iter()
        .any(|(l, why)| *l == 11 && why.contains("study checklist")));
}

#[test]
fn a_numbered_flow_asks_what_each_step_leads_to() {
    let d = gen(&[fixture("shapes-flow.md")]);
    assert_eq!(
        back(
            &d,
            "Letter Flow: what does “Letter is posted” lead to (step 1)?"
        ),
        "In the box"
    );
    assert_eq!(
        back(
            &d,
            "Letter Flow: what does “Sorted by postcode” lead to (step 3)?"
        ),
        "On a route"
    );
    // a step with no arrow, and an adverb where a verb should be, give nothing
    assert!(fronts(&d).iter().all(|f| !f.contains("now")));
    // under a heading that names no sequence, numbered pairs are no steps
    assert!(fronts(&d)
        .iter()
        .filter(|f| f.starts_with("Quick Picks"))
        .all(|f| !f.contains("step")));
}

#[test]
fn one_sentence_read_as_a_role_gives_one_card() {
    let text = "# Lockers\n\n## Waiting\n\n- Lockers provide a short hold for parcels that arrive late.\n- Vans collect the rest each evening.\n";
    let d = gen(&[notes("lockers.md", text)]);
    let from_first: Vec<&str> = d
        .cards
        .iter()
        .filter(|c| c.back.as_deref().is_some_and(|b| b.contains("short hold")))
        .map(|c| c.front.as_str())
        .collect();
    assert_eq!(from_first.len(), 1, "{from_first:#?}");
}

#[test]
fn two_rows_with_one_key_are_merged_without_a_stray_full_stop() {
    let text = "# Post\n\n## Bin Codes\n\n| Code | Description |\n|---|---|\n| RX | A bin for returned letters. |\n| RX | Emptied every morning by the first van. |\n";
    let d = gen(&[notes("post.md", text)]);
    let merged = d
        .cards
        .iter()
        .find(|c| c.front.contains("“RX”"))
        .and_then(|c| c.back.as_deref())
        .unwrap_or_default();
    assert!(merged.contains("letters; "), "{merged}");
    assert!(!merged.contains(".;"), "{merged}");
}

#[test]
fn a_code_block_inside_a_list_item_is_read_after_its_list() {
    let text = "# Looms\n\n## Patterns\n\n1. **Twill**\n\n   ```\n   lift 1 2, lift 2 3, lift 3 4\n   ```\n\n2. **Plain** — one over, one under.\n";
    let (_, report) = generate_with_report(&[notes("loom.md", text)], None).unwrap();
    assert!(
        lines_and_reasons(&report)
            .iter()
            .any(|(l, why)| *l == 7 && why.contains("code block")),
        "{:?}",
        lines_and_reasons(&report)
    );
}

#[test]
fn means_reasons_lower_case_terms_and_the_reader_are_asked_as_they_read() {
    let d = gen(&[fixture("shapes-means.md")]);
    // "since" and "because" give the reason; "by hashing" the means
    assert_eq!(
        back(&d, "Why can a full table become slow?"),
        "Every insert must probe many slots"
    );
    assert_eq!(
        back(&d, "Why is the table resized?"),
        "The load factor passed its limit"
    );
    assert_eq!(
        back(&d, "Hash Tables: how are slot numbers worked out?"),
        "By hashing the key and taking the remainder"
    );
    assert_eq!(
        back(
            &d,
            "Hash Tables: how can you remove an entry without leaving a gap?"
        ),
        "By marking its slot as deleted"
    );
    // in notes about no parties, "you" is the reader: no card answers it
    assert!(d.cards.iter().all(|c| c.back.as_deref() != Some("You")));
    assert!(fronts(&d).iter().all(|f| !f.starts_with("Who ")));
    // terms in lower case, when every item has one
    assert_eq!(
        back(&d, "Hash Tables: what does the tomb flag do?"),
        "Signals that the entry was removed. Lookups keep probing past it."
    );
    // a lead that ends in "such as" gives no list card
    assert!(fronts(&d).iter().all(|f| !f.contains("flags such as")));
    // an adverb is no subject: "Always use …"
    assert!(fronts(&d).iter().all(|f| !f.contains("what do always")));
    // "Usage" that starts with a verb says what the row's name does
    assert_eq!(
        back(&d, "Hash Tables: what does the operation “lookup” do?"),
        "Returns the value stored under a key"
    );
}

#[test]
fn section_labels_give_way_to_what_is_under_them() {
    let d = gen(&[fixture("shapes-sections.md")]);
    // "Definition" over a definition: the definition is asked, not the label
    assert_eq!(
        back(&d, "Memo Tables: What They Are — what is a memo table in Haskell?"),
        "A lazy structure that keeps the results of earlier calls so that each input is worked out only once"
    );
    assert!(fronts(&d).iter().all(|f| !f.contains("definition")));
    assert!(fronts(&d).iter().all(|f| !f.contains("explanation")));
    // the labels of sections make no list card
    assert!(fronts(&d).iter().all(|f| !f.contains("list the")));
    // "How Memo Tables Work" heads an answer; it is not asked "what is it?"
    assert!(fronts(&d).iter().all(|f| !f.contains("what is it")));
    assert_eq!(
        back(
            &d,
            "Memo Tables — Basic Syntax: what is the fib function wrapped by?"
        ),
        "The memo helper"
    );
    // a row label that starts a sentence is ended by its value
    assert_eq!(
        back(&d, "Memo Tables — Lookups: Lookup happens at [...]"),
        "Call time (before the body runs)"
    );
}

#[test]
fn code_inside_a_list_item_is_asked_by_its_caption() {
    let d = gen(&[fixture("shapes-sections.md")]);
    assert_eq!(
        back(
            &d,
            "Queries: how do you list each clerk with their supervisor?"
        ),
        "SELECT a.name, b.name FROM Staff a JOIN Staff b ON a.boss = b.id;"
    );
}

#[test]
fn terms_alone_on_a_line_or_before_brackets_are_defined_by_what_follows() {
    let d = gen(&[fixture("shapes-terms.md")]);
    // a heading that makes a claim asks what the claim means
    assert_eq!(
        back(
            &d,
            "Mail Protocols: what does it mean that SMTP is Push-Only?"
        ),
        "Every message is pushed from sender to server. No client ever pulls mail with it"
    );
    // `*HELO*` alone on a line, its meaning on the lines below
    assert_eq!(
        back(&d, "Mail Protocols — Commands: when is HELO used?"),
        "When the client opens a session with the server."
    );
    assert_eq!(
        back(&d, "Mail Protocols — Commands: what is RSET used for?"),
        "To drop the message being built without closing the session."
    );
    // a name with its use in brackets, or its meaning on the line below
    assert_eq!(
        back(
            &d,
            "Mail Protocols — Commands — Reply headers: what is Received used for?"
        ),
        "To trace each hop the message took"
    );
    assert_eq!(
        back(
            &d,
            "Mail Protocols — Commands — Reply headers: what is meant by “Return-Path”?"
        ),
        "The address that bounces are sent back to, set by the last server."
    );
    // a name spelt out in brackets inside the subject is its explanation
    let mta = card(&d, "Mail Protocols: what is the MTA model?");
    assert_eq!(
        mta.back.as_deref(),
        Some("A way to picture how servers hand mail on to one another")
    );
    assert_eq!(mta.explanation.as_deref(), Some("Mail Transfer Agent"));
}

#[test]
fn fields_values_and_label_leads_are_asked_of_what_they_describe() {
    let d = gen(&[fixture("shapes-fields.md")]);
    // "Function:" under a heading is the heading's function
    assert_eq!(
        back(&d, "Compiler Stages — Lexer: what is its function?"),
        "Splits the source text into tokens. It drops comments and spaces."
    );
    assert_eq!(
        back(&d, "Compiler Stages — Parser: what is it best for?"),
        "Catching grammar mistakes early."
    );
    // field labels make no list card
    assert!(fronts(&d).iter().all(|f| !f.starts_with("Parser: list")));
    // values under a label that names them ("Stage Names")
    assert_eq!(
        back(&d, "Outputs — Lexer: what is the stage name?"),
        "Tokens"
    );
    // a short label that trails off ("Pass Kinds ...") leads its list
    assert_eq!(
        back(&d, "Compiler Stages — Passes: what are the 3 pass kinds?"),
        "Constant folding; Dead code removal; Inlining"
    );
    // "It holds:" under a heading: the heading is what "it" is
    assert_eq!(
        back(
            &d,
            "Compiler Stages — Symbol Table: what does it hold (3 items)?"
        ),
        "Names; Types; Scopes"
    );
    // "Pros ..." over its items asks for the pros
    assert_eq!(
        back(
            &d,
            "Compiler Stages — Single Pass: what are the pros (2 items)?"
        ),
        "Fast to run; Little memory"
    );
    // tips on how to study are no facts
    assert!(fronts(&d).iter().all(|f| !f.contains("Test Tips")));
    // a comparison row that repeats a section's quantities asks none again
    assert_eq!(
        back(
            &d,
            "Compiler Stages — Level 1 – Copying: what is the usable space?"
        ),
        "50%"
    );
    assert!(fronts(&d).iter().all(|f| !f.contains("Level 1:")));
}

#[test]
fn a_list_left_out_is_reported_for_what_it_is() {
    let text = "# Notes\n\nIntro text here.\n\n- [x] a lone option\n\nMore text here.\n\n- alpha beta\n- gamma delta\n\nAnd more.\n\n- one item that runs on for far too many words to be shown on any list card\n- another\n\nQ: What is two plus two?\nA: Four\n";
    let (_, report) =
        generate_with_report(&[notes("n.md", text)], None).unwrap_or_else(|e| panic!("{e}"));
    let why = lines_and_reasons(&report);
    assert!(
        why.contains(&(
            5,
            "a list of one item, with no definition or statement in it"
        )),
        "{why:?}"
    );
    assert!(why.contains(&(9, "a list with nothing to ask: its items hold no definitions or statements, and their names alone make no list card")), "{why:?}");
    assert!(
        why.iter()
            .any(|(l, w)| *l == 14 && w.contains("items too long")),
        "{why:?}"
    );
}

#[test]
fn counts_orders_comparisons_and_site_tags_are_read_as_notes() {
    let d = gen(&[fixture("shapes-order.md")]);
    // "There are three zones of …" and "Some common faults … are:" name
    // what their lists hold
    assert_eq!(
        back(
            &d,
            "Bread Baking — Oven Management: what are the 3 zones of a deck oven?"
        ),
        "Crown; Hearth; Mouth"
    );
    assert_eq!(
        back(
            &d,
            "Bread Baking: what are the common faults of a finished loaf (3 items)?"
        ),
        "Gummy crumb; Flying top; Proof after shaping"
    );
    // a term in sentence case, among terms, is a term
    assert_eq!(
        back(
            &d,
            "Bread Baking — Faults: what is meant by “Proof after shaping”?"
        ),
        "The dough rose too long in the tin."
    );
    // "Memory"-free headings stay in context; tags are blanked
    assert_eq!(
        back(
            &d,
            "Bread Baking — Oven Management: what does a loaf baked near the mouth need?"
        ),
        "A longer bake"
    );
    assert!(d.cards.iter().all(|c| !format!("{c:?}").contains("{%")));
    // an order and a comparison ask which of the two
    assert_eq!(
        back(
            &d,
            "Bread Baking — Timing: which is added first, steam or the loaves?"
        ),
        "Steam"
    );
    assert_eq!(
        back(
            &d,
            "Bread Baking — Timing: which has lower gluten, rye dough or wheat dough?"
        ),
        "Rye dough"
    );
    assert_eq!(
        back(
            &d,
            "Bread Baking — Golden Rule: which comes first, the levain or the salt?"
        ),
        "The levain"
    );
    // a passive with "as" says how
    assert_eq!(
        back(&d, "Bread Baking — Timing: how is the spare dough stored?"),
        "As flat discs"
    );
    assert_eq!(
        back(&d, "Bread Baking — Timing: how is a large batch split?"),
        "Into equal pieces"
    );
    // "After X, Y": what happens after X
    assert_eq!(
        back(
            &d,
            "Bread Baking — Timing: what happens after the final fold?"
        ),
        "The dough rests on the bench"
    );
    // an adverb before the verb is read past
    assert_eq!(
        back(&d, "Bread Baking — Timing: what does a wet dough need?"),
        "A longer bake"
    );
    // items that say when answer "when"
    assert_eq!(
        back(
            &d,
            "Bread Baking — Timing: when does the crust form (2 items)?"
        ),
        "Before the crumb sets; After the oven spring"
    );
    // a line of code with a comment: what the line means
    assert_eq!(
        back(
            &d,
            "Recipe Script: what does this line mean?\n\nflour = 500"
        ),
        "Grams of strong white flour"
    );
    // a summary table asks again what each loaf's section asked: left out
    assert_eq!(
        back(
            &d,
            "Bread Baking — Rye Loaf – Dense Crumb: what is the oven?"
        ),
        "Very hot at first, then falling"
    );
    assert!(fronts(&d).iter().all(|f| !f.contains("Rye Loaf: ")));
    // …but a row whose brackets name another kind is another subject
    assert_eq!(
        back(&d, "Bread Baking — Spelt Loaf (Seeded): what is the oven?"),
        "Hot, then gentle"
    );
    // a short list card of named items: no gap blanks a name it shows,
    // and no gap asks about an example the card cannot show
    assert_eq!(
        back(&d, "Bread Baking: what are the 3 tools?"),
        "Lame for scoring the top; Banneton for holding the shape; Peel for sliding loaves in"
    );
    assert!(fronts(&d).iter().all(|f| !f.contains("[...]")));
    // a heading that counts what it names asks with the count shown
    assert_eq!(
        back(&d, "Bread Baking: what are the 3 rising stages?"),
        "Bulk ferment; Final proof; Oven spring"
    );
    // what to study next is no fact, and the report says so
    assert!(fronts(&d).iter().all(|f| !f.contains("Next Steps")));
    let (_, report) = generate_with_report(&[fixture("shapes-order.md")], None).unwrap();
    assert!(
        lines_and_reasons(&report)
            .iter()
            .any(|(_, why)| why.contains("what to study next")),
        "{report:?}"
    );
    // a yes/no cell whose row's name gives the answer away is not asked
    assert_eq!(
        back(&d, "Bread Baking — Slap and fold method: machine?"),
        "No"
    );
    assert!(fronts(&d)
        .iter()
        .all(|f| !f.starts_with("Knead (Machine) method: machine")));
    // …also when the name cuts the column's word short
    assert_eq!(
        back(&d, "Bread Baking — Soft sandwich loaf: steamed?"),
        "No"
    );
    assert!(fronts(&d)
        .iter()
        .all(|f| !f.contains("Crusty (Steam) loaf: steamed")));
    // a step with an arrow is no term, and a rule heading no term either
    assert!(fronts(&d)
        .iter()
        .all(|f| !f.contains("After the final proof") && !f.contains("“Golden Rule”")));
}

#[test]
fn a_term_in_an_untitled_note_names_the_heading_over_the_whole_note() {
    let d = gen(&[fixture("shapes-untitled.md")]);
    assert_eq!(
        back(&d, "Kit (Sourdough Starter): what is meant by “Jar”?"),
        "A wide glass vessel with a loose lid"
    );
    // a heading that sets two things side by side names neither
    let versus = "## Rye vs Spelt\n\n### Kit\n\n* **Jar**: A wide glass vessel with a loose lid\n* **Band**: A rubber ring that marks the level\n";
    let d = gen(&[notes("versus.md", versus)]);
    assert_eq!(
        back(&d, "Kit: what is meant by “Jar”?"),
        "A wide glass vessel with a loose lid"
    );
    // with a title, the section alone is the context
    let titled = "# Starter Notes\n\n## Sourdough Starter\n\n### Kit\n\n* **Jar**: A wide glass vessel with a loose lid\n* **Band**: A rubber ring that marks the level\n";
    let d = gen(&[notes("titled.md", titled)]);
    assert_eq!(
        back(&d, "Starter — Kit: what is meant by “Jar”?"),
        "A wide glass vessel with a loose lid"
    );
}

#[test]
fn a_card_that_does_not_name_the_notes_subject_is_led_by_it() {
    let d = gen(&[fixture("shapes-subject.md")]);
    // the title's acronym names the subject; a table row gains it
    assert_eq!(
        back(&d, "AKS — Gloss finish: what is the mechanism?"),
        "Silica melt"
    );
    assert_eq!(
        back(&d, "AKS — Limits: what is meant by “Shelves per Kiln”?"),
        "Up to 12 shelves in one kiln."
    );
    // a question with no heading gains it too
    assert_eq!(back(&d, "AKS: what does the studio load?"), "The kiln");
    // a card that asks who, or whose heading names the subject, does not
    back(&d, "Who Does What: who cleans the shelves?");
    back(&d, "AKS Pricing: what is meant by “Per shelf”?");
    // the lead is not part of the card's identity: without a title that
    // names a subject, every card keeps its id
    let text = std::fs::read_to_string("tests/fixtures/notes/shapes-subject.md").unwrap();
    let untitled = text.replace(
        "# 🔥 Acme Kiln Service (AKS): A Study Guide",
        "# A Study Guide",
    );
    let plain = gen(&[notes("shapes-subject.md", &untitled)]);
    assert!(fronts(&plain).iter().all(|f| !f.contains("AKS —")));
    let ids =
        |d: &DeckFile| -> Vec<Option<String>> { d.cards.iter().map(|c| c.id.clone()).collect() };
    assert_eq!(ids(&plain), ids(&d));
    assert_ne!(fronts(&plain), fronts(&d));
}

#[test]
fn a_command_given_for_a_purpose_is_asked_and_keeps_its_case() {
    let text = "# Kiln Tools\n\n## Control\n\nTo stop a firing, use `kiln stop <id>`.\n\nRun `kiln cool` to open the vents after a firing.\n\n- Use `kiln rm <name>` to delete a profile.\n";
    let d = gen(&[notes("tools.md", text)]);
    assert_eq!(
        back(
            &d,
            "Kiln Tools — Control: what should you use to stop a firing?"
        ),
        "kiln stop <id>"
    );
    assert_eq!(
        back(
            &d,
            "Kiln Tools — Control: what should you use to open the vents after a firing?"
        ),
        "kiln cool"
    );
    assert_eq!(
        back(
            &d,
            "Kiln Tools — Control: what should you use to delete a profile?"
        ),
        "kiln rm <name>"
    );
    // a later plural is no verb when a verb came first
    let text = "# Kilns\n\nThe kiln employs strong safety measures similar to other ovens.\n\nQ: What fires pots?\nA: The kiln\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("employs")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn labels_that_name_an_aspect_ask_for_it_and_symbols_keep_their_case() {
    let text = "# Bread Stats\n\n## Over-proofing Problem\n\n**Issue**: Dough left too long collapses in the oven\n\n## Rising Factors\n\n- **Issue**: warm kitchens speed the rise\n- **Decision**: bake when the dough springs back slowly\n\n## Formulas\n\n- **Test statistic**: t = (x - m) / s\n";
    let d = gen(&[notes("stats.md", text)]);
    assert_eq!(
        back(
            &d,
            "Bread Stats — Over-proofing Problem: what is the issue?"
        ),
        "Dough left too long collapses in the oven"
    );
    assert_eq!(
        back(&d, "Bread Stats — Rising Factors: what is the decision?"),
        "Bake when the dough springs back slowly"
    );
    // the labels alone are no list worth learning
    assert!(fronts(&d).iter().all(|f| !f.contains("list the 2 items")));
    assert_eq!(
        back(
            &d,
            "Bread Stats — Formulas: what is the formula for test statistic?"
        ),
        "t = (x - m) / s"
    );
}

#[test]
fn columns_that_list_the_names_of_one_kind_each_ask_which_kind() {
    let text = "# Kiln Settings\n\n## Where each setting lives\n\n| Kiln Level | Shelf Level |\n|---|---|\n| `doorLock` | `load` |\n| `vents` | `spacing` |\n| `timer` | `timer` |\n";
    let d = gen(&[notes("levels.md", text)]);
    // a row pairs nothing: no card asks one cell of the other
    assert!(fronts(&d).iter().all(|f| !f.contains("what is the")));
    let (choices, answer) = choice_of(&d, "Where each setting lives: which level is “spacing”?");
    assert_eq!(choices, ["Kiln Level", "Shelf Level"]);
    assert_eq!(answer, 1);
    // a name under both levels has no one answer: it is not asked
    assert_eq!(d.cards.len(), 4);
}

#[test]
fn a_recap_of_what_the_notes_said_gives_no_second_card() {
    let text = "# Kilns\n\n## Firing\n\n- **Bisque**: The first, slower firing of raw clay\n- **Glaze**: The second firing that melts the glaze\n\n## Summary Statistics\n\n- **Mean peak**: The average top temperature of a week of firings\n\n## FINAL 30-SECOND REVISION\n\n- **Bisque**: First firing\n- **Glaze**: Second firing\n";
    let (d, report) = generate_with_report(&[notes("kilns.md", text)], None).unwrap();
    assert!(
        fronts(&d).iter().all(|f| !f.contains("REVISION")),
        "{:?}",
        fronts(&d)
    );
    // a heading that names a subject beside "summary" is no recap
    assert_eq!(
        back(&d, "Kilns: what is meant by “Mean peak”?"),
        "The average top temperature of a week of firings"
    );
    assert!(report
        .left_out
        .iter()
        .any(|l| l.line == 14 && l.why == "a recap of what the notes said above"));
}

#[test]
fn titled_links_are_a_list_of_links_and_callout_markers_are_no_text() {
    let text = "# Bonds\n\n## Covalent Bonding\n\n> [!def] Covalent bond\n> A bond in which pairs of electrons are shared between atoms.\n\n> [!NOTE]\n> Noble gases rarely form bonds.\n\n## Links\n\n1. Unit 2 - https://example.org/v/2\n2. Unit 3 - https://example.org/v/3\n\n\n1. Unit 4 - https://example.org/v/4\n2. \n";
    let (d, report) = generate_with_report(&[notes("bonds.md", text)], None).unwrap();
    for c in &d.cards {
        let all = format!("{} {}", c.front, c.back.as_deref().unwrap_or_default());
        assert!(!all.contains("[!") && !all.contains("Unit "), "{all}");
    }
    assert_eq!(
        back(&d, "Bonds — Covalent Bonding: what is the key point?"),
        "Noble gases rarely form bonds."
    );
    assert!(report
        .left_out
        .iter()
        .any(|l| l.line == 13 && l.why == "a list of links"));
}

#[test]
fn a_heading_in_capitals_reads_in_title_case_wherever_a_card_quotes_it() {
    let text = "# Kilns\n\n## CANDLING PHASE\n\nA slow first heating that drives out the last water.\n\n## FIRING RULES\n\n- **Peak**: 1000 degrees for a bisque\n";
    let d = gen(&[notes("caps.md", text)]);
    assert_eq!(
        back(&d, "Kilns: what is meant by “Candling Phase”?"),
        "A slow first heating that drives out the last water"
    );
    // a figure under a short label is its value
    assert_eq!(
        back(&d, "Kilns — Firing Rules: what is the peak?"),
        "1000 degrees for a bisque"
    );
}

#[test]
fn a_short_title_line_leads_its_list_and_bare_names_and_bounds_are_read() {
    let text = "# Pottery\n\n## Drying\n\n4 causes of cracking\n1. Uneven drying\n2. Trapped air - bubbles left in the clay burst in the kiln\n3. Thick bases - \n4. Fast heating - steam forms before the water leaves\n\nShrinkage rate\n1. Porcelain = 15\n2. Stoneware < 12\n3. Earthenware > 5\n";
    let (d, report) = generate_with_report(&[notes("pots.md", text)], None).unwrap();
    assert_eq!(
        back(&d, "Pottery — Drying: what are the 4 causes of cracking?"),
        "Uneven drying; Trapped air; Thick bases; Fast heating"
    );
    // a term in sentence case before " - " is read as a term
    assert_eq!(
        back(
            &d,
            "Pottery — Drying — 4 causes of cracking: what is meant by “Trapped air”?"
        ),
        "Bubbles left in the clay burst in the kiln"
    );
    // a value, or the bound of one, is no meaning
    assert_eq!(
        back(
            &d,
            "Pottery — Drying — Shrinkage rate: what is the value for “Porcelain”?"
        ),
        "15"
    );
    assert_eq!(
        back(
            &d,
            "Pottery — Drying — Shrinkage rate: what is the value for “Stoneware”?"
        ),
        "Less than 12"
    );
    // the title lines are read with their lists, not left out
    assert!(report.left_out.iter().all(|l| l.line != 5 && l.line != 11));
}

#[test]
fn rows_that_come_back_in_the_table_of_each_section_name_their_section() {
    let text = "# Kilns\n\n## Electric Kiln\n| Stage | Hours |\n|---|---|\n| Slow Cool* | 8 |\n| Final Soak | 1 |\n\n## Gas Kiln\n| Stage | Hours |\n|---|---|\n| Slow Cool | 6 |\n| Body Reduction | 2 |\n| Final Soak | 1 |\n\n## Wood Kiln\n| Stage | Hours |\n|---|---|\n| Side Stoking | 30 |\n";
    let (d, report) = generate_with_report(&[notes("kilns.md", text)], None).unwrap();
    assert_eq!(
        back(&d, "Slow Cool (Electric Kiln): what are the Hours?"),
        "8"
    );
    assert_eq!(back(&d, "Slow Cool (Gas Kiln): what are the Hours?"), "6");
    // every row of such a table names it; a footnote mark is dropped
    back(&d, "Final Soak (Electric Kiln): what are the Hours?");
    back(&d, "Body Reduction (Gas Kiln): what are the Hours?");
    // the same row with the same value in two sections is two facts
    assert_eq!(back(&d, "Final Soak (Gas Kiln): what are the Hours?"), "1");
    // a table that shares no row with another stands alone
    back(&d, "Kilns — Side Stoking: what are the Hours?");
    assert!(report.left_out.is_empty(), "{:?}", report.left_out);
}

#[test]
fn a_narrative_sentence_is_asked_with_its_date_or_name_as_the_gap() {
    let text = "# The Valley Dam\n\n## Building\n\nWork on the dam began in 1921 after two floods in a row. The wall was designed by Ada Brennan and her brother. Ten villages, the old mill and two farms lay under the lake by the end.\n\n## Opening\n\nThe gates were first closed on 3 March 1926 before a crowd of thousands.\n";
    let (d, report) = generate_with_report(&[notes("dam.md", text)], None).unwrap();
    assert_eq!(
        back(
            &d,
            "Building: Work on the dam began in [...] after two floods in a row."
        ),
        "1921"
    );
    assert_eq!(
        back(
            &d,
            "Valley Dam — Building: The wall was designed by [...] and her brother."
        ),
        "Ada Brennan"
    );
    assert_eq!(
        back(&d, "Valley Dam — Opening: The gates were first closed on [...] before a crowd of thousands."),
        "3 March 1926"
    );
    // a sentence with neither gives no card
    assert!(fronts(&d).iter().all(|f| !f.contains("villages")));
    assert_eq!(d.cards.len(), 3);
    // and the report names it, though its paragraph gave cards
    assert_eq!(
        lines_and_reasons(&report),
        [(
            5,
            "a sentence that no rule could ask about (the rest of its paragraph gave cards)"
        )]
    );
    assert!(report
        .summary()
        .ends_with("0 blocks left out, 1 sentence of others"));
}

#[test]
fn a_name_glossed_in_brackets_means_the_gloss_and_its_specs_stay_under_it() {
    let text = "# Kilns\n\n## Kiln Kinds\n\n* `k1`: (Small Electric Kiln) -> cheapest to run\n    * Fires a full load of pots in 9 hours.\n* `k2` (Large Gas Kiln)\n    * Peak heat flows at 300 MB/s in the sensor log.\n    * Needs a hood over the burner.\n";
    let d = gen(&[notes("kinds.md", text)]);
    assert_eq!(
        back(&d, "Kiln Kinds: what does “k1” mean?"),
        "Small Electric Kiln; cheapest to run"
    );
    assert_eq!(
        back(&d, "Kiln Kinds: what does “k2” mean?"),
        "Large Gas Kiln"
    );
    // the specs stay under their name; the first is not what the name is
    assert!(fronts(&d).iter().all(|f| !f.contains("what is it?")));
    assert_eq!(
        back(&d, "Kiln Kinds — k1: Fires a full load of pots in [...]."),
        "9 hours"
    );
    // a rate of two units is a quantity
    assert_eq!(
        back(
            &d,
            "Kiln Kinds — k2: Peak heat flows at [...] in the sensor log."
        ),
        "300 MB/s"
    );
    // code names keep their case on a list card
    assert_eq!(back(&d, "Kilns: what are the 2 Kiln kinds?"), "k1; k2");
}

#[test]
fn a_comparison_with_the_things_compared_in_its_header_asks_which_one() {
    let text = "# Clays\n\n## Bodies Compared\n\n| Earthenware | Stoneware | Porcelain |\n|---|---|---|\n| Red or buff body | Grey body | White body |\n| Porous after firing | Not porous after firing | Not porous after firing |\n| Fired at low heat | Fired at high heat | Fired at the highest heat |\n| Glazed or bare | Glazed or bare | Mostly glazed |\n";
    let d = gen(&[notes("clays.md", text)]);
    let (choices, answer) = choice_of(
        &d,
        "Clays — Bodies Compared: which one: “Fired at low heat”?",
    );
    assert_eq!(choices, ["Earthenware", "Stoneware", "Porcelain"]);
    assert_eq!(answer, 0);
    // the first column is compared, not a label: no "what is the stoneware?"
    assert!(fronts(&d).iter().all(|f| !f.contains("what is the")));
    // a cell under two columns has no one answer
    assert!(fronts(&d).iter().all(|f| !f.contains("“Not porous")));
}

#[test]
fn a_list_card_drops_the_full_stops_of_its_items_but_not_of_abbreviations() {
    let text =
        "# Kilns\n\n## Kiln Care\n\n- Vacuum it.\n- Check the elements.\n- Glazes, stilts, etc.\n";
    let d = gen(&[notes("care.md", text)]);
    assert_eq!(
        back(&d, "What does Kiln Care include?"),
        "Vacuum it; Check the elements; Glazes, stilts, etc."
    );
}

#[test]
fn the_names_of_a_scenario_that_asks_a_question_are_no_gaps() {
    let text = "# Kilns\n\n## Scenarios\n\nYou run a pottery shop in the valley. The shop fires its kilns beside the Grand Canal of Lowmoor every night. Which fuel should you choose?\n\n- The wares were first fired in the Grand Canal works in the old days. Which kiln was it?\n\n## Terms\n\n- **Bisque**: The first firing of raw clay\n";
    let d = gen(&[notes("scenario.md", text)]);
    assert!(
        d.cards
            .iter()
            .all(|c| c.back.as_deref() != Some("Grand Canal of Lowmoor")
                && c.back.as_deref() != Some("Grand Canal")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_plural_subject_before_a_past_verb_is_no_verb_and_their_opens_no_gap() {
    let text = "# Pottery History\n\n## Early kilns\n\nThe first climbing kilns were built on the hills in 1127. Their long chambers were designed by Master Chen Wei and his sons.\n";
    let d = gen(&[notes("kilns.md", text)]);
    // "kilns" is the subject's noun, not its verb: no "what does the
    // first climbing kiln?"
    assert!(
        fronts(&d).iter().all(|f| !f.contains("what does")),
        "{:?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Pottery History — Early kilns: The first climbing kilns were built on the hills in [...]."),
        "1127"
    );
    // a sentence that opens with "Their" does not stand alone
    assert_eq!(d.cards.len(), 1);
}

#[test]
fn an_exam_scenario_item_is_asked_whole_with_its_bold_answer() {
    let text = "# Kilns\n\n## Scenarios\n\n- A potter fires stoneware twice a week and wants the glaze to melt evenly. Which cone should the potter fire to?\n  - **A) Cone 6**\n  - Cone 6 melts most mid-fire glazes evenly in an electric kiln.\n  - **Cone 04** : used for the first, bisque firing\n";
    let d = gen(&[notes("exam.md", text)]);
    let q = "Kilns: A potter fires stoneware twice a week and wants the glaze to melt evenly. Which cone should the potter fire to?";
    let c = card(&d, q);
    assert_eq!(c.back.as_deref(), Some("Cone 6"));
    assert_eq!(
        c.explanation.as_deref(),
        Some("Cone 6 melts most mid-fire glazes evenly in an electric kiln.")
    );
    // the other items explain the options, under the heading alone
    assert!(
        fronts(&d)
            .iter()
            .all(|f| f == &q || !f.contains("Which cone")),
        "{:?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Kilns: what is Cone 04 used for?"),
        "The first, bisque firing"
    );
}

#[test]
fn an_exam_item_with_options_on_its_lines_answers_with_the_bold_ones() {
    let text = "# Kilns\n\n## Practice\n\n- **A studio wants to fire at night without anyone watching. Which two parts make that safe? (Select TWO.)**\n  A. A glaze brush\n  **B. A kiln sitter**\n  C. A wedging table\n  **D. A digital controller**\n    - A sitter and a controller both switch the kiln off at the set heat.\n\n- Which clay is the most plastic?\n  - Answer: Ball clay\n";
    let d = gen(&[notes("exam.md", text)]);
    assert_eq!(
        back(&d, "Kilns: A studio wants to fire at night without anyone watching. Which two parts make that safe? (Select TWO.)"),
        "A kiln sitter; A digital controller"
    );
    assert_eq!(
        back(&d, "Kilns: which clay is the most plastic?"),
        "Ball clay"
    );
    // no card blanks a word of the options
    assert!(
        d.cards.iter().all(|c| !c.front.contains("[...]")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn an_item_question_with_plain_options_below_it_is_no_exam_answer() {
    let text = "# Kilns\n\n## Practice\n\n- Which clay is the most plastic?\n  - A) Ball clay\n  - B) Fire clay\n  - C) Stoneware clay\n\n## Facts\n\nA kiln is a furnace for firing clay.\n";
    let d = gen(&[notes("exam.md", text)]);
    // no option is marked right: the first is not taken for the answer
    assert!(
        d.cards
            .iter()
            .all(|c| c.back.as_deref() != Some("Ball clay")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_sentence_ending_on_a_count_leads_its_list_and_comma_items_are_terms() {
    let text = "# Clay Bodies\n\nThe kiln has four main parts\n- Floor\n- Walls\n- Arch\n- Chimney\n\nA clay body can be sorted into two groups\n- Earthenware, porous body fired at low heat\n- Stoneware, dense body fired at high heat\n\nGlaze colours\n- Blue, green and teal\n- Red, orange and brown\n";
    let d = gen(&[notes("clay.md", text)]);
    assert_eq!(
        back(&d, "Clay Bodies: what are the four main parts of the kiln?"),
        "Floor; Walls; Arch; Chimney"
    );
    assert_eq!(
        back(
            &d,
            "A clay body can be sorted into two groups: what are they?"
        ),
        "Earthenware; Stoneware"
    );
    assert_eq!(
        back(&d, "Clay Bodies: what is meant by “Stoneware”?"),
        "Dense body fired at high heat"
    );
    // a list of enumerations names no terms
    assert!(
        fronts(&d).iter().all(|f| !f.contains("“Blue”")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_bare_term_is_the_thing_and_plural_kinds_are_defined() {
    let text = "# Clays\n\n## Kinds\n\nGrog is the fired clay crushed into grains. Ball clays are plastic clays with a fine grain and a dark colour. Safety is a real concern.\n";
    let d = gen(&[notes("clays.md", text)]);
    assert_eq!(
        back(&d, "Clays: what is grog?"),
        "The fired clay crushed into grains"
    );
    assert_eq!(
        back(&d, "What are ball clays?"),
        "Plastic clays with a fine grain and a dark colour"
    );
    // a short slogan says nothing of what the thing is
    assert!(
        fronts(&d).iter().all(|f| !f.contains("what is safety")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_glossed_term_a_timeline_entry_and_a_rule_under_a_label() {
    let text = "# Pottery\n\n## Basics\n\n- wedging (kneading clay to push out the air bubbles)\n- glaze faults (eg crawling and pinholes in the glaze)\n- Kiln wash (setup time + cost)\n\n## Timeline\n\n- 1920s: Electric kilns reach small studios across the country.\n- 1951: The first cone chart is printed for studio potters.\n\n## Rules\n\n- **Cone Check**: If the witness cone bends early, the kiln runs hot.\n- **Glaze Check**: If the glaze crawls, the ware was dusty.\n";
    let d = gen(&[notes("pottery.md", text)]);
    assert_eq!(
        back(&d, "Pottery — Basics: what is meant by “wedging”?"),
        "Kneading clay to push out the air bubbles"
    );
    // examples and symbols in brackets are no meaning
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("“glaze faults”") && !f.contains("“Kiln wash”")),
        "{:?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Pottery — Timeline: what happened in the 1920s?"),
        "Electric kilns reach small studios across the country."
    );
    assert_eq!(
        back(&d, "Pottery — Timeline: what happened in 1951?"),
        "The first cone chart is printed for studio potters."
    );
    // the years alone are no list to learn
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Timeline: list")),
        "{:?}",
        fronts(&d)
    );
    // an if-then rule is asked as such, under its label, not as what
    // its label means
    assert_eq!(
        back(
            &d,
            "Pottery — Rules — Cone Check: what happens if the witness cone bends early?"
        ),
        "The kiln runs hot"
    );
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("what is meant by “Cone Check”")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_name_after_the_opening_article_is_whole_and_a_possessive_ends_no_subject() {
    let text = "# Pottery History\n\n## Events\n\n- The Guild of Northern Potters banned salt glazes in the city.\n- The potters then moved their kilns outside the walls.\n- The client then queries the kiln log.\n";
    let d = gen(&[notes("events.md", text)]);
    assert_eq!(
        back(
            &d,
            "Pottery History — Events: The [...] banned salt glazes in the city."
        ),
        "Guild of Northern Potters"
    );
    // "kilns" is no verb: "what does the potters then moved their kiln?"
    // was asked
    assert!(
        fronts(&d).iter().all(|f| !f.contains("moved their")),
        "{:?}",
        fronts(&d)
    );
    assert_eq!(
        back(
            &d,
            "Pottery History — Events: what does the client then query?"
        ),
        "The kiln log"
    );
}

#[test]
fn items_that_are_only_a_predicate_of_a_bold_lead_take_it_as_subject() {
    let text = "# Studio notes\n\n## Kilns vs Ovens\n\n**Kilns** : hot boxes for firing clay.\n\n- records every firing\n- stores its logs on a card\n\n## What is a Pug Mill?\n\n- Driven by an electric motor\n\n## Wheels\n\nKey points:\n\n- Cleaned by the studio staff\n- Spun by a foot pedal\n";
    let d = gen(&[notes("studio.md", text)]);
    assert_eq!(
        back(&d, "Studio — Kilns vs Ovens — Kilns: what do they record?"),
        "Every firing"
    );
    // the subject a question heading asks about
    assert_eq!(
        back(&d, "Studio — Pug Mill: what is it driven by?"),
        "An electric motor"
    );
    // "Key points" names no party: its items are recited
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Key points cleaned")),
        "{:?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Studio — Wheels — Key points: list the 2 items."),
        "Cleaned by the studio staff; Spun by a foot pedal"
    );
    // the predicates of the lead are no list to recite
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Ovens: list the")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn items_that_are_only_a_predicate_take_the_heading_as_subject() {
    let text = "# Kilns\n\n## Electric Kiln\n\n- supports cone 10 firings\n- uses coiled elements in the walls\n- cannot reach a reduction atmosphere\n- like a gas kiln, supports slow cooling\n- waits for the controller to start\n- fired in a small chamber and cooled overnight, in most studios\n- lays out each firing in a log\n- becomes hot within minutes\n- can dry and store greenware\n- can hold up to 40 pots at once\n\n## Glazes & Slips\n\n- measured in grams per litre\n\n## Benefits\n\n- saves fuel on every firing\n\n## Kilns vs Ovens\n\n- records every firing\n- stores its logs on a card\n";
    let d = gen(&[notes("kilns.md", text)]);
    let c = card(&d, "Electric Kiln: what does it support?");
    assert_eq!(c.back.as_deref(), Some("Cone 10 firings; Slow cooling"));
    assert_eq!(
        back(&d, "Electric Kiln: what can it not reach?"),
        "A reduction atmosphere"
    );
    assert_eq!(
        back(&d, "Electric Kiln: what does it wait for?"),
        "The controller to start"
    );
    // "up to" is a bound, no particle
    assert_eq!(
        back(&d, "Electric Kiln: what can it hold?"),
        "Up to 40 pots at once"
    );
    // a verb no list of instructions knows, with its particle
    assert_eq!(
        back(&d, "Electric Kiln: what does it lay out?"),
        "Each firing in a log"
    );
    // a linking verb names no object, nor does "and"
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("what does it become") && !f.contains("what can it dry")),
        "{:?}",
        fronts(&d)
    );
    // a participle and its preposition, cut at the next participle
    assert_eq!(
        back(&d, "Electric Kiln: what is it fired in?"),
        "A small chamber"
    );
    assert_eq!(
        back(&d, "Kilns — Glazes & Slips: what are they measured in?"),
        "Grams per litre"
    );
    // a list of predicates is no list to recite, and "Benefits" names
    // an aspect, no subject nor a term
    assert!(
        fronts(&d).iter().all(|f| !f.contains("include")
            && !f.contains("what does it save")
            && !f.contains("Ovens: what do they record")
            && !f.contains("“Benefits”")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_choice_by_case_a_verb_comparison_and_a_condition_without_comma() {
    let text = "# Clays\n\n## Firing\n\nPorcelain melts at higher temperatures than earthenware.\n\nWhen clay dries too fast it cracks at the rim.\n\n## Kiln types\n\n- Gas kiln : if you need a reduction atmosphere\n- Electric kiln : when you fire small loads at home\n";
    let d = gen(&[notes("clays.md", text)]);
    let c = card(
        &d,
        "Clays — Firing: which melts at higher temperatures, earthenware or porcelain?",
    );
    assert_eq!(c.back.as_deref(), Some("Porcelain"));
    assert_eq!(
        back(&d, "Firing: what happens when clay dries too fast?"),
        "It cracks at the rim"
    );
    assert_eq!(
        back(&d, "Clays — Kiln types: when should you use Gas kiln?"),
        "If you need a reduction atmosphere"
    );
}

#[test]
fn a_first_item_of_a_defining_kind_says_what_the_heading_is() {
    let text = "# Ceramics\n\n## Kiln firing\n- the process of heating clay until it hardens for good\n- done in an electric or gas kiln\n\n## Glazes\n- Glass coating fused onto the clay surface\n- made from silica, flux and alumina\n";
    let d = gen(&[notes("ceramics.md", text)]);
    assert_eq!(
        back(&d, "Ceramics: what is kiln firing?"),
        "The process of heating clay until it hardens for good"
    );
    // a definition and a predicate are no list to recite
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Kiln firing: list")),
        "{:?}",
        fronts(&d)
    );
    // a list after a comma stays whole
    assert_eq!(
        back(&d, "Ceramics — Glazes: what are they made from?"),
        "Silica, flux and alumina"
    );
}

#[test]
fn a_short_list_under_an_aspect_heading_asks_for_that_aspect() {
    let text = "# Kilns\n\n## Features\n\n- Gas kiln : reduction, soda firing and wood ash\n- Electric kiln : if you fire at home\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "What are the features of Gas kiln?"),
        "Reduction, soda firing and wood ash"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("“Gas kiln”")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn an_item_that_gives_no_card_in_a_list_that_gives_some_is_reported() {
    let text = "# Kilns\n\n## Electric Kiln\n\n- supports cone 10 firings\n- uses coiled elements in the walls\n- the lid stays shut.\n";
    let (d, report) = generate_with_report(&[notes("kilns.md", text)], None).unwrap();
    assert_eq!(d.cards.len(), 2, "{:?}", fronts(&d));
    assert_eq!(
        lines_and_reasons(&report),
        [(
            7,
            "an item that no rule could ask about (the rest of its list gave cards)"
        )]
    );
    assert!(report
        .summary()
        .ends_with("0 blocks left out, 1 item of others"));
}

#[test]
fn plain_statement_items_ask_where_how_long_what_of_and_which_one() {
    let text = "# Kilns\n\n## Basics\n\n- Kiln logs are kept indefinitely.\n- Bisque firing is also known as the first firing\n- Glaze recipes are stored in the studio book.\n- Cone 6 is the most common mid-fire temperature.\n- Kiln shelves are made of silicon carbide\n- Pots are stacked in a spiral fashion.\n- The firing plan is based on the cone chart, not on the clock.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Basics: how long are kiln logs kept?"),
        "Indefinitely"
    );
    assert_eq!(
        back(&d, "Kilns — Basics: what is bisque firing also known as?"),
        "The first firing"
    );
    assert_eq!(
        back(&d, "Kilns — Basics: where are glaze recipes stored?"),
        "In the studio book"
    );
    assert_eq!(
        back(
            &d,
            "Kilns — Basics: what is the most common mid-fire temperature?"
        ),
        "Cone 6"
    );
    assert_eq!(
        back(&d, "Basics: what are kiln shelves made of?"),
        "Silicon carbide"
    );
    assert_eq!(
        back(&d, "Kilns — Basics: what is the firing plan based on?"),
        "The cone chart"
    );
    // "in a spiral fashion" is a manner, not a place
    assert!(
        fronts(&d).iter().all(|f| !f.contains("where are pots")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_long_item_with_a_callout_word_is_still_an_item() {
    let text = "# Kilns\n\n## Three Gains of a Gas Kiln\n\n1. **Fire in reduction** - The flame can starve the chamber of oxygen.\n2. **Benefit from cheaper fuel over many firings** - Gas costs less than power.\n3. **Reach cone 10** - The burners climb past 1300 degrees.\n";
    let d = gen(&[notes("gains.md", text)]);
    let c = fronts(&d)
        .into_iter()
        .find(|f| f.contains("list the") || f.contains("gains"))
        .unwrap_or_else(|| panic!("{:?}", fronts(&d)));
    assert!(
        back(&d, c).contains("Benefit from cheaper fuel over many firings"),
        "{:?}",
        back(&d, c)
    );
}

#[test]
fn exam_notes_shapes_read_as_a_learner_would() {
    let text = "# Kiln notes\n\n### Firing Types (Must Know)\n- 1\u{FE0F}\u{20E3} Bisque Firing\n  - Low heat, before glazing\n  - Leaves the clay porous\n- 2\u{FE0F}\u{20E3} Glaze Firing\n  - High heat, after glazing\n- Exam Trick:\n  - \u{201C}Pots still porous\u{201D} → Bisque\n  - Use a witness cone → then Check the kiln log\n- Exam trap: If you need to stop crazing → use a tighter clay body\n\n### Kiln Care\n- Every kiln can reach:\n  - cone 6\n  - cone 10\n\n### Studio History\n* **Guild Days**\n    - Initially run by the town council, builds local pride\n    - Transferred to the Potters' Guild\n* **Effects of the Guild**\n    - Massive success, 300 members within a year\n    - Opens a second studio\n* **Disputes**\n    - Initially, the glaze recipes shared freely\n    - Later, members keep them secret\n\n### Guild Era\n* **Founding of the Guild**\n    - Twelve potters meet in 1890\n* **Decline of the Guild**\n    - Factories undercut the members by 1920\n";
    let d = gen(&[notes("kilns.md", text)]);
    // the emphasis aside and the keycaps say nothing of the firing
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("Must Know") && !f.contains("1 Bisque")),
        "{:?}",
        fronts(&d)
    );
    assert_eq!(
        back(
            &d,
            "Kiln — Firing Types: which one fits “Pots still porous”?"
        ),
        "Bisque"
    );
    assert_eq!(
        back(
            &d,
            "Kiln — Firing Types: what comes after “Use a witness cone”?"
        ),
        "Check the kiln log"
    );
    assert_eq!(
        back(&d, "Kiln Care: what can every kiln reach?"),
        "Cone 6; cone 10"
    );
    // the exam trap has a card of its own, not a place on the list card
    assert_eq!(
        back(&d, "Kiln: what are the 2 Firing types?"),
        "Bisque Firing; Glaze Firing"
    );
    assert_eq!(
        back(&d, "Kiln — Firing Types: what do you use to stop crazing?"),
        "A tighter clay body"
    );
    // a statement under a topic label is no definition of it, nor is an
    // aspect's first item, nor "Initially" a term
    assert!(
        fronts(&d).iter().all(|f| !f.ends_with("what is it?")
            && !f.contains("“Initially”")
            && !f.contains("“Later”")
            // an aspect of the guild is no subject that opens anything
            && !f.contains("Guild: what does it open")
            // an outline of sub-topics is no list to recite
            && !f.contains("Guild Era include")
            && !f.contains("Guild Era: list")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_definition_by_likeness_keeps_its_difference() {
    let text = "# Glazes\n\nA **celadon** is similar to a tenmoku, but the iron content is much lower.\n\nA **slip** is liquid clay, used to join pieces.\n";
    let d = gen(&[notes("glazes.md", text)]);
    assert_eq!(
        back(&d, "Glazes: what is a celadon?"),
        "Similar to a tenmoku, but the iron content is much lower"
    );
    assert_eq!(back(&d, "Glazes: what is a slip?"), "Liquid clay");
}

#[test]
fn headings_without_a_space_and_definition_lists_read_as_meant() {
    let text = "---\ntitle: 04 – Glazes\n---\n\n##Firing Ranges\n\nCone 6 is the most common mid-fire temperature.\n\n**Glaze Defects**  \n: Crawling where the glaze pulls back  \n: Pinholes from escaping gas\n\n- Pots crack when they dry too fast\n\n#studio\n";
    let d = gen(&[notes("glazes.md", text)]);
    assert_eq!(d.name, "Glazes");
    assert_eq!(
        back(
            &d,
            "Glazes — Firing Ranges: what is the most common mid-fire temperature?"
        ),
        "Cone 6"
    );
    let list = d
        .cards
        .iter()
        .find(|c| c.back.as_deref().is_some_and(|b| b.contains("Pinholes")))
        .expect("a card of the definition list");
    assert!(
        list.front.contains("Glaze Defects")
            && !list.back.as_deref().unwrap_or("").contains(": ")
            // the list after the definitions is a list of its own
            && !list.back.as_deref().unwrap_or("").contains("Pots crack"),
        "{list:?}"
    );
}

#[test]
fn a_table_of_tick_marks_asks_which_columns_apply() {
    let text = "# Clays\n\n## Properties\n\n| | Plastic | Vitreous | Porous |\n|---|---|---|---|\n| Porcelain | x | x | |\n| Earthenware | x | | x |\n| Grog | | | x |\n\n## Kinds\n\n| | Fine | Coarse |\n|---|---|---|\n| Porcelain | ✓ | |\n| Stoneware | ✅ | ✔️ |\n\n## Firing\n\n| Feature | Gas kiln | Electric kiln |\n|---|---|---|\n| Reduction | ✅ | ❌ |\n| Timer | ❌ | ✅ |\n";
    let d = gen(&[notes("clays.md", text)]);
    assert_eq!(
        back(
            &d,
            "Clays — Properties — Porcelain: which apply: Plastic, Vitreous, Porous?"
        ),
        "Plastic; Vitreous"
    );
    // a check mark is a tick, though clean text drops it
    assert_eq!(
        back(&d, "Clays — Stoneware: which apply: Fine, Coarse?"),
        "Fine; Coarse"
    );
    // check marks and crosses are yes and no, asked as a comparison
    assert_eq!(back(&d, "Clays: does Gas kiln have reduction?"), "Yes");
    assert_eq!(back(&d, "Clays: does Electric kiln have reduction?"), "No");
    // a mark alone is no answer
    assert!(
        d.cards
            .iter()
            .all(|c| c.back.as_deref().is_some_and(|b| b.len() > 1)),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_column_of_yes_and_no_is_asked_once() {
    let text = "# Kilns\n\n| Kiln | Use Case | Fires Glaze |\n|---|---|---|\n| **Gas** | Reduction firing | ✅ |\n| **Electric** | Even oxidation | ✅ |\n| **Pit** | Smoke marks | ❌ (bisque only) |\n";
    let d = gen(&[notes("kilns.md", text)]);
    // a column of bare yes and no is asked once, its asides kept
    let c = card(&d, "Fires Glaze: which kiln: Gas, Electric or Pit?");
    assert_eq!(c.back.as_deref(), Some("Gas; Electric"));
    assert_eq!(c.explanation.as_deref(), Some("Pit: no (bisque only)."));
    assert!(!fronts(&d).iter().any(|f| f.ends_with("fires glaze?")));
}

#[test]
fn a_bold_label_over_its_sentence_is_a_term() {
    let text = "# Kilns\n\n## Firing\n\n* **Bisque Stage**  \n  From room heat, the kiln climbs slowly to drive out water.\n* **Glaze Stage**: Vitrification  \n  The glaze melts into glass.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Firing: what is meant by “Bisque Stage”?"),
        "From room heat, the kiln climbs slowly to drive out water."
    );
    // the name and the sentence under it are set apart
    let glaze = d
        .cards
        .iter()
        .find(|c| c.front.contains("Glaze Stage"))
        .expect("a card of the glaze stage");
    assert!(
        glaze
            .back
            .as_deref()
            .is_some_and(|b| b.starts_with("Vitrification — The glaze")),
        "{glaze:?}"
    );
}

#[test]
fn a_phrase_naming_a_kind_under_a_heading_defines_it() {
    let text = "# Ceramics\n\n## Grog\n\nGroup of fired clay grains, crushed fine. Potters add it to stiff bodies to cut shrinkage.\n";
    let d = gen(&[notes("ceramics.md", text)]);
    assert_eq!(
        back(&d, "Ceramics: what is meant by “Grog”?"),
        "Group of fired clay grains, crushed fine"
    );
}

#[test]
fn a_paragraph_of_references_is_left_out() {
    let text = "# Kilns\n\n## Firing\n\nCone 6 is the most common mid-fire temperature.\n\n##References\nLeach and Cardew\nRhodes\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("Leach") && !f.contains("References")),
        "{:?}",
        fronts(&d)
    );
    assert_eq!(d.cards.len(), 1, "{:?}", fronts(&d));
}

#[test]
fn a_bold_label_over_predicates_asks_use_and_time() {
    let text = "# Studio notes\n\n## Tools\n\n**Wire Cutter**\n: Used to free a pot from the wheel\n: Dulls after 200 pots\n: Costs little\n";
    let d = gen(&[notes("studio.md", text)]);
    assert_eq!(
        back(&d, "Studio — Tools — Wire Cutter: what is it used for?"),
        "To free a pot from the wheel"
    );
    assert_eq!(
        back(&d, "Studio — Tools — Wire Cutter: when does it dull?"),
        "After 200 pots"
    );
}

#[test]
fn a_list_under_a_kind_or_numbered_steps_is_asked_as_such() {
    let text = "# Kilns\n\n## Gas Kilns\n\n**Safety Features**\n- Flame failure valve\n- Spark igniter on a timer\n- Vent hood over the stack\n\n**Cooling Down**\n1. Shut the burners off at peak\n2. Close the damper halfway\n3. Open the door below 100 degrees\n\n## How does a kiln fire?\n\n### Stages in a Glaze Firing\n- Water smoking\n- Quartz inversion\n- Glaze melt\n\n## Guild History\n\n* **Effects of the Potters Guild**\n    - Many members join the Potters Guild in a year\n    - Prices of glaze drop across town\n";
    let d = gen(&[notes("kilns.md", text)]);
    // a bold label that names a kind of thing is what the list gives
    assert_eq!(
        back(&d, "Gas Kilns: what are the 3 safety features?"),
        "Flame failure valve; Spark igniter on a timer; Vent hood over the stack"
    );
    // a numbered list under a label of one thing gives its steps
    assert_eq!(
        back(
            &d,
            "Gas Kilns — Cooling Down: what are the 3 steps, in order?"
        ),
        "Shut the burners off at peak; Close the damper halfway; Open the door below 100 degrees"
    );
    // the kind comes before what it is in; a question heading is no context
    assert_eq!(
        back(&d, "Kilns: what are the 3 stages in a glaze firing?"),
        "Water smoking; Quartz inversion; Glaze melt"
    );
    // effects and causes are kinds too
    assert_eq!(
        back(
            &d,
            "Kilns — Guild History: what are the 2 effects of the Potters Guild?"
        ),
        "Many members join the Potters Guild in a year; Prices of glaze drop across town"
    );
}

#[test]
fn conditions_code_colons_and_recited_sentences_read_as_meant() {
    let text = "# Kilns\n\n## Shrinkage Rate\n\n|Shrinkage rate|Clay body|\n|---|---|\n|s > 12%|The clay is a porcelain and needs slow drying|\n|s < 5%|The clay is a groggy stoneware|\n\n## Shelves\n\n- Add `:kw` flag to mark a shelf for kiln wash.\n- Stack the shelves on three posts at even heights.\n\n## Cooling Rate of a Kiln\n\n- A slow cooling rate indicates that the glaze will grow crystals\n- A fast cooling rate indicates that the glaze will stay glossy\n\n## Pots\n\n- \"Bisqued\": Cannot be reclaimed as wet clay.\n";
    let d = gen(&[notes("kilns.md", text)]);
    // a passive after a modal is no "what cannot … be?"
    assert_eq!(
        back(&d, "Kilns — Pots: what is meant by “Bisqued”?"),
        "Cannot be reclaimed as wet clay."
    );
    // a condition is asked with what it measures, not which column it is in
    assert_eq!(
        back(&d, "Kilns — Shrinkage rate s > 12%: what is the clay body?"),
        "The clay is a porcelain and needs slow drying"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("which one")),
        "{:?}",
        fronts(&d)
    );
    // a colon inside code is no term's end
    assert!(
        fronts(&d).iter().all(|f| !f.contains("“Add”")),
        "{:?}",
        fronts(&d)
    );
    // sentences each asked on their own are not recited again as a list
    assert!(
        fronts(&d).iter().all(|f| !f.contains("list the")),
        "{:?}",
        fronts(&d)
    );
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.contains("what does a slow cooling rate indicate")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_list_under_to_or_how_to_is_asked_as_a_task() {
    let text = "# Kilns\n\n## Wax & Glaze\n\n- Extra care needed near the foot of a pot.\n\n## Glazing\n\n- To glaze a test tile:\n  - wax the foot of the tile\n  - dip it in the glaze for three seconds\n  - wipe the drips off the wax\n- how to load the kiln\n  - put the tallest pots at the back\n  - leave a finger's width between pots\n- To the studio manager:\n  - report any cracked shelf\n  - log each firing\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Glazing: how do you glaze a test tile (3 steps)?"),
        "Wax the foot of the tile; dip it in the glaze for three seconds; wipe the drips off the wax"
    );
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.ends_with("how do you load the kiln (2 steps)?")),
        "{:?}",
        fronts(&d)
    );
    // a heading that joins two things is a topic, not a term
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Wax & Glaze")),
        "{:?}",
        fronts(&d)
    );
    // a lead that names someone sets no task
    assert!(
        fronts(&d).iter().all(|f| !f.contains("how do you the")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_label_over_its_own_list_is_no_item_of_the_list_above() {
    let text = "# Kilns\n\n## Kiln Wash\n\n- A thin coat on the shelves\n- Reapplied after every tenth firing\n- Requirements\n  - mix it from alumina and kaolin\n  - brush it on in two thin coats\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "What does Kiln Wash include?"),
        "A thin coat on the shelves; Reapplied after every tenth firing"
    );
    assert_eq!(
        back(&d, "Kiln Wash: what are the requirements?"),
        "Mix it from alumina and kaolin; brush it on in two thin coats"
    );
}

#[test]
fn a_side_by_side_cell_that_names_its_column_is_not_asked() {
    let text = "# Forming\n\n## Wheel vs Slab\n\n| Wheel | Slab |\n|---|---|\n| Pots come out round and even | Pieces can take any flat-sided shape |\n| Wheel speed sets the wall thickness | Needs a rolling pin and templates |\n";
    let d = gen(&[notes("forming.md", text)]);
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.contains("Pots come out round and even")),
        "{:?}",
        fronts(&d)
    );
    // "Wheel speed …" under "Wheel" gives its column away
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Wheel speed")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn boxes_and_lifelines_drawn_in_ascii_are_pictures_not_trees() {
    let text = "# Kiln\n\n```text\n  Kiln frame (two bays):\n  +--------+--------+\n  |  Bay A | Bay B  |\n  +--------+--------+\n```\n\n```text\n  Potter            Kiln\n    |-- load ------->|\n    |<-- fired ------|\n```\n\n```text\nStudio\n|-- Wheels\n|   |-- Kick wheel\n|   |-- Electric wheel\n|-- Kilns\n```\n";
    let d = gen(&[notes("kiln.md", text)]);
    // the edges of a box and the messages between lifelines are no items
    assert!(
        d.cards
            .iter()
            .all(|c| !c.back.as_deref().unwrap_or("").contains("+--")
                && !c.back.as_deref().unwrap_or("").contains(">|")),
        "{:?}",
        fronts(&d)
    );
    // a tree drawn with "|--" still is one
    assert_eq!(
        back(&d, "Kiln — Studio — Wheels: list the 2 items."),
        "Kick wheel; Electric wheel"
    );
}

#[test]
fn a_modal_label_keeps_its_items_under_the_section() {
    let text = "# Kilns\n\n### CONE\n\n- Sets the top temperature\n- Can be set:\n  - In the controller: `cone 6`\n  - In the log: `target=cone6`\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "CONE: what is the syntax in the controller?"),
        "cone 6"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Can be set")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn leads_that_name_a_kind_or_a_task_over_commands_ask_for_them() {
    let text = "# Kilns\n\n## General Notes\n\n- There are different cones for a firing based on the clay used:\n  - Cone 04 for bisque ware\n  - Cone 6 for mid-fire stoneware\n  - Cone 10 for porcelain\n\n## Studio Tools\n\n### Controlling Kiln Programs\n\n- `kiln list`\n- `kiln start <program>`\n- `kiln stop`\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(
            &d,
            "Kilns — General Notes: what are the 3 cones for a firing?"
        ),
        "Cone 04 for bisque ware; Cone 6 for mid-fire stoneware; Cone 10 for porcelain"
    );
    assert_eq!(
        back(
            &d,
            "Studio Tools: what are the 3 commands for controlling kiln programs?"
        ),
        "kiln list; kiln start <program>; kiln stop"
    );
}

#[test]
fn a_date_as_a_term_asks_what_happened_or_when() {
    let text = "# Studio History\n\n## Guild Years\n\n- **1890 - 1920**: Potters Guild Era\n- **1931 - 1938**: Second Kiln Fund\n\n## Events\n\n- **212 BCE**: the first kiln of the valley is fired\n- **1990s**: the studio moves to gas kilns\n";
    let d = gen(&[notes("history.md", text)]);
    assert_eq!(
        back(
            &d,
            "Studio History — Guild Years: when was the Potters Guild Era?"
        ),
        "1890 - 1920"
    );
    assert_eq!(
        back(&d, "Studio History — Events: what happened in 212 BCE?"),
        "The first kiln of the valley is fired"
    );
    assert_eq!(
        back(&d, "Studio History — Events: what happened in the 1990s?"),
        "The studio moves to gas kilns"
    );
    // bare dates are no list to recite
    assert!(
        fronts(&d).iter().all(|f| !f.contains("list the")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_bare_callout_label_gives_way_to_its_section() {
    let text = "# Glazing\n\n## Wax Resist\n\nWax keeps glaze off the foot.\n\n**Gotchas:**\n- Hot wax uses a double boiler\n- Cold wax needs a day to cure\n";
    let d = gen(&[notes("glazing.md", text)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Gotchas")),
        "{:?}",
        fronts(&d)
    );
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.ends_with("Wax Resist: what does hot wax use?")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_term_equal_to_a_formula_asks_for_the_formula() {
    let text = "# Glaze Maths\n\n## Shrinkage\n\n* SR = (wet - fired) / wet\n* Bisque = a first firing that leaves the clay porous\n";
    let d = gen(&[notes("maths.md", text)]);
    assert_eq!(
        back(&d, "Glaze Maths — Shrinkage: what is the formula for SR?"),
        "SR = (wet - fired) / wet"
    );
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.contains("what does “Bisque” mean?")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_gotcha_is_asked_as_a_fact_not_a_mistake() {
    let text = "# Kilns\n\n## Gotchas & Limits\n\n- Max temperature: 1300 degrees\n- Overfiring: glaze runs onto the shelf\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("mistake")),
        "{:?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Kilns — Gotchas & Limits: what is the max temperature?"),
        "1300 degrees"
    );
}

#[test]
fn a_dash_names_the_term_before_an_arrow_in_its_meaning() {
    let text = "# Kilns\n\n## Flues\n\n* Updraft - carries heat from the firebox -> chimney\n* Downdraft - turns the heat back at the crown -> floor vents\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Flues: what does Updraft carry?"),
        "Heat from the firebox — chimney"
    );
}

#[test]
fn a_sentence_over_sub_items_is_no_context() {
    let text = "# Kilns\n\n## Bricks\n\n* The firebox is lined with soft brick like most small kilns. A key difference however is the thick layer of insulation behind it.\n  * The insulation is made of **ceramic fibre**.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Bricks: what is the insulation made of?"),
        "Ceramic fibre"
    );
}

#[test]
fn numbered_sections_side_by_side_are_no_title() {
    let text = "1. Stoneware\n    - fired hot\n\n2. Earthenware\n    - porous\n        + Water seeps through unglazed walls\n    - cheap\n";
    let d = gen(&[notes("clays.md", text)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Stoneware —")),
        "{:?}",
        fronts(&d)
    );
    assert!(
        fronts(&d).iter().any(|f| f.starts_with("Earthenware")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_scenario_under_its_label_is_asked_for_its_solution() {
    let text = "# Kilns\n\n## Firing schedules\n\n- Example Scenario (exam-style):\n  - You run a shared studio kiln with beginner and advanced members.\n    - Beginners: bisque only, cone 04.\n    - Advanced: glaze firings up to cone 10.\n  - Solution: Keep two firing logs and fire each log on its own day.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(
            &d,
            "Firing schedules: You run a shared studio kiln with beginner and advanced members: Beginners: bisque only, cone 04; Advanced: glaze firings up to cone 10 — what is the solution?"
        ),
        "Keep two firing logs and fire each log on its own day."
    );
    // the made-up numbers of the scenario are no cards of their own
    assert_eq!(d.cards.len(), 1, "{:?}", fronts(&d));
}

#[test]
fn an_adjective_over_its_line_names_a_kind_of_the_heading() {
    let text = "# Kilns\n\n## Firing\n\n- electrical\n    + Elements heat the chamber from the walls\n- chemical\n    + Burning fuel heats the chamber from below\n- problems\n    1. Uneven heat\n    2. Slow cooling\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns: what is electrical firing?"),
        "Elements heat the chamber from the walls"
    );
    // the labels alone are no list to recite
    assert!(
        !fronts(&d).iter().any(|f| f.contains("list the 3 items")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_lead_that_trails_off_is_no_context() {
    let text = "# Kilns\n\n#### Firing cycle\n\n* A firing cycle consists of...\n  1. Candling - drying the ware slowly below boiling.\n  2. Soaking - holding the top heat to even the glaze.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Firing cycle: what is meant by “Candling”?"),
        "Drying the ware slowly below boiling."
    );
}

#[test]
fn nb_is_a_callout_not_a_term() {
    let text = "# Kilns\n\n## Firings\n\n* Bisque - the first firing, which hardens the clay.\n* Glost - the glaze firing, hotter than the bisque.\n* NB: Opening the lid above 200 degrees can crack the pots.\n";
    let (d, report) = generate_with_report(&[notes("kilns.md", text)], None).unwrap();
    assert!(
        !fronts(&d).iter().any(|f| f.contains("“NB”")),
        "{:?}",
        fronts(&d)
    );
    // the terms beside it are read, and the note is reported, not lost
    assert_eq!(
        back(&d, "Kilns — Firings: what is meant by “Bisque”?"),
        "The first firing, which hardens the clay."
    );
    assert!(lines_and_reasons(&report).iter().any(|(l, _)| *l == 7));
}

#[test]
fn a_lead_that_says_what_a_thing_is_for_asks_its_uses() {
    let text = "### PURPOSE\nThe Potter's Wheel is a spinning platform to:\n  - Centre clay evenly\n  - Throw round pots\n  - Trim feet on leather-hard pots\n";
    let d = gen(&[notes("wheel.md", text)]);
    assert_eq!(
        back(
            &d,
            "What is the Potter's Wheel, a spinning platform, used to do (3 things)?"
        ),
        "Centre clay evenly; Throw round pots; Trim feet on leather-hard pots"
    );
}

#[test]
fn the_notes_own_details_are_left_out() {
    let text = "**Kilns — Lecture notes week 2**\n\n- Author: Ada Brennan\n- Date: 01.02.2026\n- Contact: ada@example.org\n\n# Kilns\n\n- Bisque - the first firing, which hardens the clay.\n- Glost - the glaze firing, hotter than the bisque.\n";
    let (d, report) = generate_with_report(&[notes("kilns.md", text)], None).unwrap();
    assert!(
        !fronts(&d).iter().any(|f| f.contains("Author")),
        "{:?}",
        fronts(&d)
    );
    assert!(lines_and_reasons(&report)
        .iter()
        .any(|(l, why)| *l == 3 && why.contains("author, date")));
}

#[test]
fn a_use_column_that_describes_each_kind_asks_what_it_is_used_for() {
    let text = "# Kilns\n\n## Vents\n\n| Vent Type | Use |\n|---|---|\n| **Top vent** | Lets steam out early |\n| **Side vent** | Draws fresh air over the ware |\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(
            &d,
            "Kilns — Vents: what is the vent type “Top vent” used for?"
        ),
        "Lets steam out early"
    );
}

#[test]
fn an_example_keeps_its_gloss_and_its_gap_keeps_its_case() {
    let text = "# Glazes\n\n## Wörter\n\n1. Ich brenne **den** Krug. (I fire **the** jug.)\n2. Sie glasiert **ihren** Teller. (She glazes **her** plate.)\n\nA glaze is mostly **silica** melted by heat.\n";
    let d = gen(&[notes("glazes.md", text)]);
    // the gloss says what the gap means, and the answer fills it as written
    assert_eq!(
        back(
            &d,
            "Glazes — Wörter: Ich brenne [...] Krug. (I fire the jug.)"
        ),
        "den"
    );
    assert_eq!(
        back(
            &d,
            "Wörter: Sie glasiert [...] Teller. (She glazes her plate.)"
        ),
        "ihren"
    );
    assert_eq!(
        back(&d, "Wörter: A glaze is mostly [...] melted by heat."),
        "silica"
    );
    // no card takes "… Teller. (She" for the subject of a sentence
    assert!(
        !fronts(&d).iter().any(|f| f.contains(". (She do")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_heading_that_asks_is_the_question() {
    let text = "# Kilns\n\n### What is a bisque firing\n\nThe first, low firing of raw clay\n\n### Why do pots crack in the kiln\n\n- Water left in the clay\n- Heating too fast\n\n### Colour of iron glaze\n\nRusty brown\n\n### How it works\n\nHeat rises through the ware.\n\n### Describe a bisque firing\n\nA slow first firing to about 900 degrees\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns: what is a bisque firing?"),
        "The first, low firing of raw clay"
    );
    assert_eq!(
        back(&d, "Why do pots crack in the kiln (2 points)?"),
        "Water left in the clay; Heating too fast"
    );
    assert_eq!(
        back(&d, "Kilns: what is the colour of iron glaze?"),
        "Rusty brown"
    );
    assert_eq!(
        back(&d, "Kilns: describe a bisque firing."),
        "A slow first firing to about 900 degrees"
    );
    // a section's label is no question of its own
    assert!(
        !fronts(&d).iter().any(|f| f.starts_with("How it works?")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn items_under_a_name_say_what_it_stands_for_is_and_does() {
    let text = "# Kilns\n\n## EK\n\n- Stands for Electric Kiln.\n- It's a kiln heated by coils that glow when current flows.\n- Works at cone 6 or lower. Fires slowly.\n- It can evenly heat a full load of ware.\n- Allows load sharing between two kilns.\n- Used to fire, glaze and test small batches.\n- Can be fired in a garage.\n";
    let d = gen(&[notes("kilns.md", text)]);
    let asked = [
        ("Kilns — EK: what does it stand for?", "Electric Kiln"),
        (
            "Kilns — EK: what is it?",
            "A kiln heated by coils that glow when current flows",
        ),
        ("Kilns — EK: what does it work at?", "Cone 6 or lower"),
        ("Kilns — EK: what can it heat?", "A full load of ware"),
        (
            "Kilns — EK: what does it allow?",
            "Load sharing between two kilns",
        ),
        (
            "Kilns — EK: what is it used for?",
            "To fire, glaze and test small batches",
        ),
        ("Kilns — EK: what can it be fired in?", "A garage"),
    ];
    for (front, answer) in asked {
        assert_eq!(back(&d, front), answer);
    }
}

#[test]
fn a_heading_written_twice_is_told_apart_by_its_section() {
    let text = "# Kiln words\n\n## Old forms\n\n### Endings\n\n| Form | Ending |\n|:-:|:-:|\n| One | -é |\n| Many | -aron |\n\n## New forms\n\n### Endings\n\n| Form | Ending |\n|:-:|:-:|\n| One | -aba |\n| Many | -aban |\n";
    let d = gen(&[notes("kiln-words.md", text)]);
    // a word's ending is no command-line flag, and each table keeps its rows
    assert_eq!(
        back(
            &d,
            "Kiln words — One form (Old forms — Endings): what is the ending?"
        ),
        "-é"
    );
    assert_eq!(
        back(
            &d,
            "Kiln words — Many form (New forms — Endings): what is the ending?"
        ),
        "-aban"
    );
    assert_eq!(d.cards.len(), 4, "{:#?}", fronts(&d));
}

#[test]
fn columns_headed_alike_but_for_one_word_are_two_lists() {
    let text = "# Kilns\n\n## Signs\n\n| Signs of an underfired pot | Signs of an overfired pot |\n|---|---|\n| chalky surface | bloated walls |\n| dull glaze | runny glaze, drips on the shelf |\n";
    let d = gen(&[notes("kilns.md", text)]);
    // the rows pair nothing: each cell asks which column it is in
    let c = card(&d, "Kilns — Signs: which one: “dull glaze”?");
    assert_eq!(c.answer, Some(0));
    let c = card(&d, "Kilns — Signs: which one: “bloated walls”?");
    assert_eq!(
        c.choices.as_deref(),
        Some(
            &[
                "Signs of an underfired pot".to_string(),
                "Signs of an overfired pot".to_string()
            ][..]
        )
    );
    assert_eq!(c.answer, Some(1));
    assert_eq!(d.cards.len(), 4, "{:#?}", fronts(&d));
}

#[test]
fn a_greeting_for_a_title_names_no_subject() {
    let text = "# welcome\n- ceramics is the craft of fired clay\n\n## kilns\n\n- bisque firing\n  - hardens raw clay\n  - comes before glazing\n";
    let d = gen(&[notes("welcome.md", text)]);
    assert!(
        !fronts(&d)
            .iter()
            .any(|f| f.to_lowercase().contains("welcome")),
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(back(&d, "What is ceramics?"), "The craft of fired clay");
}

#[test]
fn a_comparison_cell_its_column_names_is_not_asked() {
    let text = "# Kilns\n\n## Electric vs Gas\n\n| | Electric Kiln | Gas Kiln |\n| --- | --- | --- |\n| Fuel | Electric | Gas |\n| Atmosphere | Oxidation | Reduction |\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(back(&d, "Gas Kiln: what is the atmosphere?"), "Reduction");
    // "Electric Kiln: what is the fuel?" → "Electric" asks nothing
    assert!(
        !fronts(&d).iter().any(|f| f.contains("fuel")),
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(d.cards.len(), 2, "{:#?}", fronts(&d));
}

#[test]
fn an_image_caption_is_left_out_and_reported() {
    let text = "# Kilns\n\nA kiln is an oven that fires clay.\n\n*Caption (below): a kiln seen from above.*\n![Kiln](kiln.png)\n";
    let (d, report) = generate_with_report(&[notes("kilns.md", text)], None).unwrap();
    assert!(
        !fronts(&d).iter().any(|f| f.contains("Caption")),
        "{:#?}",
        fronts(&d)
    );
    assert!(lines_and_reasons(&report)
        .iter()
        .any(|(l, why)| *l == 5 && why.contains("caption")));
}

#[test]
fn a_table_under_a_short_name_keeps_the_heading_over_it() {
    let text = "# Kiln words\n\n## Old forms of fire verbs\n\n### Ar\n\n| Form | Word |\n|:-:|:-:|\n| One | ardí |\n| Many | ardieron |\n\n### Er\n\n| Form | Word |\n|:-:|:-:|\n| One | ardía |\n| Many | ardían |\n";
    let d = gen(&[notes("kiln-words.md", text)]);
    assert_eq!(
        back(
            &d,
            "One form (Old forms of fire verbs — Ar): what is the word?"
        ),
        "Ardí"
    );
    assert_eq!(
        back(
            &d,
            "Many form (Old forms of fire verbs — Er): what is the word?"
        ),
        "Ardían"
    );
}

#[test]
fn a_list_led_by_a_question_asks_it() {
    let text = "# Glazes\n\n## Faults\n\nWhat makes these glazes crawl? A few things:\n\n- Dust on the bisque\n- A glaze applied too thickly\n- Oil from the potter's hands\n";
    let d = gen(&[notes("glazes.md", text)]);
    assert_eq!(
        back(&d, "Faults: what makes glazes crawl (3 points)?"),
        "Dust on the bisque; A glaze applied too thickly; Oil from the potter's hands"
    );
    // "applied too thickly" says how, with no object to ask for
    assert_eq!(d.cards.len(), 1, "{:#?}", fronts(&d));
}

#[test]
fn a_label_over_a_figure_or_names_asks_for_them() {
    let text = "# Kilns\n\n## Firing\n\n- Default hold: 20 minutes at the peak\n- Pyrometric cone (Orton, Seger)\n- Use case: bisque and glaze firings of studio ware\n\n## Cooling\n\n- Safe rate: 80-120 degrees an hour\n- Use case: keeping glazes clear\n";
    let d = gen(&[notes("kilns.md", text)]);
    // labels over figures and uses are no list to recite
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Cooling: list")),
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Kilns — Cooling: what is the safe rate?"),
        "80-120 degrees an hour"
    );
    assert_eq!(
        back(&d, "Kilns — Firing: what is the default hold?"),
        "20 minutes at the peak"
    );
    assert_eq!(
        back(
            &d,
            "Kilns — Firing: what are the 2 kinds of pyrometric cone?"
        ),
        "Orton, Seger"
    );
    assert_eq!(
        back(&d, "Kilns — Firing: what is the use case?"),
        "Bisque and glaze firings of studio ware"
    );
}

#[test]
fn a_lead_of_some_among_others_asks_for_some() {
    let text = "# Glazes\n\n## Celadon\n\nAmong other colourants used are:\n\n- iron oxide in small amounts\n- titanium for a mottled look\n";
    let d = gen(&[notes("glazes.md", text)]);
    assert_eq!(
        back(
            &d,
            "Glazes — Celadon: what are some of the colourants used (2 items)?"
        ),
        "Iron oxide in small amounts; titanium for a mottled look"
    );
}

#[test]
fn a_plural_heading_over_short_names_asks_for_them() {
    let text = "# Glazes\n\n## Glaze finishes\n\n- Matte\n- Satin sheen\n- High gloss\n\n## Studio habits\n\n- Wedge the clay\n- Clean the wheel\n";
    let d = gen(&[notes("glazes.md", text)]);
    assert_eq!(
        back(&d, "What are the glaze finishes (3 items)?"),
        "Matte; Satin sheen; High gloss"
    );
    // instructions are no names of habits
    assert!(
        !fronts(&d).iter().any(|f| f.contains("studio habits?")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_heading_that_dates_a_session_is_no_context() {
    let text = "# 3/14/25\n\n### Glazes\n\n- **Crawling**: glaze pulling away from the clay body\n\n# Week 2\n\n### Kilns\n\n- **Bisque**: the first firing of raw clay\n";
    let d = gen(&[notes("studio.md", text)]);
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("3/14/25") && !f.contains("Week 2")),
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(d.cards.len(), 2, "{:#?}", fronts(&d));
}

#[test]
fn a_flag_for_the_exam_is_no_item() {
    let text = "# Kilns\n\n## Vents\n\n- Vents let steam out early\n    - Steam escapes at the bisque stage, not at the glaze stage\n    - *Need to know this for the exam!*\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("list the 2 items")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        d.cards
            .iter()
            .all(|c| !c.back.as_deref().unwrap_or("").contains("exam")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_note_about_what_the_test_asks_is_no_fact() {
    let text = "# Kilns\n\n#### Cooling\n- No calculation questions in the test\n\n#### Firing\n- The bisque firing hardens the clay before glazing\n- Glaze firing melts the glaze onto the pot\n- How hot the kiln gets and how long it holds are the questions that will be asked\n";
    let d = gen(&[notes("kilns.md", text)]);
    let all = format!("{:?}", d.cards);
    assert!(!all.contains("questions"), "{all}");
    assert!(all.contains("what does the bisque firing harden?"), "{all}");
}

#[test]
fn a_list_item_with_its_own_semicolon_stays_one_item() {
    let text =
        "# Glazes\n\n## Ash glaze\n\n- Wood ash from oak; or from pine\n- Feldspar for the melt\n";
    let d = gen(&[notes("glazes.md", text)]);
    let c = d
        .cards
        .iter()
        .find(|c| c.front.contains("2 key facts about ash glaze"))
        .unwrap_or_else(|| panic!("{:#?}", fronts(&d)));
    assert_eq!(c.back.as_deref().unwrap_or("").matches("; ").count(), 1);
}

#[test]
fn a_key_idea_a_verb_chain_and_a_state_are_asked_rightly() {
    let text = "# Kilns\n\n## Cooling\n\n- Key idea: slow cooling means clearer glazes\n- Helps decide when to open the lid\n\nThe potter becomes anxious after a firing.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Cooling: what is the key idea?"),
        "Slow cooling means clearer glazes"
    );
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("help") && !f.contains("become") && !f.contains("Key idea")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn the_title_names_the_subject_however_it_is_written() {
    // a setext title and a front-matter title name the subject as "# …" does
    for text in [
        "The Kiln\n========\n\n## Parts\n\nThe kiln has 3 heating elements. Each sits in a groove in the brick wall.\n",
        "---\ntitle: The Kiln\n---\n\n## Parts\n\nThe kiln has 3 heating elements. Each sits in a groove in the brick wall.\n",
    ] {
        let d = gen(&[notes("notes.md", text)]);
        assert!(
            fronts(&d)
                .iter()
                .any(|f| f.ends_with("how many heating elements does the kiln have?")),
            "{text:?}: {:#?}",
            fronts(&d)
        );
    }
}

#[test]
fn a_dash_between_two_clauses_ends_the_subject() {
    let text = "# Kilns\n\n## Logs\n\n- Shared shelves across all kilns\n- A 'Kiln Log' also exists - provides a record of every firing in the studio\n\nThe kiln log is kept by the studio manager.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("exists")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn she_under_a_person_heading_is_that_person() {
    let text = "# Potters of the Valley\n\nThe potter Maria Ortiz taught Tomas.\n\n## Maria Ortiz\n\n- She convinced Tomas to glaze the bowls\n- She keeps the kiln log after each firing\n- She founded the Valley Guild in the north\n- He's no longer her apprentice\n";
    let d = gen(&[notes("potters.md", text)]);
    assert_eq!(
        back(
            &d,
            "Potters of the Valley: what did Maria Ortiz convince Tomas to do?"
        ),
        "Glaze the bowls"
    );
    // the list of her deeds is no list to recite, and "he" is someone else
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("include") && !f.contains("list the") && !f.contains("Ortiz is")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_case_names_its_fields_and_numbered_queries_teach_nothing() {
    let text = "# Torts\n\n## Duty\n\n### Questions\n\n- **Query 1:** Why did the potter not sue the kiln maker?\n- **Query 2:** Who did the potter sue?\n\n## Foreseeability\n\n{{<admonition type=\"case\" title=\"Ortiz v Valley Kilns (1990)\">}}\n\n- **Context:** A kiln door failed and burned a potter's hand.\n- **Holding:** The maker owed a duty of care to the potter.\n\n{{</admonition >}}\n\n**Ruiz v Clay Co (1995)**\n\n- **Context:** A shelf of pots fell on a buyer.\n- **Holding:** The shop owed no duty to the buyer.\n";
    let d = gen(&[notes("torts.md", text)]);
    assert_eq!(
        back(
            &d,
            "Torts — Foreseeability — Ortiz v Valley Kilns (1990): what is the holding?"
        ),
        "The maker owed a duty of care to the potter."
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Query")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        d.cards
            .iter()
            .all(|c| !c.back.as_deref().unwrap_or("").contains("Query")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn an_eg_item_gives_the_examples_of_its_label() {
    let text = "# Glazes\n\n## Kinds of glaze\n\n+ Ash glazes\n    + made from wood ash\n    + fired at high heat\n    + e.g.\n        + oak ash glaze\n        + pine ash glaze\n+ Salt glazes\n    + thrown into the kiln\n";
    let d = gen(&[notes("glazes.md", text)]);
    assert_eq!(
        back(&d, "What are examples of ash glazes?"),
        "Oak ash glaze; pine ash glaze"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("e.g")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        d.cards
            .iter()
            .all(|c| !c.back.as_deref().unwrap_or("").contains("e.g")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn the_points_under_a_named_label_are_its_key_facts() {
    let text = "# Kilns\n\n## Electric kilns\n\nKilns a studio can buy:\n\n- ek2: small electric kiln.\n   - suitable for test tiles and small pots\n   - logs up to 1 200 records per firing\n   - heats in about six hours\n- ek5: large electric kiln.\n   - suitable for big platters\n   - fires two shelves at once\n";
    let d = gen(&[notes("kilns.md", text)]);
    let c = d
        .cards
        .iter()
        .find(|c| c.front.ends_with("what are the 3 key facts about ek2?"))
        .unwrap_or_else(|| panic!("{:#?}", fronts(&d)));
    assert!(c
        .back
        .as_deref()
        .unwrap_or("")
        .starts_with("Suitable for test tiles"));
    // a model name keeps its case, and thousands set apart stay one number
    assert!(
        d.cards
            .iter()
            .all(|c| !c.back.as_deref().unwrap_or("").contains("Ek2")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        d.cards
            .iter()
            .any(|c| c.back.as_deref() == Some("1 200 records")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_choice_names_its_options_and_when_to_pick_each() {
    let text = "# Kiln services\n\n## Picking one\n\nChoose between Kiln Hire or Glaze Lab:\n\n1. Amazon Kiln Hire: when you need a hot kiln for one firing, such as stoneware, porcelain or raku\n2. Amazon Glaze Lab: when you need glazes mixed and tested for you\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("list the")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.ends_with("when should you use Amazon Kiln Hire?")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn steps_written_as_sentences_are_recited_in_order() {
    let text = "# Glazing\n\n## Dipping\n\nTo glaze a bowl:\n1. Wipe the bisque bowl with a damp sponge.\n2. Dip the whole bowl in the glaze bucket.\n3. Wipe the glaze off the foot of the bowl.\n";
    let d = gen(&[notes("glazing.md", text)]);
    assert_eq!(
        back(&d, "Glazing — Dipping: how do you glaze a bowl (3 steps)?"),
        "Wipe the bisque bowl with a damp sponge; Dip the whole bowl in the glaze bucket; Wipe the glaze off the foot of the bowl"
    );
}

#[test]
fn an_overview_over_its_points_asks_for_the_key_facts_only_when_they_are_short() {
    let text = "# Studio\n\n## Raku Overview\n\n- Fired fast\n- Pulled out glowing\n- Smoked in sawdust\n\n## Salt Overview\n\n- Fired fast at a low heat\n- Pots are pulled out while glowing\n- Smoke in sawdust turns the clay black\n\n## Points of firing\n\n- bisque kiln\n    - slow heating over a day\n    - fired to cone 04 for strength\n";
    let d = gen(&[notes("studio.md", text)]);
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.ends_with("what are the 3 key facts about raku?")),
        "{:#?}",
        fronts(&d)
    );
    // statements of five words and more are unlike points, each asked
    // alone where a rule reads it, never recited as a set
    assert!(
        fronts(&d).iter().all(|f| !f.contains("about salt")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.ends_with("what does smoke in sawdust turn?")),
        "{:#?}",
        fronts(&d)
    );
    // under a heading of points, a label's items are more of the points
    assert!(
        fronts(&d).iter().all(|f| !f.contains("about bisque kiln")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn numbered_names_and_factors_are_asked_the_useful_way_round() {
    let text = "# Studio\n\n## Kilns\n\n- Kiln numbers\n    - 12 - Raku kiln\n    - 14 - Salt kiln\n    - 20 - Test kiln\n\n## Factors Affecting Glaze Colour\n\n- **Heat**: the hotter the firing, the paler the glaze\n- **Iron**: more iron gives a darker glaze\n";
    let d = gen(&[notes("studio.md", text)]);
    assert_eq!(
        back(&d, "Studio — Kilns: which kiln number is Salt kiln?"),
        "14"
    );
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("kiln numbers (3") && !f.contains("include")),
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Studio: how does heat affect glaze colour?"),
        "The hotter the firing, the paler the glaze"
    );
}

#[test]
fn an_italic_word_and_the_next_are_one_name_and_types_take_their_heading() {
    let text = "# Kiln Hire\n\n## Hire Plans\n\n* _Night Firing_ Plans\n    * Half the day price\n    * Booked a week ahead\n\n## Shelf Layouts\n\n* Types\n    * _Stacked_\n        * Shelves rest on posts at every corner\n        * Holds the most pots\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.ends_with("key facts about Night Firing Plans?")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("— Types") && !f.contains("night Firing")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        d.cards.iter().all(|c| c.back.as_deref() != Some("Plans")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn what_a_thing_is_good_for_is_its_use() {
    let text = "# Kilns\n\n## Kiln Kinds\n\n- Gas Kiln (g)\n    - Good for reduction firings, celadons and copper reds\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kiln Kinds — Gas Kiln (g): what is it used for?"),
        "Reduction firings, celadons and copper reds"
    );
}

#[test]
fn a_choice_lists_its_options() {
    let text = "# Kilns\n\n## Buying\n\n* **Selections**\n    * _Fuel Type_ - Gas, Electric, Wood\n    * _Kiln Size_ - Small / Large\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Buying: what are the fuel type options?"),
        "Gas, Electric, Wood"
    );
}

#[test]
fn a_participle_opens_a_name_or_a_clause() {
    let text = "# Kilns\n\n## Hire\n\n- Dedicated Kilns\n    - Reserved for one potter all year\n    - For glazes that must not mix\n- defined by heat\n    - Reaches cone 10 in a day\n    - Cools over two days slowly\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.ends_with("what are the 2 key facts about Dedicated Kilns?")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("about defined")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn letters_that_change_length_in_lower_case_break_no_rule() {
    // the Kelvin sign lower-cases to one byte, the dotted İ to three
    let text = "# Kilns\n\n## Kiln Types\n\n- Gas Kiln\n    - Good for \u{212A}elvin-rated firings and stoneware\n\n## \u{130}zmir Overview\n\n- Fired at night in winter\n- Glazed with ash from oak\n\n## Factors affecting \u{212A}iln heat\n\n- **Fuel**: gas burns hotter\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kiln Types — Gas Kiln: what is it used for?"),
        "\u{212A}elvin-rated firings and stoneware"
    );
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.ends_with("affect \u{212A}iln heat?")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_person_s_deeds_said_with_is_are_no_list_either() {
    let text = "# The Valley Guild\n\nThe potter Maria Ortiz led the guild.\n\n## Maria Ortiz\n\n- She founded the Valley Guild in 1902\n- She persuaded Tomas to build a second kiln\n- She's remembered for her copper-red glazes\n- He later left the guild\n";
    let d = gen(&[notes("guild.md", text)]);
    assert_eq!(
        back(
            &d,
            "Valley Guild: what did Maria Ortiz persuade Tomas to do?"
        ),
        "Build a second kiln"
    );
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("include") && !f.contains("why did")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_list_label_s_cards_name_the_section_and_labels_over_it() {
    let text = "# Pottery Guild - Exam Notes\n\n### Kiln Firing\n\nStages\n- Types\n  - Bisque firing\n  - Glaze firing - seals the surface\n- Can be repeated as often as needed\n\nCooling Modes\n- Slow\n  - Avoids cracks\n  - Takes a day\n- Fast\n  - Risks cracks\n  - Saves fuel\n";
    let d = gen(&[notes("kiln.md", text)]);
    assert_eq!(
        back(
            &d,
            "Pottery Guild — Kiln Firing — Stages: what are the 2 types?"
        ),
        "Bisque firing; Glaze firing"
    );
    // a label over a label: both, under the heading
    assert_eq!(
        back(
            &d,
            "Pottery Guild — Kiln Firing — Cooling Modes — Slow: what does it avoid?"
        ),
        "Cracks"
    );
}

#[test]
fn a_name_given_after_and_is_a_card_of_its_own() {
    let text = "# Clay\n\n## Prices\n\nBuyers and sellers in guild markets must accept the rate the guild sets and are called **rate takers**.\n";
    let d = gen(&[notes("clay.md", text)]);
    assert_eq!(
        back(
            &d,
            "Clay — Prices: what must buyers and sellers in guild markets accept?"
        ),
        "The rate the guild sets"
    );
    assert_eq!(
        back(
            &d,
            "Clay — Prices: what are buyers and sellers in guild markets called?"
        ),
        "Rate takers"
    );
}

#[test]
fn a_lead_that_counts_characteristics_recites_its_sentences() {
    let text = "# Clay\n\n## Kilns\n\nA **wood kiln**, sometimes called an **anagama**, has two (or sometimes three) characteristics:\n1. The kiln has one long chamber.\n2. The fire burns for several days.\n3. (Sometimes) Ash settles on the pots as glaze.\n";
    let d = gen(&[notes("clay.md", text)]);
    assert_eq!(
        back(&d, "Clay: what are the three characteristics of a wood kiln?"),
        "The kiln has one long chamber; The fire burns for several days; (Sometimes) Ash settles on the pots as glaze"
    );
}

#[test]
fn formulas_in_tex_are_asked_in_plain_text() {
    let text = "# Kilns\n\n## Heat\n\nThe heat of a load is found with the heat formula:\n$$\nH = m \\times c\n$$\nThis way, the heat stored in the load is known.\n\n$$ \\text{Open if } T < 100 $$\n\nThe guild fee is $\\frac{1}{2}$ of the price.\n";
    let d = gen(&[notes("kiln.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Heat: what is the formula for H?"),
        "H = m × c"
    );
    assert_eq!(back(&d, "Kilns — Heat: Open if [...]"), "T < 100");
    // no TeX reaches a card
    assert!(
        d.cards
            .iter()
            .all(|c| !c.front.contains('\\') && !c.back.as_deref().unwrap_or("").contains('\\')),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn term_lines_with_several_dashes_are_read_one_by_one() {
    // lines of a paragraph, a label line among them, and a list whose
    // last item runs on into a counted lead and a second list
    let text = "# Pottery\n\n## Clays\n\nStoneware - fired hot - dense - holds water\nEarthenware - porous\nFiring stages\nBone dry clay - ready for the kiln - no damp left\n\n## Glazing\n\n3 ways to glaze:\n1) Dipping - the pot is plunged into the glaze\n2) Pouring - glaze is poured over the pot\n3) Solution - the glaze is dissolved and brushed over the pot\n2 ways to fire:\n1) Oxidation - plenty of air in the kiln\n2) Reduction - the kiln is starved of air\n";
    let d = gen(&[notes("pots.md", text)]);
    assert_eq!(
        back(&d, "Pottery — Clays: what is meant by “Stoneware”?"),
        "Fired hot; dense; holds water"
    );
    assert_eq!(
        back(&d, "Pottery — Clays: what is meant by “Bone dry clay”?"),
        "Ready for the kiln; no damp left"
    );
    assert_eq!(
        back(&d, "Pottery — Clays: what is meant by “Earthenware”?"),
        "Porous"
    );
    // "Solution" among kinds of glazing is one more kind, not a callout
    assert_eq!(
        back(&d, "Pottery — Glazing: what are the 3 ways to glaze?"),
        "Dipping; Pouring; Solution"
    );
    assert_eq!(
        back(
            &d,
            "Pottery — Glazing — 3 ways to glaze: what is meant by “Solution”?"
        ),
        "The glaze is dissolved and brushed over the pot"
    );
    assert_eq!(
        back(&d, "Pottery — Glazing: what are the 2 ways to fire?"),
        "Oxidation; Reduction"
    );
}

#[test]
fn bold_labels_under_a_label_that_names_no_kind_give_no_list_card() {
    let text = "# Firing\n\n## Kilns compared\n\n* **Results:**\n    * **Gas kiln:** Gives a reduced glaze with a deep colour.\n    * **Electric kiln:** Gives an even oxidised glaze.\n\n## Glaze types\n\n- **Celadon**: A grey-green glaze.\n- **Tenmoku**: A dark brown glaze.\n- **Shino**: A white glaze with orange flashes.\n";
    let d = gen(&[notes("firing.md", text)]);
    let f = fronts(&d);
    // the two kilns' names are no fact about results
    assert!(
        f.iter()
            .all(|f| !f.contains("Results: list") && !f.contains("results (2 items)")),
        "{f:#?}"
    );
    assert_eq!(
        back(
            &d,
            "Firing — Kilns compared — Results: what does Gas kiln do?"
        ),
        "Gives a reduced glaze with a deep colour."
    );
    // a heading over a list of kinds still asks for them
    assert_eq!(
        back(&d, "Firing: what are the 3 glaze types?"),
        "Celadon; Tenmoku; Shino"
    );
}

#[test]
fn a_definition_label_kinds_of_errors_and_objectives_are_asked() {
    let text = "# Pottery\n\n## Contents\n\n- Bisque firing\n- Glazing faults\n\n## Bisque Firing\n\n- **Definition**:\n  - A first firing that turns dry clay into porous ceramic.\n\n- **Glazing Faults**:\n  - **Fault of crawling**: Glaze pulls back and leaves bare clay.\n  - **Fault of pinholing**: Tiny holes left by escaping gas.\n\n### Objectives of Bisque Firing\n\n1. Makes the pot strong enough to handle.\n2. Burns out what is left of the organic matter.\n3. Leaves the clay porous so that the glaze sticks.\n";
    let d = gen(&[notes("pots.md", text)]);
    assert_eq!(
        back(&d, "Pottery — Bisque Firing: what is it?"),
        "A first firing that turns dry clay into porous ceramic."
    );
    assert_eq!(
        back(
            &d,
            "Pottery — Bisque Firing — Glazing Faults: what is meant by “Fault of crawling”?"
        ),
        "Glaze pulls back and leaves bare clay."
    );
    assert_eq!(
        back(
            &d,
            "Pottery — Glazing Faults (Bisque Firing): list the 2 items."
        ),
        "Fault of crawling; Fault of pinholing"
    );
    assert_eq!(
        back(&d, "Pottery — Bisque Firing: what are the 3 objectives of bisque firing?"),
        "Makes the pot strong enough to handle; Burns out what is left of the organic matter; Leaves the clay porous so that the glaze sticks"
    );
    let f = fronts(&d);
    // a table of contents, and a clause taken for a subject, give no card
    assert!(
        f.iter()
            .all(|f| !f.to_lowercase().contains("contents") && !f.contains(" what left of")),
        "{f:#?}"
    );
}

#[test]
fn a_table_of_numbered_steps_is_one_card_and_a_traced_example_none() {
    let text = "# Kilns\n\n## Loading\n\n**Loading a kiln – the steps**:\n\n| Step | Action |\n|---|---|\n| 1 | Sweep the shelves |\n| 2 | Set the posts |\n| 3 | Place the pots |\n\n| Step | Shelf | Heat | Notes |\n|---|---|---|---|\n| 1 | Low | 600 | Slow start |\n| 2 | High | 900 | Glaze melts |\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(
            &d,
            "Loading a kiln – the steps: what are the 3 steps, in order?"
        ),
        "Sweep the shelves; Set the posts; Place the pots"
    );
    let f = fronts(&d);
    assert!(f.iter().all(|f| !f.contains("Step 1")), "{f:#?}");
}

#[test]
fn a_derivation_asks_for_its_result_not_its_steps() {
    let text = "# Kinetics\n\n## Half-life\n\n$$ \\because \\frac{1}{[A]_t}=kt+\\frac{1}{[A]_0} $$\n\n$$ \\therefore t_{h}=\\frac{1}{k[A]_0} $$\n\n$$ aA+bB = cC+dD $$\n\n$$ F = 96500 $$\n";
    let d = gen(&[notes("kinetics.md", text)]);
    assert_eq!(
        back(&d, "Kinetics — Half-life: what is the formula for t_h?"),
        "t_h = 1/k[A]₀"
    );
    assert_eq!(
        back(&d, "Kinetics — Half-life: what is the value of F?"),
        "96500"
    );
    assert_eq!(d.cards.len(), 2, "{:#?}", fronts(&d));
}

#[test]
fn a_meaning_that_opens_with_its_significance_asks_for_it_apart() {
    let text = "# Pottery history\n\n## Events\n\n* **Opening of the Guild Kiln (May 1820):** *Significance: Gave village potters a kiln they could share.* The guild built a kiln that burned wood from the common forest.\n* **Fall of the Salt Tax (1840):** *Significance: Made salt glaze cheap.* The crown dropped its tax on salt.\n\n## People\n\n* **Ada Bell:** *Significance: Brought the wheel to the valley.* Potter whose workshop trained forty apprentices.\n";
    let d = gen(&[notes("history.md", text)]);
    assert_eq!(
        back(
            &d,
            "Pottery history — Events: what is the significance of Opening of the Guild Kiln (May 1820)?"
        ),
        "Gave village potters a kiln they could share."
    );
    let f = fronts(&d);
    // the label no longer opens an answer
    assert!(
        d.cards
            .iter()
            .all(|c| !c.back.as_deref().unwrap_or("").starts_with("Significance")),
        "{f:#?}"
    );
    assert!(f.iter().any(|f| f.ends_with("who was Ada Bell?")), "{f:#?}");
}

#[test]
fn heading_marks_against_their_word_still_make_a_heading() {
    let text = "# Kilns\n\n1. ###Firing\n   - Bisque comes before glaze.\n\n##Gas exchange\n\n- Leaves have a large surface area for light.\n\n```sh\n##not a heading\n```\n";
    let d = gen(&[notes("kilns.md", text)]);
    let f = fronts(&d);
    assert!(f.iter().all(|f| !f.contains('#')), "{f:#?}");
    assert!(f.iter().any(|f| f.contains("Firing")), "{f:#?}");
    // "Leaves have …": "Leaves" is the subject, no verb of the heading's
    assert!(
        f.iter().all(|f| !f.contains("what does it leave")),
        "{f:#?}"
    );
}

#[test]
fn a_question_item_over_one_short_item_is_answered_by_it() {
    let text = "# Kilns\n\n## Questions\n\n- Which cone is used for stoneware?\n  - Cone 10\n- What do the rings of a kiln hold?\n  - The shelves\n  - The posts\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns: which cone is used for stoneware?"),
        "Cone 10"
    );
    // two items under a question are its points, not one answer
    assert_eq!(
        back(&d, "What do the rings of a kiln hold (2 points)?"),
        "The shelves; The posts"
    );
}

#[test]
fn a_math_code_block_is_a_formula() {
    // (an empty math block is no formula, and no fault)
    let text = "# Kilns\n\n## Heat\n\n```math\nH = m \\times c\n```\n\nThe heat grows with the load.\n\n```math\n\n```\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Heat: what is the formula for H?"),
        "H = m × c"
    );
}

#[test]
fn formulas_inside_a_line_are_asked_with_what_they_give() {
    let text = "# Kilns\n\n## Results\n\n- Round kiln of radius _r_ $$H=\\frac{k r^2}{2}$$\n- Tall kiln $$H = \\frac{a+b}{\\sqrt{h}}$$\n\n## Energy\n\n- The stored heat Q of a fired load $$Q=\\frac{1}{2}mT^{2}$$is equal to the work done by the burners.\n- A load has a mass. Its firing time t is $$t = m_{0}\\,k$$where k is the rate of the kiln.\n";
    let d = gen(&[notes("kiln.md", text)]);
    assert_eq!(
        back(&d, "Results: what is H for a round kiln of radius r?"),
        "H = k r²/2"
    );
    assert_eq!(
        back(&d, "Results: what is H for a tall kiln?"),
        "H = (a+b)/√h"
    );
    assert_eq!(
        back(
            &d,
            "Kilns — Energy: what is the formula for the stored heat Q of a fired load?"
        ),
        "Q = ½mT²"
    );
    // the sentence around the formula is read without it
    assert_eq!(
        back(
            &d,
            "Kilns — Energy: what is the stored heat Q of a fired load equal to?"
        ),
        "The work done by the burners"
    );
    assert_eq!(
        back(
            &d,
            "Energy: A load's firing time t is [...] where k is the rate of the kiln."
        ),
        "t = m₀ k"
    );
    assert!(
        d.cards.iter().all(|c| !c.front.contains('$')),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_section_that_opens_with_a_condition_asks_what_happens() {
    // a long condition, under a heading it is no definition of
    let text = "# Kilns\n\n## Red kiln\n\nWhen the fuel at the centre of a small kiln is exhausted, the fire starts to move outwards into the walls.\n\n## Small kilns\n\nSmall kilns use up their fuel very slowly and consequently have long lives.\n";
    let d = gen(&[notes("kiln.md", text)]);
    assert_eq!(
        back(
            &d,
            "Red kiln: what happens when the fuel at the centre of a small kiln is exhausted?"
        ),
        "The fire starts to move outwards into the walls"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("meant by")),
        "{:#?}",
        fronts(&d)
    );
    // the particle goes with its verb; a consequence is a statement of
    // its own
    assert_eq!(
        back(&d, "What do small kilns use up?"),
        "Their fuel very slowly"
    );
}

#[test]
fn a_person_under_a_label_is_asked_who() {
    let text = "# The Valley Guild\n\n## Leaders\n\n- Founders of the guild:\n  - Maria Ortiz\n    - She's described as the chief force in the founding of the valley guild.\n  - Guild Hall\n    - The oldest building of the valley, where the kilns stand.\n";
    let d = gen(&[notes("guild.md", text)]);
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.ends_with("Maria Ortiz: who is she?")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.ends_with("Maria Ortiz: what is it?")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_meaning_that_gives_a_use_asks_what_for() {
    let text = "# Kilns\n\n## Firing modes\n\n- Bisque - Useful for hardening raw clay before glazing\n- Glaze - Good for sealing the surface of a pot\n";
    let d = gen(&[notes("kiln.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Firing modes: what is Bisque used for?"),
        "Hardening raw clay before glazing"
    );
}

#[test]
fn a_quote_under_an_item_is_an_aside_in_brackets() {
    let text = "# Glazes\n\n## Faults\n\n* Crawling - glaze pulls back from the clay\n    > a bare ring around the foot of a bowl\n* Pinholes - small holes in the fired glaze\n";
    let d = gen(&[notes("glaze.md", text)]);
    let crawling = d
        .cards
        .iter()
        .find(|c| c.front.contains("Crawling"))
        .and_then(|c| c.back.as_deref())
        .unwrap_or_default();
    assert_eq!(
        crawling,
        "Glaze pulls back from the clay (a bare ring around the foot of a bowl)",
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_question_item_is_answered_by_its_sentences() {
    let text = "# Glazes\n\n## Study questions\n\n- Why does a glaze crawl on the pot? Think about the clay and the glaze.\n  - The clay was dusty or greasy when the glaze was put on, so the glaze could not hold.\n  - The glaze was put on far too thick and shrank as it dried on the bisque.\n";
    let d = gen(&[notes("glaze.md", text)]);
    assert_eq!(
        back(&d, "Why does a glaze crawl on the pot (2 points)?"),
        "The clay was dusty or greasy when the glaze was put on, so the glaze could not hold; The glaze was put on far too thick and shrank as it dried on the bisque"
    );
}

#[test]
fn a_sentence_run_on_into_the_last_item_is_a_paragraph_after_the_list() {
    let text = "# Kilns\n\n## Parts\n\n* Firebox - where the fuel burns\n* Chimney - draws the hot gases out\nThe draught is determined by the height of the chimney.\n";
    let d = gen(&[notes("kiln.md", text)]);
    let chimney = d
        .cards
        .iter()
        .find(|c| c.front.contains("Chimney"))
        .and_then(|c| c.back.as_deref())
        .unwrap_or_default();
    assert_eq!(chimney, "Draws the hot gases out", "{:#?}", fronts(&d));
    assert_eq!(
        back(&d, "Kilns — Parts: what is the draught determined by?"),
        "The height of the chimney"
    );
}

#[test]
fn a_blank_line_between_plain_items_starts_another_list() {
    let text = "# Pottery\n\n## Learning to throw\n\nThe course covers three main stages of throwing pots\n* Centring the clay\n* Opening the ball\n* Pulling up the walls\n\n* Wet clay dries slowly in a damp cellar.\n* A wire cuts the pot from the wheel.\n";
    let d = gen(&[notes("pots.md", text)]);
    assert_eq!(
        back(
            &d,
            "Pottery — Learning to throw: what are the three main stages of throwing pots?"
        ),
        "Centring the clay; Opening the ball; Pulling up the walls"
    );
}

#[test]
fn a_lead_pointing_to_its_kind_of_items_asks_which() {
    let text = "# Glazes\n\n## Testing\n\nA test tile shows the fired glaze on these points:\n* Gloss\n* Colour\n* Texture\n";
    let d = gen(&[notes("glaze.md", text)]);
    assert_eq!(
        back(
            &d,
            "Testing: A test tile shows the fired glaze on which 3 points?"
        ),
        "Gloss; Colour; Texture"
    );
}

#[test]
fn a_scope_without_its_comma_is_asked_apart_from_the_subject() {
    let text = "# Kilns\n\nIn a wood kiln the fire box is called the firemouth and the chimney is called the flue.\n\nThus a glaze is defined as a thin layer of glass fused to the pot.\n";
    let d = gen(&[notes("kiln.md", text)]);
    assert_eq!(
        back(&d, "In a wood kiln, what is the fire box called?"),
        "The firemouth",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Kilns: what is a glaze?"),
        "A thin layer of glass fused to the pot"
    );
}

#[test]
fn a_definition_ends_where_a_second_statement_starts() {
    let text = "# Potters\n\nA village potter is considered a craftsman of the whole valley and feels as if his work is art.\n";
    let d = gen(&[notes("potter.md", text)]);
    assert_eq!(
        back(&d, "What is a village potter considered?"),
        "A craftsman of the whole valley",
        "{:#?}",
        fronts(&d)
    );
    assert!(fronts(&d).iter().all(|f| !f.ends_with(" as?")));
}

#[test]
fn a_plural_subject_and_a_means_ask_how_do() {
    let text = "# Kilns\n\nBricks carry heat into the ware by radiating it from the walls.\n\nYou can close the damper from the firing schedule or by turning the handle.\n";
    let d = gen(&[notes("kiln.md", text)]);
    assert_eq!(
        back(&d, "Kilns: how do bricks carry heat into the ware?"),
        "By radiating it from the walls",
        "{:#?}",
        fronts(&d)
    );
    assert!(fronts(&d).iter().all(|f| !f.contains(" or?")));
}

#[test]
fn a_section_that_opens_with_a_phrase_glosses_its_heading() {
    let text = "# Pottery\n\n## Wedging\nThe kneading of clay to push out the air before throwing. Most potters wedge on a plaster slab.\n\n## Firing\nThe kiln is loaded the day before.\n";
    let d = gen(&[notes("pots.md", text)]);
    assert_eq!(
        back(&d, "Pottery: what is meant by “Wedging”?"),
        "The kneading of clay to push out the air before throwing",
        "{:#?}",
        fronts(&d)
    );
    assert!(fronts(&d).iter().all(|f| !f.contains("“Firing”")));
}

#[test]
fn a_titled_callout_is_read_as_a_section_under_its_title() {
    let text = "# Kilns\n\n## Firing\n\nFiring takes a whole day.\n\n> [!INFO] Cone Numbers\n> Cone numbers (C6) determine the heat work needed for a glaze to mature.\n\n> [!WARNING] Wet Pots\n> Steam, trapped, bursting, cracking and shattering everywhere.\n";
    let d = gen(&[notes("kiln.md", text)]);
    assert_eq!(
        back(&d, "Kilns: what do Cone numbers (C6) determine?"),
        "The heat work needed for a glaze to mature",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Kilns — Firing: what is meant by “Wet Pots”?"),
        "Steam, trapped, bursting, cracking and shattering everywhere."
    );
    assert!(fronts(&d).iter().all(|f| !f.contains("key point")));
}

#[test]
fn one_important_aspect_of_a_thing_is_asked_with_what_follows_as_its_why() {
    let text = "# Kilns\n\nAn important aspect of firing pots made of wet clay is the steam inside the walls, which may burst the pot in the kiln.\n";
    let d = gen(&[notes("kiln.md", text)]);
    let c = card(
        &d,
        "Kilns: what is an important aspect of firing pots made of wet clay?",
    );
    assert_eq!(c.back.as_deref(), Some("The steam inside the walls"));
    assert_eq!(
        c.explanation.as_deref(),
        Some("This may burst the pot in the kiln")
    );
}

#[test]
fn a_role_verb_with_a_plain_object_asks_for_the_object() {
    let text = "# Kilns\n\nThe guild provides a price list for selling pots and jugs.\n\nWood kilns produce ash on the glaze, whereas electric kilns leave the surface clean.\n\nDampers allow you to slow the draught.\n";
    let d = gen(&[notes("kiln.md", text)]);
    assert_eq!(
        back(&d, "Kilns: what does the guild provide?"),
        "A price list for selling pots and jugs",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(back(&d, "What do wood kilns produce?"), "Ash on the glaze");
    assert_eq!(
        back(&d, "Kilns: what do dampers do?"),
        "Allow you to slow the draught"
    );
}

#[test]
fn a_lead_of_many_criticisms_asks_for_the_criticisms() {
    let text = "# Pottery\n\n## Raku firing\n\nRaku is a fast firing.\n\nLots of criticisms:\n* It wastes a lot of fuel in the kiln\n* The glazes craze far too easily\n* The pots leak water when used\n";
    let d = gen(&[notes("raku.md", text)]);
    assert_eq!(
        back(&d, "Pottery — Raku firing: what are the criticisms (3 items)?"),
        "It wastes a lot of fuel in the kiln; The glazes craze far too easily; The pots leak water when used",
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn an_object_keeps_its_place_and_ends_at_a_plurals_second_verb() {
    let text = "# Studio\n\nPaths connect buyers to your stall and your stall to the kiln yard that it uses.\n\nGroups of pots are identified by their mark or a number, and contain a price list.\n";
    let d = gen(&[notes("studio.md", text)]);
    assert_eq!(
        back(&d, "Studio: what do paths connect?"),
        "Buyers to your stall and your stall to the kiln yard that it uses",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Studio: what are groups of pots identified by?"),
        "Their mark or a number"
    );
}

#[test]
fn in_notes_of_several_parts_a_card_names_its_part() {
    let text = "# Raku\n\n## Other traits\n\n### Smoke\n- \"Reduction\" -> starving the fire of air\n\n# Stoneware\n\n## Firing\n\nStoneware is fired to cone 10.\n\n# Characters\n\n## The potter\n- \"Apprentice\" -> a potter still in training\n";
    let d = gen(&[notes("parts.md", text)]);
    assert_eq!(
        back(&d, "Raku — Smoke: what is meant by “Reduction”?"),
        "Starving the fire of air",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "The potter: what is meant by “Apprentice”?"),
        "A potter still in training"
    );
}

#[test]
fn items_under_the_title_define_it_and_read_in_sentence_case() {
    let text = "# Kiln\n- an oven used for firing pottery at very high heat\n- allows you to fire many pots at once\n- if you open the door too early, the pots will crack in the cold air\n- if is left open, the heat escapes\n\n## Parts\n- the firebox burns the fuel\n";
    let d = gen(&[notes("kiln.md", text)]);
    assert_eq!(
        back(&d, "What is kiln?"),
        "An oven used for firing pottery at very high heat",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Kiln: what does it allow you to do?"),
        "Fire many pots at once"
    );
    assert_eq!(
        back(&d, "Kiln: what happens if you open the door too early?"),
        "The pots will crack in the cold air"
    );
    assert!(fronts(&d)
        .iter()
        .all(|f| !f.contains("if is") && !f.contains("“Parts”")));
}

#[test]
fn an_empty_section_and_a_sentence_over_details_name_nothing() {
    let text = "# Kilns\n\n## Parts\n\n* A kiln is divided into chambers.\n    * The firebox provides the heat for the chambers above it.\n\n## Class notes\n\n* class notes\n\n## Quotes\n\n> quote\n";
    let d = gen(&[notes("kiln.md", text)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("chambers.:")
            && !f.contains("“Class notes”")
            && !f.contains("“Quotes”")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        fronts(&d).iter().any(|f| f.contains("firebox")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn an_item_of_several_deeds_asks_what_its_heading_does() {
    let text = "# Kilns\n\n## Damper\n\n- controls the draught, limits the flame, and keeps the heat in the chamber\n";
    let d = gen(&[notes("kiln.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Damper: what does it do?"),
        "Controls the draught, limits the flame, and keeps the heat in the chamber",
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_person_and_a_deed_ask_what_they_did_or_who_they_were() {
    let text = "# Studio potters\n\n- Bernard Leach: proposed that pots should be made by hand in small workshops\n- Shoji Hamada: potter, worked with Leach in St Ives for three years\n";
    let d = gen(&[notes("potters.md", text)]);
    assert_eq!(
        back(&d, "Studio potters: what did Bernard Leach propose?"),
        "That pots should be made by hand in small workshops",
        "{:#?}",
        fronts(&d)
    );
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.ends_with("who was Shoji Hamada?") || f == &"Who was Shoji Hamada?"),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_gap_is_not_the_subject_that_leads_its_card() {
    let text = "# Raku Kilns\n\n## Speed\n\n**Raku Kilns** fire small pots in well under an hour on most days.\n\nA raku firing ends when the glaze melts.\n";
    let d = gen(&[notes("raku.md", text)]);
    // the section was read: its other sentence gives its card
    assert_eq!(
        back(&d, "Speed: when does a raku firing end?"),
        "When the glaze melts"
    );
    assert!(
        d.cards
            .iter()
            .all(|c| c.back.as_deref() != Some("Raku Kilns")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn it_and_they_are_read_as_the_subject_before_them() {
    let text = "# Kilnmaster\n\n**Kilnmaster** integrates with glaze logs and cone charts.\n\nIt is based on the open cone chart standard.\n\n## Sensors\n\nThe thermocouple of a Kilnmaster measures the chamber heat. It sends a reading every second.\n\nCone packs show the heat work. They bend when the heat work is done.\n\nThe ancient kilns were fired with wood. It is important to vent them.\n";
    let d = gen(&[notes("kilnmaster.md", text)]);
    assert_eq!(
        back(&d, "What is Kilnmaster based on?"),
        "The open cone chart standard"
    );
    assert_eq!(
        back(
            &d,
            "Sensors: what does the thermocouple of a Kilnmaster send?"
        ),
        "A reading every second"
    );
    assert_eq!(
        back(&d, "Kilnmaster — Sensors: when do cone packs bend?"),
        "When the heat work is done"
    );
    // "It is important to …" names nothing
    assert!(
        fronts(&d).iter().all(|f| !f.contains("important")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_lead_that_names_its_quote_asks_for_it() {
    let text = "# Guild of Potters\n\n## Rules\n\nThe first rule of the guild, therefore, is:\n> Every pot is fired twice before it is sold.\n\nThe guild charter states:\n> A member may train two apprentices at most.\n";
    let d = gen(&[notes("guild.md", text)]);
    assert_eq!(
        back(&d, "Rules: what is the first rule of the guild?"),
        "Every pot is fired twice before it is sold."
    );
    assert_eq!(
        back(&d, "Rules: what does the guild charter state?"),
        "A member may train two apprentices at most."
    );
}

#[test]
fn a_plain_topic_item_is_asked_by_its_lower_case_sub_item() {
    let text = "# Glaze notes\n\n* Glazes:\n    * Matte glazes\n        * glazes that are dull because tiny crystals scatter the light\n    * Gloss glazes\n        * glazes with a smooth glassy skin\n";
    let d = gen(&[notes("glazes.md", text)]);
    assert_eq!(
        back(&d, "Glaze notes — Matte glazes: what are they?"),
        "Glazes that are dull because tiny crystals scatter the light"
    );
    assert_eq!(
        back(&d, "Glaze notes — Gloss glazes: what are they?"),
        "Glazes with a smooth glassy skin"
    );
}

#[test]
fn a_paragraph_that_opens_with_its_verbs_is_about_its_heading() {
    let text = "# Kiln yard\n\n## Lead kiln\n\nStores the firing plan for the studio.\nCommunicates with the small kilns by using the cone chart.\n\n## Caching\n\nKilns keep their heat for hours. Updates spread slowly to the small kilns.\n";
    let d = gen(&[notes("yard.md", text)]);
    assert_eq!(
        back(&d, "What does the lead kiln store?"),
        "The firing plan for the studio"
    );
    assert_eq!(
        back(&d, "What does the lead kiln communicate with?"),
        "The small kilns by using the cone chart"
    );
    // a paragraph that names its subject first keeps it
    assert!(
        fronts(&d).iter().all(|f| !f.contains("the caching")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn bookkeeping_lines_and_a_stressed_count_give_no_card() {
    let text = "# Kilns\n\n> Status: DRAFT\n\nRef: [[kilns/slides.pdf|Kiln slides]]\n\n## Stacking\n\n- _six_ ways to stack a kiln & their limits.\n- _Wadding_ - clay balls that keep pots off the shelf\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Stacking: what is meant by “Wadding”?"),
        "Clay balls that keep pots off the shelf"
    );
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("key point") && !f.contains("Ref") && !f.contains("six")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_lead_that_names_its_items_asks_for_them() {
    let text = "# Kilns\n\n## Kiln checks\n\n- The different signs that can be used to judge a firing:\n  - The colour of the glow in the spy hole\n  - The bend of the cones on the shelf\n  - The sound of the burners at full draught, which rises as the draught opens (listen from the door)\n\n## Loading\n\nThe three ways to load a kiln are:\n\n- Bung by bung\n- Shelf by shelf\n- Tight packing\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(
            &d,
            "Kiln checks: what are the different signs that can be used to judge a firing (3 items)?"
        ),
        "The colour of the glow in the spy hole; The bend of the cones on the shelf; The sound of the burners at full draught, which rises as the draught opens (listen from the door)"
    );
    // "are" ends the lead, not the question
    assert_eq!(
        back(
            &d,
            "Loading: what are the three ways to load a kiln (3 items)?"
        ),
        "Bung by bung; Shelf by shelf; Tight packing"
    );
}

#[test]
fn a_header_of_two_columns_asks_each_row_for_its_second_column() {
    let text = "# Firing\n\n## Kiln kinds\n\nKinds: Needs:\n1. Electric: A wall socket of 32 amps\n2. Gas: A vented flue\n3. Wood: A stack of seasoned logs\n";
    let d = gen(&[notes("firing.md", text)]);
    assert_eq!(
        back(&d, "Firing — Kiln kinds — Kinds — Gas: what does it need?"),
        "A vented flue"
    );
    // the rows' list asks for them by their kind
    assert_eq!(
        back(&d, "Firing — Kiln kinds: what are the 3 kinds?"),
        "Electric; Gas; Wood"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("meant by")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn an_outline_of_topics_right_under_a_heading_is_no_list_card() {
    let text = "# Pottery\n\n## Lecture 2: Clay and Fire\n\n- Two Kinds of Clay Body\n  - **Stoneware** = a dense clay fired hot\n  - **Earthenware** = a porous clay fired low\n- Kiln Atmospheres\n  - **Reduction** = a firing starved of oxygen\n";
    let d = gen(&[notes("pottery.md", text)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("list the")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        fronts(&d).iter().any(|f| f.contains("“Stoneware”")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_symbol_glossed_after_an_equals_sign_asks_what_it_stands_for() {
    let text = "# Kiln physics\n\n## Heat\n\nQ = m c ΔT\n\nm = mass of the clay\n\nc = specific heat of the clay\n\nRT = First firing time – Arrival time\n";
    let d = gen(&[notes("heat.md", text)]);
    assert_eq!(
        back(&d, "Kiln physics — Heat: what does m stand for?"),
        "Mass of the clay"
    );
    assert_eq!(
        back(&d, "Kiln physics — Heat: what does c stand for?"),
        "Specific heat of the clay"
    );
    // a formula, or a name of two capitals, is no symbol's gloss
    assert!(
        fronts(&d).iter().all(|f| !f.contains("RT stand")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn peer_title_lines_over_their_lists_are_sections_not_a_title() {
    let text = "Kiln Controller\n- stores the firing schedule for each kiln\n- supports a hold at peak heat\n\n---\n\nCone Packs\n- stand by the spy hole\n- bend when the heat work is done\n\n---\n\nKiln Wash\n- a coat of alumina that keeps glaze drips off the shelf\n- is brushed on in thin layers\n";
    let d = gen(&[notes("kiln-kit.md", text)]);
    // "Cone Packs" is its own section, not a part of "Kiln Controller"
    assert_eq!(
        back(&d, "What are the 2 key facts about Cone Packs?"),
        "Stand by the spy hole; bend when the heat work is done"
    );
    assert_eq!(
        back(&d, "What is Kiln Wash?"),
        "A coat of alumina that keeps glaze drips off the shelf"
    );
}

#[test]
fn formulas_written_as_plain_text_ask_for_the_formula_in_symbols() {
    let text = "# Kiln Physics\n\n## Formulas\n\n- KE = 1/2 mv^2^\n- PE = mgh\n- \\Delta W = w~wet~ - w~dry~\n\n## Firing Energy\n\nStored energy: E<sub>kiln</sub> = m c / sqrt(1-t<sup>2</sup>\n\nE<sub>kiln</sub> - energy held by the kiln\n";
    let d = gen(&[notes("physics.md", text)]);
    assert_eq!(
        back(&d, "Kiln Physics — Formulas: what is the formula for KE?"),
        "KE = 1/2 mv²"
    );
    assert_eq!(
        back(&d, "Kiln Physics — Formulas: what is the formula for PE?"),
        "PE = mgh"
    );
    assert_eq!(
        back(&d, "Kiln Physics — Formulas: what is the formula for ΔW?"),
        "ΔW = w_wet - w_dry"
    );
    // the names of the formulas alone are no list worth learning
    assert!(
        fronts(&d).iter().all(|f| !f.contains("items")),
        "{:#?}",
        fronts(&d)
    );
    assert!(fronts(&d)
        .iter()
        .any(|f| f.ends_with("what is the formula for stored energy?")));
    assert!(fronts(&d)
        .iter()
        .any(|f| f.ends_with("what does E_kiln stand for?")));
}

#[test]
fn people_in_a_list_are_asked_who_they_were_and_what_they_did() {
    let text = "# Guild History\n\n## The Guild Council\n\nThe guild relied on a council of potters:\n- Ada B. Leach -> edited the *Clay Gazette*\n- Shoji Marsh -> secretary of the guild\n\nChanges of 1920\n- Banned the lead glazes -> poisoned the potters\n- Closed the old kiln shed -> flooded in the spring rains\n";
    let d = gen(&[notes("guild.md", text)]);
    assert_eq!(
        back(&d, "The Guild Council: what did Ada B. Leach edit?"),
        "The Clay Gazette"
    );
    assert_eq!(
        back(&d, "The Guild Council: who was Shoji Marsh?"),
        "Secretary of the guild"
    );
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.ends_with("why was the old kiln shed closed?")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.ends_with("why were the lead glazes banned?")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_heading_that_opens_a_sentence_and_a_counted_label_ask_plainly() {
    let text = "# Kilns\n\n## Bisque Is\n\n- a first firing that leaves the clay porous\n- slower than a glaze firing\n\n## Stages\n\n- every firing has three stages\n    1. a slow warm-up (to drive out water)\n    2. a climb to the peak heat\n    3. a cool-down (with the door shut)\n\n### ii. Cone Packs\n\nCone packs stand by the spy hole.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns: what is bisque?"),
        "A first firing that leaves the clay porous"
    );
    assert_eq!(
        back(&d, "Kilns — Stages: what are the three stages of every firing?"),
        "A slow warm-up (to drive out water); a climb to the peak heat; a cool-down (with the door shut)"
    );
    // the list card gives the count away: no card asks it alone
    assert!(
        fronts(&d).iter().all(|f| !f.contains("how many")),
        "{:#?}",
        fronts(&d)
    );
    // a roman numeral is no part of a section's name
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.contains("Cone Packs") && !f.contains("ii.")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_pointer_to_a_link_gives_no_card_and_a_measure_asks_how() {
    let text = "# Kiln Logs\n\n* Firing logs\n    * Kept for every firing of the kiln\n    * See this link for more info: [Reading a firing log](https://example.org/logs)\n* Log space - measured in pages - each kiln gets 40 pages a year\n* Shelves - stored in the loft above the kiln room\n";
    let d = gen(&[notes("logs.md", text)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("link")),
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "How is log space measured?"),
        "In pages - each kiln gets 40 pages a year"
    );
    assert_eq!(
        back(&d, "Kiln Logs: where are shelves stored?"),
        "In the loft above the kiln room"
    );
}

#[test]
fn statements_get_no_bare_list_card_and_a_past_lead_asks_what_was_done() {
    let text = "# Guild History\n\n## The Great Fire (1921)\n\n- The old kiln shed was lost to the fire\n- The guild moved its kilns to the river bank\n- Potters were given new wheels by the town\n- The guild gained…\n    - a second wood kiln\n    - a clay store by the river\n";
    let d = gen(&[notes("guild.md", text)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("list the")),
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "The Great Fire (1921): what did the guild gain?"),
        "A second wood kiln; a clay store by the river"
    );
}

#[test]
fn a_past_that_takes_no_object_asks_what_the_heading_did() {
    let text = "# Kilns\n\n## The Great Fire (1921)\n\n- Ended in a loss for the guild\n- Started to spread from the wood store\n- Burned for two days\n";
    let d = gen(&[notes("fire.md", text)]);
    assert_eq!(
        back(&d, "Kilns — The Great Fire (1921): what did it end in?"),
        "A loss for the guild"
    );
    assert_eq!(
        back(&d, "Kilns — The Great Fire (1921): how long did it burn?"),
        "Two days"
    );
    // no passive of a verb that takes none, no "to" left without its verb
    assert!(
        fronts(&d).iter().all(|f| !f.contains("is it")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_chemical_equation_on_its_own_line_asks_for_the_heading_s_equation() {
    let text = "# Glaze Chemistry\n\n## Calcination\n\nChalk breaks down in the kiln:\n\nCaCO<sub>3</sub> -> CaO + CO<sub>2</sub>\n\n## The melting stage\n\n2SiO~2~ + CaO -> CaSiO~3~ + SiO~2~\n\nThe glass forms above cone 06 -> it seals the pot.\n";
    let d = gen(&[notes("chem.md", text)]);
    assert_eq!(
        back(&d, "Glaze Chemistry: what is the equation for calcination?"),
        "CaCO₃ → CaO + CO₂"
    );
    assert_eq!(
        back(
            &d,
            "Glaze Chemistry: what is the equation for the melting stage?"
        ),
        "2SiO₂ + CaO → CaSiO₃ + SiO₂"
    );
    // a sentence with an arrow is no equation
    assert_eq!(
        fronts(&d).iter().filter(|f| f.contains("equation")).count(),
        2,
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_bold_label_without_its_colon_and_a_title_line_with_a_dash() {
    let text = "# Kiln Kinds\n\n## Electric\n\n- **Heat Range** up to cone 10 in most models\n- **Firing Cost** fairly low per load\n- **Kiln Shelves** are stacked on posts\n\nKiln Wiring - Safety Checks\n\n## Wood\n\n- **Heat Range** up to cone 12 with a long firing\n";
    let d = gen(&[notes("kinds.md", text)]);
    assert_eq!(
        back(&d, "Kiln Kinds — Electric: what is meant by “Firing Cost”?"),
        "Fairly low per load"
    );
    // a sentence that opens with a bold name is no label
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Kiln Shelves?")),
        "{:#?}",
        fronts(&d)
    );
    // a title line split by a dash is no term and its meaning
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Kiln Wiring")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_how_to_lead_over_names_asks_for_ways_not_steps() {
    let text = "# Glaze Testing\n\n## Methods\n\nHow to test a new glaze:\n- Test tiles (one per firing)\n- Line blends (two glazes mixed)\n\nHow to glaze a test tile:\n- Dip the tile halfway\n- Fire it on a cookie\n";
    let d = gen(&[notes("tests.md", text)]);
    assert_eq!(
        back(&d, "Methods: how do you test a new glaze (2 ways)?"),
        "Test tiles (one per firing); Line blends (two glazes mixed)"
    );
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.ends_with("how do you glaze a test tile (2 steps)?")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn wiki_links_embeds_and_block_ids_are_read_as_plain_notes() {
    let text = "# Kilns\n\n![[kiln-room.png]]\n\n## Firing\n\n- Bisque: the first firing of a [[Kiln|kiln]] load ^bisque-note\n- Glost: the [[Glazes#Celadon|glaze]] firing\n\nClay ⇌ slip when water is added or dried off.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Firing: what is meant by “Bisque”?"),
        "The first firing of a kiln load"
    );
    assert_eq!(
        back(&d, "Kilns — Firing: what is meant by “Glost”?"),
        "The glaze firing"
    );
    for c in &d.cards {
        let text = format!("{} {}", c.front, c.back.as_deref().unwrap_or_default());
        assert!(!text.contains("[[") && !text.contains('^'), "{text}");
    }
}

#[test]
fn pros_and_cons_headings_ask_for_the_pros_of_the_section_above() {
    let text = "# Kilns\n\n## Electric Kiln\n\n### Pro\n\n- clean to run indoors\n- easy to program\n\n### Cons\n\n- slow to cool\n- costly elements\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Electric Kiln: what are the pros (2 items)?"),
        "Clean to run indoors; easy to program"
    );
    assert_eq!(
        back(&d, "Electric Kiln: what are the cons (2 items)?"),
        "Slow to cool; costly elements"
    );
}

#[test]
fn a_labelled_list_of_properties_and_examples_asks_for_each() {
    let text = "# Kiln goods\n\n#### **Tests:**\n-   Vitreous:\n\t-   Does water soak into the fired body?\n\n**Stoneware**\n-   Vitreous: Fired until water no longer soaks into the body\n-   Durable: Survives years of daily use\n-   E.g. Crocks, jugs, mugs\n\n**With cracked shelves**\n-   Replace the shelf before firing\n-   E.g. Cordierite shelves, silicon carbide shelves\n\nEarthenware\n-   Porous: Water soaks through unless it is glazed\n-   Ex. if a pot is unglazed, water seeps out within a day\n";
    let d = gen(&[notes("goods.md", text)]);
    assert_eq!(
        back(&d, "Kiln goods — Stoneware: what are its 2 properties?"),
        "Vitreous; Durable"
    );
    // a property's meaning is asked as a meaning, not as its verb
    assert_eq!(
        back(&d, "Kiln goods — Stoneware: what is meant by “Durable”?"),
        "Survives years of daily use"
    );
    assert_eq!(
        back(&d, "Kiln goods — Stoneware: what are the examples?"),
        "Crocks, jugs, mugs"
    );
    // examples after a statement are the statement's: they stay with it
    assert_eq!(
        back(&d, "Kiln goods — With cracked shelves: list the 2 items."),
        "Replace the shelf before firing; E.g. Cordierite shelves, silicon carbide shelves"
    );
    for c in &d.cards {
        // a test the notes pose is no answer; a label's colon is not doubled
        assert!(
            !c.back.as_deref().unwrap_or_default().ends_with('?'),
            "{c:?}"
        );
        assert!(!c.front.contains("::"), "{c:?}");
        // a worked case is no list of examples
        assert!(
            !c.back
                .as_deref()
                .unwrap_or_default()
                .starts_with("If a pot"),
            "{c:?}"
        );
    }
}

#[test]
fn a_dated_lecture_title_gives_way_to_its_description_and_a_person_heading_names_the_person() {
    let text = "---\ntitle: October 6 Pottery Lecture\ndescription: Hamada's Workshop\n---\n\n## Who is Hamada\n\n- Lived in the village of Mashiko\n- Credited for reviving folk pottery\n\n## The Kiln\n\n- The kiln burns pine wood for three days\n";
    let d = gen(&[notes("lecture.md", text)]);
    assert_eq!(
        back(&d, "What did Hamada live in?"),
        "The village of Mashiko"
    );
    assert_eq!(
        back(&d, "What is Hamada credited for?"),
        "Reviving folk pottery"
    );
    // the description names the subject; its possessive "s" names nothing
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.starts_with("Hamada's Workshop")),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("October")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_reason_given_in_the_next_sentence_is_asked_of_the_one_before() {
    let text = "# Kilns\n\n## Walls\n\n- **A kiln has thick walls.**\n  This is to keep the heat in during a long firing.\n\nA potter wedges the clay before throwing. This is because air pockets can burst in the kiln.\n\n> **Note**:\n> The door bricks is stacked loosely and sealed with clay.\n\n- **Even heating**\n\t- *Description*: The burners fire from both sides of the chamber.\n\t- *Explanation*: Heat from one side alone leaves the far pots underfired.\n\nFired pots with a glassy body are referred to as vitrified.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Why does a kiln have thick walls?"),
        "To keep the heat in during a long firing"
    );
    assert_eq!(
        back(
            &d,
            "Kilns — Walls: why does a potter wedge the clay before throwing?"
        ),
        "Because air pockets can burst in the kiln"
    );
    assert_eq!(
        back(&d, "Kilns — Walls — Even heating: what explains it?"),
        "Heat from one side alone leaves the far pots underfired."
    );
    assert_eq!(
        back(
            &d,
            "Kilns — Walls: what are fired pots with a glassy body referred to as?"
        ),
        "Vitrified"
    );
    for c in &d.cards {
        // a note's label asks nothing; labels of a description are no list
        assert!(!c.front.contains("should you note"), "{c:?}");
        assert!(
            !c.back
                .as_deref()
                .unwrap_or_default()
                .contains("Description;"),
            "{c:?}"
        );
    }
}

#[test]
fn a_list_of_names_under_a_heading_is_no_meaning_and_figures_stay_a_set() {
    let text = "# Guild\n\n## Losses in the Fire\n\n- 300 pots broke in the first kiln\n- 40 shelves cracked beyond repair\n- 12 kilns were closed for a month\n\n## Potters of the Guild\n\n- Maria was the first potter to join the guild\n- Ada has kept the glaze book for many years\n";
    let d = gen(&[notes("guild.md", text)]);
    assert_eq!(
        back(&d, "Guild: what are the 3 key facts about losses in the fire?"),
        "300 pots broke in the first kiln; 40 shelves cracked beyond repair; 12 kilns were closed for a month"
    );
    // statements lumped as a set, or as what the heading means, are no card
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("key facts about potters") && !f.contains("meant by “Potters")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn pointers_questions_without_marks_and_cut_definitions() {
    let text = "# Kilns\n\n## Glazes\nSee [[Celadon]], [[Tenmoku]], [[Shino]]\n\n## Firing\n\n- A kiln is a chamber that holds heat around the pots while they fire.\n- `What does reduction mean`: Reduction is firing with too little air, so the flame takes oxygen from the glaze.\n- But be careful—since the kiln is hot, the door stays shut until it cools.\n\n## Shelves\n\n- A kiln is a chamber that holds heat\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Firing: what does reduction mean?"),
        "Reduction is firing with too little air, so the flame takes oxygen from the glaze."
    );
    for c in &d.cards {
        // "See [[…]]" sends the reader elsewhere: it defines nothing
        assert!(
            !c.back.as_deref().unwrap_or_default().starts_with("See "),
            "{c:?}"
        );
        assert!(!c.front.contains("be careful"), "{c:?}");
    }
    // the same meaning cut short is asked once
    let kiln = d
        .cards
        .iter()
        .filter(|c| c.front.ends_with("what is a kiln?"));
    assert_eq!(kiln.count(), 1, "{:#?}", fronts(&d));
}

#[test]
fn a_lens_is_one_thing_and_what_it_does_ends_where_a_statement_starts() {
    let text = "# Kilns\n\n## Spy holes\n\n- **Sight Lens:** shows the cones inside the kiln, image is upside down in the lens\n- **Peep Plug:** blocks the spy hole while the kiln fires\n";
    let d = gen(&[notes("kilns.md", text)]);
    let c = card(&d, "Kilns — Spy holes: what does Sight Lens do?");
    assert_eq!(c.back.as_deref(), Some("Shows the cones inside the kiln"));
    assert_eq!(
        c.explanation.as_deref(),
        Some("Image is upside down in the lens")
    );
}

#[test]
fn a_table_of_y_and_n_is_a_table_of_tick_marks() {
    let text = "# Clays\n\n## Firing range\n\n| | Cone 06 | Cone 6 | Cone 10 |\n|---|---|---|---|\n| Earthenware | Y | N | N |\n| Stoneware | N | Y | Y |\n| Porcelain | N | N | Y |\n";
    let d = gen(&[notes("clays.md", text)]);
    assert_eq!(
        back(
            &d,
            "Clays — Firing range — Stoneware: which apply: Cone 06, Cone 6, Cone 10?"
        ),
        "Cone 6; Cone 10"
    );
    // a bare "Y" or "N" is no answer
    assert!(
        d.cards
            .iter()
            .all(|c| !matches!(c.back.as_deref(), Some("Y" | "N"))),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_comparison_cell_that_says_its_column_name_is_not_asked() {
    let text = "# Kilns\n\n## Kinds\n\n| Gas kiln | Electric kiln | Raku kiln |\n|---|---|---|\n| Fires with a flame that can be starved of air | Fires with coils and gives an even oxidised glaze | A Raku kiln lets the pots come out while they glow |\n| Needs a flue and a gas line to the studio | Needs only a plug and a timer on the wall | Needs tongs, a bin of sawdust and a lid |\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.to_lowercase().contains("which one: “fires with coils")),
        "{:#?}",
        fronts(&d)
    );
    // "A Raku kiln …" under "Raku kiln" gives its answer away
    assert!(
        fronts(&d).iter().all(|f| !f.contains("A Raku kiln")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn statements_written_one_to_a_line_are_read_one_by_one() {
    let text = "# Kilns\n\n### Firing\n\n> the clay dries in the shed\n> the kiln is loaded at dawn\n> the glaze **melts** above a thousand degrees\n> the pots cool for a day\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(back(&d, "Firing: where is the kiln loaded?"), "At dawn");
    // the gap sits in its own line's sentence, not in the run of all four
    let gap = fronts(&d)
        .into_iter()
        .find(|f| f.contains("[...]"))
        .unwrap_or_default();
    assert!(
        gap.ends_with("The glaze [...] above a thousand degrees."),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_reflection_heading_in_notes_that_keep_no_diary_holds_facts() {
    let text = "# Glazes\n\n## Reflection\n\n- **Reflection** - when light meets a glaze surface, some of it bounces back to the eye.\n- A gloss glaze will look brighter if the kiln cooled slowly. Matte glazes scatter light\n";
    let d = gen(&[notes("glazes.md", text)]);
    assert_eq!(
        back(&d, "Glazes: what is meant by “Reflection”?"),
        "When light meets a glaze surface, some of it bounces back to the eye."
    );
    // a diary's reflection, written in the first person, is still left out
    let diary = "# Week 3\n\n## Reflection\n\nI learned that my kiln runs hot\n\n## Glazes\n\nA glaze is a glass coat fired onto a pot.\n";
    let d = gen(&[notes("week.md", diary)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("kiln")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn an_italic_word_and_the_name_after_it_up_to_a_dash_are_the_term() {
    let text = "# Kilns\n\n## Glazes\n\n- *Matte* glazes - dull to the touch and to the eye\n- *Gloss* glazes - shiny and smooth to the touch\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Glazes: what is meant by “Matte glazes”?"),
        "Dull to the touch and to the eye"
    );
    assert!(
        d.cards
            .iter()
            .all(|c| !c.back.as_deref().unwrap_or("").starts_with("Glazes")),
        "{:#?}",
        d.cards
    );
}

#[test]
fn a_heading_that_asks_to_describe_is_answered_with_what_each_item_says() {
    let text = "# Guild\n\n#### Describe the main beliefs of the two potter guilds:\n- Northern Guild: Wood firing only\n- Southern Guild: Gas firing for glazes\n\n#### What are the two kiln types?\n- Updraft: heat rises straight through the ware\n- Downdraft: heat turns back down before leaving\n";
    let d = gen(&[notes("guild.md", text)]);
    assert_eq!(
        back(
            &d,
            "Describe the main beliefs of the two potter guilds (2 points)."
        ),
        "Northern Guild: Wood firing only; Southern Guild: Gas firing for glazes"
    );
    // a heading that asks for the items names them
    assert_eq!(
        back(&d, "Guild: what are the two kiln types (2 points)?"),
        "Updraft; Downdraft"
    );
}

#[test]
fn sentences_that_open_with_a_verb_under_the_title_are_about_the_notes_subject() {
    let text = "# Kiln Shelf\n\nAvailable as a cordierite slab and a silicon carbide slab. Allows a potter to stack more pots in one firing.\n\n## Props\n\nOffers steady support between shelves in the kiln. Tall props let you fire taller pots on the lower shelf.\n";
    let d = gen(&[notes("shelf.md", text)]);
    assert_eq!(
        back(&d, "What does Kiln Shelf do?"),
        "Allows a potter to stack more pots in one firing"
    );
    assert!(
        fronts(&d).iter().any(|f| f.ends_with("offer?")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_two_column_table_without_a_header_gives_a_field_a_row() {
    let text = "# Clays\n\n## Stoneware\n\n|  |  |\n|--|--|\n| Body | Fine grey clay |\n| Cone | 6 to 10 |\n| Finish | Vitreous |\n";
    let d = gen(&[notes("clays.md", text)]);
    // the first row is a field too, not the name of what the rows describe
    assert_eq!(
        back(&d, "Clays — Stoneware: what is the body?"),
        "Fine grey clay"
    );
    assert_eq!(back(&d, "Clays — Stoneware: what is the cone?"), "6 to 10");
    assert_eq!(d.cards.len(), 3, "{:#?}", fronts(&d));
}

#[test]
fn points_about_a_plural_label_that_open_with_will_are_no_names() {
    let text = "# Kilns\n\n## Electric kilns\n\n#### Large kilns\n- will need a three-phase supply\n- fire up to cone 10\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(
            &d,
            "Electric kilns: what are the 2 key facts about large kilns?"
        ),
        "Will need a three-phase supply; fire up to cone 10"
    );
}

#[test]
fn a_bold_chapter_label_heads_its_paragraph_and_is_not_asked() {
    let text = "# The Potter's Book\n\n## Book I\n\n**Chapter 1** A glaze is a thin coat of glass fired onto a pot.\n\n**Chapter 5** There are three kinds of kiln to build:  (1) the wood kiln, (2) the gas kiln, and (3) the electric kiln.  Wood is slow.\n";
    let d = gen(&[notes("book.md", text)]);
    assert_eq!(
        back(&d, "Potter's Book — Chapter 1: what is a glaze?"),
        "A thin coat of glass fired onto a pot"
    );
    assert_eq!(
        back(
            &d,
            "Potter's Book — Chapter 5: what are the 3 kinds of kiln to build?"
        ),
        "The wood kiln; the gas kiln; the electric kiln"
    );
    let all = format!("{:?}", d.cards);
    assert!(!all.contains("Chapter 1 A glaze"), "{all}");
    assert!(
        d.cards
            .iter()
            .all(|c| !c.back.as_deref().unwrap_or("").starts_with("Chapter")),
        "{all}"
    );
}

#[test]
fn sentences_that_lead_the_reader_on_state_nothing() {
    let text = "# Kilns\n\n## Firing\n\nA bisque firing hardens the clay. Let's keep our eyes on the kiln again. In the next class, we will learn **the rule of cones** by looking at glazes.\n";
    let d = gen(&[notes("kilns.md", text)]);
    let all = format!("{:?}", d.cards);
    assert!(all.contains("harden"), "{all}");
    assert!(
        !all.contains("let's") && !all.contains("next class"),
        "{all}"
    );
}

#[test]
fn a_purpose_before_the_dash_asks_what_serves_it() {
    let text = "# Kiln services\n\n## Which kiln for which job\n\n- For Raku Firing - Outdoor Kiln\n- For drying greenware - Warm Room\n- For glazing small pieces - Spray Booth\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(
            &d,
            "Which kiln for which job: what is used for Raku Firing?"
        ),
        "Outdoor Kiln"
    );
    assert_eq!(
        back(
            &d,
            "Which kiln for which job: what is used for drying greenware?"
        ),
        "Warm Room"
    );
    let all = format!("{:?}", d.cards);
    assert!(!all.contains("meant by"), "{all}");
}

#[test]
fn a_phrase_first_under_a_term_heading_says_what_it_means() {
    let text = "# Glaze faults\n\n#### Crazing  \nFine cracks across the glaze surface after cooling. First described by the potters of the river guild in 1120.\n\n#### Shivering\nGlaze flaking off at the rims. First named by the kiln masters of the north in 1310.\n\n## Dunting\nThis is a crack from cooling too fast. First written up by the guild in 1402.\n";
    let d = gen(&[notes("faults.md", text)]);
    assert_eq!(
        back(&d, "Glaze faults: what is meant by “Crazing”?"),
        "Fine cracks across the glaze surface after cooling"
    );
    assert_eq!(
        back(&d, "Glaze faults: what is meant by “Shivering”?"),
        "Glaze flaking off at the rims"
    );
    assert_eq!(
        back(&d, "Glaze faults: what is meant by “Dunting”?"),
        "A crack from cooling too fast"
    );
    // the sentences after it still give their cards
    let all = format!("{:?}", d.cards);
    assert!(all.contains("1120") && all.contains("1310"), "{all}");
}

#[test]
fn a_first_level_one_heading_after_much_text_is_a_section_not_the_title() {
    let text = "A kiln is a chamber that fires clay into ceramic. Kilns run on wood, gas or electricity, and each kind of fuel leaves its own marks on the glaze.\n\n- Updraft: the heat rises through the ware and out of the roof\n- Downdraft: the heat is pulled back down through the ware\n\n# Repairs\n\nCracked kiln shelves are ground smooth and coated with kiln wash.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_ne!(d.name, "Repairs");
    let all = format!("{:#?}", fronts(&d));
    assert!(
        fronts(&d)
            .iter()
            .filter(|f| f.contains("Updraft") || f.contains("kiln?"))
            .all(|f| !f.starts_with("Repairs")),
        "{all}"
    );
    assert!(fronts(&d).iter().any(|f| f.starts_with("Kilns")), "{all}");
}

#[test]
fn a_section_about_what_came_before_or_a_class_activity_is_no_definition() {
    let text = "# Kilns\n\n## Cone Packs\n\nSince each cone bends at its own heat, the pack shows how hot the kiln got.\n\n## Activity\n\nIn pairs, load a test kiln and fire it at cone 6.\n\n## Salt Glazing\n\nThese early kilns took salt thrown into the firebox. The vapour glazed every pot.\n\n## Wadding\n\nSmall balls of clay that keep pots off the shelf.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns: what is meant by “Wadding”?"),
        "Small balls of clay that keep pots off the shelf"
    );
    let all = format!("{:#?}", fronts(&d));
    for h in ["Cone Packs", "Activity", "Salt Glazing"] {
        assert!(!all.contains(&format!("“{h}”")), "{all}");
    }
}

#[test]
fn a_question_alone_on_its_line_is_answered_by_the_list_below() {
    let text = "# Kilns\n\nWhat is Raku?\n- a fast firing\n- pots are pulled out red hot\n\nWhat fires fastest? Which fires slowest?\n- electric kilns with small chambers\n- big wood kilns\n";
    let (d, report) = generate_with_report(&[notes("kilns.md", text)], None).unwrap();
    assert_eq!(
        back(&d, "Kilns: what is Raku (2 points)?"),
        "A fast firing; pots are pulled out red hot"
    );
    // the question is read with its list, not left out as prose
    assert!(
        lines_and_reasons(&report).iter().all(|(l, _)| *l != 3),
        "{:?}",
        lines_and_reasons(&report)
    );
    // two questions over one list: which one it answers is not known
    assert!(
        fronts(&d).iter().all(|f| !f.contains("fastest")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn one_label_under_two_sections_is_told_apart_by_the_section() {
    let text = "# Firing\n\n## Bisque firing\n\n**Key features:**\n- Slow start: drives out water\n- Favoured by: **low cones**, open kilns, dry ware\n\n## Glaze firing\n\n**Key features:**\n- Fast climb: melts the glaze\n- Favoured by: **high cones**, closed kilns, glazed ware\n";
    let d = gen(&[notes("firing.md", text)]);
    assert_eq!(
        back(&d, "Bisque firing — Key features: Favoured by [...]"),
        "Low cones, open kilns, dry ware"
    );
    assert_eq!(
        back(&d, "Glaze firing — Key features: Favoured by [...]"),
        "High cones, closed kilns, glazed ware"
    );
    // "Favoured by" names no feature: no card lists it as one
    let all = format!("{:?}", d.cards);
    assert!(!all.contains("Favoured by;"), "{all}");
}

#[test]
fn a_long_list_asked_in_parts_says_which_part() {
    let text = "# Studio\n\n## Kiln Log\n\n- Records every firing of the week\n- Notes the cone used for each load\n- Possibility of storing the log in a binder\n- You can add a photo of each load\n- The log is kept by the kiln shelf\n- Can be shared across studios\n- Shows the heat of a load over time\n- Shows the glaze of a load over time\n- Lists the potters who fired\n";
    let d = gen(&[notes("studio.md", text)]);
    assert_eq!(
        back(&d, "Studio: what does Kiln Log include (6–9 of 9)?"),
        "Can be shared across studios; Shows the heat of a load over time; Shows the glaze of a load over time; Lists the potters who fired"
    );
    assert!(back(&d, "Studio: what does Kiln Log include (1–5 of 9)?").starts_with("Records"));
}

#[test]
fn arrows_of_a_reaction_or_a_rise_stay_in_the_card() {
    let text = "# Firing\n\n## Stages\n\n- Calcining: CaCO₃ → CaO + CO₂ (whiting loses its gas)\n- Heat: ↑ cone / ↓ time\n";
    let d = gen(&[notes("firing.md", text)]);
    assert_eq!(
        back(&d, "Firing — Stages: what is meant by “Calcining”?"),
        "CaCO₃ → CaO + CO₂ (whiting loses its gas)"
    );
    assert_eq!(
        back(&d, "Firing — Stages: what is meant by “Heat”?"),
        "↑ cone / ↓ time"
    );
}

#[test]
fn a_table_of_traps_and_clarifications_gives_true_or_false_cards() {
    let text = "# Kilns\n\n## Tricky points\n\n| Trap / Mistake | Clarification |\n| --- | --- |\n| Assuming glazes are food safe | Only when fired to their full cone |\n| Confusing bisque vs glaze firing | Bisque hardens the clay, glaze firing melts the glaze |\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(
            &d,
            "Kilns — Tricky points: true or false: “Glazes are food safe”?"
        ),
        "False — Only when fired to their full cone"
    );
    assert_eq!(
        back(
            &d,
            "Kilns — Tricky points: how do bisque and glaze firing differ?"
        ),
        "Bisque hardens the clay, glaze firing melts the glaze"
    );
    assert!(fronts(&d).iter().all(|f| !f.contains("Which one")));
}

#[test]
fn a_side_heading_after_a_named_one_at_its_level_stays_in_its_section() {
    let text = "# Kilns\n\n### Electric Kiln\nA box of coils for small studios.\n\n### Use Case\nFiring stoneware at home.\n\n### Features\n- **Digital controller**: holds the climb rate\n- **Kiln sitter**: stops the firing at cone\n\n### Glaze Faults\n- **Crawling**: glaze pulls back from the clay\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(
            &d,
            "Electric Kiln — Features: what does Digital controller do?"
        ),
        "Holds the climb rate"
    );
    // a side alone over a sentence asks for that side of the thing
    assert_eq!(
        back(&d, "Electric Kiln: what is its use case?"),
        "Firing stoneware at home"
    );
    // the next named heading starts a section of its own
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.starts_with("Kilns — Glaze Faults:")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_meaning_that_opens_with_which_says_what_the_term_does() {
    let text = "# Rewards\n\n## Kinds\n\n- **Informational rewards** — which provide a check on how well the pot came out\n- **Kiln logs** — which kilns fired on which day\n";
    let d = gen(&[notes("rewards.md", text)]);
    let all = format!("{:?}", d.cards);
    assert!(
        all.contains("Provide a check on how well the pot came out"),
        "{all}"
    );
    assert!(!all.contains("Which provide"), "{all}");
    // "which kilns …" asks which, and stays as written
    assert!(all.contains("Which kilns fired on which day"), "{all}");
}

#[test]
fn a_long_section_under_a_term_is_defined_by_its_opening_phrase() {
    let text = "# Pottery\n\n## Skills\n\n### 2. Centering\n\nThe need to hold the clay steady on the wheel — to keep the wall even. It takes weeks to learn.\n";
    let d = gen(&[notes("skills.md", text)]);
    assert_eq!(
        back(&d, "Pottery — Skills: what is meant by “Centering”?"),
        "The need to hold the clay steady on the wheel — to keep the wall even"
    );
}

#[test]
fn formulas_are_named_by_their_lead_their_heading_or_the_paragraph_before() {
    let text = "# Kiln Maths\n\n## Firing odds\n\nGlaze rule:\n$$P(C \\mid G)=\\frac{P(C \\cap G)}{P(G)}$$\n\nThe crack law states that for every load we have:\n\n$$P(C)=\\sum_{i} P(C \\mid L_i) \\cdot P(L_i)$$\n\nTwo firings are **apart** when:\n$P(A \\cap B)=P(A) \\cdot P(B)$\n\nGlazed pots\n$P(C)=1-P(S)$\n\n### Potter's law\n\n$$W = m \\times s$$\n\n## Shrinkage\n\nWet clay shrinks as it dries according to *Kell's law*. The shrink equals the water lost times the rate.\n\n$$\ns = w \\times r\n$$\n\nWe define a quantity called the firing index $f$, which is the ratio of peak to hold temperature.\n\n$$\nf = \\frac{T_p}{T_h}\n$$\n\nIf we fired the other way, we get the same sum again.\n\n$$\n\\theta = \\arcsin(\\frac{1}{2})\n$$\n\n::: theorem Cone rule\n$$c = t - 1000$$\n:::\n\n::: tip\nGlazes absorb heat from the flame.\n:::\n";
    let d = gen(&[notes("maths.md", text)]);
    let asked = [
        (
            "Firing odds: what is the Glaze rule?",
            "P(C | G) = P(C ∩ G)/P(G)",
        ),
        (
            "Firing odds: what does the crack law state?",
            "P(C) = Σ_i P(C | L_i) · P(L_i)",
        ),
        (
            "Firing odds: when are two firings apart?",
            "P(A ∩ B) = P(A) · P(B)",
        ),
        (
            "Firing odds: what is P(C) for glazed pots?",
            "P(C) = 1-P(S)",
        ),
        ("Potter's law: what is Potter's law?", "W = m × s"),
        ("Shrinkage: what is Kell's law?", "s = w × r"),
        (
            "Shrinkage: what is the formula for the firing index f?",
            "f = T_p/T_h",
        ),
        // a box's title is a heading; a box of a kind alone is none
        ("Cone rule: what is the formula for c?", "c = t - 1000"),
    ];
    for (front, answer) in asked {
        assert_eq!(back(&d, &format!("Kiln Maths — {front}")), answer);
    }
    // a worked sum is no formula; what the writer does next is no fact
    let all = fronts(&d);
    assert!(
        all.iter().all(|f| !f.contains('θ') && !f.contains(" we ")),
        "{all:#?}"
    );
    assert!(d.cards.iter().all(|c| !c.front.contains(":::")));
    // a box's close ends its section; a box of a kind alone adds no
    // heading, and its text is read in the section around it
    assert_eq!(
        back(&d, "Kiln Maths — Shrinkage: what do glazes absorb?"),
        "Heat from the flame"
    );
}

#[test]
fn history_prose_asks_the_one_of_its_kind_the_past_verb_and_the_relative_clause() {
    let text = "# Guild History\n\n## Early days\n\nBefore the fair, the most common trade for an apprentice was as a wedger. The guilds resisted the hiring of outside potters. At the back of the kiln is a thick wall, which shields the shelves from the flame.\n";
    let d = gen(&[notes("guilds.md", text)]);
    assert_eq!(
        back(
            &d,
            "Guild History — Early days: before the fair, what was the most common trade for an apprentice?"
        ),
        "A wedger"
    );
    assert_eq!(
        back(&d, "Early days: what did the guilds resist?"),
        "The hiring of outside potters"
    );
    assert_eq!(
        back(
            &d,
            "Guild History — Early days: what does the thick wall shield?"
        ),
        "The shelves from the flame"
    );
    assert!(fronts(&d).iter().all(|f| !f.contains("what happens")));
}

#[test]
fn lower_case_terms_numbered_titles_and_changes_with_their_effects() {
    let text = "# 03: Clay Markets\n\n## Prices\n\nslip weight: the mass of dry clay in a litre of slip\n\n### What moves the price of clay\n1. changes in fuel costs\n\t* increase in kiln fuel prices -> raises clay prices\n\t* decrease in kiln fuel prices -> lowers clay prices\n";
    let d = gen(&[notes("clay.md", text)]);
    assert_eq!(
        back(&d, "Clay Markets — Prices: what is meant by “slip weight”?"),
        "The mass of dry clay in a litre of slip"
    );
    assert_eq!(
        back(
            &d,
            "Clay Markets — changes in fuel costs: what does an increase in kiln fuel prices do?"
        ),
        "Raises clay prices"
    );
    assert_eq!(
        back(
            &d,
            "Clay Markets — changes in fuel costs: what does a decrease in kiln fuel prices do?"
        ),
        "Lowers clay prices"
    );
    // the title's number is no context
    assert!(
        fronts(&d).iter().all(|f| !f.contains("03")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_side_heading_asks_its_side_and_a_worked_examples_figures_give_no_card() {
    let text = "# Tests\n\n## Paired Test\n\n### Purpose\nCompare the same pots before and after glazing\n\n### Formula\nd = after - before\n\n### Example\n\nBefore glazing: 60\nAfter glazing: 70\n\n| Pot | Weight |\n|---|---|\n| 1 | 12 |\n| 2 | 14 |\n\nThe mean difference is 10 grams.\n";
    let d = gen(&[notes("tests.md", text)]);
    assert_eq!(
        back(&d, "Paired Test: what is its purpose?"),
        "Compare the same pots before and after glazing"
    );
    assert_eq!(
        back(&d, "Paired Test: what is its formula?"),
        "d = after - before"
    );
    // the example's givens, table and result are figures, no facts
    assert_eq!(d.cards.len(), 2, "{:#?}", fronts(&d));
}

#[test]
fn a_formula_written_as_a_plain_line_is_asked() {
    let text = "# Kiln Physics\n\n## Heat\n\nQ = m × c × ΔT\n\nW = Fd\n\nshelf = 12\n\n## Cooling Test\n\n### Formula\n\nk = ln(T₀ / T) / t\n";
    let d = gen(&[notes("physics.md", text)]);
    assert_eq!(
        back(&d, "Kiln Physics — Heat: what is the formula for Q?"),
        "Q = m × c × ΔT"
    );
    assert_eq!(
        back(&d, "Kiln Physics — Heat: what is the formula for W?"),
        "W = Fd"
    );
    // a worked figure is no formula; "### Formula" asks its section's
    assert!(
        fronts(&d).iter().all(|f| !f.contains("shelf")),
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(
            &d,
            "Kiln Physics — Cooling Test: what is the formula for k?"
        ),
        "k = ln(T₀ / T) / t"
    );
}

#[test]
fn a_question_heading_said_again_by_its_question_is_left_off_the_front() {
    let text = "# Kiln Notes\n\n## FAQs\n\n### 1. What gases leave a kiln?\n\nKey kiln gases include steam and carbon dioxide.\n";
    let d = gen(&[notes("faq.md", text)]);
    assert_eq!(
        back(&d, "What do key kiln gases include?"),
        "Steam and carbon dioxide"
    );
}

#[test]
fn labels_of_groups_over_their_own_lists_make_no_list_card() {
    let text = "## 1. Kiln Concepts\n- Key factors\n  - heat work\n  - kiln atmosphere\n\n- Four Stages\n  - Drying stage\n    - Water leaves the clay slowly\n  - Bisque stage\n    - The clay hardens for good\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kiln Concepts: what are the 2 key factors?"),
        "Heat work; kiln atmosphere"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("(2 items)")),
        "{:#?}",
        fronts(&d)
    );
}
