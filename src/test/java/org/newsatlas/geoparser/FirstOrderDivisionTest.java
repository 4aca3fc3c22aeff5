package org.newsatlas.geoparser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;

/** The geoparser names the state or province a place lies in, from the bundled gazetteer. */
class FirstOrderDivisionTest {

    private final Geoparser geoparser = SharedGeoparser.get();

    @Test
    void springfield_the_capital_of_illinois_lies_in_illinois() {
        GazetteerEntry springfield = geoparser.gazetteerEntry(4250542).orElseThrow();

        assertThat(springfield.name()).isEqualTo("Springfield");
        assertThat(geoparser.firstOrderDivisionOf(springfield)).get().extracting(GazetteerEntry::name)
                .isEqualTo("Illinois");
    }

    @Test
    void a_city_in_libya_lies_in_its_district() {
        GazetteerEntry sirte = geoparser.gazetteerEntry(2210554).orElseThrow();

        assertThat(geoparser.firstOrderDivisionOf(sirte)).get().extracting(GazetteerEntry::name).isEqualTo("Surt");
    }

    @Test
    void a_country_and_a_division_itself_lie_in_no_division() {
        GazetteerEntry libya = geoparser.gazetteerEntry(2215636).orElseThrow();
        GazetteerEntry illinois = geoparser.gazetteerEntry(geoparser.firstOrderDivisionOf(
                geoparser.gazetteerEntry(4250542).orElseThrow()).orElseThrow().geonameId()).orElseThrow();

        assertThat(geoparser.firstOrderDivisionOf(libya)).isEmpty();
        assertThat(illinois.isFirstOrderDivision()).isTrue();
        assertThat(geoparser.firstOrderDivisionOf(illinois)).isEmpty();
    }

    @Test
    void an_id_the_gazetteer_does_not_hold_finds_nothing() {
        assertThat(geoparser.gazetteerEntry(1)).isEmpty();
    }
}
