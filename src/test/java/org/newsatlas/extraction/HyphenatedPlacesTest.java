package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.extraction.Places.at;
import static org.newsatlas.extraction.Places.country;
import static org.newsatlas.extraction.Places.firstOrderDivision;
import static org.newsatlas.extraction.Places.in;
import static org.newsatlas.extraction.Places.town;
import static org.newsatlas.extraction.Sentences.candidate;
import static org.newsatlas.extraction.Sentences.sentence;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;

class HyphenatedPlacesTest {

    // one degree of latitude is 111.2 km
    private static final GazetteerEntry FARGO = at(town("Fargo", 125_000), 46.88, -96.79);
    private static final GazetteerEntry MOORHEAD = at(town("Moorhead", 44_000), 46.87, -96.77);
    private static final GazetteerEntry WAL = at(town("Wal", 1_000), 50.0, 10.0);
    private static final GazetteerEntry MART = at(town("Mart", 2_000), 31.54, -96.83);

    @Test
    void twin_towns_glued_by_a_hyphen_are_both_marked_as_a_pair_of_places() {
        List<SpanCandidate> marked = markedPair("in Fargo~-~Moorhead today", "Fargo", FARGO, "Moorhead", MOORHEAD);
        assertThat(marked).extracting(SpanCandidate::pairedByHyphen).containsExactly(true, true);
    }

    @Test
    void two_small_places_far_apart_glued_by_a_hyphen_are_a_brand_and_not_marked() {
        List<SpanCandidate> marked = markedPair("at Wal~-~Mart today", "Wal", WAL, "Mart", MART);
        assertThat(marked).extracting(SpanCandidate::pairedByHyphen).containsExactly(false, false);
    }

    @Test
    void twin_towns_with_a_spaced_dash_between_them_are_no_hyphenated_pair() {
        List<SpanCandidate> marked = markedPair("in Fargo - Moorhead today", "Fargo", FARGO, "Moorhead", MOORHEAD);
        assertThat(marked).extracting(SpanCandidate::pairedByHyphen).containsExactly(false, false);
    }

    @Test
    void two_countries_name_two_places_wherever_their_points_lie() {
        GazetteerEntry egypt = at(country("Egypt"), 27, 30);
        GazetteerEntry us = at(country("United States"), 39.76, -98.5);
        assertThat(markedPair("Egypt~-~US relations", "Egypt", egypt, "US", us))
                .extracting(SpanCandidate::pairedByHyphen).containsExactly(true, true);
    }

    @Test
    void a_division_and_a_place_in_it_name_two_places_and_a_place_of_another_division_does_not() {
        GazetteerEntry wisconsin = in(at(firstOrderDivision("Wisconsin", 5_800_000), 44.5, -90), "US", "WI");
        GazetteerEntry milwaukee = in(at(town("Milwaukee", 600_000), 43.04, -87.91), "US", "WI");
        GazetteerEntry chicago = in(at(town("Chicago", 2_700_000), 41.85, -87.65), "US", "IL");
        assertThat(markedPair("Wisconsin~-~Milwaukee", "Wisconsin", wisconsin, "Milwaukee", milwaukee))
                .extracting(SpanCandidate::pairedByHyphen).containsExactly(true, true);
        assertThat(markedPair("Wisconsin~-~Chicago", "Wisconsin", wisconsin, "Chicago", chicago))
                .extracting(SpanCandidate::pairedByHyphen).containsExactly(false, false);
    }

    @Test
    void neighbours_are_places_at_most_a_hundred_kilometres_apart() {
        GazetteerEntry here = at(town("Here", 5_000), 0, 0);
        GazetteerEntry near = at(town("Near", 5_000), 0.89, 0);   // 99 km
        GazetteerEntry far = at(town("Far", 5_000), 0.91, 0);     // 101 km
        assertThat(HyphenatedPlaces.NEIGHBOURS_KM).isEqualTo(100);
        assertThat(markedPair("Here~-~Near", "Here", here, "Near", near))
                .extracting(SpanCandidate::pairedByHyphen).containsExactly(true, true);
        assertThat(markedPair("Here~-~Far", "Here", here, "Far", far))
                .extracting(SpanCandidate::pairedByHyphen).containsExactly(false, false);
    }

    private static List<SpanCandidate> markedPair(String words, String left, GazetteerEntry leftPlace,
            String right, GazetteerEntry rightPlace) {
        AnalyzedSentence sentence = sentence(words);
        return HyphenatedPlaces.marked(sentence, List.of(
                candidate(sentence, left, false, leftPlace), candidate(sentence, right, false, rightPlace)));
    }
}
