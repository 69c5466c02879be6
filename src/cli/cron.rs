//! `jobctl cron next|explain`: crontab expressions without a database.

use clap::Subcommand;
use serde_json::json;

use crate::app::{GlobalOptions, read_clock, zone_or_default};
use crate::domain::cron::CronExpr;
use crate::domain::time::{Timestamp, fmt_local, fmt_utc, parse_time_in_zone};
use crate::error::{Error, Result};
use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum CronCmd {
    /// The next run times of a crontab expression
    #[command(
        after_help = "Examples:\n  jobctl cron next '30 2 * * *' --tz Europe/Berlin -n 3\n  jobctl cron next '0 9 13 * 5' --after 2030-01-01T00:00:00Z --json"
    )]
    Next {
        /// Five fields or a macro (@daily, …); quote it
        #[arg(allow_hyphen_values = true)]
        expr: String,
        /// IANA time zone [default: $JOBCTL_TZ, else the system zone, else UTC]
        #[arg(long)]
        tz: Option<String>,
        /// Start after this time (RFC 3339 or local `YYYY-MM-DD HH:MM`) [default: now]
        #[arg(long)]
        after: Option<String>,
        /// How many
        #[arg(short = 'n', default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=10000))]
        n: u32,
    },
    /// Explain a crontab expression in plain English, with warnings
    #[command(after_help = "Example:\n  jobctl cron explain '0 9 13 * 5'")]
    Explain {
        /// Five fields or a macro (@daily, …); quote it
        #[arg(allow_hyphen_values = true)]
        expr: String,
        /// Zone for DST warnings [default: $JOBCTL_TZ, else the system zone, else UTC]
        #[arg(long)]
        tz: Option<String>,
    },
}

/// Dispatches `jobctl cron …`.
pub fn run(opts: &GlobalOptions, cmd: CronCmd) -> Result<()> {
    let out = Output::new(opts.json);
    let now = read_clock()?;
    match cmd {
        CronCmd::Next { expr, tz, after, n } => {
            let cron = CronExpr::parse(&expr).map_err(|e| Error::invalid(e.to_string()))?;
            let tz = zone_or_default(tz.as_deref())?;
            let after = match after {
                Some(a) => parse_time_in_zone(&a, tz)
                    .map_err(|e| Error::invalid(format!("--after: {e}")))?,
                None => now,
            };
            let times: Vec<_> = cron.iter_after(after, tz).take(n as usize).collect();
            let doc = json!({
                "expression": cron.as_str(),
                "time_zone": tz.name(),
                "next": times.iter().map(|t| Timestamp(*t)).collect::<Vec<_>>(),
            });
            out.show(&doc, |_| {
                let rows = times
                    .iter()
                    .map(|t| vec![fmt_local(*t, tz), fmt_utc(*t)])
                    .collect();
                out.table(&["LOCAL", "UTC"], rows, "no run times")
            })
        }
        CronCmd::Explain { expr, tz } => {
            let cron = CronExpr::parse(&expr).map_err(|e| Error::invalid(e.to_string()))?;
            let tz = zone_or_default(tz.as_deref())?;
            let description = cron.explain();
            let warnings = cron.warnings(tz, now);
            let doc = json!({
                "expression": cron.as_str(),
                "time_zone": tz.name(),
                "description": description,
                "fixed_time": cron.is_fixed_time(),
                "warnings": warnings,
            });
            out.show(&doc, |_| {
                out.line(&description)?;
                for w in &warnings {
                    out.line(&format!("warning: {w}"))?;
                }
                Ok(())
            })
        }
    }
}
