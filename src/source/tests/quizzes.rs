//! Practice questions as notes write them: a question that ends in a
//! colon over lettered options answered by a key further on, and options
//! with the right one set in bold.

use super::*;

const KEYED: &str = "# Pottery\n\n## **Practice MCQs**\n\n1.  **A clay body fired once before glazing is called:**\n    a) Greenware\n    b) Bisqueware\n    c) Slip\n\n2.  **Which cone is the usual mid-fire temperature?**\n    a) Cone 04\n    b) Cone 6\n    c) Cone 10\n\n## **Answer Key with Explanations**\n\n1.  **b) Bisqueware:** The first firing leaves the ware porous.\n2.  **b) Cone 6:** Most studio glazes mature there.\n\n## Price classes\n\n1. **Class All**:\n   - Includes all regions\n   - Best speed\n2. **Class 100**:\n   - Only the cheapest regions\n   - Lowest cost\n";

const BOLD: &str = "# Glazes\n\n## Quiz\n\n1. Which glaze gives a green colour in reduction?\n\n    - a) Tenmoku\n    - b) **Celadon**\n    - c) Shino\n\n    **Explanation:** Iron in reduction turns celadon green.\n\n2. A glaze that runs too much is called:\n\n    - a) **Runny, or overfluxed.**\n    - b) Matte\n";

#[test]
fn a_question_ending_in_a_colon_is_answered_by_the_key() {
    let d = gen(&[notes("mcq.md", KEYED)]);
    let (options, answer) = choice_of(&d, "A clay body fired once before glazing is called:");
    assert_eq!(options[answer], "Bisqueware");
    let (options, answer) = choice_of(&d, "Which cone is the usual mid-fire temperature?");
    assert_eq!(options[answer], "Cone 6");
    // bold labels over their points are no questions
    assert!(
        fronts(&d).iter().any(|f| f.contains("Class 100")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn the_option_set_in_bold_is_the_right_one() {
    let d = gen(&[notes("quiz.md", BOLD)]);
    let (options, answer) = choice_of(&d, "Which glaze gives a green colour in reduction?");
    assert_eq!(options, ["Tenmoku", "Celadon", "Shino"]);
    assert_eq!(answer, 1);
    let card = d
        .cards
        .iter()
        .find(|c| c.front.contains("green colour"))
        .unwrap();
    assert_eq!(
        card.explanation.as_deref(),
        Some("Iron in reduction turns celadon green.")
    );
    let (options, answer) = choice_of(&d, "A glaze that runs too much is called:");
    assert_eq!(options[answer], "Runny, or overfluxed.");
}

#[test]
fn a_question_item_over_its_one_answer_is_asked_as_written() {
    let text = "# Kilns\n\n- Why was Stoke the first town to fire with coal?\n  - Stoke was the first town to fire with coal because the seams ran under its yards.\n- What was the bottle kiln built of?\n   - Brick, bound with iron hoops.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns: why was Stoke the first town to fire with coal?"),
        "Stoke was the first town to fire with coal because the seams ran under its yards."
    );
    assert_eq!(
        back(&d, "What was the bottle kiln built of?"),
        "Brick, bound with iron hoops."
    );
}

const PROMPTS: &str = "# Glazes\n\n## Review\n\n### R1\n**Question:** \"Why does a celadon turn green?\"\n**Looking for:** Iron in the glaze, reduced in a starved flame.\n\n### R2\n**Question:** \"Which cone do stoneware glazes need?\"\n\n### R3\n**Question:** What does a kiln sitter do?\n**Model answer:** It switches the kiln off when a small cone bends.\n\n## Quiz\n\n**Q1: Which oxide gives a blue glaze?**\nA) Iron\nB) Cobalt *[CORRECT]\nC) Copper\n**Explanation:** A little cobalt colours a whole batch.\n";

#[test]
fn a_prompt_answered_by_what_the_marker_looks_for_and_one_left_open() {
    let (d, report) = generate_with_report(&[notes("review.md", PROMPTS)], None).unwrap();
    assert_eq!(
        back(&d, "Why does a celadon turn green?"),
        "Iron in the glaze, reduced in a starved flame."
    );
    assert_eq!(
        back(&d, "What does a kiln sitter do?"),
        "It switches the kiln off when a small cone bends."
    );
    // "Question:" with nothing after it is left out, not an error
    assert!(
        lines_and_reasons(&report).contains(&(10, "a question with no answer")),
        "{:?}",
        lines_and_reasons(&report)
    );
    let (options, answer) = choice_of(&d, "Which oxide gives a blue glaze?");
    assert_eq!(options[answer], "Cobalt");
}
