//! Global behaviour (spec §1), init, users, groups, permissions, jobs and the audit log.

use std::os::unix::fs::PermissionsExt;

use crate::harness::{World, bin, finish};

#[test]
fn init_creates_a_private_database_and_makes_the_invoker_admin() {
    let w = World::bare();
    let v = w.json(&["init"]);
    assert_eq!(v["created"], true);
    assert_eq!(v["admin"], "root");
    let mode = std::fs::metadata(w.db()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // Again: only migrates, names nobody.
    let v = w.json(&["init"]);
    assert_eq!(v["created"], false);
    assert_eq!(v["admin"], serde_json::Value::Null);
    assert_eq!(w.sql("PRAGMA journal_mode"), "wal");
}

#[test]
fn init_admin_names_the_first_admin() {
    let w = World::bare();
    w.run(&["init", "--admin", "alice"]).ok();
    let users = w.json(&["users", "list"]);
    let alice = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["name"] == "alice")
        .unwrap();
    assert_eq!(alice["is_admin"], true);
}

#[test]
fn parent_folders_are_created_and_the_db_flag_wins_over_the_environment() {
    let w = World::bare();
    let deep = w.path("a/b/c/my.db");
    w.run(&["--db", deep.to_str().unwrap(), "init"]).ok();
    assert!(deep.exists());
    assert!(
        !w.db().exists(),
        "JOBCTL_DB must not be used when --db is given"
    );
}

#[test]
fn the_example_of_the_issue_prints_the_job() {
    let w = World::new();
    w.run(&[
        "jobs",
        "add",
        "backup",
        "--command",
        "tar czf /tmp/b.tgz /etc",
    ])
    .ok();
    let jobs = w.json(&["jobs", "list"]);
    assert_eq!(jobs[0]["name"], "backup");
    assert_eq!(jobs[0]["command"], "tar czf /tmp/b.tgz /etc");
    assert_eq!(jobs[0]["shell"], "/bin/sh");
    assert_eq!(jobs[0]["enabled"], true);
    assert_eq!(jobs[0]["created"], "2030-01-01T00:00:00Z");
}

#[test]
fn unknown_os_accounts_are_registered_without_permissions() {
    let w = World::bare();
    // The first command on a new database registers root (the OS account) as a plain user.
    w.run(&["jobs", "list"]).ok();
    let users = w.json(&["users", "list"]);
    assert_eq!(users[0]["name"], "root");
    assert_eq!(users[0]["is_admin"], false);
    // …who cannot manage anything until `init` makes an admin.
    w.run(&["jobs", "add", "x", "--command", "true"]).code(3);
    w.run(&["init"]).ok();
    w.run(&["jobs", "add", "x", "--command", "true"]).ok();
}

#[test]
fn exit_codes_and_json_errors() {
    let w = World::new();
    w.users(&["alice"]);
    // 2: invalid input.
    let r = w
        .run(&["jobs", "add", "bad name", "--command", "true", "--json"])
        .code(2);
    assert_eq!(r.error_kind(), "invalid");
    // 3: not allowed.
    let r = w
        .as_user(
            "alice",
            &["jobs", "add", "x", "--command", "true", "--json"],
        )
        .code(3);
    assert_eq!(r.error_kind(), "permission_denied");
    // 4: no such thing.
    let r = w.run(&["jobs", "show", "nope", "--json"]).code(4);
    assert_eq!(r.error_kind(), "not_found");
    // 5: conflict.
    w.job("x", "true");
    let r = w
        .run(&["jobs", "add", "x", "--command", "true", "--json"])
        .code(5);
    assert_eq!(r.error_kind(), "conflict");
    // Plain errors: one `error:` line, optional hints, no panic text.
    let r = w.run(&["jobs", "show", "nope"]).code(4);
    assert!(
        r.stderr.starts_with("error: no such job: nope\n"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("hint: "));
    // Bad usage from clap is exit 2 too, JSON with --json.
    let r = w.run(&["jobs", "frobnicate", "--json"]).code(2);
    assert_eq!(r.error_kind(), "invalid");
}

#[test]
fn user_flag_is_global_and_recorded_in_the_audit_log() {
    let w = World::new();
    w.users(&["alice"]);
    w.grant("user:alice", &["extras.run_job"]);
    w.job("hello", "echo hi");
    // Before and after the subcommand.
    w.run(&["--user", "alice", "run", "hello"]).ok();
    w.run(&["run", "hello", "--user", "alice"]).ok();
    let audit = w.json(&["audit", "list", "--action", "job.run"]);
    assert_eq!(audit.as_array().unwrap().len(), 2);
    assert_eq!(audit[0]["actor"], "alice");
    assert_eq!(audit[0]["os_user"], "root");
    // Unknown user under --user.
    w.run(&["--user", "ghost", "jobs", "list"]).code(4);
}

#[test]
fn impersonation_is_refused_for_non_admin_accounts() {
    let w = World::new();
    w.users(&["alice"]);
    // Let nobody write the database (the folder and files), as on a shared host.
    for p in [w.dir.path().to_path_buf(), w.db()] {
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o777)).unwrap();
    }
    for suffix in ["-wal", "-shm"] {
        let p = w.path(&format!("jobctl.db{suffix}"));
        if p.exists() {
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o666)).unwrap();
        }
    }
    let Ok(setpriv) = which("setpriv") else {
        eprintln!("setpriv missing: skipped");
        return;
    };
    let run = |args: &[&str]| {
        let mut c = std::process::Command::new(&setpriv);
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(bin())
            .args(args)
            .env("JOBCTL_DB", w.db())
            .env("JOBCTL_NOW", &w.now)
            .current_dir("/");
        finish(c.output().unwrap())
    };
    run(&["--user", "alice", "jobs", "list"])
        .code(3)
        .stderr_has("--user needs root or a jobctl admin");
    // Without --user, nobody is registered as a plain user and can read.
    run(&["jobs", "list"]).ok();
    assert!(w.sql("SELECT name FROM users").contains("nobody"));
    run(&["jobs", "add", "x", "--command", "true"]).code(3);
}

fn which(name: &str) -> Result<std::path::PathBuf, ()> {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join(name))
        .find(|p| p.exists())
        .ok_or(())
}

#[test]
fn a_database_from_a_newer_jobctl_is_refused_and_not_modified() {
    let w = World::new();
    w.sql("PRAGMA user_version = 999");
    let before = std::fs::read(w.db()).unwrap();
    let r = w.run(&["jobs", "list"]).code(1);
    assert!(r.stderr.contains("newer jobctl"), "{}", r.stderr);
    assert_eq!(std::fs::read(w.db()).unwrap(), before);
}

#[test]
fn a_corrupt_file_is_reported_clearly() {
    let w = World::bare();
    std::fs::write(w.db(), vec![b'x'; 8192]).unwrap();
    let r = w.run(&["jobs", "list"]).code(1);
    assert!(
        r.stderr.contains("corrupt or not a jobctl database"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("panicked"));
    assert_eq!(std::fs::read(w.db()).unwrap(), vec![b'x'; 8192]);
}

#[test]
fn an_old_schema_is_migrated_on_open() {
    // A database at schema version 0 (empty) with a foreign table: migration adds ours.
    let w = World::bare();
    w.sql("CREATE TABLE unrelated (x)");
    w.run(&["init"]).ok();
    assert_eq!(w.sql("PRAGMA user_version"), jobctl_schema_version());
    assert_eq!(w.sql("SELECT COUNT(*) FROM unrelated"), "0");
}

fn jobctl_schema_version() -> String {
    jobctl::store::schema_version().to_string()
}

#[test]
fn users_groups_and_membership() {
    let w = World::new();
    w.users(&["alice", "bob"]);
    w.run(&["users", "add", "alice"]).code(5);
    w.group("leads", &["alice"]);
    w.run(&["groups", "add", "leads"]).code(5);
    w.run(&["groups", "add-member", "leads", "alice"]).code(5);
    w.run(&["groups", "add-member", "leads", "ghost"]).code(4);
    w.run(&["groups", "add-member", "nogroup", "alice"]).code(4);
    let groups = w.json(&["groups", "list"]);
    assert_eq!(groups[0]["members"], serde_json::json!(["alice"]));
    w.as_user("bob", &["groups", "add-member", "leads", "bob"])
        .code(3);
    w.run(&["groups", "remove-member", "leads", "alice"]).ok();
    w.run(&["groups", "remove-member", "leads", "alice"])
        .code(5);
    w.run(&["users", "remove", "bob"]).ok();
    w.run(&["users", "remove", "bob"]).code(4);
    w.as_user("alice", &["users", "add", "carol"]).code(3);
    w.run(&["users", "add", "bad name"]).code(2);
}

#[test]
fn permissions_are_granted_listed_and_revoked() {
    let w = World::new();
    w.users(&["alice"]);
    w.group("ops", &["alice"]);
    w.run(&[
        "perms",
        "grant",
        "user:alice",
        "extras.run_job",
        "--job",
        "backup-*",
    ])
    .ok();
    w.grant("group:ops", &["extras.view_scheduledjob"]);
    let list = w.json(&["perms", "list", "user:alice"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["job"], "backup-*");
    w.run(&["perms", "grant", "user:alice", "extras.fly"])
        .code(2);
    w.run(&["perms", "grant", "alice", "extras.run_job"])
        .code(2);
    w.run(&["perms", "grant", "user:ghost", "extras.run_job"])
        .code(4);
    w.as_user("alice", &["perms", "grant", "user:alice", "extras.run_job"])
        .code(3);
    // The grant is limited to matching jobs.
    w.job("backup-etc", "true");
    w.job("deploy", "true");
    w.as_user("alice", &["run", "backup-etc"]).ok();
    w.as_user("alice", &["run", "deploy"])
        .code(3)
        .stderr_has("extras.run_job");
    w.run(&[
        "perms",
        "revoke",
        "user:alice",
        "extras.run_job",
        "--job",
        "backup-*",
    ])
    .ok();
    w.as_user("alice", &["run", "backup-etc"]).code(3);
    let audit = w.json(&["audit", "list", "--action", "perms.revoke"]);
    assert_eq!(audit[0]["object"], "user:alice");
}

#[test]
fn jobs_add_show_enable_disable_remove() {
    let w = World::new();
    w.run(&[
        "jobs",
        "add",
        "deploy",
        "--command",
        "./deploy.sh",
        "--grouping",
        "ops",
        "--description",
        "ship it",
        "--var",
        "env:choice=staging",
        "--choices",
        "env=staging,prod",
        "--required-var",
        "version:string",
        "--var",
        "count:integer=3",
        "--time-limit",
        "600",
        "--soft-time-limit",
        "300",
        "--singleton",
    ])
    .ok();
    let job = w.json(&["jobs", "show", "deploy"]);
    assert_eq!(job["grouping"], "ops");
    assert_eq!(job["singleton"], true);
    assert_eq!(job["time_limit"], 600);
    let var = |name: &str| {
        job["variables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["name"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(
        var("env")["choices"],
        serde_json::json!(["staging", "prod"])
    );
    assert_eq!(var("env")["type"], "choice");
    assert_eq!(var("version")["required"], true);
    assert_eq!(var("count")["default"], 3);
    assert_eq!(job["has_sensitive_variables"], false);
    w.run(&["jobs", "disable", "deploy"]).ok();
    assert_eq!(w.json(&["jobs", "show", "deploy"])["enabled"], false);
    w.run(&["run", "deploy", "--var", "version=1"])
        .code(5)
        .stderr_has("is disabled");
    w.run(&["jobs", "enable", "deploy"]).ok();
    w.run(&["jobs", "list", "--grouping", "ops"])
        .ok()
        .stdout_has("deploy");
    w.run(&[
        "schedule",
        "deploy",
        "--interval",
        "daily",
        "--name",
        "d",
        "--start-time",
        "2030-01-02T00:00:00Z",
        "--var",
        "version=2",
    ])
    .ok();
    w.run(&["jobs", "remove", "deploy"])
        .code(5)
        .stderr_has("--force");
    w.run(&["jobs", "remove", "deploy", "--force"]).ok();
    w.run(&["jobs", "show", "deploy"]).code(4);
    assert_eq!(w.sql("SELECT COUNT(*) FROM scheduled_jobs"), "0");
}

#[test]
fn bad_job_definitions_are_refused() {
    let w = World::new();
    for args in [
        vec!["jobs", "add", "x", "--command", ""],
        vec!["jobs", "add", "x", "--command", "true", "--var", "n:float"],
        vec![
            "jobs",
            "add",
            "x",
            "--command",
            "true",
            "--var",
            "n:integer=abc",
        ],
        vec!["jobs", "add", "x", "--command", "true", "--var", "c:choice"],
        vec!["jobs", "add", "x", "--command", "true", "--shell", "sh"],
        vec![
            "jobs",
            "add",
            "x",
            "--command",
            "true",
            "--sensitive-var",
            "token",
            "--no-sensitive",
        ],
        vec![
            "jobs",
            "add",
            "x",
            "--command",
            "true",
            "--time-limit",
            "-1",
        ],
    ] {
        w.run(&args).code(2);
    }
    w.run(&[
        "jobs",
        "add",
        "x",
        "--command",
        "true",
        "--sensitive-var",
        "token",
    ])
    .ok();
    assert_eq!(
        w.json(&["jobs", "show", "x"])["has_sensitive_variables"],
        true
    );
    w.run(&["jobs", "add", "y", "--command", "true", "--sensitive"])
        .ok();
    assert_eq!(
        w.json(&["jobs", "show", "y"])["has_sensitive_variables"],
        true
    );
}

#[test]
fn jobs_import_upserts_by_name_from_toml_and_json() {
    let w = World::new();
    let toml = w.path("jobs.toml");
    std::fs::write(&toml, "[[jobs]]\nname = \"a\"\ncommand = \"echo a\"\n\n[[jobs]]\nname = \"b\"\ncommand = \"echo b\"\ntime_limit = 5\n").unwrap();
    let r = w.json(&["jobs", "import", toml.to_str().unwrap()]);
    assert_eq!(r[0]["outcome"], "created");
    let r = w.json(&["jobs", "import", toml.to_str().unwrap()]);
    assert_eq!(r[0]["outcome"], "unchanged");
    let json = w.path("jobs.json");
    std::fs::write(&json, r#"[{"name": "a", "command": "echo A"}]"#).unwrap();
    let r = w.json(&["jobs", "import", json.to_str().unwrap()]);
    assert_eq!(r[0]["outcome"], "updated");
    assert_eq!(w.json(&["jobs", "show", "a"])["command"], "echo A");
    std::fs::write(&json, r#"[{"name": "a"}]"#).unwrap();
    w.run(&["jobs", "import", json.to_str().unwrap()]).code(2);
    w.run(&["jobs", "import", "/no/such/file"]).code(4);
}

#[test]
fn completions_match_the_committed_files() {
    let w = World::bare();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let generated = w.run(&["completions", shell]).ok().stdout;
        let ext = match shell {
            "bash" => "bash",
            "zsh" => "zsh",
            "fish" => "fish",
            "elvish" => "elv",
            _ => "ps1",
        };
        let committed = std::fs::read_to_string(format!(
            "{}/completions/jobctl.{ext}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap_or_default();
        assert!(
            generated == committed,
            "completions/jobctl.{ext} is stale: run `scripts/gen-completions` (or `jobctl completions {shell} > completions/jobctl.{ext}`)"
        );
    }
}

#[test]
fn every_help_shows_an_example() {
    let w = World::bare();
    let top = w.run(&["--help"]).ok();
    assert!(top.stdout.contains("Examples:"));
    let subcommands = [
        vec!["init"],
        vec!["users", "add"],
        vec!["users", "list"],
        vec!["users", "remove"],
        vec!["groups", "add"],
        vec!["groups", "add-member"],
        vec!["groups", "remove-member"],
        vec!["groups", "list"],
        vec!["perms", "grant"],
        vec!["perms", "revoke"],
        vec!["perms", "list"],
        vec!["jobs", "add"],
        vec!["jobs", "import"],
        vec!["jobs", "list"],
        vec!["jobs", "show"],
        vec!["jobs", "enable"],
        vec!["jobs", "disable"],
        vec!["jobs", "remove"],
        vec!["run"],
        vec!["schedule"],
        vec!["schedules", "list"],
        vec!["schedules", "show"],
        vec!["schedules", "next"],
        vec!["schedules", "enable"],
        vec!["schedules", "disable"],
        vec!["schedules", "delete"],
        vec!["import-crontab"],
        vec!["cron", "next"],
        vec!["cron", "explain"],
        vec!["workflows", "add"],
        vec!["workflows", "add-stage"],
        vec!["workflows", "list"],
        vec!["workflows", "show"],
        vec!["workflows", "remove"],
        vec!["approvals", "pending"],
        vec!["approvals", "done"],
        vec!["approvals", "list"],
        vec!["approvals", "requests"],
        vec!["approvals", "show"],
        vec!["approvals", "cancel"],
        vec!["approve"],
        vec!["deny"],
        vec!["comment"],
        vec!["run-due"],
        vec!["cron-line"],
        vec!["results", "list"],
        vec!["results", "show"],
        vec!["audit", "list"],
        vec!["completions"],
    ];
    for sub in subcommands {
        let mut args = sub.clone();
        args.push("--help");
        let r = w.run(&args).ok();
        assert!(
            r.stdout.contains("Example"),
            "`jobctl {} --help` shows no example",
            sub.join(" ")
        );
    }
}

#[test]
fn the_audit_log_is_append_only() {
    let w = World::new();
    w.job("x", "true");
    let conn = rusqlite::Connection::open(w.db()).unwrap();
    assert!(
        conn.execute("UPDATE audit SET actor = 'mallory'", [])
            .is_err()
    );
    assert!(conn.execute("DELETE FROM audit", []).is_err());
}

#[test]
fn a_closed_stdout_pipe_is_not_an_error() {
    let w = World::new();
    for i in 0..50 {
        w.job(&format!("job{i}"), "true");
    }
    let mut child = w
        .cmd(&["jobs", "list"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    assert!(status.code() == Some(0), "{status:?}");
}

#[test]
fn init_shared_group_makes_the_files_group_writable_in_a_setgid_folder() {
    use std::os::unix::fs::MetadataExt;
    let Some(group) = nix::unistd::Group::from_name("users").ok().flatten() else {
        eprintln!("no `users` group: skipped");
        return;
    };
    let w = World::bare();
    let db = w.path("shared/jobctl.db");
    w.run(&[
        "--db",
        db.to_str().unwrap(),
        "init",
        "--shared-group",
        "users",
    ])
    .ok();
    w.run(&[
        "--db",
        db.to_str().unwrap(),
        "jobs",
        "add",
        "x",
        "--command",
        "true",
    ])
    .ok();
    let dir = std::fs::metadata(db.parent().unwrap()).unwrap();
    assert_eq!(dir.gid(), group.gid.as_raw());
    assert!(dir.mode() & 0o2000 != 0, "the folder is not setgid");
    let file = std::fs::metadata(&db).unwrap();
    assert_eq!(file.mode() & 0o777, 0o660);
    assert_eq!(file.gid(), group.gid.as_raw());
    let wal = db.with_file_name("jobctl.db-wal");
    if let Ok(meta) = std::fs::metadata(&wal) {
        assert_eq!(
            meta.mode() & 0o777,
            0o660,
            "the WAL file is not group-writable"
        );
        assert_eq!(meta.gid(), group.gid.as_raw());
    }
    w.run(&["init", "--shared-group", "no-such-group-xyz"])
        .code(2);
}

#[test]
fn completions_to_a_closed_pipe_do_not_panic() {
    let w = World::bare();
    let mut child = w
        .cmd(&["completions", "bash"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn terminal_escapes_in_comments_and_descriptions_are_shown_not_obeyed() {
    let w = World::new();
    w.users(&["alice", "bob"]);
    w.group("leads", &["bob"]);
    w.grant(
        "user:bob",
        &[
            "extras.change_approvalworkflowstage",
            "extras.view_approvalworkflowstage",
        ],
    );
    w.grant("user:alice", &["extras.run_job"]);
    w.run(&[
        "jobs",
        "add",
        "t",
        "--command",
        "true",
        "--description",
        "x\u{1b}[31mRED",
    ])
    .ok();
    w.one_stage_workflow("wf", None, "s", "leads");
    w.as_user("alice", &["run", "t"]).ok();
    w.as_user(
        "bob",
        &[
            "comment",
            "1",
            "--comment",
            "ok\u{1b}[2K\rAPPROVED by admin",
        ],
    )
    .ok();
    for args in [
        vec!["approvals", "show", "1"],
        vec!["jobs", "list"],
        vec!["jobs", "show", "t"],
        vec!["audit", "list"],
    ] {
        let r = w.run(&args).ok();
        assert!(
            !r.stdout.contains('\u{1b}') && !r.stdout.contains('\r'),
            "`{}` printed a raw escape:\n{}",
            args.join(" "),
            r.stdout
        );
    }
    // JSON keeps the text exactly (escaped by JSON itself).
    let v = w.json(&["approvals", "show", "1"]);
    assert_eq!(
        v["responses"][0]["comment"],
        "ok\u{1b}[2K\rAPPROVED by admin"
    );
}

#[test]
fn audit_entries_say_when_the_clock_was_pinned() {
    let w = World::new();
    w.job("x", "true");
    let pinned = w.json(&["audit", "list", "--action", "job.add"]);
    assert_eq!(pinned[0]["detail"]["clock_pinned"], true);
    let r = w
        .cmd(&["jobs", "add", "y", "--command", "true"])
        .env_remove("JOBCTL_NOW")
        .output()
        .unwrap();
    assert!(r.status.success());
    let real = w.json(&["audit", "list", "--action", "job.add"]);
    assert_eq!(real[0]["object"], "job:y");
    assert!(real[0]["detail"].get("clock_pinned").is_none());
}

#[test]
fn the_readme_job_file_example_imports() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("```toml\n[[jobs]]")
        .expect("the README's jobs import example")
        + "```toml\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let w = World::new();
    let file = w.path("jobs.toml");
    std::fs::write(&file, &readme[start..end]).unwrap();
    let r = w.json(&["jobs", "import", file.to_str().unwrap()]);
    assert_eq!(r[0]["outcome"], "created");
    let job = w.json(&["jobs", "show", "rotate-logs"]);
    assert_eq!(job["has_sensitive_variables"], true);
    assert_eq!(job["time_limit"], 600);
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/jobs.toml");
    w.run(&["jobs", "import", examples]).ok();
}

#[test]
fn a_revoke_without_the_grants_glob_says_which_glob_to_use() {
    let w = World::new();
    w.users(&["alice"]);
    w.run(&[
        "perms",
        "grant",
        "user:alice",
        "extras.run_job",
        "--job",
        "backup-*",
    ])
    .ok();
    w.run(&["perms", "revoke", "user:alice", "extras.run_job"])
        .ok()
        .stdout_has("--job 'backup-*'");
    assert_eq!(
        w.json(&["perms", "list", "user:alice"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn job_names_of_only_dots_and_soft_limits_that_cannot_fire_are_refused() {
    let w = World::new();
    w.run(&["jobs", "add", "..", "--command", "true"]).code(2);
    w.run(&[
        "jobs",
        "add",
        "x",
        "--command",
        "true",
        "--soft-time-limit",
        "100",
        "--time-limit",
        "10",
    ])
    .code(2)
    .stderr_has("soft time limit");
}

#[test]
fn an_empty_user_flag_is_invalid_input() {
    let w = World::new();
    w.run(&["--user", "", "jobs", "list"]).code(2);
}

#[test]
fn the_tz_variable_sets_the_system_zone_when_jobctl_tz_is_unset() {
    let w = World::bare();
    let out = w
        .cmd(&["cron", "next", "0 9 * * *", "-n", "1", "--json"])
        .env_remove("JOBCTL_TZ")
        .env("TZ", ":Asia/Tokyo")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["time_zone"], "Asia/Tokyo");
    assert_eq!(v["next"][0], "2030-01-02T00:00:00Z"); // 09:00 in Tokyo, strictly after now
}

#[test]
fn a_command_that_creates_the_database_says_so() {
    let w = World::bare();
    let r = w.run(&["run-due"]).ok();
    assert!(r.stdout.is_empty());
    assert!(
        r.stderr.contains("created a new, empty database at"),
        "{}",
        r.stderr
    );
    // Only the first time.
    assert!(w.run(&["run-due"]).ok().stderr.is_empty());
}

#[test]
fn usage_errors_in_json_mode_are_clean_json() {
    let w = World::new();
    let r = w.run(&["--json", "schedules", "show", "ov"]).code(2);
    let v: serde_json::Value = serde_json::from_str(r.stderr.trim()).unwrap();
    let message = v["error"]["message"].as_str().unwrap();
    assert!(message.starts_with("invalid value 'ov'"), "{message}");
    assert!(
        !message.contains("error:") && !message.contains("For more information"),
        "{message}"
    );
}

#[test]
fn results_of_a_deleted_schedule_are_not_shown_as_manual_runs() {
    let mut w = World::new();
    w.job("k", "true");
    w.run(&[
        "schedule",
        "k",
        "--interval",
        "future",
        "--name",
        "once",
        "--start-time",
        "2030-01-01T00:05:00Z",
    ])
    .ok();
    w.at("2030-01-01T00:06:00Z");
    w.run(&["run-due"]).ok();
    w.run(&["jobs", "remove", "k", "--force"]).ok();
    let r = w.run(&["results", "show", "1"]).ok();
    assert!(
        r.stdout.contains("(deleted since)") && !r.stdout.contains("manual run"),
        "{}",
        r.stdout
    );
    assert_eq!(
        w.json(&["results", "show", "1"])["scheduled_for"],
        "2030-01-01T00:05:00Z"
    );
}

/// Every JSON document carries the fields spec §2–§7 names (more are allowed).
#[test]
fn json_documents_carry_every_field_the_spec_names() {
    fn has(v: &serde_json::Value, what: &str, keys: &[&str]) {
        for k in keys {
            assert!(v.get(*k).is_some(), "{what} lacks `{k}`: {v}");
        }
    }
    let mut w = World::new();
    w.users(&["alice", "bob"]);
    w.group("leads", &["bob"]);
    w.grant(
        "user:bob",
        &[
            "extras.view_approvalworkflowstage",
            "extras.change_approvalworkflowstage",
            "extras.change_scheduledjob",
        ],
    );
    w.grant("user:alice", &["extras.run_job"]);
    w.run(&[
        "jobs",
        "add",
        "j",
        "--command",
        "echo hi",
        "--var",
        "n:integer=1",
    ])
    .ok();
    let job = w.json(&["jobs", "show", "j"]);
    has(
        &job,
        "job",
        &[
            "id",
            "name",
            "grouping",
            "description",
            "command",
            "shell",
            "env",
            "stdin",
            "run_as",
            "enabled",
            "has_sensitive_variables",
            "variables",
            "soft_time_limit",
            "time_limit",
            "singleton",
            "created",
            "updated",
        ],
    );
    has(
        &job["variables"][0],
        "variable",
        &[
            "name",
            "type",
            "required",
            "default",
            "choices",
            "sensitive",
        ],
    );
    w.one_stage_workflow("wf", None, "s", "leads");
    let s = w.json_as(
        "alice",
        &[
            "schedule",
            "j",
            "--interval",
            "future",
            "--name",
            "once",
            "--start-time",
            "2030-01-01T00:05:00Z",
        ],
    );
    has(
        &s,
        "scheduled job",
        &[
            "id",
            "name",
            "job",
            "interval",
            "crontab",
            "start_time",
            "time_zone",
            "variables",
            "user",
            "state",
            "enabled",
            "approval_required",
            "approval_workflow",
            "next_run",
            "last_run_at",
            "total_run_count",
            "created",
        ],
    );
    let wf = &s["approval_workflow"];
    has(
        wf,
        "workflow",
        &[
            "id",
            "definition",
            "state",
            "requester",
            "created",
            "decision_date",
            "stages",
        ],
    );
    let stage = w.json_as("bob", &["approve", "1", "--comment", "ok"]);
    has(
        &stage,
        "stage",
        &[
            "id",
            "workflow",
            "name",
            "sequence",
            "state",
            "min_approvers",
            "approvals",
            "approver_group",
            "decision_date",
            "responses",
            "scheduled_job",
            "is_active",
        ],
    );
    has(
        &stage["responses"][0],
        "response",
        &["user", "state", "comment", "created"],
    );
    has(
        &stage["scheduled_job"],
        "stage's scheduled job",
        &["id", "name", "job", "start_time"],
    );
    let next = w.json(&["schedules", "next", "1"]);
    has(&next, "schedules next", &["id", "next"]);
    w.at("2030-01-01T00:06:00Z");
    let claimed = w.json(&["run-due"]);
    assert_eq!(claimed.as_array().unwrap().len(), 1);
    let result = w.json(&["results", "show", "1"]);
    has(
        &result,
        "result",
        &[
            "id",
            "job",
            "scheduled_job",
            "user",
            "ran_as",
            "status",
            "exit_code",
            "reason",
            "scheduled_for",
            "date_created",
            "date_started",
            "date_done",
            "duration_ms",
            "output",
            "output_truncated",
            "output_bytes",
            "skipped_occurrences",
            "variables",
        ],
    );
    let cron = w.json(&["cron", "next", "@daily"]);
    has(&cron, "cron next", &["expression", "time_zone", "next"]);
    let file = w.path("c");
    std::fs::write(&file, "0 1 * * * echo a%b\nbad line\n").unwrap();
    let import = w.json(&["import-crontab", file.to_str().unwrap(), "--dry-run"]);
    has(
        &import["entries"][0],
        "import entry",
        &[
            "line",
            "name",
            "crontab",
            "user",
            "command",
            "stdin",
            "env",
            "time_zone",
        ],
    );
    has(&import["skipped"][0], "import skip", &["line", "reason"]);
    let err = w.run(&["jobs", "show", "nope", "--json"]).code(4);
    let e: serde_json::Value = serde_json::from_str(err.stderr.trim()).unwrap();
    has(&e["error"], "error", &["kind", "message"]);
}

#[test]
fn the_command_line_definition_is_consistent() {
    // clap's own consistency checks (ids, defaults, value names, conflicts). A positional
    // named like a global flag passes them, which is why `users_groups_and_membership`
    // pins `groups add-member` itself.
    use clap::CommandFactory;
    jobctl::cli::Cli::command().debug_assert();
}
