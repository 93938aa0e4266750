//! The WAN-shaped benchmark: the emulator answers every request after a fixed delay (50 ms by
//! default) and under a per-listener rate limit; each vendor's trunks (and Plivo's and
//! Vobiz's call records) are listed by trunkline and by sequential paging (a plain
//! one-page-after-another loop with reqwest + serde_json; for Twilio also twilio-python, when
//! it is installed). The parent counts requests, bytes sent (after compression), 429s and its
//! own CPU time (the emulator's); each client runs in a fresh child process that reports its
//! wall time, CPU time and peak RSS.

use std::process::Command;
use std::time::{Duration, Instant};

use futures::TryStreamExt as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use trunkline::{CallFilter, TrunkFilter};
use trunkline_emulator::{self as emu, Emulator, EmulatorConfig, RateLimit};

use crate::client::{BoxError, provider};
use crate::{BenchVendor, Origins, Task, TaskResult, self_status_bytes};

/// The vendors of the WAN benchmark (Telnyx's IP connections through its generated client's
/// `stream()`, the others through the facade).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WanVendor {
    /// Plivo Zentrunk (20 per page).
    Plivo,
    /// Twilio Elastic SIP Trunking (1,000 per page, next links).
    Twilio,
    /// Vobiz (100 per page).
    Vobiz,
    /// Telnyx IP connections (250 per page, page numbers).
    Telnyx,
}

impl WanVendor {
    /// Table order.
    pub const ALL: [WanVendor; 4] = [Self::Plivo, Self::Twilio, Self::Vobiz, Self::Telnyx];

    /// Lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Plivo => "plivo",
            Self::Twilio => "twilio",
            Self::Vobiz => "vobiz",
            Self::Telnyx => "telnyx",
        }
    }

    /// Whether the vendor has call records to export.
    pub fn has_calls(self) -> bool {
        matches!(self, Self::Plivo | Self::Vobiz)
    }
}

/// What is listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WanWhat {
    /// Every trunk (Telnyx: IP connection).
    Trunks,
    /// Every call record (Plivo calls, Vobiz CDRs).
    Calls,
}

/// Who lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WanClient {
    /// trunkline (the facade's list, or Telnyx's generated `stream()`): concurrent pages.
    Trunkline,
    /// A plain loop: one page after another, reqwest + serde_json.
    Sequential,
    /// Twilio's official Python library (`trunks.stream(page_size=1000)`).
    TwilioPython,
}

impl WanClient {
    /// Name in the table.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Trunkline => "trunkline",
            Self::Sequential => "sequential loop",
            Self::TwilioPython => "twilio-python 9.13.0",
        }
    }
}

/// One measured listing.
#[derive(Clone, Debug, Serialize)]
pub struct WanResult {
    /// Vendor.
    pub vendor: WanVendor,
    /// What was listed.
    pub what: WanWhat,
    /// Items in the emulator (all listed).
    pub count: usize,
    /// Who listed.
    pub client: WanClient,
    /// Listings this row is the median of.
    pub rounds: usize,
    /// Requests the emulator served (429s included).
    pub requests: u64,
    /// Requests answered with the rate limit's 429.
    pub rate_limited: u64,
    /// Response body bytes the emulator sent (after compression).
    pub bytes_received: u64,
    /// Wall time of the listing.
    pub wall_secs: f64,
    /// Items per second.
    pub items_per_sec: f64,
    /// Client CPU time (user + system) of the child process while it lists (its HTTP client
    /// built before, as twilio-python's is).
    pub client_cpu_secs: f64,
    /// Client CPU per listed item, µs.
    pub client_cpu_us_per_item: f64,
    /// The emulator's CPU (the benchmark parent process) per listed item, µs.
    pub emulator_cpu_us_per_item: f64,
    /// Peak RSS of the client process.
    pub peak_rss_bytes: u64,
    /// The lowest and the highest peak RSS of the rounds.
    pub peak_rss_range_bytes: (u64, u64),
    /// Sequential wall time / this wall time (for trunkline rows).
    pub speedup_vs_sequential: Option<f64>,
    /// Each round's own measures, in the order they ran, so that a median can be checked
    /// against the rounds it is the median of (a first round that pays for something the
    /// others don't shows here).
    pub per_round: Vec<WanRound>,
}

/// One listing's measures, among the rounds of a [`WanResult`].
#[derive(Clone, Debug, Serialize)]
pub struct WanRound {
    /// Wall time of the listing.
    pub wall_secs: f64,
    /// Client CPU per listed item, µs.
    pub client_cpu_us_per_item: f64,
    /// The emulator's CPU per listed item, µs.
    pub emulator_cpu_us_per_item: f64,
    /// Peak RSS of the client process.
    pub peak_rss_bytes: u64,
    /// Requests answered with the rate limit's 429.
    pub rate_limited: u64,
}

/// The WAN emulator and the runtime serving it.
pub struct WanBench {
    runtime: tokio::runtime::Runtime,
    emulator: Emulator,
    origins: Origins,
    /// The python interpreter with twilio installed, if any.
    python: Option<String>,
}

/// The median of each measure over `runs` (one client, one case; at least one run), with the
/// most 429s of any run.
fn median_of(runs: &[WanResult]) -> WanResult {
    fn median<T: Copy + PartialOrd>(runs: &[WanResult], of: impl Fn(&WanResult) -> T) -> T {
        let mut values: Vec<T> = runs.iter().map(of).collect();
        values.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        values[values.len() / 2]
    }
    let mut row = runs[0].clone();
    row.rounds = runs.len();
    row.requests = median(runs, |r| r.requests);
    row.rate_limited = runs.iter().map(|r| r.rate_limited).max().unwrap_or(0);
    row.bytes_received = median(runs, |r| r.bytes_received);
    row.wall_secs = median(runs, |r| r.wall_secs);
    row.items_per_sec = row.count as f64 / row.wall_secs;
    row.client_cpu_secs = median(runs, |r| r.client_cpu_secs);
    row.client_cpu_us_per_item = median(runs, |r| r.client_cpu_us_per_item);
    row.emulator_cpu_us_per_item = median(runs, |r| r.emulator_cpu_us_per_item);
    row.peak_rss_bytes = median(runs, |r| r.peak_rss_bytes);
    let peaks = runs.iter().map(|r| r.peak_rss_bytes);
    row.peak_rss_range_bytes = (peaks.clone().min().unwrap_or(0), peaks.max().unwrap_or(0));
    row.per_round = runs
        .iter()
        .flat_map(|r| r.per_round.iter().cloned())
        .collect();
    row
}

/// CPU time of this process, every thread's (exited ones included), in seconds: the
/// process CPU-time clock (`CLOCK_PROCESS_CPUTIME_ID`), the clock Python's `time.process_time()`
/// reads, so both sides of a comparison are measured alike.
///
/// Not `/proc/self/task/*/schedstat`: the kernel adds a running thread's time to it at
/// scheduler ticks and switches only, so a thread reading its own lags by up to a tick
/// (measured: 0.02 ms reported for 1.5 ms of spinning), an error of several milliseconds
/// against listings of twenty; and a thread that exits between two readings would drop out
/// of the sum.
pub fn process_cpu_secs() -> f64 {
    let now = rustix::time::clock_gettime(rustix::time::ClockId::ProcessCPUTime);
    now.tv_sec as f64 + now.tv_nsec as f64 / 1e9
}

impl WanBench {
    /// Starts the emulator with `delay` on every response and `rate_limit` requests/s per
    /// listener.
    pub fn start(delay: Duration, rate_limit: u32) -> Result<Self, BoxError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .thread_name("emulator")
            .build()?;
        let config = EmulatorConfig::default()
            .with_response_delay(delay)
            .with_rate_limit(RateLimit::per_second(rate_limit));
        let emulator = runtime.block_on(Emulator::start(config))?;
        let o = emulator.origins();
        let origins = Origins {
            plivo: o.plivo.clone(),
            twilio_trunking: o.twilio_trunking.clone(),
            twilio_api: o.twilio_api.clone(),
            vobiz: o.vobiz.clone(),
            telnyx: o.telnyx.clone(),
        };
        let python = std::env::var("TRUNKLINE_BENCH_PYTHON").unwrap_or_else(|_| "python3".into());
        let has_twilio = Command::new(&python)
            .args(["-c", "import twilio; assert twilio.__version__ == '9.13.0'"])
            .output()
            .is_ok_and(|o| o.status.success());
        if !has_twilio {
            eprintln!(
                "bench: twilio-python 9.13.0 not found for {python} (set TRUNKLINE_BENCH_PYTHON \
                 to an interpreter with `pip install twilio==9.13.0`): its rows are skipped"
            );
        }
        Ok(Self {
            runtime,
            emulator,
            origins,
            python: has_twilio.then_some(python),
        })
    }

    /// (requests, 429s, bytes sent) of the listener serving `vendor`'s lists.
    fn counters(&self, vendor: WanVendor) -> (u64, u64, u64) {
        macro_rules! of {
            ($handle:expr) => {{
                let handle = $handle;
                (
                    handle.requests_total(),
                    handle.rate_limited_total(),
                    handle.bytes_sent(),
                )
            }};
        }
        match vendor {
            WanVendor::Plivo => of!(self.emulator.plivo()),
            WanVendor::Twilio => of!(self.emulator.twilio_trunking()),
            WanVendor::Vobiz => of!(self.emulator.vobiz()),
            WanVendor::Telnyx => of!(self.emulator.telnyx()),
        }
    }

    fn reset(&self, vendor: WanVendor) {
        match vendor {
            WanVendor::Plivo => self.emulator.plivo().reset(),
            WanVendor::Twilio => {
                self.emulator.twilio_trunking().reset();
                self.emulator.twilio_api().reset();
            }
            WanVendor::Vobiz => self.emulator.vobiz().reset(),
            WanVendor::Telnyx => self.emulator.telnyx().reset(),
        }
    }

    fn seed(&self, vendor: WanVendor, what: WanWhat, count: usize) -> usize {
        match (vendor, what) {
            (WanVendor::Plivo, WanWhat::Trunks) => self.emulator.plivo().seed_trunks(count).len(),
            (WanVendor::Twilio, WanWhat::Trunks) => {
                self.emulator.twilio_trunking().seed_trunks(count).len()
            }
            (WanVendor::Vobiz, WanWhat::Trunks) => self.emulator.vobiz().seed_trunks(count).len(),
            (WanVendor::Telnyx, WanWhat::Trunks) => self.emulator.telnyx().seed_trunks(count).len(),
            (WanVendor::Plivo, WanWhat::Calls) => {
                self.emulator.plivo().seed_generated_calls(count, 16).len()
            }
            (WanVendor::Vobiz, WanWhat::Calls) => {
                self.emulator.vobiz().seed_generated_cdrs(count, 16).len()
            }
            _ => 0,
        }
    }

    /// Lists `count` items of `what` on `vendor` with each client; the trunkline row carries
    /// its speed-up over the sequential loop.
    ///
    /// trunkline and twilio-python list `rounds` times, alternating, so that the machine's
    /// load hits both alike; their rows are the medians of the rounds (the most 429s of any
    /// round; peak RSS also as the lowest and highest of the rounds). Peak RSS in particular
    /// moves by a megabyte or more from one run to the next, with how many decoded pages
    /// happen to wait for the consumer at once. The sequential loop (minutes at 100,000 items)
    /// lists once.
    pub fn case(
        &self,
        vendor: WanVendor,
        what: WanWhat,
        count: usize,
        rounds: usize,
    ) -> Result<Vec<WanResult>, BoxError> {
        self.reset(vendor);
        let expected = self.seed(vendor, what, count);
        let mut repeated = vec![WanClient::Trunkline];
        if vendor == WanVendor::Twilio && what == WanWhat::Trunks && self.python.is_some() {
            repeated.push(WanClient::TwilioPython);
        }
        let mut runs: Vec<Vec<WanResult>> = vec![Vec::new(); repeated.len()];
        for _ in 0..rounds.max(1) {
            for (client, runs) in repeated.iter().zip(&mut runs) {
                runs.push(self.measure(vendor, what, *client, expected)?);
            }
        }
        let mut results: Vec<WanResult> = runs.iter().map(|runs| median_of(runs)).collect();
        results.push(self.measure(vendor, what, WanClient::Sequential, expected)?);
        let sequential = results
            .iter()
            .find(|r| r.client == WanClient::Sequential)
            .map(|r| r.wall_secs);
        for result in &mut results {
            if result.client == WanClient::Trunkline {
                result.speedup_vs_sequential = sequential.map(|s| s / result.wall_secs);
            }
        }
        self.reset(vendor);
        Ok(results)
    }

    /// One listing of the `expected` items by `client`.
    fn measure(
        &self,
        vendor: WanVendor,
        what: WanWhat,
        client: WanClient,
        expected: usize,
    ) -> Result<WanResult, BoxError> {
        eprintln!(
            "bench: wan {} {} {expected} by {}",
            vendor.as_str(),
            match what {
                WanWhat::Trunks => "trunks",
                WanWhat::Calls => "call records",
            },
            client.as_str()
        );
        let before = self.counters(vendor);
        let emulator_cpu = process_cpu_secs();
        let (items, wall_secs, client_cpu_secs, peak_rss_bytes) = match client {
            WanClient::TwilioPython => self.twilio_python(expected)?,
            _ => {
                let result = crate::emulated::run_child(&Task::Wan {
                    vendor,
                    what,
                    client,
                    origins: self.origins.clone(),
                })?;
                let TaskResult::Wan {
                    items,
                    wall_secs,
                    cpu_secs,
                    peak_rss_bytes,
                } = result
                else {
                    return Err("child answered another task".into());
                };
                (items, wall_secs, cpu_secs, peak_rss_bytes)
            }
        };
        let emulator_cpu = process_cpu_secs() - emulator_cpu;
        let after = self.counters(vendor);
        if items != expected {
            return Err(format!(
                "{} listed {items} of {expected} on {}",
                client.as_str(),
                vendor.as_str()
            )
            .into());
        }
        let per_item = |secs: f64| secs * 1e6 / items.max(1) as f64;
        eprintln!(
            "bench:   {wall_secs:.2} s, client CPU {:.2} µs/item, emulator CPU {:.2} µs/item, \
             peak RSS {:.1} MiB",
            per_item(client_cpu_secs),
            per_item(emulator_cpu),
            peak_rss_bytes as f64 / (1024.0 * 1024.0)
        );
        Ok(WanResult {
            vendor,
            what,
            count: items,
            client,
            rounds: 1,
            requests: after.0 - before.0,
            rate_limited: after.1 - before.1,
            bytes_received: after.2 - before.2,
            wall_secs,
            items_per_sec: items as f64 / wall_secs,
            client_cpu_secs,
            client_cpu_us_per_item: per_item(client_cpu_secs),
            emulator_cpu_us_per_item: per_item(emulator_cpu),
            peak_rss_bytes,
            peak_rss_range_bytes: (peak_rss_bytes, peak_rss_bytes),
            speedup_vs_sequential: None,
            per_round: vec![WanRound {
                wall_secs,
                client_cpu_us_per_item: per_item(client_cpu_secs),
                emulator_cpu_us_per_item: per_item(emulator_cpu),
                peak_rss_bytes,
                rate_limited: after.1 - before.1,
            }],
        })
    }

    /// twilio-python lists the Twilio trunks (pages of 1,000) in a fresh interpreter.
    fn twilio_python(&self, expected: usize) -> Result<(usize, f64, f64, u64), BoxError> {
        let python = self.python.as_deref().ok_or("no twilio-python")?;
        let output = Command::new(python)
            .arg("-c")
            .arg(TWILIO_PYTHON)
            .arg(&self.origins.twilio_trunking)
            .arg(emu::DEFAULT_TWILIO_ACCOUNT_SID)
            .arg(emu::DEFAULT_TWILIO_AUTH_TOKEN)
            .stderr(std::process::Stdio::inherit())
            .output()?;
        if !output.status.success() {
            return Err(format!("twilio-python failed ({})", output.status).into());
        }
        let line = String::from_utf8_lossy(&output.stdout);
        let value: Value = serde_json::from_str(line.trim())?;
        let number = |key: &str| value[key].as_f64().unwrap_or(0.0);
        let items = number("items") as usize;
        if items != expected {
            return Err(format!("twilio-python listed {items} of {expected}").into());
        }
        Ok((
            items,
            number("wall_secs"),
            number("cpu_secs"),
            number("peak_rss_kib") as u64 * 1024,
        ))
    }

    /// Blocks on the emulator's runtime (to keep it referenced).
    pub fn runtime(&self) -> &tokio::runtime::Runtime {
        &self.runtime
    }
}

/// twilio-python, pointed at the emulator by a `TwilioHttpClient` that replaces Twilio's
/// origin with the emulator's in every URL (next-page links included). `requests` asks for
/// gzip. Prints one JSON line.
const TWILIO_PYTHON: &str = r#"
import json, sys, time
from twilio.rest import Client
from twilio.http.http_client import TwilioHttpClient

origin, sid, token = sys.argv[1:4]

class Local(TwilioHttpClient):
    def request(self, method, url, *args, **kwargs):
        url = url.replace("https://trunking.twilio.com", origin)
        return super().request(method, url, *args, **kwargs)

client = Client(sid, token, http_client=Local())
cpu = time.process_time()
wall = time.perf_counter()
items = 0
for trunk in client.trunking.v1.trunks.stream(page_size=1000):
    items += 1
wall = time.perf_counter() - wall
cpu = time.process_time() - cpu
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0].split()[1]
print(json.dumps({"items": items, "wall_secs": wall, "cpu_secs": cpu,
                  "peak_rss_kib": int(hwm)}))
"#;

/// What a child lists with, built before its clocks start, as twilio-python's `Client` is:
/// building an HTTP client (reqwest loads the system's root certificates, a few ms) is
/// start-up, not listing.
enum Lister {
    /// The facade's provider.
    Facade(std::sync::Arc<dyn trunkline::TrunkProvider>),
    /// Telnyx's generated client (its IP connections are listed through `stream()`).
    Telnyx(trunkline_telnyx::Client),
    /// Bare reqwest, for the sequential loop.
    Plain(reqwest::Client),
}

/// The child side of [`Task::Wan`]: one listing, on a single-threaded runtime.
pub async fn child(
    vendor: WanVendor,
    what: WanWhat,
    client: WanClient,
    origins: &Origins,
) -> Result<TaskResult, BoxError> {
    let lister = match (client, vendor) {
        (WanClient::Trunkline, WanVendor::Telnyx) => Lister::Telnyx(
            trunkline_telnyx::ClientBuilder::new(emu::DEFAULT_TELNYX_API_KEY)
                .base_url(&origins.telnyx)
                .build()?,
        ),
        (WanClient::Trunkline, vendor) => Lister::Facade(provider(bench_vendor(vendor), origins)?),
        (WanClient::Sequential, _) => Lister::Plain(reqwest::Client::new()),
        (WanClient::TwilioPython, _) => return Err("twilio-python runs in the parent".into()),
    };
    let cpu = process_cpu_secs();
    let started = Instant::now();
    let items = match lister {
        Lister::Telnyx(client) => count(client.list_ip_connections().stream()).await?,
        Lister::Facade(facade) => match what {
            WanWhat::Trunks => count(facade.list_trunks(TrunkFilter::new())).await?,
            WanWhat::Calls => count(facade.list_calls(CallFilter::new())).await?,
        },
        Lister::Plain(http) => sequential_list(&http, vendor, what, origins).await?,
    };
    let wall_secs = started.elapsed().as_secs_f64();
    Ok(TaskResult::Wan {
        items,
        wall_secs,
        cpu_secs: process_cpu_secs() - cpu,
        peak_rss_bytes: self_status_bytes("VmHWM"),
    })
}

/// Counts the items of a stream without keeping them.
async fn count<T, E, S>(stream: S) -> Result<usize, BoxError>
where
    S: futures::Stream<Item = Result<T, E>>,
    E: std::error::Error + Send + Sync + 'static,
{
    let n = stream
        .try_fold(0usize, |n, item| {
            std::hint::black_box(item);
            async move { Ok(n + 1) }
        })
        .await?;
    Ok(n)
}

fn bench_vendor(vendor: WanVendor) -> BenchVendor {
    match vendor {
        WanVendor::Plivo => BenchVendor::Plivo,
        WanVendor::Twilio => BenchVendor::Twilio,
        _ => BenchVendor::Vobiz,
    }
}

/// One page: its items and the next URL, if any.
type Next = Option<String>;

/// The plain loop: one GET after another, each decoded into a `serde_json::Value`, following
/// the vendor's documented paging (offset + total, page number + total pages, next link).
async fn sequential_list(
    http: &reqwest::Client,
    vendor: WanVendor,
    what: WanWhat,
    origins: &Origins,
) -> Result<usize, BoxError> {
    let get = |url: String| {
        let request = http
            .get(&url)
            .header(reqwest::header::ACCEPT, "application/json");
        let request = match vendor {
            WanVendor::Plivo => request.basic_auth(
                emu::DEFAULT_PLIVO_AUTH_ID,
                Some(emu::DEFAULT_PLIVO_AUTH_TOKEN),
            ),
            WanVendor::Twilio => request.basic_auth(
                emu::DEFAULT_TWILIO_ACCOUNT_SID,
                Some(emu::DEFAULT_TWILIO_AUTH_TOKEN),
            ),
            WanVendor::Vobiz => request
                .header("X-Auth-ID", emu::DEFAULT_VOBIZ_AUTH_ID)
                .header("X-Auth-Token", emu::DEFAULT_VOBIZ_AUTH_TOKEN),
            WanVendor::Telnyx => request.bearer_auth(emu::DEFAULT_TELNYX_API_KEY),
        };
        async move {
            let bytes = request.send().await?.error_for_status()?.bytes().await?;
            Ok::<Value, BoxError>(serde_json::from_slice(&bytes)?)
        }
    };
    let len = |page: &Value, key: &str| page[key].as_array().map_or(0, Vec::len);
    let mut items = 0usize;
    match (vendor, what) {
        (WanVendor::Plivo | WanVendor::Vobiz, WanWhat::Trunks)
        | (WanVendor::Plivo, WanWhat::Calls) => {
            let (base, size, total_key) = match (vendor, what) {
                (WanVendor::Plivo, WanWhat::Trunks) => (
                    format!(
                        "{}/v1/Account/{}/Zentrunk/Trunk/",
                        origins.plivo,
                        emu::DEFAULT_PLIVO_AUTH_ID
                    ),
                    20,
                    "total_count",
                ),
                (WanVendor::Plivo, _) => (
                    format!(
                        "{}/v1/Account/{}/Zentrunk/Call/",
                        origins.plivo,
                        emu::DEFAULT_PLIVO_AUTH_ID
                    ),
                    20,
                    "total_count",
                ),
                _ => (
                    format!(
                        "{}/api/v1/Account/{}/trunks",
                        origins.vobiz,
                        emu::DEFAULT_VOBIZ_AUTH_ID
                    ),
                    100,
                    "total",
                ),
            };
            let mut offset = 0u64;
            loop {
                let page = get(format!("{base}?limit={size}&offset={offset}")).await?;
                let n = len(&page, "objects");
                items += n;
                offset += n as u64;
                let total = page["meta"][total_key].as_u64().unwrap_or(0);
                if n < size || offset >= total {
                    break;
                }
            }
        }
        (WanVendor::Vobiz, WanWhat::Calls) | (WanVendor::Telnyx, _) => {
            let (base, pages_of): (String, fn(&Value) -> u64) = match vendor {
                WanVendor::Vobiz => (
                    format!(
                        "{}/api/v1/Account/{}/cdr?per_page=100&page=",
                        origins.vobiz,
                        emu::DEFAULT_VOBIZ_AUTH_ID
                    ),
                    |page| page["pagination"]["pages"].as_u64().unwrap_or(0),
                ),
                _ => (
                    format!(
                        "{}/v2/ip_connections?page[size]=250&page[number]=",
                        origins.telnyx
                    ),
                    |page| page["meta"]["total_pages"].as_u64().unwrap_or(0),
                ),
            };
            let mut number = 1u64;
            loop {
                let page = get(format!("{base}{number}")).await?;
                let n = len(&page, "data");
                items += n;
                if n == 0 || number >= pages_of(&page) {
                    break;
                }
                number += 1;
            }
        }
        (WanVendor::Twilio, _) => {
            let mut next: Next = Some(format!(
                "{}/v1/Trunks?PageSize=1000",
                origins.twilio_trunking
            ));
            while let Some(url) = next.take() {
                let page = get(url).await?;
                items += len(&page, "trunks");
                next = page["meta"]["next_page_url"].as_str().map(|link| {
                    link.replace("https://trunking.twilio.com", &origins.twilio_trunking)
                });
            }
        }
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn process_cpu_time_counts_a_thread_that_has_exited() {
        let before = process_cpu_secs();
        // Spin on another thread until its own CPU clock has run 20 ms, then let it exit.
        std::thread::spawn(|| {
            let thread_cpu = || {
                let now = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
                now.tv_sec as f64 + now.tv_nsec as f64 / 1e9
            };
            let start = thread_cpu();
            while thread_cpu() - start < 0.020 {
                std::hint::black_box(());
            }
        })
        .join()
        .expect("spinning thread");
        let spent = process_cpu_secs() - before;
        assert!(
            spent >= 0.020,
            "process CPU grew {spent} s, the thread spun 0.020 s"
        );
    }

    fn run(wall_secs: f64, rss: u64, rate_limited: u64) -> WanResult {
        WanResult {
            vendor: WanVendor::Plivo,
            what: WanWhat::Trunks,
            count: 10,
            client: WanClient::Trunkline,
            rounds: 1,
            requests: 1,
            rate_limited,
            bytes_received: 100,
            wall_secs,
            items_per_sec: 10.0 / wall_secs,
            client_cpu_secs: wall_secs / 10.0,
            client_cpu_us_per_item: wall_secs * 1e5,
            emulator_cpu_us_per_item: 1.0,
            peak_rss_bytes: rss,
            peak_rss_range_bytes: (rss, rss),
            speedup_vs_sequential: None,
            per_round: vec![WanRound {
                wall_secs,
                client_cpu_us_per_item: wall_secs * 1e5,
                emulator_cpu_us_per_item: 1.0,
                peak_rss_bytes: rss,
                rate_limited,
            }],
        }
    }

    #[test]
    fn a_row_is_the_median_of_each_measure_with_the_most_429s() {
        let row = median_of(&[run(3.0, 10, 0), run(1.0, 30, 2), run(2.0, 20, 0)]);
        assert_eq!(row.rounds, 3);
        assert_eq!(row.wall_secs, 2.0);
        assert_eq!(row.items_per_sec, 5.0);
        assert_eq!(row.client_cpu_secs, 0.2);
        assert_eq!(row.peak_rss_bytes, 20);
        assert_eq!(row.peak_rss_range_bytes, (10, 30));
        assert_eq!(row.rate_limited, 2);
        let walls: Vec<f64> = row.per_round.iter().map(|r| r.wall_secs).collect();
        assert_eq!(walls, [3.0, 1.0, 2.0], "every round kept, in the order run");
        let one = median_of(&[run(4.0, 7, 1)]);
        assert_eq!((one.rounds, one.wall_secs, one.peak_rss_bytes), (1, 4.0, 7));
    }
}
