# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_jobctl_global_optspecs
    string join \n db= json user= h/help V/version
end

function __fish_jobctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_jobctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_jobctl_using_subcommand
    set -l cmd (__fish_jobctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c jobctl -n "__fish_jobctl_needs_command" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_needs_command" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_needs_command" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_needs_command" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_needs_command" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "init" -d 'Create or migrate the database and name its first admin'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "users" -d 'Manage jobctl users (admins only)'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "groups" -d 'Manage groups of users (admins only)'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "perms" -d 'Grant, revoke and list permissions (admins only)'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "jobs" -d 'Register and manage jobs (commands to run)'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "run" -d 'Run a job now (in the foreground, or pending approval when a workflow applies)'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "schedule" -d 'Schedule a job: immediately, once in the future, hourly, daily, weekly or on a crontab'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "schedules" -d 'List, show, enable, disable and delete scheduled jobs'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "import-crontab" -d 'Import a crontab(5) file as jobs with custom schedules (admins only)'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "cron" -d 'Crontab expressions: next run times and plain-English explanations'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "workflows" -d 'Approval workflow definitions (admins only to change)'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "approvals" -d 'Approval dashboards: pending, done, list, requests, show, cancel'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "approve" -d 'Approve the active stage of a pending approval workflow'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "deny" -d 'Deny a stage: denies the whole workflow, and the job never runs'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "comment" -d 'Comment on a stage without changing its state'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "run-due" -d 'Run every approved, due occurrence exactly once (run this from cron every minute)'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "cron-line" -d 'Print the crontab line that runs `jobctl run-due` every minute, with absolute paths'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "results" -d 'Results of job runs'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "audit" -d 'The append-only audit log'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c jobctl -n "__fish_jobctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand init" -l admin -d 'Make this user the first admin (default: the invoking account)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand init" -l shared-group -d 'Share the database with the OS accounts of this group (mode 0660, setgid folder)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand init" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand init" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand init" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand init" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand init" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove help" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove help" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove help" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove help" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Add a user'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'List users'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Remove a user (its history stays)'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from add" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from add" -l admin -d 'Make the user a jobctl admin'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from list" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a user (its history stays)'
complete -c jobctl -n "__fish_jobctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and not __fish_seen_subcommand_from add add-member remove-member list help" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and not __fish_seen_subcommand_from add add-member remove-member list help" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and not __fish_seen_subcommand_from add add-member remove-member list help" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and not __fish_seen_subcommand_from add add-member remove-member list help" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and not __fish_seen_subcommand_from add add-member remove-member list help" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and not __fish_seen_subcommand_from add add-member remove-member list help" -f -a "add" -d 'Add a group'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and not __fish_seen_subcommand_from add add-member remove-member list help" -f -a "add-member" -d 'Add a user to a group'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and not __fish_seen_subcommand_from add add-member remove-member list help" -f -a "remove-member" -d 'Remove a user from a group'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and not __fish_seen_subcommand_from add add-member remove-member list help" -f -a "list" -d 'List groups and their members'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and not __fish_seen_subcommand_from add add-member remove-member list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from add" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from add-member" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from add-member" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from add-member" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from add-member" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from add-member" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from remove-member" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from remove-member" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from remove-member" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from remove-member" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from remove-member" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a group'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "add-member" -d 'Add a user to a group'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "remove-member" -d 'Remove a user from a group'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "list" -d 'List groups and their members'
complete -c jobctl -n "__fish_jobctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and not __fish_seen_subcommand_from grant revoke list help" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and not __fish_seen_subcommand_from grant revoke list help" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and not __fish_seen_subcommand_from grant revoke list help" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and not __fish_seen_subcommand_from grant revoke list help" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and not __fish_seen_subcommand_from grant revoke list help" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and not __fish_seen_subcommand_from grant revoke list help" -f -a "grant" -d 'Grant permissions to user:NAME or group:NAME'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and not __fish_seen_subcommand_from grant revoke list help" -f -a "revoke" -d 'Revoke permissions'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and not __fish_seen_subcommand_from grant revoke list help" -f -a "list" -d 'List grants, of everyone or of one principal'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and not __fish_seen_subcommand_from grant revoke list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from grant" -l job -d 'Only for jobs whose name matches this glob' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from grant" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from grant" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from grant" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from revoke" -l job -d 'Only for jobs whose name matches this glob' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from revoke" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from revoke" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from revoke" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from list" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Grant permissions to user:NAME or group:NAME'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke permissions'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from help" -f -a "list" -d 'List grants, of everyone or of one principal'
complete -c jobctl -n "__fish_jobctl_using_subcommand perms; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and not __fish_seen_subcommand_from add import list show enable disable remove help" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and not __fish_seen_subcommand_from add import list show enable disable remove help" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and not __fish_seen_subcommand_from add import list show enable disable remove help" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and not __fish_seen_subcommand_from add import list show enable disable remove help" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and not __fish_seen_subcommand_from add import list show enable disable remove help" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and not __fish_seen_subcommand_from add import list show enable disable remove help" -f -a "add" -d 'Register a job (admins only)'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and not __fish_seen_subcommand_from add import list show enable disable remove help" -f -a "import" -d 'Create or update jobs from a TOML or JSON file (upsert by name; admins only)'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and not __fish_seen_subcommand_from add import list show enable disable remove help" -f -a "list" -d 'List jobs'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and not __fish_seen_subcommand_from add import list show enable disable remove help" -f -a "show" -d 'Show one job'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and not __fish_seen_subcommand_from add import list show enable disable remove help" -f -a "enable" -d 'Enable a job'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and not __fish_seen_subcommand_from add import list show enable disable remove help" -f -a "disable" -d 'Disable a job: it cannot be run or scheduled, and its schedules do not run (enabling it resumes them from now)'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and not __fish_seen_subcommand_from add import list show enable disable remove help" -f -a "remove" -d 'Remove a job (refused while schedules use it, unless --force)'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and not __fish_seen_subcommand_from add import list show enable disable remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l command -d 'The command, run as `<shell> -c <command>`' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l grouping -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l description -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l shell -d 'The shell that runs the command' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l env -d 'Extra environment variable for the job (repeatable)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l stdin -d 'Text fed to the command\'s standard input' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l run-as -d 'Run as this OS account (run-due must run as root)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l var -d 'Optional variable: NAME:TYPE[=DEFAULT] (string, integer, boolean, choice)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l required-var -d 'Required variable: NAME:TYPE' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l sensitive-var -d 'Required, sensitive string variable (never stored)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l choices -d 'Choices of a choice variable: NAME=a,b,c' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l soft-time-limit -d 'Seconds before SIGTERM (0 = none)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l time-limit -d 'Seconds before SIGKILL (0 = none)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l singleton -d 'At most one run of this job at a time: an occurrence that comes due while a run is in progress, or together with another occurrence of it in the same run-due pass, is recorded `skipped` and not run (a skipped one-off is then completed); `jobctl run` refuses (exit 5)'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l sensitive -d 'The job may handle secrets (only immediate runs without approval)'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l no-sensitive -d 'The job handles no secrets (refused when a sensitive variable is declared)'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l disabled -d 'Register the job disabled'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from import" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from import" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from import" -l force -d 'Change jobs whose scheduled jobs are pending approval or approved: cancel those requests (their requesters must request again)'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from import" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l grouping -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from enable" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from enable" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from enable" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from disable" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from disable" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from disable" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from remove" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from remove" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from remove" -l force -d 'Also delete the scheduled jobs (and their approvals) that use it'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register a job (admins only)'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create or update jobs from a TOML or JSON file (upsert by name; admins only)'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "list" -d 'List jobs'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one job'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable a job'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable a job: it cannot be run or scheduled, and its schedules do not run (enabling it resumes them from now)'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a job (refused while schedules use it, unless --force)'
complete -c jobctl -n "__fish_jobctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand run" -l var -d 'A variable value: KEY=VALUE (repeatable)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand run" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand run" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand run" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand run" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand run" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedule" -l interval -d 'immediately, future, hourly, daily, weekly or custom' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedule" -l name -d 'A unique name (required except for immediately)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedule" -l start-time -d 'RFC 3339 (2030-01-01T01:00:00Z) or local `YYYY-MM-DD HH:MM[:SS]` in the zone' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedule" -l crontab -d 'Crontab expression for --interval custom' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedule" -l tz -d 'IANA time zone [default: $JOBCTL_TZ, else the system zone, else UTC]' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedule" -l var -d 'A variable value: KEY=VALUE (repeatable)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedule" -l description -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedule" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand schedule" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedule" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedule" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedule" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and not __fish_seen_subcommand_from list show next disable enable delete help" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and not __fish_seen_subcommand_from list show next disable enable delete help" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and not __fish_seen_subcommand_from list show next disable enable delete help" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and not __fish_seen_subcommand_from list show next disable enable delete help" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and not __fish_seen_subcommand_from list show next disable enable delete help" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and not __fish_seen_subcommand_from list show next disable enable delete help" -f -a "list" -d 'List scheduled jobs'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and not __fish_seen_subcommand_from list show next disable enable delete help" -f -a "show" -d 'Show one scheduled job with its approval workflow'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and not __fish_seen_subcommand_from list show next disable enable delete help" -f -a "next" -d 'The next run times, local and UTC'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and not __fish_seen_subcommand_from list show next disable enable delete help" -f -a "disable" -d 'Stop a scheduled job from running (it keeps its approval state)'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and not __fish_seen_subcommand_from list show next disable enable delete help" -f -a "enable" -d 'Let a disabled scheduled job run again (never bypasses approval)'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and not __fish_seen_subcommand_from list show next disable enable delete help" -f -a "delete" -d 'Delete a scheduled job and its approval workflow'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and not __fish_seen_subcommand_from list show next disable enable delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from list" -l state -d 'active, pending, denied, canceled, completed or disabled' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from list" -l job -d 'Only scheduled jobs of this job' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from list" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from show" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from next" -s n -d 'How many' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from next" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from next" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from next" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from next" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from next" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from disable" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from disable" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from disable" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from enable" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from enable" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from enable" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from delete" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from delete" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from delete" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from help" -f -a "list" -d 'List scheduled jobs'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one scheduled job with its approval workflow'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from help" -f -a "next" -d 'The next run times, local and UTC'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Stop a scheduled job from running (it keeps its approval state)'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Let a disabled scheduled job run again (never bypasses approval)'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a scheduled job and its approval workflow'
complete -c jobctl -n "__fish_jobctl_using_subcommand schedules; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand import-crontab" -l tz -d 'Zone of entries without CRON_TZ/TZ [default: $JOBCTL_TZ, else the system zone, else UTC]' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand import-crontab" -l prefix -d 'Job-name prefix [default: the file\'s base name]' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand import-crontab" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand import-crontab" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand import-crontab" -l system -d 'System format (/etc/crontab, /etc/cron.d/*): a user name follows the five time fields'
complete -c jobctl -n "__fish_jobctl_using_subcommand import-crontab" -l dry-run -d 'Show what would be imported, change nothing'
complete -c jobctl -n "__fish_jobctl_using_subcommand import-crontab" -l prune -d 'Remove jobs (and their schedules) imported earlier with this prefix whose entries left the file'
complete -c jobctl -n "__fish_jobctl_using_subcommand import-crontab" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand import-crontab" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand import-crontab" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and not __fish_seen_subcommand_from next explain help" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and not __fish_seen_subcommand_from next explain help" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and not __fish_seen_subcommand_from next explain help" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and not __fish_seen_subcommand_from next explain help" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and not __fish_seen_subcommand_from next explain help" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and not __fish_seen_subcommand_from next explain help" -f -a "next" -d 'The next run times of a crontab expression'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and not __fish_seen_subcommand_from next explain help" -f -a "explain" -d 'Explain a crontab expression in plain English, with warnings'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and not __fish_seen_subcommand_from next explain help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from next" -l tz -d 'IANA time zone [default: $JOBCTL_TZ, else the system zone, else UTC]' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from next" -l after -d 'Start after this time (RFC 3339 or local `YYYY-MM-DD HH:MM`) [default: now]' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from next" -s n -d 'How many' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from next" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from next" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from next" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from next" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from next" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from explain" -l tz -d 'Zone for DST warnings [default: $JOBCTL_TZ, else the system zone, else UTC]' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from explain" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from explain" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from explain" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from explain" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from explain" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from help" -f -a "next" -d 'The next run times of a crontab expression'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from help" -f -a "explain" -d 'Explain a crontab expression in plain English, with warnings'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and not __fish_seen_subcommand_from add add-stage list show remove help" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and not __fish_seen_subcommand_from add add-stage list show remove help" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and not __fish_seen_subcommand_from add add-stage list show remove help" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and not __fish_seen_subcommand_from add add-stage list show remove help" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and not __fish_seen_subcommand_from add add-stage list show remove help" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and not __fish_seen_subcommand_from add add-stage list show remove help" -f -a "add" -d 'Add a workflow definition'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and not __fish_seen_subcommand_from add add-stage list show remove help" -f -a "add-stage" -d 'Add a stage to a workflow definition'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and not __fish_seen_subcommand_from add add-stage list show remove help" -f -a "list" -d 'List workflow definitions (highest weight first)'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and not __fish_seen_subcommand_from add add-stage list show remove help" -f -a "show" -d 'Show one workflow definition'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and not __fish_seen_subcommand_from add add-stage list show remove help" -f -a "remove" -d 'Remove a workflow definition (running workflows keep their stages)'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and not __fish_seen_subcommand_from add add-stage list show remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add" -l job -d 'Job-name glob this workflow applies to (repeatable; none = every job)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add" -l grouping -d 'Only jobs with this grouping' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add" -l weight -d 'Unique; the matching definition with the highest weight applies [default: 10 above the highest]' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add-stage" -l name -r
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add-stage" -l sequence -r
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add-stage" -l min-approvers -r
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add-stage" -l group -d 'The approver group' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add-stage" -l denial-message -d 'Shown to the requester when this stage denies' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add-stage" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add-stage" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add-stage" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add-stage" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from add-stage" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from list" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from show" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from remove" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from remove" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a workflow definition'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from help" -f -a "add-stage" -d 'Add a stage to a workflow definition'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from help" -f -a "list" -d 'List workflow definitions (highest weight first)'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one workflow definition'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a workflow definition (running workflows keep their stages)'
complete -c jobctl -n "__fish_jobctl_using_subcommand workflows; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and not __fish_seen_subcommand_from pending done list requests show cancel help" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and not __fish_seen_subcommand_from pending done list requests show cancel help" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and not __fish_seen_subcommand_from pending done list requests show cancel help" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and not __fish_seen_subcommand_from pending done list requests show cancel help" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and not __fish_seen_subcommand_from pending done list requests show cancel help" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and not __fish_seen_subcommand_from pending done list requests show cancel help" -f -a "pending" -d 'Stages waiting for MY approval'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and not __fish_seen_subcommand_from pending done list requests show cancel help" -f -a "done" -d 'Stages I approved or denied'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and not __fish_seen_subcommand_from pending done list requests show cancel help" -f -a "list" -d 'Every stage I may view (the approval dashboard)'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and not __fish_seen_subcommand_from pending done list requests show cancel help" -f -a "requests" -d 'Workflows I requested'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and not __fish_seen_subcommand_from pending done list requests show cancel help" -f -a "show" -d 'One stage with its responses'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and not __fish_seen_subcommand_from pending done list requests show cancel help" -f -a "cancel" -d 'Cancel a pending workflow (its requester or an admin)'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and not __fish_seen_subcommand_from pending done list requests show cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from pending" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from pending" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from pending" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from pending" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from pending" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from done" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from done" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from done" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from done" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from list" -l state -d 'pending, approved, denied or canceled' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from list" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from requests" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from requests" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from requests" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from requests" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from requests" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from show" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from cancel" -l comment -r
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from cancel" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from cancel" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from cancel" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from help" -f -a "pending" -d 'Stages waiting for MY approval'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from help" -f -a "done" -d 'Stages I approved or denied'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every stage I may view (the approval dashboard)'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from help" -f -a "requests" -d 'Workflows I requested'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from help" -f -a "show" -d 'One stage with its responses'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a pending workflow (its requester or an admin)'
complete -c jobctl -n "__fish_jobctl_using_subcommand approvals; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand approve" -l comment -r
complete -c jobctl -n "__fish_jobctl_using_subcommand approve" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand approve" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand approve" -s y -l yes -d 'Answer yes to the past-due confirmation'
complete -c jobctl -n "__fish_jobctl_using_subcommand approve" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand approve" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand approve" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand deny" -l comment -r
complete -c jobctl -n "__fish_jobctl_using_subcommand deny" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand deny" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand deny" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand deny" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand deny" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand comment" -l comment -r
complete -c jobctl -n "__fish_jobctl_using_subcommand comment" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand comment" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand comment" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand comment" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand comment" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand run-due" -l max-parallel -d 'How many jobs may run at once' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand run-due" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand run-due" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand run-due" -l dry-run -d 'Show what would be claimed, without claiming or running anything'
complete -c jobctl -n "__fish_jobctl_using_subcommand run-due" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand run-due" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand run-due" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron-line" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand cron-line" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand cron-line" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron-line" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand cron-line" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and not __fish_seen_subcommand_from list show help" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and not __fish_seen_subcommand_from list show help" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and not __fish_seen_subcommand_from list show help" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and not __fish_seen_subcommand_from list show help" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'Results, newest first'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'One result with its output'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from list" -l job -r
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from list" -l schedule -d 'Only runs of this scheduled job' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from list" -l status -d 'pending, running, success, failure, interrupted or skipped' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from list" -l limit -r
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from list" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from show" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from help" -f -a "list" -d 'Results, newest first'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from help" -f -a "show" -d 'One result with its output'
complete -c jobctl -n "__fish_jobctl_using_subcommand results; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List audit entries, newest first (admins see every entry; others only their own)'
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Only entries by this jobctl user' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'Only this action (e.g. stage.approve, schedule.create)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l object -d 'Only this object (e.g. stage:12, job:backup)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'At most this many entries (at least 1)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit entries, newest first (admins see every entry; others only their own)'
complete -c jobctl -n "__fish_jobctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand completions" -l db -d 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]' -r -F
complete -c jobctl -n "__fish_jobctl_using_subcommand completions" -l user -d 'Act as another jobctl user (root and jobctl admins only)' -r
complete -c jobctl -n "__fish_jobctl_using_subcommand completions" -l json -d 'Print one JSON document instead of a table'
complete -c jobctl -n "__fish_jobctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c jobctl -n "__fish_jobctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "init" -d 'Create or migrate the database and name its first admin'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "users" -d 'Manage jobctl users (admins only)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "groups" -d 'Manage groups of users (admins only)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "perms" -d 'Grant, revoke and list permissions (admins only)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "jobs" -d 'Register and manage jobs (commands to run)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "run" -d 'Run a job now (in the foreground, or pending approval when a workflow applies)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "schedule" -d 'Schedule a job: immediately, once in the future, hourly, daily, weekly or on a crontab'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "schedules" -d 'List, show, enable, disable and delete scheduled jobs'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "import-crontab" -d 'Import a crontab(5) file as jobs with custom schedules (admins only)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "cron" -d 'Crontab expressions: next run times and plain-English explanations'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "workflows" -d 'Approval workflow definitions (admins only to change)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "approvals" -d 'Approval dashboards: pending, done, list, requests, show, cancel'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "approve" -d 'Approve the active stage of a pending approval workflow'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "deny" -d 'Deny a stage: denies the whole workflow, and the job never runs'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "comment" -d 'Comment on a stage without changing its state'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "run-due" -d 'Run every approved, due occurrence exactly once (run this from cron every minute)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "cron-line" -d 'Print the crontab line that runs `jobctl run-due` every minute, with absolute paths'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "results" -d 'Results of job runs'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "audit" -d 'The append-only audit log'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and not __fish_seen_subcommand_from init users groups perms jobs run schedule schedules import-crontab cron workflows approvals approve deny comment run-due cron-line results audit completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "add" -d 'Add a user'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List users'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "remove" -d 'Remove a user (its history stays)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "add" -d 'Add a group'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "add-member" -d 'Add a user to a group'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "remove-member" -d 'Remove a user from a group'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "list" -d 'List groups and their members'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from perms" -f -a "grant" -d 'Grant permissions to user:NAME or group:NAME'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from perms" -f -a "revoke" -d 'Revoke permissions'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from perms" -f -a "list" -d 'List grants, of everyone or of one principal'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "add" -d 'Register a job (admins only)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "import" -d 'Create or update jobs from a TOML or JSON file (upsert by name; admins only)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "list" -d 'List jobs'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "show" -d 'Show one job'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "enable" -d 'Enable a job'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "disable" -d 'Disable a job: it cannot be run or scheduled, and its schedules do not run (enabling it resumes them from now)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "remove" -d 'Remove a job (refused while schedules use it, unless --force)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from schedules" -f -a "list" -d 'List scheduled jobs'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from schedules" -f -a "show" -d 'Show one scheduled job with its approval workflow'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from schedules" -f -a "next" -d 'The next run times, local and UTC'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from schedules" -f -a "disable" -d 'Stop a scheduled job from running (it keeps its approval state)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from schedules" -f -a "enable" -d 'Let a disabled scheduled job run again (never bypasses approval)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from schedules" -f -a "delete" -d 'Delete a scheduled job and its approval workflow'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from cron" -f -a "next" -d 'The next run times of a crontab expression'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from cron" -f -a "explain" -d 'Explain a crontab expression in plain English, with warnings'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from workflows" -f -a "add" -d 'Add a workflow definition'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from workflows" -f -a "add-stage" -d 'Add a stage to a workflow definition'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from workflows" -f -a "list" -d 'List workflow definitions (highest weight first)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from workflows" -f -a "show" -d 'Show one workflow definition'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from workflows" -f -a "remove" -d 'Remove a workflow definition (running workflows keep their stages)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from approvals" -f -a "pending" -d 'Stages waiting for MY approval'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from approvals" -f -a "done" -d 'Stages I approved or denied'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from approvals" -f -a "list" -d 'Every stage I may view (the approval dashboard)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from approvals" -f -a "requests" -d 'Workflows I requested'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from approvals" -f -a "show" -d 'One stage with its responses'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from approvals" -f -a "cancel" -d 'Cancel a pending workflow (its requester or an admin)'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from results" -f -a "list" -d 'Results, newest first'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from results" -f -a "show" -d 'One result with its output'
complete -c jobctl -n "__fish_jobctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit entries, newest first (admins see every entry; others only their own)'
