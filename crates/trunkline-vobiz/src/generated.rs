// @generated the client of specs/vobiz.yaml, by `cargo xtask generate vobiz`.
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
    ///The body of `assign_number_to_trunk`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AssignNumberRequest {
        ///The `trunk_id` of the trunk to route the number through (Vobiz names the key `trunk_group_id`).
        pub trunk_group_id: ::std::string::String,
    }
    impl AssignNumberRequest {
        pub fn builder() -> builder::AssignNumberRequest {
            Default::default()
        }
    }
    ///The direction of a call.
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
    ///One call detail record. Every field is optional (Vobiz's schemas for it drift); timestamps are ISO-8601 strings, kept undecoded.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Cdr {
        ///The account's Auth ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///When the call was answered (ISO-8601); absent for unanswered calls.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub answer_time: ::std::option::Option<::std::string::String>,
        ///Billable seconds (from answer to hangup).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billsec: ::std::option::Option<i64>,
        ///The UUID of the bridged call leg.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bridge_uuid: ::std::option::Option<::std::string::String>,
        ///`inbound` or `outbound`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_direction: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated::types::CallDirection>,
        >,
        ///The caller ID name (may be empty).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caller_id_name: ::std::option::Option<::std::string::String>,
        ///The caller's number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caller_id_number: ::std::option::Option<::std::string::String>,
        ///The campaign the call belongs to. Untyped in Vobiz's docs; kept as raw JSON.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub campaign_id: ::std::option::Option<::serde_json::Value>,
        ///The carrier's IP. Untyped in Vobiz's docs (a string in the examples); kept as raw JSON.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub carrier_ip: ::std::option::Option<::serde_json::Value>,
        ///The media codec (e.g. `PCMU`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub codec: ::std::option::Option<::std::string::String>,
        ///The call's context (e.g. `sip-trunking`, `voice-api`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        ///The call's cost, in `currency`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cost: ::std::option::Option<f64>,
        ///When the record was created (ISO-8601).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        ///The currency of the costs (e.g. `INR`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///The customer endpoint. Untyped in Vobiz's docs; kept as raw JSON.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_endpoint: ::std::option::Option<::serde_json::Value>,
        ///The called number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub destination_number: ::std::option::Option<::std::string::String>,
        ///Total call duration in seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<i64>,
        ///When the call ended (ISO-8601).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_time: ::std::option::Option<::std::string::String>,
        ///The failure code of an unsuccessful call (e.g. `16`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failure_code: ::std::option::Option<::std::string::String>,
        ///The failure reason of an unsuccessful call (e.g. `NO_ANSWER`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failure_reason: ::std::option::Option<::std::string::String>,
        ///The hangup cause (e.g. `NORMAL_CLEARING`, `NO_ANSWER`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hangup_cause: ::std::option::Option<::std::string::String>,
        ///Vobiz's numeric hangup cause code (e.g. 4000).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hangup_cause_code: ::std::option::Option<i64>,
        ///The hangup cause, human-readable (e.g. `Normal Hangup`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hangup_cause_name: ::std::option::Option<::std::string::String>,
        ///How the call was hung up (e.g. `send_bye`, `send_cancel`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hangup_disposition: ::std::option::Option<::std::string::String>,
        ///Who hung up (e.g. `Caller`, `Callee`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hangup_source: ::std::option::Option<::std::string::String>,
        ///The record's numeric id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///Jitter.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jitter: ::std::option::Option<f64>,
        ///Mean opinion score of the call's audio.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mos: ::std::option::Option<f64>,
        ///The network address recorded for the call.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network_addr: ::std::option::Option<::std::string::String>,
        ///The region the call originated in (e.g. `mumbai`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub origination_region: ::std::option::Option<::std::string::String>,
        ///Packet loss.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub packet_loss: ::std::option::Option<f64>,
        ///When the call reached progress, i.e. ringing or early media (ISO-8601).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub progress_time: ::std::option::Option<::std::string::String>,
        ///The region that handled the call (e.g. `ap-south-1`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub region: ::std::option::Option<::std::string::String>,
        ///Ringing time in seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ring_time: ::std::option::Option<i64>,
        ///The SIP `Call-ID`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sip_call_id: ::std::option::Option<::std::string::String>,
        ///The SIP User-Agent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sip_user_agent: ::std::option::Option<::std::string::String>,
        ///When the call started (ISO-8601).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_time: ::std::option::Option<::std::string::String>,
        ///The cost of media streaming, in `currency`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub streaming_cost: ::std::option::Option<f64>,
        ///Where the call was terminated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub terminated_to: ::std::option::Option<::std::string::String>,
        ///The call's total cost, in `currency`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_cost: ::std::option::Option<f64>,
        ///The trunk the call went through; often `null` (e.g. API calls).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_id: ::std::option::Option<::std::string::String>,
        ///When the record was last changed (ISO-8601).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
        ///The call's UUID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uuid: ::std::option::Option<::std::string::String>,
    }
    impl Cdr {
        pub fn builder() -> builder::Cdr {
            Default::default()
        }
    }
    ///A CSV export of call detail records. The generated client does not decode it; it returns the raw body as a byte stream.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[serde(transparent)]
    pub struct CdrCsv(pub ::std::string::String);
    impl ::std::ops::Deref for CdrCsv {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CdrCsv> for ::std::string::String {
        fn from(value: CdrCsv) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for CdrCsv {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for CdrCsv {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for CdrCsv {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///The filters `search_cdrs` applied, echoed back.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CdrFilters {
        ///The `call_direction` filter.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_direction: ::std::option::Option<::std::string::String>,
        ///The `from_number` filter.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_number: ::std::option::Option<::std::string::String>,
        ///The `hangup_cause` filter.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hangup_cause: ::std::option::Option<::std::string::String>,
        ///The `to_number` filter.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to_number: ::std::option::Option<::std::string::String>,
    }
    impl CdrFilters {
        pub fn builder() -> builder::CdrFilters {
            Default::default()
        }
    }
    ///One page of call detail records (`list_cdrs`, `search_cdrs`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CdrPage {
        ///The account's Auth ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///The number of records on this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
        ///The records on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<Cdr>,
        ///The applied filters; sent by `search_cdrs` only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filters: ::std::option::Option<CdrFilters>,
        ///The page's position and whether more pages follow.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pagination: ::std::option::Option<CdrPagination>,
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        ///Totals over all matching calls.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<CdrSummary>,
    }
    impl CdrPage {
        pub fn builder() -> builder::CdrPage {
            Default::default()
        }
    }
    ///Paging information of a CDR page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CdrPagination {
        ///Whether a next page exists.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_next: ::std::option::Option<bool>,
        ///Whether a previous page exists.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_prev: ::std::option::Option<bool>,
        ///This page's number (1-based).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        ///The number of pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pages: ::std::option::Option<i64>,
        ///The page size used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub per_page: ::std::option::Option<i64>,
        ///The number of matching records.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl CdrPagination {
        pub fn builder() -> builder::CdrPagination {
            Default::default()
        }
    }
    ///One call detail record (`get_cdr`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CdrResponse {
        ///The record.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<Cdr>,
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl CdrResponse {
        pub fn builder() -> builder::CdrResponse {
            Default::default()
        }
    }
    ///Totals over all matching calls (not just this page). The keys mix camelCase and snake_case, exactly as Vobiz sends them.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CdrSummary {
        ///The percentage of calls answered.
        #[serde(
            rename = "answerRate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub answer_rate: ::std::option::Option<f64>,
        ///The number of answered calls.
        #[serde(
            rename = "answeredCalls",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub answered_calls: ::std::option::Option<i64>,
        ///The average call duration, formatted (e.g. `28s`).
        #[serde(
            rename = "avgCallDuration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub avg_call_duration: ::std::option::Option<::std::string::String>,
        ///When the latest call happened (ISO-8601).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_call_at: ::std::option::Option<::std::string::String>,
        ///The total billable seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_billable_seconds: ::std::option::Option<i64>,
        ///The number of matching calls.
        #[serde(
            rename = "totalCalls",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_calls: ::std::option::Option<i64>,
        ///The total cost.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_cost: ::std::option::Option<f64>,
        ///The total duration of the calls, in seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_duration_seconds: ::std::option::Option<i64>,
    }
    impl CdrSummary {
        pub fn builder() -> builder::CdrSummary {
            Default::default()
        }
    }
    ///The body of `create_credential`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateCredentialRequest {
        ///The SIP password, at least 8 characters. Never returned.
        pub password: ::trunkline_core::SecretString,
        ///The SIP username. Alphanumeric; dashes and underscores may be rejected with 400. Unique per account (409 if taken). Cannot be changed later.
        pub username: ::std::string::String,
    }
    impl CreateCredentialRequest {
        pub fn builder() -> builder::CreateCredentialRequest {
            Default::default()
        }
    }
    ///The body of `create_ip_acl_entry`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateIpAclEntryRequest {
        ///A single IPv4 address or an IPv4 CIDR block (e.g. `10.20.30.0/24`). IPv6 and the RFC 5737 documentation ranges are rejected with 400.
        pub ip_address: ::std::string::String,
        ///A label for the entry. Returned as `description`.
        pub name: ::std::string::String,
    }
    impl CreateIpAclEntryRequest {
        pub fn builder() -> builder::CreateIpAclEntryRequest {
            Default::default()
        }
    }
    ///The body of `create_origination_uri`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateOriginationUriRequest {
        ///A label for the URI. Returned as `description`.
        pub name: ::std::string::String,
        ///The URI's priority; a lower number is preferred.
        pub priority: i64,
        ///The SIP destination; must start with `sip:` (e.g. `sip:provider@sip.example.com:5060`). Returned as `uri`. Cannot be changed later.
        pub sip_uri: ::std::string::String,
    }
    impl CreateOriginationUriRequest {
        pub fn builder() -> builder::CreateOriginationUriRequest {
            Default::default()
        }
    }
    /**The body of `create_trunk`. The create-trunk page, Vobiz's reference for this call, requires exactly `name`, `trunk_type` and `max_concurrent_calls`; send those three.

Vobiz's newer OpenAPI revision (followed by its Python SDK) requires only `name` and spells the rest differently (`trunk_direction`, `concurrent_calls_limit`, …). Those fields are here too, all optional and marked as coming from that revision, so that a body of either shape can be built and decoded; whether the server honours them on create is unverified. Only `name` is required by both revisions.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateTrunkRequest {
        ///Newer OpenAPI revision only (unverified): maximum simultaneous calls, 0–1000. The create-trunk page uses `max_concurrent_calls` instead; send that.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub concurrent_calls_limit: ::std::option::Option<i64>,
        ///Newer OpenAPI revision only (unverified): maximum new calls started per second, 0–100. The create-trunk page sets 2 and changes it only through the Console.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cps_limit: ::std::option::Option<i64>,
        ///Newer OpenAPI revision only (unverified): the `id` of a credential to attach. The create-trunk page attaches credentials after creation (see `update_trunk`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_uuid: ::std::option::Option<::std::string::String>,
        ///Newer OpenAPI revision only (unverified): a free-text description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Newer OpenAPI revision only (unverified): enable transcription.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable_transcription: ::std::option::Option<bool>,
        ///Newer OpenAPI revision only (unverified): the `id` of the fallback origination URI.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fallback_uri_uuid: ::std::option::Option<::std::string::String>,
        ///Newer OpenAPI revision only (unverified): where inbound calls go (the examples show an origination URI id).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inbound_destination: ::std::option::Option<::std::string::String>,
        ///Newer OpenAPI revision only (unverified): the `id` of an IP ACL entry to attach. The create-trunk page attaches IP ACLs after creation (see `update_trunk`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipacl_uuid: ::std::option::Option<::std::string::String>,
        ///Maximum number of simultaneous calls. Returned on the trunk object as `concurrent_calls_limit`. **Required by the create-trunk page.**
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_concurrent_calls: ::std::option::Option<i64>,
        ///Descriptive name for the trunk. Maximum 255 characters.
        pub name: CreateTrunkRequestName,
        ///Newer OpenAPI revision only (unverified): comma-separated PII entity types to redact.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pii_entity_types: ::std::option::Option<::std::string::String>,
        ///Newer OpenAPI revision only (unverified): enable PII redaction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pii_redaction: ::std::option::Option<bool>,
        ///Newer OpenAPI revision only (unverified): the `id` of the primary origination URI.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary_uri_uuid: ::std::option::Option<::std::string::String>,
        ///Newer OpenAPI revision only (unverified): record calls on this trunk.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recording: ::std::option::Option<bool>,
        ///Newer OpenAPI revision only (unverified): whether the recording webhook is called.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recording_webhook_enabled: ::std::option::Option<bool>,
        ///Newer OpenAPI revision only (unverified): TLS signalling and SRTP media. The create-trunk page creates every trunk with `secure: false`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secure: ::std::option::Option<bool>,
        ///Newer OpenAPI revision only (unverified): SIP transport. The create-trunk page creates every trunk with `udp`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transport: ::std::option::Option<Transport>,
        ///Newer OpenAPI revision only (unverified): the trunk direction in lowercase. The create-trunk page uses `trunk_type` instead; send that.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_direction: ::std::option::Option<RequestedTrunkDirection>,
        ///Newer OpenAPI revision only (unverified): the trunk's SIP domain. The create-trunk page says Vobiz generates it as `{trunk_id}.sip.vobiz.ai`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_domain: ::std::option::Option<::std::string::String>,
        ///Newer OpenAPI revision only (unverified): `enabled` or `disabled`. The create-trunk page creates every trunk `active`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_status: ::std::option::Option<RequestedTrunkStatus>,
        ///Trunk direction: `INBOUND` or `OUTBOUND` (uppercase). Determines how the trunk routes traffic. **Required by the create-trunk page.** Responses report it as `trunk_direction` (lowercase).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_type: ::std::option::Option<TrunkType>,
        ///Newer OpenAPI revision only (unverified): the HTTP method of `webhook_url`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_method: ::std::option::Option<WebhookMethod>,
        ///Newer OpenAPI revision only (unverified): the trunk's webhook URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_url: ::std::option::Option<::std::string::String>,
    }
    impl CreateTrunkRequest {
        pub fn builder() -> builder::CreateTrunkRequest {
            Default::default()
        }
    }
    ///Descriptive name for the trunk. Maximum 255 characters.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateTrunkRequestName(::std::string::String);
    impl ::std::ops::Deref for CreateTrunkRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateTrunkRequestName> for ::std::string::String {
        fn from(value: CreateTrunkRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateTrunkRequestName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateTrunkRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateTrunkRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateTrunkRequestName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A SIP digest-authentication credential. Only `id` is guaranteed. Vobiz also sends `password`, always `<redacted>`; it is deliberately not modelled (no secrets in response types), so it is ignored when decoding.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Credential {
        ///The owning account's Auth ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///When the credential was created (RFC 3339).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Whether the credential can be used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///The credential's id (a UUID); a trunk's `credential_uuid` holds it.
        pub id: ::std::string::String,
        ///The SIP digest realm, `{account_id}.sip.vobiz.ai`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub realm: ::std::option::Option<::std::string::String>,
        ///When the credential was last changed (RFC 3339).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The SIP username.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
    }
    impl Credential {
        pub fn builder() -> builder::Credential {
            Default::default()
        }
    }
    ///One page of credentials.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CredentialList {
        ///The page's position and the total number of objects.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
        ///The credentials on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub objects: ::std::vec::Vec<Credential>,
    }
    impl CredentialList {
        pub fn builder() -> builder::CredentialList {
            Default::default()
        }
    }
    ///One allowed IPv4 address or CIDR block. Only `id` is guaranteed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct IpAclEntry {
        ///The owning account's Auth ID (one Vobiz example shows it empty).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///When the entry was created (RFC 3339).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The `name` sent on create or update (may be empty).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Whether the entry is in force (changed only in the Vobiz Console).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///The entry's id (a UUID); a trunk's `ipacl_uuid` holds it.
        pub id: ::std::string::String,
        ///The IPv4 address or CIDR block.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ip_address: ::std::option::Option<::std::string::String>,
        ///When the entry was last changed (RFC 3339).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl IpAclEntry {
        pub fn builder() -> builder::IpAclEntry {
            Default::default()
        }
    }
    ///One page of IP ACL entries.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct IpAclEntryList {
        ///The page's position and the total number of objects.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
        ///The entries on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub objects: ::std::vec::Vec<IpAclEntry>,
    }
    impl IpAclEntryList {
        pub fn builder() -> builder::IpAclEntryList {
            Default::default()
        }
    }
    ///Paging information of a `{meta, objects}` list page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ListMeta {
        ///The page size used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<i64>,
        ///The number of objects skipped before this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offset: ::std::option::Option<i64>,
        ///The total number of objects.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl ListMeta {
        pub fn builder() -> builder::ListMeta {
            Default::default()
        }
    }
    ///A SIP destination with a priority and a weight. Only `id` is guaranteed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OriginationUri {
        ///The owning account's Auth ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///When the URI was created (RFC 3339).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The `name` sent on create or update (may be empty).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Whether the URI is used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///The URI's id (a UUID); a trunk's `primary_uri_uuid` / `fallback_uri_uuid` holds it.
        pub id: ::std::string::String,
        ///The priority; a lower number is preferred.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub priority: ::std::option::Option<i64>,
        ///The SIP transport. Compare case-insensitively; one Vobiz example shows `TCP`, which decodes as an unknown value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transport: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated::types::Transport>,
        >,
        ///When the URI was last changed (RFC 3339).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The SIP destination (the `sip_uri` sent on create).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
        ///The share of calls among URIs of equal priority. Default 10; not settable through the API.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub weight: ::std::option::Option<i64>,
    }
    impl OriginationUri {
        pub fn builder() -> builder::OriginationUri {
            Default::default()
        }
    }
    ///One page of origination URIs.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OriginationUriList {
        ///The page's position and the total number of objects.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
        ///The origination URIs on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub objects: ::std::vec::Vec<OriginationUri>,
    }
    impl OriginationUriList {
        pub fn builder() -> builder::OriginationUriList {
            Default::default()
        }
    }
    ///The latest call detail records (`list_recent_cdrs`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct RecentCdrs {
        ///The account's Auth ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///The number of records returned.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
        ///The latest records.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<Cdr>,
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl RecentCdrs {
        pub fn builder() -> builder::RecentCdrs {
            Default::default()
        }
    }
    ///A trunk direction as the newer Vobiz OpenAPI revision's create body spells it (lowercase). Unverified; the create-trunk page uses `trunk_type` instead.
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
    pub enum RequestedTrunkDirection {
        #[serde(rename = "inbound")]
        Inbound,
        #[serde(rename = "outbound")]
        Outbound,
    }
    impl ::std::fmt::Display for RequestedTrunkDirection {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Inbound => f.write_str("inbound"),
                Self::Outbound => f.write_str("outbound"),
            }
        }
    }
    impl ::std::str::FromStr for RequestedTrunkDirection {
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
    impl ::std::convert::TryFrom<&str> for RequestedTrunkDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RequestedTrunkDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A trunk status as the newer Vobiz OpenAPI revision's create body spells it. Unverified; the create-trunk page creates every trunk `active`.
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
    pub enum RequestedTrunkStatus {
        #[serde(rename = "enabled")]
        Enabled,
        #[serde(rename = "disabled")]
        Disabled,
    }
    impl ::std::fmt::Display for RequestedTrunkStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Enabled => f.write_str("enabled"),
                Self::Disabled => f.write_str("disabled"),
            }
        }
    }
    impl ::std::str::FromStr for RequestedTrunkStatus {
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
    impl ::std::convert::TryFrom<&str> for RequestedTrunkStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RequestedTrunkStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///SIP signalling transport. Compare case-insensitively when reading it back; one Vobiz example shows an uppercase `TCP`.
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
    pub enum Transport {
        #[serde(rename = "udp")]
        Udp,
        #[serde(rename = "tcp")]
        Tcp,
        #[serde(rename = "tls")]
        Tls,
    }
    impl ::std::fmt::Display for Transport {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Udp => f.write_str("udp"),
                Self::Tcp => f.write_str("tcp"),
                Self::Tls => f.write_str("tls"),
            }
        }
    }
    impl ::std::str::FromStr for Transport {
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
    impl ::std::convert::TryFrom<&str> for Transport {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Transport {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A SIP trunk. Only `trunk_id` is guaranteed; Vobiz omits unset fields (e.g. the attachment ids) instead of sending `null`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Trunk {
        ///The owning account's Auth ID (`MA_…`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///Maximum number of calls live at once (capacity and cost control); set through `max_concurrent_calls`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub concurrent_calls_limit: ::std::option::Option<i64>,
        ///Maximum number of new calls started per second (flood protection); 2 for new trunks. Independent of `concurrent_calls_limit`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cps_limit: ::std::option::Option<i64>,
        ///When the trunk was created (RFC 3339, UTC, optional microseconds).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The `id` of the attached credential. Present only when one is attached.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_uuid: ::std::option::Option<::std::string::String>,
        ///Free-text description; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Whether transcription is enabled.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable_transcription: ::std::option::Option<bool>,
        ///The `id` of the fallback origination URI. Present only when one is attached.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fallback_uri_uuid: ::std::option::Option<::std::string::String>,
        ///Where inbound calls go (the examples show an origination URI id). Present only when set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inbound_destination: ::std::option::Option<::std::string::String>,
        ///The `id` of the attached IP ACL entry. Present only when one is attached.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipacl_uuid: ::std::option::Option<::std::string::String>,
        ///The trunk's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Comma-separated PII entity types to redact. Present only when set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pii_entity_types: ::std::option::Option<::std::string::String>,
        ///Whether PII redaction is enabled.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pii_redaction: ::std::option::Option<bool>,
        ///The `id` of the primary origination URI. Present only when one is attached.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary_uri_uuid: ::std::option::Option<::std::string::String>,
        ///Whether calls on the trunk are recorded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recording: ::std::option::Option<bool>,
        ///Whether the recording webhook is called.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recording_webhook_enabled: ::std::option::Option<bool>,
        ///Whether TLS signalling and SRTP media are used. Default `false`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secure: ::std::option::Option<bool>,
        ///SIP transport; `udp` for new trunks.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transport: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated::types::Transport>,
        >,
        ///The trunk's direction (`inbound`, `outbound` or `both`), the lowercase report of the create request's `trunk_type`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_direction: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated::types::TrunkDirection>,
        >,
        ///The trunk's auto-generated SIP domain, `{trunk_id}.sip.vobiz.ai`, used to route inbound calls to the trunk. Treat it as opaque; never derive it client-side.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_domain: ::std::option::Option<::std::string::String>,
        ///The trunk's id (a UUID). Save it for all future operations.
        pub trunk_id: ::std::string::String,
        ///The trunk's state; `active` for new trunks. Change it with `update_trunk`'s `enabled`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_status: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated::types::TrunkStatus>,
        >,
        ///When the trunk was last changed (RFC 3339, UTC, optional microseconds).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The HTTP method of `webhook_url`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_method: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated::types::WebhookMethod>,
        >,
        ///The trunk's webhook URL. Present only when set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_url: ::std::option::Option<::std::string::String>,
    }
    impl Trunk {
        pub fn builder() -> builder::Trunk {
            Default::default()
        }
    }
    ///The direction a trunk reports. Vobiz documents `inbound` and `outbound`; its examples also show `both` (the create-trunk page's example answers an `OUTBOUND` request with `both`).
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
        #[serde(rename = "both")]
        Both,
    }
    impl ::std::fmt::Display for TrunkDirection {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Inbound => f.write_str("inbound"),
                Self::Outbound => f.write_str("outbound"),
                Self::Both => f.write_str("both"),
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
                "both" => Ok(Self::Both),
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
    ///One page of trunks.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrunkList {
        ///The page's position and the total number of objects.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
        ///The trunks on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub objects: ::std::vec::Vec<Trunk>,
    }
    impl TrunkList {
        pub fn builder() -> builder::TrunkList {
            Default::default()
        }
    }
    ///A trunk's state. Every example shows `active`; other Vobiz pages mention `inactive`, `enabled` and `disabled`.
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
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "inactive")]
        Inactive,
        #[serde(rename = "enabled")]
        Enabled,
        #[serde(rename = "disabled")]
        Disabled,
    }
    impl ::std::fmt::Display for TrunkStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Active => f.write_str("active"),
                Self::Inactive => f.write_str("inactive"),
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
                "active" => Ok(Self::Active),
                "inactive" => Ok(Self::Inactive),
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
    ///The direction of a new trunk, as the create-trunk page spells it (uppercase). Responses report it as `trunk_direction`, in lowercase.
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
    pub enum TrunkType {
        #[serde(rename = "INBOUND")]
        Inbound,
        #[serde(rename = "OUTBOUND")]
        Outbound,
    }
    impl ::std::fmt::Display for TrunkType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Inbound => f.write_str("INBOUND"),
                Self::Outbound => f.write_str("OUTBOUND"),
            }
        }
    }
    impl ::std::str::FromStr for TrunkType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "INBOUND" => Ok(Self::Inbound),
                "OUTBOUND" => Ok(Self::Outbound),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TrunkType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TrunkType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The body of `update_credential`. Every field is optional; send only what changes.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateCredentialRequest {
        ///A free-text description of the credential.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Enable or disable the credential.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///A new SIP password, at least 8 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<::trunkline_core::SecretString>,
    }
    impl UpdateCredentialRequest {
        pub fn builder() -> builder::UpdateCredentialRequest {
            Default::default()
        }
    }
    ///The body of `update_ip_acl_entry`. Both fields are sent (the update replaces them).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UpdateIpAclEntryRequest {
        ///The entry's new IPv4 address or IPv4 CIDR block.
        pub ip_address: ::std::string::String,
        ///The entry's new label. Returned as `description`.
        pub name: ::std::string::String,
    }
    impl UpdateIpAclEntryRequest {
        pub fn builder() -> builder::UpdateIpAclEntryRequest {
            Default::default()
        }
    }
    ///The body of `update_origination_uri`. Both fields are sent (the update replaces them).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UpdateOriginationUriRequest {
        ///The URI's new label. Returned as `description`.
        pub name: ::std::string::String,
        ///The URI's new priority; a lower number is preferred.
        pub priority: i64,
    }
    impl UpdateOriginationUriRequest {
        pub fn builder() -> builder::UpdateOriginationUriRequest {
            Default::default()
        }
    }
    ///The body of `update_trunk`. Per the update page, `name`, `max_concurrent_calls` and `enabled` are sent every time (the update replaces them). The four attachment ids are optional and unverified (a newer Vobiz OpenAPI revision and Vobiz's tooling use them).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UpdateTrunkRequest {
        ///Unverified (newer OpenAPI revision): the `id` of the credential to attach to the trunk.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_uuid: ::std::option::Option<::std::string::String>,
        ///`false` disables the trunk, `true` enables it. The trunk object reports the state as `trunk_status`.
        pub enabled: bool,
        ///Unverified (newer OpenAPI revision): the `id` of the fallback origination URI.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fallback_uri_uuid: ::std::option::Option<::std::string::String>,
        ///Unverified (newer OpenAPI revision): the `id` of the IP ACL entry to attach to the trunk.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipacl_uuid: ::std::option::Option<::std::string::String>,
        ///Maximum number of simultaneous calls. Returned on the trunk object as `concurrent_calls_limit`.
        pub max_concurrent_calls: i64,
        ///The trunk's name.
        pub name: ::std::string::String,
        ///Unverified (newer OpenAPI revision): the `id` of the primary origination URI.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary_uri_uuid: ::std::option::Option<::std::string::String>,
    }
    impl UpdateTrunkRequest {
        pub fn builder() -> builder::UpdateTrunkRequest {
            Default::default()
        }
    }
    ///Vobiz's error body. Both fields are optional so that any error body decodes.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct VobizError {
        ///The HTTP status code, repeated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<i64>,
        ///A human-readable message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
    }
    impl VobizError {
        pub fn builder() -> builder::VobizError {
            Default::default()
        }
    }
    ///The HTTP method of the trunk's webhook.
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
    pub enum WebhookMethod {
        #[serde(rename = "POST")]
        Post,
        #[serde(rename = "GET")]
        Get,
    }
    impl ::std::fmt::Display for WebhookMethod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Post => f.write_str("POST"),
                Self::Get => f.write_str("GET"),
            }
        }
    }
    impl ::std::str::FromStr for WebhookMethod {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "POST" => Ok(Self::Post),
                "GET" => Ok(Self::Get),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebhookMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AssignNumberRequest {
            trunk_group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AssignNumberRequest {
            fn default() -> Self {
                Self {
                    trunk_group_id: Err(
                        "no value supplied for trunk_group_id".to_string(),
                    ),
                }
            }
        }
        impl AssignNumberRequest {
            pub fn trunk_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.trunk_group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trunk_group_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AssignNumberRequest>
        for super::AssignNumberRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssignNumberRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    trunk_group_id: value.trunk_group_id?,
                })
            }
        }
        impl ::std::convert::From<super::AssignNumberRequest> for AssignNumberRequest {
            fn from(value: super::AssignNumberRequest) -> Self {
                Self {
                    trunk_group_id: Ok(value.trunk_group_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Cdr {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            answer_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            billsec: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            bridge_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            call_direction: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<crate::generated::types::CallDirection>,
                >,
                ::std::string::String,
            >,
            caller_id_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            caller_id_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            campaign_id: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            carrier_ip: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            codec: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cost: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_endpoint: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            destination_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            end_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            failure_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            failure_reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            hangup_cause: ::std::result::Result<
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
            hangup_disposition: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            hangup_source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            jitter: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            mos: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            network_addr: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            origination_region: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            packet_loss: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            progress_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            region: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ring_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            sip_call_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sip_user_agent: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            start_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            streaming_cost: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            terminated_to: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total_cost: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            trunk_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Cdr {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    answer_time: Ok(Default::default()),
                    billsec: Ok(Default::default()),
                    bridge_uuid: Ok(Default::default()),
                    call_direction: Ok(Default::default()),
                    caller_id_name: Ok(Default::default()),
                    caller_id_number: Ok(Default::default()),
                    campaign_id: Ok(Default::default()),
                    carrier_ip: Ok(Default::default()),
                    codec: Ok(Default::default()),
                    context: Ok(Default::default()),
                    cost: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    customer_endpoint: Ok(Default::default()),
                    destination_number: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    end_time: Ok(Default::default()),
                    failure_code: Ok(Default::default()),
                    failure_reason: Ok(Default::default()),
                    hangup_cause: Ok(Default::default()),
                    hangup_cause_code: Ok(Default::default()),
                    hangup_cause_name: Ok(Default::default()),
                    hangup_disposition: Ok(Default::default()),
                    hangup_source: Ok(Default::default()),
                    id: Ok(Default::default()),
                    jitter: Ok(Default::default()),
                    mos: Ok(Default::default()),
                    network_addr: Ok(Default::default()),
                    origination_region: Ok(Default::default()),
                    packet_loss: Ok(Default::default()),
                    progress_time: Ok(Default::default()),
                    region: Ok(Default::default()),
                    ring_time: Ok(Default::default()),
                    sip_call_id: Ok(Default::default()),
                    sip_user_agent: Ok(Default::default()),
                    start_time: Ok(Default::default()),
                    streaming_cost: Ok(Default::default()),
                    terminated_to: Ok(Default::default()),
                    total_cost: Ok(Default::default()),
                    trunk_id: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    uuid: Ok(Default::default()),
                }
            }
        }
        impl Cdr {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.account_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
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
            pub fn billsec<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.billsec = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for billsec: {e}")
                    });
                self
            }
            pub fn bridge_uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.bridge_uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for bridge_uuid: {e}")
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
            pub fn caller_id_name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.caller_id_name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for caller_id_name: {e}"
                        )
                    });
                self
            }
            pub fn caller_id_number<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.caller_id_number = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for caller_id_number: {e}"
                        )
                    });
                self
            }
            pub fn campaign_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::serde_json::Value>,
                >,
            {
                self.campaign_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for campaign_id: {e}")
                    });
                self
            }
            pub fn carrier_ip<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::serde_json::Value>,
                >,
            {
                self.carrier_ip = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for carrier_ip: {e}")
                    });
                self
            }
            pub fn codec<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.codec = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for codec: {e}")
                    });
                self
            }
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.context = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            pub fn cost<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<f64>>,
            {
                self.cost = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for cost: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.created_at = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.currency = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn customer_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::serde_json::Value>,
                >,
            {
                self.customer_endpoint = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_endpoint: {e}"
                        )
                    });
                self
            }
            pub fn destination_number<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.destination_number = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for destination_number: {e}"
                        )
                    });
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.duration = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
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
            pub fn failure_code<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.failure_code = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for failure_code: {e}")
                    });
                self
            }
            pub fn failure_reason<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.failure_reason = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for failure_reason: {e}"
                        )
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
            pub fn hangup_disposition<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.hangup_disposition = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for hangup_disposition: {e}"
                        )
                    });
                self
            }
            pub fn hangup_source<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.hangup_source = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for hangup_source: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn jitter<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<f64>>,
            {
                self.jitter = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for jitter: {e}")
                    });
                self
            }
            pub fn mos<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<f64>>,
            {
                self.mos = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for mos: {e}")
                    });
                self
            }
            pub fn network_addr<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.network_addr = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for network_addr: {e}")
                    });
                self
            }
            pub fn origination_region<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.origination_region = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for origination_region: {e}"
                        )
                    });
                self
            }
            pub fn packet_loss<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<f64>>,
            {
                self.packet_loss = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for packet_loss: {e}")
                    });
                self
            }
            pub fn progress_time<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.progress_time = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for progress_time: {e}")
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
            pub fn ring_time<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.ring_time = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for ring_time: {e}")
                    });
                self
            }
            pub fn sip_call_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.sip_call_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for sip_call_id: {e}")
                    });
                self
            }
            pub fn sip_user_agent<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.sip_user_agent = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sip_user_agent: {e}"
                        )
                    });
                self
            }
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.start_time = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for start_time: {e}")
                    });
                self
            }
            pub fn streaming_cost<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<f64>>,
            {
                self.streaming_cost = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for streaming_cost: {e}"
                        )
                    });
                self
            }
            pub fn terminated_to<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.terminated_to = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for terminated_to: {e}")
                    });
                self
            }
            pub fn total_cost<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<f64>>,
            {
                self.total_cost = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for total_cost: {e}")
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
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.updated_at = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn uuid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.uuid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for uuid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Cdr> for super::Cdr {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Cdr,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    answer_time: value.answer_time?,
                    billsec: value.billsec?,
                    bridge_uuid: value.bridge_uuid?,
                    call_direction: value.call_direction?,
                    caller_id_name: value.caller_id_name?,
                    caller_id_number: value.caller_id_number?,
                    campaign_id: value.campaign_id?,
                    carrier_ip: value.carrier_ip?,
                    codec: value.codec?,
                    context: value.context?,
                    cost: value.cost?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    customer_endpoint: value.customer_endpoint?,
                    destination_number: value.destination_number?,
                    duration: value.duration?,
                    end_time: value.end_time?,
                    failure_code: value.failure_code?,
                    failure_reason: value.failure_reason?,
                    hangup_cause: value.hangup_cause?,
                    hangup_cause_code: value.hangup_cause_code?,
                    hangup_cause_name: value.hangup_cause_name?,
                    hangup_disposition: value.hangup_disposition?,
                    hangup_source: value.hangup_source?,
                    id: value.id?,
                    jitter: value.jitter?,
                    mos: value.mos?,
                    network_addr: value.network_addr?,
                    origination_region: value.origination_region?,
                    packet_loss: value.packet_loss?,
                    progress_time: value.progress_time?,
                    region: value.region?,
                    ring_time: value.ring_time?,
                    sip_call_id: value.sip_call_id?,
                    sip_user_agent: value.sip_user_agent?,
                    start_time: value.start_time?,
                    streaming_cost: value.streaming_cost?,
                    terminated_to: value.terminated_to?,
                    total_cost: value.total_cost?,
                    trunk_id: value.trunk_id?,
                    updated_at: value.updated_at?,
                    uuid: value.uuid?,
                })
            }
        }
        impl ::std::convert::From<super::Cdr> for Cdr {
            fn from(value: super::Cdr) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    answer_time: Ok(value.answer_time),
                    billsec: Ok(value.billsec),
                    bridge_uuid: Ok(value.bridge_uuid),
                    call_direction: Ok(value.call_direction),
                    caller_id_name: Ok(value.caller_id_name),
                    caller_id_number: Ok(value.caller_id_number),
                    campaign_id: Ok(value.campaign_id),
                    carrier_ip: Ok(value.carrier_ip),
                    codec: Ok(value.codec),
                    context: Ok(value.context),
                    cost: Ok(value.cost),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    customer_endpoint: Ok(value.customer_endpoint),
                    destination_number: Ok(value.destination_number),
                    duration: Ok(value.duration),
                    end_time: Ok(value.end_time),
                    failure_code: Ok(value.failure_code),
                    failure_reason: Ok(value.failure_reason),
                    hangup_cause: Ok(value.hangup_cause),
                    hangup_cause_code: Ok(value.hangup_cause_code),
                    hangup_cause_name: Ok(value.hangup_cause_name),
                    hangup_disposition: Ok(value.hangup_disposition),
                    hangup_source: Ok(value.hangup_source),
                    id: Ok(value.id),
                    jitter: Ok(value.jitter),
                    mos: Ok(value.mos),
                    network_addr: Ok(value.network_addr),
                    origination_region: Ok(value.origination_region),
                    packet_loss: Ok(value.packet_loss),
                    progress_time: Ok(value.progress_time),
                    region: Ok(value.region),
                    ring_time: Ok(value.ring_time),
                    sip_call_id: Ok(value.sip_call_id),
                    sip_user_agent: Ok(value.sip_user_agent),
                    start_time: Ok(value.start_time),
                    streaming_cost: Ok(value.streaming_cost),
                    terminated_to: Ok(value.terminated_to),
                    total_cost: Ok(value.total_cost),
                    trunk_id: Ok(value.trunk_id),
                    updated_at: Ok(value.updated_at),
                    uuid: Ok(value.uuid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CdrFilters {
            call_direction: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            hangup_cause: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CdrFilters {
            fn default() -> Self {
                Self {
                    call_direction: Ok(Default::default()),
                    from_number: Ok(Default::default()),
                    hangup_cause: Ok(Default::default()),
                    to_number: Ok(Default::default()),
                }
            }
        }
        impl CdrFilters {
            pub fn call_direction<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
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
        }
        impl ::std::convert::TryFrom<CdrFilters> for super::CdrFilters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CdrFilters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    call_direction: value.call_direction?,
                    from_number: value.from_number?,
                    hangup_cause: value.hangup_cause?,
                    to_number: value.to_number?,
                })
            }
        }
        impl ::std::convert::From<super::CdrFilters> for CdrFilters {
            fn from(value: super::CdrFilters) -> Self {
                Self {
                    call_direction: Ok(value.call_direction),
                    from_number: Ok(value.from_number),
                    hangup_cause: Ok(value.hangup_cause),
                    to_number: Ok(value.to_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CdrPage {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                ::std::vec::Vec<super::Cdr>,
                ::std::string::String,
            >,
            filters: ::std::result::Result<
                ::std::option::Option<super::CdrFilters>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<
                ::std::option::Option<super::CdrPagination>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            summary: ::std::result::Result<
                ::std::option::Option<super::CdrSummary>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CdrPage {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    count: Ok(Default::default()),
                    data: Ok(Default::default()),
                    filters: Ok(Default::default()),
                    pagination: Ok(Default::default()),
                    success: Ok(Default::default()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl CdrPage {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.account_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.count = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Cdr>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn filters<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<super::CdrFilters>>,
            {
                self.filters = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for filters: {e}")
                    });
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::CdrPagination>,
                >,
            {
                self.pagination = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.success = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<super::CdrSummary>>,
            {
                self.summary = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CdrPage> for super::CdrPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CdrPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    count: value.count?,
                    data: value.data?,
                    filters: value.filters?,
                    pagination: value.pagination?,
                    success: value.success?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::CdrPage> for CdrPage {
            fn from(value: super::CdrPage) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    count: Ok(value.count),
                    data: Ok(value.data),
                    filters: Ok(value.filters),
                    pagination: Ok(value.pagination),
                    success: Ok(value.success),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CdrPagination {
            has_next: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_prev: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            page: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            pages: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            per_page: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CdrPagination {
            fn default() -> Self {
                Self {
                    has_next: Ok(Default::default()),
                    has_prev: Ok(Default::default()),
                    page: Ok(Default::default()),
                    pages: Ok(Default::default()),
                    per_page: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl CdrPagination {
            pub fn has_next<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.has_next = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for has_next: {e}")
                    });
                self
            }
            pub fn has_prev<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.has_prev = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for has_prev: {e}")
                    });
                self
            }
            pub fn page<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.page = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for page: {e}")
                    });
                self
            }
            pub fn pages<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.pages = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for pages: {e}")
                    });
                self
            }
            pub fn per_page<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.per_page = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for per_page: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.total = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CdrPagination> for super::CdrPagination {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CdrPagination,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_next: value.has_next?,
                    has_prev: value.has_prev?,
                    page: value.page?,
                    pages: value.pages?,
                    per_page: value.per_page?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::CdrPagination> for CdrPagination {
            fn from(value: super::CdrPagination) -> Self {
                Self {
                    has_next: Ok(value.has_next),
                    has_prev: Ok(value.has_prev),
                    page: Ok(value.page),
                    pages: Ok(value.pages),
                    per_page: Ok(value.per_page),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CdrResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::Cdr>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CdrResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl CdrResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<super::Cdr>>,
            {
                self.data = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.success = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CdrResponse> for super::CdrResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CdrResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::CdrResponse> for CdrResponse {
            fn from(value: super::CdrResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CdrSummary {
            answer_rate: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            answered_calls: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            avg_call_duration: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_call_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total_billable_seconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total_calls: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total_cost: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            total_duration_seconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CdrSummary {
            fn default() -> Self {
                Self {
                    answer_rate: Ok(Default::default()),
                    answered_calls: Ok(Default::default()),
                    avg_call_duration: Ok(Default::default()),
                    last_call_at: Ok(Default::default()),
                    total_billable_seconds: Ok(Default::default()),
                    total_calls: Ok(Default::default()),
                    total_cost: Ok(Default::default()),
                    total_duration_seconds: Ok(Default::default()),
                }
            }
        }
        impl CdrSummary {
            pub fn answer_rate<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<f64>>,
            {
                self.answer_rate = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for answer_rate: {e}")
                    });
                self
            }
            pub fn answered_calls<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.answered_calls = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for answered_calls: {e}"
                        )
                    });
                self
            }
            pub fn avg_call_duration<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.avg_call_duration = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for avg_call_duration: {e}"
                        )
                    });
                self
            }
            pub fn last_call_at<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.last_call_at = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for last_call_at: {e}")
                    });
                self
            }
            pub fn total_billable_seconds<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.total_billable_seconds = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_billable_seconds: {e}"
                        )
                    });
                self
            }
            pub fn total_calls<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.total_calls = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for total_calls: {e}")
                    });
                self
            }
            pub fn total_cost<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<f64>>,
            {
                self.total_cost = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for total_cost: {e}")
                    });
                self
            }
            pub fn total_duration_seconds<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.total_duration_seconds = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_duration_seconds: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CdrSummary> for super::CdrSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CdrSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    answer_rate: value.answer_rate?,
                    answered_calls: value.answered_calls?,
                    avg_call_duration: value.avg_call_duration?,
                    last_call_at: value.last_call_at?,
                    total_billable_seconds: value.total_billable_seconds?,
                    total_calls: value.total_calls?,
                    total_cost: value.total_cost?,
                    total_duration_seconds: value.total_duration_seconds?,
                })
            }
        }
        impl ::std::convert::From<super::CdrSummary> for CdrSummary {
            fn from(value: super::CdrSummary) -> Self {
                Self {
                    answer_rate: Ok(value.answer_rate),
                    answered_calls: Ok(value.answered_calls),
                    avg_call_duration: Ok(value.avg_call_duration),
                    last_call_at: Ok(value.last_call_at),
                    total_billable_seconds: Ok(value.total_billable_seconds),
                    total_calls: Ok(value.total_calls),
                    total_cost: Ok(value.total_cost),
                    total_duration_seconds: Ok(value.total_duration_seconds),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateCredentialRequest {
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
                    password: Err("no value supplied for password".to_string()),
                    username: Err("no value supplied for username".to_string()),
                }
            }
        }
        impl CreateCredentialRequest {
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
                    password: value.password?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::CreateCredentialRequest>
        for CreateCredentialRequest {
            fn from(value: super::CreateCredentialRequest) -> Self {
                Self {
                    password: Ok(value.password),
                    username: Ok(value.username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateIpAclEntryRequest {
            ip_address: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateIpAclEntryRequest {
            fn default() -> Self {
                Self {
                    ip_address: Err("no value supplied for ip_address".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl CreateIpAclEntryRequest {
            pub fn ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_address: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateIpAclEntryRequest>
        for super::CreateIpAclEntryRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateIpAclEntryRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_address: value.ip_address?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateIpAclEntryRequest>
        for CreateIpAclEntryRequest {
            fn from(value: super::CreateIpAclEntryRequest) -> Self {
                Self {
                    ip_address: Ok(value.ip_address),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateOriginationUriRequest {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            priority: ::std::result::Result<i64, ::std::string::String>,
            sip_uri: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateOriginationUriRequest {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    priority: Err("no value supplied for priority".to_string()),
                    sip_uri: Err("no value supplied for sip_uri".to_string()),
                }
            }
        }
        impl CreateOriginationUriRequest {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.priority = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
                    });
                self
            }
            pub fn sip_uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.sip_uri = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sip_uri: {e}")
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
                    name: value.name?,
                    priority: value.priority?,
                    sip_uri: value.sip_uri?,
                })
            }
        }
        impl ::std::convert::From<super::CreateOriginationUriRequest>
        for CreateOriginationUriRequest {
            fn from(value: super::CreateOriginationUriRequest) -> Self {
                Self {
                    name: Ok(value.name),
                    priority: Ok(value.priority),
                    sip_uri: Ok(value.sip_uri),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTrunkRequest {
            concurrent_calls_limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cps_limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            credential_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enable_transcription: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            fallback_uri_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inbound_destination: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ipacl_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_concurrent_calls: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::CreateTrunkRequestName,
                ::std::string::String,
            >,
            pii_entity_types: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pii_redaction: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            primary_uri_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recording: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            recording_webhook_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            secure: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            transport: ::std::result::Result<
                ::std::option::Option<super::Transport>,
                ::std::string::String,
            >,
            trunk_direction: ::std::result::Result<
                ::std::option::Option<super::RequestedTrunkDirection>,
                ::std::string::String,
            >,
            trunk_domain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            trunk_status: ::std::result::Result<
                ::std::option::Option<super::RequestedTrunkStatus>,
                ::std::string::String,
            >,
            trunk_type: ::std::result::Result<
                ::std::option::Option<super::TrunkType>,
                ::std::string::String,
            >,
            webhook_method: ::std::result::Result<
                ::std::option::Option<super::WebhookMethod>,
                ::std::string::String,
            >,
            webhook_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateTrunkRequest {
            fn default() -> Self {
                Self {
                    concurrent_calls_limit: Ok(Default::default()),
                    cps_limit: Ok(Default::default()),
                    credential_uuid: Ok(Default::default()),
                    description: Ok(Default::default()),
                    enable_transcription: Ok(Default::default()),
                    fallback_uri_uuid: Ok(Default::default()),
                    inbound_destination: Ok(Default::default()),
                    ipacl_uuid: Ok(Default::default()),
                    max_concurrent_calls: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    pii_entity_types: Ok(Default::default()),
                    pii_redaction: Ok(Default::default()),
                    primary_uri_uuid: Ok(Default::default()),
                    recording: Ok(Default::default()),
                    recording_webhook_enabled: Ok(Default::default()),
                    secure: Ok(Default::default()),
                    transport: Ok(Default::default()),
                    trunk_direction: Ok(Default::default()),
                    trunk_domain: Ok(Default::default()),
                    trunk_status: Ok(Default::default()),
                    trunk_type: Ok(Default::default()),
                    webhook_method: Ok(Default::default()),
                    webhook_url: Ok(Default::default()),
                }
            }
        }
        impl CreateTrunkRequest {
            pub fn concurrent_calls_limit<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.concurrent_calls_limit = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for concurrent_calls_limit: {e}"
                        )
                    });
                self
            }
            pub fn cps_limit<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.cps_limit = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for cps_limit: {e}")
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
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.description = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn enable_transcription<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.enable_transcription = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_transcription: {e}"
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
            pub fn inbound_destination<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.inbound_destination = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for inbound_destination: {e}"
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
            pub fn max_concurrent_calls<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.max_concurrent_calls = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_concurrent_calls: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateTrunkRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn pii_entity_types<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.pii_entity_types = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pii_entity_types: {e}"
                        )
                    });
                self
            }
            pub fn pii_redaction<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.pii_redaction = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for pii_redaction: {e}")
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
            pub fn recording<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.recording = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for recording: {e}")
                    });
                self
            }
            pub fn recording_webhook_enabled<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.recording_webhook_enabled = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recording_webhook_enabled: {e}"
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
            pub fn transport<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<super::Transport>>,
            {
                self.transport = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for transport: {e}")
                    });
                self
            }
            pub fn trunk_direction<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::RequestedTrunkDirection>,
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
            pub fn trunk_status<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::RequestedTrunkStatus>,
                >,
            {
                self.trunk_status = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trunk_status: {e}")
                    });
                self
            }
            pub fn trunk_type<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<super::TrunkType>>,
            {
                self.trunk_type = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trunk_type: {e}")
                    });
                self
            }
            pub fn webhook_method<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::WebhookMethod>,
                >,
            {
                self.webhook_method = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_method: {e}"
                        )
                    });
                self
            }
            pub fn webhook_url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.webhook_url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for webhook_url: {e}")
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
                    concurrent_calls_limit: value.concurrent_calls_limit?,
                    cps_limit: value.cps_limit?,
                    credential_uuid: value.credential_uuid?,
                    description: value.description?,
                    enable_transcription: value.enable_transcription?,
                    fallback_uri_uuid: value.fallback_uri_uuid?,
                    inbound_destination: value.inbound_destination?,
                    ipacl_uuid: value.ipacl_uuid?,
                    max_concurrent_calls: value.max_concurrent_calls?,
                    name: value.name?,
                    pii_entity_types: value.pii_entity_types?,
                    pii_redaction: value.pii_redaction?,
                    primary_uri_uuid: value.primary_uri_uuid?,
                    recording: value.recording?,
                    recording_webhook_enabled: value.recording_webhook_enabled?,
                    secure: value.secure?,
                    transport: value.transport?,
                    trunk_direction: value.trunk_direction?,
                    trunk_domain: value.trunk_domain?,
                    trunk_status: value.trunk_status?,
                    trunk_type: value.trunk_type?,
                    webhook_method: value.webhook_method?,
                    webhook_url: value.webhook_url?,
                })
            }
        }
        impl ::std::convert::From<super::CreateTrunkRequest> for CreateTrunkRequest {
            fn from(value: super::CreateTrunkRequest) -> Self {
                Self {
                    concurrent_calls_limit: Ok(value.concurrent_calls_limit),
                    cps_limit: Ok(value.cps_limit),
                    credential_uuid: Ok(value.credential_uuid),
                    description: Ok(value.description),
                    enable_transcription: Ok(value.enable_transcription),
                    fallback_uri_uuid: Ok(value.fallback_uri_uuid),
                    inbound_destination: Ok(value.inbound_destination),
                    ipacl_uuid: Ok(value.ipacl_uuid),
                    max_concurrent_calls: Ok(value.max_concurrent_calls),
                    name: Ok(value.name),
                    pii_entity_types: Ok(value.pii_entity_types),
                    pii_redaction: Ok(value.pii_redaction),
                    primary_uri_uuid: Ok(value.primary_uri_uuid),
                    recording: Ok(value.recording),
                    recording_webhook_enabled: Ok(value.recording_webhook_enabled),
                    secure: Ok(value.secure),
                    transport: Ok(value.transport),
                    trunk_direction: Ok(value.trunk_direction),
                    trunk_domain: Ok(value.trunk_domain),
                    trunk_status: Ok(value.trunk_status),
                    trunk_type: Ok(value.trunk_type),
                    webhook_method: Ok(value.webhook_method),
                    webhook_url: Ok(value.webhook_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Credential {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            realm: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
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
                    account_id: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    realm: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl Credential {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.account_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.created_at = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.enabled = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn realm<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.realm = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for realm: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.updated_at = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
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
                    account_id: value.account_id?,
                    created_at: value.created_at?,
                    enabled: value.enabled?,
                    id: value.id?,
                    realm: value.realm?,
                    updated_at: value.updated_at?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::Credential> for Credential {
            fn from(value: super::Credential) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    created_at: Ok(value.created_at),
                    enabled: Ok(value.enabled),
                    id: Ok(value.id),
                    realm: Ok(value.realm),
                    updated_at: Ok(value.updated_at),
                    username: Ok(value.username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CredentialList {
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
                    meta: Ok(Default::default()),
                    objects: Ok(Default::default()),
                }
            }
        }
        impl CredentialList {
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
                    meta: value.meta?,
                    objects: value.objects?,
                })
            }
        }
        impl ::std::convert::From<super::CredentialList> for CredentialList {
            fn from(value: super::CredentialList) -> Self {
                Self {
                    meta: Ok(value.meta),
                    objects: Ok(value.objects),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IpAclEntry {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            ip_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IpAclEntry {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    description: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    ip_address: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl IpAclEntry {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.account_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.created_at = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.description = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.enabled = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn ip_address<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.ip_address = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for ip_address: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.updated_at = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IpAclEntry> for super::IpAclEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpAclEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    created_at: value.created_at?,
                    description: value.description?,
                    enabled: value.enabled?,
                    id: value.id?,
                    ip_address: value.ip_address?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::IpAclEntry> for IpAclEntry {
            fn from(value: super::IpAclEntry) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    enabled: Ok(value.enabled),
                    id: Ok(value.id),
                    ip_address: Ok(value.ip_address),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IpAclEntryList {
            meta: ::std::result::Result<
                ::std::option::Option<super::ListMeta>,
                ::std::string::String,
            >,
            objects: ::std::result::Result<
                ::std::vec::Vec<super::IpAclEntry>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IpAclEntryList {
            fn default() -> Self {
                Self {
                    meta: Ok(Default::default()),
                    objects: Ok(Default::default()),
                }
            }
        }
        impl IpAclEntryList {
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::IpAclEntry>>,
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
        impl ::std::convert::TryFrom<IpAclEntryList> for super::IpAclEntryList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpAclEntryList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    meta: value.meta?,
                    objects: value.objects?,
                })
            }
        }
        impl ::std::convert::From<super::IpAclEntryList> for IpAclEntryList {
            fn from(value: super::IpAclEntryList) -> Self {
                Self {
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
            offset: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMeta {
            fn default() -> Self {
                Self {
                    limit: Ok(Default::default()),
                    offset: Ok(Default::default()),
                    total: Ok(Default::default()),
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
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.total = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
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
                    offset: value.offset?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::ListMeta> for ListMeta {
            fn from(value: super::ListMeta) -> Self {
                Self {
                    limit: Ok(value.limit),
                    offset: Ok(value.offset),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OriginationUri {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            priority: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            transport: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<crate::generated::types::Transport>,
                >,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            weight: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OriginationUri {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    description: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    priority: Ok(Default::default()),
                    transport: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    uri: Ok(Default::default()),
                    weight: Ok(Default::default()),
                }
            }
        }
        impl OriginationUri {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.account_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.created_at = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.description = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.enabled = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.priority = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
                    });
                self
            }
            pub fn transport<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<crate::generated::types::Transport>,
                    >,
                >,
            {
                self.transport = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for transport: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.updated_at = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
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
            pub fn weight<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.weight = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for weight: {e}")
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
                    account_id: value.account_id?,
                    created_at: value.created_at?,
                    description: value.description?,
                    enabled: value.enabled?,
                    id: value.id?,
                    priority: value.priority?,
                    transport: value.transport?,
                    updated_at: value.updated_at?,
                    uri: value.uri?,
                    weight: value.weight?,
                })
            }
        }
        impl ::std::convert::From<super::OriginationUri> for OriginationUri {
            fn from(value: super::OriginationUri) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    enabled: Ok(value.enabled),
                    id: Ok(value.id),
                    priority: Ok(value.priority),
                    transport: Ok(value.transport),
                    updated_at: Ok(value.updated_at),
                    uri: Ok(value.uri),
                    weight: Ok(value.weight),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OriginationUriList {
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
                    meta: Ok(Default::default()),
                    objects: Ok(Default::default()),
                }
            }
        }
        impl OriginationUriList {
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
                    meta: value.meta?,
                    objects: value.objects?,
                })
            }
        }
        impl ::std::convert::From<super::OriginationUriList> for OriginationUriList {
            fn from(value: super::OriginationUriList) -> Self {
                Self {
                    meta: Ok(value.meta),
                    objects: Ok(value.objects),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RecentCdrs {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                ::std::vec::Vec<super::Cdr>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RecentCdrs {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    count: Ok(Default::default()),
                    data: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl RecentCdrs {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.account_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.count = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Cdr>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.success = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RecentCdrs> for super::RecentCdrs {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RecentCdrs,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    count: value.count?,
                    data: value.data?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::RecentCdrs> for RecentCdrs {
            fn from(value: super::RecentCdrs) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    count: Ok(value.count),
                    data: Ok(value.data),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Trunk {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            concurrent_calls_limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cps_limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            credential_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enable_transcription: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            fallback_uri_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inbound_destination: ::std::result::Result<
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
            pii_entity_types: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pii_redaction: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            primary_uri_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recording: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            recording_webhook_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            secure: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            transport: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<crate::generated::types::Transport>,
                >,
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
                ::std::string::String,
                ::std::string::String,
            >,
            trunk_status: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<crate::generated::types::TrunkStatus>,
                >,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            webhook_method: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<crate::generated::types::WebhookMethod>,
                >,
                ::std::string::String,
            >,
            webhook_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Trunk {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    concurrent_calls_limit: Ok(Default::default()),
                    cps_limit: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    credential_uuid: Ok(Default::default()),
                    description: Ok(Default::default()),
                    enable_transcription: Ok(Default::default()),
                    fallback_uri_uuid: Ok(Default::default()),
                    inbound_destination: Ok(Default::default()),
                    ipacl_uuid: Ok(Default::default()),
                    name: Ok(Default::default()),
                    pii_entity_types: Ok(Default::default()),
                    pii_redaction: Ok(Default::default()),
                    primary_uri_uuid: Ok(Default::default()),
                    recording: Ok(Default::default()),
                    recording_webhook_enabled: Ok(Default::default()),
                    secure: Ok(Default::default()),
                    transport: Ok(Default::default()),
                    trunk_direction: Ok(Default::default()),
                    trunk_domain: Ok(Default::default()),
                    trunk_id: Err("no value supplied for trunk_id".to_string()),
                    trunk_status: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    webhook_method: Ok(Default::default()),
                    webhook_url: Ok(Default::default()),
                }
            }
        }
        impl Trunk {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.account_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            pub fn concurrent_calls_limit<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.concurrent_calls_limit = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for concurrent_calls_limit: {e}"
                        )
                    });
                self
            }
            pub fn cps_limit<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.cps_limit = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for cps_limit: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.created_at = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
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
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.description = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn enable_transcription<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.enable_transcription = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_transcription: {e}"
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
            pub fn inbound_destination<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.inbound_destination = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for inbound_destination: {e}"
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
            pub fn pii_entity_types<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.pii_entity_types = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pii_entity_types: {e}"
                        )
                    });
                self
            }
            pub fn pii_redaction<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.pii_redaction = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for pii_redaction: {e}")
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
            pub fn recording<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.recording = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for recording: {e}")
                    });
                self
            }
            pub fn recording_webhook_enabled<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.recording_webhook_enabled = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recording_webhook_enabled: {e}"
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
            pub fn transport<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<crate::generated::types::Transport>,
                    >,
                >,
            {
                self.transport = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for transport: {e}")
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.trunk_id = value
                    .try_into()
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
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.updated_at = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn webhook_method<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated::types::WebhookMethod,
                        >,
                    >,
                >,
            {
                self.webhook_method = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_method: {e}"
                        )
                    });
                self
            }
            pub fn webhook_url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.webhook_url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for webhook_url: {e}")
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
                    account_id: value.account_id?,
                    concurrent_calls_limit: value.concurrent_calls_limit?,
                    cps_limit: value.cps_limit?,
                    created_at: value.created_at?,
                    credential_uuid: value.credential_uuid?,
                    description: value.description?,
                    enable_transcription: value.enable_transcription?,
                    fallback_uri_uuid: value.fallback_uri_uuid?,
                    inbound_destination: value.inbound_destination?,
                    ipacl_uuid: value.ipacl_uuid?,
                    name: value.name?,
                    pii_entity_types: value.pii_entity_types?,
                    pii_redaction: value.pii_redaction?,
                    primary_uri_uuid: value.primary_uri_uuid?,
                    recording: value.recording?,
                    recording_webhook_enabled: value.recording_webhook_enabled?,
                    secure: value.secure?,
                    transport: value.transport?,
                    trunk_direction: value.trunk_direction?,
                    trunk_domain: value.trunk_domain?,
                    trunk_id: value.trunk_id?,
                    trunk_status: value.trunk_status?,
                    updated_at: value.updated_at?,
                    webhook_method: value.webhook_method?,
                    webhook_url: value.webhook_url?,
                })
            }
        }
        impl ::std::convert::From<super::Trunk> for Trunk {
            fn from(value: super::Trunk) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    concurrent_calls_limit: Ok(value.concurrent_calls_limit),
                    cps_limit: Ok(value.cps_limit),
                    created_at: Ok(value.created_at),
                    credential_uuid: Ok(value.credential_uuid),
                    description: Ok(value.description),
                    enable_transcription: Ok(value.enable_transcription),
                    fallback_uri_uuid: Ok(value.fallback_uri_uuid),
                    inbound_destination: Ok(value.inbound_destination),
                    ipacl_uuid: Ok(value.ipacl_uuid),
                    name: Ok(value.name),
                    pii_entity_types: Ok(value.pii_entity_types),
                    pii_redaction: Ok(value.pii_redaction),
                    primary_uri_uuid: Ok(value.primary_uri_uuid),
                    recording: Ok(value.recording),
                    recording_webhook_enabled: Ok(value.recording_webhook_enabled),
                    secure: Ok(value.secure),
                    transport: Ok(value.transport),
                    trunk_direction: Ok(value.trunk_direction),
                    trunk_domain: Ok(value.trunk_domain),
                    trunk_id: Ok(value.trunk_id),
                    trunk_status: Ok(value.trunk_status),
                    updated_at: Ok(value.updated_at),
                    webhook_method: Ok(value.webhook_method),
                    webhook_url: Ok(value.webhook_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrunkList {
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
                    meta: Ok(Default::default()),
                    objects: Ok(Default::default()),
                }
            }
        }
        impl TrunkList {
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
                    meta: value.meta?,
                    objects: value.objects?,
                })
            }
        }
        impl ::std::convert::From<super::TrunkList> for TrunkList {
            fn from(value: super::TrunkList) -> Self {
                Self {
                    meta: Ok(value.meta),
                    objects: Ok(value.objects),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateCredentialRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<::trunkline_core::SecretString>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateCredentialRequest {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    password: Ok(Default::default()),
                }
            }
        }
        impl UpdateCredentialRequest {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.description = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.enabled = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
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
        }
        impl ::std::convert::TryFrom<UpdateCredentialRequest>
        for super::UpdateCredentialRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateCredentialRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    enabled: value.enabled?,
                    password: value.password?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateCredentialRequest>
        for UpdateCredentialRequest {
            fn from(value: super::UpdateCredentialRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    enabled: Ok(value.enabled),
                    password: Ok(value.password),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateIpAclEntryRequest {
            ip_address: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for UpdateIpAclEntryRequest {
            fn default() -> Self {
                Self {
                    ip_address: Err("no value supplied for ip_address".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl UpdateIpAclEntryRequest {
            pub fn ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_address: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateIpAclEntryRequest>
        for super::UpdateIpAclEntryRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateIpAclEntryRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_address: value.ip_address?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateIpAclEntryRequest>
        for UpdateIpAclEntryRequest {
            fn from(value: super::UpdateIpAclEntryRequest) -> Self {
                Self {
                    ip_address: Ok(value.ip_address),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateOriginationUriRequest {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            priority: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for UpdateOriginationUriRequest {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    priority: Err("no value supplied for priority".to_string()),
                }
            }
        }
        impl UpdateOriginationUriRequest {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.priority = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
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
                    name: value.name?,
                    priority: value.priority?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateOriginationUriRequest>
        for UpdateOriginationUriRequest {
            fn from(value: super::UpdateOriginationUriRequest) -> Self {
                Self {
                    name: Ok(value.name),
                    priority: Ok(value.priority),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateTrunkRequest {
            credential_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<bool, ::std::string::String>,
            fallback_uri_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ipacl_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_concurrent_calls: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            primary_uri_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateTrunkRequest {
            fn default() -> Self {
                Self {
                    credential_uuid: Ok(Default::default()),
                    enabled: Err("no value supplied for enabled".to_string()),
                    fallback_uri_uuid: Ok(Default::default()),
                    ipacl_uuid: Ok(Default::default()),
                    max_concurrent_calls: Err(
                        "no value supplied for max_concurrent_calls".to_string(),
                    ),
                    name: Err("no value supplied for name".to_string()),
                    primary_uri_uuid: Ok(Default::default()),
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
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
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
            pub fn max_concurrent_calls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.max_concurrent_calls = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_concurrent_calls: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
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
        }
        impl ::std::convert::TryFrom<UpdateTrunkRequest> for super::UpdateTrunkRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateTrunkRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credential_uuid: value.credential_uuid?,
                    enabled: value.enabled?,
                    fallback_uri_uuid: value.fallback_uri_uuid?,
                    ipacl_uuid: value.ipacl_uuid?,
                    max_concurrent_calls: value.max_concurrent_calls?,
                    name: value.name?,
                    primary_uri_uuid: value.primary_uri_uuid?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateTrunkRequest> for UpdateTrunkRequest {
            fn from(value: super::UpdateTrunkRequest) -> Self {
                Self {
                    credential_uuid: Ok(value.credential_uuid),
                    enabled: Ok(value.enabled),
                    fallback_uri_uuid: Ok(value.fallback_uri_uuid),
                    ipacl_uuid: Ok(value.ipacl_uuid),
                    max_concurrent_calls: Ok(value.max_concurrent_calls),
                    name: Ok(value.name),
                    primary_uri_uuid: Ok(value.primary_uri_uuid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VobizError {
            code: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VobizError {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    error: Ok(Default::default()),
                }
            }
        }
        impl VobizError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.code = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.error = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VobizError> for super::VobizError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VobizError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    error: value.error?,
                })
            }
        }
        impl ::std::convert::From<super::VobizError> for VobizError {
            fn from(value: super::VobizError) -> Self {
                Self {
                    code: Ok(value.code),
                    error: Ok(value.error),
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
/**Client for Vobiz SIP Trunking API

Vobiz's SIP-trunking REST API: trunks, SIP digest credentials, IP ACL entries, origination URIs, call detail records (CDRs) and the assignment of phone numbers to trunks.

Every path is relative to the account's base URL `https://api.vobiz.ai/api/v1/Account/{auth_id}` (capital `A` in `Account`, no trailing slash). Requests and responses are JSON with snake_case keys. Authentication is two headers on every request, `X-Auth-ID: <auth_id>` and `X-Auth-Token: <auth_token>` (declared by `x-trunkline-client`; progenitor ignores `securitySchemes`).

Credentials, IP ACL entries and origination URIs are account-level objects: they are created at `/credentials`, `/ip-acl` and `/origination-uris` but listed at `/trunks/credentials`, `/trunks/ip-acl` and `/trunks/origination-uris`, and a trunk refers to them through its `credential_uuid`, `ipacl_uuid`, `primary_uri_uuid` and `fallback_uri_uuid` fields.

Vobiz's published docs contradict themselves in many places (field names, 200 vs 201, request vs response enums, create vs list paths). This document follows the create-trunk page where it speaks and the doc examples elsewhere, and decodes responses tolerantly: every response field except the object's id is optional, and every response enum is open. Every decision is logged in the Vobiz section of specs/README.md.

Version: 1.0*/
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
        "1.0"
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
    /**List call detail records

Returns one page of the account's call detail records with a summary of all matching calls. Account-wide: filter by trunk client-side with each record's `trunk_id`. Pages are 1-based (`page`, `per_page`); `pagination.has_next` says whether another page follows.

Sends a `GET` request to `/cdr`

Arguments:
- `bridge_uuid`: Only calls with this `bridge_uuid`.
- `call_direction`: Only calls in this direction.
- `campaign_id`: Only calls of this campaign.
- `context`: Only calls of this context (e.g. `sip-trunking`, `voice-api`).
- `end_date`: Only calls on or before this date, `YYYY-MM-DD`. Must be given together with `start_date`.
- `from_number`: Only calls from this number (e.g. `9876543210`).
- `hangup_cause`: Only calls that ended with this hangup cause (e.g. `NORMAL_CLEARING`).
- `hangup_disposition`: Only calls with this hangup disposition (e.g. `send_bye`).
- `min_duration`: Only calls that lasted at least this many seconds.
- `page`: The page to return, 1-based. Default 1.
- `per_page`: Records per page. Default 20, maximum 100.
- `search`: A search term. Vobiz does not document which fields it matches.
- `sip_call_id`: Only the call with this SIP `Call-ID`.
- `start_date`: Only calls on or after this date, `YYYY-MM-DD`. Must be given together with `end_date`.
- `to_number`: Only calls to this number (e.g. `1234567890`).
```text
let response = client.list_cdrs()
    .bridge_uuid(bridge_uuid)
    .call_direction(call_direction)
    .campaign_id(campaign_id)
    .context(context)
    .end_date(end_date)
    .from_number(from_number)
    .hangup_cause(hangup_cause)
    .hangup_disposition(hangup_disposition)
    .min_duration(min_duration)
    .page(page)
    .per_page(per_page)
    .search(search)
    .sip_call_id(sip_call_id)
    .start_date(start_date)
    .to_number(to_number)
    .send()
    .await;
```*/
    pub fn list_cdrs(&self) -> builder::ListCdrs<'_> {
        builder::ListCdrs::new(self)
    }
    /**Export call detail records as CSV

Exports the call detail records matching the filters (the `list_cdrs` filters, without paging) as a CSV document. The client does not send `Accept: application/json` and returns the raw response body as a byte stream; Vobiz does not document the CSV's columns.

Sends a `GET` request to `/cdr/export`

Arguments:
- `bridge_uuid`: Only calls with this `bridge_uuid`.
- `call_direction`: Only calls in this direction.
- `campaign_id`: Only calls of this campaign.
- `context`: Only calls of this context (e.g. `sip-trunking`, `voice-api`).
- `end_date`: Only calls on or before this date, `YYYY-MM-DD`. Must be given together with `start_date`.
- `from_number`: Only calls from this number (e.g. `9876543210`).
- `hangup_cause`: Only calls that ended with this hangup cause (e.g. `NORMAL_CLEARING`).
- `hangup_disposition`: Only calls with this hangup disposition (e.g. `send_bye`).
- `min_duration`: Only calls that lasted at least this many seconds.
- `search`: A search term. Vobiz does not document which fields it matches.
- `sip_call_id`: Only the call with this SIP `Call-ID`.
- `start_date`: Only calls on or after this date, `YYYY-MM-DD`. Must be given together with `end_date`.
- `to_number`: Only calls to this number (e.g. `1234567890`).
```text
let response = client.export_cdrs()
    .bridge_uuid(bridge_uuid)
    .call_direction(call_direction)
    .campaign_id(campaign_id)
    .context(context)
    .end_date(end_date)
    .from_number(from_number)
    .hangup_cause(hangup_cause)
    .hangup_disposition(hangup_disposition)
    .min_duration(min_duration)
    .search(search)
    .sip_call_id(sip_call_id)
    .start_date(start_date)
    .to_number(to_number)
    .send()
    .await;
```*/
    pub fn export_cdrs(&self) -> builder::ExportCdrs<'_> {
        builder::ExportCdrs::new(self)
    }
    /**List recent call detail records

Returns the account's latest call detail records, without paging or summary.

Sends a `GET` request to `/cdr/recent`

Arguments:
- `limit`: How many of the latest records to return. Vobiz documents neither a default nor a maximum.
```text
let response = client.list_recent_cdrs()
    .limit(limit)
    .send()
    .await;
```*/
    pub fn list_recent_cdrs(&self) -> builder::ListRecentCdrs<'_> {
        builder::ListRecentCdrs::new(self)
    }
    /**Search call detail records

Like `list_cdrs`, with the same filters and paging; the response also echoes the applied filters in `filters`.

Sends a `GET` request to `/cdr/search`

Arguments:
- `bridge_uuid`: Only calls with this `bridge_uuid`.
- `call_direction`: Only calls in this direction.
- `campaign_id`: Only calls of this campaign.
- `context`: Only calls of this context (e.g. `sip-trunking`, `voice-api`).
- `end_date`: Only calls on or before this date, `YYYY-MM-DD`. Must be given together with `start_date`.
- `from_number`: Only calls from this number (e.g. `9876543210`).
- `hangup_cause`: Only calls that ended with this hangup cause (e.g. `NORMAL_CLEARING`).
- `hangup_disposition`: Only calls with this hangup disposition (e.g. `send_bye`).
- `min_duration`: Only calls that lasted at least this many seconds.
- `page`: The page to return, 1-based. Default 1.
- `per_page`: Records per page. Default 20, maximum 100.
- `search`: A search term. Vobiz does not document which fields it matches.
- `sip_call_id`: Only the call with this SIP `Call-ID`.
- `start_date`: Only calls on or after this date, `YYYY-MM-DD`. Must be given together with `end_date`.
- `to_number`: Only calls to this number (e.g. `1234567890`).
```text
let response = client.search_cdrs()
    .bridge_uuid(bridge_uuid)
    .call_direction(call_direction)
    .campaign_id(campaign_id)
    .context(context)
    .end_date(end_date)
    .from_number(from_number)
    .hangup_cause(hangup_cause)
    .hangup_disposition(hangup_disposition)
    .min_duration(min_duration)
    .page(page)
    .per_page(per_page)
    .search(search)
    .sip_call_id(sip_call_id)
    .start_date(start_date)
    .to_number(to_number)
    .send()
    .await;
```*/
    pub fn search_cdrs(&self) -> builder::SearchCdrs<'_> {
        builder::SearchCdrs::new(self)
    }
    /**Retrieve a call detail record

Returns one call detail record, wrapped as `{data, success}`.

Sends a `GET` request to `/cdr/{call_id}`

Arguments:
- `call_id`: The call's identifier. Vobiz does not say which of the record's ids this is; the record's `uuid` is the likely one.
```text
let response = client.get_cdr()
    .call_id(call_id)
    .send()
    .await;
```*/
    pub fn get_cdr(&self) -> builder::GetCdr<'_> {
        builder::GetCdr::new(self)
    }
    /**Create a credential

Creates a SIP digest-authentication credential (a username and a password) on the account. Attach it to a trunk through the trunk's `credential_uuid` (see `update_trunk`). Answers 409 when the username already exists, 400 when the username or password is rejected. Not idempotent.

Sends a `POST` request to `/credentials`

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
    /**Update a credential

Changes a credential's password, enabled state or description. Every field is optional; send only what changes. The username cannot be changed.

Sends a `PUT` request to `/credentials/{credential_id}`

Arguments:
- `credential_id`: The credential's `id`.
- `body`: The fields to change.
```text
let response = client.update_credential()
    .credential_id(credential_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_credential(&self) -> builder::UpdateCredential<'_> {
        builder::UpdateCredential::new(self)
    }
    /**Delete a credential

Deletes a credential. Any 2xx is success; a body, if any, is ignored.

Sends a `DELETE` request to `/credentials/{credential_id}`

Arguments:
- `credential_id`: The credential's `id`.
```text
let response = client.delete_credential()
    .credential_id(credential_id)
    .send()
    .await;
```*/
    pub fn delete_credential(&self) -> builder::DeleteCredential<'_> {
        builder::DeleteCredential::new(self)
    }
    /**Create an IP ACL entry

Allows one IPv4 address or IPv4 CIDR block to send traffic. Attach the entry to a trunk through the trunk's `ipacl_uuid` (see `update_trunk`). IPv6 addresses and the RFC 5737 documentation ranges are rejected with 400. Not idempotent.

Sends a `POST` request to `/ip-acl`

Arguments:
- `body`: The new entry.
```text
let response = client.create_ip_acl_entry()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_ip_acl_entry(&self) -> builder::CreateIpAclEntry<'_> {
        builder::CreateIpAclEntry::new(self)
    }
    /**Update an IP ACL entry

Replaces an entry's label and address; send both. The entry's `enabled` state can be changed only in the Vobiz Console.

Sends a `PUT` request to `/ip-acl/{ip_acl_id}`

Arguments:
- `ip_acl_id`: The IP ACL entry's `id`.
- `body`: The entry's new label and address.
```text
let response = client.update_ip_acl_entry()
    .ip_acl_id(ip_acl_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_ip_acl_entry(&self) -> builder::UpdateIpAclEntry<'_> {
        builder::UpdateIpAclEntry::new(self)
    }
    /**Delete an IP ACL entry

Deletes an IP ACL entry. Any 2xx is success; a body, if any, is ignored.

Sends a `DELETE` request to `/ip-acl/{ip_acl_id}`

Arguments:
- `ip_acl_id`: The IP ACL entry's `id`.
```text
let response = client.delete_ip_acl_entry()
    .ip_acl_id(ip_acl_id)
    .send()
    .await;
```*/
    pub fn delete_ip_acl_entry(&self) -> builder::DeleteIpAclEntry<'_> {
        builder::DeleteIpAclEntry::new(self)
    }
    /**Assign a number to a trunk

Routes inbound calls to a phone number the account owns through a trunk. The response body is undocumented, so any 2xx is success and a body, if any, is ignored. Assigning the same number to the same trunk again leaves the same state, so the call may be resent. Errors are 400 and 404.

Sends a `POST` request to `/numbers/{phone_number}/assign`

Arguments:
- `phone_number`: The phone number in E.164 form, percent-encoded in the path as Vobiz documents (`%2B912271264217` for `+912271264217`). The generated client percent-encodes `%` but not `+`; pass the number with its `+`, and the client sends every `+` of a path as `%2B` (`x-trunkline-client.encode_plus_in_paths`).
- `body`: The trunk to route the number through.
```text
let response = client.assign_number_to_trunk()
    .phone_number(phone_number)
    .body(body)
    .send()
    .await;
```*/
    pub fn assign_number_to_trunk(&self) -> builder::AssignNumberToTrunk<'_> {
        builder::AssignNumberToTrunk::new(self)
    }
    /**Unassign a number from its trunk

Removes the number's trunk assignment; the number stays on the account. Any 2xx is success; a body, if any, is ignored.

Sends a `DELETE` request to `/numbers/{phone_number}/assign`

Arguments:
- `phone_number`: The phone number in E.164 form, percent-encoded in the path as Vobiz documents (`%2B912271264217` for `+912271264217`). The generated client percent-encodes `%` but not `+`; pass the number with its `+`, and the client sends every `+` of a path as `%2B` (`x-trunkline-client.encode_plus_in_paths`).
```text
let response = client.unassign_number_from_trunk()
    .phone_number(phone_number)
    .send()
    .await;
```*/
    pub fn unassign_number_from_trunk(&self) -> builder::UnassignNumberFromTrunk<'_> {
        builder::UnassignNumberFromTrunk::new(self)
    }
    /**Create an origination URI

Creates a SIP destination with a priority (lower is preferred). Attach it to a trunk through the trunk's `primary_uri_uuid` or `fallback_uri_uuid` (see `update_trunk`). The `sip_uri` must start with `sip:` and cannot be changed afterwards; `weight` (default 10), `transport` and `enabled` cannot be set through the API. Not idempotent.

Sends a `POST` request to `/origination-uris`

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
    /**Update an origination URI

Replaces an origination URI's label and priority; send both. The URI itself, its weight, transport and enabled state cannot be changed through the API.

Sends a `PUT` request to `/origination-uris/{uri_id}`

Arguments:
- `uri_id`: The origination URI's `id`.
- `body`: The new label and priority.
```text
let response = client.update_origination_uri()
    .uri_id(uri_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_origination_uri(&self) -> builder::UpdateOriginationUri<'_> {
        builder::UpdateOriginationUri::new(self)
    }
    /**Delete an origination URI

Deletes an origination URI. Any 2xx is success; a body, if any, is ignored.

Sends a `DELETE` request to `/origination-uris/{uri_id}`

Arguments:
- `uri_id`: The origination URI's `id`.
```text
let response = client.delete_origination_uri()
    .uri_id(uri_id)
    .send()
    .await;
```*/
    pub fn delete_origination_uri(&self) -> builder::DeleteOriginationUri<'_> {
        builder::DeleteOriginationUri::new(self)
    }
    /**List trunks

Returns one page of the account's SIP trunks in the `{meta, objects}` envelope. Page with `limit` and `offset`; `meta.total` is the number of trunks.

Sends a `GET` request to `/trunks`

Arguments:
- `limit`: Maximum number of objects per page. Default 20, maximum 100.
- `offset`: Number of objects to skip before the page starts. Default 0.
```text
let response = client.list_trunks()
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn list_trunks(&self) -> builder::ListTrunks<'_> {
        builder::ListTrunks::new(self)
    }
    /**Create a trunk

Provisions a new SIP trunk. The create-trunk page (Vobiz's reference for this call) requires exactly three fields, `name`, `trunk_type` and `max_concurrent_calls`; everything else (transport, TLS/SRTP, recording, attached credentials, IP ACLs and origination URIs) is applied afterwards with `update_trunk` and the credential / IP ACL / origination URI endpoints. New trunks come back with `cps_limit: 2`, `secure: false`, `transport: udp` and `trunk_status: active`, and an auto-generated `trunk_domain` `{trunk_id}.sip.vobiz.ai`.

The request type also carries, as optional fields, the create body of a newer Vobiz OpenAPI revision (`trunk_direction`, `concurrent_calls_limit`, `cps_limit`, `transport`, attachment UUIDs, webhook settings, …). Whether the server honours them on create is unverified; send the create-trunk page's three fields.

The response does not necessarily echo the request (the page's own example answers a request named `My SIP Trunk` of type `OUTBOUND` with `My Outbound Trunk` and `trunk_direction: both`). Not idempotent: a resent request creates a second trunk.

Sends a `POST` request to `/trunks`

Arguments:
- `body`: The new trunk. Send `name`, `trunk_type` and `max_concurrent_calls`.
```text
let response = client.create_trunk()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_trunk(&self) -> builder::CreateTrunk<'_> {
        builder::CreateTrunk::new(self)
    }
    /**List credentials

Returns one page of the account's SIP credentials in the `{meta, objects}` envelope. Note the path, `/trunks/credentials`, differs from the create path `/credentials`. Passwords are never returned (`password` is always `<redacted>`).

Sends a `GET` request to `/trunks/credentials`

Arguments:
- `limit`: Maximum number of objects per page. Default 20, maximum 100.
- `offset`: Number of objects to skip before the page starts. Default 0.
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
    /**List IP ACL entries

Returns one page of the account's IP ACL entries in the `{meta, objects}` envelope. Note the path, `/trunks/ip-acl`, differs from the create path `/ip-acl`.

Sends a `GET` request to `/trunks/ip-acl`

Arguments:
- `limit`: Maximum number of objects per page. Default 20, maximum 100.
- `offset`: Number of objects to skip before the page starts. Default 0.
```text
let response = client.list_ip_acl_entries()
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn list_ip_acl_entries(&self) -> builder::ListIpAclEntries<'_> {
        builder::ListIpAclEntries::new(self)
    }
    /**List origination URIs

Returns one page of the account's origination URIs in the `{meta, objects}` envelope. Note the path, `/trunks/origination-uris`, differs from the create path `/origination-uris`.

Sends a `GET` request to `/trunks/origination-uris`

Arguments:
- `limit`: Maximum number of objects per page. Default 20, maximum 100.
- `offset`: Number of objects to skip before the page starts. Default 0.
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
    /**Retrieve a trunk

Returns one trunk. Answers 404 when the trunk does not exist or belongs to another account.

Sends a `GET` request to `/trunks/{trunk_id}`

Arguments:
- `trunk_id`: The trunk's `trunk_id` (a UUID).
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

Updates a trunk. The update page says to send `name`, `max_concurrent_calls` and `enabled` every time: the update replaces them. Send `enabled: false` to disable a trunk (Vobiz recommends disabling over deleting); read the state back from `trunk_status`.

The optional `credential_uuid`, `ipacl_uuid`, `primary_uri_uuid` and `fallback_uri_uuid` attach a credential, an IP ACL entry and origination URIs to the trunk. They are not on the update page; they come from a newer Vobiz OpenAPI revision and Vobiz's own tooling and are unverified.

Sends a `PUT` request to `/trunks/{trunk_id}`

Arguments:
- `trunk_id`: The trunk's `trunk_id` (a UUID).
- `body`: The trunk's new settings.
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

Deletes a trunk. Per the delete page this also removes the trunk's credentials, IP ACL and origination URIs; consider disabling the trunk with `update_trunk` (`enabled: false`) instead. Answers 409 while the trunk has active calls.

The docs disagree on the success response (204 No Content in the prose; 200 with a JSON string body or 204 in the OpenAPI block), so any 2xx is success and its body, if any, is ignored.

Sends a `DELETE` request to `/trunks/{trunk_id}`

Arguments:
- `trunk_id`: The trunk's `trunk_id` (a UUID).
```text
let response = client.delete_trunk()
    .trunk_id(trunk_id)
    .send()
    .await;
```*/
    pub fn delete_trunk(&self) -> builder::DeleteTrunk<'_> {
        builder::DeleteTrunk::new(self)
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
    /**Builder for [`Client::list_cdrs`]

[`Client::list_cdrs`]: super::Client::list_cdrs*/
    #[derive(Debug, Clone)]
    pub struct ListCdrs<'a> {
        client: &'a super::Client,
        bridge_uuid: Result<Option<::std::string::String>, String>,
        call_direction: Result<Option<types::CallDirection>, String>,
        campaign_id: Result<Option<::std::string::String>, String>,
        context: Result<Option<::std::string::String>, String>,
        end_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        from_number: Result<Option<::std::string::String>, String>,
        hangup_cause: Result<Option<::std::string::String>, String>,
        hangup_disposition: Result<Option<::std::string::String>, String>,
        min_duration: Result<Option<i64>, String>,
        page: Result<Option<i64>, String>,
        per_page: Result<Option<i64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sip_call_id: Result<Option<::std::string::String>, String>,
        start_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        to_number: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListCdrs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bridge_uuid: Ok(None),
                call_direction: Ok(None),
                campaign_id: Ok(None),
                context: Ok(None),
                end_date: Ok(None),
                from_number: Ok(None),
                hangup_cause: Ok(None),
                hangup_disposition: Ok(None),
                min_duration: Ok(None),
                page: Ok(None),
                per_page: Ok(None),
                search: Ok(None),
                sip_call_id: Ok(None),
                start_date: Ok(None),
                to_number: Ok(None),
            }
        }
        pub fn bridge_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bridge_uuid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bridge_uuid failed"
                        .to_string()
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
        pub fn campaign_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.campaign_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for campaign_id failed"
                        .to_string()
                });
            self
        }
        pub fn context<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.context = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for context failed"
                        .to_string()
                });
            self
        }
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.end_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for end_date failed"
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
        pub fn hangup_cause<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.hangup_cause = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for hangup_cause failed"
                        .to_string()
                });
            self
        }
        pub fn hangup_disposition<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.hangup_disposition = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for hangup_disposition failed"
                        .to_string()
                });
            self
        }
        pub fn min_duration<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.min_duration = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for min_duration failed".to_string());
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page failed".to_string());
            self
        }
        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for per_page failed".to_string());
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sip_call_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sip_call_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sip_call_id failed"
                        .to_string()
                });
            self
        }
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.start_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for start_date failed"
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
        ///Sends a `GET` request to `/cdr`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CdrPage>, Error<types::VobizError>> {
            let Self {
                client,
                bridge_uuid,
                call_direction,
                campaign_id,
                context,
                end_date,
                from_number,
                hangup_cause,
                hangup_disposition,
                min_duration,
                page,
                per_page,
                search,
                sip_call_id,
                start_date,
                to_number,
            } = self;
            let bridge_uuid = bridge_uuid.map_err(Error::InvalidRequest)?;
            let call_direction = call_direction.map_err(Error::InvalidRequest)?;
            let campaign_id = campaign_id.map_err(Error::InvalidRequest)?;
            let context = context.map_err(Error::InvalidRequest)?;
            let end_date = end_date.map_err(Error::InvalidRequest)?;
            let from_number = from_number.map_err(Error::InvalidRequest)?;
            let hangup_cause = hangup_cause.map_err(Error::InvalidRequest)?;
            let hangup_disposition = hangup_disposition.map_err(Error::InvalidRequest)?;
            let min_duration = min_duration.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sip_call_id = sip_call_id.map_err(Error::InvalidRequest)?;
            let start_date = start_date.map_err(Error::InvalidRequest)?;
            let to_number = to_number.map_err(Error::InvalidRequest)?;
            let url = format!("{}/cdr", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("bridge_uuid", &bridge_uuid))
                .query(
                    &progenitor_client::QueryParam::new(
                        "call_direction",
                        &call_direction,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("campaign_id", &campaign_id))
                .query(&progenitor_client::QueryParam::new("context", &context))
                .query(&progenitor_client::QueryParam::new("end_date", &end_date))
                .query(&progenitor_client::QueryParam::new("from_number", &from_number))
                .query(
                    &progenitor_client::QueryParam::new("hangup_cause", &hangup_cause),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "hangup_disposition",
                        &hangup_disposition,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("min_duration", &min_duration),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("per_page", &per_page))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sip_call_id", &sip_call_id))
                .query(&progenitor_client::QueryParam::new("start_date", &start_date))
                .query(&progenitor_client::QueryParam::new("to_number", &to_number))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_cdrs",
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
    /**Builder for [`Client::export_cdrs`]

[`Client::export_cdrs`]: super::Client::export_cdrs*/
    #[derive(Debug, Clone)]
    pub struct ExportCdrs<'a> {
        client: &'a super::Client,
        bridge_uuid: Result<Option<::std::string::String>, String>,
        call_direction: Result<Option<types::CallDirection>, String>,
        campaign_id: Result<Option<::std::string::String>, String>,
        context: Result<Option<::std::string::String>, String>,
        end_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        from_number: Result<Option<::std::string::String>, String>,
        hangup_cause: Result<Option<::std::string::String>, String>,
        hangup_disposition: Result<Option<::std::string::String>, String>,
        min_duration: Result<Option<i64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sip_call_id: Result<Option<::std::string::String>, String>,
        start_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        to_number: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ExportCdrs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bridge_uuid: Ok(None),
                call_direction: Ok(None),
                campaign_id: Ok(None),
                context: Ok(None),
                end_date: Ok(None),
                from_number: Ok(None),
                hangup_cause: Ok(None),
                hangup_disposition: Ok(None),
                min_duration: Ok(None),
                search: Ok(None),
                sip_call_id: Ok(None),
                start_date: Ok(None),
                to_number: Ok(None),
            }
        }
        pub fn bridge_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bridge_uuid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bridge_uuid failed"
                        .to_string()
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
        pub fn campaign_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.campaign_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for campaign_id failed"
                        .to_string()
                });
            self
        }
        pub fn context<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.context = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for context failed"
                        .to_string()
                });
            self
        }
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.end_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for end_date failed"
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
        pub fn hangup_cause<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.hangup_cause = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for hangup_cause failed"
                        .to_string()
                });
            self
        }
        pub fn hangup_disposition<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.hangup_disposition = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for hangup_disposition failed"
                        .to_string()
                });
            self
        }
        pub fn min_duration<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.min_duration = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for min_duration failed".to_string());
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sip_call_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sip_call_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sip_call_id failed"
                        .to_string()
                });
            self
        }
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.start_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for start_date failed"
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
        ///Sends a `GET` request to `/cdr/export`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::VobizError>> {
            let Self {
                client,
                bridge_uuid,
                call_direction,
                campaign_id,
                context,
                end_date,
                from_number,
                hangup_cause,
                hangup_disposition,
                min_duration,
                search,
                sip_call_id,
                start_date,
                to_number,
            } = self;
            let bridge_uuid = bridge_uuid.map_err(Error::InvalidRequest)?;
            let call_direction = call_direction.map_err(Error::InvalidRequest)?;
            let campaign_id = campaign_id.map_err(Error::InvalidRequest)?;
            let context = context.map_err(Error::InvalidRequest)?;
            let end_date = end_date.map_err(Error::InvalidRequest)?;
            let from_number = from_number.map_err(Error::InvalidRequest)?;
            let hangup_cause = hangup_cause.map_err(Error::InvalidRequest)?;
            let hangup_disposition = hangup_disposition.map_err(Error::InvalidRequest)?;
            let min_duration = min_duration.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sip_call_id = sip_call_id.map_err(Error::InvalidRequest)?;
            let start_date = start_date.map_err(Error::InvalidRequest)?;
            let to_number = to_number.map_err(Error::InvalidRequest)?;
            let url = format!("{}/cdr/export", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("bridge_uuid", &bridge_uuid))
                .query(
                    &progenitor_client::QueryParam::new(
                        "call_direction",
                        &call_direction,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("campaign_id", &campaign_id))
                .query(&progenitor_client::QueryParam::new("context", &context))
                .query(&progenitor_client::QueryParam::new("end_date", &end_date))
                .query(&progenitor_client::QueryParam::new("from_number", &from_number))
                .query(
                    &progenitor_client::QueryParam::new("hangup_cause", &hangup_cause),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "hangup_disposition",
                        &hangup_disposition,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("min_duration", &min_duration),
                )
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sip_call_id", &sip_call_id))
                .query(&progenitor_client::QueryParam::new("start_date", &start_date))
                .query(&progenitor_client::QueryParam::new("to_number", &to_number))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "export_cdrs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
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
    /**Builder for [`Client::list_recent_cdrs`]

[`Client::list_recent_cdrs`]: super::Client::list_recent_cdrs*/
    #[derive(Debug, Clone)]
    pub struct ListRecentCdrs<'a> {
        client: &'a super::Client,
        limit: Result<Option<i64>, String>,
    }
    impl<'a> ListRecentCdrs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        ///Sends a `GET` request to `/cdr/recent`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RecentCdrs>, Error<types::VobizError>> {
            let Self { client, limit } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/cdr/recent", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_recent_cdrs",
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
    /**Builder for [`Client::search_cdrs`]

[`Client::search_cdrs`]: super::Client::search_cdrs*/
    #[derive(Debug, Clone)]
    pub struct SearchCdrs<'a> {
        client: &'a super::Client,
        bridge_uuid: Result<Option<::std::string::String>, String>,
        call_direction: Result<Option<types::CallDirection>, String>,
        campaign_id: Result<Option<::std::string::String>, String>,
        context: Result<Option<::std::string::String>, String>,
        end_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        from_number: Result<Option<::std::string::String>, String>,
        hangup_cause: Result<Option<::std::string::String>, String>,
        hangup_disposition: Result<Option<::std::string::String>, String>,
        min_duration: Result<Option<i64>, String>,
        page: Result<Option<i64>, String>,
        per_page: Result<Option<i64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sip_call_id: Result<Option<::std::string::String>, String>,
        start_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        to_number: Result<Option<::std::string::String>, String>,
    }
    impl<'a> SearchCdrs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bridge_uuid: Ok(None),
                call_direction: Ok(None),
                campaign_id: Ok(None),
                context: Ok(None),
                end_date: Ok(None),
                from_number: Ok(None),
                hangup_cause: Ok(None),
                hangup_disposition: Ok(None),
                min_duration: Ok(None),
                page: Ok(None),
                per_page: Ok(None),
                search: Ok(None),
                sip_call_id: Ok(None),
                start_date: Ok(None),
                to_number: Ok(None),
            }
        }
        pub fn bridge_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bridge_uuid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bridge_uuid failed"
                        .to_string()
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
        pub fn campaign_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.campaign_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for campaign_id failed"
                        .to_string()
                });
            self
        }
        pub fn context<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.context = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for context failed"
                        .to_string()
                });
            self
        }
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.end_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for end_date failed"
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
        pub fn hangup_cause<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.hangup_cause = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for hangup_cause failed"
                        .to_string()
                });
            self
        }
        pub fn hangup_disposition<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.hangup_disposition = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for hangup_disposition failed"
                        .to_string()
                });
            self
        }
        pub fn min_duration<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.min_duration = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for min_duration failed".to_string());
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page failed".to_string());
            self
        }
        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for per_page failed".to_string());
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sip_call_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sip_call_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sip_call_id failed"
                        .to_string()
                });
            self
        }
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.start_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for start_date failed"
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
        ///Sends a `GET` request to `/cdr/search`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CdrPage>, Error<types::VobizError>> {
            let Self {
                client,
                bridge_uuid,
                call_direction,
                campaign_id,
                context,
                end_date,
                from_number,
                hangup_cause,
                hangup_disposition,
                min_duration,
                page,
                per_page,
                search,
                sip_call_id,
                start_date,
                to_number,
            } = self;
            let bridge_uuid = bridge_uuid.map_err(Error::InvalidRequest)?;
            let call_direction = call_direction.map_err(Error::InvalidRequest)?;
            let campaign_id = campaign_id.map_err(Error::InvalidRequest)?;
            let context = context.map_err(Error::InvalidRequest)?;
            let end_date = end_date.map_err(Error::InvalidRequest)?;
            let from_number = from_number.map_err(Error::InvalidRequest)?;
            let hangup_cause = hangup_cause.map_err(Error::InvalidRequest)?;
            let hangup_disposition = hangup_disposition.map_err(Error::InvalidRequest)?;
            let min_duration = min_duration.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sip_call_id = sip_call_id.map_err(Error::InvalidRequest)?;
            let start_date = start_date.map_err(Error::InvalidRequest)?;
            let to_number = to_number.map_err(Error::InvalidRequest)?;
            let url = format!("{}/cdr/search", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("bridge_uuid", &bridge_uuid))
                .query(
                    &progenitor_client::QueryParam::new(
                        "call_direction",
                        &call_direction,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("campaign_id", &campaign_id))
                .query(&progenitor_client::QueryParam::new("context", &context))
                .query(&progenitor_client::QueryParam::new("end_date", &end_date))
                .query(&progenitor_client::QueryParam::new("from_number", &from_number))
                .query(
                    &progenitor_client::QueryParam::new("hangup_cause", &hangup_cause),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "hangup_disposition",
                        &hangup_disposition,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("min_duration", &min_duration),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("per_page", &per_page))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sip_call_id", &sip_call_id))
                .query(&progenitor_client::QueryParam::new("start_date", &start_date))
                .query(&progenitor_client::QueryParam::new("to_number", &to_number))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_cdrs",
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
    /**Builder for [`Client::get_cdr`]

[`Client::get_cdr`]: super::Client::get_cdr*/
    #[derive(Debug, Clone)]
    pub struct GetCdr<'a> {
        client: &'a super::Client,
        call_id: Result<::std::string::String, String>,
    }
    impl<'a> GetCdr<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                call_id: Err("call_id was not initialized".to_string()),
            }
        }
        pub fn call_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.call_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for call_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/cdr/{call_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CdrResponse>, Error<types::VobizError>> {
            let Self { client, call_id } = self;
            let call_id = call_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/cdr/{}", client.baseurl, encode_path(& call_id.to_string()),
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
                operation_id: "get_cdr",
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
        ///Sends a `POST` request to `/credentials`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Credential>, Error<types::VobizError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateCredentialRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/credentials", client.baseurl,);
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
    /**Builder for [`Client::update_credential`]

[`Client::update_credential`]: super::Client::update_credential*/
    #[derive(Debug, Clone)]
    pub struct UpdateCredential<'a> {
        client: &'a super::Client,
        credential_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateCredentialRequest, String>,
    }
    impl<'a> UpdateCredential<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                credential_id: Err("credential_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn credential_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.credential_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for credential_id failed"
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
        ///Sends a `PUT` request to `/credentials/{credential_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Credential>, Error<types::VobizError>> {
            let Self { client, credential_id, body } = self;
            let credential_id = credential_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateCredentialRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/credentials/{}", client.baseurl, encode_path(& credential_id
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
                .put(url)
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
        credential_id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteCredential<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                credential_id: Err("credential_id was not initialized".to_string()),
            }
        }
        pub fn credential_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.credential_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for credential_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/credentials/{credential_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::VobizError>> {
            let Self { client, credential_id } = self;
            let credential_id = credential_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/credentials/{}", client.baseurl, encode_path(& credential_id
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
                200..=299 => Ok(ResponseValue::empty(response)),
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
    /**Builder for [`Client::create_ip_acl_entry`]

[`Client::create_ip_acl_entry`]: super::Client::create_ip_acl_entry*/
    #[derive(Debug, Clone)]
    pub struct CreateIpAclEntry<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateIpAclEntryRequest, String>,
    }
    impl<'a> CreateIpAclEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateIpAclEntryRequest>,
            <V as std::convert::TryInto<
                types::CreateIpAclEntryRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateIpAclEntryRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateIpAclEntryRequest,
            ) -> types::builder::CreateIpAclEntryRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/ip-acl`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::IpAclEntry>, Error<types::VobizError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateIpAclEntryRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ip-acl", client.baseurl,);
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
                operation_id: "create_ip_acl_entry",
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
    /**Builder for [`Client::update_ip_acl_entry`]

[`Client::update_ip_acl_entry`]: super::Client::update_ip_acl_entry*/
    #[derive(Debug, Clone)]
    pub struct UpdateIpAclEntry<'a> {
        client: &'a super::Client,
        ip_acl_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateIpAclEntryRequest, String>,
    }
    impl<'a> UpdateIpAclEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ip_acl_id: Err("ip_acl_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn ip_acl_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ip_acl_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ip_acl_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateIpAclEntryRequest>,
            <V as std::convert::TryInto<
                types::UpdateIpAclEntryRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateIpAclEntryRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateIpAclEntryRequest,
            ) -> types::builder::UpdateIpAclEntryRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/ip-acl/{ip_acl_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::IpAclEntry>, Error<types::VobizError>> {
            let Self { client, ip_acl_id, body } = self;
            let ip_acl_id = ip_acl_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateIpAclEntryRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/ip-acl/{}", client.baseurl, encode_path(& ip_acl_id.to_string()),
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_ip_acl_entry",
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
    /**Builder for [`Client::delete_ip_acl_entry`]

[`Client::delete_ip_acl_entry`]: super::Client::delete_ip_acl_entry*/
    #[derive(Debug, Clone)]
    pub struct DeleteIpAclEntry<'a> {
        client: &'a super::Client,
        ip_acl_id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteIpAclEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ip_acl_id: Err("ip_acl_id was not initialized".to_string()),
            }
        }
        pub fn ip_acl_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ip_acl_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ip_acl_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/ip-acl/{ip_acl_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::VobizError>> {
            let Self { client, ip_acl_id } = self;
            let ip_acl_id = ip_acl_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/ip-acl/{}", client.baseurl, encode_path(& ip_acl_id.to_string()),
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
                operation_id: "delete_ip_acl_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
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
    /**Builder for [`Client::assign_number_to_trunk`]

[`Client::assign_number_to_trunk`]: super::Client::assign_number_to_trunk*/
    #[derive(Debug, Clone)]
    pub struct AssignNumberToTrunk<'a> {
        client: &'a super::Client,
        phone_number: Result<::std::string::String, String>,
        body: Result<types::builder::AssignNumberRequest, String>,
    }
    impl<'a> AssignNumberToTrunk<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                phone_number: Err("phone_number was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn phone_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.phone_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for phone_number failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AssignNumberRequest>,
            <V as std::convert::TryInto<
                types::AssignNumberRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AssignNumberRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AssignNumberRequest,
            ) -> types::builder::AssignNumberRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/numbers/{phone_number}/assign`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::VobizError>> {
            let Self { client, phone_number, body } = self;
            let phone_number = phone_number.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AssignNumberRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/numbers/{}/assign", client.baseurl, encode_path(& phone_number
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
                operation_id: "assign_number_to_trunk",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
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
    /**Builder for [`Client::unassign_number_from_trunk`]

[`Client::unassign_number_from_trunk`]: super::Client::unassign_number_from_trunk*/
    #[derive(Debug, Clone)]
    pub struct UnassignNumberFromTrunk<'a> {
        client: &'a super::Client,
        phone_number: Result<::std::string::String, String>,
    }
    impl<'a> UnassignNumberFromTrunk<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                phone_number: Err("phone_number was not initialized".to_string()),
            }
        }
        pub fn phone_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.phone_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for phone_number failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/numbers/{phone_number}/assign`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::VobizError>> {
            let Self { client, phone_number } = self;
            let phone_number = phone_number.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/numbers/{}/assign", client.baseurl, encode_path(& phone_number
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
                operation_id: "unassign_number_from_trunk",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
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
        ///Sends a `POST` request to `/origination-uris`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OriginationUri>, Error<types::VobizError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateOriginationUriRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/origination-uris", client.baseurl,);
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
    /**Builder for [`Client::update_origination_uri`]

[`Client::update_origination_uri`]: super::Client::update_origination_uri*/
    #[derive(Debug, Clone)]
    pub struct UpdateOriginationUri<'a> {
        client: &'a super::Client,
        uri_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateOriginationUriRequest, String>,
    }
    impl<'a> UpdateOriginationUri<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uri_id: Err("uri_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn uri_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uri_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uri_id failed"
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
        ///Sends a `PUT` request to `/origination-uris/{uri_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OriginationUri>, Error<types::VobizError>> {
            let Self { client, uri_id, body } = self;
            let uri_id = uri_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOriginationUriRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/origination-uris/{}", client.baseurl, encode_path(& uri_id
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
                .put(url)
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
        uri_id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteOriginationUri<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uri_id: Err("uri_id was not initialized".to_string()),
            }
        }
        pub fn uri_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uri_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uri_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/origination-uris/{uri_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::VobizError>> {
            let Self { client, uri_id } = self;
            let uri_id = uri_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/origination-uris/{}", client.baseurl, encode_path(& uri_id
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
                operation_id: "delete_origination_uri",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
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
        limit: Result<Option<i64>, String>,
        offset: Result<Option<i64>, String>,
    }
    impl<'a> ListTrunks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/trunks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TrunkList>, Error<types::VobizError>> {
            let Self { client, limit, offset } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/trunks", client.baseurl,);
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
        ///Sends a `POST` request to `/trunks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Trunk>, Error<types::VobizError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateTrunkRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/trunks", client.baseurl,);
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
    /**Builder for [`Client::list_credentials`]

[`Client::list_credentials`]: super::Client::list_credentials*/
    #[derive(Debug, Clone)]
    pub struct ListCredentials<'a> {
        client: &'a super::Client,
        limit: Result<Option<i64>, String>,
        offset: Result<Option<i64>, String>,
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
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/trunks/credentials`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CredentialList>, Error<types::VobizError>> {
            let Self { client, limit, offset } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/trunks/credentials", client.baseurl,);
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
    /**Builder for [`Client::list_ip_acl_entries`]

[`Client::list_ip_acl_entries`]: super::Client::list_ip_acl_entries*/
    #[derive(Debug, Clone)]
    pub struct ListIpAclEntries<'a> {
        client: &'a super::Client,
        limit: Result<Option<i64>, String>,
        offset: Result<Option<i64>, String>,
    }
    impl<'a> ListIpAclEntries<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/trunks/ip-acl`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::IpAclEntryList>, Error<types::VobizError>> {
            let Self { client, limit, offset } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/trunks/ip-acl", client.baseurl,);
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
                operation_id: "list_ip_acl_entries",
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
    /**Builder for [`Client::list_origination_uris`]

[`Client::list_origination_uris`]: super::Client::list_origination_uris*/
    #[derive(Debug, Clone)]
    pub struct ListOriginationUris<'a> {
        client: &'a super::Client,
        limit: Result<Option<i64>, String>,
        offset: Result<Option<i64>, String>,
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
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/trunks/origination-uris`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OriginationUriList>, Error<types::VobizError>> {
            let Self { client, limit, offset } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/trunks/origination-uris", client.baseurl,);
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
        ///Sends a `GET` request to `/trunks/{trunk_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Trunk>, Error<types::VobizError>> {
            let Self { client, trunk_id } = self;
            let trunk_id = trunk_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trunks/{}", client.baseurl, encode_path(& trunk_id.to_string()),
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
        ///Sends a `PUT` request to `/trunks/{trunk_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Trunk>, Error<types::VobizError>> {
            let Self { client, trunk_id, body } = self;
            let trunk_id = trunk_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateTrunkRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trunks/{}", client.baseurl, encode_path(& trunk_id.to_string()),
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
                .put(url)
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
        ///Sends a `DELETE` request to `/trunks/{trunk_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::VobizError>> {
            let Self { client, trunk_id } = self;
            let trunk_id = trunk_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trunks/{}", client.baseurl, encode_path(& trunk_id.to_string()),
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
                200..=299 => Ok(ResponseValue::empty(response)),
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
    impl<'a> ListCdrs<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: `page` from 1 on, while the page says another follows (or is full), with up to 10 pages in flight once the first page reports the total (see [`numbered_pages_with`](trunkline_core::paging::numbered_pages_with); items in list order, none twice). The stream sets `page` and `per_page`; every other parameter set on this request is sent as well. The page size defaults to the largest page (100); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<'a, types::Cdr, Error<types::VobizError>> {
            ::trunkline_core::paging::Paged::with_options_passed(
                100u64,
                move |page_size, options| {
                    ::trunkline_core::paging::numbered_pages_with(
                        1u64,
                        page_size,
                        options,
                        move |page, size| {
                            self.clone().page(page).per_page(size).send()
                        },
                    )
                },
            )
        }
    }
    impl<'a> SearchCdrs<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: `page` from 1 on, while the page says another follows (or is full), with up to 10 pages in flight once the first page reports the total (see [`numbered_pages_with`](trunkline_core::paging::numbered_pages_with); items in list order, none twice). The stream sets `page` and `per_page`; every other parameter set on this request is sent as well. The page size defaults to the largest page (100); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<'a, types::Cdr, Error<types::VobizError>> {
            ::trunkline_core::paging::Paged::with_options_passed(
                100u64,
                move |page_size, options| {
                    ::trunkline_core::paging::numbered_pages_with(
                        1u64,
                        page_size,
                        options,
                        move |page, size| {
                            self.clone().page(page).per_page(size).send()
                        },
                    )
                },
            )
        }
    }
    impl<'a> ListTrunks<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: `offset` from 0 in steps of the page size, until a short page or the end the page reports, with up to 10 pages in flight once the first page reports the total (see [`offset_pages_with`](trunkline_core::paging::offset_pages_with); items in list order, none twice). The stream sets `offset` and `limit`; every other parameter set on this request is sent as well. The page size defaults to the largest page (100); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::Trunk,
            Error<types::VobizError>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                100u64,
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
        ///Streams every item of this list, fetching pages lazily as it is polled: `offset` from 0 in steps of the page size, until a short page or the end the page reports, with up to 10 pages in flight once the first page reports the total (see [`offset_pages_with`](trunkline_core::paging::offset_pages_with); items in list order, none twice). The stream sets `offset` and `limit`; every other parameter set on this request is sent as well. The page size defaults to the largest page (100); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::Credential,
            Error<types::VobizError>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                100u64,
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
    impl<'a> ListIpAclEntries<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: `offset` from 0 in steps of the page size, until a short page or the end the page reports, with up to 10 pages in flight once the first page reports the total (see [`offset_pages_with`](trunkline_core::paging::offset_pages_with); items in list order, none twice). The stream sets `offset` and `limit`; every other parameter set on this request is sent as well. The page size defaults to the largest page (100); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::IpAclEntry,
            Error<types::VobizError>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                100u64,
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
        ///Streams every item of this list, fetching pages lazily as it is polled: `offset` from 0 in steps of the page size, until a short page or the end the page reports, with up to 10 pages in flight once the first page reports the total (see [`offset_pages_with`](trunkline_core::paging::offset_pages_with); items in list order, none twice). The stream sets `offset` and `limit`; every other parameter set on this request is sent as well. The page size defaults to the largest page (100); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::OriginationUri,
            Error<types::VobizError>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                100u64,
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
    ///`GET /cdr`: List call detail records.
    pub const LIST_CDRS: &str = "list_cdrs";
    ///`GET /cdr/export`: Export call detail records as CSV.
    pub const EXPORT_CDRS: &str = "export_cdrs";
    ///`GET /cdr/recent`: List recent call detail records.
    pub const LIST_RECENT_CDRS: &str = "list_recent_cdrs";
    ///`GET /cdr/search`: Search call detail records.
    pub const SEARCH_CDRS: &str = "search_cdrs";
    ///`GET /cdr/{call_id}`: Retrieve a call detail record.
    pub const GET_CDR: &str = "get_cdr";
    ///`POST /credentials`: Create a credential.
    pub const CREATE_CREDENTIAL: &str = "create_credential";
    ///`PUT /credentials/{credential_id}`: Update a credential.
    pub const UPDATE_CREDENTIAL: &str = "update_credential";
    ///`DELETE /credentials/{credential_id}`: Delete a credential.
    pub const DELETE_CREDENTIAL: &str = "delete_credential";
    ///`POST /ip-acl`: Create an IP ACL entry.
    pub const CREATE_IP_ACL_ENTRY: &str = "create_ip_acl_entry";
    ///`PUT /ip-acl/{ip_acl_id}`: Update an IP ACL entry.
    pub const UPDATE_IP_ACL_ENTRY: &str = "update_ip_acl_entry";
    ///`DELETE /ip-acl/{ip_acl_id}`: Delete an IP ACL entry.
    pub const DELETE_IP_ACL_ENTRY: &str = "delete_ip_acl_entry";
    ///`POST /numbers/{phone_number}/assign`: Assign a number to a trunk.
    pub const ASSIGN_NUMBER_TO_TRUNK: &str = "assign_number_to_trunk";
    ///`DELETE /numbers/{phone_number}/assign`: Unassign a number from its trunk.
    pub const UNASSIGN_NUMBER_FROM_TRUNK: &str = "unassign_number_from_trunk";
    ///`POST /origination-uris`: Create an origination URI.
    pub const CREATE_ORIGINATION_URI: &str = "create_origination_uri";
    ///`PUT /origination-uris/{uri_id}`: Update an origination URI.
    pub const UPDATE_ORIGINATION_URI: &str = "update_origination_uri";
    ///`DELETE /origination-uris/{uri_id}`: Delete an origination URI.
    pub const DELETE_ORIGINATION_URI: &str = "delete_origination_uri";
    ///`GET /trunks`: List trunks.
    pub const LIST_TRUNKS: &str = "list_trunks";
    ///`POST /trunks`: Create a trunk.
    pub const CREATE_TRUNK: &str = "create_trunk";
    ///`GET /trunks/credentials`: List credentials.
    pub const LIST_CREDENTIALS: &str = "list_credentials";
    ///`GET /trunks/ip-acl`: List IP ACL entries.
    pub const LIST_IP_ACL_ENTRIES: &str = "list_ip_acl_entries";
    ///`GET /trunks/origination-uris`: List origination URIs.
    pub const LIST_ORIGINATION_URIS: &str = "list_origination_uris";
    ///`GET /trunks/{trunk_id}`: Retrieve a trunk.
    pub const GET_TRUNK: &str = "get_trunk";
    ///`PUT /trunks/{trunk_id}`: Update a trunk.
    pub const UPDATE_TRUNK: &str = "update_trunk";
    ///`DELETE /trunks/{trunk_id}`: Delete a trunk.
    pub const DELETE_TRUNK: &str = "delete_trunk";
}
/// Every operation of this API, from the spec, with the retry class the
/// `exec` hook reads: `idempotent: false` marks operations that create something.
pub const OPERATIONS: &[::trunkline_core::Operation] = &[
    ::trunkline_core::Operation {
        id: operation::LIST_CDRS,
        method: "GET",
        path: "/cdr",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::EXPORT_CDRS,
        method: "GET",
        path: "/cdr/export",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_RECENT_CDRS,
        method: "GET",
        path: "/cdr/recent",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::SEARCH_CDRS,
        method: "GET",
        path: "/cdr/search",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::GET_CDR,
        method: "GET",
        path: "/cdr/{call_id}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::CREATE_CREDENTIAL,
        method: "POST",
        path: "/credentials",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_CREDENTIAL,
        method: "PUT",
        path: "/credentials/{credential_id}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::DELETE_CREDENTIAL,
        method: "DELETE",
        path: "/credentials/{credential_id}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::CREATE_IP_ACL_ENTRY,
        method: "POST",
        path: "/ip-acl",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_IP_ACL_ENTRY,
        method: "PUT",
        path: "/ip-acl/{ip_acl_id}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::DELETE_IP_ACL_ENTRY,
        method: "DELETE",
        path: "/ip-acl/{ip_acl_id}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::ASSIGN_NUMBER_TO_TRUNK,
        method: "POST",
        path: "/numbers/{phone_number}/assign",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::UNASSIGN_NUMBER_FROM_TRUNK,
        method: "DELETE",
        path: "/numbers/{phone_number}/assign",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::CREATE_ORIGINATION_URI,
        method: "POST",
        path: "/origination-uris",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_ORIGINATION_URI,
        method: "PUT",
        path: "/origination-uris/{uri_id}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::DELETE_ORIGINATION_URI,
        method: "DELETE",
        path: "/origination-uris/{uri_id}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_TRUNKS,
        method: "GET",
        path: "/trunks",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::CREATE_TRUNK,
        method: "POST",
        path: "/trunks",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_CREDENTIALS,
        method: "GET",
        path: "/trunks/credentials",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_IP_ACL_ENTRIES,
        method: "GET",
        path: "/trunks/ip-acl",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_ORIGINATION_URIS,
        method: "GET",
        path: "/trunks/origination-uris",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::GET_TRUNK,
        method: "GET",
        path: "/trunks/{trunk_id}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_TRUNK,
        method: "PUT",
        path: "/trunks/{trunk_id}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::DELETE_TRUNK,
        method: "DELETE",
        path: "/trunks/{trunk_id}",
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
    fn example_components_schemas_vobizerror_example() {
        decode::<
            types::VobizError,
        >(
            "components.schemas.VobizError.example",
            "{\"code\":409,\"error\":\"Username already exists\"}",
        );
    }
    #[test]
    fn example_list_cdrs_responses_200_application_json_example() {
        decode::<
            types::CdrPage,
        >(
            "list_cdrs.responses.200.application/json.example",
            "{\"account_id\":\"MA_XXXXXXXX\",\"count\":2,\"data\":[{\"account_id\":\"MA_XXXXXXXX\",\"answer_time\":\"2026-03-25T10:00:01Z\",\"billsec\":42,\"bridge_uuid\":\"aabbccdd-1234-5678-90ab-cdef12345678\",\"call_direction\":\"outbound\",\"caller_id_name\":\"John Doe\",\"caller_id_number\":\"+919876543210\",\"carrier_ip\":\"10.0.0.1\",\"codec\":\"PCMU\",\"context\":\"voice-api\",\"cost\":0.45,\"created_at\":\"2026-03-25T10:00:42Z\",\"currency\":\"INR\",\"destination_number\":\"+918012345678\",\"duration\":47,\"end_time\":\"2026-03-25T10:00:42Z\",\"hangup_cause\":\"NORMAL_CLEARING\",\"hangup_cause_code\":4000,\"hangup_cause_name\":\"Normal Hangup\",\"hangup_disposition\":\"send_bye\",\"hangup_source\":\"Caller\",\"id\":18000000,\"jitter\":0.2,\"mos\":4.5,\"network_addr\":\"10.0.0.1\",\"origination_region\":\"mumbai\",\"packet_loss\":0.1,\"progress_time\":\"2026-03-25T10:00:00Z\",\"region\":\"ap-south-1\",\"ring_time\":5,\"sip_call_id\":\"11223344-5566-7788-99aa-bbccddeeff00\",\"sip_user_agent\":\"Vobiz\",\"start_time\":\"2026-03-25T10:00:00Z\",\"streaming_cost\":0,\"total_cost\":0.45,\"updated_at\":\"2026-03-25T10:00:42Z\",\"uuid\":\"aabbccdd-1234-5678-90ab-cdef12345678\"},{\"account_id\":\"MA_XXXXXXXX\",\"billsec\":0,\"call_direction\":\"inbound\",\"caller_id_name\":\"\",\"caller_id_number\":\"+919876543210\",\"codec\":\"PCMU\",\"context\":\"voice-api\",\"cost\":0,\"created_at\":\"2026-03-25T09:30:12Z\",\"currency\":\"INR\",\"destination_number\":\"+918012345678\",\"duration\":12,\"end_time\":\"2026-03-25T09:30:12Z\",\"failure_code\":\"16\",\"failure_reason\":\"NO_ANSWER\",\"hangup_cause\":\"NO_ANSWER\",\"hangup_cause_code\":4100,\"hangup_cause_name\":\"No Answer\",\"hangup_disposition\":\"send_cancel\",\"hangup_source\":\"Callee\",\"id\":18000001,\"jitter\":0,\"mos\":0,\"network_addr\":\"10.0.0.1\",\"origination_region\":\"mumbai\",\"packet_loss\":0,\"progress_time\":\"2026-03-25T09:30:00Z\",\"region\":\"ap-south-1\",\"ring_time\":12,\"sip_call_id\":\"99887766-5544-3322-1100-aabbccddeeff\",\"sip_user_agent\":\"Vobiz\",\"start_time\":\"2026-03-25T09:30:00Z\",\"streaming_cost\":0,\"total_cost\":0,\"updated_at\":\"2026-03-25T09:30:12Z\",\"uuid\":\"11223344-5566-7788-99aa-bbccddeeff00\"}],\"pagination\":{\"has_next\":true,\"has_prev\":false,\"page\":1,\"pages\":225,\"per_page\":20,\"total\":4500},\"success\":true,\"summary\":{\"answerRate\":48.2,\"answeredCalls\":2171,\"avgCallDuration\":\"28s\",\"last_call_at\":\"2026-03-25T10:00:00Z\",\"totalCalls\":4500,\"total_billable_seconds\":61211,\"total_cost\":1564.51,\"total_duration_seconds\":118234}}",
        );
    }
    #[test]
    fn example_get_cdr_responses_200_application_json_example() {
        decode::<
            types::CdrResponse,
        >(
            "get_cdr.responses.200.application/json.example",
            "{\"data\":{\"account_id\":\"MA_XXXXXXXX\",\"answer_time\":\"2026-03-25T10:00:01Z\",\"billsec\":42,\"bridge_uuid\":\"aabbccdd-1234-5678-90ab-cdef12345678\",\"call_direction\":\"outbound\",\"caller_id_name\":\"John Doe\",\"caller_id_number\":\"+919876543210\",\"carrier_ip\":\"10.0.0.1\",\"codec\":\"PCMU\",\"context\":\"voice-api\",\"cost\":0.45,\"created_at\":\"2026-03-25T10:00:42Z\",\"currency\":\"INR\",\"destination_number\":\"+918012345678\",\"duration\":47,\"end_time\":\"2026-03-25T10:00:42Z\",\"hangup_cause\":\"NORMAL_CLEARING\",\"hangup_cause_code\":4000,\"hangup_cause_name\":\"Normal Hangup\",\"hangup_disposition\":\"send_bye\",\"hangup_source\":\"Caller\",\"id\":18000000,\"jitter\":0.2,\"mos\":4.5,\"network_addr\":\"10.0.0.1\",\"origination_region\":\"mumbai\",\"packet_loss\":0.1,\"progress_time\":\"2026-03-25T10:00:00Z\",\"region\":\"ap-south-1\",\"ring_time\":5,\"sip_call_id\":\"11223344-5566-7788-99aa-bbccddeeff00\",\"sip_user_agent\":\"Vobiz\",\"start_time\":\"2026-03-25T10:00:00Z\",\"streaming_cost\":0,\"total_cost\":0.45,\"updated_at\":\"2026-03-25T10:00:42Z\",\"uuid\":\"aabbccdd-1234-5678-90ab-cdef12345678\"},\"success\":true}",
        );
    }
    #[test]
    fn example_create_credential_responses_201_application_json_example() {
        decode::<
            types::Credential,
        >(
            "create_credential.responses.201.application/json.example",
            "{\"account_id\":\"MA_XXXXXXXX\",\"created_at\":\"2026-05-12T05:11:51.635106Z\",\"enabled\":true,\"id\":\"aabbccdd-1234-5678-90ab-cdef12345678\",\"password\":\"<redacted>\",\"realm\":\"MA_XXXXXXXX.sip.vobiz.ai\",\"updated_at\":\"2026-05-12T05:11:51.635106Z\",\"username\":\"sipuser_demo\"}",
        );
    }
    #[test]
    fn example_create_credential_responses_4xx_application_json_example() {
        decode::<
            types::VobizError,
        >(
            "create_credential.responses.4XX.application/json.example",
            "{\"code\":409,\"error\":\"Username already exists\"}",
        );
    }
    #[test]
    fn example_update_credential_responses_200_application_json_example() {
        decode::<
            types::Credential,
        >(
            "update_credential.responses.200.application/json.example",
            "{\"account_id\":\"MA_XXXXXXXX\",\"created_at\":\"2026-03-25T10:00:00Z\",\"enabled\":true,\"id\":\"aabbccdd-1234-5678-90ab-cdef12345678\",\"password\":\"<redacted>\",\"realm\":\"MA_XXXXXXXX.sip.vobiz.ai\",\"updated_at\":\"2026-03-25T11:30:00Z\",\"username\":\"acme_sip_user_01\"}",
        );
    }
    #[test]
    fn example_create_ip_acl_entry_requestbody_application_json_example() {
        decode::<
            types::CreateIpAclEntryRequest,
        >(
            "create_ip_acl_entry.requestBody.application/json.example",
            "{\"ip_address\":\"10.20.30.0/24\",\"name\":\"FreePBX server in data center\"}",
        );
    }
    #[test]
    fn example_create_ip_acl_entry_responses_201_application_json_example() {
        decode::<
            types::IpAclEntry,
        >(
            "create_ip_acl_entry.responses.201.application/json.example",
            "{\"account_id\":\"MA_XXXXXXXX\",\"created_at\":\"2026-05-12T05:11:51Z\",\"description\":\"FreePBX server in data center\",\"enabled\":true,\"id\":\"aabbccdd-1234-5678-90ab-cdef12345678\",\"ip_address\":\"10.20.30.0/24\",\"updated_at\":\"2026-05-12T05:11:51Z\"}",
        );
    }
    #[test]
    fn example_create_ip_acl_entry_responses_4xx_application_json_example() {
        decode::<
            types::VobizError,
        >(
            "create_ip_acl_entry.responses.4XX.application/json.example",
            "{\"code\":400,\"error\":\"Invalid IP address format\"}",
        );
    }
    #[test]
    fn example_assign_number_to_trunk_requestbody_application_json_example() {
        decode::<
            types::AssignNumberRequest,
        >(
            "assign_number_to_trunk.requestBody.application/json.example",
            "{\"trunk_group_id\":\"e3e55a78-1234-5678-90ab-cdef12345678\"}",
        );
    }
    #[test]
    fn example_create_origination_uri_requestbody_application_json_example() {
        decode::<
            types::CreateOriginationUriRequest,
        >(
            "create_origination_uri.requestBody.application/json.example",
            "{\"name\":\"Primary SBC\",\"priority\":1,\"sip_uri\":\"sip:sbc.example.com\"}",
        );
    }
    #[test]
    fn example_create_origination_uri_responses_200_application_json_example() {
        decode::<
            types::OriginationUri,
        >(
            "create_origination_uri.responses.200.application/json.example",
            "{\"account_id\":\"MA_XXXXXXXX\",\"created_at\":\"2026-03-25T10:00:00Z\",\"description\":\"Primary SBC\",\"enabled\":true,\"id\":\"aabbccdd-1234-5678-90ab-cdef12345678\",\"priority\":1,\"transport\":\"TCP\",\"updated_at\":\"2026-03-25T10:00:00Z\",\"uri\":\"sip:sbc1.example.com\",\"weight\":10}",
        );
    }
    #[test]
    fn example_create_origination_uri_responses_201_application_json_example() {
        decode::<
            types::OriginationUri,
        >(
            "create_origination_uri.responses.201.application/json.example",
            "{\"account_id\":\"MA_XXXXXXXX\",\"created_at\":\"2026-05-12T05:11:51.914685Z\",\"description\":\"Primary SBC\",\"enabled\":true,\"id\":\"aabbccdd-1234-5678-90ab-cdef12345678\",\"priority\":1,\"transport\":\"udp\",\"updated_at\":\"2026-05-12T05:11:51.914685Z\",\"uri\":\"sip:provider@sip.example.com:5060\",\"weight\":10}",
        );
    }
    #[test]
    fn example_create_origination_uri_responses_4xx_application_json_example() {
        decode::<
            types::VobizError,
        >(
            "create_origination_uri.responses.4XX.application/json.example",
            "{\"code\":400,\"error\":\"Invalid SIP URI format. Expected: sip:user@host:port\"}",
        );
    }
    #[test]
    fn example_list_trunks_responses_200_application_json_example() {
        decode::<
            types::TrunkList,
        >(
            "list_trunks.responses.200.application/json.example",
            "{\"meta\":{\"limit\":20,\"offset\":0,\"total\":2},\"objects\":[{\"account_id\":\"MA_XXXXXXXX\",\"concurrent_calls_limit\":10,\"cps_limit\":2,\"created_at\":\"2026-04-22T08:52:02.383938Z\",\"credential_uuid\":\"aabbccdd-1234-5678-90ab-cdef12345679\",\"description\":\"\",\"enable_transcription\":true,\"name\":\"Acme Production Trunk\",\"pii_redaction\":false,\"recording\":true,\"recording_webhook_enabled\":false,\"secure\":false,\"transport\":\"udp\",\"trunk_direction\":\"outbound\",\"trunk_domain\":\"aabbccdd-1234-5678-90ab-cdef12345678.sip.vobiz.ai\",\"trunk_id\":\"aabbccdd-1234-5678-90ab-cdef12345678\",\"trunk_status\":\"active\",\"updated_at\":\"2026-04-29T06:45:15.188437Z\",\"webhook_method\":\"POST\"},{\"account_id\":\"MA_XXXXXXXX\",\"concurrent_calls_limit\":10,\"cps_limit\":2,\"created_at\":\"2026-04-17T10:28:06.112095Z\",\"description\":\"\",\"enable_transcription\":true,\"inbound_destination\":\"aabbccdd-1234-5678-90ab-cdef1234567b\",\"name\":\"My Outbound Trunk\",\"pii_redaction\":false,\"primary_uri_uuid\":\"aabbccdd-1234-5678-90ab-cdef1234567b\",\"recording\":true,\"recording_webhook_enabled\":false,\"secure\":false,\"transport\":\"udp\",\"trunk_direction\":\"inbound\",\"trunk_domain\":\"aabbccdd-1234-5678-90ab-cdef1234567a.sip.vobiz.ai\",\"trunk_id\":\"aabbccdd-1234-5678-90ab-cdef1234567a\",\"trunk_status\":\"active\",\"updated_at\":\"2026-04-22T05:35:51.255094Z\",\"webhook_method\":\"POST\"}]}",
        );
    }
    #[test]
    fn example_create_trunk_requestbody_application_json_examples_create_trunk_page() {
        decode::<
            types::CreateTrunkRequest,
        >(
            "create_trunk.requestBody.application/json.examples.create_trunk_page",
            "{\"max_concurrent_calls\":10,\"name\":\"My SIP Trunk\",\"trunk_type\":\"OUTBOUND\"}",
        );
    }
    #[test]
    fn example_create_trunk_requestbody_application_json_examples_create_trunk_page_openapi() {
        decode::<
            types::CreateTrunkRequest,
        >(
            "create_trunk.requestBody.application/json.examples.create_trunk_page_openapi",
            "{\"max_concurrent_calls\":10,\"name\":\"My Outbound Trunk\",\"trunk_type\":\"OUTBOUND\"}",
        );
    }
    #[test]
    fn example_create_trunk_requestbody_application_json_examples_newer_openapi_revision() {
        decode::<
            types::CreateTrunkRequest,
        >(
            "create_trunk.requestBody.application/json.examples.newer_openapi_revision",
            "{\"concurrent_calls_limit\":50,\"cps_limit\":15,\"credential_uuid\":\"b1e2...\",\"enable_transcription\":true,\"ipacl_uuid\":\"c3d4...\",\"name\":\"Retell AI SIP\",\"recording\":true,\"transport\":\"udp\",\"trunk_direction\":\"outbound\",\"webhook_method\":\"POST\",\"webhook_url\":\"https://example.com/vobiz/webhook\"}",
        );
    }
    #[test]
    fn example_create_trunk_responses_201_application_json_examples_create_trunk_page() {
        decode::<
            types::Trunk,
        >(
            "create_trunk.responses.201.application/json.examples.create_trunk_page",
            "{\"account_id\":\"MA_XXXXXXXX\",\"concurrent_calls_limit\":10,\"cps_limit\":2,\"created_at\":\"2026-05-12T05:11:52.054462Z\",\"description\":\"\",\"enable_transcription\":false,\"name\":\"My Outbound Trunk\",\"pii_redaction\":false,\"recording\":false,\"recording_webhook_enabled\":false,\"secure\":false,\"transport\":\"udp\",\"trunk_direction\":\"both\",\"trunk_domain\":\"aabbccdd-1234-5678-90ab-cdef12345678.sip.vobiz.ai\",\"trunk_id\":\"aabbccdd-1234-5678-90ab-cdef12345678\",\"trunk_status\":\"active\",\"updated_at\":\"2026-05-12T05:11:52.054462Z\",\"webhook_method\":\"POST\"}",
        );
    }
    #[test]
    fn example_create_trunk_responses_201_application_json_examples_create_trunk_page_openapi() {
        decode::<
            types::Trunk,
        >(
            "create_trunk.responses.201.application/json.examples.create_trunk_page_openapi",
            "{\"account_id\":\"MA_XXXXXXXX\",\"concurrent_calls_limit\":10,\"cps_limit\":2,\"created_at\":\"2026-03-25T05:11:52.054462Z\",\"description\":\"\",\"enable_transcription\":false,\"name\":\"My Outbound Trunk\",\"pii_redaction\":false,\"recording\":false,\"recording_webhook_enabled\":false,\"secure\":false,\"transport\":\"udp\",\"trunk_direction\":\"outbound\",\"trunk_domain\":\"aabbccdd-1234-5678-90ab-cdef12345678.sip.vobiz.ai\",\"trunk_id\":\"aabbccdd-1234-5678-90ab-cdef12345678\",\"trunk_status\":\"active\",\"updated_at\":\"2026-03-25T05:11:52.054462Z\",\"webhook_method\":\"POST\"}",
        );
    }
    #[test]
    fn example_list_credentials_responses_200_application_json_example() {
        decode::<
            types::CredentialList,
        >(
            "list_credentials.responses.200.application/json.example",
            "{\"meta\":{\"limit\":20,\"offset\":0,\"total\":3},\"objects\":[{\"account_id\":\"MA_XXXXXXXX\",\"created_at\":\"2026-03-25T10:00:00Z\",\"enabled\":true,\"id\":\"11223344-1234-5678-90ab-cdef12345678\",\"password\":\"<redacted>\",\"realm\":\"MA_XXXXXXXX.sip.vobiz.ai\",\"updated_at\":\"2026-03-25T10:00:00Z\",\"username\":\"acme_sip_user_01\"},{\"account_id\":\"MA_XXXXXXXX\",\"created_at\":\"2026-03-20T08:15:00Z\",\"enabled\":true,\"id\":\"99887766-1234-5678-90ab-cdef12345678\",\"password\":\"<redacted>\",\"realm\":\"MA_XXXXXXXX.sip.vobiz.ai\",\"updated_at\":\"2026-03-20T08:15:00Z\",\"username\":\"office_phone_03\"},{\"account_id\":\"MA_XXXXXXXX\",\"created_at\":\"2026-03-15T14:42:00Z\",\"enabled\":true,\"id\":\"55667788-1234-5678-90ab-cdef12345678\",\"password\":\"<redacted>\",\"realm\":\"MA_XXXXXXXX.sip.vobiz.ai\",\"updated_at\":\"2026-03-15T14:42:00Z\",\"username\":\"sipuser_demo\"}]}",
        );
    }
    #[test]
    fn example_list_ip_acl_entries_responses_200_application_json_example() {
        decode::<
            types::IpAclEntryList,
        >(
            "list_ip_acl_entries.responses.200.application/json.example",
            "{\"meta\":{\"limit\":20,\"offset\":0,\"total\":3},\"objects\":[{\"account_id\":\"MA_XXXXXXXX\",\"created_at\":\"2026-03-25T10:00:00Z\",\"description\":\"Office IP\",\"enabled\":true,\"id\":\"11223344-1234-5678-90ab-cdef12345678\",\"ip_address\":\"10.20.30.0/24\",\"updated_at\":\"2026-03-25T10:00:00Z\"},{\"account_id\":\"MA_XXXXXXXX\",\"created_at\":\"2026-03-22T09:00:00Z\",\"description\":\"Datacenter ACL\",\"enabled\":true,\"id\":\"99887766-1234-5678-90ab-cdef12345678\",\"ip_address\":\"192.168.1.0/24\",\"updated_at\":\"2026-03-22T09:00:00Z\"},{\"account_id\":\"MA_XXXXXXXX\",\"created_at\":\"2026-03-18T14:41:41Z\",\"description\":\"Production SBC\",\"enabled\":true,\"id\":\"55667788-1234-5678-90ab-cdef12345678\",\"ip_address\":\"203.0.113.0/24\",\"updated_at\":\"2026-03-18T14:41:41Z\"}]}",
        );
    }
    #[test]
    fn example_list_origination_uris_responses_200_application_json_example() {
        decode::<
            types::OriginationUriList,
        >(
            "list_origination_uris.responses.200.application/json.example",
            "{\"meta\":{\"limit\":20,\"offset\":0,\"total\":3},\"objects\":[{\"account_id\":\"MA_XXXXXXXX\",\"created_at\":\"2026-03-25T10:00:00Z\",\"description\":\"Primary SBC\",\"enabled\":true,\"id\":\"11223344-1234-5678-90ab-cdef12345678\",\"priority\":1,\"transport\":\"udp\",\"updated_at\":\"2026-03-25T10:00:00Z\",\"uri\":\"sip:sbc1.example.com\",\"weight\":10},{\"account_id\":\"MA_XXXXXXXX\",\"created_at\":\"2026-03-22T09:00:00Z\",\"description\":\"US East SBC\",\"enabled\":true,\"id\":\"99887766-1234-5678-90ab-cdef12345678\",\"priority\":2,\"transport\":\"tcp\",\"updated_at\":\"2026-03-22T09:00:00Z\",\"uri\":\"sip:sbc2.example.com\",\"weight\":10},{\"account_id\":\"MA_XXXXXXXX\",\"created_at\":\"2026-03-18T14:41:41Z\",\"description\":\"\",\"enabled\":true,\"id\":\"55667788-1234-5678-90ab-cdef12345678\",\"priority\":10,\"transport\":\"tls\",\"updated_at\":\"2026-03-18T14:41:41Z\",\"uri\":\"sip:sbc3.example.com\",\"weight\":10}]}",
        );
    }
    #[test]
    fn example_get_trunk_responses_200_application_json_example() {
        decode::<
            types::Trunk,
        >(
            "get_trunk.responses.200.application/json.example",
            "{\"account_id\":\"MA_XXXXXXXX\",\"concurrent_calls_limit\":10,\"cps_limit\":2,\"created_at\":\"2026-05-12T05:11:52.054462Z\",\"description\":\"\",\"enable_transcription\":false,\"name\":\"Acme Production Trunk\",\"pii_redaction\":false,\"recording\":false,\"recording_webhook_enabled\":false,\"secure\":false,\"transport\":\"udp\",\"trunk_direction\":\"both\",\"trunk_domain\":\"aabbccdd-1234-5678-90ab-cdef12345678.sip.vobiz.ai\",\"trunk_id\":\"aabbccdd-1234-5678-90ab-cdef12345678\",\"trunk_status\":\"active\",\"updated_at\":\"2026-05-12T05:11:52.054462Z\",\"webhook_method\":\"POST\"}",
        );
    }
    #[test]
    fn example_update_trunk_requestbody_application_json_example() {
        decode::<
            types::UpdateTrunkRequest,
        >(
            "update_trunk.requestBody.application/json.example",
            "{\"enabled\":true,\"max_concurrent_calls\":10,\"name\":\"Updated Production Trunk\"}",
        );
    }
}
///Vendor name used in logs, reports and errors.
pub const VENDOR: &str = "vobiz";
///The origin of Vobiz's API; the client appends `/api/v1/Account/{auth_id}`.
pub const DEFAULT_BASE_URL: &str = "https://api.vobiz.ai";
///Environment variable holding the auth id.
pub const ENV_AUTH_ID: &str = "VOBIZ_AUTH_ID";
///Environment variable holding the auth token (a secret).
pub const ENV_AUTH_TOKEN: &str = "VOBIZ_AUTH_TOKEN";
///Optional environment variable replacing [`DEFAULT_BASE_URL`] (a proxy, an emulator).
pub const ENV_BASE_URL: &str = "VOBIZ_BASE_URL";
///Name of the header carrying the auth id.
pub const AUTH_ID_HEADER: &str = "X-Auth-ID";
///Name of the header carrying the auth token.
pub const AUTH_TOKEN_HEADER: &str = "X-Auth-Token";
///How a client of this API is built (the spec's `x-trunkline-client`): the description every `ClientBuilder` of this module hands to [`trunkline_core::ClientSettings`].
pub static API: ::trunkline_core::ApiDescription = ::trunkline_core::ApiDescription {
    vendor: VENDOR,
    vendor_name: "Vobiz",
    default_origin: DEFAULT_BASE_URL,
    account_path: "/api/v1/Account/{auth_id}",
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
    auth: ::trunkline_core::AuthScheme::Headers(
        &[(AUTH_ID_HEADER, "auth_id"), (AUTH_TOKEN_HEADER, "auth_token")],
    ),
    base_url_env: ENV_BASE_URL,
    encode_plus_in_paths: true,
};
///The largest page size every paged list of this API serves (the smallest `maximum` of their page-size parameters).
pub const MAX_PAGE_SIZE: u64 = 100u64;
::trunkline_core::client_hooks!(Client, OPERATIONS);
///Builds a [`Client`] for Vobiz's API: the auth id and the auth token, then optionally a base URL and a [`ClientConfig`](trunkline_core::ClientConfig). Every check happens in [`ClientBuilder::build`], before anything is sent. `Debug` output never shows the auth token.
#[derive(Clone, Debug)]
pub struct ClientBuilder {
    settings: ::trunkline_core::ClientSettings,
}
impl ClientBuilder {
    ///Starts from the auth id and the auth token, on `https://api.vobiz.ai`, with the default `ClientConfig`.
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
    ///Starts from `VOBIZ_AUTH_ID`, `VOBIZ_AUTH_TOKEN` and, if set, `VOBIZ_BASE_URL` (as [`ClientBuilder::base_url`]). Values are trimmed; a missing, empty or non-Unicode variable is an error naming it.
    pub fn from_env() -> ::std::result::Result<Self, ::trunkline_core::ConfigError> {
        ::trunkline_core::ClientSettings::from_env(&API)
            .map(|settings| Self { settings })
    }
    ///Sends requests to this origin instead of `https://api.vobiz.ai` (a proxy, a test server, the trunkline emulator); `/api/v1/Account/{auth_id}` is still appended. Plain `http://` is accepted only for loopback hosts unless `ClientConfig::with_insecure_http_allowed` says otherwise.
    pub fn base_url(
        self,
        origin: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            settings: self.settings.with_base_url(origin),
        }
    }
    ///Uses `api_base_url` as the complete base of every operation path, without appending `/api/v1/Account/{auth_id}`: for a proxy that maps the API elsewhere, or a mock server whose mocks match operation paths directly, like the typed mocks of the `httpmock` feature.
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
    ///A client from the auth id and the auth token, on `https://api.vobiz.ai`, with default retries and timeouts ([`ClientBuilder`] sets more).
    pub fn from_credentials(
        auth_id: impl ::std::convert::Into<::std::string::String>,
        auth_token: impl ::std::convert::Into<::trunkline_core::SecretString>,
    ) -> ::std::result::Result<Self, ::trunkline_core::ConfigError> {
        ClientBuilder::new(auth_id, auth_token).build()
    }
    ///A client from `VOBIZ_AUTH_ID`, `VOBIZ_AUTH_TOKEN` and, if set, `VOBIZ_BASE_URL` (see [`ClientBuilder::from_env`]), with the default `ClientConfig`: [`Client::from_env_with`] takes one.
    pub fn from_env() -> ::std::result::Result<Self, ::trunkline_core::ConfigError> {
        ClientBuilder::from_env()?.build()
    }
    ///A client from `VOBIZ_AUTH_ID`, `VOBIZ_AUTH_TOKEN` and, if set, `VOBIZ_BASE_URL`, with `config`: retries, timeouts, user agent, rate limit, your own `reqwest::Client` ([`ClientConfig`](trunkline_core::ClientConfig)). The same as `ClientBuilder::from_env()?.config(config).build()`.
    pub fn from_env_with(
        config: ::trunkline_core::ClientConfig,
    ) -> ::std::result::Result<Self, ::trunkline_core::ConfigError> {
        ClientBuilder::from_env()?.config(config).build()
    }
    ///The base URL every operation path is appended to: the origin followed by `/api/v1/Account/{auth_id}` for this account (or the URL given to [`ClientBuilder::api_base_url`]).
    pub fn base_url(&self) -> &str {
        ::progenitor_client::ClientInfo::baseurl(self)
    }
}
impl ::trunkline_core::ErrorBody for types::VobizError {
    fn message(&self) -> ::std::option::Option<::std::string::String> {
        ::trunkline_core::error_message(
            [
                ::std::option::Option::Some(self)
                    .and_then(|value| value.error.as_ref())
                    .cloned(),
            ],
            ::std::option::Option::None,
        )
    }
    fn code(&self) -> ::std::option::Option<::std::string::String> {
        ::std::option::Option::Some(self)
            .and_then(|value| value.code.as_ref())
            .map(::std::string::ToString::to_string)
    }
}
impl ::trunkline_core::paging::ListPage for types::CdrPage {
    type Item = types::Cdr;
    fn into_parts(
        self,
    ) -> (::std::vec::Vec<types::Cdr>, ::trunkline_core::paging::PageInfo) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.total_items = ::std::option::Option::Some(&self)
            .and_then(|value| value.pagination.as_ref())
            .and_then(|value| value.total.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        info.total_pages = ::std::option::Option::Some(&self)
            .and_then(|value| value.pagination.as_ref())
            .and_then(|value| value.pages.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        info.has_next = ::std::option::Option::Some(&self)
            .and_then(|value| value.pagination.as_ref())
            .and_then(|value| value.has_next.as_ref())
            .copied();
        info.page_size = ::std::option::Option::Some(&self)
            .and_then(|value| value.pagination.as_ref())
            .and_then(|value| value.per_page.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        (self.data, info)
    }
    fn item_id(item: &types::Cdr) -> ::std::option::Option<&str> {
        ::std::option::Option::Some(item)
            .and_then(|value| value.uuid.as_ref())
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
            .and_then(|value| value.total.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        info.page_size = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.limit.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        (self.objects, info)
    }
    fn item_id(item: &types::Trunk) -> ::std::option::Option<&str> {
        ::std::option::Option::Some(item)
            .map(|value| &value.trunk_id)
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
            .and_then(|value| value.total.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        info.page_size = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.limit.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        (self.objects, info)
    }
    fn item_id(item: &types::Credential) -> ::std::option::Option<&str> {
        ::std::option::Option::Some(item)
            .map(|value| &value.id)
            .map(::std::string::String::as_str)
    }
}
impl ::trunkline_core::paging::ListPage for types::IpAclEntryList {
    type Item = types::IpAclEntry;
    fn into_parts(
        self,
    ) -> (::std::vec::Vec<types::IpAclEntry>, ::trunkline_core::paging::PageInfo) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.total_items = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.total.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        info.page_size = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.limit.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        (self.objects, info)
    }
    fn item_id(item: &types::IpAclEntry) -> ::std::option::Option<&str> {
        ::std::option::Option::Some(item)
            .map(|value| &value.id)
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
            .and_then(|value| value.total.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        info.page_size = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.limit.as_ref())
            .and_then(|value| u64::try_from(*value).ok());
        (self.objects, info)
    }
    fn item_id(item: &types::OriginationUri) -> ::std::option::Option<&str> {
        ::std::option::Option::Some(item)
            .map(|value| &value.id)
            .map(::std::string::String::as_str)
    }
}
impl Client {
    ///Every item of [`Client::list_cdrs`] as a stream, pages fetched as it is polled: `.page_size(n)` sets the items per request (1–100, default 100), `.max_items(n)` the most items read (no page after the one holding the last is fetched). The same as `self.list_cdrs().stream()`; set the list's filters on that builder.
    pub fn cdrs(
        &self,
    ) -> ::trunkline_core::paging::Paged<'_, types::Cdr, Error<types::VobizError>> {
        self.list_cdrs().stream()
    }
    ///Every item of [`Client::list_trunks`] as a stream, pages fetched as it is polled: `.page_size(n)` sets the items per request (1–100, default 100), `.max_items(n)` the most items read (no page after the one holding the last is fetched). The same as `self.list_trunks().stream()`; set the list's filters on that builder.
    pub fn trunks(
        &self,
    ) -> ::trunkline_core::paging::Paged<'_, types::Trunk, Error<types::VobizError>> {
        self.list_trunks().stream()
    }
    ///Every item of [`Client::list_credentials`] as a stream, pages fetched as it is polled: `.page_size(n)` sets the items per request (1–100, default 100), `.max_items(n)` the most items read (no page after the one holding the last is fetched). The same as `self.list_credentials().stream()`; set the list's filters on that builder.
    pub fn credentials(
        &self,
    ) -> ::trunkline_core::paging::Paged<
        '_,
        types::Credential,
        Error<types::VobizError>,
    > {
        self.list_credentials().stream()
    }
    ///Every item of [`Client::list_ip_acl_entries`] as a stream, pages fetched as it is polled: `.page_size(n)` sets the items per request (1–100, default 100), `.max_items(n)` the most items read (no page after the one holding the last is fetched). The same as `self.list_ip_acl_entries().stream()`; set the list's filters on that builder.
    pub fn ip_acl_entries(
        &self,
    ) -> ::trunkline_core::paging::Paged<
        '_,
        types::IpAclEntry,
        Error<types::VobizError>,
    > {
        self.list_ip_acl_entries().stream()
    }
    ///Every item of [`Client::list_origination_uris`] as a stream, pages fetched as it is polled: `.page_size(n)` sets the items per request (1–100, default 100), `.max_items(n)` the most items read (no page after the one holding the last is fetched). The same as `self.list_origination_uris().stream()`; set the list's filters on that builder.
    pub fn origination_uris(
        &self,
    ) -> ::trunkline_core::paging::Paged<
        '_,
        types::OriginationUri,
        Error<types::VobizError>,
    > {
        self.list_origination_uris().stream()
    }
}
