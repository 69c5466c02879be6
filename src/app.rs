//! The per-command context: the store, the clock (read once), the acting user and output.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::Value;

use crate::domain::cron::parse_tz;
use crate::domain::names::validate_principal_name;
use crate::domain::permission::{Grant, Permission, Subject, allows};
use crate::domain::time::parse_rfc3339;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::runner::{Account, current_account};
use crate::store::Store;
use crate::store::audit::{self, AuditActor};
use crate::store::users::{self, User};

/// Options every command accepts.
#[derive(Debug, Clone, Default)]
pub struct GlobalOptions {
    pub db: Option<PathBuf>,
    pub json: bool,
    pub user: Option<String>,
}

/// Reads the clock: `$JOBCTL_NOW` (RFC 3339) if set, else the system clock. Called once per command.
pub fn read_clock() -> Result<DateTime<Utc>> {
    match std::env::var("JOBCTL_NOW") {
        Ok(text) if !text.trim().is_empty() => {
            parse_rfc3339(&text).map_err(|e| Error::invalid(format!("JOBCTL_NOW: {e}")))
        }
        _ => Ok(crate::domain::time::whole_seconds(Utc::now())),
    }
}

/// True when `$JOBCTL_NOW` replaces the system clock.
pub fn clock_is_pinned() -> bool {
    std::env::var("JOBCTL_NOW").is_ok_and(|t| !t.trim().is_empty())
}

/// The database path: `--db`, else `$JOBCTL_DB`, else `<data dir>/jobctl/jobctl.db`.
pub fn database_path(opt: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = opt {
        return Ok(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os("JOBCTL_DB").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "jobctl")
        .map(|d| d.data_dir().join("jobctl.db"))
        .ok_or_else(|| {
            Error::invalid("cannot find a data folder for the database (is HOME set?)")
                .hint("pass --db PATH or set JOBCTL_DB")
        })
}

/// The default time zone: `$JOBCTL_TZ`, else the system zone, else UTC.
pub fn default_zone() -> Result<Tz> {
    if let Ok(name) = std::env::var("JOBCTL_TZ")
        && !name.trim().is_empty()
    {
        return parse_tz(name.trim()).map_err(|e| Error::invalid(format!("JOBCTL_TZ: {e}")));
    }
    // The system zone: $TZ when it names an IANA zone (`Europe/Berlin`, `:Europe/Berlin`),
    // else /etc/localtime.
    let from_tz_var = std::env::var("TZ")
        .ok()
        .and_then(|name| parse_tz(name.trim().trim_start_matches(':')).ok());
    Ok(from_tz_var
        .or_else(|| {
            iana_time_zone::get_timezone()
                .ok()
                .and_then(|name| parse_tz(&name).ok())
        })
        .unwrap_or(chrono_tz::UTC))
}

/// A zone from `--tz`, or the default.
pub fn zone_or_default(tz: Option<&str>) -> Result<Tz> {
    match tz {
        Some(name) => parse_tz(name).map_err(|e| Error::invalid(format!("--tz: {e}"))),
        None => default_zone(),
    }
}

/// The command's one clock reading plus a monotonic origin: later instants (when a run
/// starts and ends) are `now` plus the time elapsed since, never a second wall-clock read.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pub now: DateTime<Utc>,
    started: std::time::Instant,
}

impl Clock {
    /// `now` plus the time elapsed since the command read the clock.
    pub fn current(&self) -> DateTime<Utc> {
        let elapsed = chrono::Duration::from_std(self.started.elapsed()).unwrap_or_default();
        crate::domain::time::whole_seconds(self.now + elapsed)
    }
}

/// Who is acting.
#[derive(Debug, Clone)]
pub struct Actor {
    /// The jobctl user (the impersonated one under `--user`).
    pub user: User,
    /// The operating-system account running the command.
    pub os: Account,
    /// The jobctl user id of the OS account (the same as `user.id` without `--user`): the
    /// person really at the keyboard, whom `--user` never hides from the four-eyes rule.
    pub os_user_id: i64,
}

/// Everything a command needs.
pub struct Ctx {
    /// True when `$JOBCTL_NOW` replaced the system clock (recorded in the audit log).
    clock_pinned: bool,
    pub store: Store,
    pub now: DateTime<Utc>,
    pub out: Output,
    pub actor: Actor,
    grants: std::cell::OnceCell<Vec<Grant>>,
    /// When the clock was read, on the monotonic clock: later instants are `now` plus the
    /// time elapsed since (the wall clock is never read twice).
    started: std::time::Instant,
}

impl Ctx {
    /// Opens the database, reads the clock, and resolves the acting user.
    pub fn open(opts: &GlobalOptions) -> Result<Ctx> {
        let now = read_clock()?;
        let started = std::time::Instant::now();
        let store = Store::open(&database_path(opts.db.as_deref())?)?;
        let os = current_account()
            .map_err(|e| Error::internal(format!("cannot tell who is running jobctl: {e}")))?;
        if let Some(name) = &opts.user {
            validate_principal_name(name, "--user").map_err(Error::invalid)?;
        }
        let os_user = resolve_os_user(&store, &os, now)?;
        let os_user_id = os_user.id;
        let user = match &opts.user {
            None => os_user,
            Some(name) if name == &os_user.name => os_user,
            Some(name) => {
                if !(os.uid == 0 || os_user.is_admin) {
                    return Err(Error::denied(format!(
                        "--user needs root or a jobctl admin; {} is neither",
                        os_user.name
                    )));
                }
                users::get_active_user(store.conn(), name)?
            }
        };
        Ok(Ctx {
            store,
            now,
            out: Output::new(opts.json),
            actor: Actor {
                user,
                os,
                os_user_id,
            },
            grants: std::cell::OnceCell::new(),
            started,
            clock_pinned: clock_is_pinned(),
        })
    }

    /// The command's clock, to hand to worker threads.
    pub fn clock(&self) -> Clock {
        Clock {
            now: self.now,
            started: self.started,
        }
    }

    /// Unix seconds of `now`.
    pub fn now_secs(&self) -> i64 {
        self.now.timestamp()
    }

    /// The acting user's name.
    pub fn user_name(&self) -> &str {
        &self.actor.user.name
    }

    pub fn user_id(&self) -> i64 {
        self.actor.user.id
    }

    pub fn is_admin(&self) -> bool {
        self.actor.user.is_admin
    }

    /// Appends to the audit log (inside the caller's transaction).
    pub fn audit(
        &self,
        conn: &rusqlite::Connection,
        action: &str,
        object: &str,
        detail: Value,
    ) -> Result<()> {
        let who = AuditActor {
            actor: &self.actor.user.name,
            os_user: &self.actor.os.name,
        };
        let mut detail = detail;
        if self.clock_pinned
            && let Value::Object(map) = &mut detail
        {
            // The time of this entry came from $JOBCTL_NOW, not the system clock: say so.
            map.insert("clock_pinned".into(), Value::Bool(true));
        }
        audit::append(conn, &who, self.now_secs(), action, object, detail)
    }

    /// Fails with exit 3 unless the acting user is an admin.
    pub fn require_admin(&self, what: &str) -> Result<()> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(Error::denied(format!(
                "only jobctl admins can {what}; {} is not an admin",
                self.user_name()
            )))
        }
    }

    /// Does the acting user hold `perm` for `job`?
    pub fn can(&self, perm: Permission, job: &str) -> Result<bool> {
        if self.is_admin() {
            return Ok(true);
        }
        let grants = match self.grants.get() {
            Some(g) => g,
            None => {
                let loaded = users::grants_of(self.store.conn(), self.actor.user.id)?;
                self.grants.get_or_init(|| loaded)
            }
        };
        let subject = Subject {
            user: &self.actor.user.name,
            groups: &self.actor.user.groups,
            is_admin: self.is_admin(),
        };
        Ok(allows(grants, &subject, perm, job))
    }

    /// Fails with exit 3 unless the acting user holds `perm` for `job`.
    pub fn require(&self, perm: Permission, job: &str) -> Result<()> {
        if self.can(perm, job)? {
            Ok(())
        } else {
            Err(Error::denied(format!(
                "{} lacks permission {} for job {job}",
                self.user_name(),
                perm.as_str()
            ))
            .hint(format!(
                "an admin can grant it: jobctl perms grant user:{} {} --job {job}",
                self.user_name(),
                perm.as_str()
            )))
        }
    }

    /// True when a person is at the terminal (stdin is a TTY).
    pub fn interactive(&self) -> bool {
        std::io::stdin().is_terminal()
    }
}

/// The jobctl user of the OS account, registered (as a plain user) on first use.
fn resolve_os_user(store: &Store, os: &Account, now: DateTime<Utc>) -> Result<User> {
    if let Some(u) = users::find_user(store.conn(), &os.name)?
        && u.active
    {
        return Ok(u);
    }
    let tx = store.immediate()?;
    let user = users::ensure_user(&tx, &os.name, now.timestamp())?;
    tx.commit()?;
    Ok(user)
}
