package org.newsatlas.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feed items already taken in (table feed_item); only the feeds feature uses it. */
@Repository
class FeedItemRepository {

    /** What became of an item that will not be taken in again. */
    enum Outcome { ADDED, DUPLICATE, REJECTED }

    private final JdbcClient jdbc;

    FeedItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean seen(String itemKey) {
        return jdbc.sql("SELECT COUNT(*) FROM feed_item WHERE item_hash = ?").param(hash(itemKey))
                .query(Long.class).single() > 0;
    }

    /** Remembers the item; one that another poll remembered meanwhile stays as that poll left it. */
    void remember(String itemKey, String feedUrl, String link, Long articleId, Outcome outcome, Instant now) {
        try {
            jdbc.sql("""
                    INSERT INTO feed_item (item_hash, feed_url, link, article_id, outcome, seen_at)
                    VALUES (:hash, :feed, :link, :article, :outcome, :now)""")
                    .param("hash", hash(itemKey))
                    .param("feed", shorten(feedUrl))
                    .param("link", link == null ? null : shorten(link))
                    .param("article", articleId)
                    .param("outcome", outcome.name())
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException rememberedMeanwhile) {
            // the scheduled poll and one asked for overlapped on this item: it is remembered either way
        }
    }

    /** Guids and links can be longer than a column; the hash is the key, these are for people. */
    private static String shorten(String value) {
        return value.length() <= 2000 ? value : value.substring(0, 2000);
    }

    static String hash(String itemKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(itemKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
