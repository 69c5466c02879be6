//! `jobctl cron-line`: the crontab line that runs `jobctl run-due` every minute, with
//! absolute paths.

use serde_json::json;

use crate::app::{GlobalOptions, database_path};
use crate::error::{Error, Result};

/// `jobctl cron-line`: the crontab line for run-due with absolute paths.
pub fn cron_line(opts: &GlobalOptions) -> Result<()> {
    let exe = std::env::current_exe()
        .map_err(|e| Error::internal(format!("cannot find the jobctl binary: {e}")))?;
    let db = database_path(opts.db.as_deref())?;
    let db = if db.is_absolute() {
        db
    } else {
        std::env::current_dir()?.join(db)
    };
    let (exe_text, db_text) = (exe.display().to_string(), db.display().to_string());
    for (what, text) in [("the jobctl binary", &exe_text), ("the database", &db_text)] {
        if text.contains(['\n', '\r']) {
            return Err(Error::invalid(format!(
                "the path of {what} contains a line break, which no crontab line can hold: {text:?}"
            ))
            .hint("move it to a path without line breaks"));
        }
    }
    let line = format!(
        "* * * * * {} --db {} run-due",
        cron_escape(&shell_quote(&exe_text)),
        cron_escape(&shell_quote(&db_text))
    );
    let out = crate::output::Output::new(opts.json);
    out.show(&json!({"line": line, "binary": exe.display().to_string(), "database": db.display().to_string()}), |_| out.line(&line))
}

/// Cron turns every unescaped `%` of a command into a newline (and feeds what follows to
/// stdin); `\%` is a literal `%`, and cron removes the backslash before the shell sees the
/// command, so this holds inside shell quotes too.
fn cron_escape(s: &str) -> String {
    s.replace('%', "\\%")
}

fn shell_quote(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+:@".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}
