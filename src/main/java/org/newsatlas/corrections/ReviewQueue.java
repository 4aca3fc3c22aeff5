package org.newsatlas.corrections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsatlas.articles.Article;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.places.OpenMention;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentions that most need a look, first (see {@link ReviewRanking}). The ranking is kept per
 * filter ({@link ReviewSnapshot}) and each page is checked against the database, so items decided
 * since leave at once and a person's next item costs one small query, even on a large corpus.
 */
@Service
@Transactional
public class ReviewQueue {

    /** How many filters keep their ranking (the dashboard's current one and a few before it). */
    static final int FILTERS_KEPT = 4;

    /** How many kept items are checked against the database at a time. */
    private static final int CHECKED_AT_ONCE = 100;

    private final MentionEdits mentions;
    private final ReviewRepository reviews;
    private final ArticleQueries articles;
    private final ReviewRanking ranking;
    private final ChangeWriter writer;
    private final Clock clock;
    private final Map<DashboardFilter, ReviewSnapshot> snapshots = new LinkedHashMap<>(8, 0.75f, true);

    ReviewQueue(MentionEdits mentions, ReviewRepository reviews, ArticleQueries articles, ReviewRanking ranking,
                ChangeWriter writer, Clock clock) {
        this.mentions = mentions;
        this.reviews = reviews;
        this.articles = articles;
        this.ranking = ranking;
        this.writer = writer;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReviewPage queue(DashboardFilter filter, int limit) {
        int wanted = Math.max(0, limit);
        ReviewSnapshot snapshot = snapshot(filter, false);
        List<ReviewItem> page = openItems(snapshot, wanted);
        if (page.size() < wanted && snapshot.truncated()) {
            snapshot = snapshot(filter, true);
            page = openItems(snapshot, wanted);
        }
        Map<Long, String> titles = new HashMap<>();
        articles.articles(page.stream().map(ReviewItem::articleId).distinct().toList())
                .forEach(article -> titles.put(article.id(), article.title()));
        return new ReviewPage(snapshot.open(), reviews.count(), page.stream()
                .map(i -> new ReviewItem(i.mentionId(), i.articleId(), titles.get(i.articleId()), i.name(), i.start(),
                        i.end(), i.confidence(), i.uncertain(), i.mentionsInArticle(), i.sameName(), i.need()))
                .toList());
    }

    /** Drops the kept rankings: after an undo, decided mentions may be open again. */
    public synchronized void forget() {
        snapshots.clear();
    }

    private synchronized ReviewSnapshot snapshot(DashboardFilter filter, boolean fresh) {
        ArticleStamp stamp = reviews.stamp();
        ReviewSnapshot kept = snapshots.get(filter);
        if (!fresh && kept != null && kept.servesFor(stamp, clock.instant())) {
            return kept;
        }
        Instant madeAt = clock.instant();
        long began = System.nanoTime();
        ReviewSnapshot made = new ReviewSnapshot(ranking.rank(filter), stamp, madeAt,
                Duration.ofNanos(System.nanoTime() - began));
        snapshots.put(filter, made);
        while (snapshots.size() > FILTERS_KEPT) {
            snapshots.remove(snapshots.keySet().iterator().next());
        }
        return made;
    }

    /**
     * The first kept items that are still open, each with its first open mention now; the others
     * are closed in the snapshot.
     */
    private List<ReviewItem> openItems(ReviewSnapshot snapshot, int wanted) {
        List<ReviewItem> page = new ArrayList<>();
        Set<Long> reviewed = reviews.reviewed();
        List<ReviewItem> top = snapshot.top();
        for (int from = 0; from < top.size() && page.size() < wanted; from += CHECKED_AT_ONCE) {
            List<ReviewItem> batch = top.subList(from, Math.min(top.size(), from + CHECKED_AT_ONCE)).stream()
                    .filter(item -> !snapshot.isClosed(item)).toList();
            Map<String, List<OpenMention>> open = new HashMap<>();
            mentions.open(batch.stream().map(ReviewItem::articleId).distinct().toList()).forEach(m -> open
                    .computeIfAbsent(ReviewSnapshot.key(m.articleId(), m.surfaceName()),
                            key -> new ArrayList<>()).add(m));
            for (ReviewItem item : batch) {
                List<OpenMention> still = reviewed.contains(item.articleId()) ? null
                        : open.get(ReviewSnapshot.key(item));
                if (still == null) {
                    snapshot.close(item);
                } else if (page.size() < wanted) {
                    OpenMention first = still.get(0);
                    page.add(new ReviewItem(first.mentionId(), item.articleId(), null, first.surfaceName(),
                            first.start(), first.end(), item.confidence(), item.uncertain(), still.size(),
                            item.sameName(), item.need()));
                }
            }
        }
        return page;
    }

    /** Marks the article reviewed (its mentions become gold for the export); false when there is no such article. */
    public boolean markReviewed(long articleId) {
        if (articles.article(articleId).map(Article::id).isEmpty()) {
            return false;
        }
        reviews.markReviewed(articleId, writer.now(), writer.who());
        return true;
    }

    @Transactional(readOnly = true)
    public boolean isReviewed(long articleId) {
        return reviews.isReviewed(articleId);
    }

    @Transactional(readOnly = true)
    public List<Long> reviewedArticles() {
        return reviews.reviewedInOrder();
    }
}
