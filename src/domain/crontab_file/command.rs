//! The crontab(5) `%` rule: splits an entry's command text into command and stdin.

/// Splits `raw` (the rest of the line after the schedule/user) at the first unescaped `%`.
///
/// A backslash escapes the character after it: `\%` becomes `%`; any other `\x` pair is kept
/// as written (so `\\%` is `\\` followed by an unescaped `%`, as cron's command scan does);
/// a trailing lone `\` is kept. After the first unescaped `%`, every further unescaped `%`
/// becomes a newline. No trailing newline is added to stdin. Returns `(command, stdin)`.
pub(super) fn split_percent(raw: &str) -> (String, Option<String>) {
    let mut command = String::with_capacity(raw.len());
    let mut stdin = String::new();
    let mut in_stdin = false;
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        let out = if in_stdin { &mut stdin } else { &mut command };
        match c {
            '\\' => match chars.next() {
                Some('%') => out.push('%'),
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            },
            '%' if in_stdin => out.push('\n'),
            '%' => in_stdin = true,
            _ => out.push(c),
        }
    }
    (command, in_stdin.then_some(stdin))
}
