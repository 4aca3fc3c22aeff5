package org.newsatlas.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.GeoparsedText;
import org.newsatlas.geoparser.Geoparser;
import org.newsatlas.geoparser.RealGeoparserUnloaded;
import org.newsatlas.geoparser.ResolvedToponym;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A stand-in geoparser for the storage tests: it knows three made-up names, one of which
 * resolves to a place the database refuses (it has no name), and it notes whether a transaction
 * was open, or a connection bound to the thread, while it ran.
 */
class StandInGeoparser implements Geoparser {

    static final GazetteerEntry GOODTOWN = entry(9_000_001, "Goodtown");
    static final GazetteerEntry NAMELESS = entry(9_000_002, null);
    static final GazetteerEntry FINEVILLE = entry(9_000_003, "Fineville");

    private static final Map<String, GazetteerEntry> NAMES = Map.of(
            "Goodtown", GOODTOWN, "Badplace", NAMELESS, "Fineville", FINEVILLE);

    /** What the thread held while the geoparser last ran. */
    record Surroundings(boolean transactionActive, boolean resourcesBound) {
    }

    private volatile Surroundings lastRun;

    @Override
    public GeoparsedText parse(String text) {
        lastRun = new Surroundings(TransactionSynchronizationManager.isActualTransactionActive(),
                !TransactionSynchronizationManager.getResourceMap().isEmpty());
        List<ResolvedToponym> toponyms = new ArrayList<>();
        Matcher names = Pattern.compile(String.join("|", NAMES.keySet())).matcher(text);
        while (names.find()) {
            toponyms.add(new ResolvedToponym(names.start(), names.end(), names.group(), NAMES.get(names.group()), 1,
                    0, text.length(), List.of()));
        }
        return new GeoparsedText(text, List.of(new GeoparsedText.TextSpan(0, text.length())), toponyms);
    }

    Surroundings lastRun() {
        return lastRun;
    }

    private static GazetteerEntry entry(long geonameId, String name) {
        return new GazetteerEntry(geonameId, name, name, List.of(), 1, 1, "P", "PPL", "LY", "", "", 10);
    }

    @TestConfiguration(proxyBeanMethods = false)
    @Import(RealGeoparserUnloaded.class)
    static class InPlaceOfTheRealOne {

        @Bean
        @Primary
        StandInGeoparser probingGeoparser() {
            return new StandInGeoparser();
        }
    }
}
