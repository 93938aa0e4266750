//! Timeouts through the facade on every vendor: a server that accepts and never answers ends
//! each attempt at the attempt timeout and the call at the operation timeout, and
//! `Error::Timeout { kind }` says which. Bounds on elapsed time are the behaviour under test
//! (lower bound: the timeout is honoured; upper bound: generous slack for a loaded CI machine).

use std::time::{Duration, Instant};

use trunkline::{
    ClientConfig, Direction, Error, NewTrunk, RetryPolicy, TimeoutKind, Timeouts, TrunkFilter,
    TrunkId, Vendor,
};
use trunkline_emulator::{Emulator, EmulatorConfig, Fault};
use trunkline_tests::load::{provider, provider_at};
use trunkline_tests::{Reply, ScriptedServer};

/// Slack for scheduling on a busy 2-core machine.
const SLACK: Duration = Duration::from_millis(1500);

fn config(attempt_ms: u64, operation_ms: u64, attempts: u32) -> ClientConfig {
    ClientConfig::default()
        .with_retry(
            RetryPolicy::default()
                .with_max_attempts(attempts)
                .with_backoff(Duration::from_millis(1), Duration::from_millis(2)),
        )
        .with_timeouts(
            Timeouts::default()
                .with_attempt(Duration::from_millis(attempt_ms))
                .with_operation(Duration::from_millis(operation_ms)),
        )
}

fn timeout_of(vendor: Vendor, err: &Error) -> (TimeoutKind, Duration) {
    match err {
        Error::Timeout {
            kind,
            elapsed,
            source,
        } => {
            assert_eq!(source.vendor, vendor);
            assert!(err.is_transient() && err.outcome_unknown(), "{err}");
            (*kind, *elapsed)
        }
        other => panic!("{vendor}: expected a timeout, got {other:?}"),
    }
}

async fn list_trunks(p: &dyn trunkline::TrunkProvider) -> Error {
    use futures::TryStreamExt;
    p.list_trunks(TrunkFilter::new())
        .try_collect::<Vec<_>>()
        .await
        .expect_err("the server never answers")
}

#[tokio::test]
async fn each_attempt_ends_at_the_attempt_timeout() {
    for vendor in Vendor::ALL {
        let server = ScriptedServer::start(vec![Reply::Hang]).await;
        let p = provider_at(vendor, &server.url, "timeout-token", config(300, 20_000, 3))
            .expect("provider");
        let started = Instant::now();
        let err = list_trunks(p.as_ref()).await;
        let took = started.elapsed();
        let (kind, elapsed) = timeout_of(vendor, &err);
        assert_eq!(kind, TimeoutKind::Attempt, "{vendor}: {err}");
        assert_eq!(err.vendor_error().map(|e| e.attempts), Some(3), "{err}");
        assert!(err.to_string().contains("attempt timeout"), "{err}");
        assert!(err.to_string().contains("after 3 attempts"), "{err}");
        let received = server.received();
        assert_eq!(
            received.len(),
            3,
            "{vendor}: three attempts reached the server"
        );
        for pair in received.windows(2) {
            let gap = pair[1].at - pair[0].at;
            assert!(
                gap >= Duration::from_millis(300) && gap < Duration::from_millis(300) + SLACK,
                "{vendor}: the next attempt started {gap:?} after the previous one"
            );
        }
        assert!(
            elapsed >= Duration::from_millis(900),
            "{vendor}: {elapsed:?}"
        );
        assert!(
            took < Duration::from_millis(900) + SLACK,
            "{vendor}: {took:?}"
        );
    }
}

#[tokio::test]
async fn the_operation_ends_at_the_operation_timeout() {
    for vendor in Vendor::ALL {
        let server = ScriptedServer::start(vec![Reply::Hang]).await;
        // Attempts of 400 ms, as many as fit in 1 s: the third is cut short by the deadline.
        let p = provider_at(vendor, &server.url, "timeout-token", config(400, 1_000, 10))
            .expect("provider");
        let started = Instant::now();
        let err = list_trunks(p.as_ref()).await;
        let took = started.elapsed();
        let (kind, elapsed) = timeout_of(vendor, &err);
        assert_eq!(kind, TimeoutKind::Operation, "{vendor}: {err}");
        assert!(err.to_string().contains("operation timeout"), "{err}");
        assert_eq!(server.received().len(), 3, "{vendor}");
        assert!(
            elapsed >= Duration::from_millis(1_000),
            "{vendor}: {elapsed:?}"
        );
        assert!(
            took < Duration::from_millis(1_000) + SLACK,
            "{vendor}: {took:?}"
        );
    }
}

/// When the operation budget is no longer than one attempt, the deadline ends the call: the
/// error says so, even though the attempt's own timer fired at the same moment.
#[tokio::test]
async fn an_attempt_that_uses_up_the_operation_budget_is_an_operation_timeout() {
    for vendor in Vendor::ALL {
        let server = ScriptedServer::start(vec![Reply::Hang]).await;
        let p = provider_at(vendor, &server.url, "timeout-token", config(500, 500, 4))
            .expect("provider");
        let err = list_trunks(p.as_ref()).await;
        let (kind, elapsed) = timeout_of(vendor, &err);
        assert_eq!(kind, TimeoutKind::Operation, "{vendor}: {err}");
        assert_eq!(
            server.received().len(),
            1,
            "{vendor}: no time left for a retry"
        );
        assert!(
            elapsed >= Duration::from_millis(500),
            "{vendor}: {elapsed:?}"
        );
        assert!(
            elapsed < Duration::from_millis(500) + SLACK,
            "{vendor}: {elapsed:?}"
        );
    }
}

/// A create that times out is not resent (it may have been processed) and says its outcome is
/// unknown.
#[tokio::test]
async fn a_create_that_times_out_is_sent_once() {
    for vendor in Vendor::ALL {
        let server = ScriptedServer::start(vec![Reply::Hang]).await;
        let p = provider_at(vendor, &server.url, "timeout-token", config(300, 20_000, 4))
            .expect("provider");
        let new = match vendor {
            Vendor::Twilio => NewTrunk::new(Direction::Both),
            _ => NewTrunk::new(Direction::Outbound)
                .with_name("t")
                .with_ip_access_list("acl"),
        };
        let err = p.create_trunk(&new).await.expect_err("hangs");
        let (kind, _) = timeout_of(vendor, &err);
        assert_eq!(kind, TimeoutKind::Attempt, "{vendor}: {err}");
        assert!(err.outcome_unknown(), "{vendor}");
        assert_eq!(
            server.received().len(),
            1,
            "{vendor}: a create is never resent"
        );
        assert_eq!(server.received()[0].method, "POST");
    }
}

/// The same with the emulator's latency fault: a slow first attempt is abandoned at the
/// attempt timeout and the read retried, successfully.
#[tokio::test]
async fn a_slow_attempt_is_abandoned_and_retried() {
    let emulator = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    for vendor in Vendor::ALL {
        let p = provider(&emulator, vendor, config(300, 20_000, 3));
        let trunk = match vendor {
            Vendor::Plivo => {
                let acl = p
                    .create_ip_access_list(
                        &trunkline::NewIpAccessList::new("a")
                            .with_network("10.1.1.1".parse().expect("network")),
                    )
                    .await
                    .expect("acl");
                NewTrunk::new(Direction::Outbound).with_ip_access_list(acl.id)
            }
            Vendor::Twilio => NewTrunk::new(Direction::Both),
            _ => NewTrunk::new(Direction::Outbound).with_name("slow"),
        };
        let id: TrunkId = p.create_trunk(&trunk).await.expect("created").id;
        let slow = Fault::latency(Duration::from_secs(5)).for_method("GET");
        match vendor {
            Vendor::Plivo => emulator.plivo().inject(slow),
            Vendor::Twilio => emulator.twilio_trunking().inject(slow),
            _ => emulator.vobiz().inject(slow),
        }
        .expect("fault");
        let started = Instant::now();
        let read = p.list_trunks(TrunkFilter::new());
        let listed: Vec<_> = futures::TryStreamExt::try_collect(read)
            .await
            .expect("the retry succeeds");
        assert!(listed.iter().any(|t| t.id == id), "{vendor}");
        let took = started.elapsed();
        assert!(
            took >= Duration::from_millis(300) && took < Duration::from_millis(300) + SLACK,
            "{vendor}: {took:?}"
        );
    }
}
