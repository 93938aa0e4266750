//! [`OpenEnum`]: a response enum that survives values the vendor adds tomorrow.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string enum from a vendor response that keeps values it does not know instead of failing.
///
/// Vendors add enum values without notice (Twilio's recording modes grew `*-dual` values; Vobiz
/// examples show `trunk_direction: "both"` where the docs list two values). A closed Rust enum
/// would fail the whole response on such a value; every enum in a generated *response* type is
/// therefore an `OpenEnum<T>` around the closed enum `T` used in requests.
///
/// ```
/// use trunkline_core::OpenEnum;
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// enum Direction { Inbound, Outbound }
/// impl std::str::FromStr for Direction {
///     type Err = ();
///     fn from_str(s: &str) -> Result<Self, ()> {
///         match s { "inbound" => Ok(Self::Inbound), "outbound" => Ok(Self::Outbound), _ => Err(()) }
///     }
/// }
/// impl std::fmt::Display for Direction {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
///         f.write_str(match self { Self::Inbound => "inbound", Self::Outbound => "outbound" })
///     }
/// }
///
/// let known: OpenEnum<Direction> = serde_json::from_str("\"inbound\"").unwrap();
/// assert_eq!(known.known(), Some(&Direction::Inbound));
/// let new: OpenEnum<Direction> = serde_json::from_str("\"both\"").unwrap();
/// assert_eq!(new, OpenEnum::Unknown("both".to_string()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), "\"both\"");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OpenEnum<T> {
    /// A value the SDK knows.
    Known(T),
    /// A value the vendor sent that this SDK version does not know, kept verbatim.
    Unknown(String),
}

impl<T> OpenEnum<T> {
    /// The known value, or `None` for a value this SDK version does not know.
    pub fn known(&self) -> Option<&T> {
        match self {
            Self::Known(value) => Some(value),
            Self::Unknown(_) => None,
        }
    }

    /// Whether the value is one this SDK version knows.
    pub fn is_known(&self) -> bool {
        matches!(self, Self::Known(_))
    }

    /// Converts into the known value, or returns the raw string as the error.
    pub fn into_known(self) -> Result<T, String> {
        match self {
            Self::Known(value) => Ok(value),
            Self::Unknown(raw) => Err(raw),
        }
    }
}

impl<T: FromStr> OpenEnum<T> {
    /// Parses a wire value: a known value becomes [`OpenEnum::Known`], anything else is kept.
    pub fn parse(raw: &str) -> Self {
        match T::from_str(raw) {
            Ok(value) => Self::Known(value),
            Err(_) => Self::Unknown(raw.to_owned()),
        }
    }
}

impl<T> From<T> for OpenEnum<T> {
    fn from(value: T) -> Self {
        Self::Known(value)
    }
}

impl<T: fmt::Display> fmt::Display for OpenEnum<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Known(value) => value.fmt(f),
            Self::Unknown(raw) => f.write_str(raw),
        }
    }
}

impl<T: FromStr> FromStr for OpenEnum<T> {
    type Err = std::convert::Infallible;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        Ok(Self::parse(raw))
    }
}

impl<T: fmt::Display> Serialize for OpenEnum<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Known(value) => serializer.collect_str(value),
            Self::Unknown(raw) => serializer.serialize_str(raw),
        }
    }
}

impl<'de, T: FromStr> Deserialize<'de> for OpenEnum<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // A visitor rather than `String::deserialize`: a known value is matched on the
        // borrowed text and allocates nothing; only an unknown one is copied.
        deserializer.deserialize_str(OpenEnumVisitor(std::marker::PhantomData))
    }
}

struct OpenEnumVisitor<T>(std::marker::PhantomData<T>);

impl<T: FromStr> serde::de::Visitor<'_> for OpenEnumVisitor<T> {
    type Value = OpenEnum<T>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `String`'s wording, so errors read as before.
        formatter.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, raw: &str) -> Result<Self::Value, E> {
        Ok(OpenEnum::parse(raw))
    }

    fn visit_string<E: serde::de::Error>(self, raw: String) -> Result<Self::Value, E> {
        Ok(match T::from_str(&raw) {
            Ok(value) => OpenEnum::Known(value),
            Err(_) => OpenEnum::Unknown(raw),
        })
    }

    fn visit_bytes<E: serde::de::Error>(self, raw: &[u8]) -> Result<Self::Value, E> {
        match std::str::from_utf8(raw) {
            Ok(raw) => self.visit_str(raw),
            Err(_) => Err(E::invalid_value(serde::de::Unexpected::Bytes(raw), &self)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Status {
        Enabled,
        Disabled,
    }

    impl FromStr for Status {
        type Err = ();
        fn from_str(s: &str) -> Result<Self, ()> {
            match s {
                "enabled" => Ok(Self::Enabled),
                "disabled" => Ok(Self::Disabled),
                _ => Err(()),
            }
        }
    }

    impl fmt::Display for Status {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(match self {
                Self::Enabled => "enabled",
                Self::Disabled => "disabled",
            })
        }
    }

    #[test]
    fn known_and_unknown_values_round_trip() {
        for raw in ["enabled", "disabled", "active", "", "ENABLED"] {
            let json = serde_json::to_string(raw).unwrap();
            let value: OpenEnum<Status> = serde_json::from_str(&json).unwrap();
            assert_eq!(serde_json::to_string(&value).unwrap(), json);
            assert_eq!(value.to_string(), raw);
        }
        assert_eq!(
            OpenEnum::<Status>::parse("enabled"),
            OpenEnum::Known(Status::Enabled)
        );
        assert_eq!(
            OpenEnum::<Status>::parse("ENABLED"),
            OpenEnum::Unknown("ENABLED".into())
        );
    }

    #[test]
    fn non_strings_are_still_errors() {
        assert!(serde_json::from_str::<OpenEnum<Status>>("3").is_err());
        assert!(serde_json::from_str::<OpenEnum<Status>>("null").is_err());
        // Worded as `String`'s error was.
        let err = serde_json::from_str::<OpenEnum<Status>>("3").unwrap_err();
        let string_err = serde_json::from_str::<String>("3").unwrap_err();
        assert_eq!(err.to_string(), string_err.to_string());
    }

    #[test]
    fn every_kind_of_string_input_decodes_alike() {
        let cases = [
            (r#""enabled""#, OpenEnum::Known(Status::Enabled)),
            // Escapes: the text is unescaped into a scratch buffer, then matched.
            (r#""\u0065nabled""#, OpenEnum::Known(Status::Enabled)),
            (r#""dis\u0061bled""#, OpenEnum::Known(Status::Disabled)),
            (r#""active\n""#, OpenEnum::Unknown("active\n".into())),
            (r#""ünknown""#, OpenEnum::Unknown("ünknown".into())),
        ];
        for (json, expected) in cases {
            let from_str: OpenEnum<Status> = serde_json::from_str(json).unwrap();
            let from_reader: OpenEnum<Status> = serde_json::from_reader(json.as_bytes()).unwrap();
            // An owned value hands over its `String`.
            let value: serde_json::Value = serde_json::from_str(json).unwrap();
            let from_value: OpenEnum<Status> = serde_json::from_value(value).unwrap();
            assert_eq!(from_str, expected, "{json}");
            assert_eq!(from_reader, expected, "{json}");
            assert_eq!(from_value, expected, "{json}");
        }
    }
}
