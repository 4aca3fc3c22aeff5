package org.newsatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsatlas.map.ShadeClasses.ShadeClass;

class ShadeClassesTest {

    @Test
    void lower_bounds_are_round_numbers_one_two_or_five_times_a_power_of_ten() {
        assertThat(List.of(1, 2, 3, 7, 10, 19, 37, 120, 499, 500, 1234)).map(ShadeClasses::roundDown)
                .containsExactly(1, 2, 2, 5, 10, 10, 20, 100, 200, 500, 1000);
    }

    @Test
    void a_skewed_spread_of_mentions_gets_five_classes_from_the_smallest_to_the_largest_count() {
        List<Integer> mentions = IntStream.rangeClosed(1, 200).map(i -> i * i).boxed().toList();

        List<ShadeClass> classes = ShadeClasses.of(mentions);

        assertThat(classes).hasSize(ShadeClasses.MAX_CLASSES);
        assertThat(classes.get(0).from()).isEqualTo(1);
        assertThat(classes.get(classes.size() - 1).to()).isEqualTo(40_000);
        for (int i = 1; i < classes.size(); i++) {
            assertThat(classes.get(i).from()).as("classes meet without a gap").isEqualTo(classes.get(i - 1).to() + 1);
        }
    }

    @Test
    void every_country_with_mentions_falls_in_exactly_one_class() {
        List<Integer> mentions = List.of(3, 3, 8, 15, 15, 42, 160, 900, 901, 2);
        List<ShadeClass> classes = ShadeClasses.of(mentions);

        for (int count : mentions) {
            assertThat(classes.stream().filter(c -> count >= c.from() && count <= c.to())).hasSize(1);
            assertThat(ShadeClasses.classOf(classes, count)).isNotNegative();
        }
    }

    @Test
    void few_distinct_counts_make_fewer_classes() {
        assertThat(ShadeClasses.of(List.of(4, 4, 4))).containsExactly(new ShadeClass(2, 4));
        assertThat(ShadeClasses.of(List.of(1, 30))).containsExactly(new ShadeClass(1, 19), new ShadeClass(20, 30));
    }

    @Test
    void countries_without_mentions_make_no_class_and_belong_to_none() {
        assertThat(ShadeClasses.of(List.of(0, 0))).isEmpty();
        assertThat(ShadeClasses.classOf(ShadeClasses.of(List.of(5, 9)), 0)).isEqualTo(-1);
        assertThat(ShadeClasses.classOf(ShadeClasses.of(List.of(5, 9)), 9)).isNotNegative();
    }
}
