//! Pure domain code: no I/O, no clock reads, no database, no clap.

pub mod cron;
pub mod crontab_file;
pub mod glob;
pub mod job;
pub mod names;
pub mod permission;
pub mod schedule;
pub mod time;
pub mod variables;
pub mod workflow;
