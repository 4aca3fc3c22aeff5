package org.newsatlas.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoubtTest {

    @Test
    void the_geoparsers_low_confidence_reading_is_in_doubt_and_a_confident_one_is_not() {
        assertThat(Doubt.doubtful(MentionStatus.AUTO, 0.3, null, null)).isTrue();
        assertThat(Doubt.doubtful(MentionStatus.AUTO, 0.9, null, null)).isFalse();
    }

    @Test
    void two_close_readings_far_apart_are_in_doubt_even_at_a_high_confidence_but_not_when_they_are_one_point() {
        assertThat(Doubt.doubtful(MentionStatus.AUTO, 0.9, 0.1, 800.0)).isTrue();
        assertThat(Doubt.doubtful(MentionStatus.AUTO, 0.9, 0.1, 5.0)).isFalse();
        assertThat(Doubt.doubtful(MentionStatus.AUTO, 0.9, 2.0, 800.0)).isFalse();
    }

    @Test
    void a_persons_reading_is_certain_whatever_the_geoparser_thought() {
        for (MentionStatus reviewed : new MentionStatus[] {MentionStatus.CONFIRMED, MentionStatus.CORRECTED,
                MentionStatus.ADDED}) {
            assertThat(Doubt.doubtful(reviewed, 0.1, 0.1, 800.0)).as(reviewed.code()).isFalse();
        }
    }

    @Test
    void a_place_is_uncertain_when_all_or_most_of_its_mentions_are_in_doubt() {
        assertThat(Doubt.mostlyDoubtful(2, 2)).isTrue();
        assertThat(Doubt.mostlyDoubtful(2, 3)).isTrue();
    }

    @Test
    void a_place_with_half_or_fewer_of_its_mentions_in_doubt_is_certain() {
        assertThat(Doubt.mostlyDoubtful(1, 2)).isFalse();
        assertThat(Doubt.mostlyDoubtful(0, 5)).isFalse();
        assertThat(Doubt.mostlyDoubtful(0, 0)).isFalse();
    }
}
