//! Convergence under faults, idempotence, and cancellation at every point, against the
//! in-process emulator. The large run (300 trunks, several seeds) is
//! `cargo run -p trunkline-cli --example converge`; its numbers are in the README.

#[path = "support/proof.rs"]
mod proof;

use std::sync::Arc;
use std::time::Duration;

use trunkline::desired::{self, ApplyOptions, PlanOptions};
use trunkline_emulator::{Emulator, EmulatorConfig};

/// 12 trunks over the three vendors, 20% of requests faulted (half of them after commit):
/// `apply` (with prune) is repeated until the plan is empty, and the invariants hold.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn apply_converges_under_faults_before_and_after_commit() {
    let outcome = proof::converge(12, 0.2, 11, 10, 8).await;
    assert!(outcome.violations.is_empty(), "{:#?}", outcome.violations);
    assert!(
        outcome.faults_after > 0 && outcome.faults_before > 0,
        "{outcome:?}"
    );
    assert!(
        outcome.faults_after * 3 >= outcome.faults_before + outcome.faults_after,
        "fewer than a third of the faults were after commit: {outcome:?}"
    );
}

/// After an apply, planning and applying the same document again sends no write at all.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_apply_sends_no_write() {
    let emulator = Arc::new(Emulator::start(EmulatorConfig::default()).await.unwrap());
    let listeners = proof::Listeners::new(emulator.clone());
    let accounts = proof::accounts(&emulator, proof::config());
    let (_, resolved) = proof::resolved(&proof::document(9));
    let plan = desired::plan(&resolved, &accounts, &PlanOptions::new())
        .await
        .unwrap();
    assert_eq!(plan.counts().create, 9);
    let report = desired::apply(&plan, &accounts, &ApplyOptions::new()).await;
    assert!(report.is_success(), "{report:#?}");
    assert!(listeners.writes() > 0);

    listeners.clear_requests();
    let plan = desired::plan(&resolved, &accounts, &PlanOptions::new().with_prune(true))
        .await
        .unwrap();
    assert!(plan.is_empty(), "{plan:#?}");
    let report = desired::apply(&plan, &accounts, &ApplyOptions::new()).await;
    assert!(report.outcomes.is_empty());
    assert!(listeners.total() > 0, "the plan read the carriers");
    assert_eq!(listeners.writes(), 0, "the second apply wrote");
}

/// `apply` cancelled after k requests, for every k up to a full apply: one more apply (no
/// faults) leaves exactly the document, without duplicates.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_apply_is_finished_by_the_next_one() {
    let (_, resolved) = proof::resolved(&proof::document(6));
    // How many requests a full apply takes.
    let full = {
        let emulator = Arc::new(Emulator::start(EmulatorConfig::default()).await.unwrap());
        let listeners = proof::Listeners::new(emulator.clone());
        let accounts = proof::accounts(&emulator, proof::config());
        let plan = desired::plan(&resolved, &accounts, &PlanOptions::new())
            .await
            .unwrap();
        let start = listeners.total();
        let report =
            desired::apply(&plan, &accounts, &ApplyOptions::new().with_concurrency(1)).await;
        assert!(report.is_success());
        listeners.total() - start
    };
    assert!(full > 20, "{full}");
    let mut cut_points = 0;
    for k in (1..full).step_by(((full / 40) as usize).max(1)) {
        let emulator = Arc::new(Emulator::start(EmulatorConfig::default()).await.unwrap());
        let listeners = proof::Listeners::new(emulator.clone());
        let accounts = proof::accounts(&emulator, proof::config());
        let plan = desired::plan(&resolved, &accounts, &PlanOptions::new())
            .await
            .unwrap();
        let start = listeners.total();
        let options = ApplyOptions::new().with_concurrency(1);
        let apply = desired::apply(&plan, &accounts, &options);
        let watch = async {
            while listeners.total() - start < k {
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        };
        let cut = tokio::select! {
            _ = apply => false,
            () = watch => true,
        };
        cut_points += usize::from(cut);
        // A request in flight when the future was dropped may still be handled: let it land.
        tokio::time::sleep(Duration::from_millis(50)).await;
        let plan = desired::plan(&resolved, &accounts, &PlanOptions::new())
            .await
            .unwrap();
        let report = desired::apply(&plan, &accounts, &ApplyOptions::new()).await;
        assert!(report.is_success(), "after a cut at {k}: {report:#?}");
        let plan = desired::plan(&resolved, &accounts, &PlanOptions::new())
            .await
            .unwrap();
        assert!(plan.is_empty(), "after a cut at {k}: {plan:#?}");
        let outside = Default::default();
        let before = proof::outside_snapshot(&accounts).await;
        let violations = proof::invariants(&resolved, &accounts, &outside, &before).await;
        assert!(violations.is_empty(), "after a cut at {k}: {violations:#?}");
    }
    // Each k cuts the apply unless it finished between two looks at the count.
    assert!(cut_points >= 1, "no apply was cut");
}
