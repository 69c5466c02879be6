//! Property tests for the crontab engine: random valid expressions × zones × instants agree
//! with an independent minute-by-minute model of cron(8); output is strictly increasing;
//! impossible expressions are exactly those that never fire; arbitrary text never panics.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr
)]

use chrono::{DateTime, Datelike, Duration, NaiveDate, Offset, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use jobctl::domain::cron::CronExpr;
use proptest::prelude::*;

const ZONES: [&str; 10] = [
    "America/Goose_Bay",
    "Africa/Cairo",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/St_Johns",
    "America/New_York",
    "Europe/Berlin",
    "America/Santiago",
    "UTC",
    "Pacific/Auckland",
];

/// One generated list item, kept structured so the model needs no crontab parser.
#[derive(Debug, Clone)]
enum GenItem {
    Star(u32),
    Single(u32),
    Range(u32, u32, u32),
    Open(u32, u32),
}

#[derive(Debug, Clone)]
struct GenField {
    items: Vec<GenItem>,
    min: u32,
    max: u32,
}

impl GenField {
    fn text(&self) -> String {
        let parts: Vec<String> = self
            .items
            .iter()
            .map(|i| match i {
                GenItem::Star(1) => "*".to_string(),
                GenItem::Star(s) => format!("*/{s}"),
                GenItem::Single(v) => v.to_string(),
                GenItem::Range(a, b, 1) => format!("{a}-{b}"),
                GenItem::Range(a, b, s) => format!("{a}-{b}/{s}"),
                GenItem::Open(a, s) => format!("{a}/{s}"),
            })
            .collect();
        parts.join(",")
    }

    fn starts_with_star(&self) -> bool {
        matches!(self.items.first(), Some(GenItem::Star(_)))
    }

    fn set(&self, fold_seven: bool) -> Vec<bool> {
        let mut set = vec![false; 64];
        let mut mark = |v: u32| {
            let v = if fold_seven && v == 7 { 0 } else { v };
            set[v as usize] = true;
        };
        for item in &self.items {
            let (lo, hi, step) = match *item {
                GenItem::Star(s) => (self.min, self.max, s),
                GenItem::Single(v) => (v, v, 1),
                GenItem::Range(a, b, s) => (a, b, s),
                GenItem::Open(a, s) => (a, self.max, s),
            };
            let mut v = lo;
            while v <= hi {
                mark(v);
                v += step;
            }
        }
        set
    }
}

fn item(min: u32, max: u32) -> impl Strategy<Value = GenItem> {
    let span = max - min + 1;
    prop_oneof![
        3 => (1..=span / 2 + 1).prop_map(GenItem::Star),
        3 => (min..=max).prop_map(GenItem::Single),
        2 => (min..=max, min..=max, 1..=4u32)
            .prop_map(|(a, b, s)| GenItem::Range(a.min(b), a.max(b), s)),
        1 => (min..=max, 1..=span).prop_map(|(a, s)| GenItem::Open(a, s)),
    ]
}

/// A field: `*` with weight `star_weight`, else a list of 1-3 items.
fn field(min: u32, max: u32, star_weight: u32) -> impl Strategy<Value = GenField> {
    prop_oneof![
        star_weight => Just(vec![GenItem::Star(1)]),
        4 => prop::collection::vec(item(min, max), 1..=3),
    ]
    .prop_map(move |items| GenField { items, min, max })
}

/// Hours biased towards the small hours, where clocks change.
fn hour_field() -> impl Strategy<Value = GenField> {
    prop_oneof![
        3 => field(0, 23, 1),
        2 => prop::collection::vec(
            prop_oneof![
                (0..=4u32).prop_map(GenItem::Single),
                (0..=3u32, 1..=4u32).prop_map(|(a, n)| GenItem::Range(a, a + n, 1)),
                (0..=3u32, 1..=3u32).prop_map(|(a, s)| GenItem::Range(a, 23, s)),
            ],
            1..=2,
        )
        .prop_map(|items| GenField { items, min: 0, max: 23 }),
    ]
}

#[derive(Debug, Clone)]
struct GenExpr {
    minute: GenField,
    hour: GenField,
    dom: GenField,
    month: GenField,
    dow: GenField,
}

impl GenExpr {
    fn text(&self) -> String {
        format!(
            "{} {} {} {} {}",
            self.minute.text(),
            self.hour.text(),
            self.dom.text(),
            self.month.text(),
            self.dow.text()
        )
    }
}

fn expr() -> impl Strategy<Value = GenExpr> {
    (
        field(0, 59, 1),
        hour_field(),
        field(1, 31, 4),
        field(1, 12, 6),
        field(0, 7, 4),
    )
        .prop_map(|(minute, hour, dom, month, dow)| GenExpr {
            minute,
            hour,
            dom,
            month,
            dow,
        })
}

/// The model: sets straight from the generated structure, cron(8)'s rules written out.
struct Model {
    minute: Vec<bool>,
    hour: Vec<bool>,
    dom: Vec<bool>,
    month: Vec<bool>,
    dow: Vec<bool>,
    day_and: bool,
    fixed: bool,
}

impl Model {
    fn new(g: &GenExpr) -> Model {
        Model {
            minute: g.minute.set(false),
            hour: g.hour.set(false),
            dom: g.dom.set(false),
            month: g.month.set(false),
            dow: g.dow.set(true),
            day_and: g.dom.starts_with_star() || g.dow.starts_with_star(),
            fixed: !g.minute.starts_with_star() && !g.hour.starts_with_star(),
        }
    }

    fn day_ok(&self, d: NaiveDate) -> bool {
        let dom = self.dom[d.day() as usize];
        let dow = self.dow[d.weekday().num_days_from_sunday() as usize];
        self.month[d.month() as usize] && if self.day_and { dom && dow } else { dom || dow }
    }

    fn matches(&self, local: chrono::NaiveDateTime) -> bool {
        self.minute[local.minute() as usize]
            && self.hour[local.hour() as usize]
            && self.day_ok(local.date())
    }

    /// Fires in `(after, end]`: walk real minutes from a day before `after`. A wildcard
    /// job fires whenever the wall clock shows a matching minute. A fixed-time job fires
    /// at real minute `t` when a matching wall-clock minute lies in `(high, local(t)]`,
    /// `high` being the latest wall-clock minute shown before `t`: skipped minutes run
    /// at the first minute after the jump, repeated ones do not run again.
    fn fires(&self, tz: Tz, after: DateTime<Utc>, end: DateTime<Utc>) -> Vec<DateTime<Utc>> {
        let mut out = Vec::new();
        let start = after - Duration::days(1);
        let start = start
            .with_second(0)
            .and_then(|s| s.with_nanosecond(0))
            .unwrap();
        let mut high = start.with_timezone(&tz).naive_local();
        let mut t = start + Duration::minutes(1);
        while t <= end {
            let local = t.with_timezone(&tz).naive_local();
            let fire = if self.fixed {
                let mut fire = false;
                let mut m = high + Duration::minutes(1);
                while m <= local {
                    if self.matches(m) {
                        fire = true;
                        break;
                    }
                    m += Duration::minutes(1);
                }
                fire
            } else {
                self.matches(local)
            };
            if local > high {
                high = local;
            }
            if fire && t > after {
                out.push(t);
            }
            t += Duration::minutes(1);
        }
        out
    }

    /// Does any day of 2000-2027 match? (28 years hold every weekday of every date,
    /// 29 February included.)
    fn ever_fires(&self) -> bool {
        let mut d = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
        let end = NaiveDate::from_ymd_opt(2027, 12, 31).unwrap();
        while d <= end {
            if self.day_ok(d) {
                return true;
            }
            d = d.succ_opt().unwrap();
        }
        false
    }
}

/// UTC offset changes of `tz` in 2000-2035, to aim instants at (Goose Bay changed its
/// clocks at 00:01 until 2010, so its fall-back hour crossed midnight).
fn transitions(tz: Tz) -> Vec<DateTime<Utc>> {
    transitions_between(tz, 2000, 2036)
}

/// UTC offset changes of `tz` from the start of year `from` to the start of year `to`
/// (found every 6 hours, then to the minute).
fn transitions_between(tz: Tz, from: i32, to: i32) -> Vec<DateTime<Utc>> {
    let offset = |t: DateTime<Utc>| tz.offset_from_utc_datetime(&t.naive_utc()).fix();
    let mut out = Vec::new();
    let mut t = Utc.with_ymd_and_hms(from, 1, 1, 0, 0, 0).unwrap();
    let end = Utc.with_ymd_and_hms(to, 1, 1, 0, 0, 0).unwrap();
    while t < end {
        let next = t + Duration::hours(6);
        if offset(t) != offset(next) {
            let (mut lo, mut hi) = (t, next);
            while hi - lo > Duration::minutes(1) {
                let mid = lo + Duration::minutes((hi - lo).num_minutes() / 2);
                if offset(mid) == offset(lo) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            out.push(hi);
        }
        t = next;
    }
    out
}

/// An instant: near a clock change of the zone (hours either side), or anywhere in
/// 2000-2035; sometimes with seconds.
fn instant(tz: Tz) -> impl Strategy<Value = DateTime<Utc>> {
    let near = transitions(tz);
    let start = Utc.with_ymd_and_hms(2000, 1, 1, 0, 0, 0).unwrap();
    let anywhere = (0i64..36 * 365 * 1440, 0i64..60)
        .prop_map(move |(m, s)| start + Duration::minutes(m) + Duration::seconds(s % 3 * 20));
    if near.is_empty() {
        anywhere.boxed()
    } else {
        prop_oneof![
            1 => anywhere,
            2 => (prop::sample::select(near), -48 * 60i64..24 * 60, 0i64..3)
                .prop_map(|(t, m, s)| t + Duration::minutes(m) + Duration::seconds(s * 20)),
        ]
        .boxed()
    }
}

/// Any zone of the database, aimed at one of its clock changes in a random year since 1970
/// (or a random instant of that year when it had none).
fn any_zone_near_a_change() -> impl Strategy<Value = (Tz, DateTime<Utc>)> {
    (
        prop::sample::select(chrono_tz::TZ_VARIANTS.to_vec()),
        1970i32..2037,
        any::<prop::sample::Index>(),
        -36 * 60i64..36 * 60,
    )
        .prop_map(|(tz, year, index, minutes)| {
            let near = transitions_between(tz, year, year + 1);
            let base = if near.is_empty() {
                Utc.with_ymd_and_hms(year, 7, 1, 0, 0, 0).unwrap()
            } else {
                near[index.index(near.len())]
            };
            (tz, base + Duration::minutes(minutes))
        })
}

fn zone_and_instant() -> impl Strategy<Value = (Tz, DateTime<Utc>)> {
    prop::sample::select(ZONES.to_vec())
        .prop_map(|name| name.parse::<Tz>().unwrap())
        .prop_flat_map(|tz| (Just(tz), instant(tz)))
}

/// 256 cases per property unless `PROPTEST_CASES` says otherwise.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256);
    ProptestConfig::with_cases(cases)
}

/// `None` when equal, else a short account of the first difference.
fn difference(got: &[DateTime<Utc>], want: &[DateTime<Utc>]) -> Option<String> {
    if got == want {
        return None;
    }
    let i = got
        .iter()
        .zip(want)
        .position(|(a, b)| a != b)
        .unwrap_or(got.len().min(want.len()));
    Some(format!(
        "library gave {} fires, model {}; first difference at #{i}: library {:?}, model {:?}",
        got.len(),
        want.len(),
        got.get(i),
        want.get(i)
    ))
}

proptest! {
    #![proptest_config(config())]

    /// The library agrees with the model over a two-day window.
    #[test]
    fn agrees_with_minute_by_minute_model(g in expr(), (tz, after) in zone_and_instant()) {
        let text = g.text();
        let model = Model::new(&g);
        let parsed = CronExpr::parse(&text);
        prop_assert_eq!(parsed.is_ok(), model.ever_fires(), "{} -> {:?}", text, parsed);
        let Ok(e) = parsed else { return Ok(()) };
        prop_assert_eq!(e.is_fixed_time(), model.fixed);
        let end = after + Duration::days(2);
        let got: Vec<_> = e.iter_after(after, tz).take_while(|t| *t <= end).collect();
        let want = model.fires(tz, after, end);
        let diff = difference(&got, &want);
        prop_assert!(diff.is_none(), "`{}` in {} after {}: {:?}", text, tz, after, diff);
    }

    /// The same over every zone in the database, near its clock changes since 1970
    /// (skipping offsets with seconds, which the minute-stepping model cannot follow).
    #[test]
    fn agrees_with_model_in_every_zone(g in expr(), (tz, after) in any_zone_near_a_change()) {
        let end = after + Duration::days(2);
        let whole_minutes = |t: DateTime<Utc>| {
            tz.offset_from_utc_datetime(&t.naive_utc()).fix().local_minus_utc() % 60 == 0
        };
        prop_assume!(whole_minutes(after - Duration::days(1)) && whole_minutes(end));
        let Ok(e) = CronExpr::parse(&g.text()) else { return Ok(()) };
        let got: Vec<_> = e.iter_after(after, tz).take_while(|t| *t <= end).collect();
        let want = Model::new(&g).fires(tz, after, end);
        let diff = difference(&got, &want);
        prop_assert!(diff.is_none(), "`{}` in {} after {}: {:?}", g.text(), tz, after, diff);
    }

    /// Output is strictly increasing and strictly after `after`.
    #[test]
    fn strictly_increasing(g in expr(), (tz, after) in zone_and_instant()) {
        let Ok(e) = CronExpr::parse(&g.text()) else { return Ok(()) };
        let mut prev = after;
        for t in e.iter_after(after, tz).take(40) {
            prop_assert!(t > prev, "`{}` in {}: {} then {}", g.text(), tz, prev, t);
            prev = t;
        }
        // A valid expression always has a next fire time.
        prop_assert!(e.next_after(after, tz).is_some());
    }

    /// Arbitrary text never panics the parser (or anything downstream of it).
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,40}") {
        if let Ok(e) = CronExpr::parse(&s) {
            let _ = e.explain();
            let _ = e.next_after(Utc::now(), Tz::UTC);
        }
    }

    /// Crontab-like text (the characters that matter) never panics either.
    #[test]
    fn crontab_like_text_never_panics(s in "[0-9a-zA-Z*/,@?#\\- \t]{0,30}") {
        if let Ok(e) = CronExpr::parse(&s) {
            let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
            let _ = e.explain();
            let _ = e.warnings(Tz::America__New_York, now);
            prop_assert!(e.next_after(now, Tz::Europe__Berlin).is_some());
            let reparsed = CronExpr::parse(e.as_str());
            prop_assert_eq!(reparsed.as_ref().ok(), Some(&e));
        }
    }
}
