package org.newsatlas.dashboard;

import java.time.LocalDate;

/** Articles and mentions in one day, week (from Monday) or month (from the 1st). */
public record TimeBucket(LocalDate start, int articles, int mentions) {
}
