//! Builds a client from the environment **with a `ClientConfig`** and makes one list call:
//! `config_env_probe <plivo|twilio|vobiz|telnyx|facade> [custom-client]`.
//!
//! - `plivo`, `twilio`, `vobiz`, `telnyx`: the vendor crate's `Client::from_env_with(config)`;
//! - `facade`: `trunkline::from_env_with(config)` (`TRUNKLINE_VENDOR` names the vendor).
//!
//! The config never retries and adds the product token `config-probe/1` to the user agent;
//! with `custom-client` it also carries a caller-built `reqwest::Client` whose default header
//! `x-probe-marker: from-the-caller` and user agent `custom-client/1` the server can see.
//! Prints `status <code>` (the status of the answer, an error status included) or
//! `error <message>`, one line.
//!
//! Used by `tests/client_config.rs`, which runs it with a controlled environment against a
//! scripted server (a test cannot change its own process's environment: `set_var` is
//! `unsafe` in edition 2024 and the workspace forbids `unsafe`).

use futures::TryStreamExt as _;
use trunkline::{ClientConfig, RetryPolicy, TrunkFilter};

fn config(custom_client: bool) -> ClientConfig {
    let config = ClientConfig::default()
        .with_retry(RetryPolicy::never())
        .with_user_agent("config-probe/1");
    if !custom_client {
        return config;
    }
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "x-probe-marker",
        reqwest::header::HeaderValue::from_static("from-the-caller"),
    );
    let client = reqwest::Client::builder()
        .default_headers(headers)
        .user_agent("custom-client/1")
        .build()
        .expect("a reqwest client");
    config.with_http_client(client)
}

fn status_of<E: std::fmt::Debug>(result: Result<u16, progenitor_client::Error<E>>) -> String {
    match result {
        Ok(status) => format!("status {status}"),
        Err(err) => match err.status() {
            Some(status) => format!("status {}", status.as_u16()),
            None => format!("error {err}"),
        },
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_default();
    let config = config(args.next().as_deref() == Some("custom-client"));
    let line = match mode.as_str() {
        "plivo" => match trunkline_plivo::Client::from_env_with(config) {
            Ok(c) => status_of(c.list_trunks().send().await.map(|r| r.status().as_u16())),
            Err(err) => format!("error {err}"),
        },
        "vobiz" => match trunkline_vobiz::Client::from_env_with(config) {
            Ok(c) => status_of(c.list_trunks().send().await.map(|r| r.status().as_u16())),
            Err(err) => format!("error {err}"),
        },
        "telnyx" => match trunkline_telnyx::Client::from_env_with(config) {
            Ok(c) => status_of(
                c.list_ip_connections()
                    .send()
                    .await
                    .map(|r| r.status().as_u16()),
            ),
            Err(err) => format!("error {err}"),
        },
        "twilio" => match trunkline_twilio::Client::from_env_with(config) {
            Ok(c) => status_of(
                c.trunking()
                    .list_trunks()
                    .send()
                    .await
                    .map(|r| r.status().as_u16()),
            ),
            Err(err) => format!("error {err}"),
        },
        "facade" => match trunkline::from_env_with(config) {
            Ok(provider) => {
                let listed: Result<Vec<_>, _> =
                    provider.list_trunks(TrunkFilter::new()).try_collect().await;
                match listed {
                    Ok(_) => "status 200".to_owned(),
                    Err(err) => match err.vendor_error().and_then(|e| e.status) {
                        Some(status) => format!("status {status}"),
                        None => format!("error {err}"),
                    },
                }
            }
            Err(err) => format!("error {err}"),
        },
        other => {
            eprintln!(
                "usage: config_env_probe plivo|twilio|vobiz|telnyx|facade [custom-client] \
                 (got {other:?})"
            );
            std::process::exit(2);
        }
    };
    println!("{line}");
}
