//! `trunkline-bench`: run with `cargo xtask bench [--quick] [--skip-build-times]`.
//!
//! ```text
//! trunkline-bench [run] [--quick] [--skip-build-times] [--skip-generate] [--keep-build-dirs]
//!                 [--only get,list,create,wan,generate,build] [--xtask-bin PATH] [--out-dir DIR]
//!                 [--wan-delay-ms MS] [--wan-rate-limit RPS] [--wan-vendors V,...]
//!                 [--callgrind DIR]
//! trunkline-bench child <task-json>     (internal: one measured client)
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;
use trunkline_bench::build::{self, BuildResult, GenerateResult};
use trunkline_bench::client::{self, BoxError};
use trunkline_bench::emulated::{Bench, CreateResult, GetInstructions, GetResult, ListResult};
use trunkline_bench::wan::{WanBench, WanClient, WanResult, WanVendor, WanWhat};
use trunkline_bench::{BenchVendor, Options, Task, markdown_table, mib};

const USAGE: &str = "\
trunkline-bench [run] [--quick] [--skip-build-times] [--skip-generate] [--keep-build-dirs]
                [--only SECTION,...] [--xtask-bin PATH] [--out-dir DIR]
                [--wan-delay-ms MS] [--wan-rate-limit RPS] [--wan-vendors V,...]
                [--callgrind DIR]

Sections: get, list, create, wan, generate, build. --quick: small sizes, no clean builds.
wan: every response 50 ms late (--wan-delay-ms), 300 requests/s per listener
(--wan-rate-limit); trunkline vs sequential paging (and twilio-python 9.13.0 from
$TRUNKLINE_BENCH_PYTHON, default python3, when installed); --wan-vendors plivo,twilio,
vobiz,telnyx: only these (default all).
--callgrind DIR: with the get section, also count instructions per get_trunk (facade and
bare reqwest + serde_json, each alone under valgrind --tool=callgrind for N and 2N calls;
(difference) / N), writing callgrind's files into DIR.
Writes DIR/summary.json (default target/trunkline-bench/summary.json) and prints a table.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("child") => child(args.get(1).map(String::as_str).unwrap_or("")),
        Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("run") => run(&args[1..]),
        _ => run(&args),
    }
}

fn child(task_json: &str) -> ExitCode {
    let result = serde_json::from_str::<Task>(task_json)
        .map_err(BoxError::from)
        .and_then(client::run)
        .and_then(|result| serde_json::to_string(&result).map_err(BoxError::from));
    match result {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("bench child: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The machine the numbers come from.
#[derive(Debug, Serialize)]
struct Machine {
    cpus: usize,
    cpu_model: String,
    memory_bytes: u64,
    kernel: String,
    rustc: String,
}

impl Machine {
    fn detect() -> Self {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let cpu_model = cpuinfo
            .lines()
            .find_map(|l| l.strip_prefix("model name"))
            .and_then(|l| l.split_once(':'))
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default();
        let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let rustc = std::process::Command::new(std::env::var("RUSTC").unwrap_or("rustc".into()))
            .arg("--version")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default();
        Self {
            cpus: std::thread::available_parallelism().map_or(1, usize::from),
            cpu_model,
            memory_bytes: trunkline_bench::proc_status_kb(&meminfo, "MemTotal").unwrap_or(0),
            kernel: std::fs::read_to_string("/proc/sys/kernel/osrelease")
                .unwrap_or_default()
                .trim()
                .to_owned(),
            rustc,
        }
    }

    fn describe(&self) -> String {
        format!(
            "{} CPUs ({}), {:.0} GiB RAM, Linux {}, {}",
            self.cpus,
            if self.cpu_model.is_empty() {
                "unknown model"
            } else {
                &self.cpu_model
            },
            self.memory_bytes as f64 / (1024.0 * 1024.0 * 1024.0),
            self.kernel,
            self.rustc
        )
    }
}

/// Everything a run measured: the content of `summary.json`.
#[derive(Debug, Serialize)]
struct Summary {
    schema_version: u32,
    mode: &'static str,
    unix_time: u64,
    machine: Machine,
    /// The largest facade/raw p50 ratio of `get_trunk` over the vendors (target ≤ 1.10).
    facade_vs_raw_get_p50_ratio: Option<f64>,
    get: Vec<GetResult>,
    /// Instructions per `get_trunk` (`--callgrind`), facade and raw, per vendor.
    get_instructions: Vec<GetInstructions>,
    list: Vec<ListResult>,
    create: Vec<CreateResult>,
    /// The WAN section's settings and rows.
    wan_delay_ms: u64,
    wan_rate_limit: u32,
    wan: Vec<WanResult>,
    generate: Option<GenerateResult>,
    build: Vec<BuildResult>,
}

fn run(args: &[String]) -> ExitCode {
    let options = match Options::parse(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match measure(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("bench: {err}");
            ExitCode::FAILURE
        }
    }
}

fn measure(options: &Options) -> Result<(), BoxError> {
    let root = build::workspace_root();
    let out_dir = options.out_dir.as_ref().map_or_else(
        || {
            std::env::var_os("CARGO_TARGET_DIR")
                .map_or_else(|| root.join("target"), PathBuf::from)
                .join("trunkline-bench")
        },
        PathBuf::from,
    );
    std::fs::create_dir_all(&out_dir)?;
    let mut summary = Summary {
        schema_version: 1,
        mode: if options.quick { "quick" } else { "full" },
        unix_time: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
        machine: Machine::detect(),
        facade_vs_raw_get_p50_ratio: None,
        get: Vec::new(),
        get_instructions: Vec::new(),
        list: Vec::new(),
        create: Vec::new(),
        wan_delay_ms: options.wan_delay_ms,
        wan_rate_limit: options.wan_rate_limit,
        wan: Vec::new(),
        generate: None,
        build: Vec::new(),
    };

    if options.runs("get") || options.runs("list") || options.runs("create") {
        let bench = Bench::start()?;
        if options.runs("get") {
            for vendor in BenchVendor::ALL {
                eprintln!("bench: get overhead on {}", vendor.as_str());
                summary.get.push(bench.get(vendor, options)?);
            }
            summary.facade_vs_raw_get_p50_ratio =
                summary.get.iter().map(|g| g.p50_ratio).reduce(f64::max);
            if let Some(dir) = &options.callgrind {
                std::fs::create_dir_all(dir)?;
                for vendor in BenchVendor::ALL {
                    eprintln!(
                        "bench: instructions per get on {} (callgrind)",
                        vendor.as_str()
                    );
                    summary.get_instructions.push(bench.get_instructions(
                        vendor,
                        std::path::Path::new(dir),
                        options.callgrind_calls(),
                    )?);
                }
            }
        }
        if options.runs("list") {
            for vendor in BenchVendor::ALL {
                for count in options.list_sizes() {
                    eprintln!("bench: list {count} trunks on {}", vendor.as_str());
                    summary
                        .list
                        .push(bench.list(vendor, count, options.repetitions())?);
                }
            }
        }
        if options.runs("create") {
            for vendor in BenchVendor::ALL {
                for concurrency in options.create_concurrency() {
                    eprintln!(
                        "bench: {} creates at concurrency {concurrency} on {}",
                        options.create_count(),
                        vendor.as_str()
                    );
                    summary.create.push(bench.create(
                        vendor,
                        options.create_count(),
                        concurrency,
                        options.repetitions(),
                    )?);
                }
            }
        }
    }
    if options.runs("wan") {
        let delay = std::time::Duration::from_millis(options.wan_delay_ms);
        let bench = WanBench::start(delay, options.wan_rate_limit)?;
        for vendor in WanVendor::ALL {
            if !options.wan_vendors.is_empty() && !options.wan_vendors.contains(&vendor) {
                continue;
            }
            for count in options.wan_trunk_counts() {
                summary.wan.extend(bench.case(
                    vendor,
                    WanWhat::Trunks,
                    count,
                    options.wan_rounds(),
                )?);
            }
            if vendor.has_calls() {
                let count = options.wan_call_count();
                summary.wan.extend(bench.case(
                    vendor,
                    WanWhat::Calls,
                    count,
                    options.wan_rounds(),
                )?);
            }
        }
    }
    if options.runs("generate") {
        match &options.xtask_bin {
            Some(xtask) => {
                eprintln!("bench: timing cargo xtask generate --check");
                summary.generate = Some(build::generate(xtask, 3)?);
            }
            None => eprintln!("bench: generate time skipped (run through `cargo xtask bench`)"),
        }
    }
    if options.runs("build") {
        summary.build = build::builds(&root, &out_dir, options.keep_build_dirs);
    }

    let path = out_dir.join("summary.json");
    std::fs::write(&path, serde_json::to_string_pretty(&summary)? + "\n")?;
    print!("{}", render(&summary));
    println!("\nsummary: {}", path.display());
    Ok(())
}

fn us(v: f64) -> String {
    if v >= 10_000.0 {
        format!("{:.1} ms", v / 1000.0)
    } else {
        format!("{v:.0} µs")
    }
}

fn render(summary: &Summary) -> String {
    let mut out = format!(
        "trunkline benchmarks ({} run) on {}\n",
        summary.mode,
        summary.machine.describe()
    );
    if !summary.get.is_empty() {
        let mut rows = vec![
            [
                "get_trunk",
                "requests",
                "facade p50",
                "raw p50",
                "p50 ratio",
                "facade p99",
                "raw p99",
                "p99 ratio",
                "connections",
            ]
            .map(String::from)
            .to_vec(),
        ];
        for g in &summary.get {
            rows.push(vec![
                g.vendor.as_str().into(),
                g.requests_per_get.to_string(),
                us(g.facade.p50_us),
                us(g.raw.p50_us),
                format!("{:.3}", g.p50_ratio),
                us(g.facade.p99_us),
                us(g.raw.p99_us),
                format!("{:.3}", g.p99_ratio),
                g.connections_opened.to_string(),
            ]);
        }
        out.push_str(&format!(
            "\nPer-call overhead: {} timed calls each, facade and raw alternating\n\n",
            summary.get[0].facade.n
        ));
        out.push_str(&markdown_table(&rows));
        if let Some(ratio) = summary.facade_vs_raw_get_p50_ratio {
            out.push_str(&format!(
                "\nfacade_vs_raw_get_p50_ratio = {ratio:.3} (worst vendor; target ≤ 1.10)\n"
            ));
        }
    }
    if !summary.get_instructions.is_empty() {
        let mut rows = vec![
            [
                "get_trunk",
                "requests",
                "facade instructions/call",
                "raw instructions/call",
                "ratio",
            ]
            .map(String::from)
            .to_vec(),
        ];
        for g in &summary.get_instructions {
            rows.push(vec![
                g.vendor.as_str().into(),
                g.requests_per_get.to_string(),
                format!("{:.0}", g.facade_per_call),
                format!("{:.0}", g.raw_per_call),
                format!("{:.3}", g.ratio),
            ]);
        }
        out.push_str(&format!(
            "\nInstructions per call (callgrind; each kind alone, (2N calls − N calls) / N, N = {})\n\n",
            summary.get_instructions[0].calls
        ));
        out.push_str(&markdown_table(&rows));
        for g in &summary.get_instructions {
            out.push_str(&format!(
                "facade_vs_raw_get_instructions_ratio {} = {:.3} (target ≤ 1.10)\n",
                g.vendor.as_str(),
                g.ratio
            ));
        }
    }
    if !summary.list.is_empty() {
        let mut rows = vec![
            [
                "list_trunks",
                "trunks",
                "page size",
                "requests",
                "wall",
                "trunks/s",
                "peak RSS",
                "RSS before",
                "connections",
            ]
            .map(String::from)
            .to_vec(),
        ];
        for l in &summary.list {
            rows.push(vec![
                l.vendor.as_str().into(),
                l.count.to_string(),
                l.page_size.to_string(),
                l.requests.to_string(),
                format!("{:.3} s", l.wall_secs),
                format!("{:.0}", l.items_per_sec),
                mib(l.peak_rss_bytes),
                mib(l.baseline_rss_bytes),
                l.connections_opened.to_string(),
            ]);
        }
        out.push_str(&format!(
            "\nListing through the facade's paging stream (median of {} runs, each in a fresh \
             process; peak RSS: the largest)\n\n",
            summary.list[0].runs_wall_secs.len()
        ));
        out.push_str(&markdown_table(&rows));
    }
    if !summary.create.is_empty() {
        let mut rows = vec![
            [
                "create_trunk",
                "concurrency",
                "ok",
                "requests/create",
                "wall",
                "creates/s",
                "p50",
                "p99",
                "connections",
            ]
            .map(String::from)
            .to_vec(),
        ];
        for c in &summary.create {
            rows.push(vec![
                c.vendor.as_str().into(),
                c.concurrency.to_string(),
                if c.failed == 0 {
                    c.ok.to_string()
                } else {
                    format!("{} ({} failed)", c.ok, c.failed)
                },
                format!("{:.0}", c.requests_per_create),
                format!("{:.3} s", c.wall_secs),
                format!("{:.0}", c.creates_per_sec),
                us(c.latency.p50_us),
                us(c.latency.p99_us),
                c.connections_opened.to_string(),
            ]);
        }
        out.push_str(&format!(
            "\nCreates through the facade (median of {} runs, each on an empty account)\n\n",
            summary.create[0].runs_wall_secs.len()
        ));
        out.push_str(&markdown_table(&rows));
    }
    if !summary.wan.is_empty() {
        out.push_str(&format!(
            "\nWAN-shaped listing: every response {} ms late, {} requests/s per listener \
             (emulator rate limit); each client a fresh process; trunkline and twilio-python rows \
             are medians of the rounds shown, alternating, the sequential loop one run\n\n",
            summary.wan_delay_ms, summary.wan_rate_limit
        ));
        out.push_str(&markdown_table(&wan_rows(&summary.wan)));
    }
    if let Some(g) = &summary.generate {
        out.push_str(&format!(
            "\n{}: median {:.2} s of {} runs{}\n",
            g.command,
            g.median_secs,
            g.runs_secs.len(),
            if g.fresh {
                ""
            } else {
                " (a generated file is stale)"
            }
        ));
    }
    if !summary.build.is_empty() {
        let mut rows = vec![
            [
                "clean release build",
                "command",
                "wall",
                ".rlib",
                "trunkline .rlibs",
            ]
            .map(String::from)
            .to_vec(),
        ];
        for b in &summary.build {
            rows.push(vec![
                b.name.clone(),
                format!("`{}`", b.command),
                if b.ok {
                    format!("{:.0} s", b.wall_secs)
                } else {
                    "failed".into()
                },
                mib(b.rlib_bytes),
                mib(b.trunkline_rlibs_bytes),
            ]);
        }
        out.push_str("\nClean release builds (empty target dir each, dependencies included)\n\n");
        out.push_str(&markdown_table(&rows));
    }
    out
}

fn wan_rows(rows: &[WanResult]) -> Vec<Vec<String>> {
    let mut out = vec![
        [
            "vendor",
            "list",
            "items",
            "client",
            "rounds",
            "requests",
            "429s",
            "wall",
            "speed-up",
            "bytes received",
            "client CPU/item",
            "emulator CPU/item",
            "peak RSS (lowest–highest)",
        ]
        .map(String::from)
        .to_vec(),
    ];
    for r in rows {
        out.push(vec![
            r.vendor.as_str().into(),
            match r.what {
                WanWhat::Trunks => "trunks".into(),
                WanWhat::Calls => "call records".into(),
            },
            r.count.to_string(),
            r.client.as_str().into(),
            r.rounds.to_string(),
            r.requests.to_string(),
            r.rate_limited.to_string(),
            format!("{:.2} s", r.wall_secs),
            match (r.client, r.speedup_vs_sequential) {
                (WanClient::Trunkline, Some(x)) => format!("{x:.1}×"),
                _ => String::new(),
            },
            format!("{:.0} KiB", r.bytes_received as f64 / 1024.0),
            format!("{:.2} µs", r.client_cpu_us_per_item),
            format!("{:.2} µs", r.emulator_cpu_us_per_item),
            match r.peak_rss_range_bytes {
                (low, high) if r.rounds > 1 => format!(
                    "{} ({}–{})",
                    mib(r.peak_rss_bytes),
                    mib(low).trim_end_matches(" MiB"),
                    mib(high)
                ),
                _ => mib(r.peak_rss_bytes),
            },
        ]);
    }
    out
}
