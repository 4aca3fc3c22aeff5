package org.newsatlas.gazetteer;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the gazetteer once at start-up; every other feature gets it as the {@link Gazetteer} bean. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GazetteerProperties.class)
class GazetteerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GazetteerConfiguration.class);

    @Bean
    Gazetteer gazetteer(GazetteerProperties properties) {
        long started = System.nanoTime();
        InMemoryGazetteer gazetteer = new GazetteerLoader(properties).load();
        long millis = (System.nanoTime() - started) / 1_000_000;
        GazetteerStats stats = gazetteer.stats();
        // Heap in use right after loading (no forced GC: start-up should not pay for one), so an
        // upper bound on what the gazetteer holds.
        long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        log.info("Gazetteer: {} entries, {} distinct names, {} demonyms from {} rows ({} skipped, {} merged) "
                        + "in {} ms; heap in use {} MB",
                stats.entries(), stats.distinctNames(), stats.demonyms(), stats.rowsRead(), stats.rowsSkipped(),
                stats.duplicatesMerged(), millis, heapMb);
        if (stats.entries() == 0) {
            log.warn("The gazetteer is empty: no place names will be found. Missing: {}", stats.missingSources());
        }
        return gazetteer;
    }
}
