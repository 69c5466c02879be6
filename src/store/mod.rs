//! The SQLite store: opening the file safely, migrations, and transactions.
//!
//! One `Store` owns the connection. Every read-modify-write runs in a `BEGIN IMMEDIATE`
//! transaction opened by a public method of one of the aggregate modules below.

pub mod audit;
pub mod jobs;
#[cfg(test)]
mod query_plans;
pub mod results;
pub mod schedules;
mod schema;
pub mod users;
pub mod workflows;

use std::fs::OpenOptions;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

pub use schema::current_version as schema_version;

/// How long a command waits for another process's write transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// An open jobctl database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// True when this process created the database file.
    created: bool,
}

impl Store {
    /// Opens (creating with mode 0600 if needed) and migrates the database at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let created = create_file_if_missing(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| Error::from(e).hint(format!("the database is {}", path.display())))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let store = Store {
            conn,
            path: path.to_path_buf(),
            created,
        };
        store
            .configure()
            .map_err(|e| describe_open_error(e, path))?;
        store.migrate().map_err(|e| describe_open_error(e, path))?;
        Ok(store)
    }

    /// Opens an in-memory database (tests and benchmarks).
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let store = Store {
            conn,
            path: PathBuf::from(":memory:"),
            created: true,
        };
        store.configure()?;
        store.migrate()?;
        Ok(store)
    }

    fn configure(&self) -> Result<()> {
        // journal_mode returns a row; a read-only file still answers "wal" if it already is.
        let _mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        self.conn.execute_batch(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;",
        )?;
        // The query planner stability guarantee: a statement's plan never depends on the
        // values bound to it. Without it, SQLite marks join statements as "re-prepare when a
        // binding changes", and rusqlite's statement cache clears the bindings every time a
        // cached statement is reused, so every `prepare_cached` statement was recompiled on
        // every use (most of the CPU time of `approvals pending` and the claim loop).
        self.conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        Ok(())
    }

    fn migrate(&self) -> Result<()> {
        let known = schema::current_version();
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > known {
            return Err(newer_schema(version, known));
        }
        if version == known {
            return Ok(());
        }
        for (index, sql) in schema::MIGRATIONS.iter().enumerate() {
            let index = index as i64;
            let tx = self.immediate()?;
            // Re-read inside the lock: another process may have migrated meanwhile.
            let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if version > known {
                return Err(newer_schema(version, known));
            }
            if index >= version {
                tx.execute_batch(sql)?;
                tx.pragma_update(None, "user_version", index + 1)?;
            }
            tx.commit()?;
        }
        Ok(())
    }

    /// Starts a `BEGIN IMMEDIATE` transaction: the write lock is taken up front, so the
    /// busy timeout (not a "database is locked" error) handles contention.
    pub fn immediate(&self) -> Result<Transaction<'_>> {
        Ok(Transaction::new_unchecked(
            &self.conn,
            TransactionBehavior::Immediate,
        )?)
    }

    /// Starts a read-only (`BEGIN DEFERRED`) transaction for a command that reads many rows:
    /// every statement on this connection until it ends sees one consistent snapshot, and
    /// SQLite takes its read lock once instead of once per statement. Dropping it ends it.
    /// Never open a write transaction while it lives.
    pub fn read(&self) -> Result<Transaction<'_>> {
        Ok(Transaction::new_unchecked(
            &self.conn,
            TransactionBehavior::Deferred,
        )?)
    }

    /// Makes every later commit on this connection durable (`synchronous = FULL`: the WAL is
    /// synced at each commit). run-due claims with it, so a power loss after a job has
    /// started can never forget the claim and run the occurrence a second time.
    pub fn durable_commits(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA synchronous = FULL")?;
        Ok(())
    }

    /// The connection, for reads that need no transaction.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Where the database lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True when this process created the database file.
    pub fn was_created(&self) -> bool {
        self.created
    }
}

fn newer_schema(version: i64, known: i64) -> Error {
    Error::internal(format!(
        "the database was written by a newer jobctl (schema version {version}; this jobctl knows up to {known}); it was not modified"
    ))
    .hint("upgrade jobctl to use this database")
}

fn describe_open_error(err: Error, path: &Path) -> Error {
    if err.hints.is_empty() {
        err.hint(format!("the database is {}", path.display()))
    } else {
        err
    }
}

/// Creates the database file with mode 0600 (and its parent folders) if it does not exist.
/// Returns true when it created the file.
fn create_file_if_missing(path: &Path) -> Result<bool> {
    if path.exists() {
        if path.is_dir() {
            return Err(Error::invalid(format!(
                "the database path {} is a folder",
                path.display()
            ))
            .hint("pass a file path with --db or JOBCTL_DB"));
        }
        return Ok(false);
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| {
            Error::internal(format!(
                "cannot create the database folder {}: {e}",
                parent.display()
            ))
        })?;
    }
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(Error::internal(format!(
            "cannot create the database file {}: {e}",
            path.display()
        ))),
    }
}

/// Converts an optional Unix-seconds column to a UTC instant.
pub fn to_time(secs: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

/// Converts an optional Unix-seconds column.
pub fn to_time_opt(secs: Option<i64>) -> Option<chrono::DateTime<chrono::Utc>> {
    secs.map(to_time)
}

/// Maps a unique-constraint violation to a conflict error with `message`.
pub fn unique_violation(err: rusqlite::Error, message: impl Into<String>) -> Error {
    if let rusqlite::Error::SqliteFailure(e, _) = &err
        && e.code == rusqlite::ErrorCode::ConstraintViolation
    {
        return Error::conflict(message);
    }
    Error::from(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_can_be_made_durable() {
        let store = Store::open_in_memory().unwrap();
        let level = |s: &Store| -> i64 {
            s.conn()
                .query_row("PRAGMA synchronous", [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(level(&store), 1, "NORMAL by default");
        store.durable_commits().unwrap();
        assert_eq!(level(&store), 2, "FULL for run-due's claims");
    }

    /// A database left at each earlier schema version (built by applying the first `v`
    /// migrations, as an older jobctl did), with data in it, opens, migrates to the current
    /// version and keeps its data.
    #[test]
    fn upgrades_from_every_earlier_schema_version() {
        for v in 0..schema::MIGRATIONS.len() {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("old.db");
            {
                let conn = Connection::open(&path).unwrap();
                for sql in &schema::MIGRATIONS[..v] {
                    conn.execute_batch(sql).unwrap();
                }
                conn.pragma_update(None, "user_version", v as i64).unwrap();
                if v >= 1 {
                    conn.execute_batch(
                        "INSERT INTO users (name, is_admin, created) VALUES ('alice', 1, 0);
                         INSERT INTO jobs (name, command, created, updated) VALUES ('backup', 'true', 0, 0);
                         INSERT INTO results (job_id, job_name, status, date_created) VALUES (1, 'backup', 'success', 0);",
                    )
                    .unwrap();
                }
            }
            let store = Store::open(&path).unwrap();
            let version: i64 = store
                .conn()
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap();
            assert_eq!(version, schema::current_version(), "from version {v}");
            let ok: String = store
                .conn()
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .unwrap();
            assert_eq!(ok, "ok");
            if v >= 1 {
                let n: i64 = store
                    .conn()
                    .query_row("SELECT COUNT(*) FROM users u, jobs j, results r", [], |r| {
                        r.get(0)
                    })
                    .unwrap();
                assert_eq!(n, 1, "data kept when upgrading from version {v}");
            }
        }
    }
}
