//! Identifier generators and the vendors' timestamp formats.
//!
//! Ids are random (from `fastrand`), shaped like each vendor's: UUID-v4-shaped strings,
//! Twilio SIDs (two-letter prefix + 32 lowercase hex digits) and Plivo's numeric trunk ids.

use chrono::{DateTime, Datelike, Timelike, Utc};

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

// The timestamp formats below are written digit by digit: they are on the hot path of every
// list response (two per item), where chrono's `format` (a strftime interpreter) cost several
// thousand instructions per call. Years outside 0000–9999 and leap seconds, which chrono
// formats specially, fall back to chrono.

/// The calendar fields of `at`, or `None` when chrono's own formatting must be used.
fn fields(at: &DateTime<Utc>) -> Option<(u32, u32, u32, u32, u32, u32, u32)> {
    let year = u32::try_from(at.year()).ok().filter(|y| *y <= 9999)?;
    let nanos = at.nanosecond();
    if nanos >= 1_000_000_000 {
        return None; // leap second
    }
    Some((
        year,
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second(),
        nanos,
    ))
}

/// Appends `value` as exactly `width` decimal digits (`value` < 10^width).
fn push_digits(out: &mut String, value: u32, width: u32) {
    let mut divisor = 10u32.pow(width.saturating_sub(1));
    while divisor > 0 {
        out.push(char::from(b'0' + ((value / divisor) % 10) as u8));
        divisor /= 10;
    }
}

/// `YYYY-MM-DD{sep}HH:MM:SS`.
fn push_date_time(out: &mut String, f: (u32, u32, u32, u32, u32, u32, u32), sep: char) {
    let (year, month, day, hour, minute, second, _) = f;
    push_digits(out, year, 4);
    out.push('-');
    push_digits(out, month, 2);
    out.push('-');
    push_digits(out, day, 2);
    out.push(sep);
    push_digits(out, hour, 2);
    out.push(':');
    push_digits(out, minute, 2);
    out.push(':');
    push_digits(out, second, 2);
}

/// Twilio trunking v1 timestamps: ISO-8601 to the second, `2015-01-02T11:23:45Z`.
pub(crate) fn iso_seconds(at: &DateTime<Utc>) -> String {
    let Some(f) = fields(at) else {
        return at.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    };
    let mut out = String::with_capacity(20);
    push_date_time(&mut out, f, 'T');
    out.push('Z');
    out
}

/// Twilio 2010-04-01 timestamps: RFC 2822, `Wed, 11 Sep 2013 17:51:38 +0000`.
pub(crate) fn rfc2822(at: &DateTime<Utc>) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let Some((year, month, day, hour, minute, second, _)) = fields(at) else {
        return at.format("%a, %d %b %Y %H:%M:%S +0000").to_string();
    };
    let mut out = String::with_capacity(31);
    out.push_str(DAYS[at.weekday().num_days_from_monday() as usize]);
    out.push_str(", ");
    push_digits(&mut out, day, 2);
    out.push(' ');
    out.push_str(MONTHS[(month - 1) as usize]);
    out.push(' ');
    push_digits(&mut out, year, 4);
    out.push(' ');
    push_digits(&mut out, hour, 2);
    out.push(':');
    push_digits(&mut out, minute, 2);
    out.push(':');
    push_digits(&mut out, second, 2);
    out.push_str(" +0000");
    out
}

/// Vobiz timestamps: ISO-8601 with microseconds, `2026-05-12T05:11:52.054462Z`.
pub(crate) fn iso_micros(at: &DateTime<Utc>) -> String {
    let Some(f) = fields(at) else {
        return at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string();
    };
    let mut out = String::with_capacity(27);
    push_date_time(&mut out, f, 'T');
    out.push('.');
    push_digits(&mut out, f.6 / 1_000, 6);
    out.push('Z');
    out
}

/// Plivo CDR timestamps: `2024-01-15 14:32:00` (UTC, no `T`, no zone).
pub(crate) fn plivo_cdr_time(at: &DateTime<Utc>) -> String {
    let Some(f) = fields(at) else {
        return at.format("%Y-%m-%d %H:%M:%S").to_string();
    };
    let mut out = String::with_capacity(19);
    push_date_time(&mut out, f, ' ');
    out
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
    fn fast_timestamps_match_chrono() {
        // Every weekday and month, single- and double-digit fields, sub-microsecond noise,
        // the year-10000 and leap-second fallbacks.
        let mut stamps: Vec<DateTime<Utc>> = (0..400i64)
            .map(|i| {
                DateTime::from_timestamp(
                    i * 7_919_993 + 86_399,
                    (i as u32 * 7_654_321) % 1_000_000_000,
                )
                .expect("in range")
            })
            .collect();
        stamps.push(DateTime::from_timestamp(253_402_300_800, 5).expect("year 10000"));
        stamps.push(DateTime::from_timestamp(1_483_228_799, 1_500_000_000).expect("leap second"));
        stamps.push(DateTime::from_timestamp(0, 0).expect("epoch"));
        for at in &stamps {
            assert_eq!(iso_seconds(at), at.format("%Y-%m-%dT%H:%M:%SZ").to_string());
            assert_eq!(
                rfc2822(at),
                at.format("%a, %d %b %Y %H:%M:%S +0000").to_string()
            );
            assert_eq!(
                iso_micros(at),
                at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
            );
            assert_eq!(
                plivo_cdr_time(at),
                at.format("%Y-%m-%d %H:%M:%S").to_string()
            );
        }
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
