//! Bodies that are not what the API returns, through the facade on every vendor: a truncated
//! body, a body that is not JSON, an HTML error page from a proxy, an empty 200, a 200 with
//! fields of the wrong type, and huge versions of them. Each ends in an error that names the
//! vendor, the operation and the status and carries a bounded excerpt of the body; none
//! panics.
//!
//! The rule for the variant: a 2xx whose body cannot be decoded is [`Error::Decode`]; an error
//! status (4xx/5xx) whose body is not the vendor's error format (a proxy's HTML page, an empty
//! body) is judged by its status like any other error response (`Unavailable` for 5xx,
//! `RateLimited` for 429…), with the excerpt in the message, so that `is_transient` stays true
//! for a 502 from a load balancer (and `outcome_unknown`, false for these reads, would be true
//! for a write).

use std::time::Duration;

use futures::TryStreamExt;

use trunkline::{ClientConfig, Error, RetryPolicy, TrunkFilter, Vendor};
use trunkline_emulator::{Emulator, EmulatorConfig, Fault};
use trunkline_tests::load::{provider, provider_at};
use trunkline_tests::{Reply, ScriptedServer};

/// Longest `Display` of any error here: the excerpt is at most 512 bytes and every message is
/// bounded, whatever the body's size.
const MAX_DISPLAY: usize = 8192;

fn config() -> ClientConfig {
    ClientConfig::default().with_retry(
        RetryPolicy::default()
            .with_max_attempts(2)
            .with_backoff(Duration::from_millis(1), Duration::from_millis(2)),
    )
}

fn raw(status: u16, content_type: &str, body: &str) -> Reply {
    Reply::Respond {
        status,
        headers: vec![("Content-Type".into(), content_type.into())],
        body: body.into(),
    }
}

/// A page of trunks of each vendor whose trunk has fields of the wrong type (numbers for
/// strings, strings for booleans and the other way round): `value` is the id, `secure` the
/// boolean.
fn wrong_types(vendor: Vendor, value: &str, secure: &str) -> String {
    match vendor {
        Vendor::Plivo => format!(
            r#"{{"objects": [{{"trunk_id": {value}, "secure": {secure}, "name": ["x"]}}], "meta": {{"limit": 20, "offset": 0, "total_count": 1, "next": null, "previous": null}}}}"#
        ),
        Vendor::Twilio => format!(
            r#"{{"trunks": [{{"sid": {value}, "secure": {secure}, "friendly_name": {{"a": 1}}}}], "meta": {{"page": 0, "page_size": 50, "key": "trunks", "url": "x", "first_page_url": "x", "next_page_url": null, "previous_page_url": null}}}}"#
        ),
        Vendor::Telnyx => format!(
            r#"{{"data": [{{"id": {value}, "active": {secure}, "connection_name": ["x"]}}], "meta": {{"page_number": 1, "page_size": 250, "total_pages": 1, "total_results": 1}}}}"#
        ),
        _ => format!(
            r#"{{"objects": [{{"trunk_id": {value}, "secure": {secure}, "concurrent_calls_limit": "ten"}}], "meta": {{"limit": 20, "offset": 0, "total": 1}}}}"#
        ),
    }
}

/// The vendor operation of the first request `list_trunks` makes (Telnyx lists its credential
/// connections first).
fn list_operation(vendor: Vendor) -> &'static str {
    match vendor {
        Vendor::Telnyx => "list_credential_connections",
        _ => "list_trunks",
    }
}

const PROXY_PAGE: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

/// `list_trunks` (one request on every vendor) against a server that always answers `reply`;
/// the error and the attempts the call made.
async fn list_trunks(vendor: Vendor, reply: Reply) -> (Error, u32) {
    let server = ScriptedServer::start(vec![reply]).await;
    let p = provider_at(vendor, &server.url, "bodies-token-1234", config()).expect("provider");
    let err = p
        .list_trunks(TrunkFilter::new())
        .try_collect::<Vec<_>>()
        .await
        .expect_err("a broken body is an error");
    let attempts = err.vendor_error().map_or(0, |e| e.attempts);
    (err, attempts)
}

fn assert_names_the_call(vendor: Vendor, err: &Error, status: u16) {
    assert_names(vendor, list_operation(vendor), err, status);
}

fn assert_names(vendor: Vendor, operation: &str, err: &Error, status: u16) {
    let shown = err.to_string();
    let detail = err.vendor_error().expect("vendor details");
    assert_eq!(detail.vendor, vendor, "{shown}");
    assert_eq!(detail.operation, operation, "{shown}");
    assert_eq!(detail.status, Some(status), "{shown}");
    assert!(shown.contains(vendor.as_str()), "{shown}");
    assert!(shown.contains(operation), "{shown}");
    assert!(shown.contains(&format!("HTTP {status}")), "{shown}");
    assert!(
        shown.len() <= MAX_DISPLAY,
        "{} bytes: {shown:.300}",
        shown.len()
    );
    assert!(!shown.contains("bodies-token-1234"));
}

fn decode_excerpt(vendor: Vendor, err: &Error) -> &str {
    match err {
        Error::Decode { excerpt, .. } => {
            assert!(
                excerpt.len() <= 512 + '…'.len_utf8(),
                "{vendor}: excerpt of {}",
                excerpt.len()
            );
            excerpt
        }
        other => panic!("{vendor}: expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_200_that_is_not_json_is_a_decode_error_with_an_excerpt() {
    for vendor in Vendor::ALL {
        let (err, attempts) = list_trunks(vendor, raw(200, "text/plain", "this is not JSON")).await;
        assert_names_the_call(vendor, &err, 200);
        assert_eq!(decode_excerpt(vendor, &err), "this is not JSON");
        assert_eq!(attempts, 1, "{vendor}: a 200 is final, never retried");
        assert!(!err.is_transient() && !err.outcome_unknown(), "{vendor}");
    }
}

#[tokio::test]
async fn an_empty_200_is_a_decode_error() {
    for vendor in Vendor::ALL {
        let (err, _) = list_trunks(vendor, raw(200, "application/json", "")).await;
        assert_names_the_call(vendor, &err, 200);
        assert_eq!(decode_excerpt(vendor, &err), "");
        assert!(err.to_string().contains("EOF"), "{vendor}: {err}");
    }
}

#[tokio::test]
async fn a_200_with_fields_of_the_wrong_type_is_a_decode_error_naming_the_problem() {
    for vendor in Vendor::ALL {
        let body = wrong_types(vendor, "[42]", "\"yes\"");
        let (err, _) = list_trunks(vendor, raw(200, "application/json", &body)).await;
        assert_names_the_call(vendor, &err, 200);
        assert_eq!(decode_excerpt(vendor, &err), body);
        assert!(err.to_string().contains("invalid type"), "{vendor}: {err}");
    }
}

#[tokio::test]
async fn huge_bodies_give_bounded_errors() {
    for vendor in Vendor::ALL {
        // 2 MB of not-JSON.
        let (err, _) = list_trunks(vendor, raw(200, "text/plain", &"x".repeat(2 << 20))).await;
        assert_names_the_call(vendor, &err, 200);
        assert!(decode_excerpt(vendor, &err).ends_with('…'));

        // A 2 MB string where a boolean belongs: the decoder's message quotes the value.
        let huge = format!("\"{}\"", "y".repeat(2 << 20));
        let body = wrong_types(vendor, "\"TK1\"", &huge);
        let (err, _) = list_trunks(vendor, raw(200, "application/json", &body)).await;
        assert_names_the_call(vendor, &err, 200);
        decode_excerpt(vendor, &err);
        assert!(
            err.to_string().contains("expected a boolean"),
            "{vendor}: {err:.300}"
        );

        // A 2 MB error message in the vendor's own error format.
        let message = "m".repeat(2 << 20);
        let error_body = match vendor {
            Vendor::Plivo => serde_json::json!({"api_id": "x", "error": message}),
            Vendor::Twilio => serde_json::json!({"code": 20404, "message": message, "status": 404}),
            Vendor::Telnyx => serde_json::json!({"errors": [{"code": "10005", "detail": message}]}),
            _ => serde_json::json!({"error": message, "code": 404}),
        };
        let (err, _) = list_trunks(vendor, Reply::json(404, &error_body)).await;
        assert!(matches!(err, Error::NotFound(_)), "{vendor}: {err:.200}");
        assert_names_the_call(vendor, &err, 404);
    }
}

#[tokio::test]
async fn an_html_error_page_from_a_proxy_is_judged_by_its_status() {
    for vendor in Vendor::ALL {
        let (err, attempts) = list_trunks(vendor, raw(502, "text/html", PROXY_PAGE)).await;
        assert!(matches!(err, Error::Unavailable(_)), "{vendor}: {err:?}");
        assert_names_the_call(vendor, &err, 502);
        assert!(
            err.to_string().contains("502 Bad Gateway"),
            "{vendor}: {err}"
        );
        // A read changes nothing: its outcome is never unknown.
        assert!(err.is_transient() && !err.outcome_unknown(), "{vendor}");
        assert_eq!(attempts, 2, "{vendor}: a 502 is retried like any other");

        // The same for a 429 page and an empty 503 from a load balancer.
        let (err, _) =
            list_trunks(vendor, raw(429, "text/html", "<h1>Too Many Requests</h1>")).await;
        assert!(
            matches!(err, Error::RateLimited { .. }),
            "{vendor}: {err:?}"
        );
        assert_names_the_call(vendor, &err, 429);
        let (err, _) = list_trunks(vendor, raw(503, "text/plain", "")).await;
        assert!(matches!(err, Error::Unavailable(_)), "{vendor}: {err:?}");
        assert_names_the_call(vendor, &err, 503);
        // A 403 page from a web application firewall.
        let (err, _) = list_trunks(vendor, raw(403, "text/html", "<h1>Forbidden</h1>")).await;
        assert!(
            matches!(err, Error::PermissionDenied(_)),
            "{vendor}: {err:?}"
        );
        assert_names_the_call(vendor, &err, 403);
    }
}

#[tokio::test]
async fn a_truncated_body_is_a_decode_error_with_its_status() {
    let emulator = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    for vendor in Vendor::ALL {
        let p = provider(&emulator, vendor, config());
        // Both attempts `config()` allows: a read whose body breaks off is retried, and the
        // last one's error is the body's.
        let fault = Fault::truncated_body().for_method("GET").times(2);
        match vendor {
            Vendor::Plivo => emulator.plivo().inject(fault),
            Vendor::Twilio => emulator.twilio_trunking().inject(fault),
            Vendor::Telnyx => emulator.telnyx().inject(fault),
            _ => emulator.vobiz().inject(fault),
        }
        .expect("fault");
        // One request on every vendor: the first page of trunks.
        let err = p
            .list_trunks(trunkline::TrunkFilter::new())
            .try_collect::<Vec<_>>()
            .await
            .expect_err("truncated");
        assert_names(vendor, list_operation(vendor), &err, 200);
        assert!(matches!(err, Error::Decode { .. }), "{vendor}: {err:?}");
        assert!(err.to_string().contains("broke off"), "{vendor}: {err}");

        // A malformed body from the emulator, on a 201 of a create.
        let fault = Fault::malformed_body().with_status(201).for_method("POST");
        match vendor {
            Vendor::Plivo => emulator.plivo().inject(fault),
            Vendor::Twilio => emulator.twilio_trunking().inject(fault),
            Vendor::Telnyx => emulator.telnyx().inject(fault),
            _ => emulator.vobiz().inject(fault),
        }
        .expect("fault");
        let (new, create) = match vendor {
            Vendor::Twilio => (
                trunkline::NewTrunk::new(trunkline::Direction::Both),
                "create_trunk",
            ),
            // A Telnyx trunk without lists is a new FQDN connection.
            Vendor::Telnyx => (
                trunkline::NewTrunk::new(trunkline::Direction::Inbound).with_name("t"),
                "create_fqdn_connection",
            ),
            _ => (
                trunkline::NewTrunk::new(trunkline::Direction::Outbound)
                    .with_name("t")
                    .with_ip_access_list("acl"),
                "create_trunk",
            ),
        };
        let err = p.create_trunk(&new).await.expect_err("malformed");
        let Error::Decode { excerpt, source } = &err else {
            panic!("{vendor}: {err:?}");
        };
        assert_eq!(source.status, Some(201), "{vendor}: {err}");
        assert_eq!(source.operation, create);
        assert!(excerpt.contains("emulator_fault"), "{vendor}: {excerpt}");
    }
}
