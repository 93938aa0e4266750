//! Twilio's rules: what it cannot do and why, and the typed rules the engine checks before
//! sending (the adapter, `crate::twilio`, holds its field mapping and primitives).
use super::*;
use crate::Operation;
use crate::model::{Direction, Vendor};

const VENDOR: Vendor = Vendor::Twilio;

/// Twilio's capabilities.
pub(crate) const CAPABILITIES: Capabilities = Capabilities {
    vendor: VENDOR,
    unsupported: &[
        Unsupported::new(
            &[
                Operation::AttachOriginationUri,
                Operation::DetachOriginationUri,
            ],
            "a Twilio origination URL exists only on its trunk: create it there \
             (create_origination_uri with `trunk`), delete it to detach it",
        ),
        Unsupported::new(
            &[Operation::ListCalls, Operation::GetCall],
            "Twilio's trunking API has no call records (they are in Twilio's Voice API)",
        ),
    ],
    trunk: TrunkRules {
        directions: &[Direction::Inbound, Direction::Outbound, Direction::Both],
        always_two_way: true,
        name: TextRule::at_most(64),
        enabled: Setting::fixed(true, "Twilio trunks have no enabled switch"),
        secure: Setting::Settable,
        max_concurrent_calls: Setting::unsupported("Twilio trunks have no concurrent-call limit"),
        sip_domain: Setting::Settable,
        sip_domain_suffix: Some("pstn.twilio.com"),
        credential_lists: AttachRule::ASSOCIATION,
        ip_access_lists: AttachRule::ASSOCIATION,
        origination_uris: AttachRule::OWNED,
        inbound_requires_origination_uri: false,
        outbound_requires_auth: false,
        server_side_filters: false,
        delete_cascades: false,
        credentials_exclusive: false,
        outbound_reads_as_both: false,
        delete_releases_numbers: false,
    },
    credential_list: CredentialListRules {
        named: true,
        name: TextRule::at_most(64),
        max_credentials: None,
        username: TextRule::at_most(32),
        password: PasswordRule::at_least(12).mixed(),
    },
    ip_access_list: IpAccessListRules {
        name: TextRule::at_most(255),
        min_entries: 0,
        max_entries: None,
        ipv4_only: true,
        addresses_only: false,
    },
    origination_uri: OriginationUriRules {
        sip_uri: SipUriRule::SIP,
        named: true,
        sip_uri_update: Setting::Settable,
        name: TextRule::at_most(64),
        priority: Setting::Settable,
        weight: Setting::Settable,
        enabled: Setting::Settable,
        created_under_trunk: true,
    },
    phone_number: PhoneNumberRules {
        format: NumberFormat::Sid { prefix: "PN" },
    },
    call: CallRules::EXACT,
};
