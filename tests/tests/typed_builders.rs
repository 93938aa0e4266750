//! Telnyx's nullable fields (`NullableString`, `NullableInteger`, through the generated
//! `trunkline_core::NullableField` impls) take plain values in the typed builders (`&str`,
//! `&String`, integers, checked), while the newtype itself still sends `null` and leaving the
//! field unset sends nothing. (Plain values for the other optional fields of every vendor are
//! exercised by the `operations` and `vendors` tests.)

use serde_json::{Value, json};

#[test]
fn telnyx_nullable_fields_take_plain_values_and_still_send_null() {
    use trunkline_telnyx::types::{
        NullableInteger, NullableString, UpdateCredentialConnectionRequest,
    };

    let set = UpdateCredentialConnectionRequest::builder()
        .connection_name("pbx")
        .webhook_event_failover_url("https://failover.example.com/hook")
        .webhook_timeout_secs(25);
    let body =
        serde_json::to_value(UpdateCredentialConnectionRequest::try_from(set).unwrap()).unwrap();
    assert_eq!(body["connection_name"], json!("pbx"));
    assert_eq!(
        body["webhook_event_failover_url"],
        json!("https://failover.example.com/hook")
    );
    assert_eq!(body["webhook_timeout_secs"], json!(25));

    let owned = String::from("https://other.example.com");
    let cleared = UpdateCredentialConnectionRequest::builder()
        .webhook_event_failover_url(NullableString(None))
        .webhook_timeout_secs(NullableInteger(None));
    let body = serde_json::to_value(UpdateCredentialConnectionRequest::try_from(cleared).unwrap())
        .unwrap();
    assert_eq!(body["webhook_event_failover_url"], Value::Null);
    assert!(
        body.as_object()
            .unwrap()
            .contains_key("webhook_timeout_secs"),
        "{body}"
    );
    assert_eq!(body["webhook_timeout_secs"], Value::Null);

    let unset = UpdateCredentialConnectionRequest::builder()
        .webhook_event_failover_url(&owned)
        .webhook_timeout_secs(None);
    let body =
        serde_json::to_value(UpdateCredentialConnectionRequest::try_from(unset).unwrap()).unwrap();
    assert_eq!(
        body["webhook_event_failover_url"],
        json!("https://other.example.com")
    );
    assert!(
        !body
            .as_object()
            .unwrap()
            .contains_key("webhook_timeout_secs"),
        "{body}"
    );

    // Out of range is the builder's error, never a wrap.
    let too_big = UpdateCredentialConnectionRequest::builder().webhook_timeout_secs(u64::MAX);
    let err = UpdateCredentialConnectionRequest::try_from(too_big).unwrap_err();
    assert!(err.to_string().contains("does not fit in i64"), "{err}");
}
