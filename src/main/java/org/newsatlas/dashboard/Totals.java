package org.newsatlas.dashboard;

/** The three numbers at the top of the dashboard, for the current filter. */
public record Totals(long articles, long mentions, int places) {
}
