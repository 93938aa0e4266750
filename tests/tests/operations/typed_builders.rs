//! The generated typed builders take plain values for optional fields (`&str`, `String`,
//! integers, enums) and for `NonZero` fields, while every call that compiled before (`Some(…)`,
//! `None`, the exact type) still compiles; an out-of-range value is an error naming the field,
//! reported when the body is built. (Before the generator's `IntoField` setters, the `&str` and
//! integer calls below did not compile.) Also: operation ids are generated constants, and the
//! generated list streams are `Send`.

use std::num::NonZeroU16;

use trunkline_plivo::types as plivo;
use trunkline_twilio::{sip, trunking};
use trunkline_vobiz::types as vobiz;

#[test]
fn optional_strings_take_str_string_some_and_none() {
    let acl = String::from("acl-1");
    let with_str = plivo::CreateTrunkRequest::try_from(
        plivo::CreateTrunkRequest::builder()
            .name("pbx")
            .ipacl_uuid(&acl)
            .trunk_direction(plivo::TrunkDirection::Outbound),
    )
    .unwrap();
    assert_eq!(with_str.name.as_deref(), Some("pbx"));
    assert_eq!(with_str.ipacl_uuid.as_deref(), Some("acl-1"));

    let with_some = plivo::CreateTrunkRequest::try_from(
        plivo::CreateTrunkRequest::builder()
            .name(Some("pbx".to_string()))
            .name("pbx".to_string())
            .trunk_direction(plivo::TrunkDirection::Inbound),
    )
    .unwrap();
    assert_eq!(with_some.name.as_deref(), Some("pbx"));

    let cleared = trunking::types::CreateTrunkRequest::try_from(
        trunking::types::CreateTrunkRequest::builder()
            .friendly_name("first")
            .friendly_name(None),
    )
    .unwrap();
    assert_eq!(cleared.friendly_name, None);
}

#[test]
fn optional_enums_booleans_and_integers_take_plain_values() {
    let request = vobiz::CreateTrunkRequest::try_from(
        vobiz::CreateTrunkRequest::builder()
            .name("pbx-outbound")
            .trunk_type(vobiz::TrunkType::Outbound)
            .max_concurrent_calls(10)
            .cps_limit(2u8)
            .enable_transcription(true),
    )
    .unwrap();
    assert_eq!(request.trunk_type, Some(vobiz::TrunkType::Outbound));
    assert_eq!(request.max_concurrent_calls, Some(10));
    assert_eq!(request.cps_limit, Some(2));
    assert_eq!(request.enable_transcription, Some(true));

    let twilio = trunking::types::CreateTrunkRequest::try_from(
        trunking::types::CreateTrunkRequest::builder()
            .friendly_name("pbx-1")
            .secure(true)
            .transfer_mode(trunking::types::TransferMode::SipOnly),
    )
    .unwrap();
    assert_eq!(twilio.secure, Some(true));
    assert_eq!(
        twilio.transfer_mode,
        Some(trunking::types::TransferMode::SipOnly)
    );
}

#[test]
fn nonzero_fields_take_integers_and_refuse_zero() {
    let created = trunking::types::CreateOriginationUrlRequest::try_from(
        trunking::types::CreateOriginationUrlRequest::builder()
            .friendly_name("primary")
            .sip_url("sip:pbx.example.com")
            .enabled(true)
            .priority(10)
            .weight(2),
    )
    .unwrap();
    assert_eq!(created.weight, NonZeroU16::new(2).unwrap());

    let updated = trunking::types::UpdateOriginationUrlRequest::try_from(
        trunking::types::UpdateOriginationUrlRequest::builder().weight(3),
    )
    .unwrap();
    assert_eq!(updated.weight, NonZeroU16::new(3));
    // The NonZero value and `Option<NonZero>` still work.
    let exact = trunking::types::UpdateOriginationUrlRequest::try_from(
        trunking::types::UpdateOriginationUrlRequest::builder()
            .weight(NonZeroU16::new(4))
            .weight(NonZeroU16::new(5).unwrap()),
    )
    .unwrap();
    assert_eq!(exact.weight, NonZeroU16::new(5));

    for (weight, error) in [
        (0, "zero is not a valid NonZeroU16"),
        (70_000, "70000 does not fit in NonZeroU16"),
    ] {
        let builder = trunking::types::UpdateOriginationUrlRequest::builder().weight(weight);
        let err = trunking::types::UpdateOriginationUrlRequest::try_from(builder).unwrap_err();
        let expected = format!("error converting supplied value for weight: {error}");
        assert_eq!(err.to_string(), expected);
    }
}

#[test]
fn optional_secrets_take_strings_and_stay_hidden() {
    let request = vobiz::UpdateCredentialRequest::try_from(
        vobiz::UpdateCredentialRequest::builder()
            .password("n3w-S3cret!")
            .enabled(false),
    )
    .unwrap();
    assert_eq!(
        request.password.as_ref().map(|p| p.expose()),
        Some("n3w-S3cret!")
    );
    assert!(!format!("{request:?}").contains("n3w-S3cret!"));
    let plivo = plivo::CreateCredentialRequest::builder()
        .username("u")
        .password(trunkline_core::SecretString::from(
            "credential-password-777",
        ));
    assert!(!format!("{plivo:?}").contains("credential-password-777"));
    let sip = sip::types::UpdateCredentialRequest::try_from(
        sip::types::UpdateCredentialRequest::builder().password("An0ther-secret".to_string()),
    )
    .unwrap();
    assert!(!format!("{sip:?}").contains("An0ther-secret"));
}

#[test]
fn an_out_of_range_integer_names_the_field_when_sent() {
    let err = vobiz::CreateTrunkRequest::try_from(
        vobiz::CreateTrunkRequest::builder()
            .name("pbx")
            .max_concurrent_calls(u64::MAX),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "error converting supplied value for max_concurrent_calls: 18446744073709551615 does \
         not fit in i64"
    );
}

#[test]
fn operation_ids_are_generated_constants() {
    assert_eq!(trunkline_plivo::operation::LIST_TRUNKS, "list_trunks");
    assert_eq!(
        trunkline_vobiz::operation::ASSIGN_NUMBER_TO_TRUNK,
        "assign_number_to_trunk"
    );
    assert_eq!(
        trunking::operation::ADD_TRUNK_CREDENTIAL_LIST,
        "add_trunk_credential_list"
    );
    assert_eq!(sip::operation::CREATE_IP_ADDRESS, "create_ip_address");
    // The OPERATIONS tables are built from them: one row per constant, retry class included.
    let create = trunkline_plivo::OPERATIONS
        .iter()
        .find(|op| op.id == trunkline_plivo::operation::CREATE_TRUNK)
        .expect("a row");
    assert!(!create.idempotent);
    assert_eq!((create.method, create.path), ("POST", "/Trunk/"));
}

/// The facade boxes these streams as `Send`: losing `Send` fails to compile here.
#[test]
fn every_stream_is_send() {
    fn assert_send<T: Send>(_: &T) {}
    let plivo = trunkline_plivo::Client::from_credentials("MA1", "token").expect("client");
    assert_send(&plivo.list_calls().stream());
    assert_send(&trunkline_plivo::paginate(10, |offset, limit| {
        plivo.list_trunks().offset(offset).limit(limit).send()
    }));
    let vobiz = trunkline_vobiz::Client::from_credentials("MA_1", "token").expect("client");
    assert_send(&vobiz.search_cdrs().stream());
    assert_send(&trunkline_vobiz::paginate_cdrs(10, |page, per_page| {
        vobiz.list_cdrs().page(page).per_page(per_page).send()
    }));
    let twilio = trunkline_twilio::Client::from_credentials("AC1", "token").expect("client");
    assert_send(&twilio.credentials("CL1"));
    assert_send(
        &twilio.paginate(
            twilio
                .sip()
                .list_ip_addresses()
                .ip_access_control_list_sid("AL1")
                .send(),
        ),
    );
}
