//! The process runner: runs one job command (`<shell> -c <command>`) and reports its outcome.
//!
//! * [`run`] spawns the command in a new process group with one pipe for stdout and
//!   stderr, feeds `stdin`, enforces the soft (SIGTERM) and hard (SIGKILL) time limits on
//!   the whole group, keeps a bounded head + tail of the output, and returns when the
//!   direct child exits (a background grandchild holding the pipe open does not hang it).
//! * [`catch_stop_signals`] makes SIGINT, SIGTERM and SIGHUP sent to jobctl reach the jobs
//!   it runs (each run passes them on to its process group) instead of killing jobctl.
//! * [`ProcessStamp`] identifies a process across pid reuse (for interrupted runs).
//! * [`current_account`] / [`lookup_account`] resolve OS accounts (for `run_as`).

mod account;
mod capture;
mod exec;
mod identity;
mod limits;
mod signals;

use std::time::Duration;

pub use account::{Account, current_account, lookup_account};
pub use identity::ProcessStamp;
pub use signals::{catch_stop_signals, stop_signals};

/// Default output cap: 1 MiB (half head, half tail).
pub const DEFAULT_OUTPUT_CAP: usize = 1 << 20;

/// What to run and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunSpec {
    /// e.g. "/bin/sh"; runs `<shell> -c <command>`.
    pub shell: String,
    pub command: String,
    /// Added to the inherited environment (job env + JOBCTL_* vars, prepared by the caller).
    pub env: Vec<(String, String)>,
    /// Text fed to standard input; None → empty stdin (never inherited).
    pub stdin: Option<String>,
    /// SIGTERM to the process group after this long (None or zero: no limit).
    pub soft_time_limit: Option<Duration>,
    /// SIGKILL to the process group after this long (None or zero: no limit).
    pub time_limit: Option<Duration>,
    /// Bytes of output kept: head and tail, half each; the rest is dropped and counted.
    pub output_cap: usize,
    /// OS account name to run as.
    pub run_as: Option<String>,
}

impl RunSpec {
    /// `/bin/sh -c command`, no env, empty stdin, no limits, 1 MiB cap, current account.
    pub fn new(command: impl Into<String>) -> RunSpec {
        RunSpec {
            command: command.into(),
            ..RunSpec::default()
        }
    }
}

impl Default for RunSpec {
    fn default() -> RunSpec {
        RunSpec {
            shell: "/bin/sh".to_string(),
            command: String::new(),
            env: Vec::new(),
            stdin: None,
            soft_time_limit: None,
            time_limit: None,
            output_cap: DEFAULT_OUTPUT_CAP,
            run_as: None,
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOutcome {
    /// Exit code 0, and not killed by the hard time limit.
    pub success: bool,
    /// None when killed by a signal or never started.
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    /// Why it failed, or which limit fired; None for a plain success.
    pub reason: Option<String>,
    /// Head + marker line + tail when truncated.
    pub output: Vec<u8>,
    pub output_truncated: bool,
    /// Total bytes the job printed (stdout + stderr).
    pub output_bytes: u64,
    /// Measured with a monotonic clock, from spawn to the direct child's exit.
    pub duration: Duration,
    /// Pid of the direct child (= its process group id); None when it never started.
    pub pid: Option<u32>,
}

impl RunOutcome {
    /// A run that never started.
    fn not_started(reason: String, duration: Duration) -> RunOutcome {
        RunOutcome {
            success: false,
            exit_code: None,
            signal: None,
            reason: Some(reason),
            output: Vec::new(),
            output_truncated: false,
            output_bytes: 0,
            duration,
            pid: None,
        }
    }
}

/// Runs `spec` to completion. Never panics: a run that cannot start (unknown shell,
/// refused `run_as`, …) is a failed outcome whose reason says why.
pub fn run(spec: &RunSpec) -> RunOutcome {
    let start = std::time::Instant::now();
    let switch = match account::decide(spec.run_as.as_deref(), current_account, lookup_account) {
        account::RunAs::Unchanged => None,
        account::RunAs::Switch(target) => Some(target),
        account::RunAs::Refuse(reason) => return RunOutcome::not_started(reason, start.elapsed()),
    };
    match exec::execute(spec, switch.as_ref()) {
        Ok(outcome) => outcome,
        Err(e) => {
            let mut reason = format!("cannot start {:?}: {e}", spec.shell);
            if let Some(target) = &switch {
                reason = format!("cannot run as user {:?}: {reason}", target.name);
            }
            RunOutcome::not_started(reason, start.elapsed())
        }
    }
}

/// The reason text for a finished run. `passed_on`: the stop signal jobctl received and
/// passed on to the job, if any.
fn describe(
    limits: &limits::Limits,
    exit_code: Option<i32>,
    signal: Option<i32>,
    success: bool,
    passed_on: Option<nix::sys::signal::Signal>,
) -> Option<String> {
    let exit = match (exit_code, signal) {
        (Some(0), _) => None,
        (Some(code), _) => Some(format!("exited with code {code}")),
        (None, Some(sig)) => Some(format!("killed by signal {sig}")),
        (None, None) => Some("ended without an exit status".to_string()),
    };
    let why = match (limits.reason(), passed_on) {
        (Some(limit), _) => Some(limit),
        (None, Some(sig)) => Some(format!("jobctl received {sig} and passed it on")),
        (None, None) => None,
    };
    match (why, exit) {
        (Some(why), _) if limits.killed() || success => Some(why),
        (Some(why), Some(exit)) => Some(format!("{why}; {exit}")),
        (Some(why), None) => Some(why),
        (None, exit) => exit,
    }
}
