//! Pure parser for crontab(5) files (user and system format) behind `jobctl import-crontab`.
//!
//! Reads the text of a crontab the way Debian cron / cronie do (spec §3 "Importing existing
//! crontabs"): comments and blank lines, `NAME=VALUE` environment lines, five time fields or a
//! macro, the user field of the system format, and the `%` rule of the command. Schedules are
//! checked by a caller-supplied validator (the real cron parser lives elsewhere). Lines that
//! cannot be imported are returned as [`SkippedLine`]s; nothing here panics or does I/O.

mod command;
mod env_line;
mod slug;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::Serialize;

pub use slug::{default_prefix, job_name, sanitize_name_part, variant_suffix};

use env_line::EnvLine;

/// One importable crontab entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CrontabEntry {
    /// 1-based line number in the file.
    pub line: usize,
    /// The schedule as returned by the validator: five fields single-spaced, or the macro.
    pub schedule: String,
    /// The user field (system format only).
    pub user: Option<String>,
    /// The command up to the first unescaped `%`, with `\%` turned into `%`.
    pub command: String,
    /// `None` without an unescaped `%`; else the text after it, further `%` → newline.
    pub stdin: Option<String>,
    /// Variables in force for this entry, except `SHELL`, `CRON_TZ` and `TZ`.
    pub env: BTreeMap<String, String>,
    /// From the last `SHELL=` above the entry (`None` if unset or empty).
    pub shell: Option<String>,
    /// From the last `CRON_TZ=` or `TZ=` above the entry (`None` → the caller's default).
    /// Not validated here.
    pub time_zone: Option<String>,
    /// Stable slug derived from (schedule, user, command, stdin) only. Two identical entries
    /// in one file get the same slug: the caller de-duplicates.
    pub slug: String,
}

/// A line that was not imported, with the reason (the line number is not repeated in it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedLine {
    pub line: usize,
    pub reason: String,
    /// Whether the line may hold an entry that was not understood, so that `--prune` must
    /// not remove jobs as "gone from the file" (false for `@reboot` and exact duplicates).
    #[serde(skip)]
    pub blocks_prune: bool,
}

/// Why an `@reboot` entry is skipped.
const REBOOT_REASON: &str = "@reboot entries run at boot, not on a schedule: not imported";

/// Everything found in one crontab file, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ParsedCrontab {
    pub entries: Vec<CrontabEntry>,
    pub skipped: Vec<SkippedLine>,
}

/// `User`: `crontab -e` files; `System`: `/etc/crontab` and `/etc/cron.d/*` (user field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrontabFormat {
    User,
    System,
}

/// Separators between fields: runs of spaces and tabs.
const BLANKS: [char; 2] = [' ', '\t'];

/// The environment built up by the `NAME=VALUE` lines read so far.
#[derive(Debug, Default)]
struct EnvState {
    env: BTreeMap<String, String>,
    shell: Option<String>,
    time_zone: Option<String>,
}

impl EnvState {
    fn apply(&mut self, name: &str, value: String) {
        let non_empty = (!value.is_empty()).then(|| value.clone());
        match name {
            "SHELL" => self.shell = non_empty,
            "CRON_TZ" | "TZ" => self.time_zone = non_empty,
            _ => {
                self.env.insert(name.to_string(), value);
            }
        }
    }
}

/// Parses a whole crontab file.
///
/// `validate_schedule` receives the schedule text (five fields joined by single spaces, or a
/// macro like "@daily" as written) and returns the normalized text or an error message, which
/// becomes the [`SkippedLine::reason`]. Accepts `\n` and `\r\n` line endings and a leading BOM.
pub fn parse_crontab(
    text: &str,
    format: CrontabFormat,
    validate_schedule: &dyn Fn(&str) -> Result<String, String>,
) -> ParsedCrontab {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut state = EnvState::default();
    let mut parsed = ParsedCrontab::default();
    for (index, raw) in text.split('\n').enumerate() {
        let line = index + 1;
        let body = raw.strip_suffix('\r').unwrap_or(raw);
        let body = body.trim_start_matches(BLANKS);
        if body.chars().all(char::is_whitespace) || body.starts_with('#') {
            continue;
        }
        let result = match env_line::parse(body) {
            EnvLine::Assign { name, value } => {
                state.apply(name, value);
                continue;
            }
            EnvLine::Invalid(reason) => Err(reason),
            EnvLine::NotEnv => parse_entry(line, body, format, validate_schedule, &state),
        };
        match result {
            Ok(entry) => parsed.entries.push(entry),
            Err(reason) => parsed.skipped.push(SkippedLine {
                line,
                blocks_prune: reason != REBOOT_REASON,
                reason,
            }),
        }
    }
    parsed
}

/// Parses a crontab file given as bytes: a line that is not UTF-8 text (a Latin-1 comment,
/// say) does not reject the file. Such a comment is ignored like any comment; any other such
/// line is skipped with the reason "not UTF-8 text", and the rest is imported.
pub fn parse_crontab_bytes(
    bytes: &[u8],
    format: CrontabFormat,
    validate_schedule: &dyn Fn(&str) -> Result<String, String>,
) -> ParsedCrontab {
    let mut text = String::with_capacity(bytes.len());
    let mut not_text = Vec::new();
    for (index, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        if index > 0 {
            text.push('\n');
        }
        match std::str::from_utf8(raw) {
            Ok(line) => text.push_str(line),
            Err(_) => {
                let body = raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(raw);
                let is_comment = body
                    .iter()
                    .find(|b| !matches!(b, b' ' | b'\t'))
                    .is_some_and(|&b| b == b'#');
                if !is_comment {
                    not_text.push(SkippedLine {
                        line: index + 1,
                        reason: "not UTF-8 text".to_string(),
                        blocks_prune: true,
                    });
                }
            }
        }
    }
    let mut parsed = parse_crontab(&text, format, validate_schedule);
    if !not_text.is_empty() {
        parsed.skipped.extend(not_text);
        parsed.skipped.sort_by_key(|s| s.line);
    }
    parsed
}

/// Splits the first blank-separated token off `s`: `(token, rest starting at a blank)`.
fn next_token(s: &str) -> Option<(&str, &str)> {
    let s = s.trim_start_matches(BLANKS);
    if s.is_empty() {
        return None;
    }
    let end = s.find(BLANKS).unwrap_or(s.len());
    Some((&s[..end], &s[end..]))
}

/// A plausible login name (POSIX portable characters, `@` for directory users, a trailing
/// `$` for machine accounts); catches a user crontab read with `--system`.
fn is_user_name(user: &str) -> bool {
    let body = user.strip_suffix('$').unwrap_or(user);
    !body.is_empty()
        && !body.starts_with('-')
        && body
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '@'))
}

/// Parses one entry line (`body` has no leading blanks, is not blank, not a comment).
fn parse_entry(
    line: usize,
    body: &str,
    format: CrontabFormat,
    validate_schedule: &dyn Fn(&str) -> Result<String, String>,
    state: &EnvState,
) -> Result<CrontabEntry, String> {
    let Some((first, mut rest)) = next_token(body) else {
        return Err("empty line".to_string());
    };
    let schedule_text = if first.starts_with('@') {
        if first.eq_ignore_ascii_case("@reboot") {
            return Err(REBOOT_REASON.to_string());
        }
        first.to_string()
    } else {
        let mut fields = vec![first];
        while fields.len() < 5 {
            let Some((field, after)) = next_token(rest) else {
                return Err(format!(
                    "expected five time fields or a macro such as @daily before the {}command, \
                     found {} field(s)",
                    if format == CrontabFormat::System {
                        "user and "
                    } else {
                        ""
                    },
                    fields.len()
                ));
            };
            fields.push(field);
            rest = after;
        }
        fields.join(" ")
    };
    let schedule = validate_schedule(&schedule_text)?;
    let user = match format {
        CrontabFormat::User => None,
        CrontabFormat::System => {
            let Some((user, after)) = next_token(rest) else {
                return Err(
                    "missing user name and command (system crontab format: schedule, user, command)"
                        .to_string(),
                );
            };
            if !is_user_name(user) {
                return Err(format!(
                    "invalid user name {user:?} (system crontab format: schedule, user, command; \
                     is this a user crontab?)"
                ));
            }
            rest = after;
            Some(user.to_string())
        }
    };
    let (command, stdin) = command::split_percent(rest.trim_start_matches(BLANKS));
    if command.trim().is_empty() {
        return Err("missing command".to_string());
    }
    let slug = slug::entry_slug(&schedule, user.as_deref(), &command, stdin.as_deref());
    Ok(CrontabEntry {
        line,
        schedule,
        user,
        command,
        stdin,
        env: state.env.clone(),
        shell: state.shell.clone(),
        time_zone: state.time_zone.clone(),
        slug,
    })
}
