package org.newsatlas.extraction;

import static org.newsatlas.extraction.RecognitionWeights.CITY;
import static org.newsatlas.extraction.RecognitionWeights.CITY_POPULATION;
import static org.newsatlas.extraction.RecognitionWeights.LARGE_DIVISION_POPULATION;
import static org.newsatlas.extraction.RecognitionWeights.MAJOR_PLACE;
import static org.newsatlas.extraction.RecognitionWeights.SMALL_PLACES_ONLY;
import static org.newsatlas.extraction.RecognitionWeights.TOWN;
import static org.newsatlas.extraction.RecognitionWeights.TOWN_POPULATION;

import org.newsatlas.gazetteer.FeatureCodes;
import org.newsatlas.gazetteer.GazetteerEntry;

/** What the gazetteer says about a candidate span: how prominent the places of that name are. */
final class CandidatePlaces {

    private CandidatePlaces() {
    }

    /** The weight of the most prominent place of that name: a major place, a city, a town, or 0. */
    static double prominence(SpanCandidate candidate) {
        if (isMajorPlace(candidate)) {
            return MAJOR_PLACE;
        }
        long population = largestPopulation(candidate);
        return population >= CITY_POPULATION ? CITY : population >= TOWN_POPULATION ? TOWN : 0;
    }

    /** Whether a city ({@link RecognitionWeights#CITY_POPULATION} or more) bears the name. */
    static boolean namesACity(SpanCandidate candidate) {
        return largestPopulation(candidate) >= CITY_POPULATION;
    }

    /**
     * The population of the largest place of that name, as far as the name says it. A place called
     * so only by one of its alternate names does not count: GeoNames lists translations, nicknames,
     * former names and names of parts among them ("Hamas" for Hamm, "White House" for Casablanca,
     * "Google" for Topeka, "McDaniel" for Lilburn), so they hardly tell that a word is a place. The
     * first words of a division's name count as a town's at most: "Clarke" for Clarke County, but
     * many short county names are persons' too ("Scott", "Travis").
     */
    private static long largestPopulation(SpanCandidate candidate) {
        long largest = 0;
        for (GazetteerEntry entry : candidate.entries()) {
            if (entry.population() <= largest || entry.population() < TOWN_POPULATION) {
                continue; // a village weighs nothing however it is called
            }
            long population = switch (entry.naming(candidate.key())) {
                case OWN_NAME -> entry.population();
                case SHORT_NAME -> Math.min(entry.population(), CITY_POPULATION - 1);
                case ALTERNATE_NAME -> 0;
            };
            largest = Math.max(largest, population);
        }
        return largest;
    }

    /**
     * "Bruton", "Lipscomb": only villages bear the name, so its capital letter says little. A sea,
     * a river or a mountain has no population, which says nothing of its size: "along the Nile".
     */
    static double smallPlacesOnly(SpanCandidate candidate) {
        if (prominence(candidate) != 0) {
            return 0;
        }
        for (GazetteerEntry entry : candidate.entries()) {
            if (!entry.isPopulatedPlace() && !FeatureCodes.ADMINISTRATIVE.equals(entry.featureClass())) {
                return 0;
            }
        }
        return SMALL_PLACES_ONLY;
    }

    static boolean isCountryOrContinent(SpanCandidate candidate) {
        for (GazetteerEntry entry : candidate.entries()) {
            if (entry.isCountry() || FeatureCodes.isContinent(entry.featureCode())) {
                return true;
            }
        }
        return false;
    }

    static boolean isMajorPlace(SpanCandidate candidate) {
        for (GazetteerEntry entry : candidate.entries()) {
            // a sheading of the Isle of Man named "Michael" is no reason to read "Michael Smith" as a place
            boolean largeDivision = entry.isFirstOrderDivision() && entry.population() >= LARGE_DIVISION_POPULATION;
            if (entry.isCountry() || largeDivision
                    || FeatureCodes.isContinent(entry.featureCode()) || FeatureCodes.isRegion(entry.featureCode())) {
                return true;
            }
        }
        return false;
    }
}
