-- The hall's day (issue 10): hall staff check citizens in, mark no-shows and note walk-ins.

-- An account may work at one hall (NULL: none). Hall staff are reviewers or supervisors with a
-- hall rather than a new role: the role CHECK cannot change without rebuilding staff_accounts,
-- which sessions and the immutable audit reference.
ALTER TABLE staff_accounts ADD COLUMN hall_id TEXT REFERENCES halls (id);

-- Staff change appointments with If-Match like review items: version is the ETag. Any change of
-- status, day or time moves it, whoever makes it (a citizen's cancel or reschedule included),
-- through the trigger below, so a staff action against what they read earlier answers 412.
ALTER TABLE appointments ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE appointments ADD COLUMN checked_in_at TEXT;
ALTER TABLE appointments ADD COLUMN checked_in_by INTEGER REFERENCES staff_accounts (id);

CREATE TRIGGER appointments_version AFTER UPDATE OF status, date, time ON appointments
WHEN NEW.version = OLD.version
BEGIN
  UPDATE appointments SET version = version + 1 WHERE id = NEW.id;
END;

-- A hall's day, by time.
CREATE INDEX appointments_by_hall_day ON appointments (hall_id, date, time);

-- Someone who came without a booking: the service and a short note, no identity data.
CREATE TABLE walk_ins (
  id            INTEGER PRIMARY KEY,
  hall_id       TEXT    NOT NULL REFERENCES halls (id),
  date          TEXT    NOT NULL,
  time          TEXT    NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),
  service_code  TEXT    NOT NULL REFERENCES services (code),
  department_id TEXT    NOT NULL,
  note          TEXT    NOT NULL CHECK (length(note) BETWEEN 1 AND 500),
  created_at    TEXT    NOT NULL,
  created_by    INTEGER NOT NULL REFERENCES staff_accounts (id)
) STRICT;

CREATE INDEX walk_ins_by_hall_day ON walk_ins (hall_id, date, time);
