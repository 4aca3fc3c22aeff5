package org.newsatlas.geoparser;

import org.newsatlas.extraction.NlpModels;
import org.newsatlas.extraction.RecognitionSettings;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerLoader;
import org.newsatlas.gazetteer.GazetteerProperties;

/** Builds the geoparser without Spring, for the command line and batch jobs. */
public final class StandaloneGeoparser {

    private StandaloneGeoparser() {
    }

    public static OpenNlpGeoparser create(GazetteerProperties gazetteerProperties, RecognitionSettings settings) {
        Gazetteer gazetteer = new GazetteerLoader(gazetteerProperties).load();
        return new OpenNlpGeoparser(NlpModels.loadFromClasspath(), gazetteer, settings);
    }
}
