-- Portable between H2 (embedded default) and PostgreSQL.

-- The article change log: the revision at which each article last changed (added, edited, its
-- mentions corrected, deleted). Revisions come from one counter row, taken inside the
-- writing transaction and locked until it ends, so they commit in increasing order: a reader that has seen revision N has
-- seen every change up to N. The dashboard's index follows this log.
CREATE TABLE revision_counter (
    id       INTEGER PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO revision_counter (id, revision) VALUES (1, 0);

CREATE TABLE article_change (
    article_id BIGINT PRIMARY KEY,
    revision   BIGINT NOT NULL
);
CREATE INDEX ix_article_change_revision ON article_change (revision);

-- articles stored before this migration: one change each, so that the index is built from them
INSERT INTO article_change (article_id, revision) SELECT id, id FROM article;
UPDATE revision_counter SET revision = (SELECT COALESCE(MAX(id), 0) FROM article) WHERE id = 1;

-- where a place lies within its country ("Springfield, Illinois"); filled in for older rows at start-up
ALTER TABLE place ADD COLUMN admin1_code VARCHAR(20);
ALTER TABLE place ADD COLUMN admin1_name VARCHAR(200);

CREATE INDEX ix_article_source ON article (source);
CREATE INDEX ix_mention_article_start ON mention (article_id, start_offset);
