//! The generated list shortcuts of every vendor crate (`client.trunks()` …, from
//! `x-trunkline-paging`) take a page size and a limit: `.page_size(5).max_items(12)` over 23
//! seeded items reads exactly 12, in three requests of 5 (the emulator's request log), and
//! never a fourth page.

use futures::TryStreamExt as _;
use trunkline::ClientConfig;
use trunkline_emulator::{Emulator, EmulatorConfig, RecordedRequest};

const SEEDED: usize = 23;

async fn emulator() -> Emulator {
    Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator")
}

/// The decoded query of every GET the listener logged on `path`.
fn list_queries(requests: &[RecordedRequest], path: &str) -> Vec<Vec<(String, String)>> {
    requests
        .iter()
        .filter(|r| r.method == "GET" && r.path == path)
        .map(|r| serde_urlencoded::from_str(r.query.as_deref().unwrap_or_default()).unwrap())
        .collect()
}

/// Asserts three list requests, each asking for `size_param=5`.
fn assert_three_pages_of_five(vendor: &str, queries: &[Vec<(String, String)>], size_param: &str) {
    assert_eq!(queries.len(), 3, "{vendor}: {queries:?}");
    for query in queries {
        let size = query
            .iter()
            .find(|(k, _)| k == size_param)
            .map(|(_, v)| v.as_str());
        assert_eq!(size, Some("5"), "{vendor}: {query:?}");
    }
}

/// How many items `.page_size(5).max_items(12)` of a generated shortcut yields.
macro_rules! twelve_in_pages_of_five {
    ($shortcut:expr) => {
        $shortcut
            .page_size(5)
            .max_items(12)
            .try_collect::<Vec<_>>()
            .await
            .expect("list")
            .len()
    };
}

#[tokio::test]
async fn plivo_and_vobiz_trunks_shortcuts_take_a_page_size_and_a_limit() {
    let emulator = emulator().await;
    emulator.plivo().seed_trunks(SEEDED);
    emulator.vobiz().seed_trunks(SEEDED);
    let (plivo_id, plivo_token) = (
        trunkline_emulator::DEFAULT_PLIVO_AUTH_ID,
        trunkline_emulator::DEFAULT_PLIVO_AUTH_TOKEN,
    );
    let plivo = trunkline_plivo::ClientBuilder::new(plivo_id, plivo_token)
        .base_url(emulator.plivo_url())
        .build()
        .expect("plivo client");
    let vobiz = trunkline_vobiz::ClientBuilder::new(
        trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID,
        trunkline_emulator::DEFAULT_VOBIZ_AUTH_TOKEN,
    );
    let vobiz = vobiz
        .base_url(emulator.vobiz_url())
        .build()
        .expect("vobiz client");
    let listed = [
        ("plivo", twelve_in_pages_of_five!(plivo.trunks())),
        ("vobiz", twelve_in_pages_of_five!(vobiz.trunks())),
    ];
    let logs = [
        (
            emulator.plivo().requests(),
            format!("/v1/Account/{plivo_id}/Zentrunk/Trunk/"),
        ),
        (
            emulator.vobiz().requests(),
            format!(
                "/api/v1/Account/{}/trunks",
                trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID
            ),
        ),
    ];
    for ((vendor, count), (requests, path)) in listed.into_iter().zip(logs) {
        assert_eq!(count, 12, "{vendor}");
        assert_three_pages_of_five(vendor, &list_queries(&requests, &path), "limit");
    }
}

#[tokio::test]
async fn telnyx_ip_connections_shortcut_takes_a_page_size_and_a_limit() {
    let emulator = emulator().await;
    emulator.telnyx().seed_trunks(SEEDED);
    let client = trunkline_telnyx::ClientBuilder::new(trunkline_emulator::DEFAULT_TELNYX_API_KEY)
        .base_url(emulator.telnyx_url())
        .build()
        .expect("client");
    assert_eq!(twelve_in_pages_of_five!(client.ip_connections()), 12);
    let queries = list_queries(&emulator.telnyx().requests(), "/v2/ip_connections");
    assert_three_pages_of_five("telnyx", &queries, "page[size]");
}

#[tokio::test]
async fn twilio_shortcuts_of_both_apis_take_a_page_size_and_a_limit() {
    let emulator = emulator().await;
    emulator.twilio_trunking().seed_trunks(SEEDED);
    let client = trunkline_twilio::ClientBuilder::new(
        trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID,
        trunkline_emulator::DEFAULT_TWILIO_AUTH_TOKEN,
    )
    .trunking_base_url(emulator.twilio_trunking_url())
    .sip_base_url(emulator.twilio_api_url())
    .config(ClientConfig::default())
    .build()
    .expect("client");

    // The generated shortcut of the trunking API's client, and the combined client's own.
    for (name, stream) in [
        ("trunking().trunks()", client.trunking().trunks()),
        ("trunks()", client.trunks()),
    ] {
        emulator.twilio_trunking().clear_requests();
        let trunks: Vec<_> = stream
            .page_size(5)
            .max_items(12)
            .try_collect()
            .await
            .expect("list");
        assert_eq!(trunks.len(), 12, "{name}");
        let queries = list_queries(&emulator.twilio_trunking().requests(), "/v1/Trunks");
        assert_three_pages_of_five(name, &queries, "PageSize");
    }

    // The SIP API's: credential lists.
    for i in 0..SEEDED {
        let body = trunkline_twilio::sip::types::CreateCredentialListRequest::builder()
            .friendly_name(format!("list-{i}"));
        client
            .sip()
            .create_credential_list()
            .body(body)
            .send()
            .await
            .expect("create");
    }
    emulator.twilio_api().clear_requests();
    let lists: Vec<_> = client
        .sip()
        .credential_lists()
        .page_size(5)
        .max_items(12)
        .try_collect()
        .await
        .expect("list");
    assert_eq!(lists.len(), 12);
    let path = format!(
        "/2010-04-01/Accounts/{}/SIP/CredentialLists.json",
        trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID
    );
    let queries = list_queries(&emulator.twilio_api().requests(), &path);
    assert_three_pages_of_five("twilio sip", &queries, "PageSize");
}
