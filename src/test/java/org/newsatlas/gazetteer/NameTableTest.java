package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameTableTest {

    private static GazetteerEntry place(long id) {
        return new GazetteerEntry(id, "P" + id, "P" + id, List.of(), 0, 0, "P", "PPL", "XX", "", "", 0);
    }

    @Test
    void the_table_grows_past_its_expected_size_and_keeps_every_name() {
        NameTable table = new NameTable(1);
        for (int i = 0; i < 10_000; i++) {
            table.add("name " + i, place(i));
        }

        assertThat(table.names()).isEqualTo(10_000);
        assertThat(table.get("name 9999")).extracting(GazetteerEntry::geonameId).containsExactly(9999L);
    }

    @Test
    void entries_keep_the_order_they_were_added_in_and_repeats_collapse() {
        NameTable table = new NameTable(4);
        GazetteerEntry first = place(1);
        GazetteerEntry second = place(2);
        table.add("tripoli", first);
        table.add("tripoli", first);
        table.add("tripoli", second);
        NameIndex index = table.freeze();

        assertThat(index.get("tripoli")).containsExactly(first, second);
        assertThat(index.get("tripol")).isEmpty();
    }

    @Test
    void a_prefix_is_not_a_name_until_a_name_claims_it() {
        NameTable table = new NameTable(4);
        table.addPrefix("new york");
        assertThat(table.get("new york")).isEmpty();
        assertThat(table.find("new york")).isNotNull();
        assertThat(table.find("new jersey")).isNull();

        table.add("new york", place(1));
        table.addPrefix("new york");

        assertThat(table.get("new york")).hasSize(1);
        assertThat(table.names()).isEqualTo(1);
    }

    @Test
    void the_frozen_index_finds_every_key_where_the_table_put_it_names_and_prefixes_alike() {
        NameTable table = new NameTable(4);
        for (int i = 0; i < 1_000; i++) {
            table.add("name " + i, place(i));
            table.addPrefix("start " + i);
        }
        table.add("zürich", place(5_000));

        NameIndex index = table.freeze();

        assertThat(index.names()).isEqualTo(1_001);
        assertThat(index.size()).isEqualTo(2_001);
        assertThat(index.get("name 999")).extracting(GazetteerEntry::geonameId).containsExactly(999L);
        assertThat(index.get("zürich")).extracting(GazetteerEntry::geonameId).containsExactly(5_000L);
        assertThat(index.find("start 7")).isSameAs(NameIndex.PREFIX);
        assertThat(index.find("start 1000")).isNull();
        assertThat(index.get("zurich")).isEmpty();
    }
}
