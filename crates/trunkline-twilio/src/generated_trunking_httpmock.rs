// @generated typed httpmock mocks of specs/twilio-trunking.yaml, by `cargo xtask generate twilio-trunking`.
// Do not edit: change the spec or the xtask, then regenerate.
// `cargo xtask generate --check` (and `cargo test -p xtask`) fail when this file is stale.

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::generated_trunking::*;
    pub struct ListTrunksWhen(::httpmock::When);
    impl ListTrunksWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/v1/Trunks$").unwrap()),
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
    pub struct ListTrunksThen(::httpmock::Then);
    impl ListTrunksThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TrunkPage) -> Self {
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
    pub struct CreateTrunkWhen(::httpmock::When);
    impl CreateTrunkWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/v1/Trunks$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateTrunkRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateTrunkThen(::httpmock::Then);
    impl CreateTrunkThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Trunk) -> Self {
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
    pub struct GetTrunkWhen(::httpmock::When);
    impl GetTrunkWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/v1/Trunks/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/v1/Trunks/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetTrunkThen(::httpmock::Then);
    impl GetTrunkThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Trunk) -> Self {
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
    pub struct UpdateTrunkWhen(::httpmock::When);
    impl UpdateTrunkWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/v1/Trunks/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/v1/Trunks/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateTrunkRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateTrunkThen(::httpmock::Then);
    impl UpdateTrunkThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Trunk) -> Self {
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
    pub struct DeleteTrunkWhen(::httpmock::When);
    impl DeleteTrunkWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/v1/Trunks/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/v1/Trunks/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteTrunkThen(::httpmock::Then);
    impl DeleteTrunkThen {
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
    pub struct ListTrunkCredentialListsWhen(::httpmock::When);
    impl ListTrunkCredentialListsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/CredentialLists$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/CredentialLists$", value.to_string()),
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
    pub struct ListTrunkCredentialListsThen(::httpmock::Then);
    impl ListTrunkCredentialListsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TrunkCredentialListPage) -> Self {
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
    pub struct AddTrunkCredentialListWhen(::httpmock::When);
    impl AddTrunkCredentialListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/CredentialLists$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/CredentialLists$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::AddTrunkCredentialListRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AddTrunkCredentialListThen(::httpmock::Then);
    impl AddTrunkCredentialListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::TrunkCredentialList) -> Self {
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
    pub struct GetTrunkCredentialListWhen(::httpmock::When);
    impl GetTrunkCredentialListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/CredentialLists/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/CredentialLists/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/.*/CredentialLists/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetTrunkCredentialListThen(::httpmock::Then);
    impl GetTrunkCredentialListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TrunkCredentialList) -> Self {
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
    pub struct RemoveTrunkCredentialListWhen(::httpmock::When);
    impl RemoveTrunkCredentialListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/CredentialLists/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/CredentialLists/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/.*/CredentialLists/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct RemoveTrunkCredentialListThen(::httpmock::Then);
    impl RemoveTrunkCredentialListThen {
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
    pub struct ListTrunkIpAccessControlListsWhen(::httpmock::When);
    impl ListTrunkIpAccessControlListsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/IpAccessControlLists$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/IpAccessControlLists$", value.to_string()),
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
    pub struct ListTrunkIpAccessControlListsThen(::httpmock::Then);
    impl ListTrunkIpAccessControlListsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TrunkIpAccessControlListPage) -> Self {
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
    pub struct AddTrunkIpAccessControlListWhen(::httpmock::When);
    impl AddTrunkIpAccessControlListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/IpAccessControlLists$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/IpAccessControlLists$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::AddTrunkIpAccessControlListRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AddTrunkIpAccessControlListThen(::httpmock::Then);
    impl AddTrunkIpAccessControlListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::TrunkIpAccessControlList) -> Self {
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
    pub struct GetTrunkIpAccessControlListWhen(::httpmock::When);
    impl GetTrunkIpAccessControlListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/v1/Trunks/[^/]*/IpAccessControlLists/[^/]*$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/v1/Trunks/{}/IpAccessControlLists/.*$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/v1/Trunks/.*/IpAccessControlLists/{}$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetTrunkIpAccessControlListThen(::httpmock::Then);
    impl GetTrunkIpAccessControlListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TrunkIpAccessControlList) -> Self {
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
    pub struct RemoveTrunkIpAccessControlListWhen(::httpmock::When);
    impl RemoveTrunkIpAccessControlListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new(
                                "^/v1/Trunks/[^/]*/IpAccessControlLists/[^/]*$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/v1/Trunks/{}/IpAccessControlLists/.*$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/v1/Trunks/.*/IpAccessControlLists/{}$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct RemoveTrunkIpAccessControlListThen(::httpmock::Then);
    impl RemoveTrunkIpAccessControlListThen {
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
    pub struct ListOriginationUrlsWhen(::httpmock::When);
    impl ListOriginationUrlsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/OriginationUrls$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/OriginationUrls$", value.to_string()),
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
    pub struct ListOriginationUrlsThen(::httpmock::Then);
    impl ListOriginationUrlsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OriginationUrlPage) -> Self {
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
    pub struct CreateOriginationUrlWhen(::httpmock::When);
    impl CreateOriginationUrlWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/OriginationUrls$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/OriginationUrls$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateOriginationUrlRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateOriginationUrlThen(::httpmock::Then);
    impl CreateOriginationUrlThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::OriginationUrl) -> Self {
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
    pub struct GetOriginationUrlWhen(::httpmock::When);
    impl GetOriginationUrlWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/OriginationUrls/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/OriginationUrls/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/.*/OriginationUrls/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetOriginationUrlThen(::httpmock::Then);
    impl GetOriginationUrlThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OriginationUrl) -> Self {
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
    pub struct UpdateOriginationUrlWhen(::httpmock::When);
    impl UpdateOriginationUrlWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/OriginationUrls/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/OriginationUrls/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/.*/OriginationUrls/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateOriginationUrlRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateOriginationUrlThen(::httpmock::Then);
    impl UpdateOriginationUrlThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OriginationUrl) -> Self {
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
    pub struct DeleteOriginationUrlWhen(::httpmock::When);
    impl DeleteOriginationUrlWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/OriginationUrls/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/OriginationUrls/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/.*/OriginationUrls/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteOriginationUrlThen(::httpmock::Then);
    impl DeleteOriginationUrlThen {
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
    pub struct ListTrunkPhoneNumbersWhen(::httpmock::When);
    impl ListTrunkPhoneNumbersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/PhoneNumbers$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/PhoneNumbers$", value.to_string()),
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
    pub struct ListTrunkPhoneNumbersThen(::httpmock::Then);
    impl ListTrunkPhoneNumbersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TrunkPhoneNumberPage) -> Self {
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
    pub struct AddTrunkPhoneNumberWhen(::httpmock::When);
    impl AddTrunkPhoneNumberWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/PhoneNumbers$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/PhoneNumbers$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::AddTrunkPhoneNumberRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AddTrunkPhoneNumberThen(::httpmock::Then);
    impl AddTrunkPhoneNumberThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::TrunkPhoneNumber) -> Self {
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
    pub struct GetTrunkPhoneNumberWhen(::httpmock::When);
    impl GetTrunkPhoneNumberWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/PhoneNumbers/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/PhoneNumbers/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/.*/PhoneNumbers/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetTrunkPhoneNumberThen(::httpmock::Then);
    impl GetTrunkPhoneNumberThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TrunkPhoneNumber) -> Self {
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
    pub struct RemoveTrunkPhoneNumberWhen(::httpmock::When);
    impl RemoveTrunkPhoneNumberWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/PhoneNumbers/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/PhoneNumbers/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/.*/PhoneNumbers/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct RemoveTrunkPhoneNumberThen(::httpmock::Then);
    impl RemoveTrunkPhoneNumberThen {
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
    pub struct GetTrunkRecordingWhen(::httpmock::When);
    impl GetTrunkRecordingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/Recording$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/Recording$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetTrunkRecordingThen(::httpmock::Then);
    impl GetTrunkRecordingThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Recording) -> Self {
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
    pub struct UpdateTrunkRecordingWhen(::httpmock::When);
    impl UpdateTrunkRecordingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/v1/Trunks/[^/]*/Recording$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_sid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1/Trunks/{}/Recording$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateTrunkRecordingRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateTrunkRecordingThen(::httpmock::Then);
    impl UpdateTrunkRecordingThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Recording) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn accepted(self, value: &types::Recording) -> Self {
            Self(
                self
                    .0
                    .status(202u16)
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
}
/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
pub trait MockServerExt {
    fn list_trunks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListTrunksWhen, operations::ListTrunksThen);
    fn create_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateTrunkWhen, operations::CreateTrunkThen);
    fn get_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTrunkWhen, operations::GetTrunkThen);
    fn update_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateTrunkWhen, operations::UpdateTrunkThen);
    fn delete_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteTrunkWhen, operations::DeleteTrunkThen);
    fn list_trunk_credential_lists<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListTrunkCredentialListsWhen,
            operations::ListTrunkCredentialListsThen,
        );
    fn add_trunk_credential_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AddTrunkCredentialListWhen,
            operations::AddTrunkCredentialListThen,
        );
    fn get_trunk_credential_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetTrunkCredentialListWhen,
            operations::GetTrunkCredentialListThen,
        );
    fn remove_trunk_credential_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RemoveTrunkCredentialListWhen,
            operations::RemoveTrunkCredentialListThen,
        );
    fn list_trunk_ip_access_control_lists<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListTrunkIpAccessControlListsWhen,
            operations::ListTrunkIpAccessControlListsThen,
        );
    fn add_trunk_ip_access_control_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AddTrunkIpAccessControlListWhen,
            operations::AddTrunkIpAccessControlListThen,
        );
    fn get_trunk_ip_access_control_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetTrunkIpAccessControlListWhen,
            operations::GetTrunkIpAccessControlListThen,
        );
    fn remove_trunk_ip_access_control_list<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RemoveTrunkIpAccessControlListWhen,
            operations::RemoveTrunkIpAccessControlListThen,
        );
    fn list_origination_urls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListOriginationUrlsWhen,
            operations::ListOriginationUrlsThen,
        );
    fn create_origination_url<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateOriginationUrlWhen,
            operations::CreateOriginationUrlThen,
        );
    fn get_origination_url<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetOriginationUrlWhen, operations::GetOriginationUrlThen);
    fn update_origination_url<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateOriginationUrlWhen,
            operations::UpdateOriginationUrlThen,
        );
    fn delete_origination_url<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteOriginationUrlWhen,
            operations::DeleteOriginationUrlThen,
        );
    fn list_trunk_phone_numbers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListTrunkPhoneNumbersWhen,
            operations::ListTrunkPhoneNumbersThen,
        );
    fn add_trunk_phone_number<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AddTrunkPhoneNumberWhen,
            operations::AddTrunkPhoneNumberThen,
        );
    fn get_trunk_phone_number<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetTrunkPhoneNumberWhen,
            operations::GetTrunkPhoneNumberThen,
        );
    fn remove_trunk_phone_number<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RemoveTrunkPhoneNumberWhen,
            operations::RemoveTrunkPhoneNumberThen,
        );
    fn get_trunk_recording<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTrunkRecordingWhen, operations::GetTrunkRecordingThen);
    fn update_trunk_recording<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateTrunkRecordingWhen,
            operations::UpdateTrunkRecordingThen,
        );
}
impl MockServerExt for ::httpmock::MockServer {
    fn list_trunks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListTrunksWhen, operations::ListTrunksThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListTrunksWhen::new(when),
                operations::ListTrunksThen::new(then),
            )
        })
    }
    fn create_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateTrunkWhen, operations::CreateTrunkThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateTrunkWhen::new(when),
                operations::CreateTrunkThen::new(then),
            )
        })
    }
    fn get_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTrunkWhen, operations::GetTrunkThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTrunkWhen::new(when),
                operations::GetTrunkThen::new(then),
            )
        })
    }
    fn update_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateTrunkWhen, operations::UpdateTrunkThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateTrunkWhen::new(when),
                operations::UpdateTrunkThen::new(then),
            )
        })
    }
    fn delete_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteTrunkWhen, operations::DeleteTrunkThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteTrunkWhen::new(when),
                operations::DeleteTrunkThen::new(then),
            )
        })
    }
    fn list_trunk_credential_lists<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListTrunkCredentialListsWhen,
            operations::ListTrunkCredentialListsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListTrunkCredentialListsWhen::new(when),
                operations::ListTrunkCredentialListsThen::new(then),
            )
        })
    }
    fn add_trunk_credential_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AddTrunkCredentialListWhen,
            operations::AddTrunkCredentialListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AddTrunkCredentialListWhen::new(when),
                operations::AddTrunkCredentialListThen::new(then),
            )
        })
    }
    fn get_trunk_credential_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetTrunkCredentialListWhen,
            operations::GetTrunkCredentialListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTrunkCredentialListWhen::new(when),
                operations::GetTrunkCredentialListThen::new(then),
            )
        })
    }
    fn remove_trunk_credential_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RemoveTrunkCredentialListWhen,
            operations::RemoveTrunkCredentialListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RemoveTrunkCredentialListWhen::new(when),
                operations::RemoveTrunkCredentialListThen::new(then),
            )
        })
    }
    fn list_trunk_ip_access_control_lists<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListTrunkIpAccessControlListsWhen,
            operations::ListTrunkIpAccessControlListsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListTrunkIpAccessControlListsWhen::new(when),
                operations::ListTrunkIpAccessControlListsThen::new(then),
            )
        })
    }
    fn add_trunk_ip_access_control_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AddTrunkIpAccessControlListWhen,
            operations::AddTrunkIpAccessControlListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AddTrunkIpAccessControlListWhen::new(when),
                operations::AddTrunkIpAccessControlListThen::new(then),
            )
        })
    }
    fn get_trunk_ip_access_control_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetTrunkIpAccessControlListWhen,
            operations::GetTrunkIpAccessControlListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTrunkIpAccessControlListWhen::new(when),
                operations::GetTrunkIpAccessControlListThen::new(then),
            )
        })
    }
    fn remove_trunk_ip_access_control_list<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RemoveTrunkIpAccessControlListWhen,
            operations::RemoveTrunkIpAccessControlListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RemoveTrunkIpAccessControlListWhen::new(when),
                operations::RemoveTrunkIpAccessControlListThen::new(then),
            )
        })
    }
    fn list_origination_urls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListOriginationUrlsWhen,
            operations::ListOriginationUrlsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListOriginationUrlsWhen::new(when),
                operations::ListOriginationUrlsThen::new(then),
            )
        })
    }
    fn create_origination_url<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateOriginationUrlWhen,
            operations::CreateOriginationUrlThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateOriginationUrlWhen::new(when),
                operations::CreateOriginationUrlThen::new(then),
            )
        })
    }
    fn get_origination_url<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetOriginationUrlWhen, operations::GetOriginationUrlThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetOriginationUrlWhen::new(when),
                operations::GetOriginationUrlThen::new(then),
            )
        })
    }
    fn update_origination_url<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateOriginationUrlWhen,
            operations::UpdateOriginationUrlThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateOriginationUrlWhen::new(when),
                operations::UpdateOriginationUrlThen::new(then),
            )
        })
    }
    fn delete_origination_url<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteOriginationUrlWhen,
            operations::DeleteOriginationUrlThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteOriginationUrlWhen::new(when),
                operations::DeleteOriginationUrlThen::new(then),
            )
        })
    }
    fn list_trunk_phone_numbers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListTrunkPhoneNumbersWhen,
            operations::ListTrunkPhoneNumbersThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListTrunkPhoneNumbersWhen::new(when),
                operations::ListTrunkPhoneNumbersThen::new(then),
            )
        })
    }
    fn add_trunk_phone_number<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AddTrunkPhoneNumberWhen,
            operations::AddTrunkPhoneNumberThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AddTrunkPhoneNumberWhen::new(when),
                operations::AddTrunkPhoneNumberThen::new(then),
            )
        })
    }
    fn get_trunk_phone_number<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetTrunkPhoneNumberWhen,
            operations::GetTrunkPhoneNumberThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTrunkPhoneNumberWhen::new(when),
                operations::GetTrunkPhoneNumberThen::new(then),
            )
        })
    }
    fn remove_trunk_phone_number<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RemoveTrunkPhoneNumberWhen,
            operations::RemoveTrunkPhoneNumberThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RemoveTrunkPhoneNumberWhen::new(when),
                operations::RemoveTrunkPhoneNumberThen::new(then),
            )
        })
    }
    fn get_trunk_recording<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTrunkRecordingWhen, operations::GetTrunkRecordingThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTrunkRecordingWhen::new(when),
                operations::GetTrunkRecordingThen::new(then),
            )
        })
    }
    fn update_trunk_recording<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateTrunkRecordingWhen,
            operations::UpdateTrunkRecordingThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateTrunkRecordingWhen::new(when),
                operations::UpdateTrunkRecordingThen::new(then),
            )
        })
    }
}
///Form-body matching (`trunkline_core::mock::FormBodyExt`) for the `When` of every operation whose request body is form-encoded: the generated `body(…)` matchers compare JSON.
pub use ::trunkline_core::mock::FormBodyExt;
impl ::trunkline_core::mock::FormBodyExt for operations::CreateTrunkWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
impl ::trunkline_core::mock::FormBodyExt for operations::UpdateTrunkWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
impl ::trunkline_core::mock::FormBodyExt for operations::AddTrunkCredentialListWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
impl ::trunkline_core::mock::FormBodyExt
for operations::AddTrunkIpAccessControlListWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
impl ::trunkline_core::mock::FormBodyExt for operations::CreateOriginationUrlWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
impl ::trunkline_core::mock::FormBodyExt for operations::UpdateOriginationUrlWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
impl ::trunkline_core::mock::FormBodyExt for operations::AddTrunkPhoneNumberWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
impl ::trunkline_core::mock::FormBodyExt for operations::UpdateTrunkRecordingWhen {
    fn form_body(self, fields: &[(&str, &str)]) -> Self {
        Self::new(
            ::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields),
        )
    }
}
