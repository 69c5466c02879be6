#!/usr/bin/env bash
# The jobctl walk-through: builds jobctl (a debug build: `cargo build`), then, on a fresh
# SQLite file in a temporary folder, registers jobs that do real work there, sets up a
# two-stage approval workflow, lets people request, approve and deny runs, and steps the
# clock ($JOBCTL_NOW) minute by minute, running `jobctl run-due` as cron would.
#
# Environment: JOBCTL_BIN=path skips the build and uses that binary; DEMO_DIR=path runs in
# that (empty or new) folder instead of a new temporary one.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
    bold=$'\e[1m' dim=$'\e[2m' plain=$'\e[0m'
else
    bold='' dim='' plain=''
fi

# A section heading.
section() { printf '\n%s== %s ==%s\n' "$bold" "$*" "$plain"; }
# A narrator's line.
note() { printf '%s# %s%s\n' "$dim" "$*" "$plain"; }
# Shows a command the way you would type it, then runs it.
run() {
    local shown='' arg
    for arg in "$@"; do
        if [[ $arg =~ ^[A-Za-z0-9_./:=@%+,-]+$ ]]; then
            shown+=" $arg"
        else
            shown+=" '${arg//\'/\'\\\'\'}'"
        fi
    done
    printf '%s$%s%s\n' "$bold" "$shown" "$plain"
    "$@"
}
# Sets the clock every jobctl command reads (what-if time travel; cron would use the real one).
at() {
    export JOBCTL_NOW=$1
    section "$2"
}
# The id of the stage that `user` has pending for `job` (from `jobctl approvals pending`).
stage_for() {
    jobctl --user "$1" approvals pending | awk -v job=" $2 " 'index($0, job) { print $1; exit }'
}
# The id of the newest result of `job`.
latest_result() {
    jobctl results list --job "$1" --limit 1 | awk 'NR == 2 { print $1 }'
}
# `jobctl run-due` as cron runs it, saying so when it printed nothing.
run_due() {
    local out
    printf '%s$ jobctl run-due%s\n' "$bold" "$plain"
    out=$(jobctl run-due 2>&1)
    if [ -n "$out" ]; then
        printf '%s\n' "$out"
        note "run-due exits 0 even when jobs fail; cron mails what it prints"
    else
        note "(no output: everything that was due ran and succeeded)"
    fi
}

section "Build"
if [ -n "${JOBCTL_BIN:-}" ]; then
    note "using JOBCTL_BIN=$JOBCTL_BIN"
else
    note "a debug build (the first one takes a few minutes); for real use: cargo build --release"
    run cargo build --quiet --manifest-path "$repo/Cargo.toml"
    JOBCTL_BIN=$repo/target/debug/jobctl
fi
jobctl() { "$JOBCTL_BIN" "$@"; }

section "A fresh database and a folder to work on"
demo=${DEMO_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/jobctl-demo.XXXXXX")}
mkdir -p "$demo"
cd "$demo"
export JOBCTL_DB=$demo/jobctl.db JOBCTL_TZ=Europe/Berlin JOBCTL_NOW=2030-03-04T08:57:00+01:00
mkdir -p site/css site/img log tmp
printf '<h1>Hello</h1>\n' > site/index.html
printf 'body { margin: 0 }\n' > site/css/main.css
head -c 20000 /dev/zero > site/img/logo.png
for i in $(seq 1 200); do echo "2030-03-04T08:$((i % 60)) GET /index.html 200"; done > log/app.log
touch -d '10 days ago' tmp/old-upload.bin tmp/old-session.json
touch tmp/current-session.json
note "working in $demo (JOBCTL_DB=$demo/jobctl.db, times in Europe/Berlin)"
run jobctl init

section "People and groups"
note "alice requests runs; bob and carol (ops) review; dave (leads) signs off"
for user in alice bob carol dave; do run jobctl users add "$user"; done
run jobctl groups add ops
run jobctl groups add-member ops bob
run jobctl groups add-member ops carol
run jobctl groups add leads
run jobctl groups add-member leads dave
run jobctl perms grant user:alice extras.run_job extras.view_scheduledjob extras.view_jobresult
run jobctl perms grant group:ops extras.view_approvalworkflowstage \
    extras.change_approvalworkflowstage extras.change_scheduledjob extras.view_scheduledjob
run jobctl perms grant group:leads extras.view_approvalworkflowstage \
    extras.change_approvalworkflowstage extras.change_scheduledjob extras.view_scheduledjob

section "Jobs"
run jobctl jobs import "$repo/examples/jobs.toml"
run jobctl jobs list

section "A two-stage approval workflow for the risky jobs"
run jobctl workflows add risky --job 'rotate-*' --job 'purge-*'
run jobctl workflows add-stage risky --name ops-review --sequence 1 --min-approvers 1 --group ops
run jobctl workflows add-stage risky --name sign-off --sequence 2 --min-approvers 1 --group leads \
    --denial-message 'ask #ops before touching production data'

at 2030-03-04T08:57:00+01:00 "08:57  alice runs one job now and schedules the rest"
run jobctl --user alice run check-disk
run jobctl --user alice schedule check-disk --interval custom --crontab '* * * * *' \
    --start-time '2030-03-04 09:00' --name disk-watch --var threshold=99
run jobctl --user alice schedule archive-site --interval custom --crontab '*/2 * * * *' \
    --start-time '2030-03-04 09:00' --name site-backup
run jobctl --user alice schedule rotate-logs --interval future --start-time '2030-03-04 09:00' \
    --name rotate-now
run jobctl --user alice schedule purge-tmp --interval daily --start-time '2030-03-04 09:01' \
    --name daily-purge
run jobctl --user alice schedule sync-mirror --interval future --start-time '2030-03-04 09:01' \
    --name mirror-once
run jobctl --user alice schedule reindex --interval future --start-time '2030-03-04 09:02' \
    --name reindex-once
run jobctl schedules list

at 2030-03-04T08:58:00+01:00 "08:58  the approvers look at their queues"
run jobctl --user bob approvals pending
run jobctl --user dave approvals pending
note "dave sees nothing yet: the sign-off stage opens once ops-review is approved"
run jobctl --user bob approve "$(stage_for bob rotate-logs)" --comment 'rotation keeps 3 generations: fine'
run jobctl --user carol deny "$(stage_for carol purge-tmp)" --comment 'tmp/ holds uploads until the audit ends'
run jobctl --user dave approvals pending
run jobctl --user dave approve "$(stage_for dave rotate-logs)" --comment 'go'
run jobctl --user alice approvals requests

at 2030-03-04T08:59:30+01:00 "08:59:30  what would run now?"
run jobctl run-due --dry-run
note "nothing yet: the first runs are at 09:00"

for minute in 00 01 02 03; do
    at "2030-03-04T09:$minute:00+01:00" "09:$minute  cron runs run-due"
    if [ "$minute" = 02 ]; then
        run jobctl run-due --dry-run
    fi
    run_due
done

section "Results"
run jobctl results list
run jobctl results show "$(latest_result sync-mirror)"
run jobctl results show "$(latest_result reindex)"
note "purge-tmp never ran: carol denied it"
run jobctl schedules list

at 2030-03-04T12:30:00+01:00 "12:30  run-due was down for three and a half hours"
run_due
note "each recurring schedule ran once for the gap; SKIPPED counts the occurrences it left out"
run jobctl results list --limit 2

section "What the jobs did on disk"
run ls backups log tmp
note "tmp/ still holds the week-old files: purge-tmp was denied"

section "Running it for real"
note "put this line in your crontab (crontab -e); README.md shows a systemd timer instead"
run jobctl cron-line
note "the demo folder stays for you to explore: export JOBCTL_DB=$demo/jobctl.db"
