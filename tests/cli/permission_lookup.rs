//! Permission checks load only the acting user's grants and their groups' (issue 7): what a
//! user may do still follows their own grants and their current groups' grants, and never
//! anyone else's.

use crate::harness::World;

#[test]
fn permissions_follow_own_and_group_grants_and_never_other_users_grants() {
    let w = World::new();
    w.users(&["alice", "bob", "carol"]);
    w.group("ops", &["alice"]);
    w.run(&[
        "perms",
        "grant",
        "group:ops",
        "extras.run_job",
        "--job",
        "backup-*",
    ])
    .ok();
    w.grant("user:bob", &["extras.run_job"]);
    w.job("backup-etc", "true");
    w.job("deploy", "true");

    w.as_user("alice", &["run", "backup-etc"]).ok();
    w.as_user("alice", &["run", "deploy"])
        .code(3)
        .stderr_has("extras.run_job");
    w.as_user("bob", &["run", "deploy"]).ok();
    w.as_user("carol", &["run", "backup-etc"]).code(3);

    w.run(&["groups", "remove-member", "ops", "alice"]).ok();
    w.as_user("alice", &["run", "backup-etc"]).code(3);
}
