//! Concurrent paging of counted (offset and page-number) lists: after the first page, up to N
//! pages in flight, items yielded in list order, fewer pages in flight after a throttled or
//! retried page (AIMD), and items seen on a recent page never yielded again.

use std::collections::hash_map::RandomState;
use std::collections::{HashSet, VecDeque};
use std::future::Future;
use std::hash::BuildHasher;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::Stream;
use futures::stream::{FuturesOrdered, StreamExt as _};
use progenitor_client::ResponseValue;

use super::lists::{ListOptions, ListPage, PageInfo, next_page_number, served_size};
use super::{CursorLoop, PagingError, next_offset};
use crate::ATTEMPTS_HEADER;

/// Pages in flight at most when [`ListOptions::pages_in_flight`] is not set.
pub const DEFAULT_PAGES_IN_FLIGHT: usize = 10;

/// The most pages in flight a list accepts; larger settings are lowered to it.
pub const MAX_PAGES_IN_FLIGHT: usize = 64;

/// How a counted list numbers its pages.
#[derive(Clone, Copy, Debug)]
pub(super) enum Numbering {
    /// `offset` counts the items skipped, from 0.
    Offset,
    /// Pages are numbered from `first` (0 or 1).
    Page {
        /// The number of the first page.
        first: u64,
    },
}

impl Numbering {
    /// The cursor of the page after `cursor` (whose page held `len` items), by the sequential
    /// rules: `None` when this page was the last.
    fn following(self, cursor: u64, asked: u64, len: usize, info: &PageInfo) -> Option<u64> {
        match self {
            Self::Offset => {
                if info.has_next == Some(false) {
                    return None;
                }
                next_offset(cursor, served_size(info, asked), len, info.total_items)
            }
            Self::Page { first } => next_page_number(cursor, first, asked, len, info),
        }
    }

    /// The first cursor past the end of the list, as `info` reports it (`None` when it
    /// reports no total: then the list is read one page after another).
    fn end(self, info: &PageInfo, served: u64) -> Option<u64> {
        match self {
            Self::Offset => info.total_items,
            Self::Page { first } => info
                .total_pages
                .or_else(|| info.total_items.map(|total| total.div_ceil(served.max(1))))
                .map(|pages| first.saturating_add(pages)),
        }
    }

    /// How far the cursor moves from one full page to the next.
    fn step(self, served: u64) -> u64 {
        match self {
            Self::Offset => served.max(1),
            Self::Page { .. } => 1,
        }
    }

    /// How many items come before the page at `cursor` (pages of `served` items).
    fn items_before(self, cursor: u64, served: u64) -> u64 {
        match self {
            Self::Offset => cursor,
            Self::Page { first } => cursor.saturating_sub(first).saturating_mul(served),
        }
    }
}

/// The resolved pages-in-flight setting of `options`.
pub(super) fn pages_in_flight(options: &ListOptions) -> usize {
    options
        .pages_in_flight
        .unwrap_or(DEFAULT_PAGES_IN_FLIGHT)
        .clamp(1, MAX_PAGES_IN_FLIGHT)
}

/// Streams the items of a counted list, `fetch(cursor, page_size)` sending one page.
pub(super) fn counted<P, E, F, Fut>(
    numbering: Numbering,
    start: u64,
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
    let page_size = page_size.max(1);
    let max = pages_in_flight(&options);
    Flow {
        fetch,
        numbering,
        start: Some(start),
        page_size,
        served: page_size,
        budget: options.max_items,
        limit: Aimd::new(max),
        queue: FuturesOrdered::new(),
        scheduled: VecDeque::new(),
        frontier: None,
        end: None,
        buffer: Vec::new().into_iter(),
        recent: Recent::new(max + 1),
    }
}

/// The stream [`counted`] returns. Written out rather than built with `stream::unfold`: an
/// unfold moves the whole flow (queue, cursors, buffer) into a new future for every item;
/// here an item is the next of the in-order page's items, taken from the page as it was
/// decoded (not copied into a buffer).
struct Flow<P: ListPage, F, Fut: Future> {
    fetch: F,
    numbering: Numbering,
    /// The first page's cursor until it is scheduled (on the first poll).
    start: Option<u64>,
    /// The page size asked for.
    page_size: u64,
    /// The page size the server said it served (the latest in-order page), else the asked one.
    served: u64,
    /// The most items the reader wants: no page starting past them is fetched.
    budget: Option<u64>,
    limit: Aimd,
    queue: FuturesOrdered<Tagged<Fut>>,
    /// The cursors of the queued pages, in order.
    scheduled: VecDeque<u64>,
    /// The next cursor to fetch ahead of the in-order page; `None` once the list has ended.
    frontier: Option<u64>,
    /// The first cursor past the reported end; nothing at or past it is fetched ahead.
    end: Option<u64>,
    /// The rest of the latest in-order page.
    buffer: std::vec::IntoIter<P::Item>,
    recent: Recent,
}

// Nothing of it is pinned in place (each page fetch is boxed in its `Tagged`), so it may move.
impl<P: ListPage, F, Fut: Future> Unpin for Flow<P, F, Fut> {}

impl<P, F, Fut, E> Stream for Flow<P, F, Fut>
where
    P: ListPage,
    E: std::error::Error + 'static,
    F: FnMut(u64, u64) -> Fut,
    Fut: Future<Output = Result<ResponseValue<P>, E>>,
{
    type Item = Result<P::Item, PagingError<E>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_next_item(cx)
    }
}

impl<P, F, Fut, E> Flow<P, F, Fut>
where
    P: ListPage,
    E: std::error::Error + 'static,
    F: FnMut(u64, u64) -> Fut,
    Fut: Future<Output = Result<ResponseValue<P>, E>>,
{
    fn poll_next_item(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<P::Item, PagingError<E>>>> {
        if let Some(start) = self.start.take() {
            self.schedule(start);
        }
        loop {
            if let Some(item) = self.buffer.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            let Some((cursor, epoch, result)) = std::task::ready!(self.queue.poll_next_unpin(cx))
            else {
                return Poll::Ready(None);
            };
            self.scheduled.pop_front();
            match result {
                Ok(page) => {
                    if let Some(repeated) = self.take_page(cursor, epoch, page) {
                        self.stop();
                        return Poll::Ready(Some(Err(PagingError::CursorLoop(repeated))));
                    }
                }
                Err(err) => {
                    // The first error ends the stream: nothing queued is awaited any more.
                    self.stop();
                    return Poll::Ready(Some(Err(PagingError::Fetch(err))));
                }
            }
        }
    }

    /// Takes the next page in list order; a page whose items were all read already is a
    /// server repeating a page (ignoring the cursor), reported as a loop.
    fn take_page(&mut self, cursor: u64, epoch: u64, page: ResponseValue<P>) -> Option<CursorLoop> {
        let retried = page
            .headers()
            .get(ATTEMPTS_HEADER)
            .and_then(|value| value.to_str().ok()?.parse::<u32>().ok())
            .is_some_and(|attempts| attempts > 1);
        if retried {
            self.limit.congested(epoch);
        } else {
            self.limit.clean();
        }
        let (mut items, info) = page.into_inner().into_parts();
        let len = items.len();
        self.served = served_size(&info, self.page_size);
        self.end = self.numbering.end(&info, self.served);
        let following = self.numbering.following(cursor, self.page_size, len, &info);
        self.recent.keep_unseen(&mut items, P::item_id);
        if len > 0 && items.is_empty() {
            return Some(CursorLoop {
                cursor: cursor.to_string(),
            });
        }
        // Only an exhausted buffer is refilled (the stream takes a page once it has yielded
        // the previous one's items).
        self.buffer = items.into_iter();
        match following {
            None => self.stop(),
            Some(next) if self.scheduled.front() == Some(&next) => self.top_up(),
            Some(next) => {
                // Not the page fetched ahead (the server served another size): start again
                // from the page the sequential rules name.
                self.queue = FuturesOrdered::new();
                self.scheduled.clear();
                self.schedule(next);
                self.top_up();
            }
        }
        None
    }

    /// Fetches ahead while fewer than the limit are in flight and the list reportedly goes on.
    fn top_up(&mut self) {
        while self.queue.len() < self.limit.current {
            let Some(cursor) = self.frontier else {
                return;
            };
            if self.end.is_none_or(|end| cursor >= end) || !self.schedule(cursor) {
                return;
            }
        }
    }

    /// Queues the page at `cursor` unless it starts past the reader's budget.
    fn schedule(&mut self, cursor: u64) -> bool {
        let before = self.numbering.items_before(cursor, self.served);
        if self.budget.is_some_and(|budget| before >= budget) {
            self.frontier = None;
            return false;
        }
        let fetch = (self.fetch)(cursor, self.page_size);
        self.queue.push_back(Tagged {
            cursor,
            epoch: self.limit.epoch,
            fetch: Box::pin(fetch),
        });
        self.scheduled.push_back(cursor);
        self.frontier = cursor.checked_add(self.numbering.step(self.served));
        true
    }

    fn stop(&mut self) {
        self.queue = FuturesOrdered::new();
        self.scheduled.clear();
        self.frontier = None;
    }
}

/// A page fetch with the cursor it fetches and the AIMD epoch it was sent in.
struct Tagged<Fut> {
    cursor: u64,
    epoch: u64,
    fetch: Pin<Box<Fut>>,
}

impl<Fut: Future> Future for Tagged<Fut> {
    type Output = (u64, u64, Fut::Output);

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        this.fetch
            .as_mut()
            .poll(cx)
            .map(|output| (this.cursor, this.epoch, output))
    }
}

/// Additive increase, multiplicative decrease of the pages in flight: halved when a page
/// needed a retry (a 429 or another retryable answer), at most once for the pages sent at the
/// same limit; raised by one after as many clean pages in a row as the limit.
#[derive(Debug)]
struct Aimd {
    max: usize,
    current: usize,
    clean_run: usize,
    /// Counts the decreases; a page sent before the latest one does not lower the limit again.
    epoch: u64,
}

impl Aimd {
    fn new(max: usize) -> Self {
        Self {
            max,
            current: max,
            clean_run: 0,
            epoch: 0,
        }
    }

    fn congested(&mut self, sent_in: u64) {
        self.clean_run = 0;
        if sent_in == self.epoch {
            self.current = (self.current / 2).max(1);
            self.epoch += 1;
        }
    }

    fn clean(&mut self) {
        self.clean_run += 1;
        if self.clean_run >= self.current {
            self.current = (self.current + 1).min(self.max);
            self.clean_run = 0;
        }
    }
}

/// Fingerprints of the ids on the last `window` pages: an item whose id is among them is
/// not yielded again (items shift across page boundaries when others are created ahead of
/// them while the list is read).
struct Recent {
    hasher: RandomState,
    pages: VecDeque<Vec<u64>>,
    seen: HashSet<u64>,
    window: usize,
}

impl Recent {
    fn new(window: usize) -> Self {
        Self {
            hasher: RandomState::new(),
            pages: VecDeque::new(),
            seen: HashSet::new(),
            window: window.max(1),
        }
    }

    fn keep_unseen<T>(&mut self, items: &mut Vec<T>, id: fn(&T) -> Option<&str>) {
        let mut page = Vec::new();
        items.retain(|item| match id(item) {
            None => true,
            Some(id) => {
                let fingerprint = self.hasher.hash_one(id);
                let new = self.seen.insert(fingerprint);
                if new {
                    page.push(fingerprint);
                }
                new
            }
        });
        self.pages.push_back(page);
        while self.pages.len() > self.window {
            for fingerprint in self.pages.pop_front().unwrap_or_default() {
                self.seen.remove(&fingerprint);
            }
        }
    }
}

#[cfg(test)]
mod tests;
