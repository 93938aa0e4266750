//! Field mapping every adapter needs the same way: vendor numbers, durations, addresses and
//! one-credential lists into the neutral model, and back.

use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::model::*;
use crate::{Error, Result};

/// An optional setting of a generated request builder, whose setters take the value itself:
/// `request.maybe(filter.to_number.clone(), |r, to| r.to_number(to))` sets it when there is one.
pub(crate) trait Maybe: Sized {
    /// `set(self, value)` if there is a value, else `self`.
    fn maybe<V>(self, value: Option<V>, set: impl FnOnce(Self, V) -> Self) -> Self {
        match value {
            Some(value) => set(self, value),
            None => self,
        }
    }
}

impl<T> Maybe for T {}

/// Items per request: the caller's page size within the vendor's limits, or the vendor's
/// largest page.
pub(crate) fn page_size(requested: Option<u32>, max: u64) -> u64 {
    requested.map_or(max, |size| u64::from(size).clamp(1, max))
}

/// A response without a field trunkline needs.
pub(crate) fn missing(vendor: Vendor, field: &str) -> Error {
    Error::decode(vendor, "", format!("the response has no `{field}`"))
}

/// Seconds as a vendor sends them (negative or absent: unknown).
pub(crate) fn seconds(value: Option<i64>) -> Option<Duration> {
    value
        .and_then(|v| u64::try_from(v).ok())
        .map(Duration::from_secs)
}

/// Seconds as a vendor sends them in a loosely typed field: a number or a numeric string.
pub(crate) fn json_seconds(value: Option<&serde_json::Value>) -> Option<Duration> {
    let value = value?;
    seconds(
        value
            .as_i64()
            .or_else(|| value.as_str()?.trim().parse().ok()),
    )
}

/// A call direction as vendors spell it in text (`inbound`, `outbound`); any other: unknown.
pub(crate) fn call_direction(text: Option<&str>) -> Option<CallDirection> {
    match text? {
        "inbound" => Some(CallDirection::Inbound),
        "outbound" => Some(CallDirection::Outbound),
        _ => None,
    }
}

/// A small vendor number (a limit, a priority) that fits, or unknown.
pub(crate) fn small<T: TryFrom<i64>>(value: Option<i64>) -> Option<T> {
    value.and_then(|v| T::try_from(v).ok())
}

/// A network as vendors that take "an address or a CIDR range" want it: hosts as plain
/// addresses (`10.0.0.1`), ranges with their prefix (`10.0.0.0/24`).
pub(crate) fn address_or_range(network: &IpNet) -> String {
    if network.prefix_len() == network.max_prefix_len() {
        network.addr().to_string()
    } else {
        network.to_string()
    }
}

/// A network the vendor reported; `Decode` naming `what` if it is none.
pub(crate) fn network(vendor: Vendor, address: &str, what: &str) -> Result<IpNet> {
    parse_network(address)
        .map_err(|reason| Error::decode(vendor, address, format!("{what}: {reason}")))
}

/// A vendor credential presented as a list of exactly that credential (list id = its id).
pub(crate) fn one_credential_list(
    id: String,
    username: String,
    name: Option<String>,
) -> CredentialList {
    let mut list = CredentialList::new(id.clone(), vec![Credential::new(id, username)]);
    list.name = name;
    list
}

/// An RFC 3339 time a vendor sent in `field` (blank or absent: unknown); `Decode` if it is not
/// one.
pub(crate) fn rfc3339(
    vendor: Vendor,
    field: &str,
    value: Option<&str>,
) -> Result<Option<DateTime<Utc>>> {
    let Some(text) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    DateTime::parse_from_rfc3339(text)
        .map(|t| Some(t.with_timezone(&Utc)))
        .map_err(|err| Error::decode(vendor, text, format!("`{field}` is not RFC 3339: {err}")))
}

/// The host and port of `sip:host[:port][;params]`, for vendors whose targets are a host and a
/// port; a user part has nowhere to go and is `InvalidRequest` naming `field`.
pub(crate) fn host_port(vendor: Vendor, field: &str, uri: &str) -> Result<(String, Option<u16>)> {
    let rest = uri.trim();
    let rest = rest.strip_prefix("sip:").unwrap_or(rest);
    let rest = rest.split(';').next().unwrap_or_default();
    if rest.contains('@') {
        let reason = format!("{uri:?}: the target is a host and port, a user part cannot be kept");
        return Err(Error::invalid(vendor, field, reason));
    }
    let Some((host, port)) = rest.rsplit_once(':') else {
        return Ok((rest.to_owned(), None));
    };
    match port.parse::<u16>() {
        Ok(port) if port > 0 => Ok((host.to_owned(), Some(port))),
        _ => Err(Error::invalid(vendor, field, format!("{uri:?}: bad port"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_sent_as_plain_addresses() {
        assert_eq!(
            address_or_range(&"10.0.0.1/32".parse().unwrap()),
            "10.0.0.1"
        );
        assert_eq!(
            address_or_range(&"10.0.0.0/24".parse().unwrap()),
            "10.0.0.0/24"
        );
        assert_eq!(
            address_or_range(&"2001:db8::1/128".parse().unwrap()),
            "2001:db8::1"
        );
    }

    #[test]
    fn vendor_numbers_that_do_not_fit_are_unknown() {
        assert_eq!(seconds(Some(-1)), None);
        assert_eq!(seconds(Some(61)), Some(Duration::from_secs(61)));
        assert_eq!(small::<u16>(Some(70_000)), None);
        assert_eq!(small::<u32>(Some(10)), Some(10));
        let json = |v| json_seconds(Some(&v)).map(|d| d.as_secs());
        assert_eq!(json(serde_json::json!(61)), Some(61));
        assert_eq!(json(serde_json::json!(" 7")), Some(7));
        assert_eq!(json(serde_json::json!("x")), None);
    }

    #[test]
    fn sip_uris_become_a_host_and_port() {
        let (vendor, field) = (Vendor::Telnyx, "sip_uri");
        let target = |uri| host_port(vendor, field, uri);
        assert_eq!(
            target("sip:pbx.example.com:5070").unwrap(),
            ("pbx.example.com".into(), Some(5070))
        );
        assert_eq!(
            target("sip:203.0.113.7;transport=tcp").unwrap(),
            ("203.0.113.7".into(), None)
        );
        assert!(target("sip:alice@pbx.example.com").is_err());
        assert!(target("sip:pbx.example.com:0").is_err());
    }

    #[test]
    fn times_are_rfc3339() {
        let t = rfc3339(Vendor::Vobiz, "start_time", Some("2026-03-25T10:00:01Z")).unwrap();
        assert_eq!(t.unwrap().to_rfc3339(), "2026-03-25T10:00:01+00:00");
        assert!(rfc3339(Vendor::Vobiz, "start_time", Some("25/03/2026")).is_err());
        assert_eq!(
            rfc3339(Vendor::Vobiz, "start_time", Some(" ")).unwrap(),
            None
        );
    }
}
