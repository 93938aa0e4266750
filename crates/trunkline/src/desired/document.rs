//! The document types. Their doc comments are the descriptions of the JSON Schema
//! ([`crate::desired::schema`]), so they are written for the person editing the file.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A desired-state document: the SIP trunks each carrier account should have.
///
/// The carrier is the state: nothing is stored besides this file. The names in it are the
/// keys (a trunk is found by its name), and each carrier entry's `owns` pattern says which
/// names the document manages: only those are ever changed or deleted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "trunkline desired state")]
#[non_exhaustive]
pub struct Desired {
    /// The carrier accounts, each with the trunks it should have.
    pub carriers: Vec<Carrier>,
}

impl Desired {
    /// A document with these carrier entries.
    pub fn new(carriers: Vec<Carrier>) -> Self {
        Self { carriers }
    }

    /// The document as YAML, headed by the `yaml-language-server` line that points editors at
    /// its schema.
    pub fn to_yaml(&self) -> String {
        let body = serde_saphyr::to_string(self).unwrap_or_else(|err| format!("# {err}\n"));
        format!(
            "# yaml-language-server: $schema={}\n{body}",
            super::schema::SCHEMA_ID
        )
    }
}

/// A carrier a document can name: `plivo`, `twilio`, `vobiz` or `telnyx`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum VendorName {
    /// Plivo Zentrunk (`PLIVO_AUTH_ID`, `PLIVO_AUTH_TOKEN`).
    Plivo,
    /// Twilio Elastic SIP Trunking (`TWILIO_ACCOUNT_SID` with `TWILIO_AUTH_TOKEN`, or
    /// `TWILIO_API_KEY` + `TWILIO_API_SECRET`).
    Twilio,
    /// Vobiz (`VOBIZ_AUTH_ID`, `VOBIZ_AUTH_TOKEN`).
    Vobiz,
    /// Telnyx SIP connections (`TELNYX_API_KEY`).
    Telnyx,
}

impl VendorName {
    /// Lower-case name, as written in documents.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Plivo => "plivo",
            Self::Twilio => "twilio",
            Self::Vobiz => "vobiz",
            Self::Telnyx => "telnyx",
        }
    }

    /// The facade's vendor.
    pub fn vendor(&self) -> Option<crate::Vendor> {
        self.as_str().parse().ok()
    }

    /// The document's name for a facade vendor.
    pub fn from_vendor(vendor: crate::Vendor) -> Option<Self> {
        match vendor.as_str() {
            "plivo" => Some(Self::Plivo),
            "twilio" => Some(Self::Twilio),
            "vobiz" => Some(Self::Vobiz),
            "telnyx" => Some(Self::Telnyx),
            _ => None,
        }
    }
}

impl std::fmt::Display for VendorName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One carrier account and the trunks it should have.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Carrier {
    /// The carrier: `plivo`, `twilio`, `vobiz` or `telnyx`.
    pub vendor: VendorName,
    /// A label for this account, unique in the document (default: the vendor's name). Needed
    /// when the document has two accounts of one vendor; plans and errors name it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// The names this document manages on this account, as a pattern: `*` matches any run of
    /// characters, `?` one character (`acme-*`). Only trunks whose names match are ever
    /// changed or deleted; every trunk of the document must match.
    pub owns: String,
    /// Environment variables holding this account's API credentials, when they are not the
    /// vendor's own (`PLIVO_AUTH_ID` …): for two accounts of one vendor. Each key names a
    /// variable; secrets are never written in the document.
    #[serde(default, skip_serializing_if = "CarrierEnv::is_empty")]
    pub env: CarrierEnv,
    /// Telnyx: the id of the outbound voice profile that this account's outbound and two-way
    /// trunks place calls through (instead of `TELNYX_OUTBOUND_VOICE_PROFILE_ID`). trunkline
    /// never creates one; make it in Telnyx's portal or API. Not a secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outbound_voice_profile: Option<String>,
    /// The trunks this account should have.
    #[serde(default)]
    pub trunks: Vec<DesiredTrunk>,
}

impl Carrier {
    /// An entry for `vendor` managing the names matching `owns`, with no trunks yet.
    pub fn new(vendor: VendorName, owns: impl Into<String>) -> Self {
        Self {
            vendor,
            account: None,
            owns: owns.into(),
            env: CarrierEnv::default(),
            outbound_voice_profile: None,
            trunks: Vec::new(),
        }
    }

    /// The account's label: `account`, or the vendor's name.
    pub fn label(&self) -> String {
        self.account
            .clone()
            .unwrap_or_else(|| self.vendor.as_str().to_owned())
    }
}

/// Names of the environment variables holding one account's API credentials. Unset keys use
/// the vendor's own variables.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CarrierEnv {
    /// Plivo, Vobiz: the variable holding the auth id (instead of `PLIVO_AUTH_ID` /
    /// `VOBIZ_AUTH_ID`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_id: Option<String>,
    /// Plivo, Vobiz, Twilio: the variable holding the auth token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_token: Option<String>,
    /// Twilio: the variable holding the account SID (`AC…`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_sid: Option<String>,
    /// Twilio, Telnyx: the variable holding the API key (Twilio: `SK…`, with `api_secret`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    /// Twilio: the variable holding the API key's secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_secret: Option<String>,
    /// The variable holding a base-URL override (a proxy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
}

impl CarrierEnv {
    /// Whether no variable is renamed.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// Which way calls flow through a trunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum DesiredDirection {
    /// Calls from the carrier to you (origination): needs `origination_uris` on Plivo.
    Inbound,
    /// Calls from you to the carrier (termination): credentials and networks authenticate them.
    Outbound,
    /// Both ways (Twilio trunks always are).
    Both,
}

impl From<DesiredDirection> for crate::Direction {
    fn from(direction: DesiredDirection) -> Self {
        match direction {
            DesiredDirection::Inbound => Self::Inbound,
            DesiredDirection::Outbound => Self::Outbound,
            DesiredDirection::Both => Self::Both,
        }
    }
}

impl DesiredDirection {
    /// The document's value for a facade direction.
    pub fn from_direction(direction: crate::Direction) -> Self {
        match direction {
            crate::Direction::Inbound => Self::Inbound,
            crate::Direction::Outbound => Self::Outbound,
            crate::Direction::Both => Self::Both,
        }
    }
}

/// A trunk as it should be. Its `name` is its key: the trunk is found by it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DesiredTrunk {
    /// The trunk's name, unique on its account and matching the carrier's `owns`. Its
    /// credential and IP lists are named after it.
    pub name: String,
    /// `inbound`, `outbound` or `both`.
    pub direction: DesiredDirection,
    /// TLS signalling and SRTP media. Unset: left as the carrier has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secure: Option<bool>,
    /// Twilio: the termination domain (`*.pstn.twilio.com`). The other carriers assign one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sip_domain: Option<String>,
    /// Vobiz: the concurrent-call limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_concurrent_calls: Option<u32>,
    /// SIP digest credentials for calls you send. Passwords come from environment variables
    /// only; they are set on create and never compared (no carrier returns them).
    #[serde(default)]
    pub credentials: Vec<DesiredCredential>,
    /// Source networks allowed to send calls: `203.0.113.7` or `198.51.100.0/24`.
    #[serde(default)]
    pub networks: Vec<String>,
    /// Where inbound calls go, most preferred first.
    #[serde(default)]
    pub origination_uris: Vec<DesiredOriginationUri>,
    /// Phone numbers sent through this trunk (Twilio `PN…` SIDs, Vobiz E.164).
    #[serde(default)]
    pub phone_numbers: Vec<String>,
}

impl DesiredTrunk {
    /// A trunk with a name and a direction, nothing else set.
    pub fn new(name: impl Into<String>, direction: DesiredDirection) -> Self {
        Self {
            name: name.into(),
            direction,
            secure: None,
            sip_domain: None,
            max_concurrent_calls: None,
            credentials: Vec::new(),
            networks: Vec::new(),
            origination_uris: Vec::new(),
            phone_numbers: Vec::new(),
        }
    }
}

/// A SIP username and where its password is. Inline passwords are refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DesiredCredential {
    /// The SIP username.
    pub username: String,
    /// The environment variable holding the password (`ACME01_SIP_PASSWORD`).
    pub password_env: String,
}

impl DesiredCredential {
    /// A username whose password is in the variable `password_env`.
    pub fn new(username: impl Into<String>, password_env: impl Into<String>) -> Self {
        Self {
            username: username.into(),
            password_env: password_env.into(),
        }
    }
}

/// One destination for inbound calls.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DesiredOriginationUri {
    /// The SIP URI (`sip:pbx1.example.com:5060`).
    pub uri: String,
    /// Twilio, Vobiz: lower is preferred. Unset: 10 × position (10, 20, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<u16>,
    /// Twilio: share of calls among equal priorities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<u16>,
}

impl DesiredOriginationUri {
    /// A destination with the carrier's default priority and weight.
    pub fn new(uri: impl Into<String>) -> Self {
        Self {
            uri: uri.into(),
            priority: None,
            weight: None,
        }
    }
}
