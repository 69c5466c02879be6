//! The scale benchmark of issue 7 (no harness): seeds large databases through the library,
//! times the release `jobctl` binary as whole processes (`JOBCTL_DB`, `JOBCTL_NOW`), and
//! prints ONE markdown table with P1–P7. Every figure is the median of repeated runs; the two
//! sides of a ratio are measured interleaved in the same run.
//!
//! Run with `bench/run` (or `cargo bench --bench scale`). Knobs: `JOBCTL_BENCH_RUNS` (runs of
//! the quick whole-process scenarios, default 21), `JOBCTL_BENCH_SLOW_RUNS` (runs of P2 and
//! P6, default 3), `JOBCTL_BENCH_ONLY=P1,P3` (a subset), `JOBCTL_BENCH_KEEP=1` (keep the
//! seeded databases and print where).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr
)]

mod seed;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeZone, Utc};
use jobctl::domain::cron::{CronExpr, Tz};
use rusqlite::Connection;
use seed::{NOW, NOW_TEXT};

const BIN: &str = env!("CARGO_BIN_EXE_jobctl");

/// One row of the table.
struct Figure {
    id: &'static str,
    scenario: String,
    measured: String,
    target: &'static str,
    /// `Some(true)` met, `Some(false)` missed, `None` report only.
    met: Option<bool>,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--rss-probe") {
        rss_probe(&args[2..]);
        return;
    }
    let runs = env_usize("JOBCTL_BENCH_RUNS", 21);
    let slow_runs = env_usize("JOBCTL_BENCH_SLOW_RUNS", 3);
    let only: Option<Vec<String>> = std::env::var("JOBCTL_BENCH_ONLY")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.split(',').map(|p| p.trim().to_uppercase()).collect());
    let wanted = |id: &str| only.as_ref().is_none_or(|o| o.iter().any(|p| p == id));
    let dir = tempfile::Builder::new()
        .prefix("jobctl-bench-")
        .tempdir()
        .expect("temp folder");
    let os_user = jobctl::runner::current_account()
        .expect("current account")
        .name;
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load_before = load_average();
    eprintln!(
        "jobctl scale benchmark: {cores} cores, load average {load_before}, {runs} runs (P2/P6: {slow_runs}), databases in {}",
        dir.path().display()
    );

    let mut figures = Vec::new();
    let needs_big = wanted("P1") || wanted("P3") || wanted("P7");
    let big = dir.path().join("big.db");
    let small = dir.path().join("small.db");
    let mut seeded = None;
    if needs_big {
        let start = Instant::now();
        let s = seed::seed_store(&big, &os_user, 100_000, 20_000);
        seed::seed_store(&small, &os_user, 10, 2);
        eprintln!(
            "seeded {} schedules, {} workflows, {} stages in {:.1} s ({:.0} MB)",
            s.schedules,
            s.workflows,
            s.stages,
            start.elapsed().as_secs_f64(),
            file_mb(&big)
        );
        seeded = Some(s);
    }
    if wanted("P1") {
        figures.push(progress(p1(&big, &small, runs)));
    }
    if wanted("P2") {
        figures.push(progress(p2(dir.path(), &os_user, slow_runs)));
    }
    if let Some(s) = &seeded
        && wanted("P3")
    {
        figures.push(progress(p3(&big, s, runs)));
    }
    if wanted("P4") {
        figures.push(progress(p4()));
    }
    if wanted("P5") {
        figures.push(progress(p5(dir.path(), &os_user, runs.min(7))));
    }
    if wanted("P6") {
        figures.push(progress(p6(dir.path(), &os_user, slow_runs)));
    }
    if let Some(s) = &seeded
        && wanted("P7")
    {
        figures.push(progress(p7(dir.path(), &big, s, runs)));
    }
    print_table(&figures);
    println!(
        "\n{cores} cores; load average {load_before} at the start, {} at the end; medians of {runs} runs (P2, P6: {slow_runs}; P5: {}).",
        load_average(),
        runs.min(7)
    );
    if std::env::var_os("JOBCTL_BENCH_KEEP").is_some() {
        eprintln!("kept {}", dir.keep().display());
    }
}

/// Shows a figure on stderr as soon as it is measured.
fn progress(f: Figure) -> Figure {
    eprintln!("{}: {}", f.id, f.measured);
    f
}

/// The 1, 5 and 15 minute load averages.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n >= 1)
        .unwrap_or(default)
}

fn file_mb(path: &Path) -> f64 {
    std::fs::metadata(path).map_or(0.0, |m| m.len() as f64 / 1e6)
}

/// `jobctl ARGS` against `db` with the pinned clock.
fn jobctl(db: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env("JOBCTL_DB", db)
        .env("JOBCTL_NOW", NOW_TEXT)
        .env("JOBCTL_TZ", "UTC")
        .stdin(Stdio::null());
    cmd
}

/// Wall-clock and CPU (user + system) seconds of one process.
#[derive(Debug, Clone, Copy)]
struct Timing {
    wall: f64,
    cpu: f64,
}

/// CPU seconds used so far by the children this process has waited for.
fn children_cpu() -> f64 {
    let u = nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN)
        .expect("getrusage");
    let secs = |t: nix::sys::time::TimeVal| t.tv_sec() as f64 + t.tv_usec() as f64 / 1e6;
    secs(u.user_time()) + secs(u.system_time())
}

/// Runs `cmd` to completion; its wall and CPU time and its output. Panics on failure.
fn timed(mut cmd: Command) -> (Timing, Output) {
    let cpu = children_cpu();
    let start = Instant::now();
    let out = cmd.output().expect("run jobctl");
    let wall = start.elapsed().as_secs_f64();
    let cpu = children_cpu() - cpu;
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    (Timing { wall, cpu }, out)
}

/// The median wall time and the median CPU time of `v`.
fn medians(v: Vec<Timing>) -> Timing {
    Timing {
        wall: median(v.iter().map(|t| t.wall).collect()),
        cpu: median(v.iter().map(|t| t.cpu).collect()),
    }
}

/// `6.8 ms (CPU 5.1 ms)`: wall time is the target; CPU time shows how much of it was the
/// process's own work on a machine shared with other load.
fn wall_cpu(t: Timing) -> String {
    format!("{} (CPU {})", ms(t.wall), ms(t.cpu))
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// `100000` as `100,000`.
fn thousands(n: i64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn ms(secs: f64) -> String {
    format!("{:.1} ms", secs * 1e3)
}

fn count(db: &Path, sql: &str) -> i64 {
    Connection::open(db)
        .expect("open")
        .query_row(sql, [], |r| r.get(0))
        .expect(sql)
}

/// Copies a database file (and a WAL, if one was left) to `to`.
fn copy_db(from: &Path, to: &Path) {
    std::fs::copy(from, to).expect("copy database");
    let wal = |p: &Path| PathBuf::from(format!("{}-wal", p.display()));
    if wal(from).exists() {
        std::fs::copy(wal(from), wal(to)).expect("copy WAL");
    }
}

/// P1: `run-due` with nothing due, 100,000 schedules vs 10, interleaved.
fn p1(big: &Path, small: &Path, runs: usize) -> Figure {
    let before = count(big, "SELECT COUNT(*) FROM results");
    let once = |db: &Path| {
        let (t, out) = timed(jobctl(db, &["run-due"]));
        assert!(
            out.stdout.is_empty() && out.stderr.is_empty(),
            "run-due printed something"
        );
        t
    };
    for _ in 0..2 {
        once(big);
        once(small);
    }
    let (mut b, mut s) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        b.push(once(big));
        s.push(once(small));
    }
    assert_eq!(
        count(big, "SELECT COUNT(*) FROM results"),
        before,
        "nothing should have run"
    );
    let (b, s) = (medians(b), medians(s));
    let ratio = b.wall / s.wall;
    Figure {
        id: "P1",
        scenario: "`run-due`, nothing due: 100,000 schedules vs 10 (whole process)".into(),
        measured: format!("{} vs {} (ratio {ratio:.2})", wall_cpu(b), wall_cpu(s)),
        target: "ratio ≤ 1.5; ≤ 10 ms",
        met: Some(ratio <= 1.5 && b.wall <= 0.010),
    }
}

/// P2: 10,000 occurrences due at once (`true`): the claim (spawn until the claiming
/// transaction is visible to another connection) and the whole run.
fn p2(dir: &Path, os_user: &str, runs: usize) -> Figure {
    const N: i64 = 10_000;
    let (mut claims, mut totals) = (Vec::new(), Vec::new());
    for r in 0..runs {
        let db = dir.join(format!("p2-{r}.db"));
        seed::seed_due(&db, os_user, N, "true");
        let watch = Connection::open(&db).expect("open");
        let start = Instant::now();
        let mut child = jobctl(&db, &["run-due"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn run-due");
        let mut claim = None;
        loop {
            let claimed: i64 = watch
                .query_row("SELECT IFNULL(MAX(id), 0) FROM results", [], |r| r.get(0))
                .expect("poll");
            if claimed >= N {
                claim = Some(start.elapsed().as_secs_f64());
                break;
            }
            if child.try_wait().expect("wait").is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        let out = child.wait_with_output().expect("wait");
        let total = start.elapsed().as_secs_f64();
        assert!(
            out.status.success(),
            "run-due failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        drop(watch);
        let done = count(&db, "SELECT COUNT(*) FROM results WHERE status = 'success'");
        assert_eq!(done, N, "every claimed run must be recorded as a success");
        let left = count(
            &db,
            &format!("SELECT COUNT(*) FROM scheduled_jobs WHERE next_run <= {NOW}"),
        );
        assert_eq!(left, 0, "every schedule must have moved on");
        claims.push(claim.expect("the claim was never seen"));
        totals.push(total);
        let _ = std::fs::remove_file(&db);
    }
    let claim = median(claims);
    Figure {
        id: "P2",
        scenario: "10,000 occurrences due at once (`true`): claim, run and record".into(),
        measured: format!(
            "claim {}; all 10,000 recorded, whole run {:.1} s",
            ms(claim),
            median(totals)
        ),
        target: "claim ≤ 1 s; all results recorded",
        met: Some(claim <= 1.0),
    }
}

/// P3: `approvals pending --json` for one approver among 100,000 stages.
fn p3(big: &Path, s: &seed::Seeded, runs: usize) -> Figure {
    let once = || {
        let (t, out) = timed(jobctl(
            big,
            &["--user", "alice", "approvals", "pending", "--json"],
        ));
        let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let n = list.as_array().map_or(0, Vec::len) as i64;
        assert_eq!(n, s.pending_for_alice, "alice's pending stages");
        t
    };
    once();
    let t = medians((0..runs).map(|_| once()).collect());
    Figure {
        id: "P3",
        scenario: format!(
            "`approvals pending --json`, one approver ({} stages listed), {} stages in {} workflows",
            s.pending_for_alice,
            thousands(s.stages),
            thousands(s.workflows)
        ),
        measured: wall_cpu(t),
        target: "≤ 20 ms",
        met: Some(t.wall <= 0.020),
    }
}

/// P4: next-fire computations per second for `*/15 * * * *` (in process).
fn p4() -> Figure {
    let afters = instants(200_000);
    let expr = CronExpr::parse("*/15 * * * *").expect("parse");
    let rate = |tz: Tz| {
        let times: Vec<f64> = (0..7)
            .map(|_| {
                let start = Instant::now();
                for a in &afters {
                    black_box(expr.next_after(black_box(*a), tz));
                }
                start.elapsed().as_secs_f64()
            })
            .collect();
        afters.len() as f64 / median(times)
    };
    let (utc, ny) = (rate(Tz::UTC), rate(Tz::America__New_York));
    Figure {
        id: "P4",
        scenario: "next-fire computations per second, `*/15 * * * *`".into(),
        measured: format!(
            "{:.2} M/s UTC, {:.2} M/s America/New_York",
            utc / 1e6,
            ny / 1e6
        ),
        target: "≥ 1,000,000/s",
        met: Some(utc >= 1e6 && ny >= 1e6),
    }
}

/// `n` pseudo-random instants over 2026–2027 (DST changes included).
fn instants(n: usize) -> Vec<DateTime<Utc>> {
    let base = Utc
        .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
        .unwrap()
        .timestamp();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            DateTime::from_timestamp(base + (x % (2 * 365 * 86_400)) as i64, 0).unwrap()
        })
        .collect()
}

/// The `--rss-probe CMD…` mode: runs CMD as this process's only child and prints the peak
/// resident set (KiB) of it and the descendants it waited for.
fn rss_probe(cmd: &[String]) {
    let status = Command::new(&cmd[0])
        .args(&cmd[1..])
        .stdin(Stdio::null())
        .status()
        .expect("run the probed command");
    assert!(status.success(), "probed command failed: {status}");
    let usage = nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN)
        .expect("getrusage");
    println!("{}", usage.max_rss());
}

/// P5: peak RSS of `run-due` while its job prints 50 MiB.
fn p5(dir: &Path, os_user: &str, runs: usize) -> Figure {
    const BYTES: i64 = 50 * 1024 * 1024;
    let me = std::env::current_exe().expect("bench binary");
    let peaks: Vec<f64> = (0..runs)
        .map(|r| {
            let db = dir.join(format!("p5-{r}.db"));
            seed::seed_due(&db, os_user, 1, &format!("yes | head -c {BYTES}"));
            let probe = Command::new(&me)
                .arg("--rss-probe")
                .arg(BIN)
                .arg("run-due")
                .env("JOBCTL_DB", &db)
                .env("JOBCTL_NOW", NOW_TEXT)
                .env("JOBCTL_TZ", "UTC")
                .stdin(Stdio::null())
                .output()
                .expect("probe");
            assert!(probe.status.success(), "probe failed");
            let kib: f64 = String::from_utf8_lossy(&probe.stdout)
                .trim()
                .parse()
                .expect("KiB");
            let recorded = count(
                &db,
                "SELECT output_bytes FROM results WHERE status = 'success'",
            );
            assert_eq!(recorded, BYTES, "the job's output must be counted in full");
            let _ = std::fs::remove_file(&db);
            kib / 1024.0
        })
        .collect();
    let peak = median(peaks);
    Figure {
        id: "P5",
        scenario: "peak RSS of `run-due` while its job prints 50 MiB".into(),
        measured: format!("{peak:.1} MiB"),
        target: "≤ 20 MB",
        met: Some(peak * 1.048_576 <= 20.0),
    }
}

/// P6: 500 due jobs sleeping 1 s each, `--max-parallel 50`.
fn p6(dir: &Path, os_user: &str, runs: usize) -> Figure {
    const N: i64 = 500;
    let times: Vec<f64> = (0..runs)
        .map(|r| {
            let db = dir.join(format!("p6-{r}.db"));
            seed::seed_due(&db, os_user, N, "sleep 1");
            let (t, _) = timed(jobctl(&db, &["run-due", "--max-parallel", "50"]));
            assert_eq!(
                count(&db, "SELECT COUNT(*) FROM results WHERE status = 'success'"),
                N
            );
            let _ = std::fs::remove_file(&db);
            t.wall
        })
        .collect();
    let t = median(times);
    Figure {
        id: "P6",
        scenario: "500 due jobs each sleeping 1 s, `run-due --max-parallel 50`".into(),
        measured: format!("{t:.1} s (ideal 10 s)"),
        target: "all done ≤ 15 s",
        met: Some(t <= 15.0),
    }
}

/// P7: `schedule` (a workflow applies) and `approve`, per command, on the large store.
fn p7(dir: &Path, big: &Path, s: &seed::Seeded, runs: usize) -> Figure {
    let db = dir.join("p7.db");
    copy_db(big, &db);
    let runs = runs.min(s.approvable_by_bob.len().saturating_sub(1));
    let schedule = |k: usize| {
        let name = format!("p7-{k}");
        let (t, out) = timed(jobctl(
            &db,
            &[
                "schedule",
                "job-000123",
                "--interval",
                "daily",
                "--name",
                &name,
                "--start-time",
                "2030-01-02 02:30",
                "--json",
            ],
        ));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(v["state"], "pending", "a workflow applies: {v}");
        t
    };
    let approve = |k: usize| {
        let stage = s.approvable_by_bob[k].to_string();
        let (t, out) = timed(jobctl(&db, &["--user", "bob", "approve", &stage, "--json"]));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(v["state"], "approved", "{v}");
        t
    };
    schedule(0);
    approve(0);
    let (mut sc, mut ap) = (Vec::new(), Vec::new());
    for k in 1..=runs {
        sc.push(schedule(k));
        ap.push(approve(k));
    }
    Figure {
        id: "P7",
        scenario: "`schedule` (workflow applies) and `approve`, on the 100,000-schedule store"
            .into(),
        measured: format!(
            "schedule {}, approve {}",
            wall_cpu(medians(sc)),
            wall_cpu(medians(ap))
        ),
        target: "report",
        met: None,
    }
}

fn print_table(figures: &[Figure]) {
    println!("| id | scenario | measured (median) | target | met |");
    println!("|---|---|---|---|---|");
    for f in figures {
        let met = match f.met {
            Some(true) => "yes",
            Some(false) => "**no**",
            None => "—",
        };
        println!(
            "| {} | {} | {} | {} | {met} |",
            f.id, f.scenario, f.measured, f.target
        );
    }
}
