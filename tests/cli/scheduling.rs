//! Scheduling through the binary (spec §3): the six intervals and their run times (DST
//! included), the preconditions in order, start-time rules, the scheduled-job JSON, and the
//! `schedules …` commands with their permissions.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::harness::World;

/// The stored `next_run` of a scheduled job, as RFC 3339 (empty string for NULL).
fn stored_next_run(w: &World, id: i64) -> String {
    let raw = w.sql(&format!(
        "SELECT next_run FROM scheduled_jobs WHERE id = {id}"
    ));
    if raw.is_empty() {
        return String::new();
    }
    let secs: i64 = raw.parse().expect("next_run is Unix seconds");
    DateTime::<Utc>::from_timestamp(secs, 0)
        .expect("valid instant")
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// `schedules next ID -n N --json` → the `next` list.
fn next_times(w: &World, id: i64, n: usize) -> Vec<String> {
    let v = w.json(&["schedules", "next", &id.to_string(), "-n", &n.to_string()]);
    assert_eq!(v["id"], id);
    v["next"]
        .as_array()
        .expect("next is a list")
        .iter()
        .map(|t| t.as_str().expect("a time").to_string())
        .collect()
}

fn schedule(w: &World, args: &[&str]) -> Value {
    let mut all = vec!["schedule"];
    all.extend_from_slice(args);
    w.json(&all)
}

fn count_schedules(w: &World) -> String {
    w.sql("SELECT COUNT(*) FROM scheduled_jobs")
}

fn secs(t: &str) -> i64 {
    t.parse::<DateTime<Utc>>().expect("RFC 3339").timestamp()
}

// ---------------------------------------------------------------------------------------
// The seed payloads and the JSON of a scheduled job

#[test]
fn seed_future_payload_with_fractional_seconds_has_every_field_of_the_spec() {
    let w = World::new();
    w.job("backup", "true");
    let v = schedule(
        &w,
        &[
            "backup",
            "--interval",
            "future",
            "--name",
            "seed-future",
            "--start-time",
            "2030-01-01T01:00:00.000Z",
        ],
    );
    assert!(v["id"].is_i64(), "{v}");
    let expected = json!({
        "id": v["id"],
        "name": "seed-future",
        "job": "backup",
        "interval": "future",
        "crontab": null,
        "start_time": "2030-01-01T01:00:00Z",
        "time_zone": "UTC",
        "variables": {},
        "user": "root",
        "state": "active",
        "enabled": true,
        "approval_required": false,
        "approval_workflow": null,
        "next_run": "2030-01-01T01:00:00Z",
        "last_run_at": null,
        "total_run_count": 0,
        "created": "2030-01-01T00:00:00Z",
    });
    for (key, want) in expected.as_object().unwrap() {
        assert_eq!(&v[key], want, "field {key} of {v}");
    }
    // `show` gives the same object; the due query reads the stored UTC instant.
    let id = v["id"].as_i64().unwrap();
    assert_eq!(w.json(&["schedules", "show", &id.to_string()]), v);
    assert_eq!(stored_next_run(&w, id), "2030-01-01T01:00:00Z");
    assert_eq!(next_times(&w, id, 5), vec!["2030-01-01T01:00:00Z"]);
}

#[test]
fn seed_future_payload_runs_once_then_is_completed_with_no_next_times() {
    let mut w = World::new();
    w.job("backup", "echo ran");
    schedule(
        &w,
        &[
            "backup",
            "--interval",
            "future",
            "--name",
            "once",
            "--start-time",
            "2030-01-01T01:00:00.000Z",
        ],
    );
    w.at("2030-01-01T00:59:00Z").run(&["run-due"]).ok();
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
    w.at("2030-01-01T01:00:00Z").run(&["run-due"]).ok();
    w.at("2030-01-01T01:05:00Z").run(&["run-due"]).ok();
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "1");
    let v = w.json(&["schedules", "show", "1"]);
    assert_eq!(v["state"], "completed");
    assert_eq!(v["next_run"], Value::Null);
    assert_eq!(v["last_run_at"], "2030-01-01T01:00:00Z");
    assert_eq!(v["total_run_count"], 1);
    assert_eq!(stored_next_run(&w, 1), "");
    assert!(next_times(&w, 1, 5).is_empty());
}

#[test]
fn seed_custom_payload_every_15_minutes_starts_at_the_first_match_after_now() {
    let w = World::new();
    w.job("backup", "true");
    let v = schedule(
        &w,
        &[
            "backup",
            "--interval",
            "custom",
            "--name",
            "quarter",
            "--crontab",
            "*/15 * * * *",
        ],
    );
    assert_eq!(v["interval"], "custom");
    assert_eq!(v["crontab"], "*/15 * * * *");
    assert_eq!(v["start_time"], Value::Null);
    assert_eq!(v["next_run"], "2030-01-01T00:15:00Z");
    assert_eq!(stored_next_run(&w, 1), "2030-01-01T00:15:00Z");
    assert_eq!(
        next_times(&w, 1, 4),
        vec![
            "2030-01-01T00:15:00Z",
            "2030-01-01T00:30:00Z",
            "2030-01-01T00:45:00Z",
            "2030-01-01T01:00:00Z"
        ]
    );
}

#[test]
fn custom_with_a_start_time_never_runs_before_it() {
    let w = World::new();
    w.job("backup", "true");
    let v = schedule(
        &w,
        &[
            "backup",
            "--interval",
            "custom",
            "--name",
            "later",
            "--crontab",
            "*/15 * * * *",
            "--start-time",
            "2030-01-01T01:07:00Z",
        ],
    );
    assert_eq!(v["start_time"], "2030-01-01T01:07:00Z");
    assert_eq!(v["next_run"], "2030-01-01T01:15:00Z");
    // A start time on a match is itself the first run.
    let v = schedule(
        &w,
        &[
            "backup",
            "--interval",
            "custom",
            "--name",
            "on-the-dot",
            "--crontab",
            "*/15 * * * *",
            "--start-time",
            "2030-01-01T02:00:00Z",
        ],
    );
    assert_eq!(v["next_run"], "2030-01-01T02:00:00Z");
}

// ---------------------------------------------------------------------------------------
// The intervals

#[test]
fn immediately_runs_in_the_foreground_and_exits_by_the_job() {
    let w = World::new();
    w.job("ok", "echo fine");
    w.job("bad", "echo broken; exit 3");
    let r = w.run(&["run", "ok"]).ok();
    assert!(r.stdout.starts_with("fine\n"), "{}", r.stdout);
    assert!(r.stdout.contains("success, exit code 0"), "{}", r.stdout);
    let r = w.run(&["schedule", "bad", "--interval", "immediately", "--json"]);
    let r = r.code(1);
    let v = r.json();
    assert_eq!(v["status"], "failure");
    assert_eq!(v["exit_code"], 3);
    assert_eq!(v["output"], "broken\n");
    assert_eq!(r.error_kind(), "job_failed");
    // Foreground runs store a result and no scheduled job.
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "2");
    assert_eq!(count_schedules(&w), "0");
}

#[test]
fn hourly_runs_every_real_hour_25_times_on_the_berlin_fall_back_day() {
    let w = World::new();
    w.job("tick", "true");
    let v = schedule(
        &w,
        &[
            "tick",
            "--interval",
            "hourly",
            "--name",
            "tick",
            "--start-time",
            "2030-10-26 23:45",
            "--tz",
            "Europe/Berlin",
        ],
    );
    assert_eq!(v["start_time"], "2030-10-26T21:45:00Z");
    assert_eq!(v["time_zone"], "Europe/Berlin");
    let times = next_times(&w, 1, 27);
    assert_eq!(times[0], "2030-10-26T21:45:00Z");
    for pair in times.windows(2) {
        assert_eq!(secs(&pair[1]) - secs(&pair[0]), 3600, "{pair:?}");
    }
    // The local day 2030-10-27 runs from 22:00Z on the 26th to 23:00Z on the 27th: 25 hours.
    let on_the_day = times
        .iter()
        .filter(|t| {
            secs(t) >= secs("2030-10-26T22:00:00Z") && secs(t) < secs("2030-10-27T23:00:00Z")
        })
        .count();
    assert_eq!(on_the_day, 25);
}

#[test]
fn daily_keeps_its_local_time_across_the_berlin_spring_forward() {
    let mut w = World::new();
    w.job("nightly", "true");
    let v = schedule(
        &w,
        &[
            "nightly",
            "--interval",
            "daily",
            "--name",
            "nightly",
            "--start-time",
            "2030-03-30 02:30",
            "--tz",
            "Europe/Berlin",
        ],
    );
    assert_eq!(v["start_time"], "2030-03-30T01:30:00Z"); // 02:30 CET
    assert_eq!(stored_next_run(&w, 1), "2030-03-30T01:30:00Z");
    // 02:30 does not exist on 31 March: it runs at 03:00 CEST, then at 02:30 CEST again.
    assert_eq!(
        next_times(&w, 1, 4),
        vec![
            "2030-03-30T01:30:00Z",
            "2030-03-31T01:00:00Z",
            "2030-04-01T00:30:00Z",
            "2030-04-02T00:30:00Z"
        ]
    );
    let table = w.run(&["schedules", "next", "1", "-n", "3"]).ok().stdout;
    assert!(table.contains("2030-03-30 02:30:00 +01:00"), "{table}");
    assert!(table.contains("2030-03-31 03:00:00 +02:00"), "{table}");
    assert!(table.contains("2030-04-01 02:30:00 +02:00"), "{table}");
    // run-due moves the stored next run along the same local time.
    w.at("2030-03-30T01:30:00Z").run(&["run-due"]).ok();
    assert_eq!(stored_next_run(&w, 1), "2030-03-31T01:00:00Z");
    w.at("2030-03-31T01:00:00Z").run(&["run-due"]).ok();
    assert_eq!(stored_next_run(&w, 1), "2030-04-01T00:30:00Z");
    let results = w.json(&["results", "list", "--schedule", "1"]);
    let mut ran: Vec<&str> = results
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["scheduled_for"].as_str().unwrap())
        .collect();
    ran.sort_unstable();
    assert_eq!(ran, vec!["2030-03-30T01:30:00Z", "2030-03-31T01:00:00Z"]);
}

#[test]
fn daily_runs_once_at_the_first_0230_on_the_berlin_fall_back_night() {
    let w = World::new();
    w.job("nightly", "true");
    schedule(
        &w,
        &[
            "nightly",
            "--interval",
            "daily",
            "--name",
            "nightly",
            "--start-time",
            "2030-10-26 02:30",
            "--tz",
            "Europe/Berlin",
        ],
    );
    assert_eq!(
        next_times(&w, 1, 3),
        vec![
            "2030-10-26T00:30:00Z", // CEST
            "2030-10-27T00:30:00Z", // the first 02:30 (CEST); not again at 01:30Z
            "2030-10-28T01:30:00Z"  // CET
        ]
    );
}

#[test]
fn weekly_in_new_york_keeps_weekday_and_local_time_across_both_changes() {
    let mut w = World::new();
    w.job("report", "true");
    let v = schedule(
        &w,
        &[
            "report",
            "--interval",
            "weekly",
            "--name",
            "monday-report",
            "--start-time",
            "2030-03-04 09:00",
            "--tz",
            "America/New_York",
        ],
    );
    assert_eq!(v["start_time"], "2030-03-04T14:00:00Z"); // Monday 09:00 EST
    assert_eq!(stored_next_run(&w, 1), "2030-03-04T14:00:00Z");
    assert_eq!(
        next_times(&w, 1, 3),
        vec![
            "2030-03-04T14:00:00Z",
            "2030-03-11T13:00:00Z", // 09:00 EDT after 10 March
            "2030-03-18T13:00:00Z"
        ]
    );
    w.at("2030-03-04T14:00:30Z").run(&["run-due"]).ok();
    assert_eq!(stored_next_run(&w, 1), "2030-03-11T13:00:00Z");
    // And back to EST after 3 November.
    let v = schedule(
        &w,
        &[
            "report",
            "--interval",
            "weekly",
            "--name",
            "autumn",
            "--start-time",
            "2030-10-28 09:00",
            "--tz",
            "America/New_York",
        ],
    );
    let id = v["id"].as_i64().unwrap();
    assert_eq!(
        next_times(&w, id, 2),
        vec!["2030-10-28T13:00:00Z", "2030-11-04T14:00:00Z"]
    );
}

#[test]
fn weekly_takes_the_weekday_in_the_schedules_zone_not_in_utc() {
    let w = World::new();
    w.job("report", "true");
    // Monday 21:00 in New York is Tuesday 02:00 UTC: the job runs on Mondays, local time.
    let v = schedule(
        &w,
        &[
            "report",
            "--interval",
            "weekly",
            "--name",
            "monday-night",
            "--start-time",
            "2030-01-08T02:00:00Z",
            "--tz",
            "America/New_York",
        ],
    );
    assert_eq!(v["time_zone"], "America/New_York");
    assert_eq!(
        next_times(&w, 1, 2),
        vec!["2030-01-08T02:00:00Z", "2030-01-15T02:00:00Z"]
    );
}

// ---------------------------------------------------------------------------------------
// Start times

#[test]
fn an_offset_changes_the_instant_never_the_zone() {
    let w = World::new();
    w.job("j", "true");
    let v = schedule(
        &w,
        &[
            "j",
            "--interval",
            "daily",
            "--name",
            "d",
            "--start-time",
            "2030-06-01T09:00:00+02:00",
            "--tz",
            "America/New_York",
        ],
    );
    assert_eq!(v["start_time"], "2030-06-01T07:00:00Z");
    assert_eq!(v["time_zone"], "America/New_York");
    // Daily at 03:00 New York time (07:00Z in summer, 08:00Z in winter).
    assert_eq!(
        next_times(&w, 1, 2),
        vec!["2030-06-01T07:00:00Z", "2030-06-02T07:00:00Z"]
    );
    let v = schedule(
        &w,
        &[
            "j",
            "--interval",
            "daily",
            "--name",
            "d2",
            "--start-time",
            "2030-11-30T09:00:00+02:00",
            "--tz",
            "America/New_York",
        ],
    );
    assert_eq!(v["start_time"], "2030-11-30T07:00:00Z"); // 02:00 EST
}

#[test]
fn an_ambiguous_local_time_means_the_earlier_instant() {
    let w = World::new();
    w.job("j", "true");
    let v = schedule(
        &w,
        &[
            "j",
            "--interval",
            "future",
            "--name",
            "f",
            "--start-time",
            "2030-10-27 02:30",
            "--tz",
            "Europe/Berlin",
        ],
    );
    assert_eq!(v["start_time"], "2030-10-27T00:30:00Z"); // 02:30 CEST, not CET
    let v = schedule(
        &w,
        &[
            "j",
            "--interval",
            "future",
            "--name",
            "g",
            "--start-time",
            "2030-11-03 01:30:00",
            "--tz",
            "America/New_York",
        ],
    );
    assert_eq!(v["start_time"], "2030-11-03T05:30:00Z"); // 01:30 EDT
}

#[test]
fn a_local_time_inside_a_dst_gap_is_refused_with_the_first_time_after_it() {
    let w = World::new();
    w.job("j", "true");
    let r = w
        .run(&[
            "schedule",
            "j",
            "--interval",
            "daily",
            "--name",
            "gap",
            "--start-time",
            "2030-03-31 02:30",
            "--tz",
            "Europe/Berlin",
        ])
        .code(2)
        .stderr_has("error: --start-time: 2030-03-31 02:30:00 does not exist in Europe/Berlin");
    assert!(r.stderr.contains("2030-03-31 03:00:00"), "{}", r.stderr);
    assert_eq!(count_schedules(&w), "0");
}

#[test]
fn local_start_times_take_seconds_and_are_read_in_the_schedules_zone() {
    let w = World::new();
    w.job("j", "true");
    let v = schedule(
        &w,
        &[
            "j",
            "--interval",
            "future",
            "--name",
            "f",
            "--start-time",
            "2030-07-01 09:30:15",
            "--tz",
            "Asia/Kolkata",
        ],
    );
    assert_eq!(v["start_time"], "2030-07-01T04:00:15Z");
    assert_eq!(v["time_zone"], "Asia/Kolkata");
}

#[test]
fn the_default_zone_is_jobctl_tz() {
    let mut w = World::new();
    w.tz = "Australia/Sydney".into();
    w.job("j", "true");
    let v = schedule(
        &w,
        &[
            "j",
            "--interval",
            "daily",
            "--name",
            "d",
            "--start-time",
            "2030-01-02 06:00",
        ],
    );
    assert_eq!(v["time_zone"], "Australia/Sydney");
    assert_eq!(v["start_time"], "2030-01-01T19:00:00Z"); // AEDT is +11
    w.tz = "Not/AZone".into();
    w.run(&["schedule", "j", "--interval", "immediately"])
        .code(2)
        .stderr_has("JOBCTL_TZ");
}

// ---------------------------------------------------------------------------------------
// Preconditions, in the spec's order, and invalid arguments

/// A world where alice may not run `guarded`, which is disabled, sensitive and under a workflow.
fn guarded_world() -> World {
    let w = World::new();
    w.users(&["alice", "bob"]);
    w.group("ops", &["bob"]);
    w.run(&[
        "jobs",
        "add",
        "guarded",
        "--command",
        "echo \"$JOBCTL_VAR_TOKEN\" | wc -c",
        "--sensitive-var",
        "token",
        "--disabled",
    ])
    .ok();
    w
}

#[test]
fn preconditions_are_checked_in_order_permission_disabled_sensitive_arguments() {
    let w = guarded_world();
    // Everything is wrong at once: missing permission decides (3).
    let bad = [
        "schedule",
        "guarded",
        "--interval",
        "daily",
        "--start-time",
        "yesterday",
    ];
    let r = w.as_user("alice", &bad).code(3);
    assert!(
        r.stderr
            .starts_with("error: alice lacks permission extras.run_job for job guarded"),
        "{}",
        r.stderr
    );
    // With the permission: the job is disabled (5), with the spec's message.
    w.grant("user:alice", &["extras.run_job"]);
    let r = w.as_user("alice", &bad).code(5);
    assert!(
        r.stderr.starts_with(
            "error: job \"guarded\" is disabled; it cannot be run or scheduled\nhint: "
        ),
        "{}",
        r.stderr
    );
    // Enabled: a sensitive job can only run immediately (5), before the bad arguments.
    w.run(&["jobs", "enable", "guarded"]).ok();
    let r = w.as_user("alice", &bad).code(5);
    assert!(
        r.stderr
            .contains("has sensitive variables: it can only run immediately"),
        "{}",
        r.stderr
    );
    // A non-sensitive job with the same arguments: invalid (2).
    w.job("plain", "true");
    w.grant("user:alice", &["extras.run_job"]);
    let mut plain = bad;
    plain[1] = "plain";
    w.as_user("alice", &plain)
        .code(2)
        .stderr_has("--name is required for --interval daily");
    assert_eq!(count_schedules(&w), "0");
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
}

#[test]
fn a_sensitive_job_runs_immediately_only_without_a_workflow() {
    let w = guarded_world();
    w.run(&["jobs", "enable", "guarded"]).ok();
    // Without a workflow, immediately: it runs.
    let r = w.run(&["run", "guarded", "--var", "token=abcdef"]).ok();
    assert!(r.stdout.starts_with("7\n"), "{}", r.stdout);
    // Every other interval is refused, even with valid arguments.
    for args in [
        vec![
            "--interval",
            "future",
            "--name",
            "f",
            "--start-time",
            "2030-02-01T00:00:00Z",
        ],
        vec![
            "--interval",
            "custom",
            "--name",
            "c",
            "--crontab",
            "*/15 * * * *",
        ],
        vec![
            "--interval",
            "hourly",
            "--name",
            "h",
            "--start-time",
            "2030-02-01T00:00:00Z",
        ],
    ] {
        let mut all = vec!["schedule", "guarded", "--var", "token=abcdef"];
        all.extend(args);
        w.run(&all)
            .code(5)
            .stderr_has("its secrets cannot be stored for a later run");
    }
    // With a workflow, even immediately is refused, and the reason says so.
    w.one_stage_workflow("guard", Some("guarded"), "ops", "ops");
    for args in [
        vec!["run", "guarded", "--var", "token=abcdef"],
        vec![
            "schedule",
            "guarded",
            "--interval",
            "immediately",
            "--var",
            "token=abcdef",
        ],
    ] {
        let r = w.run(&[args.as_slice(), &["--json"]].concat()).code(5);
        assert_eq!(r.error_kind(), "conflict");
        assert!(
            r.stderr.contains("an approval workflow applies"),
            "{}",
            r.stderr
        );
    }
    assert_eq!(count_schedules(&w), "0");
    assert_eq!(w.sql("SELECT COUNT(*) FROM workflows"), "0");
}

#[test]
fn every_invalid_argument_exits_2_with_the_field_and_stores_nothing() {
    let w = World::new();
    w.job("j", "true");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["--interval", "fortnightly", "--name", "x"],
            "unknown interval `fortnightly`",
        ),
        (
            vec![
                "--interval",
                "future",
                "--start-time",
                "2030-02-01T00:00:00Z",
            ],
            "--name is required for --interval future",
        ),
        (
            vec![
                "--interval",
                "hourly",
                "--start-time",
                "2030-02-01T00:00:00Z",
            ],
            "--name is required for --interval hourly",
        ),
        (
            vec!["--interval", "custom", "--crontab", "* * * * *"],
            "--name is required for --interval custom",
        ),
        (
            vec!["--interval", "future", "--name", "x"],
            "--start-time is required for --interval future",
        ),
        (
            vec!["--interval", "daily", "--name", "x"],
            "--start-time is required for --interval daily",
        ),
        (
            vec!["--interval", "weekly", "--name", "x"],
            "--start-time is required for --interval weekly",
        ),
        (
            vec![
                "--interval",
                "future",
                "--name",
                "x",
                "--start-time",
                "tomorrow",
            ],
            "--start-time: `tomorrow` is not a time",
        ),
        (
            vec![
                "--interval",
                "future",
                "--name",
                "x",
                "--start-time",
                "2030-13-01 00:00",
            ],
            "--start-time:",
        ),
        (
            vec![
                "--interval",
                "future",
                "--name",
                "x",
                "--start-time",
                "2030-01-01T25:00:00Z",
            ],
            "--start-time:",
        ),
        (
            vec![
                "--interval",
                "future",
                "--name",
                "x",
                "--start-time",
                "2030-01-01T00:00:00Z",
            ],
            "is not later than now",
        ),
        (
            vec![
                "--interval",
                "daily",
                "--name",
                "x",
                "--start-time",
                "2029-12-31 23:00",
            ],
            "is not later than now",
        ),
        (
            vec![
                "--interval",
                "custom",
                "--name",
                "x",
                "--crontab",
                "* * * * *",
                "--start-time",
                "2029-06-01T00:00:00Z",
            ],
            "is not later than now",
        ),
        (
            vec!["--interval", "custom", "--name", "x"],
            "--crontab is required for --interval custom",
        ),
        (
            vec![
                "--interval",
                "daily",
                "--name",
                "x",
                "--start-time",
                "2030-02-01T00:00:00Z",
                "--crontab",
                "0 9 * * *",
            ],
            "--crontab only goes with --interval custom",
        ),
        (
            vec![
                "--interval",
                "custom",
                "--name",
                "x",
                "--crontab",
                "61 * * * *",
            ],
            "--crontab: minute: 61 is out of range 0-59",
        ),
        (
            vec![
                "--interval",
                "custom",
                "--name",
                "x",
                "--crontab",
                "0 9 * * 8",
            ],
            "--crontab: day of week: 8 is out of range 0-7",
        ),
        (
            vec![
                "--interval",
                "custom",
                "--name",
                "x",
                "--crontab",
                "0 0 30 2 *",
            ],
            "--crontab: expression can never fire",
        ),
        (
            vec![
                "--interval",
                "custom",
                "--name",
                "x",
                "--crontab",
                "0 0 * * * *",
            ],
            "--crontab: expected 5 fields",
        ),
        (
            vec![
                "--interval",
                "custom",
                "--name",
                "x",
                "--crontab",
                "@reboot",
            ],
            "--crontab: `@reboot` is not supported",
        ),
        (
            vec![
                "--interval",
                "daily",
                "--name",
                "x",
                "--start-time",
                "2030-02-01 00:00",
                "--tz",
                "Mars/Olympus",
            ],
            "--tz: unknown time zone `Mars/Olympus`",
        ),
        (
            vec![
                "--interval",
                "immediately",
                "--start-time",
                "2030-02-01T00:00:00Z",
            ],
            "--start-time does not go with --interval immediately",
        ),
        (
            vec![
                "--interval",
                "future",
                "--name",
                "",
                "--start-time",
                "2030-02-01T00:00:00Z",
            ],
            "--name:",
        ),
        (
            vec![
                "--interval",
                "future",
                "--name",
                "42",
                "--start-time",
                "2030-02-01T00:00:00Z",
            ],
            "--name:",
        ),
    ];
    for (args, message) in cases {
        let mut all = vec!["schedule", "j"];
        all.extend(args.iter());
        let r = w.run(&all);
        assert_eq!(r.code, 2, "{all:?}: {}", r.stderr);
        assert!(
            r.stderr.starts_with("error: ") && r.stderr.contains(message),
            "{all:?}: expected {message:?} in\n{}",
            r.stderr
        );
        all.push("--json");
        assert_eq!(w.run(&all).code(2).error_kind(), "invalid");
    }
    assert_eq!(count_schedules(&w), "0");
}

#[test]
fn a_start_time_in_the_past_says_what_to_do() {
    let w = World::new();
    w.job("j", "true");
    w.run(&[
        "schedule",
        "j",
        "--interval",
        "future",
        "--name",
        "late",
        "--start-time",
        "2029-12-31T23:59:59Z",
    ])
    .code(2)
    .stderr_has("hint: pick a time in the future");
}

#[test]
fn duplicate_names_are_a_conflict_not_a_crash() {
    let w = World::new();
    w.job("a", "true");
    w.job("b", "true");
    let args = |job: &'static str| {
        vec![
            "schedule",
            job,
            "--interval",
            "custom",
            "--name",
            "nightly",
            "--crontab",
            "0 3 * * *",
        ]
    };
    w.run(&args("a")).ok();
    let r = w.run(&args("b")).code(5);
    assert!(
        r.stderr
            .starts_with("error: a scheduled job named \"nightly\" already exists"),
        "{}",
        r.stderr
    );
    let mut json = args("a");
    json.push("--json");
    assert_eq!(w.run(&json).code(5).error_kind(), "conflict");
    assert_eq!(count_schedules(&w), "1");
}

#[test]
fn unknown_jobs_are_not_found() {
    let w = World::new();
    w.run(&["run", "nope"])
        .code(4)
        .stderr_has("no such job: nope");
    w.run(&["schedule", "nope", "--interval", "immediately"])
        .code(4);
}

// ---------------------------------------------------------------------------------------
// schedules list | show | next | enable | disable | delete

/// root owns schedule 1 (job `backup`); alice may run jobs and owns schedule 2; bob and
/// carol hold nothing yet.
fn two_schedules() -> World {
    let w = World::new();
    w.users(&["alice", "bob", "carol"]);
    w.job("backup", "true");
    w.job("other", "true");
    w.grant("user:alice", &["extras.run_job"]);
    schedule(
        &w,
        &[
            "backup",
            "--interval",
            "custom",
            "--name",
            "root-s",
            "--crontab",
            "0 * * * *",
        ],
    );
    w.json_as(
        "alice",
        &[
            "schedule",
            "backup",
            "--interval",
            "daily",
            "--name",
            "alice-s",
            "--start-time",
            "2030-01-01 06:00",
        ],
    );
    w
}

fn listed(w: &World, user: &str, extra: &[&str]) -> Vec<String> {
    let mut args = vec!["schedules", "list"];
    args.extend_from_slice(extra);
    w.json_as(user, &args)
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn schedules_need_view_permission_but_the_requester_always_sees_their_own() {
    let w = two_schedules();
    assert_eq!(listed(&w, "root", &[]), vec!["root-s", "alice-s"]);
    assert_eq!(listed(&w, "alice", &[]), vec!["alice-s"]);
    assert!(listed(&w, "bob", &[]).is_empty());
    w.as_user("bob", &["schedules", "show", "2"])
        .code(3)
        .stderr_has("extras.view_scheduledjob");
    w.as_user("bob", &["schedules", "next", "2"]).code(3);
    w.as_user("alice", &["schedules", "show", "2"]).ok();
    w.as_user("alice", &["schedules", "next", "2"]).ok();
    w.as_user("alice", &["schedules", "show", "1"]).code(3);
    // A grant limited to other jobs does not help; one for the job does.
    w.grant("user:bob", &["extras.view_scheduledjob", "--job", "oth*"]);
    assert!(listed(&w, "bob", &[]).is_empty());
    w.grant("user:bob", &["extras.view_scheduledjob", "--job", "back*"]);
    assert_eq!(listed(&w, "bob", &[]), vec!["root-s", "alice-s"]);
    w.as_user("bob", &["schedules", "show", "1"]).ok();
    // Viewing is not changing.
    w.as_user("bob", &["schedules", "disable", "1"])
        .code(3)
        .stderr_has("extras.change_scheduledjob");
    w.as_user("bob", &["schedules", "delete", "1"])
        .code(3)
        .stderr_has("extras.delete_scheduledjob");
    w.run(&["schedules", "show", "99"]).code(4);
    w.run(&["schedules", "next", "99"]).code(4);
    w.run(&["schedules", "delete", "99"]).code(4);
}

#[test]
fn schedules_list_filters_by_state_and_job() {
    let w = two_schedules();
    schedule(
        &w,
        &[
            "other",
            "--interval",
            "custom",
            "--name",
            "o",
            "--crontab",
            "0 1 * * *",
        ],
    );
    w.run(&["schedules", "disable", "1"]).ok();
    assert_eq!(listed(&w, "root", &["--state", "disabled"]), vec!["root-s"]);
    assert_eq!(
        listed(&w, "root", &["--state", "active"]),
        vec!["alice-s", "o"]
    );
    assert_eq!(listed(&w, "root", &["--job", "other"]), vec!["o"]);
    assert!(listed(&w, "root", &["--job", "nope"]).is_empty());
    w.run(&["schedules", "list", "--state", "sleeping"])
        .code(2)
        .stderr_has("--state sleeping");
    let rows = w.run(&["schedules", "list"]).ok().stdout;
    assert!(rows.contains("custom (0 * * * *)"), "{rows}");
}

#[test]
fn the_requester_may_disable_and_delete_their_own_but_enabling_needs_the_permission() {
    let mut w = two_schedules();
    let v = w.json_as("alice", &["schedules", "disable", "2"]);
    assert_eq!(v["enabled"], false);
    assert_eq!(v["state"], "disabled");
    // A disabled schedule does not run.
    w.at("2030-01-01T06:00:00Z").run(&["run-due"]).ok();
    assert_eq!(
        w.sql("SELECT COUNT(*) FROM results WHERE scheduled_job_id = 2"),
        "0"
    );
    w.as_user("alice", &["schedules", "enable", "2"])
        .code(3)
        .stderr_has("extras.change_scheduledjob");
    w.grant(
        "user:bob",
        &["extras.change_scheduledjob", "--job", "backup"],
    );
    w.at("2030-01-01T07:00:00Z");
    let v = w.json_as("bob", &["schedules", "enable", "2"]);
    assert_eq!(v["state"], "active");
    // Re-enabled later: it does not owe the run it missed while switched off.
    assert_eq!(v["next_run"], "2030-01-02T06:00:00Z");
    assert_eq!(stored_next_run(&w, 2), "2030-01-02T06:00:00Z");
    w.as_user("bob", &["schedules", "delete", "2"]).code(3);
    w.as_user("alice", &["schedules", "delete", "1"]).code(3);
    assert_eq!(
        w.json_as("alice", &["schedules", "delete", "2"])["deleted"],
        2
    );
    w.run(&["schedules", "show", "2"]).code(4);
    w.grant("user:carol", &["extras.delete_scheduledjob"]);
    w.as_user("carol", &["schedules", "delete", "1"]).ok();
    assert_eq!(count_schedules(&w), "0");
    let actions = w.sql("SELECT action FROM audit WHERE action LIKE 'schedule.%' ORDER BY id");
    assert_eq!(
        actions,
        "schedule.create\nschedule.create\nschedule.disable\nschedule.enable\nschedule.delete\nschedule.delete"
    );
}

/// A world where alice's schedules of `deploy` need bob's approval (stage 1 of workflow 1).
fn approval_world() -> World {
    let w = World::new();
    w.users(&["alice", "bob"]);
    w.group("ops", &["bob"]);
    w.grant("user:alice", &["extras.run_job"]);
    w.grant(
        "user:bob",
        &[
            "extras.view_approvalworkflowstage",
            "extras.change_approvalworkflowstage",
            "extras.change_scheduledjob",
        ],
    );
    w.job("deploy", "echo deployed");
    w.one_stage_workflow("change", Some("deploy"), "ops", "ops");
    w
}

fn request(w: &World, name: &str) -> (i64, i64, i64) {
    let v = w.json_as(
        "alice",
        &[
            "schedule",
            "deploy",
            "--interval",
            "daily",
            "--name",
            name,
            "--start-time",
            "2030-01-01 06:00",
        ],
    );
    assert_eq!(v["state"], "pending");
    assert_eq!(v["approval_required"], true);
    let wf = &v["approval_workflow"];
    (
        v["id"].as_i64().unwrap(),
        wf["id"].as_i64().unwrap(),
        wf["stages"][0]["id"].as_i64().unwrap(),
    )
}

#[test]
fn next_of_a_pending_schedule_shows_its_times_and_of_a_denied_or_canceled_one_nothing() {
    let mut w = approval_world();
    let (pending, _, _) = request(&w, "p");
    assert_eq!(
        next_times(&w, pending, 2),
        vec!["2030-01-01T06:00:00Z", "2030-01-02T06:00:00Z"]
    );
    let text = w
        .run(&["schedules", "next", &pending.to_string()])
        .ok()
        .stdout;
    assert!(text.contains("pending approval"), "{text}");
    let (denied, _, stage) = request(&w, "d");
    w.as_user("bob", &["deny", &stage.to_string(), "--comment", "no"])
        .ok();
    assert_eq!(
        w.json(&["schedules", "show", &denied.to_string()])["state"],
        "denied"
    );
    assert!(next_times(&w, denied, 5).is_empty());
    let (canceled, workflow, _) = request(&w, "c");
    w.as_user("alice", &["approvals", "cancel", &workflow.to_string()])
        .ok();
    assert_eq!(
        w.json(&["schedules", "show", &canceled.to_string()])["state"],
        "canceled"
    );
    assert!(next_times(&w, canceled, 5).is_empty());
    for id in [denied, canceled] {
        assert_eq!(
            w.json(&["schedules", "show", &id.to_string()])["next_run"],
            Value::Null
        );
    }
    // None of them runs.
    w.at("2030-01-01T06:00:00Z").run(&["run-due"]).ok();
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
}

#[test]
fn enabling_never_bypasses_a_pending_or_denied_approval() {
    let mut w = approval_world();
    let (pending, _, _) = request(&w, "p");
    let (denied, _, stage) = request(&w, "d");
    w.as_user("bob", &["deny", &stage.to_string()]).ok();
    for id in [pending, denied] {
        let id = id.to_string();
        w.run(&["schedules", "disable", &id]).ok();
        let r = w.run(&["schedules", "enable", &id]).ok();
        assert!(r.stdout.contains("runs only when approved"), "{}", r.stdout);
        let v = w.json(&["schedules", "enable", &id]);
        assert_eq!(v["enabled"], true);
        assert_ne!(v["state"], "active");
    }
    w.at("2030-01-03T06:00:00Z").run(&["run-due"]).ok();
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
    assert_eq!(
        w.sql("SELECT state FROM scheduled_jobs ORDER BY id"),
        "pending\ndenied"
    );
}

#[test]
fn an_immediate_request_under_a_workflow_waits_for_approval() {
    let mut w = approval_world();
    let r = w.as_user("alice", &["run", "deploy", "--json"]).ok();
    let v = r.json();
    assert_eq!(v["interval"], "immediately");
    assert_eq!(v["state"], "pending");
    assert_eq!(v["next_run"], "2030-01-01T00:00:00Z");
    assert!(v["approval_workflow"]["stages"].is_array());
    w.at("2030-01-01T00:05:00Z").run(&["run-due"]).ok();
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
}

#[test]
fn deleted_schedule_and_stage_ids_are_never_reused() {
    let w = approval_world();
    w.job("plain", "true");
    let first = schedule(
        &w,
        &[
            "plain",
            "--interval",
            "custom",
            "--name",
            "a",
            "--crontab",
            "0 * * * *",
        ],
    );
    w.run(&["schedules", "delete", &first["id"].to_string()])
        .ok();
    let second = schedule(
        &w,
        &[
            "plain",
            "--interval",
            "custom",
            "--name",
            "b",
            "--crontab",
            "0 * * * *",
        ],
    );
    assert_ne!(first["id"], second["id"]);
    // An approver's stale `approve 1` must never hit someone else's new request.
    let (id, workflow, stage) = request(&w, "r1");
    w.run(&["schedules", "delete", &id.to_string()]).ok();
    let (id2, workflow2, stage2) = request(&w, "r2");
    assert_ne!(id, id2);
    assert_ne!(workflow, workflow2);
    assert_ne!(stage, stage2);
    w.as_user("bob", &["approve", &stage.to_string()]).code(4);
}

// ---------------------------------------------------------------------------------------
// Variables

/// `vars`: count:integer=3, dry:boolean (required), env:choice=dev (dev, prod), msg:string.
fn vars_world() -> World {
    let w = World::new();
    w.run(&[
        "jobs",
        "add",
        "vars",
        "--command",
        "printf '%s|%s|%s|%s\\n' \"$JOBCTL_VAR_COUNT\" \"$JOBCTL_VAR_DRY\" \"$JOBCTL_VAR_ENV\" \"$JOBCTL_VAR_MSG\"; printf '%s\\n' \"$JOBCTL_VARS\"",
        "--var",
        "count:integer=3",
        "--required-var",
        "dry:boolean",
        "--var",
        "env:choice=dev",
        "--choices",
        "env=dev,prod",
        "--var",
        "msg:string",
    ])
    .ok();
    w
}

#[test]
fn variables_are_typed_and_reach_the_job_as_jobctl_var_and_jobctl_vars() {
    let w = vars_world();
    let v = w.json(&["run", "vars", "--var", "dry=yes"]);
    assert_eq!(
        v["output"],
        "3|true|dev|\n{\"count\":3,\"dry\":true,\"env\":\"dev\"}\n"
    );
    assert_eq!(
        v["variables"],
        json!({"count": 3, "dry": true, "env": "dev"})
    );
    let v = w.json(&[
        "run",
        "vars",
        "--var",
        "dry=0",
        "--var",
        "count=-7",
        "--var",
        "env=prod",
        "--var",
        "msg=a=b c",
    ]);
    assert_eq!(
        v["output"],
        "-7|false|prod|a=b c\n{\"count\":-7,\"dry\":false,\"env\":\"prod\",\"msg\":\"a=b c\"}\n"
    );
}

#[test]
fn bad_variables_exit_2_and_nothing_runs() {
    let w = vars_world();
    let cases: [(&[&str], &str); 8] = [
        (&[], "variable `dry` is required"),
        (&["dry=maybe"], "variable `dry` must be a boolean"),
        (
            &["dry=1", "count=3.5"],
            "variable `count` must be an integer",
        ),
        (
            &["dry=1", "env=staging"],
            "variable `env` must be one of dev, prod",
        ),
        (
            &["dry=1", "nope=1"],
            "unknown variable `nope`; this job declares: count, env, msg, dry",
        ),
        (&["dry=1", "DRY=1"], "unknown variable `DRY`"),
        (&["dry=1", "dry=0"], "variable `dry` given twice"),
        (&["dry"], "--var `dry`: expected KEY=VALUE"),
    ];
    for (vars, message) in cases {
        let mut args = vec!["run", "vars"];
        for v in vars {
            args.extend(["--var", v]);
        }
        w.run(&args).code(2).stderr_has(message);
        let mut sched = vec![
            "schedule",
            "vars",
            "--interval",
            "custom",
            "--name",
            "s",
            "--crontab",
            "* * * * *",
        ];
        for v in vars {
            sched.extend(["--var", v]);
        }
        w.run(&sched).code(2).stderr_has(message);
    }
    w.job("novars", "true");
    w.run(&["run", "novars", "--var", "x=1"])
        .code(2)
        .stderr_has("this job declares no variables");
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
    assert_eq!(count_schedules(&w), "0");
}

#[test]
fn variable_values_are_never_interpolated_into_the_command() {
    let w = vars_world();
    let evil = "$(touch pwned); `touch pwned2`; echo injected";
    let msg = format!("msg={evil}");
    let v = w.json(&["run", "vars", "--var", "dry=1", "--var", &msg]);
    let output = v["output"].as_str().unwrap();
    assert!(
        output.starts_with(&format!("3|true|dev|{evil}\n")),
        "{output}"
    );
    assert!(!w.path("pwned").exists() && !w.path("pwned2").exists());
}

#[test]
fn scheduled_variables_are_stored_typed_and_given_to_the_run() {
    let mut w = vars_world();
    let v = schedule(
        &w,
        &[
            "vars",
            "--interval",
            "future",
            "--name",
            "v",
            "--start-time",
            "2030-01-01T01:00:00Z",
            "--var",
            "count=5",
            "--var",
            "dry=off",
            "--var",
            "env=prod",
        ],
    );
    assert_eq!(
        v["variables"],
        json!({"count": 5, "dry": false, "env": "prod"})
    );
    w.at("2030-01-01T01:00:00Z").run(&["run-due"]).ok();
    let results = w.json(&["results", "list", "--schedule", "1"]);
    let id = results[0]["id"].to_string();
    let r = w.json(&["results", "show", &id]);
    assert_eq!(r["status"], "success");
    assert_eq!(
        r["variables"],
        json!({"count": 5, "dry": false, "env": "prod"})
    );
    assert_eq!(
        r["output"],
        "5|false|prod|\n{\"count\":5,\"dry\":false,\"env\":\"prod\"}\n"
    );
}

/// True if `needle` occurs anywhere in the file's raw bytes (false if there is no such file).
fn file_contains(path: &std::path::Path, needle: &str) -> bool {
    std::fs::read(path).is_ok_and(|bytes| {
        bytes
            .windows(needle.len())
            .any(|win| win == needle.as_bytes())
    })
}

#[test]
fn a_sensitive_value_printed_by_the_job_is_never_stored_in_the_database_or_its_wal() {
    let w = World::new();
    let secret = "hunter2-Zq8-secret";
    w.run(&[
        "jobs",
        "add",
        "login",
        "--command",
        "echo \"len=${#JOBCTL_VAR_TOKEN}\"; echo \"token is $JOBCTL_VAR_TOKEN\"; echo \"$JOBCTL_VARS\"",
        "--sensitive-var",
        "token",
        "--var",
        "region:string=eu",
    ])
    .ok();
    // Another connection stays open (as a concurrent `run-due` would), so the write-ahead
    // log is not checkpointed away when jobctl exits: its raw bytes can be read too.
    let keep = rusqlite::Connection::open(w.db()).unwrap();
    let _: i64 = keep
        .query_row("SELECT COUNT(*) FROM jobs", [], |r| r.get(0))
        .unwrap();
    let var = format!("token={secret}");
    let r = w.run(&["run", "login", "--var", &var]).ok();
    // The job saw the secret (its length), and what was printed and stored is masked.
    assert!(r.stdout.contains("len=18\n"), "{}", r.stdout);
    assert!(r.stdout.contains("token is [redacted]\n"), "{}", r.stdout);
    assert!(!r.stdout.contains(secret), "{}", r.stdout);
    let v = w.json(&["results", "show", "1"]);
    assert_eq!(
        v["output"],
        "len=18\ntoken is [redacted]\n{\"region\":\"eu\",\"token\":\"[redacted]\"}\n"
    );
    assert_eq!(v["variables"], json!({"region": "eu"}));
    let wal = w.path("jobctl.db-wal");
    assert!(
        file_contains(&wal, "token is [redacted]"),
        "the WAL should hold the run's result (else this check proves nothing)"
    );
    for path in [w.db(), wal, w.path("jobctl.db-shm")] {
        assert!(
            !file_contains(&path, secret),
            "{} holds the secret",
            path.display()
        );
    }
    // The same with --json: the printed result is the stored one.
    let r = w.run(&["run", "login", "--var", &var, "--json"]).ok();
    assert!(!r.stdout.contains(secret));
    assert!(!file_contains(&w.db(), secret) && !file_contains(&w.path("jobctl.db-wal"), secret));
}

#[test]
fn a_missing_sensitive_value_without_a_terminal_is_a_clear_error() {
    let w = World::new();
    w.run(&[
        "jobs",
        "add",
        "login",
        "--command",
        "true",
        "--sensitive-var",
        "token",
    ])
    .ok();
    let r = w.run(&["run", "login"]).code(2);
    assert!(
        r.stderr.starts_with(
            "error: sensitive variable(s) token required; jobctl asks for them only on a terminal\n"
        ),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("hint: "), "{}", r.stderr);
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
}

#[test]
fn a_sensitive_variable_cannot_declare_a_stored_default() {
    let w = World::new();
    let file = w.path("jobs.json");
    std::fs::write(
        &file,
        r#"[{"name": "login", "command": "true", "variables": [
            {"name": "token", "type": "string", "sensitive": true, "default": "s3cret-default"}]}]"#,
    )
    .unwrap();
    w.run(&["jobs", "import", file.to_str().unwrap()])
        .code(2)
        .stderr_has("cannot have a default");
    assert!(!file_contains(&w.db(), "s3cret-default"));
    assert!(!file_contains(&w.path("jobctl.db-wal"), "s3cret-default"));
}

#[test]
fn variables_whose_names_differ_only_in_case_are_refused() {
    let w = World::new();
    w.run(&[
        "jobs",
        "add",
        "j",
        "--command",
        "true",
        "--var",
        "region:string",
        "--var",
        "REGION:string",
    ])
    .code(2)
    .stderr_has("JOBCTL_VAR_REGION");
}

#[test]
fn a_one_off_re_enabled_after_its_time_runs_instead_of_silently_never_running() {
    let mut w = World::new();
    w.job("j", "echo ran");
    schedule(
        &w,
        &[
            "j",
            "--interval",
            "future",
            "--name",
            "f",
            "--start-time",
            "2030-01-01T01:00:00Z",
        ],
    );
    w.run(&["schedules", "disable", "1"]).ok();
    w.at("2030-01-01T01:30:00Z").run(&["run-due"]).ok();
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
    let v = w
        .at("2030-01-01T02:00:00Z")
        .json(&["schedules", "enable", "1"]);
    assert_eq!(v["state"], "active");
    assert_eq!(v["next_run"], "2030-01-01T01:00:00Z");
    w.at("2030-01-01T02:01:00Z").run(&["run-due"]).ok();
    let v = w.json(&["schedules", "show", "1"]);
    assert_eq!(v["state"], "completed");
    assert_eq!(v["total_run_count"], 1);
    assert_eq!(w.sql("SELECT status FROM results"), "success");
}

#[test]
fn a_missing_sensitive_value_is_asked_for_without_echo_on_a_terminal() {
    prompt_on_a_terminal("");
}

#[test]
fn a_missing_sensitive_value_is_asked_for_on_a_terminal_with_json_too() {
    prompt_on_a_terminal(" --json");
}

fn prompt_on_a_terminal(extra: &str) {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    use std::sync::mpsc;
    use std::time::{Duration, Instant};

    let w = World::new();
    let secret = "pty-secret-7731";
    w.run(&[
        "jobs",
        "add",
        "login",
        "--command",
        "echo \"len=${#JOBCTL_VAR_TOKEN}\"",
        "--sensitive-var",
        "token",
    ])
    .ok();
    // `script` (util-linux) gives jobctl a terminal. We type only once jobctl has switched
    // the terminal's echo off: text typed earlier would be echoed by the terminal itself
    // (and then discarded), whatever jobctl does.
    let command = format!("{} run login{extra}", crate::harness::bin().display());
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("JOBCTL_DB", w.db())
        .env("JOBCTL_NOW", &w.now)
        .env("JOBCTL_TZ", &w.tz)
        .current_dir(w.dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run script(1) from util-linux");
    let mut stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 512];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut echo_off = false;
    while Instant::now() < deadline {
        if terminal_echo_is_off(child.id()) {
            echo_off = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut stdin = child.stdin.take().unwrap();
    if echo_off {
        stdin.write_all(format!("{secret}\n").as_bytes()).unwrap();
    }
    let mut seen = Vec::new();
    while let Ok(chunk) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
        seen.extend(chunk);
    }
    drop(stdin);
    let text = String::from_utf8_lossy(&seen).into_owned();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            panic!("jobctl did not finish: {text}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(
        echo_off,
        "the terminal's echo was never switched off: {text}"
    );
    assert!(text.contains("token (sensitive)"), "no prompt: {text}");
    assert!(status.success(), "{text}");
    assert!(
        text.contains("len=15"),
        "the job must get the typed value: {text}"
    );
    assert!(!text.contains(secret), "the value was echoed: {text}");
    for path in [w.db(), w.path("jobctl.db-wal")] {
        assert!(!file_contains(&path, secret), "{}", path.display());
    }
}

/// Is the terminal of the process that `script` (pid `script_pid`) runs in no-echo mode?
fn terminal_echo_is_off(script_pid: u32) -> bool {
    let children =
        std::fs::read_to_string(format!("/proc/{script_pid}/task/{script_pid}/children"))
            .unwrap_or_default();
    children.split_whitespace().any(|pid| {
        std::fs::read_link(format!("/proc/{pid}/fd/0"))
            .ok()
            .and_then(|tty| {
                std::process::Command::new("stty")
                    .arg("-F")
                    .arg(tty)
                    .arg("-a")
                    .output()
                    .ok()
            })
            .is_some_and(|out| {
                String::from_utf8_lossy(&out.stdout)
                    .split_whitespace()
                    .any(|flag| flag == "-echo")
            })
    })
}

#[test]
fn hourly_runs_23_times_on_the_new_york_spring_forward_day() {
    let w = World::new();
    w.job("tick", "true");
    schedule(
        &w,
        &[
            "tick",
            "--interval",
            "hourly",
            "--name",
            "tick",
            "--start-time",
            "2030-03-09 23:30",
            "--tz",
            "America/New_York",
        ],
    );
    let times = next_times(&w, 1, 30);
    // The local day 2030-03-10 runs from 05:00Z to 04:00Z the next day: 23 real hours.
    let on_the_day = times
        .iter()
        .filter(|t| {
            secs(t) >= secs("2030-03-10T05:00:00Z") && secs(t) < secs("2030-03-11T04:00:00Z")
        })
        .count();
    assert_eq!(on_the_day, 23);
    for pair in times.windows(2) {
        assert_eq!(secs(&pair[1]) - secs(&pair[0]), 3600, "{pair:?}");
    }
}

// ---------------------------------------------------------------------------------------
// The README

#[test]
fn the_readme_scheduling_walkthrough_runs_as_written() {
    let r = crate::harness::run_readme_walkthrough("Scheduling");
    assert!(r.stdout.contains("backing up /srv\n"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("2030-03-31 03:00:00 +02:00  2030-03-31T01:00:00Z"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("\"name\": \"quarter\""), "{}", r.stdout);
    assert!(
        r.stdout.contains("deleted scheduled job 1 (once)"),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr.contains("does not exist in Europe/Berlin"),
        "{}",
        r.stderr
    );
}

#[test]
fn re_enabling_a_job_resumes_its_schedules_from_now_like_schedules_enable() {
    let mut w = World::new();
    w.job("a", "true");
    w.run(&[
        "schedule",
        "a",
        "--interval",
        "custom",
        "--name",
        "c",
        "--crontab",
        "*/5 * * * *",
    ])
    .ok();
    w.run(&[
        "schedule",
        "a",
        "--interval",
        "future",
        "--name",
        "once",
        "--start-time",
        "2030-01-01T00:30:00Z",
    ])
    .ok();
    w.run(&["jobs", "disable", "a"]).ok();
    w.at("2030-01-01T03:02:00Z");
    w.run(&["jobs", "enable", "a"]).ok();
    let due = w.json(&["run-due", "--dry-run"]);
    let names: Vec<&str> = due
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["schedule_name"].as_str().unwrap())
        .collect();
    // The recurring one resumes at 03:05; the one-off whose time passed still runs once.
    assert_eq!(names, vec!["once"], "{due}");
    assert_eq!(
        w.json(&["schedules", "show", "1"])["next_run"],
        "2030-01-01T03:05:00Z"
    );
}

#[test]
fn deleting_a_scheduled_job_cascades_to_its_approval_workflow() {
    let w = World::new();
    w.users(&["bob"]);
    w.group("ops", &["bob"]);
    w.job("deploy", "true");
    w.one_stage_workflow("change", Some("deploy"), "ops", "ops");
    w.run(&[
        "schedule",
        "deploy",
        "--interval",
        "future",
        "--name",
        "d",
        "--start-time",
        "2030-01-02T00:00:00Z",
    ])
    .ok();
    assert_eq!(w.sql("SELECT COUNT(*) FROM stages"), "1");
    w.run(&["schedules", "delete", "1"]).ok();
    assert_eq!(w.sql("SELECT COUNT(*) FROM workflows"), "0");
    assert_eq!(w.sql("SELECT COUNT(*) FROM stages"), "0");
    w.run(&["approvals", "show", "1"]).code(4);
    // The audit log keeps the history.
    assert_eq!(
        w.json(&["audit", "list", "--action", "schedule.delete"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}
