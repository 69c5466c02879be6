//! The test harness: a temp database, a pinned `JOBCTL_NOW`, and the real `jobctl` binary.
#![allow(dead_code)] // helpers serve many test modules; not every one uses each

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// One test's world: a temp folder with the database, and a clock.
pub struct World {
    pub dir: tempfile::TempDir,
    pub now: String,
    pub tz: String,
}

/// What a command printed and how it exited.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts the exit code, showing the output when it differs.
    #[track_caller]
    pub fn code(self, expected: i32) -> Run {
        assert_eq!(
            self.code, expected,
            "exit code {} (expected {expected})\nstdout:\n{}\nstderr:\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    /// Asserts success (exit 0).
    #[track_caller]
    pub fn ok(self) -> Run {
        self.code(0)
    }

    /// Parses stdout as JSON.
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }

    /// Parses stderr as the JSON error document and returns `error.kind`.
    #[track_caller]
    pub fn error_kind(&self) -> String {
        let v: Value = serde_json::from_str(self.stderr.trim())
            .unwrap_or_else(|e| panic!("stderr is not a JSON error ({e}):\n{}", self.stderr));
        v["error"]["kind"].as_str().unwrap_or_default().to_string()
    }

    /// Asserts stderr contains `needle`.
    #[track_caller]
    pub fn stderr_has(self, needle: &str) -> Run {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
        self
    }

    /// Asserts stdout contains `needle`.
    #[track_caller]
    pub fn stdout_has(self, needle: &str) -> Run {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}:\n{}",
            self.stdout
        );
        self
    }
}

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_jobctl"))
}

impl World {
    /// A fresh world with an initialised database (root is its admin) at 2030-01-01T00:00:00Z.
    pub fn new() -> World {
        let w = World::bare();
        w.run(&["init"]).ok();
        w
    }

    /// A world without `jobctl init`.
    pub fn bare() -> World {
        World {
            dir: tempfile::tempdir().expect("temp dir"),
            now: "2030-01-01T00:00:00Z".into(),
            tz: "UTC".into(),
        }
    }

    /// A copy of this world (database files included) in a new temp folder, for tests that
    /// try many actions on the same starting state.
    pub fn fork(&self) -> World {
        let w = World {
            dir: tempfile::tempdir().expect("temp dir"),
            now: self.now.clone(),
            tz: self.tz.clone(),
        };
        for suffix in ["", "-wal", "-shm"] {
            let from = self.path(&format!("jobctl.db{suffix}"));
            if from.exists() {
                std::fs::copy(&from, w.path(&format!("jobctl.db{suffix}"))).expect("copy db");
            }
        }
        w
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("jobctl.db")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The command, ready to run: database, clock and zone pinned, nothing inherited that matters.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(bin());
        c.args(args)
            .env("JOBCTL_DB", self.db())
            .env("JOBCTL_NOW", &self.now)
            .env("JOBCTL_TZ", &self.tz)
            .env_remove("NO_COLOR")
            .current_dir(self.dir.path())
            .stdin(Stdio::null());
        c
    }

    /// Runs jobctl with `args`.
    pub fn run(&self, args: &[&str]) -> Run {
        finish(self.cmd(args).output().expect("run jobctl"))
    }

    /// Runs jobctl as jobctl user `user` (through root's `--user`).
    pub fn as_user(&self, user: &str, args: &[&str]) -> Run {
        let mut all = vec!["--user", user];
        all.extend_from_slice(args);
        self.run(&all)
    }

    /// Runs with `--json` and parses stdout (asserting success).
    #[track_caller]
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        self.run(&all).ok().json()
    }

    /// Runs as `user` with `--json`, asserting success.
    #[track_caller]
    pub fn json_as(&self, user: &str, args: &[&str]) -> Value {
        let mut all = vec!["--user", user];
        all.extend_from_slice(args);
        all.push("--json");
        self.run(&all).ok().json()
    }

    /// Sets the pinned clock.
    pub fn at(&mut self, now: &str) -> &mut World {
        self.now = now.to_string();
        self
    }

    /// Adds users (plain).
    pub fn users(&self, names: &[&str]) {
        for n in names {
            self.run(&["users", "add", n]).ok();
        }
    }

    /// Adds a group with members.
    pub fn group(&self, name: &str, members: &[&str]) {
        self.run(&["groups", "add", name]).ok();
        for m in members {
            self.run(&["groups", "add-member", name, m]).ok();
        }
    }

    /// Grants permissions.
    pub fn grant(&self, principal: &str, perms: &[&str]) {
        let mut args = vec!["perms", "grant", principal];
        args.extend_from_slice(perms);
        self.run(&args).ok();
    }

    /// Adds a workflow definition (for jobs matching `job_glob`, or every job) with one stage
    /// that needs one approval from `group`.
    pub fn one_stage_workflow(&self, name: &str, job_glob: Option<&str>, stage: &str, group: &str) {
        let mut add = vec!["workflows", "add", name];
        if let Some(glob) = job_glob {
            add.extend(["--job", glob]);
        }
        self.run(&add).ok();
        self.run(&[
            "workflows",
            "add-stage",
            name,
            "--name",
            stage,
            "--sequence",
            "1",
            "--min-approvers",
            "1",
            "--group",
            group,
        ])
        .ok();
    }

    /// Adds a job with a command.
    pub fn job(&self, name: &str, command: &str) {
        self.run(&["jobs", "add", name, "--command", command]).ok();
    }

    /// A SQL query on the database (through python3's sqlite3, independent of jobctl).
    pub fn sql(&self, query: &str) -> String {
        sql(&self.db(), query)
    }
}

/// Runs a query directly on the database file and returns rows as `a|b` lines.
pub fn sql(db: &Path, query: &str) -> String {
    let conn = rusqlite::Connection::open(db).expect("open db");
    let mut stmt = conn.prepare(query).expect("prepare");
    let n = stmt.column_count();
    let rows = stmt
        .query_map([], |r| {
            let mut cols = Vec::with_capacity(n);
            for i in 0..n {
                let v: rusqlite::types::Value = r.get(i)?;
                cols.push(match v {
                    rusqlite::types::Value::Null => String::new(),
                    rusqlite::types::Value::Integer(i) => i.to_string(),
                    rusqlite::types::Value::Real(f) => f.to_string(),
                    rusqlite::types::Value::Text(t) => t,
                    rusqlite::types::Value::Blob(b) => String::from_utf8_lossy(&b).into_owned(),
                });
            }
            Ok(cols.join("|"))
        })
        .expect("query")
        .collect::<Result<Vec<_>, _>>()
        .expect("rows");
    rows.join("\n")
}

pub fn finish(out: Output) -> Run {
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs the first `sh` block of the README section `heading` with bash, line by line: every
/// command must exit 0 unless its comment says `exit N`, and then N. Returns what it printed.
pub fn run_readme_walkthrough(heading: &str) -> Run {
    let w = World::bare();
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let at = readme
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("a README section {heading:?}"));
    let section = &readme[at..];
    let start = section.find("```sh\n").expect("a sh block") + "```sh\n".len();
    let block = &section[start..start + section[start..].find("```").unwrap()];
    let mut script =
        String::from("fail() { echo \"line $1 exited $2, expected $3\" >&2; exit 1; }\n");
    for (n, line) in block.replace("\\\n", " ").lines().enumerate() {
        let code = line.trim_start();
        if code.is_empty() || code.starts_with('#') {
            continue;
        }
        let expected = line
            .split("# exit ")
            .nth(1)
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
            .map_or(0, |d| d.parse::<i32>().unwrap());
        let code = code.replace("$(mktemp -d)", &w.dir.path().display().to_string());
        script.push_str(&format!(
            "{code}\nrc=$?; [ $rc -eq {expected} ] || fail {} $rc {expected}\n",
            n + 1
        ));
    }
    let bin_dir = bin().parent().unwrap().to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("bash")
        .args(["-c", &script])
        .env("PATH", path)
        .env_remove("JOBCTL_DB")
        .current_dir(w.dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let r = finish(out);
    assert_eq!(r.code, 0, "stdout:\n{}\nstderr:\n{}", r.stdout, r.stderr);
    r
}
