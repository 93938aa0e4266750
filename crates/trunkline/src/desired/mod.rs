//! Desired state across carriers: documents that list, per carrier account, the trunks it
//! should have; their validation and JSON Schema; `plan`, `apply` and `export`.
//! Behind the `desired` cargo feature (it adds `serde-saphyr` and `schemars`).
//!
//! A document is stateless, as `kubectl apply` is: the carrier is the state, the trunk names in
//! the document are the keys, and each carrier entry's `owns` pattern says which names it
//! manages; nothing outside it is ever changed or deleted.
//!
//! ```
//! use trunkline::desired::{self, Format};
//!
//! let text = r#"
//! carriers:
//!   - vendor: twilio
//!     owns: "acme-*"
//!     trunks:
//!       - name: acme-out
//!         direction: outbound
//!         credentials: [{ username: acme01, password_env: ACME01_SIP_PASSWORD }]
//!         networks: [203.0.113.7/32, 198.51.100.0/24]
//! "#;
//! let document = desired::Document::parse(text, Format::Yaml).unwrap();
//! assert_eq!(document.desired().carriers[0].trunks[0].networks.len(), 2);
//!
//! // Every problem at once, each with its place in the file.
//! let bad = "carriers:\n  - vendor: plivo\n    owns: \"acme-*\"\n    trunks:\n      - name: other\n        direction: sideways\n";
//! let err = desired::Document::parse(bad, Format::Yaml).unwrap_err();
//! assert_eq!(err.problems()[0].path, "carriers[0].trunks[0].direction");
//! assert_eq!(err.problems()[0].at.map(|at| at.line), Some(6));
//! ```
//!
//! See the crate README ("Desired state") for every key and the `trunkline` CLI.

mod document;
mod export;
mod owns;
mod plan;
mod resolve;
mod schema;
mod source;
mod validate;

use std::fmt;
use std::path::Path as FsPath;

pub use document::{
    Carrier, CarrierEnv, Desired, DesiredCredential, DesiredDirection, DesiredOriginationUri,
    DesiredTrunk, VendorName,
};
pub use export::{ExportOptions, export, export_carrier, password_env_name};
pub use owns::Pattern;
pub use plan::{
    Action, ApplyOptions, ApplyReport, CarrierPlan, Counts, OnDone, Plan, PlanOptions, TrunkChange,
    TrunkOutcome, apply, plan,
};
pub use resolve::{Accounts, EnvSource, RedactedMap, Resolved, ResolvedCarrier};
pub use schema::{SCHEMA_ID, SCHEMA_PATH, schema, schema_json};
pub use source::{Format, MAX_DOCUMENT_BYTES, Position};

use crate::Capabilities;

/// One problem found in a document: where it is and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Problem {
    /// Where in the document, as a path: `carriers[0].trunks[2].networks[1]` (empty: the whole
    /// document).
    pub path: String,
    /// Line and column, where the document was read from text that says.
    pub at: Option<Position>,
    /// What is wrong, naming the vendor and the rule where one applies.
    pub message: String,
}

impl Problem {
    /// A problem at `path`.
    pub fn new(path: &str, at: Option<Position>, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            at,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "document"
        } else {
            &self.path
        };
        match self.at {
            Some(at) => write!(f, "{at}: {path}: {}", self.message),
            None => write!(f, "{path}: {}", self.message),
        }
    }
}

/// A document that cannot be used, with every problem found (nothing was sent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentError {
    file: Option<String>,
    problems: Vec<Problem>,
}

impl DocumentError {
    pub(crate) fn new(file: Option<String>, problems: Vec<Problem>) -> Self {
        Self { file, problems }
    }

    /// Every problem, in document order.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The file it was read from, if any.
    pub fn file(&self) -> Option<&str> {
        self.file.as_deref()
    }

    /// The same error, naming the file it was read from.
    pub fn in_file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        let file = self.file.as_deref().unwrap_or("the document");
        write!(f, "{file}: {n} problem{}", if n == 1 { "" } else { "s" })?;
        for problem in &self.problems {
            match &self.file {
                Some(file) => write!(f, "\n  {file}:{problem}")?,
                None => write!(f, "\n  {problem}")?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for DocumentError {}

/// A document read from text, valid in shape and by every vendor's rules, that remembers where
/// each of its parts was.
#[derive(Clone, Debug)]
pub struct Document {
    desired: Desired,
    index: source::Index,
    file: Option<String>,
}

impl Document {
    /// Reads and validates a document: syntax, unknown keys, wrong types, missing keys,
    /// duplicate names, names outside `owns`, and what each vendor cannot do. Every problem is
    /// reported at once, each with its path and (from text) its line and column.
    pub fn parse(text: &str, format: Format) -> Result<Self, DocumentError> {
        let root = source::parse(text, format)
            .map_err(|err| DocumentError::new(None, vec![Problem::new("", err.at, err.message)]))?;
        let index = source::Index::of(&root);
        let mut problems = Vec::new();
        schema::check(&schema::schema(), &root, &index, &mut problems);
        if !problems.is_empty() {
            return Err(DocumentError::new(None, sorted(problems)));
        }
        let desired: Desired = serde_json::from_value(source::to_json(&root)).map_err(|err| {
            DocumentError::new(None, vec![Problem::new("", None, err.to_string())])
        })?;
        validate::document(&desired, &index, &mut problems);
        if !problems.is_empty() {
            return Err(DocumentError::new(None, sorted(problems)));
        }
        Ok(Self {
            desired,
            index,
            file: None,
        })
    }

    /// Reads and validates a file (`.json`: JSON, anything else: YAML); problems name the file.
    pub fn read(path: impl AsRef<FsPath>) -> Result<Self, DocumentError> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|err| {
            DocumentError::new(
                Some(name.clone()),
                vec![Problem::new("", None, format!("cannot read: {err}"))],
            )
        })?;
        if meta.len() > MAX_DOCUMENT_BYTES as u64 {
            return Err(DocumentError::new(
                Some(name),
                vec![Problem::new(
                    "",
                    None,
                    format!(
                        "the file is {} bytes; at most {MAX_DOCUMENT_BYTES} are read",
                        meta.len()
                    ),
                )],
            ));
        }
        let text = std::fs::read_to_string(path).map_err(|err| {
            DocumentError::new(
                Some(name.clone()),
                vec![Problem::new("", None, format!("cannot read: {err}"))],
            )
        })?;
        let mut document =
            Self::parse(&text, Format::from_path(path)).map_err(|err| err.in_file(&name))?;
        document.file = Some(name);
        Ok(document)
    }

    /// A document built in code, validated by the same rules (problems have paths, no lines).
    pub fn from_desired(desired: Desired) -> Result<Self, DocumentError> {
        let index = source::Index::default();
        let mut problems = Vec::new();
        validate::document(&desired, &index, &mut problems);
        if !problems.is_empty() {
            return Err(DocumentError::new(None, problems));
        }
        Ok(Self {
            desired,
            index,
            file: None,
        })
    }

    /// The document's content.
    pub fn desired(&self) -> &Desired {
        &self.desired
    }

    /// The file it was read from.
    pub fn file(&self) -> Option<&str> {
        self.file.as_deref()
    }

    /// A problem at `path`, located where the document says.
    pub(crate) fn problem(&self, path: &str, message: impl Into<String>) -> Problem {
        Problem::new(path, self.index.value(path), message)
    }

    pub(crate) fn error(&self, problems: Vec<Problem>) -> DocumentError {
        DocumentError::new(self.file.clone(), sorted(problems))
    }
}

fn sorted(mut problems: Vec<Problem>) -> Vec<Problem> {
    problems.sort_by(|a, b| {
        (a.at.is_none(), a.at, &a.path)
            .cmp(&(b.at.is_none(), b.at, &b.path))
            .then_with(|| a.message.cmp(&b.message))
    });
    problems.dedup();
    problems
}

/// The rules of `vendor`, where this build has its provider.
pub(crate) fn capabilities_of(vendor: VendorName) -> Option<Capabilities> {
    use crate::engine::Adapter;
    #[allow(unreachable_patterns)]
    match vendor.vendor()? {
        #[cfg(feature = "plivo")]
        crate::Vendor::Plivo => Some(<crate::PlivoProvider as Adapter>::CAPABILITIES),
        #[cfg(feature = "twilio")]
        crate::Vendor::Twilio => Some(<crate::TwilioProvider as Adapter>::CAPABILITIES),
        #[cfg(feature = "vobiz")]
        crate::Vendor::Vobiz => Some(<crate::VobizProvider as Adapter>::CAPABILITIES),
        #[cfg(feature = "telnyx")]
        crate::Vendor::Telnyx => Some(<crate::TelnyxProvider as Adapter>::CAPABILITIES),
        _ => None,
    }
}

/// Why `vendor` has no provider in this build.
pub(crate) fn unsupported_vendor_reason(vendor: VendorName) -> String {
    match vendor.vendor() {
        None => format!(
            "this release of trunkline has no {vendor} provider; supported: plivo, twilio, \
             vobiz, telnyx"
        ),
        Some(_) => format!(
            "trunkline was built without its `{vendor}` cargo feature; enable it in Cargo.toml"
        ),
    }
}
