//! Telnyx's rules: what it cannot do and why, and the typed rules the engine checks before
//! sending (the adapter, `crate::telnyx`, holds its field mapping and primitives).
use super::*;
use crate::Operation;
use crate::model::{Direction, Vendor};

const VENDOR: Vendor = Vendor::Telnyx;

/// Telnyx's capabilities.
pub(crate) const CAPABILITIES: Capabilities = Capabilities {
    vendor: VENDOR,
    unsupported: &[
        Unsupported::new(
            &[Operation::AddCredential, Operation::RemoveCredential],
            "a Telnyx credential connection holds exactly one username; create or delete \
             credential lists instead",
        ),
        Unsupported::new(
            &[
                Operation::AttachCredentialList,
                Operation::DetachCredentialList,
                Operation::AttachIpAccessList,
                Operation::DetachIpAccessList,
            ],
            "a Telnyx connection's credentials or addresses are the connection itself, fixed \
             when it is created: create the trunk with the list attached (the list's \
             connection becomes the trunk)",
        ),
        Unsupported::new(
            &[
                Operation::AttachOriginationUri,
                Operation::DetachOriginationUri,
            ],
            "Telnyx targets are created on their connection (create_origination_uri with \
             `trunk`, filling the primary, secondary and tertiary slots in order) and deleted \
             to detach",
        ),
        Unsupported::new(
            &[Operation::DetachPhoneNumber],
            "Telnyx documents no way to unassign a number from its connection; assign it to \
             another trunk instead",
        ),
        Unsupported::new(
            &[Operation::GetCall],
            "Telnyx detail records have no read by id; use list_calls",
        ),
    ],
    trunk: TrunkRules {
        directions: &[Direction::Inbound, Direction::Outbound, Direction::Both],
        always_two_way: false,
        name: TextRule::ANY.required(),
        enabled: Setting::Settable,
        secure: Setting::Settable,
        max_concurrent_calls: Setting::Settable,
        sip_domain: Setting::unsupported("Telnyx's SIP domain is fixed by region"),
        sip_domain_suffix: None,
        credential_lists: AttachRule::fields(1, &[]).any_direction(),
        ip_access_lists: AttachRule::fields(1, &[]).any_direction(),
        // Created on the trunk, held in its three target slots.
        origination_uris: AttachRule::fields(3, &[]).any_direction(),
        inbound_requires_origination_uri: false,
        outbound_requires_auth: false,
        server_side_filters: false,
        delete_cascades: true,
        credentials_exclusive: true,
        outbound_reads_as_both: true,
        delete_releases_numbers: true,
    },
    credential_list: CredentialListRules {
        named: true,
        name: TextRule::ANY.required(),
        max_credentials: Some(1),
        username: TextRule {
            min_chars: 4,
            ..TextRule::at_most(32).alphanumeric_and("")
        },
        password: PasswordRule::at_least(8),
    },
    ip_access_list: IpAccessListRules {
        name: TextRule::ANY,
        min_entries: 0,
        max_entries: None,
        ipv4_only: true,
        addresses_only: true,
    },
    origination_uri: OriginationUriRules {
        sip_uri: SipUriRule::SIP,
        sip_uri_update: Setting::Settable,
        named: false,
        name: TextRule::ANY,
        priority: Setting::unsupported(
            "a Telnyx connection orders its targets by slot: primary, secondary, tertiary",
        ),
        weight: Setting::unsupported("Telnyx targets have no weight"),
        enabled: Setting::unsupported("Telnyx targets have no enabled switch"),
        created_under_trunk: true,
    },
    phone_number: PhoneNumberRules::E164,
    // Records are filtered by start time: the engine trims to the exact ended range.
    call: CallRules {
        ended_range_needs_both_ends: false,
        ended_range_by_day: true,
        list_has_details: true,
    },
};
