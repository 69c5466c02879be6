
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'jobctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'jobctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'jobctl' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or migrate the database and name its first admin')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Manage jobctl users (admins only)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Manage groups of users (admins only)')
            [CompletionResult]::new('perms', 'perms', [CompletionResultType]::ParameterValue, 'Grant, revoke and list permissions (admins only)')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Register and manage jobs (commands to run)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a job now (in the foreground, or pending approval when a workflow applies)')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule a job: immediately, once in the future, hourly, daily, weekly or on a crontab')
            [CompletionResult]::new('schedules', 'schedules', [CompletionResultType]::ParameterValue, 'List, show, enable, disable and delete scheduled jobs')
            [CompletionResult]::new('import-crontab', 'import-crontab', [CompletionResultType]::ParameterValue, 'Import a crontab(5) file as jobs with custom schedules (admins only)')
            [CompletionResult]::new('cron', 'cron', [CompletionResultType]::ParameterValue, 'Crontab expressions: next run times and plain-English explanations')
            [CompletionResult]::new('workflows', 'workflows', [CompletionResultType]::ParameterValue, 'Approval workflow definitions (admins only to change)')
            [CompletionResult]::new('approvals', 'approvals', [CompletionResultType]::ParameterValue, 'Approval dashboards: pending, done, list, requests, show, cancel')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve the active stage of a pending approval workflow')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Deny a stage: denies the whole workflow, and the job never runs')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Comment on a stage without changing its state')
            [CompletionResult]::new('run-due', 'run-due', [CompletionResultType]::ParameterValue, 'Run every approved, due occurrence exactly once (run this from cron every minute)')
            [CompletionResult]::new('cron-line', 'cron-line', [CompletionResultType]::ParameterValue, 'Print the crontab line that runs `jobctl run-due` every minute, with absolute paths')
            [CompletionResult]::new('results', 'results', [CompletionResultType]::ParameterValue, 'Results of job runs')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The append-only audit log')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;init' {
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Make this user the first admin (default: the invoking account)')
            [CompletionResult]::new('--shared-group', '--shared-group', [CompletionResultType]::ParameterName, 'Share the database with the OS accounts of this group (mode 0660, setgid folder)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;users' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user (its history stays)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;users;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Make the user a jobctl admin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;users;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;users;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;users;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user (its history stays)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;users;help;add' {
            break
        }
        'jobctl;users;help;list' {
            break
        }
        'jobctl;users;help;remove' {
            break
        }
        'jobctl;users;help;help' {
            break
        }
        'jobctl;groups' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a group')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add a user to a group')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove a user from a group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups and their members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;groups;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;groups;add-member' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;groups;remove-member' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;groups;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;groups;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a group')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add a user to a group')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove a user from a group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups and their members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;groups;help;add' {
            break
        }
        'jobctl;groups;help;add-member' {
            break
        }
        'jobctl;groups;help;remove-member' {
            break
        }
        'jobctl;groups;help;list' {
            break
        }
        'jobctl;groups;help;help' {
            break
        }
        'jobctl;perms' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant permissions to user:NAME or group:NAME')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants, of everyone or of one principal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;perms;grant' {
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Only for jobs whose name matches this glob')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;perms;revoke' {
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Only for jobs whose name matches this glob')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;perms;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;perms;help' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant permissions to user:NAME or group:NAME')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants, of everyone or of one principal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;perms;help;grant' {
            break
        }
        'jobctl;perms;help;revoke' {
            break
        }
        'jobctl;perms;help;list' {
            break
        }
        'jobctl;perms;help;help' {
            break
        }
        'jobctl;jobs' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a job (admins only)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update jobs from a TOML or JSON file (upsert by name; admins only)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List jobs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one job')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a job')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a job: it cannot be run or scheduled, and its schedules do not run (enabling it resumes them from now)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a job (refused while schedules use it, unless --force)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;jobs;add' {
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'The command, run as `<shell> -c <command>`')
            [CompletionResult]::new('--grouping', '--grouping', [CompletionResultType]::ParameterName, 'grouping')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--shell', '--shell', [CompletionResultType]::ParameterName, 'The shell that runs the command')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Extra environment variable for the job (repeatable)')
            [CompletionResult]::new('--stdin', '--stdin', [CompletionResultType]::ParameterName, 'Text fed to the command''s standard input')
            [CompletionResult]::new('--run-as', '--run-as', [CompletionResultType]::ParameterName, 'Run as this OS account (run-due must run as root)')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Optional variable: NAME:TYPE[=DEFAULT] (string, integer, boolean, choice)')
            [CompletionResult]::new('--required-var', '--required-var', [CompletionResultType]::ParameterName, 'Required variable: NAME:TYPE')
            [CompletionResult]::new('--sensitive-var', '--sensitive-var', [CompletionResultType]::ParameterName, 'Required, sensitive string variable (never stored)')
            [CompletionResult]::new('--choices', '--choices', [CompletionResultType]::ParameterName, 'Choices of a choice variable: NAME=a,b,c')
            [CompletionResult]::new('--soft-time-limit', '--soft-time-limit', [CompletionResultType]::ParameterName, 'Seconds before SIGTERM (0 = none)')
            [CompletionResult]::new('--time-limit', '--time-limit', [CompletionResultType]::ParameterName, 'Seconds before SIGKILL (0 = none)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--singleton', '--singleton', [CompletionResultType]::ParameterName, 'At most one run of this job at a time: an occurrence that comes due while a run is in progress, or together with another occurrence of it in the same run-due pass, is recorded `skipped` and not run (a skipped one-off is then completed); `jobctl run` refuses (exit 5)')
            [CompletionResult]::new('--sensitive', '--sensitive', [CompletionResultType]::ParameterName, 'The job may handle secrets (only immediate runs without approval)')
            [CompletionResult]::new('--no-sensitive', '--no-sensitive', [CompletionResultType]::ParameterName, 'The job handles no secrets (refused when a sensitive variable is declared)')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Register the job disabled')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;jobs;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Change jobs whose scheduled jobs are pending approval or approved: cancel those requests (their requesters must request again)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;jobs;list' {
            [CompletionResult]::new('--grouping', '--grouping', [CompletionResultType]::ParameterName, 'grouping')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;jobs;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;jobs;enable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;jobs;disable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;jobs;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Also delete the scheduled jobs (and their approvals) that use it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;jobs;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a job (admins only)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update jobs from a TOML or JSON file (upsert by name; admins only)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List jobs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one job')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a job')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a job: it cannot be run or scheduled, and its schedules do not run (enabling it resumes them from now)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a job (refused while schedules use it, unless --force)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;jobs;help;add' {
            break
        }
        'jobctl;jobs;help;import' {
            break
        }
        'jobctl;jobs;help;list' {
            break
        }
        'jobctl;jobs;help;show' {
            break
        }
        'jobctl;jobs;help;enable' {
            break
        }
        'jobctl;jobs;help;disable' {
            break
        }
        'jobctl;jobs;help;remove' {
            break
        }
        'jobctl;jobs;help;help' {
            break
        }
        'jobctl;run' {
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'A variable value: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;schedule' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'immediately, future, hourly, daily, weekly or custom')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A unique name (required except for immediately)')
            [CompletionResult]::new('--start-time', '--start-time', [CompletionResultType]::ParameterName, 'RFC 3339 (2030-01-01T01:00:00Z) or local `YYYY-MM-DD HH:MM[:SS]` in the zone')
            [CompletionResult]::new('--crontab', '--crontab', [CompletionResultType]::ParameterName, 'Crontab expression for --interval custom')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'IANA time zone [default: $JOBCTL_TZ, else the system zone, else UTC]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'A variable value: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;schedules' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scheduled jobs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one scheduled job with its approval workflow')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The next run times, local and UTC')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop a scheduled job from running (it keeps its approval state)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let a disabled scheduled job run again (never bypasses approval)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a scheduled job and its approval workflow')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;schedules;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'active, pending, denied, canceled, completed or disabled')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Only scheduled jobs of this job')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;schedules;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;schedules;next' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;schedules;disable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;schedules;enable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;schedules;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;schedules;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scheduled jobs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one scheduled job with its approval workflow')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The next run times, local and UTC')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop a scheduled job from running (it keeps its approval state)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let a disabled scheduled job run again (never bypasses approval)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a scheduled job and its approval workflow')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;schedules;help;list' {
            break
        }
        'jobctl;schedules;help;show' {
            break
        }
        'jobctl;schedules;help;next' {
            break
        }
        'jobctl;schedules;help;disable' {
            break
        }
        'jobctl;schedules;help;enable' {
            break
        }
        'jobctl;schedules;help;delete' {
            break
        }
        'jobctl;schedules;help;help' {
            break
        }
        'jobctl;import-crontab' {
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Zone of entries without CRON_TZ/TZ [default: $JOBCTL_TZ, else the system zone, else UTC]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Job-name prefix [default: the file''s base name]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'System format (/etc/crontab, /etc/cron.d/*): a user name follows the five time fields')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be imported, change nothing')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Remove jobs (and their schedules) imported earlier with this prefix whose entries left the file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;cron' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The next run times of a crontab expression')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a crontab expression in plain English, with warnings')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;cron;next' {
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'IANA time zone [default: $JOBCTL_TZ, else the system zone, else UTC]')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this time (RFC 3339 or local `YYYY-MM-DD HH:MM`) [default: now]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;cron;explain' {
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Zone for DST warnings [default: $JOBCTL_TZ, else the system zone, else UTC]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;cron;help' {
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The next run times of a crontab expression')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a crontab expression in plain English, with warnings')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;cron;help;next' {
            break
        }
        'jobctl;cron;help;explain' {
            break
        }
        'jobctl;cron;help;help' {
            break
        }
        'jobctl;workflows' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a workflow definition')
            [CompletionResult]::new('add-stage', 'add-stage', [CompletionResultType]::ParameterValue, 'Add a stage to a workflow definition')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workflow definitions (highest weight first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one workflow definition')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a workflow definition (running workflows keep their stages)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;workflows;add' {
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Job-name glob this workflow applies to (repeatable; none = every job)')
            [CompletionResult]::new('--grouping', '--grouping', [CompletionResultType]::ParameterName, 'Only jobs with this grouping')
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'Unique; the matching definition with the highest weight applies [default: 10 above the highest]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;workflows;add-stage' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--sequence', '--sequence', [CompletionResultType]::ParameterName, 'sequence')
            [CompletionResult]::new('--min-approvers', '--min-approvers', [CompletionResultType]::ParameterName, 'min-approvers')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The approver group')
            [CompletionResult]::new('--denial-message', '--denial-message', [CompletionResultType]::ParameterName, 'Shown to the requester when this stage denies')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;workflows;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;workflows;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;workflows;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;workflows;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a workflow definition')
            [CompletionResult]::new('add-stage', 'add-stage', [CompletionResultType]::ParameterValue, 'Add a stage to a workflow definition')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workflow definitions (highest weight first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one workflow definition')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a workflow definition (running workflows keep their stages)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;workflows;help;add' {
            break
        }
        'jobctl;workflows;help;add-stage' {
            break
        }
        'jobctl;workflows;help;list' {
            break
        }
        'jobctl;workflows;help;show' {
            break
        }
        'jobctl;workflows;help;remove' {
            break
        }
        'jobctl;workflows;help;help' {
            break
        }
        'jobctl;approvals' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Stages waiting for MY approval')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Stages I approved or denied')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every stage I may view (the approval dashboard)')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'Workflows I requested')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One stage with its responses')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending workflow (its requester or an admin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;approvals;pending' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;approvals;done' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;approvals;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'pending, approved, denied or canceled')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;approvals;requests' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;approvals;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;approvals;cancel' {
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'comment')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;approvals;help' {
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Stages waiting for MY approval')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Stages I approved or denied')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every stage I may view (the approval dashboard)')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'Workflows I requested')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One stage with its responses')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending workflow (its requester or an admin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;approvals;help;pending' {
            break
        }
        'jobctl;approvals;help;done' {
            break
        }
        'jobctl;approvals;help;list' {
            break
        }
        'jobctl;approvals;help;requests' {
            break
        }
        'jobctl;approvals;help;show' {
            break
        }
        'jobctl;approvals;help;cancel' {
            break
        }
        'jobctl;approvals;help;help' {
            break
        }
        'jobctl;approve' {
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'comment')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to the past-due confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to the past-due confirmation')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;deny' {
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'comment')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;comment' {
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'comment')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;run-due' {
            [CompletionResult]::new('--max-parallel', '--max-parallel', [CompletionResultType]::ParameterName, 'How many jobs may run at once')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be claimed, without claiming or running anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;cron-line' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;results' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Results, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One result with its output')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;results;list' {
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'job')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'Only runs of this scheduled job')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'pending, running, success, failure, interrupted or skipped')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'limit')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;results;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;results;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Results, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One result with its output')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;results;help;list' {
            break
        }
        'jobctl;results;help;show' {
            break
        }
        'jobctl;results;help;help' {
            break
        }
        'jobctl;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first (admins see every entry; others only their own)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;audit;list' {
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only entries by this jobctl user')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action (e.g. stage.approve, schedule.create)')
            [CompletionResult]::new('--object', '--object', [CompletionResultType]::ParameterName, 'Only this object (e.g. stage:12, job:backup)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many entries (at least 1)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first (admins see every entry; others only their own)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;audit;help;list' {
            break
        }
        'jobctl;audit;help;help' {
            break
        }
        'jobctl;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: $JOBCTL_DB, else <data dir>/jobctl/jobctl.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as another jobctl user (root and jobctl admins only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jobctl;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or migrate the database and name its first admin')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Manage jobctl users (admins only)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Manage groups of users (admins only)')
            [CompletionResult]::new('perms', 'perms', [CompletionResultType]::ParameterValue, 'Grant, revoke and list permissions (admins only)')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Register and manage jobs (commands to run)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a job now (in the foreground, or pending approval when a workflow applies)')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule a job: immediately, once in the future, hourly, daily, weekly or on a crontab')
            [CompletionResult]::new('schedules', 'schedules', [CompletionResultType]::ParameterValue, 'List, show, enable, disable and delete scheduled jobs')
            [CompletionResult]::new('import-crontab', 'import-crontab', [CompletionResultType]::ParameterValue, 'Import a crontab(5) file as jobs with custom schedules (admins only)')
            [CompletionResult]::new('cron', 'cron', [CompletionResultType]::ParameterValue, 'Crontab expressions: next run times and plain-English explanations')
            [CompletionResult]::new('workflows', 'workflows', [CompletionResultType]::ParameterValue, 'Approval workflow definitions (admins only to change)')
            [CompletionResult]::new('approvals', 'approvals', [CompletionResultType]::ParameterValue, 'Approval dashboards: pending, done, list, requests, show, cancel')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve the active stage of a pending approval workflow')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Deny a stage: denies the whole workflow, and the job never runs')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Comment on a stage without changing its state')
            [CompletionResult]::new('run-due', 'run-due', [CompletionResultType]::ParameterValue, 'Run every approved, due occurrence exactly once (run this from cron every minute)')
            [CompletionResult]::new('cron-line', 'cron-line', [CompletionResultType]::ParameterValue, 'Print the crontab line that runs `jobctl run-due` every minute, with absolute paths')
            [CompletionResult]::new('results', 'results', [CompletionResultType]::ParameterValue, 'Results of job runs')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The append-only audit log')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jobctl;help;init' {
            break
        }
        'jobctl;help;users' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user (its history stays)')
            break
        }
        'jobctl;help;users;add' {
            break
        }
        'jobctl;help;users;list' {
            break
        }
        'jobctl;help;users;remove' {
            break
        }
        'jobctl;help;groups' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a group')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add a user to a group')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove a user from a group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups and their members')
            break
        }
        'jobctl;help;groups;add' {
            break
        }
        'jobctl;help;groups;add-member' {
            break
        }
        'jobctl;help;groups;remove-member' {
            break
        }
        'jobctl;help;groups;list' {
            break
        }
        'jobctl;help;perms' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant permissions to user:NAME or group:NAME')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants, of everyone or of one principal')
            break
        }
        'jobctl;help;perms;grant' {
            break
        }
        'jobctl;help;perms;revoke' {
            break
        }
        'jobctl;help;perms;list' {
            break
        }
        'jobctl;help;jobs' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a job (admins only)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update jobs from a TOML or JSON file (upsert by name; admins only)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List jobs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one job')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a job')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a job: it cannot be run or scheduled, and its schedules do not run (enabling it resumes them from now)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a job (refused while schedules use it, unless --force)')
            break
        }
        'jobctl;help;jobs;add' {
            break
        }
        'jobctl;help;jobs;import' {
            break
        }
        'jobctl;help;jobs;list' {
            break
        }
        'jobctl;help;jobs;show' {
            break
        }
        'jobctl;help;jobs;enable' {
            break
        }
        'jobctl;help;jobs;disable' {
            break
        }
        'jobctl;help;jobs;remove' {
            break
        }
        'jobctl;help;run' {
            break
        }
        'jobctl;help;schedule' {
            break
        }
        'jobctl;help;schedules' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scheduled jobs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one scheduled job with its approval workflow')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The next run times, local and UTC')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop a scheduled job from running (it keeps its approval state)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let a disabled scheduled job run again (never bypasses approval)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a scheduled job and its approval workflow')
            break
        }
        'jobctl;help;schedules;list' {
            break
        }
        'jobctl;help;schedules;show' {
            break
        }
        'jobctl;help;schedules;next' {
            break
        }
        'jobctl;help;schedules;disable' {
            break
        }
        'jobctl;help;schedules;enable' {
            break
        }
        'jobctl;help;schedules;delete' {
            break
        }
        'jobctl;help;import-crontab' {
            break
        }
        'jobctl;help;cron' {
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The next run times of a crontab expression')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a crontab expression in plain English, with warnings')
            break
        }
        'jobctl;help;cron;next' {
            break
        }
        'jobctl;help;cron;explain' {
            break
        }
        'jobctl;help;workflows' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a workflow definition')
            [CompletionResult]::new('add-stage', 'add-stage', [CompletionResultType]::ParameterValue, 'Add a stage to a workflow definition')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workflow definitions (highest weight first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one workflow definition')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a workflow definition (running workflows keep their stages)')
            break
        }
        'jobctl;help;workflows;add' {
            break
        }
        'jobctl;help;workflows;add-stage' {
            break
        }
        'jobctl;help;workflows;list' {
            break
        }
        'jobctl;help;workflows;show' {
            break
        }
        'jobctl;help;workflows;remove' {
            break
        }
        'jobctl;help;approvals' {
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Stages waiting for MY approval')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Stages I approved or denied')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every stage I may view (the approval dashboard)')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'Workflows I requested')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One stage with its responses')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending workflow (its requester or an admin)')
            break
        }
        'jobctl;help;approvals;pending' {
            break
        }
        'jobctl;help;approvals;done' {
            break
        }
        'jobctl;help;approvals;list' {
            break
        }
        'jobctl;help;approvals;requests' {
            break
        }
        'jobctl;help;approvals;show' {
            break
        }
        'jobctl;help;approvals;cancel' {
            break
        }
        'jobctl;help;approve' {
            break
        }
        'jobctl;help;deny' {
            break
        }
        'jobctl;help;comment' {
            break
        }
        'jobctl;help;run-due' {
            break
        }
        'jobctl;help;cron-line' {
            break
        }
        'jobctl;help;results' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Results, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One result with its output')
            break
        }
        'jobctl;help;results;list' {
            break
        }
        'jobctl;help;results;show' {
            break
        }
        'jobctl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first (admins see every entry; others only their own)')
            break
        }
        'jobctl;help;audit;list' {
            break
        }
        'jobctl;help;completions' {
            break
        }
        'jobctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
