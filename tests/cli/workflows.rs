//! Workflow definitions through the binary (spec §5): add / add-stage / list / show / remove,
//! which definition applies (globs, grouping, weight), and that running workflows keep the
//! stages they copied when they started.

use serde_json::Value;

use crate::harness::World;

fn add_stage(
    w: &World,
    wf: &str,
    name: &str,
    seq: &str,
    min: &str,
    group: &str,
) -> crate::harness::Run {
    w.run(&[
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
    ])
}

fn names(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn add_add_stage_list_show_remove() {
    let w = World::new();
    w.group("leads", &[]);
    w.group("board", &[]);
    let d = w.json(&[
        "workflows",
        "add",
        "release",
        "--job",
        "deploy-*",
        "--job",
        "db-?",
    ]);
    assert_eq!(d["name"], "release");
    assert_eq!(d["weight"], 10, "the first default weight is 10");
    assert_eq!(d["job_globs"], serde_json::json!(["deploy-*", "db-?"]));
    assert_eq!(d["grouping"], Value::Null);
    assert_eq!(d["stages"], serde_json::json!([]));
    // Stages are kept in sequence order, whatever order they were added in.
    add_stage(&w, "release", "board", "20", "2", "board").ok();
    let r = add_stage(&w, "release", "leads", "10", "1", "leads").ok();
    assert!(r.stdout.contains("now has 2 stage(s)"), "{}", r.stdout);
    let d = w.json(&["workflows", "show", "release"]);
    let stages: Vec<(&str, i64, i64, &str)> = d["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap(),
                s["sequence"].as_i64().unwrap(),
                s["min_approvers"].as_i64().unwrap(),
                s["approver_group"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        stages,
        [("leads", 10, 1, "leads"), ("board", 20, 2, "board")]
    );
    w.run(&["workflows", "show", "release"])
        .ok()
        .stdout_has("deploy-*, db-?")
        .stdout_has("board");
    // list: highest weight first; every user may look.
    w.users(&["alice"]);
    w.json(&["workflows", "add", "everything", "--weight", "5"]);
    assert_eq!(
        names(&w.json_as("alice", &["workflows", "list"])),
        ["release", "everything"]
    );
    w.as_user("alice", &["workflows", "show", "release"]).ok();
    w.run(&["workflows", "list"])
        .ok()
        .stdout_has("leads:1xleads → board:2xboard");
    // remove.
    w.run(&["workflows", "remove", "release"]).ok();
    assert_eq!(names(&w.json(&["workflows", "list"])), ["everything"]);
    w.run(&["workflows", "show", "release"])
        .code(4)
        .stderr_has("no such workflow: release");
    w.run(&["workflows", "remove", "release"]).code(4);
    // The audit log has each change.
    let actions =
        w.sql("SELECT action FROM audit WHERE object LIKE 'workflow-definition:%' ORDER BY id");
    assert_eq!(
        actions.lines().collect::<Vec<_>>(),
        [
            "workflow.add",
            "workflow.add_stage",
            "workflow.add_stage",
            "workflow.add",
            "workflow.remove"
        ]
    );
}

#[test]
fn weights_are_unique_and_default_to_ten_above_the_highest() {
    let w = World::new();
    assert_eq!(w.json(&["workflows", "add", "a"])["weight"], 10);
    assert_eq!(
        w.json(&["workflows", "add", "b", "--weight", "100"])["weight"],
        100
    );
    assert_eq!(
        w.json(&["workflows", "add", "c", "--weight", "50"])["weight"],
        50
    );
    assert_eq!(w.json(&["workflows", "add", "d"])["weight"], 110);
    w.run(&["workflows", "add", "e", "--weight", "50"])
        .code(5)
        .stderr_has("workflow c already has weight 50; weights are unique");
    w.run(&["workflows", "add", "a", "--weight", "7"])
        .code(5)
        .stderr_has("workflow a already exists");
    // Bad input is 2, before anything else.
    w.run(&["workflows", "add", "bad name"]).code(2);
    w.run(&["workflows", "add", "x", "--job", "deploy-["])
        .code(2);
    w.run(&["workflows", "add", "x", "--weight", "heavy"])
        .code(2);
    assert_eq!(names(&w.json(&["workflows", "list"])), ["d", "b", "c", "a"]);
}

#[test]
fn stage_definitions_are_validated() {
    let w = World::new();
    w.group("leads", &[]);
    w.json(&["workflows", "add", "release"]);
    add_stage(&w, "release", "leads", "1", "1", "leads").ok();
    // min_approvers ≥ 1 (2).
    add_stage(&w, "release", "x", "2", "0", "leads")
        .code(2)
        .stderr_has("--min-approvers must be at least 1 (got 0)");
    add_stage(&w, "release", "x", "2", "-1", "leads").code(2);
    add_stage(&w, "release", "x", "2", "99999999999", "leads")
        .code(2)
        .stderr_has("too large");
    add_stage(&w, "release", "x", "2", "many", "leads").code(2);
    // A blank name is invalid input (2), not a conflict.
    add_stage(&w, "release", " ", "2", "1", "leads")
        .code(2)
        .stderr_has("the stage name is empty");
    // Unique names and sequences (5).
    add_stage(&w, "release", "leads", "2", "1", "leads")
        .code(5)
        .stderr_has("already has a stage named 'leads'");
    add_stage(&w, "release", "other", "1", "1", "leads")
        .code(5)
        .stderr_has("already has a stage with sequence 1 ('leads')");
    // Unknown workflow or group (4).
    add_stage(&w, "nope", "x", "2", "1", "leads")
        .code(4)
        .stderr_has("no such workflow: nope");
    add_stage(&w, "release", "x", "2", "1", "nobody").code(4);
    // Nothing of that was stored.
    assert_eq!(w.sql("SELECT COUNT(*) FROM stage_definitions"), "1");
    // The same names may be used in another definition.
    w.json(&["workflows", "add", "other"]);
    add_stage(&w, "other", "leads", "1", "1", "leads").ok();
}

#[test]
fn only_admins_change_definitions() {
    let w = World::new();
    w.users(&["alice"]);
    w.group("leads", &["alice"]);
    w.json(&["workflows", "add", "release"]);
    for args in [
        vec!["workflows", "add", "mine"],
        vec![
            "workflows",
            "add-stage",
            "release",
            "--name",
            "s",
            "--sequence",
            "1",
            "--min-approvers",
            "1",
            "--group",
            "leads",
        ],
        vec!["workflows", "remove", "release"],
    ] {
        w.as_user("alice", &args)
            .code(3)
            .stderr_has("only jobctl admins can manage workflows");
    }
    assert_eq!(names(&w.json(&["workflows", "list"])), ["release"]);
    assert_eq!(w.sql("SELECT COUNT(*) FROM stage_definitions"), "0");
}

/// Which definition applies: any `--job` glob (none: every job), the grouping if given, the
/// highest weight; no match, no approval.
#[test]
fn globs_grouping_and_the_highest_weight_decide_which_definition_applies() {
    let w = World::new();
    w.group("g", &["root"]);
    for (name, extra) in [
        ("all", vec!["--weight", "10"]),
        ("prod", vec!["--grouping", "prod", "--weight", "20"]),
        (
            "backups",
            vec!["--job", "backup-*", "--job", "db-?", "--weight", "30"],
        ),
        (
            "prod-backups",
            vec!["--job", "backup-*", "--grouping", "prod", "--weight", "40"],
        ),
    ] {
        let mut args = vec!["workflows", "add", name];
        args.extend(extra);
        w.run(&args).ok();
        add_stage(&w, name, "s", "1", "1", "g").ok();
    }
    for (job, grouping) in [
        ("report", "dev"),
        ("report2", "prod"),
        ("backup-home", "dev"),
        ("backup-db", "prod"),
        ("db-1", "prod"),
        ("db-12", "dev"),
    ] {
        w.run(&[
            "jobs",
            "add",
            job,
            "--command",
            "true",
            "--grouping",
            grouping,
        ])
        .ok();
    }
    let applies = |job: &str| -> Value {
        let s = w.json(&[
            "schedule",
            job,
            "--interval",
            "future",
            "--name",
            &format!("s-{job}"),
            "--start-time",
            "2030-02-01T00:00:00Z",
        ]);
        s["approval_workflow"]["definition"].clone()
    };
    assert_eq!(applies("report"), "all");
    assert_eq!(applies("report2"), "prod");
    assert_eq!(applies("backup-home"), "backups");
    assert_eq!(applies("backup-db"), "prod-backups");
    assert_eq!(applies("db-1"), "backups");
    assert_eq!(applies("db-12"), "all");
    // No definition matches: no approval, the job is active at once.
    w.run(&["workflows", "remove", "all"]).ok();
    w.run(&[
        "jobs",
        "add",
        "plain",
        "--command",
        "true",
        "--grouping",
        "dev",
    ])
    .ok();
    let s = w.json(&[
        "schedule",
        "plain",
        "--interval",
        "future",
        "--name",
        "p",
        "--start-time",
        "2030-02-01T00:00:00Z",
    ]);
    assert_eq!(s["state"], "active");
    assert_eq!(s["approval_required"], false);
    assert_eq!(s["approval_workflow"], Value::Null);
}

/// A definition without stages could approve nothing; scheduling a matching job is refused
/// rather than letting the job run unapproved (or wait forever).
#[test]
fn a_definition_without_stages_refuses_scheduling() {
    let w = World::new();
    w.job("deploy", "echo ran");
    w.run(&["workflows", "add", "empty", "--job", "deploy"])
        .ok();
    w.run(&["workflows", "show", "empty"])
        .ok()
        .stdout_has("no stages yet");
    w.run(&["run", "deploy"])
        .code(5)
        .stderr_has("approval workflow empty applies to job deploy but has no stages yet")
        .stderr_has("jobctl workflows add-stage empty");
    w.run(&[
        "schedule",
        "deploy",
        "--interval",
        "daily",
        "--name",
        "d",
        "--start-time",
        "2030-01-02T00:00:00Z",
    ])
    .code(5);
    assert_eq!(w.sql("SELECT COUNT(*) FROM scheduled_jobs"), "0");
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
}
