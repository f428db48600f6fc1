//! Study aids: a mnemonic spelt by bold first letters, the set-up table
//! of one trial, and signposts that lead on to the next section.

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
