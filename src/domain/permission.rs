//! Permissions (Nautobot names), principals (`user:NAME` / `group:NAME`), grants and the
//! single `allows` check that decides whether a subject holds a permission for a job.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

use super::glob::glob_match;

/// A permission, serialised (and displayed) with its Nautobot name, e.g. `extras.run_job`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Permission {
    #[serde(rename = "extras.run_job")]
    RunJob,
    #[serde(rename = "extras.view_scheduledjob")]
    ViewScheduledJob,
    #[serde(rename = "extras.change_scheduledjob")]
    ChangeScheduledJob,
    #[serde(rename = "extras.delete_scheduledjob")]
    DeleteScheduledJob,
    #[serde(rename = "extras.view_approvalworkflowstage")]
    ViewApprovalWorkflowStage,
    #[serde(rename = "extras.change_approvalworkflowstage")]
    ChangeApprovalWorkflowStage,
    #[serde(rename = "extras.view_jobresult")]
    ViewJobResult,
}

impl Permission {
    /// Every permission, in declaration order.
    pub const ALL: [Permission; 7] = [
        Permission::RunJob,
        Permission::ViewScheduledJob,
        Permission::ChangeScheduledJob,
        Permission::DeleteScheduledJob,
        Permission::ViewApprovalWorkflowStage,
        Permission::ChangeApprovalWorkflowStage,
        Permission::ViewJobResult,
    ];

    /// The Nautobot name, e.g. `extras.change_scheduledjob`.
    pub fn as_str(self) -> &'static str {
        match self {
            Permission::RunJob => "extras.run_job",
            Permission::ViewScheduledJob => "extras.view_scheduledjob",
            Permission::ChangeScheduledJob => "extras.change_scheduledjob",
            Permission::DeleteScheduledJob => "extras.delete_scheduledjob",
            Permission::ViewApprovalWorkflowStage => "extras.view_approvalworkflowstage",
            Permission::ChangeApprovalWorkflowStage => "extras.change_approvalworkflowstage",
            Permission::ViewJobResult => "extras.view_jobresult",
        }
    }
}

impl fmt::Display for Permission {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Permission {
    type Err = String;

    /// Accepts exactly the full Nautobot names (surrounding whitespace ignored).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim();
        Permission::ALL
            .into_iter()
            .find(|p| p.as_str() == wanted)
            .ok_or_else(|| {
                let valid: Vec<&str> = Permission::ALL.iter().map(|p| p.as_str()).collect();
                format!(
                    "unknown permission '{wanted}'; valid permissions: {}",
                    valid.join(", ")
                )
            })
    }
}

/// Who a grant is given to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Principal {
    User(String),
    Group(String),
}

impl FromStr for Principal {
    type Err = String;

    /// Parses `user:NAME` or `group:NAME` (the prefix is case-insensitive; NAME must be
    /// non-blank and is kept as written).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let usage = "write user:NAME or group:NAME";
        let Some((kind, name)) = s.split_once(':') else {
            return Err(format!("invalid principal '{s}': {usage}"));
        };
        if name.trim().is_empty() {
            return Err(format!(
                "invalid principal '{s}': the name is empty; {usage}"
            ));
        }
        if name.trim() != name {
            return Err(format!(
                "invalid principal '{s}': the name has leading or trailing spaces"
            ));
        }
        match kind.to_ascii_lowercase().as_str() {
            "user" => Ok(Principal::User(name.to_string())),
            "group" => Ok(Principal::Group(name.to_string())),
            _ => Err(format!(
                "invalid principal '{s}': unknown kind '{kind}'; {usage}"
            )),
        }
    }
}

impl fmt::Display for Principal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Principal::User(name) => write!(f, "user:{name}"),
            Principal::Group(name) => write!(f, "group:{name}"),
        }
    }
}

/// Serialised as its display form, e.g. `"group:board"`.
impl Serialize for Principal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// One permission given to one principal, for every job (`job_glob` = `None`) or for the
/// jobs whose names match `job_glob`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Grant {
    pub principal: Principal,
    pub permission: Permission,
    pub job_glob: Option<String>,
}

impl Grant {
    /// Whether this grant covers `job`.
    pub fn covers_job(&self, job: &str) -> bool {
        self.job_glob
            .as_deref()
            .is_none_or(|pattern| glob_match(pattern, job))
    }

    /// Whether this grant is given to `subject` (directly or through one of its groups).
    pub fn applies_to(&self, subject: &Subject<'_>) -> bool {
        match &self.principal {
            Principal::User(name) => name == subject.user,
            Principal::Group(name) => subject.groups.iter().any(|g| g == name),
        }
    }
}

/// Who is acting, as far as permissions go.
#[derive(Debug, Clone)]
pub struct Subject<'a> {
    pub user: &'a str,
    pub groups: &'a [String],
    pub is_admin: bool,
}

/// Whether `subject` holds `perm` for the job named `job`: admins hold every permission;
/// anyone else needs a grant of `perm` to themselves or one of their groups whose job glob
/// (if any) matches `job`. Grants only add; there are no deny rules.
pub fn allows(grants: &[Grant], subject: &Subject, perm: Permission, job: &str) -> bool {
    subject.is_admin
        || grants.iter().any(|grant| {
            grant.permission == perm && grant.applies_to(subject) && grant.covers_job(job)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(principal: &str, perm: Permission, glob: Option<&str>) -> Grant {
        Grant {
            principal: principal.parse().expect("valid principal"),
            permission: perm,
            job_glob: glob.map(str::to_string),
        }
    }

    fn groups(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn permission_names_round_trip() {
        for p in Permission::ALL {
            assert_eq!(p.as_str().parse::<Permission>(), Ok(p));
            assert_eq!(p.to_string(), p.as_str());
        }
        assert_eq!(
            "extras.change_approvalworkflowstage".parse(),
            Ok(Permission::ChangeApprovalWorkflowStage)
        );
        assert_eq!(" extras.run_job ".parse(), Ok(Permission::RunJob));
        let err = "run_job".parse::<Permission>().unwrap_err();
        assert!(err.contains("unknown permission 'run_job'"));
        for p in Permission::ALL {
            assert!(err.contains(p.as_str()), "{err}");
        }
        assert!("EXTRAS.RUN_JOB".parse::<Permission>().is_err());
        assert!("".parse::<Permission>().is_err());
    }

    #[test]
    fn permission_and_grant_serialize_with_names() {
        for p in Permission::ALL {
            let json = serde_json::to_string(&p).expect("serializes");
            assert_eq!(json, format!("\"{}\"", p.as_str()));
        }
        let g = grant("group:board", Permission::RunJob, Some("db-*"));
        assert_eq!(
            serde_json::to_value(&g).expect("serializes"),
            serde_json::json!({"principal": "group:board", "permission": "extras.run_job", "job_glob": "db-*"})
        );
    }

    #[test]
    fn principals_parse_and_display() {
        assert_eq!("user:alice".parse(), Ok(Principal::User("alice".into())));
        assert_eq!("group:board".parse(), Ok(Principal::Group("board".into())));
        assert_eq!("Group:Board".parse(), Ok(Principal::Group("Board".into())));
        assert_eq!(
            "group:a:b".parse(),
            Ok(Principal::Group("a:b".into())),
            "only the first ':' separates"
        );
        assert_eq!(Principal::User("bob".into()).to_string(), "user:bob");
        assert_eq!(Principal::Group("ops".into()).to_string(), "group:ops");
        for bad in [
            "alice",
            "user:",
            "group:  ",
            "role:x",
            ":x",
            "",
            "user: bob",
        ] {
            let err = bad.parse::<Principal>().unwrap_err();
            assert!(err.contains("invalid principal"), "{bad}: {err}");
        }
        assert!(
            "alice"
                .parse::<Principal>()
                .unwrap_err()
                .contains("user:NAME or group:NAME")
        );
    }

    #[test]
    fn admins_hold_everything() {
        let admin = Subject {
            user: "root",
            groups: &[],
            is_admin: true,
        };
        for p in Permission::ALL {
            assert!(allows(&[], &admin, p, "any-job"));
        }
    }

    #[test]
    fn no_grants_means_nothing() {
        let alice = Subject {
            user: "alice",
            groups: &[],
            is_admin: false,
        };
        for p in Permission::ALL {
            assert!(!allows(&[], &alice, p, "backup"));
        }
    }

    #[test]
    fn user_grants_apply_only_to_that_user_and_permission() {
        let grants = [grant("user:alice", Permission::RunJob, None)];
        let alice = Subject {
            user: "alice",
            groups: &[],
            is_admin: false,
        };
        let bob = Subject {
            user: "bob",
            groups: &[],
            is_admin: false,
        };
        assert!(allows(&grants, &alice, Permission::RunJob, "anything"));
        assert!(!allows(
            &grants,
            &alice,
            Permission::ViewJobResult,
            "anything"
        ));
        assert!(!allows(&grants, &bob, Permission::RunJob, "anything"));
        // A user named like a group gains nothing from the group's grants and vice versa.
        let grants = [grant("group:alice", Permission::RunJob, None)];
        assert!(!allows(&grants, &alice, Permission::RunJob, "anything"));
    }

    #[test]
    fn group_grants_apply_to_members() {
        let grants = [grant("group:ops", Permission::ChangeScheduledJob, None)];
        let member_groups = groups(&["dev", "ops"]);
        let member = Subject {
            user: "carol",
            groups: &member_groups,
            is_admin: false,
        };
        let other_groups = groups(&["dev", "opsx"]);
        let other = Subject {
            user: "dave",
            groups: &other_groups,
            is_admin: false,
        };
        assert!(allows(
            &grants,
            &member,
            Permission::ChangeScheduledJob,
            "x"
        ));
        assert!(!allows(
            &grants,
            &other,
            Permission::ChangeScheduledJob,
            "x"
        ));
    }

    #[test]
    fn per_job_grants_use_globs() {
        let grants = [
            grant("user:alice", Permission::RunJob, Some("backup-*")),
            grant("group:db", Permission::RunJob, Some("db-[0-9]")),
        ];
        let db = groups(&["db"]);
        let alice = Subject {
            user: "alice",
            groups: &[],
            is_admin: false,
        };
        let dba = Subject {
            user: "erin",
            groups: &db,
            is_admin: false,
        };
        assert!(allows(&grants, &alice, Permission::RunJob, "backup-home"));
        assert!(allows(&grants, &alice, Permission::RunJob, "backup-"));
        assert!(!allows(&grants, &alice, Permission::RunJob, "restore-home"));
        assert!(!allows(&grants, &alice, Permission::RunJob, "db-1"));
        assert!(allows(&grants, &dba, Permission::RunJob, "db-1"));
        assert!(!allows(&grants, &dba, Permission::RunJob, "db-10"));
        assert!(!allows(&grants, &dba, Permission::RunJob, "backup-home"));
    }

    #[test]
    fn grants_combine_across_user_and_groups() {
        let grants = [
            grant("user:alice", Permission::ViewApprovalWorkflowStage, None),
            grant("group:leads", Permission::ChangeApprovalWorkflowStage, None),
            grant(
                "group:ops",
                Permission::ChangeScheduledJob,
                Some("deploy-*"),
            ),
        ];
        let gs = groups(&["leads", "ops"]);
        let alice = Subject {
            user: "alice",
            groups: &gs,
            is_admin: false,
        };
        let all = |job: &str| {
            [
                Permission::ViewApprovalWorkflowStage,
                Permission::ChangeApprovalWorkflowStage,
                Permission::ChangeScheduledJob,
            ]
            .into_iter()
            .all(|p| allows(&grants, &alice, p, job))
        };
        assert!(all("deploy-web"));
        assert!(!all("backup"));
    }

    #[test]
    fn grant_helpers() {
        let g = grant("group:ops", Permission::RunJob, Some("a*"));
        assert!(g.covers_job("abc"));
        assert!(!g.covers_job("bc"));
        let all_jobs = grant("group:ops", Permission::RunJob, None);
        assert!(all_jobs.covers_job(""));
    }
}
