//! Tests for the approval state machine: the full decision table, one scenario per reported
//! fault, and the two-stage walkthrough (more in `workflow_rules_tests.rs`).

use super::*;
use chrono::TimeZone;
use std::collections::{HashSet, VecDeque};

// ---------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------

const REQUESTER: UserId = 1;
const APPROVER: UserId = 2;
const LACKING: UserId = 3;
const OUTSIDER: UserId = 4;
const ADMIN_OUT: UserId = 5;
const ADMIN_IN: UserId = 6;
const DECIDED: UserId = 7;
const OTHER: UserId = 8;
/// The user the requester's OS account acts as through `--user`.
const STAND_IN: UserId = 9;

const EARLIER: i64 = 11;
const ACTIVE: i64 = 12;
const LATER: i64 = 13;

fn stage(id: i64, name: &str, sequence: i64, state: StageState, min: u32) -> StageSnapshot {
    StageSnapshot {
        id,
        name: name.to_string(),
        sequence,
        state,
        min_approvers: min,
        approver_group: format!("{name}-group"),
        decisions: Vec::new(),
        denial_message: Some(format!("{name} says no")),
    }
}

fn with(mut s: StageSnapshot, decisions: &[(UserId, ResponseKind)]) -> StageSnapshot {
    s.decisions = decisions.to_vec();
    s
}

use ResponseKind::{Approved as A, Denied as D};
use StageState as S;

/// Three stages (stored out of order). `earlier` = sequence 1, `active` = sequence 2 (the
/// active one while pending; the deciding one otherwise), `later` = sequence 3. DECIDED has
/// approved both `earlier` and `active`; `active` needs 2 approvals.
fn fixture(state: WorkflowState) -> WorkflowSnapshot {
    let earlier = with(stage(EARLIER, "leads", 1, S::Approved, 1), &[(DECIDED, A)]);
    let (active, later) = match state {
        WorkflowState::Pending => (
            with(stage(ACTIVE, "board", 2, S::Pending, 2), &[(DECIDED, A)]),
            stage(LATER, "security", 3, S::Pending, 1),
        ),
        WorkflowState::Approved => (
            with(
                stage(ACTIVE, "board", 2, S::Approved, 2),
                &[(DECIDED, A), (OTHER, A)],
            ),
            with(stage(LATER, "security", 3, S::Approved, 1), &[(OTHER, A)]),
        ),
        WorkflowState::Denied => (
            with(
                stage(ACTIVE, "board", 2, S::Denied, 2),
                &[(DECIDED, A), (OTHER, D)],
            ),
            stage(LATER, "security", 3, S::Canceled, 1),
        ),
        WorkflowState::Canceled => (
            with(stage(ACTIVE, "board", 2, S::Canceled, 2), &[(DECIDED, A)]),
            stage(LATER, "security", 3, S::Canceled, 1),
        ),
    };
    WorkflowSnapshot {
        id: 100,
        state,
        requester: REQUESTER,
        stages: vec![later, earlier, active],
    }
}

fn facts(
    user: UserId,
    admin: bool,
    group: bool,
    view: bool,
    change: bool,
    job: bool,
) -> ActorFacts {
    ActorFacts {
        user,
        os_user: user,
        is_admin: admin,
        in_approver_group: group,
        can_view_stage: view,
        can_change_stage: change,
        can_change_scheduled_job: job,
    }
}

/// A member of the approver group with every permission.
fn approver(user: UserId) -> ActorFacts {
    facts(user, false, true, true, true, true)
}

/// The actor kinds of the table, in column order.
fn actor_kinds() -> [(&'static str, ActorFacts); 8] {
    [
        // The requester is in the group and holds every permission: only four-eyes stops them.
        ("requester", approver(REQUESTER)),
        ("approver", approver(APPROVER)),
        (
            "lacking change_stage",
            facts(LACKING, false, true, true, false, true),
        ),
        (
            "non-member",
            facts(OUTSIDER, false, false, true, true, true),
        ),
        // Admins' can_* flags are false on purpose: admin status implies them.
        (
            "admin not in group",
            facts(ADMIN_OUT, true, false, false, false, false),
        ),
        (
            "admin in group",
            facts(ADMIN_IN, true, true, false, false, false),
        ),
        ("already decided", approver(DECIDED)),
        // The requester's OS account acting as an approver through `--user`: still them.
        (
            "requester under --user",
            ActorFacts {
                os_user: REQUESTER,
                ..approver(STAND_IN)
            },
        ),
    ]
}

/// Applies an accepted transition to the snapshot, as the database layer would.
fn apply(wf: &mut WorkflowSnapshot, stage_id: i64, user: UserId, t: &Transition) {
    wf.state = t.workflow_state;
    for s in &mut wf.stages {
        if s.id == stage_id {
            s.state = t.stage_state;
            if t.response != ResponseKind::Comment {
                s.decisions.push((user, t.response));
            }
        } else if t.canceled_stages.contains(&s.id) {
            s.state = StageState::Canceled;
        }
    }
}

fn apply_cancel(wf: &mut WorkflowSnapshot, t: &CancelTransition) {
    wf.state = t.workflow_state;
    for s in &mut wf.stages {
        if t.canceled_stages.contains(&s.id) {
            s.state = StageState::Canceled;
        }
    }
}

const APPROVE: Action<'static> = Action::Approve { comment: None };
const DENY: Action<'static> = Action::Deny { comment: None };
const COMMENT: Action<'static> = Action::Comment { text: "looks fine" };

// ---------------------------------------------------------------------------------------
// The decision table
// ---------------------------------------------------------------------------------------

/// Outcome codes: a = approval recorded (workflow still pending), f = workflow approved,
/// d = denied, m = comment recorded, x = canceled, P = permission denied (3),
/// C = conflict (5), I = invalid (2), N = not found (4), Q = confirmation required.
fn code(result: Result<Transition, Refusal>) -> char {
    match result {
        Ok(t) => match (t.response, t.workflow_state) {
            (ResponseKind::Comment, _) => 'm',
            (ResponseKind::Denied, _) => 'd',
            (ResponseKind::Approved, WorkflowState::Approved) => 'f',
            (ResponseKind::Approved, _) => 'a',
        },
        Err(r) => refusal_code(&r),
    }
}

fn refusal_code(r: &Refusal) -> char {
    match r {
        Refusal::Invalid(_) => 'I',
        Refusal::NotFound(_) => 'N',
        Refusal::PermissionDenied(_) => 'P',
        Refusal::Conflict(_) => 'C',
        Refusal::ConfirmationRequired { .. } => 'Q',
    }
}

// Columns: requester, approver, lacking change_stage, non-member, admin not in group,
// admin in group, already decided, requester under --user.
const DECIDED_ROW: [&str; 4] = ["PCPPPCCP", "PCPPPCCP", "mmPmmmmm", "CPPPCCPP"];
#[rustfmt::skip]
const TABLE: &[(&str, &str, [&str; 4])] = &[
    //  state       position   approve    deny       comment    cancel
    ("pending",  "active",  ["PaPPPaCP", "PdPPPdCP", "mmPmmmmm", "xPPPxxPP"]),
    ("pending",  "later",   ["PCPPPCCP", "PCPPPCCP", "mmPmmmmm", "xPPPxxPP"]),
    ("pending",  "earlier", ["PCPPPCCP", "PCPPPCCP", "mmPmmmmm", "xPPPxxPP"]),
    ("approved", "active",  DECIDED_ROW),
    ("approved", "later",   DECIDED_ROW),
    ("approved", "earlier", DECIDED_ROW),
    ("denied",   "active",  DECIDED_ROW),
    ("denied",   "later",   DECIDED_ROW),
    ("denied",   "earlier", DECIDED_ROW),
    ("canceled", "active",  DECIDED_ROW),
    ("canceled", "later",   DECIDED_ROW),
    ("canceled", "earlier", DECIDED_ROW),
];

#[test]
fn decision_table_covers_every_combination() {
    let mut checked = 0;
    for (state, position, expected) in TABLE {
        let wf = fixture(state.parse().expect("state"));
        let stage_id = match *position {
            "active" => ACTIVE,
            "later" => LATER,
            _ => EARLIER,
        };
        for (action_index, action) in ["approve", "deny", "comment", "cancel"].iter().enumerate() {
            let row: Vec<char> = expected[action_index].chars().collect();
            for (actor_index, (actor_name, actor)) in actor_kinds().iter().enumerate() {
                let got = match *action {
                    "approve" => code(decide(&wf, stage_id, actor, &APPROVE, None)),
                    "deny" => code(decide(&wf, stage_id, actor, &DENY, None)),
                    "comment" => code(decide(&wf, stage_id, actor, &COMMENT, None)),
                    _ => match cancel(&wf, actor) {
                        Ok(_) => 'x',
                        Err(r) => refusal_code(&r),
                    },
                };
                assert_eq!(
                    Some(&got),
                    row.get(actor_index),
                    "{state} workflow, {position} stage, {action} by {actor_name}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 4 * 3 * 4 * 8, "every combination is in the table");
}

#[test]
fn decision_table_transitions_have_the_right_effects() {
    let wf = fixture(WorkflowState::Pending);
    let ok = approver(APPROVER);

    let t = decide(&wf, ACTIVE, &ok, &APPROVE, None).expect("approve");
    assert_eq!(t.stage_state, S::Approved, "2 distinct approvers reached");
    assert_eq!(
        t.workflow_state,
        WorkflowState::Pending,
        "security is still pending"
    );
    assert_eq!((t.schedule_effect, t.completes_workflow), (None, false));
    assert_eq!(t.next_active_stage, Some(LATER));

    let t = decide(&wf, ACTIVE, &ok, &DENY, None).expect("deny");
    assert_eq!(t.stage_state, S::Denied);
    assert_eq!(t.workflow_state, WorkflowState::Denied);
    assert_eq!(
        t.canceled_stages,
        vec![LATER],
        "only pending stages are canceled"
    );
    assert_eq!(t.schedule_effect, Some(ScheduleEffect::Deny));
    assert!(t.completes_workflow);
    assert_eq!(t.denial_message.as_deref(), Some("board says no"));

    for state in WorkflowState::ALL {
        let wf = fixture(*state);
        for id in [EARLIER, ACTIVE, LATER] {
            let t = decide(&wf, id, &ok, &COMMENT, None).expect("comment");
            let before = wf.stage(id).map(|s| s.state);
            assert_eq!(
                Some(t.stage_state),
                before,
                "a comment never changes a stage"
            );
            assert_eq!(
                t.workflow_state, *state,
                "a comment never changes a workflow"
            );
            assert!(t.canceled_stages.is_empty() && t.schedule_effect.is_none());
            assert!(!t.completes_workflow);
        }
    }

    let c = cancel(&wf, &approver(REQUESTER)).expect("cancel");
    assert_eq!(c.workflow_state, WorkflowState::Canceled);
    assert_eq!(c.canceled_stages, vec![ACTIVE, LATER]);
    assert_eq!(c.schedule_effect, ScheduleEffect::Cancel);
}

// ---------------------------------------------------------------------------------------
// Faults that must be impossible
// ---------------------------------------------------------------------------------------

#[test]
fn fault_requester_cannot_approve_or_deny_own_request() {
    let mut wf = fixture(WorkflowState::Pending);
    // Even an admin in the group with every permission, on a min_approvers 0 stage.
    for s in &mut wf.stages {
        s.min_approvers = 0;
    }
    let me = facts(REQUESTER, true, true, true, true, true);
    for action in [APPROVE, DENY] {
        let err = decide(&wf, ACTIVE, &me, &action, None).unwrap_err();
        assert_eq!(err.exit_code(), 3);
        assert!(
            err.message()
                .contains("approval must come from another user"),
            "{err}"
        );
    }
    // A requester's approval smuggled into the data is never counted.
    let mut wf = fixture(WorkflowState::Pending);
    for s in &mut wf.stages {
        if s.id == ACTIVE {
            s.decisions = vec![(REQUESTER, A)];
        }
    }
    let t = decide(&wf, ACTIVE, &approver(APPROVER), &APPROVE, None).expect("approve");
    assert_eq!(t.stage_state, S::Pending, "1 real approval of 2");
    // The requester may still comment (with the stage permission) and cancel.
    assert!(decide(&wf, ACTIVE, &approver(REQUESTER), &COMMENT, None).is_ok());
    assert!(cancel(&wf, &approver(REQUESTER)).is_ok());
}

#[test]
fn fault_requester_approves_own_request_through_user() {
    // Root (an admin) requested; its OS account acts as an approver with `--user`.
    let wf = fixture(WorkflowState::Pending);
    let stand_in = ActorFacts {
        os_user: REQUESTER,
        ..facts(STAND_IN, false, true, true, true, true)
    };
    for action in [APPROVE, DENY] {
        let err = decide(&wf, ACTIVE, &stand_in, &action, None).unwrap_err();
        assert_eq!(err.exit_code(), 3);
        assert!(
            err.message()
                .contains("approval must come from another user"),
            "{err}"
        );
    }
    assert!(!awaits_decision_from(&wf, ACTIVE, &stand_in));
    // The same stand-in, used by another OS account, decides normally.
    let honest = facts(STAND_IN, false, true, true, true, true);
    assert!(decide(&wf, ACTIVE, &honest, &APPROVE, None).is_ok());
    assert!(awaits_decision_from(&wf, ACTIVE, &honest));
}

#[test]
fn fault_denied_workflow_is_never_read_as_approved() {
    let mut wf = two_stage();
    let t = decide(&wf, LEADS, &approver(LEAD_A), &DENY, None).expect("deny");
    assert_eq!(t.workflow_state, WorkflowState::Denied);
    assert_eq!(t.schedule_effect, Some(ScheduleEffect::Deny));
    assert_ne!(t.schedule_effect, Some(ScheduleEffect::Activate));
    assert_eq!(t.canceled_stages, vec![BOARD]);
    apply(&mut wf, LEADS, LEAD_A, &t);

    assert_eq!(wf.active_stage(), None);
    for user in [LEAD_B, LEAD_C, BOARD_A, BOARD_B, BOARD_C] {
        for id in [LEADS, BOARD] {
            for action in [APPROVE, DENY] {
                let err = decide(&wf, id, &approver(user), &action, None).unwrap_err();
                assert_eq!(err.exit_code(), 5);
                assert!(
                    err.message().contains("was denied at stage 'leads'"),
                    "{err}"
                );
                assert!(err.message().contains("Not during the freeze"), "{err}");
            }
        }
    }
    assert_eq!(cancel(&wf, &approver(REQ)).unwrap_err().exit_code(), 5);

    // Inconsistent data (workflow pending, a stage denied) is refused, not approved.
    let mut broken = two_stage();
    broken.stages[0].state = S::Denied;
    assert_eq!(
        broken.active_stage(),
        None,
        "an earlier denied stage blocks the rest"
    );
    let err = decide(&broken, BOARD, &approver(BOARD_A), &APPROVE, None).unwrap_err();
    assert_eq!(err.exit_code(), 5);
    let mut broken = two_stage();
    broken.stages[0].state = S::Approved;
    broken.stages[1].state = S::Canceled;
    assert_eq!(broken.active_stage(), None);
}

#[test]
fn fault_later_stage_cannot_be_approved_before_earlier() {
    let wf = two_stage();
    for action in [APPROVE, DENY] {
        let err = decide(&wf, BOARD, &approver(BOARD_A), &action, None).unwrap_err();
        assert_eq!(err.exit_code(), 5);
        assert!(
            err.message().contains("'board' is not the active stage"),
            "{err}"
        );
        assert!(
            err.message()
                .contains("the active stage is 'leads' (id 21)"),
            "{err}"
        );
    }
    // Stored order does not matter: sequence does.
    let mut reversed = two_stage();
    reversed.stages.reverse();
    assert_eq!(reversed.active_stage().map(|s| s.id), Some(LEADS));
    assert!(decide(&reversed, BOARD, &approver(BOARD_A), &APPROVE, None).is_err());
}

#[test]
fn fault_same_person_is_never_counted_twice() {
    let mut wf = two_stage();
    approve_ok(&mut wf, LEADS, LEAD_A);
    let t = approve_ok(&mut wf, BOARD, BOARD_A);
    assert_eq!(t.stage_state, S::Pending, "1 of 2");
    for action in [APPROVE, DENY] {
        let err = decide(&wf, BOARD, &approver(BOARD_A), &action, None).unwrap_err();
        assert_eq!(err.exit_code(), 5);
        assert!(
            err.message().contains("you already approved stage 'board'"),
            "{err}"
        );
    }
    // Duplicate rows in stored data count once.
    let mut dup = two_stage();
    dup.stages[0].state = S::Approved;
    dup.stages[1].min_approvers = 3;
    dup.stages[1].decisions = vec![(BOARD_A, A), (BOARD_A, A)];
    let t = decide(&dup, BOARD, &approver(BOARD_B), &APPROVE, None).expect("approve");
    assert_eq!(t.stage_state, S::Pending, "2 distinct of 3");
}

#[test]
fn fault_min_approvers_zero_is_approvable_with_one_approval() {
    let mut wf = two_stage();
    for s in &mut wf.stages {
        s.min_approvers = 0;
    }
    let t = approve_ok(&mut wf, LEADS, LEAD_A);
    assert_eq!(t.stage_state, S::Approved);
    let t = approve_ok(&mut wf, BOARD, BOARD_A);
    assert_eq!(t.workflow_state, WorkflowState::Approved);
    assert_eq!(t.schedule_effect, Some(ScheduleEffect::Activate));
}

#[test]
fn fault_definition_edits_cannot_strand_a_workflow() {
    // The snapshot carries its own stages; nothing here consults a definition. A stage whose
    // group is empty still leaves cancel available to the requester and admins.
    let wf = two_stage();
    assert!(cancel(&wf, &facts(99, true, false, false, false, false)).is_ok());
}

// ---------------------------------------------------------------------------------------
// Two-stage walkthrough: leads 1-of-3, then board 2-of-3
// ---------------------------------------------------------------------------------------

const REQ: UserId = 50;
const LEAD_A: UserId = 51;
const LEAD_B: UserId = 52;
const LEAD_C: UserId = 53;
const BOARD_A: UserId = 61;
const BOARD_B: UserId = 62;
const BOARD_C: UserId = 63;
const LEADS: i64 = 21;
const BOARD: i64 = 22;

fn two_stage() -> WorkflowSnapshot {
    let mut leads = stage(LEADS, "leads", 10, S::Pending, 1);
    leads.denial_message = Some("Not during the freeze".to_string());
    let board = stage(BOARD, "board", 20, S::Pending, 2);
    WorkflowSnapshot {
        id: 7,
        state: WorkflowState::Pending,
        requester: REQ,
        stages: vec![leads, board],
    }
}

fn approve_ok(wf: &mut WorkflowSnapshot, stage_id: i64, user: UserId) -> Transition {
    let t = decide(wf, stage_id, &approver(user), &APPROVE, None).expect("approval accepted");
    apply(wf, stage_id, user, &t);
    t
}

/// The stages awaiting `user`, who is a member of `group_of(stage)`.
fn pending_for(wf: &WorkflowSnapshot, user: UserId) -> Vec<i64> {
    let leads = [LEAD_A, LEAD_B, LEAD_C];
    let board = [BOARD_A, BOARD_B, BOARD_C];
    wf.ordered_stages()
        .into_iter()
        .filter(|s| {
            let members: &[UserId] = if s.id == LEADS { &leads } else { &board };
            let actor = facts(user, false, members.contains(&user), true, true, true);
            awaits_decision_from(wf, s.id, &actor)
        })
        .map(|s| s.id)
        .collect()
}

#[test]
fn two_stage_walkthrough() {
    let mut wf = two_stage();
    let due = PastDue {
        scheduled_for: Utc
            .with_ymd_and_hms(2030, 1, 1, 1, 0, 0)
            .single()
            .expect("time"),
        confirmed: false,
    };
    assert_eq!(pending_for(&wf, LEAD_A), vec![LEADS]);
    assert_eq!(pending_for(&wf, BOARD_A), Vec::<i64>::new());
    assert_eq!(pending_for(&wf, REQ), Vec::<i64>::new());

    // A lead approves (past-due does not matter yet): leads done, board active.
    let t = decide(&wf, LEADS, &approver(LEAD_A), &APPROVE, Some(&due)).expect("lead");
    assert_eq!(
        (t.stage_state, t.workflow_state),
        (S::Approved, WorkflowState::Pending)
    );
    assert_eq!(t.next_active_stage, Some(BOARD));
    apply(&mut wf, LEADS, LEAD_A, &t);
    assert_eq!(pending_for(&wf, LEAD_B), Vec::<i64>::new());
    assert_eq!(pending_for(&wf, BOARD_A), vec![BOARD]);

    // Leads is decided now; another lead is refused.
    let err = decide(&wf, LEADS, &approver(LEAD_B), &APPROVE, None).unwrap_err();
    assert!(
        err.message()
            .contains("stage 'leads' is already approved; the active stage is 'board'")
    );

    // Board member A approves: 1 of 2.
    let t = approve_ok(&mut wf, BOARD, BOARD_A);
    assert_eq!(
        (t.stage_state, t.workflow_state),
        (S::Pending, WorkflowState::Pending)
    );
    assert_eq!(pending_for(&wf, BOARD_A), Vec::<i64>::new());
    assert_eq!(pending_for(&wf, BOARD_B), vec![BOARD]);

    // Board member B would complete it, but the start time passed: confirm first.
    let err = decide(&wf, BOARD, &approver(BOARD_B), &APPROVE, Some(&due)).unwrap_err();
    assert_eq!(err.exit_code(), 5);
    assert_eq!(
        err,
        Refusal::ConfirmationRequired {
            scheduled_for: due.scheduled_for,
            message: "This job was scheduled for 2030-01-01T01:00:00Z, which has passed. It will run as soon as it is approved. Approve anyway?".to_string(),
        }
    );
    // A comment meanwhile changes nothing.
    let t = decide(&wf, BOARD, &approver(BOARD_C), &COMMENT, None).expect("comment");
    apply(&mut wf, BOARD, BOARD_C, &t);
    assert_eq!(pending_for(&wf, BOARD_C), vec![BOARD]);

    let confirmed = PastDue {
        confirmed: true,
        ..due
    };
    let t = decide(&wf, BOARD, &approver(BOARD_B), &APPROVE, Some(&confirmed)).expect("final");
    assert_eq!(
        (t.stage_state, t.workflow_state),
        (S::Approved, WorkflowState::Approved)
    );
    assert_eq!(t.schedule_effect, Some(ScheduleEffect::Activate));
    assert_eq!(
        t.schedule_effect.map(ScheduleEffect::scheduled_job_state),
        Some("active")
    );
    assert!(t.completes_workflow);
    assert_eq!(t.next_active_stage, None);
    apply(&mut wf, BOARD, BOARD_B, &t);
    for user in [LEAD_A, LEAD_B, BOARD_A, BOARD_B, BOARD_C, REQ] {
        assert_eq!(pending_for(&wf, user), Vec::<i64>::new());
    }
    assert_eq!(cancel(&wf, &approver(REQ)).unwrap_err().exit_code(), 5);
}

#[test]
fn deny_in_second_stage_cancels_nothing_else_and_carries_message() {
    let mut wf = two_stage();
    approve_ok(&mut wf, LEADS, LEAD_A);
    approve_ok(&mut wf, BOARD, BOARD_A);
    let t = decide(&wf, BOARD, &approver(BOARD_B), &DENY, None).expect("deny");
    assert_eq!(t.canceled_stages, Vec::<i64>::new());
    assert_eq!(t.denial_message.as_deref(), Some("board says no"));
    assert_eq!(
        t.schedule_effect.map(ScheduleEffect::scheduled_job_state),
        Some("denied")
    );
}

#[path = "workflow_rules_tests.rs"]
mod rules;
