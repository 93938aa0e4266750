//! `cargo xtask generate [--check] [VENDOR...]`: lint each spec, prepare it, run progenitor,
//! format the output deterministically, and write (or, with `--check`, compare) the files.
//!
//! Formatting is `prettyplease`, pure Rust and independent of the toolchain's rustfmt, so
//! `--check` is byte-exact on any machine. Vendor crates mount the files with
//! `#[rustfmt::skip]` so `cargo fmt` leaves them alone.

use std::fmt;
use std::path::{Path, PathBuf};

use proc_macro2::{Literal, TokenStream};
use progenitor_impl::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use quote::{format_ident, quote};

use crate::glue;
use crate::lint::{self, Problem};
use crate::prepare::{self, Example, OperationRow, Prepared};
use crate::targets::Target;

/// A file the generator produces: where it goes and what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the workspace root.
    pub path: PathBuf,
    /// Full contents, header included.
    pub contents: String,
}

/// Why generation failed.
#[derive(Debug)]
pub enum GenerateError {
    /// The spec cannot be read.
    Read(String, std::io::Error),
    /// The spec breaks the rules of specs/README.md.
    Lint(Vec<Problem>),
    /// The spec passed the lint but could not be prepared or generated.
    Generate(String, String),
}

impl fmt::Display for GenerateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Read(file, err) => write!(f, "{file}: cannot read: {err}"),
            Self::Lint(problems) => {
                for (i, problem) in problems.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{problem}")?;
                }
                Ok(())
            }
            Self::Generate(file, message) => write!(f, "{file}: {message}"),
        }
    }
}

/// Generates the files of one target from the spec on disk under `root`.
pub fn generate_target(root: &Path, target: &Target) -> Result<Vec<GeneratedFile>, GenerateError> {
    let spec_path = root.join(target.spec);
    let text = std::fs::read_to_string(&spec_path)
        .map_err(|err| GenerateError::Read(target.spec.to_owned(), err))?;
    let document =
        lint::parse_spec(target.spec, &text).map_err(|p| GenerateError::Lint(vec![p]))?;
    let problems = lint::lint_document(target.spec, &document);
    if !problems.is_empty() {
        return Err(GenerateError::Lint(problems));
    }
    let extensions = lint::read_extensions(target.spec, &document).map_err(GenerateError::Lint)?;
    let fail = |message: String| GenerateError::Generate(target.spec.to_owned(), message);
    let prepared = prepare::prepare(&document, target.module).map_err(fail)?;
    let spec: openapiv3::OpenAPI = serde_json::from_value(prepared.document.clone())
        .map_err(|err| fail(format!("not an OpenAPI 3.0 document: {err}")))?;
    let settings = settings(&prepared);

    let client = guard(|| Generator::new(&settings).generate_tokens(&spec))
        .map_err(|err| fail(format!("progenitor: {err}")))?;
    let extras = extras(&prepared.operations, &prepared.examples);
    let mut client_file = parse_file(quote! { #client #extras }).map_err(fail)?;
    glue::client(&mut client_file, &extensions).map_err(fail)?;
    let client_code = use_trunkline_path_encoding(unparse(&client_file)).map_err(fail)?;
    for example in &prepared.examples {
        let declared = [
            format!("pub struct {} ", example.type_name),
            format!("pub struct {}(", example.type_name),
            format!("pub enum {} ", example.type_name),
        ];
        if !declared.iter().any(|decl| client_code.contains(decl)) {
            return Err(fail(format!(
                "{}: no generated type named {} to decode the example into",
                example.location, example.type_name
            )));
        }
    }

    let mock = guard(|| Generator::new(&settings).httpmock(&spec, target.module))
        .map_err(|err| fail(format!("progenitor (httpmock): {err}")))?;
    let mut mock_file = parse_file(mock).map_err(fail)?;
    glue::mock(&mut mock_file, &document).map_err(fail)?;
    let mock_code = unparse(&mock_file);

    Ok(vec![
        GeneratedFile {
            path: PathBuf::from(target.client_file),
            contents: with_header(target, "the client", &client_code),
        },
        GeneratedFile {
            path: PathBuf::from(target.mock_file),
            contents: with_header(target, "typed httpmock mocks", &mock_code),
        },
    ])
}

fn settings(prepared: &Prepared) -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote!(::trunkline_core::Runtime));
    for (component, rust_type) in &prepared.replacements {
        settings.with_replacement(component, rust_type, std::iter::empty());
    }
    settings
}

/// Runs progenitor, turning a panic inside it into an error: a spec that slips past the lint
/// must still produce a message, not a backtrace.
fn guard<T>(
    run: impl FnOnce() -> progenitor_impl::Result<T> + std::panic::UnwindSafe,
) -> Result<T, String> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let outcome = std::panic::catch_unwind(run);
    std::panic::set_hook(previous);
    match outcome {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(err)) => Err(err.to_string()),
        Err(panic) => Err(format!(
            "panicked: {} (a progenitor limit the lint does not know yet)",
            panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("unknown panic")
        )),
    }
}

/// The `operation` constants, the `OPERATIONS` table and the example-decoding tests, appended
/// to the client module.
fn extras(operations: &[OperationRow], examples: &[Example]) -> TokenStream {
    let constants = operations.iter().map(|op| {
        let constant = format_ident!("{}", op.id.to_ascii_uppercase());
        let id = &op.id;
        let doc = match &op.summary {
            Some(summary) => format!("`{} {}`: {summary}.", op.method, op.path),
            None => format!("`{} {}`.", op.method, op.path),
        };
        quote! {
            #[doc = #doc]
            pub const #constant: &str = #id;
        }
    });
    let rows = operations.iter().map(|op| {
        let constant = format_ident!("{}", op.id.to_ascii_uppercase());
        let (method, path, idempotent) = (&op.method, &op.path, op.idempotent);
        quote! {
            ::trunkline_core::Operation { id: operation::#constant, method: #method, path: #path, idempotent: #idempotent }
        }
    });
    let mut used = std::collections::BTreeSet::new();
    let tests = examples.iter().map(|example| {
        let mut name = test_name(&example.location);
        while !used.insert(name.clone()) {
            name.push('_');
        }
        let name = format_ident!("{}", name);
        let ty = format_ident!("{}", example.type_name);
        let location = &example.location;
        let json = Literal::string(&example.json);
        quote! {
            #[test]
            fn #name() {
                decode::<types::#ty>(#location, #json);
            }
        }
    });
    let examples_module = (!examples.is_empty()).then(|| {
        quote! {
            /// Every example embedded in the spec, decoded into its generated type.
            #[cfg(test)]
            mod spec_examples {
                use super::types;

                fn decode<T: ::serde::de::DeserializeOwned>(location: &str, json: &str) {
                    if let Err(err) = ::serde_json::from_str::<T>(json) {
                        panic!("the spec example at {location} does not decode into its type: {err}\n{json}");
                    }
                }

                #(#tests)*
            }
        }
    });
    quote! {
        /// The `operationId` of every operation of this API, one constant each (`LIST_TRUNKS`
        /// is `"list_trunks"`): name operations through these, never as string literals.
        pub mod operation {
            #(#constants)*
        }

        /// Every operation of this API, from the spec, with the retry class the
        /// `exec` hook reads: `idempotent: false` marks operations that create something.
        pub const OPERATIONS: &[::trunkline_core::Operation] = &[#(#rows),*];

        #examples_module
    }
}

fn test_name(location: &str) -> String {
    let mut name = String::from("example_");
    let mut last_underscore = true;
    for c in location.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_lowercase());
            last_underscore = false;
        } else if !last_underscore {
            name.push('_');
            last_underscore = true;
        }
    }
    name.trim_end_matches('_').to_owned()
}

fn parse_file(tokens: TokenStream) -> Result<syn::File, String> {
    syn::parse2(tokens)
        .map_err(|err| format!("progenitor produced code that does not parse: {err}"))
}

fn unparse(file: &syn::File) -> String {
    // progenitor's usage snippets are fragments (`client.get_trunk()…`), fenced as `ignore`.
    // Fence them as `text`: they are documentation, not tests that are skipped.
    prettyplease::unparse(file).replace("```ignore", "```text")
}

/// progenitor's `encode_path` leaves `\` unencoded, and URL parsing reads it as `/`: an id
/// like `x\..\other` would address another resource. Make the client module encode path
/// parameters with `trunkline_core::encode_path_param` instead.
fn use_trunkline_path_encoding(code: String) -> Result<String, String> {
    const PROGENITOR: &str =
        "use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};";
    const TRUNKLINE: &str = "use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt};\n\
         #[allow(unused_imports)]\n\
         use ::trunkline_core::encode_path_param as encode_path;";
    match code.matches(PROGENITOR).count() {
        1 => Ok(code.replacen(PROGENITOR, TRUNKLINE, 1)),
        n => Err(format!(
            "expected progenitor's `encode_path` import once in the client, found it {n} times: \
             the generator must be updated for this progenitor version"
        )),
    }
}

fn with_header(target: &Target, what: &str, code: &str) -> String {
    format!(
        "// @generated {what} of {spec}, by `cargo xtask generate {key}`.\n\
         // Do not edit: change the spec or the xtask, then regenerate.\n\
         // `cargo xtask generate --check` (and `cargo test -p xtask`) fail when this file is stale.\n\n\
         {code}",
        spec = target.spec,
        key = target.key,
    )
}

/// Outcome of comparing generated output with the files on disk.
#[derive(Debug, Default)]
pub struct CheckReport {
    /// Files whose contents on disk differ from what the specs produce (or are missing).
    pub stale: Vec<PathBuf>,
    /// Files written (generate mode only).
    pub written: Vec<PathBuf>,
    /// Files already up to date.
    pub fresh: Vec<PathBuf>,
}

/// Generates every target; writes changed files, or only compares when `check` is set.
pub fn run(root: &Path, targets: &[Target], check: bool) -> Result<CheckReport, GenerateError> {
    let mut report = CheckReport::default();
    for target in targets {
        for file in generate_target(root, target)? {
            let path = root.join(&file.path);
            let current = std::fs::read_to_string(&path).ok();
            if current.as_deref() == Some(file.contents.as_str()) {
                report.fresh.push(file.path);
            } else if check {
                report.stale.push(file.path);
            } else {
                std::fs::write(&path, &file.contents).map_err(|err| {
                    GenerateError::Generate(
                        file.path.display().to_string(),
                        format!("cannot write: {err}"),
                    )
                })?;
                report.written.push(file.path);
            }
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_names_are_identifiers() {
        assert_eq!(
            test_name("list_trunks.responses.200.application/json.example"),
            "example_list_trunks_responses_200_application_json_example"
        );
        assert_eq!(
            test_name("components.schemas.Trunk.example"),
            "example_components_schemas_trunk_example"
        );
    }
}
