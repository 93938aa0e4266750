//! The load test of `src/load.rs`, small: 200 mixed operations per vendor at concurrency 8,
//! 20% of requests faulted, seed 7. The full run (2,000 operations at concurrency 32) is
//! `cargo run --release -p trunkline-tests --bin loadtest`.

use trunkline::Vendor;
use trunkline_tests::load::{LoadConfig, run_vendor, summary_table};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mixed_operations_under_faults_end_in_the_state_the_callers_were_told() {
    let config = LoadConfig::small();
    let mut reports = Vec::new();
    // Telnyx joins the load test with its workload in `trunkline_tests::load` (not yet there:
    // a Telnyx trunk authenticates by credentials or by address, not both).
    for vendor in Vendor::ALL.into_iter().filter(|v| *v != Vendor::Telnyx) {
        let report = run_vendor(vendor, &config).await;
        println!("{report}");
        assert!(
            report.violations.is_empty(),
            "{vendor}: {} violation(s):\n{report}",
            report.violations.len()
        );
        assert_eq!(report.ops(), config.ops, "{vendor}");
        // The faults really happened, at about the asked rate…
        let rate = report.faulted() as f64 / report.requests as f64;
        assert!(
            (0.12..=0.28).contains(&rate),
            "{vendor}: fault rate {rate:.3}"
        );
        // …were retried…
        assert!(
            report.attempts > report.calls,
            "{vendor}: nothing was retried"
        );
        assert!(
            report.requests >= report.finished_attempts
                && report.requests <= report.finished_attempts + report.cancelled_calls,
            "{vendor}: {} attempts, {} requests",
            report.finished_attempts,
            report.requests
        );
        // …and most operations still succeeded.
        assert!(report.success_rate() > 0.8, "{vendor}: {report}");
        // The end state was really checked.
        assert!(
            report.final_counts.values().sum::<usize>() > 0,
            "{vendor}: nothing in the end state"
        );
        reports.push(report);
    }
    println!("{}", summary_table(&reports));
}
