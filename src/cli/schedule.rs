//! `jobctl run` and `jobctl schedule`: the preconditions of spec §3, creating scheduled jobs
//! (starting an approval workflow when one applies), and foreground immediate runs.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use clap::Args;
use serde::Serialize;
use serde_json::{Value, json};

use crate::app::{Ctx, zone_or_default};
use crate::domain::cron::CronExpr;
use crate::domain::job::Job;
use crate::domain::names::validate_schedule_name;
use crate::domain::permission::Permission;
use crate::domain::schedule::{Interval, Recurrence};
use crate::domain::time::{fmt_local, parse_time_in_zone};
use crate::domain::variables::{ResolveError, VarValues, parse_assignments, resolve};
use crate::domain::workflow::{DefinitionMatch, applicable_definition};
use crate::error::{Error, ErrorKind, Result};
use crate::store::{jobs, schedules, users, workflows};

pub const SCHEDULE_EXAMPLES: &str = "\
Examples:
  jobctl schedule backup --interval future --name once --start-time 2030-01-01T01:00:00.000Z
  jobctl schedule backup --interval daily --name nightly --start-time '2030-01-01 02:30' --tz Europe/Berlin
  jobctl schedule report --interval custom --name quarter-hourly --crontab '*/15 * * * *'";

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The job to run
    pub job: String,
    /// A variable value: KEY=VALUE (repeatable)
    #[arg(long = "var", value_name = "KEY=VALUE")]
    pub vars: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ScheduleArgs {
    /// The job to schedule
    pub job: String,
    /// immediately, future, hourly, daily, weekly or custom
    #[arg(long)]
    pub interval: String,
    /// A unique name (required except for immediately)
    #[arg(long)]
    pub name: Option<String>,
    /// RFC 3339 (2030-01-01T01:00:00Z) or local `YYYY-MM-DD HH:MM[:SS]` in the zone
    #[arg(long, value_name = "TIME")]
    pub start_time: Option<String>,
    /// Crontab expression for --interval custom
    #[arg(long, value_name = "EXPR", allow_hyphen_values = true)]
    pub crontab: Option<String>,
    /// IANA time zone [default: $JOBCTL_TZ, else the system zone, else UTC]
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// A variable value: KEY=VALUE (repeatable)
    #[arg(long = "var", value_name = "KEY=VALUE")]
    pub vars: Vec<String>,
    #[arg(long, default_value = "")]
    pub description: String,
}

/// A validated request to create a scheduled job.
#[derive(Debug, Clone)]
pub struct ScheduleRequest {
    pub name: Option<String>,
    pub interval: Interval,
    pub start_time: Option<DateTime<Utc>>,
    pub cron: Option<CronExpr>,
    pub tz: Tz,
    pub variables: Value,
    pub description: String,
}

/// What creating a scheduled job did.
#[derive(Debug, Clone)]
pub struct Created {
    pub schedule_id: i64,
    /// Warnings for the requester (e.g. a stage without enough eligible approvers).
    pub warnings: Vec<String>,
}

/// `jobctl run JOB`.
pub fn run_now(ctx: &Ctx, args: RunArgs) -> Result<()> {
    schedule(
        ctx,
        ScheduleArgs {
            job: args.job,
            interval: "immediately".into(),
            name: None,
            start_time: None,
            crontab: None,
            tz: None,
            vars: args.vars,
            description: String::new(),
        },
    )
}

/// `jobctl schedule JOB --interval …`.
pub fn schedule(ctx: &Ctx, args: ScheduleArgs) -> Result<()> {
    let conn = ctx.store.conn();
    let job = jobs::get(conn, &args.job)?;
    // Preconditions in the order of spec §3.
    ctx.require(Permission::RunJob, &job.name)?;
    require_enabled(&job)?;
    let interval: Interval = args.interval.parse().map_err(Error::invalid)?;
    let definition = workflow_for(conn, &job)?;
    if job.has_sensitive_variables && (interval != Interval::Immediately || definition.is_some()) {
        return Err(sensitive_refusal(&job, definition.is_some()));
    }
    let request = validate(ctx, &job, &args, interval)?;
    let values = resolve_values(ctx, &job, &args.vars)?;
    let request = ScheduleRequest {
        variables: Value::Object(values.storable().into_iter().collect()),
        ..request
    };
    if interval == Interval::Immediately && definition.is_none() {
        return super::execute::run_in_foreground(ctx, &job, &values);
    }
    let tx = ctx.store.immediate()?;
    let created = create(ctx, &tx, &job, &request)?;
    tx.commit()?;
    show_created(ctx, &created)
}

fn require_enabled(job: &Job) -> Result<()> {
    if job.enabled {
        Ok(())
    } else {
        Err(Error::conflict(format!(
            "job \"{}\" is disabled; it cannot be run or scheduled",
            job.name
        ))
        .hint(format!(
            "an admin can enable it: jobctl jobs enable {}",
            job.name
        )))
    }
}

fn sensitive_refusal(job: &Job, workflow: bool) -> Error {
    let why = if workflow {
        "an approval workflow applies to it, and its secrets cannot be stored while it waits"
    } else {
        "its secrets cannot be stored for a later run"
    };
    let err = Error::conflict(format!(
        "job \"{}\" has sensitive variables: it can only run immediately, without approval; {why}",
        job.name
    ));
    if workflow {
        // `jobctl run` would be refused too: say what would have to change instead.
        err.hint("an admin decides which jobs need approval: see jobctl workflows list")
    } else {
        err.hint(format!("run it now with: jobctl run {}", job.name))
    }
}

/// Checks the arguments and builds the request (exit 2 on any invalid argument).
fn validate(
    ctx: &Ctx,
    job: &Job,
    args: &ScheduleArgs,
    interval: Interval,
) -> Result<ScheduleRequest> {
    let tz = zone_or_default(args.tz.as_deref())?;
    let name = match (&args.name, interval) {
        (Some(n), _) => {
            validate_schedule_name(n).map_err(|e| Error::invalid(format!("--name: {e}")))?;
            Some(n.clone())
        }
        (None, Interval::Immediately) => None,
        (None, _) => {
            return Err(Error::invalid(format!(
                "--name is required for --interval {}",
                interval.as_str()
            ))
            .hint("give the scheduled job a unique name, e.g. --name nightly-backup"));
        }
    };
    let start_time = args
        .start_time
        .as_deref()
        .map(|t| {
            parse_time_in_zone(t, tz).map_err(|e| Error::invalid(format!("--start-time: {e}")))
        })
        .transpose()?;
    let cron = match (interval, &args.crontab) {
        (Interval::Custom, Some(expr)) => {
            Some(CronExpr::parse(expr).map_err(|e| Error::invalid(format!("--crontab: {e}")))?)
        }
        (Interval::Custom, None) => {
            return Err(
                Error::invalid("--crontab is required for --interval custom")
                    .hint("e.g. --crontab '*/15 * * * *'"),
            );
        }
        (_, Some(_)) => {
            return Err(Error::invalid(format!(
                "--crontab only goes with --interval custom, not {}",
                interval.as_str()
            )));
        }
        (_, None) => None,
    };
    match (interval, start_time) {
        (Interval::Immediately, Some(_)) => {
            return Err(
                Error::invalid("--start-time does not go with --interval immediately")
                    .hint("use --interval future to run once at a given time"),
            );
        }
        (Interval::Future | Interval::Hourly | Interval::Daily | Interval::Weekly, None) => {
            return Err(Error::invalid(format!(
                "--start-time is required for --interval {}",
                interval.as_str()
            ))
            .hint("e.g. --start-time 2030-01-01T01:00:00Z or --start-time '2030-01-01 02:30'"));
        }
        (_, Some(start)) if start <= ctx.now => {
            return Err(Error::invalid(format!(
                "--start-time {} is not later than now ({})",
                fmt_local(start, tz),
                fmt_local(ctx.now, tz)
            ))
            .hint("pick a time in the future, or use --interval immediately to run now"));
        }
        _ => {}
    }
    let _ = job;
    Ok(ScheduleRequest {
        name,
        interval,
        start_time,
        cron,
        tz,
        variables: Value::Null,
        description: args.description.clone(),
    })
}

/// Validates `--var` values, prompting (without echo) for missing sensitive ones on a terminal.
pub fn resolve_values(ctx: &Ctx, job: &Job, vars: &[String]) -> Result<VarValues> {
    let given = parse_assignments(vars).map_err(Error::invalid)?;
    match resolve(&job.variables, &given) {
        Ok(v) => Ok(v),
        Err(ResolveError::Invalid(msg)) => Err(Error::invalid(msg)),
        Err(ResolveError::MissingSensitive { mut partial, names }) => {
            if !ctx.interactive() {
                return Err(Error::invalid(format!(
                    "sensitive variable(s) {} required; jobctl asks for them only on a terminal",
                    names.join(", ")
                ))
                .hint("run it from a terminal to be prompted, or pass --var NAME=VALUE"));
            }
            for name in names {
                let value = dialoguer::Password::new()
                    .with_prompt(format!("{name} (sensitive)"))
                    .allow_empty_password(false)
                    .interact()
                    .map_err(|e| Error::invalid(format!("could not read {name}: {e}")))?;
                partial.values.insert(name, Value::String(value));
            }
            Ok(partial)
        }
    }
}

/// The workflow definition that applies to a job, if any (the seam of spec §5).
pub fn workflow_for(
    conn: &rusqlite::Connection,
    job: &Job,
) -> Result<Option<workflows::Definition>> {
    let defs = workflows::list_definitions(conn)?;
    let matches: Vec<DefinitionMatch> = defs
        .iter()
        .map(|d| DefinitionMatch {
            id: d.id,
            weight: d.weight,
            job_globs: &d.job_globs,
            grouping: d.grouping.as_deref(),
        })
        .collect();
    let chosen = applicable_definition(&matches, &job.name, &job.grouping);
    Ok(chosen.and_then(|id| defs.into_iter().find(|d| d.id == id)))
}

/// Creates a scheduled job inside `tx`, starting its approval workflow when one applies.
pub fn create(
    ctx: &Ctx,
    tx: &rusqlite::Connection,
    job: &Job,
    req: &ScheduleRequest,
) -> Result<Created> {
    let definition = workflow_for(tx, job)?;
    if let Some(def) = &definition
        && def.stages.is_empty()
    {
        return Err(Error::conflict(format!(
            "approval workflow {} applies to job {} but has no stages yet",
            def.name, job.name
        ))
        .hint(format!("an admin can add one: jobctl workflows add-stage {} --name … --sequence 1 --min-approvers 1 --group …", def.name)));
    }
    let recurrence = Recurrence::new(req.interval, req.start_time, req.cron.clone(), req.tz);
    let next_run = recurrence.first_run(ctx.now);
    if next_run.is_none() && !req.interval.is_one_off() {
        return Err(Error::invalid("this schedule would never run"));
    }
    let state = if definition.is_some() {
        "pending"
    } else {
        "active"
    };
    let tz_name = req.tz.name().to_string();
    let id = schedules::insert(
        tx,
        &schedules::NewSchedule {
            name: req.name.as_deref(),
            job_id: job.id,
            interval: req.interval,
            crontab: req.cron.as_ref().map(|c| c.as_str()),
            start_time: req.start_time,
            time_zone: &tz_name,
            variables: &req.variables,
            description: &req.description,
            user_id: ctx.user_id(),
            state,
            approval_required: definition.is_some(),
            next_run,
            created: ctx.now,
        },
        &job.name,
    )?;
    let mut warnings = Vec::new();
    let workflow_id = match &definition {
        Some(def) => {
            let wf = workflows::start(
                tx,
                def,
                id,
                ctx.user_id(),
                &job.fingerprint(),
                ctx.now_secs(),
            )?;
            for stage in &def.stages {
                let eligible = users::eligible_members(tx, &stage.approver_group, ctx.user_id())?;
                if eligible < stage.min_approvers {
                    warnings.push(format!(
                        "stage {} needs {} approver(s) from group {}, which has only {eligible} member(s) besides you",
                        stage.name, stage.min_approvers, stage.approver_group
                    ));
                }
            }
            Some(wf)
        }
        None => None,
    };
    ctx.audit(
        tx,
        "schedule.create",
        &format!("schedule:{id}"),
        json!({"job": job.name, "interval": req.interval.as_str(), "variables": req.variables,
               "workflow": workflow_id, "definition": definition.as_ref().map(|d| d.name.clone())}),
    )?;
    if let (Some(wf), Some(def)) = (workflow_id, &definition) {
        let stages: Vec<&str> = def.stages.iter().map(|s| s.name.as_str()).collect();
        ctx.audit(
            tx,
            "approval.request",
            &format!("workflow:{wf}"),
            json!({"schedule": id, "job": job.name, "definition": def.name, "stages": stages}),
        )?;
    }
    Ok(Created {
        schedule_id: id,
        warnings,
    })
}

/// The scheduled-job JSON of spec §3.
#[derive(Debug, Clone, Serialize)]
pub struct ScheduleView {
    pub id: i64,
    pub name: String,
    pub job: String,
    pub interval: Interval,
    pub crontab: Option<String>,
    pub start_time: Option<crate::domain::time::Timestamp>,
    pub time_zone: String,
    pub variables: Value,
    pub description: String,
    pub user: String,
    pub state: String,
    pub enabled: bool,
    pub approval_required: bool,
    pub approval_workflow: Option<workflows::WorkflowView>,
    pub next_run: Option<crate::domain::time::Timestamp>,
    pub last_run_at: Option<crate::domain::time::Timestamp>,
    pub total_run_count: i64,
    pub created: crate::domain::time::Timestamp,
}

/// Builds the view of a scheduled job.
pub fn view(conn: &rusqlite::Connection, id: i64) -> Result<ScheduleView> {
    let s = schedules::get(conn, id)?;
    let workflow = workflows::workflow_of_schedule(conn, id)?
        .map(|wf| workflows::workflow_view(conn, wf))
        .transpose()?;
    let next_run = if s.state == "active" || s.state == "pending" {
        s.next_run
    } else {
        None
    };
    Ok(ScheduleView {
        id: s.id,
        name: s.name.clone(),
        job: s.job_name.clone(),
        interval: s.interval,
        crontab: s.crontab.clone(),
        start_time: s.start_time.map(Into::into),
        time_zone: s.time_zone.clone(),
        variables: s.variables.clone(),
        description: s.description.clone(),
        user: s.user_name.clone(),
        state: s.display_state().to_string(),
        enabled: s.enabled,
        approval_required: s.approval_required,
        approval_workflow: workflow,
        next_run: next_run.map(Into::into),
        last_run_at: s.last_run_at.map(Into::into),
        total_run_count: s.total_run_count,
        created: s.created.into(),
    })
}

fn show_created(ctx: &Ctx, created: &Created) -> Result<()> {
    for w in &created.warnings {
        ctx.out.warn(w);
    }
    let v = view(ctx.store.conn(), created.schedule_id)?;
    ctx.out.show(&v, |v| {
        let tz: Tz = v.time_zone.parse().unwrap_or(chrono_tz::UTC);
        let when = v
            .next_run
            .map(|t| fmt_local(t.0, tz))
            .unwrap_or_else(|| "never".into());
        ctx.out.line(&format!(
            "scheduled job {} ({}) for job {}: {}, next run {when}",
            v.id, v.name, v.job, v.state
        ))?;
        if let Some(wf) = &v.approval_workflow {
            ctx.out.line(&format!(
                "approval required (workflow {} \"{}\"): it will not run until approved",
                wf.id, wf.definition
            ))?;
            ctx.out
                .line(&super::approvals::next_step(ctx.store.conn(), wf)?)?;
        }
        Ok(())
    })
}

/// A job failure as an error (exit 1, kind `job_failed`).
pub fn job_failed(message: String) -> Error {
    Error::new(ErrorKind::JobFailed, message)
}
