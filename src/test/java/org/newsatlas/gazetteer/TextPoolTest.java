package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextPoolTest {

    private final TextPool pool = TextPool.of(List.of("tripoli", "sao paulo", "münchen", "北京", "", "trip"));

    @Test
    void a_string_compares_equal_in_place_only_to_itself() {
        assertThat(pool.equalsAt(0, "tripoli")).isTrue();
        assertThat(pool.equalsAt(0, "tripol")).isFalse();
        assertThat(pool.equalsAt(0, "tripolis")).isFalse();
        assertThat(pool.equalsAt(5, "trip")).isTrue();
        assertThat(pool.equalsAt(5, "tripoli")).isFalse();
        assertThat(pool.equalsAt(4, "")).isTrue();
        assertThat(pool.equalsAt(4, "a")).isFalse();
    }

    @Test
    void strings_beyond_ascii_compare_and_decode_as_they_were_given() {
        assertThat(pool.equalsAt(2, "münchen")).isTrue();
        assertThat(pool.equalsAt(2, "munchen")).isFalse();
        assertThat(pool.equalsAt(2, "müncheN")).isFalse();
        assertThat(pool.equalsAt(3, "北京")).isTrue();
        assertThat(pool.equalsAt(3, "北")).isFalse();
        assertThat(pool.get(2)).isEqualTo("münchen");
        assertThat(pool.get(3)).isEqualTo("北京");
    }

    @Test
    void prefixes_and_order_follow_the_utf8_bytes() {
        byte[] trip = "trip".getBytes(StandardCharsets.UTF_8);
        assertThat(pool.startsWith(0, trip)).isTrue();
        assertThat(pool.startsWith(1, trip)).isFalse();
        assertThat(pool.compare(5, trip)).isZero();
        assertThat(pool.compare(0, trip)).isPositive();
        assertThat(pool.compare(1, 0)).isNegative();
        assertThat(pool.compare(3, 2)).as("a CJK char sorts after a Latin one").isPositive();
    }

    @Test
    void a_list_of_pooled_strings_reads_and_compares_like_any_list_and_cannot_be_changed() {
        List<String> names = pool.list(new int[] {9, 2, 3, 9}, 1, 3);

        assertThat(names).containsExactly("münchen", "北京").isEqualTo(List.of("münchen", "北京"));
        assertThat(names.hashCode()).isEqualTo(List.of("münchen", "北京").hashCode());
        assertThat(pool.list(new int[] {1}, 1, 1)).isEmpty();
        assertThatThrownBy(() -> names.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> names.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void an_entry_keeps_its_pooled_alternate_names_without_copying_them() {
        List<String> names = pool.list(new int[] {2, 3}, 0, 2);

        GazetteerEntry entry = new GazetteerEntry(1, "Munich", "Munich", names, 48.1, 11.6, "P", "PPLA", "DE", "02",
                "091", 1_260_391);

        assertThat(entry.alternateNames()).isSameAs(names);
        assertThat(new GazetteerEntry(1, "Munich", "Munich", List.of("münchen", "北京"), 48.1, 11.6, "P", "PPLA", "DE",
                "02", "091", 1_260_391)).isEqualTo(entry);
    }

    @Test
    void offsets_that_do_not_cover_the_text_are_refused() {
        assertThatThrownBy(() -> new TextPool(new byte[3], new int[] {0, 2})).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TextPool(new byte[3], new int[] {0, 2, 1, 3}))
                .isInstanceOf(IllegalStateException.class);
    }
}
