-- Citizen feedback: 好差评 ratings, 12345-style cases (complaints, suggestions, praise,
-- questions and the case a negative rating opens), their status history, and the single-use
-- rating links sent after appointments. Everything citizens write is plain text; the mobile
-- numbers here are personal data and never logged.

-- A case to be acknowledged and answered by its due dates (Asia/Shanghai dates from the working-
-- day calendar). Status changes are compare-and-set on (status, version) in one UPDATE, so two
-- editors cannot both move a case, and each one writes a history row through the trigger below.
CREATE TABLE feedback_cases (
  id             INTEGER PRIMARY KEY,
  tracking_code  TEXT    NOT NULL UNIQUE,
  kind           TEXT    NOT NULL
                 CHECK (kind IN ('complaint', 'suggestion', 'praise', 'question', 'negative-rating')),
  status         TEXT    NOT NULL DEFAULT 'received'
                 CHECK (status IN ('received', 'in-review', 'replied', 'reopened', 'closed')),
  version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  service_code   TEXT             REFERENCES services (code),
  hall_id        TEXT             REFERENCES halls (id),
  what_happened  TEXT    NOT NULL CHECK (length(what_happened) <= 2000),
  wanted         TEXT             CHECK (wanted IS NULL OR length(wanted) <= 1000),
  name           TEXT             CHECK (name IS NULL OR length(name) BETWEEN 1 AND 50),
  mobile         TEXT             CHECK (mobile IS NULL OR mobile GLOB '1[3-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
  locale         TEXT    NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  received_at    TEXT    NOT NULL,
  acknowledge_by TEXT    NOT NULL,
  -- The deadline the case was first given (the published on-time share is measured against it)
  -- and the current one (a reopened case gets a new one).
  first_answer_by TEXT   NOT NULL,
  answer_by      TEXT    NOT NULL,
  reply_text     TEXT             CHECK (reply_text IS NULL OR length(reply_text) <= 4000),
  replied_at     TEXT,
  first_replied_on TEXT,
  -- The citizen's one answer to the reply: 1 solved, 0 not solved.
  solved         INTEGER          CHECK (solved IS NULL OR solved IN (0, 1)),
  -- Who made the latest status change; the history trigger copies it.
  changed_by     TEXT    NOT NULL DEFAULT 'citizen' CHECK (changed_by IN ('citizen', 'staff', 'system')),
  changed_at     TEXT    NOT NULL,
  -- Hash of client, text and ten-minute window: the same text from the same client is taken once.
  duplicate_key  TEXT             UNIQUE,
  -- A named case carries both a name and a mobile; an anonymous one neither. A negative rating
  -- may carry a mobile alone, for the follow-up call.
  CHECK ((name IS NULL) = (mobile IS NULL) OR (kind = 'negative-rating' AND name IS NULL)),
  CHECK (status <> 'replied' OR reply_text IS NOT NULL)
) STRICT;

CREATE INDEX feedback_cases_by_status ON feedback_cases (status, answer_by);

CREATE TABLE feedback_case_history (
  id          INTEGER PRIMARY KEY,
  case_id     INTEGER NOT NULL REFERENCES feedback_cases (id),
  at          TEXT    NOT NULL,
  from_status TEXT,
  to_status   TEXT    NOT NULL,
  by_role     TEXT    NOT NULL CHECK (by_role IN ('citizen', 'staff', 'system'))
) STRICT;

CREATE INDEX feedback_case_history_by_case ON feedback_case_history (case_id, id);

CREATE TRIGGER feedback_cases_history_on_insert AFTER INSERT ON feedback_cases
BEGIN
  INSERT INTO feedback_case_history (case_id, at, from_status, to_status, by_role)
  VALUES (NEW.id, NEW.changed_at, NULL, NEW.status, NEW.changed_by);
END;

CREATE TRIGGER feedback_cases_history_on_change AFTER UPDATE OF status ON feedback_cases
WHEN OLD.status IS NOT NEW.status
BEGIN
  INSERT INTO feedback_case_history (case_id, at, from_status, to_status, by_role)
  VALUES (NEW.id, NEW.changed_at, OLD.status, NEW.status, NEW.changed_by);
END;

-- The link sent after an appointment's time has passed: one per appointment, one rating per link.
CREATE TABLE rating_invitations (
  id             INTEGER PRIMARY KEY,
  token          TEXT    NOT NULL UNIQUE,
  appointment_id INTEGER          UNIQUE REFERENCES appointments (id),
  service_code   TEXT    NOT NULL REFERENCES services (code),
  hall_id        TEXT    NOT NULL REFERENCES halls (id),
  date           TEXT    NOT NULL,
  created_at     TEXT    NOT NULL
) STRICT;

-- 好差评 ratings. rated_on is the Asia/Shanghai date the published figures group by.
CREATE TABLE ratings (
  id            INTEGER PRIMARY KEY,
  service_code  TEXT    NOT NULL REFERENCES services (code),
  hall_id       TEXT             REFERENCES halls (id),
  channel       TEXT    NOT NULL CHECK (channel IN ('online', 'hall', 'appointment')),
  level         TEXT    NOT NULL
                CHECK (level IN ('very-satisfied', 'satisfied', 'basically-satisfied', 'dissatisfied', 'very-dissatisfied')),
  reasons       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)),
  comment       TEXT             CHECK (comment IS NULL OR length(comment) <= 500),
  locale        TEXT    NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  rated_at      TEXT    NOT NULL,
  rated_on      TEXT    NOT NULL,
  -- 一事一评: a link rates its appointment once, whatever the requests' interleaving.
  invitation_id INTEGER          UNIQUE REFERENCES rating_invitations (id),
  -- The case a negative rating opens.
  case_id       INTEGER          UNIQUE REFERENCES feedback_cases (id),
  duplicate_key TEXT             UNIQUE,
  CHECK ((channel = 'appointment') = (invitation_id IS NOT NULL)),
  CHECK ((level IN ('dissatisfied', 'very-dissatisfied')) = (case_id IS NOT NULL))
) STRICT;

-- The published figures: one service's or one hall's ratings over a date range, by level,
-- answered from the index alone.
CREATE INDEX ratings_by_service ON ratings (service_code, rated_on, level, case_id);
CREATE INDEX ratings_by_hall ON ratings (hall_id, rated_on, level, case_id);

-- "Is this page useful?" on a service guide may point at the part that is wrong.
ALTER TABLE page_feedback ADD COLUMN field_part TEXT
  CHECK (field_part IS NULL OR field_part IN ('eligibility', 'material', 'step', 'fee', 'time-limit', 'hours', 'phone', 'legal-basis', 'other'));
ALTER TABLE page_feedback ADD COLUMN field_item TEXT
  CHECK (field_item IS NULL OR (field_part IS NOT NULL AND length(field_item) BETWEEN 1 AND 200));
