//! Typed job variables: declarations (`--var NAME:TYPE[=DEFAULT]` …) and validating the
//! values given to `run` and `schedule` (`--var KEY=VALUE`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The type of a job variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VarType {
    String,
    Integer,
    Boolean,
    Choice,
}

impl std::str::FromStr for VarType {
    type Err = String;
    fn from_str(s: &str) -> Result<VarType, String> {
        match s.to_ascii_lowercase().as_str() {
            "string" | "str" => Ok(VarType::String),
            "integer" | "int" => Ok(VarType::Integer),
            "boolean" | "bool" => Ok(VarType::Boolean),
            "choice" => Ok(VarType::Choice),
            _ => Err(format!(
                "unknown variable type `{s}`; use string, integer, boolean or choice"
            )),
        }
    }
}

/// A declared job variable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VarDecl {
    pub name: String,
    #[serde(rename = "type")]
    pub var_type: VarType,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub default: Option<Value>,
    #[serde(default)]
    pub choices: Vec<String>,
    #[serde(default)]
    pub sensitive: bool,
}

/// Validated values: every declared variable that has a value, typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VarValues {
    pub values: BTreeMap<String, Value>,
    /// Names of the sensitive variables among `values`.
    pub sensitive: Vec<String>,
}

impl VarValues {
    /// The values that may be stored (database, audit log, results): sensitive ones removed.
    pub fn storable(&self) -> BTreeMap<String, Value> {
        self.values
            .iter()
            .filter(|(k, _)| !self.sensitive.contains(k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// Environment variables for the job: `JOBCTL_VAR_<NAME>` each and `JOBCTL_VARS` (JSON).
    pub fn environment(&self) -> Vec<(String, String)> {
        let mut env: Vec<(String, String)> = self
            .values
            .iter()
            .map(|(k, v)| (format!("JOBCTL_VAR_{}", k.to_ascii_uppercase()), plain(v)))
            .collect();
        let all = Value::Object(self.values.clone().into_iter().collect());
        env.push(("JOBCTL_VARS".into(), all.to_string()));
        env
    }
}

/// Masks every sensitive value in a job's captured output, so that a job printing its
/// secret does not get it stored in the result (or shown in `results show`).
pub fn redact(output: &[u8], values: &VarValues) -> Vec<u8> {
    let secrets = secret_forms(values);
    let mut out = output.to_vec();
    for secret in &secrets {
        out = replace_bytes(&out, secret.as_bytes(), REDACTED.as_bytes());
    }
    out
}

/// Like [`redact`] for output that was truncated: the first `head_len` bytes are the head,
/// then comes the marker line, then the tail. A secret cut by the truncation leaves a
/// fragment at the end of the head and another at the start of the tail, which together
/// would give it away: those fragments are masked too.
pub fn redact_truncated(output: &[u8], head_len: usize, values: &VarValues) -> Vec<u8> {
    let secrets = secret_forms(values);
    if secrets.is_empty() || head_len > output.len() {
        return redact(output, values);
    }
    let (head, rest) = output.split_at(head_len);
    let end = "]…\n".as_bytes();
    let marker_end = rest
        .windows(end.len())
        .position(|w| w == end)
        .map_or(0, |i| i + end.len());
    let (marker, tail) = rest.split_at(marker_end);
    let mut head = redact(head, values);
    let mut tail = redact(tail, values);
    for secret in &secrets {
        let s = secret.as_bytes();
        // The longest proper prefix of the secret that ends the head.
        if let Some(k) = (1..s.len()).rev().find(|&k| head.ends_with(&s[..k])) {
            head.truncate(head.len() - k);
            head.extend_from_slice(REDACTED.as_bytes());
        }
        // The longest proper suffix of the secret that starts the tail.
        if let Some(k) = (1..s.len())
            .rev()
            .find(|&k| tail.starts_with(&s[s.len() - k..]))
        {
            tail.splice(..k, REDACTED.bytes());
        }
    }
    let mut out = head;
    out.extend_from_slice(marker);
    out.extend_from_slice(&tail);
    out
}

/// Every form a sensitive value may take in output (raw, and JSON-escaped as inside
/// `JOBCTL_VARS`), longest first so that a secret containing another is masked whole.
fn secret_forms(values: &VarValues) -> Vec<String> {
    let mut secrets: Vec<String> = Vec::new();
    for value in values
        .sensitive
        .iter()
        .filter_map(|name| values.values.get(name))
    {
        let raw = plain(value);
        let escaped = Value::String(raw.clone()).to_string();
        let escaped = escaped
            .strip_prefix('"')
            .and_then(|e| e.strip_suffix('"'))
            .unwrap_or_default()
            .to_string();
        for form in [raw, escaped] {
            if !form.is_empty() && !secrets.contains(&form) {
                secrets.push(form);
            }
        }
    }
    secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    secrets
}

/// What a sensitive value is replaced with in captured output.
pub const REDACTED: &str = "[redacted]";

fn replace_bytes(haystack: &[u8], needle: &[u8], with: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut i = 0;
    while i < haystack.len() {
        if haystack[i..].starts_with(needle) {
            out.extend_from_slice(with);
            i += needle.len();
        } else {
            out.push(haystack[i]);
            i += 1;
        }
    }
    out
}

fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Checks a variable name: letters, digits and `_`, not starting with a digit.
pub fn validate_var_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.len() <= 100
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit());
    if ok {
        Ok(())
    } else {
        Err(format!(
            "variable name `{name}` must use letters, digits and `_`, and not start with a digit"
        ))
    }
}

/// Parses `NAME:TYPE[=DEFAULT]` (or `NAME:TYPE` when `allow_default` is false).
pub fn parse_declaration(spec: &str, required: bool) -> Result<VarDecl, String> {
    let (head, default) = match spec.split_once('=') {
        Some((h, d)) => (h, Some(d)),
        None => (spec, None),
    };
    let (name, ty) = head.split_once(':').ok_or_else(|| {
        format!("`{spec}`: expected NAME:TYPE (types: string, integer, boolean, choice)")
    })?;
    validate_var_name(name)?;
    let var_type: VarType = ty.parse()?;
    if required && default.is_some() {
        return Err(format!("`{spec}`: a required variable takes no default"));
    }
    let mut decl = VarDecl {
        name: name.to_string(),
        var_type,
        required,
        default: None,
        choices: Vec::new(),
        sensitive: false,
    };
    if let Some(d) = default {
        // Choice defaults are checked once the choices are known (see `finish_declarations`).
        decl.default = Some(if var_type == VarType::Choice {
            Value::String(d.to_string())
        } else {
            coerce(&decl, d)?
        });
    }
    Ok(decl)
}

/// Where declarations come from, so that messages name what the user wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeclSource {
    /// `jobs add` flags (`--choices NAME=a,b,c`).
    Flags,
    /// An import file (`choices = [...]`).
    File,
}

/// Checks a full set of declarations: unique names, choices present for choice variables,
/// defaults among the choices, choices only on choice variables.
pub fn finish_declarations(decls: &[VarDecl], source: DeclSource) -> Result<(), String> {
    for (i, d) in decls.iter().enumerate() {
        if decls[..i].iter().any(|o| o.name == d.name) {
            return Err(format!("variable `{}` is declared twice", d.name));
        }
        // The job sees `JOBCTL_VAR_<NAME>` (upper-cased): `a` and `A` would collide there.
        if let Some(other) = decls[..i]
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(&d.name))
        {
            return Err(format!(
                "variables `{}` and `{}` differ only in case; both would be JOBCTL_VAR_{}",
                other.name,
                d.name,
                d.name.to_ascii_uppercase()
            ));
        }
        match d.var_type {
            VarType::Choice if d.choices.is_empty() => {
                return Err(match source {
                    DeclSource::Flags => format!(
                        "choice variable `{}` needs --choices {}=a,b,c",
                        d.name, d.name
                    ),
                    DeclSource::File => format!(
                        "choice variable `{}` needs choices = [\"a\", \"b\", ...]",
                        d.name
                    ),
                });
            }
            VarType::Choice => {
                if let Some(Value::String(def)) = &d.default
                    && !d.choices.contains(def)
                {
                    return Err(format!(
                        "default `{def}` of `{}` is not one of its choices ({})",
                        d.name,
                        d.choices.join(", ")
                    ));
                }
            }
            _ if !d.choices.is_empty() => {
                return Err(format!(
                    "{} given for `{}`, which is not a choice variable",
                    match source {
                        DeclSource::Flags => "--choices",
                        DeclSource::File => "choices",
                    },
                    d.name
                ));
            }
            _ => {}
        }
        if let Some(default) = &d.default {
            check_default(d, default)?;
        }
        if d.sensitive && d.var_type != VarType::String {
            return Err(format!("sensitive variable `{}` must be a string", d.name));
        }
        if d.sensitive && d.default.is_some() {
            // A default would be stored with the job: exactly what sensitive values never are.
            return Err(format!(
                "sensitive variable `{}` cannot have a default: its value is never stored",
                d.name
            ));
        }
    }
    Ok(())
}

/// Checks a declared default against the variable's type (and choices): an import file can
/// give any JSON/TOML value, and the job would otherwise run with it.
fn check_default(d: &VarDecl, default: &Value) -> Result<(), String> {
    let ok = match d.var_type {
        VarType::String => default.is_string(),
        VarType::Integer => default.is_i64(),
        VarType::Boolean => default.is_boolean(),
        // Membership in the choices is checked above.
        VarType::Choice => default.is_string(),
    };
    if ok {
        return Ok(());
    }
    let want = match d.var_type {
        VarType::String | VarType::Choice => "a string",
        VarType::Integer => "an integer",
        VarType::Boolean => "a boolean (true or false)",
    };
    Err(format!(
        "default of variable `{}` must be {want}, got {default}",
        d.name
    ))
}

/// Parses `--choices NAME=a,b,c`.
pub fn parse_choices(spec: &str) -> Result<(String, Vec<String>), String> {
    let (name, list) = spec
        .split_once('=')
        .ok_or_else(|| format!("`{spec}`: expected NAME=a,b,c"))?;
    let choices: Vec<String> = list
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    if choices.is_empty() {
        return Err(format!("`{spec}`: no choices given"));
    }
    Ok((name.to_string(), choices))
}

/// Parses `--var KEY=VALUE` assignments (the value may contain `=`).
pub fn parse_assignments(args: &[String]) -> Result<Vec<(String, String)>, String> {
    args.iter()
        .map(|a| {
            a.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .ok_or_else(|| format!("--var `{a}`: expected KEY=VALUE"))
        })
        .collect()
}

/// Converts a text value to the declared type.
pub fn coerce(decl: &VarDecl, text: &str) -> Result<Value, String> {
    let name = &decl.name;
    match decl.var_type {
        VarType::String => Ok(Value::String(text.to_string())),
        VarType::Integer => text
            .trim()
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| format!("variable `{name}` must be an integer, got `{text}`")),
        VarType::Boolean => match text.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" | "on" => Ok(Value::Bool(true)),
            "false" | "no" | "0" | "off" => Ok(Value::Bool(false)),
            _ => Err(format!(
                "variable `{name}` must be a boolean (true/false, yes/no, 1/0, on/off), got `{text}`"
            )),
        },
        VarType::Choice => {
            if decl.choices.iter().any(|c| c == text) {
                Ok(Value::String(text.to_string()))
            } else {
                Err(format!(
                    "variable `{name}` must be one of {}, got `{text}`",
                    decl.choices.join(", ")
                ))
            }
        }
    }
}

/// Validates given values against the declarations. Missing sensitive variables are
/// reported in `Missing::sensitive` so that the caller may prompt for them.
pub fn resolve(decls: &[VarDecl], given: &[(String, String)]) -> Result<VarValues, ResolveError> {
    let mut out = VarValues::default();
    for (key, text) in given {
        let decl = decls.iter().find(|d| &d.name == key).ok_or_else(|| {
            let known: Vec<&str> = decls.iter().map(|d| d.name.as_str()).collect();
            ResolveError::Invalid(if known.is_empty() {
                format!("unknown variable `{key}`: this job declares no variables")
            } else {
                format!(
                    "unknown variable `{key}`; this job declares: {}",
                    known.join(", ")
                )
            })
        })?;
        if out.values.contains_key(key) {
            return Err(ResolveError::Invalid(format!(
                "variable `{key}` given twice"
            )));
        }
        out.values.insert(
            key.clone(),
            coerce(decl, text).map_err(ResolveError::Invalid)?,
        );
    }
    let mut missing_sensitive = Vec::new();
    for d in decls {
        if d.sensitive {
            out.sensitive.push(d.name.clone());
        }
        if out.values.contains_key(&d.name) {
            continue;
        }
        if let Some(def) = &d.default {
            out.values.insert(d.name.clone(), def.clone());
        } else if d.required && d.sensitive {
            missing_sensitive.push(d.name.clone());
        } else if d.required {
            return Err(ResolveError::Invalid(format!(
                "variable `{}` is required: add --var {}=VALUE",
                d.name, d.name
            )));
        }
    }
    if missing_sensitive.is_empty() {
        Ok(out)
    } else {
        Err(ResolveError::MissingSensitive {
            partial: out,
            names: missing_sensitive,
        })
    }
}

/// Why values could not be resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum ResolveError {
    Invalid(String),
    /// Required sensitive variables with no value: prompt for them, or refuse.
    MissingSensitive {
        partial: VarValues,
        names: Vec<String>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decls() -> Vec<VarDecl> {
        let mut env = parse_declaration("env:choice=dev", false).unwrap();
        env.choices = vec!["dev".into(), "prod".into()];
        let mut token = parse_declaration("token:string", true).unwrap();
        token.sensitive = true;
        vec![
            parse_declaration("count:integer=3", false).unwrap(),
            parse_declaration("dry_run:boolean", true).unwrap(),
            env,
            token,
        ]
    }

    fn given(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn declarations_parse_and_check() {
        assert!(finish_declarations(&decls(), DeclSource::Flags).is_ok());
        assert!(parse_declaration("n:integer=abc", false).is_err());
        assert!(parse_declaration("n:float", false).is_err());
        assert!(parse_declaration("1n:string", false).is_err());
        assert!(parse_declaration("n", false).is_err());
        let bare_choice = parse_declaration("c:choice", false).unwrap();
        assert!(finish_declarations(&[bare_choice], DeclSource::Flags).is_err());
    }

    #[test]
    fn values_are_typed_and_defaults_fill_in() {
        let v = resolve(&decls(), &given(&[("dry_run", "yes"), ("token", "s3cret")])).unwrap();
        assert_eq!(v.values["count"], Value::from(3));
        assert_eq!(v.values["dry_run"], Value::Bool(true));
        assert_eq!(v.values["env"], Value::from("dev"));
        assert!(!v.storable().contains_key("token"));
        let env = v.environment();
        assert!(env.contains(&("JOBCTL_VAR_DRY_RUN".into(), "true".into())));
        assert!(
            env.iter()
                .any(|(k, v)| k == "JOBCTL_VARS" && v.contains("\"count\":3"))
        );
    }

    #[test]
    fn bad_values_are_refused() {
        let d = decls();
        for bad in [
            given(&[("dry_run", "maybe")]),
            given(&[("dry_run", "1"), ("count", "x")]),
            given(&[("dry_run", "1"), ("env", "staging")]),
            given(&[("dry_run", "1"), ("nope", "1")]),
            given(&[("count", "1")]),
        ] {
            assert!(
                matches!(resolve(&d, &bad), Err(ResolveError::Invalid(_))),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn sensitive_defaults_and_case_collisions_are_refused() {
        let mut token = parse_declaration("token:string=abc", false).unwrap();
        token.sensitive = true;
        let err = finish_declarations(&[token], DeclSource::Flags).unwrap_err();
        assert!(err.contains("cannot have a default"), "{err}");
        let a = parse_declaration("region:string", false).unwrap();
        let b = parse_declaration("REGION:string", false).unwrap();
        let err = finish_declarations(&[a, b], DeclSource::Flags).unwrap_err();
        assert!(err.contains("JOBCTL_VAR_REGION"), "{err}");
    }

    #[test]
    fn redact_truncated_masks_the_fragments_a_cut_leaves() {
        let mut v = VarValues::default();
        v.values
            .insert("token".into(), Value::from("Hunter2Secret"));
        v.sensitive.push("token".into());
        let output =
            b"xxHunter2Secr\n\xe2\x80\xa6[jobctl: 1 MiB omitted]\xe2\x80\xa6\nnter2Secret yy";
        let out = String::from_utf8(redact_truncated(output, 13, &v)).unwrap();
        assert_eq!(
            out,
            "xx[redacted]\n…[jobctl: 1 MiB omitted]…\n[redacted] yy"
        );
    }

    #[test]
    fn redact_masks_every_sensitive_value_and_nothing_else() {
        let v = resolve(&decls(), &given(&[("dry_run", "no"), ("token", "s3cret")])).unwrap();
        let out = redact(b"token=s3cret; again s3cret\nno=false dev", &v);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "token=[redacted]; again [redacted]\nno=false dev"
        );
        // A value with quotes is masked as printed and as escaped inside JOBCTL_VARS.
        let v = resolve(&decls(), &given(&[("dry_run", "no"), ("token", "a\"b\\c")])).unwrap();
        let vars = v
            .environment()
            .into_iter()
            .find(|(k, _)| k == "JOBCTL_VARS")
            .unwrap()
            .1;
        let out = redact(format!("raw a\"b\\c json {vars}").as_bytes(), &v);
        let out = String::from_utf8(out).unwrap();
        assert!(!out.contains("a\"b") && !out.contains("a\\\"b"), "{out}");
        assert!(out.contains("\"token\":\"[redacted]\""), "{out}");
        // Nothing sensitive: unchanged bytes, even invalid UTF-8.
        let plain_values = VarValues::default();
        assert_eq!(
            redact(b"\xff s3cret", &plain_values),
            b"\xff s3cret".to_vec()
        );
    }

    #[test]
    fn missing_sensitive_is_reported_for_prompting() {
        match resolve(&decls(), &given(&[("dry_run", "no")])) {
            Err(ResolveError::MissingSensitive { names, .. }) => assert_eq!(names, vec!["token"]),
            other => panic!("{other:?}"),
        }
    }
}
