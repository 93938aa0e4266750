//! Emulator CPU per listed item, at two account sizes: does a page cost the same whether the
//! account holds 10,000 or 100,000 items?
//!
//! ```sh
//! cargo run --release -p trunkline-emulator --example page_cost
//! cargo run --release -p trunkline-emulator --example page_cost -- 10000 100000 7 plivo
//! ```
//!
//! Arguments: the two sizes (default 10,000 and 100,000), the rounds (default 7), and
//! optionally a word that selects the listings by name (`plivo`, `Call`, …). For
//! each size a fresh emulator runs on its own single-threaded Tokio runtime on its own OS
//! thread; its items are seeded (trunks, call records and CDRs directly, credential lists
//! over HTTP), then a client on another thread lists every item, page after page, the way a
//! paging client does (Plivo 20 per page, Twilio 1,000 following `next_page_url`, Vobiz
//! 100, Telnyx 250 IP connections or 50 detail records by page number). The emulator thread's CPU time over the listing (its CPU-time clock,
//! `CLOCK_THREAD_CPUTIME_ID`, nanoseconds) divided by the items listed is the number reported: the minimum (the least
//! disturbed) and the median of the rounds, which alternate between the two emulators (both
//! alive, both warmed up by one listing) so that the machine's load hits both sizes alike. Responses are not compressed (the client sends no `Accept-Encoding`), so the
//! number is the cost of finding, paging and serializing the items.

use std::error::Error;
use std::time::Duration;

use serde_json::Value;
use tokio::runtime::Handle;
use trunkline_emulator::{
    DEFAULT_PLIVO_AUTH_ID, DEFAULT_PLIVO_AUTH_TOKEN, DEFAULT_TELNYX_API_KEY,
    DEFAULT_TWILIO_ACCOUNT_SID, DEFAULT_TWILIO_AUTH_TOKEN, DEFAULT_VOBIZ_AUTH_ID,
    DEFAULT_VOBIZ_AUTH_TOKEN, Emulator, EmulatorConfig,
};

type Result<T> = std::result::Result<T, Box<dyn Error + Send + Sync>>;

/// The listings measured.
#[derive(Clone, Copy, Debug)]
enum Listing {
    PlivoTrunks,
    PlivoCredentials,
    PlivoCalls,
    TwilioTrunks,
    TwilioCredentialLists,
    VobizTrunks,
    VobizCredentials,
    VobizCdrs,
    TelnyxIpConnections,
    TelnyxDetailRecords,
}

impl Listing {
    const ALL: [Listing; 10] = [
        Listing::PlivoTrunks,
        Listing::PlivoCredentials,
        Listing::PlivoCalls,
        Listing::TwilioTrunks,
        Listing::TwilioCredentialLists,
        Listing::VobizTrunks,
        Listing::VobizCredentials,
        Listing::VobizCdrs,
        Listing::TelnyxIpConnections,
        Listing::TelnyxDetailRecords,
    ];

    fn name(self) -> &'static str {
        match self {
            Listing::PlivoTrunks => "plivo Trunk/ (20/page)",
            Listing::PlivoCredentials => "plivo Credential/ (20/page)",
            Listing::PlivoCalls => "plivo Call/ (20/page)",
            Listing::TwilioTrunks => "twilio v1 Trunks (1000/page)",
            Listing::TwilioCredentialLists => "twilio CredentialLists (1000/page)",
            Listing::VobizTrunks => "vobiz trunks (100/page)",
            Listing::VobizCredentials => "vobiz trunks/credentials (100/page)",
            Listing::VobizCdrs => "vobiz cdr (100/page)",
            Listing::TelnyxIpConnections => "telnyx ip_connections (250/page)",
            Listing::TelnyxDetailRecords => "telnyx detail_records (50/page)",
        }
    }
}

/// An emulator on its own thread and current-thread runtime.
struct Server {
    emulator: Emulator,
    runtime: Handle,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    fn start() -> Result<Self> {
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime = match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(rt) => rt,
                Err(e) => {
                    let _ = ready_tx.send(Err(e.to_string()));
                    return;
                }
            };
            runtime.block_on(async move {
                match Emulator::start(EmulatorConfig::default()).await {
                    Ok(emulator) => {
                        let _ = ready_tx.send(Ok((emulator, Handle::current())));
                        let _ = stop_rx.await;
                    }
                    Err(e) => {
                        let _ = ready_tx.send(Err(e.to_string()));
                    }
                }
            });
        });
        let (emulator, runtime) = ready_rx.recv()??;
        Ok(Self {
            emulator,
            runtime,
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }

    /// CPU time the emulator thread has used, read on that thread.
    async fn cpu(&self) -> Result<Duration> {
        self.runtime.spawn(async { thread_cpu() }).await?
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// On-CPU time of the calling thread: its CPU-time clock (`CLOCK_THREAD_CPUTIME_ID`), exact to
/// the call. (`/proc/thread-self/schedstat` lags a running thread by up to a scheduler tick.)
fn thread_cpu() -> Result<Duration> {
    let now = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    let nanos = u64::try_from(now.tv_sec)? * 1_000_000_000 + u64::try_from(now.tv_nsec)?;
    Ok(Duration::from_nanos(nanos))
}

fn client() -> Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .no_zstd()
        .no_deflate()
        .build()?)
}

async fn get_json(request: reqwest::RequestBuilder) -> Result<Value> {
    let response = request.send().await?;
    let status = response.status();
    let body = response.bytes().await?;
    if !status.is_success() {
        return Err(format!("HTTP {status}: {}", String::from_utf8_lossy(&body)).into());
    }
    Ok(serde_json::from_slice(&body)?)
}

/// Seeds `count` items for `listing`.
async fn seed(
    server: &Server,
    http: &reqwest::Client,
    listing: Listing,
    count: usize,
) -> Result<()> {
    let emu = &server.emulator;
    match listing {
        Listing::PlivoTrunks => drop(emu.plivo().seed_trunks(count)),
        Listing::TwilioTrunks => drop(emu.twilio_trunking().seed_trunks(count)),
        Listing::VobizTrunks => drop(emu.vobiz().seed_trunks(count)),
        Listing::PlivoCalls => drop(emu.plivo().seed_generated_calls(count, 7)),
        Listing::VobizCdrs => drop(emu.vobiz().seed_generated_cdrs(count, 7)),
        Listing::TelnyxIpConnections => drop(emu.telnyx().seed_trunks(count)),
        Listing::TelnyxDetailRecords => drop(emu.telnyx().seed_generated_detail_records(count, 7)),
        Listing::PlivoCredentials | Listing::TwilioCredentialLists | Listing::VobizCredentials => {
            // No bulk seeding for these: create them over HTTP, 16 at a time.
            use futures::StreamExt as _;
            let results: Vec<Result<()>> = futures::stream::iter(0..count)
                .map(|i| create(emu, http, listing, i))
                .buffer_unordered(16)
                .collect()
                .await;
            results.into_iter().collect::<Result<Vec<()>>>()?;
        }
    }
    Ok(())
}

async fn create(emu: &Emulator, http: &reqwest::Client, listing: Listing, i: usize) -> Result<()> {
    let request = match listing {
        Listing::PlivoCredentials => http
            .post(format!(
                "{}/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/Credential/",
                emu.plivo_url()
            ))
            .basic_auth(DEFAULT_PLIVO_AUTH_ID, Some(DEFAULT_PLIVO_AUTH_TOKEN))
            .json(&serde_json::json!({"name": format!("c{i}"), "username": format!("u{i}"), "password": "Secret-123456"})),
        Listing::TwilioCredentialLists => http
            .post(format!(
                "{}/2010-04-01/Accounts/{DEFAULT_TWILIO_ACCOUNT_SID}/SIP/CredentialLists.json",
                emu.twilio_api_url()
            ))
            .basic_auth(DEFAULT_TWILIO_ACCOUNT_SID, Some(DEFAULT_TWILIO_AUTH_TOKEN))
            .form(&[("FriendlyName", format!("list-{i}"))]),
        Listing::VobizCredentials => http
            .post(format!(
                "{}/api/v1/Account/{DEFAULT_VOBIZ_AUTH_ID}/credentials",
                emu.vobiz_url()
            ))
            .header("X-Auth-ID", DEFAULT_VOBIZ_AUTH_ID)
            .header("X-Auth-Token", DEFAULT_VOBIZ_AUTH_TOKEN)
            .json(&serde_json::json!({"username": format!("user{i}"), "password": "Secret-123456"})),
        _ => return Ok(()),
    };
    let response = request.send().await?;
    if response.status().as_u16() != 201 {
        return Err(format!("{listing:?} create answered {}", response.status()).into());
    }
    Ok(())
}

/// Lists every item, page after page; returns (items, pages).
async fn list_all(
    emu: &Emulator,
    http: &reqwest::Client,
    listing: Listing,
) -> Result<(usize, usize)> {
    let plivo = |path: &str| {
        http.get(format!(
            "{}/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/{path}",
            emu.plivo_url()
        ))
        .basic_auth(DEFAULT_PLIVO_AUTH_ID, Some(DEFAULT_PLIVO_AUTH_TOKEN))
    };
    let vobiz = |path: &str| {
        http.get(format!(
            "{}/api/v1/Account/{DEFAULT_VOBIZ_AUTH_ID}/{path}",
            emu.vobiz_url()
        ))
        .header("X-Auth-ID", DEFAULT_VOBIZ_AUTH_ID)
        .header("X-Auth-Token", DEFAULT_VOBIZ_AUTH_TOKEN)
    };
    let twilio = |url: &str| {
        http.get(url)
            .basic_auth(DEFAULT_TWILIO_ACCOUNT_SID, Some(DEFAULT_TWILIO_AUTH_TOKEN))
    };
    let (mut items, mut pages) = (0, 0);
    match listing {
        Listing::PlivoTrunks | Listing::PlivoCredentials | Listing::PlivoCalls => {
            let collection = match listing {
                Listing::PlivoTrunks => "Trunk",
                Listing::PlivoCredentials => "Credential",
                _ => "Call",
            };
            loop {
                let body =
                    get_json(plivo(&format!("{collection}/?limit=20&offset={items}"))).await?;
                let n = body["objects"].as_array().map_or(0, Vec::len);
                items += n;
                pages += 1;
                if body["meta"]["next"].is_null() || n == 0 {
                    break;
                }
            }
        }
        Listing::VobizTrunks | Listing::VobizCredentials => {
            let path = match listing {
                Listing::VobizTrunks => "trunks",
                _ => "trunks/credentials",
            };
            loop {
                let body = get_json(vobiz(&format!("{path}?limit=100&offset={items}"))).await?;
                let n = body["objects"].as_array().map_or(0, Vec::len);
                items += n;
                pages += 1;
                let total = body["meta"]["total"].as_u64().unwrap_or(0) as usize;
                if items >= total || n == 0 {
                    break;
                }
            }
        }
        Listing::VobizCdrs => loop {
            let body = get_json(vobiz(&format!("cdr?per_page=100&page={}", pages + 1))).await?;
            items += body["data"].as_array().map_or(0, Vec::len);
            pages += 1;
            if body["pagination"]["has_next"] != Value::Bool(true) {
                break;
            }
        },
        Listing::TelnyxIpConnections | Listing::TelnyxDetailRecords => {
            let (path, size) = match listing {
                Listing::TelnyxIpConnections => ("ip_connections?", 250),
                _ => ("detail_records?filter[record_type]=sip-trunking&", 50),
            };
            loop {
                let url = format!(
                    "{}/v2/{path}page[number]={}&page[size]={size}",
                    emu.telnyx_url(),
                    pages + 1
                );
                let body = get_json(http.get(url).bearer_auth(DEFAULT_TELNYX_API_KEY)).await?;
                let n = body["data"].as_array().map_or(0, Vec::len);
                items += n;
                pages += 1;
                let total_pages = body["meta"]["total_pages"].as_u64().unwrap_or(0) as usize;
                if pages >= total_pages || n == 0 {
                    break;
                }
            }
        }
        Listing::TwilioTrunks | Listing::TwilioCredentialLists => {
            let (mut url, key, next) = match listing {
                Listing::TwilioTrunks => (
                    format!("{}/v1/Trunks?PageSize=1000", emu.twilio_trunking_url()),
                    "trunks",
                    "next_page_url",
                ),
                _ => (
                    format!(
                        "{}/2010-04-01/Accounts/{DEFAULT_TWILIO_ACCOUNT_SID}/SIP/CredentialLists.json?PageSize=1000",
                        emu.twilio_api_url()
                    ),
                    "credential_lists",
                    "next_page_uri",
                ),
            };
            loop {
                let body = get_json(twilio(&url)).await?;
                items += body[key].as_array().map_or(0, Vec::len);
                pages += 1;
                let link = if next == "next_page_url" {
                    body["meta"][next].as_str().map(str::to_owned)
                } else {
                    body[next]
                        .as_str()
                        .map(|uri| format!("{}{uri}", emu.twilio_api_url()))
                };
                match link {
                    Some(l) => url = l,
                    None => break,
                }
            }
        }
    }
    Ok((items, pages))
}

/// One emulator seeded with `size` items of `listing`, listed once to warm up.
async fn prepare(listing: Listing, size: usize, http: &reqwest::Client) -> Result<Server> {
    let server = Server::start()?;
    seed(&server, http, listing, size).await?;
    list_all(&server.emulator, http, listing).await?;
    Ok(server)
}

/// Nanoseconds of emulator CPU per listed item over one full listing, and the pages.
async fn per_item(
    server: &Server,
    http: &reqwest::Client,
    listing: Listing,
    size: usize,
) -> Result<(f64, usize)> {
    let before = server.cpu().await?;
    let (items, pages) = list_all(&server.emulator, http, listing).await?;
    let after = server.cpu().await?;
    if items != size {
        return Err(format!("{listing:?}: listed {items} of {size}").into());
    }
    Ok((
        after.saturating_sub(before).as_nanos() as f64 / items as f64,
        pages,
    ))
}

/// (minimum, median) of the rounds.
fn min_median(mut values: Vec<f64>) -> (f64, f64) {
    values.sort_by(f64::total_cmp);
    let at = |i: usize| values.get(i).copied().unwrap_or(f64::NAN);
    (at(0), at(values.len() / 2))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // An optional last argument that is not a number selects the listings by name.
    let only = match args.last() {
        Some(last) if last.parse::<usize>().is_err() => args.pop(),
        _ => None,
    };
    let args: Vec<usize> = args
        .iter()
        .map(|a| a.parse())
        .collect::<std::result::Result<_, _>>()?;
    let small = args.first().copied().unwrap_or(10_000);
    let large = args.get(1).copied().unwrap_or(100_000);
    let rounds = args.get(2).copied().unwrap_or(7).max(1);
    println!(
        "emulator CPU per listed item, ns: minimum (median) of {rounds} alternating rounds, {small} vs {large} items, uncompressed"
    );
    println!("| listing | at {small} | at {large} | ratio {large}/{small} | pages at {large} |");
    println!("|---|---:|---:|---:|---:|");
    for listing in Listing::ALL {
        if only.as_deref().is_some_and(|o| !listing.name().contains(o)) {
            continue;
        }
        // Both sizes side by side, rounds alternating, so a change in the machine's load
        // hits both alike.
        let http = client()?;
        let small_server = prepare(listing, small, &http).await?;
        let large_server = prepare(listing, large, &http).await?;
        let (mut at_small, mut at_large, mut pages) = (Vec::new(), Vec::new(), 0);
        for _ in 0..rounds {
            at_small.push(per_item(&small_server, &http, listing, small).await?.0);
            let (ns, p) = per_item(&large_server, &http, listing, large).await?;
            at_large.push(ns);
            pages = p;
        }
        let ((a, a_median), (b, b_median)) = (min_median(at_small), min_median(at_large));
        println!(
            "| {} | {a:.0} ({a_median:.0}) | {b:.0} ({b_median:.0}) | {:.2} ({:.2}) | {pages} |",
            listing.name(),
            b / a,
            b_median / a_median
        );
    }
    Ok(())
}
