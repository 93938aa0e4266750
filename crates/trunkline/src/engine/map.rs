//! Field mapping every adapter needs the same way: vendor numbers, durations, addresses and
//! one-credential lists into the neutral model, and back.

use std::time::Duration;

use crate::model::*;
use crate::{Error, Result};

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
    }
}
