//! `jobctl run-due`: claim due occurrences in one short transaction and hand them to the
//! workers (`cli/execute.rs`) to run outside it; recovery of dead run-dues' runs is in
//! `run_due/recovery.rs`.

mod recovery;

use super::execute::{Worker, catch_stop_signals, execute_all};
use recovery::runnable;
use recovery::{adopt_orphans, mark_interrupted};
pub(crate) use recovery::{may_still_run, run_in_progress};

use std::collections::HashMap;

use chrono_tz::Tz;

use clap::Args;
use serde::Serialize;
use serde_json::{Value, json};

use crate::app::Ctx;
use crate::domain::time::{Timestamp, fmt_local, fmt_utc};
use crate::error::{Error, Result};
use crate::runner::{self, ProcessStamp};
use crate::store::results::{self, JobResult, NewResult};
use crate::store::schedules;

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
    pub variables: Value,
    #[serde(skip)]
    pub tz: Tz,
}

/// Runs marked interrupted: their ids and reasons.
pub(crate) type Interrupted = Vec<(i64, String)>;

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
        // The same checks as at adoption and at start: approval (for the job definition the
        // approvers saw) is checked where jobs run, not only where approvals are given.
        let job = match runnable(&tx, &s)? {
            Ok(job) => job,
            Err(blocked) => {
                // Pending, disabled or canceled are states people chose: no news. A job
                // changed since its approval needs someone to act: say so.
                if blocked.needs_action {
                    ctx.out.warn(&format!(
                        "scheduled job {} ({}) not run: {}",
                        s.id, s.name, blocked.why
                    ));
                }
                continue;
            }
        };
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
