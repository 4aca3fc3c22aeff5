package org.newsatlas.corrections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.DashboardService;
import org.newsatlas.places.Doubt;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.places.ReviewCandidate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks every open mention under a filter: low confidence, close readings, names with many
 * mentions first. One item per name and article (the default scope changes them together); articles
 * marked reviewed and mentions a person has already decided are left out. Reads the whole corpus.
 */
@Component
class ReviewRanking {

    private final MentionEdits mentions;
    private final ReviewRepository reviews;
    private final DashboardService dashboard;

    ReviewRanking(MentionEdits mentions, ReviewRepository reviews, DashboardService dashboard) {
        this.mentions = mentions;
        this.reviews = reviews;
        this.dashboard = dashboard;
    }

    /** Every item, most needed first (titles left out). */
    @Transactional(readOnly = true)
    List<ReviewItem> rank(DashboardFilter filter) {
        Set<Long> reviewed = reviews.reviewed();
        Set<Long> kept = DashboardFilter.NONE.equals(filter) ? null : new HashSet<>(dashboard.mentionIds(filter));
        Map<String, Integer> sameName = mentions.unreviewedByName();
        Map<String, List<ReviewCandidate>> byArticleAndName = new LinkedHashMap<>();
        for (ReviewCandidate candidate : mentions.unreviewed()) {
            if (!reviewed.contains(candidate.articleId()) && (kept == null || kept.contains(candidate.mentionId()))) {
                byArticleAndName.computeIfAbsent(ReviewSnapshot.key(candidate.articleId(), candidate.surfaceName()),
                        key -> new ArrayList<>()).add(candidate);
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
        return items;
    }
}
