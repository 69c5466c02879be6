//! `jobctl run-due` (claim due occurrences in one short transaction, run them outside it,
//! record the results, adopt the never-started runs of dead `run-due` processes and mark
//! their started ones interrupted), foreground runs for `jobctl run`, and `jobctl cron-line`.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono_tz::Tz;

use clap::Args;
use serde::Serialize;
use serde_json::{Value, json};

use crate::app::{Clock, Ctx, GlobalOptions, database_path};
use crate::domain::job::Job;
use crate::domain::time::{Timestamp, fmt_local, fmt_utc};
use crate::domain::variables::{VarValues, redact, redact_truncated};
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
    /// A run claimed by a `run-due` that died before starting it, taken over by this one.
    pub adopted: bool,
    #[serde(skip)]
    pub job_id: i64,
    #[serde(skip)]
    pub variables: Value,
    #[serde(skip)]
    pub tz: Tz,
}

/// Runs marked interrupted: their ids and reasons.
type Interrupted = Vec<(i64, String)>;

/// `jobctl run-due`.
pub fn run(ctx: &Ctx, args: RunDueArgs) -> Result<()> {
    let stamp = ProcessStamp::current()
        .map_err(|e| Error::internal(format!("cannot identify this process: {e}")))?;
    if args.dry_run {
        let (claims, _) = plan(ctx, false, &stamp)?;
        return show_dry_run(ctx, &claims);
    }
    let mut interrupted = mark_interrupted(ctx, &stamp)?;
    let (claims, not_adopted) = plan(ctx, true, &stamp)?;
    interrupted.extend(not_adopted);
    let to_run: Vec<&Claim> = claims.iter().filter(|c| c.status == "pending").collect();
    let worker = Worker {
        db: ctx.store.path().to_path_buf(),
        clock: ctx.clock(),
        os_user: ctx.actor.os.name.clone(),
        token: stamp.to_token(),
    };
    if !to_run.is_empty() {
        catch_stop_signals(ctx);
    }
    execute_all(&worker, &to_run, usize::from(args.max_parallel))?;
    // Without the output: it may be large, and only `results show` prints it.
    let finished: Vec<JobResult> = claims
        .iter()
        .filter_map(|c| c.result)
        .map(|id| results::get_meta(ctx.store.conn(), id))
        .collect::<Result<_>>()?;
    // cron mails whatever run-due prints: silence when all is well, a line per problem.
    for c in claims.iter().filter(|c| c.adopted) {
        if let (Some(id), Some(reason)) = (c.result, &c.reason) {
            ctx.out
                .warn(&format!("run {id} of job {} was adopted: {reason}", c.job));
        }
    }
    let signal = runner::stop_signals().1;
    for r in finished.iter().filter(|r| r.status == "pending") {
        // Asked to stop before starting it: it stays claimed-not-started, for adoption.
        let why = signal
            .map(|s| format!("run-due received {s}"))
            .unwrap_or_else(|| "run-due was stopped".to_string());
        ctx.out.warn(&format!(
            "run {} of job {} was not started: {why}; the next run-due will run it",
            r.id, r.job
        ));
    }
    for r in finished
        .iter()
        .filter(|r| !matches!(r.status.as_str(), "success" | "skipped" | "pending"))
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
    for (id, reason) in &interrupted {
        ctx.out.warn(&format!("run {id} was interrupted: {reason}"));
    }
    if ctx.out.is_json() {
        ctx.out.json(&finished)?;
    }
    Ok(())
}

fn show_dry_run(ctx: &Ctx, claims: &[Claim]) -> Result<()> {
    ctx.out.show(claims, |claims| {
        let rows = claims
            .iter()
            .map(|c| {
                let would = match &c.reason {
                    Some(reason) if c.status == "skipped" => format!("skip: {reason}"),
                    Some(reason) if c.adopted => format!("adopt and run: {reason}"),
                    _ => "run".to_string(),
                };
                vec![
                    c.scheduled_job.to_string(),
                    c.schedule_name.clone(),
                    c.job.clone(),
                    fmt_local(c.scheduled_for.0, c.tz),
                    c.skipped_occurrences.to_string(),
                    would,
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
    })
}

/// The process that claimed an unfinished run, if its stamp is readable.
fn claimer(u: &results::Unfinished) -> Option<ProcessStamp> {
    u.claimed_by.as_deref().and_then(ProcessStamp::from_token)
}

/// Is the process that claimed `u` gone (or its pid now another process's)? Never `me`.
fn claimer_dead(u: &results::Unfinished, me: &ProcessStamp) -> bool {
    match claimer(u) {
        Some(s) => &s != me && !s.is_alive(),
        None => true,
    }
}

/// Who claimed `u`, for reasons: "the run-due process (pid 12)", "the `jobctl run` process
/// (pid 12)".
fn claimer_name(u: &results::Unfinished) -> String {
    let what = if u.scheduled_for.is_some() {
        "run-due"
    } else {
        "`jobctl run`"
    };
    match claimer(u) {
        Some(s) => format!("the {what} process (pid {})", s.pid),
        None => format!("an unknown {what} process"),
    }
}

/// A claimed scheduled run that provably never started (`pending`) is adopted by the next
/// `run-due` (see [`adopt_orphans`]) rather than interrupted.
fn adoptable(u: &results::Unfinished) -> bool {
    u.status == "pending" && u.scheduled_for.is_some()
}

/// Marks runs whose claiming process is gone (or whose pid now belongs to another
/// process) as interrupted: those it started (the job may still be running) and manual
/// `jobctl run`s; claimed scheduled runs it never started are left for adoption. Returns
/// their ids and reasons.
fn mark_interrupted(ctx: &Ctx, me: &ProcessStamp) -> Result<Vec<(i64, String)>> {
    let unfinished = results::unfinished(ctx.store.conn(), None)?;
    let dead: Vec<&results::Unfinished> = unfinished
        .iter()
        .filter(|u| !adoptable(u) && claimer_dead(u, me))
        .collect();
    if dead.is_empty() {
        return Ok(Vec::new());
    }
    let tx = ctx.store.immediate()?;
    let mut marked = Vec::new();
    for u in dead {
        let who = claimer_name(u);
        let reason = if u.status == "running" {
            format!("{who} that ran it died; the job itself may still be running")
        } else {
            format!("{who} died before starting it; it did not run")
        };
        if results::mark_interrupted(&tx, u.id, &reason, ctx.now)? {
            ctx.audit(
                &tx,
                "run.interrupted",
                &format!("result:{}", u.id),
                json!({"reason": reason}),
            )?;
            marked.push((u.id, reason));
        }
    }
    tx.commit()?;
    Ok(marked)
}

/// An unfinished run of `job` whose jobctl process is alive, if any.
fn run_in_progress(conn: &rusqlite::Connection, job: i64) -> Result<Option<i64>> {
    Ok(results::unfinished(conn, Some(job))?
        .iter()
        .find(|u| claimer(u).is_some_and(|s| s.is_alive()))
        .map(|u| u.id))
}

/// Why the scheduled run `u` may no longer run (its schedule was deleted, denied, canceled
/// or disabled, its approval no longer holds, its job disabled); when it may, its schedule
/// and job.
fn may_still_run(
    conn: &rusqlite::Connection,
    u: &results::Unfinished,
) -> Result<std::result::Result<(schedules::ScheduleRow, Job), String>> {
    let Some(schedule) = u
        .scheduled_job
        .map(|id| schedules::find(conn, id))
        .transpose()?
        .flatten()
    else {
        return Ok(Err("its schedule has since been deleted".into()));
    };
    if !matches!(schedule.state.as_str(), "active" | "completed") {
        return Ok(Err(format!(
            "its schedule {} is now {}",
            schedule.id, schedule.state
        )));
    }
    if !schedule.enabled {
        return Ok(Err(format!(
            "its schedule {} has since been disabled",
            schedule.id
        )));
    }
    if schedule.approval_required {
        let approved = match workflows::workflow_of_schedule(conn, schedule.id)? {
            Some(wf) => {
                workflows::snapshot(conn, wf)?.snapshot.state
                    == crate::domain::workflow::WorkflowState::Approved
            }
            None => false,
        };
        if !approved {
            return Ok(Err(format!(
                "the approval of its schedule {} no longer holds",
                schedule.id
            )));
        }
    }
    // A schedule goes with its job (ON DELETE CASCADE): its job exists.
    let job = jobs::get_by_id(conn, schedule.job_id)?;
    if !job.enabled {
        return Ok(Err(format!("job {} has since been disabled", job.name)));
    }
    Ok(Ok((schedule, job)))
}

/// Claimed scheduled runs that provably never started (still `pending`) whose claiming
/// `run-due` is gone: with `claim`, each is adopted (taken over by a conditional update in
/// the claiming transaction `tx`, so exactly one `run-due` wins) to run now with its
/// occurrence, variables and skipped count unchanged — or marked `interrupted` when it may
/// no longer run, or `skipped` when it is a singleton job's and another run is in progress.
/// Returns the claims and the interrupted runs with their reasons.
fn adopt_orphans(
    ctx: &Ctx,
    tx: &rusqlite::Connection,
    claim: bool,
    me: &ProcessStamp,
    started: &mut HashMap<i64, Option<i64>>,
) -> Result<(Vec<Claim>, Interrupted)> {
    let token = me.to_token();
    let mut claims = Vec::new();
    let mut interrupted = Vec::new();
    for u in results::unfinished(tx, None)? {
        if !adoptable(&u) || !claimer_dead(&u, me) {
            continue;
        }
        let who = claimer_name(&u);
        let (schedule, job) = match may_still_run(tx, &u)? {
            Ok(both) => both,
            Err(why) => {
                let reason = format!(
                    "{who} that claimed it died before starting it, and {why}; it did not run"
                );
                if claim && results::mark_interrupted(tx, u.id, &reason, ctx.now)? {
                    ctx.audit(
                        tx,
                        "run.interrupted",
                        &format!("result:{}", u.id),
                        json!({"reason": reason}),
                    )?;
                    interrupted.push((u.id, reason));
                }
                continue;
            }
        };
        let r = results::get_meta(tx, u.id)?;
        let mut status = "pending";
        let mut reason = format!("{who} that claimed it died before starting it");
        if job.singleton {
            let busy = match started.get(&job.id) {
                Some(id) => Some(*id),
                None => run_in_progress(tx, job.id)?.map(Some),
            };
            if let Some(id) = busy {
                status = "skipped";
                let which = id.map(|i| format!(" (result {i})")).unwrap_or_default();
                reason = format!(
                    "singleton job {} still has a run in progress{which}",
                    job.name
                );
            }
        }
        if claim {
            let done = if status == "pending" {
                results::adopt(tx, u.id, u.claimed_by.as_deref(), &token)?
            } else {
                results::mark_skipped(tx, u.id, &reason, u.claimed_by.as_deref())?
            };
            if !done {
                continue;
            }
            ctx.audit(
                tx,
                if status == "pending" {
                    "run.adopted"
                } else {
                    "job.skip"
                },
                &format!("result:{}", u.id),
                json!({"schedule": schedule.id, "job": job.name,
                       "scheduled_for": r.scheduled_for.map(|t| fmt_utc(t.0)),
                       "skipped_occurrences": r.skipped_occurrences,
                       "claimed_by": u.claimed_by, "reason": reason}),
            )?;
        }
        if status == "pending" && job.singleton {
            started.insert(job.id, Some(u.id));
        }
        let Some(scheduled_for) = r.scheduled_for else {
            continue;
        };
        claims.push(Claim {
            result: Some(u.id),
            scheduled_job: schedule.id,
            schedule_name: schedule.name.clone(),
            job: job.name.clone(),
            scheduled_for,
            skipped_occurrences: u64::try_from(r.skipped_occurrences).unwrap_or(0),
            next_run: schedule.next_run.map(Into::into),
            status: status.to_string(),
            reason: Some(reason),
            adopted: status == "pending",
            job_id: job.id,
            variables: r.variables.clone(),
            tz: schedule.tz(),
        });
    }
    Ok((claims, interrupted))
}

/// Finds due occurrences and runs to adopt; with `claim`, claims them in one `BEGIN
/// IMMEDIATE` transaction (without, it only reads, from one consistent snapshot, and never
/// blocks writers). Returns the claims, then the runs of dead claimers that may no longer
/// run and were marked interrupted instead of adopted.
fn plan(ctx: &Ctx, claim: bool, stamp: &ProcessStamp) -> Result<(Vec<Claim>, Interrupted)> {
    let tx = if claim {
        ctx.store.durable_commits()?;
        ctx.store.immediate()?
    } else {
        ctx.store.conn().unchecked_transaction()?
    };
    let token = stamp.to_token();
    // Singleton jobs started by this pass: job id → its result (None in a dry run).
    let mut started: HashMap<i64, Option<i64>> = HashMap::new();
    // Adopted runs first: they were due before anything due now.
    let (mut claims, interrupted) = adopt_orphans(ctx, &tx, claim, stamp, &mut started)?;
    let due = schedules::due(&tx, ctx.now)?;
    claims.reserve(due.len());
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
        // The approval covers the job definition its approvers saw, not a later one.
        if s.approval_required && !workflows::approval_covers(&tx, s.id, &job.fingerprint())? {
            ctx.out.warn(&format!(
                "scheduled job {} ({}) not run: job {} changed since it was approved; request approval again",
                s.id, s.name, job.name
            ));
            continue;
        }
        let plan = s.recurrence().catch_up(next_run, ctx.now);
        let mut status = "pending";
        let mut reason = None;
        if job.singleton {
            let busy = match started.get(&job.id) {
                Some(id) => Some(*id),
                None => run_in_progress(&tx, job.id)?.map(Some),
            };
            if let Some(id) = busy {
                status = "skipped";
                let which = id.map(|i| format!(" (result {i})")).unwrap_or_default();
                reason = Some(format!(
                    "singleton job {} still has a run in progress{which}",
                    job.name
                ));
            }
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
            adopted: false,
            job_id: job.id,
            variables: s.variables.clone(),
            tz: s.tz(),
        };
        if claim {
            let inserted = results::insert(
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
            let one_off = s.interval.is_one_off();
            let Some(id) = inserted else {
                // The unique key (scheduled job, occurrence): it was claimed before. Move on
                // without running or counting it again.
                schedules::advance(&tx, s.id, plan.next_run, one_off)?;
                continue;
            };
            schedules::record_claim(&tx, s.id, plan.run_at, plan.next_run, one_off)?;
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
        if status == "pending" && job.singleton {
            started.insert(job.id, c.result);
        }
        claims.push(c);
    }
    if claim {
        tx.commit()?;
    }
    Ok((claims, interrupted))
}

/// What a worker thread needs to run jobs (each opens its own connection).
struct Worker {
    db: std::path::PathBuf,
    clock: Clock,
    os_user: String,
    /// The claim token of this process: a run is only started while it is still ours.
    token: String,
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

/// From here on, SIGINT, SIGTERM and SIGHUP sent to jobctl are passed on to the jobs it runs
/// (which then end and are recorded) instead of killing jobctl and orphaning them.
fn catch_stop_signals(ctx: &Ctx) {
    if let Err(e) = runner::catch_stop_signals() {
        ctx.out.warn(&format!(
            "cannot catch stop signals ({e}): stopping jobctl would leave its jobs running"
        ));
    }
}

fn execute_claim(worker: &Worker, store: &Store, claim: &Claim) -> Result<()> {
    let Some(result_id) = claim.result else {
        return Ok(());
    };
    if runner::stop_signals().0 > 0 {
        // Asked to stop: start nothing new. The run stays claimed and never started
        // (`pending`): once this process is gone, the next run-due adopts and runs it.
        return Ok(());
    }
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

/// Runs one job for result `result_id` and records the outcome. None when the run was no
/// longer pending and ours (another `run-due` marked it interrupted or adopted it): then
/// nothing is started.
fn execute(
    worker: &Worker,
    store: &Store,
    job: &Job,
    result_id: i64,
    scheduled_job: Option<i64>,
    values: &VarValues,
) -> Result<Option<RunOutcome>> {
    let ran_as = job.run_as.clone().unwrap_or_else(|| worker.os_user.clone());
    let started = worker.clock.current();
    {
        let tx = store.immediate()?;
        let mine = results::mark_running(&tx, result_id, started, &ran_as, &worker.token)?;
        tx.commit()?;
        if !mine {
            return Ok(None);
        }
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
    outcome.output = if outcome.output_truncated {
        redact_truncated(&outcome.output, DEFAULT_OUTPUT_CAP / 2, values)
    } else {
        redact(&outcome.output, values)
    };
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
            // Nothing ran (run_as refused, shell missing): nobody ran it.
            ran_as: outcome.pid.is_some().then_some(ran_as.as_str()),
        },
    )?;
    tx.commit()?;
    Ok(Some(outcome))
}

/// `jobctl run JOB` without an approval workflow: run now, in the foreground.
pub fn run_in_foreground(ctx: &Ctx, job: &Job, values: &VarValues) -> Result<()> {
    let stamp = ProcessStamp::current()
        .map_err(|e| Error::internal(format!("cannot identify this process: {e}")))?;
    let storable = Value::Object(values.storable().into_iter().collect());
    let result_id = {
        let tx = ctx.store.immediate()?;
        if job.singleton
            && let Some(running) = run_in_progress(&tx, job.id)?
        {
            return Err(Error::conflict(format!(
                "singleton job {} already has a run in progress (result {running})",
                job.name
            ))
            .hint(format!("see it with: jobctl results show {running}")));
        }
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
        token: stamp.to_token(),
    };
    // A Ctrl-C stops the job (in its own process group) and jobctl records how it ended.
    catch_stop_signals(ctx);
    let outcome = execute(&worker, &ctx.store, job, result_id, None, values)?.ok_or_else(|| {
        Error::internal(format!("run {result_id} was taken over before it started"))
    })?;
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
        let why = result
            .reason
            .as_deref()
            .map(|r| format!(": {r}"))
            .unwrap_or_default();
        Err(super::schedule::job_failed(format!(
            "job {} failed{why} (result {})",
            job.name, result.id
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
    let (exe_text, db_text) = (exe.display().to_string(), db.display().to_string());
    for (what, text) in [("the jobctl binary", &exe_text), ("the database", &db_text)] {
        if text.contains(['\n', '\r']) {
            return Err(Error::invalid(format!(
                "the path of {what} contains a line break, which no crontab line can hold: {text:?}"
            ))
            .hint("move it to a path without line breaks"));
        }
    }
    let line = format!(
        "* * * * * {} --db {} run-due",
        cron_escape(&shell_quote(&exe_text)),
        cron_escape(&shell_quote(&db_text))
    );
    let out = crate::output::Output::new(opts.json);
    out.show(&json!({"line": line, "binary": exe.display().to_string(), "database": db.display().to_string()}), |_| out.line(&line))
}

/// Cron turns every unescaped `%` of a command into a newline (and feeds what follows to
/// stdin); `\%` is a literal `%`, and cron removes the backslash before the shell sees the
/// command, so this holds inside shell quotes too.
fn cron_escape(s: &str) -> String {
    s.replace('%', "\\%")
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
