//! Definition lists as Pandoc and Markdown Extra write them: a term on
//! its own line, its definition after a colon on the next; and terms
//! defined in a sentence ("is defined as", a three-word term).

use super::*;

const CLAY: &str = "# Clay\n\n## Preparing Clay\n\nSlaking:\n:   Dry scraps fall apart in water overnight, ready to be reclaimed.\n\nWedging\n\n:   Kneading the clay to push out air and even its moisture.\n    Done on a canvas board.\n\nA pot dries slowly under plastic.\n";

#[test]
fn a_term_with_one_definition_is_asked_what_it_means() {
    let d = gen(&[notes("clay.md", CLAY)]);
    assert_eq!(
        back(&d, "Preparing Clay: what is meant by “Slaking”?"),
        "Dry scraps fall apart in water overnight, ready to be reclaimed.",
        "{:#?}",
        fronts(&d)
    );
    let wedging = card(&d, "Preparing Clay: what is meant by “Wedging”?");
    assert!(
        wedging
            .back
            .as_deref()
            .is_some_and(|b| b.starts_with("Kneading the clay to push out air")),
        "{wedging:?}"
    );
    // the definition's line is the term's
    let source = wedging.source.as_deref().unwrap_or_default();
    assert!(source.ends_with(" › line 8"), "{source}");
}

#[test]
fn a_term_defined_in_a_sentence_is_asked_what_it_is() {
    let text = "# Firing\n\nA glaze is defined as a thin layer of glass fused to a pot.\n\nSpecific firing energy is the energy needed to fire one kilogram of clay.\n";
    let d = gen(&[notes("firing.md", text)]);
    assert_eq!(
        back(&d, "Firing: what is a glaze?"),
        "A thin layer of glass fused to a pot",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "What is specific firing energy?"),
        "The energy needed to fire one kilogram of clay"
    );
}

#[test]
fn an_html_definition_list_gives_every_entry() {
    let text = "# Kilns\n\n## Heat in the kiln\n\n<dl>\n  <dt>Radiation</dt>\n  <dd>Heat carried by glowing walls to the pots. It needs no air to\n  move through.</dd>\n  <dt>Convection</dt>\n  <dd>Hot gases rising through the stack and around\n  the pots.</dd>\n</dl>\n";
    let d = gen(&[notes("heat.md", text)]);
    assert_eq!(
        back(&d, "Heat in the kiln: what is meant by “Convection”?"),
        "Hot gases rising through the stack and around the pots."
    );
    assert!(back(&d, "Heat in the kiln: what is meant by “Radiation”?")
        .starts_with("Heat carried by glowing walls"));
}
