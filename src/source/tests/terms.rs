//! Terms in lists written in sentence case among a sentence or two,
//! meanings that point back to their term, and statements whose object
//! is one word; definitions written plainly ("Bending of light …" under
//! "Refraction", "The firebox is where …", "When …" under a term).

use super::*;

const FAULTS: &str = "# Kilns\n\n## Firing faults\n- Refers to a flaw that shows after firing; a mark\n  on the ware. For example:\n    - Pinholes are tiny holes left by gas.\n\n- Glaze crawling: This is the pulling back of a glaze from\n  the clay, leaving bare patches.\n\n- Lid sticking: The fusing of a lid to its pot in the\n  glaze firing.\n\n## Clay\n\n- plasticity: describes how far clay bends without cracking\n- grog: refers to fired clay ground into grit\n";

#[test]
fn most_items_with_a_term_make_a_glossary_among_sentences() {
    let d = gen(&[notes("faults.md", FAULTS)]);
    // the term's meaning, without the words that point back to it
    assert_eq!(
        back(
            &d,
            "Kilns — Firing faults: what is meant by “Glaze crawling”?"
        ),
        "The pulling back of a glaze from the clay, leaving bare patches."
    );
    assert_eq!(
        back(
            &d,
            "Kilns — Firing faults: what is meant by “Lid sticking”?"
        ),
        "The fusing of a lid to its pot in the glaze firing."
    );
    // a meaning that says what the term describes asks so
    assert_eq!(
        back(&d, "Kilns — Clay: what does plasticity describe?"),
        "How far clay bends without cracking"
    );
    assert_eq!(
        back(&d, "Kilns — Clay: what does grog refer to?"),
        "Fired clay ground into grit"
    );
}

const GLAZES: &str = "# Glazes\n\nWood ash stimulates crystallisation.\n\nCobalt produces blue.\n\nThe glaze remains constant.\n";

#[test]
fn a_statement_may_be_asked_of_a_one_word_object() {
    let d = gen(&[notes("glazes.md", GLAZES)]);
    assert_eq!(
        back(&d, "Glazes: what does wood ash stimulate?"),
        "Crystallisation"
    );
    assert_eq!(back(&d, "Glazes: what does cobalt produce?"), "Blue");
    // a word that says what a thing is like is no object
    assert!(
        fronts(&d).iter().all(|f| !f.contains("remain")),
        "{:#?}",
        fronts(&d)
    );
}

const FIELDS: &str = "# Guild\n\n## Alliances\n- find new buyers abroad\n\t- 1873 :: <u>The Kiln League</u> :: Stoke, Delft\n\t- 1879 :: <u>The Glaze Pact</u> :: Delft, Jingdezhen\n\n## Firing\n- Bisque :: the first, lower firing\n- Glost :: the glaze firing\n";

#[test]
fn a_wiki_field_is_a_term_and_its_meaning() {
    let d = gen(&[notes("guild.md", FIELDS)]);
    assert_eq!(
        back(
            &d,
            "Guild — Alliances — find new buyers abroad: what happened in 1873?"
        ),
        "The Kiln League (Stoke, Delft)"
    );
    assert_eq!(
        back(&d, "Guild — Firing: what is meant by “Bisque”?"),
        "The first, lower firing"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("::")),
        "{:#?}",
        fronts(&d)
    );
}

const LONG: &str = "# Glazes\n\nCrawling is the pulling back of a glaze from the clay body, caused by dust or grease on the bisque, leaving bare patches that show the clay through the fired glaze on the pot.\n\nShivering ('peeling') refers to glaze flaking off at the rims.\n";

#[test]
fn a_long_meaning_is_cut_before_a_participle_and_a_quoted_name_kept() {
    let d = gen(&[notes("long.md", LONG)]);
    let c = card(&d, "Glazes: what is crawling?");
    assert_eq!(
        c.back.as_deref(),
        Some("The pulling back of a glaze from the clay body")
    );
    assert!(
        c.explanation
            .as_deref()
            .is_some_and(|e| e.starts_with("Caused by dust")),
        "{c:?}"
    );
    assert_eq!(
        back(&d, "Glazes: what does shivering (peeling) refer to?"),
        "Glaze flaking off at the rims"
    );
}

const OVERVIEW: &str = "# Kilns\n\n## Types\n\n### Wood Firing - Overview\n\n- m: the kiln class\n- 5: the generation\n- Flaw: ash can settle unevenly on the glaze.\n";

#[test]
fn an_overview_heading_names_its_subject_and_a_flaw_is_an_aspect() {
    let d = gen(&[notes("overview.md", OVERVIEW)]);
    assert_eq!(
        back(&d, "Kilns — Wood Firing: what does m stand for?"),
        "The kiln class"
    );
    assert_eq!(
        back(&d, "Kilns — Wood Firing: what is the flaw?"),
        "Ash can settle unevenly on the glaze."
    );
}

const HTML_HEADINGS: &str = "# Kilns\n\n## Loading\n\nShelves go in first.\n\n<h2>Cooling</h2>\n\nCrash cooling is the fast cooling of a kiln after its peak.\n\n<h3 id=\"vents\">Vents</h3>\n\n- Damper: a plate that closes the flue\n";

#[test]
fn an_html_heading_is_a_heading() {
    let d = gen(&[notes("html.md", HTML_HEADINGS)]);
    assert_eq!(
        back(&d, "Kilns: what is crash cooling?"),
        "The fast cooling of a kiln after its peak"
    );
    assert_eq!(
        back(&d, "Kilns — Vents: what is meant by “Damper”?"),
        "A plate that closes the flue"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("<h")),
        "{:#?}",
        fronts(&d)
    );
}

const RULE_TERMS: &str = "# Kilns\n\n## Heat\n\n- **Heat Soak**: If the kiln holds its peak, the glaze smooths over.\n- **Thermal Lag**: If the load is dense, the centre heats after the walls.\n";

#[test]
fn a_rule_that_a_term_means_is_asked_under_the_term() {
    let d = gen(&[notes("rules.md", RULE_TERMS)]);
    for (term, question) in [
        ("Heat Soak", "what happens if the kiln holds its peak?"),
        ("Thermal Lag", "what happens if the load is dense?"),
    ] {
        assert!(
            fronts(&d)
                .iter()
                .any(|f| f.contains(&format!("{term}: {question}"))),
            "{:#?}",
            fronts(&d)
        );
    }
}

const LONE: &str = "# Kilns\n\n## Kinds of fault\n\n- Dunting\n\t- The gap left by cooling too fast. In some pots it is small, and in others it runs through the wall.\n- Bloats\n\t- They take gas from the clay, swell and burst before the glaze seals.\n- Details\n\t- Faults show in some pots and in others not at all.\n";

#[test]
fn a_name_over_one_sentence_is_asked_what_it_is() {
    let d = gen(&[notes("lone.md", LONE)]);
    assert_eq!(
        back(&d, "Kilns — Kinds of fault: what is meant by “Dunting”?"),
        "The gap left by cooling too fast. In some pots it is small, and in others it runs through the wall."
    );
    assert_eq!(
        back(&d, "Kilns — Kinds of fault: what do Bloats do?"),
        "Take gas from the clay, swell and burst before the glaze seals."
    );
    // a label that names no thing asks nothing
    assert!(
        fronts(&d).iter().all(|f| !f.contains("“Details”")),
        "{:#?}",
        fronts(&d)
    );
}

const PLAIN_DEFINITIONS: &str = "# Kilns\n\n## What is Glazing?\n- Coating of pots with glass, its colours, and finish\n- **Two main kinds:**\n  - **Gloss glazes:** shine and seal\n\n## Reduction\n- Starving of the flame at the height of a firing\n- Occurs in gas and wood kilns, never in electric ones\n\n## Crazing\nWhen you have a glaze that shrinks more than its clay body.\nIt can be hard to see on dark glazes.\n\n## Firebox\nThe firebox is where the fuel burns under the kiln floor.\n\n## Guidelines\n- Stacking of the shelves from the bottom up with care\n";

#[test]
fn definitions_written_plainly_are_asked() {
    let d = gen(&[notes("kilns.md", PLAIN_DEFINITIONS)]);
    assert_eq!(
        back(&d, "Kilns: what is glazing?"),
        "Coating of pots with glass, its colours, and finish"
    );
    assert_eq!(
        back(&d, "Kilns: what is reduction?"),
        "Starving of the flame at the height of a firing"
    );
    assert_eq!(
        back(&d, "Kilns — Reduction: where does it occur?"),
        "In gas and wood kilns, never in electric ones"
    );
    assert_eq!(
        back(&d, "Kilns: what is meant by “Crazing”?"),
        "When you have a glaze that shrinks more than its clay body"
    );
    assert_eq!(
        back(&d, "Kilns: what is the firebox?"),
        "Where the fuel burns under the kiln floor"
    );
    let f = fronts(&d);
    assert!(f.iter().all(|f| !f.contains("what is guidelines")), "{f:?}");
}

#[test]
fn a_term_said_again_in_its_meaning_is_asked_once() {
    let text = "# Pottery terms\n\n## Glaze faults\n\nThese are the common faults:\n\n1. **Crawling**: Crawling is the pulling back of a glaze from the clay, leaving bare patches.\n2. **Shivering**: Shivering is when the glaze flakes off the rim because it shrinks too little.\n";
    let d = gen(&[notes("faults.md", text)]);
    let f = fronts(&d);
    assert!(f.iter().all(|f| !f.contains(" do?")), "{f:?}");
    assert_eq!(
        f.iter()
            .filter(|f| f.to_lowercase().contains("crawling"))
            .count(),
        1,
        "{f:?}"
    );
    assert_eq!(
        back(&d, "Pottery terms — Glaze faults: what is crawling?"),
        "The pulling back of a glaze from the clay, leaving bare patches"
    );
    // ("… is when …" says what shivering is, as "is the" does)
    assert!(back(&d, "Pottery terms — Glaze faults: what is shivering?")
        .contains("the glaze flakes off the rim"));
}

const ORDER_AND_FORMULA: &str = "# Kiln trade\n\n## Firing Rate\n- Formula: `FR = (Pots fired ÷ Kiln hours) × 100%`\n- Measures the share of the kiln's time spent firing\n\n## Shelf Load\n- Formula: $SL = P + W$\n\n## Why log firings?\nThere are three reasons to log each firing.\n- First, most guilds still set a potter's fee by the log.\n- Second, a log shows which shelf runs hot.\n- Third, a log lets a glaze be fired again the same way.\n";

#[test]
fn a_formula_label_asks_for_its_section_s_formula_and_ordinals_are_no_terms() {
    let d = gen(&[notes("trade.md", ORDER_AND_FORMULA)]);
    assert_eq!(
        back(&d, "Firing Rate: what is the formula?"),
        "FR = (Pots fired ÷ Kiln hours) × 100%"
    );
    assert_eq!(
        back(&d, "Kiln trade — Shelf Load: what is the formula?"),
        "SL = P + W"
    );
    for f in fronts(&d) {
        assert!(!f.contains("“Second”") && !f.contains("“Third”"), "{f}");
        assert!(
            !f.contains("for Formula") && !f.contains("“Formula”"),
            "{f}"
        );
    }
}

const DOUBLE_HYPHENS: &str = "# Guild\n\n## Workshop words\n- wedging--kneading clay to drive out the air\n- castas--mixed workshops of the guild\n- Satisfactory--Promotable: a potter ready to lead a workshop\n";

#[test]
fn two_hyphens_between_a_word_and_its_meaning_are_a_dash() {
    let d = gen(&[notes("guild.md", DOUBLE_HYPHENS)]);
    assert_eq!(
        back(&d, "Guild — Workshop words: what is meant by “wedging”?"),
        "Kneading clay to drive out the air"
    );
    // a name of two parts keeps its hyphens
    for f in fronts(&d) {
        assert_ne!(
            f,
            "Guild — Workshop words: what is meant by “Satisfactory”?"
        );
    }
}

const CAUSES: &str = "# Kilns\n\n## Firing faults\n\n#### Kiln push\ncaused by a draught through the spy hole\nThis occurs when the bung is left out during the firing.\n\n#### Bloating\nThis happens when gas trapped in the clay swells the pot.\n";

#[test]
fn a_section_that_gives_its_cause_and_when_it_happens_names_its_heading() {
    let d = gen(&[notes("causes.md", CAUSES)]);
    let fronts = fronts(&d);
    // a verbless "caused by …" under the heading: what it is caused by;
    // "This occurs when …" on the next line, with no stop between them:
    // when it happens ("push", a verb elsewhere, is part of the name)
    let caused = fronts
        .iter()
        .find(|f| f.to_lowercase().ends_with("kiln push caused by?"));
    assert_eq!(
        back(&d, caused.expect("a cause card")),
        "A draught through the spy hole"
    );
    let when = fronts
        .iter()
        .find(|f| f.to_lowercase().ends_with("when does kiln push occur?"));
    assert_eq!(
        back(&d, when.expect("a when card")),
        "When the bung is left out during the firing"
    );
    let bloating = fronts
        .iter()
        .find(|f| f.to_lowercase().ends_with("when does bloating happen?"));
    assert_eq!(
        back(&d, bloating.expect("a when card")),
        "When gas trapped in the clay swells the pot"
    );
}

const HAZARDS: &str = "# Kilns\n\n## Studio hazards\n\nHazards:\n- Silica dust → scarring of the lungs over many years\n- Wet floors → falls when carrying heavy boards\n- Add water to the glaze bucket → thinner coat on the pot\n- CFM → cubic feet per minute\n";

#[test]
fn an_arrow_from_a_thing_asks_what_it_leads_to() {
    let d = gen(&[notes("hazards.md", HAZARDS)]);
    let fronts = fronts(&d);
    let asked = |s: &str| fronts.iter().find(|f| f.ends_with(s)).copied();
    let dust = asked("what does silica dust lead to?").expect("a card for dust");
    assert_eq!(back(&d, dust), "Scarring of the lungs over many years");
    assert!(asked("what do wet floors lead to?").is_some(), "{fronts:?}");
    // a step and a short form are no causes
    assert!(
        fronts
            .iter()
            .all(|f| !f.contains("add water") && !f.contains("CFM lead")),
        "{fronts:?}"
    );
}

const REVIEW: &str = "# Kilns\n\n## Kiln Review\n\n- **Definition**: A structured way to judge a kiln before a season of firings.\n- **Categories**:\n  - **Strengths**: What the kiln does well.\n  - **Weaknesses**: Where it falls short.\n  - **Repairs**: Work that could mend it.\n  - **Wear**: Damage that builds up.\n";

#[test]
fn a_definition_label_and_members_named_like_aspects_are_asked() {
    let d = gen(&[notes("review.md", REVIEW)]);
    // "Definition:" says what the heading is
    assert_eq!(
        back(&d, "Kiln Review: what is it?"),
        "A structured way to judge a kiln before a season of firings."
    );
    // "Strengths" under "Categories" is one of them, not an aspect
    assert_eq!(
        back(&d, "Kiln Review: what are the 4 categories?"),
        "Strengths; Weaknesses; Repairs; Wear"
    );
}

const FIRINGS: &str = "# Firings\n\n#### In short\n*Raku* :: The potter pulls the pot out hot, and then drops it into sawdust.\n\n*Pit firing* :: The potter digs a pit and fires the pots in it. The smoke marks the pots.\n";

#[test]
fn a_meaning_of_one_sentence_is_not_asked_twice() {
    let d = gen(&[notes("firings.md", FIRINGS)]);
    assert_eq!(
        back(&d, "Firings: what is meant by “Raku”?"),
        "The potter pulls the pot out hot, and then drops it into sawdust"
    );
    // the meaning's own sentence gives no second card without its term
    assert!(
        !fronts(&d)
            .iter()
            .any(|f| f.contains("what does the potter pull")),
        "{:?}",
        fronts(&d)
    );
}

const CASES: &str = "# Guild\n\n## Selling strategies\n\n- Delay glaze choice: Northgate Pottery\n- Quick firing: Kiln & Co\n- Main street: Hatters Row\n";

#[test]
fn a_name_under_a_concept_is_its_example() {
    let d = gen(&[notes("cases.md", CASES)]);
    assert_eq!(
        back(
            &d,
            "Guild — Selling strategies: what is an example of delay glaze choice?"
        ),
        "Northgate Pottery"
    );
    // the one main street is no example of one
    assert_eq!(
        back(&d, "Guild — Selling strategies: what is the main street?"),
        "Hatters Row"
    );
}

#[test]
fn a_glossary_of_names_defined_below_them_gives_no_list_of_the_names() {
    let text = "# Pottery\n\n## Definitions\n\n* Kiln\n    - an oven that fires pots hard\n\n* Glaze\n    - a glassy coat fused onto a pot\n\n* Slip\n    - clay thinned with water to a cream\n";
    let d = gen(&[notes("terms.md", text)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("items")),
        "{:?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Pottery — Kiln: what is it?"),
        "An oven that fires pots hard"
    );
}

#[test]
fn names_of_one_kind_over_one_phrase_each_are_terms_and_their_meanings() {
    let text = "# Glazes\n\n## Grades\n\n1. First grade glaze\n    - There must be no bubbles in the coat\n\n2. Second grade glaze\n    - Must be smooth and show at most two pinholes\n\n3. Third grade glaze\n    - Must cover the pot and nothing more\n";
    let d = gen(&[notes("grades.md", text)]);
    assert_eq!(
        back(&d, "Grades: what is meant by “First grade glaze”?"),
        "There must be no bubbles in the coat"
    );
    assert_eq!(
        back(&d, "Grades: what is meant by “Third grade glaze”?"),
        "Must cover the pot and nothing more"
    );
}

#[test]
fn a_name_given_to_the_sentence_before_asks_what_it_is() {
    let text = "# Firing\n\n## Air in the kiln\n\nWhen the door is shut the flame runs short of air and takes oxygen from the glaze. This is called a reduction firing.\n";
    let d = gen(&[notes("firing.md", text)]);
    assert_eq!(
        back(&d, "Air in the kiln: what is a reduction firing?"),
        "When the door is shut the flame runs short of air and takes oxygen from the glaze"
    );
    // the sentence says what the name is, not what the heading means
    assert_eq!(fronts(&d).len(), 1, "{:?}", fronts(&d));
}

#[test]
fn a_law_named_on_a_line_of_its_own_asks_what_it_states() {
    let text = "# Kilns\n\n## Heat\n\nFormally,\nFirst law of firing:\n“the heat from a flame will spread evenly through a closed kiln”.\n";
    let d = gen(&[notes("heat.md", text)]);
    assert_eq!(
        back(&d, "Kilns: what does the First law of firing state?"),
        "The heat from a flame will spread evenly through a closed kiln"
    );
}

#[test]
fn a_term_that_is_when_something_happens_is_asked_what_it_is() {
    let text = "# Kilns\n\n## Faults\n\nCrazing is when the glaze cracks into a fine web as it cools.\n\nOn the other hand, shivering is when the glaze peels off the rim in flakes.\n";
    let d = gen(&[notes("faults.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Faults: what is crazing?"),
        "When the glaze cracks into a fine web as it cools"
    );
    assert_eq!(
        back(&d, "Kilns — Faults: what is shivering?"),
        "When the glaze peels off the rim in flakes"
    );
}

#[test]
fn a_bold_name_closed_by_a_full_stop_is_a_term() {
    let text = "# Guild rules\n\n#### B. H. Leach\n\nThe guild lists duties of every member:\n\n1. **Honesty.** Sell each pot for what it is, flaws and all.\n2. **Thrift**. Waste no clay that can be wedged again.\n3. **Always cool slowly.** Glazes craze when the kiln is opened hot.\n";
    let d = gen(&[notes("guild.md", text)]);
    assert_eq!(
        back(&d, "Guild rules — B. H. Leach: what is meant by “Honesty”?"),
        "Sell each pot for what it is, flaws and all."
    );
    assert_eq!(
        back(&d, "Guild rules — B. H. Leach: what is meant by “Thrift”?"),
        "Waste no clay that can be wedged again."
    );
    assert!(
        !fronts(&d)
            .iter()
            .any(|f| f.contains("“Always cool slowly”")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_term_dated_by_its_meaning_asks_the_date_and_a_full_date_what_happened() {
    let text = "# Kilns\n\n## Dates\n\n- Great Fire of Stoke: 1666 AD\n- March 3, 1710: Kiln riot in Stoke\n- Period: 1700–1750\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(
            &d,
            "Kilns — Dates: what is the date of “Great Fire of Stoke”?"
        ),
        "1666 AD"
    );
    assert_eq!(
        back(&d, "Kilns — Dates: what happened on March 3, 1710?"),
        "Kiln riot in Stoke"
    );
    let f = fronts(&d);
    assert!(!f.iter().any(|q| q.contains("date of “Period”")), "{f:#?}");
    // the date on the line below its event
    let text = "# Kilns

## Dates

- Founding of the guild
  - 1302
- Stoke riots
  - Kilns burned for a week
";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(
            &d,
            "Kilns — Dates: what is the date of “Founding of the guild”?"
        ),
        "1302"
    );
}

const KILN_LABELS: &str = "# Kilns\n\n## Electric kilns\n\nThey fire with coils set in the walls.\n\n**Top temperature:** ~1300 °C in a stoneware firing\n\n**Features:** Coils, a thermocouple and a vent\n\n**Firing time** - 8 to 12 hours for a bisque load\n";

#[test]
fn a_label_over_a_figure_or_an_aspect_asks_for_it_not_its_meaning() {
    let d = gen(&[notes("kilns.md", KILN_LABELS)]);
    assert_eq!(
        back(&d, "Electric kilns: what is the top temperature?"),
        "~1300 °C in a stoneware firing"
    );
    assert_eq!(
        back(&d, "Electric kilns: what are the features?"),
        "Coils, a thermocouple and a vent"
    );
    // the figure asked whole is not asked again as a gap
    let f = fronts(&d);
    assert!(!f.iter().any(|q| q.contains("meant by")), "{f:#?}");
    assert!(!f.iter().any(|q| q.contains("[...]")), "{f:#?}");
}

const SCHOOL: &str = "# Pottery schools\n\n## Mingei Movement\n\n- **Core Idea:** Everyday pots made by unknown craftsmen hold a beauty of their own.\n- **Key Thinkers:** Yanagi Soetsu and Hamada Shoji.\n- **Legacy of the movement:** Studio potters in many lands took up its ideals.\n";

#[test]
fn facet_labels_ask_for_what_they_name_and_make_no_list() {
    let d = gen(&[notes("schools.md", SCHOOL)]);
    assert_eq!(
        back(
            &d,
            "Pottery schools — Mingei Movement: what is the core idea?"
        ),
        "Everyday pots made by unknown craftsmen hold a beauty of their own."
    );
    assert_eq!(
        back(&d, "Mingei Movement: who are the key thinkers?"),
        "Yanagi Soetsu and Hamada Shoji."
    );
    // "Core Idea; Key Thinkers; Legacy …" is no list of what it includes
    let f = fronts(&d);
    assert!(!f.iter().any(|q| q.contains("include")), "{f:#?}");
    assert!(!f.iter().any(|q| q.contains("meant by “Core")), "{f:#?}");
    // a list with a facet among its terms recites none of them: "Draw
    // rings; Cones" without "Impact" would be half a list
    let text = "# Kilns\n\n## Planning\n\n* Firing checks\n    - Impact: How badly a fault would spoil the load\n    - Draw rings: Rings of clay pulled out to judge the glaze melt\n    - Cones: Slender pyramids that bend at a set heat\n";
    let d = gen(&[notes("planning.md", text)]);
    let f = fronts(&d);
    assert!(!f.iter().any(|q| q.contains("list the")), "{f:#?}");
    assert_eq!(
        back(&d, "Kilns — Planning — Firing checks: what is the impact?"),
        "How badly a fault would spoil the load"
    );
}

const SURFACE: &str = "# Glaze faults\n\n## Surface faults\n\n**Crawling:**\n- Where the glaze pulls back from the body and leaves bare patches\n- Examples: thick glaze, dusty bisque\n\n### Shivering\n\nOccurs when a glaze shrinks far less than the body under it.\n\nShivered edges are sharp.\n\n### Blistering\n\nWhen the kiln cools too fast, the glaze blisters.\n\n## Common Misconceptions\n\n- Glazes are a kind of paint (they melt into glass in the kiln)\n- Raku is a type of clay body (it is a way of firing)\n- Kilns are ovens\n- Bisque ware is waterproof\n  - It stays porous until glazed\n";

#[test]
fn a_clause_first_under_a_name_says_what_it_is() {
    let d = gen(&[notes("faults.md", SURFACE)]);
    assert_eq!(
        back(&d, "Glaze faults: what is crawling?"),
        "Where the glaze pulls back from the body and leaves bare patches"
    );
    assert_eq!(
        back(&d, "Surface faults: what is meant by “Shivering”?"),
        "Occurs when a glaze shrinks far less than the body under it"
    );
    // a clause with its main clause after the comma is a statement
    assert!(
        fronts(&d).iter().all(|f| !f.contains("Blistering”")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_misconception_is_asked_as_one_with_its_correction() {
    let d = gen(&[notes("faults.md", SURFACE)]);
    assert_eq!(
        back(
            &d,
            "Common Misconceptions: true or false: “Glazes are a kind of paint”?"
        ),
        "False — they melt into glass in the kiln"
    );
    assert_eq!(
        back(
            &d,
            "Glaze faults — Common Misconceptions: true or false: “Bisque ware is waterproof”?"
        ),
        "False — It stays porous until glazed"
    );
    // no myth is asked as a fact, and one without its correction is not asked
    let all = fronts(&d).join("\n");
    for absent in ["what is raku", "what are glazes", "ovens"] {
        assert!(!all.to_lowercase().contains(absent), "{absent} in\n{all}");
    }
}

#[test]
fn a_myth_already_denied_is_not_asked_as_false() {
    let text = "# Kilns\n\n## Myths\n\n- A warm room does not dry greenware faster\n    - except with a fan on it\n- Raku is a kind of glaze (it is a way of firing)\n- Stoneware is not fired hot (it needs cone 10)\n";
    let d = gen(&[notes("myths.md", text)]);
    assert_eq!(
        back(
            &d,
            "Kilns — Myths: true or false: “Raku is a kind of glaze”?"
        ),
        "False — it is a way of firing"
    );
    // a denial that is itself the myth has its correction in brackets
    assert_eq!(
        back(
            &d,
            "Kilns — Myths: true or false: “Stoneware is not fired hot”?"
        ),
        "False — it needs cone 10"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("warm room")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_ratio_or_a_time_is_no_term_and_its_meaning() {
    let text = "# Glazes\n\n## Mixing\n\n- Explains the 3:1 ratio of flux to silica\n- Opens at 10:30 on firing days\n- Frit: glass ground to powder\n";
    let d = gen(&[notes("mixing.md", text)]);
    assert_eq!(
        back(&d, "Glazes — Mixing: what is meant by “Frit”?"),
        "Glass ground to powder"
    );
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("“Explains") && !f.contains("“Opens")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_misconception_over_its_correction_is_a_myth_not_a_term() {
    let text = "# Glazes\n\n## Safety\n\n**Misconception: \"Kilns need gas.\"**\nCorrection: Electric kilns reach stoneware heat.\n\n**Misconception: \"All glazes are toxic.\"**\nCorrection: Only glazes with lead, barium or raw manganese in them are a real risk at the table. Most studio glazes sold today are food safe once fired to their cone, and a simple leach test checks the rest.\n";
    let d = gen(&[notes("safety.md", text)]);
    assert_eq!(
        back(&d, "Glazes — Safety: true or false: “Kilns need gas”?"),
        "False — Electric kilns reach stoneware heat."
    );
    let c = card(&d, "Safety: true or false: “All glazes are toxic”?");
    assert_eq!(
        c.back.as_deref(),
        Some("False — Only glazes with lead, barium or raw manganese in them are a real risk at the table.")
    );
    assert!(c
        .explanation
        .as_deref()
        .is_some_and(|e| e.starts_with("Most studio glazes")));
    assert!(
        fronts(&d).iter().all(|f| !f.contains("meant by")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn lower_case_names_over_what_they_are_are_terms() {
    let text = "# Kilns\n\n## kiln parts\n\n### parts of a kiln\n- fire box\n    - where the fuel burns\n- ware box\n    - space for the pots on their shelves\n- smoke box\n    - the last room before the chimney\n\n### crawling\nthe pulling back of a glaze from the clay when it melts\n";
    let d = gen(&[notes("parts.md", text)]);
    assert_eq!(
        back(&d, "parts of a kiln: what is meant by “ware box”?"),
        "Space for the pots on their shelves"
    );
    assert_eq!(
        back(&d, "kiln parts: what is meant by “crawling”?"),
        "The pulling back of a glaze from the clay when it melts"
    );
}
