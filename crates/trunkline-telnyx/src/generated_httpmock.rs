// @generated typed httpmock mocks of specs/telnyx.yaml, by `cargo xtask generate telnyx`.
// Do not edit: change the spec or the xtask, then regenerate.
// `cargo xtask generate --check` (and `cargo test -p xtask`) fail when this file is stale.

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::generated::*;
    pub struct ListConnectionsWhen(::httpmock::When);
    impl ListConnectionsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/connections$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn filter_connection_name_contains<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(
                    self
                        .0
                        .query_param(
                            "filter[connection_name][contains]",
                            value.to_string(),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[connection_name][contains]"))
            }
        }
        pub fn filter_fqdn<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[fqdn]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[fqdn]"))
            }
        }
        pub fn filter_outbound_voice_profile_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(
                    self
                        .0
                        .query_param(
                            "filter[outbound_voice_profile_id]",
                            value.to_string(),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[outbound_voice_profile_id]"))
            }
        }
        pub fn page_number<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[number]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[number]"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[size]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[size]"))
            }
        }
        pub fn sort<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sort", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sort"))
            }
        }
    }
    pub struct ListConnectionsThen(::httpmock::Then);
    impl ListConnectionsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListConnectionsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct GetConnectionWhen(::httpmock::When);
    impl GetConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/connections/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/connections/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetConnectionThen(::httpmock::Then);
    impl GetConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct ListCredentialConnectionsWhen(::httpmock::When);
    impl ListCredentialConnectionsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/credential_connections$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn filter_connection_name_contains<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(
                    self
                        .0
                        .query_param(
                            "filter[connection_name][contains]",
                            value.to_string(),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[connection_name][contains]"))
            }
        }
        pub fn filter_fqdn<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[fqdn]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[fqdn]"))
            }
        }
        pub fn filter_outbound_voice_profile_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(
                    self
                        .0
                        .query_param(
                            "filter[outbound_voice_profile_id]",
                            value.to_string(),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[outbound_voice_profile_id]"))
            }
        }
        pub fn page_number<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[number]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[number]"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[size]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[size]"))
            }
        }
        pub fn sort<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sort", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sort"))
            }
        }
    }
    pub struct ListCredentialConnectionsThen(::httpmock::Then);
    impl ListCredentialConnectionsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCredentialConnectionsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct CreateCredentialConnectionWhen(::httpmock::When);
    impl CreateCredentialConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/credential_connections$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateCredentialConnectionRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateCredentialConnectionThen(::httpmock::Then);
    impl CreateCredentialConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CredentialConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::CredentialConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct GetCredentialConnectionWhen(::httpmock::When);
    impl GetCredentialConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/credential_connections/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/credential_connections/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCredentialConnectionThen(::httpmock::Then);
    impl GetCredentialConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CredentialConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct DeleteCredentialConnectionWhen(::httpmock::When);
    impl DeleteCredentialConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/credential_connections/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/credential_connections/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteCredentialConnectionThen(::httpmock::Then);
    impl DeleteCredentialConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CredentialConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct UpdateCredentialConnectionWhen(::httpmock::When);
    impl UpdateCredentialConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/credential_connections/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/credential_connections/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateCredentialConnectionRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateCredentialConnectionThen(::httpmock::Then);
    impl UpdateCredentialConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CredentialConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct ListDetailRecordsWhen(::httpmock::When);
    impl ListDetailRecordsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/detail_records$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn filter_cld<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[cld]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[cld]"))
            }
        }
        pub fn filter_cli<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[cli]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[cli]"))
            }
        }
        pub fn filter_connection_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[connection_id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[connection_id]"))
            }
        }
        pub fn filter_created_at_gte<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[created_at][gte]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[created_at][gte]"))
            }
        }
        pub fn filter_created_at_lt<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[created_at][lt]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[created_at][lt]"))
            }
        }
        pub fn filter_date_range<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[date_range]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[date_range]"))
            }
        }
        pub fn filter_direction<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[direction]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[direction]"))
            }
        }
        pub fn filter_record_type(self, value: types::DetailRecordType) -> Self {
            Self(self.0.query_param("filter[record_type]", value.to_string()))
        }
        pub fn page_number<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[number]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[number]"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[size]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[size]"))
            }
        }
        pub fn sort<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sort", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sort"))
            }
        }
    }
    pub struct ListDetailRecordsThen(::httpmock::Then);
    impl ListDetailRecordsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListDetailRecordsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct ListFqdnConnectionsWhen(::httpmock::When);
    impl ListFqdnConnectionsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/fqdn_connections$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn filter_connection_name_contains<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(
                    self
                        .0
                        .query_param(
                            "filter[connection_name][contains]",
                            value.to_string(),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[connection_name][contains]"))
            }
        }
        pub fn filter_fqdn<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[fqdn]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[fqdn]"))
            }
        }
        pub fn filter_outbound_voice_profile_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(
                    self
                        .0
                        .query_param(
                            "filter[outbound_voice_profile_id]",
                            value.to_string(),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[outbound_voice_profile_id]"))
            }
        }
        pub fn page_number<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[number]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[number]"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[size]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[size]"))
            }
        }
        pub fn sort<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sort", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sort"))
            }
        }
    }
    pub struct ListFqdnConnectionsThen(::httpmock::Then);
    impl ListFqdnConnectionsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListFqdnConnectionsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct CreateFqdnConnectionWhen(::httpmock::When);
    impl CreateFqdnConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/fqdn_connections$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateFqdnConnectionRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateFqdnConnectionThen(::httpmock::Then);
    impl CreateFqdnConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FqdnConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::FqdnConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct GetFqdnConnectionWhen(::httpmock::When);
    impl GetFqdnConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/fqdn_connections/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/fqdn_connections/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetFqdnConnectionThen(::httpmock::Then);
    impl GetFqdnConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FqdnConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct DeleteFqdnConnectionWhen(::httpmock::When);
    impl DeleteFqdnConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/fqdn_connections/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/fqdn_connections/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteFqdnConnectionThen(::httpmock::Then);
    impl DeleteFqdnConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FqdnConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct UpdateFqdnConnectionWhen(::httpmock::When);
    impl UpdateFqdnConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/fqdn_connections/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/fqdn_connections/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateFqdnConnectionRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateFqdnConnectionThen(::httpmock::Then);
    impl UpdateFqdnConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FqdnConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct ListFqdnsWhen(::httpmock::When);
    impl ListFqdnsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/fqdns$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn filter_connection_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[connection_id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[connection_id]"))
            }
        }
        pub fn filter_dns_record_type<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[dns_record_type]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[dns_record_type]"))
            }
        }
        pub fn filter_fqdn<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[fqdn]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[fqdn]"))
            }
        }
        pub fn filter_port<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[port]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[port]"))
            }
        }
        pub fn page_number<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[number]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[number]"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[size]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[size]"))
            }
        }
    }
    pub struct ListFqdnsThen(::httpmock::Then);
    impl ListFqdnsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListFqdnsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct CreateFqdnWhen(::httpmock::When);
    impl CreateFqdnWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/fqdns$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateFqdnRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateFqdnThen(::httpmock::Then);
    impl CreateFqdnThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FqdnResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::FqdnResponse) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct GetFqdnWhen(::httpmock::When);
    impl GetFqdnWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/fqdns/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/fqdns/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetFqdnThen(::httpmock::Then);
    impl GetFqdnThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FqdnResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct DeleteFqdnWhen(::httpmock::When);
    impl DeleteFqdnWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/fqdns/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/fqdns/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteFqdnThen(::httpmock::Then);
    impl DeleteFqdnThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FqdnResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct UpdateFqdnWhen(::httpmock::When);
    impl UpdateFqdnWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/fqdns/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/fqdns/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateFqdnRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateFqdnThen(::httpmock::Then);
    impl UpdateFqdnThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FqdnResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct ListIpConnectionsWhen(::httpmock::When);
    impl ListIpConnectionsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/ip_connections$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn filter_connection_name_contains<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(
                    self
                        .0
                        .query_param(
                            "filter[connection_name][contains]",
                            value.to_string(),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[connection_name][contains]"))
            }
        }
        pub fn filter_fqdn<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[fqdn]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[fqdn]"))
            }
        }
        pub fn filter_outbound_voice_profile_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(
                    self
                        .0
                        .query_param(
                            "filter[outbound_voice_profile_id]",
                            value.to_string(),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[outbound_voice_profile_id]"))
            }
        }
        pub fn page_number<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[number]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[number]"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[size]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[size]"))
            }
        }
        pub fn sort<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sort", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sort"))
            }
        }
    }
    pub struct ListIpConnectionsThen(::httpmock::Then);
    impl ListIpConnectionsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListIpConnectionsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct CreateIpConnectionWhen(::httpmock::When);
    impl CreateIpConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/ip_connections$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateIpConnectionRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateIpConnectionThen(::httpmock::Then);
    impl CreateIpConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::IpConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct GetIpConnectionWhen(::httpmock::When);
    impl GetIpConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/ip_connections/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/ip_connections/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetIpConnectionThen(::httpmock::Then);
    impl GetIpConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct DeleteIpConnectionWhen(::httpmock::When);
    impl DeleteIpConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/ip_connections/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/ip_connections/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteIpConnectionThen(::httpmock::Then);
    impl DeleteIpConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct UpdateIpConnectionWhen(::httpmock::When);
    impl UpdateIpConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/ip_connections/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/ip_connections/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateIpConnectionRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateIpConnectionThen(::httpmock::Then);
    impl UpdateIpConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpConnectionResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct ListIpsWhen(::httpmock::When);
    impl ListIpsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/ips$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn filter_connection_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[connection_id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[connection_id]"))
            }
        }
        pub fn filter_ip_address<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[ip_address]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[ip_address]"))
            }
        }
        pub fn filter_port<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[port]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[port]"))
            }
        }
        pub fn page_number<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[number]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[number]"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[size]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[size]"))
            }
        }
    }
    pub struct ListIpsThen(::httpmock::Then);
    impl ListIpsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListIpsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct CreateIpWhen(::httpmock::When);
    impl CreateIpWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/ips$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateIpRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateIpThen(::httpmock::Then);
    impl CreateIpThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::IpResponse) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct GetIpWhen(::httpmock::When);
    impl GetIpWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/ips/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/ips/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetIpThen(::httpmock::Then);
    impl GetIpThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct DeleteIpWhen(::httpmock::When);
    impl DeleteIpWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/ips/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/ips/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteIpThen(::httpmock::Then);
    impl DeleteIpThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct UpdateIpWhen(::httpmock::When);
    impl UpdateIpWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/ips/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/ips/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateIpRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateIpThen(::httpmock::Then);
    impl UpdateIpThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IpResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct ListOutboundVoiceProfilesWhen(::httpmock::When);
    impl ListOutboundVoiceProfilesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/outbound_voice_profiles$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn filter_name_contains<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[name][contains]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[name][contains]"))
            }
        }
        pub fn page_number<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[number]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[number]"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[size]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[size]"))
            }
        }
        pub fn sort<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sort", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sort"))
            }
        }
    }
    pub struct ListOutboundVoiceProfilesThen(::httpmock::Then);
    impl ListOutboundVoiceProfilesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListOutboundVoiceProfilesResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct CreateOutboundVoiceProfileWhen(::httpmock::When);
    impl CreateOutboundVoiceProfileWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/outbound_voice_profiles$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateOutboundVoiceProfileRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateOutboundVoiceProfileThen(::httpmock::Then);
    impl CreateOutboundVoiceProfileThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OutboundVoiceProfileResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::OutboundVoiceProfileResponse) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct GetOutboundVoiceProfileWhen(::httpmock::When);
    impl GetOutboundVoiceProfileWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/outbound_voice_profiles/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/outbound_voice_profiles/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetOutboundVoiceProfileThen(::httpmock::Then);
    impl GetOutboundVoiceProfileThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OutboundVoiceProfileResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct DeleteOutboundVoiceProfileWhen(::httpmock::When);
    impl DeleteOutboundVoiceProfileWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/outbound_voice_profiles/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/outbound_voice_profiles/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteOutboundVoiceProfileThen(::httpmock::Then);
    impl DeleteOutboundVoiceProfileThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OutboundVoiceProfileResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct UpdateOutboundVoiceProfileWhen(::httpmock::When);
    impl UpdateOutboundVoiceProfileWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/outbound_voice_profiles/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/outbound_voice_profiles/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateOutboundVoiceProfileRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateOutboundVoiceProfileThen(::httpmock::Then);
    impl UpdateOutboundVoiceProfileThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OutboundVoiceProfileResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct ListPhoneNumbersWhen(::httpmock::When);
    impl ListPhoneNumbersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/phone_numbers$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn filter_connection_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[connection_id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[connection_id]"))
            }
        }
        pub fn filter_country_iso_alpha2<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[country_iso_alpha2]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[country_iso_alpha2]"))
            }
        }
        pub fn filter_customer_reference<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[customer_reference]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[customer_reference]"))
            }
        }
        pub fn filter_phone_number<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[phone_number]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[phone_number]"))
            }
        }
        pub fn filter_status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::PhoneNumberStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[status]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[status]"))
            }
        }
        pub fn filter_tag<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filter[tag]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filter[tag]"))
            }
        }
        pub fn filter_voice_connection_name_contains<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(
                    self
                        .0
                        .query_param(
                            "filter[voice.connection_name][contains]",
                            value.to_string(),
                        ),
                )
            } else {
                Self(
                    self.0.query_param_missing("filter[voice.connection_name][contains]"),
                )
            }
        }
        pub fn filter_voice_connection_name_eq<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(
                    self
                        .0
                        .query_param(
                            "filter[voice.connection_name][eq]",
                            value.to_string(),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[voice.connection_name][eq]"))
            }
        }
        pub fn page_number<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[number]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[number]"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page[size]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page[size]"))
            }
        }
        pub fn sort<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sort", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sort"))
            }
        }
    }
    pub struct ListPhoneNumbersThen(::httpmock::Then);
    impl ListPhoneNumbersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListPhoneNumbersResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct GetPhoneNumberWhen(::httpmock::When);
    impl GetPhoneNumberWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/phone_numbers/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/phone_numbers/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetPhoneNumberThen(::httpmock::Then);
    impl GetPhoneNumberThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PhoneNumberResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct UpdatePhoneNumberWhen(::httpmock::When);
    impl UpdatePhoneNumberWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/phone_numbers/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/phone_numbers/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdatePhoneNumberRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdatePhoneNumberThen(::httpmock::Then);
    impl UpdatePhoneNumberThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PhoneNumberResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct GetPhoneNumberVoiceSettingsWhen(::httpmock::When);
    impl GetPhoneNumberVoiceSettingsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/phone_numbers/[^/]*/voice$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/phone_numbers/{}/voice$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetPhoneNumberVoiceSettingsThen(::httpmock::Then);
    impl GetPhoneNumberVoiceSettingsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PhoneNumberVoiceSettingsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    pub struct UpdatePhoneNumberVoiceSettingsWhen(::httpmock::When);
    impl UpdatePhoneNumberVoiceSettingsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/phone_numbers/[^/]*/voice$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/phone_numbers/{}/voice$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdatePhoneNumberVoiceSettingsRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdatePhoneNumberVoiceSettingsThen(::httpmock::Then);
    impl UpdatePhoneNumberVoiceSettingsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PhoneNumberVoiceSettingsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Errors) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Errors) -> Self {
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
    fn list_connections<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListConnectionsWhen, operations::ListConnectionsThen);
    fn get_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetConnectionWhen, operations::GetConnectionThen);
    fn list_credential_connections<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCredentialConnectionsWhen,
            operations::ListCredentialConnectionsThen,
        );
    fn create_credential_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateCredentialConnectionWhen,
            operations::CreateCredentialConnectionThen,
        );
    fn get_credential_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCredentialConnectionWhen,
            operations::GetCredentialConnectionThen,
        );
    fn delete_credential_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteCredentialConnectionWhen,
            operations::DeleteCredentialConnectionThen,
        );
    fn update_credential_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateCredentialConnectionWhen,
            operations::UpdateCredentialConnectionThen,
        );
    fn list_detail_records<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListDetailRecordsWhen, operations::ListDetailRecordsThen);
    fn list_fqdn_connections<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListFqdnConnectionsWhen,
            operations::ListFqdnConnectionsThen,
        );
    fn create_fqdn_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateFqdnConnectionWhen,
            operations::CreateFqdnConnectionThen,
        );
    fn get_fqdn_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetFqdnConnectionWhen, operations::GetFqdnConnectionThen);
    fn delete_fqdn_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteFqdnConnectionWhen,
            operations::DeleteFqdnConnectionThen,
        );
    fn update_fqdn_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateFqdnConnectionWhen,
            operations::UpdateFqdnConnectionThen,
        );
    fn list_fqdns<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListFqdnsWhen, operations::ListFqdnsThen);
    fn create_fqdn<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateFqdnWhen, operations::CreateFqdnThen);
    fn get_fqdn<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetFqdnWhen, operations::GetFqdnThen);
    fn delete_fqdn<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteFqdnWhen, operations::DeleteFqdnThen);
    fn update_fqdn<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateFqdnWhen, operations::UpdateFqdnThen);
    fn list_ip_connections<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListIpConnectionsWhen, operations::ListIpConnectionsThen);
    fn create_ip_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateIpConnectionWhen,
            operations::CreateIpConnectionThen,
        );
    fn get_ip_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetIpConnectionWhen, operations::GetIpConnectionThen);
    fn delete_ip_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteIpConnectionWhen,
            operations::DeleteIpConnectionThen,
        );
    fn update_ip_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateIpConnectionWhen,
            operations::UpdateIpConnectionThen,
        );
    fn list_ips<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListIpsWhen, operations::ListIpsThen);
    fn create_ip<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateIpWhen, operations::CreateIpThen);
    fn get_ip<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetIpWhen, operations::GetIpThen);
    fn delete_ip<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteIpWhen, operations::DeleteIpThen);
    fn update_ip<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateIpWhen, operations::UpdateIpThen);
    fn list_outbound_voice_profiles<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListOutboundVoiceProfilesWhen,
            operations::ListOutboundVoiceProfilesThen,
        );
    fn create_outbound_voice_profile<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateOutboundVoiceProfileWhen,
            operations::CreateOutboundVoiceProfileThen,
        );
    fn get_outbound_voice_profile<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetOutboundVoiceProfileWhen,
            operations::GetOutboundVoiceProfileThen,
        );
    fn delete_outbound_voice_profile<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteOutboundVoiceProfileWhen,
            operations::DeleteOutboundVoiceProfileThen,
        );
    fn update_outbound_voice_profile<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateOutboundVoiceProfileWhen,
            operations::UpdateOutboundVoiceProfileThen,
        );
    fn list_phone_numbers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListPhoneNumbersWhen, operations::ListPhoneNumbersThen);
    fn get_phone_number<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPhoneNumberWhen, operations::GetPhoneNumberThen);
    fn update_phone_number<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdatePhoneNumberWhen, operations::UpdatePhoneNumberThen);
    fn get_phone_number_voice_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetPhoneNumberVoiceSettingsWhen,
            operations::GetPhoneNumberVoiceSettingsThen,
        );
    fn update_phone_number_voice_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdatePhoneNumberVoiceSettingsWhen,
            operations::UpdatePhoneNumberVoiceSettingsThen,
        );
}
impl MockServerExt for ::httpmock::MockServer {
    fn list_connections<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListConnectionsWhen, operations::ListConnectionsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListConnectionsWhen::new(when),
                operations::ListConnectionsThen::new(then),
            )
        })
    }
    fn get_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetConnectionWhen, operations::GetConnectionThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetConnectionWhen::new(when),
                operations::GetConnectionThen::new(then),
            )
        })
    }
    fn list_credential_connections<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCredentialConnectionsWhen,
            operations::ListCredentialConnectionsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCredentialConnectionsWhen::new(when),
                operations::ListCredentialConnectionsThen::new(then),
            )
        })
    }
    fn create_credential_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateCredentialConnectionWhen,
            operations::CreateCredentialConnectionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateCredentialConnectionWhen::new(when),
                operations::CreateCredentialConnectionThen::new(then),
            )
        })
    }
    fn get_credential_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCredentialConnectionWhen,
            operations::GetCredentialConnectionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCredentialConnectionWhen::new(when),
                operations::GetCredentialConnectionThen::new(then),
            )
        })
    }
    fn delete_credential_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteCredentialConnectionWhen,
            operations::DeleteCredentialConnectionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteCredentialConnectionWhen::new(when),
                operations::DeleteCredentialConnectionThen::new(then),
            )
        })
    }
    fn update_credential_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateCredentialConnectionWhen,
            operations::UpdateCredentialConnectionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateCredentialConnectionWhen::new(when),
                operations::UpdateCredentialConnectionThen::new(then),
            )
        })
    }
    fn list_detail_records<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListDetailRecordsWhen, operations::ListDetailRecordsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListDetailRecordsWhen::new(when),
                operations::ListDetailRecordsThen::new(then),
            )
        })
    }
    fn list_fqdn_connections<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListFqdnConnectionsWhen,
            operations::ListFqdnConnectionsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListFqdnConnectionsWhen::new(when),
                operations::ListFqdnConnectionsThen::new(then),
            )
        })
    }
    fn create_fqdn_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateFqdnConnectionWhen,
            operations::CreateFqdnConnectionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateFqdnConnectionWhen::new(when),
                operations::CreateFqdnConnectionThen::new(then),
            )
        })
    }
    fn get_fqdn_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetFqdnConnectionWhen, operations::GetFqdnConnectionThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetFqdnConnectionWhen::new(when),
                operations::GetFqdnConnectionThen::new(then),
            )
        })
    }
    fn delete_fqdn_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteFqdnConnectionWhen,
            operations::DeleteFqdnConnectionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteFqdnConnectionWhen::new(when),
                operations::DeleteFqdnConnectionThen::new(then),
            )
        })
    }
    fn update_fqdn_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateFqdnConnectionWhen,
            operations::UpdateFqdnConnectionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateFqdnConnectionWhen::new(when),
                operations::UpdateFqdnConnectionThen::new(then),
            )
        })
    }
    fn list_fqdns<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListFqdnsWhen, operations::ListFqdnsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListFqdnsWhen::new(when),
                operations::ListFqdnsThen::new(then),
            )
        })
    }
    fn create_fqdn<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateFqdnWhen, operations::CreateFqdnThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateFqdnWhen::new(when),
                operations::CreateFqdnThen::new(then),
            )
        })
    }
    fn get_fqdn<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetFqdnWhen, operations::GetFqdnThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetFqdnWhen::new(when),
                operations::GetFqdnThen::new(then),
            )
        })
    }
    fn delete_fqdn<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteFqdnWhen, operations::DeleteFqdnThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteFqdnWhen::new(when),
                operations::DeleteFqdnThen::new(then),
            )
        })
    }
    fn update_fqdn<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateFqdnWhen, operations::UpdateFqdnThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateFqdnWhen::new(when),
                operations::UpdateFqdnThen::new(then),
            )
        })
    }
    fn list_ip_connections<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListIpConnectionsWhen, operations::ListIpConnectionsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListIpConnectionsWhen::new(when),
                operations::ListIpConnectionsThen::new(then),
            )
        })
    }
    fn create_ip_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateIpConnectionWhen,
            operations::CreateIpConnectionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateIpConnectionWhen::new(when),
                operations::CreateIpConnectionThen::new(then),
            )
        })
    }
    fn get_ip_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetIpConnectionWhen, operations::GetIpConnectionThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetIpConnectionWhen::new(when),
                operations::GetIpConnectionThen::new(then),
            )
        })
    }
    fn delete_ip_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteIpConnectionWhen,
            operations::DeleteIpConnectionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteIpConnectionWhen::new(when),
                operations::DeleteIpConnectionThen::new(then),
            )
        })
    }
    fn update_ip_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateIpConnectionWhen,
            operations::UpdateIpConnectionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateIpConnectionWhen::new(when),
                operations::UpdateIpConnectionThen::new(then),
            )
        })
    }
    fn list_ips<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListIpsWhen, operations::ListIpsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListIpsWhen::new(when),
                operations::ListIpsThen::new(then),
            )
        })
    }
    fn create_ip<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateIpWhen, operations::CreateIpThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateIpWhen::new(when),
                operations::CreateIpThen::new(then),
            )
        })
    }
    fn get_ip<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetIpWhen, operations::GetIpThen),
    {
        self.mock(|when, then| {
            config_fn(operations::GetIpWhen::new(when), operations::GetIpThen::new(then))
        })
    }
    fn delete_ip<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteIpWhen, operations::DeleteIpThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteIpWhen::new(when),
                operations::DeleteIpThen::new(then),
            )
        })
    }
    fn update_ip<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateIpWhen, operations::UpdateIpThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateIpWhen::new(when),
                operations::UpdateIpThen::new(then),
            )
        })
    }
    fn list_outbound_voice_profiles<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListOutboundVoiceProfilesWhen,
            operations::ListOutboundVoiceProfilesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListOutboundVoiceProfilesWhen::new(when),
                operations::ListOutboundVoiceProfilesThen::new(then),
            )
        })
    }
    fn create_outbound_voice_profile<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateOutboundVoiceProfileWhen,
            operations::CreateOutboundVoiceProfileThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateOutboundVoiceProfileWhen::new(when),
                operations::CreateOutboundVoiceProfileThen::new(then),
            )
        })
    }
    fn get_outbound_voice_profile<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetOutboundVoiceProfileWhen,
            operations::GetOutboundVoiceProfileThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetOutboundVoiceProfileWhen::new(when),
                operations::GetOutboundVoiceProfileThen::new(then),
            )
        })
    }
    fn delete_outbound_voice_profile<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteOutboundVoiceProfileWhen,
            operations::DeleteOutboundVoiceProfileThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteOutboundVoiceProfileWhen::new(when),
                operations::DeleteOutboundVoiceProfileThen::new(then),
            )
        })
    }
    fn update_outbound_voice_profile<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateOutboundVoiceProfileWhen,
            operations::UpdateOutboundVoiceProfileThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateOutboundVoiceProfileWhen::new(when),
                operations::UpdateOutboundVoiceProfileThen::new(then),
            )
        })
    }
    fn list_phone_numbers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListPhoneNumbersWhen, operations::ListPhoneNumbersThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListPhoneNumbersWhen::new(when),
                operations::ListPhoneNumbersThen::new(then),
            )
        })
    }
    fn get_phone_number<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPhoneNumberWhen, operations::GetPhoneNumberThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPhoneNumberWhen::new(when),
                operations::GetPhoneNumberThen::new(then),
            )
        })
    }
    fn update_phone_number<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdatePhoneNumberWhen, operations::UpdatePhoneNumberThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdatePhoneNumberWhen::new(when),
                operations::UpdatePhoneNumberThen::new(then),
            )
        })
    }
    fn get_phone_number_voice_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetPhoneNumberVoiceSettingsWhen,
            operations::GetPhoneNumberVoiceSettingsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPhoneNumberVoiceSettingsWhen::new(when),
                operations::GetPhoneNumberVoiceSettingsThen::new(then),
            )
        })
    }
    fn update_phone_number_voice_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdatePhoneNumberVoiceSettingsWhen,
            operations::UpdatePhoneNumberVoiceSettingsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdatePhoneNumberVoiceSettingsWhen::new(when),
                operations::UpdatePhoneNumberVoiceSettingsThen::new(then),
            )
        })
    }
}
