//! Benchmarks of the trunkline SDKs against `trunkline-emulator` on loopback.
//!
//! Run them with `cargo xtask bench` (see the workspace README); the binary is
//! `trunkline-bench`. The parent process runs the emulator (on its own multi-threaded Tokio
//! runtime) and seeds it; every measured client runs in a fresh child process (the same binary,
//! re-executed with `child <task-json>`) so that client memory is measured alone and one
//! measurement cannot warm or bloat the next.
//!
//! This library holds the parts that are pure and unit-tested: the task and result types
//! exchanged with the child processes, latency statistics, `/proc/self/status` parsing, the
//! command line and the table printed at the end.

use std::fmt::Write as _;
use std::time::Duration;

use serde::{Deserialize, Serialize};

pub mod build;
pub mod client;
pub mod emulated;
pub mod wan;

/// The vendors the benchmarks cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BenchVendor {
    /// Plivo Zentrunk.
    Plivo,
    /// Twilio Elastic SIP Trunking.
    Twilio,
    /// Vobiz.
    Vobiz,
    /// Telnyx.
    Telnyx,
}

impl BenchVendor {
    /// All of them, in table order.
    pub const ALL: [BenchVendor; 4] = [Self::Plivo, Self::Twilio, Self::Vobiz, Self::Telnyx];

    /// Lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Plivo => "plivo",
            Self::Twilio => "twilio",
            Self::Vobiz => "vobiz",
            Self::Telnyx => "telnyx",
        }
    }
}

/// Where the child finds the emulator: the five origins.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origins {
    /// Plivo origin.
    pub plivo: String,
    /// Twilio trunking v1 origin.
    pub twilio_trunking: String,
    /// Twilio 2010-04-01 origin.
    pub twilio_api: String,
    /// Vobiz origin.
    pub vobiz: String,
    /// Telnyx origin.
    pub telnyx: String,
}

/// One measurement, run by a child process.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "task", rename_all = "snake_case")]
pub enum Task {
    /// Alternately time `get_trunk` through the facade and the same HTTP requests sent with
    /// bare `reqwest` + `serde_json`.
    Get {
        /// Which vendor.
        vendor: BenchVendor,
        /// Emulator origins.
        origins: Origins,
        /// The trunk to read.
        trunk_id: String,
        /// The absolute URLs the facade's `get_trunk` requests (sent concurrently by the raw
        /// client, as the facade does).
        raw_urls: Vec<String>,
        /// Untimed calls of each kind first.
        warmup: usize,
        /// Timed calls of each kind.
        iterations: usize,
    },
    /// List every trunk through the facade's paging stream (vendor maximum page size).
    List {
        /// Which vendor.
        vendor: BenchVendor,
        /// Emulator origins.
        origins: Origins,
        /// How many trunks the emulator holds.
        expected: usize,
    },
    /// One listing of the WAN benchmark (see [`wan`]).
    Wan {
        /// Which vendor.
        vendor: wan::WanVendor,
        /// Trunks or call records.
        what: wan::WanWhat,
        /// trunkline or the sequential loop.
        client: wan::WanClient,
        /// Emulator origins.
        origins: Origins,
    },
    /// Create trunks through the facade, `concurrency` at a time.
    Create {
        /// Which vendor.
        vendor: BenchVendor,
        /// Emulator origins.
        origins: Origins,
        /// Trunks to create.
        count: usize,
        /// Creates in flight at once.
        concurrency: usize,
    },
}

/// What a child reports (one JSON line on stdout).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "task", rename_all = "snake_case")]
pub enum TaskResult {
    /// Result of [`Task::Get`].
    Get {
        /// Facade `get_trunk` latencies.
        facade: LatencyStats,
        /// Bare reqwest + serde_json latencies.
        raw: LatencyStats,
    },
    /// Result of [`Task::List`].
    List {
        /// Trunks the stream yielded.
        items: usize,
        /// Wall time of the whole listing.
        wall_secs: f64,
        /// Resident memory just before listing (runtime and provider built).
        baseline_rss_bytes: u64,
        /// Peak resident memory of the child process (VmHWM) after listing.
        peak_rss_bytes: u64,
    },
    /// Result of [`Task::Wan`].
    Wan {
        /// Items listed.
        items: usize,
        /// Wall time of the listing.
        wall_secs: f64,
        /// CPU time (user + system) of the child during the listing.
        cpu_secs: f64,
        /// Peak resident memory of the child (VmHWM).
        peak_rss_bytes: u64,
    },
    /// Result of [`Task::Create`].
    Create {
        /// Creates that succeeded.
        ok: usize,
        /// Creates that failed (their first error is printed on stderr).
        failed: usize,
        /// Wall time of all creates.
        wall_secs: f64,
        /// Per-create latency.
        latency: LatencyStats,
    },
}

/// Latency summary of one series of timed calls, in microseconds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LatencyStats {
    /// Number of samples.
    pub n: usize,
    /// Median (nearest rank).
    pub p50_us: f64,
    /// 99th percentile (nearest rank).
    pub p99_us: f64,
    /// Arithmetic mean.
    pub mean_us: f64,
    /// Fastest.
    pub min_us: f64,
    /// Slowest.
    pub max_us: f64,
}

impl LatencyStats {
    /// Summarizes `samples` (order does not matter). Empty input gives all zeros.
    pub fn from_samples(samples: &[Duration]) -> Self {
        let mut us: Vec<f64> = samples.iter().map(|d| d.as_secs_f64() * 1e6).collect();
        us.sort_by(f64::total_cmp);
        let n = us.len();
        if n == 0 {
            return Self {
                n: 0,
                p50_us: 0.0,
                p99_us: 0.0,
                mean_us: 0.0,
                min_us: 0.0,
                max_us: 0.0,
            };
        }
        Self {
            n,
            p50_us: percentile(&us, 50.0),
            p99_us: percentile(&us, 99.0),
            mean_us: us.iter().sum::<f64>() / n as f64,
            min_us: us[0],
            max_us: us[n - 1],
        }
    }
}

/// Nearest-rank percentile of sorted, non-empty `sorted` (`p` in 0..=100).
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// A `kB` field (e.g. `VmHWM`, `VmRSS`) of `/proc/<pid>/status` text, in bytes.
pub fn proc_status_kb(status: &str, field: &str) -> Option<u64> {
    status.lines().find_map(|line| {
        let rest = line.strip_prefix(field)?.strip_prefix(':')?;
        let kb: u64 = rest.trim().strip_suffix("kB")?.trim().parse().ok()?;
        Some(kb * 1024)
    })
}

/// `field` of this process's `/proc/self/status`, in bytes (0 where unavailable).
pub fn self_status_bytes(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| proc_status_kb(&s, field))
        .unwrap_or(0)
}

/// The options of `trunkline-bench run`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Small sizes and few iterations: a smoke run of every section in well under a minute.
    pub quick: bool,
    /// Skip the clean release builds (they take minutes each).
    pub skip_build_times: bool,
    /// Skip timing `cargo xtask generate`.
    pub skip_generate: bool,
    /// Keep the per-crate build directories after measuring.
    pub keep_build_dirs: bool,
    /// The xtask binary to time `generate --check` with (`cargo xtask bench` passes itself).
    pub xtask_bin: Option<String>,
    /// Where summary.json and the build directories go.
    pub out_dir: Option<String>,
    /// Only these sections (`get`, `list`, `create`, `wan`, `generate`, `build`); empty = all.
    pub only: Vec<String>,
    /// The WAN benchmark's response delay in ms (default 50).
    pub wan_delay_ms: u64,
    /// The WAN benchmark's rate limit per listener, requests/s (default 300).
    pub wan_rate_limit: u32,
    /// Only these vendors in the WAN section; empty = all.
    pub wan_vendors: Vec<wan::WanVendor>,
    /// Also count instructions per `get_trunk` under `valgrind --tool=callgrind`, writing the
    /// callgrind output files into this directory.
    pub callgrind: Option<String>,
}

/// The sections a run can have, in order.
pub const SECTIONS: [&str; 6] = ["get", "list", "create", "wan", "generate", "build"];

impl Options {
    /// Parses the arguments after `run` (or of a bare invocation).
    pub fn parse(args: &[String]) -> Result<Self, String> {
        let mut options = Self {
            quick: false,
            skip_build_times: false,
            skip_generate: false,
            keep_build_dirs: false,
            xtask_bin: None,
            out_dir: None,
            only: Vec::new(),
            wan_delay_ms: 50,
            wan_rate_limit: 300,
            wan_vendors: Vec::new(),
            callgrind: None,
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = |name: &str| {
                args.next()
                    .cloned()
                    .ok_or_else(|| format!("{name} needs a value"))
            };
            match arg.as_str() {
                "--quick" => options.quick = true,
                "--skip-build-times" => options.skip_build_times = true,
                "--skip-generate" => options.skip_generate = true,
                "--keep-build-dirs" => options.keep_build_dirs = true,
                "--xtask-bin" => options.xtask_bin = Some(value("--xtask-bin")?),
                "--out-dir" => options.out_dir = Some(value("--out-dir")?),
                "--callgrind" => options.callgrind = Some(value("--callgrind")?),
                "--wan-delay-ms" => {
                    options.wan_delay_ms = value("--wan-delay-ms")?
                        .parse()
                        .map_err(|_| "--wan-delay-ms needs a number of milliseconds")?;
                }
                "--wan-rate-limit" => {
                    options.wan_rate_limit = value("--wan-rate-limit")?
                        .parse()
                        .ok()
                        .filter(|&rps: &u32| rps > 0)
                        .ok_or("--wan-rate-limit needs a positive number of requests/s")?;
                }
                "--wan-vendors" => {
                    for name in value("--wan-vendors")?.split(',').filter(|s| !s.is_empty()) {
                        let vendor = wan::WanVendor::ALL
                            .into_iter()
                            .find(|v| v.as_str() == name)
                            .ok_or_else(|| {
                                format!("unknown vendor {name:?} (plivo, twilio, vobiz, telnyx)")
                            })?;
                        options.wan_vendors.push(vendor);
                    }
                }
                "--only" => {
                    for section in value("--only")?.split(',').filter(|s| !s.is_empty()) {
                        if !SECTIONS.contains(&section) {
                            return Err(format!(
                                "unknown section {section:?} (sections: {})",
                                SECTIONS.join(", ")
                            ));
                        }
                        options.only.push(section.to_owned());
                    }
                }
                other => return Err(format!("unknown argument {other:?}")),
            }
        }
        Ok(options)
    }

    /// Whether `section` runs.
    pub fn runs(&self, section: &str) -> bool {
        let selected = self.only.is_empty() || self.only.iter().any(|s| s == section);
        match section {
            // A smoke run skips the minutes-long clean builds unless asked for by name.
            "build" => {
                !self.skip_build_times
                    && (self.only.iter().any(|s| s == "build") || (selected && !self.quick))
            }
            "generate" => selected && !self.skip_generate,
            _ => selected,
        }
    }

    /// Listing sizes.
    pub fn list_sizes(&self) -> Vec<usize> {
        if self.quick {
            vec![100, 1_000]
        } else {
            vec![1_000, 10_000, 100_000]
        }
    }

    /// WAN benchmark: trunk counts listed on every vendor.
    pub fn wan_trunk_counts(&self) -> Vec<usize> {
        if self.quick {
            vec![1_000, 10_000]
        } else {
            vec![10_000, 100_000]
        }
    }

    /// WAN benchmark: call records exported on Plivo and Vobiz.
    pub fn wan_call_count(&self) -> usize {
        if self.quick { 10_000 } else { 100_000 }
    }

    /// WAN benchmark: listings by trunkline (and twilio-python) per case, whose medians are
    /// reported.
    pub fn wan_rounds(&self) -> usize {
        if self.quick { 1 } else { 5 }
    }

    /// Creates per concurrency level.
    pub fn create_count(&self) -> usize {
        if self.quick { 100 } else { 1_000 }
    }

    /// Concurrency levels for creates.
    pub fn create_concurrency(&self) -> Vec<usize> {
        vec![1, 8, 32]
    }

    /// Fresh-process repetitions of each listing and create measurement (the median is
    /// reported).
    pub fn repetitions(&self) -> usize {
        if self.quick { 1 } else { 3 }
    }

    /// (warm-up, timed) `get` calls of each kind.
    pub fn get_iterations(&self) -> (usize, usize) {
        if self.quick { (50, 300) } else { (500, 5_000) }
    }

    /// `N` of the instruction count: each kind's `get` runs `N` and `2N` times under
    /// callgrind, and the difference over `N` is its instructions per call.
    pub fn callgrind_calls(&self) -> usize {
        if self.quick { 200 } else { 1_000 }
    }
}

/// Formats a byte count as MiB with one decimal.
pub fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// Renders rows as a Markdown table (first row is the header).
pub fn markdown_table(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    let Some(header) = rows.first() else {
        return out;
    };
    let line = |cells: &[String]| format!("| {} |", cells.join(" | "));
    let _ = writeln!(out, "{}", line(header));
    let _ = writeln!(
        out,
        "|{}|",
        header.iter().map(|_| "---").collect::<Vec<_>>().join("|")
    );
    for row in rows.iter().skip(1) {
        let _ = writeln!(out, "{}", line(row));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_nearest_rank() {
        let sorted: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&sorted, 50.0), 50.0);
        assert_eq!(percentile(&sorted, 99.0), 99.0);
        assert_eq!(percentile(&sorted, 100.0), 100.0);
        assert_eq!(percentile(&sorted, 0.0), 1.0);
        assert_eq!(percentile(&[7.0], 99.0), 7.0);
        assert_eq!(percentile(&[], 50.0), 0.0);
    }

    #[test]
    fn stats_summarize_unsorted_samples() {
        let samples: Vec<Duration> = [30, 10, 20, 40]
            .iter()
            .map(|&us| Duration::from_micros(us))
            .collect();
        let stats = LatencyStats::from_samples(&samples);
        assert_eq!(stats.n, 4);
        assert_eq!(stats.p50_us, 20.0);
        assert_eq!(stats.p99_us, 40.0);
        assert_eq!(stats.mean_us, 25.0);
        assert_eq!(stats.min_us, 10.0);
        assert_eq!(stats.max_us, 40.0);
        assert_eq!(LatencyStats::from_samples(&[]).n, 0);
    }

    #[test]
    fn reads_proc_status_fields() {
        let status = "Name:\tbench\nVmPeak:\t  200 kB\nVmHWM:\t    1536 kB\nVmRSS:\t    1024 kB\n";
        assert_eq!(proc_status_kb(status, "VmHWM"), Some(1536 * 1024));
        assert_eq!(proc_status_kb(status, "VmRSS"), Some(1024 * 1024));
        assert_eq!(proc_status_kb(status, "VmSwap"), None);
        assert_eq!(proc_status_kb("VmHWM:\tlots\n", "VmHWM"), None);
    }

    #[test]
    fn parses_options() {
        let args = |s: &str| s.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
        let full = Options::parse(&[]).unwrap();
        assert!(SECTIONS.iter().all(|s| full.runs(s)));
        assert_eq!(full.list_sizes(), vec![1_000, 10_000, 100_000]);

        let quick = Options::parse(&args("--quick")).unwrap();
        assert!(quick.runs("get") && quick.runs("generate") && !quick.runs("build"));
        assert_eq!(quick.create_count(), 100);

        let only = Options::parse(&args("--quick --only build,get")).unwrap();
        assert!(only.runs("build") && only.runs("get") && !only.runs("list"));

        let skip = Options::parse(&args("--skip-build-times --xtask-bin /x")).unwrap();
        assert!(!skip.runs("build"));
        assert_eq!(skip.xtask_bin.as_deref(), Some("/x"));

        assert!(Options::parse(&args("--only nope")).is_err());
        assert!(Options::parse(&args("--out-dir")).is_err());
        assert!(Options::parse(&args("--fast")).is_err());

        let wan = Options::parse(&args("--only wan --quick --wan-delay-ms 20")).unwrap();
        assert!(wan.runs("wan") && !wan.runs("list") && !wan.runs("generate"));
        assert_eq!((wan.wan_delay_ms, wan.wan_rate_limit), (20, 300));
        assert_eq!(wan.wan_trunk_counts(), vec![1_000, 10_000]);
        assert_eq!(full.wan_call_count(), 100_000);
        assert!(Options::parse(&args("--wan-rate-limit 0")).is_err());
        assert!(full.wan_vendors.is_empty());
        let some = Options::parse(&args("--wan-vendors plivo,telnyx")).unwrap();
        assert_eq!(
            some.wan_vendors,
            [wan::WanVendor::Plivo, wan::WanVendor::Telnyx]
        );
        let err = Options::parse(&args("--wan-vendors plivo,bandwidth")).unwrap_err();
        assert!(err.contains("\"bandwidth\""), "{err}");

        let cg = Options::parse(&args("--only get --callgrind /tmp/cg")).unwrap();
        assert_eq!(cg.callgrind.as_deref(), Some("/tmp/cg"));
        assert!(full.callgrind.is_none());
        assert!(Options::parse(&args("--callgrind")).is_err());
    }

    #[test]
    fn tasks_round_trip_as_json() {
        let task = Task::Create {
            vendor: BenchVendor::Vobiz,
            origins: Origins {
                plivo: "http://127.0.0.1:1".into(),
                twilio_trunking: "http://127.0.0.1:2".into(),
                twilio_api: "http://127.0.0.1:3".into(),
                vobiz: "http://127.0.0.1:4".into(),
                telnyx: "http://127.0.0.1:5".into(),
            },
            count: 10,
            concurrency: 2,
        };
        let json = serde_json::to_string(&task).unwrap();
        assert!(json.contains(r#""task":"create""#) && json.contains(r#""vendor":"vobiz""#));
        assert_eq!(serde_json::from_str::<Task>(&json).unwrap(), task);
    }

    #[test]
    fn renders_markdown_tables() {
        let rows = vec![
            vec!["a".to_owned(), "b".to_owned()],
            vec!["1".to_owned(), "2".to_owned()],
        ];
        assert_eq!(markdown_table(&rows), "| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert_eq!(markdown_table(&[]), "");
        assert_eq!(mib(3 * 1024 * 1024 / 2), "1.5 MiB");
    }
}
