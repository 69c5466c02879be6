//! Spawning the child and supervising it: stdin, output pipe, poll loop, time limits, exit status.

use std::fs::File;
use std::io::{self, ErrorKind, Read, Seek, Write};
use std::os::fd::AsFd;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use nix::fcntl::{FcntlArg, OFlag, fcntl};
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use nix::sys::memfd::{MFdFlags, memfd_create};
use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;

use super::account::{self, Account};
use super::capture::Capture;
use super::limits::{Action, Limits};
use super::{RunOutcome, RunSpec};

/// Size of one read from the output pipe.
const CHUNK: usize = 64 * 1024;
/// Reads per loop turn before the child and the limits are looked at again.
const READS_PER_TURN: usize = 16;
/// After the child exits: read at most this much more (what a grandchild keeps writing
/// is not waited for).
const DRAIN_MAX: usize = 4 << 20;
/// Longest sleep between checks of the child's status.
const MAX_TICK: Duration = Duration::from_millis(100);

/// Spawns `spec` (switching to `switch` when given) and supervises it to the end.
/// Errors only when the process could not be started.
pub(super) fn execute(spec: &RunSpec, switch: Option<&Account>) -> io::Result<RunOutcome> {
    let (reader, writer) = io::pipe()?;
    set_nonblocking(&reader)?;

    let mut cmd = Command::new(&spec.shell);
    cmd.arg("-c").arg(&spec.command);
    super::signals::unblock_in_child(&mut cmd);
    if let Some(target) = switch {
        account::switch_to(&mut cmd, target)?;
    }
    cmd.envs(spec.env.iter().map(|(k, v)| (k, v)))
        .stdin(stdin_for(spec.stdin.as_deref())?)
        .stderr(writer.try_clone()?)
        .stdout(writer)
        .process_group(0);
    let spawned = cmd.spawn();
    // The Command holds our copies of the pipe's write end: close them now, or we would
    // never see end-of-file.
    drop(cmd);
    let mut child = spawned?;
    let started = Instant::now();

    let mut sup = Supervisor {
        pid: child.id(),
        output: reader,
        output_open: true,
        capture: Capture::new(spec.output_cap),
        limits: Limits::new(spec.soft_time_limit, spec.time_limit, started),
        buf: vec![0; CHUNK],
        signals_passed: 0,
        passed_on: None,
    };
    let status = sup.wait(&mut child);
    let duration = started.elapsed();
    sup.drain();

    let (exit_code, signal) = match &status {
        Ok(st) => (st.code(), st.signal()),
        Err(_) => (None, None),
    };
    let success = exit_code == Some(0) && !sup.limits.killed();
    let mut reason = super::describe(&sup.limits, exit_code, signal, success, sup.passed_on);
    if let Err(e) = status {
        reason = Some(format!("cannot wait for the job: {e}"));
    }
    let pid = sup.pid;
    let (output, output_truncated, output_bytes) = sup.capture.finish();
    Ok(RunOutcome {
        success,
        exit_code,
        signal,
        reason,
        output,
        output_truncated,
        output_bytes,
        duration,
        pid: Some(pid),
    })
}

struct Supervisor {
    pid: u32,
    output: io::PipeReader,
    output_open: bool,
    capture: Capture,
    limits: Limits,
    buf: Vec<u8>,
    /// How many of jobctl's stop signals were passed on to the job so far.
    signals_passed: u32,
    /// The last stop signal passed on.
    passed_on: Option<Signal>,
}

impl Supervisor {
    /// Pumps output and enforces the limits until the direct child exits.
    fn wait(&mut self, child: &mut Child) -> io::Result<ExitStatus> {
        let mut tick = Duration::from_millis(1);
        loop {
            match child.try_wait() {
                Ok(Some(status)) => return Ok(status),
                Ok(None) => {}
                Err(e) => {
                    self.signal_group(Signal::SIGKILL, child);
                    return Err(e);
                }
            }
            self.pass_on_stop_signals(child);
            let now = Instant::now();
            match self.limits.due(now) {
                Some(Action::Terminate) => self.signal_group(Signal::SIGTERM, child),
                Some(Action::Kill) => self.signal_group(Signal::SIGKILL, child),
                None => {}
            }
            let mut timeout = tick;
            if let Some(left) = self.limits.until_next(now) {
                timeout = timeout.min(left);
            }
            tick = (tick * 2).min(MAX_TICK);
            self.poll_io(timeout);
            self.read_output(READS_PER_TURN * CHUNK);
        }
    }

    /// Passes stop signals jobctl received (see `signals`) on to the job's process group;
    /// from the third on, as SIGKILL.
    fn pass_on_stop_signals(&mut self, child: &mut Child) {
        let (count, last) = super::signals::stop_signals();
        let Some(last) = last else { return };
        if count <= self.signals_passed {
            return;
        }
        self.signals_passed = count;
        self.passed_on = Some(last);
        let signal = if count >= super::signals::KILL_AFTER {
            Signal::SIGKILL
        } else {
            last
        };
        self.signal_group(signal, child);
    }

    /// Sleeps until output is ready, or `timeout` passes.
    fn poll_io(&self, timeout: Duration) {
        let mut fds = Vec::with_capacity(1);
        if self.output_open {
            fds.push(PollFd::new(self.output.as_fd(), PollFlags::POLLIN));
        }
        // Round up so a sub-millisecond deadline does not spin.
        let ms = timeout.as_micros().div_ceil(1000);
        let timeout = PollTimeout::try_from(ms).unwrap_or(PollTimeout::MAX);
        // EINTR or any other error: just go round the loop again.
        let _ = poll(&mut fds, timeout);
    }

    /// Reads what is available now (up to `budget` bytes) into the capture.
    fn read_output(&mut self, budget: usize) -> usize {
        let mut got = 0;
        while self.output_open && got < budget {
            match self.output.read(&mut self.buf) {
                Ok(0) => self.output_open = false,
                Ok(n) => {
                    got += n;
                    self.capture.push(self.buf.get(..n).unwrap_or_default());
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(_) => self.output_open = false,
            }
        }
        got
    }

    /// After the direct child exited: take what is already in the pipe, then stop.
    fn drain(&mut self) {
        self.read_output(DRAIN_MAX);
        self.output_open = false;
    }

    /// Signals the job's process group (its pgid is the child's pid). The child has not
    /// been reaped yet, so the id cannot have been reused.
    fn signal_group(&self, signal: Signal, child: &mut Child) {
        let sent = i32::try_from(self.pid)
            .ok()
            .is_some_and(|pgid| killpg(Pid::from_raw(pgid), signal).is_ok());
        if !sent && signal == Signal::SIGKILL {
            let _ = child.kill();
        }
    }
}

/// Empty stdin, or the text in an anonymous in-memory file (`memfd`). A file rather than
/// a pipe: nothing has to be pumped, a job that never reads it cannot block us, and no
/// write can raise SIGPIPE in run-due.
fn stdin_for(text: Option<&str>) -> io::Result<Stdio> {
    let Some(text) = text else {
        return Ok(Stdio::null());
    };
    let fd = memfd_create("jobctl-stdin", MFdFlags::MFD_CLOEXEC).map_err(io::Error::from)?;
    let mut file = File::from(fd);
    file.write_all(text.as_bytes())?;
    file.rewind()?;
    Ok(Stdio::from(file))
}

fn set_nonblocking(fd: impl AsFd) -> io::Result<()> {
    let flags = fcntl(fd.as_fd(), FcntlArg::F_GETFL).map_err(io::Error::from)?;
    let flags = OFlag::from_bits_retain(flags) | OFlag::O_NONBLOCK;
    fcntl(fd.as_fd(), FcntlArg::F_SETFL(flags)).map_err(io::Error::from)?;
    Ok(())
}
