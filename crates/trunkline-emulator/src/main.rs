//! `trunkline-emulator`: runs the Plivo, Twilio, Vobiz and Telnyx emulators until interrupted.
//!
//! When ready it prints exactly one JSON line on stdout,
//! `{"plivo":"http://127.0.0.1:P1","twilio_trunking":"http://127.0.0.1:P2","twilio_api":"http://127.0.0.1:P3","vobiz":"http://127.0.0.1:P4","telnyx":"http://127.0.0.1:P5"}`,
//! then serves until SIGINT/SIGTERM. Logs go to stderr (`RUST_LOG`, default `info`).

use std::io::Write as _;
use std::net::IpAddr;
use std::process::ExitCode;

use clap::Parser;
use trunkline_emulator::{
    DEFAULT_PLIVO_AUTH_ID, DEFAULT_PLIVO_AUTH_TOKEN, DEFAULT_REQUEST_LOG_CAPACITY,
    DEFAULT_TELNYX_API_KEY, DEFAULT_TWILIO_ACCOUNT_SID, DEFAULT_TWILIO_API_KEY_SECRET,
    DEFAULT_TWILIO_API_KEY_SID, DEFAULT_TWILIO_AUTH_TOKEN, DEFAULT_VOBIZ_AUTH_ID,
    DEFAULT_VOBIZ_AUTH_TOKEN, Emulator, EmulatorConfig, Ports,
};

/// Stateful emulator of the Plivo Zentrunk, Twilio SIP trunking, Vobiz and Telnyx REST APIs.
///
/// Without flags it uses the documented test credentials and ephemeral loopback ports.
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
    #[arg(long, default_value = DEFAULT_PLIVO_AUTH_TOKEN, hide_default_value = true)]
    plivo_auth_token: String,
    /// Twilio Account SID.
    #[arg(long, default_value = DEFAULT_TWILIO_ACCOUNT_SID)]
    twilio_account_sid: String,
    /// Twilio Auth Token.
    #[arg(long, default_value = DEFAULT_TWILIO_AUTH_TOKEN, hide_default_value = true)]
    twilio_auth_token: String,
    /// Twilio API Key SID (SK…) accepted instead of the Account SID.
    #[arg(long, default_value = DEFAULT_TWILIO_API_KEY_SID)]
    twilio_api_key: String,
    /// Twilio API Key secret.
    #[arg(long, default_value = DEFAULT_TWILIO_API_KEY_SECRET, hide_default_value = true)]
    twilio_api_secret: String,
    /// Vobiz Auth ID.
    #[arg(long, default_value = DEFAULT_VOBIZ_AUTH_ID)]
    vobiz_auth_id: String,
    /// Vobiz Auth Token.
    #[arg(long, default_value = DEFAULT_VOBIZ_AUTH_TOKEN, hide_default_value = true)]
    vobiz_auth_token: String,
    /// Telnyx API key (the `Authorization: Bearer` token).
    #[arg(long, default_value = DEFAULT_TELNYX_API_KEY, hide_default_value = true)]
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
}

fn main() -> ExitCode {
    let args = Args::parse();
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
    let config = EmulatorConfig::default()
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
        .with_telnyx_port(args.telnyx_port);
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
