//! The convergence proof at full size, for the README:
//!
//! ```sh
//! cargo run --release -p trunkline-cli --example converge -- 300 0.2 1 2 3
//! ```
//!
//! Arguments: trunks, fault rate, then seeds. Applies converge 16 trunks at once
//! (`trunkline apply --concurrency 16`; `CONCURRENCY=n` changes it), with the default client
//! and `ensure` settings. For each seed, on a fresh emulator: a document of
//! that many trunks over Plivo, Twilio and Vobiz is applied (with prune) while that share of
//! all requests is faulted (half of the faults after the carrier committed), until the plan is
//! empty; then the invariants are checked with faults off.

#[path = "../tests/support/proof.rs"]
mod proof;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let trunks: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(300);
    let rate: f64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(0.2);
    let seeds: Vec<u64> = if args.len() > 2 {
        args[2..].iter().filter_map(|a| a.parse().ok()).collect()
    } else {
        vec![1, 2, 3]
    };
    println!(
        "| seed | trunks | applies until the plan is empty | trunks failed per apply | requests | faults before commit | faults after commit | violations |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    let concurrency: usize = std::env::var("CONCURRENCY")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(16);
    let mut failed = false;
    for seed in seeds {
        let started = std::time::Instant::now();
        let outcome = proof::converge(trunks, rate, seed, 10, concurrency).await;
        let per_apply: Vec<String> = outcome
            .failed_trunks_per_apply
            .iter()
            .map(|n| {
                if *n == usize::MAX {
                    "plan failed".to_owned()
                } else {
                    n.to_string()
                }
            })
            .collect();
        println!(
            "| {seed} | {trunks} | {} | {} | {} | {} | {} | {} |",
            outcome.applies,
            per_apply.join(", "),
            outcome.requests,
            outcome.faults_before,
            outcome.faults_after,
            outcome.violations.len()
        );
        eprintln!("seed {seed}: {:.1} s", started.elapsed().as_secs_f64());
        for error in &outcome.plan_errors {
            eprintln!("  plan failed: {error}");
        }
        for error in &outcome.last_errors {
            eprintln!("  last apply: {error}");
        }
        for violation in &outcome.violations {
            eprintln!("  violation: {violation}");
            failed = true;
        }
    }
    if failed {
        std::process::exit(1);
    }
}
