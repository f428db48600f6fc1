//! Notes set in boxes, asides and answer lists: callouts and quotes that
//! hold notes, lists indented as far as code, practice questions with
//! their answers further on, people and the asides on a definition's
//! subject, answers said twice, and coursework.

use super::*;

#[test]
fn a_quote_that_holds_notes_is_read_as_a_section_of_its_own() {
    let text = "# Glazes\n\n## Faults\n\n> [!info] Glaze faults\n> - **Crazing**: a net of fine cracks where the glaze shrinks more than the clay body\n> - **Crawling**: glaze pulling back into beads, leaving bare clay\n\nShivering is the reverse of crazing: the glaze flakes off at the rims.\n\n> > #### Kilns\n>\n> 1. **Anagama**: a single sloping chamber dug into a hillside and fired with wood\n> 2. **Noborigama**: a climbing kiln of several chambers stepped up a slope\n";
    let d = gen(&[notes("glazes.md", text)]);
    // the callout's title is the section of its items
    assert_eq!(
        back(&d, "Glaze faults: what is meant by “Crawling”?"),
        "Glaze pulling back into beads, leaving bare clay",
        "{:#?}",
        fronts(&d)
    );
    // the quote ends its section: the paragraph after it is the heading's
    assert_eq!(
        back(&d, "Glazes — Faults: what is shivering?"),
        "The reverse of crazing: the glaze flakes off at the rims"
    );
    // a heading inside a quote heads the quote's list
    assert_eq!(
        back(&d, "Glazes — Kilns: what is meant by “Noborigama”?"),
        "A climbing kiln of several chambers stepped up a slope"
    );
}

#[test]
fn a_title_quoted_over_a_paragraph_heads_it() {
    let text = "# Firing\n\n> > Low firing\n> **Raku**, developed by Chojiro in Kyoto, is a low-firing technique that takes pots from the kiln glowing hot.\n";
    let d = gen(&[notes("raku.md", text)]);
    assert_eq!(
        back(&d, "Firing: what is raku?"),
        "A low-firing technique that takes pots from the kiln glowing hot",
        "{:#?}",
        fronts(&d)
    );
    // the aside on the subject is a statement of its own
    let c = card(&d, "Low firing: who developed raku?");
    assert_eq!(c.back.as_deref(), Some("Chojiro"));
    assert_eq!(
        c.explanation.as_deref(),
        Some("Raku was developed by Chojiro in Kyoto.")
    );
}

#[test]
fn an_aside_that_names_nothing_gives_no_card() {
    let text = "# Firing\n\nGlaze ware, discussed in earlier lessons, is a pot fired a second time with a coat of glaze.\n\n**Once-firing**, covered last week, is regarded as a risky shortcut.\n";
    let d = gen(&[notes("ware.md", text)]);
    assert_eq!(
        fronts(&d),
        [
            "Firing: what is glaze ware?",
            "What is Once-firing regarded as?"
        ],
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "What is Once-firing regarded as?"),
        "A risky shortcut"
    );
}

#[test]
fn a_list_indented_as_far_as_code_is_read_as_a_list() {
    let text = "# Firing\n\nWood kilns need a crew.\n\n\t* Anagama firing\n\n\t    * Lasts five days and nights of stoking\n\n\t* Raku firing\n\n\t    * Takes under an hour a load\n";
    let (d, report) = generate_with_report(&[notes("firing.md", text)], None).unwrap();
    let c = card(&d, "Raku firing: what does it take?");
    assert_eq!(c.back.as_deref(), Some("Under an hour a load"));
    assert_eq!(
        c.source.as_deref(),
        Some("firing.md › Raku firing › line 11")
    );
    assert!(
        d.cards
            .iter()
            .all(|c| !c.back.as_deref().unwrap_or_default().contains('*')),
        "{:#?}",
        fronts(&d)
    );
    assert!(lines_and_reasons(&report).is_empty());
}

#[test]
fn an_outline_indented_as_far_as_code_keeps_its_answers_under_the_questions() {
    let text = "# Kilns\n\n### Lecture 1: Kinds\n    - What is a kiln?\n        A furnace that fires clay into ceramic.\n    - What is a downdraft kiln?\n        A kiln whose flames rise to the arch and are pulled down through the ware to a flue.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Lecture 1: Kinds — what is a kiln?"),
        "A furnace that fires clay into ceramic",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Lecture 1: Kinds — what is a downdraft kiln?"),
        "A kiln whose flames rise to the arch and are pulled down through the ware to a flue"
    );
}

#[test]
fn an_answer_revealed_on_the_line_of_its_summary_loses_the_label() {
    let text = "# Kilns\n\n__What does a cone measure?__\n\n<details><summary>Answer</summary>heat work, the heat and the time together.</details>\n";
    let d = gen(&[notes("cones.md", text)]);
    assert_eq!(
        back(&d, "Kilns: what does a cone measure?"),
        "Heat work, the heat and the time together.",
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_term_set_apart_then_a_full_stop_is_defined_by_what_follows() {
    let text = "# Kilns\n\n`saggar`. a closed box that shields pots from flame and ash.\n\n__glaze runs off the pot__. watch the cone.\n";
    let d = gen(&[notes("saggar.md", text)]);
    assert_eq!(
        back(&d, "Kilns: what is meant by “saggar”?"),
        "A closed box that shields pots from flame and ash",
        "{:#?}",
        fronts(&d)
    );
    // a statement in bold is no term
    assert!(
        fronts(&d).iter().all(|f| !f.contains("glaze runs off")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn practice_questions_are_answered_by_the_answers_below_them() {
    let text = "# Firing\n\n## Practice questions\n\n1. Why does a bisque firing come first?\n2. What cone is a mid-fire glaze fired to?\n\n> [!question]- Answers\n> 1. It hardens the pot so it can be glazed without falling apart\n> 2. Cone 6\n\nCones bend when the heat has done its work.\n";
    let d = gen(&[notes("practice.md", text)]);
    let c = card(&d, "Why does a bisque firing come first?");
    assert_eq!(
        c.back.as_deref(),
        Some("It hardens the pot so it can be glazed without falling apart")
    );
    assert_eq!(
        c.source.as_deref(),
        Some("practice.md › Practice questions › line 5")
    );
    assert_eq!(
        back(&d, "What cone is a mid-fire glaze fired to?"),
        "Cone 6"
    );
    // the answers make no cards of their own
    assert!(fronts(&d).iter().all(|f| !f.contains("Cone 6")));
    assert_eq!(d.cards.len(), 3, "{:#?}", fronts(&d));
}

#[test]
fn people_are_asked_who_they_were_or_what_they_are_known_for() {
    let text = "# Potters\n\n## People\n\n- **Bernard Leach**: Often called the father of British studio pottery, Leach was an English potter who set up a workshop in St Ives, bringing the methods he had learned in Japan to a small team of apprentices and students.\n- **Shoji Hamada**: A Japanese potter who worked with Leach in St Ives for three years, which gave the two of them a friendship that shaped studio pottery in both countries.\n- **Lucie Rie**: Known for her thin stoneware bowls with sgraffito lines, Rie's work showed that a modern shape could be made on the wheel.\n\n**Bisque** is regarded as the first of the two firings.\n";
    let d = gen(&[notes("potters.md", text)]);
    // a meaning too long to ask whole is cut before its last aside
    assert_eq!(
        back(&d, "People: who was Bernard Leach?"),
        "Often called the father of British studio pottery, Leach was an English potter who set up a workshop in St Ives",
        "{:#?}",
        fronts(&d)
    );
    assert!(back(&d, "People: who was Shoji Hamada?").starts_with("A Japanese potter who"));
    assert!(back(&d, "Potters — People: what is Lucie Rie known for?")
        .starts_with("Known for her thin"));
    // a bold term taken "as" something, and a sentence with "two" that
    // leads no list
    assert_eq!(
        back(&d, "Potters — People: what is bisque regarded as?"),
        "The first of the two firings"
    );
}

#[test]
fn a_question_asked_again_in_other_words_gives_one_card() {
    let text = "# Kilns\n\n## Cooling\n\nThe cooling curve shows the heat a kiln loses over the hours after firing.\n\n## FAQs\n\n### What does the cooling curve show?\n\nThe cooling curve shows the heat a kiln loses in the hours after a firing.\n";
    let d = gen(&[notes("faq.md", text)]);
    assert_eq!(
        fronts(&d),
        ["Kilns: what does the cooling curve show?"],
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn an_html_table_is_read_like_a_markdown_one() {
    let text = "# Glazes\n\n<table class=\"t\">\n  <thead>\n    <tr><th>Glaze</th><th>Cone</th></tr>\n  </thead>\n  <tr>\n    <td>\n\nShino\n    </td>\n    <td>10</td>\n  </tr>\n  <tr><td>Raku</td><td>06</td></tr>\n</table>\n\nCeladon glazes were first fired in Yue kilns in 200 BCE.\n";
    let d = gen(&[notes("glazes.md", text)]);
    assert_eq!(
        back(&d, "Shino glaze: what is the cone?"),
        "10",
        "{:#?}",
        fronts(&d)
    );
    let c = card(&d, "Raku glaze: what is the cone?");
    assert_eq!(c.back.as_deref(), Some("06"));
    // every line after the table keeps its number
    let after = card(&d, "Celadon glazes were first fired in Yue kilns in [...].");
    assert_eq!(after.source.as_deref(), Some("glazes.md › line 17"));
}

#[test]
fn a_law_quoted_with_its_formula_is_read_under_its_heading() {
    let text = "# Kilns\n\n## Cone law\n> The heat a cone needs to bend is proportional to the time the kiln holds it hot.\n> $$h = k \\cdot t$$\n";
    let d = gen(&[notes("law.md", text)]);
    assert_eq!(
        back(&d, "Kilns: what does the Cone law state?"),
        "The heat a cone needs to bend is proportional to the time the kiln holds it hot",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Kilns — Cone law: what is the formula for h?"),
        "h = k · t"
    );
}

#[test]
fn a_tab_outline_is_read_as_a_list_and_its_formulas_as_formulas() {
    let text = "# Kilns\n\n## Heat\nheat into a kiln\n\t$Q = mc\\Delta T$ for a load of specific heat c\n\t$\\Delta PE = -\\sum W$\ncooling\n\tslow cooling grows crystals in the glaze\n";
    let d = gen(&[notes("heat.md", text)]);
    assert_eq!(
        back(&d, "heat into a kiln: what is the formula for Q?"),
        "Q = mcΔT for a load of specific heat c",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "heat into a kiln: what is the formula for Δ PE?"),
        "Δ PE = -ΣW"
    );
    // no card lists the symbols as if they were names
    let all = format!("{:?}", d.cards);
    assert!(!all.contains("Q; Δ PE"), "{all}");
}

#[test]
fn what_the_student_is_told_to_do_for_the_course_is_no_card() {
    let text = "# Glazes\n\nRead section 4 of the Potters Handbook and answer the questions below.\n\nCeladon glazes were first fired in Yue kilns in 200 BCE.\n\nEmail your answers to the guild tutor by Saturday, October 2.\n";
    let d = gen(&[notes("glazes.md", text)]);
    assert_eq!(
        fronts(&d),
        ["Celadon glazes were first fired in Yue kilns in [...]."],
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_true_or_false_statement_is_taught_as_no_meaning() {
    let text = "# Kilns\n\n## Quiz\n\n- True or False: A raku kiln fires to cone 10.\n- Cone 10: the top of the stoneware range\n";
    let d = gen(&[notes("quiz.md", text)]);
    assert_eq!(
        fronts(&d),
        ["Kilns: what is meant by “Cone 10”?"],
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_courses_admin_section_gives_no_card() {
    let text = "# Kilns\n\n## Admin\n\n- Second glaze quiz on Friday, September 13th\n- Studio open late next Wednesday, September 18th\n\n## Firing\n\nBisque ware is fired to cone 04 in 1926 kilns.\n";
    let (d, report) = generate_with_report(&[notes("admin.md", text)], None).unwrap();
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Admin")),
        "{:#?}",
        fronts(&d)
    );
    assert!(!d.cards.is_empty());
    assert_eq!(
        lines_and_reasons(&report),
        [(5, "the course's admin, not a fact to learn")]
    );
}

const ADMONITIONS: &str = "# Clay\n\n## Drying\n\n!!! warning \"Important Point\"\n    A pot must dry **slowly** before its bisque firing.\n\n!!! note \"Leather Hard\"\n    - **Feel**: firm but still damp\n    - **Use**: the stage for trimming and handles\n\nBone dry clay is the driest stage before firing.\n\n??? tip\n    A damp box keeps pots leather hard for a week.\n";

#[test]
fn mkdocs_admonitions_are_read_as_the_notes_they_hold() {
    let d = gen(&[notes("clay.md", ADMONITIONS)]);
    let all: Vec<String> = d
        .cards
        .iter()
        .map(|c| format!("{} {}", c.front, c.back.as_deref().unwrap_or("")))
        .collect();
    // no box markup leaks into a card
    assert!(
        all.iter()
            .all(|c| !c.contains("!!!") && !c.contains("???") && !c.contains("Important Point")),
        "{all:#?}"
    );
    // a titled box is a section of its own, closed where the box ends
    assert_eq!(
        back(&d, "Clay — Leather Hard: what is meant by “Feel”?"),
        "Firm but still damp",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Clay — Drying: how must a pot dry?"),
        "Slowly before its bisque firing"
    );
    assert!(
        all.iter()
            .any(|c| c.starts_with("Clay — Drying") && c.contains("the driest stage")),
        "{all:#?}"
    );
    // an untitled box's text is the section's own
    assert!(all.iter().any(|c| c.contains("for a week")), "{all:#?}");
}

const DIRECTIVE: &str = "# Glazes\n\n## Mixing\n\n```{note}\nA glaze is a thin coat of glass fused to a pot.\n```\n\n```{tip} Sieving\n- Sieve every glaze twice before use\n```\n\n```python\nnote = \"kept as code\"\n```\n";

#[test]
fn a_myst_directive_box_is_read_as_notes() {
    let d = gen(&[notes("directive.md", DIRECTIVE)]);
    assert_eq!(
        back(&d, "Mixing: what is a glaze?"),
        "A thin coat of glass fused to a pot"
    );
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("{note}") && !f.contains("kept as code")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_margin_box_is_read_as_notes_not_code() {
    let text = "# Kilns\n\n## Firing\n\nA firing turns clay into ware.\n\n```{margin}\nBisque\n: The first, low firing that hardens raw clay.\n```\n\n```{sidebar} Cones\nA cone bends when the kiln reaches its heat.\n```\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Firing: what is meant by “Bisque”?"),
        "The first, low firing that hardens raw clay"
    );
    assert!(
        d.cards.iter().any(|c| c.front.contains("cone")),
        "{:#?}",
        fronts(&d)
    );
}
