//! Helpers shared by the vendor-specific tests: each vendor's typed client pointed at an
//! `httpmock` server or at a fresh emulator, fixture answers for the typed mocks, and readers
//! of typed errors and of the emulator's request log.

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::time::Duration;

use trunkline_core::{ClientConfig, RetryPolicy};
use trunkline_emulator::{
    DEFAULT_PLIVO_AUTH_ID, DEFAULT_PLIVO_AUTH_TOKEN, DEFAULT_TWILIO_ACCOUNT_SID,
    DEFAULT_TWILIO_AUTH_TOKEN, DEFAULT_VOBIZ_AUTH_ID, DEFAULT_VOBIZ_AUTH_TOKEN, Emulator,
    EmulatorConfig, RecordedRequest,
};

/// `progenitor_client::Error`, the error of every generated operation; each vendor crate
/// re-exports the same type.
pub type ApiError<E> = trunkline_plivo::Error<E>;

/// A fresh emulator with the default accounts, credentials and phone numbers.
pub async fn start() -> Emulator {
    Emulator::start(EmulatorConfig::default())
        .await
        .expect("the emulator starts")
}

/// No retries: one request per call, so a mock sees exactly what the call sent.
pub fn no_retry() -> ClientConfig {
    ClientConfig::default().with_retry(RetryPolicy::never())
}

/// Answers a typed mock with `status` and `body` as JSON.
pub fn respond_json(then: httpmock::Then, status: u16, body: serde_json::Value) -> httpmock::Then {
    then.status(status)
        .header("content-type", "application/json")
        .json_body(body)
}

/// Answers a typed mock with `status` and the vendor's fixture `name`.
pub fn respond(then: httpmock::Then, status: u16, vendor: &str, name: &str) -> httpmock::Then {
    respond_json(then, status, trunkline_tests::fixture(vendor, name))
}

/// Asserts that every fixture file of `vendor` is named (in quotes) in `source`: a new
/// fixture cannot go untested silently.
pub fn assert_every_fixture_named(vendor: &str, source: &str) {
    for name in trunkline_tests::fixture_names(vendor) {
        assert!(
            source.contains(&format!("\"{name}\"")),
            "fixture {name} is not used by any {vendor} operation test"
        );
    }
}

/// Asserts that every operation of a generated client has a typed-mock test in `source`
/// (`server.<operation id>(`).
pub fn assert_every_operation_mocked(operations: &[trunkline_core::Operation], source: &str) {
    for operation in operations {
        assert!(
            source.contains(&format!("server.{}(", operation.id)),
            "operation {} has no typed-mock test",
            operation.id
        );
    }
}

/// The production retry rules (4 attempts, `Retry-After` honoured up to 60 s) with a
/// millisecond backoff, so retried tests stay fast unless `Retry-After` says otherwise.
pub fn fast_retries() -> ClientConfig {
    ClientConfig::default().with_retry(
        RetryPolicy::default().with_backoff(Duration::from_millis(5), Duration::from_millis(20)),
    )
}

/// The Plivo client of the emulator's default account.
pub fn plivo(emulator: &Emulator) -> trunkline_plivo::Client {
    let builder =
        trunkline_plivo::ClientBuilder::new(DEFAULT_PLIVO_AUTH_ID, DEFAULT_PLIVO_AUTH_TOKEN);
    let builder = builder
        .base_url(emulator.plivo_url())
        .config(fast_retries());
    builder.build().expect("plivo client")
}

/// The Twilio client (trunking v1 + 2010-04-01) of the emulator's default account.
pub fn twilio(emulator: &Emulator) -> trunkline_twilio::Client {
    let account = (DEFAULT_TWILIO_ACCOUNT_SID, DEFAULT_TWILIO_AUTH_TOKEN);
    trunkline_twilio::ClientBuilder::new(account.0, account.1)
        .trunking_base_url(emulator.twilio_trunking_url())
        .sip_base_url(emulator.twilio_api_url())
        .config(fast_retries())
        .build()
        .expect("twilio client")
}

/// The Vobiz client of the emulator's default account.
pub fn vobiz(emulator: &Emulator) -> trunkline_vobiz::Client {
    let builder =
        trunkline_vobiz::ClientBuilder::new(DEFAULT_VOBIZ_AUTH_ID, DEFAULT_VOBIZ_AUTH_TOKEN);
    let builder = builder
        .config(fast_retries())
        .base_url(emulator.vobiz_url());
    builder.build().expect("vobiz client")
}

/// The status and the decoded vendor error body of a call that must fail with an HTTP error.
pub fn error_response<T, E: Debug>(result: Result<T, ApiError<E>>) -> (u16, E) {
    match result {
        Ok(_) => panic!("expected an error response, but the call succeeded"),
        Err(ApiError::ErrorResponse(response)) => {
            (response.status().as_u16(), response.into_inner())
        }
        Err(other) => panic!("expected an error response, got {other}"),
    }
}

/// The requests in `log` with this method whose raw path starts with `path_prefix`.
pub fn requests<'a>(
    log: &'a [RecordedRequest],
    method: &str,
    path_prefix: &str,
) -> Vec<&'a RecordedRequest> {
    log.iter()
        .filter(|r| r.method == method && r.path.starts_with(path_prefix))
        .collect()
}

/// The `first` and `second` query parameters (`""` when absent) of every request in `log`
/// with this method on exactly `path`, in order: what a paging helper asked for, page by page.
pub fn query_pairs(
    log: &[RecordedRequest],
    method: &str,
    path: &str,
    first: &str,
    second: &str,
) -> Vec<(String, String)> {
    requests(log, method, path)
        .into_iter()
        .filter(|r| r.path == path)
        .map(|r| {
            (
                query_param(r, first).unwrap_or_default(),
                query_param(r, second).unwrap_or_default(),
            )
        })
        .collect()
}

/// Expected [`query_pairs`], written as numbers or strings: `pairs(&[(0, 7), (7, 7)])`.
pub fn pairs<A: ToString, B: ToString>(expected: &[(A, B)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

/// The `key` query parameter of a logged request.
pub fn query_param(request: &RecordedRequest, key: &str) -> Option<String> {
    let query = request.query.as_deref().unwrap_or_default();
    serde_urlencoded::from_str::<Vec<(String, String)>>(query)
        .expect("a well-formed query string")
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// Asserts that `got` holds every id of `expected` exactly once and nothing else.
pub fn assert_each_once<I, S>(what: &str, got: Vec<String>, expected: I)
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for id in got {
        *counts.entry(id).or_default() += 1;
    }
    let duplicated: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        duplicated.is_empty(),
        "{what}: ids seen more than once: {duplicated:?}"
    );
    let expected: std::collections::BTreeSet<String> =
        expected.into_iter().map(Into::into).collect();
    let got: std::collections::BTreeSet<String> = counts.into_keys().collect();
    let missing: Vec<_> = expected.difference(&got).collect();
    let unexpected: Vec<_> = got.difference(&expected).collect();
    assert!(
        missing.is_empty() && unexpected.is_empty(),
        "{what}: missing {missing:?}, unexpected {unexpected:?}"
    );
}
