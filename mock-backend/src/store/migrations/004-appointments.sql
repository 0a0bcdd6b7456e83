-- Appointments at service halls. Slots are not stored: they are computed from the calendar, the
-- hall's hours and its windows. Only taken seats are rows, and the database alone keeps a slot
-- within its capacity (see seats).

-- A window (服务窗口组) serves one department's services at one hall; each slot of the window
-- seats `capacity` citizens. Every (hall, department) pair the catalogue links gets a window
-- with the defaults below, kept by the trigger for catalogues loaded after this migration.
CREATE TABLE hall_windows (
  hall_id       TEXT    NOT NULL REFERENCES halls (id),
  department_id TEXT    NOT NULL REFERENCES departments (id),
  slot_minutes  INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
  capacity      INTEGER NOT NULL CHECK (capacity BETWEEN 0 AND 100),
  PRIMARY KEY (hall_id, department_id)
) STRICT, WITHOUT ROWID;

INSERT OR IGNORE INTO hall_windows (hall_id, department_id, slot_minutes, capacity)
SELECT DISTINCT sh.hall_id, s.department_id, 30, 3
FROM service_halls sh JOIN services s ON s.code = sh.service_code;

CREATE TRIGGER service_halls_have_a_window AFTER INSERT ON service_halls
BEGIN
  INSERT OR IGNORE INTO hall_windows (hall_id, department_id, slot_minutes, capacity)
  SELECT NEW.hall_id, department_id, 30, 3 FROM services WHERE code = NEW.service_code;
END;

-- The identity number is not kept: person_key is an HMAC of the normalised number (to apply
-- "one booking per person and service" and the no-show rule) and id_masked is what is shown.
CREATE TABLE appointments (
  id             INTEGER PRIMARY KEY,
  reference      TEXT    NOT NULL UNIQUE,
  status         TEXT    NOT NULL DEFAULT 'booked'
                 CHECK (status IN ('booked', 'cancelled', 'cancelled-by-hall', 'attended', 'no-show')),
  service_code   TEXT    NOT NULL REFERENCES services (code),
  hall_id        TEXT    NOT NULL REFERENCES halls (id),
  department_id  TEXT    NOT NULL,
  date           TEXT    NOT NULL,
  time           TEXT    NOT NULL,
  end_time       TEXT    NOT NULL,
  name           TEXT    NOT NULL,
  mobile         TEXT    NOT NULL,
  id_type        TEXT    NOT NULL,
  id_masked      TEXT    NOT NULL,
  person_key     TEXT    NOT NULL,
  materials      TEXT    NOT NULL CHECK (json_valid(materials)),
  created_at     TEXT    NOT NULL,
  cancelled_at   TEXT,
  FOREIGN KEY (hall_id, department_id) REFERENCES hall_windows (hall_id, department_id)
) STRICT;

CREATE INDEX appointments_by_person ON appointments (person_key, status, date);

-- One row per taken seat. Seat numbers run from 1 to the window's capacity and are unique per
-- slot, so however requests interleave (here or on a database server) a slot never holds more
-- than capacity bookings. Cancelling deletes the row: the seat is free again at once.
CREATE TABLE seats (
  hall_id        TEXT    NOT NULL,
  department_id  TEXT    NOT NULL,
  date           TEXT    NOT NULL,
  time           TEXT    NOT NULL,
  seat_no        INTEGER NOT NULL CHECK (seat_no >= 1),
  appointment_id INTEGER NOT NULL UNIQUE REFERENCES appointments (id),
  PRIMARY KEY (hall_id, department_id, date, time, seat_no),
  FOREIGN KEY (hall_id, department_id) REFERENCES hall_windows (hall_id, department_id)
) STRICT, WITHOUT ROWID;

-- Written by staff when someone does not come, and by a cancellation after the cut-off.
CREATE TABLE no_shows (
  id             INTEGER PRIMARY KEY,
  person_key     TEXT    NOT NULL,
  date           TEXT    NOT NULL,
  appointment_id INTEGER REFERENCES appointments (id),
  cause          TEXT    NOT NULL CHECK (cause IN ('absent', 'late-cancellation'))
) STRICT;

CREATE INDEX no_shows_by_person ON no_shows (person_key, date);

-- Text messages the portal would send; there is no SMS gateway, so they wait here. They hold no
-- identity number.
CREATE TABLE outbox (
  id             INTEGER PRIMARY KEY,
  appointment_id INTEGER NOT NULL REFERENCES appointments (id),
  kind           TEXT    NOT NULL CHECK (kind IN ('booked', 'rescheduled', 'cancelled')),
  locale         TEXT    NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  recipient      TEXT    NOT NULL,
  body           TEXT    NOT NULL,
  created_at     TEXT    NOT NULL,
  sent_at        TEXT
) STRICT;

-- Idempotency-Key records (IETF draft): the first response is kept to be replayed; response_status
-- is NULL while the first request is in flight.
CREATE TABLE idempotency_keys (
  scope           TEXT    NOT NULL,
  key             TEXT    NOT NULL,
  fingerprint     TEXT    NOT NULL,
  created_at      INTEGER NOT NULL,
  response_status INTEGER,
  response_body   TEXT,
  PRIMARY KEY (scope, key)
) STRICT, WITHOUT ROWID;

CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
