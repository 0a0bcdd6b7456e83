-- The staff review queue: every case (complaints, suggestions, praise, questions, negative
-- ratings) and every 基本满意 rating, routed to a department, assigned, noted, worked through
-- 好差评 and moderated. The queue reads the view review_items below (a UNION ALL of the two
-- tables), so a case keeps one row and one status, the citizen's and the staff's alike.

-- Every case belongs to the department of its service, or to zwb (市政务服务管理局, which runs
-- the halls) when it names none. Kept by a trigger, so no writer can forget it.
ALTER TABLE feedback_cases ADD COLUMN department_id TEXT NOT NULL DEFAULT 'zwb';
UPDATE feedback_cases
SET department_id = (SELECT s.department_id FROM services s WHERE s.code = feedback_cases.service_code)
WHERE service_code IS NOT NULL;

CREATE TRIGGER feedback_cases_department AFTER INSERT ON feedback_cases
WHEN NEW.service_code IS NOT NULL
BEGIN
  UPDATE feedback_cases
  SET department_id = (SELECT department_id FROM services WHERE code = NEW.service_code)
  WHERE id = NEW.id;
END;

ALTER TABLE feedback_cases ADD COLUMN assignee_id INTEGER REFERENCES staff_accounts (id);
-- Who on the staff made the latest status change, and who wrote the reply.
ALTER TABLE feedback_cases ADD COLUMN changed_by_staff_id INTEGER REFERENCES staff_accounts (id);
ALTER TABLE feedback_cases ADD COLUMN replied_by INTEGER REFERENCES staff_accounts (id);

-- 好差评 steps of a negative rating, each with what was decided, when and by whom. Their due
-- dates follow from these times and deadlines.json through the working-day calendar.
ALTER TABLE feedback_cases ADD COLUMN verified_valid INTEGER CHECK (verified_valid IS NULL OR verified_valid IN (0, 1));
ALTER TABLE feedback_cases ADD COLUMN verify_reason TEXT CHECK (verify_reason IS NULL OR length(verify_reason) <= 500);
ALTER TABLE feedback_cases ADD COLUMN verified_at TEXT;
ALTER TABLE feedback_cases ADD COLUMN verified_by INTEGER REFERENCES staff_accounts (id);
ALTER TABLE feedback_cases ADD COLUMN fix_outcome TEXT CHECK (fix_outcome IS NULL OR fix_outcome IN ('fixed', 'explained'));
ALTER TABLE feedback_cases ADD COLUMN fix_text TEXT CHECK (fix_text IS NULL OR length(fix_text) <= 2000);
ALTER TABLE feedback_cases ADD COLUMN fixed_at TEXT;
ALTER TABLE feedback_cases ADD COLUMN fixed_by INTEGER REFERENCES staff_accounts (id);
ALTER TABLE feedback_cases ADD COLUMN follow_up_outcome TEXT
  CHECK (follow_up_outcome IS NULL OR follow_up_outcome IN ('satisfied', 'not-satisfied', 'not-reached'));
ALTER TABLE feedback_cases ADD COLUMN follow_up_note TEXT CHECK (follow_up_note IS NULL OR length(follow_up_note) <= 2000);
ALTER TABLE feedback_cases ADD COLUMN followed_up_at TEXT;
ALTER TABLE feedback_cases ADD COLUMN followed_up_by INTEGER REFERENCES staff_accounts (id);

-- Moderation: the text stays (the audit and staff read it); published views show the reason.
ALTER TABLE feedback_cases ADD COLUMN hidden_reason TEXT CHECK (hidden_reason IS NULL OR length(hidden_reason) <= 500);
ALTER TABLE feedback_cases ADD COLUMN hidden_at TEXT;
ALTER TABLE feedback_cases ADD COLUMN hidden_by INTEGER REFERENCES staff_accounts (id);

-- The queue's filters: by department and status, then due date; by assignee, service, hall.
CREATE INDEX feedback_cases_by_department ON feedback_cases (department_id, status, answer_by);
CREATE INDEX feedback_cases_by_assignee ON feedback_cases (assignee_id) WHERE assignee_id IS NOT NULL;
CREATE INDEX feedback_cases_by_service ON feedback_cases (service_code, answer_by);
CREATE INDEX feedback_cases_by_hall ON feedback_cases (hall_id, answer_by);

-- The history names the staff member behind a staff change.
ALTER TABLE feedback_case_history ADD COLUMN staff_id INTEGER REFERENCES staff_accounts (id);
DROP TRIGGER feedback_cases_history_on_change;
CREATE TRIGGER feedback_cases_history_on_change AFTER UPDATE OF status ON feedback_cases
WHEN OLD.status IS NOT NEW.status
BEGIN
  INSERT INTO feedback_case_history (case_id, at, from_status, to_status, by_role, staff_id)
  VALUES (NEW.id, NEW.changed_at, OLD.status, NEW.status, NEW.changed_by,
          CASE WHEN NEW.changed_by = 'staff' THEN NEW.changed_by_staff_id END);
END;

-- A 基本满意 rating asks for reasons but opens no case: staff read it, note it and close it.
-- One item per such rating, made by the trigger below from the same INSERT. Its due dates come
-- from the working-day calendar, which SQL does not know: the server fills them in (rows with
-- none are found through the partial index) before it reads the queue.
CREATE TABLE low_rating_reviews (
  rating_id      INTEGER PRIMARY KEY REFERENCES ratings (id),
  department_id  TEXT    NOT NULL,
  status         TEXT    NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'closed')),
  version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  assignee_id    INTEGER REFERENCES staff_accounts (id),
  received_at    TEXT    NOT NULL,
  received_on    TEXT    NOT NULL,
  acknowledge_by TEXT,
  answer_by      TEXT,
  closed_at      TEXT,
  closed_by      INTEGER REFERENCES staff_accounts (id),
  hidden_reason  TEXT    CHECK (hidden_reason IS NULL OR length(hidden_reason) <= 500),
  hidden_at      TEXT,
  hidden_by      INTEGER REFERENCES staff_accounts (id),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL))
) STRICT;

CREATE INDEX low_rating_reviews_by_department ON low_rating_reviews (department_id, status, answer_by);
CREATE INDEX low_rating_reviews_by_assignee ON low_rating_reviews (assignee_id) WHERE assignee_id IS NOT NULL;
CREATE INDEX low_rating_reviews_undated ON low_rating_reviews (rating_id) WHERE answer_by IS NULL;

CREATE TRIGGER ratings_low_rating_review AFTER INSERT ON ratings
WHEN NEW.level = 'basically-satisfied'
BEGIN
  INSERT INTO low_rating_reviews (rating_id, department_id, received_at, received_on)
  SELECT NEW.id, department_id, NEW.rated_at, NEW.rated_on FROM services WHERE code = NEW.service_code;
END;

-- Existing ratings (seeded databases) get their items too.
INSERT INTO low_rating_reviews (rating_id, department_id, received_at, received_on)
SELECT r.id, s.department_id, r.rated_at, r.rated_on
FROM ratings r JOIN services s ON s.code = r.service_code
WHERE r.level = 'basically-satisfied';

-- Internal notes on either kind of item ('c12', 'r40'): staff only, never on the tracking page.
CREATE TABLE review_notes (
  id        INTEGER PRIMARY KEY,
  item_id   TEXT    NOT NULL CHECK (item_id GLOB '[cr][1-9]*'),
  at        TEXT    NOT NULL,
  author_id INTEGER NOT NULL REFERENCES staff_accounts (id),
  text      TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 2000)
) STRICT;

CREATE INDEX review_notes_by_item ON review_notes (item_id, id);

-- The queue: one row per item, with what its filters, sort and text search read. A negative
-- rating's case carries the rating's level; a case's what_happened already holds the comment.
CREATE VIEW review_items AS
SELECT 'c' || c.id AS id, c.id AS case_id, NULL AS rating_id, c.kind, c.status, c.version,
       r.level, c.service_code, c.hall_id, c.department_id, c.assignee_id, c.received_at,
       c.answer_by, c.what_happened AS text, c.wanted, c.hidden_at IS NOT NULL AS hidden,
       c.verified_valid, c.fixed_at IS NOT NULL AS fixed, c.followed_up_at IS NOT NULL AS followed_up
FROM feedback_cases c LEFT JOIN ratings r ON r.case_id = c.id
UNION ALL
SELECT 'r' || l.rating_id, NULL, l.rating_id, 'low-rating', l.status, l.version,
       r.level, r.service_code, r.hall_id, l.department_id, l.assignee_id, l.received_at,
       l.answer_by, coalesce(r.comment, ''), NULL, l.hidden_at IS NOT NULL,
       NULL, 0, 0
FROM low_rating_reviews l JOIN ratings r ON r.id = l.rating_id;

-- An item's audit trail is read by its target.
CREATE INDEX IF NOT EXISTS staff_audit_by_target ON staff_audit (target, id);
