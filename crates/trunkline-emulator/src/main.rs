//! `trunkline-emulator`: runs the Plivo, Twilio, Vobiz and Telnyx emulators until interrupted.
//!
//! When ready it prints exactly one JSON line on stdout,
//! `{"plivo":"http://127.0.0.1:P1","twilio_trunking":"http://127.0.0.1:P2","twilio_api":"http://127.0.0.1:P3","vobiz":"http://127.0.0.1:P4","telnyx":"http://127.0.0.1:P5"}`,
//! then serves until SIGINT/SIGTERM. Logs go to stderr (`RUST_LOG`, default `info`).

use std::io::Write as _;
use std::net::IpAddr;
use std::process::ExitCode;
use std::time::Duration;

use clap::{CommandFactory as _, FromArgMatches as _, Parser};
use trunkline_emulator::{
    DEFAULT_PLIVO_AUTH_ID, DEFAULT_PLIVO_AUTH_TOKEN, DEFAULT_REQUEST_LOG_CAPACITY,
    DEFAULT_TELNYX_API_KEY, DEFAULT_TWILIO_ACCOUNT_SID, DEFAULT_TWILIO_API_KEY_SECRET,
    DEFAULT_TWILIO_API_KEY_SID, DEFAULT_TWILIO_AUTH_TOKEN, DEFAULT_VOBIZ_AUTH_ID,
    DEFAULT_VOBIZ_AUTH_TOKEN, Emulator, EmulatorConfig, Ports, RateLimit,
};

/// Stateful emulator of the Plivo Zentrunk, Twilio SIP trunking, Vobiz and Telnyx REST APIs.
///
/// Without flags it uses the documented test credentials (listed below) and ephemeral
/// loopback ports.
#[derive(Parser, Debug)]
#[command(name = "trunkline-emulator", version, about)]
struct Args {
    /// Address to bind all five listeners to.
    #[arg(long, default_value = "127.0.0.1")]
    bind: IpAddr,
    /// Plivo Auth ID.
    #[arg(long, default_value = DEFAULT_PLIVO_AUTH_ID)]
    plivo_auth_id: String,
    /// Plivo Auth Token.
    #[arg(long, default_value = DEFAULT_PLIVO_AUTH_TOKEN)]
    plivo_auth_token: String,
    /// Twilio Account SID.
    #[arg(long, default_value = DEFAULT_TWILIO_ACCOUNT_SID)]
    twilio_account_sid: String,
    /// Twilio Auth Token.
    #[arg(long, default_value = DEFAULT_TWILIO_AUTH_TOKEN)]
    twilio_auth_token: String,
    /// Twilio API Key SID (SK…) accepted instead of the Account SID.
    #[arg(long, default_value = DEFAULT_TWILIO_API_KEY_SID)]
    twilio_api_key: String,
    /// Twilio API Key secret.
    #[arg(long, default_value = DEFAULT_TWILIO_API_KEY_SECRET)]
    twilio_api_secret: String,
    /// Vobiz Auth ID.
    #[arg(long, default_value = DEFAULT_VOBIZ_AUTH_ID)]
    vobiz_auth_id: String,
    /// Vobiz Auth Token.
    #[arg(long, default_value = DEFAULT_VOBIZ_AUTH_TOKEN)]
    vobiz_auth_token: String,
    /// Telnyx API key (the `Authorization: Bearer` token).
    #[arg(long, default_value = DEFAULT_TELNYX_API_KEY)]
    telnyx_api_key: String,
    /// Fixed port for the Plivo listener (0 = ephemeral).
    #[arg(long, default_value_t = 0)]
    plivo_port: u16,
    /// Fixed port for the Twilio trunking listener (0 = ephemeral).
    #[arg(long, default_value_t = 0)]
    twilio_trunking_port: u16,
    /// Fixed port for the Twilio 2010-04-01 listener (0 = ephemeral).
    #[arg(long, default_value_t = 0)]
    twilio_api_port: u16,
    /// Fixed port for the Vobiz listener (0 = ephemeral).
    #[arg(long, default_value_t = 0)]
    vobiz_port: u16,
    /// Fixed port for the Telnyx listener (0 = ephemeral).
    #[arg(long, default_value_t = 0)]
    telnyx_port: u16,
    /// Requests kept per API in the request log.
    #[arg(long, default_value_t = DEFAULT_REQUEST_LOG_CAPACITY)]
    request_log_capacity: usize,
    /// Rate limit of every listener (each its own token bucket), requests per second; may be
    /// fractional (0.5 = one request every two seconds). Over it: the vendor's 429 with
    /// Retry-After. Unlimited when absent.
    #[arg(long, value_name = "RPS")]
    rate_limit: Option<f64>,
    /// Bucket size of --rate-limit (requests that may pass at once); default: the rate
    /// rounded down, at least 1.
    #[arg(long, value_name = "N", requires = "rate_limit")]
    rate_limit_burst: Option<u32>,
    /// Fixed delay added before every API response (not control responses), in
    /// milliseconds, e.g. 50 to shape benchmarks like a WAN.
    #[arg(long, value_name = "MS", default_value_t = 0)]
    response_delay_ms: u64,
    /// Never compress responses (by default JSON responses are compressed when the request's
    /// Accept-Encoding allows gzip, br, zstd or deflate).
    #[arg(long)]
    no_compression: bool,
}

/// The `--help` section listing every vendor's default credentials.
fn default_credentials_help() -> String {
    format!(
        "Default credentials (override with the flags above):\n  \
         Plivo            HTTP Basic  {DEFAULT_PLIVO_AUTH_ID} : {DEFAULT_PLIVO_AUTH_TOKEN}\n  \
         Twilio           HTTP Basic  {DEFAULT_TWILIO_ACCOUNT_SID} : {DEFAULT_TWILIO_AUTH_TOKEN}\n  \
         Twilio API key   HTTP Basic  {DEFAULT_TWILIO_API_KEY_SID} : {DEFAULT_TWILIO_API_KEY_SECRET}\n  \
         Vobiz            X-Auth-ID: {DEFAULT_VOBIZ_AUTH_ID}  X-Auth-Token: {DEFAULT_VOBIZ_AUTH_TOKEN}\n  \
         Telnyx           Authorization: Bearer {DEFAULT_TELNYX_API_KEY}\n\n\
         Control endpoints on every origin: /__emulator/faults, /requests, /reset, /rate-limit,\n\
         /response-delay, /stats, /trunks; Plivo /__emulator/calls, Vobiz /__emulator/cdrs."
    )
}

fn main() -> ExitCode {
    let matches = Args::command()
        .after_help(default_credentials_help())
        .get_matches();
    let args = Args::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("trunkline-emulator: cannot start the Tokio runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(run(args))
}

async fn run(args: Args) -> ExitCode {
    let mut config = EmulatorConfig::default()
        .with_plivo_credentials(args.plivo_auth_id, args.plivo_auth_token)
        .with_twilio_credentials(args.twilio_account_sid, args.twilio_auth_token)
        .with_twilio_api_key(args.twilio_api_key, args.twilio_api_secret)
        .with_vobiz_credentials(args.vobiz_auth_id, args.vobiz_auth_token)
        .with_telnyx_api_key(args.telnyx_api_key)
        .with_request_log_capacity(args.request_log_capacity)
        .with_ports(Ports::new(
            args.plivo_port,
            args.twilio_trunking_port,
            args.twilio_api_port,
            args.vobiz_port,
        ))
        .with_telnyx_port(args.telnyx_port)
        .with_response_delay(Duration::from_millis(args.response_delay_ms))
        .with_compression(!args.no_compression);
    if let Some(rps) = args.rate_limit {
        match RateLimit::from_requests_per_second(rps, args.rate_limit_burst) {
            Ok(limit) => config = config.with_rate_limit(limit),
            Err(e) => {
                eprintln!("trunkline-emulator: --rate-limit: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let emulator = match Emulator::start_on(args.bind, config).await {
        Ok(e) => e,
        Err(e) => {
            eprintln!("trunkline-emulator: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut stdout = std::io::stdout().lock();
    if writeln!(stdout, "{}", emulator.origins().to_json_line())
        .and_then(|()| stdout.flush())
        .is_err()
    {
        eprintln!("trunkline-emulator: cannot write the ready line to stdout");
        return ExitCode::FAILURE;
    }
    drop(stdout);
    wait_for_signal().await;
    tracing::info!("shutting down");
    emulator.shutdown().await;
    ExitCode::SUCCESS
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
