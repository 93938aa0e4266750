// @generated typed httpmock mocks of specs/plivo-zentrunk.yaml, by `cargo xtask generate plivo`.
// Do not edit: change the spec or the xtask, then regenerate.
// `cargo xtask generate --check` (and `cargo test -p xtask`) fail when this file is stale.

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::generated::*;
    pub struct ListCallsWhen(::httpmock::When);
    impl ListCallsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/Call/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn bill_duration<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("bill_duration", value.to_string()))
            } else {
                Self(self.0.query_param_missing("bill_duration"))
            }
        }
        pub fn bill_duration_gt<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("bill_duration__gt", value.to_string()))
            } else {
                Self(self.0.query_param_missing("bill_duration__gt"))
            }
        }
        pub fn bill_duration_gte<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("bill_duration__gte", value.to_string()))
            } else {
                Self(self.0.query_param_missing("bill_duration__gte"))
            }
        }
        pub fn bill_duration_lt<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("bill_duration__lt", value.to_string()))
            } else {
                Self(self.0.query_param_missing("bill_duration__lt"))
            }
        }
        pub fn bill_duration_lte<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("bill_duration__lte", value.to_string()))
            } else {
                Self(self.0.query_param_missing("bill_duration__lte"))
            }
        }
        pub fn call_direction<T>(self, value: T) -> Self
        where
            T: Into<Option<types::CallDirection>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("call_direction", value.to_string()))
            } else {
                Self(self.0.query_param_missing("call_direction"))
            }
        }
        pub fn end_time<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_time", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_time"))
            }
        }
        pub fn end_time_gt<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_time__gt", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_time__gt"))
            }
        }
        pub fn end_time_gte<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_time__gte", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_time__gte"))
            }
        }
        pub fn end_time_lt<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_time__lt", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_time__lt"))
            }
        }
        pub fn end_time_lte<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_time__lte", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_time__lte"))
            }
        }
        pub fn from_number<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("from_number", value.to_string()))
            } else {
                Self(self.0.query_param_missing("from_number"))
            }
        }
        pub fn hangup_cause_code<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("hangup_cause_code", value.to_string()))
            } else {
                Self(self.0.query_param_missing("hangup_cause_code"))
            }
        }
        pub fn hangup_source<T>(self, value: T) -> Self
        where
            T: Into<Option<types::HangupSource>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("hangup_source", value.to_string()))
            } else {
                Self(self.0.query_param_missing("hangup_source"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
        pub fn stir_verification<T>(self, value: T) -> Self
        where
            T: Into<Option<types::StirVerification>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("stir_verification", value.to_string()))
            } else {
                Self(self.0.query_param_missing("stir_verification"))
            }
        }
        pub fn to_number<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("to_number", value.to_string()))
            } else {
                Self(self.0.query_param_missing("to_number"))
            }
        }
    }
    pub struct ListCallsThen(::httpmock::Then);
    impl ListCallsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CallList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct GetCallWhen(::httpmock::When);
    impl GetCallWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/Call/[^/]*/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn call_uuid(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/Call/{}/$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCallThen(::httpmock::Then);
    impl GetCallThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Call) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct GetCallInsightsWhen(::httpmock::When);
    impl GetCallInsightsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/Call/[^/]*/Insights/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn call_uuid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/Call/{}/Insights/$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCallInsightsThen(::httpmock::Then);
    impl GetCallInsightsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CallInsights) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
                    .path_matches(regex::Regex::new("^/Credential/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
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
        pub fn ok(self, value: &types::CredentialList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
                    .path_matches(regex::Regex::new("^/Credential/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
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
        pub fn ok(self, value: &types::CredentialEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::CredentialEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
                    .path_matches(regex::Regex::new("^/Credential/[^/]*/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn credential_uuid(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/Credential/{}/$", value.to_string()))
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
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
                    .path_matches(regex::Regex::new("^/Credential/[^/]*/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn credential_uuid(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/Credential/{}/$", value.to_string()))
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
        pub fn ok(self, value: &types::CredentialEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn accepted(self, value: &types::CredentialEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(202u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
                    .path_matches(regex::Regex::new("^/Credential/[^/]*/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn credential_uuid(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/Credential/{}/$", value.to_string()))
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
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
                    .path_matches(regex::Regex::new("^/IPAccessControlList/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
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
        pub fn ok(self, value: &types::IpAccessControlListList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
                    .path_matches(regex::Regex::new("^/IPAccessControlList/$").unwrap()),
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
        pub fn ok(self, value: &types::IpAccessControlListEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::IpAccessControlListEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
                        regex::Regex::new("^/IPAccessControlList/[^/]*/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn ipacl_uuid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/IPAccessControlList/{}/$", value.to_string()),
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
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
                        regex::Regex::new("^/IPAccessControlList/[^/]*/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn ipacl_uuid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/IPAccessControlList/{}/$", value.to_string()),
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
        pub fn ok(self, value: &types::IpAccessControlListEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn accepted(self, value: &types::IpAccessControlListEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(202u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
                        regex::Regex::new("^/IPAccessControlList/[^/]*/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn ipacl_uuid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/IPAccessControlList/{}/$", value.to_string()),
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
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct ListTrunksWhen(::httpmock::When);
    impl ListTrunksWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/Trunk/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn credential_uuid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("credential_uuid", value.to_string()))
            } else {
                Self(self.0.query_param_missing("credential_uuid"))
            }
        }
        pub fn fallback_uri_uuid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("fallback_uri_uuid", value.to_string()))
            } else {
                Self(self.0.query_param_missing("fallback_uri_uuid"))
            }
        }
        pub fn ipacl_uuid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("ipacl_uuid", value.to_string()))
            } else {
                Self(self.0.query_param_missing("ipacl_uuid"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
        pub fn primary_uri_uuid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("primary_uri_uuid", value.to_string()))
            } else {
                Self(self.0.query_param_missing("primary_uri_uuid"))
            }
        }
        pub fn secure<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("secure", value.to_string()))
            } else {
                Self(self.0.query_param_missing("secure"))
            }
        }
        pub fn trunk_direction<T>(self, value: T) -> Self
        where
            T: Into<Option<types::TrunkDirection>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("trunk_direction", value.to_string()))
            } else {
                Self(self.0.query_param_missing("trunk_direction"))
            }
        }
        pub fn trunk_status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::TrunkStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("trunk_status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("trunk_status"))
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
        pub fn ok(self, value: &types::TrunkList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
                    .path_matches(regex::Regex::new("^/Trunk/$").unwrap()),
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
        pub fn ok(self, value: &types::TrunkEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::TrunkEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
                    .path_matches(regex::Regex::new("^/Trunk/[^/]*/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/Trunk/{}/$", value.to_string()))
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
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
                    .path_matches(regex::Regex::new("^/Trunk/[^/]*/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/Trunk/{}/$", value.to_string()))
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
        pub fn ok(self, value: &types::TrunkEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn accepted(self, value: &types::TrunkEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(202u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
                    .path_matches(regex::Regex::new("^/Trunk/[^/]*/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/Trunk/{}/$", value.to_string()))
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
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct ListOriginationUrisWhen(::httpmock::When);
    impl ListOriginationUrisWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/URI/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
    }
    pub struct ListOriginationUrisThen(::httpmock::Then);
    impl ListOriginationUrisThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OriginationUriList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct CreateOriginationUriWhen(::httpmock::When);
    impl CreateOriginationUriWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/URI/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateOriginationUriRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateOriginationUriThen(::httpmock::Then);
    impl CreateOriginationUriThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OriginationUriEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::OriginationUriEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct GetOriginationUriWhen(::httpmock::When);
    impl GetOriginationUriWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/URI/[^/]*/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uri_uuid(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/URI/{}/$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetOriginationUriThen(::httpmock::Then);
    impl GetOriginationUriThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OriginationUri) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct UpdateOriginationUriWhen(::httpmock::When);
    impl UpdateOriginationUriWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/URI/[^/]*/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uri_uuid(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/URI/{}/$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateOriginationUriRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateOriginationUriThen(::httpmock::Then);
    impl UpdateOriginationUriThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OriginationUriEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn accepted(self, value: &types::OriginationUriEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(202u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct DeleteOriginationUriWhen(::httpmock::When);
    impl DeleteOriginationUriWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/URI/[^/]*/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uri_uuid(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/URI/{}/$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteOriginationUriThen(::httpmock::Then);
    impl DeleteOriginationUriThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    fn list_calls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCallsWhen, operations::ListCallsThen);
    fn get_call<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCallWhen, operations::GetCallThen);
    fn get_call_insights<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCallInsightsWhen, operations::GetCallInsightsThen);
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
    fn list_origination_uris<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListOriginationUrisWhen,
            operations::ListOriginationUrisThen,
        );
    fn create_origination_uri<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateOriginationUriWhen,
            operations::CreateOriginationUriThen,
        );
    fn get_origination_uri<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetOriginationUriWhen, operations::GetOriginationUriThen);
    fn update_origination_uri<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateOriginationUriWhen,
            operations::UpdateOriginationUriThen,
        );
    fn delete_origination_uri<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteOriginationUriWhen,
            operations::DeleteOriginationUriThen,
        );
}
impl MockServerExt for ::httpmock::MockServer {
    fn list_calls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCallsWhen, operations::ListCallsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCallsWhen::new(when),
                operations::ListCallsThen::new(then),
            )
        })
    }
    fn get_call<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCallWhen, operations::GetCallThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCallWhen::new(when),
                operations::GetCallThen::new(then),
            )
        })
    }
    fn get_call_insights<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCallInsightsWhen, operations::GetCallInsightsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCallInsightsWhen::new(when),
                operations::GetCallInsightsThen::new(then),
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
    fn list_origination_uris<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListOriginationUrisWhen,
            operations::ListOriginationUrisThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListOriginationUrisWhen::new(when),
                operations::ListOriginationUrisThen::new(then),
            )
        })
    }
    fn create_origination_uri<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateOriginationUriWhen,
            operations::CreateOriginationUriThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateOriginationUriWhen::new(when),
                operations::CreateOriginationUriThen::new(then),
            )
        })
    }
    fn get_origination_uri<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetOriginationUriWhen, operations::GetOriginationUriThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetOriginationUriWhen::new(when),
                operations::GetOriginationUriThen::new(then),
            )
        })
    }
    fn update_origination_uri<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateOriginationUriWhen,
            operations::UpdateOriginationUriThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateOriginationUriWhen::new(when),
                operations::UpdateOriginationUriThen::new(then),
            )
        })
    }
    fn delete_origination_uri<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteOriginationUriWhen,
            operations::DeleteOriginationUriThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteOriginationUriWhen::new(when),
                operations::DeleteOriginationUriThen::new(then),
            )
        })
    }
}
