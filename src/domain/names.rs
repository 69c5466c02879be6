//! Names of jobs, scheduled jobs, users, groups and workflows: what characters they may use.

/// Checks a job name: letters, digits, `.`, `_`, `-`; 1 to 200 characters.
pub fn validate_job_name(name: &str) -> Result<(), String> {
    validate(name, "job name")
}

/// Checks a user, group or workflow name (same alphabet as job names).
pub fn validate_principal_name(name: &str, what: &str) -> Result<(), String> {
    validate(name, what)
}

fn validate(name: &str, what: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err(format!("{what} must not be empty"));
    }
    if name.chars().count() > 200 {
        return Err(format!("{what} is longer than 200 characters"));
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
    {
        return Err(format!(
            "{what} `{name}` contains {bad:?}; use letters, digits, `.`, `_` and `-`"
        ));
    }
    if name.chars().all(|c| c == '.') {
        return Err(format!("{what} `{name}` must not be only dots"));
    }
    if name.starts_with('-') {
        return Err(format!("{what} `{name}` must not start with `-`"));
    }
    Ok(())
}

/// Checks a scheduled-job name: any printable text, 1 to 200 characters, no control characters.
pub fn validate_schedule_name(name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err("schedule name must not be empty".into());
    }
    if name.chars().count() > 200 {
        return Err("schedule name is longer than 200 characters".into());
    }
    if name.chars().any(char::is_control) {
        return Err("schedule name must not contain control characters".into());
    }
    if name.parse::<i64>().is_ok() {
        return Err(format!(
            "schedule name `{name}` must not be a number (numbers are schedule ids)"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_names() {
        assert!(validate_job_name("backup.daily_v2-x").is_ok());
        assert!(validate_job_name("").is_err());
        assert!(validate_job_name("has space").is_err());
        assert!(validate_job_name("-flag").is_err());
        assert!(validate_job_name(".").is_err());
        assert!(validate_job_name("..").is_err());
        assert!(validate_job_name(".hidden").is_ok());
        assert!(validate_job_name("ünïcode").is_err());
        assert!(validate_job_name(&"a".repeat(201)).is_err());
    }

    #[test]
    fn schedule_names() {
        assert!(validate_schedule_name("nightly backup").is_ok());
        assert!(validate_schedule_name("  ").is_err());
        assert!(validate_schedule_name("12").is_err());
        assert!(validate_schedule_name("a\nb").is_err());
    }
}
