//! The approval state machine — the single place the approval rules of spec §5 live:
//! approve / deny / comment / cancel on a workflow snapshot, which definition applies to a
//! scheduled job, and stage-definition validation. Pure: callers load a snapshot, ask
//! [`decide`] or [`cancel`], and persist the returned transition in the same transaction.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use super::permission::Permission;

#[path = "workflow_definition.rs"]
mod definition;
pub use definition::{
    DefinitionMatch, applicable_definition, check_stage_unique, validate_stage_input,
};

/// A jobctl user's database id.
pub type UserId = i64;

/// Declares a lowercase string enum with `as_str`, `ALL`, `Display`, `FromStr`, `Serialize`.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        #[serde(rename_all = "lowercase")]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The lowercase name used in the database, JSON and on the command line.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = String;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let wanted = s.trim();
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str().eq_ignore_ascii_case(wanted))
                    .ok_or_else(|| {
                        let valid: Vec<&str> = $name::ALL.iter().map(|v| v.as_str()).collect();
                        format!("unknown {} '{}'; expected one of: {}", $what, wanted, valid.join(", "))
                    })
            }
        }
    };
}

string_enum!(
    /// State of a running workflow. Only `Approved` lets its scheduled job run.
    WorkflowState, "workflow state" {
        Pending => "pending",
        Approved => "approved",
        Denied => "denied",
        Canceled => "canceled",
    }
);

string_enum!(
    /// State of one stage of a running workflow.
    StageState, "stage state" {
        Pending => "pending",
        Approved => "approved",
        Denied => "denied",
        Canceled => "canceled",
    }
);

string_enum!(
    /// What a user recorded on a stage.
    ResponseKind, "response" {
        Approved => "approved",
        Denied => "denied",
        Comment => "comment",
    }
);

impl WorkflowState {
    /// Approved, denied or canceled: no more decisions.
    pub fn is_decided(self) -> bool {
        self != WorkflowState::Pending
    }
}

/// One stage of a running workflow, as loaded by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageSnapshot {
    pub id: i64,
    pub name: String,
    pub sequence: i64,
    pub state: StageState,
    pub min_approvers: u32,
    pub approver_group: String,
    /// Approvals and denials recorded on this stage (comments are ignored if present).
    pub decisions: Vec<(UserId, ResponseKind)>,
    pub denial_message: Option<String>,
}

impl StageSnapshot {
    /// Approvals needed: `min_approvers`, but at least 1 (legacy stages stored 0).
    pub fn required_approvals(&self) -> u32 {
        self.min_approvers.max(1)
    }

    /// The approval or denial `user` recorded on this stage, if any.
    pub fn decision_of(&self, user: UserId) -> Option<ResponseKind> {
        self.decisions
            .iter()
            .find(|(u, kind)| *u == user && *kind != ResponseKind::Comment)
            .map(|(_, kind)| *kind)
    }

    /// Distinct users who approved, never counting `requester`.
    pub fn distinct_approvers(&self, requester: UserId) -> Vec<UserId> {
        let mut users: Vec<UserId> = self
            .decisions
            .iter()
            .filter(|(u, kind)| *kind == ResponseKind::Approved && *u != requester)
            .map(|(u, _)| *u)
            .collect();
        users.sort_unstable();
        users.dedup();
        users
    }
}

/// A running workflow with all its stages, as loaded by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkflowSnapshot {
    pub id: i64,
    pub state: WorkflowState,
    pub requester: UserId,
    /// In any order; they are ordered by `(sequence, id)` here.
    pub stages: Vec<StageSnapshot>,
}

impl WorkflowSnapshot {
    /// The stage with this id.
    pub fn stage(&self, stage_id: i64) -> Option<&StageSnapshot> {
        self.stages.iter().find(|s| s.id == stage_id)
    }

    /// Stages in decision order: by sequence, then id.
    pub fn ordered_stages(&self) -> Vec<&StageSnapshot> {
        let mut stages: Vec<&StageSnapshot> = self.stages.iter().collect();
        stages.sort_by_key(|s| (s.sequence, s.id));
        stages
    }

    /// The stage that may be decided now: the lowest-sequence stage that is still pending,
    /// provided every stage before it is approved and the workflow itself is pending.
    pub fn active_stage(&self) -> Option<&StageSnapshot> {
        if self.state != WorkflowState::Pending {
            return None;
        }
        self.ordered_stages()
            .into_iter()
            .find(|s| s.state != StageState::Approved)
            .filter(|s| s.state == StageState::Pending)
    }

    /// The stage that denied this workflow, if any.
    pub fn denied_stage(&self) -> Option<&StageSnapshot> {
        self.ordered_stages()
            .into_iter()
            .find(|s| s.state == StageState::Denied)
    }
}

/// What the caller knows about the actor relative to this stage/job. `is_admin` implies the
/// three `can_*` permissions, but never approver-group membership.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActorFacts {
    pub user: UserId,
    /// The jobctl user of the operating-system account running the command: `user` itself,
    /// unless an admin or root acts as `user` through `--user`. Nobody approves their own
    /// request by acting as someone else.
    pub os_user: UserId,
    pub is_admin: bool,
    pub in_approver_group: bool,
    pub can_view_stage: bool,
    pub can_change_stage: bool,
    pub can_change_scheduled_job: bool,
}

/// What the actor wants to do to a stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action<'a> {
    Approve { comment: Option<&'a str> },
    Deny { comment: Option<&'a str> },
    Comment { text: &'a str },
}

/// Past-due facts for the final approval of a one-off `future` job whose start has passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PastDue {
    pub scheduled_for: DateTime<Utc>,
    /// The user already answered the confirmation (`--yes` or a prompt).
    pub confirmed: bool,
}

/// What happens to the scheduled job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ScheduleEffect {
    Activate,
    Deny,
    Cancel,
}

impl ScheduleEffect {
    /// The scheduled job's new `state`: `active`, `denied` or `canceled`.
    pub fn scheduled_job_state(self) -> &'static str {
        match self {
            ScheduleEffect::Activate => "active",
            ScheduleEffect::Deny => "denied",
            ScheduleEffect::Cancel => "canceled",
        }
    }
}

/// The outcome of an accepted approve / deny / comment, to persist atomically.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    /// What to record for the actor on this stage.
    pub response: ResponseKind,
    /// New state of the target stage.
    pub stage_state: StageState,
    /// New state of the workflow.
    pub workflow_state: WorkflowState,
    /// Other stages that become canceled (in decision order).
    pub canceled_stages: Vec<i64>,
    pub schedule_effect: Option<ScheduleEffect>,
    /// The workflow is decided by this action (approved or denied).
    pub completes_workflow: bool,
    /// On a deny: the stage's denial message, to show the requester.
    pub denial_message: Option<String>,
    /// The stage that is active after this action (`None` once the workflow is decided).
    pub next_active_stage: Option<i64>,
}

impl Transition {
    /// Records `response` on `stage` and changes nothing else.
    fn recording(response: ResponseKind, wf: &WorkflowSnapshot, stage: &StageSnapshot) -> Self {
        Transition {
            response,
            stage_state: stage.state,
            workflow_state: wf.state,
            canceled_stages: Vec::new(),
            schedule_effect: None,
            completes_workflow: false,
            denial_message: None,
            next_active_stage: wf.active_stage().map(|s| s.id),
        }
    }
}

/// The outcome of an accepted cancel, to persist atomically.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelTransition {
    /// Always `Canceled`.
    pub workflow_state: WorkflowState,
    /// Every stage that was pending, in decision order.
    pub canceled_stages: Vec<i64>,
    /// Always `Cancel`.
    pub schedule_effect: ScheduleEffect,
}

/// Why an action is refused; see [`Refusal::kind_and_code`] for the exit codes.
/// `ConfirmationRequired`: ask, then call again with `confirmed: true` (exit 5 if unasked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Invalid(String),
    NotFound(String),
    PermissionDenied(String),
    Conflict(String),
    ConfirmationRequired {
        scheduled_for: DateTime<Utc>,
        message: String,
    },
}

impl Refusal {
    /// The message for the user.
    pub fn message(&self) -> &str {
        match self {
            Refusal::Invalid(m)
            | Refusal::NotFound(m)
            | Refusal::PermissionDenied(m)
            | Refusal::Conflict(m) => m,
            Refusal::ConfirmationRequired { message, .. } => message,
        }
    }

    /// The JSON `error.kind` and the exit code of spec §1.
    pub fn kind_and_code(&self) -> (&'static str, i32) {
        match self {
            Refusal::Invalid(_) => ("invalid", 2),
            Refusal::NotFound(_) => ("not_found", 4),
            Refusal::PermissionDenied(_) => ("permission_denied", 3),
            Refusal::Conflict(_) | Refusal::ConfirmationRequired { .. } => ("conflict", 5),
        }
    }

    /// The JSON `error.kind` of spec §1.
    pub fn kind(&self) -> &'static str {
        self.kind_and_code().0
    }

    /// The process exit code of spec §1.
    pub fn exit_code(&self) -> i32 {
        self.kind_and_code().1
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for Refusal {}

/// The past-due question, with `when` already formatted by the caller (e.g. in the
/// schedule's zone). [`decide`] uses RFC 3339 UTC.
pub fn past_due_question(when: &str) -> String {
    format!(
        "This job was scheduled for {when}, which has passed. It will run as soon as it is approved. Approve anyway?"
    )
}

/// Refuses a blank comment (exit 2). Used for comments on every action, cancel included.
pub fn validate_comment(text: &str) -> Result<(), Refusal> {
    if text.trim().is_empty() {
        Err(Refusal::Invalid(
            "the comment is empty; write some text (or leave --comment out)".to_string(),
        ))
    } else {
        Ok(())
    }
}

/// Decide approve/deny/comment on stage `stage_id` of `wf`.
///
/// `past_due` is `Some` only when the scheduled job is a one-off `future` whose start time is
/// at or before now (the caller computes it); it matters only if this approval would
/// complete the workflow. Refusals follow spec §5 rule 11: invalid input, then unknown
/// stage, then who may act, then state, then the past-due confirmation.
pub fn decide(
    wf: &WorkflowSnapshot,
    stage_id: i64,
    actor: &ActorFacts,
    action: &Action,
    past_due: Option<&PastDue>,
) -> Result<Transition, Refusal> {
    // 2: invalid input.
    match action {
        Action::Comment { text } => validate_comment(text)?,
        Action::Approve { comment } | Action::Deny { comment } => {
            if let Some(text) = comment {
                validate_comment(text)?;
            }
        }
    }
    // 4: unknown id.
    let stage = wf.stage(stage_id).ok_or_else(|| {
        Refusal::NotFound(format!(
            "stage {stage_id} does not belong to workflow {}",
            wf.id
        ))
    })?;
    match action {
        Action::Comment { .. } => comment_on(wf, stage, actor),
        Action::Approve { .. } => decide_stage(wf, stage, actor, ResponseKind::Approved, past_due),
        Action::Deny { .. } => decide_stage(wf, stage, actor, ResponseKind::Denied, None),
    }
}

/// A comment: needs `change_approvalworkflowstage` only, on any stage of any workflow,
/// and never changes state.
fn comment_on(
    wf: &WorkflowSnapshot,
    stage: &StageSnapshot,
    actor: &ActorFacts,
) -> Result<Transition, Refusal> {
    if !(actor.is_admin || actor.can_change_stage) {
        return Err(Refusal::PermissionDenied(format!(
            "you cannot comment on stage '{}': you lack {} for this job",
            stage.name,
            Permission::ChangeApprovalWorkflowStage.as_str()
        )));
    }
    Ok(Transition::recording(ResponseKind::Comment, wf, stage))
}

/// Approve or deny `stage` (`kind` is `Approved` or `Denied`).
fn decide_stage(
    wf: &WorkflowSnapshot,
    stage: &StageSnapshot,
    actor: &ActorFacts,
    kind: ResponseKind,
    past_due: Option<&PastDue>,
) -> Result<Transition, Refusal> {
    let verb = if kind == ResponseKind::Denied {
        "deny"
    } else {
        "approve"
    };
    check_may_decide(wf, stage, actor, verb)?;
    check_decidable(wf, stage, actor)?;

    if kind == ResponseKind::Denied {
        let canceled_stages = wf
            .ordered_stages()
            .into_iter()
            .filter(|s| s.id != stage.id && s.state == StageState::Pending)
            .map(|s| s.id)
            .collect();
        return Ok(Transition {
            stage_state: StageState::Denied,
            workflow_state: WorkflowState::Denied,
            canceled_stages,
            schedule_effect: Some(ScheduleEffect::Deny),
            completes_workflow: true,
            denial_message: stage.denial_message.clone(),
            next_active_stage: None,
            ..Transition::recording(ResponseKind::Denied, wf, stage)
        });
    }

    // The actor has no decision on this stage (checked), so they add one distinct approver.
    let approvals = stage.distinct_approvers(wf.requester).len() as u64 + 1;
    let stage_done = approvals >= u64::from(stage.required_approvals());
    // Checked: the workflow is pending and `stage` is its active, pending stage.
    let pending = Transition::recording(ResponseKind::Approved, wf, stage);
    if !stage_done {
        return Ok(pending);
    }
    let next = wf
        .ordered_stages()
        .into_iter()
        .find(|s| s.id != stage.id && s.state != StageState::Approved);
    if let Some(next) = next {
        // Only pending stages can follow (check_decidable refused any other state).
        return Ok(Transition {
            stage_state: StageState::Approved,
            next_active_stage: Some(next.id),
            ..pending
        });
    }
    // This approval approves the whole workflow.
    if let Some(due) = past_due.filter(|d| !d.confirmed) {
        let when = due.scheduled_for.to_rfc3339_opts(SecondsFormat::Secs, true);
        return Err(Refusal::ConfirmationRequired {
            scheduled_for: due.scheduled_for,
            message: past_due_question(&when),
        });
    }
    Ok(Transition {
        stage_state: StageState::Approved,
        workflow_state: WorkflowState::Approved,
        schedule_effect: Some(ScheduleEffect::Activate),
        completes_workflow: true,
        next_active_stage: None,
        ..pending
    })
}

/// Rule 1 (exit 3): four eyes, the three permissions, approver-group membership.
fn check_may_decide(
    wf: &WorkflowSnapshot,
    stage: &StageSnapshot,
    actor: &ActorFacts,
    verb: &str,
) -> Result<(), Refusal> {
    if actor.user == wf.requester {
        return Err(Refusal::PermissionDenied(format!(
            "approval must come from another user: you requested workflow {}, so you cannot {verb} it",
            wf.id
        )));
    }
    if actor.os_user == wf.requester {
        return Err(Refusal::PermissionDenied(format!(
            "approval must come from another user: you requested workflow {} yourself, so you cannot {verb} it, even acting as another user",
            wf.id
        )));
    }
    let missing: Vec<&str> = [
        (actor.can_view_stage, Permission::ViewApprovalWorkflowStage),
        (
            actor.can_change_stage,
            Permission::ChangeApprovalWorkflowStage,
        ),
        (
            actor.can_change_scheduled_job,
            Permission::ChangeScheduledJob,
        ),
    ]
    .into_iter()
    .filter(|(held, _)| !(actor.is_admin || *held))
    .map(|(_, perm)| perm.as_str())
    .collect();
    if !missing.is_empty() {
        return Err(Refusal::PermissionDenied(format!(
            "you cannot {verb} stage '{}': you lack {} for this job",
            stage.name,
            missing.join(", ")
        )));
    }
    if !actor.in_approver_group {
        let admin_note = if actor.is_admin {
            " (admin status does not replace group membership)"
        } else {
            ""
        };
        return Err(Refusal::PermissionDenied(format!(
            "you cannot {verb} stage '{}': you are not a member of its approver group '{}'{admin_note}",
            stage.name, stage.approver_group
        )));
    }
    Ok(())
}

/// Rules 2, 3 and 8 (exit 5): pending workflow, one decision per user, active stage only.
fn check_decidable(
    wf: &WorkflowSnapshot,
    stage: &StageSnapshot,
    actor: &ActorFacts,
) -> Result<(), Refusal> {
    if wf.state.is_decided() {
        return Err(Refusal::Conflict(format!(
            "{}; it accepts no more decisions",
            decided_description(wf)
        )));
    }
    if let Some(broken) = wf
        .stages
        .iter()
        .find(|s| matches!(s.state, StageState::Denied | StageState::Canceled))
    {
        // A pending workflow never has a denied or canceled stage; refuse rather than guess.
        return Err(Refusal::Conflict(format!(
            "workflow {} is pending but its stage '{}' is {}; it accepts no decisions until repaired",
            wf.id, broken.name, broken.state
        )));
    }
    if let Some(previous) = stage.decision_of(actor.user) {
        return Err(Refusal::Conflict(format!(
            "you already {previous} stage '{}'; each user decides a stage only once",
            stage.name
        )));
    }
    let active = wf.active_stage();
    if active.map(|a| a.id) == Some(stage.id) {
        return Ok(());
    }
    let now = match active {
        Some(a) => format!("the active stage is '{}' (id {})", a.name, a.id),
        None => format!("workflow {} has no active stage", wf.id),
    };
    let why = if stage.state == StageState::Pending {
        format!("stage '{}' is not the active stage yet", stage.name)
    } else {
        format!("stage '{}' is already {}", stage.name, stage.state)
    };
    Err(Refusal::Conflict(format!("{why}; {now}")))
}

/// "workflow 3 was denied at stage 'board': Not during the freeze" and the like.
fn decided_description(wf: &WorkflowSnapshot) -> String {
    match wf.state {
        WorkflowState::Denied => match wf.denied_stage() {
            Some(s) => match s.denial_message.as_deref().filter(|m| !m.trim().is_empty()) {
                Some(msg) => format!("workflow {} was denied at stage '{}': {msg}", wf.id, s.name),
                None => format!("workflow {} was denied at stage '{}'", wf.id, s.name),
            },
            None => format!("workflow {} was denied", wf.id),
        },
        WorkflowState::Approved => format!("workflow {} is already approved", wf.id),
        WorkflowState::Canceled => format!("workflow {} was canceled", wf.id),
        WorkflowState::Pending => format!("workflow {} is pending", wf.id),
    }
}

/// Cancel `wf`: only its requester or an admin (exit 3), only while pending (exit 5).
/// The workflow and every pending stage become canceled, and so does the scheduled job.
/// A `--comment` is checked by the caller with [`validate_comment`] first.
pub fn cancel(wf: &WorkflowSnapshot, actor: &ActorFacts) -> Result<CancelTransition, Refusal> {
    if actor.user != wf.requester && !actor.is_admin {
        return Err(Refusal::PermissionDenied(format!(
            "only the requester of workflow {} or an admin can cancel it",
            wf.id
        )));
    }
    if wf.state.is_decided() {
        return Err(Refusal::Conflict(format!(
            "{}; only a pending workflow can be canceled",
            decided_description(wf)
        )));
    }
    Ok(CancelTransition {
        workflow_state: WorkflowState::Canceled,
        canceled_stages: wf
            .ordered_stages()
            .into_iter()
            .filter(|s| s.state == StageState::Pending)
            .map(|s| s.id)
            .collect(),
        schedule_effect: ScheduleEffect::Cancel,
    })
}

/// Whether a change to the job's definition must wait for (or, forced, void) this workflow:
/// it is pending, or approved while its scheduled job is still to run. An approval covers
/// the definition its approvers saw, never a later one.
pub fn holds_job_definition(wf: WorkflowState, still_to_run: bool) -> bool {
    match wf {
        WorkflowState::Pending => true,
        WorkflowState::Approved => still_to_run,
        WorkflowState::Denied | WorkflowState::Canceled => false,
    }
}

/// Voids a pending or approved workflow because its job's definition changed (a forced
/// `jobs import`): the workflow, its pending stages and its scheduled job become canceled,
/// and the requester must request again. Admins only (exit 3); decided-and-done workflows
/// are left alone (exit 5).
pub fn void_for_changed_job(
    wf: &WorkflowSnapshot,
    actor: &ActorFacts,
) -> Result<CancelTransition, Refusal> {
    if !actor.is_admin {
        return Err(Refusal::PermissionDenied(
            "only jobctl admins change a job's definition".to_string(),
        ));
    }
    if matches!(wf.state, WorkflowState::Denied | WorkflowState::Canceled) {
        return Err(Refusal::Conflict(format!(
            "{}; there is no approval to void",
            decided_description(wf)
        )));
    }
    Ok(CancelTransition {
        workflow_state: WorkflowState::Canceled,
        canceled_stages: wf
            .ordered_stages()
            .into_iter()
            .filter(|s| s.state == StageState::Pending)
            .map(|s| s.id)
            .collect(),
        schedule_effect: ScheduleEffect::Cancel,
    })
}

/// Rule 10: whether stage `stage_id` belongs in `approvals pending` for `actor` — it is the
/// active stage of a pending workflow, the actor is in its approver group, is not the
/// requester (not even the requester acting as someone else through `--user`) and has not
/// decided it yet. (Permissions are not required to list it; a missing one is reported when
/// the actor tries to decide.)
pub fn awaits_decision_from(wf: &WorkflowSnapshot, stage_id: i64, actor: &ActorFacts) -> bool {
    actor.in_approver_group
        && actor.user != wf.requester
        && actor.os_user != wf.requester
        && wf
            .active_stage()
            .is_some_and(|s| s.id == stage_id && s.decision_of(actor.user).is_none())
}

#[cfg(test)]
#[path = "workflow_tests.rs"]
mod tests;
