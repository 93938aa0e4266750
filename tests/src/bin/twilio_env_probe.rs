//! Prints what `trunkline_twilio::Client::from_env()` makes of the process environment (never a
//! secret): used by `tests/twilio_env.rs`, which runs it with a controlled environment because a
//! test cannot safely change its own process's environment.

fn main() {
    match trunkline_twilio::Client::from_env() {
        Ok(client) => println!(
            "ok trunking={} sip={} {client:?}",
            client.trunking_base_url(),
            client.sip_base_url()
        ),
        Err(err) => println!("error {err}"),
    }
}
