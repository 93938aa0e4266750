//! Paging: turn "fetch one page" into a `futures::Stream` of items.
//!
//! Written once for every vendor: offset/limit pages (Plivo, Vobiz), page-number pages (Vobiz
//! CDRs) and next-link pages (Twilio) are all "a cursor in, a page of items and maybe the next
//! cursor out". The stream ends on a page without a next cursor, on an empty page, and right
//! after the first error; a cursor seen before (a server pointing back at a page already
//! read) is an error instead of an endless loop.
//!
//! On top of [`paginate`], the three styles a spec declares with `x-trunkline-paging` are
//! written here once, and the generator only connects each list operation to one of them:
//! [`offset_pages`], [`numbered_pages`] and [`linked_pages`] stream the items of any generated
//! page type that implements [`ListPage`] (the generated glue says where its items, totals and
//! links are), and [`Paged`] is the stream every generated `stream()` method returns, with a
//! page size and a maximum number of items ([`ListOptions`]).

mod flow;
mod lists;

pub use flow::{DEFAULT_PAGES_IN_FLIGHT, MAX_PAGES_IN_FLIGHT};
pub use lists::{
    LinkedPage, ListOptions, ListPage, PageInfo, PageItem, Paged, linked_pages, next_page_number,
    numbered_pages, numbered_pages_with, offset_pages, offset_pages_with,
};

use std::collections::HashSet;
use std::collections::hash_map::RandomState;
use std::fmt;
use std::future::Future;
use std::hash::{BuildHasher, Hash};
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::Stream;
use url::Url;

/// One page of a list: its items and the cursor of the next page, if there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page<T, C> {
    /// The items of this page, in order.
    pub items: Vec<T>,
    /// Where the next page starts; `None` on the last page.
    pub next: Option<C>,
}

impl<T, C> Page<T, C> {
    /// A page with its items and next cursor.
    pub fn new(items: Vec<T>, next: Option<C>) -> Self {
        Self { items, next }
    }
}

/// A server sent a next-page cursor that was already read: following it would loop forever.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the server's next-page cursor {cursor} points back to a page already read")]
pub struct CursorLoop {
    /// The repeated cursor, as `Debug` text.
    pub cursor: String,
}

/// The error of a paged stream whose fetch function fails with `E`: either that failure, or
/// the server sending a next-page cursor already read. Use it as the `E` of [`paginate`] when
/// the fetch error is a type you cannot add `From<CursorLoop>` to (e.g. a generated client's
/// `progenitor_client::Error`).
#[derive(Debug, thiserror::Error)]
pub enum PagingError<E: std::error::Error + 'static> {
    /// Fetching a page failed.
    #[error(transparent)]
    Fetch(E),
    /// The server's next-page cursor points back to a page already read.
    #[error(transparent)]
    CursorLoop(#[from] CursorLoop),
}

/// Streams every item of a paged list.
///
/// `fetch` gets a cursor and returns one page; it is called lazily, one page at a time, as the
/// stream is polled, so memory stays at one page however long the list.
///
/// ```
/// use futures::{StreamExt, executor::block_on};
/// use trunkline_core::paging::{paginate, Page, CursorLoop};
///
/// #[derive(Debug)]
/// struct Error;
/// impl From<CursorLoop> for Error { fn from(_: CursorLoop) -> Self { Error } }
///
/// let items = (0..45).collect::<Vec<u32>>();
/// let stream = paginate(0usize, |offset| {
///     let items = items.clone();
///     async move {
///         let page: Vec<u32> = items.iter().copied().skip(offset).take(20).collect();
///         let next = (offset + 20 < items.len()).then_some(offset + 20);
///         Ok::<_, Error>(Page::new(page, next))
///     }
/// });
/// let all: Vec<u32> = block_on(stream.map(|item| item.unwrap()).collect());
/// assert_eq!(all, items);
/// ```
pub fn paginate<T, C, E, F, Fut>(start: C, fetch: F) -> impl Stream<Item = Result<T, E>>
where
    C: Hash + Eq + fmt::Debug,
    E: From<CursorLoop>,
    F: FnMut(C) -> Fut,
    Fut: Future<Output = Result<Page<T, C>, E>>,
{
    let hasher = RandomState::new();
    let mut seen = HashSet::new();
    seen.insert(hasher.hash_one(&start));
    Paginated {
        fetch,
        next: Some(start),
        buffer: Vec::new().into_iter(),
        pending_error: None,
        seen,
        hasher,
        fetching: None,
    }
}

/// The stream [`paginate`] returns. Written out rather than built with `stream::unfold`: an
/// unfold moves its whole state, and the future that holds it, for every item; here an item is
/// the next of the page's items, taken from the page as it was decoded (not copied into a
/// buffer), and only the page fetch is a (boxed) future.
struct Paginated<T, C, E, F, Fut> {
    fetch: F,
    next: Option<C>,
    /// The rest of the latest page.
    buffer: std::vec::IntoIter<T>,
    pending_error: Option<E>,
    seen: HashSet<u64>,
    hasher: RandomState,
    /// The page being fetched.
    fetching: Option<Pin<Box<Fut>>>,
}

// Nothing of it is pinned in place (the fetch future is boxed), so it may move.
impl<T, C, E, F, Fut> Unpin for Paginated<T, C, E, F, Fut> {}

impl<T, C, E, F, Fut> Stream for Paginated<T, C, E, F, Fut>
where
    C: Hash + Eq + fmt::Debug,
    E: From<CursorLoop>,
    F: FnMut(C) -> Fut,
    Fut: Future<Output = Result<Page<T, C>, E>>,
{
    type Item = Result<T, E>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.buffer.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            if let Some(err) = this.pending_error.take() {
                return Poll::Ready(Some(Err(err)));
            }
            let fetching = match &mut this.fetching {
                Some(fetching) => fetching,
                None => {
                    let Some(cursor) = this.next.take() else {
                        return Poll::Ready(None);
                    };
                    this.fetching.insert(Box::pin((this.fetch)(cursor)))
                }
            };
            let page = std::task::ready!(fetching.as_mut().poll(cx));
            this.fetching = None;
            match page {
                // `next` stays `None`: the stream ends after the error.
                Err(err) => return Poll::Ready(Some(Err(err))),
                Ok(page) if page.items.is_empty() => return Poll::Ready(None),
                Ok(page) => {
                    this.buffer = page.items.into_iter();
                    if let Some(next) = page.next {
                        // Remember fingerprints, not cursors: 8 bytes a page.
                        if this.seen.insert(this.hasher.hash_one(&next)) {
                            this.next = Some(next);
                        } else {
                            this.pending_error = Some(E::from(CursorLoop {
                                cursor: format!("{next:?}"),
                            }));
                        }
                    }
                }
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let more = self.next.is_some() || self.fetching.is_some();
        let errors = usize::from(self.pending_error.is_some());
        let known = self.buffer.len() + errors;
        (known, (!more).then_some(known))
    }
}

/// The offset of the next page of an offset/limit list, or `None` if `page_len` items at
/// `offset` were the last: an empty page, a short page, or the end of `total` when the vendor
/// reports one.
///
/// ```
/// use trunkline_core::paging::next_offset;
///
/// assert_eq!(next_offset(0, 20, 20, Some(45)), Some(20));
/// assert_eq!(next_offset(40, 20, 5, Some(45)), None);
/// assert_eq!(next_offset(20, 20, 20, Some(40)), None);
/// assert_eq!(next_offset(0, 20, 20, None), Some(20));
/// assert_eq!(next_offset(0, 20, 0, None), None);
/// ```
pub fn next_offset(offset: u64, limit: u64, page_len: usize, total: Option<u64>) -> Option<u64> {
    let page_len = page_len as u64;
    if page_len == 0 || page_len < limit {
        return None;
    }
    let next = offset.checked_add(page_len)?;
    match total {
        Some(total) if next >= total => None,
        _ => Some(next),
    }
}

/// A link-paging error: the vendor's next-page link cannot be followed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("cannot follow the next-page link {link:?}: {reason}")]
pub struct BadNextLink {
    /// The link as the vendor sent it.
    pub link: String,
    /// Why it cannot be followed.
    pub reason: String,
}

/// Resolves a vendor's next-page link (absolute like Twilio v1's `next_page_url`, or
/// root-relative like Twilio 2010's `next_page_uri`) against the client's configured base URL:
/// the link's path and query are kept, its origin replaced by the base's. A client pointed at a
/// test server or a proxy therefore keeps talking to it, and credentials are never sent to a
/// host the caller did not configure.
///
/// ```
/// use trunkline_core::paging::rebase_next_link;
///
/// let next = rebase_next_link(
///     "https://trunking.twilio.com/v1/Trunks?PageSize=50&Page=1&PageToken=PTabc",
///     "http://127.0.0.1:4010",
/// ).unwrap();
/// assert_eq!(next.as_str(), "http://127.0.0.1:4010/v1/Trunks?PageSize=50&Page=1&PageToken=PTabc");
///
/// let next = rebase_next_link("/2010-04-01/Accounts/AC1/SIP/CredentialLists.json?Page=1", "https://api.twilio.com/2010-04-01/Accounts/AC1").unwrap();
/// assert_eq!(next.as_str(), "https://api.twilio.com/2010-04-01/Accounts/AC1/SIP/CredentialLists.json?Page=1");
/// ```
pub fn rebase_next_link(link: &str, base: &str) -> Result<Url, BadNextLink> {
    let base = Url::parse(base).map_err(|e| BadNextLink {
        link: link.to_owned(),
        reason: format!("invalid base URL: {e}"),
    })?;
    rebase_next_link_on(link, &base)
}

/// [`rebase_next_link`] with the base URL already parsed, for pagers that follow many links
/// against the same base (URL parsing is most of the cost of following a link).
///
/// ```
/// use trunkline_core::paging::rebase_next_link_on;
///
/// let base = url::Url::parse("http://127.0.0.1:4010").unwrap();
/// let next = rebase_next_link_on("https://trunking.twilio.com/v1/Trunks?Page=1", &base).unwrap();
/// assert_eq!(next.as_str(), "http://127.0.0.1:4010/v1/Trunks?Page=1");
/// ```
pub fn rebase_next_link_on(link: &str, base: &Url) -> Result<Url, BadNextLink> {
    let bad = |reason: &str| BadNextLink {
        link: link.to_owned(),
        reason: reason.to_owned(),
    };
    let parsed = match Url::parse(link) {
        Ok(absolute) => absolute,
        Err(url::ParseError::RelativeUrlWithoutBase) if link.starts_with('/') => base
            .join(link)
            .map_err(|e| bad(&format!("invalid relative link: {e}")))?,
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            return Err(bad("a relative link must start with '/'"));
        }
        Err(e) => return Err(bad(&e.to_string())),
    };
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(bad("not an http(s) link"));
    }
    let mut rebased = base.clone();
    rebased.set_path(parsed.path());
    rebased.set_query(parsed.query());
    rebased.set_fragment(None);
    Ok(rebased)
}

/// The configured base URL of one API, as next-page links are resolved against it.
///
/// A vendor's link names the vendor's own host and the API's full path (`/v1/Trunks?…`, or
/// `/2010-04-01/Accounts/AC…/SIP/…` for an API whose `servers[0].url` has a path). Resolving
/// keeps the link's path and query and replaces its origin with the configured one, so a proxy
/// or test server keeps receiving every page and credentials never go to a host the caller did
/// not configure. When the link's path starts with the part of the base URL that the API's
/// server path stands for (`server_path`, a template such as `/2010-04-01/Accounts/{AccountSid}`),
/// that part is replaced by the configured base URL as a whole: a proxy path prefix, or an
/// `api_base_url` mock server that serves operation paths directly, keeps working.
///
/// ```
/// use trunkline_core::paging::LinkBase;
///
/// let template = "/2010-04-01/Accounts/{AccountSid}";
/// let link = "/2010-04-01/Accounts/AC1/SIP/CredentialLists.json?Page=1";
/// // The base URL carries the account (the client appended the server path):
/// let base = LinkBase::new("https://proxy.example.com/api/2010-04-01/Accounts/AC1", template);
/// assert_eq!(base.resolve(link).unwrap(), "https://proxy.example.com/api/2010-04-01/Accounts/AC1/SIP/CredentialLists.json?Page=1");
/// // A mock server standing for the whole API:
/// let base = LinkBase::new("http://127.0.0.1:4010", template);
/// assert_eq!(base.resolve(link).unwrap(), "http://127.0.0.1:4010/SIP/CredentialLists.json?Page=1");
/// ```
#[derive(Clone, Debug)]
pub struct LinkBase {
    base_url: String,
    parsed: Result<Url, String>,
    server_path: &'static str,
    /// The exact path the base URL's `server_path` part has (`/2010-04-01/Accounts/AC1`), when
    /// the base URL ends with it; `None` when the base URL stands for the server path as a whole.
    prefix: Option<String>,
}

impl LinkBase {
    /// The base URL of a generated client and the path template of its API's `servers[0].url`.
    pub fn new(base_url: &str, server_path: &'static str) -> Self {
        let base_url = base_url.trim_end_matches('/').to_owned();
        let parsed = Url::parse(&base_url).map_err(|e| format!("invalid base URL: {e}"));
        let prefix = parsed.as_ref().ok().and_then(|url| {
            let path = url.path().trim_end_matches('/');
            let wanted = segments(server_path).count();
            let have: Vec<&str> = segments(path).collect();
            let start = have.len().checked_sub(wanted)?;
            let tail = format!("/{}", have[start..].join("/"));
            let tail = if wanted == 0 { String::new() } else { tail };
            matches_template(&tail, server_path).then_some(tail)
        });
        Self {
            base_url,
            parsed,
            server_path,
            prefix,
        }
    }

    /// Resolves a vendor's next-page link (absolute, or root-relative starting with `/`).
    pub fn resolve(&self, link: &str) -> Result<String, BadNextLink> {
        let link = link.trim();
        let base = self.parsed.as_ref().map_err(|reason| BadNextLink {
            link: link.to_owned(),
            reason: reason.clone(),
        })?;
        let rebased = rebase_next_link_on(link, base)?;
        let path = rebased.path();
        let rest = match &self.prefix {
            Some(prefix) => path.strip_prefix(prefix.as_str()),
            None => strip_template(path, self.server_path),
        }
        .filter(|rest| rest.starts_with('/'));
        Ok(match rest {
            Some(rest) => {
                let mut url = format!("{}{rest}", self.base_url);
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

fn segments(path: &str) -> impl Iterator<Item = &str> {
    path.split('/').filter(|segment| !segment.is_empty())
}

/// Whether `path` is exactly the template, each `{variable}` standing for one segment.
fn matches_template(path: &str, template: &str) -> bool {
    strip_template(path, template) == Some("")
}

/// The rest of `path` after a prefix matching `template` (each `{variable}` one non-empty
/// segment), or `None` if it does not start with one.
fn strip_template<'p>(path: &'p str, template: &str) -> Option<&'p str> {
    let mut rest = path;
    for wanted in segments(template) {
        let after = rest.strip_prefix('/')?;
        let end = after.find('/').unwrap_or(after.len());
        let (segment, tail) = after.split_at(end);
        let variable = wanted.starts_with('{') && wanted.ends_with('}');
        if segment.is_empty() || (!variable && segment != wanted) {
            return None;
        }
        rest = tail;
    }
    Some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::StreamExt;
    use futures::executor::block_on;
    use std::cell::Cell;

    #[derive(Debug, PartialEq)]
    enum TestError {
        Fetch(u32),
        Loop(String),
    }

    impl From<CursorLoop> for TestError {
        fn from(err: CursorLoop) -> Self {
            Self::Loop(err.cursor)
        }
    }

    fn collect<T, E>(stream: impl Stream<Item = Result<T, E>>) -> Vec<Result<T, E>> {
        block_on(stream.collect())
    }

    #[test]
    fn offset_pages_are_fetched_lazily_until_a_short_page() {
        let calls = Cell::new(0);
        let stream = paginate(0u64, |offset| {
            calls.set(calls.get() + 1);
            async move {
                let items: Vec<u64> = (offset..(offset + 10).min(25)).collect();
                let next = next_offset(offset, 10, items.len(), None);
                Ok::<_, TestError>(Page::new(items, next))
            }
        });
        let mut stream = Box::pin(stream);
        assert_eq!(calls.get(), 0, "nothing is fetched before the first poll");
        assert_eq!(block_on(stream.next()), Some(Ok(0)));
        assert_eq!(calls.get(), 1);
        let rest: Vec<_> = block_on(stream.collect::<Vec<_>>());
        assert_eq!(rest.len(), 24);
        assert_eq!(calls.get(), 3);
    }

    #[test]
    fn stops_on_an_empty_page_even_with_a_cursor() {
        let items = collect(paginate(0u32, |page| async move {
            let items = if page < 2 { vec![page] } else { vec![] };
            Ok::<_, TestError>(Page::new(items, Some(page + 1)))
        }));
        assert_eq!(items, vec![Ok(0), Ok(1)]);
    }

    #[test]
    fn stops_after_the_first_error() {
        let calls = Cell::new(0);
        let items = collect(paginate(0u32, |page| {
            calls.set(calls.get() + 1);
            async move {
                if page == 1 {
                    Err(TestError::Fetch(page))
                } else {
                    Ok(Page::new(vec![page], Some(page + 1)))
                }
            }
        }));
        assert_eq!(items, vec![Ok(0), Err(TestError::Fetch(1))]);
        assert_eq!(calls.get(), 2);
    }

    #[test]
    fn a_cursor_pointing_back_is_an_error_not_a_loop() {
        // Page "a" -> "b" -> "a" again.
        let items = collect(paginate("a".to_string(), |cursor| async move {
            let next = if cursor == "a" { "b" } else { "a" };
            Ok::<_, TestError>(Page::new(vec![cursor.clone()], Some(next.to_string())))
        }));
        assert_eq!(
            items,
            vec![
                Ok("a".to_string()),
                Ok("b".to_string()),
                Err(TestError::Loop("\"a\"".to_string()))
            ]
        );
        // A page pointing at itself.
        let items = collect(paginate(7u32, |cursor| async move {
            Ok::<_, TestError>(Page::new(vec![cursor], Some(cursor)))
        }));
        assert_eq!(items, vec![Ok(7), Err(TestError::Loop("7".to_string()))]);
    }

    #[test]
    fn next_offset_rules() {
        assert_eq!(next_offset(0, 20, 20, Some(21)), Some(20));
        assert_eq!(next_offset(0, 20, 19, Some(100)), None);
        assert_eq!(next_offset(u64::MAX - 5, 20, 20, None), None);
    }

    #[test]
    fn rebasing_keeps_path_and_query_only() {
        let url = rebase_next_link(
            "https://evil.example.com:8443/v1/Trunks?Page=2#frag",
            "https://trunking.twilio.com",
        )
        .unwrap();
        assert_eq!(url.as_str(), "https://trunking.twilio.com/v1/Trunks?Page=2");
        assert!(rebase_next_link("v1/Trunks", "https://trunking.twilio.com").is_err());
        assert!(rebase_next_link("ftp://x/y", "https://trunking.twilio.com").is_err());
        assert!(rebase_next_link("/v1/Trunks", "not a url").is_err());
    }

    #[test]
    fn link_bases_follow_the_api_s_server_path() {
        // Trunking v1: no server path; links keep their path under the configured base.
        let link = "https://trunking.twilio.com/v1/Trunks?PageSize=50&Page=1&PageToken=PTabc";
        assert_eq!(
            LinkBase::new("https://trunking.twilio.com", "")
                .resolve(link)
                .unwrap(),
            link
        );
        assert_eq!(
            LinkBase::new("https://proxy.example.com/twilio-trunking", "")
                .resolve(link)
                .unwrap(),
            "https://proxy.example.com/twilio-trunking/v1/Trunks?PageSize=50&Page=1&PageToken=PTabc"
        );
        // Another host in the link never receives the credentials.
        assert_eq!(
            LinkBase::new("http://127.0.0.1:4010/", "")
                .resolve("https://evil.example.com/v1/Trunks?Page=2")
                .unwrap(),
            "http://127.0.0.1:4010/v1/Trunks?Page=2"
        );

        // 2010-04-01: the account is in the server path.
        let template = "/2010-04-01/Accounts/{AccountSid}";
        let link = "/2010-04-01/Accounts/AC1/SIP/CredentialLists.json?PageSize=1&Page=1";
        let base = LinkBase::new("https://api.twilio.com/2010-04-01/Accounts/AC1", template);
        assert_eq!(
            base.resolve(link).unwrap(),
            format!("https://api.twilio.com{link}")
        );
        let proxied = LinkBase::new(
            "https://proxy.example.com/api/2010-04-01/Accounts/AC1",
            template,
        );
        assert_eq!(
            proxied.resolve(link).unwrap(),
            format!("https://proxy.example.com/api{link}")
        );
        // A link outside this account's prefix keeps its path; only the origin is replaced.
        assert_eq!(
            proxied
                .resolve("/2010-04-01/Accounts/ACother/SIP/CredentialLists.json?Page=1")
                .unwrap(),
            "https://proxy.example.com/2010-04-01/Accounts/ACother/SIP/CredentialLists.json?Page=1"
        );
        // A base standing for the whole API (a mock server of operation paths).
        let mock = LinkBase::new("http://127.0.0.1:4010", template);
        assert_eq!(
            mock.resolve(link).unwrap(),
            "http://127.0.0.1:4010/SIP/CredentialLists.json?PageSize=1&Page=1"
        );
        assert_eq!(
            mock.resolve("/elsewhere/x?y=1").unwrap(),
            "http://127.0.0.1:4010/elsewhere/x?y=1"
        );
        assert!(mock.resolve("SIP/CredentialLists.json").is_err());
        assert!(mock.resolve("ftp://x/y").is_err());
        assert!(
            LinkBase::new("not a url", "")
                .resolve("/v1/Trunks")
                .is_err()
        );
    }
}
