//! The error type of jobctl: its kind decides the exit code and the JSON `error.kind`.

use std::fmt;

/// What went wrong, as far as the caller (and the exit code) is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Database or I/O failure (exit 1).
    Internal,
    /// `jobctl run`: the job itself failed or timed out (exit 1).
    JobFailed,
    /// Bad usage or invalid input (exit 2).
    Invalid,
    /// The acting user may not do this (exit 3).
    PermissionDenied,
    /// No such object (exit 4).
    NotFound,
    /// The current state forbids it (exit 5).
    Conflict,
}

impl ErrorKind {
    /// The process exit code for this kind.
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorKind::Internal | ErrorKind::JobFailed => 1,
            ErrorKind::Invalid => 2,
            ErrorKind::PermissionDenied => 3,
            ErrorKind::NotFound => 4,
            ErrorKind::Conflict => 5,
        }
    }

    /// The `error.kind` string of the JSON error document.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Internal => "internal",
            ErrorKind::JobFailed => "job_failed",
            ErrorKind::Invalid => "invalid",
            ErrorKind::PermissionDenied => "permission_denied",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Conflict => "conflict",
        }
    }
}

/// An error with a kind, a one-line message and optional hints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    pub hints: Vec<String>,
}

/// The result type used throughout jobctl.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            hints: Vec::new(),
        }
    }
    pub fn internal(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Internal, message)
    }
    pub fn invalid(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Invalid, message)
    }
    pub fn denied(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::PermissionDenied, message)
    }
    pub fn not_found(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::NotFound, message)
    }
    pub fn conflict(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Conflict, message)
    }
    /// Adds a `hint:` line.
    pub fn hint(mut self, hint: impl Into<String>) -> Error {
        self.hints.push(hint.into());
        self
    }
    /// The process exit code.
    pub fn exit_code(&self) -> i32 {
        self.kind.exit_code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Error {
        use rusqlite::ErrorCode;
        let code = err.sqlite_error_code();
        let message = match code {
            Some(ErrorCode::NotADatabase) => {
                "the database file is corrupt or not a jobctl database".to_string()
            }
            Some(ErrorCode::DatabaseCorrupt) => "the database file is corrupt".to_string(),
            Some(ErrorCode::ReadOnly) => {
                "the database is read-only for this account (check the file's and its folder's permissions)".to_string()
            }
            Some(ErrorCode::CannotOpen) => "cannot open the database file".to_string(),
            Some(ErrorCode::DiskFull) => "the disk is full; nothing was changed".to_string(),
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
                "the database stayed busy for too long; try again".to_string()
            }
            Some(ErrorCode::PermissionDenied) => {
                "permission denied on the database file".to_string()
            }
            _ => format!("database error: {err}"),
        };
        Error::internal(message)
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Error {
        Error::internal(format!("I/O error: {err}"))
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Error {
        Error::internal(format!("JSON error: {err}"))
    }
}
