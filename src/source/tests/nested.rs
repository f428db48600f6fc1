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
