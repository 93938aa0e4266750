//! The capability matrix in README.md (the crate docs) must say what the providers say.

use trunkline::{Operation, TrunkProvider};

fn providers() -> Vec<Box<dyn TrunkProvider>> {
    // Constructing a provider sends nothing.
    vec![
        Box::new(trunkline::PlivoProvider::new("MA000", "token").expect("plivo")),
        Box::new(trunkline::TwilioProvider::new("AC000", "token").expect("twilio")),
        Box::new(trunkline::VobizProvider::new("MA_000", "token").expect("vobiz")),
        Box::new(trunkline::TelnyxProvider::new("KEY000").expect("telnyx")),
    ]
}

#[test]
fn the_readme_capability_matrix_matches_the_providers() {
    let providers = providers();
    let mut table =
        String::from("| operation | Plivo | Twilio | Vobiz | Telnyx |\n|---|---|---|---|---|\n");
    for operation in Operation::ALL {
        table.push_str(&format!("| `{operation}` |"));
        for provider in &providers {
            let mark = if provider.capabilities().supports(*operation) {
                "✓"
            } else {
                "–"
            };
            table.push_str(&format!(" {mark} |"));
        }
        table.push('\n');
    }
    let readme = include_str!("../README.md");
    let start = readme
        .find("<!-- capability-matrix:start -->\n")
        .expect("start marker")
        + "<!-- capability-matrix:start -->\n".len();
    let end = readme
        .find("<!-- capability-matrix:end -->")
        .expect("end marker");
    assert_eq!(
        &readme[start..end],
        table,
        "README.md's capability matrix is stale; replace it with the table above"
    );
}

#[test]
fn every_unsupported_operation_is_a_real_operation_listed_once() {
    for provider in providers() {
        let caps = provider.capabilities();
        assert_eq!(caps.vendor, provider.vendor());
        let mut seen = std::collections::BTreeSet::new();
        for op in caps.unsupported_operations() {
            assert!(Operation::ALL.contains(&op));
            assert!(seen.insert(op), "{op} listed twice for {}", caps.vendor);
        }
    }
}
