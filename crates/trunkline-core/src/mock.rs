//! Test helpers for mocking vendor APIs with [`httpmock`] (feature `httpmock`).
//!
//! The typed mocks progenitor generates into each vendor crate's `mock` module match method and
//! path, but their `body(…)` matchers compare JSON, so they never match a request whose body is
//! `application/x-www-form-urlencoded` (Twilio's). [`FormBodyExt`] adds form matchers to
//! `httpmock::When`; the generator implements it for the generated `*When` of every operation
//! with a form body:
//!
//! - [`form_body`](FormBodyExt::form_body): the decoded form fields are exactly these
//!   name/value pairs (order aside): every pair present, nothing else sent. A boolean is
//!   `"true"`/`"false"`, an integer its decimal text, and an unset optional field must be
//!   absent.
//! - [`form_body_obj`](FormBodyExt::form_body_obj): the same, with the pairs taken from a
//!   typed request body encoded the way the generated client encodes it.
//!
//! Both are built from httpmock's own form matchers (`form_urlencoded_tuple`,
//! `form_urlencoded_tuple_count`) plus the `Content-Type` header, so a mismatch shows up in
//! httpmock's diff like any other expectation.
//!
//! ```
//! use httpmock::MockServer;
//! use trunkline_core::mock::FormBodyExt;
//!
//! let server = MockServer::start();
//! let mock = server.mock(|when, then| {
//!     when.method("POST")
//!         .path("/v1/Trunks")
//!         .form_body(&[("FriendlyName", "pbx 1"), ("CnamLookupEnabled", "false")]);
//!     then.status(201);
//! });
//! # drop(mock);
//! ```

use serde::Serialize;

/// The `Content-Type` of a form-urlencoded request body.
pub const FORM_CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// Form-body matchers for `httpmock::When` and the generated `*When` types (see the [module
/// documentation](self)).
pub trait FormBodyExt: Sized {
    /// Requires a form-urlencoded body whose decoded fields are exactly `fields`: each
    /// name/value pair present (any order), no other field, and the `Content-Type`
    /// `application/x-www-form-urlencoded`. `&[]` requires an empty form.
    fn form_body(self, fields: &[(&str, &str)]) -> Self;

    /// Requires the form body `value` encodes to, encoded exactly as the generated clients
    /// encode request bodies (so `None` fields are absent and booleans are `true`/`false`),
    /// then matched as [`form_body`](FormBodyExt::form_body). Secrets in `value` (a
    /// `SecretString` password) are matched by their real value.
    ///
    /// # Panics
    ///
    /// If `value` cannot be form-encoded (a nested object or array): the lint refuses such
    /// form bodies in specs, and a mock that can never match is better reported at set-up.
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
        panic!("form_body_obj: the value cannot be form-encoded like a request body: {err}")
    });
    serde_urlencoded::from_str(&encoded).unwrap_or_else(|err| {
        panic!("form_body_obj: cannot decode the encoded form {encoded:?}: {err}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    #[serde(rename_all = "PascalCase")]
    struct Body {
        #[serde(skip_serializing_if = "Option::is_none")]
        friendly_name: Option<String>,
        secure: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        weight: Option<u16>,
    }

    #[test]
    fn typed_bodies_become_form_fields() {
        let mut pairs = form_pairs(&Body {
            friendly_name: Some("a b&c".into()),
            secure: false,
            weight: None,
        });
        pairs.sort();
        assert_eq!(
            pairs,
            [
                ("FriendlyName".to_string(), "a b&c".to_string()),
                ("Secure".to_string(), "false".to_string()),
            ]
        );
    }
}
