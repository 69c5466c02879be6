//! Process identity that survives pid reuse: pid + start time + boot id, read from /proc.

use std::io;

const BOOT_ID_PATH: &str = "/proc/sys/kernel/random/boot_id";

/// Identity of a live process that survives pid reuse: pid + its start time (from
/// /proc/<pid>/stat field 22) + boot id (/proc/sys/kernel/random/boot_id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessStamp {
    pub pid: u32,
    pub start_ticks: u64,
    pub boot_id: String,
}

impl ProcessStamp {
    /// The stamp of the calling process.
    pub fn current() -> io::Result<ProcessStamp> {
        ProcessStamp::of_pid(std::process::id())
    }

    /// The stamp of process `pid`, as it is now (fails when there is no such process).
    pub fn of_pid(pid: u32) -> io::Result<ProcessStamp> {
        let stat = read_stat(pid)?;
        Ok(ProcessStamp {
            pid,
            start_ticks: stat.start_ticks,
            boot_id: read_boot_id()?,
        })
    }

    /// `<pid>:<start_ticks>:<boot_id>`, for one TEXT column.
    pub fn to_token(&self) -> String {
        format!("{}:{}:{}", self.pid, self.start_ticks, self.boot_id)
    }

    /// Parses [`ProcessStamp::to_token`]'s output; None when malformed.
    pub fn from_token(s: &str) -> Option<ProcessStamp> {
        let mut parts = s.splitn(3, ':');
        let pid = parts.next()?.parse().ok()?;
        let start_ticks = parts.next()?.parse().ok()?;
        let boot_id = parts.next()?;
        let valid = !boot_id.is_empty()
            && boot_id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-');
        valid.then(|| ProcessStamp {
            pid,
            start_ticks,
            boot_id: boot_id.to_string(),
        })
    }

    /// Is the process this stamp describes still alive (same boot, pid exists, same start
    /// time, not a zombie)? When /proc cannot be read for a reason other than the process
    /// being gone, it answers `true`: a live supervisor must never be declared dead.
    pub fn is_alive(&self) -> bool {
        if let Ok(boot_id) = read_boot_id()
            && boot_id != self.boot_id
        {
            return false;
        }
        match read_stat(self.pid) {
            Ok(stat) => stat.start_ticks == self.start_ticks && !matches!(stat.state, 'Z' | 'X'),
            Err(e) => alive_without_stat(&e, || probe(self.pid)),
        }
    }
}

/// Whether a process whose /proc/<pid>/stat could not be read is alive. With /proc mounted
/// `hidepid=2`, another user's processes have no /proc entry although they run: then
/// `probe` (kill with signal 0) decides — EPERM means it exists (another user's run-due on
/// a shared database), ESRCH that it is gone.
fn alive_without_stat(err: &io::Error, probe: impl FnOnce() -> nix::Result<()>) -> bool {
    let gone = matches!(err.kind(), io::ErrorKind::NotFound)
        || err.raw_os_error() == Some(nix::libc::ESRCH);
    if !gone {
        // Unreadable for another reason (or unparsable): never declare it dead on that.
        return !matches!(err.kind(), io::ErrorKind::InvalidData);
    }
    matches!(probe(), Err(nix::errno::Errno::EPERM))
}

/// `kill(pid, 0)`: does the process exist (and may we signal it)?
fn probe(pid: u32) -> nix::Result<()> {
    let pid = i32::try_from(pid).map_err(|_| nix::errno::Errno::ESRCH)?;
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), None)
}

/// The fields of /proc/<pid>/stat that we use.
#[derive(Debug, PartialEq, Eq)]
struct Stat {
    state: char,
    start_ticks: u64,
}

fn read_boot_id() -> io::Result<String> {
    Ok(std::fs::read_to_string(BOOT_ID_PATH)?.trim().to_string())
}

fn read_stat(pid: u32) -> io::Result<Stat> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    parse_stat(&text).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("cannot parse /proc/{pid}/stat"),
        )
    })
}

/// Field 2 (comm) is in parentheses and may hold spaces or ')', so split after the
/// LAST ')': what follows is field 3 (state) onwards; field 22 (starttime) is the 20th.
fn parse_stat(text: &str) -> Option<Stat> {
    let (_, rest) = text.rsplit_once(')')?;
    let mut fields = rest.split_ascii_whitespace();
    let state = fields.next()?.chars().next()?;
    let start_ticks = fields.nth(18)?.parse().ok()?;
    Some(Stat { state, start_ticks })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_stat_with_awkward_comm() {
        let line =
            "1234 (a b) c)) S 1 1234 1234 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 10";
        assert_eq!(
            parse_stat(line),
            Some(Stat {
                state: 'S',
                start_ticks: 987654
            })
        );
        assert_eq!(parse_stat("1234 (x) S 1 2"), None);
        assert_eq!(parse_stat("garbage"), None);
    }

    #[test]
    fn token_rejects_garbage() {
        assert_eq!(ProcessStamp::from_token(""), None);
        assert_eq!(ProcessStamp::from_token("1:2"), None);
        assert_eq!(ProcessStamp::from_token("1:2:"), None);
        assert_eq!(ProcessStamp::from_token("x:2:abc"), None);
        assert_eq!(ProcessStamp::from_token("1:2:a b"), None);
        assert_eq!(
            ProcessStamp::from_token("1:2:ab-12"),
            Some(ProcessStamp {
                pid: 1,
                start_ticks: 2,
                boot_id: "ab-12".into()
            })
        );
    }

    #[test]
    fn a_process_hidden_by_hidepid_counts_as_alive() {
        use nix::errno::Errno;
        let missing = io::Error::from(io::ErrorKind::NotFound);
        // Another user's process under hidepid=2: no /proc entry, but kill says EPERM.
        assert!(alive_without_stat(&missing, || Err(Errno::EPERM)));
        // Really gone.
        assert!(!alive_without_stat(&missing, || Err(Errno::ESRCH)));
        // No /proc entry yet signalable: it exited between the two looks; gone.
        assert!(!alive_without_stat(&missing, || Ok(())));
        // /proc unreadable for another reason: never declared dead.
        let denied = io::Error::from(io::ErrorKind::PermissionDenied);
        assert!(alive_without_stat(&denied, || Err(Errno::ESRCH)));
        let garbled = io::Error::from(io::ErrorKind::InvalidData);
        assert!(!alive_without_stat(&garbled, || Err(Errno::EPERM)));
    }

    #[test]
    fn other_boot_is_not_alive() {
        let Ok(mut me) = ProcessStamp::current() else {
            return;
        };
        me.boot_id = "00000000-0000-0000-0000-000000000000".into();
        assert!(!me.is_alive());
    }
}
