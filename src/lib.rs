//! jobctl: schedule jobs, put them through multi-stage approval, and run each approved
//! occurrence exactly once. The binary is a thin shell around [`cli::run`].

pub mod app;
pub mod cli;
pub mod domain;
pub mod error;
pub mod output;
pub mod runner;
pub mod store;
