//! Plivo's rules: what it cannot do and why, and the typed rules the engine checks before
//! sending (the adapter, `crate::plivo`, holds its field mapping and primitives).
use super::*;
use crate::Operation;
use crate::model::{Direction, Vendor};

const VENDOR: Vendor = Vendor::Plivo;
const NO_DETACH: &str = "Zentrunk's API documents no way to clear a trunk's credential, IP ACL or \
                         fallback URI; attach a different one instead, or delete the trunk";
const NUMBERS: &[Operation] = &[
    Operation::ListPhoneNumbers,
    Operation::AttachPhoneNumber,
    Operation::DetachPhoneNumber,
];
const NO_NUMBERS: &str = "phone numbers are pointed at inbound trunks through Plivo's Number API, \
                          not the Zentrunk API";

/// Plivo's capabilities.
pub(crate) const CAPABILITIES: Capabilities = Capabilities {
    vendor: VENDOR,
    unsupported: &[
        Unsupported::new(
            &[Operation::AddCredential, Operation::RemoveCredential],
            "a Plivo credential holds exactly one username; create or delete credential lists \
             instead",
        ),
        Unsupported::new(Operation::DETACHES, NO_DETACH),
        Unsupported::new(NUMBERS, NO_NUMBERS),
    ],
    trunk: TrunkRules {
        directions: &[Direction::Inbound, Direction::Outbound],
        always_two_way: false,
        name: TextRule::ANY,
        enabled: Setting::Settable,
        secure: Setting::Settable,
        max_concurrent_calls: Setting::unsupported("Zentrunk trunks have no concurrent-call limit"),
        sip_domain: Setting::unsupported(
            "Plivo assigns the trunk domain (<trunk_id>.zt.plivo.com); leave sip_domain unset",
        ),
        sip_domain_suffix: None,
        credential_lists: AttachRule::fields(1, &[Direction::Outbound]),
        ip_access_lists: AttachRule::fields(1, &[Direction::Outbound]),
        origination_uris: AttachRule::fields(2, &[Direction::Inbound]),
        inbound_requires_origination_uri: true,
        outbound_requires_auth: true,
        server_side_filters: true,
        delete_cascades: false,
        credentials_exclusive: false,
        outbound_reads_as_both: false,
        delete_releases_numbers: false,
    },
    credential_list: CredentialListRules {
        named: true,
        name: TextRule::ANY,
        max_credentials: Some(1),
        username: TextRule::ANY,
        password: PasswordRule::at_least(1),
    },
    ip_access_list: IpAccessListRules {
        name: TextRule::ANY,
        min_entries: 1,
        max_entries: None,
        ipv4_only: false,
        addresses_only: false,
    },
    origination_uri: OriginationUriRules {
        sip_uri: SipUriRule::at_most(255),
        named: true,
        sip_uri_update: Setting::Settable,
        name: TextRule::ANY,
        priority: Setting::unsupported(
            "Plivo origination URIs have no priority: the trunk's primary/fallback order is \
             the order",
        ),
        weight: Setting::unsupported("Plivo origination URIs have no weight"),
        enabled: Setting::unsupported("Plivo origination URIs have no enabled switch"),
        created_under_trunk: false,
    },
    phone_number: PhoneNumberRules::ANY,
    call: CallRules::EXACT_SUMMARY_LIST,
};
