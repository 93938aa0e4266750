//! Emulator configuration: credentials, seeded phone numbers, ports, the request-log cap and
//! the listener settings (rate limit, response delay, compression).

use std::fmt;
use std::time::Duration;

use crate::RateLimit;

/// Default Plivo Auth ID (`MAEMULATOR0000000000`).
pub const DEFAULT_PLIVO_AUTH_ID: &str = "MAEMULATOR0000000000";
/// Default Plivo Auth Token (`emulator-plivo-token`).
pub const DEFAULT_PLIVO_AUTH_TOKEN: &str = "emulator-plivo-token";
/// Default Twilio Account SID (`ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`).
pub const DEFAULT_TWILIO_ACCOUNT_SID: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
/// Default Twilio Auth Token (`emulator-twilio-token`).
pub const DEFAULT_TWILIO_AUTH_TOKEN: &str = "emulator-twilio-token";
/// Default Twilio API Key SID (`SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`), accepted as Basic-auth user.
pub const DEFAULT_TWILIO_API_KEY_SID: &str = "SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
/// Default Twilio API Key secret (`emulator-twilio-api-secret`).
pub const DEFAULT_TWILIO_API_KEY_SECRET: &str = "emulator-twilio-api-secret";
/// Default Vobiz Auth ID (`MA_EMULATOR`), sent as `X-Auth-ID`.
pub const DEFAULT_VOBIZ_AUTH_ID: &str = "MA_EMULATOR";
/// Default Vobiz Auth Token (`emulator-vobiz-token`), sent as `X-Auth-Token`.
pub const DEFAULT_VOBIZ_AUTH_TOKEN: &str = "emulator-vobiz-token";
/// Default Telnyx API key (`KEYEMULATOR_telnyx_api_key`), sent as `Authorization: Bearer …`.
pub const DEFAULT_TELNYX_API_KEY: &str = "KEYEMULATOR_telnyx_api_key";
/// Default number of requests each API keeps in its request log (100,000).
pub const DEFAULT_REQUEST_LOG_CAPACITY: usize = 100_000;
/// Largest request body accepted (1 MiB); larger bodies get a vendor-shaped 413.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// Longest fixed response delay a listener accepts (10 minutes).
pub const MAX_RESPONSE_DELAY: Duration = Duration::from_secs(600);

/// A response delay over [`MAX_RESPONSE_DELAY`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid response delay {0:?}: at most 600 s")]
pub struct InvalidResponseDelay(pub Duration);

/// The Twilio incoming phone numbers seeded by default: `+14155550100` … `+14155550104`.
///
/// Their SIDs are deterministic: the n-th configured number (0-based) gets
/// `PN` followed by `n + 1` as 32 hex digits, so `+14155550100` is
/// `PN00000000000000000000000000000001`.
pub const DEFAULT_TWILIO_PHONE_NUMBERS: [&str; 5] = [
    "+14155550100",
    "+14155550101",
    "+14155550102",
    "+14155550103",
    "+14155550104",
];

/// The Vobiz numbers seeded by default: `+918012340100` … `+918012340104`.
pub const DEFAULT_VOBIZ_PHONE_NUMBERS: [&str; 5] = [
    "+918012340100",
    "+918012340101",
    "+918012340102",
    "+918012340103",
    "+918012340104",
];

/// The Telnyx numbers seeded by default: `+13125550100` … `+13125550104`.
///
/// Their ids are deterministic: the n-th configured number (0-based) gets
/// `1000000000000000001 + n`, so `+13125550100` is `1000000000000000001`.
pub const DEFAULT_TELNYX_PHONE_NUMBERS: [&str; 5] = [
    "+13125550100",
    "+13125550101",
    "+13125550102",
    "+13125550103",
    "+13125550104",
];

/// Everything [`Emulator::start`](crate::Emulator::start) needs. `Default` uses the
/// documented test credentials, five seeded numbers per vendor, ephemeral ports, a
/// request log of [`DEFAULT_REQUEST_LOG_CAPACITY`] entries per API, no rate limit, no
/// response delay and compressed responses (when the client asks).
///
/// The rate limit and the response delay set here apply to every listener, each with its
/// own token bucket; change one listener at run time through its handle
/// ([`PlivoHandle::set_rate_limit`](crate::PlivoHandle::set_rate_limit), …) or its
/// `/__emulator/rate-limit` and `/__emulator/response-delay` endpoints.
///
/// ```
/// use std::time::Duration;
/// use trunkline_emulator::{EmulatorConfig, RateLimit};
///
/// let config = EmulatorConfig::default()
///     .with_plivo_credentials("MAMYACCOUNT", "my-token")
///     .with_request_log_capacity(1_000)
///     .with_rate_limit(RateLimit::per_second(20))
///     .with_response_delay(Duration::from_millis(50));
/// assert_eq!(config.plivo.auth_id, "MAMYACCOUNT");
/// assert_eq!(config.rate_limit, Some(RateLimit::per_second(20)));
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct EmulatorConfig {
    /// Plivo account.
    pub plivo: PlivoConfig,
    /// Twilio account (shared by the trunking and 2010-04-01 listeners).
    pub twilio: TwilioConfig,
    /// Vobiz account.
    pub vobiz: VobizConfig,
    /// Telnyx account.
    pub telnyx: TelnyxConfig,
    /// Requests kept per API in the request log (older ones are evicted).
    pub request_log_capacity: usize,
    /// Fixed ports; 0 (the default) picks an ephemeral port.
    pub ports: Ports,
    /// A rate limit on every listener (each its own bucket); `None` (the default): unlimited.
    pub rate_limit: Option<RateLimit>,
    /// A fixed delay added before every API response of every listener (not control
    /// responses), e.g. 50 ms to shape benchmarks like a WAN; at most [`MAX_RESPONSE_DELAY`].
    pub response_delay: Duration,
    /// Whether JSON (and CSV) responses are compressed when the request's `Accept-Encoding`
    /// allows it (gzip, br, zstd, deflate); default `true`.
    pub compression: bool,
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        Self {
            plivo: PlivoConfig::default(),
            twilio: TwilioConfig::default(),
            vobiz: VobizConfig::default(),
            telnyx: TelnyxConfig::default(),
            request_log_capacity: DEFAULT_REQUEST_LOG_CAPACITY,
            ports: Ports::default(),
            rate_limit: None,
            response_delay: Duration::ZERO,
            compression: true,
        }
    }
}

impl EmulatorConfig {
    /// Sets the Plivo Auth ID and Auth Token.
    #[must_use]
    pub fn with_plivo_credentials(
        mut self,
        auth_id: impl Into<String>,
        auth_token: impl Into<String>,
    ) -> Self {
        self.plivo.auth_id = auth_id.into();
        self.plivo.auth_token = auth_token.into();
        self
    }

    /// Sets the Twilio Account SID and Auth Token.
    #[must_use]
    pub fn with_twilio_credentials(
        mut self,
        account_sid: impl Into<String>,
        auth_token: impl Into<String>,
    ) -> Self {
        self.twilio.account_sid = account_sid.into();
        self.twilio.auth_token = auth_token.into();
        self
    }

    /// Sets the Twilio API key accepted as an alternative to the Auth Token.
    #[must_use]
    pub fn with_twilio_api_key(
        mut self,
        sid: impl Into<String>,
        secret: impl Into<String>,
    ) -> Self {
        self.twilio.api_key = Some(TwilioApiKey {
            sid: sid.into(),
            secret: secret.into(),
        });
        self
    }

    /// Accepts only Account SID + Auth Token for Twilio (no API key).
    #[must_use]
    pub fn without_twilio_api_key(mut self) -> Self {
        self.twilio.api_key = None;
        self
    }

    /// Sets the Twilio numbers the account owns at start (E.164).
    #[must_use]
    pub fn with_twilio_phone_numbers<I, S>(mut self, numbers: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.twilio.phone_numbers = numbers.into_iter().map(Into::into).collect();
        self
    }

    /// Sets the Vobiz Auth ID and Auth Token.
    #[must_use]
    pub fn with_vobiz_credentials(
        mut self,
        auth_id: impl Into<String>,
        auth_token: impl Into<String>,
    ) -> Self {
        self.vobiz.auth_id = auth_id.into();
        self.vobiz.auth_token = auth_token.into();
        self
    }

    /// Sets the Vobiz numbers the account owns at start (E.164).
    #[must_use]
    pub fn with_vobiz_phone_numbers<I, S>(mut self, numbers: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.vobiz.phone_numbers = numbers.into_iter().map(Into::into).collect();
        self
    }

    /// Sets the Telnyx API key clients must send as `Authorization: Bearer <key>`.
    #[must_use]
    pub fn with_telnyx_api_key(mut self, api_key: impl Into<String>) -> Self {
        self.telnyx.api_key = api_key.into();
        self
    }

    /// Sets the Telnyx numbers the account owns at start (E.164).
    #[must_use]
    pub fn with_telnyx_phone_numbers<I, S>(mut self, numbers: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.telnyx.phone_numbers = numbers.into_iter().map(Into::into).collect();
        self
    }

    /// Sets a fixed port for the Telnyx listener (0 = ephemeral).
    #[must_use]
    pub fn with_telnyx_port(mut self, port: u16) -> Self {
        self.ports.telnyx = port;
        self
    }

    /// Sets how many requests each API keeps in its request log.
    #[must_use]
    pub fn with_request_log_capacity(mut self, capacity: usize) -> Self {
        self.request_log_capacity = capacity;
        self
    }

    /// Sets fixed ports (0 = ephemeral).
    #[must_use]
    pub fn with_ports(mut self, ports: Ports) -> Self {
        self.ports = ports;
        self
    }

    /// Limits every listener to `limit` (each listener has its own bucket).
    #[must_use]
    pub fn with_rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = Some(limit);
        self
    }

    /// Adds `delay` before every API response of every listener.
    #[must_use]
    pub fn with_response_delay(mut self, delay: Duration) -> Self {
        self.response_delay = delay;
        self
    }

    /// Turns response compression on (the default) or off.
    #[must_use]
    pub fn with_compression(mut self, enabled: bool) -> Self {
        self.compression = enabled;
        self
    }

    pub(crate) fn validate(&self) -> Result<(), String> {
        let non_empty = [
            ("plivo auth_id", &self.plivo.auth_id),
            ("plivo auth_token", &self.plivo.auth_token),
            ("twilio account_sid", &self.twilio.account_sid),
            ("twilio auth_token", &self.twilio.auth_token),
            ("vobiz auth_id", &self.vobiz.auth_id),
            ("vobiz auth_token", &self.vobiz.auth_token),
            ("telnyx api_key", &self.telnyx.api_key),
        ];
        for (name, value) in non_empty {
            if value.is_empty() {
                return Err(format!("{name} must not be empty"));
            }
        }
        for (name, id) in [
            ("plivo auth_id", &self.plivo.auth_id),
            ("twilio account_sid", &self.twilio.account_sid),
            ("vobiz auth_id", &self.vobiz.auth_id),
        ] {
            if id.contains(':') || id.contains('/') || id.chars().any(char::is_control) {
                return Err(format!(
                    "{name} must not contain ':', '/' or control characters"
                ));
            }
        }
        if self
            .telnyx
            .api_key
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
        {
            return Err("telnyx api_key must not contain whitespace or control characters".into());
        }
        if let Some(key) = &self.twilio.api_key
            && (key.sid.is_empty() || key.secret.is_empty() || key.sid.contains(':'))
        {
            return Err("twilio api_key sid and secret must be non-empty; sid without ':'".into());
        }
        for number in self
            .twilio
            .phone_numbers
            .iter()
            .chain(&self.vobiz.phone_numbers)
            .chain(&self.telnyx.phone_numbers)
        {
            if !crate::ids::is_e164(number) {
                return Err(format!(
                    "phone number {number:?} is not E.164 (+ and 7-15 digits)"
                ));
            }
        }
        if let Some(limit) = &self.rate_limit {
            limit.validate().map_err(|e| e.to_string())?;
        }
        if self.response_delay > MAX_RESPONSE_DELAY {
            return Err(InvalidResponseDelay(self.response_delay).to_string());
        }
        Ok(())
    }
}

/// Plivo account credentials.
#[derive(Clone)]
#[non_exhaustive]
pub struct PlivoConfig {
    /// Auth ID: the Basic-auth user and the `{auth_id}` path segment.
    pub auth_id: String,
    /// Auth Token: the Basic-auth password.
    pub auth_token: String,
}

impl Default for PlivoConfig {
    fn default() -> Self {
        Self {
            auth_id: DEFAULT_PLIVO_AUTH_ID.into(),
            auth_token: DEFAULT_PLIVO_AUTH_TOKEN.into(),
        }
    }
}

impl fmt::Debug for PlivoConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PlivoConfig")
            .field("auth_id", &self.auth_id)
            .field("auth_token", &"<redacted>")
            .finish()
    }
}

/// Twilio account credentials and owned numbers.
#[derive(Clone)]
#[non_exhaustive]
pub struct TwilioConfig {
    /// Account SID (`AC…`): Basic-auth user and the 2010-04-01 `{AccountSid}` path segment.
    pub account_sid: String,
    /// Auth Token: Basic-auth password with the Account SID.
    pub auth_token: String,
    /// Optional API key accepted as Basic-auth user/password for the same account.
    pub api_key: Option<TwilioApiKey>,
    /// Incoming phone numbers (E.164) the account owns at start and after a reset.
    pub phone_numbers: Vec<String>,
}

impl Default for TwilioConfig {
    fn default() -> Self {
        Self {
            account_sid: DEFAULT_TWILIO_ACCOUNT_SID.into(),
            auth_token: DEFAULT_TWILIO_AUTH_TOKEN.into(),
            api_key: Some(TwilioApiKey {
                sid: DEFAULT_TWILIO_API_KEY_SID.into(),
                secret: DEFAULT_TWILIO_API_KEY_SECRET.into(),
            }),
            phone_numbers: DEFAULT_TWILIO_PHONE_NUMBERS.map(String::from).to_vec(),
        }
    }
}

impl fmt::Debug for TwilioConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TwilioConfig")
            .field("account_sid", &self.account_sid)
            .field("auth_token", &"<redacted>")
            .field("api_key", &self.api_key)
            .field("phone_numbers", &self.phone_numbers)
            .finish()
    }
}

/// A Twilio API key (`SK…` SID + secret).
#[derive(Clone)]
#[non_exhaustive]
pub struct TwilioApiKey {
    /// Key SID (`SK…`): the Basic-auth user.
    pub sid: String,
    /// Key secret: the Basic-auth password.
    pub secret: String,
}

impl TwilioApiKey {
    /// A key from its SID and secret.
    pub fn new(sid: impl Into<String>, secret: impl Into<String>) -> Self {
        Self {
            sid: sid.into(),
            secret: secret.into(),
        }
    }
}

impl fmt::Debug for TwilioApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TwilioApiKey")
            .field("sid", &self.sid)
            .field("secret", &"<redacted>")
            .finish()
    }
}

/// Vobiz account credentials and owned numbers.
#[derive(Clone)]
#[non_exhaustive]
pub struct VobizConfig {
    /// Auth ID: the `X-Auth-ID` header and the `{auth_id}` path segment.
    pub auth_id: String,
    /// Auth Token: the `X-Auth-Token` header.
    pub auth_token: String,
    /// Numbers (E.164) the account owns at start and after a reset.
    pub phone_numbers: Vec<String>,
}

impl Default for VobizConfig {
    fn default() -> Self {
        Self {
            auth_id: DEFAULT_VOBIZ_AUTH_ID.into(),
            auth_token: DEFAULT_VOBIZ_AUTH_TOKEN.into(),
            phone_numbers: DEFAULT_VOBIZ_PHONE_NUMBERS.map(String::from).to_vec(),
        }
    }
}

impl fmt::Debug for VobizConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VobizConfig")
            .field("auth_id", &self.auth_id)
            .field("auth_token", &"<redacted>")
            .field("phone_numbers", &self.phone_numbers)
            .finish()
    }
}

/// Telnyx account credentials and owned numbers.
#[derive(Clone)]
#[non_exhaustive]
pub struct TelnyxConfig {
    /// API key: the `Authorization: Bearer` token.
    pub api_key: String,
    /// Numbers (E.164) the account owns at start and after a reset.
    pub phone_numbers: Vec<String>,
}

impl Default for TelnyxConfig {
    fn default() -> Self {
        Self {
            api_key: DEFAULT_TELNYX_API_KEY.into(),
            phone_numbers: DEFAULT_TELNYX_PHONE_NUMBERS.map(String::from).to_vec(),
        }
    }
}

impl fmt::Debug for TelnyxConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TelnyxConfig")
            .field("api_key", &"<redacted>")
            .field("phone_numbers", &self.phone_numbers)
            .finish()
    }
}

/// Fixed ports per API; 0 picks an ephemeral port.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Ports {
    /// Plivo Zentrunk listener.
    pub plivo: u16,
    /// Twilio trunking v1 listener.
    pub twilio_trunking: u16,
    /// Twilio 2010-04-01 listener.
    pub twilio_api: u16,
    /// Vobiz listener.
    pub vobiz: u16,
    /// Telnyx listener (set it with [`Ports::with_telnyx`] or
    /// [`EmulatorConfig::with_telnyx_port`]).
    pub telnyx: u16,
}

impl Ports {
    /// Ports for the four listeners, in the order plivo, twilio_trunking, twilio_api, vobiz.
    pub fn new(plivo: u16, twilio_trunking: u16, twilio_api: u16, vobiz: u16) -> Self {
        Self {
            plivo,
            twilio_trunking,
            twilio_api,
            vobiz,
            telnyx: 0,
        }
    }

    /// The same ports with a fixed Telnyx port.
    #[must_use]
    pub fn with_telnyx(mut self, telnyx: u16) -> Self {
        self.telnyx = telnyx;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_secrets() {
        let text = format!("{:?}", EmulatorConfig::default());
        for secret in [
            DEFAULT_PLIVO_AUTH_TOKEN,
            DEFAULT_TWILIO_AUTH_TOKEN,
            DEFAULT_TWILIO_API_KEY_SECRET,
            DEFAULT_VOBIZ_AUTH_TOKEN,
            DEFAULT_TELNYX_API_KEY,
        ] {
            assert!(!text.contains(secret), "{secret} leaked in {text}");
        }
        assert!(text.contains(DEFAULT_PLIVO_AUTH_ID));
    }

    #[test]
    fn validation() {
        assert!(EmulatorConfig::default().validate().is_ok());
        assert!(
            EmulatorConfig::default()
                .with_twilio_phone_numbers(["4155550100"])
                .validate()
                .is_err()
        );
        assert!(
            EmulatorConfig::default()
                .with_plivo_credentials("", "x")
                .validate()
                .is_err()
        );
        assert!(
            EmulatorConfig::default()
                .with_telnyx_api_key("KEY with space")
                .validate()
                .is_err()
        );
        assert!(
            EmulatorConfig::default()
                .with_telnyx_phone_numbers(["3125550100"])
                .validate()
                .is_err()
        );
        assert!(
            EmulatorConfig::default()
                .with_rate_limit(RateLimit::per_second(0))
                .validate()
                .is_err()
        );
        assert!(
            EmulatorConfig::default()
                .with_response_delay(Duration::from_secs(601))
                .validate()
                .is_err()
        );
    }
}
