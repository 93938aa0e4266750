//! [`Auth`]: how a client authenticates, applied to every request as sensitive headers.

use std::fmt;

use base64::Engine as _;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderName, HeaderValue};

use crate::{ConfigError, SecretString};

/// Credentials, validated once and turned into the headers every request carries.
///
/// Header values are marked sensitive (so HTTP libraries that log headers redact them) and
/// `Debug` shows only who is authenticating, never the secret.
///
/// ```
/// use trunkline_core::{Auth, SecretString};
///
/// let auth = Auth::basic("MAXXXXXXXXXXXXXXXXXX", SecretString::from("token-value")).unwrap();
/// assert!(!format!("{auth:?}").contains("token-value"));
///
/// let headers = Auth::headers("Vobiz", [
///     ("X-Auth-ID", SecretString::from("MA_ABC")),
///     ("X-Auth-Token", SecretString::from("token-value")),
/// ]).unwrap();
/// assert!(!format!("{headers:?}").contains("token-value"));
/// ```
#[derive(Clone)]
pub struct Auth {
    description: String,
    headers: Vec<(HeaderName, HeaderValue)>,
}

impl Auth {
    /// HTTP Basic authentication (Plivo: auth id + token; Twilio: account SID or API key SID +
    /// token or secret). The username must not contain `:`; neither part may be empty. Errors
    /// name the parts `username` and `password`; [`Auth::basic_with_labels`] names them as the
    /// vendor does.
    pub fn basic(username: &str, password: SecretString) -> Result<Self, ConfigError> {
        Self::basic_with_labels(username, password, "username", "password")
    }

    /// [`Auth::basic`] whose errors name the two parts with the caller's labels (e.g. `Twilio
    /// API key SID`, `Twilio API key secret`).
    ///
    /// ```
    /// use trunkline_core::{Auth, SecretString};
    ///
    /// let err = Auth::basic_with_labels("AC1", SecretString::from(""), "Twilio account SID", "Twilio auth token")
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), "invalid Twilio auth token: it is empty");
    /// ```
    pub fn basic_with_labels(
        username: &str,
        password: SecretString,
        username_label: &str,
        password_label: &str,
    ) -> Result<Self, ConfigError> {
        if username.trim().is_empty() {
            return Err(invalid(username_label, "it is empty"));
        }
        if username.contains(':') {
            return Err(invalid(username_label, "it contains ':'"));
        }
        if password.expose().trim().is_empty() {
            return Err(invalid(password_label, "it is empty"));
        }
        let encoded = base64::engine::general_purpose::STANDARD
            .encode(format!("{username}:{}", password.expose()));
        let value = sensitive_value(&format!("Basic {encoded}"), password_label)?;
        Ok(Self {
            description: format!("Basic(username={username:?}, password=<redacted>)"),
            headers: vec![(AUTHORIZATION, value)],
        })
    }

    /// Bearer-token authentication (`Authorization: Bearer <token>`, Telnyx's API keys). The
    /// token must not be empty and must be something an HTTP header can carry; `label` names it
    /// in errors.
    ///
    /// ```
    /// use trunkline_core::{Auth, SecretString};
    ///
    /// let auth = Auth::bearer(SecretString::from("KEY0123"), "Telnyx API key").unwrap();
    /// assert_eq!(format!("{auth:?}"), "Bearer(<redacted>)");
    /// let err = Auth::bearer(SecretString::from(" "), "Telnyx API key").unwrap_err();
    /// assert_eq!(err.to_string(), "invalid Telnyx API key: it is empty");
    /// ```
    pub fn bearer(token: SecretString, label: &str) -> Result<Self, ConfigError> {
        if token.expose().trim().is_empty() {
            return Err(invalid(label, "it is empty"));
        }
        let value = sensitive_value(&format!("Bearer {}", token.expose()), label)?;
        Ok(Self {
            description: "Bearer(<redacted>)".to_owned(),
            headers: vec![(AUTHORIZATION, value)],
        })
    }

    /// Authentication by custom headers (Vobiz: `X-Auth-ID` + `X-Auth-Token`). `vendor` only
    /// names the scheme in `Debug` output. Every value is treated as a secret; errors name the
    /// header.
    pub fn headers<'a>(
        vendor: &str,
        headers: impl IntoIterator<Item = (&'a str, SecretString)>,
    ) -> Result<Self, ConfigError> {
        Self::headers_with_labels(
            vendor,
            headers
                .into_iter()
                .map(|(name, value)| (name, value, name.to_owned())),
        )
    }

    /// [`Auth::headers`] whose errors name each value with the caller's label (the third item,
    /// e.g. `Vobiz auth token`) instead of its header name.
    pub fn headers_with_labels<'a>(
        vendor: &str,
        headers: impl IntoIterator<Item = (&'a str, SecretString, String)>,
    ) -> Result<Self, ConfigError> {
        let mut built = Vec::new();
        let mut names = Vec::new();
        for (name, value, label) in headers {
            let header = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| invalid(name, "it is not a valid HTTP header name"))?;
            if value.expose().trim().is_empty() {
                return Err(invalid(&label, "it is empty"));
            }
            built.push((header, sensitive_value(value.expose(), &label)?));
            names.push(name.to_owned());
        }
        if built.is_empty() {
            return Err(invalid("headers", "no authentication header given"));
        }
        Ok(Self {
            description: format!("{vendor}Headers({}: <redacted>)", names.join(", ")),
            headers: built,
        })
    }

    /// Sets the authentication headers on a request, replacing any already there.
    pub fn apply(&self, headers: &mut HeaderMap) {
        for (name, value) in &self.headers {
            headers.insert(name.clone(), value.clone());
        }
    }
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.description)
    }
}

fn sensitive_value(raw: &str, field: &str) -> Result<HeaderValue, ConfigError> {
    let mut value = HeaderValue::from_str(raw).map_err(|_| {
        invalid(
            field,
            "it contains characters an HTTP header cannot carry (control characters or non-ASCII)",
        )
    })?;
    value.set_sensitive(true);
    Ok(value)
}

fn invalid(field: &str, reason: &str) -> ConfigError {
    ConfigError::InvalidCredential {
        field: field.to_owned(),
        reason: reason.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_header_is_rfc7617() {
        let auth = Auth::basic("Aladdin", SecretString::from("open sesame")).unwrap();
        let mut headers = HeaderMap::new();
        auth.apply(&mut headers);
        assert_eq!(headers[AUTHORIZATION], "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assert!(headers[AUTHORIZATION].is_sensitive());
    }

    #[test]
    fn bad_credentials_are_named_without_leaking() {
        let err = Auth::basic("", SecretString::from("x")).unwrap_err();
        assert!(err.to_string().contains("username"));
        let err = Auth::basic("a:b", SecretString::from("x")).unwrap_err();
        assert!(err.to_string().contains("':'"));
        let err = Auth::basic("a", SecretString::from("")).unwrap_err();
        assert!(err.to_string().contains("password"));
        // A token of only whitespace (a stray newline from `echo`, a blank env value) is as
        // empty as no token: refused here rather than sent and answered 401.
        for blank in [" ", "\t", " \n "] {
            let err = Auth::basic("a", SecretString::from(blank)).unwrap_err();
            assert_eq!(
                err.to_string(),
                "invalid password: it is empty",
                "{blank:?}"
            );
        }
        let err = Auth::headers(
            "Vobiz",
            [("X-Auth-Token", SecretString::from("bad\nvalue"))],
        )
        .unwrap_err();
        assert!(err.to_string().contains("X-Auth-Token"));
        assert!(!err.to_string().contains("bad\nvalue"));
    }

    #[test]
    fn custom_headers_are_sensitive_and_redacted() {
        let auth = Auth::headers(
            "Vobiz",
            [
                ("X-Auth-ID", SecretString::from("MA_1")),
                ("X-Auth-Token", SecretString::from("tok-123")),
            ],
        )
        .unwrap();
        let mut headers = HeaderMap::new();
        auth.apply(&mut headers);
        assert_eq!(headers["x-auth-token"], "tok-123");
        assert!(headers["x-auth-token"].is_sensitive());
        let debug = format!("{auth:?} {headers:?}");
        assert!(!debug.contains("tok-123"), "{debug}");
    }

    #[test]
    fn bearer_header_is_sensitive() {
        let auth = Auth::bearer(SecretString::from("KEY-1"), "Telnyx API key").unwrap();
        let mut headers = HeaderMap::new();
        auth.apply(&mut headers);
        assert_eq!(headers[AUTHORIZATION], "Bearer KEY-1");
        assert!(headers[AUTHORIZATION].is_sensitive());
        let err = Auth::bearer(SecretString::from("a\nb"), "Telnyx API key").unwrap_err();
        assert!(
            err.to_string().starts_with("invalid Telnyx API key: "),
            "{err}"
        );
        assert!(!format!("{auth:?} {err:?}").contains("KEY-1"));
    }
}
