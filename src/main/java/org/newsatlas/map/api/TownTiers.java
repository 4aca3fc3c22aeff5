package org.newsatlas.map.api;

import java.util.List;
import org.newsatlas.gazetteer.FeatureCodes;

/**
 * From which zoom level a town's name is drawn, by its population: a world map names only the
 * largest cities, each zoom step in adds smaller ones. Chosen by looking at the map: at each
 * step a 1440x900 view of Europe, the Nile valley and the US East coast should get a few dozen
 * names, not hundreds. Capitals come in with the million-cities.
 */
final class TownTiers {

    /** A zoom level and the smallest population named from it on. */
    record Tier(int zoom, long minPopulation) {
    }

    static final List<Tier> TIERS = List.of(
            new Tier(3, 5_000_000), new Tier(4, 1_000_000), new Tier(5, 300_000),
            new Tier(6, 100_000), new Tier(7, 40_000), new Tier(8, 15_000));

    /**
     * Parts of a city (PPLX), and historical, abandoned or destroyed places: GeoNames gives some
     * of them a population, but a map names the city they belong to, or nothing.
     */
    /** Capitals are named from here on, however small. */
    static final int CAPITAL_ZOOM = 4;

    private static final List<String> NOT_A_TOWN = List.of("PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH");

    private TownTiers() {
    }

    /** The zoom from which this place's name is drawn, or -1 if it is never named. */
    static int zoomOf(String featureCode, long population) {
        if (NOT_A_TOWN.contains(featureCode)) {
            return -1;
        }
        int zoom = TIERS.stream().filter(tier -> population >= tier.minPopulation())
                .mapToInt(Tier::zoom).findFirst().orElse(-1);
        boolean capital = FeatureCodes.CAPITAL.equals(featureCode);
        return capital && (zoom == -1 || zoom > CAPITAL_ZOOM) ? CAPITAL_ZOOM : zoom;
    }
}
