// @generated typed httpmock mocks of specs/vobiz.yaml, by `cargo xtask generate vobiz`.
// Do not edit: change the spec or the xtask, then regenerate.
// `cargo xtask generate --check` (and `cargo test -p xtask`) fail when this file is stale.

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::generated::*;
    pub struct ListCdrsWhen(::httpmock::When);
    impl ListCdrsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/cdr$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn bridge_uuid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("bridge_uuid", value.to_string()))
            } else {
                Self(self.0.query_param_missing("bridge_uuid"))
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
        pub fn campaign_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("campaign_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("campaign_id"))
            }
        }
        pub fn context<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("context", value.to_string()))
            } else {
                Self(self.0.query_param_missing("context"))
            }
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::naive::NaiveDate>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_date"))
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
        pub fn hangup_cause<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("hangup_cause", value.to_string()))
            } else {
                Self(self.0.query_param_missing("hangup_cause"))
            }
        }
        pub fn hangup_disposition<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("hangup_disposition", value.to_string()))
            } else {
                Self(self.0.query_param_missing("hangup_disposition"))
            }
        }
        pub fn min_duration<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("min_duration", value.to_string()))
            } else {
                Self(self.0.query_param_missing("min_duration"))
            }
        }
        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page"))
            }
        }
        pub fn per_page<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("per_page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("per_page"))
            }
        }
        pub fn search<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("search", value.to_string()))
            } else {
                Self(self.0.query_param_missing("search"))
            }
        }
        pub fn sip_call_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sip_call_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sip_call_id"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::naive::NaiveDate>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_date"))
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
    pub struct ListCdrsThen(::httpmock::Then);
    impl ListCdrsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CdrPage) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
    pub struct ExportCdrsWhen(::httpmock::When);
    impl ExportCdrsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/cdr/export$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn bridge_uuid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("bridge_uuid", value.to_string()))
            } else {
                Self(self.0.query_param_missing("bridge_uuid"))
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
        pub fn campaign_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("campaign_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("campaign_id"))
            }
        }
        pub fn context<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("context", value.to_string()))
            } else {
                Self(self.0.query_param_missing("context"))
            }
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::naive::NaiveDate>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_date"))
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
        pub fn hangup_cause<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("hangup_cause", value.to_string()))
            } else {
                Self(self.0.query_param_missing("hangup_cause"))
            }
        }
        pub fn hangup_disposition<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("hangup_disposition", value.to_string()))
            } else {
                Self(self.0.query_param_missing("hangup_disposition"))
            }
        }
        pub fn min_duration<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("min_duration", value.to_string()))
            } else {
                Self(self.0.query_param_missing("min_duration"))
            }
        }
        pub fn search<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("search", value.to_string()))
            } else {
                Self(self.0.query_param_missing("search"))
            }
        }
        pub fn sip_call_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sip_call_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sip_call_id"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::naive::NaiveDate>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_date"))
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
    pub struct ExportCdrsThen(::httpmock::Then);
    impl ExportCdrsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: ::serde_json::Value) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
    pub struct ListRecentCdrsWhen(::httpmock::When);
    impl ListRecentCdrsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/cdr/recent$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
    }
    pub struct ListRecentCdrsThen(::httpmock::Then);
    impl ListRecentCdrsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::RecentCdrs) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
    pub struct SearchCdrsWhen(::httpmock::When);
    impl SearchCdrsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/cdr/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn bridge_uuid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("bridge_uuid", value.to_string()))
            } else {
                Self(self.0.query_param_missing("bridge_uuid"))
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
        pub fn campaign_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("campaign_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("campaign_id"))
            }
        }
        pub fn context<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("context", value.to_string()))
            } else {
                Self(self.0.query_param_missing("context"))
            }
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::naive::NaiveDate>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_date"))
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
        pub fn hangup_cause<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("hangup_cause", value.to_string()))
            } else {
                Self(self.0.query_param_missing("hangup_cause"))
            }
        }
        pub fn hangup_disposition<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("hangup_disposition", value.to_string()))
            } else {
                Self(self.0.query_param_missing("hangup_disposition"))
            }
        }
        pub fn min_duration<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("min_duration", value.to_string()))
            } else {
                Self(self.0.query_param_missing("min_duration"))
            }
        }
        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page"))
            }
        }
        pub fn per_page<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("per_page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("per_page"))
            }
        }
        pub fn search<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("search", value.to_string()))
            } else {
                Self(self.0.query_param_missing("search"))
            }
        }
        pub fn sip_call_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sip_call_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sip_call_id"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::naive::NaiveDate>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_date"))
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
    pub struct SearchCdrsThen(::httpmock::Then);
    impl SearchCdrsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CdrPage) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
    pub struct GetCdrWhen(::httpmock::When);
    impl GetCdrWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/cdr/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn call_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/cdr/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCdrThen(::httpmock::Then);
    impl GetCdrThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CdrResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
                    .path_matches(regex::Regex::new("^/credentials$").unwrap()),
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
        pub fn ok(self, value: &types::Credential) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
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
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/credentials/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn credential_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/credentials/{}$", value.to_string()))
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
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
                    .path_matches(regex::Regex::new("^/credentials/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn credential_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/credentials/{}$", value.to_string()))
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
        pub fn success(self, status: u16) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(self.0.status(status))
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
    pub struct CreateIpAclEntryWhen(::httpmock::When);
    impl CreateIpAclEntryWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/ip-acl$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateIpAclEntryRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateIpAclEntryThen(::httpmock::Then);
    impl CreateIpAclEntryThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpAclEntry) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::IpAclEntry) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
    pub struct UpdateIpAclEntryWhen(::httpmock::When);
    impl UpdateIpAclEntryWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/ip-acl/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn ip_acl_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/ip-acl/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateIpAclEntryRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateIpAclEntryThen(::httpmock::Then);
    impl UpdateIpAclEntryThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpAclEntry) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
    pub struct DeleteIpAclEntryWhen(::httpmock::When);
    impl DeleteIpAclEntryWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/ip-acl/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn ip_acl_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/ip-acl/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteIpAclEntryThen(::httpmock::Then);
    impl DeleteIpAclEntryThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn success(self, status: u16) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(self.0.status(status))
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
    pub struct AssignNumberToTrunkWhen(::httpmock::When);
    impl AssignNumberToTrunkWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/numbers/[^/]*/assign$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn phone_number(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/numbers/{}/assign$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::AssignNumberRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AssignNumberToTrunkThen(::httpmock::Then);
    impl AssignNumberToTrunkThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn success(self, status: u16) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(self.0.status(status))
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
    pub struct UnassignNumberFromTrunkWhen(::httpmock::When);
    impl UnassignNumberFromTrunkWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/numbers/[^/]*/assign$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn phone_number(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/numbers/{}/assign$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct UnassignNumberFromTrunkThen(::httpmock::Then);
    impl UnassignNumberFromTrunkThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn success(self, status: u16) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(self.0.status(status))
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
                    .path_matches(regex::Regex::new("^/origination-uris$").unwrap()),
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
        pub fn ok(self, value: &types::OriginationUri) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::OriginationUri) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
                    .method(::httpmock::Method::PUT)
                    .path_matches(
                        regex::Regex::new("^/origination-uris/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uri_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/origination-uris/{}$", value.to_string()),
                )
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
        pub fn ok(self, value: &types::OriginationUri) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
                    .path_matches(
                        regex::Regex::new("^/origination-uris/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uri_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/origination-uris/{}$", value.to_string()),
                )
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
        pub fn success(self, status: u16) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(self.0.status(status))
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
                    .path_matches(regex::Regex::new("^/trunks$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
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
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
                    .path_matches(regex::Regex::new("^/trunks$").unwrap()),
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
        pub fn ok(self, value: &types::Trunk) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
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
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
                    .path_matches(regex::Regex::new("^/trunks/credentials$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
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
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
    pub struct ListIpAclEntriesWhen(::httpmock::When);
    impl ListIpAclEntriesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/trunks/ip-acl$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
    }
    pub struct ListIpAclEntriesThen(::httpmock::Then);
    impl ListIpAclEntriesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpAclEntryList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
                    .path_matches(
                        regex::Regex::new("^/trunks/origination-uris$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
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
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
                    .path_matches(regex::Regex::new("^/trunks/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/trunks/{}$", value.to_string()))
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
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/trunks/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/trunks/{}$", value.to_string()))
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
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
                    .path_matches(regex::Regex::new("^/trunks/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trunk_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/trunks/{}$", value.to_string()))
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
        pub fn success(self, status: u16) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(self.0.status(status))
        }
        pub fn client_error(self, status: u16, value: &types::VobizError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::VobizError) -> Self {
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
    fn list_cdrs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCdrsWhen, operations::ListCdrsThen);
    fn export_cdrs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ExportCdrsWhen, operations::ExportCdrsThen);
    fn list_recent_cdrs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListRecentCdrsWhen, operations::ListRecentCdrsThen);
    fn search_cdrs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SearchCdrsWhen, operations::SearchCdrsThen);
    fn get_cdr<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCdrWhen, operations::GetCdrThen);
    fn create_credential<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCredentialWhen, operations::CreateCredentialThen);
    fn update_credential<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCredentialWhen, operations::UpdateCredentialThen);
    fn delete_credential<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteCredentialWhen, operations::DeleteCredentialThen);
    fn create_ip_acl_entry<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateIpAclEntryWhen, operations::CreateIpAclEntryThen);
    fn update_ip_acl_entry<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateIpAclEntryWhen, operations::UpdateIpAclEntryThen);
    fn delete_ip_acl_entry<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteIpAclEntryWhen, operations::DeleteIpAclEntryThen);
    fn assign_number_to_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AssignNumberToTrunkWhen,
            operations::AssignNumberToTrunkThen,
        );
    fn unassign_number_from_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UnassignNumberFromTrunkWhen,
            operations::UnassignNumberFromTrunkThen,
        );
    fn create_origination_uri<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateOriginationUriWhen,
            operations::CreateOriginationUriThen,
        );
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
    fn list_trunks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListTrunksWhen, operations::ListTrunksThen);
    fn create_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateTrunkWhen, operations::CreateTrunkThen);
    fn list_credentials<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCredentialsWhen, operations::ListCredentialsThen);
    fn list_ip_acl_entries<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListIpAclEntriesWhen, operations::ListIpAclEntriesThen);
    fn list_origination_uris<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListOriginationUrisWhen,
            operations::ListOriginationUrisThen,
        );
    fn get_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTrunkWhen, operations::GetTrunkThen);
    fn update_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateTrunkWhen, operations::UpdateTrunkThen);
    fn delete_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteTrunkWhen, operations::DeleteTrunkThen);
}
impl MockServerExt for ::httpmock::MockServer {
    fn list_cdrs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCdrsWhen, operations::ListCdrsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCdrsWhen::new(when),
                operations::ListCdrsThen::new(then),
            )
        })
    }
    fn export_cdrs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ExportCdrsWhen, operations::ExportCdrsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ExportCdrsWhen::new(when),
                operations::ExportCdrsThen::new(then),
            )
        })
    }
    fn list_recent_cdrs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListRecentCdrsWhen, operations::ListRecentCdrsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListRecentCdrsWhen::new(when),
                operations::ListRecentCdrsThen::new(then),
            )
        })
    }
    fn search_cdrs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SearchCdrsWhen, operations::SearchCdrsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SearchCdrsWhen::new(when),
                operations::SearchCdrsThen::new(then),
            )
        })
    }
    fn get_cdr<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCdrWhen, operations::GetCdrThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCdrWhen::new(when),
                operations::GetCdrThen::new(then),
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
    fn create_ip_acl_entry<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateIpAclEntryWhen, operations::CreateIpAclEntryThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateIpAclEntryWhen::new(when),
                operations::CreateIpAclEntryThen::new(then),
            )
        })
    }
    fn update_ip_acl_entry<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateIpAclEntryWhen, operations::UpdateIpAclEntryThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateIpAclEntryWhen::new(when),
                operations::UpdateIpAclEntryThen::new(then),
            )
        })
    }
    fn delete_ip_acl_entry<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteIpAclEntryWhen, operations::DeleteIpAclEntryThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteIpAclEntryWhen::new(when),
                operations::DeleteIpAclEntryThen::new(then),
            )
        })
    }
    fn assign_number_to_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AssignNumberToTrunkWhen,
            operations::AssignNumberToTrunkThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AssignNumberToTrunkWhen::new(when),
                operations::AssignNumberToTrunkThen::new(then),
            )
        })
    }
    fn unassign_number_from_trunk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UnassignNumberFromTrunkWhen,
            operations::UnassignNumberFromTrunkThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UnassignNumberFromTrunkWhen::new(when),
                operations::UnassignNumberFromTrunkThen::new(then),
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
    fn list_ip_acl_entries<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListIpAclEntriesWhen, operations::ListIpAclEntriesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListIpAclEntriesWhen::new(when),
                operations::ListIpAclEntriesThen::new(then),
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
}
