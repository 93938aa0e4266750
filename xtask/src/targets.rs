//! Which spec generates which files: the one table the generator, `--check` and the stale-code
//! test share.

/// One spec and the generated files it owns.
#[derive(Clone, Copy, Debug)]
pub struct Target {
    /// Name used on the command line: `cargo xtask generate <key>`.
    pub key: &'static str,
    /// The spec, relative to the workspace root.
    pub spec: &'static str,
    /// The generated client module, relative to the workspace root.
    pub client_file: &'static str,
    /// The generated typed-httpmock module, relative to the workspace root.
    pub mock_file: &'static str,
    /// Rust path of the module the client file is mounted at, inside its crate. Generated code
    /// names its own types through it (open enums are `OpenEnum<{module}::types::T>`).
    pub module: &'static str,
}

/// Every spec of the workspace.
pub const TARGETS: &[Target] = &[
    Target {
        key: "plivo",
        spec: "specs/plivo-zentrunk.yaml",
        client_file: "crates/trunkline-plivo/src/generated.rs",
        mock_file: "crates/trunkline-plivo/src/generated_httpmock.rs",
        module: "crate::generated",
    },
    Target {
        key: "twilio-trunking",
        spec: "specs/twilio-trunking.yaml",
        client_file: "crates/trunkline-twilio/src/generated_trunking.rs",
        mock_file: "crates/trunkline-twilio/src/generated_trunking_httpmock.rs",
        module: "crate::generated_trunking",
    },
    Target {
        key: "twilio-sip",
        spec: "specs/twilio-sip.yaml",
        client_file: "crates/trunkline-twilio/src/generated_sip.rs",
        mock_file: "crates/trunkline-twilio/src/generated_sip_httpmock.rs",
        module: "crate::generated_sip",
    },
    Target {
        key: "vobiz",
        spec: "specs/vobiz.yaml",
        client_file: "crates/trunkline-vobiz/src/generated.rs",
        mock_file: "crates/trunkline-vobiz/src/generated_httpmock.rs",
        module: "crate::generated",
    },
    Target {
        key: "telnyx",
        spec: "specs/telnyx.yaml",
        client_file: "crates/trunkline-telnyx/src/generated.rs",
        mock_file: "crates/trunkline-telnyx/src/generated_httpmock.rs",
        module: "crate::generated",
    },
];

/// Selects targets by key; `twilio` selects both Twilio specs. No keys selects all.
pub fn select(keys: &[String]) -> Result<Vec<Target>, String> {
    if keys.is_empty() {
        return Ok(TARGETS.to_vec());
    }
    let mut selected = Vec::new();
    for key in keys {
        let matching: Vec<Target> = TARGETS
            .iter()
            .filter(|t| t.key == key || t.key.split('-').next() == Some(key.as_str()))
            .copied()
            .collect();
        if matching.is_empty() {
            let known: Vec<&str> = TARGETS.iter().map(|t| t.key).collect();
            return Err(format!(
                "unknown vendor {key:?}: expected one of {} (or `twilio` for both Twilio specs)",
                known.join(", ")
            ));
        }
        for target in matching {
            if !selected.iter().any(|t: &Target| t.key == target.key) {
                selected.push(target);
            }
        }
    }
    Ok(selected)
}
