//! Schedule intervals and their occurrences: when a scheduled job first runs, when it runs
//! next, and how a missed period collapses into one catch-up run.

use chrono::{DateTime, Datelike, Duration, Timelike, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::cron::CronExpr;

/// How often a scheduled job runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Interval {
    Immediately,
    Future,
    Hourly,
    Daily,
    Weekly,
    Custom,
}

impl Interval {
    pub const ALL: [Interval; 6] = [
        Interval::Immediately,
        Interval::Future,
        Interval::Hourly,
        Interval::Daily,
        Interval::Weekly,
        Interval::Custom,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Interval::Immediately => "immediately",
            Interval::Future => "future",
            Interval::Hourly => "hourly",
            Interval::Daily => "daily",
            Interval::Weekly => "weekly",
            Interval::Custom => "custom",
        }
    }

    /// Runs once (immediately or future).
    pub fn is_one_off(self) -> bool {
        matches!(self, Interval::Immediately | Interval::Future)
    }
}

impl std::str::FromStr for Interval {
    type Err = String;
    fn from_str(s: &str) -> Result<Interval, String> {
        Interval::ALL
            .into_iter()
            .find(|i| i.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown interval `{s}`; use immediately, future, hourly, daily, weekly or custom"
                )
            })
    }
}

/// Everything needed to compute a scheduled job's occurrences.
#[derive(Debug, Clone, PartialEq)]
pub struct Recurrence {
    pub interval: Interval,
    pub start_time: Option<DateTime<Utc>>,
    /// The crontab of a custom schedule, or the one built from the start time of
    /// hourly / daily / weekly schedules.
    pub cron: Option<CronExpr>,
    pub tz: Tz,
}

/// The crontab that hourly, daily and weekly schedules behave exactly like:
/// `M * * * *`, `M H * * *`, `M H * * D` from the start time's local minute, hour and weekday.
pub fn cron_for_interval(interval: Interval, start: DateTime<Utc>, tz: Tz) -> Option<CronExpr> {
    let local = start.with_timezone(&tz);
    let (m, h, d) = (
        local.minute(),
        local.hour(),
        local.weekday().num_days_from_sunday(),
    );
    let text = match interval {
        Interval::Hourly => format!("{m} * * * *"),
        Interval::Daily => format!("{m} {h} * * *"),
        Interval::Weekly => format!("{m} {h} * * {d}"),
        _ => return None,
    };
    CronExpr::parse(&text).ok()
}

impl Recurrence {
    /// Builds the recurrence; `custom` needs `cron`, the others derive it from `start_time`.
    pub fn new(
        interval: Interval,
        start_time: Option<DateTime<Utc>>,
        custom: Option<CronExpr>,
        tz: Tz,
    ) -> Recurrence {
        let cron = match interval {
            Interval::Custom => custom,
            Interval::Hourly | Interval::Daily | Interval::Weekly => {
                start_time.and_then(|s| cron_for_interval(interval, s, tz))
            }
            Interval::Immediately | Interval::Future => None,
        };
        Recurrence {
            interval,
            start_time,
            cron,
            tz,
        }
    }

    /// The first run, for a schedule created at `now`.
    pub fn first_run(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self.interval {
            Interval::Immediately => Some(now),
            Interval::Future | Interval::Hourly | Interval::Daily | Interval::Weekly => {
                self.start_time
            }
            Interval::Custom => {
                let cron = self.cron.as_ref()?;
                match self.start_time {
                    // No run before the start time: the first match at or after it.
                    Some(start) => cron.next_after(start - Duration::seconds(1), self.tz),
                    None => cron.next_after(now, self.tz),
                }
            }
        }
    }

    /// The occurrence after `occurrence` (None for one-offs).
    pub fn next_after(&self, occurrence: DateTime<Utc>) -> Option<DateTime<Utc>> {
        if self.interval.is_one_off() {
            return None;
        }
        self.cron.as_ref()?.next_after(occurrence, self.tz)
    }

    /// The first `n` runs from `from` (the stored next run), for `schedules next`.
    pub fn upcoming(&self, from: Option<DateTime<Utc>>, n: usize) -> Vec<DateTime<Utc>> {
        let mut out = Vec::with_capacity(n.min(1000));
        let mut cur = from;
        while let Some(t) = cur {
            if out.len() >= n {
                break;
            }
            out.push(t);
            cur = self.next_after(t);
        }
        out
    }

    /// Plans a due run: given the stored `next_run` ≤ `now`, the occurrence to run (the
    /// latest one not after `now`), how many earlier ones are skipped, and the next run after
    /// `now`. Counting stops at `MAX_COUNTED_SKIPS` to bound the work after a very long gap.
    pub fn catch_up(&self, next_run: DateTime<Utc>, now: DateTime<Utc>) -> CatchUp {
        let mut latest = next_run;
        let mut skipped: u64 = 0;
        let mut next = self.next_after(latest);
        while let Some(t) = next {
            if t > now {
                break;
            }
            if skipped >= MAX_COUNTED_SKIPS {
                // Jump: find the last occurrence ≤ now without counting each one.
                let jump = self.last_at_or_before(now).unwrap_or(t);
                latest = jump.max(t);
                next = self.next_after(latest);
                skipped += 1;
                continue;
            }
            skipped += 1;
            latest = t;
            next = self.next_after(t);
        }
        CatchUp {
            run_at: latest,
            skipped,
            next_run: next,
        }
    }

    /// The last occurrence at or before `t`, searching back a bounded window.
    fn last_at_or_before(&self, t: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let cron = self.cron.as_ref()?;
        for days in [1i64, 8, 32, 367, 366 * 8] {
            let mut cur = cron.next_after(t - Duration::days(days), self.tz)?;
            if cur > t {
                continue;
            }
            while let Some(n) = cron.next_after(cur, self.tz) {
                if n > t {
                    break;
                }
                cur = n;
            }
            return Some(cur);
        }
        None
    }
}

/// The outcome of [`Recurrence::catch_up`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatchUp {
    pub run_at: DateTime<Utc>,
    pub skipped: u64,
    pub next_run: Option<DateTime<Utc>>,
}

/// After this many missed occurrences the rest are not counted one by one.
pub const MAX_COUNTED_SKIPS: u64 = 100_000;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::parse_rfc3339;

    fn t(s: &str) -> DateTime<Utc> {
        parse_rfc3339(s).unwrap()
    }

    #[test]
    fn daily_keeps_local_time_across_dst() {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        let r = Recurrence::new(Interval::Daily, Some(t("2030-03-29T01:30:00Z")), None, tz);
        assert_eq!(r.cron.as_ref().unwrap().as_str(), "30 2 * * *");
        let runs = r.upcoming(r.first_run(t("2030-03-01T00:00:00Z")), 4);
        // 02:30 CET, then the gap night (31 March: 02:30 does not exist → 03:00 CEST), then 02:30 CEST.
        assert_eq!(
            runs,
            vec![
                t("2030-03-29T01:30:00Z"),
                t("2030-03-30T01:30:00Z"),
                t("2030-03-31T01:00:00Z"),
                t("2030-04-01T00:30:00Z"),
            ]
        );
    }

    #[test]
    fn weekly_uses_local_weekday() {
        let tz: Tz = "America/New_York".parse().unwrap();
        // Monday 2030-01-07 21:00 local = Tuesday 02:00 UTC.
        let r = Recurrence::new(Interval::Weekly, Some(t("2030-01-08T02:00:00Z")), None, tz);
        assert_eq!(r.cron.as_ref().unwrap().as_str(), "0 21 * * 1");
        assert_eq!(
            r.next_after(t("2030-01-08T02:00:00Z")),
            Some(t("2030-01-15T02:00:00Z"))
        );
    }

    #[test]
    fn custom_respects_start_time_and_now() {
        let tz = chrono_tz::UTC;
        let cron = CronExpr::parse("*/15 * * * *").unwrap();
        let r = Recurrence::new(Interval::Custom, None, Some(cron.clone()), tz);
        assert_eq!(
            r.first_run(t("2030-01-01T00:07:00Z")),
            Some(t("2030-01-01T00:15:00Z"))
        );
        let r = Recurrence::new(
            Interval::Custom,
            Some(t("2030-01-01T01:00:00Z")),
            Some(cron),
            tz,
        );
        assert_eq!(
            r.first_run(t("2029-01-01T00:00:00Z")),
            Some(t("2030-01-01T01:00:00Z"))
        );
    }

    #[test]
    fn one_offs_run_once() {
        let tz = chrono_tz::UTC;
        let r = Recurrence::new(Interval::Future, Some(t("2030-01-01T01:00:00Z")), None, tz);
        assert_eq!(
            r.upcoming(r.first_run(t("2029-01-01T00:00:00Z")), 5).len(),
            1
        );
        let now = t("2029-01-01T00:00:00Z");
        let r = Recurrence::new(Interval::Immediately, None, None, tz);
        assert_eq!(r.first_run(now), Some(now));
        assert_eq!(r.next_after(now), None);
    }

    #[test]
    fn catch_up_runs_once_for_a_gap() {
        let tz = chrono_tz::UTC;
        let r = Recurrence::new(Interval::Hourly, Some(t("2030-01-01T00:10:00Z")), None, tz);
        let plan = r.catch_up(t("2030-01-01T00:10:00Z"), t("2030-01-01T05:30:00Z"));
        assert_eq!(plan.run_at, t("2030-01-01T05:10:00Z"));
        assert_eq!(plan.skipped, 5);
        assert_eq!(plan.next_run, Some(t("2030-01-01T06:10:00Z")));
    }

    #[test]
    fn catch_up_after_a_very_long_gap_is_bounded() {
        let tz = chrono_tz::UTC;
        let cron = CronExpr::parse("* * * * *").unwrap();
        let r = Recurrence::new(Interval::Custom, None, Some(cron), tz);
        let plan = r.catch_up(t("2030-01-01T00:00:00Z"), t("2031-01-01T00:00:30Z"));
        assert_eq!(plan.run_at, t("2031-01-01T00:00:00Z"));
        assert!(plan.skipped >= MAX_COUNTED_SKIPS);
        assert_eq!(plan.next_run, Some(t("2031-01-01T00:01:00Z")));
    }
}
