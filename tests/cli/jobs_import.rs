//! `jobctl jobs import` through the binary: type-checked variable defaults, what a re-import
//! keeps, round-trips of `jobs show --json` / `jobs list --json`, and messages for files.

use crate::harness::World;

/// Writes `text` to a file in the world's folder and returns its path.
fn write(w: &World, name: &str, text: &str) -> String {
    let path = w.path(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn jobs_import_does_not_type_check_variable_defaults() {
    let w = World::new();
    for (var, bad) in [
        (
            r#"{"name": "flag", "type": "boolean", "default": "maybe"}"#,
            "flag",
        ),
        (r#"{"name": "n", "type": "integer", "default": 1.5}"#, "n"),
        (r#"{"name": "s", "type": "string", "default": 3}"#, "s"),
        (
            r#"{"name": "c", "type": "choice", "choices": ["a"], "default": 1}"#,
            "c",
        ),
    ] {
        let file = write(
            &w,
            "j.json",
            &format!(r#"[{{"name": "deploy", "command": "true", "variables": [{var}]}}]"#),
        );
        let r = w.run(&["jobs", "import", &file]).code(2);
        assert!(r.stderr.contains("deploy"), "{}", r.stderr);
        assert!(r.stderr.contains(&format!("`{bad}`")), "{}", r.stderr);
    }
    assert_eq!(w.sql("SELECT COUNT(*) FROM jobs"), "0");
    // Well-typed defaults are accepted, TOML too.
    let file = write(
        &w,
        "j.toml",
        "[[jobs]]\nname = \"deploy\"\ncommand = \"true\"\n[[jobs.variables]]\nname = \"flag\"\ntype = \"boolean\"\ndefault = true\n[[jobs.variables]]\nname = \"n\"\ntype = \"integer\"\ndefault = 3\n",
    );
    w.run(&["jobs", "import", &file]).ok();
    let job = w.json(&["jobs", "show", "deploy"]);
    assert_eq!(job["variables"][0]["default"], true);
    assert_eq!(job["variables"][1]["default"], 3);
}

#[test]
fn jobs_import_messages_mention_cli_flags_instead_of_file_fields() {
    let w = World::new();
    let file = write(
        &w,
        "j.json",
        r#"[{"name": "deploy", "command": "true", "variables": [{"name": "x", "type": "choice"}]}]"#,
    );
    let r = w.run(&["jobs", "import", &file]).code(2);
    assert!(r.stderr.contains("choices = ["), "{}", r.stderr);
    assert!(!r.stderr.contains("--choices"), "{}", r.stderr);
    let file = write(
        &w,
        "j.json",
        r#"[{"name": "deploy", "command": "true", "variables": [{"name": "x", "type": "string", "choices": ["a"]}]}]"#,
    );
    let r = w.run(&["jobs", "import", &file]).code(2);
    assert!(!r.stderr.contains("--choices"), "{}", r.stderr);
    // The CLI keeps naming its flag.
    w.run(&["jobs", "add", "d", "--command", "true", "--var", "x:choice"])
        .code(2)
        .stderr_has("--choices x=a,b,c");
    // The boolean message lists every accepted spelling.
    w.run(&[
        "jobs",
        "add",
        "b",
        "--command",
        "true",
        "--var",
        "f:boolean",
    ])
    .ok();
    w.run(&["run", "b", "--var", "f=maybe"])
        .code(2)
        .stderr_has("yes/no, 1/0, on/off");
}

#[test]
fn reimporting_the_same_jobs_file_re_enables_a_job_an_admin_disabled() {
    let w = World::new();
    let file = write(
        &w,
        "j.toml",
        "[[jobs]]\nname = \"a\"\ncommand = \"echo a\"\n",
    );
    assert_eq!(w.json(&["jobs", "import", &file])[0]["outcome"], "created");
    assert_eq!(w.json(&["jobs", "show", "a"])["enabled"], true);
    w.run(&["jobs", "disable", "a"]).ok();
    // The README: importing the same file again changes nothing.
    assert_eq!(
        w.json(&["jobs", "import", &file])[0]["outcome"],
        "unchanged"
    );
    assert_eq!(w.json(&["jobs", "show", "a"])["enabled"], false);
    // A file that says `enabled` is obeyed, both ways.
    let on = write(
        &w,
        "on.toml",
        "[[jobs]]\nname = \"a\"\ncommand = \"echo a\"\nenabled = true\n",
    );
    assert_eq!(w.json(&["jobs", "import", &on])[0]["outcome"], "updated");
    assert_eq!(w.json(&["jobs", "show", "a"])["enabled"], true);
    let off = write(
        &w,
        "off.toml",
        "[[jobs]]\nname = \"b\"\ncommand = \"echo b\"\nenabled = false\n",
    );
    w.run(&["jobs", "import", &off]).ok();
    assert_eq!(w.json(&["jobs", "show", "b"])["enabled"], false);
}

/// A job's JSON without what the store assigns.
fn without_read_only(mut job: serde_json::Value) -> serde_json::Value {
    for key in ["id", "created", "updated"] {
        job.as_object_mut().unwrap().remove(key);
    }
    job
}

#[test]
fn jobs_show_json_output_cannot_be_imported() {
    let w = World::new();
    w.run(&[
        "jobs",
        "add",
        "deploy",
        "--command",
        "./deploy.sh",
        "--grouping",
        "web",
        "--env",
        "A=1",
        "--var",
        "env:choice=dev",
        "--choices",
        "env=dev,prod",
        "--var",
        "n:integer=3",
        "--time-limit",
        "60",
        "--singleton",
        "--sensitive",
    ])
    .ok();
    w.job("other", "true");
    w.run(&["jobs", "disable", "other"]).ok();
    let shown = w.run(&["jobs", "show", "deploy", "--json"]).ok().stdout;
    let one = write(&w, "one.json", &shown);
    let listed = w.run(&["jobs", "list", "--json"]).ok().stdout;
    let all = write(&w, "all.json", &listed);
    // Onto the same database: nothing changes.
    let r = w.json(&["jobs", "import", &one]);
    assert_eq!(r[0]["outcome"], "unchanged", "{r}");
    let r = w.json(&["jobs", "import", &all]);
    assert_eq!(r[0]["outcome"], "unchanged", "{r}");
    assert_eq!(r[1]["outcome"], "unchanged", "{r}");
    // Onto an empty one: the same jobs.
    let fresh = World::new();
    fresh.run(&["jobs", "import", &all]).ok();
    let before: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let after = fresh.json(&["jobs", "list"]);
    for (b, a) in before
        .as_array()
        .unwrap()
        .iter()
        .zip(after.as_array().unwrap())
    {
        assert_eq!(without_read_only(a.clone()), without_read_only(b.clone()));
    }
    let fresh = World::new();
    fresh.run(&["jobs", "import", &one]).ok();
    assert_eq!(
        without_read_only(fresh.json(&["jobs", "show", "deploy"])),
        without_read_only(serde_json::from_str(&shown).unwrap())
    );
}

#[test]
fn jobs_import_errors_do_not_name_the_bad_field() {
    let w = World::new();
    let file = write(
        &w,
        "j.json",
        r#"[{"name": "a", "command": "true"}, {"name": "b", "command": "true", "time_limit": -5}]"#,
    );
    let r = w.run(&["jobs", "import", &file]).code(2);
    assert!(r.stderr.contains("time_limit"), "{}", r.stderr);
    assert!(r.stderr.contains("`b`"), "{}", r.stderr);
    assert!(!r.stderr.contains("expected a sequence"), "{}", r.stderr);
    // The same for one object, and for a syntax error the position is given.
    let file = write(
        &w,
        "j.json",
        r#"{"name": "b", "command": "true", "singleton": "yes"}"#,
    );
    w.run(&["jobs", "import", &file])
        .code(2)
        .stderr_has("singleton");
    let file = write(&w, "j.json", r#"[{"name": "b", "command": "true",}]"#);
    w.run(&["jobs", "import", &file])
        .code(2)
        .stderr_has("line 1");
    assert_eq!(w.sql("SELECT COUNT(*) FROM jobs"), "0");
}
