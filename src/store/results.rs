//! Job results: claimed rows, their progress and outcome, and listing.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;
use serde_json::Value;

use super::{to_time, to_time_opt};
use crate::domain::time::Timestamp;
use crate::error::{Error, Result};

/// A job result (spec §7).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JobResult {
    pub id: i64,
    pub job: String,
    pub scheduled_job: Option<i64>,
    pub user: Option<String>,
    pub ran_as: Option<String>,
    pub status: String,
    pub exit_code: Option<i64>,
    pub reason: Option<String>,
    pub scheduled_for: Option<Timestamp>,
    pub date_created: Timestamp,
    pub date_started: Option<Timestamp>,
    pub date_done: Option<Timestamp>,
    pub duration_ms: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    pub output_truncated: bool,
    pub output_bytes: i64,
    pub skipped_occurrences: i64,
    pub variables: Value,
    /// The zone of its scheduled job (for tables); None for manual runs.
    #[serde(skip)]
    pub time_zone: Option<String>,
}

const SELECT: &str = "SELECT r.id, r.job_name, r.scheduled_job_id, u.name, r.ran_as, r.status,
    r.exit_code, r.reason, r.scheduled_for, r.date_created, r.date_started, r.date_done,
    r.duration_ms, r.output_truncated, r.output_bytes, r.skipped_occurrences, r.variables,
    s.time_zone
    FROM results r LEFT JOIN users u ON u.id = r.user_id
    LEFT JOIN scheduled_jobs s ON s.id = r.scheduled_job_id";

fn from_row(r: &Row) -> rusqlite::Result<JobResult> {
    let vars: String = r.get(16)?;
    Ok(JobResult {
        id: r.get(0)?,
        job: r.get(1)?,
        scheduled_job: r.get(2)?,
        user: r.get(3)?,
        ran_as: r.get(4)?,
        status: r.get(5)?,
        exit_code: r.get(6)?,
        reason: r.get(7)?,
        scheduled_for: to_time_opt(r.get(8)?).map(Timestamp),
        date_created: to_time(r.get(9)?).into(),
        date_started: to_time_opt(r.get(10)?).map(Timestamp),
        date_done: to_time_opt(r.get(11)?).map(Timestamp),
        duration_ms: r.get(12)?,
        output: None,
        output_truncated: r.get(13)?,
        output_bytes: r.get(14)?,
        skipped_occurrences: r.get(15)?,
        variables: serde_json::from_str(&vars).unwrap_or(Value::Null),
        time_zone: r.get(17)?,
    })
}

/// A new result row.
#[derive(Debug, Clone)]
pub struct NewResult<'a> {
    pub job_id: i64,
    pub job_name: &'a str,
    pub scheduled_job: Option<i64>,
    pub user_id: Option<i64>,
    pub status: &'a str,
    pub reason: Option<&'a str>,
    pub scheduled_for: Option<DateTime<Utc>>,
    pub created: DateTime<Utc>,
    pub skipped_occurrences: i64,
    pub variables: &'a Value,
    pub claimed_by: Option<&'a str>,
}

/// Inserts a result row. For scheduled runs the unique key (scheduled job, occurrence) makes
/// a second claim of the same occurrence impossible: then `None` is returned.
pub fn insert(conn: &Connection, n: &NewResult) -> Result<Option<i64>> {
    let changed = conn
        .prepare_cached(
            "INSERT INTO results (job_id, job_name, scheduled_job_id, user_id, status, reason,
                scheduled_for, date_created, skipped_occurrences, variables, claimed_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT DO NOTHING",
        )?
        .execute(params![
            n.job_id,
            n.job_name,
            n.scheduled_job,
            n.user_id,
            n.status,
            n.reason,
            n.scheduled_for.map(|t| t.timestamp()),
            n.created.timestamp(),
            n.skipped_occurrences,
            n.variables.to_string(),
            n.claimed_by
        ])?;
    Ok((changed == 1).then(|| conn.last_insert_rowid()))
}

/// Marks a run claimed by `claimed_by` as started. False when it is no longer pending or no
/// longer this claimer's (another `run-due` marked it interrupted, or adopted it because it
/// took this claimer for dead): then it must not be started.
pub fn mark_running(
    conn: &Connection,
    id: i64,
    started: DateTime<Utc>,
    ran_as: &str,
    claimed_by: &str,
) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "UPDATE results SET status = 'running', date_started = ?2, ran_as = ?3
             WHERE id = ?1 AND status = 'pending' AND claimed_by = ?4",
        )?
        .execute(params![id, started.timestamp(), ran_as, claimed_by])?
        == 1)
}

/// Takes over a claimed run that never started from its (dead) claimer `old`: it becomes
/// `me`'s to run. Conditional on it still being pending and still `old`'s, so of several
/// `run-due` processes exactly one adopts it. False when it was not (any more).
pub fn adopt(conn: &Connection, id: i64, old: Option<&str>, me: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "UPDATE results SET claimed_by = ?3
             WHERE id = ?1 AND status = 'pending' AND claimed_by IS ?2",
        )?
        .execute(params![id, old, me])?
        == 1)
}

/// Records a claimed run that never started as `skipped` (a singleton job's run that would
/// overlap another); only if it is still pending and still `claimed_by`'s.
pub fn mark_skipped(
    conn: &Connection,
    id: i64,
    reason: &str,
    claimed_by: Option<&str>,
) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "UPDATE results SET status = 'skipped', reason = ?2, claimed_by = NULL
             WHERE id = ?1 AND status = 'pending' AND claimed_by IS ?3",
        )?
        .execute(params![id, reason, claimed_by])?
        == 1)
}

/// How a run ended.
#[derive(Debug, Clone)]
pub struct Finish<'a> {
    pub status: &'a str,
    pub exit_code: Option<i32>,
    pub reason: Option<&'a str>,
    pub started: DateTime<Utc>,
    pub done: DateTime<Utc>,
    pub duration_ms: i64,
    pub output: &'a [u8],
    pub output_truncated: bool,
    pub output_bytes: u64,
    /// None when nothing was started (e.g. `run_as` refused, shell missing).
    pub ran_as: Option<&'a str>,
}

/// Records the outcome of a run (only if it is still pending or running).
pub fn finish(conn: &Connection, id: i64, f: &Finish) -> Result<()> {
    conn.prepare_cached(
        "UPDATE results SET status = ?2, exit_code = ?3, reason = ?4, date_started = ?5,
            date_done = ?6, duration_ms = ?7, output = ?8, output_truncated = ?9,
            output_bytes = ?10, ran_as = ?11
         WHERE id = ?1 AND status IN ('pending', 'running')",
    )?
    .execute(params![
        id,
        f.status,
        f.exit_code,
        f.reason,
        f.started.timestamp(),
        f.done.timestamp(),
        f.duration_ms,
        f.output,
        f.output_truncated,
        f.output_bytes as i64,
        f.ran_as
    ])?;
    Ok(())
}

/// An unfinished run and the process that claimed it.
#[derive(Debug, Clone)]
pub struct Unfinished {
    pub id: i64,
    pub status: String,
    pub job_id: Option<i64>,
    pub claimed_by: Option<String>,
    /// Set for runs of a schedule (also when the schedule was deleted since); None for
    /// `jobctl run`.
    pub scheduled_for: Option<DateTime<Utc>>,
    /// None for `jobctl run`, or when the schedule was deleted since.
    pub scheduled_job: Option<i64>,
}

/// Every pending or running result (through the partial index), of one job or of all.
pub fn unfinished(conn: &Connection, job: Option<i64>) -> Result<Vec<Unfinished>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, status, job_id, claimed_by, scheduled_for, scheduled_job_id FROM results
         WHERE status IN ('pending', 'running') AND (?1 IS NULL OR job_id = ?1)
         ORDER BY id",
    )?;
    Ok(stmt
        .query_map([job], |r| {
            Ok(Unfinished {
                id: r.get(0)?,
                status: r.get(1)?,
                job_id: r.get(2)?,
                claimed_by: r.get(3)?,
                scheduled_for: to_time_opt(r.get(4)?),
                scheduled_job: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Marks an unfinished run as interrupted.
pub fn mark_interrupted(
    conn: &Connection,
    id: i64,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    Ok(conn.execute(
        "UPDATE results SET status = 'interrupted', reason = ?2, date_done = ?3
         WHERE id = ?1 AND status IN ('pending', 'running')",
        params![id, reason, now.timestamp()],
    )? == 1)
}

/// Records that a claimed run was not started (and why): it is `skipped`, never run.
/// Only a run that is still `pending` and claimed by `token` is changed.
pub fn mark_not_started(
    conn: &Connection,
    id: i64,
    token: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    Ok(conn.execute(
        "UPDATE results SET status = 'skipped', reason = ?3, date_done = ?4
         WHERE id = ?1 AND status = 'pending' AND claimed_by = ?2",
        params![id, token, reason, now.timestamp()],
    )? == 1)
}

/// A result by id, with its output.
pub fn get(conn: &Connection, id: i64) -> Result<JobResult> {
    let mut result = get_meta(conn, id)?;
    result.output = Some(String::from_utf8_lossy(&output_bytes(conn, id)?).into_owned());
    Ok(result)
}

/// A result by id, without its output (which may be large).
pub fn get_meta(conn: &Connection, id: i64) -> Result<JobResult> {
    conn.prepare_cached(&format!("{SELECT} WHERE r.id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| {
            Error::not_found(format!("no such result: {id}"))
                .hint("list results with: jobctl results list")
        })
}

/// The raw output bytes of a result.
pub fn output_bytes(conn: &Connection, id: i64) -> Result<Vec<u8>> {
    let output: Option<Vec<u8>> =
        conn.query_row("SELECT output FROM results WHERE id = ?1", [id], |r| {
            r.get(0)
        })?;
    Ok(output.unwrap_or_default())
}

/// Filters for `results list`.
#[derive(Debug, Clone, Default)]
pub struct ResultFilter {
    pub job: Option<String>,
    pub schedule: Option<i64>,
    pub status: Option<String>,
    pub limit: i64,
    /// Only results older than this id (the next page, newest first).
    pub before_id: Option<i64>,
}

/// Results, newest first.
pub fn list(conn: &Connection, f: &ResultFilter) -> Result<Vec<JobResult>> {
    let (sql, params) = list_query(f);
    let mut stmt = conn.prepare_cached(&sql)?;
    Ok(stmt
        .query_map(rusqlite::params_from_iter(params), from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The SQL of `list` for the filters given, and its parameters. The WHERE clause names only
/// the filters that are set, so each combination uses its index (`results_job`,
/// `results_schedule`, `results_status`) and walks it newest first until LIMIT; a catch-all
/// `(?1 IS NULL OR col = ?1)` form would leave SQLite no index to use.
pub(crate) fn list_query(f: &ResultFilter) -> (String, Vec<rusqlite::types::Value>) {
    use rusqlite::types::Value as Sql;
    let mut clauses = Vec::new();
    let mut params = Vec::new();
    // With several filters, the most selective one drives (a schedule belongs to one job; a
    // job has few runs next to all runs of a status): a unary `+` keeps SQLite from walking
    // the index of a less selective one.
    if let Some(job) = &f.job {
        params.push(Sql::Text(job.clone()));
        let plus = if f.schedule.is_some() { "+" } else { "" };
        clauses.push(format!("{plus}r.job_name = ?{}", params.len()));
    }
    if let Some(schedule) = f.schedule {
        params.push(Sql::Integer(schedule));
        clauses.push(format!("r.scheduled_job_id = ?{}", params.len()));
    }
    if let Some(status) = &f.status {
        params.push(Sql::Text(status.clone()));
        let plus = if f.job.is_some() || f.schedule.is_some() {
            "+"
        } else {
            ""
        };
        clauses.push(format!("{plus}r.status = ?{}", params.len()));
    }
    if let Some(before) = f.before_id {
        params.push(Sql::Integer(before));
        clauses.push(format!("r.id < ?{}", params.len()));
    }
    params.push(Sql::Integer(f.limit));
    let filter = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    let sql = format!(
        "{SELECT} {filter}
         ORDER BY r.id DESC LIMIT ?{}",
        params.len()
    );
    (sql, params)
}
