//! Tests that pin how the store's hot SQL executes: `EXPLAIN QUERY PLAN` of the due query,
//! the pending-approvals query, a workflow's decisions, every form of the results listing
//! and the grant lookup shows index searches (never a full table scan), and cached
//! statements are not recompiled each time they are reused. Timings belong in
//! `benches/scale`; these pin the causes.

use rusqlite::types::Value as Sql;
use rusqlite::{Connection, StatementStatus, params_from_iter};

use super::results::{ResultFilter, list_query};
use super::users::GRANTS_OF_SQL;
use super::workflows::{DECISIONS_SQL, PENDING_FOR_SQL};
use super::{Store, schedules};

/// The `detail` lines of `EXPLAIN QUERY PLAN sql`.
fn plan(conn: &Connection, sql: &str, params: &[Sql]) -> Vec<String> {
    let mut stmt = conn
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .expect("explain");
    stmt.query_map(params_from_iter(params), |r| r.get::<_, String>(3))
        .expect("plan")
        .collect::<rusqlite::Result<_>>()
        .expect("plan rows")
}

/// Fails when the plan scans a table or index from end to end, unless `allowed_scan` names
/// the one scan that is acceptable (e.g. a LIMITed walk in rowid order).
#[track_caller]
fn assert_no_full_scan(label: &str, plan: &[String], allowed_scan: Option<&str>) {
    for line in plan {
        if line.starts_with("SCAN ") && Some(line.as_str()) != allowed_scan {
            panic!("{label}: full scan `{line}` in plan:\n{}", plan.join("\n"));
        }
    }
}

#[track_caller]
fn assert_uses(label: &str, plan: &[String], index: &str) {
    assert!(
        plan.iter().any(|l| l.contains(&format!("INDEX {index} "))),
        "{label}: plan does not use {index}:\n{}",
        plan.join("\n")
    );
}

#[test]
fn due_query_searches_the_partial_due_index() {
    let store = Store::open_in_memory().expect("store");
    let p = plan(store.conn(), &schedules::due_sql(), &[Sql::Integer(0)]);
    assert_no_full_scan("due", &p, None);
    assert_uses("due", &p, "scheduled_jobs_due");
    assert!(
        !p.iter().any(|l| l.contains("TEMP B-TREE")),
        "due: the index order should serve ORDER BY:\n{}",
        p.join("\n")
    );
}

#[test]
fn pending_approvals_query_starts_from_the_users_groups_and_active_stages() {
    let store = Store::open_in_memory().expect("store");
    let p = plan(store.conn(), PENDING_FOR_SQL, &[Sql::Integer(1)]);
    assert_no_full_scan("pending", &p, None);
    assert_uses("pending", &p, "group_members_user");
    assert_uses("pending", &p, "stages_active_group");
}

#[test]
fn workflow_decisions_are_read_without_a_full_scan() {
    let store = Store::open_in_memory().expect("store");
    let p = plan(store.conn(), DECISIONS_SQL, &[Sql::Integer(1)]);
    assert_no_full_scan("decisions", &p, None);
}

#[test]
fn results_list_uses_an_index_for_every_combination_of_filters() {
    let store = Store::open_in_memory().expect("store");
    for job in [None, Some("backup".to_string())] {
        for schedule in [None, Some(3)] {
            for status in [None, Some("failure".to_string())] {
                let filter = ResultFilter {
                    job: job.clone(),
                    schedule,
                    status: status.clone(),
                    limit: 50,
                    before_id: None,
                };
                let (sql, params) = list_query(&filter);
                let p = plan(store.conn(), &sql, &params);
                let label = format!("results list {filter:?}");
                let unfiltered = job.is_none() && schedule.is_none() && status.is_none();
                // Unfiltered, the newest LIMIT rows are the last rowids: a walk in rowid order
                // that stops at LIMIT, not a scan plus a sort.
                assert_no_full_scan(&label, &p, unfiltered.then_some("SCAN r"));
                assert!(
                    !p.iter().any(|l| l.contains("TEMP B-TREE")),
                    "{label}: sorts instead of walking an index newest first:\n{}",
                    p.join("\n")
                );
                let driver = if schedule.is_some() {
                    Some("results_schedule")
                } else if job.is_some() {
                    Some("results_job")
                } else if status.is_some() {
                    Some("results_status")
                } else {
                    None
                };
                if let Some(index) = driver {
                    assert_uses(&label, &p, index);
                }
            }
        }
    }
}

#[test]
fn results_list_binds_only_the_filters_given() {
    let (sql, params) = list_query(&ResultFilter {
        job: Some("backup".into()),
        schedule: None,
        status: Some("failure".into()),
        limit: 7,
        before_id: None,
    });
    assert_eq!(
        params,
        vec![
            Sql::Text("backup".into()),
            Sql::Text("failure".into()),
            Sql::Integer(7)
        ]
    );
    assert!(!sql.contains("IS NULL"), "{sql}");
}

#[test]
fn grants_of_searches_by_user_and_by_the_users_groups() {
    let store = Store::open_in_memory().expect("store");
    let p = plan(store.conn(), GRANTS_OF_SQL, &[Sql::Integer(1)]);
    assert_no_full_scan("grants_of", &p, None);
    assert_uses("grants_of", &p, "grants_user");
    assert_uses("grants_of", &p, "grants_group");
}

/// SQLite marks join statements "re-prepare when a binding changes"; rusqlite's statement
/// cache clears the bindings whenever a cached statement is reused, so without the query
/// planner stability guarantee every cached join statement was compiled again on each use.
#[test]
fn cached_join_statements_are_not_recompiled_when_reused() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    // The responses of a stage, as `approvals` shows them for every stage listed.
    let join = "SELECT u.name, r.state, r.comment, r.created FROM responses r
        JOIN users u ON u.id = r.user_id WHERE r.stage_id = ?1 ORDER BY r.id";
    for stage in 1..=4 {
        let mut stmt = conn.prepare_cached(join).expect("cached");
        let mut rows = stmt.query([stage]).expect("query");
        while rows.next().expect("row").is_some() {}
    }
    for user in 1..=4 {
        super::workflows::pending_for(conn, user).expect("pending");
        schedules::due(conn, crate::store::to_time(user * 60)).expect("due");
        super::users::grants_of(conn, user).expect("grants");
    }
    for sql in [
        join.to_string(),
        PENDING_FOR_SQL.to_string(),
        schedules::due_sql(),
        GRANTS_OF_SQL.to_string(),
    ] {
        let stmt = conn.prepare_cached(&sql).expect("cached");
        assert_eq!(
            stmt.get_status(StatementStatus::RePrepare),
            0,
            "recompiled on reuse:\n{sql}"
        );
    }
}
