//! Instants and wall-clock times: parsing start times and `JOBCTL_NOW`, formatting for JSON
//! (RFC 3339, UTC, `Z`, whole seconds) and for tables (the schedule's zone with its offset).

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use serde::{Serialize, Serializer};

/// A UTC instant that serializes as `2030-01-01T01:00:00Z`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub DateTime<Utc>);

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&fmt_utc(self.0))
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(t: DateTime<Utc>) -> Timestamp {
        Timestamp(t)
    }
}

/// RFC 3339 in UTC with a `Z` suffix and whole seconds.
pub fn fmt_utc(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// A time as shown in tables: local wall-clock time in `tz` with its offset,
/// e.g. `2030-01-01 02:00:00 +01:00`.
pub fn fmt_local(t: DateTime<Utc>, tz: Tz) -> String {
    t.with_timezone(&tz)
        .format("%Y-%m-%d %H:%M:%S %:z")
        .to_string()
}

/// Drops sub-second precision.
pub fn whole_seconds(t: DateTime<Utc>) -> DateTime<Utc> {
    t.with_nanosecond(0).unwrap_or(t)
}

/// Parses an RFC 3339 instant (`2030-01-01T01:00:00Z`, fractional seconds allowed). A leap
/// second (`:60`) is refused.
pub fn parse_rfc3339(text: &str) -> Result<DateTime<Utc>, String> {
    let t = DateTime::parse_from_rfc3339(text.trim())
        .map_err(|e| format!("`{text}` is not an RFC 3339 time ({e})"))?;
    refuse_leap_second(text, t.nanosecond())?;
    Ok(whole_seconds(t.with_timezone(&Utc)))
}

/// chrono reads second 60 as a leap second (nanoseconds >= 10^9) and would fold it into
/// second 59; a start time must name a real second, so it is refused instead.
fn refuse_leap_second(text: &str, nanosecond: u32) -> Result<(), String> {
    if nanosecond >= 1_000_000_000 {
        return Err(format!(
            "`{}` has second 60 (a leap second): seconds run 00-59",
            text.trim()
        ));
    }
    Ok(())
}

/// Parses a start time: RFC 3339 (an offset changes the instant, never the zone), or a local
/// `YYYY-MM-DD HH:MM[:SS]` read in `tz`. A local time inside a DST gap is refused; one that
/// occurs twice means the earlier instant. A leap second (`:60`) is refused in either form.
pub fn parse_time_in_zone(text: &str, tz: Tz) -> Result<DateTime<Utc>, String> {
    let text = text.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        refuse_leap_second(text, t.nanosecond())?;
        return Ok(whole_seconds(t.with_timezone(&Utc)));
    }
    let formats = [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ];
    let naive = formats
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
        .ok_or_else(|| {
            format!(
                "`{text}` is not a time: use RFC 3339 (2030-01-01T01:00:00Z) or a local `YYYY-MM-DD HH:MM[:SS]`"
            )
        })?;
    refuse_leap_second(text, naive.nanosecond())?;
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => Ok(whole_seconds(t.with_timezone(&Utc))),
        LocalResult::Ambiguous(earlier, _) => Ok(whole_seconds(earlier.with_timezone(&Utc))),
        LocalResult::None => Err(match first_after_gap(naive, tz) {
            Some(after) => format!(
                "{naive} does not exist in {tz}: the clocks skip it (daylight saving time); \
                 the first local time after the jump is {after}"
            ),
            None => format!("{naive} does not exist in {tz}: the clocks skip it"),
        }),
    }
}

/// The first existing local time after `naive` (inside a gap), minute by minute, within a day.
fn first_after_gap(naive: NaiveDateTime, tz: Tz) -> Option<NaiveDateTime> {
    let start = naive.with_second(0)?;
    (1..=24 * 60)
        .map(|m| start + chrono::Duration::minutes(m))
        .find(|t| !matches!(tz.from_local_datetime(t), LocalResult::None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        parse_rfc3339(s).unwrap()
    }

    #[test]
    fn rfc3339_with_fraction_and_offset() {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        assert_eq!(
            parse_time_in_zone("2030-01-01T02:00:00.000Z", tz).unwrap(),
            utc("2030-01-01T02:00:00Z")
        );
        assert_eq!(
            parse_time_in_zone("2030-01-01T02:00:00+01:00", tz).unwrap(),
            utc("2030-01-01T01:00:00Z")
        );
    }

    #[test]
    fn local_time_in_zone() {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        assert_eq!(
            parse_time_in_zone("2030-07-01 09:30", tz).unwrap(),
            utc("2030-07-01T07:30:00Z")
        );
    }

    #[test]
    fn gap_is_refused_and_overlap_takes_the_earlier() {
        let tz: Tz = "America/New_York".parse().unwrap();
        let err = parse_time_in_zone("2030-03-10 02:30", tz).unwrap_err();
        assert!(err.contains("does not exist"), "{err}");
        assert!(err.ends_with("is 2030-03-10 03:00:00"), "{err}");
        assert_eq!(
            parse_time_in_zone("2030-11-03 01:30", tz).unwrap(),
            utc("2030-11-03T05:30:00Z")
        );
    }

    #[test]
    fn garbage_is_refused() {
        let tz: Tz = "UTC".parse().unwrap();
        assert!(parse_time_in_zone("tomorrow", tz).is_err());
        assert!(parse_time_in_zone("2030-02-30 10:00", tz).is_err());
    }

    #[test]
    fn leap_second_start_time_is_refused_not_folded_into_59() {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        for text in [
            "2030-01-01 01:00:60",
            "2030-01-01T01:00:60",
            "2030-01-01T00:59:60Z",
            "2030-01-01T00:59:60.5Z",
            "2030-01-01T01:59:60+01:00",
        ] {
            let err = parse_time_in_zone(text, tz).unwrap_err();
            assert!(err.contains("leap second"), "{text}: {err}");
        }
        let err = parse_rfc3339("2030-01-01T00:59:60Z").unwrap_err();
        assert!(err.contains("leap second"), "{err}");
        // Second 59 is still fine.
        assert_eq!(
            parse_time_in_zone("2030-01-01 01:00:59", tz).unwrap(),
            utc("2030-01-01T00:00:59Z")
        );
    }

    #[test]
    fn json_format_is_utc_z_whole_seconds() {
        let t = utc("2030-01-01T02:00:00.750+01:00");
        assert_eq!(fmt_utc(t), "2030-01-01T01:00:00Z");
    }
}
