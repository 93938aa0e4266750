// @generated the client of specs/twilio-sip.yaml, by `cargo xtask generate twilio-sip`.
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
    ///Form parameters of `POST /SIP/CredentialLists.json`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateCredentialListRequest {
        ///A human readable descriptive text that describes the CredentialList, up to 64 characters long.
        #[serde(rename = "FriendlyName")]
        pub friendly_name: ::std::string::String,
    }
    impl CreateCredentialListRequest {
        pub fn builder() -> builder::CreateCredentialListRequest {
            Default::default()
        }
    }
    ///Form parameters of `POST /SIP/CredentialLists/{CredentialListSid}/Credentials.json`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateCredentialRequest {
        ///The password that the username will use when authenticating SIP requests. The password must be a minimum of 12 characters, contain at least 1 digit, and have mixed case (e.g. `IWasAtSignal2018`). Write-only: Twilio never returns it. Not validated by this SDK.
        #[serde(rename = "Password")]
        pub password: ::trunkline_core::SecretString,
        ///The username that will be passed when authenticating SIP requests. The username should be sent in response to Twilio's challenge of the initial INVITE. It can be up to 32 characters long.
        #[serde(rename = "Username")]
        pub username: ::std::string::String,
    }
    impl CreateCredentialRequest {
        pub fn builder() -> builder::CreateCredentialRequest {
            Default::default()
        }
    }
    ///Form parameters of `POST /SIP/IpAccessControlLists.json`. The new list is empty: add IpAddress resources to it for it to have any effect.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateIpAccessControlListRequest {
        ///A human readable descriptive text that describes the IpAccessControlList, up to 255 characters long.
        #[serde(rename = "FriendlyName")]
        pub friendly_name: ::std::string::String,
    }
    impl CreateIpAccessControlListRequest {
        pub fn builder() -> builder::CreateIpAccessControlListRequest {
            Default::default()
        }
    }
    ///Form parameters of `POST /SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json`. A list holds up to 100 addresses.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateIpAddressRequest {
        ///An integer representing the length of the CIDR prefix to use with this IP address when accepting traffic. By default the entire IP address is used (/32).
        #[serde(
            rename = "CidrPrefixLength",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cidr_prefix_length: ::std::option::Option<i64>,
        ///A human readable descriptive text for this resource, up to 255 characters long.
        #[serde(rename = "FriendlyName")]
        pub friendly_name: ::std::string::String,
        ///An IP address in dotted decimal notation from which you want to accept traffic. Any SIP requests from this IP address will be allowed by Twilio. IPv4 only supported today. It must be a complete IP address; wildcards are not supported.
        #[serde(rename = "IpAddress")]
        pub ip_address: ::std::string::String,
    }
    impl CreateIpAddressRequest {
        pub fn builder() -> builder::CreateIpAddressRequest {
            Default::default()
        }
    }
    ///A SIP Credential (username and password) inside a Credential List. The password is stored MD5-hashed in accordance with the digest authentication specification and is never returned.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Credential {
        ///The unique id of the Account that is responsible for this resource (`AC` followed by 32 hex digits).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The unique id that identifies the credential list that includes this credential.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_list_sid: ::std::option::Option<::std::string::String>,
        ///The date that this resource was created, given as GMT in RFC 2822 format (`Wed, 11 Sep 2013 17:51:38 +0000`). Kept as a string: RFC 2822 is not RFC 3339; parse it with e.g. `chrono::DateTime::parse_from_rfc2822`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<::std::string::String>,
        ///The date that this resource was last updated, given as GMT in RFC 2822 format (`Wed, 11 Sep 2013 17:51:38 +0000`). Kept as a string: RFC 2822 is not RFC 3339; parse it with e.g. `chrono::DateTime::parse_from_rfc2822`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::std::string::String>,
        ///A 34 character string that uniquely identifies this resource (`CR` followed by 32 hex digits).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sid: ::std::option::Option<::std::string::String>,
        ///The URI for this resource, relative to `https://api.twilio.com` (ends in `.json`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
        ///The username for this credential.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
    }
    impl Credential {
        pub fn builder() -> builder::Credential {
            Default::default()
        }
    }
    ///A SIP Credential List: the credentials of the users who are allowed to reach a SIP Domain or, once associated with it, an Elastic SIP Trunk. An account can have up to 100 Credential Lists, each with up to 1,000 unique users. Every field is optional and may be `null`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CredentialList {
        ///The unique id of the Account that owns this resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The date that this resource was created, given as GMT in RFC 2822 format (`Wed, 11 Sep 2013 17:51:38 +0000`). Kept as a string: RFC 2822 is not RFC 3339; parse it with e.g. `chrono::DateTime::parse_from_rfc2822`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<::std::string::String>,
        ///The date that this resource was last updated, given as GMT in RFC 2822 format (`Wed, 11 Sep 2013 17:51:38 +0000`). Kept as a string: RFC 2822 is not RFC 3339; parse it with e.g. `chrono::DateTime::parse_from_rfc2822`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::std::string::String>,
        ///A human readable descriptive text that describes the CredentialList, up to 64 characters long.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub friendly_name: ::std::option::Option<::std::string::String>,
        ///A 34 character string that uniquely identifies this resource (`CL` followed by 32 hex digits).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sid: ::std::option::Option<::std::string::String>,
        ///A list of credentials associated with this credential list (relative URIs).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subresource_uris: ::std::option::Option<CredentialListSubresourceUris>,
        ///The URI for this resource, relative to `https://api.twilio.com` (ends in `.json`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    impl CredentialList {
        pub fn builder() -> builder::CredentialList {
            Default::default()
        }
    }
    ///One page of the account's SIP Credential Lists. The 2010-04-01 paging fields sit next to the items. To read the next page, GET `https://api.twilio.com` + `next_page_uri`; it is `null` on the last page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CredentialListPage {
        ///The items on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub credential_lists: ::std::vec::Vec<CredentialList>,
        ///The index of the last item on this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end: ::std::option::Option<i64>,
        ///The URI of the first page, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_page_uri: ::std::option::Option<::std::string::String>,
        ///Legacy: the URI of the last page. No longer sent by Twilio; kept so older responses still decode.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_page_uri: ::std::option::Option<::std::string::String>,
        ///The URI of the next page, relative to `https://api.twilio.com`; `null` on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page_uri: ::std::option::Option<::std::string::String>,
        ///Legacy: the number of pages. No longer sent by Twilio; kept so older responses still decode.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub num_pages: ::std::option::Option<i64>,
        ///The 0-based index of this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        ///The number of items requested per page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_size: ::std::option::Option<i64>,
        ///The URI of the previous page, relative to `https://api.twilio.com`; `null` on the first page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page_uri: ::std::option::Option<::std::string::String>,
        ///The index of the first item on this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start: ::std::option::Option<i64>,
        ///Legacy: the total number of items. No longer sent by Twilio; kept so older responses still decode.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
        ///The URI of this page, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    impl CredentialListPage {
        pub fn builder() -> builder::CredentialListPage {
            Default::default()
        }
    }
    ///The credential list's sub-resources, relative to `https://api.twilio.com`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CredentialListSubresourceUris {
        ///The list's Credentials (`…/CredentialLists/{Sid}/Credentials.json`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credentials: ::std::option::Option<::std::string::String>,
    }
    impl CredentialListSubresourceUris {
        pub fn builder() -> builder::CredentialListSubresourceUris {
            Default::default()
        }
    }
    ///One page of the credentials in a Credential List. The 2010-04-01 paging fields sit next to the items. To read the next page, GET `https://api.twilio.com` + `next_page_uri`; it is `null` on the last page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CredentialPage {
        ///The items on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub credentials: ::std::vec::Vec<Credential>,
        ///The index of the last item on this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end: ::std::option::Option<i64>,
        ///The URI of the first page, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_page_uri: ::std::option::Option<::std::string::String>,
        ///Legacy: the URI of the last page. No longer sent by Twilio; kept so older responses still decode.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_page_uri: ::std::option::Option<::std::string::String>,
        ///The URI of the next page, relative to `https://api.twilio.com`; `null` on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page_uri: ::std::option::Option<::std::string::String>,
        ///Legacy: the number of pages. No longer sent by Twilio; kept so older responses still decode.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub num_pages: ::std::option::Option<i64>,
        ///The 0-based index of this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        ///The number of items requested per page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_size: ::std::option::Option<i64>,
        ///The URI of the previous page, relative to `https://api.twilio.com`; `null` on the first page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page_uri: ::std::option::Option<::std::string::String>,
        ///The index of the first item on this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start: ::std::option::Option<i64>,
        ///Legacy: the total number of items. No longer sent by Twilio; kept so older responses still decode.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
        ///The URI of this page, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    impl CredentialPage {
        pub fn builder() -> builder::CredentialPage {
            Default::default()
        }
    }
    ///A SIP IP Access Control List: a list of IpAddress resources that describe the IP addresses allowed to reach a SIP Domain or, once associated with it, an Elastic SIP Trunk. An account can have up to 1,000 lists, each with up to 100 entries (which can be CIDR blocks). Every field is optional and may be `null`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct IpAccessControlList {
        ///The unique id of the Account that owns this resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The date that this resource was created, given as GMT in RFC 2822 format (`Wed, 11 Sep 2013 17:51:38 +0000`). Kept as a string: RFC 2822 is not RFC 3339; parse it with e.g. `chrono::DateTime::parse_from_rfc2822`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<::std::string::String>,
        ///The date that this resource was last updated, given as GMT in RFC 2822 format (`Wed, 11 Sep 2013 17:51:38 +0000`). Kept as a string: RFC 2822 is not RFC 3339; parse it with e.g. `chrono::DateTime::parse_from_rfc2822`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::std::string::String>,
        ///A human readable descriptive text, up to 255 characters long.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub friendly_name: ::std::option::Option<::std::string::String>,
        ///A 34 character string that uniquely identifies this resource (`AL` followed by 32 hex digits).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sid: ::std::option::Option<::std::string::String>,
        ///A list of the IpAddress resources associated with this IP access control list resource (relative URIs).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subresource_uris: ::std::option::Option<IpAccessControlListSubresourceUris>,
        ///The URI for this resource, relative to `https://api.twilio.com` (ends in `.json`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    impl IpAccessControlList {
        pub fn builder() -> builder::IpAccessControlList {
            Default::default()
        }
    }
    ///One page of the account's SIP IP Access Control Lists. The 2010-04-01 paging fields sit next to the items. To read the next page, GET `https://api.twilio.com` + `next_page_uri`; it is `null` on the last page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct IpAccessControlListPage {
        ///The index of the last item on this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end: ::std::option::Option<i64>,
        ///The URI of the first page, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_page_uri: ::std::option::Option<::std::string::String>,
        ///The items on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub ip_access_control_lists: ::std::vec::Vec<IpAccessControlList>,
        ///Legacy: the URI of the last page. No longer sent by Twilio; kept so older responses still decode.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_page_uri: ::std::option::Option<::std::string::String>,
        ///The URI of the next page, relative to `https://api.twilio.com`; `null` on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page_uri: ::std::option::Option<::std::string::String>,
        ///Legacy: the number of pages. No longer sent by Twilio; kept so older responses still decode.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub num_pages: ::std::option::Option<i64>,
        ///The 0-based index of this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        ///The number of items requested per page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_size: ::std::option::Option<i64>,
        ///The URI of the previous page, relative to `https://api.twilio.com`; `null` on the first page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page_uri: ::std::option::Option<::std::string::String>,
        ///The index of the first item on this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start: ::std::option::Option<i64>,
        ///Legacy: the total number of items. No longer sent by Twilio; kept so older responses still decode.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
        ///The URI of this page, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    impl IpAccessControlListPage {
        pub fn builder() -> builder::IpAccessControlListPage {
            Default::default()
        }
    }
    ///The IP access control list's sub-resources, relative to `https://api.twilio.com`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct IpAccessControlListSubresourceUris {
        ///The list's IP Addresses (`…/IpAccessControlLists/{Sid}/IpAddresses.json`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ip_addresses: ::std::option::Option<::std::string::String>,
    }
    impl IpAccessControlListSubresourceUris {
        pub fn builder() -> builder::IpAccessControlListSubresourceUris {
            Default::default()
        }
    }
    ///An IP address (or CIDR block) inside an IP Access Control List.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct IpAddress {
        ///The unique id of the Account that is responsible for this resource (`AC` followed by 32 hex digits).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///An integer representing the length of the CIDR prefix to use with this IP address when accepting traffic. By default the entire IP address is used (/32).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cidr_prefix_length: ::std::option::Option<i64>,
        ///The date that this resource was created, given as GMT in RFC 2822 format (`Wed, 11 Sep 2013 17:51:38 +0000`). Kept as a string: RFC 2822 is not RFC 3339; parse it with e.g. `chrono::DateTime::parse_from_rfc2822`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<::std::string::String>,
        ///The date that this resource was last updated, given as GMT in RFC 2822 format (`Wed, 11 Sep 2013 17:51:38 +0000`). Kept as a string: RFC 2822 is not RFC 3339; parse it with e.g. `chrono::DateTime::parse_from_rfc2822`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::std::string::String>,
        ///A human readable descriptive text for this resource, up to 255 characters long.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub friendly_name: ::std::option::Option<::std::string::String>,
        ///The unique id of the IpAccessControlList resource that includes this resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ip_access_control_list_sid: ::std::option::Option<::std::string::String>,
        ///An IP address in dotted decimal notation from which you want to accept traffic. Any SIP requests from this IP address will be allowed by Twilio. IPv4 only supported today.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ip_address: ::std::option::Option<::std::string::String>,
        ///A 34 character string that uniquely identifies this resource (`IP` followed by 32 hex digits).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sid: ::std::option::Option<::std::string::String>,
        ///The URI for this resource, relative to `https://api.twilio.com` (ends in `.json`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    impl IpAddress {
        pub fn builder() -> builder::IpAddress {
            Default::default()
        }
    }
    ///One page of the IP addresses in an IP Access Control List. The 2010-04-01 paging fields sit next to the items. To read the next page, GET `https://api.twilio.com` + `next_page_uri`; it is `null` on the last page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct IpAddressPage {
        ///The index of the last item on this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end: ::std::option::Option<i64>,
        ///The URI of the first page, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_page_uri: ::std::option::Option<::std::string::String>,
        ///The items on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub ip_addresses: ::std::vec::Vec<IpAddress>,
        ///Legacy: the URI of the last page. No longer sent by Twilio; kept so older responses still decode.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_page_uri: ::std::option::Option<::std::string::String>,
        ///The URI of the next page, relative to `https://api.twilio.com`; `null` on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page_uri: ::std::option::Option<::std::string::String>,
        ///Legacy: the number of pages. No longer sent by Twilio; kept so older responses still decode.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub num_pages: ::std::option::Option<i64>,
        ///The 0-based index of this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        ///The number of items requested per page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_size: ::std::option::Option<i64>,
        ///The URI of the previous page, relative to `https://api.twilio.com`; `null` on the first page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page_uri: ::std::option::Option<::std::string::String>,
        ///The index of the first item on this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start: ::std::option::Option<i64>,
        ///Legacy: the total number of items. No longer sent by Twilio; kept so older responses still decode.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
        ///The URI of this page, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    impl IpAddressPage {
        pub fn builder() -> builder::IpAddressPage {
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
    ///Form parameters of `POST /SIP/CredentialLists/{Sid}.json` (rename).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UpdateCredentialListRequest {
        ///A human readable descriptive text that describes the CredentialList, up to 64 characters long.
        #[serde(rename = "FriendlyName")]
        pub friendly_name: ::std::string::String,
    }
    impl UpdateCredentialListRequest {
        pub fn builder() -> builder::UpdateCredentialListRequest {
            Default::default()
        }
    }
    ///Form parameters of `POST /SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json`. The password is the only updatable field (the username cannot change); an update without it changes nothing.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateCredentialRequest {
        ///The password that the username will use when authenticating SIP requests. The password must be a minimum of 12 characters, contain at least 1 digit, and have mixed case (e.g. `IWasAtSignal2018`). Write-only: Twilio never returns it. Not validated by this SDK.
        #[serde(
            rename = "Password",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub password: ::std::option::Option<::trunkline_core::SecretString>,
    }
    impl UpdateCredentialRequest {
        pub fn builder() -> builder::UpdateCredentialRequest {
            Default::default()
        }
    }
    ///Form parameters of `POST /SIP/IpAccessControlLists/{Sid}.json` (rename).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UpdateIpAccessControlListRequest {
        ///A human readable descriptive text that describes the IpAccessControlList, up to 255 characters long.
        #[serde(rename = "FriendlyName")]
        pub friendly_name: ::std::string::String,
    }
    impl UpdateIpAccessControlListRequest {
        pub fn builder() -> builder::UpdateIpAccessControlListRequest {
            Default::default()
        }
    }
    ///Form parameters of `POST /SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json`. Every parameter is optional; only the parameters you set are changed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateIpAddressRequest {
        ///An integer representing the length of the CIDR prefix to use with this IP address when accepting traffic. By default the entire IP address is used (/32).
        #[serde(
            rename = "CidrPrefixLength",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cidr_prefix_length: ::std::option::Option<i64>,
        ///A human readable descriptive text for this resource, up to 255 characters long.
        #[serde(
            rename = "FriendlyName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub friendly_name: ::std::option::Option<::std::string::String>,
        ///An IP address in dotted decimal notation from which you want to accept traffic. Any SIP requests from this IP address will be allowed by Twilio. IPv4 only supported today. It must be a complete IP address; wildcards are not supported.
        #[serde(
            rename = "IpAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ip_address: ::std::option::Option<::std::string::String>,
    }
    impl UpdateIpAddressRequest {
        pub fn builder() -> builder::UpdateIpAddressRequest {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CreateCredentialListRequest {
            friendly_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateCredentialListRequest {
            fn default() -> Self {
                Self {
                    friendly_name: Err("no value supplied for friendly_name".to_string()),
                }
            }
        }
        impl CreateCredentialListRequest {
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
        }
        impl ::std::convert::TryFrom<CreateCredentialListRequest>
        for super::CreateCredentialListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateCredentialListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    friendly_name: value.friendly_name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateCredentialListRequest>
        for CreateCredentialListRequest {
            fn from(value: super::CreateCredentialListRequest) -> Self {
                Self {
                    friendly_name: Ok(value.friendly_name),
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
        pub struct CreateIpAccessControlListRequest {
            friendly_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateIpAccessControlListRequest {
            fn default() -> Self {
                Self {
                    friendly_name: Err("no value supplied for friendly_name".to_string()),
                }
            }
        }
        impl CreateIpAccessControlListRequest {
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
        }
        impl ::std::convert::TryFrom<CreateIpAccessControlListRequest>
        for super::CreateIpAccessControlListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateIpAccessControlListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    friendly_name: value.friendly_name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateIpAccessControlListRequest>
        for CreateIpAccessControlListRequest {
            fn from(value: super::CreateIpAccessControlListRequest) -> Self {
                Self {
                    friendly_name: Ok(value.friendly_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateIpAddressRequest {
            cidr_prefix_length: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            friendly_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            ip_address: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateIpAddressRequest {
            fn default() -> Self {
                Self {
                    cidr_prefix_length: Ok(Default::default()),
                    friendly_name: Err(
                        "no value supplied for friendly_name".to_string(),
                    ),
                    ip_address: Err("no value supplied for ip_address".to_string()),
                }
            }
        }
        impl CreateIpAddressRequest {
            pub fn cidr_prefix_length<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.cidr_prefix_length = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cidr_prefix_length: {e}"
                        )
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
        }
        impl ::std::convert::TryFrom<CreateIpAddressRequest>
        for super::CreateIpAddressRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateIpAddressRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cidr_prefix_length: value.cidr_prefix_length?,
                    friendly_name: value.friendly_name?,
                    ip_address: value.ip_address?,
                })
            }
        }
        impl ::std::convert::From<super::CreateIpAddressRequest>
        for CreateIpAddressRequest {
            fn from(value: super::CreateIpAddressRequest) -> Self {
                Self {
                    cidr_prefix_length: Ok(value.cidr_prefix_length),
                    friendly_name: Ok(value.friendly_name),
                    ip_address: Ok(value.ip_address),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Credential {
            account_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            credential_list_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_updated: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
        impl ::std::default::Default for Credential {
            fn default() -> Self {
                Self {
                    account_sid: Ok(Default::default()),
                    credential_list_sid: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    date_updated: Ok(Default::default()),
                    sid: Ok(Default::default()),
                    uri: Ok(Default::default()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl Credential {
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
            pub fn credential_list_sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.credential_list_sid = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credential_list_sid: {e}"
                        )
                    });
                self
            }
            pub fn date_created<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
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
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.date_updated = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for date_updated: {e}")
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
        impl ::std::convert::TryFrom<Credential> for super::Credential {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Credential,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_sid: value.account_sid?,
                    credential_list_sid: value.credential_list_sid?,
                    date_created: value.date_created?,
                    date_updated: value.date_updated?,
                    sid: value.sid?,
                    uri: value.uri?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::Credential> for Credential {
            fn from(value: super::Credential) -> Self {
                Self {
                    account_sid: Ok(value.account_sid),
                    credential_list_sid: Ok(value.credential_list_sid),
                    date_created: Ok(value.date_created),
                    date_updated: Ok(value.date_updated),
                    sid: Ok(value.sid),
                    uri: Ok(value.uri),
                    username: Ok(value.username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CredentialList {
            account_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_updated: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
            subresource_uris: ::std::result::Result<
                ::std::option::Option<super::CredentialListSubresourceUris>,
                ::std::string::String,
            >,
            uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CredentialList {
            fn default() -> Self {
                Self {
                    account_sid: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    date_updated: Ok(Default::default()),
                    friendly_name: Ok(Default::default()),
                    sid: Ok(Default::default()),
                    subresource_uris: Ok(Default::default()),
                    uri: Ok(Default::default()),
                }
            }
        }
        impl CredentialList {
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
                    ::std::option::Option<::std::string::String>,
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
                    ::std::option::Option<::std::string::String>,
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
            pub fn subresource_uris<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::CredentialListSubresourceUris>,
                >,
            {
                self.subresource_uris = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for subresource_uris: {e}"
                        )
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
        }
        impl ::std::convert::TryFrom<CredentialList> for super::CredentialList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CredentialList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_sid: value.account_sid?,
                    date_created: value.date_created?,
                    date_updated: value.date_updated?,
                    friendly_name: value.friendly_name?,
                    sid: value.sid?,
                    subresource_uris: value.subresource_uris?,
                    uri: value.uri?,
                })
            }
        }
        impl ::std::convert::From<super::CredentialList> for CredentialList {
            fn from(value: super::CredentialList) -> Self {
                Self {
                    account_sid: Ok(value.account_sid),
                    date_created: Ok(value.date_created),
                    date_updated: Ok(value.date_updated),
                    friendly_name: Ok(value.friendly_name),
                    sid: Ok(value.sid),
                    subresource_uris: Ok(value.subresource_uris),
                    uri: Ok(value.uri),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CredentialListPage {
            credential_lists: ::std::result::Result<
                ::std::vec::Vec<super::CredentialList>,
                ::std::string::String,
            >,
            end: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            first_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            next_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            num_pages: ::std::result::Result<
                ::std::option::Option<i64>,
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
            previous_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            start: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CredentialListPage {
            fn default() -> Self {
                Self {
                    credential_lists: Ok(Default::default()),
                    end: Ok(Default::default()),
                    first_page_uri: Ok(Default::default()),
                    last_page_uri: Ok(Default::default()),
                    next_page_uri: Ok(Default::default()),
                    num_pages: Ok(Default::default()),
                    page: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    previous_page_uri: Ok(Default::default()),
                    start: Ok(Default::default()),
                    total: Ok(Default::default()),
                    uri: Ok(Default::default()),
                }
            }
        }
        impl CredentialListPage {
            pub fn credential_lists<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CredentialList>>,
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
            pub fn end<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.end = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for end: {e}")
                    });
                self
            }
            pub fn first_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.first_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for first_page_uri: {e}"
                        )
                    });
                self
            }
            pub fn last_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.last_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for last_page_uri: {e}")
                    });
                self
            }
            pub fn next_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.next_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for next_page_uri: {e}")
                    });
                self
            }
            pub fn num_pages<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.num_pages = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for num_pages: {e}")
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
            pub fn previous_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.previous_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_page_uri: {e}"
                        )
                    });
                self
            }
            pub fn start<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.start = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for start: {e}")
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
        }
        impl ::std::convert::TryFrom<CredentialListPage> for super::CredentialListPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CredentialListPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credential_lists: value.credential_lists?,
                    end: value.end?,
                    first_page_uri: value.first_page_uri?,
                    last_page_uri: value.last_page_uri?,
                    next_page_uri: value.next_page_uri?,
                    num_pages: value.num_pages?,
                    page: value.page?,
                    page_size: value.page_size?,
                    previous_page_uri: value.previous_page_uri?,
                    start: value.start?,
                    total: value.total?,
                    uri: value.uri?,
                })
            }
        }
        impl ::std::convert::From<super::CredentialListPage> for CredentialListPage {
            fn from(value: super::CredentialListPage) -> Self {
                Self {
                    credential_lists: Ok(value.credential_lists),
                    end: Ok(value.end),
                    first_page_uri: Ok(value.first_page_uri),
                    last_page_uri: Ok(value.last_page_uri),
                    next_page_uri: Ok(value.next_page_uri),
                    num_pages: Ok(value.num_pages),
                    page: Ok(value.page),
                    page_size: Ok(value.page_size),
                    previous_page_uri: Ok(value.previous_page_uri),
                    start: Ok(value.start),
                    total: Ok(value.total),
                    uri: Ok(value.uri),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CredentialListSubresourceUris {
            credentials: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CredentialListSubresourceUris {
            fn default() -> Self {
                Self {
                    credentials: Ok(Default::default()),
                }
            }
        }
        impl CredentialListSubresourceUris {
            pub fn credentials<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.credentials = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for credentials: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CredentialListSubresourceUris>
        for super::CredentialListSubresourceUris {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CredentialListSubresourceUris,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credentials: value.credentials?,
                })
            }
        }
        impl ::std::convert::From<super::CredentialListSubresourceUris>
        for CredentialListSubresourceUris {
            fn from(value: super::CredentialListSubresourceUris) -> Self {
                Self {
                    credentials: Ok(value.credentials),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CredentialPage {
            credentials: ::std::result::Result<
                ::std::vec::Vec<super::Credential>,
                ::std::string::String,
            >,
            end: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            first_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            next_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            num_pages: ::std::result::Result<
                ::std::option::Option<i64>,
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
            previous_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            start: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CredentialPage {
            fn default() -> Self {
                Self {
                    credentials: Ok(Default::default()),
                    end: Ok(Default::default()),
                    first_page_uri: Ok(Default::default()),
                    last_page_uri: Ok(Default::default()),
                    next_page_uri: Ok(Default::default()),
                    num_pages: Ok(Default::default()),
                    page: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    previous_page_uri: Ok(Default::default()),
                    start: Ok(Default::default()),
                    total: Ok(Default::default()),
                    uri: Ok(Default::default()),
                }
            }
        }
        impl CredentialPage {
            pub fn credentials<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Credential>>,
                T::Error: ::std::fmt::Display,
            {
                self.credentials = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for credentials: {e}")
                    });
                self
            }
            pub fn end<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.end = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for end: {e}")
                    });
                self
            }
            pub fn first_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.first_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for first_page_uri: {e}"
                        )
                    });
                self
            }
            pub fn last_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.last_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for last_page_uri: {e}")
                    });
                self
            }
            pub fn next_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.next_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for next_page_uri: {e}")
                    });
                self
            }
            pub fn num_pages<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.num_pages = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for num_pages: {e}")
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
            pub fn previous_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.previous_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_page_uri: {e}"
                        )
                    });
                self
            }
            pub fn start<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.start = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for start: {e}")
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
        }
        impl ::std::convert::TryFrom<CredentialPage> for super::CredentialPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CredentialPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credentials: value.credentials?,
                    end: value.end?,
                    first_page_uri: value.first_page_uri?,
                    last_page_uri: value.last_page_uri?,
                    next_page_uri: value.next_page_uri?,
                    num_pages: value.num_pages?,
                    page: value.page?,
                    page_size: value.page_size?,
                    previous_page_uri: value.previous_page_uri?,
                    start: value.start?,
                    total: value.total?,
                    uri: value.uri?,
                })
            }
        }
        impl ::std::convert::From<super::CredentialPage> for CredentialPage {
            fn from(value: super::CredentialPage) -> Self {
                Self {
                    credentials: Ok(value.credentials),
                    end: Ok(value.end),
                    first_page_uri: Ok(value.first_page_uri),
                    last_page_uri: Ok(value.last_page_uri),
                    next_page_uri: Ok(value.next_page_uri),
                    num_pages: Ok(value.num_pages),
                    page: Ok(value.page),
                    page_size: Ok(value.page_size),
                    previous_page_uri: Ok(value.previous_page_uri),
                    start: Ok(value.start),
                    total: Ok(value.total),
                    uri: Ok(value.uri),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IpAccessControlList {
            account_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_updated: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
            subresource_uris: ::std::result::Result<
                ::std::option::Option<super::IpAccessControlListSubresourceUris>,
                ::std::string::String,
            >,
            uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IpAccessControlList {
            fn default() -> Self {
                Self {
                    account_sid: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    date_updated: Ok(Default::default()),
                    friendly_name: Ok(Default::default()),
                    sid: Ok(Default::default()),
                    subresource_uris: Ok(Default::default()),
                    uri: Ok(Default::default()),
                }
            }
        }
        impl IpAccessControlList {
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
                    ::std::option::Option<::std::string::String>,
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
                    ::std::option::Option<::std::string::String>,
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
            pub fn subresource_uris<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<super::IpAccessControlListSubresourceUris>,
                >,
            {
                self.subresource_uris = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for subresource_uris: {e}"
                        )
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
        }
        impl ::std::convert::TryFrom<IpAccessControlList>
        for super::IpAccessControlList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpAccessControlList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_sid: value.account_sid?,
                    date_created: value.date_created?,
                    date_updated: value.date_updated?,
                    friendly_name: value.friendly_name?,
                    sid: value.sid?,
                    subresource_uris: value.subresource_uris?,
                    uri: value.uri?,
                })
            }
        }
        impl ::std::convert::From<super::IpAccessControlList> for IpAccessControlList {
            fn from(value: super::IpAccessControlList) -> Self {
                Self {
                    account_sid: Ok(value.account_sid),
                    date_created: Ok(value.date_created),
                    date_updated: Ok(value.date_updated),
                    friendly_name: Ok(value.friendly_name),
                    sid: Ok(value.sid),
                    subresource_uris: Ok(value.subresource_uris),
                    uri: Ok(value.uri),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IpAccessControlListPage {
            end: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            first_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip_access_control_lists: ::std::result::Result<
                ::std::vec::Vec<super::IpAccessControlList>,
                ::std::string::String,
            >,
            last_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            next_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            num_pages: ::std::result::Result<
                ::std::option::Option<i64>,
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
            previous_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            start: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IpAccessControlListPage {
            fn default() -> Self {
                Self {
                    end: Ok(Default::default()),
                    first_page_uri: Ok(Default::default()),
                    ip_access_control_lists: Ok(Default::default()),
                    last_page_uri: Ok(Default::default()),
                    next_page_uri: Ok(Default::default()),
                    num_pages: Ok(Default::default()),
                    page: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    previous_page_uri: Ok(Default::default()),
                    start: Ok(Default::default()),
                    total: Ok(Default::default()),
                    uri: Ok(Default::default()),
                }
            }
        }
        impl IpAccessControlListPage {
            pub fn end<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.end = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for end: {e}")
                    });
                self
            }
            pub fn first_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.first_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for first_page_uri: {e}"
                        )
                    });
                self
            }
            pub fn ip_access_control_lists<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::IpAccessControlList>>,
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
            pub fn last_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.last_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for last_page_uri: {e}")
                    });
                self
            }
            pub fn next_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.next_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for next_page_uri: {e}")
                    });
                self
            }
            pub fn num_pages<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.num_pages = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for num_pages: {e}")
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
            pub fn previous_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.previous_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_page_uri: {e}"
                        )
                    });
                self
            }
            pub fn start<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.start = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for start: {e}")
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
        }
        impl ::std::convert::TryFrom<IpAccessControlListPage>
        for super::IpAccessControlListPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpAccessControlListPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    end: value.end?,
                    first_page_uri: value.first_page_uri?,
                    ip_access_control_lists: value.ip_access_control_lists?,
                    last_page_uri: value.last_page_uri?,
                    next_page_uri: value.next_page_uri?,
                    num_pages: value.num_pages?,
                    page: value.page?,
                    page_size: value.page_size?,
                    previous_page_uri: value.previous_page_uri?,
                    start: value.start?,
                    total: value.total?,
                    uri: value.uri?,
                })
            }
        }
        impl ::std::convert::From<super::IpAccessControlListPage>
        for IpAccessControlListPage {
            fn from(value: super::IpAccessControlListPage) -> Self {
                Self {
                    end: Ok(value.end),
                    first_page_uri: Ok(value.first_page_uri),
                    ip_access_control_lists: Ok(value.ip_access_control_lists),
                    last_page_uri: Ok(value.last_page_uri),
                    next_page_uri: Ok(value.next_page_uri),
                    num_pages: Ok(value.num_pages),
                    page: Ok(value.page),
                    page_size: Ok(value.page_size),
                    previous_page_uri: Ok(value.previous_page_uri),
                    start: Ok(value.start),
                    total: Ok(value.total),
                    uri: Ok(value.uri),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IpAccessControlListSubresourceUris {
            ip_addresses: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IpAccessControlListSubresourceUris {
            fn default() -> Self {
                Self {
                    ip_addresses: Ok(Default::default()),
                }
            }
        }
        impl IpAccessControlListSubresourceUris {
            pub fn ip_addresses<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.ip_addresses = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for ip_addresses: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IpAccessControlListSubresourceUris>
        for super::IpAccessControlListSubresourceUris {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpAccessControlListSubresourceUris,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_addresses: value.ip_addresses?,
                })
            }
        }
        impl ::std::convert::From<super::IpAccessControlListSubresourceUris>
        for IpAccessControlListSubresourceUris {
            fn from(value: super::IpAccessControlListSubresourceUris) -> Self {
                Self {
                    ip_addresses: Ok(value.ip_addresses),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IpAddress {
            account_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cidr_prefix_length: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_updated: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            friendly_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip_access_control_list_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IpAddress {
            fn default() -> Self {
                Self {
                    account_sid: Ok(Default::default()),
                    cidr_prefix_length: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    date_updated: Ok(Default::default()),
                    friendly_name: Ok(Default::default()),
                    ip_access_control_list_sid: Ok(Default::default()),
                    ip_address: Ok(Default::default()),
                    sid: Ok(Default::default()),
                    uri: Ok(Default::default()),
                }
            }
        }
        impl IpAddress {
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
            pub fn cidr_prefix_length<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.cidr_prefix_length = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cidr_prefix_length: {e}"
                        )
                    });
                self
            }
            pub fn date_created<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
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
                    ::std::option::Option<::std::string::String>,
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
            pub fn ip_access_control_list_sid<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.ip_access_control_list_sid = ::trunkline_core::IntoField::into_field(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ip_access_control_list_sid: {e}"
                        )
                    });
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
        }
        impl ::std::convert::TryFrom<IpAddress> for super::IpAddress {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpAddress,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_sid: value.account_sid?,
                    cidr_prefix_length: value.cidr_prefix_length?,
                    date_created: value.date_created?,
                    date_updated: value.date_updated?,
                    friendly_name: value.friendly_name?,
                    ip_access_control_list_sid: value.ip_access_control_list_sid?,
                    ip_address: value.ip_address?,
                    sid: value.sid?,
                    uri: value.uri?,
                })
            }
        }
        impl ::std::convert::From<super::IpAddress> for IpAddress {
            fn from(value: super::IpAddress) -> Self {
                Self {
                    account_sid: Ok(value.account_sid),
                    cidr_prefix_length: Ok(value.cidr_prefix_length),
                    date_created: Ok(value.date_created),
                    date_updated: Ok(value.date_updated),
                    friendly_name: Ok(value.friendly_name),
                    ip_access_control_list_sid: Ok(value.ip_access_control_list_sid),
                    ip_address: Ok(value.ip_address),
                    sid: Ok(value.sid),
                    uri: Ok(value.uri),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IpAddressPage {
            end: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            first_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip_addresses: ::std::result::Result<
                ::std::vec::Vec<super::IpAddress>,
                ::std::string::String,
            >,
            last_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            next_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            num_pages: ::std::result::Result<
                ::std::option::Option<i64>,
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
            previous_page_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            start: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IpAddressPage {
            fn default() -> Self {
                Self {
                    end: Ok(Default::default()),
                    first_page_uri: Ok(Default::default()),
                    ip_addresses: Ok(Default::default()),
                    last_page_uri: Ok(Default::default()),
                    next_page_uri: Ok(Default::default()),
                    num_pages: Ok(Default::default()),
                    page: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    previous_page_uri: Ok(Default::default()),
                    start: Ok(Default::default()),
                    total: Ok(Default::default()),
                    uri: Ok(Default::default()),
                }
            }
        }
        impl IpAddressPage {
            pub fn end<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.end = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for end: {e}")
                    });
                self
            }
            pub fn first_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.first_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for first_page_uri: {e}"
                        )
                    });
                self
            }
            pub fn ip_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::IpAddress>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_addresses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_addresses: {e}")
                    });
                self
            }
            pub fn last_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.last_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for last_page_uri: {e}")
                    });
                self
            }
            pub fn next_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.next_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for next_page_uri: {e}")
                    });
                self
            }
            pub fn num_pages<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.num_pages = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for num_pages: {e}")
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
            pub fn previous_page_uri<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<
                    ::std::option::Option<::std::string::String>,
                >,
            {
                self.previous_page_uri = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_page_uri: {e}"
                        )
                    });
                self
            }
            pub fn start<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.start = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!("error converting supplied value for start: {e}")
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
        }
        impl ::std::convert::TryFrom<IpAddressPage> for super::IpAddressPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpAddressPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    end: value.end?,
                    first_page_uri: value.first_page_uri?,
                    ip_addresses: value.ip_addresses?,
                    last_page_uri: value.last_page_uri?,
                    next_page_uri: value.next_page_uri?,
                    num_pages: value.num_pages?,
                    page: value.page?,
                    page_size: value.page_size?,
                    previous_page_uri: value.previous_page_uri?,
                    start: value.start?,
                    total: value.total?,
                    uri: value.uri?,
                })
            }
        }
        impl ::std::convert::From<super::IpAddressPage> for IpAddressPage {
            fn from(value: super::IpAddressPage) -> Self {
                Self {
                    end: Ok(value.end),
                    first_page_uri: Ok(value.first_page_uri),
                    ip_addresses: Ok(value.ip_addresses),
                    last_page_uri: Ok(value.last_page_uri),
                    next_page_uri: Ok(value.next_page_uri),
                    num_pages: Ok(value.num_pages),
                    page: Ok(value.page),
                    page_size: Ok(value.page_size),
                    previous_page_uri: Ok(value.previous_page_uri),
                    start: Ok(value.start),
                    total: Ok(value.total),
                    uri: Ok(value.uri),
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
        pub struct UpdateCredentialListRequest {
            friendly_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateCredentialListRequest {
            fn default() -> Self {
                Self {
                    friendly_name: Err("no value supplied for friendly_name".to_string()),
                }
            }
        }
        impl UpdateCredentialListRequest {
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
        }
        impl ::std::convert::TryFrom<UpdateCredentialListRequest>
        for super::UpdateCredentialListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateCredentialListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    friendly_name: value.friendly_name?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateCredentialListRequest>
        for UpdateCredentialListRequest {
            fn from(value: super::UpdateCredentialListRequest) -> Self {
                Self {
                    friendly_name: Ok(value.friendly_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateCredentialRequest {
            password: ::std::result::Result<
                ::std::option::Option<::trunkline_core::SecretString>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateCredentialRequest {
            fn default() -> Self {
                Self {
                    password: Ok(Default::default()),
                }
            }
        }
        impl UpdateCredentialRequest {
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
                Ok(Self { password: value.password? })
            }
        }
        impl ::std::convert::From<super::UpdateCredentialRequest>
        for UpdateCredentialRequest {
            fn from(value: super::UpdateCredentialRequest) -> Self {
                Self {
                    password: Ok(value.password),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateIpAccessControlListRequest {
            friendly_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateIpAccessControlListRequest {
            fn default() -> Self {
                Self {
                    friendly_name: Err("no value supplied for friendly_name".to_string()),
                }
            }
        }
        impl UpdateIpAccessControlListRequest {
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
        }
        impl ::std::convert::TryFrom<UpdateIpAccessControlListRequest>
        for super::UpdateIpAccessControlListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateIpAccessControlListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    friendly_name: value.friendly_name?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateIpAccessControlListRequest>
        for UpdateIpAccessControlListRequest {
            fn from(value: super::UpdateIpAccessControlListRequest) -> Self {
                Self {
                    friendly_name: Ok(value.friendly_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateIpAddressRequest {
            cidr_prefix_length: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            friendly_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateIpAddressRequest {
            fn default() -> Self {
                Self {
                    cidr_prefix_length: Ok(Default::default()),
                    friendly_name: Ok(Default::default()),
                    ip_address: Ok(Default::default()),
                }
            }
        }
        impl UpdateIpAddressRequest {
            pub fn cidr_prefix_length<T>(mut self, value: T) -> Self
            where
                T: ::trunkline_core::IntoField<::std::option::Option<i64>>,
            {
                self.cidr_prefix_length = ::trunkline_core::IntoField::into_field(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cidr_prefix_length: {e}"
                        )
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
        }
        impl ::std::convert::TryFrom<UpdateIpAddressRequest>
        for super::UpdateIpAddressRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateIpAddressRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cidr_prefix_length: value.cidr_prefix_length?,
                    friendly_name: value.friendly_name?,
                    ip_address: value.ip_address?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateIpAddressRequest>
        for UpdateIpAddressRequest {
            fn from(value: super::UpdateIpAddressRequest) -> Self {
                Self {
                    cidr_prefix_length: Ok(value.cidr_prefix_length),
                    friendly_name: Ok(value.friendly_name),
                    ip_address: Ok(value.ip_address),
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
/**Client for Twilio REST API 2010-04-01: SIP credential and IP access control lists

The part of Twilio's 2010-04-01 REST API that Elastic SIP Trunks need: SIP Credential Lists and their Credentials, SIP IP Access Control Lists and their IP Addresses. The trunking API (`twilio-trunking.yaml`) can only associate lists that already exist; this API creates and edits them.

Every path keeps Twilio's `.json` suffix (without it the API answers in XML). Requests are `application/x-www-form-urlencoded` with PascalCase keys; responses are JSON with snake_case keys; dates are RFC 2822 strings. Authentication is HTTP Basic with an Account SID + Auth Token or an API Key SID + secret; the `AccountSid` in the base URL is always the account's `AC…` SID.

Hand-curated for trunkline; every departure from Twilio's documentation is logged in specs/README.md.

Version: 2010-04-01*/
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
        "2010-04-01"
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
    /**List credential lists

Reads one page of the account's SIP Credential Lists. Follow `next_page_uri` for the next page.

Sends a `GET` request to `/SIP/CredentialLists.json`

Arguments:
- `page`: The page index. This value is simply for client state. Twilio pages by `PageToken`; to read the next page, follow the page's next-page URL instead of counting pages.
- `page_size`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
- `page_token`: The page token. This is provided by the API (inside the next/previous page URL); never construct one yourself.
```text
let response = client.list_credential_lists()
    .page(page)
    .page_size(page_size)
    .page_token(page_token)
    .send()
    .await;
```*/
    pub fn list_credential_lists(&self) -> builder::ListCredentialLists<'_> {
        builder::ListCredentialLists::new(self)
    }
    /**Create a credential list

Creates an empty SIP Credential List. Add credentials to it, then associate it with a trunk (`add_trunk_credential_list`) or map it to a SIP domain. Not idempotent: it creates a resource.

Sends a `POST` request to `/SIP/CredentialLists.json`

Arguments:
- `body`: The new list's name.
```text
let response = client.create_credential_list()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_credential_list(&self) -> builder::CreateCredentialList<'_> {
        builder::CreateCredentialList::new(self)
    }
    /**List the credentials in a credential list

Reads one page of the credentials in a SIP Credential List (passwords are never returned). Follow `next_page_uri` for the next page.

Sends a `GET` request to `/SIP/CredentialLists/{CredentialListSid}/Credentials.json`

Arguments:
- `credential_list_sid`: The unique id that identifies the credential list that contains the desired credentials (`CL` followed by 32 hex digits).
- `page`: The page index. This value is simply for client state. Twilio pages by `PageToken`; to read the next page, follow the page's next-page URL instead of counting pages.
- `page_size`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
- `page_token`: The page token. This is provided by the API (inside the next/previous page URL); never construct one yourself.
```text
let response = client.list_credentials()
    .credential_list_sid(credential_list_sid)
    .page(page)
    .page_size(page_size)
    .page_token(page_token)
    .send()
    .await;
```*/
    pub fn list_credentials(&self) -> builder::ListCredentials<'_> {
        builder::ListCredentials::new(self)
    }
    /**Create a credential

Adds a username and password to a SIP Credential List. Not idempotent: it creates a resource.

Sends a `POST` request to `/SIP/CredentialLists/{CredentialListSid}/Credentials.json`

Arguments:
- `credential_list_sid`: The unique id that identifies the credential list to include the created credential (`CL` followed by 32 hex digits).
- `body`: The new credential.
```text
let response = client.create_credential()
    .credential_list_sid(credential_list_sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_credential(&self) -> builder::CreateCredential<'_> {
        builder::CreateCredential::new(self)
    }
    /**Fetch a credential

Fetches one credential of a SIP Credential List (without its password).

Sends a `GET` request to `/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json`

Arguments:
- `credential_list_sid`: The unique id that identifies the credential list that contains the desired credential (`CL` followed by 32 hex digits).
- `sid`: The unique id that identifies the resource to fetch (`CR` followed by 32 hex digits).
```text
let response = client.get_credential()
    .credential_list_sid(credential_list_sid)
    .sid(sid)
    .send()
    .await;
```*/
    pub fn get_credential(&self) -> builder::GetCredential<'_> {
        builder::GetCredential::new(self)
    }
    /**Change a credential's password

Updates a credential's password, its only updatable field.

Sends a `POST` request to `/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json`

Arguments:
- `credential_list_sid`: The unique id that identifies the credential list that includes this credential (`CL` followed by 32 hex digits).
- `sid`: The unique id that identifies the resource to update (`CR` followed by 32 hex digits).
- `body`: The new password.
```text
let response = client.update_credential()
    .credential_list_sid(credential_list_sid)
    .sid(sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_credential(&self) -> builder::UpdateCredential<'_> {
        builder::UpdateCredential::new(self)
    }
    /**Delete a credential

Deletes one credential from a SIP Credential List.

Sends a `DELETE` request to `/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json`

Arguments:
- `credential_list_sid`: The unique id that identifies the credential list that contains the desired credentials (`CL` followed by 32 hex digits).
- `sid`: The unique id that identifies the resource to delete (`CR` followed by 32 hex digits).
```text
let response = client.delete_credential()
    .credential_list_sid(credential_list_sid)
    .sid(sid)
    .send()
    .await;
```*/
    pub fn delete_credential(&self) -> builder::DeleteCredential<'_> {
        builder::DeleteCredential::new(self)
    }
    /**Fetch a credential list

Fetches one SIP Credential List.

Sends a `GET` request to `/SIP/CredentialLists/{Sid}.json`

Arguments:
- `sid`: The credential list Sid that uniquely identifies this resource (`CL` followed by 32 hex digits).
```text
let response = client.get_credential_list()
    .sid(sid)
    .send()
    .await;
```*/
    pub fn get_credential_list(&self) -> builder::GetCredentialList<'_> {
        builder::GetCredentialList::new(self)
    }
    /**Rename a credential list

Changes a SIP Credential List's friendly name.

Sends a `POST` request to `/SIP/CredentialLists/{Sid}.json`

Arguments:
- `sid`: The credential list Sid that uniquely identifies this resource (`CL` followed by 32 hex digits).
- `body`: The new name.
```text
let response = client.update_credential_list()
    .sid(sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_credential_list(&self) -> builder::UpdateCredentialList<'_> {
        builder::UpdateCredentialList::new(self)
    }
    /**Delete a credential list

Deletes a SIP Credential List and the credentials in it.

Sends a `DELETE` request to `/SIP/CredentialLists/{Sid}.json`

Arguments:
- `sid`: The credential list Sid that uniquely identifies this resource (`CL` followed by 32 hex digits).
```text
let response = client.delete_credential_list()
    .sid(sid)
    .send()
    .await;
```*/
    pub fn delete_credential_list(&self) -> builder::DeleteCredentialList<'_> {
        builder::DeleteCredentialList::new(self)
    }
    /**List IP access control lists

Reads one page of the account's SIP IP Access Control Lists. Follow `next_page_uri` for the next page.

Sends a `GET` request to `/SIP/IpAccessControlLists.json`

Arguments:
- `page`: The page index. This value is simply for client state. Twilio pages by `PageToken`; to read the next page, follow the page's next-page URL instead of counting pages.
- `page_size`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
- `page_token`: The page token. This is provided by the API (inside the next/previous page URL); never construct one yourself.
```text
let response = client.list_ip_access_control_lists()
    .page(page)
    .page_size(page_size)
    .page_token(page_token)
    .send()
    .await;
```*/
    pub fn list_ip_access_control_lists(&self) -> builder::ListIpAccessControlLists<'_> {
        builder::ListIpAccessControlLists::new(self)
    }
    /**Create an IP access control list

Creates an empty SIP IP Access Control List. Add IP addresses to it, then associate it with a trunk (`add_trunk_ip_access_control_list`) or map it to a SIP domain. Not idempotent: it creates a resource.

Sends a `POST` request to `/SIP/IpAccessControlLists.json`

Arguments:
- `body`: The new list's name.
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
    /**List the IP addresses in an IP access control list

Reads one page of the IP addresses in a SIP IP Access Control List. Follow `next_page_uri` for the next page.

Sends a `GET` request to `/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json`

Arguments:
- `ip_access_control_list_sid`: The IpAccessControlList Sid from which to read the IpAddress resources (`AL` followed by 32 hex digits).
- `page`: The page index. This value is simply for client state. Twilio pages by `PageToken`; to read the next page, follow the page's next-page URL instead of counting pages.
- `page_size`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
- `page_token`: The page token. This is provided by the API (inside the next/previous page URL); never construct one yourself.
```text
let response = client.list_ip_addresses()
    .ip_access_control_list_sid(ip_access_control_list_sid)
    .page(page)
    .page_size(page_size)
    .page_token(page_token)
    .send()
    .await;
```*/
    pub fn list_ip_addresses(&self) -> builder::ListIpAddresses<'_> {
        builder::ListIpAddresses::new(self)
    }
    /**Add an IP address

Adds an IPv4 address or CIDR block to a SIP IP Access Control List (up to 100 per list). Not idempotent: it creates a resource.

Sends a `POST` request to `/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json`

Arguments:
- `ip_access_control_list_sid`: The IpAccessControlList Sid with which to associate the created IpAddress resource (`AL` followed by 32 hex digits).
- `body`: The new IP address.
```text
let response = client.create_ip_address()
    .ip_access_control_list_sid(ip_access_control_list_sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_ip_address(&self) -> builder::CreateIpAddress<'_> {
        builder::CreateIpAddress::new(self)
    }
    /**Fetch an IP address

Fetches one IP address of a SIP IP Access Control List.

Sends a `GET` request to `/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json`

Arguments:
- `ip_access_control_list_sid`: The IpAccessControlList Sid from which to fetch the IpAddress resource (`AL` followed by 32 hex digits).
- `sid`: A 34 character string that uniquely identifies the IpAddress resource to fetch (`IP` followed by 32 hex digits).
```text
let response = client.get_ip_address()
    .ip_access_control_list_sid(ip_access_control_list_sid)
    .sid(sid)
    .send()
    .await;
```*/
    pub fn get_ip_address(&self) -> builder::GetIpAddress<'_> {
        builder::GetIpAddress::new(self)
    }
    /**Update an IP address

Updates an IP address entry; only the parameters sent are changed.

Sends a `POST` request to `/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json`

Arguments:
- `ip_access_control_list_sid`: The IpAccessControlList Sid in which the IpAddress resource to update is found (`AL` followed by 32 hex digits).
- `sid`: A 34 character string that identifies the IpAddress resource to update (`IP` followed by 32 hex digits).
- `body`: The settings to change.
```text
let response = client.update_ip_address()
    .ip_access_control_list_sid(ip_access_control_list_sid)
    .sid(sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_ip_address(&self) -> builder::UpdateIpAddress<'_> {
        builder::UpdateIpAddress::new(self)
    }
    /**Delete an IP address

Removes an IP address from a SIP IP Access Control List.

Sends a `DELETE` request to `/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json`

Arguments:
- `ip_access_control_list_sid`: The IpAccessControlList Sid from which to delete the IpAddress resource (`AL` followed by 32 hex digits).
- `sid`: A 34 character string that uniquely identifies the resource to delete (`IP` followed by 32 hex digits).
```text
let response = client.delete_ip_address()
    .ip_access_control_list_sid(ip_access_control_list_sid)
    .sid(sid)
    .send()
    .await;
```*/
    pub fn delete_ip_address(&self) -> builder::DeleteIpAddress<'_> {
        builder::DeleteIpAddress::new(self)
    }
    /**Fetch an IP access control list

Fetches one SIP IP Access Control List.

Sends a `GET` request to `/SIP/IpAccessControlLists/{Sid}.json`

Arguments:
- `sid`: A 34 character string that uniquely identifies the resource to fetch (`AL` followed by 32 hex digits).
```text
let response = client.get_ip_access_control_list()
    .sid(sid)
    .send()
    .await;
```*/
    pub fn get_ip_access_control_list(&self) -> builder::GetIpAccessControlList<'_> {
        builder::GetIpAccessControlList::new(self)
    }
    /**Rename an IP access control list

Changes a SIP IP Access Control List's friendly name.

Sends a `POST` request to `/SIP/IpAccessControlLists/{Sid}.json`

Arguments:
- `sid`: A 34 character string that uniquely identifies the resource to update (`AL` followed by 32 hex digits).
- `body`: The new name.
```text
let response = client.update_ip_access_control_list()
    .sid(sid)
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

Deletes a SIP IP Access Control List and the IP addresses in it.

Sends a `DELETE` request to `/SIP/IpAccessControlLists/{Sid}.json`

Arguments:
- `sid`: A 34 character string that uniquely identifies the resource to delete (`AL` followed by 32 hex digits).
```text
let response = client.delete_ip_access_control_list()
    .sid(sid)
    .send()
    .await;
```*/
    pub fn delete_ip_access_control_list(
        &self,
    ) -> builder::DeleteIpAccessControlList<'_> {
        builder::DeleteIpAccessControlList::new(self)
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
    /**Builder for [`Client::list_credential_lists`]

[`Client::list_credential_lists`]: super::Client::list_credential_lists*/
    #[derive(Debug, Clone)]
    pub struct ListCredentialLists<'a> {
        client: &'a super::Client,
        page: Result<Option<u64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListCredentialLists<'a> {
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
        ///Sends a `GET` request to `/SIP/CredentialLists.json`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CredentialListPage>,
            Error<types::TwilioError>,
        > {
            let Self { client, page, page_size, page_token } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!("{}/SIP/CredentialLists.json", client.baseurl,);
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
                operation_id: "list_credential_lists",
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
    /**Builder for [`Client::create_credential_list`]

[`Client::create_credential_list`]: super::Client::create_credential_list*/
    #[derive(Debug, Clone)]
    pub struct CreateCredentialList<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateCredentialListRequest, String>,
    }
    impl<'a> CreateCredentialList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateCredentialListRequest>,
            <V as std::convert::TryInto<
                types::CreateCredentialListRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateCredentialListRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateCredentialListRequest,
            ) -> types::builder::CreateCredentialListRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/SIP/CredentialLists.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CredentialList>, Error<types::TwilioError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateCredentialListRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/SIP/CredentialLists.json", client.baseurl,);
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
                operation_id: "create_credential_list",
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
    /**Builder for [`Client::list_credentials`]

[`Client::list_credentials`]: super::Client::list_credentials*/
    #[derive(Debug, Clone)]
    pub struct ListCredentials<'a> {
        client: &'a super::Client,
        credential_list_sid: Result<::std::string::String, String>,
        page: Result<Option<u64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListCredentials<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                credential_list_sid: Err(
                    "credential_list_sid was not initialized".to_string(),
                ),
                page: Ok(None),
                page_size: Ok(None),
                page_token: Ok(None),
            }
        }
        pub fn credential_list_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.credential_list_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for credential_list_sid failed"
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
        ///Sends a `GET` request to `/SIP/CredentialLists/{CredentialListSid}/Credentials.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CredentialPage>, Error<types::TwilioError>> {
            let Self { client, credential_list_sid, page, page_size, page_token } = self;
            let credential_list_sid = credential_list_sid
                .map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/CredentialLists/{}/Credentials.json", client.baseurl,
                encode_path(& credential_list_sid.to_string()),
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
        credential_list_sid: Result<::std::string::String, String>,
        body: Result<types::builder::CreateCredentialRequest, String>,
    }
    impl<'a> CreateCredential<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                credential_list_sid: Err(
                    "credential_list_sid was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn credential_list_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.credential_list_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for credential_list_sid failed"
                        .to_string()
                });
            self
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
        ///Sends a `POST` request to `/SIP/CredentialLists/{CredentialListSid}/Credentials.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Credential>, Error<types::TwilioError>> {
            let Self { client, credential_list_sid, body } = self;
            let credential_list_sid = credential_list_sid
                .map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateCredentialRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/CredentialLists/{}/Credentials.json", client.baseurl,
                encode_path(& credential_list_sid.to_string()),
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
                operation_id: "create_credential",
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
    /**Builder for [`Client::get_credential`]

[`Client::get_credential`]: super::Client::get_credential*/
    #[derive(Debug, Clone)]
    pub struct GetCredential<'a> {
        client: &'a super::Client,
        credential_list_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> GetCredential<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                credential_list_sid: Err(
                    "credential_list_sid was not initialized".to_string(),
                ),
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn credential_list_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.credential_list_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for credential_list_sid failed"
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
        ///Sends a `GET` request to `/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Credential>, Error<types::TwilioError>> {
            let Self { client, credential_list_sid, sid } = self;
            let credential_list_sid = credential_list_sid
                .map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/CredentialLists/{}/Credentials/{}.json", client.baseurl,
                encode_path(& credential_list_sid.to_string()), encode_path(& sid
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
        credential_list_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateCredentialRequest, String>,
    }
    impl<'a> UpdateCredential<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                credential_list_sid: Err(
                    "credential_list_sid was not initialized".to_string(),
                ),
                sid: Err("sid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn credential_list_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.credential_list_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for credential_list_sid failed"
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
        ///Sends a `POST` request to `/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Credential>, Error<types::TwilioError>> {
            let Self { client, credential_list_sid, sid, body } = self;
            let credential_list_sid = credential_list_sid
                .map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateCredentialRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/CredentialLists/{}/Credentials/{}.json", client.baseurl,
                encode_path(& credential_list_sid.to_string()), encode_path(& sid
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
        credential_list_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> DeleteCredential<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                credential_list_sid: Err(
                    "credential_list_sid was not initialized".to_string(),
                ),
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn credential_list_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.credential_list_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for credential_list_sid failed"
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
        ///Sends a `DELETE` request to `/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::TwilioError>> {
            let Self { client, credential_list_sid, sid } = self;
            let credential_list_sid = credential_list_sid
                .map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/CredentialLists/{}/Credentials/{}.json", client.baseurl,
                encode_path(& credential_list_sid.to_string()), encode_path(& sid
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
    /**Builder for [`Client::get_credential_list`]

[`Client::get_credential_list`]: super::Client::get_credential_list*/
    #[derive(Debug, Clone)]
    pub struct GetCredentialList<'a> {
        client: &'a super::Client,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> GetCredentialList<'a> {
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
        ///Sends a `GET` request to `/SIP/CredentialLists/{Sid}.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CredentialList>, Error<types::TwilioError>> {
            let Self { client, sid } = self;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/CredentialLists/{}.json", client.baseurl, encode_path(& sid
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
                operation_id: "get_credential_list",
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
    /**Builder for [`Client::update_credential_list`]

[`Client::update_credential_list`]: super::Client::update_credential_list*/
    #[derive(Debug, Clone)]
    pub struct UpdateCredentialList<'a> {
        client: &'a super::Client,
        sid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateCredentialListRequest, String>,
    }
    impl<'a> UpdateCredentialList<'a> {
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
            V: std::convert::TryInto<types::UpdateCredentialListRequest>,
            <V as std::convert::TryInto<
                types::UpdateCredentialListRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateCredentialListRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateCredentialListRequest,
            ) -> types::builder::UpdateCredentialListRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/SIP/CredentialLists/{Sid}.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CredentialList>, Error<types::TwilioError>> {
            let Self { client, sid, body } = self;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateCredentialListRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/CredentialLists/{}.json", client.baseurl, encode_path(& sid
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
                operation_id: "update_credential_list",
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
    /**Builder for [`Client::delete_credential_list`]

[`Client::delete_credential_list`]: super::Client::delete_credential_list*/
    #[derive(Debug, Clone)]
    pub struct DeleteCredentialList<'a> {
        client: &'a super::Client,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> DeleteCredentialList<'a> {
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
        ///Sends a `DELETE` request to `/SIP/CredentialLists/{Sid}.json`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::TwilioError>> {
            let Self { client, sid } = self;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/CredentialLists/{}.json", client.baseurl, encode_path(& sid
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
                operation_id: "delete_credential_list",
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
        page: Result<Option<u64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListIpAccessControlLists<'a> {
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
        ///Sends a `GET` request to `/SIP/IpAccessControlLists.json`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::IpAccessControlListPage>,
            Error<types::TwilioError>,
        > {
            let Self { client, page, page_size, page_token } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!("{}/SIP/IpAccessControlLists.json", client.baseurl,);
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
        ///Sends a `POST` request to `/SIP/IpAccessControlLists.json`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::IpAccessControlList>,
            Error<types::TwilioError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateIpAccessControlListRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/SIP/IpAccessControlLists.json", client.baseurl,);
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
                operation_id: "create_ip_access_control_list",
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
    /**Builder for [`Client::list_ip_addresses`]

[`Client::list_ip_addresses`]: super::Client::list_ip_addresses*/
    #[derive(Debug, Clone)]
    pub struct ListIpAddresses<'a> {
        client: &'a super::Client,
        ip_access_control_list_sid: Result<::std::string::String, String>,
        page: Result<Option<u64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListIpAddresses<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ip_access_control_list_sid: Err(
                    "ip_access_control_list_sid was not initialized".to_string(),
                ),
                page: Ok(None),
                page_size: Ok(None),
                page_token: Ok(None),
            }
        }
        pub fn ip_access_control_list_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ip_access_control_list_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ip_access_control_list_sid failed"
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
        ///Sends a `GET` request to `/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::IpAddressPage>, Error<types::TwilioError>> {
            let Self {
                client,
                ip_access_control_list_sid,
                page,
                page_size,
                page_token,
            } = self;
            let ip_access_control_list_sid = ip_access_control_list_sid
                .map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/IpAccessControlLists/{}/IpAddresses.json", client.baseurl,
                encode_path(& ip_access_control_list_sid.to_string()),
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
                operation_id: "list_ip_addresses",
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
    /**Builder for [`Client::create_ip_address`]

[`Client::create_ip_address`]: super::Client::create_ip_address*/
    #[derive(Debug, Clone)]
    pub struct CreateIpAddress<'a> {
        client: &'a super::Client,
        ip_access_control_list_sid: Result<::std::string::String, String>,
        body: Result<types::builder::CreateIpAddressRequest, String>,
    }
    impl<'a> CreateIpAddress<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ip_access_control_list_sid: Err(
                    "ip_access_control_list_sid was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn ip_access_control_list_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ip_access_control_list_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ip_access_control_list_sid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateIpAddressRequest>,
            <V as std::convert::TryInto<
                types::CreateIpAddressRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateIpAddressRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateIpAddressRequest,
            ) -> types::builder::CreateIpAddressRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::IpAddress>, Error<types::TwilioError>> {
            let Self { client, ip_access_control_list_sid, body } = self;
            let ip_access_control_list_sid = ip_access_control_list_sid
                .map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateIpAddressRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/IpAccessControlLists/{}/IpAddresses.json", client.baseurl,
                encode_path(& ip_access_control_list_sid.to_string()),
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
                operation_id: "create_ip_address",
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
    /**Builder for [`Client::get_ip_address`]

[`Client::get_ip_address`]: super::Client::get_ip_address*/
    #[derive(Debug, Clone)]
    pub struct GetIpAddress<'a> {
        client: &'a super::Client,
        ip_access_control_list_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> GetIpAddress<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ip_access_control_list_sid: Err(
                    "ip_access_control_list_sid was not initialized".to_string(),
                ),
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn ip_access_control_list_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ip_access_control_list_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ip_access_control_list_sid failed"
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
        ///Sends a `GET` request to `/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::IpAddress>, Error<types::TwilioError>> {
            let Self { client, ip_access_control_list_sid, sid } = self;
            let ip_access_control_list_sid = ip_access_control_list_sid
                .map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/IpAccessControlLists/{}/IpAddresses/{}.json", client.baseurl,
                encode_path(& ip_access_control_list_sid.to_string()), encode_path(& sid
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
                operation_id: "get_ip_address",
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
    /**Builder for [`Client::update_ip_address`]

[`Client::update_ip_address`]: super::Client::update_ip_address*/
    #[derive(Debug, Clone)]
    pub struct UpdateIpAddress<'a> {
        client: &'a super::Client,
        ip_access_control_list_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateIpAddressRequest, String>,
    }
    impl<'a> UpdateIpAddress<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ip_access_control_list_sid: Err(
                    "ip_access_control_list_sid was not initialized".to_string(),
                ),
                sid: Err("sid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn ip_access_control_list_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ip_access_control_list_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ip_access_control_list_sid failed"
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
            V: std::convert::TryInto<types::UpdateIpAddressRequest>,
            <V as std::convert::TryInto<
                types::UpdateIpAddressRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateIpAddressRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateIpAddressRequest,
            ) -> types::builder::UpdateIpAddressRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::IpAddress>, Error<types::TwilioError>> {
            let Self { client, ip_access_control_list_sid, sid, body } = self;
            let ip_access_control_list_sid = ip_access_control_list_sid
                .map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateIpAddressRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/IpAccessControlLists/{}/IpAddresses/{}.json", client.baseurl,
                encode_path(& ip_access_control_list_sid.to_string()), encode_path(& sid
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
                operation_id: "update_ip_address",
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
    /**Builder for [`Client::delete_ip_address`]

[`Client::delete_ip_address`]: super::Client::delete_ip_address*/
    #[derive(Debug, Clone)]
    pub struct DeleteIpAddress<'a> {
        client: &'a super::Client,
        ip_access_control_list_sid: Result<::std::string::String, String>,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> DeleteIpAddress<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ip_access_control_list_sid: Err(
                    "ip_access_control_list_sid was not initialized".to_string(),
                ),
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn ip_access_control_list_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ip_access_control_list_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ip_access_control_list_sid failed"
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
        ///Sends a `DELETE` request to `/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::TwilioError>> {
            let Self { client, ip_access_control_list_sid, sid } = self;
            let ip_access_control_list_sid = ip_access_control_list_sid
                .map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/IpAccessControlLists/{}/IpAddresses/{}.json", client.baseurl,
                encode_path(& ip_access_control_list_sid.to_string()), encode_path(& sid
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
                operation_id: "delete_ip_address",
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
    /**Builder for [`Client::get_ip_access_control_list`]

[`Client::get_ip_access_control_list`]: super::Client::get_ip_access_control_list*/
    #[derive(Debug, Clone)]
    pub struct GetIpAccessControlList<'a> {
        client: &'a super::Client,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> GetIpAccessControlList<'a> {
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
        ///Sends a `GET` request to `/SIP/IpAccessControlLists/{Sid}.json`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::IpAccessControlList>,
            Error<types::TwilioError>,
        > {
            let Self { client, sid } = self;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/IpAccessControlLists/{}.json", client.baseurl, encode_path(& sid
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
        sid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateIpAccessControlListRequest, String>,
    }
    impl<'a> UpdateIpAccessControlList<'a> {
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
        ///Sends a `POST` request to `/SIP/IpAccessControlLists/{Sid}.json`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::IpAccessControlList>,
            Error<types::TwilioError>,
        > {
            let Self { client, sid, body } = self;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateIpAccessControlListRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/IpAccessControlLists/{}.json", client.baseurl, encode_path(& sid
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
                operation_id: "update_ip_access_control_list",
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
    /**Builder for [`Client::delete_ip_access_control_list`]

[`Client::delete_ip_access_control_list`]: super::Client::delete_ip_access_control_list*/
    #[derive(Debug, Clone)]
    pub struct DeleteIpAccessControlList<'a> {
        client: &'a super::Client,
        sid: Result<::std::string::String, String>,
    }
    impl<'a> DeleteIpAccessControlList<'a> {
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
        ///Sends a `DELETE` request to `/SIP/IpAccessControlLists/{Sid}.json`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::TwilioError>> {
            let Self { client, sid } = self;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/SIP/IpAccessControlLists/{}.json", client.baseurl, encode_path(& sid
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
    impl<'a> ListCredentialLists<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: the first page, then each page's next link, resolved against the client's base URL (path and query kept, origin replaced). The stream sets `PageSize` on the first page; every other parameter set on this request is sent as well. The page size defaults to the largest page (1000); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::CredentialList,
            Error<types::TwilioError>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                1000u64,
                move |page_size, options| {
                    let _ = options;
                    let client = self.client;
                    ::trunkline_core::paging::linked_pages::<
                        types::CredentialListPage,
                        _,
                    >(client, self.page_size(page_size).send())
                },
            )
        }
    }
    impl<'a> ListCredentials<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: the first page, then each page's next link, resolved against the client's base URL (path and query kept, origin replaced). The stream sets `PageSize` on the first page; every other parameter set on this request is sent as well. The page size defaults to the largest page (1000); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::Credential,
            Error<types::TwilioError>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                1000u64,
                move |page_size, options| {
                    let _ = options;
                    let client = self.client;
                    ::trunkline_core::paging::linked_pages::<
                        types::CredentialPage,
                        _,
                    >(client, self.page_size(page_size).send())
                },
            )
        }
    }
    impl<'a> ListIpAccessControlLists<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: the first page, then each page's next link, resolved against the client's base URL (path and query kept, origin replaced). The stream sets `PageSize` on the first page; every other parameter set on this request is sent as well. The page size defaults to the largest page (1000); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::IpAccessControlList,
            Error<types::TwilioError>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                1000u64,
                move |page_size, options| {
                    let _ = options;
                    let client = self.client;
                    ::trunkline_core::paging::linked_pages::<
                        types::IpAccessControlListPage,
                        _,
                    >(client, self.page_size(page_size).send())
                },
            )
        }
    }
    impl<'a> ListIpAddresses<'a> {
        ///Streams every item of this list, fetching pages lazily as it is polled: the first page, then each page's next link, resolved against the client's base URL (path and query kept, origin replaced). The stream sets `PageSize` on the first page; every other parameter set on this request is sent as well. The page size defaults to the largest page (1000); set it, the most items to read and the pages in flight on the returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first error.
        pub fn stream(
            self,
        ) -> ::trunkline_core::paging::Paged<
            'a,
            types::IpAddress,
            Error<types::TwilioError>,
        > {
            ::trunkline_core::paging::Paged::with_options_passed(
                1000u64,
                move |page_size, options| {
                    let _ = options;
                    let client = self.client;
                    ::trunkline_core::paging::linked_pages::<
                        types::IpAddressPage,
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
    ///`GET /SIP/CredentialLists.json`: List credential lists.
    pub const LIST_CREDENTIAL_LISTS: &str = "list_credential_lists";
    ///`POST /SIP/CredentialLists.json`: Create a credential list.
    pub const CREATE_CREDENTIAL_LIST: &str = "create_credential_list";
    ///`GET /SIP/CredentialLists/{CredentialListSid}/Credentials.json`: List the credentials in a credential list.
    pub const LIST_CREDENTIALS: &str = "list_credentials";
    ///`POST /SIP/CredentialLists/{CredentialListSid}/Credentials.json`: Create a credential.
    pub const CREATE_CREDENTIAL: &str = "create_credential";
    ///`GET /SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json`: Fetch a credential.
    pub const GET_CREDENTIAL: &str = "get_credential";
    ///`POST /SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json`: Change a credential's password.
    pub const UPDATE_CREDENTIAL: &str = "update_credential";
    ///`DELETE /SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json`: Delete a credential.
    pub const DELETE_CREDENTIAL: &str = "delete_credential";
    ///`GET /SIP/CredentialLists/{Sid}.json`: Fetch a credential list.
    pub const GET_CREDENTIAL_LIST: &str = "get_credential_list";
    ///`POST /SIP/CredentialLists/{Sid}.json`: Rename a credential list.
    pub const UPDATE_CREDENTIAL_LIST: &str = "update_credential_list";
    ///`DELETE /SIP/CredentialLists/{Sid}.json`: Delete a credential list.
    pub const DELETE_CREDENTIAL_LIST: &str = "delete_credential_list";
    ///`GET /SIP/IpAccessControlLists.json`: List IP access control lists.
    pub const LIST_IP_ACCESS_CONTROL_LISTS: &str = "list_ip_access_control_lists";
    ///`POST /SIP/IpAccessControlLists.json`: Create an IP access control list.
    pub const CREATE_IP_ACCESS_CONTROL_LIST: &str = "create_ip_access_control_list";
    ///`GET /SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json`: List the IP addresses in an IP access control list.
    pub const LIST_IP_ADDRESSES: &str = "list_ip_addresses";
    ///`POST /SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json`: Add an IP address.
    pub const CREATE_IP_ADDRESS: &str = "create_ip_address";
    ///`GET /SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json`: Fetch an IP address.
    pub const GET_IP_ADDRESS: &str = "get_ip_address";
    ///`POST /SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json`: Update an IP address.
    pub const UPDATE_IP_ADDRESS: &str = "update_ip_address";
    ///`DELETE /SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json`: Delete an IP address.
    pub const DELETE_IP_ADDRESS: &str = "delete_ip_address";
    ///`GET /SIP/IpAccessControlLists/{Sid}.json`: Fetch an IP access control list.
    pub const GET_IP_ACCESS_CONTROL_LIST: &str = "get_ip_access_control_list";
    ///`POST /SIP/IpAccessControlLists/{Sid}.json`: Rename an IP access control list.
    pub const UPDATE_IP_ACCESS_CONTROL_LIST: &str = "update_ip_access_control_list";
    ///`DELETE /SIP/IpAccessControlLists/{Sid}.json`: Delete an IP access control list.
    pub const DELETE_IP_ACCESS_CONTROL_LIST: &str = "delete_ip_access_control_list";
}
/// Every operation of this API, from the spec, with the retry class the
/// `exec` hook reads: `idempotent: false` marks operations that create something.
pub const OPERATIONS: &[::trunkline_core::Operation] = &[
    ::trunkline_core::Operation {
        id: operation::LIST_CREDENTIAL_LISTS,
        method: "GET",
        path: "/SIP/CredentialLists.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::CREATE_CREDENTIAL_LIST,
        method: "POST",
        path: "/SIP/CredentialLists.json",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_CREDENTIALS,
        method: "GET",
        path: "/SIP/CredentialLists/{CredentialListSid}/Credentials.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::CREATE_CREDENTIAL,
        method: "POST",
        path: "/SIP/CredentialLists/{CredentialListSid}/Credentials.json",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::GET_CREDENTIAL,
        method: "GET",
        path: "/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_CREDENTIAL,
        method: "POST",
        path: "/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::DELETE_CREDENTIAL,
        method: "DELETE",
        path: "/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::GET_CREDENTIAL_LIST,
        method: "GET",
        path: "/SIP/CredentialLists/{Sid}.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_CREDENTIAL_LIST,
        method: "POST",
        path: "/SIP/CredentialLists/{Sid}.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::DELETE_CREDENTIAL_LIST,
        method: "DELETE",
        path: "/SIP/CredentialLists/{Sid}.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_IP_ACCESS_CONTROL_LISTS,
        method: "GET",
        path: "/SIP/IpAccessControlLists.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::CREATE_IP_ACCESS_CONTROL_LIST,
        method: "POST",
        path: "/SIP/IpAccessControlLists.json",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::LIST_IP_ADDRESSES,
        method: "GET",
        path: "/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::CREATE_IP_ADDRESS,
        method: "POST",
        path: "/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json",
        idempotent: false,
    },
    ::trunkline_core::Operation {
        id: operation::GET_IP_ADDRESS,
        method: "GET",
        path: "/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_IP_ADDRESS,
        method: "POST",
        path: "/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::DELETE_IP_ADDRESS,
        method: "DELETE",
        path: "/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::GET_IP_ACCESS_CONTROL_LIST,
        method: "GET",
        path: "/SIP/IpAccessControlLists/{Sid}.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::UPDATE_IP_ACCESS_CONTROL_LIST,
        method: "POST",
        path: "/SIP/IpAccessControlLists/{Sid}.json",
        idempotent: true,
    },
    ::trunkline_core::Operation {
        id: operation::DELETE_IP_ACCESS_CONTROL_LIST,
        method: "DELETE",
        path: "/SIP/IpAccessControlLists/{Sid}.json",
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
    fn example_components_schemas_createcredentiallistrequest_example() {
        decode::<
            types::CreateCredentialListRequest,
        >(
            "components.schemas.CreateCredentialListRequest.example",
            "{\"FriendlyName\":\"friendly_name\"}",
        );
    }
    #[test]
    fn example_components_schemas_createcredentialrequest_example() {
        decode::<
            types::CreateCredentialRequest,
        >(
            "components.schemas.CreateCredentialRequest.example",
            "{\"Password\":\"password\",\"Username\":\"username\"}",
        );
    }
    #[test]
    fn example_components_schemas_createipaccesscontrollistrequest_example() {
        decode::<
            types::CreateIpAccessControlListRequest,
        >(
            "components.schemas.CreateIpAccessControlListRequest.example",
            "{\"FriendlyName\":\"friendly_name\"}",
        );
    }
    #[test]
    fn example_components_schemas_createipaddressrequest_example() {
        decode::<
            types::CreateIpAddressRequest,
        >(
            "components.schemas.CreateIpAddressRequest.example",
            "{\"CidrPrefixLength\":32,\"FriendlyName\":\"friendly_name\",\"IpAddress\":\"192.168.1.1\"}",
        );
    }
    #[test]
    fn example_components_schemas_credential_example() {
        decode::<
            types::Credential,
        >(
            "components.schemas.Credential.example",
            "{\"account_sid\":\"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"credential_list_sid\":\"CLXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"date_created\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"date_updated\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"sid\":\"CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials/CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\",\"username\":\"username\"}",
        );
    }
    #[test]
    fn example_components_schemas_credentiallist_example() {
        decode::<
            types::CredentialList,
        >(
            "components.schemas.CredentialList.example",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Wed, 11 Sep 2013 17:51:38 +0000\",\"date_updated\":\"Wed, 11 Sep 2013 17:51:38 +0000\",\"friendly_name\":\"Low Rises\",\"sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"subresource_uris\":{\"credentials\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials.json\"},\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}",
        );
    }
    #[test]
    fn example_components_schemas_credentiallistpage_example() {
        decode::<
            types::CredentialListPage,
        >(
            "components.schemas.CredentialListPage.example",
            "{\"credential_lists\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Wed, 11 Sep 2013 17:51:38 +0000\",\"date_updated\":\"Wed, 11 Sep 2013 17:51:38 +0000\",\"friendly_name\":\"Low Rises\",\"sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"subresource_uris\":{\"credentials\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials.json\"},\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}],\"end\":0,\"first_page_uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists.json?PageSize=50&Page=0\",\"next_page_uri\":null,\"page\":0,\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists.json?PageSize=50&Page=0\"}",
        );
    }
    #[test]
    fn example_components_schemas_credentialpage_example() {
        decode::<
            types::CredentialPage,
        >(
            "components.schemas.CredentialPage.example",
            "{\"credentials\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"credential_list_sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"date_updated\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"sid\":\"CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials/CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\",\"username\":\"1440013725.28\"}],\"end\":0,\"first_page_uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials.json?PageSize=50&Page=0\",\"next_page_uri\":null,\"page\":0,\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials.json?PageSize=50&Page=0\"}",
        );
    }
    #[test]
    fn example_components_schemas_ipaccesscontrollist_example() {
        decode::<
            types::IpAccessControlList,
        >(
            "components.schemas.IpAccessControlList.example",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Fri, 17 Jul 2015 21:25:15 +0000\",\"date_updated\":\"Fri, 17 Jul 2015 21:25:15 +0000\",\"friendly_name\":\"aaaa\",\"sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"subresource_uris\":{\"ip_addresses\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses.json\"},\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}",
        );
    }
    #[test]
    fn example_components_schemas_ipaccesscontrollistpage_example() {
        decode::<
            types::IpAccessControlListPage,
        >(
            "components.schemas.IpAccessControlListPage.example",
            "{\"end\":0,\"first_page_uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists.json?PageSize=50&Page=0\",\"ip_access_control_lists\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Fri, 17 Jul 2015 21:25:15 +0000\",\"date_updated\":\"Fri, 17 Jul 2015 21:25:15 +0000\",\"friendly_name\":\"aaaa\",\"sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"subresource_uris\":{\"ip_addresses\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses.json\"},\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}],\"next_page_uri\":null,\"page\":0,\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists.json?PageSize=50&Page=0\"}",
        );
    }
    #[test]
    fn example_components_schemas_ipaddress_example() {
        decode::<
            types::IpAddress,
        >(
            "components.schemas.IpAddress.example",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"cidr_prefix_length\":32,\"date_created\":\"Mon, 20 Jul 2015 17:27:10 +0000\",\"date_updated\":\"Mon, 20 Jul 2015 17:27:10 +0000\",\"friendly_name\":\"friendly_name\",\"ip_access_control_list_sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"ip_address\":\"192.168.1.1\",\"sid\":\"IPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses/IPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}",
        );
    }
    #[test]
    fn example_components_schemas_ipaddresspage_example() {
        decode::<
            types::IpAddressPage,
        >(
            "components.schemas.IpAddressPage.example",
            "{\"end\":0,\"first_page_uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses.json?PageSize=50&Page=0\",\"ip_addresses\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"cidr_prefix_length\":32,\"date_created\":\"Mon, 20 Jul 2015 17:27:10 +0000\",\"date_updated\":\"Mon, 20 Jul 2015 17:27:10 +0000\",\"friendly_name\":\"friendly_name\",\"ip_access_control_list_sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"ip_address\":\"192.168.1.1\",\"sid\":\"IPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses/IPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}],\"next_page_uri\":null,\"page\":0,\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses.json?PageSize=50&Page=0\"}",
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
    fn example_components_schemas_updatecredentiallistrequest_example() {
        decode::<
            types::UpdateCredentialListRequest,
        >(
            "components.schemas.UpdateCredentialListRequest.example",
            "{\"FriendlyName\":\"friendly_name\"}",
        );
    }
    #[test]
    fn example_components_schemas_updatecredentialrequest_example() {
        decode::<
            types::UpdateCredentialRequest,
        >(
            "components.schemas.UpdateCredentialRequest.example",
            "{\"Password\":\"password\"}",
        );
    }
    #[test]
    fn example_components_schemas_updateipaccesscontrollistrequest_example() {
        decode::<
            types::UpdateIpAccessControlListRequest,
        >(
            "components.schemas.UpdateIpAccessControlListRequest.example",
            "{\"FriendlyName\":\"friendly_name\"}",
        );
    }
    #[test]
    fn example_list_credential_lists_responses_200_application_json_examples_sip_credential_list_list_empty() {
        decode::<
            types::CredentialListPage,
        >(
            "list_credential_lists.responses.200.application/json.examples.sip_credential_list_list_empty",
            "{\"credential_lists\":[],\"end\":0,\"first_page_uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists.json?PageSize=50&Page=0\",\"next_page_uri\":null,\"page\":0,\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists.json?PageSize=50&Page=0\"}",
        );
    }
    #[test]
    fn example_list_credential_lists_responses_200_application_json_examples_sip_credential_list_list_full() {
        decode::<
            types::CredentialListPage,
        >(
            "list_credential_lists.responses.200.application/json.examples.sip_credential_list_list_full",
            "{\"credential_lists\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Wed, 11 Sep 2013 17:51:38 +0000\",\"date_updated\":\"Wed, 11 Sep 2013 17:51:38 +0000\",\"friendly_name\":\"Low Rises\",\"sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"subresource_uris\":{\"credentials\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials.json\"},\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}],\"end\":0,\"first_page_uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists.json?PageSize=50&Page=0\",\"next_page_uri\":null,\"page\":0,\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists.json?PageSize=50&Page=0\"}",
        );
    }
    #[test]
    fn example_create_credential_list_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::CreateCredentialListRequest,
        >(
            "create_credential_list.requestBody.application/x-www-form-urlencoded.example",
            "{\"FriendlyName\":\"friendly_name\"}",
        );
    }
    #[test]
    fn example_create_credential_list_responses_201_application_json_examples_sip_credential_list_create() {
        decode::<
            types::CredentialList,
        >(
            "create_credential_list.responses.201.application/json.examples.sip_credential_list_create",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Wed, 11 Sep 2013 17:51:38 +0000\",\"date_updated\":\"Wed, 11 Sep 2013 17:51:38 +0000\",\"friendly_name\":\"Low Rises\",\"sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"subresource_uris\":{\"credentials\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials.json\"},\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}",
        );
    }
    #[test]
    fn example_list_credentials_responses_200_application_json_examples_sip_credential_list_credential_list_empty() {
        decode::<
            types::CredentialPage,
        >(
            "list_credentials.responses.200.application/json.examples.sip_credential_list_credential_list_empty",
            "{\"credentials\":[],\"end\":0,\"first_page_uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials.json?PageSize=50&Page=0\",\"next_page_uri\":null,\"page\":0,\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials.json?PageSize=50&Page=0\"}",
        );
    }
    #[test]
    fn example_list_credentials_responses_200_application_json_examples_sip_credential_list_credential_list_full() {
        decode::<
            types::CredentialPage,
        >(
            "list_credentials.responses.200.application/json.examples.sip_credential_list_credential_list_full",
            "{\"credentials\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"credential_list_sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"date_updated\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"sid\":\"CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials/CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\",\"username\":\"1440013725.28\"}],\"end\":0,\"first_page_uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials.json?PageSize=50&Page=0\",\"next_page_uri\":null,\"page\":0,\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials.json?PageSize=50&Page=0\"}",
        );
    }
    #[test]
    fn example_create_credential_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::CreateCredentialRequest,
        >(
            "create_credential.requestBody.application/x-www-form-urlencoded.example",
            "{\"Password\":\"password\",\"Username\":\"username\"}",
        );
    }
    #[test]
    fn example_create_credential_responses_201_application_json_examples_docs_create() {
        decode::<
            types::Credential,
        >(
            "create_credential.responses.201.application/json.examples.docs_create",
            "{\"account_sid\":\"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"credential_list_sid\":\"CLXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"date_created\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"date_updated\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"sid\":\"CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials/CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\",\"username\":\"username\"}",
        );
    }
    #[test]
    fn example_create_credential_responses_201_application_json_examples_sip_credential_list_credential_create() {
        decode::<
            types::Credential,
        >(
            "create_credential.responses.201.application/json.examples.sip_credential_list_credential_create",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"credential_list_sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"date_updated\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"sid\":\"CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials/CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\",\"username\":\"1440013725.28\"}",
        );
    }
    #[test]
    fn example_get_credential_responses_200_application_json_examples_docs_fetch() {
        decode::<
            types::Credential,
        >(
            "get_credential.responses.200.application/json.examples.docs_fetch",
            "{\"account_sid\":\"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"credential_list_sid\":\"CLXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"date_created\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"date_updated\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"sid\":\"CRXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials/CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\",\"username\":\"1440013725.28\"}",
        );
    }
    #[test]
    fn example_get_credential_responses_200_application_json_examples_sip_credential_list_credential_fetch() {
        decode::<
            types::Credential,
        >(
            "get_credential.responses.200.application/json.examples.sip_credential_list_credential_fetch",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"credential_list_sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"date_updated\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"sid\":\"CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials/CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\",\"username\":\"1440013725.28\"}",
        );
    }
    #[test]
    fn example_update_credential_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::UpdateCredentialRequest,
        >(
            "update_credential.requestBody.application/x-www-form-urlencoded.example",
            "{}",
        );
    }
    #[test]
    fn example_update_credential_responses_200_application_json_examples_docs_update() {
        decode::<
            types::Credential,
        >(
            "update_credential.responses.200.application/json.examples.docs_update",
            "{\"account_sid\":\"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"credential_list_sid\":\"CLXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"date_created\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"date_updated\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"sid\":\"CRXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials/CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\",\"username\":\"username\"}",
        );
    }
    #[test]
    fn example_update_credential_responses_200_application_json_examples_sip_credential_list_credential_update() {
        decode::<
            types::Credential,
        >(
            "update_credential.responses.200.application/json.examples.sip_credential_list_credential_update",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"credential_list_sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"date_updated\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"sid\":\"CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials/CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\",\"username\":\"username\"}",
        );
    }
    #[test]
    fn example_get_credential_list_responses_200_application_json_examples_sip_credential_list_fetch() {
        decode::<
            types::CredentialList,
        >(
            "get_credential_list.responses.200.application/json.examples.sip_credential_list_fetch",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Wed, 11 Sep 2013 17:51:38 +0000\",\"date_updated\":\"Wed, 11 Sep 2013 17:51:38 +0000\",\"friendly_name\":\"Low Rises\",\"sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"subresource_uris\":{\"credentials\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials.json\"},\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}",
        );
    }
    #[test]
    fn example_update_credential_list_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::UpdateCredentialListRequest,
        >(
            "update_credential_list.requestBody.application/x-www-form-urlencoded.example",
            "{\"FriendlyName\":\"friendly_name\"}",
        );
    }
    #[test]
    fn example_update_credential_list_responses_200_application_json_examples_sip_credential_list_update() {
        decode::<
            types::CredentialList,
        >(
            "update_credential_list.responses.200.application/json.examples.sip_credential_list_update",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Wed, 11 Sep 2013 17:51:38 +0000\",\"date_updated\":\"Wed, 11 Sep 2013 17:51:38 +0000\",\"friendly_name\":\"Low Rises\",\"sid\":\"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"subresource_uris\":{\"credentials\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Credentials.json\"},\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/CredentialLists/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}",
        );
    }
    #[test]
    fn example_list_ip_access_control_lists_responses_200_application_json_examples_sip_ip_access_control_list_list_empty() {
        decode::<
            types::IpAccessControlListPage,
        >(
            "list_ip_access_control_lists.responses.200.application/json.examples.sip_ip_access_control_list_list_empty",
            "{\"end\":0,\"first_page_uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists.json?PageSize=50&Page=0\",\"ip_access_control_lists\":[],\"next_page_uri\":null,\"page\":0,\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists.json?PageSize=50&Page=0\"}",
        );
    }
    #[test]
    fn example_list_ip_access_control_lists_responses_200_application_json_examples_sip_ip_access_control_list_list_full() {
        decode::<
            types::IpAccessControlListPage,
        >(
            "list_ip_access_control_lists.responses.200.application/json.examples.sip_ip_access_control_list_list_full",
            "{\"end\":0,\"first_page_uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists.json?PageSize=50&Page=0\",\"ip_access_control_lists\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Fri, 17 Jul 2015 21:25:15 +0000\",\"date_updated\":\"Fri, 17 Jul 2015 21:25:15 +0000\",\"friendly_name\":\"aaaa\",\"sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"subresource_uris\":{\"ip_addresses\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses.json\"},\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}],\"next_page_uri\":null,\"page\":0,\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists.json?PageSize=50&Page=0\"}",
        );
    }
    #[test]
    fn example_create_ip_access_control_list_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::CreateIpAccessControlListRequest,
        >(
            "create_ip_access_control_list.requestBody.application/x-www-form-urlencoded.example",
            "{\"FriendlyName\":\"friendly_name\"}",
        );
    }
    #[test]
    fn example_create_ip_access_control_list_responses_201_application_json_examples_sip_ip_access_control_list_create() {
        decode::<
            types::IpAccessControlList,
        >(
            "create_ip_access_control_list.responses.201.application/json.examples.sip_ip_access_control_list_create",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Fri, 17 Jul 2015 21:25:15 +0000\",\"date_updated\":\"Fri, 17 Jul 2015 21:25:15 +0000\",\"friendly_name\":\"aaaa\",\"sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"subresource_uris\":{\"ip_addresses\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses.json\"},\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}",
        );
    }
    #[test]
    fn example_list_ip_addresses_responses_200_application_json_examples_sip_ip_access_control_list_ip_address_list_empty() {
        decode::<
            types::IpAddressPage,
        >(
            "list_ip_addresses.responses.200.application/json.examples.sip_ip_access_control_list_ip_address_list_empty",
            "{\"end\":0,\"first_page_uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses.json?PageSize=50&Page=0\",\"ip_addresses\":[],\"next_page_uri\":null,\"page\":0,\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses.json?PageSize=50&Page=0\"}",
        );
    }
    #[test]
    fn example_list_ip_addresses_responses_200_application_json_examples_sip_ip_access_control_list_ip_address_list_full() {
        decode::<
            types::IpAddressPage,
        >(
            "list_ip_addresses.responses.200.application/json.examples.sip_ip_access_control_list_ip_address_list_full",
            "{\"end\":0,\"first_page_uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses.json?PageSize=50&Page=0\",\"ip_addresses\":[{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"cidr_prefix_length\":32,\"date_created\":\"Mon, 20 Jul 2015 17:27:10 +0000\",\"date_updated\":\"Mon, 20 Jul 2015 17:27:10 +0000\",\"friendly_name\":\"friendly_name\",\"ip_access_control_list_sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"ip_address\":\"192.168.1.1\",\"sid\":\"IPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses/IPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}],\"next_page_uri\":null,\"page\":0,\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses.json?PageSize=50&Page=0\"}",
        );
    }
    #[test]
    fn example_create_ip_address_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::CreateIpAddressRequest,
        >(
            "create_ip_address.requestBody.application/x-www-form-urlencoded.example",
            "{\"FriendlyName\":\"friendly_name\",\"IpAddress\":\"ip_address\"}",
        );
    }
    #[test]
    fn example_create_ip_address_responses_201_application_json_examples_sip_ip_access_control_list_ip_address_create() {
        decode::<
            types::IpAddress,
        >(
            "create_ip_address.responses.201.application/json.examples.sip_ip_access_control_list_ip_address_create",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"cidr_prefix_length\":32,\"date_created\":\"Mon, 20 Jul 2015 17:27:10 +0000\",\"date_updated\":\"Mon, 20 Jul 2015 17:27:10 +0000\",\"friendly_name\":\"friendly_name\",\"ip_access_control_list_sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"ip_address\":\"192.168.1.1\",\"sid\":\"IPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses/IPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}",
        );
    }
    #[test]
    fn example_get_ip_address_responses_200_application_json_examples_sip_ip_access_control_list_ip_address_fetch() {
        decode::<
            types::IpAddress,
        >(
            "get_ip_address.responses.200.application/json.examples.sip_ip_access_control_list_ip_address_fetch",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"cidr_prefix_length\":32,\"date_created\":\"Mon, 20 Jul 2015 17:27:10 +0000\",\"date_updated\":\"Mon, 20 Jul 2015 17:27:10 +0000\",\"friendly_name\":\"friendly_name\",\"ip_access_control_list_sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"ip_address\":\"192.168.1.1\",\"sid\":\"IPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses/IPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}",
        );
    }
    #[test]
    fn example_update_ip_address_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::UpdateIpAddressRequest,
        >(
            "update_ip_address.requestBody.application/x-www-form-urlencoded.example",
            "{}",
        );
    }
    #[test]
    fn example_update_ip_address_responses_200_application_json_examples_sip_ip_access_control_list_ip_address_update() {
        decode::<
            types::IpAddress,
        >(
            "update_ip_address.responses.200.application/json.examples.sip_ip_access_control_list_ip_address_update",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"cidr_prefix_length\":32,\"date_created\":\"Mon, 20 Jul 2015 17:27:10 +0000\",\"date_updated\":\"Mon, 20 Jul 2015 17:27:10 +0000\",\"friendly_name\":\"friendly_name\",\"ip_access_control_list_sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"ip_address\":\"192.168.1.1\",\"sid\":\"IPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses/IPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}",
        );
    }
    #[test]
    fn example_get_ip_access_control_list_responses_200_application_json_examples_sip_ip_access_control_list_fetch() {
        decode::<
            types::IpAccessControlList,
        >(
            "get_ip_access_control_list.responses.200.application/json.examples.sip_ip_access_control_list_fetch",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Fri, 17 Jul 2015 21:25:15 +0000\",\"date_updated\":\"Fri, 17 Jul 2015 21:25:15 +0000\",\"friendly_name\":\"aaaa\",\"sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"subresource_uris\":{\"ip_addresses\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses.json\"},\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}",
        );
    }
    #[test]
    fn example_update_ip_access_control_list_requestbody_application_x_www_form_urlencoded_example() {
        decode::<
            types::UpdateIpAccessControlListRequest,
        >(
            "update_ip_access_control_list.requestBody.application/x-www-form-urlencoded.example",
            "{\"FriendlyName\":\"friendly_name\"}",
        );
    }
    #[test]
    fn example_update_ip_access_control_list_responses_200_application_json_examples_sip_ip_access_control_list_update() {
        decode::<
            types::IpAccessControlList,
        >(
            "update_ip_access_control_list.responses.200.application/json.examples.sip_ip_access_control_list_update",
            "{\"account_sid\":\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"date_created\":\"Fri, 17 Jul 2015 21:25:15 +0000\",\"date_updated\":\"Fri, 17 Jul 2015 21:25:15 +0000\",\"friendly_name\":\"aaaa\",\"sid\":\"ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"subresource_uris\":{\"ip_addresses\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IpAddresses.json\"},\"uri\":\"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/SIP/IpAccessControlLists/ALaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json\"}",
        );
    }
}
///Vendor name used in logs, reports and errors.
pub const VENDOR: &str = "twilio";
///The origin of Twilio's API; the client appends `/2010-04-01/Accounts/{account_sid}`.
pub const DEFAULT_BASE_URL: &str = "https://api.twilio.com";
///Environment variable holding the account SID.
pub const ENV_ACCOUNT_SID: &str = "TWILIO_ACCOUNT_SID";
///Environment variable holding the auth token (a secret).
pub const ENV_AUTH_TOKEN: &str = "TWILIO_AUTH_TOKEN";
///Optional environment variable replacing [`DEFAULT_BASE_URL`] (a proxy, an emulator).
pub const ENV_BASE_URL: &str = "TWILIO_SIP_BASE_URL";
///How a client of this API is built (the spec's `x-trunkline-client`): the description every `ClientBuilder` of this module hands to [`trunkline_core::ClientSettings`].
pub static API: ::trunkline_core::ApiDescription = ::trunkline_core::ApiDescription {
    vendor: VENDOR,
    vendor_name: "Twilio",
    default_origin: DEFAULT_BASE_URL,
    account_path: "/2010-04-01/Accounts/{account_sid}",
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
impl ::trunkline_core::paging::ListPage for types::CredentialListPage {
    type Item = types::CredentialList;
    fn into_parts(
        self,
    ) -> (::std::vec::Vec<types::CredentialList>, ::trunkline_core::paging::PageInfo) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.next_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.next_page_uri.as_ref())
            .cloned();
        info.self_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.uri.as_ref())
            .cloned();
        (self.credential_lists, info)
    }
}
impl ::trunkline_core::paging::LinkedPage for types::CredentialListPage {
    type Client = Client;
    type ErrorBody = types::TwilioError;
    const OPERATION_ID: &'static str = operation::LIST_CREDENTIAL_LISTS;
    const OPERATIONS: &'static [::trunkline_core::Operation] = OPERATIONS;
    const SERVER_PATH: &'static str = "/2010-04-01/Accounts/{AccountSid}";
}
impl ::trunkline_core::paging::ListPage for types::CredentialPage {
    type Item = types::Credential;
    fn into_parts(
        self,
    ) -> (::std::vec::Vec<types::Credential>, ::trunkline_core::paging::PageInfo) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.next_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.next_page_uri.as_ref())
            .cloned();
        info.self_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.uri.as_ref())
            .cloned();
        (self.credentials, info)
    }
}
impl ::trunkline_core::paging::LinkedPage for types::CredentialPage {
    type Client = Client;
    type ErrorBody = types::TwilioError;
    const OPERATION_ID: &'static str = operation::LIST_CREDENTIALS;
    const OPERATIONS: &'static [::trunkline_core::Operation] = OPERATIONS;
    const SERVER_PATH: &'static str = "/2010-04-01/Accounts/{AccountSid}";
}
impl ::trunkline_core::paging::ListPage for types::IpAccessControlListPage {
    type Item = types::IpAccessControlList;
    fn into_parts(
        self,
    ) -> (
        ::std::vec::Vec<types::IpAccessControlList>,
        ::trunkline_core::paging::PageInfo,
    ) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.next_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.next_page_uri.as_ref())
            .cloned();
        info.self_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.uri.as_ref())
            .cloned();
        (self.ip_access_control_lists, info)
    }
}
impl ::trunkline_core::paging::LinkedPage for types::IpAccessControlListPage {
    type Client = Client;
    type ErrorBody = types::TwilioError;
    const OPERATION_ID: &'static str = operation::LIST_IP_ACCESS_CONTROL_LISTS;
    const OPERATIONS: &'static [::trunkline_core::Operation] = OPERATIONS;
    const SERVER_PATH: &'static str = "/2010-04-01/Accounts/{AccountSid}";
}
impl ::trunkline_core::paging::ListPage for types::IpAddressPage {
    type Item = types::IpAddress;
    fn into_parts(
        self,
    ) -> (::std::vec::Vec<types::IpAddress>, ::trunkline_core::paging::PageInfo) {
        #[allow(unused_mut)]
        let mut info = ::trunkline_core::paging::PageInfo::default();
        info.next_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.next_page_uri.as_ref())
            .cloned();
        info.self_link = ::std::option::Option::Some(&self)
            .and_then(|value| value.uri.as_ref())
            .cloned();
        (self.ip_addresses, info)
    }
}
impl ::trunkline_core::paging::LinkedPage for types::IpAddressPage {
    type Client = Client;
    type ErrorBody = types::TwilioError;
    const OPERATION_ID: &'static str = operation::LIST_IP_ADDRESSES;
    const OPERATIONS: &'static [::trunkline_core::Operation] = OPERATIONS;
    const SERVER_PATH: &'static str = "/2010-04-01/Accounts/{AccountSid}";
}
impl Client {
    ///Every item of [`Client::list_credential_lists`] as a stream, pages fetched as it is polled: `.page_size(n)` sets the items per request (1–1000, default 1000), `.max_items(n)` the most items read (no page after the one holding the last is fetched). The same as `self.list_credential_lists().stream()`; set the list's filters on that builder.
    pub fn credential_lists(
        &self,
    ) -> ::trunkline_core::paging::Paged<
        '_,
        types::CredentialList,
        Error<types::TwilioError>,
    > {
        self.list_credential_lists().stream()
    }
    ///Every item of [`Client::list_ip_access_control_lists`] as a stream, pages fetched as it is polled: `.page_size(n)` sets the items per request (1–1000, default 1000), `.max_items(n)` the most items read (no page after the one holding the last is fetched). The same as `self.list_ip_access_control_lists().stream()`; set the list's filters on that builder.
    pub fn ip_access_control_lists(
        &self,
    ) -> ::trunkline_core::paging::Paged<
        '_,
        types::IpAccessControlList,
        Error<types::TwilioError>,
    > {
        self.list_ip_access_control_lists().stream()
    }
}
