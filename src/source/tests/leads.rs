//! Lists under a lead that a question can finish: a sentence left open
//! for its items, a plural noun that names them, an order; and lettered
//! options of a question, which are no list.

use super::*;

const SHELVES: &str = "# Kiln Care\n\n## Shelves\n\nKiln shelves crack over time due to:\n\n- Thermal shock\n- Glaze drips\n\n## Signs\n\nFor potters, the key signs of an overfired pot are:\n\n- Slumping\n- Bloating\n\n## Logs\n\n- Key elements of a firing log:\n  - Date\n  - Cone\n  - Duration\n\n## Wash\n\nUse kiln wash on:\n\n- Shelf tops\n- Cookie edges\n";

#[test]
fn an_open_lead_is_finished_by_its_items() {
    let d = gen(&[notes("shelves.md", SHELVES)]);
    let asked = [
        (
            "Shelves: kiln shelves crack over time due to what (2 items)?",
            "Thermal shock; Glaze drips",
        ),
        (
            "Kiln Care — Signs: for potters, what are the key signs of an overfired pot (2 items)?",
            "Slumping; Bloating",
        ),
        (
            "Kiln Care — Logs: what are the key elements of a firing log (3 items)?",
            "Date; Cone; Duration",
        ),
        (
            "Wash: what should you use kiln wash on (2 items)?",
            "Shelf tops; Cookie edges",
        ),
    ];
    for (front, answer) in asked {
        assert_eq!(back(&d, front), answer, "{:#?}", fronts(&d));
    }
    assert!(
        fronts(&d).iter().all(|f| !f.contains("list the")),
        "{:#?}",
        fronts(&d)
    );
}

const KILNS: &str = "# Kilns\n\n## Types\n\n- Fuel kilns:\n  - Burn wood, gas or oil to reach temperature\n  - Need a chimney and a flue\n\n## Quiz\n\nA raku firing ends with:\n\n- A) Slow cooling in the kiln\n- B) Reduction in a bin of sawdust\n- C) A soak at cone 10\n";

#[test]
fn points_about_a_plural_and_lettered_options_are_no_named_list() {
    let d = gen(&[notes("kilns.md", KILNS)]);
    // the points say what fuel kilns do, not which kilns there are
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("what are the fuel kilns")),
        "{:#?}",
        fronts(&d)
    );
    // options of a question are no list to recite
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("raku firing ends with")),
        "{:#?}",
        fronts(&d)
    );
}

const STATED: &str = "# Pottery\n\n## Clay bodies\n\n### **Greenware** is defined as clay that has not yet been fired.\n\n- Breaks when it gets wet\n- Shrinks as it dries\n\n### Porcelain needs the highest firing.\n\nIt is the whitest body.\n\n## Ranges\n\nThe firing range of a clay body is defined as the span of cones over which it matures.\n";

#[test]
fn a_heading_that_states_a_fact_is_read_as_one() {
    let d = gen(&[notes("clay.md", STATED)]);
    assert_eq!(
        back(&d, "Pottery — Clay bodies: what is greenware?"),
        "Clay that has not yet been fired",
        "{:#?}",
        fronts(&d)
    );
    // "is defined as" defines, whatever the subject's length
    assert_eq!(
        back(&d, "Pottery: what is the firing range of a clay body?"),
        "The span of cones over which it matures"
    );
    // the statement is no lead of the list under it, nor its section's name
    for f in fronts(&d) {
        assert!(!f.contains("defined as") && !f.contains("firing."), "{f}");
    }
}

const DEEDS: &str = "# Guild history\n\n## The First Potters Council\n\n- Required two thirds of the masters to elect the warden\n- Condemned the lead glazes as too toxic\n- Temporarily banned Raku firings in the town\n\nGuild Council #2 in 1350 - The Second Potters Council, feat. Warden Jan\n\n- Excommunicated and banished Master Piet\n- Opened a school for throwers\n\n## Studio kit\n\n- Automated kiln controllers\n- Fully managed glaze stock\n\n## Bernard Leach\n\n- Founded the Leach Pottery in St Ives\n- Wrote A Potter's Book\n";

#[test]
fn a_list_of_deeds_asks_what_its_subject_did() {
    let d = gen(&[notes("guild.md", DEEDS)]);
    let first = "Guild history — The First Potters Council: ";
    assert_eq!(
        back(&d, &format!("{first}what did it condemn?")),
        "The lead glazes as too toxic",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, &format!("{first}what did it temporarily ban?")),
        "Raku firings in the town"
    );
    // the line above the second list names its subject
    let second = "Guild history — The Second Potters Council: ";
    assert_eq!(
        back(
            &d,
            &format!("{second}what did it excommunicate and banish?")
        ),
        "Master Piet"
    );
    assert_eq!(
        back(&d, &format!("{second}what did it open?")),
        "A school for throwers"
    );
    // a person is named
    assert_eq!(
        back(&d, "Guild history: what did Bernard Leach found?"),
        "The Leach Pottery in St Ives"
    );
    // a participle before its noun is no deed
    for f in fronts(&d) {
        assert!(!f.contains("automate") && !f.contains("manage"), "{f}");
    }
}

#[test]
fn a_heading_loses_its_full_stop_but_not_an_abbreviation() {
    let text = "# Kilns\n\n## Kiln Law.\n\nThe flue removes the smoke. The damper slows the draught.\n\n## K.O.L.\n\nThe kiln log stores every firing. The potter keeps the log.\n";
    let d = gen(&[notes("law.md", text)]);
    assert_eq!(
        back(&d, "Kiln Law: what does the flue remove?"),
        "The smoke",
        "{:#?}",
        fronts(&d)
    );
    assert!(
        fronts(&d).iter().any(|f| f.contains("K.O.L.")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_sentence_that_runs_on_into_its_list_leads_it() {
    let text = "# Kilns\n\n## Heat\n\nThe heat of a kiln is raised by\n\n- burning drier wood\n- closing the damper\n\nA kiln cools faster when the door is opened.\n";
    let d = gen(&[notes("kilns.md", text)]);
    assert_eq!(
        back(&d, "Heat: the heat of a kiln is raised by what (2 items)?"),
        "Burning drier wood; closing the damper"
    );
    // "faster" is no verb: the kiln cools
    assert_eq!(
        back(&d, "Heat: when does a kiln cool faster?"),
        "When the door is opened"
    );
}
