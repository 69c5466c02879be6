#compdef jobctl

autoload -U is-at-least

_jobctl() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_jobctl_commands" \
"*::: :->jobctl" \
&& ret=0
    case $state in
    (jobctl)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-command-$line[1]:"
        case $line[1] in
            (init)
_arguments "${_arguments_options[@]}" : \
'--admin=[Make this user the first admin (default\: the invoking account)]:NAME:_default' \
'--shared-group=[Share the database with the OS accounts of this group (mode 0660, setgid folder)]:GROUP:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(users)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_jobctl__subcmd__users_commands" \
"*::: :->users" \
&& ret=0

    case $state in
    (users)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-users-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--admin[Make the user a jobctl admin]' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__users__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-users-help-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(groups)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_jobctl__subcmd__groups_commands" \
"*::: :->groups" \
&& ret=0

    case $state in
    (groups)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-groups-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(add-member)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':group:_default' \
':member:_default' \
&& ret=0
;;
(remove-member)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':group:_default' \
':member:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__groups__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-groups-help-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add-member)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove-member)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(perms)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_jobctl__subcmd__perms_commands" \
"*::: :->perms" \
&& ret=0

    case $state in
    (perms)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-perms-command-$line[1]:"
        case $line[1] in
            (grant)
_arguments "${_arguments_options[@]}" : \
'--job=[Only for jobs whose name matches this glob]:GLOB:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':principal -- user\:NAME or group\:NAME:_default' \
'*::perms -- Permission names (extras.run_job, extras.view_scheduledjob, …):_default' \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
'--job=[Only for jobs whose name matches this glob]:GLOB:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':principal -- user\:NAME or group\:NAME:_default' \
'*::perms -- Permission names (extras.run_job, extras.view_scheduledjob, …):_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'::principal:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__perms__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-perms-help-command-$line[1]:"
        case $line[1] in
            (grant)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(jobs)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_jobctl__subcmd__jobs_commands" \
"*::: :->jobs" \
&& ret=0

    case $state in
    (jobs)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-jobs-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
'--command=[The command, run as \`<shell> -c <command>\`]:COMMAND:_default' \
'--grouping=[]:GROUPING:_default' \
'--description=[]:DESCRIPTION:_default' \
'--shell=[The shell that runs the command]:SHELL:_default' \
'*--env=[Extra environment variable for the job (repeatable)]:KEY=VALUE:_default' \
'--stdin=[Text fed to the command'\''s standard input]:STDIN:_default' \
'--run-as=[Run as this OS account (run-due must run as root)]:ACCOUNT:_default' \
'*--var=[Optional variable\: NAME\:TYPE\[=DEFAULT\] (string, integer, boolean, choice)]:NAME:TYPE[=DEFAULT]:_default' \
'*--required-var=[Required variable\: NAME\:TYPE]:NAME:TYPE:_default' \
'*--sensitive-var=[Required, sensitive string variable (never stored)]:NAME:_default' \
'*--choices=[Choices of a choice variable\: NAME=a,b,c]:NAME=a,b,c:_default' \
'--soft-time-limit=[Seconds before SIGTERM (0 = none)]:SOFT_TIME_LIMIT:_default' \
'--time-limit=[Seconds before SIGKILL (0 = none)]:TIME_LIMIT:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--singleton[At most one run of this job at a time\: an occurrence that comes due while a run is in progress, or together with another occurrence of it in the same run-due pass, is recorded \`skipped\` and not run (a skipped one-off is then completed); \`jobctl run\` refuses (exit 5)]' \
'(--no-sensitive)--sensitive[The job may handle secrets (only immediate runs without approval)]' \
'--no-sensitive[The job handles no secrets (refused when a sensitive variable is declared)]' \
'--disabled[Register the job disabled]' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Job name\: letters, digits, `.`, `_`, `-`:_default' \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--force[Change jobs whose scheduled jobs are pending approval or approved\: cancel those requests (their requesters must request again)]' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- The file (`-` for stdin):_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--grouping=[]:GROUPING:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--force[Also delete the scheduled jobs (and their approvals) that use it]' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__jobs__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-jobs-help-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(run)
_arguments "${_arguments_options[@]}" : \
'*--var=[A variable value\: KEY=VALUE (repeatable)]:KEY=VALUE:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':job -- The job to run:_default' \
&& ret=0
;;
(schedule)
_arguments "${_arguments_options[@]}" : \
'--interval=[immediately, future, hourly, daily, weekly or custom]:INTERVAL:_default' \
'--name=[A unique name (required except for immediately)]:NAME:_default' \
'--start-time=[RFC 3339 (2030-01-01T01\:00\:00Z) or local \`YYYY-MM-DD HH\:MM\[\:SS\]\` in the zone]:TIME:_default' \
'--crontab=[Crontab expression for --interval custom]:EXPR:_default' \
'--tz=[IANA time zone \[default\: \$JOBCTL_TZ, else the system zone, else UTC\]]:ZONE:_default' \
'*--var=[A variable value\: KEY=VALUE (repeatable)]:KEY=VALUE:_default' \
'--description=[]:DESCRIPTION:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':job -- The job to schedule:_default' \
&& ret=0
;;
(schedules)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_jobctl__subcmd__schedules_commands" \
"*::: :->schedules" \
&& ret=0

    case $state in
    (schedules)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-schedules-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--state=[active, pending, denied, canceled, completed or disabled]:STATE:_default' \
'--job=[Only scheduled jobs of this job]:JOB:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':id:_default' \
&& ret=0
;;
(next)
_arguments "${_arguments_options[@]}" : \
'-n+[How many]:N:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':id:_default' \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':id:_default' \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':id:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__schedules__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-schedules-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(next)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(import-crontab)
_arguments "${_arguments_options[@]}" : \
'--tz=[Zone of entries without CRON_TZ/TZ \[default\: \$JOBCTL_TZ, else the system zone, else UTC\]]:TZ:_default' \
'--prefix=[Job-name prefix \[default\: the file'\''s base name\]]:PREFIX:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--system[System format (/etc/crontab, /etc/cron.d/*)\: a user name follows the five time fields]' \
'--dry-run[Show what would be imported, change nothing]' \
'--prune[Remove jobs (and their schedules) imported earlier with this prefix whose entries left the file]' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- The crontab file (`-` for stdin):_default' \
&& ret=0
;;
(cron)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_jobctl__subcmd__cron_commands" \
"*::: :->cron" \
&& ret=0

    case $state in
    (cron)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-cron-command-$line[1]:"
        case $line[1] in
            (next)
_arguments "${_arguments_options[@]}" : \
'--tz=[IANA time zone \[default\: \$JOBCTL_TZ, else the system zone, else UTC\]]:TZ:_default' \
'--after=[Start after this time (RFC 3339 or local \`YYYY-MM-DD HH\:MM\`) \[default\: now\]]:AFTER:_default' \
'-n+[How many]:N:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':expr -- Five fields or a macro (@daily, …); quote it:_default' \
&& ret=0
;;
(explain)
_arguments "${_arguments_options[@]}" : \
'--tz=[Zone for DST warnings \[default\: \$JOBCTL_TZ, else the system zone, else UTC\]]:TZ:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':expr -- Five fields or a macro (@daily, …); quote it:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__cron__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-cron-help-command-$line[1]:"
        case $line[1] in
            (next)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(explain)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(workflows)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_jobctl__subcmd__workflows_commands" \
"*::: :->workflows" \
&& ret=0

    case $state in
    (workflows)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-workflows-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
'*--job=[Job-name glob this workflow applies to (repeatable; none = every job)]:GLOB:_default' \
'--grouping=[Only jobs with this grouping]:GROUPING:_default' \
'--weight=[Unique; the matching definition with the highest weight applies \[default\: 10 above the highest\]]:WEIGHT:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(add-stage)
_arguments "${_arguments_options[@]}" : \
'--name=[]:NAME:_default' \
'--sequence=[]:SEQUENCE:_default' \
'--min-approvers=[]:MIN_APPROVERS:_default' \
'--group=[The approver group]:GROUP:_default' \
'--denial-message=[Shown to the requester when this stage denies]:DENIAL_MESSAGE:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':workflow:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__workflows__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-workflows-help-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add-stage)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(approvals)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_jobctl__subcmd__approvals_commands" \
"*::: :->approvals" \
&& ret=0

    case $state in
    (approvals)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-approvals-command-$line[1]:"
        case $line[1] in
            (pending)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(done)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--state=[pending, approved, denied or canceled]:STATE:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(requests)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':stage:_default' \
&& ret=0
;;
(cancel)
_arguments "${_arguments_options[@]}" : \
'--comment=[]:COMMENT:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':workflow:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__approvals__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-approvals-help-command-$line[1]:"
        case $line[1] in
            (pending)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(done)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(requests)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cancel)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(approve)
_arguments "${_arguments_options[@]}" : \
'--comment=[]:COMMENT:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'-y[Answer yes to the past-due confirmation]' \
'--yes[Answer yes to the past-due confirmation]' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':stage:_default' \
&& ret=0
;;
(deny)
_arguments "${_arguments_options[@]}" : \
'--comment=[]:COMMENT:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':stage:_default' \
&& ret=0
;;
(comment)
_arguments "${_arguments_options[@]}" : \
'--comment=[]:COMMENT:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':stage:_default' \
&& ret=0
;;
(run-due)
_arguments "${_arguments_options[@]}" : \
'--max-parallel=[How many jobs may run at once]:MAX_PARALLEL:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--dry-run[Show what would be claimed, without claiming or running anything]' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(cron-line)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(results)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_jobctl__subcmd__results_commands" \
"*::: :->results" \
&& ret=0

    case $state in
    (results)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-results-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--job=[]:JOB:_default' \
'--schedule=[Only runs of this scheduled job]:SCHEDULE:_default' \
'--status=[pending, running, success, failure, interrupted or skipped]:STATUS:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__results__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-results-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(audit)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_jobctl__subcmd__audit_commands" \
"*::: :->audit" \
&& ret=0

    case $state in
    (audit)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-audit-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--actor=[Only entries by this jobctl user]:ACTOR:_default' \
'--action=[Only this action (e.g. stage.approve, schedule.create)]:ACTION:_default' \
'--object=[Only this object (e.g. stage\:12, job\:backup)]:OBJECT:_default' \
'--limit=[At most this many entries (at least 1)]:LIMIT:_default' \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__audit__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-audit-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file \[default\: \$JOBCTL_DB, else <data dir>/jobctl/jobctl.db\]]:PATH:_files' \
'--user=[Act as another jobctl user (root and jobctl admins only)]:NAME:_default' \
'--json[Print one JSON document instead of a table]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':shell -- The shell:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-help-command-$line[1]:"
        case $line[1] in
            (init)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(users)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__help__subcmd__users_commands" \
"*::: :->users" \
&& ret=0

    case $state in
    (users)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-help-users-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(groups)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__help__subcmd__groups_commands" \
"*::: :->groups" \
&& ret=0

    case $state in
    (groups)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-help-groups-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add-member)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove-member)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(perms)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__help__subcmd__perms_commands" \
"*::: :->perms" \
&& ret=0

    case $state in
    (perms)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-help-perms-command-$line[1]:"
        case $line[1] in
            (grant)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(jobs)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__help__subcmd__jobs_commands" \
"*::: :->jobs" \
&& ret=0

    case $state in
    (jobs)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-help-jobs-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(run)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(schedule)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(schedules)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__help__subcmd__schedules_commands" \
"*::: :->schedules" \
&& ret=0

    case $state in
    (schedules)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-help-schedules-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(next)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(import-crontab)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cron)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__help__subcmd__cron_commands" \
"*::: :->cron" \
&& ret=0

    case $state in
    (cron)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-help-cron-command-$line[1]:"
        case $line[1] in
            (next)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(explain)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(workflows)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__help__subcmd__workflows_commands" \
"*::: :->workflows" \
&& ret=0

    case $state in
    (workflows)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-help-workflows-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add-stage)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(approvals)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__help__subcmd__approvals_commands" \
"*::: :->approvals" \
&& ret=0

    case $state in
    (approvals)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-help-approvals-command-$line[1]:"
        case $line[1] in
            (pending)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(done)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(requests)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cancel)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(approve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(deny)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(comment)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(run-due)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cron-line)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(results)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__help__subcmd__results_commands" \
"*::: :->results" \
&& ret=0

    case $state in
    (results)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-help-results-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(audit)
_arguments "${_arguments_options[@]}" : \
":: :_jobctl__subcmd__help__subcmd__audit_commands" \
"*::: :->audit" \
&& ret=0

    case $state in
    (audit)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:jobctl-help-audit-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_jobctl_commands] )) ||
_jobctl_commands() {
    local commands; commands=(
'init:Create or migrate the database and name its first admin' \
'users:Manage jobctl users (admins only)' \
'groups:Manage groups of users (admins only)' \
'perms:Grant, revoke and list permissions (admins only)' \
'jobs:Register and manage jobs (commands to run)' \
'run:Run a job now (in the foreground, or pending approval when a workflow applies)' \
'schedule:Schedule a job\: immediately, once in the future, hourly, daily, weekly or on a crontab' \
'schedules:List, show, enable, disable and delete scheduled jobs' \
'import-crontab:Import a crontab(5) file as jobs with custom schedules (admins only)' \
'cron:Crontab expressions\: next run times and plain-English explanations' \
'workflows:Approval workflow definitions (admins only to change)' \
'approvals:Approval dashboards\: pending, done, list, requests, show, cancel' \
'approve:Approve the active stage of a pending approval workflow' \
'deny:Deny a stage\: denies the whole workflow, and the job never runs' \
'comment:Comment on a stage without changing its state' \
'run-due:Run every approved, due occurrence exactly once (run this from cron every minute)' \
'cron-line:Print the crontab line that runs \`jobctl run-due\` every minute, with absolute paths' \
'results:Results of job runs' \
'audit:The append-only audit log' \
'completions:Print a shell completion script' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals_commands] )) ||
_jobctl__subcmd__approvals_commands() {
    local commands; commands=(
'pending:Stages waiting for MY approval' \
'done:Stages I approved or denied' \
'list:Every stage I may view (the approval dashboard)' \
'requests:Workflows I requested' \
'show:One stage with its responses' \
'cancel:Cancel a pending workflow (its requester or an admin)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl approvals commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals__subcmd__cancel_commands] )) ||
_jobctl__subcmd__approvals__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl approvals cancel commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals__subcmd__done_commands] )) ||
_jobctl__subcmd__approvals__subcmd__done_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl approvals done commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals__subcmd__help_commands] )) ||
_jobctl__subcmd__approvals__subcmd__help_commands() {
    local commands; commands=(
'pending:Stages waiting for MY approval' \
'done:Stages I approved or denied' \
'list:Every stage I may view (the approval dashboard)' \
'requests:Workflows I requested' \
'show:One stage with its responses' \
'cancel:Cancel a pending workflow (its requester or an admin)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl approvals help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals__subcmd__help__subcmd__cancel_commands] )) ||
_jobctl__subcmd__approvals__subcmd__help__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl approvals help cancel commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals__subcmd__help__subcmd__done_commands] )) ||
_jobctl__subcmd__approvals__subcmd__help__subcmd__done_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl approvals help done commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals__subcmd__help__subcmd__help_commands] )) ||
_jobctl__subcmd__approvals__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl approvals help help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals__subcmd__help__subcmd__list_commands] )) ||
_jobctl__subcmd__approvals__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl approvals help list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals__subcmd__help__subcmd__pending_commands] )) ||
_jobctl__subcmd__approvals__subcmd__help__subcmd__pending_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl approvals help pending commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals__subcmd__help__subcmd__requests_commands] )) ||
_jobctl__subcmd__approvals__subcmd__help__subcmd__requests_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl approvals help requests commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals__subcmd__help__subcmd__show_commands] )) ||
_jobctl__subcmd__approvals__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl approvals help show commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals__subcmd__list_commands] )) ||
_jobctl__subcmd__approvals__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl approvals list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals__subcmd__pending_commands] )) ||
_jobctl__subcmd__approvals__subcmd__pending_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl approvals pending commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals__subcmd__requests_commands] )) ||
_jobctl__subcmd__approvals__subcmd__requests_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl approvals requests commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approvals__subcmd__show_commands] )) ||
_jobctl__subcmd__approvals__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl approvals show commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__approve_commands] )) ||
_jobctl__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl approve commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__audit_commands] )) ||
_jobctl__subcmd__audit_commands() {
    local commands; commands=(
'list:List audit entries, newest first (admins see every entry; others only their own)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl audit commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__audit__subcmd__help_commands] )) ||
_jobctl__subcmd__audit__subcmd__help_commands() {
    local commands; commands=(
'list:List audit entries, newest first (admins see every entry; others only their own)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl audit help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__audit__subcmd__help__subcmd__help_commands] )) ||
_jobctl__subcmd__audit__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl audit help help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__audit__subcmd__help__subcmd__list_commands] )) ||
_jobctl__subcmd__audit__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl audit help list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__audit__subcmd__list_commands] )) ||
_jobctl__subcmd__audit__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl audit list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__comment_commands] )) ||
_jobctl__subcmd__comment_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl comment commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__completions_commands] )) ||
_jobctl__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl completions commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__cron_commands] )) ||
_jobctl__subcmd__cron_commands() {
    local commands; commands=(
'next:The next run times of a crontab expression' \
'explain:Explain a crontab expression in plain English, with warnings' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl cron commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__cron__subcmd__explain_commands] )) ||
_jobctl__subcmd__cron__subcmd__explain_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl cron explain commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__cron__subcmd__help_commands] )) ||
_jobctl__subcmd__cron__subcmd__help_commands() {
    local commands; commands=(
'next:The next run times of a crontab expression' \
'explain:Explain a crontab expression in plain English, with warnings' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl cron help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__cron__subcmd__help__subcmd__explain_commands] )) ||
_jobctl__subcmd__cron__subcmd__help__subcmd__explain_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl cron help explain commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__cron__subcmd__help__subcmd__help_commands] )) ||
_jobctl__subcmd__cron__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl cron help help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__cron__subcmd__help__subcmd__next_commands] )) ||
_jobctl__subcmd__cron__subcmd__help__subcmd__next_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl cron help next commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__cron__subcmd__next_commands] )) ||
_jobctl__subcmd__cron__subcmd__next_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl cron next commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__cron-line_commands] )) ||
_jobctl__subcmd__cron-line_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl cron-line commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__deny_commands] )) ||
_jobctl__subcmd__deny_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl deny commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__groups_commands] )) ||
_jobctl__subcmd__groups_commands() {
    local commands; commands=(
'add:Add a group' \
'add-member:Add a user to a group' \
'remove-member:Remove a user from a group' \
'list:List groups and their members' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl groups commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__groups__subcmd__add_commands] )) ||
_jobctl__subcmd__groups__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl groups add commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__groups__subcmd__add-member_commands] )) ||
_jobctl__subcmd__groups__subcmd__add-member_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl groups add-member commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__groups__subcmd__help_commands] )) ||
_jobctl__subcmd__groups__subcmd__help_commands() {
    local commands; commands=(
'add:Add a group' \
'add-member:Add a user to a group' \
'remove-member:Remove a user from a group' \
'list:List groups and their members' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl groups help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__groups__subcmd__help__subcmd__add_commands] )) ||
_jobctl__subcmd__groups__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl groups help add commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__groups__subcmd__help__subcmd__add-member_commands] )) ||
_jobctl__subcmd__groups__subcmd__help__subcmd__add-member_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl groups help add-member commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__groups__subcmd__help__subcmd__help_commands] )) ||
_jobctl__subcmd__groups__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl groups help help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__groups__subcmd__help__subcmd__list_commands] )) ||
_jobctl__subcmd__groups__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl groups help list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__groups__subcmd__help__subcmd__remove-member_commands] )) ||
_jobctl__subcmd__groups__subcmd__help__subcmd__remove-member_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl groups help remove-member commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__groups__subcmd__list_commands] )) ||
_jobctl__subcmd__groups__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl groups list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__groups__subcmd__remove-member_commands] )) ||
_jobctl__subcmd__groups__subcmd__remove-member_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl groups remove-member commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help_commands] )) ||
_jobctl__subcmd__help_commands() {
    local commands; commands=(
'init:Create or migrate the database and name its first admin' \
'users:Manage jobctl users (admins only)' \
'groups:Manage groups of users (admins only)' \
'perms:Grant, revoke and list permissions (admins only)' \
'jobs:Register and manage jobs (commands to run)' \
'run:Run a job now (in the foreground, or pending approval when a workflow applies)' \
'schedule:Schedule a job\: immediately, once in the future, hourly, daily, weekly or on a crontab' \
'schedules:List, show, enable, disable and delete scheduled jobs' \
'import-crontab:Import a crontab(5) file as jobs with custom schedules (admins only)' \
'cron:Crontab expressions\: next run times and plain-English explanations' \
'workflows:Approval workflow definitions (admins only to change)' \
'approvals:Approval dashboards\: pending, done, list, requests, show, cancel' \
'approve:Approve the active stage of a pending approval workflow' \
'deny:Deny a stage\: denies the whole workflow, and the job never runs' \
'comment:Comment on a stage without changing its state' \
'run-due:Run every approved, due occurrence exactly once (run this from cron every minute)' \
'cron-line:Print the crontab line that runs \`jobctl run-due\` every minute, with absolute paths' \
'results:Results of job runs' \
'audit:The append-only audit log' \
'completions:Print a shell completion script' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__approvals_commands] )) ||
_jobctl__subcmd__help__subcmd__approvals_commands() {
    local commands; commands=(
'pending:Stages waiting for MY approval' \
'done:Stages I approved or denied' \
'list:Every stage I may view (the approval dashboard)' \
'requests:Workflows I requested' \
'show:One stage with its responses' \
'cancel:Cancel a pending workflow (its requester or an admin)' \
    )
    _describe -t commands 'jobctl help approvals commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__approvals__subcmd__cancel_commands] )) ||
_jobctl__subcmd__help__subcmd__approvals__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help approvals cancel commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__approvals__subcmd__done_commands] )) ||
_jobctl__subcmd__help__subcmd__approvals__subcmd__done_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help approvals done commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__approvals__subcmd__list_commands] )) ||
_jobctl__subcmd__help__subcmd__approvals__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help approvals list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__approvals__subcmd__pending_commands] )) ||
_jobctl__subcmd__help__subcmd__approvals__subcmd__pending_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help approvals pending commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__approvals__subcmd__requests_commands] )) ||
_jobctl__subcmd__help__subcmd__approvals__subcmd__requests_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help approvals requests commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__approvals__subcmd__show_commands] )) ||
_jobctl__subcmd__help__subcmd__approvals__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help approvals show commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__approve_commands] )) ||
_jobctl__subcmd__help__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help approve commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__audit_commands] )) ||
_jobctl__subcmd__help__subcmd__audit_commands() {
    local commands; commands=(
'list:List audit entries, newest first (admins see every entry; others only their own)' \
    )
    _describe -t commands 'jobctl help audit commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__audit__subcmd__list_commands] )) ||
_jobctl__subcmd__help__subcmd__audit__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help audit list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__comment_commands] )) ||
_jobctl__subcmd__help__subcmd__comment_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help comment commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__completions_commands] )) ||
_jobctl__subcmd__help__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help completions commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__cron_commands] )) ||
_jobctl__subcmd__help__subcmd__cron_commands() {
    local commands; commands=(
'next:The next run times of a crontab expression' \
'explain:Explain a crontab expression in plain English, with warnings' \
    )
    _describe -t commands 'jobctl help cron commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__cron__subcmd__explain_commands] )) ||
_jobctl__subcmd__help__subcmd__cron__subcmd__explain_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help cron explain commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__cron__subcmd__next_commands] )) ||
_jobctl__subcmd__help__subcmd__cron__subcmd__next_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help cron next commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__cron-line_commands] )) ||
_jobctl__subcmd__help__subcmd__cron-line_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help cron-line commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__deny_commands] )) ||
_jobctl__subcmd__help__subcmd__deny_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help deny commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__groups_commands] )) ||
_jobctl__subcmd__help__subcmd__groups_commands() {
    local commands; commands=(
'add:Add a group' \
'add-member:Add a user to a group' \
'remove-member:Remove a user from a group' \
'list:List groups and their members' \
    )
    _describe -t commands 'jobctl help groups commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__groups__subcmd__add_commands] )) ||
_jobctl__subcmd__help__subcmd__groups__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help groups add commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__groups__subcmd__add-member_commands] )) ||
_jobctl__subcmd__help__subcmd__groups__subcmd__add-member_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help groups add-member commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__groups__subcmd__list_commands] )) ||
_jobctl__subcmd__help__subcmd__groups__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help groups list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__groups__subcmd__remove-member_commands] )) ||
_jobctl__subcmd__help__subcmd__groups__subcmd__remove-member_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help groups remove-member commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__help_commands] )) ||
_jobctl__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__import-crontab_commands] )) ||
_jobctl__subcmd__help__subcmd__import-crontab_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help import-crontab commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__init_commands] )) ||
_jobctl__subcmd__help__subcmd__init_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help init commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__jobs_commands] )) ||
_jobctl__subcmd__help__subcmd__jobs_commands() {
    local commands; commands=(
'add:Register a job (admins only)' \
'import:Create or update jobs from a TOML or JSON file (upsert by name; admins only)' \
'list:List jobs' \
'show:Show one job' \
'enable:Enable a job' \
'disable:Disable a job\: it cannot be run or scheduled, and its schedules do not run (enabling it resumes them from now)' \
'remove:Remove a job (refused while schedules use it, unless --force)' \
    )
    _describe -t commands 'jobctl help jobs commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__jobs__subcmd__add_commands] )) ||
_jobctl__subcmd__help__subcmd__jobs__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help jobs add commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__jobs__subcmd__disable_commands] )) ||
_jobctl__subcmd__help__subcmd__jobs__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help jobs disable commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__jobs__subcmd__enable_commands] )) ||
_jobctl__subcmd__help__subcmd__jobs__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help jobs enable commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__jobs__subcmd__import_commands] )) ||
_jobctl__subcmd__help__subcmd__jobs__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help jobs import commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__jobs__subcmd__list_commands] )) ||
_jobctl__subcmd__help__subcmd__jobs__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help jobs list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__jobs__subcmd__remove_commands] )) ||
_jobctl__subcmd__help__subcmd__jobs__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help jobs remove commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__jobs__subcmd__show_commands] )) ||
_jobctl__subcmd__help__subcmd__jobs__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help jobs show commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__perms_commands] )) ||
_jobctl__subcmd__help__subcmd__perms_commands() {
    local commands; commands=(
'grant:Grant permissions to user\:NAME or group\:NAME' \
'revoke:Revoke permissions' \
'list:List grants, of everyone or of one principal' \
    )
    _describe -t commands 'jobctl help perms commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__perms__subcmd__grant_commands] )) ||
_jobctl__subcmd__help__subcmd__perms__subcmd__grant_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help perms grant commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__perms__subcmd__list_commands] )) ||
_jobctl__subcmd__help__subcmd__perms__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help perms list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__perms__subcmd__revoke_commands] )) ||
_jobctl__subcmd__help__subcmd__perms__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help perms revoke commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__results_commands] )) ||
_jobctl__subcmd__help__subcmd__results_commands() {
    local commands; commands=(
'list:Results, newest first' \
'show:One result with its output' \
    )
    _describe -t commands 'jobctl help results commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__results__subcmd__list_commands] )) ||
_jobctl__subcmd__help__subcmd__results__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help results list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__results__subcmd__show_commands] )) ||
_jobctl__subcmd__help__subcmd__results__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help results show commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__run_commands] )) ||
_jobctl__subcmd__help__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help run commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__run-due_commands] )) ||
_jobctl__subcmd__help__subcmd__run-due_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help run-due commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__schedule_commands] )) ||
_jobctl__subcmd__help__subcmd__schedule_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help schedule commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__schedules_commands] )) ||
_jobctl__subcmd__help__subcmd__schedules_commands() {
    local commands; commands=(
'list:List scheduled jobs' \
'show:Show one scheduled job with its approval workflow' \
'next:The next run times, local and UTC' \
'disable:Stop a scheduled job from running (it keeps its approval state)' \
'enable:Let a disabled scheduled job run again (never bypasses approval)' \
'delete:Delete a scheduled job and its approval workflow' \
    )
    _describe -t commands 'jobctl help schedules commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__schedules__subcmd__delete_commands] )) ||
_jobctl__subcmd__help__subcmd__schedules__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help schedules delete commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__schedules__subcmd__disable_commands] )) ||
_jobctl__subcmd__help__subcmd__schedules__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help schedules disable commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__schedules__subcmd__enable_commands] )) ||
_jobctl__subcmd__help__subcmd__schedules__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help schedules enable commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__schedules__subcmd__list_commands] )) ||
_jobctl__subcmd__help__subcmd__schedules__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help schedules list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__schedules__subcmd__next_commands] )) ||
_jobctl__subcmd__help__subcmd__schedules__subcmd__next_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help schedules next commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__schedules__subcmd__show_commands] )) ||
_jobctl__subcmd__help__subcmd__schedules__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help schedules show commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__users_commands] )) ||
_jobctl__subcmd__help__subcmd__users_commands() {
    local commands; commands=(
'add:Add a user' \
'list:List users' \
'remove:Remove a user (its history stays)' \
    )
    _describe -t commands 'jobctl help users commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__users__subcmd__add_commands] )) ||
_jobctl__subcmd__help__subcmd__users__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help users add commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__users__subcmd__list_commands] )) ||
_jobctl__subcmd__help__subcmd__users__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help users list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__users__subcmd__remove_commands] )) ||
_jobctl__subcmd__help__subcmd__users__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help users remove commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__workflows_commands] )) ||
_jobctl__subcmd__help__subcmd__workflows_commands() {
    local commands; commands=(
'add:Add a workflow definition' \
'add-stage:Add a stage to a workflow definition' \
'list:List workflow definitions (highest weight first)' \
'show:Show one workflow definition' \
'remove:Remove a workflow definition (running workflows keep their stages)' \
    )
    _describe -t commands 'jobctl help workflows commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__workflows__subcmd__add_commands] )) ||
_jobctl__subcmd__help__subcmd__workflows__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help workflows add commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__workflows__subcmd__add-stage_commands] )) ||
_jobctl__subcmd__help__subcmd__workflows__subcmd__add-stage_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help workflows add-stage commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__workflows__subcmd__list_commands] )) ||
_jobctl__subcmd__help__subcmd__workflows__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help workflows list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__workflows__subcmd__remove_commands] )) ||
_jobctl__subcmd__help__subcmd__workflows__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help workflows remove commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__help__subcmd__workflows__subcmd__show_commands] )) ||
_jobctl__subcmd__help__subcmd__workflows__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl help workflows show commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__import-crontab_commands] )) ||
_jobctl__subcmd__import-crontab_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl import-crontab commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__init_commands] )) ||
_jobctl__subcmd__init_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl init commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs_commands] )) ||
_jobctl__subcmd__jobs_commands() {
    local commands; commands=(
'add:Register a job (admins only)' \
'import:Create or update jobs from a TOML or JSON file (upsert by name; admins only)' \
'list:List jobs' \
'show:Show one job' \
'enable:Enable a job' \
'disable:Disable a job\: it cannot be run or scheduled, and its schedules do not run (enabling it resumes them from now)' \
'remove:Remove a job (refused while schedules use it, unless --force)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl jobs commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__add_commands] )) ||
_jobctl__subcmd__jobs__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs add commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__disable_commands] )) ||
_jobctl__subcmd__jobs__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs disable commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__enable_commands] )) ||
_jobctl__subcmd__jobs__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs enable commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__help_commands] )) ||
_jobctl__subcmd__jobs__subcmd__help_commands() {
    local commands; commands=(
'add:Register a job (admins only)' \
'import:Create or update jobs from a TOML or JSON file (upsert by name; admins only)' \
'list:List jobs' \
'show:Show one job' \
'enable:Enable a job' \
'disable:Disable a job\: it cannot be run or scheduled, and its schedules do not run (enabling it resumes them from now)' \
'remove:Remove a job (refused while schedules use it, unless --force)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl jobs help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__help__subcmd__add_commands] )) ||
_jobctl__subcmd__jobs__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs help add commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__help__subcmd__disable_commands] )) ||
_jobctl__subcmd__jobs__subcmd__help__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs help disable commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__help__subcmd__enable_commands] )) ||
_jobctl__subcmd__jobs__subcmd__help__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs help enable commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__help__subcmd__help_commands] )) ||
_jobctl__subcmd__jobs__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs help help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__help__subcmd__import_commands] )) ||
_jobctl__subcmd__jobs__subcmd__help__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs help import commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__help__subcmd__list_commands] )) ||
_jobctl__subcmd__jobs__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs help list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__help__subcmd__remove_commands] )) ||
_jobctl__subcmd__jobs__subcmd__help__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs help remove commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__help__subcmd__show_commands] )) ||
_jobctl__subcmd__jobs__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs help show commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__import_commands] )) ||
_jobctl__subcmd__jobs__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs import commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__list_commands] )) ||
_jobctl__subcmd__jobs__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__remove_commands] )) ||
_jobctl__subcmd__jobs__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs remove commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__jobs__subcmd__show_commands] )) ||
_jobctl__subcmd__jobs__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl jobs show commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__perms_commands] )) ||
_jobctl__subcmd__perms_commands() {
    local commands; commands=(
'grant:Grant permissions to user\:NAME or group\:NAME' \
'revoke:Revoke permissions' \
'list:List grants, of everyone or of one principal' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl perms commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__perms__subcmd__grant_commands] )) ||
_jobctl__subcmd__perms__subcmd__grant_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl perms grant commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__perms__subcmd__help_commands] )) ||
_jobctl__subcmd__perms__subcmd__help_commands() {
    local commands; commands=(
'grant:Grant permissions to user\:NAME or group\:NAME' \
'revoke:Revoke permissions' \
'list:List grants, of everyone or of one principal' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl perms help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__perms__subcmd__help__subcmd__grant_commands] )) ||
_jobctl__subcmd__perms__subcmd__help__subcmd__grant_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl perms help grant commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__perms__subcmd__help__subcmd__help_commands] )) ||
_jobctl__subcmd__perms__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl perms help help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__perms__subcmd__help__subcmd__list_commands] )) ||
_jobctl__subcmd__perms__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl perms help list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__perms__subcmd__help__subcmd__revoke_commands] )) ||
_jobctl__subcmd__perms__subcmd__help__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl perms help revoke commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__perms__subcmd__list_commands] )) ||
_jobctl__subcmd__perms__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl perms list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__perms__subcmd__revoke_commands] )) ||
_jobctl__subcmd__perms__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl perms revoke commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__results_commands] )) ||
_jobctl__subcmd__results_commands() {
    local commands; commands=(
'list:Results, newest first' \
'show:One result with its output' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl results commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__results__subcmd__help_commands] )) ||
_jobctl__subcmd__results__subcmd__help_commands() {
    local commands; commands=(
'list:Results, newest first' \
'show:One result with its output' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl results help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__results__subcmd__help__subcmd__help_commands] )) ||
_jobctl__subcmd__results__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl results help help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__results__subcmd__help__subcmd__list_commands] )) ||
_jobctl__subcmd__results__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl results help list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__results__subcmd__help__subcmd__show_commands] )) ||
_jobctl__subcmd__results__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl results help show commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__results__subcmd__list_commands] )) ||
_jobctl__subcmd__results__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl results list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__results__subcmd__show_commands] )) ||
_jobctl__subcmd__results__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl results show commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__run_commands] )) ||
_jobctl__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl run commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__run-due_commands] )) ||
_jobctl__subcmd__run-due_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl run-due commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedule_commands] )) ||
_jobctl__subcmd__schedule_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl schedule commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules_commands] )) ||
_jobctl__subcmd__schedules_commands() {
    local commands; commands=(
'list:List scheduled jobs' \
'show:Show one scheduled job with its approval workflow' \
'next:The next run times, local and UTC' \
'disable:Stop a scheduled job from running (it keeps its approval state)' \
'enable:Let a disabled scheduled job run again (never bypasses approval)' \
'delete:Delete a scheduled job and its approval workflow' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl schedules commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules__subcmd__delete_commands] )) ||
_jobctl__subcmd__schedules__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl schedules delete commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules__subcmd__disable_commands] )) ||
_jobctl__subcmd__schedules__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl schedules disable commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules__subcmd__enable_commands] )) ||
_jobctl__subcmd__schedules__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl schedules enable commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules__subcmd__help_commands] )) ||
_jobctl__subcmd__schedules__subcmd__help_commands() {
    local commands; commands=(
'list:List scheduled jobs' \
'show:Show one scheduled job with its approval workflow' \
'next:The next run times, local and UTC' \
'disable:Stop a scheduled job from running (it keeps its approval state)' \
'enable:Let a disabled scheduled job run again (never bypasses approval)' \
'delete:Delete a scheduled job and its approval workflow' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl schedules help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules__subcmd__help__subcmd__delete_commands] )) ||
_jobctl__subcmd__schedules__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl schedules help delete commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules__subcmd__help__subcmd__disable_commands] )) ||
_jobctl__subcmd__schedules__subcmd__help__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl schedules help disable commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules__subcmd__help__subcmd__enable_commands] )) ||
_jobctl__subcmd__schedules__subcmd__help__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl schedules help enable commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules__subcmd__help__subcmd__help_commands] )) ||
_jobctl__subcmd__schedules__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl schedules help help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules__subcmd__help__subcmd__list_commands] )) ||
_jobctl__subcmd__schedules__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl schedules help list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules__subcmd__help__subcmd__next_commands] )) ||
_jobctl__subcmd__schedules__subcmd__help__subcmd__next_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl schedules help next commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules__subcmd__help__subcmd__show_commands] )) ||
_jobctl__subcmd__schedules__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl schedules help show commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules__subcmd__list_commands] )) ||
_jobctl__subcmd__schedules__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl schedules list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules__subcmd__next_commands] )) ||
_jobctl__subcmd__schedules__subcmd__next_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl schedules next commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__schedules__subcmd__show_commands] )) ||
_jobctl__subcmd__schedules__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl schedules show commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__users_commands] )) ||
_jobctl__subcmd__users_commands() {
    local commands; commands=(
'add:Add a user' \
'list:List users' \
'remove:Remove a user (its history stays)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl users commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__users__subcmd__add_commands] )) ||
_jobctl__subcmd__users__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl users add commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__users__subcmd__help_commands] )) ||
_jobctl__subcmd__users__subcmd__help_commands() {
    local commands; commands=(
'add:Add a user' \
'list:List users' \
'remove:Remove a user (its history stays)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl users help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__users__subcmd__help__subcmd__add_commands] )) ||
_jobctl__subcmd__users__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl users help add commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__users__subcmd__help__subcmd__help_commands] )) ||
_jobctl__subcmd__users__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl users help help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__users__subcmd__help__subcmd__list_commands] )) ||
_jobctl__subcmd__users__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl users help list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__users__subcmd__help__subcmd__remove_commands] )) ||
_jobctl__subcmd__users__subcmd__help__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl users help remove commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__users__subcmd__list_commands] )) ||
_jobctl__subcmd__users__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl users list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__users__subcmd__remove_commands] )) ||
_jobctl__subcmd__users__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl users remove commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__workflows_commands] )) ||
_jobctl__subcmd__workflows_commands() {
    local commands; commands=(
'add:Add a workflow definition' \
'add-stage:Add a stage to a workflow definition' \
'list:List workflow definitions (highest weight first)' \
'show:Show one workflow definition' \
'remove:Remove a workflow definition (running workflows keep their stages)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl workflows commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__workflows__subcmd__add_commands] )) ||
_jobctl__subcmd__workflows__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl workflows add commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__workflows__subcmd__add-stage_commands] )) ||
_jobctl__subcmd__workflows__subcmd__add-stage_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl workflows add-stage commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__workflows__subcmd__help_commands] )) ||
_jobctl__subcmd__workflows__subcmd__help_commands() {
    local commands; commands=(
'add:Add a workflow definition' \
'add-stage:Add a stage to a workflow definition' \
'list:List workflow definitions (highest weight first)' \
'show:Show one workflow definition' \
'remove:Remove a workflow definition (running workflows keep their stages)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'jobctl workflows help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__workflows__subcmd__help__subcmd__add_commands] )) ||
_jobctl__subcmd__workflows__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl workflows help add commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__workflows__subcmd__help__subcmd__add-stage_commands] )) ||
_jobctl__subcmd__workflows__subcmd__help__subcmd__add-stage_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl workflows help add-stage commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__workflows__subcmd__help__subcmd__help_commands] )) ||
_jobctl__subcmd__workflows__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl workflows help help commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__workflows__subcmd__help__subcmd__list_commands] )) ||
_jobctl__subcmd__workflows__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl workflows help list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__workflows__subcmd__help__subcmd__remove_commands] )) ||
_jobctl__subcmd__workflows__subcmd__help__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl workflows help remove commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__workflows__subcmd__help__subcmd__show_commands] )) ||
_jobctl__subcmd__workflows__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl workflows help show commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__workflows__subcmd__list_commands] )) ||
_jobctl__subcmd__workflows__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl workflows list commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__workflows__subcmd__remove_commands] )) ||
_jobctl__subcmd__workflows__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl workflows remove commands' commands "$@"
}
(( $+functions[_jobctl__subcmd__workflows__subcmd__show_commands] )) ||
_jobctl__subcmd__workflows__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'jobctl workflows show commands' commands "$@"
}

if [ "$funcstack[1]" = "_jobctl" ]; then
    _jobctl "$@"
else
    compdef _jobctl jobctl
fi
