-- Closures of part of a day (a system outage in the morning) and window capacity changed from a
-- date onwards, both made by staff (issue 10, closures and capacity).

-- A closure covers [starts, ends) of one day at one hall; a whole day is 00:00–24:00, so rows
-- written before this migration (whole days only) keep their meaning. The same period of the
-- same hall and day is stored once: confirming it again changes nothing and sends nothing.
-- SQLite cannot add a column with a non-constant default and a UNIQUE, so the table is rebuilt.
CREATE TABLE hall_closures_new (
  id         INTEGER PRIMARY KEY,
  hall_id    TEXT    NOT NULL REFERENCES halls (id),
  date       TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  starts     TEXT    NOT NULL DEFAULT '00:00' CHECK (starts GLOB '[0-2][0-9]:[0-5][0-9]'),
  ends       TEXT    NOT NULL DEFAULT '24:00' CHECK (ends GLOB '[0-2][0-9]:[0-5][0-9]'),
  reason_zh  TEXT    NOT NULL CHECK (length(reason_zh) > 0),
  reason_en  TEXT    NOT NULL CHECK (length(reason_en) > 0),
  -- Null for closures from the seed or written before staff could close halls.
  created_by INTEGER          REFERENCES staff_accounts (id),
  created_at TEXT,
  CHECK (starts < ends AND ends <= '24:00'),
  UNIQUE (hall_id, date, starts, ends)
) STRICT;
INSERT INTO hall_closures_new (hall_id, date, reason_zh, reason_en)
  SELECT hall_id, date, reason_zh, reason_en FROM hall_closures;
DROP TABLE hall_closures;
ALTER TABLE hall_closures_new RENAME TO hall_closures;
CREATE INDEX hall_closures_by_date ON hall_closures (date);

-- Which closure cancelled a booking: the manage-booking page shows its reason and period. One row
-- per booking, so a booking is cancelled by at most one closure.
CREATE TABLE closure_cancellations (
  appointment_id INTEGER PRIMARY KEY REFERENCES appointments (id),
  closure_id     INTEGER NOT NULL REFERENCES hall_closures (id)
) STRICT;

CREATE INDEX closure_cancellations_by_closure ON closure_cancellations (closure_id);

-- The bookings a closure affects (one hall's on one day, by time) are read through
-- appointments_by_hall_day, which migration 009 created for the hall's day.

-- A window's capacity from a date until the next change; before the first change, and where
-- none is stored, hall_windows.capacity holds. Seats already taken are never deleted: the seat
-- statement counts them against the capacity of their date (store/appointments-repository.ts).
CREATE TABLE hall_window_capacity (
  hall_id       TEXT    NOT NULL,
  department_id TEXT    NOT NULL,
  from_date     TEXT    NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  capacity      INTEGER NOT NULL CHECK (capacity BETWEEN 0 AND 100),
  PRIMARY KEY (hall_id, department_id, from_date),
  FOREIGN KEY (hall_id, department_id) REFERENCES hall_windows (hall_id, department_id)
) STRICT, WITHOUT ROWID;

-- The window's ETag: staff change capacity against the version they read (If-Match).
ALTER TABLE hall_windows ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

-- The message to each citizen whose booking a closure cancelled. SQLite cannot change a CHECK in
-- place, so the outbox is rebuilt with its rows, as migration 005 did.
CREATE TABLE outbox_new (
  id             INTEGER PRIMARY KEY,
  appointment_id INTEGER NOT NULL REFERENCES appointments (id),
  kind           TEXT    NOT NULL
                 CHECK (kind IN ('booked', 'rescheduled', 'cancelled', 'rating-invitation', 'closure')),
  locale         TEXT    NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  recipient      TEXT    NOT NULL,
  body           TEXT    NOT NULL,
  created_at     TEXT    NOT NULL,
  sent_at        TEXT
) STRICT;
INSERT INTO outbox_new SELECT * FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;

-- A booking gets one closure message per language, however often a closure is confirmed.
CREATE UNIQUE INDEX outbox_one_closure_message ON outbox (appointment_id, locale)
  WHERE kind = 'closure';
