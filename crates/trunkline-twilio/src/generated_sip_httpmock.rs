// @generated typed httpmock mocks of specs/twilio-sip.yaml, by `cargo xtask generate twilio-sip`.
// Do not edit: change the spec or the xtask, then regenerate.
// `cargo xtask generate --check` (and `cargo test -p xtask`) fail when this file is stale.

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::generated_sip::*;
    pub struct ListCredentialListsWhen(::httpmock::When);
    impl ListCredentialListsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/SIP/CredentialLists.json$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("Page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("Page"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("PageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("PageSize"))
            }
        }
        pub fn page_token<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("PageToken", value.to_string()))
            } else {
                Self(self.0.query_param_missing("PageToken"))
            }
        }
    }
    pub struct ListCredentialListsThen(::httpmock::Then);
    impl ListCredentialListsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CredentialListPage) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateCredentialListWhen(::httpmock::When);
    impl CreateCredentialListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/SIP/CredentialLists.json$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateCredentialListRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateCredentialListThen(::httpmock::Then);
    impl CreateCredentialListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CredentialList) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListCredentialsWhen(::httpmock::When);
    impl ListCredentialsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/SIP/CredentialLists/[^/]*/Credentials.json$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn credential_list_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/CredentialLists/{}/Credentials.json$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("Page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("Page"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("PageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("PageSize"))
            }
        }
        pub fn page_token<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("PageToken", value.to_string()))
            } else {
                Self(self.0.query_param_missing("PageToken"))
            }
        }
    }
    pub struct ListCredentialsThen(::httpmock::Then);
    impl ListCredentialsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CredentialPage) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateCredentialWhen(::httpmock::When);
    impl CreateCredentialWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/SIP/CredentialLists/[^/]*/Credentials.json$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn credential_list_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/CredentialLists/{}/Credentials.json$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateCredentialRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateCredentialThen(::httpmock::Then);
    impl CreateCredentialThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Credential) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetCredentialWhen(::httpmock::When);
    impl GetCredentialWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/SIP/CredentialLists/[^/]*/Credentials/[^/]*.json$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn credential_list_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/CredentialLists/{}/Credentials/.*.json$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/CredentialLists/.*/Credentials/{}.json$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCredentialThen(::httpmock::Then);
    impl GetCredentialThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Credential) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateCredentialWhen(::httpmock::When);
    impl UpdateCredentialWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/SIP/CredentialLists/[^/]*/Credentials/[^/]*.json$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn credential_list_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/CredentialLists/{}/Credentials/.*.json$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/CredentialLists/.*/Credentials/{}.json$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateCredentialRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateCredentialThen(::httpmock::Then);
    impl UpdateCredentialThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Credential) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteCredentialWhen(::httpmock::When);
    impl DeleteCredentialWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new(
                                "^/SIP/CredentialLists/[^/]*/Credentials/[^/]*.json$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn credential_list_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/CredentialLists/{}/Credentials/.*.json$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/CredentialLists/.*/Credentials/{}.json$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteCredentialThen(::httpmock::Then);
    impl DeleteCredentialThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetCredentialListWhen(::httpmock::When);
    impl GetCredentialListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/SIP/CredentialLists/[^/]*.json$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/SIP/CredentialLists/{}.json$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCredentialListThen(::httpmock::Then);
    impl GetCredentialListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CredentialList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateCredentialListWhen(::httpmock::When);
    impl UpdateCredentialListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/SIP/CredentialLists/[^/]*.json$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/SIP/CredentialLists/{}.json$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateCredentialListRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateCredentialListThen(::httpmock::Then);
    impl UpdateCredentialListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CredentialList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteCredentialListWhen(::httpmock::When);
    impl DeleteCredentialListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/SIP/CredentialLists/[^/]*.json$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/SIP/CredentialLists/{}.json$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteCredentialListThen(::httpmock::Then);
    impl DeleteCredentialListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListIpAccessControlListsWhen(::httpmock::When);
    impl ListIpAccessControlListsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/SIP/IpAccessControlLists.json$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("Page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("Page"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("PageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("PageSize"))
            }
        }
        pub fn page_token<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("PageToken", value.to_string()))
            } else {
                Self(self.0.query_param_missing("PageToken"))
            }
        }
    }
    pub struct ListIpAccessControlListsThen(::httpmock::Then);
    impl ListIpAccessControlListsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpAccessControlListPage) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateIpAccessControlListWhen(::httpmock::When);
    impl CreateIpAccessControlListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/SIP/IpAccessControlLists.json$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateIpAccessControlListRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateIpAccessControlListThen(::httpmock::Then);
    impl CreateIpAccessControlListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::IpAccessControlList) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListIpAddressesWhen(::httpmock::When);
    impl ListIpAddressesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/SIP/IpAccessControlLists/[^/]*/IpAddresses.json$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn ip_access_control_list_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/IpAccessControlLists/{}/IpAddresses.json$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("Page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("Page"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("PageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("PageSize"))
            }
        }
        pub fn page_token<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("PageToken", value.to_string()))
            } else {
                Self(self.0.query_param_missing("PageToken"))
            }
        }
    }
    pub struct ListIpAddressesThen(::httpmock::Then);
    impl ListIpAddressesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpAddressPage) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateIpAddressWhen(::httpmock::When);
    impl CreateIpAddressWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/SIP/IpAccessControlLists/[^/]*/IpAddresses.json$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn ip_access_control_list_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/IpAccessControlLists/{}/IpAddresses.json$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateIpAddressRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateIpAddressThen(::httpmock::Then);
    impl CreateIpAddressThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::IpAddress) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetIpAddressWhen(::httpmock::When);
    impl GetIpAddressWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/SIP/IpAccessControlLists/[^/]*/IpAddresses/[^/]*.json$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn ip_access_control_list_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/IpAccessControlLists/{}/IpAddresses/.*.json$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/IpAccessControlLists/.*/IpAddresses/{}.json$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetIpAddressThen(::httpmock::Then);
    impl GetIpAddressThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpAddress) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateIpAddressWhen(::httpmock::When);
    impl UpdateIpAddressWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/SIP/IpAccessControlLists/[^/]*/IpAddresses/[^/]*.json$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn ip_access_control_list_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/IpAccessControlLists/{}/IpAddresses/.*.json$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/IpAccessControlLists/.*/IpAddresses/{}.json$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateIpAddressRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateIpAddressThen(::httpmock::Then);
    impl UpdateIpAddressThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpAddress) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteIpAddressWhen(::httpmock::When);
    impl DeleteIpAddressWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new(
                                "^/SIP/IpAccessControlLists/[^/]*/IpAddresses/[^/]*.json$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn ip_access_control_list_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/IpAccessControlLists/{}/IpAddresses/.*.json$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/SIP/IpAccessControlLists/.*/IpAddresses/{}.json$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteIpAddressThen(::httpmock::Then);
    impl DeleteIpAddressThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetIpAccessControlListWhen(::httpmock::When);
    impl GetIpAccessControlListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/SIP/IpAccessControlLists/[^/]*.json$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/SIP/IpAccessControlLists/{}.json$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetIpAccessControlListThen(::httpmock::Then);
    impl GetIpAccessControlListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpAccessControlList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateIpAccessControlListWhen(::httpmock::When);
    impl UpdateIpAccessControlListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/SIP/IpAccessControlLists/[^/]*.json$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/SIP/IpAccessControlLists/{}.json$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateIpAccessControlListRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateIpAccessControlListThen(::httpmock::Then);
    impl UpdateIpAccessControlListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpAccessControlList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteIpAccessControlListWhen(::httpmock::When);
    impl DeleteIpAccessControlListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/SIP/IpAccessControlLists/[^/]*.json$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/SIP/IpAccessControlLists/{}.json$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteIpAccessControlListThen(::httpmock::Then);
    impl DeleteIpAccessControlListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn client_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::TwilioError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
}
/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
pub trait MockServerExt {
    fn list_credential_lists<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCredentialListsWhen,
            operations::ListCredentialListsThen,
        );
    fn create_credential_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateCredentialListWhen,
            operations::CreateCredentialListThen,
        );
    fn list_credentials<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCredentialsWhen, operations::ListCredentialsThen);
    fn create_credential<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCredentialWhen, operations::CreateCredentialThen);
    fn get_credential<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCredentialWhen, operations::GetCredentialThen);
    fn update_credential<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCredentialWhen, operations::UpdateCredentialThen);
    fn delete_credential<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteCredentialWhen, operations::DeleteCredentialThen);
    fn get_credential_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCredentialListWhen, operations::GetCredentialListThen);
    fn update_credential_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateCredentialListWhen,
            operations::UpdateCredentialListThen,
        );
    fn delete_credential_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteCredentialListWhen,
            operations::DeleteCredentialListThen,
        );
    fn list_ip_access_control_lists<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListIpAccessControlListsWhen,
            operations::ListIpAccessControlListsThen,
        );
    fn create_ip_access_control_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateIpAccessControlListWhen,
            operations::CreateIpAccessControlListThen,
        );
    fn list_ip_addresses<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListIpAddressesWhen, operations::ListIpAddressesThen);
    fn create_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateIpAddressWhen, operations::CreateIpAddressThen);
    fn get_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetIpAddressWhen, operations::GetIpAddressThen);
    fn update_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateIpAddressWhen, operations::UpdateIpAddressThen);
    fn delete_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteIpAddressWhen, operations::DeleteIpAddressThen);
    fn get_ip_access_control_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetIpAccessControlListWhen,
            operations::GetIpAccessControlListThen,
        );
    fn update_ip_access_control_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateIpAccessControlListWhen,
            operations::UpdateIpAccessControlListThen,
        );
    fn delete_ip_access_control_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteIpAccessControlListWhen,
            operations::DeleteIpAccessControlListThen,
        );
}
impl MockServerExt for ::httpmock::MockServer {
    fn list_credential_lists<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCredentialListsWhen,
            operations::ListCredentialListsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCredentialListsWhen::new(when),
                operations::ListCredentialListsThen::new(then),
            )
        })
    }
    fn create_credential_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateCredentialListWhen,
            operations::CreateCredentialListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateCredentialListWhen::new(when),
                operations::CreateCredentialListThen::new(then),
            )
        })
    }
    fn list_credentials<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCredentialsWhen, operations::ListCredentialsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCredentialsWhen::new(when),
                operations::ListCredentialsThen::new(then),
            )
        })
    }
    fn create_credential<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCredentialWhen, operations::CreateCredentialThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateCredentialWhen::new(when),
                operations::CreateCredentialThen::new(then),
            )
        })
    }
    fn get_credential<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCredentialWhen, operations::GetCredentialThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCredentialWhen::new(when),
                operations::GetCredentialThen::new(then),
            )
        })
    }
    fn update_credential<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCredentialWhen, operations::UpdateCredentialThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateCredentialWhen::new(when),
                operations::UpdateCredentialThen::new(then),
            )
        })
    }
    fn delete_credential<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteCredentialWhen, operations::DeleteCredentialThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteCredentialWhen::new(when),
                operations::DeleteCredentialThen::new(then),
            )
        })
    }
    fn get_credential_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCredentialListWhen, operations::GetCredentialListThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCredentialListWhen::new(when),
                operations::GetCredentialListThen::new(then),
            )
        })
    }
    fn update_credential_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateCredentialListWhen,
            operations::UpdateCredentialListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateCredentialListWhen::new(when),
                operations::UpdateCredentialListThen::new(then),
            )
        })
    }
    fn delete_credential_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteCredentialListWhen,
            operations::DeleteCredentialListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteCredentialListWhen::new(when),
                operations::DeleteCredentialListThen::new(then),
            )
        })
    }
    fn list_ip_access_control_lists<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListIpAccessControlListsWhen,
            operations::ListIpAccessControlListsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListIpAccessControlListsWhen::new(when),
                operations::ListIpAccessControlListsThen::new(then),
            )
        })
    }
    fn create_ip_access_control_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateIpAccessControlListWhen,
            operations::CreateIpAccessControlListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateIpAccessControlListWhen::new(when),
                operations::CreateIpAccessControlListThen::new(then),
            )
        })
    }
    fn list_ip_addresses<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListIpAddressesWhen, operations::ListIpAddressesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListIpAddressesWhen::new(when),
                operations::ListIpAddressesThen::new(then),
            )
        })
    }
    fn create_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateIpAddressWhen, operations::CreateIpAddressThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateIpAddressWhen::new(when),
                operations::CreateIpAddressThen::new(then),
            )
        })
    }
    fn get_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetIpAddressWhen, operations::GetIpAddressThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetIpAddressWhen::new(when),
                operations::GetIpAddressThen::new(then),
            )
        })
    }
    fn update_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateIpAddressWhen, operations::UpdateIpAddressThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateIpAddressWhen::new(when),
                operations::UpdateIpAddressThen::new(then),
            )
        })
    }
    fn delete_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteIpAddressWhen, operations::DeleteIpAddressThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteIpAddressWhen::new(when),
                operations::DeleteIpAddressThen::new(then),
            )
        })
    }
    fn get_ip_access_control_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetIpAccessControlListWhen,
            operations::GetIpAccessControlListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetIpAccessControlListWhen::new(when),
                operations::GetIpAccessControlListThen::new(then),
            )
        })
    }
    fn update_ip_access_control_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateIpAccessControlListWhen,
            operations::UpdateIpAccessControlListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateIpAccessControlListWhen::new(when),
                operations::UpdateIpAccessControlListThen::new(then),
            )
        })
    }
    fn delete_ip_access_control_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteIpAccessControlListWhen,
            operations::DeleteIpAccessControlListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteIpAccessControlListWhen::new(when),
                operations::DeleteIpAccessControlListThen::new(then),
            )
        })
    }
}
///Form-body matching (`trunkline_core::mock::FormBodyExt`) for the `When` of every operation whose request body is form-encoded: the generated `body(…)` matchers compare JSON.
pub use ::trunkline_core::mock::FormBodyExt;
impl ::trunkline_core::mock::FormBodyExt for operations::CreateCredentialListWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
impl ::trunkline_core::mock::FormBodyExt for operations::CreateCredentialWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
impl ::trunkline_core::mock::FormBodyExt for operations::UpdateCredentialWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
impl ::trunkline_core::mock::FormBodyExt for operations::UpdateCredentialListWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
impl ::trunkline_core::mock::FormBodyExt for operations::CreateIpAccessControlListWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
impl ::trunkline_core::mock::FormBodyExt for operations::CreateIpAddressWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
impl ::trunkline_core::mock::FormBodyExt for operations::UpdateIpAddressWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
impl ::trunkline_core::mock::FormBodyExt for operations::UpdateIpAccessControlListWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
