//! More approval tests (child of `workflow_tests`): refusal precedence, permissions,
//! comments, cancel, an exhaustive exploration of small workflows, and the string enums.

use super::*;

// ---------------------------------------------------------------------------------------
// Precedence, permissions, comments, cancel
// ---------------------------------------------------------------------------------------

#[test]
fn refusal_precedence() {
    let decided = fixture(WorkflowState::Denied);
    let outsider = facts(OUTSIDER, false, false, false, false, false);
    let blank = Action::Comment { text: "  " };
    let blank_approve = Action::Approve { comment: Some("") };
    let due = PastDue {
        scheduled_for: Utc::now(),
        confirmed: false,
    };
    // Invalid beats unknown stage, who and state.
    assert_eq!(
        refusal_code(&decide(&decided, 999, &outsider, &blank, None).unwrap_err()),
        'I'
    );
    assert_eq!(
        refusal_code(&decide(&decided, 999, &outsider, &blank_approve, None).unwrap_err()),
        'I'
    );
    // Unknown stage beats who and state.
    let err = decide(&decided, 999, &outsider, &APPROVE, None).unwrap_err();
    assert_eq!(
        (refusal_code(&err), err.exit_code(), err.kind()),
        ('N', 4, "not_found")
    );
    // Who beats state.
    assert_eq!(
        refusal_code(&decide(&decided, ACTIVE, &outsider, &APPROVE, None).unwrap_err()),
        'P'
    );
    assert_eq!(
        refusal_code(&decide(&decided, ACTIVE, &outsider, &COMMENT, None).unwrap_err()),
        'P'
    );
    assert_eq!(refusal_code(&cancel(&decided, &outsider).unwrap_err()), 'P');
    // State beats confirmation.
    let mut wf = two_stage();
    approve_ok(&mut wf, LEADS, LEAD_A);
    approve_ok(&mut wf, BOARD, BOARD_A);
    assert_eq!(
        refusal_code(&decide(&wf, BOARD, &approver(BOARD_A), &APPROVE, Some(&due)).unwrap_err()),
        'C'
    );
    // Who beats confirmation.
    assert_eq!(
        refusal_code(&decide(&wf, BOARD, &approver(REQ), &APPROVE, Some(&due)).unwrap_err()),
        'P'
    );
    assert_eq!(
        refusal_code(&decide(&wf, BOARD, &approver(BOARD_B), &APPROVE, Some(&due)).unwrap_err()),
        'Q'
    );
    // Past due never asks on a deny.
    assert!(decide(&wf, BOARD, &approver(BOARD_B), &DENY, Some(&due)).is_ok());
}

#[test]
fn each_missing_permission_refuses_a_decision() {
    let wf = two_stage();
    let cases = [
        (
            facts(LEAD_A, false, true, false, true, true),
            "extras.view_approvalworkflowstage",
        ),
        (
            facts(LEAD_A, false, true, true, false, true),
            "extras.change_approvalworkflowstage",
        ),
        (
            facts(LEAD_A, false, true, true, true, false),
            "extras.change_scheduledjob",
        ),
    ];
    for (actor, perm) in cases {
        for action in [APPROVE, DENY] {
            let err = decide(&wf, LEADS, &actor, &action, None).unwrap_err();
            assert_eq!(err.exit_code(), 3);
            assert!(err.message().contains(perm), "{err}");
        }
    }
    let admin = facts(LEAD_A, true, false, false, false, false);
    let err = decide(&wf, LEADS, &admin, &APPROVE, None).unwrap_err();
    assert!(
        err.message()
            .contains("not a member of its approver group 'leads-group'"),
        "{err}"
    );
    assert!(
        err.message()
            .contains("admin status does not replace group membership"),
        "{err}"
    );
    // Comments need only change_stage: no view, no job permission, no group.
    let commenter = facts(LEAD_A, false, false, false, true, false);
    assert!(decide(&wf, BOARD, &commenter, &COMMENT, None).is_ok());
    let viewer = facts(LEAD_A, false, true, true, false, true);
    let err = decide(&wf, LEADS, &viewer, &COMMENT, None).unwrap_err();
    assert!(
        err.message()
            .contains("extras.change_approvalworkflowstage"),
        "{err}"
    );
}

#[test]
fn comments_must_have_text() {
    let wf = two_stage();
    for text in ["", " ", "\n\t"] {
        for action in [
            Action::Comment { text },
            Action::Approve {
                comment: Some(text),
            },
            Action::Deny {
                comment: Some(text),
            },
        ] {
            let err = decide(&wf, LEADS, &approver(LEAD_A), &action, None).unwrap_err();
            assert_eq!((err.exit_code(), err.kind()), (2, "invalid"));
        }
        assert!(validate_comment(text).is_err());
    }
    let with_comment = Action::Approve {
        comment: Some("ship it"),
    };
    assert!(decide(&wf, LEADS, &approver(LEAD_A), &with_comment, None).is_ok());
}

#[test]
fn cancel_rules() {
    let wf = two_stage();
    let err = cancel(&wf, &approver(LEAD_A)).unwrap_err();
    assert_eq!(err.exit_code(), 3);
    assert!(err.message().contains("only the requester"), "{err}");
    let c = cancel(&wf, &facts(99, true, false, false, false, false)).expect("admin cancels");
    assert_eq!(c.canceled_stages, vec![LEADS, BOARD]);
    assert_eq!(c.schedule_effect.scheduled_job_state(), "canceled");
    let mut wf2 = wf.clone();
    apply_cancel(&mut wf2, &c);
    let err = decide(&wf2, LEADS, &approver(LEAD_A), &APPROVE, None).unwrap_err();
    assert!(err.message().contains("workflow 7 was canceled"), "{err}");
    let err = cancel(&wf2, &approver(REQ)).unwrap_err();
    assert!(
        err.message()
            .contains("only a pending workflow can be canceled"),
        "{err}"
    );
    // An empty workflow (no stages) can still be canceled.
    let empty = WorkflowSnapshot {
        stages: Vec::new(),
        ..two_stage()
    };
    assert_eq!(
        cancel(&empty, &approver(REQ)).map(|c| c.canceled_stages),
        Ok(vec![])
    );
    assert_eq!(
        refusal_code(&decide(&empty, LEADS, &approver(LEAD_A), &APPROVE, None).unwrap_err()),
        'N'
    );
}

// ---------------------------------------------------------------------------------------
// Exhaustive exploration of small workflows
// ---------------------------------------------------------------------------------------

/// Explores every reachable snapshot of a 2-stage workflow (3 approvers + requester + an
/// admin outside the groups) and checks the invariants on every accepted transition.
fn explore(mins: (u32, u32), past_due: Option<&PastDue>) -> usize {
    let mut start = two_stage();
    start.stages[0].min_approvers = mins.0;
    start.stages[1].min_approvers = mins.1;
    let users = [REQ, BOARD_A, BOARD_B, BOARD_C];
    let admin = facts(99, true, false, true, true, true);
    let mut seen: HashSet<String> = HashSet::new();
    let mut queue = VecDeque::from([start]);
    while let Some(wf) = queue.pop_front() {
        if !seen.insert(format!("{wf:?}")) {
            continue;
        }
        check_invariants(&wf);
        let actors = users.iter().map(|&u| approver(u)).chain([admin]);
        for actor in actors {
            for stage_id in [LEADS, BOARD] {
                for action in [APPROVE, DENY, COMMENT] {
                    let Ok(t) = decide(&wf, stage_id, &actor, &action, past_due) else {
                        continue;
                    };
                    if t.response != ResponseKind::Comment {
                        assert_ne!(actor.user, wf.requester, "four eyes: {action:?}");
                    }
                    if wf.state.is_decided() {
                        assert_eq!(t.response, ResponseKind::Comment);
                        assert_eq!(t.workflow_state, wf.state);
                    }
                    assert_eq!(
                        t.schedule_effect == Some(ScheduleEffect::Activate),
                        t.workflow_state == WorkflowState::Approved && !wf.state.is_decided()
                    );
                    if past_due.is_some_and(|d| !d.confirmed) {
                        assert_ne!(t.workflow_state, WorkflowState::Approved);
                    }
                    let mut next = wf.clone();
                    apply(&mut next, stage_id, actor.user, &t);
                    queue.push_back(next);
                }
            }
            if let Ok(c) = cancel(&wf, &actor) {
                assert_eq!(wf.state, WorkflowState::Pending);
                let mut next = wf.clone();
                apply_cancel(&mut next, &c);
                queue.push_back(next);
            }
        }
    }
    seen.len()
}

fn check_invariants(wf: &WorkflowSnapshot) {
    let stages = wf.ordered_stages();
    for (i, s) in stages.iter().enumerate() {
        let mut deciders: Vec<UserId> = s.decisions.iter().map(|(u, _)| *u).collect();
        let total = deciders.len();
        deciders.sort_unstable();
        deciders.dedup();
        assert_eq!(
            deciders.len(),
            total,
            "one decision per user per stage: {wf:?}"
        );
        assert!(!deciders.contains(&wf.requester), "four eyes: {wf:?}");
        if s.state == S::Approved {
            assert!(
                stages[..i].iter().all(|e| e.state == S::Approved),
                "order: {wf:?}"
            );
            let approvals = s.distinct_approvers(wf.requester).len() as u32;
            assert!(approvals >= s.min_approvers.max(1), "count: {wf:?}");
        }
        if s.state == S::Denied {
            assert_eq!(wf.state, WorkflowState::Denied, "deny is final: {wf:?}");
        }
    }
    let all_approved = stages.iter().all(|s| s.state == S::Approved);
    assert_eq!(wf.state == WorkflowState::Approved, all_approved, "{wf:?}");
    if wf.state == WorkflowState::Pending {
        assert!(
            wf.active_stage().is_some(),
            "a pending workflow can progress: {wf:?}"
        );
    }
}

#[test]
fn exhaustive_small_workflows_keep_every_invariant() {
    for mins in [(1, 2), (0, 0), (2, 3), (3, 1)] {
        let states = explore(mins, None);
        assert!(states > 10, "{mins:?}: {states}");
    }
    let due = PastDue {
        scheduled_for: Utc::now(),
        confirmed: false,
    };
    explore((1, 2), Some(&due));
}

// ---------------------------------------------------------------------------------------
// Helpers: enums, stage validation, definition matching
// ---------------------------------------------------------------------------------------

#[test]
fn enums_round_trip_and_serialize_lowercase() {
    for s in WorkflowState::ALL {
        assert_eq!(s.as_str().parse(), Ok(*s));
        assert_eq!(serde_json::to_string(s).expect("json"), format!("\"{s}\""));
    }
    for s in StageState::ALL {
        assert_eq!(s.as_str().parse(), Ok(*s));
        assert_eq!(serde_json::to_string(s).expect("json"), format!("\"{s}\""));
    }
    for r in ResponseKind::ALL {
        assert_eq!(r.as_str().parse(), Ok(*r));
        assert_eq!(serde_json::to_string(r).expect("json"), format!("\"{r}\""));
    }
    assert_eq!("Approved".parse(), Ok(StageState::Approved));
    assert_eq!(ResponseKind::Comment.as_str(), "comment");
    let err = "done".parse::<WorkflowState>().unwrap_err();
    assert!(err.contains("pending, approved, denied, canceled"), "{err}");
    assert_eq!(
        serde_json::to_string(&ScheduleEffect::Activate).expect("json"),
        "\"activate\""
    );
}

#[test]
fn a_changed_job_definition_voids_pending_and_approved_workflows_only() {
    assert!(holds_job_definition(WorkflowState::Pending, false));
    assert!(holds_job_definition(WorkflowState::Approved, true));
    assert!(!holds_job_definition(WorkflowState::Approved, false));
    assert!(!holds_job_definition(WorkflowState::Denied, true));
    assert!(!holds_job_definition(WorkflowState::Canceled, true));
    let admin = facts(ADMIN_OUT, true, false, false, false, false);
    let pending = fixture(WorkflowState::Pending);
    let t = void_for_changed_job(&pending, &admin).expect("pending");
    assert_eq!(t.workflow_state, WorkflowState::Canceled);
    assert_eq!(t.canceled_stages, vec![ACTIVE, LATER]);
    assert_eq!(t.schedule_effect, ScheduleEffect::Cancel);
    let approved = fixture(WorkflowState::Approved);
    let t = void_for_changed_job(&approved, &admin).expect("approved");
    assert!(
        t.canceled_stages.is_empty(),
        "approved stages keep their history"
    );
    for state in [WorkflowState::Denied, WorkflowState::Canceled] {
        let err = void_for_changed_job(&fixture(state), &admin).unwrap_err();
        assert_eq!(err.exit_code(), 5);
    }
    let err = void_for_changed_job(&pending, &approver(APPROVER)).unwrap_err();
    assert_eq!(err.exit_code(), 3);
}
