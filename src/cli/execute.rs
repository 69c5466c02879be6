//! Running jobs: run-due's worker threads (each with its own connection), one run with its
//! environment, limits and redacted output, and the foreground `jobctl run`.

use std::sync::Mutex;

use serde_json::{Value, json};

use crate::app::{Clock, Ctx};
use crate::domain::job::Job;
use crate::domain::variables::{VarValues, redact, redact_truncated};
use crate::error::{Error, Result};
use crate::runner::{self, DEFAULT_OUTPUT_CAP, ProcessStamp, RunOutcome, RunSpec};
use crate::store::Store;
use crate::store::results::{self, Finish, JobResult, NewResult};

use super::run_due::{Claim, may_still_run, run_in_progress};

/// What a worker thread needs to run jobs (each opens its own connection).
pub(crate) struct Worker {
    pub(crate) db: std::path::PathBuf,
    pub(crate) clock: Clock,
    pub(crate) os_user: String,
    /// The claim token of this process: a run is only started while it is still ours.
    pub(crate) token: String,
}

/// Runs the claimed occurrences, at most `parallel` at once, each worker with its own connection.
pub(crate) fn execute_all(worker: &Worker, claims: &[&Claim], parallel: usize) -> Result<()> {
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
pub(crate) fn catch_stop_signals(ctx: &Ctx) {
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
        None,
        result_id,
        Some(claim.scheduled_job),
        &values,
    )?;
    Ok(())
}

/// Runs one job for result `result_id` and records the outcome. A scheduled run (`job`
/// None) is checked again in the transaction that marks it running — a schedule disabled,
/// deleted or canceled, a job disabled, removed or changed since its approval, after the
/// claim: then it is recorded `skipped` and not started. None when nothing was started
/// (also when the run was no longer pending and ours: another `run-due` took it).
fn execute(
    worker: &Worker,
    store: &Store,
    job: Option<&Job>,
    result_id: i64,
    scheduled_job: Option<i64>,
    values: &VarValues,
) -> Result<Option<RunOutcome>> {
    let started = worker.clock.current();
    let job = {
        let tx = store.immediate()?;
        let job = match job {
            Some(job) => job.clone(),
            None => match may_still_run(&tx, scheduled_job)? {
                Ok((_, job)) => job,
                Err(why) => {
                    let reason = format!("not started: {why} after it was claimed");
                    results::mark_not_started(&tx, result_id, &worker.token, &reason, started)?;
                    tx.commit()?;
                    return Ok(None);
                }
            },
        };
        let ran_as = job.run_as.clone().unwrap_or_else(|| worker.os_user.clone());
        let mine = results::mark_running(&tx, result_id, started, &ran_as, &worker.token)?;
        tx.commit()?;
        if !mine {
            return Ok(None);
        }
        job
    };
    let job = &job;
    let ran_as = job.run_as.clone().unwrap_or_else(|| worker.os_user.clone());
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
    let outcome =
        execute(&worker, &ctx.store, Some(job), result_id, None, values)?.ok_or_else(|| {
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
