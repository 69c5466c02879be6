//! Jobs: a named command with its shell, environment, variables and limits, and the
//! validated definition used by `jobs add` and `jobs import`.

use std::collections::BTreeMap;

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::names::validate_job_name;
use super::time::Timestamp;
use super::variables::{DeclSource, VarDecl, finish_declarations, validate_var_name};

/// A job as stored and shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Job {
    pub id: i64,
    pub name: String,
    pub grouping: String,
    pub description: String,
    pub command: String,
    pub shell: String,
    pub env: BTreeMap<String, String>,
    pub stdin: Option<String>,
    pub run_as: Option<String>,
    pub enabled: bool,
    pub has_sensitive_variables: bool,
    pub variables: Vec<VarDecl>,
    pub soft_time_limit: u64,
    pub time_limit: u64,
    pub singleton: bool,
    pub created: Timestamp,
    pub updated: Timestamp,
}

/// What a person (or an import file) says a job is; validated by [`JobDefinition::validate`].
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobDefinition {
    pub name: String,
    pub command: String,
    #[serde(default)]
    pub grouping: String,
    #[serde(default)]
    pub description: String,
    #[serde(default = "default_shell")]
    pub shell: String,
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    #[serde(default)]
    pub stdin: Option<String>,
    #[serde(default)]
    pub run_as: Option<String>,
    /// `None` (absent from an import file): true for a new job, unchanged for an existing one,
    /// so re-importing a file does not undo `jobs disable`.
    #[serde(default)]
    pub enabled: Option<bool>,
    /// Marks the job as handling secrets even without a declared sensitive variable.
    #[serde(default)]
    pub sensitive: Option<bool>,
    #[serde(default)]
    pub variables: Vec<VarDecl>,
    #[serde(default)]
    pub soft_time_limit: u64,
    #[serde(default)]
    pub time_limit: u64,
    #[serde(default)]
    pub singleton: bool,
    /// Read-only fields of `jobs show --json`, accepted so that its output imports: ignored.
    #[serde(default, rename = "id")]
    pub read_only_id: Option<IgnoredAny>,
    #[serde(default, rename = "created")]
    pub read_only_created: Option<IgnoredAny>,
    #[serde(default, rename = "updated")]
    pub read_only_updated: Option<IgnoredAny>,
    /// Read-only too; `true` keeps the job marked as handling secrets when the file does not
    /// say `sensitive` (the safe side: a job shown as sensitive stays so when re-imported).
    #[serde(default)]
    pub has_sensitive_variables: Option<bool>,
}

fn default_shell() -> String {
    "/bin/sh".to_string()
}

/// The largest time limit accepted (one year), so limits never overflow.
pub const MAX_TIME_LIMIT: u64 = 366 * 24 * 3600;

impl JobDefinition {
    /// A definition with defaults for everything but name and command.
    pub fn new(name: &str, command: &str) -> JobDefinition {
        JobDefinition {
            name: name.to_string(),
            command: command.to_string(),
            grouping: String::new(),
            description: String::new(),
            shell: default_shell(),
            env: BTreeMap::new(),
            stdin: None,
            run_as: None,
            enabled: None,
            sensitive: None,
            variables: Vec::new(),
            soft_time_limit: 0,
            time_limit: 0,
            singleton: false,
            read_only_id: None,
            read_only_created: None,
            read_only_updated: None,
            has_sensitive_variables: None,
        }
    }

    /// Checks every field of a definition given by `jobs add` flags; returns whether the job
    /// has sensitive variables.
    pub fn validate(&self) -> Result<bool, String> {
        self.validate_from(DeclSource::Flags)
    }

    /// Like [`JobDefinition::validate`], with messages naming what `source` calls each field.
    pub fn validate_from(&self, source: DeclSource) -> Result<bool, String> {
        validate_job_name(&self.name)?;
        if self.command.trim().is_empty() {
            return Err(format!(
                "job `{}`: the command must not be empty",
                self.name
            ));
        }
        if self.command.contains('\0') || self.shell.contains('\0') {
            return Err(format!("job `{}`: NUL bytes are not allowed", self.name));
        }
        if !self.shell.starts_with('/') {
            return Err(format!(
                "job `{}`: the shell must be an absolute path, got `{}`",
                self.name, self.shell
            ));
        }
        for key in self.env.keys() {
            if key.is_empty() || key.contains('=') || key.contains('\0') {
                return Err(format!(
                    "job `{}`: bad environment variable name `{key}`",
                    self.name
                ));
            }
        }
        let in_job = |e: String| format!("job `{}`: {e}", self.name);
        for decl in &self.variables {
            validate_var_name(&decl.name).map_err(in_job)?;
        }
        finish_declarations(&self.variables, source).map_err(in_job)?;
        for (what, v) in [
            ("soft_time_limit", self.soft_time_limit),
            ("time_limit", self.time_limit),
        ] {
            if v > MAX_TIME_LIMIT {
                return Err(format!("{what} must be at most {MAX_TIME_LIMIT} seconds"));
            }
        }
        if self.soft_time_limit > 0
            && self.time_limit > 0
            && self.soft_time_limit >= self.time_limit
        {
            return Err(format!(
                "job `{}`: the soft time limit ({} s) must be shorter than the time limit ({} s), or it can never fire",
                self.name, self.soft_time_limit, self.time_limit
            ));
        }
        let declared_sensitive = self.variables.iter().any(|v| v.sensitive);
        let marked = match (self.sensitive, self.has_sensitive_variables) {
            (None, Some(true)) => Some(true),
            (flag, _) => flag,
        };
        match marked {
            Some(false) if declared_sensitive => Err(format!(
                "job `{}` declares a sensitive variable, so it cannot be marked {}",
                self.name,
                match source {
                    DeclSource::Flags => "--no-sensitive",
                    DeclSource::File => "sensitive = false",
                }
            )),
            Some(flag) => Ok(flag || declared_sensitive),
            None => Ok(declared_sensitive),
        }
    }
}

/// What an approval of a job covers: the fields that decide what runs (command, shell,
/// environment, stdin, account, variable declarations), in a fixed order.
#[derive(Serialize)]
struct FingerprintFields<'a> {
    command: &'a str,
    shell: &'a str,
    env: &'a BTreeMap<String, String>,
    stdin: Option<&'a str>,
    run_as: Option<&'a str>,
    variables: &'a [VarDecl],
}

/// The fingerprint of a job definition: its canonical JSON text (exact, stable across
/// versions and readable in the database). Two definitions run the same thing exactly when
/// their fingerprints are equal.
fn fingerprint(f: &FingerprintFields) -> String {
    serde_json::to_string(f).unwrap_or_default()
}

impl Job {
    /// What an approval of this job covers; see [`fingerprint`].
    pub fn fingerprint(&self) -> String {
        fingerprint(&FingerprintFields {
            command: &self.command,
            shell: &self.shell,
            env: &self.env,
            stdin: self.stdin.as_deref(),
            run_as: self.run_as.as_deref(),
            variables: &self.variables,
        })
    }
}

impl JobDefinition {
    /// The fingerprint this definition would give the job; see [`fingerprint`].
    pub fn fingerprint(&self) -> String {
        fingerprint(&FingerprintFields {
            command: &self.command,
            shell: &self.shell,
            env: &self.env,
            stdin: self.stdin.as_deref(),
            run_as: self.run_as.as_deref(),
            variables: &self.variables,
        })
    }
}

/// Reads `jobs import` input: JSON (a list, `{"jobs": [...]}`, or one job object as
/// `jobs show --json` prints it) or TOML (`[[jobs]]`). Errors name the job and the field.
pub fn parse_import(text: &str) -> Result<Vec<JobDefinition>, String> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Wrapped {
        jobs: Vec<JobDefinition>,
    }
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') && !trimmed.starts_with("[[") || trimmed.starts_with('{') {
        let value: Value = serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
        let items = match value {
            Value::Array(items) => items,
            Value::Object(mut map) if map.contains_key("jobs") && !map.contains_key("command") => {
                if let Some(other) = map.keys().find(|k| *k != "jobs") {
                    return Err(format!(
                        "invalid JSON job list: unknown field `{other}` next to `jobs`"
                    ));
                }
                match map.remove("jobs") {
                    Some(Value::Array(items)) => items,
                    _ => return Err("invalid JSON job list: `jobs` must be a list".to_string()),
                }
            }
            object @ Value::Object(_) => vec![object],
            _ => return Err("invalid JSON: expected a list of jobs or one job".to_string()),
        };
        return items
            .into_iter()
            .enumerate()
            .map(|(i, item)| json_definition(i + 1, item))
            .collect();
    }
    toml::from_str::<Wrapped>(text)
        .map(|w| w.jobs)
        .map_err(|e| format!("invalid TOML job list (expected [[jobs]] tables): {e}"))
}

/// One job of a JSON import; the error names its position, its name and the bad field.
fn json_definition(position: usize, item: Value) -> Result<JobDefinition, String> {
    let err = match serde_json::from_value::<JobDefinition>(item.clone()) {
        Ok(def) => return Ok(def),
        Err(e) => e.to_string(),
    };
    let mut which = format!("job {position}");
    if let Some(name) = item.get("name").and_then(Value::as_str) {
        which.push_str(&format!(" (`{name}`)"));
    }
    let Value::Object(fields) = &item else {
        return Err(format!("{which}: expected an object, got {item}"));
    };
    if !err.contains("field `") {
        // serde's type errors do not say which field: find it by trying each one alone.
        for (key, value) in fields {
            let mut probe = serde_json::Map::new();
            probe.insert("name".into(), Value::from("x"));
            probe.insert("command".into(), Value::from("x"));
            probe.insert(key.clone(), value.clone());
            if let Err(e) = serde_json::from_value::<JobDefinition>(Value::Object(probe)) {
                return Err(format!("{which}: field `{key}`: {e}"));
            }
        }
    }
    Err(format!("{which}: {err}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_validation() {
        let def = JobDefinition::new("backup", "tar czf /tmp/b.tgz /etc");
        assert_eq!(def.validate(), Ok(false));
        let mut bad = def.clone();
        bad.shell = "sh".into();
        assert!(bad.validate().is_err());
        let mut bad = def.clone();
        bad.command = "  ".into();
        assert!(bad.validate().is_err());
        let mut limits = def.clone();
        limits.soft_time_limit = 100;
        limits.time_limit = 10;
        assert!(limits.validate().is_err());
        limits.time_limit = 0;
        assert!(limits.validate().is_ok());
        let mut marked = def;
        marked.sensitive = Some(true);
        assert_eq!(marked.validate(), Ok(true));
    }

    #[test]
    fn the_fingerprint_covers_what_runs_and_nothing_else() {
        let def = JobDefinition::new("deploy", "./deploy.sh");
        let base = def.fingerprint();
        let mut same = def.clone();
        same.description = "now described".into();
        same.time_limit = 60;
        same.enabled = Some(false);
        assert_eq!(same.fingerprint(), base);
        let changes: [fn(&mut JobDefinition); 6] = [
            |d| d.command = "./deploy.sh --force".into(),
            |d| d.shell = "/bin/bash".into(),
            |d| {
                d.env.insert("PATH".into(), "/tmp".into());
            },
            |d| d.stdin = Some("yes".into()),
            |d| d.run_as = Some("nobody".into()),
            |d| {
                d.variables =
                    vec![crate::domain::variables::parse_declaration("env:string", false).unwrap()]
            },
        ];
        for change in changes {
            let mut d = def.clone();
            change(&mut d);
            assert_ne!(d.fingerprint(), base, "{d:?}");
        }
    }

    #[test]
    fn imports_json_and_toml() {
        let json = r#"[{"name": "a", "command": "true", "singleton": true}]"#;
        let jobs = parse_import(json).unwrap();
        assert_eq!(jobs.len(), 1);
        assert!(jobs[0].singleton);
        let toml = "[[jobs]]\nname = \"b\"\ncommand = \"echo hi\"\ntime_limit = 5\n[jobs.env]\nX = \"1\"\n";
        let jobs = parse_import(toml).unwrap();
        assert_eq!(jobs[0].time_limit, 5);
        assert_eq!(jobs[0].env["X"], "1");
        assert!(parse_import("[[jobs]]\nname = \"c\"\n").is_err());
        assert!(parse_import(r#"[{"name": "a", "command": "x", "bogus": 1}]"#).is_err());
    }
}
