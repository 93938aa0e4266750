//! Every Twilio fixture (tests/fixtures/twilio/, twilio-python 7.17.0's canned request/response
//! pairs): the client, called as twilio-python's test calls it, must send exactly the request the
//! fixture names and decode the fixture's response.
//!
//! The mock server checks the method, the exact path (the fixture URL's, placeholder SIDs as
//! given: `/2010-04-01/Accounts/ACXXXX…/SIP/…`), that there is no query string, the Basic auth
//! header (twilio-python's test client: `ACaaaa…:AUTHTOKEN`, acting on the account `ACXXXX…` of
//! the URLs), and the form body field by field (the fixture's `data`; booleans `true`/`false`,
//! integers as decimals, nothing else sent; `data: null`, a call without arguments, must send
//! an empty form). The decoded response, serialised back to JSON, must equal the fixture body
//! (nulls and empty arrays aside), so a field the spec does not model fails the test.
//!
//! `FIXTURES` maps each fixture file to the call that reproduces it; `every_fixture_has_a_call`
//! fails naming any fixture without an entry.

use httpmock::prelude::*;
use serde::Serialize;
use serde_json::Value;
use trunkline_twilio::mock::FormBodyExt;
// progenitor's `Error` and `ResponseValue`, re-exported by both generated modules.
use trunkline_tests::{fixture, fixture_names};
use trunkline_twilio::trunking::{Error, ResponseValue};
use trunkline_twilio::{ClientBuilder, ClientConfig, RetryPolicy, sip, trunking};

/// The account of the fixtures' 2010-04-01 URLs.
const ACCOUNT: &str = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const TK: &str = "TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const CL: &str = "CLXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const AL: &str = "ALXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const CR: &str = "CRXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const IP: &str = "IPXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const OU: &str = "OUXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const PN: &str = "PNXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";

/// twilio-python's test client (`_meta.client_auth` of every fixture).
const AUTH_USER: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const AUTH_PASSWORD: &str = "AUTHTOKEN";
/// base64("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:AUTHTOKEN")
const BASIC: &str = "Basic QUNhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYTpBVVRIVE9LRU4=";

const TRUNKING_ORIGIN: &str = "https://trunking.twilio.com";
const API_ORIGIN: &str = "https://api.twilio.com";

/// One fixture file, parsed.
struct Fixture {
    name: &'static str,
    method: String,
    path: String,
    /// The form fields as they go on the wire; empty for `data: null`.
    form: Vec<(String, String)>,
    status: u16,
    body: Value,
}

impl Fixture {
    fn load(name: &'static str) -> Self {
        let json = fixture("twilio", name);
        let request = &json["request"];
        let url = request["url"].as_str().expect("request.url");
        let path = url
            .strip_prefix(TRUNKING_ORIGIN)
            .or_else(|| url.strip_prefix(API_ORIGIN))
            .unwrap_or_else(|| panic!("{name}: unexpected host in {url}"));
        assert!(
            !path.contains('?'),
            "{name}: fixture URL with a query: {url}"
        );
        let auth = &json["_meta"]["client_auth"];
        assert_eq!(
            (auth["username"].as_str(), auth["password"].as_str()),
            (Some(AUTH_USER), Some(AUTH_PASSWORD)),
            "{name}: the fixture's client credentials changed; update BASIC"
        );
        let form = match &request["data"] {
            Value::Null => Vec::new(),
            Value::Object(fields) => fields
                .iter()
                .map(|(key, value)| (key.clone(), wire_value(name, key, value)))
                .collect(),
            other => panic!("{name}: request.data is neither null nor an object: {other}"),
        };
        Self {
            name,
            method: request["method"]
                .as_str()
                .expect("request.method")
                .to_owned(),
            path: path.to_owned(),
            form,
            status: json["response"]["status"]
                .as_u64()
                .and_then(|s| u16::try_from(s).ok())
                .expect("response.status"),
            body: json["response"]["body"].clone(),
        }
    }

    /// A mock that answers only the fixture's exact request.
    fn mock<'a>(&self, server: &'a MockServer) -> httpmock::Mock<'a> {
        server.mock(|when, then| {
            let when = when
                .method(self.method.as_str())
                .path(self.path.as_str())
                .query_param_count(".*", ".*", 0)
                .header("authorization", BASIC)
                .header_missing("api-version");
            if self.method == "POST" {
                let fields: Vec<(&str, &str)> = self
                    .form
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                when.form_body(&fields);
            } else if self.method == "GET" {
                // httpmock refuses body expectations on GET; a body would need a content type.
                when.header_missing("content-type");
            } else {
                when.header_missing("content-type").body("");
            }
            let then = then.status(self.status);
            if !self.body.is_null() {
                then.header("content-type", "application/json")
                    .json_body(self.body.clone());
            }
        })
    }

    fn check(&self, mock: &httpmock::Mock<'_>, outcome: Result<(u16, Value), String>) {
        if mock.calls() != 1 {
            eprintln!(
                "{}: the client did not send the fixture's request exactly once; its result: {outcome:?}",
                self.name
            );
            mock.assert(); // panics with httpmock's diff of the closest request
        }
        let (status, decoded) =
            outcome.unwrap_or_else(|err| panic!("{}: the call failed: {err}", self.name));
        assert_eq!(status, self.status, "{}: status", self.name);
        if self.body.is_null() {
            assert_eq!(decoded, Value::Null, "{}: a body-less response", self.name);
        } else {
            assert_eq!(
                normalized(decoded),
                normalized(self.body.clone()),
                "{}: the decoded response differs from the fixture body",
                self.name
            );
        }
    }
}

/// A JSON request value as Twilio's form encoding puts it on the wire.
fn wire_value(name: &str, key: &str, value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        other => panic!("{name}: data.{key} is not a scalar: {other}"),
    }
}

/// Drops `null` members and empty arrays, which the generated types may omit when serialising.
fn normalized(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
                .map(|(k, v)| (k, normalized(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(normalized).collect()),
        other => other,
    }
}

/// Status and decoded body (re-serialised) of a call, or its error as text.
fn decoded<T: Serialize, E: std::fmt::Debug>(
    result: Result<ResponseValue<T>, Error<E>>,
) -> Result<(u16, Value), String> {
    let response = result.map_err(|err| format!("{err:?}"))?;
    let status = response.status().as_u16();
    let body = serde_json::to_value(response.into_inner()).map_err(|err| err.to_string())?;
    Ok((status, body))
}

fn client(server: &MockServer) -> trunkline_twilio::Client {
    // twilio-python's test client: user ACaaaa…, password AUTHTOKEN, acting on ACXXXX….
    ClientBuilder::api_key(ACCOUNT, AUTH_USER, AUTH_PASSWORD)
        .base_url(server.base_url())
        .config(ClientConfig::default().with_retry(RetryPolicy::never()))
        .build()
        .expect("client")
}

/// `name => |client| call;`: one test per fixture, plus the `FIXTURES` table.
macro_rules! fixtures {
    ($($name:ident => |$t:ident| $call:expr;)*) => {
        const FIXTURES: &[&str] = &[$(concat!(stringify!($name), ".json")),*];
        $(
            #[tokio::test]
            async fn $name() {
                let fixture = Fixture::load(concat!(stringify!($name), ".json"));
                let server = MockServer::start_async().await;
                let mock = fixture.mock(&server);
                let twilio = client(&server);
                let $t = &twilio;
                let outcome = decoded($call.await);
                fixture.check(&mock, outcome);
            }
        )*
    };
}

fixtures! {
    // Trunking v1: trunks.
    trunk_create => |t| t.trunking().create_trunk().send();
    trunk_delete => |t| t.trunking().delete_trunk().sid(TK).send();
    trunk_fetch => |t| t.trunking().get_trunk().sid(TK).send();
    trunk_list_empty => |t| t.trunking().list_trunks().send();
    trunk_list_full => |t| t.trunking().list_trunks().send();
    trunk_update => |t| t.trunking().update_trunk().sid(TK).send();

    // Trunking v1: credential list associations.
    credential_list_create => |t| t
        .trunking()
        .add_trunk_credential_list()
        .trunk_sid(TK)
        .body(trunking::types::AddTrunkCredentialListRequest::builder().credential_list_sid(CL))
        .send();
    credential_list_delete => |t| t
        .trunking()
        .remove_trunk_credential_list()
        .trunk_sid(TK)
        .sid(CL)
        .send();
    credential_list_fetch => |t| t.trunking().get_trunk_credential_list().trunk_sid(TK).sid(CL).send();
    credential_list_list_empty => |t| t.trunking().list_trunk_credential_lists().trunk_sid(TK).send();
    credential_list_list_full => |t| t.trunking().list_trunk_credential_lists().trunk_sid(TK).send();

    // Trunking v1: IP access control list associations.
    ip_access_control_list_create => |t| t
        .trunking()
        .add_trunk_ip_access_control_list()
        .trunk_sid(TK)
        .body(trunking::types::AddTrunkIpAccessControlListRequest::builder().ip_access_control_list_sid(AL))
        .send();
    ip_access_control_list_delete => |t| t
        .trunking()
        .remove_trunk_ip_access_control_list()
        .trunk_sid(TK)
        .sid(AL)
        .send();
    ip_access_control_list_fetch => |t| t
        .trunking()
        .get_trunk_ip_access_control_list()
        .trunk_sid(TK)
        .sid(AL)
        .send();
    ip_access_control_list_list_empty => |t| t
        .trunking()
        .list_trunk_ip_access_control_lists()
        .trunk_sid(TK)
        .send();
    ip_access_control_list_list_full => |t| t
        .trunking()
        .list_trunk_ip_access_control_lists()
        .trunk_sid(TK)
        .send();

    // Trunking v1: origination URLs.
    origination_url_create => |t| t
        .trunking()
        .create_origination_url()
        .trunk_sid(TK)
        .body(
            trunking::types::CreateOriginationUrlRequest::builder()
                .weight(1u16)
                .priority(1u16)
                .enabled(true)
                .friendly_name("friendly_name")
                .sip_url("https://example.com"),
        )
        .send();
    origination_url_delete => |t| t.trunking().delete_origination_url().trunk_sid(TK).sid(OU).send();
    origination_url_fetch => |t| t.trunking().get_origination_url().trunk_sid(TK).sid(OU).send();
    origination_url_list_empty => |t| t.trunking().list_origination_urls().trunk_sid(TK).send();
    origination_url_list_full => |t| t.trunking().list_origination_urls().trunk_sid(TK).send();
    origination_url_update => |t| t.trunking().update_origination_url().trunk_sid(TK).sid(OU).send();

    // Trunking v1: phone numbers.
    phone_number_create => |t| t
        .trunking()
        .add_trunk_phone_number()
        .trunk_sid(TK)
        .body(trunking::types::AddTrunkPhoneNumberRequest::builder().phone_number_sid(PN))
        .send();
    phone_number_delete => |t| t.trunking().remove_trunk_phone_number().trunk_sid(TK).sid(PN).send();
    phone_number_fetch => |t| t.trunking().get_trunk_phone_number().trunk_sid(TK).sid(PN).send();
    phone_number_list_empty => |t| t.trunking().list_trunk_phone_numbers().trunk_sid(TK).send();
    phone_number_list_full => |t| t.trunking().list_trunk_phone_numbers().trunk_sid(TK).send();

    // Trunking v1: recording.
    recording_fetch => |t| t.trunking().get_trunk_recording().trunk_sid(TK).send();
    recording_update => |t| t.trunking().update_trunk_recording().trunk_sid(TK).send();

    // 2010-04-01: credential lists.
    sip_credential_list_create => |t| t
        .sip()
        .create_credential_list()
        .body(sip::types::CreateCredentialListRequest::builder().friendly_name("friendly_name"))
        .send();
    sip_credential_list_delete => |t| t.sip().delete_credential_list().sid(CL).send();
    sip_credential_list_fetch => |t| t.sip().get_credential_list().sid(CL).send();
    sip_credential_list_list_empty => |t| t.sip().list_credential_lists().send();
    sip_credential_list_list_full => |t| t.sip().list_credential_lists().send();
    sip_credential_list_update => |t| t
        .sip()
        .update_credential_list()
        .sid(CL)
        .body(sip::types::UpdateCredentialListRequest::builder().friendly_name("friendly_name"))
        .send();

    // 2010-04-01: credentials.
    sip_credential_list_credential_create => |t| t
        .sip()
        .create_credential()
        .credential_list_sid(CL)
        .body(sip::types::CreateCredentialRequest::builder().username("username").password("password"))
        .send();
    sip_credential_list_credential_delete => |t| t
        .sip()
        .delete_credential()
        .credential_list_sid(CL)
        .sid(CR)
        .send();
    sip_credential_list_credential_fetch => |t| t
        .sip()
        .get_credential()
        .credential_list_sid(CL)
        .sid(CR)
        .send();
    sip_credential_list_credential_list_empty => |t| t.sip().list_credentials().credential_list_sid(CL).send();
    sip_credential_list_credential_list_full => |t| t.sip().list_credentials().credential_list_sid(CL).send();
    sip_credential_list_credential_update => |t| t
        .sip()
        .update_credential()
        .credential_list_sid(CL)
        .sid(CR)
        .send();

    // 2010-04-01: IP access control lists.
    sip_ip_access_control_list_create => |t| t
        .sip()
        .create_ip_access_control_list()
        .body(sip::types::CreateIpAccessControlListRequest::builder().friendly_name("friendly_name"))
        .send();
    sip_ip_access_control_list_delete => |t| t.sip().delete_ip_access_control_list().sid(AL).send();
    sip_ip_access_control_list_fetch => |t| t.sip().get_ip_access_control_list().sid(AL).send();
    sip_ip_access_control_list_list_empty => |t| t.sip().list_ip_access_control_lists().send();
    sip_ip_access_control_list_list_full => |t| t.sip().list_ip_access_control_lists().send();
    sip_ip_access_control_list_update => |t| t
        .sip()
        .update_ip_access_control_list()
        .sid(AL)
        .body(sip::types::UpdateIpAccessControlListRequest::builder().friendly_name("friendly_name"))
        .send();

    // 2010-04-01: IP addresses.
    sip_ip_access_control_list_ip_address_create => |t| t
        .sip()
        .create_ip_address()
        .ip_access_control_list_sid(AL)
        .body(
            sip::types::CreateIpAddressRequest::builder()
                .friendly_name("friendly_name")
                .ip_address("ip_address"),
        )
        .send();
    sip_ip_access_control_list_ip_address_delete => |t| t
        .sip()
        .delete_ip_address()
        .ip_access_control_list_sid(AL)
        .sid(IP)
        .send();
    sip_ip_access_control_list_ip_address_fetch => |t| t
        .sip()
        .get_ip_address()
        .ip_access_control_list_sid(AL)
        .sid(IP)
        .send();
    sip_ip_access_control_list_ip_address_list_empty => |t| t
        .sip()
        .list_ip_addresses()
        .ip_access_control_list_sid(AL)
        .send();
    sip_ip_access_control_list_ip_address_list_full => |t| t
        .sip()
        .list_ip_addresses()
        .ip_access_control_list_sid(AL)
        .send();
    sip_ip_access_control_list_ip_address_update => |t| t
        .sip()
        .update_ip_address()
        .ip_access_control_list_sid(AL)
        .sid(IP)
        .send();
}

#[test]
fn every_fixture_has_a_call() {
    let names = fixture_names("twilio");
    assert!(!names.is_empty(), "no Twilio fixtures found");
    let missing: Vec<&String> = names
        .iter()
        .filter(|name| !FIXTURES.contains(&name.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "fixtures without an entry in tests/tests/twilio_fixtures.rs: {missing:?}"
    );
    let stale: Vec<&&str> = FIXTURES
        .iter()
        .filter(|entry| !names.iter().any(|name| name == *entry))
        .collect();
    assert!(
        stale.is_empty(),
        "entries without a fixture file: {stale:?}"
    );
}

/// The fixture harness itself can fail: a request that differs from the fixture in one form
/// field, an extra field or the auth header is not answered.
#[tokio::test]
async fn the_harness_rejects_a_request_that_differs_from_the_fixture() {
    let fixture = Fixture::load("origination_url_create.json");
    let server = MockServer::start_async().await;
    let mock = fixture.mock(&server);
    let twilio = client(&server);
    let request = |weight: u16, extra: Option<&str>| {
        twilio
            .trunking()
            .create_origination_url()
            .trunk_sid(TK)
            .body(
                trunking::types::CreateOriginationUrlRequest::builder()
                    .weight(weight)
                    .priority(1u16)
                    .enabled(true)
                    .friendly_name(extra.unwrap_or("friendly_name"))
                    .sip_url("https://example.com"),
            )
            .send()
    };
    assert_eq!(
        request(2, None)
            .await
            .expect_err("Weight=2")
            .status()
            .map(|s| s.as_u16()),
        Some(404)
    );
    assert_eq!(
        request(1, Some("other"))
            .await
            .expect_err("FriendlyName=other")
            .status()
            .map(|s| s.as_u16()),
        Some(404)
    );
    let wrong_auth = ClientBuilder::api_key(ACCOUNT, AUTH_USER, "OTHERTOKEN")
        .base_url(server.base_url())
        .config(ClientConfig::default().with_retry(RetryPolicy::never()))
        .build()
        .expect("client");
    let err = wrong_auth
        .trunking()
        .create_origination_url()
        .trunk_sid(TK)
        .body(
            trunking::types::CreateOriginationUrlRequest::builder()
                .weight(1u16)
                .priority(1u16)
                .enabled(true)
                .friendly_name("friendly_name")
                .sip_url("https://example.com"),
        )
        .send()
        .await
        .expect_err("wrong auth");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(mock.calls(), 0);
    let ok = request(1, None).await.expect("the fixture's request");
    assert_eq!(ok.status(), 201);
    assert_eq!(mock.calls(), 1);
}
