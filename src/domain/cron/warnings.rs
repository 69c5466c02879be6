//! Warnings for `jobctl cron explain`: the day-field OR rule, readings that differ in
//! Nautobot/celery, uneven or oversized steps, and DST gaps and overlaps in the zone.

use super::CronExpr;
use super::explain::*;
use super::field::{Field, Item, ItemKind};
use super::next::{DAY, date_of, day_start, naive_of, offset_at};
use chrono::{DateTime, Days, LocalResult, TimeZone, Utc};
use chrono_tz::{GapInfo, Tz};

/// Warnings for `cron explain`.
pub(crate) fn warnings(expr: &CronExpr, tz: Tz, now: DateTime<Utc>) -> Vec<String> {
    let mut out = Vec::new();
    let dom_restricted = !expr.dom.is_every();
    let dow_restricted = !expr.dow.is_every();
    if or_rule_differs_from_and(expr) {
        out.push(format!(
            "day of month and day of week are both set, so cron(8) runs this on days matching \
             EITHER field ({} OR {}), not only on days matching both",
            dom_phrase(expr),
            describe(&expr.dow, &DOW_UNIT)
        ));
    }
    if expr.day_and() && dom_restricted && dow_restricted {
        let starred = if expr.dom.star {
            format!("day of month `{}`", expr.dom.text)
        } else {
            format!("day of week `{}`", expr.dow.text)
        };
        out.push(format!(
            "{starred} starts with `*`, so cron(8) runs this only on days matching BOTH day \
             fields ({} AND {}); with no `*` it would accept either",
            dom_phrase(expr),
            describe(&expr.dow, &DOW_UNIT)
        ));
    }
    let celery = celery_differences(expr);
    if !celery.is_empty() {
        out.push(format!(
            "Nautobot/celery read this expression differently: {}",
            celery.join("; ")
        ));
    }
    out.extend(step_warnings(expr));
    // A job that runs in every hour follows the real clock by design (`0 * * * *` runs 25
    // times on a fall-back day); one limited to some hours runs fixed-time or not.
    if expr.is_fixed_time() || expr.hour.count() < 24 {
        out.extend(dst_warnings(expr, tz, now));
    }
    out
}

/// cron(8) ORs the day fields here, and ANDing them would select other days: neither
/// field starts with `*`, and they do not both cover every value.
fn or_rule_differs_from_and(expr: &CronExpr) -> bool {
    let dom_full = (1..=31).all(|d| expr.dom.contains(d));
    let dow_full = (0..=6).all(|d| expr.dow.contains(d));
    !(expr.day_and() || (dom_full && dow_full))
}

fn celery_differences(expr: &CronExpr) -> Vec<String> {
    let mut why = Vec::new();
    if expr.text.starts_with('@') {
        why.push(format!(
            "they reject macros such as {} (write the five fields instead)",
            expr.text
        ));
    }
    if or_rule_differs_from_and(expr) {
        why.push(
            "they require a day to match BOTH day of month and day of week, where cron(8) \
             accepts either"
                .to_string(),
        );
    }
    if expr
        .dow
        .items
        .iter()
        .any(|i| i.hi == 7 && i.kind != ItemKind::Star)
    {
        why.push("they reject 7 as Sunday in the day-of-week field (use 0)".to_string());
    }
    why
}

/// Steps that do not do what they seem to: larger than their range (one value is left),
/// not dividing the field's cycle (the gap at the wrap differs), or, for days of the month,
/// restarting every month.
fn step_warnings(expr: &CronExpr) -> Vec<String> {
    let mut out = Vec::new();
    for (field, unit) in [
        (&expr.minute, &MINUTE_UNIT),
        (&expr.hour, &HOUR_UNIT),
        (&expr.dom, &DOM_UNIT),
        (&expr.month, &MONTH_UNIT),
        (&expr.dow, &DOW_UNIT),
    ] {
        for item in &field.items {
            if let Some(w) = step_warning(item, unit) {
                out.push(w);
            }
        }
    }
    out
}

fn step_warning(item: &Item, unit: &Unit) -> Option<String> {
    let name = unit.field;
    let step = item.step;
    match shape(item, unit) {
        Shape::Single(v) => {
            // The day of week's 0-7 is one week, 0-6.
            let hi = if unit.fold_seven && item.lo == 0 && item.hi == 7 {
                6
            } else {
                item.hi
            };
            let value = if unit.named {
                (unit.show)(v)
            } else {
                format!("{} {}", unit.singular, (unit.show)(v))
            };
            let lo = item.lo;
            let size = if step > hi - lo + 1 {
                "is larger than"
            } else {
                "is as large as"
            };
            Some(format!(
                "{name}: a step of {step} {size} {lo}-{hi}, so it matches only {value}"
            ))
        }
        Shape::Uneven {
            from,
            to,
            gap,
            wraps,
        } => {
            let cycle = unit.cycle.unwrap_or(1);
            let cause = if cycle.is_multiple_of(step) {
                format!("a step of {step} from {} leaves an uneven gap", item.lo)
            } else if unit.fold_seven {
                format!("a step of {step} does not divide the week evenly")
            } else {
                format!("a step of {step} does not divide {cycle} evenly")
            };
            let (one, many, next) = match unit.field {
                "minute" => ("minute", "minutes", " of the next hour"),
                "hour" => ("hour", "hours", " the next day"),
                "month" => ("month", "months", " the next year"),
                _ => ("day", "days", ""),
            };
            let later = format!("{gap} {} later", if gap == 1 { one } else { many });
            let next = if wraps { next } else { "" };
            Some(match unit.field {
                "minute" => format!(
                    "{name}: {cause}: it runs at :{from:02} and then at :{to:02}{next}, {later}"
                ),
                "hour" => format!(
                    "{name}: {cause}: it runs at {from:02}:xx and then at {to:02}:xx{next}, \
                     {later}"
                ),
                "month" => format!(
                    "{name}: {cause}: it runs in {} and then in {}{next}, {later}",
                    month_name(from),
                    month_name(to)
                ),
                _ => format!(
                    "{name}: {cause}: it runs on {} and then on {}{next}, {later}",
                    weekday_name(from),
                    weekday_name(to)
                ),
            })
        }
        Shape::Regular
            if unit.cycle.is_none()
                && step > 1
                && (matches!(item.kind, ItemKind::Star | ItemKind::OpenStep) || item.hi == 31) =>
        {
            let last = item.values().last().unwrap_or(item.lo);
            Some(format!(
                "{name}: a step of {step} restarts at day {} every month, so the gap at the \
                 end of a month varies with its length (the last run is on day {last} or \
                 earlier)",
                item.lo
            ))
        }
        Shape::Regular => None,
    }
}

/// The first day, within the year after `now`, on which some of the job's local times
/// fall into a DST gap, and the first on which some occur twice.
#[derive(Default)]
struct DstDays {
    /// Date, skipped times, the first local time after the jump (`03:00 CEST`).
    gap: Option<(String, Vec<String>, Option<String>)>,
    /// Date, repeated times, the zone abbreviation of their first occurrence (`CEST`).
    overlap: Option<(String, Vec<String>, Option<String>)>,
}

fn dst_days(expr: &CronExpr, tz: Tz, now: DateTime<Utc>) -> DstDays {
    let mut found = DstDays::default();
    let start = now.timestamp();
    let Some(o) = offset_at(tz, start) else {
        return found;
    };
    let Some(today) = start.checked_add(o).and_then(date_of) else {
        return found;
    };
    for n in 0..=366u64 {
        if found.gap.is_some() && found.overlap.is_some() {
            break;
        }
        let Some(d) = today.checked_add_days(Days::new(n)) else {
            break;
        };
        if !expr.day_matches(d) {
            continue;
        }
        let l0 = day_start(d);
        // Offsets well before and well after the local day: equal means no change that day.
        let before = offset_at(tz, l0 - DAY);
        let after = offset_at(tz, l0 + 2 * DAY);
        if before == after {
            continue;
        }
        let mut skipped = Vec::new();
        let mut repeated = Vec::new();
        let mut gap_end = None;
        let mut first_of_repeat = None;
        for h in expr.hour.values().filter(|h| *h < 24) {
            for m in expr.minute.values().filter(|m| *m < 60) {
                let local = l0 + i64::from(h) * 3600 + i64::from(m) * 60;
                let Some(naive) = naive_of(local) else {
                    continue;
                };
                match tz.offset_from_local_datetime(&naive) {
                    LocalResult::None => {
                        skipped.push(format!("{h:02}:{m:02}"));
                        if gap_end.is_none() {
                            gap_end = GapInfo::new(&naive, &tz)
                                .and_then(|g| g.end)
                                .map(|e| e.format("%H:%M %Z").to_string());
                        }
                    }
                    LocalResult::Ambiguous(..) => {
                        repeated.push(format!("{h:02}:{m:02}"));
                        if first_of_repeat.is_none() {
                            first_of_repeat = tz
                                .from_local_datetime(&naive)
                                .earliest()
                                .map(|e| e.format("%Z").to_string());
                        }
                    }
                    LocalResult::Single(_) => {}
                }
            }
        }
        let date = d.format("%Y-%m-%d").to_string();
        if !skipped.is_empty() && found.gap.is_none() {
            found.gap = Some((date.clone(), skipped, gap_end));
        }
        if !repeated.is_empty() && found.overlap.is_none() {
            found.overlap = Some((date, repeated, first_of_repeat));
        }
    }
    found
}

/// Local times of the job that fall into a DST gap or overlap in `tz` within the year after
/// `now` (the first affected date of each kind), and what the job does then: a fixed-time
/// job runs once; any other job skips the missing times and runs twice at repeated ones.
fn dst_warnings(expr: &CronExpr, tz: Tz, now: DateTime<Utc>) -> Vec<String> {
    let mut out = Vec::new();
    let days = dst_days(expr, tz, now);
    let fixed = expr.is_fixed_time();
    let (why, suggestion) = if fixed {
        (String::new(), String::new())
    } else {
        (not_fixed_because(expr), fixed_time_version(expr))
    };
    if let Some((date, skipped, gap_end)) = days.gap {
        let times = short_list(&skipped);
        let verb = if skipped.len() == 1 { "does" } else { "do" };
        let runs = gap_end.unwrap_or_else(|| "the first minute after the jump".to_string());
        out.push(if fixed {
            format!(
                "DST: {times} {verb} not exist on {date} in {} (clocks jump forward); this job \
                 runs once at {runs} instead",
                tz.name()
            )
        } else {
            let per_day = expr.hour.values().filter(|h| *h < 24).count()
                * expr.minute.values().filter(|m| *m < 60).count();
            let skips = match skipped.len() {
                n if n >= per_day => "does not run at all",
                1 => "skips it",
                _ => "skips them",
            };
            format!(
                "DST: {times} {verb} not exist on {date} in {} (clocks jump forward), so this \
                 job {skips} that day: {why}; write `{suggestion}` to get cron(8)'s fixed-time \
                 rule and run once at {runs} instead",
                tz.name()
            )
        });
    }
    if let Some((date, repeated, first_zone)) = days.overlap {
        let times = short_list(&repeated);
        let verb = if repeated.len() == 1 {
            "occurs"
        } else {
            "occur"
        };
        let zone = first_zone.map(|z| format!(" ({z})")).unwrap_or_default();
        out.push(if fixed {
            format!(
                "DST: {times} {verb} twice on {date} in {} (clocks fall back); this job runs \
                 once, at the first occurrence{zone}",
                tz.name()
            )
        } else {
            let twice = match repeated.len() {
                1 => "twice at that time".to_string(),
                n => format!("at each of them twice ({} runs instead of {n})", 2 * n),
            };
            format!(
                "DST: {times} {verb} twice on {date} in {} (clocks fall back), so this job runs \
                 {twice} that day: {why}; write `{suggestion}` to get cron(8)'s fixed-time rule \
                 and run once, at the first occurrence{zone}",
                tz.name()
            )
        });
    }
    out
}

/// "cron(8) does not treat it as a fixed-time job because the minute field `*/30` starts
/// with `*`".
fn not_fixed_because(expr: &CronExpr) -> String {
    let starred: Vec<String> = [("minute", &expr.minute), ("hour", &expr.hour)]
        .into_iter()
        .filter(|(_, f)| f.star)
        .map(|(name, f)| format!("the {name} field `{}`", f.text))
        .collect();
    let verb = if starred.len() == 1 {
        "starts"
    } else {
        "start"
    };
    format!(
        "cron(8) does not treat it as a fixed-time job because {} {verb} with `*`",
        join_and(&starred)
    )
}

/// The same times written so that cron(8) treats them as fixed: a starred minute or hour
/// field becomes its values (`*/30` → `0,30`) when there are a few, or its range
/// (`*/10` → `0-59/10`).
fn fixed_time_version(expr: &CronExpr) -> String {
    let spell = |f: &Field, full: &str| -> String {
        if !f.star {
            return f.text.clone();
        }
        if f.count() <= 4 {
            let values: Vec<String> = f.values().map(|v| v.to_string()).collect();
            return values.join(",");
        }
        f.text
            .split(',')
            .map(|item| match item.strip_prefix('*') {
                Some(rest) => format!("{full}{rest}"),
                None => item.to_string(),
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    format!(
        "{} {} {} {} {}",
        spell(&expr.minute, "0-59"),
        spell(&expr.hour, "0-23"),
        expr.dom.text,
        expr.month.text,
        expr.dow.text
    )
}

fn short_list(times: &[String]) -> String {
    match times.get(..3) {
        Some(head) if times.len() > 4 => {
            format!("{} and {} more", head.join(", "), times.len() - 3)
        }
        _ => join_and(times),
    }
}
