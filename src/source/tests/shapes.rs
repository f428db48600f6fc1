//! Shapes of notes written quickly: properties listed under what they
//! describe, a title that is only the date of a lecture, "Notes on:"
//! titles, headings typed without a space inside a list, a table under
//! a list item and definitions wrapped at the margin.

use super::*;

const PROPERTIES: &str = "# Clay bodies\n\n## Stoneware\n\n- Weakly porous\n- Positively charged\n- Part of the high-fire family\n- Does not change the colour of the glaze\n- Can only be fired by a licensed kiln\n";

#[test]
fn properties_under_a_heading_are_asked_of_it() {
    let d = gen(&[notes("clays.md", PROPERTIES)]);
    let asked = |q: &str| back(&d, &format!("Clay bodies — Stoneware: {q}")).to_string();
    assert_eq!(asked("how porous is it?"), "Weakly porous");
    assert_eq!(asked("how is it charged?"), "Positively charged");
    assert_eq!(asked("what is it part of?"), "The high-fire family");
    assert_eq!(asked("what does it not change?"), "The colour of the glaze");
    assert_eq!(asked("what can it only be fired by?"), "A licensed kiln");
}

#[test]
fn a_title_that_is_only_a_date_names_nothing() {
    let text = "# Lecture 4 - Oct 3, 2016\n\n## Kilns\n\n- **Bisque**: the first, low firing\n";
    let d = gen(&[notes("kiln-firing.md", text)]);
    assert_eq!(d.name, "kiln-firing");
    assert!(
        fronts(&d).iter().all(|f| !f.contains("2016")),
        "{:?}",
        fronts(&d)
    );
}

#[test]
fn a_notes_on_title_names_its_work_and_raw_notes_name_nothing() {
    let text = "Notes on: Leach's *Book of the Potter's Craft*\n=====\n\n## Raw notes ##\n\n- **Bisque**: the first, low firing\n";
    let d = gen(&[notes("leach.md", text)]);
    assert_eq!(
        back(&d, "Leach: what is meant by “Bisque”?"),
        "The first, low firing"
    );
}

const OUTLINE: &str = "1. ###Kilns\n\n    1. ####Fuels\n\n        1. Wood kilns leave ash on the pots\n    2. ####Heats\n\n        1. Clays fire at different heats:\n\n            | Clay | Cone |\n            |---|---|\n            | Earthenware | 04 |\n            | Stoneware | 10 |\n2. ###Glazes\n\n    1. Celadon glazes turn green in reduction\n";

#[test]
fn headings_typed_in_a_list_are_labels_and_its_tables_are_read() {
    let d = gen(&[notes("pottery.md", OUTLINE)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains('#')),
        "{:?}",
        fronts(&d)
    );
    assert_eq!(back(&d, "Earthenware clay: what is the cone?"), "04");
    assert_eq!(back(&d, "Stoneware clay: what is the cone?"), "10");
}

#[test]
fn a_definition_wrapped_at_the_margin_is_read_whole() {
    let text = "# Clay\n\n**Slip**\n: Clay thinned with water until it\npours like cream.\n\n**Grog**\n: Fired clay, ground fine.\n";
    let d = gen(&[notes("clay.md", text)]);
    assert_eq!(
        back(&d, "Clay: what is meant by “Slip”?"),
        "Clay thinned with water until it pours like cream."
    );
}

#[test]
fn a_name_with_an_aside_is_defined_by_the_phrase_under_it() {
    let text = "# Clay\n\n* Firings:\n    * Bisque firings\n        * firings that harden the clay before glazing\n    * Reduction (a *way* we starve the kiln)\n        * a firing whose flame is kept short of oxygen\n";
    let d = gen(&[notes("clay.md", text)]);
    assert_eq!(
        back(&d, "Clay — Firings — Reduction: what is it?"),
        "A firing whose flame is kept short of oxygen"
    );
}

#[test]
fn what_a_thing_is_and_has_is_asked_from_plain_items() {
    let text = "# Kilns\n\n## Parts\n\n1. The flue is the channel that carries smoke out of the kiln\n2. Gas kilns have thick walls of firebrick\n3. Electric kilns have no burners\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Parts: what is the flue?"),
        "The channel that carries smoke out of the kiln"
    );
    assert_eq!(
        back(&d, "Parts: what do gas kilns have?"),
        "Thick walls of firebrick"
    );
    assert_eq!(back(&d, "Parts: what do electric kilns lack?"), "Burners");
}

#[test]
fn what_someone_held_and_what_a_cause_makes_happen_are_asked() {
    let text = "# Potters\n\n## Views\n\nThe first kiln was built in 1650.\n\nLeach argued that a pot should show its making.\n\nWood ash causes the glaze to run down the pot.\n";
    let d = gen(&[notes("potters.md", text)]);
    assert_eq!(
        back(&d, "Potters — Views: what did Leach argue?"),
        "A pot should show its making"
    );
    assert_eq!(
        back(
            &d,
            "Potters — Views: what does wood ash cause the glaze to do?"
        ),
        "Run down the pot"
    );
}

#[test]
fn a_table_of_mirrored_rows_asks_each_row_once() {
    let text = "# Firing\n\n## Heat\n\n| Lower Heat | Higher Heat |\n|---|---|\n| __Fewer__ pots vitrify in a firing | __More__ pots vitrify in a firing |\n| __Slower__ rate of melting | __Faster__ rate of melting |\n";
    let d = gen(&[notes("firing.md", text)]);
    let asked: Vec<&str> = fronts(&d)
        .into_iter()
        .filter(|f| f.contains("which one"))
        .collect();
    assert_eq!(asked.len(), 2, "{asked:?}");
    assert!(
        asked
            .iter()
            .all(|f| f.contains("More") || f.contains("Faster")),
        "{asked:?}"
    );
}

#[test]
fn branches_drawn_with_a_bar_are_the_items_of_what_has_them() {
    let text = "# Kilns\n\n## Parts\n\nThe first kiln was built in 1650.\n\n- a firing has:\n\t\t|- a rise: the heat climbs\n\t\t|- a soak: the heat holds\n- the glaze method had\n\t\t|- dipping: the pot goes into the glaze\n\t\t|- pouring: the glaze runs over the pot\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(
            &d,
            "Kilns — Parts — a firing: what does a firing have (2 items)?"
        ),
        "A rise: the heat climbs; a soak: the heat holds"
    );
    assert_eq!(
        back(
            &d,
            "Kilns — Parts — the glaze method: what is meant by “dipping”?"
        ),
        "The pot goes into the glaze"
    );
}

#[test]
fn struck_out_text_is_no_part_of_the_notes() {
    let text = "# Kilns\n\n## Fuels\n\n- Wood\n- ~~Coal~~\n- Gas\n- Oil ~~and tar~~\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns: what are the fuels (3 items)?"),
        "Wood; Gas; Oil"
    );
}

#[test]
fn a_display_formula_under_an_item_is_asked() {
    let text = "# Gases\n\n## Ideal gas law\n\n- it joins the three laws above\n$$ pV = nRT $$\n- R is the gas constant\n";
    let d = gen(&[notes("gases.md", text)]);
    assert_eq!(
        back(&d, "Gases — Ideal gas law: what is the formula for pV?"),
        "pV = nRT"
    );
}

#[test]
fn a_lecture_dated_heading_names_no_section_and_no_term() {
    let text = "# Lecture 1 - 9/27\n\n> reminder: a kiln here means a gas kiln, not an electric one\n\n## Firing\n\n- Bisque: the first firing\n\n# Lecture 2 - 9/29\n\n- Celadon: a green glaze\n\n# February 1917\n\nA strike of kiln workers that closed the guild.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("9/2")),
        "{:?}",
        fronts(&d)
    );
    assert_eq!(back(&d, "What is meant by “Celadon”?"), "A green glaze");
}

#[test]
fn captions_counts_and_lead_ins_are_no_cards() {
    let text = "# Kilns\n\n## Cooling\n\n- **Image 1**: Phases of a slow cooling\n\nThe cooling rule states two things...\n\n1. Glazes craze if cooled too fast\n2. Clay dunts if cooled too fast\n\n## Tunnel kilns\n\n- runs without stopping for years\n- can stand in any yard with a flat floor\n";
    let d = gen(&[notes("kilns.md", text)]);
    let f = fronts(&d);
    assert!(f.iter().all(|f| !f.contains("Image 1")), "{f:?}");
    // the lead asks for the points it announces
    assert!(back(
        &d,
        "Kilns — Cooling: The cooling rule states two things: what are they?"
    )
    .contains("Glazes craze if cooled too fast"));
    assert!(
        d.cards
            .iter()
            .all(|c| c.back.as_deref() != Some("Two things")),
        "{f:?}"
    );
    assert!(f.iter().all(|f| !f.ends_with("what does it run?")), "{f:?}");
}

const CASE_STUDY: &str = "# Pottery towns\n\n## Case studies:\n\n### Stoke:\n#### Transport:\n- 29 miles of canal with 48 locks and 12 thousand boats a year\n- located 25 miles from the nearest airport\n\n#### Economy:\n- total yearly output worth £7 billion\n-suffered from the closing of the bottle kilns\n-each of the two colleges employs over 400 potters\n\n#### Waste:\n32% of broken ware is ground into grog\n67% is sent to the tip\n1% is burnt.\n";

#[test]
fn a_case_study_keeps_its_place_in_every_card() {
    let d = gen(&[notes("towns.md", CASE_STUDY)]);
    // "#### Transport:" is a name, and one facet of the town above it
    assert_eq!(
        back(
            &d,
            "Pottery towns — Stoke — Transport: where is it located?"
        ),
        "25 miles from the nearest airport"
    );
    // "-suffered …" typed without its space is one more bullet
    assert_eq!(
        back(
            &d,
            "Pottery towns — Stoke: what are the 3 key facts about economy?"
        ),
        "Total yearly output worth £7 billion; suffered from the closing of the bottle kilns; \
         each of the two colleges employs over 400 potters"
    );
    assert_eq!(
        back(
            &d,
            "Pottery towns — Stoke — Economy: what did it suffer from?"
        ),
        "The closing of the bottle kilns"
    );
    // figures one to a line are statements of their own
    assert_eq!(
        back(
            &d,
            "Pottery towns — Waste: [...] of broken ware is ground into grog."
        ),
        "32%"
    );
    for f in fronts(&d) {
        assert!(!f.contains("what does each of"), "{f}");
        assert!(!f.contains("67% is sent"), "{f}");
    }
}

const STUBS: &str = "# Kilns\n\n## Lecture 1: Clay bodies\n\nNothing to see here!\n\n## Lecture 2: Firing\n\nTBD\n\n## Lecture 3: Cones\n\nA cone is a slim pyramid of clay that bends at a set heat.\n";

#[test]
fn a_section_whose_notes_are_not_written_yet_gives_no_card() {
    let d = gen(&[notes("stubs.md", STUBS)]);
    assert!(
        d.cards.iter().all(|c| {
            let back = c.back.as_deref().unwrap_or("").to_lowercase();
            !back.contains("nothing to see") && back != "tbd"
        }),
        "{:?}",
        fronts(&d)
    );
    assert!(
        d.cards.iter().any(|c| c.front.contains("cone")),
        "{:?}",
        fronts(&d)
    );
}

const SLIDES: &str = "# Kilns\n\n# Firing\n\n- Fire slowly.\n\n# References\n\n- A Potter's Book, B. Leach\n\n## Cones\n\n- Cones bend at a set heat.\n- Cones are made of clay.\n\n## Dampers\n\n- A damper closes the flue\n- A spy hole lets you watch the cones\n";

#[test]
fn the_sections_after_a_reading_list_are_not_parts_of_it() {
    let d = gen(&[notes("slides.md", SLIDES)]);
    assert!(!d.cards.is_empty());
    assert!(
        d.cards.iter().all(|c| !c.front.contains("References")),
        "{:?}",
        fronts(&d)
    );
}

const STAMPED: &str = "# Kilns\n202305021250\nStatus: #draft\nTags: [[Kilns]]\n\n## Cones\n\nA cone is a slim pyramid of clay that bends at a set heat.\n";

#[test]
fn the_notes_own_details_under_a_stamp_give_no_card() {
    let d = gen(&[notes("stamped.md", STAMPED)]);
    assert_eq!(fronts(&d), ["Kilns: what is a cone?"]);
}

const SCHOOL: &str = "# Pottery movements\n\n## Mingei aesthetics\n- believes that plain pots show the hand that made them\n- advocates hand work over machine work in the studio\n";

#[test]
fn a_view_held_by_the_heading_is_asked_of_it() {
    let d = gen(&[notes("mingei.md", SCHOOL)]);
    let asked =
        |q: &str| back(&d, &format!("Pottery movements — Mingei aesthetics: {q}")).to_string();
    // "aesthetics" is one field, not many things
    assert_eq!(
        asked("what does it believe?"),
        "Plain pots show the hand that made them"
    );
    assert_eq!(
        asked("what does it advocate?"),
        "Hand work over machine work in the studio"
    );
}

const FIGURES: &str = "# Kilns\n\n## Cones\n\n- Witness cone: see figure\n- Cone pack: (see diagram 2)\n- Cone 6: melts stoneware glazes at about 1220 °C\n";

#[test]
fn an_answer_that_only_points_to_a_figure_gives_no_card() {
    let d = gen(&[notes("cones.md", FIGURES)]);
    let backs: Vec<&str> = d.cards.iter().filter_map(|c| c.back.as_deref()).collect();
    assert!(
        backs.iter().all(|b| !b.to_lowercase().contains("see ")),
        "{backs:?}"
    );
    assert!(backs.iter().any(|b| b.contains("1220")), "{backs:?}");
}

const ASIDES: &str = "# Kilns\n\n## Cooling\n\n- Crash cooling: opening the kiln while it is still hot\n- Basically: the kiln must cool before it is opened\n- In short: slow cooling saves pots\n";

#[test]
fn a_word_that_only_sums_up_is_no_term() {
    let d = gen(&[notes("cooling.md", ASIDES)]);
    let fronts = fronts(&d);
    assert!(
        fronts
            .iter()
            .all(|f| !f.contains("Basically") && !f.contains("In short")),
        "{fronts:?}"
    );
    assert!(
        fronts.iter().any(|f| f.contains("Crash cooling")),
        "{fronts:?}"
    );
}

#[test]
fn a_bold_label_flush_under_a_list_starts_a_list_of_its_own() {
    let text = "# Kilns\n\n## Adobe kilns\n\n**Advantages**\n- Cheap to build from local mud\n- Quick to heat for a small batch\n**Disadvantages**\n- Cracks after a hard frost\n- Needs a new roof every few years\n";
    let d = gen(&[notes("adobe.md", text)]);
    assert_eq!(
        back(&d, "Adobe kilns: what are the disadvantages (2 items)?"),
        "Cracks after a hard frost; Needs a new roof every few years"
    );
    assert_eq!(
        back(&d, "Adobe kilns: what are the advantages (2 items)?"),
        "Cheap to build from local mud; Quick to heat for a small batch"
    );
}

#[test]
fn a_flow_written_with_dashes_is_no_term_and_meaning() {
    let text = "# Pottery\n\n## Workshop layouts\n\n- Straight line\n  - One way\n    - Clay store - Wheel - Kiln - Shelf\n- Ring\n  - Back and forth\n    - Wheel - Kiln - Shelf - Wheel\n";
    let d = gen(&[notes("layouts.md", text)]);
    let f = fronts(&d);
    assert!(
        f.iter()
            .all(|f| !f.contains("“Clay store”") && !f.contains("“Wheel”")),
        "{f:?}"
    );
    // the list is still read: its items are asked as a list
    assert_eq!(
        back(&d, "Pottery: what are the workshop layouts (2 items)?"),
        "Straight line; Ring"
    );
}

#[test]
fn a_bold_verb_is_stress_not_a_gap_but_a_bold_name_is() {
    let text = "# Kiln workshop\n\n## The firing crew\n\n- The stoker **kneaded** fresh clay for the door seal every morning\n- Early potters stacked their ware in **saggars** inside the kiln\n";
    let d = gen(&[notes("crew.md", text)]);
    let backs: Vec<&str> = d.cards.iter().filter_map(|c| c.back.as_deref()).collect();
    assert!(!backs.contains(&"kneaded"), "{:#?}", fronts(&d));
    assert_eq!(
        back(
            &d,
            "The firing crew: Early potters stacked their ware in [...] inside the kiln."
        ),
        "saggars"
    );
}

#[test]
fn a_heading_written_as_a_sentence_without_its_stop_is_asked() {
    let text = "# Kilns\n\n## Firing\n\n### Raw clay is carried into the kiln room by the stoker\n\nHe sets each pot on a shelf.\n\n### Glazes are mixed from the ash of the\n\nAsh gives a green glaze.\n\n### Glazes Are Sieved In The Ash Shed By Apprentices\n\nThe largest pots go at the bottom.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Firing: what is raw clay carried into?"),
        "The kiln room by the stoker"
    );
    // a heading cut short, or one in Title Case, is no statement
    let f = fronts(&d);
    assert!(
        !f.iter().any(|q| q.ends_with("what are glazes mixed from?")),
        "{f:#?}"
    );
    assert!(
        !f.iter()
            .any(|q| q.to_lowercase().contains("where are glazes sieved")),
        "{f:#?}"
    );
}

#[test]
fn an_item_written_as_a_whole_sentence_asks_a_name_as_prose_would() {
    let text = "# Kilns\n\n## History\n\nThe old kilns of the valley:\n\n1. Potters from the hills built their first climbing kilns beside the river at Ashford.\n2. Ashford kilns burned pine.\n3. Later kilns, fired with coal, stood beside the railway.\n";
    let d = gen(&[notes("kilns.md", text)]);
    let c = d
        .cards
        .iter()
        .find(|c| c.back.as_deref() == Some("Ashford"))
        .unwrap_or_else(|| panic!("{:#?}", fronts(&d)));
    assert!(
        c.front.contains("beside the river at [...]."),
        "{}",
        c.front
    );
}

#[test]
fn an_opening_phrase_or_clause_is_no_subject() {
    let text = "# Kilns\n\n## History\n\nAt that time kilns were considered a danger to towns. Since fine glazes were prized by Venetian traders, the potters kept their recipes secret.\n\n- **Saggar**: a box of fired clay that shields ware from the flame\n";
    let d = gen(&[notes("kilns.md", text)]);
    let f = fronts(&d);
    assert!(
        !f.iter()
            .any(|q| q.contains("at that time kilns") || q.contains("since fine")),
        "{f:#?}"
    );
}

#[test]
fn a_heading_of_attributes_alone_goes_on_with_the_section_before() {
    let text = "# Kilns\n\n## Cooling\n\nA kiln cools slowly when the damper is shut.\n\n#### {.c2}\n\nA kiln cools quickly when the door is opened.\n";
    let d = gen(&[notes("kilns.md", text)]);
    let f = fronts(&d);
    assert!(f.iter().all(|q| !q.contains("{.c2}")), "{f:#?}");
    assert_eq!(
        back(&d, "Cooling: when does a kiln cool quickly?"),
        "When the door is opened"
    );
}
