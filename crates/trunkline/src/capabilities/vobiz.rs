//! Vobiz's rules: what it cannot do and why, and the typed rules the engine checks before
//! sending (the adapter, `crate::vobiz`, holds its field mapping and primitives).
use super::*;
use crate::Operation;
use crate::model::{Direction, Vendor};

const VENDOR: Vendor = Vendor::Vobiz;
const NO_DETACH: &str = "Vobiz documents no way to clear a trunk's credential, IP ACL or \
                         origination URI; attach a different one instead, or delete the trunk";

/// Vobiz's capabilities.
pub(crate) const CAPABILITIES: Capabilities = Capabilities {
    vendor: VENDOR,
    unsupported: &[
        Unsupported::new(
            &[Operation::RenameCredentialList],
            "Vobiz credentials have no name",
        ),
        Unsupported::new(
            &[Operation::AddCredential, Operation::RemoveCredential],
            "a Vobiz credential holds exactly one username; create or delete credential lists \
             instead",
        ),
        Unsupported::new(
            &[Operation::AddIpEntry, Operation::RemoveIpEntry],
            "a Vobiz IP ACL entry is one address or CIDR range; create or delete lists instead",
        ),
        Unsupported::new(Operation::DETACHES, NO_DETACH),
        Unsupported::new(
            &[Operation::ListPhoneNumbers],
            "Vobiz's trunk API cannot list the numbers assigned to a trunk",
        ),
    ],
    trunk: TrunkRules {
        directions: &[Direction::Inbound, Direction::Outbound],
        always_two_way: false,
        name: TextRule::at_most(255).required(),
        enabled: Setting::Settable,
        secure: Setting::fixed(
            false,
            "TLS/SRTP (`secure`) cannot be set through Vobiz's trunk API",
        ),
        max_concurrent_calls: Setting::Settable,
        sip_domain: Setting::unsupported(
            "Vobiz assigns the trunk domain (<trunk_id>.sip.vobiz.ai)",
        ),
        sip_domain_suffix: None,
        credential_lists: AttachRule::fields(1, &[]).any_direction(),
        ip_access_lists: AttachRule::fields(1, &[]).any_direction(),
        origination_uris: AttachRule::fields(2, &[]).any_direction(),
        inbound_requires_origination_uri: false,
        outbound_requires_auth: false,
        server_side_filters: false,
        delete_cascades: true,
        credentials_exclusive: false,
        outbound_reads_as_both: false,
        delete_releases_numbers: false,
    },
    credential_list: CredentialListRules {
        named: false,
        name: TextRule::ANY,
        max_credentials: Some(1),
        username: TextRule::at_most(64).alphanumeric_and("_-."),
        password: PasswordRule::at_least(8),
    },
    ip_access_list: IpAccessListRules {
        name: TextRule::ANY,
        min_entries: 1,
        max_entries: Some(1),
        ipv4_only: true,
        addresses_only: false,
    },
    origination_uri: OriginationUriRules {
        sip_uri: SipUriRule::SIP,
        named: true,
        sip_uri_update: Setting::unsupported(
            "a Vobiz origination URI's SIP URI cannot change after creation; create a new one",
        ),
        name: TextRule::ANY,
        priority: Setting::Settable,
        weight: Setting::unsupported("Vobiz fixes an origination URI's weight at 10"),
        enabled: Setting::unsupported("Vobiz origination URIs have no enabled switch"),
        created_under_trunk: false,
    },
    phone_number: PhoneNumberRules::E164,
    call: CallRules::BY_DAY,
};
