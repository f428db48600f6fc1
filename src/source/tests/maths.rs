//! Maths notes: numbered results ("Theorem 2.1", "Corollary 2") whose
//! statements are the facts, proofs left out, and maths inside a sentence
//! kept in its place.

use super::*;

const RESULTS: &str = "# Glaze chemistry\n\n## Fluxes\n\n**Theorem 2.1:** If a glaze holds more flux, then it melts at a lower temperature.\n\n**Proof:** Suppose that the flux is raised.\nThen the melt begins sooner and the corollary follows.\n\n**Corollary 2:** A glaze with no flux never melts in a studio kiln.\n\n**Lemma 3:** Silica forms the glass of every glaze.\n";

#[test]
fn a_numbered_result_is_its_statement_and_a_proof_no_card() {
    let d = gen(&[notes("glaze.md", RESULTS)]);
    assert_eq!(
        back(&d, "Glaze chemistry — Fluxes: what does silica form?"),
        "The glass of every glaze"
    );
    assert_eq!(
        back(&d, "Fluxes: what happens if a glaze holds more flux?"),
        "It melts at a lower temperature"
    );
    // the labels name no term, and the proof's steps are no facts
    for f in fronts(&d) {
        assert!(
            !f.contains("Corollary") && !f.contains("Lemma") && !f.contains("Proof"),
            "{f}"
        );
        assert!(
            !f.contains("melt begins") && !f.contains("flux is raised"),
            "{f}"
        );
    }
    assert_eq!(d.cards.len(), 2, "{:#?}", fronts(&d));
}

const ARROWS: &str = "# Throwing\n\n## Spiral wedging\n\nA potter wedges the clay 5′ → 3′ along the spiral.\n\n- **Stages of drying:** wet → leather-hard → bone-dry\n- Centring runs 1 → 2 on the wheel.\n";

#[test]
fn an_arrow_that_says_which_way_or_gives_an_order_stays_an_arrow() {
    let d = gen(&[notes("throwing.md", ARROWS)]);
    assert_eq!(
        back(
            &d,
            "Throwing — Spiral wedging: what is meant by “Stages of drying”?"
        ),
        "Wet → leather-hard → bone-dry",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, "Throwing — Spiral wedging: what does centring run?"),
        "1 → 2 on the wheel"
    );
    assert!(
        d.cards
            .iter()
            .any(|c| c.back.as_deref().is_some_and(|b| b.contains("5′ → 3′"))),
        "{:#?}",
        d.cards
    );
}

const INLINE: &str = "# Glaze chemistry\n\n## Fluxes\n\n- a flux donates an oxide, $$\\mathrm{Na_2O}$$\n- oxides like $$\\mathrm{K_2O}$$ and $$\\mathrm{CaO}$$ lower the melting point\n- at cone 6, the value of $$T$$ is $$1220$$ degrees\n\n## Expansion\n\nThe expansion of a glaze $$\\alpha = \\Delta L / L$$ sets how it fits the body.\n";

#[test]
fn a_symbol_between_display_marks_stays_in_its_sentence() {
    let d = gen(&[notes("glaze.md", INLINE)]);
    assert_eq!(
        back(&d, "Glaze chemistry — Fluxes: what does a flux donate?"),
        "An oxide, Na₂O",
        "{:#?}",
        fronts(&d)
    );
    // no formula card named by the words around a symbol
    for f in fronts(&d) {
        assert!(
            !f.contains("what is the formula for") || f.contains("expansion"),
            "{f}"
        );
        assert!(!f.contains("like and") && !f.contains("value of?"), "{f}");
    }
    // an equation after the name it defines is still its formula
    assert!(
        d.cards
            .iter()
            .any(|c| c.back.as_deref() == Some("α = ΔL / L")),
        "{:#?}",
        d.cards
    );
}

const RELATIONS: &str = "# Glaze chemistry\n\n## Melt balance\n\n* $Q = K$: The melt is at equilibrium\n* $Q < K$: The melt takes up more silica\n* $Q > K$: Silica crystals form\n";

#[test]
fn cases_of_a_relation_are_each_their_own_card() {
    let d = gen(&[notes("melt.md", RELATIONS)]);
    let at = "Glaze chemistry — Melt balance: ";
    assert_eq!(
        back(&d, &format!("{at}what does “Q = K” mean?")),
        "The melt is at equilibrium",
        "{:#?}",
        fronts(&d)
    );
    assert_eq!(
        back(&d, &format!("{at}what does “Q less than K” mean?")),
        "The melt takes up more silica"
    );
    assert_eq!(
        back(&d, &format!("{at}what does “Q more than K” mean?")),
        "Silica crystals form"
    );
    assert_eq!(d.cards.len(), 3, "{:#?}", fronts(&d));
}

#[test]
fn a_definition_that_runs_on_into_its_parts_ends_before_where() {
    let text = "# Kilns\n\n## Schedules\n\nA firing schedule is a 3-tuple (r, t, c), where\n\n1. r is the rate of climb,\n2. t is the hold time,\n3. c is the cone.\n";
    let d = gen(&[notes("schedule.md", text)]);
    assert_eq!(
        back(&d, "Kilns: what is a firing schedule?"),
        "A 3-tuple (r, t, c)",
        "{:#?}",
        fronts(&d)
    );
}

const KILN_HEAT: &str = "# Kiln Physics\n\n## Heat flow\n\nIt gives the heat lost through a kiln wall each second $$P = \\frac{kA\\Delta T}{d}$$looks like the law of cooling$$T = T_0 e^{-ct}$$From the wall's area and thickness, we have $$P = \\frac{A}{d}$$\n";

#[test]
fn a_formula_after_a_sentence_is_asked_by_its_symbol_or_its_law() {
    let d = gen(&[notes("heat.md", KILN_HEAT)]);
    let c = card(&d, "Kiln Physics — Heat flow: what is the formula for P?");
    assert_eq!(c.back.as_deref(), Some("P = kAΔT / d"));
    assert_eq!(
        c.explanation.as_deref(),
        Some("It gives the heat lost through a kiln wall each second")
    );
    assert_eq!(
        back(&d, "Kiln Physics — Heat flow: what is the law of cooling?"),
        "T = T₀ e^(-ct)"
    );
    // the same symbol again, asked with what it is worked out from
    assert_eq!(
        back(
            &d,
            "Kiln Physics — Heat flow: what is the formula for P in terms of A and d?"
        ),
        "P = A/d"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains(" for it ")),
        "{:#?}",
        fronts(&d)
    );
}

const WHEEL: &str = "# Wheel\n\n## Definitions\n\n- **Wheel speed:** `ω = dθ/dt` (rad/s)\n- **Trim depth:** `d = r·θ`\n- **Start the wheel:** `wheel --start`\n";

#[test]
fn a_formula_in_code_is_asked_as_a_formula() {
    let d = gen(&[notes("wheel.md", WHEEL)]);
    assert_eq!(
        back(&d, "Wheel: what is the formula for wheel speed?"),
        "ω = dθ/dt (rad/s)"
    );
    assert!(
        fronts(&d).iter().all(|f| !f.contains("syntax for Wheel")),
        "{:#?}",
        fronts(&d)
    );
}

const LEADS: &str = "# Kiln maths\n\n## Firing rates\n\n1. **Ramp with Cones** has the following formula: $$r=\\lfloor t\\cdot c\\rfloor$$ where $c$ is the cone number.\n2. **Cooling by vents** uses the following rate rule: $$v=(h-a) \\text{ mod } 2$$\n\n## Slow firing\n\n**Definition**: a slow firing $F$ is a firing over the cones $\\{ 1, ..., n \\}$. For any kiln $k$, the heat curve of a slow firing with kiln $k$ is given by:\n\n$$\\mathbb{H}(F = 1) = k\\wedge\\mathbb{H}(F = 0) = 1 - k$$\n";

#[test]
fn a_lead_that_names_what_its_formula_gives_asks_for_it() {
    let d = gen(&[notes("rates.md", LEADS)]);
    let ramp = card(
        &d,
        "Kiln maths — Firing rates: what is the formula for ramp with cones?",
    );
    // floor brackets are maths, not symbols to clean away
    assert_eq!(ramp.back.as_deref(), Some("r = ⌊ t· c⌋"));
    assert_eq!(
        ramp.explanation.as_deref(),
        Some("Where c is the cone number.")
    );
    assert_eq!(
        back(
            &d,
            "Kiln maths — Firing rates: what rate rule does cooling by vents use?"
        ),
        "v = (h-a) mod 2"
    );
    // the formula after a paragraph that ends "… is given by:"
    assert_eq!(
        back(
            &d,
            "Kiln maths — Slow firing: what is the formula for the heat curve of a slow firing?"
        ),
        "H(F = 1) = k∧H(F = 0) = 1 - k"
    );
    // the meaning stops at its last sentence, not at the stop in "n."
    assert_eq!(
        back(&d, "Kiln maths — Slow firing: what is it?"),
        "A slow firing F is a firing over the cones 1,..., n."
    );
    for f in fronts(&d) {
        assert!(!f.contains("following formula [...]"), "{f}");
    }
}

const FIELDS: &str = "# Kiln maths\n\n## Slow firing\n\nA slow firing climbs one cone an hour.\n\n| Attribute  |                           |\n| ---------- | ------------------------- |\n| Cones      | $\\{ a, ..., b \\}$         |\n| Settings   | $k \\in (0, 1)$            |\n| Mean       | $\\mathbb{E}[F] = k$       |\n| Spread     | $Var(F) = k \\cdot (1 - k)$ |\n";

#[test]
fn a_table_of_fields_under_an_unnamed_column_asks_each_field() {
    let d = gen(&[notes("fields.md", FIELDS)]);
    let ctx = "Kiln maths — Slow firing";
    assert_eq!(back(&d, &format!("{ctx}: what are the cones?")), "a,..., b");
    assert_eq!(
        back(&d, &format!("{ctx}: what are the settings?")),
        "k ∈ (0, 1)"
    );
    assert_eq!(back(&d, &format!("{ctx}: what is the mean?")), "E[F] = k");
    assert_eq!(
        back(&d, &format!("{ctx}: what is the spread?")),
        "Var(F) = k · (1 - k)"
    );
}

const SPACED_DOLLARS: &str = "# Kiln maths\n\n## Cooling\n\n- **Cooling rate**: Heat lost per hour ($ r = \\frac{ΔT}{t} $).\n- **Firing fee**: The guild charges $5 a shelf and $10 a kiln.\n";

#[test]
fn maths_typed_with_spaces_inside_its_dollars_is_maths() {
    let d = gen(&[notes("cooling.md", SPACED_DOLLARS)]);
    let backs: Vec<&str> = d
        .cards
        .iter()
        .map(|c| c.back.as_deref().unwrap_or_default())
        .collect();
    assert!(backs.iter().any(|b| b.contains("(r = ΔT/t)")), "{backs:#?}");
    // money keeps its dollar signs
    assert!(backs.iter().any(|b| b.contains("$5 a shelf")), "{backs:#?}");
    assert!(backs.iter().all(|b| !b.contains("$ ")), "{backs:#?}");
}

const SYMBOLS: &str = "# Kiln heat\n\n## Heat loss\n- Wall loss:\n  - $ a = \\frac{\\Delta Q}{\\Delta t} $\n  - $ Q_w = k e^{-d} $\n  - $ t = 0^- $\n- Two states:\n  - $ n = T = constant $\n";

#[test]
fn a_symbol_over_a_formula_of_symbols_asks_the_formula() {
    let d = gen(&[notes("heat.md", SYMBOLS)]);
    let fronts = fronts(&d);
    let asked = |s: &str| fronts.iter().find(|f| f.ends_with(s)).copied();
    // "a" is a symbol here, not an article
    let a = asked("what is the formula for a?").expect("a card for a");
    assert_eq!(back(&d, a), "a = ΔQ/Δt");
    let q = asked("what is the formula for Q_w?").expect("a card for Q_w");
    assert_eq!(back(&d, q), "Q_w = k e^(-d)");
    // a value, and a run of equations, are no formula of a symbol
    assert!(asked("formula for t?").is_none(), "{fronts:?}");
    assert!(asked("formula for n?").is_none(), "{fronts:?}");
}

const LIMITS: &str = "# Kiln control\n\n## Steady-state Errors\n\n- $k_{p}=\\lim_{ s \\to 0 }G(s)$\n- $k_{v}=\\lim_{ s \\to 0 }s\\cdot G(s)$\n";

#[test]
fn a_limit_keeps_its_bound_and_errors_taught_are_no_mistakes() {
    let d = gen(&[notes("limits.md", LIMITS)]);
    let fronts = fronts(&d);
    let kp = fronts
        .iter()
        .find(|f| f.ends_with("what is the formula for k_p?"))
        .expect("a card for k_p");
    assert_eq!(back(&d, kp), "k_p = lim_(s → 0)G(s)");
    assert!(fronts.iter().all(|f| !f.contains("mistake")), "{fronts:?}");
}

#[test]
fn a_reaction_set_as_chemistry_is_asked_by_its_heading() {
    let text = "# Glazes\n\n## Firing\n\n### Ionic equation of calcining\n\n$$\n\\ce{CaCO3 -> CaO + CO2}\n$$\n\n### Making glass\n\n$$\n\\tag*{\\scriptsize (melt)}\\ce{silica + flux -> glass}\n$$\n";
    let d = gen(&[notes("glazes.md", text)]);
    assert_eq!(
        back(
            &d,
            "Glazes — Firing: what is the ionic equation of calcining?"
        ),
        "CaCO3 → CaO + CO2"
    );
    assert_eq!(
        back(
            &d,
            "Glazes — Firing: what is the equation for making glass?"
        ),
        "silica + flux → glass"
    );
}
