//! Each vendor feature pulls in its own vendor crate and no other (`cargo tree`).

use std::process::Command;

fn normal_dependencies(features: &str) -> String {
    let output = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "--locked",
            "-p",
            "trunkline",
            "--no-default-features",
            "--features",
            features,
            "-e",
            "normal",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run cargo tree");
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8")
}

#[test]
fn one_vendor_feature_pulls_in_one_vendor_crate() {
    let vendors = [
        "trunkline-plivo",
        "trunkline-twilio",
        "trunkline-vobiz",
        "trunkline-telnyx",
    ];
    for (feature, own) in [
        ("plivo", "trunkline-plivo"),
        ("twilio", "trunkline-twilio"),
        ("vobiz", "trunkline-vobiz"),
        ("telnyx", "trunkline-telnyx"),
    ] {
        let tree = normal_dependencies(feature);
        for vendor in vendors {
            let present = tree
                .lines()
                .any(|line| line.starts_with(&format!("{vendor} v")));
            assert_eq!(
                present,
                vendor == own,
                "with only `{feature}`, {vendor} present = {present}:\n{tree}"
            );
        }
        assert!(tree.lines().any(|l| l.starts_with("trunkline-core v")));
    }
}
