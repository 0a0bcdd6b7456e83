-- Text search in the review queue: a substring of what citizens wrote, in any language. A LIKE
-- '%…%' reads every item it may match (7.5 s p99 for one department under load), so the words
-- are also kept in an FTS5 index with the trigram tokenizer, which finds any substring of 3 or
-- more characters. The queue still applies its LIKE to the rows the index finds, so the results
-- stay exactly those of the substring match (ASCII letters in either case, nothing else folded).
-- Shorter queries (排队 is two characters) cannot use trigrams: see review-repository.ts.
--
-- One row per queue item, keyed as the view review_items' new column search_id: a case by its
-- id, a low-rating item by minus its rating's id.
CREATE VIRTUAL TABLE review_search USING fts5(text, wanted, tokenize = 'trigram');

INSERT INTO review_search (rowid, text, wanted)
SELECT id, what_happened, wanted FROM feedback_cases;

INSERT INTO review_search (rowid, text, wanted)
SELECT -l.rating_id, coalesce(r.comment, ''), NULL
FROM low_rating_reviews l JOIN ratings r ON r.id = l.rating_id;

-- Kept in step by triggers, so no writer can forget the index.
CREATE TRIGGER review_search_case_insert AFTER INSERT ON feedback_cases
BEGIN
  INSERT INTO review_search (rowid, text, wanted) VALUES (NEW.id, NEW.what_happened, NEW.wanted);
END;

CREATE TRIGGER review_search_case_update AFTER UPDATE OF what_happened, wanted ON feedback_cases
BEGIN
  UPDATE review_search SET text = NEW.what_happened, wanted = NEW.wanted WHERE rowid = NEW.id;
END;

CREATE TRIGGER review_search_case_delete AFTER DELETE ON feedback_cases
BEGIN
  DELETE FROM review_search WHERE rowid = OLD.id;
END;

-- A low-rating item is made by a trigger on ratings (migration 007); its text is the comment.
CREATE TRIGGER review_search_low_rating_insert AFTER INSERT ON low_rating_reviews
BEGIN
  INSERT INTO review_search (rowid, text, wanted)
  SELECT -NEW.rating_id, coalesce(comment, ''), NULL FROM ratings WHERE id = NEW.rating_id;
END;

CREATE TRIGGER review_search_low_rating_delete AFTER DELETE ON low_rating_reviews
BEGIN
  DELETE FROM review_search WHERE rowid = -OLD.rating_id;
END;

CREATE TRIGGER review_search_rating_comment AFTER UPDATE OF comment ON ratings
BEGIN
  UPDATE review_search SET text = coalesce(NEW.comment, '') WHERE rowid = -NEW.id;
END;

-- The view of migration 007 with one more column, search_id, the index's key. A filter on it is
-- pushed into both arms: the cases' arm finds the index's rows by primary key, the low ratings'
-- arm (a tenth of the items) reads its rows against the list. A test on coalesce(case_id,
-- -rating_id) instead read every case of every department (40-50 ms for an admin's search).
DROP VIEW review_items;
CREATE VIEW review_items AS
SELECT 'c' || c.id AS id, c.id AS case_id, NULL AS rating_id, c.kind, c.status, c.version,
       r.level, c.service_code, c.hall_id, c.department_id, c.assignee_id, c.received_at,
       c.answer_by, c.what_happened AS text, c.wanted, c.hidden_at IS NOT NULL AS hidden,
       c.verified_valid, c.fixed_at IS NOT NULL AS fixed, c.followed_up_at IS NOT NULL AS followed_up,
       c.id AS search_id
FROM feedback_cases c LEFT JOIN ratings r ON r.case_id = c.id
UNION ALL
SELECT 'r' || l.rating_id, NULL, l.rating_id, 'low-rating', l.status, l.version,
       r.level, r.service_code, r.hall_id, l.department_id, l.assignee_id, l.received_at,
       l.answer_by, coalesce(r.comment, ''), NULL, l.hidden_at IS NOT NULL,
       NULL, 0, 0, -l.rating_id
FROM low_rating_reviews l JOIN ratings r ON r.id = l.rating_id;
