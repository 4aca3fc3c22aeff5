package org.newsatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.InMemoryGazetteer;

/** A degree of latitude is 111.2 km, so 1.43 degrees is 159 km and 1.46 degrees is 162 km. */
class GazetteerCheckTest {

    private static final GazetteerEntry SPRINGFIELD = place(1, "Springfield", 0.0, 0.0);
    private static final GazetteerEntry FAR_SPRINGFIELD = place(2, "Springfield", 10.0, 0.0);
    private static final GazetteerEntry RURITANIA = place(3, "Ruritania", 20.0, 0.0);

    private final GazetteerCheck gazetteer = new GazetteerCheck(InMemoryGazetteer.builder()
            .add(SPRINGFIELD).add(FAR_SPRINGFIELD).add(RURITANIA).addDemonym("Ruritanian", 3).build());

    @Test
    void the_nearest_entry_of_the_name_is_found_with_its_distance() {
        GazetteerCheck.Nearest nearest = gazetteer.nearest("Springfield", 9.0, 0.0).orElseThrow();

        assertThat(nearest.entry()).isEqualTo(FAR_SPRINGFIELD);
        assertThat(nearest.km()).isBetween(111.0, 111.4);
    }

    @Test
    void a_name_the_gazetteer_lacks_has_no_nearest_entry() {
        assertThat(gazetteer.nearest("Shelbyville", 0.0, 0.0)).isEmpty();
        assertThat(gazetteer.knows("Shelbyville")).isFalse();
        assertThat(gazetteer.knows("Springfield")).isTrue();
    }

    @Test
    void an_entry_within_161_km_of_the_gold_point_is_the_gold_place() {
        assertThat(gazetteer.has(gold("Springfield", 1.43), "Springfield")).isTrue();
        assertThat(GazetteerCheck.near(SPRINGFIELD, gold("Springfield", 1.43))).isTrue();
    }

    @Test
    void an_entry_just_over_161_km_away_is_not() {
        assertThat(gazetteer.has(gold("Springfield", 1.46), "Springfield")).isFalse();
        assertThat(GazetteerCheck.near(SPRINGFIELD, gold("Springfield", 1.46))).isFalse();
    }

    @Test
    void a_demonym_counts_as_a_name_of_its_place() {
        assertThat(gazetteer.has(gold("Ruritanian", 20.5), "Ruritanian")).isTrue();
        assertThat(gazetteer.nearest("Ruritanian", 20.0, 0.0)).get()
                .extracting(GazetteerCheck.Nearest::entry).isEqualTo(RURITANIA);
    }

    @Test
    void gold_without_coordinates_is_had_when_the_name_is_known_anywhere() {
        Toponym withoutCoordinates = new Toponym(0, 11, "Springfield", null, null, null, null, null);
        Toponym unknown = new Toponym(0, 11, "Shelbyville", null, null, null, null, null);

        assertThat(gazetteer.has(withoutCoordinates, withoutCoordinates.name())).isTrue();
        assertThat(gazetteer.has(unknown, unknown.name())).isFalse();
    }

    @Test
    void any_of_several_names_will_do() {
        Toponym gold = gold("Springfield Township", 1.43);

        assertThat(gazetteer.has(gold, gold.name())).isFalse();
        assertThat(gazetteer.has(gold, gold.name(), "Springfield")).isTrue();
    }

    private static Toponym gold(String name, double latitude) {
        return new Toponym(0, name.length(), name, latitude, 0.0, null, null, null);
    }

    private static GazetteerEntry place(long id, String name, double lat, double lon) {
        return new GazetteerEntry(id, name, name, List.of(), lat, lon, "P", "PPL", "XX", "", "", 1000);
    }
}
