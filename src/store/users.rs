//! Users, groups, memberships and permission grants.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::{to_time, unique_violation};
use crate::domain::permission::{Grant, Permission, Principal};
use crate::domain::time::Timestamp;
use crate::error::{Error, Result};

/// A jobctl user.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct User {
    pub id: i64,
    pub name: String,
    pub is_admin: bool,
    pub active: bool,
    pub groups: Vec<String>,
    pub created: Timestamp,
}

/// A group with its members.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub id: i64,
    pub name: String,
    pub members: Vec<String>,
    pub created: Timestamp,
}

/// A stored grant, as listed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GrantRow {
    pub principal: String,
    pub permission: String,
    pub job: Option<String>,
}

fn user_from_row(conn: &Connection, row: (i64, String, bool, bool, i64)) -> Result<User> {
    let (id, name, is_admin, active, created) = row;
    Ok(User {
        id,
        groups: groups_of(conn, id)?,
        name,
        is_admin,
        active,
        created: to_time(created).into(),
    })
}

/// Finds an active or removed user by name.
pub fn find_user(conn: &Connection, name: &str) -> Result<Option<User>> {
    let row = conn
        .query_row(
            "SELECT id, name, is_admin, active, created FROM users WHERE name = ?1",
            [name],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    row.map(|r| user_from_row(conn, r)).transpose()
}

/// Finds an active user by name, or fails with not-found.
pub fn get_active_user(conn: &Connection, name: &str) -> Result<User> {
    match find_user(conn, name)? {
        Some(u) if u.active => Ok(u),
        _ => Err(Error::not_found(format!("no such user: {name}"))
            .hint(format!("an admin can add it: jobctl users add {name}"))),
    }
}

/// The user's name by id.
pub fn user_name(conn: &Connection, id: i64) -> Result<String> {
    Ok(conn.query_row("SELECT name FROM users WHERE id = ?1", [id], |r| r.get(0))?)
}

/// Registers `name` as a plain user if it is unknown, or reactivates a removed one
/// (without permissions). Returns the user.
pub fn ensure_user(conn: &Connection, name: &str, now: i64) -> Result<User> {
    conn.execute(
        "INSERT INTO users (name, is_admin, active, created) VALUES (?1, 0, 1, ?2)
         ON CONFLICT(name) DO UPDATE SET active = 1 WHERE active = 0",
        params![name, now],
    )?;
    get_active_user(conn, name)
}

/// Adds a user; conflict if it exists and is active.
pub fn add_user(conn: &Connection, name: &str, admin: bool, now: i64) -> Result<User> {
    if let Some(u) = find_user(conn, name)?
        && u.active
    {
        return Err(Error::conflict(format!("user {name} already exists")));
    }
    conn.execute(
        "INSERT INTO users (name, is_admin, active, created) VALUES (?1, ?2, 1, ?3)
         ON CONFLICT(name) DO UPDATE SET active = 1, is_admin = excluded.is_admin",
        params![name, admin, now],
    )?;
    get_active_user(conn, name)
}

/// Makes a user an admin (or not).
pub fn set_admin(conn: &Connection, id: i64, admin: bool) -> Result<()> {
    conn.execute(
        "UPDATE users SET is_admin = ?2 WHERE id = ?1",
        params![id, admin],
    )?;
    Ok(())
}

/// True when at least one active admin exists.
pub fn has_admin(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM users WHERE is_admin = 1 AND active = 1)",
        [],
        |r| r.get(0),
    )?)
}

/// Removes a user: memberships and grants go, the name stays in the history.
pub fn remove_user(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM group_members WHERE user_id = ?1", [id])?;
    conn.execute("DELETE FROM grants WHERE user_id = ?1", [id])?;
    conn.execute(
        "UPDATE users SET active = 0, is_admin = 0 WHERE id = ?1",
        [id],
    )?;
    Ok(())
}

/// Every active user, by name.
pub fn list_users(conn: &Connection) -> Result<Vec<User>> {
    let mut stmt = conn.prepare(
        "SELECT id, name, is_admin, active, created FROM users WHERE active = 1 ORDER BY name",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(|r| user_from_row(conn, r)).collect()
}

/// Names of the groups a user belongs to.
pub fn groups_of(conn: &Connection, user_id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT g.name FROM groups g JOIN group_members m ON m.group_id = g.id
         WHERE m.user_id = ?1 ORDER BY g.name",
    )?;
    let names = stmt
        .query_map([user_id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(names)
}

/// A group's id by name, or not-found.
pub fn group_id(conn: &Connection, name: &str) -> Result<i64> {
    conn.query_row("SELECT id FROM groups WHERE name = ?1", [name], |r| {
        r.get(0)
    })
    .optional()?
    .ok_or_else(|| {
        Error::not_found(format!("no such group: {name}"))
            .hint(format!("an admin can add it: jobctl groups add {name}"))
    })
}

/// Adds a group.
pub fn add_group(conn: &Connection, name: &str, now: i64) -> Result<Group> {
    conn.execute(
        "INSERT INTO groups (name, created) VALUES (?1, ?2)",
        params![name, now],
    )
    .map_err(|e| unique_violation(e, format!("group {name} already exists")))?;
    get_group(conn, name)
}

/// A group with its members.
pub fn get_group(conn: &Connection, name: &str) -> Result<Group> {
    let id = group_id(conn, name)?;
    let created: i64 = conn.query_row("SELECT created FROM groups WHERE id = ?1", [id], |r| {
        r.get(0)
    })?;
    Ok(Group {
        id,
        name: name.to_string(),
        members: members_of(conn, id)?,
        created: to_time(created).into(),
    })
}

fn members_of(conn: &Connection, group_id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT u.name FROM users u JOIN group_members m ON m.user_id = u.id
         WHERE m.group_id = ?1 AND u.active = 1 ORDER BY u.name",
    )?;
    let names = stmt
        .query_map([group_id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(names)
}

/// Every group with its members.
pub fn list_groups(conn: &Connection) -> Result<Vec<Group>> {
    let mut stmt = conn.prepare("SELECT name FROM groups ORDER BY name")?;
    let names = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    names.iter().map(|n| get_group(conn, n)).collect()
}

/// Adds a member; conflict if already a member.
pub fn add_member(conn: &Connection, group: i64, user: i64) -> Result<bool> {
    Ok(conn.execute(
        "INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?1, ?2)",
        params![group, user],
    )? == 1)
}

/// Removes a member; returns false if it was not a member.
pub fn remove_member(conn: &Connection, group: i64, user: i64) -> Result<bool> {
    Ok(conn.execute(
        "DELETE FROM group_members WHERE group_id = ?1 AND user_id = ?2",
        params![group, user],
    )? == 1)
}

/// Number of active members of a group other than `except`.
pub fn eligible_members(conn: &Connection, group: &str, except: i64) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM group_members m JOIN groups g ON g.id = m.group_id
         JOIN users u ON u.id = m.user_id
         WHERE g.name = ?1 AND u.active = 1 AND u.id <> ?2",
        params![group, except],
        |r| r.get(0),
    )?)
}

/// Resolves a principal to its (user_id, group_id) pair.
fn principal_ids(conn: &Connection, principal: &Principal) -> Result<(Option<i64>, Option<i64>)> {
    Ok(match principal {
        Principal::User(name) => (Some(get_active_user(conn, name)?.id), None),
        Principal::Group(name) => (None, Some(group_id(conn, name)?)),
    })
}

/// Grants `perm` (optionally only for jobs matching `glob`); false if it was already granted.
pub fn grant(
    conn: &Connection,
    principal: &Principal,
    perm: Permission,
    glob: Option<&str>,
    now: i64,
) -> Result<bool> {
    let (user, group) = principal_ids(conn, principal)?;
    Ok(conn.execute(
        "INSERT OR IGNORE INTO grants (user_id, group_id, permission, job_glob, created)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![user, group, perm.as_str(), glob.unwrap_or(""), now],
    )? == 1)
}

/// Revokes a grant; false if there was no such grant.
pub fn revoke(
    conn: &Connection,
    principal: &Principal,
    perm: Permission,
    glob: Option<&str>,
) -> Result<bool> {
    let (user, group) = principal_ids(conn, principal)?;
    Ok(conn.execute(
        "DELETE FROM grants WHERE IFNULL(user_id, 0) = IFNULL(?1, 0)
         AND IFNULL(group_id, 0) = IFNULL(?2, 0) AND permission = ?3 AND job_glob = ?4",
        params![user, group, perm.as_str(), glob.unwrap_or("")],
    )? == 1)
}

/// Lists grants, optionally of one principal.
pub fn list_grants(conn: &Connection, principal: Option<&Principal>) -> Result<Vec<GrantRow>> {
    let all = all_grants(conn)?;
    Ok(all
        .into_iter()
        .filter(|g| principal.is_none_or(|p| &g.principal == p))
        .map(|g| GrantRow {
            principal: g.principal.to_string(),
            permission: g.permission.as_str().to_string(),
            job: g.job_glob,
        })
        .collect())
}

/// Every grant (for `perms list`).
pub fn all_grants(conn: &Connection) -> Result<Vec<Grant>> {
    let mut stmt = conn.prepare_cached(
        "SELECT u.name, g.name, gr.permission, gr.job_glob FROM grants gr
         LEFT JOIN users u ON u.id = gr.user_id LEFT JOIN groups g ON g.id = gr.group_id
         ORDER BY IFNULL(u.name, ''), IFNULL(g.name, ''), gr.permission, gr.job_glob",
    )?;
    grants_from(stmt.query([])?)
}

/// The SQL of [`grants_of`] (public to the crate for the query-plan tests).
pub(crate) const GRANTS_OF_SQL: &str = "SELECT u.name, g.name, gr.permission, gr.job_glob
     FROM grants gr LEFT JOIN users u ON u.id = gr.user_id LEFT JOIN groups g ON g.id = gr.group_id
     WHERE gr.user_id = ?1
        OR gr.group_id IN (SELECT group_id FROM group_members WHERE user_id = ?1)";

/// The grants that can apply to the user with id `user`: their own and their groups', for
/// permission checks. Through `grants_user` and `grants_group`, so a command's cost does not
/// grow with the grants of everyone else.
pub fn grants_of(conn: &Connection, user: i64) -> Result<Vec<Grant>> {
    let mut stmt = conn.prepare_cached(GRANTS_OF_SQL)?;
    grants_from(stmt.query([user])?)
}

fn grants_from(mut rows: rusqlite::Rows<'_>) -> Result<Vec<Grant>> {
    let mut grants = Vec::new();
    while let Some(r) = rows.next()? {
        let principal = match (
            r.get::<_, Option<String>>(0)?,
            r.get::<_, Option<String>>(1)?,
        ) {
            (Some(u), _) => Principal::User(u),
            (None, Some(g)) => Principal::Group(g),
            (None, None) => continue,
        };
        let Ok(permission) = r.get::<_, String>(2)?.parse::<Permission>() else {
            continue;
        };
        let glob: String = r.get(3)?;
        grants.push(Grant {
            principal,
            permission,
            job_glob: (!glob.is_empty()).then_some(glob),
        });
    }
    Ok(grants)
}
