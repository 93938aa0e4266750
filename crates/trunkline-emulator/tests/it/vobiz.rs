//! Vobiz over raw HTTP.

use reqwest::Method;
use serde_json::{Value, json};
use trunkline_emulator::{DEFAULT_VOBIZ_AUTH_ID, DEFAULT_VOBIZ_AUTH_TOKEN, VobizCdr};

use crate::common::{Env, assert_vobiz_error, expect, s, send, start};

async fn create_trunk(env: &Env, name: &str, kind: &str) -> Value {
    expect(
        env.vobiz(Method::POST, "trunks").json(&json!({
            "name": name, "trunk_type": kind, "max_concurrent_calls": 10
        })),
        201,
    )
    .await
}

async fn create_credential(env: &Env, username: &str) -> String {
    let body = expect(
        env.vobiz(Method::POST, "credentials")
            .json(&json!({"username": username, "password": "longenough1"})),
        201,
    )
    .await;
    s(&body, "id")
}

async fn create_uri(env: &Env, name: &str) -> String {
    let body = expect(
        env.vobiz(Method::POST, "origination-uris").json(
            &json!({"name": name, "sip_uri": "sip:sbc.example.com;transport=tls", "priority": 1}),
        ),
        201,
    )
    .await;
    assert_eq!(body["transport"], "tls");
    s(&body, "id")
}

#[tokio::test]
async fn trunk_lifecycle() {
    let env = start().await;
    let trunk = create_trunk(&env, "My SIP Trunk", "OUTBOUND").await;
    let id = s(&trunk, "trunk_id");
    assert_eq!(id.len(), 36, "UUID: {id}");
    assert_eq!(trunk["trunk_domain"], format!("{id}.sip.vobiz.ai"));
    assert_eq!(trunk["account_id"], DEFAULT_VOBIZ_AUTH_ID);
    assert_eq!(trunk["trunk_direction"], "outbound");
    assert_eq!(trunk["trunk_status"], "active");
    assert_eq!(trunk["concurrent_calls_limit"], 10);
    assert_eq!(trunk["cps_limit"], 2);
    assert_eq!(trunk["transport"], "udp");
    assert!(
        trunk.get("credential_uuid").is_none(),
        "unset fields are omitted"
    );
    assert!(s(&trunk, "created_at").ends_with('Z'));

    let fetched = expect(env.vobiz(Method::GET, &format!("trunks/{id}")), 200).await;
    assert_eq!(fetched, trunk);

    let missing_enabled = expect(
        env.vobiz(Method::PUT, &format!("trunks/{id}"))
            .json(&json!({"name": "x", "max_concurrent_calls": 5})),
        400,
    )
    .await;
    assert_vobiz_error(&missing_enabled, 400);
    let updated = expect(
        env.vobiz(Method::PUT, &format!("trunks/{id}")).json(
            &json!({"name": "Updated Production Trunk", "max_concurrent_calls": 20, "enabled": false}),
        ),
        200,
    )
    .await;
    assert_eq!(updated["name"], "Updated Production Trunk");
    assert_eq!(updated["concurrent_calls_limit"], 20);
    assert_eq!(updated["trunk_status"], "inactive");

    for (body, why) in [
        (
            json!({"trunk_type": "OUTBOUND", "max_concurrent_calls": 1}),
            "no name",
        ),
        (
            json!({"name": "x", "max_concurrent_calls": 1}),
            "no trunk_type",
        ),
        (
            json!({"name": "x", "trunk_type": "outbound", "max_concurrent_calls": 1}),
            "lowercase type",
        ),
        (
            json!({"name": "x", "trunk_type": "OUTBOUND"}),
            "no max_concurrent_calls",
        ),
        (
            json!({"name": "x", "trunk_type": "OUTBOUND", "max_concurrent_calls": -1}),
            "negative limit",
        ),
        (
            json!({"name": "x", "trunk_type": "OUTBOUND", "max_concurrent_calls": "10"}),
            "string limit",
        ),
        (
            json!({"name": "x".repeat(256), "trunk_type": "OUTBOUND", "max_concurrent_calls": 1}),
            "long name",
        ),
    ] {
        let (status, err) = send(env.vobiz(Method::POST, "trunks").json(&body)).await;
        assert_eq!(status, 400, "{why}: {err}");
        assert_vobiz_error(&err, 400);
    }
    assert_eq!(env.emu.vobiz().trunk_count(), 1);

    expect(env.vobiz(Method::DELETE, &format!("trunks/{id}")), 204).await;
    let gone = expect(env.vobiz(Method::GET, &format!("trunks/{id}")), 404).await;
    assert_vobiz_error(&gone, 404);
    expect(env.vobiz(Method::DELETE, &format!("trunks/{id}")), 404).await;
}

#[tokio::test]
async fn list_paging() {
    let env = start().await;
    let mut created = Vec::new();
    for i in 0..7 {
        let t = create_trunk(&env, &format!("t{i}"), "INBOUND").await;
        created.push(s(&t, "trunk_id"));
    }
    let mut seen = Vec::new();
    let mut offset = 0;
    loop {
        let page = expect(
            env.vobiz(Method::GET, &format!("trunks?limit=3&offset={offset}")),
            200,
        )
        .await;
        assert_eq!(
            page["meta"],
            json!({"limit": 3, "offset": offset, "total": 7})
        );
        let objects = page["objects"].as_array().expect("objects").clone();
        if objects.is_empty() {
            break;
        }
        seen.extend(objects.iter().map(|t| s(t, "trunk_id")));
        offset += 3;
    }
    assert_eq!(seen, created);
    let default = expect(env.vobiz(Method::GET, "trunks"), 200).await;
    assert_eq!(default["meta"]["limit"], 20);
    expect(env.vobiz(Method::GET, "trunks?limit=100"), 200).await;
    for bad in ["limit=101", "limit=0", "offset=-3", "limit=ten"] {
        let body = expect(env.vobiz(Method::GET, &format!("trunks?{bad}")), 400).await;
        assert_vobiz_error(&body, 400);
    }
    let seeded = env.emu.vobiz().seed_trunks(250);
    let page = expect(env.vobiz(Method::GET, "trunks?limit=100&offset=200"), 200).await;
    assert_eq!(page["meta"]["total"], 257);
    assert_eq!(page["objects"][0]["trunk_id"], seeded[193].as_str());
}

#[tokio::test]
async fn credentials_ip_acl_and_uris() {
    let env = start().await;
    let cred = create_credential(&env, "sipuser_demo").await;
    let list = expect(env.vobiz(Method::GET, "trunks/credentials"), 200).await;
    assert_eq!(list["meta"]["total"], 1);
    assert_eq!(list["objects"][0]["password"], "<redacted>");
    assert_eq!(
        list["objects"][0]["realm"],
        format!("{DEFAULT_VOBIZ_AUTH_ID}.sip.vobiz.ai")
    );
    let dup = expect(
        env.vobiz(Method::POST, "credentials")
            .json(&json!({"username": "sipuser_demo", "password": "longenough1"})),
        409,
    )
    .await;
    assert_eq!(
        dup,
        json!({"error": "Username already exists", "code": 409})
    );
    expect(
        env.vobiz(Method::POST, "credentials")
            .json(&json!({"username": "short", "password": "1234567"})),
        400,
    )
    .await;
    expect(
        env.vobiz(Method::POST, "credentials")
            .json(&json!({"username": "bad user!", "password": "12345678"})),
        400,
    )
    .await;
    let updated = expect(
        env.vobiz(Method::PUT, &format!("credentials/{cred}"))
            .json(&json!({"enabled": false, "password": "anotherlongone"})),
        200,
    )
    .await;
    assert_eq!(updated["enabled"], false);
    expect(
        env.vobiz(Method::PUT, &format!("credentials/{cred}"))
            .json(&json!({"password": "short"})),
        400,
    )
    .await;
    expect(env.vobiz(Method::GET, "credentials"), 405).await;

    let acl = expect(
        env.vobiz(Method::POST, "ip-acl")
            .json(&json!({"name": "FreePBX", "ip_address": "10.20.30.0/24"})),
        201,
    )
    .await;
    assert_eq!(
        acl["description"], "FreePBX",
        "name comes back as description"
    );
    let acl_id = s(&acl, "id");
    for ip in ["2001:db8::1", "203.0.113.0/24", "10.0.0.1/40", "nope"] {
        let body = expect(
            env.vobiz(Method::POST, "ip-acl")
                .json(&json!({"name": "x", "ip_address": ip})),
            400,
        )
        .await;
        assert_eq!(
            body,
            json!({"error": "Invalid IP address format", "code": 400}),
            "{ip}"
        );
    }
    expect(
        env.vobiz(Method::PUT, &format!("ip-acl/{acl_id}"))
            .json(&json!({"name": "only name"})),
        400,
    )
    .await;
    let acl = expect(
        env.vobiz(Method::PUT, &format!("ip-acl/{acl_id}"))
            .json(&json!({"name": "moved", "ip_address": "10.9.9.9"})),
        200,
    )
    .await;
    assert_eq!(acl["ip_address"], "10.9.9.9");
    let list = expect(env.vobiz(Method::GET, "trunks/ip-acl"), 200).await;
    assert_eq!(list["objects"][0]["description"], "moved");

    let uri = create_uri(&env, "Primary SBC").await;
    let bad = expect(
        env.vobiz(Method::POST, "origination-uris")
            .json(&json!({"name": "x", "sip_uri": "https://example.com", "priority": 1})),
        400,
    )
    .await;
    assert_eq!(
        bad,
        json!({"error": "Invalid SIP URI format. Expected: sip:user@host:port", "code": 400})
    );
    expect(
        env.vobiz(Method::POST, "origination-uris")
            .json(&json!({"name": "x", "sip_uri": "sip:a@b"})),
        400,
    )
    .await;
    let updated = expect(
        env.vobiz(Method::PUT, &format!("origination-uris/{uri}"))
            .json(&json!({"name": "Backup", "priority": 5})),
        200,
    )
    .await;
    assert_eq!(updated["priority"], 5);
    assert_eq!(updated["weight"], 10);
    assert_eq!(updated["description"], "Backup");
    let list = expect(env.vobiz(Method::GET, "trunks/origination-uris"), 200).await;
    assert_eq!(list["meta"]["total"], 1);

    expect(env.vobiz(Method::DELETE, &format!("ip-acl/{acl_id}")), 204).await;
    expect(env.vobiz(Method::DELETE, &format!("ip-acl/{acl_id}")), 404).await;
    expect(
        env.vobiz(Method::DELETE, &format!("origination-uris/{uri}")),
        204,
    )
    .await;
    expect(
        env.vobiz(Method::DELETE, &format!("credentials/{cred}")),
        204,
    )
    .await;
    // The username is free again.
    create_credential(&env, "sipuser_demo").await;
}

#[tokio::test]
async fn attachments_and_cascading_delete() {
    let env = start().await;
    let trunk = s(&create_trunk(&env, "t", "INBOUND").await, "trunk_id");
    let cred = create_credential(&env, "user1").await;
    let uri = create_uri(&env, "p").await;
    let missing = expect(
        env.vobiz(Method::PUT, &format!("trunks/{trunk}"))
            .json(&json!({
                "name": "t", "max_concurrent_calls": 1, "enabled": true,
                "credential_uuid": "00000000-0000-4000-8000-000000000000"
            })),
        404,
    )
    .await;
    assert_vobiz_error(&missing, 404);
    let attached = expect(
        env.vobiz(Method::PUT, &format!("trunks/{trunk}"))
            .json(&json!({
                "name": "t", "max_concurrent_calls": 1, "enabled": true,
                "credential_uuid": cred, "primary_uri_uuid": uri
            })),
        200,
    )
    .await;
    assert_eq!(attached["credential_uuid"], cred.as_str());
    assert_eq!(attached["primary_uri_uuid"], uri.as_str());
    assert_eq!(attached["inbound_destination"], uri.as_str());

    // Deleting the trunk removes its credential and URIs (Vobiz's delete page).
    expect(env.vobiz(Method::DELETE, &format!("trunks/{trunk}")), 204).await;
    let creds = expect(env.vobiz(Method::GET, "trunks/credentials"), 200).await;
    assert_eq!(creds["meta"]["total"], 0);
    let uris = expect(env.vobiz(Method::GET, "trunks/origination-uris"), 200).await;
    assert_eq!(uris["meta"]["total"], 0);
}

#[tokio::test]
async fn number_assignment() {
    let env = start().await;
    let trunk = s(&create_trunk(&env, "t", "INBOUND").await, "trunk_id");
    let number = "%2B918012340100";
    let (status, body) = send(
        env.vobiz(Method::POST, &format!("numbers/{number}/assign"))
            .json(&json!({"trunk_group_id": trunk})),
    )
    .await;
    assert_eq!(status, 200);
    assert!(body.is_null());
    let owned = env.emu.vobiz().phone_numbers();
    assert_eq!(owned.len(), 5);
    assert_eq!(owned[0].phone_number, "+918012340100");
    assert_eq!(owned[0].trunk_id.as_deref(), Some(trunk.as_str()));

    let cases = [
        (
            "%2B910000000000",
            json!({"trunk_group_id": trunk}),
            404,
            "not owned",
        ),
        (
            "918012340101",
            json!({"trunk_group_id": trunk}),
            400,
            "not E.164",
        ),
        (number, json!({}), 400, "no trunk_group_id"),
        (
            number,
            json!({"trunk_group_id": "missing"}),
            404,
            "unknown trunk",
        ),
    ];
    for (n, body, status, why) in cases {
        let (got, err) = send(
            env.vobiz(Method::POST, &format!("numbers/{n}/assign"))
                .json(&body),
        )
        .await;
        assert_eq!(got.as_u16(), status, "{why}: {err}");
        assert_vobiz_error(&err, status);
    }
    env.emu
        .vobiz()
        .add_phone_number("+918099999999")
        .expect("valid");
    expect(
        env.vobiz(Method::POST, "numbers/%2B918099999999/assign")
            .json(&json!({"trunk_group_id": trunk})),
        200,
    )
    .await;
    expect(
        env.vobiz(Method::DELETE, &format!("numbers/{number}/assign")),
        204,
    )
    .await;
    expect(
        env.vobiz(Method::DELETE, &format!("numbers/{number}/assign")),
        404,
    )
    .await;
    assert!(env.emu.vobiz().add_phone_number("12345").is_err());
    // Deleting the trunk unassigns its numbers.
    expect(env.vobiz(Method::DELETE, &format!("trunks/{trunk}")), 204).await;
    assert!(
        env.emu
            .vobiz()
            .phone_numbers()
            .iter()
            .all(|n| n.trunk_id.is_none())
    );
}

#[tokio::test]
async fn cdr_endpoints() {
    let env = start().await;
    let uuids = env.emu.vobiz().seed_generated_cdrs(45, 7);
    assert_eq!(env.emu.vobiz().cdr_count(), 45);
    let page = expect(env.vobiz(Method::GET, "cdr?per_page=20&page=3"), 200).await;
    assert_eq!(page["success"], true);
    assert_eq!(page["account_id"], DEFAULT_VOBIZ_AUTH_ID);
    assert_eq!(page["count"], 5);
    assert_eq!(
        page["pagination"],
        json!({"page": 3, "per_page": 20, "total": 45, "pages": 3, "has_next": false, "has_prev": true})
    );
    assert_eq!(page["summary"]["totalCalls"], 45);
    assert!(
        page["summary"]["avgCallDuration"]
            .as_str()
            .is_some_and(|d| d.ends_with('s'))
    );
    assert!(page.get("filters").is_none());

    let inbound = expect(
        env.vobiz(Method::GET, "cdr/search?call_direction=inbound"),
        200,
    )
    .await;
    assert_eq!(inbound["filters"]["call_direction"], "inbound");
    assert_eq!(inbound["filters"]["from_number"], "");
    let n = inbound["pagination"]["total"].as_u64().expect("total");
    assert!(n > 0 && n < 45, "{n}");
    for cdr in inbound["data"].as_array().expect("data") {
        assert_eq!(cdr["call_direction"], "inbound");
    }

    let all = expect(env.vobiz(Method::GET, "cdr?per_page=100"), 200).await;
    let data = all["data"].as_array().expect("data");
    let first = &data[0];
    let second = &data[1];
    assert!(
        s(first, "start_time") >= s(second, "start_time"),
        "newest first"
    );
    let caller = s(first, "caller_id_number");
    let by_number = expect(
        env.vobiz(Method::GET, &format!("cdr?from_number={}", &caller[3..])),
        200,
    )
    .await;
    assert!(by_number["pagination"]["total"].as_u64() >= Some(1));
    let day = &s(first, "start_time")[..10];
    let dated = expect(
        env.vobiz(Method::GET, &format!("cdr?start_date={day}&end_date={day}")),
        200,
    )
    .await;
    assert!(dated["pagination"]["total"].as_u64() >= Some(1));
    let min = expect(env.vobiz(Method::GET, "cdr?min_duration=100000"), 200).await;
    assert_eq!(min["pagination"]["total"], 0);
    assert_eq!(min["summary"]["last_call_at"], Value::Null);

    let recent = expect(env.vobiz(Method::GET, "cdr/recent?limit=5"), 200).await;
    assert_eq!(recent["count"], 5);
    assert_eq!(recent["data"][0]["uuid"], first["uuid"]);

    let one = expect(env.vobiz(Method::GET, &format!("cdr/{}", uuids[0])), 200).await;
    assert_eq!(one["success"], true);
    assert_eq!(one["data"]["uuid"], uuids[0].as_str());
    let id = one["data"]["id"].as_i64().expect("numeric id");
    let by_id = expect(env.vobiz(Method::GET, &format!("cdr/{id}")), 200).await;
    assert_eq!(by_id["data"]["uuid"], uuids[0].as_str());
    let missing = expect(env.vobiz(Method::GET, "cdr/nope"), 404).await;
    assert_vobiz_error(&missing, 404);

    let csv = env
        .vobiz(Method::GET, "cdr/export")
        .send()
        .await
        .expect("answered");
    assert_eq!(csv.status(), 200);
    assert_eq!(
        csv.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("text/csv")
    );
    let text = csv.text().await.expect("text");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 46);
    assert!(lines[0].starts_with("id,uuid,account_id,"));

    for bad in [
        "cdr?start_date=2026-01-01",
        "cdr?start_date=01/01/2026&end_date=2026-01-02",
        "cdr?call_direction=sideways",
        "cdr?per_page=101",
        "cdr?page=0",
        "cdr?min_duration=x",
    ] {
        let body = expect(env.vobiz(Method::GET, bad), 400).await;
        assert_vobiz_error(&body, 400);
    }
    expect(env.vobiz(Method::POST, "cdr"), 405).await;

    env.emu.vobiz().seed_cdrs([VobizCdr {
        uuid: "custom-1".into(),
        caller_id_name: "Custom Caller".into(),
        ..VobizCdr::generate(1, 99).remove(0)
    }]);
    let found = expect(env.vobiz(Method::GET, "cdr?search=custom%20caller"), 200).await;
    assert_eq!(found["pagination"]["total"], 1);
}

#[tokio::test]
async fn auth_rules() {
    let env = start().await;
    let url = format!(
        "{}/api/v1/Account/{DEFAULT_VOBIZ_AUTH_ID}/trunks",
        env.emu.vobiz_url()
    );
    for (id, token) in [
        (None, None),
        (Some(DEFAULT_VOBIZ_AUTH_ID), None),
        (Some(DEFAULT_VOBIZ_AUTH_ID), Some("wrong")),
        (Some("MA_OTHER"), Some(DEFAULT_VOBIZ_AUTH_TOKEN)),
    ] {
        let mut req = env.http.get(&url);
        if let Some(id) = id {
            req = req.header("X-Auth-ID", id);
        }
        if let Some(token) = token {
            req = req.header("X-Auth-Token", token);
        }
        let body = expect(req, 401).await;
        assert_vobiz_error(&body, 401);
    }
    let other = env
        .http
        .get(format!(
            "{}/api/v1/Account/MA_OTHER/trunks",
            env.emu.vobiz_url()
        ))
        .header("X-Auth-ID", DEFAULT_VOBIZ_AUTH_ID)
        .header("X-Auth-Token", DEFAULT_VOBIZ_AUTH_TOKEN);
    expect(other, 401).await;
    let slash = expect(env.vobiz(Method::GET, "trunks/"), 404).await;
    assert!(s(&slash, "error").contains("trailing"));
    expect(env.vobiz(Method::PATCH, "trunks"), 405).await;
}
