//! Unit tests of the crontab engine: parse errors and their messages, normalised text,
//! explanations, warnings, and the DST rules on known dates.

use chrono::{DateTime, TimeZone, Utc};

use super::*;

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn fires(expr: &str, tz: &str, after: &str, n: usize) -> Vec<String> {
    let e = CronExpr::parse(expr).unwrap();
    e.iter_after(utc(after), parse_tz(tz).unwrap())
        .take(n)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .collect()
}

fn count_between(expr: &str, tz: &str, from: &str, to: &str) -> usize {
    let e = CronExpr::parse(expr).unwrap();
    let to = utc(to);
    e.iter_after(utc(from), parse_tz(tz).unwrap())
        .take_while(|t| *t < to)
        .count()
}

#[test]
fn parse_errors_name_the_field_and_reason() {
    let cases = [
        (
            "61 * * * *",
            Some("minute"),
            "minute: 61 is out of range 0-59",
        ),
        ("0 24 * * *", Some("hour"), "hour: 24 is out of range 0-23"),
        (
            "0 0 0 * *",
            Some("day of month"),
            "day of month: 0 is out of range 1-31",
        ),
        (
            "0 0 * 13 *",
            Some("month"),
            "month: 13 is out of range 1-12",
        ),
        (
            "0 0 * * 8",
            Some("day of week"),
            "day of week: 8 is out of range 0-7",
        ),
        (
            "* * * * * *",
            None,
            "expected 5 fields (minute, hour, day of month, month, day of week), found 6; \
             there is no field after day of week (no seconds or year field)",
        ),
        (
            "* * *",
            None,
            "expected 5 fields (minute, hour, day of month, month, day of week), found 3; \
             missing: month, day of week",
        ),
        (
            "*/0 * * * *",
            Some("minute"),
            "minute: step must be at least 1 in `*/0`",
        ),
        (
            "5-1 * * * *",
            Some("minute"),
            "minute: range 5-1 runs backwards",
        ),
        (
            "0,, * * * *",
            Some("minute"),
            "minute: empty item in list `0,,`",
        ),
        (
            "60/5 * * * *",
            Some("minute"),
            "minute: 60 is out of range 0-59",
        ),
        (
            "0 0 30 2 *",
            None,
            "expression can never fire: there is no day 30 in February",
        ),
        (
            "0 0 31 4 *",
            None,
            "expression can never fire: there is no day 31 in April",
        ),
    ];
    for (text, field, display) in cases {
        let err = CronExpr::parse(text).unwrap_err();
        assert_eq!(err.field, field, "{text}");
        assert_eq!(err.to_string(), display, "{text}");
    }
}

#[test]
fn unsupported_syntax_is_rejected_naming_the_field() {
    let cases = [
        ("0 0 ? * *", "day of month: `?`"),
        ("0 0 L * *", "day of month: `L` is not supported ("),
        ("0 0 15W * *", "day of month: `W` is not supported"),
        ("0 0 * * 5L", "day of week: `L` is not supported"),
        ("0 0 * * 1#6", "day of week: `#`"),
        ("0 0 * JANX *", "month: `JANX` is not"),
        (
            "0 0 * * mon-",
            "day of week: `mon-` is missing the end of the range",
        ),
        ("1-2-3 * * * *", "minute: `1-2-3`"),
        ("-1 * * * *", "minute: `-1`"),
        ("a b c d e", "minute: `a`"),
        ("@reboot", "`@reboot` is not supported"),
        ("@every 5m", "`@every` is not supported"),
        ("@fortnightly", "unknown macro `@fortnightly`"),
        ("@daily 5", "`@daily` must stand alone"),
        ("", "empty expression"),
        ("   ", "empty expression"),
    ];
    for (text, prefix) in cases {
        let err = CronExpr::parse(text).unwrap_err().to_string();
        assert!(err.starts_with(prefix), "{text:?}: {err}");
    }
}

#[test]
fn month_and_weekday_names_are_not_mistaken_for_quartz_syntax() {
    // `jul` ends in L and `wed` starts with W: names, not Quartz extensions.
    let e = CronExpr::parse("0 0 * JUL,Apr Wed,sun").unwrap();
    assert_eq!(e.as_str(), "0 0 * JUL,Apr Wed,sun");
}

#[test]
fn text_is_normalised() {
    let e = CronExpr::parse("  0\t 9   13 *  5 ").unwrap();
    assert_eq!(e.as_str(), "0 9 13 * 5");
    assert_eq!(e.to_string(), "0 9 13 * 5");
    assert_eq!(CronExpr::parse("@Daily").unwrap().as_str(), "@daily");
    let from_str: CronExpr = "@MIDNIGHT".parse().unwrap();
    assert_eq!(from_str.as_str(), "@midnight");
}

#[test]
fn fixed_time_follows_cron8_star_flags() {
    for (text, fixed) in [
        ("30 2 * * *", true),
        ("45 0-6/2 * * *", true),
        ("0 1-3 * * *", true),
        ("*/15 * * * *", false),
        ("0 * * * *", false),
        ("0 */2 * * *", false),
        ("@daily", true),
        ("@hourly", false),
    ] {
        assert_eq!(
            CronExpr::parse(text).unwrap().is_fixed_time(),
            fixed,
            "{text}"
        );
    }
}

#[test]
fn day_fields_and_or_rule() {
    // OR: every Friday and every 13th.
    assert_eq!(
        fires("0 9 13 * 5", "UTC", "2026-02-01T00:00:00Z", 4),
        [
            "2026-02-06T09:00:00Z",
            "2026-02-13T09:00:00Z",
            "2026-02-20T09:00:00Z",
            "2026-02-27T09:00:00Z",
        ]
    );
    // AND when a day field starts with `*`: odd days that are Mondays.
    assert_eq!(
        fires("0 0 */2 * 1", "UTC", "2026-02-01T00:00:00Z", 2),
        ["2026-02-09T00:00:00Z", "2026-02-23T00:00:00Z"]
    );
    // 7 is Sunday.
    assert_eq!(
        fires("0 0 * * 7", "UTC", "2026-02-02T00:00:00Z", 1),
        ["2026-02-08T00:00:00Z"]
    );
}

#[test]
fn skipped_fixed_time_runs_at_first_minute_after_the_jump() {
    // New York, 2026-03-08: 02:00 EST → 03:00 EDT at 07:00Z.
    assert_eq!(
        fires("30 2 * * *", "America/New_York", "2026-03-07T12:00:00Z", 2),
        ["2026-03-08T07:00:00Z", "2026-03-09T06:30:00Z"]
    );
    // Several skipped times collapse into one run.
    assert_eq!(
        fires(
            "0,30 2 * * *",
            "America/New_York",
            "2026-03-07T12:00:00Z",
            2
        ),
        ["2026-03-08T07:00:00Z", "2026-03-09T06:00:00Z"]
    );
    // Lord Howe jumps 30 minutes, 02:00 → 02:30.
    assert_eq!(
        fires(
            "15 2 * * *",
            "Australia/Lord_Howe",
            "2026-10-03T00:00:00Z",
            1
        ),
        ["2026-10-03T15:30:00Z"]
    );
}

#[test]
fn repeated_fixed_time_runs_once_at_the_first() {
    // New York, 2026-11-01: 02:00 EDT → 01:00 EST at 06:00Z.
    assert_eq!(
        fires("30 1 * * *", "America/New_York", "2026-10-31T12:00:00Z", 2),
        ["2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z"]
    );
    // Starting inside the repeated hour: the second 01:30 is not a run.
    assert_eq!(
        fires("30 1 * * *", "America/New_York", "2026-11-01T06:00:00Z", 1),
        ["2026-11-02T06:30:00Z"]
    );
    // A wildcard job runs at both.
    assert_eq!(
        fires("30 * * * *", "America/New_York", "2026-11-01T05:00:00Z", 3),
        [
            "2026-11-01T05:30:00Z",
            "2026-11-01T06:30:00Z",
            "2026-11-01T07:30:00Z"
        ]
    );
}

#[test]
fn hourly_runs_25_and_23_times_on_change_days() {
    let ny = "America/New_York";
    let fall = ("2026-11-01T03:59:59Z", "2026-11-02T05:00:00Z");
    let spring = ("2026-03-08T04:59:59Z", "2026-03-09T04:00:00Z");
    assert_eq!(count_between("0 * * * *", ny, fall.0, fall.1), 25);
    assert_eq!(count_between("@hourly", ny, fall.0, fall.1), 25);
    assert_eq!(count_between("0 * * * *", ny, spring.0, spring.1), 23);
    let hourly = hourly_expr(0).unwrap();
    assert_eq!(hourly.as_str(), "0 * * * *");
    assert_eq!(daily_expr(2, 30).unwrap().as_str(), "30 2 * * *");
    assert_eq!(weekly_expr(1, 9, 0).unwrap().as_str(), "0 9 * * 1");
    assert!(hourly_expr(60).is_none());
}

#[test]
fn rare_dates_and_extremes_do_not_panic() {
    // 29 February on a Sunday: 2088, then 2128 (2100 is no leap year).
    assert_eq!(
        fires("0 0 29 2 */7", "UTC", "2089-01-01T00:00:00Z", 1),
        ["2128-02-29T00:00:00Z"]
    );
    let e = CronExpr::parse("0 0 1 1 *").unwrap();
    let tz = parse_tz("Pacific/Chatham").unwrap();
    assert_eq!(e.next_after(DateTime::<Utc>::MAX_UTC, tz), None);
    let _ = e.next_after(DateTime::<Utc>::MIN_UTC, tz);
    let late = Utc.with_ymd_and_hms(262_142, 12, 31, 0, 0, 0).unwrap();
    assert_eq!(e.next_after(late, tz), None);
    let _ = e.warnings(tz, DateTime::<Utc>::MAX_UTC);
    // Apia skipped 30 December 2011 altogether: the fixed time runs once, after the gap.
    let apia = parse_tz("Pacific/Apia").unwrap();
    let e = CronExpr::parse("0 12 * * *").unwrap();
    let got: Vec<_> = e
        .iter_after(utc("2011-12-29T00:00:00Z"), apia)
        .take(3)
        .collect();
    assert!(got.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn parse_tz_names_the_bad_zone() {
    assert_eq!(parse_tz("Europe/Berlin"), Ok(Tz::Europe__Berlin));
    let err = parse_tz("Mars/Olympus").unwrap_err();
    assert!(err.contains("Mars/Olympus"), "{err}");
}

#[test]
fn explain_in_plain_english() {
    for (text, want) in [
        (
            "0 9 13 * 5",
            "At 09:00 on day 13 of the month and on Friday",
        ),
        ("*/15 * * * *", "Every 15 minutes"),
        ("5 * * * *", "At minute 5 past every hour"),
        ("* * * * *", "Every minute"),
        ("30 2 * * *", "At 02:30"),
        ("0 9 * * 1-5", "At 09:00 on Monday through Friday"),
        ("0,30 * * * *", "At minutes 0 and 30 past every hour"),
        (
            "*/10 9-17 * * mon-fri",
            "Every 10 minutes during hours 9 through 17 on Monday through Friday",
        ),
        (
            "0 6 * jan,jul sun",
            "At 06:00 on Sunday in January and July",
        ),
        ("0 0 1,15 * *", "At 00:00 on days 1 and 15 of the month"),
        (
            "0 0 */2 * 1",
            "At 00:00 on every 2nd day of the month, only if that day is Monday",
        ),
        (
            "45 0-6/2 * * *",
            "At minute 45 past every 2nd hour from 0 through 6",
        ),
        ("5/15 * * * *", "Every 15 minutes from minute 5"),
        ("@weekly", "At 00:00 on Sunday"),
        ("@monthly", "At 00:00 on day 1 of the month"),
    ] {
        assert_eq!(CronExpr::parse(text).unwrap().explain(), want, "{text}");
    }
}

#[test]
fn explain_names_sunday_once_for_0_and_7_and_drops_repeated_values() {
    for (text, want) in [
        ("0 0 * * 0,7", "At 00:00 on Sunday"),
        ("0 0 * * sun,7", "At 00:00 on Sunday"),
        ("0 0 * * 7,0,1", "At 00:00 on Sunday and Monday"),
        ("0 0 * * 0,5-7", "At 00:00 on Friday through Sunday"),
        ("5,5 * * * *", "At minute 5 past every hour"),
        ("0 0 1-5,3 * *", "At 00:00 on days 1 through 5 of the month"),
    ] {
        assert_eq!(CronExpr::parse(text).unwrap().explain(), want, "{text}");
    }
}

#[test]
fn explain_describes_what_runs_when_a_step_reaches_past_the_range_or_is_uneven() {
    for (text, want) in [
        ("*/90 * * * *", "At minute 0 past every hour"),
        ("*/60 * * * *", "At minute 0 past every hour"),
        ("*/61 * * * *", "At minute 0 past every hour"),
        ("0 */48 * * *", "At 00:00"),
        ("0 0 */40 * *", "At 00:00 on day 1 of the month"),
        ("0 0 * */12 *", "At 00:00 in January"),
        ("0 0 * * */7", "At 00:00 on Sunday"),
        ("0-10/20 9 * * *", "At 09:00"),
        ("0 20/5 * * *", "At 20:00"),
        ("30/40 * * * *", "At minute 30 past every hour"),
        (
            "*/7 * * * *",
            "At minutes 0, 7, 14, 21, 28, 35, 42, 49 and 56 past every hour",
        ),
        ("40/15 * * * *", "At minutes 40 and 55 past every hour"),
        ("0 */5 * * *", "At 00:00, 05:00, 10:00, 15:00 and 20:00"),
        ("0 0 * */5 *", "At 00:00 in January, June and November"),
        (
            "0 0 * * */2",
            "At 00:00 on Sunday, Tuesday, Thursday and Saturday",
        ),
        // Even steps keep their short form.
        ("0 */6 * * *", "At minute 0 past every 6 hours"),
        ("0 0 * */3 *", "At 00:00 in every 3rd month"),
        ("0 0 */16 * *", "At 00:00 on every 16th day of the month"),
    ] {
        assert_eq!(CronExpr::parse(text).unwrap().explain(), want, "{text}");
    }
}

#[test]
fn warnings_step_larger_than_the_range_says_the_one_value_it_matches() {
    for (text, want) in [
        (
            "*/90 * * * *",
            "minute: a step of 90 is larger than 0-59, so it matches only minute 0",
        ),
        (
            "*/60 * * * *",
            "minute: a step of 60 is as large as 0-59, so it matches only minute 0",
        ),
        (
            "*/61 * * * *",
            "minute: a step of 61 is larger than 0-59, so it matches only minute 0",
        ),
        (
            "0 */48 * * *",
            "hour: a step of 48 is larger than 0-23, so it matches only hour 0",
        ),
        (
            "0 0 */40 * *",
            "day of month: a step of 40 is larger than 1-31, so it matches only day 1",
        ),
        (
            "0 0 * */12 *",
            "month: a step of 12 is as large as 1-12, so it matches only January",
        ),
        (
            "0 0 * * */7",
            "day of week: a step of 7 is as large as 0-6, so it matches only Sunday",
        ),
        (
            "0 20/5 * * *",
            "hour: a step of 5 is larger than 20-23, so it matches only hour 20",
        ),
    ] {
        assert_eq!(warnings_of(text, "UTC"), vec![want.to_string()], "{text}");
    }
    // A step that starts late in an evenly divided cycle leaves an uneven gap.
    let w = warnings_of("40/15 * * * *", "UTC");
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains(":55 and then at :40") && w[0].contains("45 minutes"));
    // 1/2 in the day of week reaches 7, Sunday again: Sunday is followed by Monday.
    let w = warnings_of("0 0 * * 1/2", "UTC");
    assert!(
        w.iter()
            .any(|w| w.contains("step of 2") && w.contains("Sunday and then on Monday")),
        "{w:?}"
    );
}

fn warnings_of(text: &str, tz: &str) -> Vec<String> {
    let now = Utc.with_ymd_and_hms(2026, 1, 15, 0, 0, 0).unwrap();
    CronExpr::parse(text)
        .unwrap()
        .warnings(parse_tz(tz).unwrap(), now)
}

#[test]
fn warnings_or_rule_and_celery() {
    let w = warnings_of("0 9 13 * 5", "UTC");
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(w[0].contains("EITHER"), "{w:?}");
    assert!(w[1].starts_with("Nautobot/celery read this expression differently"));
    assert!(w[1].contains("BOTH"));
    // Same reading: no warning.
    assert!(warnings_of("0 9 * * 1", "UTC").is_empty());
    assert!(warnings_of("0 9 1-31 * 0-6", "UTC").is_empty());
    // `*/2` makes cron(8) AND the day fields, as celery does.
    let w = warnings_of("0 0 */2 * 1", "UTC");
    assert!(w.iter().any(|w| w.contains("starts with `*`")), "{w:?}");
    assert!(!w.iter().any(|w| w.contains("celery")), "{w:?}");
    // 7 as Sunday and macros.
    let w = warnings_of("0 9 * * 7", "UTC");
    assert!(
        w.iter().any(|w| w.contains("celery") && w.contains("7")),
        "{w:?}"
    );
    let w = warnings_of("@daily", "UTC");
    assert!(
        w.iter()
            .any(|w| w.contains("celery") && w.contains("macros")),
        "{w:?}"
    );
}

#[test]
fn warnings_uneven_steps() {
    let w = warnings_of("*/7 * * * *", "UTC");
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].starts_with("minute:") && w[0].contains(":56") && w[0].contains(":00"));
    let w = warnings_of("0 */5 * * *", "UTC");
    assert!(w[0].starts_with("hour:") && w[0].contains("20:"), "{w:?}");
    assert!(warnings_of("*/15 * * * *", "UTC").is_empty());
    assert!(warnings_of("5/15 * * * *", "UTC").is_empty());
    assert!(warnings_of("0 */6 * * *", "UTC").is_empty());
    let w = warnings_of("0 0 * */5 *", "UTC");
    assert!(
        w[0].contains("November") && w[0].contains("January"),
        "{w:?}"
    );
}

#[test]
fn warnings_dst_gap_and_overlap() {
    let ny = "America/New_York";
    let w = warnings_of("30 2 * * *", ny);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains("02:30 does not exist on 2026-03-08"), "{w:?}");
    assert!(w[0].contains("03:00"), "{w:?}");
    let w = warnings_of("30 1 * * *", ny);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains("01:30 occurs twice on 2026-11-01"), "{w:?}");
    // Not in UTC, not for times clear of the change, not for wildcard jobs.
    assert!(warnings_of("30 2 * * *", "UTC").is_empty());
    assert!(warnings_of("0 9 * * *", ny).is_empty());
    assert!(warnings_of("*/30 * * * *", ny).is_empty());
    // Only days the expression runs on count: 2026-03-08 is a Sunday.
    assert!(warnings_of("30 2 * * 1-5", ny).is_empty());
}

#[test]
fn warnings_dst_for_step_minutes_under_a_fixed_hour_say_it_skips_and_repeats() {
    let berlin = "Europe/Berlin";
    let w = warnings_of("*/30 2 * * *", berlin);
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(
        w[0].starts_with("DST: 02:00 and 02:30 do not exist on 2026-03-29 in Europe/Berlin"),
        "{w:?}"
    );
    assert!(w[0].contains("does not run at all that day"), "{w:?}");
    assert!(
        w[0].contains("minute field `*/30` starts with `*`"),
        "{w:?}"
    );
    assert!(
        w[0].contains("`0,30 2 * * *`") && w[0].contains("run once at 03:00 CEST"),
        "{w:?}"
    );
    assert!(
        w[1].starts_with("DST: 02:00 and 02:30 occur twice on 2026-10-25 in Europe/Berlin"),
        "{w:?}"
    );
    assert!(w[1].contains("4 runs instead of 2"), "{w:?}");
    assert!(w[1].contains("`0,30 2 * * *`"), "{w:?}");
    // The suggestion really is cron(8)'s run-once behaviour, and the warning is right about
    // the original: nothing on the gap day, four runs on the overlap day.
    let day = |expr, from, to| count_between(expr, berlin, from, to);
    assert_eq!(
        day(
            "*/30 2 * * *",
            "2026-03-28T23:00:00Z",
            "2026-03-29T22:00:00Z"
        ),
        0
    );
    assert_eq!(
        day(
            "0,30 2 * * *",
            "2026-03-28T23:00:00Z",
            "2026-03-29T22:00:00Z"
        ),
        1
    );
    assert_eq!(
        day(
            "*/30 2 * * *",
            "2026-10-24T22:00:00Z",
            "2026-10-25T23:00:00Z"
        ),
        4
    );
    assert_eq!(
        day(
            "0,30 2 * * *",
            "2026-10-24T22:00:00Z",
            "2026-10-25T23:00:00Z"
        ),
        2
    );
    // Only part of the job's hours missing: it skips them; a starred hour field counts too.
    let w = warnings_of("*/30 2-3 * * *", berlin);
    assert!(w[0].contains("skips them that day"), "{w:?}");
    let w = warnings_of("30 */2 * * *", berlin);
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(w[0].contains("02:30 does not exist") && w[0].contains("skips it"));
    assert!(w[0].contains("hour field `*/2`") && w[0].contains("`30 0-23/2 * * *`"));
    assert!(w[1].contains("runs twice at that time"), "{w:?}");
    let w = warnings_of("*/10 1-3 * * *", berlin);
    assert!(w[0].contains("`0-59/10 1-3 * * *`"), "{w:?}");
    // A fixed minute list keeps the fixed-time wording.
    let w = warnings_of("0,30 2 * * *", berlin);
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(w[0].contains("runs once at 03:00"), "{w:?}");
    assert!(!w[0].contains("fixed-time job because"), "{w:?}");
    // No warning: hours clear of the change, every hour, no DST, days the job skips.
    assert!(warnings_of("*/30 9-17 * * *", berlin).is_empty());
    assert!(warnings_of("*/30 * * * *", berlin).is_empty());
    assert!(warnings_of("*/30 2 * * *", "UTC").is_empty());
    assert!(warnings_of("*/30 2 * * 1-5", "America/New_York").is_empty());
}
