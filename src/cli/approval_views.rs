//! How approvals look to people (part of `approvals`): stage tables and details in the
//! schedule's zone, and the one line that says who must approve next.

use chrono_tz::Tz;

use crate::app::Ctx;
use crate::domain::time::fmt_local;
use crate::error::Result;
use crate::store::workflows::{self as store, StageView, WorkflowView};

pub(super) fn show_stages(ctx: &Ctx, ids: Vec<i64>, empty: &str) -> Result<()> {
    let views = ids
        .into_iter()
        .map(|id| store::stage_view(ctx.store.conn(), id))
        .collect::<Result<Vec<_>>>()?;
    ctx.out.show(&views, |v| {
        if v.is_empty() {
            ctx.out.line(empty)
        } else {
            stage_table(ctx, v)
        }
    })
}

/// A table of stages (also used by `schedules show`).
pub fn stage_table(ctx: &Ctx, stages: &[StageView]) -> Result<()> {
    let rows = stages
        .iter()
        .map(|s| {
            let tz: Tz = s.scheduled_job.time_zone.parse().unwrap_or(chrono_tz::UTC);
            vec![
                s.id.to_string(),
                s.workflow.to_string(),
                format!("{}{}", s.name, if s.is_active { " *" } else { "" }),
                s.state.clone(),
                format!("{}/{}", s.approvals, s.min_approvers),
                s.approver_group.clone(),
                s.scheduled_job.job.clone(),
                s.scheduled_job.name.clone(),
                s.scheduled_job.requester.clone(),
                match (
                    s.scheduled_job.start_time,
                    s.scheduled_job.interval.as_str(),
                ) {
                    (Some(t), _) => fmt_local(t.0, tz),
                    (None, "immediately") => "now".into(),
                    (None, interval) => interval.to_string(),
                },
            ]
        })
        .collect();
    ctx.out.table(
        &[
            "STAGE",
            "WORKFLOW",
            "NAME",
            "STATE",
            "APPROVALS",
            "GROUP",
            "JOB",
            "SCHEDULE",
            "REQUESTER",
            "START",
        ],
        rows,
        "no stages",
    )
}

pub(super) fn stage_detail(ctx: &Ctx, v: &StageView) -> Result<()> {
    let tz: Tz = v.scheduled_job.time_zone.parse().unwrap_or(chrono_tz::UTC);
    ctx.out.fields(&[
        (
            "stage",
            format!("{} \"{}\" (sequence {})", v.id, v.name, v.sequence),
        ),
        ("workflow", v.workflow.to_string()),
        (
            "state",
            format!(
                "{}{}",
                v.state,
                if v.is_active {
                    " (active: awaiting decisions)"
                } else {
                    ""
                }
            ),
        ),
        (
            "approvals",
            format!(
                "{} of {} from group {}",
                v.approvals, v.min_approvers, v.approver_group
            ),
        ),
        (
            "job",
            format!(
                "{} (scheduled job {} \"{}\", {})",
                v.scheduled_job.job,
                v.scheduled_job.id,
                v.scheduled_job.name,
                v.scheduled_job.interval
            ),
        ),
        ("command", v.scheduled_job.command.clone()),
        ("variables", variables_text(&v.scheduled_job.variables)),
        ("requester", v.scheduled_job.requester.clone()),
        (
            "start",
            match (
                v.scheduled_job.start_time,
                v.scheduled_job.interval.as_str(),
            ) {
                (Some(t), _) => fmt_local(t.0, tz),
                (None, "immediately") => "as soon as approved".into(),
                (None, interval) => format!("{interval} (no start time)"),
            },
        ),
        (
            "decided",
            v.decision_date
                .map(|t| fmt_local(t.0, tz))
                .unwrap_or_else(|| "-".into()),
        ),
    ])?;
    if v.state == "denied"
        && let Some(m) = &v.denial_message
    {
        ctx.out.line(&format!("denial message: {m}"))?;
    }
    if !v.responses.is_empty() {
        ctx.out.line("")?;
        let rows = v
            .responses
            .iter()
            .map(|r| {
                vec![
                    fmt_local(r.created.0, tz),
                    r.user.clone(),
                    r.state.clone(),
                    r.comment.clone(),
                ]
            })
            .collect();
        ctx.out
            .table(&["WHEN", "USER", "RESPONSE", "COMMENT"], rows, "")?;
    }
    Ok(())
}

/// A request's variables as `NAME=VALUE` pairs, or `none`.
fn variables_text(vars: &serde_json::Value) -> String {
    let pairs: Vec<String> = vars
        .as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| match v {
                    serde_json::Value::String(s) => format!("{k}={s}"),
                    other => format!("{k}={other}"),
                })
                .collect()
        })
        .unwrap_or_default();
    if pairs.is_empty() {
        "none".to_string()
    } else {
        pairs.join(" ")
    }
}

/// One line telling people what a workflow waits for, or how it ended: who must approve
/// next (the active stage's remaining approvals and the people who can give them), or that
/// the job runs when due, or that it never will.
pub fn next_step(conn: &rusqlite::Connection, wf: &WorkflowView) -> Result<String> {
    let id = wf.id;
    Ok(match wf.state.as_str() {
        "approved" => {
            format!(
                "workflow {id} is approved: the job runs when due, on the next `jobctl run-due`"
            )
        }
        "canceled" => format!("workflow {id} was canceled: the job will never run"),
        "denied" => {
            let at = wf.stages.iter().find(|s| s.state == "denied");
            let stage = at
                .map(|s| format!(" at stage \"{}\"", s.name))
                .unwrap_or_default();
            let message = at
                .and_then(|s| s.denial_message.as_deref())
                .filter(|m| !m.trim().is_empty())
                .map(|m| format!(" ({m})"))
                .unwrap_or_default();
            format!("workflow {id} was denied{stage}{message}: the job will never run")
        }
        _ => match wf.stages.iter().find(|s| s.is_active) {
            Some(s) => {
                let needed = (s.min_approvers.max(1) - s.approvals).max(1);
                let who = store::possible_approvers(conn, s.id)?;
                let who = if who.is_empty() {
                    "nobody in it can approve it yet".to_string()
                } else {
                    who.join(", ")
                };
                format!(
                    "next: stage {} \"{}\" needs {needed} more approval{} from group {} ({who}): jobctl approve {}",
                    s.id,
                    s.name,
                    if needed == 1 { "" } else { "s" },
                    s.approver_group,
                    s.id
                )
            }
            None => format!("workflow {id} is pending with no active stage"),
        },
    })
}
