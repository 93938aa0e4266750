//! `trunkline`: desired state for SIP trunks across carriers (validate, plan, apply, export,
//! schema) and everyday reads (trunks, calls). See the crate README.

mod args;
mod connect;
mod render;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

use anstream::{eprint, print, println};
use chrono::{DateTime, NaiveDate, Utc};
use clap::Parser;
use futures::{StreamExt, TryStreamExt};
use indicatif::{ProgressBar, ProgressStyle};
use trunkline::desired::{
    self, ApplyOptions, Desired, Document, DocumentError, EnvSource, ExportOptions, Pattern,
    PlanOptions,
};
use trunkline::{CallFilter, TrunkFilter, TrunkProvider};

use args::{CallsCommand, Cli, Command, Output, TrunksCommand};
use connect::EmulatorLink;

/// Why a command failed, and the exit status to end with.
pub struct Failure {
    message: String,
    /// Problems of a document, for `--output json`.
    problems: Option<DocumentError>,
    /// The JSON result was printed already (an apply report with failures).
    reported: bool,
}

impl Failure {
    /// Wrong use: a missing flag, an unknown vendor.
    pub fn usage(message: String) -> Self {
        Self {
            message,
            problems: None,
            reported: false,
        }
    }

    /// Anything else that went wrong.
    pub fn other(message: String) -> Self {
        Self {
            message,
            problems: None,
            reported: false,
        }
    }

    /// A document with problems.
    pub fn document(err: DocumentError) -> Self {
        Self {
            message: err.to_string(),
            problems: Some(err),
            reported: false,
        }
    }
}

impl From<trunkline::Error> for Failure {
    fn from(err: trunkline::Error) -> Self {
        Self::other(err.to_string())
    }
}

/// Exit status of `plan --detailed-exitcode` when there are changes.
const EXIT_CHANGES: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(err) => {
            eprint!("error: cannot start the async runtime: {err}\n");
            return ExitCode::FAILURE;
        }
    };
    let output = cli.global.output;
    match runtime.block_on(run(cli)) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            match (output, &failure.problems) {
                (Output::Json, Some(err)) => {
                    let body = serde_json::json!({
                        "error": "invalid document",
                        "file": err.file(),
                        "problems": err.problems(),
                    });
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&body).unwrap_or_default()
                    );
                }
                (Output::Json, None) if !failure.reported => {
                    let body = serde_json::json!({ "error": failure.message });
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&body).unwrap_or_default()
                    );
                }
                _ => {}
            }
            eprint!("error: {}\n", failure.message);
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<u8, Failure> {
    let output = cli.global.output;
    let emulator = if cli.global.emulator
        && !matches!(
            cli.command,
            Command::Validate(_) | Command::Schema | Command::Emulator
        ) {
        Some(EmulatorLink::open().await?)
    } else {
        None
    };
    let emulator = emulator.as_ref();
    match cli.command {
        Command::Schema => {
            print!("{}", desired::schema_json());
            Ok(0)
        }
        Command::Validate(file) => {
            let document = Document::read(&file.file).map_err(Failure::document)?;
            let trunks: usize = document
                .desired()
                .carriers
                .iter()
                .map(|c| c.trunks.len())
                .sum();
            match output {
                Output::Json => json(&serde_json::json!({
                    "valid": true,
                    "file": document.file(),
                    "carriers": document.desired().carriers.len(),
                    "trunks": trunks,
                })),
                Output::Text => println!(
                    "{}: valid ({} carrier entr{}, {trunks} trunk(s))",
                    file.file.display(),
                    document.desired().carriers.len(),
                    if document.desired().carriers.len() == 1 {
                        "y"
                    } else {
                        "ies"
                    }
                ),
            }
            Ok(0)
        }
        Command::Plan(args) => {
            let (plan, _) = make_plan(&args.file.file, args.prune, emulator).await?;
            match output {
                Output::Json => json(&plan),
                Output::Text => print!("{}", render::plan(&plan)),
            }
            Ok(if args.detailed_exitcode && !plan.is_empty() {
                EXIT_CHANGES
            } else {
                0
            })
        }
        Command::Apply(args) => {
            let (plan, accounts) = make_plan(&args.file.file, args.prune, emulator).await?;
            if output == Output::Text {
                print!("{}", render::plan(&plan));
            }
            if plan.is_empty() {
                if output == Output::Json {
                    json(&serde_json::json!({ "plan": plan, "outcomes": [] }));
                }
                return Ok(0);
            }
            if !args.auto_approve {
                confirm()?;
            }
            let total = plan.changes().count() as u64;
            let bar = progress(total, "applying");
            let on_done = {
                let bar = bar.clone();
                move |outcome: &desired::TrunkOutcome| {
                    bar.set_message(outcome.name.clone());
                    bar.inc(1);
                }
            };
            let options = ApplyOptions::new()
                .with_concurrency(args.concurrency.into())
                .on_done(on_done);
            let report = desired::apply(&plan, &accounts, &options).await;
            bar.finish_and_clear();
            match output {
                Output::Json => {
                    json(&serde_json::json!({ "plan": plan, "outcomes": report.outcomes }))
                }
                Output::Text => print!("{}", render::report(&report)),
            }
            if report.is_success() {
                Ok(0)
            } else {
                let mut failure = Failure::other(format!(
                    "{} trunk(s) failed; run `trunkline apply` again to finish",
                    report.failures().count()
                ));
                failure.reported = true;
                Err(failure)
            }
        }
        Command::Export(args) => {
            let provider = connect::one(args.account.vendor.as_deref(), emulator)?;
            let mut options = ExportOptions::new();
            if let Some(pattern) = &args.pattern {
                options = options.with_pattern(Pattern::new(pattern).map_err(Failure::usage)?);
            }
            let (carrier, notes) = desired::export_carrier(provider.as_ref(), &options).await?;
            for note in notes {
                eprint!("note: {note}\n");
            }
            let document = Desired::new(vec![carrier]);
            match output {
                Output::Json => json(&document),
                Output::Text => print!("{}", document.to_yaml()),
            }
            Ok(0)
        }
        Command::Trunks(TrunksCommand::List { account }) => {
            let provider = connect::one(account.vendor.as_deref(), emulator)?;
            let trunks = list_trunks(provider.as_ref()).await?;
            match output {
                Output::Json => json(&trunks),
                Output::Text => print!("{}", render::trunks(&trunks)),
            }
            Ok(0)
        }
        Command::Trunks(TrunksCommand::Get { account, trunk }) => {
            let provider = connect::one(account.vendor.as_deref(), emulator)?;
            let by_name: Vec<_> = list_trunks(provider.as_ref())
                .await?
                .into_iter()
                .filter(|t| t.name.as_deref() == Some(trunk.as_str()) || t.id.as_str() == trunk)
                .collect();
            let found = match by_name.as_slice() {
                [one] => provider.get_trunk(&one.id).await?,
                [] => {
                    return Err(Failure::other(format!(
                        "no trunk has the id or name {trunk:?}"
                    )));
                }
                many => {
                    let ids: Vec<String> = many.iter().map(|t| t.id.to_string()).collect();
                    return Err(Failure::other(format!(
                        "{} trunks are named {trunk:?}: {}; ask for one by id",
                        many.len(),
                        ids.join(", ")
                    )));
                }
            };
            match output {
                Output::Json => json(&found),
                Output::Text => {
                    print!("{}", render::trunks(std::slice::from_ref(&found)));
                    if let Some(a) = &found.attachments {
                        println!("credential lists: {}", join(&a.credential_lists));
                        println!("IP access lists:  {}", join(&a.ip_access_lists));
                        println!("origination URIs: {}", join(&a.origination_uris));
                    }
                }
            }
            Ok(0)
        }
        Command::Calls(CallsCommand::List {
            account,
            since,
            until,
            limit,
        }) => {
            let provider = connect::one(account.vendor.as_deref(), emulator)?;
            let now = Utc::now();
            let after = parse_time(&since, now).map_err(Failure::usage)?;
            let before = match &until {
                Some(until) => parse_time(until, now).map_err(Failure::usage)?,
                None => now,
            };
            let bar = progress(limit as u64, "reading calls");
            let calls: Vec<_> = provider
                .list_calls(CallFilter::new().with_ended_between(after, before))
                .take(limit)
                .inspect(|_| bar.inc(1))
                .try_collect()
                .await?;
            bar.finish_and_clear();
            match output {
                Output::Json => json(&calls),
                Output::Text => print!("{}", render::calls(&calls)),
            }
            Ok(0)
        }
        Command::Emulator => {
            let (emulator, profile) = connect::start_emulator().await?;
            println!("{}", connect::ready_line(&emulator, &profile));
            let _ = std::io::stdout().flush();
            shutdown_signal().await;
            emulator.shutdown().await;
            Ok(0)
        }
    }
}

/// SIGINT, or SIGTERM on Unix.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

fn join<T: std::fmt::Display>(items: &[T]) -> String {
    if items.is_empty() {
        "-".to_owned()
    } else {
        items
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn json<T: serde::Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => println!("{text}"),
        Err(err) => eprint!("error: cannot write JSON: {err}\n"),
    }
}

/// A progress bar on stderr, drawn only when stderr is a terminal.
fn progress(total: u64, what: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    if let Ok(style) = ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} {msg}") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_prefix(what.to_owned());
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

async fn list_trunks(provider: &dyn TrunkProvider) -> Result<Vec<trunkline::Trunk>, Failure> {
    let bar = progress(0, "listing trunks");
    let trunks: Vec<_> = provider
        .list_trunks(TrunkFilter::new())
        .inspect(|_| bar.inc(1))
        .try_collect()
        .await?;
    bar.finish_and_clear();
    Ok(trunks)
}

async fn make_plan(
    file: &std::path::Path,
    prune: bool,
    emulator: Option<&EmulatorLink>,
) -> Result<(desired::Plan, desired::Accounts), Failure> {
    let document = Document::read(file).map_err(Failure::document)?;
    let resolved = document
        .resolve(&EnvSource::Process)
        .map_err(Failure::document)?;
    let accounts = connect::accounts(&document, emulator)?;
    let plan = desired::plan(&resolved, &accounts, &PlanOptions::new().with_prune(prune)).await?;
    Ok((plan, accounts))
}

/// Asks before applying; only `yes` goes on.
fn confirm() -> Result<(), Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::usage(
            "standard input is not a terminal: nothing was changed; pass --auto-approve to \
             apply without asking"
                .to_owned(),
        ));
    }
    print!("\nDo you want to perform these actions? Only 'yes' will be accepted: ");
    let _ = std::io::stdout().flush();
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|err| Failure::other(format!("cannot read the answer: {err}")))?;
    if answer.trim() == "yes" {
        Ok(())
    } else {
        Err(Failure::usage(
            "apply cancelled; nothing was changed".to_owned(),
        ))
    }
}

/// `2026-12-01T10:00:00Z`, `2026-12-01`, or an age before `now`: `90s`, `30m`, `24h`, `7d`.
fn parse_time(text: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    let text = text.trim();
    if let Ok(time) = DateTime::parse_from_rfc3339(text) {
        return Ok(time.with_timezone(&Utc));
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(date
            .and_hms_opt(0, 0, 0)
            .map(|t| t.and_utc())
            .unwrap_or(now));
    }
    let (digits, unit) = text.split_at(
        text.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len()),
    );
    let n: i64 = digits.parse().map_err(|_| {
        format!("{text:?} is not a time: use RFC 3339, YYYY-MM-DD, or an age like 30m, 24h, 7d")
    })?;
    let unit_seconds = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3_600,
        "d" => 86_400,
        _ => return Err(format!("{text:?}: the unit of an age is s, m, h or d")),
    };
    n.checked_mul(unit_seconds)
        .and_then(chrono::Duration::try_seconds)
        .and_then(|age| now.checked_sub_signed(age))
        .ok_or_else(|| format!("{text:?} is too long ago"))
}

#[cfg(test)]
mod tests {
    use super::parse_time;
    use chrono::{TimeZone, Utc};

    #[test]
    fn times_are_rfc3339_dates_or_ages() {
        let now = Utc.with_ymd_and_hms(2026, 12, 3, 12, 0, 0).unwrap();
        assert_eq!(
            parse_time("24h", now).unwrap(),
            Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap()
        );
        assert_eq!(
            parse_time("7d", now).unwrap(),
            Utc.with_ymd_and_hms(2026, 11, 26, 12, 0, 0).unwrap()
        );
        assert_eq!(
            parse_time("2026-12-01", now).unwrap(),
            Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap()
        );
        assert_eq!(
            parse_time("2026-12-01T10:00:00+01:00", now).unwrap(),
            Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap()
        );
        assert!(parse_time("soon", now).is_err());
        assert!(parse_time("5y", now).unwrap_err().contains("s, m, h or d"));
        assert!(parse_time("99999999999999999d", now).is_err());
    }
}
