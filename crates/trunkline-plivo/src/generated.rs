// @generated the client of specs/plivo-zentrunk.yaml, by `cargo xtask generate plivo`.
// Do not edit: change the spec or the xtask, then regenerate.
// `cargo xtask generate --check` (and `cargo test -p xtask`) fail when this file is stale.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt};
#[allow(unused_imports)]
use ::trunkline_core::encode_path_param as encode_path;
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///STIR/SHAKEN attestation level of a call: `A` (full), `B` (partial) or `C` (gateway). Older docs also show the strings `"null"` and `"not applicable"`; they decode as unknown values.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum AttestationIndicator {
        A,
        B,
        C,
    }
    impl ::std::fmt::Display for AttestationIndicator {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::A => f.write_str("A"),
                Self::B => f.write_str("B"),
                Self::C => f.write_str("C"),
            }
        }
    }
    impl ::std::str::FromStr for AttestationIndicator {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "A" => Ok(Self::A),
                "B" => Ok(Self::B),
                "C" => Ok(Self::C),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AttestationIndicator {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AttestationIndicator {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A call detail record (CDR) of a Zentrunk call. Every field is optional: list items carry only some of them.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Call {
        ///When the call was answered, `YYYY-MM-DD HH:MM:SS` in UTC (not RFC 3339: no `T`, no zone). `null` for unanswered calls.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub answer_time: ::std::option::Option<::std::string::String>,
        ///STIR/SHAKEN attestation level: `A`, `B` or `C`; may be `null`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attestation_indicator: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated::types::AttestationIndicator>,
        >,
        ///Billed duration in seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bill_duration: ::std::option::Option<i64>,
        ///Billed duration in seconds (shown only in the newest docs, beside `bill_duration`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billed_duration: ::std::option::Option<i64>,
        ///Direction of the call: `inbound` or `outbound`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_direction: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated::types::CallDirection>,
        >,
        ///Call duration in seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_duration: ::std::option::Option<i64>,
        ///Unique identifier for the call.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_uuid: ::std::option::Option<::std::string::String>,
        ///When the call ended, `YYYY-MM-DD HH:MM:SS` in UTC (not RFC 3339: no `T`, no zone).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_time: ::std::option::Option<::std::string::String>,
        ///Caller's country, ISO 3166 alpha-2.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_country: ::std::option::Option<::std::string::String>,
        ///Caller's number, E.164 with `+`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_number: ::std::option::Option<::std::string::String>,
        ///Code of the hangup cause, e.g. `3000`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hangup_cause_code: ::std::option::Option<i64>,
        ///Why the call ended, e.g. `normal_hangup`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hangup_cause_name: ::std::option::Option<::std::string::String>,
        ///The party that ended the call: `customer`, `carrier` or `zentrunk`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hangup_source: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated::types::HangupSource>,
        >,
        ///When the call was initiated, `YYYY-MM-DD HH:MM:SS` in UTC (not RFC 3339: no `T`, no zone).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub initiation_time: ::std::option::Option<::std::string::String>,
        ///Whether the call used secure trunking (TLS + SRTP).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secure_trunking: ::std::option::Option<bool>,
        ///Per-minute surcharge for secure trunking in USD, as a decimal string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secure_trunking_rate: ::std::option::Option<::std::string::String>,
        ///Whether the media was encrypted with SRTP.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub srtp: ::std::option::Option<bool>,
        ///STIR/SHAKEN verification result: `Verified`, `Not Verified` or `Not Applicable`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stir_verification: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated::types::StirVerification>,
        >,
        ///Called country, ISO 3166 alpha-2.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to_country: ::std::option::Option<::std::string::String>,
        ///Called number, E.164 with `+`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to_number: ::std::option::Option<::std::string::String>,
        ///Total cost in USD, as a decimal string (e.g. `"0.01500"`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_amount: ::std::option::Option<::std::string::String>,
        ///Per-minute rate in USD, as a decimal string (e.g. `"0.00500"`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_rate: ::std::option::Option<::std::string::String>,
        ///SIP transport of the call: `udp`, `tcp`, …
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transport_protocol: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated::types::TransportProtocol>,
        >,
        ///Domain of the trunk that carried the call, e.g. `93667062664669661.zt.plivo.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_domain: ::std::option::Option<::std::string::String>,
    }
    impl Call {
        pub fn builder() -> builder::Call {
            Default::default()
        }
    }
    ///Direction of a call: `inbound` (from Plivo to your PBX) or `outbound` (from your PBX to Plivo).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CallDirection {
        #[serde(rename = "inbound")]
        Inbound,
        #[serde(rename = "outbound")]
        Outbound,
    }
    impl ::std::fmt::Display for CallDirection {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Inbound => f.write_str("inbound"),
                Self::Outbound => f.write_str("outbound"),
            }
        }
    }
    impl ::std::str::FromStr for CallDirection {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "inbound" => Ok(Self::Inbound),
                "outbound" => Ok(Self::Outbound),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CallDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CallDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Quality metrics of one call. Most numbers are sent as strings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallInsights {
        ///Identifier of the request, for tracking it with Plivo support.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the call.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_uuid: ::std::option::Option<::std::string::String>,
        ///The caller: carrier, number and region.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<CallInsightsParty>,
        ///Why the call ended, e.g. `normal_hangup`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hangup_cause: ::std::option::Option<::std::string::String>,
        ///The party that ended the call: `customer`, `carrier` or `zentrunk`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hangup_source: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated::types::HangupSource>,
        >,
        ///Jitter in milliseconds, as a decimal string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jitter: ::std::option::Option<::std::string::String>,
        ///Packet loss as a percentage, as a decimal string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub packet_loss: ::std::option::Option<::std::string::String>,
        ///Plivo's call quality score, 1 to 5, as a decimal string (e.g. `"4.2"`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub plivo_quality_score: ::std::option::Option<::std::string::String>,
        ///Post-dial delay in milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub post_dial_delay: ::std::option::Option<f64>,
        ///Round-trip time in milliseconds, as a decimal string (e.g. `"24"`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rtt: ::std::option::Option<::std::string::String>,
        ///The called party: carrier, number and region.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to: ::std::option::Option<CallInsightsParty>,
    }
    impl CallInsights {
        pub fn builder() -> builder::CallInsights {
            Default::default()
        }
    }
    ///One party of a call, as Call Insights sees it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallInsightsParty {
        ///The party's carrier, e.g. `Verizon Wireless`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub carrier: ::std::option::Option<::std::string::String>,
        ///The party's number, E.164 with `+`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub number: ::std::option::Option<::std::string::String>,
        ///The party's region, e.g. `US`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub region: ::std::option::Option<::std::string::String>,
    }
    impl CallInsightsParty {
        pub fn builder() -> builder::CallInsightsParty {
            Default::default()
        }
    }
    ///One page of call records: Plivo's list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallList {
        ///Identifier of the request, for tracking it with Plivo support.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///Where this page sits in the whole list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
        ///The call records of this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub objects: ::std::vec::Vec<Call>,
    }
    impl CallList {
        pub fn builder() -> builder::CallList {
            Default::default()
        }
    }
    ///A new credential: a SIP username and password.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateCredentialRequest {
        ///Friendly name for the credential.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///SIP password. Write-only: never returned.
        pub password: ::trunkline_core::SecretString,
        ///SIP username.
        pub username: ::std::string::String,
    }
    impl CreateCredentialRequest {
        pub fn builder() -> builder::CreateCredentialRequest {
            Default::default()
        }
    }
    ///A new IP access control list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateIpAccessControlListRequest {
        ///The allowed source IPv4 addresses (Plivo's own guides also use CIDR notation such as `/32`).
        pub ip_addresses: ::std::vec::Vec<::std::string::String>,
        ///Friendly name for the IP access control list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl CreateIpAccessControlListRequest {
        pub fn builder() -> builder::CreateIpAccessControlListRequest {
            Default::default()
        }
    }
    ///A new origination URI. `username` and `password` are required when `authentication_needed` is true.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateOriginationUriRequest {
        ///Whether Plivo authenticates towards your endpoint. Default: `false`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authentication_needed: ::std::option::Option<bool>,
        ///Friendly name for the origination URI.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Password Plivo authenticates with. Required when `authentication_needed` is true. Write-only: never returned.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<::trunkline_core::SecretString>,
        ///Where Plivo sends inbound calls. Accepted forms: IP, IP:port, FQDN, FQDN:port, or a SIP URI such as `sip:pbx@example.com`; Plivo's guides also append `;transport=udp|tcp|tls`.
        pub uri: ::std::string::String,
        ///Username Plivo authenticates with. Required when `authentication_needed` is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
    }
    impl CreateOriginationUriRequest {
        pub fn builder() -> builder::CreateOriginationUriRequest {
            Default::default()
        }
    }
    ///A new trunk. `trunk_direction` is required. An outbound trunk needs `ipacl_uuid` or `credential_uuid` (either one is enough; the parameter table marks each "Required for outbound trunks"); an inbound trunk needs `primary_uri_uuid`. Plivo answers 422 otherwise.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateTrunkRequest {
        ///Credentials UUID. Required for outbound trunks (unless `ipacl_uuid` is given).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_uuid: ::std::option::Option<::std::string::String>,
        ///Fallback origination URI for inbound trunks, used if the primary fails.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fallback_uri_uuid: ::std::option::Option<::std::string::String>,
        ///IP ACL UUID. Required for outbound trunks (unless `credential_uuid` is given).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipacl_uuid: ::std::option::Option<::std::string::String>,
        ///Friendly name for the trunk.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Primary origination URI. Required for inbound trunks.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary_uri_uuid: ::std::option::Option<::std::string::String>,
        ///Enable SRTP/TLS encryption. Default: `false`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secure: ::std::option::Option<bool>,
        ///Direction: `inbound` or `outbound`.
        pub trunk_direction: TrunkDirection,
        ///Status: `enabled` or `disabled`. Default: `enabled`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_status: ::std::option::Option<TrunkStatus>,
    }
    impl CreateTrunkRequest {
        pub fn builder() -> builder::CreateTrunkRequest {
            Default::default()
        }
    }
    ///A username/password pair for SIP digest authentication of an outbound trunk, attached by setting the trunk's `credential_uuid`. The password is write-only and never returned.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Credential {
        ///Unique identifier for the credential.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_uuid: ::std::option::Option<::std::string::String>,
        ///Friendly name for the credential.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///SIP username.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
    }
    impl Credential {
        pub fn builder() -> builder::Credential {
            Default::default()
        }
    }
    ///The response to creating or updating a credential: a message envelope carrying the credential's id. The credential itself is not echoed back; retrieve it to see it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CredentialEnvelope {
        ///Identifier of the request, for tracking it with Plivo support.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///The credential's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_uuid: ::std::option::Option<::std::string::String>,
        ///Human-readable outcome, e.g. `"credential created successfully."`. Its wording and capitalisation vary between operations: never match on it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl CredentialEnvelope {
        pub fn builder() -> builder::CredentialEnvelope {
            Default::default()
        }
    }
    ///One page of credentials: Plivo's list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CredentialList {
        ///Identifier of the request, for tracking it with Plivo support.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///Where this page sits in the whole list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
        ///The credentials of this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub objects: ::std::vec::Vec<Credential>,
    }
    impl CredentialList {
        pub fn builder() -> builder::CredentialList {
            Default::default()
        }
    }
    ///Plivo's error body, sent with 4xx and 5xx statuses. Only Plivo's general API shape is documented (nothing Zentrunk-specific), so both fields are optional and `error` accepts any JSON value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorBody {
        ///Identifier of the request, for tracking it with Plivo support.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///What went wrong: human-readable text, e.g. `"answer_url parameter is missing"`. Decoded as any JSON value, because its shape is not guaranteed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
    }
    impl ErrorBody {
        pub fn builder() -> builder::ErrorBody {
            Default::default()
        }
    }
    ///The party that ended a call: `customer`, `carrier` or `zentrunk` (Plivo's trunking platform).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum HangupSource {
        #[serde(rename = "customer")]
        Customer,
        #[serde(rename = "carrier")]
        Carrier,
        #[serde(rename = "zentrunk")]
        Zentrunk,
    }
    impl ::std::fmt::Display for HangupSource {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Customer => f.write_str("customer"),
                Self::Carrier => f.write_str("carrier"),
                Self::Zentrunk => f.write_str("zentrunk"),
            }
        }
    }
    impl ::std::str::FromStr for HangupSource {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "customer" => Ok(Self::Customer),
                "carrier" => Ok(Self::Carrier),
                "zentrunk" => Ok(Self::Zentrunk),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for HangupSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for HangupSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///An IP access control list: a named set of allowed source IP addresses for an outbound trunk, attached by setting the trunk's `ipacl_uuid`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct IpAccessControlList {
        ///The allowed source IP addresses.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub ip_addresses: ::std::vec::Vec<::std::string::String>,
        ///Unique identifier for the IP access control list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipacl_uuid: ::std::option::Option<::std::string::String>,
        ///Friendly name for the IP access control list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl IpAccessControlList {
        pub fn builder() -> builder::IpAccessControlList {
            Default::default()
        }
    }
    ///The response to creating or updating a IP access control list: a message envelope carrying the IP access control list's id. The IP access control list itself is not echoed back; retrieve it to see it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct IpAccessControlListEnvelope {
        ///Identifier of the request, for tracking it with Plivo support.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///The IP access control list's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipacl_uuid: ::std::option::Option<::std::string::String>,
        ///Human-readable outcome, e.g. `"IP access control list created successfully."`. Its wording and capitalisation vary between operations: never match on it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl IpAccessControlListEnvelope {
        pub fn builder() -> builder::IpAccessControlListEnvelope {
            Default::default()
        }
    }
    ///One page of IP access control lists: Plivo's list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct IpAccessControlListList {
        ///Identifier of the request, for tracking it with Plivo support.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///Where this page sits in the whole list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
        ///The IP access control lists of this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub objects: ::std::vec::Vec<IpAccessControlList>,
    }
    impl IpAccessControlListList {
        pub fn builder() -> builder::IpAccessControlListList {
            Default::default()
        }
    }
    ///Paging information of a list response. Page with `limit`/`offset` (`offset += limit`) rather than by parsing `next`: the docs show it both with and without a leading `/`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ListMeta {
        ///Page size.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<i64>,
        ///Relative URL of the next page, or `null` on the last page, e.g. `v1/Account/{auth_id}/Zentrunk/Trunk/?limit=2&offset=2`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<::std::string::String>,
        ///Offset of this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offset: ::std::option::Option<i64>,
        ///Relative URL of the previous page, or `null` on the first page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///Total number of matching records.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i64>,
    }
    impl ListMeta {
        pub fn builder() -> builder::ListMeta {
            Default::default()
        }
    }
    ///An origination URI: a destination (your PBX or SBC) that receives inbound calls, attached by setting an inbound trunk's `primary_uri_uuid` or `fallback_uri_uuid`. The password is write-only and never returned.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OriginationUri {
        ///Whether Plivo authenticates (SIP digest) towards your endpoint.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authentication_needed: ::std::option::Option<bool>,
        ///Friendly name for the origination URI.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Where Plivo sends inbound calls. Accepted forms: IP, IP:port, FQDN, FQDN:port, or a SIP URI such as `sip:pbx@example.com`; Plivo's guides also append `;transport=udp|tcp|tls`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the origination URI.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri_uuid: ::std::option::Option<::std::string::String>,
        ///Username Plivo authenticates with; `null` when there is no authentication.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
    }
    impl OriginationUri {
        pub fn builder() -> builder::OriginationUri {
            Default::default()
        }
    }
    ///The response to creating or updating a origination URI: a message envelope carrying the origination URI's id. The origination URI itself is not echoed back; retrieve it to see it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OriginationUriEnvelope {
        ///Identifier of the request, for tracking it with Plivo support.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///Human-readable outcome, e.g. `"Origination URI created successfully."`. Its wording and capitalisation vary between operations: never match on it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The origination URI's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri_uuid: ::std::option::Option<::std::string::String>,
    }
    impl OriginationUriEnvelope {
        pub fn builder() -> builder::OriginationUriEnvelope {
            Default::default()
        }
    }
    ///One page of origination URIs: Plivo's list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OriginationUriList {
        ///Identifier of the request, for tracking it with Plivo support.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///Where this page sits in the whole list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
        ///The origination URIs of this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub objects: ::std::vec::Vec<OriginationUri>,
    }
    impl OriginationUriList {
        pub fn builder() -> builder::OriginationUriList {
            Default::default()
        }
    }
    ///STIR/SHAKEN verification result of a call: `Verified`, `Not Verified` or `Not Applicable` (the values contain spaces and capitals).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum StirVerification {
        Verified,
        #[serde(rename = "Not Verified")]
        NotVerified,
        #[serde(rename = "Not Applicable")]
        NotApplicable,
    }
    impl ::std::fmt::Display for StirVerification {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Verified => f.write_str("Verified"),
                Self::NotVerified => f.write_str("Not Verified"),
                Self::NotApplicable => f.write_str("Not Applicable"),
            }
        }
    }
    impl ::std::str::FromStr for StirVerification {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Verified" => Ok(Self::Verified),
                "Not Verified" => Ok(Self::NotVerified),
                "Not Applicable" => Ok(Self::NotApplicable),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for StirVerification {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StirVerification {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///SIP transport of a call: `udp`, `tcp` or `tls` (the docs list `udp`, `tcp`, …).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum TransportProtocol {
        #[serde(rename = "udp")]
        Udp,
        #[serde(rename = "tcp")]
        Tcp,
        #[serde(rename = "tls")]
        Tls,
    }
    impl ::std::fmt::Display for TransportProtocol {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Udp => f.write_str("udp"),
                Self::Tcp => f.write_str("tcp"),
                Self::Tls => f.write_str("tls"),
            }
        }
    }
    impl ::std::str::FromStr for TransportProtocol {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "udp" => Ok(Self::Udp),
                "tcp" => Ok(Self::Tcp),
                "tls" => Ok(Self::Tls),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TransportProtocol {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TransportProtocol {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A SIP trunk: a SIP connection between your infrastructure and Plivo's network. Trunks are inbound (receiving calls from Plivo) or outbound (sending calls to Plivo).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Trunk {
        ///Credentials list UUID (for outbound trunks). `null` when none is attached.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_uuid: ::std::option::Option<::std::string::String>,
        ///Fallback origination URI UUID (for inbound trunks). `null` when none is attached.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fallback_uri_uuid: ::std::option::Option<::std::string::String>,
        ///IP access control list UUID (for outbound trunks). `null` when none is attached (always on inbound trunks).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipacl_uuid: ::std::option::Option<::std::string::String>,
        ///Friendly name for the trunk.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Primary origination URI UUID (for inbound trunks). `null` when none is attached (always on outbound trunks).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary_uri_uuid: ::std::option::Option<::std::string::String>,
        ///Whether SRTP (media) and TLS (signaling) encryption is enabled.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secure: ::std::option::Option<bool>,
        ///Direction of the trunk: `inbound` or `outbound`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_direction: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated::types::TrunkDirection>,
        >,
        ///Unique address on Plivo to route SIP traffic (e.g., `21784177241578.zt.plivo.com`). Call records show regional forms such as `<trunk_id>.us-east-1.zt.plivo.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_domain: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the trunk (a numeric-looking string).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_id: ::std::option::Option<::std::string::String>,
        ///Status of the trunk: `enabled` or `disabled`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_status: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated::types::TrunkStatus>,
        >,
    }
    impl Trunk {
        pub fn builder() -> builder::Trunk {
            Default::default()
        }
    }
    ///Direction of a trunk. `inbound`: calls from Plivo (from the PSTN or Plivo numbers) to your PBX/infrastructure, sent to the trunk's origination URI; only inbound trunks can be attached to phone numbers. `outbound`: calls from your PBX/infrastructure to Plivo, which terminates them on the PSTN; authenticated by IP ACL or credentials. One direction per trunk.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum TrunkDirection {
        #[serde(rename = "inbound")]
        Inbound,
        #[serde(rename = "outbound")]
        Outbound,
    }
    impl ::std::fmt::Display for TrunkDirection {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Inbound => f.write_str("inbound"),
                Self::Outbound => f.write_str("outbound"),
            }
        }
    }
    impl ::std::str::FromStr for TrunkDirection {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "inbound" => Ok(Self::Inbound),
                "outbound" => Ok(Self::Outbound),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TrunkDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TrunkDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The response to creating or updating a trunk: a message envelope carrying the trunk's id. The trunk itself is not echoed back; retrieve it to see it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrunkEnvelope {
        ///Identifier of the request, for tracking it with Plivo support.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///Human-readable outcome, e.g. `"Trunk created successfully."`. Its wording and capitalisation vary between operations: never match on it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The trunk's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_id: ::std::option::Option<::std::string::String>,
    }
    impl TrunkEnvelope {
        pub fn builder() -> builder::TrunkEnvelope {
            Default::default()
        }
    }
    ///One page of trunks: Plivo's list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrunkList {
        ///Identifier of the request, for tracking it with Plivo support.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///Where this page sits in the whole list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
        ///The trunks of this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub objects: ::std::vec::Vec<Trunk>,
    }
    impl TrunkList {
        pub fn builder() -> builder::TrunkList {
            Default::default()
        }
    }
    ///Status of a trunk: `enabled` or `disabled`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum TrunkStatus {
        #[serde(rename = "enabled")]
        Enabled,
        #[serde(rename = "disabled")]
        Disabled,
    }
    impl ::std::fmt::Display for TrunkStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Enabled => f.write_str("enabled"),
                Self::Disabled => f.write_str("disabled"),
            }
        }
    }
    impl ::std::str::FromStr for TrunkStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "enabled" => Ok(Self::Enabled),
                "disabled" => Ok(Self::Disabled),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TrunkStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TrunkStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Changes to a credential. Every field is optional; absent fields keep their value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateCredentialRequest {
        ///New friendly name for the credential.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///New SIP password. Write-only: never returned.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<::trunkline_core::SecretString>,
        ///New SIP username.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
    }
    impl UpdateCredentialRequest {
        pub fn builder() -> builder::UpdateCredentialRequest {
            Default::default()
        }
    }
    ///Changes to an IP access control list. Every field is optional; absent fields keep their value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateIpAccessControlListRequest {
        ///The new allowed source IPv4 addresses. Replaces the whole list: send every address to keep. An empty list is not sent (the generated type skips it), so it leaves the addresses unchanged.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub ip_addresses: ::std::vec::Vec<::std::string::String>,
        ///New friendly name for the IP access control list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl UpdateIpAccessControlListRequest {
        pub fn builder() -> builder::UpdateIpAccessControlListRequest {
            Default::default()
        }
    }
    ///Changes to an origination URI. Every field is optional; absent fields keep their value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateOriginationUriRequest {
        ///Whether Plivo authenticates towards your endpoint.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authentication_needed: ::std::option::Option<bool>,
        ///New friendly name for the origination URI.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Password Plivo authenticates with. Write-only: never returned.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<::trunkline_core::SecretString>,
        ///Where Plivo sends inbound calls. Accepted forms: IP, IP:port, FQDN, FQDN:port, or a SIP URI such as `sip:pbx@example.com`; Plivo's guides also append `;transport=udp|tcp|tls`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
        ///Username Plivo authenticates with.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
    }
    impl UpdateOriginationUriRequest {
        pub fn builder() -> builder::UpdateOriginationUriRequest {
            Default::default()
        }
    }
    ///Changes to a trunk. Every field is optional; absent fields keep their value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateTrunkRequest {
        ///New credentials UUID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_uuid: ::std::option::Option<::std::string::String>,
        ///New fallback origination URI.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fallback_uri_uuid: ::std::option::Option<::std::string::String>,
        ///New IP ACL UUID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipacl_uuid: ::std::option::Option<::std::string::String>,
        ///New name for the trunk.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///New primary origination URI.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary_uri_uuid: ::std::option::Option<::std::string::String>,
        ///Enable/disable SRTP/TLS encryption.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secure: ::std::option::Option<bool>,
        ///Direction: `inbound` or `outbound`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_direction: ::std::option::Option<TrunkDirection>,
        ///Status: `enabled` or `disabled`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_status: ::std::option::Option<TrunkStatus>,
    }
    impl UpdateTrunkRequest {
        pub fn builder() -> builder::UpdateTrunkRequest {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Call {
            answer_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            attestation_indicator: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<
                        crate::generated::types::AttestationIndicator,
                    >,
                >,
                ::std::string::String,
            >,
            bill_duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            billed_duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            call_direction: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<crate::generated::types::CallDirection>,
                >,
                ::std::string::String,
            >,
            call_duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            call_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            end_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            hangup_cause_code: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            hangup_cause_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            hangup_source: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<crate::generated::types::HangupSource>,
                >,
                ::std::string::String,
            >,
            initiation_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            secure_trunking: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            secure_trunking_rate: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            srtp: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            stir_verification: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<crate::generated::types::StirVerification>,
                >,
                ::std::string::String,
            >,
            to_country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total_amount: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total_rate: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            transport_protocol: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<
                        crate::generated::types::TransportProtocol,
                    >,
                >,
                ::std::string::String,
            >,
            trunk_domain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Call {
            fn default() -> Self {
                Self {
                    answer_time: Ok(Default::default()),
                    attestation_indicator: Ok(Default::default()),
                    bill_duration: Ok(Default::default()),
                    billed_duration: Ok(Default::default()),
                    call_direction: Ok(Default::default()),
                    call_duration: Ok(Default::default()),
                    call_uuid: Ok(Default::default()),
                    end_time: Ok(Default::default()),
                    from_country: Ok(Default::default()),
                    from_number: Ok(Default::default()),
                    hangup_cause_code: Ok(Default::default()),
                    hangup_cause_name: Ok(Default::default()),
                    hangup_source: Ok(Default::default()),
                    initiation_time: Ok(Default::default()),
                    secure_trunking: Ok(Default::default()),
                    secure_trunking_rate: Ok(Default::default()),
                    srtp: Ok(Default::default()),
                    stir_verification: Ok(Default::default()),
                    to_country: Ok(Default::default()),
                    to_number: Ok(Default::default()),
                    total_amount: Ok(Default::default()),
                    total_rate: Ok(Default::default()),
                    transport_protocol: Ok(Default::default()),
                    trunk_domain: Ok(Default::default()),
                }
            }
        }
        impl Call {
            pub fn answer_time<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.answer_time = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for answer_time: {e}")
                    });
                self
            }
            pub fn attestation_indicator<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated::types::AttestationIndicator,
                        >,
                    >,
                >,
            {
                self.attestation_indicator = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for attestation_indicator: {e}"
                        )
                    });
                self
            }
            pub fn bill_duration<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.bill_duration = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for bill_duration: {e}")
                    });
                self
            }
            pub fn billed_duration<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.billed_duration = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for billed_duration: {e}"
                        )
                    });
                self
            }
            pub fn call_direction<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated::types::CallDirection,
                        >,
                    >,
                >,
            {
                self.call_direction = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for call_direction: {e}"
                        )
                    });
                self
            }
            pub fn call_duration<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.call_duration = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for call_duration: {e}")
                    });
                self
            }
            pub fn call_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.call_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for call_uuid: {e}")
                    });
                self
            }
            pub fn end_time<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.end_time = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for end_time: {e}")
                    });
                self
            }
            pub fn from_country<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.from_country = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for from_country: {e}")
                    });
                self
            }
            pub fn from_number<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.from_number = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for from_number: {e}")
                    });
                self
            }
            pub fn hangup_cause_code<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.hangup_cause_code = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for hangup_cause_code: {e}"
                        )
                    });
                self
            }
            pub fn hangup_cause_name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.hangup_cause_name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for hangup_cause_name: {e}"
                        )
                    });
                self
            }
            pub fn hangup_source<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<crate::generated::types::HangupSource>,
                    >,
                >,
            {
                self.hangup_source = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for hangup_source: {e}")
                    });
                self
            }
            pub fn initiation_time<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.initiation_time = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for initiation_time: {e}"
                        )
                    });
                self
            }
            pub fn secure_trunking<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.secure_trunking = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for secure_trunking: {e}"
                        )
                    });
                self
            }
            pub fn secure_trunking_rate<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.secure_trunking_rate = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for secure_trunking_rate: {e}"
                        )
                    });
                self
            }
            pub fn srtp<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.srtp = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for srtp: {e}")
                    });
                self
            }
            pub fn stir_verification<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated::types::StirVerification,
                        >,
                    >,
                >,
            {
                self.stir_verification = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for stir_verification: {e}"
                        )
                    });
                self
            }
            pub fn to_country<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.to_country = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for to_country: {e}")
                    });
                self
            }
            pub fn to_number<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.to_number = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for to_number: {e}")
                    });
                self
            }
            pub fn total_amount<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.total_amount = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for total_amount: {e}")
                    });
                self
            }
            pub fn total_rate<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.total_rate = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for total_rate: {e}")
                    });
                self
            }
            pub fn transport_protocol<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated::types::TransportProtocol,
                        >,
                    >,
                >,
            {
                self.transport_protocol = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transport_protocol: {e}"
                        )
                    });
                self
            }
            pub fn trunk_domain<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.trunk_domain = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trunk_domain: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Call> for super::Call {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Call,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    answer_time: value.answer_time?,
                    attestation_indicator: value.attestation_indicator?,
                    bill_duration: value.bill_duration?,
                    billed_duration: value.billed_duration?,
                    call_direction: value.call_direction?,
                    call_duration: value.call_duration?,
                    call_uuid: value.call_uuid?,
                    end_time: value.end_time?,
                    from_country: value.from_country?,
                    from_number: value.from_number?,
                    hangup_cause_code: value.hangup_cause_code?,
                    hangup_cause_name: value.hangup_cause_name?,
                    hangup_source: value.hangup_source?,
                    initiation_time: value.initiation_time?,
                    secure_trunking: value.secure_trunking?,
                    secure_trunking_rate: value.secure_trunking_rate?,
                    srtp: value.srtp?,
                    stir_verification: value.stir_verification?,
                    to_country: value.to_country?,
                    to_number: value.to_number?,
                    total_amount: value.total_amount?,
                    total_rate: value.total_rate?,
                    transport_protocol: value.transport_protocol?,
                    trunk_domain: value.trunk_domain?,
                })
            }
        }
        impl ::std::convert::From<super::Call> for Call {
            fn from(value: super::Call) -> Self {
                Self {
                    answer_time: Ok(value.answer_time),
                    attestation_indicator: Ok(value.attestation_indicator),
                    bill_duration: Ok(value.bill_duration),
                    billed_duration: Ok(value.billed_duration),
                    call_direction: Ok(value.call_direction),
                    call_duration: Ok(value.call_duration),
                    call_uuid: Ok(value.call_uuid),
                    end_time: Ok(value.end_time),
                    from_country: Ok(value.from_country),
                    from_number: Ok(value.from_number),
                    hangup_cause_code: Ok(value.hangup_cause_code),
                    hangup_cause_name: Ok(value.hangup_cause_name),
                    hangup_source: Ok(value.hangup_source),
                    initiation_time: Ok(value.initiation_time),
                    secure_trunking: Ok(value.secure_trunking),
                    secure_trunking_rate: Ok(value.secure_trunking_rate),
                    srtp: Ok(value.srtp),
                    stir_verification: Ok(value.stir_verification),
                    to_country: Ok(value.to_country),
                    to_number: Ok(value.to_number),
                    total_amount: Ok(value.total_amount),
                    total_rate: Ok(value.total_rate),
                    transport_protocol: Ok(value.transport_protocol),
                    trunk_domain: Ok(value.trunk_domain),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CallInsights {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            call_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from: ::std::result::Result<
                ::std::option::Option<super::CallInsightsParty>,
                ::std::string::String,
            >,
            hangup_cause: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            hangup_source: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<crate::generated::types::HangupSource>,
                >,
                ::std::string::String,
            >,
            jitter: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            packet_loss: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            plivo_quality_score: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            post_dial_delay: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            rtt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to: ::std::result::Result<
                ::std::option::Option<super::CallInsightsParty>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CallInsights {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    call_uuid: Ok(Default::default()),
                    from: Ok(Default::default()),
                    hangup_cause: Ok(Default::default()),
                    hangup_source: Ok(Default::default()),
                    jitter: Ok(Default::default()),
                    packet_loss: Ok(Default::default()),
                    plivo_quality_score: Ok(Default::default()),
                    post_dial_delay: Ok(Default::default()),
                    rtt: Ok(Default::default()),
                    to: Ok(Default::default()),
                }
            }
        }
        impl CallInsights {
            pub fn api_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.api_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for api_id: {e}")
                    });
                self
            }
            pub fn call_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.call_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for call_uuid: {e}")
                    });
                self
            }
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::CallInsightsParty>,
                >,
            {
                self.from = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for from: {e}")
                    });
                self
            }
            pub fn hangup_cause<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.hangup_cause = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for hangup_cause: {e}")
                    });
                self
            }
            pub fn hangup_source<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<crate::generated::types::HangupSource>,
                    >,
                >,
            {
                self.hangup_source = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for hangup_source: {e}")
                    });
                self
            }
            pub fn jitter<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.jitter = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for jitter: {e}")
                    });
                self
            }
            pub fn packet_loss<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.packet_loss = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for packet_loss: {e}")
                    });
                self
            }
            pub fn plivo_quality_score<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.plivo_quality_score = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for plivo_quality_score: {e}"
                        )
                    });
                self
            }
            pub fn post_dial_delay<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<f64>>,
            {
                self.post_dial_delay = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for post_dial_delay: {e}"
                        )
                    });
                self
            }
            pub fn rtt<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.rtt = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for rtt: {e}")
                    });
                self
            }
            pub fn to<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::CallInsightsParty>,
                >,
            {
                self.to = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| format!("error converting supplied value for to: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CallInsights> for super::CallInsights {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallInsights,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    call_uuid: value.call_uuid?,
                    from: value.from?,
                    hangup_cause: value.hangup_cause?,
                    hangup_source: value.hangup_source?,
                    jitter: value.jitter?,
                    packet_loss: value.packet_loss?,
                    plivo_quality_score: value.plivo_quality_score?,
                    post_dial_delay: value.post_dial_delay?,
                    rtt: value.rtt?,
                    to: value.to?,
                })
            }
        }
        impl ::std::convert::From<super::CallInsights> for CallInsights {
            fn from(value: super::CallInsights) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    call_uuid: Ok(value.call_uuid),
                    from: Ok(value.from),
                    hangup_cause: Ok(value.hangup_cause),
                    hangup_source: Ok(value.hangup_source),
                    jitter: Ok(value.jitter),
                    packet_loss: Ok(value.packet_loss),
                    plivo_quality_score: Ok(value.plivo_quality_score),
                    post_dial_delay: Ok(value.post_dial_delay),
                    rtt: Ok(value.rtt),
                    to: Ok(value.to),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CallInsightsParty {
            carrier: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            region: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CallInsightsParty {
            fn default() -> Self {
                Self {
                    carrier: Ok(Default::default()),
                    number: Ok(Default::default()),
                    region: Ok(Default::default()),
                }
            }
        }
        impl CallInsightsParty {
            pub fn carrier<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.carrier = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for carrier: {e}")
                    });
                self
            }
            pub fn number<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.number = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for number: {e}")
                    });
                self
            }
            pub fn region<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.region = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for region: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CallInsightsParty> for super::CallInsightsParty {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallInsightsParty,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    carrier: value.carrier?,
                    number: value.number?,
                    region: value.region?,
                })
            }
        }
        impl ::std::convert::From<super::CallInsightsParty> for CallInsightsParty {
            fn from(value: super::CallInsightsParty) -> Self {
                Self {
                    carrier: Ok(value.carrier),
                    number: Ok(value.number),
                    region: Ok(value.region),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CallList {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::ListMeta>,
                ::std::string::String,
            >,
            objects: ::std::result::Result<
                ::std::vec::Vec<super::Call>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CallList {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    objects: Ok(Default::default()),
                }
            }
        }
        impl CallList {
            pub fn api_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.api_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for api_id: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<super::ListMeta>>,
            {
                self.meta = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            pub fn objects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Call>>,
                T::Error: ::std::fmt::Display,
            {
                self.objects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for objects: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CallList> for super::CallList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    meta: value.meta?,
                    objects: value.objects?,
                })
            }
        }
        impl ::std::convert::From<super::CallList> for CallList {
            fn from(value: super::CallList) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    meta: Ok(value.meta),
                    objects: Ok(value.objects),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateCredentialRequest {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::trunkline_core::SecretString,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateCredentialRequest {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                    password: Err("no value supplied for password".to_string()),
                    username: Err("no value supplied for username".to_string()),
                }
            }
        }
        impl CreateCredentialRequest {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::trunkline_core::SecretString>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateCredentialRequest>
        for super::CreateCredentialRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateCredentialRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    password: value.password?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::CreateCredentialRequest>
        for CreateCredentialRequest {
            fn from(value: super::CreateCredentialRequest) -> Self {
                Self {
                    name: Ok(value.name),
                    password: Ok(value.password),
                    username: Ok(value.username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateIpAccessControlListRequest {
            ip_addresses: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateIpAccessControlListRequest {
            fn default() -> Self {
                Self {
                    ip_addresses: Err("no value supplied for ip_addresses".to_string()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl CreateIpAccessControlListRequest {
            pub fn ip_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_addresses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_addresses: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateIpAccessControlListRequest>
        for super::CreateIpAccessControlListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateIpAccessControlListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_addresses: value.ip_addresses?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateIpAccessControlListRequest>
        for CreateIpAccessControlListRequest {
            fn from(value: super::CreateIpAccessControlListRequest) -> Self {
                Self {
                    ip_addresses: Ok(value.ip_addresses),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateOriginationUriRequest {
            authentication_needed: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<::trunkline_core::SecretString>,
                ::std::string::String,
            >,
            uri: ::std::result::Result<::std::string::String, ::std::string::String>,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateOriginationUriRequest {
            fn default() -> Self {
                Self {
                    authentication_needed: Ok(Default::default()),
                    name: Ok(Default::default()),
                    password: Ok(Default::default()),
                    uri: Err("no value supplied for uri".to_string()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl CreateOriginationUriRequest {
            pub fn authentication_needed<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.authentication_needed = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for authentication_needed: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::trunkline_core::SecretString>,
                >,
            {
                self.password = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.uri = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uri: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.username = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateOriginationUriRequest>
        for super::CreateOriginationUriRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateOriginationUriRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    authentication_needed: value.authentication_needed?,
                    name: value.name?,
                    password: value.password?,
                    uri: value.uri?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::CreateOriginationUriRequest>
        for CreateOriginationUriRequest {
            fn from(value: super::CreateOriginationUriRequest) -> Self {
                Self {
                    authentication_needed: Ok(value.authentication_needed),
                    name: Ok(value.name),
                    password: Ok(value.password),
                    uri: Ok(value.uri),
                    username: Ok(value.username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTrunkRequest {
            credential_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fallback_uri_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ipacl_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            primary_uri_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            secure: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            trunk_direction: ::std::result::Result<
                super::TrunkDirection,
                ::std::string::String,
            >,
            trunk_status: ::std::result::Result<
                ::std::option::Option<super::TrunkStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateTrunkRequest {
            fn default() -> Self {
                Self {
                    credential_uuid: Ok(Default::default()),
                    fallback_uri_uuid: Ok(Default::default()),
                    ipacl_uuid: Ok(Default::default()),
                    name: Ok(Default::default()),
                    primary_uri_uuid: Ok(Default::default()),
                    secure: Ok(Default::default()),
                    trunk_direction: Err(
                        "no value supplied for trunk_direction".to_string(),
                    ),
                    trunk_status: Ok(Default::default()),
                }
            }
        }
        impl CreateTrunkRequest {
            pub fn credential_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.credential_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credential_uuid: {e}"
                        )
                    });
                self
            }
            pub fn fallback_uri_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.fallback_uri_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for fallback_uri_uuid: {e}"
                        )
                    });
                self
            }
            pub fn ipacl_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.ipacl_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for ipacl_uuid: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn primary_uri_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.primary_uri_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for primary_uri_uuid: {e}"
                        )
                    });
                self
            }
            pub fn secure<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.secure = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for secure: {e}")
                    });
                self
            }
            pub fn trunk_direction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TrunkDirection>,
                T::Error: ::std::fmt::Display,
            {
                self.trunk_direction = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trunk_direction: {e}"
                        )
                    });
                self
            }
            pub fn trunk_status<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::TrunkStatus>,
                >,
            {
                self.trunk_status = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trunk_status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateTrunkRequest> for super::CreateTrunkRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateTrunkRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credential_uuid: value.credential_uuid?,
                    fallback_uri_uuid: value.fallback_uri_uuid?,
                    ipacl_uuid: value.ipacl_uuid?,
                    name: value.name?,
                    primary_uri_uuid: value.primary_uri_uuid?,
                    secure: value.secure?,
                    trunk_direction: value.trunk_direction?,
                    trunk_status: value.trunk_status?,
                })
            }
        }
        impl ::std::convert::From<super::CreateTrunkRequest> for CreateTrunkRequest {
            fn from(value: super::CreateTrunkRequest) -> Self {
                Self {
                    credential_uuid: Ok(value.credential_uuid),
                    fallback_uri_uuid: Ok(value.fallback_uri_uuid),
                    ipacl_uuid: Ok(value.ipacl_uuid),
                    name: Ok(value.name),
                    primary_uri_uuid: Ok(value.primary_uri_uuid),
                    secure: Ok(value.secure),
                    trunk_direction: Ok(value.trunk_direction),
                    trunk_status: Ok(value.trunk_status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Credential {
            credential_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Credential {
            fn default() -> Self {
                Self {
                    credential_uuid: Ok(Default::default()),
                    name: Ok(Default::default()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl Credential {
            pub fn credential_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.credential_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credential_uuid: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.username = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Credential> for super::Credential {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Credential,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credential_uuid: value.credential_uuid?,
                    name: value.name?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::Credential> for Credential {
            fn from(value: super::Credential) -> Self {
                Self {
                    credential_uuid: Ok(value.credential_uuid),
                    name: Ok(value.name),
                    username: Ok(value.username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CredentialEnvelope {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            credential_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CredentialEnvelope {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    credential_uuid: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl CredentialEnvelope {
            pub fn api_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.api_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for api_id: {e}")
                    });
                self
            }
            pub fn credential_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.credential_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credential_uuid: {e}"
                        )
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.message = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CredentialEnvelope> for super::CredentialEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CredentialEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    credential_uuid: value.credential_uuid?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::CredentialEnvelope> for CredentialEnvelope {
            fn from(value: super::CredentialEnvelope) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    credential_uuid: Ok(value.credential_uuid),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CredentialList {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::ListMeta>,
                ::std::string::String,
            >,
            objects: ::std::result::Result<
                ::std::vec::Vec<super::Credential>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CredentialList {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    objects: Ok(Default::default()),
                }
            }
        }
        impl CredentialList {
            pub fn api_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.api_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for api_id: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<super::ListMeta>>,
            {
                self.meta = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            pub fn objects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Credential>>,
                T::Error: ::std::fmt::Display,
            {
                self.objects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for objects: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CredentialList> for super::CredentialList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CredentialList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    meta: value.meta?,
                    objects: value.objects?,
                })
            }
        }
        impl ::std::convert::From<super::CredentialList> for CredentialList {
            fn from(value: super::CredentialList) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    meta: Ok(value.meta),
                    objects: Ok(value.objects),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorBody {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorBody {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    error: Ok(Default::default()),
                }
            }
        }
        impl ErrorBody {
            pub fn api_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.api_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for api_id: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::serde_json::Value>,
                >,
            {
                self.error = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorBody> for super::ErrorBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    error: value.error?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorBody> for ErrorBody {
            fn from(value: super::ErrorBody) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    error: Ok(value.error),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IpAccessControlList {
            ip_addresses: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            ipacl_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IpAccessControlList {
            fn default() -> Self {
                Self {
                    ip_addresses: Ok(Default::default()),
                    ipacl_uuid: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl IpAccessControlList {
            pub fn ip_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_addresses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_addresses: {e}")
                    });
                self
            }
            pub fn ipacl_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.ipacl_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for ipacl_uuid: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IpAccessControlList>
        for super::IpAccessControlList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpAccessControlList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_addresses: value.ip_addresses?,
                    ipacl_uuid: value.ipacl_uuid?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::IpAccessControlList> for IpAccessControlList {
            fn from(value: super::IpAccessControlList) -> Self {
                Self {
                    ip_addresses: Ok(value.ip_addresses),
                    ipacl_uuid: Ok(value.ipacl_uuid),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IpAccessControlListEnvelope {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ipacl_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IpAccessControlListEnvelope {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    ipacl_uuid: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl IpAccessControlListEnvelope {
            pub fn api_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.api_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for api_id: {e}")
                    });
                self
            }
            pub fn ipacl_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.ipacl_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for ipacl_uuid: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.message = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IpAccessControlListEnvelope>
        for super::IpAccessControlListEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpAccessControlListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    ipacl_uuid: value.ipacl_uuid?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::IpAccessControlListEnvelope>
        for IpAccessControlListEnvelope {
            fn from(value: super::IpAccessControlListEnvelope) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    ipacl_uuid: Ok(value.ipacl_uuid),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IpAccessControlListList {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::ListMeta>,
                ::std::string::String,
            >,
            objects: ::std::result::Result<
                ::std::vec::Vec<super::IpAccessControlList>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IpAccessControlListList {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    objects: Ok(Default::default()),
                }
            }
        }
        impl IpAccessControlListList {
            pub fn api_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.api_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for api_id: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<super::ListMeta>>,
            {
                self.meta = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            pub fn objects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::IpAccessControlList>>,
                T::Error: ::std::fmt::Display,
            {
                self.objects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for objects: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IpAccessControlListList>
        for super::IpAccessControlListList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpAccessControlListList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    meta: value.meta?,
                    objects: value.objects?,
                })
            }
        }
        impl ::std::convert::From<super::IpAccessControlListList>
        for IpAccessControlListList {
            fn from(value: super::IpAccessControlListList) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    meta: Ok(value.meta),
                    objects: Ok(value.objects),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMeta {
            limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            next: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            offset: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            previous: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMeta {
            fn default() -> Self {
                Self {
                    limit: Ok(Default::default()),
                    next: Ok(Default::default()),
                    offset: Ok(Default::default()),
                    previous: Ok(Default::default()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl ListMeta {
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.limit = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.next = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn offset<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.offset = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for offset: {e}")
                    });
                self
            }
            pub fn previous<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.previous = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for previous: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.total_count = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListMeta> for super::ListMeta {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMeta,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    limit: value.limit?,
                    next: value.next?,
                    offset: value.offset?,
                    previous: value.previous?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::ListMeta> for ListMeta {
            fn from(value: super::ListMeta) -> Self {
                Self {
                    limit: Ok(value.limit),
                    next: Ok(value.next),
                    offset: Ok(value.offset),
                    previous: Ok(value.previous),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OriginationUri {
            authentication_needed: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            uri_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OriginationUri {
            fn default() -> Self {
                Self {
                    authentication_needed: Ok(Default::default()),
                    name: Ok(Default::default()),
                    uri: Ok(Default::default()),
                    uri_uuid: Ok(Default::default()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl OriginationUri {
            pub fn authentication_needed<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.authentication_needed = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for authentication_needed: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for uri: {e}")
                    });
                self
            }
            pub fn uri_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.uri_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for uri_uuid: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.username = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OriginationUri> for super::OriginationUri {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OriginationUri,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    authentication_needed: value.authentication_needed?,
                    name: value.name?,
                    uri: value.uri?,
                    uri_uuid: value.uri_uuid?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::OriginationUri> for OriginationUri {
            fn from(value: super::OriginationUri) -> Self {
                Self {
                    authentication_needed: Ok(value.authentication_needed),
                    name: Ok(value.name),
                    uri: Ok(value.uri),
                    uri_uuid: Ok(value.uri_uuid),
                    username: Ok(value.username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OriginationUriEnvelope {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            uri_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OriginationUriEnvelope {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    message: Ok(Default::default()),
                    uri_uuid: Ok(Default::default()),
                }
            }
        }
        impl OriginationUriEnvelope {
            pub fn api_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.api_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for api_id: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.message = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn uri_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.uri_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for uri_uuid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OriginationUriEnvelope>
        for super::OriginationUriEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OriginationUriEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    message: value.message?,
                    uri_uuid: value.uri_uuid?,
                })
            }
        }
        impl ::std::convert::From<super::OriginationUriEnvelope>
        for OriginationUriEnvelope {
            fn from(value: super::OriginationUriEnvelope) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    message: Ok(value.message),
                    uri_uuid: Ok(value.uri_uuid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OriginationUriList {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::ListMeta>,
                ::std::string::String,
            >,
            objects: ::std::result::Result<
                ::std::vec::Vec<super::OriginationUri>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OriginationUriList {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    objects: Ok(Default::default()),
                }
            }
        }
        impl OriginationUriList {
            pub fn api_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.api_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for api_id: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<super::ListMeta>>,
            {
                self.meta = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            pub fn objects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OriginationUri>>,
                T::Error: ::std::fmt::Display,
            {
                self.objects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for objects: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OriginationUriList> for super::OriginationUriList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OriginationUriList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    meta: value.meta?,
                    objects: value.objects?,
                })
            }
        }
        impl ::std::convert::From<super::OriginationUriList> for OriginationUriList {
            fn from(value: super::OriginationUriList) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    meta: Ok(value.meta),
                    objects: Ok(value.objects),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Trunk {
            credential_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fallback_uri_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ipacl_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            primary_uri_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            secure: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            trunk_direction: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<crate::generated::types::TrunkDirection>,
                >,
                ::std::string::String,
            >,
            trunk_domain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            trunk_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            trunk_status: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<crate::generated::types::TrunkStatus>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Trunk {
            fn default() -> Self {
                Self {
                    credential_uuid: Ok(Default::default()),
                    fallback_uri_uuid: Ok(Default::default()),
                    ipacl_uuid: Ok(Default::default()),
                    name: Ok(Default::default()),
                    primary_uri_uuid: Ok(Default::default()),
                    secure: Ok(Default::default()),
                    trunk_direction: Ok(Default::default()),
                    trunk_domain: Ok(Default::default()),
                    trunk_id: Ok(Default::default()),
                    trunk_status: Ok(Default::default()),
                }
            }
        }
        impl Trunk {
            pub fn credential_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.credential_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credential_uuid: {e}"
                        )
                    });
                self
            }
            pub fn fallback_uri_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.fallback_uri_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for fallback_uri_uuid: {e}"
                        )
                    });
                self
            }
            pub fn ipacl_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.ipacl_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for ipacl_uuid: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn primary_uri_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.primary_uri_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for primary_uri_uuid: {e}"
                        )
                    });
                self
            }
            pub fn secure<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.secure = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for secure: {e}")
                    });
                self
            }
            pub fn trunk_direction<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated::types::TrunkDirection,
                        >,
                    >,
                >,
            {
                self.trunk_direction = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trunk_direction: {e}"
                        )
                    });
                self
            }
            pub fn trunk_domain<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.trunk_domain = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trunk_domain: {e}")
                    });
                self
            }
            pub fn trunk_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.trunk_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trunk_id: {e}")
                    });
                self
            }
            pub fn trunk_status<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<crate::generated::types::TrunkStatus>,
                    >,
                >,
            {
                self.trunk_status = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trunk_status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Trunk> for super::Trunk {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Trunk,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credential_uuid: value.credential_uuid?,
                    fallback_uri_uuid: value.fallback_uri_uuid?,
                    ipacl_uuid: value.ipacl_uuid?,
                    name: value.name?,
                    primary_uri_uuid: value.primary_uri_uuid?,
                    secure: value.secure?,
                    trunk_direction: value.trunk_direction?,
                    trunk_domain: value.trunk_domain?,
                    trunk_id: value.trunk_id?,
                    trunk_status: value.trunk_status?,
                })
            }
        }
        impl ::std::convert::From<super::Trunk> for Trunk {
            fn from(value: super::Trunk) -> Self {
                Self {
                    credential_uuid: Ok(value.credential_uuid),
                    fallback_uri_uuid: Ok(value.fallback_uri_uuid),
                    ipacl_uuid: Ok(value.ipacl_uuid),
                    name: Ok(value.name),
                    primary_uri_uuid: Ok(value.primary_uri_uuid),
                    secure: Ok(value.secure),
                    trunk_direction: Ok(value.trunk_direction),
                    trunk_domain: Ok(value.trunk_domain),
                    trunk_id: Ok(value.trunk_id),
                    trunk_status: Ok(value.trunk_status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrunkEnvelope {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            trunk_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TrunkEnvelope {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    message: Ok(Default::default()),
                    trunk_id: Ok(Default::default()),
                }
            }
        }
        impl TrunkEnvelope {
            pub fn api_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.api_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for api_id: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.message = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn trunk_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.trunk_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trunk_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TrunkEnvelope> for super::TrunkEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TrunkEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    message: value.message?,
                    trunk_id: value.trunk_id?,
                })
            }
        }
        impl ::std::convert::From<super::TrunkEnvelope> for TrunkEnvelope {
            fn from(value: super::TrunkEnvelope) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    message: Ok(value.message),
                    trunk_id: Ok(value.trunk_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrunkList {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::ListMeta>,
                ::std::string::String,
            >,
            objects: ::std::result::Result<
                ::std::vec::Vec<super::Trunk>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TrunkList {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    objects: Ok(Default::default()),
                }
            }
        }
        impl TrunkList {
            pub fn api_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.api_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for api_id: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<super::ListMeta>>,
            {
                self.meta = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            pub fn objects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Trunk>>,
                T::Error: ::std::fmt::Display,
            {
                self.objects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for objects: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TrunkList> for super::TrunkList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TrunkList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    meta: value.meta?,
                    objects: value.objects?,
                })
            }
        }
        impl ::std::convert::From<super::TrunkList> for TrunkList {
            fn from(value: super::TrunkList) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    meta: Ok(value.meta),
                    objects: Ok(value.objects),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateCredentialRequest {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<::trunkline_core::SecretString>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateCredentialRequest {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                    password: Ok(Default::default()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl UpdateCredentialRequest {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::trunkline_core::SecretString>,
                >,
            {
                self.password = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.username = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateCredentialRequest>
        for super::UpdateCredentialRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateCredentialRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    password: value.password?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateCredentialRequest>
        for UpdateCredentialRequest {
            fn from(value: super::UpdateCredentialRequest) -> Self {
                Self {
                    name: Ok(value.name),
                    password: Ok(value.password),
                    username: Ok(value.username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateIpAccessControlListRequest {
            ip_addresses: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateIpAccessControlListRequest {
            fn default() -> Self {
                Self {
                    ip_addresses: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl UpdateIpAccessControlListRequest {
            pub fn ip_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_addresses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_addresses: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateIpAccessControlListRequest>
        for super::UpdateIpAccessControlListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateIpAccessControlListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_addresses: value.ip_addresses?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateIpAccessControlListRequest>
        for UpdateIpAccessControlListRequest {
            fn from(value: super::UpdateIpAccessControlListRequest) -> Self {
                Self {
                    ip_addresses: Ok(value.ip_addresses),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateOriginationUriRequest {
            authentication_needed: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<::trunkline_core::SecretString>,
                ::std::string::String,
            >,
            uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateOriginationUriRequest {
            fn default() -> Self {
                Self {
                    authentication_needed: Ok(Default::default()),
                    name: Ok(Default::default()),
                    password: Ok(Default::default()),
                    uri: Ok(Default::default()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl UpdateOriginationUriRequest {
            pub fn authentication_needed<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.authentication_needed = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for authentication_needed: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::trunkline_core::SecretString>,
                >,
            {
                self.password = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for uri: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.username = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateOriginationUriRequest>
        for super::UpdateOriginationUriRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateOriginationUriRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    authentication_needed: value.authentication_needed?,
                    name: value.name?,
                    password: value.password?,
                    uri: value.uri?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateOriginationUriRequest>
        for UpdateOriginationUriRequest {
            fn from(value: super::UpdateOriginationUriRequest) -> Self {
                Self {
                    authentication_needed: Ok(value.authentication_needed),
                    name: Ok(value.name),
                    password: Ok(value.password),
                    uri: Ok(value.uri),
                    username: Ok(value.username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateTrunkRequest {
            credential_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fallback_uri_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ipacl_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            primary_uri_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            secure: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            trunk_direction: ::std::result::Result<
                ::std::option::Option<super::TrunkDirection>,
                ::std::string::String,
            >,
            trunk_status: ::std::result::Result<
                ::std::option::Option<super::TrunkStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateTrunkRequest {
            fn default() -> Self {
                Self {
                    credential_uuid: Ok(Default::default()),
                    fallback_uri_uuid: Ok(Default::default()),
                    ipacl_uuid: Ok(Default::default()),
                    name: Ok(Default::default()),
                    primary_uri_uuid: Ok(Default::default()),
                    secure: Ok(Default::default()),
                    trunk_direction: Ok(Default::default()),
                    trunk_status: Ok(Default::default()),
                }
            }
        }
        impl UpdateTrunkRequest {
            pub fn credential_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.credential_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credential_uuid: {e}"
                        )
                    });
                self
            }
            pub fn fallback_uri_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.fallback_uri_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for fallback_uri_uuid: {e}"
                        )
                    });
                self
            }
            pub fn ipacl_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.ipacl_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for ipacl_uuid: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn primary_uri_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.primary_uri_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for primary_uri_uuid: {e}"
                        )
                    });
                self
            }
            pub fn secure<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.secure = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for secure: {e}")
                    });
                self
            }
            pub fn trunk_direction<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::TrunkDirection>,
                >,
            {
                self.trunk_direction = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trunk_direction: {e}"
                        )
                    });
                self
            }
            pub fn trunk_status<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::TrunkStatus>,
                >,
            {
                self.trunk_status = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trunk_status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateTrunkRequest> for super::UpdateTrunkRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateTrunkRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credential_uuid: value.credential_uuid?,
                    fallback_uri_uuid: value.fallback_uri_uuid?,
                    ipacl_uuid: value.ipacl_uuid?,
                    name: value.name?,
                    primary_uri_uuid: value.primary_uri_uuid?,
                    secure: value.secure?,
                    trunk_direction: value.trunk_direction?,
                    trunk_status: value.trunk_status?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateTrunkRequest> for UpdateTrunkRequest {
            fn from(value: super::UpdateTrunkRequest) -> Self {
                Self {
                    credential_uuid: Ok(value.credential_uuid),
                    fallback_uri_uuid: Ok(value.fallback_uri_uuid),
                    ipacl_uuid: Ok(value.ipacl_uuid),
                    name: Ok(value.name),
                    primary_uri_uuid: Ok(value.primary_uri_uuid),
                    secure: Ok(value.secure),
                    trunk_direction: Ok(value.trunk_direction),
                    trunk_status: Ok(value.trunk_status),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Plivo Zentrunk SIP Trunking API

Plivo's Zentrunk SIP-trunking API: trunks, SIP digest credentials, IP access control lists, origination URIs, and call detail records with Call Insights. 23 operations.

Conventions of the API:
- The account is part of the base URL (`/v1/Account/{auth_id}/Zentrunk`); every path ends in `/` and keeps Plivo's casing (`Trunk`, `Credential`, `IPAccessControlList`, `URI`, `Call`, `Insights`).
- Authentication is HTTP Basic with the Auth ID as username and the Auth Token as password.
- Requests and responses are JSON with snake_case keys. Creates `POST` to the collection and updates `POST` (partial: only the fields sent change) to the item; both answer with a message envelope `{api_id, message, <id>}` instead of the object. Retrieves return the bare object. Deletes answer 204 without a body.
- Lists return `{api_id, meta, objects}` and page with `limit` (1-20, default 20) and `offset`.
- Errors carry `{api_id, error}`. Exceeding the (unpublished) rate limit answers 429.
- Ids are strings: `trunk_id` looks numeric, the others look like UUIDs but are not always well formed.
- Phone numbers are not part of this API: an inbound trunk is selected on a number through the Console or Plivo's Number API. Outbound trunks cannot be attached to numbers.

Hand-curated for trunkline from Plivo's SIP-trunking API pages; every departure from them is logged in specs/README.md (section "Plivo Zentrunk").

Version: v1*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: ::trunkline_core::Runtime,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: ::trunkline_core::Runtime) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: ::trunkline_core::Runtime,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<::trunkline_core::Runtime> for Client {
    fn api_version() -> &'static str {
        "v1"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &::trunkline_core::Runtime {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<::trunkline_core::Runtime>,
    {}
};
impl Client {
    /**List call records

Get the call detail records (CDRs) of the account's Zentrunk calls, one page (at most 20) at a time, with optional filters. The resource is read-only and account-wide: a record names its trunk only through `trunk_domain`; there is no trunk filter. Only calls from the last 90 days can be retrieved; without an `end_time` filter the search covers the last 30 days. Older docs say a range longer than 90 days returns 400.

Example: `GET /Call/?call_direction=outbound&end_time__gte=2024-01-01%2000:00&limit=20`.

Sends a `GET` request to `/Call/`

Arguments:
- `bill_duration`: Filter by billed duration in seconds: equal to this value. The `__gt`, `__gte`, `__lt` and `__lte` variants are range filters.
- `bill_duration_gt`: Filter by billed duration in seconds: greater than this value.
- `bill_duration_gte`: Filter by billed duration in seconds: greater than or equal to this value.
- `bill_duration_lt`: Filter by billed duration in seconds: less than this value.
- `bill_duration_lte`: Filter by billed duration in seconds: less than or equal to this value.
- `call_direction`: Filter by call direction: `inbound`, `outbound`.
- `end_time`: Filter by call end time: equal to this value. Format `YYYY-MM-DD HH:MM[:ss]`, UTC (e.g. `2024-01-01 00:00`). Only calls from the last 90 days can be retrieved; without an `end_time` filter the search covers the last 30 days. The `__gt`, `__gte`, `__lt` and `__lte` variants are range filters.
- `end_time_gt`: Filter by call end time: greater than this value. Format `YYYY-MM-DD HH:MM[:ss]`, UTC (e.g. `2024-01-01 00:00`).
- `end_time_gte`: Filter by call end time: greater than or equal to this value. Format `YYYY-MM-DD HH:MM[:ss]`, UTC (e.g. `2024-01-01 00:00`).
- `end_time_lt`: Filter by call end time: less than this value. Format `YYYY-MM-DD HH:MM[:ss]`, UTC (e.g. `2024-01-01 00:00`).
- `end_time_lte`: Filter by call end time: less than or equal to this value. Format `YYYY-MM-DD HH:MM[:ss]`, UTC (e.g. `2024-01-01 00:00`).
- `from_number`: Filter by the caller's number: exact match or prefix.
- `hangup_cause_code`: Filter by hangup cause code (e.g. `3000`).
- `hangup_source`: Filter by the party that ended the call: `customer`, `carrier`, `zentrunk`.
- `limit`: Results per page (1-20). Default: 20.
- `offset`: Number of results to skip (pagination offset). Default: 0. To read the next page, add `limit` to the offset rather than parsing `meta.next`, whose form is inconsistent.
- `stir_verification`: Filter by STIR/SHAKEN verification result: `Verified`, `Not Verified`, `Not Applicable` (the values contain spaces).
- `to_number`: Filter by the called number: exact match or prefix.
```text
let response = client.list_calls()
    .bill_duration(bill_duration)
    .bill_duration_gt(bill_duration_gt)
    .bill_duration_gte(bill_duration_gte)
    .bill_duration_lt(bill_duration_lt)
    .bill_duration_lte(bill_duration_lte)
    .call_direction(call_direction)
    .end_time(end_time)
    .end_time_gt(end_time_gt)
    .end_time_gte(end_time_gte)
    .end_time_lt(end_time_lt)
    .end_time_lte(end_time_lte)
    .from_number(from_number)
    .hangup_cause_code(hangup_cause_code)
    .hangup_source(hangup_source)
    .limit(limit)
    .offset(offset)
    .stir_verification(stir_verification)
    .to_number(to_number)
    .send()
    .await;
```*/
    pub fn list_calls(&self) -> builder::ListCalls<'_> {
        builder::ListCalls::new(self)
    }
    /**Retrieve a call record

Get the call detail record of one call. Returns the bare call object (no envelope). Only calls from the last 90 days can be retrieved.

Sends a `GET` request to `/Call/{call_uuid}/`

Arguments:
- `call_uuid`: The call's `call_uuid`.
```text
let response = client.get_call()
    .call_uuid(call_uuid)
    .send()
    .await;
```*/
    pub fn get_call(&self) -> builder::GetCall<'_> {
        builder::GetCall::new(self)
    }
    /**Retrieve call insights

Get quality metrics of one call: round-trip time, jitter, packet loss, post-dial delay and Plivo's quality score, with the carrier and region of both parties. Unlike the other retrieve operations, the body carries `api_id`.

Sends a `GET` request to `/Call/{call_uuid}/Insights/`

Arguments:
- `call_uuid`: The call's `call_uuid`.
```text
let response = client.get_call_insights()
    .call_uuid(call_uuid)
    .send()
    .await;
```*/
    pub fn get_call_insights(&self) -> builder::GetCallInsights<'_> {
        builder::GetCallInsights::new(self)
    }
    /**List all credentials

Get all SIP digest credentials of the account, one page (at most 20) at a time, in Plivo's list envelope. Passwords are never returned.

Sends a `GET` request to `/Credential/`

Arguments:
- `limit`: Results per page (1-20). Default: 20.
- `offset`: Number of results to skip (pagination offset). Default: 0. To read the next page, add `limit` to the offset rather than parsing `meta.next`, whose form is inconsistent.
```text
let response = client.list_credentials()
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn list_credentials(&self) -> builder::ListCredentials<'_> {
        builder::ListCredentials::new(self)
    }
    /**Create a credential

Create a username/password pair for SIP digest authentication of an outbound trunk. Attach it by setting the trunk's `credential_uuid`.

The response is a message envelope carrying the new `credential_uuid`. Not idempotent: a resent request creates a second credential.

Sends a `POST` request to `/Credential/`

Arguments:
- `body`: The new credential.
```text
let response = client.create_credential()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_credential(&self) -> builder::CreateCredential<'_> {
        builder::CreateCredential::new(self)
    }
    /**Retrieve a credential

Get details of a specific credential. Returns the bare credential object (no envelope); the password is never returned.

Sends a `GET` request to `/Credential/{credential_uuid}/`

Arguments:
- `credential_uuid`: The credential's `credential_uuid`.
```text
let response = client.get_credential()
    .credential_uuid(credential_uuid)
    .send()
    .await;
```*/
    pub fn get_credential(&self) -> builder::GetCredential<'_> {
        builder::GetCredential::new(self)
    }
    /**Update a credential

Modify an existing credential. The update is partial: send only the fields you change. The response is a message envelope. Safe to resend.

Sends a `POST` request to `/Credential/{credential_uuid}/`

Arguments:
- `credential_uuid`: The credential's `credential_uuid`.
- `body`: The fields to change; absent fields keep their value.
```text
let response = client.update_credential()
    .credential_uuid(credential_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_credential(&self) -> builder::UpdateCredential<'_> {
        builder::UpdateCredential::new(self)
    }
    /**Delete a credential

Permanently delete a credential.

Sends a `DELETE` request to `/Credential/{credential_uuid}/`

Arguments:
- `credential_uuid`: The credential's `credential_uuid`.
```text
let response = client.delete_credential()
    .credential_uuid(credential_uuid)
    .send()
    .await;
```*/
    pub fn delete_credential(&self) -> builder::DeleteCredential<'_> {
        builder::DeleteCredential::new(self)
    }
    /**List all IP access control lists

Get all IP access control lists of the account, one page (at most 20) at a time, in Plivo's list envelope.

Sends a `GET` request to `/IPAccessControlList/`

Arguments:
- `limit`: Results per page (1-20). Default: 20.
- `offset`: Number of results to skip (pagination offset). Default: 0. To read the next page, add `limit` to the offset rather than parsing `meta.next`, whose form is inconsistent.
```text
let response = client.list_ip_access_control_lists()
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn list_ip_access_control_lists(&self) -> builder::ListIpAccessControlLists<'_> {
        builder::ListIpAccessControlLists::new(self)
    }
    /**Create an IP access control list

Create a named set of allowed source IP addresses for an outbound trunk. Attach it by setting the trunk's `ipacl_uuid`.

The response is a message envelope carrying the new `ipacl_uuid`. Not idempotent: a resent request creates a second list.

Sends a `POST` request to `/IPAccessControlList/`

Arguments:
- `body`: The new IP access control list.
```text
let response = client.create_ip_access_control_list()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_ip_access_control_list(
        &self,
    ) -> builder::CreateIpAccessControlList<'_> {
        builder::CreateIpAccessControlList::new(self)
    }
    /**Retrieve an IP access control list

Get details of a specific IP access control list. Returns the bare object (no envelope).

Sends a `GET` request to `/IPAccessControlList/{ipacl_uuid}/`

Arguments:
- `ipacl_uuid`: The IP access control list's `ipacl_uuid`.
```text
let response = client.get_ip_access_control_list()
    .ipacl_uuid(ipacl_uuid)
    .send()
    .await;
```*/
    pub fn get_ip_access_control_list(&self) -> builder::GetIpAccessControlList<'_> {
        builder::GetIpAccessControlList::new(self)
    }
    /**Update an IP access control list

Modify an existing IP access control list. `ip_addresses`, when sent, replaces the whole list of addresses. The response is a message envelope. Safe to resend.

Sends a `POST` request to `/IPAccessControlList/{ipacl_uuid}/`

Arguments:
- `ipacl_uuid`: The IP access control list's `ipacl_uuid`.
- `body`: The fields to change; absent fields keep their value.
```text
let response = client.update_ip_access_control_list()
    .ipacl_uuid(ipacl_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_ip_access_control_list(
        &self,
    ) -> builder::UpdateIpAccessControlList<'_> {
        builder::UpdateIpAccessControlList::new(self)
    }
    /**Delete an IP access control list

Permanently delete an IP access control list.

Sends a `DELETE` request to `/IPAccessControlList/{ipacl_uuid}/`

Arguments:
- `ipacl_uuid`: The IP access control list's `ipacl_uuid`.
```text
let response = client.delete_ip_access_control_list()
    .ipacl_uuid(ipacl_uuid)
    .send()
    .await;
```*/
    pub fn delete_ip_access_control_list(
        &self,
    ) -> builder::DeleteIpAccessControlList<'_> {
        builder::DeleteIpAccessControlList::new(self)
    }
    /**List all trunks

Get all trunks with optional filtering. Returns one page (at most 20 trunks) of the account's trunks in Plivo's list envelope; page with `limit` and `offset`.

Sends a `GET` request to `/Trunk/`

Arguments:
- `credential_uuid`: Filter by credentials.
- `fallback_uri_uuid`: Filter by fallback URI.
- `ipacl_uuid`: Filter by IP ACL.
- `limit`: Results per page (1-20). Default: 20.
- `offset`: Number of results to skip (pagination offset). Default: 0. To read the next page, add `limit` to the offset rather than parsing `meta.next`, whose form is inconsistent.
- `primary_uri_uuid`: Filter by primary URI.
- `secure`: Filter by encryption: `true`, `false`.
- `trunk_direction`: Filter by direction: `inbound`, `outbound`.
- `trunk_status`: Filter by status: `enabled`, `disabled`.
```text
let response = client.list_trunks()
    .credential_uuid(credential_uuid)
    .fallback_uri_uuid(fallback_uri_uuid)
    .ipacl_uuid(ipacl_uuid)
    .limit(limit)
    .offset(offset)
    .primary_uri_uuid(primary_uri_uuid)
    .secure(secure)
    .trunk_direction(trunk_direction)
    .trunk_status(trunk_status)
    .send()
    .await;
```*/
    pub fn list_trunks(&self) -> builder::ListTrunks<'_> {
        builder::ListTrunks::new(self)
    }
    /**Create a trunk

Create a new SIP trunk for inbound or outbound traffic.

For outbound trunks (calls from your PBX to Plivo), you need either `ipacl_uuid` or `credential_uuid` for authentication. For inbound trunks (calls from Plivo to your PBX), you need a `primary_uri_uuid` pointing to your server. Plivo answers 422 when the parameter a direction needs is missing.

The response is a message envelope carrying the new `trunk_id`, not the trunk: retrieve it to see the trunk. Not idempotent: a resent request creates a second trunk.

Only inbound trunks can be attached to phone numbers; that is done through the Console or Plivo's Number API, not through Zentrunk.

Sends a `POST` request to `/Trunk/`

Arguments:
- `body`: The new trunk.
```text
let response = client.create_trunk()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_trunk(&self) -> builder::CreateTrunk<'_> {
        builder::CreateTrunk::new(self)
    }
    /**Retrieve a trunk

Get details of a specific trunk. Returns the bare trunk object (no envelope).

Sends a `GET` request to `/Trunk/{trunk_id}/`

Arguments:
- `trunk_id`: The trunk's `trunk_id` (a numeric-looking string such as `21784177241578`).
```text
let response = client.get_trunk()
    .trunk_id(trunk_id)
    .send()
    .await;
```*/
    pub fn get_trunk(&self) -> builder::GetTrunk<'_> {
        builder::GetTrunk::new(self)
    }
    /**Update a trunk

Modify an existing trunk's properties. The update is partial: send only the fields you change. The response is a message envelope, not the trunk. Safe to resend.

Sends a `POST` request to `/Trunk/{trunk_id}/`

Arguments:
- `trunk_id`: The trunk's `trunk_id` (a numeric-looking string such as `21784177241578`).
- `body`: The fields to change; absent fields keep their value.
```text
let response = client.update_trunk()
    .trunk_id(trunk_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_trunk(&self) -> builder::UpdateTrunk<'_> {
        builder::UpdateTrunk::new(self)
    }
    /**Delete a trunk

Permanently delete a trunk.

Sends a `DELETE` request to `/Trunk/{trunk_id}/`

Arguments:
- `trunk_id`: The trunk's `trunk_id` (a numeric-looking string such as `21784177241578`).
```text
let response = client.delete_trunk()
    .trunk_id(trunk_id)
    .send()
    .await;
```*/
    pub fn delete_trunk(&self) -> builder::DeleteTrunk<'_> {
        builder::DeleteTrunk::new(self)
    }
    /**List all origination URIs

Get all origination URIs of the account, one page (at most 20) at a time, in Plivo's list envelope. Passwords are never returned.

Sends a `GET` request to `/URI/`

Arguments:
- `limit`: Results per page (1-20). Default: 20.
- `offset`: Number of results to skip (pagination offset). Default: 0. To read the next page, add `limit` to the offset rather than parsing `meta.next`, whose form is inconsistent.
```text
let response = client.list_origination_uris()
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn list_origination_uris(&self) -> builder::ListOriginationUris<'_> {
        builder::ListOriginationUris::new(self)
    }
    /**Create an origination URI

Create a destination (your PBX or SBC) that receives inbound calls. Attach it by setting an inbound trunk's `primary_uri_uuid` or `fallback_uri_uuid`: routing is exactly one primary plus an optional fallback, with no priority or weight.

The response is a message envelope carrying the new `uri_uuid`. Not idempotent: a resent request creates a second URI.

Sends a `POST` request to `/URI/`

Arguments:
- `body`: The new origination URI.
```text
let response = client.create_origination_uri()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_origination_uri(&self) -> builder::CreateOriginationUri<'_> {
        builder::CreateOriginationUri::new(self)
    }
    /**Retrieve an origination URI

Get details of a specific origination URI. Returns the bare object (no envelope); the password is never returned.

Sends a `GET` request to `/URI/{uri_uuid}/`

Arguments:
- `uri_uuid`: The origination URI's `uri_uuid`.
```text
let response = client.get_origination_uri()
    .uri_uuid(uri_uuid)
    .send()
    .await;
```*/
    pub fn get_origination_uri(&self) -> builder::GetOriginationUri<'_> {
        builder::GetOriginationUri::new(self)
    }
    /**Update an origination URI

Modify an existing origination URI. The update is partial: send only the fields you change. The response is a message envelope. Safe to resend.

Sends a `POST` request to `/URI/{uri_uuid}/`

Arguments:
- `uri_uuid`: The origination URI's `uri_uuid`.
- `body`: The fields to change; absent fields keep their value.
```text
let response = client.update_origination_uri()
    .uri_uuid(uri_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_origination_uri(&self) -> builder::UpdateOriginationUri<'_> {
        builder::UpdateOriginationUri::new(self)
    }
    /**Delete an origination URI

Permanently delete an origination URI.

Sends a `DELETE` request to `/URI/{uri_uuid}/`

Arguments:
- `uri_uuid`: The origination URI's `uri_uuid`.
```text
let response = client.delete_origination_uri()
    .uri_uuid(uri_uuid)
    .send()
    .await;
```*/
    pub fn delete_origination_uri(&self) -> builder::DeleteOriginationUri<'_> {
        builder::DeleteOriginationUri::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_calls`]

[`Client::list_calls`]: super::Client::list_calls*/
    #[derive(Debug, Clone)]
    pub struct ListCalls<'a> {
        client: &'a super::Client,
        bill_duration: Result<Option<i64>, String>,
        bill_duration_gt: Result<Option<i64>, String>,
        bill_duration_gte: Result<Option<i64>, String>,
        bill_duration_lt: Result<Option<i64>, String>,
        bill_duration_lte: Result<Option<i64>, String>,
        call_direction: Result<Option<types::CallDirection>, String>,
        end_time: Result<Option<::std::string::String>, String>,
        end_time_gt: Result<Option<::std::string::String>, String>,
        end_time_gte: Result<Option<::std::string::String>, String>,
        end_time_lt: Result<Option<::std::string::String>, String>,
        end_time_lte: Result<Option<::std::string::String>, String>,
        from_number: Result<Option<::std::string::String>, String>,
        hangup_cause_code: Result<Option<i64>, String>,
        hangup_source: Result<Option<types::HangupSource>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
        stir_verification: Result<Option<types::StirVerification>, String>,
        to_number: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListCalls<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bill_duration: Ok(None),
                bill_duration_gt: Ok(None),
                bill_duration_gte: Ok(None),
                bill_duration_lt: Ok(None),
                bill_duration_lte: Ok(None),
                call_direction: Ok(None),
                end_time: Ok(None),
                end_time_gt: Ok(None),
                end_time_gte: Ok(None),
                end_time_lt: Ok(None),
                end_time_lte: Ok(None),
                from_number: Ok(None),
                hangup_cause_code: Ok(None),
                hangup_source: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
                stir_verification: Ok(None),
                to_number: Ok(None),
            }
        }
        pub fn bill_duration<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.bill_duration = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for bill_duration failed".to_string());
            self
        }
        pub fn bill_duration_gt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.bill_duration_gt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `i64` for bill_duration_gt failed".to_string()
                });
            self
        }
        pub fn bill_duration_gte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.bill_duration_gte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `i64` for bill_duration_gte failed".to_string()
                });
            self
        }
        pub fn bill_duration_lt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.bill_duration_lt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `i64` for bill_duration_lt failed".to_string()
                });
            self
        }
        pub fn bill_duration_lte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.bill_duration_lte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `i64` for bill_duration_lte failed".to_string()
                });
            self
        }
        pub fn call_direction<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallDirection>,
        {
            self.call_direction = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CallDirection` for call_direction failed".to_string()
                });
            self
        }
        pub fn end_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end_time = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end_time failed"
                        .to_string()
                });
            self
        }
        pub fn end_time_gt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end_time_gt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end_time_gt failed"
                        .to_string()
                });
            self
        }
        pub fn end_time_gte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end_time_gte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end_time_gte failed"
                        .to_string()
                });
            self
        }
        pub fn end_time_lt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end_time_lt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end_time_lt failed"
                        .to_string()
                });
            self
        }
        pub fn end_time_lte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end_time_lte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end_time_lte failed"
                        .to_string()
                });
            self
        }
        pub fn from_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.from_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for from_number failed"
                        .to_string()
                });
            self
        }
        pub fn hangup_cause_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.hangup_cause_code = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `i64` for hangup_cause_code failed".to_string()
                });
            self
        }
        pub fn hangup_source<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::HangupSource>,
        {
            self.hangup_source = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `HangupSource` for hangup_source failed".to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for offset failed".to_string());
            self
        }
        pub fn stir_verification<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StirVerification>,
        {
            self.stir_verification = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `StirVerification` for stir_verification failed"
                        .to_string()
                });
            self
        }
        pub fn to_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.to_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for to_number failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Call/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CallList>, Error<types::ErrorBody>> {
            let Self {
                client,
                bill_duration,
                bill_duration_gt,
                bill_duration_gte,
                bill_duration_lt,
                bill_duration_lte,
                call_direction,
                end_time,
                end_time_gt,
                end_time_gte,
                end_time_lt,
                end_time_lte,
                from_number,
                hangup_cause_code,
                hangup_source,
                limit,
                offset,
                stir_verification,
                to_number,
            } = self;
            let bill_duration = bill_duration.map_err(Error::InvalidRequest)?;
            let bill_duration_gt = bill_duration_gt.map_err(Error::InvalidRequest)?;
            let bill_duration_gte = bill_duration_gte.map_err(Error::InvalidRequest)?;
            let bill_duration_lt = bill_duration_lt.map_err(Error::InvalidRequest)?;
            let bill_duration_lte = bill_duration_lte.map_err(Error::InvalidRequest)?;
            let call_direction = call_direction.map_err(Error::InvalidRequest)?;
            let end_time = end_time.map_err(Error::InvalidRequest)?;
            let end_time_gt = end_time_gt.map_err(Error::InvalidRequest)?;
            let end_time_gte = end_time_gte.map_err(Error::InvalidRequest)?;
            let end_time_lt = end_time_lt.map_err(Error::InvalidRequest)?;
            let end_time_lte = end_time_lte.map_err(Error::InvalidRequest)?;
            let from_number = from_number.map_err(Error::InvalidRequest)?;
            let hangup_cause_code = hangup_cause_code.map_err(Error::InvalidRequest)?;
            let hangup_source = hangup_source.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let stir_verification = stir_verification.map_err(Error::InvalidRequest)?;
            let to_number = to_number.map_err(Error::InvalidRequest)?;
            let url = format!("{}/Call/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("bill_duration", &bill_duration),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "bill_duration__gt",
                        &bill_duration_gt,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "bill_duration__gte",
                        &bill_duration_gte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "bill_duration__lt",
                        &bill_duration_lt,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "bill_duration__lte",
                        &bill_duration_lte,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "call_direction",
                        &call_direction,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("end_time", &end_time))
                .query(&progenitor_client::QueryParam::new("end_time__gt", &end_time_gt))
                .query(
                    &progenitor_client::QueryParam::new("end_time__gte", &end_time_gte),
                )
                .query(&progenitor_client::QueryParam::new("end_time__lt", &end_time_lt))
                .query(
                    &progenitor_client::QueryParam::new("end_time__lte", &end_time_lte),
                )
                .query(&progenitor_client::QueryParam::new("from_number", &from_number))
                .query(
                    &progenitor_client::QueryParam::new(
                        "hangup_cause_code",
                        &hangup_cause_code,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("hangup_source", &hangup_source),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(
                    &progenitor_client::QueryParam::new(
                        "stir_verification",
                        &stir_verification,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("to_number", &to_number))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_calls",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_call`]

[`Client::get_call`]: super::Client::get_call*/
    #[derive(Debug, Clone)]
    pub struct GetCall<'a> {
        client: &'a super::Client,
        call_uuid: Result<::std::string::String, String>,
    }
    impl<'a> GetCall<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                call_uuid: Err("call_uuid was not initialized".to_string()),
            }
        }
        pub fn call_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.call_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for call_uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Call/{call_uuid}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Call>, Error<types::ErrorBody>> {
            let Self { client, call_uuid } = self;
            let call_uuid = call_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Call/{}/", client.baseurl, encode_path(& call_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_call",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_call_insights`]

[`Client::get_call_insights`]: super::Client::get_call_insights*/
    #[derive(Debug, Clone)]
    pub struct GetCallInsights<'a> {
        client: &'a super::Client,
        call_uuid: Result<::std::string::String, String>,
    }
    impl<'a> GetCallInsights<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                call_uuid: Err("call_uuid was not initialized".to_string()),
            }
        }
        pub fn call_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.call_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for call_uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Call/{call_uuid}/Insights/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CallInsights>, Error<types::ErrorBody>> {
            let Self { client, call_uuid } = self;
            let call_uuid = call_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Call/{}/Insights/", client.baseurl, encode_path(& call_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_call_insights",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_credentials`]

[`Client::list_credentials`]: super::Client::list_credentials*/
    #[derive(Debug, Clone)]
    pub struct ListCredentials<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
    }
    impl<'a> ListCredentials<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/Credential/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CredentialList>, Error<types::ErrorBody>> {
            let Self { client, limit, offset } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/Credential/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_credentials",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_credential`]

[`Client::create_credential`]: super::Client::create_credential*/
    #[derive(Debug, Clone)]
    pub struct CreateCredential<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateCredentialRequest, String>,
    }
    impl<'a> CreateCredential<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateCredentialRequest>,
            <V as std::convert::TryInto<
                types::CreateCredentialRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateCredentialRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateCredentialRequest,
            ) -> types::builder::CreateCredentialRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Credential/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CredentialEnvelope>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateCredentialRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/Credential/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_credential",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_credential`]

[`Client::get_credential`]: super::Client::get_credential*/
    #[derive(Debug, Clone)]
    pub struct GetCredential<'a> {
        client: &'a super::Client,
        credential_uuid: Result<::std::string::String, String>,
    }
    impl<'a> GetCredential<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                credential_uuid: Err("credential_uuid was not initialized".to_string()),
            }
        }
        pub fn credential_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.credential_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for credential_uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Credential/{credential_uuid}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Credential>, Error<types::ErrorBody>> {
            let Self { client, credential_uuid } = self;
            let credential_uuid = credential_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Credential/{}/", client.baseurl, encode_path(& credential_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_credential",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_credential`]

[`Client::update_credential`]: super::Client::update_credential*/
    #[derive(Debug, Clone)]
    pub struct UpdateCredential<'a> {
        client: &'a super::Client,
        credential_uuid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateCredentialRequest, String>,
    }
    impl<'a> UpdateCredential<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                credential_uuid: Err("credential_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn credential_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.credential_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for credential_uuid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateCredentialRequest>,
            <V as std::convert::TryInto<
                types::UpdateCredentialRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateCredentialRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateCredentialRequest,
            ) -> types::builder::UpdateCredentialRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Credential/{credential_uuid}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CredentialEnvelope>, Error<types::ErrorBody>> {
            let Self { client, credential_uuid, body } = self;
            let credential_uuid = credential_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateCredentialRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Credential/{}/", client.baseurl, encode_path(& credential_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_credential",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_credential`]

[`Client::delete_credential`]: super::Client::delete_credential*/
    #[derive(Debug, Clone)]
    pub struct DeleteCredential<'a> {
        client: &'a super::Client,
        credential_uuid: Result<::std::string::String, String>,
    }
    impl<'a> DeleteCredential<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                credential_uuid: Err("credential_uuid was not initialized".to_string()),
            }
        }
        pub fn credential_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.credential_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for credential_uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/Credential/{credential_uuid}/`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ErrorBody>> {
            let Self { client, credential_uuid } = self;
            let credential_uuid = credential_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Credential/{}/", client.baseurl, encode_path(& credential_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_credential",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_ip_access_control_lists`]

[`Client::list_ip_access_control_lists`]: super::Client::list_ip_access_control_lists*/
    #[derive(Debug, Clone)]
    pub struct ListIpAccessControlLists<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
    }
    impl<'a> ListIpAccessControlLists<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/IPAccessControlList/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::IpAccessControlListList>,
            Error<types::ErrorBody>,
        > {
            let Self { client, limit, offset } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/IPAccessControlList/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_ip_access_control_lists",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_ip_access_control_list`]

[`Client::create_ip_access_control_list`]: super::Client::create_ip_access_control_list*/
    #[derive(Debug, Clone)]
    pub struct CreateIpAccessControlList<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateIpAccessControlListRequest, String>,
    }
    impl<'a> CreateIpAccessControlList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateIpAccessControlListRequest>,
            <V as std::convert::TryInto<
                types::CreateIpAccessControlListRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateIpAccessControlListRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateIpAccessControlListRequest,
            ) -> types::builder::CreateIpAccessControlListRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/IPAccessControlList/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::IpAccessControlListEnvelope>,
            Error<types::ErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateIpAccessControlListRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/IPAccessControlList/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_ip_access_control_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_ip_access_control_list`]

[`Client::get_ip_access_control_list`]: super::Client::get_ip_access_control_list*/
    #[derive(Debug, Clone)]
    pub struct GetIpAccessControlList<'a> {
        client: &'a super::Client,
        ipacl_uuid: Result<::std::string::String, String>,
    }
    impl<'a> GetIpAccessControlList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ipacl_uuid: Err("ipacl_uuid was not initialized".to_string()),
            }
        }
        pub fn ipacl_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ipacl_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ipacl_uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/IPAccessControlList/{ipacl_uuid}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::IpAccessControlList>, Error<types::ErrorBody>> {
            let Self { client, ipacl_uuid } = self;
            let ipacl_uuid = ipacl_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/IPAccessControlList/{}/", client.baseurl, encode_path(& ipacl_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_ip_access_control_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_ip_access_control_list`]

[`Client::update_ip_access_control_list`]: super::Client::update_ip_access_control_list*/
    #[derive(Debug, Clone)]
    pub struct UpdateIpAccessControlList<'a> {
        client: &'a super::Client,
        ipacl_uuid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateIpAccessControlListRequest, String>,
    }
    impl<'a> UpdateIpAccessControlList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ipacl_uuid: Err("ipacl_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn ipacl_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ipacl_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ipacl_uuid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateIpAccessControlListRequest>,
            <V as std::convert::TryInto<
                types::UpdateIpAccessControlListRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateIpAccessControlListRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateIpAccessControlListRequest,
            ) -> types::builder::UpdateIpAccessControlListRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/IPAccessControlList/{ipacl_uuid}/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::IpAccessControlListEnvelope>,
            Error<types::ErrorBody>,
        > {
            let Self { client, ipacl_uuid, body } = self;
            let ipacl_uuid = ipacl_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateIpAccessControlListRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/IPAccessControlList/{}/", client.baseurl, encode_path(& ipacl_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_ip_access_control_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_ip_access_control_list`]

[`Client::delete_ip_access_control_list`]: super::Client::delete_ip_access_control_list*/
    #[derive(Debug, Clone)]
    pub struct DeleteIpAccessControlList<'a> {
        client: &'a super::Client,
        ipacl_uuid: Result<::std::string::String, String>,
    }
    impl<'a> DeleteIpAccessControlList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ipacl_uuid: Err("ipacl_uuid was not initialized".to_string()),
            }
        }
        pub fn ipacl_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ipacl_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ipacl_uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/IPAccessControlList/{ipacl_uuid}/`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ErrorBody>> {
            let Self { client, ipacl_uuid } = self;
            let ipacl_uuid = ipacl_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/IPAccessControlList/{}/", client.baseurl, encode_path(& ipacl_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_ip_access_control_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_trunks`]

[`Client::list_trunks`]: super::Client::list_trunks*/
    #[derive(Debug, Clone)]
    pub struct ListTrunks<'a> {
        client: &'a super::Client,
        credential_uuid: Result<Option<::std::string::String>, String>,
        fallback_uri_uuid: Result<Option<::std::string::String>, String>,
        ipacl_uuid: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
        primary_uri_uuid: Result<Option<::std::string::String>, String>,
        secure: Result<Option<bool>, String>,
        trunk_direction: Result<Option<types::TrunkDirection>, String>,
        trunk_status: Result<Option<types::TrunkStatus>, String>,
    }
    impl<'a> ListTrunks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                credential_uuid: Ok(None),
                fallback_uri_uuid: Ok(None),
                ipacl_uuid: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
                primary_uri_uuid: Ok(None),
                secure: Ok(None),
                trunk_direction: Ok(None),
                trunk_status: Ok(None),
            }
        }
        pub fn credential_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.credential_uuid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for credential_uuid failed"
                        .to_string()
                });
            self
        }
        pub fn fallback_uri_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.fallback_uri_uuid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for fallback_uri_uuid failed"
                        .to_string()
                });
            self
        }
        pub fn ipacl_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ipacl_uuid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ipacl_uuid failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for offset failed".to_string());
            self
        }
        pub fn primary_uri_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.primary_uri_uuid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for primary_uri_uuid failed"
                        .to_string()
                });
            self
        }
        pub fn secure<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.secure = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for secure failed".to_string());
            self
        }
        pub fn trunk_direction<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TrunkDirection>,
        {
            self.trunk_direction = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `TrunkDirection` for trunk_direction failed"
                        .to_string()
                });
            self
        }
        pub fn trunk_status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TrunkStatus>,
        {
            self.trunk_status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `TrunkStatus` for trunk_status failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Trunk/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TrunkList>, Error<types::ErrorBody>> {
            let Self {
                client,
                credential_uuid,
                fallback_uri_uuid,
                ipacl_uuid,
                limit,
                offset,
                primary_uri_uuid,
                secure,
                trunk_direction,
                trunk_status,
            } = self;
            let credential_uuid = credential_uuid.map_err(Error::InvalidRequest)?;
            let fallback_uri_uuid = fallback_uri_uuid.map_err(Error::InvalidRequest)?;
            let ipacl_uuid = ipacl_uuid.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let primary_uri_uuid = primary_uri_uuid.map_err(Error::InvalidRequest)?;
            let secure = secure.map_err(Error::InvalidRequest)?;
            let trunk_direction = trunk_direction.map_err(Error::InvalidRequest)?;
            let trunk_status = trunk_status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/Trunk/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "credential_uuid",
                        &credential_uuid,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "fallback_uri_uuid",
                        &fallback_uri_uuid,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("ipacl_uuid", &ipacl_uuid))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(
                    &progenitor_client::QueryParam::new(
                        "primary_uri_uuid",
                        &primary_uri_uuid,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("secure", &secure))
                .query(
                    &progenitor_client::QueryParam::new(
                        "trunk_direction",
                        &trunk_direction,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("trunk_status", &trunk_status),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_trunks",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_trunk`]

[`Client::create_trunk`]: super::Client::create_trunk*/
    #[derive(Debug, Clone)]
    pub struct CreateTrunk<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateTrunkRequest, String>,
    }
    impl<'a> CreateTrunk<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTrunkRequest>,
            <V as std::convert::TryInto<
                types::CreateTrunkRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateTrunkRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateTrunkRequest,
            ) -> types::builder::CreateTrunkRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Trunk/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TrunkEnvelope>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateTrunkRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/Trunk/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_trunk",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_trunk`]

[`Client::get_trunk`]: super::Client::get_trunk*/
    #[derive(Debug, Clone)]
    pub struct GetTrunk<'a> {
        client: &'a super::Client,
        trunk_id: Result<::std::string::String, String>,
    }
    impl<'a> GetTrunk<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_id: Err("trunk_id was not initialized".to_string()),
            }
        }
        pub fn trunk_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Trunk/{trunk_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Trunk>, Error<types::ErrorBody>> {
            let Self { client, trunk_id } = self;
            let trunk_id = trunk_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Trunk/{}/", client.baseurl, encode_path(& trunk_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_trunk",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_trunk`]

[`Client::update_trunk`]: super::Client::update_trunk*/
    #[derive(Debug, Clone)]
    pub struct UpdateTrunk<'a> {
        client: &'a super::Client,
        trunk_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateTrunkRequest, String>,
    }
    impl<'a> UpdateTrunk<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_id: Err("trunk_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn trunk_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateTrunkRequest>,
            <V as std::convert::TryInto<
                types::UpdateTrunkRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateTrunkRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateTrunkRequest,
            ) -> types::builder::UpdateTrunkRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/Trunk/{trunk_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TrunkEnvelope>, Error<types::ErrorBody>> {
            let Self { client, trunk_id, body } = self;
            let trunk_id = trunk_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateTrunkRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Trunk/{}/", client.baseurl, encode_path(& trunk_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_trunk",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_trunk`]

[`Client::delete_trunk`]: super::Client::delete_trunk*/
    #[derive(Debug, Clone)]
    pub struct DeleteTrunk<'a> {
        client: &'a super::Client,
        trunk_id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteTrunk<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_id: Err("trunk_id was not initialized".to_string()),
            }
        }
        pub fn trunk_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/Trunk/{trunk_id}/`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ErrorBody>> {
            let Self { client, trunk_id } = self;
            let trunk_id = trunk_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Trunk/{}/", client.baseurl, encode_path(& trunk_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_trunk",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_origination_uris`]

[`Client::list_origination_uris`]: super::Client::list_origination_uris*/
    #[derive(Debug, Clone)]
    pub struct ListOriginationUris<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
    }
    impl<'a> ListOriginationUris<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/URI/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OriginationUriList>, Error<types::ErrorBody>> {
            let Self { client, limit, offset } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/URI/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_origination_uris",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_origination_uri`]

[`Client::create_origination_uri`]: super::Client::create_origination_uri*/
    #[derive(Debug, Clone)]
    pub struct CreateOriginationUri<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateOriginationUriRequest, String>,
    }
    impl<'a> CreateOriginationUri<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateOriginationUriRequest>,
            <V as std::convert::TryInto<
                types::CreateOriginationUriRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateOriginationUriRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateOriginationUriRequest,
            ) -> types::builder::CreateOriginationUriRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/URI/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::OriginationUriEnvelope>,
            Error<types::ErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateOriginationUriRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/URI/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_origination_uri",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_origination_uri`]

[`Client::get_origination_uri`]: super::Client::get_origination_uri*/
    #[derive(Debug, Clone)]
    pub struct GetOriginationUri<'a> {
        client: &'a super::Client,
        uri_uuid: Result<::std::string::String, String>,
    }
    impl<'a> GetOriginationUri<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uri_uuid: Err("uri_uuid was not initialized".to_string()),
            }
        }
        pub fn uri_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uri_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uri_uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/URI/{uri_uuid}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OriginationUri>, Error<types::ErrorBody>> {
            let Self { client, uri_uuid } = self;
            let uri_uuid = uri_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/URI/{}/", client.baseurl, encode_path(& uri_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_origination_uri",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_origination_uri`]

[`Client::update_origination_uri`]: super::Client::update_origination_uri*/
    #[derive(Debug, Clone)]
    pub struct UpdateOriginationUri<'a> {
        client: &'a super::Client,
        uri_uuid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateOriginationUriRequest, String>,
    }
    impl<'a> UpdateOriginationUri<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uri_uuid: Err("uri_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn uri_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uri_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uri_uuid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateOriginationUriRequest>,
            <V as std::convert::TryInto<
                types::UpdateOriginationUriRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateOriginationUriRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateOriginationUriRequest,
            ) -> types::builder::UpdateOriginationUriRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/URI/{uri_uuid}/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::OriginationUriEnvelope>,
            Error<types::ErrorBody>,
        > {
            let Self { client, uri_uuid, body } = self;
            let uri_uuid = uri_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOriginationUriRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/URI/{}/", client.baseurl, encode_path(& uri_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_origination_uri",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_origination_uri`]

[`Client::delete_origination_uri`]: super::Client::delete_origination_uri*/
    #[derive(Debug, Clone)]
    pub struct DeleteOriginationUri<'a> {
        client: &'a super::Client,
        uri_uuid: Result<::std::string::String, String>,
    }
    impl<'a> DeleteOriginationUri<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uri_uuid: Err("uri_uuid was not initialized".to_string()),
            }
        }
        pub fn uri_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uri_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uri_uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/URI/{uri_uuid}/`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ErrorBody>> {
            let Self { client, uri_uuid } = self;
            let uri_uuid = uri_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/URI/{}/", client.baseurl, encode_path(& uri_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_origination_uri",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    impl<'a> ListCalls<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: `offset` from 0 in steps of the page size, until a short page or the end the page reports, with up to 10 pages in flight once the first page reports the total (see [`offset_pages_with`](trunkline_core::paging::offset_pages_with); items in list order, none twice). The stream sets `offset` and `limit`; every other parameter set on this request is sent as well. The page size defaults to the largest page (20); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<'a, types::Call, Error<types::ErrorBody>> {
            ::trunkline_core::paging::Paged::with_options_passed(
                20u64,
                move |page_size, options| {
                    ::trunkline_core::paging::offset_pages_with(
                        page_size,
                        options,
                        move |offset, size| {
                            self.clone().offset(offset).limit(size).send()
                        },
                    )
                },
            )
        }
    }
    impl<'a> ListCredentials<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: `offset` from 0 in steps of the page size, until a short page or the end the page reports, with up to 10 pages in flight once the first page reports the total (see [`offset_pages_with`](trunkline_core::paging::offset_pages_with); items in list order, none twice). The stream sets `offset` and `limit`; every other parameter set on this request is sent as well. The page size defaults to the largest page (20); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::Credential,
            Error<types::ErrorBody>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                20u64,
                move |page_size, options| {
                    ::trunkline_core::paging::offset_pages_with(
                        page_size,
                        options,
                        move |offset, size| {
                            self.clone().offset(offset).limit(size).send()
                        },
                    )
                },
            )
        }
    }
    impl<'a> ListIpAccessControlLists<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: `offset` from 0 in steps of the page size, until a short page or the end the page reports, with up to 10 pages in flight once the first page reports the total (see [`offset_pages_with`](trunkline_core::paging::offset_pages_with); items in list order, none twice). The stream sets `offset` and `limit`; every other parameter set on this request is sent as well. The page size defaults to the largest page (20); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::IpAccessControlList,
            Error<types::ErrorBody>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                20u64,
                move |page_size, options| {
                    ::trunkline_core::paging::offset_pages_with(
                        page_size,
                        options,
                        move |offset, size| {
                            self.clone().offset(offset).limit(size).send()
                        },
                    )
                },
            )
        }
    }
    impl<'a> ListTrunks<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: `offset` from 0 in steps of the page size, until a short page or the end the page reports, with up to 10 pages in flight once the first page reports the total (see [`offset_pages_with`](trunkline_core::paging::offset_pages_with); items in list order, none twice). The stream sets `offset` and `limit`; every other parameter set on this request is sent as well. The page size defaults to the largest page (20); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<'a, types::Trunk, Error<types::ErrorBody>> {
            ::trunkline_core::paging::Paged::with_options_passed(
                20u64,
                move |page_size, options| {
                    ::trunkline_core::paging::offset_pages_with(
                        page_size,
                        options,
                        move |offset, size| {
                            self.clone().offset(offset).limit(size).send()
                        },
                    )
                },
            )
        }
    }
    impl<'a> ListOriginationUris<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: `offset` from 0 in steps of the page size, until a short page or the end the page reports, with up to 10 pages in flight once the first page reports the total (see [`offset_pages_with`](trunkline_core::paging::offset_pages_with); items in list order, none twice). The stream sets `offset` and `limit`; every other parameter set on this request is sent as well. The page size defaults to the largest page (20); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::OriginationUri,
            Error<types::ErrorBody>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                20u64,
                move |page_size, options| {
                    ::trunkline_core::paging::offset_pages_with(
                        page_size,
                        options,
                        move |offset, size| {
                            self.clone().offset(offset).limit(size).send()
                        },
                    )
                },
            )
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The `operationId` of every operation of this API, one constant each (`LIST_TRUNKS`
/// is `"list_trunks"`): name operations through these, never as string literals.
pub mod operation {
    ///`GET /Call/`: List call records.
    pub const LIST_CALLS: &str = "list_calls";
    ///`GET /Call/{call_uuid}/`: Retrieve a call record.
    pub const GET_CALL: &str = "get_call";
    ///`GET /Call/{call_uuid}/Insights/`: Retrieve call insights.
    pub const GET_CALL_INSIGHTS: &str = "get_call_insights";
    ///`GET /Credential/`: List all credentials.
    pub const LIST_CREDENTIALS: &str = "list_credentials";
    ///`POST /Credential/`: Create a credential.
    pub const CREATE_CREDENTIAL: &str = "create_credential";
    ///`GET /Credential/{credential_uuid}/`: Retrieve a credential.
    pub const GET_CREDENTIAL: &str = "get_credential";
    ///`POST /Credential/{credential_uuid}/`: Update a credential.
    pub const UPDATE_CREDENTIAL: &str = "update_credential";
    ///`DELETE /Credential/{credential_uuid}/`: Delete a credential.
    pub const DELETE_CREDENTIAL: &str = "delete_credential";
    ///`GET /IPAccessControlList/`: List all IP access control lists.
    pub const LIST_IP_ACCESS_CONTROL_LISTS: &str = "list_ip_access_control_lists";
    ///`POST /IPAccessControlList/`: Create an IP access control list.
    pub const CREATE_IP_ACCESS_CONTROL_LIST: &str = "create_ip_access_control_list";
    ///`GET /IPAccessControlList/{ipacl_uuid}/`: Retrieve an IP access control list.
    pub const GET_IP_ACCESS_CONTROL_LIST: &str = "get_ip_access_control_list";
    ///`POST /IPAccessControlList/{ipacl_uuid}/`: Update an IP access control list.
    pub const UPDATE_IP_ACCESS_CONTROL_LIST: &str = "update_ip_access_control_list";
    ///`DELETE /IPAccessControlList/{ipacl_uuid}/`: Delete an IP access control list.
    pub const DELETE_IP_ACCESS_CONTROL_LIST: &str = "delete_ip_access_control_list";
    ///`GET /Trunk/`: List all trunks.
    pub const LIST_TRUNKS: &str = "list_trunks";
    ///`POST /Trunk/`: Create a trunk.
    pub const CREATE_TRUNK: &str = "create_trunk";
    ///`GET /Trunk/{trunk_id}/`: Retrieve a trunk.
    pub const GET_TRUNK: &str = "get_trunk";
    ///`POST /Trunk/{trunk_id}/`: Update a trunk.
    pub const UPDATE_TRUNK: &str = "update_trunk";
    ///`DELETE /Trunk/{trunk_id}/`: Delete a trunk.
    pub const DELETE_TRUNK: &str = "delete_trunk";
    ///`GET /URI/`: List all origination URIs.
    pub const LIST_ORIGINATION_URIS: &str = "list_origination_uris";
    ///`POST /URI/`: Create an origination URI.
    pub const CREATE_ORIGINATION_URI: &str = "create_origination_uri";
    ///`GET /URI/{uri_uuid}/`: Retrieve an origination URI.
    pub const GET_ORIGINATION_URI: &str = "get_origination_uri";
    ///`POST /URI/{uri_uuid}/`: Update an origination URI.
    pub const UPDATE_ORIGINATION_URI: &str = "update_origination_uri";
    ///`DELETE /URI/{uri_uuid}/`: Delete an origination URI.
    pub const DELETE_ORIGINATION_URI: &str = "delete_origination_uri";
}
/// Every operation of this API, from the spec, with the retry class the
/// `exec` hook reads: `idempotent: false` marks operations that create something.
pub const OPERATIONS: &[::trunkline_core::Operation] = &[
    ::trunkline_core::Operation {
        id: operation::LIST_CALLS,
        method: "GET",
        path: "/Call/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::GET_CALL,
        method: "GET",
        path: "/Call/{call_uuid}/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::GET_CALL_INSIGHTS,
        method: "GET",
        path: "/Call/{call_uuid}/Insights/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_CREDENTIALS,
        method: "GET",
        path: "/Credential/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::CREATE_CREDENTIAL,
        method: "POST",
        path: "/Credential/",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::GET_CREDENTIAL,
        method: "GET",
        path: "/Credential/{credential_uuid}/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_CREDENTIAL,
        method: "POST",
        path: "/Credential/{credential_uuid}/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::DELETE_CREDENTIAL,
        method: "DELETE",
        path: "/Credential/{credential_uuid}/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_IP_ACCESS_CONTROL_LISTS,
        method: "GET",
        path: "/IPAccessControlList/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::CREATE_IP_ACCESS_CONTROL_LIST,
        method: "POST",
        path: "/IPAccessControlList/",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::GET_IP_ACCESS_CONTROL_LIST,
        method: "GET",
        path: "/IPAccessControlList/{ipacl_uuid}/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_IP_ACCESS_CONTROL_LIST,
        method: "POST",
        path: "/IPAccessControlList/{ipacl_uuid}/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::DELETE_IP_ACCESS_CONTROL_LIST,
        method: "DELETE",
        path: "/IPAccessControlList/{ipacl_uuid}/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_TRUNKS,
        method: "GET",
        path: "/Trunk/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::CREATE_TRUNK,
        method: "POST",
        path: "/Trunk/",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::GET_TRUNK,
        method: "GET",
        path: "/Trunk/{trunk_id}/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_TRUNK,
        method: "POST",
        path: "/Trunk/{trunk_id}/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::DELETE_TRUNK,
        method: "DELETE",
        path: "/Trunk/{trunk_id}/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_ORIGINATION_URIS,
        method: "GET",
        path: "/URI/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::CREATE_ORIGINATION_URI,
        method: "POST",
        path: "/URI/",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::GET_ORIGINATION_URI,
        method: "GET",
        path: "/URI/{uri_uuid}/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_ORIGINATION_URI,
        method: "POST",
        path: "/URI/{uri_uuid}/",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::DELETE_ORIGINATION_URI,
        method: "DELETE",
        path: "/URI/{uri_uuid}/",
        idempotent: true,
    },
];
/// Every example embedded in the spec, decoded into its generated type.
#[cfg(test)]
mod spec_examples {
    use super::types;
    fn decode<T: ::serde::de::DeserializeOwned>(location: &str, json: &str) {
        if let Err(err) = ::serde_json::from_str::<T>(json) {
            panic!(
                "the spec example at {location} does not decode into its type: {err}\n{json}"
            );
        }
    }
    #[test]
    fn example_components_schemas_call_example() {
        decode::<
            types::Call,
        >(
            "components.schemas.Call.example",
            "{\"answer_time\":\"2024-01-15 14:29:00\",\"attestation_indicator\":\"A\",\"bill_duration\":180,\"billed_duration\":180,\"call_direction\":\"outbound\",\"call_duration\":180,\"call_uuid\":\"90b6eb07-796c-4d86-a4fd-44ed11667ddb\",\"end_time\":\"2024-01-15 14:32:00\",\"from_country\":\"US\",\"from_number\":\"+12025551234\",\"hangup_cause_code\":3000,\"hangup_cause_name\":\"normal_hangup\",\"hangup_source\":\"carrier\",\"initiation_time\":\"2024-01-15 14:28:48\",\"secure_trunking\":false,\"secure_trunking_rate\":\"0.00000\",\"srtp\":false,\"stir_verification\":\"Verified\",\"to_country\":\"US\",\"to_number\":\"+13128574907\",\"total_amount\":\"0.01500\",\"total_rate\":\"0.00500\",\"transport_protocol\":\"udp\",\"trunk_domain\":\"93667062664669661.zt.plivo.com\"}",
        );
    }
    #[test]
    fn example_components_schemas_callinsights_example() {
        decode::<
            types::CallInsights,
        >(
            "components.schemas.CallInsights.example",
            "{\"api_id\":\"a63df7e3-9f24-4aae-2152-dc8f92548290\",\"call_uuid\":\"c9d6be3d-94c3-4b38-a2eb-8063ca404d77\",\"from\":{\"carrier\":\"Verizon Wireless\",\"number\":\"+12025551234\",\"region\":\"US\"},\"hangup_cause\":\"normal_hangup\",\"hangup_source\":\"customer\",\"jitter\":\"3\",\"packet_loss\":\"0\",\"plivo_quality_score\":\"4.2\",\"post_dial_delay\":1000.0,\"rtt\":\"24\",\"to\":{\"carrier\":\"AT&T\",\"number\":\"+13128574907\",\"region\":\"US\"}}",
        );
    }
    #[test]
    fn example_components_schemas_credential_example() {
        decode::<
            types::Credential,
        >(
            "components.schemas.Credential.example",
            "{\"credential_uuid\":\"f19c4773-4ae6-4b75-92ea-9cf3ea4227d6\",\"name\":\"my-credentials\",\"username\":\"sip_user_1\"}",
        );
    }
    #[test]
    fn example_components_schemas_errorbody_example() {
        decode::<
            types::ErrorBody,
        >(
            "components.schemas.ErrorBody.example",
            "{\"api_id\":\"97ceeb52-58b6-11e1-86da-77300b68f8bb\",\"error\":\"answer_url parameter is missing\"}",
        );
    }
    #[test]
    fn example_components_schemas_ipaccesscontrollist_example() {
        decode::<
            types::IpAccessControlList,
        >(
            "components.schemas.IpAccessControlList.example",
            "{\"ip_addresses\":[\"192.168.1.1\",\"192.168.1.2\"],\"ipacl_uuid\":\"f19c4773-4ae6-4b75-92ea-9cf3ea4227d6\",\"name\":\"production-servers\"}",
        );
    }
    #[test]
    fn example_components_schemas_listmeta_example() {
        decode::<
            types::ListMeta,
        >(
            "components.schemas.ListMeta.example",
            "{\"limit\":20,\"next\":\"/v1/Account/{auth_id}/Zentrunk/Trunk/?limit=20&offset=20\",\"offset\":0,\"previous\":null,\"total_count\":100}",
        );
    }
    #[test]
    fn example_components_schemas_originationuri_example() {
        decode::<
            types::OriginationUri,
        >(
            "components.schemas.OriginationUri.example",
            "{\"authentication_needed\":true,\"name\":\"primary-pbx\",\"uri\":\"sip.example.com\",\"uri_uuid\":\"f19c4773-4ae6-4b75-92ea-9cf3ea4227d6\",\"username\":\"plivo_inbound\"}",
        );
    }
    #[test]
    fn example_components_schemas_trunk_example() {
        decode::<
            types::Trunk,
        >(
            "components.schemas.Trunk.example",
            "{\"credential_uuid\":\"eb07-796c-4d86-a4fd-44ed11667ddb\",\"fallback_uri_uuid\":null,\"ipacl_uuid\":\"90b6eb07-796c-4d86-a4fd-44ed11667ddb\",\"name\":\"trunk_name_1\",\"primary_uri_uuid\":null,\"secure\":true,\"trunk_direction\":\"outbound\",\"trunk_domain\":\"21784177241578.zt.plivo.com\",\"trunk_id\":\"21784177241578\",\"trunk_status\":\"enabled\"}",
        );
    }
    #[test]
    fn example_list_calls_responses_200_application_json_example() {
        decode::<
            types::CallList,
        >(
            "list_calls.responses.200.application/json.example",
            "{\"api_id\":\"a04ad809-3b78-4bbe-9baf-acfc7800b10f\",\"meta\":{\"limit\":20,\"next\":null,\"offset\":0,\"previous\":null,\"total_count\":2},\"objects\":[{\"attestation_indicator\":\"A\",\"bill_duration\":180,\"call_direction\":\"outbound\",\"call_duration\":180,\"call_uuid\":\"90b6eb07-796c-4d86-a4fd-44ed11667ddb\",\"from_number\":\"+12025551111\",\"stir_verification\":\"Verified\",\"to_number\":\"+13128574907\"}]}",
        );
    }
    #[test]
    fn example_list_credentials_responses_200_application_json_example() {
        decode::<
            types::CredentialList,
        >(
            "list_credentials.responses.200.application/json.example",
            "{\"api_id\":\"a04ad809-3b78-4bbe-9baf-acfc7800b10f\",\"meta\":{\"limit\":20,\"next\":\"v1/Account/{auth_id}/Zentrunk/Credential/?limit=20&offset=20\",\"offset\":0,\"previous\":null,\"total_count\":109},\"objects\":[{\"credential_uuid\":\"f19c4773-4ae6-4b75-92ea-9cf3ea4227d6\",\"name\":\"production-credentials\",\"username\":\"sipuser123\"},{\"credential_uuid\":\"c4773-4ae6-4b75-92ea-9cf3ea4227d6\",\"name\":\"staging-credentials\",\"username\":\"sipuser456\"}]}",
        );
    }
    #[test]
    fn example_create_credential_requestbody_application_json_example() {
        decode::<
            types::CreateCredentialRequest,
        >(
            "create_credential.requestBody.application/json.example",
            "{\"name\":\"production-credentials\",\"password\":\"securepassword123!\",\"username\":\"sipuser123\"}",
        );
    }
    #[test]
    fn example_create_credential_responses_201_application_json_example() {
        decode::<
            types::CredentialEnvelope,
        >(
            "create_credential.responses.201.application/json.example",
            "{\"api_id\":\"4e1f954c-baf3-11ec-bafe-0242ac110003\",\"credential_uuid\":\"f19c4773-4ae6-4b75-92ea-9cf3ea4227d6\",\"message\":\"credential created successfully.\"}",
        );
    }
    #[test]
    fn example_update_credential_responses_202_application_json_example() {
        decode::<
            types::CredentialEnvelope,
        >(
            "update_credential.responses.202.application/json.example",
            "{\"api_id\":\"4e1f954c-baf3-11ec-bafe-0242ac110003\",\"credential_uuid\":\"f19c4773-4ae6-4b75-92ea-9cf3ea4227d6\",\"message\":\"Credential updated successfully.\"}",
        );
    }
    #[test]
    fn example_list_ip_access_control_lists_responses_200_application_json_example() {
        decode::<
            types::IpAccessControlListList,
        >(
            "list_ip_access_control_lists.responses.200.application/json.example",
            "{\"api_id\":\"a04ad809-3b78-4bbe-9baf-acfc7800b10f\",\"meta\":{\"limit\":20,\"next\":\"v1/Account/{auth_id}/Zentrunk/IPAccessControlList/?limit=20&offset=20\",\"offset\":0,\"previous\":null,\"total_count\":109},\"objects\":[{\"ip_addresses\":[\"192.168.1.1\",\"192.168.1.2\"],\"ipacl_uuid\":\"f19c4773-4ae6-4b75-92ea-9cf3ea4227d6\",\"name\":\"production-servers\"},{\"ip_addresses\":[\"10.0.0.1\",\"10.0.0.2\"],\"ipacl_uuid\":\"a19c4773-4ae6-4b75-92ea-9cf3ea4227d7\",\"name\":\"staging-servers\"}]}",
        );
    }
    #[test]
    fn example_create_ip_access_control_list_requestbody_application_json_example() {
        decode::<
            types::CreateIpAccessControlListRequest,
        >(
            "create_ip_access_control_list.requestBody.application/json.example",
            "{\"ip_addresses\":[\"192.168.0.1\",\"192.168.0.2\",\"10.0.0.1\"],\"name\":\"production-servers\"}",
        );
    }
    #[test]
    fn example_create_ip_access_control_list_responses_201_application_json_example() {
        decode::<
            types::IpAccessControlListEnvelope,
        >(
            "create_ip_access_control_list.responses.201.application/json.example",
            "{\"api_id\":\"4e1f954c-baf3-11ec-bafe-0242ac110003\",\"ipacl_uuid\":\"f19c4773-4ae6-4b75-92ea-9cf3ea4227d6\",\"message\":\"IP access control list created successfully.\"}",
        );
    }
    #[test]
    fn example_update_ip_access_control_list_responses_202_application_json_example() {
        decode::<
            types::IpAccessControlListEnvelope,
        >(
            "update_ip_access_control_list.responses.202.application/json.example",
            "{\"api_id\":\"4e1f954c-baf3-11ec-bafe-0242ac110003\",\"ipacl_uuid\":\"f19c4773-4ae6-4b75-92ea-9cf3ea4227d6\",\"message\":\"IP access control list updated successfully.\"}",
        );
    }
    #[test]
    fn example_list_trunks_responses_200_application_json_example() {
        decode::<
            types::TrunkList,
        >(
            "list_trunks.responses.200.application/json.example",
            "{\"api_id\":\"a04ad809-3b78-4bbe-9baf-acfc7800b10f\",\"meta\":{\"limit\":2,\"next\":\"v1/Account/{auth_id}/Zentrunk/Trunk/?limit=2&offset=2\",\"offset\":0,\"previous\":null,\"total_count\":10},\"objects\":[{\"credential_uuid\":\"eb07-796c-4d86-a4fd-44ed11667ddb\",\"fallback_uri_uuid\":null,\"ipacl_uuid\":\"90b6eb07-796c-4d86-a4fd-44ed11667ddb\",\"name\":\"trunk_name_1\",\"primary_uri_uuid\":null,\"secure\":true,\"trunk_direction\":\"outbound\",\"trunk_domain\":\"21784177241578.zt.plivo.com\",\"trunk_id\":\"21784177241578\",\"trunk_status\":\"enabled\"},{\"credential_uuid\":null,\"fallback_uri_uuid\":\"796c-4d86-a4fd-44ed11667ddb-eb07\",\"ipacl_uuid\":null,\"name\":\"trunk_name_2\",\"primary_uri_uuid\":\"90b6eb07-796c-4d86-a4fd-44ed11667ddb\",\"secure\":false,\"trunk_direction\":\"inbound\",\"trunk_domain\":\"31784177241575.zt.plivo.com\",\"trunk_id\":\"31784177241575\",\"trunk_status\":\"enabled\"}]}",
        );
    }
    #[test]
    fn example_create_trunk_requestbody_application_json_examples_inbound() {
        decode::<
            types::CreateTrunkRequest,
        >(
            "create_trunk.requestBody.application/json.examples.inbound",
            "{\"fallback_uri_uuid\":\"796c-4d86-a4fd-44ed11667ddb-eb07\",\"name\":\"inbound-trunk\",\"primary_uri_uuid\":\"90b6eb07-796c-4d86-a4fd-44ed11667ddb\",\"trunk_direction\":\"inbound\",\"trunk_status\":\"enabled\"}",
        );
    }
    #[test]
    fn example_create_trunk_requestbody_application_json_examples_minimal() {
        decode::<
            types::CreateTrunkRequest,
        >(
            "create_trunk.requestBody.application/json.examples.minimal",
            "{\"name\":\"my-trunk\",\"trunk_direction\":\"outbound\"}",
        );
    }
    #[test]
    fn example_create_trunk_requestbody_application_json_examples_outbound() {
        decode::<
            types::CreateTrunkRequest,
        >(
            "create_trunk.requestBody.application/json.examples.outbound",
            "{\"ipacl_uuid\":\"1c13de4c-423d-11e3-9899-22000abfa5d5\",\"name\":\"outbound-trunk\",\"trunk_direction\":\"outbound\",\"trunk_status\":\"enabled\"}",
        );
    }
    #[test]
    fn example_create_trunk_responses_201_application_json_example() {
        decode::<
            types::TrunkEnvelope,
        >(
            "create_trunk.responses.201.application/json.example",
            "{\"api_id\":\"4e1f954c-baf3-11ec-bafe-0242ac110003\",\"message\":\"Trunk created successfully.\",\"trunk_id\":\"986908123123411213\"}",
        );
    }
    #[test]
    fn example_update_trunk_requestbody_application_json_example() {
        decode::<
            types::UpdateTrunkRequest,
        >(
            "update_trunk.requestBody.application/json.example",
            "{\"name\":\"updated-trunk-name\",\"trunk_status\":\"disabled\"}",
        );
    }
    #[test]
    fn example_update_trunk_responses_202_application_json_example() {
        decode::<
            types::TrunkEnvelope,
        >(
            "update_trunk.responses.202.application/json.example",
            "{\"api_id\":\"4e1f954c-baf3-11ec-bafe-0242ac110003\",\"message\":\"Trunk updated successfully.\",\"trunk_id\":\"986908123123411213\"}",
        );
    }
    #[test]
    fn example_list_origination_uris_responses_200_application_json_example() {
        decode::<
            types::OriginationUriList,
        >(
            "list_origination_uris.responses.200.application/json.example",
            "{\"api_id\":\"a04ad809-3b78-4bbe-9baf-acfc7800b10f\",\"meta\":{\"limit\":20,\"next\":\"v1/Account/{auth_id}/Zentrunk/URI/?limit=20&offset=20\",\"offset\":0,\"previous\":null,\"total_count\":109},\"objects\":[{\"authentication_needed\":true,\"name\":\"primary-pbx\",\"uri\":\"sip.example.com\",\"uri_uuid\":\"f19c4773-4ae6-4b75-92ea-9cf3ea4227d6\",\"username\":\"plivo_inbound\"},{\"authentication_needed\":false,\"name\":\"backup-pbx\",\"uri\":\"sip-backup.example.com\",\"uri_uuid\":\"aec4773-4ae6-4b75-92ea-9cf3ea4227d6\",\"username\":null}]}",
        );
    }
    #[test]
    fn example_create_origination_uri_requestbody_application_json_example() {
        decode::<
            types::CreateOriginationUriRequest,
        >(
            "create_origination_uri.requestBody.application/json.example",
            "{\"authentication_needed\":true,\"name\":\"secure-pbx\",\"password\":\"securepassword123!\",\"uri\":\"sip.example.com:5060\",\"username\":\"plivo_inbound\"}",
        );
    }
    #[test]
    fn example_create_origination_uri_responses_201_application_json_example() {
        decode::<
            types::OriginationUriEnvelope,
        >(
            "create_origination_uri.responses.201.application/json.example",
            "{\"api_id\":\"4e1f954c-baf3-11ec-bafe-0242ac110003\",\"message\":\"Origination URI created successfully.\",\"uri_uuid\":\"f19c4773-4ae6-4b75-92ea-9cf3ea4227d6\"}",
        );
    }
    #[test]
    fn example_update_origination_uri_responses_202_application_json_example() {
        decode::<
            types::OriginationUriEnvelope,
        >(
            "update_origination_uri.responses.202.application/json.example",
            "{\"api_id\":\"4e1f954c-baf3-11ec-bafe-0242ac110003\",\"message\":\"origination uri updated successfully.\",\"uri_uuid\":\"f19c4773-4ae6-4b75-92ea-9cf3ea4227d6\"}",
        );
    }
}
///Vendor name used in logs, reports and errors.
pub const VENDOR: &str = "plivo";
///The origin of Plivo's API; the client appends `/v1/Account/{auth_id}/Zentrunk`.
pub const DEFAULT_BASE_URL: &str = "https://api.plivo.com";
///Environment variable holding the auth id.
pub const ENV_AUTH_ID: &str = "PLIVO_AUTH_ID";
///Environment variable holding the auth token (a secret).
pub const ENV_AUTH_TOKEN: &str = "PLIVO_AUTH_TOKEN";
///Optional environment variable replacing [`DEFAULT_BASE_URL`] (a proxy, an emulator).
pub const ENV_BASE_URL: &str = "PLIVO_BASE_URL";
///How a client of this API is built (the spec's `x-trunkline-client`): the description every `ClientBuilder` of this module hands to [`trunkline_core::ClientSettings`].
pub static API: ::trunkline_core::ApiDescription = ::trunkline_core::ApiDescription {
    vendor: VENDOR,
    vendor_name: "Plivo",
    default_origin: DEFAULT_BASE_URL,
    account_path: "/v1/Account/{auth_id}/Zentrunk",
    credentials: &[
        ::trunkline_core::CredentialField {
            name: "auth_id",
            label: "auth id",
            env: ENV_AUTH_ID,
            secret: false,
        },
        ::trunkline_core::CredentialField {
            name: "auth_token",
            label: "auth token",
            env: ENV_AUTH_TOKEN,
            secret: true,
        },
    ],
    auth: ::trunkline_core::AuthScheme::Basic {
        username: "auth_id",
        password: "auth_token",
    },
    base_url_env: ENV_BASE_URL,
    encode_plus_in_paths: false,
};
///The largest page size every paged list of this API serves (the smallest `maximum` of their page-size parameters).
pub const MAX_PAGE_SIZE: u64 = 20u64;
::trunkline_core::client_hooks!(Client, OPERATIONS);
///Builds a [`Client`] for Plivo's API: the auth id and the auth token, then optionally a base URL and a [`ClientConfig`](trunkline_core::ClientConfig). Every check happens in [`ClientBuilder::build`], before anything is sent. `Debug` output never shows the auth token.
#[derive(Clone, Debug)]
pub struct ClientBuilder {
    settings: ::trunkline_core::ClientSettings,
}
impl ClientBuilder {
    ///Starts from the auth id and the auth token, on `https://api.plivo.com`, with the default `ClientConfig`.
    pub fn new(
        auth_id: impl ::std::convert::Into<::std::string::String>,
        auth_token: impl ::std::convert::Into<::trunkline_core::SecretString>,
    ) -> Self {
        Self {
            settings: ::trunkline_core::ClientSettings::new(
                &API,
                [::trunkline_core::SecretString::from(auth_id.into()), auth_token.into()],
            ),
        }
    }
    ///Starts from `PLIVO_AUTH_ID`, `PLIVO_AUTH_TOKEN` and, if set, `PLIVO_BASE_URL` (as [`ClientBuilder::base_url`]). Values are trimmed; a missing, empty or non-Unicode variable is an error naming it.
    pub fn from_env() -> ::std::result::Result<Self, ::trunkline_core::ConfigError> {
        ::trunkline_core::ClientSettings::from_env(&API)
            .map(|settings| Self { settings })
    }
    ///Sends requests to this origin instead of `https://api.plivo.com` (a proxy, a test server, the trunkline emulator); `/v1/Account/{auth_id}/Zentrunk` is still appended. Plain `http://` is accepted only for loopback hosts unless `ClientConfig::with_insecure_http_allowed` says otherwise.
    pub fn base_url(
        self,
        origin: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            settings: self.settings.with_base_url(origin),
        }
    }
    ///Uses `api_base_url` as the complete base of every operation path, without appending `/v1/Account/{auth_id}/Zentrunk`: for a proxy that maps the API elsewhere, or a mock server whose mocks match operation paths directly, like the typed mocks of the `httpmock` feature.
    pub fn api_base_url(
        self,
        api_base_url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            settings: self.settings.with_api_base_url(api_base_url),
        }
    }
    /// Retry policy, timeouts, user agent and the other shared settings.
    pub fn config(self, config: ::trunkline_core::ClientConfig) -> Self {
        Self {
            settings: self.settings.with_config(config),
        }
    }
    ///Checks everything and builds the client. Nothing is sent. Errors name what is wrong (an empty credential, a value an HTTP header cannot carry, an unusable or clear-text base URL) and never contain a secret.
    pub fn build(self) -> ::std::result::Result<Client, ::trunkline_core::ConfigError> {
        let endpoint = self.settings.endpoint()?;
        Ok(Client::new_with_client(&endpoint.base_url, endpoint.http, endpoint.runtime))
    }
}
impl Client {
    ///A client from the auth id and the auth token, on `https://api.plivo.com`, with default retries and timeouts ([`ClientBuilder`] sets more).
    pub fn from_credentials(
        auth_id: impl ::std::convert::Into<::std::string::String>,
        auth_token: impl ::std::convert::Into<::trunkline_core::SecretString>,
    ) -> ::std::result::Result<Self, ::trunkline_core::ConfigError> {
        ClientBuilder::new(auth_id, auth_token).build()
    }
    ///A client from `PLIVO_AUTH_ID`, `PLIVO_AUTH_TOKEN` and, if set, `PLIVO_BASE_URL` (see [`ClientBuilder::from_env`]), with the default `ClientConfig`: [`Client::from_env_with`] takes one.
    pub fn from_env() -> ::std::result::Result<Self, ::trunkline_core::ConfigError> {
        ClientBuilder::from_env()?.build()
    }
    ///A client from `PLIVO_AUTH_ID`, `PLIVO_AUTH_TOKEN` and, if set, `PLIVO_BASE_URL`, with `config`: retries, timeouts, user agent, rate limit, your own `reqwest::Client` ([`ClientConfig`](trunkline_core::ClientConfig)). The same as `ClientBuilder::from_env()?.config(config).build()`.
    pub fn from_env_with(
        config: ::trunkline_core::ClientConfig,
    ) -> ::std::result::Result<Self, ::trunkline_core::ConfigError> {
        ClientBuilder::from_env()?.config(config).build()
    }
    ///The base URL every operation path is appended to: the origin followed by `/v1/Account/{auth_id}/Zentrunk` for this account (or the URL given to [`ClientBuilder::api_base_url`]).
    pub fn base_url(&self) -> &str {
        ::progenitor_client::ClientInfo::baseurl(self)
    }
}
impl ::trunkline_core::ErrorBody for types::ErrorBody {
    fn message(&self) -> ::std::option::Option<::std::string::String> {
        ::trunkline_core::error_message(
            [
                ::std::option::Option::Some(self)
                    .and_then(|value| value.error.as_ref())
                    .and_then(::trunkline_core::json_text),
            ],
            ::std::option::Option::None,
        )
    }
    fn code(&self) -> ::std::option::Option<::std::string::String> {
        ::std::option::Option::None
    }
}
impl ::trunkline_core::paging::ListPage for types::CallList {
    type Item = types::Call;
    fn into_parts(
        self,
    ) -> (::std::vec::Vec<types::Call>, ::trunkline_core::paging::PageInfo) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.total_items = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.total_count.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        info.page_size = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.limit.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        (self.objects, info)
    }
    fn item_id(item: &types::Call) -> ::std::option::Option<&str> {
        ::std::option::Option::Some(item)
            .and_then(|value| value.call_uuid.as_ref())
            .map(::std::string::String::as_str)
    }
}
impl ::trunkline_core::paging::ListPage for types::CredentialList {
    type Item = types::Credential;
    fn into_parts(
        self,
    ) -> (::std::vec::Vec<types::Credential>, ::trunkline_core::paging::PageInfo) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.total_items = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.total_count.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        info.page_size = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.limit.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        (self.objects, info)
    }
    fn item_id(item: &types::Credential) -> ::std::option::Option<&str> {
        ::std::option::Option::Some(item)
            .and_then(|value| value.credential_uuid.as_ref())
            .map(::std::string::String::as_str)
    }
}
impl ::trunkline_core::paging::ListPage for types::IpAccessControlListList {
    type Item = types::IpAccessControlList;
    fn into_parts(
        self,
    ) -> (
        ::std::vec::Vec<types::IpAccessControlList>,
        ::trunkline_core::paging::PageInfo,
    ) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.total_items = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.total_count.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        info.page_size = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.limit.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        (self.objects, info)
    }
    fn item_id(item: &types::IpAccessControlList) -> ::std::option::Option<&str> {
        ::std::option::Option::Some(item)
            .and_then(|value| value.ipacl_uuid.as_ref())
            .map(::std::string::String::as_str)
    }
}
impl ::trunkline_core::paging::ListPage for types::TrunkList {
    type Item = types::Trunk;
    fn into_parts(
        self,
    ) -> (::std::vec::Vec<types::Trunk>, ::trunkline_core::paging::PageInfo) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.total_items = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.total_count.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        info.page_size = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.limit.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        (self.objects, info)
    }
    fn item_id(item: &types::Trunk) -> ::std::option::Option<&str> {
        ::std::option::Option::Some(item)
            .and_then(|value| value.trunk_id.as_ref())
            .map(::std::string::String::as_str)
    }
}
impl ::trunkline_core::paging::ListPage for types::OriginationUriList {
    type Item = types::OriginationUri;
    fn into_parts(
        self,
    ) -> (::std::vec::Vec<types::OriginationUri>, ::trunkline_core::paging::PageInfo) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.total_items = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.total_count.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        info.page_size = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.limit.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        (self.objects, info)
    }
    fn item_id(item: &types::OriginationUri) -> ::std::option::Option<&str> {
        ::std::option::Option::Some(item)
            .and_then(|value| value.uri_uuid.as_ref())
            .map(::std::string::String::as_str)
    }
}
impl Client {
    ///Every item of [`Client::list_calls`] as a stream, pages fetched as it is polled: `.page_size(n)` sets the items per request (1–20, default 20), `.max_items(n)` the most items read (no page after the one holding the last is fetched). The same as `self.list_calls().stream()`; set the list's filters on that builder.
    pub fn calls(
        &self,
    ) -> ::trunkline_core::paging::Paged<'_, types::Call, Error<types::ErrorBody>> {
        self.list_calls().stream()
    }
    ///Every item of [`Client::list_credentials`] as a stream, pages fetched as it is polled: `.page_size(n)` sets the items per request (1–20, default 20), `.max_items(n)` the most items read (no page after the one holding the last is fetched). The same as `self.list_credentials().stream()`; set the list's filters on that builder.
    pub fn credentials(
        &self,
    ) -> ::trunkline_core::paging::Paged<
        '_,
        types::Credential,
        Error<types::ErrorBody>,
    > {
        self.list_credentials().stream()
    }
    ///Every item of [`Client::list_ip_access_control_lists`] as a stream, pages fetched as it is polled: `.page_size(n)` sets the items per request (1–20, default 20), `.max_items(n)` the most items read (no page after the one holding the last is fetched). The same as `self.list_ip_access_control_lists().stream()`; set the list's filters on that builder.
    pub fn ip_access_control_lists(
        &self,
    ) -> ::trunkline_core::paging::Paged<
        '_,
        types::IpAccessControlList,
        Error<types::ErrorBody>,
    > {
        self.list_ip_access_control_lists().stream()
    }
    ///Every item of [`Client::list_trunks`] as a stream, pages fetched as it is polled: `.page_size(n)` sets the items per request (1–20, default 20), `.max_items(n)` the most items read (no page after the one holding the last is fetched). The same as `self.list_trunks().stream()`; set the list's filters on that builder.
    pub fn trunks(
        &self,
    ) -> ::trunkline_core::paging::Paged<'_, types::Trunk, Error<types::ErrorBody>> {
        self.list_trunks().stream()
    }
    ///Every item of [`Client::list_origination_uris`] as a stream, pages fetched as it is polled: `.page_size(n)` sets the items per request (1–20, default 20), `.max_items(n)` the most items read (no page after the one holding the last is fetched). The same as `self.list_origination_uris().stream()`; set the list's filters on that builder.
    pub fn origination_uris(
        &self,
    ) -> ::trunkline_core::paging::Paged<
        '_,
        types::OriginationUri,
        Error<types::ErrorBody>,
    > {
        self.list_origination_uris().stream()
    }
}
