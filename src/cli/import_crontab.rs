//! `jobctl import-crontab`: one job and one custom scheduled job per crontab(5) entry, in one
//! transaction, idempotent by a content-derived name.

use std::collections::BTreeMap;
use std::io::Read;

use clap::Args;
use serde::Serialize;
use serde_json::{Value, json};

use super::schedule::{ScheduleRequest, create};
use crate::app::{Ctx, zone_or_default};
use crate::domain::cron::{CronExpr, parse_tz};
use crate::domain::crontab_file::{
    CrontabFormat, SkippedLine, default_prefix, job_name, parse_crontab_bytes, sanitize_name_part,
    variant_suffix,
};
use crate::domain::job::JobDefinition;
use crate::domain::schedule::Interval;
use crate::error::{Error, Result};
use crate::store::{jobs, schedules, workflows};

#[derive(Debug, Args)]
pub struct ImportCrontabArgs {
    /// The crontab file (`-` for stdin)
    pub file: String,
    /// System format (/etc/crontab, /etc/cron.d/*): a user name follows the five time fields
    #[arg(long)]
    pub system: bool,
    /// Zone of entries without CRON_TZ/TZ [default: $JOBCTL_TZ, else the system zone, else UTC]
    #[arg(long)]
    pub tz: Option<String>,
    /// Job-name prefix [default: the file's base name]
    #[arg(long)]
    pub prefix: Option<String>,
    /// Show what would be imported, change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Remove jobs (and their schedules) imported earlier with this prefix whose entries left the file
    #[arg(long)]
    pub prune: bool,
}

/// One imported entry, as reported.
#[derive(Debug, Clone, Serialize)]
pub struct EntryReport {
    pub line: usize,
    pub name: String,
    pub crontab: String,
    pub user: Option<String>,
    pub command: String,
    pub stdin: Option<String>,
    pub env: BTreeMap<String, String>,
    pub time_zone: String,
    /// created, unchanged, updated (or, with --dry-run, would-create …)
    pub outcome: String,
    pub scheduled_job: Option<i64>,
}

/// Reads a text file, or stdin for `-`.
pub fn read_input(file: &str) -> Result<String> {
    String::from_utf8(read_bytes(file)?)
        .map_err(|_| Error::invalid(format!("{file} is not UTF-8 text")))
}

/// Reads a file's bytes, or stdin's for `-`.
pub fn read_bytes(file: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::invalid(format!("cannot read stdin: {e}")))?;
    } else {
        bytes = std::fs::read(file).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::not_found(format!("no such file: {file}")),
            _ => Error::invalid(format!("cannot read {file}: {e}")),
        })?;
    }
    Ok(bytes)
}

/// `--prune` removes the jobs whose entries left the file: when nothing was read, or a line
/// was not understood, that would remove jobs whose entries are still there (exit 5).
fn refuse_prune(file: &str, no_entries: bool, skipped: &[SkippedLine]) -> Result<()> {
    if no_entries {
        return Err(Error::conflict(format!(
            "{file} has no crontab entries: --prune would remove every job imported with this prefix"
        ))
        .hint("check the input (did `crontab -l` fail?); to remove the imported jobs, use `jobctl jobs remove --force`"));
    }
    let bad: Vec<String> = skipped
        .iter()
        .filter(|s| s.blocks_prune)
        .map(|s| format!("line {}: {}", s.line, s.reason))
        .collect();
    if !bad.is_empty() {
        return Err(Error::conflict(format!(
            "{file} has lines that could not be imported, so --prune could remove jobs whose entries are still there: {}",
            bad.join("; ")
        ))
        .hint("fix those lines, or import without --prune"));
    }
    Ok(())
}

/// `jobctl import-crontab`.
pub fn run(ctx: &Ctx, args: ImportCrontabArgs) -> Result<()> {
    let default_tz = zone_or_default(args.tz.as_deref())?;
    let prefix = match &args.prefix {
        Some(p) if p.trim().is_empty() => return Err(Error::invalid("--prefix must not be empty")),
        Some(p) => sanitize_name_part(p),
        None => default_prefix(&args.file),
    };
    let bytes = read_bytes(&args.file)?;
    // A stray Latin-1 byte costs only its line (see `parse_crontab_bytes`); a binary file is
    // no crontab at all.
    if bytes.contains(&0) {
        return Err(Error::invalid(format!(
            "{} is binary, not UTF-8 text (it contains NUL bytes)",
            args.file
        )));
    }
    ctx.require_admin("import crontabs")?;
    let format = if args.system {
        CrontabFormat::System
    } else {
        CrontabFormat::User
    };
    let validate = |s: &str| {
        CronExpr::parse(s)
            .map(|c| c.as_str().to_string())
            .map_err(|e| e.to_string())
    };
    let parsed = parse_crontab_bytes(&bytes, format, &validate);
    if args.prune {
        refuse_prune(&args.file, parsed.entries.is_empty(), &parsed.skipped)?;
    }
    let mut skipped: Vec<SkippedLine> = parsed.skipped.clone();
    let grouping = format!("crontab:{prefix}");
    let tx = ctx.store.immediate()?;
    let mut reports: Vec<EntryReport> = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    // The variant (zone, shell, environment) of the first entry with each content name.
    let mut first_variant: BTreeMap<String, String> = BTreeMap::new();
    for e in &parsed.entries {
        let tz = match &e.time_zone {
            Some(z) => match parse_tz(z) {
                Ok(tz) => tz,
                Err(err) => {
                    skipped.push(SkippedLine {
                        line: e.line,
                        reason: format!("CRON_TZ: {err}"),
                        blocks_prune: true,
                    });
                    continue;
                }
            },
            None => default_tz,
        };
        // The name comes from the entry's content (spec §3); a later entry with the same
        // content but another zone, shell or environment is another schedule cron runs: it
        // gets the content name plus a suffix from its variant, stable across re-imports.
        let base = job_name(&prefix, &e.slug);
        let variant = variant_suffix(tz.name(), e.shell.as_deref(), &e.env);
        let name = match first_variant.get(&base) {
            Some(first) if *first != variant => format!("{base}-{variant}"),
            Some(_) => base,
            None => {
                first_variant.insert(base.clone(), variant);
                base
            }
        };
        if let Some(first) = seen.get(&name) {
            skipped.push(SkippedLine {
                line: e.line,
                reason: format!("same entry as line {first}"),
                blocks_prune: false,
            });
            continue;
        }
        let Ok(cron) = CronExpr::parse(&e.schedule) else {
            skipped.push(SkippedLine {
                line: e.line,
                reason: format!("bad schedule {}", e.schedule),
                blocks_prune: true,
            });
            continue;
        };
        seen.insert(name.clone(), e.line);
        let mut def = JobDefinition::new(&name, &e.command);
        def.grouping = grouping.clone();
        def.description = format!("imported from {} line {}", args.file, e.line);
        def.env = e.env.clone();
        if let Some(shell) = &e.shell {
            def.shell = shell.clone();
        }
        def.stdin = e.stdin.clone();
        def.run_as = e.user.clone();
        let mut report = EntryReport {
            line: e.line,
            name: name.clone(),
            crontab: cron.as_str().to_string(),
            user: e.user.clone(),
            command: e.command.clone(),
            stdin: e.stdin.clone(),
            env: e.env.clone(),
            time_zone: tz.name().to_string(),
            outcome: String::new(),
            scheduled_job: None,
        };
        let existing = jobs::find(&tx, &name)?;
        if let Some(job) = &existing {
            // The file owns the command, its input, environment, shell and account; what an
            // admin set on the imported job since (switched off, limits, variables) stays.
            def.enabled = Some(job.enabled);
            def.soft_time_limit = job.soft_time_limit;
            def.time_limit = job.time_limit;
            def.singleton = job.singleton;
            def.variables = job.variables.clone();
            def.sensitive = Some(job.has_sensitive_variables);
        }
        let sensitive = match def.validate() {
            Ok(sensitive) => sensitive,
            Err(msg) => {
                skipped.push(SkippedLine {
                    line: e.line,
                    reason: msg,
                    blocks_prune: true,
                });
                continue;
            }
        };
        let schedule = match &existing {
            Some(job) => schedules::list(&tx, Some(&job.name))?
                .into_iter()
                .find(|s| s.name == name),
            None => None,
        };
        let job_changed = existing.as_ref().is_some_and(|job| {
            job.command != def.command
                || job.stdin != def.stdin
                || job.env != def.env
                || job.shell != def.shell
                || job.run_as != def.run_as
                || job.grouping != def.grouping
                || job.description != def.description
        });
        // CRON_TZ/TZ is not part of an entry's identity: a new zone moves the schedule.
        let zone_changed = schedule.as_ref().is_some_and(|s| s.time_zone != tz.name());
        // An approval covers what its approvers saw: while a request for this job is pending
        // or approved, its environment, shell and zone stay as they are.
        if let Some(job) = &existing
            && (zone_changed || job.fingerprint() != def.fingerprint())
        {
            let held = workflows::holding_job_definition(&tx, job.id)?;
            if !held.is_empty() {
                let ids: Vec<String> = held.iter().map(|h| h.schedule.to_string()).collect();
                skipped.push(SkippedLine {
                    line: e.line,
                    reason: format!(
                        "job {name} would change (environment, shell or time zone) while scheduled job {} is pending approval or approved; cancel or delete it first",
                        ids.join(", ")
                    ),
                    // The entry is still in the file: its job is kept, not pruned.
                    blocks_prune: false,
                });
                continue;
            }
        }
        let outcome = match (&existing, &schedule) {
            (None, _) => "created",
            (Some(_), None) => "rescheduled",
            _ if job_changed || zone_changed => "updated",
            _ => "unchanged",
        };
        report.scheduled_job = schedule.as_ref().map(|s| s.id);
        report.outcome = if args.dry_run && outcome != "unchanged" {
            format!("would be {outcome}")
        } else {
            outcome.to_string()
        };
        if !args.dry_run {
            let job = match existing {
                None => jobs::insert(&tx, &def, sensitive, ctx.now_secs())?,
                Some(_) => {
                    jobs::update(&tx, &def, sensitive, ctx.now_secs())?;
                    jobs::get(&tx, &name)?
                }
            };
            jobs::mark_imported(&tx, job.id, &prefix)?;
            match &schedule {
                None => {
                    let created = create(
                        ctx,
                        &tx,
                        &job,
                        &ScheduleRequest {
                            name: Some(name.clone()),
                            interval: Interval::Custom,
                            start_time: None,
                            cron: Some(cron.clone()),
                            tz,
                            variables: Value::Object(Default::default()),
                            description: def.description.clone(),
                        },
                    )?;
                    report.scheduled_job = Some(created.schedule_id);
                }
                Some(s) if zone_changed => {
                    let mut moved = s.clone();
                    moved.time_zone = tz.name().to_string();
                    let next_run = match s.state.as_str() {
                        "active" | "pending" => moved.recurrence().first_run(ctx.now),
                        _ => s.next_run,
                    };
                    schedules::set_time_zone(&tx, s.id, tz.name(), next_run)?;
                    ctx.audit(
                        &tx,
                        "schedule.update",
                        &format!("schedule:{}", s.id),
                        json!({"time_zone": {"from": s.time_zone, "to": tz.name()},
                               "next_run": next_run.map(crate::domain::time::fmt_utc)}),
                    )?;
                }
                Some(_) => {}
            }
        }
        reports.push(report);
    }
    let mut pruned = Vec::new();
    if args.prune {
        refuse_prune(&args.file, false, &skipped)?;
        for job in jobs::imported(&tx, &prefix)? {
            if !seen.contains_key(&job.name) {
                if !args.dry_run {
                    jobs::delete(&tx, job.id)?;
                }
                pruned.push(job.name);
            }
        }
    }
    skipped.sort_by_key(|s| s.line);
    if !args.dry_run {
        let changed = reports.iter().filter(|r| r.outcome != "unchanged").count();
        ctx.audit(&tx, "crontab.import", &format!("file:{}", args.file), json!({
            "prefix": prefix, "entries": reports.len(), "changed": changed, "skipped": skipped.len(), "pruned": pruned,
        }))?;
        tx.commit()?;
    }
    for s in &skipped {
        ctx.out.warn(&format!(
            "{} line {}: skipped: {}",
            args.file, s.line, s.reason
        ));
    }
    let doc =
        json!({"entries": reports, "skipped": skipped, "pruned": pruned, "dry_run": args.dry_run});
    ctx.out.show(&doc, |_| {
        let rows = reports
            .iter()
            .map(|r| {
                vec![
                    r.line.to_string(),
                    r.name.clone(),
                    r.crontab.clone(),
                    r.user.clone().unwrap_or_else(|| "-".into()),
                    super::jobs::truncate(&r.command, 40),
                    r.time_zone.clone(),
                    r.outcome.clone(),
                ]
            })
            .collect();
        ctx.out.table(
            &[
                "LINE", "NAME", "CRONTAB", "USER", "COMMAND", "ZONE", "OUTCOME",
            ],
            rows,
            "no entries",
        )?;
        for p in &pruned {
            ctx.out.line(&format!(
                "{} {p}",
                if args.dry_run {
                    "would prune"
                } else {
                    "pruned"
                }
            ))?;
        }
        Ok(())
    })
}
