//! Runs every line of the reference vectors (`tests/fixtures/cron_next.jsonl`) through the
//! library: `error` lines must be rejected, the others must give exactly the five instants
//! that follow `after`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr
)]

use chrono::{DateTime, Utc};
use jobctl::domain::cron::{CronExpr, parse_tz};
use serde_json::Value;

const VECTORS: &str = include_str!("fixtures/cron_next.jsonl");

fn check_line(line: &str) -> Result<(), String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("bad JSON: {e}"))?;
    let expr_text = v["expr"].as_str().ok_or("no expr")?;
    let parsed = CronExpr::parse(expr_text);
    if v["error"].as_bool() == Some(true) {
        return match parsed {
            Err(_) => Ok(()),
            Ok(e) => Err(format!("accepted, but must be rejected (parsed as `{e}`)")),
        };
    }
    let expr = parsed.map_err(|e| format!("rejected: {e}"))?;
    let tz = parse_tz(v["tz"].as_str().ok_or("no tz")?)?;
    let after: DateTime<Utc> = v["after"]
        .as_str()
        .ok_or("no after")?
        .parse()
        .map_err(|e| format!("bad after: {e}"))?;
    let want: Vec<String> = v["next"]
        .as_array()
        .ok_or("no next")?
        .iter()
        .filter_map(|s| s.as_str().map(str::to_string))
        .collect();
    let got: Vec<String> = expr
        .iter_after(after, tz)
        .take(want.len())
        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .collect();
    if got == want {
        Ok(())
    } else {
        Err(format!("got {got:?}"))
    }
}

#[test]
fn every_vector_line_passes() {
    let mut total = 0;
    let mut failures = Vec::new();
    for (no, line) in VECTORS.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        total += 1;
        if let Err(why) = check_line(line) {
            failures.push(format!("line {}: {line}\n    {why}", no + 1));
        }
    }
    assert_eq!(total, 600, "the fixture must hold the 600 reference lines");
    assert!(
        failures.is_empty(),
        "{} of {total} vector lines failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("{total} vector lines passed");
}

#[test]
fn impossible_expressions_are_rejected_fast() {
    for text in [
        "0 0 30 2 *",
        "0 0 31 2 *",
        "0 0 31 4 *",
        "0 0 31 4,6,9,11 *",
    ] {
        let start = std::time::Instant::now();
        let err = CronExpr::parse(text).expect_err(text);
        assert!(
            err.to_string().starts_with("expression can never fire"),
            "{err}"
        );
        assert!(start.elapsed().as_millis() < 50);
    }
}
