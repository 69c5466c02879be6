//! `cron explain`: the plain-English description of an expression and its warnings
//! (day-field OR rule, Nautobot/celery reading, uneven steps, DST gaps and overlaps).

use chrono::{DateTime, Days, LocalResult, TimeZone, Utc};
use chrono_tz::{GapInfo, Tz};

use super::CronExpr;
use super::field::{Field, Item, ItemKind, item_bits};
use super::next::{DAY, date_of, day_start, naive_of, offset_at};

const MONTHS: [&str; 13] = [
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 8] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The English name of month `v` (1-12).
pub(super) fn month_name(v: u32) -> &'static str {
    MONTHS.get(v as usize).copied().unwrap_or("?")
}

fn weekday_name(v: u32) -> &'static str {
    WEEKDAYS.get(v as usize).copied().unwrap_or("?")
}

/// `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`, …
fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `a`, `a and b`, `a, b and c`.
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// How one field's values are named.
struct Unit {
    /// Day of week: 7 is Sunday again, the same day as 0.
    fold_seven: bool,
    /// `minute`, `hour`, `day`, `month`, `day of the week`.
    singular: &'static str,
    plural: &'static str,
    /// Render a value (`9`, `Friday`, `March`).
    show: fn(u32) -> String,
    /// Values are names (weekdays, months), written without the unit word.
    named: bool,
}

const MINUTE_UNIT: Unit = Unit {
    fold_seven: false,
    singular: "minute",
    plural: "minutes",
    show: |v| v.to_string(),
    named: false,
};
const HOUR_UNIT: Unit = Unit {
    fold_seven: false,
    singular: "hour",
    plural: "hours",
    show: |v| v.to_string(),
    named: false,
};
const DOM_UNIT: Unit = Unit {
    fold_seven: false,
    singular: "day",
    plural: "days",
    show: |v| v.to_string(),
    named: false,
};
const MONTH_UNIT: Unit = Unit {
    fold_seven: false,
    singular: "month",
    plural: "months",
    show: |v| month_name(v).to_string(),
    named: true,
};
const DOW_UNIT: Unit = Unit {
    fold_seven: true,
    singular: "day of the week",
    plural: "days of the week",
    show: |v| weekday_name(v).to_string(),
    named: true,
};

/// The items worth naming: a single value already selected by another item (`0,7` in the
/// day of week, where 7 is Sunday again; `1-5,3`; `5,5`) is dropped.
fn distinct_items(field: &Field, fold_seven: bool) -> Vec<Item> {
    let mut seen_singles = 0u64;
    let mut out = Vec::new();
    for (i, item) in field.items.iter().enumerate() {
        if item.kind == ItemKind::Single {
            let bit = item_bits(item, fold_seven);
            let covered_by_other = field.items.iter().enumerate().any(|(j, other)| {
                j != i && other.kind != ItemKind::Single && item_bits(other, fold_seven) & bit != 0
            });
            if covered_by_other || seen_singles & bit != 0 {
                continue;
            }
            seen_singles |= bit;
        }
        out.push(*item);
    }
    out
}

/// Describe a field's items: plain values and ranges are gathered into one
/// "minutes 0, 15 and 30" phrase; stepped items get their own phrase.
fn describe(field: &Field, unit: &Unit) -> String {
    let mut plain: Vec<String> = Vec::new();
    let mut plain_count = 0u32;
    let mut stepped: Vec<String> = Vec::new();
    for item in &distinct_items(field, unit.fold_seven) {
        let show = unit.show;
        match (item.kind, item.step) {
            (ItemKind::Star, 1) => return format!("every {}", unit.singular),
            (ItemKind::Single, _) => {
                plain.push(show(item.lo));
                plain_count += 1;
            }
            (ItemKind::Range, 1) => {
                plain.push(format!("{} through {}", show(item.lo), show(item.hi)));
                plain_count += 2;
            }
            (ItemKind::Star, s) => stepped.push(if unit.named || unit.singular == "day" {
                format!("every {} {}", ordinal(s), unit.singular)
            } else {
                format!("every {s} {}", unit.plural)
            }),
            (ItemKind::OpenStep, s) if !unit.named && unit.singular != "day" => {
                stepped.push(format!(
                    "every {s} {} from {} {}",
                    unit.plural,
                    unit.singular,
                    show(item.lo)
                ))
            }
            (_, s) => stepped.push(format!(
                "every {} {} from {} through {}",
                ordinal(s),
                unit.singular,
                show(item.lo),
                show(item.hi)
            )),
        }
    }
    let mut parts = Vec::new();
    if !plain.is_empty() {
        let list = join_and(&plain);
        parts.push(if unit.named {
            list
        } else if plain_count == 1 {
            format!("{} {list}", unit.singular)
        } else {
            format!("{} {list}", unit.plural)
        });
    }
    parts.extend(stepped);
    join_and(&parts)
}

/// The time-of-day phrase, capitalised.
fn time_phrase(expr: &CronExpr) -> String {
    let (min, hour) = (&expr.minute, &expr.hour);
    if min.all_single() && hour.all_single() && min.count() * hour.count() <= 6 {
        let times: Vec<String> = hour
            .values()
            .flat_map(|h| min.values().map(move |m| format!("{h:02}:{m:02}")))
            .collect();
        return format!("At {}", join_and(&times));
    }
    let every_hour = hour.is_every();
    let mins = describe(min, &MINUTE_UNIT);
    if mins.starts_with("every") {
        let mins = capitalise(&mins);
        if every_hour {
            return mins;
        }
        return format!("{mins} during {}", describe(hour, &HOUR_UNIT));
    }
    let hours = if every_hour {
        "every hour".to_string()
    } else {
        describe(hour, &HOUR_UNIT)
    };
    format!("At {mins} past {hours}")
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

fn dom_phrase(expr: &CronExpr) -> String {
    format!("{} of the month", describe(&expr.dom, &DOM_UNIT))
}

/// Plain English for the whole expression.
pub(crate) fn explain(expr: &CronExpr) -> String {
    let mut out = time_phrase(expr);
    let dom_any = expr.dom.is_every();
    let dow_any = expr.dow.is_every();
    match (dom_any, dow_any) {
        (true, true) => {}
        (false, true) => out += &format!(" on {}", dom_phrase(expr)),
        (true, false) => out += &format!(" on {}", describe(&expr.dow, &DOW_UNIT)),
        (false, false) if expr.day_and() => {
            out += &format!(
                " on {}, only if that day is {}",
                dom_phrase(expr),
                describe(&expr.dow, &DOW_UNIT)
            );
        }
        (false, false) => {
            out += &format!(
                " on {} and on {}",
                dom_phrase(expr),
                describe(&expr.dow, &DOW_UNIT)
            );
        }
    }
    if !expr.month.is_every() {
        out += &format!(" in {}", describe(&expr.month, &MONTH_UNIT));
    }
    out
}

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
    if expr.is_fixed_time() {
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

/// Field size for wrap-around: the step restarts each hour, day, week, year.
fn step_warnings(expr: &CronExpr) -> Vec<String> {
    let mut out = Vec::new();
    let check = |cycle: u32, item: &Item| -> Option<(u32, u32, u32)> {
        // Only steps over the field's whole range (`*/S`, `N/S`) restart predictably.
        if item.step <= 1 || !matches!(item.kind, ItemKind::Star | ItemKind::OpenStep) {
            return None;
        }
        let values: Vec<u32> = item.values().map(|v| v % cycle).collect();
        let first = *values.first()?;
        let last = values.iter().copied().filter(|v| *v != first).max()?;
        let wrap = first + cycle - last;
        (wrap != item.step).then_some((last, first, wrap))
    };
    for item in &expr.minute.items {
        if let Some((last, first, gap)) = check(60, item) {
            out.push(format!(
                "minute: a step of {} does not divide 60 evenly: it runs at :{last:02} and then \
                 at :{first:02} of the next hour, {gap} minute{} later",
                item.step,
                plural(gap)
            ));
        }
    }
    for item in &expr.hour.items {
        if let Some((last, first, gap)) = check(24, item) {
            out.push(format!(
                "hour: a step of {} does not divide 24 evenly: it runs at {last:02}:xx and then \
                 at {first:02}:xx the next day, {gap} hour{} later",
                item.step,
                plural(gap)
            ));
        }
    }
    for item in &expr.dom.items {
        if item.step > 1 && matches!(item.kind, ItemKind::Star | ItemKind::OpenStep) {
            let last = item.values().last().unwrap_or(item.lo);
            out.push(format!(
                "day of month: a step of {} restarts at day {} every month, so the gap at the \
                 end of a month varies with its length (the last run is on day {last} or \
                 earlier)",
                item.step, item.lo
            ));
        }
    }
    for item in &expr.month.items {
        // Months count 1-12: shift to 0-11 for the wrap arithmetic.
        let shifted = Item {
            lo: item.lo - 1,
            hi: item.hi - 1,
            ..*item
        };
        if let Some((last, first, gap)) = check(12, &shifted) {
            out.push(format!(
                "month: a step of {} does not divide 12 evenly: it runs in {} and then in {} \
                 the next year, {gap} month{} later",
                item.step,
                month_name(last + 1),
                month_name(first + 1),
                plural(gap)
            ));
        }
    }
    for item in &expr.dow.items {
        if let Some((last, first, gap)) = check(7, item) {
            out.push(format!(
                "day of week: a step of {} does not divide the week evenly: it runs on {} and \
                 then on {}, {gap} day{} later",
                item.step,
                weekday_name(last),
                weekday_name(first),
                plural(gap)
            ));
        }
    }
    out
}

fn plural(n: u32) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Fixed times that fall into a DST gap or overlap in `tz` within the year after `now`:
/// the first affected date of each kind.
fn dst_warnings(expr: &CronExpr, tz: Tz, now: DateTime<Utc>) -> Vec<String> {
    let mut out = Vec::new();
    let start = now.timestamp();
    let Some(o) = offset_at(tz, start) else {
        return out;
    };
    let Some(today) = start.checked_add(o).and_then(date_of) else {
        return out;
    };
    let (mut gap_done, mut overlap_done) = (false, false);
    for n in 0..=366u64 {
        if gap_done && overlap_done {
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
        let date = d.format("%Y-%m-%d");
        if !skipped.is_empty() && !gap_done {
            gap_done = true;
            let times = short_list(&skipped);
            let runs = gap_end.unwrap_or_else(|| "the first minute after the jump".to_string());
            out.push(format!(
                "DST: {times} {} not exist on {date} in {} (clocks jump forward); this job \
                 runs once at {runs} instead",
                if skipped.len() == 1 { "does" } else { "do" },
                tz.name()
            ));
        }
        if !repeated.is_empty() && !overlap_done {
            overlap_done = true;
            let times = short_list(&repeated);
            let zone = first_of_repeat
                .map(|z| format!(" ({z})"))
                .unwrap_or_default();
            out.push(format!(
                "DST: {times} {} twice on {date} in {} (clocks fall back); this job runs once, \
                 at the first occurrence{zone}",
                if repeated.len() == 1 {
                    "occurs"
                } else {
                    "occur"
                },
                tz.name()
            ));
        }
    }
    out
}

fn short_list(times: &[String]) -> String {
    match times.get(..3) {
        Some(head) if times.len() > 4 => {
            format!("{} and {} more", head.join(", "), times.len() - 3)
        }
        _ => join_and(times),
    }
}
