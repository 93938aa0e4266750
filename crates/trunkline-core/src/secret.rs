//! [`SecretString`]: a string whose value never reaches `Debug`, `Display` or logs.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A secret (auth token, API secret, SIP password) that never shows its value in `Debug` or
/// `Display` output, so it cannot leak through logs, panics or error messages.
///
/// It serializes transparently (the real value goes on the wire), because request bodies carry
/// SIP passwords. Read the value only where it is needed with [`SecretString::expose`].
///
/// ```
/// use trunkline_core::SecretString;
///
/// let token = SecretString::from("s3cr3t-token");
/// assert_eq!(format!("{token:?}"), "SecretString(<redacted>)");
/// assert_eq!(token.to_string(), "<redacted>");
/// assert_eq!(token.expose(), "s3cr3t-token");
/// ```
#[derive(Clone, PartialEq, Eq, Default)]
pub struct SecretString(Box<str>);

impl SecretString {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into().into_boxed_str())
    }

    /// The secret value itself. Call this only to put it on the wire.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether the secret is the empty string.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretString(<redacted>)")
    }
}

impl fmt::Display for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl From<String> for SecretString {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl From<&str> for SecretString {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl From<&String> for SecretString {
    fn from(value: &String) -> Self {
        Self::new(value.as_str())
    }
}

impl Serialize for SecretString {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SecretString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_hide_the_value() {
        let secret = SecretString::from("hunter2-very-secret");
        let shown = format!("{secret:?} {secret} {secret:#?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        let wrapped = Some(secret.clone());
        assert!(!format!("{wrapped:?}").contains("hunter2"));
    }

    #[test]
    fn serializes_the_real_value() {
        let secret = SecretString::from("p@ss word");
        assert_eq!(serde_json::to_string(&secret).unwrap(), "\"p@ss word\"");
        let back: SecretString = serde_json::from_str("\"p@ss word\"").unwrap();
        assert_eq!(back.expose(), "p@ss word");
    }
}
