//! Building a client from what its spec declares: [`ApiDescription`] (the spec's
//! `x-trunkline-client`, generated into every vendor crate as a constant) and
//! [`ClientSettings`], the one builder state every generated `ClientBuilder` wraps.
//!
//! A generated `ClientBuilder` only names the credentials; checking them, reading them from
//! the environment, authenticating, putting the account into the base URL and building the
//! HTTP client happen here, once for every vendor.

use std::fmt;

use crate::{Auth, ClientConfig, ConfigError, Endpoint, SecretString};

/// One credential a client is built from (an entry of `x-trunkline-client.credentials`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CredentialField {
    /// Parameter name in the generated constructors, e.g. `auth_id`; the account path's
    /// `{auth_id}` is filled with it.
    pub name: &'static str,
    /// How errors name it after the vendor name: `auth id` gives "invalid Plivo auth id: …".
    pub label: &'static str,
    /// The environment variable `from_env` reads it from.
    pub env: &'static str,
    /// Whether it is a secret: never shown in `Debug` output, errors or logs.
    pub secret: bool,
}

/// How an API authenticates every request (`x-trunkline-client.auth`). Each scheme names the
/// credentials it uses by [`CredentialField::name`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthScheme {
    /// HTTP Basic (Plivo, Twilio).
    Basic {
        /// The credential sent as the user name.
        username: &'static str,
        /// The credential sent as the password.
        password: &'static str,
    },
    /// One header per credential (Vobiz: `X-Auth-ID`, `X-Auth-Token`), as `(header, credential)`.
    Headers(&'static [(&'static str, &'static str)]),
    /// `Authorization: Bearer <token>` (Telnyx).
    Bearer {
        /// The credential sent as the token.
        token: &'static str,
    },
}

/// What a spec's `x-trunkline-client` says about building a client for its API.
///
/// ```
/// use trunkline_core::{ApiDescription, AuthScheme, ClientSettings, CredentialField, SecretString};
///
/// const API: ApiDescription = ApiDescription {
///     vendor: "example",
///     vendor_name: "Example",
///     default_origin: "https://api.example.com",
///     account_path: "/v1/Account/{account}",
///     credentials: &[
///         CredentialField { name: "account", label: "account id", env: "EXAMPLE_ACCOUNT", secret: false },
///         CredentialField { name: "token", label: "token", env: "EXAMPLE_TOKEN", secret: true },
///     ],
///     auth: AuthScheme::Basic { username: "account", password: "token" },
///     base_url_env: "EXAMPLE_BASE_URL",
///     encode_plus_in_paths: false,
/// };
///
/// let settings = ClientSettings::new(&API, [SecretString::from("AC 1"), SecretString::from("t0k")]);
/// let endpoint = settings.endpoint().unwrap();
/// assert_eq!(endpoint.base_url, "https://api.example.com/v1/Account/AC%201");
///
/// let err = ClientSettings::new(&API, [SecretString::from(" "), SecretString::from("t0k")])
///     .endpoint()
///     .unwrap_err();
/// assert_eq!(err.to_string(), "invalid Example account id: it is empty");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApiDescription {
    /// Vendor name in logs, reports and errors (`plivo`).
    pub vendor: &'static str,
    /// The vendor's name as people write it (`Plivo`), in error messages.
    pub vendor_name: &'static str,
    /// Origin of the API (`https://api.plivo.com`): the scheme and host of `servers[0].url`.
    pub default_origin: &'static str,
    /// The path of `servers[0].url`, appended to the origin, with `{credential}` placeholders
    /// for the account (`/v1/Account/{auth_id}/Zentrunk`); empty when the URL has no path.
    pub account_path: &'static str,
    /// Every credential, in the order the generated constructors take them.
    pub credentials: &'static [CredentialField],
    /// How requests are authenticated.
    pub auth: AuthScheme,
    /// Optional environment variable replacing [`ApiDescription::default_origin`].
    pub base_url_env: &'static str,
    /// Whether every `+` in a request path is sent as `%2B` (an API that reads `+` in paths
    /// as a space).
    pub encode_plus_in_paths: bool,
}

impl ApiDescription {
    /// The account path with every `{name}` replaced by the percent-encoded value of that
    /// credential (`values` are `(name, value)` pairs; a name without a value stays as it is).
    ///
    /// ```
    /// # use trunkline_core::{ApiDescription, AuthScheme};
    /// # const API: ApiDescription = ApiDescription { vendor: "t", vendor_name: "T",
    /// #     default_origin: "https://api.twilio.com", account_path: "/2010-04-01/Accounts/{account_sid}",
    /// #     credentials: &[], auth: AuthScheme::Bearer { token: "x" }, base_url_env: "X", encode_plus_in_paths: false };
    /// assert_eq!(API.account_path_for(&[("account_sid", "AC1/..")]), "/2010-04-01/Accounts/AC1%2F%2E%2E");
    /// ```
    pub fn account_path_for(&self, values: &[(&str, &str)]) -> String {
        let mut path = self.account_path.to_owned();
        for (name, value) in values {
            path = path.replace(&format!("{{{name}}}"), &crate::encode_path_segment(value));
        }
        path
    }

    /// The label errors use for a credential: "{vendor name} {label}", e.g. `Plivo auth id`.
    pub fn label_of(&self, name: &str) -> String {
        match self.credentials.iter().find(|field| field.name == name) {
            Some(field) => format!("{} {}", self.vendor_name, field.label),
            None => format!("{} {name}", self.vendor_name),
        }
    }

    /// Builds the authentication from one value per credential (in [`Self::credentials`]
    /// order), with errors naming the vendor's credential.
    pub fn authenticate(&self, values: &[SecretString]) -> Result<Auth, ConfigError> {
        let value = |name: &str| -> Result<SecretString, ConfigError> {
            self.credentials
                .iter()
                .position(|field| field.name == name)
                .and_then(|index| values.get(index))
                .cloned()
                .ok_or_else(|| ConfigError::InvalidCredential {
                    field: self.label_of(name),
                    reason: "it is missing".to_owned(),
                })
        };
        match self.auth {
            AuthScheme::Basic { username, password } => Auth::basic_with_labels(
                value(username)?.expose().trim(),
                value(password)?,
                &self.label_of(username),
                &self.label_of(password),
            ),
            AuthScheme::Headers(headers) => {
                let mut built = Vec::with_capacity(headers.len());
                for (header, name) in headers {
                    let mut secret = value(name)?;
                    if !self.is_secret(name) {
                        secret = SecretString::from(secret.expose().trim());
                    }
                    built.push((*header, secret, self.label_of(name)));
                }
                Auth::headers_with_labels(self.vendor_name, built)
            }
            AuthScheme::Bearer { token } => Auth::bearer(value(token)?, &self.label_of(token)),
        }
    }

    fn is_secret(&self, name: &str) -> bool {
        self.credentials
            .iter()
            .any(|field| field.name == name && field.secret)
    }
}

/// Where requests go: an origin the API's own path is appended to, or the complete base of
/// every operation path.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Base {
    Origin(String),
    Api(String),
}

/// The state of a generated `ClientBuilder`: one value per credential, where the API is served
/// and the shared [`ClientConfig`]. [`ClientSettings::endpoint`] checks everything and builds
/// what the generated client is made of.
///
/// `Debug` shows the credentials that are not secret and `<redacted>` for the others.
#[derive(Clone)]
pub struct ClientSettings {
    api: &'static ApiDescription,
    values: Vec<SecretString>,
    base: Base,
    config: ClientConfig,
    auth: Option<Auth>,
}

impl fmt::Debug for ClientSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_struct("ClientSettings");
        map.field("vendor", &self.api.vendor);
        for (field, value) in self.api.credentials.iter().zip(&self.values) {
            if field.secret {
                map.field(field.name, &"<redacted>");
            } else {
                map.field(field.name, &value.expose());
            }
        }
        map.field("base", &self.base)
            .field("config", &self.config)
            .field("auth", &self.auth)
            .finish()
    }
}

impl ClientSettings {
    /// Starts from explicit credentials, one per [`ApiDescription::credentials`] entry in that
    /// order; the API's default origin; the default [`ClientConfig`].
    pub fn new(
        api: &'static ApiDescription,
        values: impl IntoIterator<Item = SecretString>,
    ) -> Self {
        Self {
            api,
            values: values.into_iter().collect(),
            base: Base::Origin(api.default_origin.to_owned()),
            config: ClientConfig::default(),
            auth: None,
        }
    }

    /// Starts from the environment: every credential's variable (required; missing, empty
    /// and non-Unicode values are errors naming the variable, checked in declaration order)
    /// and, if set, [`ApiDescription::base_url_env`] as the origin. Values are trimmed.
    pub fn from_env(api: &'static ApiDescription) -> Result<Self, ConfigError> {
        let mut values = Vec::with_capacity(api.credentials.len());
        for field in api.credentials {
            values.push(SecretString::from(crate::env_var(field.env)?));
        }
        let mut settings = Self::new(api, values);
        if let Some(origin) = crate::optional_env_var(api.base_url_env)? {
            settings.base = Base::Origin(origin);
        }
        Ok(settings)
    }

    /// Sends requests to this origin instead of the default (a proxy, a test server, the
    /// emulator); the API's account path is still appended.
    pub fn with_base_url(mut self, origin: impl Into<String>) -> Self {
        self.base = Base::Origin(origin.into());
        self
    }

    /// Uses `url` as the complete base of every operation path, without the account path: for
    /// a proxy that maps the API elsewhere, or a mock server matching operation paths directly.
    pub fn with_api_base_url(mut self, url: impl Into<String>) -> Self {
        self.base = Base::Api(url.into());
        self
    }

    /// Replaces the shared settings (retries, timeouts, user agent, …).
    pub fn with_config(mut self, config: ClientConfig) -> Self {
        self.config = config;
        self
    }

    /// Authenticates with `auth` instead of the API's own scheme: another principal acting on
    /// the account (Twilio's API keys). The credentials still fill the account path.
    pub fn with_auth(mut self, auth: Auth) -> Self {
        self.auth = Some(auth);
        self
    }

    /// The value of a credential that is not secret (trimmed), e.g. the account id; `None` for
    /// a secret or an unknown name.
    pub fn credential(&self, name: &str) -> Option<&str> {
        self.api
            .credentials
            .iter()
            .zip(&self.values)
            .find(|(field, _)| field.name == name && !field.secret)
            .map(|(_, value)| value.expose().trim())
    }

    /// The API this builds a client for.
    pub fn api(&self) -> &'static ApiDescription {
        self.api
    }

    /// The shared settings.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// The checked base URL of the client: the origin (see [`crate::checked_base_url`]) with
    /// the account path appended, or the URL given to [`ClientSettings::with_api_base_url`].
    pub fn base_url(&self) -> Result<String, ConfigError> {
        let (origin, path) = self.place()?;
        Ok(crate::checked_base_url(origin, self.config.insecure_http_allowed())? + &path)
    }

    /// Checks everything and builds the base URL, HTTP client and runtime of the client.
    /// Nothing is sent.
    ///
    /// Errors name the problem: an empty credential (non-secret values are trimmed first), a
    /// value the authentication scheme or an HTTP header cannot carry, an unusable or
    /// clear-text base URL. They never contain a secret.
    pub fn endpoint(&self) -> Result<Endpoint, ConfigError> {
        let (origin, path) = self.place()?;
        let auth = match &self.auth {
            Some(auth) => auth.clone(),
            None => self.api.authenticate(&self.values)?,
        };
        let mut endpoint = Endpoint::new(self.api.vendor, origin, &path, auth, &self.config)?;
        if self.api.encode_plus_in_paths {
            endpoint.runtime = endpoint.runtime.with_plus_encoded_in_paths();
        }
        Ok(endpoint)
    }

    /// The origin (or complete base) and the account path, after checking the credentials that
    /// fill it.
    fn place(&self) -> Result<(&str, String), ConfigError> {
        let api = self.api;
        if self.values.len() != api.credentials.len() {
            return Err(ConfigError::InvalidCredential {
                field: format!("{} credentials", api.vendor_name),
                reason: format!(
                    "{} given, {} expected",
                    self.values.len(),
                    api.credentials.len()
                ),
            });
        }
        let mut plain = Vec::new();
        for (field, value) in api.credentials.iter().zip(&self.values) {
            if field.secret {
                continue;
            }
            if value.expose().trim().is_empty() {
                return Err(ConfigError::InvalidCredential {
                    field: api.label_of(field.name),
                    reason: "it is empty".to_owned(),
                });
            }
            plain.push((field.name, value.expose().trim()));
        }
        Ok(match &self.base {
            Base::Origin(origin) => (origin.as_str(), api.account_path_for(&plain)),
            Base::Api(url) => (url.as_str(), String::new()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADERS: ApiDescription = ApiDescription {
        vendor: "vobiz",
        vendor_name: "Vobiz",
        default_origin: "https://api.vobiz.ai",
        account_path: "/api/v1/Account/{auth_id}",
        credentials: &[
            CredentialField {
                name: "auth_id",
                label: "auth id",
                env: "TRUNKLINE_CORE_TEST_UNSET_ID",
                secret: false,
            },
            CredentialField {
                name: "auth_token",
                label: "auth token",
                env: "TRUNKLINE_CORE_TEST_UNSET_TOKEN",
                secret: true,
            },
        ],
        auth: AuthScheme::Headers(&[("X-Auth-ID", "auth_id"), ("X-Auth-Token", "auth_token")]),
        base_url_env: "TRUNKLINE_CORE_TEST_UNSET_BASE",
        encode_plus_in_paths: true,
    };

    const BEARER: ApiDescription = ApiDescription {
        vendor: "telnyx",
        vendor_name: "Telnyx",
        default_origin: "https://api.telnyx.com",
        account_path: "/v2",
        credentials: &[CredentialField {
            name: "api_key",
            label: "API key",
            env: "TRUNKLINE_CORE_TEST_UNSET_KEY",
            secret: true,
        }],
        auth: AuthScheme::Bearer { token: "api_key" },
        base_url_env: "TRUNKLINE_CORE_TEST_UNSET_BASE",
        encode_plus_in_paths: false,
    };

    fn values(values: &[&str]) -> Vec<SecretString> {
        values.iter().map(|v| SecretString::from(*v)).collect()
    }

    #[test]
    fn headers_scheme_fills_the_account_and_names_bad_values() {
        let settings = ClientSettings::new(&HEADERS, values(&[" MA_1 ", "tok-9"]));
        let endpoint = settings.endpoint().unwrap();
        assert_eq!(
            endpoint.base_url,
            "https://api.vobiz.ai/api/v1/Account/MA_1"
        );
        let shown = format!("{settings:?} {endpoint:?}");
        assert!(
            shown.contains("MA_1") && !shown.contains("tok-9"),
            "{shown}"
        );
        for (given, expected) in [
            (&["", "t"], "invalid Vobiz auth id: it is empty"),
            (&["MA_1", " "], "invalid Vobiz auth token: it is empty"),
        ] {
            let err = ClientSettings::new(&HEADERS, values(given))
                .endpoint()
                .unwrap_err();
            assert_eq!(err.to_string(), expected);
        }
        let err = ClientSettings::new(&HEADERS, values(&["MA_1"]))
            .endpoint()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid Vobiz credentials: 1 given, 2 expected"
        );
    }

    #[test]
    fn api_base_url_drops_the_account_path() {
        let endpoint = ClientSettings::new(&BEARER, values(&["KEY"]))
            .with_api_base_url("http://127.0.0.1:9/")
            .endpoint()
            .unwrap();
        assert_eq!(endpoint.base_url, "http://127.0.0.1:9");
        let endpoint = ClientSettings::new(&BEARER, values(&["KEY"]))
            .with_base_url("http://127.0.0.1:9/")
            .endpoint()
            .unwrap();
        assert_eq!(endpoint.base_url, "http://127.0.0.1:9/v2");
        let err = ClientSettings::new(&BEARER, values(&[""]))
            .endpoint()
            .unwrap_err();
        assert_eq!(err.to_string(), "invalid Telnyx API key: it is empty");
    }

    #[test]
    fn from_env_names_the_first_missing_variable() {
        let err = ClientSettings::from_env(&HEADERS).unwrap_err();
        assert_eq!(
            err,
            ConfigError::MissingEnv {
                name: "TRUNKLINE_CORE_TEST_UNSET_ID".into()
            }
        );
    }
}
