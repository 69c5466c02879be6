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
