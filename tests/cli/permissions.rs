//! The permission matrix: for every command that changes or reveals state, every kind of
//! actor gets exactly the allowed outcome (exit code).

use crate::harness::World;

/// Actor kinds, in column order.
const ACTORS: [&str; 5] = ["root", "alice", "bob", "carol", "dave"];
// root: admin, not in the approver group
// alice: the requester (extras.run_job on deploy)
// bob: approver in the stage's group, with the approval permissions
// carol: same permissions as bob, not in the group; may view stages and results
// dave: no permissions at all

/// A world with a pending request by alice: scheduled job 1, workflow 1, stage 1.
fn setup() -> World {
    let w = World::new();
    w.users(&["alice", "bob", "carol", "dave"]);
    w.group("leads", &["bob"]);
    let approver = [
        "extras.view_approvalworkflowstage",
        "extras.change_approvalworkflowstage",
        "extras.change_scheduledjob",
    ];
    w.grant("user:bob", &approver);
    w.grant("user:carol", &approver);
    w.grant("user:carol", &["extras.view_jobresult"]);
    w.grant("user:alice", &["extras.run_job"]);
    w.job("deploy", "echo deployed");
    w.job("other", "echo other");
    w.one_stage_workflow("change", Some("deploy"), "leads", "leads");
    w.as_user(
        "alice",
        &[
            "schedule",
            "deploy",
            "--interval",
            "future",
            "--name",
            "req",
            "--start-time",
            "2030-01-02T00:00:00Z",
        ],
    )
    .ok();
    w.run(&["run", "other"]).ok(); // result 1, requested by root
    w
}

#[test]
fn permission_matrix() {
    #[rustfmt::skip]
    let rows: Vec<(&[&str], [i32; 5])> = vec![
        //                                                          root alice bob carol dave
        (&["approve", "1", "--yes"],                                 [3, 3, 0, 3, 3]),
        (&["deny", "1"],                                             [3, 3, 0, 3, 3]),
        (&["comment", "1", "--comment", "why?"],                     [0, 3, 0, 0, 3]),
        (&["approvals", "cancel", "1"],                              [0, 0, 3, 3, 3]),
        (&["approvals", "show", "1"],                                [0, 0, 0, 0, 3]),
        (&["schedules", "show", "1"],                                [0, 0, 3, 3, 3]),
        (&["schedules", "next", "1"],                                [0, 0, 3, 3, 3]),
        (&["schedules", "disable", "1"],                             [0, 0, 0, 0, 3]),
        (&["schedules", "delete", "1"],                              [0, 0, 3, 3, 3]),
        (&["schedule", "deploy", "--interval", "hourly", "--name", "h", "--start-time", "2030-01-01T05:00:00Z"], [0, 0, 3, 3, 3]),
        (&["run", "deploy"],                                         [0, 0, 3, 3, 3]),
        (&["results", "show", "1"],                                  [0, 3, 3, 0, 3]),
        (&["jobs", "add", "new", "--command", "true"],               [0, 3, 3, 3, 3]),
        (&["jobs", "disable", "deploy"],                             [0, 3, 3, 3, 3]),
        (&["jobs", "remove", "other"],                               [0, 3, 3, 3, 3]),
        (&["users", "add", "erin"],                                  [0, 3, 3, 3, 3]),
        (&["groups", "add-member", "leads", "dave"],                 [0, 3, 3, 3, 3]),
        (&["perms", "grant", "user:dave", "extras.run_job"],         [0, 3, 3, 3, 3]),
        (&["workflows", "add", "w2"],                                [0, 3, 3, 3, 3]),
        (&["workflows", "remove", "change"],                         [0, 3, 3, 3, 3]),
        (&["import-crontab", "-"],                                   [0, 3, 3, 3, 3]),
    ];
    let base = setup();
    let mut failures = Vec::new();
    for (args, expected) in &rows {
        for (actor, want) in ACTORS.iter().zip(expected) {
            let w = base.fork();
            let got = w.as_user(actor, args);
            if got.code != *want {
                failures.push(format!(
                    "{actor} `jobctl {}`: exit {} (expected {want}): {}",
                    args.join(" "),
                    got.code,
                    got.stderr.trim()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "permission matrix:\n{}",
        failures.join("\n")
    );
}

#[test]
fn listings_show_only_what_the_actor_may_view() {
    let w = setup();
    // dave sees no stages and no schedules; bob sees the stage pending his approval.
    assert_eq!(
        w.json_as("dave", &["approvals", "list"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        w.json_as("dave", &["schedules", "list"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        w.json_as("dave", &["results", "list"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        w.json_as("bob", &["approvals", "pending"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        w.json_as("carol", &["approvals", "pending"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        w.json_as("alice", &["approvals", "pending"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        w.json_as("alice", &["schedules", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        w.json_as("carol", &["results", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}
