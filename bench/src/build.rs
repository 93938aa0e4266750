//! Build-side measurements: `cargo xtask generate` time, and the clean release build time and
//! `.rlib` size of each vendor crate and of the facade.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use serde::Serialize;

use crate::client::BoxError;

/// Time of `cargo xtask generate --check` over every spec.
#[derive(Clone, Debug, Serialize)]
pub struct GenerateResult {
    /// The command timed.
    pub command: String,
    /// Wall time of each run, seconds.
    pub runs_secs: Vec<f64>,
    /// Median of the runs.
    pub median_secs: f64,
    /// Whether the last run exited 0 (non-zero means a generated file is stale; the time is
    /// still that of a full generation).
    pub fresh: bool,
}

/// Times `<xtask> generate --check` `runs` times. `--check` does all the work of `generate`
/// (lint, progenitor, formatting, comparison) but writes nothing, so timing it never touches
/// the checkout.
pub fn generate(xtask_bin: &str, runs: usize) -> Result<GenerateResult, BoxError> {
    let mut runs_secs = Vec::with_capacity(runs);
    let mut fresh = false;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let status = Command::new(xtask_bin)
            .args(["generate", "--check"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()?;
        runs_secs.push(started.elapsed().as_secs_f64());
        fresh = status.success();
    }
    let mut sorted = runs_secs.clone();
    sorted.sort_by(f64::total_cmp);
    Ok(GenerateResult {
        command: "cargo xtask generate --check (all specs; the xtask already built)".into(),
        median_secs: sorted[sorted.len() / 2],
        runs_secs,
        fresh,
    })
}

/// One measured build: a package and feature set.
#[derive(Clone, Debug)]
pub struct BuildTarget {
    /// Short name, also the build directory suffix.
    pub name: &'static str,
    /// The package to build.
    pub package: &'static str,
    /// Extra cargo arguments (features).
    pub args: &'static [&'static str],
}

/// What is measured, in order.
pub const BUILD_TARGETS: &[BuildTarget] = &[
    BuildTarget {
        name: "trunkline-core",
        package: "trunkline-core",
        args: &[],
    },
    BuildTarget {
        name: "trunkline-plivo",
        package: "trunkline-plivo",
        args: &[],
    },
    BuildTarget {
        name: "trunkline-twilio",
        package: "trunkline-twilio",
        args: &[],
    },
    BuildTarget {
        name: "trunkline-vobiz",
        package: "trunkline-vobiz",
        args: &[],
    },
    BuildTarget {
        name: "trunkline-plivo-only",
        package: "trunkline",
        args: &["--no-default-features", "--features", "plivo"],
    },
    BuildTarget {
        name: "trunkline-all-vendors",
        package: "trunkline",
        args: &[],
    },
];

/// The result of one clean release build.
#[derive(Clone, Debug, Serialize)]
pub struct BuildResult {
    /// [`BuildTarget::name`].
    pub name: String,
    /// The command, as a user would type it.
    pub command: String,
    /// Whether the build succeeded.
    pub ok: bool,
    /// Wall time of the clean build (all dependencies included), seconds.
    pub wall_secs: f64,
    /// Size of the package's own `.rlib`.
    pub rlib_bytes: u64,
    /// Size of the `.rlib`s of every trunkline crate in the build (the package and the
    /// trunkline crates it depends on).
    pub trunkline_rlibs_bytes: u64,
}

/// Runs every build in `BUILD_TARGETS`, each from an empty `CARGO_TARGET_DIR` under `out_dir`.
pub fn builds(root: &Path, out_dir: &Path, keep_dirs: bool) -> Vec<BuildResult> {
    BUILD_TARGETS
        .iter()
        .map(|target| {
            let dir = out_dir.join(format!("build-{}", target.name));
            eprintln!("bench: clean release build of {} ...", target.name);
            let result = build(root, &dir, target).unwrap_or_else(|err| {
                eprintln!("bench: build of {} failed: {err}", target.name);
                BuildResult {
                    name: target.name.into(),
                    command: command_line(target),
                    ok: false,
                    wall_secs: 0.0,
                    rlib_bytes: 0,
                    trunkline_rlibs_bytes: 0,
                }
            });
            if !keep_dirs {
                let _ = std::fs::remove_dir_all(&dir);
            }
            result
        })
        .collect()
}

fn command_line(target: &BuildTarget) -> String {
    let mut line = format!("cargo build --release -p {}", target.package);
    for arg in target.args {
        line.push(' ');
        line.push_str(arg);
    }
    line
}

fn build(root: &Path, dir: &Path, target: &BuildTarget) -> Result<BuildResult, BoxError> {
    if dir.exists() {
        std::fs::remove_dir_all(dir)?;
    }
    std::fs::create_dir_all(dir)?;
    let log = std::fs::File::create(dir.with_extension("log"))?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let started = Instant::now();
    let status = Command::new(cargo)
        .current_dir(root)
        .env("CARGO_TARGET_DIR", dir)
        .env("CARGO_TERM_COLOR", "never")
        .args(["build", "--release", "-p", target.package])
        .args(target.args)
        .stdout(Stdio::null())
        .stderr(log)
        .status()?;
    let wall_secs = started.elapsed().as_secs_f64();
    let release = dir.join("release");
    let own = release.join(format!("lib{}.rlib", target.package.replace('-', "_")));
    let rlib_bytes = std::fs::metadata(&own).map(|m| m.len()).unwrap_or(0);
    Ok(BuildResult {
        name: target.name.into(),
        command: command_line(target),
        ok: status.success(),
        wall_secs,
        rlib_bytes,
        trunkline_rlibs_bytes: trunkline_rlibs(&release.join("deps")),
    })
}

/// Total size of `libtrunkline*.rlib` in a `deps` directory.
fn trunkline_rlibs(deps: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(deps) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| is_trunkline_rlib(p))
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum()
}

fn is_trunkline_rlib(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.starts_with("libtrunkline") && name.ends_with(".rlib")
}

/// The workspace root, found at run time: the parent of this package's directory as cargo
/// sets it for `cargo run` and `cargo test` (`CARGO_MANIFEST_DIR`), else the current directory
/// (`cargo xtask bench` runs the benchmarks from the root). Never the path the binary was
/// compiled in: one binary serves every checkout that shares a target directory.
pub fn workspace_root() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .and_then(|dir| Path::new(&dir).parent().map(Path::to_path_buf))
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognizes_trunkline_rlibs() {
        assert!(is_trunkline_rlib(Path::new(
            "/t/release/deps/libtrunkline_core-0123abcd.rlib"
        )));
        assert!(!is_trunkline_rlib(Path::new(
            "/t/release/deps/libtrunkline_core-0123abcd.rmeta"
        )));
        assert!(!is_trunkline_rlib(Path::new(
            "/t/release/deps/libreqwest-1.rlib"
        )));
    }

    #[test]
    fn command_lines_name_features() {
        let plivo_only = BUILD_TARGETS
            .iter()
            .find(|t| t.name == "trunkline-plivo-only")
            .unwrap();
        assert_eq!(
            command_line(plivo_only),
            "cargo build --release -p trunkline --no-default-features --features plivo"
        );
        assert!(workspace_root().join("Cargo.toml").exists());
    }
}
