package org.newsatlas.geoparser;

import org.newsatlas.extraction.RecognitionSettings;
import org.newsatlas.gazetteer.GazetteerProperties;

/** One geoparser with the bundled gazetteer for all tests in a JVM: loading takes seconds. */
final class SharedGeoparser {

    private static Geoparser instance;

    private SharedGeoparser() {
    }

    static synchronized Geoparser get() {
        if (instance == null) {
            instance = StandaloneGeoparser.create(GazetteerProperties.defaults(), RecognitionSettings.defaults());
        }
        return instance;
    }
}
