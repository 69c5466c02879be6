//! `cron explain`: the plain-English description of an expression and its warnings
//! (day-field OR rule, Nautobot/celery reading, steps beyond their range or uneven, DST gaps
//! and overlaps). A step that leaves one value or an uneven set is explained by its values.

use super::CronExpr;
use super::field::{Field, Item, ItemKind, item_bits};

pub(super) const MONTHS: [&str; 13] = [
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
pub(super) const WEEKDAYS: [&str; 8] = [
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

pub(super) fn weekday_name(v: u32) -> &'static str {
    WEEKDAYS.get(v as usize).copied().unwrap_or("?")
}

/// `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`, …
pub(super) fn ordinal(n: u32) -> String {
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
pub(super) fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// How one field's values are named.
pub(super) struct Unit {
    /// The field's name in warnings (`minute`, `day of month`, …).
    pub(super) field: &'static str,
    /// Smallest value of the field.
    pub(super) min: u32,
    /// Length of the cycle a step restarts on (60 minutes, 24 hours, 12 months, 7 days of
    /// the week); `None` for days of the month, whose cycle varies with the month.
    pub(super) cycle: Option<u32>,
    /// Day of week: 7 is Sunday again, the same day as 0.
    pub(super) fold_seven: bool,
    /// `minute`, `hour`, `day`, `month`, `day of the week`.
    pub(super) singular: &'static str,
    pub(super) plural: &'static str,
    /// Render a value (`9`, `Friday`, `March`).
    pub(super) show: fn(u32) -> String,
    /// Values are names (weekdays, months), written without the unit word.
    pub(super) named: bool,
}

pub(super) const MINUTE_UNIT: Unit = Unit {
    field: "minute",
    min: 0,
    cycle: Some(60),
    fold_seven: false,
    singular: "minute",
    plural: "minutes",
    show: |v| v.to_string(),
    named: false,
};
pub(super) const HOUR_UNIT: Unit = Unit {
    field: "hour",
    min: 0,
    cycle: Some(24),
    fold_seven: false,
    singular: "hour",
    plural: "hours",
    show: |v| v.to_string(),
    named: false,
};
pub(super) const DOM_UNIT: Unit = Unit {
    field: "day of month",
    min: 1,
    cycle: None,
    fold_seven: false,
    singular: "day",
    plural: "days",
    show: |v| v.to_string(),
    named: false,
};
pub(super) const MONTH_UNIT: Unit = Unit {
    field: "month",
    min: 1,
    cycle: Some(12),
    fold_seven: false,
    singular: "month",
    plural: "months",
    show: |v| month_name(v).to_string(),
    named: true,
};
pub(super) const DOW_UNIT: Unit = Unit {
    field: "day of week",
    min: 0,
    cycle: Some(7),
    fold_seven: true,
    singular: "day of the week",
    plural: "days of the week",
    show: |v| weekday_name(v).to_string(),
    named: true,
};

/// What a stepped item really selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// No step, or a step that repeats evenly (`*/15`, `5/15`, `9-17/2`).
    Regular,
    /// The step is larger than the item's range and leaves one value (`*/90` = minute 0).
    Single(u32),
    /// The values are not `step` apart everywhere: `from` is followed by `to`, `gap` later
    /// (`wraps`: `to` is in the next hour, day, year or week).
    Uneven {
        from: u32,
        to: u32,
        gap: u32,
        wraps: bool,
    },
}

/// The values an item selects, in increasing order, 7 folded into 0 for the day of week.
pub(super) fn folded_values(item: &Item, unit: &Unit) -> Vec<u32> {
    let mut values: Vec<u32> = item
        .values()
        .map(|v| if unit.fold_seven && v == 7 { 0 } else { v })
        .collect();
    values.sort_unstable();
    values.dedup();
    values
}

/// The shape of `item`'s values. Only items that run to the end of the field's cycle can
/// be uneven: a partial range (`0-30/7`) restarts each hour by design.
pub(super) fn shape(item: &Item, unit: &Unit) -> Shape {
    if item.step <= 1 {
        return Shape::Regular;
    }
    let values = folded_values(item, unit);
    let (Some(&first), Some(&last)) = (values.first(), values.last()) else {
        return Shape::Regular;
    };
    if values.len() == 1 {
        return Shape::Single(first);
    }
    let Some(cycle) = unit.cycle else {
        return Shape::Regular;
    };
    if item.hi + 1 < unit.min + cycle {
        return Shape::Regular;
    }
    for pair in values.windows(2) {
        if let [a, b] = *pair
            && b - a != item.step
        {
            return Shape::Uneven {
                from: a,
                to: b,
                gap: b - a,
                wraps: false,
            };
        }
    }
    let gap = first + cycle - last;
    if gap == item.step {
        Shape::Regular
    } else {
        Shape::Uneven {
            from: last,
            to: first,
            gap,
            wraps: true,
        }
    }
}

/// The items as explained: a stepped item that leaves a single value or an uneven set is
/// replaced by its values (`*/90` is minute 0, `*/7` is minutes 0, 7, …, 56); a single
/// value already selected by another item (`0,7` in the day of week, where 7 is Sunday
/// again; `1-5,3`; `5,5`) is dropped.
pub(super) fn shown_items(field: &Field, unit: &Unit) -> Vec<Item> {
    let single = |v: u32| Item {
        kind: ItemKind::Single,
        lo: v,
        hi: v,
        step: 1,
    };
    let mut expanded = false;
    let mut items = Vec::new();
    for item in &field.items {
        match shape(item, unit) {
            Shape::Regular => items.push(*item),
            Shape::Single(_) | Shape::Uneven { .. } => {
                expanded = true;
                items.extend(folded_values(item, unit).into_iter().map(single));
            }
        }
    }
    if expanded && items.iter().all(|i| i.kind == ItemKind::Single) {
        // Only values are left: name each once, in order (the bitset has 7 folded into 0).
        return field.values().map(single).collect();
    }
    let mut seen_singles = 0u64;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if item.kind == ItemKind::Single {
            let bit = item_bits(item, unit.fold_seven);
            let covered_by_other = items.iter().enumerate().any(|(j, other)| {
                j != i
                    && other.kind != ItemKind::Single
                    && item_bits(other, unit.fold_seven) & bit != 0
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

/// Every item as explained is a single value (`5`, `1,15`, `*/90`).
pub(super) fn all_single_shown(field: &Field, unit: &Unit) -> bool {
    shown_items(field, unit)
        .iter()
        .all(|i| i.kind == ItemKind::Single)
}

/// Describe a field's items: plain values and ranges are gathered into one
/// "minutes 0, 15 and 30" phrase; stepped items get their own phrase.
pub(super) fn describe(field: &Field, unit: &Unit) -> String {
    let mut plain: Vec<String> = Vec::new();
    let mut plain_count = 0u32;
    let mut stepped: Vec<String> = Vec::new();
    for item in &shown_items(field, unit) {
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
pub(super) fn time_phrase(expr: &CronExpr) -> String {
    let (min, hour) = (&expr.minute, &expr.hour);
    if all_single_shown(min, &MINUTE_UNIT)
        && all_single_shown(hour, &HOUR_UNIT)
        && min.count() * hour.count() <= 6
    {
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

pub(super) fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

pub(super) fn dom_phrase(expr: &CronExpr) -> String {
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
