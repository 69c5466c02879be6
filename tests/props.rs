//! Property tests for the parsers people feed by hand: start times, variable declarations and
//! values, and the catch-up plan of recurring schedules. No input may panic.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr
)]

use chrono::{DateTime, Duration, Utc};
use jobctl::domain::cron::CronExpr;
use jobctl::domain::schedule::{Interval, Recurrence};
use jobctl::domain::time::{parse_rfc3339, parse_time_in_zone};
use jobctl::domain::variables::{parse_assignments, parse_choices, parse_declaration, resolve};
use proptest::prelude::*;

const ZONES: [&str; 6] = [
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/St_Johns",
];

proptest! {
    #[test]
    fn time_parsing_never_panics(text in ".{0,40}", zone in 0usize..ZONES.len()) {
        let tz = ZONES[zone].parse().unwrap();
        let _ = parse_time_in_zone(&text, tz);
        let _ = parse_rfc3339(&text);
    }

    #[test]
    fn local_times_round_trip_or_are_refused(
        secs in 0i64..4_000_000_000, zone in 0usize..ZONES.len()
    ) {
        let tz: chrono_tz::Tz = ZONES[zone].parse().unwrap();
        let t = DateTime::<Utc>::from_timestamp(secs, 0).unwrap();
        let local = t.with_timezone(&tz).format("%Y-%m-%d %H:%M:%S").to_string();
        let back = parse_time_in_zone(&local, tz).unwrap();
        // The same wall-clock time: the instant itself, or its earlier twin in an overlap.
        prop_assert!(back <= t && t - back <= Duration::hours(2), "{local} in {tz}: {back} vs {t}");
        prop_assert_eq!(back.with_timezone(&tz).naive_local(), t.with_timezone(&tz).naive_local());
    }

    #[test]
    fn variable_parsing_never_panics(spec in ".{0,30}", value in ".{0,20}", required in any::<bool>()) {
        let _ = parse_choices(&spec);
        let _ = parse_assignments(std::slice::from_ref(&spec));
        if let Ok(decl) = parse_declaration(&spec, required) {
            let _ = resolve(std::slice::from_ref(&decl), &[(decl.name.clone(), value.clone())]);
        }
    }

    #[test]
    fn catch_up_runs_the_latest_missed_occurrence_once(
        minute in 0u32..60, hour in 0u32..24, gap_minutes in 0i64..20_000, zone in 0usize..ZONES.len()
    ) {
        let tz: chrono_tz::Tz = ZONES[zone].parse().unwrap();
        let cron = CronExpr::parse(&format!("{minute} {hour} * * *")).unwrap();
        let r = Recurrence::new(Interval::Custom, None, Some(cron.clone()), tz);
        let start = parse_rfc3339("2030-03-01T00:00:00Z").unwrap();
        let first = r.first_run(start).unwrap();
        let now = first + Duration::minutes(gap_minutes);
        let plan = r.catch_up(first, now);
        // The run is the last occurrence not after now; the next is the first after now.
        prop_assert!(plan.run_at <= now);
        let next = plan.next_run.unwrap();
        prop_assert!(next > now);
        prop_assert_eq!(cron.next_after(plan.run_at, tz), Some(next));
        // Skipped = occurrences strictly between first and run_at, plus first itself when run_at moved on.
        let counted = cron.iter_after(first, tz).take_while(|t| *t <= now).count() as u64;
        prop_assert_eq!(plan.skipped, counted);
    }
}
