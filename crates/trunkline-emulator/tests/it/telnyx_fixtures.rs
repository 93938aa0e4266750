//! For every file in `tests/fixtures/telnyx/`, the emulator answers a body of the same shape
//! (the rules of `fixtures.rs`: same keys at every level, same array lengths, same JSON types).
//! A fixture without a mapping below fails the test by name.
//!
//! Telnyx's fixtures are its document's examples, so the mapping is by kind:
//!
//! - `*_response_*.json`: the request that produces it, after creating what makes every field
//!   take the fixture's JSON type (strings where the example has strings, two tags, one codec).
//! - `*_request.json`: sent as the request (ids of other resources replaced by ones the test
//!   created); the answer is compared with the matching response fixture, or, for the examples
//!   that break Telnyx's documented rules, with `docs__error_422_unprocessable_entity.json`.
//! - `component_*.json`: compared with the sub-object of a response, or sent as one.
//! - `error_*.json`: the request that fails that way.
//!
//! | fixture | what the test does | why |
//! |---|---|---|
//! | `create_ip_connection_response_201`, `list_ip_connections_response_200`, `component_inbound_fqdn` | compares the connection read back after its IPs / FQDNs fill the three target slots | a create cannot set the slots (they name rows of the connection), and unset slots are omitted |
//! | `create_credential_connection_request`, `update_credential_connection_request`, `component_credential_inbound`, `component_inbound_ip`, `component_create_inbound_ip_request` | expects a 422 | `inbound.codecs` is the string `"G722"`; the schema says an array |
//! | `create_fqdn_connection_request` | expects a 422 | `outbound.encrypted_media: "string"` (and `ip_authentication_method: "token"`, not an FQDN method) |
//! | `create_ip_connection_request`, `update_ip_connection_request` | expects a 422 | its outbound `ip_authentication_token: "string"` is shorter than the documented 12 characters (and `tech_prefix: "string"`, `localization: "string"` break their rules too) |
//! | `update_fqdn_connection_request` | answered 200, compared with `create_fqdn_connection_response_201` | an update answers the whole connection |
//! | `create_voice_profile_request`, `update_outbound_voice_profile_request` | `$.data.call_recording` not compared | the request example sets no call recording, the response example shows one |
//! | `update_phone_number_request` | `$.data.tags` not compared | the request example sets one tag, the response example shows two |
//! | `component_credential_outbound` | `ani_override_type` not compared | the component example (a request example) lacks it; every response example has it |
//! | `error_403_not_authorized`, `error_429_too_many_requests` | a fault with that status | the emulator has no permission model and no rate limit of its own |

use reqwest::Method;
use serde_json::{Value, json};
use trunkline_emulator::{DEFAULT_TELNYX_API_KEY, Fault, TelnyxPhoneNumber};

use crate::common::{Env, expect, s, send, start};
use crate::fixtures::{FIXTURES, read_fixture, shape_diff};

struct Case {
    expected_status: u16,
    expected: Value,
    status: u16,
    actual: Value,
    /// JSON paths (prefixes) whose differences are documented above.
    ignore: &'static [&'static str],
}

async fn answer(request: reqwest::RequestBuilder) -> (u16, Value) {
    let (status, body) = send(request).await;
    (status.as_u16(), body)
}

fn fixture(name: &str) -> Value {
    read_fixture("telnyx", &format!("docs__{name}.json"))
}

fn case(expected: &str, status: u16, (got, actual): (u16, Value)) -> Case {
    Case {
        expected_status: status,
        expected: fixture(expected),
        status: got,
        actual,
        ignore: &[],
    }
}

/// The shared parts of a connection create body that give every field a value.
fn common_body(name: &str, profile: &str) -> Value {
    json!({
        "connection_name": name,
        "active": true,
        "anchorsite_override": "Latency",
        "android_push_credential_id": "06b09dfd-7154-4980-8b75-cebf7a9d4f8e",
        "ios_push_credential_id": "ec0c8e5d-439e-4620-a0c1-9d9c8d02a836",
        "default_on_hold_comfort_noise_enabled": true,
        "dtmf_type": "RFC 2833",
        "encode_contact_header_enabled": true,
        "encrypted_media": "SRTP",
        "onnet_t38_passthrough_enabled": true,
        "tags": ["tag1", "tag2"],
        "webhook_api_version": "1",
        "webhook_event_failover_url": "https://failover.example.com",
        "webhook_event_url": "https://example.com",
        "webhook_timeout_secs": 25,
        "rtcp_settings": {"capture_enabled": true, "port": "rtcp-mux", "report_frequency_secs": 10},
        "inbound": {
            "ani_number_format": "+E.164", "channel_limit": 10, "codecs": ["G722"],
            "dnis_number_format": "+e164", "generate_ringback_tone": true,
            "isup_headers_enabled": true, "prack_enabled": true, "shaken_stir_enabled": true,
            "sip_compact_headers_enabled": true, "timeout_1xx_secs": 10, "timeout_2xx_secs": 15,
        },
        "outbound": {
            "outbound_voice_profile_id": profile, "ani_override": "+13125550100",
            "ani_override_type": "always", "call_parking_enabled": true, "channel_limit": 10,
            "generate_ringback_tone": true, "instant_ringback_enabled": true,
            "localization": "US", "t38_reinvite_source": "customer",
        },
    })
}

fn credential_body(profile: &str) -> Value {
    let mut body = common_body("credential", profile);
    body["user_name"] = json!("myusername123");
    body["password"] = json!("my123secure456password789");
    body["sip_uri_calling_preference"] = json!("disabled");
    body["rtcp_settings"] =
        json!({"capture_enabled": true, "port": "rtp+1", "report_frequency_seconds": 10});
    body
}

fn routed_body(name: &str, profile: &str, token: &str) -> Value {
    let mut body = common_body(name, profile);
    body["encrypted_media"] = json!("SRTP");
    body["transport_protocol"] = json!("UDP");
    for (key, value) in [
        ("default_routing_method", json!("sequential")),
        ("sip_region", json!("US")),
        ("sip_subdomain", json!(format!("sub{}", token.len()))),
        (
            "sip_subdomain_receive_settings",
            json!("only_my_connections"),
        ),
    ] {
        body["inbound"][key] = value;
    }
    body["outbound"]["ip_authentication_token"] = json!(token);
    body["outbound"]["tech_prefix"] = json!("0123");
    body
}

async fn profile(env: &Env) -> String {
    s(
        &expect(
            env.telnyx(Method::POST, "outbound_voice_profiles")
                .json(&json!({"name": "office"})),
            200,
        )
        .await["data"],
        "id",
    )
}

async fn create(env: &Env, path: &str, body: &Value) -> String {
    s(
        &expect(env.telnyx(Method::POST, path).json(body), 201).await["data"],
        "id",
    )
}

/// An IP connection with every field set and its three slots filled; returns its id and the
/// status of its create.
async fn full_ip_connection(env: &Env) -> (String, u16) {
    let profile = profile(env).await;
    let mut body = routed_body("ip", &profile, "a-token-of-24-characters");
    body["outbound"]["ip_authentication_method"] = json!("token");
    let (status, created) = answer(env.telnyx(Method::POST, "ip_connections").json(&body)).await;
    let id = s(&created["data"], "id");
    let mut slots = json!({});
    for (n, key) in [
        "default_primary_ip_id",
        "default_secondary_ip_id",
        "default_tertiary_ip_id",
    ]
    .into_iter()
    .enumerate()
    {
        let ip = create(
            env,
            "ips",
            &json!({"connection_id": id, "ip_address": format!("198.51.100.{}", n + 1)}),
        )
        .await;
        slots[key] = json!(ip);
    }
    expect(
        env.telnyx(Method::PATCH, &format!("ip_connections/{id}"))
            .json(&json!({"inbound": slots})),
        200,
    )
    .await;
    (id, status)
}

async fn full_fqdn_connection(env: &Env, slots: bool) -> String {
    let profile = profile(env).await;
    let id = create(
        env,
        "fqdn_connections",
        &routed_body("fqdn", &profile, "another-token-of-30-characters"),
    )
    .await;
    if slots {
        let mut inbound = json!({});
        for (n, key) in [
            "default_primary_fqdn_id",
            "default_secondary_fqdn_id",
            "default_tertiary_fqdn_id",
        ]
        .into_iter()
        .enumerate()
        {
            let fqdn = create(
                env,
                "fqdns",
                &json!({"connection_id": id, "fqdn": format!("sbc{n}.example.com"), "dns_record_type": "a"}),
            )
            .await;
            inbound[key] = json!(fqdn);
        }
        expect(
            env.telnyx(Method::PATCH, &format!("fqdn_connections/{id}"))
                .json(&json!({"inbound": inbound})),
            200,
        )
        .await;
    }
    id
}

/// A number with every field set, assigned to a connection; returns its id.
async fn full_number(env: &Env) -> String {
    let conn = create(
        env,
        "ip_connections",
        &json!({"connection_name": "connection-name"}),
    )
    .await;
    let mut number = TelnyxPhoneNumber::new("+19705555098");
    number.tags = vec!["tag_1".into(), "tag_2".into()];
    number.customer_reference = Some("customer-reference".into());
    number.billing_group_id = Some("86f58db9-0fe3-4adc-9d1f-46e66e6e9323".into());
    number.messaging_profile_id = Some("abc85f64-5717-4562-b3fc-2c9600000000".into());
    number.messaging_profile_name = Some("regional-customers".into());
    number.emergency_address_id = Some("1315261609962112019".into());
    number.external_pin = Some("1234".into());
    number.hd_voice_enabled = true;
    number.connection_id = Some(conn);
    env.emu
        .telnyx()
        .seed_phone_numbers([number])
        .expect("valid")
        .remove(0)
}

/// `full_number` with its voice settings set by Telnyx's own update example.
async fn full_voice(env: &Env) -> String {
    let id = full_number(env).await;
    expect(
        env.telnyx(Method::PATCH, &format!("phone_numbers/{id}/voice"))
            .json(&fixture("update_phone_number_voice_settings_request")),
        200,
    )
    .await;
    id
}

fn full_profile_body() -> Value {
    let mut body = fixture("create_voice_profile_request");
    body["call_recording"] = fixture("component_outbound_call_recording");
    body
}

/// The response a fixture stands for.
async fn telnyx_case(env: &Env, stem: &str) -> Option<Case> {
    let get = |path: &str| env.telnyx(Method::GET, path);
    let invalid = "error_422_unprocessable_entity";
    Some(match stem {
        // Connections.
        "create_credential_connection_response_201" => {
            let profile = profile(env).await;
            case(
                stem,
                201,
                answer(
                    env.telnyx(Method::POST, "credential_connections")
                        .json(&credential_body(&profile)),
                )
                .await,
            )
        }
        "list_credential_connections_response_200" => {
            let profile = profile(env).await;
            create(env, "credential_connections", &credential_body(&profile)).await;
            case(
                stem,
                200,
                answer(get("credential_connections?page[size]=25")).await,
            )
        }
        "create_ip_connection_response_201" => {
            let (id, status) = full_ip_connection(env).await;
            let (_, body) = answer(get(&format!("ip_connections/{id}"))).await;
            case(stem, 201, (status, body))
        }
        "list_ip_connections_response_200" => {
            full_ip_connection(env).await;
            case(stem, 200, answer(get("ip_connections")).await)
        }
        "create_fqdn_connection_response_201" => {
            let profile = profile(env).await;
            let body = routed_body("fqdn", &profile, "another-token-of-30-characters");
            case(
                stem,
                201,
                answer(env.telnyx(Method::POST, "fqdn_connections").json(&body)).await,
            )
        }
        "list_fqdn_connections_response_200" => {
            full_fqdn_connection(env, false).await;
            case(stem, 200, answer(get("fqdn_connections")).await)
        }
        "create_credential_connection_request" => case(
            invalid,
            422,
            answer(
                env.telnyx(Method::POST, "credential_connections")
                    .json(&fixture(stem)),
            )
            .await,
        ),
        "update_credential_connection_request" => {
            let profile = profile(env).await;
            let id = create(env, "credential_connections", &credential_body(&profile)).await;
            let path = format!("credential_connections/{id}");
            case(
                invalid,
                422,
                answer(env.telnyx(Method::PATCH, &path).json(&fixture(stem))).await,
            )
        }
        "create_fqdn_connection_request" => case(
            invalid,
            422,
            answer(
                env.telnyx(Method::POST, "fqdn_connections")
                    .json(&fixture(stem)),
            )
            .await,
        ),
        "update_fqdn_connection_request" => {
            let id = full_fqdn_connection(env, false).await;
            let path = format!("fqdn_connections/{id}");
            case(
                "create_fqdn_connection_response_201",
                200,
                answer(env.telnyx(Method::PATCH, &path).json(&fixture(stem))).await,
            )
        }
        "create_ip_connection_request" => {
            let mut body = fixture(stem);
            body["outbound"]["outbound_voice_profile_id"] = json!(profile(env).await);
            case(
                invalid,
                422,
                answer(env.telnyx(Method::POST, "ip_connections").json(&body)).await,
            )
        }
        "update_ip_connection_request" => {
            let (id, _) = full_ip_connection(env).await;
            let mut body = fixture(stem);
            body["outbound"]["outbound_voice_profile_id"] = json!(profile(env).await);
            let path = format!("ip_connections/{id}");
            case(
                invalid,
                422,
                answer(env.telnyx(Method::PATCH, &path).json(&body)).await,
            )
        }
        "component_connection_rtcp_settings" | "component_outbound_ip" => {
            let (id, _) = full_ip_connection(env).await;
            let (status, body) = answer(get(&format!("ip_connections/{id}"))).await;
            let key = if stem.ends_with("rtcp_settings") {
                "rtcp_settings"
            } else {
                "outbound"
            };
            case(stem, 200, (status, body["data"][key].clone()))
        }
        "component_inbound_fqdn" => {
            let id = full_fqdn_connection(env, true).await;
            let (status, body) = answer(get(&format!("fqdn_connections/{id}"))).await;
            case(stem, 200, (status, body["data"]["inbound"].clone()))
        }
        "component_credential_outbound" => {
            let profile = profile(env).await;
            let mut body = credential_body(&profile);
            body["outbound"] = fixture(stem);
            body["outbound"]["outbound_voice_profile_id"] = json!(profile);
            let (status, created) = answer(
                env.telnyx(Method::POST, "credential_connections")
                    .json(&body),
            )
            .await;
            Case {
                ignore: &["$.ani_override_type"],
                ..case(stem, 201, (status, created["data"]["outbound"].clone()))
            }
        }
        "component_credential_inbound" => {
            let profile = profile(env).await;
            let mut body = credential_body(&profile);
            body["inbound"] = fixture(stem);
            case(
                invalid,
                422,
                answer(
                    env.telnyx(Method::POST, "credential_connections")
                        .json(&body),
                )
                .await,
            )
        }
        "component_inbound_ip" => {
            let (id, _) = full_ip_connection(env).await;
            let path = format!("ip_connections/{id}");
            let body = json!({"inbound": fixture(stem)});
            case(
                invalid,
                422,
                answer(env.telnyx(Method::PATCH, &path).json(&body)).await,
            )
        }
        "component_create_inbound_ip_request" => {
            let body = json!({"connection_name": "ip", "inbound": fixture(stem)});
            case(
                invalid,
                422,
                answer(env.telnyx(Method::POST, "ip_connections").json(&body)).await,
            )
        }
        // IPs and FQDNs.
        "create_ip_response_201" | "create_ip_request" => {
            let conn = create(env, "ip_connections", &json!({})).await;
            let mut body = fixture("create_ip_request");
            body["connection_id"] = json!(conn);
            case(
                "create_ip_response_201",
                201,
                answer(env.telnyx(Method::POST, "ips").json(&body)).await,
            )
        }
        "update_ip_request" => {
            let conn = create(env, "ip_connections", &json!({})).await;
            let ip = create(
                env,
                "ips",
                &json!({"connection_id": conn, "ip_address": "10.0.0.1"}),
            )
            .await;
            let mut body = fixture(stem);
            body["connection_id"] = json!(conn);
            let path = format!("ips/{ip}");
            case(
                "create_ip_response_201",
                200,
                answer(env.telnyx(Method::PATCH, &path).json(&body)).await,
            )
        }
        "list_ips_response_200" => {
            let conn = create(env, "ip_connections", &json!({})).await;
            create(
                env,
                "ips",
                &json!({"connection_id": conn, "ip_address": "10.0.0.1"}),
            )
            .await;
            case(stem, 200, answer(get("ips")).await)
        }
        "create_fqdn_response_201" | "create_fqdn_request" => {
            let conn = create(env, "fqdn_connections", &json!({"connection_name": "f"})).await;
            let mut body = fixture("create_fqdn_request");
            body["connection_id"] = json!(conn);
            case(
                "create_fqdn_response_201",
                201,
                answer(env.telnyx(Method::POST, "fqdns").json(&body)).await,
            )
        }
        "update_fqdn_request" => {
            let conn = create(env, "fqdn_connections", &json!({"connection_name": "f"})).await;
            let fqdn = create(
                env,
                "fqdns",
                &json!({"connection_id": conn, "fqdn": "a.example.com", "dns_record_type": "a"}),
            )
            .await;
            let mut body = fixture(stem);
            body["connection_id"] = json!(conn);
            let path = format!("fqdns/{fqdn}");
            case(
                "create_fqdn_response_201",
                200,
                answer(env.telnyx(Method::PATCH, &path).json(&body)).await,
            )
        }
        "list_fqdns_response_200" => {
            let conn = create(env, "fqdn_connections", &json!({"connection_name": "f"})).await;
            create(
                env,
                "fqdns",
                &json!({"connection_id": conn, "fqdn": "a.example.com", "dns_record_type": "a"}),
            )
            .await;
            case(stem, 200, answer(get("fqdns?page[size]=25")).await)
        }
        // Outbound voice profiles.
        "create_voice_profile_response_200" => case(
            stem,
            200,
            answer(
                env.telnyx(Method::POST, "outbound_voice_profiles")
                    .json(&full_profile_body()),
            )
            .await,
        ),
        "list_outbound_voice_profiles_response_200" => {
            expect(
                env.telnyx(Method::POST, "outbound_voice_profiles")
                    .json(&full_profile_body()),
                200,
            )
            .await;
            case(stem, 200, answer(get("outbound_voice_profiles")).await)
        }
        "create_voice_profile_request" => Case {
            ignore: &["$.data.call_recording"],
            ..case(
                "create_voice_profile_response_200",
                200,
                answer(
                    env.telnyx(Method::POST, "outbound_voice_profiles")
                        .json(&fixture(stem)),
                )
                .await,
            )
        },
        "update_outbound_voice_profile_request" => {
            let id = profile(env).await;
            let path = format!("outbound_voice_profiles/{id}");
            Case {
                ignore: &["$.data.call_recording"],
                ..case(
                    "create_voice_profile_response_200",
                    200,
                    answer(env.telnyx(Method::PATCH, &path).json(&fixture(stem))).await,
                )
            }
        }
        "component_outbound_call_recording" => {
            let (status, body) = answer(
                env.telnyx(Method::POST, "outbound_voice_profiles")
                    .json(&full_profile_body()),
            )
            .await;
            case(stem, 200, (status, body["data"]["call_recording"].clone()))
        }
        // Phone numbers.
        "retrieve_phone_number_response_200" => {
            let id = full_number(env).await;
            case(stem, 200, answer(get(&format!("phone_numbers/{id}"))).await)
        }
        "list_phone_numbers_response_200" => {
            full_number(env).await;
            case(
                stem,
                200,
                answer(get("phone_numbers?filter[phone_number]=19705555098")).await,
            )
        }
        "delete_phone_number_response_200" => {
            let id = full_number(env).await;
            case(
                stem,
                200,
                answer(env.telnyx(Method::DELETE, &format!("phone_numbers/{id}"))).await,
            )
        }
        "update_phone_number_request" => {
            let id = full_number(env).await;
            let conn = create(env, "ip_connections", &json!({"connection_name": "other"})).await;
            let mut body = fixture(stem);
            body["connection_id"] = json!(conn);
            let path = format!("phone_numbers/{id}");
            Case {
                ignore: &["$.data.tags"],
                ..case(
                    "retrieve_phone_number_response_200",
                    200,
                    answer(env.telnyx(Method::PATCH, &path).json(&body)).await,
                )
            }
        }
        "get_phone_number_voice_settings_response_200" => {
            let id = full_voice(env).await;
            case(
                stem,
                200,
                answer(get(&format!("phone_numbers/{id}/voice"))).await,
            )
        }
        "update_phone_number_voice_settings_request" => {
            let id = full_number(env).await;
            let path = format!("phone_numbers/{id}/voice");
            case(
                "get_phone_number_voice_settings_response_200",
                200,
                answer(env.telnyx(Method::PATCH, &path).json(&fixture(stem))).await,
            )
        }
        "component_call_forwarding"
        | "component_call_recording"
        | "component_cnam_listing"
        | "component_emergency_settings"
        | "component_media_features" => {
            let id = full_voice(env).await;
            let (status, body) = answer(get(&format!("phone_numbers/{id}/voice"))).await;
            let key = match stem {
                "component_call_forwarding" => "call_forwarding",
                "component_call_recording" => "call_recording",
                "component_cnam_listing" => "cnam_listing",
                "component_emergency_settings" => "emergency",
                _ => "media_features",
            };
            case(stem, 200, (status, body["data"][key].clone()))
        }
        // Errors.
        "error_400_bad_request" => case(
            stem,
            400,
            answer(
                env.telnyx(Method::POST, "ip_connections")
                    .header("Content-Type", "application/json")
                    .body("{"),
            )
            .await,
        ),
        "error_401_authentication_failed" => case(
            stem,
            401,
            answer(
                env.http
                    .get(format!("{}/v2/ip_connections", env.emu.telnyx_url()))
                    .bearer_auth(format!("{DEFAULT_TELNYX_API_KEY}-wrong")),
            )
            .await,
        ),
        "error_403_not_authorized" | "error_429_too_many_requests" => {
            let status = if stem.contains("403") { 403 } else { 429 };
            env.emu
                .telnyx()
                .inject(Fault::error(status))
                .expect("valid");
            case(stem, status, answer(get("ip_connections")).await)
        }
        "error_404_not_found" => case(
            stem,
            404,
            answer(get("ip_connections/1293384261075731499")).await,
        ),
        "error_422_unprocessable_entity" => {
            let body = json!({"connection_name": "x", "user_name": "user1", "password": "12345678", "inbound": {"dnis_number_format": "test"}});
            case(
                stem,
                422,
                answer(
                    env.telnyx(Method::POST, "credential_connections")
                        .json(&body),
                )
                .await,
            )
        }
        _ => return None,
    })
}

#[tokio::test]
async fn every_telnyx_fixture_is_answered_with_the_same_shape() {
    let dir = std::path::Path::new(FIXTURES).join("telnyx");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 49, "{names:?}");
    let mut failures = Vec::new();
    for name in &names {
        let stem = name
            .strip_prefix("docs__")
            .and_then(|n| n.strip_suffix(".json"))
            .unwrap_or(name);
        let env = start().await;
        let Some(case) = telnyx_case(&env, stem).await else {
            failures.push(format!(
                "telnyx/{name}: no request mapping; add one in tests/it/telnyx_fixtures.rs"
            ));
            continue;
        };
        let mut diffs = Vec::new();
        if case.status != case.expected_status {
            diffs.push(format!(
                "status: expected {}, got {} ({})",
                case.expected_status, case.status, case.actual
            ));
        }
        shape_diff("$", &case.expected, &case.actual, &mut diffs);
        diffs.retain(|d| {
            !case.ignore.iter().any(|prefix| {
                d.strip_prefix(prefix)
                    .is_some_and(|rest| rest.starts_with([':', '.', '[']))
            })
        });
        for diff in diffs {
            failures.push(format!("telnyx/{name}: {diff}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture shape problem(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
