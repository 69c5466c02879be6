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
