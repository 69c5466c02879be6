//! `jobctl cron next|explain` through the binary: a sample of the reference vectors
//! (tests/fixtures/cron_next.jsonl) with the spec's JSON and exit codes, errors that name the
//! field, and the defaults (`--after` = now, `--tz` = `$JOBCTL_TZ`).

use serde_json::{Value, json};

use crate::harness::World;

const VECTORS: &str = include_str!("../fixtures/cron_next.jsonl");

/// Every 7th valid line (about 80 of them, every zone of the file) and every error line.
fn sample() -> Vec<Value> {
    VECTORS
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| (i, serde_json::from_str::<Value>(l).expect("JSON line")))
        .filter(|(i, v)| v["error"] == true || i % 7 == 0)
        .map(|(_, v)| v)
        .collect()
}

/// The expression as `cron next` echoes it: fields single-spaced, macros lower-cased.
fn normalized(expr: &str) -> String {
    let words: Vec<&str> = expr.split_whitespace().collect();
    if words.len() == 1 && words[0].starts_with('@') {
        words[0].to_ascii_lowercase()
    } else {
        words.join(" ")
    }
}

#[test]
fn a_sample_of_the_reference_vectors_gives_the_same_times_through_the_binary() {
    let w = World::bare();
    let sample = sample();
    let (mut valid, mut errors) = (0, 0);
    for v in &sample {
        let expr = v["expr"].as_str().unwrap();
        if v["error"] == true {
            let r = w.run(&["cron", "next", expr, "--json"]);
            assert_eq!(r.code, 2, "{expr:?} must be rejected: {}", r.stdout);
            assert_eq!(r.error_kind(), "invalid", "{expr:?}");
            assert!(r.stdout.is_empty(), "{expr:?}: {}", r.stdout);
            let r = w.run(&["cron", "next", expr]).code(2);
            assert!(r.stderr.starts_with("error: "), "{expr:?}: {}", r.stderr);
            errors += 1;
            continue;
        }
        let tz = v["tz"].as_str().unwrap();
        let after = v["after"].as_str().unwrap();
        let r = w.run(&["cron", "next", expr, "--json", "--tz", tz, "--after", after]);
        assert_eq!(r.code, 0, "{expr:?} in {tz}: {}", r.stderr);
        let got = r.json();
        let want = json!({
            "expression": normalized(expr),
            "time_zone": tz,
            "next": v["next"],
        });
        assert_eq!(got, want, "{expr:?} in {tz} after {after}");
        valid += 1;
    }
    assert!(
        valid >= 75 && errors >= 25,
        "{valid} valid, {errors} error lines"
    );
    // `cron` needs no database.
    assert!(!w.db().exists());
}

#[test]
fn invalid_expressions_exit_2_naming_the_field_and_the_reason() {
    let w = World::bare();
    for (expr, message) in [
        ("61 * * * *", "minute: 61 is out of range 0-59"),
        ("-1 * * * *", "minute: `-1` is not a valid value"),
        ("*/0 * * * *", "minute: step must be at least 1"),
        ("0 24 * * *", "hour: 24 is out of range 0-23"),
        ("0 0 0 * *", "day of month: 0 is out of range 1-31"),
        ("0 0 * 13 *", "month: 13 is out of range 1-12"),
        ("0 0 * JANX *", "month:"),
        ("0 0 * * 8", "day of week: 8 is out of range 0-7"),
        ("0 0 * * 1#6", "day of week:"),
        ("0 0 ? * *", "day of month:"),
        ("L * * * *", "minute:"),
        ("5-1 * * * *", "minute:"),
        ("* * * * * *", "there is no field after day of week"),
        ("* * *", "missing: month, day of week"),
        ("0 0 30 2 *", "can never fire"),
        ("@reboot", "`@reboot` is not supported"),
        ("", "empty expression"),
    ] {
        for cmd in ["next", "explain"] {
            let r = w.run(&["cron", cmd, expr, "--json"]).code(2);
            let err: Value = serde_json::from_str(r.stderr.trim()).unwrap();
            assert_eq!(err["error"]["kind"], "invalid");
            let text = err["error"]["message"].as_str().unwrap();
            assert!(text.contains(message), "cron {cmd} {expr:?}: {text}");
            let r = w.run(&["cron", cmd, expr]).code(2);
            assert!(
                r.stderr.starts_with("error: ") && r.stderr.contains(message),
                "cron {cmd} {expr:?}: {}",
                r.stderr
            );
        }
    }
}

#[test]
fn cron_next_defaults_to_now_and_the_default_zone() {
    let mut w = World::bare();
    w.tz = "Europe/Berlin".into();
    let v = w.json(&["cron", "next", "30 2 * * *"]);
    assert_eq!(v["time_zone"], "Europe/Berlin");
    assert_eq!(v["expression"], "30 2 * * *");
    let next = v["next"].as_array().unwrap();
    assert_eq!(next.len(), 5);
    assert_eq!(next[0], "2030-01-01T01:30:00Z"); // 02:30 CET after 01:00 CET (JOBCTL_NOW)
    let v = w.json(&["cron", "next", "@hourly", "-n", "2"]);
    assert_eq!(v["expression"], "@hourly");
    assert_eq!(
        v["next"],
        json!(["2030-01-01T01:00:00Z", "2030-01-01T02:00:00Z"])
    );
    // --after as a local time in the zone; a time inside a DST gap is refused.
    let v = w.json(&[
        "cron",
        "next",
        "0 * * * *",
        "--after",
        "2030-03-31 01:30",
        "-n",
        "3",
    ]);
    assert_eq!(
        v["next"],
        json!([
            "2030-03-31T01:00:00Z",
            "2030-03-31T02:00:00Z",
            "2030-03-31T03:00:00Z"
        ])
    );
    w.run(&["cron", "next", "0 * * * *", "--after", "2030-03-31 02:30"])
        .code(2)
        .stderr_has("--after:");
    w.run(&["cron", "next", "0 * * * *", "--after", "soon"])
        .code(2)
        .stderr_has("--after:");
    w.run(&["cron", "next", "0 * * * *", "--tz", "Moon/Base"])
        .code(2)
        .stderr_has("--tz: unknown time zone `Moon/Base`");
    w.run(&["cron", "next", "0 * * * *", "-n", "0"]).code(2);
}

#[test]
fn zone_names_are_read_regardless_of_case_and_shown_canonically() {
    let w = World::bare();
    for (given, canonical) in [
        ("utc", "UTC"),
        ("europe/berlin", "Europe/Berlin"),
        (" America/New_York ", "America/New_York"),
    ] {
        let v = w.json(&["cron", "next", "0 9 * * *", "--tz", given, "-n", "1"]);
        assert_eq!(v["time_zone"], canonical, "{given:?}");
    }
    w.run(&["cron", "next", "0 9 * * *", "--tz", ""]).code(2);
    w.run(&["cron", "next", "0 9 * * *", "--tz", "Europe/Berln"])
        .code(2);
}

#[test]
fn cron_next_tables_show_local_time_with_offset_and_utc() {
    let w = World::bare();
    let r = w
        .run(&[
            "cron",
            "next",
            "30 2 * * *",
            "--tz",
            "Europe/Berlin",
            "--after",
            "2030-03-30T00:00:00Z",
            "-n",
            "2",
        ])
        .ok();
    assert!(
        r.stdout
            .contains("2030-03-30 02:30:00 +01:00  2030-03-30T01:30:00Z"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("2030-03-31 03:00:00 +02:00  2030-03-31T01:00:00Z"),
        "{}",
        r.stdout
    );
}

#[test]
fn cron_explain_describes_and_warns() {
    let w = World::bare();
    let v = w.json(&["cron", "explain", "0 9 13 * 5"]);
    assert_eq!(v["expression"], "0 9 13 * 5");
    assert_eq!(
        v["description"],
        "At 09:00 on day 13 of the month and on Friday"
    );
    let warnings = v["warnings"].as_array().unwrap();
    assert!(
        warnings
            .iter()
            .any(|w| w.as_str().unwrap().contains("Nautobot/celery")),
        "{v}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.as_str().unwrap().contains("EITHER")),
        "{v}"
    );
    let v = w.json(&["cron", "explain", "30 2 * * *", "--tz", "Europe/Berlin"]);
    assert_eq!(v["fixed_time"], true);
    let text = v["warnings"].to_string();
    assert!(text.contains("does not exist on 2030-03-31"), "{text}");
    assert!(text.contains("occurs twice on 2030-10-27"), "{text}");
    let r = w.run(&["cron", "explain", "*/7 * * * *"]).ok();
    assert!(
        r.stdout
            .starts_with("At minutes 0, 7, 14, 21, 28, 35, 42, 49 and 56 past every hour\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("warning: minute: a step of 7"),
        "{}",
        r.stdout
    );
    let v = w.json(&["cron", "explain", "*/15 * * * *"]);
    assert_eq!(v["warnings"], json!([]));
}

#[test]
fn leap_second_start_time_exits_2_instead_of_becoming_second_59() {
    let w = World::new();
    w.job("backup", "true");
    for start in ["2030-01-01 01:00:60", "2030-01-01T00:59:60Z"] {
        let r = w
            .run(&[
                "schedule",
                "backup",
                "--interval",
                "future",
                "--name",
                "leap",
                "--start-time",
                start,
            ])
            .code(2);
        assert!(
            r.stderr.starts_with("error: --start-time: "),
            "{}",
            r.stderr
        );
        assert!(r.stderr.contains("leap second"), "{}", r.stderr);
        let r = w
            .run(&["cron", "next", "0 * * * *", "--after", start])
            .code(2);
        assert!(r.stderr.contains("leap second"), "{}", r.stderr);
    }
    assert_eq!(w.sql("SELECT COUNT(*) FROM scheduled_jobs"), "0");
    // Second 59 is a real second.
    w.run(&[
        "schedule",
        "backup",
        "--interval",
        "future",
        "--name",
        "leap",
        "--start-time",
        "2030-01-01 01:00:59",
    ])
    .ok();
}

#[test]
fn cron_explain_names_sunday_once_for_0_and_7() {
    let w = World::bare();
    let v = w.json(&["cron", "explain", "0 0 * * 0,7"]);
    assert_eq!(v["description"], "At 00:00 on Sunday", "{v}");
}

#[test]
fn cron_explain_says_what_a_step_beyond_the_range_really_runs() {
    let w = World::bare();
    for (expr, description, warning) in [
        (
            "*/90 * * * *",
            "At minute 0 past every hour",
            "warning: minute: a step of 90 is larger than 0-59, so it matches only minute 0",
        ),
        (
            "0 */48 * * *",
            "At 00:00",
            "warning: hour: a step of 48 is larger than 0-23, so it matches only hour 0",
        ),
        (
            "0 0 */40 * *",
            "At 00:00 on day 1 of the month",
            "warning: day of month: a step of 40 is larger than 1-31, so it matches only day 1",
        ),
        (
            "0 0 * */12 *",
            "At 00:00 in January",
            "warning: month: a step of 12 is as large as 1-12, so it matches only January",
        ),
    ] {
        let r = w.run(&["cron", "explain", expr, "--tz", "UTC"]).ok();
        assert_eq!(r.stdout, format!("{description}\n{warning}\n"), "{expr}");
    }
}

#[test]
fn cron_explain_warns_that_step_minutes_under_a_fixed_hour_skip_and_repeat_on_dst_days() {
    let w = World::bare();
    let v = w.json(&["cron", "explain", "*/30 2 * * *", "--tz", "Europe/Berlin"]);
    assert_eq!(v["fixed_time"], false);
    let warnings: Vec<&str> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert_eq!(warnings.len(), 2, "{v}");
    assert!(
        warnings[0].contains("do not exist on 2030-03-31")
            && warnings[0].contains("does not run at all that day")
            && warnings[0].contains("`0,30 2 * * *`"),
        "{v}"
    );
    assert!(
        warnings[1].contains("occur twice on 2030-10-27")
            && warnings[1].contains("4 runs instead of 2")
            && warnings[1].contains("`0,30 2 * * *`"),
        "{v}"
    );
    // What the warnings say is what `cron next` does.
    let next = |expr: &str, after: &str| {
        w.json(&[
            "cron",
            "next",
            expr,
            "--tz",
            "Europe/Berlin",
            "--after",
            after,
            "-n",
            "4",
        ])["next"]
            .clone()
    };
    assert_eq!(
        next("*/30 2 * * *", "2030-03-30T12:00:00Z")[0],
        "2030-04-01T00:00:00Z"
    );
    assert_eq!(
        next("0,30 2 * * *", "2030-03-30T12:00:00Z")[0],
        "2030-03-31T01:00:00Z"
    );
    assert_eq!(
        next("*/30 2 * * *", "2030-10-26T12:00:00Z"),
        json!([
            "2030-10-27T00:00:00Z",
            "2030-10-27T00:30:00Z",
            "2030-10-27T01:00:00Z",
            "2030-10-27T01:30:00Z"
        ])
    );
    // In the text output too; and no warning in a zone without DST.
    let r = w
        .run(&["cron", "explain", "*/30 2 * * *", "--tz", "Europe/Berlin"])
        .ok();
    assert!(
        r.stdout.contains("warning: DST: 02:00 and 02:30"),
        "{}",
        r.stdout
    );
    let v = w.json(&["cron", "explain", "*/30 2 * * *", "--tz", "UTC"]);
    assert_eq!(v["warnings"], json!([]));
}
