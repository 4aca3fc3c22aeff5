package org.newsatlas.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.articles.ArticleStore;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.InMemoryGazetteer;
import org.newsatlas.geoparser.Geoparser;
import org.newsatlas.places.MentionStore;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the running app's database with synthetic articles through the same stores ingestion
 * uses (article, change log, places, mentions), a batch of articles per transaction, without
 * geoparsing: the texts are made with their mentions already known.
 */
final class BenchmarkCorpus {

    /** Articles per transaction: few enough to keep a transaction small, many enough to be quick. */
    static final int BATCH = 500;

    private final ApplicationContext app;

    BenchmarkCorpus(ApplicationContext app) {
        this.app = app;
    }

    long articles() {
        return app.getBean(ArticleQueries.class).count();
    }

    /** Stores articles {@code from} to {@code to - 1} of the synthetic series; returns the seconds taken. */
    double fill(long from, long to, PrintStream log) {
        if (!(app.getBean(Gazetteer.class) instanceof InMemoryGazetteer gazetteer)) {
            throw new IllegalStateException("the benchmark draws places from the in-memory gazetteer");
        }
        Geoparser geoparser = app.getBean(Geoparser.class);
        Map<Long, String> divisions = new HashMap<>();
        SyntheticNews news = new SyntheticNews(gazetteer.entries(), entry -> divisions.computeIfAbsent(
                entry.geonameId(), id -> geoparser.firstOrderDivisionOf(entry).map(GazetteerEntry::name).orElse(null)),
                Instant.now());
        ArticleStore articles = app.getBean(ArticleStore.class);
        MentionStore mentions = app.getBean(MentionStore.class);
        TransactionTemplate transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        long started = System.nanoTime();
        for (long batch = from; batch < to; batch += BATCH) {
            long first = batch;
            long last = Math.min(to, batch + BATCH);
            transactions.executeWithoutResult(status -> {
                for (long i = first; i < last; i++) {
                    SyntheticNews.Draft draft = news.article(i);
                    mentions.record(articles.add(draft.article()), draft.mentions());
                }
            });
            if (last % 10_000 == 0 || last == to) {
                double seconds = (System.nanoTime() - started) / 1e9;
                log.printf(Locale.ROOT, "stored %,d of %,d articles (%.0f s, %.0f articles/s)%n", last, to, seconds,
                        (last - from) / seconds);
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
