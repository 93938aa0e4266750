//! For every file in `tests/fixtures/{plivo,twilio,vobiz}/`, send the request the fixture
//! implies and check that the emulator answers a body of the same *shape*: the same keys at
//! every object level, the same number of array items, and the same JSON type per value
//! (`null`, boolean, integer, float, string, array, object; `null` vs string counts as
//! different). A fixture without a mapping below fails the test by name, so a new fixture
//! is covered automatically or not at all.
//!
//! - Twilio fixtures carry `request.method` / `request.url` / `request.data`: the URL's host
//!   becomes the emulator's origin and the placeholder SIDs (`TKXXXX…`, `CLXXXX…`, …) become
//!   resources created first, in the state the operation needs (an empty list, one item, …).
//! - Plivo and Vobiz fixtures are bare bodies: each file name maps to the request that
//!   produces it, after creating whatever makes nullable and optional fields take the
//!   fixture's JSON types.
//!
//! Deliberate differences between a fixture's request and what this test sends:
//!
//! | fixture | what the test does instead | why |
//! |---|---|---|
//! | `twilio/sip_credential_list_credential_create.json` | `Password=IWasAtSignal2018` instead of `password` | the emulator enforces Twilio's documented password policy (≥ 12 characters, a digit, mixed case); `password` is refused with a 400 |
//! | `twilio/sip_ip_access_control_list_ip_address_create.json` | `IpAddress=192.168.1.1` instead of `ip_address` | the emulator requires a dotted IPv4 address, as documented |
//! | `twilio/origination_url_create.json` | `SipUrl=sip:example.com` instead of `https://example.com` | Twilio documents that `SipUrl` must use the `sip:` scheme; the emulator enforces it |
//! | `twilio/trunk_create.json` (`data: null`) | sends the spec's create example (`FriendlyName`, `DomainName`, `DisasterRecovery*`, …) | the test did not assert a body; without those fields `domain_name` / `disaster_recovery_*` are `null`, not strings |
//! | `twilio/*_update.json`, `*_delete.json`, `*_fetch.json` with `data: null` | sends no body | an update with no parameters is an empty POST |
//! | `vobiz/docs__create_trunk_request_openapi_example.json` | expects a 400 `{error, code}` (shape of `docs__error_400_invalid_ip.json`) | this is the newer OAS create contract (`trunk_direction`, `concurrent_calls_limit`, …); fact sheet §11.1 says to follow the create-trunk page (`name`, `trunk_type`, `max_concurrent_calls`), so the emulator refuses it |
//! | `vobiz/docs__create_trunk_request_prose.json`, `docs__update_trunk_request_prose.json` | sent as the request; the answer is compared with `docs__create_trunk_response_201.json` / `docs__retrieve_trunk_response_200.json` | request fixtures have no response of their own |
//! | `plivo/plivo-php__tests_Mocks_zentrunkCallsListResponse.json` | served at `/v1/Account/{auth_id}/Call/` on the Plivo origin | the legacy CDR API lives on `zt.plivo.com`; the emulator serves it beside Zentrunk |
//!
//! Known differences of the emulator's bodies that the fixtures agree with (so no table
//! entry is needed): Twilio trunks carry no `symmetric_rtp_enabled` (absent from the
//! vendor page and the 7.17.0 fixtures); Plivo call-list items carry only the eight fields
//! of the documented list example.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use chrono::{TimeDelta, Utc};
use reqwest::Method;
use serde_json::{Value, json};
use trunkline_emulator::{DEFAULT_PLIVO_AUTH_ID, DEFAULT_TWILIO_AUTH_TOKEN, PlivoCall};

use crate::common::{AC, Env, expect, s, send, start};

pub(crate) const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");

struct Case {
    expected_status: u16,
    expected: Value,
    status: u16,
    actual: Value,
}

pub(crate) fn read_fixture(vendor: &str, name: &str) -> Value {
    let path = Path::new(FIXTURES).join(vendor).join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "float",
        Value::Number(_) => "integer",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Collects every shape difference between the fixture and the emulator's body.
pub(crate) fn shape_diff(path: &str, expected: &Value, actual: &Value, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for key in e.keys().filter(|k| !a.contains_key(*k)) {
                out.push(format!("{path}.{key}: missing in the emulator's body"));
            }
            for key in a.keys().filter(|k| !e.contains_key(*k)) {
                out.push(format!("{path}.{key}: not in the fixture"));
            }
            for (key, ev) in e {
                if let Some(av) = a.get(key) {
                    shape_diff(&format!("{path}.{key}"), ev, av, out);
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                out.push(format!(
                    "{path}: the fixture has {} items, the emulator {}",
                    e.len(),
                    a.len()
                ));
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                shape_diff(&format!("{path}[{i}]"), ev, av, out);
            }
        }
        _ if kind(expected) != kind(actual) => out.push(format!(
            "{path}: the fixture has {}, the emulator {} ({actual})",
            kind(expected),
            kind(actual)
        )),
        _ => {}
    }
}

#[test]
fn shape_diff_catches_differences() {
    let mut out = Vec::new();
    shape_diff(
        "$",
        &json!({"a": 1, "b": null, "c": [{"x": "s"}], "d": 1.5}),
        &json!({"a": "1", "b": "s", "c": [{"x": "s", "y": 1}, {}], "e": 1}),
        &mut out,
    );
    let text = out.join("\n");
    for needle in [
        "$.d: missing",
        "$.e: not in the fixture",
        "$.a: the fixture has integer, the emulator string",
        "$.b: the fixture has null, the emulator string",
        "$.c: the fixture has 1 items, the emulator 2",
        "$.c[0].y: not in the fixture",
    ] {
        assert!(text.contains(needle), "{needle} not in:\n{text}");
    }
    let mut none = Vec::new();
    shape_diff(
        "$",
        &json!({"a": [1, 2.5]}),
        &json!({"a": [7, 0.1]}),
        &mut none,
    );
    assert!(none.is_empty(), "{none:?}");
}

#[tokio::test]
async fn every_fixture_is_answered_with_the_same_shape() {
    let mut failures = Vec::new();
    let mut covered = 0;
    for vendor in ["plivo", "twilio", "vobiz"] {
        let dir = Path::new(FIXTURES).join(vendor);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".json"))
            .collect();
        names.sort();
        assert!(!names.is_empty(), "no fixtures in {}", dir.display());
        for name in names {
            let fixture = read_fixture(vendor, &name);
            let env = start().await;
            let case = match vendor {
                "plivo" => plivo_case(&env, &name).await,
                "twilio" => twilio_case(&env, &name, &fixture).await,
                _ => vobiz_case(&env, &name, &fixture).await,
            };
            let Some(case) = case else {
                failures.push(format!(
                    "{vendor}/{name}: no request mapping; add one in tests/it/fixtures.rs"
                ));
                continue;
            };
            covered += 1;
            let mut diffs = Vec::new();
            if case.status != case.expected_status {
                diffs.push(format!(
                    "status: expected {}, got {} ({})",
                    case.expected_status, case.status, case.actual
                ));
            }
            shape_diff("$", &case.expected, &case.actual, &mut diffs);
            for diff in diffs {
                failures.push(format!("{vendor}/{name}: {diff}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture shape problem(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(covered >= 80, "only {covered} fixtures covered");
}

async fn answer(request: reqwest::RequestBuilder) -> (u16, Value) {
    let (status, body) = send(request).await;
    (status.as_u16(), body)
}

// ---------------------------------------------------------------------------------------
// Plivo
// ---------------------------------------------------------------------------------------

async fn plivo_ipacl(env: &Env) -> String {
    s(
        &expect(
            env.plivo(Method::POST, "IPAccessControlList/")
                .json(&json!({"name": "production-servers", "ip_addresses": ["192.168.1.1", "192.168.1.2"]})),
            201,
        )
        .await,
        "ipacl_uuid",
    )
}

async fn plivo_credential(env: &Env, username: &str) -> String {
    s(
        &expect(
            env.plivo(Method::POST, "Credential/").json(
                &json!({"name": "production-credentials", "username": username, "password": "securepassword123!"}),
            ),
            201,
        )
        .await,
        "credential_uuid",
    )
}

async fn plivo_uri(env: &Env, auth: bool) -> String {
    let mut body = json!({"name": "primary-pbx", "uri": "sip.example.com"});
    if auth {
        body["authentication_needed"] = json!(true);
        body["username"] = json!("plivo_inbound");
        body["password"] = json!("securepassword123!");
    }
    s(
        &expect(env.plivo(Method::POST, "URI/").json(&body), 201).await,
        "uri_uuid",
    )
}

async fn plivo_outbound_trunk(env: &Env) -> String {
    let ipacl = plivo_ipacl(env).await;
    let credential = plivo_credential(env, "sipuser123").await;
    s(
        &expect(
            env.plivo(Method::POST, "Trunk/").json(&json!({
                "name": "trunk_name_1", "trunk_direction": "outbound", "secure": true,
                "ipacl_uuid": ipacl, "credential_uuid": credential
            })),
            201,
        )
        .await,
        "trunk_id",
    )
}

async fn plivo_inbound_trunk(env: &Env) -> String {
    let primary = plivo_uri(env, false).await;
    let fallback = plivo_uri(env, true).await;
    s(
        &expect(
            env.plivo(Method::POST, "Trunk/").json(&json!({
                "name": "trunk_name_2", "trunk_direction": "inbound",
                "primary_uri_uuid": primary, "fallback_uri_uuid": fallback
            })),
            201,
        )
        .await,
        "trunk_id",
    )
}

fn answered_call(uuid: &str, minutes_ago: i64, answered: bool) -> PlivoCall {
    let mut call = PlivoCall::generate(1, 11).remove(0);
    let end = Utc::now() - TimeDelta::minutes(minutes_ago);
    call.call_uuid = uuid.to_owned();
    call.end_time = end;
    call.initiation_time = end - TimeDelta::seconds(200);
    call.answer_time = answered.then(|| end - TimeDelta::seconds(180));
    call
}

async fn plivo_case(env: &Env, name: &str) -> Option<Case> {
    let stem = name.strip_suffix(".json")?;
    let (expected_status, (status, actual)) = match stem {
        "docs__call_insights" => {
            env.emu.plivo().seed_calls([answered_call("c1", 5, true)]);
            (200, answer(env.plivo(Method::GET, "Call/c1/Insights/")).await)
        }
        "docs__call_list" => {
            env.emu.plivo().seed_calls([answered_call("c1", 5, true)]);
            (200, answer(env.plivo(Method::GET, "Call/")).await)
        }
        "docs__call_object" => {
            env.emu.plivo().seed_calls([answered_call("c1", 5, true)]);
            (200, answer(env.plivo(Method::GET, "Call/c1/")).await)
        }
        "plivo-php__tests_Mocks_zentrunkCallsListResponse" => {
            env.emu.plivo().seed_calls((0..5).map(|i| {
                answered_call(&format!("c{i}"), i, i != 3)
            }));
            let path = format!("/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Call/?limit=2&offset=2");
            (200, answer(env.plivo_raw(Method::GET, &path)).await)
        }
        "docs__credential_create_response" => (
            201,
            answer(env.plivo(Method::POST, "Credential/").json(
                &json!({"name": "production-credentials", "username": "sipuser123", "password": "securepassword123!"}),
            ))
            .await,
        ),
        "docs__credential_list" => {
            for u in ["sipuser123", "sipuser456", "sipuser789"] {
                plivo_credential(env, u).await;
            }
            (200, answer(env.plivo(Method::GET, "Credential/?limit=2")).await)
        }
        "docs__credential_object" => {
            let id = plivo_credential(env, "sip_user_1").await;
            (200, answer(env.plivo(Method::GET, &format!("Credential/{id}/"))).await)
        }
        "docs__credential_update_response" => {
            let id = plivo_credential(env, "sip_user_1").await;
            (
                202,
                answer(
                    env.plivo(Method::POST, &format!("Credential/{id}/"))
                        .json(&json!({"name": "renamed"})),
                )
                .await,
            )
        }
        "docs__generic_error" => (422, answer(env.plivo(Method::POST, "Trunk/").json(&json!({}))).await),
        "docs__ipacl_create_response" => (
            201,
            answer(
                env.plivo(Method::POST, "IPAccessControlList/")
                    .json(&json!({"name": "production-servers", "ip_addresses": ["192.168.0.1"]})),
            )
            .await,
        ),
        "docs__ipacl_list" => {
            for _ in 0..3 {
                plivo_ipacl(env).await;
            }
            (200, answer(env.plivo(Method::GET, "IPAccessControlList/?limit=2")).await)
        }
        "docs__ipacl_object" => {
            let id = plivo_ipacl(env).await;
            (200, answer(env.plivo(Method::GET, &format!("IPAccessControlList/{id}/"))).await)
        }
        "docs__ipacl_update_response" => {
            let id = plivo_ipacl(env).await;
            (
                202,
                answer(
                    env.plivo(Method::POST, &format!("IPAccessControlList/{id}/"))
                        .json(&json!({"ip_addresses": ["10.0.0.1"]})),
                )
                .await,
            )
        }
        "docs__trunk_create_response" => {
            let ipacl = plivo_ipacl(env).await;
            (
                201,
                answer(env.plivo(Method::POST, "Trunk/").json(&json!({
                    "name": "outbound-trunk", "trunk_direction": "outbound",
                    "trunk_status": "enabled", "ipacl_uuid": ipacl
                })))
                .await,
            )
        }
        "docs__trunk_list" => {
            plivo_outbound_trunk(env).await;
            plivo_inbound_trunk(env).await;
            plivo_outbound_trunk(env).await;
            (200, answer(env.plivo(Method::GET, "Trunk/?limit=2")).await)
        }
        "docs__trunk_object" => {
            let id = plivo_outbound_trunk(env).await;
            (200, answer(env.plivo(Method::GET, &format!("Trunk/{id}/"))).await)
        }
        "docs__trunk_update_response" => {
            let id = plivo_outbound_trunk(env).await;
            (
                202,
                answer(
                    env.plivo(Method::POST, &format!("Trunk/{id}/"))
                        .json(&json!({"name": "updated-trunk-name", "trunk_status": "disabled"})),
                )
                .await,
            )
        }
        "docs__uri_create_response" => (
            201,
            answer(env.plivo(Method::POST, "URI/").json(&json!({
                "name": "secure-pbx", "uri": "sip.example.com:5060", "authentication_needed": true,
                "username": "plivo_inbound", "password": "securepassword123!"
            })))
            .await,
        ),
        "docs__uri_list" => {
            plivo_uri(env, true).await;
            plivo_uri(env, false).await;
            plivo_uri(env, false).await;
            (200, answer(env.plivo(Method::GET, "URI/?limit=2")).await)
        }
        "docs__uri_object" => {
            let id = plivo_uri(env, true).await;
            (200, answer(env.plivo(Method::GET, &format!("URI/{id}/"))).await)
        }
        "docs__uri_update_response" => {
            let id = plivo_uri(env, true).await;
            (
                202,
                answer(
                    env.plivo(Method::POST, &format!("URI/{id}/"))
                        .json(&json!({"name": "renamed"})),
                )
                .await,
            )
        }
        _ => return None,
    };
    Some(Case {
        expected_status,
        expected: read_fixture("plivo", name),
        status,
        actual,
    })
}

// ---------------------------------------------------------------------------------------
// Twilio
// ---------------------------------------------------------------------------------------

const OPS: [&str; 6] = [
    "_list_empty",
    "_list_full",
    "_create",
    "_delete",
    "_fetch",
    "_update",
];

fn split_op(stem: &str) -> Option<(&str, &str)> {
    OPS.iter().find_map(|op| {
        stem.strip_suffix(op)
            .map(|resource| (resource, op.trim_start_matches('_')))
    })
}

/// The spec's create example, so every nullable trunk field is a string.
const FULL_TRUNK_FORM: [(&str, &str); 8] = [
    ("FriendlyName", "friendly_name"),
    ("DomainName", "test.pstn.twilio.com"),
    ("DisasterRecoveryUrl", "http://disaster-recovery.com"),
    ("DisasterRecoveryMethod", "POST"),
    ("TransferMode", "disable-all"),
    ("TransferCallerId", "from-transferee"),
    ("Secure", "false"),
    ("CnamLookupEnabled", "false"),
];

async fn twilio_post(env: &Env, url: &str, form: &[(&str, &str)]) -> String {
    let request = if url.starts_with("/v1") {
        env.twilio(Method::POST, url)
    } else {
        env.twilio_api(Method::POST, url)
    };
    s(&expect(request.form(form), 201).await, "sid")
}

/// Creates what `resource`/`op` needs and returns the SID for each placeholder prefix.
async fn twilio_world(
    env: &Env,
    resource: &str,
    op: &str,
) -> Option<HashMap<&'static str, String>> {
    let mut ids: HashMap<&'static str, String> = HashMap::new();
    ids.insert("AC", AC.to_owned());
    let item_exists = matches!(op, "fetch" | "update" | "delete" | "list_full");
    let wants_trunk = !(resource == "trunk" && matches!(op, "create" | "list_empty"));
    if wants_trunk {
        ids.insert("TK", twilio_post(env, "/v1/Trunks", &FULL_TRUNK_FORM).await);
    }
    let tk = ids.get("TK").cloned().unwrap_or_default();
    match resource {
        "trunk" | "recording" => {}
        "credential_list" => {
            let cl = twilio_post(
                env,
                "SIP/CredentialLists.json",
                &[("FriendlyName", "friendly_name")],
            )
            .await;
            if item_exists {
                twilio_post(
                    env,
                    &format!("/v1/Trunks/{tk}/CredentialLists"),
                    &[("CredentialListSid", &cl)],
                )
                .await;
            }
            ids.insert("CL", cl);
        }
        "ip_access_control_list" => {
            let al = twilio_post(
                env,
                "SIP/IpAccessControlLists.json",
                &[("FriendlyName", "friendly_name")],
            )
            .await;
            if item_exists {
                twilio_post(
                    env,
                    &format!("/v1/Trunks/{tk}/IpAccessControlLists"),
                    &[("IpAccessControlListSid", &al)],
                )
                .await;
            }
            ids.insert("AL", al);
        }
        "origination_url" => {
            if item_exists {
                let ou = twilio_post(
                    env,
                    &format!("/v1/Trunks/{tk}/OriginationUrls"),
                    &[
                        ("Weight", "1"),
                        ("Priority", "1"),
                        ("Enabled", "false"),
                        ("FriendlyName", "friendly_name"),
                        ("SipUrl", "sip://sip-box.com:1234"),
                    ],
                )
                .await;
                ids.insert("OU", ou);
            }
        }
        "phone_number" => {
            let pn = env
                .emu
                .twilio_trunking()
                .phone_numbers()
                .first()?
                .sid
                .clone();
            if item_exists {
                twilio_post(
                    env,
                    &format!("/v1/Trunks/{tk}/PhoneNumbers"),
                    &[("PhoneNumberSid", &pn)],
                )
                .await;
            }
            ids.insert("PN", pn);
        }
        "sip_credential_list" => {
            if !matches!(op, "create" | "list_empty") {
                ids.insert(
                    "CL",
                    twilio_post(
                        env,
                        "SIP/CredentialLists.json",
                        &[("FriendlyName", "Low Rises")],
                    )
                    .await,
                );
            }
        }
        "sip_credential_list_credential" => {
            let cl = twilio_post(
                env,
                "SIP/CredentialLists.json",
                &[("FriendlyName", "Low Rises")],
            )
            .await;
            if item_exists {
                let cr = twilio_post(
                    env,
                    &format!("SIP/CredentialLists/{cl}/Credentials.json"),
                    &[
                        ("Username", "1440013725.28"),
                        ("Password", "IWasAtSignal2018"),
                    ],
                )
                .await;
                ids.insert("CR", cr);
            }
            ids.insert("CL", cl);
        }
        "sip_ip_access_control_list" => {
            if !matches!(op, "create" | "list_empty") {
                ids.insert(
                    "AL",
                    twilio_post(
                        env,
                        "SIP/IpAccessControlLists.json",
                        &[("FriendlyName", "aaaa")],
                    )
                    .await,
                );
            }
        }
        "sip_ip_access_control_list_ip_address" => {
            let al = twilio_post(
                env,
                "SIP/IpAccessControlLists.json",
                &[("FriendlyName", "aaaa")],
            )
            .await;
            if item_exists {
                let ip = twilio_post(
                    env,
                    &format!("SIP/IpAccessControlLists/{al}/IpAddresses.json"),
                    &[
                        ("FriendlyName", "friendly_name"),
                        ("IpAddress", "192.168.1.1"),
                    ],
                )
                .await;
                ids.insert("IP", ip);
            }
            ids.insert("AL", al);
        }
        _ => return None,
    }
    Some(ids)
}

fn substitute(text: &str, ids: &HashMap<&'static str, String>) -> String {
    let mut out = text.to_owned();
    for (prefix, sid) in ids {
        out = out.replace(&format!("{prefix}{}", "X".repeat(32)), sid);
    }
    out
}

fn form_value(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

async fn twilio_case(env: &Env, name: &str, fixture: &Value) -> Option<Case> {
    let stem = name.strip_suffix(".json")?;
    let (resource, op) = split_op(stem)?;
    let ids = twilio_world(env, resource, op).await?;
    let request = &fixture["request"];
    let method = Method::from_bytes(request["method"].as_str()?.as_bytes()).ok()?;
    let url = request["url"].as_str()?;
    let (origin, path) = if let Some(path) = url.strip_prefix("https://trunking.twilio.com") {
        (env.emu.twilio_trunking_url(), path)
    } else {
        (
            env.emu.twilio_api_url(),
            url.strip_prefix("https://api.twilio.com")?,
        )
    };
    let mut form: BTreeMap<String, String> = match request["data"].as_object() {
        Some(data) => data
            .iter()
            .map(|(k, v)| (k.clone(), substitute(&form_value(v), &ids)))
            .collect(),
        None => BTreeMap::new(),
    };
    // The deliberate differences listed in the module docs.
    match stem {
        "sip_credential_list_credential_create" => {
            form.insert("Password".into(), "IWasAtSignal2018".into());
        }
        "sip_ip_access_control_list_ip_address_create" => {
            form.insert("IpAddress".into(), "192.168.1.1".into());
        }
        "origination_url_create" => {
            form.insert("SipUrl".into(), "sip:example.com".into());
        }
        "trunk_create" if request["data"].is_null() => {
            for (k, v) in FULL_TRUNK_FORM {
                form.insert(k.into(), v.into());
            }
        }
        _ => {}
    }
    let mut builder = env
        .http
        .request(method, format!("{origin}{}", substitute(path, &ids)))
        .basic_auth(AC, Some(DEFAULT_TWILIO_AUTH_TOKEN));
    if !form.is_empty() {
        builder = builder.form(&form);
    }
    let (status, actual) = answer(builder).await;
    Some(Case {
        expected_status: u16::try_from(fixture["response"]["status"].as_u64()?).ok()?,
        expected: fixture["response"]["body"].clone(),
        status,
        actual,
    })
}

// ---------------------------------------------------------------------------------------
// Vobiz
// ---------------------------------------------------------------------------------------

async fn vobiz_trunk(env: &Env) -> String {
    let request = read_fixture("vobiz", "docs__create_trunk_request_prose.json");
    s(
        &expect(env.vobiz(Method::POST, "trunks").json(&request), 201).await,
        "trunk_id",
    )
}

async fn vobiz_case(env: &Env, name: &str, fixture: &Value) -> Option<Case> {
    let stem = name.strip_suffix(".json")?;
    let (expected_status, expected, (status, actual)) = match stem {
        "docs__create_credential_response_201" => (
            201,
            fixture.clone(),
            answer(
                env.vobiz(Method::POST, "credentials")
                    .json(&json!({"username": "sipuser_demo", "password": "longenough1"})),
            )
            .await,
        ),
        "docs__create_ip_acl_response_201" => (
            201,
            fixture.clone(),
            answer(
                env.vobiz(Method::POST, "ip-acl")
                    .json(&json!({"name": "FreePBX server in data center", "ip_address": "10.20.30.0/24"})),
            )
            .await,
        ),
        "docs__create_origination_uri_response_201" => (
            201,
            fixture.clone(),
            answer(env.vobiz(Method::POST, "origination-uris").json(
                &json!({"name": "Primary SBC", "sip_uri": "sip:provider@sip.example.com:5060", "priority": 1}),
            ))
            .await,
        ),
        "docs__create_trunk_request_openapi_example" => (
            400,
            read_fixture("vobiz", "docs__error_400_invalid_ip.json"),
            answer(env.vobiz(Method::POST, "trunks").json(fixture)).await,
        ),
        "docs__create_trunk_request_prose" => (
            201,
            read_fixture("vobiz", "docs__create_trunk_response_201.json"),
            answer(env.vobiz(Method::POST, "trunks").json(fixture)).await,
        ),
        "docs__create_trunk_response_201" => (
            201,
            fixture.clone(),
            answer(
                env.vobiz(Method::POST, "trunks")
                    .json(&read_fixture("vobiz", "docs__create_trunk_request_prose.json")),
            )
            .await,
        ),
        "docs__error_400_invalid_ip" => (
            400,
            fixture.clone(),
            answer(
                env.vobiz(Method::POST, "ip-acl")
                    .json(&json!({"name": "x", "ip_address": "999.1.1.1"})),
            )
            .await,
        ),
        "docs__error_400_invalid_sip_uri" => (
            400,
            fixture.clone(),
            answer(
                env.vobiz(Method::POST, "origination-uris")
                    .json(&json!({"name": "x", "sip_uri": "sbc.example.com", "priority": 1})),
            )
            .await,
        ),
        "docs__error_409_username_exists" => {
            let body = json!({"username": "sipuser_demo", "password": "longenough1"});
            expect(env.vobiz(Method::POST, "credentials").json(&body), 201).await;
            (
                409,
                fixture.clone(),
                answer(env.vobiz(Method::POST, "credentials").json(&body)).await,
            )
        }
        "docs__list_trunks_response_200" => {
            let outbound = vobiz_trunk(env).await;
            let inbound = vobiz_trunk(env).await;
            let cred = s(
                &expect(
                    env.vobiz(Method::POST, "credentials")
                        .json(&json!({"username": "acme01", "password": "longenough1"})),
                    201,
                )
                .await,
                "id",
            );
            let uri = s(
                &expect(
                    env.vobiz(Method::POST, "origination-uris")
                        .json(&json!({"name": "p", "sip_uri": "sip:sbc1.example.com", "priority": 1})),
                    201,
                )
                .await,
                "id",
            );
            for (trunk, field, id) in [(outbound, "credential_uuid", cred), (inbound, "primary_uri_uuid", uri)] {
                let mut body = json!({"name": "Acme Production Trunk", "max_concurrent_calls": 10, "enabled": true});
                body[field] = json!(id);
                expect(env.vobiz(Method::PUT, &format!("trunks/{trunk}")).json(&body), 200).await;
            }
            (200, fixture.clone(), answer(env.vobiz(Method::GET, "trunks")).await)
        }
        "docs__retrieve_trunk_response_200" => {
            let id = vobiz_trunk(env).await;
            (200, fixture.clone(), answer(env.vobiz(Method::GET, &format!("trunks/{id}"))).await)
        }
        "docs__update_trunk_request_prose" => {
            let id = vobiz_trunk(env).await;
            (
                200,
                read_fixture("vobiz", "docs__retrieve_trunk_response_200.json"),
                answer(env.vobiz(Method::PUT, &format!("trunks/{id}")).json(fixture)).await,
            )
        }
        _ => return None,
    };
    Some(Case {
        expected_status,
        expected,
        status,
        actual,
    })
}
