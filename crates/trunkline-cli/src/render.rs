//! Text output: Terraform-like diffs and tables. Colour goes through `anstream`, which drops
//! it when stdout is not a terminal or `NO_COLOR` is set.

use std::fmt::Write as _;

use anstyle::{AnsiColor, Style};
use comfy_table::{Table, presets};
use trunkline::desired::{Action, ApplyReport, Plan, TrunkChange};
use trunkline::{CallRecord, Change, ChangeOp, Trunk};

const GREEN: Style = AnsiColor::Green.on_default();
const YELLOW: Style = AnsiColor::Yellow.on_default();
const RED: Style = AnsiColor::Red.on_default();
const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

fn paint(style: Style, text: &str) -> String {
    format!("{}{text}{}", style.render(), style.render_reset())
}

fn action_style(action: Action) -> Style {
    match action {
        Action::Create => GREEN,
        Action::Update => YELLOW,
        Action::Replace | Action::Delete => RED,
        _ => Style::new(),
    }
}

fn op_marker(op: ChangeOp) -> (&'static str, Style) {
    match op {
        ChangeOp::Create | ChangeOp::Add | ChangeOp::Adopt => ("+", GREEN),
        ChangeOp::Update => ("~", YELLOW),
        ChangeOp::Remove | ChangeOp::Delete => ("-", RED),
        _ => ("-/+", RED),
    }
}

fn change_line(change: &Change) -> String {
    let (marker, style) = op_marker(change.op);
    let mut line = format!(
        "{} {} {}",
        paint(style, marker),
        change.resource,
        change.key
    );
    if change.op == ChangeOp::Adopt {
        line.push_str(" (adopt: exists, attach it)");
    }
    if let Some(field) = &change.field {
        let _ = write!(
            line,
            ": {field} {} → {}",
            change.before.as_deref().unwrap_or("(none)"),
            change.after.as_deref().unwrap_or("(none)")
        );
    }
    if let Some(note) = &change.note {
        let _ = write!(line, " {}", paint(DIM, &format!("# {note}")));
    }
    line
}

fn trunk_block(out: &mut String, trunk: &TrunkChange) {
    let style = action_style(trunk.action);
    let verb = match trunk.action {
        Action::Create => "will be created",
        Action::Update => "will be updated in place",
        Action::Replace => "must be replaced (deleted and created again)",
        Action::Delete => "will be deleted (not in the document, inside owns; --prune)",
        _ => "is up to date",
    };
    let id = trunk
        .trunk_id
        .as_ref()
        .map(|id| format!(" ({id})"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "  {} trunk {}{id} {verb}",
        paint(style, trunk.action.marker()),
        paint(BOLD, &trunk.name)
    );
    for change in &trunk.changes {
        let _ = writeln!(out, "      {}", change_line(change));
    }
}

/// A plan as a diff, with a summary line.
pub fn plan(plan: &Plan) -> String {
    let mut out = String::new();
    for carrier in &plan.carriers {
        let _ = writeln!(
            out,
            "{} ({}, owns {:?})",
            paint(BOLD, &carrier.account),
            carrier.vendor,
            carrier.owns
        );
        let mut any = false;
        for trunk in carrier
            .trunks
            .iter()
            .filter(|t| t.action != Action::NoChange)
        {
            trunk_block(&mut out, trunk);
            any = true;
        }
        let unchanged = carrier
            .trunks
            .iter()
            .filter(|t| t.action == Action::NoChange)
            .count();
        if !any {
            let _ = writeln!(out, "  no changes ({unchanged} trunk(s) up to date)");
        } else if unchanged > 0 {
            let _ = writeln!(out, "  {unchanged} other trunk(s) up to date");
        }
        if !carrier.unmanaged.is_empty() {
            let _ = writeln!(
                out,
                "  {}",
                paint(
                    DIM,
                    &format!(
                        "inside owns but not in the document (kept; `--prune` deletes them): {}",
                        carrier.unmanaged.join(", ")
                    )
                )
            );
        }
    }
    let counts = plan.counts();
    if plan.is_empty() {
        let _ = writeln!(out, "\nNo changes. The carriers match the document.");
    } else {
        let _ = writeln!(
            out,
            "\nPlan: {} to create, {} to update, {} to replace, {} to delete.",
            counts.create, counts.update, counts.replace, counts.delete
        );
    }
    out
}

/// What an apply did.
pub fn report(report: &ApplyReport) -> String {
    let mut out = String::new();
    for outcome in &report.outcomes {
        match &outcome.error {
            None => {
                let _ = writeln!(
                    out,
                    "{} {} trunk {}: done ({} change(s))",
                    paint(action_style(outcome.action), outcome.action.marker()),
                    outcome.account,
                    outcome.name,
                    outcome.changes.len()
                );
            }
            Some(error) => {
                let unknown = if outcome.outcome_unknown {
                    " (outcome unknown: something may exist; the next apply finds it by name)"
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "{} {} trunk {}: {}{unknown}",
                    paint(RED, "!"),
                    outcome.account,
                    outcome.name,
                    error
                );
            }
        }
    }
    let failed = report.failures().count();
    let _ = writeln!(
        out,
        "\nApply: {} trunk(s) done, {failed} failed.{}",
        report.outcomes.len() - failed,
        if failed > 0 {
            " Run `trunkline apply` again to finish: it picks up from what exists."
        } else {
            ""
        }
    );
    out
}

fn yes_no(value: Option<bool>) -> String {
    value.map_or_else(
        || "-".to_owned(),
        |v| if v { "yes" } else { "no" }.to_owned(),
    )
}

/// Trunks as a table.
pub fn trunks(trunks: &[Trunk]) -> String {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.set_header(vec![
        "ID",
        "NAME",
        "DIRECTION",
        "SIP DOMAIN",
        "SECURE",
        "ENABLED",
    ]);
    for trunk in trunks {
        table.add_row(vec![
            trunk.id.to_string(),
            trunk.name.clone().unwrap_or_default(),
            trunk.direction.to_string(),
            trunk.sip_domain.clone().unwrap_or_default(),
            yes_no(trunk.secure),
            yes_no(trunk.enabled),
        ]);
    }
    format!("{table}\n{} trunk(s)\n", trunks.len())
}

/// Calls as a table.
pub fn calls(calls: &[CallRecord]) -> String {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.set_header(vec![
        "ID",
        "END",
        "FROM",
        "TO",
        "DIRECTION",
        "SECONDS",
        "COST",
    ]);
    for call in calls {
        table.add_row(vec![
            call.id.to_string(),
            call.end.map(|t| t.to_rfc3339()).unwrap_or_default(),
            call.from.clone().unwrap_or_default(),
            call.to.clone().unwrap_or_default(),
            call.direction
                .map(|d| format!("{d:?}").to_lowercase())
                .unwrap_or_default(),
            call.duration
                .map(|d| d.as_secs().to_string())
                .unwrap_or_default(),
            call.cost
                .as_ref()
                .map(|c| format!("{} {}", c.amount, c.currency))
                .unwrap_or_default(),
        ]);
    }
    format!("{table}\n{} call(s)\n", calls.len())
}
