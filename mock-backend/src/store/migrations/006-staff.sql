-- PLACEHOLDER until the staff sign-in branch lands: only the two tables the review queue writes
-- against, exactly as agreed. Replaced wholesale by that branch's 006-staff.sql on merge.
CREATE TABLE staff_accounts (
  id              INTEGER PRIMARY KEY,
  user_name       TEXT    UNIQUE NOT NULL,
  display_name    TEXT    NOT NULL,
  role            TEXT    CHECK (role IN ('reviewer', 'supervisor', 'admin')),
  department_id   TEXT    NULL,
  password_hash   TEXT    NOT NULL,
  disabled        INTEGER NOT NULL DEFAULT 0,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT    NOT NULL,
  last_sign_in_at TEXT
) STRICT;

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

CREATE TRIGGER staff_audit_no_update BEFORE UPDATE ON staff_audit
BEGIN SELECT RAISE(ABORT, 'audit rows cannot be changed'); END;
CREATE TRIGGER staff_audit_no_delete BEFORE DELETE ON staff_audit
BEGIN SELECT RAISE(ABORT, 'audit rows cannot be changed'); END;
