//! Seeding over HTTP: Plivo call records (`/__emulator/calls`), Vobiz CDRs
//! (`/__emulator/cdrs`), Telnyx detail records (`/__emulator/detail_records`), trunks on every listener (`/__emulator/trunks`), and fault JSON
//! with `retry_after` as a number.

use reqwest::Method;
use serde_json::{Value, json};
use trunkline_emulator::{PlivoCall, TelnyxDetailRecord, VobizCdr};

use crate::common::{
    Env, assert_plivo_error, assert_telnyx_error, assert_vobiz_error, expect, send, start,
};

async fn post(env: &Env, origin: &str, endpoint: &str, body: Value) -> (u16, Value) {
    let (status, body) = send(
        env.http
            .post(format!("{origin}/__emulator/{endpoint}"))
            .json(&body),
    )
    .await;
    (status.as_u16(), body)
}

#[tokio::test]
async fn plivo_call_records_are_seeded_explicitly_and_generated() {
    let env = start().await;
    let origin = env.emu.plivo_url().to_owned();
    let now = chrono::Utc::now();
    let recent = (now - chrono::TimeDelta::hours(2))
        .format("%Y-%m-%d %H:%M:%S")
        .to_string();
    let (status, body) = post(
        &env,
        &origin,
        "calls",
        json!({"calls": [
            {
                "call_uuid": "11111111-2222-4333-8444-555555555555",
                "from_number": "+12025550100",
                "to_number": "+13125550100",
                "call_direction": "outbound",
                "call_duration": 65,
                "bill_duration": 120,
                "end_time": (now - chrono::TimeDelta::hours(1)).to_rfc3339(),
                "answer_time": null,
                "hangup_cause_name": "normal_hangup",
                "total_amount": "0.01000",
                "insights": {"rtt_ms": 42.0}
            },
            {"call_uuid": "minimal", "end_time": recent}
        ]}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(
        body["seeded"],
        json!(["11111111-2222-4333-8444-555555555555", "minimal"])
    );
    assert_eq!(body["total"], 2);

    let call = expect(
        env.plivo(Method::GET, "Call/11111111-2222-4333-8444-555555555555/"),
        200,
    )
    .await;
    assert_eq!(call["from_number"], "+12025550100");
    assert_eq!(call["bill_duration"], 120);
    assert_eq!(call["total_amount"], "0.01000");
    assert_eq!(call["answer_time"], Value::Null);
    // A left-out initiation_time is the end_time.
    let minimal = expect(env.plivo(Method::GET, "Call/minimal/"), 200).await;
    assert_eq!(minimal["end_time"], recent);
    assert_eq!(minimal["initiation_time"], recent);
    let insights = expect(
        env.plivo(
            Method::GET,
            "Call/11111111-2222-4333-8444-555555555555/Insights/",
        ),
        200,
    )
    .await;
    assert_eq!(insights["rtt"], "42");

    // Generated records: the same as PlivoCall::generate(count, seed).
    let (status, body) = post(
        &env,
        &origin,
        "calls",
        json!({"generate": {"count": 30, "seed": 9}}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let want: Vec<String> = PlivoCall::generate(30, 9)
        .into_iter()
        .map(|c| c.call_uuid)
        .collect();
    assert_eq!(body["seeded"], json!(want));
    assert_eq!(body["total"], 32);
    assert_eq!(env.emu.plivo().call_count(), 32);
    let list = expect(env.plivo(Method::GET, "Call/?limit=1"), 200).await;
    assert_eq!(list["meta"]["total_count"], 32);
}

#[tokio::test]
async fn bad_call_seeds_name_what_is_wrong_and_seed_nothing() {
    let env = start().await;
    let origin = env.emu.plivo_url().to_owned();
    let ok = json!({"call_uuid": "a", "end_time": "2025-01-01T00:00:00Z"});
    for (body, needle) in [
        (
            json!({"calls": [ok, {"end_time": "2025-01-01T00:00:00Z"}]}),
            "calls[1]: call_uuid is required",
        ),
        (
            json!({"calls": [{"call_uuid": "b"}]}),
            "calls[0]: end_time is required",
        ),
        (
            json!({"calls": [{"call_uuid": "b", "end_time": "yesterday"}]}),
            "calls[0]: invalid time 'yesterday'",
        ),
        (
            json!({"calls": [{"call_uuid": "b", "end_time": "2025-01-01T00:00:00Z", "colour": 1}]}),
            "calls[0]: unknown field `colour`",
        ),
        (
            json!({"calls": [{"call_uuid": "b", "end_time": "2025-01-01T00:00:00Z", "bill_duration": "60"}]}),
            "calls[0]: invalid type",
        ),
        (json!({"calls": {}}), "'calls' must be an array"),
        (json!({"cdrs": []}), "Unknown field 'cdrs'"),
        (
            json!({"generate": {"count": 2, "sed": 1}}),
            "Invalid generate",
        ),
        (json!({"generate": {"count": 2_000_000}}), "at most 1000000"),
        (json!([ok]), "must be an object"),
    ] {
        let (status, error) = post(&env, &origin, "calls", body.clone()).await;
        assert_eq!(status, 400, "{body}: {error}");
        assert_plivo_error(&error);
        let message = error["error"].as_str().unwrap_or_default();
        assert!(message.contains(needle), "{body}: {message}");
    }
    assert_eq!(env.emu.plivo().call_count(), 0, "nothing was seeded");
    let (status, error) = send(env.http.get(format!("{origin}/__emulator/calls"))).await;
    assert_eq!(status, 405, "{error}");
}

#[tokio::test]
async fn vobiz_cdrs_are_seeded_explicitly_and_generated_and_round_trip() {
    let env = start().await;
    let origin = env.emu.vobiz_url().to_owned();
    let start_time = (chrono::Utc::now() - chrono::TimeDelta::hours(3))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let (status, body) = post(
        &env,
        &origin,
        "cdrs",
        json!({"cdrs": [{
            "uuid": "c0ffee00-0000-4000-8000-000000000001",
            "start_time": start_time,
            "caller_id_number": "+919876500001",
            "destination_number": "+918012300001",
            "call_direction": "inbound",
            "duration": 30,
            "billsec": 25,
            "total_cost": 0.25,
            "hangup_cause": "NORMAL_CLEARING"
        }]}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(
        body["seeded"],
        json!(["c0ffee00-0000-4000-8000-000000000001"])
    );
    let got = expect(
        env.vobiz(Method::GET, "cdr/c0ffee00-0000-4000-8000-000000000001"),
        200,
    )
    .await;
    let record = &got["data"];
    assert_eq!(record["caller_id_number"], "+919876500001");
    assert_eq!(
        record["account_id"],
        trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID
    );
    assert!(record["id"].as_i64().is_some_and(|id| id >= 18_000_000));
    // Left-out end_time / created_at / updated_at are the start_time.
    for key in ["start_time", "end_time", "created_at", "updated_at"] {
        assert_eq!(record[key], start_time.as_str(), "{key}");
    }

    // A record as the API returns it can be seeded back (here under a new uuid).
    let mut copy = record.clone();
    copy["uuid"] = json!("c0ffee00-0000-4000-8000-000000000002");
    copy["id"] = json!(0);
    let (status, body) = post(&env, &origin, "cdrs", json!({"cdrs": [copy]})).await;
    assert_eq!(status, 201, "{body}");
    let again = expect(
        env.vobiz(Method::GET, "cdr/c0ffee00-0000-4000-8000-000000000002"),
        200,
    )
    .await;
    assert_eq!(again["data"]["total_cost"], 0.25);
    assert_eq!(again["data"]["hangup_cause"], "NORMAL_CLEARING");

    let (status, body) = post(
        &env,
        &origin,
        "cdrs",
        json!({"generate": {"count": 25, "seed": 4}}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let want: Vec<String> = VobizCdr::generate(25, 4)
        .into_iter()
        .map(|c| c.uuid)
        .collect();
    assert_eq!(body["seeded"], json!(want));
    assert_eq!(body["total"], 27);
    let list = expect(env.vobiz(Method::GET, "cdr?per_page=5"), 200).await;
    assert_eq!(list["pagination"]["total"], 27);
    assert_eq!(list["summary"]["totalCalls"], 27);

    let (status, error) = post(&env, &origin, "cdrs", json!({"cdrs": [{"uuid": "x"}]})).await;
    assert_eq!(status, 400);
    assert_vobiz_error(&error, 400);
    assert!(
        error["error"]
            .as_str()
            .is_some_and(|m| m.contains("cdrs[0]: start_time is required")),
        "{error}"
    );
    // Call-record endpoints belong to their vendor only.
    let (status, _) = post(&env, &origin, "calls", json!({})).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn telnyx_detail_records_are_seeded_explicitly_and_generated_and_round_trip() {
    let env = start().await;
    let origin = env.emu.telnyx_url().to_owned();
    let started_at = (chrono::Utc::now() - chrono::TimeDelta::hours(3))
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string();
    let id = "d0ffee00-0000-4000-8000-000000000001";
    let record = json!({
        "id": id,
        "started_at": started_at,
        "direction": "inbound",
        "cli": "+14155550001",
        "cld": "+13125550100",
        "call_sec": 30,
        "billed_sec": 60,
        "cost": "0.0050",
        "connection_id": "1684641123236054244"
    });
    let body = json!({"detail_records": [record]});
    let (status, body) = post(&env, &origin, "detail_records", body).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["seeded"], json!([id]));
    assert_eq!(body["total"], 1);
    assert_eq!(env.emu.telnyx().detail_record_count(), 1);
    let list = "detail_records?filter[record_type]=sip-trunking";
    let got = expect(env.telnyx(Method::GET, list), 200).await;
    let listed = &got["data"][0];
    assert_eq!(listed["id"], id);
    assert_eq!(listed["cli"], "+14155550001");
    assert_eq!(listed["connection_id"], "1684641123236054244");
    // A left-out finished_at is the started_at; record_type is filled in.
    assert_eq!(listed["started_at"], started_at.as_str());
    assert_eq!(listed["finished_at"], started_at.as_str());
    assert_eq!(listed["record_type"], "sip_trunking_detail_record");

    // A record as the API lists it can be seeded back (here under a new id).
    let mut copy = listed.clone();
    copy["id"] = json!("d0ffee00-0000-4000-8000-000000000002");
    let body = json!({"detail_records": [copy]});
    let (status, body) = post(&env, &origin, "detail_records", body).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["total"], 2);

    let body = json!({"generate": {"count": 25, "seed": 4}});
    let (status, body) = post(&env, &origin, "detail_records", body).await;
    assert_eq!(status, 201, "{body}");
    let want: Vec<String> = TelnyxDetailRecord::generate(25, 4)
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(body["seeded"], json!(want));
    assert_eq!(body["total"], 27);
    let page = expect(env.telnyx(Method::GET, list), 200).await;
    assert_eq!(page["meta"]["total_results"], 27);

    // Bad records are refused in Telnyx's error shape and seed nothing.
    let bad = json!({"detail_records": [{"id": "x"}]});
    let (status, error) = post(&env, &origin, "detail_records", bad).await;
    assert_eq!(status, 400);
    assert_telnyx_error(&error, "10015");
    let detail = error["errors"][0]["detail"].as_str().unwrap_or_default();
    assert!(
        detail.contains("detail_records[0]: started_at is required"),
        "{error}"
    );
    let unknown = json!({"detail_records": [{"id": "y", "started_at": started_at, "nope": 1}]});
    let (status, error) = post(&env, &origin, "detail_records", unknown).await;
    assert_eq!(status, 400, "{error}");
    assert_eq!(env.emu.telnyx().detail_record_count(), 27);
    // Detail-record seeding belongs to Telnyx only.
    let vobiz = env.emu.vobiz_url().to_owned();
    let (status, _) = post(&env, &vobiz, "detail_records", json!({})).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn trunks_are_seeded_on_every_listener() {
    let env = start().await;
    for origin in [
        env.emu.plivo_url(),
        env.emu.twilio_trunking_url(),
        env.emu.vobiz_url(),
        env.emu.telnyx_url(),
    ] {
        let (status, body) = post(&env, origin, "trunks", json!({"count": 3})).await;
        assert_eq!(status, 201, "{body}");
        assert_eq!(
            body["trunk_ids"].as_array().map(Vec::len),
            Some(3),
            "{body}"
        );
    }
    assert_eq!(env.emu.plivo().trunk_count(), 3);
    assert_eq!(env.emu.vobiz().trunk_count(), 3);
    assert_eq!(env.emu.telnyx().connection_count(), 3);
    // Both Twilio listeners share the account.
    let (status, _) = post(
        &env,
        env.emu.twilio_api_url(),
        "trunks",
        json!({"count": 2}),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(env.emu.twilio_trunking().trunk_count(), 5);
    let listed = expect(env.vobiz(Method::GET, "trunks"), 200).await;
    assert_eq!(listed["meta"]["total"], 3);

    let (status, error) = post(&env, env.emu.vobiz_url(), "trunks", json!({"count": -1})).await;
    assert_eq!(status, 400, "{error}");
    let (status, error) = send(
        env.http
            .get(format!("{}/__emulator/nope", env.emu.plivo_url())),
    )
    .await;
    assert_eq!(status, 404);
    let message = error["error"].as_str().unwrap_or_default();
    for endpoint in [
        "/__emulator/rate-limit",
        "/__emulator/trunks",
        "/__emulator/calls",
    ] {
        assert!(message.contains(endpoint), "{message}");
    }
}

#[tokio::test]
async fn fault_retry_after_accepts_numbers_strings_and_http_dates() {
    let env = start().await;
    let origin = env.emu.vobiz_url().to_owned();
    for (value, header) in [
        (json!(1), "1"),
        (json!("1"), "1"),
        (json!(120), "120"),
        (
            json!("Wed, 21 Oct 2015 07:28:00 GMT"),
            "Wed, 21 Oct 2015 07:28:00 GMT",
        ),
    ] {
        let (status, body) = post(
            &env,
            &origin,
            "faults",
            json!({"status": 503, "retry_after": value}),
        )
        .await;
        assert_eq!(status, 201, "{body}");
        assert_eq!(
            body["faults"][0]["retry_after"], header,
            "listed as a string"
        );
        let response = env
            .vobiz(Method::GET, "trunks")
            .send()
            .await
            .expect("answered");
        assert_eq!(response.status(), 503);
        assert_eq!(
            crate::common::header(&response, "retry-after"),
            Some(header)
        );
    }
    for bad in [json!(1.5), json!(-3), json!(true)] {
        let (status, body) = post(
            &env,
            &origin,
            "faults",
            json!({"status": 503, "retry_after": bad}),
        )
        .await;
        assert_eq!(status, 400, "{bad}: {body}");
        assert!(
            body["error"]
                .as_str()
                .is_some_and(|m| m.contains("retry_after")),
            "{body}"
        );
    }
    assert!(env.emu.vobiz().faults().is_empty());
}
