//! The window between a claim and the start of a run (a run waiting for a slot under
//! `--max-parallel`): whatever stops a run before it is claimed also stops it there.

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{Run, World, finish};

/// alice requests, bob (ops) approves; `slow` (no approval) runs first and holds the only slot.
fn world() -> World {
    let w = World::new();
    w.users(&["alice", "bob"]);
    w.group("ops", &["bob"]);
    w.grant(
        "user:alice",
        &["extras.run_job", "extras.view_scheduledjob"],
    );
    w.grant(
        "group:ops",
        &[
            "extras.view_approvalworkflowstage",
            "extras.change_approvalworkflowstage",
            "extras.change_scheduledjob",
        ],
    );
    w.one_stage_workflow("w", Some("d-*"), "s1", "ops");
    w.job("slow", "sleep 3");
    w.job("d-x", "echo APPROVED-CMD");
    w.run(&[
        "schedule",
        "slow",
        "--interval",
        "future",
        "--name",
        "s",
        "--start-time",
        "2030-01-01T00:05:00Z",
    ])
    .ok();
    w
}

fn request(w: &World, interval: &[&str]) {
    let mut args = vec!["schedule", "d-x", "--name", "dx"];
    args.extend_from_slice(interval);
    w.as_user("alice", &args).ok();
    w.as_user("bob", &["approve", "1", "--yes"]).ok();
}

/// Starts run-due at 00:05 with one slot and waits until the slow job (result 1) runs.
fn run_due_busy(w: &World, json: bool) -> Child {
    let mut args = vec!["run-due", "--max-parallel", "1"];
    if json {
        args.push("--json");
    }
    let child = w
        .cmd(&args)
        .env("JOBCTL_NOW", "2030-01-01T00:05:00Z")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while w.sql("SELECT status FROM results WHERE id = 1") != "running" {
        assert!(Instant::now() < deadline, "the slow job never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        w.sql("SELECT status FROM results WHERE id = 2"),
        "pending",
        "d-x is claimed and waiting"
    );
    child
}

fn outcome_of_waiting_run(w: &World, child: Child) -> (Run, String, String) {
    let run = finish(child.wait_with_output().unwrap());
    let row = w.sql("SELECT status || '|' || IFNULL(reason, '') FROM results WHERE id = 2");
    let (status, reason) = row.split_once('|').unwrap();
    (run, status.to_string(), reason.to_string())
}

#[test]
fn a_job_changed_after_its_approved_run_was_claimed_does_not_run_the_new_command() {
    let w = world();
    request(
        &w,
        &[
            "--interval",
            "future",
            "--start-time",
            "2030-01-01T00:05:00Z",
        ],
    );
    let child = run_due_busy(&w, false);
    let file = w.path("evil.toml");
    std::fs::write(
        &file,
        "[[jobs]]\nname = \"d-x\"\ncommand = \"echo EVIL-UNAPPROVED\"\n",
    )
    .unwrap();
    w.run(&["jobs", "import", file.to_str().unwrap()]).ok();
    let (run, status, reason) = outcome_of_waiting_run(&w, child);
    run.ok();
    assert_eq!(status, "skipped", "{reason}");
    assert!(reason.contains("changed since"), "{reason}");
    assert!(
        !w.sql("SELECT IFNULL(output, '') FROM results")
            .contains("EVIL")
    );
}

#[test]
fn a_request_canceled_by_import_force_does_not_run_its_waiting_occurrence() {
    let w = world();
    request(&w, &["--interval", "custom", "--crontab", "*/5 * * * *"]);
    let child = run_due_busy(&w, false);
    let file = w.path("evil.toml");
    std::fs::write(
        &file,
        "[[jobs]]\nname = \"d-x\"\ncommand = \"echo EVIL-UNAPPROVED\"\n",
    )
    .unwrap();
    w.run(&["jobs", "import", "--force", file.to_str().unwrap()])
        .ok();
    let (_, status, reason) = outcome_of_waiting_run(&w, child);
    assert_eq!(status, "skipped", "{reason}");
    assert!(
        !w.sql("SELECT IFNULL(output, '') FROM results")
            .contains("EVIL")
    );
}

#[test]
fn disabling_or_deleting_stops_a_claimed_run_that_has_not_started() {
    for action in [
        vec!["schedules", "disable", "2"],
        vec!["schedules", "delete", "2"],
        vec!["jobs", "disable", "d-x"],
    ] {
        let w = world();
        request(
            &w,
            &[
                "--interval",
                "future",
                "--start-time",
                "2030-01-01T00:05:00Z",
            ],
        );
        let child = run_due_busy(&w, false);
        w.run(&action).ok();
        let (run, status, reason) = outcome_of_waiting_run(&w, child);
        run.ok();
        assert_eq!(status, "skipped", "after `{}`: {reason}", action.join(" "));
        assert!(reason.starts_with("not started:"), "{reason}");
    }
}

#[test]
fn removing_a_job_during_run_due_neither_aborts_run_due_nor_loses_its_report() {
    let w = world();
    w.job("c-q", "echo C");
    w.run(&[
        "schedule",
        "c-q",
        "--interval",
        "future",
        "--name",
        "cq",
        "--start-time",
        "2030-01-01T00:05:00Z",
    ])
    .ok();
    request(
        &w,
        &[
            "--interval",
            "future",
            "--start-time",
            "2030-01-01T00:05:00Z",
        ],
    );
    let child = run_due_busy(&w, true);
    w.run(&["jobs", "remove", "d-x", "--force"]).ok();
    let run = finish(child.wait_with_output().unwrap()).ok();
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let statuses: Vec<&str> = report
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert!(statuses.contains(&"success"), "{statuses:?}");
    assert_eq!(
        w.sql("SELECT status FROM results WHERE job_name = 'c-q'"),
        "success"
    );
    assert_eq!(
        w.sql("SELECT status FROM results WHERE job_name = 'd-x'"),
        "skipped"
    );
}
