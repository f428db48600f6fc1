//! Comparison charts: a chart's number left off its title, rows that name
//! a state, a verb or a time, row labels set in capitals, and columns of
//! symbols.

use super::*;

const CHART: &str = "# Kiln Charts\n\n## Chart 7: Gas Kilns vs. Electric Kilns\n\n| Feature | GAS KILN | ELECTRIC KILN |\n|---|---|---|\n| **Portable?** | No | Yes |\n| **Permit needed?** | Yes | No |\n| **Can be rented?** | Yes | No |\n| **Protects** | Glaze colour | Elements |\n| **After cooling** | Opened by hand | Opened by timer |\n\n## Chart 8: Kiln Hazards\n\nSome firings are a high risk; a few are unacceptable.\n\n| Risk Level | Treatment | Examples |\n|---|---|---|\n| **UNACCEPTABLE** | **BANNED** | Firing in a bedroom |\n| **HIGH** | Inspected yearly | Gas kilns in schools |\n";

#[test]
fn chart_rows_are_asked_as_their_labels_read() {
    let d = gen(&[notes("charts.md", CHART)]);
    let asked = |f: &str| back(&d, f).to_string();
    assert_eq!(asked("Is GAS KILN portable?"), "No", "{:#?}", fronts(&d));
    assert_eq!(asked("Is permit needed for ELECTRIC KILN?"), "No");
    assert_eq!(asked("Can GAS KILN be rented?"), "Yes");
    assert_eq!(
        asked("Gas Kilns vs. Electric Kilns: what does GAS KILN protect?"),
        "Glaze colour"
    );
    assert_eq!(
        asked("What happens to ELECTRIC KILN after cooling?"),
        "Opened by timer"
    );
}

#[test]
fn a_row_label_in_capitals_keeps_its_chart_and_the_number_goes() {
    let d = gen(&[notes("charts.md", CHART)]);
    assert_eq!(
        back(&d, "UNACCEPTABLE (Kiln Hazards): what is the treatment?"),
        "BANNED",
        "{:#?}",
        fronts(&d)
    );
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("Chart 7") && !f.contains("Chart 8")),
        "{:#?}",
        fronts(&d)
    );
}

#[test]
fn a_symbol_column_asks_what_the_symbol_stands_for() {
    let text = "# Firing\n\n|Name|Symbol|Definition|\n|---|---|---|\n|Firing Range|$\\Delta T_f$|Span of heat over which a glaze matures|\n|Heat Work|$W_h$|Heat and time taken together|\n";
    let d = gen(&[notes("symbols.md", text)]);
    assert_eq!(
        back(&d, "Firing: what does ΔT_f stand for?"),
        "Firing Range",
        "{:#?}",
        fronts(&d)
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("what is the symbol")),
        "{:#?}",
        fronts(&d)
    );
}

const KILN_TABLES: &str = "# Kilns\n\n## Shrinkage by body\n\n| Body | Firing | Shrinkage |\n|---|---|---|\n| Stoneware | Bisque | 2% |\n| Stoneware | Glaze | 12% |\n| Porcelain | Glaze | 15% |\n\n## Fritted vs Raw\n\n| Fritted | Raw |\n|---|---|\n| safe to handle | toxic dust |\n| melts evenly | melts in steps |\n\n## Wood ↔ Electric Comparison\n\n| Electric | Wood | Cost |\n|---|---|---|\n| Even heat | Flashing | Low |\n";

#[test]
fn a_repeated_row_label_is_told_apart_by_the_next_column() {
    let d = gen(&[notes("tables.md", KILN_TABLES)]);
    // the second column names the rows that share a label, not a card
    assert_eq!(
        back(
            &d,
            "Kilns — Stoneware body (Glaze firing): what is the shrinkage?"
        ),
        "12%"
    );
    assert_eq!(
        back(
            &d,
            "Kilns — Stoneware body (Bisque firing): what is the shrinkage?"
        ),
        "2%"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("what is the firing")),
        "{:#?}",
        fronts(&d)
    );
    // two kinds set against each other, row by row
    assert_eq!(
        back(&d, "Kilns — Fritted: safe to handle; raw?"),
        "Toxic dust"
    );
    // a header that says what a row is like is no kind of thing
    assert!(
        fronts(&d)
            .iter()
            .all(|f| !f.contains("electric:") && !f.contains("wood electric")),
        "{:#?}",
        fronts(&d)
    );
}
