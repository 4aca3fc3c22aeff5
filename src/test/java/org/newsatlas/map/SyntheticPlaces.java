package org.newsatlas.map;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Places spread over the land-ish latitudes with a few hundred countries and a handful of kinds, as a large corpus has. */
public final class SyntheticPlaces {

    private static final List<String> KINDS = List.of("city", "town", "capital", "first-order division", "country", "region");

    private SyntheticPlaces() {
    }

    /** Ids from 100,000 up; mentions from 1 to 1,000, most of them few. */
    public static List<MapMarker> of(int count, long seed) {
        Random random = new Random(seed);
        return IntStream.range(0, count).mapToObj(i -> new MapMarker(100_000 + i, "Place " + i,
                -55 + 125 * random.nextDouble(), -180 + 360 * random.nextDouble(),
                (int) Math.floor(Math.pow(10, 3 * random.nextDouble())),
                "Country " + random.nextInt(240), KINDS.get(random.nextInt(KINDS.size())))).toList();
    }
}
