//! trunkline's developer tasks, as a library so that its tests can call them directly.
//!
//! - [`lint`]: checks every spec against the rules of `specs/README.md` before progenitor sees it.
//! - [`prepare`]: rewrites a linted spec for generation (open response enums, secrets) and
//!   extracts the operations table and the examples.
//! - [`generate`]: runs progenitor over each spec and writes (or checks) the generated files.
//! - [`targets`]: which spec generates which files.
//! - [`mod@bench`]: runs the `trunkline-bench` package (`cargo xtask bench`).
//! - [`msrv`]: checks the declared minimum supported Rust version (`cargo xtask msrv`).

pub mod bench;
pub mod generate;
pub mod lint;
pub mod msrv;
pub mod prepare;
pub mod targets;

/// The workspace root (the parent of `xtask/`).
pub fn workspace_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_else(|| std::path::PathBuf::from("."))
}
