//! Unit tests for the crontab file parser: one group per rule of spec §3.

use super::command::split_percent;
use super::env_line::{self, EnvLine};
use super::slug::{command_word, entry_slug, fnv1a64};
use super::*;
use proptest::prelude::*;

const MACROS: &[&str] = &[
    "@hourly",
    "@daily",
    "@midnight",
    "@weekly",
    "@monthly",
    "@yearly",
    "@annually",
];

/// Accepts five fields made of cron characters, or a known macro.
fn validator(s: &str) -> Result<String, String> {
    if MACROS.contains(&s) {
        return Ok(s.to_string());
    }
    let fields: Vec<&str> = s.split(' ').collect();
    if fields.len() != 5 {
        return Err(format!("expected 5 fields in {s:?}"));
    }
    for f in fields {
        if f.is_empty()
            || !f
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '*' | '/' | ',' | '-'))
        {
            return Err(format!("bad field {f:?}"));
        }
    }
    Ok(s.to_string())
}

fn user(text: &str) -> ParsedCrontab {
    parse_crontab(text, CrontabFormat::User, &validator)
}

fn system(text: &str) -> ParsedCrontab {
    parse_crontab(text, CrontabFormat::System, &validator)
}

fn only_entry(p: &ParsedCrontab) -> &CrontabEntry {
    assert_eq!(p.entries.len(), 1, "{p:#?}");
    &p.entries[0]
}

fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn blank_lines_and_comments_are_ignored() {
    let p = user("\n   \n\t\n# a comment\n   \t# indented comment\n0 1 * * * echo hi\n\n");
    let e = only_entry(&p);
    assert_eq!(e.line, 6);
    assert_eq!(e.command, "echo hi");
    assert!(p.skipped.is_empty());
}

#[test]
fn fields_are_split_on_runs_of_blanks_and_command_keeps_inner_whitespace() {
    let p = user("  */5\t\t1-3  *  jan,FEB \t mon-fri   run  --flag\t'a  b'  ");
    let e = only_entry(&p);
    assert_eq!(e.schedule, "*/5 1-3 * jan,FEB mon-fri");
    assert_eq!(e.command, "run  --flag\t'a  b'  ");
    assert_eq!(e.user, None);
    assert_eq!(e.stdin, None);
}

#[test]
fn schedule_is_what_the_validator_returns() {
    let upper = |s: &str| Ok::<_, String>(s.to_uppercase());
    let p = parse_crontab("0 0 * jan * x", CrontabFormat::User, &upper);
    assert_eq!(only_entry(&p).schedule, "0 0 * JAN *");
}

#[test]
fn invalid_schedule_is_skipped_with_the_validator_message() {
    let p = user("0 0 * * * ok\n0 0 ? * * bad\n61 0 * * 8 also\n");
    assert_eq!(p.entries.len(), 2, "this validator only checks characters");
    assert_eq!(
        p.skipped,
        vec![SkippedLine {
            line: 2,
            reason: "bad field \"?\"".to_string(),
            blocks_prune: true,
        }]
    );
}

#[test]
fn too_few_fields_is_skipped() {
    let p = user("0 0 * *\n");
    assert_eq!(p.skipped.len(), 1);
    assert_eq!(p.skipped[0].line, 1);
    assert!(p.skipped[0].reason.contains("five time fields"), "{p:?}");
}

#[test]
fn macros_are_passed_as_written() {
    let p = user("@daily  /usr/bin/backup\n@annually\tx\n@midnight y\n@every z\n");
    let schedules: Vec<&str> = p.entries.iter().map(|e| e.schedule.as_str()).collect();
    assert_eq!(schedules, ["@daily", "@annually", "@midnight"]);
    assert_eq!(p.entries[0].command, "/usr/bin/backup");
    assert_eq!(p.skipped.len(), 1);
    assert_eq!(p.skipped[0].line, 4);
}

#[test]
fn reboot_is_skipped_with_a_reason_naming_it() {
    for text in ["@reboot /bin/start", "@REBOOT root x"] {
        let p = user(text);
        assert!(p.entries.is_empty());
        assert!(p.skipped[0].reason.contains("@reboot"), "{p:?}");
        assert!(!p.skipped[0].blocks_prune);
    }
    let p = system("@reboot root /bin/start\n@hourly root x");
    assert_eq!(p.skipped.len(), 1);
    assert!(p.skipped[0].reason.contains("@reboot"));
    assert_eq!(only_entry(&p).user.as_deref(), Some("root"));
}

#[test]
fn missing_command_is_skipped() {
    for text in [
        "0 0 * * *",
        "0 0 * * *   \t",
        "@daily",
        "0 0 * * * %only stdin",
    ] {
        let p = user(text);
        assert!(p.entries.is_empty(), "{text:?}");
        assert_eq!(p.skipped[0].reason, "missing command", "{text:?}");
    }
}

#[test]
fn system_format_reads_a_user_field() {
    let p = system("17 *\t* * *\troot\tcd / && run-parts --report /etc/cron.hourly\n");
    let e = only_entry(&p);
    assert_eq!(e.user.as_deref(), Some("root"));
    assert_eq!(e.command, "cd / && run-parts --report /etc/cron.hourly");
    let p = system("@weekly www-data  php  artisan\n");
    assert_eq!(only_entry(&p).user.as_deref(), Some("www-data"));
    assert_eq!(only_entry(&p).command, "php  artisan");
}

#[test]
fn system_format_missing_user_or_command_is_skipped() {
    let p = system("0 0 * * *\n0 0 * * * root\n0 0 * * * /usr/bin/x --y\n@daily\n");
    assert!(p.entries.is_empty());
    let lines: Vec<usize> = p.skipped.iter().map(|s| s.line).collect();
    assert_eq!(lines, [1, 2, 3, 4]);
    assert!(p.skipped[0].reason.contains("missing user"));
    assert_eq!(p.skipped[1].reason, "missing command");
    assert!(p.skipped[2].reason.contains("invalid user name"));
    assert!(p.skipped[3].reason.contains("missing user"));
}

#[test]
fn user_format_has_no_user() {
    let p = user("0 0 * * * root echo");
    assert_eq!(only_entry(&p).user, None);
    assert_eq!(only_entry(&p).command, "root echo");
}

#[test]
fn percent_ends_the_command_and_further_percents_are_newlines() {
    let e = user("0 0 * * * mail -s hi bob%Dear Bob,%%bye%").entries[0].clone();
    assert_eq!(e.command, "mail -s hi bob");
    assert_eq!(e.stdin.as_deref(), Some("Dear Bob,\n\nbye\n"));
    let e = user("0 0 * * * cat %").entries[0].clone();
    assert_eq!(e.command, "cat ");
    assert_eq!(e.stdin.as_deref(), Some(""));
    let e = user("0 0 * * * cat %one line").entries[0].clone();
    assert_eq!(
        e.stdin.as_deref(),
        Some("one line"),
        "no trailing newline added"
    );
}

#[test]
fn escaped_percent_is_literal_in_command_and_stdin() {
    let e = user(r"0 0 * * * date +\%Y-\%m-\%d > /tmp/d%50\% done%x").entries[0].clone();
    assert_eq!(e.command, "date +%Y-%m-%d > /tmp/d");
    assert_eq!(e.stdin.as_deref(), Some("50% done\nx"));
    let e = user(r"0 0 * * * echo \%").entries[0].clone();
    assert_eq!((e.command.as_str(), e.stdin), ("echo %", None));
}

#[test]
fn other_backslashes_are_kept() {
    assert_eq!(
        split_percent(r"test \! -d x && a\\%b\c\"),
        (
            r"test \! -d x && a\\".to_string(),
            Some(r"b\c\".to_string())
        )
    );
    assert_eq!(
        split_percent("é%ü%"),
        ("é".to_string(), Some("ü\n".to_string()))
    );
}

#[test]
fn env_lines_apply_to_the_entries_below() {
    let p = user(
        "MAILTO=ops@example.com\n0 0 * * * a\nPATH = /usr/bin:/bin \nMAILTO=\"\"\n0 1 * * * b\n",
    );
    assert_eq!(p.entries[0].env, env(&[("MAILTO", "ops@example.com")]));
    assert_eq!(
        p.entries[1].env,
        env(&[("MAILTO", ""), ("PATH", "/usr/bin:/bin")])
    );
    assert!(p.skipped.is_empty());
}

#[test]
fn env_values_quoting() {
    let cases = [
        ("A=plain", "plain"),
        ("A =  spaced out  ", "spaced out"),
        ("A= ' keep  blanks ' ", " keep  blanks "),
        ("A=\"double # not a comment\"", "double # not a comment"),
        ("A='it\"s'", "it\"s"),
        ("A=a'b'c", "a'b'c"),
        ("A=", ""),
        ("A=''", ""),
        ("A=x=y", "x=y"),
        ("\"A\"=quoted name", "quoted name"),
        ("\tA\t=\tv\r", "v"),
    ];
    for (line, want) in cases {
        let p = user(&format!("{line}\n* * * * * cmd\n"));
        assert!(p.skipped.is_empty(), "{line:?}: {p:?}");
        assert_eq!(only_entry(&p).env, env(&[("A", want)]), "{line:?}");
    }
}

#[test]
fn bad_env_lines_are_skipped() {
    let cases = [
        ("A='unterminated", "unterminated quote"),
        ("A='x' trailing", "unexpected text"),
        ("MY-VAR=1", "invalid environment variable name"),
        ("1A=1", "invalid environment variable name"),
        ("= x", "missing variable name"),
    ];
    for (line, want) in cases {
        let p = user(line);
        assert!(p.entries.is_empty(), "{line:?}");
        assert!(p.skipped[0].reason.contains(want), "{line:?}: {p:?}");
    }
}

#[test]
fn env_line_versus_command_with_equals() {
    let p = user("0 * * * * FOO=1 cmd\n* * * * * a=b\n@daily X=1 y\nFOO=1 cmd\n");
    assert_eq!(p.entries.len(), 3, "{p:?}");
    assert_eq!(p.entries[0].command, "FOO=1 cmd");
    assert_eq!(p.entries[1].command, "a=b");
    assert_eq!(p.entries[2].command, "X=1 y");
    assert!(p.entries.iter().all(|e| e.env.is_empty()));
    // The last line is an assignment whose value is "1 cmd", applying to nothing.
    assert!(p.skipped.is_empty());
    assert_eq!(
        env_line::parse("FOO=1 cmd"),
        EnvLine::Assign {
            name: "FOO",
            value: "1 cmd".to_string()
        }
    );
    assert_eq!(env_line::parse("*/5 * * * * A=1"), EnvLine::NotEnv);
    assert_eq!(env_line::parse("'a b' c"), EnvLine::NotEnv);
}

#[test]
fn shell_and_time_zone_are_taken_out_of_env() {
    let p = user(
        "SHELL=/bin/bash\nCRON_TZ=Europe/Berlin\nHOME=/root\n0 0 * * * a\nTZ=UTC\nSHELL=\n0 0 * * * b\nCRON_TZ=\n0 0 * * * c\n",
    );
    let [a, b, c] = &p.entries[..] else {
        panic!("{p:?}")
    };
    assert_eq!(a.shell.as_deref(), Some("/bin/bash"));
    assert_eq!(a.time_zone.as_deref(), Some("Europe/Berlin"));
    assert_eq!(a.env, env(&[("HOME", "/root")]));
    assert_eq!(
        (b.shell.as_deref(), b.time_zone.as_deref()),
        (None, Some("UTC"))
    );
    assert_eq!(b.env, env(&[("HOME", "/root")]));
    assert_eq!(c.time_zone, None, "an empty CRON_TZ= restores the default");
}

#[test]
fn crlf_line_endings_and_bom() {
    let p = user("\u{feff}# c\r\nMAILTO=a\r\n\r\n0 0 * * * echo hi%in\r\n");
    let e = only_entry(&p);
    assert_eq!(e.line, 4);
    assert_eq!(e.command, "echo hi");
    assert_eq!(e.stdin.as_deref(), Some("in"));
    assert_eq!(e.env, env(&[("MAILTO", "a")]));
}

#[test]
fn hash_in_a_command_is_not_a_comment() {
    let e = user("0 0 * * * echo a # b").entries[0].clone();
    assert_eq!(e.command, "echo a # b");
}

#[test]
fn bad_lines_do_not_stop_the_rest() {
    let p = system("garbage\n0 0 * * * root a\nA='x\n@reboot root b\n0 0 * * * root c\n");
    assert_eq!(p.entries.iter().map(|e| e.line).collect::<Vec<_>>(), [2, 5]);
    assert_eq!(
        p.skipped.iter().map(|s| s.line).collect::<Vec<_>>(),
        [1, 3, 4]
    );
}

#[test]
fn fnv1a_matches_reference_vectors() {
    assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
}

#[test]
fn slug_is_pinned() {
    // Changing this value renames every imported job: don't, unless on purpose.
    assert_eq!(
        entry_slug("17 * * * *", Some("root"), "cd / && run-parts x", None),
        "run-parts-fd06c760"
    );
}

#[test]
fn slug_depends_on_schedule_user_command_stdin_only() {
    let base = user("0 0 * * * echo hi%x").entries[0].slug.clone();
    let same = user("A=1\nSHELL=/bin/bash\nCRON_TZ=UTC\n\n0  0 * *\t* echo hi%x").entries[0]
        .slug
        .clone();
    assert_eq!(base, same);
    for other in [
        "0 1 * * * echo hi%x",
        "0 0 * * * echo ho%x",
        "0 0 * * * echo hi%y",
        "0 0 * * * echo hi",
        "0 0 * * * echo hi%",
        "0 0 * * * echo hi %x",
    ] {
        assert_ne!(user(other).entries[0].slug, base, "{other}");
    }
    let sys = system("0 0 * * * root echo hi%x").entries[0].slug.clone();
    assert_ne!(sys, base);
    assert_ne!(system("0 0 * * * bob echo hi%x").entries[0].slug, sys);
}

#[test]
fn slug_fields_cannot_collide_by_shifting_text() {
    // Same concatenated text, different split between fields.
    assert_ne!(
        entry_slug("@daily", Some("ab"), "c", None),
        entry_slug("@daily", Some("a"), "bc", None)
    );
    assert_ne!(
        entry_slug("@daily", None, "a", Some("")),
        entry_slug("@daily", None, "a", None)
    );
    assert_ne!(
        entry_slug("@daily", Some(""), "a", None),
        entry_slug("@daily", None, "a", None)
    );
}

#[test]
fn identical_entries_share_a_slug() {
    let p = user("@daily a\n@daily a\n");
    assert_eq!(p.entries.len(), 2);
    assert_eq!(p.entries[0].slug, p.entries[1].slug);
    assert_ne!(p.entries[0].line, p.entries[1].line);
}

#[test]
fn slug_word_is_the_first_real_program() {
    let cases = [
        ("/usr/bin/backup.sh --all", "backup.sh"),
        ("cd / && run-parts --report /etc/cron.hourly", "run-parts"),
        (
            "test -x /usr/sbin/anacron || { cd / && run-parts x; }",
            "run-parts",
        ),
        (
            "[ -x /usr/lib/php/sessionclean ] && /usr/lib/php/sessionclean",
            "sessionclean",
        ),
        (
            "if [ -x /a ]; then /usr/sbin/invoke-rc.d anacron start; fi",
            "invoke-rc.d",
        ),
        ("FOO=1 nice -n 10 python3 x.py", "python3"),
        (
            "command -v debian-sa1 > /dev/null && debian-sa1 1 1",
            "debian-sa1",
        ),
        ("Ünïcode_Tool", "n-code_tool"),
        ("a-very-long-program-name-indeed", "a-very-long-program"),
        ("&& ;; ||", "job"),
        ("/", "job"),
        ("[ -x /a ]", "job"),
    ];
    for (command, want) in cases {
        assert_eq!(command_word(command), want, "{command}");
    }
}

#[test]
fn names_and_prefixes() {
    assert_eq!(default_prefix("-"), "stdin");
    assert_eq!(default_prefix("/etc/cron.d/e2scrub_all"), "e2scrub_all");
    assert_eq!(default_prefix("/var/spool/cron/crontabs/my tab"), "my-tab");
    assert_eq!(default_prefix("dir/"), "dir");
    assert_eq!(default_prefix(""), "crontab");
    assert_eq!(default_prefix("/"), "crontab");
    assert_eq!(default_prefix("crön"), "cr-n");
    assert_eq!(sanitize_name_part("a b/c:d.e_f-g"), "a-b-c-d.e_f-g");
    assert_eq!(
        job_name("my tab", "run-parts-fd06c760"),
        "my-tab-run-parts-fd06c760"
    );
    assert_eq!(job_name("", ""), "crontab-job");
}

fn is_job_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

proptest! {
    #[test]
    fn never_panics_and_reports_lines_in_range(text in "(?s).{0,400}") {
        for format in [CrontabFormat::User, CrontabFormat::System] {
            let p = parse_crontab(&text, format, &validator);
            let lines = text.split('\n').count();
            for e in &p.entries {
                prop_assert!(e.line >= 1 && e.line <= lines);
                prop_assert!(is_job_name(&e.slug));
                prop_assert!(!e.command.trim().is_empty());
            }
            for s in &p.skipped {
                prop_assert!(s.line >= 1 && s.line <= lines);
            }
        }
    }

    #[test]
    fn crontab_like_lines_never_panic(
        lines in prop::collection::vec(
            "[ \t]{0,2}(#|@reboot|@daily|[0-9*/,-]{1,4}|[A-Z_]{1,4}[ ]?=[ ]?['\"]?)[ \t]{0,2}([ \t0-9*a-z%\\\\='\"é]{0,30})\r?",
            0..20,
        )
    ) {
        let text = lines.join("\n");
        let _ = parse_crontab(&text, CrontabFormat::System, &validator);
        let _ = parse_crontab(&text, CrontabFormat::User, &|s: &str| Ok(s.to_string()));
    }

    #[test]
    fn names_are_always_valid(prefix in "\\PC{0,20}", file in "\\PC{0,30}", command in "\\PC{1,40}") {
        prop_assert!(is_job_name(&default_prefix(&file)));
        let slug = entry_slug("@daily", None, &command, None);
        prop_assert!(is_job_name(&slug));
        prop_assert!(is_job_name(&job_name(&prefix, &slug)));
        prop_assert_eq!(sanitize_name_part(&prefix).chars().count(), prefix.chars().count());
    }

    #[test]
    fn long_lines_are_kept_whole(n in 1usize..20_000) {
        let command = "x".repeat(n);
        let p = parse_crontab(&format!("* * * * * {command}"), CrontabFormat::User, &validator);
        prop_assert_eq!(&p.entries[0].command, &command);
    }
}

#[test]
fn variant_suffix_is_pinned_and_covers_zone_shell_and_env() {
    // Changing this value renames imported jobs that differ only in zone/env: don't.
    let none = BTreeMap::new();
    assert_eq!(
        variant_suffix("UTC", None, &none),
        variant_suffix("UTC", None, &none)
    );
    let pinned = variant_suffix("Europe/Berlin", None, &none);
    assert_eq!(pinned.len(), 8);
    assert_eq!(pinned, "b0c684b8");
    let base = variant_suffix("UTC", None, &none);
    assert_ne!(variant_suffix("UTC", Some("/bin/bash"), &none), base);
    assert_ne!(variant_suffix("UTC", None, &env(&[("A", "1")])), base);
    assert_ne!(
        variant_suffix("UTC", None, &env(&[("A", "1")])),
        variant_suffix("UTC", None, &env(&[("A", "2")]))
    );
}

#[test]
fn lines_that_are_not_utf8_are_skipped_or_ignored_as_comments() {
    let text =
        b"# caf\xe9 comment\n  # \xff indented\n0 0 * * * echo \xe9t\xe9\nA=\xe9\n0 1 * * * ok\n";
    let p = parse_crontab_bytes(text, CrontabFormat::User, &validator);
    let e = only_entry(&p);
    assert_eq!((e.line, e.command.as_str()), (5, "ok"));
    assert_eq!(
        p.skipped
            .iter()
            .map(|s| (s.line, s.reason.as_str()))
            .collect::<Vec<_>>(),
        [(3, "not UTF-8 text"), (4, "not UTF-8 text")]
    );
    assert!(p.skipped.iter().all(|s| s.blocks_prune));
}
