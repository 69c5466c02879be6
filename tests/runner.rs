//! Behaviour of the process runner, driven through `jobctl::runner::run` with real processes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr
)]

use std::time::{Duration, Instant};

use jobctl::runner::{
    DEFAULT_OUTPUT_CAP, ProcessStamp, RunOutcome, RunSpec, current_account, lookup_account, run,
};

/// Generous bound for "returns promptly" on a shared, noisy machine.
const PROMPT: Duration = Duration::from_secs(5);

fn sh(command: &str) -> RunOutcome {
    run(&RunSpec::new(command))
}

fn text(o: &RunOutcome) -> String {
    String::from_utf8_lossy(&o.output).into_owned()
}

fn is_root() -> bool {
    current_account().unwrap().is_root()
}

/// Field 5 (pgrp) of /proc/self/stat.
fn own_pgrp() -> String {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap();
    let (_, rest) = stat.rsplit_once(')').unwrap();
    rest.split_whitespace().nth(2).unwrap().to_string()
}

/// Waits until `pid` is gone (or a zombie); false if it is still running after 5 s.
fn gone_within(pid: u32, limit: Duration) -> bool {
    let until = Instant::now() + limit;
    loop {
        let alive = ProcessStamp::of_pid(pid).is_ok_and(|s| s.is_alive());
        if !alive {
            return true;
        }
        if Instant::now() > until {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn kill(pid: &str) {
    let _ = std::process::Command::new("kill").arg(pid).status();
}

// ---------------------------------------------------------------------------------------
// How the command is started

#[test]
fn runs_through_shell_in_a_new_process_group() {
    let o = sh("echo $$; cut -d' ' -f5 /proc/$$/stat");
    assert!(o.success, "{o:?}");
    let pid = o.pid.unwrap().to_string();
    let lines: Vec<&str> = std::str::from_utf8(&o.output).unwrap().lines().collect();
    assert_eq!(
        lines,
        [pid.as_str(), pid.as_str()],
        "shell is the group leader"
    );
    assert_ne!(lines[1], own_pgrp());
}

#[test]
fn uses_the_given_shell() {
    let o = run(&RunSpec {
        shell: "/bin/bash".into(),
        ..RunSpec::new("echo \"$BASH_VERSION\" | cut -c1")
    });
    if std::path::Path::new("/bin/bash").exists() {
        assert!(o.success, "{o:?}");
        assert_ne!(text(&o).trim(), "");
    }
}

#[test]
fn inherits_cwd_and_environment_plus_env() {
    let o = run(&RunSpec {
        env: vec![
            ("JOBCTL_JOB".into(), "backup".into()),
            ("EXTRA".into(), "a b $HOME".into()),
        ],
        ..RunSpec::new("pwd; printf '%s\\n' \"$PATH\" \"$JOBCTL_JOB\" \"$EXTRA\"")
    });
    assert!(o.success, "{o:?}");
    let cwd = std::env::current_dir().unwrap();
    let path = std::env::var("PATH").unwrap();
    assert_eq!(
        text(&o),
        format!("{}\n{path}\nbackup\na b $HOME\n", cwd.display())
    );
}

#[test]
fn stdin_text_is_fed() {
    let o = run(&RunSpec {
        stdin: Some("hello\nworld\n".into()),
        ..RunSpec::new("cat")
    });
    assert!(o.success, "{o:?}");
    assert_eq!(text(&o), "hello\nworld\n");
}

#[test]
fn stdin_defaults_to_empty_not_inherited() {
    let o = run(&RunSpec {
        time_limit: Some(PROMPT),
        ..RunSpec::new("cat; echo end; readlink /proc/$$/fd/0")
    });
    assert!(o.success, "{o:?}");
    assert_eq!(text(&o), "end\n/dev/null\n");
}

#[test]
fn large_stdin_is_fed_whole() {
    let o = run(&RunSpec {
        stdin: Some("y".repeat(1_000_000)),
        ..RunSpec::new("wc -c")
    });
    assert!(o.success, "{o:?}");
    assert_eq!(text(&o).trim(), "1000000");
}

#[test]
fn unread_stdin_does_not_hang() {
    let start = Instant::now();
    let o = run(&RunSpec {
        stdin: Some("y".repeat(4_000_000)),
        ..RunSpec::new("echo skipped")
    });
    assert!(o.success, "{o:?}");
    assert_eq!(text(&o), "skipped\n");
    assert!(start.elapsed() < PROMPT);
}

// ---------------------------------------------------------------------------------------
// Output

#[test]
fn stdout_and_stderr_are_one_capture_in_order() {
    let o = sh("echo a; echo b >&2; echo c; echo d >&2");
    assert_eq!(text(&o), "a\nb\nc\nd\n");
    assert_eq!(o.output_bytes, 8);
    assert!(!o.output_truncated);
}

#[test]
fn small_cap_keeps_head_and_tail() {
    let o = run(&RunSpec {
        output_cap: 10,
        ..RunSpec::new("printf 0123456789abcdef")
    });
    assert!(o.output_truncated);
    assert_eq!(o.output_bytes, 16);
    assert_eq!(text(&o), "01234\n…[jobctl: 6 bytes omitted]…\nbcdef");
}

#[test]
fn fifty_megabytes_keep_head_tail_and_exact_count() {
    let o = sh("printf start; head -c 50000000 /dev/zero | tr '\\0' x; printf end");
    assert!(o.success, "{o:?}");
    assert!(o.output_truncated);
    assert_eq!(o.output_bytes, 50_000_008);
    let out = text(&o);
    assert!(out.starts_with("startxxxx"));
    assert!(out.ends_with("xxxxend"));
    assert!(out.contains("\n…[jobctl: 46.7 MiB omitted]…\n"), "marker");
    assert!(o.output.len() <= DEFAULT_OUTPUT_CAP + 64);
    assert_eq!(
        o.output.iter().filter(|&&b| b == b'x').count(),
        (1 << 20) - 8
    );
}

/// Runs in its own process (spawned by `big_output_keeps_memory_small`) so its peak RSS
/// measures the runner alone.
#[test]
#[ignore = "helper: run by big_output_keeps_memory_small"]
fn helper_big_output_peak_rss() {
    if std::env::var_os("JOBCTL_RUNNER_HELPER").is_none() {
        return;
    }
    let o = sh("head -c 50000000 /dev/zero | tr '\\0' x");
    assert_eq!(o.output_bytes, 50_000_000);
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let hwm = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    let kb: u64 = hwm.split_whitespace().nth(1).unwrap().parse().unwrap();
    println!("PEAK_RSS_KB={kb}");
}

#[test]
fn big_output_keeps_memory_small() {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "helper_big_output_peak_rss",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("JOBCTL_RUNNER_HELPER", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    let kb: u64 = stdout
        .lines()
        .find_map(|l| l.split_once("PEAK_RSS_KB=").map(|(_, kb)| kb))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    // Test harness + 1 MiB capture + 64 KiB buffer; printing 50 MB must not show up.
    assert!(kb < 16 * 1024, "peak RSS {kb} KiB");
}

// ---------------------------------------------------------------------------------------
// When the run ends

#[test]
fn background_grandchild_holding_stdout_does_not_hang() {
    let start = Instant::now();
    let o = sh("sleep 30 & echo $!; echo hi");
    let elapsed = start.elapsed();
    let out = text(&o);
    let mut lines = out.lines();
    let grandchild = lines.next().unwrap().to_string();
    kill(&grandchild);
    assert!(elapsed < PROMPT, "took {elapsed:?}");
    assert!(o.success, "{o:?}");
    assert_eq!(lines.next(), Some("hi"));
    assert_eq!(o.reason, None);
}

#[test]
fn duration_is_measured() {
    let o = sh("sleep 0.3");
    assert!(o.success);
    assert!(o.duration >= Duration::from_millis(250), "{:?}", o.duration);
    assert!(o.duration < PROMPT);
}

#[test]
fn soft_time_limit_sends_sigterm_to_the_group() {
    let start = Instant::now();
    let o = run(&RunSpec {
        soft_time_limit: Some(Duration::from_millis(500)),
        ..RunSpec::new("sleep 300 & echo $!; wait")
    });
    assert!(start.elapsed() < PROMPT);
    assert!(!o.success, "{o:?}");
    let reason = o.reason.clone().unwrap();
    assert!(
        reason.starts_with("soft time limit exceeded (0.5 s): sent SIGTERM"),
        "{reason}"
    );
    let grandchild: u32 = text(&o).trim().parse().unwrap();
    assert!(gone_within(grandchild, PROMPT), "sleep survived SIGTERM");
}

#[test]
fn job_trapping_term_and_exiting_zero_succeeds_with_soft_reason() {
    let o = run(&RunSpec {
        soft_time_limit: Some(Duration::from_millis(300)),
        time_limit: Some(Duration::from_secs(20)),
        ..RunSpec::new("trap 'echo caught; exit 0' TERM; echo ready; sleep 30 & wait")
    });
    assert!(o.success, "{o:?}");
    assert_eq!(o.exit_code, Some(0));
    assert_eq!(
        o.reason.as_deref(),
        Some("soft time limit exceeded (0.3 s): sent SIGTERM")
    );
    assert_eq!(text(&o), "ready\ncaught\n");
}

#[test]
fn time_limit_kills_the_whole_group() {
    let start = Instant::now();
    let o = run(&RunSpec {
        time_limit: Some(Duration::from_millis(500)),
        ..RunSpec::new("sleep 300 & echo $!; wait")
    });
    assert!(start.elapsed() < PROMPT);
    assert!(!o.success);
    assert_eq!(o.exit_code, None);
    assert_eq!(o.signal, Some(9));
    assert_eq!(
        o.reason.as_deref(),
        Some("time limit exceeded (0.5 s): killed")
    );
    let grandchild: u32 = text(&o).trim().parse().unwrap();
    assert!(gone_within(grandchild, PROMPT), "grandchild sleep survived");
}

#[test]
fn ignored_sigterm_then_time_limit_kills() {
    let o = run(&RunSpec {
        soft_time_limit: Some(Duration::from_millis(200)),
        time_limit: Some(Duration::from_secs(1)),
        ..RunSpec::new("trap '' TERM; sleep 30")
    });
    assert!(!o.success);
    assert_eq!(o.signal, Some(9));
    assert_eq!(
        o.reason.as_deref(),
        Some("time limit exceeded (1 s): killed")
    );
    assert!(o.duration >= Duration::from_millis(900));
    assert!(o.duration < PROMPT);
}

#[test]
fn zero_limits_mean_none() {
    let o = run(&RunSpec {
        soft_time_limit: Some(Duration::ZERO),
        time_limit: Some(Duration::ZERO),
        ..RunSpec::new("sleep 0.2; echo done")
    });
    assert!(o.success, "{o:?}");
    assert_eq!(o.reason, None);
}

#[test]
fn parallel_runs_do_not_share_pipes() {
    // A long run must not hold the output pipe of a short one open (close-on-exec).
    let slow = std::thread::spawn(|| sh("sleep 3; echo slow"));
    std::thread::sleep(Duration::from_millis(100));
    let quick: Vec<_> = (0..4)
        .map(|i| std::thread::spawn(move || (i, sh(&format!("echo job{i}")))))
        .collect();
    for handle in quick {
        let (i, o) = handle.join().unwrap();
        assert_eq!(text(&o), format!("job{i}\n"));
        assert!(o.duration < Duration::from_millis(2500), "{:?}", o.duration);
    }
    assert_eq!(text(&slow.join().unwrap()), "slow\n");
}

// ---------------------------------------------------------------------------------------
// Exit status

#[test]
fn exit_code_zero_is_success() {
    let o = sh("true");
    assert!(o.success);
    assert_eq!((o.exit_code, o.signal, o.reason), (Some(0), None, None));
    assert!(o.pid.is_some());
}

#[test]
fn exit_code_is_recorded() {
    let o = sh("echo oops; exit 3");
    assert!(!o.success);
    assert_eq!(o.exit_code, Some(3));
    assert_eq!(o.signal, None);
    assert_eq!(o.reason.as_deref(), Some("exited with code 3"));
    assert_eq!(text(&o), "oops\n");
}

#[test]
fn signal_is_recorded() {
    let o = sh("kill -9 $$");
    assert!(!o.success);
    assert_eq!((o.exit_code, o.signal), (None, Some(9)));
    assert_eq!(o.reason.as_deref(), Some("killed by signal 9"));
}

#[test]
fn missing_shell_is_a_failed_outcome() {
    let o = run(&RunSpec {
        shell: "/no/such/shell".into(),
        ..RunSpec::new("true")
    });
    assert!(!o.success);
    assert_eq!((o.exit_code, o.signal, o.pid), (None, None, None));
    let reason = o.reason.unwrap();
    assert!(
        reason.starts_with("cannot start \"/no/such/shell\": "),
        "{reason}"
    );
}

#[test]
fn invalid_env_is_a_failed_outcome() {
    let o = run(&RunSpec {
        env: vec![("A\0B".into(), "x".into())],
        ..RunSpec::new("true")
    });
    assert!(!o.success);
    assert!(o.reason.unwrap().starts_with("cannot start"));
}

// ---------------------------------------------------------------------------------------
// run_as

#[test]
fn run_as_nobody_switches_account_when_root() {
    if !is_root() {
        return;
    }
    let o = run(&RunSpec {
        run_as: Some("nobody".into()),
        ..RunSpec::new("id -u; id -g; id -G; echo \"$HOME $LOGNAME $USER\"")
    });
    assert!(o.success, "{o:?}");
    let nobody = lookup_account("nobody").unwrap();
    let home = nobody.home.unwrap_or_else(|| "/".into());
    assert_eq!(
        text(&o),
        format!("65534\n{0}\n{0}\n{home} nobody nobody\n", nobody.gid)
    );
}

#[test]
fn run_as_unknown_account_fails() {
    let o = run(&RunSpec {
        run_as: Some("no-such-user-jobctl".into()),
        ..RunSpec::new("echo ran")
    });
    assert!(!o.success);
    assert_eq!(o.pid, None);
    assert_eq!(
        o.reason.as_deref(),
        Some("cannot run as user \"no-such-user-jobctl\": no such account")
    );
}

#[test]
fn run_as_current_account_just_runs() {
    let me = current_account().unwrap();
    let o = run(&RunSpec {
        run_as: Some(me.name.clone()),
        ..RunSpec::new("id -u")
    });
    assert!(o.success, "{o:?}");
    assert_eq!(text(&o).trim(), me.uid.to_string());
}

/// Runs as `nobody` (spawned by `run_as_without_root`): the non-root rules.
#[test]
#[ignore = "helper: run by run_as_without_root"]
fn helper_run_as_without_root() {
    if std::env::var_os("JOBCTL_RUNNER_HELPER").is_none() {
        return;
    }
    assert!(!is_root());
    let o = run(&RunSpec {
        run_as: Some("root".into()),
        ..RunSpec::new("echo ran")
    });
    assert!(!o.success);
    assert_eq!(o.pid, None);
    assert_eq!(
        o.reason.as_deref(),
        Some("run_as \"root\" requires run-due to run as root")
    );
    let o = run(&RunSpec {
        run_as: Some("nobody".into()),
        ..RunSpec::new("id -u")
    });
    assert!(o.success, "{o:?}");
    assert_eq!(text(&o), "65534\n");
    println!("NON_ROOT_OK");
}

#[test]
fn run_as_without_root() {
    if !is_root() {
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let o = run(&RunSpec {
        run_as: Some("nobody".into()),
        env: vec![("JOBCTL_RUNNER_HELPER".into(), "1".into())],
        time_limit: Some(Duration::from_secs(60)),
        ..RunSpec::new(format!(
            "'{}' --exact helper_run_as_without_root --ignored --nocapture --test-threads=1",
            exe.display()
        ))
    });
    let out = text(&o);
    if out.contains("Permission denied") {
        println!("skipped: test binary not executable by nobody");
        return;
    }
    assert!(o.success, "{out}");
    assert!(out.contains("NON_ROOT_OK"), "{out}");
}

// ---------------------------------------------------------------------------------------
// ProcessStamp

#[test]
fn current_stamp_is_alive_and_round_trips() {
    let me = ProcessStamp::current().unwrap();
    assert_eq!(me.pid, std::process::id());
    assert!(me.is_alive());
    let token = me.to_token();
    assert_eq!(ProcessStamp::from_token(&token), Some(me.clone()));
    assert_eq!(ProcessStamp::from_token("not a token"), None);
}

#[test]
fn stamp_with_other_start_time_is_not_alive() {
    let mut me = ProcessStamp::current().unwrap();
    me.start_ticks += 1;
    assert!(!me.is_alive(), "reused pid must not look alive");
}

#[test]
fn stamp_of_dead_child_is_not_alive() {
    let mut child = std::process::Command::new("sleep")
        .arg("30")
        .spawn()
        .unwrap();
    let stamp = ProcessStamp::of_pid(child.id()).unwrap();
    assert!(stamp.is_alive());
    child.kill().unwrap();
    // Not yet reaped: a zombie is not alive either.
    std::thread::sleep(Duration::from_millis(100));
    assert!(!stamp.is_alive(), "zombie counted as alive");
    child.wait().unwrap();
    assert!(!stamp.is_alive());
}
