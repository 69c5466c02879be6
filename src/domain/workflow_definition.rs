//! Workflow definitions (part of `workflow`): which definition applies to a scheduled job,
//! and the validation of a new stage definition.

use super::super::glob::glob_match;

/// The input of a new stage definition (exit 2 when wrong): a non-blank name and
/// `min_approvers` ≥ 1 (a stage nobody needs to approve could never be approved).
pub fn validate_stage_input(name: &str, min_approvers: i64) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err("the stage name is empty".to_string());
    }
    if min_approvers < 1 {
        return Err(format!(
            "--min-approvers must be at least 1 (got {min_approvers})"
        ));
    }
    if u32::try_from(min_approvers).is_err() {
        return Err(format!("--min-approvers {min_approvers} is too large"));
    }
    Ok(())
}

/// A new stage against the definition's `existing` `(name, sequence)` pairs (exit 5 when
/// wrong): names and sequences are unique within a definition.
pub fn check_stage_unique(
    existing: &[(String, i64)],
    name: &str,
    sequence: i64,
) -> Result<(), String> {
    if existing.iter().any(|(n, _)| n == name) {
        return Err(format!("this workflow already has a stage named '{name}'"));
    }
    if let Some((other, _)) = existing.iter().find(|(_, s)| *s == sequence) {
        return Err(format!(
            "this workflow already has a stage with sequence {sequence} ('{other}')"
        ));
    }
    Ok(())
}

/// A workflow definition, as far as matching goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DefinitionMatch<'a> {
    pub id: i64,
    pub weight: i64,
    /// Empty: every job.
    pub job_globs: &'a [String],
    /// `None`: every grouping.
    pub grouping: Option<&'a str>,
}

impl DefinitionMatch<'_> {
    /// Whether this definition applies to a job with this name and grouping.
    pub fn matches(&self, job_name: &str, job_grouping: &str) -> bool {
        (self.job_globs.is_empty() || self.job_globs.iter().any(|g| glob_match(g, job_name)))
            && self.grouping.is_none_or(|g| g == job_grouping)
    }
}

/// Which workflow definition applies to a scheduled job: the matching definition with the
/// highest weight (ties, which unique weights prevent, go to the lowest id); `None` → no
/// approval needed.
pub fn applicable_definition(
    defs: &[DefinitionMatch],
    job_name: &str,
    job_grouping: &str,
) -> Option<i64> {
    defs.iter()
        .filter(|d| d.matches(job_name, job_grouping))
        .max_by_key(|d| (d.weight, std::cmp::Reverse(d.id)))
        .map(|d| d.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_validation() {
        assert_eq!(validate_stage_input("security", 1), Ok(()));
        assert_eq!(validate_stage_input("only", 5), Ok(()));
        for bad in [0, -3] {
            let err = validate_stage_input("x", bad).unwrap_err();
            assert!(err.contains("at least 1"), "{err}");
        }
        assert!(
            validate_stage_input("x", i64::MAX)
                .unwrap_err()
                .contains("too large")
        );
        assert!(validate_stage_input("  ", 1).unwrap_err().contains("empty"));

        let existing = vec![("leads".to_string(), 10), ("board".to_string(), 20)];
        assert_eq!(check_stage_unique(&existing, "security", 30), Ok(()));
        assert_eq!(check_stage_unique(&[], "only", 0), Ok(()));
        assert!(
            check_stage_unique(&existing, "leads", 30)
                .unwrap_err()
                .contains("named 'leads'")
        );
        let err = check_stage_unique(&existing, "x", 20).unwrap_err();
        assert!(err.contains("sequence 20 ('board')"), "{err}");
    }

    #[test]
    fn definition_matching() {
        let backups = vec!["backup-*".to_string(), "db-[0-9]".to_string()];
        let all: Vec<String> = Vec::new();
        let defs = [
            DefinitionMatch {
                id: 1,
                weight: 10,
                job_globs: &all,
                grouping: None,
            },
            DefinitionMatch {
                id: 2,
                weight: 30,
                job_globs: &backups,
                grouping: None,
            },
            DefinitionMatch {
                id: 3,
                weight: 40,
                job_globs: &backups,
                grouping: Some("prod"),
            },
            DefinitionMatch {
                id: 4,
                weight: 20,
                job_globs: &all,
                grouping: Some("prod"),
            },
        ];
        assert_eq!(applicable_definition(&defs, "report", "dev"), Some(1));
        assert_eq!(applicable_definition(&defs, "report", "prod"), Some(4));
        assert_eq!(applicable_definition(&defs, "backup-home", "dev"), Some(2));
        assert_eq!(applicable_definition(&defs, "backup-home", "prod"), Some(3));
        assert_eq!(applicable_definition(&defs, "db-1", "prod"), Some(3));
        assert_eq!(applicable_definition(&defs[1..3], "report", "prod"), None);
        assert_eq!(applicable_definition(&[], "x", ""), None);
        // Ties cannot happen with unique weights; if they do, the oldest definition wins.
        let tie = [
            DefinitionMatch {
                id: 9,
                weight: 5,
                job_globs: &all,
                grouping: None,
            },
            DefinitionMatch {
                id: 8,
                weight: 5,
                job_globs: &all,
                grouping: None,
            },
        ];
        assert_eq!(applicable_definition(&tie, "x", ""), Some(8));
    }
}
