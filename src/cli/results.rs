//! `jobctl results list|show`: what ran, when, as whom, and how it ended.

use clap::Subcommand;

use chrono_tz::Tz;

use crate::app::{Ctx, default_zone};
use crate::domain::permission::Permission;
use crate::domain::time::fmt_local;
use crate::error::{Error, Result};
use crate::store::results::{self, JobResult, ResultFilter};

const STATUSES: [&str; 6] = [
    "pending",
    "running",
    "success",
    "failure",
    "interrupted",
    "skipped",
];

#[derive(Debug, Subcommand)]
pub enum ResultsCmd {
    /// Results, newest first
    #[command(
        after_help = "Example:\n  jobctl results list --job backup --status failure --limit 10"
    )]
    List {
        #[arg(long)]
        job: Option<String>,
        /// Only runs of this scheduled job
        #[arg(long)]
        schedule: Option<i64>,
        /// pending, running, success, failure, interrupted or skipped
        #[arg(long)]
        status: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// One result with its output
    #[command(after_help = "Example:\n  jobctl results show 42")]
    Show { id: i64 },
}

/// Dispatches `jobctl results …`.
pub fn run(ctx: &Ctx, cmd: ResultsCmd) -> Result<()> {
    match cmd {
        ResultsCmd::List {
            job,
            schedule,
            status,
            limit,
        } => {
            if let Some(s) = &status
                && !STATUSES.contains(&s.as_str())
            {
                return Err(Error::invalid(format!(
                    "--status {s}: use one of {}",
                    STATUSES.join(", ")
                )));
            }
            if limit < 1 {
                return Err(Error::invalid("--limit must be at least 1"));
            }
            // Newest first, only what the actor may view: page on until `limit` are found,
            // so results hidden from the actor never crowd out visible ones.
            let mut visible = Vec::new();
            let mut filter = ResultFilter {
                job,
                schedule,
                status,
                limit,
                before_id: None,
            };
            loop {
                let page = results::list(ctx.store.conn(), &filter)?;
                let full = page.len() as i64 == filter.limit;
                filter.before_id = page.last().map(|r| r.id);
                for r in page {
                    if visible.len() as i64 == limit {
                        break;
                    }
                    if may_view(ctx, &r)? {
                        visible.push(r);
                    }
                }
                if !full || visible.len() as i64 == limit {
                    break;
                }
            }
            ctx.out.show(&visible, |list| {
                let rows = list
                    .iter()
                    .map(|r| {
                        vec![
                            r.id.to_string(),
                            r.job.clone(),
                            r.scheduled_job
                                .map(|s| s.to_string())
                                .unwrap_or_else(|| "-".into()),
                            r.status.clone(),
                            r.exit_code
                                .map(|c| c.to_string())
                                .unwrap_or_else(|| "-".into()),
                            fmt_local(r.scheduled_for.unwrap_or(r.date_created).0, zone(r)),
                            r.duration_ms
                                .map(|d| format!("{:.1}s", d as f64 / 1000.0))
                                .unwrap_or_else(|| "-".into()),
                            r.skipped_occurrences.to_string(),
                            r.reason.clone().unwrap_or_default(),
                        ]
                    })
                    .collect();
                ctx.out.table(
                    &[
                        "ID",
                        "JOB",
                        "SCHEDULE",
                        "STATUS",
                        "EXIT",
                        "SCHEDULED FOR",
                        "DURATION",
                        "SKIPPED",
                        "REASON",
                    ],
                    rows,
                    "no results",
                )
            })
        }
        ResultsCmd::Show { id } => {
            let r = results::get(ctx.store.conn(), id)?;
            if !may_view(ctx, &r)? {
                return Err(Error::denied(format!(
                    "{} lacks permission {} for job {}",
                    ctx.user_name(),
                    Permission::ViewJobResult.as_str(),
                    r.job
                )));
            }
            ctx.out.show(&r, |r| show_human(ctx, r))
        }
    }
}

/// The requester of a run, and holders of `extras.view_jobresult` for its job, may see it.
fn may_view(ctx: &Ctx, r: &JobResult) -> Result<bool> {
    Ok(r.user.as_deref() == Some(ctx.user_name()) || ctx.can(Permission::ViewJobResult, &r.job)?)
}

/// The zone a result's times are shown in: its schedule's, else the default zone.
fn zone(r: &JobResult) -> Tz {
    r.time_zone
        .as_deref()
        .and_then(|z| z.parse().ok())
        .or_else(|| default_zone().ok())
        .unwrap_or(chrono_tz::UTC)
}

fn show_human(ctx: &Ctx, r: &JobResult) -> Result<()> {
    let tz = zone(r);
    let t = |x: Option<crate::domain::time::Timestamp>| {
        x.map(|t| fmt_local(t.0, tz)).unwrap_or_else(|| "-".into())
    };
    ctx.out.fields(&[
        ("result", r.id.to_string()),
        ("job", r.job.clone()),
        (
            "scheduled job",
            match (r.scheduled_job, r.scheduled_for) {
                (Some(s), _) => s.to_string(),
                // Scheduled runs keep their occurrence after their schedule is deleted.
                (None, Some(_)) => "- (deleted since)".into(),
                (None, None) => "- (manual run)".into(),
            },
        ),
        ("requested by", r.user.clone().unwrap_or_default()),
        ("ran as", r.ran_as.clone().unwrap_or_else(|| "-".into())),
        ("status", r.status.clone()),
        (
            "exit code",
            r.exit_code
                .map(|c| c.to_string())
                .unwrap_or_else(|| "-".into()),
        ),
        ("reason", r.reason.clone().unwrap_or_else(|| "-".into())),
        ("created", t(Some(r.date_created))),
        ("scheduled for", t(r.scheduled_for)),
        ("skipped occurrences", r.skipped_occurrences.to_string()),
        ("started", t(r.date_started)),
        ("done", t(r.date_done)),
        (
            "duration",
            r.duration_ms
                .map(|d| format!("{:.3} s", d as f64 / 1000.0))
                .unwrap_or_else(|| "-".into()),
        ),
        (
            "output",
            format!(
                "{} bytes{}",
                r.output_bytes,
                if r.output_truncated {
                    ", truncated (head and tail kept)"
                } else {
                    ""
                }
            ),
        ),
        ("variables", r.variables.to_string()),
    ])?;
    if let Some(out) = &r.output
        && !out.is_empty()
    {
        ctx.out.line("--- output ---")?;
        ctx.out.raw(out.as_bytes())?;
        if !out.ends_with('\n') {
            ctx.out.raw(b"\n")?;
        }
    }
    Ok(())
}
