package org.newsatlas.corrections;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsatlas.places.MentionEdits;

/**
 * The review queue's order as computed at one moment, its first items kept. Ranking every open
 * mention of a large corpus takes seconds to minutes, so a person working the queue is served from
 * here; the items decided since then are closed as they are met, so each decision costs one small
 * query, not a new ranking.
 */
final class ReviewSnapshot {

    /** How many items of the ranking are kept: more than a person decides before articles next arrive. */
    static final int KEPT_ITEMS = 2_000;

    /**
     * A ranking that took at least this long is kept for a while when articles arrive (a feed or an
     * import adds them every second); a cheaper one is made again at once, so the queue shows them.
     */
    static final Duration COSTLY_RANKING = Duration.ofSeconds(1);

    /** The longest a costly ranking is kept once articles have arrived or gone since. */
    static final Duration COSTLY_RANKING_KEPT_FOR = Duration.ofSeconds(60);

    private final List<ReviewItem> top;
    private final int total;
    private final ArticleStamp stamp;
    private final Instant madeAt;
    private final Duration cost;
    private final Set<String> closed = ConcurrentHashMap.newKeySet();

    ReviewSnapshot(List<ReviewItem> ranked, ArticleStamp stamp, Instant madeAt, Duration cost) {
        this.top = List.copyOf(ranked.subList(0, Math.min(KEPT_ITEMS, ranked.size())));
        this.total = ranked.size();
        this.stamp = stamp;
        this.madeAt = madeAt;
        this.cost = cost;
    }

    /** Whether this ranking may still serve, given the articles now and the time. */
    boolean servesFor(ArticleStamp now, Instant at) {
        if (stamp.equals(now)) {
            return true;
        }
        return cost.compareTo(COSTLY_RANKING) >= 0 && Duration.between(madeAt, at).compareTo(COSTLY_RANKING_KEPT_FOR) < 0;
    }

    List<ReviewItem> top() {
        return top;
    }

    /** Whether the ranking held more items than were kept. */
    boolean truncated() {
        return total > top.size();
    }

    boolean isClosed(ReviewItem item) {
        return closed.contains(key(item));
    }

    void close(ReviewItem item) {
        closed.add(key(item));
    }

    /** How many items are still open, as far as this ranking knows. */
    int open() {
        return total - closed.size();
    }

    /** One item per name and article. */
    static String key(ReviewItem item) {
        return key(item.articleId(), item.name());
    }

    /** The item a mention of this name in this article belongs to (case aside). */
    static String key(long articleId, String name) {
        return articleId + "\u0000" + MentionEdits.nameKey(name);
    }
}
