//! `jobctl audit list`: read the append-only audit log.

use clap::Subcommand;

use crate::app::Ctx;
use crate::domain::time::fmt_utc;
use crate::error::Result;
use crate::store::audit::{self, AuditFilter};

#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// List audit entries, newest first
    #[command(after_help = "Example:\n  jobctl audit list --actor alice --limit 20")]
    List {
        /// Only entries by this jobctl user
        #[arg(long)]
        actor: Option<String>,
        /// Only this action (e.g. stage.approve, schedule.create)
        #[arg(long)]
        action: Option<String>,
        /// Only this object (e.g. stage:12, job:backup)
        #[arg(long)]
        object: Option<String>,
        #[arg(long, default_value_t = 100)]
        limit: i64,
    },
}

/// Dispatches `jobctl audit …`.
pub fn run(ctx: &Ctx, cmd: AuditCmd) -> Result<()> {
    let AuditCmd::List {
        actor,
        action,
        object,
        limit,
    } = cmd;
    let entries = audit::list(
        ctx.store.conn(),
        &AuditFilter {
            actor,
            action,
            object,
            limit: limit.max(0),
        },
    )?;
    ctx.out.show(&entries, |entries| {
        let rows = entries
            .iter()
            .map(|e| {
                let by = if e.actor == e.os_user {
                    e.actor.clone()
                } else {
                    format!("{} (as {})", e.os_user, e.actor)
                };
                vec![
                    e.id.to_string(),
                    fmt_utc(e.at.0),
                    by,
                    e.action.clone(),
                    e.object.clone(),
                    e.detail.to_string(),
                ]
            })
            .collect();
        ctx.out.table(
            &["ID", "AT", "BY", "ACTION", "OBJECT", "DETAIL"],
            rows,
            "no audit entries",
        )
    })
}
