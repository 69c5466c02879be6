//! Recovery for run-due: runs whose claiming process died are adopted when they never
//! started, and marked interrupted when they did.

use std::collections::HashMap;

use serde_json::json;

use crate::app::Ctx;
use crate::domain::job::Job;
use crate::domain::time::fmt_utc;
use crate::error::Result;
use crate::runner::ProcessStamp;
use crate::store::results::{self};
use crate::store::{jobs, schedules, workflows};

use super::{Claim, Interrupted};

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
pub(super) fn mark_interrupted(ctx: &Ctx, me: &ProcessStamp) -> Result<Vec<(i64, String)>> {
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
pub(crate) fn run_in_progress(conn: &rusqlite::Connection, job: i64) -> Result<Option<i64>> {
    Ok(results::unfinished(conn, Some(job))?
        .iter()
        .find(|u| claimer(u).is_some_and(|s| s.is_alive()))
        .map(|u| u.id))
}

/// Why a claimed run of `scheduled_job` may no longer run (its schedule was deleted,
/// denied, canceled or disabled, its approval no longer holds or no longer covers the job's
/// definition, its job was disabled); when it may, its schedule and job. Asked when a run
/// is adopted and again right before any claimed run starts.
pub(crate) fn may_still_run(
    conn: &rusqlite::Connection,
    scheduled_job: Option<i64>,
) -> Result<std::result::Result<(schedules::ScheduleRow, Job), String>> {
    let Some(schedule) = scheduled_job
        .map(|id| schedules::find(conn, id))
        .transpose()?
        .flatten()
    else {
        return Ok(Err("its schedule has since been deleted".into()));
    };
    Ok(runnable(conn, &schedule)?
        .map(|job| (schedule, job))
        .map_err(|blocked| blocked.why))
}

/// Why a schedule's occurrence may not run.
pub(crate) struct Blocked {
    pub(crate) why: String,
    /// Someone must act (a job changed since its approval needs a new one), so run-due says
    /// so; the other reasons (pending, disabled, canceled) are states people chose.
    pub(crate) needs_action: bool,
}

fn stopped(why: String) -> Blocked {
    Blocked {
        why,
        needs_action: false,
    }
}

/// The one answer to "may this schedule's occurrence run now?" — asked when it is claimed,
/// adopted, and started: the schedule is active (or a claimed one-off, completed) and
/// enabled, its job enabled, and any approval workflow approved for the job definition its
/// approvers saw. Ok(job) when it may.
pub(crate) fn runnable(
    conn: &rusqlite::Connection,
    schedule: &schedules::ScheduleRow,
) -> Result<std::result::Result<Job, Blocked>> {
    let id = schedule.id;
    if !matches!(schedule.state.as_str(), "active" | "completed") {
        return Ok(Err(stopped(format!(
            "its schedule {id} is now {}",
            schedule.state
        ))));
    }
    if !schedule.enabled {
        return Ok(Err(stopped(format!(
            "its schedule {id} has since been disabled"
        ))));
    }
    if schedule.approval_required {
        let approved = match workflows::workflow_of_schedule(conn, id)? {
            Some(wf) => {
                workflows::snapshot(conn, wf)?.snapshot.state
                    == crate::domain::workflow::WorkflowState::Approved
            }
            None => false,
        };
        if !approved {
            return Ok(Err(stopped(format!(
                "the approval of its schedule {id} no longer holds"
            ))));
        }
    }
    // A schedule goes with its job (ON DELETE CASCADE): its job exists.
    let job = jobs::get_by_id(conn, schedule.job_id)?;
    if !job.enabled {
        return Ok(Err(stopped(format!(
            "job {} has since been disabled",
            job.name
        ))));
    }
    if schedule.approval_required && !workflows::approval_covers(conn, id, &job.fingerprint())? {
        return Ok(Err(Blocked {
            why: format!(
                "job {} changed since it was approved (schedule {id}); request approval again",
                job.name
            ),
            needs_action: true,
        }));
    }
    Ok(Ok(job))
}

/// Claimed scheduled runs that provably never started (still `pending`) whose claiming
/// `run-due` is gone: with `claim`, each is adopted (taken over by a conditional update in
/// the claiming transaction `tx`, so exactly one `run-due` wins) to run now with its
/// occurrence, variables and skipped count unchanged — or marked `interrupted` when it may
/// no longer run, or `skipped` when it is a singleton job's and another run is in progress.
/// Returns the claims and the interrupted runs with their reasons.
pub(super) fn adopt_orphans(
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
        let (schedule, job) = match may_still_run(tx, u.scheduled_job)? {
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
            variables: r.variables.clone(),
            tz: schedule.tz(),
        });
    }
    Ok((claims, interrupted))
}
