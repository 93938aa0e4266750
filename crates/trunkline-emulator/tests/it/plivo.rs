//! Plivo Zentrunk over raw HTTP: every resource's lifecycle, paging and the rules.

use chrono::{TimeDelta, Utc};
use reqwest::Method;
use serde_json::{Value, json};
use trunkline_emulator::{DEFAULT_PLIVO_AUTH_ID, PlivoCall};

use crate::common::{Env, assert_plivo_error, expect, s, send, start};

async fn create_ipacl(env: &Env) -> String {
    let body = expect(
        env.plivo(Method::POST, "IPAccessControlList/")
            .json(&json!({"name": "office", "ip_addresses": ["192.168.0.1", "10.0.0.0/24"]})),
        201,
    )
    .await;
    s(&body, "ipacl_uuid")
}

async fn create_uri(env: &Env, auth: bool) -> String {
    let mut req = json!({"name": "pbx", "uri": "sip:pbx@example.com:5060"});
    if auth {
        req["authentication_needed"] = json!(true);
        req["username"] = json!("plivo_inbound");
        req["password"] = json!("s3cret!pass");
    }
    let body = expect(env.plivo(Method::POST, "URI/").json(&req), 201).await;
    s(&body, "uri_uuid")
}

#[tokio::test]
async fn credential_lifecycle() {
    let env = start().await;
    let created = expect(
        env.plivo(Method::POST, "Credential/").json(
            &json!({"name": "prod", "username": "sipuser123", "password": "securepassword123!"}),
        ),
        201,
    )
    .await;
    assert_eq!(created["message"], "credential created successfully.");
    assert!(created["api_id"].is_string());
    let id = s(&created, "credential_uuid");

    let object = expect(env.plivo(Method::GET, &format!("Credential/{id}/")), 200).await;
    assert_eq!(
        object,
        json!({"credential_uuid": id, "name": "prod", "username": "sipuser123"}),
        "the password is write-only"
    );

    let updated = expect(
        env.plivo(Method::POST, &format!("Credential/{id}/"))
            .json(&json!({"username": "sipuser456"})),
        202,
    )
    .await;
    assert_eq!(updated["message"], "Credential updated successfully.");
    assert_eq!(updated["credential_uuid"], id.as_str());
    let object = expect(env.plivo(Method::GET, &format!("Credential/{id}/")), 200).await;
    assert_eq!(object["username"], "sipuser456");
    assert_eq!(object["name"], "prod", "partial update keeps other fields");

    let list = expect(env.plivo(Method::GET, "Credential/"), 200).await;
    assert_eq!(list["meta"]["total_count"], 1);
    assert_eq!(list["objects"][0]["credential_uuid"], id.as_str());

    let (status, body) = send(env.plivo(Method::DELETE, &format!("Credential/{id}/"))).await;
    assert_eq!(status, 204);
    assert!(body.is_null());
    let body = expect(env.plivo(Method::GET, &format!("Credential/{id}/")), 404).await;
    assert_plivo_error(&body);
}

#[tokio::test]
async fn ipacl_lifecycle() {
    let env = start().await;
    let id = create_ipacl(&env).await;
    let object = expect(
        env.plivo(Method::GET, &format!("IPAccessControlList/{id}/")),
        200,
    )
    .await;
    assert_eq!(
        object["ip_addresses"],
        json!(["192.168.0.1", "10.0.0.0/24"])
    );

    let updated = expect(
        env.plivo(Method::POST, &format!("IPAccessControlList/{id}/"))
            .json(&json!({"ip_addresses": ["172.16.0.9"]})),
        202,
    )
    .await;
    assert_eq!(
        updated["message"],
        "IP access control list updated successfully."
    );
    let object = expect(
        env.plivo(Method::GET, &format!("IPAccessControlList/{id}/")),
        200,
    )
    .await;
    assert_eq!(
        object["ip_addresses"],
        json!(["172.16.0.9"]),
        "the array is replaced"
    );
    assert_eq!(object["name"], "office");

    let bad = expect(
        env.plivo(Method::POST, "IPAccessControlList/")
            .json(&json!({"ip_addresses": ["not-an-ip"]})),
        400,
    )
    .await;
    assert_plivo_error(&bad);
    let missing = expect(
        env.plivo(Method::POST, "IPAccessControlList/")
            .json(&json!({"name": "x"})),
        422,
    )
    .await;
    assert_plivo_error(&missing);

    expect(
        env.plivo(Method::DELETE, &format!("IPAccessControlList/{id}/")),
        204,
    )
    .await;
    expect(
        env.plivo(Method::DELETE, &format!("IPAccessControlList/{id}/")),
        404,
    )
    .await;
}

#[tokio::test]
async fn uri_lifecycle() {
    let env = start().await;
    let with_auth = create_uri(&env, true).await;
    let without = create_uri(&env, false).await;
    let a = expect(env.plivo(Method::GET, &format!("URI/{with_auth}/")), 200).await;
    assert_eq!(a["authentication_needed"], true);
    assert_eq!(a["username"], "plivo_inbound");
    assert!(a.get("password").is_none());
    let b = expect(env.plivo(Method::GET, &format!("URI/{without}/")), 200).await;
    assert_eq!(b["username"], Value::Null);

    // Turning auth on needs username and password.
    let err = expect(
        env.plivo(Method::POST, &format!("URI/{without}/"))
            .json(&json!({"authentication_needed": true})),
        422,
    )
    .await;
    assert_plivo_error(&err);
    let updated = expect(
        env.plivo(Method::POST, &format!("URI/{without}/")).json(
            &json!({"authentication_needed": true, "username": "u1", "password": "p1p1p1p1", "uri": "10.1.1.1:5080"}),
        ),
        202,
    )
    .await;
    assert_eq!(updated["message"], "origination uri updated successfully.");
    let b = expect(env.plivo(Method::GET, &format!("URI/{without}/")), 200).await;
    assert_eq!(b["uri"], "10.1.1.1:5080");
    assert_eq!(b["username"], "u1");

    let missing = expect(
        env.plivo(Method::POST, "URI/")
            .json(&json!({"authentication_needed": true, "uri": "sip.example.com"})),
        422,
    )
    .await;
    assert_plivo_error(&missing);
    expect(
        env.plivo(Method::POST, "URI/")
            .json(&json!({"name": "no uri"})),
        422,
    )
    .await;
    expect(env.plivo(Method::DELETE, &format!("URI/{with_auth}/")), 204).await;
}

#[tokio::test]
async fn trunk_lifecycle_and_rules() {
    let env = start().await;
    let ipacl = create_ipacl(&env).await;
    let primary = create_uri(&env, false).await;
    let fallback = create_uri(&env, true).await;

    let created = expect(
        env.plivo(Method::POST, "Trunk/").json(&json!({
            "name": "outbound-trunk", "trunk_direction": "outbound", "ipacl_uuid": ipacl
        })),
        201,
    )
    .await;
    assert_eq!(created["message"], "Trunk created successfully.");
    let id = s(&created, "trunk_id");
    assert!(
        id.bytes().all(|b| b.is_ascii_digit()),
        "numeric trunk id: {id}"
    );

    let trunk = expect(env.plivo(Method::GET, &format!("Trunk/{id}/")), 200).await;
    assert_eq!(
        trunk,
        json!({
            "name": "outbound-trunk", "trunk_id": id, "trunk_domain": format!("{id}.zt.plivo.com"),
            "trunk_status": "enabled", "secure": false, "trunk_direction": "outbound",
            "ipacl_uuid": ipacl, "credential_uuid": null, "primary_uri_uuid": null,
            "fallback_uri_uuid": null
        })
    );

    let updated = expect(
        env.plivo(Method::POST, &format!("Trunk/{id}/"))
            .json(&json!({"name": "renamed", "trunk_status": "disabled", "secure": true})),
        202,
    )
    .await;
    assert_eq!(updated["message"], "Trunk updated successfully.");
    assert_eq!(updated["trunk_id"], id.as_str());
    let trunk = expect(env.plivo(Method::GET, &format!("Trunk/{id}/")), 200).await;
    assert_eq!(trunk["name"], "renamed");
    assert_eq!(trunk["trunk_status"], "disabled");
    assert_eq!(trunk["secure"], true);
    assert_eq!(trunk["ipacl_uuid"], ipacl.as_str());

    let inbound = expect(
        env.plivo(Method::POST, "Trunk/").json(&json!({
            "trunk_direction": "inbound", "primary_uri_uuid": primary, "fallback_uri_uuid": fallback
        })),
        201,
    )
    .await;
    let inbound = s(&inbound, "trunk_id");

    // Rules.
    let cases = [
        (json!({"name": "x"}), 422, "missing trunk_direction"),
        (json!({"trunk_direction": "sideways"}), 400, "bad direction"),
        (
            json!({"trunk_direction": "outbound"}),
            422,
            "outbound without auth",
        ),
        (
            json!({"trunk_direction": "inbound"}),
            422,
            "inbound without primary_uri_uuid",
        ),
        (
            json!({"trunk_direction": "outbound", "ipacl_uuid": "no-such-acl"}),
            404,
            "reference to a missing IP ACL",
        ),
        (
            json!({"trunk_direction": "inbound", "primary_uri_uuid": "no-such-uri"}),
            404,
            "reference to a missing URI",
        ),
        (
            json!({"trunk_direction": "inbound", "primary_uri_uuid": primary, "ipacl_uuid": ipacl}),
            400,
            "IP ACL on an inbound trunk",
        ),
        (
            json!({"trunk_direction": "outbound", "ipacl_uuid": ipacl, "secure": "yes"}),
            400,
            "secure is not a boolean",
        ),
        (
            json!({"trunk_direction": "outbound", "ipacl_uuid": ipacl, "trunk_status": "on"}),
            400,
            "bad trunk_status",
        ),
    ];
    for (request, status, why) in cases {
        let (got, body) = send(env.plivo(Method::POST, "Trunk/").json(&request)).await;
        assert_eq!(got.as_u16(), status, "{why}: {body}");
        assert_plivo_error(&body);
    }
    assert_eq!(
        env.emu.plivo().trunk_count(),
        2,
        "failed creates create nothing"
    );

    // An update that would break the direction rules is refused and changes nothing.
    let err = expect(
        env.plivo(Method::POST, &format!("Trunk/{id}/"))
            .json(&json!({"ipacl_uuid": null})),
        422,
    )
    .await;
    assert_plivo_error(&err);
    let trunk = expect(env.plivo(Method::GET, &format!("Trunk/{id}/")), 200).await;
    assert_eq!(trunk["ipacl_uuid"], ipacl.as_str());

    // Filters.
    let list = expect(
        env.plivo(Method::GET, "Trunk/?trunk_direction=inbound"),
        200,
    )
    .await;
    assert_eq!(list["meta"]["total_count"], 1);
    assert_eq!(list["objects"][0]["trunk_id"], inbound.as_str());
    let list = expect(env.plivo(Method::GET, "Trunk/?secure=true"), 200).await;
    assert_eq!(list["meta"]["total_count"], 1);
    assert_eq!(list["objects"][0]["trunk_id"], id.as_str());
    let list = expect(
        env.plivo(Method::GET, &format!("Trunk/?primary_uri_uuid={primary}")),
        200,
    )
    .await;
    assert_eq!(list["meta"]["total_count"], 1);
    expect(env.plivo(Method::GET, "Trunk/?secure=maybe"), 400).await;

    // Deleting a referenced URI clears the reference.
    expect(env.plivo(Method::DELETE, &format!("URI/{fallback}/")), 204).await;
    let t = expect(env.plivo(Method::GET, &format!("Trunk/{inbound}/")), 200).await;
    assert_eq!(t["fallback_uri_uuid"], Value::Null);

    expect(env.plivo(Method::DELETE, &format!("Trunk/{id}/")), 204).await;
    let gone = expect(env.plivo(Method::GET, &format!("Trunk/{id}/")), 404).await;
    assert_plivo_error(&gone);
    expect(env.plivo(Method::DELETE, &format!("Trunk/{id}/")), 404).await;
    expect(
        env.plivo(Method::POST, "Trunk/9999/")
            .json(&json!({"name": "x"})),
        404,
    )
    .await;
}

#[tokio::test]
async fn trunk_paging_follows_offsets() {
    let env = start().await;
    let ipacl = create_ipacl(&env).await;
    let mut created = Vec::new();
    for i in 0..23 {
        let body = expect(
            env.plivo(Method::POST, "Trunk/").json(&json!({
                "name": format!("t{i}"), "trunk_direction": "outbound", "ipacl_uuid": ipacl
            })),
            201,
        )
        .await;
        created.push(s(&body, "trunk_id"));
    }
    let default_page = expect(env.plivo(Method::GET, "Trunk/"), 200).await;
    assert_eq!(default_page["meta"]["limit"], 20);
    assert_eq!(default_page["objects"].as_array().map(Vec::len), Some(20));

    let mut seen = Vec::new();
    let mut offset = 0;
    let mut pages = 0;
    loop {
        let page = expect(
            env.plivo(Method::GET, &format!("Trunk/?limit=10&offset={offset}")),
            200,
        )
        .await;
        let meta = &page["meta"];
        assert_eq!(meta["total_count"], 23);
        assert_eq!(meta["offset"], offset);
        if offset == 0 {
            assert_eq!(meta["previous"], Value::Null);
        } else {
            assert_eq!(
                meta["previous"],
                format!(
                    "v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/Trunk/?limit=10&offset={}",
                    offset - 10
                )
            );
        }
        for t in page["objects"].as_array().expect("objects") {
            seen.push(s(t, "trunk_id"));
        }
        pages += 1;
        match meta["next"].as_str() {
            Some(next) => {
                assert_eq!(
                    next,
                    format!(
                        "v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/Trunk/?limit=10&offset={}",
                        offset + 10
                    )
                );
                offset += 10;
            }
            None => break,
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(
        seen, created,
        "pages cover every trunk once, in creation order"
    );

    // meta.next repeats the filters.
    let filtered = expect(
        env.plivo(Method::GET, "Trunk/?limit=5&trunk_direction=outbound"),
        200,
    )
    .await;
    assert_eq!(
        filtered["meta"]["next"],
        format!(
            "v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/Trunk/?limit=5&offset=5&trunk_direction=outbound"
        )
    );

    for bad in ["limit=0", "limit=21", "limit=abc", "offset=-1"] {
        let body = expect(env.plivo(Method::GET, &format!("Trunk/?{bad}")), 400).await;
        assert_plivo_error(&body);
    }
    let beyond = expect(env.plivo(Method::GET, "Trunk/?offset=500"), 200).await;
    assert_eq!(beyond["objects"], json!([]));
    assert_eq!(beyond["meta"]["next"], Value::Null);
}

#[tokio::test]
async fn seeded_trunks_page_like_created_ones() {
    let env = start().await;
    let ids = env.emu.plivo().seed_trunks(1_000);
    assert_eq!(env.emu.plivo().trunk_count(), 1_000);
    let page = expect(env.plivo(Method::GET, "Trunk/?limit=20&offset=980"), 200).await;
    let got: Vec<String> = page["objects"]
        .as_array()
        .expect("objects")
        .iter()
        .map(|t| s(t, "trunk_id"))
        .collect();
    assert_eq!(got, ids[980..]);
    assert_eq!(page["meta"]["next"], Value::Null);
}

#[tokio::test]
async fn auth_and_routing_rules() {
    let env = start().await;
    let url = format!(
        "{}/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/Trunk/",
        env.emu.plivo_url()
    );
    let (status, body) = send(
        env.http
            .get(&url)
            .basic_auth(DEFAULT_PLIVO_AUTH_ID, Some("wrong")),
    )
    .await;
    assert_eq!(status, 401);
    assert_plivo_error(&body);
    let (status, _) = send(env.http.get(&url)).await;
    assert_eq!(status, 401, "no credentials");
    let (status, _) = send(env.http.get(&url).header("Authorization", "Basic !!!")).await;
    assert_eq!(status, 401, "undecodable credentials");

    let other = env.plivo_raw(Method::GET, "/v1/Account/MAOTHERACCOUNT/Zentrunk/Trunk/");
    let body = expect(other, 401).await;
    assert_plivo_error(&body);

    let no_slash = expect(
        env.plivo_raw(
            Method::GET,
            &format!("/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/Trunk"),
        ),
        404,
    )
    .await;
    assert!(s(&no_slash, "error").contains("end with '/'"));
    expect(env.plivo(Method::GET, "Uri/"), 404).await;
    let put = send(env.plivo(Method::PUT, "Trunk/")).await;
    assert_eq!(put.0, 405);
    assert_plivo_error(&put.1);
    expect(env.plivo(Method::PATCH, "Trunk/123/"), 405).await;
}

#[tokio::test]
async fn calls_list_filters_get_and_insights() {
    let env = start().await;
    let now = Utc::now();
    let base = PlivoCall::generate(1, 1).remove(0);
    let mut calls = Vec::new();
    for i in 0..25i64 {
        calls.push(PlivoCall {
            call_uuid: format!("call-{i:02}"),
            call_direction: if i % 5 == 0 { "inbound" } else { "outbound" }.into(),
            from_number: if i < 3 {
                "+442071234567".into()
            } else {
                "+12025550000".into()
            },
            bill_duration: i * 10,
            end_time: now - TimeDelta::minutes(i),
            ..base.clone()
        });
    }
    // Outside the default 30-day window, inside the 90-day retention.
    calls.push(PlivoCall {
        call_uuid: "old-call".into(),
        end_time: now - TimeDelta::days(40),
        ..base.clone()
    });
    env.emu.plivo().seed_calls(calls);
    assert_eq!(env.emu.plivo().call_count(), 26);

    let list = expect(env.plivo(Method::GET, "Call/"), 200).await;
    assert_eq!(list["meta"]["total_count"], 25, "default window is 30 days");
    assert_eq!(list["meta"]["limit"], 20);
    assert_eq!(list["objects"][0]["call_uuid"], "call-00", "newest first");
    let keys: Vec<&String> = list["objects"][0]
        .as_object()
        .expect("object")
        .keys()
        .collect();
    assert_eq!(
        keys.len(),
        8,
        "list items carry the documented summary fields"
    );
    assert_eq!(
        list["meta"]["next"],
        format!("v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/Call/?limit=20&offset=20")
    );

    let count = |query: &'static str| {
        let req = env.plivo(Method::GET, &format!("Call/?{query}"));
        async move { expect(req, 200).await["meta"]["total_count"].clone() }
    };
    assert_eq!(count("call_direction=inbound").await, 5);
    assert_eq!(count("bill_duration__gte=200").await, 5);
    assert_eq!(count("bill_duration__gt=200").await, 4);
    assert_eq!(count("bill_duration__lt=30").await, 3);
    assert_eq!(count("bill_duration=100").await, 1);
    assert_eq!(count("from_number=%2B44").await, 3);
    assert_eq!(count("to_number=%2B1").await, 25);
    let old_day = (now - TimeDelta::days(41))
        .format("%Y-%m-%d %H:%M")
        .to_string();
    let query = format!("Call/?end_time__gte={}", old_day.replace(' ', "%20"));
    let body = expect(env.plivo(Method::GET, &query), 200).await;
    assert_eq!(
        body["meta"]["total_count"], 26,
        "an end_time filter widens the window"
    );
    let hangup = base.hangup_source.clone();
    let body = expect(
        env.plivo(Method::GET, &format!("Call/?hangup_source={hangup}")),
        200,
    )
    .await;
    assert_eq!(body["meta"]["total_count"], 25);
    for bad in [
        "call_direction=up",
        "bill_duration__gte=x",
        "end_time=yesterday",
        "hangup_source=me",
        "stir_verification=maybe",
        "hangup_cause_code=abc",
        "limit=21",
    ] {
        let body = expect(env.plivo(Method::GET, &format!("Call/?{bad}")), 400).await;
        assert_plivo_error(&body);
    }

    let call = expect(env.plivo(Method::GET, "Call/call-03/"), 200).await;
    assert_eq!(call["call_uuid"], "call-03");
    assert_eq!(call["bill_duration"], 30);
    let end = s(&call, "end_time");
    assert_eq!(end.len(), 19, "YYYY-MM-DD HH:MM:SS: {end}");
    assert!(!end.contains('T'));

    let insights = expect(env.plivo(Method::GET, "Call/call-03/Insights/"), 200).await;
    assert_eq!(insights["call_uuid"], "call-03");
    assert!(insights["api_id"].is_string());
    assert!(insights["rtt"].is_string());
    assert!(insights["post_dial_delay"].is_number());
    assert_eq!(insights["from"]["number"], "+12025550000");

    let missing = expect(env.plivo(Method::GET, "Call/nope/"), 404).await;
    assert_plivo_error(&missing);
    expect(env.plivo(Method::GET, "Call/nope/Insights/"), 404).await;
    expect(env.plivo(Method::POST, "Call/"), 405).await;

    let legacy = expect(
        env.plivo_raw(
            Method::GET,
            &format!("/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Call/?limit=5&offset=5"),
        ),
        200,
    )
    .await;
    assert_eq!(legacy["meta"]["previous"], true);
    assert_eq!(legacy["meta"]["next"], true);
    assert!(legacy["objects"][0]["duration"].is_number());
    assert!(legacy["objects"][0].get("call_duration").is_none());

    let generated = env.emu.plivo().seed_generated_calls(10, 42);
    assert_eq!(generated.len(), 10);
    expect(
        env.plivo(Method::GET, &format!("Call/{}/", generated[0])),
        200,
    )
    .await;
}
