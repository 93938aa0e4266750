//! Link paging for both Twilio APIs, built once on [`trunkline_core::paging`]:
//! [`Client::paginate`] turns the first-page future of any list operation into a stream of
//! items; [`ListPage`] says where a page's items and next link are.

use std::fmt;
use std::future::Future;

use futures::future::Either;
use futures::{Stream, StreamExt as _, stream};
use progenitor_client::{ClientInfo as _, ResponseValue};
use serde::de::DeserializeOwned;
use trunkline_core::paging::{self, Page, PagingError};
use trunkline_core::{Operation, Runtime};

use crate::{Client, SipError, TrunkingError, sip, trunking};

/// One page of a Twilio list response: its items, the link to the next page and its own link.
///
/// Implemented for the page type of each of the nine list operations (five in [`trunking`],
/// four in [`sip`]); sealed, because [`Client::paginate`] must know which API a page belongs
/// to in order to follow its links.
pub trait ListPage: DeserializeOwned + sealed::Sealed {
    /// The item type (`Trunk`, `CredentialList`, …).
    type Item;
    /// The error body of the API the page comes from.
    type ErrorBody: DeserializeOwned + fmt::Debug + 'static;

    /// The list operation that returns this page (used in logs and retry decisions for the
    /// requests that follow next links).
    const OPERATION_ID: &'static str;

    /// The vendor's link to the next page (`meta.next_page_url`, absolute, in trunking v1;
    /// `next_page_uri`, root-relative, in 2010-04-01), `None` on the last page.
    fn next_link(&self) -> Option<&str>;

    /// The vendor's link to this page (`meta.url` / `uri`), if it sent one.
    fn self_link(&self) -> Option<&str>;

    /// The page's items, in order.
    fn into_items(self) -> Vec<Self::Item>;
}

pub(crate) mod sealed {
    /// What [`super::Client::paginate`] needs to follow a page's links: which generated client
    /// (HTTP client, runtime, base URL, operations) and which path prefix Twilio's links carry.
    pub trait Sealed {
        #[doc(hidden)]
        fn api(client: &crate::Client) -> super::Api<'_>;
    }
}

/// One generated client as the pager sees it.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct Api<'a> {
    http: &'a reqwest::Client,
    runtime: &'a Runtime,
    base_url: &'a str,
    /// `base_url`, parsed when the client was built (`None` if it does not parse, in which
    /// case following a link reports that).
    base: Option<&'a reqwest::Url>,
    /// The path every link of this API starts with, which the configured base URL stands for:
    /// `""` for trunking v1 (links are `https://trunking.twilio.com/v1/…`),
    /// `/2010-04-01/Accounts/{AccountSid}` for the SIP lists.
    link_prefix: &'a str,
    operations: &'static [Operation],
}

impl Api<'_> {
    fn trunking(client: &Client) -> Api<'_> {
        Api {
            http: client.trunking().client(),
            runtime: client.trunking().inner(),
            base_url: client.trunking().baseurl(),
            base: client.parsed_bases().trunking.as_ref(),
            link_prefix: "",
            operations: trunking::OPERATIONS,
        }
    }

    fn sip(client: &Client) -> Api<'_> {
        Api {
            http: client.sip().client(),
            runtime: client.sip().inner(),
            base_url: client.sip().baseurl(),
            base: client.parsed_bases().sip.as_ref(),
            link_prefix: client.sip_link_prefix(),
            operations: sip::OPERATIONS,
        }
    }

    /// Resolves a vendor link against the configured base URL: the link's origin is always
    /// replaced (see [`trunkline_core::paging::rebase_next_link`]); when its path starts with
    /// this API's `link_prefix`, that prefix is replaced by the base URL too, so a proxy path
    /// prefix or an [`api_base_url`](crate::ClientBuilder::api_base_url) mock server keeps
    /// receiving the following pages.
    fn resolve(&self, link: &str) -> Result<String, paging::BadNextLink> {
        let rebased = match self.base {
            Some(base) => paging::rebase_next_link_on(link.trim(), base)?,
            None => paging::rebase_next_link(link.trim(), self.base_url)?,
        };
        let under_base = rebased
            .path()
            .strip_prefix(self.link_prefix)
            .filter(|rest| rest.starts_with('/'));
        Ok(match under_base {
            Some(rest) => {
                let mut url = format!("{}{rest}", self.base_url.trim_end_matches('/'));
                if let Some(query) = rebased.query() {
                    url.push('?');
                    url.push_str(query);
                }
                url
            }
            None => rebased.into(),
        })
    }
}

/// The start cursor when the first page does not say its own URL: never equal to a link.
const FIRST_PAGE: &str = "<first page>";

macro_rules! list_pages {
    ($api:ident, $error:ty: $($page:ty => $item:ty, $field:ident, $op:literal;)*) => {$(
        impl sealed::Sealed for $page {
            fn api(client: &Client) -> Api<'_> {
                Api::$api(client)
            }
        }

        impl ListPage for $page {
            type Item = $item;
            type ErrorBody = $error;
            const OPERATION_ID: &'static str = $op;

            fn next_link(&self) -> Option<&str> {
                list_pages!(@next $api, self)
            }

            fn self_link(&self) -> Option<&str> {
                list_pages!(@self $api, self)
            }

            fn into_items(self) -> Vec<$item> {
                self.$field
            }
        }
    )*};
    (@next trunking, $page:expr) => {
        $page.meta.as_ref().and_then(|meta| meta.next_page_url.as_deref())
    };
    (@self trunking, $page:expr) => {
        $page.meta.as_ref().and_then(|meta| meta.url.as_deref())
    };
    (@next sip, $page:expr) => {
        $page.next_page_uri.as_deref()
    };
    (@self sip, $page:expr) => {
        $page.uri.as_deref()
    };
}

list_pages!(trunking, trunking::types::TwilioError:
    trunking::types::TrunkPage => trunking::types::Trunk, trunks, "list_trunks";
    trunking::types::TrunkCredentialListPage => trunking::types::TrunkCredentialList,
        credential_lists, "list_trunk_credential_lists";
    trunking::types::TrunkIpAccessControlListPage => trunking::types::TrunkIpAccessControlList,
        ip_access_control_lists, "list_trunk_ip_access_control_lists";
    trunking::types::OriginationUrlPage => trunking::types::OriginationUrl,
        origination_urls, "list_origination_urls";
    trunking::types::TrunkPhoneNumberPage => trunking::types::TrunkPhoneNumber,
        phone_numbers, "list_trunk_phone_numbers";
);

list_pages!(sip, sip::types::TwilioError:
    sip::types::CredentialListPage => sip::types::CredentialList,
        credential_lists, "list_credential_lists";
    sip::types::CredentialPage => sip::types::Credential, credentials, "list_credentials";
    sip::types::IpAccessControlListPage => sip::types::IpAccessControlList,
        ip_access_control_lists, "list_ip_access_control_lists";
    sip::types::IpAddressPage => sip::types::IpAddress, ip_addresses, "list_ip_addresses";
);

/// The stream item of a paged list whose page type is `P`.
pub type PageItem<P> = Result<
    <P as ListPage>::Item,
    PagingError<progenitor_client::Error<<P as ListPage>::ErrorBody>>,
>;

impl Client {
    /// Streams every item of a Twilio list, starting from the first-page future of its list
    /// operation (any of the nine, with any parameters, e.g. `page_size`) and following the
    /// page's next link until a page has none or is empty.
    ///
    /// Next links are followed against the configured base URL of the page's API (path and
    /// query kept, origin replaced), through the same auth, retry, timeout and tracing hooks
    /// as the operation itself. Pages are fetched lazily as the stream is polled, one page in
    /// memory at a time. The stream ends after the first error: a failed page, a next link
    /// that cannot be followed (`PagingError::Fetch(Error::Custom(…))`), or a next link
    /// pointing back at a page already read (`PagingError::CursorLoop`), which would
    /// otherwise loop forever.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// use trunkline_twilio::{Client, trunking};
    ///
    /// let twilio = Client::from_env()?;
    /// // 200 trunks per request instead of Twilio's default 50:
    /// let trunks: Vec<trunking::types::Trunk> = twilio
    ///     .paginate(twilio.trunking().list_trunks().page_size(200u64).send())
    ///     .try_collect()
    ///     .await?;
    /// // The same helper for any other list, e.g. a credential list's credentials:
    /// let mut credentials = std::pin::pin!(twilio.paginate(
    ///     twilio.sip().list_credentials().credential_list_sid("CL0123").send(),
    /// ));
    /// while let Some(credential) = credentials.try_next().await? {
    ///     println!("{:?}", credential.username);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn paginate<'a, P, F>(&'a self, first_page: F) -> impl Stream<Item = PageItem<P>> + 'a
    where
        P: ListPage + 'a,
        F: Future<Output = Result<ResponseValue<P>, progenitor_client::Error<P::ErrorBody>>> + 'a,
    {
        let api = P::api(self);
        stream::once(async move {
            let first = match first_page.await {
                Ok(page) => page.into_inner(),
                Err(err) => {
                    return Either::Left(stream::iter(vec![Err(PagingError::Fetch(err))]));
                }
            };
            // The first page's own URL is the start cursor, so a next link pointing back at
            // it is recognised as a loop. A single page has no next link to compare, so its
            // own link is not resolved (URL parsing is most of the cost of a small list).
            let has_next = first
                .next_link()
                .is_some_and(|link| !link.trim().is_empty());
            if !has_next {
                // One page: nothing to follow, no cursor bookkeeping.
                return Either::Left(stream::iter(
                    first.into_items().into_iter().map(Ok).collect::<Vec<_>>(),
                ));
            }
            let start = first
                .self_link()
                .filter(|_| has_next)
                .and_then(|link| api.resolve(link).ok())
                .unwrap_or_else(|| FIRST_PAGE.to_owned());
            let mut prefetched = Some(first);
            Either::Right(paging::paginate(start, move |url: String| {
                let prefetched = prefetched.take();
                async move {
                    let page = match prefetched {
                        Some(page) => page,
                        None => api
                            .runtime
                            .get_json::<P, P::ErrorBody>(
                                api.http,
                                &url,
                                P::OPERATION_ID,
                                api.operations,
                            )
                            .await
                            .map_err(PagingError::Fetch)?
                            .into_inner(),
                    };
                    let next = match page.next_link() {
                        Some(link) if !link.trim().is_empty() => {
                            Some(api.resolve(link).map_err(|bad| {
                                PagingError::Fetch(progenitor_client::Error::Custom(format!(
                                    "{} {}: {bad}",
                                    crate::VENDOR,
                                    P::OPERATION_ID
                                )))
                            })?)
                        }
                        _ => None,
                    };
                    Ok(Page::new(page.into_items(), next))
                }
            }))
        })
        .flatten()
    }

    /// Every trunk of the account ([`trunking::Client::list_trunks`], paged).
    pub fn trunks(
        &self,
    ) -> impl Stream<Item = Result<trunking::types::Trunk, PagingError<TrunkingError>>> + '_ {
        self.paginate(self.trunking().list_trunks().send())
    }

    /// Every credential list associated with a trunk
    /// ([`trunking::Client::list_trunk_credential_lists`], paged).
    pub fn trunk_credential_lists<'a>(
        &'a self,
        trunk_sid: &str,
    ) -> impl Stream<Item = Result<trunking::types::TrunkCredentialList, PagingError<TrunkingError>>>
    + use<'a> {
        self.paginate(
            self.trunking()
                .list_trunk_credential_lists()
                .trunk_sid(trunk_sid)
                .send(),
        )
    }

    /// Every IP access control list associated with a trunk
    /// ([`trunking::Client::list_trunk_ip_access_control_lists`], paged).
    pub fn trunk_ip_access_control_lists<'a>(
        &'a self,
        trunk_sid: &str,
    ) -> impl Stream<
        Item = Result<trunking::types::TrunkIpAccessControlList, PagingError<TrunkingError>>,
    > + use<'a> {
        self.paginate(
            self.trunking()
                .list_trunk_ip_access_control_lists()
                .trunk_sid(trunk_sid)
                .send(),
        )
    }

    /// Every origination URL of a trunk ([`trunking::Client::list_origination_urls`], paged).
    pub fn origination_urls<'a>(
        &'a self,
        trunk_sid: &str,
    ) -> impl Stream<Item = Result<trunking::types::OriginationUrl, PagingError<TrunkingError>>> + use<'a>
    {
        self.paginate(
            self.trunking()
                .list_origination_urls()
                .trunk_sid(trunk_sid)
                .send(),
        )
    }

    /// Every phone number associated with a trunk
    /// ([`trunking::Client::list_trunk_phone_numbers`], paged).
    pub fn trunk_phone_numbers<'a>(
        &'a self,
        trunk_sid: &str,
    ) -> impl Stream<Item = Result<trunking::types::TrunkPhoneNumber, PagingError<TrunkingError>>>
    + use<'a> {
        self.paginate(
            self.trunking()
                .list_trunk_phone_numbers()
                .trunk_sid(trunk_sid)
                .send(),
        )
    }

    /// Every SIP credential list of the account ([`sip::Client::list_credential_lists`], paged).
    pub fn credential_lists(
        &self,
    ) -> impl Stream<Item = Result<sip::types::CredentialList, PagingError<SipError>>> + '_ {
        self.paginate(self.sip().list_credential_lists().send())
    }

    /// Every credential of a SIP credential list ([`sip::Client::list_credentials`], paged).
    pub fn credentials<'a>(
        &'a self,
        credential_list_sid: &str,
    ) -> impl Stream<Item = Result<sip::types::Credential, PagingError<SipError>>> + use<'a> {
        self.paginate(
            self.sip()
                .list_credentials()
                .credential_list_sid(credential_list_sid)
                .send(),
        )
    }

    /// Every SIP IP access control list of the account
    /// ([`sip::Client::list_ip_access_control_lists`], paged).
    pub fn ip_access_control_lists(
        &self,
    ) -> impl Stream<Item = Result<sip::types::IpAccessControlList, PagingError<SipError>>> + '_
    {
        self.paginate(self.sip().list_ip_access_control_lists().send())
    }

    /// Every IP address of a SIP IP access control list ([`sip::Client::list_ip_addresses`],
    /// paged).
    pub fn ip_addresses<'a>(
        &'a self,
        ip_access_control_list_sid: &str,
    ) -> impl Stream<Item = Result<sip::types::IpAddress, PagingError<SipError>>> + use<'a> {
        self.paginate(
            self.sip()
                .list_ip_addresses()
                .ip_access_control_list_sid(ip_access_control_list_sid)
                .send(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ClientBuilder;

    const AC: &str = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";

    fn client(builder: ClientBuilder) -> Client {
        builder.build().expect("client")
    }

    #[test]
    fn trunking_links_keep_path_and_query_under_the_configured_base() {
        let link = "https://trunking.twilio.com/v1/Trunks?PageSize=50&Page=1&PageToken=PTabc";
        let twilio = client(ClientBuilder::new(AC, "t"));
        assert_eq!(Api::trunking(&twilio).resolve(link).unwrap(), link);
        let twilio = client(ClientBuilder::new(AC, "t").api_base_url("http://127.0.0.1:4010"));
        assert_eq!(
            Api::trunking(&twilio).resolve(link).unwrap(),
            "http://127.0.0.1:4010/v1/Trunks?PageSize=50&Page=1&PageToken=PTabc"
        );
        let twilio = client(
            ClientBuilder::new(AC, "t")
                .trunking_base_url("https://proxy.example.com/twilio-trunking"),
        );
        assert_eq!(
            Api::trunking(&twilio).resolve(link).unwrap(),
            "https://proxy.example.com/twilio-trunking/v1/Trunks?PageSize=50&Page=1&PageToken=PTabc"
        );
        // Another host in the link never receives the credentials.
        assert_eq!(
            Api::trunking(&twilio)
                .resolve("https://evil.example.com/v1/Trunks?Page=2")
                .unwrap(),
            "https://proxy.example.com/twilio-trunking/v1/Trunks?Page=2"
        );
    }

    #[test]
    fn sip_links_are_relative_to_the_account_base() {
        let link = format!(
            "/2010-04-01/Accounts/{AC}/SIP/CredentialLists.json?PageSize=1&Page=1&PageToken=PA1"
        );
        let twilio = client(ClientBuilder::new(AC, "t"));
        assert_eq!(
            Api::sip(&twilio).resolve(&link).unwrap(),
            format!("https://api.twilio.com{link}")
        );
        let twilio = client(ClientBuilder::new(AC, "t").api_base_url("http://127.0.0.1:4010"));
        assert_eq!(
            Api::sip(&twilio).resolve(&link).unwrap(),
            "http://127.0.0.1:4010/SIP/CredentialLists.json?PageSize=1&Page=1&PageToken=PA1"
        );
        let twilio =
            client(ClientBuilder::new(AC, "t").sip_base_url("https://proxy.example.com/api"));
        assert_eq!(
            Api::sip(&twilio).resolve(&link).unwrap(),
            format!("https://proxy.example.com/api{link}")
        );
        // A link outside this account's prefix keeps its path; only the origin is replaced.
        assert_eq!(
            Api::sip(&twilio)
                .resolve("/2010-04-01/Accounts/ACother/SIP/CredentialLists.json?Page=1")
                .unwrap(),
            "https://proxy.example.com/2010-04-01/Accounts/ACother/SIP/CredentialLists.json?Page=1"
        );
        assert!(
            Api::sip(&twilio)
                .resolve("SIP/CredentialLists.json")
                .is_err()
        );
        assert!(Api::sip(&twilio).resolve("ftp://x/y").is_err());
    }

    #[test]
    fn streams_are_send() {
        fn assert_send<T: Send>(_: &T) {}
        let twilio = client(ClientBuilder::new(AC, "t"));
        assert_send(&twilio.trunks());
        assert_send(&twilio.credentials("CL1"));
        assert_send(
            &twilio.paginate(
                twilio
                    .sip()
                    .list_ip_addresses()
                    .ip_access_control_list_sid("AL1")
                    .send(),
            ),
        );
    }
}
