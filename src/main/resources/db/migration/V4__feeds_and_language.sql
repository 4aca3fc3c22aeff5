-- Portable between H2 (embedded default) and PostgreSQL.

-- Feed items already taken in, so that a poll skips them: keyed by a hash of the item's guid (its
-- link when it has none), with the link kept as the article's web address. An item whose page
-- could not be fetched is not recorded, so the next poll tries it again.
CREATE TABLE feed_item (
    item_hash  VARCHAR(64) PRIMARY KEY,
    feed_url   VARCHAR(2000) NOT NULL,
    link       VARCHAR(2000),
    article_id BIGINT REFERENCES article (id) ON DELETE SET NULL,
    outcome    VARCHAR(20) NOT NULL,
    seen_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The article's language as an ISO 639-1 code ("en", "de"), "und" when the detector cannot tell.
-- Rows stored before this migration are detected at start-up (LanguageBackfill): the detector is Java.
ALTER TABLE article ADD COLUMN language VARCHAR(3);
