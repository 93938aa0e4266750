//! Prints what `trunkline_vobiz::Client::from_env()` makes of the process environment (never
//! the token): used by `tests/vobiz_env.rs`, which runs it with a controlled environment because
//! a test cannot safely change its own process's environment.

fn main() {
    match trunkline_vobiz::Client::from_env() {
        Ok(client) => println!("ok {} {client:?}", client.base_url()),
        Err(err) => println!("error {err}"),
    }
}
