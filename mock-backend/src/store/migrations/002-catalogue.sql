-- The service catalogue: reference lists and service guides (办事指南). A guide is stored whole
-- as JSON, since it is read and replaced as one document; the columns beside it are what the
-- database must check (references, uniqueness) or what lists are sorted and filtered by.
CREATE TABLE themes (
  id       TEXT    PRIMARY KEY,
  position INTEGER NOT NULL UNIQUE,
  data     TEXT    NOT NULL CHECK (json_valid(data))
) STRICT;

CREATE TABLE departments (
  id       TEXT    PRIMARY KEY,
  position INTEGER NOT NULL UNIQUE,
  data     TEXT    NOT NULL CHECK (json_valid(data))
) STRICT;

CREATE TABLE halls (
  id       TEXT    PRIMARY KEY,
  position INTEGER NOT NULL UNIQUE,
  data     TEXT    NOT NULL CHECK (json_valid(data))
) STRICT;

CREATE TABLE services (
  code          TEXT    PRIMARY KEY,
  department_id TEXT    NOT NULL REFERENCES departments (id),
  popularity    INTEGER NOT NULL CHECK (popularity >= 0),
  updated_at    TEXT    NOT NULL,
  data          TEXT    NOT NULL CHECK (json_valid(data))
) STRICT;

CREATE TABLE service_themes (
  service_code TEXT NOT NULL REFERENCES services (code) ON DELETE CASCADE,
  theme_id     TEXT NOT NULL REFERENCES themes (id),
  PRIMARY KEY (service_code, theme_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE service_halls (
  service_code TEXT NOT NULL REFERENCES services (code) ON DELETE CASCADE,
  hall_id      TEXT NOT NULL REFERENCES halls (id),
  PRIMARY KEY (service_code, hall_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX service_themes_by_theme ON service_themes (theme_id);
CREATE INDEX service_halls_by_hall ON service_halls (hall_id);
CREATE INDEX services_by_department ON services (department_id);
