//! Parses real system crontabs (tests/fixtures/crontabs, see its README) and checks every entry.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr
)]

use std::collections::BTreeMap;
use std::path::Path;

use jobctl::domain::crontab_file::{
    CrontabEntry, CrontabFormat, ParsedCrontab, default_prefix, job_name, parse_crontab,
};

const MACROS: &[&str] = &[
    "@hourly",
    "@daily",
    "@midnight",
    "@weekly",
    "@monthly",
    "@yearly",
    "@annually",
];

/// Accepts five fields or a known macro (the real cron parser is plugged in by the caller).
fn validate(s: &str) -> Result<String, String> {
    if MACROS.contains(&s) || s.split(' ').count() == 5 {
        Ok(s.to_string())
    } else {
        Err(format!("not a schedule: {s:?}"))
    }
}

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/crontabs")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse(name: &str) -> ParsedCrontab {
    let parsed = parse_crontab(&fixture(name), CrontabFormat::System, &validate);
    assert!(parsed.skipped.is_empty(), "{name}: {:?}", parsed.skipped);
    parsed
}

const DEBIAN_PATH: &str = "/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin";

fn path_env(path: &str) -> BTreeMap<String, String> {
    BTreeMap::from([("PATH".to_string(), path.to_string())])
}

/// (line, schedule, user, command) of every entry; stdin must be None for all of them.
fn summary(parsed: &ParsedCrontab) -> Vec<(usize, &str, &str, &str)> {
    for e in &parsed.entries {
        assert_eq!(e.stdin, None, "{e:?}");
    }
    parsed
        .entries
        .iter()
        .map(|e: &CrontabEntry| {
            (
                e.line,
                e.schedule.as_str(),
                e.user.as_deref().unwrap_or("<none>"),
                e.command.as_str(),
            )
        })
        .collect()
}

#[test]
fn debian_etc_crontab() {
    let p = parse("debian-etc-crontab");
    assert_eq!(
        summary(&p),
        [
            (
                18,
                "17 * * * *",
                "root",
                "cd / && run-parts --report /etc/cron.hourly"
            ),
            (
                19,
                "25 6 * * *",
                "root",
                "test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.daily; }"
            ),
            (
                20,
                "47 6 * * 7",
                "root",
                "test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.weekly; }"
            ),
            (
                21,
                "52 6 1 * *",
                "root",
                "test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.monthly; }"
            ),
        ]
    );
    for e in &p.entries {
        assert_eq!(e.shell.as_deref(), Some("/bin/sh"));
        assert_eq!(e.env, path_env(DEBIAN_PATH));
        assert_eq!(e.time_zone, None);
        assert!(e.slug.starts_with("run-parts-"), "{}", e.slug);
    }
    let names: std::collections::BTreeSet<String> = p
        .entries
        .iter()
        .map(|e| job_name(&default_prefix("/etc/crontab"), &e.slug))
        .collect();
    assert_eq!(names.len(), 4, "distinct names: {names:?}");
    assert!(names.iter().all(|n| n.starts_with("crontab-run-parts-")));
}

#[test]
fn local_e2scrub_all() {
    let p = parse("local-e2scrub_all");
    assert_eq!(
        summary(&p),
        [
            (
                1,
                "30 3 * * 0",
                "root",
                "test -e /run/systemd/system || SERVICE_MODE=1 /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron"
            ),
            (
                2,
                "10 3 * * *",
                "root",
                "test -e /run/systemd/system || SERVICE_MODE=1 /sbin/e2scrub_all -A -r"
            ),
        ]
    );
    assert!(
        p.entries
            .iter()
            .all(|e| e.env.is_empty() && e.shell.is_none())
    );
    assert!(p.entries[0].slug.starts_with("e2scrub_all_cron-"));
    assert!(p.entries[1].slug.starts_with("e2scrub_all-"));
}

#[test]
fn debian_anacron() {
    let p = parse("debian-anacron");
    assert_eq!(
        summary(&p),
        [(
            6,
            "30 7-23 * * *",
            "root",
            "[ -x /etc/init.d/anacron ] && if [ ! -d /run/systemd/system ]; then /usr/sbin/invoke-rc.d anacron start >/dev/null; fi"
        )]
    );
    assert_eq!(p.entries[0].shell.as_deref(), Some("/bin/sh"));
    assert_eq!(p.entries[0].env, path_env(DEBIAN_PATH));
}

#[test]
fn debian_sysstat() {
    let p = parse("debian-sysstat");
    assert_eq!(
        summary(&p),
        [
            (
                6,
                "5-55/10 * * * *",
                "root",
                "command -v debian-sa1 > /dev/null && debian-sa1 1 1"
            ),
            (
                9,
                "59 23 * * *",
                "root",
                "command -v debian-sa1 > /dev/null && debian-sa1 60 2"
            ),
        ]
    );
    for e in &p.entries {
        assert_eq!(
            e.env,
            path_env("/usr/lib/sysstat:/usr/sbin:/usr/sbin:/usr/bin:/sbin:/bin")
        );
        assert_eq!(e.shell, None);
        assert!(e.slug.starts_with("debian-sa1-"));
    }
    assert_ne!(p.entries[0].slug, p.entries[1].slug);
}

#[test]
fn debian_mdadm_unescapes_percent() {
    let p = parse("debian-mdadm");
    assert_eq!(
        summary(&p),
        [(
            12,
            "57 0 * * 0",
            "root",
            "if [ -x /usr/share/mdadm/checkarray ] && [ $(date +%d) -le 7 ]; then /usr/share/mdadm/checkarray --cron --all --idle --quiet; fi"
        )]
    );
    assert!(p.entries[0].slug.starts_with("checkarray-"));
}

#[test]
fn debian_php() {
    let p = parse("debian-php");
    assert_eq!(
        summary(&p),
        [(
            14,
            "09,39 * * * *",
            "root",
            "[ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi"
        )]
    );
    assert!(p.entries[0].env.is_empty());
}

#[test]
fn debian_certbot_keeps_other_backslashes() {
    let p = parse("debian-certbot");
    assert_eq!(
        summary(&p),
        [(
            17,
            "0 */12 * * *",
            "root",
            r"test -x /usr/bin/certbot -a \! -d /run/systemd/system && perl -e 'sleep int(rand(43200))' && certbot -q renew --no-random-sleep-on-renew"
        )]
    );
    assert_eq!(p.entries[0].shell.as_deref(), Some("/bin/sh"));
    assert_eq!(p.entries[0].env, path_env(DEBIAN_PATH));
}

#[test]
fn crlf_copies_parse_the_same_and_reimport_is_stable() {
    for name in [
        "debian-etc-crontab",
        "local-e2scrub_all",
        "debian-anacron",
        "debian-sysstat",
        "debian-mdadm",
        "debian-php",
        "debian-certbot",
    ] {
        let lf = parse(name);
        assert_eq!(lf, parse(name), "{name}: deterministic");
        let crlf = parse_crontab(
            &fixture(name).replace('\n', "\r\n"),
            CrontabFormat::System,
            &validate,
        );
        assert_eq!(lf, crlf, "{name}");
        // Read as a user crontab, "root" becomes part of the command: different slugs.
        let as_user = parse_crontab(&fixture(name), CrontabFormat::User, &validate);
        assert_eq!(as_user.entries.len(), lf.entries.len());
        for (u, s) in as_user.entries.iter().zip(&lf.entries) {
            assert_eq!(u.user, None);
            assert_ne!(u.slug, s.slug);
        }
    }
}
