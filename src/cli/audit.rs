//! `jobctl audit list`: read the append-only audit log.

use clap::Subcommand;

use crate::app::Ctx;
use crate::domain::time::fmt_utc;
use crate::error::{Error, Result};
use crate::store::audit::{self, AuditFilter};

#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// List audit entries, newest first (admins see every entry; others only their own)
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
        /// At most this many entries (at least 1)
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
    if limit < 1 {
        return Err(Error::invalid("--limit must be at least 1"));
    }
    // Entries hold comments, variables and commands: a user who is not an admin sees only
    // the entries they acted in.
    let visible_to = (!ctx.is_admin()).then(|| ctx.user_name().to_string());
    let entries = audit::list(
        ctx.store.conn(),
        &AuditFilter {
            actor,
            action,
            object,
            visible_to,
            limit,
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
