//! trunkline's developer tasks, as a library so that its tests can call them directly.
//!
//! - [`lint`]: checks every spec against the rules of `specs/README.md` before progenitor sees it.
//! - [`prepare`]: rewrites a linted spec for generation (open response enums, secrets) and
//!   extracts the operations table and the examples.
//! - [`extensions`]: what the trunkline spec extensions (`x-trunkline-client`,
//!   `x-trunkline-paging`) declare, as the generator reads them.
//! - [`glue`]: what the generator adds to progenitor's output (constructors, paging streams,
//!   plain-value builder setters, form-body mock matchers).
//! - [`generate`]: runs progenitor over each spec and writes (or checks) the generated files.
//! - [`targets`]: which spec generates which files.
//! - [`mod@bench`]: runs the `trunkline-bench` package (`cargo xtask bench`).
//! - [`msrv`]: checks the declared minimum supported Rust version (`cargo xtask msrv`).

pub mod bench;
pub mod extensions;
pub mod generate;
pub mod glue;
pub mod lint;
pub mod msrv;
pub mod prepare;
pub mod targets;

/// The root of the trunkline checkout to act on, found at run time (see [`locate_workspace`]).
/// Panics with [`locate_workspace`]'s message outside a trunkline checkout: for tests, which
/// cargo runs with `CARGO_MANIFEST_DIR` set.
pub fn workspace_root() -> std::path::PathBuf {
    locate_workspace().unwrap_or_else(|message| panic!("{message}"))
}

/// Finds the root of the trunkline checkout the xtask was run for, at run time. Never the path
/// the binary was compiled in: cargo reuses one xtask binary for every checkout that shares a
/// target directory (worktrees, a global `CARGO_TARGET_DIR`, sccache), so a compile-time path
/// could name another checkout, or one that no longer exists.
///
/// In order, the first trunkline workspace (see [`is_trunkline_workspace`]) found:
///
/// 1. at or above `CARGO_MANIFEST_DIR`, which cargo sets for `cargo run` (so for
///    `cargo xtask`) and `cargo test` to the package directory of the checkout being built;
/// 2. the workspace `cargo locate-project --workspace` reports for the current directory;
/// 3. at or above the current directory.
///
/// Otherwise an error that says where it looked.
pub fn locate_workspace() -> Result<std::path::PathBuf, String> {
    use std::path::PathBuf;

    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    if let Some(root) = manifest_dir.as_deref().and_then(find_workspace_above) {
        return Ok(root);
    }
    let current = std::env::current_dir().ok();
    if let Some(root) = current.as_deref().and_then(cargo_locate_workspace) {
        return Ok(root);
    }
    if let Some(root) = current.as_deref().and_then(find_workspace_above) {
        return Ok(root);
    }
    let shown = |dir: Option<&std::path::Path>| {
        dir.map_or_else(|| "(unknown)".to_owned(), |d| d.display().to_string())
    };
    Err(format!(
        "not inside a trunkline workspace: no Cargo.toml with a [workspace] table beside a \
         specs/ directory at or above CARGO_MANIFEST_DIR ({}) or the current directory ({}); \
         run `cargo xtask` inside a trunkline checkout",
        manifest_dir
            .as_deref()
            .map_or_else(|| "not set".to_owned(), |d| d.display().to_string()),
        shown(current.as_deref()),
    ))
}

/// Whether `dir` is the root of a trunkline workspace: a `Cargo.toml` with a `[workspace]`
/// table, beside a `specs/` directory.
pub fn is_trunkline_workspace(dir: &std::path::Path) -> bool {
    dir.join("specs").is_dir()
        && std::fs::read_to_string(dir.join("Cargo.toml"))
            .is_ok_and(|manifest| manifest.lines().any(|line| line.trim() == "[workspace]"))
}

/// The nearest trunkline workspace at or above `dir`.
pub fn find_workspace_above(dir: &std::path::Path) -> Option<std::path::PathBuf> {
    dir.ancestors()
        .find(|candidate| is_trunkline_workspace(candidate))
        .map(std::path::Path::to_path_buf)
}

/// The workspace cargo finds from `dir`, if it is a trunkline workspace.
fn cargo_locate_workspace(dir: &std::path::Path) -> Option<std::path::PathBuf> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = std::process::Command::new(cargo)
        .args(["locate-project", "--workspace", "--message-format", "plain"])
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let manifest = String::from_utf8(output.stdout).ok()?;
    let root = std::path::Path::new(manifest.trim()).parent()?;
    is_trunkline_workspace(root).then(|| root.to_path_buf())
}
