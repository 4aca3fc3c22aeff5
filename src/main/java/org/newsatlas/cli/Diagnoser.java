package org.newsatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsatlas.geoparser.OpenNlpGeoparser;

/** Runs the geoparser's diagnosis over articles on a few threads, keeping their order. */
final class Diagnoser {

    private Diagnoser() {
    }

    static List<OpenNlpGeoparser.Diagnosis> diagnoseAll(OpenNlpGeoparser geoparser, Collection<JsonNode> articles,
            int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<OpenNlpGeoparser.Diagnosis>> futures = new ArrayList<>(articles.size());
            for (JsonNode article : articles) {
                futures.add(pool.submit(() -> geoparser.diagnose(GeoparseCommand.text(article))));
            }
            List<OpenNlpGeoparser.Diagnosis> diagnoses = new ArrayList<>(articles.size());
            for (Future<OpenNlpGeoparser.Diagnosis> future : futures) {
                diagnoses.add(future.get());
            }
            return diagnoses;
        } finally {
            pool.shutdown();
        }
    }
}
