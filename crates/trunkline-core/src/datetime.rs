//! Decoding RFC 3339 timestamps quickly, with exactly chrono's results.
//!
//! The generated types keep `chrono::DateTime<Utc>` for every `format: date-time` field; the
//! generator marks those fields `#[serde(deserialize_with = …)]` with the functions here.
//! chrono's own `Deserialize` runs its general format interpreter for every timestamp (about
//! 1,700 instructions each, an eighth of the client's work per listed Twilio trunk, which
//! carries two). The common shape, `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, is read here
//! digit by digit; anything else (lowercase `t` or `z`, a space for `T`, a leap second, more
//! than nine fraction digits, an invalid date) goes to chrono's parser, so the value or the
//! error is always the one chrono's `Deserialize` gives.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta, Utc};
use serde::Deserializer;
use serde::de::{self, Visitor};

/// Parses an RFC 3339 timestamp as chrono's `Deserialize for DateTime<Utc>` does (its
/// `FromStr for DateTime<FixedOffset>`, then UTC), taking a fast path for the common shape.
///
/// ```
/// use trunkline_core::datetime::parse_utc;
///
/// let parsed = parse_utc("2015-01-02T11:23:45.5+01:00").unwrap();
/// assert_eq!(parsed.to_rfc3339(), "2015-01-02T10:23:45.500+00:00");
/// assert!(parse_utc("2015-02-30T00:00:00Z").is_err());
/// ```
pub fn parse_utc(text: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    match fast(text.as_bytes()) {
        Some(parsed) => Ok(parsed),
        None => text
            .parse::<DateTime<FixedOffset>>()
            .map(|parsed| parsed.with_timezone(&Utc)),
    }
}

/// A `deserialize_with` function for a required `DateTime<Utc>` field.
pub fn deserialize_utc<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<DateTime<Utc>, D::Error> {
    deserializer.deserialize_str(TimestampVisitor)
}

/// A `deserialize_with` function for an optional `DateTime<Utc>` field (`null`: `None`); the
/// field also needs `#[serde(default)]`, so that an absent one is `None` too.
pub fn deserialize_optional_utc<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    deserializer.deserialize_option(OptionalTimestampVisitor)
}

struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        // chrono's wording, so errors read as before.
        formatter.write_str("an RFC 3339 formatted date and time string")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        parse_utc(value).map_err(E::custom)
    }
}

struct OptionalTimestampVisitor;

impl<'de> Visitor<'de> for OptionalTimestampVisitor {
    type Value = Option<DateTime<Utc>>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("an RFC 3339 formatted date and time string or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserialize_utc(deserializer).map(Some)
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|±HH:MM)`, or `None` for anything else (chrono decides).
fn fast(b: &[u8]) -> Option<DateTime<Utc>> {
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let year = digits(&b[0..4])?;
    let (month, day) = (digits(&b[5..7])?, digits(&b[8..10])?);
    let (hour, minute, second) = (
        digits(&b[11..13])?,
        digits(&b[14..16])?,
        digits(&b[17..19])?,
    );
    let mut rest = &b[19..];
    let mut nanos = 0;
    if let [b'.', fraction @ ..] = rest {
        let len = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if len == 0 || len > 9 {
            return None;
        }
        nanos = digits(&fraction[..len])? * 10u32.pow(9 - len as u32);
        rest = &fraction[len..];
    }
    let offset_seconds = match rest {
        [b'Z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let (hours, minutes) = (digits(&[*h1, *h2])?, digits(&[*m1, *m2])?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let seconds = i64::from(hours * 3600 + minutes * 60);
            if *sign == b'-' { -seconds } else { seconds }
        }
        _ => return None,
    };
    // A leap second (60) and every out-of-range field go to chrono.
    if second > 59 {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    let local = date.and_hms_nano_opt(hour, minute, second, nanos)?;
    let utc = local.checked_sub_signed(TimeDelta::seconds(offset_seconds))?;
    Some(DateTime::from_naive_utc_and_offset(utc, Utc))
}

/// ASCII decimal digits as a number (at most nine, so it fits).
fn digits(text: &[u8]) -> Option<u32> {
    text.iter().try_fold(0u32, |n, c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chrono_parse(text: &str) -> Result<DateTime<Utc>, String> {
        text.parse::<DateTime<FixedOffset>>()
            .map(|parsed| parsed.with_timezone(&Utc))
            .map_err(|err| err.to_string())
    }

    #[test]
    fn the_common_shapes_take_the_fast_path_and_agree_with_chrono() {
        for text in [
            "2015-01-02T11:23:45Z",
            "2015-01-02T11:23:45.1Z",
            "2015-01-02T11:23:45.123456789Z",
            "2024-02-29T23:59:59+05:30",
            "2024-03-01T00:00:00-23:59",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999+00:00",
            "1970-01-01T00:00:00-00:00",
        ] {
            let fast = fast(text.as_bytes()).unwrap_or_else(|| panic!("{text}: no fast path"));
            assert_eq!(Ok(fast), chrono_parse(text), "{text}");
        }
    }

    #[test]
    fn every_other_shape_is_chronos_to_decide() {
        for text in [
            "2015-01-02t11:23:45Z",
            "2015-01-02 11:23:45Z",
            "2015-01-02T11:23:45z",
            "2015-01-02T23:59:60Z",
            "2015-02-29T00:00:00Z",
            "2015-13-01T00:00:00Z",
            "2015-01-02T24:00:00Z",
            "2015-01-02T11:23:45.1234567891Z",
            "2015-01-02T11:23:45.Z",
            "2015-01-02T11:23:45+24:00",
            "2015-01-02T11:23:45+0100",
            "2015-01-02T11:23:45",
            "Thu, 30 Jul 2015 20:00:00 +0000",
            "",
            "2015-01-02T11:23:45Z ",
        ] {
            assert_eq!(fast(text.as_bytes()), None, "{text}");
            assert_eq!(
                parse_utc(text).map_err(|err| err.to_string()),
                chrono_parse(text),
                "{text}"
            );
        }
    }

    /// Timestamps built from random fields, and random one-byte mutations of them: wherever
    /// the fast path answers, chrono answers the same.
    #[test]
    fn random_timestamps_and_their_mutations_agree_with_chrono() {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |below: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % below
        };
        let mut fast_hits = 0;
        for _ in 0..20_000 {
            let fraction = match next(3) {
                0 => String::new(),
                _ => format!(".{:09}", next(1_000_000_000))[..2 + next(9) as usize].to_owned(),
            };
            let offset = match next(3) {
                0 => "Z".to_owned(),
                _ => format!(
                    "{}{:02}:{:02}",
                    ["+", "-"][next(2) as usize],
                    next(26),
                    next(62)
                ),
            };
            let mut text = format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{fraction}{offset}",
                next(10_000),
                next(14),
                next(33),
                next(26),
                next(62),
                next(62)
            )
            .into_bytes();
            if next(4) == 0 {
                let at = next(text.len() as u64) as usize;
                text[at] = b" 0123456789-+:.TtZz"[next(19) as usize];
            }
            let text = String::from_utf8(text).expect("ASCII");
            if let Some(fast) = fast(text.as_bytes()) {
                fast_hits += 1;
                assert_eq!(Ok(fast), chrono_parse(&text), "{text}");
            }
            assert_eq!(
                parse_utc(&text).map_err(|err| err.to_string()),
                chrono_parse(&text),
                "{text}"
            );
        }
        assert!(fast_hits > 1_000, "only {fast_hits} took the fast path");
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Record {
        #[serde(deserialize_with = "deserialize_utc")]
        required: DateTime<Utc>,
        #[serde(default, deserialize_with = "deserialize_optional_utc")]
        optional: Option<DateTime<Utc>>,
    }

    #[test]
    fn fields_decode_as_with_chronos_deserialize() {
        let at = chrono_parse("2015-01-02T11:23:45Z").expect("valid");
        let record: Record =
            serde_json::from_str(r#"{"required": "2015-01-02T11:23:45Z"}"#).expect("decodes");
        assert_eq!(
            record,
            Record {
                required: at,
                optional: None
            }
        );
        let record: Record =
            serde_json::from_str(r#"{"required": "2015-01-02T12:23:45+01:00", "optional": null}"#)
                .expect("decodes");
        assert_eq!(
            record,
            Record {
                required: at,
                optional: None
            }
        );
        let record: Record = serde_json::from_str(
            r#"{"required": "2015-01-02T11:23:45Z", "optional": "2015-01-02T11:23:45Z"}"#,
        )
        .expect("decodes");
        assert_eq!(record.optional, Some(at));
        let err = serde_json::from_str::<Record>(r#"{"required": "2015-02-30T00:00:00Z"}"#)
            .expect_err("no such date");
        let chrono_err = serde_json::from_str::<DateTime<Utc>>(r#""2015-02-30T00:00:00Z""#)
            .expect_err("no such date");
        assert_eq!(
            err.to_string().split(" at line").next(),
            chrono_err.to_string().split(" at line").next()
        );
        let err = serde_json::from_str::<Record>(r#"{"required": 5}"#).expect_err("a number");
        assert!(err.to_string().contains("RFC 3339"), "{err}");
    }
}
