//! Scheduled jobs: insert, read, list, state changes, and the indexed due query.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::Value;

use super::{to_time, to_time_opt, unique_violation};
use crate::domain::cron::CronExpr;
use crate::domain::schedule::{Interval, Recurrence};
use crate::error::{Error, Result};

/// A scheduled job as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleRow {
    pub id: i64,
    pub name: String,
    pub job_id: i64,
    pub job_name: String,
    pub interval: Interval,
    pub crontab: Option<String>,
    pub start_time: Option<DateTime<Utc>>,
    pub time_zone: String,
    pub variables: Value,
    pub description: String,
    pub user_id: i64,
    pub user_name: String,
    pub state: String,
    pub enabled: bool,
    pub approval_required: bool,
    pub next_run: Option<DateTime<Utc>>,
    pub last_run_at: Option<DateTime<Utc>>,
    pub total_run_count: i64,
    pub created: DateTime<Utc>,
}

impl ScheduleRow {
    /// The zone (stored names are validated on the way in; UTC if it ever fails to parse).
    pub fn tz(&self) -> Tz {
        self.time_zone.parse().unwrap_or(chrono_tz::UTC)
    }

    /// The recurrence that computes this schedule's occurrences.
    pub fn recurrence(&self) -> Recurrence {
        let cron = self
            .crontab
            .as_deref()
            .and_then(|c| CronExpr::parse(c).ok());
        Recurrence::new(self.interval, self.start_time, cron, self.tz())
    }

    /// The state shown to people: `disabled` for an active schedule that is switched off.
    pub fn display_state(&self) -> &str {
        if self.state == "active" && !self.enabled {
            "disabled"
        } else {
            &self.state
        }
    }
}

const SELECT: &str = "SELECT s.id, s.name, s.job_id, j.name, s.interval, s.crontab, s.start_time,
    s.time_zone, s.variables, s.description, s.user_id, u.name, s.state, s.enabled,
    s.approval_required, s.next_run, s.last_run_at, s.total_run_count, s.created
    FROM scheduled_jobs s JOIN jobs j ON j.id = s.job_id JOIN users u ON u.id = s.user_id";

fn from_row(r: &Row) -> rusqlite::Result<ScheduleRow> {
    let interval: String = r.get(4)?;
    let vars: String = r.get(8)?;
    Ok(ScheduleRow {
        id: r.get(0)?,
        name: r.get(1)?,
        job_id: r.get(2)?,
        job_name: r.get(3)?,
        interval: interval.parse().unwrap_or(Interval::Future),
        crontab: r.get(5)?,
        start_time: to_time_opt(r.get(6)?),
        time_zone: r.get(7)?,
        variables: serde_json::from_str(&vars).unwrap_or(Value::Null),
        description: r.get(9)?,
        user_id: r.get(10)?,
        user_name: r.get(11)?,
        state: r.get(12)?,
        enabled: r.get(13)?,
        approval_required: r.get(14)?,
        next_run: to_time_opt(r.get(15)?),
        last_run_at: to_time_opt(r.get(16)?),
        total_run_count: r.get(17)?,
        created: to_time(r.get(18)?),
    })
}

/// A new scheduled job.
#[derive(Debug, Clone)]
pub struct NewSchedule<'a> {
    pub name: Option<&'a str>,
    pub job_id: i64,
    pub interval: Interval,
    pub crontab: Option<&'a str>,
    pub start_time: Option<DateTime<Utc>>,
    pub time_zone: &'a str,
    pub variables: &'a Value,
    pub description: &'a str,
    pub user_id: i64,
    pub state: &'a str,
    pub approval_required: bool,
    pub next_run: Option<DateTime<Utc>>,
    pub created: DateTime<Utc>,
}

/// Inserts a scheduled job; a missing name becomes `<job>-<id>`. Conflict on a duplicate name.
pub fn insert(conn: &Connection, s: &NewSchedule, job_name: &str) -> Result<i64> {
    let placeholder = format!("~pending-{}", s.created.timestamp_nanos_opt().unwrap_or(0));
    let name = s.name.map(str::to_string).unwrap_or(placeholder);
    conn.execute(
        "INSERT INTO scheduled_jobs (name, job_id, interval, crontab, start_time, time_zone,
            variables, description, user_id, state, enabled, approval_required, next_run,
            total_run_count, created)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1, ?11, ?12, 0, ?13)",
        params![
            name,
            s.job_id,
            s.interval.as_str(),
            s.crontab,
            s.start_time.map(|t| t.timestamp()),
            s.time_zone,
            s.variables.to_string(),
            s.description,
            s.user_id,
            s.state,
            s.approval_required,
            s.next_run.map(|t| t.timestamp()),
            s.created.timestamp(),
        ],
    )
    .map_err(|e| {
        unique_violation(e, format!("a scheduled job named {name:?} already exists"))
            .hint("pick another --name")
    })?;
    let id = conn.last_insert_rowid();
    if s.name.is_none() {
        conn.execute(
            "UPDATE scheduled_jobs SET name = ?2 WHERE id = ?1",
            params![id, format!("{job_name}-{id}")],
        )?;
    }
    Ok(id)
}

/// A scheduled job by id, or not-found.
pub fn get(conn: &Connection, id: i64) -> Result<ScheduleRow> {
    find(conn, id)?.ok_or_else(|| {
        Error::not_found(format!("no such scheduled job: {id}"))
            .hint("list them with: jobctl schedules list")
    })
}

/// A scheduled job by id.
pub fn find(conn: &Connection, id: i64) -> Result<Option<ScheduleRow>> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE s.id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

/// Lists scheduled jobs, optionally filtered by job name.
pub fn list(conn: &Connection, job: Option<&str>) -> Result<Vec<ScheduleRow>> {
    let mut stmt = conn.prepare(&format!(
        "{SELECT} WHERE (?1 IS NULL OR j.name = ?1) ORDER BY s.id"
    ))?;
    Ok(stmt
        .query_map(params![job], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Sets the state (and next run) of a scheduled job.
pub fn set_state(conn: &Connection, id: i64, state: &str) -> Result<()> {
    conn.execute(
        "UPDATE scheduled_jobs SET state = ?2 WHERE id = ?1",
        params![id, state],
    )?;
    Ok(())
}

/// Switches a scheduled job on or off; false if it already was.
pub fn set_enabled(conn: &Connection, id: i64, enabled: bool) -> Result<bool> {
    Ok(conn.execute(
        "UPDATE scheduled_jobs SET enabled = ?2 WHERE id = ?1 AND enabled <> ?2",
        params![id, enabled],
    )? == 1)
}

/// Sets the stored next run.
pub fn set_next_run(conn: &Connection, id: i64, next: Option<DateTime<Utc>>) -> Result<()> {
    conn.execute(
        "UPDATE scheduled_jobs SET next_run = ?2 WHERE id = ?1",
        params![id, next.map(|t| t.timestamp())],
    )?;
    Ok(())
}

/// Moves a scheduled job to another time zone, with its recomputed next run.
pub fn set_time_zone(
    conn: &Connection,
    id: i64,
    time_zone: &str,
    next: Option<DateTime<Utc>>,
) -> Result<()> {
    conn.execute(
        "UPDATE scheduled_jobs SET time_zone = ?2, next_run = ?3 WHERE id = ?1",
        params![id, time_zone, next.map(|t| t.timestamp())],
    )?;
    Ok(())
}

/// Deletes a scheduled job (its workflow goes by cascade; results keep their rows).
pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM scheduled_jobs WHERE id = ?1", [id])?;
    Ok(())
}

/// Every scheduled job that is due: active, enabled, job enabled, `next_run ≤ now`
/// (through the partial index `scheduled_jobs_due`), oldest first.
pub fn due(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<ScheduleRow>> {
    let mut stmt = conn.prepare_cached(&due_sql())?;
    Ok(stmt
        .query_map([now.timestamp()], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The SQL of [`due`] (public to the crate for the query-plan tests).
pub(crate) fn due_sql() -> String {
    format!(
        "{SELECT} WHERE s.state = 'active' AND s.enabled = 1 AND s.next_run IS NOT NULL
           AND s.next_run <= ?1 AND j.enabled = 1
         ORDER BY s.next_run, s.id"
    )
}

/// Records a claimed run: the next run, the last run time, the count, and completion of
/// one-offs (or of a schedule with no next run).
pub fn record_claim(
    conn: &Connection,
    id: i64,
    ran_at: DateTime<Utc>,
    next: Option<DateTime<Utc>>,
    one_off: bool,
) -> Result<()> {
    advance(conn, id, next, one_off)?;
    conn.prepare_cached(
        "UPDATE scheduled_jobs SET last_run_at = ?2, total_run_count = total_run_count + 1
         WHERE id = ?1",
    )?
    .execute(params![id, ran_at.timestamp()])?;
    Ok(())
}

/// Moves a schedule past an occurrence without counting a run (the occurrence had already
/// been claimed): sets the next run and completes one-offs.
pub fn advance(
    conn: &Connection,
    id: i64,
    next: Option<DateTime<Utc>>,
    one_off: bool,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE scheduled_jobs SET next_run = ?2,
            state = CASE WHEN ?3 OR ?2 IS NULL THEN 'completed' ELSE state END
         WHERE id = ?1",
    )?
    .execute(params![id, next.map(|t| t.timestamp()), one_off])?;
    Ok(())
}

/// Resumes a schedule after it (or its job) was switched back on: a recurring schedule does
/// not owe the runs it missed while off and moves on to its next occurrence after `now`; a
/// one-off keeps its time (past, it runs on the next run-due).
pub fn resume(conn: &Connection, s: &ScheduleRow, now: DateTime<Utc>) -> Result<()> {
    if s.state != "active" || s.interval.is_one_off() {
        return Ok(());
    }
    if let Some(next) = s.next_run
        && next <= now
    {
        set_next_run(conn, s.id, s.recurrence().catch_up(next, now).next_run)?;
    }
    Ok(())
}
