//! OS accounts: who we run as, looking accounts up, and switching a child to `run_as` (the one unsafe spot).

use std::ffi::CString;
use std::io;
use std::os::unix::process::CommandExt;
use std::process::Command;

use nix::unistd::{Gid, Uid, User};

/// An OS account (from the passwd database).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    pub home: Option<String>,
}

impl Account {
    /// Whether this is the superuser (uid 0).
    pub fn is_root(&self) -> bool {
        self.uid == 0
    }

    fn from_user(user: User) -> Account {
        let home = user
            .dir
            .to_str()
            .filter(|h| !h.is_empty())
            .map(str::to_string);
        Account {
            name: user.name,
            uid: user.uid.as_raw(),
            gid: user.gid.as_raw(),
            home,
        }
    }
}

/// Current account, from the real uid (not `$USER`). Fails when the uid has no passwd entry.
pub fn current_account() -> io::Result<Account> {
    let uid = nix::unistd::getuid();
    match User::from_uid(uid) {
        Ok(Some(user)) => Ok(Account::from_user(user)),
        Ok(None) => Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!("no account for uid {uid}"),
        )),
        Err(errno) => Err(io::Error::from(errno)),
    }
}

/// The account called `name`, if any.
pub fn lookup_account(name: &str) -> Option<Account> {
    if name.is_empty() || name.contains('\0') {
        return None;
    }
    User::from_name(name).ok().flatten().map(Account::from_user)
}

/// What to do about a job's `run_as`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum RunAs {
    /// Run as the current account, unchanged.
    Unchanged,
    /// Switch to this account in the child (we are root).
    Switch(Account),
    /// Do not run; the reason.
    Refuse(String),
}

/// Decides how to honour `run_as` given the current account (looked up lazily).
pub(crate) fn decide(
    run_as: Option<&str>,
    current: impl FnOnce() -> io::Result<Account>,
    lookup: impl FnOnce(&str) -> Option<Account>,
) -> RunAs {
    let Some(name) = run_as else {
        return RunAs::Unchanged;
    };
    let Some(target) = lookup(name) else {
        return RunAs::Refuse(format!("cannot run as user {name:?}: no such account"));
    };
    let current = match current() {
        Ok(c) => c,
        Err(e) => {
            return RunAs::Refuse(format!(
                "cannot run as user {name:?}: cannot determine the current account: {e}"
            ));
        }
    };
    if current.is_root() {
        RunAs::Switch(target)
    } else if current.uid == target.uid {
        RunAs::Unchanged
    } else {
        RunAs::Refuse(format!("run_as {name:?} requires run-due to run as root"))
    }
}

/// Prepares `cmd` to drop to `account` between fork and exec: supplementary groups
/// (from the group database, resolved here in the parent), then gid, then uid; and sets
/// HOME, LOGNAME and USER.
pub(crate) fn switch_to(cmd: &mut Command, account: &Account) -> io::Result<()> {
    let cname = CString::new(account.name.as_str())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "account name holds NUL"))?;
    let gid = Gid::from_raw(account.gid);
    let uid = Uid::from_raw(account.uid);
    let groups = nix::unistd::getgrouplist(&cname, gid).map_err(io::Error::from)?;

    cmd.env("HOME", account.home.as_deref().unwrap_or("/"));
    cmd.env("LOGNAME", &account.name);
    cmd.env("USER", &account.name);

    // SAFETY: the closure runs in the forked child before exec. It only makes the
    // setgroups, setgid and setuid system calls on data prepared before the fork
    // (`groups` is moved in; nothing is allocated, no lock is taken, no NSS lookup is
    // made), all of which are async-signal-safe, so it is sound even if the parent is
    // multithreaded. Errors abort the spawn and surface from `Command::spawn`.
    #[allow(unsafe_code)]
    unsafe {
        cmd.pre_exec(move || {
            nix::unistd::setgroups(&groups)?;
            nix::unistd::setgid(gid)?;
            nix::unistd::setuid(uid)?;
            Ok(())
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acct(name: &str, uid: u32) -> Account {
        Account {
            name: name.into(),
            uid,
            gid: uid,
            home: None,
        }
    }

    fn find(name: &str) -> Option<Account> {
        match name {
            "root" => Some(acct("root", 0)),
            "bob" => Some(acct("bob", 1000)),
            "alice" => Some(acct("alice", 1001)),
            _ => None,
        }
    }

    #[test]
    fn no_run_as_runs_unchanged() {
        assert_eq!(
            decide(None, || Ok(acct("bob", 1000)), find),
            RunAs::Unchanged
        );
    }

    #[test]
    fn unknown_account_is_refused() {
        let d = decide(Some("zed"), || Ok(acct("root", 0)), find);
        assert_eq!(
            d,
            RunAs::Refuse("cannot run as user \"zed\": no such account".into())
        );
    }

    #[test]
    fn root_switches() {
        let d = decide(Some("bob"), || Ok(acct("root", 0)), find);
        assert_eq!(d, RunAs::Switch(acct("bob", 1000)));
    }

    #[test]
    fn same_account_runs_unchanged() {
        let d = decide(Some("bob"), || Ok(acct("bob", 1000)), find);
        assert_eq!(d, RunAs::Unchanged);
    }

    #[test]
    fn other_account_without_root_is_refused() {
        let d = decide(Some("alice"), || Ok(acct("bob", 1000)), find);
        assert_eq!(
            d,
            RunAs::Refuse("run_as \"alice\" requires run-due to run as root".into())
        );
    }

    #[test]
    fn unknown_current_account_is_refused() {
        let d = decide(Some("alice"), || Err(io::Error::other("no passwd")), find);
        assert!(matches!(d, RunAs::Refuse(r) if r.starts_with("cannot run as user \"alice\"")));
    }

    #[test]
    fn real_lookups() {
        let root = lookup_account("root");
        assert_eq!(root.as_ref().map(|a| a.uid), Some(0));
        assert!(root.is_some_and(|a| a.is_root()));
        assert_eq!(lookup_account("no-such-user-jobctl"), None);
        assert_eq!(lookup_account(""), None);
        assert_eq!(lookup_account("a\0b"), None);
        let me = current_account();
        assert_eq!(me.ok().map(|a| a.uid), Some(nix::unistd::getuid().as_raw()));
    }
}
