//! The glue the generator adds to progenitor's output (`xtask::glue`), on `tests/lint/good.yaml`:
//! a spec in the shape Telnyx needs (bearer auth from one credential, an account in the server
//! URL, a list paged by `page[number]`/`page[size]`). The vendor crates compile and test the
//! glue of the real specs; this checks the parts none of them uses and the failure modes.

use std::path::{Path, PathBuf};

use xtask::generate::{GenerateError, GeneratedFile, generate_target};
use xtask::targets::Target;

const TARGET: Target = Target {
    key: "good",
    spec: "specs/good.yaml",
    client_file: "crates/good/src/generated.rs",
    mock_file: "crates/good/src/generated_httpmock.rs",
    module: "crate::generated",
};

fn scratch(name: &str, spec: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!(
        "trunkline-xtask-glue-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("specs")).unwrap();
    std::fs::write(root.join(TARGET.spec), spec).unwrap();
    root
}

fn good() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lint/good.yaml"))
        .unwrap()
}

fn generate(name: &str, spec: &str) -> Result<Vec<GeneratedFile>, GenerateError> {
    let root = scratch(name, spec);
    let outcome = generate_target(&root, &TARGET);
    let _ = std::fs::remove_dir_all(&root);
    outcome
}

/// Code without whitespace and trailing commas, so that checks do not depend on formatting.
fn squeeze(code: &str) -> String {
    let code: String = code.split_whitespace().collect();
    code.replace(",)", ")")
        .replace(",}", "}")
        .replace(",]", "]")
        .replace(",>", ">")
}

fn squeezed(file: &GeneratedFile) -> String {
    squeeze(&file.contents)
}

fn assert_has(code: &str, snippet: &str) {
    let snippet = squeeze(snippet);
    assert!(
        code.contains(&snippet),
        "missing from the generated code: {snippet}"
    );
}

#[test]
fn a_bearer_api_with_page_number_paging() {
    let files = generate("bearer", &good()).unwrap_or_else(|err| panic!("{err}"));
    let client = squeezed(&files[0]);
    for snippet in [
        r#"pub const VENDOR: &str = "example";"#,
        r#"pub const DEFAULT_BASE_URL: &str = "https://api.example.com";"#,
        r#"pub const ENV_AUTH_ID: &str = "EXAMPLE_AUTH_ID";"#,
        r#"pub const ENV_API_KEY: &str = "EXAMPLE_API_KEY";"#,
        r#"pub const ENV_BASE_URL: &str = "EXAMPLE_BASE_URL";"#,
        r#"account_path: "/v1/Account/{auth_id}","#,
        r#"auth: ::trunkline_core::AuthScheme::Bearer { token: "api_key" },"#,
        "pub const MAX_PAGE_SIZE: u64 = 250u64;",
        "::trunkline_core::client_hooks!(Client, OPERATIONS);",
        "pub fn new(auth_id: impl ::std::convert::Into<::std::string::String>, api_key: impl ::std::convert::Into<::trunkline_core::SecretString>) -> Self",
        "pub fn from_credentials(",
        r#"pub const LIST_TRUNKS: &str = "list_trunks";"#,
        "id: operation::LIST_TRUNKS,",
        // `page[number]` and `page[size]` are set through progenitor's setters.
        "::trunkline_core::paging::numbered_pages_with(1u64, page_size, options, move |page, size| { self.clone().page_number(page).page_size(size).send() })",
        "::trunkline_core::paging::Paged::with_options_passed(250u64, move |page_size, options|",
        // The id by which a list recognises an item seen on a recent page.
        "fn item_id(item: &types::Trunk) -> ::std::option::Option<&str> { ::std::option::Option::Some(item).map(|value| &value.trunk_id).map(::std::string::String::as_str) }",
        "impl ::trunkline_core::paging::ListPage for types::TrunkList {",
        "info.total_pages = ::std::option::Option::Some(&self).and_then(|value| value.meta.as_ref()).and_then(|value| value.total_pages.as_ref()).and_then(|value| u64::try_from(*value).ok());",
        "T: ::trunkline_core::IntoField<::std::option::Option<super::TrunkStatus>>,",
    ] {
        assert_has(&client, snippet);
    }
    assert!(
        !client.contains("TryInto<::std::option::Option"),
        "every optional setter takes IntoField"
    );
    // A bearer API with a page-number list is not a link list.
    assert!(!client.contains("LinkedPage"));

    let mock = squeezed(&files[1]);
    assert_has(
        &mock,
        "impl ::trunkline_core::mock::FormBodyExt for operations::UpdateTrunkWhen {",
    );
    assert!(
        !mock.contains("foroperations::CreateTrunkWhen"),
        "JSON bodies get no form matcher"
    );
}

#[test]
fn a_summary_listing_decodes_only_the_declared_properties() {
    let spec = good().replacen(
        "        served_size: meta.page_size\n",
        "        served_size: meta.page_size\n        summary: [trunk_id, created]\n",
        1,
    );
    assert_ne!(spec, good(), "the summary was added to the list");
    let files = generate("summary", &spec).unwrap_or_else(|err| panic!("{err}"));
    let client = squeezed(&files[0]);
    for snippet in [
        "impl ::std::convert::From<Trunk> for TrunkSummary { fn from(value: Trunk) -> Self { Self { trunk_id: value.trunk_id, created: value.created } } }",
        "pub struct TrunkSummaryPage {",
        "impl ::trunkline_core::paging::ListPage for types::TrunkSummaryPage { type Item = types::TrunkSummary;",
        "fn item_id(item: &types::TrunkSummary) -> ::std::option::Option<&str>",
        "pub async fn send_summary(self) -> Result<ResponseValue<types::TrunkSummaryPage>, Error<types::ErrorBody>>",
        "pub fn stream_summary(self) -> ::trunkline_core::paging::Paged<'a, types::TrunkSummary, Error<types::ErrorBody>>",
        "self.clone().page_number(page).page_size(size).send_summary()",
    ] {
        assert_has(&client, snippet);
    }
    // The summary keeps the two properties and nothing else of the item.
    let start = client
        .find(&squeeze("pub struct TrunkSummary {"))
        .expect("the summary struct");
    let body = &client[start..start + client[start..].find('}').unwrap()];
    assert!(
        body.contains("pubtrunk_id:") && body.contains("pubcreated:"),
        "{body}"
    );
    assert!(
        !body.contains("pubname:") && !body.contains("pubstatus:"),
        "{body}"
    );
    // Its page holds summaries.
    let start = client
        .find(&squeeze("pub struct TrunkSummaryPage {"))
        .unwrap();
    let page = &client[start..start + client[start..].find('}').unwrap()];
    assert!(page.contains("::std::vec::Vec<TrunkSummary>"), "{page}");
    assert!(!page.contains("Vec<Trunk>"), "{page}");
}

#[test]
fn a_spec_without_x_trunkline_client_is_refused() {
    let spec = good();
    let start = spec.find("x-trunkline-client:").unwrap();
    let end = start + spec[start..].find("\npaths:").unwrap() + 1;
    let without = format!("{}{}", &spec[..start], &spec[end..]);
    let err = generate("no-client", &without).unwrap_err().to_string();
    assert_eq!(
        err,
        "specs/good.yaml: the spec has no `x-trunkline-client`: declare how a client is built \
         (vendor, credentials, auth, base_url_env; specs/README.md, convention 13)"
    );
}

#[test]
fn extension_problems_stop_generation_with_the_lint_lines() {
    let spec = good().replace("scheme: bearer", "scheme: digest");
    let err = generate("bad-client", &spec).unwrap_err().to_string();
    assert_eq!(
        err,
        "specs/good.yaml: x-trunkline-client.auth.scheme: unknown scheme `digest`: use `basic` \
         (HTTP Basic), `headers` (one header per credential) or `bearer` (`Authorization: Bearer`)"
    );
}
