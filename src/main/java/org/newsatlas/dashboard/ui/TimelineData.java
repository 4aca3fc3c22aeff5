package org.newsatlas.dashboard.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.newsatlas.dashboard.BucketSize;
import org.newsatlas.dashboard.TimeBucket;

/**
 * What the timeline draws, as one payload; mirrored by TimelineData in news-timeline.ts. Bars run
 * without gaps from the first bucket with articles to the last, so that time reads evenly.
 *
 * @param measure      "articles" or "mentions": what the bar heights count
 * @param showMentions whether a bar's mentions are worth reading out (not where they are the
 *                     mentions of every place in articles chosen for one place)
 * @param from         the date filter in force, or null
 */
record TimelineData(List<Bar> bars, String size, String measure, boolean showMentions, String from, String to) {

    /** Up to this many days the timeline draws a bar per day when left to choose. */
    static final int DAYS_FOR_DAILY_BARS = 92;
    /** Up to this many days, a bar per week; beyond, a bar per month. */
    static final int DAYS_FOR_WEEKLY_BARS = 3 * 366;

    /** One bar: the first and last day it covers. */
    record Bar(String start, String end, int articles, int mentions) {
    }

    static TimelineData of(List<TimeBucket> days, BucketSize size, boolean showMentions, LocalDate from, LocalDate to) {
        return new TimelineData(bars(days, size), size.key(), "articles", showMentions, text(from), text(to));
    }

    /** The bar width that gives a readable number of bars for the span of these days. */
    static BucketSize fitting(List<TimeBucket> days) {
        if (days.isEmpty()) {
            return BucketSize.MONTH;
        }
        LocalDate first = days.stream().map(TimeBucket::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.stream().map(TimeBucket::start).max(LocalDate::compareTo).orElseThrow();
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        return span <= DAYS_FOR_DAILY_BARS ? BucketSize.DAY : span <= DAYS_FOR_WEEKLY_BARS ? BucketSize.WEEK : BucketSize.MONTH;
    }

    /** Day counts added up per bar (an article has one day, so the sums are exact), gaps filled with zeros. */
    static List<Bar> bars(List<TimeBucket> days, BucketSize size) {
        TreeMap<LocalDate, int[]> sums = new TreeMap<>();
        for (TimeBucket day : days) {
            int[] sum = sums.computeIfAbsent(size.startOf(day.start()), start -> new int[2]);
            sum[0] += day.articles();
            sum[1] += day.mentions();
        }
        List<Bar> bars = new ArrayList<>();
        if (sums.isEmpty()) {
            return bars;
        }
        LocalDate last = sums.lastKey();
        for (LocalDate start = sums.firstKey(); !start.isAfter(last); start = size.next(start)) {
            int[] sum = sums.getOrDefault(start, new int[2]);
            bars.add(new Bar(start.toString(), size.next(start).minusDays(1).toString(), sum[0], sum[1]));
        }
        return bars;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
