//! The command line.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Desired state for SIP trunks across carriers, and everyday reads.
///
/// Documents list, per carrier account, the trunks it should have; `plan` shows what `apply`
/// would change, `apply` makes it so, `export` writes an account as a document. Carrier
/// credentials come from the vendor's environment variables (PLIVO_AUTH_ID/PLIVO_AUTH_TOKEN,
/// TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN or TWILIO_API_KEY/TWILIO_API_SECRET,
/// VOBIZ_AUTH_ID/VOBIZ_AUTH_TOKEN, TELNYX_API_KEY) or the variables a carrier entry's `env`
/// names.
#[derive(Debug, Parser)]
#[command(name = "trunkline", version, about, long_about)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options of every command.
#[derive(Debug, Args)]
pub struct Global {
    /// Talk to the built-in emulator instead of the carriers: the one whose origins
    /// TRUNKLINE_EMULATOR holds (the JSON line `trunkline emulator` prints), or else a fresh
    /// one started in this process. No credentials or network needed.
    #[arg(long, global = true)]
    pub emulator: bool,

    /// How to print results: tables and diffs for people, or JSON for programs.
    #[arg(long, short = 'o', global = true, value_enum, default_value_t = Output::Text)]
    pub output: Output,
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Output {
    /// Tables and `+ ~ -` diffs (colour on a terminal unless NO_COLOR is set).
    Text,
    /// JSON on stdout.
    Json,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a document without contacting any carrier: every problem, with its place.
    Validate(FileArgs),
    /// Print the document's JSON Schema (for editors: `# yaml-language-server: $schema=…`).
    Schema,
    /// Show what `apply` would change, field by field.
    Plan(PlanArgs),
    /// Change the carriers to match the document.
    Apply(ApplyArgs),
    /// Write an account's trunks as a document (YAML, or JSON with `--output json`).
    Export(ExportArgs),
    /// Trunks of one account.
    #[command(subcommand)]
    Trunks(TrunksCommand),
    /// Call records of one account.
    #[command(subcommand)]
    Calls(CallsCommand),
    /// Run the emulator in this process until interrupted, printing its origins as one JSON
    /// line (set TRUNKLINE_EMULATOR to it for `--emulator` in other commands).
    Emulator,
}

/// A document.
#[derive(Debug, Args)]
pub struct FileArgs {
    /// The document (YAML; `.json` files are JSON).
    #[arg(long, short = 'f')]
    pub file: PathBuf,
}

/// `plan`.
#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub file: FileArgs,
    /// Also plan to delete trunks whose names match `owns` but are not in the document.
    #[arg(long)]
    pub prune: bool,
    /// Exit 0 when there is nothing to change, 2 when there is, 1 on error.
    #[arg(long)]
    pub detailed_exitcode: bool,
}

/// `apply`.
#[derive(Debug, Args)]
pub struct ApplyArgs {
    #[command(flatten)]
    pub file: FileArgs,
    /// Apply without asking (needed when standard input is not a terminal).
    #[arg(long)]
    pub auto_approve: bool,
    /// Also delete trunks whose names match `owns` but are not in the document.
    #[arg(long)]
    pub prune: bool,
    /// Trunks changed at once.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
}

/// Which account a read command talks to.
#[derive(Debug, Args)]
pub struct AccountArgs {
    /// The vendor (its environment variables hold the credentials); default TRUNKLINE_VENDOR.
    #[arg(long, env = "TRUNKLINE_VENDOR")]
    pub vendor: Option<String>,
}

/// `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub account: AccountArgs,
    /// Only trunks whose names match this pattern (`*`, `?`); it becomes the entry's `owns`.
    #[arg(long = "match", value_name = "PATTERN")]
    pub pattern: Option<String>,
}

/// `trunks …`.
#[derive(Debug, Subcommand)]
pub enum TrunksCommand {
    /// Every trunk of the account.
    List {
        #[command(flatten)]
        account: AccountArgs,
    },
    /// One trunk, by id or by name, with what is attached to it.
    Get {
        #[command(flatten)]
        account: AccountArgs,
        /// The trunk's id, or its name.
        trunk: String,
    },
}

/// `calls …`.
#[derive(Debug, Subcommand)]
pub enum CallsCommand {
    /// Call records that ended in a time range.
    List {
        #[command(flatten)]
        account: AccountArgs,
        /// Start of the range: an RFC 3339 time, a date (`2026-12-01`), or an age (`30m`,
        /// `24h`, `7d`).
        #[arg(long)]
        since: String,
        /// End of the range (same forms); default now.
        #[arg(long)]
        until: Option<String>,
        /// At most this many records.
        #[arg(long, default_value_t = 100)]
        limit: usize,
    },
}
