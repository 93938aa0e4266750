//! Every body in `tests/fixtures/telnyx/` (Telnyx's own examples, copied unchanged) decoded
//! into the generated type it belongs to. A fixture without an entry below fails the test by
//! name, so a new fixture is covered or the test says so.
//!
//! Six request examples do not fit Telnyx's own schemas (`specs/README.md`, Telnyx section):
//! they must fail to decode, naming the offending value, so a spec change that silently
//! widened a type would be noticed.

use std::path::Path;

use serde::de::DeserializeOwned;
use trunkline_telnyx::types;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/telnyx");

type Decode = fn(&str) -> Result<(), String>;

fn decodes<T: DeserializeOwned>(json: &str) -> Result<(), String> {
    serde_json::from_str::<T>(json)
        .map(drop)
        .map_err(|e| e.to_string())
}

/// What each fixture decodes into, and for the ones that do not fit their schema, a fragment of
/// the expected decode error.
fn expectation(name: &str) -> Option<(Decode, Option<&'static str>)> {
    use types::*;
    let ok = |f: Decode| Some((f, None));
    let bad = |f: Decode, why: &'static str| Some((f, Some(why)));
    match name.strip_prefix("docs__")?.strip_suffix(".json")? {
        "component_call_forwarding" => ok(decodes::<CallForwarding>),
        "component_call_recording" => ok(decodes::<CallRecording>),
        "component_cnam_listing" => ok(decodes::<CnamListing>),
        "component_connection_rtcp_settings" => ok(decodes::<ConnectionRtcpSettings>),
        // `codecs: "G722"`: the schema (and every response) says an array.
        "component_create_inbound_ip_request" => bad(
            decodes::<CreateInboundIpRequest>,
            "invalid type: string \"G722\", expected a sequence",
        ),
        "component_credential_inbound" => bad(
            decodes::<CredentialInbound>,
            "invalid type: string \"G722\", expected a sequence",
        ),
        "component_credential_outbound" => ok(decodes::<CredentialOutbound>),
        "component_emergency_settings" => ok(decodes::<EmergencySettings>),
        "component_inbound_fqdn" => ok(decodes::<InboundFqdn>),
        "component_inbound_ip" => bad(
            decodes::<InboundIp>,
            "invalid type: string \"G722\", expected a sequence",
        ),
        "component_media_features" => ok(decodes::<MediaFeatures>),
        "component_outbound_call_recording" => ok(decodes::<OutboundCallRecording>),
        "component_outbound_ip" => ok(decodes::<OutboundIp>),
        "create_credential_connection_request" => bad(
            decodes::<CreateCredentialConnectionRequest>,
            "invalid type: string \"G722\", expected a sequence",
        ),
        "create_credential_connection_response_201" => ok(decodes::<CredentialConnectionResponse>),
        // `outbound.encrypted_media: "string"` and `ip_authentication_method: "token"`.
        "create_fqdn_connection_request" => bad(
            decodes::<CreateFqdnConnectionRequest>,
            "unknown variant `string`",
        ),
        "create_fqdn_connection_response_201" => ok(decodes::<FqdnConnectionResponse>),
        "create_fqdn_request" => ok(decodes::<CreateFqdnRequest>),
        "create_fqdn_response_201" => ok(decodes::<FqdnResponse>),
        // Decodes, but its `inbound:` key (with a colon) is ignored.
        "create_ip_connection_request" => ok(decodes::<CreateIpConnectionRequest>),
        "create_ip_connection_response_201" => ok(decodes::<IpConnectionResponse>),
        "create_ip_request" => ok(decodes::<CreateIpRequest>),
        "create_ip_response_201" => ok(decodes::<IpResponse>),
        "create_voice_profile_request" => ok(decodes::<CreateOutboundVoiceProfileRequest>),
        "create_voice_profile_response_200" => ok(decodes::<OutboundVoiceProfileResponse>),
        // `release_phone_number` is not modelled; the deleted number has the number's shape.
        "delete_phone_number_response_200" => ok(decodes::<PhoneNumberResponse>),
        "error_400_bad_request"
        | "error_401_authentication_failed"
        | "error_403_not_authorized"
        | "error_404_not_found"
        | "error_422_unprocessable_entity"
        | "error_429_too_many_requests" => ok(decodes::<Errors>),
        "get_phone_number_voice_settings_response_200" => {
            ok(decodes::<PhoneNumberVoiceSettingsResponse>)
        }
        "list_credential_connections_response_200" => {
            ok(decodes::<ListCredentialConnectionsResponse>)
        }
        "list_fqdn_connections_response_200" => ok(decodes::<ListFqdnConnectionsResponse>),
        "list_fqdns_response_200" => ok(decodes::<ListFqdnsResponse>),
        "list_ip_connections_response_200" => ok(decodes::<ListIpConnectionsResponse>),
        "list_ips_response_200" => ok(decodes::<ListIpsResponse>),
        "list_outbound_voice_profiles_response_200" => {
            ok(decodes::<ListOutboundVoiceProfilesResponse>)
        }
        "list_phone_numbers_response_200" => ok(decodes::<ListPhoneNumbersResponse>),
        "retrieve_phone_number_response_200" => ok(decodes::<PhoneNumberResponse>),
        "update_credential_connection_request" => bad(
            decodes::<UpdateCredentialConnectionRequest>,
            "invalid type: string \"G722\", expected a sequence",
        ),
        "update_fqdn_connection_request" => ok(decodes::<UpdateFqdnConnectionRequest>),
        "update_fqdn_request" => ok(decodes::<UpdateFqdnRequest>),
        "update_ip_connection_request" => ok(decodes::<UpdateIpConnectionRequest>),
        "update_ip_request" => ok(decodes::<UpdateIpRequest>),
        "update_outbound_voice_profile_request" => ok(decodes::<UpdateOutboundVoiceProfileRequest>),
        "update_phone_number_request" => ok(decodes::<UpdatePhoneNumberRequest>),
        "update_phone_number_voice_settings_request" => {
            ok(decodes::<UpdatePhoneNumberVoiceSettingsRequest>)
        }
        _ => None,
    }
}

fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(FIXTURES)
        .unwrap_or_else(|e| panic!("cannot list {FIXTURES}: {e}"))
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json"))
        .collect();
    names.sort();
    names
}

fn read(name: &str) -> String {
    let path = Path::new(FIXTURES).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

#[test]
fn every_fixture_decodes_into_its_generated_type() {
    let names = fixture_names();
    assert_eq!(names.len(), 49, "the 49 Telnyx fixtures: {names:?}");
    let mut failures = Vec::new();
    for name in &names {
        let Some((decode, expected_error)) = expectation(name) else {
            failures.push(format!(
                "{name}: no generated type is mapped to this fixture"
            ));
            continue;
        };
        match (decode(&read(name)), expected_error) {
            (Ok(()), None) => {}
            (Err(err), None) => failures.push(format!("{name}: does not decode: {err}")),
            (Ok(()), Some(why)) => failures.push(format!(
                "{name}: decodes, but Telnyx's example does not fit its schema ({why})"
            )),
            (Err(err), Some(why)) if !err.contains(why) => {
                failures.push(format!("{name}: fails for another reason: {err}"));
            }
            (Err(_), Some(_)) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn returned_secrets_decode_but_never_reach_debug() {
    let body: types::CredentialConnectionResponse = serde_json::from_str(&read(
        "docs__create_credential_connection_response_201.json",
    ))
    .unwrap();
    assert_eq!(
        body.data.password.as_ref().map(|p| p.expose()),
        Some("my123secure456password789")
    );
    let debug = format!("{body:?}");
    assert!(!debug.contains("my123secure456password789"), "{debug}");

    let body: types::IpConnectionResponse =
        serde_json::from_str(&read("docs__create_ip_connection_response_201.json")).unwrap();
    let outbound = body.data.outbound.as_ref().unwrap();
    assert_eq!(
        outbound
            .ip_authentication_token
            .as_ref()
            .map(|t| t.expose()),
        Some("string")
    );
    assert!(!format!("{body:?}").contains("ip_authentication_token: Some(\"string\")"));

    let body: types::PhoneNumberResponse =
        serde_json::from_str(&read("docs__retrieve_phone_number_response_200.json")).unwrap();
    assert!(!format!("{body:?}").contains("\"1234\""));
}

#[test]
fn values_telnyx_adds_decode_as_unknown() {
    // The FQDN examples send `ip_authentication_method: token`, which the FQDN enum does not
    // list: the response enum is open, so it decodes and keeps the raw value.
    let body: types::FqdnConnectionResponse =
        serde_json::from_str(&read("docs__create_fqdn_connection_response_201.json")).unwrap();
    let method = body
        .data
        .outbound
        .unwrap()
        .ip_authentication_method
        .unwrap();
    assert_eq!(
        method,
        trunkline_core::OpenEnum::Unknown("token".to_owned())
    );
}
