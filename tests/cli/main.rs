//! The integration suite: every test drives the real `jobctl` binary with a temp database and
//! a pinned `JOBCTL_NOW` (see `harness`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr
)]

mod harness;

mod approval_integrity;
mod approvals;
mod claim_window;
mod cron_cli;
mod demo;
mod foundation;
mod import_crontab;
mod jobs_import;
mod permission_lookup;
mod permissions;
mod reliability;
mod results_list;
mod run_due;
mod scheduling;
mod workflows;
