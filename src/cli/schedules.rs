//! `jobctl schedules …`: list, show, next, enable, disable and delete scheduled jobs.

use chrono_tz::Tz;
use clap::Subcommand;
use serde_json::json;

use super::schedule::{ScheduleView, view};
use crate::app::Ctx;
use crate::domain::permission::Permission;
use crate::domain::time::{Timestamp, fmt_local, fmt_utc};
use crate::error::{Error, Result};
use crate::store::schedules::{self, ScheduleRow};

#[derive(Debug, Subcommand)]
pub enum SchedulesCmd {
    /// List scheduled jobs
    #[command(after_help = "Example:\n  jobctl schedules list --state pending")]
    List {
        /// active, pending, denied, canceled, completed or disabled
        #[arg(long)]
        state: Option<String>,
        /// Only scheduled jobs of this job
        #[arg(long)]
        job: Option<String>,
    },
    /// Show one scheduled job with its approval workflow
    #[command(after_help = "Example:\n  jobctl schedules show 3 --json")]
    Show { id: i64 },
    /// The next run times, local and UTC
    #[command(after_help = "Example:\n  jobctl schedules next 3 -n 10")]
    Next {
        id: i64,
        /// How many
        #[arg(short = 'n', default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=10000))]
        n: u32,
    },
    /// Stop a scheduled job from running (it keeps its approval state)
    #[command(after_help = "Example:\n  jobctl schedules disable 3")]
    Disable { id: i64 },
    /// Let a disabled scheduled job run again (never bypasses approval)
    #[command(after_help = "Example:\n  jobctl schedules enable 3")]
    Enable { id: i64 },
    /// Delete a scheduled job and its approval workflow
    #[command(after_help = "Example:\n  jobctl schedules delete 3")]
    Delete { id: i64 },
}

const STATES: [&str; 6] = [
    "active",
    "pending",
    "denied",
    "canceled",
    "completed",
    "disabled",
];

/// Dispatches `jobctl schedules …`.
pub fn run(ctx: &Ctx, cmd: SchedulesCmd) -> Result<()> {
    match cmd {
        SchedulesCmd::List { state, job } => list(ctx, state.as_deref(), job.as_deref()),
        SchedulesCmd::Show { id } => {
            let s = schedules::get(ctx.store.conn(), id)?;
            require_view(ctx, &s)?;
            let v = view(ctx.store.conn(), id)?;
            ctx.out.show(&v, |v| show_human(ctx, v))
        }
        SchedulesCmd::Next { id, n } => next(ctx, id, n as usize),
        SchedulesCmd::Disable { id } => set_enabled(ctx, id, false),
        SchedulesCmd::Enable { id } => set_enabled(ctx, id, true),
        SchedulesCmd::Delete { id } => delete(ctx, id),
    }
}

/// The requester may always view, disable and delete their own scheduled jobs.
fn allowed(ctx: &Ctx, s: &ScheduleRow, perm: Permission) -> Result<bool> {
    Ok(s.user_id == ctx.user_id() || ctx.can(perm, &s.job_name)?)
}

fn require(ctx: &Ctx, s: &ScheduleRow, perm: Permission, own_ok: bool) -> Result<()> {
    if (own_ok && s.user_id == ctx.user_id()) || ctx.can(perm, &s.job_name)? {
        Ok(())
    } else {
        Err(Error::denied(format!(
            "{} lacks permission {} for job {}",
            ctx.user_name(),
            perm.as_str(),
            s.job_name
        )))
    }
}

fn require_view(ctx: &Ctx, s: &ScheduleRow) -> Result<()> {
    require(ctx, s, Permission::ViewScheduledJob, true)
}

fn list(ctx: &Ctx, state: Option<&str>, job: Option<&str>) -> Result<()> {
    if let Some(st) = state
        && !STATES.contains(&st)
    {
        return Err(Error::invalid(format!(
            "--state {st}: use one of {}",
            STATES.join(", ")
        )));
    }
    let conn = ctx.store.conn();
    let mut views: Vec<ScheduleView> = Vec::new();
    for s in schedules::list(conn, job)? {
        if state.is_some_and(|st| st != s.display_state())
            || !allowed(ctx, &s, Permission::ViewScheduledJob)?
        {
            continue;
        }
        views.push(view(conn, s.id)?);
    }
    ctx.out.show(&views, |views| {
        let rows = views
            .iter()
            .map(|v| {
                let tz: Tz = v.time_zone.parse().unwrap_or(chrono_tz::UTC);
                vec![
                    v.id.to_string(),
                    v.name.clone(),
                    v.job.clone(),
                    v.interval.as_str().to_string()
                        + &v.crontab
                            .as_ref()
                            .map(|c| format!(" ({c})"))
                            .unwrap_or_default(),
                    v.state.clone(),
                    v.next_run
                        .map(|t| fmt_local(t.0, tz))
                        .unwrap_or_else(|| "-".into()),
                    v.time_zone.clone(),
                    v.user.clone(),
                ]
            })
            .collect();
        ctx.out.table(
            &[
                "ID",
                "NAME",
                "JOB",
                "INTERVAL",
                "STATE",
                "NEXT RUN",
                "ZONE",
                "REQUESTER",
            ],
            rows,
            "no scheduled jobs",
        )
    })
}

fn next(ctx: &Ctx, id: i64, n: usize) -> Result<()> {
    let s = schedules::get(ctx.store.conn(), id)?;
    require_view(ctx, &s)?;
    let times = match s.state.as_str() {
        "active" | "pending" => s.recurrence().upcoming(s.next_run, n),
        _ => Vec::new(),
    };
    let tz = s.tz();
    let doc = json!({
        "id": id,
        "time_zone": s.time_zone,
        "next": times.iter().map(|t| Timestamp(*t)).collect::<Vec<_>>(),
    });
    ctx.out.show(&doc, |_| {
        if s.state == "pending" {
            ctx.out
                .line("pending approval: it runs at these times only once approved")?;
        }
        let rows = times
            .iter()
            .map(|t| vec![fmt_local(*t, tz), fmt_utc(*t)])
            .collect();
        ctx.out.table(
            &["LOCAL", "UTC"],
            rows,
            &format!(
                "scheduled job {id} will not run again ({})",
                s.display_state()
            ),
        )
    })
}

fn set_enabled(ctx: &Ctx, id: i64, enabled: bool) -> Result<()> {
    let tx = ctx.store.immediate()?;
    let s = schedules::get(&tx, id)?;
    require(ctx, &s, Permission::ChangeScheduledJob, !enabled)?;
    if enabled
        && s.user_id == ctx.user_id()
        && !ctx.can(Permission::ChangeScheduledJob, &s.job_name)?
    {
        // Requesters may disable their own; enabling needs the permission like any change.
        return Err(Error::denied(format!(
            "{} lacks permission {} for job {}",
            ctx.user_name(),
            Permission::ChangeScheduledJob.as_str(),
            s.job_name
        )));
    }
    if schedules::set_enabled(&tx, id, enabled)? {
        if enabled {
            schedules::resume(&tx, &s, ctx.now)?;
        }
        let action = if enabled {
            "schedule.enable"
        } else {
            "schedule.disable"
        };
        ctx.audit(&tx, action, &format!("schedule:{id}"), json!({}))?;
    }
    let v = view(&tx, id)?;
    tx.commit()?;
    ctx.out.show(&v, |v| {
        let mut line = format!(
            "scheduled job {} ({}) {}",
            v.id,
            v.name,
            if v.enabled { "enabled" } else { "disabled" }
        );
        if enabled && v.state != "active" {
            line.push_str(&format!(
                "; it is {} and runs only when approved and active",
                v.state
            ));
        }
        ctx.out.line(&line)
    })
}

fn delete(ctx: &Ctx, id: i64) -> Result<()> {
    let tx = ctx.store.immediate()?;
    let s = schedules::get(&tx, id)?;
    require(ctx, &s, Permission::DeleteScheduledJob, true)?;
    schedules::delete(&tx, id)?;
    ctx.audit(
        &tx,
        "schedule.delete",
        &format!("schedule:{id}"),
        json!({"name": s.name, "job": s.job_name}),
    )?;
    tx.commit()?;
    ctx.out.show(&json!({"deleted": id}), |_| {
        ctx.out
            .line(&format!("deleted scheduled job {id} ({})", s.name))
    })
}

fn show_human(ctx: &Ctx, v: &ScheduleView) -> Result<()> {
    let tz: Tz = v.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let t = |x: Option<Timestamp>| x.map(|t| fmt_local(t.0, tz)).unwrap_or_else(|| "-".into());
    ctx.out.fields(&[
        ("id", v.id.to_string()),
        ("name", v.name.clone()),
        ("job", v.job.clone()),
        ("interval", v.interval.as_str().to_string()),
        ("crontab", v.crontab.clone().unwrap_or_else(|| "-".into())),
        ("start time", t(v.start_time)),
        ("time zone", v.time_zone.clone()),
        ("state", v.state.clone()),
        ("enabled", super::admin::yes_no(v.enabled)),
        ("requester", v.user.clone()),
        ("variables", v.variables.to_string()),
        ("next run", t(v.next_run)),
        ("last run", t(v.last_run_at)),
        ("runs", v.total_run_count.to_string()),
    ])?;
    if let Some(wf) = &v.approval_workflow {
        ctx.out.line(&format!(
            "\napproval workflow {} ({}): {}",
            wf.id, wf.definition, wf.state
        ))?;
        super::approvals::stage_table(ctx, &wf.stages)?;
    }
    Ok(())
}
