package org.newsatlas.feeds;

import java.time.Duration;
import java.util.List;

/**
 * The feeds to poll ({@code newsatlas.feeds}, comma-separated URLs; none by default, and then nothing is
 * polled on a schedule) and how often ({@code newsatlas.feeds.interval}, 15 minutes by default).
 */
public record FeedSettings(List<String> urls, Duration interval) {

    public FeedSettings {
        urls = urls.stream().map(String::strip).filter(url -> !url.isEmpty()).distinct().toList();
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("newsatlas.feeds.interval must be positive, not " + interval);
        }
    }
}
