package org.newsatlas.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.dashboard.BucketSize;
import org.newsatlas.dashboard.TimeBucket;
import org.newsatlas.dashboard.ui.TimelineData.Bar;

class TimelineDataTest {

    private static TimeBucket day(String date, int articles, int mentions) {
        return new TimeBucket(LocalDate.parse(date), articles, mentions);
    }

    @Test
    void days_add_up_to_weeks_from_monday_and_empty_weeks_between_get_a_bar_of_zero() {
        List<Bar> bars = TimelineData.bars(List.of(day("2021-03-02", 2, 5), day("2021-03-07", 1, 1),
                day("2021-03-17", 4, 9)), BucketSize.WEEK);

        assertThat(bars).containsExactly(
                new Bar("2021-03-01", "2021-03-07", 3, 6),
                new Bar("2021-03-08", "2021-03-14", 0, 0),
                new Bar("2021-03-15", "2021-03-21", 4, 9));
    }

    @Test
    void a_month_bar_ends_on_the_last_day_of_its_month() {
        assertThat(TimelineData.bars(List.of(day("2024-02-10", 1, 1)), BucketSize.MONTH))
                .containsExactly(new Bar("2024-02-01", "2024-02-29", 1, 1));
    }

    @Test
    void no_days_give_no_bars() {
        assertThat(TimelineData.bars(List.of(), BucketSize.DAY)).isEmpty();
    }

    @Test
    void the_bar_width_that_fits_grows_with_the_span() {
        assertThat(TimelineData.fitting(List.of(day("2021-01-01", 1, 1), day("2021-03-01", 1, 1))))
                .isEqualTo(BucketSize.DAY);
        assertThat(TimelineData.fitting(List.of(day("2021-01-01", 1, 1), day("2021-12-31", 1, 1))))
                .isEqualTo(BucketSize.WEEK);
        assertThat(TimelineData.fitting(List.of(day("2018-01-01", 1, 1), day("2021-12-31", 1, 1))))
                .isEqualTo(BucketSize.MONTH);
    }

    @Test
    void the_payload_names_its_width_measure_and_date_filter() {
        TimelineData data = TimelineData.of(List.of(day("2021-03-02", 2, 5)), BucketSize.DAY, false,
                LocalDate.of(2021, 3, 1), null);

        assertThat(data.size()).isEqualTo("day");
        assertThat(data.measure()).isEqualTo("articles");
        assertThat(data.showMentions()).isFalse();
        assertThat(data.from()).isEqualTo("2021-03-01");
        assertThat(data.to()).isNull();
    }
}
