//! The xtask acts on the checkout it is run for, found at run time, never on the one its binary
//! was built in: cargo reuses one xtask binary for every checkout that shares a target
//! directory. The binary cargo built for this test is run against a second checkout (a copy of
//! the parts `generate` reads) and must check and write the copy's files, never this
//! checkout's; outside any trunkline checkout it refuses with exit code 2.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::SystemTime;

use xtask::targets::TARGETS;

/// A scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("trunkline-xtask-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create the scratch directory");
        // As the xtask will see it from inside (no symbolic links).
        Self(dir.canonicalize().expect("canonical path"))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.parent().expect("parent")).expect("create directories");
    std::fs::copy(from, to)
        .unwrap_or_else(|err| panic!("copy {} to {}: {err}", from.display(), to.display()));
}

/// A second checkout: the workspace manifest, the xtask's manifest, every spec and every
/// generated file, copied from this one.
fn second_checkout(original: &Path, into: &Path) {
    let mut files: Vec<PathBuf> = vec!["Cargo.toml".into(), "xtask/Cargo.toml".into()];
    for entry in std::fs::read_dir(original.join("specs")).expect("specs/") {
        let name = entry.expect("entry").file_name();
        files.push(Path::new("specs").join(name));
    }
    for target in TARGETS {
        files.push(target.client_file.into());
        files.push(target.mock_file.into());
    }
    for file in files {
        copy(&original.join(&file), &into.join(&file));
    }
}

/// Runs the xtask binary in `cwd`, with `CARGO_MANIFEST_DIR` as given (`None`: unset, as when
/// the binary is run directly).
fn xtask(cwd: &Path, manifest_dir: Option<&Path>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_xtask"));
    command.args(args).current_dir(cwd);
    match manifest_dir {
        Some(dir) => command.env("CARGO_MANIFEST_DIR", dir),
        None => command.env_remove("CARGO_MANIFEST_DIR"),
    };
    command.output().expect("the xtask runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Content and modification time: what "untouched" means.
fn fingerprint(path: &Path) -> (Vec<u8>, SystemTime) {
    let content = std::fs::read(path).expect("readable");
    let modified = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .expect("mtime");
    (content, modified)
}

#[test]
fn generate_acts_on_the_checkout_it_is_run_for() {
    let original = xtask::workspace_root();
    let scratch = Scratch::new("checkout");
    let checkout = scratch.0.join("b");
    second_checkout(&original, &checkout);

    let target = TARGETS.iter().find(|t| t.key == "plivo").expect("plivo");
    let file = target.client_file;
    let original_file = original.join(file);
    let before = fingerprint(&original_file);
    let fresh = std::fs::read(checkout.join(file)).expect("the copy");

    // Stale in the copy only (this checkout's file is fresh: the stale-code test says so).
    let stale = [fresh.as_slice(), b"\n// edited by hand\n"].concat();
    std::fs::write(checkout.join(file), &stale).expect("edit the copy");

    // As `cargo xtask` runs it in the copy: cwd and CARGO_MANIFEST_DIR there.
    let out = xtask(
        &checkout,
        Some(&checkout.join("xtask")),
        &["generate", "--check", "plivo"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("stale: {}", checkout.join(file).display())),
        "names the copy's stale file: {stderr}"
    );
    assert!(
        !stderr.contains(&original.display().to_string()),
        "mentions this checkout: {stderr}"
    );
    assert_eq!(
        std::fs::read(checkout.join(file)).unwrap(),
        stale,
        "--check writes nothing"
    );

    // Run directly (no CARGO_MANIFEST_DIR) from a subdirectory of the copy: `generate` writes
    // the copy's file, and only it.
    let out = xtask(&checkout.join("specs"), None, &["generate", "plivo"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains(&format!("wrote {}", checkout.join(file).display())),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(
        std::fs::read(checkout.join(file)).unwrap(),
        fresh,
        "the copy's file is regenerated"
    );

    // Fresh again: the check passes.
    let out = xtask(
        &checkout,
        Some(&checkout.join("xtask")),
        &["generate", "--check", "plivo"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("generated files are fresh"));

    assert_eq!(
        fingerprint(&original_file),
        before,
        "this checkout untouched"
    );
}

#[test]
fn outside_a_trunkline_checkout_it_refuses() {
    let scratch = Scratch::new("outside");
    let outside = scratch.0.clone();
    assert_eq!(
        xtask::find_workspace_above(&outside),
        None,
        "the temporary directory {} is inside a trunkline checkout: this test needs one that is not",
        outside.display()
    );
    // Not even a Cargo workspace of another project counts.
    std::fs::write(
        outside.join("Cargo.toml"),
        "[workspace]\nmembers = []\nresolver = \"3\"\n",
    )
    .expect("manifest");
    for manifest_dir in [None, Some(outside.as_path())] {
        for args in [["generate", "--check"].as_slice(), &["lint"]] {
            let out = xtask(&outside, manifest_dir, args);
            assert_eq!(
                out.status.code(),
                Some(2),
                "{args:?}: {}",
                text(&out.stderr)
            );
            let stderr = text(&out.stderr);
            assert!(
                stderr.contains("not inside a trunkline workspace")
                    && stderr.contains(&outside.display().to_string()),
                "{stderr}"
            );
        }
    }
    // Help needs no checkout.
    assert!(xtask(&outside, None, &["help"]).status.success());
}
