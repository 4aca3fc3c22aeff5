package org.newsatlas.feeds;

import java.time.Instant;
import java.util.List;

/** One poll of the configured feeds: when it ran and what each feed gave. */
public record PollReport(Instant startedAt, Instant finishedAt, List<FeedReport> feeds) {
}
