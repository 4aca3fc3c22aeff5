package org.newsatlas.extraction;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.newsatlas.gazetteer.GazetteerEntry;

/** Gazetteer entries and word lists made up for the rules under test: only kind and size matter. */
final class Places {

    private static final AtomicLong IDS = new AtomicLong(1);

    /** Frequent English words, as far as the tests need them. */
    static final WordList COMMON_WORDS = new WordList(Set.of(
            "council", "man", "may", "new", "market", "us", "it", "french", "village", "chief", "reading"));

    /** English given names, as far as the tests need them. */
    static final WordList GIVEN_NAMES = new WordList(Set.of(
            "mary", "mark", "jordan", "georgia", "virginia", "jo", "lincoln"));

    private Places() {
    }

    static GazetteerEntry town(String name, long population) {
        return entry(name, "P", "PPL", population);
    }

    static GazetteerEntry country(String name) {
        return entry(name, "A", "PCLI", 5_000_000);
    }

    static GazetteerEntry firstOrderDivision(String name, long population) {
        return entry(name, "A", "ADM1", population);
    }

    static GazetteerEntry continent(String name) {
        return entry(name, "L", "CONT", 0);
    }

    static GazetteerEntry region(String name) {
        return entry(name, "L", "RGN", 0);
    }

    static GazetteerEntry entry(String name, String featureClass, String featureCode, long population) {
        return new GazetteerEntry(IDS.getAndIncrement(), name, name, List.of(), 0, 0,
                featureClass, featureCode, "XX", "01", "", population);
    }

    /** The same place, known by other names too. */
    static GazetteerEntry alsoKnownAs(GazetteerEntry place, String... alternates) {
        return new GazetteerEntry(place.geonameId(), place.name(), place.asciiName(), List.of(alternates),
                place.latitude(), place.longitude(), place.featureClass(), place.featureCode(),
                place.countryCode(), place.admin1Code(), place.admin2Code(), place.population());
    }

    /** The same place at this point. */
    static GazetteerEntry at(GazetteerEntry place, double latitude, double longitude) {
        return new GazetteerEntry(place.geonameId(), place.name(), place.asciiName(), place.alternateNames(),
                latitude, longitude, place.featureClass(), place.featureCode(),
                place.countryCode(), place.admin1Code(), place.admin2Code(), place.population());
    }

    /** The same place in this country and first-order division. */
    static GazetteerEntry in(GazetteerEntry place, String countryCode, String admin1Code) {
        return new GazetteerEntry(place.geonameId(), place.name(), place.asciiName(), place.alternateNames(),
                place.latitude(), place.longitude(), place.featureClass(), place.featureCode(),
                countryCode, admin1Code, place.admin2Code(), place.population());
    }
}
