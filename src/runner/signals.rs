//! Stop signals (SIGINT, SIGTERM, SIGHUP) that reach jobctl while it runs jobs: collected by
//! one thread and passed on, by each run in progress, to its job's process group.
//!
//! Jobs run in their own process groups, so a Ctrl-C at the terminal (or a `kill` of
//! `run-due`) reaches only jobctl. Without this, jobctl would die and leave its jobs running
//! unwatched; with it, the jobs get the signal, jobctl records how they ended, and then exits.

use std::io;
use std::os::unix::process::CommandExt;
use std::process::Command;
use std::sync::Once;
use std::sync::atomic::{AtomicI32, AtomicU32, Ordering};

use nix::sys::signal::{SigSet, Signal};

/// How many stop signals arrived since [`catch_stop_signals`].
static COUNT: AtomicU32 = AtomicU32::new(0);
/// The last one (as its number).
static LAST: AtomicI32 = AtomicI32::new(0);
static INSTALL: Once = Once::new();

/// From the third stop signal on, jobs get SIGKILL (for jobs that ignore the others).
pub const KILL_AFTER: u32 = 3;

fn stop_set() -> SigSet {
    let mut set = SigSet::empty();
    for sig in [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP] {
        set.add(sig);
    }
    set
}

/// From now on stop signals no longer kill jobctl: they are counted, and the runs in
/// progress pass them on. Call it on the main thread before starting the threads that run
/// jobs (they inherit the blocked signals). Calling it again does nothing. Jobs must not
/// inherit the blocked signals: see [`unblock_in_child`].
pub fn catch_stop_signals() -> io::Result<()> {
    let mut result = Ok(());
    INSTALL.call_once(|| {
        let set = stop_set();
        if let Err(e) = set.thread_block() {
            result = Err(io::Error::from(e));
            return;
        }
        let spawned = std::thread::Builder::new()
            .name("jobctl-signals".into())
            .spawn(move || {
                loop {
                    // sigwait only fails for an invalid set; then there is nothing to collect.
                    let Ok(sig) = set.wait() else { return };
                    LAST.store(sig as i32, Ordering::SeqCst);
                    COUNT.fetch_add(1, Ordering::SeqCst);
                }
            });
        if let Err(e) = spawned {
            // Nobody would collect them: let the signals kill jobctl as before.
            let _ = set.thread_unblock();
            result = Err(e);
        }
    });
    result
}

/// How many stop signals arrived so far, and the last one.
pub fn stop_signals() -> (u32, Option<Signal>) {
    let count = COUNT.load(Ordering::SeqCst);
    let last = Signal::try_from(LAST.load(Ordering::SeqCst)).ok();
    (count, last)
}

/// Makes `cmd`'s child start with the stop signals unblocked. The signal mask survives
/// `exec`, and the standard library's spawn does not reset it: without this a job would
/// ignore the SIGTERM of its soft time limit (or of anyone) as long as jobctl catches them.
pub(super) fn unblock_in_child(cmd: &mut Command) {
    let set = stop_set();
    // SAFETY: the closure runs in the forked child before exec and makes one
    // pthread_sigmask call (async-signal-safe) on a set built before the fork; it
    // allocates nothing and takes no lock, so it is sound even though jobctl is
    // multithreaded. An error aborts the spawn.
    #[allow(unsafe_code)]
    unsafe {
        cmd.pre_exec(move || set.thread_unblock().map_err(io::Error::from));
    }
}
