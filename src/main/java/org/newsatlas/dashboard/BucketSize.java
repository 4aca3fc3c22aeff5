package org.newsatlas.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** The width of one bar of the timeline. */
public enum BucketSize {
    DAY, WEEK, MONTH;

    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BucketSize> fromKey(String key) {
        for (BucketSize size : values()) {
            if (size.key().equals(key)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
