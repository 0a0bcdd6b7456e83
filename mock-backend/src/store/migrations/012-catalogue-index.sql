-- The catalogue's search index as built (issue 12), so that a server starts by reading it rather
-- than building it again from every guide: a province's 100,000 services take about a minute to
-- index. Whether it still fits the catalogue is known without reading the catalogue: every change
-- to a service or a reference list counts up `catalogue_revision`, and the index is used only when
-- it was saved at the revision the catalogue is at now.
CREATE TABLE catalogue_revision (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  revision INTEGER NOT NULL
) STRICT;
INSERT INTO catalogue_revision (id, revision) VALUES (1, 0);

-- One immediate transaction replaces every row, so a reader sees one whole index or another.
-- A part larger than a chunk is split over several rows, `chunk` 0, 1, … in order.
CREATE TABLE catalogue_index (
  part     TEXT    NOT NULL,
  chunk    INTEGER NOT NULL CHECK (chunk >= 0),
  -- The catalogue revision it was built at, its version (ETag) and the server's format number.
  revision INTEGER NOT NULL,
  version  TEXT    NOT NULL,
  format   INTEGER NOT NULL,
  -- CRC-32 of `data`: a damaged part is rebuilt, never searched.
  checksum INTEGER NOT NULL,
  data     BLOB    NOT NULL,
  PRIMARY KEY (part, chunk)
) STRICT;

-- Reference lists and services; the links to themes and halls are written from the same guide.
CREATE TRIGGER themes_inserted AFTER INSERT ON themes
BEGIN UPDATE catalogue_revision SET revision = revision + 1; END;
CREATE TRIGGER themes_updated AFTER UPDATE ON themes
BEGIN UPDATE catalogue_revision SET revision = revision + 1; END;
CREATE TRIGGER themes_deleted AFTER DELETE ON themes
BEGIN UPDATE catalogue_revision SET revision = revision + 1; END;
CREATE TRIGGER departments_inserted AFTER INSERT ON departments
BEGIN UPDATE catalogue_revision SET revision = revision + 1; END;
CREATE TRIGGER departments_updated AFTER UPDATE ON departments
BEGIN UPDATE catalogue_revision SET revision = revision + 1; END;
CREATE TRIGGER departments_deleted AFTER DELETE ON departments
BEGIN UPDATE catalogue_revision SET revision = revision + 1; END;
CREATE TRIGGER halls_inserted AFTER INSERT ON halls
BEGIN UPDATE catalogue_revision SET revision = revision + 1; END;
CREATE TRIGGER halls_updated AFTER UPDATE ON halls
BEGIN UPDATE catalogue_revision SET revision = revision + 1; END;
CREATE TRIGGER halls_deleted AFTER DELETE ON halls
BEGIN UPDATE catalogue_revision SET revision = revision + 1; END;
CREATE TRIGGER services_inserted AFTER INSERT ON services
BEGIN UPDATE catalogue_revision SET revision = revision + 1; END;
CREATE TRIGGER services_updated AFTER UPDATE ON services
BEGIN UPDATE catalogue_revision SET revision = revision + 1; END;
CREATE TRIGGER services_deleted AFTER DELETE ON services
BEGIN UPDATE catalogue_revision SET revision = revision + 1; END;
