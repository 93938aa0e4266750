//! What a vendor's error body says. The generator implements [`ErrorBody`] for the error schema
//! each spec names in `x-trunkline-client.error`, reading the paths it declares through the
//! generated struct's fields; a caller reads every vendor's errors the same way.

/// The message and the code of a vendor's error body (a 4xx/5xx answer).
///
/// ```
/// use trunkline_core::ErrorBody;
///
/// // `()`: an operation whose errors have no body schema.
/// assert_eq!(().message(), None);
/// assert_eq!(().code(), None);
/// ```
pub trait ErrorBody {
    /// The vendor's human-readable message, if the body has one.
    fn message(&self) -> Option<String>;
    /// The vendor's error code, if the body has one.
    fn code(&self) -> Option<String> {
        None
    }
}

impl ErrorBody for () {
    fn message(&self) -> Option<String> {
        None
    }
}

/// A message from its `parts` (joined by `": "`; absent and empty parts left out) and, where
/// the vendor blames a part of the request other than the whole of it (`/`), that part, as in
/// `Invalid value: must be at most 1000 (at /inbound/channel_limit)`. `None` when no part says
/// anything.
///
/// ```
/// let parts = [Some("Invalid value".to_owned()), None];
/// let at = Some("/inbound/channel_limit".to_owned());
/// let message = trunkline_core::error_message(parts, at);
/// assert_eq!(message.as_deref(), Some("Invalid value (at /inbound/channel_limit)"));
/// assert_eq!(trunkline_core::error_message([None], Some("/".to_owned())), None);
/// ```
pub fn error_message<const N: usize>(
    parts: [Option<String>; N],
    at: Option<String>,
) -> Option<String> {
    let parts: Vec<String> = parts
        .into_iter()
        .flatten()
        .filter(|part| !part.trim().is_empty())
        .collect();
    if parts.is_empty() {
        return None;
    }
    let text = parts.join(": ");
    Some(match at.filter(|at| !at.is_empty() && at != "/") {
        Some(at) => format!("{text} (at {at})"),
        None => text,
    })
}

/// An untyped JSON value of an error body as text: a string as it is, `null` as nothing,
/// anything else as its JSON.
///
/// ```
/// use serde_json::json;
///
/// assert_eq!(trunkline_core::json_text(&json!("10005")).as_deref(), Some("10005"));
/// assert_eq!(trunkline_core::json_text(&json!(10005)).as_deref(), Some("10005"));
/// assert_eq!(trunkline_core::json_text(&json!(null)), None);
/// ```
pub fn json_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Null => None,
        serde_json::Value::String(text) => Some(text.clone()),
        other => Some(other.to_string()),
    }
}
