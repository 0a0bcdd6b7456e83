-- "Is this page useful?" answers from the footer survey. No personal data is asked for;
-- the free-text comment may still hold some, so it is never logged.
CREATE TABLE page_feedback (
  id          INTEGER PRIMARY KEY,
  path        TEXT    NOT NULL CHECK (length(path) BETWEEN 1 AND 300),
  locale      TEXT    NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  useful      INTEGER NOT NULL CHECK (useful IN (0, 1)),
  comment     TEXT             CHECK (comment IS NULL OR length(comment) <= 1000),
  received_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- Editors read the answers page by page, newest first.
CREATE INDEX page_feedback_by_path ON page_feedback (path, received_at);
