//! Fuzz target: the crontab parser and evaluator never panic, and accepted expressions
//! produce strictly increasing run times.
#![no_main]

use chrono::{DateTime, Utc};
use jobctl::domain::cron::CronExpr;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(expr) = CronExpr::parse(text) else { return };
    let _ = expr.explain();
    let after = DateTime::<Utc>::from_timestamp(1_900_000_000, 0).unwrap_or_default();
    for tz in [chrono_tz::UTC, chrono_tz::America::New_York, chrono_tz::Australia::Lord_Howe] {
        let times: Vec<_> = expr.iter_after(after, tz).take(5).collect();
        assert!(times.first().is_none_or(|t| *t > after), "not after the start");
        assert!(times.windows(2).all(|w| w[0] < w[1]), "not strictly increasing");
    }
});
