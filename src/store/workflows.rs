//! Approval workflow definitions (with stage definitions) and running workflows (stages,
//! responses): persistence and the views of spec §5. The rules live in `domain::workflow`.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::{to_time, to_time_opt, unique_violation};
use crate::domain::time::Timestamp;
use crate::domain::workflow::{
    CancelTransition, ResponseKind, StageSnapshot, StageState, Transition, WorkflowSnapshot,
    WorkflowState,
};
use crate::error::{Error, Result};

/// A stage of a workflow definition.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageDefinition {
    pub id: i64,
    pub name: String,
    pub sequence: i64,
    pub min_approvers: i64,
    pub approver_group: String,
    pub denial_message: Option<String>,
}

/// A workflow definition.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Definition {
    pub id: i64,
    pub name: String,
    pub job_globs: Vec<String>,
    pub grouping: Option<String>,
    pub weight: i64,
    pub stages: Vec<StageDefinition>,
    pub created: Timestamp,
}

/// Adds a definition; `weight` defaults to 10 above the highest.
pub fn add_definition(
    conn: &Connection,
    name: &str,
    globs: &[String],
    grouping: Option<&str>,
    weight: Option<i64>,
    now: i64,
) -> Result<Definition> {
    let weight = match weight {
        Some(w) => w,
        None => {
            let max: Option<i64> =
                conn.query_row("SELECT MAX(weight) FROM workflow_definitions", [], |r| {
                    r.get(0)
                })?;
            max.map_or(10, |m| m.saturating_add(10))
        }
    };
    if let Some(other) = conn
        .query_row(
            "SELECT name FROM workflow_definitions WHERE weight = ?1",
            [weight],
            |r| r.get::<_, String>(0),
        )
        .optional()?
    {
        return Err(Error::conflict(format!(
            "workflow {other} already has weight {weight}; weights are unique"
        )));
    }
    conn.execute(
        "INSERT INTO workflow_definitions (name, job_globs, grouping, weight, created)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![name, serde_json::to_string(globs)?, grouping, weight, now],
    )
    .map_err(|e| unique_violation(e, format!("workflow {name} already exists")))?;
    get_definition(conn, name)
}

/// A definition by name, with its stages.
pub fn get_definition(conn: &Connection, name: &str) -> Result<Definition> {
    let row = conn
        .query_row(
            "SELECT id, name, job_globs, grouping, weight, created FROM workflow_definitions WHERE name = ?1",
            [name],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, i64>(4)?,
                    r.get::<_, i64>(5)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| {
            Error::not_found(format!("no such workflow: {name}"))
                .hint("list them with: jobctl workflows list")
        })?;
    let (id, name, globs, grouping, weight, created) = row;
    Ok(Definition {
        id,
        stages: stage_definitions(conn, id)?,
        name,
        job_globs: serde_json::from_str(&globs).unwrap_or_default(),
        grouping,
        weight,
        created: to_time(created).into(),
    })
}

fn stage_definitions(conn: &Connection, definition: i64) -> Result<Vec<StageDefinition>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.name, s.sequence, s.min_approvers, g.name, s.denial_message
         FROM stage_definitions s JOIN groups g ON g.id = s.group_id
         WHERE s.definition_id = ?1 ORDER BY s.sequence",
    )?;
    Ok(stmt
        .query_map([definition], |r| {
            Ok(StageDefinition {
                id: r.get(0)?,
                name: r.get(1)?,
                sequence: r.get(2)?,
                min_approvers: r.get(3)?,
                approver_group: r.get(4)?,
                denial_message: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Every definition, highest weight first.
pub fn list_definitions(conn: &Connection) -> Result<Vec<Definition>> {
    let mut stmt = conn.prepare("SELECT name FROM workflow_definitions ORDER BY weight DESC")?;
    let names = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    names.iter().map(|n| get_definition(conn, n)).collect()
}

/// Adds a stage definition (the caller validated it against the existing stages).
pub fn add_stage_definition(
    conn: &Connection,
    definition: i64,
    stage: &StageDefinition,
    group_id: i64,
) -> Result<()> {
    conn.execute(
        "INSERT INTO stage_definitions (definition_id, name, sequence, min_approvers, group_id, denial_message)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![definition, stage.name, stage.sequence, stage.min_approvers, group_id, stage.denial_message],
    )
    .map_err(|e| unique_violation(e, "this workflow already has a stage with that name or sequence"))?;
    Ok(())
}

/// Removes a definition; running workflows keep their copied stages.
pub fn remove_definition(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM workflow_definitions WHERE id = ?1", [id])?;
    Ok(())
}

/// Starts a workflow for a scheduled job by copying the definition's stages, recording the
/// fingerprint of the job definition it asks approval for (`Job::fingerprint`).
pub fn start(
    conn: &Connection,
    def: &Definition,
    scheduled_job: i64,
    requester: i64,
    job_fingerprint: &str,
    now: i64,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO workflows (definition_id, definition_name, scheduled_job_id, state, requester_id, created, job_fingerprint)
         VALUES (?1, ?2, ?3, 'pending', ?4, ?5, ?6)",
        params![def.id, def.name, scheduled_job, requester, now, job_fingerprint],
    )?;
    let wf = conn.last_insert_rowid();
    let mut insert = conn.prepare_cached(
        "INSERT INTO stages (workflow_id, name, sequence, state, is_active, min_approvers, approver_group, denial_message)
         VALUES (?1, ?2, ?3, 'pending', ?4, ?5, ?6, ?7)",
    )?;
    for (i, s) in def.stages.iter().enumerate() {
        insert.execute(params![
            wf,
            s.name,
            s.sequence,
            i == 0,
            s.min_approvers,
            s.approver_group,
            s.denial_message
        ])?;
    }
    Ok(wf)
}

/// The workflow id of a stage, or not-found.
pub fn workflow_of_stage(conn: &Connection, stage: i64) -> Result<i64> {
    conn.prepare_cached("SELECT workflow_id FROM stages WHERE id = ?1")?
        .query_row([stage], |r| r.get(0))
        .optional()?
        .ok_or_else(|| {
            Error::not_found(format!("no such stage: {stage}"))
                .hint("see stages with: jobctl approvals list")
        })
}

/// The workflow of a scheduled job, if any.
pub fn workflow_of_schedule(conn: &Connection, scheduled_job: i64) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM workflows WHERE scheduled_job_id = ?1")?
        .query_row([scheduled_job], |r| r.get(0))
        .optional()?)
}

/// Whether the approval of a scheduled job covers its job as it stands: the fingerprint
/// recorded when its workflow started equals `current` (the job's `Job::fingerprint`).
/// Workflows started before fingerprints were recorded (NULL) and schedules without a
/// workflow are not judged here.
pub fn approval_covers(conn: &Connection, scheduled_job: i64, current: &str) -> Result<bool> {
    let recorded: Option<Option<String>> = conn
        .prepare_cached("SELECT job_fingerprint FROM workflows WHERE scheduled_job_id = ?1")?
        .query_row([scheduled_job], |r| r.get(0))
        .optional()?;
    Ok(match recorded.flatten() {
        Some(fp) => fp == current,
        None => true,
    })
}

/// A scheduled job of a job, with its workflow, as a definition change sees it.
#[derive(Debug, Clone)]
pub struct HeldSchedule {
    pub schedule: i64,
    pub name: String,
    pub workflow: i64,
    pub workflow_state: WorkflowState,
}

/// The scheduled jobs of `job` whose workflow is pending, or approved while the schedule is
/// still to run (`domain::workflow::holds_job_definition`): changing the job's definition
/// would make their approval cover something no approver saw.
pub fn holding_job_definition(conn: &Connection, job: i64) -> Result<Vec<HeldSchedule>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.name, w.id, w.state, s.state, s.approval_required
         FROM scheduled_jobs s JOIN workflows w ON w.scheduled_job_id = s.id
         WHERE s.job_id = ?1 ORDER BY s.id",
    )?;
    let rows = stmt
        .query_map([job], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, bool>(5)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut held = Vec::new();
    for (schedule, name, workflow, wf_state, state, approval_required) in rows {
        let wf_state: WorkflowState = wf_state.parse().map_err(Error::internal)?;
        let still_to_run = state == "pending" || (state == "active" && approval_required);
        if crate::domain::workflow::holds_job_definition(wf_state, still_to_run) {
            held.push(HeldSchedule {
                schedule,
                name,
                workflow,
                workflow_state: wf_state,
            });
        }
    }
    Ok(held)
}

/// Facts about a workflow that the rules do not hold: its scheduled job and requester name.
#[derive(Debug, Clone)]
pub struct WorkflowInfo {
    pub snapshot: WorkflowSnapshot,
    pub scheduled_job: i64,
}

/// Loads a workflow as the rules see it.
pub fn snapshot(conn: &Connection, workflow: i64) -> Result<WorkflowInfo> {
    // Cached statements throughout: this runs once per listed stage and per due schedule
    // that needs approval.
    let (state, requester, scheduled_job): (String, i64, i64) = conn
        .prepare_cached(
            "SELECT state, requester_id, scheduled_job_id FROM workflows WHERE id = ?1",
        )?
        .query_row([workflow], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
        .ok_or_else(|| Error::not_found(format!("no such workflow: {workflow}")))?;
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, sequence, state, min_approvers, approver_group, denial_message
         FROM stages WHERE workflow_id = ?1 ORDER BY sequence",
    )?;
    let rows = stmt
        .query_map([workflow], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, Option<String>>(6)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut decisions = decisions(conn, workflow)?;
    let mut stages = Vec::with_capacity(rows.len());
    for (id, name, sequence, st, min, group, denial) in rows {
        stages.push(StageSnapshot {
            id,
            name,
            sequence,
            state: st.parse().map_err(Error::internal)?,
            min_approvers: u32::try_from(min).unwrap_or(0),
            approver_group: group,
            decisions: decisions.remove(&id).unwrap_or_default(),
            denial_message: denial,
        });
    }
    Ok(WorkflowInfo {
        snapshot: WorkflowSnapshot {
            id: workflow,
            state: state.parse().map_err(Error::internal)?,
            requester,
            stages,
        },
        scheduled_job,
    })
}

/// The SQL of [`decisions`] (public to the crate for the query-plan tests).
pub(crate) const DECISIONS_SQL: &str = "SELECT r.stage_id, r.user_id, r.state FROM stages st
     JOIN responses r ON r.stage_id = st.id AND r.state IN ('approved', 'denied')
     WHERE st.workflow_id = ?1 ORDER BY r.id";

/// The approvals and denials of every stage of a workflow, by stage, oldest first: one query
/// for the whole workflow (this runs for every stage `approvals pending` lists and every due
/// schedule that needs approval).
fn decisions(
    conn: &Connection,
    workflow: i64,
) -> Result<std::collections::HashMap<i64, Vec<(i64, ResponseKind)>>> {
    let mut stmt = conn.prepare_cached(DECISIONS_SQL)?;
    let rows = stmt
        .query_map([workflow], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut by_stage: std::collections::HashMap<i64, Vec<(i64, ResponseKind)>> =
        std::collections::HashMap::new();
    for (stage, user, state) in rows {
        by_stage
            .entry(stage)
            .or_default()
            .push((user, state.parse().map_err(Error::internal)?));
    }
    Ok(by_stage)
}

/// Records a response (approval, denial or comment).
pub fn add_response(
    conn: &Connection,
    stage: i64,
    user: i64,
    kind: ResponseKind,
    comment: &str,
    now: i64,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO responses (stage_id, user_id, state, comment, created) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![stage, user, kind.as_str(), comment, now])
    .map_err(|e| unique_violation(e, "you already decided on this stage"))?;
    Ok(())
}

/// Persists an accepted approve/deny/comment transition (the response is recorded separately).
pub fn apply(conn: &Connection, wf: i64, stage: i64, t: &Transition, now: i64) -> Result<()> {
    if t.response == ResponseKind::Comment {
        return Ok(());
    }
    if t.stage_state != StageState::Pending {
        conn.execute(
            "UPDATE stages SET state = ?2, decision_date = ?3, is_active = 0 WHERE id = ?1",
            params![stage, t.stage_state.as_str(), now],
        )?;
    }
    for other in &t.canceled_stages {
        conn.execute(
            "UPDATE stages SET state = 'canceled', decision_date = ?2, is_active = 0 WHERE id = ?1",
            params![other, now],
        )?;
    }
    conn.execute(
        "UPDATE stages SET is_active = 0 WHERE workflow_id = ?1",
        [wf],
    )?;
    if let Some(next) = t.next_active_stage {
        conn.execute("UPDATE stages SET is_active = 1 WHERE id = ?1", [next])?;
    }
    if t.workflow_state != WorkflowState::Pending {
        conn.execute(
            "UPDATE workflows SET state = ?2, decision_date = ?3 WHERE id = ?1",
            params![wf, t.workflow_state.as_str(), now],
        )?;
    }
    Ok(())
}

/// Persists an accepted cancel.
pub fn apply_cancel(conn: &Connection, wf: i64, t: &CancelTransition, now: i64) -> Result<()> {
    for stage in &t.canceled_stages {
        conn.execute(
            "UPDATE stages SET state = 'canceled', decision_date = ?2 WHERE id = ?1",
            params![stage, now],
        )?;
    }
    conn.execute(
        "UPDATE stages SET is_active = 0 WHERE workflow_id = ?1",
        [wf],
    )?;
    conn.execute(
        "UPDATE workflows SET state = ?2, decision_date = ?3 WHERE id = ?1",
        params![wf, t.workflow_state.as_str(), now],
    )?;
    Ok(())
}

/// A response as shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResponseView {
    pub user: String,
    pub state: String,
    pub comment: String,
    pub created: Timestamp,
}

/// The scheduled job a stage belongs to, as shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScheduledJobRef {
    pub id: i64,
    pub name: String,
    pub job: String,
    /// The job's command as it stands: what an approval lets run.
    pub command: String,
    /// The request's variables (sensitive ones are never stored).
    pub variables: serde_json::Value,
    pub start_time: Option<Timestamp>,
    pub time_zone: String,
    pub interval: String,
    pub requester: String,
}

/// A stage as shown (spec §5 stage JSON).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageView {
    pub id: i64,
    pub workflow: i64,
    pub name: String,
    pub sequence: i64,
    pub state: String,
    pub min_approvers: i64,
    pub approvals: i64,
    pub approver_group: String,
    pub decision_date: Option<Timestamp>,
    pub responses: Vec<ResponseView>,
    pub scheduled_job: ScheduledJobRef,
    pub is_active: bool,
    pub denial_message: Option<String>,
}

/// A workflow as shown (spec §5 workflow JSON).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkflowView {
    pub id: i64,
    pub definition: String,
    pub state: String,
    pub requester: String,
    pub created: Timestamp,
    pub decision_date: Option<Timestamp>,
    pub stages: Vec<StageView>,
}

/// One stage, as shown.
pub fn stage_view(conn: &Connection, stage: i64) -> Result<StageView> {
    let row = conn
        .prepare_cached(
            "SELECT st.id, st.workflow_id, st.name, st.sequence, st.state, st.min_approvers,
                st.approver_group, st.decision_date, st.is_active, st.denial_message,
                s.id, s.name, j.name, s.start_time, s.time_zone, s.interval, u.name,
                (SELECT COUNT(*) FROM responses r WHERE r.stage_id = st.id AND r.state = 'approved'),
                j.command, s.variables
             FROM stages st JOIN workflows w ON w.id = st.workflow_id
             JOIN scheduled_jobs s ON s.id = w.scheduled_job_id JOIN jobs j ON j.id = s.job_id
             JOIN users u ON u.id = w.requester_id
             WHERE st.id = ?1",
        )?
        .query_row([stage], |r| {
            Ok(StageView {
                id: r.get(0)?,
                workflow: r.get(1)?,
                name: r.get(2)?,
                sequence: r.get(3)?,
                state: r.get(4)?,
                min_approvers: r.get(5)?,
                approver_group: r.get(6)?,
                decision_date: to_time_opt(r.get(7)?).map(Timestamp),
                is_active: r.get(8)?,
                denial_message: r.get(9)?,
                scheduled_job: ScheduledJobRef {
                    id: r.get(10)?,
                    name: r.get(11)?,
                    job: r.get(12)?,
                    command: r.get(18)?,
                    variables: serde_json::from_str(&r.get::<_, String>(19)?)
                        .unwrap_or_else(|_| serde_json::Value::Object(Default::default())),
                    start_time: to_time_opt(r.get(13)?).map(Timestamp),
                    time_zone: r.get(14)?,
                    interval: r.get(15)?,
                    requester: r.get(16)?,
                },
                approvals: r.get(17)?,
                responses: Vec::new(),
            })
        })
        .optional()?
        .ok_or_else(|| Error::not_found(format!("no such stage: {stage}")))?;
    let mut view = row;
    view.responses = responses(conn, stage)?;
    Ok(view)
}

fn responses(conn: &Connection, stage: i64) -> Result<Vec<ResponseView>> {
    let mut stmt = conn.prepare_cached(
        "SELECT u.name, r.state, r.comment, r.created FROM responses r JOIN users u ON u.id = r.user_id
         WHERE r.stage_id = ?1 ORDER BY r.id",
    )?;
    Ok(stmt
        .query_map([stage], |r| {
            Ok(ResponseView {
                user: r.get(0)?,
                state: r.get(1)?,
                comment: r.get(2)?,
                created: to_time(r.get(3)?).into(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// One workflow with its stages, as shown.
pub fn workflow_view(conn: &Connection, workflow: i64) -> Result<WorkflowView> {
    let (definition, state, requester, created, decision): (
        String,
        String,
        String,
        i64,
        Option<i64>,
    ) = conn
        .query_row(
            "SELECT w.definition_name, w.state, u.name, w.created, w.decision_date
             FROM workflows w JOIN users u ON u.id = w.requester_id WHERE w.id = ?1",
            [workflow],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?
        .ok_or_else(|| Error::not_found(format!("no such workflow: {workflow}")))?;
    let ids = ids(
        conn,
        "SELECT id FROM stages WHERE workflow_id = ?1 ORDER BY sequence",
        params![workflow],
    )?;
    Ok(WorkflowView {
        id: workflow,
        definition,
        state,
        requester,
        created: to_time(created).into(),
        decision_date: to_time_opt(decision).map(Timestamp),
        stages: ids
            .into_iter()
            .map(|s| stage_view(conn, s))
            .collect::<Result<_>>()?,
    })
}

fn ids(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(sql)?;
    Ok(stmt
        .query_map(p, |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?)
}

/// The SQL of [`pending_for`] (public to the crate for the query-plan tests).
pub(crate) const PENDING_FOR_SQL: &str = "SELECT st.id FROM group_members m
     JOIN groups g ON g.id = m.group_id
     JOIN stages st ON st.approver_group = g.name AND st.is_active = 1
     JOIN workflows w ON w.id = st.workflow_id
     WHERE m.user_id = ?1 AND w.state = 'pending' AND w.requester_id <> ?1
       AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.stage_id = st.id AND r.user_id = ?1
                       AND r.state IN ('approved', 'denied'))
     ORDER BY st.id";

/// Stage ids pending the user's decision (spec §5 rule 10): from the user's groups through
/// the partial index of active stages, so the cost follows the stages waiting on those
/// groups, not every stage stored.
pub fn pending_for(conn: &Connection, user: i64) -> Result<Vec<i64>> {
    ids(conn, PENDING_FOR_SQL, params![user])
}

/// Who may still approve a stage: active members of its approver group, other than the
/// requester, who have not approved or denied it yet (by name). Permissions are checked when
/// they act.
pub fn possible_approvers(conn: &Connection, stage: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT u.name FROM stages st JOIN workflows w ON w.id = st.workflow_id
         JOIN groups g ON g.name = st.approver_group
         JOIN group_members m ON m.group_id = g.id JOIN users u ON u.id = m.user_id
         WHERE st.id = ?1 AND u.active = 1 AND u.id <> w.requester_id
           AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.stage_id = st.id AND r.user_id = u.id
                           AND r.state IN ('approved', 'denied'))
         ORDER BY u.name",
    )?;
    Ok(stmt
        .query_map([stage], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?)
}

/// Stage ids the user approved or denied.
pub fn done_by(conn: &Connection, user: i64) -> Result<Vec<i64>> {
    ids(
        conn,
        "SELECT DISTINCT stage_id FROM responses WHERE user_id = ?1 AND state IN ('approved', 'denied')
         ORDER BY stage_id",
        params![user],
    )
}

/// All stage ids, optionally in one state.
pub fn all_stages(conn: &Connection, state: Option<&str>) -> Result<Vec<i64>> {
    ids(
        conn,
        "SELECT id FROM stages WHERE (?1 IS NULL OR state = ?1) ORDER BY id",
        params![state],
    )
}

/// Workflow ids the user requested.
pub fn requested_by(conn: &Connection, user: i64) -> Result<Vec<i64>> {
    ids(
        conn,
        "SELECT id FROM workflows WHERE requester_id = ?1 ORDER BY id",
        params![user],
    )
}
