//! The load test of issue 7: mixed operations through the facade against the emulator with
//! injected faults, then a check of the end state against what each caller was told.
//!
//! ```sh
//! cargo run --release -p trunkline-tests --bin loadtest -- [--ops 2000] [--concurrency 32] \
//!     [--fault-rate 0.2] [--vendor plivo|twilio|vobiz|telnyx|all] [--seed N]
//! ```
//!
//! Prints a report per vendor and a summary table; exits 1 on any violation, 2 on bad flags.

use std::process::ExitCode;

use trunkline::Vendor;
use trunkline_tests::load::{LoadConfig, run_vendor, summary_table};

const USAGE: &str = "usage: loadtest [--ops N] [--concurrency N] [--fault-rate F] \
                     [--vendor plivo|twilio|vobiz|telnyx|all] [--seed N]";

fn parse(args: &[String]) -> Result<(LoadConfig, Vec<Vendor>), String> {
    let mut config = LoadConfig::full();
    let loaded = || Vendor::ALL.to_vec();
    let mut vendors: Vec<Vendor> = loaded();
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        if flag == "--help" || flag == "-h" {
            return Err(String::new());
        }
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let bad = |what: &str| format!("{flag}: {value:?} is not {what}");
        match flag.as_str() {
            "--ops" => config.ops = value.parse().map_err(|_| bad("a count"))?,
            "--concurrency" => {
                config.concurrency = value
                    .parse()
                    .ok()
                    .filter(|c| *c > 0)
                    .ok_or_else(|| bad("a positive count"))?;
            }
            "--fault-rate" => {
                config.fault_rate = value
                    .parse()
                    .ok()
                    .filter(|r: &f64| (0.0..=1.0).contains(r))
                    .ok_or_else(|| bad("a rate between 0 and 1"))?;
            }
            "--seed" => config.seed = value.parse().map_err(|_| bad("a number"))?,
            "--vendor" => {
                vendors = if value == "all" {
                    loaded()
                } else {
                    vec![
                        value
                            .parse()
                            .map_err(|_| bad("plivo, twilio, vobiz, telnyx or all"))?,
                    ]
                };
            }
            other => return Err(format!("unknown flag {other}")),
        }
    }
    Ok((config, vendors))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (config, vendors) = match parse(&args) {
        Ok(parsed) => parsed,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("loadtest: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let reports = runtime.block_on(async {
        let mut reports = Vec::new();
        for vendor in vendors {
            let report = run_vendor(vendor, &config).await;
            println!("{report}");
            reports.push(report);
        }
        reports
    });
    println!("{}", summary_table(&reports));
    let violations: usize = reports.iter().map(|r| r.violations.len()).sum();
    if violations == 0 {
        println!("all checks held");
        ExitCode::SUCCESS
    } else {
        println!("{violations} violation(s)");
        ExitCode::FAILURE
    }
}
