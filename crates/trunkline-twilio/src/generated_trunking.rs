// @generated the client of specs/twilio-trunking.yaml, by `cargo xtask generate twilio-trunking`.
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
    ///Form parameters of `POST /v1/Trunks/{TrunkSid}/CredentialLists`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AddTrunkCredentialListRequest {
        ///The SID of the [Credential List](https://www.twilio.com/docs/voice/sip/api/sip-credentiallist-resource) that you want to associate with the trunk (`CL` followed by 32 hex digits). Once associated, we will authenticate access to the trunk against this list.
        #[serde(rename = "CredentialListSid")]
        pub credential_list_sid: ::std::string::String,
    }
    impl AddTrunkCredentialListRequest {
        pub fn builder() -> builder::AddTrunkCredentialListRequest {
            Default::default()
        }
    }
    ///Form parameters of `POST /v1/Trunks/{TrunkSid}/IpAccessControlLists`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AddTrunkIpAccessControlListRequest {
        ///The SID of the [IP Access Control List](https://www.twilio.com/docs/voice/sip/api/sip-ipaccesscontrollist-resource) that you want to associate with the trunk (`AL` followed by 32 hex digits).
        #[serde(rename = "IpAccessControlListSid")]
        pub ip_access_control_list_sid: ::std::string::String,
    }
    impl AddTrunkIpAccessControlListRequest {
        pub fn builder() -> builder::AddTrunkIpAccessControlListRequest {
            Default::default()
        }
    }
    ///Form parameters of `POST /v1/Trunks/{TrunkSid}/PhoneNumbers`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AddTrunkPhoneNumberRequest {
        ///The SID of the [Incoming Phone Number](https://www.twilio.com/docs/phone-numbers/api/incomingphonenumber-resource) that you want to associate with the trunk (`PN` followed by 32 hex digits; the account must already own the number).
        #[serde(rename = "PhoneNumberSid")]
        pub phone_number_sid: ::std::string::String,
    }
    impl AddTrunkPhoneNumberRequest {
        pub fn builder() -> builder::AddTrunkPhoneNumberRequest {
            Default::default()
        }
    }
    ///Whether the phone number requires an [Address](https://www.twilio.com/docs/usage/api/address) registered with Twilio and, if so, what type. Can be: `none`, `any`, `local`, or `foreign`.
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
    pub enum AddressRequirements {
        #[serde(rename = "none")]
        None,
        #[serde(rename = "any")]
        Any,
        #[serde(rename = "local")]
        Local,
        #[serde(rename = "foreign")]
        Foreign,
    }
    impl ::std::fmt::Display for AddressRequirements {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::None => f.write_str("none"),
                Self::Any => f.write_str("any"),
                Self::Local => f.write_str("local"),
                Self::Foreign => f.write_str("foreign"),
            }
        }
    }
    impl ::std::str::FromStr for AddressRequirements {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "none" => Ok(Self::None),
                "any" => Ok(Self::Any),
                "local" => Ok(Self::Local),
                "foreign" => Ok(Self::Foreign),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AddressRequirements {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddressRequirements {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Form parameters of `POST /v1/Trunks/{TrunkSid}/OriginationUrls`. All five are required.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateOriginationUrlRequest {
        ///Whether the URL is enabled. The default is `true`.
        #[serde(rename = "Enabled")]
        pub enabled: bool,
        ///A descriptive string that you create to describe the resource. It can be up to 64 characters long.
        #[serde(rename = "FriendlyName")]
        pub friendly_name: ::std::string::String,
        ///The relative importance of the URI. Can be an integer from 0 to 65535, inclusive, and the default is 10. The lowest number represents the most important URI.
        #[serde(rename = "Priority")]
        pub priority: u16,
        ///The SIP address you want Twilio to route your Origination calls to. This must be a `sip:` schema. `sips` is NOT supported. Not validated by this SDK: Twilio's own examples use `sip://sip-box.com:1234`.
        #[serde(rename = "SipUrl")]
        pub sip_url: ::std::string::String,
        ///The value that determines the relative share of the load the URI should receive compared to other URIs with the same priority. Can be an integer from 1 to 65535, inclusive, and the default is 10. URLs with higher values receive more load than those with lower ones with the same priority.
        #[serde(rename = "Weight")]
        pub weight: ::std::num::NonZeroU16,
    }
    impl CreateOriginationUrlRequest {
        pub fn builder() -> builder::CreateOriginationUrlRequest {
            Default::default()
        }
    }
    ///Form parameters of `POST /v1/Trunks`. Every parameter is optional: an empty body creates a trunk with Twilio's defaults. Recording is set afterwards through the trunk's Recording sub-resource.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CreateTrunkRequest {
        ///Whether Caller ID Name (CNAM) lookup should be enabled for the trunk. If enabled, all inbound calls to the SIP Trunk from the United States and Canada automatically perform a CNAM Lookup and display Caller ID data on your phone. See [CNAM Lookups](https://www.twilio.com/docs/sip-trunking#CNAM) for more information.
        #[serde(
            rename = "CnamLookupEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cnam_lookup_enabled: ::std::option::Option<bool>,
        ///The HTTP method we should use to call the `disaster_recovery_url`. Can be: `GET` or `POST`.
        #[serde(
            rename = "DisasterRecoveryMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disaster_recovery_method: ::std::option::Option<HttpMethod>,
        ///The URL we should call using the `disaster_recovery_method` if an error occurs while sending SIP traffic towards the configured Origination URL. We retrieve TwiML from the URL and execute the instructions like any other normal TwiML call. See [Disaster Recovery](https://www.twilio.com/docs/sip-trunking#disaster-recovery) for more information.
        #[serde(
            rename = "DisasterRecoveryUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disaster_recovery_url: ::std::option::Option<::std::string::String>,
        ///The unique address you reserve on Twilio to which you route your SIP traffic. Domain names can contain letters, digits, and `-` and must end with `pstn.twilio.com`. See [Termination Settings](https://www.twilio.com/docs/sip-trunking#termination) for more information.
        #[serde(
            rename = "DomainName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_name: ::std::option::Option<::std::string::String>,
        ///A descriptive string that you create to describe the resource. It can be up to 64 characters long.
        #[serde(
            rename = "FriendlyName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub friendly_name: ::std::option::Option<::std::string::String>,
        ///Whether Secure Trunking is enabled for the trunk. If enabled, all calls going through the trunk will be secure using SRTP for media and TLS for signaling. If disabled, then RTP will be used for media. See [Secure Trunking](https://www.twilio.com/docs/sip-trunking#securetrunking) for more information.
        #[serde(
            rename = "Secure",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub secure: ::std::option::Option<bool>,
        ///Caller Id for transfer target. Can be: `from-transferee` (default) or `from-transferor`.
        #[serde(
            rename = "TransferCallerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub transfer_caller_id: ::std::option::Option<TransferCallerId>,
        ///The call transfer settings for the trunk. Can be: `enable-all`, `sip-only` and `disable-all`. See [Transfer](https://www.twilio.com/docs/sip-trunking/call-transfer) for more information.
        #[serde(
            rename = "TransferMode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub transfer_mode: ::std::option::Option<TransferMode>,
    }
    impl CreateTrunkRequest {
        pub fn builder() -> builder::CreateTrunkRequest {
            Default::default()
        }
    }
    ///The HTTP method Twilio uses to call one of your URLs. Can be: `GET` or `POST`.
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
    pub enum HttpMethod {
        #[serde(rename = "GET")]
        Get,
        #[serde(rename = "POST")]
        Post,
    }
    impl ::std::fmt::Display for HttpMethod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Get => f.write_str("GET"),
                Self::Post => f.write_str("POST"),
            }
        }
    }
    impl ::std::str::FromStr for HttpMethod {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "GET" => Ok(Self::Get),
                "POST" => Ok(Self::Post),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for HttpMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for HttpMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The paging block of every trunking v1 list response. To read the next page, GET `next_page_url` verbatim (it carries `PageSize`, `Page` and `PageToken`); it is `null` on the last page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ListMeta {
        ///The absolute URL of the first page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_page_url: ::std::option::Option<::std::string::String>,
        ///The name of the property that holds this page's items (`trunks`, `credential_lists`, `ip_access_control_lists`, `origination_urls`, `phone_numbers`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///The absolute URL of the next page, or `null` on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page_url: ::std::option::Option<::std::string::String>,
        ///The 0-based index of this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        ///The number of items requested per page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_size: ::std::option::Option<i64>,
        ///The absolute URL of the previous page, or `null` on the first page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page_url: ::std::option::Option<::std::string::String>,
        ///The absolute URL of this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl ListMeta {
        pub fn builder() -> builder::ListMeta {
            Default::default()
        }
    }
    ///An Origination URL of a trunk: a network element entry point into your communications infrastructure, where Twilio sends the calls arriving on the trunk's numbers. The lowest `priority` is tried first; entries with equal priority share the traffic by `weight`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OriginationUrl {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the OriginationUrl resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The date and time in GMT when the resource was created. Twilio's reference says RFC 2822, but the trunking v1 API sends ISO 8601 / RFC 3339 (`2015-01-02T11:23:45Z`), which is what this type parses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub date_created: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The date and time in GMT when the resource was last updated. Twilio's reference says RFC 2822, but the trunking v1 API sends ISO 8601 / RFC 3339 (`2015-01-02T11:23:45Z`), which is what this type parses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub date_updated: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Whether the URL is enabled. The default is `true`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///The string that you assigned to describe the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub friendly_name: ::std::option::Option<::std::string::String>,
        ///The relative importance of the URI. Can be an integer from 0 to 65535, inclusive, and the default is 10. The lowest number represents the most important URI.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub priority: ::std::option::Option<i64>,
        ///The unique string that we created to identify the OriginationUrl resource: `OU` followed by 32 hex digits.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sid: ::std::option::Option<::std::string::String>,
        ///The SIP address you want Twilio to route your Origination calls to. This must be a `sip:` schema. Returned as stored, e.g. `sip://sip-box.com:1234`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sip_url: ::std::option::Option<::std::string::String>,
        ///The SID of the Trunk that owns the Origination URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_sid: ::std::option::Option<::std::string::String>,
        ///The absolute URL of the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        ///The value that determines the relative share of the load the URI should receive compared to other URIs with the same priority. Can be an integer from 1 to 65535, inclusive, and the default is 10. URLs with higher values receive more load than those with lower ones with the same priority.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub weight: ::std::option::Option<i64>,
    }
    impl OriginationUrl {
        pub fn builder() -> builder::OriginationUrl {
            Default::default()
        }
    }
    ///One page of a trunk's Origination URLs.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OriginationUrlPage {
        ///The paging information: follow `next_page_url` for the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
        ///The items on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub origination_urls: ::std::vec::Vec<OriginationUrl>,
    }
    impl OriginationUrlPage {
        pub fn builder() -> builder::OriginationUrlPage {
            Default::default()
        }
    }
    ///The set of Boolean properties that indicate whether a phone number can receive calls or messages. `fax` is declared by Twilio but absent from its examples.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PhoneNumberCapabilities {
        ///Whether the number can receive faxes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fax: ::std::option::Option<bool>,
        ///Whether the number can receive MMS messages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mms: ::std::option::Option<bool>,
        ///Whether the number can receive SMS messages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sms: ::std::option::Option<bool>,
        ///Whether the number can receive calls.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice: ::std::option::Option<bool>,
    }
    impl PhoneNumberCapabilities {
        pub fn builder() -> builder::PhoneNumberCapabilities {
            Default::default()
        }
    }
    ///A trunk's recording settings: the `Recording` singleton (`/v1/Trunks/{TrunkSid}/Recording`) and the `recording` field of a Trunk. Twilio's spec leaves the Trunk field untyped; its real value is this object.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Recording {
        ///The recording mode for the trunk. Can be `do-not-record` (default), `record-from-ringing`, `record-from-answer`, `record-from-ringing-dual`, or `record-from-answer-dual`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mode: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated_trunking::types::RecordingMode>,
        >,
        ///The recording trim setting for the trunk. Can be `do-not-trim` (default) or `trim-silence`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trim: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated_trunking::types::RecordingTrim>,
        >,
    }
    impl Recording {
        pub fn builder() -> builder::Recording {
            Default::default()
        }
    }
    ///The recording mode for the trunk. Can be `do-not-record` (default), `record-from-ringing`, `record-from-answer`, `record-from-ringing-dual`, or `record-from-answer-dual`. With any mode other than `do-not-record`, all calls going through the trunk are recorded; the `-dual` variants record in dual channel.
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
    pub enum RecordingMode {
        #[serde(rename = "do-not-record")]
        DoNotRecord,
        #[serde(rename = "record-from-ringing")]
        RecordFromRinging,
        #[serde(rename = "record-from-answer")]
        RecordFromAnswer,
        #[serde(rename = "record-from-ringing-dual")]
        RecordFromRingingDual,
        #[serde(rename = "record-from-answer-dual")]
        RecordFromAnswerDual,
    }
    impl ::std::fmt::Display for RecordingMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::DoNotRecord => f.write_str("do-not-record"),
                Self::RecordFromRinging => f.write_str("record-from-ringing"),
                Self::RecordFromAnswer => f.write_str("record-from-answer"),
                Self::RecordFromRingingDual => f.write_str("record-from-ringing-dual"),
                Self::RecordFromAnswerDual => f.write_str("record-from-answer-dual"),
            }
        }
    }
    impl ::std::str::FromStr for RecordingMode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "do-not-record" => Ok(Self::DoNotRecord),
                "record-from-ringing" => Ok(Self::RecordFromRinging),
                "record-from-answer" => Ok(Self::RecordFromAnswer),
                "record-from-ringing-dual" => Ok(Self::RecordFromRingingDual),
                "record-from-answer-dual" => Ok(Self::RecordFromAnswerDual),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for RecordingMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RecordingMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The recording trim setting for the trunk. Can be `do-not-trim` (default) or `trim-silence`.
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
    pub enum RecordingTrim {
        #[serde(rename = "trim-silence")]
        TrimSilence,
        #[serde(rename = "do-not-trim")]
        DoNotTrim,
    }
    impl ::std::fmt::Display for RecordingTrim {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::TrimSilence => f.write_str("trim-silence"),
                Self::DoNotTrim => f.write_str("do-not-trim"),
            }
        }
    }
    impl ::std::str::FromStr for RecordingTrim {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "trim-silence" => Ok(Self::TrimSilence),
                "do-not-trim" => Ok(Self::DoNotTrim),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for RecordingTrim {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RecordingTrim {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Caller Id for transfer target. Can be: `from-transferee` (default) or `from-transferor`.
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
    pub enum TransferCallerId {
        #[serde(rename = "from-transferee")]
        FromTransferee,
        #[serde(rename = "from-transferor")]
        FromTransferor,
    }
    impl ::std::fmt::Display for TransferCallerId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::FromTransferee => f.write_str("from-transferee"),
                Self::FromTransferor => f.write_str("from-transferor"),
            }
        }
    }
    impl ::std::str::FromStr for TransferCallerId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "from-transferee" => Ok(Self::FromTransferee),
                "from-transferor" => Ok(Self::FromTransferor),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TransferCallerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TransferCallerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The call transfer settings for the trunk. Can be: `enable-all`, `sip-only` and `disable-all`. See [Transfer](https://www.twilio.com/docs/sip-trunking/call-transfer) for more information.
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
    pub enum TransferMode {
        #[serde(rename = "disable-all")]
        DisableAll,
        #[serde(rename = "enable-all")]
        EnableAll,
        #[serde(rename = "sip-only")]
        SipOnly,
    }
    impl ::std::fmt::Display for TransferMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::DisableAll => f.write_str("disable-all"),
                Self::EnableAll => f.write_str("enable-all"),
                Self::SipOnly => f.write_str("sip-only"),
            }
        }
    }
    impl ::std::str::FromStr for TransferMode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "disable-all" => Ok(Self::DisableAll),
                "enable-all" => Ok(Self::EnableAll),
                "sip-only" => Ok(Self::SipOnly),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TransferMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TransferMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A SIP Trunk in your Twilio account. A Trunk can have associated Credential Lists, IP Access Control Lists, Origination URLs, and Phone Numbers. Every field is optional and may be `null`; fields Twilio adds later are ignored.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Trunk {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Trunk resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The types of authentication mapped to the domain. Can be: `IP_ACL` and `CREDENTIAL_LIST`. If both are mapped, the values are returned in a comma delimited list. If empty (`""`), the domain will not receive any traffic.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auth_type: ::std::option::Option<::std::string::String>,
        ///Reserved. (An empty array in every example.)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auth_type_set: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Whether Caller ID Name (CNAM) lookup is enabled for the trunk. If enabled, all inbound calls to the SIP Trunk from the United States and Canada automatically perform a CNAM Lookup and display Caller ID data on your phone. See [CNAM Lookups](https://www.twilio.com/docs/sip-trunking#CNAM) for more information.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cnam_lookup_enabled: ::std::option::Option<bool>,
        ///The date and time in GMT when the resource was created. Twilio's reference says RFC 2822, but the trunking v1 API sends ISO 8601 / RFC 3339 (`2015-01-02T11:23:45Z`), which is what this type parses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub date_created: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The date and time in GMT when the resource was last updated. Twilio's reference says RFC 2822, but the trunking v1 API sends ISO 8601 / RFC 3339 (`2015-01-02T11:23:45Z`), which is what this type parses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub date_updated: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The HTTP method we use to call the `disaster_recovery_url`. Can be: `GET` or `POST`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disaster_recovery_method: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated_trunking::types::HttpMethod>,
        >,
        ///The URL we call using the `disaster_recovery_method` if an error occurs while sending SIP traffic towards the configured Origination URL. We retrieve TwiML from this URL and execute the instructions like any other normal TwiML call. See [Disaster Recovery](https://www.twilio.com/docs/sip-trunking#disaster-recovery) for more information. May be an empty string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disaster_recovery_url: ::std::option::Option<::std::string::String>,
        ///The unique address you reserve on Twilio to which you route your SIP traffic. Domain names can contain letters, digits, and `-` and must end with `pstn.twilio.com`. See [Termination Settings](https://www.twilio.com/docs/sip-trunking#termination) for more information.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub domain_name: ::std::option::Option<::std::string::String>,
        ///The string that you assigned to describe the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub friendly_name: ::std::option::Option<::std::string::String>,
        ///The URLs of related resources.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub links: ::std::option::Option<TrunkLinks>,
        ///The recording settings for the trunk (`{mode, trim}`). If the mode is `record-from-ringing` or `record-from-answer` (or a `-dual` variant), all calls going through the trunk will be recorded. The only way to change recording parameters is on the Recording sub-resource of a Trunk after it has been created (`update_trunk_recording`). See [Recording](https://www.twilio.com/docs/sip-trunking#recording) for more information.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recording: ::std::option::Option<Recording>,
        ///Whether Secure Trunking is enabled for the trunk. If enabled, all calls going through the trunk will be secure using SRTP for media and TLS for signaling. If disabled, then RTP will be used for media. See [Secure Trunking](https://www.twilio.com/docs/sip-trunking#securetrunking) for more information.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secure: ::std::option::Option<bool>,
        ///The unique string that we created to identify the Trunk resource: `TK` followed by 32 hex digits.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sid: ::std::option::Option<::std::string::String>,
        ///Whether Symmetric RTP is enabled for the trunk. Added by Twilio in 2025 and absent from older responses; read-only in this API (no request parameter sets it).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub symmetric_rtp_enabled: ::std::option::Option<bool>,
        ///Caller Id for transfer target. Can be: `from-transferee` (default) or `from-transferor`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transfer_caller_id: ::std::option::Option<
            ::trunkline_core::OpenEnum<
                crate::generated_trunking::types::TransferCallerId,
            >,
        >,
        ///The call transfer settings for the trunk. Can be: `enable-all`, `sip-only` and `disable-all`. See [Transfer](https://www.twilio.com/docs/sip-trunking/call-transfer) for more information.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transfer_mode: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated_trunking::types::TransferMode>,
        >,
        ///The absolute URL of the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl Trunk {
        pub fn builder() -> builder::Trunk {
            Default::default()
        }
    }
    ///A SIP Credential List associated with a trunk. Once associated, Twilio authenticates termination traffic to the trunk against the list's credentials (SIP digest). The list itself is created and edited through the 2010-04-01 SIP API; removing the association does not delete it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrunkCredentialList {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the CredentialList resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The date and time in GMT when the resource was created. Twilio's reference says RFC 2822, but the trunking v1 API sends ISO 8601 / RFC 3339 (`2015-01-02T11:23:45Z`), which is what this type parses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub date_created: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The date and time in GMT when the resource was last updated. Twilio's reference says RFC 2822, but the trunking v1 API sends ISO 8601 / RFC 3339 (`2015-01-02T11:23:45Z`), which is what this type parses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub date_updated: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The string that you assigned to describe the resource (the list's name).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub friendly_name: ::std::option::Option<::std::string::String>,
        ///The unique string that identifies the CredentialList resource: the SID of the associated list itself (`CL` followed by 32 hex digits), not an association id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sid: ::std::option::Option<::std::string::String>,
        ///The SID of the Trunk the credential list is associated with.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_sid: ::std::option::Option<::std::string::String>,
        ///The absolute URL of the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl TrunkCredentialList {
        pub fn builder() -> builder::TrunkCredentialList {
            Default::default()
        }
    }
    ///One page of the Credential Lists associated with a trunk.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrunkCredentialListPage {
        ///The items on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub credential_lists: ::std::vec::Vec<TrunkCredentialList>,
        ///The paging information: follow `next_page_url` for the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
    }
    impl TrunkCredentialListPage {
        pub fn builder() -> builder::TrunkCredentialListPage {
            Default::default()
        }
    }
    ///A SIP IP Access Control List associated with a trunk. When an INVITE reaches the trunk, its source IP must appear in one of the associated lists. The list itself is created and edited through the 2010-04-01 SIP API; removing the association does not delete it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrunkIpAccessControlList {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the IpAccessControlList resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The date and time in GMT when the resource was created. Twilio's reference says RFC 2822, but the trunking v1 API sends ISO 8601 / RFC 3339 (`2015-01-02T11:23:45Z`), which is what this type parses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub date_created: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The date and time in GMT when the resource was last updated. Twilio's reference says RFC 2822, but the trunking v1 API sends ISO 8601 / RFC 3339 (`2015-01-02T11:23:45Z`), which is what this type parses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub date_updated: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The string that you assigned to describe the resource (the list's name).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub friendly_name: ::std::option::Option<::std::string::String>,
        ///The unique string that identifies the IpAccessControlList resource: the SID of the associated list itself (`AL` followed by 32 hex digits), not an association id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sid: ::std::option::Option<::std::string::String>,
        ///The SID of the Trunk the resource is associated with.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_sid: ::std::option::Option<::std::string::String>,
        ///The absolute URL of the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl TrunkIpAccessControlList {
        pub fn builder() -> builder::TrunkIpAccessControlList {
            Default::default()
        }
    }
    ///One page of the IP Access Control Lists associated with a trunk.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrunkIpAccessControlListPage {
        ///The items on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub ip_access_control_lists: ::std::vec::Vec<TrunkIpAccessControlList>,
        ///The paging information: follow `next_page_url` for the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
    }
    impl TrunkIpAccessControlListPage {
        pub fn builder() -> builder::TrunkIpAccessControlListPage {
            Default::default()
        }
    }
    ///The absolute URLs of a trunk's sub-resources.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrunkLinks {
        ///The Credential Lists associated with the trunk (`/v1/Trunks/{Sid}/CredentialLists`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_lists: ::std::option::Option<::std::string::String>,
        ///The IP Access Control Lists associated with the trunk (`/v1/Trunks/{Sid}/IpAccessControlLists`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ip_access_control_lists: ::std::option::Option<::std::string::String>,
        ///The trunk's Origination URLs (`/v1/Trunks/{Sid}/OriginationUrls`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub origination_urls: ::std::option::Option<::std::string::String>,
        ///The phone numbers associated with the trunk (`/v1/Trunks/{Sid}/PhoneNumbers`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_numbers: ::std::option::Option<::std::string::String>,
    }
    impl TrunkLinks {
        pub fn builder() -> builder::TrunkLinks {
            Default::default()
        }
    }
    ///One page of the account's trunks.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrunkPage {
        ///The paging information: follow `next_page_url` for the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
        ///The items on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub trunks: ::std::vec::Vec<Trunk>,
    }
    impl TrunkPage {
        pub fn builder() -> builder::TrunkPage {
            Default::default()
        }
    }
    ///An Incoming Phone Number of the account associated with a trunk: inbound calls to it use the trunk's Origination URLs. Every field is optional and may be `null`; URL and SID fields may also be empty strings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrunkPhoneNumber {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the PhoneNumber resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///Whether the phone number requires an [Address](https://www.twilio.com/docs/usage/api/address) registered with Twilio and, if so, what type. Can be: `none`, `any`, `local`, or `foreign`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_requirements: ::std::option::Option<
            ::trunkline_core::OpenEnum<
                crate::generated_trunking::types::AddressRequirements,
            >,
        >,
        ///The API version used to start a new TwiML session.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_version: ::std::option::Option<::std::string::String>,
        ///Whether the phone number is new to the Twilio platform. Can be: `true` or `false`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub beta: ::std::option::Option<bool>,
        ///The set of Boolean properties that indicate whether a phone number can receive calls or messages. Capabilities are `voice`, `sms`, `mms` and `fax`, and each can be `true` or `false`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub capabilities: ::std::option::Option<PhoneNumberCapabilities>,
        ///The date and time in GMT when the resource was created. Twilio's reference says RFC 2822, but the trunking v1 API sends ISO 8601 / RFC 3339 (`2015-01-02T11:23:45Z`), which is what this type parses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub date_created: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The date and time in GMT when the resource was last updated. Twilio's reference says RFC 2822, but the trunking v1 API sends ISO 8601 / RFC 3339 (`2015-01-02T11:23:45Z`), which is what this type parses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub date_updated: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The string that you assigned to describe the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub friendly_name: ::std::option::Option<::std::string::String>,
        ///The URLs of related resources.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub links: ::std::option::Option<TrunkPhoneNumberLinks>,
        ///The phone number in [E.164](https://www.twilio.com/docs/glossary/what-e164) format, which consists of a + followed by the country code and subscriber number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number: ::std::option::Option<::std::string::String>,
        ///The unique string that we created to identify the PhoneNumber resource: `PN` followed by 32 hex digits.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sid: ::std::option::Option<::std::string::String>,
        ///The SID of the application that handles SMS messages sent to the phone number. If an `sms_application_sid` is present, we ignore all `sms_*_url` values and use those of the application. May be an empty string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sms_application_sid: ::std::option::Option<::std::string::String>,
        ///The HTTP method we use to call `sms_fallback_url`. Can be: `GET` or `POST`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sms_fallback_method: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated_trunking::types::HttpMethod>,
        >,
        ///The URL that we call using the `sms_fallback_method` when an error occurs while retrieving or executing the TwiML from `sms_url`. May be an empty string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sms_fallback_url: ::std::option::Option<::std::string::String>,
        ///The HTTP method we use to call `sms_url`. Can be: `GET` or `POST`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sms_method: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated_trunking::types::HttpMethod>,
        >,
        ///The URL we call using the `sms_method` when the phone number receives an incoming SMS message. May be an empty string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sms_url: ::std::option::Option<::std::string::String>,
        ///The URL we call using the `status_callback_method` to send status information to your application. May be an empty string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status_callback: ::std::option::Option<::std::string::String>,
        ///The HTTP method we use to call `status_callback`. Can be: `GET` or `POST`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status_callback_method: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated_trunking::types::HttpMethod>,
        >,
        ///The SID of the Trunk that handles calls to the phone number. If a `trunk_sid` is present, we ignore all of the voice URLs and voice applications and use those set on the Trunk. Setting a `trunk_sid` will automatically delete your `voice_application_sid` and vice versa.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_sid: ::std::option::Option<::std::string::String>,
        ///The absolute URL of the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        ///The SID of the application that handles calls to the phone number. If a `voice_application_sid` is present, we ignore all of the voice URLs and use those set on the application. Setting a `voice_application_sid` will automatically delete your `trunk_sid` and vice versa. May be an empty string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice_application_sid: ::std::option::Option<::std::string::String>,
        ///Whether we look up the caller's caller-ID name from the CNAM database ($0.01 per look up). Can be: `true` or `false`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice_caller_id_lookup: ::std::option::Option<bool>,
        ///The HTTP method that we use to call `voice_fallback_url`. Can be: `GET` or `POST`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice_fallback_method: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated_trunking::types::HttpMethod>,
        >,
        ///The URL that we call using the `voice_fallback_method` when an error occurs retrieving or executing the TwiML requested by `url`. May be an empty string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice_fallback_url: ::std::option::Option<::std::string::String>,
        ///The HTTP method we use to call `voice_url`. Can be: `GET` or `POST`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice_method: ::std::option::Option<
            ::trunkline_core::OpenEnum<crate::generated_trunking::types::HttpMethod>,
        >,
        ///The URL we call using the `voice_method` when the phone number receives a call. The `voice_url` is not used if a `voice_application_sid` or a `trunk_sid` is set. May be an empty string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice_url: ::std::option::Option<::std::string::String>,
    }
    impl TrunkPhoneNumber {
        pub fn builder() -> builder::TrunkPhoneNumber {
            Default::default()
        }
    }
    ///The URLs of related resources.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrunkPhoneNumberLinks {
        ///The number's IncomingPhoneNumber resource in the 2010-04-01 API (absolute URL; older responses end it in `.json`, current ones do not).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number: ::std::option::Option<::std::string::String>,
    }
    impl TrunkPhoneNumberLinks {
        pub fn builder() -> builder::TrunkPhoneNumberLinks {
            Default::default()
        }
    }
    ///One page of the phone numbers associated with a trunk.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrunkPhoneNumberPage {
        ///The paging information: follow `next_page_url` for the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
        ///The items on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub phone_numbers: ::std::vec::Vec<TrunkPhoneNumber>,
    }
    impl TrunkPhoneNumberPage {
        pub fn builder() -> builder::TrunkPhoneNumberPage {
            Default::default()
        }
    }
    ///Twilio's error body, returned with every 4xx/5xx status. Every field is optional: the shape comes from Twilio's docs and SDKs (neither API spec declares it), and a gateway may answer without one.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TwilioError {
        ///The Twilio error code, e.g. 20404 (not found), 20003 (authentication/permission), 21481 (invalid `PageToken`). Look it up at `more_info`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<i64>,
        ///Optional additional details; free-form.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///A human-readable description of the error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The URL of the error code's documentation page (`https://www.twilio.com/docs/errors/<code>`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub more_info: ::std::option::Option<::std::string::String>,
        ///The HTTP status code, repeated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i64>,
    }
    impl TwilioError {
        pub fn builder() -> builder::TwilioError {
            Default::default()
        }
    }
    ///Form parameters of `POST /v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}`. Every parameter is optional; only the parameters you set are changed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateOriginationUrlRequest {
        ///Whether the URL is enabled. The default is `true`.
        #[serde(
            rename = "Enabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enabled: ::std::option::Option<bool>,
        ///A descriptive string that you create to describe the resource. It can be up to 64 characters long.
        #[serde(
            rename = "FriendlyName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub friendly_name: ::std::option::Option<::std::string::String>,
        ///The relative importance of the URI. Can be an integer from 0 to 65535, inclusive, and the default is 10. The lowest number represents the most important URI.
        #[serde(
            rename = "Priority",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub priority: ::std::option::Option<u16>,
        ///The SIP address you want Twilio to route your Origination calls to. This must be a `sip:` schema. `sips` is NOT supported. Not validated by this SDK: Twilio's own examples use `sip://sip-box.com:1234`.
        #[serde(
            rename = "SipUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sip_url: ::std::option::Option<::std::string::String>,
        ///The value that determines the relative share of the load the URI should receive compared to other URIs with the same priority. Can be an integer from 1 to 65535, inclusive, and the default is 10. URLs with higher values receive more load than those with lower ones with the same priority.
        #[serde(
            rename = "Weight",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub weight: ::std::option::Option<::std::num::NonZeroU16>,
    }
    impl UpdateOriginationUrlRequest {
        pub fn builder() -> builder::UpdateOriginationUrlRequest {
            Default::default()
        }
    }
    ///Form parameters of `POST /v1/Trunks/{TrunkSid}/Recording`. Both are optional; only the parameters you set are changed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateTrunkRecordingRequest {
        ///The recording mode for the trunk. Can be `do-not-record` (default), `record-from-ringing`, `record-from-answer`, `record-from-ringing-dual`, or `record-from-answer-dual`.
        #[serde(rename = "Mode", skip_serializing_if = "::std::option::Option::is_none")]
        pub mode: ::std::option::Option<RecordingMode>,
        ///The recording trim setting for the trunk. Can be `do-not-trim` (default) or `trim-silence`.
        #[serde(rename = "Trim", skip_serializing_if = "::std::option::Option::is_none")]
        pub trim: ::std::option::Option<RecordingTrim>,
    }
    impl UpdateTrunkRecordingRequest {
        pub fn builder() -> builder::UpdateTrunkRecordingRequest {
            Default::default()
        }
    }
    ///Form parameters of `POST /v1/Trunks/{Sid}`. Every parameter is optional; only the parameters you set are sent and changed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateTrunkRequest {
        ///Whether Caller ID Name (CNAM) lookup should be enabled for the trunk. If enabled, all inbound calls to the SIP Trunk from the United States and Canada automatically perform a CNAM Lookup and display Caller ID data on your phone. See [CNAM Lookups](https://www.twilio.com/docs/sip-trunking#CNAM) for more information.
        #[serde(
            rename = "CnamLookupEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cnam_lookup_enabled: ::std::option::Option<bool>,
        ///The HTTP method we should use to call the `disaster_recovery_url`. Can be: `GET` or `POST`.
        #[serde(
            rename = "DisasterRecoveryMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disaster_recovery_method: ::std::option::Option<HttpMethod>,
        ///The URL we should call using the `disaster_recovery_method` if an error occurs while sending SIP traffic towards the configured Origination URL. We retrieve TwiML from the URL and execute the instructions like any other normal TwiML call. See [Disaster Recovery](https://www.twilio.com/docs/sip-trunking#disaster-recovery) for more information.
        #[serde(
            rename = "DisasterRecoveryUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disaster_recovery_url: ::std::option::Option<::std::string::String>,
        ///The unique address you reserve on Twilio to which you route your SIP traffic. Domain names can contain letters, digits, and `-` and must end with `pstn.twilio.com`. See [Termination Settings](https://www.twilio.com/docs/sip-trunking#termination) for more information.
        #[serde(
            rename = "DomainName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_name: ::std::option::Option<::std::string::String>,
        ///A descriptive string that you create to describe the resource. It can be up to 64 characters long.
        #[serde(
            rename = "FriendlyName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub friendly_name: ::std::option::Option<::std::string::String>,
        ///Whether Secure Trunking is enabled for the trunk. If enabled, all calls going through the trunk will be secure using SRTP for media and TLS for signaling. If disabled, then RTP will be used for media. See [Secure Trunking](https://www.twilio.com/docs/sip-trunking#securetrunking) for more information.
        #[serde(
            rename = "Secure",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub secure: ::std::option::Option<bool>,
        ///Caller Id for transfer target. Can be: `from-transferee` (default) or `from-transferor`.
        #[serde(
            rename = "TransferCallerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub transfer_caller_id: ::std::option::Option<TransferCallerId>,
        ///The call transfer settings for the trunk. Can be: `enable-all`, `sip-only` and `disable-all`. See [Transfer](https://www.twilio.com/docs/sip-trunking/call-transfer) for more information.
        #[serde(
            rename = "TransferMode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub transfer_mode: ::std::option::Option<TransferMode>,
    }
    impl UpdateTrunkRequest {
        pub fn builder() -> builder::UpdateTrunkRequest {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AddTrunkCredentialListRequest {
            credential_list_sid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddTrunkCredentialListRequest {
            fn default() -> Self {
                Self {
                    credential_list_sid: Err(
                        "no value supplied for credential_list_sid".to_string(),
                    ),
                }
            }
        }
        impl AddTrunkCredentialListRequest {
            pub fn credential_list_sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.credential_list_sid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credential_list_sid: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddTrunkCredentialListRequest>
        for super::AddTrunkCredentialListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddTrunkCredentialListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credential_list_sid: value.credential_list_sid?,
                })
            }
        }
        impl ::std::convert::From<super::AddTrunkCredentialListRequest>
        for AddTrunkCredentialListRequest {
            fn from(value: super::AddTrunkCredentialListRequest) -> Self {
                Self {
                    credential_list_sid: Ok(value.credential_list_sid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddTrunkIpAccessControlListRequest {
            ip_access_control_list_sid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddTrunkIpAccessControlListRequest {
            fn default() -> Self {
                Self {
                    ip_access_control_list_sid: Err(
                        "no value supplied for ip_access_control_list_sid".to_string(),
                    ),
                }
            }
        }
        impl AddTrunkIpAccessControlListRequest {
            pub fn ip_access_control_list_sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_access_control_list_sid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ip_access_control_list_sid: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddTrunkIpAccessControlListRequest>
        for super::AddTrunkIpAccessControlListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddTrunkIpAccessControlListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_access_control_list_sid: value.ip_access_control_list_sid?,
                })
            }
        }
        impl ::std::convert::From<super::AddTrunkIpAccessControlListRequest>
        for AddTrunkIpAccessControlListRequest {
            fn from(value: super::AddTrunkIpAccessControlListRequest) -> Self {
                Self {
                    ip_access_control_list_sid: Ok(value.ip_access_control_list_sid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddTrunkPhoneNumberRequest {
            phone_number_sid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddTrunkPhoneNumberRequest {
            fn default() -> Self {
                Self {
                    phone_number_sid: Err(
                        "no value supplied for phone_number_sid".to_string(),
                    ),
                }
            }
        }
        impl AddTrunkPhoneNumberRequest {
            pub fn phone_number_sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number_sid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for phone_number_sid: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddTrunkPhoneNumberRequest>
        for super::AddTrunkPhoneNumberRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddTrunkPhoneNumberRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    phone_number_sid: value.phone_number_sid?,
                })
            }
        }
        impl ::std::convert::From<super::AddTrunkPhoneNumberRequest>
        for AddTrunkPhoneNumberRequest {
            fn from(value: super::AddTrunkPhoneNumberRequest) -> Self {
                Self {
                    phone_number_sid: Ok(value.phone_number_sid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateOriginationUrlRequest {
            enabled: ::std::result::Result<bool, ::std::string::String>,
            friendly_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            priority: ::std::result::Result<u16, ::std::string::String>,
            sip_url: ::std::result::Result<::std::string::String, ::std::string::String>,
            weight: ::std::result::Result<::std::num::NonZeroU16, ::std::string::String>,
        }
        impl ::std::default::Default for CreateOriginationUrlRequest {
            fn default() -> Self {
                Self {
                    enabled: Err("no value supplied for enabled".to_string()),
                    friendly_name: Err(
                        "no value supplied for friendly_name".to_string(),
                    ),
                    priority: Err("no value supplied for priority".to_string()),
                    sip_url: Err("no value supplied for sip_url".to_string()),
                    weight: Err("no value supplied for weight".to_string()),
                }
            }
        }
        impl CreateOriginationUrlRequest {
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
            pub fn friendly_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.friendly_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for friendly_name: {e}")
                    });
                self
            }
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u16>,
                T::Error: ::std::fmt::Display,
            {
                self.priority = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
                    });
                self
            }
            pub fn sip_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.sip_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sip_url: {e}")
                    });
                self
            }
            pub fn weight<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::num::NonZeroU16>,
            {
                self.weight = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for weight: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateOriginationUrlRequest>
        for super::CreateOriginationUrlRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateOriginationUrlRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    friendly_name: value.friendly_name?,
                    priority: value.priority?,
                    sip_url: value.sip_url?,
                    weight: value.weight?,
                })
            }
        }
        impl ::std::convert::From<super::CreateOriginationUrlRequest>
        for CreateOriginationUrlRequest {
            fn from(value: super::CreateOriginationUrlRequest) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    friendly_name: Ok(value.friendly_name),
                    priority: Ok(value.priority),
                    sip_url: Ok(value.sip_url),
                    weight: Ok(value.weight),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTrunkRequest {
            cnam_lookup_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            disaster_recovery_method: ::std::result::Result<
                ::std::option::Option<super::HttpMethod>,
                ::std::string::String,
            >,
            disaster_recovery_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            domain_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            friendly_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            secure: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            transfer_caller_id: ::std::result::Result<
                ::std::option::Option<super::TransferCallerId>,
                ::std::string::String,
            >,
            transfer_mode: ::std::result::Result<
                ::std::option::Option<super::TransferMode>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateTrunkRequest {
            fn default() -> Self {
                Self {
                    cnam_lookup_enabled: Ok(Default::default()),
                    disaster_recovery_method: Ok(Default::default()),
                    disaster_recovery_url: Ok(Default::default()),
                    domain_name: Ok(Default::default()),
                    friendly_name: Ok(Default::default()),
                    secure: Ok(Default::default()),
                    transfer_caller_id: Ok(Default::default()),
                    transfer_mode: Ok(Default::default()),
                }
            }
        }
        impl CreateTrunkRequest {
            pub fn cnam_lookup_enabled<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.cnam_lookup_enabled = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cnam_lookup_enabled: {e}"
                        )
                    });
                self
            }
            pub fn disaster_recovery_method<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<super::HttpMethod>>,
            {
                self.disaster_recovery_method = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disaster_recovery_method: {e}"
                        )
                    });
                self
            }
            pub fn disaster_recovery_url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.disaster_recovery_url = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disaster_recovery_url: {e}"
                        )
                    });
                self
            }
            pub fn domain_name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.domain_name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for domain_name: {e}")
                    });
                self
            }
            pub fn friendly_name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.friendly_name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for friendly_name: {e}")
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
            pub fn transfer_caller_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::TransferCallerId>,
                >,
            {
                self.transfer_caller_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transfer_caller_id: {e}"
                        )
                    });
                self
            }
            pub fn transfer_mode<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::TransferMode>,
                >,
            {
                self.transfer_mode = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for transfer_mode: {e}")
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
                    cnam_lookup_enabled: value.cnam_lookup_enabled?,
                    disaster_recovery_method: value.disaster_recovery_method?,
                    disaster_recovery_url: value.disaster_recovery_url?,
                    domain_name: value.domain_name?,
                    friendly_name: value.friendly_name?,
                    secure: value.secure?,
                    transfer_caller_id: value.transfer_caller_id?,
                    transfer_mode: value.transfer_mode?,
                })
            }
        }
        impl ::std::convert::From<super::CreateTrunkRequest> for CreateTrunkRequest {
            fn from(value: super::CreateTrunkRequest) -> Self {
                Self {
                    cnam_lookup_enabled: Ok(value.cnam_lookup_enabled),
                    disaster_recovery_method: Ok(value.disaster_recovery_method),
                    disaster_recovery_url: Ok(value.disaster_recovery_url),
                    domain_name: Ok(value.domain_name),
                    friendly_name: Ok(value.friendly_name),
                    secure: Ok(value.secure),
                    transfer_caller_id: Ok(value.transfer_caller_id),
                    transfer_mode: Ok(value.transfer_mode),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMeta {
            first_page_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            next_page_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            page: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            previous_page_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMeta {
            fn default() -> Self {
                Self {
                    first_page_url: Ok(Default::default()),
                    key: Ok(Default::default()),
                    next_page_url: Ok(Default::default()),
                    page: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    previous_page_url: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl ListMeta {
            pub fn first_page_url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.first_page_url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for first_page_url: {e}"
                        )
                    });
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.key = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn next_page_url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.next_page_url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for next_page_url: {e}")
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
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.page_size = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn previous_page_url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.previous_page_url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_page_url: {e}"
                        )
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
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
                    first_page_url: value.first_page_url?,
                    key: value.key?,
                    next_page_url: value.next_page_url?,
                    page: value.page?,
                    page_size: value.page_size?,
                    previous_page_url: value.previous_page_url?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::ListMeta> for ListMeta {
            fn from(value: super::ListMeta) -> Self {
                Self {
                    first_page_url: Ok(value.first_page_url),
                    key: Ok(value.key),
                    next_page_url: Ok(value.next_page_url),
                    page: Ok(value.page),
                    page_size: Ok(value.page_size),
                    previous_page_url: Ok(value.previous_page_url),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OriginationUrl {
            account_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            date_updated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            friendly_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            priority: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sip_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            trunk_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            weight: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OriginationUrl {
            fn default() -> Self {
                Self {
                    account_sid: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    date_updated: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    friendly_name: Ok(Default::default()),
                    priority: Ok(Default::default()),
                    sid: Ok(Default::default()),
                    sip_url: Ok(Default::default()),
                    trunk_sid: Ok(Default::default()),
                    url: Ok(Default::default()),
                    weight: Ok(Default::default()),
                }
            }
        }
        impl OriginationUrl {
            pub fn account_sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.account_sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for account_sid: {e}")
                    });
                self
            }
            pub fn date_created<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.date_created = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for date_created: {e}")
                    });
                self
            }
            pub fn date_updated<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.date_updated = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for date_updated: {e}")
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
            pub fn friendly_name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.friendly_name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for friendly_name: {e}")
                    });
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
            pub fn sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for sid: {e}")
                    });
                self
            }
            pub fn sip_url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.sip_url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for sip_url: {e}")
                    });
                self
            }
            pub fn trunk_sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.trunk_sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trunk_sid: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
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
        impl ::std::convert::TryFrom<OriginationUrl> for super::OriginationUrl {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OriginationUrl,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_sid: value.account_sid?,
                    date_created: value.date_created?,
                    date_updated: value.date_updated?,
                    enabled: value.enabled?,
                    friendly_name: value.friendly_name?,
                    priority: value.priority?,
                    sid: value.sid?,
                    sip_url: value.sip_url?,
                    trunk_sid: value.trunk_sid?,
                    url: value.url?,
                    weight: value.weight?,
                })
            }
        }
        impl ::std::convert::From<super::OriginationUrl> for OriginationUrl {
            fn from(value: super::OriginationUrl) -> Self {
                Self {
                    account_sid: Ok(value.account_sid),
                    date_created: Ok(value.date_created),
                    date_updated: Ok(value.date_updated),
                    enabled: Ok(value.enabled),
                    friendly_name: Ok(value.friendly_name),
                    priority: Ok(value.priority),
                    sid: Ok(value.sid),
                    sip_url: Ok(value.sip_url),
                    trunk_sid: Ok(value.trunk_sid),
                    url: Ok(value.url),
                    weight: Ok(value.weight),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OriginationUrlPage {
            meta: ::std::result::Result<
                ::std::option::Option<super::ListMeta>,
                ::std::string::String,
            >,
            origination_urls: ::std::result::Result<
                ::std::vec::Vec<super::OriginationUrl>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OriginationUrlPage {
            fn default() -> Self {
                Self {
                    meta: Ok(Default::default()),
                    origination_urls: Ok(Default::default()),
                }
            }
        }
        impl OriginationUrlPage {
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
            pub fn origination_urls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OriginationUrl>>,
                T::Error: ::std::fmt::Display,
            {
                self.origination_urls = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for origination_urls: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OriginationUrlPage> for super::OriginationUrlPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OriginationUrlPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    meta: value.meta?,
                    origination_urls: value.origination_urls?,
                })
            }
        }
        impl ::std::convert::From<super::OriginationUrlPage> for OriginationUrlPage {
            fn from(value: super::OriginationUrlPage) -> Self {
                Self {
                    meta: Ok(value.meta),
                    origination_urls: Ok(value.origination_urls),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PhoneNumberCapabilities {
            fax: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            mms: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sms: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            voice: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PhoneNumberCapabilities {
            fn default() -> Self {
                Self {
                    fax: Ok(Default::default()),
                    mms: Ok(Default::default()),
                    sms: Ok(Default::default()),
                    voice: Ok(Default::default()),
                }
            }
        }
        impl PhoneNumberCapabilities {
            pub fn fax<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.fax = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for fax: {e}")
                    });
                self
            }
            pub fn mms<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.mms = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for mms: {e}")
                    });
                self
            }
            pub fn sms<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.sms = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for sms: {e}")
                    });
                self
            }
            pub fn voice<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.voice = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for voice: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PhoneNumberCapabilities>
        for super::PhoneNumberCapabilities {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneNumberCapabilities,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    fax: value.fax?,
                    mms: value.mms?,
                    sms: value.sms?,
                    voice: value.voice?,
                })
            }
        }
        impl ::std::convert::From<super::PhoneNumberCapabilities>
        for PhoneNumberCapabilities {
            fn from(value: super::PhoneNumberCapabilities) -> Self {
                Self {
                    fax: Ok(value.fax),
                    mms: Ok(value.mms),
                    sms: Ok(value.sms),
                    voice: Ok(value.voice),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Recording {
            mode: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<
                        crate::generated_trunking::types::RecordingMode,
                    >,
                >,
                ::std::string::String,
            >,
            trim: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<
                        crate::generated_trunking::types::RecordingTrim,
                    >,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Recording {
            fn default() -> Self {
                Self {
                    mode: Ok(Default::default()),
                    trim: Ok(Default::default()),
                }
            }
        }
        impl Recording {
            pub fn mode<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated_trunking::types::RecordingMode,
                        >,
                    >,
                >,
            {
                self.mode = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for mode: {e}")
                    });
                self
            }
            pub fn trim<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated_trunking::types::RecordingTrim,
                        >,
                    >,
                >,
            {
                self.trim = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trim: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Recording> for super::Recording {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Recording,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    mode: value.mode?,
                    trim: value.trim?,
                })
            }
        }
        impl ::std::convert::From<super::Recording> for Recording {
            fn from(value: super::Recording) -> Self {
                Self {
                    mode: Ok(value.mode),
                    trim: Ok(value.trim),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Trunk {
            account_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            auth_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            auth_type_set: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            cnam_lookup_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            date_updated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            disaster_recovery_method: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<
                        crate::generated_trunking::types::HttpMethod,
                    >,
                >,
                ::std::string::String,
            >,
            disaster_recovery_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            domain_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            friendly_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::option::Option<super::TrunkLinks>,
                ::std::string::String,
            >,
            recording: ::std::result::Result<
                ::std::option::Option<super::Recording>,
                ::std::string::String,
            >,
            secure: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            symmetric_rtp_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            transfer_caller_id: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<
                        crate::generated_trunking::types::TransferCallerId,
                    >,
                >,
                ::std::string::String,
            >,
            transfer_mode: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<
                        crate::generated_trunking::types::TransferMode,
                    >,
                >,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Trunk {
            fn default() -> Self {
                Self {
                    account_sid: Ok(Default::default()),
                    auth_type: Ok(Default::default()),
                    auth_type_set: Ok(Default::default()),
                    cnam_lookup_enabled: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    date_updated: Ok(Default::default()),
                    disaster_recovery_method: Ok(Default::default()),
                    disaster_recovery_url: Ok(Default::default()),
                    domain_name: Ok(Default::default()),
                    friendly_name: Ok(Default::default()),
                    links: Ok(Default::default()),
                    recording: Ok(Default::default()),
                    secure: Ok(Default::default()),
                    sid: Ok(Default::default()),
                    symmetric_rtp_enabled: Ok(Default::default()),
                    transfer_caller_id: Ok(Default::default()),
                    transfer_mode: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl Trunk {
            pub fn account_sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.account_sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for account_sid: {e}")
                    });
                self
            }
            pub fn auth_type<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.auth_type = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for auth_type: {e}")
                    });
                self
            }
            pub fn auth_type_set<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
            {
                self.auth_type_set = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for auth_type_set: {e}")
                    });
                self
            }
            pub fn cnam_lookup_enabled<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.cnam_lookup_enabled = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cnam_lookup_enabled: {e}"
                        )
                    });
                self
            }
            pub fn date_created<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.date_created = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for date_created: {e}")
                    });
                self
            }
            pub fn date_updated<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.date_updated = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for date_updated: {e}")
                    });
                self
            }
            pub fn disaster_recovery_method<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated_trunking::types::HttpMethod,
                        >,
                    >,
                >,
            {
                self.disaster_recovery_method = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disaster_recovery_method: {e}"
                        )
                    });
                self
            }
            pub fn disaster_recovery_url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.disaster_recovery_url = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disaster_recovery_url: {e}"
                        )
                    });
                self
            }
            pub fn domain_name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.domain_name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for domain_name: {e}")
                    });
                self
            }
            pub fn friendly_name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.friendly_name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for friendly_name: {e}")
                    });
                self
            }
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<super::TrunkLinks>>,
            {
                self.links = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn recording<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<super::Recording>>,
            {
                self.recording = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for recording: {e}")
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
            pub fn sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for sid: {e}")
                    });
                self
            }
            pub fn symmetric_rtp_enabled<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.symmetric_rtp_enabled = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for symmetric_rtp_enabled: {e}"
                        )
                    });
                self
            }
            pub fn transfer_caller_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated_trunking::types::TransferCallerId,
                        >,
                    >,
                >,
            {
                self.transfer_caller_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transfer_caller_id: {e}"
                        )
                    });
                self
            }
            pub fn transfer_mode<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated_trunking::types::TransferMode,
                        >,
                    >,
                >,
            {
                self.transfer_mode = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for transfer_mode: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
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
                    account_sid: value.account_sid?,
                    auth_type: value.auth_type?,
                    auth_type_set: value.auth_type_set?,
                    cnam_lookup_enabled: value.cnam_lookup_enabled?,
                    date_created: value.date_created?,
                    date_updated: value.date_updated?,
                    disaster_recovery_method: value.disaster_recovery_method?,
                    disaster_recovery_url: value.disaster_recovery_url?,
                    domain_name: value.domain_name?,
                    friendly_name: value.friendly_name?,
                    links: value.links?,
                    recording: value.recording?,
                    secure: value.secure?,
                    sid: value.sid?,
                    symmetric_rtp_enabled: value.symmetric_rtp_enabled?,
                    transfer_caller_id: value.transfer_caller_id?,
                    transfer_mode: value.transfer_mode?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::Trunk> for Trunk {
            fn from(value: super::Trunk) -> Self {
                Self {
                    account_sid: Ok(value.account_sid),
                    auth_type: Ok(value.auth_type),
                    auth_type_set: Ok(value.auth_type_set),
                    cnam_lookup_enabled: Ok(value.cnam_lookup_enabled),
                    date_created: Ok(value.date_created),
                    date_updated: Ok(value.date_updated),
                    disaster_recovery_method: Ok(value.disaster_recovery_method),
                    disaster_recovery_url: Ok(value.disaster_recovery_url),
                    domain_name: Ok(value.domain_name),
                    friendly_name: Ok(value.friendly_name),
                    links: Ok(value.links),
                    recording: Ok(value.recording),
                    secure: Ok(value.secure),
                    sid: Ok(value.sid),
                    symmetric_rtp_enabled: Ok(value.symmetric_rtp_enabled),
                    transfer_caller_id: Ok(value.transfer_caller_id),
                    transfer_mode: Ok(value.transfer_mode),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrunkCredentialList {
            account_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            date_updated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            friendly_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            trunk_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TrunkCredentialList {
            fn default() -> Self {
                Self {
                    account_sid: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    date_updated: Ok(Default::default()),
                    friendly_name: Ok(Default::default()),
                    sid: Ok(Default::default()),
                    trunk_sid: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl TrunkCredentialList {
            pub fn account_sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.account_sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for account_sid: {e}")
                    });
                self
            }
            pub fn date_created<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.date_created = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for date_created: {e}")
                    });
                self
            }
            pub fn date_updated<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.date_updated = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for date_updated: {e}")
                    });
                self
            }
            pub fn friendly_name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.friendly_name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for friendly_name: {e}")
                    });
                self
            }
            pub fn sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for sid: {e}")
                    });
                self
            }
            pub fn trunk_sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.trunk_sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trunk_sid: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TrunkCredentialList>
        for super::TrunkCredentialList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TrunkCredentialList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_sid: value.account_sid?,
                    date_created: value.date_created?,
                    date_updated: value.date_updated?,
                    friendly_name: value.friendly_name?,
                    sid: value.sid?,
                    trunk_sid: value.trunk_sid?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::TrunkCredentialList> for TrunkCredentialList {
            fn from(value: super::TrunkCredentialList) -> Self {
                Self {
                    account_sid: Ok(value.account_sid),
                    date_created: Ok(value.date_created),
                    date_updated: Ok(value.date_updated),
                    friendly_name: Ok(value.friendly_name),
                    sid: Ok(value.sid),
                    trunk_sid: Ok(value.trunk_sid),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrunkCredentialListPage {
            credential_lists: ::std::result::Result<
                ::std::vec::Vec<super::TrunkCredentialList>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::ListMeta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TrunkCredentialListPage {
            fn default() -> Self {
                Self {
                    credential_lists: Ok(Default::default()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl TrunkCredentialListPage {
            pub fn credential_lists<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TrunkCredentialList>>,
                T::Error: ::std::fmt::Display,
            {
                self.credential_lists = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credential_lists: {e}"
                        )
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
        }
        impl ::std::convert::TryFrom<TrunkCredentialListPage>
        for super::TrunkCredentialListPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TrunkCredentialListPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credential_lists: value.credential_lists?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::TrunkCredentialListPage>
        for TrunkCredentialListPage {
            fn from(value: super::TrunkCredentialListPage) -> Self {
                Self {
                    credential_lists: Ok(value.credential_lists),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrunkIpAccessControlList {
            account_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            date_updated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            friendly_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            trunk_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TrunkIpAccessControlList {
            fn default() -> Self {
                Self {
                    account_sid: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    date_updated: Ok(Default::default()),
                    friendly_name: Ok(Default::default()),
                    sid: Ok(Default::default()),
                    trunk_sid: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl TrunkIpAccessControlList {
            pub fn account_sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.account_sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for account_sid: {e}")
                    });
                self
            }
            pub fn date_created<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.date_created = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for date_created: {e}")
                    });
                self
            }
            pub fn date_updated<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.date_updated = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for date_updated: {e}")
                    });
                self
            }
            pub fn friendly_name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.friendly_name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for friendly_name: {e}")
                    });
                self
            }
            pub fn sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for sid: {e}")
                    });
                self
            }
            pub fn trunk_sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.trunk_sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trunk_sid: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TrunkIpAccessControlList>
        for super::TrunkIpAccessControlList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TrunkIpAccessControlList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_sid: value.account_sid?,
                    date_created: value.date_created?,
                    date_updated: value.date_updated?,
                    friendly_name: value.friendly_name?,
                    sid: value.sid?,
                    trunk_sid: value.trunk_sid?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::TrunkIpAccessControlList>
        for TrunkIpAccessControlList {
            fn from(value: super::TrunkIpAccessControlList) -> Self {
                Self {
                    account_sid: Ok(value.account_sid),
                    date_created: Ok(value.date_created),
                    date_updated: Ok(value.date_updated),
                    friendly_name: Ok(value.friendly_name),
                    sid: Ok(value.sid),
                    trunk_sid: Ok(value.trunk_sid),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrunkIpAccessControlListPage {
            ip_access_control_lists: ::std::result::Result<
                ::std::vec::Vec<super::TrunkIpAccessControlList>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::ListMeta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TrunkIpAccessControlListPage {
            fn default() -> Self {
                Self {
                    ip_access_control_lists: Ok(Default::default()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl TrunkIpAccessControlListPage {
            pub fn ip_access_control_lists<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::TrunkIpAccessControlList>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ip_access_control_lists = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ip_access_control_lists: {e}"
                        )
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
        }
        impl ::std::convert::TryFrom<TrunkIpAccessControlListPage>
        for super::TrunkIpAccessControlListPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TrunkIpAccessControlListPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_access_control_lists: value.ip_access_control_lists?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::TrunkIpAccessControlListPage>
        for TrunkIpAccessControlListPage {
            fn from(value: super::TrunkIpAccessControlListPage) -> Self {
                Self {
                    ip_access_control_lists: Ok(value.ip_access_control_lists),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrunkLinks {
            credential_lists: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip_access_control_lists: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            origination_urls: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_numbers: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TrunkLinks {
            fn default() -> Self {
                Self {
                    credential_lists: Ok(Default::default()),
                    ip_access_control_lists: Ok(Default::default()),
                    origination_urls: Ok(Default::default()),
                    phone_numbers: Ok(Default::default()),
                }
            }
        }
        impl TrunkLinks {
            pub fn credential_lists<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.credential_lists = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credential_lists: {e}"
                        )
                    });
                self
            }
            pub fn ip_access_control_lists<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.ip_access_control_lists = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ip_access_control_lists: {e}"
                        )
                    });
                self
            }
            pub fn origination_urls<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.origination_urls = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for origination_urls: {e}"
                        )
                    });
                self
            }
            pub fn phone_numbers<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.phone_numbers = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for phone_numbers: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TrunkLinks> for super::TrunkLinks {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TrunkLinks,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credential_lists: value.credential_lists?,
                    ip_access_control_lists: value.ip_access_control_lists?,
                    origination_urls: value.origination_urls?,
                    phone_numbers: value.phone_numbers?,
                })
            }
        }
        impl ::std::convert::From<super::TrunkLinks> for TrunkLinks {
            fn from(value: super::TrunkLinks) -> Self {
                Self {
                    credential_lists: Ok(value.credential_lists),
                    ip_access_control_lists: Ok(value.ip_access_control_lists),
                    origination_urls: Ok(value.origination_urls),
                    phone_numbers: Ok(value.phone_numbers),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrunkPage {
            meta: ::std::result::Result<
                ::std::option::Option<super::ListMeta>,
                ::std::string::String,
            >,
            trunks: ::std::result::Result<
                ::std::vec::Vec<super::Trunk>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TrunkPage {
            fn default() -> Self {
                Self {
                    meta: Ok(Default::default()),
                    trunks: Ok(Default::default()),
                }
            }
        }
        impl TrunkPage {
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
            pub fn trunks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Trunk>>,
                T::Error: ::std::fmt::Display,
            {
                self.trunks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trunks: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TrunkPage> for super::TrunkPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TrunkPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    meta: value.meta?,
                    trunks: value.trunks?,
                })
            }
        }
        impl ::std::convert::From<super::TrunkPage> for TrunkPage {
            fn from(value: super::TrunkPage) -> Self {
                Self {
                    meta: Ok(value.meta),
                    trunks: Ok(value.trunks),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrunkPhoneNumber {
            account_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_requirements: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<
                        crate::generated_trunking::types::AddressRequirements,
                    >,
                >,
                ::std::string::String,
            >,
            api_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            beta: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            capabilities: ::std::result::Result<
                ::std::option::Option<super::PhoneNumberCapabilities>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            date_updated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            friendly_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::option::Option<super::TrunkPhoneNumberLinks>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sms_application_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sms_fallback_method: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<
                        crate::generated_trunking::types::HttpMethod,
                    >,
                >,
                ::std::string::String,
            >,
            sms_fallback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sms_method: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<
                        crate::generated_trunking::types::HttpMethod,
                    >,
                >,
                ::std::string::String,
            >,
            sms_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status_callback: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status_callback_method: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<
                        crate::generated_trunking::types::HttpMethod,
                    >,
                >,
                ::std::string::String,
            >,
            trunk_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            voice_application_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            voice_caller_id_lookup: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            voice_fallback_method: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<
                        crate::generated_trunking::types::HttpMethod,
                    >,
                >,
                ::std::string::String,
            >,
            voice_fallback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            voice_method: ::std::result::Result<
                ::std::option::Option<
                    ::trunkline_core::OpenEnum<
                        crate::generated_trunking::types::HttpMethod,
                    >,
                >,
                ::std::string::String,
            >,
            voice_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TrunkPhoneNumber {
            fn default() -> Self {
                Self {
                    account_sid: Ok(Default::default()),
                    address_requirements: Ok(Default::default()),
                    api_version: Ok(Default::default()),
                    beta: Ok(Default::default()),
                    capabilities: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    date_updated: Ok(Default::default()),
                    friendly_name: Ok(Default::default()),
                    links: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                    sid: Ok(Default::default()),
                    sms_application_sid: Ok(Default::default()),
                    sms_fallback_method: Ok(Default::default()),
                    sms_fallback_url: Ok(Default::default()),
                    sms_method: Ok(Default::default()),
                    sms_url: Ok(Default::default()),
                    status_callback: Ok(Default::default()),
                    status_callback_method: Ok(Default::default()),
                    trunk_sid: Ok(Default::default()),
                    url: Ok(Default::default()),
                    voice_application_sid: Ok(Default::default()),
                    voice_caller_id_lookup: Ok(Default::default()),
                    voice_fallback_method: Ok(Default::default()),
                    voice_fallback_url: Ok(Default::default()),
                    voice_method: Ok(Default::default()),
                    voice_url: Ok(Default::default()),
                }
            }
        }
        impl TrunkPhoneNumber {
            pub fn account_sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.account_sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for account_sid: {e}")
                    });
                self
            }
            pub fn address_requirements<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated_trunking::types::AddressRequirements,
                        >,
                    >,
                >,
            {
                self.address_requirements = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for address_requirements: {e}"
                        )
                    });
                self
            }
            pub fn api_version<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.api_version = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for api_version: {e}")
                    });
                self
            }
            pub fn beta<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.beta = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for beta: {e}")
                    });
                self
            }
            pub fn capabilities<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::PhoneNumberCapabilities>,
                >,
            {
                self.capabilities = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for capabilities: {e}")
                    });
                self
            }
            pub fn date_created<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.date_created = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for date_created: {e}")
                    });
                self
            }
            pub fn date_updated<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.date_updated = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for date_updated: {e}")
                    });
                self
            }
            pub fn friendly_name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.friendly_name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for friendly_name: {e}")
                    });
                self
            }
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::TrunkPhoneNumberLinks>,
                >,
            {
                self.links = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.phone_number = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for sid: {e}")
                    });
                self
            }
            pub fn sms_application_sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.sms_application_sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sms_application_sid: {e}"
                        )
                    });
                self
            }
            pub fn sms_fallback_method<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated_trunking::types::HttpMethod,
                        >,
                    >,
                >,
            {
                self.sms_fallback_method = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sms_fallback_method: {e}"
                        )
                    });
                self
            }
            pub fn sms_fallback_url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.sms_fallback_url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sms_fallback_url: {e}"
                        )
                    });
                self
            }
            pub fn sms_method<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated_trunking::types::HttpMethod,
                        >,
                    >,
                >,
            {
                self.sms_method = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for sms_method: {e}")
                    });
                self
            }
            pub fn sms_url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.sms_url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for sms_url: {e}")
                    });
                self
            }
            pub fn status_callback<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.status_callback = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for status_callback: {e}"
                        )
                    });
                self
            }
            pub fn status_callback_method<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated_trunking::types::HttpMethod,
                        >,
                    >,
                >,
            {
                self.status_callback_method = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for status_callback_method: {e}"
                        )
                    });
                self
            }
            pub fn trunk_sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.trunk_sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trunk_sid: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn voice_application_sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.voice_application_sid = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for voice_application_sid: {e}"
                        )
                    });
                self
            }
            pub fn voice_caller_id_lookup<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.voice_caller_id_lookup = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for voice_caller_id_lookup: {e}"
                        )
                    });
                self
            }
            pub fn voice_fallback_method<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated_trunking::types::HttpMethod,
                        >,
                    >,
                >,
            {
                self.voice_fallback_method = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for voice_fallback_method: {e}"
                        )
                    });
                self
            }
            pub fn voice_fallback_url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.voice_fallback_url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for voice_fallback_url: {e}"
                        )
                    });
                self
            }
            pub fn voice_method<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::trunkline_core::OpenEnum<
                            crate::generated_trunking::types::HttpMethod,
                        >,
                    >,
                >,
            {
                self.voice_method = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for voice_method: {e}")
                    });
                self
            }
            pub fn voice_url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.voice_url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for voice_url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TrunkPhoneNumber> for super::TrunkPhoneNumber {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TrunkPhoneNumber,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_sid: value.account_sid?,
                    address_requirements: value.address_requirements?,
                    api_version: value.api_version?,
                    beta: value.beta?,
                    capabilities: value.capabilities?,
                    date_created: value.date_created?,
                    date_updated: value.date_updated?,
                    friendly_name: value.friendly_name?,
                    links: value.links?,
                    phone_number: value.phone_number?,
                    sid: value.sid?,
                    sms_application_sid: value.sms_application_sid?,
                    sms_fallback_method: value.sms_fallback_method?,
                    sms_fallback_url: value.sms_fallback_url?,
                    sms_method: value.sms_method?,
                    sms_url: value.sms_url?,
                    status_callback: value.status_callback?,
                    status_callback_method: value.status_callback_method?,
                    trunk_sid: value.trunk_sid?,
                    url: value.url?,
                    voice_application_sid: value.voice_application_sid?,
                    voice_caller_id_lookup: value.voice_caller_id_lookup?,
                    voice_fallback_method: value.voice_fallback_method?,
                    voice_fallback_url: value.voice_fallback_url?,
                    voice_method: value.voice_method?,
                    voice_url: value.voice_url?,
                })
            }
        }
        impl ::std::convert::From<super::TrunkPhoneNumber> for TrunkPhoneNumber {
            fn from(value: super::TrunkPhoneNumber) -> Self {
                Self {
                    account_sid: Ok(value.account_sid),
                    address_requirements: Ok(value.address_requirements),
                    api_version: Ok(value.api_version),
                    beta: Ok(value.beta),
                    capabilities: Ok(value.capabilities),
                    date_created: Ok(value.date_created),
                    date_updated: Ok(value.date_updated),
                    friendly_name: Ok(value.friendly_name),
                    links: Ok(value.links),
                    phone_number: Ok(value.phone_number),
                    sid: Ok(value.sid),
                    sms_application_sid: Ok(value.sms_application_sid),
                    sms_fallback_method: Ok(value.sms_fallback_method),
                    sms_fallback_url: Ok(value.sms_fallback_url),
                    sms_method: Ok(value.sms_method),
                    sms_url: Ok(value.sms_url),
                    status_callback: Ok(value.status_callback),
                    status_callback_method: Ok(value.status_callback_method),
                    trunk_sid: Ok(value.trunk_sid),
                    url: Ok(value.url),
                    voice_application_sid: Ok(value.voice_application_sid),
                    voice_caller_id_lookup: Ok(value.voice_caller_id_lookup),
                    voice_fallback_method: Ok(value.voice_fallback_method),
                    voice_fallback_url: Ok(value.voice_fallback_url),
                    voice_method: Ok(value.voice_method),
                    voice_url: Ok(value.voice_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrunkPhoneNumberLinks {
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TrunkPhoneNumberLinks {
            fn default() -> Self {
                Self {
                    phone_number: Ok(Default::default()),
                }
            }
        }
        impl TrunkPhoneNumberLinks {
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.phone_number = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TrunkPhoneNumberLinks>
        for super::TrunkPhoneNumberLinks {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TrunkPhoneNumberLinks,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    phone_number: value.phone_number?,
                })
            }
        }
        impl ::std::convert::From<super::TrunkPhoneNumberLinks>
        for TrunkPhoneNumberLinks {
            fn from(value: super::TrunkPhoneNumberLinks) -> Self {
                Self {
                    phone_number: Ok(value.phone_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrunkPhoneNumberPage {
            meta: ::std::result::Result<
                ::std::option::Option<super::ListMeta>,
                ::std::string::String,
            >,
            phone_numbers: ::std::result::Result<
                ::std::vec::Vec<super::TrunkPhoneNumber>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TrunkPhoneNumberPage {
            fn default() -> Self {
                Self {
                    meta: Ok(Default::default()),
                    phone_numbers: Ok(Default::default()),
                }
            }
        }
        impl TrunkPhoneNumberPage {
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
            pub fn phone_numbers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TrunkPhoneNumber>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_numbers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_numbers: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TrunkPhoneNumberPage>
        for super::TrunkPhoneNumberPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TrunkPhoneNumberPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    meta: value.meta?,
                    phone_numbers: value.phone_numbers?,
                })
            }
        }
        impl ::std::convert::From<super::TrunkPhoneNumberPage> for TrunkPhoneNumberPage {
            fn from(value: super::TrunkPhoneNumberPage) -> Self {
                Self {
                    meta: Ok(value.meta),
                    phone_numbers: Ok(value.phone_numbers),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TwilioError {
            code: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            details: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            more_info: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TwilioError {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    details: Ok(Default::default()),
                    message: Ok(Default::default()),
                    more_info: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl TwilioError {
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
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
            {
                self.details = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
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
            pub fn more_info<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.more_info = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for more_info: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.status = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TwilioError> for super::TwilioError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TwilioError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    details: value.details?,
                    message: value.message?,
                    more_info: value.more_info?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::TwilioError> for TwilioError {
            fn from(value: super::TwilioError) -> Self {
                Self {
                    code: Ok(value.code),
                    details: Ok(value.details),
                    message: Ok(value.message),
                    more_info: Ok(value.more_info),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateOriginationUrlRequest {
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            friendly_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            priority: ::std::result::Result<
                ::std::option::Option<u16>,
                ::std::string::String,
            >,
            sip_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            weight: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU16>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateOriginationUrlRequest {
            fn default() -> Self {
                Self {
                    enabled: Ok(Default::default()),
                    friendly_name: Ok(Default::default()),
                    priority: Ok(Default::default()),
                    sip_url: Ok(Default::default()),
                    weight: Ok(Default::default()),
                }
            }
        }
        impl UpdateOriginationUrlRequest {
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
            pub fn friendly_name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.friendly_name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for friendly_name: {e}")
                    });
                self
            }
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<u16>>,
            {
                self.priority = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
                    });
                self
            }
            pub fn sip_url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.sip_url = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for sip_url: {e}")
                    });
                self
            }
            pub fn weight<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::num::NonZeroU16>,
                >,
            {
                self.weight = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for weight: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateOriginationUrlRequest>
        for super::UpdateOriginationUrlRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateOriginationUrlRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    friendly_name: value.friendly_name?,
                    priority: value.priority?,
                    sip_url: value.sip_url?,
                    weight: value.weight?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateOriginationUrlRequest>
        for UpdateOriginationUrlRequest {
            fn from(value: super::UpdateOriginationUrlRequest) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    friendly_name: Ok(value.friendly_name),
                    priority: Ok(value.priority),
                    sip_url: Ok(value.sip_url),
                    weight: Ok(value.weight),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateTrunkRecordingRequest {
            mode: ::std::result::Result<
                ::std::option::Option<super::RecordingMode>,
                ::std::string::String,
            >,
            trim: ::std::result::Result<
                ::std::option::Option<super::RecordingTrim>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateTrunkRecordingRequest {
            fn default() -> Self {
                Self {
                    mode: Ok(Default::default()),
                    trim: Ok(Default::default()),
                }
            }
        }
        impl UpdateTrunkRecordingRequest {
            pub fn mode<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::RecordingMode>,
                >,
            {
                self.mode = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for mode: {e}")
                    });
                self
            }
            pub fn trim<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::RecordingTrim>,
                >,
            {
                self.trim = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for trim: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateTrunkRecordingRequest>
        for super::UpdateTrunkRecordingRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateTrunkRecordingRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    mode: value.mode?,
                    trim: value.trim?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateTrunkRecordingRequest>
        for UpdateTrunkRecordingRequest {
            fn from(value: super::UpdateTrunkRecordingRequest) -> Self {
                Self {
                    mode: Ok(value.mode),
                    trim: Ok(value.trim),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateTrunkRequest {
            cnam_lookup_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            disaster_recovery_method: ::std::result::Result<
                ::std::option::Option<super::HttpMethod>,
                ::std::string::String,
            >,
            disaster_recovery_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            domain_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            friendly_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            secure: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            transfer_caller_id: ::std::result::Result<
                ::std::option::Option<super::TransferCallerId>,
                ::std::string::String,
            >,
            transfer_mode: ::std::result::Result<
                ::std::option::Option<super::TransferMode>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateTrunkRequest {
            fn default() -> Self {
                Self {
                    cnam_lookup_enabled: Ok(Default::default()),
                    disaster_recovery_method: Ok(Default::default()),
                    disaster_recovery_url: Ok(Default::default()),
                    domain_name: Ok(Default::default()),
                    friendly_name: Ok(Default::default()),
                    secure: Ok(Default::default()),
                    transfer_caller_id: Ok(Default::default()),
                    transfer_mode: Ok(Default::default()),
                }
            }
        }
        impl UpdateTrunkRequest {
            pub fn cnam_lookup_enabled<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<bool>>,
            {
                self.cnam_lookup_enabled = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cnam_lookup_enabled: {e}"
                        )
                    });
                self
            }
            pub fn disaster_recovery_method<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<super::HttpMethod>>,
            {
                self.disaster_recovery_method = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disaster_recovery_method: {e}"
                        )
                    });
                self
            }
            pub fn disaster_recovery_url<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.disaster_recovery_url = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disaster_recovery_url: {e}"
                        )
                    });
                self
            }
            pub fn domain_name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.domain_name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for domain_name: {e}")
                    });
                self
            }
            pub fn friendly_name<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.friendly_name = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for friendly_name: {e}")
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
            pub fn transfer_caller_id<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::TransferCallerId>,
                >,
            {
                self.transfer_caller_id = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transfer_caller_id: {e}"
                        )
                    });
                self
            }
            pub fn transfer_mode<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::TransferMode>,
                >,
            {
                self.transfer_mode = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for transfer_mode: {e}")
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
                    cnam_lookup_enabled: value.cnam_lookup_enabled?,
                    disaster_recovery_method: value.disaster_recovery_method?,
                    disaster_recovery_url: value.disaster_recovery_url?,
                    domain_name: value.domain_name?,
                    friendly_name: value.friendly_name?,
                    secure: value.secure?,
                    transfer_caller_id: value.transfer_caller_id?,
                    transfer_mode: value.transfer_mode?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateTrunkRequest> for UpdateTrunkRequest {
            fn from(value: super::UpdateTrunkRequest) -> Self {
                Self {
                    cnam_lookup_enabled: Ok(value.cnam_lookup_enabled),
                    disaster_recovery_method: Ok(value.disaster_recovery_method),
                    disaster_recovery_url: Ok(value.disaster_recovery_url),
                    domain_name: Ok(value.domain_name),
                    friendly_name: Ok(value.friendly_name),
                    secure: Ok(value.secure),
                    transfer_caller_id: Ok(value.transfer_caller_id),
                    transfer_mode: Ok(value.transfer_mode),
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
    ///The properties of [`Trunk`] a listing reads (`sid`, `friendly_name`, `domain_name`, `secure`, `date_created`, `date_updated`): decoding a page into these skips the rest of each item without storing it. A list builder's `stream_summary()` yields them; `From<Trunk>` makes one of a full item.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrunkSummary {
        ///The unique string that we created to identify the Trunk resource: `TK` followed by 32 hex digits.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sid: ::std::option::Option<::std::string::String>,
        ///The string that you assigned to describe the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub friendly_name: ::std::option::Option<::std::string::String>,
        ///The unique address you reserve on Twilio to which you route your SIP traffic. Domain names can contain letters, digits, and `-` and must end with `pstn.twilio.com`. See [Termination Settings](https://www.twilio.com/docs/sip-trunking#termination) for more information.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub domain_name: ::std::option::Option<::std::string::String>,
        ///Whether Secure Trunking is enabled for the trunk. If enabled, all calls going through the trunk will be secure using SRTP for media and TLS for signaling. If disabled, then RTP will be used for media. See [Secure Trunking](https://www.twilio.com/docs/sip-trunking#securetrunking) for more information.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secure: ::std::option::Option<bool>,
        ///The date and time in GMT when the resource was created. Twilio's reference says RFC 2822, but the trunking v1 API sends ISO 8601 / RFC 3339 (`2015-01-02T11:23:45Z`), which is what this type parses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub date_created: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The date and time in GMT when the resource was last updated. Twilio's reference says RFC 2822, but the trunking v1 API sends ISO 8601 / RFC 3339 (`2015-01-02T11:23:45Z`), which is what this type parses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(
            default,
            deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
        )]
        pub date_updated: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
    }
    impl ::std::convert::From<Trunk> for TrunkSummary {
        fn from(value: Trunk) -> Self {
            Self {
                sid: value.sid,
                friendly_name: value.friendly_name,
                domain_name: value.domain_name,
                secure: value.secure,
                date_created: value.date_created,
                date_updated: value.date_updated,
            }
        }
    }
    ///[`TrunkPage`] with its items as [`TrunkSummary`]s: what `send_summary()` decodes.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrunkSummaryPage {
        ///The paging information: follow `next_page_url` for the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ListMeta>,
        ///The items on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub trunks: ::std::vec::Vec<TrunkSummary>,
    }
}
#[derive(Clone, Debug)]
/**Client for Twilio Elastic SIP Trunking API

Twilio's Elastic SIP Trunking API (`trunking.twilio.com/v1`): trunks, their Origination URLs and recording settings, and their associations with SIP Credential Lists, IP Access Control Lists and phone numbers. The lists themselves are created with the 2010-04-01 SIP API (`twilio-sip.yaml`).

Requests are `application/x-www-form-urlencoded` with PascalCase keys; responses are JSON with snake_case keys. Authentication is HTTP Basic with an Account SID + Auth Token (`x-trunkline-client`) or an API Key SID + secret (the alternative trunkline-twilio adds).

Hand-curated for trunkline; every departure from Twilio's documentation is logged in specs/README.md.

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
    /**List trunks

Reads one page of the account's SIP trunks. Follow `meta.next_page_url` for the next page.

Sends a `GET` request to `/v1/Trunks`

Arguments:
- `page`: The page index. This value is simply for client state. Twilio pages by `PageToken`; to read the next page, follow the page's next-page URL instead of counting pages.
- `page_size`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
- `page_token`: The page token. This is provided by the API (inside the next/previous page URL); never construct one yourself.
```text
let response = client.list_trunks()
    .page(page)
    .page_size(page_size)
    .page_token(page_token)
    .send()
    .await;
```*/
    pub fn list_trunks(&self) -> builder::ListTrunks<'_> {
        builder::ListTrunks::new(self)
    }
    /**Create a trunk

Creates a SIP trunk. Every parameter is optional. Not idempotent: it creates a resource.

Sends a `POST` request to `/v1/Trunks`

Arguments:
- `body`: The new trunk's settings.
```text
let response = client.create_trunk()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_trunk(&self) -> builder::CreateTrunk<'_> {
        builder::CreateTrunk::new(self)
    }
    /**Fetch a trunk

Fetches one trunk by its SID.

Sends a `GET` request to `/v1/Trunks/{Sid}`

Arguments:
- `sid`: The unique string that we created to identify the Trunk resource to fetch (`TK` followed by 32 hex digits).
```text
let response = client.get_trunk()
    .sid(sid)
    .send()
    .await;
```*/
    pub fn get_trunk(&self) -> builder::GetTrunk<'_> {
        builder::GetTrunk::new(self)
    }
    /**Update a trunk

Updates a trunk's settings; only the parameters sent are changed. Returns the whole trunk.

Sends a `POST` request to `/v1/Trunks/{Sid}`

Arguments:
- `sid`: The unique string that we created to identify the Trunk resource to update (`TK` followed by 32 hex digits).
- `body`: The settings to change.
```text
let response = client.update_trunk()
    .sid(sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_trunk(&self) -> builder::UpdateTrunk<'_> {
        builder::UpdateTrunk::new(self)
    }
    /**Delete a trunk

Deletes a trunk.

Sends a `DELETE` request to `/v1/Trunks/{Sid}`

Arguments:
- `sid`: The unique string that we created to identify the Trunk resource to delete (`TK` followed by 32 hex digits).
```text
let response = client.delete_trunk()
    .sid(sid)
    .send()
    .await;
```*/
    pub fn delete_trunk(&self) -> builder::DeleteTrunk<'_> {
        builder::DeleteTrunk::new(self)
    }
    /**List the Credential Lists associated with a trunk

Reads one page of the SIP Credential Lists associated with the trunk. Follow `meta.next_page_url` for the next page.

Sends a `GET` request to `/v1/Trunks/{TrunkSid}/CredentialLists`

Arguments:
- `trunk_sid`: The SID of the Trunk from which to read the credential lists. A Trunk SID: `TK` followed by 32 hex digits.
- `page`: The page index. This value is simply for client state. Twilio pages by `PageToken`; to read the next page, follow the page's next-page URL instead of counting pages.
- `page_size`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
- `page_token`: The page token. This is provided by the API (inside the next/previous page URL); never construct one yourself.
```text
let response = client.list_trunk_credential_lists()
    .trunk_sid(trunk_sid)
    .page(page)
    .page_size(page_size)
    .page_token(page_token)
    .send()
    .await;
```*/
    pub fn list_trunk_credential_lists(&self) -> builder::ListTrunkCredentialLists<'_> {
        builder::ListTrunkCredentialLists::new(self)
    }
    /**Associate a Credential List with a trunk

Associates an existing SIP Credential List (created with the 2010-04-01 SIP API) with the trunk. Creates an association, so it is not idempotent.

Sends a `POST` request to `/v1/Trunks/{TrunkSid}/CredentialLists`

Arguments:
- `trunk_sid`: The SID of the Trunk to associate the credential list with. A Trunk SID: `TK` followed by 32 hex digits.
- `body`: The Credential List to associate.
```text
let response = client.add_trunk_credential_list()
    .trunk_sid(trunk_sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_trunk_credential_list(&self) -> builder::AddTrunkCredentialList<'_> {
        builder::AddTrunkCredentialList::new(self)
    }
    /**Fetch a Credential List associated with a trunk

Fetches one Credential List association of the trunk.

Sends a `GET` request to `/v1/Trunks/{TrunkSid}/CredentialLists/{Sid}`

Arguments:
- `trunk_sid`: The SID of the Trunk from which to fetch the credential list. A Trunk SID: `TK` followed by 32 hex digits.
- `sid`: The unique string that we created to identify the CredentialList resource to fetch (`CL` followed by 32 hex digits).
```text
let response = client.get_trunk_credential_list()
    .trunk_sid(trunk_sid)
    .sid(sid)
    .send()
    .await;
```*/
    pub fn get_trunk_credential_list(&self) -> builder::GetTrunkCredentialList<'_> {
        builder::GetTrunkCredentialList::new(self)
    }
    /**Remove a Credential List from a trunk

Dissociates the Credential List from the trunk. The list itself is not deleted.

Sends a `DELETE` request to `/v1/Trunks/{TrunkSid}/CredentialLists/{Sid}`

Arguments:
- `trunk_sid`: The SID of the Trunk from which to delete the credential list. A Trunk SID: `TK` followed by 32 hex digits.
- `sid`: The unique string that we created to identify the CredentialList resource to delete (`CL` followed by 32 hex digits).
```text
let response = client.remove_trunk_credential_list()
    .trunk_sid(trunk_sid)
    .sid(sid)
    .send()
    .await;
```*/
    pub fn remove_trunk_credential_list(
        &self,
    ) -> builder::RemoveTrunkCredentialList<'_> {
        builder::RemoveTrunkCredentialList::new(self)
    }
    /**List the IP Access Control Lists associated with a trunk

Reads one page of the IP Access Control Lists associated with the trunk. Follow `meta.next_page_url` for the next page.

Sends a `GET` request to `/v1/Trunks/{TrunkSid}/IpAccessControlLists`

Arguments:
- `trunk_sid`: The SID of the Trunk from which to read the IP Access Control Lists. A Trunk SID: `TK` followed by 32 hex digits.
- `page`: The page index. This value is simply for client state. Twilio pages by `PageToken`; to read the next page, follow the page's next-page URL instead of counting pages.
- `page_size`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
- `page_token`: The page token. This is provided by the API (inside the next/previous page URL); never construct one yourself.
```text
let response = client.list_trunk_ip_access_control_lists()
    .trunk_sid(trunk_sid)
    .page(page)
    .page_size(page_size)
    .page_token(page_token)
    .send()
    .await;
```*/
    pub fn list_trunk_ip_access_control_lists(
        &self,
    ) -> builder::ListTrunkIpAccessControlLists<'_> {
        builder::ListTrunkIpAccessControlLists::new(self)
    }
    /**Associate an IP Access Control List with a trunk

Associates an existing IP Access Control List (created with the 2010-04-01 SIP API) with the trunk. Creates an association, so it is not idempotent.

Sends a `POST` request to `/v1/Trunks/{TrunkSid}/IpAccessControlLists`

Arguments:
- `trunk_sid`: The SID of the Trunk to associate the IP Access Control List with. A Trunk SID: `TK` followed by 32 hex digits.
- `body`: The IP Access Control List to associate.
```text
let response = client.add_trunk_ip_access_control_list()
    .trunk_sid(trunk_sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_trunk_ip_access_control_list(
        &self,
    ) -> builder::AddTrunkIpAccessControlList<'_> {
        builder::AddTrunkIpAccessControlList::new(self)
    }
    /**Fetch an IP Access Control List associated with a trunk

Fetches one IP Access Control List association of the trunk.

Sends a `GET` request to `/v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}`

Arguments:
- `trunk_sid`: The SID of the Trunk from which to fetch the IP Access Control List. A Trunk SID: `TK` followed by 32 hex digits.
- `sid`: The unique string that we created to identify the IpAccessControlList resource to fetch (`AL` followed by 32 hex digits).
```text
let response = client.get_trunk_ip_access_control_list()
    .trunk_sid(trunk_sid)
    .sid(sid)
    .send()
    .await;
```*/
    pub fn get_trunk_ip_access_control_list(
        &self,
    ) -> builder::GetTrunkIpAccessControlList<'_> {
        builder::GetTrunkIpAccessControlList::new(self)
    }
    /**Remove an IP Access Control List from a trunk

Removes an associated IP Access Control List from the trunk. The list itself is not deleted.

Sends a `DELETE` request to `/v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}`

Arguments:
- `trunk_sid`: The SID of the Trunk from which to delete the IP Access Control List. A Trunk SID: `TK` followed by 32 hex digits.
- `sid`: The unique string that we created to identify the IpAccessControlList resource to delete (`AL` followed by 32 hex digits).
```text
let response = client.remove_trunk_ip_access_control_list()
    .trunk_sid(trunk_sid)
    .sid(sid)
    .send()
    .await;
```*/
    pub fn remove_trunk_ip_access_control_list(
        &self,
    ) -> builder::RemoveTrunkIpAccessControlList<'_> {
        builder::RemoveTrunkIpAccessControlList::new(self)
    }
    /**List a trunk's Origination URLs

Reads one page of the trunk's Origination URLs. Follow `meta.next_page_url` for the next page.

Sends a `GET` request to `/v1/Trunks/{TrunkSid}/OriginationUrls`

Arguments:
- `trunk_sid`: The SID of the Trunk from which to read the OriginationUrl. A Trunk SID: `TK` followed by 32 hex digits.
- `page`: The page index. This value is simply for client state. Twilio pages by `PageToken`; to read the next page, follow the page's next-page URL instead of counting pages.
- `page_size`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
- `page_token`: The page token. This is provided by the API (inside the next/previous page URL); never construct one yourself.
```text
let response = client.list_origination_urls()
    .trunk_sid(trunk_sid)
    .page(page)
    .page_size(page_size)
    .page_token(page_token)
    .send()
    .await;
```*/
    pub fn list_origination_urls(&self) -> builder::ListOriginationUrls<'_> {
        builder::ListOriginationUrls::new(self)
    }
    /**Create an Origination URL

Adds an Origination URL (where Twilio sends inbound calls) to the trunk. Not idempotent: it creates a resource.

Sends a `POST` request to `/v1/Trunks/{TrunkSid}/OriginationUrls`

Arguments:
- `trunk_sid`: The SID of the Trunk to associate the resource with. A Trunk SID: `TK` followed by 32 hex digits.
- `body`: The new Origination URL.
```text
let response = client.create_origination_url()
    .trunk_sid(trunk_sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_origination_url(&self) -> builder::CreateOriginationUrl<'_> {
        builder::CreateOriginationUrl::new(self)
    }
    /**Fetch an Origination URL

Fetches one of the trunk's Origination URLs.

Sends a `GET` request to `/v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}`

Arguments:
- `trunk_sid`: The SID of the Trunk from which to fetch the OriginationUrl. A Trunk SID: `TK` followed by 32 hex digits.
- `sid`: The unique string that we created to identify the OriginationUrl resource to fetch (`OU` followed by 32 hex digits).
```text
let response = client.get_origination_url()
    .trunk_sid(trunk_sid)
    .sid(sid)
    .send()
    .await;
```*/
    pub fn get_origination_url(&self) -> builder::GetOriginationUrl<'_> {
        builder::GetOriginationUrl::new(self)
    }
    /**Update an Origination URL

Updates an Origination URL; only the parameters sent are changed.

Sends a `POST` request to `/v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}`

Arguments:
- `trunk_sid`: The SID of the Trunk from which to update the OriginationUrl. A Trunk SID: `TK` followed by 32 hex digits.
- `sid`: The unique string that we created to identify the OriginationUrl resource to update (`OU` followed by 32 hex digits).
- `body`: The settings to change.
```text
let response = client.update_origination_url()
    .trunk_sid(trunk_sid)
    .sid(sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_origination_url(&self) -> builder::UpdateOriginationUrl<'_> {
        builder::UpdateOriginationUrl::new(self)
    }
    /**Delete an Origination URL

Deletes one of the trunk's Origination URLs.

Sends a `DELETE` request to `/v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}`

Arguments:
- `trunk_sid`: The SID of the Trunk from which to delete the OriginationUrl. A Trunk SID: `TK` followed by 32 hex digits.
- `sid`: The unique string that we created to identify the OriginationUrl resource to delete (`OU` followed by 32 hex digits).
```text
let response = client.delete_origination_url()
    .trunk_sid(trunk_sid)
    .sid(sid)
    .send()
    .await;
```*/
    pub fn delete_origination_url(&self) -> builder::DeleteOriginationUrl<'_> {
        builder::DeleteOriginationUrl::new(self)
    }
    /**List the phone numbers associated with a trunk

Reads one page of the phone numbers associated with the trunk. Follow `meta.next_page_url` for the next page.

Sends a `GET` request to `/v1/Trunks/{TrunkSid}/PhoneNumbers`

Arguments:
- `trunk_sid`: The SID of the Trunk from which to read the PhoneNumber resources. A Trunk SID: `TK` followed by 32 hex digits.
- `page`: The page index. This value is simply for client state. Twilio pages by `PageToken`; to read the next page, follow the page's next-page URL instead of counting pages.
- `page_size`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
- `page_token`: The page token. This is provided by the API (inside the next/previous page URL); never construct one yourself.
```text
let response = client.list_trunk_phone_numbers()
    .trunk_sid(trunk_sid)
    .page(page)
    .page_size(page_size)
    .page_token(page_token)
    .send()
    .await;
```*/
    pub fn list_trunk_phone_numbers(&self) -> builder::ListTrunkPhoneNumbers<'_> {
        builder::ListTrunkPhoneNumbers::new(self)
    }
    /**Associate a phone number with a trunk

Associates an Incoming Phone Number the account owns with the trunk, so inbound calls to it use the trunk's Origination URLs: while a `trunk_sid` is set, Twilio ignores the number's voice URLs and voice application, and setting it deletes the number's `voice_application_sid`. Creates an association, so it is not idempotent.

Sends a `POST` request to `/v1/Trunks/{TrunkSid}/PhoneNumbers`

Arguments:
- `trunk_sid`: The SID of the Trunk to associate the phone number with. A Trunk SID: `TK` followed by 32 hex digits.
- `body`: The phone number to associate.
```text
let response = client.add_trunk_phone_number()
    .trunk_sid(trunk_sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_trunk_phone_number(&self) -> builder::AddTrunkPhoneNumber<'_> {
        builder::AddTrunkPhoneNumber::new(self)
    }
    /**Fetch a phone number associated with a trunk

Fetches one phone number associated with the trunk.

Sends a `GET` request to `/v1/Trunks/{TrunkSid}/PhoneNumbers/{Sid}`

Arguments:
- `trunk_sid`: The SID of the Trunk from which to fetch the PhoneNumber resource. A Trunk SID: `TK` followed by 32 hex digits.
- `sid`: The unique string that we created to identify the PhoneNumber resource to fetch (`PN` followed by 32 hex digits).
```text
let response = client.get_trunk_phone_number()
    .trunk_sid(trunk_sid)
    .sid(sid)
    .send()
    .await;
```*/
    pub fn get_trunk_phone_number(&self) -> builder::GetTrunkPhoneNumber<'_> {
        builder::GetTrunkPhoneNumber::new(self)
    }
    /**Remove a phone number from a trunk

Dissociates the phone number from the trunk. The number stays in the account.

Sends a `DELETE` request to `/v1/Trunks/{TrunkSid}/PhoneNumbers/{Sid}`

Arguments:
- `trunk_sid`: The SID of the Trunk from which to delete the PhoneNumber resource. A Trunk SID: `TK` followed by 32 hex digits.
- `sid`: The unique string that we created to identify the PhoneNumber resource to delete (`PN` followed by 32 hex digits).
```text
let response = client.remove_trunk_phone_number()
    .trunk_sid(trunk_sid)
    .sid(sid)
    .send()
    .await;
```*/
    pub fn remove_trunk_phone_number(&self) -> builder::RemoveTrunkPhoneNumber<'_> {
        builder::RemoveTrunkPhoneNumber::new(self)
    }
    /**Fetch a trunk's recording settings

Fetches the trunk's recording settings (a singleton that always exists).

Sends a `GET` request to `/v1/Trunks/{TrunkSid}/Recording`

Arguments:
- `trunk_sid`: The SID of the Trunk from which to fetch the recording settings. A Trunk SID: `TK` followed by 32 hex digits.
```text
let response = client.get_trunk_recording()
    .trunk_sid(trunk_sid)
    .send()
    .await;
```*/
    pub fn get_trunk_recording(&self) -> builder::GetTrunkRecording<'_> {
        builder::GetTrunkRecording::new(self)
    }
    /**Update a trunk's recording settings

Changes the trunk's recording settings; only the parameters sent are changed. Twilio's reference declares the success status as 202 Accepted while its SDK tests use 200; both are accepted here.

Sends a `POST` request to `/v1/Trunks/{TrunkSid}/Recording`

Arguments:
- `trunk_sid`: The SID of the Trunk that will have its recording settings updated. A Trunk SID: `TK` followed by 32 hex digits.
- `body`: The settings to change.
```text
let response = client.update_trunk_recording()
    .trunk_sid(trunk_sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_trunk_recording(&self) -> builder::UpdateTrunkRecording<'_> {
        builder::UpdateTrunkRecording::new(self)
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
    /**Builder for [`Client::list_trunks`]

[`Client::list_trunks`]: super::Client::list_trunks*/
    #[derive(Debug, Clone)]
    pub struct ListTrunks<'a> {
        client: &'a super::Client,
        page: Result<Option<u64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListTrunks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                page_size: Ok(None),
                page_token: Ok(None),
            }
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for page failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn page_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_token failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/Trunks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TrunkPage>, Error<types::TwilioError>> {
            let Self { client, page, page_size, page_token } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/Trunks", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("Page", &page))
                .query(&progenitor_client::QueryParam::new("PageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("PageToken", &page_token))
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
        ///Sends a `POST` request to `/v1/Trunks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Trunk>, Error<types::TwilioError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateTrunkRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/Trunks", client.baseurl,);
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
                .form_urlencoded(&body)?
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
        sid: Result<::std::string::String, String>,
    }
    impl<'a> GetTrunk<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/Trunks/{Sid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Trunk>, Error<types::TwilioError>> {
            let Self { client, sid } = self;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}", client.baseurl, encode_path(& sid.to_string()),
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
        sid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateTrunkRequest, String>,
    }
    impl<'a> UpdateTrunk<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sid: Err("sid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sid failed"
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
        ///Sends a `POST` request to `/v1/Trunks/{Sid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Trunk>, Error<types::TwilioError>> {
            let Self { client, sid, body } = self;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateTrunkRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}", client.baseurl, encode_path(& sid.to_string()),
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
                .form_urlencoded(&body)?
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
        sid: Result<::std::string::String, String>,
    }
    impl<'a> DeleteTrunk<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v1/Trunks/{Sid}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::TwilioError>> {
            let Self { client, sid } = self;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}", client.baseurl, encode_path(& sid.to_string()),
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
    /**Builder for [`Client::list_trunk_credential_lists`]

[`Client::list_trunk_credential_lists`]: super::Client::list_trunk_credential_lists*/
    #[derive(Debug, Clone)]
    pub struct ListTrunkCredentialLists<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        page: Result<Option<u64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListTrunkCredentialLists<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                page: Ok(None),
                page_size: Ok(None),
                page_token: Ok(None),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for page failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn page_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_token failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/Trunks/{TrunkSid}/CredentialLists`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::TrunkCredentialListPage>,
            Error<types::TwilioError>,
        > {
            let Self { client, trunk_sid, page, page_size, page_token } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/CredentialLists", client.baseurl, encode_path(&
                trunk_sid.to_string()),
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
                .query(&progenitor_client::QueryParam::new("Page", &page))
                .query(&progenitor_client::QueryParam::new("PageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("PageToken", &page_token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_trunk_credential_lists",
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
    /**Builder for [`Client::add_trunk_credential_list`]

[`Client::add_trunk_credential_list`]: super::Client::add_trunk_credential_list*/
    #[derive(Debug, Clone)]
    pub struct AddTrunkCredentialList<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        body: Result<types::builder::AddTrunkCredentialListRequest, String>,
    }
    impl<'a> AddTrunkCredentialList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddTrunkCredentialListRequest>,
            <V as std::convert::TryInto<
                types::AddTrunkCredentialListRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AddTrunkCredentialListRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddTrunkCredentialListRequest,
            ) -> types::builder::AddTrunkCredentialListRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/Trunks/{TrunkSid}/CredentialLists`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::TrunkCredentialList>,
            Error<types::TwilioError>,
        > {
            let Self { client, trunk_sid, body } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AddTrunkCredentialListRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/CredentialLists", client.baseurl, encode_path(&
                trunk_sid.to_string()),
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
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_trunk_credential_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::get_trunk_credential_list`]

[`Client::get_trunk_credential_list`]: super::Client::get_trunk_credential_list*/
    #[derive(Debug, Clone)]
    pub struct GetTrunkCredentialList<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> GetTrunkCredentialList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/Trunks/{TrunkSid}/CredentialLists/{Sid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::TrunkCredentialList>,
            Error<types::TwilioError>,
        > {
            let Self { client, trunk_sid, sid } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/CredentialLists/{}", client.baseurl, encode_path(&
                trunk_sid.to_string()), encode_path(& sid.to_string()),
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
                operation_id: "get_trunk_credential_list",
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
    /**Builder for [`Client::remove_trunk_credential_list`]

[`Client::remove_trunk_credential_list`]: super::Client::remove_trunk_credential_list*/
    #[derive(Debug, Clone)]
    pub struct RemoveTrunkCredentialList<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> RemoveTrunkCredentialList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v1/Trunks/{TrunkSid}/CredentialLists/{Sid}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::TwilioError>> {
            let Self { client, trunk_sid, sid } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/CredentialLists/{}", client.baseurl, encode_path(&
                trunk_sid.to_string()), encode_path(& sid.to_string()),
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
                operation_id: "remove_trunk_credential_list",
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
    /**Builder for [`Client::list_trunk_ip_access_control_lists`]

[`Client::list_trunk_ip_access_control_lists`]: super::Client::list_trunk_ip_access_control_lists*/
    #[derive(Debug, Clone)]
    pub struct ListTrunkIpAccessControlLists<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        page: Result<Option<u64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListTrunkIpAccessControlLists<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                page: Ok(None),
                page_size: Ok(None),
                page_token: Ok(None),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for page failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn page_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_token failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/Trunks/{TrunkSid}/IpAccessControlLists`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::TrunkIpAccessControlListPage>,
            Error<types::TwilioError>,
        > {
            let Self { client, trunk_sid, page, page_size, page_token } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/IpAccessControlLists", client.baseurl, encode_path(&
                trunk_sid.to_string()),
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
                .query(&progenitor_client::QueryParam::new("Page", &page))
                .query(&progenitor_client::QueryParam::new("PageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("PageToken", &page_token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_trunk_ip_access_control_lists",
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
    /**Builder for [`Client::add_trunk_ip_access_control_list`]

[`Client::add_trunk_ip_access_control_list`]: super::Client::add_trunk_ip_access_control_list*/
    #[derive(Debug, Clone)]
    pub struct AddTrunkIpAccessControlList<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        body: Result<types::builder::AddTrunkIpAccessControlListRequest, String>,
    }
    impl<'a> AddTrunkIpAccessControlList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddTrunkIpAccessControlListRequest>,
            <V as std::convert::TryInto<
                types::AddTrunkIpAccessControlListRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AddTrunkIpAccessControlListRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddTrunkIpAccessControlListRequest,
            ) -> types::builder::AddTrunkIpAccessControlListRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/Trunks/{TrunkSid}/IpAccessControlLists`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::TrunkIpAccessControlList>,
            Error<types::TwilioError>,
        > {
            let Self { client, trunk_sid, body } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AddTrunkIpAccessControlListRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/IpAccessControlLists", client.baseurl, encode_path(&
                trunk_sid.to_string()),
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
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_trunk_ip_access_control_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::get_trunk_ip_access_control_list`]

[`Client::get_trunk_ip_access_control_list`]: super::Client::get_trunk_ip_access_control_list*/
    #[derive(Debug, Clone)]
    pub struct GetTrunkIpAccessControlList<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> GetTrunkIpAccessControlList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::TrunkIpAccessControlList>,
            Error<types::TwilioError>,
        > {
            let Self { client, trunk_sid, sid } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/IpAccessControlLists/{}", client.baseurl, encode_path(&
                trunk_sid.to_string()), encode_path(& sid.to_string()),
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
                operation_id: "get_trunk_ip_access_control_list",
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
    /**Builder for [`Client::remove_trunk_ip_access_control_list`]

[`Client::remove_trunk_ip_access_control_list`]: super::Client::remove_trunk_ip_access_control_list*/
    #[derive(Debug, Clone)]
    pub struct RemoveTrunkIpAccessControlList<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> RemoveTrunkIpAccessControlList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::TwilioError>> {
            let Self { client, trunk_sid, sid } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/IpAccessControlLists/{}", client.baseurl, encode_path(&
                trunk_sid.to_string()), encode_path(& sid.to_string()),
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
                operation_id: "remove_trunk_ip_access_control_list",
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
    /**Builder for [`Client::list_origination_urls`]

[`Client::list_origination_urls`]: super::Client::list_origination_urls*/
    #[derive(Debug, Clone)]
    pub struct ListOriginationUrls<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        page: Result<Option<u64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListOriginationUrls<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                page: Ok(None),
                page_size: Ok(None),
                page_token: Ok(None),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for page failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn page_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_token failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/Trunks/{TrunkSid}/OriginationUrls`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::OriginationUrlPage>,
            Error<types::TwilioError>,
        > {
            let Self { client, trunk_sid, page, page_size, page_token } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/OriginationUrls", client.baseurl, encode_path(&
                trunk_sid.to_string()),
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
                .query(&progenitor_client::QueryParam::new("Page", &page))
                .query(&progenitor_client::QueryParam::new("PageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("PageToken", &page_token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_origination_urls",
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
    /**Builder for [`Client::create_origination_url`]

[`Client::create_origination_url`]: super::Client::create_origination_url*/
    #[derive(Debug, Clone)]
    pub struct CreateOriginationUrl<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        body: Result<types::builder::CreateOriginationUrlRequest, String>,
    }
    impl<'a> CreateOriginationUrl<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateOriginationUrlRequest>,
            <V as std::convert::TryInto<
                types::CreateOriginationUrlRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateOriginationUrlRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateOriginationUrlRequest,
            ) -> types::builder::CreateOriginationUrlRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/Trunks/{TrunkSid}/OriginationUrls`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OriginationUrl>, Error<types::TwilioError>> {
            let Self { client, trunk_sid, body } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateOriginationUrlRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/OriginationUrls", client.baseurl, encode_path(&
                trunk_sid.to_string()),
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
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_origination_url",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::get_origination_url`]

[`Client::get_origination_url`]: super::Client::get_origination_url*/
    #[derive(Debug, Clone)]
    pub struct GetOriginationUrl<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> GetOriginationUrl<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OriginationUrl>, Error<types::TwilioError>> {
            let Self { client, trunk_sid, sid } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/OriginationUrls/{}", client.baseurl, encode_path(&
                trunk_sid.to_string()), encode_path(& sid.to_string()),
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
                operation_id: "get_origination_url",
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
    /**Builder for [`Client::update_origination_url`]

[`Client::update_origination_url`]: super::Client::update_origination_url*/
    #[derive(Debug, Clone)]
    pub struct UpdateOriginationUrl<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateOriginationUrlRequest, String>,
    }
    impl<'a> UpdateOriginationUrl<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                sid: Err("sid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateOriginationUrlRequest>,
            <V as std::convert::TryInto<
                types::UpdateOriginationUrlRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateOriginationUrlRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateOriginationUrlRequest,
            ) -> types::builder::UpdateOriginationUrlRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OriginationUrl>, Error<types::TwilioError>> {
            let Self { client, trunk_sid, sid, body } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOriginationUrlRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/OriginationUrls/{}", client.baseurl, encode_path(&
                trunk_sid.to_string()), encode_path(& sid.to_string()),
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
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_origination_url",
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
    /**Builder for [`Client::delete_origination_url`]

[`Client::delete_origination_url`]: super::Client::delete_origination_url*/
    #[derive(Debug, Clone)]
    pub struct DeleteOriginationUrl<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> DeleteOriginationUrl<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::TwilioError>> {
            let Self { client, trunk_sid, sid } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/OriginationUrls/{}", client.baseurl, encode_path(&
                trunk_sid.to_string()), encode_path(& sid.to_string()),
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
                operation_id: "delete_origination_url",
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
    /**Builder for [`Client::list_trunk_phone_numbers`]

[`Client::list_trunk_phone_numbers`]: super::Client::list_trunk_phone_numbers*/
    #[derive(Debug, Clone)]
    pub struct ListTrunkPhoneNumbers<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        page: Result<Option<u64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListTrunkPhoneNumbers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                page: Ok(None),
                page_size: Ok(None),
                page_token: Ok(None),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for page failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn page_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_token failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/Trunks/{TrunkSid}/PhoneNumbers`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::TrunkPhoneNumberPage>,
            Error<types::TwilioError>,
        > {
            let Self { client, trunk_sid, page, page_size, page_token } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/PhoneNumbers", client.baseurl, encode_path(& trunk_sid
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
                .query(&progenitor_client::QueryParam::new("Page", &page))
                .query(&progenitor_client::QueryParam::new("PageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("PageToken", &page_token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_trunk_phone_numbers",
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
    /**Builder for [`Client::add_trunk_phone_number`]

[`Client::add_trunk_phone_number`]: super::Client::add_trunk_phone_number*/
    #[derive(Debug, Clone)]
    pub struct AddTrunkPhoneNumber<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        body: Result<types::builder::AddTrunkPhoneNumberRequest, String>,
    }
    impl<'a> AddTrunkPhoneNumber<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddTrunkPhoneNumberRequest>,
            <V as std::convert::TryInto<
                types::AddTrunkPhoneNumberRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AddTrunkPhoneNumberRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddTrunkPhoneNumberRequest,
            ) -> types::builder::AddTrunkPhoneNumberRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/Trunks/{TrunkSid}/PhoneNumbers`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TrunkPhoneNumber>, Error<types::TwilioError>> {
            let Self { client, trunk_sid, body } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AddTrunkPhoneNumberRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/PhoneNumbers", client.baseurl, encode_path(& trunk_sid
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
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_trunk_phone_number",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::get_trunk_phone_number`]

[`Client::get_trunk_phone_number`]: super::Client::get_trunk_phone_number*/
    #[derive(Debug, Clone)]
    pub struct GetTrunkPhoneNumber<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> GetTrunkPhoneNumber<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/Trunks/{TrunkSid}/PhoneNumbers/{Sid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TrunkPhoneNumber>, Error<types::TwilioError>> {
            let Self { client, trunk_sid, sid } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/PhoneNumbers/{}", client.baseurl, encode_path(&
                trunk_sid.to_string()), encode_path(& sid.to_string()),
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
                operation_id: "get_trunk_phone_number",
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
    /**Builder for [`Client::remove_trunk_phone_number`]

[`Client::remove_trunk_phone_number`]: super::Client::remove_trunk_phone_number*/
    #[derive(Debug, Clone)]
    pub struct RemoveTrunkPhoneNumber<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> RemoveTrunkPhoneNumber<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v1/Trunks/{TrunkSid}/PhoneNumbers/{Sid}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::TwilioError>> {
            let Self { client, trunk_sid, sid } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/PhoneNumbers/{}", client.baseurl, encode_path(&
                trunk_sid.to_string()), encode_path(& sid.to_string()),
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
                operation_id: "remove_trunk_phone_number",
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
    /**Builder for [`Client::get_trunk_recording`]

[`Client::get_trunk_recording`]: super::Client::get_trunk_recording*/
    #[derive(Debug, Clone)]
    pub struct GetTrunkRecording<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
    }
    impl<'a> GetTrunkRecording<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/Trunks/{TrunkSid}/Recording`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Recording>, Error<types::TwilioError>> {
            let Self { client, trunk_sid } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/Recording", client.baseurl, encode_path(& trunk_sid
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
                operation_id: "get_trunk_recording",
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
    /**Builder for [`Client::update_trunk_recording`]

[`Client::update_trunk_recording`]: super::Client::update_trunk_recording*/
    #[derive(Debug, Clone)]
    pub struct UpdateTrunkRecording<'a> {
        client: &'a super::Client,
        trunk_sid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateTrunkRecordingRequest, String>,
    }
    impl<'a> UpdateTrunkRecording<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trunk_sid: Err("trunk_sid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn trunk_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.trunk_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for trunk_sid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateTrunkRecordingRequest>,
            <V as std::convert::TryInto<
                types::UpdateTrunkRecordingRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateTrunkRecordingRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateTrunkRecordingRequest,
            ) -> types::builder::UpdateTrunkRecordingRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/Trunks/{TrunkSid}/Recording`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Recording>, Error<types::TwilioError>> {
            let Self { client, trunk_sid, body } = self;
            let trunk_sid = trunk_sid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateTrunkRecordingRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/Trunks/{}/Recording", client.baseurl, encode_path(& trunk_sid
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
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_trunk_recording",
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
    impl<'a> ListTrunks<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: the first page, then each page's next link, resolved against the client's base URL (path and query kept, origin replaced). The stream sets `PageSize` on the first page; every other parameter set on this request is sent as well. The page size defaults to the largest page (1000); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::Trunk,
            Error<types::TwilioError>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                1000u64,
                move |page_size, options| {
                    let _ = options;
                    let client = self.client;
                    ::trunkline_core::paging::linked_pages::<
                        types::TrunkPage,
                        _,
                    >(client, self.page_size(page_size).send())
                },
            )
        }
    }
    impl<'a> ListTrunks<'a> {
        ///Sends the request like `send()`, decoding the page as a [`TrunkSummaryPage`](super::types::TrunkSummaryPage): the items' summary properties only.
        pub async fn send_summary(
            self,
        ) -> Result<ResponseValue<types::TrunkSummaryPage>, Error<types::TwilioError>> {
            let Self { client, page, page_size, page_token } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/Trunks", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("Page", &page))
                .query(&progenitor_client::QueryParam::new("PageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("PageToken", &page_token))
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
    impl<'a> ListTrunks<'a> {
        /**Like `stream()`, but each item is a [`TrunkSummary`](super::types::TrunkSummary): only the properties it keeps are decoded, the rest of each item is skipped without being stored. For listings that read a few fields of many items.

Streams every item of this list, fetching pages lazily as it is polled: the first page, then each page's next link, resolved against the client's base URL (path and query kept, origin replaced). The stream sets `PageSize` on the first page; every other parameter set on this request is sent as well. The page size defaults to the largest page (1000); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.*/
        pub fn stream_summary(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::TrunkSummary,
            Error<types::TwilioError>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                1000u64,
                move |page_size, options| {
                    let _ = options;
                    let client = self.client;
                    ::trunkline_core::paging::linked_pages::<
                        types::TrunkSummaryPage,
                        _,
                    >(client, self.page_size(page_size).send_summary())
                },
            )
        }
    }
    impl<'a> ListTrunkCredentialLists<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: the first page, then each page's next link, resolved against the client's base URL (path and query kept, origin replaced). The stream sets `PageSize` on the first page; every other parameter set on this request is sent as well. The page size defaults to the largest page (1000); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::TrunkCredentialList,
            Error<types::TwilioError>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                1000u64,
                move |page_size, options| {
                    let _ = options;
                    let client = self.client;
                    ::trunkline_core::paging::linked_pages::<
                        types::TrunkCredentialListPage,
                        _,
                    >(client, self.page_size(page_size).send())
                },
            )
        }
    }
    impl<'a> ListTrunkIpAccessControlLists<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: the first page, then each page's next link, resolved against the client's base URL (path and query kept, origin replaced). The stream sets `PageSize` on the first page; every other parameter set on this request is sent as well. The page size defaults to the largest page (1000); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::TrunkIpAccessControlList,
            Error<types::TwilioError>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                1000u64,
                move |page_size, options| {
                    let _ = options;
                    let client = self.client;
                    ::trunkline_core::paging::linked_pages::<
                        types::TrunkIpAccessControlListPage,
                        _,
                    >(client, self.page_size(page_size).send())
                },
            )
        }
    }
    impl<'a> ListOriginationUrls<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: the first page, then each page's next link, resolved against the client's base URL (path and query kept, origin replaced). The stream sets `PageSize` on the first page; every other parameter set on this request is sent as well. The page size defaults to the largest page (1000); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::OriginationUrl,
            Error<types::TwilioError>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                1000u64,
                move |page_size, options| {
                    let _ = options;
                    let client = self.client;
                    ::trunkline_core::paging::linked_pages::<
                        types::OriginationUrlPage,
                        _,
                    >(client, self.page_size(page_size).send())
                },
            )
        }
    }
    impl<'a> ListTrunkPhoneNumbers<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: the first page, then each page's next link, resolved against the client's base URL (path and query kept, origin replaced). The stream sets `PageSize` on the first page; every other parameter set on this request is sent as well. The page size defaults to the largest page (1000); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::TrunkPhoneNumber,
            Error<types::TwilioError>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                1000u64,
                move |page_size, options| {
                    let _ = options;
                    let client = self.client;
                    ::trunkline_core::paging::linked_pages::<
                        types::TrunkPhoneNumberPage,
                        _,
                    >(client, self.page_size(page_size).send())
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
    ///`GET /v1/Trunks`: List trunks.
    pub const LIST_TRUNKS: &str = "list_trunks";
    ///`POST /v1/Trunks`: Create a trunk.
    pub const CREATE_TRUNK: &str = "create_trunk";
    ///`GET /v1/Trunks/{Sid}`: Fetch a trunk.
    pub const GET_TRUNK: &str = "get_trunk";
    ///`POST /v1/Trunks/{Sid}`: Update a trunk.
    pub const UPDATE_TRUNK: &str = "update_trunk";
    ///`DELETE /v1/Trunks/{Sid}`: Delete a trunk.
    pub const DELETE_TRUNK: &str = "delete_trunk";
    ///`GET /v1/Trunks/{TrunkSid}/CredentialLists`: List the Credential Lists associated with a trunk.
    pub const LIST_TRUNK_CREDENTIAL_LISTS: &str = "list_trunk_credential_lists";
    ///`POST /v1/Trunks/{TrunkSid}/CredentialLists`: Associate a Credential List with a trunk.
    pub const ADD_TRUNK_CREDENTIAL_LIST: &str = "add_trunk_credential_list";
    ///`GET /v1/Trunks/{TrunkSid}/CredentialLists/{Sid}`: Fetch a Credential List associated with a trunk.
    pub const GET_TRUNK_CREDENTIAL_LIST: &str = "get_trunk_credential_list";
    ///`DELETE /v1/Trunks/{TrunkSid}/CredentialLists/{Sid}`: Remove a Credential List from a trunk.
    pub const REMOVE_TRUNK_CREDENTIAL_LIST: &str = "remove_trunk_credential_list";
    ///`GET /v1/Trunks/{TrunkSid}/IpAccessControlLists`: List the IP Access Control Lists associated with a trunk.
    pub const LIST_TRUNK_IP_ACCESS_CONTROL_LISTS: &str = "list_trunk_ip_access_control_lists";
    ///`POST /v1/Trunks/{TrunkSid}/IpAccessControlLists`: Associate an IP Access Control List with a trunk.
    pub const ADD_TRUNK_IP_ACCESS_CONTROL_LIST: &str = "add_trunk_ip_access_control_list";
    ///`GET /v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}`: Fetch an IP Access Control List associated with a trunk.
    pub const GET_TRUNK_IP_ACCESS_CONTROL_LIST: &str = "get_trunk_ip_access_control_list";
    ///`DELETE /v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}`: Remove an IP Access Control List from a trunk.
    pub const REMOVE_TRUNK_IP_ACCESS_CONTROL_LIST: &str = "remove_trunk_ip_access_control_list";
    ///`GET /v1/Trunks/{TrunkSid}/OriginationUrls`: List a trunk's Origination URLs.
    pub const LIST_ORIGINATION_URLS: &str = "list_origination_urls";
    ///`POST /v1/Trunks/{TrunkSid}/OriginationUrls`: Create an Origination URL.
    pub const CREATE_ORIGINATION_URL: &str = "create_origination_url";
    ///`GET /v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}`: Fetch an Origination URL.
    pub const GET_ORIGINATION_URL: &str = "get_origination_url";
    ///`POST /v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}`: Update an Origination URL.
    pub const UPDATE_ORIGINATION_URL: &str = "update_origination_url";
    ///`DELETE /v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}`: Delete an Origination URL.
    pub const DELETE_ORIGINATION_URL: &str = "delete_origination_url";
    ///`GET /v1/Trunks/{TrunkSid}/PhoneNumbers`: List the phone numbers associated with a trunk.
    pub const LIST_TRUNK_PHONE_NUMBERS: &str = "list_trunk_phone_numbers";
    ///`POST /v1/Trunks/{TrunkSid}/PhoneNumbers`: Associate a phone number with a trunk.
    pub const ADD_TRUNK_PHONE_NUMBER: &str = "add_trunk_phone_number";
    ///`GET /v1/Trunks/{TrunkSid}/PhoneNumbers/{Sid}`: Fetch a phone number associated with a trunk.
    pub const GET_TRUNK_PHONE_NUMBER: &str = "get_trunk_phone_number";
    ///`DELETE /v1/Trunks/{TrunkSid}/PhoneNumbers/{Sid}`: Remove a phone number from a trunk.
    pub const REMOVE_TRUNK_PHONE_NUMBER: &str = "remove_trunk_phone_number";
    ///`GET /v1/Trunks/{TrunkSid}/Recording`: Fetch a trunk's recording settings.
    pub const GET_TRUNK_RECORDING: &str = "get_trunk_recording";
    ///`POST /v1/Trunks/{TrunkSid}/Recording`: Update a trunk's recording settings.
    pub const UPDATE_TRUNK_RECORDING: &str = "update_trunk_recording";
}
/// Every operation of this API, from the spec, with the retry class the
/// `exec` hook reads: `idempotent: false` marks operations that create something.
pub const OPERATIONS: &[::trunkline_core::Operation] = &[
    ::trunkline_core::Operation {
        id: operation::LIST_TRUNKS,
        method: "GET",
        path: "/v1/Trunks",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::CREATE_TRUNK,
        method: "POST",
        path: "/v1/Trunks",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::GET_TRUNK,
        method: "GET",
        path: "/v1/Trunks/{Sid}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_TRUNK,
        method: "POST",
        path: "/v1/Trunks/{Sid}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::DELETE_TRUNK,
        method: "DELETE",
        path: "/v1/Trunks/{Sid}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_TRUNK_CREDENTIAL_LISTS,
        method: "GET",
        path: "/v1/Trunks/{TrunkSid}/CredentialLists",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::ADD_TRUNK_CREDENTIAL_LIST,
        method: "POST",
        path: "/v1/Trunks/{TrunkSid}/CredentialLists",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::GET_TRUNK_CREDENTIAL_LIST,
        method: "GET",
        path: "/v1/Trunks/{TrunkSid}/CredentialLists/{Sid}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::REMOVE_TRUNK_CREDENTIAL_LIST,
        method: "DELETE",
        path: "/v1/Trunks/{TrunkSid}/CredentialLists/{Sid}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_TRUNK_IP_ACCESS_CONTROL_LISTS,
        method: "GET",
        path: "/v1/Trunks/{TrunkSid}/IpAccessControlLists",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::ADD_TRUNK_IP_ACCESS_CONTROL_LIST,
        method: "POST",
        path: "/v1/Trunks/{TrunkSid}/IpAccessControlLists",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::GET_TRUNK_IP_ACCESS_CONTROL_LIST,
        method: "GET",
        path: "/v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::REMOVE_TRUNK_IP_ACCESS_CONTROL_LIST,
        method: "DELETE",
        path: "/v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_ORIGINATION_URLS,
        method: "GET",
        path: "/v1/Trunks/{TrunkSid}/OriginationUrls",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::CREATE_ORIGINATION_URL,
        method: "POST",
        path: "/v1/Trunks/{TrunkSid}/OriginationUrls",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::GET_ORIGINATION_URL,
        method: "GET",
        path: "/v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_ORIGINATION_URL,
        method: "POST",
        path: "/v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::DELETE_ORIGINATION_URL,
        method: "DELETE",
        path: "/v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_TRUNK_PHONE_NUMBERS,
        method: "GET",
        path: "/v1/Trunks/{TrunkSid}/PhoneNumbers",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::ADD_TRUNK_PHONE_NUMBER,
        method: "POST",
        path: "/v1/Trunks/{TrunkSid}/PhoneNumbers",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::GET_TRUNK_PHONE_NUMBER,
        method: "GET",
        path: "/v1/Trunks/{TrunkSid}/PhoneNumbers/{Sid}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::REMOVE_TRUNK_PHONE_NUMBER,
        method: "DELETE",
        path: "/v1/Trunks/{TrunkSid}/PhoneNumbers/{Sid}",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::GET_TRUNK_RECORDING,
        method: "GET",
        path: "/v1/Trunks/{TrunkSid}/Recording",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_TRUNK_RECORDING,
        method: "POST",
        path: "/v1/Trunks/{TrunkSid}/Recording",
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
    fn example_components_schemas_addtrunkcredentiallistrequest_example() {
        decode::<
            types::AddTrunkCredentialListRequest,
        >(
            "components.schemas.AddTrunkCredentialListRequest.example",
            "{\"CredentialListSid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
        );
    }
    #[test]
    fn example_components_schemas_addtrunkipaccesscontrollistrequest_example() {
        decode::<
            types::AddTrunkIpAccessControlListRequest,
        >(
            "components.schemas.AddTrunkIpAccessControlListRequest.example",
            "{\"IpAccessControlListSid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
        );
    }
    #[test]
    fn example_components_schemas_addtrunkphonenumberrequest_example() {
        decode::<
            types::AddTrunkPhoneNumberRequest,
        >(
            "components.schemas.AddTrunkPhoneNumberRequest.example",
            "{\"PhoneNumberSid\":\"PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
        );
    }
    #[test]
    fn example_components_schemas_createoriginationurlrequest_example() {
        decode::<
            types::CreateOriginationUrlRequest,
        >(
            "components.schemas.CreateOriginationUrlRequest.example",
            "{\"Enabled\":true,\"FriendlyName\":\"friendly_name\",\"Priority\":1,\"SipUrl\":\"sip://sip-box.com:1234\",\"Weight\":1}",
        );
    }
    #[test]
    fn example_components_schemas_createtrunkrequest_example() {
        decode::<
            types::CreateTrunkRequest,
        >(
            "components.schemas.CreateTrunkRequest.example",
            "{\"CnamLookupEnabled\":false,\"DisasterRecoveryMethod\":\"GET\",\"DisasterRecoveryUrl\":\"http://disaster-recovery.com\",\"DomainName\":\"test.pstn.twilio.com\",\"FriendlyName\":\"friendly_name\",\"Secure\":false,\"TransferCallerId\":\"from-transferee\",\"TransferMode\":\"disable-all\"}",
        );
    }
    #[test]
    fn example_components_schemas_listmeta_example() {
        decode::<
            types::ListMeta,
        >(
            "components.schemas.ListMeta.example",
            "{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks?PageSize=50&Page=0\",\"key\":\"trunks\",\"next_page_url\":null,\"page\":0,\"page_size\":50,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks?PageSize=50&Page=0\"}",
        );
    }
    #[test]
    fn example_components_schemas_originationurl_example() {
        decode::<
            types::OriginationUrl,
        >(
            "components.schemas.OriginationUrl.example",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-05-07T20:50:58Z\",\"date_updated\":\"2018-05-07T20:50:58Z\",\"enabled\":true,\"friendly_name\":\"friendly_name\",\"priority\":1,\"sid\":\"OUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"sip_url\":\"sip://sip-box.com:1234\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls/OUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"weight\":1}",
        );
    }
    #[test]
    fn example_components_schemas_originationurlpage_example() {
        decode::<
            types::OriginationUrlPage,
        >(
            "components.schemas.OriginationUrlPage.example",
            "{\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls?PageSize=50&Page=0\",\"key\":\"origination_urls\",\"next_page_url\":null,\"page\":0,\"page_size\":50,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls?PageSize=50&Page=0\"},\"origination_urls\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-05-09T20:47:35Z\",\"date_updated\":\"2018-05-09T20:47:35Z\",\"enabled\":true,\"friendly_name\":\"friendly_name\",\"priority\":1,\"sid\":\"OUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"sip_url\":\"sip://sip-box.com:1234\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls/OUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"weight\":1}]}",
        );
    }
    #[test]
    fn example_components_schemas_recording_example() {
        decode::<
            types::Recording,
        >(
            "components.schemas.Recording.example",
            "{\"mode\":\"do-not-record\",\"trim\":\"do-not-trim\"}",
        );
    }
    #[test]
    fn example_components_schemas_trunk_example() {
        decode::<
            types::Trunk,
        >(
            "components.schemas.Trunk.example",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"auth_type\":\"\",\"auth_type_set\":[],\"cnam_lookup_enabled\":false,\"date_created\":\"2015-01-02T11:23:45Z\",\"date_updated\":\"2015-01-02T11:23:45Z\",\"disaster_recovery_method\":\"POST\",\"disaster_recovery_url\":\"http://disaster-recovery.com\",\"domain_name\":\"test.pstn.twilio.com\",\"friendly_name\":\"friendly_name\",\"links\":{\"credential_lists\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists\",\"ip_access_control_lists\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists\",\"origination_urls\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls\",\"phone_numbers\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers\"},\"recording\":{\"mode\":\"do-not-record\",\"trim\":\"do-not-trim\"},\"secure\":false,\"sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"symmetric_rtp_enabled\":false,\"transfer_caller_id\":\"from-transferee\",\"transfer_mode\":\"disable-all\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
        );
    }
    #[test]
    fn example_components_schemas_trunkcredentiallist_example() {
        decode::<
            types::TrunkCredentialList,
        >(
            "components.schemas.TrunkCredentialList.example",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-05-02T17:29:30Z\",\"date_updated\":\"2018-05-02T17:29:30Z\",\"friendly_name\":\"friendly_name\",\"sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
        );
    }
    #[test]
    fn example_components_schemas_trunkcredentiallistpage_example() {
        decode::<
            types::TrunkCredentialListPage,
        >(
            "components.schemas.TrunkCredentialListPage.example",
            "{\"credential_lists\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-04-27T22:02:11Z\",\"date_updated\":\"2018-04-27T22:02:11Z\",\"friendly_name\":\"friendly_name\",\"sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}],\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists?PageSize=50&Page=0\",\"key\":\"credential_lists\",\"next_page_url\":null,\"page\":0,\"page_size\":50,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists?PageSize=50&Page=0\"}}",
        );
    }
    #[test]
    fn example_components_schemas_trunkipaccesscontrollist_example() {
        decode::<
            types::TrunkIpAccessControlList,
        >(
            "components.schemas.TrunkIpAccessControlList.example",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-04-30T20:59:06Z\",\"date_updated\":\"2018-04-30T20:59:06Z\",\"friendly_name\":\"friendly_name\",\"sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
        );
    }
    #[test]
    fn example_components_schemas_trunkipaccesscontrollistpage_example() {
        decode::<
            types::TrunkIpAccessControlListPage,
        >(
            "components.schemas.TrunkIpAccessControlListPage.example",
            "{\"ip_access_control_lists\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-05-02T17:29:34Z\",\"date_updated\":\"2018-05-02T17:29:34Z\",\"friendly_name\":\"friendly_name\",\"sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}],\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists?PageSize=50&Page=0\",\"key\":\"ip_access_control_lists\",\"next_page_url\":null,\"page\":0,\"page_size\":50,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists?PageSize=50&Page=0\"}}",
        );
    }
    #[test]
    fn example_components_schemas_trunkpage_example() {
        decode::<
            types::TrunkPage,
        >(
            "components.schemas.TrunkPage.example",
            "{\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks?PageSize=50&Page=0\",\"key\":\"trunks\",\"next_page_url\":\"https://trunking.twilio.com/v1/Trunks?PageSize=50&Page=1\",\"page\":0,\"page_size\":50,\"previous_page_url\":\"https://trunking.twilio.com/v1/Trunks?PageSize=50&Page=0\",\"url\":\"https://trunking.twilio.com/v1/Trunks?PageSize=50&Page=0\"},\"trunks\":[{\"account_sid\":\"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"auth_type\":\"\",\"auth_type_set\":[],\"cnam_lookup_enabled\":false,\"date_created\":\"2015-01-02T11:23:45Z\",\"date_updated\":\"2015-01-02T11:23:45Z\",\"disaster_recovery_method\":\"POST\",\"disaster_recovery_url\":\"http://disaster-recovery.com\",\"domain_name\":\"test.pstn.twilio.com\",\"friendly_name\":\"friendly_name\",\"links\":{\"credential_lists\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/CredentialLists\",\"ip_access_control_lists\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/IpAccessControlLists\",\"origination_urls\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/OriginationUrls\",\"phone_numbers\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/PhoneNumbers\"},\"recording\":{\"mode\":\"do-not-record\",\"trim\":\"do-not-trim\"},\"secure\":false,\"sid\":\"TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"transfer_caller_id\":\"from-transferee\",\"transfer_mode\":\"disable-all\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"}]}",
        );
    }
    #[test]
    fn example_components_schemas_trunkphonenumber_example() {
        decode::<
            types::TrunkPhoneNumber,
        >(
            "components.schemas.TrunkPhoneNumber.example",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"address_requirements\":\"none\",\"api_version\":\"2010-04-01\",\"beta\":false,\"capabilities\":{\"mms\":true,\"sms\":true,\"voice\":true},\"date_created\":\"2010-12-10T17:27:34Z\",\"date_updated\":\"2015-10-09T11:36:32Z\",\"friendly_name\":\"(415) 867-5309\",\"links\":{\"phone_number\":\"https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IncomingPhoneNumbers/PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"},\"phone_number\":\"+14158675309\",\"sid\":\"PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"sms_application_sid\":\"APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"sms_fallback_method\":\"POST\",\"sms_fallback_url\":\"\",\"sms_method\":\"POST\",\"sms_url\":\"https://webhooks.twilio.com/v1/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Proxy/KSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/Message\",\"status_callback\":\"\",\"status_callback_method\":\"POST\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers/PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"voice_application_sid\":\"\",\"voice_caller_id_lookup\":null,\"voice_fallback_method\":null,\"voice_fallback_url\":null,\"voice_method\":\"POST\",\"voice_url\":\"https://webhooks.twilio.com/v1/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Proxy/KSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/Call\"}",
        );
    }
    #[test]
    fn example_components_schemas_trunkphonenumberpage_example() {
        decode::<
            types::TrunkPhoneNumberPage,
        >(
            "components.schemas.TrunkPhoneNumberPage.example",
            "{\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers?PageSize=50&Page=0\",\"key\":\"phone_numbers\",\"next_page_url\":null,\"page\":0,\"page_size\":50,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers?PageSize=50&Page=0\"},\"phone_numbers\":[]}",
        );
    }
    #[test]
    fn example_components_schemas_twilioerror_example() {
        decode::<
            types::TwilioError,
        >(
            "components.schemas.TwilioError.example",
            "{\"code\":20001,\"details\":{\"foo\":\"bar\"},\"message\":\"Bad request\",\"more_info\":\"https://www.twilio.com/docs/errors/20001\",\"status\":400}",
        );
    }
    #[test]
    fn example_components_schemas_updateoriginationurlrequest_example() {
        decode::<
            types::UpdateOriginationUrlRequest,
        >(
            "components.schemas.UpdateOriginationUrlRequest.example",
            "{\"Enabled\":false,\"FriendlyName\":\"updated_name\",\"Priority\":2,\"SipUrl\":\"sip://sip-updated.com:4321\",\"Weight\":2}",
        );
    }
    #[test]
    fn example_components_schemas_updatetrunkrecordingrequest_example() {
        decode::<
            types::UpdateTrunkRecordingRequest,
        >(
            "components.schemas.UpdateTrunkRecordingRequest.example",
            "{\"Mode\":\"do-not-record\",\"Trim\":\"do-not-trim\"}",
        );
    }
    #[test]
    fn example_components_schemas_updatetrunkrequest_example() {
        decode::<
            types::UpdateTrunkRequest,
        >(
            "components.schemas.UpdateTrunkRequest.example",
            "{\"CnamLookupEnabled\":true,\"DisasterRecoveryMethod\":\"GET\",\"DisasterRecoveryUrl\":\"http://updated-recovery.com\",\"FriendlyName\":\"updated_name\",\"Secure\":true,\"TransferCallerId\":\"from-transferor\",\"TransferMode\":\"disable-all\"}",
        );
    }
    #[test]
    fn example_list_trunks_responses_200_application_json_examples_trunk_list_empty() {
        decode::<
            types::TrunkPage,
        >(
            "list_trunks.responses.200.application/json.examples.trunk_list_empty",
            "{\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks?PageSize=50&Page=0\",\"key\":\"trunks\",\"next_page_url\":null,\"page\":0,\"page_size\":50,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks?PageSize=50&Page=0\"},\"trunks\":[]}",
        );
    }
    #[test]
    fn example_list_trunks_responses_200_application_json_examples_trunk_list_full() {
        decode::<
            types::TrunkPage,
        >(
            "list_trunks.responses.200.application/json.examples.trunk_list_full",
            "{\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks?PageSize=50&Page=0\",\"key\":\"trunks\",\"next_page_url\":null,\"page\":0,\"page_size\":50,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks?PageSize=50&Page=0\"},\"trunks\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"auth_type\":\"\",\"auth_type_set\":[],\"cnam_lookup_enabled\":false,\"date_created\":\"2015-01-02T11:23:45Z\",\"date_updated\":\"2015-01-02T11:23:45Z\",\"disaster_recovery_method\":\"POST\",\"disaster_recovery_url\":\"http://disaster-recovery.com\",\"domain_name\":\"test.pstn.twilio.com\",\"friendly_name\":\"friendly_name\",\"links\":{\"credential_lists\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists\",\"ip_access_control_lists\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists\",\"origination_urls\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls\",\"phone_numbers\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers\"},\"recording\":{\"mode\":\"do-not-record\",\"trim\":\"do-not-trim\"},\"secure\":false,\"sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"transfer_caller_id\":\"from-transferee\",\"transfer_mode\":\"disable-all\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}]}",
        );
    }
    #[test]
    fn example_create_trunk_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::CreateTrunkRequest,
        >("create_trunk.requestBody.application/x-www-form-urlencoded.example", "{}");
    }
    #[test]
    fn example_create_trunk_responses_201_application_json_examples_docs_create() {
        decode::<
            types::Trunk,
        >(
            "create_trunk.responses.201.application/json.examples.docs_create",
            "{\"account_sid\":\"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"auth_type\":\"\",\"auth_type_set\":[],\"cnam_lookup_enabled\":false,\"date_created\":\"2015-01-02T11:23:45Z\",\"date_updated\":\"2015-01-02T11:23:45Z\",\"disaster_recovery_method\":\"POST\",\"disaster_recovery_url\":\"http://disaster-recovery.com\",\"domain_name\":\"test.pstn.twilio.com\",\"friendly_name\":\"friendly_name\",\"links\":{\"credential_lists\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/CredentialLists\",\"ip_access_control_lists\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/IpAccessControlLists\",\"origination_urls\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/OriginationUrls\",\"phone_numbers\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/PhoneNumbers\"},\"recording\":{\"mode\":\"do-not-record\",\"trim\":\"do-not-trim\"},\"secure\":false,\"sid\":\"TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"transfer_caller_id\":\"from-transferee\",\"transfer_mode\":\"disable-all\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"}",
        );
    }
    #[test]
    fn example_create_trunk_responses_201_application_json_examples_trunk_create() {
        decode::<
            types::Trunk,
        >(
            "create_trunk.responses.201.application/json.examples.trunk_create",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"auth_type\":\"\",\"auth_type_set\":[],\"cnam_lookup_enabled\":false,\"date_created\":\"2015-01-02T11:23:45Z\",\"date_updated\":\"2015-01-02T11:23:45Z\",\"disaster_recovery_method\":\"POST\",\"disaster_recovery_url\":\"http://disaster-recovery.com\",\"domain_name\":\"test.pstn.twilio.com\",\"friendly_name\":\"friendly_name\",\"links\":{\"credential_lists\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists\",\"ip_access_control_lists\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists\",\"origination_urls\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls\",\"phone_numbers\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers\"},\"recording\":{\"mode\":\"do-not-record\",\"trim\":\"do-not-trim\"},\"secure\":false,\"sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"transfer_caller_id\":\"from-transferee\",\"transfer_mode\":\"disable-all\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
        );
    }
    #[test]
    fn example_get_trunk_responses_200_application_json_examples_docs_fetch() {
        decode::<
            types::Trunk,
        >(
            "get_trunk.responses.200.application/json.examples.docs_fetch",
            "{\"account_sid\":\"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"auth_type\":\"\",\"auth_type_set\":[],\"cnam_lookup_enabled\":false,\"date_created\":\"2015-01-02T11:23:45Z\",\"date_updated\":\"2015-01-02T11:23:45Z\",\"disaster_recovery_method\":\"POST\",\"disaster_recovery_url\":\"http://disaster-recovery.com\",\"domain_name\":\"test.pstn.twilio.com\",\"friendly_name\":\"friendly_name\",\"links\":{\"credential_lists\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/CredentialLists\",\"ip_access_control_lists\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/IpAccessControlLists\",\"origination_urls\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/OriginationUrls\",\"phone_numbers\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/PhoneNumbers\"},\"recording\":{\"mode\":\"do-not-record\",\"trim\":\"do-not-trim\"},\"secure\":false,\"sid\":\"TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"transfer_caller_id\":\"from-transferor\",\"transfer_mode\":\"disable-all\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"}",
        );
    }
    #[test]
    fn example_get_trunk_responses_200_application_json_examples_trunk_fetch() {
        decode::<
            types::Trunk,
        >(
            "get_trunk.responses.200.application/json.examples.trunk_fetch",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"auth_type\":\"\",\"auth_type_set\":[],\"cnam_lookup_enabled\":false,\"date_created\":\"2015-01-02T11:23:45Z\",\"date_updated\":\"2015-01-02T11:23:45Z\",\"disaster_recovery_method\":\"POST\",\"disaster_recovery_url\":\"http://disaster-recovery.com\",\"domain_name\":\"test.pstn.twilio.com\",\"friendly_name\":\"friendly_name\",\"links\":{\"credential_lists\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists\",\"ip_access_control_lists\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists\",\"origination_urls\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls\",\"phone_numbers\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers\"},\"recording\":{\"mode\":\"do-not-record\",\"trim\":\"do-not-trim\"},\"secure\":false,\"sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"transfer_caller_id\":\"from-transferor\",\"transfer_mode\":\"disable-all\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
        );
    }
    #[test]
    fn example_update_trunk_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::UpdateTrunkRequest,
        >(
            "update_trunk.requestBody.application/x-www-form-urlencoded.example",
            "{\"FriendlyName\":\"friendly_name\"}",
        );
    }
    #[test]
    fn example_update_trunk_responses_200_application_json_examples_docs_update() {
        decode::<
            types::Trunk,
        >(
            "update_trunk.responses.200.application/json.examples.docs_update",
            "{\"account_sid\":\"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"auth_type\":\"\",\"auth_type_set\":[],\"cnam_lookup_enabled\":true,\"date_created\":\"2015-01-02T11:23:45Z\",\"date_updated\":\"2015-01-02T11:23:45Z\",\"disaster_recovery_method\":\"GET\",\"disaster_recovery_url\":\"http://updated-recovery.com\",\"domain_name\":\"test.pstn.twilio.com\",\"friendly_name\":\"updated_name\",\"links\":{\"credential_lists\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/CredentialLists\",\"ip_access_control_lists\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/IpAccessControlLists\",\"origination_urls\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/OriginationUrls\",\"phone_numbers\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/PhoneNumbers\"},\"recording\":{\"mode\":\"do-not-record\",\"trim\":\"do-not-trim\"},\"secure\":true,\"sid\":\"TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"transfer_caller_id\":\"from-transferor\",\"transfer_mode\":\"disable-all\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"}",
        );
    }
    #[test]
    fn example_update_trunk_responses_200_application_json_examples_trunk_update() {
        decode::<
            types::Trunk,
        >(
            "update_trunk.responses.200.application/json.examples.trunk_update",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"auth_type\":\"\",\"auth_type_set\":[],\"cnam_lookup_enabled\":true,\"date_created\":\"2015-01-02T11:23:45Z\",\"date_updated\":\"2015-01-02T11:23:45Z\",\"disaster_recovery_method\":\"GET\",\"disaster_recovery_url\":\"http://updated-recovery.com\",\"domain_name\":\"test.pstn.twilio.com\",\"friendly_name\":\"updated_name\",\"links\":{\"credential_lists\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists\",\"ip_access_control_lists\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists\",\"origination_urls\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls\",\"phone_numbers\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers\"},\"recording\":{\"mode\":\"do-not-record\",\"trim\":\"do-not-trim\"},\"secure\":true,\"sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"transfer_caller_id\":\"from-transferor\",\"transfer_mode\":\"disable-all\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
        );
    }
    #[test]
    fn example_list_trunk_credential_lists_responses_200_application_json_examples_credential_list_list_empty() {
        decode::<
            types::TrunkCredentialListPage,
        >(
            "list_trunk_credential_lists.responses.200.application/json.examples.credential_list_list_empty",
            "{\"credential_lists\":[],\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists?PageSize=50&Page=0\",\"key\":\"credential_lists\",\"next_page_url\":null,\"page\":0,\"page_size\":50,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists?PageSize=50&Page=0\"}}",
        );
    }
    #[test]
    fn example_list_trunk_credential_lists_responses_200_application_json_examples_credential_list_list_full() {
        decode::<
            types::TrunkCredentialListPage,
        >(
            "list_trunk_credential_lists.responses.200.application/json.examples.credential_list_list_full",
            "{\"credential_lists\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-04-27T22:02:11Z\",\"date_updated\":\"2018-04-27T22:02:11Z\",\"friendly_name\":\"friendly_name\",\"sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}],\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists?PageSize=50&Page=0\",\"key\":\"credential_lists\",\"next_page_url\":null,\"page\":0,\"page_size\":50,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists?PageSize=50&Page=0\"}}",
        );
    }
    #[test]
    fn example_add_trunk_credential_list_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::AddTrunkCredentialListRequest,
        >(
            "add_trunk_credential_list.requestBody.application/x-www-form-urlencoded.example",
            "{\"CredentialListSid\":\"CLXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"}",
        );
    }
    #[test]
    fn example_add_trunk_credential_list_responses_201_application_json_examples_credential_list_create() {
        decode::<
            types::TrunkCredentialList,
        >(
            "add_trunk_credential_list.responses.201.application/json.examples.credential_list_create",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-05-02T17:29:30Z\",\"date_updated\":\"2018-05-02T17:29:30Z\",\"friendly_name\":\"friendly_name\",\"sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
        );
    }
    #[test]
    fn example_get_trunk_credential_list_responses_200_application_json_examples_credential_list_fetch() {
        decode::<
            types::TrunkCredentialList,
        >(
            "get_trunk_credential_list.responses.200.application/json.examples.credential_list_fetch",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-04-28T00:10:23Z\",\"date_updated\":\"2018-04-28T00:10:23Z\",\"friendly_name\":\"friendly_name\",\"sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
        );
    }
    #[test]
    fn example_list_trunk_ip_access_control_lists_responses_200_application_json_examples_ip_access_control_list_list_empty() {
        decode::<
            types::TrunkIpAccessControlListPage,
        >(
            "list_trunk_ip_access_control_lists.responses.200.application/json.examples.ip_access_control_list_list_empty",
            "{\"ip_access_control_lists\":[],\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists?PageSize=50&Page=0\",\"key\":\"ip_access_control_lists\",\"next_page_url\":null,\"page\":0,\"page_size\":50,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists?PageSize=50&Page=0\"}}",
        );
    }
    #[test]
    fn example_list_trunk_ip_access_control_lists_responses_200_application_json_examples_ip_access_control_list_list_full() {
        decode::<
            types::TrunkIpAccessControlListPage,
        >(
            "list_trunk_ip_access_control_lists.responses.200.application/json.examples.ip_access_control_list_list_full",
            "{\"ip_access_control_lists\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-05-02T17:29:34Z\",\"date_updated\":\"2018-05-02T17:29:34Z\",\"friendly_name\":\"friendly_name\",\"sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}],\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists?PageSize=50&Page=0\",\"key\":\"ip_access_control_lists\",\"next_page_url\":null,\"page\":0,\"page_size\":50,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists?PageSize=50&Page=0\"}}",
        );
    }
    #[test]
    fn example_add_trunk_ip_access_control_list_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::AddTrunkIpAccessControlListRequest,
        >(
            "add_trunk_ip_access_control_list.requestBody.application/x-www-form-urlencoded.example",
            "{\"IpAccessControlListSid\":\"ALXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"}",
        );
    }
    #[test]
    fn example_add_trunk_ip_access_control_list_responses_201_application_json_examples_ip_access_control_list_create() {
        decode::<
            types::TrunkIpAccessControlList,
        >(
            "add_trunk_ip_access_control_list.responses.201.application/json.examples.ip_access_control_list_create",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-04-30T20:59:06Z\",\"date_updated\":\"2018-04-30T20:59:06Z\",\"friendly_name\":\"friendly_name\",\"sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
        );
    }
    #[test]
    fn example_get_trunk_ip_access_control_list_responses_200_application_json_examples_ip_access_control_list_fetch() {
        decode::<
            types::TrunkIpAccessControlList,
        >(
            "get_trunk_ip_access_control_list.responses.200.application/json.examples.ip_access_control_list_fetch",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-05-02T17:29:34Z\",\"date_updated\":\"2018-05-02T17:29:34Z\",\"friendly_name\":\"friendly_name\",\"sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
        );
    }
    #[test]
    fn example_list_origination_urls_responses_200_application_json_examples_origination_url_list_empty() {
        decode::<
            types::OriginationUrlPage,
        >(
            "list_origination_urls.responses.200.application/json.examples.origination_url_list_empty",
            "{\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls?PageSize=50&Page=0\",\"key\":\"origination_urls\",\"next_page_url\":null,\"page\":0,\"page_size\":50,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls?PageSize=50&Page=0\"},\"origination_urls\":[]}",
        );
    }
    #[test]
    fn example_list_origination_urls_responses_200_application_json_examples_origination_url_list_full() {
        decode::<
            types::OriginationUrlPage,
        >(
            "list_origination_urls.responses.200.application/json.examples.origination_url_list_full",
            "{\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls?PageSize=50&Page=0\",\"key\":\"origination_urls\",\"next_page_url\":null,\"page\":0,\"page_size\":50,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls?PageSize=50&Page=0\"},\"origination_urls\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-05-09T20:47:35Z\",\"date_updated\":\"2018-05-09T20:47:35Z\",\"enabled\":true,\"friendly_name\":\"friendly_name\",\"priority\":1,\"sid\":\"OUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"sip_url\":\"sip://sip-box.com:1234\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls/OUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"weight\":1}]}",
        );
    }
    #[test]
    fn example_create_origination_url_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::CreateOriginationUrlRequest,
        >(
            "create_origination_url.requestBody.application/x-www-form-urlencoded.example",
            "{\"Enabled\":true,\"FriendlyName\":\"friendly_name\",\"Priority\":1,\"SipUrl\":\"https://example.com\",\"Weight\":1}",
        );
    }
    #[test]
    fn example_create_origination_url_responses_201_application_json_examples_origination_url_create() {
        decode::<
            types::OriginationUrl,
        >(
            "create_origination_url.responses.201.application/json.examples.origination_url_create",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-05-07T20:50:58Z\",\"date_updated\":\"2018-05-07T20:50:58Z\",\"enabled\":true,\"friendly_name\":\"friendly_name\",\"priority\":1,\"sid\":\"OUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"sip_url\":\"sip://sip-box.com:1234\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls/OUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"weight\":1}",
        );
    }
    #[test]
    fn example_get_origination_url_responses_200_application_json_examples_origination_url_fetch() {
        decode::<
            types::OriginationUrl,
        >(
            "get_origination_url.responses.200.application/json.examples.origination_url_fetch",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-05-07T20:20:46Z\",\"date_updated\":\"2018-05-07T20:20:46Z\",\"enabled\":false,\"friendly_name\":\"friendly_name\",\"priority\":1,\"sid\":\"OUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"sip_url\":\"sip://sip-box.com:1234\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls/OUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"weight\":1}",
        );
    }
    #[test]
    fn example_update_origination_url_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::UpdateOriginationUrlRequest,
        >(
            "update_origination_url.requestBody.application/x-www-form-urlencoded.example",
            "{}",
        );
    }
    #[test]
    fn example_update_origination_url_responses_200_application_json_examples_origination_url_update() {
        decode::<
            types::OriginationUrl,
        >(
            "update_origination_url.responses.200.application/json.examples.origination_url_update",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"2018-05-07T20:50:58Z\",\"date_updated\":\"2018-05-07T20:50:58Z\",\"enabled\":false,\"friendly_name\":\"updated_name\",\"priority\":2,\"sid\":\"OUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"sip_url\":\"sip://sip-updated.com:4321\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/OriginationUrls/OUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"weight\":2}",
        );
    }
    #[test]
    fn example_list_trunk_phone_numbers_responses_200_application_json_examples_phone_number_list_empty() {
        decode::<
            types::TrunkPhoneNumberPage,
        >(
            "list_trunk_phone_numbers.responses.200.application/json.examples.phone_number_list_empty",
            "{\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers?PageSize=1&Page=0\",\"key\":\"phone_numbers\",\"next_page_url\":null,\"page\":0,\"page_size\":1,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers?PageSize=1&Page=0\"},\"phone_numbers\":[]}",
        );
    }
    #[test]
    fn example_list_trunk_phone_numbers_responses_200_application_json_examples_phone_number_list_full() {
        decode::<
            types::TrunkPhoneNumberPage,
        >(
            "list_trunk_phone_numbers.responses.200.application/json.examples.phone_number_list_full",
            "{\"meta\":{\"first_page_url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers?PageSize=1&Page=0\",\"key\":\"phone_numbers\",\"next_page_url\":null,\"page\":0,\"page_size\":1,\"previous_page_url\":null,\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers?PageSize=1&Page=0\"},\"phone_numbers\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"address_requirements\":\"none\",\"api_version\":\"2010-04-01\",\"beta\":false,\"capabilities\":{\"mms\":true,\"sms\":true,\"voice\":true},\"date_created\":\"2010-12-10T17:27:34Z\",\"date_updated\":\"2015-10-09T11:36:32Z\",\"friendly_name\":\"(415) 867-5309\",\"links\":{\"phone_number\":\"https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IncomingPhoneNumbers/PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"},\"phone_number\":\"+14158675309\",\"sid\":\"PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"sms_application_sid\":\"APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"sms_fallback_method\":\"POST\",\"sms_fallback_url\":\"\",\"sms_method\":\"POST\",\"sms_url\":\"https://webhooks.twilio.com/v1/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Proxy/KSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/Message\",\"status_callback\":\"\",\"status_callback_method\":\"POST\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers/PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"voice_application_sid\":\"\",\"voice_caller_id_lookup\":null,\"voice_fallback_method\":null,\"voice_fallback_url\":null,\"voice_method\":\"POST\",\"voice_url\":\"https://webhooks.twilio.com/v1/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Proxy/KSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/Call\"}]}",
        );
    }
    #[test]
    fn example_add_trunk_phone_number_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::AddTrunkPhoneNumberRequest,
        >(
            "add_trunk_phone_number.requestBody.application/x-www-form-urlencoded.example",
            "{\"PhoneNumberSid\":\"PNXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"}",
        );
    }
    #[test]
    fn example_add_trunk_phone_number_responses_201_application_json_examples_phone_number_create() {
        decode::<
            types::TrunkPhoneNumber,
        >(
            "add_trunk_phone_number.responses.201.application/json.examples.phone_number_create",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"address_requirements\":\"none\",\"api_version\":\"2010-04-01\",\"beta\":false,\"capabilities\":{\"mms\":true,\"sms\":true,\"voice\":true},\"date_created\":\"2010-12-10T17:27:34Z\",\"date_updated\":\"2015-10-09T11:36:32Z\",\"friendly_name\":\"(415) 867-5309\",\"links\":{\"phone_number\":\"https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IncomingPhoneNumbers/PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"},\"phone_number\":\"+14158675309\",\"sid\":\"PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"sms_application_sid\":\"APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"sms_fallback_method\":\"POST\",\"sms_fallback_url\":\"\",\"sms_method\":\"POST\",\"sms_url\":\"https://webhooks.twilio.com/v1/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Proxy/KSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/Message\",\"status_callback\":\"\",\"status_callback_method\":\"POST\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers/PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"voice_application_sid\":\"\",\"voice_caller_id_lookup\":null,\"voice_fallback_method\":null,\"voice_fallback_url\":null,\"voice_method\":\"POST\",\"voice_url\":\"https://webhooks.twilio.com/v1/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Proxy/KSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/Call\"}",
        );
    }
    #[test]
    fn example_get_trunk_phone_number_responses_200_application_json_examples_phone_number_fetch() {
        decode::<
            types::TrunkPhoneNumber,
        >(
            "get_trunk_phone_number.responses.200.application/json.examples.phone_number_fetch",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"address_requirements\":\"none\",\"api_version\":\"2010-04-01\",\"beta\":false,\"capabilities\":{\"mms\":true,\"sms\":true,\"voice\":true},\"date_created\":\"2010-12-10T17:27:34Z\",\"date_updated\":\"2015-10-09T11:36:32Z\",\"friendly_name\":\"(415) 867-5309\",\"links\":{\"phone_number\":\"https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IncomingPhoneNumbers/PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"},\"phone_number\":\"+14158675309\",\"sid\":\"PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"sms_application_sid\":\"APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"sms_fallback_method\":\"POST\",\"sms_fallback_url\":\"\",\"sms_method\":\"POST\",\"sms_url\":\"https://webhooks.twilio.com/v1/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Proxy/KSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/Message\",\"status_callback\":\"\",\"status_callback_method\":\"POST\",\"trunk_sid\":\"TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"url\":\"https://trunking.twilio.com/v1/Trunks/TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/PhoneNumbers/PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"voice_application_sid\":\"\",\"voice_caller_id_lookup\":null,\"voice_fallback_method\":null,\"voice_fallback_url\":null,\"voice_method\":\"POST\",\"voice_url\":\"https://webhooks.twilio.com/v1/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Proxy/KSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks/Call\"}",
        );
    }
    #[test]
    fn example_get_trunk_recording_responses_200_application_json_examples_recording_fetch() {
        decode::<
            types::Recording,
        >(
            "get_trunk_recording.responses.200.application/json.examples.recording_fetch",
            "{\"mode\":\"do-not-record\",\"trim\":\"do-not-trim\"}",
        );
    }
    #[test]
    fn example_update_trunk_recording_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::UpdateTrunkRecordingRequest,
        >(
            "update_trunk_recording.requestBody.application/x-www-form-urlencoded.example",
            "{}",
        );
    }
    #[test]
    fn example_update_trunk_recording_responses_200_application_json_examples_recording_update() {
        decode::<
            types::Recording,
        >(
            "update_trunk_recording.responses.200.application/json.examples.recording_update",
            "{\"mode\":\"do-not-record\",\"trim\":\"do-not-trim\"}",
        );
    }
    #[test]
    fn example_update_trunk_recording_responses_202_application_json_examples_recording_update() {
        decode::<
            types::Recording,
        >(
            "update_trunk_recording.responses.202.application/json.examples.recording_update",
            "{\"mode\":\"do-not-record\",\"trim\":\"do-not-trim\"}",
        );
    }
}
///Vendor name used in logs, reports and errors.
pub const VENDOR: &str = "twilio";
///The origin of Twilio's API; operation paths are appended as they are.
pub const DEFAULT_BASE_URL: &str = "https://trunking.twilio.com";
///Environment variable holding the account SID.
pub const ENV_ACCOUNT_SID: &str = "TWILIO_ACCOUNT_SID";
///Environment variable holding the auth token (a secret).
pub const ENV_AUTH_TOKEN: &str = "TWILIO_AUTH_TOKEN";
///Optional environment variable replacing [`DEFAULT_BASE_URL`] (a proxy, an emulator).
pub const ENV_BASE_URL: &str = "TWILIO_TRUNKING_BASE_URL";
///How a client of this API is built (the spec's `x-trunkline-client`): the description every `ClientBuilder` of this module hands to [`trunkline_core::ClientSettings`].
pub static API: ::trunkline_core::ApiDescription = ::trunkline_core::ApiDescription {
    vendor: VENDOR,
    vendor_name: "Twilio",
    default_origin: DEFAULT_BASE_URL,
    account_path: "",
    credentials: &[
        ::trunkline_core::CredentialField {
            name: "account_sid",
            label: "account SID",
            env: ENV_ACCOUNT_SID,
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
        username: "account_sid",
        password: "auth_token",
    },
    base_url_env: ENV_BASE_URL,
    encode_plus_in_paths: false,
};
///The largest page size every paged list of this API serves (the smallest `maximum` of their page-size parameters).
pub const MAX_PAGE_SIZE: u64 = 1000u64;
::trunkline_core::client_hooks!(Client, OPERATIONS);
impl ::trunkline_core::ErrorBody for types::TwilioError {
    fn message(&self) -> ::std::option::Option<::std::string::String> {
        ::trunkline_core::error_message(
            [
                ::std::option::Option::Some(self)
                    .and_then(|value| value.message.as_ref())
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
impl ::trunkline_core::paging::ListPage for types::TrunkPage {
    type Item = types::Trunk;
    fn into_parts(
        self,
    ) -> (::std::vec::Vec<types::Trunk>, ::trunkline_core::paging::PageInfo) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.next_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.next_page_url.as_ref())
            .cloned();
        info.self_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.url.as_ref())
            .cloned();
        (self.trunks, info)
    }
}
impl ::trunkline_core::paging::LinkedPage for types::TrunkPage {
    type Client = Client;
    type ErrorBody = types::TwilioError;
    const OPERATION_ID: &'static str = operation::LIST_TRUNKS;
    const OPERATIONS: &'static [::trunkline_core::Operation] = OPERATIONS;
    const SERVER_PATH: &'static str = "";
}
impl ::trunkline_core::paging::ListPage for types::TrunkSummaryPage {
    type Item = types::TrunkSummary;
    fn into_parts(
        self,
    ) -> (::std::vec::Vec<types::TrunkSummary>, ::trunkline_core::paging::PageInfo) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.next_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.next_page_url.as_ref())
            .cloned();
        info.self_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.url.as_ref())
            .cloned();
        (self.trunks, info)
    }
}
impl ::trunkline_core::paging::LinkedPage for types::TrunkSummaryPage {
    type Client = Client;
    type ErrorBody = types::TwilioError;
    const OPERATION_ID: &'static str = operation::LIST_TRUNKS;
    const OPERATIONS: &'static [::trunkline_core::Operation] = OPERATIONS;
    const SERVER_PATH: &'static str = "";
}
impl ::trunkline_core::paging::ListPage for types::TrunkCredentialListPage {
    type Item = types::TrunkCredentialList;
    fn into_parts(
        self,
    ) -> (
        ::std::vec::Vec<types::TrunkCredentialList>,
        ::trunkline_core::paging::PageInfo,
    ) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.next_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.next_page_url.as_ref())
            .cloned();
        info.self_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.url.as_ref())
            .cloned();
        (self.credential_lists, info)
    }
}
impl ::trunkline_core::paging::LinkedPage for types::TrunkCredentialListPage {
    type Client = Client;
    type ErrorBody = types::TwilioError;
    const OPERATION_ID: &'static str = operation::LIST_TRUNK_CREDENTIAL_LISTS;
    const OPERATIONS: &'static [::trunkline_core::Operation] = OPERATIONS;
    const SERVER_PATH: &'static str = "";
}
impl ::trunkline_core::paging::ListPage for types::TrunkIpAccessControlListPage {
    type Item = types::TrunkIpAccessControlList;
    fn into_parts(
        self,
    ) -> (
        ::std::vec::Vec<types::TrunkIpAccessControlList>,
        ::trunkline_core::paging::PageInfo,
    ) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.next_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.next_page_url.as_ref())
            .cloned();
        info.self_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.url.as_ref())
            .cloned();
        (self.ip_access_control_lists, info)
    }
}
impl ::trunkline_core::paging::LinkedPage for types::TrunkIpAccessControlListPage {
    type Client = Client;
    type ErrorBody = types::TwilioError;
    const OPERATION_ID: &'static str = operation::LIST_TRUNK_IP_ACCESS_CONTROL_LISTS;
    const OPERATIONS: &'static [::trunkline_core::Operation] = OPERATIONS;
    const SERVER_PATH: &'static str = "";
}
impl ::trunkline_core::paging::ListPage for types::OriginationUrlPage {
    type Item = types::OriginationUrl;
    fn into_parts(
        self,
    ) -> (::std::vec::Vec<types::OriginationUrl>, ::trunkline_core::paging::PageInfo) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.next_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.next_page_url.as_ref())
            .cloned();
        info.self_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.url.as_ref())
            .cloned();
        (self.origination_urls, info)
    }
}
impl ::trunkline_core::paging::LinkedPage for types::OriginationUrlPage {
    type Client = Client;
    type ErrorBody = types::TwilioError;
    const OPERATION_ID: &'static str = operation::LIST_ORIGINATION_URLS;
    const OPERATIONS: &'static [::trunkline_core::Operation] = OPERATIONS;
    const SERVER_PATH: &'static str = "";
}
impl ::trunkline_core::paging::ListPage for types::TrunkPhoneNumberPage {
    type Item = types::TrunkPhoneNumber;
    fn into_parts(
        self,
    ) -> (::std::vec::Vec<types::TrunkPhoneNumber>, ::trunkline_core::paging::PageInfo) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.next_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.next_page_url.as_ref())
            .cloned();
        info.self_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.meta.as_ref())
            .and_then(|value| value.url.as_ref())
            .cloned();
        (self.phone_numbers, info)
    }
}
impl ::trunkline_core::paging::LinkedPage for types::TrunkPhoneNumberPage {
    type Client = Client;
    type ErrorBody = types::TwilioError;
    const OPERATION_ID: &'static str = operation::LIST_TRUNK_PHONE_NUMBERS;
    const OPERATIONS: &'static [::trunkline_core::Operation] = OPERATIONS;
    const SERVER_PATH: &'static str = "";
}
impl Client {
    ///Every item of [`Client::list_trunks`] as a stream, pages fetched as it is polled: `.page_size(n)` sets the items per request (1–1000, default 1000), `.max_items(n)` the most items read (no page after the one holding the last is fetched). The same as `self.list_trunks().stream()`; set the list's filters on that builder.
    pub fn trunks(
        &self,
    ) -> ::trunkline_core::paging::Paged<'_, types::Trunk, Error<types::TwilioError>> {
        self.list_trunks().stream()
    }
}
