//! Benchmark of the crontab engine (no harness, no criterion): next-fire throughput for a
//! few expressions in UTC and America/New_York, parse time, and the whole reference vector
//! file. Each figure is the median of several runs. Run with `cargo bench --bench cron_next`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr
)]

use std::hint::black_box;
use std::time::Instant;

use chrono::{DateTime, TimeZone, Utc};
use jobctl::domain::cron::{CronExpr, Tz, parse_tz};

const RUNS: usize = 7;
const VECTORS: &str = include_str!("../tests/fixtures/cron_next.jsonl");

/// An expression, and the zone and instant to start from (`None` for a must-reject line).
type VectorLine = (String, Option<(Tz, DateTime<Utc>)>);

/// Median of `RUNS` timings of `f`, in seconds.
fn median_secs(mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

/// `n` pseudo-random instants spread over 2026-2027 (with seconds), so that runs hit
/// every kind of day, DST changes included.
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
            let secs = base + (x % (2 * 365 * 86_400)) as i64;
            DateTime::from_timestamp(secs, 0).unwrap()
        })
        .collect()
}

fn bench_next(text: &str, tz: Tz, afters: &[DateTime<Utc>]) {
    let expr = CronExpr::parse(text).unwrap();
    let secs = median_secs(|| {
        for a in afters {
            black_box(expr.next_after(black_box(*a), tz));
        }
    });
    let per = secs / afters.len() as f64;
    println!(
        "next_after  {text:<14} {:<18} {:>9.0} ns/op {:>12.0} ops/s",
        tz.name(),
        per * 1e9,
        1.0 / per
    );
}

fn bench_iter(text: &str, tz: Tz, n: usize) {
    let expr = CronExpr::parse(text).unwrap();
    let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let secs = median_secs(|| {
        black_box(expr.iter_after(start, tz).take(n).count());
    });
    let per = secs / n as f64;
    println!(
        "iter_after  {text:<14} {:<18} {:>9.0} ns/op {:>12.0} ops/s  ({n} successive fires)",
        tz.name(),
        per * 1e9,
        1.0 / per
    );
}

fn main() {
    let afters = instants(200_000);
    let zones = [Tz::UTC, Tz::America__New_York];
    println!(
        "median of {RUNS} runs, {} random instants in 2026-2027",
        afters.len()
    );
    for text in ["*/15 * * * *", "0 9 13 * 5", "30 2 * * *", "0 0 29 2 *"] {
        for tz in zones {
            bench_next(text, tz, &afters);
        }
    }
    for tz in zones {
        bench_iter("*/15 * * * *", tz, 200_000);
    }

    let texts = [
        "*/15 * * * *",
        "0 9 13 * 5",
        "35-41/3 15-15/3 27 8 6-6/2",
        "@daily",
    ];
    let n = 50_000;
    let secs = median_secs(|| {
        for i in 0..n {
            black_box(CronExpr::parse(black_box(texts[i % texts.len()])).ok());
        }
    });
    println!(
        "parse       (mixed, valid)                  {:>9.0} ns/op",
        secs / n as f64 * 1e9
    );
    let secs = median_secs(|| {
        black_box(CronExpr::parse(black_box("0 0 31 4,6,9,11 *")).err());
    });
    println!(
        "parse       never-fires rejection           {:>9.0} ns/op",
        secs * 1e9
    );

    // The whole reference file: parse + 5 next fire times per line (JSON decoded beforehand).
    let lines: Vec<VectorLine> = VECTORS
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let expr = v["expr"].as_str().unwrap().to_string();
            let when = v["tz"].as_str().map(|tz| {
                let after: DateTime<Utc> = v["after"].as_str().unwrap().parse().unwrap();
                (parse_tz(tz).unwrap(), after)
            });
            (expr, when)
        })
        .collect();
    let secs = median_secs(|| {
        for (text, when) in &lines {
            match (CronExpr::parse(text), when) {
                (Ok(e), Some((tz, after))) => {
                    black_box(e.iter_after(*after, *tz).take(5).count());
                }
                (r, _) => {
                    black_box(r.is_err());
                }
            }
        }
    });
    println!(
        "vector file {} lines (parse + 5 fires each)   {:>9.3} ms total",
        lines.len(),
        secs * 1e3
    );
}
