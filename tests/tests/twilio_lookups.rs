//! Twilio lookups of lists by name page through the lists' names only and read the members
//! of the match alone, so a lookup among many lists costs its pages plus one list's read (2
//! requests), and a plan of one trunk costs the same among 50 trunks as among 1. Counted in
//! the emulator's request log.

use trunkline::{
    ClientConfig, Direction, NewCredentialList, NewIpAccessList, TrunkProvider, TrunkProviderExt,
    TrunkSpec, Vendor,
};
use trunkline_emulator::{Emulator, EmulatorConfig, RecordedRequest};
use trunkline_tests::load::{Listener, provider};

const LISTS: usize = 50;

struct Twilio {
    _emulator: Emulator,
    provider: std::sync::Arc<dyn TrunkProvider>,
    /// Both Twilio listeners: trunking v1 and the 2010 API (the SIP lists).
    listeners: Vec<Listener>,
}

impl Twilio {
    async fn start() -> Self {
        let emulator = Emulator::start(EmulatorConfig::default())
            .await
            .expect("emulator");
        let provider = provider(&emulator, Vendor::Twilio, ClientConfig::default());
        let listeners = Listener::of(&emulator, Vendor::Twilio);
        Self {
            _emulator: emulator,
            provider,
            listeners,
        }
    }

    fn clear(&self) {
        self.listeners.iter().for_each(Listener::clear_requests);
    }

    fn requests(&self) -> Vec<RecordedRequest> {
        self.listeners.iter().flat_map(Listener::requests).collect()
    }
}

/// Requests for pages of a listing whose path ends with `list` (e.g. `/CredentialLists.json`).
fn pages(log: &[RecordedRequest], list: &str) -> usize {
    log.iter()
        .filter(|r| r.method == "GET" && r.path.ends_with(list))
        .count()
}

#[tokio::test]
async fn a_credential_list_lookup_among_50_costs_its_pages_plus_two_requests() {
    let t = Twilio::start().await;
    let mut ids = Vec::new();
    for i in 0..LISTS {
        let list = NewCredentialList::new(format!("list-{i:02}"))
            .with_credential(format!("user{i:02}x"), "Lookup-Passw0rd-1");
        ids.push(
            t.provider
                .create_credential_list(&list)
                .await
                .expect("seed")
                .id,
        );
    }

    t.clear();
    let found = t
        .provider
        .find_credential_list_by_name("list-37")
        .await
        .expect("lookup")
        .expect("found");
    assert_eq!(found.id, ids[37]);
    assert_eq!(found.credentials.len(), 1, "its members are read");
    assert_eq!(found.credentials[0].username, "user37x");
    let log = t.requests();
    let pages = pages(&log, "/CredentialLists.json");
    println!(
        "credential list lookup among {LISTS}: {} requests ({pages} pages)",
        log.len()
    );
    assert!((1..=2).contains(&pages), "{pages} pages of {LISTS} lists");
    assert_eq!(log.len(), pages + 2, "{log:#?}");
    // Nothing of any other list is read.
    let others = log.iter().filter(|r| {
        ids.iter()
            .any(|id| id != &found.id && r.path.contains(id.as_str()))
    });
    assert_eq!(others.count(), 0);

    // A name no list has: the pages, twice (an empty result is confirmed), and nothing else.
    t.clear();
    let missing = t
        .provider
        .find_credential_list_by_name("list-99")
        .await
        .expect("lookup");
    assert!(missing.is_none());
    let log = t.requests();
    println!(
        "credential list lookup of a missing name: {} requests",
        log.len()
    );
    assert_eq!(log.len(), 2 * pages, "{log:#?}");
}

#[tokio::test]
async fn an_ip_access_list_lookup_among_50_costs_its_pages_plus_two_requests() {
    let t = Twilio::start().await;
    let mut ids = Vec::new();
    for i in 0..LISTS {
        let network = format!("198.51.100.{i}").parse().expect("network");
        let list = NewIpAccessList::new(format!("acl-{i:02}")).with_network(network);
        ids.push(
            t.provider
                .create_ip_access_list(&list)
                .await
                .expect("seed")
                .id,
        );
    }

    t.clear();
    let found = t
        .provider
        .find_ip_access_list_by_name("acl-12")
        .await
        .expect("lookup")
        .expect("found");
    assert_eq!(found.id, ids[12]);
    assert_eq!(found.entries.len(), 1, "its entries are read");
    let log = t.requests();
    let pages = pages(&log, "/IpAccessControlLists.json");
    println!(
        "IP access list lookup among {LISTS}: {} requests ({pages} pages)",
        log.len()
    );
    assert!((1..=2).contains(&pages), "{pages} pages of {LISTS} lists");
    assert_eq!(log.len(), pages + 2, "{log:#?}");
}

fn spec(i: usize) -> TrunkSpec {
    TrunkSpec::new(format!("trunk-{i:02}"), Direction::Both)
        .with_credential(format!("tuser{i:02}x"), "Trunk-Passw0rd-1")
        .with_network(format!("203.0.113.{i}").parse().expect("network"))
}

/// Requests one plan makes once `n` trunks (each with its lists) exist, and how many of them
/// are pages of the trunk and list listings: of an existing trunk (`spec(0)`, no change) and
/// of a new one (`spec(n)`, whose lists are looked up by name).
async fn plan_costs(n: usize) -> [(usize, usize); 2] {
    let t = Twilio::start().await;
    for i in 0..n {
        t.provider.ensure(&spec(i)).await.expect("seed");
    }
    let mut costs = [(0, 0); 2];
    for (cost, (spec, create)) in costs.iter_mut().zip([(spec(0), false), (spec(n), true)]) {
        t.clear();
        let plan = t.provider.plan_trunk(&spec).await.expect("plan");
        assert_eq!(!plan.is_no_change(), create, "{plan:?}");
        let log = t.requests();
        let listing = [
            "/Trunks",
            "/CredentialLists.json",
            "/IpAccessControlLists.json",
        ]
        .iter()
        .map(|list| pages(&log, list))
        .sum::<usize>();
        *cost = (log.len(), listing);
    }
    costs
}

#[tokio::test]
async fn a_twilio_plan_costs_the_same_among_50_trunks_as_among_one() {
    let one = plan_costs(1).await;
    let many = plan_costs(LISTS).await;
    for (what, one, many) in [("existing", one[0], many[0]), ("new", one[1], many[1])] {
        println!(
            "plan_trunk of a {what} trunk: {} requests among 1 trunk ({} listing pages), \
             {} among {LISTS} ({} listing pages)",
            one.0, one.1, many.0, many.1
        );
        assert_eq!(many.0 - many.1, one.0 - one.1, "{what}");
    }
}
