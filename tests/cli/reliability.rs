//! Bad environments, secrets, crashes mid-write, and concurrent use: jobctl keeps working,
//! loses nothing, leaks no secret and never reports "database is locked".

use std::os::unix::fs::PermissionsExt;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::harness::{World, bin, finish};

fn setpriv() -> Option<std::path::PathBuf> {
    ["/usr/bin/setpriv", "/bin/setpriv"]
        .into_iter()
        .map(std::path::PathBuf::from)
        .find(|p| p.exists())
}

#[test]
fn a_read_only_database_gives_a_clear_error_and_stays_intact() {
    let Some(setpriv) = setpriv() else { return };
    let w = World::new();
    w.job("x", "true");
    std::fs::set_permissions(w.dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(w.db(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let before = w.sql("SELECT COUNT(*) FROM jobs");
    let out = Command::new(setpriv)
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(bin())
        .args(["jobs", "list"])
        .env("JOBCTL_DB", w.db())
        .current_dir("/")
        .output()
        .unwrap();
    let r = finish(out).code(1);
    assert!(
        r.stderr.contains("read-only") || r.stderr.contains("permission"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("panicked"));
    assert_eq!(w.sql("SELECT COUNT(*) FROM jobs"), before);
    assert_eq!(w.sql("PRAGMA integrity_check"), "ok");
}

#[test]
fn a_database_folder_that_cannot_be_created_is_reported() {
    let w = World::bare();
    w.run(&["--db", "/proc/1/no/such/jobctl.db", "init"])
        .code(1)
        .stderr_has("cannot create the database folder");
    w.run(&["--db", w.dir.path().to_str().unwrap(), "init"])
        .code(2)
        .stderr_has("is a folder");
}

#[test]
fn home_unset_still_finds_a_database_or_says_why() {
    let w = World::bare();
    let mut c = Command::new(bin());
    c.args([
        "cron",
        "next",
        "@daily",
        "--after",
        "2030-01-01T00:00:00Z",
        "-n",
        "1",
    ])
    .env_remove("HOME")
    .env_remove("JOBCTL_DB");
    finish(c.output().unwrap()).ok();
    let mut c = Command::new(bin());
    c.args(["--db", w.db().to_str().unwrap(), "init"])
        .env_remove("HOME");
    finish(c.output().unwrap()).ok();
}

/// A small tmpfs, mounted for one test (root only; skipped where mounting is not allowed).
struct SmallDisk(std::path::PathBuf);

impl SmallDisk {
    fn mount(dir: &std::path::Path, size: &str) -> Option<SmallDisk> {
        let path = dir.join("disk");
        std::fs::create_dir_all(&path).ok()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&path)
            .output()
            .ok()?
            .status
            .success();
        ok.then_some(SmallDisk(path))
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_fails_cleanly_and_keeps_the_data() {
    let w = World::bare();
    let Some(disk) = SmallDisk::mount(w.dir.path(), "400k") else {
        eprintln!("cannot mount a tmpfs here: skipped");
        return;
    };
    let db = disk.0.join("j.db");
    let db = db.to_str().unwrap();
    w.run(&["--db", db, "init"]).ok();
    let big = "x".repeat(60_000);
    let mut added = 0;
    let mut failure = None;
    for i in 0..40 {
        let r = w.run(&[
            "--db",
            db,
            "jobs",
            "add",
            &format!("j{i}"),
            "--command",
            "true",
            "--description",
            &big,
        ]);
        if r.code == 0 {
            added += 1;
        } else {
            failure = Some(r);
            break;
        }
    }
    let r = failure.expect("the disk never filled up");
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("disk is full") || r.stderr.contains("I/O"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("panicked"));
    // Everything that succeeded is there, and the file is sound.
    let db_path = std::path::Path::new(db);
    assert_eq!(crate::harness::sql(db_path, "PRAGMA integrity_check"), "ok");
    assert_eq!(
        crate::harness::sql(db_path, "SELECT COUNT(*) FROM jobs"),
        added.to_string()
    );
}

#[test]
fn sensitive_values_never_reach_the_database_audit_results_or_output() {
    let w = World::new();
    let secret = "S3KR1T-value-4242";
    w.run(&[
        "jobs",
        "add",
        "login",
        "--command",
        "test -n \"$JOBCTL_VAR_TOKEN\" && echo got-a-token",
        "--sensitive-var",
        "token",
        "--var",
        "region:string=eu",
    ])
    .ok();
    let var = format!("token={secret}");
    let r = w.run(&["run", "login", "--var", &var, "--json"]).ok();
    assert!(
        r.stdout.contains("got-a-token"),
        "the job must see its secret: {}",
        r.stdout
    );
    assert!(!r.stdout.contains(secret) && !r.stderr.contains(secret));
    // Refusals and errors do not echo it either.
    for args in [
        vec![
            "schedule",
            "login",
            "--interval",
            "hourly",
            "--name",
            "h",
            "--start-time",
            "2030-01-02T00:00:00Z",
            "--var",
            &var,
        ],
        vec!["run", "login", "--var", &var, "--var", "bogus=1"],
        vec!["run", "login", "--var", &var, "--var", &var],
    ] {
        let r = w.run(&args);
        assert_ne!(r.code, 0);
        assert!(
            !r.stderr.contains(secret),
            "error leaks the secret: {}",
            r.stderr
        );
    }
    for args in [
        vec!["audit", "list"],
        vec!["results", "list"],
        vec!["results", "show", "1"],
        vec!["schedules", "list"],
    ] {
        let v = w.run(&[args.as_slice(), &["--json"]].concat()).ok();
        assert!(
            !v.stdout.contains(secret),
            "`{}` shows the secret",
            args.join(" ")
        );
    }
    for suffix in ["", "-wal", "-shm"] {
        let path = w.path(&format!("jobctl.db{suffix}"));
        if let Ok(bytes) = std::fs::read(&path) {
            assert!(
                !bytes
                    .windows(secret.len())
                    .any(|win| win == secret.as_bytes()),
                "{} contains the secret",
                path.display()
            );
        }
    }
}

#[test]
fn killing_a_command_mid_write_leaves_all_or_nothing() {
    let w = World::new();
    let mut toml = String::new();
    for i in 0..3000 {
        toml.push_str(&format!(
            "[[jobs]]\nname = \"bulk{i}\"\ncommand = \"echo {i}\"\ndescription = \"{}\"\n\n",
            "d".repeat(200)
        ));
    }
    let file = w.path("bulk.toml");
    std::fs::write(&file, toml).unwrap();
    for delay_ms in [5u64, 20, 40, 80, 150] {
        let mut child = w
            .cmd(&["jobs", "import", file.to_str().unwrap()])
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        assert_eq!(w.sql("PRAGMA integrity_check"), "ok");
        let n: usize = w
            .sql("SELECT COUNT(*) FROM jobs WHERE name LIKE 'bulk%'")
            .parse()
            .unwrap();
        assert!(
            n == 0 || n == 3000,
            "half an import survived a kill: {n} jobs"
        );
        let audit: usize = w
            .sql("SELECT COUNT(*) FROM audit WHERE action = 'job.create'")
            .parse()
            .unwrap();
        assert_eq!(
            audit, n,
            "every created job has its audit entry, and no more"
        );
        if n == 3000 {
            break;
        }
    }
    // And the database still works.
    w.job("after", "true");
}

/// Concurrency stress: several processes change things while run-due runs in a loop with the
/// clock stepping. Quick by default; `JOBCTL_STRESS_SECS=60 cargo test stress` runs longer.
#[test]
fn stress_concurrent_changes_and_run_due() {
    let secs: u64 = std::env::var("JOBCTL_STRESS_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(6);
    let w = World::new();
    w.users(&["alice", "bob", "carol"]);
    w.group("leads", &["bob", "carol"]);
    w.grant(
        "group:leads",
        &[
            "extras.view_approvalworkflowstage",
            "extras.change_approvalworkflowstage",
            "extras.change_scheduledjob",
        ],
    );
    w.grant(
        "user:alice",
        &["extras.run_job", "extras.view_scheduledjob"],
    );
    let log = w.path("runs.log");
    let cmd = format!(
        "echo \"$JOBCTL_SCHEDULED_JOB_ID $JOBCTL_RESULT_ID\" >> {}",
        log.display()
    );
    w.job("tick", &cmd);
    w.job("gated", &cmd);
    w.one_stage_workflow("gate", Some("gated"), "leads", "leads");
    let deadline = Instant::now() + Duration::from_secs(secs);
    let minute = std::sync::atomic::AtomicU64::new(0);
    let now_of = |m: u64| {
        let t = chrono::DateTime::parse_from_rfc3339("2030-01-01T00:00:00Z").unwrap()
            + chrono::Duration::minutes(m as i64);
        t.to_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string()
    };
    let outcomes = std::sync::Mutex::new(Vec::<(Vec<String>, i32, String)>::new());
    std::thread::scope(|s| {
        for worker in 0..8u64 {
            let w = &w;
            let outcomes = &outcomes;
            let minute = &minute;
            s.spawn(move || {
                let mut i = 0u64;
                while Instant::now() < deadline {
                    i += 1;
                    let now = now_of(minute.load(std::sync::atomic::Ordering::SeqCst));
                    let name = format!("w{worker}-{i}");
                    let (id40, id7, id30) = (
                        ((i % 40) + 1).to_string(),
                        ((i * 7 % 40) + 1).to_string(),
                        ((i % 30) + 1).to_string(),
                    );
                    let args: Vec<String> = match (worker + i) % 6 {
                        0 | 1 => vec![
                            "--user",
                            "alice",
                            "schedule",
                            if worker % 2 == 0 { "tick" } else { "gated" },
                            "--interval",
                            "custom",
                            "--crontab",
                            "* * * * *",
                            "--name",
                            &name,
                        ],
                        2 => vec![
                            "--user",
                            if i.is_multiple_of(2) { "bob" } else { "carol" },
                            "approve",
                            &id40,
                        ],
                        3 => vec![
                            "--user",
                            "carol",
                            "comment",
                            &id40,
                            "--comment",
                            "looks fine",
                        ],
                        4 => vec!["--user", "bob", "deny", &id7],
                        _ => vec![
                            "--user",
                            "alice",
                            "schedules",
                            if i.is_multiple_of(2) {
                                "disable"
                            } else {
                                "enable"
                            },
                            &id30,
                        ],
                    }
                    .into_iter()
                    .map(String::from)
                    .collect();
                    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
                    let out = w.cmd(&refs).env("JOBCTL_NOW", &now).output().unwrap();
                    let r = finish(out);
                    outcomes.lock().unwrap().push((args, r.code, r.stderr));
                }
            });
        }
        // run-due, twice at each minute, with the clock stepping.
        let w = &w;
        let outcomes = &outcomes;
        let minute = &minute;
        s.spawn(move || {
            while Instant::now() < deadline {
                let m = minute.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
                for _ in 0..2 {
                    let out = w
                        .cmd(&["run-due"])
                        .env("JOBCTL_NOW", now_of(m))
                        .output()
                        .unwrap();
                    let r = finish(out);
                    outcomes
                        .lock()
                        .unwrap()
                        .push((vec!["run-due".into()], r.code, r.stderr));
                }
            }
        });
    });
    let outcomes = outcomes.into_inner().unwrap();
    assert!(
        outcomes.len() > 20,
        "the stress test did too little: {}",
        outcomes.len()
    );
    for (args, code, stderr) in &outcomes {
        assert!(
            !stderr.contains("locked") && !stderr.contains("busy"),
            "`{}` saw: {stderr}",
            args.join(" ")
        );
        assert!(
            !stderr.contains("panicked"),
            "`{}` panicked: {stderr}",
            args.join(" ")
        );
        assert!(
            matches!(code, 0 | 3 | 4 | 5),
            "`{}` exited {code}: {stderr}",
            args.join(" ")
        );
    }
    // Every successful command left its audit entry.
    let ok = |verb: &str| {
        outcomes
            .iter()
            .filter(|(a, c, _)| *c == 0 && a.iter().any(|x| x == verb))
            .count()
    };
    let audited = |action: &str| {
        w.sql(&format!(
            "SELECT COUNT(*) FROM audit WHERE action = '{action}'"
        ))
        .parse::<usize>()
        .unwrap()
    };
    assert_eq!(ok("schedule"), audited("schedule.create"));
    assert_eq!(ok("approve"), audited("stage.approve"));
    assert_eq!(ok("deny"), audited("stage.deny"));
    assert_eq!(ok("comment"), audited("stage.comment"));
    eprintln!(
        "stress: {} commands; {} schedules, {} approvals, {} denials, {} results",
        outcomes.len(),
        ok("schedule"),
        ok("approve"),
        ok("deny"),
        w.sql("SELECT COUNT(*) FROM results")
    );
    // No occurrence ran twice, and nothing unapproved ran.
    assert_eq!(w.sql("SELECT COUNT(*) FROM (SELECT scheduled_job_id, scheduled_for FROM results GROUP BY 1, 2 HAVING COUNT(*) > 1)"), "0");
    let lines = std::fs::read_to_string(&log).unwrap_or_default();
    let mut seen = std::collections::HashSet::new();
    for line in lines.lines() {
        assert!(seen.insert(line.to_string()), "result ran twice: {line}");
    }
    assert_eq!(
        w.sql("SELECT COUNT(*) FROM results r JOIN workflows wf ON wf.scheduled_job_id = r.scheduled_job_id WHERE wf.state <> 'approved' AND r.status <> 'skipped'"),
        "0",
        "a job whose workflow is not approved ran"
    );
    assert_eq!(w.sql("PRAGMA integrity_check"), "ok");
}

#[test]
fn a_secret_cut_by_output_truncation_leaves_no_fragments() {
    let w = World::new();
    w.run(&[
        "jobs",
        "add",
        "s",
        "--sensitive-var",
        "token",
        "--command",
        "yes \"$JOBCTL_VAR_TOKEN\" | tr -d '\\n' | head -c 2600000",
    ])
    .ok();
    let r = w
        .run(&["run", "s", "--var", "token=Hunter2Secret", "--json"])
        .ok();
    let v = r.json();
    assert_eq!(v["output_truncated"], true);
    let output = v["output"].as_str().unwrap();
    let rest = output.replace("[redacted]", "");
    let marker_start = rest.find("\n…[jobctl: ").unwrap();
    let marker_end = marker_start + rest[marker_start..].find("]…\n").unwrap() + "]…\n".len();
    let leftover = format!("{}{}", &rest[..marker_start], &rest[marker_end..]);
    assert!(
        leftover.is_empty(),
        "fragments of the secret survived: {:?}",
        &leftover[..leftover.len().min(80)]
    );
    let stored = w.sql("SELECT output FROM results WHERE id = 1");
    assert!(
        !stored.contains("Secr") && !stored.contains("nter2"),
        "the stored output keeps a fragment"
    );
}
