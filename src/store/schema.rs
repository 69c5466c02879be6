//! The database schema as an append-only list of migrations, keyed by `PRAGMA user_version`.
//!
//! Never edit a migration that has shipped: append a new one.

/// Migration `i` brings a database from `user_version = i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: the whole v1 schema. Times are Unix seconds (UTC); JSON columns hold JSON text.
    // Scheduled jobs, workflows and stages are AUTOINCREMENT: people and scripts act on them
    // by id (`schedules delete 8`, `approve 12`), so a deleted id must never come back.
    r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    is_admin   INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1,
    created    INTEGER NOT NULL
);

CREATE TABLE groups (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created    INTEGER NOT NULL
);

CREATE TABLE group_members (
    group_id   INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
) WITHOUT ROWID;
CREATE INDEX group_members_user ON group_members(user_id);

CREATE TABLE grants (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER REFERENCES users(id) ON DELETE CASCADE,
    group_id    INTEGER REFERENCES groups(id) ON DELETE CASCADE,
    permission  TEXT NOT NULL,
    job_glob    TEXT NOT NULL DEFAULT '',
    created     INTEGER NOT NULL,
    CHECK ((user_id IS NULL) <> (group_id IS NULL))
);
CREATE UNIQUE INDEX grants_unique
    ON grants(IFNULL(user_id, 0), IFNULL(group_id, 0), permission, job_glob);

CREATE TABLE jobs (
    id                      INTEGER PRIMARY KEY,
    name                    TEXT NOT NULL UNIQUE,
    grouping                TEXT NOT NULL DEFAULT '',
    description             TEXT NOT NULL DEFAULT '',
    command                 TEXT NOT NULL,
    shell                   TEXT NOT NULL DEFAULT '/bin/sh',
    env                     TEXT NOT NULL DEFAULT '{}',
    stdin                   TEXT,
    run_as                  TEXT,
    enabled                 INTEGER NOT NULL DEFAULT 1,
    has_sensitive_variables INTEGER NOT NULL DEFAULT 0,
    variables               TEXT NOT NULL DEFAULT '[]',
    soft_time_limit         INTEGER NOT NULL DEFAULT 0,
    time_limit              INTEGER NOT NULL DEFAULT 0,
    singleton               INTEGER NOT NULL DEFAULT 0,
    created                 INTEGER NOT NULL,
    updated                 INTEGER NOT NULL
);

CREATE TABLE scheduled_jobs (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    name              TEXT NOT NULL UNIQUE,
    job_id            INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    interval          TEXT NOT NULL,
    crontab           TEXT,
    start_time        INTEGER,
    time_zone         TEXT NOT NULL,
    variables         TEXT NOT NULL DEFAULT '{}',
    description       TEXT NOT NULL DEFAULT '',
    user_id           INTEGER NOT NULL REFERENCES users(id),
    state             TEXT NOT NULL,
    enabled           INTEGER NOT NULL DEFAULT 1,
    approval_required INTEGER NOT NULL DEFAULT 0,
    next_run          INTEGER,
    last_run_at       INTEGER,
    total_run_count   INTEGER NOT NULL DEFAULT 0,
    created           INTEGER NOT NULL
);
CREATE INDEX scheduled_jobs_due ON scheduled_jobs(next_run)
    WHERE state = 'active' AND enabled = 1 AND next_run IS NOT NULL;
CREATE INDEX scheduled_jobs_job ON scheduled_jobs(job_id);

CREATE TABLE workflow_definitions (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    job_globs TEXT NOT NULL DEFAULT '[]',
    grouping  TEXT,
    weight    INTEGER NOT NULL UNIQUE,
    created   INTEGER NOT NULL
);

CREATE TABLE stage_definitions (
    id             INTEGER PRIMARY KEY,
    definition_id  INTEGER NOT NULL REFERENCES workflow_definitions(id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    sequence       INTEGER NOT NULL,
    min_approvers  INTEGER NOT NULL CHECK (min_approvers >= 1),
    group_id       INTEGER NOT NULL REFERENCES groups(id),
    denial_message TEXT,
    UNIQUE (definition_id, name),
    UNIQUE (definition_id, sequence)
);

CREATE TABLE workflows (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    definition_id    INTEGER REFERENCES workflow_definitions(id) ON DELETE SET NULL,
    definition_name  TEXT NOT NULL,
    scheduled_job_id INTEGER NOT NULL UNIQUE REFERENCES scheduled_jobs(id) ON DELETE CASCADE,
    state            TEXT NOT NULL,
    requester_id     INTEGER NOT NULL REFERENCES users(id),
    created          INTEGER NOT NULL,
    decision_date    INTEGER
);
CREATE INDEX workflows_requester ON workflows(requester_id);

CREATE TABLE stages (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    workflow_id    INTEGER NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    sequence       INTEGER NOT NULL,
    state          TEXT NOT NULL,
    is_active      INTEGER NOT NULL DEFAULT 0,
    min_approvers  INTEGER NOT NULL,
    approver_group TEXT NOT NULL,
    denial_message TEXT,
    decision_date  INTEGER,
    UNIQUE (workflow_id, sequence)
);
CREATE INDEX stages_active_group ON stages(approver_group) WHERE is_active = 1;
CREATE INDEX stages_state ON stages(state);

CREATE TABLE responses (
    id       INTEGER PRIMARY KEY,
    stage_id INTEGER NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users(id),
    state    TEXT NOT NULL,
    comment  TEXT NOT NULL DEFAULT '',
    created  INTEGER NOT NULL
);
CREATE INDEX responses_stage ON responses(stage_id);
CREATE INDEX responses_user ON responses(user_id, state);
CREATE UNIQUE INDEX responses_one_decision ON responses(stage_id, user_id)
    WHERE state IN ('approved', 'denied');

CREATE TABLE results (
    id                  INTEGER PRIMARY KEY,
    job_id              INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
    job_name            TEXT NOT NULL,
    scheduled_job_id    INTEGER REFERENCES scheduled_jobs(id) ON DELETE SET NULL,
    user_id             INTEGER REFERENCES users(id),
    ran_as              TEXT,
    status              TEXT NOT NULL,
    exit_code           INTEGER,
    reason              TEXT,
    scheduled_for       INTEGER,
    date_created        INTEGER NOT NULL,
    date_started        INTEGER,
    date_done           INTEGER,
    duration_ms         INTEGER,
    output              BLOB,
    output_truncated    INTEGER NOT NULL DEFAULT 0,
    output_bytes        INTEGER NOT NULL DEFAULT 0,
    skipped_occurrences INTEGER NOT NULL DEFAULT 0,
    variables           TEXT NOT NULL DEFAULT '{}',
    claimed_by          TEXT
);
CREATE UNIQUE INDEX results_occurrence ON results(scheduled_job_id, scheduled_for)
    WHERE scheduled_job_id IS NOT NULL AND scheduled_for IS NOT NULL;
CREATE INDEX results_job ON results(job_name, id);
CREATE INDEX results_schedule ON results(scheduled_job_id, id);
CREATE INDEX results_unfinished ON results(status) WHERE status IN ('pending', 'running');

CREATE TABLE audit (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    actor   TEXT NOT NULL,
    os_user TEXT NOT NULL,
    action  TEXT NOT NULL,
    object  TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT '{}'
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"#,
    // 2: indexes the scale benchmark (issue 7) showed missing. `results list --status S`
    // walks `results_status` newest first (the partial `results_unfinished` only served
    // pending/running, and is subsumed); permission checks load only the acting user's
    // grants and their groups' (and deleting a user or group no longer scans `grants`).
    r#"
DROP INDEX results_unfinished;
CREATE INDEX results_status ON results(status, id);
CREATE INDEX grants_user ON grants(user_id);
CREATE INDEX grants_group ON grants(group_id);
"#,
    // 3: what an approval covers. A workflow records the fingerprint of its job's definition
    // (command, shell, env, stdin, run_as, variables) when it starts; run-due refuses to run
    // an approved schedule whose job no longer matches it. NULL for workflows started before.
    r#"
ALTER TABLE workflows ADD COLUMN job_fingerprint TEXT;
"#,
    // 4: which jobs `import-crontab` created, by prefix: `--prune` removes only those, never a
    // hand-made job that merely shares the grouping `crontab:PREFIX`. Jobs imported before
    // are recognized by the grouping and description the import gave them.
    r#"
CREATE TABLE crontab_imports (
    job_id  INTEGER PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,
    prefix  TEXT NOT NULL
);
CREATE INDEX crontab_imports_prefix ON crontab_imports(prefix);
INSERT INTO crontab_imports (job_id, prefix)
    SELECT id, substr(grouping, 9) FROM jobs
    WHERE grouping LIKE 'crontab:%' AND description LIKE 'imported from % line %';
"#,
];

/// The schema version this binary writes.
pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}
