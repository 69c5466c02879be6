//! The end-to-end example (`bash examples/demo.sh`, the README's first command) runs and
//! tells the story it claims to tell.

use std::process::Command;

use crate::harness::{bin, finish, sql};

#[test]
fn the_demo_runs_end_to_end() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/demo.sh");
    let r = finish(
        Command::new("bash")
            .arg(script)
            .env("JOBCTL_BIN", bin())
            .env("DEMO_DIR", &demo)
            .env("NO_COLOR", "1")
            .env_remove("JOBCTL_DB")
            .env_remove("JOBCTL_NOW")
            .env_remove("JOBCTL_TZ")
            .output()
            .unwrap(),
    )
    .ok();
    let out = &r.stdout;
    assert_eq!(r.stderr, "", "the demo wrote to stderr");
    for line in [
        "== People and groups ==",
        "$ jobctl --user alice schedule rotate-logs --interval future --start-time '2030-03-04 09:00' --name rotate-now",
        "approval required",
        "$ jobctl --user carol deny ",
        "$ jobctl --user dave approve ",
        "warning: run 6 of job sync-mirror failure: exited with code 2",
        "error: mirror volume ./mirror is not mounted",
        "soft time limit exceeded (2 s): sent SIGTERM",
        "(no output: everything that was due ran and succeeded)",
        "* * * * * ",
    ] {
        assert!(
            out.contains(line),
            "the demo's output lacks {line:?}:\n{out}"
        );
    }

    let db = demo.join("jobctl.db");
    let results = |job: &str| {
        sql(
            &db,
            &format!("SELECT status FROM results WHERE job_name = '{job}' ORDER BY id"),
        )
    };
    assert_eq!(results("purge-tmp"), "", "a denied job ran");
    assert_eq!(results("rotate-logs"), "success");
    assert_eq!(results("sync-mirror"), "failure");
    assert_eq!(results("reindex"), "failure");
    assert_eq!(results("archive-site"), "success\nsuccess\nsuccess");
    assert_eq!(results("check-disk"), ["success"; 6].join("\n"));
    // The three-and-a-half-hour gap: one catch-up run per recurring schedule.
    assert_eq!(
        sql(
            &db,
            "SELECT job_name, skipped_occurrences FROM results ORDER BY id DESC LIMIT 2"
        ),
        "archive-site|103\ncheck-disk|206"
    );
    // The jobs did their work on disk.
    assert!(demo.join("log/app.log.1.gz").exists());
    assert!(
        demo.join("tmp/old-upload.bin").exists(),
        "purge-tmp was denied"
    );
    let tarballs = std::fs::read_dir(demo.join("backups")).unwrap().count();
    assert_eq!(tarballs, 3);
}
