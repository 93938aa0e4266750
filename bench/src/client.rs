//! The child side: one measured client per process, talking to the parent's emulator.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::{StreamExt as _, TryStreamExt as _};
use trunkline::{
    ClientConfig, Direction, IpAccessListId, Network, NewIpAccessList, NewTrunk, TrunkFilter,
    TrunkId, TrunkProvider,
};
use trunkline_emulator as emu;

use crate::{BenchVendor, LatencyStats, Origins, Task, TaskResult, self_status_bytes};

/// Boxed error of a child task.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The facade provider for `vendor`, pointed at the emulator, with default settings
/// (retries, timeouts, connection pool) as a user would build it.
pub fn provider(
    vendor: BenchVendor,
    origins: &Origins,
) -> Result<Arc<dyn TrunkProvider>, BoxError> {
    let config = ClientConfig::default();
    Ok(match vendor {
        BenchVendor::Plivo => Arc::new(trunkline::PlivoProvider::with_config(
            emu::DEFAULT_PLIVO_AUTH_ID,
            emu::DEFAULT_PLIVO_AUTH_TOKEN,
            Some(&origins.plivo),
            config,
        )?),
        BenchVendor::Twilio => {
            let client = trunkline_twilio::ClientBuilder::new(
                emu::DEFAULT_TWILIO_ACCOUNT_SID,
                emu::DEFAULT_TWILIO_AUTH_TOKEN,
            )
            .trunking_base_url(&origins.twilio_trunking)
            .sip_base_url(&origins.twilio_api)
            .config(config)
            .build()?;
            Arc::new(trunkline::TwilioProvider::from_client(client))
        }
        BenchVendor::Vobiz => Arc::new(trunkline::VobizProvider::with_config(
            emu::DEFAULT_VOBIZ_AUTH_ID,
            emu::DEFAULT_VOBIZ_AUTH_TOKEN,
            Some(&origins.vobiz),
            config,
        )?),
        BenchVendor::Telnyx => Arc::new(trunkline::TelnyxProvider::with_config(
            emu::DEFAULT_TELNYX_API_KEY,
            Some(&origins.telnyx),
            config,
        )?),
    })
}

/// Runs one task on a single-threaded Tokio runtime (one client thread; the emulator has the
/// parent's threads).
pub fn run(task: Task) -> Result<TaskResult, BoxError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        match task {
            Task::Get {
                vendor,
                origins,
                trunk_id,
                raw_urls,
                warmup,
                iterations,
            } => get(vendor, &origins, &trunk_id, &raw_urls, warmup, iterations).await,
            Task::List {
                vendor,
                origins,
                expected,
            } => list(vendor, &origins, expected).await,
            Task::Create {
                vendor,
                origins,
                count,
                concurrency,
            } => create(vendor, &origins, count, concurrency).await,
            Task::Wan {
                vendor,
                what,
                client,
                origins,
            } => crate::wan::child(vendor, what, client, &origins).await,
        }
    })
}

/// The same requests as the facade's `get_trunk`, with nothing but reqwest and serde_json:
/// vendor auth, `Accept: application/json`, the body decoded into a `serde_json::Value`.
struct RawGet {
    http: reqwest::Client,
    vendor: BenchVendor,
    urls: Vec<String>,
}

impl RawGet {
    async fn one(&self, url: &str) -> Result<serde_json::Value, BoxError> {
        let request = self
            .http
            .get(url)
            .header(reqwest::header::ACCEPT, "application/json");
        let request = match self.vendor {
            BenchVendor::Plivo => request.basic_auth(
                emu::DEFAULT_PLIVO_AUTH_ID,
                Some(emu::DEFAULT_PLIVO_AUTH_TOKEN),
            ),
            BenchVendor::Twilio => request.basic_auth(
                emu::DEFAULT_TWILIO_ACCOUNT_SID,
                Some(emu::DEFAULT_TWILIO_AUTH_TOKEN),
            ),
            BenchVendor::Vobiz => request
                .header("X-Auth-ID", emu::DEFAULT_VOBIZ_AUTH_ID)
                .header("X-Auth-Token", emu::DEFAULT_VOBIZ_AUTH_TOKEN),
            BenchVendor::Telnyx => request.bearer_auth(emu::DEFAULT_TELNYX_API_KEY),
        };
        let response = request.send().await?.error_for_status()?;
        let bytes = response.bytes().await?;
        Ok(serde_json::from_slice(&bytes)?)
    }

    /// All URLs as the facade sends them: concurrently, or one after the other on Telnyx,
    /// where the second request (the connection of its type) needs the first's answer (the
    /// connection's type).
    async fn get(&self) -> Result<Vec<serde_json::Value>, BoxError> {
        if self.vendor == BenchVendor::Telnyx {
            let mut bodies = Vec::with_capacity(self.urls.len());
            for url in &self.urls {
                bodies.push(self.one(url).await?);
            }
            return Ok(bodies);
        }
        futures::future::try_join_all(self.urls.iter().map(|url| self.one(url))).await
    }
}

async fn get(
    vendor: BenchVendor,
    origins: &Origins,
    trunk_id: &str,
    raw_urls: &[String],
    warmup: usize,
    iterations: usize,
) -> Result<TaskResult, BoxError> {
    let facade = provider(vendor, origins)?;
    let raw = RawGet {
        http: reqwest::Client::new(),
        vendor,
        urls: raw_urls.to_vec(),
    };
    let id = TrunkId::new(trunk_id);
    for _ in 0..warmup {
        facade.get_trunk(&id).await?;
        raw.get().await?;
    }
    // `TRUNKLINE_BENCH_GET_ONLY=facade` (or `raw`) times one kind alone: for profiling one
    // client's instructions per call under callgrind.
    let only = std::env::var("TRUNKLINE_BENCH_GET_ONLY").ok();
    let (run_facade, run_raw) = match only.as_deref() {
        Some("facade") => (true, false),
        Some("raw") => (false, true),
        _ => (true, true),
    };
    let mut facade_samples = Vec::with_capacity(iterations);
    let mut raw_samples = Vec::with_capacity(iterations);
    // Alternate, so both see the same machine state; swap who goes first every call.
    for i in 0..iterations {
        let mut time_facade = async || -> Result<(), BoxError> {
            let started = Instant::now();
            let trunk = facade.get_trunk(&id).await?;
            facade_samples.push(started.elapsed());
            std::hint::black_box(trunk);
            Ok(())
        };
        if run_facade && i % 2 == 0 {
            time_facade().await?;
        }
        if run_raw {
            let started = Instant::now();
            let values = raw.get().await?;
            raw_samples.push(started.elapsed());
            std::hint::black_box(values);
        }
        if run_facade && i % 2 == 1 {
            time_facade().await?;
        }
    }
    Ok(TaskResult::Get {
        facade: LatencyStats::from_samples(&facade_samples),
        raw: LatencyStats::from_samples(&raw_samples),
    })
}

async fn list(
    vendor: BenchVendor,
    origins: &Origins,
    expected: usize,
) -> Result<TaskResult, BoxError> {
    let facade = provider(vendor, origins)?;
    let baseline_rss_bytes = self_status_bytes("VmRSS");
    let started = Instant::now();
    // Count without keeping anything: what must stay flat is the stream's own footprint.
    let items = facade
        .list_trunks(TrunkFilter::new())
        .try_fold(0usize, |n, trunk| {
            std::hint::black_box(trunk);
            async move { Ok(n + 1) }
        })
        .await?;
    let wall_secs = started.elapsed().as_secs_f64();
    if items != expected {
        return Err(format!("listed {items} trunks, the emulator holds {expected}").into());
    }
    Ok(TaskResult::List {
        items,
        wall_secs,
        baseline_rss_bytes,
        peak_rss_bytes: self_status_bytes("VmHWM"),
    })
}

async fn create(
    vendor: BenchVendor,
    origins: &Origins,
    count: usize,
    concurrency: usize,
) -> Result<TaskResult, BoxError> {
    let facade = provider(vendor, origins)?;
    // Plivo outbound trunks need an IP ACL (or a credential) to exist first.
    let acl: Option<IpAccessListId> = match vendor {
        BenchVendor::Plivo => {
            let network = Network(trunkline::parse_network("198.51.100.0/24")?);
            let list = facade
                .create_ip_access_list(&NewIpAccessList::new("bench").with_network(network))
                .await?;
            Some(list.id)
        }
        _ => None,
    };
    let new_trunk = |i: usize| {
        let trunk = match vendor {
            BenchVendor::Twilio => NewTrunk::new(Direction::Both),
            // An inbound Telnyx trunk (a new FQDN connection) needs no outbound voice profile.
            BenchVendor::Telnyx => NewTrunk::new(Direction::Inbound),
            _ => NewTrunk::new(Direction::Outbound),
        }
        .with_name(format!("bench-{i}"));
        match &acl {
            Some(acl) => trunk.with_ip_access_list(acl.clone()),
            None => trunk,
        }
    };
    let facade = &*facade;
    let started = Instant::now();
    let outcomes: Vec<Result<Duration, trunkline::Error>> = futures::stream::iter(0..count)
        .map(|i| {
            let trunk = new_trunk(i);
            async move {
                let started = Instant::now();
                facade.create_trunk(&trunk).await.map(|_| started.elapsed())
            }
        })
        .buffer_unordered(concurrency.max(1))
        .collect()
        .await;
    let wall_secs = started.elapsed().as_secs_f64();
    let mut samples = Vec::with_capacity(count);
    let mut failed = 0;
    for outcome in outcomes {
        match outcome {
            Ok(latency) => samples.push(latency),
            Err(err) => {
                if failed == 0 {
                    eprintln!("create failed: {err}");
                }
                failed += 1;
            }
        }
    }
    Ok(TaskResult::Create {
        ok: samples.len(),
        failed,
        wall_secs,
        latency: LatencyStats::from_samples(&samples),
    })
}
