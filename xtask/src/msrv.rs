//! `cargo xtask msrv`: checks the declared minimum supported Rust version (MSRV) with the
//! toolchain at hand.
//!
//! Only a newer toolchain is available here, so this cannot *compile* the workspace with the
//! MSRV. It checks what can be checked without one:
//!
//! 1. **Manifests** (`cargo metadata --locked`): every workspace member declares the same
//!    `rust-version`, its edition exists in that version, and every package in `Cargo.lock`
//!    that a publishable crate depends on (normal and build dependencies, all features and
//!    platforms) declares a `rust-version` no newer than the MSRV, or none.
//! 2. **Lint configuration**: clippy's `incompatible_msrv` lint (uses of standard-library
//!    items stabilized after the package's `rust-version`) is not allowed anywhere in the
//!    workspace, and no `clippy.toml` overrides the `msrv` cargo passes to clippy.
//! 3. **Canary**: clippy really flags an API newer than a crate's `rust-version` on this
//!    toolchain (a scratch crate with `rust-version = "1.60"` calling `std::hint::black_box`,
//!    stable in 1.66, must be flagged), so a clean clippy run means something.
//! 4. **Clippy** over the workspace with the CI's exact arguments
//!    (`--workspace --all-targets -- -D warnings`; a cache hit right after the CI's clippy
//!    step), in which `incompatible_msrv` is on and denied. Skipped with `--no-clippy`.
//!
//! What it cannot catch: language features (syntax, trait-solver or borrow-checker changes)
//! newer than the MSRV, std items without stability attributes, and dependencies that need a
//! newer compiler without declaring `rust-version`. Only building with the MSRV toolchain
//! (`cargo +1.89 check --workspace`) proves those.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// A Rust version `major.minor.patch` (a missing patch is 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RustVersion(pub u64, pub u64, pub u64);

impl RustVersion {
    /// Parses `1.89` or `1.89.0`.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.trim().split('.');
        let major = parts.next()?.parse().ok()?;
        let minor = parts.next().map_or(Some(0), |p| p.parse().ok())?;
        let patch = parts.next().map_or(Some(0), |p| p.parse().ok())?;
        if parts.next().is_some() {
            return None;
        }
        Some(Self(major, minor, patch))
    }

    /// The first Rust release that accepts `edition`.
    pub fn of_edition(edition: &str) -> Option<Self> {
        match edition {
            "2015" => Some(Self(1, 0, 0)),
            "2018" => Some(Self(1, 31, 0)),
            "2021" => Some(Self(1, 56, 0)),
            "2024" => Some(Self(1, 85, 0)),
            _ => None,
        }
    }
}

impl fmt::Display for RustVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

/// What the manifest check found.
#[derive(Debug, Default)]
pub struct MetadataReport {
    /// The workspace's MSRV.
    pub msrv: Option<RustVersion>,
    /// Publishable workspace members (the roots of the dependency walk).
    pub publishable: Vec<String>,
    /// External packages reachable from them.
    pub dependencies: usize,
    /// Of those, how many declare no `rust-version`.
    pub undeclared: usize,
    /// Of those, how many declare a `rust-version` above the MSRV.
    pub too_new: usize,
    /// Problems, one line each.
    pub problems: Vec<String>,
}

/// Checks `cargo metadata --format-version 1` output; see the module docs, step 1.
pub fn check_metadata(metadata: &Value) -> MetadataReport {
    let mut report = MetadataReport::default();
    let empty = Vec::new();
    let packages = metadata["packages"].as_array().unwrap_or(&empty);
    let by_id: HashMap<&str, &Value> = packages
        .iter()
        .filter_map(|p| Some((p["id"].as_str()?, p)))
        .collect();
    let label = |id: &str| -> String {
        by_id.get(id).map_or_else(
            || id.to_owned(),
            |p| {
                format!(
                    "{} {}",
                    p["name"].as_str().unwrap_or("?"),
                    p["version"].as_str().unwrap_or("?")
                )
            },
        )
    };
    let members: BTreeSet<&str> = metadata["workspace_members"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .filter_map(Value::as_str)
        .collect();

    // Every member declares the same rust-version, and an edition that version knows.
    let mut declared = BTreeSet::new();
    for id in &members {
        let Some(package) = by_id.get(id) else {
            continue;
        };
        let name = package["name"].as_str().unwrap_or("?");
        match package["rust_version"]
            .as_str()
            .and_then(RustVersion::parse)
        {
            Some(version) => {
                declared.insert(version);
                let edition = package["edition"].as_str().unwrap_or("2015");
                match RustVersion::of_edition(edition) {
                    Some(needed) if needed > version => report.problems.push(format!(
                        "{name}: edition {edition} needs Rust {needed}, above its rust-version {version}"
                    )),
                    Some(_) => {}
                    None => report
                        .problems
                        .push(format!("{name}: unknown edition {edition:?}")),
                }
            }
            None => report
                .problems
                .push(format!("{name}: workspace member without rust-version")),
        }
        let publishable = !package["publish"]
            .as_array()
            .is_some_and(|registries| registries.is_empty());
        if publishable {
            report.publishable.push(name.to_owned());
        }
    }
    if declared.len() > 1 {
        let list: Vec<String> = declared.iter().map(ToString::to_string).collect();
        report.problems.push(format!(
            "workspace members declare different rust-versions: {}",
            list.join(", ")
        ));
    }
    report.msrv = declared.iter().next().copied();
    let Some(msrv) = report.msrv else {
        report
            .problems
            .push("no workspace member declares a rust-version".into());
        return report;
    };

    // Walk normal and build dependencies from the publishable members.
    let nodes: HashMap<&str, &Value> = metadata["resolve"]["nodes"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let mut via: HashMap<&str, &str> = HashMap::new();
    let mut queue: VecDeque<&str> = members
        .iter()
        .copied()
        .filter(|id| {
            by_id
                .get(id)
                .and_then(|p| p["name"].as_str())
                .is_some_and(|name| report.publishable.iter().any(|p| p == name))
        })
        .collect();
    let mut seen: BTreeSet<&str> = queue.iter().copied().collect();
    while let Some(id) = queue.pop_front() {
        let Some(node) = nodes.get(id) else { continue };
        for dep in node["deps"].as_array().unwrap_or(&empty) {
            let shipped = dep["dep_kinds"]
                .as_array()
                .unwrap_or(&empty)
                .iter()
                .any(|k| matches!(k["kind"].as_str(), None | Some("build")));
            let Some(dep_id) = dep["pkg"].as_str() else {
                continue;
            };
            if shipped && seen.insert(dep_id) {
                via.insert(dep_id, id);
                queue.push_back(dep_id);
            }
        }
    }
    for id in seen.iter().filter(|id| !members.contains(*id)) {
        report.dependencies += 1;
        let Some(package) = by_id.get(id) else {
            continue;
        };
        match package["rust_version"].as_str() {
            None => report.undeclared += 1,
            Some(text) => match RustVersion::parse(text) {
                Some(version) if version <= msrv => {}
                _ => {
                    report.too_new += 1;
                    let mut chain = vec![label(id)];
                    let mut at = *id;
                    while let Some(parent) = via.get(at) {
                        chain.push(label(parent));
                        at = parent;
                    }
                    chain.reverse();
                    report.problems.push(format!(
                        "{} declares rust-version {text}, above the MSRV {msrv} (via {})",
                        label(id),
                        chain.join(" -> ")
                    ));
                }
            },
        }
    }
    report
}

/// The name of the clippy lint, assembled so this file does not match its own scan.
fn lint_name() -> String {
    ["incompatible", "msrv"].join("_")
}

/// Lines of workspace sources and configuration that disable or override the MSRV lint.
pub fn lint_overrides(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    for dir in ["crates", "bench", "xtask", "tests", ".cargo"] {
        collect_files(&root.join(dir), &mut files);
    }
    files.push(root.join("Cargo.toml"));
    for name in ["clippy.toml", ".clippy.toml"] {
        files.push(root.join(name));
    }
    let lint = lint_name();
    let mut found = Vec::new();
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let is_clippy_toml = file
            .file_name()
            .is_some_and(|n| n == "clippy.toml" || n == ".clippy.toml");
        for (n, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//")
                || trimmed.starts_with('#')
                    && !trimmed.starts_with("#[")
                    && !trimmed.starts_with("#![")
            {
                continue; // a comment, not configuration
            }
            let overrides_msrv = is_clippy_toml && line.trim_start().starts_with("msrv");
            if line.contains(&lint) || overrides_msrv {
                let shown = file.strip_prefix(root).unwrap_or(&file).display();
                found.push(format!("{shown}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    found
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            if name != "target" && name != "fixtures" {
                collect_files(&path, out);
            }
        } else if path
            .extension()
            .is_some_and(|ext| ext == "rs" || ext == "toml")
        {
            out.push(path);
        }
    }
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// Step 3: clippy flags an API newer than `rust-version` in a scratch crate.
pub fn canary(scratch: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(scratch);
    std::fs::create_dir_all(scratch.join("src")).map_err(|e| e.to_string())?;
    std::fs::write(
        scratch.join("Cargo.toml"),
        "[package]\nname = \"msrv-canary\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
         rust-version = \"1.60\"\npublish = false\n\n[workspace]\n",
    )
    .map_err(|e| e.to_string())?;
    std::fs::write(
        scratch.join("src/lib.rs"),
        "//! MSRV canary.\n\n/// Uses `std::hint::black_box`, stable since 1.66.\n\
         pub fn canary() -> u32 {\n    std::hint::black_box(1)\n}\n",
    )
    .map_err(|e| e.to_string())?;
    let output = cargo()
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .env("CARGO_TERM_COLOR", "never")
        .args(["clippy", "--quiet", "--offline"])
        .output()
        .map_err(|e| format!("cannot run cargo clippy: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains(&lint_name()) {
        Ok(())
    } else {
        Err(format!(
            "clippy did not flag std::hint::black_box (1.66) in a crate with rust-version 1.60; \
             the {} lint is not working on this toolchain:\n{stderr}",
            lint_name()
        ))
    }
}

/// Runs every step; prints a report; returns whether everything passed.
pub fn run(root: &Path, clippy: bool) -> Result<bool, String> {
    let mut ok = true;

    let output = cargo()
        .current_dir(root)
        .args(["metadata", "--format-version", "1", "--locked"])
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo metadata --locked failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let metadata: Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("cargo metadata printed invalid JSON: {e}"))?;
    let report = check_metadata(&metadata);
    let msrv = report
        .msrv
        .map_or_else(|| "none".to_owned(), |v| v.to_string());
    println!(
        "msrv: workspace rust-version {msrv}; publishable crates: {}",
        report.publishable.join(", ")
    );
    println!(
        "msrv: {} dependencies of publishable crates in Cargo.lock: {} declare a rust-version <= {msrv}, {} declare none",
        report.dependencies,
        report.dependencies - report.undeclared - report.too_new,
        report.undeclared
    );
    for problem in &report.problems {
        println!("msrv: FAIL {problem}");
        ok = false;
    }

    let overrides = lint_overrides(root);
    if overrides.is_empty() {
        println!(
            "msrv: clippy::{} is not allowed or overridden anywhere in the workspace",
            lint_name()
        );
    } else {
        ok = false;
        for line in overrides {
            println!(
                "msrv: FAIL {line} (disables or overrides clippy::{})",
                lint_name()
            );
        }
    }

    let scratch = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root.join("target"), PathBuf::from)
        .join("xtask-msrv-canary");
    match canary(&scratch) {
        Ok(()) => println!(
            "msrv: canary: clippy flags a std API newer than a crate's rust-version on this toolchain"
        ),
        Err(err) => {
            ok = false;
            println!("msrv: FAIL canary: {err}");
        }
    }

    if clippy {
        println!("msrv: cargo clippy --workspace --all-targets -- -D warnings");
        let status = cargo()
            .current_dir(root)
            .args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])
            .status()
            .map_err(|e| format!("cannot run cargo clippy: {e}"))?;
        if status.success() {
            println!(
                "msrv: clippy (with {} denied) is clean over the workspace",
                lint_name()
            );
        } else {
            ok = false;
            println!("msrv: FAIL clippy");
        }
    }
    if ok {
        println!(
            "msrv: OK (manifests, lockfile and std API use checked against {msrv}; not compiled \
             with {msrv}: language features are not checked)"
        );
    }
    Ok(ok)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_and_orders_versions() {
        assert_eq!(RustVersion::parse("1.89"), Some(RustVersion(1, 89, 0)));
        assert_eq!(RustVersion::parse("1.89.1"), Some(RustVersion(1, 89, 1)));
        assert_eq!(RustVersion::parse("1.x"), None);
        assert_eq!(RustVersion::parse("1.2.3.4"), None);
        assert!(RustVersion::parse("1.90").unwrap() > RustVersion::parse("1.89.9").unwrap());
        assert_eq!(RustVersion(1, 85, 0).to_string(), "1.85.0");
        assert_eq!(RustVersion::of_edition("2024"), Some(RustVersion(1, 85, 0)));
    }

    fn package(id: &str, rust_version: Option<&str>, publish: Value) -> Value {
        json!({"id": id, "name": id, "version": "1.0.0", "edition": "2021",
               "rust_version": rust_version, "publish": publish})
    }

    fn dep(id: &str, kind: Option<&str>) -> Value {
        json!({"pkg": id, "dep_kinds": [{"kind": kind, "target": null}]})
    }

    #[test]
    fn walks_shipped_dependencies_of_publishable_crates() {
        let metadata = json!({
            "workspace_members": ["lib", "tool"],
            "packages": [
                package("lib", Some("1.89"), Value::Null),
                package("tool", Some("1.89"), json!([])),
                package("old", Some("1.70"), Value::Null),
                package("bare", None, Value::Null),
                package("new", Some("1.91"), Value::Null),
                package("devonly", Some("1.95"), Value::Null),
                package("toolonly", Some("1.95"), Value::Null),
            ],
            "resolve": {"nodes": [
                {"id": "lib", "deps": [dep("old", None), dep("devonly", Some("dev"))]},
                {"id": "old", "deps": [dep("bare", Some("build")), dep("new", None)]},
                {"id": "tool", "deps": [dep("toolonly", None)]},
                {"id": "bare", "deps": []},
                {"id": "new", "deps": []},
            ]},
        });
        let report = check_metadata(&metadata);
        assert_eq!(report.msrv, Some(RustVersion(1, 89, 0)));
        assert_eq!(report.publishable, vec!["lib"]);
        assert_eq!(report.dependencies, 3);
        assert_eq!(report.undeclared, 1);
        assert_eq!(report.too_new, 1);
        assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
        assert!(report.problems[0].contains("new 1.0.0 declares rust-version 1.91"));
        assert!(report.problems[0].contains("lib 1.0.0 -> old 1.0.0 -> new 1.0.0"));
    }

    #[test]
    fn members_must_agree_and_know_their_edition() {
        let mut late = package("late", Some("1.80"), Value::Null);
        late["edition"] = json!("2024");
        let metadata = json!({
            "workspace_members": ["a", "late", "none"],
            "packages": [package("a", Some("1.89"), Value::Null), late,
                         package("none", None, Value::Null)],
            "resolve": {"nodes": []},
        });
        let problems = check_metadata(&metadata).problems.join("\n");
        assert!(problems.contains("late: edition 2024 needs Rust 1.85.0"));
        assert!(problems.contains("none: workspace member without rust-version"));
        assert!(problems.contains("different rust-versions: 1.80.0, 1.89.0"));
    }

    #[test]
    fn the_workspace_does_not_disable_the_lint() {
        let root = crate::workspace_root();
        assert_eq!(lint_overrides(&root), Vec::<String>::new());
    }
}
