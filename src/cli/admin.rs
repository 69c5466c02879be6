//! `init`, `users`, `groups` and `perms`: the database, its people and their permissions.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use clap::{Args, Subcommand};
use serde_json::json;

use crate::app::{Ctx, GlobalOptions};
use crate::domain::glob::validate_glob;
use crate::domain::names::validate_principal_name;
use crate::domain::permission::{Permission, Principal};
use crate::error::{Error, Result};
use crate::store::users;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Make this user the first admin (default: the invoking account)
    #[arg(long, value_name = "NAME")]
    pub admin: Option<String>,
    /// Share the database with the OS accounts of this group (mode 0660, setgid folder)
    #[arg(long, value_name = "GROUP")]
    pub shared_group: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum UsersCmd {
    /// Add a user
    #[command(after_help = "Example:\n  jobctl users add alice\n  jobctl users add bob --admin")]
    Add {
        name: String,
        /// Make the user a jobctl admin
        #[arg(long)]
        admin: bool,
    },
    /// List users
    #[command(after_help = "Example:\n  jobctl users list --json")]
    List,
    /// Remove a user (its history stays)
    #[command(after_help = "Example:\n  jobctl users remove alice")]
    Remove { name: String },
}

#[derive(Debug, Subcommand)]
pub enum GroupsCmd {
    /// Add a group
    #[command(after_help = "Example:\n  jobctl groups add leads")]
    Add { name: String },
    /// Add a user to a group
    #[command(after_help = "Example:\n  jobctl groups add-member leads alice")]
    AddMember {
        group: String,
        #[arg(value_name = "USER")]
        member: String,
    },
    /// Remove a user from a group
    #[command(after_help = "Example:\n  jobctl groups remove-member leads alice")]
    RemoveMember {
        group: String,
        #[arg(value_name = "USER")]
        member: String,
    },
    /// List groups and their members
    #[command(after_help = "Example:\n  jobctl groups list")]
    List,
}

#[derive(Debug, Subcommand)]
pub enum PermsCmd {
    /// Grant permissions to user:NAME or group:NAME
    #[command(
        after_help = "Example:\n  jobctl perms grant group:leads extras.view_approvalworkflowstage extras.change_approvalworkflowstage extras.change_scheduledjob\n  jobctl perms grant user:alice extras.run_job --job 'backup-*'"
    )]
    Grant(PermArgs),
    /// Revoke permissions
    #[command(
        after_help = "Example:\n  jobctl perms revoke user:alice extras.run_job --job 'backup-*'"
    )]
    Revoke(PermArgs),
    /// List grants, of everyone or of one principal
    #[command(after_help = "Example:\n  jobctl perms list group:leads")]
    List { principal: Option<String> },
}

#[derive(Debug, Args)]
pub struct PermArgs {
    /// user:NAME or group:NAME
    pub principal: String,
    /// Permission names (extras.run_job, extras.view_scheduledjob, …)
    #[arg(required = true)]
    pub perms: Vec<String>,
    /// Only for jobs whose name matches this glob
    #[arg(long, value_name = "GLOB")]
    pub job: Option<String>,
}

/// `jobctl init`.
pub fn init(opts: &GlobalOptions, args: InitArgs) -> Result<()> {
    if let Some(name) = &args.admin {
        validate_principal_name(name, "user name").map_err(Error::invalid)?;
    }
    let group = args
        .shared_group
        .as_deref()
        .map(|g| {
            nix::unistd::Group::from_name(g)
                .ok()
                .flatten()
                .ok_or_else(|| Error::invalid(format!("--shared-group: no OS group named {g}")))
        })
        .transpose()?;
    if let Some(group) = &group {
        let path = crate::app::database_path(opts.db.as_deref())?;
        prepare_shared_folder(&path, group)?;
    }
    let ctx = Ctx::open(&GlobalOptions {
        user: None,
        ..opts.clone()
    })?;
    let conn = ctx.store.conn();
    let tx = ctx.store.immediate()?;
    let target = args
        .admin
        .clone()
        .unwrap_or_else(|| ctx.actor.os.name.clone());
    let mut made_admin = None;
    if !users::has_admin(&tx)? {
        let user = users::ensure_user(&tx, &target, ctx.now_secs())?;
        users::set_admin(&tx, user.id, true)?;
        made_admin = Some(target.clone());
    } else if args.admin.is_some() {
        if !(ctx.actor.os.uid == 0 || ctx.is_admin()) {
            return Err(Error::denied(
                "this database already has an admin; only root or an admin can name another",
            ));
        }
        let user = users::ensure_user(&tx, &target, ctx.now_secs())?;
        if !user.is_admin {
            users::set_admin(&tx, user.id, true)?;
            made_admin = Some(target.clone());
        }
    }
    if let Some(name) = &made_admin {
        ctx.audit(
            &tx,
            "user.admin",
            &format!("user:{name}"),
            json!({"via": "init"}),
        )?;
    }
    tx.commit()?;
    if let Some(group) = &group {
        share_files(ctx.store.path(), group)?;
    }
    let view = json!({
        "database": ctx.store.path().display().to_string(),
        "schema_version": crate::store::schema_version(),
        "created": ctx.store.was_created(),
        "admin": made_admin,
        "shared_group": args.shared_group,
        "admins": users::list_users(conn)?.into_iter().filter(|u| u.is_admin).map(|u| u.name).collect::<Vec<_>>(),
    });
    ctx.out.show(&view, |_| {
        let verb = if ctx.store.was_created() {
            "created"
        } else {
            "ready"
        };
        ctx.out
            .line(&format!("database {verb}: {}", ctx.store.path().display()))?;
        if let Some(name) = &made_admin {
            ctx.out.line(&format!("admin: {name}"))?;
        }
        if let Some(g) = &args.shared_group {
            ctx.out
                .line(&format!("shared with OS group {g} (mode 0660)"))?;
        }
        Ok(())
    })
}

fn prepare_shared_folder(db: &Path, group: &nix::unistd::Group) -> Result<()> {
    let Some(dir) = db.parent().filter(|p| !p.as_os_str().is_empty()) else {
        return Ok(());
    };
    std::fs::create_dir_all(dir)?;
    nix::unistd::chown(dir, None, Some(group.gid)).map_err(|e| {
        Error::internal(format!(
            "cannot give {} to group {}: {e}",
            dir.display(),
            group.name
        ))
    })?;
    let mode = std::fs::metadata(dir)?.permissions().mode() & 0o7777;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode | 0o2070))?;
    Ok(())
}

fn share_files(db: &Path, group: &nix::unistd::Group) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        let path = Path::new(&name);
        if path.exists() {
            nix::unistd::chown(path, None, Some(group.gid)).map_err(|e| {
                Error::internal(format!(
                    "cannot give {} to group {}: {e}",
                    path.display(),
                    group.name
                ))
            })?;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o660))?;
        }
    }
    Ok(())
}

/// `jobctl users …`.
pub fn users(ctx: &Ctx, cmd: UsersCmd) -> Result<()> {
    match cmd {
        UsersCmd::List => {
            let list = users::list_users(ctx.store.conn())?;
            ctx.out.show(&list, |list| {
                let rows = list
                    .iter()
                    .map(|u| vec![u.name.clone(), yes_no(u.is_admin), u.groups.join(",")])
                    .collect();
                ctx.out
                    .table(&["NAME", "ADMIN", "GROUPS"], rows, "no users")
            })
        }
        UsersCmd::Add { name, admin } => {
            validate_principal_name(&name, "user name").map_err(Error::invalid)?;
            ctx.require_admin("manage users")?;
            let tx = ctx.store.immediate()?;
            let user = users::add_user(&tx, &name, admin, ctx.now_secs())?;
            ctx.audit(
                &tx,
                "user.add",
                &format!("user:{name}"),
                json!({"admin": admin}),
            )?;
            tx.commit()?;
            ctx.out.show(&user, |u| {
                ctx.out.line(&format!(
                    "added user {}{}",
                    u.name,
                    if u.is_admin { " (admin)" } else { "" }
                ))
            })
        }
        UsersCmd::Remove { name } => {
            let tx = ctx.store.immediate()?;
            let user = users::get_active_user(&tx, &name)?;
            ctx.require_admin("manage users")?;
            if user.id == ctx.user_id() {
                return Err(Error::conflict("you cannot remove yourself"));
            }
            if user.is_admin
                && users::list_users(&tx)?
                    .iter()
                    .filter(|u| u.is_admin)
                    .count()
                    <= 1
            {
                return Err(Error::conflict(format!("{name} is the last admin")));
            }
            users::remove_user(&tx, user.id)?;
            ctx.audit(&tx, "user.remove", &format!("user:{name}"), json!({}))?;
            tx.commit()?;
            ctx.out.show(&json!({"removed": name}), |_| {
                ctx.out.line(&format!("removed user {name}"))
            })
        }
    }
}

/// `jobctl groups …`.
pub fn groups(ctx: &Ctx, cmd: GroupsCmd) -> Result<()> {
    match cmd {
        GroupsCmd::List => {
            let list = users::list_groups(ctx.store.conn())?;
            ctx.out.show(&list, |list| {
                let rows = list
                    .iter()
                    .map(|g| vec![g.name.clone(), g.members.join(",")])
                    .collect();
                ctx.out.table(&["GROUP", "MEMBERS"], rows, "no groups")
            })
        }
        GroupsCmd::Add { name } => {
            validate_principal_name(&name, "group name").map_err(Error::invalid)?;
            ctx.require_admin("manage groups")?;
            let tx = ctx.store.immediate()?;
            let group = users::add_group(&tx, &name, ctx.now_secs())?;
            ctx.audit(&tx, "group.add", &format!("group:{name}"), json!({}))?;
            tx.commit()?;
            ctx.out
                .show(&group, |g| ctx.out.line(&format!("added group {}", g.name)))
        }
        GroupsCmd::AddMember { group, member } => change_membership(ctx, &group, &member, true),
        GroupsCmd::RemoveMember { group, member } => change_membership(ctx, &group, &member, false),
    }
}

/// `groups add-member` / `groups remove-member`.
fn change_membership(ctx: &Ctx, group: &str, user: &str, add: bool) -> Result<()> {
    let tx = ctx.store.immediate()?;
    let gid = users::group_id(&tx, group)?;
    let u = users::get_active_user(&tx, user)?;
    ctx.require_admin("manage groups")?;
    let changed = if add {
        users::add_member(&tx, gid, u.id)?
    } else {
        users::remove_member(&tx, gid, u.id)?
    };
    if !changed {
        let state = if add { "already" } else { "not" };
        return Err(Error::conflict(format!(
            "{user} is {state} a member of {group}"
        )));
    }
    let action = if add {
        "group.add_member"
    } else {
        "group.remove_member"
    };
    ctx.audit(
        &tx,
        action,
        &format!("group:{group}"),
        json!({"user": user}),
    )?;
    let view = users::get_group(&tx, group)?;
    tx.commit()?;
    let message = if add {
        format!("added {user} to {group}")
    } else {
        format!("removed {user} from {group}")
    };
    ctx.out.show(&view, |_| ctx.out.line(&message))
}

fn parse_principal(text: &str) -> Result<Principal> {
    text.parse::<Principal>().map_err(Error::invalid)
}

/// `jobctl perms …`.
pub fn perms(ctx: &Ctx, cmd: PermsCmd) -> Result<()> {
    match cmd {
        PermsCmd::List { principal } => {
            let principal = principal.as_deref().map(parse_principal).transpose()?;
            let list = users::list_grants(ctx.store.conn(), principal.as_ref())?;
            ctx.out.show(&list, |list| {
                let rows = list
                    .iter()
                    .map(|g| {
                        vec![
                            g.principal.clone(),
                            g.permission.clone(),
                            g.job.clone().unwrap_or_else(|| "*".into()),
                        ]
                    })
                    .collect();
                ctx.out
                    .table(&["PRINCIPAL", "PERMISSION", "JOBS"], rows, "no grants")
            })
        }
        PermsCmd::Grant(args) => change_perms(ctx, args, true),
        PermsCmd::Revoke(args) => change_perms(ctx, args, false),
    }
}

fn change_perms(ctx: &Ctx, args: PermArgs, grant: bool) -> Result<()> {
    let principal = parse_principal(&args.principal)?;
    let perms = args
        .perms
        .iter()
        .map(|p| p.parse::<Permission>().map_err(Error::invalid))
        .collect::<Result<Vec<_>>>()?;
    if let Some(glob) = &args.job {
        validate_glob(glob).map_err(|e| Error::invalid(format!("--job: {e}")))?;
    }
    ctx.require_admin("manage permissions")?;
    let tx = ctx.store.immediate()?;
    let mut changed = Vec::new();
    for perm in perms.iter().copied() {
        let did = if grant {
            users::grant(&tx, &principal, perm, args.job.as_deref(), ctx.now_secs())?
        } else {
            users::revoke(&tx, &principal, perm, args.job.as_deref())?
        };
        if did {
            changed.push(perm.as_str());
        }
    }
    let action = if grant { "perms.grant" } else { "perms.revoke" };
    if !changed.is_empty() {
        ctx.audit(
            &tx,
            action,
            &principal.to_string(),
            json!({"permissions": changed, "job": args.job}),
        )?;
    }
    // A revoke that matched nothing: say which grants of these permissions remain, with
    // their --job globs (a grant is revoked with the same --job it was granted with).
    let remaining: Vec<String> = if !grant && changed.is_empty() {
        users::list_grants(&tx, Some(&principal))?
            .into_iter()
            .filter(|g| perms.iter().any(|p| p.as_str() == g.permission))
            .map(|g| match g.job {
                Some(glob) => format!("{} --job '{glob}'", g.permission),
                None => g.permission,
            })
            .collect()
    } else {
        Vec::new()
    };
    tx.commit()?;
    let view = json!({"principal": principal.to_string(), "changed": changed, "job": args.job, "action": if grant {"grant"} else {"revoke"}});
    ctx.out.show(&view, |_| {
        if !remaining.is_empty() {
            ctx.out.line(&format!(
                "nothing revoked: {principal} holds these only as {}; revoke with the same --job",
                remaining.join(", ")
            ))
        } else if changed.is_empty() {
            ctx.out.line(&format!(
                "nothing to {}: {} already {}",
                if grant { "grant" } else { "revoke" },
                principal,
                if grant { "holds these" } else { "lacks these" }
            ))
        } else {
            ctx.out.line(&format!(
                "{} {} {} {}",
                if grant { "granted" } else { "revoked" },
                changed.join(" "),
                if grant { "to" } else { "from" },
                principal
            ))
        }
    })
}

pub(crate) fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}
