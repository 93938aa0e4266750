//! `cargo xtask bench`: builds and runs the `trunkline-bench` package in release mode.
//!
//! The measuring code lives in `bench/` so the xtask stays light; this only hands over the
//! flags, tells the benchmark where the xtask binary is (to time `generate`) and where to
//! write, and names the summary file at the end.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the summary and the build directories go.
pub fn out_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root.join("target"), PathBuf::from)
        .join("trunkline-bench")
}

/// The `cargo` command that runs the benchmarks with `args` passed through.
pub fn command(root: &Path, xtask_bin: Option<&Path>, args: &[String]) -> Command {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(root)
        .args(["run", "--release", "--quiet", "-p", "trunkline-bench", "--"])
        .arg("run")
        .arg("--out-dir")
        .arg(out_dir(root));
    if let Some(bin) = xtask_bin {
        command.arg("--xtask-bin").arg(bin);
    }
    command.args(args);
    command
}

/// Runs the benchmarks; returns whether they succeeded.
pub fn run(root: &Path, args: &[String]) -> Result<bool, String> {
    let xtask_bin = std::env::current_exe().ok();
    let status = command(root, xtask_bin.as_deref(), args)
        .status()
        .map_err(|err| format!("cannot run cargo: {err}"))?;
    if status.success() {
        println!("wrote {}", out_dir(root).join("summary.json").display());
    }
    Ok(status.success())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passes_flags_through_to_a_release_run() {
        let root = Path::new("/w");
        let command = command(
            root,
            Some(Path::new("/w/target/debug/xtask")),
            &["--quick".to_owned()],
        );
        let args: Vec<String> = command
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            &args[..6],
            &["run", "--release", "--quiet", "-p", "trunkline-bench", "--"]
        );
        assert!(args.ends_with(&["--quick".to_owned()]));
        assert!(args.contains(&"--xtask-bin".to_owned()));
        assert!(args.iter().any(|a| a.ends_with("trunkline-bench")));
    }
}
