//! Prints what `Client::from_env()` of the vendor named by the first argument (`plivo`,
//! `twilio`, `vobiz` or `telnyx`) makes of the process environment: `ok <base URL(s)> <Debug>`
//! or `error <message>`, one line, never a secret (the `Debug` output redacts them).
//!
//! Used by the shared vendor suite (`tests/vendors/`), which runs it with a controlled
//! environment: a test cannot change its own process's environment (`std::env::set_var` is
//! `unsafe` in edition 2024 and the workspace forbids `unsafe`).

use std::fmt::Display;

fn report<C: std::fmt::Debug, E: Display>(client: Result<C, E>, bases: impl Fn(&C) -> String) {
    match client {
        Ok(client) => println!("ok {} {client:?}", bases(&client)),
        Err(err) => println!("error {err}"),
    }
}

fn main() {
    let vendor = std::env::args().nth(1).unwrap_or_default();
    match vendor.as_str() {
        "plivo" => report(trunkline_plivo::Client::from_env(), |c| {
            c.base_url().to_owned()
        }),
        "vobiz" => report(trunkline_vobiz::Client::from_env(), |c| {
            c.base_url().to_owned()
        }),
        "telnyx" => report(trunkline_telnyx::Client::from_env(), |c| {
            c.base_url().to_owned()
        }),
        "twilio" => report(trunkline_twilio::Client::from_env(), |c| {
            format!(
                "trunking={} sip={}",
                c.trunking_base_url(),
                c.sip_base_url()
            )
        }),
        other => {
            eprintln!("usage: vendor_env_probe plivo|twilio|vobiz|telnyx (got {other:?})");
            std::process::exit(2);
        }
    }
}
