//! Everything jobctl prints: human tables (comfy-table), JSON documents, messages and errors.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use crate::error::{Error, Result};

/// The output format chosen with `--json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
}

/// Where commands print.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub format: Format,
}

impl Output {
    pub fn new(json: bool) -> Output {
        Output {
            format: if json { Format::Json } else { Format::Table },
        }
    }

    pub fn is_json(&self) -> bool {
        self.format == Format::Json
    }

    /// Prints one JSON document to stdout.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> Result<()> {
        let text = serde_json::to_string_pretty(value)?;
        write_stdout(format!("{text}\n").as_bytes())
    }

    /// Prints `value` as JSON with `--json`, else calls `human`.
    pub fn show<T: Serialize + ?Sized>(
        &self,
        value: &T,
        human: impl FnOnce(&T) -> Result<()>,
    ) -> Result<()> {
        if self.is_json() {
            self.json(value)
        } else {
            human(value)
        }
    }

    /// Prints a table with a header row (no borders, like kubectl), or `empty` if no rows.
    pub fn table(&self, headers: &[&str], rows: Vec<Vec<String>>, empty: &str) -> Result<()> {
        if rows.is_empty() {
            return self.line(empty);
        }
        let mut table = Table::new();
        table
            .load_preset(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled)
            .set_header(headers.iter().map(|h| h.to_string()));
        for row in rows {
            table.add_row(row.iter().map(|cell| printable(cell)));
        }
        for column in table.column_iter_mut() {
            column.set_padding((0, 2));
        }
        let text = table.to_string();
        let mut out = String::new();
        for line in text.lines() {
            out.push_str(line.trim_end());
            out.push('\n');
        }
        write_stdout(out.as_bytes())
    }

    /// Prints key/value lines for one object.
    pub fn fields(&self, pairs: &[(&str, String)]) -> Result<()> {
        let width = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        let mut out = String::new();
        for (k, v) in pairs {
            out.push_str(&format!("{k:width$}  {}\n", printable(v)));
        }
        write_stdout(out.as_bytes())
    }

    /// Prints a line to stdout (human output only; ignored with `--json`).
    pub fn line(&self, text: &str) -> Result<()> {
        if self.is_json() {
            return Ok(());
        }
        write_stdout(format!("{}\n", printable(text)).as_bytes())
    }

    /// Raw bytes to stdout (a job's captured output).
    pub fn raw(&self, bytes: &[u8]) -> Result<()> {
        write_stdout(bytes)
    }

    /// A warning on stderr (`warning: …`), shown with and without `--json`.
    pub fn warn(&self, text: &str) {
        let _ = writeln!(io::stderr(), "warning: {}", printable(text));
    }
}

/// Text as it may reach a terminal: control characters other than newline and tab (an
/// escape sequence in a comment could rewrite what an approver sees) are shown escaped.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`jobctl … | head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::internal(format!("cannot write to stdout: {e}"))),
    }
}

/// Prints an error to stderr in the chosen format.
pub fn print_error(err: &Error, json: bool) {
    let mut stderr = io::stderr().lock();
    if json {
        let doc = serde_json::json!({
            "error": {"kind": err.kind.as_str(), "message": err.message, "hints": err.hints}
        });
        let _ = writeln!(stderr, "{doc}");
    } else {
        let _ = writeln!(stderr, "error: {}", printable(&err.message));
        for hint in &err.hints {
            let _ = writeln!(stderr, "hint: {}", printable(hint));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn escape_sequences_are_shown_not_obeyed() {
        assert_eq!(printable("plain\ttext\nnext"), "plain\ttext\nnext");
        assert_eq!(
            printable("ok\u{1b}[2K\rAPPROVED"),
            "ok\\u{1b}[2K\\u{d}APPROVED"
        );
    }
}
