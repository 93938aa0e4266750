//! Which operation an error names: the vendor operation the runtime recorded for the request
//! that failed (the spec's `operationId`, which can differ from the facade's name), or the
//! facade operation where no vendor request failed (a lookup that found nothing).

use trunkline::{CallId, CredentialListId, Error, NewOriginationUri, TrunkProvider};
use trunkline_emulator::{Emulator, EmulatorConfig};

fn operation(err: &Error) -> &'static str {
    err.vendor_error().expect("vendor details").operation
}

#[tokio::test]
async fn errors_name_the_vendor_operation_that_failed_or_the_facade_operation() {
    let emulator = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    let config = trunkline::ClientConfig::default();
    let vobiz = trunkline::VobizProvider::with_config(
        trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID,
        trunkline_emulator::DEFAULT_VOBIZ_AUTH_TOKEN,
        Some(emulator.vobiz_url()),
        config.clone(),
    )
    .expect("vobiz");
    // `get_call` is Vobiz's `get_cdr`.
    let err = vobiz
        .get_call(&CallId::new("no-such-call"))
        .await
        .expect_err("unknown");
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(operation(&err), "get_cdr", "{err}");
    // Vobiz has no read-by-id for credentials: the list was read without error and the id was
    // not in it, so the facade operation is named.
    let err = vobiz
        .get_credential_list(&CredentialListId::new("no-such-credential"))
        .await
        .expect_err("unknown");
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(operation(&err), "get_credential_list", "{err}");

    let twilio = trunkline::TwilioProvider::from_client(
        trunkline_twilio::ClientBuilder::new(
            trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID,
            trunkline_emulator::DEFAULT_TWILIO_AUTH_TOKEN,
        )
        .trunking_base_url(emulator.twilio_trunking_url())
        .sip_base_url(emulator.twilio_api_url())
        .build()
        .expect("twilio"),
    );
    // Twilio calls origination URIs origination URLs.
    let uri = NewOriginationUri::new("sip:pbx.example.com")
        .with_trunk("TK00000000000000000000000000000000");
    let err = twilio
        .create_origination_uri(&uri)
        .await
        .expect_err("unknown trunk");
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(operation(&err), "create_origination_url", "{err}");
}
