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
