//! Fuzz target: the crontab(5) file parser behind `import-crontab` never panics.
#![no_main]

use jobctl::domain::cron::CronExpr;
use jobctl::domain::crontab_file::{CrontabFormat, parse_crontab};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let validate = |s: &str| CronExpr::parse(s).map(|c| c.as_str().to_string()).map_err(|e| e.to_string());
    for format in [CrontabFormat::User, CrontabFormat::System] {
        let parsed = parse_crontab(text, format, &validate);
        for e in parsed.entries {
            assert!(e.line >= 1);
        }
    }
});
