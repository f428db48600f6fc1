//! Tables written quickly: cells broken into lines with `<br>`, rows of a
//! comparison that are clauses, not things to have, and an example left
//! on a line of its own under a heading.

use super::*;

const KILN_TYPES: &str = "# Kilns\n\n## Kiln types\n\n| | Gas kiln | Electric kiln |\n|---|---|---|\n| Firing curve | $T^2$<br />$T \\in [0, 1300]$ | $T$ |\n| Strengths | - Fast<br />- Reduction | - Even heat<br />- Clean |\n| Drawbacks | Costly fuel<br /><br />1. Needs a vent<br />2. Needs a licence | Slow<br />(about a day) |\n| Fire cone 10 optimally | ✅ | ❌ |\n| Potter aware of hot spots | ✅ | ❌ |\n| Reduction/<br />Oxidation atmosphere | ✅ | ❌ |\n| Chimney | ✅ | ❌ |\n";

#[test]
fn lines_of_a_cell_stay_apart() {
    let d = gen(&[notes("kilns.md", KILN_TYPES)]);
    let asked = |thing: &str, q: &str| back(&d, &format!("{thing}: {q}")).to_string();
    assert_eq!(
        asked("Gas kiln", "what is the firing curve?"),
        "T²; T ∈ [0, 1300]"
    );
    assert_eq!(
        asked("Gas kiln", "what are the strengths?"),
        "Fast; Reduction"
    );
    assert_eq!(
        asked("Gas kiln", "what are the drawbacks?"),
        "Costly fuel; 1. Needs a vent; 2. Needs a licence"
    );
    assert_eq!(
        asked("Electric kiln", "what are the drawbacks?"),
        "Slow (about a day)"
    );
}

#[test]
fn a_row_that_is_a_clause_is_asked_as_it_stands() {
    let d = gen(&[notes("kilns.md", KILN_TYPES)]);
    let f = fronts(&d);
    assert!(f.iter().all(|f| !f.contains("have fire")), "{f:?}");
    assert!(f.iter().all(|f| !f.contains("have potter")), "{f:?}");
    assert_eq!(back(&d, "Gas kiln: fire cone 10 optimally?"), "Yes");
    assert_eq!(back(&d, "Electric kiln: potter aware of hot spots?"), "No");
    assert_eq!(
        back(&d, "Does Gas kiln have reduction/Oxidation atmosphere?"),
        "Yes"
    );
    assert_eq!(back(&d, "Does Electric kiln have chimney?"), "No");
}

#[test]
fn an_example_on_its_own_line_is_an_example_of_its_section() {
    let text = "# Firing\n\n## Slow cooling\n\nKilns cool more slowly when the door stays shut.\n\nEg: Wood kilns\n\n## Fast cooling\n\nThe door is opened early.\n\nE.g.: Raku, pit firing\n";
    let d = gen(&[notes("firing.md", text)]);
    assert_eq!(
        back(&d, "Firing — Slow cooling: what is an example?"),
        "Wood kilns"
    );
    assert_eq!(
        back(&d, "Firing — Fast cooling: what are examples?"),
        "Raku, pit firing"
    );
    assert!(fronts(&d).iter().all(|f| !f.contains("“Eg”")));
}

const STAGES: &str = "# Kiln Theory\n\n## Bisque Stage (cone 04)\n\n### Overview\n\nThe first firing hardens the clay.\n\n### Key Characteristics\n\n| # | Characteristic | Description |\n|---|---|---|\n| **i** | **Porous** | Takes up glaze like a sponge |\n| **ii** | **Fragile** | Breaks if it is dropped on the floor |\n\n## Glaze Stage (cone 6)\n\n### Key Achievements\n\n- **Gloss**: a shiny finish on the pot\n\n### Worked Example\n\n- A mug fired for nine hours\n\n### Other Hallmarks\n\n| # | Hallmark | Description |\n|---|---|---|\n| **i** | **Sealed** | Holds water without seeping |\n";

#[test]
fn a_column_that_numbers_rows_is_no_data_and_sides_keep_their_stage() {
    let d = gen(&[notes("kiln-theory.md", STAGES)]);
    assert_eq!(
        back(
            &d,
            "Kiln Theory — Bisque Stage (cone 04) — Key Characteristics: what is meant by “Porous”?"
        ),
        "Takes up glaze like a sponge"
    );
    assert_eq!(
        back(
            &d,
            "Kiln Theory — Glaze Stage (cone 6) — Other Hallmarks: what does Sealed do?"
        ),
        "Holds water without seeping"
    );
    assert!(fronts(&d).iter().all(|f| !f.contains("Worked Example")));
    let text = "# Kilns\n\n## Fuels\n\n- Termites break down the wood that is stacked by the kiln\n- The potters acquired a new kiln from the guild\n";
    let d = gen(&[notes("kilns.md", text)]);
    let f = fronts(&d);
    assert!(f.iter().any(|f| f.ends_with("break down?")), "{f:?}");
    assert!(f.iter().all(|f| !f.contains("acquir?")), "{f:?}");
}

#[test]
fn an_html_table_on_one_line_with_no_header_is_read() {
    let text = "# Kilns\n\n## Fuels\n\n<table data-header-hidden><thead><tr><th width=\"325.25\"></th><th></th></tr></thead><tbody><tr><td>Wood</td><td>Ash that melts into a glaze</td></tr><tr><td>Gas</td><td>An even flame that is easy to control</td></tr></tbody></table>\n\nGas kilns are common in schools.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Fuels: what is meant by “Wood”?"),
        "Ash that melts into a glaze"
    );
    assert_eq!(
        back(&d, "Kilns — Fuels: what is meant by “Gas”?"),
        "An even flame that is easy to control"
    );
}

const WORKED: &str = "# Kiln costs\n\n#### A. 1. Known figures\n\n| Kiln Cost Example |  |\n|:------------------|-:|\n| Kiln name | Big Bertha |\n| Purchase cost | $5,000 |\n| Useful life | 5 yr |\n\n#### A. 2. Schedule\n\n| Year | Opening Value | Wear | Closing Value |\n|---:|--------:|-------:|--------:|\n| 1  | $5,000 | $800 | $4,200 |\n| 2  |  4,200 |  800 |  3,400 |\n| 3  |  3,400 |  800 |  2,600 |\n\n#### C. 1. *Kiln hours*: Each hour of firing adds the same share of wear to the kiln.\n\n- Even if wear is counted in months, the yearly total stays the same.\n";

#[test]
fn a_worked_example_s_tables_give_no_cards_and_a_heading_may_define() {
    let (d, report) = generate_with_report(&[notes("costs.md", WORKED)], None).unwrap();
    // "C. 1. Kiln hours: Each hour …" names a term and says what it is
    assert_eq!(
        back(&d, "Kiln costs: what is meant by “Kiln hours”?"),
        "Each hour of firing adds the same share of wear to the kiln."
    );
    for f in fronts(&d) {
        // the example's figures and the schedule's cells are no facts
        assert!(!f.contains("Year") && !f.contains("purchase cost"), "{f}");
        // "Even if wear is counted …" is no subject to ask of
        assert!(!f.contains("even if"), "{f}");
    }
    // and the report says why they were left out
    let left = lines_and_reasons(&report);
    assert!(left.iter().any(|(l, _)| *l == 5), "{left:?}");
    assert!(left.iter().any(|(l, _)| *l == 13), "{left:?}");
}

const STEPS: &str = "# Kiln\n\n|Stage|Actions|\n|---|---|\n|Bisque|<ol><li>The ware is dried on racks</li> <li>The kiln is heated slowly to cone 04</li></ol>|\n|Glaze|<ul><li>The glaze is applied to the ware.</li> <li>The pot is fired to cone 6</li></ul>|\n";

#[test]
fn an_html_list_in_a_cell_keeps_its_items_apart() {
    let d = gen(&[notes("steps.md", STEPS)]);
    assert_eq!(
        back(&d, "Kiln — Bisque: what are the actions?"),
        "The ware is dried on racks; The kiln is heated slowly to cone 04"
    );
    assert_eq!(
        back(&d, "Kiln — Glaze: what are the actions?"),
        "The glaze is applied to the ware; The pot is fired to cone 6"
    );
}

#[test]
fn a_question_column_gives_its_rows_as_they_are_written() {
    let text = "# Kilns\n\n## Revision\n\n| Question | Answer |\n|-|-|\n| State one fuel a kiln can burn | Wood **OR** gas |\n| Where is the spy hole? | In the door |\n| Location | Beside the drying shed |\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Kilns — Revision: where is the spy hole?"),
        "In the door"
    );
    assert_eq!(
        back(&d, "Kilns — Revision: what is the location?"),
        "Beside the drying shed"
    );
    assert!(
        !fronts(&d).iter().any(|f| f.contains("which one")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_column_named_by_a_contracted_question_asks_it() {
    let text = "# Glazes\n\n## Recipes\n\n| Glaze | What's included |\n|-|-|\n| Celadon | Iron oxide and feldspar |\n| Tenmoku | Much more iron oxide |\n";
    let d = gen(&[notes("glazes.md", text)]);
    assert_eq!(
        back(&d, "Celadon glaze: what is included?"),
        "Iron oxide and feldspar"
    );
}

const GUILD: &str = "# Guild\n\n## Apprentices and the rules\n\n| Path | Guild dues | Guild workshop | Example |\n| --- | --- | --- | --- |\n| **1. Journeyman** | Accepts | Accepts | A thrower who pays and works in the hall |\n| **2. Outsider** | Accepts | Rejects | A potter who pays but fires at home |\n| **3. Drifter** | Rejects/Replaces | Rejects | One who left the trade |\n";

#[test]
fn a_table_of_accepts_and_rejects_asks_each_column_once() {
    let d = gen(&[notes("guild.md", GUILD)]);
    assert_eq!(
        back(
            &d,
            "Apprentices and the rules: which of Journeyman, Outsider or Drifter accept guild dues?"
        ),
        "Journeyman; Outsider"
    );
    assert_eq!(
        back(
            &d,
            "Apprentices and the rules: which of Journeyman, Outsider or Drifter accept guild workshop?"
        ),
        "Journeyman"
    );
    // a second word after the slash stays, as the card's explanation
    let dues = card(
        &d,
        "Apprentices and the rules: which of Journeyman, Outsider or Drifter accept guild dues?",
    );
    assert_eq!(
        dues.explanation.as_deref(),
        Some("Drifter: rejects (or replaces).")
    );
    // the example of each row is still asked, of the row by its name
    assert_eq!(
        back(&d, "Guild: what are examples of the path “Outsider”?"),
        "A potter who pays but fires at home"
    );
    let f = fronts(&d);
    assert!(!f.iter().any(|q| q.contains("1. ")), "{f:#?}");
}

#[test]
fn opposite_columns_ask_which_side_each_cell_is_on() {
    let text = "# Clay\n\n## Shrinkage\n\nraises shrinkage | lowers shrinkage\n:---: | :---:\nadding ball clay | adding grog\nfiring hotter | firing cooler\n";
    let d = gen(&[notes("shrink.md", text)]);
    let (choices, right) = choice_of(&d, "Clay — Shrinkage: which one: “adding grog”?");
    assert_eq!(choices, ["raises shrinkage", "lowers shrinkage"]);
    assert_eq!(right, 1);
    // a row pairs nothing: no cell is asked as the other's value
    assert!(
        fronts(&d).iter().all(|f| !f.contains("what is the lowers")),
        "{:#?}",
        fronts(&d)
    );
}
