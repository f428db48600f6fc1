//! Study aids: a mnemonic spelt by bold first letters, the set-up table
//! of one trial, signposts that lead on to the next section, and the
//! page numbers of reading notes.

use super::*;

const AIDS: &str = "# Glazing\n\n## Mnemonic\n\nRemember **\"DAWS\"** for glazing a pot:\n\n- **D**ust the bisque\n- **A**pply wax to the foot\n- **W**et the surface lightly\n- **S**tir the glaze well\n\n## Test Tile 4\n\n| Element | Description |\n|---|---|\n| **Clay** | Buff stoneware |\n| **Glaze** | Celadon |\n| **Cone** | 10 in reduction |\n\n> **Next →** Let's now compare celadon with tenmoku to see how they differ.\n";

#[test]
fn a_mnemonic_a_trial_s_set_up_and_a_signpost() {
    let d = gen(&[notes("glazing.md", AIDS)]);
    assert_eq!(
        back(&d, "Glazing: what does the mnemonic “DAWS” stand for?"),
        "Dust the bisque; Apply wax to the foot; Wet the surface lightly; Stir the glaze well",
        "{:#?}",
        fronts(&d)
    );
    // the word alone is no card
    assert!(
        d.cards.iter().all(|c| c.back.as_deref() != Some("DAWS")),
        "{:#?}",
        fronts(&d)
    );
    // each row of the set-up is a field of the one tile
    assert_eq!(
        back(&d, "Glazing — Test Tile 4: what is the glaze?"),
        "Celadon"
    );
    assert_eq!(
        back(&d, "Glazing — Test Tile 4: what is the cone?"),
        "10 in reduction"
    );
    // "Let's compare …" leads on and states nothing
    assert!(
        fronts(&d).iter().all(|f| !f.contains("compare")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn the_pages_reading_notes_cite_are_no_part_of_their_facts() {
    let text = "# The Potter's Year\n\n## Chapter 3\n\n- The guild kiln fired 40 times in 1921 (52)\n- Wood firing is slower than gas firing (53)\n- Salt glaze was banned in the town in 1930 (55)\n";
    let d = gen(&[notes("year.md", text)]);
    assert!(!d.cards.is_empty());
    for c in &d.cards {
        let all = format!("{} {}", c.front, c.back.as_deref().unwrap_or(""));
        assert!(
            !all.contains("(52)") && !all.contains("(53)") && !all.contains("(55)"),
            "{all}"
        );
    }
    // a year in brackets is a fact, kept
    let text = "# Kilns\n\n## Dates\n\n- The guild kiln was built in stone (1921)\n- The salt kiln was closed by the town (1930)\n- The gas kiln was bought by the guild (1952)\n";
    let years = gen(&[notes("dates.md", text)]);
    assert!(
        years
            .cards
            .iter()
            .any(|c| format!("{} {:?}", c.front, c.back).contains("1930")),
        "{:#?}",
        fronts(&years)
    );
    assert_eq!(
        back(
            &d,
            "Potter's Year — Chapter 3: which is slower, gas firing or wood firing?"
        ),
        "Wood firing",
        "{:#?}",
        fronts(&d)
    );
}

const SAYINGS: &str = "# Pottery\n\n## Sayings\n\n**Bernard Leach:** \"A pot in a kiln is a prayer in a fire.\"\n\nMore about kilns follows.\n\n## Voices\n\n- Hamada: \"The kiln finishes what the hand begins\"\n- Glaze: \"a thin coat of glass\"\n";

#[test]
fn a_quotation_after_a_name_asks_who_said_it() {
    let d = gen(&[notes("sayings.md", SAYINGS)]);
    assert_eq!(
        back(
            &d,
            "Sayings: who said “A pot in a kiln is a prayer in a fire”?"
        ),
        "Bernard Leach",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(
            &d,
            "Voices: who said “The kiln finishes what the hand begins”?"
        ),
        "Hamada"
    );
    // the quote is no statement of facts, and a gloss in quotes is no saying
    for f in fronts(&d) {
        assert!(!f.contains("what is a pot"), "{f}");
    }
    assert_eq!(
        back(&d, "Pottery — Voices: what is meant by “Glaze”?"),
        "A thin coat of glass"
    );
}

#[test]
fn fields_in_brackets_after_a_name_are_each_asked() {
    let text = "# Kilns\n\n## Firing times\n\n* Gas Kiln (Bisque: 8 hours, Glaze: 12 hours)\n* Electric Kiln (Bisque: 8 hours, Glaze: 8 hours)\n* Raku Kiln: (Bisque: -, Glaze: 1 hour)\n";
    let d = gen(&[notes("times.md", text)]);
    assert_eq!(
        back(
            &d,
            "Gas Kiln (Firing times): what is the glaze of Gas Kiln?"
        ),
        "12 hours",
        "{:#?}",
        fronts(&d)
    );
    // two fields of one value are asked together, and the same answer
    // under another name is still asked
    assert_eq!(
        back(
            &d,
            "Electric Kiln (Firing times): what are the bisque and glaze of Electric Kiln?"
        ),
        "8 hours"
    );
    assert_eq!(
        back(
            &d,
            "Gas Kiln (Firing times): what is the bisque of Gas Kiln?"
        ),
        "8 hours"
    );
    // "-" gives nothing to ask
    assert_eq!(
        back(
            &d,
            "Raku Kiln (Firing times): what is the glaze of Raku Kiln?"
        ),
        "1 hour"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("bisque of Raku")),
        "{:#?}",
        fronts(&d)
    );
}

const OBJECTIVE: &str = "> the guild kilns of the north, 1650-1700\n\n# Guild kilns\n> Describe the firing, stacking and cooling of a guild kiln\n\nA guild kiln is fired for three days.\n\n> Most cracks happen during cooling, not during firing.\n";

#[test]
fn a_learning_objective_or_a_title_in_a_quote_is_no_key_point() {
    let d = gen(&[notes("guild.md", OBJECTIVE)]);
    for c in &d.cards {
        let b = c.back.as_deref().unwrap_or_default();
        assert!(!b.starts_with("Describe") && !b.contains("1650"), "{c:?}");
    }
    // a statement set in a quote is still one
    assert_eq!(
        back(&d, "Guild kilns: what is the key point?"),
        "Most cracks happen during cooling, not during firing."
    );
}

#[test]
fn the_course_admin_and_an_email_address_give_no_card() {
    let text = "# Kiln Science 101\n\nTutor email: potter@guild.org\n\n### Grading\n- Midterm 30% (March 6)\n- Exam 70%\n\n### Firing\n\n- Bisque: the first firing, which hardens the clay\n";
    let d = gen(&[notes("course.md", text)]);
    let fronts = fronts(&d);
    assert!(
        fronts
            .iter()
            .all(|f| !f.contains("email") && !f.contains("Grading")),
        "{fronts:?}"
    );
    assert!(!fronts.is_empty());
}

#[test]
fn every_source_under_references_or_credits_is_left_out() {
    let text = "# Glazes\n\n- Frit: glass ground to powder\n\nReferences\n----------\n\nLeach, B. (1940). A potter's book. London: Faber.\n\nRhodes, D. (1957). Clay and glazes for the potter. *Ceramics Monthly, 12*, 30--44.\n\n## Image credits\n\n- Figure 1: a kiln, by the guild\n- Figure 2: a glaze test\n\n## Key Sources and Further Reading\n\n### Academic Sources\n\nCardew, M. (1969). Pioneer pottery. London: Longman.\n";
    let (d, report) = generate_with_report(&[notes("glazes.md", text)], None).unwrap();
    assert!(!d.cards.is_empty());
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("References") && !f.contains("credits")),
        "{:#?}",
        fronts(&d)
    );
    let reading =
        |line| lines_and_reasons(&report).contains(&(line, "a reading list, not a fact to learn"));
    assert!(
        reading(8) && reading(10) && reading(14) && reading(21),
        "{report:?}"
    );
}
