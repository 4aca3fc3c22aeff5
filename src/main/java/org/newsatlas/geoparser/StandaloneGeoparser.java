package org.newsatlas.geoparser;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.newsatlas.extraction.NlpModels;
import org.newsatlas.extraction.RecognitionSettings;
import org.newsatlas.gazetteer.GazetteerLoader;
import org.newsatlas.gazetteer.GazetteerProperties;
import org.newsatlas.gazetteer.InMemoryGazetteer;
import org.newsatlas.geocoding.RankingModel;

/** Builds the geoparser without Spring, for the command line and batch jobs (and the app's loader). */
public final class StandaloneGeoparser {

    private StandaloneGeoparser() {
    }

    /** The gazetteer and the OpenNLP models a geoparser is made of; one load serves many geoparsers. */
    public record Parts(InMemoryGazetteer gazetteer, NlpModels models) {

        public OpenNlpGeoparser geoparser(RecognitionSettings settings, RankingModel ranking) {
            return new OpenNlpGeoparser(models, gazetteer, settings, ranking);
        }
    }

    public static OpenNlpGeoparser create(GazetteerProperties gazetteerProperties, RecognitionSettings settings) {
        return load(gazetteerProperties).geoparser(settings, RankingModel.handSet());
    }

    /**
     * The gazetteer loads on this thread while the OpenNLP models load on another: the two take
     * seconds each and share nothing, so on two cores start-up waits for the longer, not the sum.
     */
    public static Parts load(GazetteerProperties gazetteerProperties) {
        CompletableFuture<NlpModels> models = new CompletableFuture<>();
        Thread modelLoader = new Thread(() -> {
            try {
                models.complete(NlpModels.loadFromClasspath());
            } catch (RuntimeException | Error e) {
                models.completeExceptionally(e);
            }
        }, "nlp-models-loader");
        modelLoader.setDaemon(true);
        modelLoader.start();
        InMemoryGazetteer gazetteer = new GazetteerLoader(gazetteerProperties).load();
        try {
            return new Parts(gazetteer, models.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
