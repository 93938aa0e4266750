//! What the generator adds to progenitor's output, from the trunkline extensions and the spec:
//!
//! - **Construction** (`x-trunkline-client`): `VENDOR`, `DEFAULT_BASE_URL`, one `ENV_*` per
//!   credential, `ENV_BASE_URL`, `*_HEADER` names, the `API` description, the progenitor hooks
//!   (`trunkline_core::client_hooks!`) and, unless the spec says `builder: combined`,
//!   `ClientBuilder` and `Client::{from_credentials, from_env, from_env_with, base_url}`, all thin wrappers of
//!   `trunkline_core::ClientSettings`.
//! - **Paging** (`x-trunkline-paging`): `MAX_PAGE_SIZE`, a `trunkline_core::paging::ListPage`
//!   implementation for every page type (plus `LinkedPage` for next-link lists) and a
//!   `stream()` method on every paged list's request builder, returning
//!   `trunkline_core::paging::Paged`.
//! - **Typed builders**: the setters of optional and `NonZero` fields in `types::builder` take
//!   `trunkline_core::IntoField` instead of `TryInto`, so `.friendly_name("x")` and `.weight(2)`
//!   compile while every call that compiled before still does; every nullable newtype
//!   (`NullableString(Option<String>)`) implements `trunkline_core::NullableField`, so its
//!   setters take the plain value too.
//! - **List shortcuts**: `Client::{name}()` for every paged `list_{name}` without a required
//!   parameter, returning its `stream()`.
//! - **Mocks**: `trunkline_core::mock::FormBodyExt` for the typed `When` of every operation with
//!   a form body.
//!
//! Everything is read from progenitor's own output (builder names, setter names, response and
//! error types, struct fields) rather than re-derived from the spec, and every assumption about
//! that output is checked: a progenitor release that changes it fails generation with a message,
//! never produces code that silently does something else.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use serde_json::Value;
use syn::visit::Visit;

use crate::extensions::{
    AuthExtension, BuilderMode, ClientExtension, ErrorExtension, Extensions, PagingExtension,
    PagingStyle, Summary,
};

/// Adds the construction, paging and typed-builder glue to a parsed client module.
pub fn client(file: &mut syn::File, extensions: &Extensions) -> Result<(), String> {
    let client = extensions.client.as_ref().ok_or(
        "the spec has no `x-trunkline-client`: declare how a client is built (vendor, \
         credentials, auth, base_url_env; specs/README.md, convention 13)",
    )?;
    rewrite_typed_setters(file)?;
    fast_timestamps(file)?;
    let mut top = construction(client, &extensions.paging);
    if let Some(error) = &client.error {
        top.extend(error_body(file, error)?);
    }
    top.extend(nullable_fields(file)?);
    let mut streams = Vec::new();
    let mut shortcuts = Vec::new();
    let mut items: BTreeMap<String, TokenStream> = BTreeMap::new();
    for paging in &extensions.paging {
        let op = OperationCode::find(file, &paging.operation_id)?;
        if !items.contains_key(&paging.page_type) {
            let (code, item) = list_page(file, paging, &op, client)?;
            top.extend(code);
            items.insert(paging.page_type.clone(), item);
        }
        let item = items[&paging.page_type].clone();
        streams.push(stream_method(paging, &op, &item, &StreamVariant::full())?);
        if let Some(summary) = &paging.summary {
            let summary_page = format!("{}SummaryPage", summary.item);
            let page_ident = format_ident!("{}", summary_page);
            let summary_op = OperationCode {
                page: quote!(types::#page_ident),
                ..op.clone()
            };
            if !items.contains_key(&summary_page) {
                let types = module_items(&mut file.items, "types")
                    .ok_or("progenitor's output has no `types`")?;
                types.extend(summary_types(types, paging, summary)?);
                let summary_paging = PagingExtension {
                    page_type: summary_page.clone(),
                    ..paging.clone()
                };
                let (code, item) = list_page(file, &summary_paging, &summary_op, client)?;
                top.extend(code);
                items.insert(summary_page.clone(), item);
            }
            streams.push(send_summary(file, paging, &op, &summary_page)?);
            let variant = StreamVariant {
                method: "stream_summary",
                send: "send_summary",
                lead: Some(format!(
                    "Like `stream()`, but each item is a [`{0}Summary`](super::types::{0}Summary): \
                     only the properties it keeps are decoded, the rest of each item is skipped \
                     without being stored. For listings that read a few fields of many items.",
                    summary.item
                )),
            };
            streams.push(stream_method(
                paging,
                &summary_op,
                &items[&summary_page],
                &variant,
            )?);
        }
        if let Some(shortcut) = list_shortcut(file, paging, &op, &item)? {
            shortcuts.push(shortcut);
        }
    }
    if !shortcuts.is_empty() {
        top.extend(quote! { impl Client { #(#shortcuts)* } });
    }
    file.items.extend(parse_items(top)?);
    module_items(&mut file.items, "builder")
        .ok_or("progenitor's output has no `builder` module")?
        .extend(parse_items(quote!(#(#streams)*))?);
    Ok(())
}

/// Adds `FormBodyExt` implementations for the form-body operations of `document` to a parsed
/// typed-httpmock module.
pub fn mock(file: &mut syn::File, document: &Value) -> Result<(), String> {
    let whens: BTreeSet<String> = module_items(&mut file.items, "operations")
        .ok_or("progenitor's httpmock output has no `operations` module")?
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(item) => Some(item.ident.to_string()),
            _ => None,
        })
        .collect();
    let mut impls = Vec::new();
    for (_, _, operation) in crate::prepare::operations(document) {
        let form = operation
            .pointer("/requestBody/content")
            .and_then(Value::as_object)
            .is_some_and(|content| content.contains_key("application/x-www-form-urlencoded"));
        let Some(id) = operation.get("operationId").and_then(Value::as_str) else {
            continue;
        };
        if !form {
            continue;
        }
        let name = format!("{}When", pascal_case(id));
        if !whens.contains(&name) {
            return Err(format!(
                "{id}: progenitor's httpmock output has no `operations::{name}`"
            ));
        }
        let when = format_ident!("{}", name);
        impls.push(quote! {
            impl ::trunkline_core::mock::FormBodyExt for operations::#when {
                fn form_body(self, fields: &[(&str, &str)]) -> Self {
                    Self::new(::trunkline_core::mock::FormBodyExt::form_body(self.into_inner(), fields))
                }
            }
        });
    }
    if !impls.is_empty() {
        let doc = "Form-body matching (`trunkline_core::mock::FormBodyExt`) for the `When` of \
                   every operation whose request body is form-encoded: the generated `body(…)` \
                   matchers compare JSON.";
        file.items.extend(parse_items(quote! {
            #[doc = #doc]
            pub use ::trunkline_core::mock::FormBodyExt;
            #(#impls)*
        })?);
    }
    Ok(())
}

fn parse_items(tokens: TokenStream) -> Result<Vec<syn::Item>, String> {
    syn::parse2::<syn::File>(tokens)
        .map(|file| file.items)
        .map_err(|err| format!("the generated glue does not parse: {err}"))
}

fn module_items<'a>(items: &'a mut [syn::Item], name: &str) -> Option<&'a mut Vec<syn::Item>> {
    items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == name => {
            module.content.as_mut().map(|(_, items)| items)
        }
        _ => None,
    })
}

fn module_ref<'a>(items: &'a [syn::Item], name: &str) -> Option<&'a [syn::Item]> {
    items.iter().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == name => {
            module.content.as_ref().map(|(_, items)| items.as_slice())
        }
        _ => None,
    })
}

pub(crate) fn pascal_case(id: &str) -> String {
    id.split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn upper(name: &str) -> String {
    name.to_ascii_uppercase()
}

/// The last path segment of a type and its type arguments (`Option<X>` → `("Option", [X])`).
fn type_parts(ty: &syn::Type) -> Option<(String, Vec<&syn::Type>)> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    let args = match &last.arguments {
        syn::PathArguments::AngleBracketed(angle) => angle
            .args
            .iter()
            .filter_map(|arg| match arg {
                syn::GenericArgument::Type(ty) => Some(ty),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    Some((last.ident.to_string(), args))
}

/// A type as written inside `types`, as the module root names it: single-segment paths
/// (`Trunk`) are prefixed with `types::`.
fn from_root(ty: &syn::Type) -> TokenStream {
    if let syn::Type::Path(path) = ty
        && path.qself.is_none()
        && path.path.leading_colon.is_none()
        && path.path.segments.len() == 1
        && matches!(
            path.path.segments.first().map(|s| &s.arguments),
            Some(syn::PathArguments::None)
        )
    {
        return quote!(types::#ty);
    }
    ty.to_token_stream()
}

// ---------------------------------------------------------------------------------------------
// Construction.

fn construction(client: &ClientExtension, paging: &[PagingExtension]) -> TokenStream {
    let vendor = &client.vendor;
    let vendor_name = &client.name;
    let origin = &client.origin;
    let account_path = &client.account_path;
    let base_env = &client.base_url_env;
    let appended = if account_path.is_empty() {
        "operation paths are appended as they are".to_owned()
    } else {
        format!("the client appends `{account_path}`")
    };
    let mut items = Vec::new();
    let doc = "Vendor name used in logs, reports and errors.";
    items.push(quote! { #[doc = #doc] pub const VENDOR: &str = #vendor; });
    let doc = format!("The origin of {vendor_name}'s API; {appended}.");
    items.push(quote! { #[doc = #doc] pub const DEFAULT_BASE_URL: &str = #origin; });
    let mut fields = Vec::new();
    for credential in &client.credentials {
        let constant = format_ident!("ENV_{}", upper(&credential.name));
        let doc = format!(
            "Environment variable holding the {}{}.",
            credential.label,
            if credential.secret { " (a secret)" } else { "" }
        );
        let env = &credential.env;
        items.push(quote! { #[doc = #doc] pub const #constant: &str = #env; });
        let (name, label, secret) = (&credential.name, &credential.label, credential.secret);
        fields.push(quote! {
            ::trunkline_core::CredentialField { name: #name, label: #label, env: #constant, secret: #secret }
        });
    }
    let doc =
        "Optional environment variable replacing [`DEFAULT_BASE_URL`] (a proxy, an emulator).";
    items.push(quote! { #[doc = #doc] pub const ENV_BASE_URL: &str = #base_env; });
    let auth = match &client.auth {
        AuthExtension::Basic { username, password } => {
            quote!(::trunkline_core::AuthScheme::Basic { username: #username, password: #password })
        }
        AuthExtension::Bearer { token } => {
            quote!(::trunkline_core::AuthScheme::Bearer { token: #token })
        }
        AuthExtension::Headers(headers) => {
            let mut pairs = Vec::new();
            for (header, credential) in headers {
                let constant = format_ident!("{}_HEADER", upper(credential));
                let doc = format!(
                    "Name of the header carrying the {}.",
                    label(client, credential)
                );
                items.push(quote! { #[doc = #doc] pub const #constant: &str = #header; });
                pairs.push(quote!((#constant, #credential)));
            }
            quote!(::trunkline_core::AuthScheme::Headers(&[#(#pairs),*]))
        }
    };
    let plus = client.encode_plus_in_paths;
    let doc = "How a client of this API is built (the spec's `x-trunkline-client`): the \
               description every `ClientBuilder` of this module hands to \
               [`trunkline_core::ClientSettings`].";
    items.push(quote! {
        #[doc = #doc]
        pub static API: ::trunkline_core::ApiDescription = ::trunkline_core::ApiDescription {
            vendor: VENDOR,
            vendor_name: #vendor_name,
            default_origin: DEFAULT_BASE_URL,
            account_path: #account_path,
            credentials: &[#(#fields),*],
            auth: #auth,
            base_url_env: ENV_BASE_URL,
            encode_plus_in_paths: #plus,
        };
    });
    if let Some(max) = paging.iter().map(|p| p.max_page_size).min() {
        let doc = "The largest page size every paged list of this API serves (the smallest \
                   `maximum` of their page-size parameters).";
        items.push(quote! { #[doc = #doc] pub const MAX_PAGE_SIZE: u64 = #max; });
    }
    items.push(quote! { ::trunkline_core::client_hooks!(Client, OPERATIONS); });
    if client.builder == BuilderMode::Generated {
        items.push(builder(client));
    }
    quote!(#(#items)*)
}

fn label(client: &ClientExtension, name: &str) -> String {
    client
        .credentials
        .iter()
        .find(|c| c.name == name)
        .map_or_else(|| name.to_owned(), |c| c.label.clone())
}

fn builder(client: &ClientExtension) -> TokenStream {
    let vendor_name = &client.name;
    let origin = &client.origin;
    let (mut names, mut params, mut values) = (Vec::new(), Vec::new(), Vec::new());
    for credential in &client.credentials {
        let name = format_ident!("{}", credential.name);
        if credential.secret {
            params.push(quote!(#name: impl ::std::convert::Into<::trunkline_core::SecretString>));
            values.push(quote!(#name.into()));
        } else {
            params.push(quote!(#name: impl ::std::convert::Into<::std::string::String>));
            values.push(quote!(::trunkline_core::SecretString::from(#name.into())));
        }
        names.push(name);
    }
    let labels: Vec<String> = client.credentials.iter().map(|c| c.label.clone()).collect();
    let list = match labels.as_slice() {
        [one] => format!("the {one}"),
        [first @ .., last] => format!(
            "the {} and the {last}",
            first
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", the ")
        ),
        [] => "no credentials".to_owned(),
    };
    let envs: Vec<String> = client
        .credentials
        .iter()
        .map(|c| format!("`{}`", c.env))
        .collect();
    let env_list = envs.join(", ");
    let secrets: Vec<String> = client
        .credentials
        .iter()
        .filter(|c| c.secret)
        .map(|c| c.label.clone())
        .collect();
    let hidden = if secrets.is_empty() {
        String::new()
    } else {
        format!(
            " `Debug` output never shows the {}.",
            secrets.join(" or the ")
        )
    };
    let base_env = &client.base_url_env;
    let (appended, without) = if client.account_path.is_empty() {
        (String::new(), String::new())
    } else {
        (
            format!("; `{}` is still appended", client.account_path),
            format!(", without appending `{}`", client.account_path),
        )
    };
    let doc_struct = format!(
        "Builds a [`Client`] for {vendor_name}'s API: {list}, then optionally a base URL and a \
         [`ClientConfig`](trunkline_core::ClientConfig). Every check happens in \
         [`ClientBuilder::build`], before anything is sent.{hidden}"
    );
    let doc_new = format!("Starts from {list}, on `{origin}`, with the default `ClientConfig`.");
    let doc_env = format!(
        "Starts from {env_list} and, if set, `{base_env}` (as [`ClientBuilder::base_url`]). \
         Values are trimmed; a missing, empty or non-Unicode variable is an error naming it."
    );
    let doc_base = format!(
        "Sends requests to this origin instead of `{origin}` (a proxy, a test server, the \
         trunkline emulator){appended}. Plain `http://` is accepted only for loopback hosts \
         unless `ClientConfig::with_insecure_http_allowed` says otherwise."
    );
    let doc_api = format!(
        "Uses `api_base_url` as the complete base of every operation path{without}: for a proxy \
         that maps the API elsewhere, or a mock server whose mocks match operation paths \
         directly, like the typed mocks of the `httpmock` feature."
    );
    let doc_build = "Checks everything and builds the client. Nothing is sent. Errors name what \
                     is wrong (an empty credential, a value an HTTP header cannot carry, an \
                     unusable or clear-text base URL) and never contain a secret.";
    let doc_from_credentials = format!(
        "A client from {list}, on `{origin}`, with default retries and timeouts \
         ([`ClientBuilder`] sets more)."
    );
    let doc_from_env = format!(
        "A client from {env_list} and, if set, `{base_env}` (see [`ClientBuilder::from_env`]), \
         with the default `ClientConfig`: [`Client::from_env_with`] takes one."
    );
    let doc_from_env_with = format!(
        "A client from {env_list} and, if set, `{base_env}`, with `config`: retries, \
         timeouts, user agent, rate limit, your own `reqwest::Client` \
         ([`ClientConfig`](trunkline_core::ClientConfig)). The same as \
         `ClientBuilder::from_env()?.config(config).build()`."
    );
    let doc_base_url = if client.account_path.is_empty() {
        "The base URL every operation path is appended to.".to_owned()
    } else {
        format!(
            "The base URL every operation path is appended to: the origin followed by `{}` \
             for this account (or the URL given to [`ClientBuilder::api_base_url`]).",
            client.account_path
        )
    };
    quote! {
        #[doc = #doc_struct]
        #[derive(Clone, Debug)]
        pub struct ClientBuilder {
            settings: ::trunkline_core::ClientSettings,
        }

        impl ClientBuilder {
            #[doc = #doc_new]
            pub fn new(#(#params),*) -> Self {
                Self {
                    settings: ::trunkline_core::ClientSettings::new(&API, [#(#values),*]),
                }
            }

            #[doc = #doc_env]
            pub fn from_env() -> ::std::result::Result<Self, ::trunkline_core::ConfigError> {
                ::trunkline_core::ClientSettings::from_env(&API).map(|settings| Self { settings })
            }

            #[doc = #doc_base]
            pub fn base_url(self, origin: impl ::std::convert::Into<::std::string::String>) -> Self {
                Self { settings: self.settings.with_base_url(origin) }
            }

            #[doc = #doc_api]
            pub fn api_base_url(self, api_base_url: impl ::std::convert::Into<::std::string::String>) -> Self {
                Self { settings: self.settings.with_api_base_url(api_base_url) }
            }

            /// Retry policy, timeouts, user agent and the other shared settings.
            pub fn config(self, config: ::trunkline_core::ClientConfig) -> Self {
                Self { settings: self.settings.with_config(config) }
            }

            #[doc = #doc_build]
            pub fn build(self) -> ::std::result::Result<Client, ::trunkline_core::ConfigError> {
                let endpoint = self.settings.endpoint()?;
                Ok(Client::new_with_client(&endpoint.base_url, endpoint.http, endpoint.runtime))
            }
        }

        impl Client {
            #[doc = #doc_from_credentials]
            pub fn from_credentials(#(#params),*) -> ::std::result::Result<Self, ::trunkline_core::ConfigError> {
                ClientBuilder::new(#(#names),*).build()
            }

            #[doc = #doc_from_env]
            pub fn from_env() -> ::std::result::Result<Self, ::trunkline_core::ConfigError> {
                ClientBuilder::from_env()?.build()
            }

            #[doc = #doc_from_env_with]
            pub fn from_env_with(
                config: ::trunkline_core::ClientConfig,
            ) -> ::std::result::Result<Self, ::trunkline_core::ConfigError> {
                ClientBuilder::from_env()?.config(config).build()
            }

            #[doc = #doc_base_url]
            pub fn base_url(&self) -> &str {
                ::progenitor_client::ClientInfo::baseurl(self)
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Paging.

/// What progenitor generated for one operation.
#[derive(Clone)]
struct OperationCode {
    /// The request builder (`ListTrunks`).
    builder: syn::Ident,
    /// The success type, as the module root names it (`types::TrunkList`).
    page: TokenStream,
    /// The error type, as the module root names it (`Error<types::ErrorBody>`).
    error: TokenStream,
    /// The error body (`types::ErrorBody`).
    error_body: TokenStream,
    /// Query parameter wire name → builder setter.
    setters: BTreeMap<String, syn::Ident>,
}

impl OperationCode {
    fn find(file: &syn::File, id: &str) -> Result<Self, String> {
        let fail = |what: &str| format!("{id}: progenitor's output has no {what}");
        let builder = file
            .items
            .iter()
            .filter_map(|item| match item {
                syn::Item::Impl(imp) if imp.trait_.is_none() => Some(imp),
                _ => None,
            })
            .filter(|imp| imp.self_ty.to_token_stream().to_string() == "Client")
            .flat_map(|imp| &imp.items)
            .find_map(|item| match item {
                syn::ImplItem::Fn(method) if method.sig.ident == id => match &method.sig.output {
                    syn::ReturnType::Type(_, ty) => type_parts(ty).map(|(name, _)| name),
                    _ => None,
                },
                _ => None,
            })
            .ok_or_else(|| fail(&format!("`Client::{id}` returning a builder")))?;
        let builders =
            module_ref(&file.items, "builder").ok_or_else(|| fail("`builder` module"))?;
        let send = builder_method(builders, &builder, "send")
            .ok_or_else(|| fail(&format!("`builder::{builder}::send`")))?;
        let syn::ReturnType::Type(_, output) = &send.sig.output else {
            return Err(fail("return type on `send`"));
        };
        let shape = || fail("`send` returning `Result<ResponseValue<T>, Error<E>>`");
        let (result, args) = type_parts(output).ok_or_else(shape)?;
        let [value, error] = args.as_slice() else {
            return Err(shape());
        };
        let (response, inner) = type_parts(value).ok_or_else(shape)?;
        let (error_name, body) = type_parts(error).ok_or_else(shape)?;
        if result != "Result" || response != "ResponseValue" || error_name != "Error" {
            return Err(shape());
        }
        let (Some(page), Some(error_body)) = (inner.first(), body.first()) else {
            return Err(shape());
        };
        let mut finder = QueryParams::default();
        finder.visit_block(&send.block);
        Ok(Self {
            builder: format_ident!("{}", builder),
            page: page.to_token_stream(),
            error: error.to_token_stream(),
            error_body: error_body.to_token_stream(),
            setters: finder.found,
        })
    }

    fn setter(&self, id: &str, wire: &str) -> Result<&syn::Ident, String> {
        self.setters.get(wire).ok_or_else(|| {
            format!(
                "{id}: progenitor's `send` does not send the query parameter `{wire}` \
                 (`QueryParam::new(\"{wire}\", &…)`)"
            )
        })
    }
}

/// The method `name` of the request builder `builder` in progenitor's `builder` module.
fn builder_method<'a>(
    builders: &'a [syn::Item],
    builder: &str,
    name: &str,
) -> Option<&'a syn::ImplItemFn> {
    builders
        .iter()
        .filter_map(|item| match item {
            syn::Item::Impl(imp) if imp.trait_.is_none() => Some(imp),
            _ => None,
        })
        .filter(|imp| type_parts(&imp.self_ty).is_some_and(|(ty, _)| ty == builder))
        .flat_map(|imp| &imp.items)
        .find_map(|item| match item {
            syn::ImplItem::Fn(method) if method.sig.ident == name => Some(method),
            _ => None,
        })
}

/// Collects `QueryParam::new("wire", &field)` calls.
#[derive(Default)]
struct QueryParams {
    found: BTreeMap<String, syn::Ident>,
}

impl<'ast> Visit<'ast> for QueryParams {
    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        let is_new = call
            .func
            .to_token_stream()
            .to_string()
            .replace(' ', "")
            .ends_with("QueryParam::new");
        if is_new
            && let (Some(syn::Expr::Lit(wire)), Some(syn::Expr::Reference(field))) =
                (call.args.first(), call.args.iter().nth(1))
            && let syn::Lit::Str(wire) = &wire.lit
            && let syn::Expr::Path(field) = &*field.expr
            && let Some(ident) = field.path.get_ident()
        {
            self.found.insert(wire.value(), ident.clone());
        }
        syn::visit::visit_expr_call(self, call);
    }
}

/// A field of a generated struct in `types`.
struct FieldInfo<'a> {
    ident: &'a syn::Ident,
    optional: bool,
    /// The type inside `Option` (or the field's type).
    inner: &'a syn::Type,
}

fn struct_fields<'a>(types: &'a [syn::Item], name: &str) -> Option<Vec<(String, FieldInfo<'a>)>> {
    let item = types.iter().find_map(|item| match item {
        syn::Item::Struct(item) if item.ident == name => Some(item),
        _ => None,
    })?;
    let syn::Fields::Named(named) = &item.fields else {
        return None;
    };
    let mut out = Vec::new();
    for field in &named.named {
        let ident = field.ident.as_ref()?;
        let json = field
            .attrs
            .iter()
            .filter(|attr| attr.path().is_ident("serde"))
            .find_map(|attr| {
                let text = attr.to_token_stream().to_string();
                let start = text.find("rename = \"")? + "rename = \"".len();
                let end = text[start..].find('"')?;
                Some(text[start..start + end].to_owned())
            })
            .unwrap_or_else(|| ident.to_string().trim_start_matches("r#").to_owned());
        let (optional, inner) = match type_parts(&field.ty) {
            Some((outer, args)) if outer == "Option" && args.len() == 1 => (true, args[0]),
            _ => (false, &field.ty),
        };
        out.push((
            json,
            FieldInfo {
                ident,
                optional,
                inner,
            },
        ));
    }
    Some(out)
}

#[derive(Clone, Copy)]
enum Leaf {
    Integer,
    Boolean,
    Text,
}

/// One step of a field path: `expr` (an `Option<&type_name>`) to its field for `segment`, and
/// the field's type (inside `Option` for an optional one).
fn field_step<'a>(
    types: &'a [syn::Item],
    type_name: &str,
    segment: &str,
    expr: TokenStream,
) -> Result<(TokenStream, &'a syn::Type), String> {
    let fields = struct_fields(types, type_name)
        .ok_or_else(|| format!("no generated struct `types::{type_name}`"))?;
    let (_, field) = fields
        .iter()
        .find(|(json, _)| json == segment)
        .ok_or_else(|| format!("`types::{type_name}` has no field for `{segment}`"))?;
    let ident = field.ident;
    let expr = if field.optional {
        quote!(#expr.and_then(|value| value.#ident.as_ref()))
    } else {
        quote!(#expr.map(|value| &value.#ident))
    };
    Ok((expr, field.inner))
}

/// `Option<&leaf>` of a dotted path from `root` (an `Option<&page_type>` expression), and the
/// leaf's kind.
fn field_path(
    types: &[syn::Item],
    page_type: &str,
    path: &[String],
    root: TokenStream,
) -> Result<(TokenStream, Leaf), String> {
    let mut expr = root;
    let mut current = page_type.to_owned();
    for (index, segment) in path.iter().enumerate() {
        let field;
        (expr, field) = field_step(types, &current, segment, expr)?;
        let (name, _) = type_parts(field)
            .ok_or_else(|| format!("`types::{current}.{segment}` has an unexpected type"))?;
        if index + 1 < path.len() {
            current = name;
            continue;
        }
        let leaf = match name.as_str() {
            "i8" | "i16" | "i32" | "i64" | "isize" | "u8" | "u16" | "u32" | "u64" | "usize" => {
                Leaf::Integer
            }
            _ if name.starts_with("NonZero") => Leaf::Integer,
            "bool" => Leaf::Boolean,
            "String" => Leaf::Text,
            other => {
                return Err(format!(
                    "`types::{current}.{segment}` is `{other}`, not an integer, boolean or string"
                ));
            }
        };
        return Ok((expr, leaf));
    }
    Err("an empty field path".to_owned())
}

/// `trunkline_core::ErrorBody` for the error schema of `x-trunkline-client.error`: each path
/// read through the generated struct's own fields.
fn error_body(file: &syn::File, error: &ErrorExtension) -> Result<TokenStream, String> {
    let fail = |message: String| format!("x-trunkline-client.error: {message}");
    let types = module_ref(&file.items, "types").ok_or("progenitor's output has no `types`")?;
    let text = |path: &[String]| text_path(types, &error.schema, path).map_err(&fail);
    let message = error
        .message
        .iter()
        .map(|p| text(p))
        .collect::<Result<Vec<_>, _>>()?;
    let none = quote!(::std::option::Option::None);
    let code = error
        .code
        .as_deref()
        .map(text)
        .transpose()?
        .unwrap_or(none.clone());
    let at = error.at.as_deref().map(text).transpose()?.unwrap_or(none);
    let ty = format_ident!("{}", error.schema);
    Ok(quote! {
        impl ::trunkline_core::ErrorBody for types::#ty {
            fn message(&self) -> ::std::option::Option<::std::string::String> {
                ::trunkline_core::error_message([#(#message),*], #at)
            }
            fn code(&self) -> ::std::option::Option<::std::string::String> {
                #code
            }
        }
    })
}

/// `Option<String>` of a dotted path from `self` (a `type_name`): strings as they are,
/// integers and untyped JSON values as text; `0` takes an array's first item.
fn text_path(types: &[syn::Item], type_name: &str, path: &[String]) -> Result<TokenStream, String> {
    let mut expr = quote!(::std::option::Option::Some(self));
    let mut current = type_name.to_owned();
    let mut in_array = false;
    for segment in path {
        if in_array {
            if segment != "0" {
                return Err(format!(
                    "`{}` takes an array's item `{segment}`: only `0` is read",
                    path.join(".")
                ));
            }
            expr = quote!(#expr.and_then(|items| items.first()));
            in_array = false;
            continue;
        }
        let field;
        (expr, field) = field_step(types, &current, segment, expr)?;
        let (name, args) = type_parts(field)
            .ok_or_else(|| format!("`types::{current}.{segment}` has an unexpected type"))?;
        match (name.as_str(), args.as_slice()) {
            ("Vec", [item]) => {
                in_array = true;
                current = type_parts(item).map(|(name, _)| name).unwrap_or_default();
            }
            _ => current = name,
        }
    }
    if in_array {
        return Err(format!("`{}` ends at an array", path.join(".")));
    }
    let leaf = current.as_str();
    Ok(match leaf {
        "String" => quote!(#expr.cloned()),
        "Value" => quote!(#expr.and_then(::trunkline_core::json_text)),
        _ if leaf.starts_with(['i', 'u']) && leaf[1..].parse::<u32>().is_ok() => {
            quote!(#expr.map(::std::string::ToString::to_string))
        }
        other => {
            return Err(format!(
                "`{}` is `{other}`, not a string, an integer or a JSON value",
                path.join(".")
            ));
        }
    })
}

fn list_page(
    file: &syn::File,
    paging: &PagingExtension,
    op: &OperationCode,
    client: &ClientExtension,
) -> Result<(TokenStream, TokenStream), String> {
    let id = &paging.operation_id;
    let fail = |message: String| format!("{id}: x-trunkline-paging: {message}");
    let types = module_ref(&file.items, "types").ok_or("progenitor's output has no `types`")?;
    let fields = struct_fields(types, &paging.page_type)
        .ok_or_else(|| fail(format!("no generated struct `types::{}`", paging.page_type)))?;
    let (_, items) = fields
        .iter()
        .find(|(json, _)| *json == paging.fields.items)
        .ok_or_else(|| fail(format!("no field for `{}`", paging.fields.items)))?;
    let item_type = match type_parts(items.inner) {
        Some((vec, args)) if vec == "Vec" && args.len() == 1 => args[0],
        _ => return Err(fail(format!("`{}` is not a `Vec`", paging.fields.items))),
    };
    let item = from_root(item_type);
    let items_ident = items.ident;
    let take_items = if items.optional {
        quote!(self.#items_ident.unwrap_or_default())
    } else {
        quote!(self.#items_ident)
    };
    let mut assignments = Vec::new();
    for (slot, path, kind) in [
        ("total_items", &paging.fields.total, "integer"),
        ("total_pages", &paging.fields.total_pages, "integer"),
        ("has_next", &paging.fields.has_next, "boolean"),
        ("page_size", &paging.fields.served_size, "integer"),
        ("next_link", &paging.fields.next, "string"),
        ("self_link", &paging.fields.self_link, "string"),
    ] {
        let Some(path) = path else {
            continue;
        };
        let root = quote!(::std::option::Option::Some(&self));
        let (expr, leaf) = field_path(types, &paging.page_type, path, root).map_err(&fail)?;
        let value = match (leaf, kind) {
            (Leaf::Integer, "integer") => {
                quote!(#expr.and_then(|value| u64::try_from(*value).ok()))
            }
            (Leaf::Boolean, "boolean") => quote!(#expr.copied()),
            (Leaf::Text, "string") => quote!(#expr.cloned()),
            _ => {
                return Err(fail(format!(
                    "`{}` is not the {kind} the spec declares",
                    path.join(".")
                )));
            }
        };
        let slot = format_ident!("{}", slot);
        assignments.push(quote!(info.#slot = #value;));
    }
    let item_id = match &paging.fields.id {
        None => quote!(),
        Some(path) => {
            let item_struct = type_parts(item_type)
                .map(|(name, _)| name)
                .ok_or_else(|| fail("the items have an unexpected type".to_owned()))?;
            let root = quote!(::std::option::Option::Some(item));
            let (expr, leaf) = field_path(types, &item_struct, path, root).map_err(&fail)?;
            if !matches!(leaf, Leaf::Text) {
                return Err(fail(format!(
                    "the items' `{}` is not a string",
                    path.join(".")
                )));
            }
            quote! {
                fn item_id(item: &#item) -> ::std::option::Option<&str> {
                    #expr.map(::std::string::String::as_str)
                }
            }
        }
    };
    let page = &op.page;
    let mut out = quote! {
        impl ::trunkline_core::paging::ListPage for #page {
            type Item = #item;
            fn into_parts(self) -> (::std::vec::Vec<#item>, ::trunkline_core::paging::PageInfo) {
                #[allow(unused_mut)]
                let mut info = ::trunkline_core::paging::PageInfo::default();
                #(#assignments)*
                (#take_items, info)
            }
            #item_id
        }
    };
    if paging.style == PagingStyle::NextLink {
        let error_body = &op.error_body;
        let constant = format_ident!("{}", upper(id));
        let server_path = &client.server_path;
        out.extend(quote! {
            impl ::trunkline_core::paging::LinkedPage for #page {
                type Client = Client;
                type ErrorBody = #error_body;
                const OPERATION_ID: &'static str = operation::#constant;
                const OPERATIONS: &'static [::trunkline_core::Operation] = OPERATIONS;
                const SERVER_PATH: &'static str = #server_path;
            }
        });
    }
    Ok((out, item))
}

/// Which stream method of a list builder [`stream_method`] writes.
struct StreamVariant {
    /// The method's name.
    method: &'static str,
    /// The builder method fetching one page.
    send: &'static str,
    /// A first paragraph for the method's documentation.
    lead: Option<String>,
}

impl StreamVariant {
    /// `stream()`, over `send()`.
    fn full() -> Self {
        Self {
            method: "stream",
            send: "send",
            lead: None,
        }
    }
}

fn stream_method(
    paging: &PagingExtension,
    op: &OperationCode,
    item: &TokenStream,
    variant: &StreamVariant,
) -> Result<TokenStream, String> {
    let method = format_ident!("{}", variant.method);
    let send = format_ident!("{}", variant.send);
    let id = &paging.operation_id;
    let builder = &op.builder;
    let error = &op.error;
    let page = &op.page;
    let max = paging.max_page_size;
    let size = op.setter(id, &paging.size_param)?;
    let size_wire = &paging.size_param;
    let (body, how) = match &paging.style {
        PagingStyle::Offset { offset_param } => {
            let offset = op.setter(id, offset_param)?;
            (
                quote! {
                    ::trunkline_core::paging::offset_pages_with(page_size, options, move |offset, size| {
                        self.clone().#offset(offset).#size(size).#send()
                    })
                },
                format!(
                    "`{offset_param}` from 0 in steps of the page size, until a short page or \
                     the end the page reports, with up to 10 pages in flight once the first \
                     page reports the total (see \
                     [`offset_pages_with`](trunkline_core::paging::offset_pages_with); items in \
                     list order, none twice). The stream sets `{offset_param}` and \
                     `{size_wire}`"
                ),
            )
        }
        PagingStyle::PageNumber {
            page_param,
            first_page,
        } => {
            let number = op.setter(id, page_param)?;
            (
                quote! {
                    ::trunkline_core::paging::numbered_pages_with(#first_page, page_size, options, move |page, size| {
                        self.clone().#number(page).#size(size).#send()
                    })
                },
                format!(
                    "`{page_param}` from {first_page} on, while the page says another follows \
                     (or is full), with up to 10 pages in flight once the first page reports \
                     the total (see \
                     [`numbered_pages_with`](trunkline_core::paging::numbered_pages_with); \
                     items in list order, none twice). The stream sets `{page_param}` and \
                     `{size_wire}`"
                ),
            )
        }
        PagingStyle::NextLink => (
            quote! {
                let _ = options;
                let client = self.client;
                ::trunkline_core::paging::linked_pages::<#page, _>(client, self.#size(page_size).#send())
            },
            format!(
                "the first page, then each page's next link, resolved against the client's base \
                 URL (path and query kept, origin replaced). The stream sets `{size_wire}` on \
                 the first page"
            ),
        ),
    };
    let doc = format!(
        "Streams every item of this list, fetching pages lazily as it is polled: {how}; every \
         other parameter set on this request is sent as well. The page size defaults to the \
         largest page ({max}); set it, the most items to read and the pages in flight on the \
         returned [`Paged`](trunkline_core::paging::Paged). The stream ends after the first \
         error."
    );
    let doc = match &variant.lead {
        Some(lead) => format!("{lead}\n\n{doc}"),
        None => doc,
    };
    Ok(quote! {
        impl<'a> #builder<'a> {
            #[doc = #doc]
            pub fn #method(self) -> ::trunkline_core::paging::Paged<'a, #item, #error> {
                ::trunkline_core::paging::Paged::with_options_passed(#max, move |page_size, options| { #body })
            }
        }
    })
}

/// `types::{Item}Summary` (the item's `summary` properties, as progenitor typed them, with a
/// `From` the full item) and `types::{Item}SummaryPage` (the page with summary items): the
/// structs are copied from progenitor's, so names, serde attributes and timestamp decoding stay
/// those of the full types.
fn summary_types(
    types: &[syn::Item],
    paging: &PagingExtension,
    summary: &Summary,
) -> Result<Vec<syn::Item>, String> {
    let id = &paging.operation_id;
    let fail = |message: String| format!("{id}: x-trunkline-paging.summary: {message}");
    let find = |name: &str| {
        types.iter().find_map(|item| match item {
            syn::Item::Struct(item) if item.ident == name => Some(item),
            _ => None,
        })
    };
    let item = find(&summary.item)
        .ok_or_else(|| fail(format!("no generated struct `types::{}`", summary.item)))?;
    let page = find(&paging.page_type)
        .ok_or_else(|| fail(format!("no generated struct `types::{}`", paging.page_type)))?;
    let serde_container = item
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("serde"))
        .map(|attr| attr.to_token_stream().to_string())
        .collect::<Vec<_>>();
    if !serde_container.is_empty() {
        return Err(fail(format!(
            "`types::{}` has container attributes ({}) a summary cannot keep",
            summary.item,
            serde_container.join(", ")
        )));
    }
    let syn::Fields::Named(named) = &item.fields else {
        return Err(fail(format!(
            "`types::{}` has no named fields",
            summary.item
        )));
    };
    let by_json = struct_fields(types, &summary.item)
        .ok_or_else(|| fail(format!("`types::{}` has no named fields", summary.item)))?;
    let mut fields = Vec::new();
    let mut idents = Vec::new();
    for wanted in &summary.fields {
        let (_, info) = by_json
            .iter()
            .find(|(json, _)| json == wanted)
            .ok_or_else(|| {
                fail(format!(
                    "`types::{}` has no field for `{wanted}`",
                    summary.item
                ))
            })?;
        let field = named
            .named
            .iter()
            .find(|field| field.ident.as_ref() == Some(info.ident))
            .ok_or_else(|| {
                fail(format!(
                    "`types::{}` lost the field `{wanted}`",
                    summary.item
                ))
            })?;
        fields.push(field.clone());
        idents.push(info.ident.clone());
    }
    let derives: Vec<&syn::Attribute> = item
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("derive"))
        .collect();
    let item_ident = &item.ident;
    let summary_ident = format_ident!("{}Summary", summary.item);
    let page_ident = format_ident!("{}SummaryPage", summary.item);
    let item_doc = format!(
        "The properties of [`{0}`] a listing reads ({1}): decoding a page into these skips the \
         rest of each item without storing it. A list builder's `stream_summary()` yields them; \
         `From<{0}>` makes one of a full item.",
        summary.item,
        summary
            .fields
            .iter()
            .map(|field| format!("`{field}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut summary_page = page.clone();
    summary_page.ident = page_ident.clone();
    summary_page
        .attrs
        .retain(|attr| !attr.path().is_ident("doc"));
    let page_doc = format!(
        "[`{}`] with its items as [`{summary_ident}`]s: what `send_summary()` decodes.",
        paging.page_type
    );
    summary_page
        .attrs
        .insert(0, syn::parse_quote!(#[doc = #page_doc]));
    let syn::Fields::Named(page_fields) = &mut summary_page.fields else {
        return Err(fail(format!(
            "`types::{}` has no named fields",
            paging.page_type
        )));
    };
    let items_field = by_json_ident(types, &paging.page_type, &paging.fields.items)
        .ok_or_else(|| fail(format!("no field for `{}`", paging.fields.items)))?;
    let mut renamed = 0;
    for field in page_fields.named.iter_mut() {
        if field.ident.as_ref() == Some(&items_field) {
            let mut rename = RenameType {
                from: item_ident.clone(),
                to: summary_ident.clone(),
                count: 0,
            };
            syn::visit_mut::visit_type_mut(&mut rename, &mut field.ty);
            renamed += rename.count;
        }
    }
    if renamed != 1 {
        return Err(fail(format!(
            "`types::{}.{}` does not hold `{}` once",
            paging.page_type, paging.fields.items, summary.item
        )));
    }
    let code = quote! {
        #[doc = #item_doc]
        #(#derives)*
        pub struct #summary_ident {
            #(#fields),*
        }
        impl ::std::convert::From<#item_ident> for #summary_ident {
            fn from(value: #item_ident) -> Self {
                Self { #(#idents: value.#idents),* }
            }
        }
        #summary_page
    };
    parse_items(code)
}

/// The Rust field of `struct_name` for the JSON property `json`.
fn by_json_ident(types: &[syn::Item], struct_name: &str, json: &str) -> Option<syn::Ident> {
    struct_fields(types, struct_name)?
        .into_iter()
        .find(|(name, _)| name == json)
        .map(|(_, info)| info.ident.clone())
}

/// Renames the last segment `from` of every type path to `to`, counting the renames.
struct RenameType {
    from: syn::Ident,
    to: syn::Ident,
    count: usize,
}

impl syn::visit_mut::VisitMut for RenameType {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if let Some(last) = path.segments.last_mut()
            && last.ident == self.from
        {
            last.ident = self.to.clone();
            self.count += 1;
        }
        syn::visit_mut::visit_path_mut(self, path);
    }
}

/// `send_summary()` on a list builder: progenitor's `send()`, copied, answering with the
/// summary page. The body is unchanged: its success arm decodes into whatever type the
/// signature names (`ResponseValue::from_response(response).await`), which is checked.
fn send_summary(
    file: &syn::File,
    paging: &PagingExtension,
    op: &OperationCode,
    summary_page: &str,
) -> Result<TokenStream, String> {
    let id = &paging.operation_id;
    let fail = |message: &str| format!("{id}: x-trunkline-paging.summary: {message}");
    let builder = &op.builder;
    let builders = module_ref(&file.items, "builder")
        .ok_or_else(|| fail("progenitor's output has no `builder` module"))?;
    let send = builder_method(builders, &builder.to_string(), "send")
        .ok_or_else(|| fail("progenitor's output has no `send` on the list builder"))?;
    let body = send.block.to_token_stream().to_string().replace(' ', "");
    if !body.contains("ResponseValue::from_response(response).await")
        || body.contains("from_response::")
    {
        return Err(fail(
            "progenitor's `send` no longer decodes its success body as the type its signature \
             names (`ResponseValue::from_response(response).await`): a copy could not answer \
             with the summary page",
        ));
    }
    let mut method = send.clone();
    method.sig.ident = format_ident!("send_summary");
    let page_name =
        type_parts_of_tokens(&op.page).ok_or_else(|| fail("the success type is not a path"))?;
    let mut rename = RenameType {
        from: format_ident!("{}", page_name),
        to: format_ident!("{}", summary_page),
        count: 0,
    };
    syn::visit_mut::visit_return_type_mut(&mut rename, &mut method.sig.output);
    if rename.count != 1 {
        return Err(fail("`send` does not name its success type once"));
    }
    let doc = format!(
        "Sends the request like `send()`, decoding the page as a \
         [`{summary_page}`](super::types::{summary_page}): the items' summary properties only."
    );
    method.attrs.retain(|attr| !attr.path().is_ident("doc"));
    method.attrs.insert(0, syn::parse_quote!(#[doc = #doc]));
    Ok(quote! {
        impl<'a> #builder<'a> {
            #method
        }
    })
}

/// The last segment of a type written as tokens (`types::TrunkPage` → `TrunkPage`).
fn type_parts_of_tokens(tokens: &TokenStream) -> Option<String> {
    let ty: syn::Type = syn::parse2(tokens.clone()).ok()?;
    type_parts(&ty).map(|(name, _)| name)
}

/// `Client::{name}()` for a paged list `list_{name}` without required parameters: the list's
/// `stream()`, so `client.trunks().page_size(50).max_items(120)` reads like the other SDKs'
/// `list(limit=…, page_size=…)`. Lists with a required parameter (a parent id) and lists not
/// named `list_…` get none (`client.list_x().parent(id).stream()` reads them). A shortcut whose
/// name progenitor already uses for an operation fails generation.
fn list_shortcut(
    file: &syn::File,
    paging: &PagingExtension,
    op: &OperationCode,
    item: &TokenStream,
) -> Result<Option<TokenStream>, String> {
    let id = &paging.operation_id;
    let Some(name) = id.strip_prefix("list_") else {
        return Ok(None);
    };
    let builder = &op.builder;
    let builders = module_ref(&file.items, "builder")
        .ok_or_else(|| format!("{id}: progenitor's output has no `builder` module"))?;
    let new = builder_method(builders, &builder.to_string(), "new")
        .ok_or_else(|| format!("{id}: progenitor's output has no `builder::{builder}::new`"))?;
    // progenitor starts a required parameter as `Err("… was not initialized")`.
    if new
        .block
        .to_token_stream()
        .to_string()
        .contains("was not initialized")
    {
        return Ok(None);
    }
    let taken = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Impl(imp) if imp.trait_.is_none() => Some(imp),
            _ => None,
        })
        .filter(|imp| imp.self_ty.to_token_stream().to_string() == "Client")
        .flat_map(|imp| &imp.items)
        .any(|item| matches!(item, syn::ImplItem::Fn(method) if method.sig.ident == name));
    if taken {
        return Err(format!(
            "{id}: the list shortcut `Client::{name}` would shadow the operation `{name}`"
        ));
    }
    let method = format_ident!("{}", name);
    let list = format_ident!("{}", id);
    let error = &op.error;
    let max = paging.max_page_size;
    let doc = format!(
        "Every item of [`Client::{id}`] as a stream, pages fetched as it is polled: \
         `.page_size(n)` sets the items per request (1–{max}, default {max}), `.max_items(n)` the \
         most items read (no page after the one holding the last is fetched). The same as \
         `self.{id}().stream()`; set the list's filters on that builder."
    );
    Ok(Some(quote! {
        #[doc = #doc]
        pub fn #method(&self) -> ::trunkline_core::paging::Paged<'_, #item, #error> {
            self.#list().stream()
        }
    }))
}

// ---------------------------------------------------------------------------------------------
// Typed builders.

/// Rewrites the setters of optional and `NonZero` fields in `types::builder`; returns how many.
fn rewrite_typed_setters(file: &mut syn::File) -> Result<usize, String> {
    let types =
        module_items(&mut file.items, "types").ok_or("progenitor's output has no `types`")?;
    let Some(builders) = module_items(types, "builder") else {
        return Ok(0);
    };
    let mut rewritten = 0;
    for item in builders.iter_mut() {
        let syn::Item::Impl(imp) = item else {
            continue;
        };
        if imp.trait_.is_some() {
            continue;
        }
        let owner = imp.self_ty.to_token_stream().to_string();
        for member in &mut imp.items {
            let syn::ImplItem::Fn(method) = member else {
                continue;
            };
            let Some(target) = try_into_target(&method.sig) else {
                continue;
            };
            let Some((outer, _)) = type_parts(&target) else {
                continue;
            };
            if outer != "Option" && !outer.starts_with("NonZero") {
                continue;
            }
            let name = method.sig.ident.clone();
            let message = syn::LitStr::new(
                &format!("error converting supplied value for {name}: {{e}}"),
                Span::call_site(),
            );
            let expected = quote! {
                pub fn #name<T>(mut self, value: T) -> Self
                where
                    T: ::std::convert::TryInto<#target>,
                    T::Error: ::std::fmt::Display,
                {
                    self.#name = value.try_into().map_err(|e| format!(#message));
                    self
                }
            };
            if method.to_token_stream().to_string() != expected.to_string() {
                return Err(format!(
                    "types::builder::{owner}::{name}: typify's setter is not the shape the \
                     generator rewrites (`value.try_into().map_err(…)`): update glue.rs for \
                     this typify version"
                ));
            }
            *method = syn::parse2(quote! {
                pub fn #name<T>(mut self, value: T) -> Self
                where
                    T: ::trunkline_core::IntoField<#target>,
                {
                    self.#name = ::trunkline_core::IntoField::into_field(value)
                        .map_err(|e| format!(#message));
                    self
                }
            })
            .map_err(|err| format!("rewritten setter does not parse: {err}"))?;
            rewritten += 1;
        }
    }
    Ok(rewritten)
}

/// `trunkline_core::NullableField` for every newtype typify made of a nullable schema
/// (`#[serde(transparent)] pub struct X(pub Option<Inner>)` with `From<Option<Inner>>`), so the
/// setters of `Option<X>` fields also take the plain value (`.sip_subdomain("pbx")`).
/// Marks every `DateTime<Utc>` field of the decoded types (plain or `Option`) to be read by
/// `trunkline_core::datetime`, which gives chrono's results with a fast path for the common
/// RFC 3339 shape (chrono's own `Deserialize` interprets a format string per timestamp). The
/// field types stay `chrono::DateTime<Utc>`; serialization is untouched.
fn fast_timestamps(file: &mut syn::File) -> Result<(), String> {
    let utc = "::chrono::DateTime<::chrono::offset::Utc>";
    let optional = "::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>";
    let types =
        module_items(&mut file.items, "types").ok_or("progenitor's output has no `types`")?;
    for item in types.iter_mut() {
        let syn::Item::Struct(item) = item else {
            continue;
        };
        let derives_deserialize = item.attrs.iter().any(|attr| {
            attr.path().is_ident("derive")
                && attr.to_token_stream().to_string().contains("Deserialize")
        });
        let syn::Fields::Named(fields) = &mut item.fields else {
            continue;
        };
        if !derives_deserialize {
            continue;
        }
        for field in fields.named.iter_mut() {
            let ty = field.ty.to_token_stream().to_string().replace(' ', "");
            let attr: syn::Attribute = if ty == utc {
                syn::parse_quote!(
                    #[serde(deserialize_with = "::trunkline_core::datetime::deserialize_utc")]
                )
            } else if ty == optional {
                syn::parse_quote!(#[serde(
                    default,
                    deserialize_with = "::trunkline_core::datetime::deserialize_optional_utc"
                )])
            } else {
                continue;
            };
            let name = field
                .ident
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default();
            let taken = field.attrs.iter().any(|a| {
                let text = a.to_token_stream().to_string();
                a.path().is_ident("serde") && (text.contains("with") || text.contains("flatten"))
            });
            if taken {
                return Err(format!(
                    "types::{}::{name}: typify already chose how to decode this timestamp: \
                     update glue.rs for this typify version",
                    item.ident
                ));
            }
            field.attrs.push(attr);
        }
    }
    Ok(())
}

fn nullable_fields(file: &syn::File) -> Result<TokenStream, String> {
    let types = module_ref(&file.items, "types").ok_or("progenitor's output has no `types`")?;
    let from_impls: BTreeSet<String> = types
        .iter()
        .filter_map(|item| match item {
            syn::Item::Impl(imp) => imp.trait_.as_ref().map(|(path, _)| {
                format!(
                    "{} for {}",
                    path.to_token_stream(),
                    imp.self_ty.to_token_stream()
                )
                .replace(' ', "")
            }),
            _ => None,
        })
        .collect();
    let mut out = TokenStream::new();
    for item in types {
        let syn::Item::Struct(item) = item else {
            continue;
        };
        let transparent = item.attrs.iter().any(|attr| {
            attr.path().is_ident("serde")
                && attr.to_token_stream().to_string().contains("transparent")
        });
        let syn::Fields::Unnamed(fields) = &item.fields else {
            continue;
        };
        let [field] = fields.unnamed.iter().collect::<Vec<_>>()[..] else {
            continue;
        };
        let Some((outer, args)) = type_parts(&field.ty) else {
            continue;
        };
        if !transparent || outer != "Option" || args.len() != 1 {
            continue;
        }
        let (name, inner) = (&item.ident, args[0]);
        let from = format!(
            "{} for {name}",
            quote!(::std::convert::From<::std::option::Option<#inner>>)
        );
        if !from_impls.contains(&from.replace(' ', "")) {
            return Err(format!(
                "types::{name}: typify's nullable newtype has no `{from}`: update glue.rs for \
                 this typify version"
            ));
        }
        let primitive = matches!(
            inner.to_token_stream().to_string().as_str(),
            "bool" | "f32" | "f64" | "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64"
        );
        let inner = if primitive {
            inner.to_token_stream()
        } else {
            from_root(inner)
        };
        out.extend(quote! {
            impl ::trunkline_core::NullableField for types::#name {
                type Inner = #inner;
            }
        });
    }
    Ok(out)
}

/// `X` of a setter bounded by `T: ::std::convert::TryInto<X>`.
fn try_into_target(sig: &syn::Signature) -> Option<syn::Type> {
    let clause = sig.generics.where_clause.as_ref()?;
    clause.predicates.iter().find_map(|predicate| {
        let syn::WherePredicate::Type(predicate) = predicate else {
            return None;
        };
        if predicate.bounded_ty.to_token_stream().to_string() != "T" {
            return None;
        }
        predicate.bounds.iter().find_map(|bound| {
            let syn::TypeParamBound::Trait(bound) = bound else {
                return None;
            };
            let last = bound.path.segments.last()?;
            if last.ident != "TryInto" {
                return None;
            }
            let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                return None;
            };
            match args.args.first()? {
                syn::GenericArgument::Type(ty) => syn::parse2(ty.to_token_stream()).ok(),
                _ => None,
            }
        })
    })
}
