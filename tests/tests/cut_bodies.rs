//! Response bodies that break off before their end (the emulator's truncated-body fault),
//! through the facade on every vendor, before and after commit: a read is retried like a 5xx
//! read and succeeds with the next whole body; a create is never resent, and its error says
//! `outcome_unknown()` (after commit the trunk exists). The retry loop's side (attempts,
//! waits, budget) is tested with a scripted transport and paused time in `trunkline-core`
//! (`runtime::retry_loop_tests`).

use std::time::Duration;

use futures::TryStreamExt;

use trunkline::{
    ClientConfig, Direction, Error, NewCredentialList, NewTrunk, RetryPolicy, TrunkFilter,
    TrunkProvider, Vendor,
};
use trunkline_emulator::{Emulator, EmulatorConfig, Fault, RecordedRequest};
use trunkline_tests::load::{Listener, provider};

fn config() -> ClientConfig {
    ClientConfig::default().with_retry(
        RetryPolicy::default()
            .with_max_attempts(3)
            .with_backoff(Duration::from_millis(1), Duration::from_millis(2)),
    )
}

/// The listener serving `vendor`'s trunks.
fn trunks_listener(emulator: &Emulator, vendor: Vendor) -> Listener {
    Listener::of(emulator, vendor).remove(0)
}

fn of_method<'a>(log: &'a [RecordedRequest], method: &str) -> Vec<&'a RecordedRequest> {
    log.iter().filter(|r| r.method == method).collect()
}

/// A trunk to create on `vendor` (a Plivo trunk needs a list: it is created here, so that
/// the create of the trunk is the next POST).
async fn new_trunk(p: &dyn TrunkProvider, vendor: Vendor) -> NewTrunk {
    match vendor {
        Vendor::Twilio => NewTrunk::new(Direction::Both),
        Vendor::Plivo => {
            let list = NewCredentialList::new("cut").with_credential("cutuser01", "Cut-Passw0rd-1");
            let list = p.create_credential_list(&list).await.expect("list");
            NewTrunk::new(Direction::Outbound)
                .with_name("cut")
                .with_credential_list(list.id)
        }
        _ => NewTrunk::new(Direction::Outbound).with_name("cut"),
    }
}

#[tokio::test]
async fn a_read_whose_body_breaks_off_is_retried_before_and_after_commit() {
    for after_commit in [false, true] {
        let emulator = Emulator::start(EmulatorConfig::default())
            .await
            .expect("emulator");
        for vendor in Vendor::ALL {
            let p = provider(&emulator, vendor, config());
            let listener = trunks_listener(&emulator, vendor);
            let new = new_trunk(p.as_ref(), vendor).await;
            p.create_trunk(&new).await.expect("seed");

            // The same listing without a fault, for the number of GETs it makes.
            listener.clear_requests();
            let clean: Vec<_> = p
                .list_trunks(TrunkFilter::new())
                .try_collect()
                .await
                .expect("clean listing");
            let clean_gets = of_method(&listener.requests(), "GET").len();
            assert_eq!(clean.len(), 1, "{vendor}");

            listener.clear_requests();
            let fault = Fault::truncated_body().for_method("GET");
            listener.inject(if after_commit {
                fault.after_commit()
            } else {
                fault
            });
            let listed: Vec<_> = p
                .list_trunks(TrunkFilter::new())
                .try_collect()
                .await
                .unwrap_or_else(|err| panic!("{vendor} (after commit: {after_commit}): {err}"));
            assert_eq!(listed, clean, "{vendor}: the same trunks, whole");
            let log = listener.requests();
            let gets = of_method(&log, "GET");
            assert_eq!(gets.len(), clean_gets + 1, "{vendor}: one GET resent");
            assert!(gets[0].fault.is_some(), "{vendor}: the first body was cut");
            assert_eq!(gets[0].path, gets[1].path, "{vendor}: and read again");
            assert!(gets[1..].iter().all(|r| r.fault.is_none()), "{vendor}");

            // A read by id too.
            let id = &listed[0].id;
            listener.inject(Fault::truncated_body().for_method("GET"));
            let trunk = p.get_trunk(id).await.expect("read again");
            assert_eq!(&trunk.id, id, "{vendor}");
        }
    }
}

#[tokio::test]
async fn a_read_whose_bodies_keep_breaking_off_stops_at_the_retry_budget() {
    let emulator = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    for vendor in Vendor::ALL {
        let p = provider(&emulator, vendor, config());
        let listener = trunks_listener(&emulator, vendor);
        listener.clear_requests();
        // Every attempt the policy allows (3), and one more that must never be sent.
        listener.inject(Fault::truncated_body().for_method("GET").times(4));
        let err = p
            .list_trunks(TrunkFilter::new())
            .try_collect::<Vec<_>>()
            .await
            .expect_err("every body cut");
        assert!(matches!(err, Error::Decode { .. }), "{vendor}: {err:?}");
        assert!(err.to_string().contains("broke off"), "{vendor}: {err}");
        assert!(!err.outcome_unknown(), "{vendor}: a read changes nothing");
        assert_eq!(err.vendor_error().map(|e| e.attempts), Some(3), "{vendor}");
        let gets = listener.requests();
        assert_eq!(of_method(&gets, "GET").len(), 3, "{vendor}");
        listener.clear_faults();
    }
}

#[tokio::test]
async fn a_create_whose_body_breaks_off_is_not_resent_and_its_outcome_is_unknown() {
    for after_commit in [false, true] {
        let emulator = Emulator::start(EmulatorConfig::default())
            .await
            .expect("emulator");
        for vendor in Vendor::ALL {
            let p = provider(&emulator, vendor, config());
            let listener = trunks_listener(&emulator, vendor);
            let new = new_trunk(p.as_ref(), vendor).await;
            listener.clear_requests();
            let fault = Fault::truncated_body().for_method("POST");
            listener.inject(if after_commit {
                fault.after_commit()
            } else {
                fault
            });
            let err = p.create_trunk(&new).await.expect_err("the body broke off");
            assert!(err.outcome_unknown(), "{vendor}: {err:?}");
            assert!(err.to_string().contains("broke off"), "{vendor}: {err}");
            let log = listener.requests();
            let posts = of_method(&log, "POST");
            assert_eq!(posts.len(), 1, "{vendor}: one POST, never resent");
            assert_eq!(posts[0].committed, after_commit, "{vendor}");
            let exist = p
                .list_trunks(TrunkFilter::new())
                .try_collect::<Vec<_>>()
                .await
                .expect("listing")
                .len();
            assert_eq!(exist, usize::from(after_commit), "{vendor}");
        }
    }
}
