//! Time limits: when to send SIGTERM / SIGKILL to a job's process group, and how to word it.

use std::time::{Duration, Instant};

/// What the wait loop must do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Action {
    /// Send SIGTERM to the process group (soft limit reached).
    Terminate,
    /// Send SIGKILL to the process group (hard limit reached).
    Kill,
}

/// Deadlines of one run, measured from its start with a monotonic clock.
#[derive(Debug)]
pub(crate) struct Limits {
    soft: Option<Duration>,
    hard: Option<Duration>,
    start: Instant,
    soft_fired: bool,
    hard_fired: bool,
}

impl Limits {
    /// Zero durations mean "no limit" (the spec stores 0 for none).
    pub(crate) fn new(soft: Option<Duration>, hard: Option<Duration>, start: Instant) -> Limits {
        Limits {
            soft: soft.filter(|d| !d.is_zero()),
            hard: hard.filter(|d| !d.is_zero()),
            start,
            soft_fired: false,
            hard_fired: false,
        }
    }

    /// The action due at `now`, if any; each fires once. The hard limit wins when both are due.
    pub(crate) fn due(&mut self, now: Instant) -> Option<Action> {
        let elapsed = now.saturating_duration_since(self.start);
        if !self.hard_fired && self.hard.is_some_and(|h| elapsed >= h) {
            self.hard_fired = true;
            return Some(Action::Kill);
        }
        if !self.hard_fired && !self.soft_fired && self.soft.is_some_and(|s| elapsed >= s) {
            self.soft_fired = true;
            return Some(Action::Terminate);
        }
        None
    }

    /// Time left until the next pending deadline (None when nothing is pending).
    pub(crate) fn until_next(&self, now: Instant) -> Option<Duration> {
        let elapsed = now.saturating_duration_since(self.start);
        let soft = self.soft.filter(|_| !self.soft_fired && !self.hard_fired);
        let hard = self.hard.filter(|_| !self.hard_fired);
        [soft, hard]
            .into_iter()
            .flatten()
            .map(|d| d.saturating_sub(elapsed))
            .min()
    }

    /// Whether SIGKILL was sent because of the hard limit.
    pub(crate) fn killed(&self) -> bool {
        self.hard_fired
    }

    /// Whether SIGTERM was sent because of the soft limit.
    #[cfg(test)]
    pub(crate) fn terminated(&self) -> bool {
        self.soft_fired
    }

    /// The part of the reason that names the limit that fired, if any.
    pub(crate) fn reason(&self) -> Option<String> {
        if self.hard_fired {
            let d = self.hard.unwrap_or_default();
            return Some(format!("time limit exceeded ({}): killed", secs(d)));
        }
        if self.soft_fired {
            let d = self.soft.unwrap_or_default();
            return Some(format!(
                "soft time limit exceeded ({}): sent SIGTERM",
                secs(d)
            ));
        }
        None
    }
}

/// `10 s`, `0.5 s`, `1.25 s`.
pub(crate) fn secs(d: Duration) -> String {
    if d.subsec_nanos() == 0 {
        return format!("{} s", d.as_secs());
    }
    let text = format!("{:.3}", d.as_secs_f64());
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text} s")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    #[test]
    fn no_limits_never_fire() {
        let t0 = Instant::now();
        let mut l = Limits::new(None, Some(Duration::ZERO), t0);
        assert_eq!(l.due(t0 + 1_000_000 * MS), None);
        assert_eq!(l.until_next(t0), None);
        assert_eq!(l.reason(), None);
    }

    #[test]
    fn soft_then_hard_each_once() {
        let t0 = Instant::now();
        let mut l = Limits::new(Some(100 * MS), Some(300 * MS), t0);
        assert_eq!(l.until_next(t0), Some(100 * MS));
        assert_eq!(l.due(t0 + 50 * MS), None);
        assert_eq!(l.due(t0 + 100 * MS), Some(Action::Terminate));
        assert_eq!(l.due(t0 + 150 * MS), None);
        assert_eq!(l.until_next(t0 + 150 * MS), Some(150 * MS));
        assert!(l.terminated() && !l.killed());
        assert_eq!(
            l.reason().as_deref(),
            Some("soft time limit exceeded (0.1 s): sent SIGTERM")
        );
        assert_eq!(l.due(t0 + 300 * MS), Some(Action::Kill));
        assert_eq!(l.due(t0 + 900 * MS), None);
        assert_eq!(l.until_next(t0 + 900 * MS), None);
        assert_eq!(
            l.reason().as_deref(),
            Some("time limit exceeded (0.3 s): killed")
        );
    }

    #[test]
    fn hard_wins_when_both_due() {
        let t0 = Instant::now();
        let mut l = Limits::new(
            Some(Duration::from_secs(10)),
            Some(Duration::from_secs(5)),
            t0,
        );
        assert_eq!(l.due(t0 + Duration::from_secs(20)), Some(Action::Kill));
        assert_eq!(l.due(t0 + Duration::from_secs(21)), None);
        assert!(!l.terminated());
    }

    #[test]
    fn seconds_formatting() {
        assert_eq!(secs(Duration::from_secs(30)), "30 s");
        assert_eq!(secs(Duration::from_millis(500)), "0.5 s");
        assert_eq!(secs(Duration::from_millis(1250)), "1.25 s");
    }
}
