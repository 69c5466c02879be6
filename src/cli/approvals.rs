//! Approve, deny, comment, cancel, and the approval dashboards (pending, done, list,
//! requests, show). Every decision goes through `domain::workflow::decide`.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use clap::{Args, Subcommand};
use serde_json::json;

use crate::app::Ctx;
use crate::domain::permission::Permission;
use crate::domain::schedule::Interval;
use crate::domain::time::fmt_local;
use crate::domain::workflow::{
    self, Action, ActorFacts, PastDue, Refusal, ResponseKind, ScheduleEffect, Transition,
};
use crate::error::{Error, Result};
use crate::store::schedules;
use crate::store::workflows::{self as store, StageView};

#[path = "approval_views.rs"]
mod views;
pub use views::{next_step, stage_table};
use views::{show_stages, stage_detail};

#[derive(Debug, Subcommand)]
pub enum ApprovalsCmd {
    /// Stages waiting for MY approval
    #[command(after_help = "Example:\n  jobctl approvals pending --json")]
    Pending,
    /// Stages I approved or denied
    #[command(after_help = "Example:\n  jobctl approvals done")]
    Done,
    /// Every stage I may view (the approval dashboard)
    #[command(after_help = "Example:\n  jobctl approvals list --state pending")]
    List {
        /// pending, approved, denied or canceled
        #[arg(long)]
        state: Option<String>,
    },
    /// Workflows I requested
    #[command(after_help = "Example:\n  jobctl approvals requests")]
    Requests,
    /// One stage with its responses
    #[command(after_help = "Example:\n  jobctl approvals show 12")]
    Show { stage: i64 },
    /// Cancel a pending workflow (its requester or an admin)
    #[command(after_help = "Example:\n  jobctl approvals cancel 4 --comment 'no longer needed'")]
    Cancel {
        workflow: i64,
        #[arg(long)]
        comment: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct ApproveArgs {
    pub stage: i64,
    #[arg(long)]
    pub comment: Option<String>,
    /// Answer yes to the past-due confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct DenyArgs {
    pub stage: i64,
    #[arg(long)]
    pub comment: Option<String>,
}

#[derive(Debug, Args)]
pub struct CommentArgs {
    pub stage: i64,
    #[arg(long)]
    pub comment: String,
}

/// Dispatches `jobctl approvals …`.
pub fn run(ctx: &Ctx, cmd: ApprovalsCmd) -> Result<()> {
    // The listings read many rows (several statements per stage): one read transaction gives
    // them one snapshot and one read lock. `cancel` writes, in its own transaction.
    let _snapshot = match cmd {
        ApprovalsCmd::Cancel { .. } => None,
        _ => Some(ctx.store.read()?),
    };
    let conn = ctx.store.conn();
    match cmd {
        ApprovalsCmd::Pending => {
            // The index finds the candidates; the rules (rule 10) decide.
            let mut mine = Vec::new();
            for stage in store::pending_for(conn, ctx.user_id())? {
                let info = store::snapshot(conn, store::workflow_of_stage(conn, stage)?)?;
                let group = info
                    .snapshot
                    .stage(stage)
                    .map(|s| s.approver_group.as_str());
                let actor = ActorFacts {
                    in_approver_group: in_group(ctx, group),
                    ..facts_without_permissions(ctx)
                };
                if workflow::awaits_decision_from(&info.snapshot, stage, &actor) {
                    mine.push(stage);
                }
            }
            show_stages(ctx, mine, "nothing is waiting for your approval")
        }
        ApprovalsCmd::Done => show_stages(
            ctx,
            store::done_by(conn, ctx.user_id())?,
            "you have not approved or denied anything",
        ),
        ApprovalsCmd::List { state } => {
            if let Some(s) = &state {
                s.parse::<workflow::StageState>().map_err(Error::invalid)?;
            }
            let mut visible = Vec::new();
            for id in store::all_stages(conn, state.as_deref())? {
                if may_view(ctx, &store::stage_view(conn, id)?)? {
                    visible.push(id);
                }
            }
            show_stages(ctx, visible, "no approval stages")
        }
        ApprovalsCmd::Requests => {
            let views = store::requested_by(conn, ctx.user_id())?
                .into_iter()
                .map(|wf| store::workflow_view(conn, wf))
                .collect::<Result<Vec<_>>>()?;
            ctx.out.show(&views, |views| {
                let rows = views
                    .iter()
                    .map(|w| {
                        let job = w
                            .stages
                            .first()
                            .map(|s| s.scheduled_job.job.clone())
                            .unwrap_or_default();
                        let waiting = match w.stages.iter().find(|s| s.is_active) {
                            Some(s) => format!(
                                "{} ({} of {} from {})",
                                s.name, s.approvals, s.min_approvers, s.approver_group
                            ),
                            // Denied: the stage and its denial message, for the requester.
                            None => match w.stages.iter().find(|s| s.state == "denied") {
                                Some(s) => match &s.denial_message {
                                    Some(m) => format!("denied at {}: {m}", s.name),
                                    None => format!("denied at {}", s.name),
                                },
                                None => "-".into(),
                            },
                        };
                        vec![
                            w.id.to_string(),
                            job,
                            w.definition.clone(),
                            w.state.clone(),
                            waiting,
                        ]
                    })
                    .collect();
                ctx.out.table(
                    &["WORKFLOW", "JOB", "DEFINITION", "STATE", "WAITING FOR"],
                    rows,
                    "you have requested no approvals",
                )
            })
        }
        ApprovalsCmd::Show { stage } => {
            let view = store::stage_view(conn, stage)?;
            if !may_view(ctx, &view)? {
                return Err(Error::denied(format!(
                    "{} may not view stage {stage}: needs {} for job {}",
                    ctx.user_name(),
                    Permission::ViewApprovalWorkflowStage.as_str(),
                    view.scheduled_job.job
                )));
            }
            ctx.out.show(&view, |v| stage_detail(ctx, v))
        }
        ApprovalsCmd::Cancel { workflow, comment } => cancel(ctx, workflow, comment),
    }
}

/// The requester, the approver group's members and holders of the view permission may view a stage.
fn may_view(ctx: &Ctx, v: &StageView) -> Result<bool> {
    Ok(v.scheduled_job.requester == ctx.user_name()
        || ctx.actor.user.groups.contains(&v.approver_group)
        || ctx.can(Permission::ViewApprovalWorkflowStage, &v.scheduled_job.job)?)
}

/// A refusal of the rules as an error with its exit code. (`ConfirmationRequired` only gets
/// here from a caller that cannot ask; `decide` handles it itself.)
fn refusal(r: Refusal) -> Error {
    match r {
        Refusal::Invalid(m) => Error::invalid(m),
        Refusal::NotFound(m) => Error::not_found(m),
        Refusal::PermissionDenied(m) => Error::denied(m),
        Refusal::Conflict(m) => Error::conflict(m),
        Refusal::ConfirmationRequired { message, .. } => {
            Error::conflict(message).hint("add --yes to approve anyway")
        }
    }
}

/// What the rules need to know about the acting user for a stage of `job` whose approver
/// group is `group`.
fn facts(ctx: &Ctx, job: &str, group: Option<&str>) -> Result<ActorFacts> {
    Ok(ActorFacts {
        in_approver_group: in_group(ctx, group),
        can_view_stage: ctx.can(Permission::ViewApprovalWorkflowStage, job)?,
        can_change_stage: ctx.can(Permission::ChangeApprovalWorkflowStage, job)?,
        can_change_scheduled_job: ctx.can(Permission::ChangeScheduledJob, job)?,
        ..facts_without_permissions(ctx)
    })
}

/// Whether the acting user is a member of `group`.
fn in_group(ctx: &Ctx, group: Option<&str>) -> bool {
    group.is_some_and(|g| ctx.actor.user.groups.iter().any(|m| m == g))
}

/// The acting user, in no group and without permissions (admins keep their status).
fn facts_without_permissions(ctx: &Ctx) -> ActorFacts {
    ActorFacts {
        user: ctx.user_id(),
        os_user: ctx.actor.os_user_id,
        is_admin: ctx.is_admin(),
        in_approver_group: false,
        can_view_stage: false,
        can_change_stage: false,
        can_change_scheduled_job: false,
    }
}

/// `jobctl approve STAGE`.
pub fn approve(ctx: &Ctx, args: ApproveArgs) -> Result<()> {
    let comment = args.comment.as_deref();
    decide(ctx, args.stage, &Action::Approve { comment }, args.yes)
}

/// `jobctl deny STAGE`.
pub fn deny(ctx: &Ctx, args: DenyArgs) -> Result<()> {
    let comment = args.comment.as_deref();
    decide(ctx, args.stage, &Action::Deny { comment }, false)
}

/// `jobctl comment STAGE --comment TEXT`.
pub fn comment(ctx: &Ctx, args: CommentArgs) -> Result<()> {
    decide(
        ctx,
        args.stage,
        &Action::Comment {
            text: &args.comment,
        },
        false,
    )
}

/// What one attempt at a decision came to.
enum Attempt {
    /// Recorded and committed.
    Done(Transition),
    /// Nothing changed: this final approval of a past-due one-off needs a confirmation.
    NeedsConfirmation {
        scheduled_for: DateTime<Utc>,
        tz: Tz,
    },
}

fn decide(ctx: &Ctx, stage: i64, action: &Action, yes: bool) -> Result<()> {
    // Invalid input first (rule 11), before looking anything up.
    match action {
        Action::Comment { text } => workflow::validate_comment(text).map_err(refusal)?,
        Action::Approve { comment: Some(c) } | Action::Deny { comment: Some(c) } => {
            workflow::validate_comment(c).map_err(refusal)?
        }
        _ => {}
    }
    let mut confirmed = yes;
    let t = loop {
        match try_decide(ctx, stage, action, confirmed)? {
            Attempt::Done(t) => break t,
            Attempt::NeedsConfirmation { scheduled_for, tz } => {
                confirm_past_due(ctx, stage, &fmt_local(scheduled_for, tz))?;
                confirmed = true;
            }
        }
    };
    if let Some(m) = &t.denial_message {
        ctx.out.warn(&format!("denied: {m}"));
    }
    let conn = ctx.store.conn();
    let view = store::stage_view(conn, stage)?;
    ctx.out.show(&view, |v| {
        stage_detail(ctx, v)?;
        let wf = store::workflow_view(conn, v.workflow)?;
        ctx.out.line("")?;
        ctx.out.line(&next_step(conn, &wf)?)
    })
}

/// Asks the past-due question on a terminal; without one (or with `--json`), refuses with
/// exit 5 and names `--yes`.
fn confirm_past_due(ctx: &Ctx, stage: i64, when: &str) -> Result<()> {
    if !ctx.interactive() || ctx.out.is_json() {
        return Err(Error::conflict(format!(
            "confirmation required: this job was scheduled for {when}, which has passed; \
             approved now, it runs on the next run-due. Add --yes to approve it anyway"
        ))
        .hint(format!("jobctl approve {stage} --yes")));
    }
    let answer = dialoguer::Confirm::new()
        .with_prompt(workflow::past_due_question(when))
        .default(false)
        .interact()
        .map_err(|e| Error::invalid(format!("no answer: {e}")))?;
    if answer {
        Ok(())
    } else {
        Err(Error::conflict(
            "not approved: you declined the past-due confirmation",
        ))
    }
}

/// One attempt inside a `BEGIN IMMEDIATE` transaction: load, decide, persist. Refusals of the
/// rules become errors with their exit codes; store failures keep theirs (exit 1).
fn try_decide(ctx: &Ctx, stage: i64, action: &Action, confirmed: bool) -> Result<Attempt> {
    let tx = ctx.store.immediate()?;
    let wf_id = store::workflow_of_stage(&tx, stage)?;
    let info = store::snapshot(&tx, wf_id)?;
    let schedule = schedules::get(&tx, info.scheduled_job)?;
    let target = info.snapshot.stage(stage);
    let group = target.map(|s| s.approver_group.as_str());
    let actor = facts(ctx, &schedule.job_name, group)?;
    let past_due = match (schedule.interval, schedule.start_time) {
        (Interval::Future, Some(start)) if start <= ctx.now => Some(PastDue {
            scheduled_for: start,
            confirmed,
        }),
        _ => None,
    };
    let t = match workflow::decide(&info.snapshot, stage, &actor, action, past_due.as_ref()) {
        Ok(t) => t,
        Err(Refusal::ConfirmationRequired { scheduled_for, .. }) => {
            return Ok(Attempt::NeedsConfirmation {
                scheduled_for,
                tz: schedule.tz(),
            });
        }
        Err(r) => return Err(refusal(r)),
    };
    let text = match action {
        Action::Approve { comment } | Action::Deny { comment } => comment.unwrap_or(""),
        Action::Comment { text } => text,
    };
    store::add_response(&tx, stage, ctx.user_id(), t.response, text, ctx.now_secs())?;
    store::apply(&tx, wf_id, stage, &t, ctx.now_secs())?;
    if let Some(effect) = t.schedule_effect {
        schedules::set_state(&tx, schedule.id, effect.scheduled_job_state())?;
        if effect == ScheduleEffect::Activate
            && !schedule.interval.is_one_off()
            && let Some(next) = schedule.next_run
            && next < ctx.now
        {
            // Approved late: start at the next occurrence, without a catch-up run for the wait.
            let next = schedule.recurrence().catch_up(next, ctx.now).next_run;
            schedules::set_next_run(&tx, schedule.id, next)?;
        }
    }
    let action_name = match t.response {
        ResponseKind::Approved => "stage.approve",
        ResponseKind::Denied => "stage.deny",
        ResponseKind::Comment => "stage.comment",
    };
    let (stage_name, sequence) = target.map(|s| (s.name.as_str(), s.sequence)).unzip();
    ctx.audit(
        &tx,
        action_name,
        &format!("stage:{stage}"),
        json!({"workflow": wf_id, "stage": stage_name, "sequence": sequence, "comment": text,
               "stage_state": t.stage_state, "schedule": schedule.id, "job": schedule.job_name}),
    )?;
    if t.completes_workflow {
        ctx.audit(
            &tx,
            &format!("workflow.{}", t.workflow_state.as_str()),
            &format!("workflow:{wf_id}"),
            json!({"schedule": schedule.id, "stage": stage_name, "canceled_stages": t.canceled_stages}),
        )?;
    }
    tx.commit()?;
    Ok(Attempt::Done(t))
}

fn cancel(ctx: &Ctx, workflow_id: i64, comment: Option<String>) -> Result<()> {
    if let Some(c) = &comment {
        workflow::validate_comment(c).map_err(refusal)?;
    }
    let tx = ctx.store.immediate()?;
    let info = store::snapshot(&tx, workflow_id)?;
    let schedule = schedules::get(&tx, info.scheduled_job)?;
    let actor = facts(ctx, &schedule.job_name, None)?;
    let t = workflow::cancel(&info.snapshot, &actor).map_err(refusal)?;
    store::apply_cancel(&tx, workflow_id, &t, ctx.now_secs())?;
    schedules::set_state(&tx, schedule.id, t.schedule_effect.scheduled_job_state())?;
    if let (Some(text), Some(first)) = (&comment, info.snapshot.active_stage()) {
        store::add_response(
            &tx,
            first.id,
            ctx.user_id(),
            ResponseKind::Comment,
            text,
            ctx.now_secs(),
        )?;
    }
    ctx.audit(
        &tx,
        "workflow.cancel",
        &format!("workflow:{workflow_id}"),
        json!({"comment": comment, "schedule": schedule.id, "canceled_stages": t.canceled_stages,
               "job": schedule.job_name}),
    )?;
    let view = store::workflow_view(&tx, workflow_id)?;
    tx.commit()?;
    ctx.out.show(&view, |v| {
        ctx.out.line(&format!(
            "canceled workflow {}: scheduled job {} will never run",
            v.id, schedule.id
        ))
    })
}
