//! `jobctl run-due` (spec §7): exactly-once claims under concurrency, approvals, missed runs,
//! crash recovery, singleton, limits, output capture, environment, `run_as`, `results`, `cron-line`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{Run, World, finish};

/// Generous: only a hang (not a slow machine) should exceed it.
const PATIENCE: Duration = Duration::from_secs(60);

/// Runs a statement on the database directly (to set up states jobctl never writes itself).
fn exec(w: &World, sql: &str) {
    let conn = rusqlite::Connection::open(w.db()).unwrap();
    conn.busy_timeout(Duration::from_secs(30)).unwrap();
    conn.execute_batch(sql).unwrap();
}

/// Adds a job with extra `jobs add` flags.
fn job(w: &World, name: &str, command: &str, extra: &[&str]) {
    let mut args = vec!["jobs", "add", name, "--command", command];
    args.extend_from_slice(extra);
    w.run(&args).ok();
}

/// Schedules `job` every minute (first run at the next minute); returns the schedule id.
fn every_minute(w: &World, job: &str, name: &str) -> i64 {
    w.json(&[
        "schedule",
        job,
        "--interval",
        "custom",
        "--crontab",
        "* * * * *",
        "--name",
        name,
    ])["id"]
        .as_i64()
        .unwrap()
}

/// Schedules `job` once at `at`; returns the schedule id.
fn once_at(w: &World, job: &str, name: &str, at: &str) -> i64 {
    w.json(&[
        "schedule",
        job,
        "--interval",
        "future",
        "--start-time",
        at,
        "--name",
        name,
    ])["id"]
        .as_i64()
        .unwrap()
}

/// `run-due` that must succeed silently.
#[track_caller]
fn run_due_quietly(w: &World) {
    let r = w.run(&["run-due"]).ok();
    assert_eq!(r.stdout, "", "run-due printed on stdout");
    assert_eq!(r.stderr, "", "run-due printed on stderr");
}

/// All results, oldest first.
fn results(w: &World) -> Vec<Value> {
    let mut v = w.json(&["results", "list", "--limit", "100000"]);
    let list = v.as_array_mut().unwrap();
    list.reverse();
    list.clone()
}

fn result(w: &World, id: i64) -> Value {
    w.json(&["results", "show", &id.to_string()])
}

/// Starts jobctl in the background (stdout and stderr captured).
fn spawn(w: &World, args: &[&str]) -> Child {
    w.cmd(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits for a background jobctl and returns what it printed.
fn reap(child: Child) -> Run {
    finish(child.wait_with_output().unwrap())
}

/// Polls `cond` until it holds (panics after [`PATIENCE`]).
#[track_caller]
fn wait_for(what: &str, mut cond: impl FnMut() -> bool) {
    let start = Instant::now();
    while !cond() {
        assert!(start.elapsed() < PATIENCE, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn status_of(w: &World, result: i64) -> String {
    w.sql(&format!("SELECT status FROM results WHERE id = {result}"))
}

fn alive(pid: i64) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| s.rsplit_once(')').map(|(_, rest)| rest.trim().to_string()))
        .is_some_and(|rest| !rest.starts_with('Z'))
}

/// SIGKILL to a whole process group (cleanup of jobs a test left behind).
fn kill_group(pgid: i64) {
    let _ = std::process::Command::new("kill")
        .args(["-KILL", "--", &format!("-{pgid}")])
        .status();
}

/// SIGKILL to one process.
fn kill_process(pid: i64) {
    let _ = std::process::Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status();
}

fn read_lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

fn count(w: &World, sql: &str) -> i64 {
    w.sql(sql).parse().unwrap()
}

// ---------------------------------------------------------------------------------------
// Exactly once

#[test]
fn eight_concurrent_run_due_processes_run_each_occurrence_exactly_once() {
    let mut w = World::new();
    let side = w.path("side-effects.txt");
    job(
        &w,
        "append",
        &format!(
            "echo \"$JOBCTL_SCHEDULED_JOB_ID $JOBCTL_RESULT_ID\" >> '{}'",
            side.display()
        ),
        &[],
    );
    let schedules: Vec<i64> = (0..40)
        .map(|i| every_minute(&w, "append", &format!("s{i}")))
        .collect();
    for minute in ["2030-01-01T00:01:00Z", "2030-01-01T00:02:00Z"] {
        w.at(minute);
        let children: Vec<Child> = (0..8)
            .map(|i| {
                let parallel = (i % 4 + 1).to_string();
                spawn(&w, &["run-due", "--max-parallel", &parallel])
            })
            .collect();
        for child in children {
            let r = reap(child).ok();
            assert_eq!(r.stdout, "");
            assert_eq!(r.stderr, "");
        }
    }
    // A late, overlapping batch with stale and fresh clocks finds nothing more to do.
    let stale: Vec<Child> = ["2030-01-01T00:01:30Z", "2030-01-01T00:02:59Z"]
        .iter()
        .flat_map(|now| {
            w.at(now);
            [spawn(&w, &["run-due"]), spawn(&w, &["run-due"])]
        })
        .collect();
    for child in stale {
        reap(child).ok();
    }

    let all = results(&w);
    assert_eq!(all.len(), 80, "{all:#?}");
    let mut occurrences = BTreeSet::new();
    for r in &all {
        assert_eq!(r["status"], "success", "{r}");
        let key = (
            r["scheduled_job"].as_i64().unwrap(),
            r["scheduled_for"].as_str().unwrap().to_string(),
        );
        assert!(occurrences.insert(key.clone()), "claimed twice: {key:?}");
    }
    for s in &schedules {
        for at in ["2030-01-01T00:01:00Z", "2030-01-01T00:02:00Z"] {
            assert!(occurrences.contains(&(*s, at.to_string())), "{s} at {at}");
        }
    }
    // The side effects: one line per result, each result exactly once.
    let lines = read_lines(&side);
    assert_eq!(lines.len(), 80);
    let ran: BTreeMap<String, usize> = lines.iter().fold(BTreeMap::new(), |mut m, l| {
        *m.entry(l.clone()).or_default() += 1;
        m
    });
    assert!(ran.values().all(|n| *n == 1), "{ran:?}");
    let expected: BTreeSet<String> = all
        .iter()
        .map(|r| format!("{} {}", r["scheduled_job"], r["id"]))
        .collect();
    assert_eq!(ran.keys().cloned().collect::<BTreeSet<_>>(), expected);
    for s in &schedules {
        let v = w.json(&["schedules", "show", &s.to_string()]);
        assert_eq!(v["total_run_count"], 2);
        assert_eq!(v["next_run"], "2030-01-01T00:03:00Z");
    }
}

#[test]
fn an_occurrence_claimed_before_is_not_run_again_even_if_next_run_is_wound_back() {
    let mut w = World::new();
    let side = w.path("ran.txt");
    job(&w, "once", &format!("echo x >> '{}'", side.display()), &[]);
    let s = every_minute(&w, "once", "every");
    w.at("2030-01-01T00:01:00Z");
    run_due_quietly(&w);
    // Someone (or a bug) winds next_run back onto the occurrence that already ran.
    exec(
        &w,
        &format!("UPDATE scheduled_jobs SET next_run = next_run - 60 WHERE id = {s}"),
    );
    run_due_quietly(&w);
    assert_eq!(read_lines(&side).len(), 1);
    assert_eq!(results(&w).len(), 1);
    let v = w.json(&["schedules", "show", &s.to_string()]);
    assert_eq!(v["next_run"], "2030-01-01T00:02:00Z");
    assert_eq!(v["total_run_count"], 1, "a refused claim is not a run");
}

// ---------------------------------------------------------------------------------------
// Approval

/// alice requests, bob and carol approve (group ops), job names `risky-*` need approval.
fn approval_world() -> World {
    let w = World::new();
    w.users(&["alice", "bob", "carol"]);
    w.group("ops", &["bob", "carol"]);
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
            "extras.view_scheduledjob",
        ],
    );
    w.one_stage_workflow("risky", Some("risky-*"), "review", "ops");
    w
}

/// The active stage id of a scheduled job's workflow.
fn active_stage(w: &World, schedule: i64) -> String {
    let v = w.json(&["schedules", "show", &schedule.to_string()]);
    let stages = v["approval_workflow"]["stages"].as_array().unwrap();
    stages
        .iter()
        .find(|s| s["is_active"] == true)
        .map(|s| s["id"].to_string())
        .unwrap()
}

#[test]
fn pending_denied_and_canceled_jobs_never_run_and_approved_ones_do() {
    let mut w = approval_world();
    let marks = w.path("marks");
    std::fs::create_dir(&marks).unwrap();
    for name in [
        "risky-pending",
        "risky-denied",
        "risky-canceled",
        "risky-approved",
    ] {
        job(
            &w,
            name,
            &format!("touch '{}/{name}'", marks.display()),
            &[],
        );
    }
    let mut ids = BTreeMap::new();
    for name in [
        "risky-pending",
        "risky-denied",
        "risky-canceled",
        "risky-approved",
    ] {
        let v = w.json_as(
            "alice",
            &[
                "schedule",
                name,
                "--interval",
                "custom",
                "--crontab",
                "* * * * *",
                "--name",
                name,
            ],
        );
        assert_eq!(v["state"], "pending");
        ids.insert(name, v["id"].as_i64().unwrap());
    }
    // Due, but nobody decided yet: nothing runs, nothing is claimed.
    w.at("2030-01-01T00:01:00Z");
    let dry = w.json(&["run-due", "--dry-run"]);
    assert_eq!(dry, serde_json::json!([]));
    run_due_quietly(&w);
    assert_eq!(results(&w).len(), 0);

    w.as_user("bob", &["deny", &active_stage(&w, ids["risky-denied"])])
        .ok();
    let wf = w.json(&["schedules", "show", &ids["risky-canceled"].to_string()])
        ["approval_workflow"]["id"]
        .to_string();
    w.as_user("alice", &["approvals", "cancel", &wf]).ok();
    w.as_user(
        "carol",
        &["approve", &active_stage(&w, ids["risky-approved"])],
    )
    .ok();

    for now in ["2030-01-01T00:02:00Z", "2030-01-01T00:03:00Z"] {
        w.at(now);
        run_due_quietly(&w);
    }
    let ran: BTreeSet<String> = std::fs::read_dir(&marks)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(ran, BTreeSet::from(["risky-approved".to_string()]));
    let all = results(&w);
    assert_eq!(all.len(), 2, "{all:#?}");
    assert!(all.iter().all(|r| r["job"] == "risky-approved"));
    assert_eq!(all[0]["scheduled_for"], "2030-01-01T00:02:00Z");
    assert_eq!(all[0]["user"], "alice");
}

#[test]
fn a_schedule_made_active_behind_the_workflows_back_still_does_not_run() {
    let mut w = approval_world();
    let mark = w.path("ran");
    job(&w, "risky-x", &format!("touch '{}'", mark.display()), &[]);
    let s = w.json_as(
        "alice",
        &[
            "schedule",
            "risky-x",
            "--interval",
            "custom",
            "--crontab",
            "* * * * *",
            "--name",
            "x",
        ],
    )["id"]
        .as_i64()
        .unwrap();
    // A bug elsewhere (or a hand edit) flips the state without approving the workflow.
    exec(
        &w,
        &format!("UPDATE scheduled_jobs SET state = 'active' WHERE id = {s}"),
    );
    w.at("2030-01-01T00:01:00Z");
    run_due_quietly(&w);
    assert!(!mark.exists(), "ran without an approved workflow");
    assert_eq!(results(&w).len(), 0);
}

// ---------------------------------------------------------------------------------------
// Missed runs

#[test]
fn catch_up_after_five_hours_runs_once_then_resumes_the_cadence() {
    let mut w = World::new();
    let side = w.path("ran.txt");
    job(
        &w,
        "tick",
        &format!("echo $JOBCTL_RESULT_ID >> '{}'", side.display()),
        &[],
    );
    let s = w.json(&[
        "schedule",
        "tick",
        "--interval",
        "custom",
        "--crontab",
        "*/10 * * * *",
        "--name",
        "ten",
    ])["id"]
        .as_i64()
        .unwrap();
    w.at("2030-01-01T00:10:00Z");
    run_due_quietly(&w);
    // run-due did not run from 00:10 to 05:15.
    w.at("2030-01-01T05:15:00Z");
    run_due_quietly(&w);
    let all = results(&w);
    assert_eq!(all.len(), 2);
    assert_eq!(all[1]["scheduled_for"], "2030-01-01T05:10:00Z");
    // 00:20 … 05:00 were not run: 29 occurrences.
    assert_eq!(all[1]["skipped_occurrences"], 29);
    assert_eq!(all[1]["date_created"], "2030-01-01T05:15:00Z");
    let v = w.json(&["schedules", "show", &s.to_string()]);
    assert_eq!(v["next_run"], "2030-01-01T05:20:00Z");
    // Back on the cadence: nothing at 05:19, one run at 05:20, with nothing skipped.
    w.at("2030-01-01T05:19:59Z");
    run_due_quietly(&w);
    w.at("2030-01-01T05:20:00Z");
    run_due_quietly(&w);
    let all = results(&w);
    assert_eq!(all.len(), 3);
    assert_eq!(all[2]["scheduled_for"], "2030-01-01T05:20:00Z");
    assert_eq!(all[2]["skipped_occurrences"], 0);
    assert_eq!(read_lines(&side).len(), 3);
}

// ---------------------------------------------------------------------------------------
// Crash recovery

#[test]
fn kill_9_of_run_due_mid_job_leaves_an_interrupted_result_and_no_rerun() {
    let mut w = World::new();
    let starts = w.path("starts");
    let hold = w.path("hold");
    std::fs::write(&hold, "").unwrap();
    job(
        &w,
        "slow",
        &format!(
            "echo $$ >> '{}'; while [ -e '{}' ]; do sleep 0.1; done",
            starts.display(),
            hold.display()
        ),
        &[],
    );
    let s = every_minute(&w, "slow", "every");
    w.at("2030-01-01T00:01:00Z");
    let mut child = spawn(&w, &["run-due"]);
    wait_for("the job to start", || read_lines(&starts).len() == 1);
    wait_for("the run to be recorded running", || {
        w.sql("SELECT status FROM results") == "running"
    });
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let job_pgid: i64 = read_lines(&starts)[0].parse().unwrap();
    assert!(alive(job_pgid), "the job outlives its run-due");

    // The next run-due (same minute) marks it, says why, and runs nothing.
    w.at("2030-01-01T00:01:30Z");
    let r = w.run(&["run-due"]).ok();
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("interrupted"), "{}", r.stderr);
    let all = results(&w);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["status"], "interrupted");
    let reason = all[0]["reason"].as_str().unwrap();
    assert!(reason.contains("may still be running"), "{reason}");
    assert!(reason.contains("the run-due process (pid"), "{reason}");
    assert!(reason.contains("that ran it died"), "{reason}");
    assert!(all[0]["date_done"].is_string());
    assert_eq!(read_lines(&starts).len(), 1);

    // Later run-dues never run that occurrence again; the next one runs normally.
    kill_group(job_pgid);
    std::fs::remove_file(&hold).unwrap();
    w.at("2030-01-01T00:02:00Z");
    run_due_quietly(&w);
    run_due_quietly(&w);
    let all = results(&w);
    assert_eq!(all.len(), 2);
    assert_eq!(all[0]["status"], "interrupted");
    assert_eq!(all[1]["status"], "success");
    assert_eq!(all[1]["scheduled_for"], "2030-01-01T00:02:00Z");
    assert_eq!(read_lines(&starts).len(), 2);
    let audit = w.sql("SELECT count(*) FROM audit WHERE action = 'run.interrupted'");
    assert_eq!(audit, "1");
    let _ = s;
}

/// A job that appends "<result id> <pid>" to `starts`, then waits while `hold` exists.
fn held_job(w: &World, name: &str, starts: &Path, hold: &Path) {
    job(
        w,
        name,
        &format!(
            "echo \"$JOBCTL_RESULT_ID $$\" >> '{}'; while [ -e '{}' ]; do sleep 0.1; done",
            starts.display(),
            hold.display()
        ),
        &[],
    );
}

/// Starts `run-due --max-parallel 1`, waits until its first job runs, SIGKILLs it (and
/// that job's process group), and lets held jobs go: the runs it claimed and had not
/// started are left `pending`, claimed by a dead process.
fn kill_9_run_due_during_its_first_job(w: &World, starts: &Path, hold: &Path) {
    let mut child = spawn(w, &["run-due", "--max-parallel", "1"]);
    wait_for("the first job to start", || read_lines(starts).len() == 1);
    wait_for("the first run to be recorded running", || {
        status_of(w, 1) == "running"
    });
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let line = read_lines(starts)[0].clone();
    let pgid: i64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kill_group(pgid);
    std::fs::remove_file(hold).unwrap();
}

/// The result ids in `starts`, sorted.
fn started_ids(starts: &Path) -> Vec<i64> {
    let mut ids: Vec<i64> = read_lines(starts)
        .iter()
        .map(|l| l.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    ids.sort_unstable();
    ids
}

#[test]
fn killing_run_due_does_not_drop_claimed_jobs_that_had_not_started_yet() {
    let mut w = World::new();
    let starts = w.path("starts");
    let hold = w.path("hold");
    std::fs::write(&hold, "").unwrap();
    held_job(&w, "slow", &starts, &hold);
    for i in 1..=5 {
        once_at(&w, "slow", &format!("once-{i}"), "2030-01-01T00:01:00Z");
    }
    w.at("2030-01-01T00:01:00Z");
    kill_9_run_due_during_its_first_job(&w, &starts, &hold);
    let claims = "SELECT id, scheduled_job_id, scheduled_for, skipped_occurrences, variables,
                  user_id FROM results ORDER BY id";
    let claimed = w.sql(claims);
    assert_eq!(
        w.sql("SELECT group_concat(status) FROM (SELECT status FROM results ORDER BY id)"),
        "running,pending,pending,pending,pending"
    );

    // --dry-run shows what would be adopted, and adopts nothing.
    w.at("2030-01-01T00:01:40Z");
    let dry = w.json(&["run-due", "--dry-run"]);
    let adopted: Vec<i64> = dry
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["adopted"] == true)
        .map(|c| c["result"].as_i64().unwrap())
        .collect();
    assert_eq!(adopted, [2, 3, 4, 5]);
    assert_eq!(w.sql(claims), claimed);
    assert!(
        w.run(&["run-due", "--dry-run"])
            .ok()
            .stdout
            .contains("adopt and run")
    );

    // Four run-dues at once: each claimed run that never started is adopted by exactly one.
    let racers: Vec<Child> = (0..4).map(|_| spawn(&w, &["run-due"])).collect();
    let stderr: String = racers
        .into_iter()
        .map(|c| reap(c).ok().stderr)
        .collect::<Vec<_>>()
        .concat();
    assert_eq!(stderr.matches("was adopted").count(), 4, "{stderr}");
    assert_eq!(
        stderr.matches("run 1 was interrupted").count(),
        1,
        "{stderr}"
    );
    assert_eq!(
        started_ids(&starts),
        [1, 2, 3, 4, 5],
        "each run started exactly once"
    );
    let all = results(&w);
    assert_eq!(all.len(), 5);
    assert_eq!(all[0]["status"], "interrupted");
    let reason = all[0]["reason"].as_str().unwrap();
    assert!(
        reason.starts_with("the run-due process (pid ")
            && reason.ends_with("that ran it died; the job itself may still be running"),
        "{reason}"
    );
    for r in &all[1..] {
        assert_eq!(r["status"], "success", "{r}");
        assert_eq!(r["scheduled_for"], "2030-01-01T00:01:00Z");
        assert_eq!(r["skipped_occurrences"], 0);
    }
    // Adopting changed nothing of the occurrences but who ran them.
    assert_eq!(w.sql(claims), claimed);
    assert_eq!(
        w.sql("SELECT group_concat(DISTINCT state) FROM scheduled_jobs"),
        "completed"
    );
    assert_eq!(
        count(
            &w,
            "SELECT count(*) FROM audit WHERE action = 'run.adopted'"
        ),
        4
    );
    // Nothing runs twice later.
    w.at("2030-01-01T00:02:00Z");
    run_due_quietly(&w);
    assert_eq!(started_ids(&starts).len(), 5);
}

#[test]
fn adopting_a_claimed_run_still_checks_approval_and_enabled_and_says_why_not() {
    let mut w = World::new();
    let starts = w.path("starts");
    let hold = w.path("hold");
    std::fs::write(&hold, "").unwrap();
    held_job(&w, "first", &starts, &hold);
    once_at(&w, "first", "first", "2030-01-01T00:01:00Z");
    let mut ids = BTreeMap::new();
    for name in ["off-schedule", "off-job", "canceled", "unapproved", "fine"] {
        held_job(&w, name, &starts, &hold);
        ids.insert(name, once_at(&w, name, name, "2030-01-01T00:01:00Z"));
    }
    w.at("2030-01-01T00:01:00Z");
    kill_9_run_due_during_its_first_job(&w, &starts, &hold);
    // Meanwhile people switch things off (and state changes no command makes).
    w.run(&["schedules", "disable", &ids["off-schedule"].to_string()])
        .ok();
    w.run(&["jobs", "disable", "off-job"]).ok();
    exec(
        &w,
        &format!(
            "UPDATE scheduled_jobs SET state = 'canceled' WHERE id = {};
             UPDATE scheduled_jobs SET approval_required = 1 WHERE id = {};",
            ids["canceled"], ids["unapproved"]
        ),
    );
    w.at("2030-01-01T00:01:40Z");
    let r = w.run(&["run-due"]).ok();
    assert_eq!(started_ids(&starts), [1, 6], "{}", r.stderr);
    let by_job: BTreeMap<String, Value> = results(&w)
        .into_iter()
        .map(|r| (r["job"].as_str().unwrap().to_string(), r))
        .collect();
    assert_eq!(by_job["fine"]["status"], "success");
    let why = [
        ("off-schedule", "has since been disabled"),
        ("off-job", "job off-job has since been disabled"),
        ("canceled", "is now canceled"),
        ("unapproved", "approval of its schedule"),
    ];
    for (name, because) in why {
        let v = &by_job[name];
        assert_eq!(v["status"], "interrupted", "{name}");
        let reason = v["reason"].as_str().unwrap();
        assert!(reason.contains(because), "{name}: {reason}");
        assert!(
            reason.contains("that claimed it died before starting it")
                && reason.ends_with("it did not run"),
            "{name}: {reason}"
        );
        let line = format!(
            "run {} was interrupted: {reason}",
            v["id"].as_i64().unwrap()
        );
        assert!(r.stderr.contains(&line), "{}", r.stderr);
    }
}

#[test]
fn the_interrupted_warning_names_run_due_or_jobctl_run_and_whether_it_started() {
    let w = World::new();
    job(&w, "j", "true", &[]);
    let mut gone = std::process::Command::new("true").spawn().unwrap();
    let pid = gone.id();
    gone.wait().unwrap();
    let dead = format!("'{pid}:1:{}'", boot_id());
    // Manual `jobctl run`s (no schedule, no occurrence) that died started or not.
    for (name, status) in [
        ("manual-started", "running"),
        ("manual-unstarted", "pending"),
    ] {
        exec(
            &w,
            &format!(
                "INSERT INTO results (job_id, job_name, status, date_created, claimed_by)
                 VALUES (1, '{name}', '{status}', 0, {dead})"
            ),
        );
    }
    let r = w.run(&["run-due"]).ok();
    let reason = |name: &str| {
        w.sql(&format!(
            "SELECT reason FROM results WHERE job_name = '{name}'"
        ))
    };
    assert_eq!(
        reason("manual-started"),
        format!(
            "the `jobctl run` process (pid {pid}) that ran it died; the job itself may still be running"
        )
    );
    assert_eq!(
        reason("manual-unstarted"),
        format!("the `jobctl run` process (pid {pid}) died before starting it; it did not run")
    );
    assert!(!r.stderr.contains("run-due process"), "{}", r.stderr);
    r.stderr_has("`jobctl run` process");
    assert_eq!(
        w.sql("SELECT group_concat(status) FROM results WHERE job_name LIKE 'manual-%'"),
        "interrupted,interrupted"
    );
}

/// Field 22 of /proc/<pid>/stat.
fn start_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let (_, rest) = stat.rsplit_once(')').unwrap();
    rest.split_whitespace().nth(19).unwrap().parse().unwrap()
}

fn boot_id() -> String {
    std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
        .unwrap()
        .trim()
        .to_string()
}

#[test]
fn a_reused_pid_is_not_mistaken_for_the_dead_run_due() {
    let w = World::new();
    job(&w, "j", "true", &[]);
    w.run(&["run", "j"]).ok();
    // A live process standing in for a run-due (or for whatever now has its pid).
    let mut other = std::process::Command::new("sleep")
        .arg("60")
        .spawn()
        .unwrap();
    let pid = other.id();
    let ticks = start_ticks(pid);
    let boot = boot_id();
    let mut gone = std::process::Command::new("true").spawn().unwrap();
    let gone_pid = gone.id();
    gone.wait().unwrap();
    let cases = [
        ("alive", format!("'{pid}:{ticks}:{boot}'")),
        ("reused-pid", format!("'{pid}:{}:{boot}'", ticks + 1)),
        (
            "other-boot",
            format!("'{pid}:{ticks}:00000000-0000-0000-0000-000000000000'"),
        ),
        ("dead-pid", format!("'{gone_pid}:{ticks}:{boot}'")),
        ("garbage", "'not a stamp'".to_string()),
        ("missing", "NULL".to_string()),
    ];
    for (name, token) in &cases {
        exec(
            &w,
            &format!(
                "INSERT INTO results (job_id, job_name, status, date_created, date_started, claimed_by)
                 VALUES (1, '{name}', 'running', 0, 0, {token})"
            ),
        );
    }
    let r = w.run(&["run-due"]).ok();
    let statuses: BTreeMap<String, String> = w
        .sql("SELECT job_name, status FROM results WHERE job_name <> 'j'")
        .lines()
        .map(|l| {
            let (a, b) = l.split_once('|').unwrap();
            (a.to_string(), b.to_string())
        })
        .collect();
    let _ = other.kill();
    let _ = other.wait();
    assert_eq!(statuses["alive"], "running", "{}", r.stderr);
    for name in ["reused-pid", "other-boot", "dead-pid", "garbage", "missing"] {
        assert_eq!(statuses[name], "interrupted", "{name}");
    }
}

// ---------------------------------------------------------------------------------------
// How jobs run

#[test]
fn time_limits_terminate_then_kill_and_the_reason_names_the_limit() {
    let mut w = World::new();
    job(
        &w,
        "ignores-term",
        "trap '' TERM; sleep 30",
        &["--soft-time-limit", "1", "--time-limit", "2"],
    );
    job(&w, "sleeper", "sleep 30", &["--soft-time-limit", "1"]);
    job(
        &w,
        "graceful",
        "trap 'echo bye; exit 0' TERM; sleep 30 & wait",
        &["--soft-time-limit", "1"],
    );
    job(&w, "killed", "sleep 30", &["--time-limit", "1"]);
    for j in ["ignores-term", "sleeper", "graceful", "killed"] {
        once_at(&w, j, j, "2030-01-01T00:01:00Z");
    }
    w.at("2030-01-01T00:01:00Z");
    let started = Instant::now();
    let r = w.run(&["run-due"]).ok();
    assert!(
        started.elapsed() < Duration::from_secs(25),
        "limits did not fire"
    );
    let by_job: BTreeMap<String, Value> = results(&w)
        .into_iter()
        .map(|r| (r["job"].as_str().unwrap().to_string(), r))
        .collect();
    let reason = |j: &str| by_job[j]["reason"].as_str().unwrap_or("").to_string();

    assert_eq!(by_job["ignores-term"]["status"], "failure");
    assert_eq!(by_job["ignores-term"]["exit_code"], Value::Null);
    assert!(reason("ignores-term").contains("time limit exceeded (2 s)"));

    assert_eq!(by_job["sleeper"]["status"], "failure");
    assert!(reason("sleeper").contains("soft time limit exceeded (1 s)"));

    assert_eq!(by_job["graceful"]["status"], "success");
    assert_eq!(by_job["graceful"]["exit_code"], 0);
    assert!(reason("graceful").contains("soft time limit exceeded (1 s)"));

    assert_eq!(by_job["killed"]["status"], "failure");
    assert!(reason("killed").contains("time limit exceeded (1 s)"));
    // Failures are reported to cron's mail, but run-due itself succeeded.
    assert!(r.stderr.contains("killed"), "{}", r.stderr);
    assert_eq!(r.stdout, "");
}

/// Peak resident set size (KiB) of a running process, or None once it has exited.
fn vm_hwm_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn fifty_megabytes_of_output_keep_run_due_small_and_keep_head_and_tail() {
    let mut w = World::new();
    let hwm_file = w.path("parent-hwm");
    job(
        &w,
        "chatty",
        &format!(
            "printf 'FIRST-LINE\\n'; head -c 50000000 /dev/zero | tr '\\0' x; \
             grep VmHWM /proc/$PPID/status > '{}'; printf '\\nLAST-LINE\\n'",
            hwm_file.display()
        ),
        &[],
    );
    once_at(&w, "chatty", "chatty", "2030-01-01T00:01:00Z");
    w.at("2030-01-01T00:01:00Z");
    let child = spawn(&w, &["run-due"]);
    let pid = child.id();
    let mut peak = 0;
    // Sampled while it runs (a zombie has no VmHWM), plus the job's own reading of its parent.
    while let Some(kb) = vm_hwm_kb(pid) {
        peak = peak.max(kb);
        std::thread::sleep(Duration::from_millis(5));
    }
    reap(child).ok();
    let from_job: u64 = std::fs::read_to_string(&hwm_file)
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    peak = peak.max(from_job);
    assert!(peak > 0);
    assert!(peak < 40 * 1024, "run-due peaked at {peak} KiB");

    let r = result(&w, results(&w)[0]["id"].as_i64().unwrap());
    assert_eq!(r["status"], "success");
    assert_eq!(r["output_truncated"], true);
    assert_eq!(r["output_bytes"], 50_000_000 + 11 + 11);
    let out = r["output"].as_str().unwrap();
    assert!(out.starts_with("FIRST-LINE\nxxx"));
    assert!(out.ends_with("xxx\nLAST-LINE\n"));
    assert!(out.contains("omitted]"));
    assert!(out.len() < (1 << 20) + 200, "{} bytes kept", out.len());
}

#[test]
fn exit_codes_are_recorded_and_failing_jobs_do_not_fail_run_due() {
    let mut w = World::new();
    job(&w, "ok", "echo fine", &[]);
    job(&w, "three", "echo about to fail; exit 3", &[]);
    job(&w, "signal", "kill -9 $$", &[]);
    job(&w, "no-shell", "true", &["--shell", "/nonexistent/sh"]);
    for j in ["ok", "three", "signal", "no-shell"] {
        once_at(&w, j, j, "2030-01-01T00:01:00Z");
    }
    w.at("2030-01-01T00:01:00Z");
    let r = w.run(&["run-due"]).ok();
    assert_eq!(r.stdout, "");
    let by_job: BTreeMap<String, Value> = results(&w)
        .into_iter()
        .map(|r| (r["job"].as_str().unwrap().to_string(), r))
        .collect();
    assert_eq!(by_job["ok"]["status"], "success");
    assert_eq!(by_job["ok"]["exit_code"], 0);
    assert_eq!(by_job["three"]["status"], "failure");
    assert_eq!(by_job["three"]["exit_code"], 3);
    assert_eq!(by_job["three"]["reason"], "exited with code 3");
    assert_eq!(by_job["signal"]["status"], "failure");
    assert_eq!(by_job["signal"]["exit_code"], Value::Null);
    assert_eq!(by_job["signal"]["reason"], "killed by signal 9");
    assert_eq!(by_job["no-shell"]["status"], "failure");
    assert!(
        by_job["no-shell"]["reason"]
            .as_str()
            .unwrap()
            .contains("/nonexistent/sh")
    );
    assert_eq!(by_job["no-shell"]["ran_as"], Value::Null, "nothing ran");
    for j in ["three", "signal", "no-shell"] {
        let id = by_job[j]["id"].to_string();
        assert!(
            r.stderr.contains(&format!("run {id} of job {j} failure")),
            "{}",
            r.stderr
        );
    }
    assert!(!r.stderr.contains("job ok"), "{}", r.stderr);
    let out = result(&w, by_job["three"]["id"].as_i64().unwrap());
    assert_eq!(out["output"], "about to fail\n");
    assert!(out["date_started"].is_string() && out["date_done"].is_string());
    assert!(out["duration_ms"].is_i64());
}

#[test]
fn a_background_grandchild_does_not_hang_the_run() {
    let mut w = World::new();
    let gc = w.path("grandchild.pid");
    job(
        &w,
        "spawner",
        &format!("sleep 120 & echo $! > '{}'; echo started", gc.display()),
        &[],
    );
    once_at(&w, "spawner", "spawner", "2030-01-01T00:01:00Z");
    w.at("2030-01-01T00:01:00Z");
    run_due_quietly(&w);
    let grandchild: i64 = std::fs::read_to_string(&gc)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    // run-due returned while the grandchild still holds the output pipe open.
    let still_there = alive(grandchild);
    kill_process(grandchild);
    assert!(still_there, "run-due waited for the background grandchild");
    let r = result(&w, results(&w)[0]["id"].as_i64().unwrap());
    assert_eq!(r["status"], "success");
    assert_eq!(r["output"], "started\n");
}

#[test]
fn jobs_get_the_environment_of_spec_2_and_their_stdin() {
    let mut w = World::new();
    let print = "echo \"job=$JOBCTL_JOB rid=$JOBCTL_RESULT_ID sid=[$JOBCTL_SCHEDULED_JOB_ID]\"; \
                 echo \"greeting=$GREETING invoker=$FROM_INVOKER var=$JOBCTL_VAR_TARGET\"; \
                 echo \"vars=$JOBCTL_VARS\"; echo \"pwd=$(pwd)\"; cat";
    job(
        &w,
        "envy",
        print,
        &[
            "--env",
            "GREETING=hello world",
            "--stdin",
            "line one\nline two",
            "--var",
            "target:string=/srv",
        ],
    );
    let s = w.json(&[
        "schedule",
        "envy",
        "--interval",
        "future",
        "--start-time",
        "2030-01-01T00:01:00Z",
        "--name",
        "envy",
        "--var",
        "target=/data",
    ])["id"]
        .as_i64()
        .unwrap();
    w.at("2030-01-01T00:01:00Z");
    let r = w
        .cmd(&["run-due"])
        .env("FROM_INVOKER", "yes")
        .output()
        .unwrap();
    assert!(r.status.success());
    let scheduled = result(&w, results(&w)[0]["id"].as_i64().unwrap());
    let out = scheduled["output"].as_str().unwrap();
    let dir = std::fs::canonicalize(w.dir.path()).unwrap();
    assert_eq!(
        out,
        format!(
            "job=envy rid={} sid=[{s}]\ngreeting=hello world invoker=yes var=/data\n\
             vars={{\"target\":\"/data\"}}\npwd={}\nline one\nline two",
            scheduled["id"],
            dir.display()
        )
    );
    assert_eq!(
        scheduled["variables"],
        serde_json::json!({"target": "/data"})
    );

    // A manual run: JOBCTL_SCHEDULED_JOB_ID is set and empty.
    let manual = w.json(&["run", "envy"]);
    let out = manual["output"].as_str().unwrap();
    assert!(
        out.starts_with(&format!("job=envy rid={} sid=[]\n", manual["id"])),
        "{out}"
    );
    assert!(out.contains("var=/srv\n"), "{out}");
    assert_eq!(manual["scheduled_job"], Value::Null);
    assert_eq!(manual["scheduled_for"], Value::Null);
}

/// Sends a signal (`INT`, `TERM`, …) to one process.
fn send(pid: u32, signal: &str) {
    let ok = std::process::Command::new("kill")
        .args([format!("-{signal}"), pid.to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -{signal} {pid}");
}

/// The pid a job wrote to `path` (once it is complete).
fn pid_in(path: &Path) -> Option<i64> {
    std::fs::read_to_string(path)
        .ok()
        .filter(|s| s.ends_with('\n'))
        .and_then(|s| s.trim().parse().ok())
}

#[test]
fn ctrl_c_on_jobctl_run_stops_the_job_instead_of_orphaning_it() {
    let w = World::new();
    let pidfile = w.path("job.pid");
    job(
        &w,
        "slow",
        &format!("echo $$ > '{}'; echo started; sleep 60", pidfile.display()),
        &[],
    );
    let child = spawn(&w, &["run", "slow"]);
    let jobctl = child.id();
    wait_for("the job to start", || pid_in(&pidfile).is_some());
    send(jobctl, "INT");
    let r = reap(child).code(1);
    let job_pid = pid_in(&pidfile).unwrap();
    let orphaned = alive(job_pid);
    kill_group(job_pid);
    assert!(!orphaned, "the job kept running after Ctrl-C");
    assert!(r.stdout.starts_with("started\n"), "{}", r.stdout);
    assert!(
        r.stdout.contains("jobctl received SIGINT and passed it on"),
        "{}",
        r.stdout
    );
    r.stderr_has("error: job slow failed: jobctl received SIGINT");
    let v = result(&w, 1);
    assert_eq!(v["status"], "failure");
    assert_eq!(v["output"], "started\n");
    assert!(v["date_done"].is_string());
}

#[test]
fn sigterm_to_run_due_reaches_its_jobs_and_starts_nothing_more() {
    let mut w = World::new();
    let pidfile = w.path("job.pid");
    let mark = w.path("quick-ran");
    job(
        &w,
        "slow",
        &format!("echo $$ > '{}'; sleep 60", pidfile.display()),
        &[],
    );
    job(&w, "quick", &format!("touch '{}'", mark.display()), &[]);
    once_at(&w, "slow", "slow", "2030-01-01T00:01:00Z");
    once_at(&w, "quick", "quick", "2030-01-01T00:01:00Z");
    w.at("2030-01-01T00:01:00Z");
    let child = spawn(&w, &["run-due", "--max-parallel", "1"]);
    let run_due = child.id();
    wait_for("the slow job to start", || pid_in(&pidfile).is_some());
    send(run_due, "TERM");
    let r = reap(child).ok();
    let job_pid = pid_in(&pidfile).unwrap();
    let orphaned = alive(job_pid);
    kill_group(job_pid);
    assert!(!orphaned, "the job kept running after run-due was stopped");
    let by_job: BTreeMap<String, Value> = results(&w)
        .into_iter()
        .map(|r| (r["job"].as_str().unwrap().to_string(), r))
        .collect();
    assert_eq!(by_job["slow"]["status"], "failure");
    assert_eq!(
        by_job["slow"]["reason"],
        "jobctl received SIGTERM and passed it on; killed by signal 15"
    );
    // The claimed run it had not started stays claimed-not-started, and it says so.
    assert_eq!(by_job["quick"]["status"], "pending");
    assert_eq!(by_job["quick"]["date_started"], Value::Null);
    assert!(!mark.exists());
    assert!(
        r.stderr.contains(
            "of job quick was not started: run-due received SIGTERM; the next run-due will run it"
        ),
        "{}",
        r.stderr
    );
    // The next run-due adopts it and runs it, once; the stopped run is not run again.
    w.at("2030-01-01T00:02:00Z");
    let r = w.run(&["run-due"]).ok();
    r.stderr_has("of job quick was adopted");
    run_due_quietly(&w);
    let all = results(&w);
    assert_eq!(all.len(), 2);
    let quick = all.iter().find(|r| r["job"] == "quick").unwrap();
    assert_eq!(quick["status"], "success");
    assert_eq!(quick["scheduled_for"], "2030-01-01T00:01:00Z");
    assert!(mark.exists());
    assert_eq!(
        all.iter().find(|r| r["job"] == "slow").unwrap()["status"],
        "failure"
    );
}

#[test]
fn jobs_do_not_inherit_the_signals_jobctl_blocks_while_it_waits() {
    let mut w = World::new();
    for j in ["a", "b"] {
        job(&w, j, "exec grep -E '^Sig(Blk|Ign)' /proc/self/status", &[]);
        once_at(&w, j, j, "2030-01-01T00:01:00Z");
    }
    let manual = w.json(&["run", "a"]);
    w.at("2030-01-01T00:01:00Z");
    run_due_quietly(&w);
    let mut outputs = vec![manual["output"].as_str().unwrap().to_string()];
    for r in results(&w).iter().skip(1) {
        outputs.push(
            result(&w, r["id"].as_i64().unwrap())["output"]
                .as_str()
                .unwrap()
                .to_string(),
        );
    }
    for out in outputs {
        assert!(out.contains("SigBlk:\t0000000000000000"), "{out}");
    }
}

#[test]
fn max_parallel_bounds_how_many_jobs_run_at_once() {
    let mut w = World::new();
    let slots = w.path("slots");
    let seen = w.path("seen");
    std::fs::create_dir(&slots).unwrap();
    // Each job holds a slot while it runs and notes how many slots were taken.
    job(
        &w,
        "worker",
        &format!(
            "touch '{slots}/'$JOBCTL_RESULT_ID; ls '{slots}' | wc -l >> '{seen}'; sleep 0.3; \
             rm '{slots}/'$JOBCTL_RESULT_ID",
            slots = slots.display(),
            seen = seen.display()
        ),
        &[],
    );
    for i in 0..6 {
        once_at(&w, "worker", &format!("w{i}"), "2030-01-01T00:01:00Z");
    }
    w.at("2030-01-01T00:01:00Z");
    w.run(&["run-due", "--max-parallel", "2"]).ok();
    let most: usize = read_lines(&seen)
        .iter()
        .map(|l| l.trim().parse::<usize>().unwrap())
        .max()
        .unwrap();
    assert_eq!(read_lines(&seen).len(), 6);
    assert!(most <= 2, "{most} jobs ran at once");
    w.run(&["run-due", "--max-parallel", "0"]).code(2);
}

// ---------------------------------------------------------------------------------------
// Singleton

#[test]
fn a_singleton_occurrence_due_while_a_run_is_in_progress_is_skipped() {
    let mut w = World::new();
    let hold = w.path("hold");
    let starts = w.path("starts");
    std::fs::write(&hold, "").unwrap();
    job(
        &w,
        "single",
        &format!(
            "echo go >> '{}'; while [ -e '{}' ]; do sleep 0.1; done",
            starts.display(),
            hold.display()
        ),
        &["--singleton"],
    );
    every_minute(&w, "single", "every");
    w.at("2030-01-01T00:01:00Z");
    let first = spawn(&w, &["run-due"]);
    wait_for("the first run to start", || read_lines(&starts).len() == 1);
    // A minute later the first run is still going: the next occurrence is skipped.
    w.at("2030-01-01T00:02:00Z");
    run_due_quietly(&w);
    // A manual run of a singleton job is refused while it runs, too.
    w.run(&["run", "single"])
        .code(5)
        .stderr_has("singleton")
        .stderr_has("in progress");
    std::fs::remove_file(&hold).unwrap();
    reap(first).ok();
    assert_eq!(read_lines(&starts).len(), 1);
    let all = results(&w);
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(all[0]["status"], "success");
    assert_eq!(all[1]["status"], "skipped");
    assert_eq!(all[1]["scheduled_for"], "2030-01-01T00:02:00Z");
    assert!(
        all[1]["reason"].as_str().unwrap().contains("in progress"),
        "{}",
        all[1]
    );
    assert_eq!(all[1]["date_started"], Value::Null);
    // Once it finished, the cadence goes on.
    w.at("2030-01-01T00:03:00Z");
    run_due_quietly(&w);
    assert_eq!(results(&w)[2]["status"], "success");
}

#[test]
fn two_schedules_of_one_singleton_job_due_together_run_it_once() {
    let mut w = World::new();
    job(&w, "single", "true", &["--singleton"]);
    job(&w, "plain", "true", &[]);
    once_at(&w, "single", "a", "2030-01-01T00:01:00Z");
    once_at(&w, "single", "b", "2030-01-01T00:01:00Z");
    once_at(&w, "plain", "c", "2030-01-01T00:01:00Z");
    once_at(&w, "plain", "d", "2030-01-01T00:01:00Z");
    w.at("2030-01-01T00:01:00Z");
    run_due_quietly(&w);
    let statuses: Vec<(String, String)> = results(&w)
        .iter()
        .map(|r| {
            (
                r["job"].as_str().unwrap().to_string(),
                r["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let single: Vec<&str> = statuses
        .iter()
        .filter(|(j, _)| j == "single")
        .map(|(_, s)| s.as_str())
        .collect();
    assert_eq!(single, ["success", "skipped"]);
    let plain = statuses
        .iter()
        .filter(|(j, s)| j == "plain" && s == "success");
    assert_eq!(plain.count(), 2);
    // The skipped one-off is done all the same: it does not run later.
    assert_eq!(
        w.sql("SELECT group_concat(DISTINCT state) FROM scheduled_jobs"),
        "completed"
    );
    w.at("2030-01-01T00:02:00Z");
    run_due_quietly(&w);
    assert_eq!(results(&w).len(), 4);
}

#[test]
fn singleton_skips_within_one_run_due_pass_are_documented_in_the_help() {
    let w = World::new();
    let help = w.run(&["jobs", "add", "--help"]).ok().stdout;
    let flag = help.split("--singleton").nth(1).unwrap_or_default();
    let flag = flag.split("\n      --").next().unwrap_or_default();
    let flag = flag.split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in [
        "same run-due pass",
        "`skipped`",
        "one-off is then completed",
    ] {
        assert!(flag.contains(needle), "{needle}: {flag}");
    }
}

// ---------------------------------------------------------------------------------------
// The command's contract

#[test]
fn dry_run_claims_nothing() {
    let mut w = World::new();
    let mark = w.path("ran");
    job(&w, "j", &format!("touch '{}'", mark.display()), &[]);
    let s = every_minute(&w, "j", "every");
    w.at("2030-01-01T03:00:30Z");
    let dry = w.json(&["run-due", "--dry-run"]);
    assert_eq!(dry.as_array().unwrap().len(), 1);
    assert_eq!(dry[0]["scheduled_job"], s);
    assert_eq!(dry[0]["job"], "j");
    assert_eq!(dry[0]["scheduled_for"], "2030-01-01T03:00:00Z");
    assert_eq!(dry[0]["skipped_occurrences"], 179);
    assert_eq!(dry[0]["result"], Value::Null);
    let table = w.run(&["run-due", "--dry-run"]).ok();
    assert!(
        table.stdout.contains("2030-01-01 03:00:00 +00:00"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("run"), "{}", table.stdout);
    assert!(!mark.exists());
    assert_eq!(count(&w, "SELECT count(*) FROM results"), 0);
    let v = w.json(&["schedules", "show", &s.to_string()]);
    assert_eq!(v["next_run"], "2030-01-01T00:01:00Z");
    assert_eq!(v["total_run_count"], 0);
    assert_eq!(
        count(
            &w,
            "SELECT count(*) FROM audit WHERE action IN ('job.run', 'job.skip')"
        ),
        0
    );
    // The real thing runs what the dry run showed.
    run_due_quietly(&w);
    assert!(mark.exists());
    assert_eq!(results(&w)[0]["scheduled_for"], "2030-01-01T03:00:00Z");
}

#[test]
fn json_lists_the_claimed_runs_and_nothing_due_is_an_empty_list() {
    let mut w = World::new();
    job(&w, "a", "echo a", &[]);
    job(&w, "b", "exit 4", &[]);
    let sa = once_at(&w, "a", "a", "2030-01-01T00:01:00Z");
    let sb = every_minute(&w, "b", "b");
    assert_eq!(w.json(&["run-due"]), serde_json::json!([]));
    w.at("2030-01-01T00:01:00Z");
    let v = w.json(&["run-due"]);
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), 2);
    let by_sched: BTreeMap<i64, &Value> = list
        .iter()
        .map(|r| (r["scheduled_job"].as_i64().unwrap(), r))
        .collect();
    assert_eq!(by_sched[&sa]["status"], "success");
    assert_eq!(by_sched[&sb]["status"], "failure");
    assert_eq!(by_sched[&sb]["exit_code"], 4);
    for r in list {
        for field in [
            "id",
            "job",
            "scheduled_job",
            "user",
            "ran_as",
            "status",
            "exit_code",
            "reason",
            "scheduled_for",
            "date_created",
            "date_started",
            "date_done",
            "duration_ms",
            "output_truncated",
            "output_bytes",
            "skipped_occurrences",
            "variables",
        ] {
            assert!(r.get(field).is_some(), "missing {field} in {r}");
        }
        assert!(r.get("output").is_none(), "output is for results show");
        assert_eq!(r["scheduled_for"], "2030-01-01T00:01:00Z");
    }
}

#[test]
fn disabled_jobs_and_disabled_schedules_do_not_run() {
    let mut w = World::new();
    let marks = w.path("marks");
    std::fs::create_dir(&marks).unwrap();
    for j in ["off-job", "off-schedule", "on"] {
        job(&w, j, &format!("touch '{}/{j}'", marks.display()), &[]);
    }
    every_minute(&w, "off-job", "a");
    let sb = every_minute(&w, "off-schedule", "b");
    every_minute(&w, "on", "c");
    w.run(&["jobs", "disable", "off-job"]).ok();
    w.run(&["schedules", "disable", &sb.to_string()]).ok();
    w.at("2030-01-01T00:01:00Z");
    assert_eq!(
        w.json(&["run-due", "--dry-run"]).as_array().unwrap().len(),
        1
    );
    run_due_quietly(&w);
    let ran: Vec<String> = std::fs::read_dir(&marks)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(ran, ["on"]);
    assert_eq!(results(&w).len(), 1);
    // Switched back on, they run again.
    w.run(&["jobs", "enable", "off-job"]).ok();
    w.run(&["schedules", "enable", &sb.to_string()]).ok();
    w.at("2030-01-01T00:02:00Z");
    run_due_quietly(&w);
    assert_eq!(std::fs::read_dir(&marks).unwrap().count(), 3);
}

#[test]
fn run_due_never_holds_a_transaction_while_a_job_runs() {
    let mut w = World::new();
    let started = w.path("started");
    job(
        &w,
        "slow",
        &format!("touch '{}'; sleep 5", started.display()),
        &[],
    );
    job(&w, "other", "true", &[]);
    once_at(&w, "slow", "slow", "2030-01-01T00:01:00Z");
    w.at("2030-01-01T00:01:00Z");
    let child = spawn(&w, &["run-due"]);
    wait_for("the slow job to start", || started.exists());
    let rid: i64 = w.sql("SELECT id FROM results").parse().unwrap();
    // Reads and writes by other people go through while the job runs…
    w.run(&["schedules", "list"]).ok();
    once_at(&w, "other", "later", "2030-01-01T00:05:00Z");
    w.run(&["jobs", "add", "third", "--command", "true"]).ok();
    // …before it ends (they would have waited for it otherwise).
    assert_eq!(status_of(&w, rid), "running");
    reap(child).ok();
    assert_eq!(status_of(&w, rid), "success");
}

// ---------------------------------------------------------------------------------------
// results list | show

#[test]
fn results_list_filters_and_limits_newest_first() {
    let mut w = World::new();
    job(&w, "good", "echo ok", &[]);
    job(&w, "bad", "exit 1", &[]);
    for _ in 0..53 {
        w.run(&["run", "good"]).ok();
    }
    w.run(&["run", "bad"]).code(1);
    let s = once_at(&w, "good", "once", "2030-01-01T00:01:00Z");
    w.at("2030-01-01T00:01:00Z");
    run_due_quietly(&w);

    let all = w.json(&["results", "list"]);
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 50, "default limit");
    assert_eq!(all[0]["id"], 55, "newest first");
    assert_eq!(all[0]["scheduled_job"], s);
    assert_eq!(all[49]["id"], 6);
    assert_eq!(
        w.json(&["results", "list", "--limit", "3"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    let bad = w.json(&["results", "list", "--job", "bad"]);
    assert_eq!(bad.as_array().unwrap().len(), 1);
    assert_eq!(bad[0]["status"], "failure");
    let failures = w.json(&["results", "list", "--status", "failure"]);
    assert_eq!(failures, bad);
    let by_schedule = w.json(&["results", "list", "--schedule", &s.to_string()]);
    assert_eq!(by_schedule.as_array().unwrap().len(), 1);
    assert_eq!(by_schedule[0]["id"], 55);
    assert_eq!(
        w.json(&["results", "list", "--job", "nope"]),
        serde_json::json!([])
    );
    w.run(&["results", "list", "--status", "weird"])
        .code(2)
        .stderr_has("--status");
    w.run(&["results", "list", "--limit", "0"]).code(2);
    let table = w.run(&["results", "list", "--limit", "2"]).ok();
    assert!(table.stdout.starts_with("ID"), "{}", table.stdout);
    assert_eq!(table.stdout.lines().count(), 3);
}

#[test]
fn results_show_prints_the_output_and_needs_permission() {
    let w = World::new();
    w.users(&["alice", "bob"]);
    w.grant("user:alice", &["extras.run_job"]);
    job(&w, "hello", "echo hello from the job", &[]);
    let id = w.json_as("alice", &["run", "hello"])["id"].to_string();
    let shown = w.run(&["results", "show", &id]).ok();
    assert!(shown.stdout.contains("status"), "{}", shown.stdout);
    assert!(
        shown.stdout.contains("hello from the job\n"),
        "{}",
        shown.stdout
    );
    let v = w.json(&["results", "show", &id]);
    assert_eq!(v["output"], "hello from the job\n");
    assert_eq!(v["user"], "alice");
    assert_eq!(v["ran_as"], "root");
    // The requester sees their own; others need extras.view_jobresult.
    w.as_user("alice", &["results", "show", &id]).ok();
    w.as_user("bob", &["results", "show", &id])
        .code(3)
        .stderr_has("extras.view_jobresult");
    assert_eq!(
        w.json_as("bob", &["results", "list"]),
        serde_json::json!([])
    );
    w.grant("user:bob", &["extras.view_jobresult"]);
    w.as_user("bob", &["results", "show", &id]).ok();
    w.run(&["results", "show", "999"]).code(4);
}

// ---------------------------------------------------------------------------------------
// cron-line and run_as

#[test]
fn cron_line_uses_absolute_paths() {
    let w = World::new();
    let r = w
        .cmd(&["--db", "relative.db", "cron-line"])
        .env_remove("JOBCTL_DB")
        .output()
        .unwrap();
    let r = finish(r).ok();
    let line = r.stdout.trim();
    let dir = w.dir.path().display().to_string();
    let bin = crate::harness::bin().display().to_string();
    assert!(line.starts_with("* * * * * "), "{line}");
    assert!(line.contains(&bin), "{line}");
    assert!(line.contains(&format!("{dir}/relative.db")), "{line}");
    assert!(line.ends_with(" run-due"), "{line}");
    let v = w.json(&["cron-line"]);
    assert_eq!(v["database"], w.db().display().to_string());
    assert!(Path::new(v["binary"].as_str().unwrap()).is_absolute());
}

#[test]
fn cron_line_escapes_percent_signs_which_cron_would_turn_into_newlines() {
    let w = World::new();
    let dir = w.dir.path().join("my dir").join("it's 100%");
    let db = dir.join("j.db").display().to_string();
    let r = w
        .cmd(&["--db", &db, "cron-line"])
        .env_remove("JOBCTL_DB")
        .output()
        .unwrap();
    let line = finish(r).ok().stdout.trim().to_string();
    assert!(line.contains("100\\%/j.db"), "{line}");
    // What cron hands the shell: `\%` becomes `%`; an unescaped `%` would end the command.
    let command = line.strip_prefix("* * * * * ").unwrap();
    let unescaped = command.replace("\\%", "");
    assert!(!unescaped.contains('%'), "unescaped % in {line}");
    let for_shell = command.replace("\\%", "%");
    // The shell quoting holds: the same command line, asked for its paths, names the database.
    let probe = for_shell.strip_suffix(" run-due").unwrap().to_string() + " --json cron-line";
    let out = std::process::Command::new("/bin/sh")
        .args(["-c", &probe])
        .env_remove("JOBCTL_DB")
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["database"], db.as_str());
    assert_eq!(v["line"], line.as_str());
    // A line break cannot be put into a crontab line at all.
    let bad = w.dir.path().join("a\nb.db").display().to_string();
    w.cmd(&["--db", &bad, "cron-line"])
        .env_remove("JOBCTL_DB")
        .output()
        .map(finish)
        .unwrap()
        .code(2)
        .stderr_has("line break");
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
}

#[test]
fn run_as_switches_account_when_run_due_is_root() {
    if !is_root() {
        return;
    }
    let mut w = World::new();
    job(
        &w,
        "as-nobody",
        "id -u; echo \"$HOME $LOGNAME\"",
        &["--run-as", "nobody"],
    );
    once_at(&w, "as-nobody", "n", "2030-01-01T00:01:00Z");
    w.at("2030-01-01T00:01:00Z");
    run_due_quietly(&w);
    let r = result(&w, 1);
    assert_eq!(r["status"], "success", "{r}");
    assert_eq!(r["ran_as"], "nobody");
    assert_eq!(r["output"], "65534\n/nonexistent nobody\n");
}

#[test]
fn run_as_another_account_without_root_is_a_recorded_failure() {
    if !is_root() || !Path::new("/usr/bin/setpriv").exists() {
        return;
    }
    let mut w = World::new();
    job(&w, "as-root", "echo should not run", &["--run-as", "root"]);
    job(&w, "as-nobody", "id -u", &["--run-as", "nobody"]);
    once_at(&w, "as-root", "r", "2030-01-01T00:01:00Z");
    once_at(&w, "as-nobody", "n", "2030-01-01T00:01:00Z");
    // Let nobody use the database.
    let open = |p: &Path, mode| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    open(w.dir.path(), 0o777);
    for entry in std::fs::read_dir(w.dir.path()).unwrap() {
        open(&entry.unwrap().path(), 0o666);
    }
    w.at("2030-01-01T00:01:00Z");
    let mut cmd = w.cmd(&["run-due"]);
    let program = cmd.get_program().to_owned();
    let mut wrapped = std::process::Command::new("/usr/bin/setpriv");
    wrapped
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(program)
        .arg("run-due");
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => wrapped.env(k, v),
            None => wrapped.env_remove(k),
        };
    }
    wrapped.current_dir(w.dir.path());
    let r = finish(wrapped.output().unwrap());
    if r.stderr.contains("Permission denied") {
        return; // the binary's folder is not reachable by nobody here
    }
    let r = r.ok();
    let _ = &mut cmd;
    let by_job: BTreeMap<String, Value> = results(&w)
        .into_iter()
        .map(|r| (r["job"].as_str().unwrap().to_string(), r))
        .collect();
    assert_eq!(by_job["as-root"]["status"], "failure");
    assert_eq!(
        by_job["as-root"]["reason"],
        "run_as \"root\" requires run-due to run as root"
    );
    assert_eq!(by_job["as-root"]["ran_as"], Value::Null);
    assert!(
        r.stderr.contains("requires run-due to run as root"),
        "{}",
        r.stderr
    );
    assert_eq!(by_job["as-nobody"]["status"], "success");
    assert_eq!(by_job["as-nobody"]["ran_as"], "nobody");
    let out = result(&w, by_job["as-nobody"]["id"].as_i64().unwrap());
    assert_eq!(out["output"], "65534\n");
}
