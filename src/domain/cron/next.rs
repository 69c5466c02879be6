//! Next fire time: walk local calendar days in the zone and apply cron(8)'s DST rules.
//!
//! Instants are Unix seconds (`i64`); "local seconds" are the wall-clock date and time of
//! the zone counted as if it were UTC. The fire instants of an expression form a set:
//! - for each matching local day and each matching `HH:MM`, the real instants whose local
//!   time is that `HH:MM` (none in a gap, two in an overlap);
//! - for a fixed-time expression instead: the first of those instants, or, when the local
//!   time does not exist, the first instant after the gap (several skipped times collapse
//!   into that one instant).
//!
//! `next_after` returns the smallest member of that set strictly after `after`.
//!
//! Fast path: a *calm* day is one where the zone's offset is the same one day before the
//! local day starts and one day after it ends; its instants are then simply
//! `local - offset`, in order, and the first one after `after` is the answer. Other days
//! are resolved time by time with the zone's own gap/overlap lookups. This assumes, as
//! every zone's history since 1900 allows, that a zone never changes its offset twice
//! within three days in a way that cancels out, and never jumps back by 24 hours or more.

use chrono::{DateTime, Datelike, Days, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone};
use chrono_tz::{GapInfo, Tz};

use super::CronExpr;

pub(crate) const DAY: i64 = 86_400;
/// Larger than any UTC offset a zone has ever had (the record is under 16 hours).
const MAX_OFFSET: i64 = 16 * 3600;
/// 400 Gregorian years and a bit: every valid (month, day, weekday) combination recurs
/// within one cycle.
const HORIZON_DAYS: u64 = 146_097 + 366;
/// `NaiveDate::num_days_from_ce` of 1970-01-01.
const UNIX_EPOCH_DAYS_CE: i64 = 719_163;

/// UTC offset in seconds of `tz` at instant `t`.
#[inline]
pub(crate) fn offset_at(tz: Tz, t: i64) -> Option<i64> {
    let dt = DateTime::from_timestamp(t, 0)?;
    Some(i64::from(
        tz.offset_from_utc_datetime(&dt.naive_utc())
            .fix()
            .local_minus_utc(),
    ))
}

/// Local seconds at 00:00 of `date`.
#[inline]
pub(crate) fn day_start(date: NaiveDate) -> i64 {
    (i64::from(date.num_days_from_ce()) - UNIX_EPOCH_DAYS_CE) * DAY
}

/// Calendar date of local seconds `local`.
#[inline]
pub(crate) fn date_of(local: i64) -> Option<NaiveDate> {
    let days = i32::try_from(local.div_euclid(DAY) + UNIX_EPOCH_DAYS_CE).ok()?;
    NaiveDate::from_num_days_from_ce_opt(days)
}

/// Local seconds → naive date-time.
#[inline]
pub(crate) fn naive_of(local: i64) -> Option<NaiveDateTime> {
    DateTime::from_timestamp(local, 0).map(|d| d.naive_utc())
}

/// What the zone does around one local day.
#[derive(Debug, Clone, Copy)]
pub(crate) enum DayKind {
    /// The offset (seconds) holds from a day before the local day to a day after it.
    Calm(i64),
    /// An offset change is near: the offsets seen a day either side (smallest, largest).
    Irregular { lo: i64, hi: i64 },
}

/// Classify the local day starting at local seconds `l0`, using `guess` as a first guess
/// of the offset in force.
pub(crate) fn day_kind(tz: Tz, l0: i64, guess: i64) -> DayKind {
    let probe = |o: i64| {
        let before = offset_at(tz, l0 - o - DAY);
        let after = offset_at(tz, l0 - o + 2 * DAY);
        (before, after)
    };
    let (mut before, mut after) = probe(guess);
    if let Some(b) = before.filter(|b| *b != guess) {
        (before, after) = probe(b);
    }
    match (before, after) {
        (Some(b), Some(a)) if a == b => DayKind::Calm(b),
        (Some(b), Some(a)) => DayKind::Irregular {
            lo: a.min(b),
            hi: a.max(b),
        },
        _ => DayKind::Irregular {
            lo: -MAX_OFFSET,
            hi: MAX_OFFSET,
        },
    }
}

impl CronExpr {
    /// Does local calendar day `d` match the month and day fields?
    #[inline]
    pub(crate) fn day_matches(&self, d: NaiveDate) -> bool {
        if !self.month.contains(d.month()) {
            return false;
        }
        let dom = self.dom.contains(d.day());
        let dow = self.dow.contains(d.weekday().num_days_from_sunday());
        if self.day_and() {
            dom && dow
        } else {
            dom || dow
        }
    }

    /// First matching day `>= from` and `<= limit`.
    pub(crate) fn next_day(&self, from: NaiveDate, limit: NaiveDate) -> Option<NaiveDate> {
        let mut d = from;
        loop {
            if d > limit {
                return None;
            }
            if !self.month.contains(d.month()) {
                let (y, m) = if d.month() == 12 {
                    (d.year().checked_add(1)?, 1)
                } else {
                    (d.year(), d.month() + 1)
                };
                d = NaiveDate::from_ymd_opt(y, m, 1)?;
                continue;
            }
            if self.day_matches(d) {
                return Some(d);
            }
            d = d.succ_opt()?;
        }
    }

    /// First matching `(hour, minute)` at or after minute-of-day `start`.
    #[inline]
    pub(crate) fn time_from(&self, start: u32) -> Option<(u32, u32)> {
        let (h0, m0) = (start / 60, start % 60);
        if let Some(m) = self.minute.next_from(m0).filter(|_| self.hour.contains(h0)) {
            return Some((h0, m));
        }
        let h = self.hour.next_from(h0 + 1).filter(|h| *h < 24)?;
        let m = self.minute.next_from(0)?;
        Some((h, m))
    }

    /// All fire instants for local time `local` (seconds), as `(first, second)`:
    /// `second` is only set for a non-fixed-time expression in an overlap.
    pub(crate) fn resolve(&self, tz: Tz, local: i64) -> (Option<i64>, Option<i64>) {
        let Some(naive) = naive_of(local) else {
            return (None, None);
        };
        let secs = |o: &chrono_tz::TzOffset| local - i64::from(o.fix().local_minus_utc());
        match tz.offset_from_local_datetime(&naive) {
            LocalResult::Single(o) => (Some(secs(&o)), None),
            LocalResult::Ambiguous(a, b) => {
                let (x, y) = (secs(&a), secs(&b));
                let (first, second) = (x.min(y), x.max(y));
                if self.is_fixed_time() {
                    (Some(first), None)
                } else {
                    (Some(first), Some(second))
                }
            }
            LocalResult::None => {
                if self.is_fixed_time() {
                    let end = GapInfo::new(&naive, &tz).and_then(|g| g.end);
                    (end.map(|e| e.timestamp()), None)
                } else {
                    (None, None)
                }
            }
        }
    }
}

/// First minute-of-day whose local seconds exceed `threshold` on the day starting at `l0`.
#[inline]
fn first_minute_after(l0: i64, threshold: i64) -> i64 {
    if threshold < l0 {
        0
    } else {
        (threshold - l0) / 60 + 1
    }
}

/// On a calm day with offset `o`: the first fire instant after `after`.
#[inline]
fn first_fire_calm(expr: &CronExpr, l0: i64, o: i64, after: i64) -> Option<i64> {
    let start = first_minute_after(l0, after.checked_add(o)?);
    if start >= 1440 {
        return None;
    }
    let (h, m) = expr.time_from(start as u32)?;
    Some(l0 + i64::from(h) * 3600 + i64::from(m) * 60 - o)
}

/// On an irregular day: the earliest fire instant after `after`, resolving each local time
/// exactly. `lo`/`hi` bound the offsets in force, so a local time `L` fires within
/// `[L - hi, L - lo]` (a gap's first real instant included).
fn first_fire_irregular(
    expr: &CronExpr,
    tz: Tz,
    l0: i64,
    after: i64,
    lo: i64,
    hi: i64,
) -> Option<i64> {
    let mut best: Option<i64> = None;
    let mut minute = first_minute_after(l0, after.checked_add(lo)?);
    while minute < 1440 {
        let Some((h, m)) = expr.time_from(minute as u32) else {
            break;
        };
        let local = l0 + i64::from(h) * 3600 + i64::from(m) * 60;
        if best.is_some_and(|b| local - hi > b) {
            break;
        }
        let (first, second) = expr.resolve(tz, local);
        for t in [first, second].into_iter().flatten().filter(|t| *t > after) {
            best = min_opt(best, Some(t));
        }
        minute = i64::from(h * 60 + m) + 1;
    }
    best
}

fn min_opt(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

/// The first fire instant strictly after `after` (Unix seconds), or `None` if there is
/// none within the horizon or the calendar runs out.
pub(crate) fn next_after(expr: &CronExpr, after: i64, tz: Tz) -> Option<i64> {
    let o_after = offset_at(tz, after)?;
    let today = date_of(after.checked_add(o_after)?)?;
    let limit = today
        .checked_add_days(Days::new(HORIZON_DAYS))
        .unwrap_or(NaiveDate::MAX);
    let today_kind = day_kind(tz, day_start(today), o_after);

    let mut best = None;
    // Near an offset change, yesterday's local times can still be ahead of `after`
    // (a repeated hour after midnight, or a gap that ends after midnight).
    if let DayKind::Irregular { lo, hi } = today_kind
        && let Some(prev) = today.pred_opt()
        && expr.day_matches(prev)
    {
        best = first_fire_irregular(expr, tz, day_start(prev), after, lo, hi);
    }

    let mut guess = o_after;
    let mut day = today;
    while let Some(d) = expr.next_day(day, limit) {
        let l0 = day_start(d);
        if best.is_some_and(|b| l0 - MAX_OFFSET > b) {
            break;
        }
        let kind = if d == today {
            today_kind
        } else {
            day_kind(tz, l0, guess)
        };
        match kind {
            DayKind::Calm(o) => {
                guess = o;
                if let Some(t) = first_fire_calm(expr, l0, o, after) {
                    // Later days' instants all come after this calm day ends.
                    return min_opt(best, Some(t));
                }
            }
            DayKind::Irregular { lo, hi } => {
                best = min_opt(best, first_fire_irregular(expr, tz, l0, after, lo, hi));
            }
        }
        match d.succ_opt() {
            Some(n) => day = n,
            None => break,
        }
    }
    best
}
