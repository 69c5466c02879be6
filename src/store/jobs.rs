//! Jobs: insert, upsert, read, list, enable/disable, remove.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{to_time, unique_violation};
use crate::domain::job::{Job, JobDefinition};
use crate::error::{Error, Result};

const COLUMNS: &str =
    "id, name, grouping, description, command, shell, env, stdin, run_as, enabled,
    has_sensitive_variables, variables, soft_time_limit, time_limit, singleton, created, updated";

fn from_row(r: &Row) -> rusqlite::Result<Job> {
    let env: String = r.get(6)?;
    let vars: String = r.get(11)?;
    Ok(Job {
        id: r.get(0)?,
        name: r.get(1)?,
        grouping: r.get(2)?,
        description: r.get(3)?,
        command: r.get(4)?,
        shell: r.get(5)?,
        env: serde_json::from_str(&env).unwrap_or_default(),
        stdin: r.get(7)?,
        run_as: r.get(8)?,
        enabled: r.get(9)?,
        has_sensitive_variables: r.get(10)?,
        variables: serde_json::from_str(&vars).unwrap_or_default(),
        soft_time_limit: r.get::<_, i64>(12)?.max(0) as u64,
        time_limit: r.get::<_, i64>(13)?.max(0) as u64,
        singleton: r.get(14)?,
        created: to_time(r.get(15)?).into(),
        updated: to_time(r.get(16)?).into(),
    })
}

/// A job by name, or not-found with a hint.
pub fn get(conn: &Connection, name: &str) -> Result<Job> {
    find(conn, name)?.ok_or_else(|| {
        Error::not_found(format!("no such job: {name}")).hint("list jobs with: jobctl jobs list")
    })
}

/// A job by name, if it exists.
pub fn find(conn: &Connection, name: &str) -> Result<Option<Job>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM jobs WHERE name = ?1"))?
        .query_row([name], from_row)
        .optional()?)
}

/// A job by id.
pub fn get_by_id(conn: &Connection, id: i64) -> Result<Job> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM jobs WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(format!("no such job id: {id}")))
}

/// Lists jobs, optionally of one grouping, by name.
pub fn list(conn: &Connection, grouping: Option<&str>) -> Result<Vec<Job>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM jobs WHERE (?1 IS NULL OR grouping = ?1) ORDER BY grouping, name"
    ))?;
    Ok(stmt
        .query_map(params![grouping], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The 15 bound values shared by `insert` and `update` (`?1` name … `?15` now).
struct JobParams<'a> {
    def: &'a JobDefinition,
    env: String,
    variables: String,
    soft_time_limit: i64,
    time_limit: i64,
    sensitive: bool,
    now: i64,
}

fn job_params(def: &JobDefinition, sensitive: bool, now: i64) -> Result<JobParams<'_>> {
    Ok(JobParams {
        def,
        env: serde_json::to_string(&def.env)?,
        variables: serde_json::to_string(&def.variables)?,
        soft_time_limit: i64::try_from(def.soft_time_limit).unwrap_or(i64::MAX),
        time_limit: i64::try_from(def.time_limit).unwrap_or(i64::MAX),
        sensitive,
        now,
    })
}

impl JobParams<'_> {
    fn as_params(&self) -> [&dyn rusqlite::ToSql; 15] {
        let d = self.def;
        [
            &d.name,
            &d.grouping,
            &d.description,
            &d.command,
            &d.shell,
            &self.env,
            &d.stdin,
            &d.run_as,
            &d.enabled,
            &self.sensitive,
            &self.variables,
            &self.soft_time_limit,
            &self.time_limit,
            &d.singleton,
            &self.now,
        ]
    }
}

/// Inserts a new job (enabled unless `enabled` is `Some(false)`); conflict if the name is taken.
pub fn insert(conn: &Connection, def: &JobDefinition, sensitive: bool, now: i64) -> Result<Job> {
    conn.execute(
        "INSERT INTO jobs (name, grouping, description, command, shell, env, stdin, run_as, enabled,
            has_sensitive_variables, variables, soft_time_limit, time_limit, singleton, created, updated)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, COALESCE(?9, 1), ?10, ?11, ?12, ?13, ?14, ?15, ?15)",
        job_params(def, sensitive, now)?.as_params(),
    )
    .map_err(|e| {
        unique_violation(e, format!("job {} already exists", def.name))
            .hint("use `jobctl jobs import` to update jobs by name")
    })?;
    get(conn, &def.name)
}

/// Replaces an existing job's definition (keeps id and created; an `enabled` of `None` keeps
/// the current value). Returns true if anything changed.
pub fn update(conn: &Connection, def: &JobDefinition, sensitive: bool, now: i64) -> Result<bool> {
    let changed = conn.execute(
        "UPDATE jobs SET grouping = ?2, description = ?3, command = ?4, shell = ?5, env = ?6,
            stdin = ?7, run_as = ?8, enabled = COALESCE(?9, enabled), has_sensitive_variables = ?10, variables = ?11,
            soft_time_limit = ?12, time_limit = ?13, singleton = ?14, updated = ?15
         WHERE name = ?1 AND NOT (grouping IS ?2 AND description IS ?3 AND command IS ?4
            AND shell IS ?5 AND env IS ?6 AND stdin IS ?7 AND run_as IS ?8 AND enabled IS COALESCE(?9, enabled)
            AND has_sensitive_variables IS ?10 AND variables IS ?11 AND soft_time_limit IS ?12
            AND time_limit IS ?13 AND singleton IS ?14)",
        job_params(def, sensitive, now)?.as_params(),
    )?;
    Ok(changed == 1)
}

/// Enables or disables a job; returns false when it already was in that state.
pub fn set_enabled(conn: &Connection, id: i64, enabled: bool, now: i64) -> Result<bool> {
    Ok(conn.execute(
        "UPDATE jobs SET enabled = ?2, updated = ?3 WHERE id = ?1 AND enabled <> ?2",
        params![id, enabled, now],
    )? == 1)
}

/// How many scheduled jobs reference a job.
pub fn schedule_count(conn: &Connection, id: i64) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM scheduled_jobs WHERE job_id = ?1",
        [id],
        |r| r.get(0),
    )?)
}

/// Deletes a job and (by cascade) its scheduled jobs and their workflows; results keep the name.
pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM jobs WHERE id = ?1", [id])?;
    Ok(())
}

/// Records that `import-crontab` with this prefix created (or now manages) a job.
pub fn mark_imported(conn: &Connection, id: i64, prefix: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO crontab_imports (job_id, prefix) VALUES (?1, ?2)
         ON CONFLICT (job_id) DO UPDATE SET prefix = excluded.prefix",
        params![id, prefix],
    )?;
    Ok(())
}

/// The jobs `import-crontab` created with this prefix, by name.
pub fn imported(conn: &Connection, prefix: &str) -> Result<Vec<Job>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM jobs WHERE id IN
            (SELECT job_id FROM crontab_imports WHERE prefix = ?1) ORDER BY name"
    ))?;
    Ok(stmt
        .query_map([prefix], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}
