//! Approvals through the binary (spec §5): a two-stage workflow walked by several users,
//! every refusal with its exit code, comments, deny, cancel, past-due, and the audit log.

use serde_json::Value;

use crate::harness::{Run, World};

/// No stages.
const NONE: [i64; 0] = [];

const APPROVER_PERMS: [&str; 3] = [
    "extras.view_approvalworkflowstage",
    "extras.change_approvalworkflowstage",
    "extras.change_scheduledjob",
];

/// alice requests; leads = bob, carol (1 of them); board = carol, dave, erin (2 of them);
/// frank holds the approver permissions but is in no group. Workflow `release` applies to
/// `deploy-*` jobs. The clock is 2030-01-01T00:00:00Z.
fn world() -> World {
    let w = World::new();
    w.users(&["alice", "bob", "carol", "dave", "erin", "frank"]);
    w.group("leads", &["bob", "carol"]);
    w.group("board", &["carol", "dave", "erin"]);
    w.group("approvers", &["bob", "carol", "dave", "erin", "frank"]);
    w.grant("group:approvers", &APPROVER_PERMS);
    w.grant(
        "user:alice",
        &["extras.run_job", "extras.view_scheduledjob"],
    );
    w.job("deploy-web", "echo deployed");
    w.run(&["workflows", "add", "release", "--job", "deploy-*"])
        .ok();
    add_stage(&w, "release", "leads", "1", "1", "leads", None);
    add_stage(
        &w,
        "release",
        "board",
        "2",
        "2",
        "board",
        Some("talk to the board first"),
    );
    w
}

fn add_stage(
    w: &World,
    wf: &str,
    name: &str,
    seq: &str,
    min: &str,
    group: &str,
    denial: Option<&str>,
) -> Run {
    let mut args = vec![
        "workflows",
        "add-stage",
        wf,
        "--name",
        name,
        "--sequence",
        seq,
        "--min-approvers",
        min,
        "--group",
        group,
    ];
    if let Some(d) = denial {
        args.extend(["--denial-message", d]);
    }
    w.run(&args).ok()
}

/// alice schedules `deploy-web` once at `start` (UTC): returns the scheduled job's JSON.
fn request_future(w: &World, name: &str, start: &str) -> Value {
    w.json_as(
        "alice",
        &[
            "schedule",
            "deploy-web",
            "--interval",
            "future",
            "--name",
            name,
            "--start-time",
            start,
        ],
    )
}

/// Stage ids of a scheduled job's workflow, in sequence order.
fn stage_ids(schedule: &Value) -> Vec<String> {
    schedule["approval_workflow"]["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].to_string())
        .collect()
}

/// The stage ids `user` sees in `approvals pending`.
fn pending(w: &World, user: &str) -> Vec<i64> {
    ids(&w.json_as(user, &["approvals", "pending"]))
}

fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_i64().unwrap())
        .collect()
}

fn schedule_state(w: &World, id: &str) -> String {
    w.json(&["schedules", "show", id])["state"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_database_failure_while_deciding_is_internal_not_a_conflict() {
    let w = world();
    let s = request_future(&w, "once", "2030-01-01T01:00:00Z");
    let leads = &stage_ids(&s)[0];
    // Any write to the stages now fails inside SQLite.
    w.sql("CREATE TRIGGER no_stage_updates BEFORE UPDATE ON stages BEGIN SELECT RAISE(FAIL, 'disk on fire'); END");
    let r = w.as_user("bob", &["approve", leads, "--json"]).code(1);
    assert_eq!(r.error_kind(), "internal");
    assert!(r.stderr.contains("disk on fire"), "{}", r.stderr);
    // Nothing was recorded: the transaction rolled back.
    assert_eq!(w.sql("SELECT COUNT(*) FROM responses"), "0");
    assert_eq!(
        w.sql("SELECT COUNT(*) FROM audit WHERE action = 'stage.approve'"),
        "0"
    );
}

#[test]
fn two_stage_walkthrough_with_pending_lists_per_user() {
    let mut w = world();
    let s = request_future(&w, "once", "2030-01-01T01:00:00Z");
    assert_eq!(s["state"], "pending");
    assert_eq!(s["approval_required"], true);
    let wf = &s["approval_workflow"];
    assert_eq!(wf["id"], 1);
    assert_eq!(wf["state"], "pending");
    assert_eq!(wf["definition"], "release");
    assert_eq!(wf["requester"], "alice");
    let stages = stage_ids(&s);
    let (leads, board) = (&stages[0], &stages[1]);
    let (l, b): (i64, i64) = (leads.parse().unwrap(), board.parse().unwrap());
    assert_eq!(wf["stages"][0]["is_active"], true);
    assert_eq!(wf["stages"][1]["is_active"], false);
    assert_eq!(wf["stages"][1]["min_approvers"], 2);
    assert_eq!(wf["stages"][1]["scheduled_job"]["id"], s["id"]);

    // Before anything: only the leads see the first stage; the board waits its turn.
    for (user, want) in [
        ("alice", vec![]),
        ("bob", vec![l]),
        ("carol", vec![l]),
        ("dave", vec![]),
        ("erin", vec![]),
        ("frank", vec![]),
        ("root", vec![]),
    ] {
        assert_eq!(pending(&w, user), want, "pending for {user} at the start");
    }

    // bob approves the leads stage (1 of N): it is approved, the board stage becomes active.
    let v = w.json_as("bob", &["approve", leads, "--comment", "lgtm"]);
    assert_eq!(v["state"], "approved");
    assert_eq!(v["approvals"], 1);
    assert_eq!(v["responses"][0]["user"], "bob");
    assert_eq!(v["responses"][0]["state"], "approved");
    assert_eq!(v["responses"][0]["comment"], "lgtm");
    assert_eq!(v["decision_date"], "2030-01-01T00:00:00Z");
    for (user, want) in [
        ("alice", vec![]),
        ("bob", vec![]),
        ("carol", vec![b]),
        ("dave", vec![b]),
        ("erin", vec![b]),
    ] {
        assert_eq!(
            pending(&w, user),
            want,
            "pending for {user} after the leads"
        );
    }
    assert_eq!(ids(&w.json_as("bob", &["approvals", "done"])), vec![l]);
    assert_eq!(ids(&w.json_as("carol", &["approvals", "done"])), NONE);

    // carol approves the board stage: 1 of 2, still pending.
    let v = w.json_as("carol", &["approve", board]);
    assert_eq!(
        (v["state"].as_str(), v["approvals"].as_i64()),
        (Some("pending"), Some(1))
    );
    assert_eq!(v["is_active"], true);
    assert_eq!(schedule_state(&w, "1"), "pending");
    assert_eq!(pending(&w, "carol"), NONE);
    assert_eq!(pending(&w, "dave"), vec![b]);
    assert_eq!(pending(&w, "erin"), vec![b]);
    assert_eq!(ids(&w.json_as("carol", &["approvals", "done"])), vec![b]);

    // Nothing runs while the workflow is pending, even when due.
    w.at("2030-01-01T01:00:00Z");
    w.run(&["run-due"]).ok();
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
    w.at("2030-01-01T00:30:00Z");

    // dave's approval is the second of the board: stage and workflow approved, job active.
    let r = w.as_user("dave", &["approve", board]).ok();
    assert!(r.stdout.contains("approved"), "{}", r.stdout);
    for user in ["alice", "bob", "carol", "dave", "erin", "frank"] {
        assert_eq!(pending(&w, user), NONE, "pending for {user} at the end");
    }
    let s = w.json(&["schedules", "show", "1"]);
    assert_eq!(s["state"], "active");
    assert_eq!(s["approval_workflow"]["state"], "approved");
    assert_eq!(
        s["approval_workflow"]["decision_date"],
        "2030-01-01T00:30:00Z"
    );
    assert_eq!(s["approval_workflow"]["stages"][1]["approvals"], 2);
    assert_eq!(ids(&w.json_as("dave", &["approvals", "done"])), vec![b]);
    assert_eq!(ids(&w.json_as("erin", &["approvals", "done"])), NONE);

    // The dashboards.
    assert_eq!(ids(&w.json(&["approvals", "list"])), vec![l, b]);
    assert_eq!(
        ids(&w.json(&["approvals", "list", "--state", "approved"])),
        vec![l, b]
    );
    assert_eq!(
        ids(&w.json(&["approvals", "list", "--state", "pending"])),
        NONE
    );
    w.run(&["approvals", "list", "--state", "bogus"])
        .code(2)
        .stderr_has("stage state");
    let req = w.json_as("alice", &["approvals", "requests"]);
    assert_eq!(req.as_array().unwrap().len(), 1);
    assert_eq!(req[0]["state"], "approved");
    assert_eq!(req[0]["stages"].as_array().unwrap().len(), 2);
    assert_eq!(
        w.json_as("bob", &["approvals", "requests"]),
        Value::Array(vec![])
    );
    let shown = w.json_as("alice", &["approvals", "show", board]);
    let who: Vec<&str> = shown["responses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["user"].as_str().unwrap())
        .collect();
    assert_eq!(who, ["carol", "dave"]);
    w.as_user("alice", &["approvals", "show", board])
        .ok()
        .stdout_has("2 of 2 from group board");

    // Approved: it runs at its time, once.
    w.at("2030-01-01T01:00:00Z");
    w.run(&["run-due"]).ok();
    w.run(&["run-due"]).ok();
    assert_eq!(
        w.sql("SELECT status FROM results WHERE scheduled_job_id = 1"),
        "success"
    );
    assert_eq!(schedule_state(&w, "1"), "completed");
}

fn results_of(w: &World, schedule: &str) -> Vec<Value> {
    w.json(&["results", "list", "--schedule", schedule])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn the_requester_is_told_who_must_approve_next() {
    let w = world();
    let r = w
        .as_user(
            "alice",
            &[
                "schedule",
                "deploy-web",
                "--interval",
                "future",
                "--name",
                "once",
                "--start-time",
                "2030-01-01T01:00:00Z",
            ],
        )
        .ok();
    assert!(
        r.stdout
            .contains("approval required (workflow 1 \"release\")"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains(
            "next: stage 1 \"leads\" needs 1 more approval from group leads (bob, carol): jobctl approve 1"
        ),
        "{}",
        r.stdout
    );
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
    // Each decision tells what comes next.
    w.as_user("bob", &["approve", "1"]).ok().stdout_has(
        "next: stage 2 \"board\" needs 2 more approvals from group board (carol, dave, erin): jobctl approve 2",
    );
    w.as_user("dave", &["approve", "2"])
        .ok()
        .stdout_has("needs 1 more approval from group board (carol, erin)");
    w.as_user("erin", &["approve", "2"])
        .ok()
        .stdout_has("workflow 1 is approved: the job runs when due");
}

#[test]
fn a_stage_group_with_too_few_eligible_members_is_warned_about() {
    let w = world();
    // carol requests: the board has dave and erin besides her, 2 of 2 needed: no warning.
    w.grant("user:carol", &["extras.run_job"]);
    let args = |name: &'static str| {
        vec![
            "schedule",
            "deploy-web",
            "--interval",
            "future",
            "--name",
            name,
            "--start-time",
            "2030-01-01T01:00:00Z",
        ]
    };
    let r = w.as_user("carol", &args("by-carol")).ok();
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
    // The board needs 3 now (a new definition wins by weight): without carol, 2 remain.
    w.run(&["workflows", "add", "strict", "--job", "deploy-*"])
        .ok();
    add_stage(&w, "strict", "board", "1", "3", "board", None);
    let r = w.as_user("carol", &args("strict-by-carol")).ok();
    assert!(
        r.stderr.contains(
            "warning: stage board needs 3 approver(s) from group board, which has only 2 member(s) besides you"
        ),
        "{}",
        r.stderr
    );
    // alice is not in the board: 3 eligible, no warning. The request is stored either way.
    let r = w.as_user("alice", &args("strict-by-alice")).ok();
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
    assert_eq!(
        w.sql("SELECT COUNT(*) FROM workflows WHERE state = 'pending'"),
        "3"
    );
}

#[test]
fn every_refusal_has_its_exit_code_and_says_why() {
    let w = world();
    // p-view, p-change, p-sched are leads who each lack one of the three permissions.
    w.users(&["p-view", "p-change", "p-sched"]);
    for (user, lacks) in [
        ("p-view", "extras.view_approvalworkflowstage"),
        ("p-change", "extras.change_approvalworkflowstage"),
        ("p-sched", "extras.change_scheduledjob"),
    ] {
        w.run(&["groups", "add-member", "leads", user]).ok();
        let others: Vec<&str> = APPROVER_PERMS
            .iter()
            .copied()
            .filter(|p| *p != lacks)
            .collect();
        w.grant(&format!("user:{user}"), &others);
    }
    let s = request_future(&w, "once", "2030-01-01T01:00:00Z");
    let stages = stage_ids(&s);
    let (leads, board) = (stages[0].as_str(), stages[1].as_str());

    // 3: the requester never decides on their own request.
    for verb in ["approve", "deny"] {
        w.as_user("alice", &[verb, leads])
            .code(3)
            .stderr_has("approval must come from another user");
    }
    // 3: not in the approver group, even for an admin.
    w.as_user("frank", &["approve", leads])
        .code(3)
        .stderr_has("you are not a member of its approver group 'leads'");
    w.run(&["deny", leads])
        .code(3)
        .stderr_has("admin status does not replace group membership");
    // 3: each missing permission, named.
    for (user, lacks) in [
        ("p-view", "extras.view_approvalworkflowstage"),
        ("p-change", "extras.change_approvalworkflowstage"),
        ("p-sched", "extras.change_scheduledjob"),
    ] {
        let r = w.as_user(user, &["approve", leads, "--json"]).code(3);
        assert_eq!(r.error_kind(), "permission_denied");
        assert!(r.stderr.contains(lacks), "{user}: {}", r.stderr);
        w.as_user(user, &["deny", leads]).code(3).stderr_has(lacks);
    }
    // 5: a later stage before an earlier one.
    w.as_user("dave", &["approve", board])
        .code(5)
        .stderr_has("stage 'board' is not the active stage yet; the active stage is 'leads'");
    w.as_user("dave", &["deny", board]).code(5);
    // 4: unknown stage or workflow.
    let r = w.as_user("bob", &["approve", "999", "--json"]).code(4);
    assert_eq!(r.error_kind(), "not_found");
    w.as_user("bob", &["deny", "999"])
        .code(4)
        .stderr_has("no such stage: 999");
    w.as_user("bob", &["comment", "999", "--comment", "hi"])
        .code(4);
    w.as_user("bob", &["approvals", "show", "999"]).code(4);
    w.as_user("alice", &["approvals", "cancel", "999"])
        .code(4)
        .stderr_has("no such workflow: 999");
    // 2: an empty comment, on every command that takes one.
    for args in [
        vec!["comment", leads, "--comment", ""],
        vec!["comment", leads, "--comment", "   "],
        vec!["approve", leads, "--comment", ""],
        vec!["deny", leads, "--comment", " "],
    ] {
        let mut a = args.clone();
        a.push("--json");
        let r = w.as_user("bob", &a).code(2);
        assert_eq!(r.error_kind(), "invalid", "{args:?}");
        assert!(r.stderr.contains("the comment is empty"), "{}", r.stderr);
    }
    w.as_user("alice", &["approvals", "cancel", "1", "--comment", ""])
        .code(2);
    // None of those refusals changed anything.
    assert_eq!(w.sql("SELECT COUNT(*) FROM responses"), "0");
    assert_eq!(w.sql("SELECT state FROM workflows"), "pending");

    // 5: a second decision by the same user on a stage.
    w.as_user("bob", &["approve", leads]).ok();
    w.as_user("carol", &["approve", board]).ok();
    for verb in ["approve", "deny"] {
        w.as_user("carol", &[verb, board])
            .code(5)
            .stderr_has("you already approved stage 'board'; each user decides a stage only once");
    }
    // 5: an already approved stage (carol is a lead too).
    w.as_user("carol", &["approve", leads])
        .code(5)
        .stderr_has("stage 'leads' is already approved");
    // 5: a decided workflow accepts no decisions.
    w.as_user("dave", &["approve", board]).ok();
    let r = w.as_user("erin", &["approve", board, "--json"]).code(5);
    assert_eq!(r.error_kind(), "conflict");
    w.as_user("erin", &["deny", board])
        .code(5)
        .stderr_has("workflow 1 is already approved; it accepts no more decisions");
    w.as_user("alice", &["approvals", "cancel", "1"])
        .code(5)
        .stderr_has("only a pending workflow can be canceled");

    // Precedence: invalid (2) > unknown (4) > who (3) > state (5).
    w.as_user("frank", &["approve", "999", "--comment", ""])
        .code(2);
    w.as_user("frank", &["approve", "999"]).code(4);
    w.as_user("alice", &["approve", board]) // requester, and decided
        .code(3);
    w.as_user("frank", &["deny", board]).code(3); // not in the group, and decided
    w.as_user("p-view", &["approve", leads]).code(3); // lacks a permission, and decided
    w.as_user("bob", &["approve", leads]).code(5);
    w.as_user("frank", &["approvals", "cancel", "1", "--comment", ""])
        .code(2);
    w.as_user("frank", &["approvals", "cancel", "1"]).code(3); // not the requester, and decided
}

#[test]
fn comments_change_nothing_need_no_group_but_need_the_change_permission() {
    let w = world();
    let s = request_future(&w, "once", "2030-01-01T01:00:00Z");
    let stages = stage_ids(&s);
    let (leads, board) = (stages[0].as_str(), stages[1].as_str());
    // frank is in no approver group: he may still comment, on any stage.
    let v = w.json_as("frank", &["comment", leads, "--comment", "which hosts?"]);
    assert_eq!(v["state"], "pending");
    assert_eq!(v["approvals"], 0);
    assert_eq!(v["responses"][0]["user"], "frank");
    assert_eq!(v["responses"][0]["state"], "comment");
    assert_eq!(v["responses"][0]["comment"], "which hosts?");
    w.json_as(
        "dave",
        &["comment", board, "--comment", "later stage, fine"],
    );
    // The requester comments without deciding — if she holds the permission.
    w.as_user("alice", &["comment", leads, "--comment", "all of them"])
        .code(3)
        .stderr_has("extras.change_approvalworkflowstage");
    w.grant("user:alice", &["extras.change_approvalworkflowstage"]);
    w.as_user("alice", &["comment", leads, "--comment", "all of them"])
        .ok();
    // Nothing changed: same pending lists, nothing done, the stage still needs bob or carol.
    assert_eq!(pending(&w, "bob"), vec![1]);
    assert_eq!(pending(&w, "frank"), NONE);
    assert_eq!(ids(&w.json_as("frank", &["approvals", "done"])), NONE);
    assert_eq!(w.sql("SELECT state FROM workflows"), "pending");
    assert_eq!(schedule_state(&w, "1"), "pending");
    // A comment is not a decision: bob comments, then still approves.
    w.as_user("bob", &["comment", leads, "--comment", "looking"])
        .ok();
    w.as_user("bob", &["approve", leads]).ok();
    // Decided workflows keep taking comments (history), never decisions.
    w.as_user("bob", &["comment", leads, "--comment", "for the record"])
        .ok();
    let shown = w.json(&["approvals", "show", leads]);
    let kinds: Vec<&str> = shown["responses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["state"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["comment", "comment", "comment", "approved", "comment"]
    );
    assert_eq!(shown["approvals"], 1);
}

#[test]
fn deny_is_final_cancels_the_other_stages_and_the_job_never_runs() {
    let mut w = world();
    let s = request_future(&w, "once", "2030-01-01T01:00:00Z");
    let stages = stage_ids(&s);
    let (leads, board) = (stages[0].as_str(), stages[1].as_str());
    w.as_user("bob", &["approve", leads]).ok();
    w.as_user("carol", &["approve", board]).ok();
    // dave denies the board stage: one deny is enough, whatever min_approvers says.
    let r = w
        .as_user(
            "dave",
            &["deny", board, "--comment", "not during the freeze"],
        )
        .ok();
    assert!(
        r.stderr.contains("denied: talk to the board first"),
        "{}",
        r.stderr
    );
    assert!(
        r.stdout.contains(
            "workflow 1 was denied at stage \"board\" (talk to the board first): the job will never run"
        ),
        "{}",
        r.stdout
    );
    let s = w.json(&["schedules", "show", "1"]);
    assert_eq!(s["state"], "denied");
    assert_eq!(s["next_run"], Value::Null);
    let wf = &s["approval_workflow"];
    assert_eq!(wf["state"], "denied");
    assert_eq!(wf["decision_date"], "2030-01-01T00:00:00Z");
    assert_eq!(wf["stages"][0]["state"], "approved");
    assert_eq!(wf["stages"][1]["state"], "denied");
    assert_eq!(wf["stages"][1]["denial_message"], "talk to the board first");
    for user in ["bob", "carol", "dave", "erin"] {
        assert_eq!(pending(&w, user), NONE, "{user}");
    }
    assert_eq!(ids(&w.json_as("dave", &["approvals", "done"])), vec![2]);
    // The requester sees the denial message.
    w.as_user("alice", &["approvals", "requests"])
        .ok()
        .stdout_has("denied at board: talk to the board first");
    w.as_user("alice", &["approvals", "show", board])
        .ok()
        .stdout_has("denial message: talk to the board first")
        .stdout_has("not during the freeze");
    // It stays stored and never runs, long after its time.
    w.at("2030-01-02T00:00:00Z");
    w.run(&["run-due"]).ok();
    assert!(results_of(&w, "1").is_empty());
    assert_eq!(schedule_state(&w, "1"), "denied");
    let listed = w.json(&["schedules", "list", "--state", "denied"]);
    assert_eq!(listed[0]["id"], 1);

    // A deny at the first stage cancels every later stage.
    w.at("2030-01-01T00:00:00Z");
    let s = request_future(&w, "twice", "2030-01-01T01:00:00Z");
    let stages = stage_ids(&s);
    let v = w.json_as("carol", &["deny", &stages[0]]);
    assert_eq!(v["state"], "denied");
    let wf = w.json(&["schedules", "show", &s["id"].to_string()])["approval_workflow"].clone();
    assert_eq!(wf["stages"][1]["state"], "canceled");
    assert_eq!(wf["stages"][1]["decision_date"], "2030-01-01T00:00:00Z");
    w.as_user("dave", &["approve", &stages[1]])
        .code(5)
        .stderr_has("workflow 2 was denied at stage 'leads'");
}

#[test]
fn cancel_is_for_the_requester_or_an_admin_and_only_while_pending() {
    let mut w = world();
    let a = request_future(&w, "a", "2030-01-01T01:00:00Z");
    let b = request_future(&w, "b", "2030-01-01T01:00:00Z");
    let a_stages = stage_ids(&a);
    w.as_user("bob", &["approve", &a_stages[0]]).ok();
    // Approvers, however involved, cannot cancel someone else's request.
    for user in ["bob", "carol", "frank"] {
        w.as_user(user, &["approvals", "cancel", "1"])
            .code(3)
            .stderr_has("only the requester of workflow 1 or an admin can cancel it");
    }
    // The requester cancels, with a comment.
    let v = w.json_as(
        "alice",
        &["approvals", "cancel", "1", "--comment", "wrong host"],
    );
    assert_eq!(v["state"], "canceled");
    assert_eq!(v["decision_date"], "2030-01-01T00:00:00Z");
    assert_eq!(
        v["stages"][0]["state"], "approved",
        "decided stages keep their state"
    );
    assert_eq!(v["stages"][1]["state"], "canceled");
    assert_eq!(v["stages"][1]["responses"][0]["comment"], "wrong host");
    assert_eq!(schedule_state(&w, "1"), "canceled");
    // a's board stage left dave's list; b still waits for the leads.
    assert_eq!(pending(&w, "dave"), NONE);
    assert_eq!(pending(&w, "bob"), vec![3]);
    // Only while pending.
    w.as_user("alice", &["approvals", "cancel", "1"])
        .code(5)
        .stderr_has("workflow 1 was canceled; only a pending workflow can be canceled");
    w.as_user("carol", &["approve", &a_stages[1]])
        .code(5)
        .stderr_has("workflow 1 was canceled");
    // An admin may cancel anyone's request; human output says what it means.
    w.run(&[
        "approvals",
        "cancel",
        &b["approval_workflow"]["id"].to_string(),
    ])
    .ok()
    .stdout_has("canceled workflow 2: scheduled job 2 will never run");
    assert_eq!(schedule_state(&w, "2"), "canceled");
    // Neither ever runs.
    w.at("2030-01-01T02:00:00Z");
    w.run(&["run-due"]).ok();
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
}

/// alice schedules `deploy-web` with `args` after the job name; returns the JSON.
fn request(w: &World, args: &[&str]) -> Value {
    let mut all = vec!["schedule", "deploy-web"];
    all.extend_from_slice(args);
    w.json_as("alice", &all)
}

#[test]
fn past_due_final_approval_needs_yes_without_a_terminal_then_runs_on_the_next_run_due() {
    let mut w = world();
    // 02:00 in Berlin is 01:00Z.
    let s = request(
        &w,
        &[
            "--interval",
            "future",
            "--name",
            "once",
            "--start-time",
            "2030-01-01 02:00",
            "--tz",
            "Europe/Berlin",
        ],
    );
    let stages = stage_ids(&s);
    let (leads, board) = (stages[0].as_str(), stages[1].as_str());
    w.at("2030-01-01T03:00:00Z");
    // Approvals that do not complete the workflow ask nothing, past due or not.
    w.as_user("bob", &["approve", leads]).ok();
    w.as_user("carol", &["approve", board]).ok();
    // The final one asks; there is no terminal (stdin is /dev/null), so: exit 5, naming --yes.
    let r = w.as_user("dave", &["approve", board]).code(5);
    assert!(
        r.stderr.starts_with(
            "error: confirmation required: this job was scheduled for 2030-01-01 02:00:00 +01:00, which has passed"
        ),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("Add --yes to approve it anyway"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("hint: jobctl approve 2 --yes"),
        "{}",
        r.stderr
    );
    let r = w.as_user("dave", &["approve", board, "--json"]).code(5);
    assert_eq!(r.error_kind(), "conflict");
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    // Nothing was recorded.
    let v = w.json(&["approvals", "show", board]);
    assert_eq!(
        (v["state"].as_str(), v["approvals"].as_i64()),
        (Some("pending"), Some(1))
    );
    assert_eq!(pending(&w, "dave"), vec![2]);
    assert_eq!(schedule_state(&w, "1"), "pending");
    assert_eq!(
        w.sql("SELECT COUNT(*) FROM audit WHERE actor = 'dave'"),
        "0"
    );
    // --yes answers it: approved, and the job runs on the next run-due although its start passed.
    let v = w.json_as("dave", &["approve", board, "--yes"]);
    assert_eq!(v["state"], "approved");
    assert_eq!(schedule_state(&w, "1"), "active");
    w.at("2030-01-01T03:01:00Z");
    w.run(&["run-due"]).ok();
    let results = results_of(&w, "1");
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["status"], "success");
    assert_eq!(results[0]["scheduled_for"], "2030-01-01T01:00:00Z");
    assert_eq!(schedule_state(&w, "1"), "completed");
    w.run(&["run-due"]).ok();
    assert_eq!(results_of(&w, "1").len(), 1, "a one-off runs once");
}

#[test]
fn an_immediately_request_waits_for_approval_then_runs_without_a_question() {
    let mut w = world();
    let r = w.as_user("alice", &["run", "deploy-web"]).ok();
    assert!(
        !r.stdout.contains("deployed"),
        "it must not run yet: {}",
        r.stdout
    );
    assert!(
        r.stdout.contains("it will not run until approved"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("next: stage 1 \"leads\""), "{}", r.stdout);
    let s = w.json(&["schedules", "show", "1"]);
    assert_eq!(s["interval"], "immediately");
    assert_eq!(s["state"], "pending");
    assert_eq!(s["approval_workflow"]["state"], "pending");
    w.run(&["run-due"]).ok();
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
    // Approved hours later: the final approval asks nothing (no --yes), and it runs next.
    w.at("2030-01-01T05:00:00Z");
    w.as_user("bob", &["approve", "1"]).ok();
    w.as_user("dave", &["approve", "2"]).ok();
    w.as_user("erin", &["approve", "2"]).ok();
    assert_eq!(schedule_state(&w, "1"), "active");
    w.run(&["run-due"]).ok();
    let results = results_of(&w, "1");
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["status"], "success");
    assert_eq!(results[0]["user"], "alice");
    let out = w.json(&["results", "show", &results[0]["id"].to_string()]);
    assert_eq!(out["output"], "deployed\n");
}

#[test]
fn a_recurring_job_approved_late_starts_at_the_next_occurrence() {
    let mut w = world();
    let s = request(
        &w,
        &[
            "--interval",
            "hourly",
            "--name",
            "hourly",
            "--start-time",
            "2030-01-01T01:00:00Z",
        ],
    );
    assert_eq!(s["next_run"], "2030-01-01T01:00:00Z");
    // Approved at 03:30: no catch-up run for the hours it waited, no past-due question.
    w.at("2030-01-01T03:30:00Z");
    w.as_user("bob", &["approve", "1"]).ok();
    w.as_user("carol", &["approve", "2"]).ok();
    w.as_user("dave", &["approve", "2"]).ok();
    let s = w.json(&["schedules", "show", "1"]);
    assert_eq!(s["state"], "active");
    assert_eq!(s["next_run"], "2030-01-01T04:00:00Z");
    w.run(&["run-due"]).ok();
    assert!(results_of(&w, "1").is_empty());
    w.at("2030-01-01T04:00:00Z");
    w.run(&["run-due"]).ok();
    let results = results_of(&w, "1");
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["scheduled_for"], "2030-01-01T04:00:00Z");
    assert_eq!(results[0]["skipped_occurrences"], 0);
}

#[test]
fn the_audit_log_has_every_request_decision_comment_and_cancel() {
    let mut w = world();
    let a = request_future(&w, "a", "2030-01-01T01:00:00Z");
    let a_stages = stage_ids(&a);
    w.at("2030-01-01T00:05:00Z");
    w.as_user(
        "frank",
        &["comment", &a_stages[0], "--comment", "which hosts?"],
    )
    .ok();
    w.at("2030-01-01T00:10:00Z");
    w.as_user("bob", &["approve", &a_stages[0], "--comment", "lgtm"])
        .ok();
    w.at("2030-01-01T00:15:00Z");
    w.as_user("dave", &["deny", &a_stages[1], "--comment", "freeze"])
        .ok();
    let b = request_future(&w, "b", "2030-01-01T01:00:00Z");
    w.at("2030-01-01T00:20:00Z");
    w.as_user(
        "alice",
        &[
            "approvals",
            "cancel",
            &b["approval_workflow"]["id"].to_string(),
            "--comment",
            "not needed",
        ],
    )
    .ok();
    let log = w.json(&["audit", "list"]);
    let entry = |action: &str, object: &str| -> Value {
        log.as_array()
            .unwrap()
            .iter()
            .find(|e| e["action"] == action && e["object"] == object)
            .unwrap_or_else(|| panic!("no {action} on {object} in {log:#}"))
            .clone()
    };
    let e = entry("approval.request", "workflow:1");
    assert_eq!(
        (e["actor"].as_str(), e["at"].as_str()),
        (Some("alice"), Some("2030-01-01T00:00:00Z"))
    );
    assert_eq!(
        e["os_user"], "root",
        "--user is recorded with the OS account"
    );
    assert_eq!(e["detail"]["definition"], "release");
    assert_eq!(e["detail"]["stages"], serde_json::json!(["leads", "board"]));
    assert_eq!(e["detail"]["schedule"], 1);
    let e = entry("stage.comment", "stage:1");
    assert_eq!(
        (e["actor"].as_str(), e["at"].as_str()),
        (Some("frank"), Some("2030-01-01T00:05:00Z"))
    );
    assert_eq!(e["detail"]["stage"], "leads");
    assert_eq!(e["detail"]["comment"], "which hosts?");
    let e = entry("stage.approve", "stage:1");
    assert_eq!(
        (e["actor"].as_str(), e["at"].as_str()),
        (Some("bob"), Some("2030-01-01T00:10:00Z"))
    );
    assert_eq!(e["detail"]["stage"], "leads");
    assert_eq!(e["detail"]["comment"], "lgtm");
    assert_eq!(e["detail"]["stage_state"], "approved");
    assert_eq!(e["detail"]["workflow"], 1);
    let e = entry("stage.deny", "stage:2");
    assert_eq!(
        (e["actor"].as_str(), e["at"].as_str()),
        (Some("dave"), Some("2030-01-01T00:15:00Z"))
    );
    assert_eq!(e["detail"]["stage"], "board");
    assert_eq!(e["detail"]["comment"], "freeze");
    let e = entry("workflow.denied", "workflow:1");
    assert_eq!(e["actor"], "dave");
    assert_eq!(e["detail"]["stage"], "board");
    let e = entry("workflow.cancel", "workflow:2");
    assert_eq!(
        (e["actor"].as_str(), e["at"].as_str()),
        (Some("alice"), Some("2030-01-01T00:20:00Z"))
    );
    assert_eq!(e["detail"]["comment"], "not needed");
    assert_eq!(e["detail"]["canceled_stages"], serde_json::json!([3, 4]));
    // Refusals leave no entry; the log is never edited.
    w.as_user("alice", &["approve", &a_stages[0]]).code(3);
    assert_eq!(
        w.sql("SELECT COUNT(*) FROM audit WHERE actor = 'alice' AND action LIKE 'stage.%'"),
        "0"
    );
}

#[test]
fn approval_tables_show_times_in_the_schedules_zone() {
    let mut w = world();
    request(
        &w,
        &[
            "--interval",
            "future",
            "--name",
            "ny",
            "--start-time",
            "2030-01-01 09:30",
            "--tz",
            "America/New_York",
        ],
    );
    w.at("2030-01-01T01:00:00Z");
    w.as_user("bob", &["approve", "1", "--comment", "ok"]).ok();
    let table = w.as_user("carol", &["approvals", "pending"]).ok().stdout;
    assert!(table.contains("2030-01-01 09:30:00 -05:00"), "{table}");
    let table = w.run(&["approvals", "list"]).ok().stdout;
    assert!(table.contains("2030-01-01 09:30:00 -05:00"), "{table}");
    let shown = w.run(&["approvals", "show", "1"]).ok().stdout;
    // Decided at 01:00Z = 20:00 the evening before in New York.
    assert!(
        shown.contains("decided    2029-12-31 20:00:00 -05:00"),
        "{shown}"
    );
    assert!(shown.contains("2029-12-31 20:00:00 -05:00  bob"), "{shown}");
    // JSON stays in UTC.
    let v = w.json(&["approvals", "show", "1"]);
    assert_eq!(v["decision_date"], "2030-01-01T01:00:00Z");
    assert_eq!(v["scheduled_job"]["start_time"], "2030-01-01T14:30:00Z");
}

// ---------------------------------------------------------------------------------------
// Faults reported against the systems we replace: each one pinned by name.
// ---------------------------------------------------------------------------------------

#[test]
fn fault_the_requester_approved_their_own_job() {
    let w = world();
    // root is an admin, a lead, and holds every permission: the four-eyes rule still holds.
    w.run(&["groups", "add-member", "leads", "root"]).ok();
    w.run(&["run", "deploy-web"]).ok();
    assert_eq!(
        pending(&w, "root"),
        NONE,
        "one's own request is never pending for oneself"
    );
    w.run(&["approve", "1", "--yes"])
        .code(3)
        .stderr_has("approval must come from another user");
    w.run(&["deny", "1"])
        .code(3)
        .stderr_has("approval must come from another user");
    assert_eq!(w.sql("SELECT COUNT(*) FROM responses"), "0");
    // Nor by acting as another lead: the OS account running the command requested it
    // (another OS account acting as bob may; see approval_integrity.rs).
    w.as_user("bob", &["approve", "1"])
        .code(3)
        .stderr_has("approval must come from another user");
}

#[test]
fn fault_a_denied_job_ran_anyway_because_decided_was_read_as_approved() {
    let mut w = world();
    request_future(&w, "once", "2030-01-01T01:00:00Z");
    w.as_user("bob", &["deny", "1"]).ok();
    // Even if the scheduled job's own state were made runnable (a bug elsewhere, a hand
    // edit, `schedules enable`), run-due checks the workflow itself.
    w.run(&["schedules", "disable", "1"]).ok();
    w.run(&["schedules", "enable", "1"]).ok();
    w.sql("UPDATE scheduled_jobs SET state = 'active', enabled = 1 WHERE id = 1");
    w.at("2030-01-01T02:00:00Z");
    w.run(&["run-due"]).ok();
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
    assert_eq!(w.sql("SELECT state FROM workflows WHERE id = 1"), "denied");
}

#[test]
fn fault_a_job_approved_after_its_start_time_sat_stuck_forever() {
    let mut w = world();
    request_future(&w, "once", "2030-01-01T01:00:00Z");
    w.at("2030-01-01T09:00:00Z");
    w.as_user("bob", &["approve", "1"]).ok();
    w.as_user("carol", &["approve", "2"]).ok();
    w.as_user("dave", &["approve", "2", "--yes"]).ok();
    let s = w.json(&["schedules", "show", "1"]);
    assert_eq!(s["state"], "active");
    assert_eq!(s["next_run"], "2030-01-01T01:00:00Z", "due at once");
    w.run(&["run-due"]).ok();
    assert_eq!(
        w.sql("SELECT status || ' ' || scheduled_for FROM results"),
        format!("success {}", 1_893_459_600) // 2030-01-01T01:00:00Z
    );
}

#[test]
fn fault_an_approval_could_be_given_on_a_later_stage_before_an_earlier_one() {
    let w = world();
    request_future(&w, "once", "2030-01-01T01:00:00Z");
    // carol is in both groups; dave only in the board: neither may act on the board first.
    for user in ["carol", "dave"] {
        for verb in ["approve", "deny"] {
            w.as_user(user, &[verb, "2"])
                .code(5)
                .stderr_has("not the active stage yet");
        }
    }
    assert_eq!(w.sql("SELECT COUNT(*) FROM responses"), "0");
    assert_eq!(
        w.sql("SELECT state FROM stages ORDER BY id"),
        "pending\npending"
    );
    // In order, it works.
    w.as_user("carol", &["approve", "1"]).ok();
    w.as_user("dave", &["approve", "2"]).ok();
}

#[test]
fn fault_the_same_person_counted_twice_towards_a_stages_minimum() {
    let w = world();
    request_future(&w, "once", "2030-01-01T01:00:00Z");
    w.as_user("bob", &["approve", "1"]).ok();
    // carol tries to fill the board's 2 approvals alone, eight times at once.
    let codes: Vec<i32> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(|| {
                    w.cmd(&["--user", "carol", "approve", "2"])
                        .output()
                        .unwrap()
                        .status
                        .code()
                        .unwrap()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{codes:?}");
    assert!(codes.iter().all(|c| *c == 0 || *c == 5), "{codes:?}");
    // A comment does not count either.
    w.as_user("carol", &["comment", "2", "--comment", "me again"])
        .ok();
    let v = w.json(&["approvals", "show", "2"]);
    assert_eq!(
        (v["state"].as_str(), v["approvals"].as_i64()),
        (Some("pending"), Some(1))
    );
    assert_eq!(schedule_state(&w, "1"), "pending");
    // A second person completes it.
    w.as_user("erin", &["approve", "2"]).ok();
    assert_eq!(schedule_state(&w, "1"), "active");
}

#[test]
fn fault_a_workflow_definition_edited_after_requests_were_made_left_them_impossible_to_approve() {
    let mut w = world();
    request_future(&w, "old", "2030-01-01T01:00:00Z");
    // The definition changes under the running workflow: a stage added, then the whole
    // definition removed and re-created with other stages.
    w.group("security", &[]);
    add_stage(&w, "release", "security", "3", "5", "security", None);
    w.run(&["workflows", "remove", "release"]).ok();
    w.run(&["workflows", "add", "release", "--job", "deploy-*"])
        .ok();
    add_stage(&w, "release", "security", "1", "1", "security", None);
    // The running workflow keeps the two stages it copied, and its definition's name.
    let s = w.json(&["schedules", "show", "1"]);
    assert_eq!(s["approval_workflow"]["definition"], "release");
    assert_eq!(stage_ids(&s), ["1", "2"]);
    w.as_user("bob", &["approve", "1"]).ok();
    w.as_user("carol", &["approve", "2"]).ok();
    w.as_user("dave", &["approve", "2"]).ok();
    assert_eq!(schedule_state(&w, "1"), "active");
    w.at("2030-01-01T01:00:00Z");
    w.run(&["run-due"]).ok();
    assert_eq!(results_of(&w, "1").len(), 1);
    // New requests get the new stages.
    w.at("2030-01-01T00:00:00Z");
    let s = request_future(&w, "new", "2030-01-01T02:00:00Z");
    assert_eq!(s["approval_workflow"]["stages"][0]["name"], "security");
    assert_eq!(
        s["approval_workflow"]["stages"].as_array().unwrap().len(),
        1
    );
}

#[test]
fn fault_a_stage_with_min_approvers_zero_could_never_be_approved() {
    let w = world();
    // It cannot be defined…
    w.run(&[
        "workflows",
        "add-stage",
        "release",
        "--name",
        "nobody",
        "--sequence",
        "3",
        "--min-approvers",
        "0",
        "--group",
        "board",
    ])
    .code(2)
    .stderr_has("--min-approvers must be at least 1");
    // …and a stage stored with 0 by an older tool needs one approval, then is approved.
    request_future(&w, "once", "2030-01-01T01:00:00Z");
    w.sql("UPDATE stages SET min_approvers = 0");
    w.as_user("bob", &["approve", "1"]).ok();
    let v = w.json_as("dave", &["approve", "2"]);
    assert_eq!(v["state"], "approved");
    assert_eq!(schedule_state(&w, "1"), "active");
}

/// Runs `jobctl ARGS` as `user` on a pseudo-terminal (through util-linux `script`), typing
/// `key` until it exits; None when `script` is not installed.
fn on_a_terminal(w: &World, user: &str, args: &str, key: &str) -> Option<Run> {
    use std::io::Write;
    let script = ["/usr/bin/script", "/bin/script"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())?;
    let line = format!("{} --user {user} {args}", crate::harness::bin().display());
    let mut child = std::process::Command::new(script)
        .args(["-qec", &line, "/dev/null"])
        .env("JOBCTL_DB", w.db())
        .env("JOBCTL_NOW", &w.now)
        .env("JOBCTL_TZ", &w.tz)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    // The prompt may not be up yet when we type: keep typing until the command is done.
    let mut stdin = child.stdin.take()?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while child.try_wait().ok()?.is_none() && std::time::Instant::now() < deadline {
        let _ = stdin.write_all(key.as_bytes()).and_then(|_| stdin.flush());
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    drop(stdin);
    Some(crate::harness::finish(child.wait_with_output().ok()?))
}

#[test]
fn past_due_on_a_terminal_asks_and_respects_the_answer() {
    let mut w = world();
    request_future(&w, "once", "2030-01-01T01:00:00Z");
    w.as_user("bob", &["approve", "1"]).ok();
    w.as_user("carol", &["approve", "2"]).ok();
    w.at("2030-01-01T03:00:00Z");
    let Some(r) = on_a_terminal(&w, "dave", "approve 2", "n") else {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    };
    let r = r.code(5);
    assert!(
        r.stdout.contains(
            "This job was scheduled for 2030-01-01 01:00:00 +00:00, which has passed. It will run as soon as it is approved. Approve anyway?"
        ),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("you declined the past-due confirmation"),
        "{}",
        r.stdout
    );
    assert_eq!(schedule_state(&w, "1"), "pending");
    let r = on_a_terminal(&w, "dave", "approve 2", "y").unwrap().ok();
    assert!(r.stdout.contains("workflow 1 is approved"), "{}", r.stdout);
    assert_eq!(schedule_state(&w, "1"), "active");
    w.run(&["run-due"]).ok();
    assert_eq!(results_of(&w, "1").len(), 1);
}

#[test]
fn approvals_pending_follows_the_rules_not_a_stale_active_flag() {
    let w = world();
    request_future(&w, "once", "2030-01-01T01:00:00Z");
    // A database where the board stage is flagged active too early (an older jobctl, a hand
    // edit): the board still waits for the leads.
    w.sql("UPDATE stages SET is_active = 1");
    assert_eq!(pending(&w, "dave"), NONE);
    assert_eq!(pending(&w, "bob"), vec![1]);
    w.as_user("dave", &["approve", "2"]).code(5);
}

#[test]
fn a_job_with_sensitive_variables_is_refused_when_a_workflow_applies() {
    let w = world();
    w.run(&[
        "jobs",
        "add",
        "deploy-secret",
        "--command",
        "true",
        "--sensitive-var",
        "token",
    ])
    .ok();
    let r = w
        .run(&["run", "deploy-secret", "--var", "token=hunter2"])
        .code(5)
        .stderr_has("has sensitive variables")
        .stderr_has("an approval workflow applies to it");
    // The hint must not suggest the very command that was just refused.
    assert!(
        !r.stderr.contains("jobctl run deploy-secret"),
        "{}",
        r.stderr
    );
    assert_eq!(w.sql("SELECT COUNT(*) FROM scheduled_jobs"), "0");
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
}

/// The README's "Approvals" walkthrough, run line by line: every command exits 0 unless its
/// comment says `exit N`, and then exits N.
#[test]
fn the_readme_approvals_walkthrough_runs_as_written() {
    let r = crate::harness::run_readme_walkthrough("Approvals");
    // It did what the comments say.
    assert!(r.stdout.contains("success"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("denied at board: talk to the board first"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("canceled workflow 3"), "{}", r.stdout);
}

#[test]
fn approver_permissions_count_for_the_job_in_question_only() {
    let w = world();
    // gina leads, with the approver permissions for deploy-web only.
    w.users(&["gina"]);
    w.run(&["groups", "add-member", "leads", "gina"]).ok();
    let mut args = vec!["perms", "grant", "user:gina"];
    args.extend(APPROVER_PERMS);
    args.extend(["--job", "deploy-web"]);
    w.run(&args).ok();
    w.job("deploy-db", "echo db");
    request_future(&w, "web", "2030-01-01T01:00:00Z");
    w.json_as(
        "alice",
        &[
            "schedule",
            "deploy-db",
            "--interval",
            "future",
            "--name",
            "db",
            "--start-time",
            "2030-01-01T01:00:00Z",
        ],
    );
    w.as_user("gina", &["approve", "3"])
        .code(3)
        .stderr_has("extras.view_approvalworkflowstage");
    w.as_user("gina", &["approve", "1"]).ok();
}
