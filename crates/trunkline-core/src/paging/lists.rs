//! The three paging styles of `x-trunkline-paging` (offset, page number, next link) and
//! [`Paged`], the stream with a page size and a maximum number of items.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures::future::Either;
use futures::stream::{self, BoxStream};
use futures::{Stream, StreamExt as _};
use progenitor_client::{ClientInfo, ResponseValue};
use serde::de::DeserializeOwned;

use super::flow;
use super::{LinkBase, Page, PagingError, paginate};
use crate::{Operation, Runtime};

/// A page of a vendor list: its items and what it says about the rest of the list. The
/// generator implements it for the response type of every list operation that declares
/// `x-trunkline-paging`, reading the fields the declaration names.
pub trait ListPage {
    /// The item type.
    type Item;
    /// Splits the page into its items, in order, and its paging information.
    fn into_parts(self) -> (Vec<Self::Item>, PageInfo);

    /// The item's id (the field `x-trunkline-paging` names as `id`), by which an offset or
    /// page-number list recognises an item it already yielded from a recent page. `None`
    /// (the default): the item is never taken for one already seen.
    fn item_id(item: &Self::Item) -> Option<&str> {
        let _ = item;
        None
    }
}

/// What a page says about the list besides its items. Every field is `None` unless the
/// list's `x-trunkline-paging` declares where the vendor puts it (and the page carries it).
/// Negative or out-of-range counts from the vendor are `None`, never a panic.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PageInfo {
    /// How many items the whole list has (`total`).
    pub total_items: Option<u64>,
    /// How many pages the whole list has (`total_pages`).
    pub total_pages: Option<u64>,
    /// Whether another page follows (`has_next`).
    pub has_next: Option<bool>,
    /// The page size the server says it used (`served_size`): a server capping pages lower
    /// than asked is followed with its own size, so its full pages are not taken for the last.
    pub page_size: Option<u64>,
    /// The link to the next page (`next`), for next-link lists.
    pub next_link: Option<String>,
    /// The link to this page (`self`), for next-link lists.
    pub self_link: Option<String>,
}

/// How much of a list to read, and how fast: the page size of each request, the most items in
/// total, and how many pages of an offset or page-number list may be in flight at once.
///
/// ```
/// use trunkline_core::paging::ListOptions;
///
/// let options = ListOptions::new().with_max_items(5);
/// // Without a page size, a small maximum also makes the pages small:
/// assert_eq!(options.effective_page_size(20), 5);
/// assert_eq!(ListOptions::new().effective_page_size(20), 20);
/// assert_eq!(ListOptions::new().with_page_size(500).effective_page_size(20), 20);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ListOptions {
    /// Items per request; `None` is the list's largest page (or [`ListOptions::max_items`],
    /// if smaller). Clamped to 1..=the list's largest page.
    pub page_size: Option<u64>,
    /// The most items the stream yields; it stops there without fetching further pages.
    /// `None` reads the whole list; `Some(0)` sends nothing.
    pub max_items: Option<u64>,
    /// Pages of an offset or page-number list fetched at the same time once the first page
    /// has reported the list's total; `None` is [`DEFAULT_PAGES_IN_FLIGHT`](super::DEFAULT_PAGES_IN_FLIGHT) (10), `Some(1)`
    /// reads one page after another. Clamped to 1..=[`MAX_PAGES_IN_FLIGHT`](super::MAX_PAGES_IN_FLIGHT). Next-link lists
    /// (Twilio) can only be read one page after another.
    pub pages_in_flight: Option<usize>,
}

impl ListOptions {
    /// The whole list, in the largest pages the vendor serves.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the page size.
    pub fn with_page_size(mut self, page_size: u64) -> Self {
        self.page_size = Some(page_size);
        self
    }

    /// Sets the most items to read.
    pub fn with_max_items(mut self, max_items: u64) -> Self {
        self.max_items = Some(max_items);
        self
    }

    /// Sets the most pages in flight at once (see [`ListOptions::pages_in_flight`]).
    pub fn with_pages_in_flight(mut self, pages: usize) -> Self {
        self.pages_in_flight = Some(pages);
        self
    }

    /// The page size to request from a list whose largest page is `max_page_size`.
    pub fn effective_page_size(&self, max_page_size: u64) -> u64 {
        let max = max_page_size.max(1);
        self.page_size
            .unwrap_or_else(|| self.max_items.map_or(max, |items| items.min(max)))
            .clamp(1, max)
    }
}

type StartFn<'a, T, E> =
    Box<dyn FnOnce(u64, ListOptions) -> BoxStream<'a, Result<T, PagingError<E>>> + Send + 'a>;

/// The stream of every item of a list, returned by each generated `stream()` method: pages are
/// fetched lazily as it is polled (an offset or page-number list fetches up to
/// [`Paged::pages_in_flight`] pages ahead, see [`offset_pages_with`]; a next-link list one
/// page at a time), items come in list order, and it ends after the last page, after
/// [`Paged::max_items`] items, or right after the first error.
///
/// Set [`Paged::page_size`] and [`Paged::max_items`] before polling it; nothing is sent until
/// then. It is `Unpin` and `Send`, so `next()`/`try_next()` work on it directly.
///
/// ```
/// use futures::{executor::block_on, TryStreamExt};
/// use trunkline_core::paging::{Paged, PagingError};
///
/// # #[derive(Debug, thiserror::Error)] #[error("e")] struct E;
/// // A list of 45 numbers whose largest page is 20; the start function gets the page size.
/// let paged: Paged<'_, u32, E> = Paged::new(20, |page_size| {
///     assert_eq!(page_size, 10);
///     futures::stream::iter((0..45).map(Ok::<u32, PagingError<E>>))
/// });
/// let first: Vec<u32> = block_on(paged.page_size(10).max_items(12).try_collect()).unwrap();
/// assert_eq!(first, (0..12).collect::<Vec<_>>());
/// ```
pub struct Paged<'a, T, E: std::error::Error + 'static> {
    max_page_size: u64,
    options: ListOptions,
    start: Option<StartFn<'a, T, E>>,
    running: Option<BoxStream<'a, Result<T, PagingError<E>>>>,
    yielded: u64,
}

impl<'a, T, E: std::error::Error + 'static> Paged<'a, T, E> {
    /// A stream whose pages are at most `max_page_size` items; `start` gets the page size to
    /// request (see [`ListOptions::effective_page_size`]) and returns the items' stream.
    pub fn new<S>(max_page_size: u64, start: impl FnOnce(u64) -> S + Send + 'a) -> Self
    where
        S: Stream<Item = Result<T, PagingError<E>>> + Send + 'a,
    {
        Self::with_options_passed(max_page_size, move |page_size, _| start(page_size))
    }

    /// [`Paged::new`] for a list that reads the options itself (the generated offset and
    /// page-number lists: pages in flight, and no page fetched ahead past
    /// [`Paged::max_items`]): `start` gets the page size and the options set on the stream.
    pub fn with_options_passed<S>(
        max_page_size: u64,
        start: impl FnOnce(u64, ListOptions) -> S + Send + 'a,
    ) -> Self
    where
        S: Stream<Item = Result<T, PagingError<E>>> + Send + 'a,
    {
        Self {
            max_page_size: max_page_size.max(1),
            options: ListOptions::default(),
            start: Some(Box::new(move |page_size, options| {
                start(page_size, options).boxed()
            })),
            running: None,
            yielded: 0,
        }
    }

    /// Items per request (clamped to 1..=[`Paged::max_page_size`]). Default: the largest page,
    /// or [`Paged::max_items`] if that is smaller.
    pub fn page_size(mut self, page_size: u64) -> Self {
        self.options.page_size = Some(page_size);
        self
    }

    /// Yields at most this many items; no page after the one holding the last of them is
    /// fetched, and `0` sends nothing.
    pub fn max_items(mut self, max_items: u64) -> Self {
        self.options.max_items = Some(max_items);
        self
    }

    /// Pages of an offset or page-number list in flight at once, after the first (see
    /// [`ListOptions::pages_in_flight`]; default 10).
    pub fn pages_in_flight(mut self, pages: usize) -> Self {
        self.options.pages_in_flight = Some(pages);
        self
    }

    /// Sets the page size, the maximum number of items and the pages in flight.
    pub fn with_options(mut self, options: ListOptions) -> Self {
        self.options = options;
        self
    }

    /// The options set so far.
    pub fn options(&self) -> ListOptions {
        self.options
    }

    /// The largest page this list serves (from its size parameter's `maximum` in the spec).
    pub fn max_page_size(&self) -> u64 {
        self.max_page_size
    }
}

impl<T, E: std::error::Error + 'static> fmt::Debug for Paged<'_, T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paged")
            .field("max_page_size", &self.max_page_size)
            .field("options", &self.options)
            .field("started", &self.start.is_none())
            .field("yielded", &self.yielded)
            .finish()
    }
}

impl<T, E: std::error::Error + 'static> Stream for Paged<'_, T, E> {
    type Item = Result<T, PagingError<E>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this
            .options
            .max_items
            .is_some_and(|max| this.yielded >= max)
        {
            this.running = None;
            this.start = None;
            return Poll::Ready(None);
        }
        if let Some(start) = this.start.take() {
            let page_size = this.options.effective_page_size(this.max_page_size);
            this.running = Some(start(page_size, this.options));
        }
        let Some(running) = this.running.as_mut() else {
            return Poll::Ready(None);
        };
        let next = running.as_mut().poll_next(cx);
        match &next {
            Poll::Ready(Some(_)) => this.yielded += 1,
            Poll::Ready(None) => this.running = None,
            Poll::Pending => {}
        }
        next
    }
}

/// Streams every item of an offset-paged list (Plivo, Vobiz): `fetch(offset, page_size)`
/// returns a page, from offset 0 on, until an empty or short page, `total_items`, or
/// `has_next == false`. A server reporting a smaller [`PageInfo::page_size`] than asked is
/// followed with its own size. Up to [`DEFAULT_PAGES_IN_FLIGHT`](super::DEFAULT_PAGES_IN_FLIGHT) pages in flight once the
/// first page reports the total: [`offset_pages_with`] sets that and the most items.
pub fn offset_pages<P, E, F, Fut>(
    page_size: u64,
    fetch: F,
) -> impl Stream<Item = Result<P::Item, PagingError<E>>>
where
    P: ListPage,
    E: std::error::Error + 'static,
    F: FnMut(u64, u64) -> Fut,
    Fut: Future<Output = Result<ResponseValue<P>, E>>,
{
    offset_pages_with(page_size, ListOptions::new(), fetch)
}

/// [`offset_pages`] with the pages in flight and the most items of `options` (its page size
/// is not read: `page_size` is the size to ask for).
///
/// # Concurrency, order and changes while listing
///
/// The first page is fetched alone. When it reports how many items the list has, the pages
/// up to that end are fetched ahead, at most [`ListOptions::pages_in_flight`] at once
/// (completed pages waiting for an earlier one count: memory holds at most that many pages);
/// without a total, one page after another. Items are yielded in list order, and each page is
/// judged by the same rules as when reading one page at a time (a short or empty page is the
/// last; pages fetched ahead of it are dropped, never yielded). No page starting past
/// [`ListOptions::max_items`] is requested. The first error, in list order, ends the stream.
///
/// A page that needed a retry (a 429 with `Retry-After`, a 5xx: the retry loop waited and
/// resent it) halves the pages in flight (at most once per round of pages sent at the same
/// setting); as many clean pages in a row as are in flight raise it by one, up to the setting.
///
/// Offsets shift when items are created or deleted while the list is read. An item created
/// ahead of the read position pushes later items onto the next page: the list recognises an
/// item by its id (see [`ListPage::item_id`]) on the last `pages_in_flight + 1` pages and
/// never yields it twice; only an item pushed further than that by creations during the read
/// could be seen again. An item deleted ahead of the read position pulls later items back
/// onto a page already read: those can be missed, as they are by any offset paging, and items
/// created behind the read position are not listed.
pub fn offset_pages_with<P, E, F, Fut>(
    page_size: u64,
    options: ListOptions,
    fetch: F,
) -> impl Stream<Item = Result<P::Item, PagingError<E>>>
where
    P: ListPage,
    E: std::error::Error + 'static,
    F: FnMut(u64, u64) -> Fut,
    Fut: Future<Output = Result<ResponseValue<P>, E>>,
{
    flow::counted(flow::Numbering::Offset, 0, page_size, options, fetch)
}

/// Streams every item of a page-number-paged list (Vobiz CDRs, Telnyx): `fetch(page,
/// page_size)` returns a page, from `first_page` (0 or 1) on, while [`next_page_number`] says
/// another follows. Up to [`DEFAULT_PAGES_IN_FLIGHT`](super::DEFAULT_PAGES_IN_FLIGHT) pages in flight once the first page
/// reports the total pages or items: [`numbered_pages_with`] sets that and the most items.
pub fn numbered_pages<P, E, F, Fut>(
    first_page: u64,
    page_size: u64,
    fetch: F,
) -> impl Stream<Item = Result<P::Item, PagingError<E>>>
where
    P: ListPage,
    E: std::error::Error + 'static,
    F: FnMut(u64, u64) -> Fut,
    Fut: Future<Output = Result<ResponseValue<P>, E>>,
{
    numbered_pages_with(first_page, page_size, ListOptions::new(), fetch)
}

/// [`numbered_pages`] with the pages in flight and the most items of `options`; concurrency,
/// order, retries and changes while listing as [`offset_pages_with`] describes.
pub fn numbered_pages_with<P, E, F, Fut>(
    first_page: u64,
    page_size: u64,
    options: ListOptions,
    fetch: F,
) -> impl Stream<Item = Result<P::Item, PagingError<E>>>
where
    P: ListPage,
    E: std::error::Error + 'static,
    F: FnMut(u64, u64) -> Fut,
    Fut: Future<Output = Result<ResponseValue<P>, E>>,
{
    let first = first_page;
    flow::counted(
        flow::Numbering::Page { first },
        first,
        page_size,
        options,
        fetch,
    )
}

/// The number of the page after `page` (whose numbering starts at `first_page`) holding `len`
/// items: `None` after an empty page; otherwise `has_next` decides when the page says it, then
/// `total_pages`, then `total_items`, and last whether the page was full.
///
/// ```
/// use trunkline_core::paging::{next_page_number, PageInfo};
///
/// let mut info = PageInfo::default();
/// assert_eq!(next_page_number(1, 1, 20, 20, &info), Some(2)); // full page: maybe more
/// assert_eq!(next_page_number(1, 1, 20, 19, &info), None);
/// info.total_pages = Some(3);
/// assert_eq!(next_page_number(3, 1, 20, 20, &info), None);
/// info.has_next = Some(true);
/// assert_eq!(next_page_number(3, 1, 20, 20, &info), Some(4));
/// ```
pub fn next_page_number(
    page: u64,
    first_page: u64,
    page_size: u64,
    len: usize,
    info: &PageInfo,
) -> Option<u64> {
    if len == 0 {
        return None;
    }
    let read_pages = page.saturating_sub(first_page).saturating_add(1);
    let size = served_size(info, page_size);
    let more = info
        .has_next
        .or_else(|| info.total_pages.map(|pages| read_pages < pages))
        .or_else(|| {
            info.total_items.map(|total| {
                let before = page.saturating_sub(first_page).saturating_mul(size);
                before.saturating_add(len as u64) < total
            })
        })
        .unwrap_or(len as u64 >= size);
    if more { page.checked_add(1) } else { None }
}

pub(super) fn served_size(info: &PageInfo, asked: u64) -> u64 {
    info.page_size
        .filter(|&size| size > 0)
        .map_or(asked, |size| size.min(asked))
}

/// A page of a next-link list (Twilio): which generated client follows its links, and with
/// which operation's retry class and tracing name. The generator implements it beside
/// [`ListPage`] for the response type of every `next_link` list.
pub trait LinkedPage: ListPage + DeserializeOwned {
    /// The generated client whose base URL, HTTP client and runtime follow the links.
    type Client: ClientInfo<Runtime>;
    /// The error body of the API.
    type ErrorBody: DeserializeOwned + fmt::Debug + 'static;
    /// The list operation (tracing, retries).
    const OPERATION_ID: &'static str;
    /// The API's operations table (retry classes).
    const OPERATIONS: &'static [Operation];
    /// The path template of the API's `servers[0].url` (see [`LinkBase`]).
    const SERVER_PATH: &'static str;
}

/// The stream item of a next-link list whose page type is `P`.
pub type PageItem<P> = Result<
    <P as ListPage>::Item,
    PagingError<progenitor_client::Error<<P as LinkedPage>::ErrorBody>>,
>;

/// The start cursor when the first page does not say its own URL: never equal to a link.
const FIRST_PAGE: &str = "<first page>";

/// Streams every item of a next-link list: the items of `first_page` (the list operation's
/// `send()` future, with any parameters), then of every page its next link leads to,
/// resolved against `client`'s base URL (see [`LinkBase`]) and fetched through the same auth,
/// retry, timeout and tracing hooks as the operation itself.
///
/// A one-page list costs no link handling at all. A next link that cannot be followed ends
/// the stream with `PagingError::Fetch(Error::Custom(…))`; one pointing back at a page already
/// read with `PagingError::CursorLoop`.
pub fn linked_pages<'a, P, F>(
    client: &'a P::Client,
    first_page: F,
) -> impl Stream<Item = PageItem<P>> + 'a
where
    P: LinkedPage + 'a,
    P::Item: 'a,
    F: Future<Output = Result<ResponseValue<P>, progenitor_client::Error<P::ErrorBody>>> + 'a,
{
    stream::once(async move {
        let (items, info) = match first_page.await {
            Ok(page) => page.into_inner().into_parts(),
            Err(err) => return Either::Left(stream::iter(vec![Err(PagingError::Fetch(err))])),
        };
        let Some(next) = info.next_link.filter(|link| !link.trim().is_empty()) else {
            // One page: nothing to follow, no cursor bookkeeping.
            return Either::Left(stream::iter(items.into_iter().map(Ok).collect::<Vec<_>>()));
        };
        let base = Arc::new(LinkBase::new(client.baseurl(), P::SERVER_PATH));
        let bad_link = move |bad: super::BadNextLink| {
            PagingError::Fetch(progenitor_client::Error::Custom(format!(
                "{} {}: {bad}",
                client.inner().vendor(),
                P::OPERATION_ID
            )))
        };
        // The first page's own URL is the start cursor, so a next link pointing back at it is
        // recognised as a loop.
        let start = info
            .self_link
            .and_then(|link| base.resolve(&link).ok())
            .unwrap_or_else(|| FIRST_PAGE.to_owned());
        let first_next = base.resolve(&next).map_err(bad_link);
        let mut prefetched = Some((items, first_next));
        Either::Right(paginate(start, move |url: String| {
            let prefetched = prefetched.take();
            let base = Arc::clone(&base);
            async move {
                if let Some((items, next)) = prefetched {
                    return Ok(Page::new(items, Some(next?)));
                }
                let (items, info) = client
                    .inner()
                    .get_json::<P, P::ErrorBody>(
                        client.client(),
                        &url,
                        P::OPERATION_ID,
                        P::OPERATIONS,
                    )
                    .await
                    .map_err(PagingError::Fetch)?
                    .into_inner()
                    .into_parts();
                let next = match info.next_link {
                    Some(link) if !link.trim().is_empty() => {
                        Some(base.resolve(&link).map_err(bad_link)?)
                    }
                    _ => None,
                };
                Ok(Page::new(items, next))
            }
        }))
    })
    .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::executor::block_on;
    use std::cell::RefCell;

    #[derive(Debug, thiserror::Error)]
    #[error("fetch failed")]
    struct Failed;

    struct Numbers {
        items: Vec<u64>,
        info: PageInfo,
    }

    impl ListPage for Numbers {
        type Item = u64;
        fn into_parts(self) -> (Vec<u64>, PageInfo) {
            (self.items, self.info)
        }
    }

    fn ok(items: Vec<u64>, info: PageInfo) -> Result<ResponseValue<Numbers>, Failed> {
        Ok(ResponseValue::new(
            Numbers { items, info },
            reqwest::StatusCode::OK,
            Default::default(),
        ))
    }

    fn total(items: u64) -> PageInfo {
        PageInfo {
            total_items: Some(items),
            ..PageInfo::default()
        }
    }

    #[test]
    fn offset_lists_stop_at_the_total_and_follow_a_lower_served_size() {
        let requests = RefCell::new(Vec::new());
        let stream = offset_pages(20, |offset, size| {
            requests.borrow_mut().push((offset, size));
            // The server serves at most 8 and says so.
            let end = (offset + size.min(8)).min(30);
            let mut info = total(30);
            info.page_size = Some(8);
            std::future::ready(ok((offset..end).collect(), info))
        });
        let items: Vec<u64> = block_on(stream.map(Result::unwrap).collect());
        assert_eq!(items, (0..30).collect::<Vec<_>>());
        assert_eq!(
            *requests.borrow(),
            [(0, 20), (8, 20), (16, 20), (24, 20)],
            "a page of 8 is not the last when the server caps at 8"
        );
    }

    #[test]
    fn numbered_lists_count_from_their_first_page() {
        let requests = RefCell::new(Vec::new());
        let stream = numbered_pages(0, 10, |page, size| {
            requests.borrow_mut().push(page);
            let start = page * size;
            let info = PageInfo {
                total_pages: Some(3),
                ..PageInfo::default()
            };
            std::future::ready(ok((start..start + size).collect(), info))
        });
        let items: Vec<u64> = block_on(stream.map(Result::unwrap).collect());
        assert_eq!(items.len(), 30);
        assert_eq!(*requests.borrow(), [0, 1, 2]);
        let mut info = total(45);
        assert_eq!(next_page_number(2, 1, 20, 20, &info), Some(3));
        assert_eq!(next_page_number(3, 1, 20, 5, &info), None);
        info.has_next = Some(false);
        assert_eq!(next_page_number(1, 1, 20, 20, &info), None);
        assert_eq!(
            next_page_number(u64::MAX, 1, 20, 20, &PageInfo::default()),
            None
        );
    }

    #[test]
    fn paged_applies_page_size_and_max_items_lazily() {
        let sizes = std::sync::Mutex::new(Vec::new());
        let paged: Paged<'_, u64, Failed> = Paged::new(20, |page_size| {
            sizes.lock().unwrap().push(page_size);
            offset_pages(page_size, |offset, size| {
                std::future::ready(ok((offset..(offset + size).min(100)).collect(), total(100)))
            })
        });
        assert!(
            sizes.lock().unwrap().is_empty(),
            "nothing before the first poll"
        );
        let items: Vec<u64> = block_on(paged.max_items(7).map(Result::unwrap).collect());
        assert_eq!(items, (0..7).collect::<Vec<_>>());
        assert_eq!(*sizes.lock().unwrap(), [7]);

        let none: Paged<'_, u64, Failed> = Paged::new(20, |_| -> stream::Empty<_> {
            panic!("nothing may be fetched")
        });
        let items: Vec<_> = block_on(none.max_items(0).collect());
        assert!(items.is_empty());

        let clamped: Paged<'_, u64, Failed> = Paged::new(20, |page_size| {
            assert_eq!(page_size, 20);
            stream::empty()
        });
        assert!(block_on(clamped.page_size(1_000).collect::<Vec<_>>()).is_empty());
    }

    #[test]
    fn an_error_ends_every_style() {
        let calls = RefCell::new(0);
        let stream = offset_pages(10, |offset, size| {
            *calls.borrow_mut() += 1;
            std::future::ready(if offset == 0 {
                ok((0..size).collect(), PageInfo::default())
            } else {
                Err(Failed)
            })
        });
        let items: Vec<_> = block_on(stream.collect());
        assert_eq!(items.len(), 11);
        assert!(matches!(
            items.last(),
            Some(Err(PagingError::Fetch(Failed)))
        ));
        assert_eq!(*calls.borrow(), 2);
    }
}
