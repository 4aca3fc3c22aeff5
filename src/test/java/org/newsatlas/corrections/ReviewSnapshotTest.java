package org.newsatlas.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewSnapshotTest {

    private static final ArticleStamp TEN_ARTICLES = new ArticleStamp(10, 10);
    private static final ArticleStamp ELEVEN_ARTICLES = new ArticleStamp(11, 11);
    private static final Instant MADE = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void a_ranking_serves_as_long_as_no_article_arrived_or_went() {
        ReviewSnapshot cheap = snapshot(items(3), Duration.ofMillis(5));

        assertThat(cheap.servesFor(TEN_ARTICLES, MADE.plus(Duration.ofHours(1)))).isTrue();
        assertThat(cheap.servesFor(new ArticleStamp(9, 10), MADE)).isFalse();
    }

    @Test
    void a_cheap_ranking_is_made_again_as_soon_as_articles_arrive() {
        ReviewSnapshot cheap = snapshot(items(3), ReviewSnapshot.COSTLY_RANKING.minusMillis(1));

        assertThat(cheap.servesFor(ELEVEN_ARTICLES, MADE)).isFalse();
    }

    @Test
    void a_costly_ranking_outlives_arrivals_for_a_while_and_no_longer() {
        ReviewSnapshot costly = snapshot(items(3), ReviewSnapshot.COSTLY_RANKING);

        assertThat(costly.servesFor(ELEVEN_ARTICLES, MADE.plus(ReviewSnapshot.COSTLY_RANKING_KEPT_FOR).minusSeconds(1)))
                .isTrue();
        assertThat(costly.servesFor(ELEVEN_ARTICLES, MADE.plus(ReviewSnapshot.COSTLY_RANKING_KEPT_FOR))).isFalse();
    }

    @Test
    void only_the_first_items_are_kept_but_the_total_counts_them_all() {
        ReviewSnapshot large = snapshot(items(ReviewSnapshot.KEPT_ITEMS + 5), Duration.ZERO);
        ReviewSnapshot small = snapshot(items(ReviewSnapshot.KEPT_ITEMS), Duration.ZERO);

        assertThat(large.top()).hasSize(ReviewSnapshot.KEPT_ITEMS);
        assertThat(large.open()).isEqualTo(ReviewSnapshot.KEPT_ITEMS + 5);
        assertThat(large.truncated()).isTrue();
        assertThat(small.truncated()).isFalse();
    }

    @Test
    void a_closed_item_counts_once_and_closes_the_name_in_its_article_whatever_the_case() {
        ReviewSnapshot snapshot = snapshot(items(3), Duration.ZERO);
        ReviewItem first = snapshot.top().get(0);

        snapshot.close(first);
        snapshot.close(new ReviewItem(99, first.articleId(), null, first.name().toUpperCase(), 0, 1, 0.5, false, 1, 1, 1));

        assertThat(snapshot.isClosed(first)).isTrue();
        assertThat(snapshot.isClosed(snapshot.top().get(1))).isFalse();
        assertThat(snapshot.open()).isEqualTo(2);
    }

    private static ReviewSnapshot snapshot(List<ReviewItem> items, Duration cost) {
        return new ReviewSnapshot(items, TEN_ARTICLES, MADE, cost);
    }

    private static List<ReviewItem> items(int n) {
        List<ReviewItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(new ReviewItem(i + 1, i + 1, null, "Tripoli", 0, 7, 0.3, true, 1, 1, 1.0));
        }
        return items;
    }
}
