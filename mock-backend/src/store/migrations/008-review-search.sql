-- Text search in the review queue: a substring of what citizens wrote, in any language. A LIKE
-- '%…%' reads every item it may match (7.5 s p99 for one department under load), so the words
-- are also kept in an FTS5 index with the trigram tokenizer, which finds any substring of 3 or
-- more characters. The queue still applies its LIKE to the rows the index finds, so the results
-- stay exactly those of the substring match (ASCII letters in either case, nothing else folded).
-- Shorter queries (排队 is two characters) cannot use trigrams: see review-repository.ts.
--
-- One row per queue item, keyed like the view review_items: a case by its id, a low-rating item
-- by minus its rating's id, so either arm of the view finds its rows by primary key.
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
