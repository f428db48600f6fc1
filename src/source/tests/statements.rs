//! Plain statements written as list items, with nothing in bold, no
//! figure and no name to leave out, and definitions that say which one
//! thing a term is ("X is the …", "X is one in which …").

use super::*;

const KILN: &str = "# Kilns\n\n## Firing\n\n- Wet clay nearly always shrinks by about a tenth\n- Stoneware glazes are glossier and rarely run off the pot\n- Bone-dry clay does not shrink any further, because the water is gone\n- Glaze crystals tend to grow during slow cooling\n- They crack when cooled too fast\n- Glaze thickness is important\n\n## Faults\n\nA pot was ruined because:\n\n- The kiln was opened too early\n- The shelves were dusty\n";

#[test]
fn plain_statement_items_are_asked_with_what_the_verb_says_left_out() {
    let d = gen(&[notes("kilns.md", KILN)]);
    for (front, answer) in [
        (
            "Kilns — Firing: Wet clay nearly always shrinks by [...].",
            "about a tenth",
        ),
        (
            "Kilns — Firing: Stoneware glazes are [...] and rarely run off the pot.",
            "glossier",
        ),
        (
            "Kilns — Firing: Bone-dry clay does not shrink [...], because the water is gone.",
            "any further",
        ),
        (
            "Kilns — Firing: Glaze crystals tend to [...].",
            "grow during slow cooling",
        ),
    ] {
        assert_eq!(back(&d, front), answer, "{front}");
    }
    // "They …" points back; "important" anyone could guess; items that
    // finish the line above them ("… because:") say only part of it
    let all = fronts(&d).join("\n");
    for absent in ["They crack", "thickness is", "opened", "dusty"] {
        assert!(!all.contains(absent), "{absent} in\n{all}");
    }
}

const SAGGARS: &str = "# Kilns\n\n## Furniture\n\nShelves and posts fill the chamber.\n\nA saggar is the lidded box that shields a pot from flame and ash. Kiln posts are the props that hold each shelf above the one below. A reduction firing is one in which the kiln is starved of air.\n";

#[test]
fn a_term_and_the_one_thing_it_is_make_a_definition() {
    let d = gen(&[notes("furniture.md", SAGGARS)]);
    assert_eq!(
        back(&d, "Kilns — Furniture: what is a saggar?"),
        "The lidded box that shields a pot from flame and ash"
    );
    assert_eq!(
        back(&d, "Furniture: what are kiln posts?"),
        "The props that hold each shelf above the one below"
    );
    assert_eq!(
        back(&d, "Kilns — Furniture: what is a reduction firing?"),
        "One in which the kiln is starved of air"
    );
}

const CRAZING: &str = "# Glazes\n\n## 3 Causes of Crazing\n\n1. A glaze that shrinks a good deal more than the clay body under it on cooling [Poor glaze fit]\n2. Opening the kiln door while the ware inside is still far too hot to touch [Thermal shock]\n3. Damp taken up by a porous body from the air over many months of daily use [Moisture expansion]\n";

#[test]
fn long_items_that_end_on_their_names_are_recited_by_them() {
    let d = gen(&[notes("crazing.md", CRAZING)]);
    assert_eq!(
        back(&d, "Glazes: what are the 3 causes of crazing?"),
        "Poor glaze fit; Thermal shock; Moisture expansion"
    );
}

#[test]
fn items_under_a_label_are_asked_but_not_under_a_lead_they_finish() {
    let text = "# Kilns\n\n## Cooling\n\nKey facts:\n\n- Glaze crystals tend to grow during slow cooling\n- Fired pots nearly always shrink by about a twelfth\n\nCrazing is caused by:\n\n- Glazes that shrink far more than the body\n- Sudden draughts through an opened spy hole\n";
    let d = gen(&[notes("cooling.md", text)]);
    assert_eq!(
        back(
            &d,
            "Kilns — Cooling — Key facts: Fired pots nearly always shrink by [...]."
        ),
        "about a twelfth"
    );
    let f = fronts(&d);
    assert!(!f.iter().any(|q| q.contains("spy hole")), "{f:#?}");
}

const GUILD: &str = "# Potters\n\n## The Guild\n\nGuild potters formed the largest trade in the town. Ware stored in the cellar kept its colour. Members are not poor. Glaze recipes are pretty useful.\n\nThe guild hall burned down in 1666.\n\n## Cones\n\nPyrometric cones bend at a set heat, and they tell the potter when to stop. Stoneware bodies usually shrink by about a tenth in a firing.\n\nMost sets hold three cones.\n\n## Crackle\n\nAppears when a glaze shrinks more than its body.\n\n## Tips\n\n👉 Most cracks start at the rim.\n";

#[test]
fn plain_statements_of_prose_are_asked_with_what_the_verb_says_left_out() {
    let d = gen(&[notes("potters.md", GUILD)]);
    for (front, answer) in [
        (
            "The Guild: Guild potters formed the [...].",
            "largest trade in the town",
        ),
        (
            "Potters — Cones: Stoneware bodies usually shrink by [...].",
            "about a tenth in a firing",
        ),
    ] {
        assert_eq!(back(&d, front), answer, "{front}");
    }
    // "stored in" names the ware, no deed; what a thing is not, and a
    // word of praise, have no one answer
    let all = fronts(&d).join("\n");
    for absent in ["cellar", "Members", "useful", "recipes"] {
        assert!(!all.contains(absent), "{absent} in\n{all}");
    }
}

#[test]
fn a_paragraph_the_heading_is_defined_by_or_a_key_point_is_no_gap() {
    let d = gen(&[notes("potters.md", GUILD)]);
    assert_eq!(
        back(&d, "Potters: what is meant by “Crackle”?"),
        "Appears when a glaze shrinks more than its body"
    );
    let rim: Vec<&str> = fronts(&d)
        .into_iter()
        .filter(|f| f.contains("rim") || f.contains("key point"))
        .collect();
    assert_eq!(rim.len(), 1, "{rim:#?}");
    assert!(fronts(&d)
        .iter()
        .all(|f| !f.contains("Appears when a glaze [...]")));
}

#[test]
fn sentences_before_a_closing_lead_are_read() {
    let text = "# Glazes\n\n## Testing\n\nA line blend is a row of test tiles that steps from one glaze to another. For instance, try these five tiles:\n\n    A1 A2 A3 A4 A5\n\nEach tile is fired at cone 6.\n";
    let d = gen(&[notes("tests.md", text)]);
    assert_eq!(
        back(&d, "Glazes — Testing: what is a line blend?"),
        "A row of test tiles that steps from one glaze to another"
    );
}

#[test]
fn a_phrasal_verb_with_no_object_and_a_measure_are_not_asked() {
    let text = "# Kilns\n\n## Cooling\n\n- **Stage one:** The glaze sets hard. The kiln wash breaks down, and the shelves need a new coat.\n- **Stage two:** The ware grows in size and takes up moisture from the air.\n";
    let d = gen(&[notes("cooling.md", text)]);
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("wash break") && !f.contains("where does the ware grow")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_description_whose_relative_clause_lists_is_asked_by_the_name_it_is_given() {
    let text = "# Kilns\n\n## Firing\n\nHeat moves slowly through a thick pot. The changes that heat makes to the clay, to its water and to its minerals are known as *maturing*. In 1990, the old kiln at the guild was known as the dragon.\n";
    let d = gen(&[notes("firing.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Firing: what is maturing?"),
        "The changes that heat makes to the clay, to its water and to its minerals"
    );
    // an opening phrase before the comma is no description of a name
    assert!(
        fronts(&d).iter().all(|f| !f.contains("what is the dragon")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn two_changes_that_go_together_ask_for_the_second() {
    let text = "# Kilns\n\n## Cooling\n\nThe faster a kiln cools, the more the glaze crazes.\n\nThe longer the soak at peak, the smoother the glaze surface.\n";
    let d = gen(&[notes("cooling.md", text)]);
    assert_eq!(
        back(&d, "Cooling: The faster a kiln cools, [...]."),
        "The more the glaze crazes"
    );
    assert_eq!(
        back(&d, "Kilns — Cooling: The longer the soak at peak, [...]."),
        "The smoother the glaze surface"
    );
}

#[test]
fn what_someone_is_made_to_do_is_asked_as_a_deed_not_a_reason() {
    let text = "# Kilns\n\n## Apprentices\n\n- Apprentices are forced to sweep the kiln shed every night.\n- The old guild kiln is doomed to crack in the next firing.\n";
    let d = gen(&[notes("apprentices.md", text)]);
    assert_eq!(
        back(&d, "Kilns: what are apprentices forced to do?"),
        "Sweep the kiln shed every night"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("why")),
        "{:#?}",
        fronts(&d)
    );
}
