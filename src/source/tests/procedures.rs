//! Procedures and how things are worked out: numbered steps with bold
//! labels, a quantity found by a method, the unit a quantity is given in,
//! worked questions answered on their own line.

use super::*;

const GLAZING: &str = "# Glazing\n\n## Mixing a Glaze\n\nMixing a glaze usually takes these steps, whatever the dry materials, the water, the slop or its thickness:\n\n1. **Weigh the Dry Materials:** Use a scale to weigh each material of the recipe.\n\n2. **Add Them to Water:** Sprinkle the powder onto the water and let it slake.\n\n3. **Sieve the Slop:** Pass the slop through an 80-mesh sieve twice.\n\n4. **Check the Thickness:** If the glaze runs off a finger too fast, let it settle and pour off water.\n";

#[test]
fn labelled_steps_are_asked_in_order_and_one_by_one() {
    let d = gen(&[notes("glazing.md", GLAZING)]);
    assert_eq!(
        back(
            &d,
            "Glazing — Mixing a Glaze: what are the 4 steps, in order?"
        ),
        "Weigh the dry materials; Add them to water; Sieve the slop; Check the thickness",
        "{:#?}",
        fronts(&d)
    );
    let third = card(&d, "Glazing — Mixing a Glaze: what is step 3?");
    assert_eq!(third.back.as_deref(), Some("Sieve the slop"));
    assert_eq!(
        third.explanation.as_deref(),
        Some("Pass the slop through an 80-mesh sieve twice.")
    );
    // the label is no thing that does something
    assert!(
        fronts(&d).iter().all(|f| !f.contains("what does Weigh")),
        "{:#?}",
        fronts(&d)
    );
    // the rule in a step's text is still asked
    assert!(
        fronts(&d).iter().any(|f| f.contains("step 4")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn labels_that_name_things_are_no_steps() {
    let text = "# Glazing\n\n## Kilns\n\n1. **Electric Kilns:** Heated by coils, easy to control.\n\n2. **Gas Kilns:** Fired with a burner, good for reduction.\n\n3. **Wood Kilns:** Fired for days, leaving ash on the pots.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("step")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_quantity_found_by_a_method_and_its_unit_are_asked() {
    let text = "# Firing\n\nThe firing range of a glaze is the span of cones over which it matures. It is found by subtracting the lowest cone from the highest. The unit for heat work is the pyrometric cone.\n";
    let d = gen(&[notes("range.md", text)]);
    assert_eq!(
        back(&d, "How is the firing range of a glaze found?"),
        "By subtracting the lowest cone from the highest",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "What is the firing range of a glaze?"),
        "The span of cones over which it matures"
    );
    assert_eq!(
        back(&d, "Firing: what is the unit for heat work?"),
        "The pyrometric cone"
    );
}

#[test]
fn an_item_that_asks_and_answers_itself_is_one_card() {
    let text = "# Glazing\n\n## Batches\n\n- A batch is weighed dry\n- How much water does 1 kg of glaze need? About 800 ml\n- The kiln holds 40 bowls. If 12 crack, how many are left? 28 bowls\n";
    let d = gen(&[notes("batches.md", text)]);
    assert_eq!(
        back(
            &d,
            "Glazing — Batches: how much water does 1 kg of glaze need?"
        ),
        "About 800 ml",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(
            &d,
            "Glazing — Batches: The kiln holds 40 bowls. If 12 crack, how many are left?"
        ),
        "28 bowls"
    );
    // no list card recites the questions with their answers
    assert!(
        d.cards
            .iter()
            .all(|c| !c.back.as_deref().unwrap_or("").contains("800 ml;")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_line_broken_on_purpose_ends_its_sentence_and_worked_examples_stay_out() {
    let text = "# Kiln Statistics\n\n## Averages\n\n### Median\nSort the firings by length and pick the middle one  \nMedian of 10, 12, 14 = 12\n\n### Mode\nThe firing length seen most often  \nMode of 8, 8, 9 = 8  \nMode of 7, 8, 9 = none\n";
    let d = gen(&[notes("stats.md", text)]);
    assert_eq!(
        back(&d, "Kiln Statistics — Averages: what is meant by “Median”?"),
        "Sort the firings by length and pick the middle one",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Kiln Statistics — Averages: what is meant by “Mode”?"),
        "The firing length seen most often"
    );
}

#[test]
fn steps_numbered_on_from_before_keep_their_numbers() {
    let text = "# Glazing\n\n## Finishing a Glaze\n\nAfter the slop has slaked:\n\n4. **Sieve the Slop:** Pass it through an 80-mesh sieve.\n5. **Check the Thickness:** Dip a finger and look at the coat.\n6. **Label the Bucket:** Write the recipe and the date on it.\n";
    let d = gen(&[notes("finish.md", text)]);
    let fifth = card(
        &d,
        "Glazing — Finishing a Glaze — After the slop has slaked: what is step 5?",
    );
    assert_eq!(
        fifth.back.as_deref(),
        Some("Check the Thickness"),
        "{:#?}",
        fronts(&d)
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("step 1?")),
        "{:#?}",
        fronts(&d)
    );
}

const BALANCING: &str = "# Glazes\n\n## Adjusting a glaze\n\nOne way to correct a glaze that crazes.\n\n1. Write down the recipe as it is\n2. Add silica in small steps\n3. Fire a test tile [compare it with the last tile under a lens]\n4. Keep the tile that shows no cracks\n\n## Practices\n\n1. **Label Every Bucket**:\n   - Write the recipe and the date.\n2. **Sieve Old Glaze**:\n   - Lumps spoil the surface.\n3. **Stir Before Use**:\n   - Heavy materials settle.\n";

#[test]
fn numbered_instructions_are_steps_without_labels() {
    let d = gen(&[notes("balancing.md", BALANCING)]);
    assert_eq!(
        back(
            &d,
            "Adjusting a glaze: what are the 4 steps, in order?"
        ),
        "Write down the recipe as it is; Add silica in small steps; Fire a test tile; Keep the tile that shows no cracks",
        "{:#?}",
        fronts(&d)
    );
    let third = card(&d, "Adjusting a glaze: what is step 3?");
    assert_eq!(third.back.as_deref(), Some("Fire a test tile"));
    assert_eq!(
        third.explanation.as_deref(),
        Some("Compare it with the last tile under a lens")
    );
    // right under a heading, the heading names the steps
    let d2 = gen(&[notes(
        "under.md",
        "# Glazes\n\n## Waxing a foot\n\n1. Heat the wax\n2. Apply the wax to the foot\n3. Remove the drips\n",
    )]);
    assert_eq!(
        back(&d2, "Glazes — Waxing a foot: what is step 2?"),
        "Apply the wax to the foot"
    );
    // bold practices with their points under them are no steps
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("Practices: what is step")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_method_of_named_stages_and_plain_steps_is_steps_not_terms() {
    let text = "# Clay\n\n## Preparing clay\n\n1. Slaking - mix the dry clay with water\n2. Sieve the slip through a fine mesh\n3. Drying - heat the slip on plaster until firm\n4. Wedging - remove the air\n";
    let d = gen(&[notes("clay.md", text)]);
    assert_eq!(
        back(&d, "Preparing clay: what are the 4 steps, in order?"),
        "Slaking; Sieve the slip through a fine mesh; Drying; Wedging"
    );
    assert!(
        !fronts(&d).iter().any(|f| f.contains("what is meant by")),
        "{:#?}",
        fronts(&d)
    );
}
