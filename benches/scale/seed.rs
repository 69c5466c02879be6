//! Seeding helpers for the scale benchmark: build large jobctl databases in one transaction
//! with prepared inserts (direct SQL against the schema that `Store::open` creates), instead
//! of thousands of `jobctl` processes.

use std::path::Path;

use jobctl::store::Store;
use rusqlite::{Connection, params};

/// The pinned clock of every whole-process run (`JOBCTL_NOW`).
pub const NOW_TEXT: &str = "2030-01-01T00:00:00Z";
/// `NOW_TEXT` in Unix seconds.
pub const NOW: i64 = 1_893_456_000;

/// Approver groups in the seeded databases.
const GROUPS: i64 = 20;
/// Users who request schedules (`u000` …).
const REQUESTERS: i64 = 200;
/// The approvers' group (`g03`): `alice` and `bob` are members.
pub const APPROVER_GROUP: &str = "g03";

const CRONTABS: [&str; 8] = [
    "*/15 * * * *",
    "0 * * * *",
    "30 2 * * *",
    "0 9 * * 1-5",
    "*/5 * * * *",
    "0 0 1 * *",
    "45 23 * * 0",
    "0 9 13 * 5",
];

/// Ids of the fixed users (inserted first, in this order).
pub const ROOT_ID: i64 = 1;
pub const ALICE_ID: i64 = 2;
pub const BOB_ID: i64 = 3;
const FIRST_REQUESTER_ID: i64 = 4;

/// Creates the database at `path` (schema through `Store::open`), runs `fill` in one
/// `BEGIN IMMEDIATE` transaction, and checkpoints the WAL so the file stands alone.
fn seed(path: &Path, fill: impl FnOnce(&Connection) -> rusqlite::Result<()>) {
    let store = Store::open(path).expect("open the database to seed");
    {
        let tx = store.immediate().expect("begin");
        fill(&tx).expect("seed rows");
        tx.commit().expect("commit the seed");
    }
    store
        .conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .expect("checkpoint");
}

/// The users every database has: `root` (the OS account running the benchmark; admin),
/// `alice` and `bob` (approvers in `g03`), and `REQUESTERS` plain users spread over the groups.
fn people(conn: &Connection, os_user: &str) -> rusqlite::Result<()> {
    let mut user =
        conn.prepare("INSERT INTO users (id, name, is_admin, created) VALUES (?1, ?2, ?3, ?4)")?;
    user.execute(params![ROOT_ID, os_user, true, NOW - 86_400])?;
    user.execute(params![ALICE_ID, "alice", false, NOW - 86_400])?;
    user.execute(params![BOB_ID, "bob", false, NOW - 86_400])?;
    for k in 0..REQUESTERS {
        user.execute(params![
            FIRST_REQUESTER_ID + k,
            format!("u{k:03}"),
            false,
            NOW - 86_400
        ])?;
    }
    let mut group = conn.prepare("INSERT INTO groups (id, name, created) VALUES (?1, ?2, ?3)")?;
    for g in 0..GROUPS {
        group.execute(params![g + 1, format!("g{g:02}"), NOW - 86_400])?;
    }
    let mut member =
        conn.prepare("INSERT INTO group_members (group_id, user_id) VALUES (?1, ?2)")?;
    member.execute(params![4, ALICE_ID])?;
    member.execute(params![4, BOB_ID])?;
    for k in 0..REQUESTERS {
        member.execute(params![k % GROUPS + 1, FIRST_REQUESTER_ID + k])?;
    }
    // The approvers' group may decide on every job; 1,000 narrower per-user grants besides.
    let mut grant = conn.prepare(
        "INSERT INTO grants (user_id, group_id, permission, job_glob, created) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for perm in [
        "extras.view_approvalworkflowstage",
        "extras.change_approvalworkflowstage",
        "extras.view_scheduledjob",
        "extras.change_scheduledjob",
        "extras.view_jobresult",
    ] {
        grant.execute(params![None::<i64>, 4, perm, "", NOW - 86_400])?;
    }
    let perms = [
        "extras.run_job",
        "extras.view_scheduledjob",
        "extras.view_jobresult",
        "extras.change_scheduledjob",
        "extras.delete_scheduledjob",
    ];
    for k in 0..1_000i64 {
        grant.execute(params![
            FIRST_REQUESTER_ID + k % REQUESTERS,
            None::<i64>,
            perms[(k / REQUESTERS) as usize % perms.len()],
            format!("job-{:03}*", k % 1_000),
            NOW - 86_400
        ])?;
    }
    Ok(())
}

/// Workflow definitions: a catch-all `wf-00` (three stages) with the lowest weight, and 19
/// narrower ones that match no seeded job, so `schedule` has a realistic list to search.
fn definitions(conn: &Connection) -> rusqlite::Result<()> {
    let mut def = conn.prepare(
        "INSERT INTO workflow_definitions (id, name, job_globs, grouping, weight, created) VALUES (?1, ?2, ?3, NULL, ?4, ?5)",
    )?;
    let mut stage = conn.prepare(
        "INSERT INTO stage_definitions (definition_id, name, sequence, min_approvers, group_id) VALUES (?1, ?2, ?3, 1, ?4)",
    )?;
    for d in 0..20i64 {
        let globs = if d == 0 {
            "[]".to_string()
        } else {
            format!("[\"team{d}-*\"]")
        };
        def.execute(params![
            d + 1,
            format!("wf-{d:02}"),
            globs,
            10 + 10 * d,
            NOW - 86_400
        ])?;
        for s in 1..=3i64 {
            stage.execute(params![
                d + 1,
                format!("stage-{s}"),
                s,
                (d + s) % GROUPS + 1
            ])?;
        }
    }
    Ok(())
}

/// What `seed_store` built.
pub struct Seeded {
    pub schedules: i64,
    pub workflows: i64,
    pub stages: i64,
    /// Stages pending alice's decision (what `approvals pending` should list).
    pub pending_for_alice: i64,
    /// Active stages bob may approve (for the `approve` timings).
    pub approvable_by_bob: Vec<i64>,
}

/// A store as a busy installation holds it: `n` jobs, one scheduled job each (custom
/// crontabs in UTC and America/New_York; none due at `NOW`: active ones run in the next hour,
/// disabled ones are overdue, completed ones have no next run), one past result and one audit
/// row per schedule, and an approval workflow of five stages for the first `n_workflows`
/// schedules (10% pending, the rest approved, denied or canceled, with their responses).
pub fn seed_store(path: &Path, os_user: &str, n: i64, n_workflows: i64) -> Seeded {
    seed(path, |conn| {
        people(conn, os_user)?;
        definitions(conn)?;
        let mut job = conn.prepare(
            "INSERT INTO jobs (id, name, command, created, updated) VALUES (?1, ?2, 'true', ?3, ?3)",
        )?;
        let mut sched = conn.prepare(
            "INSERT INTO scheduled_jobs (id, name, job_id, interval, crontab, time_zone, user_id,
                state, enabled, approval_required, next_run, last_run_at, total_run_count, created)
             VALUES (?1, ?2, ?1, 'custom', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1, ?11)",
        )?;
        let mut result = conn.prepare(
            "INSERT INTO results (job_id, job_name, scheduled_job_id, user_id, ran_as, status,
                exit_code, scheduled_for, date_created, date_started, date_done, duration_ms,
                output, output_bytes)
             VALUES (?1, ?2, ?1, ?3, 'root', ?4, ?5, ?6, ?6, ?6, ?6, 12, x'6f6b0a', 3)",
        )?;
        let mut audit = conn.prepare(
            "INSERT INTO audit (at, actor, os_user, action, object, detail) VALUES (?1, 'root', 'root', 'job.run', ?2, '{}')",
        )?;
        let mut workflow = conn.prepare(
            "INSERT INTO workflows (id, definition_id, definition_name, scheduled_job_id, state,
                requester_id, created, decision_date) VALUES (?1, 1, 'wf-00', ?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut stage = conn.prepare(
            "INSERT INTO stages (workflow_id, name, sequence, state, is_active, min_approvers,
                approver_group, decision_date) VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7)",
        )?;
        let mut response = conn.prepare(
            "INSERT INTO responses (stage_id, user_id, state, comment, created) VALUES (?1, ?2, ?3, '', ?4)",
        )?;
        for i in 0..n {
            let id = i + 1;
            let name = format!("job-{i:06}");
            let requester = FIRST_REQUESTER_ID + i % REQUESTERS;
            job.execute(params![id, name, NOW - 86_400])?;
            // Workflow state, for the schedules that have one.
            let wf_state = (i < n_workflows).then_some(match i % 10 {
                0 => "pending",
                1 => "denied",
                2 => "canceled",
                _ => "approved",
            });
            let (state, enabled, next_run) = match wf_state {
                Some("pending") => ("pending", true, Some(NOW - 600)),
                Some("denied") => ("denied", true, Some(NOW - 600)),
                Some("canceled") => ("canceled", true, Some(NOW - 600)),
                _ if i % 50 == 7 => ("active", false, Some(NOW - 3_600)),
                _ if i % 50 == 13 => ("completed", true, None),
                _ => ("active", true, Some(NOW + 60 * (1 + i % 59))),
            };
            sched.execute(params![
                id,
                format!("sched-{i:06}"),
                CRONTABS[i as usize % CRONTABS.len()],
                if i % 2 == 0 {
                    "UTC"
                } else {
                    "America/New_York"
                },
                requester,
                state,
                enabled,
                wf_state.is_some(),
                next_run,
                NOW - 86_400,
                NOW - 2 * 86_400
            ])?;
            result.execute(params![
                id,
                name,
                requester,
                if i % 97 == 0 { "failure" } else { "success" },
                if i % 97 == 0 { 1 } else { 0 },
                NOW - 86_400 + 60 * (i % 1_440)
            ])?;
            audit.execute(params![NOW - 86_400, format!("result:{id}")])?;
            let Some(wf_state) = wf_state else { continue };
            let decided = (wf_state != "pending").then_some(NOW - 3_600);
            workflow.execute(params![id, wf_state, requester, NOW - 2 * 86_400, decided])?;
            // The active stage of a pending workflow: 1..=5, varying.
            let active = (i / 10) % 5 + 1;
            for seq in 1..=5i64 {
                let group = (i / 10 + seq * 3) % GROUPS;
                let st = match (wf_state, seq) {
                    ("pending", s) if s < active => "approved",
                    ("pending", _) => "pending",
                    ("approved", _) => "approved",
                    ("denied", 1) => "approved",
                    ("denied", 2) => "denied",
                    _ => "canceled",
                };
                let is_active = wf_state == "pending" && seq == active;
                let when = (st != "pending").then_some(NOW - 3_600);
                stage.execute(params![
                    id,
                    format!("stage-{seq}"),
                    seq,
                    st,
                    is_active,
                    format!("g{group:02}"),
                    when
                ])?;
                let stage_id = conn.last_insert_rowid();
                // One decision per decided stage, by a member of its group who did not request it.
                let decider = FIRST_REQUESTER_ID + group + GROUPS * (1 + (i % 3));
                if st == "approved" || st == "denied" {
                    response.execute(params![stage_id, decider, st, NOW - 3_600])?;
                }
                if i % 7 == 0 {
                    response.execute(params![stage_id, decider, "comment", NOW - 7_200])?;
                }
            }
        }
        Ok(())
    });
    let conn = Connection::open(path).expect("reopen");
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).expect(sql) };
    // Neither alice nor bob requested or decided anything: every active stage of their
    // group in a pending workflow waits for each of them.
    let active_in_group = "FROM stages st JOIN workflows w ON w.id = st.workflow_id
         WHERE st.is_active = 1 AND st.approver_group = ?1 AND w.state = 'pending'";
    let pending_for_alice = conn
        .query_row(
            &format!("SELECT COUNT(*) {active_in_group}"),
            [APPROVER_GROUP],
            |r| r.get(0),
        )
        .expect("count");
    let mut stmt = conn
        .prepare(&format!("SELECT st.id {active_in_group} ORDER BY st.id"))
        .expect("prepare");
    let approvable_by_bob = stmt
        .query_map([APPROVER_GROUP], |r| r.get(0))
        .expect("query")
        .collect::<rusqlite::Result<Vec<i64>>>()
        .expect("rows");
    Seeded {
        schedules: count("SELECT COUNT(*) FROM scheduled_jobs"),
        workflows: count("SELECT COUNT(*) FROM workflows"),
        stages: count("SELECT COUNT(*) FROM stages"),
        pending_for_alice,
        approvable_by_bob,
    }
}

/// A store with `n` schedules all due at `NOW` (custom `*/5 * * * *`, next run five minutes
/// ago), one job each running `command`.
pub fn seed_due(path: &Path, os_user: &str, n: i64, command: &str) {
    seed(path, |conn| {
        people(conn, os_user)?;
        let mut job = conn.prepare(
            "INSERT INTO jobs (id, name, command, created, updated) VALUES (?1, ?2, ?3, ?4, ?4)",
        )?;
        let mut sched = conn.prepare(
            "INSERT INTO scheduled_jobs (id, name, job_id, interval, crontab, time_zone, user_id,
                state, enabled, approval_required, next_run, created)
             VALUES (?1, ?2, ?1, 'custom', '*/5 * * * *', 'UTC', ?3, 'active', 1, 0, ?4, ?5)",
        )?;
        for i in 0..n {
            job.execute(params![i + 1, format!("due-{i:06}"), command, NOW - 86_400])?;
            sched.execute(params![
                i + 1,
                format!("due-sched-{i:06}"),
                FIRST_REQUESTER_ID + i % REQUESTERS,
                NOW - 300,
                NOW - 86_400
            ])?;
        }
        Ok(())
    });
}
