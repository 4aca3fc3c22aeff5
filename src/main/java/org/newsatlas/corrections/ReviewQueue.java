package org.newsatlas.corrections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsatlas.articles.Article;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.DashboardService;
import org.newsatlas.places.Doubt;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.places.ReviewCandidate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentions that most need a look, first: low confidence, close readings, names with many
 * mentions. One item per name and article (the default scope changes them together); articles
 * marked reviewed and mentions a person has already decided leave the queue.
 */
@Service
@Transactional
public class ReviewQueue {

    private final MentionEdits mentions;
    private final ReviewRepository reviews;
    private final ArticleQueries articles;
    private final DashboardService dashboard;
    private final ChangeWriter writer;

    ReviewQueue(MentionEdits mentions, ReviewRepository reviews, ArticleQueries articles, DashboardService dashboard,
                ChangeWriter writer) {
        this.mentions = mentions;
        this.reviews = reviews;
        this.articles = articles;
        this.dashboard = dashboard;
        this.writer = writer;
    }

    @Transactional(readOnly = true)
    public ReviewPage queue(DashboardFilter filter, int limit) {
        Set<Long> reviewed = reviews.reviewed();
        Set<Long> kept = DashboardFilter.NONE.equals(filter) ? null : new HashSet<>(dashboard.mentionIds(filter));
        Map<String, Integer> sameName = mentions.unreviewedByName();
        Map<String, List<ReviewCandidate>> byArticleAndName = new LinkedHashMap<>();
        for (ReviewCandidate candidate : mentions.unreviewed()) {
            if (!reviewed.contains(candidate.articleId()) && (kept == null || kept.contains(candidate.mentionId()))) {
                byArticleAndName.computeIfAbsent(candidate.articleId() + "\u0000"
                        + MentionEdits.nameKey(candidate.surfaceName()), key -> new ArrayList<>()).add(candidate);
            }
        }
        List<ReviewItem> items = new ArrayList<>(byArticleAndName.size());
        for (List<ReviewCandidate> group : byArticleAndName.values()) {
            ReviewCandidate first = group.stream().min(Comparator.comparingInt(ReviewCandidate::start)).orElseThrow();
            double confidence = group.stream().mapToDouble(ReviewCandidate::confidence).min().orElse(1);
            boolean uncertain = group.stream().anyMatch(c -> Doubt.uncertain(c.margin(), c.runnerUpKm()));
            int spread = sameName.getOrDefault(MentionEdits.nameKey(first.surfaceName()), group.size());
            items.add(new ReviewItem(first.mentionId(), first.articleId(), null, first.surfaceName(), first.start(),
                    first.end(), confidence, uncertain, group.size(), spread, Doubt.need(confidence, uncertain, spread)));
        }
        items.sort(Comparator.comparingDouble(ReviewItem::need).reversed()
                .thenComparingLong(ReviewItem::articleId).thenComparingInt(ReviewItem::start));
        List<ReviewItem> page = items.subList(0, Math.min(Math.max(0, limit), items.size()));
        Map<Long, String> titles = new HashMap<>();
        articles.articles(page.stream().map(ReviewItem::articleId).distinct().toList())
                .forEach(article -> titles.put(article.id(), article.title()));
        return new ReviewPage(items.size(), reviewed.size(), page.stream()
                .map(i -> new ReviewItem(i.mentionId(), i.articleId(), titles.get(i.articleId()), i.name(), i.start(),
                        i.end(), i.confidence(), i.uncertain(), i.mentionsInArticle(), i.sameName(), i.need()))
                .toList());
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
