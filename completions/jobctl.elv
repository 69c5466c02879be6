
use builtin;
use str;

set edit:completion:arg-completer[jobctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'jobctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'jobctl'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create or migrate the database and name its first admin'
            cand users 'Manage jobctl users (admins only)'
            cand groups 'Manage groups of users (admins only)'
            cand perms 'Grant, revoke and list permissions (admins only)'
            cand jobs 'Register and manage jobs (commands to run)'
            cand run 'Run a job now (in the foreground, or pending approval when a workflow applies)'
            cand schedule 'Schedule a job: immediately, once in the future, hourly, daily, weekly or on a crontab'
            cand schedules 'List, show, enable, disable and delete scheduled jobs'
            cand import-crontab 'Import a crontab(5) file as jobs with custom schedules (admins only)'
            cand cron 'Crontab expressions: next run times and plain-English explanations'
            cand workflows 'Approval workflow definitions (admins only to change)'
            cand approvals 'Approval dashboards: pending, done, list, requests, show, cancel'
            cand approve 'Approve the active stage of a pending approval workflow'
            cand deny 'Deny a stage: denies the whole workflow, and the job never runs'
            cand comment 'Comment on a stage without changing its state'
            cand run-due 'Run every approved, due occurrence exactly once (run this from cron every minute)'
            cand cron-line 'Print the crontab line that runs `jobctl run-due` every minute, with absolute paths'
            cand results 'Results of job runs'
            cand audit 'The append-only audit log'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;init'= {
            cand --admin 'Make this user the first admin (default: the invoking account)'
            cand --shared-group 'Share the database with the OS accounts of this group (mode 0660, setgid folder)'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;users'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user'
            cand list 'List users'
            cand remove 'Remove a user (its history stays)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;users;add'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --admin 'Make the user a jobctl admin'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;users;list'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;users;remove'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;users;help'= {
            cand add 'Add a user'
            cand list 'List users'
            cand remove 'Remove a user (its history stays)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;users;help;add'= {
        }
        &'jobctl;users;help;list'= {
        }
        &'jobctl;users;help;remove'= {
        }
        &'jobctl;users;help;help'= {
        }
        &'jobctl;groups'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a group'
            cand add-member 'Add a user to a group'
            cand remove-member 'Remove a user from a group'
            cand list 'List groups and their members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;groups;add'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;groups;add-member'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;groups;remove-member'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;groups;list'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;groups;help'= {
            cand add 'Add a group'
            cand add-member 'Add a user to a group'
            cand remove-member 'Remove a user from a group'
            cand list 'List groups and their members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;groups;help;add'= {
        }
        &'jobctl;groups;help;add-member'= {
        }
        &'jobctl;groups;help;remove-member'= {
        }
        &'jobctl;groups;help;list'= {
        }
        &'jobctl;groups;help;help'= {
        }
        &'jobctl;perms'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand grant 'Grant permissions to user:NAME or group:NAME'
            cand revoke 'Revoke permissions'
            cand list 'List grants, of everyone or of one principal'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;perms;grant'= {
            cand --job 'Only for jobs whose name matches this glob'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;perms;revoke'= {
            cand --job 'Only for jobs whose name matches this glob'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;perms;list'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;perms;help'= {
            cand grant 'Grant permissions to user:NAME or group:NAME'
            cand revoke 'Revoke permissions'
            cand list 'List grants, of everyone or of one principal'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;perms;help;grant'= {
        }
        &'jobctl;perms;help;revoke'= {
        }
        &'jobctl;perms;help;list'= {
        }
        &'jobctl;perms;help;help'= {
        }
        &'jobctl;jobs'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Register a job (admins only)'
            cand import 'Create or update jobs from a TOML or JSON file (upsert by name; admins only)'
            cand list 'List jobs'
            cand show 'Show one job'
            cand enable 'Enable a job'
            cand disable 'Disable a job: it cannot be run or scheduled, and its schedules do not run (enabling it resumes them from now)'
            cand remove 'Remove a job (refused while schedules use it, unless --force)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;jobs;add'= {
            cand --command 'The command, run as `<shell> -c <command>`'
            cand --grouping 'grouping'
            cand --description 'description'
            cand --shell 'The shell that runs the command'
            cand --env 'Extra environment variable for the job (repeatable)'
            cand --stdin 'Text fed to the command''s standard input'
            cand --run-as 'Run as this OS account (run-due must run as root)'
            cand --var 'Optional variable: NAME:TYPE[=DEFAULT] (string, integer, boolean, choice)'
            cand --required-var 'Required variable: NAME:TYPE'
            cand --sensitive-var 'Required, sensitive string variable (never stored)'
            cand --choices 'Choices of a choice variable: NAME=a,b,c'
            cand --soft-time-limit 'Seconds before SIGTERM (0 = none)'
            cand --time-limit 'Seconds before SIGKILL (0 = none)'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --singleton 'At most one run of this job at a time: an occurrence that comes due while a run is in progress, or together with another occurrence of it in the same run-due pass, is recorded `skipped` and not run (a skipped one-off is then completed); `jobctl run` refuses (exit 5)'
            cand --sensitive 'The job may handle secrets (only immediate runs without approval)'
            cand --no-sensitive 'The job handles no secrets (refused when a sensitive variable is declared)'
            cand --disabled 'Register the job disabled'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;jobs;import'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --force 'Change jobs whose scheduled jobs are pending approval or approved: cancel those requests (their requesters must request again)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;jobs;list'= {
            cand --grouping 'grouping'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;jobs;show'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;jobs;enable'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;jobs;disable'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;jobs;remove'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --force 'Also delete the scheduled jobs (and their approvals) that use it'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;jobs;help'= {
            cand add 'Register a job (admins only)'
            cand import 'Create or update jobs from a TOML or JSON file (upsert by name; admins only)'
            cand list 'List jobs'
            cand show 'Show one job'
            cand enable 'Enable a job'
            cand disable 'Disable a job: it cannot be run or scheduled, and its schedules do not run (enabling it resumes them from now)'
            cand remove 'Remove a job (refused while schedules use it, unless --force)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;jobs;help;add'= {
        }
        &'jobctl;jobs;help;import'= {
        }
        &'jobctl;jobs;help;list'= {
        }
        &'jobctl;jobs;help;show'= {
        }
        &'jobctl;jobs;help;enable'= {
        }
        &'jobctl;jobs;help;disable'= {
        }
        &'jobctl;jobs;help;remove'= {
        }
        &'jobctl;jobs;help;help'= {
        }
        &'jobctl;run'= {
            cand --var 'A variable value: KEY=VALUE (repeatable)'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;schedule'= {
            cand --interval 'immediately, future, hourly, daily, weekly or custom'
            cand --name 'A unique name (required except for immediately)'
            cand --start-time 'RFC 3339 (2030-01-01T01:00:00Z) or local `YYYY-MM-DD HH:MM[:SS]` in the zone'
            cand --crontab 'Crontab expression for --interval custom'
            cand --tz 'IANA time zone [default: $JOBCTL_TZ, else the system zone, else UTC]'
            cand --var 'A variable value: KEY=VALUE (repeatable)'
            cand --description 'description'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;schedules'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List scheduled jobs'
            cand show 'Show one scheduled job with its approval workflow'
            cand next 'The next run times, local and UTC'
            cand disable 'Stop a scheduled job from running (it keeps its approval state)'
            cand enable 'Let a disabled scheduled job run again (never bypasses approval)'
            cand delete 'Delete a scheduled job and its approval workflow'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;schedules;list'= {
            cand --state 'active, pending, denied, canceled, completed or disabled'
            cand --job 'Only scheduled jobs of this job'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;schedules;show'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;schedules;next'= {
            cand -n 'How many'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;schedules;disable'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;schedules;enable'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;schedules;delete'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;schedules;help'= {
            cand list 'List scheduled jobs'
            cand show 'Show one scheduled job with its approval workflow'
            cand next 'The next run times, local and UTC'
            cand disable 'Stop a scheduled job from running (it keeps its approval state)'
            cand enable 'Let a disabled scheduled job run again (never bypasses approval)'
            cand delete 'Delete a scheduled job and its approval workflow'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;schedules;help;list'= {
        }
        &'jobctl;schedules;help;show'= {
        }
        &'jobctl;schedules;help;next'= {
        }
        &'jobctl;schedules;help;disable'= {
        }
        &'jobctl;schedules;help;enable'= {
        }
        &'jobctl;schedules;help;delete'= {
        }
        &'jobctl;schedules;help;help'= {
        }
        &'jobctl;import-crontab'= {
            cand --tz 'Zone of entries without CRON_TZ/TZ [default: $JOBCTL_TZ, else the system zone, else UTC]'
            cand --prefix 'Job-name prefix [default: the file''s base name]'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --system 'System format (/etc/crontab, /etc/cron.d/*): a user name follows the five time fields'
            cand --dry-run 'Show what would be imported, change nothing'
            cand --prune 'Remove jobs (and their schedules) imported earlier with this prefix whose entries left the file'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;cron'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand next 'The next run times of a crontab expression'
            cand explain 'Explain a crontab expression in plain English, with warnings'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;cron;next'= {
            cand --tz 'IANA time zone [default: $JOBCTL_TZ, else the system zone, else UTC]'
            cand --after 'Start after this time (RFC 3339 or local `YYYY-MM-DD HH:MM`) [default: now]'
            cand -n 'How many'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;cron;explain'= {
            cand --tz 'Zone for DST warnings [default: $JOBCTL_TZ, else the system zone, else UTC]'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;cron;help'= {
            cand next 'The next run times of a crontab expression'
            cand explain 'Explain a crontab expression in plain English, with warnings'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;cron;help;next'= {
        }
        &'jobctl;cron;help;explain'= {
        }
        &'jobctl;cron;help;help'= {
        }
        &'jobctl;workflows'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a workflow definition'
            cand add-stage 'Add a stage to a workflow definition'
            cand list 'List workflow definitions (highest weight first)'
            cand show 'Show one workflow definition'
            cand remove 'Remove a workflow definition (running workflows keep their stages)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;workflows;add'= {
            cand --job 'Job-name glob this workflow applies to (repeatable; none = every job)'
            cand --grouping 'Only jobs with this grouping'
            cand --weight 'Unique; the matching definition with the highest weight applies [default: 10 above the highest]'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;workflows;add-stage'= {
            cand --name 'name'
            cand --sequence 'sequence'
            cand --min-approvers 'min-approvers'
            cand --group 'The approver group'
            cand --denial-message 'Shown to the requester when this stage denies'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;workflows;list'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;workflows;show'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;workflows;remove'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;workflows;help'= {
            cand add 'Add a workflow definition'
            cand add-stage 'Add a stage to a workflow definition'
            cand list 'List workflow definitions (highest weight first)'
            cand show 'Show one workflow definition'
            cand remove 'Remove a workflow definition (running workflows keep their stages)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;workflows;help;add'= {
        }
        &'jobctl;workflows;help;add-stage'= {
        }
        &'jobctl;workflows;help;list'= {
        }
        &'jobctl;workflows;help;show'= {
        }
        &'jobctl;workflows;help;remove'= {
        }
        &'jobctl;workflows;help;help'= {
        }
        &'jobctl;approvals'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand pending 'Stages waiting for MY approval'
            cand done 'Stages I approved or denied'
            cand list 'Every stage I may view (the approval dashboard)'
            cand requests 'Workflows I requested'
            cand show 'One stage with its responses'
            cand cancel 'Cancel a pending workflow (its requester or an admin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;approvals;pending'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;approvals;done'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;approvals;list'= {
            cand --state 'pending, approved, denied or canceled'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;approvals;requests'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;approvals;show'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;approvals;cancel'= {
            cand --comment 'comment'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;approvals;help'= {
            cand pending 'Stages waiting for MY approval'
            cand done 'Stages I approved or denied'
            cand list 'Every stage I may view (the approval dashboard)'
            cand requests 'Workflows I requested'
            cand show 'One stage with its responses'
            cand cancel 'Cancel a pending workflow (its requester or an admin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;approvals;help;pending'= {
        }
        &'jobctl;approvals;help;done'= {
        }
        &'jobctl;approvals;help;list'= {
        }
        &'jobctl;approvals;help;requests'= {
        }
        &'jobctl;approvals;help;show'= {
        }
        &'jobctl;approvals;help;cancel'= {
        }
        &'jobctl;approvals;help;help'= {
        }
        &'jobctl;approve'= {
            cand --comment 'comment'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand -y 'Answer yes to the past-due confirmation'
            cand --yes 'Answer yes to the past-due confirmation'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;deny'= {
            cand --comment 'comment'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;comment'= {
            cand --comment 'comment'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;run-due'= {
            cand --max-parallel 'How many jobs may run at once'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --dry-run 'Show what would be claimed, without claiming or running anything'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;cron-line'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;results'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Results, newest first'
            cand show 'One result with its output'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;results;list'= {
            cand --job 'job'
            cand --schedule 'Only runs of this scheduled job'
            cand --status 'pending, running, success, failure, interrupted or skipped'
            cand --limit 'limit'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;results;show'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;results;help'= {
            cand list 'Results, newest first'
            cand show 'One result with its output'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;results;help;list'= {
        }
        &'jobctl;results;help;show'= {
        }
        &'jobctl;results;help;help'= {
        }
        &'jobctl;audit'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List audit entries, newest first (admins see every entry; others only their own)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;audit;list'= {
            cand --actor 'Only entries by this jobctl user'
            cand --action 'Only this action (e.g. stage.approve, schedule.create)'
            cand --object 'Only this object (e.g. stage:12, job:backup)'
            cand --limit 'At most this many entries (at least 1)'
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;audit;help'= {
            cand list 'List audit entries, newest first (admins see every entry; others only their own)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;audit;help;list'= {
        }
        &'jobctl;audit;help;help'= {
        }
        &'jobctl;completions'= {
            cand --db 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]'
            cand --user 'Act as another jobctl user (root and jobctl admins only)'
            cand --json 'Print one JSON document instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jobctl;help'= {
            cand init 'Create or migrate the database and name its first admin'
            cand users 'Manage jobctl users (admins only)'
            cand groups 'Manage groups of users (admins only)'
            cand perms 'Grant, revoke and list permissions (admins only)'
            cand jobs 'Register and manage jobs (commands to run)'
            cand run 'Run a job now (in the foreground, or pending approval when a workflow applies)'
            cand schedule 'Schedule a job: immediately, once in the future, hourly, daily, weekly or on a crontab'
            cand schedules 'List, show, enable, disable and delete scheduled jobs'
            cand import-crontab 'Import a crontab(5) file as jobs with custom schedules (admins only)'
            cand cron 'Crontab expressions: next run times and plain-English explanations'
            cand workflows 'Approval workflow definitions (admins only to change)'
            cand approvals 'Approval dashboards: pending, done, list, requests, show, cancel'
            cand approve 'Approve the active stage of a pending approval workflow'
            cand deny 'Deny a stage: denies the whole workflow, and the job never runs'
            cand comment 'Comment on a stage without changing its state'
            cand run-due 'Run every approved, due occurrence exactly once (run this from cron every minute)'
            cand cron-line 'Print the crontab line that runs `jobctl run-due` every minute, with absolute paths'
            cand results 'Results of job runs'
            cand audit 'The append-only audit log'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jobctl;help;init'= {
        }
        &'jobctl;help;users'= {
            cand add 'Add a user'
            cand list 'List users'
            cand remove 'Remove a user (its history stays)'
        }
        &'jobctl;help;users;add'= {
        }
        &'jobctl;help;users;list'= {
        }
        &'jobctl;help;users;remove'= {
        }
        &'jobctl;help;groups'= {
            cand add 'Add a group'
            cand add-member 'Add a user to a group'
            cand remove-member 'Remove a user from a group'
            cand list 'List groups and their members'
        }
        &'jobctl;help;groups;add'= {
        }
        &'jobctl;help;groups;add-member'= {
        }
        &'jobctl;help;groups;remove-member'= {
        }
        &'jobctl;help;groups;list'= {
        }
        &'jobctl;help;perms'= {
            cand grant 'Grant permissions to user:NAME or group:NAME'
            cand revoke 'Revoke permissions'
            cand list 'List grants, of everyone or of one principal'
        }
        &'jobctl;help;perms;grant'= {
        }
        &'jobctl;help;perms;revoke'= {
        }
        &'jobctl;help;perms;list'= {
        }
        &'jobctl;help;jobs'= {
            cand add 'Register a job (admins only)'
            cand import 'Create or update jobs from a TOML or JSON file (upsert by name; admins only)'
            cand list 'List jobs'
            cand show 'Show one job'
            cand enable 'Enable a job'
            cand disable 'Disable a job: it cannot be run or scheduled, and its schedules do not run (enabling it resumes them from now)'
            cand remove 'Remove a job (refused while schedules use it, unless --force)'
        }
        &'jobctl;help;jobs;add'= {
        }
        &'jobctl;help;jobs;import'= {
        }
        &'jobctl;help;jobs;list'= {
        }
        &'jobctl;help;jobs;show'= {
        }
        &'jobctl;help;jobs;enable'= {
        }
        &'jobctl;help;jobs;disable'= {
        }
        &'jobctl;help;jobs;remove'= {
        }
        &'jobctl;help;run'= {
        }
        &'jobctl;help;schedule'= {
        }
        &'jobctl;help;schedules'= {
            cand list 'List scheduled jobs'
            cand show 'Show one scheduled job with its approval workflow'
            cand next 'The next run times, local and UTC'
            cand disable 'Stop a scheduled job from running (it keeps its approval state)'
            cand enable 'Let a disabled scheduled job run again (never bypasses approval)'
            cand delete 'Delete a scheduled job and its approval workflow'
        }
        &'jobctl;help;schedules;list'= {
        }
        &'jobctl;help;schedules;show'= {
        }
        &'jobctl;help;schedules;next'= {
        }
        &'jobctl;help;schedules;disable'= {
        }
        &'jobctl;help;schedules;enable'= {
        }
        &'jobctl;help;schedules;delete'= {
        }
        &'jobctl;help;import-crontab'= {
        }
        &'jobctl;help;cron'= {
            cand next 'The next run times of a crontab expression'
            cand explain 'Explain a crontab expression in plain English, with warnings'
        }
        &'jobctl;help;cron;next'= {
        }
        &'jobctl;help;cron;explain'= {
        }
        &'jobctl;help;workflows'= {
            cand add 'Add a workflow definition'
            cand add-stage 'Add a stage to a workflow definition'
            cand list 'List workflow definitions (highest weight first)'
            cand show 'Show one workflow definition'
            cand remove 'Remove a workflow definition (running workflows keep their stages)'
        }
        &'jobctl;help;workflows;add'= {
        }
        &'jobctl;help;workflows;add-stage'= {
        }
        &'jobctl;help;workflows;list'= {
        }
        &'jobctl;help;workflows;show'= {
        }
        &'jobctl;help;workflows;remove'= {
        }
        &'jobctl;help;approvals'= {
            cand pending 'Stages waiting for MY approval'
            cand done 'Stages I approved or denied'
            cand list 'Every stage I may view (the approval dashboard)'
            cand requests 'Workflows I requested'
            cand show 'One stage with its responses'
            cand cancel 'Cancel a pending workflow (its requester or an admin)'
        }
        &'jobctl;help;approvals;pending'= {
        }
        &'jobctl;help;approvals;done'= {
        }
        &'jobctl;help;approvals;list'= {
        }
        &'jobctl;help;approvals;requests'= {
        }
        &'jobctl;help;approvals;show'= {
        }
        &'jobctl;help;approvals;cancel'= {
        }
        &'jobctl;help;approve'= {
        }
        &'jobctl;help;deny'= {
        }
        &'jobctl;help;comment'= {
        }
        &'jobctl;help;run-due'= {
        }
        &'jobctl;help;cron-line'= {
        }
        &'jobctl;help;results'= {
            cand list 'Results, newest first'
            cand show 'One result with its output'
        }
        &'jobctl;help;results;list'= {
        }
        &'jobctl;help;results;show'= {
        }
        &'jobctl;help;audit'= {
            cand list 'List audit entries, newest first (admins see every entry; others only their own)'
        }
        &'jobctl;help;audit;list'= {
        }
        &'jobctl;help;completions'= {
        }
        &'jobctl;help;help'= {
        }
    ]
    $completions[$command]
}
