//! The crontab engine: the public [`CronExpr`] type (parse, next fire times in an IANA zone
//! with cron(8)'s DST rules, plain-English explanation, warnings) and [`parse_tz`].
//!
//! Pure domain code: no I/O and no clock reads; callers pass the instant to start from.
//!
//! Dialect (spec §4): five fields (minute, hour, day of month, month, day of week) separated
//! by runs of spaces or tabs, each a comma list of `*`, `N`, `A-B`, `*/S`, `A-B/S`, `N/S`
//! (= `N-max/S`); month and weekday names; 0 and 7 are Sunday; the macros `@hourly`,
//! `@daily`, `@midnight`, `@weekly`, `@monthly`, `@yearly`, `@annually`. When either day
//! field starts with `*` a day must match both day fields, otherwise either.
//!
//! DST (cron(8)): a *fixed-time* job (minute and hour fields both not starting with `*`)
//! whose local time is skipped runs at the first real instant after the jump, and one whose
//! local time repeats runs once, at the first occurrence. Every other job runs at each real
//! instant whose local time matches.
//!
//! Design decision (issue 3): our own evaluator rather than `croner` plus an adapter and a
//! DST correction layer. Field bitsets and a walk over local calendar days (never adding
//! 86,400 s) are a few hundred lines, need no correction layer for fixed-time hour lists
//! (`45 0-6/2 * * *`), reject impossible expressions statically, and pass all 600
//! reference vectors. Limits: `chrono-tz` carries DST rules up to 2099 (later years use the
//! last standard offset); see `next.rs` for the assumptions about zone histories.

#![cfg_attr(
    not(test),
    deny(
        missing_docs,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo
    )
)]

mod explain;
mod field;
mod next;
mod parse;
#[cfg(test)]
mod tests;
mod warnings;

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
pub use chrono_tz::Tz;

/// A parsed, validated crontab expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CronExpr {
    /// Normalised text: five fields single-spaced, or the lower-cased macro.
    text: String,
    minute: field::Field,
    hour: field::Field,
    dom: field::Field,
    month: field::Field,
    dow: field::Field,
}

/// Why a crontab expression was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CronError {
    /// The field at fault (`minute`, `hour`, `day of month`, `month`, `day of week`), or
    /// `None` for whole-expression problems (field count, macros, never fires).
    pub field: Option<&'static str>,
    /// Human-readable reason, without the field name.
    pub message: String,
}

impl fmt::Display for CronError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.field {
            Some(field) => write!(f, "{field}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for CronError {}

impl FromStr for CronExpr {
    type Err = CronError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        parse::parse(text)
    }
}

impl fmt::Display for CronExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl CronExpr {
    /// Parse a crontab expression (five fields or a macro). Never panics; every rejection
    /// names the field at fault when there is one.
    pub fn parse(text: &str) -> Result<CronExpr, CronError> {
        parse::parse(text)
    }

    /// The expression as stored/shown: five fields single-spaced, or the macro as written
    /// (lower-cased).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// cron(8)'s "fixed time": the minute and hour fields both do not start with `*`
    /// (`30 2 * * *`, `45 0-6/2 * * *`; not `*/15 * * * *` or `0 * * * *`).
    pub fn is_fixed_time(&self) -> bool {
        !self.minute.star && !self.hour.star
    }

    /// True when a day must match both day fields (either starts with `*`); false when it
    /// is enough to match either.
    pub fn day_and(&self) -> bool {
        self.dom.star || self.dow.star
    }

    /// First fire instant strictly after `after`, evaluated in `tz` with the cron(8) DST
    /// rules. `None` only if there is none within about 400 years (cannot happen for a
    /// parsed expression unless the calendar runs out).
    pub fn next_after(&self, after: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
        next::next_after(self, after.timestamp(), tz).and_then(|t| DateTime::from_timestamp(t, 0))
    }

    /// Successive fire instants strictly after `after`, strictly increasing.
    pub fn iter_after(
        &self,
        after: DateTime<Utc>,
        tz: Tz,
    ) -> impl Iterator<Item = DateTime<Utc>> + '_ {
        std::iter::successors(self.next_after(after, tz), move |prev| {
            self.next_after(*prev, tz)
        })
    }

    /// Plain English, e.g. "At 09:00 on day 13 of the month and on Friday",
    /// "Every 15 minutes", "At minute 5 past every hour".
    pub fn explain(&self) -> String {
        explain::explain(self)
    }

    /// Warnings for `cron explain`: day-of-month OR day-of-week semantics; Nautobot/celery
    /// reading the expression differently; steps larger than their range or not dividing it
    /// evenly; times that fall in a DST gap or overlap in `tz` within the year after `now`
    /// (a fixed-time job runs once; a job limited to some hours whose minute or hour field
    /// starts with `*` skips them or runs twice, with a fixed-time rewrite suggested).
    pub fn warnings(&self, tz: Tz, now: DateTime<Utc>) -> Vec<String> {
        warnings::warnings(self, tz, now)
    }
}

/// Helper for schedules: the crontab that `hourly` at minute `minute` stands for
/// (`M * * * *`). Returns `None` when `minute` is out of range.
pub fn hourly_expr(minute: u32) -> Option<CronExpr> {
    CronExpr::parse(&format!("{minute} * * * *")).ok()
}

/// Helper for schedules: the crontab that `daily` at `hour:minute` stands for (`M H * * *`).
pub fn daily_expr(hour: u32, minute: u32) -> Option<CronExpr> {
    CronExpr::parse(&format!("{minute} {hour} * * *")).ok()
}

/// Helper for schedules: the crontab that `weekly` on `weekday` (0 = Sunday … 6) at
/// `hour:minute` stands for (`M H * * D`).
pub fn weekly_expr(weekday: u32, hour: u32, minute: u32) -> Option<CronExpr> {
    CronExpr::parse(&format!("{minute} {hour} * * {weekday}")).ok()
}

/// IANA zone name → [`Tz`], ignoring surrounding blanks and case (`utc`, `europe/berlin`
/// give `UTC`, `Europe/Berlin`: IANA names differ by more than case); the error message
/// names the bad zone.
pub fn parse_tz(name: &str) -> Result<Tz, String> {
    let trimmed = name.trim();
    if let Ok(tz) = trimmed.parse::<Tz>() {
        return Ok(tz);
    }
    chrono_tz::TZ_VARIANTS
        .iter()
        .find(|tz| tz.name().eq_ignore_ascii_case(trimmed))
        .copied()
        .ok_or_else(|| {
            format!(
                "unknown time zone `{name}`: expected an IANA name such as Europe/Berlin or UTC"
            )
        })
}
