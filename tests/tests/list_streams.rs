//! Every vendor crate's list builders stream every page (`stream()`, generated from the spec's
//! `x-trunkline-paging`), with a page size and a maximum number of items, against the emulator:
//! what is asked for page by page, and that nothing is fetched past the last item wanted.

mod emulator_support;

use std::fmt::Debug;

use futures::{Stream, StreamExt, TryStreamExt};
use trunkline_emulator::{DEFAULT_PLIVO_AUTH_ID, DEFAULT_VOBIZ_AUTH_ID, RecordedRequest};

use emulator_support::{assert_each_once, pairs, query_pairs, start};

/// Every item of a stream that must not fail.
async fn read<T, E: Debug>(stream: impl Stream<Item = Result<T, E>>) -> Vec<T> {
    stream
        .try_collect()
        .await
        .expect("the stream reads every page")
}

/// The `first` and `second` query parameters of every `GET` on `path`.
fn asked(log: &[RecordedRequest], path: &str, first: &str, second: &str) -> Vec<(String, String)> {
    query_pairs(log, "GET", path, first, second)
}

fn plivo_trunks() -> String {
    format!("/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/Trunk/")
}

fn vobiz(rest: &str) -> String {
    format!("/api/v1/Account/{DEFAULT_VOBIZ_AUTH_ID}/{rest}")
}

#[tokio::test]
async fn plivo_offset_lists_take_a_page_size_and_a_maximum() {
    let emulator = start().await;
    let plivo = emulator_support::plivo(&emulator);
    let seeded = emulator.plivo().seed_trunks(45);

    emulator.plivo().clear_requests();
    let first = read(plivo.list_trunks().stream().page_size(7).max_items(30)).await;
    assert_eq!(first.len(), 30);
    assert_eq!(
        asked(
            &emulator.plivo().requests(),
            &plivo_trunks(),
            "offset",
            "limit"
        ),
        pairs(&[(0, 7), (7, 7), (14, 7), (21, 7), (28, 7)]),
        "five pages hold the first 30; no sixth is fetched"
    );

    // By default the whole list, in Plivo's largest pages (20).
    emulator.plivo().clear_requests();
    let all = read(plivo.list_trunks().stream()).await;
    assert_each_once(
        "trunks",
        all.into_iter().filter_map(|t| t.trunk_id).collect(),
        seeded,
    );
    assert_eq!(
        asked(
            &emulator.plivo().requests(),
            &plivo_trunks(),
            "offset",
            "limit"
        ),
        pairs(&[(0, 20), (20, 20), (40, 20)])
    );

    // A maximum below one page makes the only page small; zero sends nothing.
    emulator.plivo().clear_requests();
    let few = read(plivo.list_trunks().stream().max_items(3)).await;
    assert_eq!(few.len(), 3);
    let none: Vec<_> = plivo.list_trunks().stream().max_items(0).collect().await;
    assert!(none.is_empty());
    assert_eq!(
        asked(
            &emulator.plivo().requests(),
            &plivo_trunks(),
            "offset",
            "limit"
        ),
        pairs(&[(0, 3)])
    );
}

#[tokio::test]
async fn vobiz_offset_and_page_number_lists_take_a_page_size_and_a_maximum() {
    let emulator = start().await;
    let client = emulator_support::vobiz(&emulator);
    emulator.vobiz().seed_trunks(12);
    let cdrs = emulator.vobiz().seed_generated_cdrs(25, 7);

    emulator.vobiz().clear_requests();
    let trunks = read(client.list_trunks().stream().page_size(5).max_items(11)).await;
    assert_eq!(trunks.len(), 11);
    assert_eq!(
        asked(
            &emulator.vobiz().requests(),
            &vobiz("trunks"),
            "offset",
            "limit"
        ),
        pairs(&[(0, 5), (5, 5), (10, 5)])
    );

    emulator.vobiz().clear_requests();
    let records = read(client.list_cdrs().stream().page_size(10)).await;
    assert_each_once(
        "cdrs",
        records.into_iter().filter_map(|c| c.uuid).collect(),
        cdrs,
    );
    assert_eq!(
        asked(
            &emulator.vobiz().requests(),
            &vobiz("cdr"),
            "page",
            "per_page"
        ),
        pairs(&[(1, 10), (2, 10), (3, 10)])
    );

    emulator.vobiz().clear_requests();
    let some = read(client.list_cdrs().stream().page_size(10).max_items(10)).await;
    assert_eq!(some.len(), 10);
    assert_eq!(
        asked(
            &emulator.vobiz().requests(),
            &vobiz("cdr"),
            "page",
            "per_page"
        ),
        pairs(&[(1, 10)]),
        "the page holding the last item wanted is the last one fetched"
    );
}

#[tokio::test]
async fn twilio_link_lists_take_a_page_size_and_a_maximum() {
    let emulator = start().await;
    let twilio = emulator_support::twilio(&emulator);
    emulator.twilio_trunking().seed_trunks(9);

    emulator.twilio_trunking().clear_requests();
    let trunks = read(twilio.trunks().page_size(2).max_items(5)).await;
    assert_eq!(trunks.len(), 5);
    assert_eq!(
        asked(
            &emulator.twilio_trunking().requests(),
            "/v1/Trunks",
            "PageSize",
            "Page"
        ),
        pairs(&[("2", ""), ("2", "1"), ("2", "2")]),
        "the first page asks for 2, the next links carry it"
    );

    // The same through the generated builder, with a filter-free request and the default size.
    emulator.twilio_trunking().clear_requests();
    let all = read(twilio.trunking().list_trunks().stream()).await;
    assert_eq!(all.len(), 9);
    assert_eq!(
        asked(
            &emulator.twilio_trunking().requests(),
            "/v1/Trunks",
            "PageSize",
            "Page"
        ),
        pairs(&[("1000", "")])
    );
}

/// The facade boxes these streams as `Send`: losing `Send` fails to compile here.
#[test]
fn every_stream_is_send() {
    fn assert_send<T: Send>(_: &T) {}
    let plivo = trunkline_plivo::Client::from_credentials("MA1", "token").expect("client");
    assert_send(&plivo.list_calls().stream());
    assert_send(&trunkline_plivo::paginate(10, |offset, limit| {
        plivo.list_trunks().offset(offset).limit(limit).send()
    }));
    let vobiz = trunkline_vobiz::Client::from_credentials("MA_1", "token").expect("client");
    assert_send(&vobiz.search_cdrs().stream());
    assert_send(&trunkline_vobiz::paginate_cdrs(10, |page, per_page| {
        vobiz.list_cdrs().page(page).per_page(per_page).send()
    }));
    let twilio = trunkline_twilio::Client::from_credentials("AC1", "token").expect("client");
    assert_send(&twilio.credentials("CL1"));
    assert_send(
        &twilio.paginate(
            twilio
                .sip()
                .list_ip_addresses()
                .ip_access_control_list_sid("AL1")
                .send(),
        ),
    );
}
