//! `jobctl run-due` (claim due occurrences in one short transaction, run them outside it,
//! record the results, mark runs of dead `run-due` processes interrupted), foreground runs
//! for `jobctl run`, and `jobctl cron-line`.

use std::sync::Mutex;

use clap::Args;
use serde::Serialize;
use serde_json::{Value, json};

use crate::app::{Clock, Ctx, GlobalOptions, database_path};
use crate::domain::job::Job;
use crate::domain::time::{Timestamp, fmt_utc};
use crate::domain::variables::{VarValues, redact};
use crate::error::{Error, Result};
use crate::runner::{self, DEFAULT_OUTPUT_CAP, ProcessStamp, RunOutcome, RunSpec};
use crate::store::results::{self, Finish, JobResult, NewResult};
use crate::store::{Store, jobs, schedules, workflows};

#[derive(Debug, Args)]
pub struct RunDueArgs {
    /// Show what would be claimed, without claiming or running anything
    #[arg(long)]
    pub dry_run: bool,
    /// How many jobs may run at once
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..))]
    pub max_parallel: u16,
}

/// One occurrence claimed (or, with --dry-run, that would be).
#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    pub result: Option<i64>,
    pub scheduled_job: i64,
    pub schedule_name: String,
    pub job: String,
    pub scheduled_for: Timestamp,
    pub skipped_occurrences: u64,
    pub next_run: Option<Timestamp>,
    pub status: String,
    pub reason: Option<String>,
    #[serde(skip)]
    pub job_id: i64,
    #[serde(skip)]
    pub variables: Value,
}

/// `jobctl run-due`.
pub fn run(ctx: &Ctx, args: RunDueArgs) -> Result<()> {
    let stamp = ProcessStamp::current()
        .map_err(|e| Error::internal(format!("cannot identify this process: {e}")))?;
    let interrupted = if args.dry_run {
        Vec::new()
    } else {
        mark_interrupted(ctx, &stamp)?
    };
    let claims = if args.dry_run {
        plan(ctx, false, &stamp)?
    } else {
        plan(ctx, true, &stamp)?
    };
    if args.dry_run {
        return ctx.out.show(&claims, |claims| {
            let rows = claims
                .iter()
                .map(|c| {
                    vec![
                        c.scheduled_job.to_string(),
                        c.schedule_name.clone(),
                        c.job.clone(),
                        fmt_utc(c.scheduled_for.0),
                        c.skipped_occurrences.to_string(),
                        c.status.clone(),
                    ]
                })
                .collect();
            ctx.out.table(
                &[
                    "SCHEDULE",
                    "NAME",
                    "JOB",
                    "SCHEDULED FOR",
                    "SKIPPED",
                    "WOULD",
                ],
                rows,
                "nothing is due",
            )
        });
    }
    let to_run: Vec<&Claim> = claims.iter().filter(|c| c.status == "pending").collect();
    let worker = Worker {
        db: ctx.store.path().to_path_buf(),
        clock: ctx.clock(),
        os_user: ctx.actor.os.name.clone(),
    };
    execute_all(&worker, &to_run, usize::from(args.max_parallel))?;
    let finished: Vec<JobResult> = claims
        .iter()
        .filter_map(|c| c.result)
        .map(|id| results::get(ctx.store.conn(), id))
        .collect::<Result<_>>()?;
    for r in finished
        .iter()
        .filter(|r| r.status != "success" && r.status != "skipped")
    {
        ctx.out.warn(&format!(
            "run {} of job {} {}{}",
            r.id,
            r.job,
            r.status,
            r.reason
                .as_deref()
                .map(|s| format!(": {s}"))
                .unwrap_or_default()
        ));
    }
    for id in &interrupted {
        ctx.out.warn(&format!(
            "run {id} was interrupted: the run-due process that ran it is gone"
        ));
    }
    if ctx.out.is_json() {
        let list: Vec<JobResult> = finished
            .into_iter()
            .map(|mut r| {
                r.output = None;
                r
            })
            .collect();
        ctx.out.json(&list)?;
    }
    Ok(())
}

/// Marks runs whose claiming process is gone as interrupted. Returns their ids.
fn mark_interrupted(ctx: &Ctx, me: &ProcessStamp) -> Result<Vec<i64>> {
    let unfinished = results::unfinished(ctx.store.conn())?;
    let dead: Vec<&results::Unfinished> = unfinished
        .iter()
        .filter(|u| {
            let stamp = u.claimed_by.as_deref().and_then(ProcessStamp::from_token);
            match stamp {
                Some(s) => &s != me && !s.is_alive(),
                None => true,
            }
        })
        .collect();
    if dead.is_empty() {
        return Ok(Vec::new());
    }
    let tx = ctx.store.immediate()?;
    let mut ids = Vec::new();
    for u in dead {
        let pid = u
            .claimed_by
            .as_deref()
            .and_then(ProcessStamp::from_token)
            .map(|s| s.pid.to_string())
            .unwrap_or_else(|| "unknown".into());
        let reason = if u.status == "running" {
            format!(
                "interrupted: the jobctl process (pid {pid}) that ran it died; the job itself may still be running"
            )
        } else {
            format!(
                "interrupted: the jobctl process (pid {pid}) that claimed it died before starting it"
            )
        };
        if results::mark_interrupted(&tx, u.id, &reason, ctx.now)? {
            ctx.audit(
                &tx,
                "run.interrupted",
                &format!("result:{}", u.id),
                json!({"reason": reason}),
            )?;
            ids.push(u.id);
        }
    }
    tx.commit()?;
    Ok(ids)
}

/// Finds due occurrences; with `claim`, claims them in one `BEGIN IMMEDIATE` transaction.
fn plan(ctx: &Ctx, claim: bool, stamp: &ProcessStamp) -> Result<Vec<Claim>> {
    let tx = ctx.store.immediate()?;
    let due = schedules::due(&tx, ctx.now)?;
    let token = stamp.to_token();
    let mut claims: Vec<Claim> = Vec::with_capacity(due.len());
    let mut busy_jobs: std::collections::HashSet<i64> = std::collections::HashSet::new();
    for s in due {
        let Some(next_run) = s.next_run else { continue };
        // The approval check lives where jobs run, not only where approvals are given.
        if s.approval_required {
            let approved = match workflows::workflow_of_schedule(&tx, s.id)? {
                Some(wf) => {
                    workflows::snapshot(&tx, wf)?.snapshot.state
                        == crate::domain::workflow::WorkflowState::Approved
                }
                None => false,
            };
            if !approved {
                continue;
            }
        }
        let job = jobs::get_by_id(&tx, s.job_id)?;
        let plan = s.recurrence().catch_up(next_run, ctx.now);
        let mut status = "pending";
        let mut reason = None;
        if job.singleton && (busy_jobs.contains(&job.id) || has_unfinished_run(&tx, job.id)?) {
            status = "skipped";
            reason = Some(format!(
                "singleton job {} still has a run in progress",
                job.name
            ));
        }
        let mut c = Claim {
            result: None,
            scheduled_job: s.id,
            schedule_name: s.name.clone(),
            job: job.name.clone(),
            scheduled_for: plan.run_at.into(),
            skipped_occurrences: plan.skipped,
            next_run: plan.next_run.map(Into::into),
            status: status.to_string(),
            reason: reason.clone(),
            job_id: job.id,
            variables: s.variables.clone(),
        };
        if claim {
            let id = results::insert(
                &tx,
                &NewResult {
                    job_id: job.id,
                    job_name: &job.name,
                    scheduled_job: Some(s.id),
                    user_id: Some(s.user_id),
                    status,
                    reason: reason.as_deref(),
                    scheduled_for: Some(plan.run_at),
                    created: ctx.now,
                    skipped_occurrences: i64::try_from(plan.skipped).unwrap_or(i64::MAX),
                    variables: &s.variables,
                    claimed_by: (status == "pending").then_some(token.as_str()),
                },
            )?;
            schedules::record_claim(
                &tx,
                s.id,
                plan.run_at,
                plan.next_run,
                s.interval.is_one_off(),
            )?;
            let Some(id) = id else { continue };
            ctx.audit(
                &tx,
                if status == "pending" {
                    "job.run"
                } else {
                    "job.skip"
                },
                &format!("result:{id}"),
                json!({"schedule": s.id, "job": job.name, "scheduled_for": fmt_utc(plan.run_at),
                       "skipped_occurrences": plan.skipped}),
            )?;
            c.result = Some(id);
        }
        if status == "pending" {
            busy_jobs.insert(job.id);
        }
        claims.push(c);
    }
    if claim {
        tx.commit()?;
    }
    Ok(claims)
}

fn has_unfinished_run(conn: &rusqlite::Connection, job: i64) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM results WHERE status IN ('pending', 'running') AND job_id = ?1)",
        [job],
        |r| r.get(0),
    )?)
}

/// What a worker thread needs to run jobs (each opens its own connection).
struct Worker {
    db: std::path::PathBuf,
    clock: Clock,
    os_user: String,
}

/// Runs the claimed occurrences, at most `parallel` at once, each worker with its own connection.
fn execute_all(worker: &Worker, claims: &[&Claim], parallel: usize) -> Result<()> {
    if claims.is_empty() {
        return Ok(());
    }
    let queue = Mutex::new(claims.iter());
    let errors: Mutex<Vec<Error>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..parallel.min(claims.len()) {
            scope.spawn(|| {
                let store = match Store::open(&worker.db) {
                    Ok(s) => s,
                    Err(e) => {
                        if let Ok(mut errs) = errors.lock() {
                            errs.push(e);
                        }
                        return;
                    }
                };
                loop {
                    let next = queue.lock().ok().and_then(|mut q| q.next().copied());
                    let Some(claim) = next else { break };
                    if let Err(e) = execute_claim(worker, &store, claim)
                        && let Ok(mut errs) = errors.lock()
                    {
                        errs.push(e);
                    }
                }
            });
        }
    });
    match errors.into_inner().ok().and_then(|mut e| e.pop()) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn execute_claim(worker: &Worker, store: &Store, claim: &Claim) -> Result<()> {
    let Some(result_id) = claim.result else {
        return Ok(());
    };
    let job = jobs::get_by_id(store.conn(), claim.job_id)?;
    let values = VarValues {
        values: claim
            .variables
            .as_object()
            .map(|o| o.clone().into_iter().collect())
            .unwrap_or_default(),
        sensitive: Vec::new(),
    };
    execute(
        worker,
        store,
        &job,
        result_id,
        Some(claim.scheduled_job),
        &values,
    )?;
    Ok(())
}

/// Runs one job for result `result_id` and records the outcome. Returns the outcome.
fn execute(
    worker: &Worker,
    store: &Store,
    job: &Job,
    result_id: i64,
    scheduled_job: Option<i64>,
    values: &VarValues,
) -> Result<RunOutcome> {
    let ran_as = job.run_as.clone().unwrap_or_else(|| worker.os_user.clone());
    let started = worker.clock.current();
    {
        let tx = store.immediate()?;
        results::mark_running(&tx, result_id, started, &ran_as)?;
        tx.commit()?;
    }
    let mut env: Vec<(String, String)> = job
        .env
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    env.push(("JOBCTL_JOB".into(), job.name.clone()));
    env.push(("JOBCTL_RESULT_ID".into(), result_id.to_string()));
    env.push((
        "JOBCTL_SCHEDULED_JOB_ID".into(),
        scheduled_job.map(|i| i.to_string()).unwrap_or_default(),
    ));
    env.extend(values.environment());
    let spec = RunSpec {
        shell: job.shell.clone(),
        command: job.command.clone(),
        env,
        stdin: job.stdin.clone(),
        soft_time_limit: (job.soft_time_limit > 0)
            .then(|| std::time::Duration::from_secs(job.soft_time_limit)),
        time_limit: (job.time_limit > 0).then(|| std::time::Duration::from_secs(job.time_limit)),
        output_cap: DEFAULT_OUTPUT_CAP,
        run_as: job.run_as.clone(),
    };
    let mut outcome = runner::run(&spec);
    // A job that prints its secret must not get it stored: mask sensitive values.
    outcome.output = redact(&outcome.output, values);
    let duration_ms = i64::try_from(outcome.duration.as_millis()).unwrap_or(i64::MAX);
    let done = started + chrono::Duration::milliseconds(duration_ms);
    let tx = store.immediate()?;
    results::finish(
        &tx,
        result_id,
        &Finish {
            status: if outcome.success {
                "success"
            } else {
                "failure"
            },
            exit_code: outcome.exit_code,
            reason: outcome.reason.as_deref(),
            started,
            done,
            duration_ms,
            output: &outcome.output,
            output_truncated: outcome.output_truncated,
            output_bytes: outcome.output_bytes,
            ran_as: &ran_as,
        },
    )?;
    tx.commit()?;
    Ok(outcome)
}

/// `jobctl run JOB` without an approval workflow: run now, in the foreground.
pub fn run_in_foreground(ctx: &Ctx, job: &Job, values: &VarValues) -> Result<()> {
    let stamp = ProcessStamp::current()
        .map_err(|e| Error::internal(format!("cannot identify this process: {e}")))?;
    let storable = Value::Object(values.storable().into_iter().collect());
    let result_id = {
        let tx = ctx.store.immediate()?;
        let id = results::insert(
            &tx,
            &NewResult {
                job_id: job.id,
                job_name: &job.name,
                scheduled_job: None,
                user_id: Some(ctx.user_id()),
                status: "pending",
                reason: None,
                scheduled_for: None,
                created: ctx.now,
                skipped_occurrences: 0,
                variables: &storable,
                claimed_by: Some(&stamp.to_token()),
            },
        )?
        .ok_or_else(|| Error::internal("could not record the run"))?;
        ctx.audit(
            &tx,
            "job.run",
            &format!("result:{id}"),
            json!({"job": job.name, "variables": storable, "manual": true}),
        )?;
        tx.commit()?;
        id
    };
    let worker = Worker {
        db: ctx.store.path().to_path_buf(),
        clock: ctx.clock(),
        os_user: ctx.actor.os.name.clone(),
    };
    let outcome = execute(&worker, &ctx.store, job, result_id, None, values)?;
    let result = results::get(ctx.store.conn(), result_id)?;
    if ctx.out.is_json() {
        ctx.out.json(&result)?;
    } else {
        ctx.out.raw(&outcome.output)?;
        if !outcome.output.is_empty() && !outcome.output.ends_with(b"\n") {
            ctx.out.raw(b"\n")?;
        }
        ctx.out.line(&summary(&result))?;
    }
    if outcome.success {
        Ok(())
    } else {
        Err(super::schedule::job_failed(format!(
            "job {} {} (result {})",
            job.name,
            result.reason.clone().unwrap_or_else(|| "failed".into()),
            result.id
        )))
    }
}

/// `success, exit code 0, 0.1 s, result 12`.
pub fn summary(r: &JobResult) -> String {
    let code = r
        .exit_code
        .map(|c| format!("exit code {c}"))
        .unwrap_or_else(|| "no exit code".into());
    let secs = r.duration_ms.unwrap_or(0) as f64 / 1000.0;
    let mut line = format!("{}, {code}, {secs:.1} s, result {}", r.status, r.id);
    if let Some(reason) = &r.reason
        && r.status != "success"
    {
        line.push_str(&format!(" ({reason})"));
    }
    line
}

/// `jobctl cron-line`: the crontab line for run-due with absolute paths.
pub fn cron_line(opts: &GlobalOptions) -> Result<()> {
    let exe = std::env::current_exe()
        .map_err(|e| Error::internal(format!("cannot find the jobctl binary: {e}")))?;
    let db = database_path(opts.db.as_deref())?;
    let db = if db.is_absolute() {
        db
    } else {
        std::env::current_dir()?.join(db)
    };
    let line = format!(
        "* * * * * {} --db {} run-due",
        shell_quote(&exe.display().to_string()),
        shell_quote(&db.display().to_string())
    );
    let out = crate::output::Output::new(opts.json);
    out.show(&json!({"line": line, "binary": exe.display().to_string(), "database": db.display().to_string()}), |_| out.line(&line))
}

fn shell_quote(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+:@".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}
