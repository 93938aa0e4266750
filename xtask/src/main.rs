//! `cargo xtask`: trunkline's developer tasks. Run `cargo xtask help`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use xtask::{bench, generate, lint, locate_workspace, msrv, targets};

const USAGE: &str = "\
cargo xtask <command>

Commands:
  generate [--check] [VENDOR...]  Lint each spec, run progenitor, write crates/*/src/generated*.rs.
                                  --check writes nothing and exits 1 naming every stale file.
                                  VENDOR: plivo, twilio (both Twilio specs), twilio-trunking,
                                  twilio-sip, vobiz, telnyx. Default: all.
  lint [SPEC...]                  Check specs against the rules of specs/README.md; one
                                  `file: METHOD path (operationId): problem` line per problem.
                                  Default: every specs/*.yaml.
  bench [--quick] [--skip-build-times] [--skip-generate] [--only SECTION,...]
                                  Build and run the benchmarks (package trunkline-bench) in
                                  release mode against the emulator on loopback; print a table
                                  and write target/trunkline-bench/summary.json. Sections: get,
                                  list, create, generate, build (clean release builds: minutes
                                  each). --quick: small sizes, no clean builds.
  msrv [--no-clippy]              Check the declared rust-version: member manifests, the
                                  rust-version of every locked dependency of the publishable
                                  crates, clippy's MSRV lint (not disabled, working, clean).
                                  Does not compile with the MSRV toolchain.
  help                            This text.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("generate") => in_workspace(|root| generate_command(root, &args[1..])),
        Some("lint") => in_workspace(|root| lint_command(root, &args[1..])),
        Some("bench") => in_workspace(|root| exit(bench::run(root, &args[1..]))),
        Some("msrv") => {
            if let Some(flag) = args[1..].iter().find(|a| *a != "--no-clippy") {
                eprintln!("unknown flag {flag:?}\n\n{USAGE}");
                return ExitCode::from(2);
            }
            in_workspace(|root| {
                exit(msrv::run(
                    root,
                    !args[1..].iter().any(|a| a == "--no-clippy"),
                ))
            })
        }
        Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("unknown command {other:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
        None => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Runs `command` on the checkout this run is for, found now (never the one the binary was
/// built in); exit code 2 outside a trunkline checkout.
fn in_workspace(command: impl FnOnce(&Path) -> ExitCode) -> ExitCode {
    match locate_workspace() {
        Ok(root) => command(&root),
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

fn exit(result: Result<bool, String>) -> ExitCode {
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("{err}");
            ExitCode::FAILURE
        }
    }
}

fn generate_command(root: &Path, args: &[String]) -> ExitCode {
    let check = args.iter().any(|a| a == "--check");
    if let Some(flag) = args.iter().find(|a| a.starts_with('-') && *a != "--check") {
        eprintln!("unknown flag {flag:?}\n\n{USAGE}");
        return ExitCode::from(2);
    }
    let keys: Vec<String> = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .cloned()
        .collect();
    let selected = match targets::select(&keys) {
        Ok(selected) => selected,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    match generate::run(root, &selected, check) {
        Err(err) => {
            eprintln!("{err}");
            ExitCode::FAILURE
        }
        Ok(report) if check && !report.stale.is_empty() => {
            for path in &report.stale {
                eprintln!(
                    "stale: {} (run `cargo xtask generate` and commit the result)",
                    root.join(path).display()
                );
            }
            ExitCode::FAILURE
        }
        Ok(report) => {
            for path in &report.written {
                println!("wrote {}", root.join(path).display());
            }
            if check {
                println!("{} generated files are fresh", report.fresh.len());
            } else if report.written.is_empty() {
                println!("{} generated files already up to date", report.fresh.len());
            }
            ExitCode::SUCCESS
        }
    }
}

fn lint_command(root: &Path, args: &[String]) -> ExitCode {
    let files: Vec<PathBuf> = if args.is_empty() {
        let mut specs: Vec<PathBuf> = std::fs::read_dir(root.join("specs"))
            .map(|dir| {
                dir.filter_map(|entry| entry.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|ext| ext == "yaml"))
                    .collect()
            })
            .unwrap_or_default();
        specs.sort();
        specs
            .into_iter()
            .map(|p| p.strip_prefix(root).map(Path::to_path_buf).unwrap_or(p))
            .collect()
    } else {
        args.iter().map(PathBuf::from).collect()
    };
    if files.is_empty() {
        eprintln!("no specs to lint");
        return ExitCode::FAILURE;
    }
    let mut total = 0usize;
    for file in &files {
        let on_disk = if file.is_absolute() || file.exists() {
            file.clone()
        } else {
            root.join(file)
        };
        let mut problems = lint::lint_file(&on_disk);
        for problem in &mut problems {
            problem.file = file.display().to_string();
        }
        total += problems.len();
        for problem in problems {
            println!("{problem}");
        }
    }
    if total == 0 {
        eprintln!("{} spec(s) clean", files.len());
        ExitCode::SUCCESS
    } else {
        eprintln!("{total} problem(s)");
        ExitCode::FAILURE
    }
}
