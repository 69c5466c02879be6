//! `jobctl import-crontab` through the binary: real system crontabs from Debian packages and
//! this machine, tricky user crontabs, the JSON report, dry runs, idempotent re-imports,
//! `--prune`, stdin, and all-or-nothing imports.

use std::io::Write;
use std::process::Stdio;

use serde_json::{Value, json};

use crate::harness::{World, finish};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/crontabs");

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

/// Writes `text` to a file in the world's folder and returns its path.
fn write(w: &World, name: &str, text: &str) -> String {
    let path = w.path(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

fn import(w: &World, args: &[&str]) -> Value {
    let mut all = vec!["import-crontab"];
    all.extend_from_slice(args);
    w.json(&all)
}

fn entries(report: &Value) -> &Vec<Value> {
    report["entries"].as_array().expect("entries is a list")
}

fn names(report: &Value) -> Vec<String> {
    entries(report)
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_string())
        .collect()
}

fn counts(w: &World) -> String {
    w.sql(
        "SELECT (SELECT COUNT(*) FROM jobs) || ' jobs, ' || (SELECT COUNT(*) FROM scheduled_jobs)
         || ' schedules, ' || (SELECT COUNT(*) FROM workflows) || ' workflows'",
    )
}

const ENTRY_KEYS: [&str; 8] = [
    "line",
    "name",
    "crontab",
    "user",
    "command",
    "stdin",
    "env",
    "time_zone",
];

// ---------------------------------------------------------------------------------------
// Real system crontabs

#[test]
fn real_debian_system_crontabs_import_entry_by_entry() {
    let w = World::new();
    let expected = [
        ("debian-etc-crontab", 4),
        ("debian-anacron", 1),
        ("debian-certbot", 1),
        ("debian-mdadm", 1),
        ("debian-php", 1),
        ("debian-sysstat", 2),
        ("local-e2scrub_all", 2),
    ];
    let mut total = 0;
    for (file, n) in expected {
        let report = import(&w, &[&fixture(file), "--system"]);
        assert_eq!(report["skipped"], json!([]), "{file}: {report}");
        assert_eq!(entries(&report).len(), n, "{file}: {report}");
        for e in entries(&report) {
            for key in ENTRY_KEYS {
                assert!(e.get(key).is_some(), "{file}: entry lacks {key}: {e}");
            }
            assert_eq!(e["user"], "root", "{file}: {e}");
            assert_eq!(e["stdin"], Value::Null, "{file}: {e}");
            assert_eq!(e["time_zone"], "UTC");
            let name = e["name"].as_str().unwrap();
            assert!(name.starts_with(&format!("{file}-")), "{name}");
            // The job runs as the file's user, with the file's environment.
            let job = w.json(&["jobs", "show", name]);
            assert_eq!(job["run_as"], "root");
            assert_eq!(job["command"], e["command"]);
            assert_eq!(job["env"], e["env"]);
            assert_eq!(job["grouping"], format!("crontab:{file}"));
        }
        total += n;
    }
    let schedules = w.json(&["schedules", "list"]);
    assert_eq!(schedules.as_array().unwrap().len(), total);
    for s in schedules.as_array().unwrap() {
        assert_eq!(s["interval"], "custom");
        assert_eq!(s["state"], "active");
        assert!(s["next_run"].is_string(), "{s}");
    }
}

#[test]
fn debian_etc_crontab_entries_are_read_exactly() {
    let w = World::new();
    let report = import(&w, &[&fixture("debian-etc-crontab"), "--system"]);
    let path = "/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin";
    let first = &entries(&report)[0];
    assert_eq!(first["line"], 18);
    assert_eq!(first["crontab"], "17 * * * *");
    assert_eq!(
        first["command"],
        "cd / && run-parts --report /etc/cron.hourly"
    );
    assert_eq!(first["env"], json!({ "PATH": path }));
    let weekly = &entries(&report)[2];
    assert_eq!(weekly["line"], 20);
    assert_eq!(weekly["crontab"], "47 6 * * 7");
    // SHELL is the job's shell, not part of its environment.
    let job = w.json(&["jobs", "show", first["name"].as_str().unwrap()]);
    assert_eq!(job["shell"], "/bin/sh");
    // The hourly entry's scheduled job: minute 17 of every hour, from now.
    let s = &w.json(&["schedules", "list"])[0];
    assert_eq!(s["crontab"], "17 * * * *");
    assert_eq!(s["next_run"], "2030-01-01T00:17:00Z");
    assert_eq!(s["name"], first["name"]);
}

#[test]
fn debian_mdadm_keeps_escaped_percents_in_the_command_and_php_keeps_its_fields_as_written() {
    let w = World::new();
    let report = import(&w, &[&fixture("debian-mdadm"), "--system", "--dry-run"]);
    let e = &entries(&report)[0];
    assert_eq!(e["crontab"], "57 0 * * 0");
    let command = e["command"].as_str().unwrap();
    assert!(command.contains("[ $(date +%d) -le 7 ]"), "{command}");
    assert_eq!(e["stdin"], Value::Null);
    let report = import(&w, &[&fixture("debian-php"), "--system", "--dry-run"]);
    assert_eq!(entries(&report)[0]["crontab"], "09,39 * * * *");
}

#[test]
fn this_machines_own_system_crontabs_import_cleanly() {
    let w = World::new();
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    if std::path::Path::new("/etc/crontab").is_file() {
        files.push("/etc/crontab".into());
    }
    if let Ok(dir) = std::fs::read_dir("/etc/cron.d") {
        for entry in dir.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            // cron(8) itself ignores these (run-parts naming rules).
            if entry.path().is_file() && !name.starts_with('.') && !name.contains('~') {
                files.push(entry.path());
            }
        }
    }
    for file in files {
        let file = file.to_str().unwrap();
        let r = w
            .run(&["import-crontab", file, "--system", "--dry-run", "--json"])
            .ok();
        let report = r.json();
        assert_eq!(report["skipped"], json!([]), "{file}: {report}");
        for e in entries(&report) {
            assert!(e["user"].is_string(), "{file}: {e}");
        }
    }
    assert_eq!(counts(&w), "0 jobs, 0 schedules, 0 workflows");
}

// ---------------------------------------------------------------------------------------
// A tricky user crontab

const TRICKY: &str = "\
# jobctl test: a user crontab with every tricky line

MAILTO=ops@example.com
  GREETING = \"hello   world\"
QUOTED='single quoted'
SHELL=/bin/bash
CRON_TZ=Europe/Berlin
*/5 * * * * echo \"$GREETING\" >> /tmp/x
30 2 * * 1-5 mail -s \"report\" root%Dear root,%%the report is ready.%
0 0 * * * date +\\%Y-\\%m-\\%d > /tmp/today
@daily /usr/bin/cleanup --all
@reboot /usr/bin/start-thing
TZ=America/New_York
@weekly\t/usr/bin/weekly
61 * * * * echo bad minute
0 9 * * mon-fri
* * * echo too few
@every 5m echo nope
0 0 30 2 * echo never
0   9  13 *  FRI   echo friday13
\t# an indented comment
MAILTO=\"\"
15 10 * * * printf '50\\% done'
";

#[test]
fn a_tricky_user_crontab_is_read_like_cron_reads_it() {
    let w = World::new();
    let file = write(&w, "my.crontab", TRICKY);
    let r = w.run(&["import-crontab", &file, "--json"]).ok();
    let report = r.json();
    let berlin = json!({"GREETING": "hello   world", "MAILTO": "ops@example.com", "QUOTED": "single quoted"});
    let expected = [
        (
            8,
            "*/5 * * * *",
            "echo \"$GREETING\" >> /tmp/x",
            Value::Null,
            &berlin,
            "Europe/Berlin",
        ),
        (
            9,
            "30 2 * * 1-5",
            "mail -s \"report\" root",
            json!("Dear root,\n\nthe report is ready.\n"),
            &berlin,
            "Europe/Berlin",
        ),
        (
            10,
            "0 0 * * *",
            "date +%Y-%m-%d > /tmp/today",
            Value::Null,
            &berlin,
            "Europe/Berlin",
        ),
        (
            11,
            "@daily",
            "/usr/bin/cleanup --all",
            Value::Null,
            &berlin,
            "Europe/Berlin",
        ),
        (
            14,
            "@weekly",
            "/usr/bin/weekly",
            Value::Null,
            &berlin,
            "America/New_York",
        ),
        (
            20,
            "0 9 13 * FRI",
            "echo friday13",
            Value::Null,
            &berlin,
            "America/New_York",
        ),
    ];
    let got = entries(&report);
    assert_eq!(got.len(), expected.len() + 1, "{report}");
    for (e, (line, crontab, command, stdin, env, zone)) in got.iter().zip(expected) {
        assert_eq!(e["line"], line, "{e}");
        assert_eq!(e["crontab"], crontab, "{e}");
        assert_eq!(e["command"], command, "{e}");
        assert_eq!(e["stdin"], stdin, "{e}");
        assert_eq!(&e["env"], env, "{e}");
        assert_eq!(e["time_zone"], zone, "{e}");
        assert_eq!(e["user"], Value::Null, "{e}");
        assert!(
            e["name"].as_str().unwrap().starts_with("my.crontab-"),
            "{e}"
        );
    }
    let last = got.last().unwrap();
    assert_eq!(last["line"], 23);
    assert_eq!(last["command"], "printf '50% done'");
    assert_eq!(last["env"]["MAILTO"], "");
    // Skipped lines, with line numbers and reasons; warnings on stderr.
    let skipped: Vec<(i64, String)> = report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["line"].as_i64().unwrap(),
                s["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let lines: Vec<i64> = skipped.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, vec![12, 15, 16, 17, 18, 19]);
    for (line, needle) in [
        (12, "@reboot"),
        (15, "minute: 61 is out of range 0-59"),
        (16, "missing command"),
        (17, "month"),
        (18, "@every"),
        (19, "can never fire"),
    ] {
        let reason = &skipped.iter().find(|(l, _)| *l == line).unwrap().1;
        assert!(reason.contains(needle), "line {line}: {reason}");
        assert!(
            r.stderr
                .contains(&format!("warning: {file} line {line}: skipped: ")),
            "{}",
            r.stderr
        );
    }
    // The jobs: SHELL is their shell; CRON_TZ/TZ are their schedules' zones.
    let mail = got[1]["name"].as_str().unwrap();
    let job = w.json(&["jobs", "show", mail]);
    assert_eq!(job["shell"], "/bin/bash");
    assert_eq!(job["stdin"], "Dear root,\n\nthe report is ready.\n");
    assert_eq!(job["run_as"], Value::Null);
    let s = &w.json(&["schedules", "list", "--job", mail])[0];
    assert_eq!(s["crontab"], "30 2 * * 1-5");
    assert_eq!(s["time_zone"], "Europe/Berlin");
    assert_eq!(s["next_run"], "2030-01-01T01:30:00Z"); // Tuesday 02:30 CET
    assert_eq!(counts(&w), "7 jobs, 7 schedules, 0 workflows");
}

#[test]
fn imported_jobs_get_their_stdin_environment_and_shell_when_they_run() {
    let mut w = World::new();
    let file = write(
        &w,
        "small",
        "SHELL=/bin/bash\nGREETING=hi there\n* * * * * cat; echo \" / $GREETING from $0\"%line one%line two\n",
    );
    import(&w, &[&file]);
    w.at("2030-01-01T00:01:00Z").run(&["run-due"]).ok();
    let r = w.json(&["results", "show", "1"]);
    assert_eq!(r["status"], "success");
    assert_eq!(
        r["output"],
        "line one\nline two / hi there from /bin/bash\n"
    );
}

#[test]
fn the_system_format_refuses_lines_without_a_plausible_user() {
    let w = World::new();
    let file = write(
        &w,
        "user-format",
        "0 3 * * * /usr/bin/backup --all\n@hourly\n",
    );
    let report = import(&w, &[&file, "--system", "--dry-run"]);
    assert!(entries(&report).is_empty(), "{report}");
    let skipped = report["skipped"].as_array().unwrap();
    assert_eq!(skipped[0]["line"], 1);
    assert!(
        skipped[0]["reason"]
            .as_str()
            .unwrap()
            .contains("invalid user name \"/usr/bin/backup\""),
        "{report}"
    );
    assert_eq!(skipped[1]["line"], 2);
}

// ---------------------------------------------------------------------------------------
// Dry runs, re-imports, pruning, stdin, transactions

#[test]
fn dry_run_reports_the_same_entries_and_changes_nothing() {
    let w = World::new();
    let file = write(&w, "my.crontab", TRICKY);
    let audit_before = w.sql("SELECT COUNT(*) FROM audit");
    let dry = import(&w, &[&file, "--dry-run"]);
    assert_eq!(counts(&w), "0 jobs, 0 schedules, 0 workflows");
    assert_eq!(w.sql("SELECT COUNT(*) FROM audit"), audit_before);
    assert!(
        entries(&dry)
            .iter()
            .all(|e| e["outcome"] == "would be created"),
        "{dry}"
    );
    let real = import(&w, &[&file]);
    assert_eq!(names(&dry), names(&real));
    assert_eq!(dry["skipped"], real["skipped"]);
    for (d, r) in entries(&dry).iter().zip(entries(&real)) {
        for key in ENTRY_KEYS {
            assert_eq!(d[key], r[key], "{key}");
        }
    }
}

#[test]
fn reimporting_is_idempotent_and_an_edited_entry_becomes_a_new_job_until_pruned() {
    let w = World::new();
    let text = "0 3 * * * /usr/bin/backup\n*/10 * * * * /usr/bin/poll --fast\n";
    let file = write(&w, "ops", text);
    let first = import(&w, &[&file]);
    let before = counts(&w);
    let again = import(&w, &[&file]);
    assert_eq!(names(&first), names(&again));
    assert!(entries(&again).iter().all(|e| e["outcome"] == "unchanged"));
    assert_eq!(counts(&w), before);
    assert_eq!(before, "2 jobs, 2 schedules, 0 workflows");
    // Edit the second entry: a new job; the old one stays until --prune.
    write(
        &w,
        "ops",
        "0 3 * * * /usr/bin/backup\n*/10 * * * * /usr/bin/poll --slow\n",
    );
    let edited = import(&w, &[&file]);
    assert_eq!(names(&edited)[0], names(&first)[0]);
    assert_ne!(names(&edited)[1], names(&first)[1]);
    assert_eq!(entries(&edited)[1]["outcome"], "created");
    assert_eq!(counts(&w), "3 jobs, 3 schedules, 0 workflows");
    let dry = import(&w, &[&file, "--prune", "--dry-run"]);
    assert_eq!(dry["pruned"], json!([names(&first)[1]]));
    assert_eq!(counts(&w), "3 jobs, 3 schedules, 0 workflows");
    let pruned = import(&w, &[&file, "--prune"]);
    assert_eq!(pruned["pruned"], json!([names(&first)[1]]));
    assert_eq!(counts(&w), "2 jobs, 2 schedules, 0 workflows");
    w.run(&["jobs", "show", names(&first)[1].as_str()]).code(4);
    // Pruning only touches jobs imported with this prefix.
    w.job("handmade", "true");
    import(&w, &[&file, "--prune"]);
    w.run(&["jobs", "show", "handmade"]).ok();
}

#[test]
fn reimport_keeps_a_job_an_admin_switched_off_switched_off() {
    let mut w = World::new();
    let file = write(&w, "ops", "* * * * * echo tick\n");
    let name = names(&import(&w, &[&file]))[0].clone();
    w.run(&["jobs", "disable", &name]).ok();
    let again = import(&w, &[&file]);
    assert_eq!(entries(&again)[0]["outcome"], "unchanged");
    assert_eq!(w.json(&["jobs", "show", &name])["enabled"], false);
    w.at("2030-01-01T00:05:00Z").run(&["run-due"]).ok();
    assert_eq!(w.sql("SELECT COUNT(*) FROM results"), "0");
}

#[test]
fn a_changed_cron_tz_moves_the_existing_schedule_instead_of_reporting_it_unchanged() {
    let w = World::new();
    let file = write(
        &w,
        "ops",
        "CRON_TZ=Europe/Berlin\n30 2 * * * /usr/bin/backup\n",
    );
    let first = import(&w, &[&file]);
    let id = entries(&first)[0]["scheduled_job"]
        .as_i64()
        .unwrap()
        .to_string();
    assert_eq!(
        w.json(&["schedules", "show", &id])["next_run"],
        "2030-01-01T01:30:00Z"
    );
    write(
        &w,
        "ops",
        "CRON_TZ=Asia/Tokyo\n30 2 * * * /usr/bin/backup\n",
    );
    let dry = import(&w, &[&file, "--dry-run"]);
    assert_eq!(entries(&dry)[0]["outcome"], "would be updated");
    let moved = import(&w, &[&file]);
    assert_eq!(entries(&moved)[0]["outcome"], "updated");
    assert_eq!(names(&moved), names(&first));
    let s = w.json(&["schedules", "show", &id]);
    assert_eq!(s["time_zone"], "Asia/Tokyo");
    assert_eq!(s["next_run"], "2030-01-01T17:30:00Z"); // 02:30 JST on 2 January
    assert_eq!(counts(&w), "1 jobs, 1 schedules, 0 workflows");
    assert_eq!(entries(&import(&w, &[&file]))[0]["outcome"], "unchanged");
}

#[test]
fn dash_reads_stdin_with_the_prefix_stdin() {
    let w = World::new();
    let mut child = w
        .cmd(&["import-crontab", "-", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"@hourly /usr/bin/true\n")
        .unwrap();
    let r = finish(child.wait_with_output().unwrap()).ok();
    let report = r.json();
    let name = names(&report)[0].clone();
    assert!(name.starts_with("stdin-true-"), "{name}");
    w.json(&["jobs", "show", &name]);
}

#[test]
fn the_prefix_option_names_the_jobs() {
    let w = World::new();
    let file = write(&w, "whatever", "@hourly /usr/bin/true\n");
    let report = import(&w, &[&file, "--prefix", "team a/ops"]);
    let name = names(&report)[0].clone();
    assert!(name.starts_with("team-a-ops-true-"), "{name}");
    w.run(&["import-crontab", &file, "--prefix", ""])
        .code(2)
        .stderr_has("--prefix");
}

#[test]
fn an_import_is_one_transaction_nothing_is_half_imported() {
    let w = World::new();
    // A workflow without stages applies to the third entry only: creating its schedule fails.
    w.run(&["workflows", "add", "empty", "--job", "ops-third-*"])
        .ok();
    let file = write(
        &w,
        "ops",
        "0 1 * * * /usr/bin/first\n0 2 * * * /usr/bin/second\n0 3 * * * /usr/bin/third\n",
    );
    let r = w.run(&["import-crontab", &file]).code(5);
    assert!(r.stderr.contains("has no stages"), "{}", r.stderr);
    assert_eq!(counts(&w), "0 jobs, 0 schedules, 0 workflows");
}

#[test]
fn imported_schedules_start_pending_when_a_workflow_applies() {
    let w = World::new();
    w.users(&["bob"]);
    w.group("ops", &["bob"]);
    w.one_stage_workflow("change", Some("ops-*"), "ops", "ops");
    let file = write(&w, "ops", "0 1 * * * /usr/bin/first\n");
    import(&w, &[&file]);
    let s = &w.json(&["schedules", "list"])[0];
    assert_eq!(s["state"], "pending");
    assert_eq!(s["approval_required"], true);
    assert_eq!(s["approval_workflow"]["definition"], "change");
}

#[test]
fn import_errors_have_the_right_exit_codes() {
    let w = World::new();
    w.users(&["alice"]);
    let file = write(&w, "ops", "@hourly /usr/bin/true\n");
    w.as_user("alice", &["import-crontab", &file])
        .code(3)
        .stderr_has("only jobctl admins can import crontabs");
    w.run(&["import-crontab", "/no/such/crontab"])
        .code(4)
        .stderr_has("no such file: /no/such/crontab");
    let binary = w.path("binary");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    w.run(&["import-crontab", binary.to_str().unwrap()])
        .code(2)
        .stderr_has("not UTF-8");
    w.run(&["import-crontab", &file, "--tz", "Nowhere/Land"])
        .code(2)
        .stderr_has("--tz: unknown time zone");
    let bad_zone = write(
        &w,
        "badzone",
        "CRON_TZ=Nowhere/Land\n@hourly /usr/bin/true\n",
    );
    let report = import(&w, &[&bad_zone]);
    assert!(entries(&report).is_empty());
    assert!(
        report["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("CRON_TZ"),
        "{report}"
    );
    assert_eq!(counts(&w), "0 jobs, 0 schedules, 0 workflows");
}

#[test]
fn the_tz_option_is_the_zone_of_entries_without_cron_tz() {
    let w = World::new();
    let file = write(
        &w,
        "ops",
        "0 9 * * * /usr/bin/a\nCRON_TZ=UTC\n0 9 * * * /usr/bin/b\n",
    );
    let report = import(&w, &[&file, "--tz", "America/New_York"]);
    assert_eq!(entries(&report)[0]["time_zone"], "America/New_York");
    assert_eq!(entries(&report)[1]["time_zone"], "UTC");
    let list = w.json(&["schedules", "list"]);
    assert_eq!(list[0]["next_run"], "2030-01-01T14:00:00Z");
    assert_eq!(list[1]["next_run"], "2030-01-01T09:00:00Z");
}

#[test]
fn the_readme_import_walkthrough_runs_as_written() {
    let r = crate::harness::run_readme_walkthrough("Importing crontabs");
    assert!(r.stdout.contains("would be created"), "{}", r.stdout);
    assert!(r.stdout.contains("unchanged"), "{}", r.stdout);
    assert!(
        r.stdout.contains("pruned mycrontab-report-"),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr
            .contains("mycrontab line 4: skipped: @reboot entries run at boot"),
        "{}",
        r.stderr
    );
}

#[test]
fn prune_wipes_every_imported_job_when_nothing_in_the_input_parses() {
    let w = World::new();
    let file = write(
        &w,
        "tab",
        "0 3 * * * /usr/bin/backup\n@reboot /usr/bin/start\n",
    );
    import(&w, &[&file, "--prefix", "me"]);
    // @reboot skips do not block a prune.
    import(&w, &[&file, "--prefix", "me", "--prune"]);
    assert_eq!(counts(&w), "1 jobs, 1 schedules, 0 workflows");
    // `crontab -l` failed and printed nothing: nothing is removed.
    let empty = write(&w, "empty", "");
    w.run(&["import-crontab", &empty, "--prefix", "me", "--prune"])
        .code(5)
        .stderr_has("hint:");
    let comments = write(&w, "comments", "# only a comment\nMAILTO=x\n");
    w.run(&["import-crontab", &comments, "--prefix", "me", "--prune"])
        .code(5);
    // A line that could not be parsed might be the entry of a job: refused too.
    let broken = write(
        &w,
        "broken",
        "0 3 * * /usr/bin/backup\n0 4 * * * /usr/bin/other\n",
    );
    w.run(&["import-crontab", &broken, "--prefix", "me", "--prune"])
        .code(5)
        .stderr_has("line 1");
    let bad_zone = write(
        &w,
        "zone",
        "CRON_TZ=Mars/Base\n0 3 * * * /usr/bin/backup\n0 4 * * * /usr/bin/other\n",
    );
    w.run(&["import-crontab", &bad_zone, "--prefix", "me", "--prune"])
        .code(5);
    assert_eq!(counts(&w), "1 jobs, 1 schedules, 0 workflows");
    // Without --prune, a broken line is skipped and the rest imported as before.
    w.run(&["import-crontab", &broken, "--prefix", "me"]).ok();
    assert_eq!(counts(&w), "2 jobs, 2 schedules, 0 workflows");
}

#[test]
fn prune_deletes_hand_made_jobs_that_share_the_grouping() {
    let w = World::new();
    let file = write(&w, "tab", "0 3 * * * /usr/bin/backup\n");
    let first = import(&w, &[&file, "--prefix", "me"]);
    w.run(&[
        "jobs",
        "add",
        "mine",
        "--command",
        "true",
        "--grouping",
        "crontab:me",
    ])
    .ok();
    write(&w, "tab", "0 4 * * * /usr/bin/backup\n");
    let r = import(&w, &[&file, "--prefix", "me", "--prune"]);
    assert_eq!(r["pruned"], json!([names(&first)[0]]));
    w.run(&["jobs", "show", "mine"]).ok();
    // Another prefix's imports are not touched either.
    let other = write(&w, "other", "0 5 * * * /usr/bin/x\n");
    import(&w, &[&other, "--prefix", "them"]);
    let r = import(&w, &[&file, "--prefix", "me", "--prune"]);
    assert_eq!(r["pruned"], json!([]));
    assert_eq!(counts(&w), "3 jobs, 2 schedules, 0 workflows");
}

#[test]
fn entries_that_differ_only_in_cron_tz_or_environment_are_dropped_as_the_same_entry() {
    let w = World::new();
    let text = "0 1 * * * /bin/echo dup\n\
                CRON_TZ=Europe/Berlin\n0 1 * * * /bin/echo dup\n\
                CRON_TZ=\nMAILTO=ops\n0 1 * * * /bin/echo dup\n\
                0 1 * * * /bin/echo dup\n\
                CRON_TZ=Europe/Berlin\nMAILTO=\n0 1 * * * /bin/echo dup\n";
    let file = write(&w, "tab", text);
    let first = import(&w, &[&file]);
    let n = names(&first);
    assert_eq!(n.len(), 4, "{first}");
    let lines: Vec<u64> = entries(&first)
        .iter()
        .map(|e| e["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [1, 3, 6, 10]);
    // The first keeps the content name; the others get distinct suffixed names.
    assert!(n[1].starts_with(&format!("{}-", n[0])), "{n:?}");
    assert!(n[2].starts_with(&format!("{}-", n[0])), "{n:?}");
    assert_ne!(n[1], n[2]);
    assert_eq!(entries(&first)[1]["time_zone"], "Europe/Berlin");
    // Exact duplicates (line 7 of line 6's variant) are still skipped.
    let skipped = first["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 1, "{first}");
    assert_eq!(skipped[0]["line"], 7);
    assert!(skipped[0]["reason"].as_str().unwrap().contains("line 6"));
    assert_eq!(counts(&w), "4 jobs, 4 schedules, 0 workflows");
    // Both zones run.
    let zones = w.sql("SELECT group_concat(time_zone, ',') FROM (SELECT time_zone FROM scheduled_jobs ORDER BY id)");
    assert_eq!(zones, "UTC,Europe/Berlin,UTC,Europe/Berlin");
    // Re-importing is idempotent: same names, nothing changed.
    let again = import(&w, &[&file]);
    assert_eq!(names(&again), n);
    assert!(
        entries(&again).iter().all(|e| e["outcome"] == "unchanged"),
        "{again}"
    );
    assert_eq!(counts(&w), "4 jobs, 4 schedules, 0 workflows");
}

#[test]
fn a_single_non_utf8_byte_rejects_the_whole_crontab() {
    let w = World::new();
    let path = w.path("latin1");
    std::fs::write(
        &path,
        b"# Sauvegarde de l'\xe9t\xe9\n0 3 * * * /usr/bin/backup\n0 4 * * * echo caf\xe9\n0 5 * * * /usr/bin/poll\n",
    )
    .unwrap();
    let r = import(&w, &[path.to_str().unwrap()]);
    let lines: Vec<u64> = entries(&r)
        .iter()
        .map(|e| e["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [2, 4]);
    assert_eq!(
        r["skipped"],
        json!([{"line": 3, "reason": "not UTF-8 text"}])
    );
    assert_eq!(counts(&w), "2 jobs, 2 schedules, 0 workflows");
}
