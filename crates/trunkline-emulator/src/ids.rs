//! Identifier generators and the vendors' timestamp formats.
//!
//! Ids are random (from `fastrand`), shaped like each vendor's: UUID-v4-shaped strings,
//! Twilio SIDs (two-letter prefix + 32 lowercase hex digits) and Plivo's numeric trunk ids.

use chrono::{DateTime, Utc};

/// A random UUID-v4-shaped string (`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`, lowercase hex).
pub(crate) fn uuid_v4() -> String {
    uuid_from_bits(fastrand::u128(..))
}

/// Formats 128 random bits as a version-4, RFC 4122-variant UUID.
pub(crate) fn uuid_from_bits(bits: u128) -> String {
    let mut bytes = bits.to_be_bytes();
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let mut out = String::with_capacity(36);
    for (i, byte) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        push_hex(&mut out, *byte);
    }
    out
}

fn push_hex(out: &mut String, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(char::from(HEX[usize::from(byte >> 4)]));
    out.push(char::from(HEX[usize::from(byte & 0x0f)]));
}

/// A random Twilio SID: `prefix` followed by 32 lowercase hex digits.
pub(crate) fn twilio_sid(prefix: &str) -> String {
    format!("{prefix}{:032x}", fastrand::u128(..))
}

/// A random Plivo trunk id: a 17-digit numeric string, like `93667062664669661`.
pub(crate) fn plivo_trunk_id() -> String {
    fastrand::u64(10_000_000_000_000_000..100_000_000_000_000_000).to_string()
}

/// Twilio trunking v1 timestamps: ISO-8601 to the second, `2015-01-02T11:23:45Z`.
pub(crate) fn iso_seconds(at: &DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Twilio 2010-04-01 timestamps: RFC 2822, `Wed, 11 Sep 2013 17:51:38 +0000`.
pub(crate) fn rfc2822(at: &DateTime<Utc>) -> String {
    at.format("%a, %d %b %Y %H:%M:%S +0000").to_string()
}

/// Vobiz timestamps: ISO-8601 with microseconds, `2026-05-12T05:11:52.054462Z`.
pub(crate) fn iso_micros(at: &DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// Plivo CDR timestamps: `2024-01-15 14:32:00` (UTC, no `T`, no zone).
pub(crate) fn plivo_cdr_time(at: &DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M:%S").to_string()
}

/// Compares two secrets without an early exit on the first differing byte.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = a.len() ^ b.len();
    for (i, x) in a.iter().enumerate() {
        let y = b.get(i).copied().unwrap_or(0);
        diff |= usize::from(x ^ y);
    }
    diff == 0
}

/// Whether `s` is an E.164 number: `+`, a non-zero digit, then 6 to 14 more digits.
pub(crate) fn is_e164(s: &str) -> bool {
    let Some(digits) = s.strip_prefix('+') else {
        return false;
    };
    (7..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_has_v4_shape() {
        for _ in 0..100 {
            let id = uuid_v4();
            assert_eq!(id.len(), 36);
            let parts: Vec<&str> = id.split('-').collect();
            assert_eq!(
                parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
                [8, 4, 4, 4, 12]
            );
            assert!(parts[2].starts_with('4'));
            assert!(matches!(&parts[3][..1], "8" | "9" | "a" | "b"));
            assert!(id.chars().all(|c| c == '-' || c.is_ascii_hexdigit()));
        }
    }

    #[test]
    fn twilio_sids_are_34_chars() {
        let sid = twilio_sid("TK");
        assert_eq!(sid.len(), 34);
        assert!(sid.starts_with("TK"));
        assert!(sid[2..].chars().all(|c| c.is_ascii_hexdigit()));
    }

    #[test]
    fn plivo_trunk_ids_are_numeric() {
        let id = plivo_trunk_id();
        assert_eq!(id.len(), 17);
        assert!(id.bytes().all(|b| b.is_ascii_digit()));
    }

    #[test]
    fn timestamp_formats() {
        let at = DateTime::parse_from_rfc3339("2013-09-11T17:51:38.054462Z")
            .map(|d| d.with_timezone(&Utc))
            .expect("valid");
        assert_eq!(iso_seconds(&at), "2013-09-11T17:51:38Z");
        assert_eq!(rfc2822(&at), "Wed, 11 Sep 2013 17:51:38 +0000");
        assert_eq!(iso_micros(&at), "2013-09-11T17:51:38.054462Z");
        assert_eq!(plivo_cdr_time(&at), "2013-09-11 17:51:38");
    }

    #[test]
    fn constant_time_eq_matches_eq() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
        assert!(!constant_time_eq(b"", b"a"));
        assert!(constant_time_eq(b"", b""));
    }

    #[test]
    fn e164() {
        assert!(is_e164("+14155550100"));
        assert!(is_e164("+912271264217"));
        assert!(!is_e164("14155550100"));
        assert!(!is_e164("+0123456789"));
        assert!(!is_e164("+1415555010a"));
        assert!(!is_e164("+123"));
    }
}
