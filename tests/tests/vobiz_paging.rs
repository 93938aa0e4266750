//! `trunkline_vobiz::paginate` (the four `{meta, objects}` lists, `limit`/`offset`) and
//! `trunkline_vobiz::paginate_cdrs` (CDRs, `page`/`per_page`) against typed mocks.

use futures::{StreamExt, TryStreamExt};
use httpmock::prelude::*;
use serde_json::{Value, json};
use trunkline_vobiz::mock::MockServerExt;
use trunkline_vobiz::{ClientBuilder, ClientConfig, PagingError, RetryPolicy, types};

const AUTH_ID: &str = "MA_PAGING";
const TOKEN: &str = "vobiz-paging-token";

fn client(server: &MockServer) -> trunkline_vobiz::Client {
    ClientBuilder::new(AUTH_ID, TOKEN)
        .api_base_url(server.base_url())
        .config(ClientConfig::default().with_retry(RetryPolicy::never()))
        .build()
        .expect("client")
}

fn authed(when: httpmock::When) -> httpmock::When {
    when.header("x-auth-id", AUTH_ID)
        .header("x-auth-token", TOKEN)
}

fn trunk(i: usize) -> Value {
    json!({"trunk_id": format!("trunk-{i}"), "trunk_direction": "outbound", "trunk_status": "active"})
}

/// Three pages of 100, 100 and 50 trunks (`meta.total` = 250): three requests with
/// `limit=100` and offsets 0, 100, 200, then the stream ends.
#[tokio::test]
async fn three_trunk_pages_by_limit_and_offset() {
    let server = MockServer::start_async().await;
    let mut mocks = Vec::new();
    for (offset, count) in [(0usize, 100usize), (100, 100), (200, 50)] {
        let objects: Vec<Value> = (offset..offset + count).map(trunk).collect();
        mocks.push(server.list_trunks(move |when, then| {
            authed(when.limit(100).offset(offset as i64).into_inner());
            then.ok(&serde_json::from_value(json!({
                "meta": {"limit": 100, "offset": offset, "total": 250},
                "objects": objects
            }))
            .expect("page"));
        }));
    }
    // Anything else (a fourth page) would be a bug: answer it with an error the test sees.
    let stray = server.list_trunks(|when, then| {
        when.offset(300);
        then.client_error(400, &types::VobizError::default());
    });
    let vobiz = client(&server);
    // Asking for more than Vobiz's maximum is clamped to 100.
    let trunks: Vec<types::Trunk> = trunkline_vobiz::paginate(1_000, |offset, limit| {
        vobiz.list_trunks().offset(offset).limit(limit).send()
    })
    .try_collect()
    .await
    .expect("all pages");
    let ids: Vec<String> = trunks.into_iter().map(|t| t.trunk_id).collect();
    assert_eq!(
        ids,
        (0..250).map(|i| format!("trunk-{i}")).collect::<Vec<_>>()
    );
    for mock in mocks {
        mock.assert();
    }
    assert_eq!(stray.calls(), 0, "no request past meta.total");
}

/// Without `meta.total`, a short page ends the list.
#[tokio::test]
async fn a_short_page_ends_a_list_without_total() {
    let server = MockServer::start_async().await;
    let first = server.list_credentials(|when, then| {
        authed(when.limit(2).offset(0).into_inner());
        then.into_inner().status(200).json_body(json!({
            "objects": [{"id": "c1"}, {"id": "c2"}]
        }));
    });
    let second = server.list_credentials(|when, then| {
        authed(when.limit(2).offset(2).into_inner());
        then.into_inner().status(200).json_body(json!({
            "meta": {"limit": 2, "offset": 2},
            "objects": [{"id": "c3"}]
        }));
    });
    let vobiz = client(&server);
    let ids: Vec<String> = trunkline_vobiz::paginate(2, |offset, limit| {
        vobiz.list_credentials().offset(offset).limit(limit).send()
    })
    .map_ok(|c: types::Credential| c.id)
    .try_collect()
    .await
    .expect("all pages");
    assert_eq!(ids, ["c1", "c2", "c3"]);
    first.assert();
    second.assert();
}

/// The same helper pages IP ACL entries and origination URIs; an error ends the stream after
/// the items already read, with the typed error.
#[tokio::test]
async fn an_error_ends_the_stream_with_the_typed_error() {
    let server = MockServer::start_async().await;
    server.list_ip_acl_entries(|when, then| {
        when.offset(0);
        then.into_inner().status(200).json_body(json!({
            "meta": {"limit": 1, "offset": 0, "total": 3},
            "objects": [{"id": "a1", "ip_address": "10.0.0.1"}]
        }));
    });
    server.list_ip_acl_entries(|when, then| {
        when.offset(1);
        then.server_error(
            503,
            &types::VobizError {
                error: Some("maintenance".into()),
                code: Some(503),
            },
        );
    });
    let vobiz = client(&server);
    let results: Vec<_> = trunkline_vobiz::paginate(1, |offset, limit| {
        vobiz
            .list_ip_acl_entries()
            .offset(offset)
            .limit(limit)
            .send()
    })
    .collect()
    .await;
    assert_eq!(results.len(), 2, "one item, then the error, then nothing");
    assert_eq!(results[0].as_ref().expect("first").id, "a1");
    match &results[1] {
        Err(PagingError::Fetch(trunkline_vobiz::Error::ErrorResponse(body))) => {
            assert_eq!(body.status(), 503);
            assert_eq!(body.error.as_deref(), Some("maintenance"));
        }
        other => panic!("expected the typed 503, got {other:?}"),
    }

    // A page size of 0 is clamped to 1.
    let uris = server.list_origination_uris(|when, then| {
        authed(when.limit(1).offset(0).into_inner());
        then.into_inner().status(200).json_body(json!({
            "meta": {"limit": 1, "offset": 0, "total": 1},
            "objects": [{"id": "u1", "transport": "TCP"}]
        }));
    });
    let all: Vec<types::OriginationUri> = trunkline_vobiz::paginate(0, |offset, limit| {
        vobiz
            .list_origination_uris()
            .offset(offset)
            .limit(limit)
            .send()
    })
    .try_collect()
    .await
    .expect("one page");
    assert_eq!(all.len(), 1);
    uris.assert();
}

fn cdr(i: usize) -> Value {
    json!({"id": i, "uuid": format!("call-{i}"), "call_direction": "inbound", "duration": 12})
}

/// Two CDR pages: `page=1` says `has_next`, `page=2` does not; filters go on every request.
#[tokio::test]
async fn two_cdr_pages_by_page_and_per_page() {
    let server = MockServer::start_async().await;
    let mut mocks = Vec::new();
    for (page, range, has_next) in [(1i64, 0..50usize, true), (2, 50..70, false)] {
        let data: Vec<Value> = range.clone().map(cdr).collect();
        mocks.push(server.list_cdrs(move |when, then| {
            authed(
                when.page(page)
                    .per_page(50)
                    .call_direction(types::CallDirection::Inbound)
                    .into_inner(),
            );
            then.ok(&serde_json::from_value(json!({
                "account_id": AUTH_ID,
                "count": data.len(),
                "data": data,
                "pagination": {"page": page, "per_page": 50, "total": 70, "pages": 2, "has_next": has_next, "has_prev": page > 1},
                "success": true
            }))
            .expect("page"));
        }));
    }
    let stray = server.list_cdrs(|when, then| {
        when.page(3);
        then.client_error(400, &types::VobizError::default());
    });
    let vobiz = client(&server);
    let records: Vec<types::Cdr> = trunkline_vobiz::paginate_cdrs(50, |page, per_page| {
        vobiz
            .list_cdrs()
            .call_direction(types::CallDirection::Inbound)
            .page(page)
            .per_page(per_page)
            .send()
    })
    .try_collect()
    .await
    .expect("all pages");
    let ids: Vec<String> = records.into_iter().filter_map(|r| r.uuid).collect();
    assert_eq!(
        ids,
        (0..70).map(|i| format!("call-{i}")).collect::<Vec<_>>()
    );
    for mock in mocks {
        mock.assert();
    }
    assert_eq!(stray.calls(), 0, "has_next: false ends the list");
}

/// `search_cdrs` pages the same way; without `has_next` the page count decides.
#[tokio::test]
async fn search_cdrs_pages_by_page_count() {
    let server = MockServer::start_async().await;
    for page in 1..=2i64 {
        server.search_cdrs(move |when, then| {
            authed(
                when.page(page)
                    .per_page(100)
                    .hangup_cause("NO_ANSWER")
                    .into_inner(),
            );
            then.into_inner().status(200).json_body(json!({
                "data": [cdr(page as usize)],
                "pagination": {"page": page, "pages": 2},
                "filters": {"hangup_cause": "NO_ANSWER"}
            }));
        });
    }
    let vobiz = client(&server);
    let ids: Vec<Option<i64>> = trunkline_vobiz::paginate_cdrs(500, |page, per_page| {
        vobiz
            .search_cdrs()
            .hangup_cause("NO_ANSWER")
            .page(page)
            .per_page(per_page)
            .send()
    })
    .map_ok(|r| r.id)
    .try_collect()
    .await
    .expect("both pages");
    assert_eq!(ids, [Some(1), Some(2)]);
}
