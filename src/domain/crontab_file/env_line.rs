//! Recognises crontab `NAME=VALUE` environment lines and parses their name and value.

use super::BLANKS;

/// What a non-blank, non-comment line is, seen as an environment assignment.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum EnvLine<'a> {
    /// Not an assignment: parse it as an entry.
    NotEnv,
    /// `NAME=VALUE`, value unquoted (quoted) or trimmed (unquoted).
    Assign { name: &'a str, value: String },
    /// Shaped like an assignment (`NAME =` …) but unusable; the reason.
    Invalid(String),
}

/// `[A-Za-z_][A-Za-z0-9_]*`.
pub(super) fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Splits a quoted word: `s` starts with `'` or `"`; returns (inside, after the closing quote).
fn quoted(s: &str) -> Option<(&str, &str)> {
    let quote = s.chars().next().filter(|c| matches!(c, '\'' | '"'))?;
    let inner = &s[1..];
    let end = inner.find(quote)?;
    Some((&inner[..end], &inner[end + 1..]))
}

/// Classifies `body` (a line without leading blanks).
///
/// A line is an assignment when its first word (up to `=` or a blank; optionally quoted) is
/// followed, after optional blanks, by `=`. An entry can never look like that: its first word
/// is a time field or macro, and no time field contains or starts with `=`. So `0 * * * *
/// FOO=1 cmd` is an entry. The name must then be an identifier.
pub(super) fn parse(body: &str) -> EnvLine<'_> {
    let (name, rest) = if let Some((name, rest)) = quoted(body) {
        (name, rest)
    } else {
        let end = body.find(['=', ' ', '\t']).unwrap_or(body.len());
        (&body[..end], &body[end..])
    };
    let Some(value) = rest.trim_start_matches(BLANKS).strip_prefix('=') else {
        return EnvLine::NotEnv;
    };
    if name.is_empty() {
        return EnvLine::Invalid("missing variable name before =".to_string());
    }
    if !is_identifier(name) {
        return EnvLine::Invalid(format!(
            "invalid environment variable name {name:?} (letters, digits and _ only)"
        ));
    }
    let value = value.trim_start_matches(BLANKS);
    if value.starts_with(['\'', '"']) {
        match quoted(value) {
            Some((inner, after)) if after.trim_matches(BLANKS).is_empty() => EnvLine::Assign {
                name,
                value: inner.to_string(),
            },
            Some(_) => {
                EnvLine::Invalid(format!("unexpected text after the quoted value of {name}"))
            }
            None => EnvLine::Invalid(format!("unterminated quote in the value of {name}")),
        }
    } else {
        EnvLine::Assign {
            name,
            value: value.trim_end_matches(BLANKS).to_string(),
        }
    }
}
