//! Parsing crontab text (five fields or a macro) into a [`CronExpr`], with errors that
//! name the field, and the static "can this ever fire?" check.

use super::field::{self, DOM, DOW, FieldSpec, HOUR, Item, ItemKind, MINUTE, MONTH};
use super::{CronError, CronExpr};

/// Macros and the five fields they stand for.
const MACROS: [(&str, &str); 7] = [
    ("@hourly", "0 * * * *"),
    ("@daily", "0 0 * * *"),
    ("@midnight", "0 0 * * *"),
    ("@weekly", "0 0 * * 0"),
    ("@monthly", "0 0 1 * *"),
    ("@yearly", "0 0 1 1 *"),
    ("@annually", "0 0 1 1 *"),
];

/// Days in each month (February counted as 29: it has a 29th in leap years).
const MAX_DAYS: [u32; 13] = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

fn err(spec: &FieldSpec, message: impl Into<String>) -> CronError {
    CronError {
        field: Some(spec.name),
        message: message.into(),
    }
}

fn top(message: impl Into<String>) -> CronError {
    CronError {
        field: None,
        message: message.into(),
    }
}

/// Parse crontab text: a macro, or five fields separated by runs of spaces or tabs.
pub(crate) fn parse(text: &str) -> Result<CronExpr, CronError> {
    let trimmed = text.trim_matches(|c: char| c == ' ' || c == '\t' || c == '\n' || c == '\r');
    let parts: Vec<&str> = trimmed
        .split([' ', '\t'])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() {
        return Err(top(
            "empty expression: expected 5 fields or a macro such as @daily",
        ));
    }
    if let Some(first) = parts.first().filter(|p| p.starts_with('@')) {
        let name = first.to_ascii_lowercase();
        if name == "@reboot" {
            return Err(top(
                "`@reboot` is not supported: jobctl schedules only time-based jobs",
            ));
        }
        if name == "@every" {
            return Err(top(
                "`@every` is not supported: use a step such as `*/5 * * * *`",
            ));
        }
        let Some((_, fields)) = MACROS.iter().find(|(m, _)| *m == name) else {
            return Err(top(format!(
                "unknown macro `{first}` (expected one of @hourly, @daily, @midnight, \
                 @weekly, @monthly, @yearly, @annually)"
            )));
        };
        if parts.len() > 1 {
            return Err(top(format!(
                "`{name}` must stand alone, found {} words",
                parts.len()
            )));
        }
        let mut expr = parse_fields(&fields.split(' ').collect::<Vec<_>>())?;
        expr.text = name;
        return Ok(expr);
    }
    if parts.len() != 5 {
        return Err(field_count_error(parts.len()));
    }
    parse_fields(&parts)
}

/// Wrong number of fields: say which fields are missing, or that there is no sixth one.
fn field_count_error(found: usize) -> CronError {
    const NAMES: [&str; 5] = ["minute", "hour", "day of month", "month", "day of week"];
    let detail = match NAMES.get(found..) {
        Some(missing) if !missing.is_empty() => format!("missing: {}", missing.join(", ")),
        _ => "there is no field after day of week (no seconds or year field)".to_string(),
    };
    top(format!(
        "expected 5 fields (minute, hour, day of month, month, day of week), found {found}; {detail}"
    ))
}

fn parse_fields(parts: &[&str]) -> Result<CronExpr, CronError> {
    let [m, h, dom, mon, dow] = parts else {
        return Err(field_count_error(parts.len()));
    };
    let expr = CronExpr {
        text: parts.join(" "),
        minute: parse_field(m, &MINUTE)?,
        hour: parse_field(h, &HOUR)?,
        dom: parse_field(dom, &DOM)?,
        month: parse_field(mon, &MONTH)?,
        dow: parse_field(dow, &DOW)?,
    };
    check_can_fire(&expr)?;
    Ok(expr)
}

/// Reject expressions whose month/day combination never occurs. Only possible when the
/// day fields are ANDed (either starts with `*`): every valid (month, day) pair falls on
/// every weekday within the 400-year Gregorian cycle, and with OR any weekday matches.
fn check_can_fire(expr: &CronExpr) -> Result<(), CronError> {
    if !expr.day_and() {
        return Ok(());
    }
    let months: Vec<u32> = expr.month.values().collect();
    let possible = months
        .iter()
        .any(|&m| expr.dom.next_from(1).is_some_and(|d| d <= max_days(m)));
    if possible {
        return Ok(());
    }
    let days: Vec<String> = expr.dom.values().map(|d| d.to_string()).collect();
    let names: Vec<&str> = months
        .iter()
        .map(|&m| super::explain::month_name(m))
        .collect();
    Err(top(format!(
        "expression can never fire: there is no day {} in {}",
        join_or(&days),
        join_or(&names)
    )))
}

fn max_days(month: u32) -> u32 {
    MAX_DAYS.get(month as usize).copied().unwrap_or(0)
}

fn join_or<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let head: Vec<&str> = init.iter().map(|s| s.as_ref()).collect();
            format!("{} or {}", head.join(", "), last.as_ref())
        }
    }
}

fn parse_field(text: &str, spec: &FieldSpec) -> Result<field::Field, CronError> {
    let mut items = Vec::new();
    let mut bits = 0u64;
    for raw in text.split(',') {
        if raw.is_empty() {
            return Err(err(spec, format!("empty item in list `{text}`")));
        }
        let item = parse_item(raw, spec)?;
        bits |= field::item_bits(&item, spec.max == 7);
        items.push(item);
    }
    Ok(field::Field {
        bits,
        star: text.starts_with('*'),
        items,
        text: text.to_string(),
    })
}

fn unsupported(raw: &str, spec: &FieldSpec) -> Option<CronError> {
    let upper = raw.to_ascii_uppercase();
    let msg = if upper.contains('?') {
        "`?` is not supported (Quartz syntax; use `*`)"
    } else if upper.contains('#') {
        "`#` (nth weekday of the month) is not supported"
    } else if upper == "L"
        || upper == "LW"
        || (upper.ends_with('L') && is_numberish(&upper[..upper.len() - 1]))
    {
        "`L` is not supported (last day syntax is a Quartz extension)"
    } else if upper == "W" || (upper.ends_with('W') && is_numberish(&upper[..upper.len() - 1])) {
        "`W` is not supported (nearest weekday syntax is a Quartz extension)"
    } else {
        return None;
    };
    Some(err(spec, msg))
}

fn is_numberish(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_digit() || b == b'-' || b == b'/')
}

fn parse_item(raw: &str, spec: &FieldSpec) -> Result<Item, CronError> {
    if let Some(e) = unsupported(raw, spec) {
        return Err(e);
    }
    let (base, step) = match raw.split_once('/') {
        None => (raw, None),
        Some((base, step_text)) => {
            if step_text.contains('/') {
                return Err(err(spec, format!("`{raw}` has more than one `/`")));
            }
            if step_text.is_empty() {
                return Err(err(spec, format!("`{raw}` is missing the step after `/`")));
            }
            if !step_text.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err(
                    spec,
                    format!("step `{step_text}` in `{raw}` is not a number"),
                ));
            }
            let step = step_text.parse::<u32>().unwrap_or(u32::MAX);
            if step == 0 {
                return Err(err(spec, format!("step must be at least 1 in `{raw}`")));
            }
            (base, Some(step))
        }
    };
    if base.is_empty() {
        return Err(err(spec, format!("`{raw}` is missing a value before `/`")));
    }
    let (kind, lo, hi) = if base == "*" {
        (ItemKind::Star, spec.min, spec.max)
    } else if let Some((a, b)) = base.split_once('-') {
        if a.is_empty() {
            return Err(err(spec, format!("`{raw}` is not a valid value")));
        }
        if b.is_empty() {
            return Err(err(
                spec,
                format!("`{raw}` is missing the end of the range"),
            ));
        }
        if b.contains('-') {
            return Err(err(spec, format!("`{raw}` is not a valid range")));
        }
        let lo = parse_value(a, spec)?;
        let hi = parse_value(b, spec)?;
        if lo > hi {
            return Err(err(spec, format!("range {base} runs backwards")));
        }
        (ItemKind::Range, lo, hi)
    } else {
        let v = parse_value(base, spec)?;
        if step.is_some() {
            (ItemKind::OpenStep, v, spec.max)
        } else {
            (ItemKind::Single, v, v)
        }
    };
    Ok(Item {
        kind,
        lo,
        hi,
        step: step.unwrap_or(1),
    })
}

fn parse_value(text: &str, spec: &FieldSpec) -> Result<u32, CronError> {
    if text.bytes().all(|b| b.is_ascii_digit()) {
        let v = text
            .parse::<u32>()
            .ok()
            .filter(|v| (spec.min..=spec.max).contains(v));
        return v.ok_or_else(|| {
            err(
                spec,
                format!("{text} is out of range {}-{}", spec.min, spec.max),
            )
        });
    }
    if !spec.names.is_empty() && text.len() == 3 && text.bytes().all(|b| b.is_ascii_alphabetic()) {
        let lower = text.to_ascii_lowercase();
        if let Some(i) = spec.names.iter().position(|n| *n == lower) {
            return Ok(spec.name_base + i as u32);
        }
    }
    let what = if spec.names.is_empty() {
        format!("a number {}-{}", spec.min, spec.max)
    } else {
        format!(
            "a number {}-{} or a name {}-{}",
            spec.min,
            spec.max,
            spec.names.first().copied().unwrap_or(""),
            spec.names.last().copied().unwrap_or("")
        )
    };
    Err(err(spec, format!("`{text}` is not {what}")))
}
