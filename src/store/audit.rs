//! The append-only audit log (triggers in the schema refuse updates and deletes).

use rusqlite::{Connection, params};
use serde::Serialize;
use serde_json::Value;

use super::to_time;
use crate::domain::time::Timestamp;
use crate::error::Result;

/// One audit entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: Timestamp,
    /// The jobctl user who acted (the impersonated one under `--user`).
    pub actor: String,
    /// The operating-system account that ran the command.
    pub os_user: String,
    pub action: String,
    pub object: String,
    pub detail: Value,
}

/// Who is acting, for the audit log.
#[derive(Debug, Clone)]
pub struct AuditActor<'a> {
    pub actor: &'a str,
    pub os_user: &'a str,
}

/// Appends an entry.
pub fn append(
    conn: &Connection,
    who: &AuditActor,
    at: i64,
    action: &str,
    object: &str,
    detail: Value,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO audit (at, actor, os_user, action, object, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![at, who.actor, who.os_user, action, object, detail.to_string()])?;
    Ok(())
}

/// Filters for listing.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor: Option<String>,
    pub action: Option<String>,
    pub object: Option<String>,
    /// Only entries this jobctl user acted in (`None`: every entry, for admins).
    pub visible_to: Option<String>,
    pub limit: i64,
}

/// Lists entries, newest first.
pub fn list(conn: &Connection, filter: &AuditFilter) -> Result<Vec<AuditEntry>> {
    let mut stmt = conn.prepare(
        "SELECT id, at, actor, os_user, action, object, detail FROM audit
         WHERE (?1 IS NULL OR actor = ?1) AND (?2 IS NULL OR action = ?2)
           AND (?3 IS NULL OR object = ?3) AND (?5 IS NULL OR actor = ?5)
         ORDER BY id DESC LIMIT ?4",
    )?;
    let rows = stmt
        .query_map(
            params![
                filter.actor,
                filter.action,
                filter.object,
                filter.limit,
                filter.visible_to
            ],
            |r| {
                let detail: String = r.get(6)?;
                Ok(AuditEntry {
                    id: r.get(0)?,
                    at: to_time(r.get(1)?).into(),
                    actor: r.get(2)?,
                    os_user: r.get(3)?,
                    action: r.get(4)?,
                    object: r.get(5)?,
                    detail: serde_json::from_str(&detail).unwrap_or(Value::Null),
                })
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
