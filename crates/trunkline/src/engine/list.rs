//! Paging vendor lists into the neutral model, written once: vendor pages mapped item by item,
//! owned (`'static`) streams over a provider clone, client-side filters where the vendor has no
//! server-side ones, a lookup by id for vendors without a read-by-id endpoint, and lists that
//! complete each item with one more request.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};

use futures::{Stream, StreamExt, TryStreamExt};
use trunkline_core::paging::PagingError;

use super::call::map_error;
use crate::capabilities::{Capabilities, Setting};
use crate::model::*;
use crate::provider::BoxStream;
use crate::{Error, Result};
use trunkline_core::ErrorBody;

/// A stream that yields one error and ends: how a list reports a capability the vendor lacks or
/// a filter that fails validation.
pub(crate) fn error_stream<T: Send + 'static>(error: Error) -> BoxStream<'static, Result<T>> {
    Box::pin(futures::stream::once(async move { Err(error) }))
}

/// Turns a vendor crate's paging stream (items or [`PagingError`]s of the generated client's
/// error) into a facade stream: each item mapped by `map`, a fetch error mapped by meaning with
/// the retry report of the request that failed, a cursor loop as [`Error::Decode`]. Errors are
/// named after the vendor operation that fetched the page. Ends after the first error.
pub(crate) fn vendor_stream<'a, T, U, E, S, M>(
    vendor: Vendor,
    stream: S,
    map: M,
) -> BoxStream<'a, Result<U>>
where
    S: Stream<Item = std::result::Result<T, PagingError<progenitor_client::Error<E>>>> + Send + 'a,
    T: Send + 'a,
    U: Send + 'a,
    E: ErrorBody + std::fmt::Debug + Send + 'static,
    M: FnMut(T) -> Result<U> + Send + 'a,
    progenitor_client::Error<E>: std::error::Error,
{
    Box::pin(VendorStream {
        vendor,
        pages: trunkline_core::ObservedStream::new(stream),
        map,
        failing: None,
        ended: false,
    })
}

/// [`vendor_stream`]'s stream, written out rather than built from `then` and `scan`: those
/// move every item through a future of their own; here an item is mapped where it arrives, and
/// only a fetch error's mapping (which may read the error body) is a boxed future.
struct VendorStream<'a, S, M> {
    vendor: Vendor,
    /// The vendor's pages, with the report of the latest request (the one that fetched the
    /// page of the item just yielded).
    pages: trunkline_core::ObservedStream<S>,
    map: M,
    /// The mapping of the fetch error that ends the stream.
    failing: Option<futures::future::BoxFuture<'a, Error>>,
    /// Set after the first error or the last item.
    ended: bool,
}

// Nothing of it is pinned in place (the observed page stream is boxed, the error future too).
impl<S, M> Unpin for VendorStream<'_, S, M> {}

impl<'a, T, U, E, S, M> Stream for VendorStream<'a, S, M>
where
    S: Stream<Item = std::result::Result<T, PagingError<progenitor_client::Error<E>>>>,
    M: FnMut(T) -> Result<U>,
    E: ErrorBody + std::fmt::Debug + Send + 'static,
    progenitor_client::Error<E>: std::error::Error,
{
    type Item = Result<U>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<U>>> {
        let this = self.get_mut();
        loop {
            if let Some(failing) = &mut this.failing {
                let err = std::task::ready!(failing.as_mut().poll(cx));
                (this.failing, this.ended) = (None, true);
                return Poll::Ready(Some(Err(err)));
            }
            if this.ended {
                return Poll::Ready(None);
            }
            let Some(item) = std::task::ready!(Pin::new(&mut this.pages).poll_next(cx)) else {
                this.ended = true;
                return Poll::Ready(None);
            };
            let report = this.pages.latest_report();
            let operation = report.map_or("", |r| r.operation_id);
            match item {
                Ok(item) => {
                    let mapped = (this.map)(item).map_err(|mut err| {
                        err.name_unnamed(operation);
                        err
                    });
                    this.ended = mapped.is_err();
                    return Poll::Ready(Some(mapped));
                }
                Err(PagingError::Fetch(err)) => {
                    let vendor = this.vendor;
                    let report = report.cloned();
                    let failing = async move { map_error(vendor, err, report.as_ref()).await };
                    this.failing = Some(Box::pin(failing));
                }
                Err(PagingError::CursorLoop(cursor)) => {
                    this.ended = true;
                    return Poll::Ready(Some(Err(Error::Decode {
                        excerpt: cursor.cursor.clone(),
                        source: crate::VendorError::new(this.vendor, operation, cursor.to_string()),
                    })));
                }
            }
        }
    }
}

/// A stream of the items one future fetches all at once (a trunk's primary and fallback URIs):
/// its items, or its error as the only item.
pub(crate) fn stream_of<'a, T: Send + 'a>(
    items: impl Future<Output = Result<Vec<T>>> + Send + 'a,
) -> BoxStream<'a, Result<T>> {
    Box::pin(
        futures::stream::once(items)
            .map(|result| match result {
                Ok(items) => futures::stream::iter(items.into_iter().map(Ok)).left_stream(),
                Err(err) => futures::stream::iter([Err(err)]).right_stream(),
            })
            .flatten(),
    )
}

/// An owned (`'static`) stream: it holds `owner` (a cheap clone of a provider) and yields the
/// items of the stream `make` builds from a borrow of it. Adapters write their lists borrowing
/// `&self`; the engine hands out lists that outlive the provider and the call.
///
/// The borrowing stream lives inside a future that owns `owner` (a future may borrow from
/// itself); each item is handed over through a one-item slot, the future pausing after each
/// until the consumer asks for the next. Nothing runs until the stream is polled.
pub(crate) fn owning<O, T, F>(owner: O, make: F) -> BoxStream<'static, T>
where
    O: Send + Sync + 'static,
    T: Send + 'static,
    F: for<'a> FnOnce(&'a O) -> BoxStream<'a, T> + Send + 'static,
{
    let slot = Arc::new(Mutex::new(None));
    let sender = Arc::clone(&slot);
    let driver = async move {
        let mut items = make(&owner);
        while let Some(item) = items.next().await {
            *sender.lock().unwrap_or_else(PoisonError::into_inner) = Some(item);
            HandOver::default().await;
        }
    };
    Box::pin(Owning {
        slot,
        driver: Some(Box::pin(driver)),
    })
}

struct Owning<T> {
    slot: Arc<Mutex<Option<T>>>,
    driver: Option<Pin<Box<dyn Future<Output = ()> + Send>>>,
}

impl<T> Stream for Owning<T> {
    type Item = T;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let this = self.get_mut();
        let Some(driver) = this.driver.as_mut() else {
            return Poll::Ready(None);
        };
        let finished = driver.as_mut().poll(cx).is_ready();
        if finished {
            this.driver = None;
        }
        match this
            .slot
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
        {
            Some(item) => Poll::Ready(Some(item)),
            None if finished => Poll::Ready(None),
            // The inner stream is waiting for I/O; it registered the waker.
            None => Poll::Pending,
        }
    }
}

/// Pending once, then ready: the driver's pause after handing over an item. It needs no waker:
/// the item it left makes `poll_next` return at once, and the consumer polls again for more.
#[derive(Default)]
struct HandOver {
    paused: bool,
}

impl Future for HandOver {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if std::mem::replace(&mut self.paused, true) {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}

/// The item with id `id` of a list without a read-by-id endpoint (Vobiz credentials, IP ACL
/// entries, origination URIs): the list is paged until it turns up.
pub(crate) async fn find<T>(
    vendor: Vendor,
    items: impl Stream<Item = Result<T>>,
    id_of: impl Fn(&T) -> &str,
    what: &str,
    id: &str,
) -> Result<T> {
    let mut items = std::pin::pin!(items);
    while let Some(item) = items.try_next().await? {
        if id_of(&item) == id {
            return Ok(item);
        }
    }
    // What a read-by-id would have answered.
    let detail = crate::VendorError::new(vendor, "", format!("no {what} {id}")).with_status(404);
    Err(Error::NotFound(detail))
}

/// A list whose items each need one more request to be complete (a Twilio credential list's
/// credentials): an item that answers 404 was deleted since its page was read, so it is no
/// longer in the list and is skipped; any other error ends the list.
pub(crate) fn completed<'a, T, U, Fut>(
    items: BoxStream<'a, Result<T>>,
    complete: impl Fn(T) -> Fut + Send + 'a,
) -> BoxStream<'a, Result<U>>
where
    T: Send + 'a,
    U: Send + 'a,
    Fut: Future<Output = Result<U>> + Send + 'a,
{
    Box::pin(items.try_filter_map(move |item| {
        let done = complete(item);
        async move {
            match done.await {
                Ok(item) => Ok(Some(item)),
                Err(Error::NotFound(_)) => Ok(None),
                Err(other) => Err(other),
            }
        }
    }))
}

/// Whether a trunk filter can match nothing on this vendor, so no request is needed: a
/// disabled trunk where trunks have no switch.
pub(crate) fn matches_nothing(caps: &Capabilities, filter: &TrunkFilter) -> bool {
    matches!(
        (filter.enabled, caps.trunk.enabled),
        (Some(wanted), Setting::Fixed { value, .. }) if wanted != value
    )
}

/// `trunks` with the filters the vendor does not apply server-side applied here: a direction
/// matches the trunks that read back as a trunk of that direction would
/// ([`TrunkRules::directions_differ`](crate::capabilities::TrunkRules::directions_differ):
/// every trunk where all are two-way, an outbound Telnyx trunk for `Outbound` and `Both`), an
/// enabled switch every trunk where trunks have none (they are always on). The name is always matched here: no vendor filters by name.
pub(crate) fn filter_trunks<'a>(
    caps: &Capabilities,
    filter: &TrunkFilter,
    trunks: BoxStream<'a, Result<Trunk>>,
) -> BoxStream<'a, Result<Trunk>> {
    let name = filter.name.clone();
    let (direction, enabled) = if caps.trunk.server_side_filters {
        (None, None)
    } else {
        (
            filter.direction.filter(|_| !caps.trunk.always_two_way),
            filter
                .enabled
                .filter(|_| !matches!(caps.trunk.enabled, Setting::Fixed { .. })),
        )
    };
    if direction.is_none() && enabled.is_none() && name.is_none() {
        return trunks;
    }
    let rules = caps.trunk;
    Box::pin(trunks.try_filter(move |t| {
        let keep = direction.is_none_or(|d| !rules.directions_differ(d, t.direction))
            && enabled.is_none_or(|e| t.enabled == Some(e))
            && name.as_deref().is_none_or(|n| t.name.as_deref() == Some(n));
        futures::future::ready(keep)
    }))
}

/// `calls` trimmed to the filter's exact ended range, for vendors that filter by whole days.
pub(crate) fn trim_calls<'a>(
    caps: &Capabilities,
    filter: &CallFilter,
    calls: BoxStream<'a, Result<CallRecord>>,
) -> BoxStream<'a, Result<CallRecord>> {
    if !caps.call.ended_range_by_day
        || (filter.ended_after.is_none() && filter.ended_before.is_none())
    {
        return calls;
    }
    let (after, before) = (filter.ended_after, filter.ended_before);
    Box::pin(calls.try_filter(move |call| {
        let ended = call.end.or(call.start);
        let keep = after.is_none_or(|after| ended.is_some_and(|e| e >= after))
            && before.is_none_or(|before| ended.is_some_and(|e| e < before));
        futures::future::ready(keep)
    }))
}

/// Completes each listed call with the vendor's single-record read (`read`), at most
/// [`CALL_DETAILS_IN_FLIGHT`] reads at a time, in list order. A record gone by the time it is
/// read keeps its listed fields.
pub(crate) fn with_call_details<'a, F, Fut>(
    calls: BoxStream<'a, Result<CallRecord>>,
    read: F,
) -> BoxStream<'a, Result<CallRecord>>
where
    F: Fn(CallId) -> Fut + Send + Sync + 'a,
    Fut: Future<Output = Result<CallRecord>> + Send + 'a,
{
    let read = Arc::new(read);
    Box::pin(
        calls
            .map(move |listed| {
                let read = Arc::clone(&read);
                async move {
                    let listed = listed?;
                    match read(listed.id.clone()).await {
                        Ok(detail) => Ok(complete_call(listed, detail)),
                        Err(Error::NotFound(_)) => Ok(listed),
                        Err(err) => Err(err),
                    }
                }
            })
            .buffered(CALL_DETAILS_IN_FLIGHT),
    )
}

/// The detailed record, with any field it lacks taken from the listed one.
fn complete_call(listed: CallRecord, detail: CallRecord) -> CallRecord {
    CallRecord {
        id: listed.id,
        from: detail.from.or(listed.from),
        to: detail.to.or(listed.to),
        direction: detail.direction.or(listed.direction),
        start: detail.start.or(listed.start),
        answered: detail.answered.or(listed.answered),
        end: detail.end.or(listed.end),
        duration: detail.duration.or(listed.duration),
        billed_duration: detail.billed_duration.or(listed.billed_duration),
        hangup_cause: detail.hangup_cause.or(listed.hangup_cause),
        cost: detail.cost.or(listed.cost),
        trunk: detail.trunk.or(listed.trunk),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "plivo")]
    #[tokio::test]
    async fn direction_filters_match_trunks_as_the_vendor_reads_them_back() {
        use crate::engine::Adapter;
        let listed = || -> BoxStream<'static, Result<Trunk>> {
            Box::pin(futures::stream::iter([
                Ok(Trunk::new("in", Direction::Inbound)),
                Ok(Trunk::new("out", Direction::Outbound)),
                Ok(Trunk::new("both", Direction::Both)),
            ]))
        };
        let mut caps = <crate::PlivoProvider as Adapter>::CAPABILITIES;
        caps.trunk.server_side_filters = false;
        let kept = |caps: Capabilities, direction| async move {
            let filter = TrunkFilter::new().with_direction(direction);
            let trunks: Vec<Trunk> = filter_trunks(&caps, &filter, listed())
                .try_collect()
                .await
                .unwrap();
            trunks
                .into_iter()
                .map(|t| t.id.as_str().to_owned())
                .collect::<Vec<_>>()
        };
        // A vendor that keeps directions apart.
        assert_eq!(kept(caps.clone(), Direction::Outbound).await, ["out"]);
        // Outbound trunks read back two-way (Telnyx): `Outbound` finds them.
        caps.trunk.outbound_reads_as_both = true;
        assert_eq!(
            kept(caps.clone(), Direction::Outbound).await,
            ["out", "both"]
        );
        assert_eq!(kept(caps.clone(), Direction::Inbound).await, ["in"]);
        // Every trunk two-way (Twilio): every direction finds every trunk.
        caps.trunk.always_two_way = true;
        assert_eq!(
            kept(caps.clone(), Direction::Inbound).await,
            ["in", "out", "both"]
        );
    }

    #[derive(Debug)]
    struct Owner(Vec<u32>);

    impl Owner {
        fn items(&self) -> BoxStream<'_, u32> {
            Box::pin(
                futures::stream::iter(self.0.iter().copied()).then(|i| async move {
                    tokio::task::yield_now().await;
                    i
                }),
            )
        }
    }

    #[tokio::test]
    async fn owned_streams_yield_every_item_in_order_after_the_owner_is_gone() {
        let stream = {
            let owner = Owner((0..50).collect());
            owning(owner, |o| o.items())
        };
        let items: Vec<u32> = stream.collect().await;
        assert_eq!(items, (0..50).collect::<Vec<_>>());
        let empty: Vec<u32> = owning(Owner(Vec::new()), |o| o.items()).collect().await;
        assert!(empty.is_empty());
    }
}
