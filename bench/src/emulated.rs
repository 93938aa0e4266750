//! The parent side of the client benchmarks: one emulator on a multi-threaded runtime,
//! seeded and reset between measurements, and a child process per measurement.

use std::path::Path;
use std::process::Command;

use serde::Serialize;
use trunkline::TrunkId;
use trunkline_emulator::{Emulator, EmulatorConfig};

use crate::client::{BoxError, provider};
use crate::{BenchVendor, LatencyStats, Options, Origins, Task, TaskResult};

/// The running emulator and the runtime serving it.
pub struct Bench {
    runtime: tokio::runtime::Runtime,
    emulator: Emulator,
    origins: Origins,
}

/// Result of the per-call overhead benchmark for one vendor.
#[derive(Clone, Debug, Serialize)]
pub struct GetResult {
    /// Vendor.
    pub vendor: BenchVendor,
    /// HTTP requests one facade `get_trunk` sends (the raw client sends the same ones).
    pub requests_per_get: usize,
    /// Facade latency.
    pub facade: LatencyStats,
    /// Bare reqwest + serde_json latency.
    pub raw: LatencyStats,
    /// facade p50 / raw p50.
    pub p50_ratio: f64,
    /// facade p99 / raw p99.
    pub p99_ratio: f64,
    /// TCP connections the emulator accepted during the run (both clients together).
    pub connections_opened: u64,
    /// HTTP requests the emulator served during the run.
    pub requests_served: u64,
}

/// Instructions per `get_trunk` on one vendor, counted by callgrind.
#[derive(Clone, Debug, Serialize)]
pub struct GetInstructions {
    /// Vendor.
    pub vendor: BenchVendor,
    /// HTTP requests one `get_trunk` sends.
    pub requests_per_get: usize,
    /// `N`: the difference between runs of `N` and `2N` calls was divided by it.
    pub calls: usize,
    /// Instructions per facade `get_trunk`.
    pub facade_per_call: f64,
    /// Instructions per call of the same requests with bare reqwest + serde_json.
    pub raw_per_call: f64,
    /// facade / raw.
    pub ratio: f64,
}

/// The total instruction count (`Ir`) of a callgrind output file: its `summary:` (or
/// `totals:`) line.
pub fn callgrind_total(out: &str) -> Option<u64> {
    out.lines()
        .find_map(|line| {
            line.strip_prefix("summary:")
                .or_else(|| line.strip_prefix("totals:"))
        })
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|ir| ir.parse().ok())
}

/// Result of listing `count` trunks on one vendor.
#[derive(Clone, Debug, Serialize)]
pub struct ListResult {
    /// Vendor.
    pub vendor: BenchVendor,
    /// Trunks in the emulator (all listed).
    pub count: usize,
    /// Page size the facade used (the vendor's maximum).
    pub page_size: usize,
    /// HTTP requests served (pages).
    pub requests: u64,
    /// Wall time (median of the runs).
    pub wall_secs: f64,
    /// Wall time of every run (each in a fresh process).
    pub runs_wall_secs: Vec<f64>,
    /// Trunks per second (median run).
    pub items_per_sec: f64,
    /// Child RSS before listing.
    pub baseline_rss_bytes: u64,
    /// Child peak RSS (VmHWM), the largest of the runs.
    pub peak_rss_bytes: u64,
    /// TCP connections the emulator accepted (per run).
    pub connections_opened: u64,
}

/// Result of `count` creates at one concurrency on one vendor.
#[derive(Clone, Debug, Serialize)]
pub struct CreateResult {
    /// Vendor.
    pub vendor: BenchVendor,
    /// Creates in flight at once.
    pub concurrency: usize,
    /// Successful creates.
    pub ok: usize,
    /// Failed creates.
    pub failed: usize,
    /// Wall time (the median run).
    pub wall_secs: f64,
    /// Wall time of every run (each on an empty account, in a fresh process).
    pub runs_wall_secs: Vec<f64>,
    /// Creates per second (the median run).
    pub creates_per_sec: f64,
    /// HTTP requests per facade create (vendor round trips, e.g. Plivo reads the trunk back).
    pub requests_per_create: f64,
    /// Per-create latency (the median run).
    pub latency: LatencyStats,
    /// TCP connections the emulator accepted (the median run).
    pub connections_opened: u64,
}

/// The element of `runs` with the median `key` (the upper median for an even count).
pub fn median_by<T>(mut runs: Vec<T>, key: impl Fn(&T) -> f64) -> Option<T> {
    runs.sort_by(|a, b| key(a).total_cmp(&key(b)));
    let middle = runs.len() / 2;
    runs.into_iter().nth(middle)
}

/// The vendor's maximum page size, which the facade uses by default.
pub fn max_page_size(vendor: BenchVendor) -> usize {
    match vendor {
        BenchVendor::Plivo => trunkline::vendor::plivo::MAX_PAGE_SIZE as usize,
        // `trunkline::TwilioProvider` pages trunks 1,000 at a time, Twilio's `PageSize` limit.
        BenchVendor::Twilio => 1_000,
        BenchVendor::Vobiz => trunkline::vendor::vobiz::MAX_PAGE_SIZE as usize,
        // Connection lists page 250 at a time.
        BenchVendor::Telnyx => 250,
    }
}

impl Bench {
    /// Starts the emulator on `127.0.0.1` on a runtime with one worker per core.
    pub fn start() -> Result<Self, BoxError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .thread_name("emulator")
            .build()?;
        // The request log is sized for the largest run (100,000 trunks on Plivo is 5,000
        // pages; 1,000 creates are at most 2,000 requests) and kept on, as in tests.
        let emulator = runtime.block_on(Emulator::start(EmulatorConfig::default()))?;
        let o = emulator.origins();
        let origins = Origins {
            plivo: o.plivo.clone(),
            twilio_trunking: o.twilio_trunking.clone(),
            twilio_api: o.twilio_api.clone(),
            vobiz: o.vobiz.clone(),
            telnyx: o.telnyx.clone(),
        };
        Ok(Self {
            runtime,
            emulator,
            origins,
        })
    }

    /// The origins children connect to.
    pub fn origins(&self) -> &Origins {
        &self.origins
    }

    fn reset(&self, vendor: BenchVendor) {
        match vendor {
            BenchVendor::Plivo => self.emulator.plivo().reset(),
            BenchVendor::Twilio => {
                self.emulator.twilio_trunking().reset();
                self.emulator.twilio_api().reset();
            }
            BenchVendor::Vobiz => self.emulator.vobiz().reset(),
            BenchVendor::Telnyx => self.emulator.telnyx().reset(),
        }
    }

    fn seed(&self, vendor: BenchVendor, count: usize) -> Vec<String> {
        match vendor {
            BenchVendor::Plivo => self.emulator.plivo().seed_trunks(count),
            BenchVendor::Twilio => self.emulator.twilio_trunking().seed_trunks(count),
            BenchVendor::Vobiz => self.emulator.vobiz().seed_trunks(count),
            BenchVendor::Telnyx => self.emulator.telnyx().seed_trunks(count),
        }
    }

    /// (connections accepted, requests served) on the listener that serves trunks.
    fn counters(&self, vendor: BenchVendor) -> (u64, u64) {
        let (c, r) = match vendor {
            BenchVendor::Plivo => (
                self.emulator.plivo().connections_total(),
                self.emulator.plivo().requests_total(),
            ),
            BenchVendor::Twilio => (
                self.emulator.twilio_trunking().connections_total(),
                self.emulator.twilio_trunking().requests_total(),
            ),
            BenchVendor::Vobiz => (
                self.emulator.vobiz().connections_total(),
                self.emulator.vobiz().requests_total(),
            ),
            BenchVendor::Telnyx => (
                self.emulator.telnyx().connections_total(),
                self.emulator.telnyx().requests_total(),
            ),
        };
        (c, r)
    }

    fn request_urls(&self, vendor: BenchVendor) -> Vec<String> {
        let (origin, requests) = match vendor {
            BenchVendor::Plivo => (&self.origins.plivo, self.emulator.plivo().requests()),
            BenchVendor::Twilio => (
                &self.origins.twilio_trunking,
                self.emulator.twilio_trunking().requests(),
            ),
            BenchVendor::Vobiz => (&self.origins.vobiz, self.emulator.vobiz().requests()),
            BenchVendor::Telnyx => (&self.origins.telnyx, self.emulator.telnyx().requests()),
        };
        requests
            .into_iter()
            .map(|r| match r.query {
                Some(q) => format!("{origin}{}?{q}", r.path),
                None => format!("{origin}{}", r.path),
            })
            .collect()
    }

    /// Seeds `vendor` and learns exactly which requests the facade sends for one `get_trunk`,
    /// from the emulator's request log: the trunk id and those URLs.
    fn get_setup(&self, vendor: BenchVendor) -> Result<(String, Vec<String>), BoxError> {
        self.reset(vendor);
        let ids = self.seed(vendor, 100);
        let trunk_id = ids.get(50).cloned().ok_or("seeding gave no trunks")?;
        let facade = provider(vendor, &self.origins)?;
        let id = TrunkId::new(trunk_id.clone());
        self.runtime.block_on(facade.get_trunk(&id))?;
        drop(facade);
        Ok((trunk_id, self.request_urls(vendor)))
    }

    /// Instructions per `get_trunk`, facade and raw, counted by callgrind: each kind alone
    /// (`TRUNKLINE_BENCH_GET_ONLY`) in a child under `valgrind --tool=callgrind`, once with
    /// `calls` timed calls and once with `2 * calls`; the difference over `calls` is the cost
    /// of one call, without start-up, warm-up and exit. Output files go to `dir`.
    pub fn get_instructions(
        &self,
        vendor: BenchVendor,
        dir: &Path,
        calls: usize,
    ) -> Result<GetInstructions, BoxError> {
        let (trunk_id, raw_urls) = self.get_setup(vendor)?;
        let mut per_call = [0.0; 2];
        for (slot, kind) in per_call.iter_mut().zip(["facade", "raw"]) {
            let mut totals = [0u64; 2];
            for (total, iterations) in totals.iter_mut().zip([calls, 2 * calls]) {
                let task = Task::Get {
                    vendor,
                    origins: self.origins.clone(),
                    trunk_id: trunk_id.clone(),
                    raw_urls: raw_urls.clone(),
                    warmup: 20,
                    iterations,
                };
                let out = dir.join(format!("{}-{kind}-{iterations}.out", vendor.as_str()));
                let exe = std::env::current_exe()?;
                let mut command = Command::new("valgrind");
                command
                    .arg("--tool=callgrind")
                    .arg("--quiet")
                    .arg(format!("--callgrind-out-file={}", out.display()))
                    .arg(exe)
                    .env("TRUNKLINE_BENCH_GET_ONLY", kind);
                run_child_with(command, &task)?;
                *total = callgrind_total(&std::fs::read_to_string(&out)?)
                    .ok_or_else(|| format!("no instruction total in {}", out.display()))?;
            }
            *slot = totals[1].saturating_sub(totals[0]) as f64 / calls as f64;
        }
        Ok(GetInstructions {
            vendor,
            requests_per_get: raw_urls.len(),
            calls,
            facade_per_call: per_call[0],
            raw_per_call: per_call[1],
            ratio: per_call[0] / per_call[1],
        })
    }

    /// Per-call overhead of `get_trunk`: facade vs. the same requests with bare reqwest.
    pub fn get(&self, vendor: BenchVendor, options: &Options) -> Result<GetResult, BoxError> {
        let (trunk_id, raw_urls) = self.get_setup(vendor)?;
        let (warmup, iterations) = options.get_iterations();
        let before = self.counters(vendor);
        let result = run_child(&Task::Get {
            vendor,
            origins: self.origins.clone(),
            trunk_id,
            raw_urls: raw_urls.clone(),
            warmup,
            iterations,
        })?;
        let after = self.counters(vendor);
        let TaskResult::Get { facade, raw } = result else {
            return Err("child answered another task".into());
        };
        Ok(GetResult {
            vendor,
            requests_per_get: raw_urls.len(),
            p50_ratio: facade.p50_us / raw.p50_us,
            p99_ratio: facade.p99_us / raw.p99_us,
            facade,
            raw,
            connections_opened: after.0 - before.0,
            requests_served: after.1 - before.1,
        })
    }

    /// Lists `count` seeded trunks, `runs` times, each in a fresh child.
    pub fn list(
        &self,
        vendor: BenchVendor,
        count: usize,
        runs: usize,
    ) -> Result<ListResult, BoxError> {
        self.reset(vendor);
        let seeded = self.seed(vendor, count).len();
        let mut results = Vec::with_capacity(runs);
        for _ in 0..runs.max(1) {
            let before = self.counters(vendor);
            let result = run_child(&Task::List {
                vendor,
                origins: self.origins.clone(),
                expected: seeded,
            })?;
            let after = self.counters(vendor);
            let TaskResult::List {
                items,
                wall_secs,
                baseline_rss_bytes,
                peak_rss_bytes,
            } = result
            else {
                return Err("child answered another task".into());
            };
            results.push(ListResult {
                vendor,
                count: items,
                page_size: max_page_size(vendor),
                requests: after.1 - before.1,
                wall_secs,
                runs_wall_secs: Vec::new(),
                items_per_sec: items as f64 / wall_secs,
                baseline_rss_bytes,
                peak_rss_bytes,
                connections_opened: after.0 - before.0,
            });
        }
        self.reset(vendor);
        let runs_wall_secs: Vec<f64> = results.iter().map(|r| r.wall_secs).collect();
        let peak = results.iter().map(|r| r.peak_rss_bytes).max().unwrap_or(0);
        let mut median = median_by(results, |r| r.wall_secs).ok_or("no runs")?;
        median.runs_wall_secs = runs_wall_secs;
        median.peak_rss_bytes = peak;
        Ok(median)
    }

    /// `count` creates at `concurrency`, `runs` times, each in a fresh child on an empty
    /// account.
    pub fn create(
        &self,
        vendor: BenchVendor,
        count: usize,
        concurrency: usize,
        runs: usize,
    ) -> Result<CreateResult, BoxError> {
        let mut results = Vec::with_capacity(runs);
        for _ in 0..runs.max(1) {
            self.reset(vendor);
            let before = self.counters(vendor);
            let result = run_child(&Task::Create {
                vendor,
                origins: self.origins.clone(),
                count,
                concurrency,
            })?;
            let after = self.counters(vendor);
            let TaskResult::Create {
                ok,
                failed,
                wall_secs,
                latency,
            } = result
            else {
                return Err("child answered another task".into());
            };
            // Plivo's setup request (one IP ACL) is not a create of a trunk.
            let setup = u64::from(vendor == BenchVendor::Plivo);
            results.push(CreateResult {
                vendor,
                concurrency,
                ok,
                failed,
                wall_secs,
                runs_wall_secs: Vec::new(),
                creates_per_sec: ok as f64 / wall_secs,
                requests_per_create: (after.1 - before.1).saturating_sub(setup) as f64
                    / count.max(1) as f64,
                latency,
                connections_opened: after.0 - before.0,
            });
        }
        self.reset(vendor);
        let runs_wall_secs: Vec<f64> = results.iter().map(|r| r.wall_secs).collect();
        let mut median = median_by(results, |r| r.wall_secs).ok_or("no runs")?;
        median.runs_wall_secs = runs_wall_secs;
        Ok(median)
    }
}

/// Runs `task` in a fresh child process (this binary, `child <json>`) and decodes its answer.
pub fn run_child(task: &Task) -> Result<TaskResult, BoxError> {
    run_child_with(Command::new(std::env::current_exe()?), task)
}

/// [`run_child`] with `command` (this binary, or a wrapper such as valgrind with this binary
/// as its last argument so far) given `child <json>`.
fn run_child_with(mut command: Command, task: &Task) -> Result<TaskResult, BoxError> {
    let output = command
        .arg("child")
        .arg(serde_json::to_string(task)?)
        .stderr(std::process::Stdio::inherit())
        .output()?;
    if !output.status.success() {
        return Err(format!("child process failed ({})", output.status).into());
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .ok_or("child printed nothing")?;
    Ok(serde_json::from_str(line)?)
}

#[cfg(test)]
mod tests {
    use super::{callgrind_total, median_by};

    #[test]
    fn reads_the_callgrind_total() {
        let out = "version: 1\ncmd: x child\nevents: Ir\nfl=(1) a.rs\n0 5\nsummary: 12345\n";
        assert_eq!(callgrind_total(out), Some(12345));
        assert_eq!(callgrind_total("events: Ir\ntotals: 7 1\n"), Some(7));
        assert_eq!(callgrind_total("events: Ir\n"), None);
    }

    #[test]
    fn median_picks_the_middle_run() {
        assert_eq!(median_by(vec![3.0, 1.0, 2.0], |x| *x), Some(2.0));
        assert_eq!(median_by(vec![4.0, 1.0, 3.0, 2.0], |x| *x), Some(3.0));
        assert_eq!(median_by(Vec::<f64>::new(), |x| *x), None);
    }
}
