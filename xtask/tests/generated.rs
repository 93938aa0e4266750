//! The committed generated code must be exactly what the specs produce: `cargo test` fails on a
//! stale file the same way `cargo xtask generate --check` does.

#[test]
fn committed_generated_code_is_fresh() {
    let root = xtask::workspace_root();
    let report = xtask::generate::run(&root, xtask::targets::TARGETS, true)
        .unwrap_or_else(|err| panic!("generation failed:\n{err}"));
    assert!(
        report.stale.is_empty(),
        "stale generated files (run `cargo xtask generate` and commit): {:?}",
        report.stale
    );
    assert_eq!(report.fresh.len(), 2 * xtask::targets::TARGETS.len());
}

#[test]
fn check_mode_names_a_stale_file_and_writes_nothing() {
    // Copy one spec and its crate's generated files into a scratch root, change the spec, and
    // check: the client file must be reported stale and left untouched.
    let root = xtask::workspace_root();
    let target = xtask::targets::TARGETS[0];
    let scratch =
        std::env::temp_dir().join(format!("trunkline-xtask-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    for file in [target.spec, target.client_file, target.mock_file] {
        let to = scratch.join(file);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(root.join(file), &to).unwrap();
    }
    let spec_path = scratch.join(target.spec);
    let spec = std::fs::read_to_string(&spec_path).unwrap();
    let changed = spec.replacen("\n  title: ", "\n  title: Changed ", 1);
    assert_ne!(spec, changed, "the spec has an info.title to change");
    std::fs::write(&spec_path, changed).unwrap();
    let before = std::fs::read_to_string(scratch.join(target.client_file)).unwrap();

    let report = xtask::generate::run(&scratch, &[target], true).unwrap();
    assert!(
        report
            .stale
            .iter()
            .any(|p| p == std::path::Path::new(target.client_file)),
        "{report:?}"
    );
    let after = std::fs::read_to_string(scratch.join(target.client_file)).unwrap();
    assert_eq!(before, after, "--check must not write");
    let _ = std::fs::remove_dir_all(&scratch);
}
