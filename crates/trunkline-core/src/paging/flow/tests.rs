//! Concurrent paging against scripted servers on Tokio's paused clock: every page takes
//! virtual time, the server counts the requests it is answering at once.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc as Rc, Mutex};
use std::time::Duration;

use futures::StreamExt as _;
use reqwest::header::{HeaderMap, HeaderValue};

use super::*;
use crate::paging::{ListOptions, Paged, numbered_pages_with, offset_pages_with};

#[derive(Debug, thiserror::Error)]
#[error("page {0} failed")]
struct Failed(u64);

/// A page of string ids.
struct Ids {
    items: Vec<String>,
    info: PageInfo,
}

impl ListPage for Ids {
    type Item = String;
    fn into_parts(self) -> (Vec<String>, PageInfo) {
        (self.items, self.info)
    }
    fn item_id(item: &String) -> Option<&str> {
        Some(item)
    }
}

/// What the scripted server saw.
#[derive(Default)]
struct Server {
    in_flight: AtomicUsize,
    most_in_flight: AtomicUsize,
    /// Every request's cursor, with how many requests (itself included) were being answered
    /// when it arrived, in arrival order.
    arrivals: Mutex<Vec<(u64, usize)>>,
    /// Items the reader had received when each request arrived.
    read_at_arrival: Mutex<Vec<usize>>,
    read: AtomicUsize,
}

impl Server {
    fn arrive(&self, cursor: u64) {
        let now = self.in_flight.fetch_add(1, SeqCst) + 1;
        self.most_in_flight.fetch_max(now, SeqCst);
        self.arrivals.lock().unwrap().push((cursor, now));
        self.read_at_arrival
            .lock()
            .unwrap()
            .push(self.read.load(SeqCst));
    }

    fn leave(&self) {
        self.in_flight.fetch_sub(1, SeqCst);
    }

    fn cursors(&self) -> Vec<u64> {
        let mut cursors: Vec<u64> = self
            .arrivals
            .lock()
            .unwrap()
            .iter()
            .map(|(c, _)| *c)
            .collect();
        cursors.sort_unstable();
        cursors
    }
}

fn page(items: Vec<String>, info: PageInfo, attempts: u32) -> Result<ResponseValue<Ids>, Failed> {
    let mut headers = HeaderMap::new();
    headers.insert(ATTEMPTS_HEADER, HeaderValue::from(attempts));
    Ok(ResponseValue::new(
        Ids { items, info },
        reqwest::StatusCode::OK,
        headers,
    ))
}

fn ids(range: std::ops::Range<u64>) -> Vec<String> {
    range.map(|i| format!("item-{i:05}")).collect()
}

fn total(items: u64) -> PageInfo {
    PageInfo {
        total_items: Some(items),
        ..PageInfo::default()
    }
}

/// Reads the whole stream, counting the items read as they arrive.
async fn read_all<S: Stream<Item = Result<String, PagingError<Failed>>>>(
    server: &Server,
    stream: S,
) -> Vec<Result<String, String>> {
    let mut stream = std::pin::pin!(stream);
    let mut out = Vec::new();
    while let Some(item) = stream.next().await {
        server.read.fetch_add(1, SeqCst);
        out.push(item.map_err(|err| err.to_string()));
    }
    out
}

/// An offset list of `len` items whose page at `offset` takes `delay(offset)` and answers
/// after `attempts(offset)` attempts.
fn offset_list(
    server: Rc<Server>,
    len: u64,
    options: ListOptions,
    delay: impl Fn(u64) -> Duration + Send + Sync + 'static,
    attempts: impl Fn(u64) -> u32 + Send + Sync + 'static,
) -> impl Stream<Item = Result<String, PagingError<Failed>>> + Send {
    let delay = Rc::new(delay);
    let attempts = Rc::new(attempts);
    offset_pages_with(20, options, move |offset, size| {
        let (server, delay, attempts) = (server.clone(), delay.clone(), attempts.clone());
        async move {
            server.arrive(offset);
            tokio::time::sleep(delay(offset)).await;
            server.leave();
            page(
                ids(offset..(offset + size).min(len)),
                total(len),
                attempts(offset),
            )
        }
    })
}

fn ok_items(items: Vec<Result<String, String>>) -> Vec<String> {
    items.into_iter().map(Result::unwrap).collect()
}

#[tokio::test(start_paused = true)]
async fn pages_come_in_order_with_at_most_the_default_in_flight() {
    let server = Rc::new(Server::default());
    // Later pages answer sooner, so they complete out of order.
    let delay = |offset: u64| Duration::from_millis(200 - offset / 10);
    let stream = offset_list(server.clone(), 1_000, ListOptions::new(), delay, |_| 1);
    let items = ok_items(read_all(&server, stream).await);
    assert_eq!(items, ids(0..1_000), "every item once, in list order");
    assert_eq!(
        server.cursors(),
        (0..50).map(|p| p * 20).collect::<Vec<_>>()
    );
    assert_eq!(server.most_in_flight.load(SeqCst), DEFAULT_PAGES_IN_FLIGHT);
    let arrivals = server.arrivals.lock().unwrap();
    assert_eq!(arrivals[0], (0, 1), "the first page is fetched alone");
    assert_eq!(arrivals[1].1, 1, "the first page had been answered");
}

#[tokio::test(start_paused = true)]
async fn the_setting_bounds_the_pages_in_flight() {
    for (setting, expected) in [(1, 1), (0, 1), (3, 3), (1_000, MAX_PAGES_IN_FLIGHT)] {
        let server = Rc::new(Server::default());
        let options = ListOptions::new().with_pages_in_flight(setting);
        let stream = offset_list(
            server.clone(),
            20 * 100,
            options,
            |_| Duration::from_millis(50),
            |_| 1,
        );
        let items = ok_items(read_all(&server, stream).await);
        assert_eq!(items.len(), 2_000, "setting {setting}");
        assert_eq!(
            server.most_in_flight.load(SeqCst),
            expected,
            "setting {setting}"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn a_retried_page_halves_the_pages_in_flight_then_clean_pages_raise_them() {
    let server = Rc::new(Server::default());
    // The page at offset 400 (the 21st) was throttled and retried by the retry loop.
    let throttled = 400;
    let stream = offset_list(
        server.clone(),
        20 * 200,
        ListOptions::new().with_pages_in_flight(8),
        |_| Duration::from_millis(50),
        move |offset| if offset == throttled { 2 } else { 1 },
    );
    let items = ok_items(read_all(&server, stream).await);
    assert_eq!(items, ids(0..4_000));

    let arrivals = server.arrivals.lock().unwrap();
    let read = server.read_at_arrival.lock().unwrap();
    // Requests sent once the reader had the throttled page's first item.
    let after: Vec<usize> = arrivals
        .iter()
        .zip(read.iter())
        .filter(|(_, read)| **read > throttled as usize)
        .map(|((_, in_flight), _)| *in_flight)
        .collect();
    assert!(
        arrivals
            .iter()
            .take(throttled as usize / 20)
            .any(|(_, n)| *n == 8),
        "eight in flight before"
    );
    // Pages answer together, so requests go out in rounds; the most in flight per round:
    // Halved to 4 by the retried page; the four clean pages answered in its round raise that
    // to 5 before the next round goes out; then one more per clean round.
    let rounds = rounds(&after);
    assert_eq!(
        rounds[..4],
        [5, 6, 7, 8],
        "halved after the retried page, then raised one by one: {after:?}"
    );
    // (The last round is the end of the list.)
    let full = &rounds[4..rounds.len() - 1];
    assert!(full.iter().all(|n| *n == 8), "{rounds:?}");
}

/// The most requests in flight in each round: runs of arrivals counting up from 1.
fn rounds(arrivals: &[usize]) -> Vec<usize> {
    let mut rounds: Vec<usize> = Vec::new();
    for (i, n) in arrivals.iter().enumerate() {
        if i == 0 || *n <= arrivals[i - 1] {
            rounds.push(*n);
        } else if let Some(last) = rounds.last_mut() {
            *last = *n;
        }
    }
    rounds
}

#[tokio::test(start_paused = true)]
async fn throttled_pages_of_one_round_halve_only_once() {
    let server = Rc::new(Server::default());
    // Eight pages in flight together are all throttled: one halving, not three.
    let stream = offset_list(
        server.clone(),
        20 * 100,
        ListOptions::new().with_pages_in_flight(8),
        |_| Duration::from_millis(50),
        |offset| if (20..=160).contains(&offset) { 2 } else { 1 },
    );
    let items = ok_items(read_all(&server, stream).await);
    assert_eq!(items.len(), 2_000);
    let arrivals = server.arrivals.lock().unwrap();
    let read = server.read_at_arrival.lock().unwrap();
    let after: Vec<usize> = arrivals
        .iter()
        .zip(read.iter())
        .filter(|(_, read)| **read >= 180)
        .map(|((_, n), _)| *n)
        .collect();
    assert_eq!(
        rounds(&after)[..2],
        [4, 5],
        "four in flight after one halving, not one: {after:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn the_first_error_in_list_order_ends_the_stream() {
    let server = Rc::new(Server::default());
    let fetched = server.clone();
    let stream = offset_pages_with(20, ListOptions::new(), move |offset, size| {
        let server = fetched.clone();
        async move {
            server.arrive(offset);
            // The failing page answers first; the page before it last.
            let ms = match offset {
                40 => 300,
                60 => 10,
                _ => 50,
            };
            tokio::time::sleep(Duration::from_millis(ms)).await;
            server.leave();
            if offset == 60 || offset == 100 {
                return Err(Failed(offset));
            }
            page(ids(offset..offset + size), total(1_000), 1)
        }
    });
    let items = read_all(&server, stream).await;
    let (last, items) = items.split_last().unwrap();
    assert_eq!(ok_items(items.to_vec()), ids(0..60));
    assert_eq!(last.as_ref().unwrap_err(), "page 60 failed");
}

#[tokio::test(start_paused = true)]
async fn items_pushed_onto_the_next_page_are_yielded_once() {
    // Every request sees three more items created at the front of the list: the ones already
    // read move to later offsets.
    let list = Rc::new(Mutex::new(ids(0..400)));
    let created = Rc::new(AtomicU64::new(0));
    let server = Rc::new(Server::default());
    let (fetched, shared, counter) = (server.clone(), list.clone(), created.clone());
    let stream = offset_pages_with(20, ListOptions::new(), move |offset, size| {
        let (server, list, created) = (fetched.clone(), shared.clone(), counter.clone());
        async move {
            server.arrive(offset);
            tokio::time::sleep(Duration::from_millis(50)).await;
            server.leave();
            let mut list = list.lock().unwrap();
            for _ in 0..3 {
                let n = created.fetch_add(1, SeqCst);
                list.insert(0, format!("new-{n:05}"));
            }
            let end = (offset + size).min(list.len() as u64);
            let items = list[offset as usize..end as usize].to_vec();
            page(items, total(list.len() as u64), 1)
        }
    });
    let items = ok_items(read_all(&server, stream).await);
    let mut unique = items.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        items.len(),
        "an item yielded twice: {items:?}"
    );
    // Nothing was deleted, so every item that existed before the read is listed.
    for item in ids(0..400) {
        assert!(items.contains(&item), "{item} missed");
    }
}

#[tokio::test(start_paused = true)]
async fn a_short_page_ends_the_list_and_pages_fetched_ahead_are_dropped() {
    let server = Rc::new(Server::default());
    let fetched = server.clone();
    // The first page reports 200 items; by the time the third page is read, items were
    // deleted: it is short. Pages fetched ahead of it still answer full pages of other ids.
    let stream = offset_pages_with(20, ListOptions::new(), move |offset, size| {
        let server = fetched.clone();
        async move {
            server.arrive(offset);
            tokio::time::sleep(Duration::from_millis(50)).await;
            server.leave();
            let len = if offset == 40 { 5 } else { size };
            page(ids(offset..offset + len), total(200), 1)
        }
    });
    let items = ok_items(read_all(&server, stream).await);
    assert_eq!(items, ids(0..45));
}

#[tokio::test(start_paused = true)]
async fn no_page_starting_past_max_items_is_requested() {
    for (max, pages) in [(45u64, 3usize), (40, 2), (1, 1)] {
        let server = Rc::new(Server::default());
        let fetched = server.clone();
        let paged: Paged<'_, String, Failed> =
            Paged::with_options_passed(20, move |page_size, options| {
                offset_list(
                    fetched,
                    1_000,
                    options,
                    |_| Duration::from_millis(50),
                    |_| 1,
                )
                .map(move |item| {
                    assert!(page_size <= 20);
                    item
                })
            });
        let items = ok_items(read_all(&server, paged.max_items(max)).await);
        assert_eq!(items, ids(0..max));
        assert_eq!(server.arrivals.lock().unwrap().len(), pages, "max {max}");
    }
}

#[tokio::test(start_paused = true)]
async fn without_a_total_pages_are_read_one_after_another() {
    let server = Rc::new(Server::default());
    let fetched = server.clone();
    let stream = offset_pages_with(20, ListOptions::new(), move |offset, size| {
        let server = fetched.clone();
        async move {
            server.arrive(offset);
            tokio::time::sleep(Duration::from_millis(50)).await;
            server.leave();
            let end = (offset + size).min(130);
            page(ids(offset..end), PageInfo::default(), 1)
        }
    });
    let items = ok_items(read_all(&server, stream).await);
    assert_eq!(items, ids(0..130));
    assert_eq!(server.most_in_flight.load(SeqCst), 1);
}

#[tokio::test(start_paused = true)]
async fn numbered_lists_fetch_ahead_to_the_reported_last_page() {
    for info in [
        PageInfo {
            total_pages: Some(30),
            ..PageInfo::default()
        },
        total(590),
    ] {
        let server = Rc::new(Server::default());
        let fetched = server.clone();
        let reported = info.clone();
        let stream = numbered_pages_with(1, 20, ListOptions::new(), move |number, size| {
            let (server, info) = (fetched.clone(), reported.clone());
            async move {
                server.arrive(number);
                tokio::time::sleep(Duration::from_millis(50)).await;
                server.leave();
                let start = (number - 1) * size;
                page(ids(start..(start + size).min(590)), info, 1)
            }
        });
        let items = ok_items(read_all(&server, stream).await);
        assert_eq!(items, ids(0..590), "{info:?}");
        assert_eq!(server.cursors(), (1..=30).collect::<Vec<_>>(), "{info:?}");
        assert_eq!(
            server.most_in_flight.load(SeqCst),
            DEFAULT_PAGES_IN_FLIGHT,
            "{info:?}"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn a_server_serving_smaller_pages_is_followed_with_its_size() {
    let server = Rc::new(Server::default());
    let fetched = server.clone();
    // Asked for 20, the server serves 8 and says so.
    let stream = offset_pages_with(20, ListOptions::new(), move |offset, _| {
        let server = fetched.clone();
        async move {
            server.arrive(offset);
            tokio::time::sleep(Duration::from_millis(50)).await;
            server.leave();
            let mut info = total(100);
            info.page_size = Some(8);
            page(ids(offset..(offset + 8).min(100)), info, 1)
        }
    });
    let items = ok_items(read_all(&server, stream).await);
    assert_eq!(items, ids(0..100));
    assert_eq!(server.cursors(), (0..13).map(|p| p * 8).collect::<Vec<_>>());
}

#[tokio::test(start_paused = true)]
async fn a_page_of_items_already_read_is_a_loop_not_an_endless_list() {
    // A server that ignores the offset and reports no total answers the same page forever.
    let server = Rc::new(Server::default());
    let fetched = server.clone();
    let stream = offset_pages_with(20, ListOptions::new(), move |offset, size| {
        let server = fetched.clone();
        async move {
            server.arrive(offset);
            server.leave();
            page(ids(0..size), PageInfo::default(), 1)
        }
    });
    let items = read_all(&server, stream).await;
    assert_eq!(items.len(), 21);
    assert_eq!(ok_items(items[..20].to_vec()), ids(0..20));
    assert!(items[20].as_ref().unwrap_err().contains("points back"));
    assert_eq!(server.cursors(), [0, 20]);
}
