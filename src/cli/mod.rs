//! The command line: clap types (their doc comments are the help text) and the one dispatch.

mod admin;
mod approvals;
mod audit;
mod cron;
mod cron_line;
mod execute;
mod import_crontab;
mod jobs;
mod results;
mod run_due;
mod schedule;
mod schedules;
mod workflows;

use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand};
use clap_complete::Shell;

use crate::app::{Ctx, GlobalOptions};
use crate::error::Result;

const EXAMPLES: &str = "\
Examples:
  jobctl init
  jobctl jobs add backup --command 'tar czf /tmp/etc.tgz /etc'
  jobctl schedule backup --interval daily --name nightly --start-time '2030-01-01 02:30' --tz Europe/Berlin
  jobctl approvals pending
  jobctl run-due            # from cron, every minute: see `jobctl cron-line`";

/// Schedule jobs, put them through multi-stage approval, and run each approved occurrence exactly once.
#[derive(Debug, Parser)]
#[command(name = "jobctl", version, after_help = EXAMPLES, propagate_version = true)]
pub struct Cli {
    /// Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Print one JSON document instead of a table
    #[arg(long, global = true)]
    pub json: bool,
    /// Act as another jobctl user (root and jobctl admins only)
    #[arg(long, global = true, value_name = "NAME")]
    pub user: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create or migrate the database and name its first admin
    #[command(
        after_help = "Example:\n  jobctl init --admin alice\n  sudo jobctl init --shared-group ops --db /var/lib/jobctl/jobctl.db"
    )]
    Init(admin::InitArgs),
    /// Manage jobctl users (admins only)
    #[command(subcommand)]
    Users(admin::UsersCmd),
    /// Manage groups of users (admins only)
    #[command(subcommand)]
    Groups(admin::GroupsCmd),
    /// Grant, revoke and list permissions (admins only)
    #[command(subcommand)]
    Perms(admin::PermsCmd),
    /// Register and manage jobs (commands to run)
    #[command(subcommand)]
    Jobs(jobs::JobsCmd),
    /// Run a job now (in the foreground, or pending approval when a workflow applies)
    #[command(after_help = "Example:\n  jobctl run backup --var target=/srv")]
    Run(schedule::RunArgs),
    /// Schedule a job: immediately, once in the future, hourly, daily, weekly or on a crontab
    #[command(after_help = schedule::SCHEDULE_EXAMPLES)]
    Schedule(schedule::ScheduleArgs),
    /// List, show, enable, disable and delete scheduled jobs
    #[command(subcommand)]
    Schedules(schedules::SchedulesCmd),
    /// Import a crontab(5) file as jobs with custom schedules (admins only)
    #[command(
        after_help = "Examples:\n  jobctl import-crontab mycrontab --dry-run\n  crontab -l | jobctl import-crontab - --prefix me\n  jobctl import-crontab /etc/cron.d/sysstat --system"
    )]
    ImportCrontab(import_crontab::ImportCrontabArgs),
    /// Crontab expressions: next run times and plain-English explanations
    #[command(subcommand)]
    Cron(cron::CronCmd),
    /// Approval workflow definitions (admins only to change)
    #[command(subcommand)]
    Workflows(workflows::WorkflowsCmd),
    /// Approval dashboards: pending, done, list, requests, show, cancel
    #[command(subcommand)]
    Approvals(approvals::ApprovalsCmd),
    /// Approve the active stage of a pending approval workflow
    #[command(after_help = "Example:\n  jobctl approve 12 --comment 'checked the change ticket'")]
    Approve(approvals::ApproveArgs),
    /// Deny a stage: denies the whole workflow, and the job never runs
    #[command(after_help = "Example:\n  jobctl deny 12 --comment 'not during the freeze'")]
    Deny(approvals::DenyArgs),
    /// Comment on a stage without changing its state
    #[command(
        after_help = "Example:\n  jobctl comment 12 --comment 'which hosts does this touch?'"
    )]
    Comment(approvals::CommentArgs),
    /// Run every approved, due occurrence exactly once (run this from cron every minute)
    #[command(
        after_help = "Example (crontab):\n  * * * * * /usr/local/bin/jobctl run-due\nSee `jobctl cron-line` for a line with absolute paths."
    )]
    RunDue(run_due::RunDueArgs),
    /// Print the crontab line that runs `jobctl run-due` every minute, with absolute paths
    #[command(after_help = "Example:\n  (crontab -l; jobctl cron-line) | crontab -")]
    CronLine,
    /// Results of job runs
    #[command(subcommand)]
    Results(results::ResultsCmd),
    /// The append-only audit log
    #[command(subcommand)]
    Audit(audit::AuditCmd),
    /// Print a shell completion script
    #[command(after_help = "Example:\n  jobctl completions bash > /etc/bash_completion.d/jobctl")]
    Completions {
        /// The shell
        shell: Shell,
    },
}

/// Runs one parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let opts = GlobalOptions {
        db: cli.db,
        json: cli.json,
        user: cli.user,
    };
    match cli.command {
        Command::Completions { shell } => {
            completions(shell, &crate::output::Output::new(opts.json))
        }
        Command::Init(args) => admin::init(&opts, args),
        Command::Cron(cmd) => cron::run(&opts, cmd),
        Command::CronLine => cron_line::cron_line(&opts),
        command => {
            let ctx = Ctx::open(&opts)?;
            if ctx.store.was_created() {
                // A typo in --db or JOBCTL_DB (say, in a crontab line) must not go unnoticed.
                ctx.out.warn(&format!(
                    "created a new, empty database at {} (is that the right path? `jobctl init` makes its first admin)",
                    ctx.store.path().display()
                ));
            }
            dispatch(&ctx, command)
        }
    }
}

fn dispatch(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Users(cmd) => admin::users(ctx, cmd),
        Command::Groups(cmd) => admin::groups(ctx, cmd),
        Command::Perms(cmd) => admin::perms(ctx, cmd),
        Command::Jobs(cmd) => jobs::run(ctx, cmd),
        Command::Run(args) => schedule::run_now(ctx, args),
        Command::Schedule(args) => schedule::schedule(ctx, args),
        Command::Schedules(cmd) => schedules::run(ctx, cmd),
        Command::ImportCrontab(args) => import_crontab::run(ctx, args),
        Command::Workflows(cmd) => workflows::run(ctx, cmd),
        Command::Approvals(cmd) => approvals::run(ctx, cmd),
        Command::Approve(args) => approvals::approve(ctx, args),
        Command::Deny(args) => approvals::deny(ctx, args),
        Command::Comment(args) => approvals::comment(ctx, args),
        Command::RunDue(args) => run_due::run(ctx, args),
        Command::Results(cmd) => results::run(ctx, cmd),
        Command::Audit(cmd) => audit::run(ctx, cmd),
        Command::Init(_) | Command::Cron(_) | Command::CronLine | Command::Completions { .. } => {
            Ok(())
        }
    }
}

/// Writes the completion script for `shell` to stdout.
/// Generated into memory first: clap_complete panics when it cannot write (a closed pipe).
fn completions(shell: Shell, out: &crate::output::Output) -> Result<()> {
    let mut cmd = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "jobctl", &mut script);
    out.raw(&script)
}
