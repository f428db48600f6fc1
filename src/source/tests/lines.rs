//! Lines written plainly in notes: a term with its abbreviation, a
//! formula in words, a cause and its effect with an arrow, a rule under a
//! numbered label, highlights and footnotes, a genotype's letters, a
//! measure of the sciences and a verb known only as a verb.

use super::*;

const OUTPUT: &str = "# Kilns\n\n## Output\n\nkiln utilisation (KU): share of the week a kiln is firing\nKU = firing hours / hours in a week\n\nfiring cost = fuel cost + labour cost\n\nhigher fuel prices -> fewer firings\n\nwetter clay ⟹ longer drying\n";

#[test]
fn formulas_in_words_and_arrows_in_prose_are_asked() {
    let d = gen(&[notes("output.md", OUTPUT)]);
    // the term keeps its abbreviation; the formula below it is its own card
    assert_eq!(
        back(&d, "Output: what is meant by “kiln utilisation (KU)”?"),
        "Share of the week a kiln is firing"
    );
    assert_eq!(
        back(&d, "Kilns — Output: what is the formula for KU?"),
        "KU = firing hours / hours in a week"
    );
    assert_eq!(
        back(&d, "Kilns — Output: what is the formula for firing cost?"),
        "firing cost = fuel cost + labour cost"
    );
    assert_eq!(
        back(&d, "Kilns — Output: what do higher fuel prices lead to?"),
        "Fewer firings"
    );
    assert_eq!(
        back(&d, "Kilns — Output: what does wetter clay lead to?"),
        "Longer drying"
    );
}

const MARKED: &str = "# Glazes\n\n## Kinds\n\n- **==Celadon==**: a ==green== glaze^[coloured by [iron] oxide] fired in reduction\n- **Shino**: a ==white== glaze that crawls\n\n## Crosses\n\n- **Parent genotype**: ttrr x TTRR\n";

#[test]
fn highlights_footnotes_and_genotypes_read_as_written() {
    let d = gen(&[notes("glazes.md", MARKED)]);
    assert_eq!(
        back(&d, "Glazes: what is meant by “Celadon”?"),
        "A green glaze fired in reduction"
    );
    assert_eq!(
        back(&d, "Glazes: what is meant by “Shino”?"),
        "A white glaze that crawls"
    );
    // a genotype's case is its meaning
    assert_eq!(
        back(&d, "Glazes — Crosses: what is meant by “Parent genotype”?"),
        "ttrr x TTRR"
    );
    let all: String = d
        .cards
        .iter()
        .map(|c| format!("{} {}", c.front, c.back.as_deref().unwrap_or_default()))
        .collect();
    assert!(!all.contains("==") && !all.contains("^["), "{all}");
}

const LAW: &str = "# Guild\n\n## Kilns\n\n**Guild law**\n\n- **Rule 1:** A kiln guard cannot open a kiln promised to another guild\n- **Rule 2:** Kiln guards lock the door\n\n## Heat\n\nStoneware is fired above 1200 °C in most kilns. Porcelain contains kaolin. Reduction firing starves the kiln of air.\n";

#[test]
fn rules_under_numbered_labels_and_measures_are_asked() {
    let d = gen(&[notes("guild.md", LAW)]);
    assert_eq!(
        back(&d, "Guild law: what cannot a kiln guard open?"),
        "A kiln promised to another guild"
    );
    assert_eq!(back(&d, "Guild law: what do kiln guards lock?"), "The door");
    assert_eq!(
        back(
            &d,
            "Guild — Heat: Stoneware is fired above [...] in most kilns."
        ),
        "1200 °C"
    );
    // a verb no list names, known as a verb and nothing else
    assert_eq!(
        back(&d, "Guild — Heat: what does reduction firing starve?"),
        "The kiln of air"
    );
}

const LAWS: &str = "# Glazes\n\n## Potter's 1st Law of Cooling\n\nOnly one member of a pair of lids enters the kiln\n\n![law](law.png)\n\n## Terms\n\n**Glaze fit** = The match of shrinkage between a glaze and its body\n";

#[test]
fn a_law_stated_without_a_stop_and_a_bold_term_with_equals_are_asked() {
    let d = gen(&[notes("laws.md", LAWS)]);
    assert_eq!(
        back(&d, "Glazes: what does Potter's 1st Law of Cooling state?"),
        "Only one member of a pair of lids enters the kiln"
    );
    assert_eq!(
        back(&d, "Glazes: what is meant by “Glaze fit”?"),
        "The match of shrinkage between a glaze and its body"
    );
}

const INDENTED: &str = "# Kilns\n\n## Heat\n\nThe heat a kiln gives off over a firing.\n\n    Q = m * c * dT\n    P = Q / t\n\n## Carts\n\n**Speed of a cart**:\n\n    v = d / t\n\n## Code\n\n    let cone = 6;\n";

#[test]
fn formulas_set_out_as_code_by_indenting_are_asked() {
    let d = gen(&[notes("heat.md", INDENTED)]);
    assert_eq!(
        back(&d, "Kilns — Heat: what is the formula for Q?"),
        "Q = m * c * dT"
    );
    assert_eq!(
        back(&d, "Kilns — Heat: what is the formula for P?"),
        "P = Q / t"
    );
    // a lead that names the quantity asks its formula
    assert_eq!(
        back(
            &d,
            "Kilns — Carts: what is the formula for the speed of a cart?"
        ),
        "v = d / t"
    );
    // a program stays code
    assert!(
        fronts(&d).iter().all(|f| !f.contains("cone")),
        "{:#?}",
        fronts(&d)
    );
}

const POINTER: &str = "# Kilns\n\n## Timing\n\nCount the cones that bend in one firing  \nDivide the hours by the cones  \n=> rate\n\nPorcelain contains kaolin.\n";

#[test]
fn a_key_point_of_one_word_asks_nothing() {
    let d = gen(&[notes("timing.md", POINTER)]);
    assert!(
        fronts(&d).iter().all(|f| !f.contains("key point")),
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Kilns — Timing: what does porcelain contain?"),
        "Kaolin"
    );
}

const GUILD_WARS: &str = "# Guild history\n\n## Troubles\n\n- Problems in the guild\n  - autocracy (the master unwilling to share power)\n  - Minority groups pressing for lower prices\n  - Coal smoke brought misery\n\n## Wars\n\n- Anglo - Dutch kiln war - a fight over the clay trade\n- Sino - Soviet glaze split - a quarrel over cobalt\n";

#[test]
fn a_plural_before_a_participle_and_a_name_in_two_parts_stay_whole() {
    let d = gen(&[notes("guild.md", GUILD_WARS)]);
    let all = fronts(&d).join(" | ");
    // "groups pressing for …" is no verb "group" and its object
    assert!(!all.contains("minority group"), "{all}");
    // "Anglo - Dutch" names one war, no term and its meaning
    assert!(!all.contains("“Anglo”"), "{all}");
    assert_eq!(
        back(
            &d,
            "Guild history — Wars: what is meant by “Anglo-Dutch kiln war”?"
        ),
        "A fight over the clay trade"
    );
    assert_eq!(
        back(
            &d,
            "Troubles — Problems in the guild: what is meant by “autocracy”?"
        ),
        "The master unwilling to share power"
    );
}

const SUPPLY: &str = "# Guild trade\n\n## Supply\n\nThe supply of guild tokens is set by:\n\n- Imports of glaze;\n- Payments to kilns abroad, and\n- Clay outflow\n";

#[test]
fn items_lose_the_marks_that_join_them_in_a_list_card() {
    let d = gen(&[notes("trade.md", SUPPLY)]);
    assert_eq!(
        back(
            &d,
            "Supply: the supply of guild tokens is set by what (3 items)?"
        ),
        "Imports of glaze; Payments to kilns abroad; Clay outflow"
    );
}

const STOPS: &str = "# Guild records\n\n## The hall\n\nThe guild recorded its first logs c. 1650 and kept them in the hall. The record is kept in the hall.\n  a. The log is read at the start.\n  b. The log is signed at the end.\n";

#[test]
fn a_letter_that_numbers_a_point_or_an_abbreviation_ends_no_sentence() {
    let d = gen(&[notes("hall.md", STOPS)]);
    assert_eq!(
        back(&d, "The hall: what did the guild record?"),
        "Its first logs c. 1650 and kept them in the hall"
    );
    // "… at the start. b" is no answer: the lettered points stay whole
    for c in &d.cards {
        let b = c.back.as_deref().unwrap_or_default();
        assert!(!b.ends_with(". b") && !b.contains("start. b"), "{b}");
    }
}

const PROPERTIES: &str = "# Kiln flags\n___\nClass: [[ Ceramics]]\nType: Lecture + Lab\nTags: # \nTeacher: [[Ann Lee]]\n___\n## Def\n- A cone is a slender pyramid of glaze material that bends at a set heat\n### - The Witness Cone (**WC**)\n- shows the heat reached on the middle shelf\n";

#[test]
fn the_notes_details_and_a_bullet_typed_into_a_heading_are_no_facts() {
    let d = gen(&[notes("flags.md", PROPERTIES)]);
    // "Def" is no subject: the title names the term's context
    assert_eq!(
        back(&d, "Kiln flags: what is a cone?"),
        "A slender pyramid of glaze material that bends at a set heat"
    );
    assert_eq!(
        back(&d, "Kiln flags — The Witness Cone (WC): what does it show?"),
        "The heat reached on the middle shelf"
    );
    assert_eq!(d.cards.len(), 2, "{:#?}", fronts(&d));
}

const LOWER_CASE: &str = "# Kiln bodies\n\n## Porosity\n* a porous body soaks up water and needs a glaze to hold it. a vitreous body holds water without any glaze at all. stoneware is fired until it is vitreous, about 1200 degrees.\n* for 60 years, the kiln was a loyal... friend to the guild.\n";

#[test]
fn sentences_typed_in_lower_case_are_read_one_by_one() {
    let d = gen(&[notes("bodies.md", LOWER_CASE)]);
    assert_eq!(
        back(
            &d,
            "Kiln bodies — Porosity: what does a vitreous body hold?"
        ),
        "Water without any glaze at all"
    );
    assert_eq!(
        back(&d, "Kiln bodies — Porosity: when is stoneware fired?"),
        "Until it is vitreous, about 1200 degrees"
    );
    // "loyal... friend": a pause, no end of a sentence
    for c in &d.cards {
        assert_ne!(c.back.as_deref(), Some("A loyal"), "{c:?}");
    }
}

const PARTS: &str = "# Kilns\n\n## Parts of a kiln\n\nA kiln has several parts. The **damper**, often made of brick, steel or clay, slows down the draught through the chimney. The **shell**, a thick brick wall, surrounds the chamber to keep the heat in. The **cone pack** shows the heat work the ware got (see figure).\n\n## Firing\n\n- Hotter firings give glossier glazes. (e.g. stoneware at cone 10 is glossier than\n";

#[test]
fn asides_are_read_past_and_left_off() {
    let d = gen(&[notes("parts.md", PARTS)]);
    // the aside after the subject is no part of the statement
    assert_eq!(
        back(&d, "Parts of a kiln: what does the damper slow down?"),
        "The draught through the chimney"
    );
    assert_eq!(
        back(&d, "Parts of a kiln: what does the shell surround?"),
        "The chamber to keep the heat in"
    );
    // a figure the card cannot show, and an aside left open, are left off
    assert_eq!(
        back(&d, "Parts of a kiln: what does the cone pack show?"),
        "The heat work the ware got"
    );
    let all: Vec<&str> = d.cards.iter().filter_map(|c| c.back.as_deref()).collect();
    assert!(
        all.iter()
            .all(|b| b.matches('(').count() == b.matches(')').count()),
        "{all:?}"
    );
    // "several parts" names none of them
    assert!(!all.iter().any(|b| b.starts_with("Several")), "{all:?}");
}

const CODE: &str = "# Guild Code\n\n## Firing rules\n\n2nd principle:\n  - A kiln shall be fired only by a member who has passed the guild's safety course, and never left alone while the firing is under way.\n  - No kiln can be loaded \"just to see what happens\".\n";

#[test]
fn a_numbered_rule_over_what_it_says_is_asked() {
    let d = gen(&[notes("code.md", CODE)]);
    assert_eq!(
        back(&d, "Guild Code — Firing rules: what is the 2nd principle?"),
        "A kiln shall be fired only by a member who has passed the guild's safety course, and never left alone while the firing is under way; No kiln can be loaded \"just to see what happens\""
    );
}

const VESSEL: &str = "# Kilns\n\n## Parts\n\n- The chamber holds the ware and withstands high temperatures.\n- Firing should occur without the potter's constant attention.\n";

#[test]
fn a_second_verb_ends_the_object_and_a_manner_is_asked_how() {
    let d = gen(&[notes("vessel.md", VESSEL)]);
    assert_eq!(
        back(&d, "Kilns — Parts: what does the chamber hold?"),
        "The ware"
    );
    assert_eq!(
        back(&d, "Kilns — Parts: how should firing occur?"),
        "Without the potter's constant attention"
    );
}

const LOADING: &str = "# Kilns\n\n## Loading {.c2}\n\nLoading starts with the largest pots. Densest shelf = the shelf with the fewest free spaces left.\n";

#[test]
fn a_term_set_equal_to_what_it_is_is_asked_and_heading_attributes_go() {
    let d = gen(&[notes("loading.md", LOADING)]);
    assert_eq!(
        back(&d, "Kilns — Loading: what is the densest shelf?"),
        "The shelf with the fewest free spaces left"
    );
}

const ZONES: &str = "# Firing\n\n### Zones\n\nAnna Berg's **zone model** proposed that each potter has a personal range of kiln heat within which glazing is best. This zone:\n\n- Differs between potters\n- Can be found from a kiln log\n\nA very sophisticated kiln might one day fire itself.\n";

#[test]
fn sentences_before_a_lead_into_a_list_are_read() {
    let d = gen(&[notes("zones.md", ZONES)]);
    assert_eq!(
        back(&d, "Firing: what did Anna Berg's zone model propose?"),
        "Each potter has a personal range of kiln heat within which glazing is best"
    );
    // "sophisticated" after "very" describes the kiln; it is no verb
    assert!(
        !fronts(&d).iter().any(|f| f.contains("sophisticate")),
        "{:?}",
        fronts(&d)
    );
}

const SLIP: &str = "# Clay\n\n## Slip\n\nSlip is made in a bucket. the clay+water mix = slip\n\nkiln washes = coatings that keep glaze off the shelves\n\nA kiln wash is made of alumina and kaolin. It protects the shelves.\n\n+ the wash coats each shelf in a thin layer\n+ a shelf with wash lasts for years\n";

#[test]
fn terms_set_equal_either_way_are_defined() {
    let d = gen(&[notes("slip.md", SLIP)]);
    assert_eq!(back(&d, "Clay: what is slip?"), "The clay+water mix");
    assert_eq!(
        back(&d, "Clay — Slip: what are kiln washes?"),
        "Coatings that keep glaze off the shelves"
    );
}

#[test]
fn a_lone_letter_before_capitals_is_part_of_the_name() {
    let text = "# Cells\n\n## Codes\n\nThe mRNA carries the code and helps keep RNA stable.\n\nsynthetase =\n\t+ forms an aminoacyl-tRNA\n\t+ adds the amino acid via aminoacyl tRNA transferase\n\t+ checks that the right tRNA has been added\n";
    let d = gen(&[notes("codes.md", text)]);
    assert!(
        d.cards.iter().all(|c| !c.front.contains(" t:")),
        "{:?}",
        fronts(&d)
    );
    // the lines under "synthetase =" are its list
    assert_eq!(
        back(&d, "Cells — Codes — synthetase: what does it form?"),
        "An aminoacyl-tRNA"
    );
}

const GUILD: &str = "# Guild\n\n## Impact on the town\n\n* Potters leaving cut the number of kilns, leading to fewer firings\n* Damage to the roads causes delays for carters, causing lost orders\n";

#[test]
fn a_statement_and_what_it_leads_to_are_asked() {
    let d = gen(&[notes("guild.md", GUILD)]);
    assert_eq!(
        back(
            &d,
            "Guild — Impact on the town: Potters leaving cut the number of kilns — what does this lead to?"
        ),
        "Fewer firings"
    );
    assert_eq!(
        back(
            &d,
            "Guild — Impact on the town: Damage to the roads causes delays for carters — what does this cause?"
        ),
        "Lost orders"
    );
}

const WOOD: &str = "# Kilns\n\n## Wood Kiln Firing\n- Takes three days.\n- Suffers from ash build-up\n- Needs a crew of five.\n";

#[test]
fn an_item_led_by_a_verb_and_its_preposition_asks_with_both() {
    let d = gen(&[notes("wood.md", WOOD)]);
    assert_eq!(
        back(&d, "Wood Kiln Firing: what does it suffer from?"),
        "Ash build-up"
    );
}

#[test]
fn the_date_the_notes_were_written_is_no_fact() {
    let text = "---\ntags: pottery\n---\nCreated: 2023-01-23\n\n## Glazes\nA **celadon** is a green glaze fired in reduction.\n";
    let d = gen(&[notes("dated.md", text)]);
    assert_eq!(fronts(&d), ["Glazes: what is a celadon?"]);
}

#[test]
fn a_property_denied_over_an_arrow_is_shown_and_its_effect_asked() {
    let text = "# Kilns\n\n## Pit kilns\n\n- Not fuel-hungry -> can be fired with scraps of wood\n- Hard to control -> glazes come out uneven\n";
    let d = gen(&[notes("pit.md", text)]);
    assert_eq!(
        back(&d, "Pit kilns: Not fuel-hungry — what does this lead to?"),
        "Can be fired with scraps of wood"
    );
    assert_eq!(
        back(&d, "Pit kilns: Hard to control — what does this lead to?"),
        "Glazes come out uneven"
    );
}
