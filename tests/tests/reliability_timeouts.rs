//! Timeouts through the facade on every vendor, end to end against a real socket: a server
//! that accepts and never answers ends each attempt at the attempt timeout and the call at the
//! operation timeout, and `Error::Timeout { kind }` says which.
//!
//! Real sockets run on real time, so these tests assert only outcomes and lower bounds (a
//! timeout is never cut short), never "finished within": nothing here depends on how busy the
//! machine is. How many attempts fit in a budget, when each starts and how long each waits is
//! asserted exactly, with Tokio's clock paused, in trunkline-core's retry-loop tests
//! (`crates/trunkline-core/src/runtime/retry_loop_tests.rs`).

use std::time::{Duration, Instant};

use trunkline::{
    ClientConfig, Direction, Error, NewTrunk, RetryPolicy, TimeoutKind, Timeouts, TrunkFilter,
    TrunkId, Vendor,
};
use trunkline_emulator::{Emulator, EmulatorConfig, Fault};
use trunkline_tests::load::{provider, provider_at};
use trunkline_tests::{Reply, ScriptedServer};

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
        // An operation budget no scheduling delay can use up: the attempt budget (3) decides.
        let p = provider_at(
            vendor,
            &server.url,
            "timeout-token",
            config(300, 120_000, 3),
        )
        .expect("provider");
        let started = Instant::now();
        let err = list_trunks(p.as_ref()).await;
        let took = started.elapsed();
        let (kind, elapsed) = timeout_of(vendor, &err);
        assert_eq!(kind, TimeoutKind::Attempt, "{vendor}: {err}");
        assert_eq!(err.vendor_error().map(|e| e.attempts), Some(3), "{err}");
        assert!(err.to_string().contains("attempt timeout"), "{err}");
        assert!(err.to_string().contains("after 3 attempts"), "{err}");
        // Each of the three attempts lasted its whole timeout.
        assert!(
            elapsed >= Duration::from_millis(900),
            "{vendor}: {elapsed:?}"
        );
        assert!(took >= elapsed, "{vendor}: {took:?} < {elapsed:?}");
        // Whether an attempt's request arrived before its timeout is up to the scheduler;
        // that no more arrived than the client made is not.
        let received = server.received();
        assert!(
            (1..=3).contains(&received.len()),
            "{vendor}: {} requests for 3 attempts",
            received.len()
        );
        assert!(received.iter().all(|r| r.method == "GET"), "{vendor}");
    }
}

#[tokio::test]
async fn the_operation_ends_at_the_operation_timeout() {
    for vendor in Vendor::ALL {
        let server = ScriptedServer::start(vec![Reply::Hang]).await;
        // Attempts of 400 ms, as many as fit in 1 s (three, the last cut short by the deadline,
        // on an idle machine; exactly three with time under control in trunkline-core's tests).
        let p = provider_at(vendor, &server.url, "timeout-token", config(400, 1_000, 10))
            .expect("provider");
        let started = Instant::now();
        let err = list_trunks(p.as_ref()).await;
        let took = started.elapsed();
        let (kind, elapsed) = timeout_of(vendor, &err);
        assert_eq!(kind, TimeoutKind::Operation, "{vendor}: {err}");
        assert!(err.to_string().contains("operation timeout"), "{err}");
        // The call ran to its deadline, never past the attempt budget, and the server saw no
        // request the client did not make.
        assert!(
            elapsed >= Duration::from_millis(1_000),
            "{vendor}: {elapsed:?}"
        );
        assert!(took >= elapsed, "{vendor}: {took:?} < {elapsed:?}");
        let attempts = err.vendor_error().map(|e| e.attempts).expect("attempts");
        assert!((1..10).contains(&attempts), "{vendor}: {attempts} attempts");
        assert!(server.received().len() <= attempts as usize, "{vendor}");
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
            err.vendor_error().map(|e| e.attempts),
            Some(1),
            "{vendor}: no time left for a retry"
        );
        assert!(server.received().len() <= 1, "{vendor}");
        assert!(
            elapsed >= Duration::from_millis(500),
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
            // A Telnyx trunk made from a list is an update of the list's connection: a new one.
            Vendor::Telnyx => NewTrunk::new(Direction::Inbound).with_name("t"),
            _ => NewTrunk::new(Direction::Outbound)
                .with_name("t")
                .with_ip_access_list("acl"),
        };
        let err = p.create_trunk(&new).await.expect_err("hangs");
        let (kind, elapsed) = timeout_of(vendor, &err);
        assert_eq!(kind, TimeoutKind::Attempt, "{vendor}: {err}");
        assert!(err.outcome_unknown(), "{vendor}");
        assert!(
            elapsed >= Duration::from_millis(300),
            "{vendor}: {elapsed:?}"
        );
        assert_eq!(
            err.vendor_error().map(|e| e.attempts),
            Some(1),
            "{vendor}: a create is never resent"
        );
        // The one request may or may not have arrived before its timeout; a second never does.
        let received = server.received();
        assert!(received.len() <= 1, "{vendor}: a create is never resent");
        assert!(received.iter().all(|r| r.method == "POST"), "{vendor}");
    }
}

/// The same with the emulator's latency fault: a slow first attempt is abandoned at the
/// attempt timeout and the read retried, successfully. (The retry has three attempts of 1 s to
/// answer an unfaulted read: on any machine, one does.)
#[tokio::test]
async fn a_slow_attempt_is_abandoned_and_retried() {
    let emulator = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    for vendor in Vendor::ALL {
        let p = provider(&emulator, vendor, config(1_000, 120_000, 3));
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
        let slow = Fault::latency(Duration::from_secs(60)).for_method("GET");
        match vendor {
            Vendor::Plivo => emulator.plivo().inject(slow),
            Vendor::Twilio => emulator.twilio_trunking().inject(slow),
            Vendor::Telnyx => emulator.telnyx().inject(slow),
            _ => emulator.vobiz().inject(slow),
        }
        .expect("fault");
        let started = Instant::now();
        let read = p.list_trunks(TrunkFilter::new());
        let listed: Vec<_> = futures::TryStreamExt::try_collect(read)
            .await
            .expect("the retry succeeds");
        assert!(listed.iter().any(|t| t.id == id), "{vendor}");
        // The slow attempt was given its whole timeout, and abandoned: not waited out (60 s).
        let took = started.elapsed();
        assert!(took >= Duration::from_millis(1_000), "{vendor}: {took:?}");
        let gets = match vendor {
            Vendor::Plivo => emulator.plivo().requests(),
            Vendor::Twilio => emulator.twilio_trunking().requests(),
            Vendor::Telnyx => emulator.telnyx().requests(),
            _ => emulator.vobiz().requests(),
        };
        let slow_one = gets
            .iter()
            .find(|r| r.fault.as_ref().is_some_and(|f| f.latency_ms == 60_000))
            .expect("the slow attempt reached the emulator");
        assert_eq!(
            slow_one.status, None,
            "{vendor}: the slow attempt never answered"
        );
    }
}
