//! Test helpers for mocking Twilio with [`httpmock`] (feature `httpmock`).
//!
//! Twilio's request bodies are `application/x-www-form-urlencoded`; the typed mocks generated
//! into [`crate::trunking::mock`] and [`crate::sip::mock`] match method and path, but their
//! `body(…)` matchers compare JSON and so never match a Twilio request. [`FormBodyExt`] adds
//! form matchers to `httpmock::When` and to every generated `*When` of an operation with a body:
//!
//! - [`form_body`](FormBodyExt::form_body): the decoded form fields are exactly these
//!   name/value pairs (order aside): every pair present, nothing else sent. A boolean is
//!   `"true"`/`"false"`, an integer its decimal text, and an unset optional field must be
//!   absent, as Twilio expects.
//! - [`form_body_obj`](FormBodyExt::form_body_obj): the same, with the pairs taken from a
//!   typed request body (`types::CreateTrunkRequest`, …) encoded the way the client encodes it.
//!
//! Both are built from httpmock's own form matchers (`form_urlencoded_tuple`,
//! `form_urlencoded_tuple_count`) plus the `Content-Type` header, so a mismatch shows up in
//! httpmock's diff like any other expectation.
//!
//! ```
//! use httpmock::MockServer;
//! use trunkline_twilio::mock::{FormBodyExt, SipMockServerExt, TrunkingMockServerExt};
//! use trunkline_twilio::{ClientBuilder, sip, trunking};
//!
//! # tokio::runtime::Runtime::new().unwrap().block_on(async {
//! let server = MockServer::start_async().await;
//! let create = server.create_trunk(|when, then| {
//!     when.form_body(&[("FriendlyName", "pbx-1"), ("Secure", "true")]);
//!     then.created(&trunking::types::Trunk { sid: Some("TK1".into()), ..Default::default() });
//! });
//! let rename = server.update_credential_list(|when, then| {
//!     when.sid("CL1").form_body_obj(&sip::types::UpdateCredentialListRequest {
//!         friendly_name: "users".into(),
//!     });
//!     then.ok(&sip::types::CredentialList { sid: Some("CL1".into()), ..Default::default() });
//! });
//!
//! // Typed mocks match operation paths from the server root: use `api_base_url`.
//! let twilio = ClientBuilder::new("AC1", "token").api_base_url(server.base_url()).build().unwrap();
//! let trunk = twilio
//!     .trunking()
//!     .create_trunk()
//!     .body(trunking::types::CreateTrunkRequest::builder()
//!         .friendly_name(Some("pbx-1".to_string()))
//!         .secure(Some(true)))
//!     .send()
//!     .await
//!     .unwrap();
//! assert_eq!(trunk.sid.as_deref(), Some("TK1"));
//! twilio
//!     .sip()
//!     .update_credential_list()
//!     .sid("CL1")
//!     .body(sip::types::UpdateCredentialListRequest::builder().friendly_name("users"))
//!     .send()
//!     .await
//!     .unwrap();
//! create.assert();
//! rename.assert();
//! # });
//! ```

use serde::Serialize;

pub use crate::generated_sip_httpmock::MockServerExt as SipMockServerExt;
pub use crate::generated_trunking_httpmock::MockServerExt as TrunkingMockServerExt;

/// The `Content-Type` of every Twilio request body.
pub const FORM_CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// Form-body matchers for `httpmock::When` and the generated `*When` types (see the [module
/// documentation](self)).
pub trait FormBodyExt: Sized {
    /// Requires a form-urlencoded body whose decoded fields are exactly `fields`: each
    /// name/value pair present (any order), no other field, and the `Content-Type`
    /// `application/x-www-form-urlencoded`. `&[]` requires an empty form.
    ///
    /// ```
    /// use httpmock::MockServer;
    /// use trunkline_twilio::mock::FormBodyExt;
    ///
    /// let server = MockServer::start();
    /// let mock = server.mock(|when, then| {
    ///     when.method("POST")
    ///         .path("/v1/Trunks")
    ///         .form_body(&[("FriendlyName", "pbx 1"), ("CnamLookupEnabled", "false")]);
    ///     then.status(201);
    /// });
    /// # drop(mock);
    /// ```
    fn form_body(self, fields: &[(&str, &str)]) -> Self;

    /// Requires the form body `value` encodes to, encoded exactly as the generated client
    /// encodes request bodies (so `None` fields are absent and booleans are `true`/`false`),
    /// then matched as [`form_body`](FormBodyExt::form_body). Secrets in `value` (a
    /// `SecretString` password) are matched by their real value.
    ///
    /// # Panics
    ///
    /// If `value` cannot be form-encoded (a nested object or array): no Twilio request body
    /// contains one, and a mock that can never match is better reported at set-up.
    fn form_body_obj<T: Serialize + ?Sized>(self, value: &T) -> Self {
        let pairs = form_pairs(value);
        let fields: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        self.form_body(&fields)
    }
}

impl FormBodyExt for httpmock::When {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        let when = self
            .header("content-type", FORM_CONTENT_TYPE)
            .form_urlencoded_tuple_count(".*", ".*", fields.len());
        fields.iter().fold(when, |when, (name, value)| {
            when.form_urlencoded_tuple(*name, *value)
        })
    }
}

fn form_pairs<T: Serialize + ?Sized>(value: &T) -> Vec<(String, String)> {
    let encoded = serde_urlencoded::to_string(value).unwrap_or_else(|err| {
        panic!("form_body_obj: the value cannot be form-encoded like a Twilio request: {err}")
    });
    serde_urlencoded::from_str(&encoded).unwrap_or_else(|err| {
        panic!("form_body_obj: cannot decode the encoded form {encoded:?}: {err}")
    })
}

/// `FormBodyExt` for a generated `*When`: re-wraps the inner `When` (the operation's method and
/// path expectations are set again, which changes nothing).
macro_rules! form_body_ext {
    ($($module:ident :: $when:ident),* $(,)?) => {$(
        impl FormBodyExt for crate::$module::mock::operations::$when {
            fn form_body(self, fields: &[(&str, &str)]) -> Self {
                Self::new(self.into_inner().form_body(fields))
            }
        }
    )*};
}

form_body_ext!(
    trunking::CreateTrunkWhen,
    trunking::UpdateTrunkWhen,
    trunking::AddTrunkCredentialListWhen,
    trunking::AddTrunkIpAccessControlListWhen,
    trunking::CreateOriginationUrlWhen,
    trunking::UpdateOriginationUrlWhen,
    trunking::AddTrunkPhoneNumberWhen,
    trunking::UpdateTrunkRecordingWhen,
    sip::CreateCredentialListWhen,
    sip::UpdateCredentialListWhen,
    sip::CreateCredentialWhen,
    sip::UpdateCredentialWhen,
    sip::CreateIpAccessControlListWhen,
    sip::UpdateIpAccessControlListWhen,
    sip::CreateIpAddressWhen,
    sip::UpdateIpAddressWhen,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_bodies_become_the_client_s_form_fields() {
        let body = crate::trunking::types::CreateTrunkRequest::try_from(
            crate::trunking::types::CreateTrunkRequest::builder()
                .friendly_name(Some("a b&c".to_string()))
                .secure(Some(false))
                .transfer_mode(Some(crate::trunking::types::TransferMode::SipOnly)),
        )
        .unwrap();
        let mut pairs = form_pairs(&body);
        pairs.sort();
        assert_eq!(
            pairs,
            [
                ("FriendlyName".to_string(), "a b&c".to_string()),
                ("Secure".to_string(), "false".to_string()),
                ("TransferMode".to_string(), "sip-only".to_string()),
            ]
        );
        let empty = crate::sip::types::UpdateCredentialRequest::builder();
        let empty = crate::sip::types::UpdateCredentialRequest::try_from(empty).unwrap();
        assert!(form_pairs(&empty).is_empty());
    }
}
