//! The Telnyx listener: auth, every resource's lifecycle, the rules of each connection type,
//! paging, phone-number assignment, detail records, faults, request log and reset.

use reqwest::Method;
use serde_json::{Value, json};
use trunkline_emulator::{
    DEFAULT_TELNYX_API_KEY, DEFAULT_TELNYX_PHONE_NUMBERS, EmulatorConfig, Fault,
    TelnyxDetailRecord, TelnyxPhoneNumber,
};

use crate::common::{Env, assert_telnyx_error, client, expect, s, send, start, start_with};

/// The `data` of a successful answer.
async fn data(request: reqwest::RequestBuilder, status: u16) -> Value {
    expect(request, status).await["data"].clone()
}

/// Asserts a 422 naming `pointer`, with `code`.
async fn refused(request: reqwest::RequestBuilder, code: &str, pointer: &str) -> Value {
    let body = expect(request, 422).await;
    assert_telnyx_error(&body, code);
    assert_eq!(body["errors"][0]["source"]["pointer"], pointer, "{body}");
    body
}

fn is_numeric_id(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| s.len() == 19 && s.bytes().all(|b| b.is_ascii_digit()))
}

/// The id of what a create answered (`status` 201, or 200 for profiles).
async fn created(env: &Env, path: &str, body: Value, status: u16) -> String {
    s(
        &data(env.telnyx(Method::POST, path).json(&body), status).await,
        "id",
    )
}

async fn profile(env: &Env) -> String {
    created(
        env,
        "outbound_voice_profiles",
        json!({"name": "office"}),
        200,
    )
    .await
}

async fn ip_connection(env: &Env, name: &str) -> String {
    created(env, "ip_connections", json!({"connection_name": name}), 201).await
}

async fn fqdn_connection(env: &Env, name: &str) -> String {
    created(
        env,
        "fqdn_connections",
        json!({"connection_name": name}),
        201,
    )
    .await
}

async fn ip(env: &Env, connection: &str, address: &str) -> String {
    let body = json!({"connection_id": connection, "ip_address": address});
    created(env, "ips", body, 201).await
}

#[tokio::test]
async fn bearer_auth_is_required_and_errors_have_telnyx_shape() {
    let env = start().await;
    let url = format!("{}/v2/ip_connections", env.emu.telnyx_url());
    for auth in [
        None,
        Some("Bearer wrong-key".to_owned()),
        Some(format!("Basic {DEFAULT_TELNYX_API_KEY}")),
        Some("Bearer".to_owned()),
        Some(format!("Bearer {DEFAULT_TELNYX_API_KEY}x")),
    ] {
        let mut request = env.http.get(&url);
        if let Some(value) = &auth {
            request = request.header("Authorization", value);
        }
        let body = expect(request, 401).await;
        assert_telnyx_error(&body, "10009");
        let error = &body["errors"][0];
        assert_eq!(error["title"], "Authentication failed", "{auth:?}");
        assert!(error.get("source").is_none(), "{body}");
        assert_eq!(
            error["meta"]["url"],
            "https://developers.telnyx.com/docs/overview/errors/10009"
        );
    }
    // The scheme is case-insensitive; the control endpoints need no key.
    expect(
        env.http
            .get(&url)
            .header("Authorization", format!("bearer {DEFAULT_TELNYX_API_KEY}")),
        200,
    )
    .await;
    expect(
        env.http
            .get(format!("{}/__emulator/faults", env.emu.telnyx_url())),
        200,
    )
    .await;
    // Unknown paths and wrong methods are Telnyx-shaped too.
    assert_telnyx_error(
        &expect(env.telnyx(Method::GET, "trunks"), 404).await,
        "10005",
    );
    assert_telnyx_error(
        &expect(
            env.http
                .get(format!("{}/ip_connections", env.emu.telnyx_url()))
                .bearer_auth(DEFAULT_TELNYX_API_KEY),
            404,
        )
        .await,
        "10005",
    );
    let response = env
        .telnyx(Method::PUT, "ip_connections")
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 405);
    assert_eq!(
        response
            .headers()
            .get("allow")
            .and_then(|v| v.to_str().ok()),
        Some("GET, POST")
    );
}

#[tokio::test]
async fn credential_connection_lifecycle() {
    let env = start().await;
    let profile = profile(&env).await;
    let created = data(
        env.telnyx(Method::POST, "credential_connections")
            .json(&json!({
                "connection_name": "office pbx",
                "user_name": "officepbx01",
                "password": "correct horse battery",
                "outbound": {"outbound_voice_profile_id": profile, "channel_limit": 4},
            })),
        201,
    )
    .await;
    assert!(is_numeric_id(&created["id"]), "{created}");
    let id = s(&created, "id");
    assert_eq!(created["record_type"], "credential_connection");
    assert_eq!(
        created["password"], "correct horse battery",
        "returned in clear"
    );
    assert_eq!(created["active"], true);
    assert_eq!(created["anchorsite_override"], "Latency");
    assert_eq!(created["encrypted_media"], Value::Null);
    assert_eq!(created["webhook_api_version"], "1");
    assert_eq!(created["default_on_hold_comfort_noise_enabled"], false);
    assert_eq!(
        created["inbound"]["codecs"].as_array().map(Vec::len),
        Some(6)
    );
    assert_eq!(created["outbound"]["channel_limit"], 4);
    assert_eq!(created["outbound"]["t38_reinvite_source"], "telnyx");
    assert_eq!(created["rtcp_settings"]["report_frequency_seconds"], 5);
    assert!(created.get("transport_protocol").is_none(), "{created}");
    assert_eq!(created["created_at"], created["updated_at"]);
    assert!(
        created["created_at"]
            .as_str()
            .is_some_and(|t| t.len() == 24 && t.ends_with('Z')),
        "{created}"
    );

    let got = data(
        env.telnyx(Method::GET, &format!("credential_connections/{id}")),
        200,
    )
    .await;
    assert_eq!(got, created);
    let any = data(env.telnyx(Method::GET, &format!("connections/{id}")), 200).await;
    assert_eq!(any["record_type"], "credential_connection");
    assert_eq!(any["outbound_voice_profile_id"], profile);
    assert!(any.get("password").is_none(), "{any}");
    for other in ["ip_connections", "fqdn_connections"] {
        assert_telnyx_error(
            &expect(env.telnyx(Method::GET, &format!("{other}/{id}")), 404).await,
            "10005",
        );
    }

    // A PATCH changes what it sends and nothing else.
    let updated = data(
        env.telnyx(Method::PATCH, &format!("credential_connections/{id}"))
            .json(&json!({"password": "another long secret", "active": false, "inbound": {"channel_limit": 2}})),
        200,
    )
    .await;
    assert_eq!(updated["password"], "another long secret");
    assert_eq!(updated["active"], false);
    assert_eq!(updated["inbound"]["channel_limit"], 2);
    assert_eq!(updated["user_name"], "officepbx01");
    assert_eq!(updated["outbound"]["channel_limit"], 4);
    assert_eq!(updated["created_at"], created["created_at"]);
    // null clears a nullable field.
    let cleared = data(
        env.telnyx(Method::PATCH, &format!("credential_connections/{id}"))
            .json(&json!({"inbound": {"channel_limit": null}, "outbound": {"outbound_voice_profile_id": null}})),
        200,
    )
    .await;
    assert_eq!(cleared["inbound"]["channel_limit"], Value::Null);
    assert_eq!(
        cleared["outbound"]["outbound_voice_profile_id"],
        Value::Null
    );

    let list = expect(env.telnyx(Method::GET, "credential_connections"), 200).await;
    assert_eq!(list["data"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        list["meta"],
        json!({"page_number": 1, "page_size": 250, "total_pages": 1, "total_results": 1})
    );

    let deleted = data(
        env.telnyx(Method::DELETE, &format!("credential_connections/{id}")),
        200,
    )
    .await;
    assert_eq!(deleted["id"], id.as_str());
    assert_eq!(deleted["user_name"], "officepbx01");
    assert_telnyx_error(
        &expect(
            env.telnyx(Method::GET, &format!("credential_connections/{id}")),
            404,
        )
        .await,
        "10005",
    );
    assert_telnyx_error(
        &expect(
            env.telnyx(Method::DELETE, &format!("credential_connections/{id}")),
            404,
        )
        .await,
        "10005",
    );
    // The user name is free again.
    expect(
        env.telnyx(Method::POST, "credential_connections")
            .json(&json!({
                "connection_name": "again", "user_name": "officepbx01", "password": "12345678",
            })),
        201,
    )
    .await;
    assert_eq!(env.emu.telnyx().connection_count(), 1);
}

#[tokio::test]
async fn credential_connection_rules() {
    let env = start().await;
    let create = |body: Value| {
        env.telnyx(Method::POST, "credential_connections")
            .json(&body)
    };
    let valid = json!({"connection_name": "c", "user_name": "user1", "password": "12345678"});
    for missing in ["connection_name", "user_name", "password"] {
        let mut body = valid.clone();
        body.as_object_mut().expect("object").remove(missing);
        refused(create(body), "10004", &format!("/{missing}")).await;
    }
    for bad_user in ["abc", "12345abc", "user name", "user_name", &"u".repeat(33)] {
        let mut body = valid.clone();
        body["user_name"] = json!(bad_user);
        refused(create(body), "10015", "/user_name").await;
    }
    for bad_password in ["1234567", &"p".repeat(129)] {
        let mut body = valid.clone();
        body["password"] = json!(bad_password);
        refused(create(body), "10015", "/password").await;
    }
    // Enum values, as in Telnyx's own 422 example.
    let mut body = valid.clone();
    body["inbound"] = json!({"dnis_number_format": "test"});
    let err = refused(create(body), "10015", "/inbound/dnis_number_format").await;
    assert!(
        err["errors"][0]["detail"]
            .as_str()
            .is_some_and(|d| d.contains("+e164, e164, national, sip_username")),
        "{err}"
    );
    let mut body = valid.clone();
    body["inbound"] = json!({"codecs": "G722"});
    refused(create(body), "10015", "/inbound/codecs").await;
    let mut body = valid.clone();
    body["outbound"] = json!({"outbound_voice_profile_id": "1293384261075731499"});
    refused(create(body), "10015", "/outbound/outbound_voice_profile_id").await;
    let mut body = valid.clone();
    body["webhook_api_version"] = json!("texml");
    refused(create(body.clone()), "10015", "/webhook_api_version").await;
    body["outbound"] = json!({"call_parking_enabled": true});
    expect(create(body), 201).await;
    assert_eq!(
        env.emu.telnyx().connection_count(),
        1,
        "only the valid one exists"
    );

    // user_name is unique on the account, also on update; keeping one's own is fine.
    let mut second = valid.clone();
    second["user_name"] = json!("user1");
    refused(create(second.clone()), "10015", "/user_name").await;
    second["user_name"] = json!("user2");
    let id = s(&data(create(second), 201).await, "id");
    let path = format!("credential_connections/{id}");
    refused(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"user_name": "user1"})),
        "10015",
        "/user_name",
    )
    .await;
    expect(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"user_name": "user2"})),
        200,
    )
    .await;
    // A refused update changes nothing.
    refused(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"active": false, "password": "short"})),
        "10015",
        "/password",
    )
    .await;
    assert_eq!(
        data(env.telnyx(Method::GET, &path), 200).await["active"],
        true
    );
    // Malformed bodies are 400s.
    let response = env
        .telnyx(Method::POST, "credential_connections")
        .header("Content-Type", "application/json")
        .body("{")
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("json");
    assert_telnyx_error(&body, "10015");
    assert_eq!(body["errors"][0]["source"]["pointer"], "/");
}

#[tokio::test]
async fn ip_connection_ips_and_target_slots() {
    let env = start().await;
    let created = data(
        env.telnyx(Method::POST, "ip_connections").json(&json!({})),
        201,
    )
    .await;
    assert_eq!(created["record_type"], "ip_connection");
    assert_eq!(
        created["connection_name"],
        Value::Null,
        "nothing is required"
    );
    assert_eq!(created["transport_protocol"], "UDP");
    assert_eq!(
        created["outbound"]["ip_authentication_method"],
        "tech-prefixp-charge-info"
    );
    assert_eq!(created["outbound"]["localization"], Value::Null);
    assert_eq!(created["rtcp_settings"]["report_frequency_secs"], 5);
    assert!(
        created["inbound"].get("default_primary_ip_id").is_none(),
        "unset slots are omitted"
    );
    let conn = s(&created, "id");
    let other = ip_connection(&env, "other").await;

    let first = data(
        env.telnyx(Method::POST, "ips")
            .json(&json!({"connection_id": conn, "ip_address": "198.51.100.10"})),
        201,
    )
    .await;
    let first_id = s(&first, "id");
    assert_eq!(first_id.len(), 36, "IPs have UUIDs: {first_id}");
    assert_eq!(first["port"], 5060);
    assert_eq!(first["record_type"], "ip");
    let second_id = ip(&env, &conn, "198.51.100.11").await;
    let foreign = ip(&env, &other, "198.51.100.12").await;

    // Same address and port on one connection: refused; another port is fine.
    refused(
        env.telnyx(Method::POST, "ips")
            .json(&json!({"connection_id": conn, "ip_address": "198.51.100.10"})),
        "10015",
        "/ip_address",
    )
    .await;
    expect(
        env.telnyx(Method::POST, "ips")
            .json(&json!({"connection_id": conn, "ip_address": "198.51.100.10", "port": 5080})),
        201,
    )
    .await;
    for (body, pointer) in [
        (
            json!({"connection_id": conn, "ip_address": "10.0.0.0/24"}),
            "/ip_address",
        ),
        (
            json!({"connection_id": conn, "ip_address": "sbc.example.com"}),
            "/ip_address",
        ),
        (
            json!({"connection_id": conn, "ip_address": "10.0.0.1", "port": 70000}),
            "/port",
        ),
        (
            json!({"connection_id": "1", "ip_address": "10.0.0.1"}),
            "/connection_id",
        ),
    ] {
        refused(
            env.telnyx(Method::POST, "ips").json(&body),
            "10015",
            pointer,
        )
        .await;
    }
    refused(
        env.telnyx(Method::POST, "ips").json(&json!({})),
        "10004",
        "/ip_address",
    )
    .await;
    // ip_address is required even in the PATCH.
    refused(
        env.telnyx(Method::PATCH, &format!("ips/{second_id}"))
            .json(&json!({"port": 5070})),
        "10004",
        "/ip_address",
    )
    .await;
    let patched = data(
        env.telnyx(Method::PATCH, &format!("ips/{second_id}"))
            .json(&json!({"ip_address": "198.51.100.11", "port": 5070})),
        200,
    )
    .await;
    assert_eq!(patched["port"], 5070);
    assert_eq!(patched["connection_id"], conn.as_str());

    let ips = expect(
        env.telnyx(Method::GET, &format!("ips?filter[connection_id]={conn}")),
        200,
    )
    .await;
    assert_eq!(ips["data"].as_array().map(Vec::len), Some(3));
    assert!(
        ips.get("meta").is_none(),
        "Telnyx documents /ips without meta: {ips}"
    );

    // Slots take this connection's IPs only.
    let path = format!("ip_connections/{conn}");
    refused(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"inbound": {"default_primary_ip_id": foreign}})),
        "10015",
        "/inbound/default_primary_ip_id",
    )
    .await;
    refused(
        env.telnyx(Method::POST, "ip_connections")
            .json(&json!({"inbound": {"default_primary_ip_id": first_id}})),
        "10015",
        "/inbound/default_primary_ip_id",
    )
    .await;
    let slotted = data(
        env.telnyx(Method::PATCH, &path).json(&json!({"inbound": {
            "default_primary_ip_id": first_id, "default_secondary_ip_id": second_id,
        }})),
        200,
    )
    .await;
    assert_eq!(
        slotted["inbound"]["default_primary_ip_id"],
        first_id.as_str()
    );
    assert_eq!(
        slotted["inbound"]["default_secondary_ip_id"],
        second_id.as_str()
    );
    assert!(slotted["inbound"].get("default_tertiary_ip_id").is_none());
    // Deleting an IP clears its slot; null clears one too.
    let deleted = data(env.telnyx(Method::DELETE, &format!("ips/{first_id}")), 200).await;
    assert_eq!(deleted["id"], first_id.as_str());
    let after = data(env.telnyx(Method::GET, &path), 200).await;
    assert!(
        after["inbound"].get("default_primary_ip_id").is_none(),
        "{after}"
    );
    let after = data(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"inbound": {"default_secondary_ip_id": null}})),
        200,
    )
    .await;
    assert!(
        after["inbound"].get("default_secondary_ip_id").is_none(),
        "{after}"
    );

    // Token, tech prefix and transport rules.
    for (outbound, pointer) in [
        (
            json!({"ip_authentication_method": "token"}),
            "/outbound/ip_authentication_token",
        ),
        (
            json!({"ip_authentication_method": "token", "ip_authentication_token": "short"}),
            "/outbound/ip_authentication_token",
        ),
        (json!({"tech_prefix": "12a4"}), "/outbound/tech_prefix"),
        (
            json!({"ip_authentication_method": "ip-authentication"}),
            "/outbound/ip_authentication_method",
        ),
    ] {
        refused(
            env.telnyx(Method::PATCH, &path)
                .json(&json!({"outbound": outbound})),
            "10015",
            pointer,
        )
        .await;
    }
    let token = "a-token-of-24-characters";
    let with_token = data(
        env.telnyx(Method::PATCH, &path).json(&json!({"outbound": {
            "ip_authentication_method": "token", "ip_authentication_token": token, "tech_prefix": "0123",
        }})),
        200,
    )
    .await;
    assert_eq!(with_token["outbound"]["ip_authentication_token"], token);
    refused(
        env.telnyx(Method::PATCH, &format!("ip_connections/{other}"))
            .json(&json!({"outbound": {
                "ip_authentication_method": "token", "ip_authentication_token": token,
            }})),
        "10015",
        "/outbound/ip_authentication_token",
    )
    .await;
    refused(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"transport_protocol": "TLS", "encrypted_media": "SRTP"})),
        "10015",
        "/encrypted_media",
    )
    .await;
    let tls = data(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"transport_protocol": "TLS"})),
        200,
    )
    .await;
    assert_eq!(tls["encrypted_media"], Value::Null);

    // Deleting the connection deletes its IPs.
    expect(env.telnyx(Method::DELETE, &path), 200).await;
    let ips = expect(env.telnyx(Method::GET, "ips"), 200).await;
    let left: Vec<&str> = ips["data"]
        .as_array()
        .expect("data")
        .iter()
        .filter_map(|ip| ip["connection_id"].as_str())
        .collect();
    assert_eq!(left, [other.as_str()]);
}

#[tokio::test]
async fn fqdn_connection_fqdns_and_credential_authentication() {
    let env = start().await;
    refused(
        env.telnyx(Method::POST, "fqdn_connections")
            .json(&json!({})),
        "10004",
        "/connection_name",
    )
    .await;
    let conn = fqdn_connection(&env, "sbc").await;
    let ip_conn = ip_connection(&env, "ip").await;
    let a = data(
        env.telnyx(Method::POST, "fqdns").json(&json!({
            "connection_id": conn, "fqdn": "sbc1.example.com", "dns_record_type": "a",
        })),
        201,
    )
    .await;
    assert!(is_numeric_id(&a["id"]));
    assert_eq!(a["port"], 5060, "an `a` record without a port gets 5060");
    let srv = data(
        env.telnyx(Method::POST, "fqdns").json(&json!({
            "connection_id": conn, "fqdn": "example.com", "dns_record_type": "srv", "port": null,
        })),
        201,
    )
    .await;
    assert_eq!(srv["port"], Value::Null);
    for (body, code, pointer) in [
        (
            json!({"connection_id": conn, "fqdn": "example.com", "dns_record_type": "srv", "port": 5060}),
            "10015",
            "/port",
        ),
        (
            json!({"connection_id": conn, "fqdn": "not a host", "dns_record_type": "a"}),
            "10015",
            "/fqdn",
        ),
        (
            json!({"connection_id": conn, "fqdn": "example.com", "dns_record_type": "cname"}),
            "10015",
            "/dns_record_type",
        ),
        (
            json!({"connection_id": ip_conn, "fqdn": "example.com", "dns_record_type": "a"}),
            "10015",
            "/connection_id",
        ),
        (
            json!({"connection_id": conn, "fqdn": "example.com"}),
            "10004",
            "/dns_record_type",
        ),
        (
            json!({"fqdn": "example.com", "dns_record_type": "a"}),
            "10004",
            "/connection_id",
        ),
    ] {
        refused(env.telnyx(Method::POST, "fqdns").json(&body), code, pointer).await;
    }
    let a_id = s(&a, "id");
    let updated = data(
        env.telnyx(Method::PATCH, &format!("fqdns/{a_id}"))
            .json(&json!({"port": 5080})),
        200,
    )
    .await;
    assert_eq!(updated["port"], 5080);
    assert_eq!(updated["fqdn"], "sbc1.example.com");
    let listed = expect(
        env.telnyx(
            Method::GET,
            &format!("fqdns?filter[connection_id]={conn}&filter[dns_record_type]=srv"),
        ),
        200,
    )
    .await;
    assert_eq!(listed["data"].as_array().map(Vec::len), Some(1));
    assert_eq!(listed["meta"]["total_results"], 1);
    // The connection filter `filter[fqdn]` finds the connection by one of its FQDNs.
    let by_fqdn = expect(
        env.telnyx(
            Method::GET,
            "fqdn_connections?filter[fqdn]=sbc1.example.com",
        ),
        200,
    )
    .await;
    assert_eq!(by_fqdn["data"][0]["id"], conn.as_str());

    let path = format!("fqdn_connections/{conn}");
    let slotted = data(
        env.telnyx(Method::PATCH, &path).json(
            &json!({"inbound": {"default_primary_fqdn_id": a_id, "default_routing_method": null}}),
        ),
        200,
    )
    .await;
    assert_eq!(slotted["inbound"]["default_primary_fqdn_id"], a_id.as_str());
    assert_eq!(slotted["inbound"]["default_routing_method"], Value::Null);
    assert!(slotted.get("user_name").is_none(), "{slotted}");
    assert_eq!(slotted["outbound"]["instant_ringback_enabled"], false);

    // credential-authentication shows a generated user name and password.
    let credentials = data(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"outbound": {"ip_authentication_method": "credential-authentication"}})),
        200,
    )
    .await;
    assert!(credentials["user_name"].is_string(), "{credentials}");
    assert!(
        credentials["password"]
            .as_str()
            .is_some_and(|p| p.len() == 20),
        "{credentials}"
    );
    let again = data(env.telnyx(Method::GET, &path), 200).await;
    assert_eq!(again["password"], credentials["password"], "stable");
    let back = data(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"outbound": {"ip_authentication_method": "ip-authentication"}})),
        200,
    )
    .await;
    assert!(back.get("password").is_none(), "{back}");
    refused(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"outbound": {"ip_authentication_method": "token"}})),
        "10015",
        "/outbound/ip_authentication_method",
    )
    .await;

    expect(env.telnyx(Method::DELETE, &path), 200).await;
    let fqdns = expect(env.telnyx(Method::GET, "fqdns"), 200).await;
    assert_eq!(
        fqdns["data"],
        json!([]),
        "the connection's FQDNs went with it"
    );
}

#[tokio::test]
async fn outbound_voice_profiles_and_their_connections() {
    let env = start().await;
    let created = data(
        env.telnyx(Method::POST, "outbound_voice_profiles")
            .json(&json!({
                "name": "office", "concurrent_call_limit": 10, "max_destination_rate": 10,
                "daily_spend_limit": "100.00", "whitelisted_destinations": ["US", "BR"],
                "call_recording": {"call_recording_type": "all", "call_recording_format": "mp3"},
            })),
        200,
    )
    .await;
    let id = s(&created, "id");
    assert!(is_numeric_id(&created["id"]));
    assert_eq!(created["record_type"], "outbound_voice_profile");
    assert_eq!(created["enabled"], true);
    assert_eq!(
        created["max_destination_rate"], 10,
        "kept an integer as sent"
    );
    assert_eq!(created["traffic_type"], "conversational");
    assert_eq!(created["call_recording"]["call_recording_format"], "mp3");
    assert_eq!(
        created["call_recording"]["call_recording_channels"],
        "single"
    );
    assert_eq!(created["connections_count"], 0);
    for (body, code, pointer) in [
        (json!({"name": "ab"}), "10015", "/name"),
        (json!({}), "10004", "/name"),
        (
            json!({"name": "abc", "whitelisted_destinations": ["usa"]}),
            "10015",
            "/whitelisted_destinations",
        ),
        (
            json!({"name": "abc", "traffic_type": "short_duration"}),
            "10015",
            "/traffic_type",
        ),
        (
            json!({"name": "abc", "daily_spend_limit": "lots"}),
            "10015",
            "/daily_spend_limit",
        ),
        (
            json!({"name": "abc", "call_recording": {"call_recording_caller_phone_numbers": ["555"]}}),
            "10015",
            "/call_recording/call_recording_caller_phone_numbers",
        ),
    ] {
        refused(
            env.telnyx(Method::POST, "outbound_voice_profiles")
                .json(&body),
            code,
            pointer,
        )
        .await;
    }
    // `name` is required in the PATCH too.
    let path = format!("outbound_voice_profiles/{id}");
    refused(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"enabled": false})),
        "10004",
        "/name",
    )
    .await;
    let updated = data(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"name": "office", "enabled": false, "concurrent_call_limit": null})),
        200,
    )
    .await;
    assert_eq!(updated["enabled"], false);
    assert_eq!(updated["concurrent_call_limit"], Value::Null);
    assert_eq!(updated["whitelisted_destinations"], json!(["US", "BR"]));

    let conn = s(
        &data(
            env.telnyx(Method::POST, "ip_connections")
                .json(&json!({"outbound": {"outbound_voice_profile_id": id}})),
            201,
        )
        .await,
        "id",
    );
    assert_eq!(
        data(env.telnyx(Method::GET, &path), 200).await["connections_count"],
        1
    );
    let by_profile = expect(
        env.telnyx(
            Method::GET,
            &format!("connections?filter[outbound_voice_profile_id]={id}"),
        ),
        200,
    )
    .await;
    assert_eq!(by_profile["data"][0]["id"], conn.as_str());

    let second = profile(&env).await;
    let named = expect(
        env.telnyx(
            Method::GET,
            "outbound_voice_profiles?filter[name][contains]=OFF&sort=-created_at",
        ),
        200,
    )
    .await;
    let ids: Vec<&str> = named["data"]
        .as_array()
        .expect("data")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert_eq!(ids, [second.as_str(), id.as_str()]);
    assert_eq!(
        named["meta"]["page_size"], 20,
        "profiles page 20 by default"
    );

    let deleted = data(env.telnyx(Method::DELETE, &path), 200).await;
    assert_eq!(deleted["connections_count"], 1);
    let orphan = data(
        env.telnyx(Method::GET, &format!("ip_connections/{conn}")),
        200,
    )
    .await;
    assert_eq!(orphan["outbound"]["outbound_voice_profile_id"], Value::Null);
    assert_telnyx_error(&expect(env.telnyx(Method::GET, &path), 404).await, "10005");
}

#[tokio::test]
async fn phone_numbers_are_assigned_to_connections() {
    let env = start().await;
    let numbers = env.emu.telnyx().phone_numbers();
    assert_eq!(numbers.len(), 5);
    assert_eq!(numbers[0].id, "1000000000000000001");
    assert_eq!(numbers[0].phone_number, DEFAULT_TELNYX_PHONE_NUMBERS[0]);
    let list = expect(env.telnyx(Method::GET, "phone_numbers"), 200).await;
    assert_eq!(list["meta"]["total_results"], 5);
    assert_eq!(list["data"][0]["status"], "active");
    assert_eq!(list["data"][0]["country_iso_alpha2"], "US");

    // Find a number by its digits; non-digits match nothing; fewer than three is a 400.
    let found = expect(
        env.telnyx(
            Method::GET,
            "phone_numbers?filter[phone_number]=13125550102",
        ),
        200,
    )
    .await;
    assert_eq!(found["data"].as_array().map(Vec::len), Some(1));
    let id = s(&found["data"][0], "id");
    let none = expect(
        env.telnyx(
            Method::GET,
            "phone_numbers?filter[phone_number]=%2B13125550102",
        ),
        200,
    )
    .await;
    assert_eq!(none["data"], json!([]));
    let body = expect(
        env.telnyx(Method::GET, "phone_numbers?filter[phone_number]=13"),
        400,
    )
    .await;
    assert_eq!(
        body["errors"][0]["source"]["parameter"],
        "filter[phone_number]"
    );

    let conn = ip_connection(&env, "main pbx").await;
    let path = format!("phone_numbers/{id}");
    refused(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"connection_id": "1234"})),
        "10015",
        "/connection_id",
    )
    .await;
    let assigned = data(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"connection_id": conn, "tags": ["a"], "external_pin": "1234"})),
        200,
    )
    .await;
    assert_eq!(assigned["connection_id"], conn.as_str());
    assert_eq!(assigned["connection_name"], "main pbx");
    assert_eq!(assigned["tags"], json!(["a"]));
    let of_conn = expect(
        env.telnyx(
            Method::GET,
            &format!("phone_numbers?filter[connection_id]={conn}"),
        ),
        200,
    )
    .await;
    assert_eq!(of_conn["data"].as_array().map(Vec::len), Some(1));
    let by_name = expect(
        env.telnyx(
            Method::GET,
            "phone_numbers?filter[voice.connection_name][contains]=MAIN",
        ),
        200,
    )
    .await;
    assert_eq!(by_name["data"][0]["id"], id.as_str());
    let sorted = expect(
        env.telnyx(Method::GET, "phone_numbers?sort=-connection_name"),
        200,
    )
    .await;
    assert_eq!(
        sorted["data"][0]["id"],
        id.as_str(),
        "the one named number first"
    );
    assert_eq!(sorted["data"][4]["connection_name"], Value::Null);
    let voice = data(env.telnyx(Method::GET, &format!("{path}/voice")), 200).await;
    assert_eq!(voice["record_type"], "voice_settings");
    assert_eq!(voice["connection_id"], conn.as_str());
    let voice = data(
        env.telnyx(Method::PATCH, &format!("{path}/voice"))
            .json(&json!({
                "translated_number": "+13125559999",
                "call_forwarding": {"forwards_to": "+13125550000", "forwarding_type": "on-failure"},
                "media_features": {"t38_fax_gateway_enabled": true},
            })),
        200,
    )
    .await;
    assert_eq!(voice["call_forwarding"]["forwarding_type"], "on-failure");
    assert_eq!(voice["media_features"]["t38_fax_gateway_enabled"], true);
    refused(
        env.telnyx(Method::PATCH, &format!("{path}/voice"))
            .json(&json!({"call_forwarding": {"forwards_to": "555"}})),
        "10015",
        "/call_forwarding/forwards_to",
    )
    .await;
    assert_eq!(
        data(env.telnyx(Method::GET, &path), 200).await["t38_fax_gateway_enabled"],
        true
    );

    // null unassigns; deleting the connection unassigns too.
    let unassigned = data(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"connection_id": null})),
        200,
    )
    .await;
    assert_eq!(unassigned["connection_id"], Value::Null);
    assert_eq!(unassigned["connection_name"], Value::Null);
    expect(
        env.telnyx(Method::PATCH, &path)
            .json(&json!({"connection_id": conn})),
        200,
    )
    .await;
    expect(
        env.telnyx(Method::DELETE, &format!("ip_connections/{conn}")),
        200,
    )
    .await;
    assert_eq!(
        data(env.telnyx(Method::GET, &path), 200).await["connection_id"],
        Value::Null
    );

    // Numbers added through the handle; invalid ones are refused; a release deletes.
    let added = env
        .emu
        .telnyx()
        .add_phone_number("+442071234567")
        .expect("valid");
    assert_eq!(
        env.emu
            .telnyx()
            .add_phone_number("+442071234567")
            .expect("valid"),
        added
    );
    assert!(env.emu.telnyx().add_phone_number("02071234567").is_err());
    let mut custom = TelnyxPhoneNumber::new("+61291234567");
    custom.messaging_profile_id = Some("mp".into());
    let custom_id = env
        .emu
        .telnyx()
        .seed_phone_numbers([custom])
        .expect("valid")
        .remove(0);
    let custom = data(
        env.telnyx(Method::GET, &format!("phone_numbers/{custom_id}")),
        200,
    )
    .await;
    assert_eq!(custom["messaging_profile_id"], "mp");
    assert_eq!(custom["country_iso_alpha2"], "AU");
    let released = data(
        env.telnyx(Method::DELETE, &format!("phone_numbers/{added}")),
        200,
    )
    .await;
    assert_eq!(released["status"], "deleted");
    assert!(released.get("country_iso_alpha2").is_none(), "{released}");
    assert_telnyx_error(
        &expect(
            env.telnyx(Method::GET, &format!("phone_numbers/{added}")),
            404,
        )
        .await,
        "10005",
    );
    env.emu.telnyx().reset();
    let after = env.emu.telnyx().phone_numbers();
    assert_eq!(after.len(), 5, "reset restores the configured numbers");
    assert!(after.iter().all(|n| n.connection_id.is_none()));
}

#[tokio::test]
async fn lists_page_by_number_and_size() {
    let env = start().await;
    let ids = env.emu.telnyx().seed_trunks(7);
    let cred = s(
        &data(
            env.telnyx(Method::POST, "credential_connections")
                .json(&json!({
                    "connection_name": "zeta", "user_name": "zeta1", "password": "12345678",
                })),
            201,
        )
        .await,
        "id",
    );
    let mut seen = Vec::new();
    for number in 1..=4 {
        let page = expect(
            env.telnyx(
                Method::GET,
                &format!("ip_connections?page[number]={number}&page[size]=3"),
            ),
            200,
        )
        .await;
        assert_eq!(
            page["meta"],
            json!({"page_number": number, "page_size": 3, "total_pages": 3, "total_results": 7})
        );
        let items = page["data"].as_array().expect("data");
        assert_eq!(items.len(), [3, 3, 1, 0][number - 1]);
        seen.extend(
            items
                .iter()
                .filter_map(|c| c["id"].as_str().map(str::to_owned)),
        );
    }
    assert_eq!(seen, ids, "every connection once, in creation order");
    // Percent-encoded brackets, as progenitor sends them.
    let encoded = expect(
        env.telnyx(
            Method::GET,
            "ip_connections?page%5Bnumber%5D=2&page%5Bsize%5D=5",
        ),
        200,
    )
    .await;
    assert_eq!(encoded["data"].as_array().map(Vec::len), Some(2));
    for query in [
        "page[size]=0",
        "page[size]=251",
        "page[number]=0",
        "page[size]=abc",
    ] {
        let body = expect(
            env.telnyx(Method::GET, &format!("ip_connections?{query}")),
            400,
        )
        .await;
        assert_telnyx_error(&body, "10015");
        let parameter = query.split('=').next().expect("key");
        assert_eq!(
            body["errors"][0]["source"]["parameter"], parameter,
            "{body}"
        );
    }
    // /connections has every type; sorting and filtering work across them.
    let all = expect(
        env.telnyx(Method::GET, "connections?sort=-connection_name"),
        200,
    )
    .await;
    assert_eq!(all["meta"]["total_results"], 8);
    assert_eq!(all["data"][0]["id"], cred.as_str());
    assert_eq!(all["data"][0]["record_type"], "credential_connection");
    let named = expect(
        env.telnyx(
            Method::GET,
            "connections?filter[connection_name][contains]=TRUNK-6",
        ),
        200,
    )
    .await;
    assert_eq!(named["data"][0]["id"], ids[6].as_str());
    assert_eq!(named["meta"]["total_results"], 1);
    let body = expect(
        env.telnyx(
            Method::GET,
            "connections?filter[connection_name][contains]=ab",
        ),
        400,
    )
    .await;
    assert_eq!(
        body["errors"][0]["source"]["parameter"],
        "filter[connection_name][contains]"
    );
    let body = expect(env.telnyx(Method::GET, "connections?sort=password"), 400).await;
    assert_eq!(body["errors"][0]["source"]["parameter"], "sort");
}

#[tokio::test]
async fn detail_records_search() {
    let env = start().await;
    let ids = env.emu.telnyx().seed_generated_detail_records(60, 4);
    assert_eq!(ids.len(), 60);
    assert_eq!(env.emu.telnyx().detail_record_count(), 60);
    let body = expect(env.telnyx(Method::GET, "detail_records"), 400).await;
    assert_eq!(
        body["errors"][0]["source"]["parameter"],
        "filter[record_type]"
    );
    let body = expect(
        env.telnyx(Method::GET, "detail_records?filter[record_type]=calls"),
        400,
    )
    .await;
    assert_telnyx_error(&body, "10015");
    let empty = expect(
        env.telnyx(Method::GET, "detail_records?filter[record_type]=messaging"),
        200,
    )
    .await;
    assert_eq!(empty["data"], json!([]));
    assert_eq!(empty["meta"]["total_results"], 0);

    let first = expect(
        env.telnyx(
            Method::GET,
            "detail_records?filter[record_type]=sip-trunking",
        ),
        200,
    )
    .await;
    assert_eq!(first["meta"]["page_size"], 20);
    assert_eq!(first["meta"]["total_results"], 60);
    let started: Vec<&str> = first["data"]
        .as_array()
        .expect("data")
        .iter()
        .filter_map(|r| r["started_at"].as_str())
        .collect();
    assert!(
        started.windows(2).all(|w| w[0] >= w[1]),
        "newest first by default"
    );
    expect(
        env.telnyx(
            Method::GET,
            "detail_records?filter[record_type]=sip-trunking&page[size]=51",
        ),
        400,
    )
    .await;
    let full = expect(
        env.telnyx(Method::GET, "detail_records?filter[record_type]=sip-trunking&page[size]=50&page[number]=2&sort=created_at"),
        200,
    )
    .await;
    assert_eq!(full["data"].as_array().map(Vec::len), Some(10));

    let inbound = expect(
        env.telnyx(Method::GET, "detail_records?filter[record_type]=sip-trunking&filter[direction]=inbound&page[size]=50"),
        200,
    )
    .await;
    let count = inbound["meta"]["total_results"].as_u64().expect("count");
    assert!(count > 0 && count < 60, "{count}");
    assert!(
        inbound["data"]
            .as_array()
            .expect("data")
            .iter()
            .all(|r| r["direction"] == "inbound")
    );

    let mut mine = TelnyxDetailRecord::generate(1, 99).remove(0);
    mine.connection_id = Some("1293384261075731499".into());
    mine.started_at = chrono::DateTime::parse_from_rfc3339("2021-06-22T10:00:00Z")
        .expect("time")
        .with_timezone(&chrono::Utc);
    env.emu.telnyx().seed_detail_records([mine.clone()]);
    let windowed = expect(
        env.telnyx(Method::GET, "detail_records?filter[record_type]=sip-trunking&filter[created_at][gte]=2021-06-22&filter[created_at][lt]=2021-06-23"),
        200,
    )
    .await;
    assert_eq!(windowed["data"].as_array().map(Vec::len), Some(1));
    assert_eq!(windowed["data"][0]["id"], mine.id.as_str());
    assert_eq!(
        windowed["data"][0]["started_at"],
        "2021-06-22T10:00:00.000Z"
    );
    let by_connection = expect(
        env.telnyx(Method::GET, "detail_records?filter[record_type]=sip-trunking&filter[connection_id]=1293384261075731499"),
        200,
    )
    .await;
    assert_eq!(by_connection["meta"]["total_results"], 1);
    let recent = expect(
        env.telnyx(Method::GET, "detail_records?filter[record_type]=sip-trunking&filter[date_range]=last_8_days&page[size]=50"),
        200,
    )
    .await;
    assert_eq!(
        recent["meta"]["total_results"], 60,
        "the generated records are within 7 days"
    );
    expect(
        env.telnyx(
            Method::GET,
            "detail_records?filter[record_type]=sip-trunking&filter[date_range]=someday",
        ),
        400,
    )
    .await;
}

#[tokio::test]
async fn faults_before_commit_request_log_and_reset() {
    let env = start().await;
    let origin = env.emu.telnyx_url().to_owned();
    env.emu
        .telnyx()
        .inject(
            Fault::error(503)
                .retry_after("2")
                .for_method("POST")
                .for_path_prefix("/v2/ip_connections"),
        )
        .expect("valid");
    expect(env.telnyx(Method::GET, "ip_connections"), 200).await;
    let response = env
        .telnyx(Method::POST, "ip_connections")
        .json(&json!({"connection_name": "x"}))
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 503);
    assert_eq!(
        response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok()),
        Some("2")
    );
    let body: Value = response.json().await.expect("json");
    assert_telnyx_error(&body, "10007");
    assert_eq!(
        env.emu.telnyx().connection_count(),
        0,
        "a faulted create creates nothing"
    );
    ip_connection(&env, "x").await;
    assert_eq!(env.emu.telnyx().connection_count(), 1);

    // A 429 fault has the body of Telnyx's rate-limit page.
    let (status, _) = send(
        env.http
            .post(format!("{origin}/__emulator/faults"))
            .json(&json!({"status": 429, "retry_after": "1"})),
    )
    .await;
    assert_eq!(status, 201);
    let body = expect(env.telnyx(Method::GET, "connections"), 429).await;
    assert_eq!(body["errors"][0]["code"], "10011");
    assert_eq!(
        body["errors"][0].as_object().map(|o| o.len()),
        Some(3),
        "code, title, detail only: {body}"
    );

    // A dropped connection gets no response and changes nothing.
    env.emu
        .telnyx()
        .inject(Fault::disconnect().for_method("POST"))
        .expect("valid");
    assert!(
        client()
            .post(format!("{origin}/v2/ip_connections"))
            .bearer_auth(DEFAULT_TELNYX_API_KEY)
            .json(&json!({}))
            .send()
            .await
            .is_err()
    );
    assert_eq!(env.emu.telnyx().connection_count(), 1);

    let log = env.emu.telnyx().requests();
    assert_eq!(
        log.len(),
        5,
        "GET, faulted POST, POST, faulted GET, dropped POST"
    );
    assert_eq!(log[1].path, "/v2/ip_connections");
    assert_eq!(log[1].fault.as_ref().and_then(|f| f.status), Some(503));
    assert_eq!(log[1].status, Some(503));
    assert_eq!(log[2].status, Some(201));
    assert_eq!(log[3].status, Some(429));
    assert!(log[4].fault.as_ref().is_some_and(|f| f.drop_connection));
    assert_eq!(log[4].status, None, "no response was written");

    // Faults are per listener.
    env.emu.telnyx().inject(Fault::error(500)).expect("valid");
    expect(env.vobiz(Method::GET, "trunks"), 200).await;
    assert_eq!(env.emu.telnyx().faults().len(), 1);

    env.emu.telnyx().seed_generated_detail_records(3, 1);
    env.emu.telnyx().add_outbound_voice_profile("kept?");
    let (status, _) = send(env.http.post(format!("{origin}/__emulator/reset"))).await;
    assert_eq!(status, 204);
    assert_eq!(env.emu.telnyx().connection_count(), 0);
    assert_eq!(env.emu.telnyx().detail_record_count(), 0);
    assert!(env.emu.telnyx().faults().is_empty());
    assert!(env.emu.telnyx().requests().is_empty());
    let profiles = expect(env.telnyx(Method::GET, "outbound_voice_profiles"), 200).await;
    assert_eq!(profiles["data"], json!([]));
}

#[tokio::test]
async fn configured_key_numbers_and_port() {
    let env = start_with(
        EmulatorConfig::default()
            .with_telnyx_api_key("KEYcustom")
            .with_telnyx_phone_numbers(["+13125557000"]),
    )
    .await;
    // A fixed Telnyx port is bound as given: asking for one that is taken fails, naming the
    // Telnyx listener.
    let port: u16 = env
        .emu
        .telnyx_url()
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .expect("port");
    let err = trunkline_emulator::Emulator::start(EmulatorConfig::default().with_telnyx_port(port))
        .await
        .expect_err("the port is taken");
    assert!(
        matches!(
            err,
            trunkline_emulator::StartError::Bind { api: "telnyx", .. }
        ),
        "{err}"
    );
    assert_eq!(env.emu.telnyx().api_key(), "KEYcustom");
    expect(env.telnyx(Method::GET, "connections"), 401).await;
    let numbers = expect(
        env.http
            .get(format!("{}/v2/phone_numbers", env.emu.telnyx_url()))
            .bearer_auth("KEYcustom"),
        200,
    )
    .await;
    assert_eq!(numbers["data"][0]["phone_number"], "+13125557000");
    assert_eq!(numbers["meta"]["total_results"], 1);
    let id = env.emu.telnyx().add_outbound_voice_profile("billing");
    let got = expect(
        env.http
            .get(format!(
                "{}/v2/outbound_voice_profiles/{id}",
                env.emu.telnyx_url()
            ))
            .bearer_auth("KEYcustom"),
        200,
    )
    .await;
    assert_eq!(got["data"]["name"], "billing");
}
