//! `jobctl workflows …`: approval workflow definitions and their stages (admins change them).

use clap::{Args, Subcommand};
use serde_json::json;

use crate::app::Ctx;
use crate::domain::glob::validate_glob;
use crate::domain::names::validate_principal_name;
use crate::domain::workflow::{check_stage_unique, validate_stage_input};
use crate::error::{Error, Result};
use crate::store::users;
use crate::store::workflows::{self, Definition, StageDefinition};

#[derive(Debug, Subcommand)]
pub enum WorkflowsCmd {
    /// Add a workflow definition
    #[command(
        after_help = "Example:\n  jobctl workflows add risky --job 'deploy-*' --job 'db-*' --weight 100"
    )]
    Add(AddArgs),
    /// Add a stage to a workflow definition
    #[command(
        after_help = "Example:\n  jobctl workflows add-stage risky --name leads --sequence 1 --min-approvers 1 --group leads\n  jobctl workflows add-stage risky --name board --sequence 2 --min-approvers 2 --group board --denial-message 'talk to the board first'"
    )]
    AddStage(AddStageArgs),
    /// List workflow definitions (highest weight first)
    #[command(after_help = "Example:\n  jobctl workflows list --json")]
    List,
    /// Show one workflow definition
    #[command(after_help = "Example:\n  jobctl workflows show risky")]
    Show { name: String },
    /// Remove a workflow definition (running workflows keep their stages)
    #[command(after_help = "Example:\n  jobctl workflows remove risky")]
    Remove { name: String },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    pub name: String,
    /// Job-name glob this workflow applies to (repeatable; none = every job)
    #[arg(long = "job", value_name = "GLOB")]
    pub jobs: Vec<String>,
    /// Only jobs with this grouping
    #[arg(long)]
    pub grouping: Option<String>,
    /// Unique; the matching definition with the highest weight applies [default: 10 above the highest]
    #[arg(long)]
    pub weight: Option<i64>,
}

#[derive(Debug, Args)]
pub struct AddStageArgs {
    pub workflow: String,
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub sequence: i64,
    #[arg(long)]
    pub min_approvers: i64,
    /// The approver group
    #[arg(long)]
    pub group: String,
    /// Shown to the requester when this stage denies
    #[arg(long)]
    pub denial_message: Option<String>,
}

/// Dispatches `jobctl workflows …`.
pub fn run(ctx: &Ctx, cmd: WorkflowsCmd) -> Result<()> {
    match cmd {
        WorkflowsCmd::Add(args) => add(ctx, args),
        WorkflowsCmd::AddStage(args) => add_stage(ctx, args),
        WorkflowsCmd::List => {
            let defs = workflows::list_definitions(ctx.store.conn())?;
            ctx.out.show(&defs, |defs| {
                let rows = defs
                    .iter()
                    .map(|d| {
                        vec![
                            d.name.clone(),
                            d.weight.to_string(),
                            if d.job_globs.is_empty() {
                                "*".into()
                            } else {
                                d.job_globs.join(",")
                            },
                            d.grouping.clone().unwrap_or_else(|| "-".into()),
                            d.stages
                                .iter()
                                .map(|s| {
                                    format!("{}:{}x{}", s.name, s.min_approvers, s.approver_group)
                                })
                                .collect::<Vec<_>>()
                                .join(" → "),
                        ]
                    })
                    .collect();
                ctx.out.table(
                    &["NAME", "WEIGHT", "JOBS", "GROUPING", "STAGES"],
                    rows,
                    "no workflow definitions",
                )
            })
        }
        WorkflowsCmd::Show { name } => {
            let def = workflows::get_definition(ctx.store.conn(), &name)?;
            ctx.out.show(&def, |d| show_human(ctx, d))
        }
        WorkflowsCmd::Remove { name } => {
            let tx = ctx.store.immediate()?;
            let def = workflows::get_definition(&tx, &name)?;
            ctx.require_admin("manage workflows")?;
            workflows::remove_definition(&tx, def.id)?;
            ctx.audit(
                &tx,
                "workflow.remove",
                &format!("workflow-definition:{name}"),
                json!({}),
            )?;
            tx.commit()?;
            ctx.out.show(&json!({"removed": name}), |_| {
                ctx.out.line(&format!(
                    "removed workflow {name}; running approvals keep their stages"
                ))
            })
        }
    }
}

fn add(ctx: &Ctx, args: AddArgs) -> Result<()> {
    validate_principal_name(&args.name, "workflow name").map_err(Error::invalid)?;
    for g in &args.jobs {
        validate_glob(g).map_err(|e| Error::invalid(format!("--job {g}: {e}")))?;
    }
    ctx.require_admin("manage workflows")?;
    let tx = ctx.store.immediate()?;
    let def = workflows::add_definition(
        &tx,
        &args.name,
        &args.jobs,
        args.grouping.as_deref(),
        args.weight,
        ctx.now_secs(),
    )?;
    ctx.audit(
        &tx,
        "workflow.add",
        &format!("workflow-definition:{}", def.name),
        json!({"jobs": def.job_globs, "grouping": def.grouping, "weight": def.weight}),
    )?;
    tx.commit()?;
    ctx.out.show(&def, |d| {
        ctx.out.line(&format!(
            "added workflow {} (weight {}); add stages with `jobctl workflows add-stage {}`",
            d.name, d.weight, d.name
        ))
    })
}

fn add_stage(ctx: &Ctx, args: AddStageArgs) -> Result<()> {
    // Invalid input (2), then unknown workflow or group (4), then who (3), then state (5).
    validate_stage_input(&args.name, args.min_approvers).map_err(Error::invalid)?;
    let tx = ctx.store.immediate()?;
    let def = workflows::get_definition(&tx, &args.workflow)?;
    let group = users::group_id(&tx, &args.group)?;
    ctx.require_admin("manage workflows")?;
    let existing: Vec<(String, i64)> = def
        .stages
        .iter()
        .map(|s| (s.name.clone(), s.sequence))
        .collect();
    check_stage_unique(&existing, &args.name, args.sequence).map_err(Error::conflict)?;
    let stage = StageDefinition {
        id: 0,
        name: args.name.clone(),
        sequence: args.sequence,
        min_approvers: args.min_approvers,
        approver_group: args.group.clone(),
        denial_message: args.denial_message.clone(),
    };
    workflows::add_stage_definition(&tx, def.id, &stage, group)?;
    ctx.audit(&tx, "workflow.add_stage", &format!("workflow-definition:{}", def.name), json!({"stage": args.name, "sequence": args.sequence, "min_approvers": args.min_approvers, "group": args.group}))?;
    // Accepted (members can be added later), but said: as things stand it can never pass.
    let members = users::eligible_members(&tx, &args.group, 0)?;
    let def = workflows::get_definition(&tx, &args.workflow)?;
    tx.commit()?;
    if members < args.min_approvers {
        ctx.out.warn(&format!(
            "stage {} needs {} approver(s) but group {} has only {members} member(s); \
             requests will wait until it has enough (jobctl groups add-member {} USER)",
            args.name, args.min_approvers, args.group, args.group
        ));
    }
    ctx.out.show(&def, |d| {
        ctx.out.line(&format!(
            "workflow {} now has {} stage(s)",
            d.name,
            d.stages.len()
        ))?;
        show_human(ctx, d)
    })
}

fn show_human(ctx: &Ctx, d: &Definition) -> Result<()> {
    ctx.out.fields(&[
        ("name", d.name.clone()),
        ("weight", d.weight.to_string()),
        (
            "jobs",
            if d.job_globs.is_empty() {
                "* (every job)".into()
            } else {
                d.job_globs.join(", ")
            },
        ),
        (
            "grouping",
            d.grouping.clone().unwrap_or_else(|| "(any)".into()),
        ),
    ])?;
    let rows = d
        .stages
        .iter()
        .map(|s| {
            vec![
                s.sequence.to_string(),
                s.name.clone(),
                s.min_approvers.to_string(),
                s.approver_group.clone(),
                s.denial_message.clone().unwrap_or_default(),
            ]
        })
        .collect();
    ctx.out.table(
        &["SEQ", "STAGE", "MIN", "GROUP", "DENIAL MESSAGE"],
        rows,
        "no stages yet: it cannot approve anything (scheduling a matching job is refused)",
    )
}
