//! Outlines typed in lower case: a label ending in a colon over what it
//! is, what it is used for and what it can do; notes pasted whole inside
//! a Markdown code fence; the person a verb tells moved into its question.

use super::*;

const KINDS: &str = "# Kilns\n\n- ***kinds of kiln:***\n  - *small kilns:*\n    - test kiln:\n      - a tiny electric kiln where the potter tries new glazes\n    - raku kiln:\n      - a drum that is lifted off the pots while they glow\n      - used for dramatic crackle effects\n  - *large kilns:*\n    - tunnel kiln:\n      - a long kiln through which cars of pots roll slowly\n      - can run for years without cooling\n      - can stand in any yard with a flat floor\n";

#[test]
fn a_lower_case_label_is_the_subject_of_its_items() {
    let d = gen(&[notes("kilns.md", KINDS)]);
    assert_eq!(
        back(&d, "What is a test kiln?"),
        "A tiny electric kiln where the potter tries new glazes"
    );
    let raku =
        |q: &str| back(&d, &format!("kinds of kiln — small kilns — raku kiln: {q}")).to_string();
    assert_eq!(
        raku("what is it?"),
        "A drum that is lifted off the pots while they glow"
    );
    assert_eq!(raku("what is it used for?"), "Dramatic crackle effects");
    let tunnel = |q: &str| {
        back(
            &d,
            &format!("kinds of kiln — large kilns — tunnel kiln: {q}"),
        )
        .to_string()
    };
    assert_eq!(tunnel("what can it run for?"), "Years without cooling");
    assert_eq!(
        tunnel("what can it stand in?"),
        "Any yard with a flat floor"
    );
}

#[test]
fn notes_pasted_inside_a_markdown_fence_are_read() {
    let text = "```markdown\n# Glazes\n\n- **Celadon**: a green glaze fired in reduction\n```\n";
    let d = gen(&[notes("glazes.md", text)]);
    assert_eq!(
        back(&d, "Glazes: what is meant by “Celadon”?"),
        "A green glaze fired in reduction"
    );
}

#[test]
fn the_person_a_verb_tells_goes_into_the_question() {
    let text =
        "# Firing\n\n## Cones\n\nThe cone rule tells us that the hottest shelf fires first.\n";
    let d = gen(&[notes("firing.md", text)]);
    assert_eq!(
        back(&d, "Firing: what does the cone rule tell us?"),
        "The hottest shelf fires first"
    );
}

const ASPECTS: &str = "# Kiln habits\n\n## 1. Why logs fail\n\n### 1.1 Can a Log Be Trusted?\n\n- **Memory after the firing**\n  - Most potters write the log the next morning.\n- **Different hands**\n  - Each potter writes the cone numbers in a different way.\n\n### 1.2 Keeping a kiln log\n\n- **What it is**: Writing down every firing and what came out of it.\n- **How to practice**:\n  - A notebook by the kiln.\n  - A photo of each shelf.\n- **Why it helps**:\n  - Shows which shelf runs hot and which runs cold over many firings.\n  - Lets a potter repeat a glaze that came out well last month.\n- **Implication**: A potter with a log wastes fewer pots.\n";

#[test]
fn labels_that_ask_what_how_or_why_ask_it_of_their_section() {
    let d = gen(&[notes("habits.md", ASPECTS)]);
    let ctx = "Keeping a kiln log";
    assert_eq!(
        back(&d, &format!("{ctx}: what is it?")),
        "Writing down every firing and what came out of it."
    );
    assert_eq!(
        back(&d, &format!("{ctx}: how do you practice it (2 items)?")),
        "A notebook by the kiln; A photo of each shelf"
    );
    assert_eq!(
        back(&d, &format!("{ctx}: why does it help (2 items)?")),
        "Shows which shelf runs hot and which runs cold over many firings; \
         Lets a potter repeat a glaze that came out well last month"
    );
    assert_eq!(
        back(&d, &format!("{ctx}: what is the implication?")),
        "A potter with a log wastes fewer pots."
    );
    // "1.1 Can a Log Be Trusted?" numbers a section: no quiz question
    // whose options are the items under it
    assert_eq!(
        back(
            &d,
            "Kiln habits — Can a Log Be Trusted? — Different hands: what does each potter write?"
        ),
        "The cone numbers in a different way"
    );
}

#[test]
fn a_label_over_one_phrase_is_asked_what_it_means_not_as_a_value() {
    let text = "# Guild ethics\n\n- Guild virtues\n\n  - Honesty\n\n    - Give credit where credit is due\n\n  - Thrift\n\n    - Waste no clay on trials\n\n- Founding facts\n\n  - Founder\n\n    - Ada Kiln\n";
    let d = gen(&[notes("ethics.md", text)]);
    assert_eq!(
        back(
            &d,
            "Guild ethics — Guild virtues: what is meant by “Honesty”?"
        ),
        "Give credit where credit is due"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("the honesty")),
        "{:?}",
        fronts(&d)
    );
    // a name stays a value of its label
    assert_eq!(
        back(&d, "Guild ethics — Founding facts: what is the founder?"),
        "Ada Kiln"
    );
}

#[test]
fn a_lone_numbered_name_over_a_list_names_what_the_list_is_about() {
    let text = "# Kilns\n\n## Two kinds\n\n1. Updraft kiln\n- Draws the flame up through the ware from a firebox below\n- Loses much of its heat through the tall chimney stack\n\n1. Downdraft kiln\n    - Draws the flame down through the ware from a firebox beside\n    - Loses less of its heat through the tall chimney stack\n";
    let d = gen(&[notes("kilns.md", text)]);
    let f = fronts(&d);
    assert!(
        f.iter()
            .any(|q| q.ends_with("Updraft kiln: what does it lose?")),
        "{f:#?}"
    );
    // each kind keeps its own card, though the answers sound alike
    assert!(
        f.iter()
            .any(|q| q.ends_with("Downdraft kiln: what does it lose?")),
        "{f:#?}"
    );
}

#[test]
fn a_grade_under_a_measure_asks_what_counts_as_it() {
    let text =
        "# Kilns\n\n## Firing report\n\n* draught\n  - Good - 20-30 Pa\n  - Poor - under 5 Pa\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Firing report — draught: what counts as good?"),
        "20-30 Pa"
    );
}

#[test]
fn a_reported_verb_and_a_count_with_a_measure_keep_their_sense() {
    let text = "# Kilns\n\n### raku\n- thought to be older than stoneware\n- believed to crack more often\n- two 4 hour stages\n    - a slow warm-up\n    - an hour of rest\n    - a fast climb\n";
    let d = gen(&[notes("raku.md", text)]);
    assert_eq!(
        back(&d, "Kilns — raku: what is it thought to be?"),
        "Older than stoneware"
    );
    // "believed to crack" asks no "what is it believed to?"; the three
    // items are not three stages
    let all = fronts(&d).join("\n");
    for absent in ["believed to?", "thought to?", "the 3 4 hour"] {
        assert!(!all.contains(absent), "{absent} in\n{all}");
    }
}

#[test]
fn a_structure_heading_under_a_one_word_part_keeps_the_part() {
    let text = "# Pottery\n\n## 1. Kiln\n\n### Structure\n- Set on a brick floor, about a metre wide\n- **Door**: swings out on a steel hinge\n\n## 2. Glaze\n\n### Layer Structure\n- **Base coat**: a thin wash of slip\n\n### Firing\n- **Cone 6**: the usual stoneware heat\n\n### Glaze Functions\n- **Sealing**: stops the pot from seeping\n";
    let d = gen(&[notes("parts.md", text)]);
    let all = fronts(&d).join("\n");
    for asked in [
        "Kiln — Structure: what is meant by “Door”?",
        "Glaze — Layer Structure: what is meant by “Base coat”?",
    ] {
        assert!(all.contains(asked), "{asked} not in\n{all}");
    }
    // a heading before it at its own level is a sibling, not its whole
    assert!(!all.contains("Firing — Glaze Functions"), "{all}");
}

#[test]
fn a_label_for_how_a_thing_is_built_asks_for_it() {
    let text = "# Pottery\n\n## Kilns\n\n### Anagama\n- **Structure**: firebox + long chamber + flue\n- **Main component**: firebrick, lined with clay\n\n### Bourry box\n\n#### Structure\n- Located at the back of the yard, holds about 2 cubic metres\n- **Regions**: firebox → chamber → chimney\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Pottery — Anagama: what is the structure?"),
        "Firebox + long chamber + flue"
    );
    assert_eq!(
        back(&d, "Pottery — Anagama: what is the main component?"),
        "Firebrick, lined with clay"
    );
    assert_eq!(
        back(
            &d,
            "Pottery — Bourry box — Structure: what are the regions?"
        ),
        "Firebox → chamber → chimney"
    );
    // a "Structure" heading leaves the thing above it the subject
    assert!(
        fronts(&d)
            .iter()
            .any(|f| f.ends_with("where is it located?")),
        "{:#?}",
        fronts(&d)
    );
}
