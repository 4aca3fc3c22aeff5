package org.newsatlas.geoparser;

import java.lang.management.ManagementFactory;
import org.newsatlas.gazetteer.GazetteerProperties;
import org.newsatlas.gazetteer.GazetteerStats;
import org.newsatlas.gazetteer.InMemoryGazetteer;
import org.newsatlas.geocoding.RankingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The geoparser as the web app sees it: one shared, thread-safe {@link Geoparser} bean. It loads
 * the gazetteer and the models in the background once the app serves ({@link LoadingAfterStartUp}),
 * or as soon as something needs it (see {@link BackgroundGeoparser}); nothing else in the app holds
 * the gazetteer or the models.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GeoparserProperties.class)
class GeoparserConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GeoparserConfiguration.class);

    @Bean
    Geoparser geoparser(GazetteerProperties gazetteer, GeoparserProperties properties) {
        return BackgroundGeoparser.deferred(() -> {
            long started = System.nanoTime();
            StandaloneGeoparser.Parts parts = StandaloneGeoparser.load(gazetteer);
            logLoaded(parts.gazetteer());
            OpenNlpGeoparser geoparser = parts.geoparser(properties.recognitionSettings(), RankingModel.handSet());
            log.info("The geoparser is ready after {} ms", (System.nanoTime() - started) / 1_000_000);
            return geoparser;
        });
    }

    private static void logLoaded(InMemoryGazetteer gazetteer) {
        GazetteerStats stats = gazetteer.stats();
        // Heap in use right after loading the gazetteer and the models (no forced GC: start-up
        // should not pay for one), so an upper bound on what they hold.
        long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        log.info("Gazetteer: {} entries, {} distinct names, {} demonyms from {} rows ({} skipped, {} merged); "
                        + "heap in use {} MB",
                stats.entries(), stats.distinctNames(), stats.demonyms(), stats.rowsRead(), stats.rowsSkipped(),
                stats.duplicatesMerged(), heapMb);
        if (stats.entries() == 0) {
            log.warn("The gazetteer is empty: no place names will be found. Missing: {}", stats.missingSources());
        }
    }
}
