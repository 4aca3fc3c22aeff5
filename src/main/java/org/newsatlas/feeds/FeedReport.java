package org.newsatlas.feeds;

import java.util.List;

/**
 * What one poll of one feed did. {@code error} says why the feed itself could not be read (then there
 * are no item counts); {@code problems} lists the items that could not be taken in and why.
 */
public record FeedReport(String url, String title, int items, int added, int duplicates, int skipped,
                         String error, List<ItemProblem> problems) {

    public record ItemProblem(String item, String reason) {
    }

    static FeedReport failed(String url, String error) {
        return new FeedReport(url, null, 0, 0, 0, 0, error, List.of());
    }

    public int rejected() {
        return problems.size();
    }
}
