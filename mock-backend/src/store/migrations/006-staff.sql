-- The staff workspace: accounts, their server-side sessions, failed sign-ins (for the per-minute
-- limit) and the audit of every change staff make. Instants are ISO 8601 UTC strings written by
-- the server from its clock, so they sort and compare as text.

-- department_id is a staff department (mock-backend/src/staff/departments.ts: the catalogue's
-- departments plus 'zwb'); admins have none. password_hash is a self-describing scrypt string
-- (mock-backend/src/staff/passwords.ts). version is the account's ETag.
CREATE TABLE staff_accounts (
  id              INTEGER PRIMARY KEY,
  user_name       TEXT    UNIQUE NOT NULL,
  display_name    TEXT    NOT NULL,
  role            TEXT    CHECK (role IN ('reviewer', 'supervisor', 'admin')),
  department_id   TEXT    NULL,
  password_hash   TEXT    NOT NULL,
  disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at      TEXT    NOT NULL,
  last_sign_in_at TEXT,
  CHECK ((role = 'admin') = (department_id IS NULL))
) STRICT;

-- One row per sign-in. Only a SHA-256 of the session id is kept, so a copy of the database holds
-- no cookie that would sign anyone in. A session ends when revoked (sign-out, password change,
-- account disabled, next sign-in from the same browser) or by time: idle after
-- SESSION_IDLE_MINUTES without a request, absolutely SESSION_ABSOLUTE_HOURS after created_at.
CREATE TABLE staff_sessions (
  id           INTEGER PRIMARY KEY,
  id_hash      TEXT    NOT NULL UNIQUE CHECK (length(id_hash) = 64),
  account_id   INTEGER NOT NULL REFERENCES staff_accounts (id),
  created_at   TEXT    NOT NULL,
  last_seen_at TEXT    NOT NULL,
  revoked_at   TEXT
) STRICT;

CREATE INDEX staff_sessions_by_account ON staff_sessions (account_id) WHERE revoked_at IS NULL;

-- Failed sign-ins of the last minute, per submitted user name and per client address; older rows
-- are deleted as new ones arrive. Kept here rather than in memory so a restart does not hand an
-- attacker a fresh allowance and several server processes share one count.
CREATE TABLE staff_sign_in_failures (
  id        INTEGER PRIMARY KEY,
  at        TEXT    NOT NULL,
  user_name TEXT    NOT NULL,
  client    TEXT    NOT NULL
) STRICT;

CREATE INDEX staff_sign_in_failures_by_user ON staff_sign_in_failures (user_name, at);
CREATE INDEX staff_sign_in_failures_by_client ON staff_sign_in_failures (client, at);

-- Who changed what, when, with the changed fields before and after (personal data masked).
-- target: an item id ("c12", "r40") or an account's user name; department_id: the item's, so
-- supervisors read their own department's rows.
CREATE TABLE staff_audit (
  id            INTEGER PRIMARY KEY,
  at            TEXT    NOT NULL,
  actor_id      INTEGER NOT NULL REFERENCES staff_accounts (id),
  action        TEXT    NOT NULL,
  target        TEXT    NOT NULL,
  department_id TEXT,
  before        TEXT    CHECK (before IS NULL OR json_valid(before)),
  after         TEXT    CHECK (after IS NULL OR json_valid(after))
) STRICT;

CREATE INDEX staff_audit_by_target ON staff_audit (target, id);

-- The audit is evidence: nothing, not even a bug in the server, may rewrite it.
CREATE TRIGGER staff_audit_no_update BEFORE UPDATE ON staff_audit
BEGIN
  SELECT RAISE(ABORT, 'audit rows cannot be changed');
END;

CREATE TRIGGER staff_audit_no_delete BEFORE DELETE ON staff_audit
BEGIN
  SELECT RAISE(ABORT, 'audit rows cannot be changed');
END;
