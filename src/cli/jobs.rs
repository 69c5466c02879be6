//! `jobctl jobs …`: register, import, list, show, enable, disable and remove jobs.

use std::collections::BTreeMap;

use clap::{Args, Subcommand};
use serde_json::json;

use crate::app::Ctx;
use crate::domain::job::{Job, JobDefinition, parse_import};
use crate::domain::variables::{DeclSource, parse_choices, parse_declaration};
use crate::domain::workflow::{self, ActorFacts, WorkflowState};
use crate::error::{Error, Result};
use crate::store::{jobs, schedules, workflows};

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per process
pub enum JobsCmd {
    /// Register a job (admins only)
    #[command(
        after_help = "Examples:\n  jobctl jobs add backup --command 'tar czf /tmp/b.tgz /etc'\n  jobctl jobs add deploy --command './deploy.sh' --var env:choice=staging --choices env=staging,prod --required-var version:string --time-limit 600"
    )]
    Add(AddArgs),
    /// Create or update jobs from a TOML or JSON file (upsert by name; admins only)
    #[command(
        after_help = "Example:\n  jobctl jobs import examples/jobs.toml\n\nChanging what a job runs (command, shell, env, stdin, run_as, variables) is refused while\nits scheduled jobs are pending approval or approved; --force cancels those requests."
    )]
    Import {
        /// The file (`-` for stdin)
        file: String,
        /// Change jobs whose scheduled jobs are pending approval or approved: cancel those
        /// requests (their requesters must request again)
        #[arg(long)]
        force: bool,
    },
    /// List jobs
    #[command(after_help = "Example:\n  jobctl jobs list --grouping maintenance")]
    List {
        #[arg(long)]
        grouping: Option<String>,
    },
    /// Show one job
    #[command(after_help = "Example:\n  jobctl jobs show backup --json")]
    Show { name: String },
    /// Enable a job
    #[command(after_help = "Example:\n  jobctl jobs enable backup")]
    Enable { name: String },
    /// Disable a job: it cannot be run or scheduled, and its schedules do not run (enabling it resumes them from now)
    #[command(after_help = "Example:\n  jobctl jobs disable backup")]
    Disable { name: String },
    /// Remove a job (refused while schedules use it, unless --force)
    #[command(after_help = "Example:\n  jobctl jobs remove backup --force")]
    Remove {
        name: String,
        /// Also delete the scheduled jobs (and their approvals) that use it
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Job name: letters, digits, `.`, `_`, `-`
    pub name: String,
    /// The command, run as `<shell> -c <command>`
    #[arg(long)]
    pub command: String,
    #[arg(long, default_value = "")]
    pub grouping: String,
    #[arg(long, default_value = "")]
    pub description: String,
    /// The shell that runs the command
    #[arg(long, default_value = "/bin/sh")]
    pub shell: String,
    /// Extra environment variable for the job (repeatable)
    #[arg(long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Text fed to the command's standard input
    #[arg(long)]
    pub stdin: Option<String>,
    /// Run as this OS account (run-due must run as root)
    #[arg(long, value_name = "ACCOUNT")]
    pub run_as: Option<String>,
    /// Optional variable: NAME:TYPE[=DEFAULT] (string, integer, boolean, choice)
    #[arg(long = "var", value_name = "NAME:TYPE[=DEFAULT]")]
    pub vars: Vec<String>,
    /// Required variable: NAME:TYPE
    #[arg(long = "required-var", value_name = "NAME:TYPE")]
    pub required_vars: Vec<String>,
    /// Required, sensitive string variable (never stored)
    #[arg(long = "sensitive-var", value_name = "NAME")]
    pub sensitive_vars: Vec<String>,
    /// Choices of a choice variable: NAME=a,b,c
    #[arg(long = "choices", value_name = "NAME=a,b,c")]
    pub choices: Vec<String>,
    /// Seconds before SIGTERM (0 = none)
    #[arg(long, default_value_t = 0)]
    pub soft_time_limit: u64,
    /// Seconds before SIGKILL (0 = none)
    #[arg(long, default_value_t = 0)]
    pub time_limit: u64,
    /// At most one run of this job at a time: an occurrence that comes due while a run is in
    /// progress, or together with another occurrence of it in the same run-due pass, is
    /// recorded `skipped` and not run (a skipped one-off is then completed); `jobctl run`
    /// refuses (exit 5)
    #[arg(long)]
    pub singleton: bool,
    /// The job may handle secrets (only immediate runs without approval)
    #[arg(long, conflicts_with = "no_sensitive")]
    pub sensitive: bool,
    /// The job handles no secrets (refused when a sensitive variable is declared)
    #[arg(long)]
    pub no_sensitive: bool,
    /// Register the job disabled
    #[arg(long)]
    pub disabled: bool,
}

impl AddArgs {
    fn definition(&self) -> Result<JobDefinition> {
        let invalid = Error::invalid;
        let mut def = JobDefinition::new(&self.name, &self.command);
        def.grouping = self.grouping.clone();
        def.description = self.description.clone();
        def.shell = self.shell.clone();
        def.stdin = self.stdin.clone();
        def.run_as = self.run_as.clone();
        def.enabled = Some(!self.disabled);
        def.singleton = self.singleton;
        def.soft_time_limit = self.soft_time_limit;
        def.time_limit = self.time_limit;
        def.sensitive = match (self.sensitive, self.no_sensitive) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        };
        let mut env = BTreeMap::new();
        for pair in &self.env {
            let (k, v) = pair
                .split_once('=')
                .ok_or_else(|| invalid(format!("--env `{pair}`: expected KEY=VALUE")))?;
            env.insert(k.to_string(), v.to_string());
        }
        def.env = env;
        for spec in &self.vars {
            def.variables
                .push(parse_declaration(spec, false).map_err(invalid)?);
        }
        for spec in &self.required_vars {
            def.variables
                .push(parse_declaration(spec, true).map_err(invalid)?);
        }
        for name in &self.sensitive_vars {
            let mut decl = parse_declaration(&format!("{name}:string"), true).map_err(invalid)?;
            decl.sensitive = true;
            def.variables.push(decl);
        }
        for spec in &self.choices {
            let (name, choices) = parse_choices(spec).map_err(invalid)?;
            let decl = def
                .variables
                .iter_mut()
                .find(|d| d.name == name)
                .ok_or_else(|| invalid(format!("--choices for undeclared variable `{name}`")))?;
            decl.choices = choices;
        }
        Ok(def)
    }
}

/// Dispatches `jobctl jobs …`.
pub fn run(ctx: &Ctx, cmd: JobsCmd) -> Result<()> {
    match cmd {
        JobsCmd::Add(args) => add(ctx, &args),
        JobsCmd::Import { file, force } => import(ctx, &file, force),
        JobsCmd::List { grouping } => {
            let list = jobs::list(ctx.store.conn(), grouping.as_deref())?;
            ctx.out.show(&list, |list| {
                let rows = list
                    .iter()
                    .map(|j| {
                        vec![
                            j.name.clone(),
                            j.grouping.clone(),
                            super::admin::yes_no(j.enabled),
                            truncate(&j.command, 50),
                            j.description.clone(),
                        ]
                    })
                    .collect();
                ctx.out.table(
                    &["NAME", "GROUPING", "ENABLED", "COMMAND", "DESCRIPTION"],
                    rows,
                    "no jobs",
                )
            })
        }
        JobsCmd::Show { name } => {
            let job = jobs::get(ctx.store.conn(), &name)?;
            ctx.out.show(&job, |j| show_human(ctx, j))
        }
        JobsCmd::Enable { name } => set_enabled(ctx, &name, true),
        JobsCmd::Disable { name } => set_enabled(ctx, &name, false),
        JobsCmd::Remove { name, force } => remove(ctx, &name, force),
    }
}

fn add(ctx: &Ctx, args: &AddArgs) -> Result<()> {
    let def = args.definition()?;
    let sensitive = def.validate().map_err(Error::invalid)?;
    ctx.require_admin("manage jobs")?;
    let tx = ctx.store.immediate()?;
    let job = jobs::insert(&tx, &def, sensitive, ctx.now_secs())?;
    ctx.audit(
        &tx,
        "job.add",
        &format!("job:{}", job.name),
        json!({"command": job.command}),
    )?;
    tx.commit()?;
    ctx.out
        .show(&job, |j| ctx.out.line(&format!("added job {}", j.name)))
}

fn import(ctx: &Ctx, file: &str, force: bool) -> Result<()> {
    let text = super::import_crontab::read_input(file)?;
    let defs = parse_import(&text).map_err(|e| Error::invalid(format!("{file}: {e}")))?;
    let mut checked = Vec::new();
    for def in defs {
        let sensitive = def
            .validate_from(DeclSource::File)
            .map_err(|e| Error::invalid(format!("{file}: {e}")))?;
        if checked
            .iter()
            .any(|(d, _): &(JobDefinition, bool)| d.name == def.name)
        {
            return Err(Error::invalid(format!(
                "{file}: job `{}` appears twice",
                def.name
            )));
        }
        checked.push((def, sensitive));
    }
    ctx.require_admin("manage jobs")?;
    let tx = ctx.store.immediate()?;
    let mut report = Vec::new();
    let mut refused = Vec::new();
    for (def, sensitive) in &checked {
        let existing = jobs::find(&tx, &def.name)?;
        // An approval covers the definition its approvers saw: changing what runs waits for
        // (or, with --force, voids) the requests that rely on it.
        let held = match &existing {
            Some(job) if job.fingerprint() != def.fingerprint() => {
                workflows::holding_job_definition(&tx, job.id)?
            }
            _ => Vec::new(),
        };
        if !held.is_empty() && !force {
            refused.push(format!("job {}: {}", def.name, describe_held(&held)));
            continue;
        }
        let outcome = if existing.is_some() {
            if jobs::update(&tx, def, *sensitive, ctx.now_secs())? {
                "updated"
            } else {
                "unchanged"
            }
        } else {
            jobs::insert(&tx, def, *sensitive, ctx.now_secs())?;
            "created"
        };
        if outcome != "unchanged" {
            ctx.audit(
                &tx,
                &format!("job.{}", &outcome[..outcome.len() - 1]),
                &format!("job:{}", def.name),
                json!({"via": "import"}),
            )?;
        }
        let canceled = void_held(ctx, &tx, &def.name, &held)?;
        report.push(json!({"name": def.name, "outcome": outcome, "canceled_schedules": canceled}));
    }
    if !refused.is_empty() {
        // Nothing is written: the transaction rolls back.
        return Err(Error::conflict(format!(
            "changing these jobs would change what approved or pending requests run: {}",
            refused.join("; ")
        ))
        .hint("leave those jobs unchanged, or add --force to cancel those requests (their requesters must request approval again)"));
    }
    tx.commit()?;
    ctx.out.show(&report, |r| {
        let rows = r
            .iter()
            .map(|e| {
                vec![
                    e["name"].as_str().unwrap_or("").to_string(),
                    e["outcome"].as_str().unwrap_or("").to_string(),
                ]
            })
            .collect();
        ctx.out
            .table(&["JOB", "OUTCOME"], rows, "no jobs in the file")?;
        for e in r {
            for id in e["canceled_schedules"].as_array().into_iter().flatten() {
                ctx.out.line(&format!(
                    "canceled scheduled job {id} of job {}: its requester must request approval again",
                    e["name"].as_str().unwrap_or("")
                ))?;
            }
        }
        Ok(())
    })
}

/// `3 "nightly" (approved), 5 "once" (pending approval)`.
fn describe_held(held: &[workflows::HeldSchedule]) -> String {
    held.iter()
        .map(|h| {
            let state = match h.workflow_state {
                WorkflowState::Approved => "approved",
                _ => "pending approval",
            };
            format!("scheduled job {} \"{}\" ({state})", h.schedule, h.name)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Cancels the workflows and scheduled jobs that relied on a job's old definition (a forced
/// import), audited; returns the scheduled job ids.
fn void_held(
    ctx: &Ctx,
    tx: &rusqlite::Connection,
    job: &str,
    held: &[workflows::HeldSchedule],
) -> Result<Vec<i64>> {
    let actor = ActorFacts {
        user: ctx.user_id(),
        os_user: ctx.actor.os_user_id,
        is_admin: ctx.is_admin(),
        in_approver_group: false,
        can_view_stage: false,
        can_change_stage: false,
        can_change_scheduled_job: false,
    };
    let mut canceled = Vec::new();
    for h in held {
        let info = workflows::snapshot(tx, h.workflow)?;
        let t = workflow::void_for_changed_job(&info.snapshot, &actor).map_err(|r| {
            let (_, code) = r.kind_and_code();
            match code {
                3 => Error::denied(r.message()),
                _ => Error::conflict(r.message()),
            }
        })?;
        workflows::apply_cancel(tx, h.workflow, &t, ctx.now_secs())?;
        schedules::set_state(tx, h.schedule, t.schedule_effect.scheduled_job_state())?;
        ctx.audit(
            tx,
            "workflow.cancel",
            &format!("workflow:{}", h.workflow),
            json!({"reason": "job definition changed (jobs import --force)", "was": h.workflow_state,
                   "schedule": h.schedule, "job": job, "canceled_stages": t.canceled_stages}),
        )?;
        canceled.push(h.schedule);
    }
    Ok(canceled)
}

fn set_enabled(ctx: &Ctx, name: &str, enabled: bool) -> Result<()> {
    let tx = ctx.store.immediate()?;
    let job = jobs::get(&tx, name)?;
    ctx.require_admin("manage jobs")?;
    if jobs::set_enabled(&tx, job.id, enabled, ctx.now_secs())? {
        if enabled {
            // Like `schedules enable`: recurring schedules resume from now.
            for s in crate::store::schedules::list(&tx, Some(name))? {
                crate::store::schedules::resume(&tx, &s, ctx.now)?;
            }
        }
        let action = if enabled { "job.enable" } else { "job.disable" };
        ctx.audit(&tx, action, &format!("job:{name}"), json!({}))?;
    }
    let job = jobs::get(&tx, name)?;
    tx.commit()?;
    ctx.out.show(&job, |j| {
        ctx.out.line(&format!(
            "job {} {}",
            j.name,
            if j.enabled { "enabled" } else { "disabled" }
        ))
    })
}

fn remove(ctx: &Ctx, name: &str, force: bool) -> Result<()> {
    let tx = ctx.store.immediate()?;
    let job = jobs::get(&tx, name)?;
    ctx.require_admin("manage jobs")?;
    let schedules = jobs::schedule_count(&tx, job.id)?;
    if schedules > 0 && !force {
        return Err(Error::conflict(format!(
            "job {name} is used by {schedules} scheduled job(s)"
        ))
        .hint("add --force to delete them too, or delete them with `jobctl schedules delete`"));
    }
    jobs::delete(&tx, job.id)?;
    ctx.audit(
        &tx,
        "job.remove",
        &format!("job:{name}"),
        json!({"schedules_deleted": schedules}),
    )?;
    tx.commit()?;
    ctx.out.show(
        &json!({"removed": name, "schedules_deleted": schedules}),
        |_| {
            ctx.out.line(&format!(
                "removed job {name}{}",
                if schedules > 0 {
                    format!(" and {schedules} scheduled job(s)")
                } else {
                    String::new()
                }
            ))
        },
    )
}

fn show_human(ctx: &Ctx, j: &Job) -> Result<()> {
    let vars = j
        .variables
        .iter()
        .map(|v| {
            let mut s = format!(
                "{}:{}",
                v.name,
                serde_json::to_value(v.var_type)
                    .ok()
                    .and_then(|t| t.as_str().map(String::from))
                    .unwrap_or_default()
            );
            if v.required {
                s.push_str(" required");
            }
            if v.sensitive {
                s.push_str(" sensitive");
            }
            if let Some(d) = &v.default {
                s.push_str(&format!(" default={d}"));
            }
            if !v.choices.is_empty() {
                s.push_str(&format!(" choices={}", v.choices.join(",")));
            }
            s
        })
        .collect::<Vec<_>>()
        .join("; ");
    let env = j
        .env
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(" ");
    let limit = |s: u64| {
        if s == 0 {
            "none".to_string()
        } else {
            format!("{s}s")
        }
    };
    ctx.out.fields(&[
        ("name", j.name.clone()),
        ("id", j.id.to_string()),
        ("grouping", j.grouping.clone()),
        ("description", j.description.clone()),
        ("command", j.command.clone()),
        ("shell", j.shell.clone()),
        ("env", env),
        (
            "stdin",
            j.stdin
                .clone()
                .map(|s| format!("{s:?}"))
                .unwrap_or_default(),
        ),
        ("run as", j.run_as.clone().unwrap_or_default()),
        ("enabled", super::admin::yes_no(j.enabled)),
        ("sensitive", super::admin::yes_no(j.has_sensitive_variables)),
        ("variables", vars),
        ("soft time limit", limit(j.soft_time_limit)),
        ("time limit", limit(j.time_limit)),
        ("singleton", super::admin::yes_no(j.singleton)),
    ])
}

pub(crate) fn truncate(s: &str, max: usize) -> String {
    let one_line = s.replace('\n', " ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        format!("{}…", one_line.chars().take(max - 1).collect::<String>())
    }
}
