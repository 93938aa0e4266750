//! [`Client`], the entry point holding both generated clients, and [`ClientBuilder`]:
//! credentials (auth token or API key), base URLs, shared configuration.

use progenitor_client::ClientInfo as _;
use trunkline_core::{Auth, ClientConfig, ConfigError, SecretString};

use crate::{sip, trunking};

/// Vendor name used in logs, [`trunkline_core::CallReport`]s and errors.
pub const VENDOR: &str = "twilio";

/// Origin of the Elastic SIP Trunking v1 API. Operation paths (`/v1/Trunks…`) are appended as-is.
pub const DEFAULT_TRUNKING_BASE_URL: &str = "https://trunking.twilio.com";

/// Origin of the 2010-04-01 API used by [`sip`]. The client appends
/// `/2010-04-01/Accounts/{AccountSid}`.
pub const DEFAULT_SIP_BASE_URL: &str = "https://api.twilio.com";

/// Environment variable holding the Account SID (`AC…`); always required.
pub const ENV_ACCOUNT_SID: &str = "TWILIO_ACCOUNT_SID";
/// Environment variable holding the Auth Token; used when no API key is set.
pub const ENV_AUTH_TOKEN: &str = "TWILIO_AUTH_TOKEN";
/// Environment variable holding an API Key SID (`SK…`). With [`ENV_API_SECRET`] it takes
/// precedence over [`ENV_AUTH_TOKEN`].
pub const ENV_API_KEY: &str = "TWILIO_API_KEY";
/// Environment variable holding the API key's secret.
pub const ENV_API_SECRET: &str = "TWILIO_API_SECRET";
/// Optional environment variable replacing [`DEFAULT_TRUNKING_BASE_URL`] (see
/// [`ClientBuilder::trunking_base_url`]).
pub const ENV_TRUNKING_BASE_URL: &str = "TWILIO_TRUNKING_BASE_URL";
/// Optional environment variable replacing [`DEFAULT_SIP_BASE_URL`], the origin of the
/// 2010-04-01 API (see [`ClientBuilder::sip_base_url`]).
pub const ENV_SIP_BASE_URL: &str = "TWILIO_SIP_BASE_URL";

/// The entry point: one [`trunking::Client`] and one [`sip::Client`] sharing credentials, retry
/// policy, timeouts and connection pool, plus the list streams of [`Client::paginate`].
///
/// Cheap to clone (the clients share their state). `Debug` shows the base URLs and who
/// authenticates, never the token or secret.
///
/// ```
/// use trunkline_twilio::Client;
///
/// let twilio = Client::from_credentials("ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "auth-token").unwrap();
/// assert_eq!(twilio.trunking_base_url(), "https://trunking.twilio.com");
/// assert_eq!(
///     twilio.sip_base_url(),
///     "https://api.twilio.com/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
/// );
/// assert!(!format!("{twilio:?}").contains("auth-token"));
/// ```
#[derive(Clone, Debug)]
pub struct Client {
    account_sid: String,
    trunking: trunking::Client,
    sip: sip::Client,
    /// The path Twilio's 2010-04-01 links start with for this account
    /// (`/2010-04-01/Accounts/{AccountSid}`); see [`crate::paging`].
    sip_link_prefix: String,
    /// The two base URLs, parsed once: following a next-page link rebases it on these.
    parsed_bases: ParsedBases,
}

/// The parsed base URLs of both APIs (`Debug` omits them: the strings are shown already).
#[derive(Clone)]
pub(crate) struct ParsedBases {
    pub(crate) trunking: Option<reqwest::Url>,
    pub(crate) sip: Option<reqwest::Url>,
}

impl std::fmt::Debug for ParsedBases {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("..")
    }
}

impl Client {
    /// A client for the account `account_sid` authenticated with its Auth Token, on Twilio's
    /// hosts, with default retries and timeouts.
    pub fn from_credentials(
        account_sid: &str,
        auth_token: impl Into<SecretString>,
    ) -> Result<Self, ConfigError> {
        ClientBuilder::new(account_sid, auth_token).build()
    }

    /// A client from the environment: see [`ClientBuilder::from_env`].
    pub fn from_env() -> Result<Self, ConfigError> {
        ClientBuilder::from_env()?.build()
    }

    /// The generated Elastic SIP Trunking v1 client: trunks, origination URLs, recording, and
    /// the trunk's credential list / IP access control list / phone number associations.
    pub fn trunking(&self) -> &trunking::Client {
        &self.trunking
    }

    /// The generated 2010-04-01 SIP lists client: credential lists, credentials, IP access
    /// control lists, IP addresses.
    pub fn sip(&self) -> &sip::Client {
        &self.sip
    }

    /// The account every request acts on (the `AccountSid` of the 2010-04-01 paths).
    pub fn account_sid(&self) -> &str {
        &self.account_sid
    }

    /// Base URL of the trunking client (operation paths such as `/v1/Trunks` are appended).
    pub fn trunking_base_url(&self) -> &str {
        self.trunking.baseurl()
    }

    /// Base URL of the SIP client, the account included (operation paths such as
    /// `/SIP/CredentialLists.json` are appended).
    pub fn sip_base_url(&self) -> &str {
        self.sip.baseurl()
    }

    pub(crate) fn sip_link_prefix(&self) -> &str {
        &self.sip_link_prefix
    }

    pub(crate) fn parsed_bases(&self) -> &ParsedBases {
        &self.parsed_bases
    }
}

/// Who authenticates: the account itself, or another Basic-auth principal acting on it.
#[derive(Clone, Debug)]
enum Credential {
    AuthToken(SecretString),
    ApiKey { sid: String, secret: SecretString },
}

/// Where one API is served.
#[derive(Clone, Debug)]
enum Base {
    /// An origin (optionally with a proxy path prefix); the API's own path is appended.
    Origin(String),
    /// The complete base of every operation path, used as-is.
    AsIs(String),
}

/// Builds a [`Client`]: credentials, then optionally base URLs and a [`ClientConfig`].
///
/// ```
/// use trunkline_twilio::{ClientBuilder, ClientConfig, RetryPolicy};
///
/// // An API key acting on an account; the 2010-04-01 paths still name the account.
/// let twilio = ClientBuilder::api_key(
///     "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
///     "SKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
///     "api-key-secret",
/// )
/// .base_url("http://127.0.0.1:4010")
/// .config(ClientConfig::default().with_retry(RetryPolicy::never()))
/// .build()
/// .unwrap();
/// assert_eq!(twilio.trunking_base_url(), "http://127.0.0.1:4010");
/// assert_eq!(
///     twilio.sip_base_url(),
///     "http://127.0.0.1:4010/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
/// );
/// assert!(format!("{twilio:?}").contains("SKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"));
/// assert!(!format!("{twilio:?}").contains("api-key-secret"));
/// ```
#[derive(Clone, Debug)]
pub struct ClientBuilder {
    account_sid: String,
    credential: Credential,
    trunking_base: Base,
    sip_base: Base,
    config: ClientConfig,
}

impl ClientBuilder {
    /// Authenticates as the account itself: Account SID (`AC…`) + Auth Token.
    pub fn new(account_sid: impl Into<String>, auth_token: impl Into<SecretString>) -> Self {
        Self::with_credential(account_sid.into(), Credential::AuthToken(auth_token.into()))
    }

    /// Authenticates with an API key (`SK…` + its secret) acting on `account_sid`, which is
    /// still needed for the 2010-04-01 paths (`/2010-04-01/Accounts/{AccountSid}/SIP/…`).
    ///
    /// The key SID is sent as the Basic-auth user name as given, so any principal Twilio
    /// accepts for the account works here too, e.g. a parent account's SID and Auth Token
    /// acting on one of its subaccounts.
    pub fn api_key(
        account_sid: impl Into<String>,
        api_key_sid: impl Into<String>,
        api_key_secret: impl Into<SecretString>,
    ) -> Self {
        Self::with_credential(
            account_sid.into(),
            Credential::ApiKey {
                sid: api_key_sid.into(),
                secret: api_key_secret.into(),
            },
        )
    }

    fn with_credential(account_sid: String, credential: Credential) -> Self {
        Self {
            account_sid,
            credential,
            trunking_base: Base::Origin(DEFAULT_TRUNKING_BASE_URL.to_owned()),
            sip_base: Base::Origin(DEFAULT_SIP_BASE_URL.to_owned()),
            config: ClientConfig::default(),
        }
    }

    /// Starts from the environment:
    ///
    /// - [`ENV_ACCOUNT_SID`] (`TWILIO_ACCOUNT_SID`), always required;
    /// - [`ENV_API_KEY`] + [`ENV_API_SECRET`] (`TWILIO_API_KEY`, `TWILIO_API_SECRET`): if either
    ///   is set, both must be, and the API key is used; [`ENV_AUTH_TOKEN`] is then ignored;
    /// - otherwise [`ENV_AUTH_TOKEN`] (`TWILIO_AUTH_TOKEN`), required;
    /// - [`ENV_TRUNKING_BASE_URL`] and [`ENV_SIP_BASE_URL`] if set, as
    ///   [`ClientBuilder::trunking_base_url`] and [`ClientBuilder::sip_base_url`].
    ///
    /// Values are trimmed; an empty value counts as unset. A missing required variable, or
    /// half of the API-key pair, is a [`ConfigError::MissingEnv`] (or `EmptyEnv`) naming it.
    pub fn from_env() -> Result<Self, ConfigError> {
        let account_sid = trunkline_core::env_var(ENV_ACCOUNT_SID)?;
        let api_key = trunkline_core::optional_env_var(ENV_API_KEY)?;
        let api_secret = trunkline_core::optional_env_var(ENV_API_SECRET)?;
        let mut builder = match (api_key, api_secret) {
            (Some(sid), Some(secret)) => Self::api_key(account_sid, sid, secret),
            (Some(_), None) => return Err(unset(ENV_API_SECRET)),
            (None, Some(_)) => return Err(unset(ENV_API_KEY)),
            (None, None) => Self::new(account_sid, trunkline_core::env_var(ENV_AUTH_TOKEN)?),
        };
        if let Some(url) = trunkline_core::optional_env_var(ENV_TRUNKING_BASE_URL)? {
            builder = builder.trunking_base_url(url);
        }
        if let Some(url) = trunkline_core::optional_env_var(ENV_SIP_BASE_URL)? {
            builder = builder.sip_base_url(url);
        }
        Ok(builder)
    }

    /// Sends both APIs to one origin (a proxy or emulator serving both hosts' paths): trunking
    /// requests go to `{origin}/v1/…`, SIP-list requests to
    /// `{origin}/2010-04-01/Accounts/{AccountSid}/SIP/…`. Plain `http://` is accepted only for
    /// loopback hosts unless [`ClientConfig::with_insecure_http_allowed`] says otherwise.
    pub fn base_url(self, origin: impl Into<String>) -> Self {
        let origin = origin.into();
        self.trunking_base_url(origin.clone()).sip_base_url(origin)
    }

    /// Sends trunking requests to this origin instead of `https://trunking.twilio.com`
    /// (operation paths `/v1/…` are appended).
    pub fn trunking_base_url(mut self, origin: impl Into<String>) -> Self {
        self.trunking_base = Base::Origin(origin.into());
        self
    }

    /// Sends SIP-list requests to this origin instead of `https://api.twilio.com`;
    /// `/2010-04-01/Accounts/{AccountSid}` is appended.
    pub fn sip_base_url(mut self, origin: impl Into<String>) -> Self {
        self.sip_base = Base::Origin(origin.into());
        self
    }

    /// Uses `url` as the complete base of every operation path of **both** clients, without
    /// appending `/2010-04-01/Accounts/{AccountSid}`: for a mock server whose mocks match
    /// operation paths directly (`/v1/Trunks`, `/SIP/CredentialLists.json`), like the typed
    /// mocks of the `httpmock` feature. Next-page links are still followed correctly: a 2010
    /// link's `/2010-04-01/Accounts/{AccountSid}` prefix is replaced by `url`.
    pub fn api_base_url(mut self, url: impl Into<String>) -> Self {
        let url = url.into();
        self.trunking_base = Base::AsIs(url.clone());
        self.sip_base = Base::AsIs(url);
        self
    }

    /// Retry policy, timeouts, user agent and the other shared settings.
    pub fn config(mut self, config: ClientConfig) -> Self {
        self.config = config;
        self
    }

    /// Checks everything and builds the client. Nothing is sent.
    ///
    /// Errors name what is wrong: an empty Account SID, token, API key SID or secret; a
    /// character an HTTP header cannot carry; a `:` in the Basic-auth user name; an unusable
    /// or insecure base URL.
    pub fn build(self) -> Result<Client, ConfigError> {
        let account_sid = self.account_sid.trim();
        if account_sid.is_empty() {
            return Err(invalid("Twilio account SID", "it is empty"));
        }
        let auth = match &self.credential {
            Credential::AuthToken(token) => basic(
                account_sid,
                token.clone(),
                ("Twilio account SID", "Twilio auth token"),
            )?,
            Credential::ApiKey { sid, secret } => basic(
                sid.trim(),
                secret.clone(),
                ("Twilio API key SID", "Twilio API key secret"),
            )?,
        };
        let sip_link_prefix = format!(
            "/2010-04-01/Accounts/{}",
            trunkline_core::encode_path_segment(account_sid)
        );

        let trunking_origin = match &self.trunking_base {
            Base::Origin(url) | Base::AsIs(url) => url,
        };
        let endpoint =
            trunkline_core::Endpoint::new(VENDOR, trunking_origin, "", auth, &self.config)?;
        let sip_base_url = match &self.sip_base {
            Base::Origin(origin) => format!(
                "{}{sip_link_prefix}",
                trunkline_core::checked_base_url(origin, self.config.insecure_http_allowed())?
            ),
            Base::AsIs(url) => {
                trunkline_core::checked_base_url(url, self.config.insecure_http_allowed())?
            }
        };
        // One connection pool and one runtime (credentials, retries, timeouts) for both APIs.
        let trunking = trunking::Client::new_with_client(
            &endpoint.base_url,
            endpoint.http.clone(),
            endpoint.runtime.clone(),
        );
        let sip = sip::Client::new_with_client(&sip_base_url, endpoint.http, endpoint.runtime);
        let parsed_bases = ParsedBases {
            trunking: reqwest::Url::parse(trunking.baseurl()).ok(),
            sip: reqwest::Url::parse(sip.baseurl()).ok(),
        };
        Ok(Client {
            account_sid: account_sid.to_owned(),
            trunking,
            sip,
            sip_link_prefix,
            parsed_bases,
        })
    }
}

/// HTTP Basic auth, with `trunkline_core`'s field names ("username"/"password") replaced by
/// the Twilio names the caller knows.
fn basic(
    username: &str,
    password: SecretString,
    (user_field, password_field): (&str, &str),
) -> Result<Auth, ConfigError> {
    Auth::basic(username, password).map_err(|err| match err {
        ConfigError::InvalidCredential { field, reason } => ConfigError::InvalidCredential {
            field: if field == "password" {
                password_field
            } else {
                user_field
            }
            .to_owned(),
            reason,
        },
        other => other,
    })
}

fn invalid(field: &str, reason: &str) -> ConfigError {
    ConfigError::InvalidCredential {
        field: field.to_owned(),
        reason: reason.to_owned(),
    }
}

/// The error for a variable that `optional_env_var` found unset or empty: `MissingEnv` or
/// `EmptyEnv`, naming it.
fn unset(name: &str) -> ConfigError {
    match trunkline_core::env_var(name) {
        Err(err) => err,
        Ok(_) => ConfigError::MissingEnv { name: name.into() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AC: &str = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";

    #[test]
    fn base_urls_by_mode() {
        let t = ClientBuilder::new(AC, "tok").build().unwrap();
        assert_eq!(t.trunking_base_url(), "https://trunking.twilio.com");
        assert_eq!(
            t.sip_base_url(),
            format!("https://api.twilio.com/2010-04-01/Accounts/{AC}")
        );

        let t = ClientBuilder::new(AC, "tok")
            .trunking_base_url("https://proxy.example.com/trunking/")
            .sip_base_url("https://proxy.example.com/api")
            .build()
            .unwrap();
        assert_eq!(t.trunking_base_url(), "https://proxy.example.com/trunking");
        assert_eq!(
            t.sip_base_url(),
            format!("https://proxy.example.com/api/2010-04-01/Accounts/{AC}")
        );

        let t = ClientBuilder::new(AC, "tok")
            .api_base_url("http://127.0.0.1:9/")
            .build()
            .unwrap();
        assert_eq!(t.trunking_base_url(), "http://127.0.0.1:9");
        assert_eq!(t.sip_base_url(), "http://127.0.0.1:9");
        assert_eq!(t.sip_link_prefix(), format!("/2010-04-01/Accounts/{AC}"));
    }

    #[test]
    fn the_account_sid_is_one_encoded_path_segment() {
        let t = ClientBuilder::new(" AC1/../x ", "tok").build().unwrap();
        assert_eq!(t.account_sid(), "AC1/../x");
        assert_eq!(
            t.sip_base_url(),
            "https://api.twilio.com/2010-04-01/Accounts/AC1%2F%2E%2E%2Fx"
        );
    }

    #[test]
    fn bad_credentials_name_the_twilio_field() {
        let err = ClientBuilder::new("  ", "tok").build().unwrap_err();
        assert_eq!(err.to_string(), "invalid Twilio account SID: it is empty");
        let err = ClientBuilder::new(AC, "").build().unwrap_err();
        assert_eq!(err.to_string(), "invalid Twilio auth token: it is empty");
        let err = ClientBuilder::new("AC:1", "tok").build().unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid Twilio account SID: it contains ':'"
        );
        let err = ClientBuilder::api_key(AC, "", "secret")
            .build()
            .unwrap_err();
        assert_eq!(err.to_string(), "invalid Twilio API key SID: it is empty");
        let err = ClientBuilder::api_key(AC, "SK1", "").build().unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid Twilio API key secret: it is empty"
        );
        let err = ClientBuilder::api_key(AC, "SK:1", "s3cret-value")
            .build()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid Twilio API key SID: it contains ':'"
        );
        assert!(!format!("{err:?}").contains("s3cret-value"));
    }

    #[test]
    fn insecure_or_malformed_base_urls_are_refused() {
        for (builder, url) in [
            (
                ClientBuilder::new(AC, "t").trunking_base_url("http://trunking.example.com"),
                "http://trunking.example.com",
            ),
            (
                ClientBuilder::new(AC, "t").sip_base_url("http://api.example.com"),
                "http://api.example.com",
            ),
            (
                ClientBuilder::new(AC, "t").api_base_url("not a url"),
                "not a url",
            ),
        ] {
            let err = builder.build().unwrap_err();
            assert!(
                matches!(&err, ConfigError::InvalidBaseUrl { url: u, .. } if u == url),
                "{err}"
            );
        }
        let allowed = ClientBuilder::new(AC, "t")
            .base_url("http://twilio.internal")
            .config(ClientConfig::default().with_insecure_http_allowed(true))
            .build()
            .unwrap();
        assert_eq!(allowed.trunking_base_url(), "http://twilio.internal");
    }
}
