package org.newsatlas.corrections;

import java.util.List;

/**
 * The first items of the review queue.
 *
 * @param total how many items the queue holds under the filter
 * @param reviewedArticles how many articles have been marked reviewed
 */
public record ReviewPage(int total, int reviewedArticles, List<ReviewItem> items) {

    public ReviewPage {
        items = List.copyOf(items);
    }
}
