-- Days a single hall is shut although the calendar says the city works (a system upgrade, a
-- training day). Public holidays are not stored: they come from the calendar module's data.
CREATE TABLE hall_closures (
  hall_id   TEXT NOT NULL REFERENCES halls (id),
  date      TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  reason_zh TEXT NOT NULL CHECK (length(reason_zh) > 0),
  reason_en TEXT NOT NULL CHECK (length(reason_en) > 0),
  PRIMARY KEY (hall_id, date)
) STRICT, WITHOUT ROWID;

-- Closures of every hall over a date range (the primary key serves one hall's).
CREATE INDEX hall_closures_by_date ON hall_closures (date);
